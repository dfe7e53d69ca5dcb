"""Step 8: each paragraph classified (heading, list item, footnote, paragraph), and
paragraphs cut by footnotes at the foot of a page carried on."""

from __future__ import annotations

import re
from typing import Optional

from .params import PDFParams
from .records import Para
from .text import _ends_sentence


_FOOTNOTE = re.compile(r"^(?:\d{1,3}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?:\s|(?=[A-Z]))")


def step_classify(paras: list, params: PDFParams, styles: dict, heights: dict) -> None:
    """Headings, list items and footnotes. ``styles``: page -> (body size, body bold)."""
    heading_styles = set()
    for p in paras:
        first = p.lines[0]
        body, body_bold = styles[first.page]
        if first.running:
            p.kind = "header-footer"
            continue
        text = " ".join(ln.text for ln in p.lines)
        if (first.size <= body * params.footnote_size and _FOOTNOTE.match(text)
                and first.y1 < params.footnote_zone * heights.get(first.page, 1e9)):
            p.kind = "footnote"
            continue
        nwords = len(text.split())
        size = first.size
        bigger = size >= body * params.heading_size_ratio
        bolder = first.bold and not body_bold and size >= body - 0.5
        if ((bigger or bolder) and nwords <= params.heading_max_words
                and len(text) <= params.heading_max_chars and any(c.isalpha() for c in text)
                and not (text.endswith((".", ",", ";")) and nwords > 8)
                and len(p.lines) <= 4):
            p.kind = "heading"
            heading_styles.add((size, first.bold))
            continue
        if first.marker:
            p.kind = "list-item"
    ranks = sorted(heading_styles, key=lambda s: (-s[0], not s[1]))
    level_of = {s: min(i + 1, 6) for i, s in enumerate(ranks)}
    for p in paras:
        if p.kind == "heading":
            f = p.lines[0]
            p.level = level_of.get((f.size, f.bold))


def step_carry_over(paras: list) -> list:
    """A paragraph cut by footnotes or a figure caption at the foot of a column or page
    carries on after them when it plainly continues (no full stop; lower-case start)."""
    out: list = []
    waiting: Optional[Para] = None  # an unfinished body paragraph
    skipped = 0
    for p in paras:
        if waiting is not None and p.kind == "paragraph" and 0 < skipped:
            first = p.lines[0]
            last = waiting.lines[-1]
            if (first.text[:1].islower() and abs(first.size - last.size) < 0.6
                    and first.bold == last.bold):
                waiting.lines.extend(p.lines)
                continue
        if p.kind in ("footnote", "header-footer"):
            out.append(p)
            if waiting is not None:
                skipped += 1
            continue
        out.append(p)
        if p.kind in ("paragraph", "list-item") and not _ends_sentence(p.lines[-1].text):
            waiting, skipped = p, 0
        else:
            waiting, skipped = None, 0
    return out
