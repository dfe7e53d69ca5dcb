"""Steps 5-8 over the whole document, then the Document with its blocks, anchors and
the file's warnings."""

from __future__ import annotations

from collections import Counter

from ...document import Document, DocumentBuilder
from ...errors import ExtractError
from .blocks import step_carry_over, step_classify
from .params import PARAMS, PDFParams
from .paragraphs import _body_style, _line_gap, step_paragraphs
from .records import Para, Stats, _union
from .running import step_garbage, step_running
from .text import _MARKER, _WORDS, page_starts, para_text


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
            # nothing could be checked: an error (exit 2), never a pass (issue 23)
            raise ExtractError(
                "needs-ocr",
                "the PDF's text layer has no usable text: its fonts map their glyphs to no "
                "letters ('(cid:N)' codes), so nothing was checked. Export it again from the "
                "source document, or OCR it")
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
        cut = 0
        if kind == "list-item":
            m = _MARKER.match(text)
            if m and m.end() < len(text):
                text = text[m.end():]
                cut = m.end()
        bbox = _union([ln.bbox for ln in para.lines if ln.page == first.page])
        anchor = {"page": first.page, "bbox": [round(v, 1) for v in bbox]}
        pages_spanned = sorted({ln.page for ln in para.lines})
        if len(pages_spanned) > 1:
            anchor["pages"] = pages_spanned
            anchor["page_starts"] = page_starts(para.lines, counts, cut)
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
