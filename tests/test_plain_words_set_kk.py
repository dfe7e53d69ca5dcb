"""Plain words, the wrong classes of set KK's independent readers (our own sentences; KK's are
never copied here)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text,words,swap", [
    # a ratio before a noun names a kind of thing: the quantifier takes no 'of' ('a few of 1:1
    # sessions' is not English; set KK pl30)
    ("We run a course or a limited number of 1:1 sessions for each client.", "a limited number of", "a few"),
    ("The ward has a limited number of 2:1 care beds.", "a limited number of", "a few"),
    # a determiner still keeps 'of' ('a few of the rooms')
    ("We kept a limited number of the rooms for visitors.", "a limited number of", "a few of"),
])
def test_of_after_a_quantifier(text, words, swap):
    found = _plain(text, words)
    assert found and found[0][2] and found[0][2][0] == swap, (text, found)


@pytest.mark.parametrize("text", [
    # 'asks' before its object is the verb: a name is missing between ('The [survey] asks ...');
    # 'The requests a question' is nonsense (set KK pl49)
    "The  asks a short question about the clinic.",
    "The  asks you how the visit went.",
    "The  asks whether the room was clean.",
])
def test_asks_as_a_verb_is_not_the_noun(text):
    assert _plain(text, "the") == [] and _plain(text, "asks") == [], text


@pytest.mark.parametrize("text,words,swap", [
    ("The asks from the council were clear.", "the asks", "The requests"),
    ("The ask is for more staff.", "the ask", "The request"),
])
def test_the_ask_as_a_noun_still_fires(text, words, swap):
    found = _plain(text, words)
    assert found and found[0][2] and found[0][2][0] == swap, (text, found)


@pytest.mark.parametrize("text,swap", [
    # 'closely' says the two work together: 'talk closely with' does not read (set KK pl34)
    ("We liaise closely with the school nurses.", "work closely"),
    ("The ward team is liaising closely with housing.", "working closely"),
    ("Staff liaised closely with families last year.", "worked closely"),
])
def test_liaise_closely_is_work_closely(text, swap):
    found = _plain(text, "liais")
    assert found and found[0][2] == [swap], (text, found)


@pytest.mark.parametrize("text", [
    "The two teams will liaise every week.",
    "Staff will liaise with the police.",
    "Funeral directors will liaise directly with us.",
])
def test_liaise_without_closely_is_not_work_closely(text):
    found = _plain(text, "liais")
    assert found and "work closely" not in found[0][2] and found[0][0].lower().split()[-1] != "closely", (text, found)


@pytest.mark.parametrize("text,words,swaps", [
    # 'most' alone weakens 'the vast majority' (nearly all) to more than half (set KK pl19):
    # 'nearly all' first, 'most' second
    ("The vast majority of tenants said the repairs were good.", "the vast majority of", ["Nearly all", "Most"]),
    ("We found that the vast majority of forms were late.", "the vast majority of", ["nearly all", "most"]),
    # under a negative 'nearly all' turns round and 'most' alone weakens the claim (set QR
    # pl24): no swap, the note says to rewrite (tests/test_plain_words_plain16.py)
    ("The council does not own the vast majority of the halls.", "the vast majority of", []),
    ("We don't keep the vast majority of old files.", "the vast majority of", []),
])
def test_the_vast_majority_is_nearly_all_first(text, words, swaps):
    found = _plain(text, words)
    assert found and found[0][2] == swaps, (text, found)
