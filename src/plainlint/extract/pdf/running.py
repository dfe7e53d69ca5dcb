"""Step 5: running headers and footers and page numbers; step 6: garbage lines."""

from __future__ import annotations

from .params import PDFParams
from .records import Stats
from .text import _BLANK_PAGE, _DIGITS, _PAGE_NO_EDGES, _PAGE_NUMBER


def _running_key(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def step_running(pages: list, params: PDFParams) -> list:
    """Mark running headers, footers and page numbers; returns the kept running texts."""
    npages = sum(1 for p in pages if p.lines)
    need = 2 if npages <= 3 else params.running_min_pages
    seen: dict = {}
    for p in pages:
        if not p.lines:
            continue
        top = p.height * (1 - params.margin_zone)
        bottom = p.height * params.margin_zone
        for ln in p.lines:
            if ln.minor:  # sideways text in the margin ("printed by ...", file names)
                if _PAGE_NUMBER.match(ln.text):
                    ln.running = "drop"
                else:
                    seen.setdefault(("minor", _running_key(ln.text)), []).append(ln)
                continue
            if ln.y0 >= top:
                zone = "top"
            elif ln.y1 <= bottom:
                zone = "bottom"
            else:
                continue
            if _PAGE_NUMBER.match(ln.text):
                ln.running = "drop"
                continue
            seen.setdefault((zone, _running_key(ln.text)), []).append(ln)
        for ln in p.lines:
            if _BLANK_PAGE.match(ln.text):
                ln.running = "drop"
    kept = []
    if npages < 2:
        return kept
    tol = params.running_y_tolerance
    for (zone, key), lines in seen.items():
        if len(lines) < need:
            continue
        ys = sorted(ln.y0 for ln in lines)
        mid = ys[len(ys) // 2]
        near = [ln for ln in lines if abs(ln.y0 - mid) <= tol]
        if len({ln.page for ln in near}) < need:
            continue
        for ln in near:
            ln.running = "drop"
        if any(c.isalpha() for c in key):  # a running title; bare numbers just go
            first = near[0]
            first.running = "keep"
            first.text = _PAGE_NO_EDGES.sub("", first.text) or first.text
            kept.append(first)
    return kept


def step_garbage(pages: list, params: PDFParams, stats: Stats) -> None:
    """Drop pages' one-letter lines where letters come one per line."""
    for p in pages:
        lines = p.lines
        if len(lines) < params.one_letter_lines:
            continue
        ones = [ln for ln in lines if len(ln.text) == 1 and ln.text.isalpha()]
        if len(ones) >= params.one_letter_lines and len(ones) >= params.one_letter_share * len(lines):
            gone = set(map(id, ones))
            p.lines = [ln for ln in lines if id(ln) not in gone]
            stats.one_letter_pages.append(p.number)
