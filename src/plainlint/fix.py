"""Safe fixes, defined once.

Every front end that changes a writer's text (``plainlint check --fix`` and ``--diff`` for
Markdown and text, tracked changes in Word, quick fixes in the editor server) asks this
module which findings it may apply, and applies them the same way.

A finding is a *safe fix* when

- its rule says its fixes are safe (``fixable = true`` in the rule file: the plain-words
  rules, whose word-list entries carry example sentences with the fix applied, and the
  first use of an acronym spelled out);
- it has exactly one suggestion (several, or none, need the writer's judgement: they are
  never applied automatically), and that suggestion differs from the words;
- it is a warning or an error: a finding rated a suggestion is a matter of taste or of
  house style ('whilst', 'amongst', 'clients'), which the writer decides;
- it is about words, not the whole document, and not in a heading (headings are often
  titles fixed elsewhere) unless the caller asks for headings;
- the words are not inside quotation marks (someone else's words) nor in a line that
  cites a source ('Source: ONS'); the word-list rules already leave alone names,
  references, code and web addresses; an acronym spelled out in brackets is not put
  before a possessive, inside brackets, or in the middle of a name ('Scottish Adult DLA');
- where the document came from a text or Markdown source, the words are a verbatim copy
  of the source (no Markdown syntax, escape or entity inside them): the fix then replaces
  exactly that stretch of source and nothing around it.

Fixes are applied from the end of the text backwards, and a fix overlapping one already
kept is skipped (as textlint does); :func:`safe_fixes` returns them in that kept set, in
text order. The signatures of :func:`safe_fix`, :func:`safe_fixes` and
:func:`apply_fixes` are stable: the editor server builds on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

__all__ = ["Fix", "FixOutcome", "fixable_rules", "safe_fix", "safe_fixes", "apply_fixes", "fix_source"]


@dataclass(frozen=True)
class Fix:
    """One edit: replace ``text`` at ``[start, end)`` of the document text with ``replacement``.

    ``source_start``/``source_end`` are the same words' offsets in the source file's text
    (text and Markdown, else None); ``line``/``column``/``end_line``/``end_column`` come
    from the finding's location (1-based, end exclusive), for editors.
    """

    rule: str
    start: int
    end: int
    text: str
    replacement: str
    source_start: Optional[int] = None
    source_end: Optional[int] = None
    line: Optional[int] = None
    column: Optional[int] = None
    end_line: Optional[int] = None
    end_column: Optional[int] = None
    finding: object = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict:
        return {"rule": self.rule, "start": self.start, "end": self.end, "text": self.text,
                "replacement": self.replacement, "source_start": self.source_start,
                "source_end": self.source_end, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}


def fixable_rules() -> frozenset:
    """Ids of the rules whose single suggestions are safe to apply (``fixable = true``)."""
    from .engine import all_rules

    return frozenset(r.id for r in all_rules().values() if r.fixable)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _in_quotes(document, start: int, end: int) -> bool:
    from .analysis import quote_ranges

    block = document.block_at(start)
    if block is None:
        return False
    text = document.text[block.start:block.end]
    s, e = start - block.start, end - block.start
    return any(a < s and e <= b for a, b in quote_ranges(text))


_REFERENCE_LINE = re.compile(r"(?i)^\W*(data\s+)?(sources?|references?|cited\s+in|see\s+also)\b\s*[:\-\u2013\u2014]")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_WORD_AFTER = re.compile(r"^\s+(\S+)")


def _reference_line(document, block) -> bool:
    """A line that cites where something comes from ('Source: ONS', 'References: ...'):
    its words are a reference, not the writer's prose."""
    return bool(_REFERENCE_LINE.match(document.text[block.start:block.end]))


def _awkward_brackets(document, block, start: int, end: int, replacement: str) -> bool:
    """A replacement ending in brackets (an acronym spelled out: 'joint strategic needs
    assessment (JSNA)') reads badly before a possessive ('(JSNA)'s plan') or inside
    brackets already ('(the (JSNA) strategy)'), and in the middle of a name ('Scottish
    Adult DLA', 'the NIHR BMRC') or before the word it ends with ('Black and minority
    ethnic (BME) ethnic backgrounds'): left to the writer."""
    text = document.text
    if text[end:end + 1] in ("'", "\u2019"):
        return True
    before = text[block.start:start]
    if before.count("(") > before.count(")"):
        return True
    prev = _WORD_BEFORE.search(before[-40:])
    if prev:
        word = prev.group(1)
        lead = before[-40:][:prev.start()].rstrip()
        opens_sentence = (not lead and len(before) <= 40) or lead[-1:] in (".", ":", ";", "!", "?")
        if word[:1].isupper() and word.isalpha() and not opens_sentence:
            return True  # 'Scottish Adult DLA', 'West Sussex PCT': part of a name
    nxt = _WORD_AFTER.match(text[end:min(block.end, end + 40)])
    if nxt and len(nxt.group(1)) > 1 and nxt.group(1).isalpha() and nxt.group(1).isupper():
        return True  # another acronym follows: 'the NIHR BMRC'
    spelled = replacement.split(" (")[0].split()
    # the next word repeats the last one spelled out: 'minority ethnic (BME) ethnic groups'
    return bool(nxt and spelled and nxt.group(1).lower().strip(".,;:") == spelled[-1].lower())


def safe_fix(finding, document=None, *, headings: bool = False, rules=None) -> Optional[Fix]:
    """The edit that fixes ``finding``, or None when it is not a safe fix (see the module).

    ``document`` is the :class:`~plainlint.document.Document` the finding was made on;
    without it only the finding itself is judged (no heading, quotation or source check).
    ``rules`` is a set of fixable rule ids (default: those whose rule file says so).
    """
    fixable = fixable_rules() if rules is None else rules
    if finding.rule not in fixable or finding.document_level or finding.severity == "suggestion":
        return None
    if len(finding.suggestions) != 1:
        return None
    replacement = finding.suggestions[0]
    start, end = finding.start, finding.end
    if end <= start or not replacement.strip() or replacement == finding.text:
        return None
    loc = finding.location
    src_start = src_end = None
    if document is not None:
        if end > len(document.text):
            return None
        words = document.text[start:end]
        if _norm(words) != _norm(finding.text) or replacement == words:
            return None
        block = document.block_at(start)
        if block is None or end > block.end:
            return None
        if block.kind == "heading" and not headings:
            return None
        if _reference_line(document, block):
            return None
        if _in_quotes(document, start, end):
            return None
        if replacement.endswith(")") and _awkward_brackets(document, block, start, end, replacement):
            return None
        if document.source is not None:
            so = document.source_offset(start)
            eo = document.source_offset(end - 1)
            if so is None or eo is None or not 0 <= so <= eo < len(document.source):
                return None
            src_start, src_end = so, eo + 1
            if _norm(document.source[src_start:src_end]) != _norm(words):
                return None  # Markdown syntax, an escape or an entity inside the words
    return Fix(rule=finding.rule, start=start, end=end, text=finding.text, replacement=replacement,
               source_start=src_start, source_end=src_end,
               line=loc.line if loc else None, column=loc.column if loc else None,
               end_line=loc.end_line if loc else None, end_column=loc.end_column if loc else None,
               finding=finding)


def safe_fixes(result, document=None, *, headings: bool = False, rules=None) -> list:
    """Every safe fix of a result (a ``FileResult`` or a list of findings), in text order,
    with overlapping ones dropped as they would be when applied from the end backwards:
    of two overlapping fixes the later one is kept."""
    findings = getattr(result, "findings", result)
    fixable = fixable_rules() if rules is None else rules
    fixes = [f for f in (safe_fix(x, document, headings=headings, rules=fixable) for x in findings) if f]
    fixes.sort(key=lambda f: (f.start, f.end))
    kept: list = []
    limit = None
    for f in reversed(fixes):
        if limit is not None and f.end > limit:
            continue
        kept.append(f)
        limit = f.start
    kept.reverse()
    return kept


def apply_fixes(text: str, fixes: Iterable[Fix], source: bool = False) -> str:
    """``text`` with ``fixes`` applied from the end backwards, skipping overlapping ones.

    With ``source`` the fixes' source offsets are used (``text`` is the source file's
    text), else their document offsets (``text`` is ``Document.text``).
    """
    spans = []
    for f in fixes:
        a, b = (f.source_start, f.source_end) if source else (f.start, f.end)
        if a is None or b is None:
            continue
        spans.append((a, b, f.replacement))
    spans.sort()
    out = []
    limit = len(text)
    for a, b, rep in reversed(spans):
        if b > limit:
            continue
        out.append(text[b:limit])
        out.append(rep)
        limit = a
    out.append(text[:limit])
    return "".join(reversed(out))


# ---------------------------------------------------------------------------------------
# Text and Markdown: fixing a source string


@dataclass
class FixOutcome:
    """What fixing one text did: the new text, the fixes applied (over every pass) and the
    findings left in the new text."""

    text: str
    applied: list
    left: list
    passes: int = 0


MAX_PASSES = 5


def fix_source(source: str, name: str, fmt: str, config=None, *, headings: bool = False,
               max_passes: int = MAX_PASSES) -> FixOutcome:
    """Apply every safe fix to the text of a text or Markdown file (``source``, already
    decoded; line endings as in the file). A fix can uncover another (two overlapping
    findings, the later one applied first), so the text is checked again after each pass
    until no safe fix is left: running it again changes nothing. ``name`` decides nothing
    but the messages; ``fmt`` is ``"text"`` or ``"markdown"``; ``config`` the configuration
    for the file (rules, options, suppression comments are honoured as in ``check``)."""
    from .api import check_document
    from .config import Config
    from .extract import extract

    config = config or Config()
    options = config.extract_options()
    applied: list = []
    text = source
    passes = 0
    while True:
        doc = extract(text.encode("utf-8"), name, options, fmt=fmt)
        doc.source = text  # the exact text (extraction may have replaced control characters one for one)
        result = check_document(doc, config)
        fixes = safe_fixes(result, doc, headings=headings)
        if not fixes or passes >= max_passes:
            return FixOutcome(text=text, applied=applied, left=result.findings, passes=passes)
        text = apply_fixes(text, fixes, source=True)
        applied.extend(fixes)
        passes += 1


# ---------------------------------------------------------------------------------------
# Text and Markdown files: read exactly, fix, write atomically


class FixError(Exception):
    """A file that cannot be fixed: one line naming the reason (the CLI adds the path)."""


def decode_exact(data: bytes, name: str = "", options=None):
    """(text, encode): the file's text and the function that turns a text back into bytes
    in the same encoding, byte order mark and all. Refuses (:class:`FixError`) bytes that
    plainlint would not read as text or that would not come back byte for byte."""
    import codecs

    from .errors import ExtractError
    from .extract import ExtractOptions
    from .extract.text import decode

    try:
        decode(data, name, options or ExtractOptions())  # binary, too large, undecodable: as check says
    except ExtractError as exc:
        raise FixError(exc.message) from None
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
    for bom, codec in boms:
        if data.startswith(bom):
            body = data[len(bom):]
            break
    else:
        bom, body = b"", data
        try:
            body.decode("utf-8")
            codec = "utf-8"
        except UnicodeDecodeError:
            codec = "cp1252"
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        raise FixError(f"cannot be decoded as {codec.upper()} throughout; nothing was changed "
                       "(save it as UTF-8)") from None

    def encode(s: str) -> bytes:
        try:
            return bom + s.encode(codec)
        except UnicodeEncodeError:
            raise FixError(f"a fix needs characters that {codec.upper()} cannot hold; nothing was "
                           "changed (save the file as UTF-8)") from None

    if encode(text) != data:
        raise FixError("does not read back byte for byte as text; nothing was changed")
    return text, encode


@dataclass
class FileFix:
    """One file's fixing: the bytes before and after, and what was done."""

    path: str
    fmt: str
    before: bytes
    after: bytes
    outcome: Optional[FixOutcome] = None
    written: bool = False

    @property
    def changed(self) -> bool:
        return self.after != self.before

    def counts(self) -> dict:
        out: dict = {}
        for f in self.outcome.applied if self.outcome else ():
            out[f.rule] = out.get(f.rule, 0) + 1
        return out

    def diff(self, name: Optional[str] = None) -> str:
        """A unified diff from the old text to the new (empty when nothing changed)."""
        import difflib

        if not self.changed:
            return ""
        name = name or self.path
        old, _ = decode_exact(self.before)
        new = self.outcome.text
        lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                     fromfile=f"a/{name}", tofile=f"b/{name}")
        out = []
        for line in lines:
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(out)


def fix_bytes(data: bytes, name: str, fmt: str, config=None, *, headings: bool = False) -> FileFix:
    """Fix the bytes of a text or Markdown file (nothing is written)."""
    from .config import Config

    config = config or Config()
    text, encode = decode_exact(data, name, config.extract_options())
    outcome = fix_source(text, name, fmt, config, headings=headings)
    after = encode(outcome.text) if outcome.applied else data
    return FileFix(path=name, fmt=fmt, before=data, after=after, outcome=outcome)


def fix_file(path: str, config=None, *, write: bool = True, headings: bool = False,
             fmt: Optional[str] = None) -> FileFix:
    """Fix a text or Markdown file in place (or, without ``write``, only work out the fix).

    Refuses, with :class:`FixError` and nothing written: a symbolic link, anything but a
    regular file, a read-only file, a file that cannot be read completely or decoded
    exactly, and a file that changed while it was being fixed. The new text goes to a
    temporary file beside it, with the same permissions, which is then renamed over it.
    """
    import os
    import stat
    import tempfile

    from .api import read_bytes
    from .config import Config
    from .errors import ExtractError
    from .extract import format_for

    config = config or Config()
    fmt = fmt or format_for(path)
    if fmt not in ("text", "markdown"):
        raise FixError("--fix changes Markdown and text files only "
                       "(for Word, 'plainlint annotate --track-changes')")
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise FixError(f"cannot read ({exc.strerror})") from None
    if stat.S_ISLNK(st.st_mode):
        raise FixError("is a symbolic link; plainlint fixes only the file itself, never through a "
                       "link (name the file it points to)")
    if not stat.S_ISREG(st.st_mode):
        raise FixError("is not a regular file; nothing was changed")
    if write and (not os.access(path, os.W_OK)
                  or not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)):
        raise FixError("is read-only; nothing was changed")
    try:
        data = read_bytes(path, config, fmt)
    except ExtractError as exc:
        raise FixError(exc.message) from None
    if len(data) != st.st_size:
        raise FixError("changed while it was being read; nothing was changed (run again)")
    result = fix_bytes(data, path, fmt, config, headings=headings)
    if not write or not result.changed:
        return result
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".plainlint-fix-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FixError(f"cannot write beside it ({exc.strerror}); nothing was changed") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(result.after)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        now = os.lstat(path)
        with open(path, "rb") as fh:
            current = fh.read()
        if (now.st_mtime_ns, now.st_size, now.st_ino) != (st.st_mtime_ns, st.st_size, st.st_ino) or current != data:
            raise FixError("changed while it was being fixed; nothing was changed (run again)")
        os.replace(tmp, path)
    except OSError as exc:
        _unlink(tmp)
        raise FixError(f"cannot write ({exc.strerror}); nothing was changed") from None
    except BaseException:
        _unlink(tmp)
        raise
    result.written = True
    return result


def _unlink(path: str) -> None:
    import os

    try:
        os.unlink(path)
    except OSError:
        pass
