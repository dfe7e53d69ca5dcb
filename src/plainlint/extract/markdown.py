"""Markdown read as prose, with every character mapped back to its place in the source.

A line-based reader (no recursion, so 10,000 nested list levels cost nothing special):
front matter, fenced and indented code, HTML blocks and comments are skipped; headings
become sections and units of their own; list items, table cells and block quotes are
units. Inside a unit, inline code, images, link targets, autolinks, HTML tags and
emphasis markers are dropped; link text, escapes and entities are kept.

Indented code is what CommonMark says it is: when a document has lines indented by four or
more spaces (or a tab), markdown-it-py parses it and only its indented code blocks are
skipped; an indented line that continues a paragraph or belongs to a list item is prose. An
indented "code" block that reads as prose (list markers, sentences) gets a warning saying it
was not checked and why. ``<br>`` in a table cell is a line break: the cell's lines are
separate units unless one plainly runs on into the next (the rules of the text reader).
"""

from __future__ import annotations

import html
import re

from ..document import Document, DocumentBuilder
from .limits import check_size
from .text import _BULLET_MARK, _continues, _wrap_width, decode, item_goes_on, iter_lines, parse_directive, unit_breaks
from .text import refuse  # noqa: F401 - the same check as text's (FORMAT)

#: this module as an input format (read by plainlint.extract without importing it)
FORMAT = {"name": "markdown", "suffixes": [".md", ".markdown", ".mdown"], "label": "Markdown"}

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")
_OTHER_BULLET = re.compile(r"^[ \t]*(?:" + _BULLET_MARK + r")[ \t]+(?=\S)")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S")
_HTML_BLOCK = re.compile(r"^ {0,3}</?([A-Za-z][A-Za-z0-9-]*)(\s|/?>|$)")
_HTML_COMMENT_START = re.compile(r"^ {0,3}<!--")
_TASK = re.compile(r"^\[[ xX]\][ \t]+")

# characters that may start inline syntax
_SPECIAL = re.compile(r"[\\`!\[\]<&*_~]")
_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?/?>|<!--.*?-->")


def _pairs(text: str, open_ch: str, close_ch: str, escapes: bool) -> dict:
    """Each opening character's matching closing one, found in one pass with a stack (the
    same pairs a depth count from each opening character finds, in linear time: counting
    from every '[' of 40 KB of '[' took minutes)."""
    pairs = {}
    stack = []
    i = 0
    find_any = re.compile("[" + re.escape(open_ch + close_ch) + ("\\\\" if escapes else "") + "]").search
    while True:
        m = find_any(text, i)
        if not m:
            break
        i = m.start()
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == open_ch:
            stack.append(i)
        elif stack:
            pairs[stack.pop()] = i
        i += 1
    return pairs


def inline(text: str, offset: int, out: list) -> None:
    """Append (text, source_offset) pieces for one line of inline Markdown.

    Linear in the line's length whatever it holds: bracket and parenthesis pairs are found
    once, a link's text is read in place (a stack of links being read, not recursion: 100,000
    nested brackets once ended in RecursionError), and every search stops at the end of the
    link text being read."""
    total = len(text)
    run_start = 0
    pos = 0
    brackets = _pairs(text, "[", "]", escapes=True) if "[" in text else {}
    parens = _pairs(text, "(", ")", escapes=False) if "(" in text else {}
    pending: list = []  # links whose text is being read: (end of the text, end of the link)
    last_comment_close = text.rfind("-->")

    def emit(a, b):
        if b > a:
            out.append((text[a:b], offset + a))

    while True:
        n = pending[-1][0] if pending else total  # the end of what is being read
        m = _SPECIAL.search(text, pos, n)
        if not m:
            if pending:  # the end of a link's text: drop its target, read on after it
                label_end, full_end = pending.pop()
                emit(run_start, label_end)
                run_start = pos = full_end
                continue
            break
        i = m.start()
        c = text[i]
        skip_to = None  # drop text[i:skip_to]
        keep = None  # (string, source offset) replacing text[i:skip_to]
        if c == "\\" and i + 1 < n and not text[i + 1].isalnum() and not text[i + 1].isspace():
            emit(run_start, i)
            out.append((text[i + 1], offset + i + 1))
            run_start = pos = i + 2
            continue
        if c == "`":
            j = i
            while j < n and text[j] == "`":
                j += 1
            ticks = text[i:j]
            close = text.find(ticks, j, n)
            while close != -1 and close + len(ticks) < n and text[close + len(ticks)] == "`":
                close = text.find(ticks, close + len(ticks) + 1, n)
            if close == -1:
                pos = j
                continue
            skip_to = close + len(ticks)
        elif c == "!" and i + 1 < n and text[i + 1] == "[":
            end = _link_end(text, i + 1, n, brackets, parens)
            if end is not None:
                skip_to = end[1]
            else:
                pos = i + 1
                continue
        elif c == "[":
            if i not in brackets:  # unpaired, and so is a run of them: step over it at once
                j = i + 1
                while j < n and text[j] == "[" and j not in brackets:
                    j += 1
                pos = j
                continue
            end = _link_end(text, i, n, brackets, parens)
            if end is not None:
                emit(run_start, i)
                pending.append(end)
                run_start = pos = i + 1
                continue
            pos = i + 1
            continue
        elif c == "<":
            am = _AUTOLINK.match(text, i, n)
            if not am and not (text.startswith("<!--", i) and last_comment_close < i + 4):
                am = _TAG.match(text, i, n)  # (an HTML comment only when a '-->' follows)
            if am:
                skip_to = am.end()
            else:
                pos = i + 1
                continue
        elif c == "&":
            em = _ENTITY.match(text, i, n)
            if em:
                rep = html.unescape(em.group(0))
                if rep != em.group(0):
                    skip_to = em.end()
                    keep = (rep, offset + i)
            if skip_to is None:
                pos = i + 1
                continue
        elif c in "*_~":
            j = i
            while j < n and text[j] == c:
                j += 1
            before = text[i - 1] if i else " "
            after = text[j] if j < n else " "
            if c == "_" and before.isalnum() and after.isalnum():
                pos = j  # snake_case: not emphasis
                continue
            if c == "~" and j - i < 2:
                pos = j
                continue
            if c == "*" and j - i == 1 and before.isspace() and after.isspace():
                pos = j  # a lone asterisk used as a multiplication sign or footnote mark
                continue
            skip_to = j
        else:
            pos = i + 1
            continue
        emit(run_start, i)
        if keep:
            out.append(keep)
        run_start = pos = skip_to
    emit(run_start, total)


def _link_end(text: str, i: int, n: int = None, brackets: dict = None, parens: dict = None):
    """For '[' at i: (index of the closing ']', end of the whole link) or None, looking no
    further than ``n``. A link's text is at most 2,000 characters."""
    if n is None:
        n = len(text)
    if brackets is None:
        brackets = _pairs(text, "[", "]", escapes=True)
    if parens is None:
        parens = _pairs(text, "(", ")", escapes=False)
    j = brackets.get(i)
    if j is None or j >= n or j - i > 2000:
        return None
    label_end = j
    k = j + 1
    if k < n and text[k] == "(":
        close = parens.get(k)
        if close is not None and close < n:
            return label_end, close + 1
        return None
    if k < n and text[k] == "[":
        close = text.find("]", k, n)
        if close != -1:
            return label_end, close + 1
    return label_end, label_end + 1


def _split_cells(line: str, offset: int):
    """Cells of a table row as (text, source offset) pairs, splitting on unescaped pipes."""
    cells = []
    start = 0
    s = line
    # leading/trailing pipe
    lead = len(s) - len(s.lstrip())
    if s[lead:lead + 1] == "|":
        start = lead + 1
    end = len(s.rstrip())
    if end > start and s[end - 1] == "|" and (end < 2 or s[end - 2] != "\\"):
        end -= 1
    i = start
    cell_start = start
    in_code = False
    while i < end:
        ch = s[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            in_code = not in_code
        elif ch == "|" and not in_code:
            cells.append((s[cell_start:i], offset + cell_start))
            cell_start = i + 1
        i += 1
    cells.append((s[cell_start:end], offset + cell_start))
    return cells


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_INDENTED = re.compile(r"^(?: {4}|\t| {0,3}\t)", re.MULTILINE)
_PROSE_LINE = re.compile(r"^\s*(?:[-*+\u2022\u25aa\u25e6\u2013]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+\S|.*[A-Za-z]{2,}[.!?:]\s*$")


def _code_blocks(source: str):
    """{0-based line index: (first, last)} of every line in an indented code block, as
    CommonMark defines it (markdown-it-py), or None when no line is indented at all."""
    if not _INDENTED.search(source):
        return None
    from markdown_it import MarkdownIt

    lines = {}
    for tok in MarkdownIt("commonmark").parse(source):
        if tok.type == "code_block" and tok.map:
            first, last = tok.map[0], tok.map[1] - 1
            for k in range(first, last + 1):
                lines[k] = (first, last)
    return lines


def _reads_as_prose(lines: list) -> bool:
    """Indented lines that are list items or sentences, not code."""
    body = [t for t in lines if t.strip()]
    if len(body) < 2:
        return False
    prose = sum(1 for t in body if _PROSE_LINE.match(t) and len(t.split()) >= 4)
    return prose >= 2 and prose * 2 >= len(body)


def _cell_lines(cell: str, coff: int):
    """A table cell split at <br>: lines that plainly run on are kept together."""
    parts, pos = [], 0
    for m in _BR.finditer(cell):
        parts.append((cell[pos:m.start()], coff + pos))
        pos = m.end()
    parts.append((cell[pos:], coff + pos))
    groups: list = []
    for text, off in parts:
        if not text.strip():
            continue
        if groups and _continues(groups[-1][-1][0], text, 0):
            groups[-1].append((text, off))
        else:
            groups.append([(text, off)])
    return groups


def extract(data: bytes, name: str, options) -> Document:
    source = decode(data, name, options)
    check_size(source, 0, options, source=True)  # refused before reading when far too long
    return build_markdown(source, name)


def build_markdown(source: str, name: str) -> Document:
    b = DocumentBuilder(name, "markdown", source)
    lines = iter_lines(source)
    n = len(lines)
    width = _wrap_width([line for line in lines if line[0].strip()])
    code = _code_blocks(source)
    cur: list = []  # lines of the current unit: (text, offset, lineno)
    cur_kind = "paragraph"
    item_first = ""  # the first line of the current list item, with its marker
    table_no = 0
    para_no = 0

    def flush():
        nonlocal cur, cur_kind, para_no
        if not cur:
            cur_kind = "paragraph"
            return
        # a heading line above a sentence ('Working with our partners' / 'A friendly town is ...')
        # and the items of a list after a colon, one a line, are units of their own: never run
        # into one long sentence (as in text, :func:`unit_breaks`)
        breaks = unit_breaks([line[0] for line in cur], width) if cur_kind == "paragraph" and len(cur) > 1 else ()
        units = [[cur[0]]]
        for k in range(1, len(cur)):
            if k in breaks:
                units.append([])
            units[-1].append(cur[k])
        for unit in units:
            pieces: list = []
            for k, (text, off, _ln) in enumerate(unit):
                if k:
                    pieces.append((" ", off - 1))
                inline(text, off, pieces)
            para_no += 1
            b.add_block(pieces, kind=cur_kind, line=unit[0][2], paragraph=para_no)
        cur = []
        cur_kind = "paragraph"

    i = 0
    # front matter
    if n and lines[0][0].strip() in ("---", "+++"):
        fence = lines[0][0].strip()
        for j in range(1, min(n, 500)):
            if lines[j][0].strip() in (fence, "..."):
                i = j + 1
                break
    while i < n:
        text, off, ln = lines[i]
        stripped = text.strip()
        if not stripped:
            flush()
            i += 1
            continue
        d = parse_directive(text)
        if d is not None and stripped.startswith("<!--"):
            flush()
            b.doc.suppressions.append((d[0], d[1], ln))
            i += 1
            continue
        if _HTML_COMMENT_START.match(text):
            flush()
            while i < n and "-->" not in lines[i][0]:
                i += 1
            i += 1
            continue
        fm = _FENCE.match(text)
        if fm:
            flush()
            fence = fm.group(1)
            i += 1
            while i < n:
                t = lines[i][0].strip()
                if t.startswith(fence[0] * len(fence)) and not t.strip(fence[0]):
                    break
                i += 1
            i += 1
            continue
        if code is not None and i in code:
            flush()
            first, last = code[i]
            body = [lines[k][0] for k in range(first, min(last + 1, n))]
            if _reads_as_prose(body):
                b.doc.warnings.append(
                    f"lines {lines[first][2]}-{lines[min(last, n - 1)][2]} are indented by four or more spaces, "
                    "so Markdown reads them as a code block and they were not checked, but they read as "
                    "prose (list items or sentences): remove the indent to have them checked")
            i = last + 1  # an indented code block
            continue
        if _LINK_DEF.match(text):
            flush()
            i += 1
            continue
        am = _ATX.match(text)
        if am:
            flush()
            body = text[am.end():]
            cm = _ATX_CLOSE.search(body)
            if cm:
                body = body[: cm.start()]
            pieces: list = []
            inline(body, off + am.end(), pieces)
            title = "".join(p[0] for p in pieces).strip()
            para_no += 1
            b.add_block(pieces, kind="heading", line=ln, level=len(am.group(1)),
                        section=title or None, paragraph=para_no)
            b.section = title or b.section
            i += 1
            continue
        if cur and cur_kind == "paragraph" and _SETEXT.match(text):
            # the paragraph so far is a heading
            pieces = []
            for k, (t, o, _l) in enumerate(cur):
                if k:
                    pieces.append((" ", o - 1))
                inline(t, o, pieces)
            title = "".join(p[0] for p in pieces).strip()
            para_no += 1
            b.add_block(pieces, kind="heading", line=cur[0][2],
                        level=1 if "=" in text else 2, section=title or None, paragraph=para_no)
            b.section = title or b.section
            cur = []
            i += 1
            continue
        if _HR.match(text):
            flush()
            i += 1
            continue
        if _HTML_BLOCK.match(text) and not cur:
            while i < n and lines[i][0].strip():
                i += 1
            continue
        if "|" in text and i + 1 < n and _TABLE_SEP.match(lines[i + 1][0]) and "-" in lines[i + 1][0]:
            flush()
            table_no += 1
            row = 0
            j = i
            while j < n and lines[j][0].strip() and "|" in lines[j][0]:
                if j == i + 1:
                    j += 1
                    continue
                row += 1
                t, o, line_no = lines[j]
                for c, (cell, coff) in enumerate(_split_cells(t, o), start=1):
                    groups = _cell_lines(cell, coff) if "<" in cell else [[(cell, coff)]]
                    for group in groups or [[(cell, coff)]]:
                        pieces = []
                        for k, (part, poff) in enumerate(group):
                            if k:
                                pieces.append((" ", poff - 1))
                            inline(part, poff, pieces)
                        b.add_block(pieces, kind="table-cell", line=line_no, table=(table_no, row, c))
                j += 1
            i = j
            continue
        qm = _QUOTE.match(text)
        if qm:
            if cur_kind != "quote":
                flush()
                cur_kind = "quote"
            # strip nested quote markers
            k = qm.end()
            while True:
                m2 = _QUOTE.match(text[k:])
                if not m2:
                    break
                k += m2.end()
            rest = text[k:]
            if rest.strip():
                lm = _LIST.match(rest)
                if lm:
                    flush()
                    cur_kind = "quote"
                    cur.append((rest[lm.end():], off + k + lm.end(), ln))
                else:
                    cur.append((rest, off + k, ln))
            else:
                flush()
            i += 1
            continue
        # a bullet Markdown does not know ('•', '·', a word processor's 'o'): a list item all the same
        lm = _LIST.match(text) or _OTHER_BULLET.match(text)
        if lm:
            flush()
            cur_kind = "list-item"
            item_first = text
            body_start = lm.end()
            body = text[body_start:]
            tm = _TASK.match(body)
            if tm:
                body_start += tm.end()
                body = body[tm.end():]
            if body.strip():
                cur.append((body, off + body_start, ln))
            i += 1
            continue
        if cur_kind == "quote" and cur:
            flush()
        # continuation of a list item (indented or lazy) or of a paragraph; a line at the margin
        # that plainly does not go on with the item before ('- you will still pay' / 'If you miss
        # a visit ...') starts a paragraph (set R re20): the item's sentence ended at its line's end
        if cur_kind == "list-item" and cur and not item_goes_on(item_first, cur[-1][0], text, width):
            flush()
        lead = len(text) - len(text.lstrip())
        cur.append((text[lead:], off + lead, ln))
        i += 1
    flush()
    return b.finish()
