"""'stakeholders' where the page has already said who they are (issue 17, fifteenth session): a
list of people or bodies earlier in the same paragraph, in the paragraph before, or in the bullets
just above, or 'partners such as ...' (set AA pl16, pl44, both pedantic). There the finding is a
suggestion; where nothing before says who, it stays a warning. Our own sentences, both ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain
from plainlint.api import check_text
from plainlint.checks.substitution import _names_a_list


@pytest.mark.parametrize("text", [
    # the paragraph before lists groups of people
    "We spoke to tenants, leaseholders and local businesses about the plans.\n\n"
    "The views of stakeholders shaped the final design.",
    # the paragraph before lists bodies by name
    "The review was run with Northshire County Council, Eastvale Police and Riverside Health Trust.\n\n"
    "All stakeholders agreed the action plan in July.",
    # earlier in the same paragraph
    "We met carers, patients and staff in three sessions. The feedback from stakeholders was clear.",
    # 'partners such as ...' earlier in the paragraph
    "We worked with partners such as the library service. Stakeholders asked for longer opening hours.",
    # 'stakeholders include ...' in the paragraph before
    "Stakeholders include ward councillors, parish clerks and the bus company.\n\n"
    "We will hold two more sessions with key stakeholders in the autumn.",
])
def test_stakeholders_named_before_is_a_suggestion(text):
    found = _plain(text, "stakeholder")
    assert found and all(f[1] == "suggestion" for f in found), found


@pytest.mark.parametrize("text", [
    # nothing before says who
    "The plan was approved in May.\n\nThe views of stakeholders shaped the final design.",
    # a heading between: a new section
    "We spoke to tenants, leaseholders and local businesses about the plans.\n\n# Next steps\n\n"
    "The views of stakeholders will shape the final design.",
    # one group named is no list
    "We spoke to tenants about the plans.\n\nThe views of stakeholders shaped the final design.",
    # a list two paragraphs up is too far
    "We spoke to tenants, leaseholders and local businesses about the plans.\n\n"
    "The budget was set in March.\n\nThe views of stakeholders shaped the final design.",
])
def test_stakeholders_not_named_before_stays_a_warning(text):
    found = _plain(text, "stakeholder")
    assert found and found[0][1] == "warning", found


@pytest.mark.parametrize("text,named", [
    ("our tenants, residents and leaseholders", True),
    ("Eastvale Police, Riverside Health Trust and the council", True),
    ("partners such as schools", True),
    ("a mailing list of stakeholders, including shops, sports clubs and farmers", True),
    ("Stakeholders include ward councillors and parish clerks", True),
    ("the stakeholders included in the review", False),  # a past participle, no list
    ("the plan for tenants was agreed", False),
    ("In the spring, the council met", False),
    # a person and a post, a title's words, a date: no list of bodies
    ("Ms Grey, Cabinet Member for Housing, said", False),
    ("the Cabinet Members for Parks, Leisure and Culture", False),
    ("On 3 March, Members agreed the plan", False),
])
def test_a_list_of_people_or_bodies(text, named):
    assert _names_a_list(text) is named


# bullets just above naming who (set AA pl44); a list's marks shift the offsets, so the finding is
# found by its message
@pytest.mark.parametrize("bullets,severity", [
    ("- local businesses\n- community groups\n- landowners", "suggestion"),
    ("- the car park\n- the new café\n- the play area", "warning"),
    ("- a mailing list of stakeholders, including shops, sports clubs and farmers\n- a walk round the site\n"
     "- a drop-in day", "suggestion"),
])
def test_stakeholders_after_bullets(bullets, severity):
    text = (f"We looked at these parts of the site:\n\n{bullets}\n\n"
            "In the spring we will ask stakeholders for their views.")
    found = [f for f in check_text(text).findings if f.category == "plain-words" and "takeholders" in f.message]
    assert found and found[0].severity == severity, found


# a minute-taker's formula pointing to a numbered part: a suggestion (issue 17 class c)
@pytest.mark.parametrize("text,word", [
    ("In respect of item 5, members noted the update.", "in respect of"),
    ("With regard to minute 7/24, the clerk confirmed the grant had been paid.", "with regard to"),
])
def test_a_formula_before_a_numbered_part_is_a_suggestion(text, word):
    found = _plain(text, word)
    assert found and found[0][1] == "suggestion", found


@pytest.mark.parametrize("text,word", [
    ("In respect of the new depot, members noted the update.", "in respect of"),
    ("With regard to the grant, the clerk confirmed it had been paid.", "with regard to"),
])
def test_the_same_formula_before_a_topic_stays_a_warning(text, word):
    found = _plain(text, word)
    assert found and found[0][1] == "warning", found


def test_a_formula_before_a_laws_section_keeps_its_warning():
    # 'with reference to section 9 of the Act' means 'under': the advice is wanted
    found = _plain("Officers may act when it is needed (with reference to section 9 of the Act).", "with reference to")
    assert found and found[0][1] == "warning", found
