"""``plainlint stats``: a table per file and per section, and the five hardest sentences."""

from __future__ import annotations

import json

_COLS = [("words", "words"), ("sentences", "sentences"), ("words_per_sentence", "words/sent"),
         ("flesch_reading_ease", "ease"), ("flesch_kincaid_grade", "FK grade"), ("smog", "SMOG"),
         ("gunning_fog", "fog"), ("reading_age", "reading age"), ("percent_polysyllabic", "% 3+ syll"),
         ("percent_passive", "% passive")]


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.1f}"
    return str(v)


def render_stats(results, fmt: str = "text") -> str:
    if fmt == "json":
        data = [{"path": r.path, "error": r.error, "metrics": r.metrics, "sections": r.sections,
                 "hardest": r.hardest} for r in results]
        return json.dumps({"version": 1, "files": data}, indent=2, ensure_ascii=False) + "\n"
    out = []
    for r in results:
        if r.error:
            continue
        out.append(r.path)
        m = r.metrics
        for key, label in _COLS:
            if key in m:
                out.append(f"  {label:<14}{_fmt(m.get(key))}")
        if "ladder" in m:
            ladder = m["ladder"]
            out.append("  co-production ladder (sentences per rung): " +
                       ", ".join(f"{k} {v}" for k, v in ladder.items()))
        if r.sections:
            out.append("")
            out.append(f"  {'section':<40} {'words':>6} {'sent':>5} {'w/s':>5} {'age':>4}")
            for s in r.sections:
                name = s["section"] if len(s["section"]) <= 40 else s["section"][:39] + "…"
                out.append(f"  {name:<40} {s.get('words', 0):>6} {s.get('sentences', 0):>5} "
                           f"{_fmt(s.get('words_per_sentence')):>5} {_fmt(s.get('reading_age')):>4}")
        if r.hardest:
            out.append("")
            out.append("  Hardest sentences:")
            for h in r.hardest:
                text = " ".join(h["text"].split())
                if len(text) > 200:
                    text = text[:199] + "…"
                out.append(f"  - reading age {h['reading_age']}, {h['words']} words, {h['where']}:")
                out.append(f"      {text}")
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
