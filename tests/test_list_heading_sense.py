"""A list item is a word or two: the heading over its list, like its lead-in, can show a
word-list entry's other sense (Entry.not_with). Set NN co05 (wrong): 'non-compliance' in an
item under 'Our approach to enforcement' was offered 'not following the plan' (our own text)."""

from plainlint.api import check_text
from plainlint.config import Config


def _found(text, words):
    cfg = Config(min_severity="suggestion")
    return [f.rule for f in check_text(text, cfg, fmt="markdown").findings if f.text.lower() == words]


def test_a_heading_naming_enforcement_shows_the_rule_breaking_sense():
    text = ("# How we deal with breaches of trading rules\n\nWe look at several things first.\n\n"
            "## Our approach to enforcement\n\nWhat we do next depends on:\n\n"
            "- how much harm was done\n- whether there was earlier non-compliance\n")
    assert _found(text, "non-compliance") == []


def test_a_heading_about_care_keeps_the_finding():
    text = ("# Your care at home\n\nWe look at several things first.\n\n"
            "## Taking your tablets\n\nYour nurse will ask about:\n\n"
            "- how you are sleeping\n- any non-compliance by the patient\n")
    assert _found(text, "non-compliance") == ["done-to-language"]
