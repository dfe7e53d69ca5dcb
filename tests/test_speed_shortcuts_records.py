"""Issue 15's speed shortcut in loading the substitution word lists: the wheel's JSON copy of a
shipped list (made at build time by hatch_build.py, used only when its hash matches the TOML)
is not put through the strict record checks again at each start-up. These tests show that
every shipped list passes those checks, that a list read from its built copy gives exactly the
entries the checked TOML gives, and that anything else (an edited shipped list, a writer's
own list) is still checked."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_NOT_SUBSTITUTIONS = ("acronyms.toml", "known-acronyms.toml", "co-production-ladder.toml", "irregular-verbs.toml")


def _substitution_lists(folder: Path) -> list:
    return [p for p in sorted(folder.glob("*.toml"))
            if p.name not in _NOT_SUBSTITUTIONS and not p.name.endswith("-words.toml")]


@pytest.fixture
def built(tmp_path, monkeypatch):
    """The package laid out as its wheel installs it: the shipped word lists inside it and the
    build step's JSON copies beside them."""
    from plainlint import resources
    from plainlint.wordlists import load_substitutions

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
    load_substitutions.cache_clear()
    yield tmp_path / "wordlists"
    load_substitutions.cache_clear()


def _not_again(*_args):
    raise AssertionError("a built copy's records checked again")


def test_every_shipped_list_passes_the_strict_checks_and_its_built_copy_gives_the_same_entries(built, monkeypatch):
    from plainlint import resources, wordlists
    from plainlint.wordlists import load_substitutions

    lists = _substitution_lists(built)
    assert len(lists) >= 3
    for path in lists:
        data, from_copy = resources.read_toml_built(path)
        assert from_copy, path.name  # the shortcut is taken
        with monkeypatch.context() as m:
            m.setattr(wordlists, "check_record", _not_again)
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
