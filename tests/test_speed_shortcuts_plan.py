"""The co-production lexicon's phrase forms made at wheel-build time (hatch_build.py's
compile_tables, read by forms.stored_plan) are the ones worked out at start-up, and a copy
made from other files (the model, the code that makes the forms, the word lists it reads) is
never used."""

import json
import shutil
import sys
from pathlib import Path

import pytest

from plainlint import resources
from plainlint.analysis import get_nlp
from plainlint.checks.coproduction import forms, model
from plainlint.wordlists import resolve

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from hatch_build import compile_data  # noqa: E402


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("compiled")
    made = compile_data(ROOT, out)
    table = out / forms.TABLES / (model.LADDER_FILE + ".json")
    assert str(table) in made and made[str(table)] == f"plainlint/_compiled/tables/{table.name}"
    return out


def _lexicon_state(lex):
    return (list(lex._tags.values()), lex.gaps, lex._gap_tag, lex.words, lex.matcher._pending, lex.matcher._order)


def test_build_copy_equals_the_forms_worked_out(built, monkeypatch, tmp_path):
    path = resolve(model.LADDER_FILE)
    data = model._load_model(path)
    stored = json.loads((built / forms.TABLES / (path.name + ".json")).read_text(encoding="utf-8"))
    assert stored["plan"] == json.loads(json.dumps(forms.plan(data, model.WORD_CUES)))
    assert stored["word_cues"] == list(model.WORD_CUES)
    assert ["code", "inflect.py"] in stored["inputs"] and ["wordlists", "irregular-verbs.toml"] in stored["inputs"]
    assert "plainlint.resources" in sys.modules  # the build step left this process's modules alone
    nlp = get_nlp(None)
    # as a source checkout lays it out (no copy), even where the tests run against an installed wheel
    monkeypatch.setattr(resources, "COMPILED", str(tmp_path / "no-copy"))
    assert forms.stored_plan(path, path.read_bytes(), model.WORD_CUES) is None
    computed = model.Lexicon(path, nlp)  # worked out
    monkeypatch.setattr(resources, "COMPILED", str(built))  # as a wheel installs it
    got = forms.stored_plan(path, path.read_bytes(), model.WORD_CUES)
    assert got == stored["plan"]
    used = []
    monkeypatch.setattr(model, "plan", lambda *a: used.append(1) or forms.plan(*a))
    from_copy = model.Lexicon(path, nlp)
    assert not used  # the copy was read, not worked out
    assert _lexicon_state(from_copy) == _lexicon_state(computed)


def test_a_stale_or_damaged_copy_is_ignored(built, monkeypatch, tmp_path):
    path = resolve(model.LADDER_FILE)
    raw = path.read_bytes()
    table = built / forms.TABLES / (path.name + ".json")
    good = table.read_text(encoding="utf-8")
    monkeypatch.setattr(resources, "COMPILED", str(built))
    try:
        assert forms.stored_plan(path, raw, model.WORD_CUES) is not None
        # another model file (an edited ladder)
        assert forms.stored_plan(path, raw + b"\n# edited\n", model.WORD_CUES) is None
        # other word cues in model.py
        assert forms.stored_plan(path, raw, model.WORD_CUES[:-1]) is None
        # made by other code, or from other word lists: their hash differs
        stored = json.loads(good)
        pkg = tmp_path / "pkg"
        shutil.copytree(resources._PKG, pkg, ignore=shutil.ignore_patterns("__pycache__"))
        same = forms.inputs_hash(raw, [tuple(i) for i in stored["inputs"]], pkg, resources.wordlists_dir())
        assert same == stored["sha256"]
        (pkg / "inflect.py").write_text((pkg / "inflect.py").read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
        assert forms.inputs_hash(raw, [tuple(i) for i in stored["inputs"]], pkg, resources.wordlists_dir()) != same
        words = tmp_path / "wordlists"
        shutil.copytree(resources.wordlists_dir(), words)
        with open(words / "irregular-verbs.toml", "a", encoding="utf-8") as f:
            f.write("\n# changed\n")
        assert forms.inputs_hash(raw, [tuple(i) for i in stored["inputs"]], resources._PKG, words) != same
        # a copy whose hash does not match, a damaged copy, a copy naming a file outside
        for bad in (dict(stored, sha256="0" * 64), "{not json", dict(stored, inputs=[["wordlists", "../x.toml"]]),
                    dict(stored, plan={"tags": 1})):
            table.write_text(bad if isinstance(bad, str) else json.dumps(bad), encoding="utf-8")
            assert forms.stored_plan(path, raw, model.WORD_CUES) is None
            lex = model.Lexicon(path, get_nlp(None))  # worked out as before
            assert len(lex._tags) == len(stored["plan"]["tags"])
    finally:
        table.write_text(good, encoding="utf-8")


def test_squashed_forms_given_are_the_ones_worked_out():
    from plainlint.phrases import LazyPhraseMatcher, squash

    nlp = get_nlp(None)
    phrases = ["in order to", "co-produced", "co\u2011design", "--", "can not"]
    given, worked = LazyPhraseMatcher(nlp), LazyPhraseMatcher(nlp)
    assert given.add("k", phrases, [squash(p) for p in phrases]) == worked.add("k", iter(phrases))
    assert given._pending == worked._pending and given.waiting == 4
