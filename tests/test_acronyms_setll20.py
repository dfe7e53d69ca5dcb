"""Acronym findings on set LL (session 20, brief acr14): the classes both readers called wrong, each both ways.
Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

from plainlint.api import check_text
from plainlint.config import Config

_FILLER = " The working group will report back to the board in the spring with a summary of what it heard." * 12


def _undefined(text, filler=True):
    result = check_text(text + (_FILLER if filler else ""), Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined"]


def _of(found, letters):
    return [f for f in found if f.text.split()[0] == letters]


# -- road classes joined by '&' (set LL ac21) ---------------------------------------------------------------------

def test_road_classes_before_roads_are_not_letters_to_spell_out():
    assert not _of(_undefined("Grass beside A&B roads is now cut twice a year instead of four times."), "A&B")
    assert not _of(_undefined("The gritting crews reach the B&C class roads after the main routes."), "B&C")


def test_the_same_letters_before_another_word_still_fire():
    assert _of(_undefined("A worker from the A&B service will join the next meeting of the group."), "A&B")


def test_road_class_letters_used_once_before_roads_and_once_alone_still_fire():
    # every use must be the road classes: once alone, the letters may stand for words
    text = "Verges on A&B roads will be left longer. The A&B team will visit each ward in May."
    assert _of(_undefined(text), "A&B")


# -- an owner's letters before a plan's name, met once with no 'the' (set LL ac07) ---------------------------------

def test_bare_letters_before_a_plan_named_once_are_not_called_part_of_the_name():
    (f,) = _of(_undefined("The council will keep its promise to support QZG Hedgerow Recovery Plan this year."), "QZG")
    assert "part of the name" not in f.message and f.message.startswith("Spell out 'QZG'")


def test_a_named_plan_with_the_before_it_keeps_its_letters():
    (f,) = _of(_undefined("The council will keep its promise to support the QZG Hedgerow Recovery Plan this year."),
               "QZG")
    assert "part of the name 'QZG Hedgerow Recovery Plan'" in f.message


def test_a_plan_named_twice_keeps_its_letters():
    text = ("Officers agreed to follow QZG Hedgerow Recovery Plan in every ward. Copies of QZG Hedgerow Recovery Plan "
            "are in the library.")
    (f,) = _of(_undefined(text), "QZG")
    assert "part of the name 'QZG Hedgerow Recovery Plan'" in f.message
