"""The PDF reader's parameters: every knob, with its unit."""

from __future__ import annotations

from dataclasses import dataclass


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

    # -- streams (inflate.py): decompressed piece by piece, refused as "too large when
    # decompressed" beyond these (a 5 MB compression bomb inflated to 5 GB before) --
    max_stream_mb: float = 64.0  # MB: one stream once inflated (content, font, object stream)
    max_inflated_mb: float = 256.0  # MB: all the streams read from one document together

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
