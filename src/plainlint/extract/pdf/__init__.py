"""PDF read as a person reads it, through pdfminer.six's layout analysis.

The package is laid out like pdfminer's own ``layout.py``: one parameters class
(:class:`PDFParams` in ``params``, every knob with its unit), a nesting of types (char ->
line -> box -> page -> paragraph, in ``records``) and named steps, each turning one type
into the next; :func:`extract` runs them in order:

step 0, ``opening``: the file opened, or one clear error (below). Every compressed stream
pdfminer reads is inflated within a budget (``inflate``: at most ``max_stream_mb`` per
stream and ``max_inflated_mb`` per document, else "too large when decompressed").

per page, while pdfminer interprets the page (``page.PageReader``, the only module that
imports pdfminer at its top, imported when a PDF is read):

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
   both lies between them; ``order.reading_order``), so two and three columns read
   column by column, with a title across the top read first. Each line becomes a :class:`Line` record.

per document, once every page is read (``assemble.build_document``):

5. ``running``: running headers and footers (text repeated at the top or bottom of the
   page on most pages, numbers allowed to change) and page numbers are dropped; each
   distinct running text is kept once, as a block of kind ``header-footer`` (``running``).
6. ``garbage``: lines of unmapped glyph codes and pages of one-letter lines are dropped,
   with a warning for the file (``running``).
7. ``paragraphs``: lines joined into paragraphs across line, column and page breaks
   (font size, boldness, spacing, indents, a line that ended early, a list marker);
   words hyphenated at a line end are joined (``paragraphs``; :func:`join_hyphenated` in
   ``text``).
8. ``blocks``: each paragraph classified as ``heading`` (short, larger or bolder than the
   body text, measured from the characters' font sizes), ``list-item`` (starts with a
   bullet or list number) or ``paragraph``, with its page, its number on the page, the
   nearest heading as section and ``anchor = {"page": n, "bbox": [x0, y0, x1, y1]}`` (PDF
   points, origin bottom left) (``blocks``, ``assemble``).

Errors: a PDF that needs a password, one protected by Microsoft rights management, one
with no text layer (needs OCR) and a corrupt one each end in one :class:`ExtractError`.
pdfminer's log messages are silenced (they are noise to a writer).
"""

from __future__ import annotations

import logging

from .order import reading_order
from .params import PARAMS, PDFParams
from .text import clean_text, join_hyphenated

#: this package as an input format (read by plainlint.extract without importing it)
FORMAT = {"name": "pdf", "suffixes": [".pdf"], "label": "PDF"}

__all__ = ["PARAMS", "PDFParams", "clean_text", "extract", "join_hyphenated", "reading_order"]

# pdfminer reports every odd font and broken xref through ``logging``; with no handler
# configured Python prints WARNING and above to standard error. Quieten it unless the
# caller has set a level for it themselves.
_pdfminer_log = logging.getLogger("pdfminer")
if _pdfminer_log.level == logging.NOTSET:
    _pdfminer_log.setLevel(logging.CRITICAL + 1)


def refuse(data: bytes, sniffed) -> None:
    """Refuse bytes that are not a PDF though named so."""
    from ...errors import ExtractError

    if not data:
        raise ExtractError("corrupt", "empty file (0 bytes)")
    if sniffed != "pdf":
        raise ExtractError("not-a-document", "not a PDF (no %PDF header)")


def extract(data: bytes, name: str, options):
    """Read the PDF bytes ``data`` into a Document: steps 0-4 per page, then 5-8."""
    from .assemble import build_document
    from .page import read_pages  # imports pdfminer

    params = PARAMS
    pages, stats = read_pages(data, getattr(options, "password", None), params)
    return build_document(pages, stats, name, params)
