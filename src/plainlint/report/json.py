"""``--format json``: the stable machine interface (see DESIGN.md)."""

from __future__ import annotations

import json

from . import summary_counts


def render(results, rules, options) -> str:
    s = summary_counts(results)
    data = {
        "version": 1,
        "files": [r.to_dict() for r in results],
        "summary": {"files": s["files"], "errors": s["errors"], "findings": s["findings"]},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
