"""``--format json``: the stable machine interface (see DESIGN.md).

The report is written one document at a time (:class:`JsonWriter`), so that a batch run
need not hold every document's findings until the end: the text is exactly what
``json.dumps(report, indent=2)`` gives for the whole report.
"""

from __future__ import annotations

import json

from . import StreamWriter


def _dumps(value, indent: str) -> str:
    """``value`` as json.dumps(indent=2) writes it when nested at ``indent``."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)


class JsonWriter(StreamWriter):
    """Writes the report through ``write`` (a function taking text) as documents come."""

    def __init__(self, write, rules=None, options=None):
        super().__init__(write, rules, options)
        self._count = {"files": 0, "errors": 0, "findings": 0}
        self._hidden: dict = {}  # severity -> findings below the lowest severity shown
        self._folded = 0  # findings listed only as another place of an earlier one
        self._write('{\n  "version": 1,\n  "files": [')

    def chunk(self, result) -> str:
        import dataclasses

        from . import display_of, fix_first_shown
        from ..display import visible

        disp = display_of(self._options or {})
        shown = result
        if not (disp.everything or result.error):
            view = visible(result.findings, disp)
            for sev, n in view.hidden.items():
                self._hidden[sev] = self._hidden.get(sev, 0) + n
            self._folded += view.folded
            shown = dataclasses.replace(result, findings=view.shown, fix_first=fix_first_shown(result, disp))
        self._count["findings"] += len(shown.findings)
        d = shown.to_dict()
        against = getattr(result, "baseline", None)
        if against is not None:  # --baseline: what is new since the earlier report
            d["baseline"] = against.to_dict()
            new = {(result.findings[i].rule, result.findings[i].start, result.findings[i].end) for i in against.new}
            for f, fd in zip(shown.findings, d["findings"]):
                fd["new"] = (f.rule, f.start, f.end) in new
        return _dumps(d, "    ")

    def put(self, chunk: str, result) -> None:
        self._write(("\n    " if not self._count["files"] else ",\n    ") + chunk)
        self._count["files"] += 1
        self._count["errors"] += 1 if result.error else 0

    def close(self, results=None) -> None:
        if (self._options or {}).get("display") is not None and not self._options["display"].everything:
            from ..engine import SEVERITIES

            self._count["not_shown"] = {s: self._hidden.get(s, 0) for s in SEVERITIES}
            self._count["min_severity"] = self._options["display"].min_severity
            self._count["folded"] = self._folded
        self._write(("\n  ]" if self._count["files"] else "]") + ',\n  "summary": ' + _dumps(self._count, "  ") + "\n}\n")


Writer = JsonWriter


def render(results, rules, options) -> str:
    from . import write_all

    return write_all(Writer, results, rules, options)
