"""Variants of the classes judged on set WX (session 24, brief read19), in our own words. Every sentence
here is our own: (1) a minute's item number and its heading in capitals, in parts parted by dashes, run
into the sentence (WX re44); (2) words run together by a page's extraction, with no space (WX re15)."""

from __future__ import annotations

import pytest

from plainlint.checks.sentence_shape import run_together
from long_sentence_helpers import long_findings as _long



# --- 1. a heading in capitals run in, its parts parted by dashes, closed by a dash before the sentence

# (the sentence after each heading is over 40 words on its own and has two clauses or more)
CAPS_HEADINGS = [
    "14              (14)  HIGHWAY VERGES – GRASS CUTTING CONTRACT – The Head of Highways presented a report which "
    "asked the Cabinet Member to agree a new contract for cutting the grass on rural verges, because the firm "
    "that held the old one had gone out of business and the parishes had complained about the state of the roads.\n",
    "7  (7)  LIBRARY SERVICE – OPENING HOURS REVIEW – The Service Manager reported that the library had kept "
    "its longer hours over the summer, which most visitors had welcomed, but the cost of the extra staff was "
    "higher than planned and the branch would need to close earlier on two evenings a week from October.\n",
    "22  STREET LIGHTING – LED REPLACEMENT PROGRAMME – UPDATE – The Director of Place told members that most "
    "of the old lamps had now been replaced, although the work in the villages had been delayed because the "
    "supplier could not deliver the new columns until the spring, and he asked for a further report in June.\n",
    "3  (3)  ALLOTMENTS – RENT INCREASE – The Cabinet Member considered a report which proposed that the rent "
    "for each plot should rise by five pounds from next April, since the water bills for the sites had almost "
    "doubled and the income from plots no longer covered the cost of running them for the tenants.\n",
    "31              (31)  PUBLIC TOILETS – SEASONAL OPENING – The Assistant Director explained that the toilets on "
    "the seafront would open from Easter rather than from May, because more visitors were now coming early in "
    "the year, and that the extra cleaning would be paid for from the income of the nearby car parks.\n",
    "9  MARKET CHARTER – STALL FEES – The Town Centre Manager presented a report which set out a new scale of "
    "fees for traders on the weekly market, since the old charges had not changed for eight years and no longer "
    "met the cost of putting up and taking down the stalls every Saturday.\n",
    "12  (12)  SCHOOL TRANSPORT – POST-16 POLICY – The Head of Education reported that the council would keep "
    "the free bus passes for students aged over sixteen for one more year, because the consultation had shown "
    "that many families could not meet the cost, and she would bring back a report next autumn.\n",
    "5  (5)  FLOOD DEFENCES – RIVER WALL REPAIRS – The Engineer described the damage to the wall near the "
    "bridge, which the storms in February had made worse, and he told members that the repairs would start in "
    "August if the Environment Agency agreed to pay half of the cost of the work.\n",
]


@pytest.mark.parametrize("text", CAPS_HEADINGS)
def test_a_caps_heading_run_in_is_left_out_and_its_dashes_are_no_aside(text):
    found = _long(text)
    assert found, "the sentence after the heading is still long"
    for f in found:
        assert "between dashes" not in f.message, f.message
        assert "Without the heading or page header run into it, it has" in f.message, f.message


# sentences that open with capitals but are no heading run in, or whose dashes are a true aside: the
# count stays whole, and a true aside between dashes is still named
NOT_CAPS_HEADINGS = [
    "The NHS ICB TEAM – that is, the staff who plan the services for the whole county – told the board that the "
    "waiting lists for hip and knee operations had grown again over the winter, because many of the beds had "
    "been taken by patients who could not yet be sent home to their families.\n",
    "The council’s new depot – which the contractor finished in March after a long delay – will hold the gritters "
    "and the refuse lorries, and the staff who drive them will move there from the old yard in the town centre "
    "once the last of the offices has been fitted out for them in the summer.\n",
    "9  (9)  The Director of Places submitted a report updating the Cabinet Member on the nominations that had "
    "been received for the register, which the parish council had sent in, and asked whether each of them met "
    "the test of furthering the social wellbeing of the people who lived in the village.\n",
    "Members heard that the bus company – after a poor winter, with many drivers off sick – had cut the "
    "number of buses on the rural routes, and that the villages further from the town had been left with only "
    "two buses a day, which did not suit people who worked shifts or had appointments.\n",
    "ADASS NHS LGA joint guidance – written in the spring after a long wait for the figures – says that the "
    "councils should agree the fees for care homes with the providers each year, and that the homes should be "
    "told of any change at least three months before it is made by the council.\n",
    "The plan – which was drawn up by the youth forum over the summer with help from the council’s staff – "
    "sets out how young people will be asked about the services that affect them, and how their views will be "
    "fed back to the board and to the cabinet before any decision is made.\n",
    "In the year to March – a period in which the service saw demand rise by a fifth – the team answered "
    "nearly all of its calls within a minute, although the time taken to close a case grew longer because "
    "there were fewer staff to follow up the harder ones.\n",
    "The ward councillors – two of whom had sat on the panel that chose the site – said that the residents "
    "were worried about the traffic the new school would bring, and asked that the plans for the road near "
    "the gates be looked at again before the planning committee met.\n",
]


@pytest.mark.parametrize("text", NOT_CAPS_HEADINGS)
def test_no_caps_heading_keeps_its_count_and_a_true_aside(text):
    found = _long(text)
    assert found, "the sentence is long"
    for f in found:
        assert "heading or page header" not in f.message, f.message
    if text.count(" – ") == 2:
        assert any("between dashes" in f.message for f in found), [f.message for f in found]


# --- 2. words run together with no space: never a long abstract noun, and the count 'at least'

RUN_TOGETHER = ["oftransformation", "theimplementation", "beconsidered", "thatdecisions", "withresidents",
                "wouldrequire", "referredto", "dependon"]
WORDS = ["transformation", "together", "become", "theirs", "thereafter", "atonement", "therein", "bedroom"]


@pytest.mark.parametrize("low", RUN_TOGETHER)
def test_run_together_words_are_found(low):
    assert run_together(low)


@pytest.mark.parametrize("low", WORDS)
def test_words_are_not_run_together(low):
    assert not run_together(low)


# (each sentence has two run-together words or more, one of them an abstract noun run onto 'of' or 'the')
GLUED_SENTENCES = [
    "It was agreed that the board wouldrequire a full report on the implementation oftransformation plans and "
    "the allocation of resources, and thatdecisions on the consultation with the public should wait until the "
    "new year when the figures for the whole county were known to members.\n",
    "The officer said thatthe organisation of the service depended on theimplementation of the new system, the "
    "recruitment of staff and the completion of the training, and that the changes wouldbe reported to the "
    "committee at its meeting in the spring once the numbers were clearer.\n",
    "Members asked whether the administration of the grants would beconsidered by the panel, whether the "
    "evaluation oftheapplications had been fair, and whether the distribution of the money to the smaller "
    "groups in the north of the county had been checked by the auditors.\n",
    "The report set out the justification forthis reorganisation of the depots, the modernisation of the "
    "fleet and the introduction oftheconsolidation of the rounds, and asked members to note that the savings "
    "would be shared between the council and the contractor over the next five years.\n",
    "The chair noted that the regeneration of the high street would dependon the cooperation oflandowners, "
    "the availability of funding and the participation of the traders, and that the council could not act "
    "alone however strong its wish to bring new life to the empty shops in the centre.\n",
    "The panel heard that theexpectation of the residents was that the preservation of the park, the "
    "protection of its trees and the restoration of the lake would come before the construction of new paths, "
    "which many felt were not needed and would spoil the quiet corners of the park.\n",
    "She said that the committee had referredto the recommendation of the auditors on the reconciliation "
    "of accounts and the documentation of payments, and that the clarification ofresponsibilities between the "
    "two teams would be finished before the end of the financial year in March.\n",
    "The group agreed thatthis simplification of the forms and the reduction of the paperwork would help, "
    "and that the introduction ofrevised guidance on the preparation of bids would make it easier for the smaller "
    "charities to apply for the grants that the council would offer next year.\n",
]


@pytest.mark.parametrize("text", GLUED_SENTENCES)
def test_run_together_words_make_the_count_at_least_and_name_no_non_word(text):
    found = [f for f in _long(text) if f.severity != "suggestion" or "words;" in f.message]
    assert found, "the sentence is long"
    for f in found:
        assert " has at least " in f.message, f.message
        named = f.message.split("long abstract nouns (")[1].split(")")[0] if "long abstract nouns (" in f.message else ""
        for token in named.replace("'", " ").replace(",", " ").split():
            assert not run_together(token.lower()), f.message


# sentences whose words are all spaced (or with one run-together word only): the count stays exact
SPACED_SENTENCES = [
    "It was agreed that the board would require a full report on the implementation of transformation plans and "
    "the allocation of resources, and that decisions on the consultation with the public should wait until the "
    "new year when the figures for the whole county were known to members.\n",
    "The officer said that the organisation of the service depended on the implementation of the new system, the "
    "recruitment of staff and the completion of the training, and that the changes would be reported to the "
    "committee at its meeting in the spring once the numbers were clearer.\n",
    "Members asked whether the administration of the grants would be considered by the panel, whether the "
    "evaluation of the applications had been fair, and whether the distribution of the money to the smaller "
    "groups in the north of the county had been checked by the auditors.\n",
    "The report set out the justification for the reorganisation of the depots, the modernisation of the "
    "fleet and the introduction ofthe consolidation of the rounds, and asked members to note that the savings "
    "would be shared between the council and the contractor over the next five years.\n",
    "The chair noted that the regeneration of the high street would depend on the cooperation of landowners, "
    "the availability of funding and the participation of the traders, and that the council could not act "
    "alone however strong its wish to bring new life to the empty shops in the centre.\n",
    "The panel heard that the expectation of the residents was that the preservation of the park, the "
    "protection of its trees and the restoration of the lake would come before the construction of new paths, "
    "which many felt were not needed and would spoil the quiet corners of the park.\n",
    "She said that the committee had referred to the recommendation of the auditors on the reconciliation "
    "of accounts and the documentation of payments, and that the clarification of responsibilities between the "
    "two teams would be finished before the end of the financial year in March.\n",
    "The group agreed that the simplification of the forms and the reduction of the paperwork would help, "
    "and that the introduction of new guidance on the preparation of bids would make it easier for the smaller "
    "charities to apply for the grants that the council would offer next year.\n",
]


@pytest.mark.parametrize("text", SPACED_SENTENCES)
def test_spaced_words_keep_an_exact_count(text):
    found = _long(text)
    assert found, "the sentence is long"
    assert all(" at least " not in f.message.split(";")[0] for f in found), [f.message for f in found]


# --- 3. a resolution's points under a lead-in of its parts ('That:-', 'That the council notes:',
# 'RECOMMENDED TO COUNCIL:') after the decision's label or the vote that carried it: the recorded
# wording (WX re01, re24), a suggestion up to decision-up-to words

_POINT = ("2.  The new parking strategy, with the changes set out in the second appendix to the report, be "
          "adopted as the council's policy for the town centre, subject to the map on page twelve being "
          "corrected so that the short-stay bays near the market and the station are shown in the right "
          "place.\n")
_POINT_LONG_OWN = ("2.  Over the last two years the number of cars parked in the town centre during the day has "
                   "grown by a fifth, which the traders welcome, but residents have found it harder to park "
                   "near their homes, and the officers have said that the old zones no longer match the "
                   "streets where the pressure is greatest.\n")

RECORDED = [
    "RESOLVED:\n\nThat:-\n\n1.  The report be noted.\n\n" + _POINT,
    "Decision:\n\nRECOMMENDED TO COUNCIL:\n\nThat:-\n\n1.  The report be noted.\n\n" + _POINT,
    "The motion was put to the vote and declared to be carried.\n\nThat the council notes:\n\n1.  The report.\n\n" + _POINT,
    "RESOLVED:\n\nThat the council believes:\n\n1.  The report is right.\n\n" + _POINT_LONG_OWN,
    "Decision:\n\nThat the Cabinet:\n\n1.  Notes the report.\n\n" + _POINT,
    "RESOLVED:\n\nThat the council notes:\n\n1.  The report.\n\nThat the council believes:\n\n" + _POINT_LONG_OWN,
    "Resolved:\n\nThat:\n\n" + _POINT,
    "The recommendation was moved, seconded, put to the vote and carried.\n\nThat:-\n\n" + _POINT_LONG_OWN,
]


@pytest.mark.parametrize("text", RECORDED)
def test_a_recorded_resolutions_point_is_a_suggestion(text):
    found = [f for f in _long(text) if "words;" in f.message and f.message.split(" has ")[1].split(" ")[0].isdigit()
             and int(f.message.split(" has ")[1].split(" ")[0]) > 40]
    assert found, "the point is long"
    assert all(f.severity == "suggestion" and "worded as a decision" in f.message for f in found), \
        [(f.severity, f.message) for f in found]


# the same points where nothing says they were voted: a motion as put, a report's own numbered
# paragraphs, or points under a lead-in of the writer's own ('The officers believe:')
NOT_RECORDED = [
    "Motion\n\nThat:-\n\n1.  The report be noted.\n\n" + _POINT_LONG_OWN,
    "That the council believes:\n\n1.  The report is right.\n\n" + _POINT_LONG_OWN,
    "Background\n\nThat the council notes:\n\n1.  The report.\n\n" + _POINT_LONG_OWN,
    "The officers believe:\n\n1.  The report is right.\n\n" + _POINT_LONG_OWN,
    "Council resolves to:\n\n1.  Note the report.\n\n" + _POINT_LONG_OWN,
    "1.  The report is right.\n\n" + _POINT_LONG_OWN,
    "Comments raised were as follows:\n\nThat:-\n\n" + _POINT_LONG_OWN,
    "The meeting heard from residents.\n\nThat the panel notes:\n\n" + _POINT_LONG_OWN,
]


@pytest.mark.parametrize("text", NOT_RECORDED)
def test_points_not_recorded_as_voted_stay_errors(text):
    found = _long(text)
    assert any(f.severity == "error" for f in found), [(f.severity, f.message) for f in found]
