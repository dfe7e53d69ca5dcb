"""Issue 15's speed shortcuts in building plain text's blocks, each against the slow way it
replaced (kept here): the lines split in C (``str.split``, offsets by ``accumulate``) rather than
found one by one; a unit of one line flushed without the paragraph machinery
(``text._flush_line``); a block of one piece added without trimming a list
(``DocumentBuilder.add_block``); the paragraphs that end a sentence passed over in joining
(``text._rejoin``); the lines ending with a colon found in C (``text._colon_lists``). The
blocks, the text, the source map and the suppressions must be the same on the fixtures, the
shared corpus, the awkward files read as text and made-up text with odd white space and line
ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.document import Block, DocumentBuilder
from plainlint.extract import text as T

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def _iter_lines_slow(source: str):
    pos = 0
    n = len(source)
    lineno = 1
    while pos <= n:
        nl = source.find("\n", pos)
        if nl == -1:
            if pos < n:
                yield source[pos:], pos, lineno
            return
        end = nl
        if end > pos and source[end - 1] == "\r":
            end -= 1
        yield source[pos:end], pos, lineno
        pos = nl + 1
        lineno += 1


def _add_block_slow(self, pieces, kind: str = "paragraph", **attrs):
    norm = [(p, None) if isinstance(p, str) else p for p in pieces]
    while norm and not norm[0][0].strip():
        norm.pop(0)
    while norm and not norm[-1][0].strip():
        norm.pop()
    if not norm:
        return None
    t0, s0 = norm[0]
    stripped = t0.lstrip()
    if s0 is not None:
        s0 += len(t0) - len(stripped)
    norm[0] = (stripped, s0)
    t1, s1 = norm[-1]
    norm[-1] = (t1.rstrip(), s1)
    self._sep()
    start = self._len
    for text, src in norm:
        if not text:
            continue
        if src is not None:
            self.doc.map_piece(self._len, src)
        self._parts.append(text)
        self._len += len(text)
    if "section" not in attrs:
        attrs["section"] = self.section
    block = Block(start=start, end=self._len, kind=kind, **attrs)
    self.doc.blocks.append(block)
    return block


def _colon_lists_slow(lines: list, whole: list, width: int) -> list:
    runs = []
    n = len(lines)
    k = 0
    short = 0.7 * width if 0 < width <= T._UNWRAPPED else None
    while k < n:
        if not lines[k].rstrip().endswith(":") or len(lines[k].split()) < 3:
            k += 1
            continue
        j = k + 1
        marked = bool(T._LIST_ITEM.match(lines[j])) if j < n else False
        lower = j < n and T._lower_item(lines[j])
        while j < n and whole[j] and (T._lower_item(lines[j]) if lower else (
                T._item_line(lines[j]) and bool(T._LIST_ITEM.match(lines[j])) == marked)) \
                and (marked or short is None or len(lines[j].rstrip()) < short):
            j += 1
            if lines[j - 1].rstrip().endswith((".", "!", "?")):
                break
        if j - k > 2 and (not lower or any(";" in lines[m].rstrip()[-6:] for m in range(k + 1, j))
                          or T._repeated_openings(lines[k + 1:j])):
            runs.append((k + 1, j))
        k = max(j, k + 1)
    return runs


def _rejoin_slow(paras: list, width: int, items: set) -> list:
    if len(paras) < 2:
        return paras
    apart = set()
    for first, end in T._colon_lists([p[-1][0] for p in paras], [len(p) == 1 for p in paras], width):
        apart.update(range(first, end + 1))
        items.update(paras[k][0][2] for k in range(first, end))
    if width > T._UNWRAPPED:
        width = 0
    out = [paras[0]]
    for k, para in enumerate(paras[1:], 1):
        prev = out[-1]
        if prev and para and k not in apart and not prev[-1][3] and para[0][2] - prev[-1][2] <= 2 \
                and T._continues(prev[-1][0], para[0][0], width) \
                and not (len(prev) == 1 and T._LIST_ITEM.match(prev[0][0]) is None and T._is_title(prev[0][0])
                         and not T._continues_title(prev[0][0], para[0][0], width)):
            out[-1] = prev + para
        else:
            out.append(para)
    return out


def _build_text_slow(source: str, name: str):
    """build_text as it was: each line found by ``find`` and made a tuple in Python, the wrap
    width from the lines kept for it, every unit through ``_line_paragraphs`` and ``_flush``."""
    b = DocumentBuilder(name, "text", source)
    paras: list = []
    cur: list = []
    lines = []
    directives = []
    commented = "<!--" in source
    every = list(_iter_lines_slow(source))
    tables = T._table_lines(every) if "|" in source else {}
    for index, (text, off, ln) in enumerate(every):
        if index in tables:
            if cur:
                paras.append(cur)
                cur = []
            if tables[index]:
                paras.append([(text, off, ln, "table")])
            continue
        d = T.parse_directive(text) if commented else None
        if d is not None:
            if cur:
                paras.append(cur)
                cur = []
            directives.append((len(paras), d, ln))
            continue
        if not text or text.isspace():
            if cur:
                paras.append(cur)
                cur = []
            continue
        lines.append((text, off, ln))
        cur.append((text, off, ln, False))
    if cur:
        paras.append(cur)
    width = T._wrap_width(lines)
    segments, start = [], 0
    for at, _d, _ln in directives:
        segments.append(paras[start:at])
        start = at
    segments.append(paras[start:])
    for si, seg in enumerate(segments):
        if si:
            _at, d, ln = directives[si - 1]
            T._record_directive(b.doc, d, ln)
        items: set = set()
        for joined in _rejoin_slow(seg, width, items):
            if joined[0][3] == "table":
                T._table_block(b, joined[0])
                continue
            for para in T._line_paragraphs(joined, width, items):
                T._flush(b, [(t, o, n) for t, o, n, _x in para], items, width)
    return b.finish()


def _slow(source: str):
    """The blocks as they were: the old build_text, blocks trimmed as lists, colon lists found
    line by line."""
    saved = (DocumentBuilder.add_block, T._colon_lists)
    DocumentBuilder.add_block = _add_block_slow
    T._colon_lists = _colon_lists_slow
    try:
        return _build_text_slow(source, "x.txt")
    finally:
        DocumentBuilder.add_block, T._colon_lists = saved


def _same(source: str) -> None:
    got = T.build_text(source, "x.txt")
    slow = _slow(source)
    assert got.text == slow.text
    assert [b.to_dict() for b in got.blocks] == [b.to_dict() for b in slow.blocks]
    assert (got._map_doc, got._map_src) == (slow._map_doc, slow._map_src)
    assert got.suppressions == slow.suppressions


def test_the_lines_split_in_c_are_the_lines_found_one_by_one():
    for s in ["", "\n", "\r", "\r\n", "a", "a\n", "a\r\n", "a\r", "\n\n", "a\r\r\nb", "\r\nb\r",
              "a\u2028b\x0c\n\tc\r\n\r\n", "\ufeffa\nb"]:
        assert T.iter_lines(s) == list(_iter_lines_slow(s)), repr(s)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab \t\r\n\x0c\x0b\u2028\u2029\u00a0\ufeff.", max_size=40))
def test_the_lines_split_in_c_on_odd_line_ends(source):
    assert T.iter_lines(source) == list(_iter_lines_slow(source))


def test_the_slow_way_is_really_the_slow_way():
    """The stand-ins are used: the old build_text sends a unit of one line through _flush, the
    new one does not."""
    calls = []
    original = T._flush

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    T._flush = counting
    try:
        _slow("Background\n\nThe council will meet.\n")
        assert len(calls) == 2
        T.build_text("Background\n\nThe council will meet.\n", "x.txt")
        assert len(calls) == 2
    finally:
        T._flush = original


_LINES = ["The council will", "utilise the plan and", "- a bullet item", "1. first", "(a) second",
          "o   Where the item", "• bullet", "Decision:", "RESOLVED:", "Contact: J Smith", "Background",
          "HEADING IN CAPITALS", "", "", "  ", "\t", " \x0c ", "<!-- plainlint-disable -->",
          "<!-- plainlint-enable -->", "ends here.", "local NHS trusts on", "We will support the work",
          "Our aims are:", "Better care at home", "Fewer stays in hospital.", "pay council tax; and",
          "| Term | Meaning |", "---|---", "BCF | Better Care Fund", "a | b | c", "x" * 200,
          "   indented text", "\ufeffTitle with a BOM", "line\u2028with a separator", "tab\there",
          "Strategic planning: we will act", "Report author: J Smith"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=40),
       st.sampled_from(["\n", "\r\n", "\n\n", "\r\n\r\n", "\n\x0c\n"]), st.booleans())
def test_blocks_of_made_up_text(lines, end, final):
    _same(end.join(lines) + (end if final else ""))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Ab. -:|\t\r\n\x0c\u2028\u00a0\ufeff1(o•", max_size=120))
def test_blocks_of_odd_white_space_and_line_ends(source):
    _same(source)


def _texts():
    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted((ROOT / "fixtures").glob("*.md"))
    if (SHARED / "real").is_dir():
        paths += sorted((SHARED / "real").glob("*.md")) + sorted((SHARED / "real").glob("*.txt"))
    return paths


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.name)
def test_blocks_of_the_fixtures_and_the_corpus(path):
    source = path.read_text(encoding="utf-8", errors="replace")
    _same(source)
    _same(source.replace("\n", "\r\n"))


def test_blocks_of_the_awkward_files_read_as_text():
    """Binary files read as Latin-1: every control character, lone '\\r's and form feeds."""
    if not (SHARED / "awkward").is_dir():
        pytest.skip("../shared/corpus/awkward is absent")
    for path in sorted((SHARED / "awkward").iterdir())[:12]:
        if path.is_file():
            _same(path.read_bytes()[:60000].decode("latin-1"))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab, \t\u00a0\u2003\u2028\x0c\x1c\u3000", max_size=20))
def test_the_last_word_found_from_the_right(text):
    """_continues and _runs_on take a line's last word by rsplit(None, 1), not split(): the same
    word wherever the line has one (the white space they split at is the same)."""
    if text.strip():
        assert text.rsplit(None, 1)[-1] == text.split()[-1]
        assert text.strip().rsplit(None, 1)[-1] == text.strip().split()[-1]
