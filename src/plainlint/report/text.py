"""``--format text``: findings grouped by file, the source line with the span marked, fixes."""

from __future__ import annotations

from . import StreamWriter, summary_counts, where

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
    pad = "".join("\t" if c == "\t" else " " for c in line[:start])
    return line.expandtabs(4), pad.expandtabs(4) + "^" * max(1, len(line[start:end].expandtabs(4)))


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


def _file_lines(r, options) -> list[str]:
    """One document's block: its path, notes, findings with context and fixes."""
    colour = options.get("colour", False)
    if r.error or (not r.findings and not r.warnings):
        return []  # errors go to standard error, one line each
    out = [_style(r.path, "bold", colour)]
    for w in r.warnings:
        out.append(f"  {_style('note', 'magenta', colour)}: {w}")
    for f in r.findings:
        loc = f.location
        head = where(r.path, loc)
        extra = ""
        if loc is not None and loc.line is None:
            desc = loc.describe()
            if desc:
                extra = f" ({desc})"
        sev = _style(f.severity, _SEV_STYLE[f.severity], colour)
        out.append(f"{head}: {sev} [{f.rule}] {f.message}{extra}")
        if options.get("show_context", True):
            ctx = _context(f)
            if ctx:
                out.append("    " + ctx[0])
                out.append("    " + _style(ctx[1], "red", colour))
        if f.suggestions:
            out.append("    " + _style("→ " + " | ".join(f.suggestions), "green", colour))
    return out


def _closing_lines(results, options) -> list[str]:
    out = []
    if options.get("statistics"):
        lines = statistics_lines(results)
        if lines:
            out.extend(lines)
            out.append("")
    s = summary_counts(results)
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
    return out


class Writer(StreamWriter):
    """The text report written document by document (see report/__init__.py)."""

    def __init__(self, write, rules, options):
        super().__init__(write, rules, options)
        self._any = False

    def chunk(self, result) -> str:
        lines = _file_lines(result, self._options)
        return "\n".join(lines) + "\n\n" if lines else ""

    def put(self, chunk: str, result) -> None:
        if chunk:
            self._write(chunk)
            self._any = True

    def close(self, results) -> None:
        tail = _closing_lines(results, self._options)
        if tail or not self._any:
            self._write("\n".join(tail) + "\n")


def render(results, rules, options) -> str:
    from . import write_all

    return write_all(Writer, results, rules, options)
