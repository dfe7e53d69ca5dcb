"""Acronym findings on set II read as a careful editor would (session 18, acr7): the classes that were wrong, each both
ways. Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

from plainlint.api import check_text
from plainlint.config import Config

_FILLER = " The working group will report back to the board in the spring with a summary of what it heard." * 12


def _any(text, letters):
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined" and f.text == letters]


# -- hours after a clock time ------------------------------------------------------------------------------------------

def test_hours_after_a_clock_time_are_the_unit():
    assert _any("The panel will sit on Friday at 10:30 HRS in the small room.", "HRS") == []
    assert _any("Doors open at 0845 HRS and close at noon.", "HRS") == []
    assert _any("The shift ends at 19.00 HR on weekdays.", "HR") == []


def test_hours_after_a_plain_number_are_the_unit():
    assert _any("The crisis line is staffed 24 HRS every day.", "HRS") == []


def test_the_same_letters_not_after_a_time_still_fire():
    assert len(_any("The HRS team will bring the figures to the next panel.", "HRS")) == 1

