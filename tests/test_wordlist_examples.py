"""Every example on every word-list entry runs as a test (like sqlfluff's fix_str).

An entry's ``examples`` are sentences it must fire on; where an example has ``fixed``, the
sentence with the entry's first suggestion put in place of the matched words must be
exactly that text, so a suggestion that would not read as English in its sentence fails
here. ``not_examples`` are sentences the entry must leave alone (the other senses of a
sense-dependent word). The format is described in wordlists/README.md.
"""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config
from plainlint.wordlists import load_substitutions, resolve

LISTS = ("jargon.toml", "wordy-phrases.toml", "done-to.toml")
ENTRIES = [e for name in LISTS for e in load_substitutions(str(resolve(name)))]


def apply_first_suggestion(text: str, start: int, end: int, suggestions: list) -> str:
    """The text with the words at [start, end) replaced by the first suggestion. With no
    suggestion ("cut it"), the words go with the space before them; words that began the
    sentence go with the comma and space after them, and the next word takes the capital."""
    if suggestions:
        return text[:start] + suggestions[0] + text[end:]
    before, after = text[:start], text[end:]
    if before.rstrip() == "" or before.rstrip()[-1] in ".!?:":
        after = after.lstrip(" ,")
        if text[start:start + 1].isupper():
            after = after[:1].upper() + after[1:]
    elif before.endswith(" "):
        before = before[:-1]
    return before + after


def _findings(entry, text):
    result = check_text(text, Config(select=[entry.rule]), fmt="text", name="example.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.extra.get("entry") == entry.phrase]


def _cases(kind):
    for e in ENTRIES:
        items = e.examples if kind == "fire" else e.not_examples
        for i, ex in enumerate(items):
            yield pytest.param(e, ex, id=f"{e.list_name}:{e.phrase}:{kind}{i}")


@pytest.mark.parametrize("entry,ex", list(_cases("fire")))
def test_example_fires_and_its_fix_reads_right(entry, ex):
    text = ex["text"]
    found = _findings(entry, text)
    assert found, f"'{entry.phrase}' ({entry.list_name}) did not fire on: {text!r}"
    if "fixed" in ex:
        f = found[0]
        fixed = apply_first_suggestion(text, f.start, f.end, f.suggestions)
        assert fixed == ex["fixed"], f"'{entry.phrase}': suggestion {f.suggestions[:1]} gives {fixed!r}"


@pytest.mark.parametrize("entry,text", list(_cases("quiet")))
def test_not_example_is_left_alone(entry, text):
    found = _findings(entry, text)
    assert not found, f"'{entry.phrase}' ({entry.list_name}) fired on {text!r}: {[f.text for f in found]}"


def test_examples_are_checked_by_the_loader(tmp_path):
    """A malformed example is a word-list error, named with its entry, before any document."""
    from plainlint.errors import RuleFileError

    bad = tmp_path / "mine.toml"
    bad.write_text('[[entry]]\nphrase = "utilise"\nalternatives = ["use"]\nsource = "me"\n'
                   'examples = [{ text = "We utilise it.", fix = "We use it." }]\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="utilise.*examples"):
        load_substitutions(str(bad))
    ok = tmp_path / "ok.toml"
    ok.write_text('[[entry]]\nphrase = "utilise"\nalternatives = ["use"]\nsource = "me"\n'
                  'examples = [{ text = "We utilise it.", fixed = "We use it." }]\n'
                  'not_examples = ["We use it."]\n', encoding="utf-8")
    (entry,) = load_substitutions(str(ok))
    assert entry.examples == [{"text": "We utilise it.", "fixed": "We use it."}]
    assert entry.not_examples == ["We use it."]


def test_apply_first_suggestion():
    assert apply_first_suggestion("We will utilise it.", 8, 15, ["use"]) == "We will use it."
    assert apply_first_suggestion("We are in the process of reviewing it.", 7, 24, []) == "We are reviewing it."
    assert apply_first_suggestion("Needless to say, it is late.", 0, 15, []) == "It is late."


def test_every_entry_has_an_example_and_its_fix_is_checked():
    """Every entry of our lists fires on at least one example; every entry that offers a
    swap shows the fixed sentence (its first alternative in place), so each suggestion is
    checked to read as English in a sentence."""
    missing = [f"{e.list_name}:{e.phrase}" for e in ENTRIES if not e.examples]
    assert not missing, f"entries without examples: {missing}"
    unchecked = [f"{e.list_name}:{e.phrase}" for e in ENTRIES
                 if e.alternatives and not any("fixed" in ex for ex in e.examples)]
    assert not unchecked, f"entries that offer a swap but show no fixed sentence: {unchecked}"


def test_alternatives_are_words_to_put_in_not_instructions():
    """A suggestion is pasted into the sentence; advice to the writer ('the specific ethnic
    groups you mean') is a note, never an alternative (set M corpus co02)."""
    import re

    told = re.compile(r"\byou mean\b|\byou have in mind\b|^the specific\b|\bwhere you can\b")
    bad = [f"{e.list_name}:{e.phrase} -> {a}" for e in ENTRIES for a in e.alternatives if told.search(a)]
    assert not bad, f"alternatives that tell the writer what to do: {bad}"
    assert told.search("the specific ethnic groups you mean") and not told.search("as soon as you can")


def test_sense_dependent_entries_have_must_not_fire_sentences():
    """An entry with a context guard (prev/next/not_prev/not_next) is sense-dependent: its
    other senses are shown by sentences it must leave alone."""
    missing = [f"{e.list_name}:{e.phrase}" for e in ENTRIES
               if (e.prev or e.next or e.not_prev or e.not_next) and not e.not_examples]
    assert not missing, f"guarded entries without not_examples: {missing}"


def test_examples_are_not_copied_from_the_corpus():
    """Examples are our own sentences: none may appear in the shared corpus's text files."""
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus.glob("*.md")] if corpus.is_dir() else []
    if not texts:
        pytest.skip("../shared/corpus/real is absent")
    blob = "\n".join(" ".join(t.split()) for t in texts)
    copied = [ex["text"] for e in ENTRIES for ex in e.examples if len(ex["text"]) > 40 and ex["text"] in blob]
    assert not copied, copied
