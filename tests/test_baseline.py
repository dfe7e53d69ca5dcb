"""--baseline: matching an earlier JSON report's findings to this run's."""

from __future__ import annotations

import json

import pytest

from plainlint.baseline import Baseline, summary_line
from plainlint.document import Location
from plainlint.engine import FileResult, Finding
from plainlint.errors import ConfigError


def _f(rule, text, line):
    return Finding(rule=rule, category="plain-words", severity="warning", message=f"{rule} {text}",
                   start=0, end=0, text=text, location=Location(line=line, column=1))


def _old(tmp_path, files):
    p = tmp_path / "old.json"
    p.write_text(json.dumps({"version": 1, "files": files, "summary": {}}), encoding="utf-8")
    return Baseline.load(str(p))


def _plain(rule, text, line):
    return {"rule": rule, "text": text, "message": "old wording", "location": {"line": line}}


def test_moved_findings_are_not_new_and_extra_ones_are(tmp_path):
    base = _old(tmp_path, [{"path": "docs/a.md", "score": {"value": 60},
                            "findings": [_plain("jargon", "utilise", 3), _plain("jargon", "Utilise", 9),
                                         _plain("wordy-phrase", "in order to", 12)]}])
    now = FileResult(path="docs/a.md", findings=[
        _f("jargon", "utilise", 30), _f("jargon", "utilise", 40), _f("jargon", "utilise", 50),  # one more
        _f("passive-voice", "was agreed", 5)])  # new rule
    now.score = {"value": 72}
    d = base.compare(now)
    assert d.known and sorted(d.new) == [2, 3]  # the third 'utilise' (by line) and the passive
    assert [f["text"] for f in d.fixed] == ["in order to"]
    assert (d.score_before, d.score_after) == (60.0, 72.0)
    assert d.to_dict() == {"in_baseline": True, "new": 2, "fixed": 1, "score_before": 60.0, "score_after": 72.0}
    line = summary_line([d], "old.json")
    assert "2 new findings" in line and "1 fixed" in line and "score up in 1 document" in line


def test_documents_match_by_file_name_when_the_folder_moved(tmp_path):
    base = _old(tmp_path, [{"path": "/ci/old/checkout/docs/a.md", "findings": [_plain("jargon", "utilise", 1)]}])
    d = base.compare(FileResult(path="docs/a.md", findings=[_f("jargon", "utilise", 1)]))
    assert d.known and d.new == [] and d.fixed == []
    other = base.compare(FileResult(path="docs/b.md", findings=[_f("jargon", "utilise", 1)]))
    assert not other.known and other.new == [0]


@pytest.mark.parametrize("content", ["", "not json", "[]", '{"files": 3}', '{"files": [{"nopath": 1}]}',
                                     '{"files": [{"path": "a", "findings": [1, 2]}]}'])
def test_a_bad_baseline_is_one_clear_error(tmp_path, content):
    p = tmp_path / "old.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        Baseline.load(str(p))
    assert str(p) in str(e.value) and "\n" not in str(e.value)


def test_a_missing_or_odd_baseline_is_one_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        Baseline.load(str(tmp_path / "nope.json"))
    with pytest.raises(ConfigError, match="not a regular file"):
        Baseline.load(str(tmp_path))


def _run(args, cwd):
    import subprocess
    import sys

    p = subprocess.run([sys.executable, "-m", "plainlint", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                       timeout=600)
    return p.returncode, p.stdout, p.stderr


def test_baseline_from_the_command_line(tmp_path):
    """Adopting plainlint on existing documents: a baseline report, then only what is new
    fails the run; JSON marks each finding new or not; the HTML report counts them."""
    doc = tmp_path / "paper.md"
    doc.write_text("# Plan\n\nWe will utilise the grant.\n", encoding="utf-8")
    code, _, _ = _run(["check", doc.name, "--isolated", "--format", "json", "-o", "old.json"], tmp_path)
    assert code == 1  # the old finding fails a run without a baseline

    # nothing new: the run passes, and says so
    code, out, err = _run(["check", doc.name, "--isolated", "--baseline", "old.json"], tmp_path)
    assert code == 0, out + err
    assert "Against the baseline old.json: 0 new findings, 0 fixed" in out

    # a new problem above the old one: only it counts
    doc.write_text("# Plan\n\nWe will leverage partner funding.\n\nWe will utilise the grant.\n", encoding="utf-8")
    code, out, err = _run(["check", doc.name, "--isolated", "--baseline", "old.json", "--format", "json"], tmp_path)
    assert code == 1
    data = json.loads(out)
    f = data["files"][0]
    assert f["baseline"]["new"] == 1 and f["baseline"]["fixed"] == 0 and f["baseline"]["in_baseline"]
    assert {x["text"]: x["new"] for x in f["findings"]} == {"leverage": True, "utilise": False}
    assert "1 new finding," in err  # machine formats keep the line off standard output

    # the old one fixed
    doc.write_text("# Plan\n\nWe will use the grant.\n", encoding="utf-8")
    code, out, _ = _run(["check", doc.name, "--isolated", "--baseline", "old.json", "--format", "html", "-o", "r.html"], tmp_path)
    assert code == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Since the baseline" in page and "0 new" in page and "1 fixed" in page

    # a baseline that is not a report: one line, exit 2
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    code, out, err = _run(["check", doc.name, "--isolated", "--baseline", "bad.json"], tmp_path)
    assert code == 2 and "bad.json" in err and "Traceback" not in err
