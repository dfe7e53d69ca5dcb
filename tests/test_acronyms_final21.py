"""Set PP, session final: letters the page uses typed with a capital 'S' for the plural ('GPS' for 'GPs' on a
page that writes 'GP') are those letters' plural, a slip of the shift key: no "spell out 'GPS'". Our own
sentences, both ways."""

import pytest

from acronym_helpers import of, undefined


@pytest.mark.parametrize("text,letters", [
    ("Our GP surgery is busy. Two GPS joined the practice in March.", "GPS"),
    ("A GP can refer you. We wrote to all GPS in the borough last week.", "GPS"),
])
def test_letters_the_page_writes_with_a_capital_s_are_their_plural(text, letters):
    assert not of(undefined(text), letters)


@pytest.mark.parametrize("text,letters", [
    # the page never writes the two letters: the three are letters of their own
    ("The app uses GPS to show where you are on the map.", "GPS"),
    # the three letters are in the glossary in their own right ('ICS' beside 'IC')
    ("The IC team met twice. The ICS covers three places.", "ICS"),
])
def test_three_letters_of_their_own_are_still_read(text, letters):
    assert of(undefined(text), letters)


def test_four_letters_with_a_capital_s_read_as_plural_as_before():
    text = "The CCG board met in May. The old CCGS had set budgets for each area."
    assert not of(undefined(text), "CCGS")
    assert of(undefined(text), "CCG")
