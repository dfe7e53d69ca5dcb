"""Sentence splitting: the unit most rules stand on."""

import pytest

from plainlint.analysis import get_nlp, split_sentences


def sents(text):
    doc = get_nlp().make_doc(text)
    return [doc[a:b].text for a, b in split_sentences(doc)]


@pytest.mark.parametrize("text", [
    "We use tools, e.g. surveys and interviews, to hear from people.",
    "Some groups, i.e. carers and young people, told us more.",
    "Dr. Patel chairs the board.",
    "See item No. 5 on the agenda.",
    "The rate rose to 3.5 per cent this year.",
    "The budget is £1.2m for the year.",
    "Mr. J. R. Smith asked a question.",
    "Cllr. Jones thanked officers for the report.",
    "See para. 3.2 of the report.",
    "The meeting on Jan. 20 agreed the plan.",
    "Prices rose... and then they fell.",
    "We work with partners (e.g. the NHS) on this.",
    "1. The council agreed the plan.",
    "2.3 The board noted the report.",
    "Approx. 40 people came to the event.",
])
def test_one_sentence(text):
    assert sents(text) == [text]


@pytest.mark.parametrize("text,expected", [
    ("The board met. It agreed the plan.", ["The board met.", "It agreed the plan."]),
    ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
    ("Is it ready? Yes, it is!", ["Is it ready?", "Yes, it is!"]),
    ("We chose Option A. The reason is cost.", ["We chose Option A.", "The reason is cost."]),
    ("Apples, pears etc. These are fruit.", ["Apples, pears etc.", "These are fruit."]),
    ("Go to A&E. They can help.", ["Go to A&E.", "They can help."]),
    ("(This is an aside.) The main point follows.", ["(This is an aside.)", "The main point follows."]),
])
def test_splits(text, expected):
    assert sents(text) == expected


def test_never_across_blocks(lint):
    r = lint("# Heading without a stop\n\nThe first paragraph\n\n- item one\n- item two\n", fmt="markdown")
    assert r.metrics["sentences"] == 4
