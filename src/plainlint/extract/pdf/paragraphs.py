"""Step 7: lines joined into paragraphs across line, column and page breaks."""

from __future__ import annotations

from collections import Counter
from typing import Optional

from ..text import _item_line, heading_line
from .params import PDFParams
from .records import Line, Para
from .text import _ends_sentence


def _body_style(lines: list) -> tuple:
    """The body text's font size and boldness: the size most characters are set in."""
    by_size: Counter = Counter()
    bold_chars: Counter = Counter()
    for ln in lines:
        by_size[ln.size] += ln.nchar
        if ln.bold:
            bold_chars[ln.size] += ln.nchar
    if not by_size:
        return 10.0, False
    size = by_size.most_common(1)[0][0]
    return size, bold_chars[size] * 2 > by_size[size]


def _line_gap(lines: list, body: float) -> float:
    """The usual gap between two lines of one body paragraph, in points."""
    gaps: Counter = Counter()
    prev = None
    for ln in lines:
        if prev is not None and prev.page == ln.page and abs(ln.size - body) < 0.6 and abs(prev.size - body) < 0.6:
            gap = prev.y0 - ln.y1
            ov = min(prev.x1, ln.x1) - max(prev.x0, ln.x0)
            if -0.3 * body < gap < 1.5 * body and ov > 0:
                gaps[round(gap * 2) / 2] += 1
        prev = ln
    if not gaps:
        return 0.2 * body
    return gaps.most_common(1)[0][0]


def step_paragraphs(lines: list, params: PDFParams, body: float, gap: float) -> list:
    """Join lines into paragraphs (reading order is already set)."""
    paras: list = []
    cur: Optional[Para] = None
    box_right: dict = {}
    for ln in lines:
        key = (ln.page, ln.box)
        if ln.x1 > box_right.get(key, -1e9):
            box_right[key] = ln.x1
    # the paragraphs that are items of a list after a colon, one item a line with no marker
    items: set = set()
    for ln in lines:
        if cur is not None and not _breaks(cur, ln, params, gap, box_right, id(cur) in items):
            cur.lines.append(ln)
            continue
        # after a line of body text ending with a colon ('The plan has three aims:', in the
        # type of the line after it, not a heading such as 'Case study:') or after an item
        last = cur.lines[-1] if cur is not None else None
        after = last is not None and (id(cur) in items or (
            last.text.rstrip().endswith(":") and len(last.text.split()) >= 4
            and last.size == ln.size and last.bold == ln.bold))
        cur = Para(ln)
        if after and not ln.marker and _item_line(ln.text):
            items.add(id(cur))
        paras.append(cur)
    return paras


def _breaks(para: Para, ln: Line, params: PDFParams, gap_usual: float, box_right: dict,
            item: bool = False) -> bool:
    """Does ``ln`` start a new paragraph after ``para`` (``item``: is ``para`` an item of a list
    after a colon, one a line)?"""
    prev = para.lines[-1]
    if ln.marker or ln.running or prev.running or ln.minor != prev.minor:
        return True
    size = max(prev.size, ln.size)
    if abs(prev.size - ln.size) > max(0.6, params.size_change * size):
        return True
    right = max(box_right.get((prev.page, prev.box), prev.x1), ln.x1)
    room = right - prev.x1
    fits = room > ln.first_w + 0.3 * size + params.early_end_slack
    if prev.bold != ln.bold and (fits or _ends_sentence(prev.text)):
        return True  # (a bold lead-in that runs on to the next line is not a heading)
    same_page = prev.page == ln.page
    gap = prev.y0 - ln.y1
    ov = min(prev.x1, ln.x1) - max(prev.x0, ln.x0)
    below = same_page and -0.3 * size < gap <= gap_usual + params.paragraph_gap * size and ov > 0
    if not below:
        # a new column or page: carry on only where the sentence plainly carries on
        first = ln.text[:1]
        if not first.islower() or _ends_sentence(prev.text):
            return True
        # carries on: in the next column or page, or a little further down (wider leading)
        return not (not same_page or ln.y1 > prev.y0 or (gap < 2.5 * size and ov > 0))
    # a numbered paragraph starts after a sentence's end or outdented (hanging number)
    if ln.numbered and (_ends_sentence(prev.text) or ln.x0 < prev.x0 - 2):
        return True
    # an indent (a first line) starts a paragraph, unless it is a list item's hanging indent
    first_line = para.lines[0]
    hanging = first_line.marker or first_line.numbered
    if ln.x0 > prev.x0 + params.indent * size and not hanging:
        return True
    if ln.x0 < prev.x0 - params.indent * size and hanging:
        return True
    # an item of a list after a colon, one a line, above the next ('Better care at home' /
    # 'Fewer stays in hospital'): items of the same length, so whether the line ended early
    # cannot tell, but neither runs on (:func:`..text._item_line`)
    if item and len(para.lines) == 1 and _item_line(ln.text) and _item_line(prev.text):
        return True
    # the line before ended early although the next word would have fitted: a break
    # where it also ended a sentence, or where it is very short and the next line starts
    # with a capital (paragraph composers such as InDesign's leave room at line ends)
    if fits:
        if _ends_sentence(prev.text):
            return True
        # a heading line with no full stop (a paragraph's first line, or one after a sentence's
        # end) above a line that plainly starts a sentence: never one sentence
        if (len(para.lines) == 1 or _ends_sentence(para.lines[-2].text)) and heading_line(prev.text, ln.text, 0):
            return True
        width = right - min(prev.x0, ln.x0)
        if room > 0.4 * width and ln.text[:1].isupper():
            return True
    return False
