"""A document only partly checked says so in every format, and JSON keeps the table cell
and the kind of block where a finding is (issue 23, items 13 and 17)."""

import csv
import io
import json

from conftest import FIXTURES

from plainlint.config import ConfigResolver
from plainlint.engine import all_rules
from plainlint.report import render
from plainlint.runner import collect, RunOptions, run_targets


def _results(paths):
    return run_targets(collect([str(p) for p in paths]), ConfigResolver(isolated=True), RunOptions(keep_text=True))


def test_notes_reach_json_csv_sarif_github_and_text():
    results = _results([FIXTURES / "cid-spaces.pdf"])  # a damaged text layer: read, with a note
    assert results[0].error is None and results[0].warnings
    note = results[0].warnings[0]
    data = json.loads(render("json", results, all_rules(), {}))
    assert data["files"][0]["notes"] == [note]
    rows = list(csv.reader(io.StringIO(render("csv", results, all_rules(), {}).lstrip("\ufeff"))))
    assert any(r[9] == "note" and r[11] == note for r in rows[1:])
    assert note[:40] in render("sarif", results, all_rules(), {})
    assert note[:40] in render("github", results, all_rules(), {})
    assert note[:40] in render("text", results, all_rules(), {})


def test_unreadable_text_layer_fails_the_run(run_cli):
    code, out, err = run_cli("check", FIXTURES / "cid-garbage.pdf", "--isolated", "--format", "json")
    assert code == 2
    assert json.loads(out)["files"][0]["error"]["kind"] == "needs-ocr"


def test_json_keeps_table_cell_and_block_kind():
    results = _results([FIXTURES / "board-paper.docx"])
    data = json.loads(render("json", results, all_rules(), {}))
    locs = [f["location"] for f in data["files"][0]["findings"]]
    assert all("table" in loc and "kind" in loc for loc in locs)
    in_cells = [loc for loc in locs if loc["table"]]
    assert in_cells and all(len(loc["table"]) == 3 for loc in in_cells)
    texts = [f for f, r in zip(results[0].findings, locs) if r["table"]]
    assert all(f.location.table == tuple(r["table"]) for f, r in zip(texts, in_cells))
