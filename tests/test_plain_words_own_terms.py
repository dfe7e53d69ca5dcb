"""A page's own term is not jargon to swap, and a noun's word used as a verb takes no noun
(issue 17, twelfth session: set P pl29 'a stage called project inception' -> 'During project
start'; set O pl33, pl48 the blueprint's 'touchpoints'; set O pl15 'is forecast to outturn at'
-> 'to final figure at'). Classes, not words: any term the page names ('called', 'known as',
'referred to as', quotation marks), any noun entry after a modal or a 'to' that takes a verb.
Our own sentences."""

from __future__ import annotations

import pytest

from plainlint.api import check_text


def _plain(text: str) -> list:
    return [(text[f.start:f.end], f.severity, f.suggestions) for f in check_text(text).findings
            if f.category == "plain-words"]


# the page names the term, then uses it: neither use is swapped
OWN_TERMS = [
    ("The first phase is a stage called project inception. During project inception the team will run surveys.",
     "inception"),
    ("Each plan has what is known as a stocktake. The stocktake is done in May.", "stocktake"),
    ("The model sets out six “touchpoints” for families. Each touchpoint has a named lead.", "touchpoint"),
    ("Our framework is built on what we call ‘workstreams’. Every workstream reports monthly.", "workstream"),
]


@pytest.mark.parametrize("text, word", OWN_TERMS)
def test_the_pages_own_term_is_not_swapped(text, word):
    found = [f for f in _plain(text) if f[0].lower().startswith(word)]
    assert not any(f[2] for f in found), found


# the same words with no naming on the page are still found, with their swap
@pytest.mark.parametrize("text, word, swap", [
    ("During project inception the team will run surveys.", "inception", "start"),
    ("We use ‘recorded prevalence’ in the tables. The stocktake is done in May.", "stocktake", "review"),
    # a longer term named on the page: the word alone elsewhere is not the term
    ("The scheme is known as the autumn stocktake. A stocktake of every ward follows.", "stocktake", "review"),
])
def test_the_same_word_unnamed_keeps_its_swap(text, word, swap):
    found = [f for f in _plain(text) if f[0].lower() == word]
    assert found and found[-1][2][:1] == [swap], found


# a noun entry's word where a verb goes: no noun put in its place, at most a suggestion
@pytest.mark.parametrize("text, word", [
    ("Partners plan to roadmap the changes over the summer.", "roadmap"),
    ("We will need to stocktake the services in May.", "stocktake"),
    ("The wards are expected to stocktake every quarter.", "stocktake"),
    ("Each team should stocktake its stores before April.", "stocktake"),
])
def test_a_noun_entry_used_as_a_verb_takes_no_noun(text, word):
    found = [f for f in _plain(text) if f[0].lower() == word]
    assert found and all(not f[2] and f[1] == "suggestion" for f in found), found


@pytest.mark.parametrize("text, word", [
    ("The council took part in a stocktake of the services.", "stocktake"),
    ("Access to the roadmap is open to all staff.", "roadmap"),
])
def test_the_noun_keeps_its_swap(text, word):
    found = [f for f in _plain(text) if f[0].lower() == word]
    assert found and found[0][2], found
