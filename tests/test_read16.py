"""Set QR's wrong readability messages, each fixed as a class (session 22, brief read16): a word that is
a noun and a verb ('experience') named as a long abstract noun where it is the verb of its clause. Every sentence here is
our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _messages(text: str) -> list:
    cfg = Config()
    cfg.min_severity = "suggestion"
    r = check_text(text, cfg, fmt="text", name="example.txt")
    return [f.message for f in r.findings if f.rule == "long-sentence"]


def _abstract(text):
    from plainlint.checks.sentence_shape import shape

    texts = text.replace(",", " ,").replace(".", " .").split()
    word = [t[:1].isalnum() for t in texts]
    return [w.lower() for w in shape(texts, word, syllables=lambda w: 3 if len(w) >= 8 else 1, text=text).abstract]


# --- a noun that is a verb too, after its subject, 'that'/'which' with an object, or 'to': a verb
@pytest.mark.parametrize("text, verb", [
    ("The cost falls hardest on tenants who already experience hardship in the poorest wards.", "experience"),
    ("We experience long delays at the front door every winter.", "experience"),
    ("Carers told us they often experience loneliness in the evenings.", "experience"),
    ("Groups which influence the plan meet every month in the library.", "influence"),
    ("Parents want their children to experience nature close to home.", "experience"),
])
def test_a_noun_that_is_a_verb_is_no_abstract_noun_after_its_subject(text, verb):
    assert verb not in _abstract(text), _abstract(text)


@pytest.mark.parametrize("text, noun", [
    ("That experience was hard for every family involved in the development.", "experience"),  # a determiner
    ("Through that experience, the partnership learnt a lot about engagement.", "experience"),
    ("Pupils asked for access to experience of work and better information.", "experience"),  # 'of' after
    ("Please refer to evidence from the survey when you write the assessment.", "evidence"),  # a preposition after
    ("The experience of tenants and the influence of carers shaped the development.", "influence"),
])
def test_the_same_word_as_a_noun_is_still_an_abstract_noun(text, noun):
    assert noun in _abstract(text), _abstract(text)
