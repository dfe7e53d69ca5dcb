"""Acronym findings on the unseen sets HH, II, EE and FF read as a careful editor would (session 19, acr9): the
classes judged pedantic or wrong, each both ways. Our own sentences; 'QZ'-style letters stand for letters no glossary
knows."""


from acronym_helpers import undefined_on as _found
from acronym_helpers import shown_on as _shown
_PARA = "The service has grown quickly, and the wards now ask for more help than the team can give at present. "


# -- a roll's entry: a person's name, a comma, their post running on into their body's letters ---------------------------

def test_post_running_on_into_its_body_in_a_roll_is_a_label():
    text = ("In attendance\n\nMs Kay Lund, Treasury Accountant\n\n"
            "Mr Jo Reed, General Manager Moorside QZP, by video link - Item 6\n\nThe meeting began at ten.\n")
    assert _shown(text, "QZP") == []
    assert [f.severity for f in _found(text, "QZP")] == ["suggestion"]  # met only in a label


def test_roll_entries_run_together_on_one_line_keep_the_title_before_the_name():
    text = "Items 4.2 and 4.3 Dr Sam Lee, Head of Estates QZP, Item 6 Ms Kay Lund, Treasury Accountant\n"
    assert _shown(text, "QZP") == []


def test_a_person_then_a_sentence_about_the_letters_is_still_shown():
    # the post ends at its comma and the sentence goes on in small letters: the letters are met in running text
    text = "Jo Reed, Finance Director, asked whether QZP would fund the new posts.\n"
    assert [f.text for f in _shown(text, "QZP")] == ["QZP"]


def test_a_place_and_a_comma_without_a_post_is_no_roll():
    # a street and a place before the letters: no post's word, so no person's post
    text = "Leeds Road, Moorside QZP centre opens to visitors in May.\n"
    assert [f.text for f in _shown(text, "QZP")] == ["QZP"]


# -- letters in the page's title line, the name they stand for written in the text's opening ----------------------------

_TITLE = "The Future of Quiet Zone Services in England: Report on Phase 1 of the QZI Review"


def test_title_letters_with_their_name_in_the_opening_paragraphs_are_a_suggestion():
    text = (f"{_TITLE}\n\nThe review looked at every ward. {_PARA * 7}\n\n"
            "To plan the next steps, Quiet Zone Improvement asked every ward to say what it needed.\n")
    found = _found(text, "QZI")
    assert [f.severity for f in found] == ["suggestion"]
    assert "Quiet Zone Improvement" in found[0].message


def test_title_letters_whose_name_comes_only_far_below_are_still_shown():
    text = (f"{_TITLE}\n\nThe review looked at every ward. {_PARA * 13}\n\n"
            "To plan the next steps, Quiet Zone Improvement asked every ward to say what it needed.\n")
    assert [f.text for f in _shown(text, "QZI")] == ["QZI"]


def test_a_first_line_that_is_a_sentence_is_no_title():
    text = ("The review of quiet zone services in England asked what the QZI should do next and how the wards could help it.\n\n"
            f"The review looked at every ward. {_PARA * 7}\n\n"
            "To plan the next steps, Quiet Zone Improvement asked every ward to say what it needed.\n")
    assert [f.text for f in _shown(text, "QZI")] == ["QZI"]


# -- a letter to colleagues naming its own body once, in brackets after a body's word ---------------------------------

_LETTER = ("Dear colleague\n\nI am writing with news of the new records system. We had planned to go live in both Trusts "
           "(QZT and Moorside Hospitals) in the autumn, but we will now go live in the spring.{more}\n\n"
           "Best wishes\n\nJo Reed\n")


def test_a_letter_to_colleagues_naming_its_own_body_once_in_brackets_is_a_suggestion():
    found = _found(_LETTER.format(more=""), "QZT")
    assert [f.severity for f in found] == ["suggestion"]


def test_the_same_sentence_in_no_letter_to_colleagues_is_shown():
    text = _LETTER.format(more="").replace("Dear colleague", "Records system update")
    assert [f.text for f in _shown(text, "QZT")] == ["QZT"]


def test_a_letter_leaving_other_letters_unexplained_does_not_tell_whose_they_are():
    text = _LETTER.format(more=" The QZR team will run the training sessions.")
    assert [f.text for f in _shown(text, "QZT")] == ["QZT"]
