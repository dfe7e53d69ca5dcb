"""One row of figures per document, worst first: the data the CSV and HTML summaries and the
HTML report's table are made from (no rendering here, so every report can import it)."""

from __future__ import annotations

from ..engine import CATEGORIES, SEVERITIES


def document_row(result) -> dict:
    """One document's figures, as plain data (used by the CSV and HTML summaries)."""
    by_sev = {s: 0 for s in SEVERITIES}
    by_cat = {c: 0 for c in CATEGORIES}
    for f in result.findings:
        by_sev[f.severity] = by_sev.get(f.severity, 0) + 1
        by_cat[f.category] = by_cat.get(f.category, 0) + 1
    m = result.metrics or {}
    return {
        "path": result.path,
        "format": result.format,
        "words": m.get("words"),
        "reading_age": m.get("reading_age"),
        "score": (result.score or {}).get("value"),
        "findings": len(result.findings),
        "by_severity": by_sev,
        "by_category": by_cat,
        "error": result.error["message"] if result.error else None,
    }


def _badness(row: dict) -> tuple:
    s = row["by_severity"]
    age = row["reading_age"] if isinstance(row["reading_age"], (int, float)) else -1
    return (-s.get("error", 0), -s.get("warning", 0), -s.get("suggestion", 0), -age)


def document_rows(results) -> list[dict]:
    """Every document's row, worst first (unreadable documents last)."""
    rows = [document_row(r) for r in results]
    readable = [r for r in rows if r["error"] is None]
    broken = [r for r in rows if r["error"] is not None]
    readable.sort(key=_badness)  # stable: ties keep the checking order
    return readable + broken
