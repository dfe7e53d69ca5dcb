"""Findings about the whole document sit on its title or opening prose, never on a table
cell that happens to come first; prose too short to rate gets no reading age anywhere
(issue 23 item 17)."""

from __future__ import annotations

import json


from plainlint.api import check_text, lint_file
from plainlint.config import Config

# our own hard sentences (about 60 words a round; three rounds are over min-words = 100)
HARD = ("The implementation of the transformational integrated commissioning framework necessitates "
        "comprehensive organisational restructuring, incorporating multidisciplinary collaborative "
        "governance arrangements. Notwithstanding considerable financial uncertainty, the "
        "partnership's strategic prioritisation methodology facilitates evidence-based "
        "decision-making regarding preventative interventions. Consequently, stakeholders "
        "anticipate substantial improvements in population health outcomes, particularly "
        "regarding socioeconomic inequalities. ")
ACRONYMS = "The ABC, DEF, GHI, JKL, MNO and PQR met the STU and VWX about the XYZ. "


def _doc_level(result):
    found = [f for f in result.findings if f.document_level]
    assert found, [f.rule for f in result.findings]
    return found


def test_markdown_starting_with_a_table():
    text = "| Item | Owner |\n|---|---|\n| Budget | Finance |\n\n# Commissioning plan\n\n" + HARD * 4 + ACRONYMS * 3
    r = check_text(text, Config(select=["reading-age", "acronym-density"]), fmt="markdown")
    rules = set()
    for f in _doc_level(r):
        rules.add(f.rule)
        assert f.location.table is None and f.location.kind == "heading", f.location
        assert f.location.line == 5 and f.location.section == "Commissioning plan"
    assert rules == {"reading-age", "acronym-density"}


def test_markdown_table_then_prose_without_a_title():
    text = "| Item | Owner |\n|---|---|\n| Budget | Finance |\n\n" + HARD * 3
    r = check_text(text, Config(select=["reading-age"]), fmt="markdown")
    (f,) = _doc_level(r)
    assert f.location.table is None and f.location.kind == "paragraph" and f.location.line == 5


def test_word_file_starting_with_a_table(tmp_path):
    import docx
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Item", "Owner"
    t.cell(1, 0).text, t.cell(1, 1).text = "Budget", "Finance"
    d.add_heading("Commissioning plan", level=1)
    for _ in range(3):
        d.add_paragraph(HARD)
    p = tmp_path / "table-first.docx"
    d.save(str(p))
    r = lint_file(str(p), Config(select=["reading-age"]))
    (f,) = _doc_level(r)
    assert f.location.table is None, f.location
    assert f.location.kind == "heading" and f.location.section == "Commissioning plan"


def test_annotate_comments_the_title_not_the_table(tmp_path):
    import docx
    from plainlint.annotate import annotate_file

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Item", "Owner"
    d.add_paragraph("Commissioning plan")
    for _ in range(3):
        d.add_paragraph(HARD)
    src, out = tmp_path / "in.docx", tmp_path / "out.docx"
    d.save(str(src))
    annotate_file(str(src), str(out), Config(select=["reading-age"]))
    import zipfile

    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    table_end = body.index("</w:tbl>")
    first_mark = body.index("commentRangeStart")
    assert first_mark > table_end  # the comment starts after the table, on the prose


def test_twelve_words_of_prose_get_no_reading_age(tmp_path, run_cli):
    p = tmp_path / "short.md"
    p.write_text("# Plan\n\nThe implementation of the transformational framework necessitates "
                 "comprehensive organisational restructuring today.\n", encoding="utf-8")
    r = lint_file(str(p), Config())
    assert r.metrics["prose_words"] == 11
    for key in ("reading_age", "flesch_kincaid_grade", "flesch_reading_ease", "smog", "gunning_fog"):
        assert r.metrics[key] is None, key
    assert "reading_age" not in (r.score or {}).get("parts", {})
    _code, out, _err = run_cli("stats", str(p), "--isolated", "--format", "json")
    f = json.loads(out)["files"][0]
    assert f["metrics"]["reading_age"] is None and f["hardest"] == []
    assert all(s["reading_age"] is None for s in f["sections"])
    text = run_cli("stats", str(p), "--isolated")[1]
    assert "reading age (grade + 5)     -" in text and "Hardest sentences" not in text


def test_the_rule_option_decides_what_is_too_short(tmp_path):
    p = tmp_path / "short.md"
    p.write_text("# Plan\n\nThe implementation of the transformational framework necessitates "
                 "comprehensive organisational restructuring today.\n", encoding="utf-8")
    r = lint_file(str(p), Config(rule_options={"reading-age": {"min-words": 5}}))
    assert isinstance(r.metrics["reading_age"], int)
    long_enough = check_text(HARD * 3, Config())
    assert isinstance(long_enough.metrics["reading_age"], int)
