"""A person's post written in lower case beside their name ('Jo Lee, the chief nurse at ..., and Sam
Roe, the director of ...') is no item of a list: long-sentence never says it 'lists 4 things' to bullet
(set X re37, wrong). A real list after a name of a body still does. All sentences are our own."""

from __future__ import annotations

from plainlint.api import check_text
from plainlint.config import Config


def _long(text: str):
    cfg = Config(select=["long-sentence"], min_severity="suggestion")
    found = [f for f in check_text(text, config=cfg).findings if f.rule == "long-sentence"]
    assert len(found) == 1, found
    return found[0]


def test_names_with_their_posts_are_not_a_list_to_bullet():
    f = _long("In this post, Jo Lee, the director of digital services at Northshire Community Health NHS Trust "
              "(Northshire) and Sam Roe, the chief nurse for quality, safety and patient experience at Westvale "
              "Hospitals NHS Foundation Trust (Westvale), explain what they learned from moving their wards to "
              "paper-free records.")
    assert "bulleted list" not in f.message, f.message
    f = _long("The panel heard from Jo Lee, the chief nurse at Westvale Hospital, Sam Roe, the director of adult "
              "care for Northshire, and Kim Hale, the head of the carers centre in the town, about the new "
              "service and what it will mean for families.")
    assert "bulleted list" not in f.message, f.message


def test_a_real_list_after_a_body_still_gets_bullets():
    f = _long("Over the next two years the new short breaks service for disabled children will be planned with "
              "Northshire Council, the partner organisations in the county, the local schools in every town, the "
              "family doctors and the voluntary groups that support carers.")
    assert "bulleted list" in f.message, f.message
