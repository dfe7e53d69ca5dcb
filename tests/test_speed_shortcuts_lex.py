"""The lexical attribute getters with shortcuts (plainlint.lex_getters) give spaCy's answers."""

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.attrs import IDS  # noqa: E402
from spacy.lang.en import English  # noqa: E402

from plainlint.analysis import get_nlp  # noqa: E402

_EDGES = [
    "", " ", "\n\n", "a", "A", "Aa", "aaaaa", "AAAAAAAA", "aaaaXXXXXaaaa", "-----", "—————", "1234567",
    "12,000", "1.5", "+3", "-4", "±5", "~6", "1/2", "1/2/3", "a/b", "3rd", "21st", "twenty", "Twenty",
    "TWENTY", "twentieth", "Hundred", "millions", "ten", "tenth", "first", "First", "fifth", "ſt",
    "İstanbul", "naïve", "café", "Ǆ", "²", "³rd", "٣", "x" * 99, "x" * 100, "X" * 150, "ab1234567cd",
    "http://", "https://x", "http:", "www.", "www.gov.uk", "gov.uk", "nhs.uk/", "a.b", ".uk", "uk.",
    "me@x.org", "user@host", "example.com:8080", "foo.bar/baz", "localhost:80", "e.g", "i.e.", "U.K.",
    "http//x", "HTTP://X", "NHS", "£5m", "5m", "(CCG)", "“quoted”", "n't", "'s", "\t", "\u200b", "a\nb",
]


def _corpus_words():
    words = set(_EDGES)
    for folder in (Path(__file__).resolve().parent.parent / "fixtures", Path("/work/shared/corpus/real")):
        if folder.is_dir():
            for p in sorted(folder.glob("*.md"))[:40]:
                words.update(p.read_text(encoding="utf-8", errors="replace").split())
    return sorted(words)


def _answer(fn, w):
    try:
        return fn(w)
    except Exception as exc:  # spaCy's like_url reads text[0]: an empty text raises, and so must ours
        return type(exc)


def test_getters_give_spacys_answers():
    ours = get_nlp(None).vocab.lex_attr_getters
    theirs = English().vocab.lex_attr_getters
    assert set(ours) == set(theirs)
    names = {v: k for k, v in IDS.items()}
    nlp = get_nlp(None)
    words = _corpus_words()
    # and every token of the words as the tokenizer cuts them (what becomes a lexeme)
    words = sorted(set(words) | {t.text for w in words[:20000] for t in nlp.make_doc(w)})
    for attr, slow in theirs.items():
        fast = ours[attr]
        for w in words:
            assert _answer(fast, w) == _answer(slow, w), (names.get(attr, attr), w)


def test_getters_replaced():
    from spacy.attrs import LIKE_NUM, LIKE_URL
    from spacy.lang import lex_attrs

    ours = get_nlp(None).vocab.lex_attr_getters
    assert ours[LIKE_URL] is not lex_attrs.like_url
    assert ours[LIKE_NUM] is not English.Defaults.lex_attr_getters[LIKE_NUM]


def test_lexemes_equal():
    from spacy.attrs import LIKE_NUM, LIKE_URL, SHAPE

    nlp = get_nlp(None)
    other = English()
    for w in _EDGES[1:] + ["plainlint-lex-test-word", "plainlint.example", "9999th"]:
        a, b = nlp.vocab[w], other.vocab[w]
        assert (a.shape_, a.like_url, a.like_num) == (b.shape_, b.like_url, b.like_num), w
        assert a.check_flag(LIKE_NUM) == b.check_flag(LIKE_NUM)
        assert nlp.vocab.lex_attr_getters[SHAPE](w) == b.shape_
        assert nlp.vocab.lex_attr_getters[LIKE_URL](w) == b.like_url


def test_sentences_made_by_position_hold_their_fields():
    """analyse makes each Sentence by position (half the cost of naming the fields): each field
    holds what its name says."""
    from plainlint.analysis import analyse, is_word_text
    from plainlint.extract import extract

    doc = extract(b"# A heading\n\nThe council met twice. It agreed the plan.\n\n- one item\n", "t.md")
    a = analyse(doc)
    assert [s.text for s in a.sentences] == ["A heading", "The council met twice.", "It agreed the plan.", "one item"]
    for s in a.sentences:
        assert doc.text[s.start:s.end] == s.text
        toks = a.token_texts[s.block_index][s.tok_start:s.tok_end]
        assert "".join(toks).replace(" ", "") == s.text.replace(" ", "")
        assert s.words == sum(is_word_text(get_nlp(None).vocab, t) for t in toks)
