"""The types the steps pass on: char -> :class:`Line` -> :class:`Page` -> :class:`Para`,
and :class:`Stats` (what was repaired or dropped, for the file's warnings)."""

from __future__ import annotations

from .text import _NUMBERED


class Line:
    """One text line, after the per-page steps (coordinates in the page's upright frame)."""

    __slots__ = ("page", "text", "x0", "y0", "x1", "y1", "bbox", "size", "bold", "box",
                 "first_w", "marker", "numbered", "nchar", "ncid", "running", "minor")

    def __init__(self, page, text, x0, y0, x1, y1, bbox, size, bold, box, first_w, marker,
                 nchar, ncid, minor=False):
        self.page = page
        self.text = text
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.bbox = bbox  # in the PDF's own page coordinates, for the anchor
        self.size = size
        self.bold = bold
        self.box = box
        self.first_w = first_w  # width of the first word, points
        self.marker = marker  # starts with a bullet or list number
        self.numbered = bool(_NUMBERED.match(text))  # starts with a section number: "4.2.1."
        self.nchar = nchar
        self.ncid = ncid
        self.running = None  # None, "drop" or "keep"
        self.minor = minor  # in a minority orientation on its page (chart labels and the like)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Line p{self.page} {self.x0:.0f},{self.y0:.0f}-{self.x1:.0f},{self.y1:.0f} {self.size:.1f}{' B' if self.bold else ''} {self.text!r}>"


class Page:
    __slots__ = ("number", "width", "height", "lines", "nchar", "image_share", "failed")

    def __init__(self, number, width, height):
        self.number = number
        self.width = width
        self.height = height
        self.lines: list[Line] = []
        self.nchar = 0
        self.image_share = 0.0
        self.failed = False


class Stats:
    """What the per-page steps repaired or dropped, for the file's warnings."""

    def __init__(self):
        self.chars = 0
        self.duplicates = 0
        self.cid = 0
        self.cid_spaces = 0
        self.cid_lines = 0
        self.letterspaced = 0
        self.rotated = 0
        self.one_letter_pages: list[int] = []
        self.failed_pages: list[int] = []
        self.scanned_pages: list[int] = []


class Para:
    __slots__ = ("lines", "kind", "level")

    def __init__(self, line):
        self.lines = [line]
        self.kind = "paragraph"
        self.level = None



def _union(boxes: list) -> tuple:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    return (x0, y0, x1, y1)
