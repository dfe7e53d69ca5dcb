"""``--format html``: one self-contained page a communications officer can open and share.

The page has a summary table of every document (words, reading age, findings per category,
worst first) and then, for each document, its text with every finding highlighted where it
is, the message and the fix beside it, and check boxes that show or hide each category
(``report.html?hide=readability,acronyms`` opens it with those hidden, for a link to share).

Safety: everything that comes from a document or a config (paths, text, messages, section
names) is escaped by Jinja2's autoescaping; no HTML is built by string concatenation here.
The page loads nothing from the network (CSS and JavaScript are inline), and its Content
Security Policy allows only its own script and style, by hash: even if some text escaped
escaping, a ``<script>`` in a document could not run.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path
from typing import Optional

from .. import __version__
from ..kinds import CATEGORIES, CATEGORY_LIST
from ._rows import document_rows

TEMPLATES = Path(__file__).resolve().parent / "templates"

CATEGORY_LABELS = {c.name: c.label for c in CATEGORY_LIST}


def _pairs(items: list, end: str) -> list:
    """Selectors two to a line, the last line ending with ``end``."""
    lines = [", ".join(items[i:i + 2]) for i in range(0, len(items), 2)]
    return [ln + "," for ln in lines[:-1]] + [lines[-1] + end] if lines else []


def category_css(categories=CATEGORY_LIST) -> dict:
    """The report's CSS for each category, by the /*@categories NAME*/ place it fills in
    report.css: every colour and style comes from kinds.CATEGORY_LIST."""
    fills = [c for c in categories if c.mark == "fill"]
    lines = [c for c in categories if c.mark != "fill"]

    def swatch(sel, c):
        what = f"background: var(--{c.name})" if c.mark == "fill" else f"border-bottom: 3px solid var(--{c.name})"
        return f"{sel} {{ {what}; }}"

    mark = [f"mark.c-{c.name} {{ background: var(--{c.name}); }}" for c in fills]
    for c in lines:
        mark += [f"mark.c-{c.name} {{ text-decoration: underline; text-decoration-color: var(--{c.name});",
                 "  text-decoration-thickness: 2px; text-underline-offset: 3px; }"]
    hide = _pairs([f"body.hide-{c.name} mark.c-{c.name}" for c in fills], " { background: none; }")
    hide += [f"body.hide-{c.name} mark.c-{c.name} {{ text-decoration: none; }}" for c in lines]
    notes = [f"body.hide-{c.name} .c-{c.name}.note, body.hide-{c.name} a.ref.c-{c.name}" for c in categories]
    hide += [n + "," for n in notes[:-1]] + [notes[-1] + " { display: none; }"]
    return {
        "root": ["  " + " ".join(f"--{c.name}: {c.colour};" for c in categories)],
        "chip": [swatch(f".chip.c-{c.name} .swatch", c) for c in categories],
        "hit": [f"td.hit.c-{c.name} {{ background: {c.tint}; }}" for c in categories],
        "tag": [swatch(f".tag.c-{c.name}", c) for c in categories],
        "mark": mark,
        "ref": [f"a.ref.c-{c.name} {{ background: {c.dark}; }}" for c in categories],
        "note": [f".note.c-{c.name} {{ border-left-color: var(--{c.name}); }}" for c in categories],
        "hide": hide,
    }


def report_css() -> str:
    """report.css with each /*@categories NAME*/ line filled in from the categories."""
    parts = category_css()
    return re.sub(r"^/\*@categories (\w+)\*/$", lambda m: "\n".join(parts[m.group(1)]),
                  (TEMPLATES / "report.css").read_text(encoding="utf-8"), flags=re.M)

_BLOCK_SEP = re.compile(r"\n{2,}")


def _env():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every {{ value }} is HTML-escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _note(f, number: int, anchor: str) -> dict:
    loc = f.location
    return {
        "id": f"{anchor}-f{number}",
        "number": number,
        "rule": f.rule,
        "category": f.category,
        "severity": f.severity,
        "message": f.message,
        "text": f.text,
        "suggestions": list(f.suggestions),
        "where": loc.describe() if loc is not None else "",
    }


def _blocks(text: str, findings: list, anchor: str) -> list[dict]:
    """Split ``text`` into its blocks; each block's text cut into segments at finding edges.

    A segment is {"text", "cats" (categories covering it), "refs" (notes starting here)}.
    Every finding's note sits beside the block where the finding starts.
    """
    spans = [(m.start(), m.end()) for m in _BLOCK_SEP.finditer(text)]
    bounds = []
    pos = 0
    for s, e in spans:
        bounds.append((pos, s))
        pos = e
    bounds.append((pos, len(text)))
    blocks = []
    fi = 0
    ordered = sorted(findings, key=lambda nf: (nf[1].start, nf[1].end))
    active: list = []  # (note, finding) still open at the current position
    for bs, be in bounds:
        if bs >= be:
            continue
        starts_here: list = []
        while fi < len(ordered) and ordered[fi][1].start < be:
            starts_here.append(ordered[fi])
            fi += 1
        notes = [note for note, _ in starts_here]
        live = [nf for nf in active if nf[1].end > bs] + starts_here
        cuts = {bs, be}
        for _, f in live:
            for x in (f.start, f.end):
                if bs < x < be:
                    cuts.add(x)
        cuts = sorted(cuts)
        segments = []
        for a, b in zip(cuts, cuts[1:]):
            cover = [nf for nf in live if nf[1].start <= a and nf[1].end >= b and nf[1].end > nf[1].start]
            refs = [nf[0] for nf in starts_here if max(nf[1].start, bs) == a]
            cats = sorted({nf[1].category for nf in cover})
            segments.append({"text": text[a:b], "cats": cats, "cls": " ".join("c-" + c for c in cats), "refs": refs,
                             "notes": " ".join(nf[0]["id"] for nf in cover)})
        active = [nf for nf in live if nf[1].end > be]
        blocks.append({"segments": segments, "notes": notes})
    return blocks


def _document(result, index: int) -> dict:
    anchor = f"doc{index}"
    inline, whole = [], []
    for number, f in enumerate(result.findings, start=1):
        note = _note(f, number, anchor)
        if f.document_level or result.text is None or not (0 <= f.start <= f.end <= len(result.text)):
            whole.append(note)
        else:
            inline.append((note, f))
    counts = {c: 0 for c in CATEGORIES}
    for f in result.findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    if result.text is None:
        whole = [n for n, _ in inline] + whole
        whole.sort(key=lambda n: n["number"])
        inline = []
    return {
        "anchor": anchor,
        "path": result.path,
        "format": result.format or "",
        "error": result.error["message"] if result.error else None,
        "warnings": list(result.warnings),
        "metrics": result.metrics or {},
        "score": (result.score or {}).get("value"),
        "counts": counts,
        "total": len(result.findings),
        "whole": whole,
        "blocks": _blocks(result.text, inline, anchor) if result.text is not None else [],
        "has_text": result.text is not None,
    }


_SCRIPT = """
(function () {
  var boxes = document.querySelectorAll('input[data-cat]');
  var m = /[?&]hide=([^&#]*)/.exec(window.location.search);
  if (m) {
    var hide = decodeURIComponent(m[1]).split(',');
    for (var j = 0; j < boxes.length; j++) {
      if (hide.indexOf(boxes[j].getAttribute('data-cat')) >= 0) { boxes[j].checked = false; }
    }
  }
  function apply() {
    for (var i = 0; i < boxes.length; i++) {
      document.body.classList.toggle('hide-' + boxes[i].getAttribute('data-cat'), !boxes[i].checked);
    }
  }
  for (var i = 0; i < boxes.length; i++) { boxes[i].addEventListener('change', apply); }
  apply();
  // documents kept in a <template> until asked for (large reports)
  function reveal(id) {
    var t = document.getElementById('tpl-' + id);
    if (!t) { return; }
    var holder = document.getElementById('body-' + id);
    holder.appendChild(t.content.cloneNode(true));
    t.parentNode.removeChild(t);
    var b = document.querySelector('button[data-show="' + id + '"]');
    if (b) { b.parentNode.removeChild(b); }
  }
  var shows = document.querySelectorAll('button[data-show]');
  for (var k = 0; k < shows.length; k++) {
    shows[k].addEventListener('click', function (e) { reveal(e.currentTarget.getAttribute('data-show')); });
  }
  function fromHash() {
    var id = (window.location.hash || '').slice(1).split('-')[0];
    if (id) { reveal(id); var el = document.getElementById(window.location.hash.slice(1)); if (el) { el.scrollIntoView(); } }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  // every column of the summary table sorts; the key in use is shown
  var table = document.querySelector('table.docs');
  if (table) {
    var heads = table.querySelectorAll('th[data-key]');
    var caption = document.getElementById('sorted-by');
    var body = table.tBodies[0];
    function sortBy(th, dir) {
      var col = Array.prototype.indexOf.call(th.parentNode.children, th);
      var text = th.getAttribute('data-key') === 'name';
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
        if (x === '' && y === '') { return 0; }
        if (x === '') { return 1; }
        if (y === '') { return -1; }
        var c = text ? x.localeCompare(y) : parseFloat(x) - parseFloat(y);
        return dir === 'ascending' ? c : -c;
      });
      for (var r = 0; r < rows.length; r++) { body.appendChild(rows[r]); }
      for (var h = 0; h < heads.length; h++) { heads[h].removeAttribute('aria-sort'); }
      th.setAttribute('aria-sort', dir);
      caption.textContent = 'Sorted by ' + th.getAttribute('data-label') + (dir === 'ascending' ? ', lowest first' : ', highest first') +
        (text ? '' : '; documents without a figure last') + '. Select a column heading to sort by it.';
    }
    for (var h = 0; h < heads.length; h++) {
      heads[h].querySelector('button').addEventListener('click', function (e) {
        var th = e.currentTarget.parentNode;
        var now = th.getAttribute('aria-sort');
        var first = th.getAttribute('data-key') === 'name' || th.getAttribute('data-key') === 'score' ? 'ascending' : 'descending';
        sortBy(th, now ? (now === 'ascending' ? 'descending' : 'ascending') : first);
      });
    }
  }
  document.body.classList.add('js');
})();
""".strip()


#: Above this many documents, each document's text is kept in a <template> and shown when
#: asked for (a link from the table, or its button): the summary paints at once.
ON_DEMAND_FROM = 10
DEFAULT_TARGET = 14


def _short_names(paths: list) -> dict:
    """Each path shown relative to the folder that holds them all (the folder checked)."""
    real = [p for p in paths if p and p != "-"]
    if not real:
        return {p: p for p in paths}
    try:
        base = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in real])
    except ValueError:  # paths on different drives
        return {p: p for p in paths}
    out = {}
    for p in paths:
        if not p or p == "-":
            out[p] = p
            continue
        rel = os.path.relpath(os.path.abspath(p), base)
        out[p] = rel if not rel.startswith("..") else p
    return out


def _score_of(result):
    s = getattr(result, "score", None)
    if isinstance(s, dict):
        return s.get("value"), s.get("target_reading_age")
    return (s if isinstance(s, (int, float)) else None), None


def _per_1000(count, words):
    return round(count * 1000 / words, 1) if isinstance(words, (int, float)) and words > 0 else None


def _median(values):
    values = sorted(v for v in values if isinstance(v, (int, float)))
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else round((values[mid - 1] + values[mid]) / 2, 1)


def _manager_view(rows: list, results: list) -> dict:
    """Short names, rates per 1,000 words, score and reading age against the target for each
    row, and the headline figures of the whole run."""
    names = _short_names([r.path for r in results])
    by_path = {r.path: r for r in results}
    for row in rows:
        result = by_path.get(row["path"])
        row["name"] = names.get(row["path"], row["path"])
        score, target = _score_of(result) if result is not None else (None, None)
        row["score"] = score
        row["target"] = target if isinstance(target, (int, float)) else DEFAULT_TARGET
        age = row["reading_age"]
        row["above"] = isinstance(age, (int, float)) and age > row["target"]
        row["rate"] = _per_1000(row["findings"], row["words"])
        sev = row["by_severity"]
        row["fix_rate"] = _per_1000(sev.get("error", 0) + sev.get("warning", 0), row["words"])
        row["score_band"] = None if score is None else ("good" if score >= 70 else "fair" if score >= 50 else "poor")
        against = getattr(result, "baseline", None)
        row["new"] = len(against.new) if against is not None else None
        row["fixed"] = len(against.fixed) if against is not None else None
    compared = [r for r in rows if r["new"] is not None]
    readable = [r for r in rows if r["error"] is None]
    words = sum(r["words"] or 0 for r in readable)
    ages = [r["reading_age"] for r in readable if isinstance(r["reading_age"], (int, float))]
    return {
        "documents": len(rows),
        "unreadable": len(rows) - len(readable),
        "words": words,
        "median_age": _median(ages),
        "above": sum(1 for r in readable if r["above"]),
        "aged": len(ages),
        "share_above": round(100 * sum(1 for r in readable if r["above"]) / len(ages)) if ages else None,
        "rate": _per_1000(sum(r["findings"] for r in readable), words),
        "median_score": _median([r["score"] for r in readable]),
        "baseline": {"new": sum(r["new"] for r in compared), "fixed": sum(r["fixed"] for r in compared)}
        if compared else None,
    }


def render_page(results, rules=None, summary_only: bool = False, title: Optional[str] = None) -> str:
    env = _env()
    css = report_css()
    rows = document_rows(results)
    headline = _manager_view(rows, results)
    index_of = {id(r): i for i, r in enumerate(results, start=1)}
    anchors = {}
    for r in results:
        anchors.setdefault(r.path, f"doc{index_of[id(r)]}")
    for row in rows:
        row["anchor"] = anchors.get(row["path"])
    names = {row["path"]: row["name"] for row in rows}
    docs = [] if summary_only else [_document(r, index_of[id(r)]) for r in results]
    for d in docs:
        d["name"] = names.get(d["path"], d["path"])
    totals = {c: sum(row["by_category"][c] for row in rows) for c in CATEGORIES}
    template = env.get_template("report.html.j2")
    csp = ("default-src 'none'; img-src data:; "
           f"style-src {_csp_hash(css)}; script-src {_csp_hash(_SCRIPT)}; "
           "base-uri 'none'; form-action 'none'")
    return template.render(
        title=title or ("plainlint summary" if summary_only else "plainlint report"),
        version=__version__,
        css=css,
        script=_SCRIPT,
        csp=csp,
        categories=[{"id": c, "label": CATEGORY_LABELS.get(c, c), "total": totals[c]} for c in CATEGORIES],
        rows=rows,
        docs=docs,
        summary_only=summary_only,
        headline=headline,
        on_demand=len(docs) > ON_DEMAND_FROM,
        files=len(results),
        unreadable=sum(1 for r in results if r.error),
        findings=sum(len(r.findings) for r in results),
    )


def render(results, rules, options) -> str:
    from . import viewed

    return render_page([viewed(r, options) for r in results], rules)
