"""Issue 15's speed shortcut in loading the substitution word lists: the wheel's JSON copy of a
shipped list (made at build time by hatch_build.py, used only when its hash matches the TOML)
is not put through the strict record checks again at each start-up. These tests show that
every shipped list passes those checks, that a list read from its built copy gives exactly the
entries the checked TOML gives, and that anything else (an edited shipped list, a writer's
own list) is still checked."""

from __future__ import annotations

import functools
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_NOT_SUBSTITUTIONS = ("acronyms.toml", "known-acronyms.toml", "co-production-ladder.toml", "irregular-verbs.toml")


def _own_caches(monkeypatch, names) -> None:
    """Each of wordlists' loaders named replaced, for the test, by a copy with an empty cache of
    its own. The package's loaders keep what they hold: modules compare the objects they loaded
    at import with a loader's answer (the passive check's irregular verbs), so emptying the
    package's own caches here broke later tests in the same run."""
    from plainlint import wordlists

    for name in names:
        monkeypatch.setattr(wordlists, name, functools.lru_cache(maxsize=None)(getattr(wordlists, name).__wrapped__))


def _substitution_lists(folder: Path) -> list:
    return [p for p in sorted(folder.glob("*.toml"))
            if p.name not in _NOT_SUBSTITUTIONS and not p.name.endswith("-words.toml")]


@pytest.fixture
def built(tmp_path, monkeypatch):
    """The package laid out as its wheel installs it: the shipped word lists inside it and the
    build step's JSON copies beside them."""
    from plainlint import resources

    sys.path.insert(0, str(ROOT))
    try:
        import hatch_build
    finally:
        sys.path.remove(str(ROOT))
    shutil.copytree(resources.wordlists_dir(), tmp_path / "wordlists")
    made = hatch_build.compile_data(ROOT, tmp_path / resources.COMPILED)
    assert any(Path(k).name == "jargon.toml.json" for k in made)
    monkeypatch.setattr(resources, "_PKG", tmp_path)
    monkeypatch.setattr(resources, "_find", resources._find.__wrapped__)  # not the checkout's, remembered
    _own_caches(monkeypatch, ("load_substitutions",))
    yield tmp_path / "wordlists"


def _not_again(*_args):
    raise AssertionError("a built copy's records checked again")


def test_every_shipped_list_passes_the_strict_checks_and_its_built_copy_gives_the_same_entries(built, monkeypatch):
    from plainlint import resources, schema
    from plainlint.wordlists import load_substitutions

    lists = _substitution_lists(built)
    assert len(lists) >= 3
    for path in lists:
        data, from_copy = resources.read_toml_built(path)
        assert from_copy, path.name  # the shortcut is taken
        with monkeypatch.context() as m:
            m.setattr(schema, "check_record", _not_again)
            fast = load_substitutions(str(path), "jargon")
        # the same list read from its TOML, every record checked
        checked_path = ROOT / "wordlists" / path.name
        data_toml, from_copy = resources.read_toml_built(checked_path)
        assert not from_copy and data_toml == data
        slow = load_substitutions(str(checked_path), "jargon")
        assert slow and repr(fast) == repr(slow)


def test_an_edited_shipped_list_is_checked_again(built):
    from plainlint.errors import RuleFileError
    from plainlint.wordlists import load_substitutions

    jargon = built / "jargon.toml"
    jargon.write_text(jargon.read_text(encoding="utf-8").replace(
        "[[entry]]\n", "[[entry]]\nnot_a_key = 1\n", 1), encoding="utf-8")
    with pytest.raises(RuleFileError, match="unknown key 'not_a_key'"):
        load_substitutions(str(jargon), "jargon")


def test_a_writers_own_list_is_checked(built, tmp_path):
    from plainlint.errors import RuleFileError
    from plainlint.wordlists import load_substitutions

    mine = tmp_path / "mine.toml"
    mine.write_text('[[entry]]\nphrase = "going forward"\nalternatives = "from now on"\nsource = "ours"\n',
                    encoding="utf-8")
    with pytest.raises(RuleFileError, match="'alternatives' must be a list"):
        load_substitutions(str(mine), "jargon")


# The same shortcut for the other loaders: the rule files (their examples are some 1,200
# records), the acronym lists, the irregular verbs and the word sets.

@pytest.fixture
def built_all(tmp_path, monkeypatch):
    """The package laid out as its wheel installs it, rules and word lists both, with the build
    step's JSON copies; every loader with a cache of its own for the test."""
    from plainlint import engine, resources

    sys.path.insert(0, str(ROOT))
    try:
        import hatch_build
    finally:
        sys.path.remove(str(ROOT))
    for folder in ("rules", "wordlists"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    made = hatch_build.compile_data(ROOT, tmp_path / resources.COMPILED)
    assert any(Path(k).parent.name == "rules" for k in made)

    monkeypatch.setattr(resources, "_PKG", tmp_path)
    monkeypatch.setattr(resources, "_find", resources._find.__wrapped__)
    _own_caches(monkeypatch, ("load_acronyms", "load_known_acronyms", "load_irregular_verbs", "_word_sets"))
    monkeypatch.setattr(engine, "_rules_cache", None)
    yield tmp_path


def _loaded(monkeypatch, quiet: bool) -> dict:
    """Every loader's result, as text; with ``quiet``, a record check of any kind fails the test."""
    from plainlint import engine, schema, wordlists

    with monkeypatch.context() as m:
        if quiet:
            m.setattr(schema, "check_record", _not_again)
        out = {"rules": repr(engine.all_rules()), "acronyms": repr(wordlists.load_acronyms()),
               "known": repr(wordlists.load_known_acronyms()), "verbs": repr(wordlists.load_irregular_verbs())}
        for p in sorted((ROOT / "wordlists").glob("*-words.toml")):
            out[p.name] = repr(wordlists._word_sets(p.name))
    return out


def test_every_shipped_rule_and_list_read_from_its_built_copy_is_not_checked_again_and_is_the_same(
        built_all, monkeypatch):
    from plainlint import engine, resources, wordlists

    for folder in ("rules", "wordlists"):
        for p in sorted((built_all / folder).glob("*.toml")):
            assert resources.read_toml_built(p)[1], p.name  # the shortcut is taken
    fast = _loaded(monkeypatch, quiet=True)
    # the same files read from the checkout's TOML, every record checked (rule paths as there)
    monkeypatch.setattr(resources, "_PKG", ROOT / "src" / "plainlint")
    for f in (wordlists.load_acronyms, wordlists.load_known_acronyms, wordlists.load_irregular_verbs,
              wordlists._word_sets):
        f.cache_clear()
    monkeypatch.setattr(engine, "_rules_cache", None)
    slow = _loaded(monkeypatch, quiet=False)
    assert fast.keys() == slow.keys()
    for k in fast:
        assert fast[k].replace(str(built_all), "ROOT") == slow[k].replace(str(ROOT), "ROOT"), k


def test_an_edited_shipped_rule_file_is_checked_again(built_all):
    from plainlint.engine import load_rule
    from plainlint.errors import RuleFileError

    path = built_all / "rules" / "jargon.toml"
    path.write_text('not_a_key = 1\n' + path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="unknown key 'not_a_key'"):
        load_rule(path)


def test_an_edited_shipped_word_set_is_checked_again(built_all):
    from plainlint.errors import RuleFileError
    from plainlint.wordlists import _word_sets

    path = built_all / "wordlists" / "sentence-words.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[odd]\nabout = "x"\nsource = "ours"\nwords = [1]\n',
                    encoding="utf-8")
    with pytest.raises(RuleFileError, match="every item of 'words'"):
        _word_sets("sentence-words.toml")
