"""Variants of every class of wrong readability finding judged on sets EE to QR (session 23, brief read17):
for each mechanism, passages in our own words with other vocabulary, positions and punctuation, checked at
the defaults and at --min-severity suggestion. Must-fire: a real long sentence stays a finding. Must-not-fire
or message checks: a passage that is not one sentence, or a message that says something untrue of the text.
Every sentence here is our own."""

from __future__ import annotations

import re

import pytest

from plainlint.api import check_text
from plainlint.config import Config

RULES = ("long-sentence", "passive-voice", "long-paragraph", "reading-age")


_RANK = {"suggestion": 0, "warning": 1, "error": 2}


def _findings(text: str, severity: str = "suggestion", fmt: str = "text") -> list:
    """The readability findings at ``severity`` or above ('warning': what the defaults show)."""
    cfg = Config()
    cfg.min_severity = "suggestion"
    r = check_text(text, cfg, fmt=fmt, name="example.txt" if fmt == "text" else "example.md")
    return [f for f in r.findings if f.rule in RULES and _RANK[f.severity] >= _RANK[severity]]


def _long(text: str) -> list:
    return [f for f in _findings(text) if f.rule == "long-sentence"]


def _count(message: str) -> int:
    return int(re.match(r"This sentence has (\d+) words", message).group(1))


def _graded(message: str) -> int:
    """The words the message says the sentence has without what is run into it, else its count."""
    m = re.search(r"it has (\d+)\.", message)
    return int(m.group(1)) if m else _count(message)


# --- 1. a heading or a label run into the sentence: its words are named, and not graded as the sentence's

LABELLED = [
    # (text, the words of the sentence itself)
    ("Purpose of the report: The board is asked to note the progress made on the winter plan since the last "
     "meeting, including the opening of twenty extra beds at the community hospital and the new discharge team "
     "that now works seven days a week across both sites.\n", 43),
    ("Reason for the decision: The current contract for grounds maintenance ends in March and the council needs a "
     "new provider in place by then so that grass cutting, hedge trimming and litter picking in the parks can carry "
     "on without a break over the spring and summer.\n", 43),
    ("Summary of the issue: We have seen a steady rise in the number of families asking for help with the cost of "
     "school uniform, and the fund that the council set up two years ago is now spent before the end of the autumn "
     "term in most schools.\n", 44),
    ("Background to the proposal: This paper sets out the options for the future of the day centre in the market "
     "town, which has fewer people using it each year and needs a new roof, new heating and new toilets before it "
     "can stay open for another winter.\n", 43),
    ("Key risk: The trust may not meet the target for cancer treatment within sixty two days by the end of the year "
     "unless the extra theatre sessions agreed with the independent sector start on time and the new staff in the "
     "booking team are in post.\n", 44),
    ("3. FINANCIAL IMPLICATIONS The cost of the scheme will be met from the existing highways budget for this year, "
     "and any overspend will be reported to the cabinet member together with the options for reducing it before the "
     "end of the financial year in March.\n", 42),
    ("Summary The trust has reduced the number of patients waiting more than a year for planned care from four "
     "hundred to ninety, and the remaining patients have all been offered a date for their operation either at the "
     "main hospital or at one of the partner sites.\n", 46),
]


@pytest.mark.parametrize("text, own", LABELLED)
def test_a_label_or_heading_run_in_is_not_graded_as_the_sentence(text, own):
    [f] = _long(text)
    assert _graded(f.message) == own, f.message
    assert "heading" in f.message, f.message


# an agenda item's name, number and title before the minute: the minute itself is under 40 words
ITEMS = [
    "Item 7 - Quarterly performance report The committee received the quarterly performance report, which showed "
    "that most indicators were on target but that the time taken to process new benefit claims had risen because of "
    "staff vacancies in the team during the autumn.\n",
    "Item 12: Highways maintenance programme The cabinet member introduced the report, which set out the roads to be "
    "resurfaced in the coming year and the way that the list had been drawn up using the condition survey and the "
    "views of ward members.\n",
    "Agenda item 4 - Public questions The chair said that two questions had been received from members of the public "
    "before the meeting, and that both would be answered in writing within ten working days because the officers "
    "concerned could not attend tonight.\n",
    "Minute 23 - Budget monitoring The director of finance presented the latest forecast for the year, which showed "
    "an overspend of about two million pounds in children's services that would be partly offset by savings in other "
    "areas of the council.\n",
]


@pytest.mark.parametrize("text", ITEMS)
def test_an_agenda_items_title_is_not_counted_into_its_minute(text):
    assert not [f for f in _findings(text, "warning") if f.rule == "long-sentence"]
    [f] = _long(text)
    assert _graded(f.message) < _count(f.message) and _graded(f.message) <= 40, f.message


# a heading on a line of its own was never run in: the count is the sentence's own
OWN_LINE = [
    ("Background\nThe council agreed in March that the new recycling contract would begin in the autumn, and officers "
     "have since worked with the supplier, the unions and the ward members to plan the collection rounds, the depot "
     "changes and the letters that residents will receive.\n", 44),
    ("What happens next\nWe will write to everyone who took part in the survey to tell them what we heard, what we are "
     "going to change as a result and when the changes will happen, and we will publish the full results on our "
     "website in the new year.\n", 46),
    ("Our approach\n\nWe want every child in the borough to have the best start in life, which means good maternity "
     "care, support for parents in the first years, places at nursery for those who need them and help for families "
     "who are struggling with money or housing.\n", 45),
]


@pytest.mark.parametrize("text, own", OWN_LINE)
def test_a_heading_on_its_own_line_leaves_a_real_long_sentence_an_error(text, own):
    [f] = [f for f in _findings(text, "warning") if f.rule == "long-sentence"]
    assert f.severity == "error" and _count(f.message) == own, f.message


# a label that is a clause ('What we heard:') and a 'Thank You' title stay the writer's words: still an error
@pytest.mark.parametrize("text", [
    "What we heard: Our residents told us that they want more frequent buses in the evenings, safer crossings near "
    "the schools and more benches along the routes into the town centre, and many of them also asked us to keep the "
    "public toilets open.\n",
    "Thank You for taking the time to read our annual report, which sets out what the trust has achieved over the "
    "last twelve months and what we plan to do next year to improve care for patients and working lives for our "
    "staff.\n",
])
def test_a_clause_before_a_colon_or_a_title_is_still_the_sentence(text):
    [f] = [f for f in _findings(text, "warning") if f.rule == "long-sentence"]
    assert f.severity == "error" and "heading" not in f.message, f.message


# --- 2. two sentences whose full stop was lost: never one sentence over 40 words

MERGED = [
    # a pronoun with a capital after a word in lower case
    "The consultation on the draft plan ran for eight weeks and we received more than six hundred replies from "
    "residents and businesses You can read a summary of what people told us on the page about the plan, and the full "
    "report will go to cabinet in July.\n",
    "The officer explained the background to the application and the reasons for recommending approval to the panel "
    "It was noted that the parish council had objected on the grounds of traffic and that the highways team had not "
    "raised any concerns about the access.\n",
    "Please bring a form of photo identification and a letter showing your address when you come to the centre You "
    "will not be able to collect your permit without them, and we cannot post permits to addresses outside the "
    "borough for any reason.\n",
    # a note's hyphen glued to the capital of the next line
    "Members asked about the delays to the bus shelter programme and were told that the contractor had gone out of "
    "business in the spring -Cllr Patel asked whether the council would recover the money already paid and officers "
    "agreed to report back at the next meeting.\n",
    "The group noted that the waiting list for the allotments at the north site had grown to ninety names over the "
    "winter -Mrs Jones said that the society would look at splitting the larger plots so that more people could have "
    "one this year.\n",
    # a full stop, then a footnote's marker or a sum of money (the splitter's own cases)
    "The new clinic opens on Monday 3 June and will see patients from across the county who have been referred by "
    "their doctor.[2] The service will be run by a team of nurses and therapists based at the hospital and will be "
    "reviewed after one year.\n",
    "The housing revenue account is expected to balance this year despite the rise in repair costs. £450k of "
    "additional funding has been set aside for damp and mould work in the older flats, and a further £200k will be "
    "spent on new kitchens.\n",
    "Members asked about the delays to the bus shelter programme and were told that the contractor had gone out of "
    "business in the spring. -Cllr Patel asked whether the council would recover the money already paid and officers "
    "agreed to report back at the next meeting.\n",
]


@pytest.mark.parametrize("text", MERGED)
def test_two_sentences_run_together_are_not_one_long_sentence(text):
    assert not [f for f in _findings(text, "warning") if f.rule == "long-sentence"]
    for f in _long(text):
        assert _graded(f.message) <= 30, f.message


def test_a_glued_hyphen_is_named_as_a_part_run_in():
    [f] = _long(MERGED[3])
    assert "after ' - '" in f.message and "page header" not in f.message, f.message


# --- 3. who acts, named without the footnote's marker glued to the last word

@pytest.mark.parametrize("text, agent", [
    ("The new clinic will see patients who have been referred by their doctor.[2] It opens in June.\n", "by their doctor"),
    ("Most places at the centre are funded by the county council[4] and the rest by charities.\n", "by the county council"),
    ("The pilot was evaluated by the University of Leeds.[12] It found that waits fell by a third.\n",
     "by the University of Leeds"),
])
def test_who_acts_is_named_without_a_footnote_marker(text, agent):
    [f] = [f for f in _findings(text) if f.rule == "passive-voice" and "by" in f.message]
    assert f"('{agent}')" in f.message and "[" not in f.message, f.message


# --- 4. a list of short names is no list worth bullets; a list of long items still is (where it is the fault)

@pytest.mark.parametrize("text", [
    "Our probation colleagues, the police, the fire service and the housing team meet every month to discuss families "
    "where there are concerns, and the decision-makers in each agency then agree who will lead the work with each "
    "family and how progress will be checked.\n",
    "We will work with the police, the schools, the health visitors, the youth service and the churches to make sure "
    "that every family on the estate knows where to go for help when they need it most this winter, and we will "
    "report back in the spring.\n",
])
def test_short_names_with_their_articles_are_not_a_list_to_bullet(text):
    [f] = _long(text)
    assert f.severity == "error" and "bulleted list" not in f.message, f.message


def test_a_list_of_long_items_is_still_one_to_bullet():
    text = ("The survey asked about the time people waited for a first appointment, the way staff spoke to them on the "
            "phone, the cleanliness of the waiting areas, the parking at the main site and the information given before "
            "discharge, and nearly two thousand people replied.\n")
    [f] = _long(text)
    assert "bulleted list" in f.message, f.message


# --- 5. a ', which ...' clause that runs to the end through a list is no aside in the middle

@pytest.mark.parametrize("text", [
    "Currently Hartford, Millbrook and Stanton parish areas had adopted the rules of sections 3 and 4 of the Open "
    "Spaces Act 1906, which required the owners of land and the people who manage it to keep the paths clear namely "
    "hedges, gates, stiles and bridges.\n",
    "Until this year Northshire and Southshire councils had their own licensing rules for street traders under a "
    "local Act of 1980, which required the traders to hold a permit and to keep their pitches clean, tidy, safe and "
    "free from litter.\n",
])
def test_a_which_clause_ending_in_a_list_is_no_aside(text):
    [f] = _long(text)
    assert "aside" not in f.message, f.message


def test_a_which_clause_in_the_middle_is_still_an_aside():
    text = ("The new community transport scheme, which was set up last year with money from the parish councils and the "
            "health centre in the town, now carries more than two hundred people a week to their appointments, the "
            "shops and the day centre.\n")
    [f] = _long(text)
    assert "aside" in f.message, f.message


# --- 6. words the writer cannot change: a law's own definition of a term, or a quoted standard

@pytest.mark.parametrize("text", [
    "The term public open space is defined in the Town and Country Planning Act 1990 as land laid out as a public "
    "garden, or used for the purposes of public recreation, or land which is a disused burial ground, whether or not "
    "it is owned by a local authority or by another body.\n",
    "A child in need is defined under the Children Act 1989 as a child who is unlikely to achieve or maintain a "
    "reasonable standard of health or development without the provision of services by a local authority, or whose "
    "health or development is likely to be significantly impaired.\n",
    "A house in multiple occupation is legally defined in the Housing Act 2004 as a building or part of a building "
    "occupied by three or more people who form more than one household and who share a kitchen, bathroom or toilet, "
    "whether or not they pay rent.\n",
    "The relevant standard says that: \"When a body publishes a document for the public it must publish the document "
    "in Welsh, and it must not treat a Welsh language version of the document less favourably than an English version "
    "of the document.\"\n",
])
def test_a_law_or_standard_in_its_own_words_is_read_as_quoted(text):
    assert not [f for f in _findings(text, "warning") if f.rule == "long-sentence"]
    [f] = _long(text)
    assert "quoted" in f.message, f.message


def test_the_writers_own_long_sentence_about_a_law_is_still_an_error():
    text = ("The council has a duty under the Children Act 1989 to look after children in need in its area, and we do "
            "this through early help teams in each town, a single front door for referrals and a network of family "
            "hubs that are open six days a week.\n")
    [f] = [f for f in _findings(text, "warning") if f.rule == "long-sentence"]
    assert f.severity == "error", f.message


# --- 7. keep right findings: a long board-paper sentence is a real problem

@pytest.mark.parametrize("text", [
    "The board is asked to approve the revised capital programme for the next three years, which includes the new "
    "ward block at the general hospital, the replacement of the ageing scanners in the radiology department and the "
    "upgrade of the electronic patient record across all three sites.\n",
    "Officers have reviewed the options for the future of the leisure centre and recommend that the council keeps the "
    "centre open for another two years while a full business case for a new building is prepared, because closing it "
    "now would leave the town without a pool.\n",
])
def test_a_real_long_sentence_stays_an_error(text):
    [f] = [f for f in _findings(text, "warning") if f.rule == "long-sentence"]
    assert f.severity == "error" and _graded(f.message) == _count(f.message), f.message
