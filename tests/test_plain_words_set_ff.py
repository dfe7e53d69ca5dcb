"""Plain words after the independent readers of set FF (brief plain3): five classes where a swap read
wrong in its sentence, each tested both ways with sentences of our own.

1. 'the majority of' before a vote word within a few words ('of votes cast', 'of members present and
   voting'): a vote's majority is a count with a rule, which 'most' loosens; the entry does not fire.
2. A swap whose last word (or its head noun, singular or plural) is the word after the words ('a deep
   dive review' -> 'a detailed review review'): that word is cut from the swap ('a detailed review').
3. A word just before that already says the thing matters ('the key salient points' -> 'the key main
   points'): where a swap is another such word, the fix is to cut the word, and no swap is offered.
4. A one-word adverb swap for an adverbial phrase between a noun and the preposition that opens the
   phrase telling of it ('limits in most cases on visitors staying' -> 'limits usually on'): advice,
   no swap.
5. 'ascertain' before a bare noun ('to ascertain need'): 'find out' takes a clause or a noun with a
   determiner, so no swap there; the note says what to add."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text", [
    "The motion passes if the majority of votes cast are for it.",
    "A change to the rules needs the majority of members present and voting.",
    "The majority of valid ballot papers named the first option.",
    "The majority of voters in the ward backed the scheme.",
])
def test_majority_before_a_vote_word_is_left_alone(text):
    assert _plain(text, "the majority") == [], text


@pytest.mark.parametrize("text", [
    "The majority of respondents supported the plan.",
    "The majority of members said the report was clear.",
])
def test_majority_elsewhere_still_takes_most(text):
    found = _plain(text, "the majority")
    assert found and found[0][2] == ["Most"], (text, found)


@pytest.mark.parametrize("text, words, swap", [
    ("The panel will hold a deep dive review of bed use.", "deep dive", "detailed"),
    ("The panel asked for deep dive reviews of bed use.", "deep dive", "detailed"),
])
def test_a_swap_that_repeats_the_next_word_is_cut_short(text, words, swap):
    found = _plain(text, words)
    assert found and found[0][2] == [swap], (text, found)


def test_a_swap_that_does_not_repeat_the_next_word_is_whole():
    found = _plain("The committee asked for a deep dive into staff sickness.", "deep dive")
    assert found and found[0][2] == ["detailed review"], found


@pytest.mark.parametrize("text, word", [
    ("We listed the key salient points for the board.", "salient"),
    ("The main salient points are set out below.", "salient"),
    ("These are the principal key risks for the year.", "key"),
])
def test_a_word_after_one_that_says_the_same_is_cut(text, word):
    found = _plain(text, word)
    assert found and found[0][2] == [] and "Cut" in check_message(text, word), (text, found)


def check_message(text: str, word: str) -> str:
    from plainlint.api import check_text
    return next(f.message for f in check_text(text).findings
                if f.category == "plain-words" and text[f.start:f.end].lower().startswith(word))


@pytest.mark.parametrize("text, word, first", [
    ("The salient points are set out below.", "salient", "main"),
    ("We listed the new salient points for the board.", "salient", "main"),
    ("The key priorities for next year are housing and schools.", "key", "main"),
])
def test_a_word_with_no_such_word_before_keeps_its_swap(text, word, first):
    found = _plain(text, word)
    assert found and found[0][2][:1] == [first], (text, found)


@pytest.mark.parametrize("text", [
    "There are limits in most instances on visitors staying overnight.",
    "The council sets fees in most instances for each licence.",
])
def test_an_adverb_swap_between_a_noun_and_its_phrase_is_advice(text):
    found = _plain(text, "in most instances")
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text", [
    "In most instances, repairs take a week.",
    "Repairs take a week in most instances.",
    "Repairs, in most instances, take a week.",
    "Patients with limits in most instances, on the other hand, stay a night.",
])
def test_an_adverb_swap_elsewhere_stays(text):
    found = _plain(text, "in most instances")
    assert found and found[0][2] and found[0][2][0].lower() == "usually", (text, found)


@pytest.mark.parametrize("text", [
    "The team will ascertain need before the first visit.",
    "Officers will ascertain eligibility for the grant.",
])
def test_ascertain_before_a_bare_noun_takes_no_swap(text):
    found = _plain(text, "ascertain")
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text, swap", [
    ("We will ascertain the cause of the leak.", "find out"),
    ("Staff will ascertain whether the tenant wants to move.", "find out"),
    ("We will ascertain what each family needs.", "find out"),
    ("The cause was ascertained.", "found out"),
])
def test_ascertain_before_a_clause_or_determiner_takes_find_out(text, swap):
    found = _plain(text, "ascertain")
    assert found and found[0][2] == [swap], (text, found)


def test_a_one_word_swap_before_in_or_at_after_a_noun_stays():
    # 'in' and 'at' as often tell when or where of the verb ('seek help later in the illness')
    found = _plain("People often seek help at a later stage in their illness.", "at a later stage")
    assert found and found[0][2] == ["later"], found


def test_a_linking_phrase_is_not_read_as_an_adverb():
    # 'for a period of' ends in 'of': its swap 'for' is a preposition, not an adverb
    found = _plain("Pupils kept a home place for a period of up to six weeks.", "for a period of")
    assert not found or found[0][2] != [] or "tell of" not in found[0][0], found


def test_a_word_hyphened_to_the_next_is_no_repeat():
    # "implement place-based approaches": 'place' is part of 'place-based', not a second 'place'
    found = _plain("We will implement place-based approaches in each ward.", "implement")
    assert found and "put in" not in found[0][2], found
