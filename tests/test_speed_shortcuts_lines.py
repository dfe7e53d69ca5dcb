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


def _flush_line_slow(b, line, items) -> None:
    T._flush(b, [line[:3]], items, 0)


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


def _slow(source: str):
    """build_text as it was: every line found by ``find``, every unit through ``_flush``, every
    block trimmed as a list."""
    saved = (T.iter_lines, T._flush_line, DocumentBuilder.add_block, T._rejoin, T._colon_lists)
    T.iter_lines = lambda s: list(_iter_lines_slow(s))
    T._flush_line = _flush_line_slow
    DocumentBuilder.add_block = _add_block_slow
    T._rejoin = _rejoin_slow
    T._colon_lists = _colon_lists_slow
    try:
        return T.build_text(source, "x.txt")
    finally:
        T.iter_lines, T._flush_line, DocumentBuilder.add_block, T._rejoin, T._colon_lists = saved


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
    """The stand-ins are used: a unit of one line goes through _flush, a block through the list."""
    calls = []
    original = T._flush

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    T._flush = counting
    try:
        _slow("Background\n\nThe council will meet.\n")
    finally:
        T._flush = original
    assert len(calls) == 2


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
