"""The speed shortcuts of issue 15 give what the slow way gives.

The analysis and the checks read token texts, offsets and word flags from lists
(``Analysed.token_texts``, ``Analysed.block_texts``, ``analysis.word_flags``) instead of
one spaCy Token per token, and skip matching a block again without its line breaks where
no phrase could run across one (``LazyPhraseMatcher.across_a_gap``). Each is checked here
against the spaCy objects it stands for, on the bundled fixtures and on text made to have
line breaks inside phrases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plainlint.analysis import analyse, get_nlp, is_word, is_word_text
from plainlint.config import Config
from plainlint.extract import extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# line breaks and double spaces inside phrases of the word lists and the co-production ladder
BROKEN = (
    "In order\nto help residents, we will make\n  use of the new hub.\n\n"
    "The plan was co-produced  with carers and\nco-designed with young people.\n\n"
    "We consulted\n  residents through a survey and held drop-in sessions with\nfamilies.\n\n"
    "Staff will utilise\nthe data in  order to   improve services.\n\n"
    "The strategy was co-\nproduced with residents, who were\n  involved in\ndecision making.\n\n"
    "We will work in partnership\nwith people  with lived experience.\n"
)


def _documents():
    cfg = Config()
    out = [extract(BROKEN.encode(), "broken.txt", cfg.extract_options())]
    for name in ("sample.md", "layout-blank-lines.txt", "board-paper.docx", "board-paper.pdf"):
        path = FIXTURES / name
        out.append(extract(path.read_bytes(), name, cfg.extract_options()))
    return out


@pytest.fixture(scope="module")
def analysed_docs():
    get_nlp(None)
    return [analyse(doc) for doc in _documents()]


def test_token_and_block_texts_are_the_docs_own(analysed_docs):
    for a in analysed_docs:
        assert len(a.token_texts) == len(a.block_docs) == len(a.block_texts)
        for doc, texts, text in zip(a.block_docs, a.token_texts, a.block_texts):
            assert texts == [t.text for t in doc]
            assert text == doc.text


def test_word_flags_equal_is_word_on_every_token(analysed_docs):
    seen = 0
    for a in analysed_docs:
        for doc in a.block_docs:
            for t in doc:
                assert is_word_text(doc.vocab, t.text) == is_word(t), t.text
                seen += 1
    assert seen > 1000


def test_sentences_made_from_arrays_equal_their_spans(analysed_docs):
    for a in analysed_docs:
        assert a.sentences
        for s in a.sentences:
            span = a.block_docs[s.block_index][s.tok_start:s.tok_end]
            block = a.blocks[s.block_index]
            assert s.text == span.text
            assert (s.start, s.end) == (block.start + span.start_char, block.start + span.end_char)
            assert s.words == sum(1 for t in span if is_word(t))


def _matches_without_gaps(matcher, sdoc):
    """The slow way: every block with space tokens matched again without them."""
    from spacy.tokens import Doc

    keep = [t.i for t in sdoc if not t.is_space]
    if len(keep) < 2:
        return []
    squeezed = Doc(sdoc.vocab, words=[sdoc[i].text for i in keep], spaces=[True] * len(keep))
    return [(m, keep[s], keep[e - 1] + 1) for m, s, e in matcher(squeezed)]


def test_skipping_the_gapless_view_loses_no_match(analysed_docs):
    from plainlint.api import get_engine

    from plainlint.checks.coproduction.model import lexicon

    engine = get_engine(Config())
    matchers = [c.matcher for c in engine.checks if type(c).__name__ == "SubstitutionCheck"]
    matchers.append(lexicon(Config()).matcher)
    assert len(matchers) == 2
    crossed = 0
    for a in analysed_docs:
        for matcher in matchers:
            matcher.prepare(a.document.text)
            for sdoc, texts in zip(a.block_docs, a.token_texts):
                own = {(m, s, e) for m, s, e in matcher(sdoc)}
                across = [x for x in _matches_without_gaps(matcher, sdoc) if x not in own]
                if across:
                    crossed += 1
                    # a match across a gap exists only where the shortcut says one could
                    assert matcher.across_a_gap(texts), [sdoc[s:e].text for _m, s, e in across]
    assert crossed >= 2  # the broken text has phrases across line breaks, in both matchers' lists


def test_coproduction_hits_equal_those_of_the_gapless_view(analysed_docs, monkeypatch):
    from plainlint.checks.coproduction.model import lexicon

    lex = lexicon(Config())
    viewed = 0
    for a in analysed_docs:
        lex.matcher.prepare(a.document.text)
        for sdoc, texts in zip(a.block_docs, a.token_texts):
            keep, hits = lex.match(sdoc, texts)
            assert list(keep) == [i for i, t in enumerate(sdoc) if not t.is_space]
            if len(keep) == len(sdoc):
                continue
            viewed += 1
            with monkeypatch.context() as m:  # the slow way: always the view without the spaces
                m.setattr(lex.matcher, "across_a_gap", lambda _texts: True)
                keep2, hits2 = lex.match(sdoc, texts)
            assert list(keep2) == list(keep)
            assert [(h.tag, h.start, h.end) for h in hits] == [(h.tag, h.start, h.end) for h in hits2]
    assert viewed >= 4


# ---------------------------------------------------------------------------------------
# The tokenizer made once with our settings


#: every attribute of a token or its lexeme that a check reads
_TOKEN_ATTRS = ("text", "whitespace_", "idx", "lower_", "norm_", "shape_", "is_alpha", "is_digit", "is_punct",
                "is_space", "is_bracket", "is_quote", "is_left_punct", "is_right_punct", "is_stop",
                "like_num", "like_url", "like_email", "is_title", "is_upper", "is_lower", "prefix_", "suffix_")


def _token_rows(nlp, text):
    return [tuple(getattr(t, a) for a in _TOKEN_ATTRS) for t in nlp(text)]


def _tokenizer_texts():
    yield BROKEN + "Colleges and Education Funding Agency (EFA)-funded schemes. offer(LO) (NICE)39 (NOMS): NOMS is :) ;-)"
    for doc in _documents():
        yield doc.text
    # this checkout's own prose: the README and docs/ (plenty of brackets, codes and lists)
    root = FIXTURES.parent
    for path in [root / "README.md"] + sorted((root / "docs").glob("*.md")):
        yield path.read_text(encoding="utf-8")
    corpus = FIXTURES.parent.parent / "shared" / "corpus" / "real"
    if corpus.is_dir():  # more text where the shared corpus is present (not needed for the test to mean something)
        for path in sorted(corpus.glob("*.md"))[:40]:
            yield path.read_text(encoding="utf-8", errors="replace")


def test_built_in_tokenizer_settings_equal_settings_made_after():
    """get_nlp(None) builds blank English with the glued-bracket infixes and without the
    bracket emoticons in one go; it must tokenize exactly as spacy.blank("en") with the same
    settings applied afterwards (the way a loaded model gets them)."""
    import spacy

    from plainlint.analysis import _split_glued_brackets

    ours = get_nlp(None)
    slow = spacy.blank("en")
    _split_glued_brackets(slow)
    assert ours.tokenizer.rules == slow.tokenizer.rules
    assert ours.pipe_names == slow.pipe_names == []
    seen = 0
    for text in _tokenizer_texts():
        a, b = _token_rows(ours, text), _token_rows(slow, text)
        assert a == b
        seen += len(a)
    assert seen > 20_000  # about 46,000 without ../shared
    # the settings do something: the glued bracket is split, the emoticon is not kept whole
    assert [t.text for t in ours("(EFA)-funded")][:3] == ["(", "EFA", ")"]
    assert "):" not in [t.text for t in ours("(NOMS): NOMS")]


def test_a_block_without_spaced_text_has_no_space_token(analysed_docs):
    """Analysed.spaced[b] False lets co-production and substitution skip looking for space
    tokens in block b: it must never be False where the block's Doc has one."""
    from plainlint.analysis import _SPACE_TOKEN_TEXT

    seen = {True: 0, False: 0}
    for a in analysed_docs:
        for doc, texts, spaced in zip(a.block_docs, a.token_texts, a.spaced):
            if any(t.is_space for t in doc):
                assert spaced, texts
            seen[spaced] += 1
    assert seen[True] and seen[False]  # both ways are met on these documents
    nlp = get_nlp(None)
    for text in ["a\u00a0b", "a\tb", "a  b", " a", "a\u2028b", "a\u3000b", "one two three"]:
        doc = nlp(text)
        assert bool(_SPACE_TOKEN_TEXT.search(text)) or not any(t.is_space for t in doc), text


REFERENCES = (
    "Smith J, Jones K (2019) Reading plain English. Journal of Words 3: 1-9.\n\n"
    "Fazel S, Khosla V et al. Mental health. doi:10.1000/182\n\n"
    "Plain words for plain people. AVAILABLE FROM: the library. [accessed 1 May 2020]\n\n"
    "A handbook, ISBN 978-0-00-000000-0, and a page Retrieved from the web.\n\n"
    "Our own sentence about a doing word, not a reference.\n\n"
    "An Isbn in odd case and the ETAL that is not et alia.\n"
)


def test_reference_entry_words_find_every_reference_block(monkeypatch):
    """Only blocks holding one of _REFERENCE_ENTRY's words are searched with it: the blocks
    found must be those a search of every block finds."""
    from plainlint import analysis

    docs = _documents() + [extract(REFERENCES.encode(), "refs.txt", Config().extract_options())]
    fast = [analysis._reference_blocks(analyse(d)) for d in docs]
    assert any(fast)
    monkeypatch.setattr(analysis, "_entry_candidates", lambda analysed: None)
    slow = [analysis._reference_blocks(analyse(d)) for d in docs]
    assert fast == slow


ADDRESS_TEXTS = [
    "See www.nhs.uk for more.", "Mail us at help@council.gov.uk today.", "Go to https://example.com/a?b=c.",
    "The site gmc-uk.org/guidance explains it.", "Read NHS.UK and WWW.GOV.UK now.", "He left. She stayed.",
    "A figure of 3.5 per cent.", "Odd case: site.\u212aom and long s: site.\u017fcot.", "e.g. this, i.e. that.",
    "ftp://files.example.net/x", "No address here at all", "Version 2.0.1 of the plan.",
]


def test_address_hint_never_misses_an_address():
    """metrics._words strips addresses only where ADDRESS_HINT finds '@', '://', 'www.' or a
    full stop before a letter: every text ADDRESS matches in must have one, and the words
    counted must be those of stripping every text."""
    from plainlint import metrics
    from plainlint.addresses import ADDRESS, ADDRESS_HINT

    texts = list(ADDRESS_TEXTS)
    for doc in _documents():
        texts += [doc.text[b.start:b.end] for b in doc.blocks]
    matched = 0
    for t in texts:
        if ADDRESS.search(t):
            matched += 1
            assert ADDRESS_HINT.search(t), t
        slow = tuple(metrics._PUNCTUATION.sub("", metrics._NONCONTRACTION_APOSTROPHE.sub(
            "", ADDRESS.sub(" ", t))).split())
        assert metrics._words(t) == slow, t
    assert matched >= 6


@pytest.mark.parametrize("line", [
    "Working with carers ........ 24", "Working with carers ... 24", "Carers . . . . 24", "Carers . . . 24",
    "Carers …… 24", "Carers … 24", "Sign here ____", "Sign here ___", "Plain words", "x....", ". . . .",
    "Carers. . . . .24", "a_b_c_d", "Words\nOn ........ two lines",
])
def test_contents_line_finds_what_the_leaders_pattern_finds(line):
    """substitution._contents_line looks for four marks with str.find; the pattern they stand
    for must agree on every line (of a block of one or more lines)."""
    import re
    from types import SimpleNamespace

    from plainlint.checks.substitution import _contents_line

    pattern = re.compile(r"\.{4,}|…{2,}|(?:\. ){4,}|_{4,}")
    text = "Before.\n\n" + line + "\n\nAfter."
    block = SimpleNamespace(start=9, end=9 + len(line))
    for start in range(block.start, block.end):
        lo = text.rfind("\n", block.start, start) + 1 or block.start
        hi = text.find("\n", start + 1, block.end)
        expect = bool(pattern.search(text, lo, hi if hi >= 0 else block.end))
        assert _contents_line(text, block, start, start + 1) == expect, (line, start)


def _quote_ranges_char_by_char(text):
    """analysis.quote_ranges as first written, one character at a time: the reference."""
    out = []
    pairs = {"“": "”", "‘": "’", '"': '"', "'": "'"}
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in pairs and (c in "“\"" or i == 0 or not text[i - 1].isalnum()):
            close = pairs[c]
            j = i + 1
            while j < n:
                if text[j] == close and (close in "”\"" or j + 1 >= n or not text[j + 1].isalnum()):
                    break
                j += 1
            if j < n:
                out.append((i, j))
                i = j + 1
                continue
        i += 1
    return out


def test_quote_ranges_equal_the_character_by_character_reading():
    import random

    from plainlint.analysis import quote_ranges

    rng = random.Random(15)
    texts = ["He said \"plain words\" and 'short ones', don't you?", "‘Quoted’ and “double” marks",
             "'", "''", "it's the 'end", "“unclosed", "a'b'c 'd' e'"]
    texts += ["".join(rng.choice("ab '\"“”‘’.") for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for doc in _documents():
        texts += [doc.text[b.start:b.end] for b in doc.blocks]
    for t in texts:
        assert quote_ranges(t) == _quote_ranges_char_by_char(t), t
