"""Every word-list entry's fixed-sentence examples, run through ``plainlint check --fix``.

Each ``[[entry]]`` of our substitution lists carries ``examples = [{ text, fixed }]``, where
``fixed`` is the sentence with the entry's first suggestion in place. Here every such
sentence is written to a file of its own and the whole folder goes through one
``check --fix`` per rule. An entry with exactly one plain alternative (or an adjective with
one one-word alternative, the only one that stands before its noun: every such example is
written before its noun; or one alternative for the place the example puts the words in,
``after_be``, ``after_adjective`` or ``as_adjective``), in a rule whose fixes
are safe, rated a warning or an error, must come out exactly as ``fixed``; any other
(several alternatives, a matter of taste rated a suggestion, or a rule that leaves the
choice to the writer) must come out unchanged: ``--fix`` never chooses.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from click.testing import CliRunner

from plainlint.analysis import get_nlp
from plainlint.checks.substitution import _LINK_SWAPS, _NOUN_PREPOSITIONS, _OWN_FIRST_WORD, _PEOPLE_AND_BODIES
from plainlint.checks.substitution import _link_governor as _link_governor_of
from plainlint.cli import main
from plainlint.engine import all_rules
from plainlint.config import Config
from plainlint.fix import fix_source, fixable_rules

ROOT = Path(__file__).resolve().parent.parent
LISTS = {"jargon.toml": "jargon", "wordy-phrases.toml": "wordy-phrase", "done-to.toml": "done-to-language"}


def _has(words: str, sentence: str) -> bool:
    """Are the words in the sentence as whole words ('regular' is not in 'regularly')?"""
    return re.search(r"(?<![\w-])" + re.escape(words.lower()) + r"(?![\w-])", sentence.lower()) is not None


def _examples(folder: Path = ROOT / "wordlists"):
    """(rule, phrase, alternatives, severity, text, fixed) for every example with a fixed sentence."""
    out = []
    for name, default_rule in LISTS.items():
        data = tomllib.loads((folder / name).read_text(encoding="utf-8"))
        rule = data.get("meta", {}).get("rule", default_rule)
        for entry in data.get("entry", []):
            for ex in entry.get("examples", []):
                if isinstance(ex, dict) and "fixed" in ex:
                    severity = entry.get("severity") or all_rules()[rule].severity
                    alternatives = list(entry["alternatives"])
                    if entry.get("pos") == "adjective" and rule != "done-to-language":
                        alternatives = [a for a in alternatives if " " not in a] or alternatives
                    for key in ("after_be", "after_adjective", "as_adjective", "before_ing"):
                        # an example of the words in that place ('is deliverable' -> 'is
                        # achievable', 'a need for testing' -> 'we need to test') is given
                        # that place's alternatives
                        alts = entry.get(key) or []
                        if any(_has(a, ex["fixed"]) and not _has(a, ex["text"]) for a in alts) or (
                                # the place's word is in the words themselves ('is on a voluntary
                                # basis' -> 'is voluntary'): none of the usual alternatives is used
                                any(_has(a, ex["fixed"]) for a in alts)
                                and not any(_has(b, ex["fixed"]) for b in entry["alternatives"])):
                            alternatives = list(alts)
                            # and that place's severity, where the entry gives one ('how
                            # transformative ... can be': a suggestion, which --fix leaves)
                            severity = entry.get(f"severity_{key}", severity)
                    low = ex["text"].lower()
                    words = re.escape(entry["phrase"])
                    after = re.search(r"(?<![\w-])" + words + r"(?![\w-])\s*(\w+|[^\w\s])?", low)
                    nxt = (after.group(1) or "") if after else ""
                    # as the check: the word it hangs on first, then the next word
                    governs = _link_governor(low, words, alternatives, entry)
                    if governs == "speaking":
                        alternatives = ["about", "on"]
                    elif governs == "change":
                        alternatives = ["for"]
                    elif governs.startswith("noun:"):
                        alternatives = governs[5:].split("|")
                    if not governs and _OWN_FIRST_WORD.fullmatch(entry["phrase"]) and (
                            entry["phrase"].split()[0] in alternatives and "about" in alternatives):
                        # 'on the topic of' -> 'on': the writer's own first word
                        alternatives = [entry["phrase"].split()[0]]
                    for alt in entry.get("next_alternatives", []):
                        # the next word picks the alternatives ('in respect of how' -> 'about how')
                        if re.search(alt["next"], nxt):
                            alternatives = list(alt["alternatives"])
                            break
                    m = re.search(r"(?<![\w-])" + words + r"(?![\w-])", low)
                    for alt in entry.get("prev_alternatives", []):
                        # the words before pick the alternatives ('give consideration as to
                        # whether' -> 'to whether'), with the words after where the frame names
                        # them ('came into force with effect from 6 April' -> 'on')
                        before = " ".join(re.findall(r"[\w'-]+|[^\w\s]", low[:m.start()])[-alt.get("words", 4):]) \
                            if m else ""
                        rest = " ".join(re.findall(r"[\w'-]+|[^\w\s]", low[m.end():])[:12]) if m else ""
                        if re.search(alt.get("prev", ""), before) and re.search(alt.get("after", ""), rest):
                            alternatives = list(alt["alternatives"])
                            break
                    if "opening_clause" in entry and re.search(r"(^|\bthat,? )" + words + r"\b[^.;:]*,", low):
                        # opening a clause before a comma ('said that in regard to the car park,')
                        alternatives = list(entry["opening_clause"])
                        head = re.match(r"[\w\s-]*?([\w-]+)(?=\s*(,|\b(that|who|which|with|of|in|and|or)\b))",
                                        low[low.index(entry["phrase"]) + len(entry["phrase"]):])
                        if head and head.group(1) in _PEOPLE_AND_BODIES:
                            # opening on people or bodies ('In respect of young carers,'): 'for' only
                            alternatives = [a for a in alternatives if a == "for"]
                    elif "opening_clause" in entry and low.startswith(entry["phrase"]) and not re.search(r"[,;:]", low):
                        # a bare opener, no comma closing it ('In relation to the item there ...'):
                        # the entry's first opening word
                        alternatives = list(entry["opening_clause"][:1])
                    out.append((rule, entry["phrase"], alternatives, severity, ex["text"], ex["fixed"]))
    return out


def _link_governor(low: str, words: str, alternatives: list, entry: dict) -> str:
    """What a linking phrase hangs on, as the check reads it: a noun with its own preposition
    straight before it, else the check's own walk back (a verb of speaking, a noun of change):
    'speaking', 'change', 'noun:' + the noun's own prepositions, or ''. The check then offers
    'about'/'on', 'for' or the noun's own in place of the entry's alternatives."""
    if entry.get("pos", "phrase") != "phrase" or not alternatives or not all(
            a.lower() in _LINK_SWAPS for a in alternatives) or "about" not in [
            a.lower() for a in entry["alternatives"]]:
        return ""
    m = re.search(r"(?<![\w-])" + words + r"(?![\w-])", low)
    before = re.findall(r"[\w'-]+|[^\w\s]", low[:m.start()]) if m else []
    if before and before[-1] in _NOUN_PREPOSITIONS:
        # the noun's own preposition wins ('rights in relation to' -> 'over|to')
        return "noun:" + _NOUN_PREPOSITIONS[before[-1]]
    if not m:
        return ""
    # the walk back itself is the check's own (substitution._link_governor), on the example's Doc
    doc = get_nlp(None).make_doc(low)
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    return _link_governor_of(doc, span) if span is not None else ""


def _fix_folder(tmp_path: Path, rule: str, cases: list) -> dict:
    folder = tmp_path / rule
    folder.mkdir()
    paths = []
    for i, (_, _, _, _, text, _) in enumerate(cases):
        p = folder / f"{i:05d}.txt"
        p.write_text(text + "\n", encoding="utf-8")
        paths.append(p)
    r = CliRunner().invoke(main, ["check", "--fix", "--isolated", "--no-cache", "--select", rule, "-q",
                                  "--format", "json", "-o", str(tmp_path / f"{rule}.json"), str(folder)],
                           catch_exceptions=False)
    assert r.exit_code in (0, 1), r.stderr
    return {i: p.read_text(encoding="utf-8")[:-1] for i, p in enumerate(paths)}


def test_every_fixed_example_runs_through_fix(tmp_path):
    examples = _examples()
    # the lists carry about 1,000 entries; nearly every one has an example with its fix
    assert len(examples) >= 200, f"only {len(examples)} word-list examples with a fixed sentence"
    fixable = fixable_rules()
    by_rule: dict = {}
    for ex in examples:
        by_rule.setdefault(ex[0], []).append(ex)
    assert set(by_rule) <= set(all_rules())
    wrong = []
    applied = kept = chained = 0
    for rule, cases in sorted(by_rule.items()):
        got = _fix_folder(tmp_path, rule, cases)
        for i, (_, phrase, alternatives, severity, text, fixed) in enumerate(cases):
            if rule in fixable and len(alternatives) == 1 and severity != "suggestion":
                want = fixed
                applied += 1
            else:
                want = text
                kept += 1
            if got[i] != want and want == fixed:
                # the fixed sentence may hold a finding of its own ('have a propensity to' ->
                # 'have a tendency to' -> 'tend to'): --fix goes on until none is left
                again = fix_source(fixed + "\n", "x.txt", "text", Config(select=[rule]))
                if again.applied and again.text[:-1] == got[i]:
                    chained += 1
                    continue
            if got[i] != want and want == text and fixed and got[i] == fixed:
                # an entry of several words whose frame here leaves one ('In relation to why
                # ..., ' -> 'On why'): --fix wrote exactly the example's own fixed sentence
                applied += 1
                continue
            if got[i] != want:
                wrong.append(f"[{rule}] {phrase}: {text!r} -> {got[i]!r}, expected {want!r}")
    assert not wrong, f"{len(wrong)} of {len(examples)} examples:\n" + "\n".join(wrong[:40])
    assert applied >= 100, applied  # the fixes are really applied, not only left alone
    assert chained <= applied // 20, chained

