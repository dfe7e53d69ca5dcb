"""``--format github``: GitHub Actions workflow commands, one per finding.

    ::warning file=draft.md,line=14,col=9,endLine=14,endColumn=16,title=plainlint jargon::Say 'use'…

Severity error → ``::error``, warning → ``::warning``, suggestion → ``::notice``. GitHub
shows each as an annotation on the pull request's changed file. Escaping follows GitHub's
own toolkit (``@actions/core``, ``command.ts``): in the message ``%``, CR and LF become
``%25``, ``%0D``, ``%0A``; in a property value ``:`` and ``,`` also become ``%3A`` and ``%2C``.

For Word and PDF files there is no line to point at: the annotation names the file and
the message begins with the page, paragraph and section. A file that could not be read
gets one ``::error`` naming it.
"""

from __future__ import annotations

import os

from ..output import printable
from . import StreamWriter, summary_counts

LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


def escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    # other control characters (a terminal escape in a document or a file name) are shown,
    # not sent to the log viewer, which renders colour codes
    return text if text.isprintable() else printable(text)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props) -> str:
    parts = [f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None]
    head = f"::{level}" + (" " + ",".join(parts) if parts else "")
    return f"{head}::{escape_data(message)}"


def _path(path: str) -> str:
    return path.replace("\\", "/") if os.sep == "\\" else path


def finding_message(f) -> str:
    """The message, with the place in words for Word and PDF files and the fix after it."""
    loc = f.location
    msg = f.message
    if loc is not None and loc.line is None:
        where = loc.describe()
        if where:
            msg = where[0].upper() + where[1:] + ": " + msg
    if f.suggestions:
        msg += " Suggested: " + " | ".join(f.suggestions)
    return msg


def _result_lines(r) -> list[str]:
    if r.error:
        return [command("error", r.error["message"], file=_path(r.path),
                        title="plainlint could not read this file")]
    out = []
    for w in r.warnings:
        out.append(command("warning", w, file=_path(r.path), title="plainlint"))
    for f in r.findings:
        loc = f.location
        props = {"file": _path(r.path)}
        if loc is not None and loc.line is not None:
            props["line"] = loc.line
            if f.document_level:
                pass  # a whole-document finding points at where it starts, not a range
            else:
                props["col"] = loc.column
                props["endLine"] = loc.end_line or loc.line
                props["endColumn"] = loc.end_column
        props["title"] = f"plainlint {f.rule}"
        out.append(command(LEVEL[f.severity], finding_message(f), **props))
    return out


class Writer(StreamWriter):
    """Workflow commands written document by document (see report/__init__.py)."""

    def chunk(self, result) -> str:
        from . import viewed

        lines = _result_lines(viewed(result, self._options))
        return "\n".join(lines) + "\n" if lines else ""

    def close(self, results) -> None:
        if not self._options.get("quiet_summary"):
            s = summary_counts(results)
            self._write(f"plainlint: {s['findings']} finding{'s' if s['findings'] != 1 else ''} in "
                        f"{s['files']} file{'s' if s['files'] != 1 else ''}"
                        + (f", {s['errors']} could not be read" if s["errors"] else "") + "\n")


def render(results, rules, options) -> str:
    from . import write_all

    return write_all(Writer, results, rules, options)
