"""Rules as data, checks as code.

A rule is a TOML file in ``rules/``: its id, category, severity, the kind of check that
implements it, that check's options, the message and explanation, and examples that must
and must not fire. A check kind (``checks/``) implements every rule of its kind at once,
so that, for example, all word lists compile into one phrase matcher.
"""

from __future__ import annotations

import importlib
import re
from operator import attrgetter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from . import resources
from .document import BLOCK_KINDS, Document, Location
from .errors import ConfigError, RuleFileError
from .kinds import CATEGORIES, KINDS, RENAMED, SEVERITIES
from .options import check_table
from .profiles import profile_of  # (imported here once: Rule.option is asked thousands of times a document)
from .schema import Field, checker

SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def fails(severities: Iterable[str], fail_on: str) -> bool:
    """Does any of these findings' severities reach ``fail_on`` (exit code 1)?"""
    level = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[s] >= level for s in severities)

#: check kind -> module in plainlint.checks that defines ``CHECK`` (a class); from kinds.KINDS
CHECK_KINDS = {name: kind.module for name, kind in KINDS.items()}


@dataclass
class Example:
    text: str
    spans: Optional[list] = None  # expected span texts (must-fire); None = any
    suggestion: Optional[str] = None
    options: dict = field(default_factory=dict)
    format: str = "text"
    count: Optional[int] = None
    severity: Optional[str] = None  # the severity expected (must-fire); None = any


@dataclass
class Rule:
    id: str
    category: str
    severity: str
    kind: str
    summary: str
    message: str
    why: str
    sources: list
    options: dict = field(default_factory=dict)
    instead: str = ""
    scopes: Optional[list] = None
    must_fire: list = field(default_factory=list)
    must_not_fire: list = field(default_factory=list)
    path: str = ""
    fixable: bool = False  # a finding with one suggestion is safe to apply (plainlint.fix)

    def option(self, config, name: str):
        """The option's value from config, else the rule file's default."""
        if config is not None:
            over = config.rule_options.get(self.id, {})
            if name in over:
                return over[name]
            prof = profile_of(config).rule_options.get(self.id, {})
            if name in prof:
                return prof[name]
        return self.options[name]


_RULE_FIELDS = (
    *(Field(k, str, required=True) for k in ("id", "category", "severity", "kind", "summary", "message", "why")),
    Field("sources", list, required=True, items=str), Field("options", dict), Field("instead", str),
    Field("scopes", list, items=str), Field("must-fire", list), Field("must-not-fire", list), Field("fixable", bool),
)
_EXAMPLE_FIELDS = (Field("text", str, required=True), Field("span", str), Field("spans", list, items=str),
                   Field("suggestion", str), Field("options", dict), Field("format", str), Field("count", int),
                   Field("severity", str))


def _load_toml(path: Path) -> tuple:
    """(data, built): see ``resources.read_toml_built``."""
    from .resources import read_toml_built

    try:
        return read_toml_built(path)
    except OSError as exc:
        raise RuleFileError(f"{path}: cannot read ({exc.strerror})") from None
    except ValueError as exc:
        raise RuleFileError(f"{path}: not valid TOML: {exc}") from None


def _example(raw, path, where, kind: str, check) -> Example:
    if isinstance(raw, str):
        return Example(text=raw)
    if not isinstance(raw, dict):
        raise RuleFileError(f"{path}: {where}: each example is a string or a table")
    check(raw, _EXAMPLE_FIELDS, f"{path}: {where}")
    if raw.get("severity", SEVERITIES[0]) not in SEVERITIES:
        raise RuleFileError(f"{path}: {where}: severity '{raw['severity']}' is not one of {', '.join(SEVERITIES)}")
    spans = raw.get("spans")
    if "span" in raw:
        spans = [raw["span"]]
    options = check_table(KINDS[kind].options, raw.get("options", {}), str(path), f"{where}.options",
                          RuleFileError, complete=False)
    return Example(text=raw["text"], spans=spans, suggestion=raw.get("suggestion"),
                   options=options, format=raw.get("format", "text"),
                   count=raw.get("count"), severity=raw.get("severity"))


class _Unread:
    """A rule file's must-fire or must-not-fire records, made into Examples when the rule's examples are first
    read (``Rule.must_fire``): only the tests, ``plainlint explain`` and the docs read them, never a check.
    Used for a shipped file read from the wheel's built copy, whose examples every test run of its source
    checks (some 2,100 records: about 4 ms of every start made when the rules were loaded)."""

    __slots__ = ("raw", "path", "name", "kind", "check")

    def __init__(self, raw, path, name: str, kind: str, check):
        self.raw, self.path, self.name, self.kind, self.check = raw, path, name, kind, check

    def read(self) -> list:
        return [_example(x, self.path, f"{self.name}[{i}]", self.kind, self.check) for i, x in enumerate(self.raw)]


def _examples(name: str) -> property:
    """``Rule.must_fire`` / ``must_not_fire``: the list, made from the file's records when first read."""
    key = "_" + name

    def get(rule) -> list:
        got = rule.__dict__[key]
        if isinstance(got, _Unread):
            got = rule.__dict__[key] = got.read()
        return got

    def put(rule, value) -> None:
        rule.__dict__[key] = value

    return property(get, put)


Rule.must_fire = _examples("must_fire")
Rule.must_not_fire = _examples("must_not_fire")


def load_rule(path: Path) -> Rule:
    data, built = _load_toml(path)
    # a shipped rule file read from the wheel's built copy passed these record checks (its
    # examples' too: some 1,200 records) in the tests of the source it was built from: not
    # checked again at each start-up (tests/test_speed_shortcuts_records.py); the checks of
    # values below (category, severity, kind, options) still run
    check = checker(built)
    data = check(data, _RULE_FIELDS, str(path))
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", data["id"]):
        raise RuleFileError(f"{path}: id '{data['id']}' is not kebab-case")
    if path.stem != data["id"]:
        raise RuleFileError(f"{path}: file name must be the rule id ('{data['id']}.toml')")
    if data["category"] not in CATEGORIES:
        raise RuleFileError(f"{path}: category '{data['category']}' is not one of {', '.join(CATEGORIES)}")
    if data["severity"] not in SEVERITIES:
        raise RuleFileError(f"{path}: severity '{data['severity']}' is not one of {', '.join(SEVERITIES)}")
    if data["kind"] not in CHECK_KINDS:
        now = RENAMED.get(data["kind"])
        if now:
            raise RuleFileError(f"{path}: kind '{data['kind']}' is now {now}")
        raise RuleFileError(f"{path}: kind '{data['kind']}' is not a known check kind")
    for s in data.get("scopes") or []:
        if s not in BLOCK_KINDS:
            raise RuleFileError(f"{path}: scope '{s}' is not one of {', '.join(BLOCK_KINDS)}")
    kind = data["kind"]
    options = check_table(KINDS[kind].options, data.get("options", {}), str(path), "options", RuleFileError,
                          complete=True)
    problem = KINDS[kind].check(options) if KINDS[kind].check else None
    if problem:
        raise RuleFileError(f"{path}: options: {problem}")
    fire = _Unread(data.get("must-fire", []), path, "must-fire", kind, check)
    quiet = _Unread(data.get("must-not-fire", []), path, "must-not-fire", kind, check)
    if not built:  # a checkout's, an edited or a writer's own file: every example checked now
        fire, quiet = fire.read(), quiet.read()
    return Rule(
        id=data["id"], category=data["category"], severity=data["severity"], kind=data["kind"],
        summary=data["summary"].strip(), message=data["message"].strip(), why=data["why"].strip(),
        sources=data["sources"], options=options, instead=data.get("instead", "").strip(),
        scopes=data.get("scopes"), must_fire=fire, must_not_fire=quiet, path=str(path),
        fixable=data.get("fixable", False),
    )


_rules_cache: Optional[dict] = None


def all_rules() -> dict[str, Rule]:
    """Every rule shipped with plainlint, by id, in a stable order."""
    global _rules_cache
    if _rules_cache is None:
        rules = {}
        for p in sorted(resources.rules_dir().glob("*.toml")):
            r = load_rule(p)
            rules[r.id] = r
        _rules_cache = rules
    return _rules_cache


# ---------------------------------------------------------------------------------------
# Findings and results


@dataclass
class Finding:
    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    text: str
    suggestions: list = field(default_factory=list)
    location: Optional[Location] = None
    document_level: bool = False
    extra: dict = field(default_factory=dict)
    context: Optional[dict] = None  # {"text", "start", "end"}: the line (or clipped block) to show
    repeats: Optional[list] = None  # folded in a report (display.py): the other places, as Locations

    def to_dict(self) -> dict:
        loc = self.location.to_dict() if self.location else Location().to_dict()
        # the table cell ([table, row, cell]) and the kind of block ("footnote", "table-cell",
        # "header-footer", ...), as the text, CSV and SARIF reports give them
        loc["table"] = list(self.location.table) if self.location and self.location.table else None
        loc["kind"] = self.location.kind if self.location else None
        d = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "location": loc,
        }
        if self.repeats:
            d["count"] = 1 + len(self.repeats)
            d["other_locations"] = [(x or Location()).to_dict() for x in self.repeats]
        return d


@dataclass
class FileResult:
    path: str
    format: Optional[str] = None
    findings: list = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    error: Optional[dict] = None  # {"kind": ..., "message": ...}
    warnings: list = field(default_factory=list)
    sections: list = field(default_factory=list)  # per-section metrics (stats)
    hardest: list = field(default_factory=list)  # hardest sentences (stats)
    text: Optional[str] = None  # the extracted text (for the HTML report), when asked for
    cached: bool = False
    score: Optional[dict] = None  # the plain-English score (score.py): value, parts, sections
    fix_first: list = field(default_factory=list)  # the findings to fix first (score.fix_first)

    def to_dict(self) -> dict:
        d = {
            "path": self.path,
            "format": self.format,
            "error": self.error,
            "notes": list(self.warnings),  # what limits the check (a damaged PDF text layer, ...)
            "metrics": self.metrics,
        }
        if self.score is not None:
            d["score"] = self.score
            d["fix_first"] = self.fix_first
        d["findings"] = [f.to_dict() for f in self.findings]
        return d

    def to_plain(self) -> dict:
        """Everything, as plain data (for worker processes, the cache and Dask)."""
        d = self.to_dict()
        d["warnings"] = list(self.warnings)
        d["sections"] = self.sections
        d["hardest"] = self.hardest
        d["text"] = self.text
        d["findings"] = [
            dict(f.to_dict(), start=f.start, end=f.end, document_level=f.document_level, context=f.context,
                 table=list(f.location.table) if f.location and f.location.table else None,
                 kind=f.location.kind if f.location else None)
            for f in self.findings
        ]
        return d

    @classmethod
    def from_plain(cls, d: dict) -> "FileResult":
        findings = []
        for f in d.get("findings", []):
            loc = dict(f["location"])
            loc["table"] = tuple(f["table"]) if f.get("table") else None
            loc["kind"] = f.get("kind")
            findings.append(Finding(
                rule=f["rule"], category=f["category"], severity=f["severity"], message=f["message"],
                start=f.get("start", 0), end=f.get("end", 0), text=f["text"],
                suggestions=list(f["suggestions"]), location=Location(**loc),
                document_level=f.get("document_level", False), context=f.get("context"),
            ))
        return cls(path=d["path"], format=d.get("format"), findings=findings,
                   metrics=d.get("metrics") or {}, error=d.get("error"),
                   warnings=d.get("warnings") or [], sections=d.get("sections") or [],
                   hardest=d.get("hardest") or [], text=d.get("text"), score=d.get("score"),
                   fix_first=d.get("fix_first") or [])


# ---------------------------------------------------------------------------------------
# Running


class Check:
    """Base of every check kind: built once per configuration, run once per document."""

    def __init__(self, rules: list[Rule], config):
        self.rules = rules
        self.config = config

    def run(self, analysed) -> Iterable[Finding]:  # pragma: no cover - interface
        raise NotImplementedError

    def metrics(self, analysed) -> dict:
        """The check's own figures for the document's metrics, by name (None: left out).
        Only checks that run add theirs: the co-production ladder, the acronyms flagged."""
        return {}

    # helpers for subclasses
    def finding(self, rule: Rule, analysed, start: int, end: int, message: str,
                suggestions=(), severity: Optional[str] = None, document_level=False, **extra) -> Finding:
        if document_level and start == end == 0:
            # about the whole document: anchored on its title or opening prose, not on a
            # table cell that happens to come first (in every format and report)
            start = end = analysed.document.opening_offset()
        text = analysed.document.text[start:end]
        return Finding(rule=rule.id, category=rule.category,
                       severity=severity or rule.severity, message=message, start=start, end=end,
                       text=text, suggestions=list(suggestions), document_level=document_level,
                       extra=extra)


def selected_rules(config) -> list[Rule]:
    rules = all_rules()
    chosen = []
    select = set(config.select) if config.select else None
    ignore = set(config.ignore or ())
    for r in rules.values():
        if select is not None and r.id not in select and r.category not in select:
            continue
        if r.id in ignore or r.category in ignore:
            continue
        chosen.append(r)
    return chosen


def validate_rule_names(names: Iterable[str], where: str) -> None:
    known = set(all_rules()) | set(CATEGORIES)
    for n in names:
        if n not in known:
            raise ConfigError(f"{where}: '{n}' is not a rule id or category (see 'plainlint rules')")


class Engine:
    """All selected rules, built once for a configuration."""

    def __init__(self, config):
        self.config = config
        self.rules = selected_rules(config)
        by_kind: dict[str, list[Rule]] = {}
        for r in self.rules:
            by_kind.setdefault(CHECK_KINDS[r.kind], []).append(r)
        self.checks = []
        for module_name, rules in by_kind.items():
            module = importlib.import_module(f".checks.{module_name}", __package__)
            self.checks.append(module.CHECK(rules, config))
        #: rule id -> the block kinds its findings may be in (the rule file's ``scopes``)
        self.scopes = {r.id: frozenset(r.scopes) for r in self.rules if r.scopes}

    def in_scope(self, f: Finding, doc: Document) -> bool:
        """Is ``f`` in a block its rule's ``scopes`` allow? One filter for every check kind;
        document-level findings are in every scope."""
        kinds = self.scopes.get(f.rule)
        if kinds is None or f.document_level:
            return True
        block = doc.block_at(f.start)
        return block is None or block.kind in kinds

    def run(self, analysed) -> list[Finding]:
        findings: list[Finding] = []
        for check in self.checks:
            findings.extend(check.run(analysed))
        doc = analysed.document
        if self.scopes:
            # only a rule whose scopes leave out a kind of block this document has can lose a finding
            # (every shipped rule leaves out 'furniture', which most documents lack: one pass over the
            # blocks' kinds in C instead of a block found for each finding)
            present = set(map(attrgetter("kind"), doc.blocks))
            narrow = {rule for rule, kinds in self.scopes.items() if not present <= kinds}
            if narrow:
                findings = [f for f in findings if f.rule not in narrow or self.in_scope(f, doc)]
        overrides = self.config.rule_severity
        profile = profile_of(self.config)
        by_id = {r.id: r for r in self.rules}
        source = doc.source
        place = doc.place
        for f in findings:
            if f.rule in overrides:
                f.severity = overrides[f.rule]
            else:
                f.severity = profile.severity(f, by_id.get(f.rule))
            start, end = f.start, f.end
            if f.location is None:
                # the span's source offsets come with its place: each looked up once (Document.place)
                f.location, so, eo = place(start, end)
            elif source is not None and end > start:
                so, eo = doc.source_offset(start), doc.source_offset(end - 1)
            if source is not None and end > start and not f.document_level:
                if so is not None and eo is not None and 0 <= so <= eo < len(source) and eo - so < 4 * (end - start) + 8:
                    f.text = source[so:eo + 1]  # the exact source text of the span
            if not f.document_level and f.context is None:
                f.context = context_for(doc, f)
        findings = apply_suppressions(doc, findings)
        findings.sort(key=attrgetter("start", "end", "rule"))
        return findings


def context_for(doc: Document, f: Finding, width: int = 120) -> Optional[dict]:
    """The text to show under a finding: its source line, or a clipped window of its block."""
    loc = f.location
    if loc is not None and loc.line is not None and doc.source is not None:
        line = doc.source_line_text(loc.line)
        if len(line) > 1000:
            return None
        start = loc.column - 1
        end = loc.end_column - 1 if loc.end_line == loc.line and loc.end_column else len(line)
        return {"text": line, "start": start, "end": max(end, start + 1)}
    block = doc.block_at(f.start)
    if block is None:
        return None
    text = doc.text[block.start:block.end]
    s, e = f.start - block.start, min(f.end, block.end) - block.start
    if e - s > width:
        return None
    lo = max(0, s - (width - (e - s)) // 2)
    hi = min(len(text), lo + width)
    lo = max(0, hi - width)
    window = text[lo:hi].replace("\n", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return {"text": prefix + window + suffix, "start": s - lo + len(prefix), "end": e - lo + len(prefix)}


def apply_suppressions(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Drop findings covered by inline plainlint-disable comments (text and Markdown)."""
    if not doc.suppressions:
        return findings
    ranges = []  # (first line, last line, rules or None)
    open_: dict = {}
    for kind, rules, line in sorted(doc.suppressions, key=lambda s: s[2]):
        if kind == "disable-next-line":
            ranges.append((line + 1, line + 1, rules))
        elif kind == "disable":
            open_[rules] = line
        elif kind == "enable":
            if rules is None:
                for r, start in list(open_.items()):
                    ranges.append((start, line, r))
                open_.clear()
            else:
                for r, start in list(open_.items()):
                    if r is None:
                        continue  # a disable-all ends only at a plain enable
                    if r & rules:
                        ranges.append((start, line, r & rules))
                        rest = r - rules
                        del open_[r]
                        if rest:
                            open_[frozenset(rest)] = start
    for r, start in open_.items():
        ranges.append((start, 10**12, r))
    kept = []
    for f in findings:
        line = f.location.line if f.location else None
        if line is None:
            kept.append(f)
            continue
        end_line = f.location.end_line or line
        hit = False
        for a, b, rules in ranges:
            if a <= line and end_line <= b and (rules is None or f.rule in rules or f.category in rules):
                hit = True
                break
        if not hit:
            kept.append(f)
    return kept
