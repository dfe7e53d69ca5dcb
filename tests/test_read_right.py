"""Readability findings that say only what is true of the sentence (session 17, brief 'read'): no split
offered inside a view reported ('The view of the panel was that X, but Y'), paragraph numbers and ranges
not counted as figures, 'and / or' not counted as parts run together with slashes, an aside named by the
marks that set it off; and text that is no sentence (a contents list with its page numbers, a form's
empty labels in a row) never read as one. Every sentence here is our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.checks import sentence_shape
from plainlint.config import Config
from plainlint.metrics import is_cover_run, is_label_run, run_in_heading

LEAD = "Members met in the hall. "


def _long(text: str) -> list:
    r = check_text(LEAD + text, Config())
    return [f.message for f in r.findings if f.rule == "long-sentence"]


def _one(text: str) -> str:
    found = _long(text)
    assert len(found) == 1, found
    return found[0]


# --- a split inside a view reported would state the view as fact
VIEWS = [
    ("The view of the panel was that the parking scheme had been rushed through without enough notice to the "
     "traders of the high street, but the charges would at least pay for the repairs to the car park, to which "
     "members were advised the repairs would be done next spring."),
    ("Some members were of the view that the parking scheme had been rushed through without enough notice to the "
     "traders of the high street, but the charges would at least pay for the repairs to the car park, to which "
     "members were advised the repairs would be done next spring."),
    ("One member felt the parking scheme had been rushed through without enough notice to the traders of the "
     "high street, but the charges would at least pay for the repairs to the car park, to which the officer "
     "replied that the repairs would be done next spring."),
    ("Concern was raised that the parking scheme had been rushed through without enough notice to the traders of "
     "the high street, however the charges would at least pay for the repairs to the car park, to which members "
     "were advised the repairs would be done next spring."),
]


@pytest.mark.parametrize("text", VIEWS)
def test_no_split_inside_a_view_reported(text):
    message = _one(text)
    assert "Split it before" not in message and "Split it at" not in message, message


def test_a_split_after_a_statement_is_still_named():
    message = _one("The council considered the parking scheme for the high street in full at its meeting in the "
                   "spring of this year, but the traders of the high street had not been told about the meeting "
                   "and so they could not come along to speak.")
    assert "Split it before 'but the traders of'" in message, message


# --- figures: paragraph numbers and ranges are no figures to put in a table
@pytest.mark.parametrize("text", [
    ("The panel asked that the points made in para. 3.2, 3.4 and 3.7 of the report and also in section 5.1 and "
     "6.2 should be taken back to the working group and that the working group should report again to the panel "
     "with a fuller account of the costs."),
    ("The panel asked that the points set out at 3.2, 3.4 and 3.7 of the report and also at 5.1 and 6.2 should "
     "be taken back to the working group and that the working group should report again to the panel with a "
     "fuller account of the costs."),
    ("The panel noted the guidance at 4.2.11 of the national code and at 4.3.2 of the local plan and asked the "
     "officers to bring a short note on both of them to the next meeting of the panel in the new year."),
    ("The panel heard that most of the young people aged 16-18 and 19-25 who use the service live in the town and "
     "that the others travel in from the villages around it on the bus each week."),
])
def test_paragraph_numbers_and_ranges_are_not_figures(text):
    message = _one(text)
    assert "figures" not in message, message


def test_real_figures_are_still_counted():
    message = _one("The panel asked that the rise from 3.2 to 3.4 per cent and the fall from 5.1 to 4.2 per cent "
                   "and the rise to 6.2 per cent should be taken back to the working group and that the working "
                   "group should report again to the panel with a fuller account.")
    assert "five figures run into the prose" in message, message


# --- 'and / or' is one pair of words, not parts run together
def test_and_or_is_no_slash_list():
    message = _one("Parents and / or carers can ask the school and / or the council for a review of the plan, and "
                   "he / she will be told of the outcome within twenty working days of the request being made to "
                   "them.")
    assert "slash" not in message, message


def test_parts_run_together_with_slashes_are_still_named():
    message = _one("Parents said the hub is close / friendly / free to use / open late / the only place nearby "
                   "where they can meet other parents with small babies and talk to the staff about feeding.")
    assert "parts run together with slashes" in message, message


def test_a_slash_spaced_on_one_side_is_counted_with_the_others():
    """'Ward/ Day Unit / Clinic / Theatre' is four parts, not three (set KK re25): a slash spaced on one side
    between words sets parts apart as ' / ' does; 'and/or' and '24/7' unspaced are no parts."""
    message = _one("Patients leaving the hospital are asked whether they would recommend our Ward/ Day Unit / "
                   "Outpatient Clinic / Theatre Suite to friends and family if they ever needed similar care or "
                   "treatment from any of the teams at our sites in the county.")
    assert "four parts run together with slashes" in message, message
    message = _one("Parents said the hub, which is open 24/7 and/or at weekends for families across the town, is "
                   "close / friendly to use for every family with small babies who wants to meet other parents "
                   "and talk to the staff about feeding.")
    assert "slash" not in message, message


def test_a_question_quoted_in_straight_single_marks_is_someone_elses_words():
    """A survey question quoted in straight single marks ('... the question 'How likely are you ...?'') is
    mostly someone else's words, as with curly marks (set KK re25); a plural's mark ('the members' Forum')
    opens no quotation."""
    quoted = _one("After your stay you will be asked to answer the question 'How likely are you to recommend our "
                  "Day Unit to friends and family if they needed similar care or treatment at any of our sites "
                  "across the county?'")
    assert "quoted" in quoted, quoted
    plain = _one("The members' Forum heard from the chair that the plan for the year, which the board approved in "
                 "March after a long debate about the costs and the risks, will be reviewed again in the autumn "
                 "once the figures for the first half of the year are known to everyone.")
    assert "quoted" not in plain, plain


def test_a_post_and_its_area_after_a_dash_are_one_job_title():
    """'Sam Roe, Programme Lead - Staying well' is one post, not a heading run in after a dash (set KK re24)."""
    message = _one("The panel heard an update on the question raised at Full Council on 3rd March 2025 about keeping "
                   "community alarm services working for older residents, and about meeting the problems caused by "
                   "the switch from analogue to digital phone lines by 2027, from Sam Roe, Programme Lead - Staying "
                   "well at home.")
    assert "after ' - '" not in message, message


# --- an aside is named by the marks the sentence has
@pytest.mark.parametrize("text, marks", [
    ("Whilst there would be more money for the towns, which was fair given the number of people living there, "
     "the villages also had real needs and should not be forgotten by the council when it sets the budget.",
     "(between commas)"),
    ("The new plan (which the board agreed in May after a long debate) sets out the work for the next five years, "
     "which the teams wrote together over the winter, and the money that each of them will need for it.",
     "(in brackets)"),
    ("The new plan sets out the work for the next five years – including the new hubs in each of the towns – and "
     "the money that each of the teams will need for it over that time, which is a great deal.", "(between dashes)"),
])
def test_an_aside_is_named_by_its_marks(text, marks):
    message = _one(text)
    assert f"in the middle {marks}" in message, message


def test_a_range_with_dashes_is_no_aside():
    message = _one("Between April 2019 – March 2020 the service saw many more people than planned and between "
                   "April 2021 – March 2022 it saw fewer people than planned, so the team has asked for a review.")
    assert "aside" not in message, message


# --- text that is no sentence
@pytest.mark.parametrize("text", [
    # a contents list run together, its pages in order and the last ending the text
    ("Why we wrote this plan 3 What people told us about waiting for a call back 6 What we will change first 9 "
     "How we will know it has worked 12"),
    ("Rules for members of the public who wish to speak at a meeting 14 Rules for petitions and how they are "
     "answered 15"),
    # a form's labels in a row, left empty
    ("Links to Plan: Patient Involvement: Risks and Mitigation: None known at this stage of the work on the new "
     "plan for the ward."),
])
def test_not_a_sentence(text):
    assert is_label_run(text)


@pytest.mark.parametrize("text", [
    # counts in prose: not page numbers
    "The trust runs 12 Community Hubs and 14 Children's Centres and has 20 Family Workers who help parents.",
    "In the school this year pupils in Year 7 English, in Year 8 Maths and in Year 9 Science all did better.",
    # labels with their values: a sentence of labelled parts is still read
    ("Our three aims are simple: Care: we will give good care to all of our patients: Staff: we will look after "
     "the people who work for us."),
    # a long sentence after the empty labels is still read
    ("Links to Plan: Patient Involvement: Risks: The main risk is that the new ward will not open on time because "
     "the building work started late and the new staff will not all be in post by the spring, so the board will "
     "be asked to agree a later date."),
])
def test_still_a_sentence(text):
    assert not is_label_run(text)


# --- a list's items run in after a lead-in's colon, then the next sentence: three units, not one sentence
def test_a_list_run_in_after_a_colon_is_not_graded_with_the_sentence():
    message = _one("The papers below were agreed by the finance panel at its meeting in the spring and now come to "
                   "the board to be signed off: Finance Panel notes – 3 May 2024 Finance Panel Yearly Review The "
                   "panel had enough members present and two of the board sat in on the meeting.")
    assert "Without the list run in after its colon and the sentence after it, it has 25." in message, message
    assert "Over 40 words" not in message, message


def test_a_sentence_with_a_colon_and_a_verb_after_it_is_still_one():
    message = _one("The papers below were agreed by the finance panel at its meeting in the spring and now come to "
                   "the board to be signed off: the notes were checked by the auditors and The Board can see them "
                   "on the website before the meeting in the summer.")
    assert "Without the list" not in message, message


# --- labelled items of a table or list run together with no full stops: each is a line of its own
def test_labelled_items_run_together_are_graded_by_the_longest():
    message = _one("Early help: a family worker for every family that needs one in each of the towns and villages "
                   "Healthy schools: support to build resilience and improve health outcomes for all pupils Social "
                   "prescribing: links from the surgery to groups and activities in the community.")
    assert "Without the lines run into it with no full stops (a table or a list), it has 18." in message, message


def test_one_label_inside_a_sentence_is_no_table():
    message = _one("The board agreed the plan for the coming year as it was set out in the Council Plan: it asked the "
                   "officers to bring the costs of each part to the next meeting and to say which of them could "
                   "start in the spring.")
    assert "Without the lines" not in message, message


# --- a condition's clauses hang on its 'if': none is a sentence of its own (session 17, brief 'read2')
CONDITIONS = [
    # laid out one clause a line, as a web page sets out who may apply
    "If you rent your home from the council and you are over sixty\nor you have a disability and you live alone\n"
    "then you can ask us for a free check of your smoke alarms and the wiring in your kitchen.",
    "When the road is closed and the buses cannot run, or the school has no power and the heating is off, "
    "the head teacher will tell parents by text message before eight in the morning.",
]


@pytest.mark.parametrize("text", CONDITIONS)
def test_no_clause_of_a_condition_is_made_a_sentence_of_its_own(text):
    message = _one(text)
    assert "each clause a sentence" not in message, message
    assert "Split it before" not in message, message


def test_clauses_joined_by_and_with_no_condition_may_still_each_be_a_sentence():
    message = _one("We will open a new library in the market square and we will train forty more staff, and "
                   "the board will review our progress each quarter and it will publish what it finds each year "
                   "with the figures for every branch.")
    assert "each clause a sentence" in message or "Split it before" in message, message


# --- a title page run into the first sentence is no prose (session 17, brief 'read2', class 3)
COVERS = [
    "2 Eastvale Community Hospice Annual Review 2022/23 Caring For You, Caring With You Part 2 - "
    "A Word from the Chair of Trustees It has been a year of change for all of us at the hospice.",
    "Northshire Carers Centre Impact Report 2024 Section 1 Foreword From Our Director This report shows "
    "how much our volunteers gave to carers across the county last year.",
]
NOT_COVERS = [
    # a sentence that opens with a long name is prose
    "The Eastvale and Northshire Community Hospice Trust Board agreed the new plan in May 2024 after "
    "hearing from patients.",
    # names without a figure, then a new sentence: a roll, not a title page (is_label_run's business)
    "Ann Bell Chair Sam Shah Vice Chair Jo Lee Treasurer Kim Fox Secretary The meeting began at six.",
    # a title case run with a word in lower case among it: the writer's words had begun
    "Our Hospice Annual Review for 2023 was written with patients and The board thanked them all.",
]


@pytest.mark.parametrize("text", COVERS)
def test_a_title_page_run_into_the_first_sentence_is_no_prose(text):
    assert is_cover_run(text)
    r = check_text(text + "\n\n" + LEAD * 30, Config(select=["reading-age"]), name="x.txt")
    assert r.metrics["prose_sentences"] == 30, r.metrics


@pytest.mark.parametrize("text", NOT_COVERS)
def test_a_sentence_that_opens_with_names_is_still_prose(text):
    assert not is_cover_run(text)


# --- a short heading run into its sentence with no full stop (session 18, brief read3: EE1-024,
# EE1-026, EE1-047, EE1-068, EE2-006, FF2-025 quoted among reading age's hardest sentences)
RUN_IN = [
    ("1. Introduction This plan sets out how the library service will change over the next three years.", 2),
    ("Introduction The Parks Strategy for Eastvale was agreed by the board in the spring of last year.", 1),
    ("Reasons For Decision Following the review the board chose to keep the mobile library running.", 3),
    ("Defining advocacy For the purpose of this policy, advocacy means speaking up for a person.", 2),
    ("Background We asked carers in every ward what would help them most over the winter.", 1),
]
NOT_RUN_IN = [
    "Plan A is the option the board preferred after hearing from residents.",  # a letter in a name
    "Thank You for Caring is the name of the awards evening run by the hospice.",  # 'You' in a title
    "Living With Dementia is a group that meets in the library every Tuesday.",  # a name's capital opener
    "The Trust In the past year opened two new clinics.",  # opens with a sentence's first word
    "Moving On from the old building took most of the year.",  # a title's preposition, no determiner after
    "Technical teams secure the IT estate against attacks every day of the year.",  # 'IT' is letters
    "Councillor Shah In reply said that the figures would be checked.",  # a preposition before no determiner
]


@pytest.mark.parametrize("text,k", RUN_IN)
def test_a_short_heading_run_into_its_sentence_is_found(text, k):
    assert run_in_heading(text.split()) == k


@pytest.mark.parametrize("text", NOT_RUN_IN)
def test_a_sentence_with_a_capital_word_inside_is_no_run_in_heading(text):
    assert run_in_heading(text.split()) == 0


def test_reading_age_never_quotes_a_sentence_with_a_heading_run_into_it():
    text = ("Introduction This report summarises the complaints and compliments the service received over "
            "the year, with what changed as a result of them across all of the wards and teams.\n\n"
            + LEAD * 30)
    r = check_text(text, Config(select=["reading-age"]), name="x.txt")
    assert r.metrics["prose_sentences"] == 30, r.metrics
    assert all("Introduction This" not in f.message for f in r.findings)


@pytest.mark.parametrize("text", [
    "4 (4) REVIEW OF LIBRARY HOURS - The Director of Community Services presented the report.",
    "Parks Plan Update PDF 312 KB Additional documents: Minutes: The Head of Parks presented the report.",
    # a dash between the parts of the heading (set MM re18)
    "7.1 CARER VOICE – HOSPITAL DISCHARGE TEAM Ms Okafor described how the team plans each return home.",
])
def test_a_capitals_heading_or_a_web_link_tag_run_in_is_no_prose(text):
    r = check_text(text + "\n\n" + LEAD * 30, Config(select=["reading-age"]), name="x.txt")
    assert r.metrics["prose_sentences"] == 30, r.metrics


@pytest.mark.parametrize("text", [
    "NHS ICB CCG partners met in the hall to agree the winter plan for the county.",  # initials, not a heading
    "The MAIN ROAD closure was agreed by the board after the consultation closed.",
    "NHS – ICB partners met in the hall to agree the winter plan for the county.",  # initials around a dash
    "PLEASE NOTE – the car park by the north entrance is closed for repairs until June.",  # two words only
])
def test_a_sentence_with_capitals_inside_is_still_prose(text):
    r = check_text(text + "\n\n" + LEAD * 30, Config(select=["reading-age"]), name="x.txt")
    assert r.metrics["prose_sentences"] == 31, r.metrics


def test_long_sentence_grades_a_sentence_without_its_run_in_heading_and_names_no_heading_noun():
    text = ("1. Introduction The Regulation of Care Homes in Eastvale is one overarching arrangement which "
            "requires that residents, their families and the staff who look after them are protected against "
            "the risks of infection, neglect and harm in every home across the county.")
    r = check_text(text, Config(select=["long-sentence"]), name="x.txt")
    [f] = r.findings
    assert "Without the heading or page header run into it" in f.message, f.message
    assert "'Introduction'" not in f.message, f.message


# --- three counts and a split that were not true of their sentences (session 18, brief read3:
# EE1-057 'town.I also', EE1-047 'a contract of 5+1+1+1', EE2-057 '... or, which put ...')
def _long(text):
    return [f.message for f in check_text(text, Config(select=["long-sentence"]), name="x.txt").findings]


def test_a_sentence_glued_on_with_the_pronoun_i_is_a_sentence_of_its_own():
    # two sentences of 23 and 18 words glued: no long sentence (set CD, class 3: 'This sentence has 41 words'
    # for two sentences each within the limit was wrong)
    assert not _long("We met in the hall with the friends group and talked about the plan for the park and the new "
                     "paths beside the river this summer.I also asked the group about the lights and the benches "
                     "and the cafe by the gate and the bins.")
    # a part long on its own is still a long sentence, counted without the part glued to it
    [m] = _long("We met in the hall with the friends group and talked about the plan for the park and the new "
                "paths beside the river this summer.I also asked the group about the lights and the benches "
                "and the cafe by the gate and the bins and whether the council would pay for the new signs "
                "at the gate this year.")
    assert "Without the sentence glued to it with no space after its full stop" in m, m
    [m] = _long("We met in the hall with the friends group and talked about the plan for the park and the new "
                "paths beside the river this summer and I also asked the group about the lights and the "
                "benches and the cafe by the gate and the bins.")
    assert "glued" not in m and "Over 40 words" in m, m


def test_a_sum_written_out_is_one_figure():
    [m] = _long("The four wards had 120 + 190 + 270 + 310 people on the waiting list at the end of the year, "
                "and the board asked officers to find out why the numbers rose so fast.")
    assert "figures" not in m, m
    [m] = _long("The four wards had 120, 190, 270 and 310 people on the waiting list at the end of the year, "
                "and the board asked officers to find out why the numbers rose so fast.")
    assert "Put the figures in a table" in m, m


def test_no_split_before_a_which_clause_joined_on_by_or():
    [m] = _long("We keep a complaints policy which sets out the way in which tenants, visitors or other people / "
                "groups can raise worries about possible council 'failings' that is acts or choices which "
                "break the law, go against our rules or, which put the safety of residents at risk.")
    assert "which put the safety" not in m, m
    [m] = _long("The committee agreed the new parking charges for the town centre car parks after a long debate "
                "at its meeting in March, which means that drivers will pay more from the first of June.")
    assert "Split it at the comma before 'which means that drivers'" in m, m


HARD_FILLER = (
    "The board agreed the plan for the new community equipment service at its meeting last month.\n\n"
    "Officers will report back on the cost of the service and the views of carers in the spring.\n\n"
    "The committee asked for more detail on the waiting times for assessments in each district.\n\n"
    "Residents and local groups will be invited to comment on the draft before the board decides.\n\n")


def test_reading_age_quotes_a_sentence_repeated_with_other_spacing_once():
    hard = ("It is proposed that the county council should undertake an extensive consultation with parents, "
            "headteachers and other interested organisations upon a comprehensive range of possible "
            "alterations to the{} Home to School Transport Policy.")
    text = hard.format(" ") + "\n\n" + HARD_FILLER + hard.format("")
    [f] = check_text(text, Config(select=["reading-age"]), name="x.txt").findings
    assert f.message.count("'It is proposed") == 1, f.message
    other = hard.format("").replace("Home to School", "Adult Day Care")
    [f] = check_text(hard.format("") + "\n\n" + HARD_FILLER + other, Config(select=["reading-age"]),
                     name="x.txt").findings
    assert f.message.count("'It is proposed") == 2, f.message


MORE_FILLER = ("Integrated neighbourhood teams coordinate multidisciplinary assessments for residents with "
               "complex conditions.\n\nCommissioners anticipate considerable improvements following the "
               "reorganisation of community services.\n\n")


def test_reading_age_never_quotes_two_sentences_glued_at_a_full_stop():
    glued = ("Individualised progressive resistance exercises considerably reduce hospitalisation following "
             "accidental falls.**Unplanned admissions remain considerably higher amongst residents.")
    [f] = check_text(glued + "\n\n" + HARD_FILLER + MORE_FILLER, Config(select=["reading-age"]), name="x.txt").findings
    assert "Individualised" not in f.message, f.message
    spaced = glued.replace(".**", ". ")
    [f] = check_text(spaced + "\n\n" + HARD_FILLER + MORE_FILLER, Config(select=["reading-age"]), name="x.txt").findings
    assert "'Individualised progressive" in f.message, f.message


# --- set HH: the classes the readers judged wrong


def test_a_split_after_however_between_commas_starts_the_new_sentence_with_it():
    [m] = _long("Ms Hart said the clinic now opens on Saturdays for urgent cases and the list of routine patients is "
                "being worked through on every day of the week because of the delays, however, there are no plans "
                "yet to offer routine visits on a seven day basis.")
    assert "Split it at the comma before 'however' and start the new sentence with 'However,'." in m, m
    assert "before 'there are" not in m, m
    # must fire as before: no 'however' before the comma
    [m] = _long("Ms Hart said the clinic now opens on Saturdays for urgent cases and the list of routine patients is "
                "being worked through on every day of the week because of the long delays, there are no plans "
                "yet to offer routine visits on a seven day basis.")
    assert "Split it at the comma before 'there are no'" in m, m


def test_no_split_at_which_where_the_main_verb_resumes_after_and():
    [m] = _long("Councillor Shaw thanked the officers for the work and pointed to section 4.2 of the report, which "
                "said that one cause of the rise in dumped rubbish was the new charge for the collection of bulky "
                "household items, and asked for a reply on this point.")
    assert "comma before 'which said" not in m, m
    # must fire: no verb of the main clause after the 'which' clause
    [m] = _long("Councillor Shaw thanked the officers for the work and pointed to section 4.2 of the report on "
                "the many complaints from residents, which said that one cause of the rise in dumped rubbish was "
                "the new charge for the collection of bulky items and garden waste.")
    assert "comma before 'which said" in m, m


def test_semicolons_after_a_list_item_part_items_not_clauses():
    [m] = _long("The fund set out the themes that councils should focus on, which were towns and places; helping "
                "small firms; people and skills with each council being asked to talk to its residents and "
                "partners about what should go into its plan.")
    assert "semicolon" not in m, m
    # must fire: clauses with verbs of their own after a semicolon
    [m] = _long("The fund set out the themes that councils should focus on over the next three years of the "
                "scheme; each council will be asked to talk to its residents and partners about what should go "
                "into its plan; the plans are due in May.")
    assert "semicolon" in m, m


def test_a_report_code_and_its_link_labels_are_no_aside_nor_words():
    [m] = _long("The panel considered the report of the Director of Roads and Transport (RTD/21/07 - text only | "
                "pdf RTD/21/07) setting out the damage to the footpath network across the county from the winter "
                "storms, with many paths needing to be closed or diverted.")
    assert "aside" not in m and "Without the cross-reference in brackets" in m, m
    [m] = _long("The panel considered the report of the Director of Roads and Transport (which was sent to members "
                "late last week) setting out the damage to the footpath network across the county from the winter "
                "storms, with many paths needing to be closed or diverted.")
    assert "aside in the middle (in brackets)" in m, m


def test_a_minute_heading_in_capitals_run_in_is_not_counted():
    heading = "12  VISIT BY SAM PEREIRA, DIRECTOR OF PLACES – "
    body = ("The panel heard a short talk from Sam Pereira on recent changes and open issues across the district, "
            "including steps taken to cut the waiting list, the review of the future shape of the service, "
            "repairs, and staffing.")
    [m] = _long(heading + body)
    assert "Without the heading or page header run into it" in m, m
    # must not cut: a capitalised name at the start with no dash after it
    assert sentence_shape._caps_heading_end("THE HOUSING PANEL met on Monday – The".split()) == 0
    assert sentence_shape._caps_heading_end("12 VISIT BY SAM PEREIRA – The panel heard".split()) == 6
    assert sentence_shape._caps_heading_end("12 NHS ICB UK – The panel heard".split()) == 0


def test_a_relative_clause_among_criteria_joined_by_and_is_no_aside():
    [m] = _long("The free checks are being offered to those people living in the districts where there is a high "
                "rate of heart disease, who are aged between 40 and 70, and who are at a higher risk because of "
                "their family history or their work.")
    assert "aside" not in m, m
    # the test itself: ', who ...,' then 'and who' is one of a series; then 'and the' is not
    texts = "people in areas where rates are high , who are aged 40 to 70 , and who smoke".split()
    lows = [t.lower() for t in texts]
    assert sentence_shape._in_wh_series(texts, lows, 7, 14)
    texts = "we thanked the staff at the clinic , who had worked all winter , and the board agreed".split()
    lows = [t.lower() for t in texts]
    assert not sentence_shape._in_wh_series(texts, lows, 7, 13)


def test_and_indeed_is_no_verb_resumed():
    import spacy

    from plainlint.checks.metric import _main_verb_resumes, _Tokens
    nlp = spacy.blank("en")
    for text, resumes in (
            ("She pointed to the report, which said that costs rose, and asked for a reply.", True),
            ("She pointed to the report, which said that costs rose, and indeed it is true.", False),
            ("She pointed to the report, which said that costs rose, and the board agreed.", False)):
        doc = nlp(text)
        assert _main_verb_resumes(_Tokens(doc[:], [t.text for t in doc]), 6) is resumes, text


def test_no_split_at_an_aside_after_which_the_sentence_goes_on():
    [m] = _long("It was noted that the new voluntary scheme for the town did not oblige the private landlords, who "
                "needed to improve the state of their homes and their letting practices, to join and they could "
                "avoid any checks unless they were caught by routine inspections.")
    assert "comma before 'who needed" not in m, m
    # must fire: the 'who' clause runs to the end of the sentence
    [m] = _long("It was noted that the new voluntary scheme for the town had been welcomed by the private landlords "
                "of the district, who needed to improve the state of their homes and their letting practices before "
                "the next round of routine inspections in the spring.")
    assert "comma before 'who needed" in m, m



# --- sentences that are two (session 18, brief read5, set II re26, re29, re46): a bullet's hyphen glued to
# the next sentence's first word; a stop lost where a title ends or a year went missing
def test_a_hyphen_glued_to_a_capital_word_after_a_stop_starts_a_sentence():
    text = ("It was recorded that the treasurer of the club had stepped down from the post because of the new "
            "duties of her job with effect from 3 June 2021. -Mr Okafor proposed that the club should meet again "
            "next month to hear the audit, and to confirm what had been agreed tonight, at a quorate meeting.")
    for m in _long(text):
        assert "has 5" not in m and "has 4" not in m, m


def test_a_hyphen_inside_a_sentence_is_no_new_sentence():
    text = ("The board heard that the north-East route and the bus-Rail link had both been delayed by the works "
            "at the station, by the weather over the winter and by the late delivery of new parts for the trains.")
    [m] = _long(text)
    assert "has 38 words" in m, m


def _hardest(first: str) -> str:
    text = first + "\n\n" + ("The board noted the report, which set out the costs of the new service for older "
                             "people and the risks that remained, and asked for an update next year. ") * 3
    r = check_text(text, Config(select=["reading-age"]), name="x.txt")
    return " ".join(f.message for f in r.findings)


@pytest.mark.parametrize("first", [
    ("Requests are handled under section 12 of the Local Records Act The section 12 guidance explains in full "
     "how the council weighs the public interest against the cost of finding the information requested."),
    ("This plan builds on the county strategy for carers which was agreed by the council in Between 2015 and "
     "2018 the partnership commissioned independent evaluations of respite, advocacy and training for carers."),
])
def test_reading_age_never_quotes_two_sentences_whose_stop_was_lost(first):
    message = _hardest(first)
    assert "Start with the hardest" in message, message
    assert first[:40] not in message, message


@pytest.mark.parametrize("first", [
    ("The officer explained that the evidence collected by The King's Fund on waiting lists, staffing and costs "
     "across the region had been considered by independent evaluators in the autumn of 2019."),
    ("This plan builds on the county strategy for carers which was agreed by the council in December 2015 and "
     "in turn led the partnership to commission independent evaluations of respite, advocacy and training."),
])
def test_reading_age_still_quotes_a_sentence_with_a_title_or_a_date_inside(first):
    assert first[:40] in _hardest(first)


# --- one slash inside each of several items of a list: pairs in names, not parts run together (set II re30)
def test_one_slash_in_each_item_of_a_list_is_no_parts_run_together():
    message = _one("The checks offered to new parents and their children in the first year are Eye care / Optometry "
                   "review, Speech / Language Assessment, checks for common conditions (asthma, eczema), Dental check, "
                   "Hearing and Growth /Weight Review.")
    assert "slash" not in message, message
    assert "bulleted list" in message, message


def test_slashes_in_one_item_of_a_list_are_still_parts_run_together():
    message = _one("Parents said the hub is close / friendly / free to use / open late, and that it is the only place "
                   "nearby where they can meet other parents with small babies and talk to the staff about feeding.")
    assert "parts run together with slashes" in message, message


# --- items of minutes run together, each a heading, a dash and who spoke (set II re25): graded by the longest
def test_items_of_minutes_run_together_are_graded_by_the_longest():
    r = check_text(LEAD + "Action: Agenda May 09 (b) Lone Working Policy – JT reported that after some discussion "
                   "and a review it was agreed that there was no need for a separate policy within the Trust Fleet – "
                   "AB reported that this was a matter which was still under review, but that feedback had so far "
                   "been good in most depots.", Config(select=["long-sentence"]), name="x.txt")
    [f] = r.findings
    assert "Without the items of minutes run into it" in f.message, f.message
    assert f.severity == "suggestion", f.message


def test_one_dash_before_initials_is_no_items_of_minutes():
    [m] = _long(LEAD + "The board heard from the Fleet – AB team that the vans had all been serviced and that the "
                "drivers had all been trained in the new routes for the winter gritting, which starts next month "
                "and runs until the spring.")
    assert "items of minutes" not in m, m


def test_no_split_at_an_aside_shared_by_two_verbs_of_one_that_clause():
    for m in _long("Mrs Holt proposed, and it was agreed, that the group should meet again in the new year, chiefly "
                   "to hear the finance report, and to confirm what was decided today at the next full meeting."):
        assert "Split it before 'and it was agreed'" not in m, m
    # must fire: the clause after ', and' is a sentence of its own
    [m] = _long("The group met again in the new year to hear the finance report from the treasurer of the club, "
                "and it was agreed that the decisions taken today would be confirmed at the next full meeting.")
    assert "Split it before 'and it was agreed'" in m, m


# two sentences whose full stop was lost with the words before it (sets HH and II, session 19, brief read6)
@pytest.mark.parametrize("text, part", [
    ("The officer set out the figures for the new depot and the costs of running it over the next ten years for "
     "the project He also gave details of the bids from the firms and said that a contract would follow soon.", 24),
    ("Questions about the scheme can be sent to the parks team at parks@example.org.uk The team who ran the "
     "survey this year were Sam Lee and Jo Khan from the council and their two trainees.", 20),
    ("The chair recalled the talk on selling land near the river when members heard that no sale would happen "
     "soon but one might follow later in the defence The Committee agreed to ask the agent for the list of sites.",
     28),
])
def test_long_sentence_grades_two_sentences_whose_stop_was_lost_by_the_longer(text, part):
    [m] = _long(text)
    assert f"where a full stop was lost, it has {part}." in m, m


def test_long_sentence_reads_a_section_name_run_in_mid_sentence_as_a_heading():
    [m] = _long("This yearly report sets out the work done by the falls team, the courses it ran and what difference "
                "the team made to the care of older patients in 2019/ Recommendations The Board is asked to note it.")
    assert "Without the heading or page header run into it, it has 31." in m, m


@pytest.mark.parametrize("text", [
    ("The chair said the final choice of site for the new library would need formal approval from The Leader "
     "rather than from the member for parks and open spaces as set out in the draft plan and the budget."),
    ("The residents told the panel that the bus route was vital to them and they had asked the company many "
     "times to keep it running but they had heard nothing back from anyone at all this year."),
    ("The group read the article about the new service in The Guardian and agreed that the points it made about "
     "the waiting times for older people in the county were fair and worth a reply."),
])
def test_long_sentence_keeps_a_title_or_pronoun_inside_one_sentence(text):
    [m] = _long(text)
    assert "full stop was lost" not in m and "heading" not in m, m


@pytest.mark.parametrize("first", [
    ("The officer set out the figures for the new depot and the costs of running it over the next ten years for "
     "the project He also gave details of the bids from the firms and said that a contract would follow soon."),
    ("Any questions about this survey and its findings should be sent to the research team at "
     "survey@example.org.uk The team who carried out the interviews were led by two officers of the council."),
])
def test_reading_age_never_quotes_two_sentences_run_together_at_a_pronoun_or_address(first):
    message = _hardest(first)
    assert "Start with the hardest" in message, message
    assert first[:40] not in message, message


def test_reading_age_still_quotes_a_sentence_naming_a_title_in_capitals():
    first = ("The chair said the final choice of site for the new library would need formal approval from The "
             "Leader rather than from the member for parks and open spaces as set out in the draft plan.")
    assert first[:40] in _hardest(first)


def test_no_aside_where_a_list_goes_on_after_the_comma_with_an_article():
    for m in _long("The guide sets out the aims and costs of the scheme, the way it links with other plans and the "
                   "duties of staff, who can and how to take part in the trial, the basis of each grant and how the "
                   "panel will judge each bid."):
        assert "aside" not in m, m


def test_an_aside_before_a_verb_in_s_is_still_one():
    [m] = _long("The new plan, which was written over many months by the team and its partners, sets out the aims "
                "for the next five years and the money needed to reach them.")
    assert "Move the aside to a sentence of its own." in m, m


def test_reading_age_never_quotes_a_sentence_with_a_heading_run_in_mid_sentence():
    first = ("Our aim is that every patient gets safe and kind care from staff who have the time and training they "
             "need - Care Plan Falls Prevention Service (FPS) The Falls Prevention Service (FPS) is part of the "
             "community nursing team and works with older people at home.")
    message = _hardest(first)
    assert "Start with the hardest" in message, message
    assert first[:40] not in message, message


def test_reading_age_still_quotes_a_sentence_with_a_name_in_brackets():
    first = ("The Falls Prevention Service (FPS) is part of the community nursing team and works with older people "
             "at home and in care homes across the county to reduce the number of falls each winter.")
    assert first[:40] in _hardest(first)


@pytest.mark.parametrize("text, note", [
    ("This plan builds on the county strategy for carers which was agreed by the council in Between 2015 and 2018 "
     "the partnership paid for independent reviews of respite, advocacy and training for carers and their families.",
     "where a full stop was lost, it has 20."),
    # (each part within the limit, there is no finding at all since set CD: the second part is long here)
    ("He said that the money available from the county to pay for the new surveys of old landfill sites had fallen. "
     "that approval be given to the revised plan for checking land at Appendix B to the report of the director and "
     "that the director be asked to report back to the committee in the spring on the first results.",
     "after a full stop, it has 39."),
])
def test_long_sentence_cuts_at_a_year_or_a_resolution_whose_stop_was_lost(text, note):
    [m] = _long(text)
    assert note in m, m


def test_long_sentence_keeps_a_year_after_a_preposition_and_a_month():
    [m] = _long("He said the meeting would be held in June 2020 and that the team would report on the results from "
                "2019 to the board in the autumn after the survey of all the schools.")
    assert "Without" not in m, m


def _units(text):
    from plainlint.extract.text import build_text
    doc = build_text(text, "x.txt")
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_a_heading_worded_as_a_question_stands_apart_from_the_paragraph_below():
    # a heading with no question mark ending on a word that could run on ('it', 'for', 'with'), a blank
    # line, then a capital: a heading of its own, not the start of one sentence (set MM re50)
    for head in ("How we went about it", "Who we worked with", "What the money was for"):
        units = _units("Some text.\n\n" + head + "\n\nStaff rehearsed each scene on a dummy ward first.\n")
        assert ("heading", head) in units, units
    # must not split: a line that goes on in lower case, and a line that is no question's heading
    for text in ("How the board will judge it\n\nwill be set out in the spring report to members.\n",
                 "The panel agreed that it\n\nWestfield Council should lead the bid for the county.\n"):
        assert len(_units("Some text.\n\n" + text)) == 2, _units(text)


def _long_lengths(text):
    r = check_text(text, Config(select=["long-sentence"], min_severity="suggestion"), name="x.txt")
    return [int(f.message.split(" has ")[1].split()[0]) for f in r.findings if f.rule == "long-sentence"]


def test_a_full_stop_lost_with_a_removed_link_parts_two_sentences():
    # the block parts its sentences with two spaces; one gap has no full stop before it, after a word
    # in lower case and before an opener and a word in lower case: two sentences there (set MM re20)
    first = ("Residents are asked to send in their views on the new bin rounds by the end of the month through "
             "the survey page  ")
    second = ("There will then be a chance at the autumn meeting for anyone who sent views to hear how the rounds "
              "were changed as a result and what happens next.  Thank you.")
    assert all(n < 30 for n in _long_lengths("Bins.  " + first + second)), _long_lengths("Bins.  " + first + second)
    # must not part: the block has no two spaces after a full stop (the gap is a justified line's), or the
    # word before the gap is a function word
    assert max(_long_lengths("Bins. " + first + second.replace(".  ", ". "))) > 40
    assert max(_long_lengths("Bins.  " + first.replace("page  ", "page and the  ") + second)) > 40


def test_three_clauses_on_what_and_how_parted_by_semicolons_are_a_list():
    # the objects of one verb ('setting out what ...; how ...; and what ...'): a list, not sentences (set MM re16)
    [m] = _long("The committee was given a report from the head of housing, describing what the repairs team has "
                "fixed since the spring; how the team is dealing with the jobs still waiting for parts; and what "
                "it plans to change over the winter so that fewer tenants wait more than a month.")
    assert "It lists 3 things separated by semicolons: make them a bulleted list." in m, m
    # must not: clauses with their own subjects after the semicolons still stand as sentences
    [m] = _long("The committee was given a report from the head of housing about the repairs done since the "
                "spring; the team is still dealing with the jobs waiting for parts across the county; and it "
                "plans to change the way jobs are booked over the winter so fewer tenants wait.")
    assert "bulleted list" not in m, m
