"""Plain-words mechanisms behind the wrong findings of sets EE..QR (issue 17, brief plain17):
not the judged sentences but variants of each class, in our own words, other entries of the
same kind and other frames. Each mechanism: sentences where the fix must read (must-fire, with
the fixed sentence) and sentences where no swap must be offered, or not a given one.

Mechanisms mended here:
- the plain word needs another complement than the original: a verb that takes someone and a
  'to' verb ('facilitate staff to attend') keeps only the alternatives that take that frame
  ('help', 'support'; never 'run staff to attend');
- voice or person changes: after a verb of reporting and 'that' ('The Director said that it is
  anticipated that') no swap brings in a 'we';
- a particle belongs to the next verb: a preposition's 'to' ('in close proximity to') before a
  word that is a noun as well as a verb ('help', 'support') with its object after it ('to help
  staff travel') is an infinitive's, and the entry does not fire.
"""

from __future__ import annotations

import pytest

from plainlint.api import check_text


def _plain(text: str, word: str) -> list:
    return [f for f in check_text(text).findings
            if f.category == "plain-words" and text[f.start:f.end].lower().startswith(word)]


def _fixed(text: str, f) -> str:
    return text[:f.start] + f.suggestions[0] + text[f.end:]


# the plain word needs another complement than the original: someone and a 'to' verb
@pytest.mark.parametrize("text, word, fixed", [
    ("We will facilitate staff to attend the training.", "facilitate",
     "We will help staff to attend the training."),
    ("The app will facilitate patients to manage their own bookings.", "facilitate",
     "The app will help patients to manage their own bookings."),
    ("The project facilitated local groups to bid for funds.", "facilitated",
     "The project helped local groups to bid for funds."),
    ("The new system will enable tenants to report repairs online.", "enable",
     "The new system will allow tenants to report repairs online."),
    ("We will empower carers to take a break.", "empower", "We will help carers to take a break."),
    ("The grant will incentivise landlords to insulate their homes.", "incentivise",
     "The grant will encourage landlords to insulate their homes."),
    ("The changes will necessitate us to review the policy.", "necessitate",
     "The changes will require us to review the policy."),
])
def test_a_verb_before_someone_and_a_to_verb_keeps_the_alternatives_of_that_frame(text, word, fixed):
    found = _plain(text, word)
    assert found and found[0].suggestions, found
    assert _fixed(text, found[0]) == fixed
    assert all(s.split()[0].lower() not in ("run", "runs", "ran", "running") for s in found[0].suggestions)


@pytest.mark.parametrize("text, word", [
    ("The council will facilitate residents to apply online.", "facilitate"),
    ("We will encourage and facilitate groups to apply.", "facilitate"),
    ("Staff facilitate young people to plan their own sessions.", "facilitate"),
])
def test_run_is_never_offered_before_someone_and_a_to_verb(text, word):
    found = _plain(text, word)
    assert not any(s.split()[0].lower() == "run" for f in found for s in f.suggestions), [
        f.suggestions for f in found]


@pytest.mark.parametrize("text, word, fixed", [
    # no 'to' frame: every alternative stays
    ("Officers will facilitate the workshop in May.", "facilitate", "Officers will help the workshop in May."),
    ("We will utilise the funds to buy equipment.", "utilise", "We will use the funds to buy equipment."),
    ("The works will necessitate closing the road.", "necessitate", "The works will require closing the road."),
])
def test_the_same_verbs_elsewhere_keep_their_swap(text, word, fixed):
    found = _plain(text, word)
    assert found and found[0].suggestions, found
    assert _fixed(text, found[0]) == fixed


def test_facilitate_keeps_run_where_no_to_verb_follows():
    text = "Officers will facilitate the workshop in May."
    found = _plain(text, "facilitate")
    assert found and "run" in found[0].suggestions, found


# voice or person: reported speech keeps its third person
@pytest.mark.parametrize("text, word", [
    ("The Director said that it is anticipated that the plan will be signed off in May.", "it is anticipated"),
    ("The council has confirmed that it is expected that the road will reopen in June.", "it is expected"),
    ("Members were informed that it is anticipated that the scheme will start in April.", "it is anticipated"),
    ("The officer explained that it is recommended that the board approves the plan.", "it is recommended"),
    ("It was noted that it is envisaged that the hub will open in the spring.", "it is envisaged"),
    ("The Chair reported that it is anticipated that the bid will succeed.", "it is anticipated"),
])
def test_reported_speech_gets_no_we(text, word):
    found = _plain(text, word)
    assert not any(s.split()[0].lower() == "we" for f in found for s in f.suggestions), [
        f.suggestions for f in found]


@pytest.mark.parametrize("text, word, fixed", [
    ("It is anticipated that the hub will open in the spring.", "it is anticipated",
     "We expect the hub will open in the spring."),
    ("We said that it is anticipated that the bid will succeed.", "it is anticipated",
     "We said that we expect the bid will succeed."),
])
def test_the_swap_to_we_stays_outside_reported_speech(text, word, fixed):
    found = _plain(text, word)
    assert found and found[0].suggestions, found
    assert _fixed(text, found[0]) == fixed


# a particle belongs to the next verb: 'to' + a noun-or-verb word with its object
@pytest.mark.parametrize("text", [
    "The offices are located in close proximity to help staff travel.",
    "There is a clinic in close proximity to support the estate.",
    "A depot was built in close proximity to serve the new homes.",
    "The land lies in close proximity to meet the needs of the town.",
])
def test_a_to_that_opens_an_infinitive_is_not_swapped(text):
    found = [f for f in check_text(text).findings if f.category == "plain-words"
             and "proximity" in text[f.start:f.end]]
    assert not any(f.suggestions for f in found), [(_fixed(text, f)) for f in found]


@pytest.mark.parametrize("text, fixed", [
    ("The hub is in close proximity to the station.", "The hub is near the station."),
    ("The homes are in close proximity to help points and shops.", "The homes are near help points and shops."),
    ("Prior to use the equipment must be cleaned.", "Before use the equipment must be cleaned."),
])
def test_a_preposition_to_keeps_its_swap(text, fixed):
    found = [f for f in check_text(text).findings if f.category == "plain-words" and f.suggestions]
    assert found, text
    assert _fixed(text, found[0]) == fixed


# the plain word needs another complement than the original: a noun of judging takes 'of'
@pytest.mark.parametrize("text, fixed", [
    ("The scheme went to the panel for determination as to whether a licence is needed.",
     "The scheme went to the panel for determination of whether a licence is needed."),
    ("An assessment as to whether the old oak is safe will follow.",
     "An assessment of whether the old oak is safe will follow."),
    ("A review as to whether the rota works will be done in May.",
     "A review of whether the rota works will be done in May."),
    ("Members asked questions as to whether the road would close.",
     "Members asked questions about whether the road would close."),
])
def test_as_to_whether_takes_the_preposition_of_its_noun(text, fixed):
    found = _plain(text, "as to whether")
    assert found and found[0].suggestions, found
    assert _fixed(text, found[0]) == fixed


# a word of degree before an adverb whose plain word takes no degree
@pytest.mark.parametrize("text", [
    "We will help teams to work more collaboratively across the county.",
    "Staff worked most collaboratively in the pilot wards.",
    "Partners will work less collaboratively if funding stops.",
])
def test_no_ungraded_word_after_a_word_of_degree(text):
    found = _plain(text, "collaboratively")
    assert found and not any(f.suggestions for f in found), [f.suggestions for f in found]
    assert "takes no degree" in found[0].message


def test_the_ungraded_word_stays_without_a_degree():
    text = "The two services will work collaboratively."
    found = _plain(text, "collaboratively")
    assert found and _fixed(text, found[0]) == "The two services will work together."


# the plain word needs another complement than the original: someone and an -ing verb
@pytest.mark.parametrize("text, word", [
    ("Officers anticipate the works finishing in May.", "anticipate"),
    ("We anticipate the new hub opening in the spring.", "anticipate"),
    ("The board anticipates the new building being ready by May.", "anticipates"),
    ("We do not envisage the council selling the site.", "envisage"),
    ("The plan envisages residents moving in by June.", "envisages"),
])
def test_no_to_verb_before_someone_and_an_ing_verb(text, word):
    found = _plain(text, word)
    assert found, text
    bad = ("expect", "expects", "plan", "plans", "require", "requires")
    assert not any(s.split()[0].lower() in bad for f in found for s in f.suggestions), [
        f.suggestions for f in found]


@pytest.mark.parametrize("text, word, fixed", [
    ("We anticipate a rise in demand.", "anticipate", "We expect a rise in demand."),
    ("We do not envisage the council selling the site.", "envisage",
     "We do not imagine the council selling the site."),
])
def test_the_verbs_of_that_frame_keep_a_swap_that_reads(text, word, fixed):
    found = _plain(text, word)
    assert found and found[0].suggestions, found
    assert _fixed(text, found[0]) == fixed


def test_the_note_names_the_to_form():
    found = _plain("Officers anticipate the works finishing in May.", "anticipate")
    assert found and not found[0].suggestions
    assert "expect the works to finish" in found[0].message


# a noun swap that would double the noun after it ('a detailed review exercise')
@pytest.mark.parametrize("text, fixed", [
    ("The board agreed to carry out a deep dive exercise into waiting times.",
     "The board agreed to carry out a detailed exercise into waiting times."),
    ("The team will do a deep dive analysis of falls.", "The team will do a detailed analysis of falls."),
    ("A deep dive audit of the wards found gaps.", "A detailed audit of the wards found gaps."),
    ("The deep dive report is attached.", "The detailed review report is attached."),
    ("The panel will hold a deep dive review of bed use.", "The panel will hold a detailed review of bed use."),
])
def test_deep_dive_before_a_noun_of_looking_is_its_adjective(text, fixed):
    found = _plain(text, "deep dive")
    assert found and found[0].suggestions, found
    assert _fixed(text, found[0]) == fixed


# inside a verb group (auxiliary, adverb, verb) only a one-word adverb reads
@pytest.mark.parametrize("text, word, fixed", [
    ("A response had thereafter been sent to the family.", "thereafter",
     "A response had then been sent to the family."),
    ("The policy has thereafter been applied to all staff.", "thereafter",
     "The policy has then been applied to all staff."),
    ("Checks take place in May and yearly thereafter.", "thereafter",
     "Checks take place in May and yearly after that."),
])
def test_a_phrase_adverb_is_not_put_inside_a_verb_group(text, word, fixed):
    found = _plain(text, word)
    assert found and found[0].suggestions, found
    assert _fixed(text, found[0]) == fixed
    if " had " in text or " has " in text:
        assert all(" " not in s for s in found[0].suggestions), found[0].suggestions


def test_an_ing_word_after_a_preposition_is_no_clause_of_the_object():
    text = "We anticipate some delays in processing the claims."
    found = _plain(text, "anticipate")
    assert found and _fixed(text, found[0]) == "We expect some delays in processing the claims."


@pytest.mark.parametrize("text, word", [
    ("Costs have thereby risen for every school.", "thereby"),
    ("Older tenants are consequently affected by the change.", "consequently"),
])
def test_so_is_not_put_inside_a_verb_group(text, word):
    found = _plain(text, word)
    assert not any(s.lower() in ("so", "by doing this", "as a result") for f in found for s in f.suggestions), [
        f.suggestions for f in found]


# --- brief plain18: the classes behind the wrong verdicts of set ST (pl05, pl06, pl25, pl43) ---

# sense-ordered alternatives: 'ad hoc' of what comes to someone is 'now and then', never 'when
# needed'; of what the subject does by choice, 'when needed'; undecided, 'now and then' first
@pytest.mark.parametrize("text, fixed", [
    ("The clinic gets referrals from schools on an ad hoc basis.",
     "The clinic gets referrals from schools now and then."),
    ("Complaints about parking arrive on an ad hoc basis.",
     "Complaints about parking arrive now and then."),
    ("We are asked for advice on an ad hoc basis.", "We are asked for advice now and then."),
    ("Officers receive bids on an ad hoc basis and score each one.",
     "Officers receive bids now and then and score each one."),
])
def test_ad_hoc_of_what_comes_to_someone_is_now_and_then(text, fixed):
    found = _plain(text, "on an ad hoc")
    assert found and _fixed(text, found[0]) == fixed, found
    assert "when needed" not in found[0].suggestions, found[0].suggestions


@pytest.mark.parametrize("text, fixed", [
    ("The review panel is convened on an ad hoc basis.", "The review panel is convened when needed."),
    ("Agency nurses are brought in on an ad hoc basis.", "Agency nurses are brought in when needed."),
    ("The side room is used on an ad hoc basis.", "The side room is used when needed."),
    # neither frame: the reading true in both senses first
    ("Small grants are awarded on an ad hoc basis.", "Small grants are awarded now and then."),
])
def test_ad_hoc_of_what_the_subject_chooses_is_when_needed(text, fixed):
    found = _plain(text, "on an ad hoc")
    assert found and _fixed(text, found[0]) == fixed, found


@pytest.mark.parametrize("text, word, fixed", [
    ("The trust funded the post on a one-off basis.", "on a one-off",
     "The trust funded the post as a one-off."),
    ("The fee is waived on a one-off basis.", "on a one-off", "The fee is waived as a one-off."),
    ("Each register is checked on a periodic basis.", "on a periodic",
     "Each register is checked regularly."),
])
def test_the_first_alternative_keeps_the_sense_of_how_often(text, word, fixed):
    found = _plain(text, word)
    assert found and _fixed(text, found[0]) == fixed, found


# a weak synonym that names another aspect: 'proliferation' is a rise in number, not 'spread'
@pytest.mark.parametrize("text, fixed", [
    ("The proliferation of food vans worries traders.", "The rapid growth in food vans worries traders."),
    ("We have seen a proliferation of new scams.", "We have seen a rapid growth in new scams."),
    ("Councillors want to curb the proliferation of vape shops.",
     "Councillors want to curb the rapid growth in vape shops."),
    ("There was a proliferation in the number of permits.",
     "There was a rapid growth in the number of permits."),
    ("The new policy should slow further proliferation.", "The new policy should slow further rapid growth."),
])
def test_proliferation_is_a_rapid_rise_in_number(text, fixed):
    found = _plain(text, "proliferation")
    assert found and _fixed(text, found[0]) == fixed, found
    assert not any("spread" in s for f in found for s in f.suggestions), found


@pytest.mark.parametrize("text", [
    "The summit was about nuclear proliferation.",
    "The trial drug reduced tumour proliferation in mice.",
    "Weapons proliferation remains a global risk.",
])
def test_proliferation_as_a_term_of_its_field_is_left(text):
    assert not _plain(text, "proliferation")


# a doubled-up verb before 'with': cut 'together', never 'come together'; a suggestion only
@pytest.mark.parametrize("text, word, fixed", [
    ("The surgery has joined together with a pharmacy.", "joined together",
     "The surgery has joined with a pharmacy."),
    ("Our team will join together with the housing service.", "join together",
     "Our team will join with the housing service."),
    ("The two wards will merge together with the day unit.", "merge together",
     "The two wards will merge with the day unit."),
    ("The grant was combined together with our own funds.", "combined together",
     "The grant was combined with our own funds."),
    ("Police cooperate together with the council on street safety.", "cooperate together",
     "Police cooperate with the council on street safety."),
])
def test_a_doubled_verb_before_with_cuts_together(text, word, fixed):
    found = [f for f in check_text(text).findings if f.category == "plain-words"
             and text[f.start:f.end].lower().startswith(word)]
    assert found and _fixed(text, found[0]) == fixed, found
    assert found[0].severity == "suggestion", found[0].severity
    assert not any("come" in s or "came" in s for s in found[0].suggestions), found[0].suggestions


# 'together' says with whom only after a verb of working; after another verb, 'jointly' first
@pytest.mark.parametrize("text, word, fixed", [
    ("The leaflet was written collaboratively so that every nurse gives the same advice.", "collaboratively",
     "The leaflet was written jointly so that every nurse gives the same advice."),
    ("The partners agreed collaboratively on one plan.", "collaboratively",
     "The partners agreed jointly on one plan."),
    ("The budget was set in a collaborative manner.", "in a collaborative",
     "The budget was set jointly."),
    ("Discharges are planned in a coordinated manner.", "in a coordinated",
     "Discharges are planned in a coordinated way."),
])
def test_together_is_not_first_where_it_does_not_say_with_whom(text, word, fixed):
    found = _plain(text, word)
    assert found and _fixed(text, found[0]) == fixed, found


@pytest.mark.parametrize("text, word, fixed", [
    ("Health and care teams work collaboratively.", "collaboratively", "Health and care teams work together."),
    ("We acted collaboratively with the police.", "collaboratively", "We acted together with the police."),
    ("The two teams operate in a collaborative manner.", "in a collaborative",
     "The two teams operate together."),
    ("Agencies will respond in a coordinated manner.", "in a coordinated", "Agencies will respond together."),
])
def test_together_stays_first_after_a_verb_of_working(text, word, fixed):
    found = _plain(text, word)
    assert found and _fixed(text, found[0]) == fixed, found


# set UV (brief plain19): 'with a view to' before a noun, where the advice of 'to' and a verb, or
# 'hoping to', does not fit (a statute's 'with a view to profit'): a suggestion, with its own note
@pytest.mark.parametrize("text", [
    "Entry is free unless a charge is made with a view to profit.",
    "The hall was let to a club with a view to gain.",
    "We wrote to the owner with a view to a sale of the land.",
    "Officers met the trust with a view to a joint bid for the post.",
    "The fee was set with a view to profit, so a licence is needed.",
    "Talks began with a view to a merger of the two boards.",
    "The site was bought with a view to future homes.",
    "The land was kept with a view to a new school.",
])
def test_with_a_view_to_before_a_noun_is_a_suggestion_with_no_verb_advice(text):
    found = _plain(text, "with a view to")
    assert found and all(f.severity == "suggestion" and not f.suggestions for f in found), found
    assert "hoping to" not in found[0].message


@pytest.mark.parametrize("text", [
    "We are in talks with a view to sharing the depot.",
    "The board met with a view to agreeing the budget.",
    "The plan was drafted with a view to it being signed off in June.",
    "Staff were moved with a view to cutting waiting times.",
    "The yard was cleared with a view to the site being sold.",
    "The report was sent with a view to the council becoming a partner.",
    "The plan looks for land with a view to have a site ready by winter.",
    "The survey was sent with a view to them replying by Friday.",
])
def test_with_a_view_to_before_a_verb_keeps_its_warning(text):
    found = _plain(text, "with a view to")
    assert found and found[0].severity == "warning", found


# set UV pl06: a decision with its purpose put before the thing decided keeps 'in order to'
@pytest.mark.parametrize("text", [
    "Agreed, in order to free the rooms, to close the old hall.",
    "Resolved, in order to cut the queue, to open a second desk.",
    "The panel decided, in order to save time, to meet online.",
    "Cabinet agreed, in order to keep the pool open and in order to help the club, to lend it the money.",
    "Members resolved that, in order to be fair to all bidders, the grant be split.",
    "Agreed, in order to let staff plan ahead and in order to give notice, to publish the rota.",
    "It was decided, in order to spare the families a second trip, to hold one meeting.",
    "The board agreed, in order to meet the deadline, to sign the lease now.",
])
def test_in_order_to_before_the_thing_decided_is_left_alone(text):
    assert not _plain(text, "in order to")


@pytest.mark.parametrize("text", [
    "In order to apply, fill in the form online.",
    "We changed the opening hours in order to suit working parents.",
    "Staff came in early in order to set up the hall.",
    "We hired two drivers in order to run the late bus.",
    "We wrote to every tenant in order to explain the changes.",
    "The council bought the land in order to build homes.",
    "Members asked for a report, and officers met in order to prepare it.",
    "Bins are emptied weekly in order to keep the streets clean.",
])
def test_in_order_to_elsewhere_keeps_its_swap(text):
    found = _plain(text, "in order to")
    assert found and found[0].suggestions, found
