"""Issue 15's speed shortcut in the long-sentence check's reading of a roll of names and titles
(checks/sentence_shape.py): ``shape`` walks a sentence's parts between commas and semicolons
(``_roll_words``) only where it has two commas or semicolons at least and two tokens that are
job titles (three parts need two marks, and a roll two titles). Asked of every sentence,
``_roll_words`` gives the roll ``shape`` gives, on sentences of our own, the fixtures (and the
shared corpus where it is present) and text made by hypothesis."""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.checks.sentence_shape import _roll_words, shape
from plainlint.metrics import syllables
from sentence_helpers import markdown_files, sentences as _sentences


_OURS = [
    "The report was presented by Kim Hart, Head of Housing, Lee Moss, Finance Director, and Ana Webb, "
    "Senior Officer, who answered questions from the members of the panel about the budget.",
    "Present were Jo Smith, Chair; Raj Patel, Vice Chair; Mo Lane, Director of Care; and Ed Fox, Treasurer, "
    "with two members of the public watching online.",
    "The director said that the plan, which the officer wrote, was late, but the chair and the manager agreed "
    "that it could go ahead next year without more changes.",
    "Jo Smith (Director, Adult Care, North), Sam Lee (Manager) and Ali Khan (Officer) met the residents' group "
    "on Tuesday to talk about the changes to the service.",
]


def _same(sentences) -> int:
    rolls = 0
    syl = syllables()
    for texts, word, lows, text in sentences:
        words = [i for i in range(len(texts)) if word[i]]
        if not words:
            continue
        slow = _roll_words(texts, lows, word, words[0])
        assert shape(texts, word, syl, text, lows=lows, long_words=False).roll == slow, text
        rolls += slow > 0
    return rolls


def test_roll_on_our_sentences_the_fixtures_and_the_corpus():
    assert _same(_sentences(_OURS)) >= 2  # our rolls are found both ways
    paths = markdown_files()
    _same(_sentences(paths))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Jo", "Smith", "Director", "director", "Officer", "Head", "of", "Care", ",", ";",
                                 "(", ")", "and", "the", "plan", "Chair", "Manager", "was", "late", "Lee"]),
                min_size=3, max_size=40))
def test_roll_on_made_up_text(parts):
    _same(_sentences([" ".join(parts) + "."]))
