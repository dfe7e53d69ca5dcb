"""``plainlint stats``: a table per file and per section, and the five hardest sentences.

Text: with more than one file, first one row per file; then, for each file, its figures,
the co-production ladder profile when there is one, a row per section and the hardest
sentences with where they are. JSON: ``{"version": 1, "files": [{"path", "format",
"title", "error", "metrics", "sections", "hardest"}]}``.
"""

from __future__ import annotations

import json

from ..wording import clip

#: (metrics key, label) for a file's figures, in order
FILE_ROWS = [
    ("words", "words (all text)"),
    ("sentences", "sentences and other units"),
    ("prose_words", "words in prose sentences"),
    ("prose_sentences", "prose sentences"),
    ("words_per_sentence", "words per sentence"),
    ("flesch_reading_ease", "Flesch reading ease"),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("reading_age", "reading age (grade + 5)"),
    ("smog", "SMOG"),
    ("gunning_fog", "Gunning fog"),
    ("percent_polysyllabic", "% words of 3+ syllables"),
    ("percent_passive", "% sentences with a passive"),
]
#: (key, heading, width) of the per-section and per-file tables
SECTION_COLS = [
    ("words", "words", 6), ("prose_sentences", "sent", 5), ("words_per_sentence", "w/s", 5),
    ("flesch_reading_ease", "ease", 5), ("flesch_kincaid_grade", "grade", 5), ("reading_age", "age", 4),
    ("percent_passive", "%pass", 5),
]
_NAME_WIDTH = 44


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.1f}"
    return str(v)


def _clip_left(text: str, width: int) -> str:
    """A path keeps its end (the file name) when it is too long."""
    return text if len(text) <= width else "…" + text[-(width - 1):]


def _table(name_heading: str, rows: list[tuple[str, dict]], paths: bool = False) -> list[str]:
    head = f"  {name_heading:<{_NAME_WIDTH}}" + "".join(f" {h:>{w}}" for _k, h, w in SECTION_COLS)
    out = [head]
    for name, data in rows:
        shown = _clip_left(name, _NAME_WIDTH) if paths else clip(name, _NAME_WIDTH, rstrip=False)
        out.append(f"  {shown:<{_NAME_WIDTH}}" +
                   "".join(f" {_fmt(data.get(k)):>{w}}" for k, _h, w in SECTION_COLS))
    return out


def _ladder(ladder) -> str:
    if isinstance(ladder, dict):
        parts = []
        for k, v in ladder.items():
            if isinstance(v, dict):  # {"sentences": n, ...}
                v = v.get("sentences", v.get("count", ""))
            parts.append(f"{k} {v}")
        return ", ".join(parts)
    if isinstance(ladder, (list, tuple)):
        return ", ".join(str(x) for x in ladder)
    return str(ladder)


def render_text(results) -> str:
    out: list[str] = []
    readable = [r for r in results if not r.error]
    if len(readable) > 1:
        out.append("Files")
        out.extend(_table("file", [(r.path, r.metrics) for r in readable], paths=True))
        out.append("")
    for r in readable:
        m = r.metrics
        title = m.get("title")
        out.append(r.path + (f"  ({clip(title, 80, rstrip=False)})" if title else ""))
        for w in r.warnings:
            out.append(f"  note: {w}")
        for key, label in FILE_ROWS:
            if key in m:
                out.append(f"  {label:<28}{_fmt(m.get(key))}")
        if r.score is not None:
            from .text import score_line

            out.append(f"  {'plain-English score':<28}{score_line(r.score).split(' ', 2)[2]}")
        if "ladder" in m and m["ladder"]:
            out.append(f"  {'co-production ladder':<28}{_ladder(m['ladder'])} (sentences per rung)")
        if r.sections:
            out.append("")
            out.extend(_table("section", [(s.get("section") or "", s) for s in r.sections]))
        if r.score is not None and r.score.get("sections"):
            out.append("")
            out.append(f"  {'Score per section':<{_NAME_WIDTH}} score  words")
            for sec in r.score["sections"]:
                out.append(f"  {clip(sec['section'] or '(before the first heading)', _NAME_WIDTH, rstrip=False):<{_NAME_WIDTH}} {sec['score']:>5} {sec['words']:>6}")
        if r.fix_first:
            from .text import fix_first_lines

            out.append("")
            out.extend(fix_first_lines(r))
        if r.hardest:
            out.append("")
            out.append("  Hardest sentences:")
            for i, h in enumerate(r.hardest, 1):
                where = h.get("where") or ""
                out.append(f"  {i}. reading age {h['reading_age']}, {h['words']} words"
                           + (f", {where}" if where else "") + ":")
                out.append(f"     {clip(h['text'], 300, rstrip=False)}")
        out.append("")
    return "\n".join(out) + ("\n" if out and out[-1] != "" else "")


def render_json(results) -> str:
    files = []
    for r in results:
        files.append({"path": r.path, "format": r.format, "title": (r.metrics or {}).get("title"),
                      "error": r.error, "metrics": r.metrics, "score": r.score,
                      "fix_first": r.fix_first, "sections": r.sections, "hardest": r.hardest})
    return json.dumps({"version": 1, "files": files}, indent=2, ensure_ascii=False) + "\n"


#: plainlint stats --format choices -> renderer (the command line's choices come from here)
STATS_FORMATS = {"text": render_text, "json": render_json}


def render_stats(results, fmt: str = "text") -> str:
    return STATS_FORMATS[fmt](results)
