"""Variants of the classes judged on set YZ (session 24, brief read20), in our own words. Every sentence
here is our own: (1) a semicolon after a part with no main verb ('With regard to the bids that had ...;
the officer said ...') is no place to split (YZ re03); (2) a part after a semicolon whose only verb is
inside a clause on its noun ('...; changes that have been made ...') is no clause joined (YZ re19); (3)
'however' set off by commas before a 'that' clause is no place to split (YZ re36); (4) an -ion word that
is a verb after 'to' ('to commission services') is no long abstract noun (YZ re13); (5) a bullet's
heading in sentence case closed by a dash, run into a sentence that opens with a capital, is left out of
the length graded (YZ re39)."""

from __future__ import annotations

import pytest

from long_sentence_helpers import one_long as _one, abstract_named as _abstract_named




# --- 1. a semicolon after a part with no main verb of its own: never 'Split it at the semicolon'

FRAGMENT_SEMIS = [
    "With regard to the grant bids that had been sent in but had not yet been scored; the Finance Manager said "
    "that if the panel had already met then the old rules would still apply, and the bids would be scored in "
    "the usual way and the results would be sent out in March.",
    "In relation to the footpaths that were flooded last winter but had since been cleared; Councillor Reid "
    "explained that if the drains were blocked again then the parish would ask the county to send a crew, and "
    "the costs would be shared between them as they had agreed before.",
    "As regards the tenants who had asked for a transfer but had not yet been offered a home; the Housing Lead "
    "explained that where a family had a medical need, the case would be moved up the list, and an officer "
    "would visit them within a fortnight to talk it through.",
    "Turning to the schools that had applied for the fund but had not heard back; the Director said that the "
    "panel had been delayed by the election, and letters would go out in the first week of term with an "
    "apology and a date for the next round of bids.",
    "Regarding the play areas that the council owned but had let to the parishes; the Parks Manager reported "
    "that the leases would end next year, and the council would then decide with each parish whether to take "
    "the sites back or to renew the lease for another ten years.",
    "With respect to the loans that had been approved but had not yet been paid out; the Treasurer explained "
    "that the money was held in a separate account until the work began, and that each borrower would get a "
    "letter setting out the dates and the sums they would receive.",
    "On the subject of the street lights that were broken but had not been reported; the Engineer said that "
    "residents could use the new online form, and the crews would aim to mend each light within ten working "
    "days of the report, though some would take longer in winter.",
    "With regards to the hedges which had grown over the path but had not yet been cut; the Ranger explained "
    "that the landowners had been written to, and if they did nothing within a month the council would cut "
    "them itself and send each landowner the bill for the work.",
]


@pytest.mark.parametrize("text", FRAGMENT_SEMIS)
def test_no_split_at_a_semicolon_after_a_fragment(text):
    f = _one(text)
    assert "at the semicolon" not in f.message, f.message


# both sides stand as sentences: the split at the semicolon is still advised
CLAUSE_SEMIS = [
    "The panel had scored all of the grant bids that were sent in by the end of May at its meeting in June; the "
    "Finance Manager said that the results would be sent out in July with a short note to each group that had "
    "applied.",
    "With regard to the grant bids, the panel had scored them all at its meeting in June; the Finance Manager "
    "said that the results would be sent out in July with a short note to each group that had applied for money "
    "this year.",
    "In relation to the flooded footpaths, the county crew had cleared them all during the spring; Councillor "
    "Reid explained that the parish would now check the drains every month and report any blockage to the county "
    "straight away.",
    "As regards the transfer list, the housing team had visited every tenant on it over the summer; the Housing "
    "Lead explained that most of them would be offered a new home before the end of the year if the new flats "
    "were finished.",
    "The fund had paid for new play equipment at eleven of the schools that applied in the spring; the Director "
    "said that the next round of bids would open in the first week of the autumn term and close at half term.",
    "With respect to the loans, the board had approved every one of the twelve applications it received in "
    "March; the Treasurer explained that the money would be paid out in stages as each borrower finished a part "
    "of the work.",
    "The contractor had replaced all of the old street lights on the main road during the winter months; the "
    "Engineer said that the new lamps used much less power and that they should last for at least twenty years "
    "before any needed changing.",
    "With regard to the play areas, the insurers had inspected every one of them during the spring; the Parks "
    "Manager reported that two of the sites needed new surfaces under the swings and that the work would be "
    "done before the summer holidays.",
]


@pytest.mark.parametrize("text", CLAUSE_SEMIS)
def test_a_split_at_a_semicolon_between_clauses_is_still_advised(text):
    f = _one(text)
    assert "Split it at the semicolon before" in f.message, f.message


# --- 2. parts after semicolons whose verb is only inside a clause on their noun: no clauses joined

PHRASE_SEMIS = [
    "The Cabinet Member for Housing introduced the report of the Director of Place (circulated with the agenda) "
    "updating Members on the use of the housing fund over the last year; changes that have been made to the "
    "rules since the last report in June; and asking that the revised scheme be approved.",
    "The Leader presented the report of the Chief Executive (circulated before the meeting) setting out the "
    "progress on the new leisure centre during the summer; problems that have arisen with the builder since "
    "the spring; and asking that a further sum be released from reserves.",
    "The Portfolio Holder introduced the report of the Head of Waste (previously circulated) informing Members "
    "about the new collection rounds that started in April; complaints that had been received from residents "
    "since then; and recommending that the garden waste charge be frozen.",
    "The Chair introduced the report of the Director of Education (attached to the agenda) describing the number "
    "of school places needed in each town over five years; the sites that have been looked at for new schools; "
    "and proposing that the council consult on two of them.",
    "The Cabinet Member for Parks presented the report of the Head of Green Spaces (previously circulated) "
    "telling Members about the state of the trees in the town parks; the repairs which have been done since "
    "the storms; and requesting that a tree officer post be created.",
    "The Deputy Leader introduced the report of the Director of Finance (circulated earlier) giving Members the "
    "figures for council tax collected in the first half of the year; the arrears that have built up since "
    "April; and asking that a new payment plan be offered.",
    "The Cabinet Member for Transport introduced the report of the Head of Highways (attached) informing Members "
    "of the road repairs carried out over the winter months; the potholes that are still waiting to be filled; "
    "and asking that the repair budget be raised next year.",
    "The Leader introduced the report of the Head of Legal Services (previously circulated) updating Members on "
    "the use of the surveillance powers over the last year; the training which has been given to the staff "
    "since then; and requesting that the revised policy be adopted.",
]


@pytest.mark.parametrize("text", PHRASE_SEMIS)
def test_phrases_after_semicolons_are_no_clauses_joined(text):
    f = _one(text)
    assert "semicolon" not in f.message, f.message
    assert "Give each clause a sentence of its own" not in f.message, f.message


# parts with a verb of their own after each semicolon: still clauses joined by semicolons
CLAUSE_PARTS = [
    "The housing fund had been used to help more than two hundred families over the last year; the rules had "
    "been changed in June to let single people apply as well; the council would review the scheme again when the "
    "figures for the winter were known.",
    "The new leisure centre had been built on time and within the budget that the Cabinet had set; the pool "
    "would open to the public in May; the gym and the sports hall would open a month later once the floors "
    "had dried out.",
    "The new collection rounds had started in April after a long delay caused by the lorries; most residents "
    "had welcomed the change to weekly food waste collections; the garden waste charge would stay the same for "
    "another year at least.",
    "The town would need two more primary schools within five years because of the new housing estates; the "
    "council had looked at six sites; two of them were large enough and close to the homes that the children "
    "would be living in.",
    "The trees in the town parks had been checked by a specialist after the storms in the winter; most of them "
    "were healthy; a few of the oldest ones would have to be felled for safety before the summer holidays "
    "began.",
    "Council tax collection had held up well in the first half of the year despite the rising cost of living; "
    "arrears had grown a little since April; the team would write to each household that was behind with its "
    "payments.",
    "The road repairs had gone well over the winter months despite the cold weather and the floods; most of the "
    "potholes had been filled; the rest would be done by the end of May if the weather stayed dry and the "
    "crews were free.",
    "The surveillance powers had not been used at all during the last year by any part of the council; the "
    "staff had all been trained in the spring; the policy would be reviewed again next year by the legal team "
    "and the auditors.",
]


@pytest.mark.parametrize("text", CLAUSE_PARTS)
def test_clauses_after_semicolons_are_still_counted(text):
    f = _one(text)
    assert "semicolons" in f.message, f.message


# --- 3. 'however' set off by commas before a 'that' clause: no split before it

HOWEVER_THAT = [
    "It was suggested at the meeting, however, that, from next year, the annual report on the use of the car "
    "parks should go to the Transport Committee instead of this one, since that committee now set the charges "
    "and dealt with the machines.",
    "It was agreed by the panel, however, that, for the time being, the review of the grants scheme should wait "
    "until the new year, when the figures for the whole of the current year would be known and the staff would "
    "have more time.",
    "It was felt by several members, however, that, on balance, the new rules for the market traders were too "
    "strict, and that the council should talk to the traders again before any of the changes were brought in "
    "next season.",
    "The officers proposed, however, that, in view of the summer holidays, the consultation on the new library "
    "hours should run for twelve weeks rather than six, so that the schools and local groups would all have a "
    "fair chance.",
    "It was recommended in the report, however, that, subject to the budget, the funding for the youth clubs "
    "should be kept at the same level for two more years while the council worked out how the service should "
    "be run.",
    "It was noted by the chair, however, that, in two places, the figures in the second table did not match "
    "those in the summary at the front of the report, and she asked the officers to check them and send the "
    "right ones.",
    "The committee decided, however, that, until the trial had ended, the decision on the new cycle lanes "
    "should be put off, and that the bus companies should be asked what they thought of the plans before the "
    "next meeting.",
    "It was confirmed by the Leader, however, that, as things stood, the new parking charges would not apply to "
    "blue badge holders, and members asked the officers to make this clear in the letters sent out to "
    "residents.",
]


@pytest.mark.parametrize("text", HOWEVER_THAT)
def test_no_split_before_however_set_off_inside_a_clause(text):
    f = _one(text)
    assert "before 'however'" not in f.message, f.message


# 'however' set off by commas between two clauses that each stand: the split there is still advised
HOWEVER_CLAUSES = [
    "The council had hoped to open the new car park at the station before the end of the summer, however, the "
    "contractor found old mine workings under the site and the work will now take at least another six months "
    "to finish.",
    "The panel had planned to score all of the grant bids at its meeting in May, however, the number of bids was "
    "far higher than in any year before and the scoring will now run on into the first two weeks of June.",
    "Most of the market traders had welcomed the new rules when they were first put to them in the spring, "
    "however, several of the older traders have since written to the council to say that the new fees are more "
    "than they can pay.",
    "The library had planned to open for longer hours on Saturdays from the start of the autumn term, however, "
    "the council could not recruit enough staff in time and the longer hours will now start in the new year "
    "instead.",
    "The youth clubs had expected to hear about their funding for next year by the end of the summer holidays, "
    "however, the council's budget was delayed by the election and the clubs will now hear in the middle of "
    "October.",
    "The figures in the second table had been checked by two officers before the report was sent out to "
    "members, however, a late change to the summary at the front was missed and the two sets of figures no "
    "longer match.",
    "The trial of the new cycle lanes in the town centre was meant to run for three months over the summer, "
    "however, the bus companies raised concerns about delays to their services and the trial was stopped after "
    "six weeks.",
    "The new parking charges had been due to start at the beginning of April across all of the council's car "
    "parks, however, the machines could not be changed in time and the old charges will stay in place until "
    "June.",
]


@pytest.mark.parametrize("text", HOWEVER_CLAUSES)
def test_a_split_at_however_between_clauses_is_still_advised(text):
    f = _one(text)
    assert "However," in f.message or "'however" in f.message, f.message


# --- 4. an -ion word that is a verb after 'to': no long abstract noun


VERB_IONS = [
    ("The board set out the areas where the new assessments could help most, particularly in relation to the "
     "development of housing, the regeneration of the town centre, and decisions to commission or decommission "
     "services, and it agreed that the guidance should be published before the consultation began.", "commission"),
    ("The panel looked at the ways in which the trust could improve its information for patients, with particular "
     "attention to the organisation of clinics and the administration of appointments, and it asked the director "
     "to commission an independent review of the booking system before the summer.", "commission"),
    ("Members discussed the recommendations of the inspection and the implementation of the action plan, and "
     "several members wanted to petition the minister for an independent review of the administration of the "
     "scheme, given the number of complaints received from residents in the meantime.", "petition"),
    ("The review considered the organisation of the service and the allocation of resources between the teams, "
     "and it concluded that the council needed to position the service closer to the communities it served, "
     "with offices in each of the market towns by the end of the next year.", "position"),
    ("The report described the consultation on the regeneration scheme and the evaluation of the responses, and "
     "it explained that the council would position the new hub as a meeting place for local groups as well as a "
     "library, with rooms that could be booked in the evenings.", "position"),
    ("The committee noted the recommendations of the auditors about the administration of the pension fund and "
     "the documentation of its decisions, and it agreed to commission and publish a short guide for members of "
     "the fund explaining how their benefits were worked out each year.", "commission"),
    ("The residents' group had raised concerns about the consultation and the communication of the proposals, and "
     "they intended to petition the council to hold a public meeting on the regeneration plans before any "
     "decision was taken on the future of the shopping centre.", "petition"),
    ("The panel considered the recommendations on the administration of the licensing scheme and the "
     "registration of landlords, and it agreed to requisition the empty homes of landlords who had failed to act "
     "after two written warnings about the condition of their properties.", "requisition"),
]


@pytest.mark.parametrize("text,verb", VERB_IONS)
def test_an_ion_word_that_is_a_verb_after_to_is_no_abstract_noun(text, verb):
    f = _one(text)
    assert not _abstract_named(f.message, verb), f.message


# the same words as nouns: still named among the long abstract nouns where three or more are
NOUN_IONS = [
    ("The commission on the future of adult care heard evidence about the organisation of the service and the "
     "administration of direct payments, and it will publish its recommendations in the spring after talking to "
     "the people who use the service and the staff who run it.", "commission"),
    ("The requisition from the members about the consultation on the regeneration of the town centre and the "
     "allocation of the funding was received by the chair, and members agreed that officers should bring back a "
     "report with the options before the end of the year.", "requisition"),
    ("The position of the council on the regeneration of the harbour and the redevelopment of the old station "
     "was set out in the report, and members agreed that the Leader should write to the minister to explain it "
     "before the consultation closed at the end of June.", "position"),
    ("The petition from the residents about the consultation on the closure of the library and the relocation of "
     "the services was presented to the meeting, and members agreed that officers should meet the residents "
     "before any decision was taken on the future of the building.", "petition"),
    ("The position of the new board in the administration of the partnership and the coordination of the "
     "services was explained by the director, and members asked if the board would meet in public and if its "
     "papers would be published on the council's website.", "position"),
    ("The petition handed in by the tenants after the inspection of the property and the investigation of the "
     "complaints was reported to the committee, and members asked if the council would publish the names of "
     "landlords who were fined in future years as a warning to others.", "petition"),
    ("The commission of the new study into the regeneration of the seafront and the redevelopment of the pier "
     "was welcomed by members, who asked that the people who ran businesses on the seafront should be asked "
     "for their views before the study was finished next spring.", "commission"),
    ("The commission set up to look at the administration of the grants scheme and the documentation of the "
     "decisions reported to the Finance Committee, and members heard that every grant was now checked by a "
     "second officer before any money was paid out.", "commission"),
]


@pytest.mark.parametrize("text,noun", NOUN_IONS)
def test_the_same_word_as_a_noun_is_still_named(text, noun):
    f = _one(text)
    assert _abstract_named(f.message, noun), f.message


# --- 5. a bullet's heading in sentence case, closed by a dash, run into the sentence after it

DASH_HEADINGS = [
    "Making sure that older people can leave hospital as soon as they are well – Helping people home from "
    "hospital quickly remains one of our main aims and at two days, our average wait for a care package is half "
    "of what it was three years ago.",
    "Keeping young people out of the criminal justice system where we can – Working with schools to spot the "
    "early signs of trouble is still our first aim and this year we saw more than four hundred young people "
    "through the scheme.",
    "Giving every child in the county a good start in the early years – Raising the number of children who are "
    "ready for school remains a priority and at 72%, our rate is now close to the average for the rest of the "
    "region.",
    "Helping people who sleep rough to find a home of their own – Reducing the number of people sleeping on the "
    "streets is still our aim and we have found homes for more than ninety people since the start of the "
    "winter.",
    "Cutting the time people wait for a mental health assessment in the community – Seeing people quickly when "
    "they first ask for help is a priority for the trust and most people are now seen within two weeks of "
    "their referral.",
    "Supporting carers so that they can carry on caring for as long as they wish – Giving carers a break when "
    "they need one remains important to us and this year we funded more than a thousand short breaks across the "
    "county.",
    "Making our streets cleaner and safer for people walking at night – Improving the lighting in the town "
    "centre has been our main project this year and we have replaced more than half of the old lamps with new "
    "ones.",
    "Reducing the harm caused by alcohol and drugs in our communities – Getting more people into treatment is a "
    "priority for the partnership and at 45%, our rate of people who finish their treatment is above the "
    "national average.",
]


@pytest.mark.parametrize("text", DASH_HEADINGS)
def test_a_dash_heading_run_in_is_left_out_of_the_length(text):
    f = _one(text)
    assert "Without the heading or page header run into it, it has" in f.message, f.message


# a dash that closes no heading: a job title's part, a label, an aside between two dashes, a short lead
NOT_DASH_HEADINGS = [
    "The Director of Adult Social Care and Housing – People confirmed that the new care homes would open in "
    "the spring, although the work on the second site had been delayed by the wet weather and the builder now "
    "expected to finish it in the summer.",
    "Option 1 – To keep the current opening hours at all of the libraries in the county and to meet the cost "
    "from the reserves for one more year, while the council looked for a partner who could help to run the "
    "smaller branches in the villages.",
    "Medium-term (two to five years) – The preparation of new guidance on the design of homes in the villages, "
    "which would be written with the parish councils and put out to consultation before it was adopted by the "
    "Cabinet in the following year.",
    "The council will keep its promise to the people of the town – Every household will have a new recycling "
    "bin by the summer – and the old bins will be collected and sent away to be melted down and made into new "
    "ones for other councils.",
    "Trust your own judgement – If you think that a child is being harmed in any way, you should call the "
    "council's children's services team straight away, even at night or at the weekend, when the emergency duty "
    "team will take your call.",
    "The plan sets out how the trust will work with its partners over the next five years to make the services "
    "for children more joined up – Better Care Together – and it will be reviewed each year by the board and "
    "by the council's scrutiny panel.",
    "Members welcomed the report from the Head of Waste and Recycling Services – Operations and asked that the "
    "figures for the new food waste rounds be sent to every councillor once they were known, so that they could "
    "answer questions from residents in their wards.",
    "The scheme has helped many people in the town to find work – Mrs Ahmed from the job centre said that more "
    "than two hundred people had been placed in jobs since the spring, most of them in the shops and the care "
    "homes in the town centre.",
]


@pytest.mark.parametrize("text", NOT_DASH_HEADINGS)
def test_a_dash_that_closes_no_heading_is_no_heading_run_in(text):
    f = _one(text)
    assert "Without the heading" not in f.message, f.message
