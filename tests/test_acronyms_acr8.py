"""Acronym findings on the corpus read as a careful editor would (issue 19, acr8): the classes that were wrong, each
both ways. Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

from plainlint.api import check_text
from plainlint.config import Config

_FILLER = " The working group will report back to the board in the spring with a summary of what it heard." * 12


def _found(text, rule="acronym-undefined"):
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == rule]


def _of(text, letters, rule="acronym-undefined"):
    return [f for f in _found(text, rule) if f.text == letters]


# -- a definition whose bracketed letters are mistyped (one letter added, dropped or changed) -------------------------

_MISTYPED = ("We take part in two surveys: the Harbour Wall Count (HWC) and the Quarry Vale Bridge Survey (QVBBS). "
             "Returns for the HWC and the QVBS were both late this year, and the QVBS team has asked for more time.")


def test_mistyped_brackets_are_reported_at_the_brackets_with_the_letters_used():
    found = _found(_MISTYPED)
    slip = [f for f in found if f.text == "QVBBS"]
    assert len(slip) == 1
    assert slip[0].suggestions == ["QVBS"]
    assert "Make them match" in slip[0].message and "'QVBS'" in slip[0].message
    # never "spelled out only later" nor a second spelling-out at the use
    assert [f for f in found if f.text == "QVBS"] == []
    # and not "spelled out but never used again" for the mistyped letters
    assert _of(_MISTYPED, "QVBBS", "acronym-rarely-used") == []


def test_mistyped_brackets_after_a_name_the_survey_cut_short():
    # the words before the brackets give the letters used only from the name's first word on
    text = ("Data goes to the Northern Quarry Vale Bridge Survey (QVBSN), run each spring. "
            "Returns for the NQVBS were late, and the NQVBS team has asked for more time.")
    slip = _of(text, "QVBSN")
    assert len(slip) == 1 and slip[0].suggestions == ["NQVBS"]
    assert "Northern Quarry Vale Bridge Survey" in slip[0].message


def test_other_letters_that_fit_their_own_words_are_no_slip():
    # the bracketed letters fit their words; the letters used after are another acronym, still unexplained
    text = ("We run the Quarry Vale Bridge Survey (QVBS) each spring. "
            "Returns for the QVBS and the QVBR were late, and the QVBR team has asked for more time.")
    found = _of(text, "QVBR")
    assert len(found) == 1 and "Make them match" not in found[0].message
    assert _of(text, "QVBS") == []


def test_bracketed_letters_used_again_are_no_slip():
    text = ("We run the Quarry Vale Bridge Survey (QVBBS) each spring, and the QVBBS returns are due in May. "
            "Returns for the QVBS were late, and the QVBS team has asked for more time.")
    found = _of(text, "QVBS")
    assert len(found) == 1 and "Make them match" not in found[0].message
    assert _of(text, "QVBBS") == []


# -- letters followed by a word that may be their own last letter's ('the ICS Strategy') ------------------------------

def test_letters_before_a_word_their_last_letter_may_stand_for_offer_no_meaning():
    text = "Patients, GPs and hospital staff helped to shape the ICS Strategy, which the board agreed in June."
    found = _of(text, "ICS")
    assert len(found) == 1
    assert found[0].suggestions == []
    assert "'Strategy'" in found[0].message and "check what it stands for" in found[0].message


def test_letters_before_another_word_keep_the_glossary_meaning():
    text = "Patients, GPs and hospital staff helped to shape the plan that the ICS agreed in June."
    found = _of(text, "ICS")
    assert len(found) == 1 and "'Strategy'" not in found[0].message
    text = "Patients, GPs and hospital staff helped to shape the plan that the ICS Board agreed in June."
    found = _of(text, "ICS")
    assert len(found) == 1 and "its last letter" not in found[0].message.lower()


def test_a_word_the_meaning_ends_in_is_no_doubt():
    # 'the CAMHS Service': the meaning (child and adolescent mental health services) ends in the word after the letters
    text = "Patients, GPs and hospital staff asked for more from the CAMHS Service that the trust runs."
    found = _of(text, "CAMHS")
    assert len(found) == 1 and "its last letter" not in found[0].message.lower()
    assert found[0].suggestions


# -- words in lower case, joined by 'and', just above the letters ('children and young people' above CYP) -----------

_ABOVE = ("Help children and young people to grow up healthy\n\n"
          "Give children and young people a good start in school and at home\n\n")
_LATER = ("\n\n" + "The board will look at the results again next year and say what has changed. " * 20 +
          "\n\nThe Children and Young People Board will oversee the work.\n")


def test_words_joined_by_and_just_above_link_the_letters_as_a_suggestion():
    for tail in ("", _LATER):
        found = _of(_ABOVE + "CYP mental health workstreams and the crisis pathway project" + tail, "CYP")
        assert len(found) == 1 and found[0].severity == "suggestion"
        assert "'children and young people'" in found[0].message


def test_letters_with_no_such_words_before_still_fire():
    text = "Help families to grow up healthy\n\nCYP mental health workstreams and the crisis pathway project"
    found = _of(text, "CYP")
    assert len(found) == 1 and found[0].severity == "error"


# -- two spellings-out, one short a word: the whole one shown without a noun the letters do not need ----------------

def test_the_whole_spelling_out_is_shown_without_a_trailing_noun():
    text = ("Most people in the Quiet Zone Survey (QZTS) were happy. Then the survey grew. "
            "Rates were low in the Quiet Zone Tidal Survey Teams (QZTS) and in the wider town.")
    found = _of(text, "Quiet Zone Tidal Survey Teams (QZTS)", "acronym-inconsistent")
    assert len(found) == 1
    assert "'Quiet Zone Tidal Survey'" in found[0].message and "Survey Teams'" not in found[0].message


def test_a_word_the_letters_need_is_kept():
    text = ("Most people in the Quiet Zone Survey (QZTS) were happy. Then the survey grew. "
            "Rates were low in the Quiet Zone Tidal Survey (QZTS) and in the wider town.")
    found = _of(text, "Quiet Zone Tidal Survey (QZTS)", "acronym-inconsistent")
    assert len(found) == 1 and "'Quiet Zone Tidal Survey'" in found[0].message
