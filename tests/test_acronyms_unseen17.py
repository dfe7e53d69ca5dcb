"""Acronym findings on pages nobody on the project had seen (session 17, set EE acr): the classes independent readers
called wrong or pedantic, each both ways. Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

from acronym_helpers import FILLER as _FILLER, of as _of, undefined as _undefined
from plainlint.api import check_text
from plainlint.config import Config


# -- letters inside a document's, form's or strategy's name: the title keeps its letters ----------------------------

def test_letters_in_a_forms_name_are_not_rewritten():
    (f,) = _of(_undefined("Officers fill in the EQIA Submission Form before the paper goes to the board."), "EQIA")
    assert f.suggestions == [] and "part of the name 'EQIA Submission Form'" in f.message
    assert "equality impact assessment" in f.message  # never spelled out: the message says what to write beside it


def test_letters_in_a_strategys_name_spelled_out_elsewhere_are_a_suggestion():
    text = ("Families helped shape the Moorside SEND and Inclusion Strategy last year. Every school now has a lead "
            "for special educational needs and disabilities (SEND), and SEND support plans are checked each term.")
    (f,) = _of(_undefined(text), "SEND")
    assert f.suggestions == [] and f.severity == "suggestion"
    assert "Moorside SEND and Inclusion Strategy" in f.message and "elsewhere" in f.message


def test_one_plan_of_a_kind_is_no_title():
    # "each ... Plan", "a ... Plan": one thing of a kind, written in capitals, not a document's title
    (f,) = _of(_undefined("Each school writes a SEND Support Plan for every pupil who needs one."), "SEND")
    assert f.suggestions == ["special educational needs and disabilities (SEND)"]


def test_a_bodys_own_name_may_go_into_a_title():
    # a national body's name in capitals put before its letters still reads as a title
    (f,) = _of(_undefined("Officers read the MHCLG Housing Delivery Framework in full."), "MHCLG")
    assert f.suggestions == ["Ministry of Housing, Communities and Local Government (MHCLG)"]


# -- a country's or region's letters ending an organisation's own name ----------------------------------------------

def test_place_letters_ending_a_charitys_name_are_the_name():
    (f,) = _of(_undefined("We thank PlayWorks NI and the local food bank for their help over the summer."), "NI")
    assert f.suggestions == [] and f.severity == "suggestion" and "PlayWorks NI" in f.message
    assert "National Insurance" not in f.message


def test_the_same_letters_alone_still_ask_which_meaning():
    (f,) = _of(_undefined("Staff pay more NI each month since the change in April."), "NI")
    assert f.severity == "error" and "National Insurance" in f.message


# -- addresses are not running text ----------------------------------------------------------------------------------

def test_letters_in_an_address_line_are_a_label():
    text = "Replies go to: QZJC Secretariat, c/o Moor House, 12 Quarry Lane, Leeds LS1 4AB.\n\nThe panel met in June."
    (f,) = _of(_undefined(text), "QZJC")
    assert f.severity == "suggestion"


def test_letters_in_a_sentence_before_a_stop_and_an_address_are_running_text():
    text = "The QZJC agreed the pay offer. Replies go to Moor House, 12 Quarry Lane, Leeds LS1 4AB."
    (f,) = _of(_undefined(text), "QZJC")
    assert f.severity == "error"


# -- a slip in the letters of the definition -------------------------------------------------------------------------

def test_a_slip_in_the_brackets_is_fixed_there_not_spread():
    text = ("Trainees sit a Quiet Zone Readiness Test (QZTR) in May. The QZRT has six parts. Most pass the QZRT "
            "first time, and the QZRT results go to the school.")
    found = _undefined(text)
    (f,) = found
    assert f.text == "QZTR" and f.suggestions == ["QZRT"]
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert not [x for x in result.findings if x.rule == "acronym-rarely-used"], "dropping the slip is not the fix"


def test_letters_used_once_after_their_own_definition_are_no_slip():
    text = "Trainees sit a Quiet Zone Readiness Test (QZRT) in May. The QZRT has six parts."
    assert not _undefined(text)


# -- a science's letters on a page about that science ----------------------------------------------------------------

def test_rna_on_a_genetics_page_is_a_suggestion():
    text = ("The laboratory reads RNA from each sample. Genetic tests look for changes in genes, and the genomics team "
            "explains each genetic result to the family.")
    (f,) = _of(_undefined(text), "RNA")
    assert f.severity == "suggestion" and f.suggestions == ["ribonucleic acid (RNA)"]


def test_rna_on_a_page_about_something_else_is_shown():
    (f,) = _of(_undefined("The RNA figures were shared with the finance committee in May."), "RNA")
    assert f.severity == "error"


def test_dna_on_a_genetics_page_is_the_science_and_a_suggestion():
    text = ("Each family's DNA is read in the laboratory. Genetic changes in genes explain many rare illnesses, and "
            "the genetic counsellor talks each family through the result.")
    (f,) = _of(_undefined(text), "DNA")
    assert f.severity == "suggestion" and f.suggestions[0] == "deoxyribonucleic acid (DNA)"


def test_dna_on_an_outpatients_paper_stays_a_missed_appointment():
    text = ("The DNA rate in the outpatient clinic rose. Missed appointments cost money, so the clinic now sends "
            "appointment reminders, and attendance at each clinic is reported monthly.")
    (f,) = _of(_undefined(text), "DNA")
    assert f.severity == "error" and f.suggestions[0] == "did not attend (DNA)"


# -- pedantic: a post's field, household names, standards' codes ----------------------------------------------------

def test_letters_after_a_posts_head_are_part_of_the_title():
    text = "The Deputy Director QZ and HR said the staff survey showed better morale in the north."
    (f,) = _of(_undefined(text), "QZ")
    assert f.severity == "suggestion"


def test_letters_after_a_posts_word_in_lower_case_are_running_text():
    text = "The director said QZ returns had fallen again this quarter."
    (f,) = _of(_undefined(text), "QZ")
    assert f.severity == "error"


def test_household_letters_are_at_most_a_suggestion():
    found = _undefined("Students asked about UCAS dates, and a Q&A session was held. TfL changed two bus routes.")
    assert not _of(found, "Q&A")
    assert all(f.severity == "suggestion" for f in _of(found, "UCAS") + _of(found, "TfL"))


def test_a_standards_code_is_a_suggestion():
    found = _undefined("The new swings meet BS EN 1176, and the surfacing meets BSEN safety standards.")
    assert found and all(f.severity == "suggestion" for f in found)


def test_other_letters_before_standards_are_shown():
    # a body's standards, not a published standard's code: still letters to spell out
    (f,) = _of(_undefined("The team is applying the QZPO standards to every complaint it answers."), "QZPO")
    assert f.severity == "error"


# -- a national body's letters on a council's decision paper ---------------------------------------------------------

_DECISION = ("Decision maker: Cabinet\n\nKey decision: Yes\n\nQuarry Borough Council will reply to MHCLG about the new "
             "housing targets by the end of the month.")


def test_sector_letters_never_spelled_out_on_a_decision_paper_are_shown():
    (f,) = _of(_undefined(_DECISION), "MHCLG")
    assert f.severity == "error"


def test_sector_letters_on_a_boards_own_paper_stay_a_suggestion():
    text = "The board will reply to MHCLG about the new housing targets by the end of the month."
    (f,) = _of(_undefined(text), "MHCLG")
    assert f.severity == "suggestion"


# -- after the sample of the session's own pages: rolls, members' questions, the publisher's own pages ---------------

def test_a_bodys_letters_in_a_roll_entry_are_a_label():
    text = ("Jo Reed (JR) – Detective Inspector, QZP P Sam Lee (SL) – Deputy Chief Exec, Moorside QZV A Kim Ray (KR) "
            "– Manager, QZFRS P\n\nThe board met in March.")
    found = _undefined(text)
    assert all(f.severity == "suggestion" for f in _of(found, "QZP") + _of(found, "QZV") + _of(found, "QZFRS"))


def test_a_bodys_letters_after_a_post_in_a_sentence_are_shown():
    (f,) = _of(_undefined("Sam Lee, the deputy chief executive, said QZV would fund two more posts next year."), "QZV")
    assert f.severity == "error"


def test_a_members_question_printed_as_asked_is_not_the_first_use():
    text = ("Question from Cllr. Jo Reed: can the Chair say when the QZB will report? Reply by the Chairman: the "
            "committee expects the QZB to report in June.")
    (f,) = _of(_undefined(text), "QZB")
    assert f.start == text.index("QZB", text.index("Reply")), "the reply is the council's own text"


def test_a_question_in_a_councils_own_words_is_running_text():
    text = "The question from the panel was whether the QZB would report in June."
    (f,) = _of(_undefined(text), "QZB")
    assert f.start == text.index("QZB") and f.severity == "error"


def test_a_meeting_pages_own_body_named_at_the_top_is_its_publisher():
    text = ("QZA Governance\n\nAgenda and minutes\n\nMinutes:\n\nThe chair of the QZA's finance group introduced the "
            "report on the budget for next year.")
    (f,) = _of(_undefined(text), "QZA")
    assert f.severity == "suggestion"
    text = ("QZA Leadership Board (pre-May 2020) - Tuesday, 14th March, 2019 1.00 pm\n\nThe QZA's response to the "
            "settlement was agreed.")
    (f,) = _of(_undefined(text), "QZA")
    assert f.severity == "suggestion"


def test_another_bodys_letters_on_a_meeting_page_are_shown():
    text = ("QZA Governance\n\nAgenda and minutes\n\nMinutes:\n\nThe QZR had written to the chair about the budget "
            "for next year.")
    (f,) = _of(_undefined(text), "QZR")
    assert f.severity == "error"


def test_a_persons_body_in_brackets_after_their_name_is_a_label():
    text = "Sam Reed (Moorside QZB) presented the item. The panel thanked her for the report."
    (f,) = _of(_undefined(text), "QZB")
    assert f.severity == "suggestion"
    text = "Sam Reed (Finance Lead, Q&M QZB) presented the item. The panel thanked her for the report."
    (f,) = _of(_undefined(text), "QZB")
    assert f.severity == "suggestion"


def test_a_bodys_letters_in_brackets_after_its_own_name_define_them():
    assert not _of(_undefined("The Quiet Zone Board (QZB) met in May. The QZB agreed the plan."), "QZB")


def test_letters_inside_a_bodys_name_in_capitals_are_not_rewritten():
    text = "In May the Moorside Joint Local Area SEND Partnership agreed its priorities for next year."
    (f,) = _of(_undefined(text), "SEND")
    assert f.suggestions == [] and "Joint Local Area SEND Partnership" in f.message


def test_a_title_with_its_qualifier_in_brackets_is_no_persons_body():
    # a heading-like line "... Tribunal (QZ)" ending there is not a person's affiliation: the use counts as before
    text = "Appeals\n\nFirst-tier Tribunal (QZ)\n\nFamilies may appeal to the tribunal. The QZ panel hears each case."
    found = _of(_undefined(text), "QZ")
    assert not found or found[0].start == text.index("QZ")


def test_a_hyphened_name_before_its_own_letters_is_a_definition_not_a_body():
    text = "The board reviewed its High-Level Indicators (HLIs) in May. Two HLIs were red."
    assert not _of(_undefined(text), "HLIs") and not _of(_undefined(text), "HLI")
