"""Acronym findings on set LL (session 20, brief acr14): the classes both readers called wrong, each both ways.
Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

from acronym_helpers import of as _of
from acronym_helpers import undefined as _undefined


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


# -- letters naming the body a person at the meeting speaks for (set LL ac04) ----------------------------------------

_PRESENT = "Present:\n\nDr Ravi Okafor, Chair\n\nMrs Jo Pell, NSF Wales\n\nMinutes\n\n"


def test_a_bodys_letters_in_a_line_of_who_came_take_no_guessed_meaning():
    found = _undefined(_PRESENT + "Jo Pell said that NSF will move to new offices in the spring.")
    (f,) = _of(found, "NSF")
    assert "national service framework" not in f.message and f.suggestions == []


def test_the_same_letters_in_running_text_keep_the_glossarys_meaning():
    (f,) = _of(_undefined("Clinics follow the NSF for older people in every ward."), "NSF")
    assert "national service framework" in f.message


def test_a_posts_letters_after_a_name_keep_the_glossarys_meaning():
    # letters after a name that run on in small words are a post's, not a body's with its place
    text = "Present:\n\nDr Ravi Okafor, NSF with Dr Lee\n\nMinutes\n\nThe NSF was discussed at length."
    (f,) = _of(_undefined(text), "NSF")
    assert "national service framework" in f.message


# -- letters one more than the spelled-out letters, the word already written after them (set LL ac22) -------------

def test_letters_read_as_the_spelled_out_letters_and_the_word_after_them():
    text = ("Parents may ask for an education, health and care (EHC) needs assessment. This spring 40 pupils had an "
            "EHC plan, and 12 more were waiting for an EHCP.")
    assert not _of(_undefined(text), "EHCP")


def test_the_longer_letters_with_no_such_word_before_still_fire():
    text = ("Parents may ask for an education, health and care (EHC) needs assessment. Another 12 pupils were "
            "waiting for an EHCP. This spring 40 pupils had an EHC plan.")
    assert _of(_undefined(text), "EHCP")


def test_a_word_after_the_shorter_letters_that_is_not_the_glossarys_is_no_reading():
    # 'NT' spelled out, then "NT staff": the glossary's 'NTS' ends in another word, so NTS still fires
    text = ("The Northern Trust (NT) runs two wards. NT staff met in May. The NTS results came out in June.")
    assert _of(_undefined(text), "NTS")


# -- a brand's letters glued to its product word (set LL ac19) -------------------------------------------------------

def test_letters_before_a_hire_schemes_bike_are_part_of_the_name():
    (f,) = _of(_undefined("The council will add scooters to the Quayside QZN Bike hire scheme next year."), "QZN")
    assert f.severity == "suggestion" and f.suggestions == [] and "part of the name 'QZN Bike'" in f.message


def test_letters_before_bikes_in_small_letters_still_fire_as_usual():
    (f,) = _of(_undefined("The council bought QZN bikes for the town centre last year."), "QZN")
    assert "part of the name" not in f.message
