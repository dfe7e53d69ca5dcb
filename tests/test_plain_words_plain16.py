"""Plain words after the judged plain-words items of set QR at ff52a90 (brief plain16).

1. 'the vast majority of' after a negative: 'most' alone weakened the claim (nearly all ->
   more than half, pl24) and 'nearly all' turns round there; now no swap, and the frame's
   own note (prev_alternatives' ``note``) says to put the count before the negative.
2. 'incidence' -> 'rate of new cases' where it does not read (pl32, pl35): before a count of
   cases, before a habit or a state said to be common (no_swap_after), or after a word of size
   with no 'a' or 'the' before it ('rate' is counted); kept where it reads.
3. 'With reference to article N of the minute of ...' (pl46): a minute's article, not a law's,
   is the minutes' own formula for pointing back; a suggestion, and the note no longer offers
   'under (a rule or an article)'.
Sentences in our own words."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _found(text, words):
    cfg = Config(select=["plain-words"], min_severity="suggestion")
    return [f for f in check_text(text, cfg).findings if f.text.lower() == words]


# 1. 'the vast majority of'
@pytest.mark.parametrize("text", [
    "Those pills do not help in the vast majority of cases, the review found.",
    "The depot does not serve the vast majority of the villages.",
    "We never hear from the vast majority of tenants.",
])
def test_vast_majority_after_a_negative_gets_advice_not_most(text):
    found = _found(text, "the vast majority of")
    assert len(found) == 1
    assert found[0].suggestions == []
    assert "nearly all" in found[0].message
    assert "Say 'most'" not in found[0].message


@pytest.mark.parametrize("text, fixed", [
    ("The vast majority of tenants said the repairs were good.", ["Nearly all", "Most"]),
    ("Staff answered the vast majority of calls within a minute.", ["nearly all", "most"]),
])
def test_vast_majority_elsewhere_offers_nearly_all_first(text, fixed):
    assert [f.suggestions for f in _found(text, "the vast majority of")] == [fixed]


# 2. 'incidence'
@pytest.mark.parametrize("text", [
    "It is rare in children, with an incidence of about 30 new cases a month across the region.",
    "The clinic reported an incidence of 1,200 cases a year of the infection.",
    "People on the ward have a much higher incidence of drinking and poor diet than other patients.",
    "The estate has a high incidence of smoking and obesity among adults, the health profile shows.",
    "Men in the borough have higher incidence of stroke than women.",
    "Higher incidence of stroke is seen in the east of the county.",
])
def test_incidence_where_the_swap_does_not_read_gets_advice(text):
    found = _found(text, "incidence")
    assert len(found) == 1, [f.text for f in check_text(text).findings]
    assert found[0].suggestions == []
    assert "rate of new cases of about" not in found[0].message


@pytest.mark.parametrize("text", [
    "The incidence of falls among care home residents rose last winter.",
    "Screening aims to cut the high incidence of lung cancer in the borough.",
    "Areas with a high incidence of stroke get extra checks.",
    "Men in the borough have a considerably higher incidence of stroke than women.",
])
def test_incidence_keeps_its_swap_where_it_reads(text):
    found = _found(text, "incidence")
    assert len(found) == 1
    assert found[0].suggestions and found[0].suggestions[0].endswith("rate of new cases")


# 3. 'With reference to article N of the minute'
@pytest.mark.parametrize("text", [
    "With reference to article 4 of the minute of the meeting of this Board of 3 May, 2011, the "
    "Board had before it a report by the Clerk.",
    "With reference to articles 3 and 4 of the minutes of the Panel of 9 June, the Clerk reported on the bins.",
])
def test_with_reference_to_a_minutes_article_is_a_suggestion_without_under(text):
    found = _found(text, "with reference to")
    assert len(found) == 1
    assert found[0].severity == "suggestion"
    assert "'under'" not in found[0].message


def test_with_reference_to_a_laws_article_keeps_the_warning():
    found = _found("With reference to article 8 of the Act, staff may enter a home only when it is needed.",
                   "with reference to")
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert "'under'" in found[0].message


def test_incidence_of_a_habit_with_no_article_gets_the_how_common_note():
    # the habit's note, not the missing 'a': 'a higher rate of new cases of smoking' is no fix
    found = _found("Tenants on the estate have far higher incidence of smoking and obesity than the county.",
                   "incidence")
    assert len(found) == 1
    assert found[0].suggestions == []
    assert "how common" in found[0].message
    assert "add one" not in found[0].message
