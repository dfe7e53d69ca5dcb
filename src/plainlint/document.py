"""The extracted document: one text, a map of blocks, and offsets -> places.

Every extractor produces a :class:`Document`. Its ``text`` is the prose a reader meets,
blocks joined by blank lines. Each :class:`Block` covers ``text[start:end]`` and knows what
kind of unit it is and where it sits in the source (page, paragraph, section, table cell,
source line). :meth:`Document.locate` turns any offset into a :class:`Location`; it is the
one place where offsets become lines, columns, pages and sections.

For text and Markdown the document also keeps a piecewise map back into the source file,
so that line and column point at the right character of the source even where Markdown
syntax was removed or CRLF line endings were folded.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Optional

from .furniture import KIND as FURNITURE
from .furniture import cut_link_notes, furniture_line, may_hold_link_note

#: The fixed vocabulary of block kinds (scopes a rule may limit itself to).
BLOCK_KINDS = (
    "heading",
    "paragraph",
    "list-item",
    "table-cell",
    "caption",
    "quote",
    "footnote",
    "header-footer",
    "furniture",  # a page's furniture, not running prose: no rule reads it (plainlint.furniture)
)


@dataclass
class Block:
    """One unit of text: a sentence never runs from one block into the next."""

    start: int
    end: int
    kind: str = "paragraph"
    section: Optional[str] = None
    page: Optional[int] = None
    paragraph: Optional[int] = None
    line: Optional[int] = None
    level: Optional[int] = None  # heading level
    table: Optional[tuple] = None  # (table, row, cell), 1-based
    anchor: Any = None  # format-specific: DOCX index path and runs, PDF box

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "section": self.section,
            "page": self.page,
            "paragraph": self.paragraph,
            "line": self.line,
            "table": list(self.table) if self.table else None,
        }


@dataclass(frozen=True)
class Location:
    line: Optional[int] = None
    column: Optional[int] = None
    end_line: Optional[int] = None
    end_column: Optional[int] = None
    page: Optional[int] = None
    paragraph: Optional[int] = None
    section: Optional[str] = None
    table: Optional[tuple] = None
    kind: Optional[str] = None

    def to_dict(self) -> dict:
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "page": self.page,
            "paragraph": self.paragraph,
            "section": self.section,
        }

    def describe(self) -> str:
        """Words a writer can follow: 'page 3, paragraph 7, table 1 row 2 cell 3, in "Background"'."""
        parts = []
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.paragraph is not None and self.table is None:
            parts.append(f"paragraph {self.paragraph}")
        if self.table is not None:
            t, r, c = self.table
            parts.append(f"table {t} row {r} cell {c}")
        if self.kind in ("footnote", "header-footer"):
            parts.append("footnote" if self.kind == "footnote" else "header/footer")
        text = ", ".join(parts)
        if self.section:
            text += f' (in "{self.section}")' if text else f'in "{self.section}"'
        return text


_new_object = object.__new__


def _location(line, column, end_line, end_column, page, paragraph, section, table, kind) -> Location:
    """``Location(line=line, ..., kind=kind)`` without the frozen dataclass's ``__init__``, which
    sets each of the nine fields by ``object.__setattr__`` (about 3 of its 4 us): the same fields
    in the same order in the instance's ``__dict__``, so equality, hashing, ``repr``, pickling and
    ``dataclasses.replace`` see the same object (``tests/test_speed_shortcuts_engine.py``)."""
    loc = _new_object(Location)
    loc.__dict__.update(line=line, column=column, end_line=end_line, end_column=end_column, page=page,
                        paragraph=paragraph, section=section, table=table, kind=kind)
    return loc


@dataclass
class Document:
    path: str
    format: str
    text: str = ""
    blocks: list = field(default_factory=list)
    # Source mapping for text and Markdown: parallel sorted lists of the document offsets
    # where a verbatim piece of source starts, and the source offset it came from.
    source: Optional[str] = None
    _map_doc: list = field(default_factory=list, repr=False)
    _map_src: list = field(default_factory=list, repr=False)
    _line_starts: Optional[list] = field(default=None, repr=False)
    # Inline suppression directives: (kind, rules, line, end_line)
    suppressions: list = field(default_factory=list)
    # Extraction warnings (garbage text layer etc.): shown to the user, not findings.
    warnings: list = field(default_factory=list)
    _block_starts: Optional[list] = field(default=None, repr=False)
    meta: dict = field(default_factory=dict)
    #: the words of the source, counted by a reader whose text is pieces of its source joined
    #: by white space (plain text), so the text has no more: the size limit need not count
    #: them again (extract.limits.check_size); None for the other readers
    source_words: Optional[int] = field(default=None, repr=False)

    # -- building -----------------------------------------------------------------
    def map_piece(self, doc_offset: int, src_offset: int) -> None:
        """Record that text from ``doc_offset`` on is a verbatim copy of source from ``src_offset``."""
        if self._map_doc and self._map_doc[-1] == doc_offset:
            self._map_src[-1] = src_offset
            return
        self._map_doc.append(doc_offset)
        self._map_src.append(src_offset)

    # -- querying -----------------------------------------------------------------
    def block_at(self, offset: int) -> Optional[Block]:
        if not self.blocks:
            return None
        if self._block_starts is None or len(self._block_starts) != len(self.blocks):
            self._block_starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i < 0:
            return self.blocks[0]
        return self.blocks[i]

    def opening_offset(self) -> int:
        """Where a finding about the whole document is anchored: the first heading or
        paragraph that is not in a table (the title, or the opening prose), never a table
        cell, a running header or a footnote that happens to come first; 0 when there is none."""
        for b in self.blocks:
            if b.kind in ("heading", "paragraph", "list-item", "quote") and b.table is None:
                return b.start
        return 0

    def source_offset(self, offset: int) -> Optional[int]:
        if self.source is None or not self._map_doc:
            return None
        i = bisect.bisect_right(self._map_doc, offset) - 1
        if i < 0:
            i = 0
        return self._map_src[i] + (offset - self._map_doc[i])

    def _line_col(self, src_offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            starts = [0]
            src = self.source or ""
            find = src.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self._line_starts = starts
        i = bisect.bisect_right(self._line_starts, src_offset) - 1
        return i + 1, src_offset - self._line_starts[i] + 1

    def locate(self, start: int, end: Optional[int] = None) -> Location:
        """Where ``text[start:end]`` is, in words and numbers a writer can use."""
        return self.place(start, end)[0]

    def place(self, start: int, end: Optional[int] = None) -> tuple:
        """(:meth:`locate` of the span, the source offset of its start, the source offset of its
        last character: of its start for an empty span); the two offsets None where there is no
        source map. The engine reads all three for every finding: each offset is looked up
        once (``source_offset`` asked four times and ``_line_col`` three times a finding before),
        and the ``Location`` is made without its frozen ``__init__`` (:func:`_location`).
        ``tests/test_speed_shortcuts_engine.py`` compares it with the way it was."""
        if end is None or end < start:
            end = start
        block = self.block_at(start)
        line = column = end_line = end_column = so = eo = None
        md = self._map_doc
        if self.source is not None and md:
            ms = self._map_src
            i = bisect.bisect_right(md, start) - 1
            if i < 0:
                i = 0
            so = ms[i] + (start - md[i])
            starts = self._line_starts
            if starts is None:
                self._line_col(0)
                starts = self._line_starts
            k = bisect.bisect_right(starts, so) - 1
            line, column = k + 1, so - starts[k] + 1
            if end > start:
                # the end column points at the last character of the span, exclusive end + 1
                last = end - 1
                i = bisect.bisect_right(md, last) - 1
                if i < 0:
                    i = 0
                eo = ms[i] + (last - md[i])
                k = bisect.bisect_right(starts, eo) - 1
                end_line, end_column = k + 1, eo - starts[k] + 2
            else:
                eo, end_line, end_column = so, line, column
        if block is None:
            return _location(line, column, end_line, end_column, None, None, None, None, None), so, eo
        page = block.page
        starts = (getattr(block, "anchor", None) or {}).get("page_starts")
        if starts:
            # a PDF paragraph over a page break: the page where the span's own words are
            rel = start - block.start
            for off, pg in starts:
                if rel >= off:
                    page = pg
        return _location(line, column, end_line, end_column, page, block.paragraph, block.section, block.table,
                         block.kind), so, eo

    def source_line_text(self, line: int) -> str:
        if self.source is None:
            return ""
        starts = self._line_starts
        if starts is None:
            self._line_col(0)
            starts = self._line_starts
        if line < 1 or line > len(starts):
            return ""
        s = starts[line - 1]
        e = starts[line] - 1 if line < len(starts) else len(self.source)
        return self.source[s:e].rstrip("\r")


#: the kinds of block that may be a page's furniture (a table's cell, a list's item or a
#: footnote keeps its kind: its findings are already read as such)
_FURNITURE_FROM = frozenset(("paragraph",))
#: the longest block read as furniture, in characters (furniture.furniture_line reads no more)
_FURNITURE_MOST = 200


def _without_link_notes(pieces):
    """``pieces`` with the link notes of mapped text cut out (:func:`furniture.cut_link_notes`)."""
    out = None
    for i, p in enumerate(pieces):
        if isinstance(p, str) or p[1] is None or "(" not in p[0]:
            if out is not None:
                out.append(p)
            continue
        cut = cut_link_notes(p[0], p[1])
        if cut is None:
            if out is not None:
                out.append(p)
            continue
        if out is None:
            out = list(pieces[:i])
        out.extend(cut)
    if out is None or not any((p if isinstance(p, str) else p[0]).strip() for p in out):
        return pieces
    return out


class DocumentBuilder:
    """Helps an extractor append blocks and keep the source map right."""

    def __init__(self, path: str, fmt: str, source: Optional[str] = None):
        self.doc = Document(path=path, format=fmt, source=source)
        #: may the source (text or Markdown) hold a link note, '(opens in a new window)'? (one search)
        self._notes = source is not None and may_hold_link_note(source)
        self._parts: list[str] = []
        self._len = 0
        self.section: Optional[str] = None
        #: the line of the last label that named the section ('Decision:'), so a label on the
        #: next line joins it ('Decision: RESOLVED'); set by the plain-text extractor
        self.label_line: Optional[int] = None
        #: the plain-text extractor's table: its number, the row and the line of the last row
        self.table_no = 0
        self.table_row = 0
        self.table_line: Optional[int] = None

    def _sep(self) -> None:
        if self._len:
            self._parts.append("\n\n")
            self._len += 2

    def add_block(self, pieces, kind: str = "paragraph", **attrs) -> Optional[Block]:
        """Append a block made of ``pieces``: strings, or (text, src_offset) pairs for mapped text.

        Leading and trailing white space is trimmed; a block with no text is dropped. A note
        after a link's words in mapped text ('(opens in a new window)') is left out, and a
        paragraph or heading of one line that is a page's furniture is given that kind
        (:mod:`plainlint.furniture`).
        """
        if self._notes and kind != "header-footer":
            pieces = _without_link_notes(pieces)
        if len(pieces) == 1 and not isinstance(pieces[0], str):
            # one piece of mapped text (most blocks of plain text and Markdown): the same
            # steps as below with no list to trim
            text, src = pieces[0]
            lead = text.lstrip()
            text = lead.rstrip()
            if not text:
                return None
            if self._len:
                self._parts.append("\n\n")
                self._len += 2
            start = self._len
            if src is not None:
                self.doc.map_piece(start, src + len(pieces[0][0]) - len(lead))
            self._parts.append(text)
            self._len += len(text)
            if kind in _FURNITURE_FROM and len(text) <= _FURNITURE_MOST and furniture_line(text):
                kind = FURNITURE
            return self._close(start, kind, attrs)
        norm = []
        for p in pieces:
            if isinstance(p, str):
                norm.append((p, None))
            else:
                norm.append(p)
        # trim
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
        if kind in _FURNITURE_FROM and self._len - start <= _FURNITURE_MOST \
                and furniture_line("".join(t for t, _s in norm)):
            kind = FURNITURE
        return self._close(start, kind, attrs)

    def _close(self, start: int, kind: str, attrs: dict) -> Block:
        """The block from ``start`` to the text's end, in the current section unless given one."""
        if "section" not in attrs:
            attrs["section"] = self.section
        block = Block(start=start, end=self._len, kind=kind, **attrs)
        self.doc.blocks.append(block)
        return block

    def finish(self) -> Document:
        self.doc.text = "".join(self._parts)
        return self.doc
