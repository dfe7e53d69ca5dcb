"""Word documents with one paragraph per line (a PDF converted to Word) read as paragraphs.

A PDF converted to Word often keeps every printed line as a paragraph of its own, so a
sentence is cut into line-long pieces and no long sentence is ever found. When a document
reads that way (at least a third of its body paragraphs end without a full stop or other
closing mark), consecutive body paragraphs are joined where the first does not end a
sentence and the second plainly carries it on, by the rules the text reader uses for
hard-wrapped text (:func:`plainlint.extract.text._continues`): the next line starts in
lower case, the line ends with a word that cannot end a sentence ("the", "of", "and") or a
comma, or the line is as long as the document's wrapped lines and the next does not plainly
start a sentence. Headings, list items, table cells, notes, headers and footers are never
joined, nor paragraphs in different table cells, sections or parts.

The joined block keeps the first paragraph's place (its paragraph number and section) and
the runs of all its paragraphs, so ``annotate`` still anchors a comment on exactly the words
a finding covers.
"""

from __future__ import annotations

import copy

from ..document import Document
from .text import _END, _continues

_UNENDED_SHARE = 1 / 3


def _joinable(b, nb) -> bool:
    return (b.kind == "paragraph" and nb.kind == "paragraph" and b.table == nb.table
            and b.section == nb.section and b.page == nb.page
            and getattr(b, "anchor", {}).get("part") == getattr(nb, "anchor", {}).get("part"))


def _width(texts) -> int:
    lengths = sorted(len(t) for t in texts if t)
    if len(lengths) < 4:
        return 0
    return lengths[int(len(lengths) * 0.9) - 1]


def rejoin_lines(doc: Document) -> Document:
    """The document with line-per-paragraph body text joined into paragraphs (the same
    Document when there is nothing to join)."""
    blocks = doc.blocks
    body = [doc.text[b.start:b.end] for b in blocks if b.kind == "paragraph" and not b.table]
    if len(body) < 4:
        return doc
    unended = sum(1 for t in body if not t.rstrip().endswith(_END))
    if unended < _UNENDED_SHARE * len(body):
        return doc
    width = _width(body)
    groups: list = [[0]]
    for i in range(1, len(blocks)):
        prev = blocks[groups[-1][-1]]
        b = blocks[i]
        if _joinable(prev, b) and _continues(doc.text[prev.start:prev.end], doc.text[b.start:b.end], width):
            groups[-1].append(i)
        else:
            groups.append([i])
    if len(groups) == len(blocks):
        return doc
    parts: list = []
    new_blocks = []
    pos = 0
    for g in groups:
        if parts:
            parts.append("\n\n")
            pos += 2
        first = blocks[g[0]]
        nb = copy.copy(first)
        nb.start = pos
        anchor = copy.deepcopy(getattr(first, "anchor", None)) if len(g) > 1 else getattr(first, "anchor", None)
        for k, bi in enumerate(g):
            b = blocks[bi]
            text = doc.text[b.start:b.end]
            if k:
                parts.append(" ")
                pos += 1
                a = getattr(b, "anchor", None)
                if anchor is not None and a is not None:
                    shift = pos - nb.start
                    anchor.setdefault("paragraphs", []).extend(copy.deepcopy(a.get("paragraphs", [])))
                    anchor.setdefault("runs", []).extend(
                        [[list(p), s + shift, e + shift] for p, s, e in a.get("runs", [])])
            parts.append(text)
            pos += len(text)
        nb.end = pos
        if anchor is not None:
            nb.anchor = anchor
        new_blocks.append(nb)
    doc.text = "".join(parts)
    doc.blocks = new_blocks
    doc._block_starts = None
    return doc
