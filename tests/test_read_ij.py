"""Set IJ's readings (issue 17), round F. Each wrong class both ways, all sentences our own:

- long-sentence list advice needs a real run of like items: a unit's name or a job title set off by
  commas beside a post or a name, and a subject's verbs after it, are no list (re13 wrong);
- 'an aside in the middle (between commas)' only where the sentence carries on after the closing comma,
  never where that comma is one of a closing list's led in inside a ', which may include ...' part (re19);
- a full stop typed twice (',..', ' ..', '..') or with a stray comma after it ('.,') before a word with a
  capital ends a sentence (re26);
- passive-voice: the actor of a 'by' phrase ends before a participle phrase after it ('by the council
  relating to ...'; hidden re01);
- and three pedantic ones: a paragraph's number opening a sentence is no word (re22), a speaker's label
  marks a verbatim record (re05), and reading age names a sentence and its copy once (re34).
"""

from __future__ import annotations

from plainlint.analysis import get_nlp, split_sentences
from plainlint.api import check_text
from plainlint.config import Config


def _findings(text: str, rule: str):
    cfg = Config(select=[rule], min_severity="suggestion")
    return [f for f in check_text(text, config=cfg).findings if f.rule == rule]


def _long(text: str):
    found = _findings(text, "long-sentence")
    assert len(found) == 1, found
    return found[0]


def _sentences(text: str) -> list:
    doc = get_nlp()(text)
    return [doc[a:b].text for a, b in split_sentences(doc)]


# --- re13: a name or title set off by commas is no item of a list -------------------------------------

def test_unit_after_a_post_is_no_list_item():
    f = _long("The Principal Planning Officer, Housing Standards Team, presented the report and advised of "
              "proposals to give new powers to the area panels and the Director of Place in respect of duties "
              "under the Housing Act 2004, which were set out in paragraph 3.1 of the report.")
    assert "bulleted list" not in f.message and "lists 4" not in f.message, f.message


def test_title_after_a_name_is_no_list_item():
    f = _long("Jo Lee, Senior Licensing Officer, presented the report and advised of proposals to give new "
              "powers to the licensing panels and the Director of Place in respect of duties under the "
              "Housing Act 2004, which were set out in paragraph 3.1 of the report.")
    assert "bulleted list" not in f.message and "lists 4" not in f.message, f.message


def test_a_name_before_verbs_is_no_list_item():
    # no post or name head: the verbs after the name are no items of a list with it
    f = _long("Our new partner, Greenway Homes, presented the plans for the site by the river and explained "
              "the choices for the layout of the homes and the open space, which were set out in the papers "
              "sent to every member of the committee.")
    assert "bulleted list" not in f.message and "lists 4" not in f.message, f.message


def test_a_run_of_actions_is_still_a_list():
    f = _long("The panel reviewed the draft plan for the coming year, agreed the budget for the new service, "
              "noted the risks to the project and approved the final report for publication to residents in "
              "every ward of the borough in the spring.")
    assert "lists 4 things" in f.message, f.message


def test_a_run_of_things_with_a_participle_first_is_still_a_list():
    f = _long("The new plan for the county aims to bring improved access to care, reduced waiting times for "
              "clinics, better outcomes for patients and lower costs for the council and its partners in "
              "health over the next five years.")
    assert "lists 4 things" in f.message, f.message


def test_a_list_of_posts_and_teams_is_still_a_list():
    f = _long("The review was carried out with the help of the Company Secretary for the trust, the Finance "
              "Team at the town hall, the Legal Service of the council and the staff of the two hubs, who all "
              "gave their time to meet the reviewers.")
    assert "lists 4 things" in f.message, f.message


def test_plain_verbs_are_still_a_list():
    # 'cut' is a plain verb as well as a past: the items stay alike
    f = _long("The plan sets out how the council will mend the roads in the villages, widen the cycle routes "
              "into the town, add more safe crossings near the schools and cut the cost of parking for people "
              "with blue badges in every car park it runs.")
    assert "lists 4 things" in f.message, f.message


# --- re19: an aside only where the sentence carries on after it -----------------------------------------

def test_closing_list_led_in_by_which_is_no_aside():
    f = _long("The check gave each person a clear picture of their risk of falling in the next two years and "
              "offered tailored advice and care plans to lower that risk, which may include improving daily "
              "walking levels, dietary advice, prescribed medicines for blood pressure or cholesterol, and "
              "support to stop smoking.")
    assert "aside" not in f.message, f.message
    assert "lists 4 things" in f.message, f.message


def test_which_aside_the_sentence_carries_on_after_is_still_an_aside():
    f = _long("The new strategy for the parks of the county, which was written over many months by staff "
              "and residents working together, sets out our values for the parks, our priorities for the "
              "next ten years and the actions we will take first.")
    assert "an aside in the middle (between commas)" in f.message, f.message


def test_which_aside_with_a_lead_word_before_the_main_verb_is_still_an_aside():
    f = _long("The new plan for the market town, which includes our aims for the next five years and the "
              "views of the traders, sets out our values for the town centre, our priorities for the "
              "high street and the first actions we will take.")
    assert "an aside in the middle (between commas)" in f.message, f.message


def test_closing_list_without_a_lead_word_is_no_aside():
    f = _long("The review looked at the care given to each person over the whole of the last year, which covered "
              "visits to the home by nurses, phone calls with the care team, group sessions at the hub, and "
              "meals delivered to the door.")
    assert "aside" not in f.message, f.message


def test_aside_before_the_main_verb_and_a_short_list_is_still_an_aside():
    # the main clause's verb comes after the aside ('puts'): the sentence carries on after it
    f = _long("The new plan for the health and care of older people in the county, which was agreed by the "
              "board at its meeting in May after a long consultation, puts carers, families and staff at the "
              "heart of all the work we do in the towns and villages.")
    assert "an aside in the middle (between commas)" in f.message, f.message


def test_main_verb_after_a_which_aside_is_no_list_item():
    # 'covers our values, our priorities and our actions' lists three things, not four
    f = _long("The new plan for the town centre and the market square, which was written by staff and traders "
              "working together over two long years, covers our values, our priorities and our actions for "
              "the next ten years.")
    assert "lists 4" not in f.message and "bulleted list" not in f.message, f.message


# --- re26: a doubled full stop or a stray mark after one ends a sentence --------------------------------

def test_doubled_stops_end_a_sentence():
    for mark in (",..", "..", " ..", ";..", ".,", "..,"):
        got = _sentences(f"The team had set up a new pathway to respond{mark} Online guidance is also "
                         "available to all staff.")
        assert len(got) == 2 and got[1].startswith("Online"), (mark, got)


def test_doubled_stops_before_lower_case_or_figures_run_on():
    assert len(_sentences("We read pages 1..4 of the plan and the rest.. and then agreed it.")) == 1
    assert len(_sentences("The board will buy new kit, new desks etc., The Old Hall will pay.")) == 1
    assert len(_sentences("We cited Smith et al., Jones and Lee in the paper.")) == 1


def test_two_sentences_joined_by_a_slip_are_no_long_sentence():
    text = ("However, work to train staff had been important and had been going on with a new care pathway "
            "having been set up to respond,.. Online guidance is also available, and the council's staff "
            "training covers this subject and is included in both the induction and the refresher sessions.")
    assert all("has 4" not in f.message and "has 5" not in f.message for f in _findings(text, "long-sentence"))


# --- hidden re01: the actor ends before a participle phrase after it ------------------------------------

def test_actor_ends_before_a_participle_phrase():
    (f,) = _findings("He said the sheds had stood on the green for fifty years and no objections had been made "
                     "by the Council relating to access in that time.", "passive-voice")
    assert "('by the Council')" in f.message and "relating" not in f.message, f.message
    (f,) = _findings("The plan will be developed by partners working across the county.", "passive-voice")
    assert "('by partners')" in f.message, f.message
    (f,) = _findings("The views were given by the professionals surveyed.", "passive-voice")
    assert "('by the professionals')" in f.message, f.message
    (f,) = _findings("The form was checked by the officer named in the report.", "passive-voice")
    assert "('by the officer')" in f.message, f.message
    (f,) = _findings("Posts are filled by the Executive Director having consulted with the portfolio holder.",
                     "passive-voice")
    assert "('by the Executive Director')" in f.message, f.message


def test_actor_keeps_a_noun_after_an_ing_word():
    (f,) = _findings("The plan was drafted by the housing team in the spring.", "passive-voice")
    assert "('by the housing team')" in f.message, f.message
    for actor in ("the early years setting", "high quality teaching", "the rising cost of living"):
        (f,) = _findings(f"Families are helped by {actor} in each town.", "passive-voice")
        assert f"('by {actor}')" in f.message, f.message
    (f,) = _findings("The bid was approved by the Health and Wellbeing Board at its last meeting.", "passive-voice")
    assert "('by the Health and Wellbeing Board')" in f.message, f.message


# --- re22: a paragraph's number is no word -----------------------------------------------------------------

_FORTY = ("This part of the plan refers to council housing companies that the Council has set up to build "
          "homes, manage land or meet its aims but applies just as much to any body the Council may form "
          "or set up.")


def test_paragraph_number_is_not_counted():
    for number in ("1.2", "4.10.3", "b.3"):
        f = _long(f"{number} {_FORTY}")
        assert f.message.startswith("This sentence has 40 words"), f.message
        assert f.severity == "suggestion", f.severity


def test_a_figure_before_lower_case_is_counted():
    f = _long("2.5 million people " + _FORTY[0].lower() + _FORTY[1:])
    assert f.message.startswith("This sentence has 43 words"), f.message


# --- re05: a speaker's label marks a verbatim record -------------------------------------------------------

_SPOKEN = ("We found that the service has changed in a number of ways: for example, families are given more "
           "say in the plan; they can book visits at a time that suits them; they can choose from a range of "
           "places to meet; and they have a named worker they can call at any time of the week.")


def test_a_speakers_label_makes_the_words_spoken():
    f = _long(f"Committee hearing\n\nJo Bell (Care Inspectorate):\n\n{_SPOKEN}\n")
    assert f.severity == "suggestion" and "quoted" in f.message, f


def test_without_a_speakers_label_the_list_advice_stays():
    for label in ("Care Inspectorate findings:", "Service Continuity Plans (SCPs):", "Key findings (Appendix B):"):
        f = _long(f"Committee report\n\n{label}\n\n{_SPOKEN}\n")
        assert "bulleted list" in f.message, (label, f.message)


# --- re34: a sentence and its copy are one pointer ----------------------------------------------------------

def test_reading_age_names_a_sentence_and_its_longer_copy_once():
    hard = ("The Chair thanked the University of Northshire for hosting this meeting of the combined board, "
            "and stressed the considerable value in members seeing first-hand the significant regeneration "
            "work being undertaken within the innovation district")
    text = "\n\n".join([
        "Agenda, decisions and minutes", "Decision:", hard + ".", "Minutes:",
        hard + ", which he confirmed would be an important part of the authority's forthcoming submission.",
        "Apologies for absence were received from Councillor Amir Shah and Councillor Beth Lowe of Eastfield.",
        "The minutes of the previous meeting held on 5 December were agreed as a correct and accurate record.",
        "The board considered the comprehensive evaluation of the regional transportation infrastructure "
        "programme and its environmental implications.",
    ])
    (f,) = _findings(text, "reading-age")
    assert f.message.count("'The Chair thanked") == 1, f.message
