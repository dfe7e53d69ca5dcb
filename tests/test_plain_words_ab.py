"""Plain-words classes from the independent readers of set AB (brief plain23): advice or a swap that
fails where it lands. 'by means of' with the advice for a paper someone wrote, away from a sentence's
start (pl21); 'for' before a rule's name ('the proposal in respect of policy CP11': pl29);
'start with' for 'commence with' before an activity (pl49). Our own sentences, both ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain
from plainlint.api import check_text


def _messages(text, word):
    return [f.message for f in check_text(text).findings
            if f.category == "plain-words" and text[f.start:f.end].lower().startswith(word)]


_WHO_DID_WHAT = "Say who did what"


# 1. 'by means of' inside a sentence, before an agreement or a paper: the swap, never the advice
# meant for a sentence that opens 'By means of a report by ...' (pl21)
@pytest.mark.parametrize("text", [
    "The council will pass its duties to a partner body by means of a service agreement.",
    "The trust hands the work to a charity by means of a memorandum of understanding.",
    "Members were told of the delay by means of a short note.",
    "Funds reach the schools by means of a grant agreement signed each year.",
    "The service was moved to the new provider by means of a formal contract.",
    "The board was kept informed by means of a monthly report.",
    "The parish can raise money by means of a local levy.",
    "The panel was updated by means of a report by the housing lead.",
])
def test_by_means_of_inside_a_sentence_gets_the_swap(text):
    found = _plain(text, "by means of")
    assert found and all(f[2][:1] == ["by"] for f in found), found
    assert not any(_WHO_DID_WHAT in m for m in _messages(text, "by means of")), text


@pytest.mark.parametrize("text", [
    "By means of a report by the Director, the Panel heard of the delays.",
    "By means of a joint paper by both chief officers, members learned of the gap.",
    "By means of a letter from the minister, the council was told of the grant.",
    "By means of a presentation by the lead nurse, the board heard about falls.",
    "By means of a short report from the auditor, the committee saw the risks.",
    "By means of a briefing note from officers, members were told of the plan.",
    "Staffing\n\nBy means of a report by the head of HR, the panel reviewed vacancies.",
    "By means of the annual report by the chair, the forum was told of its work.",
])
def test_by_means_of_opening_a_sentence_before_a_paper_by_someone_gets_advice(text):
    found = _plain(text, "by means of")
    assert found and all(f[2] == [] for f in found), found
    assert all(_WHO_DID_WHAT in m for m in _messages(text, "by means of")), text


# 2. A linking phrase before a rule's name ('policy CP11', 'section 5', 'condition 3'): 'under',
# not 'for' (read as a proposal FOR the policy); a topic's noun or a verb of speaking keeps 'about'
@pytest.mark.parametrize("text", [
    "Officers raised no objection to the proposal in respect of policy CP11.",
    "The scheme is acceptable in relation to policy H3 of the local plan.",
    "The design was judged in relation to policy D2 and found sound.",
    "Members raised no concern over the proposal in relation to policy T4.",
    "No objection to the proposals in respect of section 5 was received.",
    "The extension is acceptable with regard to policy HO9.",
    "The layout is fine in relation to condition 3, officers said.",
    "The applicant gave evidence with regard to criterion 2.",
])
def test_linking_phrase_before_a_rules_name_gets_under(text):
    words = ("in respect of", "in relation to", "with regard to")
    found = [f for w in words for f in _plain(text, w)]
    assert found and all(f[2][:1] == ["under"] for f in found), found


@pytest.mark.parametrize("text", [
    "Members spoke in relation to section 5 of the Act.",
    "Members asked questions in relation to policy H3.",
    "We will write to you with regard to section 4 of the form.",
    "The report covers advice in relation to rule 3.",
    "Officers raised no objection to the proposal in respect of the new policy.",
    "Fees are payable in respect of regulation 12 notices.",
    "There is no change in relation to condition 7.",
    "We asked for advice in relation to how the rules apply.",
])
def test_linking_phrase_elsewhere_keeps_its_word(text):
    words = ("in respect of", "in relation to", "with regard to")
    found = [f for w in words for f in _plain(text, w)]
    assert all("under" not in f[2] for f in found), found


# 3. 'commence with': before an activity it may mean doing it ('start procuring'), where 'start
# with' reads as a first step; or it may name a first step. No swap: the note names both (pl49)
@pytest.mark.parametrize("text", [
    "The plan is to commence with procurement of new care services in May.",
    "The builders will commence with demolition of the old depot.",
    "We commenced with planting along the river in spring.",
    "The trust commences with recruitment next week.",
    "The open day commenced with a short talk from the head.",
    "Work will commence with a survey of the site.",
    "The council intends to commence with works on the bridge in June.",
    "Officers are commencing with consultation on the draft plan.",
])
def test_commence_with_gets_advice_not_start_with(text):
    found = _plain(text, "commenc")
    assert found and all(f[2] == [] for f in found), found
    assert all("'start' and no 'with'" in m for m in _messages(text, "commenc")), text


@pytest.mark.parametrize("text", [
    "The works will commence in June.",
    "The contract commenced on 1 April.",
    "Building work commences next month.",
    "The new service will commence shortly.",
    "Repairs commenced after the storm.",
    "The trial is due to commence in the spring.",
    "We will commence the survey in May.",
    "The scheme commenced last year with a small grant.",
])
def test_commence_without_with_keeps_start(text):
    found = _plain(text, "commenc")
    assert found and all(f[2][:1] in (["start"], ["started"], ["starts"], ["starting"]) for f in found), found


@pytest.mark.parametrize("text", [
    "The meeting commenced with a minute's silence.",
    "The session commenced with introductions.",
])
def test_meeting_commenced_with_is_left(text):
    assert _plain(text, "commenc") == []
