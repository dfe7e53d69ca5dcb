"""``--baseline OLD.json``: what changed since an earlier run.

A team adopting plainlint on hundreds of published documents cannot fix everything at
once; held to the findings that are *new* since a baseline, CI stays useful from the first
day. The baseline is an earlier ``plainlint check --format json`` report.

Matching. Documents are matched by the path the report shows (or, when that path is not
in the baseline, by its file name if exactly one baseline document has it). Within a
document, findings are matched by rule and words (case and spacing ignored), never by line
or column, so text added above a finding does not make it new; where the same words are
flagged several times, the occurrences are paired in order and only the extra ones are
new (or fixed). Messages are not compared: their wording may change between versions.

For each document the comparison gives the new findings, the fixed ones (in the baseline,
not found now) and the plain-English score before and after, where both reports have it.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from typing import Optional

from .errors import ConfigError

MAX_BASELINE_MB = 512


@dataclass
class Delta:
    """One document against the baseline."""

    known: bool  # the document was in the baseline
    new: list = field(default_factory=list)  # indices into the result's findings
    fixed: list = field(default_factory=list)  # baseline findings (plain dicts) not found now
    score_before: Optional[float] = None
    score_after: Optional[float] = None

    def to_dict(self) -> dict:
        return {"in_baseline": self.known, "new": len(self.new), "fixed": len(self.fixed),
                "score_before": self.score_before, "score_after": self.score_after}


def _key(rule, text) -> tuple:
    return (str(rule or ""), " ".join(str(text or "").casefold().split()))


def _score(value) -> Optional[float]:
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _line(f) -> int:
    loc = f.get("location") if isinstance(f, dict) else getattr(f, "location", None)
    if isinstance(loc, dict):
        line = loc.get("line") or loc.get("page") or 0
    elif loc is not None:
        line = getattr(loc, "line", None) or getattr(loc, "page", None) or 0
    else:
        line = 0
    return line if isinstance(line, int) else 0


class Baseline:
    """An earlier JSON report, read strictly: a damaged or foreign file is one clear error."""

    def __init__(self, path: str, files: dict):
        self.path = path
        self.files = files  # shown path -> {"findings": [...], "score": x}
        names: dict = {}
        for p in files:
            names.setdefault(os.path.basename(p), []).append(p)
        self._by_name = {n: ps[0] for n, ps in names.items() if len(ps) == 1}

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            st = os.stat(path)
        except OSError as exc:
            raise ConfigError(f"{path}: the baseline cannot be read ({exc.strerror})") from None
        if not os.path.isfile(path):
            raise ConfigError(f"{path}: the baseline is not a regular file")
        if st.st_size > MAX_BASELINE_MB * 1048576:
            raise ConfigError(f"{path}: the baseline is over {MAX_BASELINE_MB} MB")
        try:
            with open(path, encoding="utf-8-sig") as fh:
                data = json.load(fh)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise ConfigError(f"{path}: the baseline is not a plainlint JSON report ({exc.__class__.__name__})") from None
        if not isinstance(data, dict) or not isinstance(data.get("files"), list):
            raise ConfigError(f"{path}: the baseline is not a plainlint JSON report (no 'files' list); "
                              "make one with plainlint check --format json -o FILE")
        files = {}
        for i, f in enumerate(data["files"]):
            if not isinstance(f, dict) or not isinstance(f.get("path"), str):
                raise ConfigError(f"{path}: file {i + 1} of the baseline has no path")
            findings = f.get("findings") or []
            if not isinstance(findings, list) or not all(isinstance(x, dict) for x in findings):
                raise ConfigError(f"{path}: the findings of {f['path']!r} in the baseline are not a list of objects")
            files[f["path"]] = {"findings": findings, "score": _score(f.get("score", (f.get("metrics") or {}).get("score"))),
                                "error": f.get("error")}
        return cls(path, files)

    def entry(self, shown: str) -> Optional[dict]:
        if shown in self.files:
            return self.files[shown]
        other = self._by_name.get(os.path.basename(shown))
        return self.files.get(other) if other else None

    def compare(self, result) -> Delta:
        """The result (a FileResult) against its document in the baseline."""
        old = self.entry(result.path)
        after = _score(getattr(result, "score", None)) if getattr(result, "score", None) is not None else \
            _score((result.metrics or {}).get("score"))
        if old is None:
            return Delta(known=False, new=list(range(len(result.findings))), score_after=after)
        groups_old: dict = {}
        for f in sorted(old["findings"], key=_line):
            groups_old.setdefault(_key(f.get("rule"), f.get("text")), []).append(f)
        groups_new: dict = {}
        for i, f in sorted(enumerate(result.findings), key=lambda p: _line(p[1])):
            groups_new.setdefault(_key(f.rule, f.text), []).append(i)
        new: list = []
        fixed: list = []
        for key, idx in groups_new.items():
            before = groups_old.get(key, [])
            new.extend(idx[len(before):])
        for key, before in groups_old.items():
            now = groups_new.get(key, [])
            fixed.extend(before[len(now):])
        return Delta(known=True, new=sorted(new), fixed=fixed, score_before=old["score"], score_after=after)


def summary_line(deltas: list, baseline_path: str) -> str:
    """One line for the end of a run: the whole run against the baseline."""
    new = sum(len(d.new) for d in deltas)
    fixed = sum(len(d.fixed) for d in deltas)
    unknown = sum(1 for d in deltas if not d.known)
    up = sum(1 for d in deltas if d.score_before is not None and d.score_after is not None and d.score_after > d.score_before)
    down = sum(1 for d in deltas if d.score_before is not None and d.score_after is not None and d.score_after < d.score_before)
    parts = [f"{new} new finding{'s' if new != 1 else ''}", f"{fixed} fixed"]
    if up or down:
        parts.append(f"score up in {up} document{'s' if up != 1 else ''}, down in {down}")
    if unknown:
        parts.append(f"{unknown} document{'s' if unknown != 1 else ''} not in the baseline")
    return f"Against the baseline {baseline_path}: " + ", ".join(parts) + "."
