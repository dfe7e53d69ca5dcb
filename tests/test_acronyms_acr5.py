"""Acronym findings on sets EE and FF read as a careful editor would (session 18, acr5): the classes that were wrong,
each both ways. Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

from plainlint.api import check_text
from plainlint.config import Config

_FILLER = " The working group will report back to the board in the spring with a summary of what it heard." * 12


def _found(text, rule):
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == rule]


def _rarely(text):
    return _found(text, "acronym-rarely-used")


# -- a note on the term itself: the letters are what the note is about -------------------------------------------------

def test_a_note_on_which_term_the_report_uses_keeps_its_letters():
    # "The term X (ABC) is used ...": the sentence explains the name and its letters; dropping them defeats it
    text = "The term quiet zone needs (QZN) is used throughout this paper so that it matches the national returns."
    assert _rarely(text) == []


def test_a_note_on_a_phrase_or_an_abbreviation_keeps_its_letters():
    assert _rarely("In this strategy the phrase shared river plans (QSRP) follows the wording of the regional forum.") == []
    assert _rarely("We keep the abbreviation ‘mobile outreach clinics (QMOC)’ because partners know it.") == []


def test_letters_spelled_out_once_in_a_plain_sentence_are_still_found():
    (f,) = _rarely("Every school now names a lead for quiet zone needs (QZN) in its annual plan.")
    assert f.suggestions == ["quiet zone needs"]


def test_a_term_word_far_from_the_definition_does_not_count():
    # "term" earlier in the sentence, not naming these words
    (f,) = _rarely("Over the summer term the council agreed that quiet zone needs (QZN) come first in every plan.")
    assert "QZN" in f.message


# -- a post's initials given with the person who holds it --------------------------------------------------------------

def test_a_posts_initials_after_the_holders_name_are_not_spelled_out_as_the_name():
    # "the Head of Quiet Zones, Priya Malden (HoQZ)": the letters name the post; the name is not part of what they
    # stand for, and a post's initials tagged in minutes are the minutes' convention, not worth the writer's time
    text = "The Head of Quiet Zones, Priya Malden (HoQZ) told members that the pilot had gone well."
    assert _rarely(text) == []


def test_a_posts_initials_with_no_name_are_still_found():
    (f,) = _rarely("The Head of Quiet Zones (HoQZ) told members that the pilot had gone well.")
    assert f.suggestions == ["Head of Quiet Zones"]


def test_a_place_after_a_comma_is_not_a_persons_name():
    # the words after the comma are written in lower case elsewhere: not a person, still found
    text = ("The Quiet Zone Hub, North Side (QZHNS) opened in May. Its north side entrance is the busiest in the town "
            "and the hub is open late.")
    (f,) = _rarely(text)
    assert f.suggestions == ["Quiet Zone Hub, North Side"]


def test_a_long_term_plan_is_no_note_on_a_term():
    (f,) = _rarely("Our long term quiet zone plan (QZP) sets out what we will do.")
    assert f.suggestions == ["quiet zone plan"]


def _undefined(text):
    return _found(text, "acronym-undefined")


# -- a tag in square brackets opening a title line: a label, not running text ------------------------------------------

def test_a_tag_in_square_brackets_opening_a_title_is_a_label():
    # "[QZM] Quiet Zone Survey ...": a publication's kind tagged before its title; letters met only there are a
    # suggestion, as letters met only in headings are
    (f,) = _undefined("[QZM] Quiet Zone Survey, England April 2026\n\nThe survey counts quiet zones in each area.")
    assert f.severity == "suggestion"


def test_the_same_letters_used_in_the_text_are_still_shown():
    text = ("[QZM] Quiet Zone Survey, England April 2026\n\nThe survey counts quiet zones in each area. QZM figures "
            "are published each month.")
    (f,) = _undefined(text)
    assert f.severity == "error" and f.location.line == 3 and "at line 1, in a list, a name or another label" in f.message


def test_letters_in_square_brackets_inside_a_sentence_are_no_tag():
    (f,) = _undefined("The QZM [QZM] figures are out today for every area.")
    assert f.severity == "error"


# -- letters named and described at once: a description of six words before its kind ----------------------------------

def test_letters_described_at_once_in_six_words_are_a_suggestion():
    # "QZL, the London wide online sexual health testing service,": readers are told what the letters name
    text = "QZL, the London wide online sexual health testing service, has taken many tests from clinics."
    (f,) = _undefined(text)
    assert f.severity == "suggestion"


def test_letters_followed_by_a_list_of_bodies_are_still_shown():
    (f,) = _undefined("Local groups now send most tests to QZL, the council and its partners in the area, this year.")
    assert f.severity == "error"


# -- ICP: the page's bodies point to the partnership, a pathway's own words to the pathway ------------------------------

def test_icps_among_boards_and_councils_are_the_partnerships():
    text = ("Each ICB in the region and its councils now meet as a partnership. Every ICB sets its budget with the "
            "councils, and the councils agree it with the ICB. National guidance must be clear both via ICBs and ICPs.")
    (f,) = [f for f in _undefined(text) if "ICP" in f.message]
    assert f.suggestions[0] == "integrated care partnerships (ICPs)" and "suggests the first" in f.message


def test_an_icp_on_a_ward_pathway_page_is_the_pathway():
    text = ("Each ward now follows a pathway for falls. The pathway is agreed by clinicians and every clinical lead "
            "signs the pathway off. Nurses use the ICP for each patient on the pathway, and clinicians review the "
            "pathways monthly.")
    (f,) = [f for f in _undefined(text) if "ICP" in f.message]
    assert f.suggestions[0] == "integrated care pathway (ICP)"
