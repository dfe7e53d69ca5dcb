"""A linking phrase's swap is offered only in a frame that proves it (issue 17, twelfth session).

Of the wrong findings the independent readers found on sets O and P, most were the swap of a
linking phrase whose fixed sentence broke or changed the sense: 'a consent area with regard to
street trading' -> 'about', 'valuable in order to speak' -> 'valuable to speak', 'ranked very
high in that regard' -> 'about that'. So the swap is the exception: 'about', 'on' or 'for' is
offered where the word the phrase hangs on takes it (a noun with its own preposition, a verb of
speaking, a noun of change), where the next word settles it ('about how') or where the phrase
opens a clause; a purpose 'to' where no adjective or noun takes it as its own. Everywhere else
the finding stays, as advice with no fix, and its note names the choices. Our own sentences.
"""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from plainlint import engine, resources
from plainlint.api import check_text
from plainlint.checks.substitution import _ABOUT_LINKS, _AMOUNT_LINKS
from plainlint.cli import main
from plainlint.config import Config
from plainlint.wordlists import load_substitutions, resolve

LISTS = ("jargon.toml", "wordy-phrases.toml", "done-to.toml")


def _found(text: str, words: str):
    found = [f for f in check_text(text).findings if f.category == "plain-words" and text[f.start:f.end] == words]
    assert found, f"{words!r} not found in {text!r}"
    return found[0]


# a frame proves no swap: the finding stays (a warning, or a suggestion where the phrase does
# work), with no fix
ADVICE = [
    ("The council agreed to make the whole town a consent area with regard to street trading.", "with regard to"),
    ("The cemetery keeps an open door with regards to funeral arrangements.", "with regards to"),
    ("The school ranked very high in that regard.", "in that regard"),
    ("A visit may be made at any time in connection with any enquiries from neighbours.", "in connection with"),
    ("The panel noted progress made in regard to the new library.", "in regard to"),
    # opening a clause before an -ing verb: 'On requesting a review, ...' reads as 'when'
    ("In relation to requesting a review, both panels agreed to wait.", "In relation to"),
    # after 'be' and an adjective a bare 'to' reads as the adjective's own
    ("Staff said that a union voice would be valuable in order to speak on pay.", "in order to"),
    ("Early help has been very important in order to keep families together.", "in order to"),
    # a noun already named ('those issues') may leave the phrase to the verb: 'in', not 'about'
    ("The review found a way to bring those issues with regard to town planning into one plan.", "with regard to"),
]


@pytest.mark.parametrize("text, words", ADVICE)
def test_no_swap_where_no_frame_proves_one(text, words):
    f = _found(text, words)
    assert f.suggestions == [], f"{text!r} -> {f.suggestions}"


def test_the_advice_names_the_choices():
    f = _found(ADVICE[0][0], ADVICE[0][1])
    assert "'about'" in f.message and "'for'" in f.message and "fits the sentence" in f.message
    f = _found(ADVICE[2][0], ADVICE[2][1])
    assert "'about that'" in f.message and "'in that respect'" in f.message


# a frame proves the swap: it is offered
SWAPS = [
    ("Residents raised concerns with regard to parking.", "with regard to", "about"),
    ("We wrote to every tenant with regard to the new rents.", "with regard to", "about"),
    ("We will write to you in this regard.", "in this regard", "about this"),
    ("There is no news in that regard.", "in that regard", "about that"),
    ("The workshop was focused on the topic of loneliness.", "on the topic of", "on"),
    ("In relation to parking, the rules are unchanged.", "In relation to", "For"),  # a clause of fact: 'For' first (set YZ pl50)
    ("The change was made in order to cut costs.", "in order to", "to"),
    ("Extra staff would be needed in order to open on Sundays.", "in order to", "to"),
    ("We met residents in order to hear their views.", "in order to", "to"),
]


@pytest.mark.parametrize("text, words, swap", SWAPS)
def test_the_swap_stays_where_a_frame_proves_it(text, words, swap):
    f = _found(text, words)
    assert f.suggestions[:1] == [swap]


def test_every_linking_phrase_names_its_choices():
    """Every phrase of our lists in the sense of 'about' (a topic) carries the note its advice
    gives where no frame proves a swap."""
    missing = [e.phrase for name in LISTS for e in load_substitutions(str(resolve(name)))
               if e.pos == "phrase" and " " in e.phrase and any(a.lower() in _ABOUT_LINKS for a in e.alternatives)
               and not any(a.lower() in _AMOUNT_LINKS for a in e.alternatives) and not e.unsure_note]
    assert not missing, missing


def test_the_advice_carries_no_fix_in_any_format(tmp_path):
    text = ADVICE[0][0]
    path = tmp_path / "paper.txt"
    path.write_text(text + "\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(main, ["check", "--isolated", "--no-cache", "--select", "wordy-phrase", "--format", "json",
                             str(path)], catch_exceptions=False)
    found = [f for doc in json.loads(r.stdout)["files"] for f in doc["findings"] if f["text"] == "with regard to"]
    assert found and found[0]["suggestions"] == []
    r = runner.invoke(main, ["check", "--isolated", "--no-cache", "--select", "wordy-phrase", "--format", "sarif",
                             str(path)], catch_exceptions=False)
    results = [res for run in json.loads(r.stdout)["runs"] for res in run["results"]]
    assert results and not any("fixes" in res for res in results)
    r = runner.invoke(main, ["check", "--isolated", "--no-cache", "--select", "wordy-phrase", str(path)],
                      catch_exceptions=False)
    assert "with regard to" in r.stdout and "Suggested" not in r.stdout
    runner.invoke(main, ["check", "--fix", "--isolated", "--no-cache", "--select", "wordy-phrase", "-q",
                         str(path)], catch_exceptions=False)
    assert path.read_text(encoding="utf-8") == text + "\n"


def test_a_writers_own_linking_phrase_is_advice_too(tmp_path, monkeypatch):
    """A list of the writer's own gives no note: the advice names the entry's alternatives."""
    rules = tmp_path / "rules"
    shutil.copytree(resources.rules_dir(), rules)
    words = tmp_path / "wordlists"
    shutil.copytree(resources.wordlists_dir(), words)
    (words / "house-links.toml").write_text(
        '[[entry]]\nphrase = "as touching"\nalternatives = ["about", "on"]\nsource = "our house style"\n',
        encoding="utf-8")
    (rules / "house-links.toml").write_text('''id = "house-links"
category = "plain-words"
severity = "warning"
kind = "substitution"
summary = "Our linking phrases."
message = "Write '{suggestion}' in our house style."
why = "Plain links read better."
sources = ["our house style"]
must-fire = [{ text = "We wrote to you as touching the rent.", span = "as touching", suggestion = "about" }]
must-not-fire = ["We wrote to you about the rent."]

[options]
wordlist = "house-links.toml"
''', encoding="utf-8")
    monkeypatch.setattr(resources, "rules_dir", lambda: rules)
    monkeypatch.setattr(resources, "wordlists_dir", lambda: words)
    monkeypatch.setattr(engine, "_rules_cache", None)
    found = check_text("The board kept an open mind as touching the plan.", Config(select=["house-links"])).findings
    assert [(f.text, f.suggestions) for f in found] == [("as touching", [])]
    assert "'about' or 'on'" in found[0].message
    found = check_text("We wrote to you as touching the rent.", Config(select=["house-links"])).findings
    assert [(f.text, f.suggestions[:1]) for f in found] == [("as touching", ["about"])]


@pytest.mark.parametrize("text, words, severity", [
    # a second purpose stacked on a first: 'to' would hang on the noun before it ('the evidence
    # base to improve'), for every purpose phrase, not only 'in order to'
    ("We will use the data to support the evidence base as a means to improve health.", "as a means to",
     "suggestion"),
    ("We will use the data as a means to improve health.", "as a means to", "warning"),
])
def test_a_stacked_purpose_is_a_suggestion_for_every_purpose_phrase(text, words, severity):
    assert _found(text, words).severity == severity
