"""``--format csv``: one row per finding, for a spreadsheet.

Columns: file, page, paragraph, table, section, line, column, rule, category, severity,
text, message, suggestions (best first, separated by `` | ``), score. A file that could not
be read gets one row with severity ``error``, no rule, and the reason in ``message``. A
finding about the whole document (reading age, say) leaves ``text`` empty. ``score`` is the
document's plain-English score (0 to 100, see docs/score.md), the same on every row of a
document, so a spreadsheet can sort or filter by it; a document with no findings gets one
row with severity ``score``, no rule, and its score, so that every document checked has
its score in the file.

The output is RFC 4180 CSV (every field that needs it quoted, CRLF line ends) and starts
with a UTF-8 byte order mark, so that Excel shows £, é and curly quotes correctly.

Spreadsheet formula injection: a cell whose text begins with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return would be run as a formula by Excel, LibreOffice or Google Sheets.
Such cells get a single quote in front (``'=cmd|...``), which the spreadsheet shows as
text. Document text is untrusted, so this applies to every text cell.
"""

from __future__ import annotations

import csv
import io

from . import StreamWriter

COLUMNS = ("file", "page", "paragraph", "table", "section", "line", "column", "rule", "category",
           "severity", "text", "message", "suggestions", "score")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A cell value that a spreadsheet will show as text, never run as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_rows(header, rows) -> str:
    buf = io.StringIO()
    _rows_to(buf, [header])
    _rows_to(buf, rows)
    return "\ufeff" + buf.getvalue()


def _rows_to(buf, rows) -> None:
    writer = csv.writer(buf, dialect="excel", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(v) for v in row])


def _table(loc) -> str:
    if loc is None or loc.table is None:
        return ""
    t, r, c = loc.table
    return f"table {t} row {r} cell {c}"


def _score(r):
    score = getattr(r, "score", None)
    return score.get("value") if isinstance(score, dict) else None


def _result_rows(r):
    if r.error:
        yield [r.path, None, None, None, None, None, None, None, None, "error", None,
               f"could not be read: {r.error['message']}", None, None]
        return
    score = _score(r)
    for note in r.warnings:  # a document only partly checked says so here too
        yield [r.path, None, None, None, None, None, None, None, None, "note", None, note, None, score]
    if not r.findings and score is not None:  # every document checked has its score in the file
        yield [r.path, None, None, None, None, None, None, None, None, "score", None,
               "no findings", None, score]
    for f in r.findings:
        loc = f.location
        yield [
            r.path,
            loc.page if loc else None,
            loc.paragraph if loc else None,
            _table(loc),
            loc.section if loc else None,
            loc.line if loc else None,
            loc.column if loc else None,
            f.rule, f.category, f.severity,
            "" if f.document_level else f.text,  # a whole-document finding: no need to repeat it all
            f.message,
            " | ".join(f.suggestions),
            score,
        ]


class Writer(StreamWriter):
    """The findings CSV written document by document (see report/__init__.py)."""

    def __init__(self, write, rules, options):
        super().__init__(write, rules, options)
        self._write(write_rows(COLUMNS, []))

    def chunk(self, result) -> str:
        from . import viewed

        buf = io.StringIO()
        _rows_to(buf, _result_rows(viewed(result, self._options)))
        return buf.getvalue()


def render(results, rules, options) -> str:
    from . import write_all

    return write_all(Writer, results, rules, options)
