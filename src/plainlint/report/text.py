"""``--format text``: findings grouped by file, the source line with the span marked, fixes."""

from __future__ import annotations

from ..output import no_workflow_command, printable
from . import StreamWriter, display_of, repeat_note, summary_counts, where

from ..engine import SEVERITY_RANK

_SEV_STYLE = {"error": "bold red", "warning": "yellow", "suggestion": "cyan"}


def _style(text: str, style: str, colour: bool) -> str:
    if not colour:
        return text
    codes = {"bold red": "1;31", "yellow": "33", "cyan": "36", "bold": "1", "dim": "2",
             "green": "32", "magenta": "35", "red": "31"}
    return f"\x1b[{codes[style]}m{text}\x1b[0m"


def _context(f):
    """The line holding the finding and a marker under its span."""
    ctx = f.context
    if not ctx:
        return None
    line, start, end = ctx["text"], ctx["start"], ctx["end"]
    if len(line) > 400 or start > len(line):
        return None
    end = max(min(end, len(line)), start + 1)
    # control characters from the document are shown as escapes (never sent to the
    # terminal), and the marker is placed under the escaped text
    pre, mid, post = printable(line[:start]), printable(line[start:end]), printable(line[end:])
    pad = "".join("\t" if c == "\t" else " " for c in pre)
    return (pre + mid + post).expandtabs(4), pad.expandtabs(4) + "^" * max(1, len(mid.expandtabs(4)))


def statistics_lines(results) -> list[str]:
    """``--statistics``: findings per rule, most first, with the rule's category and the
    severities seen, then how many files each rule fired in."""
    counts: dict = {}
    files: dict = {}
    cats: dict = {}
    sevs: dict = {}
    for r in results:
        for f in r.findings:
            counts[f.rule] = counts.get(f.rule, 0) + 1
            files.setdefault(f.rule, set()).add(r.path)
            cats[f.rule] = f.category
            sevs.setdefault(f.rule, set()).add(f.severity)
    if not counts:
        return []
    width = max(len(k) for k in counts)
    cwidth = max(len(c) for c in cats.values())
    order = ("error", "warning", "suggestion")
    lines = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        sev = "/".join(s for s in order if s in sevs[rule])
        nf = len(files[rule])
        lines.append(f"{n:>6}  {rule:<{width}}  {cats[rule]:<{cwidth}}  {sev:<18}  "
                     f"in {nf} file{'s' if nf != 1 else ''}")
    total = sum(counts.values())
    lines.append(f"{total:>6}  total")
    return lines


def score_line(score: dict) -> str:
    """'plain-English score 62/100 (reading age 16, target 14: -8; ...)' for a document."""
    parts = score.get("parts", {})
    bits = []
    if "reading_age" in parts:
        bits.append(f"reading age {score.get('reading_age')}, target {score.get('target_reading_age')}: -{parts['reading_age']:g}")
    if "long_sentences" in parts:
        bits.append(f"long sentences {score.get('long_sentence_percent', 0):g}%: -{parts['long_sentences']:g}")
    if "findings" in parts:
        per = score.get("findings_per_1000_words", {})
        bits.append(f"findings ({per.get('error', 0):g} errors, {per.get('warning', 0):g} warnings, "
                    f"{per.get('suggestion', 0):g} suggestions per 1,000 words): -{parts['findings']:g}")
    if "acronyms" in parts:
        bits.append(f"acronyms {score.get('acronyms_per_1000_words', 0):g} per 1,000 words: -{parts['acronyms']:g}")
    return f"plain-English score {score['value']}/100" + (f" ({'; '.join(bits)})" if bits else "")


def fix_first_lines(r, indent: str = "  ") -> list[str]:
    """'Fix these first' lines: the findings whose fixing would raise the score most."""
    if not r.fix_first:
        return []
    out = [f"{indent}Fix these first (points each would add to the score):"]
    for i, item in enumerate(r.fix_first, 1):
        loc = item.get("location") or {}
        where = _place_of(loc)
        words = " ".join((item.get("text") or "").split())
        if len(words) > 60:
            words = words[:59] + "…"
        times = f", {item['count']} times" if item.get("count", 1) > 1 else ""
        out.append(f"{indent}{i}) +{item['gain']:.1f}  {where}: [{item['rule']}] '{words}'{times}")
    return out


def _place_of(loc: dict) -> str:
    from ..document import Location

    try:
        loc = Location(**{k: (tuple(v) if k == "table" and v else v) for k, v in loc.items()})
    except TypeError:
        return "?"
    from ..display import place

    return place(loc, detail=True)


def _file_lines(r, options, view=None) -> list[str]:
    """One document's block: its path, notes, findings with context and fixes, and (when
    findings are shown) the score and the findings to fix first.

    Everything that comes from a document or a file name goes through ``printable`` (no
    terminal escapes), and no line can be read by GitHub Actions as a workflow command
    (an indented ``::error::`` in a document is printed, not run)."""
    return [no_workflow_command(line) for line in _raw_file_lines(r, options, view)]


def _raw_file_lines(r, options, view=None) -> list[str]:
    colour = options.get("colour", False)
    findings = view.shown if view is not None else r.findings
    if r.error or (not findings and not r.warnings):
        return []  # errors go to standard error, one line each
    path = printable(r.path)
    out = [_style(path, "bold", colour)]
    for w in r.warnings:
        out.append(f"  {_style('note', 'magenta', colour)}: {printable(w)}")
    for f in findings:
        loc = f.location
        head = where(path, loc)
        extra = ""
        if loc is not None and loc.line is None:
            desc = loc.describe()
            if desc:
                extra = f" ({desc})"
        sev = _style(f.severity, _SEV_STYLE[f.severity], colour)
        out.append(f"{head}: {sev} [{f.rule}] {printable(f.message)}{printable(extra)}{repeat_note(f)}")
        if options.get("show_context", True):
            ctx = _context(f)
            if ctx:
                out.append("    " + ctx[0])
                out.append("    " + _style(ctx[1], "red", colour))
        if f.suggestions:
            out.append("    " + _style("→ " + printable(" | ".join(f.suggestions)), "green", colour))
    if view is not None and r.score is not None:
        out.append("  " + _style(score_line(r.score), "bold", colour))
        out.extend(fix_first_lines(r))
    return out


def _closing_lines(results, options, shown=None, hidden=None, folded=0) -> list[str]:
    out = []
    if options.get("statistics"):
        lines = statistics_lines(results)
        if lines:
            out.extend(lines)
            out.append("")
    s = summary_counts(results)
    if shown is not None:  # a view: count what was listed
        s["by_severity"] = dict(shown)
        s["findings"] = sum(shown.values())
    if not options.get("quiet_summary"):
        bs = s["by_severity"]
        parts = [f"{s['findings']} finding{'s' if s['findings'] != 1 else ''}"]
        detail = ", ".join(f"{bs[k]} {k}{'s' if bs[k] != 1 else ''}" for k in ("error", "warning", "suggestion") if bs.get(k))
        if detail:
            parts[0] += f" ({detail})"
        parts.append(f"in {s['files']} file{'s' if s['files'] != 1 else ''} checked")
        if s["errors"]:
            parts.append(f"{s['errors']} could not be read")
        out.append(", ".join(parts) + ".")
        hid = {k: v for k, v in (hidden or {}).items() if v}
        if hid:
            names = {"suggestion": "suggestions", "warning": "warnings", "error": "errors"}
            what = " and ".join(f"{n} {names[k] if n != 1 else k}" for k, n in sorted(hid.items(), key=lambda kv: -SEVERITY_RANK[kv[0]]))
            lower = min(hid, key=lambda k: SEVERITY_RANK[k])
            it = "it" if sum(hid.values()) == 1 else "them"
            out.append(f"{what} not shown: --min-severity {lower} shows {it}.")
        if folded:
            out.append(f"{folded} repeat{'s' if folded != 1 else ''} of a finding on the same words folded into "
                       "the first place: --repeats every lists each one.")
    return out


class Writer(StreamWriter):
    """The text report written document by document (see report/__init__.py)."""

    def __init__(self, write, rules, options):
        super().__init__(write, rules, options)
        self._any = False
        self._shown: dict = {}  # severity -> findings listed (with a view)
        self._hidden: dict = {}
        self._folded = 0

    def chunk(self, result) -> str:
        disp = display_of(self._options)
        view = None
        if not result.error and self._options.get("display") is not None:
            from ..display import visible

            view = visible(result.findings, disp)
            for f in view.shown:
                self._shown[f.severity] = self._shown.get(f.severity, 0) + 1
            for sev, n in view.hidden.items():
                self._hidden[sev] = self._hidden.get(sev, 0) + n
            self._folded += view.folded
            import dataclasses

            from . import fix_first_shown

            result = dataclasses.replace(result, fix_first=fix_first_shown(result, disp))
        lines = _file_lines(result, self._options, view)
        return "\n".join(lines) + "\n\n" if lines else ""

    def put(self, chunk: str, result) -> None:
        if chunk:
            self._write(chunk)
            self._any = True

    def close(self, results) -> None:
        with_view = self._options.get("display") is not None
        tail = _closing_lines(results, self._options, self._shown if with_view else None, self._hidden, self._folded)
        if tail or not self._any:
            self._write("\n".join(tail) + "\n")


def render(results, rules, options) -> str:
    from . import write_all

    return write_all(Writer, results, rules, options)
