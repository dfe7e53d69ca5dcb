"""Step 5, table: the document's table of abbreviations (``plainlint acronyms``).

One row per abbreviation the document uses or spells out: what it stands for (as the
document spells it out, from the document's own glossary, from plainlint's glossary, or
unknown), where it is first used, where it is spelled out and how often it is used. The
rows render as text, Markdown (ready to paste into a paper as its glossary), CSV and JSON.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Optional

from .shape import key_of

#: where a meaning came from, as the table says it
SOURCES = {
    "document": "the document",
    "document-glossary": "the document's glossary",
    "plainlint": "plainlint's glossary (check it)",
    "unknown": "unknown",
}


@dataclass
class Row:
    abbreviation: str
    meaning: str  # "" when unknown
    source: str  # a key of SOURCES
    first_use: str  # where, in words a writer can follow ("line 3", "page 2, paragraph 4 (in ...)")
    defined: str  # where it is spelled out ("" when it is not)
    uses: int
    other_meanings: list = field(default_factory=list)  # other meanings the document or the glossary gives
    first_offset: int = 0


def _where(doc, offset: int) -> str:
    return doc.locate(offset).describe() or "start of the document"


def _alone_on_line(text: str, d) -> bool:
    """Is a label's name with its letters in brackets a line of its own ("Access to Work (DWP)" in a list of
    further reading, "First-tier Tribunal (SEND)" in a table's cell)? Such a line names a thing and, in brackets,
    whose it is (its publisher, its jurisdiction): no meaning of the letters."""
    before = text[text.rfind("\n", 0, d.start) + 1:d.start]
    close = text.find(")", d.at)
    if close < 0:
        return False
    after_end = text.find("\n", close)
    after = text[close + 1:after_end if after_end >= 0 else len(text)]
    return bool(_NAME_BEFORE.fullmatch(before)) and not after.strip(" \t.;,")


#: what may stand before a label's words on its line: a bullet and capitalised words of the same name, the
#: label read from its last words only ("First-tier " before "Tribunal (SEND)")
_NAME_BEFORE = re.compile(r"[ \t•*·–-]*(?:[A-Z][\w’'-]*[ \t]+)*")


def _inside_longer(s, key: str) -> Optional[tuple]:
    """The words of these letters inside the spelling-out of the same letters with a small letter before them
    that the document defines, one word for each letter ("Packaging Extended Producer Responsibility (pEPR)" holds
    "Extended Producer Responsibility" for EPR; "electronic Medicines Administration Record (eMAR)" holds MAR's):
    (words, the definition). The small letter names a kind of the thing; letters in capitals before others
    ("WSCC" before "SCC") are no such kind. None where there are none, or two that differ."""
    from .check import _WRITERS_FORMS

    found: dict = {}
    n = len(key)
    for other, defs in s.definitions.items():
        if len(other) <= n or not other.endswith(key):
            continue
        for d in defs:
            if d.form not in _WRITERS_FORMS and d.form not in ("entry", "table", "columns"):
                continue
            if not (d.acronym[:len(other) - n].islower() and d.acronym[len(other) - n:].upper() == key):
                continue  # "pEPR", not "WSCC"
            words = d.expansion.split()
            if len(words) != len(other):
                continue  # one word for each of the longer letters, or the run cannot be told
            run = words[-n:]
            if "".join(w[:1] for w in run).upper() == key and all(w[:1].isupper() for w in run):
                found.setdefault(" ".join(run).lower(), (" ".join(run), d))
                break
    return next(iter(found.values())) if len(found) == 1 else None


def table_rows(analysed, known: Optional[set] = None, glossary: Optional[dict] = None) -> list[Row]:
    """The table of abbreviations of an analysed document, in order of first appearance."""
    from .check import AcronymCheck, _similar
    from .survey import glossary_index, survey

    if glossary is None:
        glossary = glossary_index()
    s = survey(analysed, known, glossary)
    doc = analysed.document
    first_seen: dict = {}
    written: dict = {}
    for o in s.occurrences:
        if o.skip is None or o.key in s.definitions:
            first_seen.setdefault(o.key, o.start)
            written.setdefault(o.key, o.base)
    for key, defs in s.definitions.items():
        first_seen.setdefault(key, min(d.at for d in defs))
        written.setdefault(key, defs[0].acronym)
    # a contents line repeats a heading ("Dispensing Appliance Contractors (DACs) ..... 53"): no place where the
    # document spells the letters out while the body does (issue 19)
    contents = {o.start for o in s.occurrences if o.skip == "contents"}
    anagrams: dict = {}  # the letters in order -> the document's letters made of them (as the rule reads them)
    for k in set(s.definitions) | set(s.uses):
        if len(k) >= 3:
            anagrams.setdefault("".join(sorted(k)), []).append(k)
    rows = []
    for key in sorted(first_seen, key=first_seen.get):
        # letters every reader knows are no rule's concern, but a row shows how often they are used (issue 19)
        uses = s.uses.get(key) or s.known_uses.get(key, [])
        if not uses and key not in s.definitions:
            continue
        if s.mixed.get(key) and key not in s.definitions:
            continue  # a product name in mixed case ("SystmOne"), never spelled out: not an abbreviation here
        prose = [d for d in s.prose_definitions(key) if d.form not in ("nearby", "cut", "unlinked")]
        prose = [d for d in prose if d.at not in contents] or prose
        # a label alone on its line names something else, with whose it is in brackets (issue 19: "Access to Work
        # (DWP)" in a list of further reading): no meaning of the letters
        prose = [d for d in prose if not (d.form == "label" and _alone_on_line(doc.text, d))]
        glossed = s.glossary_definitions(key)
        entry = glossary.get(written[key]) or glossary.get(key)
        others: list = []
        inside = None if prose or glossed else _inside_longer(s, key)
        if glossed:
            # the document's own glossary is its word on what the letters mean (issue 19); what the text says
            # otherwise follows as another meaning
            meaning, source, defined = glossed[0].expansion, "document-glossary", _where(doc, glossed[0].at)
            others = [d.expansion for d in prose if not _similar(d.expansion, meaning)]
        elif prose:
            meaning, source, defined = prose[0].expansion, "document", _where(doc, prose[0].at)
            others = [d.expansion for d in prose[1:] if not _similar(d.expansion, meaning)]
        elif inside is not None:
            words, d = inside
            meaning, source, defined = words, "document-glossary" if d.glossary else "document", _where(doc, d.at)
        elif uses and len(uses) <= 2 and (slip := AcronymCheck._swapped(
                analysed, uses[0], s, anagrams, strict=entry is not None)):
            # letters used once or twice that are the document's other letters in another order, with the same
            # word after them ("ECH plan reviews" in a paper about EHC plans): a typing slip, no meaning of its own
            meaning, source, defined = "", "unknown", ""
            others = [f"a typing slip for {slip}?"]
        elif entry is not None:
            meaning, source, defined = entry.expansions[0], "plainlint", ""
            others = list(entry.expansions[1:])
        else:
            meaning, source, defined = "", "unknown", ""
        first = uses[0].start if uses else first_seen[key]
        seen_others: list = []
        for o in others:
            if o.lower() not in {x.lower() for x in seen_others} and o.lower() != meaning.lower():
                seen_others.append(o)
        rows.append(Row(abbreviation=written[key], meaning=meaning, source=source,
                        first_use=_where(doc, first), defined=defined, uses=len(uses),
                        other_meanings=seen_others, first_offset=first))
    return rows


# ---------------------------------------------------------------------------------------
# One file, as the command reads it


@dataclass
class FileTable:
    path: str
    rows: list = field(default_factory=list)
    error: Optional[dict] = None


def table_for_file(path: str, config=None, *, data: Optional[bytes] = None, name: Optional[str] = None,
                   fmt: Optional[str] = None) -> FileTable:
    """Read one file and make its table; a file that cannot be read becomes ``error``, never an exception."""
    from ...analysis import analyse
    from ...api import read_bytes
    from ...config import Config
    from ...errors import ExtractError, PlainlintError
    from ...extract import extract
    from ...runner import FileTimeout, time_limit
    from .check import known_acronyms

    config = config or Config()
    shown = name or path
    try:
        with time_limit(getattr(config, "timeout", None)):
            if data is None:
                data = read_bytes(path, config, fmt)
            doc = extract(data, shown, config.extract_options(), fmt=fmt)
            analysed = analyse(doc, model=config.model)
            return FileTable(path=shown, rows=table_rows(analysed, known_acronyms(config)))
    except FileTimeout:
        return FileTable(path=shown, error={"kind": "timeout", "message": f"took longer than the time limit of "
                                                                          f"{config.timeout:g} s (option --timeout)"})
    except ExtractError as exc:
        return FileTable(path=shown, error={"kind": exc.kind, "message": exc.message})
    except PlainlintError as exc:
        return FileTable(path=shown, error={"kind": "error", "message": str(exc)})
    except MemoryError:
        return FileTable(path=shown, error={"kind": "too-large", "message": "ran out of memory reading this file"})
    except Exception as exc:  # noqa: BLE001 - a bad file must never end the run with a traceback
        return FileTable(path=shown, error={"kind": "crashed",
                                            "message": f"could not be read ({exc.__class__.__name__}: {exc})"[:300]})


# ---------------------------------------------------------------------------------------
# Rendering

COLUMNS = ("abbreviation", "meaning", "source", "first_use", "defined", "uses", "other_meanings")
HEADINGS = ("Abbreviation", "Meaning", "Meaning from", "First used", "Spelled out", "Uses", "Other meanings")


def _cells(r: Row, blank: str = "-") -> list:
    return [r.abbreviation, r.meaning or ("(unknown)" if blank else ""), SOURCES[r.source], r.first_use,
            r.defined or blank, str(r.uses), "; ".join(r.other_meanings)]


def _ordered(rows: list, order: str) -> list:
    if order == "alpha":
        return sorted(rows, key=lambda r: (key_of(r.abbreviation), r.abbreviation))
    return sorted(rows, key=lambda r: r.first_offset)


def render(tables: list, fmt: str = "text", order: str = "alpha") -> str:
    """The tables of several files as one text in ``fmt`` (text, markdown, csv or json)."""
    if fmt == "json":
        out = {"version": 1, "files": []}
        for t in tables:
            rows = [{k: v for k, v in asdict(r).items() if k != "first_offset"} for r in _ordered(t.rows, order)]
            out["files"].append({"path": t.path, "error": t.error, "abbreviations": rows})
        return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["file", *COLUMNS])
        for t in tables:
            for r in _ordered(t.rows, order):
                w.writerow([_safe(x) for x in [t.path, *_cells(r, blank="")]])
        return "\ufeff" + buf.getvalue()
    parts = []
    for t in tables:
        if t.error:
            continue
        rows = _ordered(t.rows, order)
        if fmt == "markdown":
            parts.append(f"## Abbreviations in {t.path}\n")
            if not rows:
                parts.append("No abbreviations.\n")
                continue
            parts.append("| " + " | ".join(HEADINGS) + " |")
            parts.append("|" + " --- |" * len(HEADINGS))
            for r in rows:
                parts.append("| " + " | ".join(_md(c) for c in _cells(r)) + " |")
            parts.append("")
        else:
            parts.append(t.path)
            if not rows:
                parts.append("  no abbreviations\n")
                continue
            for r in rows:
                meaning = r.meaning or "(unknown)"
                parts.append(f"  {r.abbreviation:<10} {meaning}")
                detail = f"first used {r.first_use}; " + (f"spelled out {r.defined}" if r.defined else "not spelled out")
                detail += f"; used {_times(r.uses)}; meaning from {SOURCES[r.source]}"
                parts.append(f"  {'':<10} {detail}")
                if r.other_meanings:
                    parts.append(f"  {'':<10} also: {'; '.join(r.other_meanings)}")
            parts.append("")
    return "\n".join(parts) + ("\n" if parts and not parts[-1] == "" else "")


def _times(n: int) -> str:
    return {0: "never", 1: "once", 2: "twice"}.get(n, f"{n} times")


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _safe(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (as the CSV report does)."""
    if cell and cell[0] in "=+-@\t\r":
        return "'" + cell
    return cell
