"""Plain words after the seventeenth session's own pages (brief plain: 33 council and NHS pages of
our own, and the corpus): the classes a careful editor found wrong or pedantic, each tested both
ways with sentences of our own.

1. 'going forward' straight after a verb of deciding ('will decide going forward whether'): 'in
   future' reads as deciding later, 'from now on' as a change in who decides; the words are cut.
2. 'in order to' after 'to' and a named or definite recipient of a verb of handing over
   ('delegate to the Director in order to provide flexibility'): a bare 'to' hangs the aim on the
   recipient; no finding, as after a thing handed over ('pass the papers to the chief officer').
3. 'in order to' after two nouns joined by 'and' as a preposition's object ('a relationship
   between the trust and the council in order to understand'): 'the council to understand';
   no swap, at most a suggestion, as after one noun ('delegation of functions in order to').
4. 'advantageous' graded ('the most advantageous for the council'): it weighs options, where
   'the most helpful' changes the claim; no swap, the note says 'the best' or 'better'.
5. 'the remainder of': an everyday word; a suggestion, not a warning.
6. 'stakeholders from across' fields or sectors listed in lower case: the sentence says who;
   a suggestion. Not a place ('from across the county') nor a vague word ('different').
7. A linking phrase after 'performance' or a word of how well ('scored poorly') with what it is
   set beside next ('in relation to other trusts', 'the national average'): 'compared with',
   not the noun's 'on' or 'in' ('performance on other trusts' changes what is said).
8. 'workstream': the board's own term in board papers, NHS ones above all; a suggestion there,
   a warning in the public profile."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text, fixed", [
    ("The panel will decide going forward which clinics stay open.", "The panel will decide which clinics stay open."),
    ("Members will consider going forward how the grant is shared.", "Members will consider how the grant is shared."),
    ("The board will determine going forward whether the fee stays.", "The board will determine whether the fee stays."),
])
def test_going_forward_after_a_verb_of_deciding_is_cut(text, fixed):
    found = _plain(text, "going")
    assert found and found[0][2] == [], (text, found)
    start = text.index(" going forward")
    assert text[:start] + text[start + len(" going forward"):] == fixed


@pytest.mark.parametrize("text", [
    "Going forward, reports will come to the board every quarter.",
    "The expectation going forward is that every referral has an assessment.",
])
def test_going_forward_elsewhere_keeps_its_swap(text):
    found = _plain(text, "going")
    assert found and found[0][2], (text, found)


@pytest.mark.parametrize("text", [
    "Cabinet agreed to delegate to the Chief Executive in order to allow a quick decision.",
    "The decision was delegated to the Head of Housing in order to speed things up.",
    "The fire service reports to the panel in order to keep members up to date.",
])
def test_in_order_to_after_a_handing_verb_and_its_recipient(text):
    assert _plain(text, "in order") == [], text


@pytest.mark.parametrize("text", [
    "We went to the library in order to read the papers.",
    "The email has a link which you must click in order to confirm your address.",
])
def test_in_order_to_elsewhere_keeps_to(text):
    found = _plain(text, "in order")
    assert found and found[0][2] == ["to"], (text, found)


@pytest.mark.parametrize("text", [
    "We want a closer link between the trust and the council in order to plan services together.",
    "We will build a stronger link between the housing sector and the ICB partners in order to share data.",
    "The plan sets out homes for older people and carers in order to help meet demand.",
])
def test_in_order_to_after_two_joined_objects_offers_no_swap(text):
    found = _plain(text, "in order")
    assert found, text
    for _words, severity, suggestions in found:
        assert suggestions == [] and severity == "suggestion", (text, found)


def test_in_order_to_after_a_joined_pair_of_verbs_keeps_to():
    found = _plain("The team cleaned and painted the hall in order to attract hirers.", "in order")
    assert found and found[0][2] == ["to"], found


@pytest.mark.parametrize("text", [
    "Officers judged the second bid the most advantageous for the council.",
    "The lease would be more advantageous to the trust than the loan.",
])
def test_graded_advantageous_offers_no_swap(text):
    found = _plain(text, "advantageous")
    assert found and found[0][2] == [] and "best" in check_note(text), (text, found)


def check_note(text: str) -> str:
    from plainlint.api import check_text
    return " ".join(f.message for f in check_text(text).findings if f.rule == "wordy-phrase")


def test_plain_advantageous_keeps_its_swap():
    found = _plain("An early start would be advantageous.", "advantageous")
    assert found and found[0][2][0] == "helpful", found


def test_the_remainder_of_is_a_suggestion():
    found = _plain("The remainder of the meeting was held in private.", "the remainder")
    assert found and found[0][1] == "suggestion" and found[0][2] == ["The rest of"], found


@pytest.mark.parametrize("text, severity", [
    ("The network brings together stakeholders from across dementia care, housing and leisure.", "suggestion"),
    ("We met stakeholders from health and social care in March.", "suggestion"),
    ("The forum brings together stakeholders from across the county.", "warning"),
    ("The forum brings together stakeholders from different sectors and services.", "warning"),
    ("We met stakeholders from Kent and Medway in March.", "warning"),
])
def test_stakeholders_from_named_fields(text, severity):
    found = _plain(text, "stakeholders")
    assert found and found[0][1] == severity, (text, found)


@pytest.mark.parametrize("text", [
    "The report sets out our performance in relation to similar councils.",
    "The area scored poorly in relation to the national average.",
    "The trust did better with regard to last year.",
])
def test_linking_phrase_before_what_is_compared(text):
    found = _plain(text, ("in relation", "with regard"))
    assert found and found[0][2] == ["compared with"], (text, found)


@pytest.mark.parametrize("text, swap", [
    ("Performance in relation to the national target was poor.", "against"),
    ("The board looked at performance in relation to the management of absence.", "on"),
])
def test_linking_phrase_before_a_target_or_a_topic(text, swap):
    found = _plain(text, "in relation")
    assert found and found[0][2][0] == swap, (text, found)


def test_going_forward_after_think_is_cut():
    found = _plain("The council will need to think going forward about how it funds the service.", "going")
    assert found and found[0][2] == [], found


def test_in_order_to_after_report_back_to():
    assert _plain("Officers will report back to Members in order to give assurance.", "in order") == []


def test_workstream_is_a_suggestion_for_board_papers_and_a_warning_for_the_public():
    from plainlint.api import check_text
    from plainlint.config import Config
    text = "The trust set up three workstreams to cut waiting times."
    found = _plain(text, "workstreams")
    assert found and found[0][1] == "suggestion" and found[0][2][0] == "strands of work", found
    public = [f for f in check_text(text, Config(profile="public")).findings if f.rule == "jargon"]
    assert public and public[0].severity == "warning", public


@pytest.mark.parametrize("text", [
    "The report sets out the main risks going forward which the board will track.",
    "We will name the partners going forward who will sit on the new board.",
])
def test_going_forward_after_a_noun_before_a_relative_is_cut(text):
    found = _plain(text, "going")
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text", [
    "The paper covers the lessons of the year and the going forward with the new plan.",
    "Our going forward plan is set out below.",
])
def test_going_forward_after_a_determiner_offers_no_swap(text):
    found = _plain(text, ("going", "our going"))
    found = [f for f in found if f[0].lower() == "going forward"]
    assert found and found[0][2] == [], (text, found)


def test_going_forward_after_that_keeps_its_swap():
    found = _plain("The board agreed that going forward reports would come every quarter.", "going")
    assert found and found[0][2][0] == "from now on", found
