"""Set GH's readings (issue 17), round E. long-sentence: a 'which' after an aside that follows a verb
of deciding or asking is the verb's indirect question, not a clause to split off (re47 wrong); a
', which ...,' aside in the middle, after whose closing comma the main clause resumes with a phrase
or a verb, is no place to split (re42 wrong). done-to-language: the phrase in a post's title after
'for' or 'of' ('the designated doctor for looked after children') is the post's name (co03, co07
wrong); a title-cased use keeps no swap but the message says the plain words fit where it is no
formal name. All sentences are our own, each class both ways."""

from __future__ import annotations

from plainlint.api import check_text
from plainlint.config import Config


def _long(text: str):
    cfg = Config(select=["long-sentence"], min_severity="suggestion")
    found = [f for f in check_text(text, config=cfg).findings if f.rule == "long-sentence"]
    assert len(found) == 1, found
    return found[0]


def _done_to(text: str):
    cfg = Config(select=["done-to-language"], min_severity="suggestion")
    return [f for f in check_text(text, config=cfg).findings if f.rule == "done-to-language"]


def test_which_after_an_aside_after_decide_is_no_split():
    f = _long("The department now passes the adult learning budget to the regional bodies by a formal order "
              "(once their plans are agreed) so they can decide, at a local level, which courses they wish "
              "to fund to support skills growth in their areas.")
    assert "before 'which courses" not in f.message, f.message


def test_which_after_an_aside_after_ask_is_no_split():
    f = _long("At the end of the long meeting on the future of the market hall the chair of the panel asked, "
              "on behalf of the traders and the residents nearby, which of the three options the council "
              "would now choose to put to the cabinet.")
    assert "before 'which of the" not in f.message, f.message


def test_relative_which_after_an_aside_still_splits():
    # not after a verb of deciding or asking: a relative clause, which may go to a sentence of its own
    f = _long("The committee considered a long report from the Head of Housing about the work of the tenancy "
              "team over the year, which showed that the checks on empty homes had risen sharply and that "
              "most owners had agreed to bring their homes back into use.")
    assert "Split it at the comma before 'which showed that the'" in f.message, f.message


def test_aside_in_the_middle_resuming_with_a_phrase_is_no_split():
    f = _long("The committee considered a report from the Head of Housing which described the work of the "
              "tenancy team, which formed part of the wider housing service, in the checks on empty homes "
              "which had been carried out across the borough during the last year.")
    assert "before 'which formed part" not in f.message, f.message


def test_aside_in_the_middle_resuming_with_a_verb_is_no_split():
    f = _long("The new plan for the parks and open spaces of the borough, which was drawn up by the parks "
              "team with the friends groups, was agreed by the cabinet in June after a long public "
              "consultation over the whole of the spring.")
    assert "before 'which was drawn" not in f.message, f.message


def test_post_title_for_looked_after_children_is_not_flagged():
    assert not _done_to("The designated doctor for looked after children gave the panel an update on health checks.")
    assert not _done_to("The Designated Nurse for Looked After Children wrote to every school.")
    assert not _done_to("Each school names a designated teacher for looked after children.")
    assert not _done_to("The Independent Reviewing Officer's annual reports for looked after children go to the panel.")


def test_looked_after_children_outside_a_post_title_is_flagged():
    found = _done_to("The council found new homes for looked after children this year.")
    assert len(found) == 1 and found[0].suggestions == ["children in care"], found
    found = _done_to("The doctor met looked after children at the clinic.")
    assert len(found) == 1, found


def test_title_cased_term_message_names_the_plain_words():
    found = _done_to("The council was corporate parent to 250 Looked After Children last year.")
    assert len(found) == 1, found
    assert not found[0].suggestions
    assert "No one plain word fits" not in found[0].message
    assert "say 'children in care'" in found[0].message, found[0].message


def test_statutory_reviews_of_looked_after_children_are_not_flagged():
    # the reviews of a child's care plan that an Independent Reviewing Officer chairs: the law's own words
    assert not _done_to("The panel noted the annual report on the reviews of Looked After Children held in the year.")
    assert not _done_to("An Independent Reviewing Officer chairs the meeting about each of our looked after children.")
    # a review of something else in the same sentence is no such review
    assert len(_done_to("The review of school places found that looked after children wait longest.")) == 1


def test_so_clause_running_on_past_a_comma_still_splits():
    f = _long("The new leisure centre can take up to two years to build, so starting the design work this "
              "spring will help make sure that the pool is open as soon as possible after the old one has "
              "closed, in addition to keeping the costs down while the work is done.")
    assert "Split it at the comma before 'so starting the design'" in f.message, f.message
