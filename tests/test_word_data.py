"""English words live in data files with their source, not in Python literals (issue 15
item 5): the word sets and the irregular verbs load strictly, every table is used where it
says, and one schema helper checks every data file's records."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from plainlint import wordlists
from plainlint.errors import RuleFileError
from plainlint.schema import Field, check_record

ROOT = Path(__file__).resolve().parent.parent
WORD_SET_FILES = sorted(p.name for p in (ROOT / "wordlists").glob("*-words.toml"))


def test_there_are_word_set_files():
    assert {"passive-words.toml", "sentence-words.toml"} <= set(WORD_SET_FILES)


@pytest.mark.parametrize("name", WORD_SET_FILES)
def test_every_word_set_loads_strictly_and_is_used_where_it_says(name):
    sets = wordlists._word_sets(name)
    data = wordlists._load(wordlists.resolve(name))
    assert sets
    for key, raw in data.items():
        assert raw["source"].strip() and raw["about"].strip(), key
        # 'used' names one or more 'path VARIABLE' pairs, separated by commas; each must hold the table
        for use in raw["used"].split(","):
            module, var = use.split()
            mod = importlib.import_module(module.removeprefix("src/").removesuffix(".py").replace("/", "."))
            value = getattr(mod, var)
            if "pairs" in raw:  # a table of pairs is the module's mapping, pair for pair
                assert raw["pairs"].items() <= dict(value).items(), (name, key)
                continue
            # the module's set holds every word of the table (a set may add a second table's words)
            assert set(raw["words"]) <= set(value), (name, key, use)
        if "pairs" in raw:
            continue
        assert len(set(raw["words"])) == len(raw["words"]), f"{name} [{key}]: a word twice"


def test_the_irregular_verbs_serve_both_inflection_and_the_passive_check():
    from plainlint.checks import passive
    from plainlint.inflect import IRREGULAR, verb_forms

    verbs = wordlists.load_irregular_verbs()
    assert passive.IRREGULAR is verbs.participles and IRREGULAR is verbs.inflected
    assert verbs.participles["taken"] == "took" and "been" not in verbs.participles
    assert verb_forms("undertake")["past"] == ["undertook"]
    # every inflected verb's participle is in the passive table unless marked passive = false
    not_passive = {"been", "come", "gone", "had", "set up"}
    for base, (_s, past, part, _ing) in IRREGULAR.items():
        assert part in not_passive or verbs.participles[part] == past, base


def _write(tmp_path, text: str) -> str:
    p = tmp_path / "x-words.toml"
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_a_word_set_with_an_unknown_key_names_the_file_table_and_key(tmp_path):
    path = _write(tmp_path, '[feelings]\nabout = "a"\nsource = "b"\nwords = ["glad"]\nwrods = ["x"]\n')
    with pytest.raises(RuleFileError) as e:
        wordlists._word_sets(path)
    assert str(tmp_path) in str(e.value) and "[feelings]" in str(e.value) and "'wrods'" in str(e.value)


def test_a_word_set_without_a_source_or_with_a_number_is_refused(tmp_path):
    with pytest.raises(RuleFileError, match="missing 'source'"):
        wordlists._word_sets(_write(tmp_path, '[a]\nabout = "a"\nwords = ["x"]\n'))
    wordlists._word_sets.cache_clear()
    with pytest.raises(RuleFileError, match="every item of 'words' must be a string"):
        wordlists._word_sets(_write(tmp_path, '[a]\nabout = "a"\nsource = "b"\nwords = ["x", 3]\n'))
    wordlists._word_sets.cache_clear()


def test_code_asking_for_a_table_the_file_lacks_is_told_which(tmp_path):
    path = _write(tmp_path, '[a]\nabout = "a"\nsource = "b"\nwords = ["x"]\n')
    assert wordlists.word_set(path, "a") == frozenset({"x"})
    with pytest.raises(RuleFileError, match=r"no \[b\] table"):
        wordlists.word_set(path, "b")
    wordlists._word_sets.cache_clear()


def test_an_irregular_verb_with_some_forms_missing_is_refused(tmp_path):
    p = tmp_path / "verbs.toml"
    p.write_text('source = "ours"\nverb = [{ part = "taken", past = "took", base = "take" }]\n')
    with pytest.raises(RuleFileError, match="give all of base, s and ing"):
        wordlists.load_irregular_verbs(str(p))
    p.write_text('source = "ours"\nverb = [{ part = "taken", past = "took", tense = "past" }]\n')
    wordlists.load_irregular_verbs.cache_clear()
    with pytest.raises(RuleFileError, match="verb 1 .taken.: unknown key 'tense'"):
        wordlists.load_irregular_verbs(str(p))
    wordlists.load_irregular_verbs.cache_clear()


def test_the_schema_helper_checks_types_strictly():
    fields = (Field("n", int, required=True), Field("flag", bool), Field("kind", str, choices=("a", "b")))
    assert check_record({"n": 3}, fields, "f.toml") == {"n": 3}
    for bad, why in (({"n": True}, "'n' must be a whole number"), ({}, "missing 'n'"),
                     ({"n": 1, "flag": 1}, "'flag' must be a true or false"),
                     ({"n": 1, "kind": "c"}, "'kind' is 'c', not one of a, b"),
                     ([1], "must be a table"), ({"n": 1, "m": 2}, "unknown key 'm'")):
        with pytest.raises(RuleFileError, match=why):
            check_record(bad, fields, "f.toml")


def test_few_english_words_are_left_in_python_literals():
    """bench/word_literals.py counts English words held in Python collection literals
    (3,548 in 267 before the word sets moved to wordlists/, 2,688 of them in literals of ten
    words or more; about 1,200 in some 220 after). A new long list of words belongs in a data file."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import word_literals
    finally:
        sys.path.pop(0)
    found = word_literals.literals()
    long_ones = [x for x in found if x[0] >= 30]
    assert long_ones == [], f"word lists in code (move them to wordlists/): {long_ones}"
    assert sum(x[0] for x in found) < 1500


# -- one test of a word token --------------------------------------------------------------

def _old_readability_is_word(tok):
    return not tok.is_punct and any(c.isalnum() for c in tok.text)


def _old_acronym_is_word_token(tok):
    t = tok.text
    if tok.is_space or not t:
        return False
    if t[0] in "'’":
        return False
    if t == "&":
        return True
    return any(c.isalnum() for c in t)


_SAMPLE = ("The ICB's plan (2024–25) said: “we’ll co-produce it” — A&E, R&D & 'quotes' « guillemets » "
           "[see p.4] {x} <b> e.g. 10% £3.5m 3rd ½ ² ... ‘single’ 'tis O'Neill's don't -- \u00a0 \t\n"
           "• item ▪ next ‐hyphen ‑nb #tag @name http://x.org/a?b=c 1,000 #1 (a) i) b. ## ** __ ")


def _tokens(text):
    from plainlint.analysis import get_nlp

    return list(get_nlp(None)(text))


def test_the_word_tests_of_readability_and_acronyms_are_the_analysis_one():
    from plainlint.analysis import is_word
    from plainlint.checks.acronyms.survey import _is_word_token

    toks = _tokens(_SAMPLE)
    assert len(toks) > 80
    for t in toks:
        assert is_word(t) == _old_readability_is_word(t) == any(c.isalnum() for c in t.text), t.text
        assert _is_word_token(t) == _old_acronym_is_word_token(t), t.text


def test_the_word_tests_agree_on_any_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from plainlint.analysis import is_word
    from plainlint.checks.acronyms.survey import _is_word_token

    alphabet = st.sampled_from(list("aZ9 &'’\"“”()[]{}<>-–—.,;:!?…•%£½²\n\t\u00a0#@/_*") + ["n't", "'s", "A&E"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(alphabet, max_size=40).map("".join))
    def check(text):
        for t in _tokens(text):
            assert is_word(t) == _old_readability_is_word(t), t.text
            assert _is_word_token(t) == _old_acronym_is_word_token(t), t.text

    check()


def test_a_table_of_pairs_loads_strictly_and_serves_the_plural(tmp_path):
    from plainlint.inflect import plural

    assert plural("child") == "children" and plural("service user") == "service users"
    assert plural("feedback") == "feedback" and plural("budget") == "budgets"
    path = _write(tmp_path, '[p]\nabout = "a"\nsource = "b"\npairs = { man = 3 }\n')
    with pytest.raises(RuleFileError, match=r"\[p\].*every value of 'pairs' must be a string"):
        wordlists.word_map(path, "p")
    wordlists._word_sets.cache_clear()
    path = _write(tmp_path, '[p]\nabout = "a"\nsource = "b"\npairs = { man = "men" }\nwords = ["x"]\n')
    with pytest.raises(RuleFileError, match="unknown key 'words'"):
        wordlists.word_map(path, "p")
    wordlists._word_sets.cache_clear()
    path = _write(tmp_path, '[p]\nabout = "a"\nsource = "b"\nwords = ["x"]\n')
    with pytest.raises(RuleFileError, match=r"no \[p\] table of pairs"):
        wordlists.word_map(path, "p")
    wordlists._word_sets.cache_clear()
