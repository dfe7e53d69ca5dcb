"""Document and section metrics: counts, readability formulas, reading age, ladder profile.

Readability is computed on the sentences the analysis found, not on textstat's own
sentence guess. Which sentences count ("prose sentences"):

* every sentence of a paragraph, quote, caption or footnote;
* a sentence of a list item or table cell only when it is a full sentence: it ends with
  a full stop, question or exclamation mark and has at least four words;
* never headings or running headers and footers.

Fragments are left out so that a document's tables and bullet points do not make it look
easier (or harder) than its prose. Word and syllable counts come from textstat, with the
British English hyphenation dictionary for words the pronouncing dictionary lacks.
Reading age is the Flesch-Kincaid grade plus 5 (the usual UK conversion: US grade 1 is
ages 6 to 7).
"""

from __future__ import annotations

import math
from typing import Optional

PROSE_KINDS = {"paragraph", "quote", "caption", "footnote"}
FRAGMENT_KINDS = {"list-item", "table-cell"}
_LANG = "en_GB"
_textstat = None


def textstat():
    """textstat, set up for British English, imported only when a readability figure is needed."""
    global _textstat
    if _textstat is None:
        import textstat as ts

        ts.set_lang(_LANG)
        _textstat = ts
    return _textstat


def prose_sentences(analysed, block_filter=None) -> list:
    out = []
    for s in analysed.sentences:
        block = analysed.blocks[s.block_index]
        if block_filter is not None and not block_filter(block):
            continue
        if block.kind in PROSE_KINDS:
            out.append(s)
        elif block.kind in FRAGMENT_KINDS:
            if s.words >= 4 and s.text.rstrip("\"'”’)]").endswith((".", "?", "!")):
                out.append(s)
    return out


def readability(sentences: list) -> dict:
    """Formulas over a list of Sentence objects (textstat counts, our sentence count)."""
    if not sentences:
        return {"sentences": 0, "words": 0}
    ts = textstat()
    text_parts = [s.text for s in sentences]
    words = syllables = poly = difficult = 0
    for t in text_parts:
        w = ts.lexicon_count(t)
        words += w
        syllables += ts.syllable_count(t)
        poly += ts.polysyllabcount(t)
        difficult += ts.difficult_words(t)
    n = len(sentences)
    if words == 0:
        return {"sentences": n, "words": 0}
    wps = words / n
    spw = syllables / words
    fre = 206.835 - 1.015 * wps - 84.6 * spw
    fkg = 0.39 * wps + 11.8 * spw - 15.59
    smog = 1.043 * math.sqrt(30 * poly / n) + 3.1291 if n >= 3 else None
    fog = 0.4 * (wps + 100 * difficult / words)
    return {
        "sentences": n,
        "words": words,
        "syllables": syllables,
        "words_per_sentence": round(wps, 1),
        "flesch_reading_ease": round(fre, 1),
        "flesch_kincaid_grade": round(fkg, 1),
        "smog": round(smog, 1) if smog is not None else None,
        "gunning_fog": round(fog, 1),
        "reading_age": max(5, round(fkg + 5)),
        "percent_polysyllabic": round(100 * poly / words, 1),
    }


def sentence_grade(sentence) -> float:
    ts = textstat()
    w = ts.lexicon_count(sentence.text) or 1
    return 0.39 * w + 11.8 * ts.syllable_count(sentence.text) / w - 15.59


def wants_readability(engine) -> bool:
    return any(r.category == "readability" for r in engine.rules)


def document_metrics(analysed, engine, config) -> dict:
    words = analysed.words()
    m: dict = {"words": words, "sentences": len(analysed.sentences)}
    cache = analysed.cache
    if wants_readability(engine) or "force-readability" in cache:
        r = cache.get("readability")
        if r is None:
            r = readability(prose_sentences(analysed))
            cache["readability"] = r
        m["flesch_reading_ease"] = r.get("flesch_reading_ease")
        m["flesch_kincaid_grade"] = r.get("flesch_kincaid_grade")
        m["smog"] = r.get("smog")
        m["gunning_fog"] = r.get("gunning_fog")
        m["reading_age"] = r.get("reading_age")
        m["words_per_sentence"] = r.get("words_per_sentence")
        m["percent_polysyllabic"] = r.get("percent_polysyllabic")
        m["percent_passive"] = percent_passive(analysed)
    for key, fn in _EXTRA_METRICS.items():
        value = fn(analysed, engine, config)
        if value is not None:
            m[key] = value
    return m


def percent_passive(analysed) -> Optional[float]:
    from .checks.passive import passive_sentences

    prose = prose_sentences(analysed)
    if not prose:
        return None
    hits = passive_sentences(analysed)
    n = sum(1 for s in prose if id(s) in hits)
    return round(100 * n / len(prose), 1)


#: other modules (co-production ladder, acronyms) register document metrics here
_EXTRA_METRICS: dict = {}


def register_metric(name: str):
    def deco(fn):
        _EXTRA_METRICS[name] = fn
        return fn

    return deco


def stats_detail(analysed, config) -> tuple[list, list]:
    """Per-section metrics and the five hardest sentences, for ``plainlint stats``."""
    doc = analysed.document
    sections: dict = {}
    order = []
    for s in prose_sentences(analysed):
        block = analysed.blocks[s.block_index]
        key = block.section or "(before the first heading)"
        if key not in sections:
            sections[key] = []
            order.append(key)
        sections[key].append(s)
    sec_rows = []
    for key in order:
        r = readability(sections[key])
        r["section"] = key
        sec_rows.append(r)
    scored = []
    for s in prose_sentences(analysed):
        if s.words < 8:
            continue
        scored.append((sentence_grade(s), s))
    scored.sort(key=lambda x: -x[0])
    hardest = []
    for grade, s in scored[:5]:
        loc = doc.locate(s.start, s.end)
        hardest.append({
            "text": s.text,
            "words": s.words,
            "reading_age": round(grade + 5),
            "location": loc.to_dict(),
            "where": loc.describe(),
        })
    return sec_rows, hardest
