"""One definition of a web or e-mail address (plainlint.addresses) for the word counts, the
word-list check and the acronym check."""

from __future__ import annotations

import pytest

from plainlint.addresses import ADDRESS, is_address_text, is_address_token
from plainlint.analysis import get_nlp


@pytest.mark.parametrize("token", ["www.nhs.uk", "https://example.org/a?b=c", "help@leeds.gov.uk",
                                   "gmc-uk.org", "gov.wales", "mygov.scot", "ftp://files.example.com"])
def test_addresses_are_addresses_as_tokens_and_in_text(token):
    (tok,) = [t for t in get_nlp(None)(token) if not t.is_space][:1]
    assert is_address_token(tok)
    assert ADDRESS.search(f"See {token} for more.")


@pytest.mark.parametrize("text", ["utilise", "NHS", "e.g.", "A&E", "3.5m", "co-production", "p.4"])
def test_words_are_not_addresses(text):
    assert not any(is_address_token(t) for t in get_nlp(None)(text))
    assert not ADDRESS.search(text)


def test_every_reader_of_addresses_uses_the_one_definition():
    import importlib

    from plainlint import metrics
    from plainlint.checks import substitution

    survey = importlib.import_module("plainlint.checks.acronyms.survey")  # the package exports a function of that name

    assert metrics.ADDRESS is ADDRESS
    # substitution asks once per distinct text (is_address_text), which asks is_address_token
    assert substitution.is_address_text is is_address_text and survey.is_address_token is is_address_token
    vocab = get_nlp(None).vocab
    for text in ("www.example.org", "jo@example.org", "https://x.org/a", "plain", "3.2"):
        assert is_address_text(vocab, text) is is_address_token(get_nlp(None)(text)[0])
