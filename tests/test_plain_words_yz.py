"""Plain-words classes from the independent readers of set YZ (issue 17, brief plain22): a fix
that fails where it lands. 'superseded by events', the idiom (pl02); 'I attach' on a page that
never says 'I' (pl19); 'deliverable' as an adjective before a noun (pl43); 'On' first at a
sentence's start before a clause that states a fact (pl50). Our own sentences, both ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


# 1. 'superseded by events' (or 'by circumstances'): the idiom 'overtaken by events', not one thing
# put in another's place; no swap, the note gives the idiom's plain form (pl02)
@pytest.mark.parametrize("text", [
    "The review of bus fares was superseded by events.",
    "Our first timetable has been superseded by events in the autumn.",
    "The spending plan was soon superseded by events outside our control.",
    "The draft was superseded by recent events, so members set it aside.",
    "Much of the guidance is now superseded by events.",
    "The earlier advice had been superseded by circumstances.",
    "These targets were largely superseded by subsequent events.",
    "The consultation questions, superseded by events, were withdrawn.",
])
def test_superseded_by_events_gets_the_idiom(text):
    found = _plain(text, "supersede")
    assert found and all(f[2] == [] for f in found), found
    assert all("overtaken by events" in f.message for f in _messages(text)), text


@pytest.mark.parametrize("text", [
    "The 2019 policy was superseded by the new code in May.",
    "This guidance supersedes the leaflet sent out last year.",
    "The old form has been superseded by an online one.",
    "The interim rules were superseded by the council's final scheme.",
    "Each version supersedes the one before it.",
    "The lease was superseded by a licence agreed with the club.",
    "The older maps are superseded by the survey of 2022.",
    "The plan was superseded by events planned for the summer fair.",
])
def test_superseded_by_a_thing_keeps_replaced(text):
    found = _plain(text, "supersede")
    assert found and all(f[2][:1] in (["replaced"], ["replaces"], ["replace"]) for f in found), found


def _messages(text):
    from plainlint.api import check_text
    return [f for f in check_text(text).findings if f.category == "plain-words"]


# 2. 'I attach' or 'I enclose' on a page of 100 words or more that never says 'I', 'me' or 'my'
# (a news item, a team's page): no swap, the note says what to say instead (pl19)
_NO_I_PAGE = (
    "Walking group news\n\n"
    "The walking group for carers meets every Tuesday morning at the park gates. Walks last "
    "about an hour and go at a gentle pace, with a stop for tea at the cafe by the lake. New "
    "members are welcome and there is no charge. The group is run by two volunteers, who "
    "check the route each week and carry a first aid kit. In bad weather the walk moves to "
    "the covered paths near the glasshouse. Carers can bring the person they look after, and "
    "dogs on leads are welcome too. The group also meets for a longer walk on the first "
    "Saturday of each month.\n\n"
)


@pytest.mark.parametrize("sentence, word", [
    ("Please find attached the dates for the spring walks.", "please find attached"),
    ("Please find attached a map of the route, with the cafe marked.", "please find attached"),
    ("Please find enclosed a booking form for the coach trip.", "please find enclosed"),
    ("Please find attached further details, and contact the team with any questions.", "please find attached"),
    ("For the summer, please find attached the new timetable.", "please find attached"),
    ("Please find enclosed the leaflet on safe walking in winter.", "please find enclosed"),
    ("Please find attached two short guides for new walkers.", "please find attached"),
    ("Please find attached the minutes of the volunteers' meeting.", "please find attached"),
])
def test_i_attach_is_not_offered_on_a_page_with_no_writer(sentence, word):
    found = _plain(_NO_I_PAGE + sentence, word)
    assert found and all(f[2] == [] for f in found), found


@pytest.mark.parametrize("sentence, word, swap", [
    ("I have set out the dates below. Please find attached the spring walks.", "please find attached", "I attach"),
    ("Please find attached a map of the route. Do ask me if anything is unclear.", "please find attached", "I attach"),
    ("Please find enclosed a booking form. My thanks to all who came last year.", "please find enclosed", "I enclose"),
    ("As promised at my last visit, please find attached further details.", "please find attached", "I attach"),
    ("Please find attached the new timetable, which I hope is clear.", "please find attached", "I attach"),
    ("Please find enclosed the leaflet I mentioned on the walk.", "please find enclosed", "I enclose"),
    ("Please find attached two guides; send me your views.", "please find attached", "I attach"),
    ("Please find attached the minutes, which I took myself.", "please find attached", "I attach"),
])
def test_i_attach_stays_where_the_page_speaks_as_i(sentence, word, swap):
    found = _plain(_NO_I_PAGE + sentence, word)
    assert found and all(f[2] == [swap] for f in found), found


def test_a_short_text_with_no_i_keeps_its_swap():
    found = _plain("Please find attached the agenda.", "please find attached")
    assert found and all(f[2] == ["I attach"] for f in found), found


# 3. 'deliverable' before a noun it qualifies: the adjective, where 'result' does not read; no
# swap, the note names 'achievable' (pl43)
@pytest.mark.parametrize("text", [
    "Bidders must show deliverable carbon savings for each site.",
    "The plan sets out deliverable targets for the next two years.",
    "Partners agreed a deliverable timetable for the works.",
    "We need deliverable proposals by the end of March.",
    "The board asked for deliverable options for the new clinic.",
    "Officers will prepare a deliverable programme of repairs.",
    "Each bid must demonstrate deliverable energy efficiency.",
    "The trust set out realistic, deliverable goals.",
])
def test_deliverable_before_a_noun_gets_no_noun_swap(text):
    found = _plain(text, "deliverable")
    assert found and all(f[2] == [] or f[2] == ["achievable"] for f in found), found


@pytest.mark.parametrize("text, swap", [
    ("Each deliverable has a named owner.", "result"),
    ("The deliverable includes a short report to the board.", "result"),
    ("The first deliverable is due in June.", "result"),
    ("The savings plan is deliverable.", "achievable"),
    ("The scheme remains affordable and deliverable.", "achievable"),
    ("We listed the deliverable and its date.", "result"),
    ("Every deliverable will be checked by the panel.", "result"),
    ("The main deliverable was a new website.", "result"),
])
def test_deliverable_as_a_noun_or_after_be_keeps_its_swap(text, swap):
    found = _plain(text, "deliverable")
    assert found and all(f[2][:1] == [swap] for f in found), found


# 4. a topic phrase opening a sentence before a clause that states a fact (no word of saying,
# asking or discussing): 'For' first, where 'On' reads as a place; 'On' stays first where the
# clause tells what was said (pl50)
@pytest.mark.parametrize("text, word", [
    ("In relation to care homes, three residents moved out in May.", "in relation to"),
    ("In relation to the new estate, most homes have two bedrooms.", "in relation to"),
    ("In respect of the library, opening hours will stay the same.", "in respect of"),
    ("In relation to young carers, one in five missed school last term.", "in relation to"),
    ("In respect of older tenants, rents will rise by two per cent.", "in respect of"),
    ("In relation to the bridge, the repairs will take six weeks.", "in relation to"),
    ("In respect of waste, recycling rates rose again.", "in respect of"),
    ("In relation to the depot, the lease ends next year.", "in relation to"),
])
def test_on_is_not_first_before_a_clause_of_fact(text, word):
    found = _plain(text, word)
    assert found and all(f[2][:1] != ["On"] for f in found), found


@pytest.mark.parametrize("text, word", [
    ("In relation to care homes, members asked about staffing.", "in relation to"),
    ("In relation to the new estate, residents raised concerns about parking.", "in relation to"),
    ("In respect of the library, the chair said the hours would stay the same.", "in respect of"),
    ("In relation to the budget, the board discussed the new plan.", "in relation to"),
    ("In respect of the rent review, there were no questions.", "in respect of"),
    ("In relation to the bridge, officers explained why the repairs were late.", "in relation to"),
    ("In respect of waste, the committee noted the figures.", "in respect of"),
    ("In relation to the depot, the director gave an update.", "in relation to"),
])
def test_on_stays_first_before_a_clause_of_saying(text, word):
    found = _plain(text, word)
    assert found and all(f[2][:1] == ["On"] for f in found), found


def test_on_stays_first_before_a_question():
    found = _plain("In relation to the fall in exclusions, has behaviour got better?", "in relation to")
    assert found and all(f[2][:1] == ["On"] for f in found), found


def test_a_letter_keeps_i_attach():
    text = _NO_I_PAGE.replace("Walking group news\n\n", "Walking group news\n\nDear carer\n\n") + (
        "Please find attached the dates for the spring walks.")
    found = _plain(text, "please find attached")
    assert found and all(f[2] == ["I attach"] for f in found), found


def test_on_stays_first_before_a_view_held():
    found = _plain("In relation to the new scheme, all the boards were supportive of the plan.", "in relation to")
    assert found and all(f[2][:1] == ["On"] for f in found), found


# 5. 'at pace' straight after a noun of action it describes: an adverb in its place reads as
# going with the verb before ('allow mobilisation quickly'); no swap, the note puts 'rapid' or
# 'fast' before the noun (pl25, one reader wrong). After a verb or a plain noun the swap stays
@pytest.mark.parametrize("text", [
    "The funding will allow mobilisation at pace by the spring.",
    "Partners want transformation at pace across the county.",
    "The new team will support implementation at pace.",
    "We expect improvement at pace in every school.",
    "The aim is recruitment at pace for the new wards.",
    "Members called for action on the decision at pace, not expansion at pace.",
    "This enables investment at pace in the high street.",
    "Delivery of the plan needs integration at pace between the two services.",
])
def test_at_pace_after_a_noun_of_action_gets_advice(text):
    found = _plain(text, "at pace")
    assert found and all(f[2] == [] for f in found), found


@pytest.mark.parametrize("text", [
    "We will recruit new staff at pace.",
    "The programme must progress at pace.",
    "Capacity will be expanded at pace this year.",
    "The council is moving at pace to open the new hub.",
    "The trust will deliver the changes at pace.",
    "Officers worked at pace to finish the bid.",
    "The scheme was built at pace over the summer.",
    "We need to act at pace.",
])
def test_at_pace_after_a_verb_or_a_plain_noun_keeps_its_swap(text):
    found = _plain(text, "at pace")
    assert found and all(f[2] == ["quickly", "fast"] for f in found), found
