"""Words of a plain-words entry set in title case within a sentence are a name the writer
gives a place or programme ('a One Stop Shop', 'the Deep Dive Programme'): no swap, and at most
a suggestion; the same words in lower case are still swapped."""

from plainlint.api import check_text
from plainlint.config import Config


def _found(text, words):
    return [f for f in check_text(text, Config(select=["plain-words"])).findings if f.text.lower() == words]


def test_a_title_cased_name_mid_sentence_gets_no_swap():
    found = _found("When you visit a One Stop Shop to renew a permit, bring proof of address.", "one stop shop")
    assert found, "the entry should still see the words"
    assert all(not f.suggestions and f.severity == "suggestion" for f in found), [
        (f.suggestions, f.severity) for f in found]


def test_the_same_words_in_lower_case_are_swapped():
    found = _found("The new library will be a one stop shop for advice on benefits.", "one stop shop")
    assert found and found[0].suggestions and found[0].severity != "suggestion", [
        (f.suggestions, f.severity) for f in found]
