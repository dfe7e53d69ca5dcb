"""``--format sarif``: SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning and
any SARIF viewer).

One run. ``tool.driver.rules`` holds every rule with its help text, taken from the rule
files (summary, why it matters, what to write instead, sources); there is no help URI,
because the help travels inside the file. Each result names its rule, its level (error,
warning, or note for a suggestion), its message with the suggested fix, and where it is:

- text and Markdown: the file and a region (start and end line and column, counted in
  Unicode code points, as ``columnKind`` says), the source line as a snippet, and for a
  span on one line a ``fix`` that replaces it with the first suggestion;
- Word and PDF: the file, and a message that begins with the page, paragraph, table cell
  and section ("Page 3, paragraph 7 (in "Background"): …"); the same facts are in the
  result's ``properties``.

``partialFingerprints`` (rule, file, the words flagged, the section, and which occurrence
of those words it is) let a dashboard follow a finding across runs when lines move.
Files that could not be read appear as error notifications of the run's invocation.
"""

from __future__ import annotations

import hashlib
import json
import os
from urllib.parse import quote

from .. import __version__

LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def _text(s: str) -> str:
    return " ".join((s or "").split())


def rule_help(rule) -> tuple[str, str]:
    """(plain text, Markdown) help for a rule, from its rule file."""
    text = [_text(rule.summary), "", "Why it matters: " + _text(rule.why)]
    md = [_text(rule.summary), "", "**Why it matters.** " + _text(rule.why)]
    if rule.instead:
        text += ["", "What to write instead: " + _text(rule.instead)]
        md += ["", "**What to write instead.** " + _text(rule.instead)]
    if rule.sources:
        text += ["", "Sources: " + "; ".join(rule.sources)]
        md += ["", "Sources: " + "; ".join(rule.sources)]
    return "\n".join(text), "\n".join(md)


def rule_descriptor(rule) -> dict:
    text, md = rule_help(rule)
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": _text(rule.summary)},
        "fullDescription": {"text": _text(rule.why)},
        "help": {"text": text, "markdown": md},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"category": rule.category, "tags": ["plain-english", rule.category]},
    }


def artifact_uri(path: str) -> str:
    """A relative URI for a path under the working folder, else a file: URI."""
    # only on Windows is a backslash a separator; elsewhere it is part of a name (and
    # of the "\xff" escapes shown for names that are not UTF-8)
    p = path.replace("\\", "/") if os.sep == "\\" else path
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            rel = None
        if rel is not None and not rel.startswith(".."):
            p = rel.replace("\\", "/") if os.sep == "\\" else rel
        else:
            return "file://" + quote(p if p.startswith("/") else "/" + p)
    if p.startswith("./"):
        p = p[2:]
    return quote(p, safe="/")


def _where_prefix(loc) -> str:
    where = loc.describe() if loc is not None else ""
    return (where[0].upper() + where[1:] + ": ") if where else ""


def _message(f) -> str:
    loc = f.location
    msg = f.message
    if loc is None or loc.line is None:
        msg = _where_prefix(loc) + msg
    if f.suggestions:
        msg += " Suggested: " + " | ".join(f.suggestions)
    return msg


def _region(f):
    loc = f.location
    if loc is None or loc.line is None:
        return None
    region = {"startLine": loc.line}
    if loc.column is not None:
        region["startColumn"] = loc.column
    if not f.document_level:
        if loc.end_line is not None:
            region["endLine"] = loc.end_line
        if loc.end_column is not None:
            one_line = (loc.end_line or loc.line) == loc.line
            region["endColumn"] = max(loc.end_column, (loc.column or 1) + 1) if one_line else loc.end_column
        if f.context and f.context.get("text") and (loc.end_line or loc.line) == loc.line:
            region["snippet"] = {"text": f.context["text"]}
    return region


def _fingerprint(path: str, f, occurrence: int) -> str:
    loc = f.location
    key = "\x1f".join([f.rule, path, " ".join(f.text.split()).lower(), (loc.section or "") if loc else "",
                       str(occurrence)])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _properties(f) -> dict:
    loc = f.location
    props = {"category": f.category}
    if loc is not None:
        for key in ("page", "paragraph", "section"):
            value = getattr(loc, key)
            if value is not None:
                props[key] = value
        if loc.table is not None:
            props["table"] = list(loc.table)
    if f.document_level:
        props["documentLevel"] = True
    if f.suggestions:
        props["suggestions"] = list(f.suggestions)
    return props


def build(results, rules) -> dict:
    rule_list = list(rules.values()) if rules else []
    index = {r.id: i for i, r in enumerate(rule_list)}
    out_results = []
    notifications = []
    artifacts = []
    artifact_index: dict = {}
    for r in results:
        uri = artifact_uri(r.path)
        if r.error:
            notifications.append({
                "level": "error",
                "message": {"text": f"{r.path}: could not be read: {r.error['message']}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                "properties": {"kind": r.error.get("kind")},
            })
            continue
        for w in r.warnings:
            notifications.append({
                "level": "warning",
                "message": {"text": f"{r.path}: {w}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
            })
        if uri not in artifact_index:
            artifact_index[uri] = len(artifacts)
            art = {"location": {"uri": uri}}
            if r.format:
                art["properties"] = {"format": r.format}
            artifacts.append(art)
        seen: dict = {}
        for f in r.findings:
            key = (f.rule, " ".join(f.text.split()).lower(), f.location.section if f.location else None)
            seen[key] = seen.get(key, 0) + 1
            location = {"uri": uri, "index": artifact_index[uri]}
            physical = {"artifactLocation": location}
            region = _region(f)
            if region:
                physical["region"] = region
            res = {
                "ruleId": f.rule,
                "level": LEVEL[f.severity],
                "message": {"text": _message(f)},
                "locations": [{"physicalLocation": physical}],
                "partialFingerprints": {"plainlintFinding/v1": _fingerprint(uri, f, seen[key])},
                "properties": _properties(f),
            }
            if f.rule in index:
                res["ruleIndex"] = index[f.rule]
            loc = f.location
            if (f.suggestions and region and not f.document_level and loc.end_line == loc.line
                    and loc.end_column):
                res["fixes"] = [{
                    "description": {"text": f"Replace '{f.text}' with '{f.suggestions[0]}'"},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri, "index": artifact_index[uri]},
                        "replacements": [{
                            "deletedRegion": {"startLine": loc.line, "startColumn": loc.column,
                                              "endLine": loc.line, "endColumn": loc.end_column},
                            "insertedContent": {"text": f.suggestions[0]},
                        }],
                    }],
                }]
            out_results.append(res)
    run = {
        "tool": {"driver": {
            "name": "plainlint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule_descriptor(r) for r in rule_list],
        }},
        "invocations": [{
            "executionSuccessful": not any(r.error for r in results),
            "toolExecutionNotifications": notifications,
        }],
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": out_results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(results, rules, options) -> str:
    from . import viewed

    data = build([viewed(r, options) for r in results], rules)
    text = json.dumps(data, indent=2, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a badly encoded file: escape it instead
        text = json.dumps(data, indent=2, ensure_ascii=True)
    return text + "\n"
