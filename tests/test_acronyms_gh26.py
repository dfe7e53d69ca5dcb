"""Round E (issue 17, set GH): letters English uses as a figure of speech, letters modifying a plural noun after a
preposition, a name found by its initials inside two bodies named together, and letters a description or a plain
gloss in brackets already explains. Our own sentences, both ways; 'QZ'-style letters stand for letters no glossary
knows."""

import pytest

from acronym_helpers import of, undefined


def _fixes(found) -> list:
    return [x for f in found for x in (f.suggestions or [])]


# -- a figure of speech: "the DNA of our towns", "in our DNA" (set GH ac35, both readers wrong) ----------------------

@pytest.mark.parametrize("text", [
    "Farming has long been part of the DNA of our market towns, the leader said.",
    "Listening to tenants is in our DNA and always will be.",
    "Openness is part of the borough's DNA, the chief executive told the panel.",
    "Caring for the coast runs through its DNA as a port town.",
])
def test_letters_as_a_figure_of_speech_are_no_acronym(text):
    assert not of(undefined(text), "DNA")


@pytest.mark.parametrize("text", [
    # a missed appointment, as before
    "Patients who DNA their appointment at the clinic will be discharged. The DNA rate rose again.",
    # the science, on a page that says its cue words
    "The DNA of the virus was sequenced and the genes were compared with last year's.",
])
def test_letters_of_the_science_or_a_missed_appointment_still_fire(text):
    assert of(undefined(text), "DNA")


@pytest.mark.parametrize("text", [
    # the substance, not a figure of speech
    "Our DNA samples are stored for ten years at the clinic.",
    # missed appointments: the letters modify the noun after them
    "Our DNA rate fell again this quarter at the clinic.",
])
def test_a_noun_after_owned_letters_keeps_the_finding(text):
    assert of(undefined(text), "DNA")


# -- letters modifying a plural noun after a preposition: such bodies in general, no "the" (set GH ac13) -----------

@pytest.mark.parametrize("text,letters,want", [
    ("The fire chief called for the support of FRA members in tackling recruitment.", "FRA",
     "fire and rescue authority (FRA)"),
    ("The views of ICB chairs were sought on the plan.", "ICB", "integrated care board (ICB)"),
    ("Comments were sent to ICB leads on the plan and to others.", "ICB", "integrated care board (ICB)"),
])
def test_letters_before_a_plural_noun_take_no_article(text, letters, want):
    fixes = _fixes(of(undefined(text), letters))
    assert want in fixes
    assert not any(x.lower().startswith("the ") for x in fixes)


@pytest.mark.parametrize("text,letters,want", [
    # bare after a preposition, no noun after: one body, "the"
    ("The plan went to ICB for approval before the summer.", "ICB", "the integrated care board (ICB)"),
    ("The report was agreed by ICB and the council.", "ICB", "the integrated care board (ICB)"),
    # at a sentence's start a word in -s may be the letters' verb: "The" as before
    ("ICB members agreed the plan.", "ICB", "The integrated care board (ICB)"),
])
def test_letters_standing_for_one_body_still_take_the(text, letters, want):
    assert want in _fixes(of(undefined(text), letters))


# -- a name found by its initials inside two bodies named together (set GH ac25, both readers wrong) -----------------

_TWO = ("Early on, WFRS had kept answering every alarm at the depots. "
        + "The board heard about staffing and budgets at length. " * 6
        + "A joint plan was made by {} for the next year.")


def test_the_second_of_two_bodies_named_together_is_not_the_letters_name():
    found = of(undefined(_TWO.format("Moorside and Westfield Fire and Rescue Services")), "WFRS")
    assert found
    assert not any("Westfield Fire and Rescue Services" in f.message for f in found)


@pytest.mark.parametrize("name,words", [
    ("Westfield Fire and Rescue Service", "Westfield Fire and Rescue Service"),
    # after a word in small letters and "and": the body named alone
    ("the police and Westfield Fire and Rescue Service", "Westfield Fire and Rescue Service"),
    # two names, each written whole
    ("Moorside Council and Westfield Fire and Rescue Service", "Westfield Fire and Rescue Service"),
    ("Trading Standards & Westfield Fire and Rescue Services", "Westfield Fire and Rescue Services"),
])
def test_a_body_named_whole_is_still_linked(name, words):
    found = of(undefined(_TWO.format(name)), "WFRS")
    assert found and all(f"stands for '{words}'" in f.message for f in found)



# -- letters after a description of what they name (set GH ac28, both readers pedantic) ------------------------------

def test_letters_after_a_long_description_in_a_list_are_a_suggestion():
    text = ("The panel noted the levels of checks: basic checks for all staff (QZB), standard checks (QZS) and a "
            "deeper check for senior finance posts at a higher level (QZV).")
    found = of(undefined(text), "QZV")
    assert found and all(f.severity == "suggestion" for f in found)


def test_letters_after_a_short_name_of_capitals_or_few_words_are_still_shown():
    found = of(undefined("A second check for senior finance posts (QZV) is made each year."), "QZV")
    assert found and any(f.severity != "suggestion" for f in found)


# -- a plain gloss in brackets after the letters (set GH ac32, both readers pedantic) --------------------------------

@pytest.mark.parametrize("text,letters", [
    ("An ECG (heart trace) may be repeated at the clinic to check your rhythm.", "ECG"),
    ("Your BMI (a measure of weight for height) will be taken at the clinic.", "BMI"),
])
def test_a_plain_gloss_after_the_letters_makes_a_suggestion(text, letters):
    found = of(undefined(text), letters)
    assert found and all(f.severity == "suggestion" for f in found)


@pytest.mark.parametrize("text", [
    "A QZT (see below) may be repeated at the clinic.",
    "A QZT (if needed) may be repeated at the clinic.",
    "The board asked for a list of QZT (all sites) by May.",
    # letters no list knows still need their name
    "A QZT (a short scan of the chest) may be repeated at the clinic.",
])
def test_a_bracket_that_is_no_gloss_keeps_the_finding_shown(text):
    found = of(undefined(text), "QZT")
    assert found and any(f.severity != "suggestion" for f in found)
