"""PDF read as a person reads it, through pdfminer.six's layout analysis.

The module is laid out like pdfminer's own ``layout.py``: one parameters class
(:class:`PDFParams`, every knob with its unit), a nesting of types (char -> line -> box ->
page -> paragraph) and named steps, each turning one type into the next:

per page, while pdfminer interprets the page (:class:`_PageReader`):

1. ``chars``: every character on the page, including those inside form XObjects; text
   drawn twice at the same place is kept once, text set at 90/180/270 degrees is turned
   upright (each orientation laid out on its own), a font's unmapped space glyph
   (``(cid:3)``) is read as a space. Vector paths are never built (we only need text), and
   images only count towards "is this page a scan?".
2. ``lines``: pdfminer's ``group_objects`` (chars -> text lines), then a bullet or list
   number that stands apart from its text is joined to it, and letter-spaced text
   ("A W A L K") is closed up.
3. ``boxes``: pdfminer's ``group_textlines`` (lines -> text boxes).
4. ``order``: the boxes in reading order: Breuel's rules (a box before another below it in
   the same column; a column before the column to its right unless something spanning
   both lies between them), so two and three columns read column by column, with a title
   across the top read first. Each line becomes a :class:`Line` record.

per document, once every page is read:

5. ``running``: running headers and footers (text repeated at the top or bottom of the
   page on most pages, numbers allowed to change) and page numbers are dropped; each
   distinct running text is kept once, as a block of kind ``header-footer``.
6. ``garbage``: lines of unmapped glyph codes and pages of one-letter lines are dropped,
   with a warning for the file.
7. ``paragraphs``: lines joined into paragraphs across line, column and page breaks
   (font size, boldness, spacing, indents, a line that ended early, a list marker);
   words hyphenated at a line end are joined (see :func:`join_hyphenated`).
8. ``blocks``: each paragraph classified as ``heading`` (short, larger or bolder than the
   body text, measured from the characters' font sizes), ``list-item`` (starts with a
   bullet or list number) or ``paragraph``, with its page, its number on the page, the
   nearest heading as section and ``anchor = {"page": n, "bbox": [x0, y0, x1, y1]}`` (PDF
   points, origin bottom left).

Errors: a PDF that needs a password, one protected by Microsoft rights management, one
with no text layer (needs OCR) and a corrupt one each end in one :class:`ExtractError`.
pdfminer's log messages are silenced (they are noise to a writer).
"""

from __future__ import annotations

import bisect
import heapq
import io
import logging
import re
import struct
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..document import Document, DocumentBuilder
from ..errors import ExtractError

# pdfminer reports every odd font and broken xref through ``logging``; with no handler
# configured Python prints WARNING and above to standard error. Quieten it unless the
# caller has set a level for it themselves.
_pdfminer_log = logging.getLogger("pdfminer")
if _pdfminer_log.level == logging.NOTSET:
    _pdfminer_log.setLevel(logging.CRITICAL + 1)


# ---------------------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PDFParams:
    """Every knob of the PDF reader, with its unit."""

    # -- pdfminer's LAParams (chars -> lines -> boxes); see pdfminer.layout.LAParams --
    line_overlap: float = 0.5  # fraction of the smaller char height two chars on one line share
    char_margin: float = 2.0  # char widths: chars closer than this are on the same line
    line_margin: float = 0.5  # line heights: lines closer than this share a box
    word_margin: float = 0.1  # char widths: a gap wider than this is a space

    # -- chars --
    duplicate_distance: float = 0.3  # char widths: the same char drawn again this close is one char
    space_glyph_width: tuple = (0.15, 0.5)  # em: an unmapped glyph this wide may be a space
    space_glyph_share: float = 0.04  # ... if it is at least this share of its font's chars

    # -- lines --
    marker_reach: float = 4.0  # line heights: a bullet this far left of its text is joined to it
    wide_gap: float = 5.0  # line heights: pieces of a line this far apart may be one line
    letterspaced_share: float = 0.6  # share of one-letter words that makes a line letter-spaced

    # -- order --
    max_ordered_boxes: int = 150  # more boxes than this on a page: plain top-to-bottom order

    # -- running headers and footers --
    margin_zone: float = 0.12  # fraction of the page height at the top and at the bottom
    running_y_tolerance: float = 8.0  # points: how far a running line may move between pages
    running_min_pages: int = 3  # pages a running text must be on (2 in documents of <= 3 pages)

    # -- garbage --
    cid_line_share: float = 0.3  # a line with more unmapped glyphs than this is dropped
    one_letter_lines: int = 8  # a page with this many one-letter lines ...
    one_letter_share: float = 0.4  # ... making up this share of its lines is letters one per line

    # -- paragraphs --
    size_change: float = 0.08  # fraction of the font size: a bigger change starts a paragraph
    paragraph_gap: float = 0.35  # font sizes above the usual line gap: a paragraph break
    indent: float = 1.0  # font sizes: a first-line indent this deep starts a paragraph
    early_end_slack: float = 2.0  # points: room left on a line beyond the next word's width

    # -- footnotes --
    footnote_size: float = 0.9  # a footnote's font is at most this share of the body size ...
    footnote_zone: float = 0.6  # ... and it starts in this share of the page from the bottom

    # -- headings --
    page_style_chars: int = 400  # a page with this many characters has its own body size
    heading_size_ratio: float = 1.12  # a heading's font is at least this much bigger than body text
    heading_max_words: int = 20
    heading_max_chars: int = 160


PARAMS = PDFParams()


# ---------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------


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
        self.dup_lines = 0
        self.one_letter_pages: list[int] = []
        self.failed_pages: list[int] = []
        self.scanned_pages: list[int] = []


# ---------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------

_BULLETS = "•●▪■◦‣⁃➢►▶✓✔✗○◆◇❖➤→·∙‧*–—-"
_MARKER = re.compile(
    r"^(?:[" + re.escape(_BULLETS) + r"\uf000-\uf8ff]|o(?=\s)|\(?\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s)"
    r"|\([A-Z]\)|\([ivxlIVXL]{1,6}\)|[ivx]{1,5}[.)](?=\s))\s*"
)
_MARKER_ONLY = re.compile(
    r"^(?:[" + re.escape(_BULLETS) + r"\uf000-\uf8ff]|o|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([A-Z]\)"
    r"|\([ivxlIVXL]{1,6}\)|[ivx]{1,5}[.)])$"
)
_TRANSLATE = str.maketrans({
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
    "\t": " ", "\r": " ", "\n": " ", "\x0c": " ", "\x0b": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\x00": "",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
})
_SPACES = re.compile(r"\s{2,}")
_PUA = re.compile(r"[\ue000-\uf8ff]")
_BOLD = re.compile(r"bold|black|heavy|demi|semibold|extrabold|ultrabold|[-,_ ]bd(?:it)?\b", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.?|tudalen)\s*)?[-–(]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–)]?"
    r"(?:\s*(?:of|/|o)\s*\d{1,4})?$", re.I
)
_DIGITS = re.compile(r"\d+")
_PAGE_NO_EDGES = re.compile(  # a page number at either end of a running title
    r"^(?:page\s*)?\d{1,3}\s*[|·•–-]?\s+|\s+(?:[|·•–-]\s*(?:page\s*)?\d{1,4}|page\s*\d{1,4}"
    r"|\d{1,4}\s*of\s*\d{1,4})$", re.I)
_BLANK_PAGE = re.compile(r"^[\[(]?this page (?:is |has been )?(?:intentionally|deliberately)? ?left blank\.?[\])]?$", re.I)
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.|[A-Z]\.)\s")
_WORDS = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_TERMINAL = (".", "!", "?", ":", ";", ".”", ".’", '."', "?”", "!”", ".)", "…")


def clean_text(text: str) -> str:
    text = text.translate(_TRANSLATE)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


# Compounds that keep their hyphen when a line break falls on it (public-sector usage).
KNOWN_HYPHENATED = frozenset("""
co-production co-produce co-produced co-produces co-producing co-producer co-producers
co-design co-designed co-designing co-designs co-operate co-operated co-operation
co-operative co-ordinate co-ordinated co-ordinating co-ordination co-ordinator
co-ordinators co-occurring co-located co-location co-morbidity co-morbidities co-chair
co-chairs co-commissioning co-commissioned non-executive non-statutory non-recurrent
non-clinical non-residential self-care self-harm self-management self-assessment
self-esteem self-referral self-funders self-funding well-being well-led long-term
short-term medium-term follow-up decision-making decision-makers evidence-based
person-centred place-based cost-effective cost-of-living face-to-face day-to-day
up-to-date step-down step-up multi-agency multi-disciplinary cross-party cross-cutting
sign-off one-off year-end in-year pre-school post-16 anti-social socio-economic
sub-committee vice-chair low-income high-quality part-time full-time mid-term
re-enablement re-ablement hard-to-reach older-people front-line e-mail x-ray
value-for-money community-based home-based school-based risk-based needs-led
user-led peer-led community-led council-wide county-wide system-wide borough-wide
""".split())
_KEEP_PREFIXES = frozenset("co non self cross multi well anti semi cost long short full".split())
_SUFFIXES = frozenset("""
ing ings ed er ers es s ly ness ment ments ish ism ist ists ity ities ive ion ions able ible
al ally ful less age ages ship ward wards isation ization ise ize ised ized ising izing
ance ence ant ent ous ary ory ery
""".split())
_SUSPENDED = frozenset(("and", "or", "to", "nor"))


def join_hyphenated(left: str, right: str, counts: Counter) -> bool:
    """Keep the hyphen of ``left-`` + ``right`` (True) or join the word (False)?

    A line-end hyphen is a break inside a word ("organ-" + "isation" = "organisation")
    unless there is evidence that the hyphen is part of the word:

    1. the second part starts with a capital or a digit ("pre-" + "COVID", "Covid-" + "19");
    2. the document itself writes the word elsewhere: the more frequent spelling wins
       (its house style beats our list);
    3. the hyphenated form is a known compound (co-production, well-being, long-term, ...);
    4. the first part already has a hyphen ("face-to-" + "face");
    5. the second part is "and", "or", "to" ("pre- and post-school");
    6. the first part is a prefix that takes a hyphen (co, non, self, cross, multi, well,
       ...) and the second part is a word of four or more letters, not a suffix
       ("non-" + "executive", but "self-" + "ish" = "selfish").
    """
    if not right:
        return True
    if right[0].isupper() or right[0].isdigit():
        return True
    lw, rw = left.lower(), right.lower()
    hyphened = f"{lw}-{rw}"
    joined = lw + rw
    nh, nj = counts.get(hyphened, 0), counts.get(joined, 0)
    if nh or nj:
        return nh >= nj
    if hyphened in KNOWN_HYPHENATED:
        return True
    if "-" in lw:
        return True
    if rw in _SUSPENDED:
        return True
    last = lw.rsplit("-", 1)[-1]
    if last in _KEEP_PREFIXES and len(rw) >= 4 and rw not in _SUFFIXES:
        return True
    return False


# ---------------------------------------------------------------------------------------
# Step 0: open the document
# ---------------------------------------------------------------------------------------

# What pdfminer raises on a damaged file (never BaseException: a time limit must get through).
def _broken_errors():
    from pdfminer.psexceptions import PSException

    return (PSException, ValueError, TypeError, KeyError, IndexError, AttributeError,
            AssertionError, struct.error, zlib.error, UnicodeError, OverflowError,
            ZeroDivisionError, NotImplementedError, LookupError, RecursionError)


def _is_rights_managed(data: bytes, document) -> bool:
    """A Microsoft IRM (or other encrypted-payload) PDF: a wrapper around an encrypted file."""
    if b"MicrosoftIRMServices" in data or b"/EncryptedPayload" in data:
        return True
    try:
        from pdfminer.pdftypes import resolve1

        names = resolve1(document.catalog.get("Names"))
        files = resolve1(names.get("EmbeddedFiles")) if isinstance(names, dict) else None
        if isinstance(files, dict):
            arr = resolve1(files.get("Names")) or []
            for spec in arr[1::2]:
                spec = resolve1(spec)
                if isinstance(spec, dict) and ("EP" in spec or "EncryptedPayload" in str(spec.get("AFRelationship"))):
                    return True
    except _broken_errors():
        return False
    return False


def open_document(data: bytes, password: Optional[str]):
    """A pdfminer PDFDocument, or one clear ExtractError."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    tries = [password, ""] if password else [""]
    last = None
    for pw in tries:
        try:
            parser = PDFParser(io.BytesIO(data))
            return PDFDocument(parser, password=pw, caching=True)
        except PDFPasswordIncorrect as exc:
            last = exc
            continue
        except PDFEncryptionError as exc:
            if b"MicrosoftIRMServices" in data:
                break
            raise ExtractError(
                "encrypted",
                f"encrypted in a way plainlint cannot open ({exc}): save an unencrypted copy",
            ) from None
        except _broken_errors() as exc:
            raise ExtractError("corrupt", _corrupt_message(exc)) from None
    if b"MicrosoftIRMServices" in data:
        raise ExtractError("encrypted", _IRM_MESSAGE)
    if password:
        raise ExtractError(
            "needs-password",
            "the password given with --password does not open this PDF: check it "
            "(it is the password to open the file, not the one to edit it)",
        )
    raise ExtractError(
        "needs-password",
        "this PDF is protected by a password: give it with --password (or save an "
        "unprotected copy)",
    ) if last is not None else ExtractError("corrupt", "the PDF could not be opened")


_IRM_MESSAGE = (
    "rights-managed PDF (Microsoft Information Rights Management): the real content is "
    "encrypted for named readers, and what a plain reader sees is only a notice. Open it in "
    "a viewer that supports Microsoft IRM and save or print an unprotected copy to check it"
)


def _corrupt_message(exc: BaseException) -> str:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    if len(detail) > 120:
        detail = detail[:117] + "..."
    return f"damaged or truncated PDF, it could not be read ({detail})"


# ---------------------------------------------------------------------------------------
# Steps 1-4: one page, inside pdfminer's interpreter
# ---------------------------------------------------------------------------------------


def _make_reader_class():
    """Build the pdfminer device lazily (pdfminer is imported only when a PDF is read)."""
    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.layout import LAParams, LTAnno, LTChar, LTLayoutContainer, LTTextLineHorizontal
    from pdfminer.utils import apply_matrix_pt, mult_matrix

    class _PageReader(PDFLayoutAnalyzer):
        """A pdfminer device that keeps only characters and runs our page steps."""

        def __init__(self, rsrcmgr, params: PDFParams, stats: Stats):
            self.params = params
            self.laparams = LAParams(line_overlap=params.line_overlap, char_margin=params.char_margin,
                                     line_margin=params.line_margin, word_margin=params.word_margin,
                                     boxes_flow=None)
            super().__init__(rsrcmgr, pageno=1, laparams=self.laparams)
            self.stats = stats
            self.pages: list[Page] = []
            self._bold: dict = {}
            self._fig: list = []

        # -- device callbacks -------------------------------------------------------
        def begin_page(self, page, ctm):
            super().begin_page(page, ctm)
            self.page = Page(len(self.pages) + 1, self.cur_item.width, self.cur_item.height)
            self.image_area = 0.0
            self._boxes = 0

        def begin_figure(self, name, bbox, matrix):
            # Form XObjects are not kept apart: their characters join the page (they are
            # already in page coordinates), as a reader sees them.
            self._fig.append(mult_matrix(matrix, self.ctm))

        def end_figure(self, _name):
            if self._fig:
                self._fig.pop()

        def render_image(self, name, stream):
            if not self._fig:
                return
            m = self._fig[-1]
            pts = [apply_matrix_pt(m, p) for p in ((0, 0), (1, 0), (0, 1))]
            (x0, y0), (x1, y1), (x2, y2) = pts
            self.image_area += abs((x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0))

        def paint_path(self, gstate, stroke, fill, evenodd, path):
            return None  # lines and shapes are not text

        def end_page(self, page):
            p = self.page
            area = max(p.width * p.height, 1.0)
            p.image_share = min(self.image_area / area, 1.0)
            chars = [o for o in self.cur_item._objs if o.__class__ is LTChar]
            self.cur_item._objs = []
            p.nchar = len(chars)
            self.stats.chars += len(chars)
            if chars:
                for group, frame, minor in self.step_chars(chars, p):
                    lines = self.step_lines(group, frame)
                    boxes = self.step_boxes(lines, frame)
                    self.step_order(boxes, p, frame, minor)
            self.pages.append(p)
            self.pageno += 1

        # -- step 1: chars ------------------------------------------------------------
        def step_chars(self, chars, page):
            """Drop off-page and doubled chars, read unmapped space glyphs, turn rotated
            text upright. Yields (chars, frame, minor) per orientation, the main one first."""
            W, H = page.width, page.height
            stats = self.stats
            # off the page: invisible to a reader
            kept = []
            groups: dict = {}
            cid_fonts = None
            for ch in chars:
                cx = (ch.x0 + ch.x1) * 0.5
                cy = (ch.y0 + ch.y1) * 0.5
                if cx < -1 or cy < -1 or cx > W + 1 or cy > H + 1:
                    continue
                m = ch.matrix
                a, b = m[0], m[1]
                if b == 0 and a > 0:
                    o = 0
                elif abs(a) >= abs(b):
                    o = 0 if a > 0 else 180
                else:
                    o = 90 if b > 0 else 270
                if o:
                    groups.setdefault(o, []).append(ch)
                else:
                    kept.append(ch)
                t = ch._text
                if len(t) > 5 and t.startswith("(cid:"):
                    if cid_fonts is None:
                        cid_fonts = {}
                    cid_fonts.setdefault(ch.fontname, []).append(ch)
            if cid_fonts:
                self._read_space_glyphs(cid_fonts, chars)
            groups[0] = kept
            order = sorted((o for o in groups if groups[o]), key=lambda o: -len(groups[o]))
            for i, o in enumerate(order):
                group = groups[o]
                if o:
                    stats.rotated += len(group)
                    frame = _turn_upright(group, o, W, H)
                else:
                    frame = (W, H)
                yield self._dedupe(group), frame, i > 0

        def _read_space_glyphs(self, cid_fonts, chars):
            """A font with no mapped space whose most common unmapped glyph is space-wide
            and frequent: that glyph is the space (the '(cid:3)' of many Distiller files)."""
            params = self.params
            lo, hi = params.space_glyph_width
            per_font = Counter(ch.fontname for ch in chars)
            has_space = {ch.fontname for ch in chars if ch._text == " "}
            for font, unmapped in cid_fonts.items():
                if font in has_space:
                    continue
                counts = Counter(ch._text for ch in unmapped)
                if "(cid:3)" in counts:
                    glyph, n = "(cid:3)", counts["(cid:3)"]
                else:
                    glyph, n = counts.most_common(1)[0]
                    if n < 3 or n < params.space_glyph_share * per_font[font]:
                        continue
                    # glyph 3 is the space in Microsoft's TrueType fonts (after .notdef,
                    # .null and CR); any other code must be frequent and as wide as a space
                    sample = next(ch for ch in unmapped if ch._text == glyph)
                    size = sample.size or 1.0
                    if not lo <= sample.adv / size <= hi:
                        continue
                for ch in unmapped:
                    if ch._text == glyph:
                        ch._text = " "
                self.stats.cid_spaces += n

        def _dedupe(self, chars):
            """The same character drawn again at (nearly) the same place is one character."""
            seen: dict = {}
            out = []
            dropped = 0
            limit = self.params.duplicate_distance
            for ch in chars:
                t = ch._text
                if t == " ":
                    out.append(ch)
                    continue
                x0, y0 = ch.x0, ch.y0
                kx, ky = int(x0 * 2.0), int(y0 * 2.0)
                dup = False
                tol = max(limit * ch.width, 0.25)
                for key in ((t, kx, ky), (t, kx - 1, ky), (t, kx + 1, ky), (t, kx, ky - 1), (t, kx, ky + 1)):
                    other = seen.get(key)
                    if other is not None and abs(other.x0 - x0) <= tol and abs(other.y0 - y0) <= tol:
                        dup = True
                        break
                if dup:
                    dropped += 1
                    continue
                seen[(t, kx, ky)] = ch
                out.append(ch)
            self.stats.duplicates += dropped
            return out

        # -- step 2: lines ------------------------------------------------------------
        def step_lines(self, chars, frame):
            if not chars:
                return []
            container = LTLayoutContainer((0, 0, frame[0], frame[1]))
            lines = [ln for ln in container.group_objects(self.laparams, chars) if not ln.is_empty()]
            lines = self._join_markers(lines)
            for _ in range(3):  # a join may let the line next to it join in turn
                if len(lines) < 2:
                    break
                n = len(lines)
                lines = self._join_wide_gaps(lines)
                if len(lines) == n:
                    break
            return lines

        def _merge(self, parts):
            new = LTTextLineHorizontal(self.laparams.word_margin)
            for k, part in enumerate(parts):
                if k:
                    new._x1 = -1e9  # a space between the pieces
                for o in part._objs:
                    if o.__class__ is LTChar:
                        new.add(o)
            return new

        def _join_wide_gaps(self, lines):
            """Pieces of one line split at a wide gap (justified text in narrow columns,
            words drawn out of order) are joined, when the lines just above or below run
            across the gap: a gutter between columns is empty in the lines around it."""
            params = self.params
            order = sorted(range(len(lines)), key=lambda i: lines[i].y0)
            ys = [lines[i].y0 for i in order]
            groups = []
            cur = [order[0]]
            for i in order[1:]:
                a, b = lines[cur[0]], lines[i]
                h = max(a.height, 1.0)
                if abs(b.y0 - a.y0) <= 0.25 * h and abs(b.height - a.height) <= 0.2 * h:
                    cur.append(i)
                else:
                    groups.append(cur)
                    cur = [i]
            groups.append(cur)
            merged_any = False
            replace: dict = {}
            gone = set()
            for g in groups:
                if len(g) < 2:
                    continue
                g.sort(key=lambda i: lines[i].x0)
                run = [g[0]]
                runs = []
                for i in g[1:]:
                    a, b = lines[run[-1]], lines[i]
                    h = max(a.height, 1.0)
                    gap = b.x0 - a.x1
                    if -0.5 * h <= gap <= params.wide_gap * h and self._crossed(lines, order, ys, a, b, h):
                        run.append(i)
                    else:
                        runs.append(run)
                        run = [i]
                runs.append(run)
                for run in runs:
                    if len(run) > 1:
                        merged_any = True
                        replace[run[0]] = self._merge([lines[i] for i in run])
                        gone.update(run[1:])
            if not merged_any:
                return lines
            return [replace.get(i, ln) for i, ln in enumerate(lines) if i not in gone]

        @staticmethod
        def _crossed(lines, order, ys, a, b, h):
            """Is the gap between ``a`` and ``b`` inside one line of text?

            Yes when the next line down runs across it (justified text). A column gutter
            instead goes on down the page: the next two lines down both have text on
            each side of it. Otherwise (the last lines of a justified paragraph) the line
            above decides."""
            gx0, gx1 = a.x1 + 0.5, b.x0 - 0.5
            lo_x, hi_x = a.x0, b.x1

            def row_below(y):
                k0 = bisect.bisect_left(ys, y - 2.2 * h)
                k1 = bisect.bisect_left(ys, y - 0.25 * h)
                return _row(k0, k1, max)

            def _row(k0, k1, nearest):
                cands = [lines[order[k]] for k in range(k0, k1)]
                cands = [c for c in cands if abs(c.height - h) <= 0.25 * h and c.x1 > lo_x and c.x0 < hi_x]
                if not cands:
                    return None
                y = nearest(c.y0 for c in cands)
                return [c for c in cands if abs(c.y0 - y) <= 0.25 * h]

            def crosses(row):
                return any(c.x0 < gx0 and c.x1 > gx1 for c in row)

            def both_sides(row):
                return (any(c.x1 <= gx1 and c.x1 > lo_x for c in row)
                        and any(c.x0 >= gx0 and c.x0 < hi_x for c in row))

            y = a.y0
            sides = 0
            for _ in range(2):
                row = row_below(y)
                if row is None:
                    break
                if crosses(row):
                    return True
                if not both_sides(row):
                    break
                sides += 1
                y = row[0].y0
            if sides >= 2:
                return False  # a gutter
            k0 = bisect.bisect_right(ys, a.y0 + 0.25 * h)
            k1 = bisect.bisect_right(ys, a.y0 + 2.2 * h)
            above = _row(k0, k1, min)
            # ... a line of the same paragraph: as wide as the two pieces together
            return bool(above) and any(c.x0 < gx0 and c.x1 > gx1 and abs(c.x0 - a.x0) <= h
                                       and c.x1 >= b.x1 - h for c in above)

        def _join_markers(self, lines):
            """A bullet or list number set apart from its text (by a tab) joins that text."""
            markers = []
            for i, ln in enumerate(lines):
                objs = ln._objs
                if len(objs) <= 6:
                    t = "".join(o._text for o in objs).strip()
                    if t and (_MARKER_ONLY.match(t) or t.startswith("(cid:")):
                        markers.append(i)
            if not markers:
                return lines
            reach = self.params.marker_reach
            gone = set()
            for i in markers:
                m = lines[i]
                h = max(m.height, 1.0)
                best, best_d = None, None
                for j, ln in enumerate(lines):
                    if j == i or j in gone or j in markers:
                        continue
                    d = ln.x0 - m.x1
                    if d < -1 or d > reach * max(h, ln.height):
                        continue
                    ov = min(m.y1, ln.y1) - max(m.y0, ln.y0)
                    if ov < 0.4 * min(h, ln.height):
                        continue
                    if best_d is None or d < best_d:
                        best, best_d = j, d
                if best is None:
                    continue
                lines[best] = self._merge([m, lines[best]])
                gone.add(i)
            return [ln for k, ln in enumerate(lines) if k not in gone]

        # -- step 3: boxes ------------------------------------------------------------
        def step_boxes(self, lines, frame):
            if not lines:
                return []
            container = LTLayoutContainer((0, 0, frame[0], frame[1]))
            boxes = list(container.group_textlines(self.laparams, lines))
            for box in boxes:
                box._objs.sort(key=lambda ln: (-ln.y1, ln.x0))
            return boxes

        # -- step 4: reading order ----------------------------------------------------
        def step_order(self, boxes, page, frame, minor):
            if not boxes:
                return
            order = reading_order([(b.x0, b.y0, b.x1, b.y1) for b in boxes], self.params.max_ordered_boxes)
            base = self._boxes
            self._boxes += len(boxes)
            for rank, bi in enumerate(order):
                for ln in boxes[bi]._objs:
                    rec = self._line_record(ln, page.number, base + rank, minor)
                    if rec is not None:
                        page.lines.append(rec)

        def _line_record(self, ln, pageno, box, minor):
            """One pdfminer line -> a Line: its text, size, boldness and first word."""
            parts = []
            sizes: dict = {}
            bold_of = self._bold
            nbold = n = ncid = 0
            first_end = None
            last_x1 = None
            started = False
            lead_cid = False
            space_chars = 0
            single = 0
            for o in ln._objs:
                t = o._text
                if o.__class__ is LTAnno:
                    if started and first_end is None:
                        first_end = last_x1
                    parts.append(" ")
                    continue
                if len(t) > 5 and t.startswith("(cid:"):
                    ncid += 1
                    if not started:
                        lead_cid = True
                    continue
                if t == " ":
                    if started and first_end is None:
                        first_end = last_x1
                    space_chars += 1
                    parts.append(" ")
                    continue
                n += 1
                started = True
                last_x1 = o.x1
                parts.append(t)
                s = round(o.size, 1)
                sizes[s] = sizes.get(s, 0) + 1
                f = o.fontname
                b = bold_of.get(f)
                if b is None:
                    name = str(f).split("+", 1)[-1]
                    b = bold_of[f] = bool(_BOLD.search(name))
                if b:
                    nbold += 1
            if n == 0:
                if ncid:
                    self.stats.cid += ncid
                    self.stats.cid_lines += 1
                return None
            text = "".join(parts)
            if ncid:
                self.stats.cid += ncid
                if ncid > self.params.cid_line_share * (n + ncid):
                    self.stats.cid_lines += 1
                    return None
            text = clean_text(text)
            if not text:
                return None
            words = text.split(" ")
            if len(words) >= 4:
                single = sum(1 for w in words if len(w) == 1 and w.isalpha())
                if single >= self.params.letterspaced_share * len(words):
                    fixed = self._close_up(ln)
                    if fixed:
                        text = fixed
                        self.stats.letterspaced += 1
            if _PUA.search(text):
                # private-use glyphs are icons or bullets; a leading one is a bullet
                lead = bool(_PUA.match(text))
                text = _PUA.sub(" ", text)
                text = clean_text(("• " if lead else "") + text)
                if not text:
                    return None
            size = max(sizes.items(), key=lambda kv: kv[1])[0]
            first_w = (first_end - ln.x0) if first_end is not None else (ln.x1 - ln.x0)
            marker = lead_cid or bool(_MARKER.match(text))
            if lead_cid and not _MARKER.match(text):
                text = "• " + text
            first_char = next(o for o in ln._objs if o.__class__ is LTChar)
            if hasattr(first_char, "_orig"):  # turned upright: the anchor is where it is printed
                bbox = _union([o._orig for o in ln._objs if o.__class__ is LTChar])
            else:
                bbox = (ln.x0, ln.y0, ln.x1, ln.y1)
            return Line(pageno, text, ln.x0, ln.y0, ln.x1, ln.y1, bbox, size, nbold * 2 > n,
                        box, first_w, marker, n, ncid, minor)

        def _close_up(self, ln):
            """Letter-spaced text: words are split at real spaces, or at gaps well above the
            letter gaps; the spaces pdfminer put between letters go."""
            chars = [o for o in ln._objs if o.__class__ is LTChar and not o._text.startswith("(cid:")]
            if len(chars) < 4:
                return None
            has_space = any(c._text == " " for c in chars)
            gaps = []
            prev = None
            for c in chars:
                if c._text == " ":
                    prev = None
                    continue
                if prev is not None:
                    gaps.append(c.x0 - prev.x1)
                prev = c
            if not gaps:
                return None
            gaps_sorted = sorted(gaps)
            median = gaps_sorted[len(gaps_sorted) // 2]
            widths = sorted(c.width for c in chars if c._text != " ")
            if median > 1.5 * widths[len(widths) // 2]:
                return None  # not tracking: real gaps between separate things
            out = []
            prev = None
            cut = max(median * 1.8, median + 0.3 * widths[len(widths) // 2])
            for c in chars:
                t = c._text
                if t == " ":
                    out.append(" ")
                    prev = None
                    continue
                if prev is not None and not has_space and c.x0 - prev.x1 > cut:
                    out.append(" ")
                out.append(t)
                prev = c
            return clean_text("".join(out))

    return _PageReader


_READER = None


def _reader_class():
    global _READER
    if _READER is None:
        _READER = _make_reader_class()
    return _READER


def _turn_upright(chars, orientation, W, H):
    """Move rotated characters into an upright frame, keeping the original box; returns
    the frame's (width, height)."""
    for ch in chars:
        x0, y0, x1, y1 = ch.x0, ch.y0, ch.x1, ch.y1
        ch._orig = (x0, y0, x1, y1)
        if orientation == 90:  # text runs up the page: (x, y) -> (y, W - x)
            box = (y0, W - x1, y1, W - x0)
        elif orientation == 270:  # text runs down the page: (x, y) -> (H - y, x)
            box = (H - y1, x0, H - y0, x1)
        else:  # upside down
            box = (W - x1, H - y1, W - x0, H - y0)
        ch.set_bbox(box)
        ch.size = box[3] - box[1]
    if orientation == 180:
        return (W, H)
    return (H, W)


def reading_order(boxes: list, max_boxes: int = 150) -> list:
    """Indexes of ``boxes`` ((x0, y0, x1, y1), y up) in reading order.

    Breuel's rules ("High performance document layout analysis", 2003): box *a* comes
    before box *b* if (1) they overlap horizontally and *a* is above *b*; or (2) *a* is
    wholly left of *b* and no box whose vertical middle lies between theirs overlaps both
    horizontally. The order is a topological sort of those pairs, taking the highest,
    then leftmost, box that is free at each step. Pages with very many boxes (forms,
    big tables) are read top to bottom, left to right.
    """
    n = len(boxes)
    if n <= 1:
        return list(range(n))
    if n > max_boxes:
        return sorted(range(n), key=lambda i: (-round(boxes[i][3]), boxes[i][0]))
    cy = [(b[1] + b[3]) * 0.5 for b in boxes]
    by_cy = sorted(range(n), key=lambda i: cy[i])
    cys = [cy[i] for i in by_cy]
    succ: list = [[] for _ in range(n)]
    indeg = [0] * n
    for i in range(n):
        ax0, ay0, ax1, ay1 = boxes[i]
        for j in range(i + 1, n):
            bx0, by0, bx1, by1 = boxes[j]
            ov = (ax1 if ax1 < bx1 else bx1) - (ax0 if ax0 > bx0 else bx0)
            if ov > 1.0:
                if cy[i] >= cy[j]:
                    succ[i].append(j)
                    indeg[j] += 1
                else:
                    succ[j].append(i)
                    indeg[i] += 1
                continue
            if ax1 <= bx0 + 1.0:
                left, right = i, j
            else:
                left, right = j, i
            lx1 = boxes[left][2]
            rx0 = boxes[right][0]
            lo, hi = (cy[i], cy[j]) if cy[i] < cy[j] else (cy[j], cy[i])
            blocked = False
            k0 = bisect.bisect_right(cys, lo)
            k1 = bisect.bisect_left(cys, hi)
            for k in range(k0, k1):
                c = boxes[by_cy[k]]
                if c[0] < lx1 and c[2] > rx0:
                    blocked = True
                    break
            if not blocked:
                succ[left].append(right)
                indeg[right] += 1
    heap = [(-boxes[i][3], boxes[i][0], i) for i in range(n) if indeg[i] == 0]
    heapq.heapify(heap)
    done = [False] * n
    out = []
    while len(out) < n:
        if not heap:  # a cycle: break it at the highest remaining box
            i = min((k for k in range(n) if not done[k]), key=lambda k: (-boxes[k][3], boxes[k][0]))
            indeg[i] = 0
            heap.append((-boxes[i][3], boxes[i][0], i))
        _, _, i = heapq.heappop(heap)
        if done[i]:
            continue
        done[i] = True
        out.append(i)
        for j in succ[i]:
            indeg[j] -= 1
            if indeg[j] == 0 and not done[j]:
                heapq.heappush(heap, (-boxes[j][3], boxes[j][0], j))
    return out


# ---------------------------------------------------------------------------------------
# Steps 5-8: the document
# ---------------------------------------------------------------------------------------


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


class Para:
    __slots__ = ("lines", "kind", "level")

    def __init__(self, line):
        self.lines = [line]
        self.kind = "paragraph"
        self.level = None


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def step_paragraphs(lines: list, params: PDFParams, body: float, gap: float) -> list:
    """Join lines into paragraphs (reading order is already set)."""
    paras: list = []
    cur: Optional[Para] = None
    box_right: dict = {}
    for ln in lines:
        key = (ln.page, ln.box)
        if ln.x1 > box_right.get(key, -1e9):
            box_right[key] = ln.x1
    for ln in lines:
        if cur is not None and not _breaks(cur, ln, params, gap, box_right):
            cur.lines.append(ln)
            continue
        cur = Para(ln)
        paras.append(cur)
    return paras


def _breaks(para: Para, ln: Line, params: PDFParams, gap_usual: float, box_right: dict) -> bool:
    """Does ``ln`` start a new paragraph after ``para``?"""
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
    # the line before ended early although the next word would have fitted: a break
    # where it also ended a sentence, or where it is very short and the next line starts
    # with a capital (paragraph composers such as InDesign's leave room at line ends)
    if fits:
        if _ends_sentence(prev.text):
            return True
        width = right - min(prev.x0, ln.x0)
        if room > 0.4 * width and ln.text[:1].isupper():
            return True
    return False


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


_HYPHENS = ("-", "\u2010", "\u00ad")


def para_text(lines: list, counts: Counter) -> str:
    """The paragraph's lines as one text: spaces at line breaks, hyphenated words joined."""
    out = lines[0].text
    for ln in lines[1:]:
        nxt = ln.text
        if not out:
            out = nxt
            continue
        last = out[-1]
        if last in _HYPHENS and len(out) >= 2 and out[-2].isalpha() and nxt[:1].isalpha():
            if last == "\u00ad":
                out = out[:-1] + nxt
                continue
            m = re.search(r"([A-Za-z]+(?:-[A-Za-z]+)*)-$", out.replace("\u2010", "-"))
            left = m.group(1) if m else ""
            m2 = re.match(r"[A-Za-z]+", nxt)
            right = m2.group(0) if m2 else ""
            if left and right and not join_hyphenated(left, right, counts):
                out = out[:-1] + nxt
            else:
                out = out[:-1] + "-" + nxt
            continue
        tail = out.rsplit(" ", 1)[-1]
        if ("://" in tail or tail.startswith("www.")) and last in "/-_.=?&#" and " " not in nxt[:1]:
            out += nxt
            continue
        out += " " + nxt
    return out.replace("\u00ad", "")


# ---------------------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------------------


def read_pages(data: bytes, password: Optional[str], params: PDFParams = PARAMS):
    """Run pdfminer over every page with our page steps; returns (pages, stats)."""
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    document = open_document(data, password)
    if _is_rights_managed(data, document):
        raise ExtractError("encrypted", _IRM_MESSAGE)
    broken = _broken_errors()
    stats = Stats()
    rsrcmgr = PDFResourceManager(caching=True)
    device = _reader_class()(rsrcmgr, params, stats)
    interpreter = PDFPageInterpreter(rsrcmgr, device)
    try:
        page_iter = PDFPage.create_pages(document)
        n = 0
        while True:
            try:
                page = next(page_iter)
            except StopIteration:
                break
            n += 1
            try:
                interpreter.process_page(page)
            except MemoryError:
                raise
            except broken:
                # one bad page does not lose the others
                device._stack = []
                device._fig = []
                p = Page(len(device.pages) + 1, 0, 0)
                p.failed = True
                device.pages.append(p)
                device.pageno += 1
                stats.failed_pages.append(p.number)
    except MemoryError:
        raise
    except broken as exc:
        if not device.pages:
            raise ExtractError("corrupt", _corrupt_message(exc)) from None
        stats.failed_pages.append(len(device.pages) + 1)
    if device.pages and len(stats.failed_pages) >= len(device.pages):
        raise ExtractError("corrupt", "damaged PDF: none of its pages could be read")
    if not device.pages:
        raise ExtractError("corrupt", "the PDF has no pages (damaged or truncated file?)")
    return device.pages, stats


def extract(data: bytes, name: str, options) -> Document:
    params = PARAMS
    pages, stats = read_pages(data, getattr(options, "password", None), params)
    return build_document(pages, stats, name, params)


def _page_list(numbers: list) -> str:
    numbers = sorted(set(numbers))
    if len(numbers) > 8:
        return ", ".join(map(str, numbers[:8])) + f" and {len(numbers) - 8} more"
    return ", ".join(map(str, numbers))


def build_document(pages: list, stats: Stats, name: str, params: PDFParams = PARAMS) -> Document:
    warnings = []
    total_chars = sum(p.nchar for p in pages)
    text_chars = sum(ln.nchar for p in pages for ln in p.lines)
    if text_chars == 0:
        if stats.cid and stats.cid >= 0.5 * max(total_chars, 1):
            doc = Document(path=name, format="pdf")
            doc.warnings.append(
                "the PDF's text layer has no usable text: its fonts map their glyphs to no "
                "letters ('(cid:N)' codes), so nothing was checked. Export it again from the "
                "source document, or OCR it")
            doc.meta["pages"] = len(pages)
            return doc
        raise ExtractError(
            "needs-ocr",
            "no text layer: the pages are images (a scan?) or outlined text, so the PDF needs "
            "OCR (for example with ocrmypdf) before plainlint can check it",
        )
    # a document that is almost all picture with a few stray characters is a scan too
    alnum = sum(sum(c.isalnum() for c in ln.text) for p in pages for ln in p.lines)
    if alnum < 20 and any(p.image_share > 0.5 for p in pages):
        raise ExtractError(
            "needs-ocr",
            "no text layer to speak of: the pages are images (a scan?), so the PDF needs OCR "
            "(for example with ocrmypdf) before plainlint can check it",
        )
    for p in pages:
        if not p.lines and not p.failed and p.image_share > 0.3:
            stats.scanned_pages.append(p.number)

    step_garbage(pages, params, stats)
    kept = step_running(pages, params)
    lines = [ln for p in pages for ln in p.lines if ln.running is None]
    body, body_bold = _body_style(lines)
    gap = _line_gap(lines, body)
    paras = step_paragraphs(lines, params, body, gap)
    # body text is measured per page where the page has enough of it: a merged pack of
    # letters, forms and spreadsheets has no one body size
    styles = {}
    for p in pages:
        mine = [ln for ln in p.lines if ln.running is None]
        if sum(ln.nchar for ln in mine) >= params.page_style_chars:
            size, bold = _body_style(mine)
            # never below the document's: a page of footnotes or a table is not a body size
            styles[p.number] = (size, bold) if size >= body else (body, body_bold)
        else:
            styles[p.number] = (body, body_bold)
    step_classify(paras, params, styles, {p.number: p.height for p in pages})
    paras = step_carry_over(paras)
    for ln in kept:
        hf = Para(ln)
        hf.kind = "header-footer"
        paras.append(hf)

    counts: Counter = Counter()
    for p in pages:
        for ln in p.lines:
            counts.update(w.lower() for w in _WORDS.findall(ln.text))

    b = DocumentBuilder(name, "pdf")
    numbers: Counter = Counter()
    for para in paras:
        first = para.lines[0]
        text = para_text(para.lines, counts)
        kind = para.kind
        if kind == "list-item":
            m = _MARKER.match(text)
            if m and m.end() < len(text):
                text = text[m.end():]
        bbox = _union([ln.bbox for ln in para.lines if ln.page == first.page])
        anchor = {"page": first.page, "bbox": [round(v, 1) for v in bbox]}
        pages_spanned = sorted({ln.page for ln in para.lines})
        if len(pages_spanned) > 1:
            anchor["pages"] = pages_spanned
        if kind == "heading":
            block = b.add_block([text], kind="heading", page=first.page, level=para.level,
                                section=text[:200], anchor=anchor)
            if block is not None:
                b.section = block.section
            continue
        if kind == "header-footer":
            b.add_block([text], kind="header-footer", page=first.page, section=None, anchor=anchor)
            continue
        if kind == "footnote":
            b.add_block([text], kind="footnote", page=first.page, anchor=anchor)
            continue
        numbers[first.page] += 1
        b.add_block([text], kind=kind, page=first.page, paragraph=numbers[first.page], anchor=anchor)
    doc = b.finish()

    if stats.cid >= 20 or stats.cid_spaces >= 20:
        what = []
        if stats.cid_spaces:
            what.append(f"read {stats.cid_spaces} unmapped glyphs as spaces between words")
        if stats.cid:
            what.append(f"left out {stats.cid} unmapped glyphs"
                        + (f" and {stats.cid_lines} lines made of them" if stats.cid_lines else ""))
        warnings.append(
            "the PDF's text layer is damaged: some of its fonts have no letter for their glyphs "
            "(they come out as '(cid:N)' codes); plainlint " + " and ".join(what)
            + ". Findings may miss or misread words: export the PDF again from the source document")
    if stats.duplicates >= 50 and stats.duplicates >= 0.02 * max(stats.chars, 1):
        warnings.append(
            f"the PDF's text layer draws text twice ({stats.duplicates} characters laid over "
            "others); plainlint read each once, but check findings against the page")
    if stats.letterspaced >= 3:
        warnings.append(
            f"the PDF's text layer has letter-spaced text ({stats.letterspaced} lines, e.g. "
            "'T H E'); plainlint closed the letters up, but word breaks may be wrong there")
    if stats.one_letter_pages:
        warnings.append(
            "the PDF's text layer gives one letter per line on page(s) "
            f"{_page_list(stats.one_letter_pages)}; those letters were left out")
    if stats.rotated >= 200:
        warnings.append(f"{stats.rotated} characters are set sideways or upside down; "
                        "plainlint turned them upright to read them")
    if stats.failed_pages:
        warnings.append(f"page(s) {_page_list(stats.failed_pages)} could not be read "
                        "(damaged content) and were not checked")
    if stats.scanned_pages:
        warnings.append(f"page(s) {_page_list(stats.scanned_pages)} have no text layer (scanned "
                        "images?) and were not checked: they need OCR")
    doc.warnings.extend(warnings)
    doc.meta.update({
        "pages": len(pages),
        "running": [ln.text for ln in kept],
        "body_size": body,
    })
    return doc


def _union(boxes: list) -> tuple:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    return (x0, y0, x1, y1)
