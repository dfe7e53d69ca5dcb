"""Profiles: documented bundles of thresholds and severities for a kind of document.

``profile = "board-paper"`` (the default), ``"public"`` or ``"strict"`` in a config file, or
``--profile NAME``. A profile sets the defaults beneath the config file: a ``[rules.RULE]``
table's ``severity`` or option, or the ``min-severity`` key, still wins over it. docs/profiles.md
describes each one; the tests check every profile's effect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

_RANK = {"suggestion": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Profile:
    name: str
    summary: str
    min_severity: str  # the lowest severity the text view and Word comments show
    #: rule id -> severity used instead of the rule file's (findings a rule or a word-list
    #: entry gives another severity of its own keep it)
    rule_severity: dict = field(default_factory=dict)
    #: rule id -> {option: value} used instead of the rule file's defaults
    rule_options: dict = field(default_factory=dict)
    #: the lowest severity of a plain-words or done-to-language finding (stricter words), or None
    words_floor: Optional[str] = None

    def severity(self, finding, rule) -> str:
        sev = finding.severity
        if rule is not None and sev == rule.severity and rule.id in self.rule_severity:
            sev = self.rule_severity[rule.id]
        if self.words_floor and (finding.category == "plain-words" or finding.rule == "done-to-language") \
                and _RANK[sev] < _RANK[self.words_floor]:
            sev = self.words_floor
        return sev


PROFILES = {
    "board-paper": Profile(
        name="board-paper",
        summary="Board and committee papers, strategies and reports that residents may read but "
                "that must carry technical, financial and legal detail. Shows errors and warnings.",
        min_severity="warning",
    ),
    "public": Profile(
        name="public",
        summary="Material written for residents: leaflets, letters, consultation documents, "
                "easy-read and web pages. Reading-age target 9, sentences of 20 words or fewer, "
                "every plain-words finding at least a warning.",
        min_severity="warning",
        rule_options={"reading-age": {"target": 9, "warning-over": 0}, "long-sentence": {"max-words": 20, "warning-words": 25, "error-words": 35,
                                                                        "hard-only-up-to": 0},
                      "acronym-density": {"max-per-1000-words": 3},
                      # residents do not know the letters officers do (CQC, DWP, NICE): shown, as any other
                      "acronym-undefined": {"sector-severity": "error"},
                      # an action buried in a noun and a passive ('The discretion of the council is applied'):
                      # residents see neither who acts nor what is done
                      "passive-voice": {"buried-action-severity": "warning"}},
        rule_severity={"acronym-density": "warning", "long-paragraph": "warning"},
        words_floor="warning",
    ),
    "strict": Profile(
        name="strict",
        summary="Everything plainlint finds, house-style suggestions included: for an editor's "
                "last pass or a style guide's own pages.",
        min_severity="suggestion",
    ),
}
DEFAULT = "board-paper"


def profile_of(config) -> Profile:
    name = getattr(config, "profile", None) or DEFAULT
    return PROFILES[name]
