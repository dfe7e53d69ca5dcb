"""spaCy's lexical attribute getters for blank English, each with a shortcut for the common case.

spaCy works out every lexical attribute of a word the first time it meets it (``Vocab._new_lexeme``
calls each getter of ``lex_attr_getters``): for 1 MB, some 8,000 new words. Two of spaCy's getters
run a chain of string tests in Python for every word: ``like_url`` and ``like_num``. Each getter here
gives the same answer as spaCy's for every text (it calls spaCy's where its shortcut does not apply):
a text with no full stop that does not start with 'http://' or 'https://' is no URL, a text of
letters alone is a number only when it is a number word. (``word_shape`` by ``str.translate`` and a
regular expression cutting runs of five was measured slower than spaCy's loop: 24 against 10 ms for
12,000 words.) Eleven more only call one method of the text (``string.isalpha()``) or slice it
(``string[-3:]``): each is that method or an ``operator.itemgetter``, called from C without a
Python frame. ``tests/test_speed_shortcuts_lex.py`` compares each with spaCy's.
"""

from __future__ import annotations

from operator import itemgetter


def fast_getters(english_getters: dict) -> dict:
    """``english_getters`` (English's own ``lex_attr_getters``) with the getters of LIKE_URL and
    LIKE_NUM replaced by the shortcuts, and those of one string method by that method, to be the ``lex_attr_getters`` of a language's Defaults
    (spaCy adds them to its base getters, overriding its own)."""
    from spacy.attrs import (IS_ALPHA, IS_ASCII, IS_DIGIT, IS_LOWER, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM,
                             LIKE_URL, LOWER, NORM, PREFIX, SUFFIX)
    from spacy.lang import lex_attrs as base
    from spacy.lang.en import lex_attrs as en

    slow_url = base.like_url
    slow_num = english_getters.get(LIKE_NUM, base.like_num)
    number_words = frozenset(en._num_words) | frozenset(en._ordinal_words)

    def like_url(text: str) -> bool:
        if text and "." not in text and not text.startswith(("http://", "https://")):
            return False  # spaCy's: no full stop, no 'www.' start, no TLD: not like a URL
        return slow_url(text)

    if slow_num is en.like_num:
        def like_num(text: str) -> bool:
            if text.isalpha():  # no sign, no figure, no '/', no ordinal suffix after a figure
                return text.lower() in number_words
            return slow_num(text)
    else:  # spaCy's English changed: keep its own
        like_num = slow_num

    # spaCy's getters that only call one method of the text or slice it, as that method or
    # slice itself: called from C, no Python frame for each (NORM is spaCy's lookups of
    # special spellings over LOWER: it takes its default from here)
    plain = {LOWER: str.lower, NORM: str.lower, PREFIX: itemgetter(0), SUFFIX: itemgetter(slice(-3, None)),
             IS_ALPHA: str.isalpha, IS_DIGIT: str.isdigit, IS_LOWER: str.islower, IS_SPACE: str.isspace,
             IS_TITLE: str.istitle, IS_UPPER: str.isupper, IS_ASCII: str.isascii}
    return {**english_getters, **plain, LIKE_URL: like_url, LIKE_NUM: like_num}
