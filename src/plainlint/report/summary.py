"""``--summary csv|html FILE``: one row per document, worst first.

A row holds the document's path, its words, reading age and plain-English score, how many findings it has of
each severity and in each category, and the error that stopped it being read (if any).

"Worst first" means: most findings of severity error, then most warnings, then most
suggestions, then the highest reading age; ties keep the order the documents were
checked in. Documents that could not be read come last, each with its error, so a long
list of broken files never hides the documents that need rewriting.
"""

from __future__ import annotations

from ..engine import CATEGORIES, SEVERITIES

#: Columns of the CSV summary, in order.
CSV_COLUMNS = ("path", "words", "reading_age", "score", "findings", "error_findings", "warning_findings",
               "suggestion_findings", *CATEGORIES, "error")


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


def render_csv(results) -> str:
    from .csv import write_rows

    out = []
    for row in document_rows(results):
        out.append([
            row["path"], row["words"], row["reading_age"], row["score"], row["findings"],
            row["by_severity"]["error"], row["by_severity"]["warning"], row["by_severity"]["suggestion"],
            *(row["by_category"][c] for c in CATEGORIES), row["error"],
        ])
    return write_rows(CSV_COLUMNS, out)


def render_html(results) -> str:
    from .html import render_page

    return render_page(results, rules=None, summary_only=True)


def render_summary(kind: str, results) -> str:
    """The summary of ``results`` as ``kind`` ('csv' or 'html')."""
    if kind == "csv":
        return render_csv(results)
    if kind == "html":
        return render_html(results)
    raise ValueError(f"unknown summary kind {kind!r}")
