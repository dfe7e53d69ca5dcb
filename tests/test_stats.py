"""``plainlint stats``: figures per file and per section, the five hardest sentences with
where they are, JSON, several files, errors, and the co-production ladder line."""

from __future__ import annotations

import json

import pytest

from plainlint.engine import FileResult
from plainlint.report.stats import render_stats

PAPER = """\
# Carers strategy 2025 to 2030

## Summary

We want carers to get help early. We will ask carers what works for them. We will check how we are doing every year.

## Background

The number of people providing unpaid care in the county has risen by a fifth since the last census, and many of them are older people caring for a partner with dementia.

Carers told us that they often do not know where to turn for help, that assessments take too long and that respite is hard to arrange at short notice.

| Measure | Now |
| --- | --- |
| Carers' assessments completed within 28 days | 61% |

## Governance and accountability

Implementation of the strategy will be overseen by the Carers Partnership Board, which will report to the Health and Wellbeing Board annually, with performance monitored against the outcomes framework set out in the appendix.

Consequently, organisational accountability arrangements necessitate comprehensive multidisciplinary collaboration between commissioning organisations.

- Quarterly performance reports
- Annual review of the action plan.
"""

SECTIONS = ["Summary", "Background", "Governance and accountability"]


@pytest.fixture
def paper(tmp_path):
    p = tmp_path / "carers.md"
    p.write_text(PAPER, encoding="utf-8")
    return p


def _line_of(text: str) -> int:
    """1-based line of PAPER where ``text`` starts."""
    return PAPER[: PAPER.index(text)].count("\n") + 1


def _column_of(text: str) -> int:
    i = PAPER.index(text)
    return i - (PAPER.rfind("\n", 0, i) + 1) + 1


def test_stats_text_has_figures_sections_and_hardest(run_cli, paper):
    code, out, err = run_cli("stats", paper, "--isolated", "--select", "readability")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"{paper}  (Carers strategy 2025 to 2030)"
    for label in ("words (all text)", "prose sentences", "words per sentence", "Flesch reading ease",
                  "Flesch-Kincaid grade", "reading age (grade + 5)", "SMOG", "Gunning fog",
                  "% words of 3+ syllables", "% sentences with a passive"):
        assert any(line.strip().startswith(label) for line in lines), label
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("section "))
    rows = [line.strip() for line in lines[header + 1: header + 4]]
    assert [r[: len(s)] for r, s in zip(rows, SECTIONS)] == SECTIONS
    assert "Hardest sentences:" in out
    hardest = [line for line in lines if line.strip()[:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert len(hardest) == 5
    first = hardest[0]
    assert first.strip().startswith("1. reading age ") and "Governance and accountability" in first


def test_stats_json_shape_and_locations(run_cli, paper):
    code, out, err = run_cli("stats", paper, "--isolated", "--select", "readability", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["version"] == 1
    [f] = data["files"]
    assert f["path"] == str(paper) and f["error"] is None and f["format"] == "markdown"
    assert f["title"] == "Carers strategy 2025 to 2030"
    m = f["metrics"]
    for key in ("words", "sentences", "prose_words", "prose_sentences", "words_per_sentence",
                "flesch_reading_ease", "flesch_kincaid_grade", "smog", "gunning_fog", "reading_age",
                "percent_polysyllabic", "percent_passive"):
        assert key in m, key
    # headings, the table and the list fragment are words of the document but not prose sentences
    assert m["prose_sentences"] == 8 and m["sentences"] == 17
    assert m["words"] > m["prose_words"]
    assert m["reading_age"] == round(m["flesch_kincaid_grade"] + 5)

    assert [s["section"] for s in f["sections"]] == SECTIONS
    assert [s["location"]["line"] for s in f["sections"]] == [_line_of(f"## {t}") for t in SECTIONS]
    assert sum(s["prose_sentences"] for s in f["sections"]) == m["prose_sentences"]
    assert [s["prose_sentences"] for s in f["sections"]] == [3, 2, 3]

    hardest = f["hardest"]
    assert len(hardest) == 5
    grades = [h["grade"] for h in hardest]
    assert grades == sorted(grades, reverse=True)
    for h in hardest:
        assert h["location"]["line"] == _line_of(h["text"][:40]), h["text"]
        assert h["location"]["column"] == _column_of(h["text"][:40])
        assert h["reading_age"] == int(h["grade"] + 5.5)
        assert h["words"] >= 8
    assert hardest[0]["text"].startswith("Consequently, organisational accountability")
    assert hardest[0]["location"]["section"] == "Governance and accountability"
    # the one list item that is a full sentence can be among them; fragments never are
    assert not any(h["text"].startswith(("Quarterly", "Carers' assessments")) for h in hardest)


def test_stats_several_files_and_one_unreadable(run_cli, paper, tmp_path):
    other = tmp_path / "note.txt"
    other.write_text("We will meet residents in every town. We will listen to what they say.\n", encoding="utf-8")
    missing = tmp_path / "missing.md"
    code, out, err = run_cli("stats", paper, other, missing, "--isolated", "--select", "readability")
    assert code == 2
    assert f"{missing}: " in err
    lines = out.splitlines()
    assert lines[0] == "Files"
    assert lines[1].split()[:3] == ["file", "words", "sent"]
    assert lines[2].startswith(f"  {str(paper)[-40:]}"[:10]) or str(paper.name) in lines[2]
    assert other.name in lines[3]
    assert f"{paper}  (Carers strategy 2025 to 2030)" in out
    assert str(other) in out


def test_stats_always_computes_figures_whatever_is_selected(run_cli, paper):
    code, out, err = run_cli("stats", paper, "--isolated", "--select", "plain-words", "--format", "json")
    assert code == 0, err
    m = json.loads(out)["files"][0]["metrics"]
    assert m["reading_age"] is not None and m["flesch_reading_ease"] is not None


def test_stats_reads_standard_input(run_cli):
    code, out, err = run_cli("stats", "-", "--stdin-filename", "draft.md", "--isolated", "--select", "readability", "--format", "json",
                             input=PAPER.encode("utf-8"))
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert f["path"] == "draft.md" and f["format"] == "markdown"
    assert [s["section"] for s in f["sections"]] == SECTIONS


def test_check_json_metrics_carry_every_readability_figure(run_cli, paper):
    code, out, err = run_cli("check", paper, "--isolated", "--select", "readability", "--format", "json")
    assert code in (0, 1), err
    m = json.loads(out)["files"][0]["metrics"]
    assert set(m) >= {"words", "sentences", "words_per_sentence", "flesch_reading_ease", "flesch_kincaid_grade",
                      "smog", "gunning_fog", "reading_age", "percent_polysyllabic", "percent_passive"}
    assert "title" not in m  # only stats adds the title


def test_ladder_line_only_when_the_metric_exists():
    base = {"words": 10, "sentences": 2, "reading_age": 12}
    with_ladder = FileResult(path="a.md", format="markdown",
                             metrics=dict(base, ladder={"informing": 3, "consulting": 5, "engaging": 1,
                                                        "co-designing": 0, "co-producing": 2}))
    without = FileResult(path="b.md", format="markdown", metrics=dict(base))
    text = render_stats([with_ladder])
    assert ("  co-production ladder        informing 3, consulting 5, engaging 1, co-designing 0, "
            "co-producing 2 (sentences per rung)") in text.splitlines()
    assert "ladder" not in render_stats([without])
    data = json.loads(render_stats([with_ladder], "json"))
    assert data["files"][0]["metrics"]["ladder"]["consulting"] == 5


def test_stats_text_for_a_document_with_no_prose():
    r = FileResult(path="empty.md", format="markdown", metrics={"words": 0, "sentences": 0},
                   warnings=["no text to check"])
    text = render_stats([r])
    assert "empty.md" in text and "note: no text to check" in text


@pytest.mark.corpus
@pytest.mark.slow
def test_stats_over_the_corpus_markdown(run_cli):
    from conftest import CORPUS

    docs = sorted((CORPUS / "real").glob("*.md"))
    assert docs
    code, out, err = run_cli("stats", *docs, "--isolated", "--select", "readability", "--format", "json")
    assert code == 0, err
    files = json.loads(out)["files"]
    assert len(files) == len(docs)
    for f in files:
        m = f["metrics"]
        assert 10 <= m["reading_age"] <= 25, (f["path"], m["reading_age"])
        assert m["prose_sentences"] > 50
        assert len(f["hardest"]) == 5
        for h in f["hardest"]:
            assert h["words"] >= 8 and h["location"]["line"] >= 1


@pytest.mark.parametrize("markdown,title", [
    # a level-2 heading far into the document is a section: the short first line is the title
    ("The Leeds Plan\n\n" + "Some words here.\n\n" * 30 + "## part of a range of groups\n\nMore.\n",
     "The Leeds Plan"),
    # a title with its subtitle on the next line loses the colon
    ("# Shared research strategy:\n\n2020 to 2030\n\nText.\n", "Shared research strategy"),
    # web addresses and contact lines are never the title
    ("## jsna.example.gov.uk\n\n## Jo Bloggs, jo@example.gov.uk\n\n## Rapid review\n\nText.\n", "Rapid review"),
])
def test_document_title_skips_what_is_not_a_title(markdown, title):
    from plainlint.analysis import analyse
    from plainlint.extract import extract
    from plainlint.metrics import document_title

    assert document_title(analyse(extract(markdown.encode(), "draft.md"))) == title
