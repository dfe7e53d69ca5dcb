"""Issue 15's speed shortcut in the phrase matchers: a plain phrase (sure words between single
spaces) is given to spaCy's PhraseMatcher as the keys of its words in lower case, not as a Doc
made by the tokenizer. Each test holds it against the slow way (a Doc for every phrase)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import get_nlp, token_texts
from plainlint.config import Config


def _lower_keys(nlp, phrase):
    """The slow way: the LOWER keys of the tokens spaCy makes of ``phrase``."""
    from spacy.attrs import LOWER

    return [int(k) for k in nlp.make_doc(phrase).to_array([LOWER])]


def _matchers():
    """The lazy matchers of the shipped word lists and the co-production lexicon, every phrase
    still waiting (a new engine, not the cached one another test may have run)."""
    from plainlint.checks.coproduction import LADDER_FILE, Lexicon
    from plainlint.checks.substitution import SubstitutionCheck
    from plainlint.engine import Engine
    from plainlint.resources import wordlists_dir

    nlp = get_nlp(None)
    subs = [c.matcher for c in Engine(Config()).checks if isinstance(c, SubstitutionCheck)]
    return nlp, subs + [Lexicon(wordlists_dir() / LADDER_FILE, nlp).matcher]


def _waiting(m):
    return [(key, ph) for items in m._pending.values() for key, ph in items] + \
        [(key, ph) for _sq, key, ph in m._deferred]


def test_every_plain_phrase_of_the_word_lists_has_the_keys_of_its_tokens():
    nlp, matchers = _matchers()
    plain = other = 0
    for m in matchers:
        for _key, ph in _waiting(m):
            words = m.plain_words(ph)
            if words is None:
                other += 1
                continue
            plain += 1
            assert [nlp.vocab.strings.add(w) for w in words] == _lower_keys(nlp, ph), ph
            assert list(words) == [t.lower() for t in token_texts(nlp.make_doc(ph))], ph
    # most phrases take the shortcut, and some do not (hyphens, 'e.g.', special cases)
    assert plain > 4000 and other > 200, (plain, other)


_PARTS = ["in", "order", "to", "Service", "USERS", "cannot", "Cannot", "dont", "gonna", "e.g.", "co-production",
          "10am", "am", "don't", "&", "a", "I", "it's", "x", "St", "Dr", "mr"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PARTS), st.sampled_from([" ", " ", "  ", "\t", "\n", "-", ""])),
                min_size=1, max_size=5))
def test_a_phrase_taken_as_plain_is_its_words_as_tokens(pieces):
    """Any phrase the matcher takes as plain is tokenised into exactly its words."""
    from plainlint.phrases import LazyPhraseMatcher

    nlp = get_nlp(None)
    m = LazyPhraseMatcher(nlp)
    phrase = "".join(w + sep for w, sep in pieces)[:-1] or pieces[0][0]
    words = m.plain_words(phrase)
    if words is not None:
        assert [nlp.vocab.strings.add(w) for w in words] == _lower_keys(nlp, phrase), phrase


def test_the_matchers_hold_the_patterns_and_pairs_a_doc_for_every_phrase_gives():
    """Every phrase added (a long document with no word test adds everything waiting): the
    PhraseMatcher's patterns and the word pairs are those of a Doc made for every phrase."""
    from spacy.matcher import PhraseMatcher

    nlp, matchers = _matchers()
    for m in matchers:
        phrases = _waiting(m)
        eager = PhraseMatcher(nlp.vocab, attr="LOWER")
        pairs = set()
        by_key: dict = {}
        for key, ph in phrases:
            by_key.setdefault(key, []).append(nlp.make_doc(ph))
        for key, docs in by_key.items():
            eager.add(key, docs)
            for d in docs:
                lows = [t.lower() for t in token_texts(d)]
                pairs.update(zip(lows, lows[1:]))
        # a phrase of punctuation alone was tokenised and added at once (nothing to wait for)
        expected = {k: set(v) for k, v in m.matcher.__reduce__()[1][1].items()}
        for key, patterns in eager.__reduce__()[1][1].items():
            expected.setdefault(key, set()).update(patterns)
        pairs |= m.pairs
        m._bring_back()
        m.prepare("x" * m.flush_chars)
        assert m.waiting == 0
        # the matcher's patterns, key by key (what it pickles)
        assert m.matcher.__reduce__()[1][1] == expected
        assert m.pairs == pairs
        doc = nlp.make_doc("We will make use of it in order to ensure service users are heard, e.g. "
                           "through co-production.")
        assert sorted(m(doc, prepared=True)) == sorted(eager(doc))
