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
