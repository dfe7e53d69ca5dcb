"""Letters that name a firm or a person, not letters to spell out (set AB, session acr29).

Every sentence here is written for the test; the letters are made up ("QZ..."), so no glossary knows them.
"""

import pytest

from plainlint.api import check_text
from plainlint.config import Config

INTRO = "The panel met in the spring and went through the papers in turn.\n\n"


def _undef(text):
    result = check_text(INTRO + text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined"]


# class 1: initials before a surname-like word that ends the name, in running text: a person's or a firm's name
@pytest.mark.parametrize("text", [
    "QZJ Marwood had looked at the spare office space across the county last year.\n",
    "A short study by QZT Harrowfield was shared with members before the meeting.\n",
    "Members thanked QZ Pemberley for the survey of the old depot.\n",
    "The valuation from QZR Ostley, the agents for the owner, was noted.\n",
    "Advice had come from XQV Tallant on the cost of the new roof.\n",
    "QZK Brannigan's report on the car park was taken as read.\n",
    "The board asked whether QZW Fenwick could finish the audit by June.\n",
    "Figures supplied by QXZ Dunmore showed that demand had levelled off.\n",
])
def test_initials_before_a_surname_are_a_name(text):
    assert _undef(text) == [], text


# ... but not where the word after the letters is a body's, a trade's or a place's word, a common word the page
# writes in lower case, a plural, the end of a table's cell, after a capitalised word, or letters the glossary knows
@pytest.mark.parametrize("text", [
    "QZT Board had looked at the spare office space across the county last year.\n",
    "A short study by QZT Partnership was shared with members before the meeting.\n",
    "Members thanked QZ Marwood for the survey. Services in Marwood will grow next year.\n",
    "The findings of QZR Review were noted. The review will be repeated in a year.\n",
    "The new QZ Sensors placed near the bins caught most of the dumping.\n",
    "Staff now use the QZW Standalone\n",
    "Advice had come from PCT Tallant on the cost of the new roof.\n",
    "Figures supplied by Kent QXZ Dunmore showed that demand had levelled off.\n",
])
def test_letters_before_other_capitalised_words_still_fire(text):
    assert _undef(text) != [], text
