"""Letters whose glossary words describe a noun without naming it ('voluntary, community and social enterprise'
for VCSE): used with no noun after them, the bare words put in their place would not read, so the message names
the noun and offers no fix; with a noun after them the usual fix stands (corpus reading, session 18). Our own
sentences."""

from plainlint.api import check_text
from plainlint.config import Config
from plainlint.wordlists import load_acronyms

_FILLER = " The working group will report back to the board in the spring with a summary of what it heard." * 12


def _undefined(text):
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined"]


def test_letters_with_no_noun_after_them_get_the_noun_and_no_fix():
    (f,) = _undefined("The trust keeps close links with VCSE through its seat on the partnership board.")
    assert f.suggestions == []
    assert "voluntary, community and social enterprise sector (VCSE)" in f.message


def test_letters_before_their_noun_keep_the_usual_fix():
    (f,) = _undefined("The council funds VCSE organisations in every ward of the city.")
    assert f.suggestions == ["voluntary, community and social enterprise (VCSE)"]


def test_needs_letters_with_no_noun_name_the_needs():
    (f,) = _undefined("More children with SEMH are waiting for a school place this autumn.")
    assert f.suggestions == []
    assert "mental health needs (SEMH)" in f.message


def test_plural_letters_whose_words_name_the_things_keep_the_fix():
    # "VCSEs": the words in the plural ("... social enterprises") name the organisations themselves
    (f,) = _undefined("The council funds VCSEs in every ward of the city.")
    assert f.suggestions == ["voluntary, community and social enterprises (VCSEs)"]


def test_letters_that_describe_people_keep_the_fix():
    # "identified as BME": the describing words read well on their own after "as"; no noun is given for them
    (f,) = _undefined("The share of staff who identified as BME rose again this year.")
    assert f.suggestions


def test_every_noun_in_the_glossary_is_one_plain_word():
    nouns = {k: a.noun for k, a in load_acronyms().items() if a.noun}
    assert {"VCSE", "SEMH"} <= set(nouns)
    assert all(n.isalpha() and n.islower() for n in nouns.values())
