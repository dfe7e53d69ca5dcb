"""Reporters: one module per output format. A reporter only formats; it never decides
what is wrong. Each module defines ``render(results, rules, options) -> str``.

The formats that list documents one after another (text, JSON, CSV, GitHub) also define a
``Writer(write, rules, options)``: ``chunk(result)`` is one document's text (it depends on
that document alone, so it can be made as soon as the document is checked), ``put(chunk,
result)`` writes it in its turn, ``add(result)`` does both, and ``close(results)`` ends the
report, where ``results`` may hold only what the closing lines need (paths, errors, metrics
and each finding's rule, category and severity). A batch run writes
through it as documents finish, so it never holds every finding; ``render`` is the same
writer run over a whole list, so the two give the same text. SARIF and the HTML report need
the whole run and have no writer."""

from __future__ import annotations

import importlib
import pkgutil

#: modules here that are not an output format of ``check`` (the stats report, the summary,
#: the streaming of a report while a run goes on)
_NOT_FORMATS = frozenset(("stats", "summary", "stream"))


def formats() -> tuple:
    """The output formats: every module in this package (and its ``__path__``) but the
    helpers, text first. Adding a format is adding one module; nothing else lists them."""
    names = {m.name for m in pkgutil.iter_modules(__path__)
             if not m.ispkg and not m.name.startswith("_") and m.name not in _NOT_FORMATS}
    return tuple(sorted(names, key=lambda n: (n != "text", n)))


#: read by the command line's --format choices (the module names, found without importing them)
FORMATS = formats()


def render(fmt: str, results, rules, options: dict) -> str:
    module = importlib.import_module(f".{fmt}", __name__)
    return module.render(results, rules, options)



class StreamWriter:
    """Base of the per-format writers: ``chunk`` is the format's own; by default ``put``
    writes a non-empty part and ``close`` adds nothing."""

    def __init__(self, write, rules, options):
        self._write = write
        self._options = options

    def chunk(self, result) -> str:  # pragma: no cover - every format defines it
        raise NotImplementedError

    def put(self, chunk: str, result) -> None:
        if chunk:
            self._write(chunk)

    def add(self, result) -> None:
        self.put(self.chunk(result), result)

    def close(self, results) -> None:
        pass


def writer_for(fmt: str):
    """The format's Writer class, or None for the formats that need the whole run (a
    module with no ``Writer``)."""
    return getattr(importlib.import_module(f".{fmt}", __name__), "Writer", None)


def write_all(writer_cls, results, rules, options) -> str:
    parts: list = []
    w = writer_cls(parts.append, rules, options)
    for r in results:
        w.add(r)
    w.close(results)
    return "".join(parts)


def where(path: str, loc) -> str:
    """'path:line:column' for text and Markdown; 'path:page 3:¶7' style for DOCX and PDF."""
    if loc is None:
        return path
    if loc.line is not None:
        return f"{path}:{loc.line}:{loc.column}"
    parts = [path]
    if loc.page is not None:
        parts.append(f"p{loc.page}")
    if loc.table is not None:
        t, r, c = loc.table
        parts.append(f"table {t} row {r} cell {c}")
    elif loc.paragraph is not None:
        parts.append(f"¶{loc.paragraph}")
    return ":".join(parts)


def summary_counts(results) -> dict:
    files = len(results)
    errors = sum(1 for r in results if r.error)
    findings = sum(len(r.findings) for r in results)
    by_sev = {"error": 0, "warning": 0, "suggestion": 0}
    for r in results:
        for f in r.findings:
            by_sev[f.severity] = by_sev.get(f.severity, 0) + 1
    return {"files": files, "errors": errors, "findings": findings, "by_severity": by_sev}


def display_of(options: dict):
    """The report's display options (display.py); everything, unfolded, when not given."""
    from ..display import DisplayOptions

    return options.get("display") or DisplayOptions()


def repeat_note(f) -> str:
    """' (4 times: also lines 30, 44 and 51)' for a folded finding, else ''."""
    if not f.repeats:
        return ""
    from ..display import other_places

    return f" ({1 + len(f.repeats)} times: also {other_places(f)})"


def viewed(result, options: dict, note: bool = True):
    """``result`` with only the findings the report shows (a copy; the result is untouched).
    With ``note``, a folded finding's message ends with its count and other places, for the
    formats that have no field for them."""
    import dataclasses

    from ..display import visible

    disp = display_of(options)
    if disp.everything or result.error:
        return result
    view = visible(result.findings, disp)
    shown = view.shown
    if note:
        shown = [dataclasses.replace(f, message=f.message + repeat_note(f)) if f.repeats else f for f in shown]
    return dataclasses.replace(result, findings=shown, fix_first=fix_first_shown(result, disp))


def fix_first_shown(result, disp) -> list:
    """The result's "fix these first" list without what the report does not show."""
    from ..engine import SEVERITY_RANK

    floor = SEVERITY_RANK[disp.min_severity]
    return [x for x in result.fix_first if SEVERITY_RANK.get(x.get("severity"), 0) >= floor]
