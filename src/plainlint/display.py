"""What a report shows: the lowest severity shown and repeats folded.

Every rule still runs and every finding still counts for the exit code, ``--statistics``,
``--summary`` and the score; this only decides which findings a report lists.

- **Lowest severity shown** (``--min-severity``, config key ``min-severity``, like Vale's
  ``--minAlertLevel``): at a terminal (``--format text``) and in Word comments the default is
  the profile's (``warning`` for ``board-paper`` and ``public``, ``suggestion`` for
  ``strict``); the machine formats (JSON, SARIF, GitHub, CSV) and the HTML report carry every
  finding unless the option or the key asks otherwise.
- **Repeats folded** (``--repeats fold|every``, config key ``repeats``): the same rule on the
  same words (case and spacing aside) with the same message (case aside), many times in one document, is
  listed once at its first place with the count and the other places. Text and Word comments
  fold by default; the machine formats and the HTML report list every one unless asked.
  Findings about the whole document are never folded.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional

from .engine import SEVERITY_RANK

#: formats a person reads as it is; the others carry everything unless asked
HUMAN_FORMATS = ("text", "annotate")


@dataclass
class DisplayOptions:
    min_severity: str = "suggestion"
    fold: bool = False

    @classmethod
    def for_format(cls, fmt: str, min_severity: Optional[str] = None, repeats: Optional[str] = None,
                   config=None) -> "DisplayOptions":
        """The options for a format: the option given, else the config's key, else the
        format's default (for the text view and Word comments, the profile's)."""
        from .profiles import profile_of

        human = fmt in HUMAN_FORMATS
        if min_severity is None and config is not None:
            min_severity = config.min_severity
        if min_severity is None:
            min_severity = profile_of(config).min_severity if human else "suggestion"
        if repeats is None and config is not None:
            repeats = config.repeats
        if repeats is None:
            repeats = "fold" if human else "every"
        return cls(min_severity=min_severity, fold=(repeats == "fold"))

    @property
    def everything(self) -> bool:
        return self.min_severity == "suggestion" and not self.fold


@dataclass
class View:
    shown: list  # findings to list; a folded one has ``repeats`` (the other places)
    hidden: dict = field(default_factory=dict)  # severity -> findings below the lowest shown
    folded: int = 0  # findings listed only as another place of an earlier one


def fold_key(f) -> tuple:
    # the message quotes the words as written, so 'Stakeholders' opening a sentence and
    # 'stakeholders' later in it differ only in case there too: one finding (set O pl08, pl34)
    return (f.rule, " ".join((f.text or "").lower().split()), (f.message or "").lower())


def visible(findings, options: DisplayOptions) -> View:
    """The findings a report lists (in their order), what is hidden and how many folded."""
    if options.everything:
        return View(shown=list(findings))
    floor = SEVERITY_RANK[options.min_severity]
    hidden: dict = {}
    kept = []
    for f in findings:
        if SEVERITY_RANK[f.severity] < floor:
            hidden[f.severity] = hidden.get(f.severity, 0) + 1
        else:
            kept.append(f)
    if not options.fold:
        return View(shown=kept, hidden=hidden)
    firsts: dict = {}
    shown = []
    folded = 0
    for f in kept:
        if f.document_level:
            shown.append(f)
            continue
        key = fold_key(f)
        first = firsts.get(key)
        if first is None:
            first = dataclasses.replace(f, repeats=[])
            firsts[key] = first
            shown.append(first)
        else:
            first.repeats.append(f.location)
            folded += 1
    for f in shown:
        if f.repeats == []:
            f.repeats = None
    return View(shown=shown, hidden=hidden, folded=folded)


def place(loc, detail: bool = False) -> str:
    """A short name for a place: 'line 30', 'page 4', 'paragraph 12', 'table 1 row 2 cell 3'
    (with ``detail``, a page's paragraph too: 'page 4, paragraph 2')."""
    if loc is None:
        return "?"
    if loc.line is not None:
        return f"line {loc.line}"
    if loc.table is not None:
        t, r, c = loc.table
        where = f"table {t} row {r} cell {c}"
        return f"page {loc.page}, {where}" if loc.page is not None else where
    if loc.page is not None:
        if detail and loc.paragraph is not None:
            return f"page {loc.page}, paragraph {loc.paragraph}"
        return f"page {loc.page}"
    if loc.paragraph is not None:
        return f"paragraph {loc.paragraph}"
    return loc.describe() or "?"


def other_places(f, limit: int = 8) -> str:
    """'lines 30, 44 and 51' / 'pages 3, 3 and 7' style list of a folded finding's other places
    (places repeated on the same page are named once)."""
    names = []
    for loc in f.repeats or ():
        name = place(loc)
        if not names or names[-1] != name:
            names.append(name)
    if not names:
        return ""
    # 'line 30, line 44' -> 'lines 30, 44'
    kinds = {n.split(" ", 1)[0] for n in names}
    if len(kinds) == 1 and len(names) > 1 and "," not in "".join(names):
        kind = names[0].split(" ", 1)[0]
        items = [n.split(" ", 1)[1] for n in names]
        more = len(items) - limit
        items = items[:limit]
        text = f"{kind}s " + (", ".join(items[:-1]) + " and " + items[-1] if more <= 0 else ", ".join(items) + f" and {more} more")
        return text
    more = len(names) - limit
    names = names[:limit]
    if more > 0:
        return "; ".join(names) + f" and {more} more"
    return "; ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
