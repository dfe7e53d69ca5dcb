"""Acronym findings on set MM (session 20, brief acr15): the classes both readers called wrong, each both ways.
Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

from plainlint.api import check_text
from plainlint.config import Config

_FILLER = " The working group will report back to the board in the spring with a summary of what it heard." * 12


def _undefined(text):
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined"]


def _of(found, letters):
    return [f for f in found if f.text.split()[0] == letters]


# -- letters the page calls a firm (set MM ac11, ac14) -------------------------------------------------------------

def test_letters_the_page_calls_a_company_are_its_name_at_every_use():
    text = "The trust built the tool with the design company QZXA last year. Ask QZXA about a licence."
    assert not _of(_undefined(text), "QZXA")
    assert not _of(_undefined("Brook Systems Ltd (formerly QZXB) will supply the new ward software."), "QZXB")


def test_letters_after_company_as_a_plain_word_elsewhere_still_fire():
    assert _of(_undefined("The QZXC told the company about the delay to the ward software."), "QZXC")


def test_a_body_the_glossary_knows_after_formerly_still_fires():
    assert _of(_undefined("Funding came from the board, formerly CCG money, for the new clinic."), "CCG")


def test_letters_before_healthcare_still_fire():
    # 'QZH Healthcare' may be a service's name whose letters readers need (rules/acronym-undefined.toml examples)
    assert _of(_undefined("Leaflets written by QZXD Healthcare are free to every ward."), "QZXD")


# -- a conformity mark, a colour label, initials in a list of councillors (set MM ac15, ac24, ac22) ------------------

def test_a_mark_before_marked_is_not_letters_to_spell_out():
    assert not _of(_undefined("Only gloves that are CE marked may be bought for the wards."), "CE")


def test_a_label_before_a_colon_and_numbers_is_not_letters_to_spell_out():
    assert not _of(_undefined("Print the logo in dark green (QZC: 12/80/40) on every cover."), "QZC")


def test_letters_before_a_colon_and_words_still_fire():
    assert _of(_undefined("QZR: the group found waiting times fell in every ward."), "QZR")


def test_initials_in_a_list_of_councillors_are_a_person():
    assert not _of(_undefined("Councillors QZ Hollis and XW Pemberton declared an interest in the item."), "XW")


def test_letters_before_a_capitalised_word_with_no_title_still_fire():
    assert _of(_undefined("The XW Pemberton fund paid for the new benches."), "XW")


# -- the letters before the noun their words end in (set MM ac17) --------------------------------------------------

def test_letters_before_the_noun_their_words_end_in_go_before_that_noun():
    (f,) = _of(_undefined("Check the NG tube before each feed. A nasogastric tube (NG) is placed by nurses."), "NG")
    assert f.suggestions == ["nasogastric (NG) tube"]
    assert "'nasogastric (NG) tube'" in f.message


def test_a_noun_that_gives_a_letter_is_taken_in_as_before():
    text = "The QZE ethnic group met. People of Quiet Zone ethnic (QZE) heritage spoke."
    (f,) = _of(_undefined(text), "QZE")
    assert f.suggestions == ["Quiet Zone ethnic (QZE)"]


# -- letters before a word their last letter may stand for, the page using them alone too (set MM ac21) --------------

def test_letters_the_page_also_uses_alone_keep_the_glossary_meaning():
    text = ("The ICP Programme Director gave an update. Staff from the ICP met twice.")
    (f,) = _of(_undefined(text), "ICP")
    assert "its last letter" not in f.message.lower() and "Programme" not in f.message


def test_letters_only_ever_before_that_word_still_doubt_the_meaning():
    (f,) = _of(_undefined("The ICP Programme Director gave an update to staff."), "ICP")
    assert "its last letter" in f.message.lower() and not f.suggestions


def test_letters_before_mark_as_a_noun_still_fire():
    assert _of(_undefined("The QZS mark is written on each form the pharmacy sends back."), "QZS")
