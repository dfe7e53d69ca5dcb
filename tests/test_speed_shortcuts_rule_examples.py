"""Issue 15's speed shortcut in loading the rule files: a shipped rule file read from the wheel's built copy
keeps its must-fire and must-not-fire records as they are (``engine._Unread``) and makes them into Examples
when ``Rule.must_fire`` or ``must_not_fire`` is first read (the tests, ``plainlint explain``, the docs; never a
check): some 2,100 records, about 4 ms of every start. Shown here: a check reads none of them; once read they
are exactly the Examples the checkout's TOML gives, checked record by record; a rule sent to a worker
(pickled) before or after they are read gives the same; a rule file of the checkout or a writer's own is read
whole at once, as before (its bad example an error at load)."""

from __future__ import annotations

import pickle

import pytest
from test_speed_shortcuts_records import ROOT, built_all  # noqa: F401 (the fixture)

from plainlint import engine, resources
from plainlint.api import check_text
from plainlint.config import Config
from plainlint.errors import RuleFileError


def _unread(rule) -> list:
    return [k for k in ("_must_fire", "_must_not_fire") if isinstance(rule.__dict__[k], engine._Unread)]


def test_a_check_reads_no_example_and_read_they_are_the_checked_ones(built_all, monkeypatch):  # noqa: F811
    fast = engine.all_rules()
    assert all(_unread(r) == ["_must_fire", "_must_not_fire"] for r in fast.values())
    check_text("We will utilise the ABC framework. It was decided by the panel.", Config(), name="t.md")
    assert all(len(_unread(r)) == 2 for r in fast.values())
    sent = {k: pickle.loads(pickle.dumps(r)) for k, r in fast.items()}  # before reading: as a worker gets it
    monkeypatch.setattr(resources, "_PKG", ROOT / "src" / "plainlint")
    monkeypatch.setattr(engine, "_rules_cache", None)
    slow = engine.all_rules()  # the checkout's TOML: every example made and checked at load
    assert all(not _unread(r) for r in slow.values())
    assert fast.keys() == slow.keys()
    for k, r in fast.items():
        assert r.must_fire == slow[k].must_fire and r.must_not_fire == slow[k].must_not_fire, k
        assert sent[k].must_fire == slow[k].must_fire and sent[k].must_not_fire == slow[k].must_not_fire, k
        assert pickle.loads(pickle.dumps(r)).must_fire == r.must_fire, k  # and after reading
        assert not _unread(r)


def test_a_rule_file_of_the_writers_own_is_read_whole_at_load(tmp_path):
    src = (ROOT / "rules" / "jargon.toml").read_text(encoding="utf-8")
    path = tmp_path / "jargon.toml"
    path.write_text(src + '\n[[must-fire]]\ntext = "x"\nseverity = "fatal"\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="must-fire\\[\\d+\\]: severity 'fatal'"):
        engine.load_rule(path)
