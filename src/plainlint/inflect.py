"""Small English inflection: enough to match word-list verbs and nouns in every form
and to inflect the plain suggestion the same way (utilised -> used).

The forms are: ``base``, ``s`` (third person / plural), ``past``, ``part`` (past
participle), ``ing``. Regular rules plus a table of irregular verbs that appear among
plain alternatives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wordlists import load_irregular_verbs, word_map, word_set

# base: (third person, past, past participle, -ing), from wordlists/irregular-verbs.toml
IRREGULAR = load_irregular_verbs().inflected

_VOWELS = "aeiou"
# Verbs ending consonant-vowel-consonant whose last syllable is not stressed: no doubling.
_NO_DOUBLE = word_set("inflection-words.toml", "no-double")


# verbs that end in -ly but are no adverbs ("-ply" verbs aside: apply, reply, supply)
_LY_VERBS = {"ally", "bully", "rally", "tally", "sully", "rely", "fly"}


def _double_final(word: str) -> bool:
    if word in _NO_DOUBLE or len(word) < 3:
        return False
    a, b, c = word[-3], word[-2], word[-1]
    if c == "l" and b in _VOWELS and a not in _VOWELS:
        return True  # British spelling: cancelled, travelled, modelled, signalling
    if c in _VOWELS or c in "wxy" or b not in _VOWELS or a in _VOWELS:
        return False
    # one-syllable words (stop, plan) and a few stressed endings (refer, commit, admit)
    syllables = len(re.findall(r"[aeiouy]+", word))
    if syllables == 1:
        return True
    return word.endswith(("fer", "mit", "pel", "cur", "gin", "bed", "trol", "deter"))


def verb_forms(base: str) -> dict[str, list[str]]:
    """All forms of a verb, keyed by form: base, s, past, part (participle), ing."""
    base = base.lower()
    if " " in base and base not in IRREGULAR:
        first, rest = base.split(" ", 1)
        if (first.endswith("ly") and not first.endswith("ply") and first not in _LY_VERBS
                and first not in IRREGULAR):
            # an adverb before its verb ("greatly improve" -> "greatly improved")
            return {k: [f"{first} {f}" for f in v] for k, v in verb_forms(rest).items()}
        return {k: [f"{f} {rest}" for f in v] for k, v in verb_forms(first).items()}
    if base in IRREGULAR:
        s, past, part, ing = IRREGULAR[base]
        return {"base": [base], "s": [s], "past": [past], "part": [part], "ing": [ing]}
    w = base
    if re.search(r"(s|x|z|ch|sh)$", w):
        s = w + "es"
    elif re.search(r"[^aeiou]y$", w):
        s = w[:-1] + "ies"
    elif w.endswith("o") and not w.endswith("oo"):
        s = w + "es"
    else:
        s = w + "s"
    if w.endswith("ie"):
        ed, ing = w + "d", w[:-2] + "ying"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        ed, ing = w + "d", w[:-1] + "ing"
    elif w.endswith("ee") or w.endswith("ye") or w.endswith("oe"):
        ed, ing = w + "d", w + "ing"
    elif re.search(r"[^aeiou]y$", w):
        ed, ing = w[:-1] + "ied", w + "ing"
    elif w.endswith("c") and len(w) > 3:
        ed, ing = w + "ked", w + "king"
    elif _double_final(w):
        ed, ing = w + w[-1] + "ed", w + w[-1] + "ing"
    else:
        ed, ing = w + "ed", w + "ing"
    return {"base": [w], "s": [s], "past": [ed], "part": [ed], "ing": [ing]}


# nouns whose plural is not made with -s or -es (or is the same word)
_IRREGULAR_PLURALS = word_map("inflection-words.toml", "irregular-plurals")

def plural(noun: str) -> str:
    """Plural of a noun or noun phrase (the last word is pluralised; in 'X of Y', the X:
    'strand of work' -> 'strands of work', 'move of money' -> 'moves of money')."""
    if " of " in noun:
        head, rest = noun.split(" of ", 1)
        return f"{plural(head)} of {rest}"
    if " " in noun:
        head, last = noun.rsplit(" ", 1)
        return f"{head} {plural(last)}"
    w = noun
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    return w + "s"


def noun_forms(base: str) -> dict[str, list[str]]:
    p = plural(base.lower())
    return {"base": [base.lower()], "s": [p]} if p != base.lower() else {"base": [base.lower()]}


@lru_cache(maxsize=1 << 13)
def inflect(phrase: str, pos: str, form: str) -> str:
    """Put a suggestion into ``form`` (as produced by :func:`verb_forms` / :func:`noun_forms`).

    Suggestions that are not a plain word or phrase (e.g. '(omit)') are returned as they are.
    Worked out once per phrase, part of speech and form (its tables are fixed when the module
    is imported): a long document asks for the same few thousand times.
    """
    if form == "base" or not phrase or not re.match(r"^[a-z]", phrase):
        return phrase
    if pos == "verb":
        forms = verb_forms(phrase)
        vals = forms.get(form) or [phrase]
        return vals[-1]
    if pos == "noun" and form == "s":
        return plural(phrase)
    return phrase


def match_case(suggestion: str, matched: str, around: str = "", initial: bool = False) -> str:
    """Keep the case of the writer's sentence: 'In order to' -> 'To'. Capitals are kept only
    where the sentence is in capitals ('UTILISE THE GRANT' -> 'USE'): a word in capitals in a
    sentence in ordinary case ('we will UTILISE it', 'BAME staff') is emphasis, a copied
    source or an acronym, and the plain words follow the sentence: lower case, or a capital
    first letter where they start it (``initial``). ``around`` is the text on the same line
    around the words (without them); with almost no letters there (a table cell, a label),
    the plain words get a capital first letter only."""
    if not suggestion or not matched:
        return suggestion
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        others = [c for c in around if c.isalpha()]
        if len(others) >= 3 and sum(c.isupper() for c in others) >= 0.9 * len(others):
            return suggestion.upper()
        if len(others) < 3 or initial:
            return suggestion[0].upper() + suggestion[1:] if suggestion[0].islower() else suggestion
        return suggestion
    if matched[0].isupper() and suggestion[0].islower():
        return suggestion[0].upper() + suggestion[1:]
    return suggestion


def base_of_ing(word: str):
    """The plain form of an -ing verb ('cutting' -> 'cut', 'sharing' -> 'share',
    'travelling' -> 'travel'), checked against the CMU dictionary; None where it cannot
    be told (then no suggestion is built on it)."""
    from .cmu import pronunciations

    w = word.lower()
    if not w.endswith("ing") or len(w) < 5 or not w[:-3].isalpha():
        return None
    if w in IRREGULAR_ING:
        return IRREGULAR_ING[w]
    stem = w[:-3]
    words = pronunciations()
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz" and stem[:-1] in words:
        return stem[:-1]
    if stem[-1] not in "aeiouy" and (stem + "e") in words and not _ends_like_a_verb(stem, words):
        return stem + "e"
    if stem in words:
        return stem
    if stem.endswith("ll") and stem[:-1] in words:
        return stem[:-1]
    if stem[-2:] in ("is", "ys") and len(stem) > 4 and (stem[:-1] + "ze") in words:
        # the dictionary spells the -ise verbs the American way ('minimize', 'analyze'): the
        # British form is the same verb ('minimising' -> 'minimise', 'analysing' -> 'analyse')
        return stem + "e"
    return None


def _ends_like_a_verb(stem: str, words) -> bool:
    """Both 'stem' and 'stem+e' are words ('hop'/'hope', 'mak'/'make'): the stem is the verb
    only where it ends in two consonants or a vowel pair and a consonant ('help', 'review',
    'look'), since a single vowel and consonant before -ing means the e was dropped."""
    if stem not in words or stem[-1] in "vc" or (stem[-1] in "sz" and stem[-2] in "aeiou"):
        return False  # no verb ends in v or c, and 'raise', 'cease', 'use' keep their e
    return stem[-2] not in "aeiou" or stem[-3:-1] in ("ea", "oo", "ee", "ai", "oa", "ou", "ie", "ei")


IRREGULAR_ING = {v[3]: k for k, v in IRREGULAR.items() if " " not in k}
