"""Set OO, session acr19: four wrong acronym findings, read as classes. Our own sentences, both ways.

1. A typing slip guessed towards letters every reader knows is asked about only where the page itself writes
   those letters elsewhere: a guess towards letters the document never uses is a guess about the world (a body's
   own letters are often one letter from famous ones).
2. PSHE has two meanings by date: the glossary offers both, the current name first.
3. A name read before the letters that ends a list of capitalised words joined by ", " and "and" is the whole run
   after "the"; without "the" to mark its start, the message names no words of it ("the panel's name").
4. Letters no glossary knows and the page never spells out, straight before "portal", "platform" or "software",
   name a product: a suggestion to say what it is, no words to paste."""

import pytest

from acronym_helpers import of, shown_on, undefined, undefined_on


# --- 1. a slip towards known letters, only where the page writes them ------------------------------------------

@pytest.mark.parametrize("text,letters", [
    # the known letters are nowhere else on the page: the letters may be a body's own (never a slip to correct)
    ("Last winter QCTV answered more calls than in any year before.", "QCTV"),
    ("Pupils who sat their GGSE papers did well this summer.", "GGSE"),
    ("The council worked with KMPG on its savings plan.", "KMPG"),
])
def test_no_slip_is_guessed_towards_known_letters_the_page_never_writes(text, letters):
    found = of(undefined(text), letters)
    assert found and not any("did you mean" in f.message for f in found)


@pytest.mark.parametrize("text,letters,other", [
    ("Pupils who sat their GGSE papers did well. Their GCSE grades rose again.", "GGSE", "GCSE"),
    ("The council worked with KMPG on its savings plan. KPMG also audit the accounts.", "KMPG", "KPMG"),
])
def test_a_slip_towards_known_letters_the_page_writes_still_asks(text, letters, other):
    found = of(undefined(text), letters)
    assert len(found) == 1 and f"did you mean '{other}'" in found[0].message
    assert found[0].suggestions == [other]


# --- 2. PSHE, both names ------------------------------------------------------------------------------------------

def test_pshe_offers_the_current_name_and_the_earlier_one():
    found = of(undefined("The school reviewed its PSHE lessons with pupils and parents."), "PSHE")
    assert len(found) == 1
    assert found[0].suggestions == ["personal, social, health and economic education (PSHE)",
                                    "personal, social and health education (PSHE)"]
    assert "earlier name" in found[0].message


# --- 3. a name's words may be a list of capitalised words -------------------------------------------------------

def test_a_name_after_the_that_is_a_list_is_quoted_whole():
    found = of(undefined("She asked for the view of the Parks, Rivers and Bridges QZ&R Panel before May."), "QZ&R")
    assert len(found) == 1
    assert "the name 'Parks, Rivers and Bridges QZ&R Panel'" in found[0].message


def test_a_name_whose_start_is_unsure_is_not_quoted():
    found = of(undefined("She wrote to Quarrytown, Moorside and Riverside QZ&R Panel before May."), "QZ&R")
    assert len(found) == 1
    assert "part of the panel's name" in found[0].message and "'Riverside QZ&R Panel'" not in found[0].message


def test_a_name_with_no_list_before_it_is_quoted_as_before():
    found = of(undefined("She asked for the view of the Quiet Rivers QZ&R Panel before May."), "QZ&R")
    assert len(found) == 1 and "the name 'Quiet Rivers QZ&R Panel'" in found[0].message


# --- 4. letters before "portal", "platform", "software" ---------------------------------------------------------

@pytest.mark.parametrize("text,letters,word", [
    ("Searches come to us through the QZNL and QZT portals or by post.", "QZT", "portals"),
    ("Staff record each visit on the QZRP platform.", "QZRP", "platform"),
    ("The team installed QZDS software on every laptop.", "QZDS", "software"),
])
def test_letters_before_a_product_word_are_a_suggestion_to_say_what_it_is(text, letters, word):
    found = undefined_on(text, letters)
    assert len(found) == 1 and found[0].severity == "suggestion" and found[0].suggestions == []
    assert f"before '{word}' looks like a product's name" in found[0].message
    assert shown_on(text, letters) == []


@pytest.mark.parametrize("text,letters", [
    # spelled out in the text, even where the definition is not read as one: not a product's bare name
    ("We installed the new quiet zone display system (QZDS) software. The QZDS software works.", "QZDS"),
    # the letters before "and", not before the product word, are asked about as before
    ("Searches come to us through the QZNL and QZT portals or by post.", "QZNL"),
])
def test_letters_not_straight_before_a_product_word_or_spelled_out_are_not_called_a_product(text, letters):
    assert not any("product" in f.message for f in undefined_on(text, letters))


def test_glossary_letters_before_portal_keep_the_glossary_meaning():
    found = undefined_on("Patients can book through the CCG portal each week.", "CCG")
    assert found and "clinical commissioning group" in found[0].message
