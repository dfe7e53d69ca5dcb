"""Co-production wording: consultation-as-co-production, co-production-unevidenced,
done-to-language and the ladder metric.

The rule files carry most of the examples (they run in test_rule_examples.py); this file
tests what examples cannot: severities, messages, locations, the model file's strictness,
the metric in JSON and stats, options, and the corpus."""

import json
from pathlib import Path

import pytest

from plainlint.api import check_text, lint_file
from plainlint.config import Config
from plainlint.errors import RuleFileError
from plainlint.resources import wordlists_dir

from conftest import CORPUS

RULE = "consultation-as-co-production"
UNEV = "co-production-unevidenced"
RUNGS = ["informing", "consulting", "engaging", "co-designing", "co-producing"]


def findings(text, rule=RULE, fmt="text", **options):
    cfg = Config(select=[rule])
    if options:
        cfg.rule_options[rule] = dict(options)
    r = check_text(text, cfg, fmt=fmt, name="example.md" if fmt == "markdown" else "example.txt")
    assert r.error is None, r.error
    return [f for f in r.findings if f.rule == rule], r


# ---------------------------------------------------------------------------------------
# consultation-as-co-production


@pytest.mark.parametrize("text", [
    "The strategy was co-produced through an online survey of 400 residents.",
    "Co-production took the form of a questionnaire sent to all families.",
    "The co-production survey received 1,200 responses.",
    "The consultation was a genuine exercise in co-production.",
    "We ran a series of drop-in sessions to co-design the new library service.",
    "The plan was co-produced with 600 residents who completed our survey.",
    "The plan was co-produced with residents. This involved an online survey and four focus groups.",
])
def test_firm_ties_are_errors(text):
    # consultation called co-production misleads the reader: an error (issue 17's scale)
    found, _ = findings(text)
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize("text", [
    "The plan was co-produced following a twelve-week public consultation.",
    "The service was co-designed using an online questionnaire.",
    "Our approach was co-designed through workshops and an online survey.",
    "The strategy was developed in partnership with residents through an online survey.",
    "Co-production activity included a residents' survey and two drop-in sessions.",
])
def test_loose_ties_are_only_suggestions(text):
    found, _ = findings(text)
    assert [f.severity for f in found] == ["suggestion"]
    assert "if people did share decisions, say how" in found[0].message


def test_message_names_the_activity_and_offers_both_fixes():
    found, _ = findings("We co-designed the new pathway by asking patients for their views on the draft.")
    (f,) = found
    assert f.text == "co-designed"
    assert "'co-designed'" in f.message
    assert "asking patients for their views" in f.message
    assert "Call it what it is (consultation)" in f.message
    assert "say how people shared the decisions" in f.message
    assert f.suggestions == []


def test_informing_is_named_as_informing():
    found, _ = findings("The revised visiting policy was co-produced with families, who were informed "
                        "of the changes by letter.")
    (f,) = found
    assert "informing" in f.message and "were told about it" in f.message


def test_shared_power_in_the_next_sentence_keeps_it_quiet_but_not_the_next_paragraph():
    quiet = ("The strategy was co-produced through an online survey. A panel of twelve residents, "
             "paid for their time, then chose the final priorities.")
    assert findings(quiet)[0] == []
    loud = ("The strategy was co-produced through an online survey.\n\nA panel of twelve residents, "
            "paid for their time, then chose the final priorities.")
    assert [f.text for f in findings(loud)[0]] == ["co-produced"]


def test_elaboration_must_be_in_the_same_paragraph():
    same = "The plan was co-produced with residents. This involved an online survey."
    assert findings(same)[0]
    apart = "The plan was co-produced with residents.\n\nThis involved an online survey."
    assert findings(apart)[0] == []


@pytest.mark.parametrize("claim", ["co-produced", "coproduced", "co\u2011produced", "co\u2013produced"])
def test_hyphen_variants(claim):
    found, _ = findings(f"The strategy was {claim} through an online survey.")
    assert [f.text for f in found] == [claim]


def test_double_spaces_and_line_breaks_do_not_hide_a_phrase():
    found, _ = findings("The strategy was co-produced  through an   online\nsurvey and two\n drop-in sessions.")
    assert [f.text for f in found] == ["co-produced"]
    assert "online survey" in found[0].message and "drop-in sessions" in found[0].message


def test_location_points_at_the_claim_in_markdown():
    text = "# Plan\n\nIntro line.\n\n- First point.\n- Our plan was **co-designed** via a survey.\n"
    found, _ = findings(text, fmt="markdown")
    (f,) = found
    assert (f.location.line, f.location.column) == (6, 18)
    assert f.location.end_column == 29


def test_quoted_claims_and_topic_headings_are_left_alone():
    assert findings('Some call a survey "co-production through consultation".')[0] == []
    text = "# Co-production\n\nResidents gave their views through an online survey.\n"
    assert findings(text, fmt="markdown")[0] == []


def test_a_heading_that_claims_is_read_with_the_paragraph_under_it():
    text = "# How we co-produced the plan\n\nResidents gave their views through an online survey.\n"
    (f,) = findings(text, fmt="markdown")[0]
    assert f.severity == "suggestion" and f.text == "co-produced" and f.location.line == 1
    assert "gave their views" in f.message or "online survey" in f.message


# ---------------------------------------------------------------------------------------
# issue 16: claims decided from their context


@pytest.mark.parametrize("text, claim", [
    ("As part of our co-design work, a survey went to all parents.", "co-design"),
    ("During the co-production phase, residents were shown the draft plans.", "co-production"),
    ("We held a co-production meeting for parents to share their views on the local offer.", "co-production"),
    ("The council ran a co-design workshop to hear residents' views on the new park.", "co-design"),
    ("The new leaflet was co-created with patients through a short online poll.", "co-created"),
    ("The charter was co-developed with parents by asking them to complete a questionnaire.", "co-developed"),
    ('The plan was "co-produced" through an online survey of 300 residents.', "co-produced"),
])
def test_frames_events_and_other_verbs_are_firm_ties(text, claim):
    (f,) = findings(text)[0]
    assert f.severity == "error" and f.text == claim, f.message  # misleads: an error (issue 17)
    assert f"'{claim}'" in f.message and "Call it what it is" in f.message
    assert "say how people shared the decisions" in f.message


@pytest.mark.parametrize("text, claim, activity", [
    ("The strategy was co-produced with residents. More than 600 people completed our online survey.",
     "co-produced", "online survey"),
    ("Residents were invited to comment on the draft masterplan at an exhibition. The masterplan "
     "was co-designed with the local community.", "co-designed", "comment on the draft"),
    ("We have been working with carers to design the strategy. So far this has been through a "
     "postcard survey and an online form.", "working with carers to design", "survey"),
    # the power claim is quoted with its verb ('putting patients in the driving seat' can open a
    # sentence whose main clause is the consultation)
    ("We put residents in the driving seat. In May we asked them to fill in an online survey.",
     "put residents in the driving seat", "online survey"),
    ("The plan was co-produced following consultation with residents.", "co-produced", "consultation"),
])
def test_activity_near_the_claim_is_a_loose_tie(text, claim, activity):
    (f,) = findings(text)[0]
    assert f.severity == "suggestion" and f.text == claim, f.message
    assert activity in f.message


@pytest.mark.parametrize("text, claim, activity", [
    # the activity in the claim's own sentence with no link word: firmer than a neighbour, less
    # sure than a link word (a warning between the suggestion and the error)
    ("The forum was set up to help co-design services, and gathers feedback from families through "
     "an annual survey.", "co-design", "feedback"),
    ("The strategy was co-produced, with parents sharing their thoughts and ideas at a series of "
     "evening events.", "co-produced", "thoughts and ideas"),
])
def test_activity_in_the_claims_own_sentence_is_a_warning(text, claim, activity):
    (f,) = findings(text)[0]
    assert f.severity == "warning" and f.text == claim, f.message
    assert activity in f.message and "Call it what it is" in f.message


@pytest.mark.parametrize("text", [
    # the partners ran the consultation themselves: they held the pen
    "The charter was co-produced with parent carers, who gathered views from other families at "
    "coffee mornings.",
    # shared power in the context, in other words than the usual ones
    "The plan was co-produced with residents. The panel held the budget and chose the provider.",
    "The service was co-designed with a panel where half the members have lived experience and sit "
    "as equals with councillors. We also ran a survey.",
    # the activity in another paragraph is not the claim's context
    "The strategy was co-produced with residents.\n\nMore than 600 people completed our online survey.",
    # an aim, and its context only says what will happen
    "We will co-produce the next strategy with carers. A survey will go out in the spring.",
    # a sentence opening 'In addition' (and what follows it) tells of another piece of work
    # (set J a03)
    "The plan introduced a co-production programme with young people. In addition, the council "
    "set up a youth forum, which ran several engagement events.",
    "The charter was co-produced with parents. Separately, the school sent out a survey to families.",
])
def test_context_that_shows_power_or_is_not_context_keeps_it_quiet(text):
    assert findings(text)[0] == [], text


@pytest.mark.parametrize("text", [
    # the activity is told before the sentence that adds another thing: still the claim's context
    "The plan was co-produced with young people. We ran an online survey and two focus groups. "
    "In addition, the council set up a youth forum.",
    "The plan was co-produced with young people. We ran an online survey and two focus groups.",
])
def test_context_before_another_thing_still_counts(text):
    (f,) = findings(text)[0]
    assert "online survey" in f.message


# ---------------------------------------------------------------------------------------
# co-production-unevidenced

GOOD = ("Our carers strategy was co-produced with carers from the start. Twelve carers, paid for "
        "their time, sat on the design group alongside four officers, and the group jointly decided "
        "the priorities. We met in libraries, community centres and online, in the evenings and at "
        "weekends, and every paper was produced in easy read. The group started with a blank sheet: "
        "what matters most to carers in the county? New members can join at any time.")


def test_unevidenced_lists_what_is_shown_with_quotes_and_places_and_what_is_missing():
    text = ("# Ageing well\n\nThe strategy was co-produced with older people.\n\n"
            "Older people were treated as equal partners throughout.\n\nIt sets out four priorities.\n")
    # every sign missing is listed (a short page is asked for fewer: see the next test)
    found, _ = findings(text, rule=UNEV, fmt="markdown", **{"short-words": 0})
    (f,) = found
    assert f.severity == "warning" and f.document_level
    assert f.text == "co-produced" and f.location.line == 3
    assert "shows 2 of the 7 signs" in f.message
    assert "('Older people were treated as equal partners throughout.', line 5" in f.message
    assert "an equal partnership" in f.message.split("Missing:")[0]
    missing = f.message.split("Missing:")[1]
    assert "shared decisions" in missing and "room to join" in missing
    assert len(f.message) < 450  # short: which signs are there, where, and which are missing
    assert set(f.extra["evidenced"]) == {"equal-partnership", "lived-experience-throughout"}
    assert "resources" in f.extra["missing"]


def test_unevidenced_asks_a_short_page_only_for_what_any_account_can_say():
    # a news item cannot be expected to say how people were paid or where they met (set J
    # co01): a short page is asked for involvement throughout, shared decisions and an equal
    # partnership; a long one for every sign; the severity is the same
    claim = ("Following a ten-week consultation, the council has launched its new plan for "
             "young carers. The plan was co-produced with young carers and local charities. ")
    filler = "The plan sets out what the council will do over the next five years for carers. " * 40
    (short,) = findings(claim, rule=UNEV)[0]
    (long,) = findings(claim + filler, rule=UNEV)[0]
    assert short.severity == long.severity == "warning"
    missing = short.message.split("Missing:")[1]
    assert "shared decisions" in missing and "an equal partnership" in missing
    assert "involvement throughout" in missing
    assert "payment" not in missing and "varied venues" not in missing and "room to join" not in missing
    assert "shows 0 of the 7 signs" in short.message
    # the message counts every sign but names only those asked: it says so (set M co03)
    assert short.message.endswith(
        "Missing: involvement throughout, shared decisions and an equal partnership "
        "(of the 3 signs asked of a page this short).")
    missing = long.message.split("Missing:")[1]
    assert "signs asked" not in long.message
    assert "payment and support" in missing and "varied venues" in missing and "room to join" in missing
    assert set(short.extra["missing"]) == set(long.extra["missing"])  # the record keeps every sign


def test_unevidenced_short_signs_are_signs_of_the_ladder():
    from plainlint.checks.coproduction import lexicon
    from plainlint.engine import all_rules

    rule = all_rules()[UNEV]
    ids = {i.id for i in lexicon().indicators}
    assert rule.options["short-signs"] and set(rule.options["short-signs"]) <= ids


def test_unevidenced_quiet_when_the_signs_are_there_and_the_minimum_is_an_option():
    assert findings(GOOD, rule=UNEV)[0] == []
    assert findings(GOOD, rule=UNEV, **{"min-indicators": 8})[0]


def test_unevidenced_counts_no_definitions_negations_or_references_to_other_documents():
    for text in [
        "Co-production means sharing power. It is not the same as consultation.",
        "This was not co-production: residents gave their views on fixed options.",
        "This plan delivers the co-produced strategy 'Living Well'. It has five actions.",
    ]:
        assert findings(text, rule=UNEV)[0] == [], text


def test_unevidenced_counts_shared_power_in_whatever_words_and_is_short():
    text = ("The plan was co-produced with our Lived Experience Panel. Half the panel's members have "
            "lived experience and sit as equals with councillors and officers. The panel held the "
            "budget, chose the provider and wrote the specification.")
    (f,) = findings(text, rule=UNEV)[0]
    assert f.severity == "suggestion"  # shared power is shown; more signs would help
    assert set(f.extra["evidenced"]) == {"shared-decisions", "equal-partnership"}
    assert "shows 2 of the 7 signs" in f.message and "Missing: involvement throughout" in f.message


@pytest.mark.parametrize("text", [
    "Co-production banner\n\nThe plan sets out five priorities. Each has an action plan.",
    "The Co-production Group meets monthly. Its minutes are on our website.",
    "Co-production Week ran from 1 to 7 July. Our stall was in the town centre.",
])
def test_unevidenced_is_never_anchored_on_a_label_or_a_name(text):
    assert findings(text, rule=UNEV)[0] == [], text


def test_unevidenced_leaves_definition_and_guidance_documents_alone():
    for text in [
        "Co-production means sharing power and decisions. It is more than consultation. Good "
        "co-production needs time, money and trust.",
        "Commissioners should co-produce services with the people who use them and must pay people for their time.",
    ]:
        assert findings(text, rule=UNEV)[0] == [], text


def test_a_negated_sign_is_not_evidence():
    text = "The plan was co-produced with residents. Residents were {}paid for their time. We met as equal partners."
    found, _ = findings(text.format("not "), rule=UNEV, **{"min-indicators": 2})
    (f,) = found
    assert "resources" in f.extra["missing"] and "equal-partnership" in f.extra["evidenced"]
    assert findings(text.format(""), rule=UNEV, **{"min-indicators": 2})[0] == []


@pytest.mark.parametrize("text", [
    # the Kent ICS priorities appendix: its only claim is an aim in a list of enablers
    "We will engage our communities on our strategy and in co-designing services.",
    # the Leeds research strategy: partnerships set up to co-produce, in future
    "We will set up partnerships with local voluntary groups to co-produce research.",
    "The new carers strategy will be co-produced with carers next year.",
    "The new offer is to be co-designed with parents.",
    # aspirations and commitments (the issue: "we will co-produce" is not a claim of work done)
    "Through co-production we will make sure people are treated as individuals.",
    "We are committed to co-production.",
])
def test_unevidenced_is_only_a_suggestion_when_every_claim_is_an_aim(text):
    found, _ = findings(text, rule=UNEV)
    (f,) = found
    assert f.severity == "suggestion"
    assert "It only says what will be co-produced" in f.message


@pytest.mark.parametrize("text", [
    "We will publish the co-produced plan in May.",
    "The strategy was co-produced with carers; we will publish it in May.",
])
def test_unevidenced_a_claim_of_what_was_done_stays_a_warning(text):
    found, _ = findings(text, rule=UNEV)
    assert [f.severity for f in found] == ["warning"], text


@pytest.mark.parametrize("text", [
    "We are developing the co-produced strategy with carers and it will be published next year.",
    "We have taken the first step on our journey to co-production with families.",
    "The new offer is being co-designed with parents this spring.",
    "Co-production has to be at the centre of how we design services.",
])
def test_unevidenced_work_under_way_is_at_most_a_suggestion(text):
    found, _ = findings(text, rule=UNEV)
    assert [f.severity for f in found] == ["suggestion"], text


@pytest.mark.parametrize("text", [
    "Services that are co-produced with the people who use them tend to work better.",
    "One forum told us they thought their meetings were co-produced, until they found out about a "
    "separate meeting where the decisions were made.",
    "Too often, a survey is badged as co-production when nobody shares any decisions.",
])
def test_unevidenced_leaves_principles_and_reported_beliefs_alone(text):
    assert findings(text, rule=UNEV)[0] == [], text


@pytest.mark.parametrize("text", [
    # a verb of its own, not an auxiliary: 'has many benefits', 'have an equal say'
    "Co-production has many benefits for organisations and for the people who use services.",
    "In a co-produced service, the people who use it have an equal say in how it is run.",
    "Everyone has a part to play in co-production.",
    "Co-produced plans have a better chance of being used.",
    # a kind of thing, not a report: an -ed claim opening the sentence before a noun
    "Co-designed services tend to be better used.",
    "Co-produced research is research done with people, not to them.",
    "Co-produced services have been shown to improve outcomes.",
    # a past verb in another clause; the history of the idea; a description; a duty
    "Research has shown that co-produced services are more effective.",
    "Co-production was first described by economists in the 1970s.",
    "Co-production has been described as a relationship in which professionals and citizens share power.",
    "A co-produced plan is one that people with lived experience have helped to write.",
    "Local authorities have a duty to co-produce under the Care Act.",
    # what research says about the idea, and a condition in any tense
    "Co-production has been shown to improve the quality of services.",
    "Co-designing services has been found to increase satisfaction.",
    "Co-production was popularised in the UK by a think tank.",
    "Co-production has been defined in many ways.",
    "Where services have been co-designed, people are more likely to use them.",
    # an illustration in guidance, not the writer's report
    "For example, in one county young people co-designed the youth offer with the council.",
])
def test_unevidenced_leaves_general_statements_about_co_production_alone(text):
    assert findings(text, rule=UNEV)[0] == [], text


@pytest.mark.parametrize("text", [
    "We have set out our intention to co-design the service with patients.",
    "By 2027, every new service will have been co-designed with the people who use it.",
    "We pledge to co-produce the next strategy with carers.",
    "We are determined to co-produce our plans with residents.",
    "Our goal is that all our strategies are co-produced.",
    "We look forward to co-designing the new service with you.",
    "We have started to co-produce the new strategy with young people.",
    "We want people to feel that they have co-produced their own support plans.",
])
def test_unevidenced_aims_in_other_words_are_at_most_a_suggestion(text):
    found, _ = findings(text, rule=UNEV)
    assert [f.severity for f in found] in ([], ["suggestion"]), text


@pytest.mark.parametrize("text", [
    "In our department, co-design means hearing the opinions of as many residents as possible through surveys.",
    "In our team, co-design puts the emphasis on what we learn from the views of people who answer our survey.",
])
def test_own_account_of_co_design_as_consultation_is_a_suggestion(text):
    found, _ = findings(text, rule=RULE)
    assert [f.severity for f in found] == ["suggestion"], text


@pytest.mark.parametrize("text", [
    "Co-design puts more weight on the opinions of participants than on the views of experts.",
    "Co-production means sharing power; we also run an annual survey to hear the views of patients.",
])
def test_a_definition_with_views_in_it_is_not_an_own_account(text):
    assert findings(text, rule=RULE)[0] == [], text


def test_words_of_intention_make_an_aim_for_unevidenced_but_do_not_hide_a_claim_of_work_done():
    text = "Our priorities are co-produced. Over 400 carers gave their views through a postcard survey.\n"
    assert [f.severity for f in findings(text, rule=RULE)[0]] == ["suggestion"]
    aim = "Our goal is that all our strategies are co-produced.\n"
    assert [f.severity for f in findings(aim, rule=UNEV)[0]] == ["suggestion"]


@pytest.mark.parametrize("text, activity", [
    ("Our priorities are co-produced: carers told us what mattered through a postcard survey.",
     "(told us what mattered and postcard survey)"),
    ("The strategy is co-produced, based on the views of more than 1,500 people.",
     "(the views of more than 1,500 people)"),
    ("The strategy was co-produced with carers. We heard from more than 400 carers at events.",
     "(heard from more than 400 carers)"),
])
def test_message_quotes_an_activity_with_the_word_it_leads_to(text, activity):
    (f,) = findings(text, rule=RULE)[0]
    assert activity in f.message, f.message


def test_unevidenced_quotes_a_claim_of_what_was_done_before_an_aim():
    text = ("We will engage our communities in co-designing services.\n\n"
            "Our carers strategy was co-produced with carers in partnership with the NHS.\n")
    found, _ = findings(text, rule=UNEV)
    (f,) = found
    assert f.severity == "warning" and f.text == "co-produced" and f.location.line == 3
    assert "It only says" not in f.message


# ---------------------------------------------------------------------------------------
# done-to-language


def test_done_to_inflects_and_keeps_capitals():
    found, _ = findings("Her father suffered from dementia. Suffering from arthritis, he stayed in.",
                        rule="done-to-language")
    assert [(f.text, f.suggestions[0]) for f in found] == [("suffered from", "lived with"),
                                                             ("Suffering from", "Living with")]


@pytest.mark.parametrize("text, words, first", [
    # after a possessive a people-first phrase does not read ("our people who use services"):
    # no swap, or the one-word noun where there is one (set J 105, 108, 039)
    ("The plan was shaped by our service users, staff and partners.", "service users", None),
    ("The landlord wants better repairs for their service users.", "service users", None),
    ("The hospice's service users asked for a garden.", "service users", None),
    ("The tenants' service users forum met twice.", "service users", None),
    ("Your service user number is on the letter.", "service user", None),
    ("Our clients asked for evening hours.", "clients", None),  # no swap for clients (set KL co01-co03, co10)
    # a word of degree grading the phrase's adjective: 'the most people who may need extra
    # support' does not read either (corpus hidden ch07)
    ("The fund helps some of the most vulnerable people in the town.", "vulnerable people", None),
    ("The team protects very vulnerable people at home.", "vulnerable people", None),
    # 'most' as an amount, and no degree word: the swap stays
    ("Most service users said yes.", "service users", "people who use services"),
    ("Vulnerable people get priority.", "vulnerable people", "People who may need extra support"),
    ("The plan says how service users will be involved.", "service users", "people who use services"),
    ("We changed the rota so service users can visit at weekends.", "service users", "people who use services"),
    # not a possessive: the swap stays
    # (with no relative clause right after: 'people who use services who decide' would not read)
    ("It's service users and carers who decide the menu.", "service users", "people who use services"),
    ("We asked service users what they thought.", "service users", "people who use services"),
    # after an adjective of the people, no swap: 'users of services' only reshuffles the words
    # (set JJ co11)
    ("Charges for current service users will rise.", "service users", None),
    ("We help clients to find work.", "clients", None),
])
def test_done_to_after_a_possessive_offers_no_people_first_swap(text, words, first):
    found, _ = findings(text, rule="done-to-language")
    hits = [f for f in found if f.text.lower() == words]
    assert len(hits) == 1, [f.text for f in found]
    assert (hits[0].suggestions[0] if hits[0].suggestions else None) == first


@pytest.mark.parametrize("text, fires", [
    # a term the document defines alone in brackets after the people it names is its own term,
    # not a slip: none of its uses is a finding (set J a01, Hafal's 'clients')
    ("The charity is run by its members, adults living with psychosis (clients), and their "
     "families. Clients make up most of the board.", False),
    ("We support people who use our day centres (\"service users\"). Service users choose the menu.", False),
    ("Our clients live alone. Most clients are over 70.", True),
    ("The board (see clients, below) met in May. Clients asked for evening hours.", True),
    ("Two clients (one new) asked for evening hours.", True),
])
def test_done_to_a_term_defined_in_brackets_is_the_documents_own(text, fires):
    found, _ = findings(text, rule="done-to-language")
    assert bool(found) == fires, [f.text for f in found]


@pytest.mark.parametrize("text, first", [
    # closing a list opened by 'the' with no noun after, 'elderly' stands for people: 'older'
    # alone leaves no noun ("the frail and older"; set J co03/089)
    ("The winter plan puts the stress on the frail and elderly.", "older people"),
    ("Support for the sick, frail or elderly is stretched.", "older people"),
    ("Help for the poor and elderly who live alone will grow.", "older people"),
    # a noun follows, or no 'the' opens the list: 'older' describes as before
    ("The fund helps the frail and elderly residents of the town.", "older"),
    ("Many of our tenants are frail and elderly.", "older"),
    ("Elderly residents can ask for a bus pass.", "Older"),
])
def test_done_to_elderly_closing_a_list_after_the_stands_for_people(text, first):
    found, _ = findings(text, rule="done-to-language")
    hits = [f for f in found if f.text.lower() == "elderly"]
    assert len(hits) == 1, [f.text for f in found]
    assert hits[0].suggestions[0] == first


def test_done_to_entries_all_have_a_source_and_a_people_first_alternative():
    from plainlint.wordlists import load_substitutions

    entries = load_substitutions(str(wordlists_dir() / "done-to.toml"), "")
    assert len(entries) >= 30
    for e in entries:
        assert e.rule == "done-to-language"
        assert e.source.strip(), e.phrase
        # a people-first alternative, or (where no swap keeps the sense: 'the vulnerable', to
        # what?) a note that says how to rewrite, people first
        assert e.alternatives or (e.rewrite and "people" in e.note), e.phrase


# ---------------------------------------------------------------------------------------
# The model file


def test_ladder_model_has_the_five_rungs_in_order_with_sources():
    from plainlint.checks.coproduction import lexicon

    lex = lexicon()
    assert [r.id for r in lex.rungs] == RUNGS
    assert all(r.source and r.plain and r.honest for r in lex.rungs)
    assert len(lex.indicators) == 7
    text = (wordlists_dir() / "co-production-ladder.toml").read_text(encoding="utf-8")
    assert "Think Local Act Personal" in text and "IAP2" in text


def test_no_word_is_both_a_rung_word_and_a_loose_context_word_of_that_rung():
    """A rung's words count on the ladder and its context words never do: a phrase on both
    lists would count or not by the matcher's internal order ("conversation" once did)."""
    from plainlint.analysis import get_nlp
    from plainlint.checks.coproduction import LADDER_FILE, Lexicon

    lex = Lexicon(wordlists_dir() / LADDER_FILE, get_nlp(None))  # fresh: every phrase still waiting
    by_phrase: dict = {}
    for items in lex.matcher._pending.values():
        for key, phrase in items:
            tag = lex._tags[lex.nlp.vocab.strings[key]]
            if tag.kind in ("rung", "ctx"):
                by_phrase.setdefault((phrase, tag.key), set()).add(tag.kind)
    both = sorted(p for p, kinds in by_phrase.items() if len(kinds) > 1)
    assert not both


@pytest.mark.parametrize("old, new, message", [
    ("[meta]\n", "[meta]\nnonsense = 1\n", "unknown key 'nonsense'"),
    ("[[rung]]\n", "[[rung]]\ncolour = 'red'\n", "unknown key 'colour'"),
    ('copulas = ["is",', 'copulas = ["is not", "is",', "single words only"),
    ("means = [\n", 'means = [\n  "through (a|b",\n', "unbalanced"),
    ("level = 2\n", "level = 7\n", "lowest first"),
    ("[[indicator.pair]]\n", "[[indicator.pair]]\nnear = 3\n", "unknown key 'near'"),
])
def test_ladder_model_loads_strictly(tmp_path, old, new, message):
    from plainlint.analysis import get_nlp
    from plainlint.checks.coproduction import Lexicon

    good = (wordlists_dir() / "co-production-ladder.toml").read_text(encoding="utf-8")
    assert old in good
    text = good.replace(old, new, 1)
    path = tmp_path / "ladder.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match=message):
        Lexicon(path, get_nlp(None))


def test_a_writer_can_point_the_rule_at_their_own_model(tmp_path):
    good = (wordlists_dir() / "co-production-ladder.toml").read_text(encoding="utf-8")
    mine = tmp_path / "ladder.toml"
    mine.write_text(good.replace('"consult", "survey",', '"consult", "survey", "natter",', 1), encoding="utf-8")
    text = "The plan was co-produced by nattering with residents."
    assert findings(text)[0] == []
    found, _ = findings(text, ladder=str(mine))
    assert [f.text for f in found] == ["co-produced"]


# ---------------------------------------------------------------------------------------
# The ladder metric


def test_ladder_counts_sentences_at_their_highest_rung():
    text = ("Residents were kept informed through our newsletter. We consulted 400 residents "
            "through an online survey. Carers took part in three workshops. Young people helped "
            "us design the new youth club. Carers jointly decided the priorities and sat on the "
            "interview panel. Co-production means sharing power. The budget was set in March.")
    _, r = findings(text)
    assert r.metrics["ladder"] == {"informing": 1, "consulting": 1, "engaging": 1,
                                   "co-designing": 1, "co-producing": 1}


def test_ladder_equal_partners_in_their_own_care_is_not_co_production():
    # the Leeds plan and the West Sussex dementia strategy: a person's care, not a service's design
    _, r = findings("People will be equal partners in their care. Carers are treated as equal "
                    "partners in the care of their loved ones.")
    assert r.metrics["ladder"]["co-producing"] == 0
    _, r = findings("Carers were equal partners on the design group.")
    assert r.metrics["ladder"]["co-producing"] == 1


def test_ladder_only_when_a_co_production_check_runs():
    r = check_text("We consulted residents through a survey.", Config(select=["done-to-language"]))
    assert "ladder" not in r.metrics
    r = check_text("We consulted residents through a survey.", Config(select=["co-production"]))
    assert r.metrics["ladder"]["consulting"] == 1


def test_ladder_in_json_and_stats(tmp_path, run_cli):
    draft = tmp_path / "draft.md"
    draft.write_text("# Plan\n\nWe consulted residents through a survey.\n\n"
                     "The plan was co-produced through an online survey.\n", encoding="utf-8")
    code, out, err = run_cli("check", "--select", "co-production", "--format", "json", draft)
    assert code == 1, err
    data = json.loads(out)
    (f,) = data["files"]
    assert f["metrics"]["ladder"] == {"informing": 0, "consulting": 2, "engaging": 0,
                                      "co-designing": 0, "co-producing": 0}
    rules = [x["rule"] for x in f["findings"]]
    assert RULE in rules and UNEV in rules
    code, out, err = run_cli("stats", draft)
    assert code == 0, err
    assert "co-production ladder" in out and "consulting 2" in out


# ---------------------------------------------------------------------------------------
# The corpus: every consultation-as-co-production finding there has been read by a person
# (see docs/co-production.md); a new one means the rule or an extractor changed: read it.

REVIEWED = {
    # (file name, sentence start): verdict
}


@pytest.mark.corpus
@pytest.mark.slow
def test_corpus_findings_are_the_reviewed_ones():
    real = CORPUS / "real"
    cfg = Config(select=["co-production"])
    seen = set()
    checked = 0
    for path in sorted(real.iterdir()):
        r = lint_file(str(path), cfg, keep_text=True)
        if r.error:
            continue  # reading DOCX and PDF is another issue's work
        checked += 1
        assert set(r.metrics["ladder"]) == set(RUNGS)
        for f in r.findings:
            if f.rule == RULE:
                seen.add((path.name, f.text))
    assert checked >= 3
    assert seen <= set(REVIEWED), f"new findings to review: {sorted(seen - set(REVIEWED))}"


def test_done_to_suggestions_once_per_document_with_a_count():
    text = ("Clients like the new hub. Most clients live alone.\n\n"
            "Our clients asked for evening hours. The vulnerable need the same.\n")
    found, _ = findings(text, rule="done-to-language")
    clients = [f for f in found if f.text.lower() == "clients"]
    assert len(clients) == 1 and clients[0].start == 0 and "3 times" in clients[0].message
    # warnings are always reported where they are
    # ('service users' was the warning here; it became a suggestion for board papers)
    assert [f.text for f in found if f.severity == "warning"] == ["The vulnerable"]
    every, _ = findings(text, rule="done-to-language", **{"suggestions-once": False})
    assert len([f for f in every if f.text.lower() == "clients"]) == 3


# ---------------------------------------------------------------------------------------
# issue 16: the labelled real sentences in ../shared/data (measurement only: read there,
# never copied). bench/coproduction.py prints the full table; these guard what holds now.


def _bench():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "coproduction.py"
    spec = importlib.util.spec_from_file_location("bench_coproduction", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_labelled_sentences_warnings_stay_rare_and_aims_get_no_warning():
    bench = _bench()
    if not bench.DATA.exists():
        pytest.skip("../shared is absent")
    rows = [json.loads(line) for line in bench.DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    part = bench.split(rows)
    assert sum(1 for v in part.values() if v == "tune") == 273  # the split is fixed by its seed
    res = bench.judge(rows, lambda: Config(select=[RULE, UNEV]))
    negatives = [r for r in rows if r["label"] in bench.NEGATIVES]
    warned = [r["id"] for r in negatives if res[r["id"]][RULE] == "warning"]
    assert len(warned) <= 0.03 * len(negatives), warned
    # no warning on an aim or a definition in the tuning part (the part kept aside is reported
    # by the bench)
    assert [r["id"] for r in rows if r["label"] in ("aspiration", "definition") and part[r["id"]] == "tune"
            and res[r["id"]][UNEV] == "warning"] == []
    tune_pos = [r for r in rows if r["label"] == "claim-lower-rung" and part[r["id"]] == "tune"]
    assert sum(1 for r in tune_pos if res[r["id"]][RULE]) >= 0.8 * len(tune_pos)  # 14/16 at the end of round 3


def test_extra_rows_have_a_source_and_a_split_that_never_moves():
    bench = _bench()
    rows = [json.loads(line) for line in bench.EXTRA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["label"] in bench.LABELS and r["source"].startswith("http") and r["note"], r["id"]
    part = bench.split_extra(rows)
    assert set(part.values()) == {"tune", "held"}
    # each row's part is drawn from its own id: adding or removing rows moves no other row
    assert bench.split_extra(rows[1:]) == {k: v for k, v in part.items() if k != rows[0]["id"]}


def test_extra_rows_warnings_stay_rare_and_no_aim_or_definition_gets_one():
    bench = _bench()
    rows = [json.loads(line) for line in bench.EXTRA.read_text(encoding="utf-8").splitlines() if line.strip()]
    res = bench.judge(rows, lambda: Config(select=[RULE, UNEV]))
    negatives = [r for r in rows if r["label"] in bench.NEGATIVES]
    assert [r["id"] for r in negatives if res[r["id"]][RULE] == "warning"] == []
    assert [r["id"] for r in rows if r["label"] in ("aspiration", "definition")
            and res[r["id"]][UNEV] == "warning"] == []


def test_fresh_rows_have_a_source_and_repeat_no_row_of_the_other_sets():
    """bench/coproduction-fresh.jsonl: real rows kept aside whole (issue 16, fourth round); each
    row has a label of the rubric, a source and a note, and none repeats a sentence of the
    development set or the extra rows (where ../shared is present)."""
    import re

    bench = _bench()
    rows = [json.loads(line) for line in bench.FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 30 and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["label"] in bench.LABELS and r["source"].startswith("http") and r["note"], r["id"]

    def norm(t):
        return re.sub(r"[^a-z0-9]", "", (t or "").lower())

    others = [json.loads(line) for line in bench.EXTRA.read_text(encoding="utf-8").splitlines() if line.strip()]
    if bench.DATA.exists():
        others += [json.loads(line) for line in bench.DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = {norm(t) for o in others for t in (o["text"], o.get("before"), o.get("after")) if t}
    assert [r["id"] for r in rows if norm(r["text"]) in seen] == []


# ---------------------------------------------------------------------------------------
# After the independent reading of fresh set B (round 2): definitions on a ladder, claims
# recorded rather than made, power in other words, job titles


@pytest.mark.parametrize("text", [
    "- Consulting: asking people what they think of an idea,\n"
    "- Co-designing: designing with people and using their ideas in the final plan, and\n"
    "- Co-producing: an equal partnership from start to finish.\n",
    "Co-design: working with families to shape a service and taking their ideas on board.\n",
])
@pytest.mark.parametrize("rule", [RULE, UNEV])
def test_a_term_with_its_meaning_after_a_colon_is_a_definition(text, rule):
    assert findings(text, rule=rule, fmt="markdown")[0] == [], text


def test_a_claim_before_a_colon_that_explains_it_is_still_a_claim():
    found, _ = findings("The plan was co-designed: we ran a survey of 300 residents.")
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize("text", [
    "The Board noted that the strategy had been co-produced with the parent carer forum.",
    "Members were informed that the data report had been co-developed with schools.",
    "The report explained that the action plan had been co-produced with young people and partners.",
    "The strategy had been refreshed in the light of feedback and the co-produced self-evaluation.",
])
def test_unevidenced_a_claim_recorded_not_made_is_at_most_a_suggestion(text):
    found, _ = findings(text, rule=UNEV)
    assert [f.severity for f in found] == ["suggestion"], text


def test_unevidenced_someone_elses_work_the_writer_read_about_is_not_their_claim():
    text = ("I read an article about a recovery college in another city. The college was co-produced "
            "by people who had used its services and by staff.")
    assert findings(text, rule=UNEV)[0] == []


@pytest.mark.parametrize("text", [
    "The strategy was co-produced with carers over six months.",
    "We noted what carers said, and the strategy was co-produced with them over six months.",
    "Last year we visited every family hub. The new offer was co-designed with parents there.",
])
def test_unevidenced_the_writers_own_account_stays_a_warning(text):
    found, _ = findings(text, rule=UNEV)
    assert [f.severity for f in found] == ["warning"], text


@pytest.mark.parametrize("text", [
    "This will be done through co-design with residents actively engaged in the planning and "
    "implementation of new services.",
    "Co-design is about inviting local people, including those with lived experience, into the "
    "governance of your projects.",
    "We thank parent carers for filling in surveys and for taking part in local decision making, "
    "and for their determination to co-produce services.",
])
def test_power_in_other_words_is_not_called_consultation(text):
    assert findings(text)[0] == [], text


def test_unevidenced_counts_power_and_room_to_join_in_other_words():
    text = ("The forum was co-produced with parent carers. It is open to all parent carers in the "
            "borough, works with the council in an equal and reciprocal way, and its members take "
            "part in local decision making.")
    assert findings(text, rule=UNEV)[0] == []


@pytest.mark.parametrize("rule", [RULE, UNEV])
def test_a_summary_of_another_chapter_is_no_claim(rule):
    text = ("In the previous chapter we set out how working through co-production with carers will "
            "change their lives. This chapter looks at what must change now.")
    assert findings(text, rule=rule)[0] == []


def test_a_job_title_is_no_claim():
    text = "Amira Khan, head of Co-production and Involvement, explains how the team works."
    assert findings(text)[0] == []
    assert findings(text, rule=UNEV)[0] == []


def test_bench_scores_any_file_in_aggregate_and_shows_rows_only_when_asked(tmp_path, capsys):
    """bench/coproduction.py --file: the aggregate table only (a set kept aside is scored
    without being read); --show-file lists the wrong rows, and refuses a file kept aside."""
    bench = _bench()
    rows = [
        {"id": "own-1", "label": "claim-lower-rung", "text": "The plan was co-produced through an online survey of residents."},
        {"id": "own-2", "label": "claim-lower-rung", "text": "Our lunch menu was co-produced with the kitchen staff."},
        {"id": "own-3", "label": "honest-consultation", "text": "We ran an online survey and 300 residents replied."},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert bench.main(["--file", str(path)]) == 0
    out = capsys.readouterr().out
    assert "(1/2;" in out and "warnings on negatives 0/1" in out
    assert "lunch menu" not in out and "own-2" not in out  # never a row
    assert bench.main(["--file", str(path), "--show-file"]) == 0
    out = capsys.readouterr().out
    assert "own-2" in out and "lunch menu" in out and "own-1 " not in out
    held = tmp_path / "held3.jsonl"
    held.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert bench.main(["--file", str(held), "--show-file"]) == 2
    assert "own-2" not in capsys.readouterr().out
    assert bench.main(["--file", str(tmp_path / "absent.jsonl")]) == 2


def test_tune3_rows_have_a_source_a_note_and_no_warning_on_an_aim_or_definition():
    """bench/coproduction-tune3.jsonl: the sixth round's real rows, gathered and labelled by a
    separate reader (tuning material; single quoted sentences with their sources)."""
    bench = _bench()
    rows = bench.read_rows(bench.TUNE3)
    assert len(rows) >= 30 and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["label"] in bench.LABELS and r["source"].startswith("http") and r["note"], r["id"]
    res = bench.judge(rows, lambda: Config(select=[RULE, UNEV]))
    assert [r["id"] for r in rows if r["label"] in bench.NEGATIVES and res[r["id"]][RULE] == "warning"] == []
    assert [r["id"] for r in rows if r["label"] in ("aspiration", "definition") and res[r["id"]][UNEV] == "warning"] == []


def test_unevidenced_a_role_in_drafting_is_shared_power():
    """Fresh set D, our own strict reading (seed 1616): carers who drafted the document share the
    power, so the claim is at most a suggestion and the sign is quoted."""
    text = ("The charter has been co-produced with our advisory group. Carers have also played an "
            "active role in drafting it.")
    found, _ = findings(text, rule=UNEV)
    assert [f.severity for f in found] == ["suggestion"] and "shared decisions (" in found[0].message
    without = "The charter has been co-produced with our advisory group. We thank everyone who came."
    assert [f.severity for f in findings(without, rule=UNEV)[0]] == ["warning"]


def test_a_speakers_quoted_claim_is_read_but_a_cited_phrase_is_not():
    # issue 16, ninth round: claims in quotation marks in news items and press releases
    (f,) = findings('"Our new play strategy was co-designed with children at two listening events," she added.')[0]
    assert f.severity == "error" and "listening events" in f.message
    # no speaker named: a quoted passage is still someone else's words
    assert findings('"Our new play strategy was co-designed with children at two listening events."')[0] == []
    # a short phrase cited, and a quoted negation by a speaker
    assert findings('The guide calls this "co-production through a survey" and warns against it.')[0] == []
    assert findings('"Co-production is not the same as running a survey," he said.')[0] == []


def test_activity_quoted_with_the_people_it_names_in_full():
    # the activity phrase that ends on 'of' is quoted to the end of the people it names
    (f,) = findings("We listened to thousands of young people. We co-produced this plan with young people.")[0]
    assert "(listened to thousands of young people)" in f.message


def test_partners_set_before_the_clause_and_talking_to_a_crowd_are_read():
    (f,) = findings("Staff listened to hundreds of older people. Together with older people, we have built a new plan.")[0]
    assert f.severity == "suggestion" and "Together with older people, we have built" in f.message
    (f,) = findings("We spoke with over 80 families at coffee mornings. The new holiday club was co-produced with parents.")[0]
    assert "spoke with over 80 families" in f.message
    # partners that are bodies, or people who decided, stay quiet
    assert findings("Together with the NHS and the police, we have built a new plan after a survey of residents.")[0] == []
    assert findings("We spoke with more than 200 tenants. Tenants then wrote the plan and voted on every priority. "
                    "The plan was co-produced.")[0] == []


def test_a_purpose_after_the_partners_is_loose_and_after_their_description_no_tie():
    # fresh set 16 (a news page): 'to understand ...' after the partners is a purpose, not the
    # means; after a clause describing who they are it belongs to the main clause
    (f,) = findings("The strategy was co-produced with carers to understand what is working well.")[0]
    assert f.severity == "suggestion"
    assert findings("The council hopes to build on the plan, which was co-produced with people who have "
                    "experience of caring to understand what is working well.")[0] == []
    (f,) = findings("The plan was co-produced with residents who were invited to comment on the draft.")[0]
    assert f.severity == "error"


def test_the_writer_choosing_people_is_no_power_of_theirs():
    # tune5: 'we recruited participants' read as people's power kept a co-design workshop quiet
    text = ("We recruited carers to attend three co-design workshops. "
            "At each one we set out to explore what they think about respite care.")
    (f,) = findings(text)[0]
    assert f.severity == "suggestion" and "explore what they think" in f.message
    # people who recruit, or a panel the writer recruited that chooses, still show power
    assert findings("Young people recruited the youth workers after our survey, and the offer was co-designed.")[0] == []
    assert findings("We recruited ten parents to the panel, which chose the provider. "
                    "The service was co-designed after a survey.")[0] == []


def test_a_claim_describing_the_subject_whose_predicate_rests_on_consultation():
    (f,) = findings("The offer, co-designed with parents, was informed by an online survey of 300 families.")[0]
    assert f.severity == "suggestion" and "online survey" in f.message
    assert findings("Co-produced with tenants, the charter was sent to every home through our newsletter.")[0] == []


def test_unevidenced_reads_things_of_a_kind_made_by_a_relative_clause_as_general():
    rule = "co-production-unevidenced"
    assert findings("Plans that were co-produced with tenants were rated higher in the studies we read.", rule=rule)[0] == []
    # the writer's own: 'we' in the relative clause, or a date and 'our'
    (f,) = findings("Plans that we co-produced with tenants were rated higher.", rule=rule)[0]
    assert f.severity == "warning"
    (f,) = findings("Services that were co-designed with our patients in 2023 include the stroke pathway.", rule=rule)[0]
    assert f.severity == "warning"


def _defined_in_brackets_one_search(phrase, doc_text):
    """The reading as one search with the letter first (before the speed change): the
    shortcut in substitution._defined_in_brackets must agree with it."""
    import re
    words = phrase.split()
    stem = r"[ \t]+".join(re.escape(w) for w in words[:-1]) + (r"[ \t]+" if len(words) > 1 else "")
    last = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    return re.search(r"[a-z][ \t]+\((?:hereafter[ \t]+)?[\"'“‘]?" + stem + re.escape(last)
                     + r"s?[\"'”’]?\)", doc_text, re.IGNORECASE)


_BRACKET_TEXTS = [
    "adults living with psychosis (clients) and",
    "adults living with psychosis  \t (Clients)",
    "adults living with psychosis(clients)",
    "psychosis,  (clients)",
    "(clients) at the start",
    " (clients) after a space only",
    "9 (clients) after a digit",
    "the K (clients) Kelvin sign, which [a-z] takes under IGNORECASE",
    "the ſ (clients) long s",
    "(( (clients) two brackets, then x ((clients)",
    "then x ((clients) and y (clients",
    "a note (see clients) then b (clients) later",
    "people we support ('service users') and (“service user”)",
    "people we support (hereafter  \"service users\") and more",
    "people we support (hereafter service\tusers)",
    "people we support (service\nusers) across a line",
    "a (client)) and b (clients's)",
    "", "(", "a (", "a ()",
]


@pytest.mark.parametrize("phrase", ["clients", "service users", "service user", "the elderly", "patients"])
def test_defined_in_brackets_shortcut_agrees_with_one_search(phrase):
    from plainlint.checks.substitution import _defined_in_brackets
    texts = list(_BRACKET_TEXTS)
    texts += [a + b for a in _BRACKET_TEXTS for b in _BRACKET_TEXTS[:8]]
    files = sorted((Path(__file__).resolve().parent.parent / "fixtures").glob("*.md"))
    if (CORPUS / "real").is_dir():
        files += sorted((CORPUS / "real").glob("*.md"))
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in files]
    agree = [bool(_defined_in_brackets(phrase, t)) == bool(_defined_in_brackets_one_search(phrase, t))
             for t in texts]
    assert all(agree), [t[:80] for t, ok in zip(texts, agree) if not ok]
    # the texts hold both answers for the first phrases, so the test reads both ways
    if phrase in ("clients", "service users"):
        answers = {bool(_defined_in_brackets_one_search(phrase, t)) for t in _BRACKET_TEXTS}
        assert answers == {True, False}


# ---------------------------------------------------------------------------------------
# the claim's whole section (issue 16, tenth round)

_PATHWAY = ("# The falls service\n\nWe co-designed the new falls service in 2025.\n\n"
            "The service has three parts: checks at home, classes and equipment.\n\n{middle}"
            "Before it opened, 180 older people answered our postal questionnaire.\n")


def test_activity_further_on_in_the_section_is_a_suggestion_only():
    got, _ = findings(_PATHWAY.format(middle=""), fmt="markdown")
    assert [(f.text, f.severity) for f in got] == [("co-designed", "suggestion")]
    assert "questionnaire" in got[0].message


def test_a_sub_heading_stays_inside_the_section_but_a_heading_of_the_same_level_ends_it():
    sub = _PATHWAY.format(middle="## What people did\n\n")
    got, _ = findings(sub, fmt="markdown")
    assert [f.text for f in got] == ["co-designed"]
    same = _PATHWAY.format(middle="# What people did\n\n")
    assert findings(same, fmt="markdown")[0] == []


def test_the_section_is_read_only_so_far():
    # more than FAR sentences between the claim and the activity: too far to speak for it
    filler = "".join(f"Class {i} meets on a weekday morning in the hall.\n\n" for i in range(35))
    assert findings(_PATHWAY.format(middle=filler), fmt="markdown")[0] == []


def test_power_anywhere_in_the_section_keeps_a_loose_tie_quiet_and_softens_a_firm_one():
    power = "A panel of older people chose the provider and held the budget.\n\n"
    assert findings(_PATHWAY.format(middle=power), fmt="markdown")[0] == []
    firm = ("# The falls service\n\nThe falls service was co-designed through a postal survey of older people.\n\n"
            "It has three parts: checks at home, classes and equipment.\n\nThe classes run in six halls.\n\n"
            "Each hall has a named instructor.\n\n" + power)
    got, _ = findings(firm, fmt="markdown")
    assert [(f.text, f.severity) for f in got] == [("co-designed", "suggestion")]
    # without the panel, the same tie is the rule's firm one
    got, _ = findings(firm.replace(power, ""), fmt="markdown")
    assert [f.severity for f in got] == ["error"]


def test_a_claim_word_that_is_a_noun_or_an_aim_is_not_tied_far_off():
    noun = _PATHWAY.replace("We co-designed the new falls service in 2025.",
                            "The board heard a co-design update from the falls team.")
    aim = _PATHWAY.replace("We co-designed the new falls service in 2025.",
                           "We will co-design the next falls service with older people.")
    for text in (noun.format(middle=""), aim.format(middle="")):
        assert findings(text, fmt="markdown")[0] == [], text


def test_what_the_chair_or_a_councillor_did_at_the_meeting_is_not_the_peoples_activity():
    # set M 117: a committee chair's 'invited comments' was read as residents' engagement; the
    # meeting's own business (the chair, a councillor speaking) is not what people did, while
    # the same activity told of residents, or of the chair of a residents' group, still counts
    claim = "Healthwatch said it had been co-producing the plan with residents over the summer. Nothing else was said."
    for opener in ["The Chair thanked the officer and invited comments and questions from those present. ",
                   "Councillor Patel invited comments from everyone in the room. "]:
        assert findings(opener + claim)[0] == [], opener
    for opener in ["Residents sent in comments and questions over the summer. ",
                   "The chair of the residents' forum invited comments from tenants. "]:
        (f,) = findings(opener + claim)[0]
        assert "(comments)" in f.message, opener
    # in the claim's section further on, too
    chair = _PATHWAY.replace("Before it opened, 180 older people answered our postal questionnaire",
                             "The Chair has invited comments and questions from those present")
    assert findings(chair.format(middle=""), fmt="markdown")[0] == []
    (f,) = findings(_PATHWAY.format(middle=""), fmt="markdown")[0]
    assert "questionnaire" in f.message


# ---------------------------------------------------------------------------------------
# Issue 16, eleventh round: definition, principle and guidance text never anchors a warning of
# co-production-unevidenced, in general shapes (our own sentences)


@pytest.mark.parametrize("text", [
    # guidance that asks its reader to show the work: a duty or a request before a verb of
    # showing, or an instruction
    "Boards should be able to show how their strategy was co-produced with the people it affects.",
    "Providers are asked to describe how the service was co-designed with the people who use it.",
    "You will need to explain how the proposal was co-designed with residents.",
    "Set out how the plan was co-produced and who took part in each stage.",
    "Applicants must demonstrate that the project has been co-designed with young people.",
    "Commissioners are expected to show that the new pathway was co-produced with carers.",
    "Your application should say which parts of the project were co-designed with young people.",
    "Record how each decision in the plan was co-produced, and who made it.",
    # the participle itself defined
    "Co-designed means designed with the people who will use the service, from the first idea.",
    "Being co-produced means that people with lived experience were equal partners at every stage.",
])
def test_unevidenced_guidance_and_a_defined_participle_are_left_alone(text):
    assert findings(text, rule=UNEV)[0] == [], text
    # and with a plain report of work done beside them, a warning is anchored on the report only
    found, _ = findings(text + "\n\nWe co-produced the carers plan with 40 carers in 2024.", rule=UNEV)
    assert all(f.start >= len(text) for f in found if f.severity == "warning"), text


@pytest.mark.parametrize("text", [
    "In this report we explain how the plan was co-produced with residents.",  # the writer's own account
    "The report shows how the plan was co-produced with carers.",  # not asked of the reader
    "Parents say that the new offer was co-designed with them.",  # people saying it, not asked to
    "Co-designed with parents, the new offer starts in May.",  # a participle opening a report
])
def test_unevidenced_a_report_that_shows_how_stays_a_claim(text):
    assert [f.severity for f in findings(text, rule=UNEV)[0]] == ["warning"], text


@pytest.mark.slow
def test_tuning_files_give_no_unevidenced_warning_on_a_definition_or_an_aim():
    """The whole-file tuning sets (tune2, tune4, tune5): no warning of co-production-unevidenced on
    a definition, principle or guidance row, nor on an aim."""
    bench = _bench()
    for path in (bench.TUNE2, bench.ROOT / "bench" / "coproduction-tune4.jsonl",
                 bench.ROOT / "bench" / "coproduction-tune5.jsonl"):
        rows = bench.read_rows(path)
        assert rows, path
        res = bench.judge(rows, lambda: Config(select=[UNEV]))
        assert [r["id"] for r in rows if r["label"] in ("aspiration", "definition")
                and res[r["id"]][UNEV] == "warning"] == [], path.name


def test_loose_facts_read_claim_activity_and_power_from_the_rules_reading():
    """bench/coproduction.py --loose-measure (issue 16, eleventh round): the three facts of a
    broad loose tie, read from the rule's own reading of a row (our own sentences)."""
    bench = _bench()
    cfg = Config()
    row = {"label": "claim-lower-rung", "before": "In May we ran an online survey of carers.",
           "text": "The carers plan was co-produced with carers.", "after": None}
    assert bench.loose_facts(row, cfg) == {"a": True, "a-done": True, "b": True, "c": True}
    power = dict(row, after="A panel of carers held the budget and chose the provider.")
    assert bench.loose_facts(power, cfg)["c"] is False
    aim = dict(row, text="We will co-produce the carers plan with carers.")
    assert bench.loose_facts(aim, cfg)["a"] is False
    alone = dict(row, before=None)
    assert bench.loose_facts(alone, cfg)["b"] is False


def test_a_method_described_as_informing_quotes_its_activity_whole_and_no_further():
    # issue 16, twelfth round (set P co05): the method's activity is quoted as it is ('listened
    # to'), not run on into the purpose ('listened to in'); the same method as a definition of
    # co-design stays quiet
    fs, _ = findings("Our team uses a co-design model where young carers are listened to in order to feed into the respite plan.")
    assert [f.severity for f in fs] == ["error"]
    assert "(listened to)" in fs[0].message
    assert not findings("Co-design is a model where young carers are listened to in order to feed into the respite plan.")[0]


@pytest.mark.parametrize("text,words", [
    # set P co07: the words after the people stay on the people: no swap that hands them to
    # 'services' ("people who use services from local charities")
    ("The panel included two service users from local charities, as well as officers.", "service users"),
    ("We asked service users with sight loss about the new signs.", "service users"),
    # set P co08: a term set in title case within a sentence is the writer's name for it: no swap,
    # and so no fix that changes its case ("412 Children in care")
    ("The council was corporate parent to 412 Looked After Children last year.", "Looked After Children"),
    # set P co02: after a verb of support the swap says it twice
    ("Our officers have a role in supporting vulnerable people through the winter.", "vulnerable people"),
    # sets Q/R (service users who participated): a relative clause after the people would follow
    # the alternative's own ('people who use services who took part'): no swap
    ("We thank the service users who took part in the survey.", "service users"),
    ("The leaflet was written by service users that joined the reading group.", "service users"),
    ("A service user whose home was damp asked for help.", "service user"),
])
def test_done_to_swaps_that_would_move_a_modifier_change_case_or_repeat_give_no_fix(text, words):
    fs, _ = findings(text, rule="done-to-language")
    assert [f.text for f in fs] == [words]
    assert fs[0].suggestions == []


@pytest.mark.parametrize("text,fixed", [
    ("We asked service users what they thought of the timetable.", "people who use services"),
    ("Looked after children get extra help at school.", "Children in care"),
    ("The fund helps vulnerable people pay their bills.", "people who may need extra support"),
    # a relative clause elsewhere in the sentence is no bar
    ("We asked service users what they thought of the staff who run the cafe.", "people who use services"),
    # set R co01: 'have' of a condition is a state, with no -ing form after 'be' ('patients who are
    # having asthma') nor as a participle: only 'living with'
    ("Patients who are suffering from asthma may self-refer.", "living with"),
    ("Children suffering from diabetes need a care plan at school.", "living with"),
    ("Many residents suffer from arthritis.", "live with"),
])
def test_done_to_swaps_still_offered_where_they_read(text, fixed):
    fs, _ = findings(text, rule="done-to-language")
    assert fs and fs[0].suggestions[:1] == [fixed]


@pytest.mark.parametrize("text", [
    "Patients who are suffering from asthma may self-refer.",
    "Who can use the service? Adults who are:\n\n- Suffering from depression or anxiety",
])
def test_no_having_in_progress_for_suffering_from(text):
    # set R co01: 'who are: suffering from depression' -> 'having depression' does not read
    fs, _ = findings(text, rule="done-to-language")
    assert fs and [s.lower() for s in fs[0].suggestions] == ["living with"]


def test_a_resolution_delegating_a_plan_to_co_develop_in_consultation_is_an_aim_not_a_claim():
    # set O co03: 'in consultation with' a cabinet member and groups is how the officer decides;
    # 'to co-develop' is work to come: no consultation claim, and at most a suggestion
    text = ("RESOLVED: That the Director of Place be delegated authority, in consultation with the Cabinet Member "
            "for Housing and a wide range of local groups, to co-develop, deliver and review a three-year action "
            "plan for the parks service.")
    assert not findings(text)[0]
    fs, _ = findings(text, rule="co-production-unevidenced")
    assert [f.severity for f in fs] == ["suggestion"]


@pytest.mark.parametrize("text", [
    # set P co03, co06, co09 (pedantic, fine hidden): the formal term in a list of who a service
    # is for, or of consultees, is a suggestion, which the default view does not show
    "The plan was tested in consultations with staff, existing service users and clinical experts over the summer.",
    "Comments came from service users, referrers and partner agencies in equal measure.",
])
def test_service_users_in_a_list_of_groups_is_only_a_suggestion(text):
    fs, _ = findings(text, rule="done-to-language")
    assert [f.text for f in fs] == ["service users"]
    assert fs[0].severity == "suggestion"


def test_a_paper_co_authored_by_named_researchers_is_authorship_not_a_claim():
    # set S co-production 068: "a report on public engagement, co-authored by Ann Lee and Tom Hale"
    for text in ("This blog draws on a recent institute report, Public engagement and a healthier county, co-authored "
                 "by Ann Lee, Sam Cole and Tom Hale from the institute. The report considers how the promises of "
                 "public engagement in the plan might be turned into a programme of work.",
                 "Our blog draws on a report on engaging the public, co-authored by Dr Ann Lee and Tom Hale. It asks "
                 "how the pledges to engage people might become a programme of activity."):
        assert findings(text)[0] == [], text
    # co-authored with people who use services, whose part was comments: still a finding
    found, _ = findings("The leaflet was co-authored by patients, who sent us comments on an early draft.")
    assert len(found) == 1


def test_values_at_the_heart_of_a_plan_are_no_claim_of_power():
    # set S co-production 010: "Relationships and respect are at the heart of our plan": values, not people
    for text in ("Kindness and trust are at the heart of our plan, and we asked staff for their views on it.",
                 "Respect and dignity are at the heart of our plan, shaped by the comments of the survey."):
        assert findings(text)[0] == [], text
    found, _ = findings("Residents are at the heart of our plan: more than 900 people answered our survey.")
    assert len(found) == 1


def _aims(text):
    """(claim words, read as an aim) for every kept claim of the text, in order."""
    from plainlint.analysis import analyse
    from plainlint.checks.coproduction import reader
    from plainlint.extract import extract

    an = analyse(extract(text.encode("utf-8"), "x.txt"))
    r = reader(an, Config())
    return [(" ".join(r._words(sc, c.start, c.end)), r.is_aim(sc, c)) for sc in r.sentences for c in sc.claims]


def test_work_begun_is_under_way_not_an_aim():
    # issue 16, fourteenth session (16b, tune3 g6-079): "have embarked on a journey to co-design a
    # strategy" was read as an aim, so the unevidenced rule called a claim of work a plan
    for text in ("We have embarked on a journey to co-design our strategy with patients.",
                 "Last year we began to co-produce the plan with carers.",
                 "The council has started to co-design the new service with parents."):
        got = _aims(text)
        assert got and not any(aim for _, aim in got), (text, got)
    for text in ("We will begin to co-design the service with parents.",
                 "Our aim is to co-produce the plan with carers.",
                 "We are on a journey to co-production with our tenants."):
        got = _aims(text)
        assert got and all(aim for _, aim in got), (text, got)


def test_a_heading_reports_work_in_other_words_only_with_its_verb():
    # issue 16, fourteenth session (16b, dev-coprod-442): a heading's claim in other words was never read
    under = "\n\nYoung people gave their views in an online survey and at four focus groups.\n"
    for head in ("# Council partners with young people to design the new youth offer",
                 "# Youth offer designed with young people"):
        found, _ = findings(head + under, fmt="markdown")
        assert len(found) == 1 and found[0].severity == "suggestion", head
    for head in ("# Working in partnership with young people", "# In partnership with young people",
                 "# Our work with young people to design the offer"):
        assert findings(head + under, fmt="markdown")[0] == [], head


def test_alongside_people_after_a_claim_names_the_partners():
    # issue 16, fourteenth session (16b): 'co-designed alongside families through a survey' was read
    # as a boundary ('alongside' = as well as), so the means after it was never tied
    found, _ = findings("The offer was co-designed alongside families through a survey and two drop-in events.")
    assert [f.text for f in found] == ["co-designed"] and found[0].severity == "error"
    assert findings("We co-designed the play area with parents, alongside a survey of 300 residents.")[0] == []


def test_nothing_new_to_a_body_is_its_practice_not_a_definition():
    # issue 16, fourteenth session (16b, tune6 cp6-091): 'co-production is nothing new to the PCC,
    # which has been championing it' was read as a definition
    found, _ = findings("Co-production is nothing new to the trust. Over the past five years we have asked "
                        "thousands of patients for their views through surveys and focus groups.")
    assert [f.text for f in found] == ["Co-production"]
    for text in ("Co-production is nothing new: its roots go back to the 1970s. Residents answered our survey.",
                 "Co-production is not new to social care. Surveys and focus groups are older still."):
        assert findings(text)[0] == [], text


def test_made_by_people_through_consultation_is_a_claim():
    # issue 16, fourteenth session (16b): 'shaped by residents through an online survey' was no claim at all
    found, _ = findings("The library plan was shaped by residents through an online survey.")
    assert [(f.text, f.severity) for f in found] == [("shaped by residents", "suggestion")]
    for text in ("The library plan was shaped by the council through an online survey of residents.",
                 "The library plan was shaped by residents' views through our survey.",
                 "The library plan was not shaped by residents through the survey alone."):
        assert findings(text)[0] == [], text


def test_taking_part_in_decisions_about_the_work_is_shared_decisions():
    # set YZ co03: 'and participate in other decisions about our work' counted as no sign of
    # shared decisions; decisions about their own care are still no share in the service's
    for text in ("Our panel\n\nPanel members co-produce parts of our strategy, and they take part in key "
                 "decisions about our work.\n",
                 "Our forum\n\nCarers co-designed the plan with us and participated in the decisions on the "
                 "service.\n"):
        found, _ = findings(text, rule=UNEV)
        assert found and "shared decisions ('" in found[0].message, text
    for text in ("Our clinic\n\nPatients co-produce parts of our strategy, and they take part in decisions "
                 "about their care.\n",
                 "Our forum\n\nCarers co-designed the plan with us and took part in a survey about the "
                 "service.\n"):
        found, _ = findings(text, rule=UNEV)
        assert found and "shared decisions ('" not in found[0].message, text


# issue 16, nineteenth session: definitions in varied shapes ('we', 'for us', 'means', 'is when',
# 'is about', a list of principles, a quoted definition) report no work done, so
# co-production-unevidenced gives none of them a warning (our own sentences)
OWN_DEFINITIONS = [
    "For us, co-production means that carers and staff make decisions together as equals.",
    "We define co-design as people who use a service designing it with the staff who run it.",
    "Co-production is when the people who use a service share power with those who provide it.",
    "Co-design is about designing with people, not for them.",
    "Our principles of co-production are: equal partnership, shared decisions, and paying people for their time.",
    "In this strategy, 'co-produced' means that residents and officers agreed every priority together.",
    "\"Co-production is a way of working where everybody works together on an equal basis to create a service or come to a decision.\"",
    "We believe co-production is a relationship in which power is shared from the start.",
    "By co-design we mean that families help to shape a service before any decision is made.",
    "Co-creation, for our team, is building a service side by side with the people who will use it.",
    "What is co-production? It is people with lived experience and professionals sharing power and responsibility.",
    "A co-produced plan is one that people who use services have written with us as equal partners.",
    "Co-production is not the same as consultation, which asks for views on a plan someone else has made.",
    "When we talk about co-designing services, we mean young people being part of every decision from the first idea.",
    "Co-production: people who use services and professionals working together as equals, sharing decisions and power.",
]


@pytest.mark.parametrize("text", OWN_DEFINITIONS)
def test_a_definition_in_any_shape_gets_no_unevidenced_warning(text):
    got, _ = findings(text + "\n", rule=UNEV)
    assert not [f for f in got if f.severity in ("warning", "error")]


def test_the_loose_tier_asks_and_can_be_turned_off():
    """The loose tier (nineteenth session): a claim and an activity in its block with no tie in
    the grammar is a suggestion whose message asks what people decided; the option turns it off."""
    text = "Parents came to three workshops in the spring. The new short breaks offer was co-designed with families.\n"
    got, _ = findings(text)
    assert [(f.text, f.severity) for f in got] == [("co-designed", "suggestion")]
    assert "came to three workshops" in got[0].message and "What did people decide?" in got[0].message
    assert not findings(text, **{"loose-tier": False})[0]


#: issue 16, twentieth round: definition and principle paragraphs of our own in the shapes a
#: definition row can take (a definition that says "we", in the past tense, followed by a
#: description of a service, a glossary entry with a dash or a full stop, a definition quoted
#: from a report, a list of values, "what co-production means to us", "our approach is ...",
#: "co-production is how we ...", a definition heading over text, principles said to be
#: co-produced): each gets at most a suggestion from co-production-unevidenced
OWN_DEFINITIONS_20 = [
    'We see co-production as staff and the people who use our services making decisions together as equals. We share power from the first idea to the final review.',
    'In our first strategy, co-production was described as working together as equals from start to finish.',
    "Co-production was understood by the working group to mean that decisions were shared and nobody's voice counted for more.",
    'Co-production means people who use a service and those who run it deciding together. The co-produced day service opens five days a week at the community centre and offers lunch, activities and advice.',
    'Co-design means designing with people rather than for them. Our co-designed wellbeing hub is open on Tuesdays and Thursdays from 10am to 3pm.',
    'Co-produced: made by professionals and people with lived experience working together as equals, sharing power and responsibility.',
    'Glossary\n\nCo-designed - a service or plan that has been shaped jointly by the people who use it and the people who provide it.',
    'The 2019 review described co-production as "a relationship where professionals and citizens share power to plan and deliver support together".',
    'As the national guidance put it, a co-produced service is one that was planned, designed and delivered by equal partners.',
    'Co-production for us is built on five values: equality, diversity, accessibility, reciprocity and shared ownership. Each value was agreed as part of our charter.',
    'Our co-production values are trust, openness, fairness and respect. These were agreed by everyone who signed the charter.',
    'What co-production means to us\n\nFor our trust, co-production has meant treating patients and carers as partners who hold as much say as clinicians. It is about sharing power, not asking for comments.',
    'What co-production means to us: patients, carers and staff have worked side by side as equals, each bringing their own expertise.',
    'Our approach is co-produced: people with lived experience and professionals plan, design and review services together as equals.',
    'Our approach to co-design has always been to start with the people who use the service and share every decision with them.',
    'Co-production is how we have worked with families for many years: as equal partners who share decisions.',
    'Co-production is how we make decisions: together, with the people who use our services, from the start.',
    'Co-production\n\nCo-production is a way of working in which people who use services and professionals share power and responsibility as equals.',
    'Our definition of co-design\n\nCo-design happened when people with lived experience and staff designed something together and both had equal say in what was decided.',
    'Co-produced work is only genuine when power is shared and people are paid for their time.',
    'Everything we do is underpinned by the principle that services should be co-produced with the people who use them.',
    "Co-production has been defined as a partnership of equals in which nobody's knowledge counts for more than anyone else's.",
    'The Think Local Act Personal ladder places co-production at the top, above co-design, engagement and consultation.',
    'We have adopted the following definition: co-production is a relationship where professionals and people share power to plan and deliver support together.',
    'Co-designed - a service or plan that has been shaped jointly by the people who use it and the people who provide it.',
    'Co-designed – shaped jointly by the people who use a service and the staff who provide it.',
    'Co-produced. Made together by professionals and people with lived experience as equals.',
    'Our co-production principles were co-designed with the Lived Experience Panel. They are: respect, equality and openness.',
    'The following values were co-developed with our partners: trust, honesty, inclusion.',
    'We co-produced these principles with people who use our services: equal partnership, shared decisions and paid time.',
    'Co-production, in the words of our members, was "doing with, not doing to".',
    'When we started, we defined co-production as working together as equals.',
]

#: the writer's own report of past work stays a warning, beside a definition, a label or principles
OWN_PAST_WORK_20 = [
    "Our new carers' strategy was co-produced with carers last year. It sets out six priorities for the next five years.",
    "We co-designed the young people's mental health service in 2023. The service opened in January.",
    'The housing allocations policy was co-produced with tenants. It was approved by cabinet in March.',
    'We co-produced our dementia plan with people living with dementia. The plan was published in June.',
    'Co-designed - our new youth app was built with young people in 2023 and launched in March.',
    'The carers plan was co-produced with carers last year. Our co-production charter sets out how we work.',
    'The values and the service plan were co-produced with carers in 2023.',
]


@pytest.mark.parametrize("text", OWN_DEFINITIONS_20)
def test_definitions_in_twenty_shapes_get_at_most_a_suggestion(text):
    got, _ = findings(text + "\n", rule=UNEV)
    assert not [f for f in got if f.severity in ("warning", "error")], [(f.text, f.severity) for f in got]


@pytest.mark.parametrize("text", OWN_PAST_WORK_20)
def test_past_work_beside_definitions_is_still_a_warning(text):
    got, _ = findings(text + "\n", rule=UNEV)
    assert [f.severity for f in got] == ["warning"], [(f.text, f.severity) for f in got]


# set KL (round G): 'clients' where the page names a formal client relationship (a therapy or
# counselling service, a council as appointee or deputy, a solicitor) is the note's own exception;
# elsewhere the finding stays, with no swap ('residents' and 'people we support' read wrong)
@pytest.mark.parametrize("text, fires", [
    ("Our counselling team saw 200 people last year.\n\nClients were offered six sessions.\n", False),
    ("The Talking Therapies service opened in June. Clients wait two weeks for a first call.\n", False),
    ("The council acts as appointee for 300 people.\n\nThe fee covers the management of clients savings.\n", False),
    ("A deputyship costs more. Clients pay a yearly fee.\n", False),
    ("The deferred payment scheme has a new fee.\n\nClients are sent a yearly statement.\n", False),
    ("The day centre is open on Mondays. Clients asked for evening hours.\n", True),
    ("Support is given to clients with a learning disability on every bus route.\n", True),
])
def test_done_to_clients_formal_relationship_named_on_the_page(text, fires):
    found, _ = findings(text, rule="done-to-language")
    hits = [f for f in found if f.text.lower() == "clients"]
    assert bool(hits) == fires, [f.text for f in found]
    assert all(not f.suggestions for f in hits)


# set KL co13: a post's name after a title word and a dash is the post's title, as after 'for'
@pytest.mark.parametrize("text, fires", [
    ("The paper was presented by the Service Manager – Looked After Children, in May.\n", False),
    ("Jo Smith, Team Manager - Looked After Children, spoke next.\n", False),
    ("Our biggest worry – Looked After Children wait too long for a home.\n", True),
    ("The manager - looked after children need more homes, she said.\n", True),
])
def test_done_to_post_title_after_a_dash(text, fires):
    found, _ = findings(text, rule="done-to-language")
    hits = [f for f in found if "looked after" in f.text.lower()]
    assert bool(hits) == fires, [f.text for f in found]
