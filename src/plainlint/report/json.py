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
        self._write('{\n  "version": 1,\n  "files": [')

    def chunk(self, result) -> str:
        d = result.to_dict()
        against = getattr(result, "baseline", None)
        if against is not None:  # --baseline: what is new since the earlier report
            d["baseline"] = against.to_dict()
            new = set(against.new)
            for i, f in enumerate(d["findings"]):
                f["new"] = i in new
        return _dumps(d, "    ")

    def put(self, chunk: str, result) -> None:
        self._write(("\n    " if not self._count["files"] else ",\n    ") + chunk)
        self._count["files"] += 1
        self._count["errors"] += 1 if result.error else 0
        self._count["findings"] += len(result.findings)

    def close(self, results=None) -> None:
        self._write(("\n  ]" if self._count["files"] else "]") + ',\n  "summary": ' + _dumps(self._count, "  ") + "\n}\n")


Writer = JsonWriter


def render(results, rules, options) -> str:
    from . import write_all

    return write_all(Writer, results, rules, options)
