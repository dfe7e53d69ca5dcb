"""PDF extraction (src/plainlint/extract/pdf/) on fixtures made by fixtures/make_pdf_fixtures.py.

Pins the extracted text, reading order, block kinds, pages, sections and anchors, and the
clear errors and warnings for PDFs that cannot be read faithfully.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections import Counter

import pytest

from plainlint.api import lint_file
from plainlint.config import Config
from plainlint.errors import ExtractError
from plainlint.extract import ExtractOptions, extract

from conftest import FIXTURES

import pdfminer  # noqa: F401  (a core dependency: its absence is a failure, not a skip)


def read(name: str, password=None):
    path = FIXTURES / name
    return extract(path.read_bytes(), str(path), ExtractOptions(password=password))


def blocks(doc, kind=None):
    return [(b, doc.text[b.start:b.end]) for b in doc.blocks if kind is None or b.kind == kind]


@pytest.fixture(scope="module")
def board():
    return read("board-paper.pdf")


# -- the board paper: four pages, running header and footer, two columns ----------------

BOARD_BODY = [
    ("heading", 1, "Improving community health services"),
    ("heading", 1, "1. Purpose of this report"),
    ("paragraph", 1, "This report asks the Board to agree a new way of running community health "
                     "services across Kent and Medway. It follows a year of work with residents, "
                     "carers and staff."),
    ("paragraph", 1, "The Board set up a working group in 2024. Each partner organisation named a "
                     "lead officer, and the group agreed to work by co-production with people who "
                     "use community services, from the first meeting to the final recommendations."),
    ("paragraph", 1, "The group found three main problems:"),
    ("list-item", 1, "Waiting times for district nursing have grown since 2022."),
    ("list-item", 1, "Many residents do not know which service to call out of hours."),
    ("list-item", 1, "Staff said that paperwork takes time away from patients."),
    ("heading", 2, "2. What people told us"),
    ("paragraph", 2, "We held twelve meetings in libraries, community centres and GP surgeries. "
                     "People told us that they want one number to call and a named worker who "
                     "knows them."),
    ("paragraph", 2, "Carers said that they often repeat their story to each new worker they meet, "
                     "and that this is tiring when they are already looking after someone who is "
                     "unwell. They asked for shared records, so that a nurse, a social worker and a "
                     "GP can see the same notes and the same care plan without asking the family "
                     "again and again. Staff agreed, and said that shared records would also save "
                     "them time."),
    ("paragraph", 2, "Young people asked for services that work by text message and online chat, "
                     "as well as by telephone, and for appointments after school."),
    ("paragraph", 2, "The full notes of every meeting are in the appendix to this report, with the "
                     "numbers of people who came to each one."),
    ("heading", 3, "3. Background"),
    ("paragraph", 3, "Community nursing teams currently utilise three different record systems, and "
                     "staff copy the same details from one to another. Moving to one shared system "
                     "would free about two hours of nursing time in every working day."),
    ("paragraph", 3, "The shared system is already in use in two neighbourhoods. Early results show "
                     "fewer missed visits and shorter waits for equipment."),
    ("heading", 4, "4. Recommendations"),
    ("paragraph", 4, "The Board is asked to:"),
    ("list-item", 4, "Agree the new model of community services set out in this report."),
    ("list-item", 4, "Ask officers to bring a costed plan to the Board in June 2025."),
    ("paragraph", 4, "The Board will receive a report on progress every six months. Residents who "
                     "took part will be invited to the first of these meetings."),
    ("footnote", 4, "1 Survey of 400 residents carried out for the Board in autumn 2024."),
]


def test_board_paper_text_kinds_and_pages_in_reading_order(board):
    body = [(b.kind, b.page, t) for b, t in blocks(board) if b.kind != "header-footer"]
    assert body == BOARD_BODY
    assert board.meta["pages"] == 4
    assert board.warnings == []


def test_running_headers_footers_and_page_numbers_are_not_prose(board):
    # "Page N of 4" is gone everywhere; each running text is kept once, as header-footer
    assert not re.search(r"Page \d|\bof 4\b", board.text)
    hf = [(b.page, t) for b, t in blocks(board, "header-footer")]
    assert hf == [
        (1, "Kent and Medway Health and Wellbeing Board"),
        (1, "Public report"),
        (1, "Board paper: community services, March 2025"),
    ]
    counts = Counter(t for _, t in blocks(board))
    assert counts["Kent and Medway Health and Wellbeing Board"] == 1
    # the running texts are last and belong to no section
    assert all(b.section is None for b, _ in blocks(board, "header-footer"))
    assert [b.kind for b in board.blocks[-3:]] == ["header-footer"] * 3


def test_hyphenated_words_joined_and_real_hyphens_kept(board):
    assert "organisation" in board.text and "organ-" not in board.text
    assert "co-production" in board.text and "coproduction" not in board.text


def test_two_columns_read_column_by_column_and_paragraph_carries_over(board):
    page2 = [t for b, t in blocks(board) if b.page == 2 and b.kind == "paragraph"]
    assert page2[0].startswith("We held twelve meetings")
    # the paragraph that runs from the foot of the left column to the top of the right one
    assert "without asking the family again and again. Staff agreed" in page2[1]
    assert page2[2].startswith("Young people asked")
    assert page2[3].startswith("The full notes")  # the full-width note below both columns


def test_sections_levels_paragraph_numbers_and_anchors(board):
    by_text = {t: b for b, t in blocks(board)}
    title = by_text["Improving community health services"]
    h1 = by_text["1. Purpose of this report"]
    assert title.level == 1 and h1.level == 2
    utilise = next(b for b, t in blocks(board) if "utilise" in t)
    assert utilise.section == "3. Background"
    assert utilise.page == 3 and utilise.paragraph == 1
    assert utilise.anchor["page"] == 3
    x0, y0, x1, y1 = utilise.anchor["bbox"]
    assert 70 <= x0 < x1 <= 525 and 600 < y0 < y1 < 720  # PDF points, origin bottom left
    joined = next(b for b, t in blocks(board) if t.startswith("Carers said"))
    assert joined.anchor["bbox"][2] > 500  # spans both columns
    footnote = by_text["1 Survey of 400 residents carried out for the Board in autumn 2024."]
    assert footnote.kind == "footnote" and footnote.section == "4. Recommendations"
    loc = board.locate(utilise.start + 30)
    assert (loc.page, loc.paragraph, loc.section) == (3, 1, "3. Background")


def test_jargon_on_page_3_is_reported_on_page_3_with_its_section():
    result = lint_file(str(FIXTURES / "board-paper.pdf"), Config(select=["jargon"]))
    assert result.error is None
    found = [f for f in result.findings if f.text.lower() == "utilise"]
    assert len(found) == 1
    loc = found[0].location
    assert loc.page == 3
    assert loc.section == "3. Background"
    assert loc.paragraph == 1
    assert loc.line is None  # a PDF has no source lines
    assert "page 3" in loc.describe() and "3. Background" in loc.describe()


# -- hyphenation rule ---------------------------------------------------------------------


@pytest.mark.parametrize("left,right,keep", [
    ("organ", "isation", False),          # a word broken by the line: join
    ("recom", "mendations", False),
    ("co", "production", True),           # known compound
    ("well", "being", True),
    ("non", "executive", True),           # prefix that takes a hyphen, real word after it
    ("self", "ish", False),               # ... but not before a suffix
    ("multi", "ple", False),              # ... nor before a fragment
    ("pre", "COVID", True),               # capital after the break
    ("Covid", "19", True),                # digit after the break
    ("face-to", "face", True),            # already hyphenated
    ("pre", "and", True),                 # "pre- and post-school"
    ("with", "out", False),               # closed compound broken at its seam
])
def test_join_hyphenated_rule(left, right, keep):
    from plainlint.extract.pdf import join_hyphenated

    assert join_hyphenated(left, right, Counter()) is keep


def test_join_hyphenated_follows_the_documents_own_spelling():
    from plainlint.extract.pdf import join_hyphenated

    assert join_hyphenated("care", "giver", Counter({"care-giver": 3})) is True
    assert join_hyphenated("care", "giver", Counter({"caregiver": 2, "care-giver": 1})) is False
    assert join_hyphenated("co", "ordinate", Counter({"coordinate": 4})) is False


def test_reading_order_two_columns_title_and_spanning_figure():
    from plainlint.extract.pdf import reading_order

    # (x0, y0, x1, y1) with y up: a title, two columns cut by a full-width figure
    boxes = [
        (300, 500, 500, 600),   # 0 right column, upper part
        (50, 700, 500, 750),    # 1 title across both columns
        (50, 300, 250, 400),    # 2 left column, below the figure
        (50, 500, 250, 650),    # 3 left column, upper part
        (50, 420, 500, 480),    # 4 figure across both columns
        (300, 300, 500, 400),   # 5 right column, below the figure
        (50, 400 - 1, 250, 300 - 50),  # 6 left column, last box
    ]
    assert reading_order(boxes) == [1, 3, 0, 4, 2, 6, 5]


# -- errors and warnings ------------------------------------------------------------------


def test_password_needed_then_given():
    with pytest.raises(ExtractError) as err:
        read("password-secret.pdf")
    assert err.value.kind == "needs-password" and "--password" in err.value.message
    with pytest.raises(ExtractError) as err:
        read("password-secret.pdf", password="wrong")
    assert err.value.kind == "needs-password" and "--password" in err.value.message
    doc = read("password-secret.pdf", password="secret")
    assert "This paper is protected with a password." in doc.text


def test_empty_user_password_is_read_even_with_another_password_given():
    expected = "This paper opens without a password, but its owner has restricted printing and copying."
    assert expected in read("empty-user-password.pdf").text
    assert expected in read("empty-user-password.pdf", password="for-another-file").text


def test_password_through_config_and_lint_file():
    path = str(FIXTURES / "password-secret.pdf")
    result = lint_file(path, Config())
    assert result.error["kind"] == "needs-password"
    result = lint_file(path, Config(password="secret"))
    assert result.error is None and result.metrics["words"] > 5


def test_scan_without_text_layer_needs_ocr():
    with pytest.raises(ExtractError) as err:
        read("scanned.pdf")
    assert err.value.kind == "needs-ocr" and "OCR" in err.value.message


def test_rights_managed_pdf_is_a_clear_error():
    with pytest.raises(ExtractError) as err:
        read("rights-managed.pdf")
    assert err.value.kind == "encrypted" and "rights-managed" in err.value.message


def test_unmapped_space_glyph_read_as_space_with_a_warning():
    doc = read("cid-spaces.pdf")
    assert doc.text == ("Community teams utilise three record systems and copy the same details "
                        "between them, which takes time away from the people they visit.")
    assert len(doc.warnings) == 1 and "(cid:N)" in doc.warnings[0]


def test_garbage_text_layer_is_an_error_not_a_pass():
    # nothing could be checked: one clear error (exit 2), never "no findings" (issue 23 item 13)
    with pytest.raises(ExtractError) as err:
        read("cid-garbage.pdf")
    assert err.value.kind == "needs-ocr" and "no usable text" in err.value.message
    result = lint_file(str(FIXTURES / "cid-garbage.pdf"), Config())
    assert result.error["kind"] == "needs-ocr" and result.findings == []


def test_letter_spaced_and_doubled_text_read_once_with_a_warning():
    doc = read("letterspaced-twice.pdf")
    assert [t for _, t in blocks(doc)] == [
        "OUTCOMES FOR CHILDREN",
        "Most children in the county start school ready to learn, and more of them reach the "
        "expected level in reading than five years ago.",
        "Fewer young people are out of work or training.",
    ]
    assert any("twice" in w for w in doc.warnings)


def test_sideways_table_turned_upright():
    doc = read("rotated.pdf")
    texts = [t for _, t in blocks(doc)]
    assert texts[0] == "Table 2: Visits by district"
    assert "District Ashford Dartford Swale" in texts
    assert "Visits rose in most districts over the year." in texts
    # the anchor is where the text is printed: a tall, narrow box on the portrait page
    x0, y0, x1, y1 = doc.blocks[0].anchor["bbox"]
    assert y1 - y0 > x1 - x0


def test_truncated_and_corrupt_files_end_in_one_clear_error():
    data = (FIXTURES / "board-paper.pdf").read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        try:
            doc = extract(data[:cut], "cut.pdf", ExtractOptions())
        except ExtractError as exc:
            assert exc.kind == "corrupt" and exc.message
        else:  # pdfminer recovered what it could: fine, as a Document
            assert doc.format == "pdf"
    with pytest.raises(ExtractError) as err:
        extract(b"%PDF-1.7\n" + bytes(range(256)) * 20, "junk.pdf", ExtractOptions())
    assert err.value.kind == "corrupt"
    with pytest.raises(ExtractError) as err:
        extract(b"", "empty.pdf", ExtractOptions())
    assert err.value.kind == "corrupt" and "0 bytes" in err.value.message


def test_a_time_limit_gets_through_the_page_loop(monkeypatch):
    """Per-file time limits raise a BaseException inside extraction; it must not be
    swallowed by the reader's per-page error handling."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    class Stop(BaseException):
        pass

    def boom(self, page):
        raise Stop()

    monkeypatch.setattr(PDFPageInterpreter, "process_page", boom)
    with pytest.raises(Stop):
        read("board-paper.pdf")


def test_pdfminer_log_messages_do_not_reach_the_terminal(tmp_path, run_cli):
    import plainlint.extract.pdf  # noqa: F401 - sets the level

    assert logging.getLogger("pdfminer").getEffectiveLevel() > logging.CRITICAL
    data = (FIXTURES / "board-paper.pdf").read_bytes()
    broken = tmp_path / "broken-xref.pdf"
    broken.write_bytes(data.replace(b"startxref", b"startxref\n999999\n%", 1))
    code, out, err = run_cli("check", "--isolated", broken)
    assert "WARNING" not in err and "pdfminer" not in err.lower() and "Traceback" not in err
    assert code in (0, 1, 2)


def test_reading_a_pdf_imports_pdfminer_only_then():
    code = ("import sys, plainlint.extract, plainlint.api; assert 'pdfminer' not in sys.modules; "
            "from plainlint.extract import extract; "
            f"extract(open({str(FIXTURES / 'cid-spaces.pdf')!r}, 'rb').read(), 'x.pdf'); "
            "assert 'pdfminer' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


# -- hostile PDFs built here: recursive graphs, deep nesting, a parser that spins -----------


def _writer():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdf_fixtures", FIXTURES / "make_pdf_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # imports only io, zlib, pathlib at the top
    return module.write_pdf


_FONT = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"
_PAGE = (b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
         b"/Resources<</Font<</F1 5 0 R>>/XObject<</X 6 0 R>>>>>>")


def _outcome(data):
    try:
        return extract(data, "hostile.pdf", ExtractOptions())
    except ExtractError as exc:
        return exc


def test_form_that_draws_itself_and_page_tree_cycle_end_quickly():
    write_pdf = _writer()
    selfref = write_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>", _PAGE,
        (b"<<>>", b"BT /F1 12 Tf 72 700 Td (Hello there) Tj ET /X Do"), _FONT,
        (b"<</Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>"
         b"/XObject<</X 6 0 R>>>>>>", b"BT /F1 12 Tf 72 600 Td (again) Tj ET /X Do"),
    ])
    cycle = write_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R 2 0 R]/Count 2>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
        (b"<<>>", b"BT /F1 12 Tf 72 700 Td (Hello there) Tj ET"), _FONT,
    ])
    for data in (selfref, cycle):
        out = _outcome(data)
        assert isinstance(out, ExtractError) or out.text.startswith("Hello there")


def test_deeply_nested_forms_and_objects_end_as_a_document_or_clear_error():
    write_pdf = _writer()
    n = 3000
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>", _PAGE,
            (b"<<>>", b"BT /F1 12 Tf 72 700 Td (Top text) Tj ET /X Do"), _FONT]
    for i in range(n):
        res = (b"<</Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>"
               b"/XObject<</X %d 0 R>>>>>>" % (7 + i))
        objs.append((res, b"/X Do" if i < n - 1 else b"BT /F1 12 Tf 72 600 Td (deep) Tj ET"))
    nested = [b"<</Type/Catalog/Pages 2 0 R/Junk " + b"[" * 50000 + b"]" * 50000 + b">>",
              *objs[1:5]]
    for data in (write_pdf(objs), write_pdf(nested)):
        out = _outcome(data)
        assert isinstance(out, ExtractError) and out.kind == "corrupt" or "Top text" in out.text


def test_a_content_stream_that_spins_is_stopped_by_the_time_limit():
    from plainlint.runner import FileTimeout, _can_alarm, time_limit

    if not _can_alarm():
        pytest.skip("no SIGALRM here")
    write_pdf = _writer()
    spin = b"BT /F1 1 Tf " + b"1 0 0 1 10 10 Tm (ab) Tj\n" * 400000 + b"ET"  # 10 MB, 25 KB zipped
    data = write_pdf([b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
                      _PAGE.replace(b"/XObject<</X 6 0 R>>", b""), (b"<<>>", spin), _FONT])
    assert len(data) < 100_000
    import time

    started = time.monotonic()
    with pytest.raises(FileTimeout):
        with time_limit(0.5):
            extract(data, "spin.pdf", ExtractOptions())
    assert time.monotonic() - started < 3


def test_columns_straight_under_a_wide_paragraph_stay_apart_and_justified_cells_join():
    doc = read("columns-justified.pdf")
    texts = [t for _, t in blocks(doc)]
    assert texts[0] == ("This page has a paragraph across the whole page, then two columns that "
                        "start straight under it, then a small table whose narrow cells are set "
                        "justified.")
    left = ("The left column tells the first part of the story. Its lines sit level with the "
            "lines of the right column, with a narrow gutter between them, and a reader "
            "finishes this column before starting the next one.")
    right = ("The right column tells the second part. A reader comes here only after the left "
             "column has ended, so its first line must not be joined to the first line on the left.")
    assert texts[1] == left
    assert right in texts
    # narrow justified cells: the words spread across each line are one line again
    assert "Each partner agrees to share its records with the others" in texts
    assert "Officers will report on the progress made to the Board" in texts
    assert len(texts) == 5


def _lines_pdf(lines):
    """A one-page PDF of these lines in Helvetica 11 (an empty string: a blank line)."""
    write_pdf = _writer()
    ops = b"BT /F1 11 Tf 14.5 TL 72 760 Td "
    for ln in lines:
        if ln:
            ops += b"(" + ln.encode("latin-1") + b") Tj "
        ops += b"T* "
    return write_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
        (b"<<>>", ops + b"ET"), b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"])


def test_heading_line_and_list_after_a_colon_are_not_run_into_sentences():
    # issue 17: a heading in body type with no full stop above its sentence, and a list after a
    # colon one item a line with no markers, read as units; a wrapped sentence is still one
    # (our own text)
    doc = extract(_lines_pdf([
        "Helping older residents stay active through our leisure centres",
        "An active town is a place where older people can get out and meet",
        "friends, take part in walking groups and dance classes, and work with",
        "Healthwatch and the council on what the town offers them.", "",
        "The plan has three aims for the county:",
        "Better care at home for older people and those who look after them",
        "Fewer stays in hospital for people who could be cared for nearer home",
        "More support for carers and families who give their time for free", "",
        "The board agreed the plan."]), "x.pdf", ExtractOptions())
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts == [
        "Helping older residents stay active through our leisure centres",
        "An active town is a place where older people can get out and meet friends, take part in walking "
        "groups and dance classes, and work with Healthwatch and the council on what the town offers them.",
        "The plan has three aims for the county:",
        "Better care at home for older people and those who look after them",
        "Fewer stays in hospital for people who could be cared for nearer home",
        "More support for carers and families who give their time for free",
        "The board agreed the plan."], texts


def test_label_above_a_title_and_a_narrow_column_is_no_list():
    # 'Case study:' (a label, not body text ending with a colon) then a title and a text wrapped
    # in a narrow column whose lines start with a name: one paragraph, not items (our own text)
    doc = extract(_lines_pdf([
        "Case study:", "", "The Lung Health Check", "",
        "The trial paid for by the Northern Cancer",
        "Charity checks whether scans for those",
        "most at risk find the illness sooner."]), "x.pdf", ExtractOptions())
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts[-1] == ("The trial paid for by the Northern Cancer Charity checks whether scans for those "
                         "most at risk find the illness sooner."), texts
