"""A spelling-out keeps the glossary's lower case where a sentence goes on over a line break into the letters
(session 17, corpus acronym reading: 'relationship with' / 'VCSE through Board' was offered as 'Voluntary, ...').
Our own sentences, both ways."""

from plainlint.api import check_text
from plainlint.config import Config


def _fix(text, letters):
    result = check_text(text, Config(select=["acronyms"]), fmt="markdown", name="x.md")
    assert result.error is None, result.error
    (f,) = [f for f in result.findings if f.rule == "acronym-undefined" and f.text.split()[0] == letters]
    return f.suggestions[0]


def test_a_table_cells_lines_in_blocks_of_their_own_go_on_after_a_preposition():
    text = "# Partners\n\nThe trust keeps a close relationship with\n\nVCSE partners through its board and meets them monthly.\n"
    assert _fix(text, "VCSE") == "voluntary, community and social enterprise (VCSE)"


def test_a_soft_line_break_inside_a_paragraph_after_a_word_in_lower_case():
    text = "# Discharge\n\nPatients were referred by their\nICB to the new service, which opened in the spring.\n"
    assert _fix(text, "ICB") == "integrated care board (ICB)"


def test_a_new_paragraph_after_a_lists_last_item_starts_a_sentence():
    # the block before ends in a word that may end a sentence ('times'): the letters open a sentence
    text = "# Plan\n\nWe will reduce waiting times\n\nICB partners agreed the plan at their meeting in May this year.\n"
    assert _fix(text, "ICB") == "The integrated care board (ICB)"


def test_a_sentence_after_a_full_stop_and_a_line_break_keeps_its_capital():
    text = "# Plan\n\nThe plan was agreed in May.\nICB partners will review it each quarter with the council.\n"
    assert _fix(text, "ICB") == "The integrated care board (ICB)"


# -- several meanings: the one whose cue words stand beside the letters is listed first --------------------------------

def _fixes(text):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    return [f.suggestions for f in result.findings if f.rule == "acronym-undefined" and f.text == "IRO"][0]


def test_a_cue_word_beside_the_letters_puts_its_meaning_first():
    text = ("The HR business partner met the BMA IRO about the rota.\n\n"
            "Foster carers and placements are reviewed each year by the team, and the plan is agreed.\n")
    assert _fixes(text)[0] == "industrial relations officer (IRO)"


def test_no_cue_word_beside_the_letters_keeps_the_glossary_order():
    text = ("The independent panel met the IRO about the review.\n\n"
            "Foster carers and placements are reviewed each year by the team, and the plan is agreed.\n")
    assert _fixes(text)[0] == "independent reviewing officer (IRO)"


def test_cue_words_of_two_meanings_beside_the_letters_keep_the_glossary_order():
    text = "The union officer and the foster carers' IRO met about the placements review.\n"
    assert _fixes(text)[0] == "independent reviewing officer (IRO)"


# -- a document's name broken over a line break is still the name ---------------------------------------------------

def _undefined_md(text, letters):
    result = check_text(text, Config(select=["acronyms"]), fmt="markdown", name="x.md")
    return [f for f in result.findings if f.rule == "acronym-undefined" and f.text == letters]


def test_a_strategys_name_broken_after_and_keeps_its_letters():
    text = ("# Links\n\nOther strategies: Everyone's included: the Moorside QZ and\n\n"
            "Inclusion Strategy 2022-27 sets out how schools will help every child.\n")
    (f,) = _undefined_md(text, "QZ")
    assert f.suggestions == [] and "'Moorside QZ and Inclusion Strategy'" in f.message


def test_a_name_that_ends_before_the_break_is_not_joined_to_the_next_line():
    # 'and' then a new paragraph that is no name's words: no document name, so the usual finding
    text = "# Plan\n\nWe met the QZ Board and\n\nthe families who use the service said it helped.\n"
    found = _undefined_md(text, "QZ")
    assert found and "part of the name" not in found[0].message
