"""`plainlint acronyms`: the document's table of abbreviations, as text, Markdown, CSV and JSON."""

import csv
import io
import json

from plainlint.analysis import analyse
from plainlint.checks.acronyms.table import FileTable, render, table_rows
from plainlint.extract import extract

PAPER = """# Plan

The JSNA was refreshed. The Integrated Care Board (ICB) met. The ICB agreed.

The ICB and the PCN leads met the QZX panel.

## Glossary

QZX – Quality Zone Executive
"""


def _rows(text, fmt="markdown"):
    doc = extract(text.encode(), "paper.md" if fmt == "markdown" else "paper.txt", {}, fmt=fmt)
    return {r.abbreviation: r for r in table_rows(analyse(doc))}


def test_each_row_says_what_it_means_where_it_is_first_used_and_spelled_out():
    rows = _rows(PAPER)
    assert set(rows) == {"JSNA", "ICB", "PCN", "QZX"}
    icb = rows["ICB"]
    assert (icb.meaning, icb.source, icb.uses) == ("Integrated Care Board", "document", 3)
    assert icb.first_use.startswith("line 3") and icb.defined.startswith("line 3")
    jsna = rows["JSNA"]
    assert (jsna.meaning, jsna.source, jsna.defined) == ("joint strategic needs assessment", "plainlint", "")
    pcn = rows["PCN"]
    assert pcn.other_meanings == ["penalty charge notice"]  # the glossary knows two meanings: both shown
    qzx = rows["QZX"]
    assert (qzx.meaning, qzx.source) == ("Quality Zone Executive", "document-glossary")
    assert qzx.first_use.startswith("line 5") and qzx.defined.startswith("line 9")


def test_unknown_meaning_is_said_so():
    rows = _rows("The XQV board met twice. The XQV agreed.\n", fmt="text")
    assert rows["XQV"].meaning == "" and rows["XQV"].source == "unknown" and rows["XQV"].uses == 2
    assert "(unknown)" in render([FileTable("p.txt", list(rows.values()))], "text")


def test_two_meanings_in_one_document_are_both_shown():
    rows = _rows("The Inner City Partnership (ICP) met.\n\nLater the Integrated Care Partnership (ICP) met. "
                 "The ICP agreed. The ICP will report.\n", fmt="text")
    assert rows["ICP"].meaning == "Inner City Partnership"
    assert rows["ICP"].other_meanings == ["Integrated Care Partnership"]


def test_markdown_is_a_table_ready_to_paste():
    out = render([FileTable("paper.md", list(_rows(PAPER).values()))], "markdown")
    lines = [x for x in out.splitlines() if x.startswith("|")]
    assert lines[0].startswith("| Abbreviation | Meaning |")
    assert len(lines) == 2 + 4
    # alphabetical, as a glossary is
    assert [x.split("|")[1].strip() for x in lines[2:]] == ["ICB", "JSNA", "PCN", "QZX"]


def test_order_by_first_use():
    out = render([FileTable("paper.md", list(_rows(PAPER).values()))], "markdown", order="first-use")
    lines = [x for x in out.splitlines() if x.startswith("|")]
    assert [x.split("|")[1].strip() for x in lines[2:]] == ["JSNA", "ICB", "PCN", "QZX"]


def test_csv_and_json_carry_the_same_rows():
    rows = list(_rows(PAPER).values())
    text = render([FileTable("paper.md", rows)], "csv")
    assert text.startswith("\ufeff")
    got = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert {r["abbreviation"] for r in got} == {"ICB", "JSNA", "PCN", "QZX"}
    assert next(r for r in got if r["abbreviation"] == "JSNA")["defined"] == ""
    data = json.loads(render([FileTable("paper.md", rows), FileTable("bad.pdf", error={"kind": "corrupt",
                                                                                       "message": "broken"})], "json"))
    assert data["version"] == 1
    assert [f["path"] for f in data["files"]] == ["paper.md", "bad.pdf"]
    icb = next(a for a in data["files"][0]["abbreviations"] if a["abbreviation"] == "ICB")
    assert icb == {"abbreviation": "ICB", "meaning": "Integrated Care Board", "source": "document",
                   "first_use": icb["first_use"], "defined": icb["defined"], "uses": 3, "other_meanings": []}
    assert data["files"][1]["error"]["kind"] == "corrupt"


def test_csv_cell_never_runs_as_a_formula():
    from plainlint.checks.acronyms.table import Row

    row = Row("ABC", "=HYPERLINK(1)", "document", "line 1", "line 1", 2)
    assert ",'=HYPERLINK(1)," in render([FileTable("p.md", [row])], "csv")


def test_cli_table_and_bad_file(run_cli, tmp_path):
    good = tmp_path / "paper.md"
    good.write_text(PAPER, encoding="utf-8")
    missing = tmp_path / "missing.md"
    code, out, err = run_cli("acronyms", "--isolated", "--format", "markdown", good, missing)
    assert code == 2
    assert "| ICB | Integrated Care Board |" in out
    assert "missing.md" in err and err.count("\n") == 1
    code, out, err = run_cli("acronyms", "--isolated", good)
    assert code == 0, err
    assert "ICB" in out and "Integrated Care Board" in out


def test_cli_never_writes_to_an_input(run_cli, tmp_path):
    good = tmp_path / "paper.md"
    good.write_text(PAPER, encoding="utf-8")
    code, out, err = run_cli("acronyms", "--isolated", "-o", good, good)
    assert code == 2 and "never writes" in err
    assert good.read_text(encoding="utf-8") == PAPER
    target = tmp_path / "glossary.csv"
    code, out, err = run_cli("acronyms", "--isolated", "--format", "csv", "-o", target, good)
    assert code == 0 and out == ""
    assert "Integrated Care Board" in target.read_text(encoding="utf-8-sig")
