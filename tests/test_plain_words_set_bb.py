"""Plain words after set BB (fifteenth session, 7e7f136): the classes the two independent readers
found wrong, each tested both ways with sentences of our own.

1. A time phrase whose alternatives put things in the future ('going forward' -> 'from now on',
   'in future') in a clause about the past (pl46): the swap moves what was done into the future,
   so no such alternative is offered there; with none left, the finding says to cut the words."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text, word", [
    ("The second workshop set out the scoring grid going forward, with a note on ties.", "going"),
    ("The panel approved the charging policy going forward and asked for a review.", "going"),
    ("The committee has adopted the new template going forward.", "going"),
    ("Going forward, the trust board agreed to meet every six weeks.", "going"),
    ("The cabinet had signed off the allocation moving forward.", "moving"),
    ("Henceforth, the clinics were run from the health centre.", "henceforth"),
])
def test_future_time_swap_not_offered_in_the_past(text, word):
    found = _plain(text, word)
    assert found, text
    for _words, _severity, suggestions in found:
        assert not {s.lower() for s in suggestions} & {"from now on", "in future"}, (text, suggestions)


@pytest.mark.parametrize("text, word", [
    ("The board will meet monthly going forward.", "going"),
    ("Going forward, the reports will come to the committee each quarter.", "going"),
    ("The aim going forward is that every child has a named worker.", "going"),
    ("It was agreed that going forward the panel would meet monthly.", "going"),
    ("We will, going forward, publish the figures each quarter.", "going"),
    ("Henceforth, the clinics will be run from the health centre.", "henceforth"),
])
def test_future_time_swap_kept_in_the_present_and_future(text, word):
    found = _plain(text, word)
    assert found and any({s.lower() for s in f[2]} & {"from now on", "in future"} for f in found), (text, found)


# 2. A verb's alternative whose object goes inside it ('put into practice', 'put in place') before an
#    object (pl03, 'Put into practice the service'): only the other alternatives, else advice.

def _slot_swaps(found):
    return [s for f in found for s in f[2] if s.lower().split()[1:2] in (["into"], ["in"]) and len(s.split()) > 2]


@pytest.mark.parametrize("text, word", [
    ("Operationalise the referral pathway so that families are seen sooner.", "operationalise"),
    ("The trust will operationalise it over the winter.", "operationalise"),
    ("The team will operationalise new triage rules in May.", "operationalise"),
    ("Officers will implement the revised charging policy from April.", "implement"),
])
def test_object_slot_alternative_not_offered_before_an_object(text, word):
    found = _plain(text, word)
    assert found, text
    assert not _slot_swaps(found), found


def test_object_slot_advice_names_the_object_first_form():
    from plainlint.api import check_text
    text = "Operationalise the referral pathway so that families are seen sooner."
    found = [f for f in check_text(text).findings if f.category == "plain-words"]
    assert found and not found[0].suggestions and "put the plan into practice" in found[0].message


@pytest.mark.parametrize("text, word, want", [
    ("The referral pathway was operationalised in March.", "operationalised", "put into practice"),
    ("The changes will be operationalised over the winter.", "operationalised", "put into practice"),
    ("The new rules were implemented across the county.", "implemented", "put in place"),
])
def test_object_slot_alternative_kept_with_no_object(text, word, want):
    found = _plain(text, word)
    assert found and want in found[0][2], found


def test_object_slot_after_have_still_has_an_object():
    found = _plain("The ward has implemented the new discharge checklist.", "implemented")
    assert found and not _slot_swaps(found) and found[0][2], found


# 3. A jargon term set in title case inside a sentence names a document or a body (pl49, 'The Assurance
#    Framework update was issued in June'): at most a suggestion, with no gloss of the entry's own sense,
#    whatever the frame around it (before a noun too).

@pytest.mark.parametrize("text, word", [
    ("The Assurance Framework update was published by the department in May.", "assurance"),
    ("Partners signed the Assurance Framework in the spring.", "assurance"),
    ("The Delivery Framework said little about the Assurance Framework review dates.", "assurance"),
])
def test_title_cased_term_is_a_name_without_a_gloss(text, word):
    from plainlint.api import check_text
    found = [f for f in check_text(text).findings
             if f.category == "plain-words" and text[f.start:f.end].lower().startswith(word)]
    assert found, text
    for f in found:
        assert f.severity == "suggestion" and not f.suggestions and "list of the main risks" not in f.message, f


@pytest.mark.parametrize("text", [
    "The committee reviewed the assurance framework in March.",
    "The risk is now recorded on our assurance framework.",
])
def test_lower_case_term_keeps_its_gloss(text):
    from plainlint.api import check_text
    found = [f for f in check_text(text).findings
             if f.category == "plain-words" and text[f.start:f.end].lower().startswith("assurance")]
    assert found and found[0].severity == "warning" and "list of the main risks" in found[0].message, found


# 4. 'in order to' after a noun that is a preposition's object (pl10 'delegation of functions in order to
#    secure', pl12 'accommodation for older people in order to help meet'): a bare 'to' would hang the aim
#    on that noun, so no swap, at most a suggestion; after a verb's object the swap stays.

@pytest.mark.parametrize("text", [
    "The agreement allows the transfer of budgets in order to reduce delays.",
    "We will build bungalows for disabled residents in order to free up family homes.",
    "The council funds the work of local charities in order to reduce isolation.",
])
def test_in_order_to_after_a_prepositions_object_is_kept(text):
    found = _plain(text, "in order to")
    assert found and all(f[1] == "suggestion" and not f[2] for f in found), found


@pytest.mark.parametrize("text", [
    "We met residents in order to hear their views.",
    "The team visited every school in order to explain the changes.",
    "In order to apply, fill in the form online.",
    "Officers work closely with the police in order to share information quickly.",
    "The new rules need to be in place in order to open the site.",
])
def test_in_order_to_swap_stays_elsewhere(text):
    found = _plain(text, "in order to")
    assert found and found[0][2] and found[0][2][0].lower() == "to", found
