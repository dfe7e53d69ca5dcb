"""Issue 17: a wordy phrase said three times in one sentence is shown (a warning on the first,
with the count); twice, or once in each of three sentences, each stays a suggestion."""

from plainlint.api import check_text
from plainlint.config import Config


def _found(text):
    result = check_text(text, Config(select=["wordy-phrase"]), name="example.txt")
    return [f for f in result.findings if f.text.lower() == "in terms of"]


def test_three_in_one_sentence_first_is_a_warning_with_the_count():
    found = _found("The board asked in terms of money, in terms of staff and in terms of rooms what the move would need.")
    assert [f.severity for f in found] == ["warning", "suggestion", "suggestion"]
    assert "It comes 3 times in this one sentence." in found[0].message


def test_twice_or_spread_over_sentences_stays_hidden():
    for text in ("The board asked in terms of money and in terms of staff what the move would need.",
                 "The board asked in terms of money. It asked in terms of staff. It asked in terms of rooms."):
        found = _found(text)
        assert found and all(f.severity == "suggestion" for f in found), [(f.severity, f.message) for f in found]
        assert not any("this one sentence" in f.message for f in found)
