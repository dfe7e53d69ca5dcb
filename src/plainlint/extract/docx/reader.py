"""The walk: the main part's body, tables, text boxes, notes and headers and footers read
as a person reads them, into the DocumentBuilder.

What is read
------------
The main document part in document order: body paragraphs and tables (nested tables
included), with every paragraph of every table cell a block of kind ``table-cell`` that
carries ``table=(table, row, cell)`` (1-based; tables are numbered in the order they start,
so a table nested in table 1 is table 2; rows and cells count the ones left after accepting
tracked changes). A paragraph styled as a heading (style name ``heading N`` or ``Title``,
or an outline level 1-9 on the paragraph or its style) is a ``heading`` block and starts a
section (``DocumentBuilder.section``); a numbered or bulleted paragraph (``w:numPr`` on the
paragraph or its style) is a ``list-item``; a paragraph in the Caption style is a
``caption`` and one in a Quote, Intense Quote or Block Text style a ``quote``. Other
paragraphs are ``paragraph`` blocks. A
sentence never runs from one block into the next.

Inside a paragraph the text Word shows is read, including what python-docx's
``Paragraph.text`` leaves out: runs inside hyperlinks, smart tags, custom XML, inline and
block content controls (``w:sdt``, data-bound ones too), simple fields and the *results* of
complex fields (text between ``fldChar separate`` and ``end``; field codes in
``instrText`` are never read), bidirectional containers, and text boxes and shapes
(``w:txbxContent`` in DrawingML or VML; for ``mc:AlternateContent`` one branch only, so a
text box is never read twice). A text box's paragraphs become blocks of their own straight
after the paragraph they are anchored in. Equations and comments are not linted.

Tracked changes are read as if all were accepted: ``w:ins`` and ``w:moveTo`` text is in,
``w:del``/``w:delText`` and ``w:moveFrom`` text is out, a paragraph whose mark was deleted
joins the next paragraph, and deleted table rows and cells disappear.

Headers and footers referenced by the document's sections are blocks of kind
``header-footer`` after the body; a header or footer whose text repeats one already read
is read once. Footnotes and endnotes are blocks of kind ``footnote``, in the order they are
referenced, carrying the section and paragraph number of the paragraph that cites them.

``Block.paragraph`` is the paragraph number as Word counts body paragraphs: paragraphs
with text (headings, list items and table-cell paragraphs included, empty ones not), in
document order. A text-box block carries the number of the paragraph it follows; notes
carry the number of the citing paragraph; headers and footers have none.

Strict Open XML (``http://purl.oclc.org/ooxml/...`` namespaces) is read by mapping its
namespaces and relationship types to the transitional ones before parsing.

"""

from __future__ import annotations

from typing import Any, Optional

from ...document import DocumentBuilder
from .names import (
    _BLOCK_CONTAINERS, _INLINE_CONTAINERS, _KNOWN_MC, MC_ALT, MC_CHOICE, MC_FALLBACK, W_ALTCHUNK,
    W_BODY, W_BR, W_CELLDEL, W_CHAR, W_CR, W_CUSTOMXML, W_DEL, W_DRAWING, W_ENDNOTEREF,
    W_FLDCHAR, W_FLDCHARTYPE, W_FOOTNOTEREF, W_ID, W_INS, W_MOVEFROM, W_MOVETO, W_NOBREAKHYPHEN,
    W_NUMPR, W_OBJECT, W_OUTLINELVL, W_P, W_PICT, W_PPR, W_PSTYLE, W_PTAB, W_R, W_RPR, W_RUBY,
    W_RUBYBASE, W_SDT, W_SDTCONTENT, W_SYM, W_T, W_TAB, W_TBL, W_TC, W_TCPR, W_TR, W_TRPR,
    W_TXBX, W_TYPE, W_VAL, W_VANISH, _w,
)
from .package import _Package
from .styles import _Styles, _child, _int, _numpr


class _Fields:
    """Complex-field state of one story: text shows only in field results."""

    __slots__ = ("stack", "hidden")

    def __init__(self):
        self.stack: list[bool] = []  # True: in the result part of that field
        self.hidden = 0  # fields still in their instruction part

    def char(self, kind: Optional[str]) -> None:
        if kind == "begin":
            self.stack.append(False)
            self.hidden += 1
        elif kind == "separate":
            if self.stack and not self.stack[-1]:
                self.stack[-1] = True
                self.hidden -= 1
        elif kind == "end":
            if self.stack:
                if not self.stack.pop():
                    self.hidden -= 1

    def end_paragraph(self) -> None:
        # A field code never runs past its paragraph in a sound file; if one does, show what
        # follows rather than lose the rest of the document to one broken field.
        if self.hidden:
            self.stack = [True for _ in self.stack]
            self.hidden = 0


class _Acc:
    """Text of one paragraph (or of paragraphs merged by a deleted paragraph mark)."""

    __slots__ = ("parts", "pos", "runs", "boxes", "refs", "paths")

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.runs: list = []
        self.boxes: list = []
        self.refs: list = []
        self.paths: list = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)


class _Story:
    __slots__ = ("part", "kind", "fields", "pending", "in_box", "section", "paragraph", "ref")

    def __init__(self, part: str, kind: str, in_box: bool = False, section=None, paragraph=None, ref=None):
        self.part = part
        self.kind = kind  # body | header-footer | footnote
        self.fields = _Fields()
        self.pending: Optional[_Acc] = None
        self.in_box = in_box
        self.section = section
        self.paragraph = paragraph
        self.ref = ref


def _choose(alt):
    """The branch of an mc:AlternateContent to read, with its index, or (None, -1)."""
    for j, c in enumerate(alt):
        if c.tag == MC_CHOICE:
            req = (c.get("Requires") or "").split()
            if req and all(p in _KNOWN_MC for p in req):
                return c, j
        elif c.tag == MC_FALLBACK:
            return c, j
    return None, -1


def _sym(el) -> str:
    code = el.get(W_CHAR)
    if not code:
        return ""
    try:
        n = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= n <= 0xF0FF or 0xE000 <= n <= 0xF8FF or n < 32 or n > 0x10FFFF:
        return ""  # a symbol-font glyph (bullets, ticks): not prose
    return chr(n)


def run_child_text(child) -> Optional[str]:
    """The characters a run's child shows (None for children that show none)."""
    tag = child.tag
    if tag == W_T:
        return child.text or ""
    if tag == W_TAB or tag == W_PTAB:
        return " "
    if tag == W_BR or tag == W_CR:
        return "\n"
    if tag == W_NOBREAKHYPHEN:
        return "-"
    if tag == W_SYM:
        return _sym(child)
    return None


def _hidden(rpr) -> bool:
    v = _child(rpr, W_VANISH)
    return v is not None and v.get(W_VAL, "true") not in ("0", "false", "off")


def _mark_deleted(ppr) -> bool:
    rpr = _child(ppr, W_RPR)
    if rpr is None:
        return False
    for c in rpr:
        if c.tag == W_DEL or c.tag == W_MOVEFROM:
            return True
    return False


def _path_of(el) -> tuple:
    """Index path of ``el`` from its root (element children only)."""
    path = []
    cur = el
    parent = cur.getparent()
    while parent is not None:
        i = 0
        for c in parent:
            if c is cur:
                break
            if isinstance(c.tag, str):
                i += 1
        path.append(i)
        cur = parent
        parent = cur.getparent()
    return tuple(reversed(path))


class _Reader:
    def __init__(self, pkg: _Package, styles: _Styles, builder: DocumentBuilder):
        self.pkg = pkg
        self.styles = styles
        self.b = builder
        self.para_no = 0
        self.table_no = 0
        self.note_refs: dict[str, list] = {"footnote": [], "endnote": []}
        self.warnings: list[str] = []
        self.sink: Optional[list] = None  # buffer for header/footer blocks

    # -- inline content ---------------------------------------------------------------
    def inline(self, el, path: tuple, acc: _Acc, story: _Story) -> None:
        i = -1
        for child in el:
            i += 1
            tag = child.tag
            if tag == W_R:
                self.run(child, path + (i,), acc, story)
            elif tag in _INLINE_CONTAINERS:
                self.inline(child, path + (i,), acc, story)
            elif tag == W_SDT:
                j = _child_index(child, W_SDTCONTENT)
                if j >= 0:
                    self.inline(child[j], path + (i, j), acc, story)
            elif tag == MC_ALT:
                branch, j = _choose(child)
                if branch is not None:
                    self.inline(branch, path + (i, j), acc, story)
            elif tag == W_RUBY:
                j = _child_index(child, W_RUBYBASE)
                if j >= 0:
                    self.inline(child[j], path + (i, j), acc, story)
            # w:del, w:moveFrom, w:pPr, bookmarks, comment marks, proofing marks, equations: skipped

    def run(self, el, rpath: tuple, acc: _Acc, story: _Story) -> None:
        """Read the children of a run (or of an mc branch inside a run)."""
        start = acc.pos
        fields = story.fields
        if len(el) and el[0].tag == W_RPR and _hidden(el[0]):
            return  # hidden text (Word's "Hidden" font effect): not shown, not read
        i = -1
        for child in el:
            i += 1
            tag = child.tag
            if tag == W_T:
                if not fields.hidden:
                    t = child.text
                    if t:
                        acc.add(t)
            elif tag == W_FLDCHAR:
                fields.char(child.get(W_FLDCHARTYPE))
            elif tag in (W_TAB, W_PTAB, W_BR, W_CR, W_NOBREAKHYPHEN, W_SYM):
                if not fields.hidden:
                    t = run_child_text(child)
                    if t:
                        acc.add(t)
            elif tag == W_DRAWING or tag == W_PICT or tag == W_OBJECT:
                if not fields.hidden:
                    acc.boxes.extend(_boxes_in(child))
            elif tag == MC_ALT:
                branch, j = _choose(child)
                if branch is not None:
                    self.run(branch, rpath, acc, story)
            elif tag == W_FOOTNOTEREF or tag == W_ENDNOTEREF:
                acc.refs.append(("footnote" if tag == W_FOOTNOTEREF else "endnote", child.get(W_ID), rpath))
        if acc.pos > start and el.tag == W_R:
            acc.runs.append((rpath, start, acc.pos))

    # -- blocks -----------------------------------------------------------------------
    def blocks(self, container, path: tuple, story: _Story, table=None) -> None:
        i = -1
        for child in container:
            i += 1
            tag = child.tag
            if tag == W_P:
                self.paragraph(child, path + (i,), story, table)
            elif tag == W_TBL:
                self.flush(story, table)
                self.table(child, path + (i,), story)
            elif tag == W_SDT:
                j = _child_index(child, W_SDTCONTENT)
                if j >= 0:
                    self.blocks(child[j], path + (i, j), story, table)
            elif tag in _BLOCK_CONTAINERS:
                self.blocks(child, path + (i,), story, table)
            elif tag == MC_ALT:
                branch, j = _choose(child)
                if branch is not None:
                    self.blocks(branch, path + (i, j), story, table)
            elif tag == W_ALTCHUNK:
                msg = ("the document imports content from another file (altChunk), "
                       "which Word shows but plainlint cannot read")
                if msg not in self.warnings:
                    self.warnings.append(msg)
        self.flush(story, table)

    def flush(self, story: _Story, table) -> None:
        if story.pending is not None:
            acc = story.pending
            story.pending = None
            self.emit(acc, None, story, table)

    def paragraph(self, p, path: tuple, story: _Story, table) -> None:
        acc = story.pending
        if acc is None:
            acc = _Acc()
        story.pending = None
        acc.paths.append(path)
        self.inline(p, path, acc, story)
        story.fields.end_paragraph()
        ppr = p[0] if len(p) and p[0].tag == W_PPR else None  # pPr comes first when present
        if ppr is not None and _mark_deleted(ppr):
            story.pending = acc  # accepting the deletion joins this paragraph to the next
            return
        self.emit(acc, ppr, story, table)

    def emit(self, acc: _Acc, ppr, story: _Story, table) -> None:
        raw = "".join(acc.parts)
        text = raw.strip()
        para = None
        if text:
            lead = len(raw) - len(raw.lstrip())
            kind = "paragraph"
            level = None
            if story.kind == "body" and not story.in_box:
                self.para_no += 1
                para = self.para_no
            elif story.kind == "body":
                para = self.para_no or None
            elif story.kind == "footnote":
                para = story.paragraph
            if table is not None:
                kind = "table-cell"
            if story.kind != "body":
                kind = story.kind
            else:
                sid = None
                own_outline = None
                own_num = None
                if ppr is not None:
                    for c in ppr:
                        t = c.tag
                        if t == W_PSTYLE:
                            sid = c.get(W_VAL)
                        elif t == W_OUTLINELVL:
                            own_outline = _int(c.get(W_VAL), 9)
                        elif t == W_NUMPR:
                            own_num = _numpr(c)
                s_level, s_list, hint = self.styles.info(sid)
                if own_outline is not None:
                    s_level = own_outline + 1 if 0 <= own_outline <= 8 else None
                is_list = own_num if own_num is not None else s_list
                if table is None:
                    if s_level is not None:
                        kind = "heading"
                        level = s_level
                    elif is_list:
                        kind = "list-item"
                    elif hint:
                        kind = hint
            attrs: dict[str, Any] = {"paragraph": para, "table": table}
            if kind == "heading":
                title = " ".join(text.split())
                attrs["level"] = level
                attrs["section"] = title
                if not story.in_box:
                    self.b.section = title
            elif story.kind == "footnote":
                attrs["section"] = story.section
            elif story.kind == "header-footer":
                attrs["section"] = None
            anchor: dict[str, Any] = {
                "part": story.part,
                "paragraphs": [list(p) for p in acc.paths],
                "runs": [[list(rp), s - lead, e - lead] for rp, s, e in acc.runs],
            }
            if story.ref is not None:
                anchor["ref"] = list(story.ref)
            self._add(text, kind, attrs, anchor)
        if acc.refs and story.kind == "body":
            for what, nid, rpath in acc.refs:
                ref = list(rpath) if story.part == self.main_part else None
                self.note_refs[what].append((nid, self.b.section, para or self.para_no or None, ref))
        for box in acc.boxes:
            self.textbox(box, story)

    def _add(self, text, kind, attrs, anchor) -> None:
        if self.sink is not None:
            self.sink.append((text, kind, attrs, anchor))
            return
        block = self.b.add_block([text], kind=kind, **attrs)
        if block is not None:
            block.anchor = anchor

    def table(self, tbl, path: tuple, story: _Story) -> None:
        rows = []
        for tr, trpath in _iter_tagged(tbl, path, W_TR):
            trpr = _child(tr, W_TRPR)
            if trpr is not None and _child(trpr, W_DEL) is not None:
                continue  # a deleted row: gone once changes are accepted
            rows.append((tr, trpath))
        if not rows:
            return
        self.table_no += 1
        tno = self.table_no
        row_no = 0
        for tr, trpath in rows:
            row_no += 1
            cell_no = 0
            for tc, tcpath in _iter_tagged(tr, trpath, W_TC):
                tcpr = tc[0] if len(tc) and tc[0].tag == W_TCPR else None
                if tcpr is not None and _child(tcpr, W_CELLDEL) is not None:
                    continue
                cell_no += 1
                self.blocks(tc, tcpath, story, (tno, row_no, cell_no))

    def textbox(self, txbx, story: _Story) -> None:
        sub = _Story(story.part, story.kind, in_box=True, section=story.section,
                     paragraph=story.paragraph, ref=story.ref)
        self.blocks(txbx, _path_of(txbx), sub, None)

    # -- stories ------------------------------------------------------------------------
    def body(self, root, part: str) -> None:
        self.main_part = part
        j = _child_index(root, W_BODY)
        if j < 0:
            return
        story = _Story(part, "body")
        self.blocks(root[j], (j,), story)

    def notes(self, root, part: str, what: str) -> None:
        if root is None:
            return
        tag = _w(what)
        by_id = {}
        i = -1
        for child in root:
            i += 1
            if child.tag == tag and child.get(W_TYPE) in (None, "normal"):
                by_id.setdefault(child.get(W_ID), (child, i))
        done = set()
        for nid, section, para, ref in self.note_refs[what]:
            if nid in done or nid not in by_id:
                continue
            done.add(nid)
            note, i = by_id[nid]
            story = _Story(part, "footnote", section=section, paragraph=para, ref=ref)
            self.blocks(note, (i,), story)

    def header_footer(self, root, part: str, seen: set) -> None:
        if root is None:
            return
        self.sink = []
        try:
            self.blocks(root, (), _Story(part, "header-footer"))
            found = self.sink
        finally:
            self.sink = None
        key = "\n".join(" ".join(t.split()) for t, _, _, _ in found)
        if not key or key in seen:
            return
        seen.add(key)
        for text, kind, attrs, anchor in found:
            self._add(text, kind, attrs, anchor)


def _child_index(el, tag: str) -> int:
    for j, c in enumerate(el):
        if c.tag == tag:
            return j
    return -1


def _iter_tagged(el, path: tuple, tag: str):
    """Children ``tag`` of ``el`` with their paths, looking through content controls and custom XML."""
    i = -1
    for child in el:
        i += 1
        t = child.tag
        if t == tag:
            yield child, path + (i,)
        elif t == W_SDT:
            j = _child_index(child, W_SDTCONTENT)
            if j >= 0:
                yield from _iter_tagged(child[j], path + (i, j), tag)
        elif t == W_CUSTOMXML or t == W_INS or t == W_MOVETO:
            yield from _iter_tagged(child, path + (i,), tag)
        elif t == MC_ALT:
            branch, j = _choose(child)
            if branch is not None:
                yield from _iter_tagged(branch, path + (i, j), tag)


def _boxes_in(el) -> list:
    """Outermost text-box contents inside a drawing/picture, one branch of any mc choice."""
    out = []
    stack = [el]
    while stack:
        cur = stack.pop()
        for child in cur:
            tag = child.tag
            if tag == W_TXBX:
                out.append(child)
            elif tag == MC_ALT:
                branch, _ = _choose(child)
                if branch is not None:
                    stack.append(branch)
            elif isinstance(tag, str):
                stack.append(child)
    # document order: stack traversal reverses siblings; sort by position in the tree
    if len(out) > 1:
        order = {id(e): n for n, e in enumerate(el.iter(W_TXBX))}
        out.sort(key=lambda e: order.get(id(e), 0))
    return out
