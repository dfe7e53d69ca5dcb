"""Steps 1-4, one page at a time inside pdfminer's interpreter: chars, lines, boxes,
reading order (see the package docstring). Imported only when a PDF is read: it is the
only module here that imports pdfminer at the top."""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Optional

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LAParams, LTAnno, LTChar, LTLayoutContainer, LTTextLineHorizontal
from pdfminer.utils import apply_matrix_pt, mult_matrix

from ...errors import ExtractError
from . import inflate
from .opening import _IRM_MESSAGE, _broken_errors, _corrupt_message, _is_rights_managed, open_document
from .order import reading_order
from .params import PARAMS, PDFParams
from .records import Line, Page, Stats, _union
from .text import _BOLD, _MARKER, _MARKER_ONLY, _PUA, clean_text

inflate.install()  # every stream pdfminer decodes is inflated within a budget


class PageReader(PDFLayoutAnalyzer):
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


def read_pages(data: bytes, password: Optional[str], params: PDFParams = PARAMS):
    """Run pdfminer over every page with our page steps; returns (pages, stats). Every
    stream is inflated within ``params``' limits (``inflate``)."""
    with inflate.budget(params.max_stream_mb, params.max_inflated_mb):
        return _read_pages(data, password, params)


def _read_pages(data: bytes, password: Optional[str], params: PDFParams):
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    document = open_document(data, password)
    if _is_rights_managed(data, document):
        raise ExtractError("encrypted", _IRM_MESSAGE)
    broken = _broken_errors()
    stats = Stats()
    rsrcmgr = PDFResourceManager(caching=True)
    device = PageReader(rsrcmgr, params, stats)
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
