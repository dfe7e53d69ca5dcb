"""``--summary csv|html FILE``: one row per document, worst first.

A row holds the document's path, its words, reading age and plain-English score, how many findings it has of
each severity and in each category, and the error that stopped it being read (if any).

"Worst first" means: most findings of severity error, then most warnings, then most
suggestions, then the highest reading age; ties keep the order the documents were
checked in. Documents that could not be read come last, each with its error, so a long
list of broken files never hides the documents that need rewriting.
"""

from __future__ import annotations

from ..engine import CATEGORIES
from .csv import write_rows
from .html import render_page
from ._rows import document_rows

#: Columns of the CSV summary, in order.
CSV_COLUMNS = ("path", "words", "reading_age", "score", "findings", "error_findings", "warning_findings",
               "suggestion_findings", *CATEGORIES, "error")


def render_csv(results) -> str:
    out = []
    for row in document_rows(results):
        out.append([
            row["path"], row["words"], row["reading_age"], row["score"], row["findings"],
            row["by_severity"]["error"], row["by_severity"]["warning"], row["by_severity"]["suggestion"],
            *(row["by_category"][c] for c in CATEGORIES), row["error"],
        ])
    return write_rows(CSV_COLUMNS, out)


def render_html(results) -> str:
    return render_page(results, rules=None, summary_only=True)


#: summary kind -> its renderer; the command line's --summary choices come from here
SUMMARIES = {"csv": render_csv, "html": render_html}


def render_summary(kind: str, results) -> str:
    """The summary of ``results`` as ``kind`` (a key of SUMMARIES)."""
    if kind not in SUMMARIES:
        raise ValueError(f"unknown summary kind {kind!r}")
    return SUMMARIES[kind](results)
