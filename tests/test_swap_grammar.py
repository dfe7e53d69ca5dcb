"""Every swap of a linking phrase reads as English before an -ing word, a noun and a clause.

An independent editor found swaps that broke the sentence on fresh council pages: 'In the
event of receiving a request' -> 'If there is receiving a request'; 'give approval to spend'
-> 'approve to spend'. This test puts every entry whose words end in a linking word (a
preposition such as 'of', 'to', 'with'; a conjunction such as 'that', 'where', 'as') into
sentences of our own with the words before an -ing word, before a noun and before a clause,
wherever the entry's own words stand there, and applies every suggestion plainlint offers.

The simple check: what follows the swap must be what the swap's last word can take.

- a preposition ('about', 'on', 'before', 'for', 'with', 'as well as') takes a noun or an
  -ing word, never a clause ('about the letter arrives' is not English);
- a conjunction ('if', 'so that', 'where', 'because') takes a clause, never a noun ('if the
  letter'); only 'when', 'while', 'once', 'since', 'until' and 'as' take an -ing word too;
- 'if there is' takes a noun, not an -ing word or a clause;
- the infinitive 'to', a modal ('can') and 'please' take a plain verb, nothing else;
- a verb of having or needing ('we need', 'have', 'matching') takes a noun.

A finding that offers no swap (a rewrite note) always passes; a finding whose words took in
the -ing word ('with the aim of cutting' -> 'to cut') passes when the verb follows 'to' in its
plain form. Where the entry's own words end in 'to', the entry is an infinitive ('in order
to' -> 'to') when an alternative is 'to', a modal, 'please', 'cannot' or a verb with 'to'
('tend to'); else 'to' is a preposition ('prior to' -> 'before'). A swap's last word outside
these classes is checked only before a clause, where a sentence adverb or a subject and verb
('perhaps', 'we expect') reads right.
"""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config
from plainlint.wordlists import load_substitutions, resolve

LISTS = ("jargon.toml", "wordy-phrases.toml", "done-to.toml")
ENTRIES = [e for name in LISTS for e in load_substitutions(str(resolve(name)))]

PREPOSITIONS = {"about", "on", "for", "before", "after", "with", "by", "from", "under", "during", "of", "in",
                "at", "over", "through", "towards", "toward", "against", "into", "upon", "despite", "like",
                "regarding", "concerning", "following", "within", "across", "among", "per", "around",
                "without", "beside", "near", "than", "besides", "alongside"}
CONJUNCTIONS = {"that", "if", "where", "when", "unless", "because", "while", "whilst", "although", "once",
                "whether", "so", "as", "though"}
BOTH = {"since", "until"}  # a preposition and a conjunction
ING_AFTER_CONJUNCTION = {"when", "while", "whilst", "once", "so"}  # "so helping more families"
MODALS = {"can", "could", "may", "might", "must", "will", "would", "should", "shall"}
TAKE_A_NOUN = {"need", "needs", "matching", "have", "be", "least", "include", "includes"}
VERB_WITH_TO = {"tend to", "need to", "have to", "try to", "want to", "plan to", "aim to", "able to",
                "be able to", "you can", "we can"}

# words that start an object after an -ing verb ('closing the road', 'helping more families')
OBJECT_STARTS = {"the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "your",
                 "my", "more", "all", "some", "any", "every", "each", "them", "us", "it", "people"}

FRAMES = {"ing": "The team will reply {p} receiving the letter.",
          "noun": "The team will reply {p} the letter.",
          "clause": "The team will reply {p} the letter arrives.",
          "verb": "The team will meet {p} agree the plan."}


def takes(words: list, *, phrase: bool, infinitive: bool = False):
    """What may follow words ending in ``words[-1]``: a set of frame names, or None where
    the last word is in none of the classes above."""
    last = words[-1]
    if phrase:
        if last in MODALS:
            return None  # 'be that as it may': a sentence adverb, not a link
        if len(words) > 2 and words[-2] == "and" and words[-3] in CONJUNCTIONS:
            return {"clause"}  # 'unless and until', 'if and when'
        if last in ("when", "as"):
            return {"clause"}  # 'as and when', 'inasmuch as', 'at such time as'
    else:
        if last in TAKE_A_NOUN:
            return {"noun"}
        if last in ("please", "cannot", "can't") or " ".join(words) in VERB_WITH_TO:
            return {"verb"}
        if last == "as":
            return {"noun", "ing", "clause"}  # 'as well as', 'the same as', 'as long as'
    if last in BOTH:
        return {"noun", "ing", "clause"}
    if last == "to":
        return {"verb"} if infinitive else {"noun", "ing"}
    if last in PREPOSITIONS:
        return {"noun", "ing"}
    if last in ING_AFTER_CONJUNCTION:
        return {"clause", "ing"}
    if last in CONJUNCTIONS:
        return {"clause"}
    if last in ("is", "are") and "there" in words:
        return {"noun"}
    if last in MODALS:
        return {"verb"}
    return None


def _infinitive(entry) -> bool:
    return any(a == "to" or a.split()[-1] in MODALS | {"please", "cannot"} or a in VERB_WITH_TO
               for a in entry.alternatives if a)


def _linking_entries():
    for e in ENTRIES:
        if e.pos in ("verb", "noun", "adjective") or "…" in e.phrase or " " not in e.phrase:
            continue
        words = e.phrase.split()
        own = takes(words, phrase=True, infinitive=words[-1] == "to" and _infinitive(e))
        if own:
            for frame in sorted(own):
                yield pytest.param(e, frame, id=f"{e.list_name}:{e.phrase}:{frame}")


CASES = list(_linking_entries())


def test_the_frames_cover_the_linking_entries():
    """The test reaches the entries the editor's classes came from, and enough of them."""
    phrases = {c.values[0].phrase for c in CASES}
    for p in ("in the event of", "in order to", "with regard to", "in relation to", "prior to",
              "in respect of", "in order that", "with a view to", "give approval to"):
        assert p in phrases or p not in {e.phrase for e in ENTRIES}, p
    assert len(CASES) >= 300


def problems(entry, frame) -> list:
    text = FRAMES[frame].format(p=entry.phrase)
    result = check_text(text, Config(select=[entry.rule]), fmt="text", name="frame.txt")
    assert result.error is None, result.error
    found = [f for f in result.findings if f.extra.get("entry") == entry.phrase]
    if not found:
        return []  # a guard left the words alone there (no swap offered)
    f = found[0]
    joined = len(text[f.start:f.end].split()) > len(entry.phrase.split())
    out = []
    for s in f.suggestions:
        words = s.lower().split()
        if joined:
            # the next word joined the finding: 'to' and a plain verb, or the -ing word kept
            if frame == "ing" and (words[-1].endswith("ing") or (len(words) >= 2 and words[-2] == "to")):
                continue
            out.append(f"{s!r} (joined the next word)")
            continue
        ok = takes(words, phrase=False, infinitive=entry.phrase.endswith(" to") and _infinitive(entry)
                   and words[-1] == "to")
        if ok is None and (frame == "clause" or entry.phrase.endswith(" of")):
            continue  # an adverb or a subject and verb before a clause; a quantifier ('most')
        if ok is None or frame not in ok:
            out.append(text[:f.start] + s + text[f.end:])
    return out


@pytest.mark.parametrize("entry,frame", CASES)
def test_every_swap_takes_what_follows(entry, frame):
    bad = problems(entry, frame)
    assert not bad, f"'{entry.phrase}' before {'an' if frame == 'ing' else 'a'} {frame}: {bad}"


def test_the_check_catches_the_swaps_an_editor_called_wrong():
    """The simple check fails the swaps found on fresh set C before this change."""
    assert "ing" not in takes(["if", "there", "is"], phrase=False)  # 'if there is receiving'
    assert "clause" not in takes(["about"], phrase=False)  # 'about the letter arrives'
    assert takes(["to"], phrase=False, infinitive=True) == {"verb"}  # 'approve to spend'
    assert "noun" not in takes(["if"], phrase=False)


def test_every_suggestion_in_the_examples_keeps_an_ing_word_right():
    """In each entry's own must-fire examples, where an -ing word follows the words, every
    suggestion (not only the first) must take it: no 'if there is', conjunction or infinitive
    'to' before it. An -ing word is a verb here when an object follows it ('closing the road',
    'helping more families'); else it is a noun ('flooding, the road will close', 'funding
    is late')."""
    bad = []
    for e in ENTRIES:
        for ex in e.examples:
            text = ex["text"]
            result = check_text(text, Config(select=[e.rule]), fmt="text", name="example.txt")
            for f in (f for f in result.findings if f.extra.get("entry") == e.phrase):
                after = text[f.end:].split()
                if (len(after) < 2 or not after[0].lower().endswith("ing")
                        or after[1].lower() not in OBJECT_STARTS):
                    continue
                for s in f.suggestions:
                    ok = takes(s.lower().split(), phrase=False,
                               infinitive=s.lower().split()[-1] == "to" and _infinitive(e))
                    if ok is not None and "ing" not in ok and after[0].lower() not in ("during", "following"):
                        bad.append(f"{e.phrase}: {text[:f.start] + s + text[f.end:]}")
    assert not bad, bad


# ---------------------------------------------------------------------------------------
# Before a noun: an adjective's or a noun's swap in the attributive place

ATTRIBUTIVE = {"noun": "We agreed {p} plans for each ward.",
               "name": "We set up {p} Care Boards in May.",
               "determiner": "We agreed our {p} plan in May."}
# words that may open a phrase standing before its noun ('more efficient', 'most important')
DEGREE = {"more", "most", "less", "least", "very", "well", "better", "best", "fully"}


# endings of adjectives ('seamless', 'siloed', 'holistic', 'place-based', 'wheelchair-bound',
# 'timely'); a one-word entry used before a noun in its examples with one is an adjective
ADJECTIVE_ENDINGS = ("ed", "al", "ive", "ful", "less", "ic", "ous", "able", "ible", "wide", "based", "bound",
                     "ely", "ary", "ent", "ant")


def _used_before_a_noun(e) -> bool:
    """Does one of the entry's own must-fire examples put its word just before a lower-case
    word that is no function word ('a seamless service', 'siloed working')? Then the entry is
    an adjective, whatever its part of speech says."""
    from plainlint.checks.substitution import _FUNCTION_WORDS

    for ex in e.examples:
        low = ex["text"].lower()
        for form in [e.phrase, *e.variants]:
            i = low.find(form.lower() + " ")
            if i >= 0:
                nxt = low[i + len(form) + 1:].split(" ", 1)[0].strip(".,;:")
                if nxt.isalpha() and nxt not in _FUNCTION_WORDS:
                    return True
    return False


def _attributive_entries():
    """Adjective entries, and one-word entries whose examples use them as adjectives, with
    an alternative of more than one word. Noun entries are left out: an adjective and a noun
    stand before another noun as a compound ('a major change plan')."""
    for e in ENTRIES:
        if "…" in e.phrase or not any(" " in a for a in e.alternatives):
            continue
        if e.pos != "adjective" and not (e.pos == "phrase" and " " not in e.phrase and _used_before_a_noun(e)
                                         and e.phrase.endswith(ADJECTIVE_ENDINGS)):
            continue
        for frame in ATTRIBUTIVE:
            yield pytest.param(e, frame, id=f"{e.list_name}:{e.phrase}:{frame}")


ATTRIBUTIVE_CASES = list(_attributive_entries())


def attributive_problems(entry, frame) -> list:
    """The simple check: a swap before its noun is one word, or hyphened, or a degree word
    and one word ('most important'), or an article and such words where the finding took
    the article in ('a shared'). 'an across all services plan' is not English."""
    text = ATTRIBUTIVE[frame].format(p=entry.phrase)
    result = check_text(text, Config(select=[entry.rule]), fmt="text", name="frame.txt")
    assert result.error is None, result.error
    out = []
    for f in (f for f in result.findings if f.extra.get("entry") == entry.phrase):
        for s in f.suggestions:
            words = s.lower().split()
            if words and words[0] in ("a", "an", "the"):
                words = words[1:]
            if len(words) <= 1 or (len(words) == 2 and words[0] in DEGREE):
                continue
            out.append(text[:f.start] + s + text[f.end:])
    return out


def test_the_attributive_frames_reach_the_entries():
    phrases = {c.values[0].phrase for c in ATTRIBUTIVE_CASES}
    assert {"system-wide", "cross-cutting", "wheelchair-bound", "timely"} <= phrases
    assert len(ATTRIBUTIVE_CASES) >= 30


@pytest.mark.parametrize("entry,frame", ATTRIBUTIVE_CASES)
def test_a_swap_before_its_noun_is_one_word(entry, frame):
    bad = attributive_problems(entry, frame)
    assert not bad, f"'{entry.phrase}' before a {frame}: {bad}"


@pytest.mark.parametrize("text,words,plain", [
    # after 'be' the adjective says how things are: the phrase stands there
    ("He has been wheelchair-bound since the accident.", "wheelchair-bound", ["using a wheelchair", "a wheelchair user"]),
    ("The new rota is system-wide from May.", "system-wide", ["across all services"]),
    # after 'be' and before its noun it is still before its noun
    ("Housing and health are cross-cutting themes in the plan.", "cross-cutting", ["shared"]),
    # before its noun: no phrase ('using a wheelchair passengers'; 'your on time reply')
    ("The bus has room for two wheelchair-bound passengers.", "wheelchair-bound", []),
    ("Thank you for your timely reply.", "timely", ["prompt", "quick"]),
])
def test_an_adjective_after_be_and_before_its_noun(text, words, plain):
    found = [f.suggestions for f in check_text(text, Config(select=["plain-words", "done-to-language"])).findings
             if f.text.lower() == words]
    assert found == [plain]
