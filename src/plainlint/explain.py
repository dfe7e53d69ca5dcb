"""``plainlint explain RULE`` and the rule docs: generated from the rule files, no second copy."""

from __future__ import annotations

import textwrap

from .engine import all_rules
from .errors import PlainlintError


FIXES = ("A finding with exactly one suggestion, rated a warning or an error, is a safe fix: "
         "plainlint check --fix makes it in Markdown and text files, and plainlint annotate "
         "--track-changes makes it a tracked change in Word. Findings with several suggestions "
         "are left to the writer.")


def _para(text: str, indent: str = "") -> str:
    paras = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return "\n\n".join(textwrap.fill(p, 88, initial_indent=indent, subsequent_indent=indent) for p in paras)


def toml_value(v) -> str:
    """``v`` written as TOML, so an option line can be pasted into a config file as it is
    (a string with a quote in it stays one valid string)."""
    import json
    import math

    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v) if math.isfinite(v) else ("nan" if v != v else ("inf" if v > 0 else "-inf"))
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a TOML basic string uses the same escapes
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {toml_value(x)}" for k, x in v.items()) + "}"
    return json.dumps(str(v))


def explain_text(rule_id: str) -> str:
    rules = all_rules()
    rule = rules.get(rule_id)
    if rule is None:
        close = [r for r in rules if rule_id in r or r in rule_id]
        hint = f" Did you mean: {', '.join(close)}?" if close else " See 'plainlint rules'."
        raise PlainlintError(f"no rule called '{rule_id}'.{hint}")
    out = [f"{rule.id} ({rule.category}, {rule.severity})", "", _para(rule.summary), "",
           "Why it matters", _para(rule.why, "  ")]
    if rule.instead:
        out += ["", "What to write instead", _para(rule.instead, "  ")]
    if rule.fixable:
        out += ["", "Fixes", _para(FIXES, "  ")]
    fire = [e for e in rule.must_fire][:4]
    quiet = [e for e in rule.must_not_fire][:4]
    if fire:
        out += ["", "Examples it flags"]
        for e in fire:
            out.append(_para(e.text, "  ✗ "))
    if quiet:
        out += ["", "Examples it leaves alone"]
        for e in quiet:
            out.append(_para(e.text, "  ✓ "))
    shown = _shown_options(rule)
    if shown:
        out += ["", "Options (set in [tool.plainlint.rules." + rule.id + "])"]
        for option, v in shown:
            # valid TOML as printed (a quote in a string stays escaped), the help as a comment
            out.append(f"  {option.name} = {toml_value(v)}    # {option.doc}; {option.describe()}")
    out += ["", "Sources: " + "; ".join(rule.sources), ""]
    return "\n".join(out)


def _shown_options(rule) -> list:
    """(Option, the rule's value) for the options a writer tunes, from the kind's schema
    (kinds.KINDS); the word list, message templates and what the rule is (fixed options
    such as a metric's scope) are the rule's own text, and an option left unset is not shown."""
    from .kinds import KINDS

    return [(o, rule.options[o.name]) for o in KINDS[rule.kind].options
            if (o.type is not str or o.choices) and not o.fixed and rule.options[o.name] is not None]


def rule_docs_markdown() -> str:
    """docs/rules.md, generated from the rule files."""
    rules = all_rules()
    out = ["# Rules", "", "Generated from `rules/*.toml` by `python -m plainlint.gendocs`; do not edit by hand.", ""]
    out += ["| rule | category | severity | finds |", "| --- | --- | --- | --- |"]
    for r in rules.values():
        out.append(f"| [`{r.id}`](#{r.id}) | {r.category} | {r.severity} | {r.summary} |")
    for r in rules.values():
        out += ["", f"## {r.id}", "", f"*{r.category}, {r.severity}.* {r.summary}", "", "**Why it matters.** " + " ".join(r.why.split())]
        if r.instead:
            out += ["", "**What to write instead.** " + " ".join(r.instead.split())]
        if r.fixable:
            out += ["", "**Fixes.** " + FIXES]
        if r.must_fire:
            out += ["", "Flags:", ""] + [f"- {' '.join(e.text.split())}" for e in r.must_fire[:3]]
        if r.must_not_fire:
            out += ["", "Leaves alone:", ""] + [f"- {' '.join(e.text.split())}" for e in r.must_not_fire[:3]]
        shown = _shown_options(r)
        if shown:
            out += ["", f"Options (in `[tool.plainlint.rules.{r.id}]`):", "",
                    "| option | value here | what it does | allowed |", "| --- | --- | --- | --- |"]
            out += [f"| `{o.name}` | `{v}` | {o.doc} | {o.describe()} |" for o, v in shown]
        out += ["", "Sources: " + "; ".join(r.sources)]
    return "\n".join(out) + "\n"
