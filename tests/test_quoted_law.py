"""Law or a document's wording quoted word for word after it is named and introduced ('... section 5
of the Housing Act 1996. It says: ...'): the writer cannot reword it, so plain words, long sentence
and reading age's named sentences read it as a quotation (set DD pl21, re46). A writer's own
sentence after a colon that opens a list stays checked."""

from __future__ import annotations

from plainlint.analysis import quoted_law_ranges
from plainlint.api import check_text
from plainlint.config import Config

LONG = ("where a tenant has been granted a tenancy of a dwelling house in respect of which the landlord is "
        "the authority, the authority may, in such circumstances as it thinks fit and subject to any "
        "direction given under subsection 4, vary the rent payable in respect of the dwelling house")


def _found(text: str, rule: str) -> list:
    cfg = Config(select=[rule], min_severity="suggestion")
    return [f for f in check_text(text, config=cfg).findings if f.rule == rule]


def _shown(text: str, rule: str) -> list:
    return [f for f in _found(text, rule) if f.severity != "suggestion"]


def test_law_quoted_in_the_next_paragraphs_is_someone_elses_words():
    text = ("The council can change rents under section 24 of the Housing Act 1985. It says:\n\n"
            f"a. {LONG[0].upper() + LONG[1:]}.\n\n"
            "b. The power in subsection 1 is exercised in accordance with the scheme.\n\n"
            "We review our rents every April.\n")
    assert not _shown(text, "long-sentence")
    assert not [f for f in _found(text, "long-sentence") if "says" not in f.message and "quoted" not in f.message]
    assert not [f for f in _found(text, "wordy-phrase") if "in respect of" in f.message or "in accordance" in f.message]


def test_law_quoted_after_the_colon_in_the_same_paragraph():
    text = f"Regulation 7 of the Lettings Regulations 2003 reads as follows: {LONG}.\n"
    assert not _shown(text, "long-sentence")
    assert not [f for f in _found(text, "wordy-phrase") if "in respect of" in f.message]


def test_the_writers_own_list_after_a_colon_stays_checked():
    text = ("Under section 24 of the Housing Act 1985 we will do three things:\n\n"
            f"a. We will write to every tenant {LONG}.\n\n"
            "b. We will meet in respect of the review.\n")
    assert _shown(text, "long-sentence")
    assert [f for f in _found(text, "wordy-phrase") if "in respect of" in f.message]


def test_no_law_named_no_quotation():
    text = f"Our officers have thought about this. It says:\n\nWe met {LONG}.\n"
    assert _shown(text, "long-sentence")


def test_the_paragraph_after_the_quotation_is_the_writers_again():
    got = quoted_law_ranges(["Section 3 of the Care Act 2014 states:", "The authority must keep a list.",
                             "We will meet in respect of this."], ["paragraph"] * 3)
    assert got == {1: [(0, len("The authority must keep a list."))]}
    got = quoted_law_ranges(["Article 8 provides that: everyone has the right to respect."], ["paragraph"])
    assert got == {0: [(len("Article 8 provides that: "), len("Article 8 provides that: everyone has the right to respect."))]}
    assert quoted_law_ranges(["Our plan covers:", "Housing in respect of tenants."], ["paragraph"] * 2) == {}
    # the writer's own list of changes made under a law: no quoting verb before the colon
    assert quoted_law_ranges(["Under section 5 of the Housing Act 1996 the changes are as follows:",
                              "We will meet in respect of this."], ["paragraph"] * 2) == {}


def test_reading_age_does_not_name_the_quoted_law():
    quoted = ("Notwithstanding the foregoing provisions, the authority may determine, in such circumstances as it "
              "considers appropriate, the discretionary reduction applicable, subject to regulations prescribing "
              "administrative arrangements for determinations.")
    own = ["Our organisational accountability arrangements necessitate comprehensive consideration of "
           "operational sustainability.",
           "The partnership will prioritise collaborative commissioning and integrated neighbourhood development."]
    text = ("Reductions are made under section 13 of the Local Finance Act 1992. It says:\n\n"
            f"a. {quoted}\n\n" + "\n\n".join(own * 5) + "\n")
    got = _found(text, "reading-age")
    assert got and "Our organisational accountability" in got[0].message
    assert "Notwithstanding" not in got[0].message


def test_a_notice_or_standard_quoted_after_states_that():
    """A standard of a compliance notice quoted word for word after 'states that:' (set KK re13): the
    writer cannot split it; the same words as the writer's own, with no quoting lead-in, are still told."""
    quoted = ("(a) You must keep a record, in the language the caller chose, of each call made to the service "
              "during the year, which shows the way in which the standard with which you were under a duty "
              "to comply was met on each day.")
    text = f"Each of the duties in the Service Notice states that:\n\n{quoted}\n\nWe met this duty in full.\n"
    assert not _shown(text, "long-sentence")
    assert _shown(f"Our plan for the year is below.\n\n{quoted}\n", "long-sentence")
    got = quoted_law_ranges(["One standard in the Delivery Standards states that:", "(a) You must answer in Welsh."],
                            ["paragraph"] * 2)
    assert got == {1: [(0, len("(a) You must answer in Welsh."))]}
    # 'states that' after no named document or law quotes nothing
    assert quoted_law_ranges(["The officer states that:", "We will answer in Welsh."], ["paragraph"] * 2) == {}
