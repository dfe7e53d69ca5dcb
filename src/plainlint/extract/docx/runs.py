"""Back to Word runs: a finding's offsets mapped to the runs that hold it (for ``annotate``).

Each block's ``anchor`` is a plain, JSON-able dict::

    {"part": "word/document.xml",          # zip member the text came from
     "paragraphs": [[0, 12]],              # index paths of the source w:p element(s)
     "runs": [[[0, 12, 3], 0, 7], ...],    # [run path, start, end] in block-relative chars
     "ref": [0, 40, 2]}                    # notes only: path of the citing run in document.xml

An *index path* lists, from the part's root element down, the position of each element
among its parent's child **elements** (comments and processing instructions do not count),
in the file as saved: ``[0, 12, 3]`` is root → 1st child (``w:body``) → 13th child (a
``w:p``) → 4th child (a ``w:r``). ``start``/``end`` are offsets into the block's text
(``document.text[block.start:block.end]``): run ``[path, s, e]`` supplied
``block_text[s:e]``; ``s`` may be negative where the block's leading white space was
trimmed. Runs are listed in text order. Characters a run contributes: ``w:t`` text,
``w:tab``/``w:ptab`` one space, ``w:br``/``w:cr`` a newline, ``w:noBreakHyphen`` "-",
``w:sym`` its character.

To map a finding at document offsets ``[fs, fe)`` in block ``b``: take
``rel_start = fs - b.start`` and ``rel_end = fe - b.start``; every run with ``s < rel_end``
and ``e > rel_start`` holds part of it, from character ``max(rel_start, s) - s`` to
``min(rel_end, e) - s`` of that run's text. :func:`span_runs` does exactly this (pure, no
file needed); :func:`runs_for_span` does it on an open python-docx ``Document`` and, with
``split=True``, splits the first and last run at the span's edges so that the runs it
returns cover exactly the words (ready for ``Document.add_comment(runs, ...)``).

Index paths describe the file as saved: once anything is inserted (a split run, a comment
range), later paths in that paragraph shift. To annotate many findings, build one
:class:`RunLocator` over the python-docx document and the extracted Document *before*
changing anything; it resolves every path once up front and keeps track of the runs it
splits, so any number of findings can be mapped in any order. python-docx loads notes
parts (footnotes, endnotes) only as bytes, so for a note the locator falls back to the run
that cites it in the body (``anchor["ref"]``).
"""

from __future__ import annotations

import io
from typing import Any, Optional

from ...document import Document
from ...errors import ExtractError
from .names import (
    W_BR, W_CR, W_NOBREAKHYPHEN, W_P, W_PTAB, W_RPR, W_SYM, W_T, W_TAB, XML_SPACE,
)
from .package import _Package, _main_part
from .reader import run_child_text
from .xml import _short


# --------------------------------------------------------------------------- back to runs
def span_runs(anchor: dict, start: int, end: int) -> list:
    """The runs holding block-relative ``text[start:end]``: ``[(run_path, from_char, to_char)]``.

    ``from_char``/``to_char`` index the run's own text (as the extractor counts it).
    Pure: needs only the anchor.
    """
    out = []
    if end <= start:
        end = start + 1
    for path, s, e in anchor.get("runs", ()):
        if e <= start:
            continue
        if s >= end:
            break
        out.append((path, max(start, s) - s, min(end, e) - s))
    return out


class _PartParent:
    """Stands in for a python-docx story object: gives a paragraph its ``part``."""

    def __init__(self, part):
        self.part = part


class RunLocator:
    """Maps text offsets of an extracted Document to runs of an open python-docx Document.

    Build it *before* changing the python-docx document: it resolves every block's index
    paths at once, then keeps track of the runs it splits, so that any number of findings
    can be mapped, in any order, while comments are added.

    ``source`` is a ``docx.Document`` (python-docx) or the bytes of the .docx (checked for
    hostile content as extraction does, then opened with python-docx); ``document`` is the
    :class:`~plainlint.document.Document` extracted from the same file (optional: without
    it, anchors are resolved as they are asked for, which is safe only before any change).
    """

    def __init__(self, source, document: Optional[Document] = None, options=None):
        if isinstance(source, (bytes, bytearray)):
            source = open_docx(bytes(source), options)
        self.docx = source
        self._roots: dict[str, Any] = {}
        self._parents: dict[str, Any] = {}
        self._memo: dict[tuple, Any] = {}  # (part, path) -> element
        self._kids: dict = {}  # element -> its element children (listed once: was per path)
        self._pieces: dict[int, list] = {}  # id(original run) -> [[element, start, end], ...]
        self._keep: list = []
        self.document = document
        if document is not None:
            for block in document.blocks:
                anchor = block.anchor
                if isinstance(anchor, dict):
                    self._resolve_anchor(anchor)

    # -- resolving paths -------------------------------------------------------------
    def _root(self, part: str):
        if part in self._roots:
            return self._roots[part]
        root = None
        parent = None
        want = "/" + part.lstrip("/")
        pkg_part = None
        main = self.docx.part
        if str(main.partname) == want:
            pkg_part = main
        else:
            for p in main.package.iter_parts():
                if str(p.partname).lower() == want.lower():
                    pkg_part = p
                    break
        if pkg_part is not None and hasattr(pkg_part, "element"):
            root = pkg_part.element
            parent = _PartParent(pkg_part)
        self._roots[part] = root
        self._parents[part] = parent
        return root

    def _element(self, part: str, path) -> Any:
        key = (part, tuple(path))
        if key in self._memo:
            return self._memo[key]
        root = self._root(part)
        el = root
        if el is not None:
            for n, i in enumerate(path):
                sub = (part, tuple(path[: n + 1]))
                hit = self._memo.get(sub)
                if hit is not None:
                    el = hit
                    continue
                kids = self._kids.get(el)
                if kids is None:  # the body's children listed once, not once per paragraph
                    kids = self._kids[el] = [c for c in el if isinstance(c.tag, str)]
                if i >= len(kids):
                    el = None
                    break
                el = kids[i]
                self._memo[sub] = el
        self._memo[key] = el
        return el

    def _resolve_anchor(self, anchor: dict) -> None:
        part = anchor.get("part", "")
        for path, s, e in anchor.get("runs", ()):
            el = self._element(part, path)
            if el is not None and id(el) not in self._pieces:
                self._keep.append(el)
                self._pieces[id(el)] = [[el, 0, e - s]]
        if anchor.get("ref") is not None:
            self._element(str(self.docx.part.partname).lstrip("/"), anchor["ref"])

    # -- public ----------------------------------------------------------------------
    def runs(self, anchor: dict, start: int, end: int, split: bool = True) -> list:
        """python-docx Runs covering block-relative ``[start, end)`` of the block with ``anchor``.

        With ``split`` the first and last runs are split at the span's edges (formatting is
        copied), so the runs cover exactly the span. A run holding field codes or other
        special content is never split: it is returned whole. An empty list means the span
        has no runs in an editable part; for notes the citing run is returned instead.
        """
        from docx.text.paragraph import Paragraph
        from docx.text.run import Run

        part = anchor.get("part", "")
        self._resolve_anchor(anchor)
        out = []
        if self._root(part) is None:
            ref = anchor.get("ref")
            if ref is not None:
                main = str(self.docx.part.partname).lstrip("/")
                el = self._element(main, ref)
                if el is not None:
                    return [Run(el, Paragraph(_ancestor_p(el), _PartParent(self.docx.part)))]
            return []
        parent = self._parents[part]
        for path, a, b in span_runs(anchor, start, end):
            orig = self._element(part, path)
            if orig is None:
                continue
            pieces = self._pieces.get(id(orig))
            if pieces is None:
                continue
            for piece in list(pieces):
                el, ps, pe = piece
                if pe <= a or ps >= b:
                    continue
                if split and ps < a:
                    right = split_run(el, a - ps)
                    if right is not None:
                        idx = pieces.index(piece)
                        pieces.insert(idx + 1, [right, a, pe])
                        piece[2] = a
                        el, ps = right, a
                        self._keep.append(right)
                if split and pe > b:
                    right = split_run(el, b - ps)
                    if right is not None:
                        idx = next(k for k, pc in enumerate(pieces) if pc[0] is el)
                        pieces[idx][2] = b
                        pieces.insert(idx + 1, [right, b, pe])
                        self._keep.append(right)
                out.append(el)
        p_cache: dict = {}
        runs = []
        for el in out:
            p = _ancestor_p(el)
            para = p_cache.get(id(p))
            if para is None:
                para = Paragraph(p, parent)
                p_cache[id(p)] = para
            runs.append(Run(el, para))
        return runs

    def runs_for(self, start: int, end: int, split: bool = True) -> list:
        """Runs for document offsets ``[start, end)`` (as in a Finding), within one block."""
        if self.document is None:
            raise ValueError("RunLocator was built without the extracted Document")
        block = self.document.block_at(start)
        if block is None or not isinstance(block.anchor, dict):
            return []
        end = min(end, block.end)
        return self.runs(block.anchor, start - block.start, end - block.start, split)


def _ancestor_p(el):
    cur = el
    while cur is not None and cur.tag != W_P:
        cur = cur.getparent()
    return cur if cur is not None else el.getparent()


_SPLITTABLE = frozenset((W_RPR, W_T, W_TAB, W_PTAB, W_BR, W_CR, W_NOBREAKHYPHEN, W_SYM))


def split_run(r, k: int):
    """Split run element ``r`` at character ``k`` of its text; return the new right-hand run.

    ``r`` keeps the first ``k`` characters; the new run (a copy of ``r``'s properties) is
    inserted straight after it. Returns None (and changes nothing) when ``k`` is at either
    end or the run holds anything other than plain text, tabs and breaks.
    """
    import copy

    kids = [c for c in r if isinstance(c.tag, str)]
    if any(c.tag not in _SPLITTABLE for c in kids):
        return None
    total = sum(len(run_child_text(c) or "") for c in kids if c.tag != W_RPR)
    if k <= 0 or k >= total:
        return None
    new = r.makeelement(r.tag, dict(r.attrib))
    rpr = r.find(W_RPR)
    if rpr is not None:
        new.append(copy.deepcopy(rpr))
    pos = 0
    moving = False
    for child in kids:
        if child.tag == W_RPR:
            continue
        if moving:
            new.append(child)
            continue
        text = run_child_text(child) or ""
        n = len(text)
        if pos + n <= k:
            pos += n
            continue
        cut = k - pos
        if cut == 0:
            new.append(child)
        else:  # inside a w:t
            right = child.makeelement(W_T, {})
            right.text = text[cut:]
            child.text = text[:cut]
            child.set(XML_SPACE, "preserve")
            right.set(XML_SPACE, "preserve")
            new.append(right)
        moving = True
        pos += n
    r.addnext(new)
    return new


def runs_for_span(source, anchor: dict, start: int, end: int, split: bool = True) -> list:
    """python-docx Runs for block-relative ``[start, end)`` of the block whose anchor is given.

    ``source`` is an open ``docx.Document`` (or the .docx bytes). For one finding at a time
    on an unchanged document; for many, use :class:`RunLocator` (see the module docstring).
    Pass the result to ``docx_document.add_comment(runs, text=..., author="plainlint")``.
    """
    return RunLocator(source).runs(anchor, start, end, split=split)


def open_docx(data: bytes, options=None):
    """Open .docx bytes with python-docx, after the same hostile-file checks as extraction."""
    from .. import ExtractOptions

    options = options or ExtractOptions()
    pkg = _Package(data, options)
    _main_part(pkg)
    for name in list(pkg.members):
        if name.endswith((".xml", ".rels")):
            pkg.xml(pkg.members[name].filename)
    if pkg.strict:
        raise ExtractError(
            "unsupported",
            "Strict Open XML document: plainlint can read it but cannot write into it; open it in "
            "Word and use File > Save As > Word Document (.docx) (not 'Strict Open XML Document')",
        )
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds
        raise ExtractError("corrupt", f"python-docx cannot open this .docx ({_short(exc)})") from None
