"""Plain-words classes after the independent readers' wrong findings of issue 17 (brief plain25): a swap
that needs a frame the sentence does not give. Rules named together after a linking phrase ('conditions
imposed in relation to conditions 1 and 2': 'under' reads as their authority); 'with effect from' after
'come into force' or 'take effect' (a day takes 'on', a month 'in'); 'in conjunction with' in a
delegation ('in consultation with', not 'together with'); a light verb's noun that the next sentence points
back to ('reached an agreement ... This was extended'); 'going forward' in reported speech's 'would' or a
past told through an infinitive ('it was anticipated to be improved going forward'). Our own sentences,
both ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain
from plainlint.api import check_text


def _messages(text, word):
    return [f.message for f in check_text(text).findings
            if f.category == "plain-words" and text[f.start:f.end].lower().startswith(word)]


# 1. Rules named together after a linking phrase: no 'under' (what concerns them is not done under
# them), advice naming both senses; one rule by name keeps 'under'; a verb of speaking keeps 'about'
@pytest.mark.parametrize("text, words", [
    ("Further conditions could be imposed in relation to conditions 1 and 2.", "in relation to"),
    ("New conditions may be added in respect of conditions 4, 5 and 6 of the permission.", "in respect of"),
    ("Extra duties were set with regard to sections 3 and 4 of the lease.", "with regard to"),
    ("The plan was amended in regard to policies H2 and H5.", "in regard to"),
    ("A further condition was attached in relation to condition 7.", "in relation to"),
    ("More requirements were agreed in respect of condition 12 of the consent.", "in respect of"),
])
def test_rules_named_together_or_a_condition_about_a_condition_get_advice(text, words):
    found = _plain(text, words)
    assert found and all(f[2] == [] for f in found), found
    assert all("depends on the sense" in m for m in _messages(text, words)), text


@pytest.mark.parametrize("text, words, first", [
    ("There was no objection to the proposal in relation to policy CP11.", "in relation to", "under"),
    ("The scheme is acceptable in respect of policy H3 of the local plan.", "in respect of", "under"),
    ("Councillor Lee spoke in relation to policies H3 and H4.", "in relation to", "about"),
])
def test_one_rule_by_name_or_a_speaker_keeps_the_swap(text, words, first):
    found = _plain(text, words)
    assert found and found[0][2][:1] == [first], found


# 2. 'with effect from' after 'come into force' or 'take effect': 'on' a day, 'in' a month and a year,
# advice before anything else; elsewhere 'from' as before
@pytest.mark.parametrize("text, want", [
    ("The regulations come into force with effect from 6th April.", ["on"]),
    ("The new byelaws came into force with effect from 1 May 2025.", ["on"]),
    ("The order will come into force with effect from the date of the notice.", ["on"]),
    ("The scheme was brought into force with effect from Monday.", ["on"]),
    ("The new rules came into force with effect from April 2024.", ["in"]),
    ("The higher fees take effect with effect from 1 May.", ["on"]),
    ("The byelaw came into force with effect from the start of the season.", []),
    ("The change took effect with effect from the new school year.", []),
    ("The new charges apply with effect from 1 April.", ["from"]),
    ("The post was deleted with effect from 1 April.", ["from"]),
    ("Parking will be free with effect from the start of the season.", ["from"]),
])
def test_with_effect_from_after_coming_into_force(text, want):
    found = _plain(text, "with effect from")
    assert found and found[0][2][:1] == want, found


# 3. 'in conjunction with' in a delegation: advice naming both senses, no swap; elsewhere the swap
@pytest.mark.parametrize("text, words", [
    ("The Borough Solicitor being authorised, in conjunction with the Executive Director, to sign the lease.",
     "in conjunction with"),
    ("The Director of Finance, in conjunction with the Leader, is authorised to agree the terms.",
     "in conjunction with"),
    ("Delegated authority is given to the Head of Planning in conjunction with the Chair to approve the wording.",
     "in conjunction with"),
    ("RESOLVED that the Director, in conjunction with the Portfolio Holder, be given delegated authority to "
     "award the contract.", "in conjunction with"),
    ("The Head of Housing is authorised, in collaboration with the Leader, to set the rents.",
     "in collaboration with"),
    ("The Chief Executive is empowered, in conjunction with the Mayor, to call a meeting.", "in conjunction with"),
])
def test_in_conjunction_with_in_a_delegation_gets_advice(text, words):
    found = _plain(text, words)
    assert found and all(f[2] == [] for f in found), found
    assert all("after consulting" in m for m in _messages(text, words)), text


@pytest.mark.parametrize("text, words", [
    ("The event is run in conjunction with the library.", "in conjunction with"),
    ("The council, in conjunction with the NHS, runs the clinic.", "in conjunction with"),
    ("The Director, in conjunction with the Chair, will set the date of the next meeting.", "in conjunction with"),
    ("The course is run in collaboration with the college.", "in collaboration with"),
    ("The Director is authorised to sign the lease. The open day is run in conjunction with the library.",
     "in conjunction with"),
])
def test_in_conjunction_with_elsewhere_keeps_the_swap(text, words):
    found = _plain(text, words)
    assert found and found[0][2][:1] in (["together with"], ["with"]), found


# 4. A light verb's noun that the next sentence points back to ('This was extended'): no swap, the note
# says to keep the noun; a next sentence that names the noun again or opens otherwise keeps the swap
@pytest.mark.parametrize("text, words, noun", [
    ("The council reached an agreement with the landlord in March. This was extended in June.",
     "reached an agreement", "agreement"),
    ("The parties reached an agreement in March. It runs until 2026.", "reached an agreement", "agreement"),
    ("The board made a decision to close the ward. This was challenged by residents.", "made a decision",
     "decision"),
    ("The trust made an application for the grant. It was turned down in May.", "made an application",
     "application"),
    ("The tenant made a complaint about the repairs. It was upheld in May.", "made a complaint", "complaint"),
    ("We made a payment to the supplier. That covered the first stage.", "made a payment", "payment"),
])
def test_a_light_verbs_noun_pointed_back_to_keeps_the_noun(text, words, noun):
    found = _plain(text, words)
    assert found and all(f[2] == [] for f in found), found
    assert all(f"points back to the {noun}" in m for m in _messages(text, words)), text


@pytest.mark.parametrize("text, words", [
    ("The two councils reached an agreement on waste.", "reached an agreement"),
    ("The board made a decision to close the ward. The decision was challenged by residents.", "made a decision"),
    ("The board made a decision to close the ward. Residents were unhappy.", "made a decision"),
    ("The council reached an agreement with the landlord. Then the tenants were told.", "reached an agreement"),
])
def test_a_light_verb_with_no_pointing_back_keeps_the_swap(text, words):
    found = _plain(text, words)
    assert found and found[0][2], found


# 5. 'going forward' where 'from now on' would date it to the reader's now: a past told through an
# infinitive (cut), reported speech's 'would' ('in future' only); the present keeps both
@pytest.mark.parametrize("text, want", [
    ("It was anticipated to be sufficiently improved going forward.", []),
    ("The board agreed to meet monthly going forward.", []),
    ("Members noted that the service was expected to improve going forward.", []),
    ("The board said the service would be better funded going forward.", ["in future"]),
    ("It was agreed that the group would continue to meet going forward.", ["in future"]),
    ("The Director confirmed that rents would rise each year going forward.", ["in future"]),
    ("Going forward, reports will come to the board every quarter.", ["From now on", "In future"]),
    ("We would like to meet more often going forward.", ["from now on", "in future"]),
    ("The trust has been asked to report monthly going forward.", ["from now on", "in future"]),
])
def test_going_forward_and_the_time_it_is_told_in(text, want):
    found = _plain(text, "going forward")
    assert found and found[0][2] == want, found


@pytest.mark.parametrize("text", [
    "The panel noted the clinic would henceforth open at weekends.",
    "The Leader said that the forum would henceforth meet in the library.",
])
def test_henceforth_in_reported_speech_is_cut_with_the_reported_note(text):
    found = _plain(text, "henceforth")
    assert found and found[0][2] == [], found
    assert all("from then on" in m for m in _messages(text, "henceforth")), text


def test_henceforth_in_the_present_keeps_its_swap():
    found = _plain("Henceforth, meetings will be held online.", "henceforth")
    assert found and found[0][2] == ["From now on"], found


# 6. An adverbial phrase straight after the noun of an action that a verb allows, ensures or wants
# ('allow monitoring on a regular basis'): a one-word adverb there goes with the verb ('allow
# monitoring regularly'); no swap, the note puts the adjective before the noun. After a verb of doing
# ('carried out inspections on a regular basis') or a plain noun the swap stays
@pytest.mark.parametrize("text, words, hint", [
    ("The plan will allow monitoring on a regular basis.", "on a regular basis", "allow regular monitoring"),
    ("The new system will enable delivery in a timely manner.", "in a timely manner", "enable prompt delivery"),
    ("The change will allow implementation with immediate effect.", "with immediate effect",
     "allow immediate implementation"),
    ("The service must ensure payment in a timely manner to suppliers.", "in a timely manner",
     "ensure prompt payment"),
    ("Members were asked to support implementation with immediate effect.", "with immediate effect",
     "support immediate implementation"),
])
def test_an_adverbial_after_an_enabled_action_gets_an_adjective(text, words, hint):
    found = _plain(text, words)
    assert found and all(f[2] == [] for f in found), found
    assert all(hint in m for m in _messages(text, words)), text


@pytest.mark.parametrize("text, words, first", [
    ("Staff carried out inspections on a regular basis.", "on a regular basis", "regularly"),
    ("Officers will reply to letters in a timely manner.", "in a timely manner", "promptly"),
    ("The board agreed to close the ward with immediate effect.", "with immediate effect", "immediately"),
    ("We will recruit new staff at pace.", "at pace", "quickly"),
])
def test_an_adverbial_after_a_verb_of_doing_keeps_the_swap(text, words, first):
    found = _plain(text, words)
    assert found and found[0][2][:1] == [first], found


# 7. A swap to 'now' in reported speech's 'would' ('said the depot would close now'): the alternatives
# that keep the time first and only, where the entry has them; the present keeps 'now'
@pytest.mark.parametrize("text, words, want", [
    ("The Chair said the depot would close forthwith.", "forthwith", ["at once", "immediately"]),
    ("Members were told that the forms would be withdrawn with immediate effect.", "with immediate effect",
     ["immediately"]),
    ("The order takes effect forthwith.", "forthwith", ["now", "at once", "immediately"]),
    ("The forms are withdrawn with immediate effect.", "with immediate effect", ["now", "immediately"]),
])
def test_now_in_reported_speech_gives_way_to_the_words_that_keep_the_time(text, words, want):
    found = _plain(text, words)
    assert found and found[0][2] == want, found


# 8. Words inside a title given in sentence case after 'entitled', 'titled', 'headed' or 'called' (a
# minute-taker reports it as given): no swap, at most a suggestion; 'called' before a person and the
# words after the title keep their finding
@pytest.mark.parametrize("text, words", [
    ("Dr Shah gave a presentation entitled Income poverty in relation to child health, which members welcomed.",
     "in relation to"),
    ("The board received a report titled Progress in respect of the winter plan.", "in respect of"),
    ("The paper, headed Staffing with regard to the new wards, was noted.", "with regard to"),
    ("She gave a talk entitled Going forward together in the community.", "going forward"),
    ("Members read a leaflet called Help at home in relation to falls.", "in relation to"),
])
def test_words_inside_a_named_title_get_no_swap(text, words):
    found = _plain(text, words)
    assert found and all(f[2] == [] and f[1] == "suggestion" for f in found), found


@pytest.mark.parametrize("text, words", [
    ("We called Smith in relation to his complaint.", "in relation to"),
    ("The meeting was called to discuss repairs in relation to damp.", "in relation to"),
    ("The report titled Progress was discussed. Members spoke in relation to the winter plan.", "in relation to"),
])
def test_words_outside_a_named_title_keep_their_finding(text, words):
    found = _plain(text, words)
    assert found and all(f[1] == "warning" for f in found), found


# 9. 'liaise with' in a delegation: the officer asks the other before acting, 'consult' first (inflected);
# elsewhere 'work with' as before
@pytest.mark.parametrize("text, want", [
    ("The Director is authorised, after liaising with the Leader, to agree the terms.", "consulting"),
    ("Delegated authority is given to the Head of Service to liaise with the Chair and agree the wording.",
     "consult"),
    ("The Head of Finance, having liaised with the Mayor, is authorised to set the fee.", "consulted"),
    ("Officers will liaise with the police about the event.", "work with"),
])
def test_liaise_with_in_a_delegation_is_consult(text, want):
    found = _plain(text, "liais")
    assert found and found[0][2][:1] == [want], found
