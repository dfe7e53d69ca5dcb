"""The Word extractor: what is read, what is not, where each block is, and the way back to runs.

``fixtures/board-paper.docx`` is made by ``fixtures/make_docx_fixtures.py``; the comments
there say which paragraph holds which feature. Small one-feature documents are built here.
"""

import io
import json
import subprocess
import sys
import zipfile

import pytest

from conftest import FIXTURES
from plainlint.api import lint_file
from plainlint.config import Config
from plainlint.errors import ExtractError
from plainlint.extract import ExtractOptions, extract
from plainlint.extract import docx as dx

PAPER = FIXTURES / "board-paper.docx"
STRICT = FIXTURES / "board-paper-strict.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# (kind, paragraph, table, section, text) for every block of the board paper, in order
EXPECTED = [
    ("heading", 1, None, "Health and Wellbeing Board", "Health and Wellbeing Board"),
    ("heading", 2, None, "Purpose of the report", "Purpose of the report"),
    ("paragraph", 3, None, "Purpose of the report", "This report asks the board to agree the new strategy."),
    ("paragraph", 4, None, "Purpose of the report", "Read the full strategy on the council website."),
    ("paragraph", 5, None, "Purpose of the report",
     "The board meets on 12 March 2025 at County Hall in room 4, see page 3 and the agenda."),
    ("heading", 6, None, "Background", "Background"),
    ("list-item", 7, None, "Background", "We will utilise the new funding."),
    ("list-item", 8, None, "Background", "Partners agreed the plan."),
    ("paragraph", 9, None, "Background", "The board agreed the plan in March."),
    ("paragraph", 10, None, "Background", "The first half of this sentence joins the second half."),
    ("paragraph", 11, None, "Background", "The chart below shows the trend."),
    ("paragraph", 11, None, "Background", "Text box: we must leverage our assets."),
    ("paragraph", 11, None, "Background", "Shape text: partners will co-produce the plan."),
    ("paragraph", 12, None, "Background", "Contact: Jane Smith\nPublic Health  Room 2"),
    ("heading", 13, None, "Recommendations", "Recommendations"),
    ("caption", 14, None, "Recommendations", "Table 1: Actions"),
    ("table-cell", 15, (1, 1, 1), "Recommendations", "Action"),
    ("table-cell", 16, (1, 1, 2), "Recommendations", "Owner"),
    ("table-cell", 17, (1, 1, 3), "Recommendations", "Notes"),
    ("table-cell", 18, (1, 2, 1), "Recommendations", "Review the plan"),
    ("table-cell", 19, (1, 2, 2), "Recommendations", "Director of Public Health"),
    ("table-cell", 20, (1, 2, 3), "Recommendations", "We will utilise existing staff."),
    ("table-cell", 21, (1, 2, 3), "Recommendations", "No new posts are needed."),
    ("table-cell", 22, (1, 3, 1), "Recommendations", "Report back"),
    ("table-cell", 23, (1, 3, 2), "Recommendations", "Two parts:"),
    ("table-cell", 24, (2, 1, 1), "Recommendations", "Nested cell one"),
    ("table-cell", 25, (2, 2, 1), "Recommendations", "Nested cell two"),
    ("table-cell", 26, (1, 3, 3), "Recommendations", "Done"),
    ("paragraph", 27, None, "Recommendations", "The board is asked to note this report."),
    ("heading", 28, None, "Appendix", "Appendix"),
    ("paragraph", 29, None, "Appendix", "See the endnote for the source of the figures."),
    ("paragraph", 30, None, "Appendix", "Comments are not read."),
    ("quote", 31, None, "Appendix", "\u201cWe want to be heard,\u201d said one resident."),
    ("footnote", 3, None, "Purpose of the report", "The strategy will utilise the 2024 needs assessment."),
    ("footnote", 29, None, "Appendix", "Figures are provisional until the annual report."),
    ("header-footer", None, None, None, "West Sussex Health and Wellbeing Board"),
    ("header-footer", None, None, None, "Page 1"),
]


@pytest.fixture(scope="module")
def paper():
    return extract(PAPER.read_bytes(), str(PAPER))


def rows(doc):
    return [(b.kind, b.paragraph, b.table, b.section, doc.text[b.start:b.end]) for b in doc.blocks]


def block_with(doc, text):
    hits = [b for b in doc.blocks if text in doc.text[b.start:b.end]]
    assert len(hits) == 1, (text, hits)
    return hits[0]


# --------------------------------------------------------------------------- what is read
def test_every_block_in_document_order_with_its_location(paper):
    assert rows(paper) == EXPECTED
    assert paper.format == "docx"
    assert paper.meta["paragraphs"] == 31 and paper.meta["tables"] == 2


def test_heading_levels_from_style_name_custom_style_outline_and_own_outline(paper):
    levels = {paper.text[b.start:b.end]: b.level for b in paper.blocks if b.kind == "heading"}
    # Title -> 1; "heading 1" -> 1; custom "Board Heading" with outline level 2 -> 2;
    # a Normal paragraph with its own outline level 1 -> 1
    assert levels == {"Health and Wellbeing Board": 1, "Purpose of the report": 1, "Background": 2,
                      "Recommendations": 1, "Appendix": 1}


def test_tracked_changes_read_as_accepted(paper):
    text = paper.text
    assert "The board agreed the plan in March." in text  # w:ins and w:moveTo in
    for gone in ("noted", "January", "This whole paragraph was deleted", "Deleted row text"):
        assert gone not in text  # w:del, w:moveFrom, deleted paragraph, deleted row out
    # the deleted paragraph mark joins the two halves into one block (one paragraph)
    b = block_with(paper, "joins the second half")
    assert paper.text[b.start:b.end] == "The first half of this sentence joins the second half."
    assert len(b.anchor["paragraphs"]) == 2


def test_field_results_read_and_field_codes_never(paper):
    b = block_with(paper, "The board meets")
    text = paper.text[b.start:b.end]
    assert "room 4" in text and "page 3" in text and "the agenda" in text
    for code in ("PAGEREF", "MERGEFIELD", "DOCPROPERTY", "utilise_synergy", "leverage \\h", "_Ref"):
        assert code not in paper.text


def test_text_boxes_read_once_beside_their_paragraph(paper):
    assert paper.text.count("Text box: we must leverage our assets.") == 1  # not again from the VML fallback
    assert paper.text.count("Shape text: partners will co-produce the plan.") == 1  # VML-only shape
    box = block_with(paper, "Text box:")
    assert box.paragraph == 11 and box.anchor["part"] == "word/document.xml"


def test_hyperlink_smart_tag_and_content_controls_read(paper):
    assert "on the council website." in paper.text  # hyperlink text
    assert "12 March 2025 at County Hall" in paper.text  # smart tag, inline content control
    assert block_with(paper, "asked to note").kind == "paragraph"  # block content control


def test_comments_and_hidden_text_not_read(paper):
    assert "plainer words" not in paper.text
    assert "hidden drafting note" not in paper.text


def test_headers_repeated_across_sections_read_once_and_footer_field_result(paper):
    hf = [paper.text[b.start:b.end] for b in paper.blocks if b.kind == "header-footer"]
    assert hf == ["West Sussex Health and Wellbeing Board", "Page 1"]
    # the two sections really have two header parts with the same text
    z = zipfile.ZipFile(PAPER)
    headers = [n for n in z.namelist() if n.startswith("word/header")]
    assert len(headers) == 2


def test_notes_carry_the_citing_paragraph_and_section(paper):
    foot = block_with(paper, "2024 needs assessment")
    assert (foot.kind, foot.paragraph, foot.section) == ("footnote", 3, "Purpose of the report")
    assert foot.anchor["part"] == "word/footnotes.xml" and foot.anchor["ref"]
    end = block_with(paper, "provisional")
    assert (end.kind, end.paragraph, end.section) == ("footnote", 29, "Appendix")
    assert end.anchor["part"] == "word/endnotes.xml"


def test_tabs_breaks_and_symbol_font_glyphs(paper):
    b = block_with(paper, "Contact:")
    assert paper.text[b.start:b.end] == "Contact: Jane Smith\nPublic Health  Room 2"


def test_strict_open_xml_reads_like_transitional(paper):
    strict = extract(STRICT.read_bytes(), str(STRICT))
    assert rows(strict) == rows(paper)
    assert strict.meta["strict"] is True and paper.meta["strict"] is False
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in zipfile.ZipFile(STRICT).read("word/document.xml")


# --------------------------------------------------------------------------- findings
def test_findings_name_table_cell_section_and_paragraph():
    result = lint_file(str(PAPER), Config(select=["jargon"]))
    assert result.error is None
    found = sorted((f.text, f.location.kind, f.location.paragraph, f.location.table, f.location.section)
                   for f in result.findings)
    assert found == sorted([
        ("utilise", "list-item", 7, None, "Background"),
        ("leverage", "paragraph", 11, None, "Background"),
        ("utilise", "table-cell", 20, (1, 2, 3), "Recommendations"),
        ("utilise", "footnote", 3, None, "Purpose of the report"),
    ])  # nothing from the comment, the field codes or deleted text
    cell = next(f for f in result.findings if f.location.table)
    assert cell.location.describe() == 'table 1 row 2 cell 3 (in "Recommendations")'


def test_json_output_for_a_docx(run_cli):
    code, out, err = run_cli("check", PAPER, "--format", "json", "--select", "jargon", "--isolated")
    assert code == 1, err
    data = json.loads(out)
    (f,) = [f for f in data["files"][0]["findings"] if f["location"]["paragraph"] == 20]
    assert f["text"] == "utilise"
    assert f["location"]["section"] == "Recommendations"
    assert f["location"]["line"] is None and f["location"]["page"] is None


# --------------------------------------------------------------------------- anchors and runs
def _run_text(r_el):
    return "".join(dx.run_child_text(c) or "" for c in r_el if isinstance(c.tag, str)
                   and c.tag != f"{{{W}}}rPr")


def test_anchor_paths_lead_to_the_runs_that_hold_the_text(paper):
    z = zipfile.ZipFile(PAPER)
    roots = {}
    for b in paper.blocks:
        a = b.anchor
        assert json.loads(json.dumps(a)) == a  # plain and JSON-able
        root = roots.setdefault(a["part"], dx.parse_xml(z.read(a["part"]), a["part"]))
        btext = paper.text[b.start:b.end]
        for path, s, e in a["runs"]:
            el = root
            for i in path:
                el = [c for c in el if isinstance(c.tag, str)][i]
            assert el.tag == f"{{{W}}}r"
            got = _run_text(el)
            assert len(got) == e - s
            # the block's text was trimmed: a run may reach past either end of it
            lo, hi = max(s, 0), min(e, len(btext))
            assert got[lo - s:hi - s] == btext[lo:hi]
            assert not got[:lo - s].strip() and not got[hi - s:].strip()
        for path in a["paragraphs"]:
            el = root
            for i in path:
                el = [c for c in el if isinstance(c.tag, str)][i]
            assert el.tag == f"{{{W}}}p"


def test_span_runs_maps_offsets_to_run_characters(paper):
    b = block_with(paper, "We will utilise existing staff.")
    text = paper.text[b.start:b.end]
    s = text.index("utilise")
    ((path, a, z),) = dx.span_runs(b.anchor, s, s + len("utilise"))
    assert (a, z) == (8, 15)  # characters 8-15 of the cell's single run
    b2 = block_with(paper, "The board agreed the plan")
    text2 = paper.text[b2.start:b2.end]
    s2 = text2.index("board agreed the")
    spans = dx.span_runs(b2.anchor, s2, s2 + len("board agreed the"))
    assert [(z - a) for _, a, z in spans] == [len("board "), len("agreed"), len(" the")]


def _commented_text(docx_bytes):
    """{comment id: the body text between its range start and end}"""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(docx_bytes)).read("word/document.xml"))
    open_ids, texts = {}, {}
    for el in root.iter():
        if el.tag == f"{{{W}}}commentRangeStart":
            open_ids[el.get(f"{{{W}}}id")] = []
        elif el.tag == f"{{{W}}}commentRangeEnd":
            texts[el.get(f"{{{W}}}id")] = "".join(open_ids.pop(el.get(f"{{{W}}}id")))
        elif el.tag == f"{{{W}}}t":
            for v in open_ids.values():
                v.append(el.text or "")
    return texts


def test_run_locator_anchors_comments_on_exactly_the_words(paper):
    import docx

    data = PAPER.read_bytes()
    result = lint_file(str(PAPER), Config(select=["jargon", "passive-voice"]))
    word = dx.open_docx(data)
    locator = dx.RunLocator(word, paper)  # before any change
    wanted = {}
    for f in result.findings:
        if f.location.kind == "footnote":
            continue
        runs = locator.runs_for(f.start, f.end)
        assert "".join(r.text for r in runs) == f.text
        c = word.add_comment(runs, text=f.message, author="plainlint")
        wanted[str(c.comment_id)] = f.text
    assert len(wanted) >= 5
    out = io.BytesIO()
    word.save(out)
    got = _commented_text(out.getvalue())
    assert {k: got[k] for k in wanted} == wanted
    # text and locations unchanged by the split runs and comment marks
    again = extract(out.getvalue(), "annotated.docx")
    assert rows(again) == rows(paper)
    assert len(docx.Document(io.BytesIO(out.getvalue())).comments) == 1 + len(wanted)


def test_two_findings_in_one_run_both_anchor_exactly(paper):
    b = block_with(paper, "Director of Public Health")
    word = dx.open_docx(PAPER.read_bytes())
    loc = dx.RunLocator(word, paper)
    text = paper.text[b.start:b.end]
    later = loc.runs(b.anchor, text.index("Public"), text.index("Public") + 6)  # ask for the later one first
    first = loc.runs(b.anchor, 0, 8)
    assert [r.text for r in later] == ["Public"] and [r.text for r in first] == ["Director"]
    whole = loc.runs(b.anchor, 0, len(text))
    assert "".join(r.text for r in whole) == text


def test_runs_for_span_one_off_and_footnote_falls_back_to_its_reference(paper):
    data = PAPER.read_bytes()
    b = block_with(paper, "We will utilise the new funding.")
    runs = dx.runs_for_span(data, b.anchor, 8, 15)
    assert [r.text for r in runs] == ["utilise"]
    foot = block_with(paper, "2024 needs assessment")
    ref_runs = dx.runs_for_span(dx.open_docx(data), foot.anchor, 0, 5)
    assert len(ref_runs) == 1
    assert ref_runs[0]._r.find(f"{{{W}}}footnoteReference") is not None


def test_split_run_keeps_formatting_and_text():
    from lxml import etree

    r = etree.fromstring(f'<w:r xmlns:w="{W}"><w:rPr><w:b/></w:rPr><w:t>Hello</w:t><w:tab/>'
                         '<w:t>world</w:t></w:r>')
    parent = etree.Element("p")
    parent.append(r)
    right = dx.split_run(r, 3)
    assert _run_text(r) == "Hel" and _run_text(right) == "lo world"
    assert right.find(f"{{{W}}}rPr/{{{W}}}b") is not None
    assert dx.split_run(r, 0) is None and dx.split_run(r, 3) is None  # at the edges: nothing to do
    right2 = dx.split_run(right, 3)  # exactly at the tab
    assert _run_text(right) == "lo " and _run_text(right2) == "world"


def test_open_docx_refuses_strict_for_writing():
    with pytest.raises(ExtractError) as e:
        dx.open_docx(STRICT.read_bytes())
    assert "Save As" in e.value.message and "Strict" in e.value.message


# --------------------------------------------------------------------------- small documents
def make_docx(body: str, extra: dict | None = None, document: str | None = None) -> bytes:
    """A minimal .docx: body XML inside w:body, and any extra parts {name: bytes}."""
    doc = document or (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" '
                       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                       f"<w:body>{body}</w:body></w:document>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": doc,
    }
    parts.update(extra or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def P(text, ppr=""):
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def test_unfinished_field_code_does_not_swallow_the_rest():
    body = ('<w:p><w:r><w:t>Before </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText>BROKEN</w:instrText></w:r></w:p>' + P("After the broken field."))
    doc = extract(make_docx(body), "x.docx")
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["Before", "After the broken field."]


def test_nested_fields_show_only_the_outer_result():
    body = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 7 "yes" "no"</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>yes</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    doc = extract(make_docx(body), "x.docx")
    assert doc.text == "yes"


def test_unknown_mc_choice_falls_back():
    body = ('<w:p><w:r><w:t>Tick </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="w16se">'
            '<w:t>NEVER</w:t></mc:Choice><mc:Fallback><w:t>here</w:t></mc:Fallback>'
            '</mc:AlternateContent></w:r></w:p>')
    assert extract(make_docx(body), "x.docx").text == "Tick here"


def test_row_and_cell_content_controls_and_deleted_cells():
    tc = lambda t: f"<w:tc>{P(t)}</w:tc>"  # noqa: E731
    body = ("<w:tbl><w:sdt><w:sdtContent><w:tr>" + tc("a") + "<w:sdt><w:sdtContent>" + tc("b")
            + "</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt><w:tr>"
            + "<w:tc><w:tcPr><w:cellDel w:id=\"1\" w:author=\"x\"/></w:tcPr>" + P("gone") + "</w:tc>"
            + tc("c") + "</w:tr></w:tbl>")
    doc = extract(make_docx(body), "x.docx")
    assert [(doc.text[b.start:b.end], b.table) for b in doc.blocks] == [
        ("a", (1, 1, 1)), ("b", (1, 1, 2)), ("c", (1, 2, 1))]


def test_no_styles_part_and_empty_document_are_fine():
    assert extract(make_docx(""), "x.docx").blocks == []
    doc = extract(make_docx(P("Hello.", '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>')), "x.docx")
    assert doc.blocks[0].kind == "paragraph"  # unknown style id without styles.xml: body text


# --------------------------------------------------------------------------- refusals
def test_password_protected_ole_container_refused():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    with pytest.raises(ExtractError) as e:
        extract(ole, "secret.docx")
    assert e.value.kind == "encrypted" and "password" in e.value.message


def test_truncated_file_refused_clearly():
    data = PAPER.read_bytes()
    for cut in (data[: len(data) // 2], data[:30], data[:-200]):
        with pytest.raises(ExtractError) as e:
            extract(cut, "cut.docx")
        assert e.value.kind == "corrupt"
        assert "truncated" in e.value.message or "damaged" in e.value.message


def test_damaged_part_refused_clearly():
    good = make_docx(P("x"))
    # flip bytes inside the compressed document part
    i = good.index(b"word/document.xml") + 40
    bad = good[:i] + bytes(b ^ 0x5A for b in good[i:i + 30]) + good[i + 30:]
    with pytest.raises(ExtractError) as e:
        extract(bad, "bad.docx")
    assert e.value.kind == "corrupt"


def test_malformed_xml_refused_clearly():
    with pytest.raises(ExtractError) as e:
        extract(make_docx("", document="<w:document><w:body><w:p></w:document>"), "x.docx")
    assert e.value.kind == "corrupt" and "word/document.xml is not well-formed XML" in e.value.message


def test_zip_without_word_document_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ExtractError) as e:
        extract(buf.getvalue(), "x.docx")
    assert e.value.kind == "not-a-document" and "word/document.xml" in e.value.message
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ExtractError) as e:
        extract(buf.getvalue(), "x.docx")
    assert "Excel workbook" in e.value.message


def test_wrong_root_element_refused():
    with pytest.raises(ExtractError) as e:
        extract(make_docx("", document=f'<w:settings xmlns:w="{W}"/>'), "x.docx")
    assert e.value.kind == "not-a-document"


def test_refusals_reach_the_user_as_one_error(tmp_path):
    bad = tmp_path / "cut.docx"
    bad.write_bytes(PAPER.read_bytes()[:5000])
    result = lint_file(str(bad))
    assert result.error["kind"] == "corrupt" and result.findings == []


# --------------------------------------------------------------------------- cost
def test_module_imports_no_heavy_library():
    code = ("import sys, plainlint.extract.docx; "
            "bad = [m for m in ('lxml', 'docx', 'pdfminer') if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_options_limits_are_used():
    tiny = ExtractOptions(max_unzipped_bytes=10_000)
    with pytest.raises(ExtractError) as e:
        extract(PAPER.read_bytes(), "p.docx", tiny)
    assert "zip bomb" in e.value.message and "max-unzipped-mb" in e.value.message
