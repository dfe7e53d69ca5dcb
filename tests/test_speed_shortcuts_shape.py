"""Issue 15's speed shortcuts in the long-sentence check's reading of a sentence's shape
(checks/sentence_shape.py), each against the slow way it stands for:

- ``reader_length`` walks only the tokens one regex (``_READER_AT``) picks out, in C, not every
  token, and looks for long names only from tokens not in lower case (``_name_starts``): walked
  at every token both times, it gives the same on every sentence;
- ``shape(..., long_words=False)`` (what the long-sentence check asks for while the weights give
  long words none) counts syllables only for the words that may be long abstract nouns: the same
  shape as counting every word's, ``long_words`` aside, and the same reasons from hard_reasons.

On sentences of our own, the fixtures (and the shared corpus where it is present) and text made
by hypothesis.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import analyse, get_nlp, token_texts, word_flags
from plainlint.checks import sentence_shape
from plainlint.checks.sentence_shape import WEIGHTS, hard_reasons, reader_length, shape
from plainlint.config import Config
from plainlint.document import Block, Document
from plainlint.extract import extract
from plainlint.metrics import syllables

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

_OURS = [
    "The Panel noted the report on the Integrated Care Board Programme Page 4 of 12 The Board agreed that the "
    "arrangements for implementation of the development programme should continue with further consideration.",
    "Officers explained that improvement of the accommodation was a requirement.2Home Office, Guidance on asylum "
    "support, at https://www.example.org/guidance-on-support and the Committee asked for more information.",
    "The service (PSS) The Patient Support Service is reviewing its arrangements for assessment, management and "
    "governance, with the involvement of residents and the engagement of partners across the borough.",
    "Members discussed the performance of the organisation. improvement plans were agreed by both parties for "
    "the following two years. £249m is spent by the authority on transformation and commissioning.",
    "We will support our staff X We will improve the environment X We will deliver the best care X Our "
    "priorities are prevention, integration and transformation of services across the region.",
    "The consultation on the Local Development Framework - Stronger financial performance is expected in the "
    "next year - Better outcomes for the population are needed across the organisation and its partners.",
    "Sam Lee (Director of Public Health and Wellbeing) said that the implementation of the commissioning "
    "arrangements, which had been considered by Cardiff and Vale University Health Board, was on track.",
]


def _sentences(texts: list) -> list:
    """(token texts, word flags, lower-case texts, text) of each sentence of each text (a str,
    one paragraph, or a file's path, read as plainlint reads it)."""
    flags = word_flags(get_nlp().vocab)
    out = []
    for text in texts:
        if isinstance(text, Path):
            doc = extract(text.read_bytes(), str(text), Config().extract_options())
        else:
            doc = Document(path="t.txt", format="text", text=text, blocks=[Block(start=0, end=len(text))])
        analysed = analyse(doc)
        for s in analysed.sentences:
            toks = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
            out.append((toks, [bool(flags[t]) for t in toks], [t.lower() for t in toks], s.text))
    return out


def _texts() -> list:
    out = list(_OURS)
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            out += sorted(folder.glob("*.md"))[:30]
    return out


def _same(sentences, monkeypatch) -> int:
    syl = syllables()
    fast = []
    for texts, word, lows, text in sentences:
        fast.append((reader_length(texts, word, text), shape(texts, word, syl, text, lows=lows, long_words=False)))
    # the slow way: every token walked, every word's syllables counted
    monkeypatch.setattr(sentence_shape, "_READER_AT", re.compile(""))
    monkeypatch.setattr(sentence_shape, "_name_starts", lambda texts, lo, hi: set(range(lo, hi)))
    checked = 0
    for (texts, word, lows, text), (length, sh) in zip(sentences, fast):
        assert reader_length(texts, word, text) == length, text
        slow = shape(texts, word, syl, text, lows=lows)
        assert hard_reasons(slow) == hard_reasons(sh), text
        slow.long_words = 0
        assert slow == sh, text
        checked += 1
    return checked


def test_shape_shortcuts_on_our_sentences_the_fixtures_and_the_corpus(monkeypatch):
    assert not WEIGHTS["long-words"]  # else the long-sentence check asks for long_words and this tests nothing it uses
    sentences = _sentences(_texts())
    # our own sentences reach the walk's branches: furniture and long names are found in them
    ours = _sentences(_OURS)
    assert sum(reader_length(t, w, x)[0] > 0 for t, w, _l, x in ours) >= 3
    assert sum(reader_length(t, w, x)[1] > 0 for t, w, _l, x in ours) >= 1
    assert any(shape(t, w, syllables(), x, lows=lw, long_words=False).abstract for t, w, lw, x in ours)
    assert _same(sentences, monkeypatch) > len(_OURS)


def test_long_words_are_counted_unless_the_caller_says_not():
    texts = "The organisation considered the transformation of accommodation arrangements".split()
    word = [True] * len(texts)
    assert shape(texts, word, syllables(), " ".join(texts)).long_words >= 4
    assert shape(texts, word, syllables(), " ".join(texts), long_words=False).long_words == 0


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(["The", "This", "We", "Page", "4", "of", "12", "-", " - ", ".", " ", "plan", "plans",
                                 "Board", "Health", "and", "improvement", "implementation", "arrangements", "(", ")",
                                 "PSS", "X", "http://a.b/c-d", "https://www.example.org/x", "’,2Home", "services.The",
                                 "2026", "£5m", ";", "ii", "accommodation", "Director", "of", "Public", "in", "addition"]),
                min_size=8, max_size=70))
def test_shape_shortcuts_on_made_up_text(parts):
    text = " ".join(parts)
    sentences = _sentences([text])
    with pytest.MonkeyPatch.context() as mp:
        _same(sentences, mp)


def test_token_texts_used_here_are_the_docs():
    doc = get_nlp()("The Board noted it.")
    assert token_texts(doc) == [t.text for t in doc]


def test_a_sentence_mostly_in_capitals_is_not_read_for_furniture():
    # (the capitals are counted in C: the count must still tell a line in capitals)
    texts, word, _lows, text = next(s for s in _sentences(_OURS) if reader_length(s[0], s[1], s[3])[0] > 0)
    shouted = [t.upper() if w and t not in ("Page", "The", "This") else t for t, w in zip(texts, word)]
    assert reader_length(shouted, word, " ".join(shouted)) == (0, 0)
