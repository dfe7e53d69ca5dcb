"""Plain-words classes from the independent readers of set AA (issue 17, fifteenth session): a
swap offered in a frame its entry's examples never show (pl39: 'and in this instance are
part-funded' -> 'and here are part-funded'), the -ing form of a British -ise verb read as no verb
(pl25: 'with the objective of minimising expenditure' -> 'aiming for minimising'), and 'on' put in
for a phrase of topic before a noun of time or an event (pl02: 'With regard to the meeting of ...'
-> 'On the meeting'). Our own sentences, both ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain
from plainlint.checks.substitution import _example_frames, _frame_kind
from plainlint.inflect import base_of_ing
from plainlint.wordlists import load_substitutions, resolve


# British -ise and -yse verbs: the dictionary spells them with z, the verb is the same (pl25)
@pytest.mark.parametrize("word,base", [
    ("minimising", "minimise"), ("maximising", "maximise"), ("prioritising", "prioritise"),
    ("analysing", "analyse"), ("organising", "organise"), ("minimizing", "minimize"),
    ("raising", "raise"), ("reducing", "reduce"),
])
def test_the_plain_form_of_a_british_ise_verb(word, base):
    assert base_of_ing(word) == base


@pytest.mark.parametrize("word", ["blorising", "quenising"])
def test_an_ise_form_with_no_verb_in_the_dictionary_has_no_plain_form(word):
    assert base_of_ing(word) is None


def test_an_aim_before_an_ise_verb_takes_to_and_the_plain_verb():
    found = _plain("The plan sets out the repair work, with the objective of minimising costs over time.",
                   "with the objective of")
    assert found and found[0][0] == "with the objective of minimising" and found[0][2] == ["to minimise"], found


def test_an_aim_before_an_ing_word_not_known_as_a_verb_offers_no_noun_swap():
    # 'aiming for upcycling waste' would read as badly as 'aiming for minimising expenditure'
    found = _plain("The depot sorts the bins with the objective of upcycling waste into new goods.",
                   "with the objective of")
    assert found and found[0][2] == [], found


def test_an_aim_before_a_noun_keeps_its_swap():
    found = _plain("The fund was set up with the objective of a fairer share for rural areas.",
                   "with the objective of")
    assert found and found[0][2] == ["aiming for"], found


# the kinds of word after a phrase: the same reading for the entry's examples and the text
@pytest.mark.parametrize("word,phrase,kind", [
    (",", "in this instance", "end"), ("", "in this instance", "end"),
    ("are", "in this instance", "verb"), ("will", "in this instance", "verb"),
    ("whether", "with regard to", "noun"), ("how", "with regard to", "noun"), ("that", "in addition to", "noun"),
    ("sharing", "with the aim of", "ing"), ("the", "with regard to", "noun"), ("where", "with immediate effect", "noun"),
    ("be", "in order to", "noun"), ("are", "so as to", "noun"),  # after 'to' a verb belongs
])
def test_frame_kinds(word, phrase, kind):
    assert _frame_kind(word, phrase) == kind


def _entry(phrase):
    return next(e for e in load_substitutions(str(resolve("wordy-phrases.toml"))) if e.phrase == phrase)


def test_an_entrys_frames_come_from_its_own_examples():
    assert _example_frames(_entry("in this instance")) == frozenset({"end"})
    assert _example_frames(_entry("with the objective of")) == frozenset({"ing"})


# a swap in a frame no example of its entry shows: advice, no swap (pl39)
@pytest.mark.parametrize("text,word", [
    ("The two wards are the only respite beds in the county and in this instance are paid for by the council.",
     "in this instance"),
    ("Some schools in this instance will close early.", "in this instance"),
])
def test_a_phrase_before_a_verb_its_examples_never_show_gets_no_swap(text, word):
    found = _plain(text, word)
    assert found and all(f[2] == [] for f in found), found


@pytest.mark.parametrize("text,word,swap", [
    ("In this instance, the fee will be waived.", "in this instance", "Here"),
    ("The fee is waived in this instance.", "in this instance", "here"),
    ("In this instance the fee will be waived.", "in this instance", "Here"),
])
def test_a_phrase_in_a_frame_its_examples_show_keeps_its_swap(text, word, swap):
    found = _plain(text, word)
    assert found and found[0][2] == [swap], found


# 'on' in place of a phrase of topic before a noun of time or an event reads as a time (pl02)
@pytest.mark.parametrize("text,word", [
    ("With regard to the meeting of the finance panel it was noted that the forecasts were late.",
     "with regard to"),
    ("Officers said that with regard to the meeting, no date had been set.", "with regard to"),
    ("In relation to the visit on Monday, the inspector raised two points.", "in relation to"),
])
def test_on_before_a_time_or_an_event_is_not_offered(text, word):
    found = _plain(text, word)
    assert found and all(not any(s.lower() == "on" for s in f[2]) for f in found), found


@pytest.mark.parametrize("text,word", [
    # (opening a sentence: inside one, after 'that', the topic takes 'for', set JJ pl21)
    ("With regard to the car park, no change was planned.", "with regard to"),
    ("In relation to the budget, members agreed the savings.", "in relation to"),
    # after a noun the words tell its topic: 'a report on the meeting'
    ("Members read a short report with regard to the meeting of the panel.", "with regard to"),
])
def test_on_before_a_topic_is_still_offered(text, word):
    found = _plain(text, word)
    assert found and any(s.lower() == "on" for s in found[0][2]), found


# everyday words on a guide's list: a suggestion, not shown by default (set AA pl22)
def test_slimmed_down_is_a_suggestion():
    found = _plain("The management teams are being slimmed down this year.", "slimmed down")
    assert found and found[0][1] == "suggestion", found


def test_slimmed_down_is_a_warning_for_residents():
    from plainlint.api import check_text
    from plainlint.config import Config

    text = "The management teams are being slimmed down this year."
    found = [f for f in check_text(text, Config(profile="public")).findings if f.rule == "jargon"]
    assert found and found[0].severity == "warning", found


# 'stakeholders' said of people after 'be': its own sense, a suggestion (set YZ pl38)
@pytest.mark.parametrize("text", [
    "They were not just users of the service, they were stakeholders in it.",
    "Tenants are stakeholders in the future of the estate.",
])
def test_stakeholders_after_be_is_a_suggestion(text):
    found = _plain(text, "stakeholder")
    assert found and all(f[1] == "suggestion" and f[2] == [] for f in found), found


def test_stakeholders_as_a_vague_group_is_still_a_warning():
    found = _plain("We will hold a workshop with stakeholders in March.", "stakeholder")
    assert found and found[0][1] == "warning", found


@pytest.mark.parametrize("text,word,swap", [
    # an adverb before a clause's opener reads as the phrase did
    ("Officers will make the changes with immediate effect where possible.", "with immediate effect", "now"),
    # a phrase that is not adverbial (a noun's words) keeps its swap before a verb
    ("This piece of work is due in May.", "piece of work", "project"),
])
def test_a_swap_before_a_clause_or_a_nouns_verb_is_kept(text, word, swap):
    found = _plain(text, word)
    assert found and found[0][2] and found[0][2][0] == swap, found


# emphasis the writer chooses: a suggestion, like 'each and every' (set AA pl26, set X pl05)
@pytest.mark.parametrize("text,word", [
    ("The power is used only where it is absolutely necessary.", "absolutely necessary"),
    ("A named contact is absolutely essential for each family.", "absolutely essential"),
    ("First and foremost, thank you all for your hard work this winter.", "first and foremost"),
])
def test_emphasis_doublets_are_suggestions(text, word):
    found = _plain(text, word)
    assert found and found[0][1] == "suggestion", found


def test_a_redundant_pair_with_no_emphasis_is_still_a_warning():
    found = _plain("The end result was a shorter wait for everyone.", "end result")
    assert found and found[0][1] == "warning", found


# 'the stakeholders' pointing back to people the paper has named: a suggestion (set W pl29)
@pytest.mark.parametrize("text", [
    "The new charges will be discussed with the stakeholders in the same way as last year.",
    "We wrote to these stakeholders again in June.",
])
def test_stakeholders_pointed_back_to_is_a_suggestion(text):
    found = _plain(text, "stakeholder")
    assert found and found[0][1] == "suggestion", found


@pytest.mark.parametrize("text", [
    "The stakeholders of the scheme were not asked.",
    "We met the stakeholders for the new park in May.",
    "We met stakeholders in March.",
])
def test_stakeholders_with_no_back_reference_stays_a_warning(text):
    found = _plain(text, "stakeholder")
    assert found and found[0][1] == "warning", found
