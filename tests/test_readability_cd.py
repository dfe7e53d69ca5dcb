"""Variants of the classes readers called wrong in issue 17 (set CD), in our own words, each way: (1) commas
that part no list ('lists N things separated by commas' for a law's citation, a post's remit, one noun
described by participial phrases); (2) a heading line opening with a quotation mark run into the sentence
under it; (3) two sentences read as one (a full stop before a word in lower case, or with no space after it);
(4) messages that call the text what it is not (a name defined in brackets called a cross-reference, a word
in quotation marks opening a sentence called a quotation of the whole, a split before 'or' between 'he' and
'she'). Every sentence here is our own."""

from __future__ import annotations

import pytest

from long_sentence_helpers import long_findings as _long, one_long as _one


def _lists(message: str) -> bool:
    return "separated by commas" in message


# --- 1a. a citation of a law's parts: its commas part no list

CITATIONS = [
    "The applicant argued that the barn conversion was permitted development under Schedule 2, Part 3, Class Q of "
    "the Town and Country Planning (General Permitted Development) (England) Order 2015 and that planning permission "
    "was therefore not required for the works.",
    "The inspector found that the new shop front fell within Schedule 2, Part 7, Class A of the Order and that the "
    "council had been right to say that no application was needed, although the signs and the shutters still needed "
    "consent.",
    "The officer explained that the change of use was allowed by Schedule 2, Part 3, Class MA of the Order, and that "
    "the council could only look at the transport, the noise, the flood risk and the light in the new flats.",
    "Members were told that the works to the school hall were covered by Schedule 2, Part 7, Class M of the Order and "
    "that the hall could stay open during the works, provided the contractor kept the fire exits clear at all times.",
    "The appeal was made under Section 78, Part 2, Paragraph 4 of the Act and the inspector asked the parties for "
    "their views on the noise, the traffic, the parking and the trees before she decided whether to visit the site.",
    "The landlord relied on Schedule 2, Part 1, Ground 8 of the Housing Act and the tenant said that the arrears had "
    "been paid in full, that the notice was wrong and that the repairs had never been done by the landlord's agent.",
]


@pytest.mark.parametrize("text", CITATIONS)
def test_a_citation_is_no_list(text):
    assert not any(_lists(f.message) for f in _long(text + "\n")), [f.message for f in _long(text + "\n")]


# --- 1b. a post's remit (its subjects parted by commas) is one post, not a list

REMITS = [
    "The Chair thanked the Director of Children, Families and Education, the Head of Early Help, Prevention and "
    "Youth Services and the Strategic Lead for Special Educational Needs for attending the meeting and for their "
    "answers.",
    "The Chair thanked the Cabinet Member for Housing, Planning and Regeneration, the Director of Finance, Property "
    "and Procurement and the Head of Legal Services for attending the meeting and answering the questions raised.",
    "The panel heard from the Corporate Director of Place, Economy and Environment, the Head of Parks, Leisure and "
    "Culture and the Manager of the Town Centre Partnership about the plans for the market square next summer.",
    "Apologies were received from the Executive Member for Adults, Health and Wellbeing, the Head of Commissioning, "
    "Contracts and Quality and the Lead Officer for Carers, who were all attending a regional meeting in the city.",
]


@pytest.mark.parametrize("text", REMITS)
def test_a_posts_remit_is_no_list(text):
    assert not any(_lists(f.message) for f in _long(text + "\n")), [f.message for f in _long(text + "\n")]


# --- 1c. one noun described by participial phrases between commas is no list

DESCRIBED = [
    "The scheme, funded by the government, managed by the county council, delivered by three local charities and "
    "open to every family with a child under five, has helped more than two thousand people since it started last "
    "year.",
    "The new policy, agreed by the cabinet in June, published on the website in July, explained to staff at a series "
    "of briefings and reviewed by the scrutiny committee in September, sets out how the council will deal with "
    "complaints.",
    "The hub, opened by the mayor in May, staffed by volunteers from the churches, supported by the food bank and "
    "open six days a week, now gives advice on debt, benefits and housing to more than a hundred people each week.",
    "The survey, designed by the young people's forum, tested in two schools, sent to every secondary pupil in the "
    "county and closed at the end of term, asked what young people thought of the buses, the parks and the youth "
    "clubs.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_noun_described_by_participles_is_no_list(text):
    assert not any(_lists(f.message) for f in _long(text + "\n")), [f.message for f in _long(text + "\n")]


# must fire: a real list of things, parted by commas, still gets the bulleted list
REAL_LISTS = [
    "The new centre will offer advice on benefits, support with housing applications, help with debt and budgeting, "
    "training in digital skills, and access to local employment opportunities for people of all ages living in the "
    "borough.",
    "The survey asked residents about the frequency of the bus services, the condition of the local roads, the "
    "number of safe crossings near schools, the state of the public toilets and the cost of parking in the town.",
    "The plan sets out how the council will repair the roads in the villages, improve the cycle routes into the town, "
    "add more safe crossings near the schools and cut the cost of parking for people with blue badges.",
    "The partnership will fund new mental health workers in schools, longer opening hours at the youth centres, a "
    "helpline for parents open every evening and training in first aid for the staff of every sports club.",
]


@pytest.mark.parametrize("text", REAL_LISTS)
def test_a_real_list_still_gets_bullets(text):
    assert any(_lists(f.message) for f in _long(text + "\n")), [f.message for f in _long(text + "\n")]


# --- 2. a heading line opening with a quotation mark ends before the sentence on the next line (a line break
# inside one paragraph, as a document's reader gives it)

QUOTED_HEADINGS = [
    ("‘Working Age’ Disability Allowance", "This group is made up of the people who were born after the date set in "
     "the rules and have not yet moved to the new benefit."),
    ("‘Pension Age’ Attendance Allowance", "This group is made up of the people who claimed after they reached "
     "pension age."),
    ("‘Care Leavers’ Support Fund", "The fund gives young people who have left care a grant towards the costs of "
     "their first home."),
    ("“Warm Spaces” Grant Scheme", "The scheme gives community groups a small grant towards the cost of heating "
     "their halls."),
    ("'Healthy Homes' Loans", "The loans help owners on low incomes pay for a new boiler or new windows."),
]


def _sents(text):
    from plainlint.analysis import get_nlp, split_sentences

    doc = get_nlp().make_doc(text)
    return [doc[a:b].text.strip() for a, b in split_sentences(doc)]


@pytest.mark.parametrize("heading,body", QUOTED_HEADINGS)
def test_a_quoted_heading_line_ends_before_the_sentence(heading, body):
    assert _sents(heading + "\n" + body) == [heading, body]


# must not split: a line that runs on in lower case, or a quotation that is no heading, goes on
RUNS_ON = [
    "‘Working Age’ Disability Allowance is paid to the people who were born after the date\nset in the rules.",
    "‘We waited a year’ was what most of the families\nTold us when we asked them about the repairs.",
]


@pytest.mark.parametrize("text", RUNS_ON)
def test_a_line_that_runs_on_is_one_sentence(text):
    assert len(_sents(text)) == 1, _sents(text)


# --- 2b. a list's items run in after a lead-in's colon to the end, their bullets lost: no sentence of the
# writer's is long where the lead-in is short

FLAT_LISTS = [
    "The priorities that the council has chosen for the next four years of the plan are as follows: Employability "
    "Housing Regeneration Transport Education Health Climate Culture Leisure Tourism Safety Skills",
    "The areas for action in the coming year are as follows: Employability Housing Customer services Digital "
    "inclusion Community safety Climate change Health and wellbeing Transport Skills for young people Leisure and "
    "culture",
    "The key themes raised by residents at the drop-in sessions held across the district in the summer were: "
    "Parking Litter Speeding Potholes Buses Noise Dog fouling Street lighting",
    "The services that the new community hub in the town centre will offer from the spring are listed below: "
    "Benefits advice Debt advice Housing Options Job Club Digital Skills Carers Support",
]


@pytest.mark.parametrize("text", FLAT_LISTS)
def test_a_flattened_list_after_a_colon_is_no_long_sentence(text):
    assert not _long(text + "\n"), [f.message for f in _long(text + "\n")]


# must fire: prose after the colon is the sentence's own words, and counts
PROSE_AFTER_COLON = [
    "The residents who came to the drop-in sessions held across the district in the summer told us one thing above "
    "all: People want more buses to the Town Centre from the villages in the evenings and at weekends.",
    "The priorities that the council has chosen for the next four years of the plan are simple to state: The "
    "Council will build more homes and help more people into work in every part of the Borough.",
    # a name or two after the colon are the sentence's own words
    "Most of the district lies inside the national park, and there are two other protected landscapes close to "
    "the border: Marston Vale and the Upper Dean.",
]


@pytest.mark.parametrize("text", PROSE_AFTER_COLON)
def test_prose_after_a_colon_still_counts(text):
    f = _one(text)
    assert f"has {len(text.split())} words" in f.message, f.message


# --- 2c. a report template's prompt on a line of its own, with no verb and no full stop, is a heading

PROMPTS = [
    "Summary of the main financial implications for the council of the recommendations in this report and the "
    "sources of funding identified for each of them over the period of the medium term financial strategy",
    "Reasons for the recommendation and any alternative options that were considered and rejected by the officers "
    "when preparing the proposals for the future of the service",
    "Details of any consultation carried out with service users, carers, local councillors and partner "
    "organisations before the decision and a summary of the main points raised in the responses received",
    "Description of the risks to the council of going ahead with the proposals in this report and of the steps "
    "proposed to reduce each of them during the first two years of the new contract",
]


@pytest.mark.parametrize("text", PROMPTS)
def test_a_template_prompt_is_no_long_sentence(text):
    assert not _long(text + "\n"), [f.message for f in _long(text + "\n")]


# must fire: the same words with a verb of their own, or closed by a full stop, are a sentence
PROMPT_LIKE_SENTENCES = [
    "Summary of the main financial implications for the council of the recommendations in this report was "
    "provided to members by the finance officer at the start of the meeting in March",
    "Details of any consultation carried out with service users, carers, local councillors and partner "
    "organisations before the decision will be published on the council's website next month",
    "Reasons for the recommendation and the alternative options considered by the officers when preparing the "
    "proposals for the future of the day centres in the north of the county.",
    # a budget line's description is no template's prompt
    "Removal of the one-off use of reserves in the current year to fund the cost of the new library system, which "
    "was agreed by the cabinet last year to cover the delay in the savings from the review of the service",
]


@pytest.mark.parametrize("text", PROMPT_LIKE_SENTENCES)
def test_a_sentence_like_a_prompt_still_fires(text):
    assert _long(text + "\n")


# --- 2d. a numbered item of a resolution with no verb of its own ('2 The Agreement being based on ...'): the
# decision's wording, as recorded, not the writer's sentence to split

BEING_ITEMS = [
    "The Committee noted the report. 2 The Agreement being based on the heads of terms that were set out in the "
    "report to the Executive in March and on the valuation of the independent surveyor appointed by the council.",
    "The Board agreed the plan. 3 The Lease being granted for a term of twenty-five years on the terms that were "
    "set out in the confidential appendix and subject to the consent of the Secretary of State where required.",
    "Members agreed the changes. 2 The new charges being introduced from the first of April in every car park "
    "owned by the council in the three market towns and reviewed by the Cabinet after the first twelve months.",
    "The Cabinet approved the sale. 4 The Transfer being completed after the grant of planning permission for the "
    "new homes on the site and on proof from the trust of the funding for the whole of the scheme.",
]


@pytest.mark.parametrize("text", BEING_ITEMS)
def test_a_numbered_being_item_is_a_decisions_wording(text):
    found = _long(text + "\n")
    assert any("worded as a decision" in f.message for f in found), [f.message for f in found]


# must fire: a numbered sentence with a verb of its own is the writer's, and gets advice as any sentence
BEING_SENTENCES = [
    "The Committee noted the report. 2 The Agreement being based on the heads of terms set out in March, the "
    "council will now ask the surveyor to value the building again before the sale is completed next year.",
    "The Committee noted the report. 2 The Agreement was based on the heads of terms that were set out in the "
    "report to the Executive in March and on the valuation of the independent surveyor appointed by the council.",
]


@pytest.mark.parametrize("text", BEING_SENTENCES)
def test_a_numbered_sentence_with_a_verb_is_no_decision(text):
    found = _long(text + "\n")
    assert found and not any("worded as a decision" in f.message for f in found), [f.message for f in found]


# --- 3. two sentences read as one: no long sentence where each is within the limit

RUN_ON = [
    "The panel discussed the waiting times for assessments at the new clinic and the pressures over the winter. it "
    "was noted that the service had recruited two more nurses and that the waiting list had started to fall.",
    "Members discussed the proposals for the new leisure centre at length and the officers answered questions about "
    "the costs. it was agreed that a further report on the options for funding would come to the next meeting.",
    "The board heard that the new phone line had taken more calls than expected in its first month of opening. "
    "members asked whether more staff could be found to answer the calls at the busiest times of the day.",
    "The officer explained that the grant had to be spent by the end of March or paid back to the department. "
    "councillors asked for a list of the projects that would be funded and for the dates each would be finished.",
    "The committee agreed the revised budget for the coming year and the savings plan for the adult care service."
    "It also asked the director to report back on the new contracts with the care homes in the spring.",
]


@pytest.mark.parametrize("text", RUN_ON)
def test_two_short_sentences_run_on_are_no_long_sentence(text):
    assert not _long(text + "\n"), [f.message for f in _long(text + "\n")]


# must fire: a part run on after the stop that is long on its own is still a long sentence
RUN_ON_LONG = [
    "The panel discussed the waiting times at the clinic. it was noted that the service had recruited two more "
    "nurses, that the waiting list had started to fall since the summer, and that the trust would report the "
    "figures to the board every month from now on until the list was back to where it had been before.",
    "The officers answered questions about the costs. it was agreed that a further report setting out the options "
    "for funding the scheme, the risks of each option and the views of the town council would be brought to the "
    "next meeting of the committee, and that members would visit the site before then with the architect.",
]


@pytest.mark.parametrize("text", RUN_ON_LONG)
def test_a_long_part_run_on_still_fires(text):
    assert _long(text + "\n")


# --- 4a. a short name defined in brackets is no cross-reference

DEFINED = [
    "Families who have no recourse to public funds may be given help by the council under the Children Act "
    "('section 17 support') while their status is resolved, and the report sets out how many families were helped "
    "in each of the last three years.",
    "The council may give help to a young person who has left care under the Children Act ('section 24 support') "
    "until they are twenty-five, and the report sets out how many young people asked for help in each of the last "
    "two years.",
    "The council's duty to assess the needs of carers under the Care Act ('the carer's assessment') applies to "
    "every adult who cares for another, and the report explains how the team has cut the time people wait for an "
    "assessment.",
    "The landlord served a notice under the Housing Act (\"section 21 notice\") at the end of the fixed term, and "
    "the tenant asked the council for advice on whether the notice was valid and how long she had before she had "
    "to leave.",
]


@pytest.mark.parametrize("text", DEFINED)
def test_a_defined_name_is_no_cross_reference(text):
    f = _one(text)
    assert "cross-reference" not in f.message, f.message


# must fire: a real cross-reference in brackets is still left out of the count
REFERENCES = [
    "Families who have no recourse to public funds may be given help by the council under the Children Act (see "
    "section 17 of the report) while their status is resolved, and the report sets out how many families were "
    "helped in each of the last three years.",
    "The council may give help to a young person who has left care under the Children Act (paragraph 4.2 of the "
    "guidance) until they are twenty-five, and the report sets out how many young people asked for help in each of "
    "the last two years.",
]


@pytest.mark.parametrize("text", REFERENCES)
def test_a_cross_reference_is_still_one(text):
    f = _one(text)
    assert "cross-reference" in f.message, f.message


# --- 4b. a word in quotation marks opening a sentence is no quotation of all of it

SCARE_QUOTED = [
    "‘Additional’ families will be found through the schools, the health visitors and the police, and each of them "
    "will be offered a key worker for at least six months.",
    "‘Drop-in’ sessions will carry on at the library on Tuesdays and Thursdays, and staff from the housing team will "
    "be there to help people with their forms and their questions.",
    "‘Sight loss’ is defined here as a level of vision in the better eye that makes everyday tasks hard, which is at "
    "the milder end of the range used by the eye clinics.",
    "\"Early help\" is the support the council and its partners give families as soon as a problem appears, before "
    "it grows into something that needs a social worker to step in.",
]


@pytest.mark.parametrize("text", SCARE_QUOTED)
def test_a_term_in_quotation_marks_is_no_quotation(text):
    f = _one(text)
    assert "It is quoted" not in f.message, f.message


# must fire: a sentence quoted whole (with a term in marks of its own inside) is still someone else's words
QUOTED = [
    "“The plan still reads a bit like “doing to” people rather than working with them at times, and the call to "
    "action on page four should be for all of us, communities too”.",
    "‘We waited for more than a year for the adaptations to the bathroom and nobody from the council ever rang to "
    "tell us what was happening or when the builders would come’.",
]


@pytest.mark.parametrize("text", QUOTED)
def test_a_quotation_is_still_quoted(text):
    f = _one(text)
    assert "It is quoted" in f.message, f.message


# --- 4c. no split before 'or' or 'and' between two pronouns that are one verb's subjects

PRONOUN_PAIRS = [
    "Suitable education means full-time education that fits the child's age, ability and aptitude and any special "
    "needs he or she may have, wherever the child is taught.",
    "A carer can ask for an assessment of the support that he or she needs to keep caring, and the council must "
    "carry it out within four weeks of the request.",
    "The tenant must tell the council about any change in the income that he or she receives from work or benefits, "
    "within a month of the change taking place.",
    "Each pupil will be given a laptop for the work that he or she does at home, and the school will pay for the "
    "insurance and for any repairs that are needed.",
]


@pytest.mark.parametrize("text", PRONOUN_PAIRS)
def test_no_split_between_two_pronouns(text):
    for f in _long(text + "\n"):
        assert "before 'or she" not in f.message and "before 'or he" not in f.message, f.message


# must fire: 'or' before a new subject after a comma is still a place to split
OR_CLAUSES = [
    "Residents can report a missed bin collection on the council's website at any time of the day, or they can "
    "ring the contact centre on weekdays between nine in the morning and five in the afternoon.",
    "Parents can apply for a school place online through the council's admissions page before the closing date, or "
    "they can ask for a paper form from the school office or from the library.",
]


@pytest.mark.parametrize("text", OR_CLAUSES)
def test_a_split_before_or_they_is_kept(text):
    f = _one(text)
    assert "before 'or they" in f.message, f.message
