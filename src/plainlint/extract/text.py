"""Plain text: paragraphs split at blank lines, list items and short title lines as units.

Also home to what text and Markdown share: decoding, line splitting with exact source
offsets, and inline suppression comments.
"""

from __future__ import annotations

import codecs
import re
from itertools import accumulate, compress, count, repeat
from operator import add, methodcaller

from ..document import Document, DocumentBuilder
from ..errors import ExtractError
from ..furniture import furniture_line
from ..wordlists import word_set
from .limits import check_size

#: this module as an input format (read by plainlint.extract without importing it)
FORMAT = {"name": "text", "suffixes": [".txt", ".text"], "label": "text"}

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
# bytes cp1252 leaves undefined: text containing them is not cp1252
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode(data: bytes, name: str, options) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if len(data) > options.max_text_bytes:
        raise ExtractError(
            "too-large",
            f"text file is {len(data) / 1048576:.1f} MB, over the limit of "
            f"{options.max_text_bytes / 1048576:.1f} MB for text and Markdown "
            "(setting max-text-mb)",
        )
    if data.startswith(codecs.BOM_UTF8):
        return _clean(data[3:].decode("utf-8", errors="replace"))
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return _clean(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise ExtractError("decode", "text marked as UTF-16 does not decode as UTF-16") from None
    sample = data[:65536]
    if b"\x00" in sample:
        nul = sample.count(b"\x00")
        if nul > max(2, len(sample) // 100) or sample.count(b"\x00\x00") > 4:
            raise ExtractError("not-a-document", "binary file given as text (it contains NUL bytes)")
    controls = sum(1 for b in sample if b in _CONTROL)
    if sample and controls > max(8, len(sample) // 50):
        raise ExtractError("not-a-document", "binary file given as text (too many control characters)")
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if any(b in _CP1252_UNDEFINED for b in data):
        raise ExtractError(
            "decode",
            "text is neither UTF-8 nor Windows-1252: save it as UTF-8",
        )
    return _clean(data.decode("cp1252"))


def _clean(text: str) -> str:
    # NUL and other C0 controls would confuse the tokenizer; replace one for one so that
    # columns stay right.
    if "\x00" in text or any(ord(c) in _CONTROL for c in text[:0]):
        text = text.replace("\x00", " ")
    # a carriage return alone ends a line (old Mac files, some exports): one for one, so
    # that offsets stay right and every finding is not reported on line 1
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    return text


_LONE_CR = re.compile(r"\r(?!\n)")


def iter_lines(source: str) -> list:
    """(line_text_without_eol, start_offset, line_number) for every line: the text split at each
    '\n' (a '\r' before it left out), none after a final '\n'. Split, offsets and tuples all in C."""
    parts, starts = _split_lines(source)
    return list(zip(parts, starts, range(1, len(parts) + 1)))


def _split_lines(source: str) -> tuple:
    """:func:`iter_lines`' texts and offsets, as two lists."""
    parts = source.split("\n")
    starts = list(accumulate(map(add, map(len, parts[:-1]), repeat(1)), initial=0))
    if "\r" in source:
        # a '\r' is left out only before a '\n': the last part has none after it
        last = parts.pop()
        parts = [t[:-1] if t[-1:] == "\r" else t for t in parts]
        parts.append(last)
    if not parts[-1]:  # a final '\n' (or no text): no line after it
        parts.pop()
        starts.pop()
    return parts, starts


_DIRECTIVE = re.compile(
    r"<!--\s*plainlint-(disable-next-line|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)


def parse_directive(line: str):
    """(kind, rules or None) when the line is a plainlint suppression comment."""
    m = _DIRECTIVE.search(line)
    if not m:
        return None
    rules = [r for r in re.split(r"[\s,]+", m.group(2).strip()) if r]
    return m.group(1).lower(), (frozenset(r.lower() for r in rules) or None)


# a list item's marker: a bullet (those a word processor writes, its symbol-font bullets in the
# private use area among them, and the 'o' it writes for a second-level bullet: 'o   Where the ...'),
# a number, a letter or a Roman numeral
_BULLET_MARK = r"[-*•‣◦▪–·●■□○◆◇❖➢➤►▶✓✔∙\uf000-\uf8ff]|o(?=\s)"
_LIST_ITEM = re.compile(r"^(\s*)(" + _BULLET_MARK + r"|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}\))\s+\S")


_MARKER = re.compile(r"^\s*(?:" + _BULLET_MARK + r"|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}\))\s+")


def _is_title(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 90:
        return False
    if s[-1] in ".,;:!?" or s.startswith(("-", "*", "•")):
        return False
    words = s.split()
    return 0 < len(words) <= 12 and s[0].isupper() or s[:1].isdigit() and len(words) <= 12


def refuse(data: bytes, sniffed) -> None:
    """Refuse bytes that are not text though named so (``sniffed`` is what
    :func:`plainlint.extract.sniff` says they are); also Markdown's check."""
    if sniffed == "pdf" and not data[:5] == b"%PDF-":
        sniffed = None  # text that mentions '%PDF-' (a note about PDF files) is still text
    if sniffed in ("pdf", "zip", "ole"):
        what = {"pdf": "a PDF", "zip": "a zip or Word file", "ole": "a legacy Office file"}[sniffed]
        raise ExtractError("not-a-document", f"binary file given as text (it is {what})")


def extract(data: bytes, name: str, options) -> Document:
    source = decode(data, name, options)
    words = check_size(source, 0, options, source=True)  # refused before reading when far too long
    doc = build_text(source, name)
    # the text is pieces of the source joined by white space: it has no more words than the
    # source, and extract() need not count them again when the source is within the limit
    doc.source_words = words
    return doc


_END = tuple(".!?:;…\"”’)")
#: a page's or a record's field labels ('Contact: ...', 'Date published: ...'): such a line is
#: not a heading and names no section (wordlists/sentence-words.toml [metadata-labels])
_METADATA_LABELS = word_set("sentence-words.toml", "metadata-labels")
_NOT_LABEL_WORDS = word_set("sentence-words.toml", "not-label-words")
_META_FIELD = re.compile(r"([A-Za-z][A-Za-z -]{0,30}?)\s*:\s+\S")
# a label on a line of its own, ending with a colon ('Decision:', 'RESOLVED:', 'Minutes:'): the
# blocks under it are its section, though it is not a title (a title never ends with a colon)
_SECTION_LABEL = re.compile(r"[A-Z][A-Za-z'’&-]*(?: [A-Za-z'’&-]+){0,2}:")


def _metadata_line(line: str) -> bool:
    """Is the line a page's or a record's field, 'Label: value', with a label of
    ``_METADATA_LABELS`` ('Contact: J Smith Tel: 01234 567890')?"""
    m = _META_FIELD.match(line.strip())
    return m is not None and m.group(1).strip().lower() in _METADATA_LABELS
# a line ending with one of these runs on into the next line: "... work with the" / "NHS ..."
_RUNS_ON = word_set("sentence-words.toml", "runs-on")
_SENTENCE_START = word_set("sentence-words.toml", "sentence-start")
_DECISION_VERBS = word_set("sentence-words.toml", "decision-verbs")
# 'The current' / 'Statement of ...': a noun phrase cut before its noun runs on
_NOUN_WANTING = word_set("sentence-words.toml", "noun-wanting-adjectives")
_CUT_DETERMINERS = word_set("sentence-words.toml", "cut-determiners")
_ITEM_VERBS = word_set("sentence-words.toml", "item-verbs")


def _wrap_width(lines) -> int:
    """The width a hard-wrapped text was wrapped at: the length most long lines reach."""
    return _width_of([t for t, _o, _l in lines])


def _width_of(texts: list) -> int:
    """:func:`_wrap_width` of lines given as their texts."""
    # each line's length without the white space at its end, blank lines (length 0) left out
    lengths = sorted(filter(None, map(len, map(str.rstrip, texts))))
    if 0 < len(lengths) < 10 and lengths[-1] > 2 * _UNWRAPPED:
        # a few lines, one of them a whole paragraph: nothing was wrapped (a page's title
        # lines above its text are not the text's wrap width)
        return lengths[-1]
    if len(lengths) < 4:
        return 0
    return lengths[int(len(lengths) * 0.9) - 1]


def _continues(prev: str, nxt: str, width: int) -> bool:
    """Is the line ``nxt`` (after a blank line) the rest of the paragraph that ``prev`` ends?
    Never after a line that ends a sentence, a heading or before a list item."""
    p = prev.rstrip()
    q = nxt.strip()
    if not p or not q or p.endswith(_END) or _LIST_ITEM.match(nxt) or "|" in q or "\t" in p.strip():
        return False
    first = q.split(None, 1)[0]
    if q[0].islower() or q[0] in ",;)":
        return True  # "... will work with the" / "local NHS trusts on ..."
    last = p.rsplit(None, 1)[-1].lower()  # (p.split()[-1]: p has a word)
    if last in _RUNS_ON or p.endswith((",", "-", "–", "/")):
        return True
    # a line wrapped at the page width, not a short heading, and no new sentence plainly starts
    return bool(width) and len(p) >= 0.7 * width and first.lower() not in _SENTENCE_START \
        and not first[:1].isdigit()


def _rejoin(paras: list, width: int, items: set) -> list:
    """Paragraphs split by blank lines that are one paragraph (text exported from a PDF or a
    web page with a blank line after every wrapped line) are joined again; never across two
    blank lines or more (a wrapped line has one after it: resolution items copied from a
    web page, 'approved the ...' / 'noted the ...', each with blank lines around it, stay apart).
    ``width``: the text's wrap width (:func:`_wrap_width` of its lines)."""
    if len(paras) < 2:
        return paras
    # the items of a list after a colon, each a paragraph of one line, are never joined: their
    # line numbers are added to ``items``
    apart = set()
    lasts = [p[-1][0] for p in paras]
    for first, end in _colon_lists(lasts, [len(p) == 1 for p in paras], width):
        apart.update(range(first, end + 1))
        items.update(paras[k][0][2] for k in range(first, end))
    if width > _UNWRAPPED:
        width = 0  # not wrapped: a long line is a paragraph, not a line cut at the page width
    # a paragraph whose last line ends a sentence is never continued (:func:`_continues`, its
    # first test): those found in C, once, and passed over (out[-1] ends with paras[k - 1])
    ended = list(map(methodcaller("endswith", _END), map(str.rstrip, lasts)))
    out = [paras[0]]
    for k, para in enumerate(paras[1:], 1):
        prev = out[-1]
        if not ended[k - 1] and prev and para and k not in apart and not prev[-1][3] and para[0][2] - prev[-1][2] <= 2 and _continues(prev[-1][0], para[0][0], width) \
                and not (len(prev) == 1 and _LIST_ITEM.match(prev[0][0]) is None and _is_title(prev[0][0])
                         and not _continues_title(prev[0][0], para[0][0], width)) \
                and not (len(prev) == 1 and furniture_line(prev[0][0])):
            # (a page's furniture, 'Read more' above the next item, is never the start of its sentence)
            out[-1] = prev + para
        else:
            out.append(para)
    return out


#: the words a heading worded as a question without its mark opens with ('How we did it')
_WH_HEADING = word_set("sentence-words.toml", "question-heading-openers")


def _continues_title(prev: str, nxt: str, width: int) -> bool:
    """A short line that looks like a title is still joined when it plainly runs on."""
    q = nxt.strip()
    words = prev.split()
    last = words[-1].lower() if words else ""
    if q[:1].islower() or prev.rstrip().endswith((",", "-", "/")) or (bool(width) and len(prev.rstrip()) >= 0.7 * width):
        return True
    # a heading that is a question without its mark ends where its clause ends, often on a word that
    # could run on ('How we did it', 'What we are aiming for', 'Who we work with'): before a capital
    # it stands apart (set MM re50: 'How they did it' / 'Training was ...' read as one sentence)
    return last in _RUNS_ON and not (q[:1].isupper() and words[0].lower() in _WH_HEADING)


# Text whose long lines reach past this many characters was not wrapped by hand or by a
# program: each line is a paragraph, a heading or a label of its own (text copied from a web
# page or a word processor: "Decision:", "Agenda item", a title above its first sentence).
_UNWRAPPED = 160


_LABEL = re.compile(r"^[A-Z][\w’'&/ -]{0,40}:$")  # "Decision:", "Action by:", "Purpose:"
# a label of one to five words run in before the text on its line: "Strategic planning: we will ..."
_RUN_IN = re.compile(r"^[A-Z][a-z’']+(?: [\w’'&/-]+){0,4}: +\S")
# a field and its value on a line of their own: "Decision Maker: Cabinet", "Report author: J Smith"
_FIELD = re.compile(r"^[A-Z][\w’'&/?-]*(?: [\w’'&/?-]+){0,2}: +\S+(?: \S+){0,5}$")


def _ends_paragraph(prev: str, nxt: str, width: int) -> bool:
    """Does a paragraph end between two lines with no blank line between them? In text that was
    not wrapped (``width`` past ``_UNWRAPPED``) every line ends one; in wrapped text, a line far
    longer than the wrap width was not wrapped, a short label ending in a colon stands alone,
    and so does a line in capitals after one that is not. A line that plainly goes on from the
    one before (it starts in lower case or with ',;)') never starts a paragraph."""
    q = nxt.strip()
    if q[:1].islower() or q[:1] in ",;)":
        return False
    p = prev.strip()
    # a line cut inside a phrase ('The current' / 'Statement of Licensing Policy was ...', 'In the' /
    # 'West of the county ...'), as a web page breaks a sentence at a link, goes on even where
    # every line of the text is a paragraph; not an item closed by '; and' or '; or' before the next item
    if width > _UNWRAPPED and not p.endswith(_JOINING_MARKS) and _runs_on(p) and not _LIST_ITEM.match(nxt) \
            and ";" not in p and p.rsplit(None, 1)[-1].lower() not in _CONJUNCTIONS:
        return False
    if width > _UNWRAPPED or (width and len(p) > 1.3 * width) or _LABEL.match(p) or _LABEL.match(q) \
            or (_FIELD.match(p) and not p.endswith(_END)) or (_FIELD.match(q) and not q.endswith(_END)):
        return True
    # in wrapped text, a line that neither ends a sentence nor runs on ('... provided by other'),
    # then a line that plainly starts a unit: a run-in label ('Strategic planning: we will ...') or
    # 'We' or 'They' with a capital (inside a sentence, in lower case): the line before was cut
    # short or is a heading, never the first half of one sentence with the next line
    if width and not p.endswith(_END) and not _runs_on(p) and (_RUN_IN.match(q) or q.split()[0] in ("We", "They")):
        return True
    # a title line after a line that ends a sentence starts a paragraph of its own (a web page's
    # subheading copied with no blank line: '... their area.' / 'Democratic engagement')
    if p.endswith(_END) and _is_title(q) and not _LIST_ITEM.match(q):
        return True
    # a line ending well short of the wrap width ends its paragraph ("Report author: J Smith"),
    # unless it plainly runs on ("... work with the", "... health,")
    if width and len(p) < 0.5 * width and not _runs_on(p):
        return True
    return any(c.isalpha() for c in q) and q.upper() == q and len(q.split()) >= 2 and p.upper() != p


#: a line ending with one of these may close a list's item ('... been; and') before the next item
_CONJUNCTIONS = word_set("sentence-words.toml", "item-closers")
#: the marks a line that runs on into the next one ends with
_JOINING_MARKS = (",", "-", "–", "/", "&")


def _runs_on(line: str) -> bool:
    """Does this line plainly run on into the next one: it ends with a joining mark ('... health,')
    or a word that needs more after it ('... work with the')?"""
    s = line.strip()
    if s.endswith(_JOINING_MARKS):
        return True
    if not s:
        return False
    words = s.rsplit(None, 2)
    last = words[-1]
    if last.lower() in _RUNS_ON:
        return True
    # a determiner and an adjective with no noun after it ('The current', 'all our existing'): the
    # first words of a sentence broken onto a line of their own (set EE read: 'The current' /
    # 'Statement of Licensing Policy was ...'), never a heading
    return last in _NOUN_WANTING and len(words) > 1 and words[-2].lower() in _CUT_DETERMINERS


def heading_line(prev: str, nxt: str, width: int) -> bool:
    """Is ``prev``, the first line of a paragraph or one after a line that ends a sentence, a
    heading of its own (no full stop) rather than the start of a sentence wrapped onto ``nxt``?
    So when it does not run on ('... with the', '... health,') and ``nxt`` could not be the rest
    of it: ``nxt`` was not wrapped at all (far longer than the wrap width), or ``prev`` ends well
    short of the wrap width (or the text was not wrapped) and ``nxt`` plainly starts a sentence
    ('Working with our parish councils' / 'A friendly community is ...'). Joined, the heading ran
    into the sentence as one long sentence."""
    p = prev.strip()
    q = nxt.strip()
    if not p or not q or p.endswith(_END) or _runs_on(p) or not q[:1].isupper() or _LIST_ITEM.match(nxt):
        return False
    if width and width <= _UNWRAPPED and len(q) > 1.3 * width:
        return True
    first = q.split(None, 1)[0]
    return first.lower() in _SENTENCE_START and (not width or width > _UNWRAPPED or len(p) < 0.7 * width)


#: the most words, and characters, of a heading line run in above its sentence (:func:`_title_above`)
_TITLE_MOST = 5
_TITLE_CHARS = 50


def _short_title(line: str) -> bool:
    """Is this line short enough, and marked as little, to be a heading of its own ('Introduction',
    'Reasons For Decision', 'Purpose of report'): five words at most, starting with a capital,
    ending with no mark and not running on ('The current', '... of the')?"""
    p = line.strip()
    return bool(p) and len(p) <= _TITLE_CHARS and p[0].isupper() and not p.endswith(_END) \
        and not p.endswith(_JOINING_MARKS) and len(p.split()) <= _TITLE_MOST and not _runs_on(p) \
        and not _LIST_ITEM.match(line)


def _title_above(prev: str, nxt: str, width: int) -> bool:
    """Is ``prev`` a heading run in above the sentence that ``nxt`` starts ('Introduction' / 'The
    trust has ...', 'Purpose of report' / 'To set out ...', 'Background' / 'Northshire County Council
    has ...')? So when ``prev`` is a short title (:func:`_short_title`), ``nxt`` starts with a capital
    and reads as a sentence (it ends with a full stop, or has six words or more: a wrapped
    paragraph's first line), and ``prev`` ended by choice: the text was not wrapped, or the first
    word of ``nxt`` would have fitted well within the wrap width after it (a line wrapped by a
    program breaks only where the next word does not fit: 'Kent County' / 'Council has ...' was not
    wrapped). Joined, the heading was read as the sentence's first words: counted in its length,
    quoted as the start of a hard sentence, named among its long nouns."""
    q = nxt.strip()
    if not q[:1].isupper() or not _short_title(prev) or _LIST_ITEM.match(nxt):
        return False
    words = q.split(None, 6)
    if len(words) < 7 and not q.endswith((".", "!", "?")):
        return False
    if width and width <= _UNWRAPPED:
        return len(prev.strip()) + 1 + len(words[0]) <= 0.7 * width
    # the wrap width unknown (a few lines) or none: a name may run over the line ('The Health and
    # Wellbeing' / 'Board agreed ...'), so where ``prev`` ends with a capital, ``nxt`` must open with
    # a word that starts a sentence ('The', 'To') or a name of its own ('Northshire County ...')
    first = words[0].lower()
    if first in _SENTENCE_START or first == "to":
        return True
    heads = prev.split()
    if not heads[-1][:1].isupper():
        return True  # 'Purpose of report': no name runs on from a word in lower case
    # 'Background' / 'Northshire County Council has ...'; not 'The Health and Wellbeing' / 'Board
    # Members agreed ...', a name after a determiner
    return len(words) > 1 and words[1][:1].isupper() and heads[0].lower() not in _CUT_DETERMINERS


#: the most words a short title-case line between two sentences has (:func:`_scrap_line`)
_SCRAP_MOST = 8


def _scrap_line(line: str, nxt: str, width: int) -> bool:
    """Is ``line``, after a line that ends a sentence and before ``nxt`` that starts with a capital,
    a scrap of a heading or a label of its own (set T re22: '... at the lido.' / 'of Executive
    Councillor for Communities' / 'Adopted the proposed ...'), not the first line of a sentence
    wrapped onto ``nxt``? So when it is short (a few words, well short of the wrap width), ends
    with no mark and does not run on, and reads as a title: each word a capital, a figure or a
    function word ('of', 'for', 'and'), two with a capital at least; and it starts with a function
    word in lower case (a heading cut at its start) or ``nxt`` with a decision's verb in the past
    ('Adopted the ...', 'Approved the ...'). Joined, it glued two sentences, or the scrap, into one
    long sentence. A line in lower case that is not a title ('and agree the proposals ...') still
    goes on, and so does a sentence's first line ending inside a name ('The Director of Education,
    Leisure and Lifelong' / 'Learning acknowledged that ...')."""
    p = line.strip()
    q = nxt.strip()
    if not p or not q[:1].isupper() or p.endswith(_END) or _runs_on(p) or _LIST_ITEM.match(line) \
            or _LIST_ITEM.match(nxt):
        return False
    words = p.split()
    first = q.split(None, 2)
    # cut at its start (a function word in lower case), or above a decision's verb ('Adopted the ...',
    # 'Approved the ...'); not the first line of a sentence whose name runs on ('The Director of
    # Education, Leisure and Lifelong' / 'Learning acknowledged that ...')
    if not (p[:1].islower() or (len(first) > 1 and first[0].lower() in _DECISION_VERBS
                                and first[0].lower().endswith("ed") and first[1][:1].islower())):
        return False
    if len(words) > _SCRAP_MOST or (width and width <= _UNWRAPPED and len(p) >= 0.7 * width):
        return False
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitals >= 2 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _RUNS_ON for w in words)


def _action_item(prev: str, line: str) -> bool:
    """Does ``line`` open an action of a list whose bullets were lost ('... is a lay member' / 'Nominate
    a member to ...'): a verb that opens an action, with a capital, then a determiner, after a line that
    ends with a word in lower case or a bracket, with no mark, and does not run on? Inside a sentence
    such a verb is never written with a capital (set JJ re42: two recommendations read as one 43-word
    sentence)."""
    words = line.split(None, 2)
    if len(words) < 3 or not (words[0][:1].isupper() and words[0][1:].islower()) \
            or words[0].lower() not in _ITEM_VERBS or words[1].lower() not in _CUT_DETERMINERS:
        return False
    p = prev.rstrip()
    return len(p.split()) >= 3 and (p[-1:].islower() or p.endswith(")")) and not _runs_on(p)


def _item_line(line: str) -> bool:
    """Could this line be one item of a list written one a line with no markers: it starts with a
    capital, a figure or a bullet and does not run on into the next line?"""
    s = line.strip()
    return bool(s) and (s[0].isupper() or s[0].isdigit() or bool(_LIST_ITEM.match(line))) \
        and not _runs_on(s)


def _lower_item(line: str) -> bool:
    """Could this line be one item, starting in lower case, of a list one item a line after a colon
    ('live in the borough' / 'pay council tax; and' / 'have a low income.'): a short line that does
    not run on, unless after the semicolon that closes an item ('...; and', '...; or')?"""
    s = line.strip()
    if not s or not s[0].islower() or len(s) > _LOWER_ITEM_MOST or _LIST_ITEM.match(line) \
            or s.endswith(_JOINING_MARKS):
        return False
    words = s.split()
    return words[-1].lower() not in _RUNS_ON or (len(words) > 1 and words[-2].endswith(";"))


#: the longest line, in characters, read as an item starting in lower case
_LOWER_ITEM_MOST = 120


#: a paragraph's number of two levels or more on a line of its own ('1.2', '4.3.1.')
_BARE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?")


def unit_breaks(lines: list, width: int, items: set = None) -> set:
    """Indexes of the lines of one paragraph (no blank line between them) that start a unit of
    their own, though the lines read as joined: the line after a heading (:func:`heading_line`),
    and each item of a list of two or more lines after a line ending with a colon, each item
    starting with a capital or a bullet ('Our aims are:' / 'Better care at home' / 'Fewer stays
    in hospital'), up to the item that ends with a full stop; the line after the list too (the
    items' indexes are added to ``items``, when given). A sentence wrapped across lines has none:
    its lines run on or start in lower case."""
    breaks = set()
    n = len(lines)
    for k in range(1, n):
        after_end = k == 1 or lines[k - 2].rstrip().endswith(_END)
        if after_end and heading_line(lines[k - 1], lines[k], width):
            breaks.add(k)
        elif (after_end or _short_title(lines[k - 2])) and _title_above(lines[k - 1], lines[k], width):
            # (a heading under a title line too: 'Board paper' / 'Introduction' / 'The trust has ...')
            breaks.add(k)
            if k >= 2 and lines[k - 2].rstrip().endswith(_END):
                breaks.add(k - 1)  # the heading is a unit of its own, apart from the sentence above too
        elif k >= 2 and after_end and _scrap_line(lines[k - 1], lines[k], width):
            breaks.update((k - 1, k))
        if k >= 2 and lines[k - 1].strip().lower() in ("and", "or") and lines[k - 2].rstrip().endswith(";"):
            # items of a list set apart by a semicolon and an 'and' or 'or' on a line of its own
            # ('... a service development;' / 'and' / '1.2.2' / 'the patient ...'): the next item is a
            # unit of its own, not one more clause of a sentence (set JJ re23: 107 words)
            breaks.add(k)
        elif _action_item(lines[k - 1], lines[k]):
            breaks.add(k)
        elif _BARE_NUMBER.fullmatch(lines[k].strip()) and not lines[k - 1].rstrip().endswith(_JOINING_MARKS):
            breaks.add(k)  # a paragraph's number on a line of its own ('1.2.2') opens an item
    for first, end in _colon_lists(lines, [True] * n, width):
        breaks.update(range(first, min(end + 1, n)))
        if items is not None:
            items.update(range(first, end))
    return breaks


def _colon_lists(lines: list, whole: list, width: int) -> list:
    """(first, end) of each run of two or more item lines (:func:`_item_line`, all with a marker or
    all without, or :func:`_lower_item`, one closing with a semicolon) straight after a line ending
    with a colon, up to the item ending with a full
    stop; ``whole[k]``: may line k be an item at all (a paragraph of one line). The colon ends a
    line of three words or more ('Our aims are:', not a label such as 'Case study:' above a title
    and a text wrapped in a narrow column), and in wrapped text (``width``) the items without a
    marker are short lines, ending well before the wrap width."""
    runs = []
    n = len(lines)
    k = 0
    short = 0.7 * width if 0 < width <= _UNWRAPPED else None
    # the lines ending with a colon, found in C: the loop goes from one to the next
    for c in compress(count(), map(methodcaller("endswith", ":"), map(str.rstrip, lines))):
        if c < k:
            continue
        k = c
        if len(lines[k].split()) < 3:
            k += 1
            continue
        j = k + 1
        marked = bool(_LIST_ITEM.match(lines[j])) if j < n else False
        lower = j < n and _lower_item(lines[j])
        # items all with markers, all with capitals or all in lower case: a line after marked
        # items is not one of them
        while j < n and whole[j] and (_lower_item(lines[j]) if lower else (
                _item_line(lines[j]) and bool(_LIST_ITEM.match(lines[j])) == marked)) \
                and (marked or short is None or len(lines[j].rstrip()) < short):
            j += 1
            if lines[j - 1].rstrip().endswith((".", "!", "?")):
                break
        # items in lower case only where one closes with a semicolon ('pay council tax; and'):
        # lines in lower case otherwise go on from the line before
        # or where two items open with the same word ('check if you can ...' / 'check what ...' /
        # 'get help with ...'): the items of a list, one action a line
        if j - k > 2 and (not lower or any(";" in lines[m].rstrip()[-6:] for m in range(k + 1, j))
                          or _repeated_openings(lines[k + 1:j])):
            runs.append((k + 1, j))
        k = max(j, k + 1)
    return runs


def _repeated_openings(items: list) -> bool:
    """Do two of these lines open with the same word, a word of three letters or more that does not
    run on ('check if ...' / 'check what ...'; not 'the plan ...' / 'the council ...')?"""
    firsts = [line.split(None, 1)[0].lower() for line in items if line.split()]
    return any(len(w) >= 3 and w not in _RUNS_ON and firsts.count(w) >= 2 for w in set(firsts))


def _line_paragraphs(para: list, width: int, items: set) -> list:
    """A paragraph's lines (with no blank line between them), cut where a paragraph ends; the
    line numbers of the items of a list after a colon are added to ``items``."""
    out: list = []
    breaks: set = set()
    if len(para) > 1:
        found: set = set()
        breaks = unit_breaks([item[0] for item in para], width, found)
        items.update(para[k][2] for k in found)
    for k, item in enumerate(para):
        if out and k not in breaks and not _ends_paragraph(out[-1][-1][0], item[0], width):
            out[-1].append(item)
        else:
            out.append([item])
    return out


# a table's rule under its header row: '---|---|---', '| :-- | --: |'
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$")


def _table_row(line: str) -> bool:
    """Is the line a row of a table written in text (set UV re43): it holds two or more cell
    separators (' | '), or starts and ends with a pipe with one between ('| Issue | Action |')?
    Read as one sentence, its cells ran together into one long 'sentence'."""
    s = line.strip()
    if s.count(" | ") >= 2:
        return True
    return len(s) > 2 and s[0] == "|" and s[-1] == "|" and "|" in s[1:-1]


def _table_lines(lines: list) -> dict:
    """The table lines of a text, by index in ``lines`` (text, offset, lineno): True for a row,
    False for a rule under a header ('---|---'). A row is :func:`_table_row`, or any line with a
    pipe in a run of them with a rule under its first line (a table of two columns: 'Term | Meaning'
    / '---|---' / 'BCF | Better Care Fund')."""
    out: dict = {}
    n = len(lines)
    k = 0
    while k < n:
        text = lines[k][0]
        if "|" in text and k + 1 < n and _TABLE_RULE.match(lines[k + 1][0]) \
                and lines[k + 1][2] == lines[k][2] + 1:
            out[k] = True
            out[k + 1] = False
            j = k + 2
            while j < n and "|" in lines[j][0] and lines[j][2] == lines[j - 1][2] + 1:
                out[j] = True
                j += 1
            k = j
            continue
        if _table_row(text):
            out[k] = True
        k += 1
    return out


def _table_cells(line: str, offset: int) -> list:
    """The cells of a table row as (text, source offset), split at the pipes (those at its ends
    left out)."""
    s = line.rstrip()
    start = len(s) - len(s.lstrip())
    if s[start:start + 1] == "|":
        start += 1
    end = len(s)
    if end > start and s[end - 1] == "|":
        end -= 1
    cells = []
    at = start
    for part in s[start:end].split("|"):
        if part.strip():
            cells.append((part, offset + at))
        at += len(part) + 1
    return cells


def build_text(source: str, name: str, fmt: str = "text") -> Document:
    b = DocumentBuilder(name, fmt, source)
    paras: list = []  # paragraphs between blank lines: lists of (text, offset, lineno, after_directive)
    cur: list = []
    skipped = []  # the indexes of table rows and suppression comments: not lines of the text
    directives = []  # (paragraph index it comes before, directive, line)
    commented = "<!--" in source  # a suppression comment is looked for only where one could be
    texts, starts = _split_lines(source)
    # each line as (text, offset, lineno, False), made in C
    every = list(zip(texts, starts, range(1, len(texts) + 1), repeat(False)))
    # a table's rows are paragraphs of their own, marked "table" (a rule under a header: none)
    tables = _table_lines(every) if "|" in source else {}
    for index, line in enumerate(every):
        if index in tables:
            if cur:
                paras.append(cur)
                cur = []
            if tables[index]:
                paras.append([line[:3] + ("table",)])
            skipped.append(index)
            continue
        text = line[0]
        d = parse_directive(text) if commented else None
        if d is not None:
            if cur:
                paras.append(cur)
                cur = []
            directives.append((len(paras), d, line[2]))
            skipped.append(index)
            continue
        if not text or text.isspace():  # (not text.strip(), with no new string)
            if cur:
                paras.append(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        paras.append(cur)
    # the wrap width of the text's lines (blank ones count for nothing), table rows and
    # suppression comments left out
    if skipped:
        gone = set(skipped)
        texts = [t for index, t in enumerate(texts) if index not in gone]
    width = _width_of(texts)
    # never join across a suppression comment
    segments, start = [], 0
    for at, _d, _ln in directives:
        segments.append(paras[start:at])
        start = at
    segments.append(paras[start:])
    for si, seg in enumerate(segments):
        if si:
            _at, d, ln = directives[si - 1]
            _record_directive(b.doc, d, ln)
        items: set = set()  # the line numbers of the items of lists after a colon
        for joined in _rejoin(seg, width, items):
            if joined[0][3] == "table":
                _table_block(b, joined[0])
                continue
            if len(joined) == 1:  # a paragraph of one line (most of them): one unit
                _flush_line(b, joined[0], items)
                continue
            for para in _line_paragraphs(joined, width, items):
                if len(para) == 1:
                    _flush_line(b, para[0], items)
                else:
                    _flush(b, [(t, o, n) for t, o, n, _x in para], items, width)
    return b.finish()


def _flush_line(b, line, items) -> None:
    """:func:`_flush` of a unit of one line, ``line`` (text, offset, line number, mark), with its
    list-item pattern matched once: an item of a list after a colon, a title (a heading), a list
    item (its marker left out) or a paragraph (a label on it names its section)."""
    text, off, ln, _mark = line
    if _LIST_ITEM.match(text) is None:
        if ln in items:
            b.add_block([(text, off)], kind="list-item", line=ln)  # an item of a list after a colon
        elif _is_title(text):
            if _metadata_line(text):  # a field ('Contact: ...') names no section, not even its own
                b.add_block([(text, off)], kind="heading", line=ln)
            else:
                b.add_block([(text, off)], kind="heading", line=ln, section=text.strip())
                b.section = text.strip()
        else:
            _label_section(b, text, ln)
            b.add_block([(text, off)], kind="paragraph", line=ln)
        return
    m = _MARKER.match(text)
    b.add_block([(text[m.end():], off + m.end())], kind="list-item", line=ln)


def _table_block(b, line) -> None:
    """A table row's cells, each a block of its own (kind table-cell), never one sentence across
    cells; a row straight after another row is in the same table."""
    text, off, ln, _mark = line
    if b.table_line is None or not 0 < ln - b.table_line <= 2:  # (a rule under the header between)
        b.table_no += 1
        b.table_row = 0
    b.table_line = ln
    b.table_row += 1
    for c, (cell, coff) in enumerate(_table_cells(text, off), start=1):
        b.add_block([(cell, coff)], kind="table-cell", line=ln, table=(b.table_no, b.table_row, c))


def _flush(b, para: list, items=frozenset(), width: int = 0) -> None:
    if not para:
        return
    if len(para) == 1 and para[0][2] in items and not _LIST_ITEM.match(para[0][0]):
        text, off, ln = para[0]
        b.add_block([(text, off)], kind="list-item", line=ln)  # an item of a list after a colon
        return
    if len(para) == 1 and _is_title(para[0][0]) and not _LIST_ITEM.match(para[0][0]):
        text, off, ln = para[0]
        if _metadata_line(text):  # a field ('Contact: ...') names no section, not even its own
            b.add_block([(text, off)], kind="heading", line=ln)
            return
        b.add_block([(text, off)], kind="heading", line=ln, section=text.strip())
        b.section = text.strip()
        return
    # a title on the first line, straight above its paragraph: "Background" / "The council ..."
    if len(para) > 1 and _is_title(para[0][0]) and not _LIST_ITEM.match(para[0][0]):
        first = para[1][0].strip().split(None, 1)[0]
        head = para[0][0].rstrip()
        if first[:1].isupper() and first.lower() in _SENTENCE_START and len(head.split()) <= 8 \
                and head.split()[-1].lower() not in _RUNS_ON and not head.endswith((",", "-")):
            text, off, ln = para[0]
            b.add_block([(text, off)], kind="heading", line=ln, section=text.strip())
            b.section = text.strip()
            para = para[1:]
    # a title on a line of its own inside the paragraph, between a line that ends a sentence
    # and one that plainly starts one (a web page's subheadings copied without blank lines:
    # '... public resources.' / 'Democratic engagement' / 'We will support ...'), is a heading:
    # joined, it ran into the next sentence as one long sentence
    for i in range(1, len(para) - 1):
        text = para[i][0]
        nxt = para[i + 1][0].strip().split(None, 1)[0]
        if (_is_title(text) and not _LIST_ITEM.match(text) and para[i - 1][0].rstrip().endswith(_END)
                and nxt[:1].isupper() and nxt.lower() in _SENTENCE_START and len(text.split()) <= 8
                and text.split()[-1].lower() not in _RUNS_ON):
            _flush(b, para[:i], items, width)
            t, off, ln = para[i]
            b.add_block([(t, off)], kind="heading", line=ln, section=t.strip())
            b.section = t.strip()
            _flush(b, para[i + 1:], items, width)
            return
    # list items inside a paragraph are units of their own; an item ends at its line's end, full
    # stop or not, when the next line plainly does not go on with it (set R re20: '- if you are
    # out when they call, you will still pay' / 'If you miss a visit ...' read as one sentence)
    groups: list = []
    for item in para:
        if _LIST_ITEM.match(item[0]) or not groups or (
                _LIST_ITEM.match(groups[-1][0][0]) and not _item_goes_on(groups[-1], item[0], width)):
            groups.append([item])
        else:
            groups[-1].append(item)
    for g in groups:
        kind = "list-item" if _LIST_ITEM.match(g[0][0]) else "paragraph"
        if kind == "paragraph" and len(g) == 1:
            _label_section(b, g[0][0], g[0][2])
        pieces = []
        for i, (text, off, ln) in enumerate(g):
            if i:
                pieces.append((" ", off - 1))
            elif kind == "list-item":
                m = _MARKER.match(text)
                text, off = text[m.end():], off + m.end()
            pieces.append((text, off))
        b.add_block(pieces, kind=kind, line=g[0][2])


def _item_goes_on(group: list, line: str, width: int) -> bool:
    """:func:`item_goes_on` for the item whose lines are ``group`` (text, offset, line number)."""
    return item_goes_on(group[0][0], group[-1][0], line, width)


def item_goes_on(first: str, prev: str, line: str, width: int) -> bool:
    """Does ``line``, with no marker, go on with the list item whose first line (with its marker)
    is ``first`` and whose last line so far is ``prev``? It does
    when it starts in lower case or with ',;)', is indented past the item's marker (the item's
    text wrapped under itself), or the line before runs on ('... with the', '... health,') or
    was cut at the wrap width of a hard-wrapped text and the line does not plainly start a
    sentence ('If ...', 'We ...'); otherwise a line at the margin is a paragraph of its own."""
    q = line.strip()
    if not q or q[:1].islower() or q[:1] in ",;)":
        return True
    if _indent(line) > _indent(first) or _runs_on(prev):
        return True
    return bool(width) and width <= _UNWRAPPED and len(prev.rstrip()) >= 0.7 * width \
        and q.split(None, 1)[0].lower() not in _SENTENCE_START


def _indent(line: str) -> int:
    """The white space before a line's first character (a tab as four spaces)."""
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _label_section(b, text: str, ln: int) -> None:
    """A label on a line of its own, ending with a colon ('Decision:', 'RESOLVED:', 'Minutes:'),
    names the section of the blocks under it, itself included, though it is not a title (a
    title never ends with a colon); two labels on lines in a row make one ('Decision:' then
    'RESOLVED:': 'Decision: RESOLVED'). A field's label ('Contact:') is not one."""
    s = text.strip()
    if not _SECTION_LABEL.fullmatch(s) or s[:-1].strip().lower() in _METADATA_LABELS:
        return
    if any(w in _RUNS_ON or w in _NOT_LABEL_WORDS for w in s[:-1].lower().split()):
        return  # a sentence's start leading into a list ('We will:', 'Applicants must:')
    label = s[:-1].rstrip()
    if b.label_line == ln - 1 and b.section:
        label = f"{b.section}: {label}"
    b.section = label
    b.label_line = ln


def _record_directive(doc: Document, directive, line: int) -> None:
    kind, rules = directive
    doc.suppressions.append((kind, rules, line))
