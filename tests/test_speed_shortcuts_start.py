"""Issue 15's speed shortcuts of the sixth session, each against the slow way.

- spaCy is imported without its command line (``plainlint.spacy_import``): the same tokens
  as after a plain ``import spacy``, and the command line still there, the real one, for
  whatever reads it;
- the acronym survey finds a block's lines from the tokens holding a line break, picked out
  by ``map`` in C, not by a Python step per token;
- the word lists' and the co-production lexicon's matches are found once per Doc, shared by
  the blocks of the same text;
- long-sentence's shape of a sentence walks only the tokens it acts on (brackets,
  semicolons, dashes, clause words, figures), picked out in C.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

_TOKENS = """
import json, sys
{first}
from plainlint.analysis import get_nlp
nlp = get_nlp()
out = []
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8", errors="replace").read()
    out.append([(t.text, t.idx, t.whitespace_, t.is_punct, t.is_space, t.like_num) for t in nlp(text)])
print(json.dumps({{"tokens": out, "typer": "typer" in sys.modules, "weasel": "weasel" in sys.modules}}))
"""


def _run(code: str, *args) -> dict:
    p = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                       check=True)
    return json.loads(p.stdout)


def test_spacy_without_its_command_line_gives_the_same_tokens():
    files = sorted(FIXTURES.glob("*.md")) + sorted(FIXTURES.glob("*.txt")) + [ROOT / "README.md"]
    shortcut = _run(_TOKENS.format(first=""), *files)
    plain = _run(_TOKENS.format(first="import spacy"), *files)  # spaCy imported as usual first
    assert shortcut["tokens"] == plain["tokens"]
    assert sum(map(len, plain["tokens"])) > 10_000
    # and the command line was left out (what the shortcut is for), where the plain import has it
    assert not shortcut["typer"] and not shortcut["weasel"]
    assert plain["typer"] and plain["weasel"]


def test_the_command_line_plainlint_does_not_import():
    """A check from the command line never imports spaCy's command line (typer, weasel)."""
    code = ("import runpy, sys\n"
            "sys.argv = ['plainlint', 'check', '--isolated', '--no-cache', sys.argv[1]]\n"
            "try:\n    runpy.run_module('plainlint', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('typer' in sys.modules, 'weasel' in sys.modules, 'spacy' in sys.modules, file=sys.stderr)\n")
    p = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "sample.md")], capture_output=True, text=True)
    assert p.stderr.strip().splitlines()[-1] == "False False True", p.stderr[-2000:]


def test_spacy_command_line_is_the_real_one_when_read():
    code = """
import sys
from plainlint.spacy_import import import_spacy
spacy = import_spacy()
assert "typer" not in sys.modules
# an attribute of spacy.cli: the real command line is imported and put in its place
download = spacy.cli.download
assert download is sys.modules["spacy.cli.download"].download
assert type(sys.modules["spacy.cli"]).__name__ == "module" and spacy.cli is sys.modules["spacy.cli"]
assert "typer" in sys.modules
# spacy.info, the one name spaCy's own __init__ takes from it, works as spaCy's does
info = spacy.info(silent=True)
assert info["spacy_version"] == spacy.__version__
from spacy.cli import info as real_info
from spacy.cli.info import info as real_info_too
assert real_info is real_info_too and real_info.__module__ == "spacy.cli.info"
print("ok")
"""
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "ok\n"


def test_spacy_submodule_of_its_command_line_imports_first():
    """``import spacy.cli.train`` before anything else reads spacy.cli: the real package is
    imported (through its ``__path__``), and the submodule with it."""
    code = """
import sys
from plainlint.spacy_import import import_spacy
spacy = import_spacy()
import spacy.cli.train
from spacy.cli import train_cli
assert sys.modules["spacy.cli.train"].train_cli is train_cli
assert spacy.cli is sys.modules["spacy.cli"] and hasattr(spacy.cli, "setup_cli")
print("ok")
"""
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "ok\n"


# ---------------------------------------------------------------------------------------
# The acronym survey's lines: the tokens holding a line break picked out by ``map`` in C


def _lines_slow(texts: list) -> list:
    """The token ranges of a block's lines as the survey found them before, token by token."""
    out = []
    start = 0
    for i, tx in enumerate(texts):
        if "\n" in tx and tx.isspace():
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < len(texts):
        out.append((start, len(texts)))
    return out


def _blocks_of_fixtures():
    from plainlint.analysis import analyse, get_nlp
    from plainlint.config import Config
    from plainlint.extract import extract

    cfg = Config()
    paths = sorted(FIXTURES.glob("*.md")) + sorted(FIXTURES.glob("*.txt")) + [ROOT / "README.md"] + [
        FIXTURES / "board-paper.pdf", FIXTURES / "board-paper.docx"]
    for path in paths:
        a = analyse(extract(path.read_bytes(), path.name, cfg.extract_options()))
        yield from zip(a.block_docs, a.token_texts)
    # and blocks of several lines, as PDF table cells and addresses are
    from plainlint.analysis import token_texts

    nlp = get_nlp()
    for text in ("Chief Executive\nKent County Council (KCC)\n\nMaidstone", "\nNHS\n", "one line", "",
                 "Item 4 \n  Report of the ICB\n\t\nAppendix A", "a\n\n\nb \n"):
        doc = nlp.make_doc(text)
        yield doc, token_texts(doc)


def test_survey_lines_as_token_by_token():
    import importlib

    survey = importlib.import_module("plainlint.checks.acronyms.survey")
    seen = 0
    for sdoc, texts in _blocks_of_fixtures():
        assert survey._lines(sdoc, texts) == survey._lines(sdoc) == _lines_slow(texts)
        seen += "\n" in "".join(texts)
    assert seen >= 5  # blocks with line breaks among them


@settings(deadline=None)  # a loaded shared machine: no time limit per example
@given(st.lists(st.sampled_from(["word", "\n", " \n ", "\n\n", "  ", "a\nb", "Name", ".", "\t"]), max_size=30))
def test_survey_lines_of_any_tokens(texts):
    import importlib

    from spacy.tokens import Doc

    from plainlint.analysis import get_nlp

    survey = importlib.import_module("plainlint.checks.acronyms.survey")
    doc = Doc(get_nlp().vocab, words=texts, spaces=[False] * len(texts)) if texts else get_nlp().make_doc("")
    assert survey._lines(doc, texts) == _lines_slow(texts)


# ---------------------------------------------------------------------------------------
# The word lists' and the co-production lexicon's matches: once per Doc, shared by the blocks
# of the same text


_REPEATED = (
    "Actions\n\nWe will utilise the budget in order to facilitate the plan.\n\n"
    "- We co-produced the strategy with service users through a survey.\n"
    "- In order to\n  ascertain the facts we will commence work.\n\n"
    "We will utilise the budget in order to facilitate the plan.\n\n"
    "| We co-produced the strategy with service users through a survey. | N/A |\n"
    "| --- | --- |\n"
    "| In order to ascertain the facts | N/A |\n\n"
    "- In order to\n  ascertain the facts we will commence work.\n\n"
    "We co-produced the strategy with service users through a survey.\n\n"
    "Actions\n\nWe will utilise the budget in order to facilitate the plan.\n"
)


def _findings(a) -> list:
    from plainlint.api import get_engine
    from plainlint.config import Config

    return [dict(f.to_dict(), start=f.start, end=f.end, context=f.context) for f in get_engine(Config()).run(a)]


def test_matches_once_per_shared_doc_equal_matching_each_block():
    """The substitution and co-production checks match a Doc shared by blocks of the same text
    once: their findings equal those of the same document with a Doc made for each block."""
    from plainlint.analysis import analyse, get_nlp
    from plainlint.config import Config
    from plainlint.extract import extract

    nlp = get_nlp()
    cfg = Config()
    docs = [extract(_REPEATED.encode(), "repeated.md", cfg.extract_options()),
            extract(_REPEATED.replace("|", " ").encode(), "repeated.txt", cfg.extract_options())]
    for path in [FIXTURES / "sample.md", FIXTURES / "board-paper.docx"]:
        docs.append(extract(path.read_bytes(), path.name, cfg.extract_options()))
    shared = found = 0
    for doc in docs:
        a = analyse(doc)
        shared += len(a.block_docs) - len({id(d) for d in a.block_docs})
        got = _findings(a)
        b = analyse(doc)
        b.block_docs = [nlp.make_doc(t) for t in b.block_texts]  # a Doc of its own for each block
        assert len({id(d) for d in b.block_docs}) == len(b.block_docs)
        assert got == _findings(b)
        found += sum(f["rule"] in ("wordy-phrase", "jargon", "consultation-as-co-production",
                                   "co-production-unevidenced") for f in got)
    assert shared >= 6 and found >= 10  # the shortcut is taken, on blocks with findings


# ---------------------------------------------------------------------------------------
# long-sentence's shape of a sentence: its walk passes by the tokens it does nothing at


def _sentences_of(texts_of_files):
    from plainlint.analysis import analyse, word_flags
    from plainlint.config import Config
    from plainlint.extract import extract

    cfg = Config()
    for name, data in texts_of_files:
        a = analyse(extract(data, name, cfg.extract_options()))
        flags = word_flags(a.block_docs[0].vocab) if a.block_docs else None
        for s in a.sentences:
            texts = a.token_texts[s.block_index][s.tok_start:s.tok_end]
            yield texts, [bool(flags[t]) for t in texts], s.text


def _shape_files():
    corpus = ROOT.parent / "shared" / "corpus" / "real"
    paths = sorted(FIXTURES.glob("*.md")) + sorted(FIXTURES.glob("*.txt")) + [ROOT / "README.md"] + \
        sorted((ROOT / "docs").glob("*.md"))
    if corpus.is_dir():  # more where the shared corpus is present
        paths += sorted(corpus.glob("*.md"))[:12]
    return [(p.name, p.read_bytes()) for p in paths]


def test_shape_walks_only_the_tokens_it_acts_on(monkeypatch):
    from plainlint.checks import sentence_shape
    from plainlint.metrics import syllables

    sentences = list(_sentences_of(_shape_files()))
    assert len(sentences) > 2000
    fast = [sentence_shape.shape(t, w, syllables(), text) for t, w, text in sentences]
    monkeypatch.setattr(sentence_shape, "_loop_tokens", lambda texts, lows: range(len(texts)))  # every token
    slow = [sentence_shape.shape(t, w, syllables(), text) for t, w, text in sentences]
    assert fast == slow
    assert sum(bool(s.links) for s in slow) > 200 and sum(s.figures for s in slow) > 50
    assert sum(s.asides for s in slow) > 20


_SHAPE_TOKENS = ["The", "council", "(", ")", ";", "–", "—", "-", "which", "who", ",", "that", "and", "or",
                 "but", "because", "12", "£4.5", "2019", "30%", "²", "May", "we", "will", "Director", "of",
                 "Health", "is", "“", "”", ":", "people", "3rd"]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(_SHAPE_TOKENS), max_size=40))
def test_shape_of_any_tokens_walking_every_token(texts):
    from plainlint.analysis import get_nlp, word_flags
    from plainlint.checks import sentence_shape
    from plainlint.metrics import syllables

    flags = word_flags(get_nlp().vocab)
    word = [bool(flags[t]) for t in texts]
    text = " ".join(texts)
    fast = sentence_shape.shape(texts, word, syllables(), text)
    walk = sentence_shape._loop_tokens
    try:
        sentence_shape._loop_tokens = lambda texts, lows: range(len(texts))
        slow = sentence_shape.shape(texts, word, syllables(), text)
    finally:
        sentence_shape._loop_tokens = walk
    assert fast == slow


# ---------------------------------------------------------------------------------------
# The size limit's words: a plain text file's text is not counted again after its source


_LINE_PIECES = ["The council will", "utilise", "- a bullet item", "• dotted", "1. first", "(a) item",
                "Decision:", "HEADING IN CAPITALS", "", "", "<!-- plainlint-disable -->", "co-produced",
                "£12.5m", "don't", "e.g.", "\t tabbed", "x_y", "é-à", "  ", "\r", "ends here."]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30))
def test_plain_text_has_no_more_words_than_its_source(lines):
    from plainlint.extract.limits import words_up_to
    from plainlint.extract.text import build_text

    source = "\n".join(lines)
    doc = build_text(source, "x.txt")
    assert words_up_to(doc.text, 10**6) <= words_up_to(source, 10**6)


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30), st.integers(min_value=0, max_value=40))
def test_plain_text_size_limit_as_when_counted_twice(lines, limit):
    """A text file is refused for its words exactly when counting its source and then its
    text (as every reader's text is) would refuse it."""
    import re

    from plainlint.errors import ExtractError
    from plainlint.extract import ExtractOptions, extract

    data = "\n".join(lines).encode()
    options = ExtractOptions(max_words=limit)
    source_words = len(re.findall(r"[^\W_]+", "\n".join(lines).replace("\r", "\n")))
    try:
        doc = extract(data, "x.txt", options)
        refused = False
    except ExtractError as exc:
        assert exc.kind == "too-large"
        refused = True
        doc = None
    if source_words > 2 * limit:
        assert refused
    elif doc is None:
        from plainlint.extract.text import build_text

        text = build_text(data.decode().replace("\r", "\n"), "x.txt").text
        assert len(re.findall(r"[^\W_]+", text)) > limit
    else:
        assert len(re.findall(r"[^\W_]+", doc.text)) <= limit
        # the words counted, or a bound of them within the limit (extract.limits.words_at_most)
        assert source_words <= doc.source_words <= max(limit, source_words)


def test_size_limit_counts_and_refuses_as_before():
    from plainlint.errors import ExtractError
    from plainlint.extract import ExtractOptions
    from plainlint.extract.limits import check_size, more_words_than, words_up_to

    text = "one two, three_four five-six 7 ünï " * 3
    n = len(__import__("re").findall(r"[^\W_]+", text))
    assert words_up_to(text, 10**6) == n and words_up_to(text, 5) == 5
    for limit in range(0, n + 3):
        options = ExtractOptions(max_words=limit)
        refused = more_words_than(text, limit)
        try:
            got = check_size(text, 0, options)
            assert not refused and (got == n or n <= got <= limit)
        except ExtractError:
            assert refused
        # a text known to have no more words than a count within the limit is not counted
        assert check_size(text * 1000, 0, options, at_most=limit) == limit


def test_phrase_pairs_read_from_token_texts_as_from_tokens():
    """The phrase matcher's pairs of neighbouring words (for matches across a line break) are
    read from each phrase Doc's token texts, in lower case: the tokens' own lower-case forms."""
    from plainlint.analysis import get_nlp
    from plainlint.phrases import LazyPhraseMatcher

    nlp = get_nlp()
    phrases = ["in order to", "Co-Produced WITH", "İstanbul ÇAĞRI merkezi", "e.g. the", "don't use",
               "a  double space", "£5m of funding", "ΣΊΣΥΦΟΣ stone"]
    m = LazyPhraseMatcher(nlp)
    docs = [nlp.make_doc(p) for p in phrases]
    m._add("key", phrases)  # a plain phrase's pairs from its words, any other's from its Doc
    want = set()
    for d in docs:
        lows = [t.lower_ for t in d]
        want.update(zip(lows, lows[1:]))
    assert m.pairs == want and len(want) > 10


# ---------------------------------------------------------------------------------------
# A run of names or fields glued together: its repeated-words test reads each word once, and
# the answer is worked out once per text


def _repeats_slow(words: list, n: int = 6, times: int = 3) -> bool:
    seen: dict = {}
    for i in range(len(words) - n + 1):
        key = tuple(w.lower() for w in words[i:i + n])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] >= times and words[i][:1].isupper():
            return True  # (a run opening with a capital: not a legal sentence's parallel clauses)
    return False


@settings(deadline=None, max_examples=500)
@given(st.lists(st.sampled_from(["Share", "share", "A", "a", "plan", "on", "Facebook", "X"]), max_size=40),
       st.integers(min_value=1, max_value=7), st.integers(min_value=1, max_value=4))
def test_repeated_run_test_as_word_by_word(words, n, times):
    from plainlint.metrics import _repeats_itself

    assert _repeats_itself(words, n, times) == _repeats_slow(words, n, times)


def test_label_run_once_per_text_as_worked_out_each_time():
    from plainlint.metrics import is_label_run

    texts = [text for _t, _w, text in _sentences_of(_shape_files())]
    texts += ["Share A new plan on Facebook Share A new plan on Twitter Share A new plan on LinkedIn now",
              "Present: Dame Jo Smith Mr Sam Lee Ms Ann Brown Cllr Tim Green Dr Sue White In attendance: "
              "Mr Bob Black Ms Kay Grey"]
    got = [is_label_run(t) for t in texts]
    assert got == [is_label_run.__wrapped__(t) for t in texts]
    assert sum(got) >= 3 and not all(got)
    big = " ".join(t for t in texts if len(t.split()) > 12)  # also long word lists, word by word
    words = big.split()
    assert _repeats_slow(words[:3000]) == __import__("plainlint.metrics").metrics._repeats_itself(words[:3000])


# ---------------------------------------------------------------------------------------
# The acronym check's search of the whole text for a surname's full name: once per surname


_RANKS = (
    "Minutes of the Panel\n\nPresent: Jonathan Roberts, Sam Okafor.\n\n"
    "DCI Roberts said the review was under way. The SIO reported to DCI Roberts in May.\n\n"
    "DS Okafor agreed. DCI Roberts will write to the SAB. The KCC team met DCI Roberts again.\n\n"
    "The ICB said that ICB Funding Panel members would attend; ICB Roberts is not a person.\n"
)


def test_full_name_of_a_surname_found_once_as_each_time(monkeypatch):
    import importlib

    from plainlint.analysis import analyse
    from plainlint.config import Config
    from plainlint.extract import extract

    check = importlib.import_module("plainlint.checks.acronyms.check")

    class Forgetful(dict):
        def __setitem__(self, key, value):  # nothing kept: every use searches the text again
            pass

    cfg = Config()
    docs = [(_RANKS.encode(), "ranks.md")] + [(p.read_bytes(), p.name) for p in
                                               [FIXTURES / "sample.md", FIXTURES / "board-paper.docx"]]
    calls = []
    original = check._title_before_name

    def each_time(analysed, text, occ):
        calls.append(1)
        analysed.acronym_survey.full_names = Forgetful()
        return original(analysed, text, occ)

    for data, name in docs:
        doc = extract(data, name, cfg.extract_options())
        fast = _findings(analyse(doc))
        monkeypatch.setattr(check, "_title_before_name", each_time)
        slow = _findings(analyse(doc))
        monkeypatch.setattr(check, "_title_before_name", original)
        assert fast == slow
    assert len(calls) >= 4


@settings(deadline=None, max_examples=500)
@given(st.text(max_size=60) | st.text(alphabet="ab1_ -’éü\u00a0\u2013.\n\ud800", max_size=60))
def test_words_at_most_is_never_below_the_count(text):
    """The size limit's bound found in C (no pattern) is never below the words counted, and
    is the count itself for ASCII text."""
    from plainlint.extract.limits import words_at_most, words_up_to

    n = words_up_to(text, 10**6)
    assert words_at_most(text) >= n
    if text.isascii():
        assert words_at_most(text) == n


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet="ab1_ -’éü\u2013.\n", max_size=40), st.integers(min_value=0, max_value=25),
       st.booleans())
def test_size_limit_with_the_bound_refuses_as_counting_does(text, limit, source):
    from plainlint.errors import ExtractError
    from plainlint.extract import ExtractOptions
    from plainlint.extract.limits import check_size, words_up_to

    n = words_up_to(text, 10**6)
    try:
        got = check_size(text, 0, ExtractOptions(max_words=limit), source=source)
    except ExtractError:
        assert n > (2 * limit if source else limit)
    else:
        assert n <= (2 * limit if source else limit) and n <= got


# ---------------------------------------------------------------------------------------
# Blank English made with the tokenizer's and vectors' factories given, not asked of the registry


def _settings(nlp) -> dict:
    tok = nlp.tokenizer
    pattern = lambda f: getattr(getattr(f, "__self__", None), "pattern", f)  # noqa: E731
    return {
        "rules": tok.rules,
        "prefix": pattern(tok.prefix_search), "suffix": pattern(tok.suffix_search),
        "infix": pattern(tok.infix_finditer), "token_match": pattern(tok.token_match),
        "url_match": pattern(tok.url_match), "faster_heuristics": tok.faster_heuristics,
        "tokenizer": type(tok), "vectors": (type(nlp.vocab.vectors), nlp.vocab.vectors.shape, nlp.vocab.vectors.mode),
        "getters": sorted(nlp.vocab.lex_attr_getters), "config": nlp.config.to_str(), "lang": nlp.lang,
        "pipes": nlp.pipe_names, "max_length": nlp.max_length,
    }


def test_blank_english_with_its_factories_given_equals_the_registry_s():
    """get_nlp(None) gives Language.__init__ the tokenizer's and the vectors' factories
    (analysis._blank_factories) rather than letting it ask spaCy's registry, which first fills
    the registry with everything spaCy registers: the same pipeline either way."""
    from plainlint.analysis import _blank_factories, _plain_english, get_nlp

    cls = _plain_english()
    given_ = cls(**_blank_factories(cls))
    asked = cls()
    assert _blank_factories(cls)  # the shortcut is taken for blank English
    assert _settings(given_) == _settings(asked)
    ours = get_nlp(None)
    ours_settings = _settings(ours)
    assert ours_settings.pop("max_length") == 50_000_000
    asked_settings = _settings(asked)
    asked_settings.pop("max_length")
    assert ours_settings == asked_settings
    for text in ["The (EFA)-funded plan's aims: see www.example.org/a?b=1 or email a.b@c.org.",
                 "Co-production isn't done-to; it's 'with' (see p.12) — £3.5m, 10%, 1st.", "U.K. N.B. e.g. i.e."]:
        assert [(t.text, t.whitespace_, t.norm_, t.like_num) for t in ours(text)] == [
            (t.text, t.whitespace_, t.norm_, t.like_num) for t in asked(text)]


def test_blank_factories_are_not_used_for_a_config_naming_others():
    from spacy.lang.en import English

    from plainlint.analysis import _blank_factories

    class Other(English):
        pass

    Other.default_config = Other.default_config.copy()
    Other.default_config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.Tokenizer.v1", "x": 1}
    assert _blank_factories(Other) == {}
    Other.default_config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.Tokenizer.v1"}
    Other.default_config["nlp"]["vectors"] = {"@vectors": "my.Vectors.v1"}
    assert _blank_factories(Other) == {}


def test_the_pipeline_is_built_without_filling_spacy_s_registry():
    """What the shortcut saves (spaCy 3.8 fills its registry when first asked): building the
    pipeline and checking a short text leave it unfilled."""
    code = ("import sys, importlib.util\n"
            "from plainlint.api import check_text\n"
            "check_text('A short sentence to check. The NHS Trust (the Trust) met.')\n"
            "r = sys.modules.get('spacy.registrations')\n"
            "print('none' if r is None else r.REGISTRY_POPULATED)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[-1] in ("none", "False")
