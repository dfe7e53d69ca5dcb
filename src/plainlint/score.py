"""The plain-English score: one number from 0 to 100 per document and per section, made of
parts a writer can see and change (docs/score.md gives the formula and its limits).

    score = 100 - reading age part - long sentences part - findings part - acronyms part

rounded to a whole number. Each part is a penalty: its raw points (below) are eased
towards the part's cap, ``cap * (1 - exp(-raw / cap))``, so a part is close to its raw
points while they are small, never passes its cap, and every fix still counts a little
however bad the document is (which is what ranks "fix these first"). The caps add up to 100.
Rates per 1,000 words are taken over at least ``MIN_WORDS_BASE`` words, so that one finding
in a three-line note does not count as forty per 1,000 words.

- **reading age**: ``READING_AGE_POINTS`` for each year of reading age above the target
  (the ``reading-age`` rule's ``target``), at most ``READING_AGE_CAP``;
- **long sentences**: ``LONG_POINTS`` for each percent of sentences over the
  ``long-sentence`` rule's ``max-words``, at most ``LONG_CAP``;
- **findings**: per 1,000 words, ``SEVERITY_POINTS`` per finding by its severity, at most
  ``FINDINGS_CAP``. Long sentences, reading age and acronym density have parts of their
  own and are not counted again here;
- **acronyms**: ``ACRONYM_POINTS`` for each different acronym per 1,000 words above
  ``ACRONYM_FREE``, at most ``ACRONYM_CAP``.

A part that was not measured (its rules were not selected, or the document has no prose
sentences) costs nothing, and ``measured`` says which parts were.

Everything here is a pure function of plain numbers and findings, so the score of a
cached or distributed result is computed the same way, and :func:`fix_first` can ask what
the score would be without a group of findings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

READING_AGE_POINTS = 4.0
READING_AGE_CAP = 30.0
LONG_POINTS = 0.5
LONG_CAP = 25.0
SEVERITY_POINTS = {"error": 3.0, "warning": 1.0, "suggestion": 0.2}
FINDINGS_CAP = 30.0
ACRONYM_POINTS = 2.0
ACRONYM_FREE = 5.0
ACRONYM_CAP = 15.0
MIN_WORDS_BASE = 300

#: rules counted by a part of their own, not again among the findings
OWN_PART = {"long-sentence": "long_sentences", "reading-age": "reading_age", "acronym-density": "acronyms"}
#: fewer words than this: the section gets no score of its own (too little to judge)
SECTION_MIN_WORDS = 50
FIX_FIRST = 5


@dataclass
class Inputs:
    """What the score is computed from (all plain numbers)."""

    words: int
    sentences: int
    reading_age: Optional[float] = None
    target: Optional[float] = None
    long_sentences: Optional[int] = None  # None: long-sentence did not run
    acronyms: Optional[int] = None  # different acronyms used; None: not measured
    findings: Optional[dict] = None  # severity -> count (rules without a part of their own)


def _ease(raw: float, cap: float) -> float:
    return cap * (1.0 - math.exp(-max(0.0, raw) / cap))


def compute(i: Inputs) -> dict:
    """The score and its parts: ``{"value", "parts": {part: penalty}, "measured": [...],
    and the figures each part came from}``."""
    parts: dict = {}
    measured = []
    figures: dict = {"words": i.words}
    if i.reading_age is not None and i.target is not None:
        parts["reading_age"] = _ease(READING_AGE_POINTS * (i.reading_age - i.target), READING_AGE_CAP)
        measured.append("reading_age")
        figures["reading_age"] = i.reading_age
        figures["target_reading_age"] = i.target
    if i.long_sentences is not None and i.sentences:
        share = 100.0 * i.long_sentences / i.sentences
        parts["long_sentences"] = _ease(LONG_POINTS * share, LONG_CAP)
        measured.append("long_sentences")
        figures["long_sentence_percent"] = round(share, 1)
    if i.findings is not None and i.words:
        base = max(i.words, MIN_WORDS_BASE)
        per = {k: 1000.0 * i.findings.get(k, 0) / base for k in SEVERITY_POINTS}
        parts["findings"] = _ease(sum(SEVERITY_POINTS[k] * v for k, v in per.items()), FINDINGS_CAP)
        measured.append("findings")
        figures["findings_per_1000_words"] = {k: round(v, 1) for k, v in per.items()}
    if i.acronyms is not None and i.words:
        rate = 1000.0 * i.acronyms / max(i.words, MIN_WORDS_BASE)
        parts["acronyms"] = _ease(ACRONYM_POINTS * (rate - ACRONYM_FREE), ACRONYM_CAP)
        measured.append("acronyms")
        figures["acronyms_per_1000_words"] = round(rate, 1)
    raw = max(0.0, min(100.0, 100.0 - sum(parts.values())))
    return {"value": int(round(raw)), "exact": raw, "parts": {k: round(v, 1) for k, v in parts.items()},
            "measured": measured, **figures}


def inputs_for(findings, metrics: dict, *, target=None, long_ran: bool = False,
               findings_ran: bool = True, acronyms: Optional[int] = None,
               words: Optional[int] = None, sentences: Optional[int] = None,
               reading_age=None) -> Inputs:
    """Inputs from a list of findings (anything with ``rule`` and ``severity``) and metrics."""
    by_sev = {"error": 0, "warning": 0, "suggestion": 0}
    long_n = 0
    for f in findings:
        if f.rule == "long-sentence":
            long_n += 1
        elif f.rule not in OWN_PART:
            by_sev[f.severity] = by_sev.get(f.severity, 0) + 1
    return Inputs(
        words=metrics.get("words", 0) if words is None else words,
        sentences=metrics.get("sentences", 0) if sentences is None else sentences,
        reading_age=metrics.get("reading_age") if reading_age is None else reading_age,
        target=target,
        long_sentences=long_n if long_ran else None,
        acronyms=acronyms,
        findings=by_sev if findings_ran else None,
    )


def _group_key(f) -> tuple:
    return (f.rule, " ".join((f.text or "").lower().split()))


def fix_first(findings, inputs: Inputs, n: int = FIX_FIRST) -> list[dict]:
    """The groups of findings (the same rule on the same words) whose fixing would raise the
    score most, best first: ``[{"rule", "text", "message", "severity", "count", "gain",
    "finding": the first finding}]``. Findings about the whole document are left out (they
    are fixed by everything else), and so are suggestions (a matter of style and taste, never
    the first thing to fix) and groups that would gain nothing."""
    base = compute(inputs)["exact"]
    groups: dict = {}
    for f in findings:
        if (getattr(f, "document_level", False) or f.rule in ("reading-age", "acronym-density")
                or f.severity == "suggestion"):
            continue
        groups.setdefault(_group_key(f), []).append(f)
    scored = []
    for key, fs in groups.items():
        if fs[0].rule == "long-sentence":
            if inputs.long_sentences is None:
                continue
            trial = Inputs(**{**inputs.__dict__, "long_sentences": max(0, inputs.long_sentences - len(fs))})
        else:
            if inputs.findings is None:
                continue
            fewer = dict(inputs.findings)
            for f in fs:
                fewer[f.severity] = max(0, fewer.get(f.severity, 0) - 1)
            trial = Inputs(**{**inputs.__dict__, "findings": fewer})
        gain = compute(trial)["exact"] - base
        if gain < 0.05:
            continue
        worst = max(fs, key=lambda f: {"error": 2, "warning": 1}.get(f.severity, 0))
        scored.append((gain, fs[0].start, key, fs, worst))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [{"rule": fs[0].rule, "text": fs[0].text, "message": fs[0].message, "severity": worst.severity,
             "count": len(fs), "gain": round(gain, 1), "finding": fs[0]}
            for gain, _s, _k, fs, worst in scored[:n]]


# ---------------------------------------------------------------------------------------
# A checked document's score


def _target(config) -> float:
    from .engine import all_rules

    return all_rules()["reading-age"].option(config, "target")


def document_score(analysed, engine, config, findings, metrics: dict) -> tuple[dict, list]:
    """The document's score (with ``sections``, each section's own) and its "fix these
    first" list, from the analysed document, its findings and its metrics."""
    from bisect import bisect_right

    from .metrics import BEFORE_FIRST_HEADING, rated, rating_min_words, readability, sections, sentence_words

    ran = {r.id for r in engine.rules}
    has_age = metrics.get("reading_age") is not None
    min_words = rating_min_words(config)
    target = _target(config)
    survey = analysed.acronym_survey
    acronyms = len(survey.uses) if survey is not None and getattr(survey, "uses", None) is not None else None
    inputs = inputs_for(findings, metrics, target=target if has_age else None,
                        long_ran="long-sentence" in ran, acronyms=acronyms)
    result = compute(inputs)
    first = fix_first(findings, inputs)
    for item in first:
        f = item.pop("finding")
        item["location"] = f.location.to_dict() if f.location else None
    # each section: its own words, units, reading age and findings
    secs = []
    starts = [b.start for b in analysed.blocks]
    by_block: dict = {}
    for f in findings:
        if f.document_level or not starts:
            continue
        by_block.setdefault(max(0, bisect_right(starts, f.start) - 1), []).append(f)
    for sec in sections(analysed):
        units = [analysed.sentences[i] for bi in sec["blocks"] for i in analysed.block_sentences[bi]]
        words = sum(sentence_words(s) for s in units)
        if words < SECTION_MIN_WORDS:
            continue
        age = (rated(readability(sec["sentences"]), min_words).get("reading_age")
               if has_age and sec["sentences"] else None)
        fs = [f for bi in sec["blocks"] for f in by_block.get(bi, ())]
        if sec["heading"] is not None:
            fs.extend(by_block.get(sec["heading"], ()))
        si = inputs_for(fs, {}, target=target if age is not None else None, long_ran="long-sentence" in ran,
                        words=words, sentences=len(units), reading_age=age)
        s = compute(si)
        title = None if sec["heading"] is None and sec["title"] == BEFORE_FIRST_HEADING else sec["title"]
        block = analysed.blocks[sec["heading"] if sec["heading"] is not None else sec["blocks"][0]]
        loc = analysed.document.locate(block.start, block.start)
        secs.append({"section": title, "score": s["value"], "words": words, "parts": s["parts"],
                     "location": loc.to_dict()})
    result["sections"] = secs
    result.pop("exact", None)
    return result, first
