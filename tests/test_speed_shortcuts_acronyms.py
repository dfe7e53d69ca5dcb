"""Issue 15's speed shortcuts in the acronym check (sixth session, second speed engineer), each
against the slow way it replaces:

- ``survey.letter_words``: the document's distinct runs of letters, searched in each distinct
  stretch between white space instead of across the whole text;
- ``check._members_after``: "QZS members" found from the word "members" (``str.find``), the
  pattern tried only just before it, instead of a search trying every place in the text;
- ``check._owns``: "QZP’s own" found from "s own" (``str.find``), the pattern tried only there;
- ``check.first_text_use``: each use judged a label or running text once per document (both
  acronym-undefined and acronym-defined-late ask), kept on the survey.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import analyse
from plainlint.config import Config
from plainlint.extract import extract

survey_mod = importlib.import_module("plainlint.checks.acronyms.survey")
check_mod = importlib.import_module("plainlint.checks.acronyms.check")
shape_mod = importlib.import_module("plainlint.checks.acronyms.shape")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
FIXTURES = ROOT / "fixtures"

# the characters the patterns' look-arounds and classes turn on: letters (accented too), digits,
# '_', '.', '/', '@', ':', '&', and white space of every kind str.split and \s know
_PIECES = st.sampled_from(["a", "Z", "é", "Ö", "ß", "1", "_", ".", "/", "@", ":", "&", "-", "'", " ", "\t",
                           "\n", "\u00a0", "\u2028", "\x1c", "\x1f", "\u3000", "members", "Members", "QZS",
                           "K&M", "ABCDEFGHIJ", "nonmembers", "membership", "www.qz.uk", "x@y.org", "1st",
                           "s", "’", "own", "owner", "s own"])
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _real_texts() -> list[str]:
    paths = sorted(FIXTURES.glob("*.md")) + (sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else [])
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_letter_words_per_stretch_equal_the_search_of_the_whole_text(text):
    assert survey_mod.letter_words(text) == set(shape_mod._LETTERS.findall(text))


def test_letter_words_of_real_documents_equal_the_search_of_the_whole_text():
    texts = _real_texts()
    assert texts
    for text in texts:
        assert survey_mod.letter_words(text) == set(shape_mod._LETTERS.findall(text))


def _members_slow(text: str) -> list:
    return [(m.span(), m.group(1)) for m in check_mod._MEMBERS_AFTER.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_members_found_from_the_word_equal_the_search_of_the_whole_text(text):
    assert [(m.span(), m.group(1)) for m in check_mod._members_after(text)] == _members_slow(text)


def test_members_of_real_documents_equal_the_search_of_the_whole_text():
    texts = _real_texts() + ["advice to QZS members", "K&M  \n members' views", "ABCDEFGHI members", "XY membership"]
    found = 0
    for text in texts:
        fast = [(m.span(), m.group(1)) for m in check_mod._members_after(text)]
        assert fast == _members_slow(text)
        found += len(fast)
    assert found >= 2


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_owns_found_from_the_words_equal_the_search_of_the_whole_text(text):
    slow = [m.span() for m in check_mod._OWN_AFTER.finditer(text)]
    assert [m.span() for m in check_mod._owns(text)] == slow


def test_owns_of_real_documents_equal_the_search_of_the_whole_text():
    texts = _real_texts() + ["chime with QZP’s own view", "QZP's own", "it's owner", "Its own", "s own"]
    found = 0
    for text in texts:
        fast = [m.span() for m in check_mod._owns(text)]
        assert fast == [m.span() for m in check_mod._OWN_AFTER.finditer(text)]
        found += len(fast)
    assert found >= 2


def test_first_text_use_judged_once_gives_what_judging_every_time_gives(monkeypatch):
    cfg = Config()
    texts = ["# QZB report\n\nSource: QZB\n\nThe QZB met. The QZB agreed the plan (QZP). The QZP starts soon.\n\n"
             "Later the Quiet Zone Plan (QZP) was agreed and “QZR said no” before the QZR met.\n"]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.glob("*.md"))[:6]]
    calls = 0
    label_use = check_mod._label_use

    def counted(analysed, occ):
        nonlocal calls
        calls += 1
        return label_use(analysed, occ)

    monkeypatch.setattr(check_mod, "_label_use", counted)
    asked = 0
    for text in texts:
        analysed = analyse(extract(text.encode(), "t.md", cfg.extract_options()), model=cfg.model)
        s = survey_mod.survey(analysed)
        for uses in s.uses.values():
            slow = next(((o, False) for o in uses if not label_use(analysed, o)), (uses[0], True))
            first = check_mod.first_text_use(analysed, uses)
            calls = 0
            again = check_mod.first_text_use(analysed, uses)
            assert first[0] is slow[0] and first[1] == slow[1]
            assert again[0] is first[0] and again[1] == first[1]
            assert calls == 0  # the second asking judges nothing again
            asked += 1
    assert asked >= 3


def _analysed_texts():
    cfg = Config()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.glob("*.md"))]
    texts += ["The 3 NHS bodies, 10 of them & the ‘QZ’ Board's 1st and second-tier teams (QZBT) meet in 2024.\n"]
    for text in texts:
        yield analyse(extract(text.encode(), "t.md", cfg.extract_options()), model=cfg.model)


def test_words_from_token_texts_equal_the_words_from_tokens():
    compared = 0
    for analysed in _analysed_texts():
        surveyor = survey_mod._Surveyor(analysed, set(), {})
        for sdoc in analysed.block_docs[:200]:
            n = len(sdoc)
            for lo, hi in {(0, n), (1, n), (0, n - 1), (n // 3, 2 * n // 3), (2, 2), (5, 3), (-3, n), (0, n + 4)}:
                assert surveyor._words(sdoc, lo, hi) == surveyor._words_by_token(sdoc, lo, hi)
                compared += 1
            if n > 2:
                span = sdoc[1:n]  # a Span: read token by token
                assert surveyor._words(span, 0, len(span)) == surveyor._words_by_token(span, 0, len(span))
    assert compared > 50


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["NHS", "the", "of", "and", "3", "10th", "Board's", "&", "'s", "(", ")", "QZ-B",
                                 "café", "WHO", "one", "2024", "—", "‘x’", "Mr.", "e.g.", "\n", "  "]),
                min_size=1, max_size=30).map(" ".join))
def test_words_of_any_text_from_token_texts_equal_the_words_from_tokens(text):
    from plainlint.analysis import get_nlp

    doc = get_nlp(Config().model).make_doc(text)
    surveyor = survey_mod._Surveyor.__new__(survey_mod._Surveyor)
    surveyor._doc_texts, surveyor._word_info = {}, {}
    assert surveyor._words(doc, 0, len(doc)) == surveyor._words_by_token(doc, 0, len(doc))


def test_word_text_table_equals_the_word_test():
    seen = 0
    for analysed in _analysed_texts():
        for sdoc, texts in zip(analysed.block_docs, analysed.token_texts):
            flags = survey_mod.word_text_flags(sdoc.vocab)
            for tx in texts + ["&", "'s", "’re", "", "(", "3", "x"]:
                assert flags[tx] == survey_mod._is_word_text(sdoc.vocab, tx)
                seen += 1
    assert seen > 100


def test_every_defining_phrase_is_still_read_where_its_word_is_looked_up_first():
    # the phrases are compared word by word only where the token next to the letters is one of their
    # last (before) or first (after) words: each phrase must still give its definition
    cfg = Config()
    for phrase in shape_mod._DEFINING_BEFORE:
        text = f"We met the Quiet Zone Wardens Board, {' '.join(phrase)} QZWB, on Monday.\n"
        s = survey_mod.survey(analyse(extract(text.encode(), "t.md", cfg.extract_options()), model=cfg.model))
        assert [d.form for d in s.definitions.get("QZWB", ())] in (["or"], ["loose"]), phrase
    for phrase in shape_mod._DEFINING_AFTER:
        text = f"QZWB {' '.join(phrase)} Quiet Zone Wardens Board.\n"
        s = survey_mod.survey(analyse(extract(text.encode(), "t.md", cfg.extract_options()), model=cfg.model))
        assert [d.form for d in s.definitions.get("QZWB", ())] in (["means"], ["loose"]), phrase


def test_a_space_token_is_one_whose_text_is_white_space():
    # _entry_at reads the block's token texts: spaCy's is_space is its lexeme's, str.isspace of the text
    seen = 0
    for analysed in _analysed_texts():
        for sdoc in analysed.block_docs:
            for t in sdoc:
                assert t.is_space == t.text.isspace()
                seen += 1
    from plainlint.analysis import get_nlp

    odd = get_nlp(Config().model).make_doc("a \u00a0 b\u2028c\x1c d\t\te\u3000 f\n\n g")
    assert all(t.is_space == t.text.isspace() for t in odd)
    assert seen > 100


def test_name_index_classes_worked_out_on_first_sight_equal_the_class_of_each_text():
    from spacy.lang.en.stop_words import STOP_WORDS

    kinds = check_mod._Kinds(STOP_WORDS)
    texts = ["Kent", "County", "Council", "NHS", "and", "of", "&", " ", "\n", "the", "The", "x", "Kent"]
    for analysed in _analysed_texts():
        texts += [tx for block in analysed.token_texts for tx in block]
    codes = "".join(map(kinds.__getitem__, texts))
    assert codes == "".join(check_mod._token_kind(tx, STOP_WORDS) for tx in texts)
    assert codes.startswith("wwwass")
