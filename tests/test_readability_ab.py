"""Variants of the classes judged on set AB (session 24, brief read21), in our own words. Every sentence
here is our own: (3) a word of noun-or-verb with 're' or 'de' before it ('to recommission the service',
'to reposition the team') is a verb after 'to' as the word itself is, no long abstract noun (AB re10);
the same words as nouns ('the reposition of ...' is rare: 'the recommission of ...', 'the deposition of
...') are still named."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config
from long_sentence_helpers import long_findings as _long, one_long as _one, abstract_named as _abstract_named





# --- 3. a prefixed verb of noun-or-verb after 'to': never a long abstract noun

PREFIXED_VERBS = [
    ("The Chair said that she was content with the answers given by the officer about the plan to recommission "
     "the advocacy contract and noted that there was a need to focus on prevention, inclusion and independence "
     "for every resident of the borough.", "recommission"),
    ("The Director explained that the decision to decommission the old day centre had followed the consultation "
     "and that the administration of the new service would move to the community team, with the organisation "
     "of transport agreed with each family.", "decommission"),
    ("Members heard that the review of the library service had led to a proposal to reposition the mobile "
     "library closer to the villages, and that the allocation of funding and the registration of new members "
     "would be reported in the spring.", "reposition"),
    ("The Treasurer reported that the council planned to refinance the older loans at a lower rate, and that "
     "the administration of the pension fund and the valuation of its assets would be set out in a separate "
     "report to the committee.", "refinance"),
    ("The panel agreed that the trust should be asked to re-commission the stroke service with its partners, "
     "and it noted that the implementation of the plan and the evaluation of the pilot had both been delayed "
     "by the pressures of the winter.", "re-commission"),
    ("The Leader noted that the authority had decided to recommission and retender the home care contracts, "
     "and that the consultation with providers and the evaluation of the bids would take place over the "
     "summer before the cabinet met again.", "recommission"),
    ("Officers said that it would be necessary to rebalance the budget between the two teams, and that the "
     "reorganisation of the service and the recruitment of new staff would be completed before the end of the "
     "financial year.", "rebalance"),
    ("The Manager explained that the intention was to reposition the information desk near the entrance, and "
     "that the installation of the new signs and the introduction of the online booking system would follow "
     "in the autumn.", "reposition"),
]


@pytest.mark.parametrize("text,verb", PREFIXED_VERBS)
def test_a_prefixed_verb_after_to_is_no_abstract_noun(text, verb):
    f = _one(text)
    assert not _abstract_named(f.message, verb), f.message


# the same prefixed words as nouns, or before a preposition: still named among the long abstract nouns
PREFIXED_NOUNS = [
    ("The decommission of the old incinerator and the demolition of its chimney were discussed at length, and "
     "members asked that the consultation with nearby residents should begin before any contractor was "
     "appointed to carry out the work and the chair thanked the officers for all their work on the report over the last few months.", "decommission"),
    ("The deposition from the former manager about the administration of the fund and the documentation of "
     "its decisions was read to the tribunal, and the chair asked that a copy should be sent to every member "
     "of the panel before the hearing resumed and the chair thanked the officers for all their work on the report over the last few months.", "deposition"),
    ("The recommission of the advocacy contract, the reorganisation of the team and the introduction of a new "
     "referral form were all discussed by the board, which asked that a further report on progress should come "
     "back to it in the new year and the chair thanked the officers for all their work on the report over the last few months.", "recommission"),
    ("Members were told that the decommission of the two wards and the relocation of the clinics to the new "
     "building had gone well, and that the evaluation of the move would be shared with the patients' forum "
     "once it had been finished and the chair thanked the officers for all their work on the report over the last few months.", "decommission"),
    ("The report set out the deposition given by the site manager, the investigation of the accident and the "
     "recommendations of the inspector, and members agreed that the safety policy should be reviewed before "
     "the contract was renewed next year and the chair thanked the officers for all their work on the report over the last few months.", "deposition"),
    ("The recommission of the home care service, the evaluation of the tenders and the negotiation of prices had taken longer than planned, "
     "and the director apologised to members for the delay and said that the new contracts would begin in the "
     "first week of April and the chair thanked the officers for all their work on the report over the last few months.", "recommission"),
    ("The committee heard that the decommission of the landfill site, the restoration of the land and the "
     "inspection of the water would cost more than expected, and it asked for a revised estimate to be brought "
     "to its next meeting and the chair thanked the officers for all their work on the report over the last few months.", "decommission"),
    ("The deposition of the witness, the examination of the records and the conclusions of the auditor were "
     "summarised for the panel, and members asked whether the council's procedures for the approval of grants "
     "should now be changed and the chair thanked the officers for all their work on the report over the last few months.", "deposition"),
]


@pytest.mark.parametrize("text,noun", PREFIXED_NOUNS)
def test_the_prefixed_word_as_a_noun_is_still_named(text, noun):
    f = _one(text)
    assert _abstract_named(f.message, noun), f.message


# --- 2. reading age never names a title in capitals or a form's prompts run together by semicolons

# sentences of our own, each long and hard, that a reading age may name
_HARD = ("The council reviewed the housing plan and agreed that the officers should consult local residents about "
         "the proposed changes. Members discussed the budget for the coming year and asked for a further report on "
         "the cost of transport. The committee considered whether the new strategy properly reflected the needs of "
         "older people in the district. ")


def _reading_age(extra: str) -> str:
    cfg = Config()
    cfg.min_severity = "suggestion"
    text = _HARD + extra + "\n\n" + _HARD.replace("directorate", "partnership") * 3
    found = [f for f in check_text(text, cfg, fmt="text", name="example.txt").findings if f.rule == "reading-age"]
    assert found
    return found[0].message


NOT_SENTENCES = [
    # titles in capitals
    "NORTHERN AQUACULTURE LIMITED: REPLACEMENT AND ENLARGEMENT OF EXISTING SHELLFISH INSTALLATION WITH "
    "ADDITIONAL ACCOMMODATION FOR SUPPLEMENTARY EQUIPMENT.",
    "PROPOSED REDEVELOPMENT OF INDUSTRIAL PREMISES INCLUDING DEMOLITION OF OUTBUILDINGS AND ERECTION OF "
    "RESIDENTIAL ACCOMMODATION.",
    "APPLICATION FOR VARIATION OF CONDITIONS ASSOCIATED WITH PREVIOUSLY AUTHORISED TELECOMMUNICATIONS "
    "INFRASTRUCTURE AT MULTIPLE LOCATIONS.",
    "REFURBISHMENT OF THE FORMER TOWN HALL FOR USE AS COMMUNITY OFFICES WITH ASSOCIATED ALTERATIONS TO "
    "PARKING ARRANGEMENTS.",
    # a form's prompts run together by semicolons, the first a noun phrase whose verb is in its clause
    "Summaries of environmental improvement schemes that were completed; the approximate expenditure "
    "allocated to maintenance; and descriptions of partnership arrangements.",
    "Examples of collaborative initiatives which have been established; the anticipated contribution of "
    "participating organisations; and evaluations of effectiveness.",
    # a form's prompts run together by semicolons, the first a noun phrase whose verb is in its clause
    "Categories of community reparation activities which have been undertaken; the cumulative number of "
    "supervision appointments attended during the period; and illustrations that demonstrate how "
    "neighbourhoods benefit.",
    "Descriptions of rehabilitation interventions that were delivered; the proportion of participants "
    "completing programmes satisfactorily; and recommendations regarding additional provision.",
]


@pytest.mark.parametrize("text", NOT_SENTENCES)
def test_a_title_in_capitals_or_a_forms_prompts_are_not_named(text):
    msg = _reading_age(text)
    assert text[:40] not in msg, msg


# the same matter as sentences with a main verb, in sentence case: still named
REAL_SENTENCES = [
    "Northern Aquaculture Limited proposed the replacement and enlargement of its existing shellfish "
    "installation with additional accommodation for supplementary equipment.",
    "The applicant proposed redevelopment of industrial premises, including demolition of outbuildings and "
    "erection of residential accommodation.",
    "The operator applied for variation of conditions associated with previously authorised "
    "telecommunications infrastructure at multiple locations.",
    "The council will refurbish the former town hall for use as community offices, with associated "
    "alterations to parking arrangements.",
    "Officers summarised environmental improvement schemes that were completed; the approximate expenditure "
    "increased; and partnership arrangements continued.",
    "Collaborative initiatives have been established; the anticipated contribution of participating "
    "organisations remains considerable; and evaluations continue.",
    "Officers summarised community reparation activities which have been undertaken; the cumulative number of "
    "supervision appointments increased considerably; and neighbourhoods benefited substantially.",
    "Rehabilitation interventions were delivered successfully; the proportion of participants completing "
    "programmes increased; and recommendations regarding additional provision followed.",
]


@pytest.mark.parametrize("text", REAL_SENTENCES)
def test_a_sentence_with_a_main_verb_may_still_be_named(text):
    msg = _reading_age(text)
    assert text[:40] in msg, msg


# --- 1. a '·' inside a run starts a new item, as '•' does

_ITEMS = [
    ("RESOLVED that the Panel: · Welcome the findings of the review of the library service and the views of the "
     "readers who answered the survey", "Ask officers to draft a plan for the mobile library that covers every "
     "village in the district", "Receive a further report on the costs of the plan at its meeting in the "
     "autumn before any decision is taken"),
    ("The Committee agreed to: · Note the progress made on the new cycle paths across the town centre since the "
     "last meeting", "Support the bid to the national fund for a second phase of the work along the river",
     "Thank the volunteers who gave their time to survey the routes during the summer months"),
    ("Members agreed that the Board should: · Thank the staff of the hospice for their work during a very hard "
     "winter for the service", "Write to the health minister about the funding of hospice beds in the region",
     "Invite the chief executive of the hospice to speak at the next meeting of the Board"),
    ("The next steps are: · Finish the survey of the council's housing stock before the end of the financial "
     "year", "Set up a repairs panel of tenants to help decide which homes should be improved first",
     "Report the results of the survey and the panel's advice to the housing committee"),
    ("AGREED that the Cabinet: · Approve the draft strategy for young carers for consultation with schools and "
     "families", "Ask the youth council to run its own events to hear from young carers in each area",
     "Receive the final strategy with the results of the consultation early next year"),
    ("The working group recommends that the council: · Keep the three leisure centres open for at least another "
     "two years", "Look at ways to cut the energy bills of the centres by fitting solar panels on the roofs",
     "Talk to the parish councils about sharing the cost of running the smaller centre"),
    ("DECIDED that the Forum: · Note the report on the air quality of the main roads into the city in the last "
     "twelve months", "Ask the transport team to consider a lower speed limit on the roads with the worst "
     "readings", "Publish the readings each month on the council's website for residents to see"),
    ("The Board was asked to: · Agree the terms of reference of the new safeguarding panel and the names of its "
     "members", "Set a date for the first meeting of the panel before the end of the spring",
     "Ask the panel to report to the Board twice a year on its work and its findings"),
]


@pytest.mark.parametrize("lead,second,third", _ITEMS)
def test_a_middle_dot_inside_a_run_starts_a_new_item(lead, second, third):
    text = f"{lead} · {second} · {third}.\n"
    found = _long(text)
    assert not any(f.message.startswith("This sentence has") and int(f.message.split()[3]) > 40 for f in found), \
        [f.message for f in found]


# a middle dot inside a figure or a word, never a bullet: the sentence is counted whole
WHOLE = [
    "The council reported that the rate of growth in the number of households across the district had reached "
    "2·5 per cent in the last year, well above the figure in the plan, and that more homes would be needed in "
    "each of the market towns.",
    "The officer explained that the survey had found an average of 3·4 people in each of the homes on the new "
    "estate, more than the builders had expected, and that the school would need another two classrooms before "
    "the end of the decade.",
    "Members heard that the cost of the scheme had risen to £4·2 million since the last report because of the "
    "price of steel and the delay to the start of the work, and they asked the officers to look again at the "
    "design of the bridge.",
    "The report showed that waiting times at the clinic had fallen to 6·5 weeks on average over the winter, and "
    "the manager said that the new booking system and the extra staff had both helped to bring the waiting list "
    "down this year.",
    "The treasurer said that the fund had earned a return of 7·1 per cent over the year, higher than the target "
    "set by the committee, and that the advisers would be asked to explain how much of the gain came from the "
    "new investments.",
    "Councillors were told that 1·8 tonnes of litter had been collected from the beaches during the spring "
    "clean by volunteers from schools and local groups, and the chair thanked everyone who had given up their "
    "weekends in April and May to take part.",
    "The panel noted that the number of complaints had risen by 9·3 per cent since the new system was brought "
    "in, and it asked the head of service to find out why so many people had found the online form hard to use "
    "and to report back.",
    "The director said that the average journey to the nearest library had grown to 4·6 miles since the two "
    "branches closed, and that the mobile library would now stop in each of the villages that had lost a "
    "branch twice a week.",
]


@pytest.mark.parametrize("text", WHOLE)
def test_a_middle_dot_in_a_figure_is_no_bullet(text):
    f = _one(text)
    assert int(f.message.split()[3]) > 40, f.message
