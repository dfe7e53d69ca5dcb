"""Plain words after the independent readers of set IJ (round F): each class tested both ways with
sentences of our own.

1. A passage the writer quotes from someone else, introduced as a quotation with no marks ('The
   following is taken from a letter sent to the council by ...', 'Below is an extract from ...:',
   'reads as follows:', 'states:'), is someone else's words for every family that skips quotations
   (Analysed.quoted_law; set IJ pl26, pl49, wrong). A colon after the writer's own words is none.
2. 'indicative' has two senses (a figure that may change, a figure given as an illustration): only
   'rough' fits both (set IJ pl41, wrong).
3. 'discuss' needs an object, which the words after 'have a discussion' never give: 'talk' only (set
   IJ pl50, wrong).
4. 'thus', 'thereby', 'hence' before an -ing verb: 'so placing' is not English, no swap (set IJ hidden
   pl06, wrong).
5. 'beneficial' after an adverb that names a field ('economically beneficial') is a set phrase: no
   finding (set IJ hidden pl03, wrong).
6. P: 'in broad terms' and 'inception' are suggestions (pl45, pl46); 'whether it is necessary to' is a
   test of need, no duty (pl24)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain
from plainlint.analysis import quoted_law_ranges
from plainlint.api import check_text
from plainlint.config import Config

QUOTED = ("At the present time we are worried the new process will impact on the time taken to answer "
          "each request.")


def _words(text: str, rule: str | None = None) -> list:
    cfg = Config(min_severity="suggestion")
    return [text[f.start:f.end].lower() for f in check_text(text, cfg).findings
            if f.category == "plain-words" and (rule is None or f.rule == rule)]


@pytest.mark.parametrize("intro", [
    "Local firms wrote to us. The following is taken from a letter sent to the council by a firm of agents.",
    "The following is an extract from the reply we had from the county's largest firm:",
    "Below is an extract from the inspector's report:",
    "The agent's reply reads as follows:",
    "Her letter of 3 May states:",
])
def test_a_passage_introduced_as_a_quotation_is_someone_elses_words(intro):
    text = f"{intro}\n\n{QUOTED}\n\nWe wrote back in May.\n"
    got = _words(text)
    assert "impact on" not in got and "at the present time" not in got, (intro, got)


def test_the_quotation_runs_to_the_paragraph_its_closing_mark_ends():
    text = ("The following is taken from a letter sent to the council by a firm of agents.\n\n"
            f"{QUOTED}\n\nWe would also be concerned about how this will impact on the fee.’\n\n"
            "The council will impact on the fee in the near future.\n")
    got = _words(text)
    assert got.count("impact on") == 1 and "in the near future" in got, got


def test_the_quotation_after_the_colon_in_the_same_paragraph():
    text = f"The chair's letter states: {QUOTED}\n"
    got = _words(text)
    assert "impact on" not in got and "at the present time" not in got, got


@pytest.mark.parametrize("intro", [
    "Our plan covers:",                                   # the writer's own list
    "We have taken the following steps:",                 # 'following' with no quoting verb
    "The service is open in the following states:",       # the noun 'states'
    "The officer states that:",                           # 'states that' with nothing named reports
    "We reached the following conclusions from the survey.",
])
def test_a_colon_after_the_writers_own_words_quotes_nothing(intro):
    text = f"{intro}\n\n{QUOTED}\n"
    got = _words(text)
    assert "impact on" in got and "at the present time" in got, (intro, got)


def test_the_paragraph_after_a_one_paragraph_quotation_is_the_writers_again():
    got = quoted_law_ranges(["The following is taken from an email sent by a firm.", "We are worried.",
                             "We will meet in respect of this."], ["paragraph"] * 3)
    assert list(got) == [1]
    # a heading ends the passage
    got = quoted_law_ranges(["The following is taken from an email sent by a firm.", "Next steps",
                             "We will meet."], ["paragraph", "heading", "paragraph"])
    assert got == {}


def test_a_claim_in_a_quoted_passage_is_not_the_writers():
    text = ("The following is taken from the consultant's report on the service.\n\n"
            "The plan was co-produced with residents through an online survey in May.\n")
    claims = [f for f in check_text(text, Config(min_severity="suggestion")).findings
              if f.rule == "consultation-as-co-production"]
    assert claims == []


@pytest.mark.parametrize("text, swap", [
    ("As an indicative cost, one home visit takes a worker about two hours.", ["a rough"]),
    ("The indicative budget for next year is £4 million.", ["rough"]),
])
def test_indicative_offers_only_what_fits_both_senses(text, swap):
    found = [f for f in check_text(text, Config(min_severity="suggestion")).findings if "indicative" in f.text.lower()]
    assert found and found[0].suggestions == swap, (text, found)
    assert "provisional" in found[0].message and "example" in found[0].message


@pytest.mark.parametrize("text", [
    "Officers have a discussion with the driver and the van is moved.",
    "The panel had a discussion about the new rota.",
    "Staff will hold a discussion with parents.",
])
def test_have_a_discussion_never_offers_discuss(text):
    found = _plain(text, text.split()[1] if text.split()[1] in ("have", "had", "hold") else text.split()[2])
    assert found and all("discuss" not in " ".join(s for s in f[2]) for f in found), found
    assert any(f[2] and f[2][0].startswith("talk") for f in found), found


@pytest.mark.parametrize("text, word", [
    ("The team checked the menus, thus placing trust in the earlier audit.", "thus"),
    ("We cut the fee, thereby helping more families.", "thereby"),
    ("Costs rose, hence reducing the reserve.", "hence"),
])
def test_an_adverb_of_result_before_an_ing_verb_has_no_swap(text, word):
    found = _plain(text, word)
    assert found and found[0][2] == [], found


@pytest.mark.parametrize("text, word, swap", [
    ("The fee has risen, thus fewer people applied.", "thus", ["so"]),
    ("Costs have risen, hence we must raise fees.", "hence", ["so"]),
])
def test_an_adverb_of_result_before_a_clause_keeps_so(text, word, swap):
    found = _plain(text, word)
    assert found and found[0][2] == swap, found
    # the note on an -ing verb is only where it applies
    messages = [f.message for f in check_text(text, Config(min_severity="suggestion")).findings
                if text[f.start:f.end].lower() == word]
    assert messages and "-ing" not in messages[0], messages


@pytest.mark.parametrize("text", [
    "The new route is more economically beneficial than the old one.",
    "The deal is mutually beneficial for both trusts.",
    "Planting trees is environmentally beneficial.",
])
def test_beneficial_after_an_adverb_of_a_field_is_a_set_phrase(text):
    assert _plain(text, "beneficial") == []


def test_beneficial_elsewhere_keeps_its_swap():
    assert _plain("The change will be very beneficial to tenants.", "beneficial")[0][2] == ["helpful", "useful"]


def test_the_pedantic_ones_are_suggestions():
    assert _plain("In broad terms, the bill sets out three duties.", "in broad terms")[0][1] == "suggestion"
    assert _plain("The group has met four times since its inception.", "inception")[0][1] == "suggestion"
    assert _plain("The tribunal asks whether it is necessary to keep the order.", "it is necessary") == []
    assert _plain("It is necessary to book a place before the visit.", "it is necessary")
