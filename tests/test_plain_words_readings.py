"""Plain words after the readings table of every judged set (bench/plain_readings.py, brief plain20):
the two classes whose findings the readers judged wrong and that the code still showed, each tested
both ways with sentences of our own.

A. A phrase that says when a thing stands, not a deadline for doing something: 'by' for 'no later
   than' (or 'not later than') needs an action ('send it by Friday'). After a form of 'be' ('the
   closing date is no later than 1 May') or in a clause that 'with' opens with no verb, which stands
   for 'being' ('..., with the last entry no later than 4pm'), 'by' does not read: no swap, at most
   a suggestion (set UV pl04). A verb's 'with' ('comply with the notice no later than June') and a
   clause with a verb keep the swap.
B. An adverbial phrase straight after a noun and before the 'to' of that noun's verb, in a clause
   with no verb's mark before it, the verb being 'be' (a resolution's 'the search in the interim to
   be held ...'): a one-word adverb there ('the search meanwhile to be held') does not read; advice, no swap, at most
   a suggestion (set UV pl50). Before a noun after 'to', after a verb, after a comma, opening the
   sentence, before 'to' and another verb (often the aim of a verb before: 'act in a timely manner
   to prevent it'), or where the clause has a modal or 'be', the swap stays."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain

A_NO_SWAP = [
    ('The library opens from 10am until 5pm, with the last entry no later than 4.15pm.', 'no later'),
    ('Bookings open in March, with the closing date not later than 30 April.', 'not later'),
    ('With the first payment no later than 1 June, tenants have six weeks to apply.', 'no later'),
    ('The pool opens at seven; with the final swim no later than 8pm.', 'no later'),
    ('The deadline for comments is no later than noon on Monday.', 'no later'),
    ('The start date will be no later than the end of September.', 'no later'),
    ('Each stage has a date, with the second stage no later than March 2026.', 'no later'),
    ('The sessions run over two terms, with the review meeting no later than the sixth week.', 'no later'),
]
A_SWAP = [
    ('Tenants must comply with the notice no later than 30 June.', 'no later'),
    ('Please return the form no later than Friday.', 'no later'),
    ('Residents can send us their views, with photos, no later than 1 May.', 'no later'),
    ('We will write to you with a decision no later than 20 May.', 'no later'),
    ('The council must publish the plan not later than the end of March.', 'not later'),
    ('Claims are paid no later than the next pay day.', 'no later'),
    ('Staff must hand in their pass no later than their last day.', 'no later'),
    ('Work began in May, with the builder to finish no later than October.', 'no later'),
]
B_NO_SWAP = [
    ('It was agreed that the post be advertised, the appointment in the interim to be made by the Director.', 'in the interim'),
    ('Resolved that the trial continue, the costs in the interim to be met from reserves.', 'in the interim'),
    ('The cabinet agreed the plan, the works with immediate effect to be paused.', 'with immediate effect'),
    ('That the hall close for repairs, the lettings on a temporary basis to be held in the library.', 'on a temporary basis'),
    ('That the scheme go ahead, the budget at the present time to be held at £40,000.', 'at the present time'),
    ('The panel noted the report, the monitoring in the interim to be done by the ward team.', 'in the interim'),
    ('Agreed: the contract in the interim to be extended by three months.', 'in the interim'),
    ('That the car park stay open, the charges on a temporary basis to be waived.', 'on a temporary basis'),
]
B_SWAP = [
    ('We will hire agency staff in the interim.', 'in the interim'),
    ('In the interim, the team is to be led by the deputy.', 'in the interim'),
    ('The board agreed in the interim to pause the scheme.', 'in the interim'),
    ('The team will, in the interim, continue to meet weekly.', 'in the interim'),
    ('Staff moved the files in the interim to the shared drive.', 'in the interim'),
    ('The council will fund the service in the interim to keep it open.', 'in the interim'),
    ('The wards were closed with immediate effect to protect patients.', 'with immediate effect'),
    ('Two posts are funded on a temporary basis to cover the winter.', 'on a temporary basis'),
    ('Staff need to respond in a timely manner to keep residents safe.', 'in a timely manner'),
    ('The panel meets on a monthly basis to review the figures.', 'on a monthly basis'),
]


@pytest.mark.parametrize("text, word", A_NO_SWAP)
def test_a_deadline_swap_not_offered_where_the_words_say_when_a_thing_is(text, word):
    found = _plain(text, word)
    assert found and found[0][2] == [] and found[0][1] == "suggestion", (text, found)


@pytest.mark.parametrize("text, word", A_SWAP)
def test_a_deadline_swap_kept_where_an_action_has_the_deadline(text, word):
    found = _plain(text, word)
    assert found and found[0][2] and found[0][2][0] == "by" and found[0][1] == "warning", (text, found)


@pytest.mark.parametrize("text, word", B_NO_SWAP)
def test_b_no_adverb_between_a_noun_and_its_to_verb(text, word):
    found = _plain(text, word)
    assert found and found[0][2] == [] and found[0][1] == "suggestion", (text, found)


@pytest.mark.parametrize("text, word", B_SWAP)
def test_b_swap_kept_where_the_phrase_does_not_split_a_noun_from_its_verb(text, word):
    found = _plain(text, word)
    assert found and found[0][2] and found[0][1] == "warning", (text, found)


def test_notes_say_why():
    from plainlint.api import check_text

    text = "The library opens from 10am until 5pm, with the last entry no later than 4.15pm."
    msg = [f.message for f in check_text(text).findings if f.category == "plain-words"][0]
    assert "'with' opens" in msg and "'by' does not read" in msg, msg
    text = "Resolved that the trial continue, the costs in the interim to be met from reserves."
    msg = [f.message for f in check_text(text).findings if f.category == "plain-words"][0]
    assert "between a noun and the 'to' of its verb" in msg and "'meanwhile' or 'for now'" in msg, msg
