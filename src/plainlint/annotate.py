"""``plainlint annotate DRAFT.docx``: a copy of a Word document with a comment on each finding.

Each comment is anchored on exactly the words the finding covers, holds the message and
the suggested fix, and has the author "plainlint". The copy keeps the original text and
formatting: the only changes are

- runs (stretches of text with one formatting) split where a finding starts or ends, each
  half keeping the run's formatting, so that a comment can begin and end mid-run; and
- the comment marks themselves (``w:commentRangeStart``, ``w:commentRangeEnd`` and a
  ``w:commentReference`` run with no text) and the comments part.

How a finding finds its words. The checker reports offsets into the extracted text; the
Word extractor (:mod:`plainlint.extract.docx`) keeps, for every block, the runs its text
came from, and its ``RunLocator`` turns a finding's offsets into the runs that hold
exactly those words, splitting the first and last run where needed. A finding in a
footnote or endnote is commented on the note's reference mark in the body (the comment
quotes the words); a finding in a header or footer gets no comment (Word allows none
there) and is listed instead. Document-level findings (reading age, co-production
evidence) are commented on the heading or paragraph they point at.

Files: the input is never written. The default output is ``DRAFT.plainlint.docx`` beside
the input; an existing output is refused unless ``force`` is set; a symbolic link at the
output path is never followed (with ``force`` the link itself is replaced by the new
file, its target untouched); and an output that is the input, by any path, is refused.
"""

from __future__ import annotations

import io
import os
import re
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Optional

from .errors import PlainlintError
from .wording import join_words

AUTHOR = "plainlint"
INITIALS = "PL"

_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


class AnnotateError(PlainlintError):
    """annotate cannot go ahead (bad input or output path)."""


@dataclass
class Outcome:
    output: str
    comments: int = 0
    skipped: list = field(default_factory=list)  # (Finding, reason)
    result: object = None  # the FileResult of the check
    hidden: dict = field(default_factory=dict)  # severity -> findings below the lowest severity shown
    folded: int = 0  # findings named in an earlier comment instead of one of their own


# ---------------------------------------------------------------------------------------
# Paths


def default_output(path: str) -> str:
    root, _ = os.path.splitext(path)
    return root + ".plainlint.docx"


def check_paths(src: str, dst: str, force: bool) -> None:
    """Refuse anything that would write to the input, follow a link, or clobber a file."""
    if not os.path.exists(src):
        raise AnnotateError(f"{src}: no such file")
    if os.path.isdir(dst):
        raise AnnotateError(f"{dst}: is a folder; give a file name for the annotated copy")
    same = os.path.realpath(src) == os.path.realpath(dst)
    if not same and os.path.exists(dst):
        try:
            same = os.path.samefile(src, dst)
        except OSError:
            same = False
    if same or os.path.abspath(src) == os.path.abspath(dst):
        raise AnnotateError(f"{dst}: is the input document; plainlint never writes to its input "
                            "(choose another name with -o)")
    try:
        mode = os.lstat(dst).st_mode
    except OSError:
        mode = None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        # a device, a FIFO or a socket: --force must never rename a file over it
        raise AnnotateError(f"{dst}: is not a regular file (a device or a pipe); "
                            "annotate writes a Word file only to a file name")
    if os.path.lexists(dst) and not force:
        what = "a symbolic link" if os.path.islink(dst) else "a file"
        raise AnnotateError(f"{dst}: {what} is already there; use --force to replace it "
                            "(or choose another name with -o)")
    parent = os.path.dirname(os.path.abspath(dst))
    if not os.path.isdir(parent):
        raise AnnotateError(f"{dst}: folder {parent} does not exist")
    try:  # a read-only folder is found before the draft is checked, not after
        fd, probe = tempfile.mkstemp(prefix=".plainlint-", suffix=".part", dir=parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise AnnotateError(f"{dst}: cannot write in {parent} ({exc.strerror or exc})") from None


def write_output(dst: str, data: bytes, force: bool) -> None:
    """Write ``data`` to ``dst`` without following a symbolic link there.

    Without ``force`` the file is created exclusively (O_EXCL fails on anything already
    at the path, a dangling link included). With ``force`` the bytes go to a new temporary
    file beside it, which is then renamed over the path: a rename replaces a link itself,
    never the file it points to.
    """
    if not force:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(dst, flags, 0o666)
        except FileExistsError:
            raise AnnotateError(f"{dst}: a file is already there; use --force to replace it") from None
        except OSError as exc:
            raise AnnotateError(f"{dst}: cannot write ({exc.strerror})") from None
        _write_fd(fd, data, dst, dst)
        return
    folder = os.path.dirname(os.path.abspath(dst))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".plainlint-", suffix=".docx", dir=folder)
    except OSError as exc:
        raise AnnotateError(f"{dst}: cannot write in {folder} ({exc.strerror})") from None
    _write_fd(fd, data, tmp, dst, then=lambda: (os.chmod(tmp, 0o666 & ~_umask()), os.replace(tmp, dst)))


def _write_fd(fd: int, data: bytes, path: str, dst: str, then=None) -> None:
    """Write ``data`` to the open ``fd`` (the file ``path``), then run ``then``. On any
    failure (a full disk, a time limit) ``path`` is removed, so no half-written copy is
    left, and an OSError becomes one AnnotateError naming ``dst``."""
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if then is not None:
            then()
    except BaseException as exc:
        try:
            os.unlink(path)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise AnnotateError(f"{dst}: cannot write ({exc.strerror})") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------------------------------
# The whole job


def comment_text(f) -> str:
    """What the comment says: the message, the fix, and the rule to look up."""
    lines = [f.message]
    if f.suggestions:
        lines.append("Instead: " + join_words(f.suggestions, "or"))
    if f.repeats:
        from .display import other_places

        lines.append(f"The same comes {1 + len(f.repeats)} times in this document: also {other_places(f)}.")
    lines.append(f"plainlint rule {f.rule} ({f.severity}); 'plainlint explain {f.rule}' says why.")
    return "\n".join(lines)


@contextmanager
def _linear_comment_ids():
    """python-docx finds each new comment's id by reading every comment's id again (an
    XPath over the comments part), which makes N comments cost N squared: 5,000 paragraphs
    took 220 s. While comments are added here, the next id is the last one plus one (the
    same value python-docx would compute, since ids only grow), falling back to its own
    method for the first comment and whenever the id would leave the 32-bit range."""
    from docx.oxml.comments import CT_Comments

    original = CT_Comments._next_available_comment_id
    state = {"last": None}

    def next_id(self):
        last = state["last"]
        value = original(self) if last is None or last + 1 > 2**31 - 1 else last + 1
        state["last"] = value
        return value

    CT_Comments._next_available_comment_id = next_id
    try:
        yield
    finally:
        CT_Comments._next_available_comment_id = original


def _comment_on(wd, locator, document, f) -> Optional[str]:
    """Put a comment on the finding's words; None when made, else why it could not be."""
    block = document.block_at(f.start)
    if block is None or not isinstance(block.anchor, dict):
        return "its words could not be traced back to the Word file"
    if block.kind == "header-footer":
        return "it is in a header or footer, where Word allows no comments"
    start, end = (block.start, block.end) if f.document_level else (f.start, min(f.end, block.end))
    runs = locator.runs_for(start, end, split=True)
    if not runs:
        return "its words could not be traced back to the Word file"
    text = comment_text(f)
    if block.kind == "footnote":
        text = f"In the note: \"{f.text}\"\n" + text
    wd.add_comment(runs, text=text, author=AUTHOR, initials=INITIALS)
    return None


def add_comments(data: bytes, document, findings, options=None) -> tuple[bytes, int, list]:
    with _linear_comment_ids():
        return _add_comments(data, document, findings, options)


def _add_comments(data: bytes, document, findings, options=None) -> tuple[bytes, int, list]:
    """The Word file ``data`` with a comment on each finding; (bytes, comments, skipped).

    ``document`` is the Document extracted from ``data``; its blocks' anchors lead back to
    the runs (see :mod:`plainlint.extract.docx`).
    """
    from .extract.docx import RunLocator, open_docx

    wd = open_docx(data, options)
    before = _body_text(wd)
    locator = RunLocator(wd, document)  # resolves every block's runs before anything changes
    count = 0
    skipped = []
    for f in findings:
        why = _comment_on(wd, locator, document, f)
        if why:
            skipped.append((f, why))
        else:
            count += 1
    if _body_text(wd) != before:  # pragma: no cover - a bug, never the user's fault
        raise PlainlintError("adding comments would change the document's text; nothing written")
    out = io.BytesIO()
    wd.save(out)
    return out.getvalue(), count, skipped


def _body_text(wd) -> str:
    """Every w:t in the body, in order: what must not change."""
    return "".join(t.text or "" for t in wd.element.body.iter(_T))


def _read_and_check(src: str, dst: Optional[str], config, force: bool):
    """What both Word copies start from: the settings, the output path (checked), the
    draft's bytes, its Document and its findings. Only a .docx is taken."""
    from .api import check_document, read_bytes
    from .config import Config
    from .extract import extract, format_for

    config = config or Config()
    if format_for(src) != "docx":
        raise AnnotateError(f"{src}: annotate works on Word .docx files only")
    dst = dst or default_output(src)
    check_paths(src, dst, force)
    data = read_bytes(src, config)
    document = extract(data, src, config.extract_options(), fmt="docx")
    return config, dst, data, document, check_document(document, config)


def annotate_file(src: str, dst: Optional[str] = None, config=None, force: bool = False,
                  display=None) -> Outcome:
    """Check ``src`` (a .docx) and write an annotated copy to ``dst``."""
    config, dst, data, document, result = _read_and_check(src, dst, config, force)
    # the same choice as the text view: the lowest severity shown, repeats folded (the
    # first place's comment names the others) unless every place is asked for
    from .display import DisplayOptions, visible

    view = visible(result.findings, display or DisplayOptions.for_format("annotate", config=config))
    out, count, skipped = add_comments(data, document, view.shown, config.extract_options())
    check_paths(src, dst, force)  # again, just before writing
    write_output(dst, out, force)
    return Outcome(output=dst, comments=count, skipped=skipped, result=result, hidden=view.hidden,
                   folded=view.folded)


# ---------------------------------------------------------------------------------------
# Tracked changes: every safe fix as a deletion and an insertion by "plainlint"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# what a run may hold for its words to be replaced as a tracked change
_PLAIN_RUN = frozenset(_W + t for t in ("rPr", "t", "tab", "noBreakHyphen"))
# elements between a run and its paragraph that a fix may sit inside
_FIXABLE_PARENTS = frozenset(_W + t for t in ("p", "hyperlink", "smartTag", "sdtContent", "customXml"))
_NOTE_PARTS = ("word/footnotes.xml", "word/endnotes.xml")


@dataclass
class TrackOutcome(Outcome):
    """What ``annotate --track-changes`` did: tracked changes (fixes) and comments."""

    fixes: int = 0
    fixed: list = field(default_factory=list)  # the Fix of every tracked change made
    repeated: int = 0  # the same changes made again in headers and footers repeated in other sections


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _in_field_result(run) -> bool:
    """Is the run the result of a complex field (between its 'separate' and 'end')? A field
    result is worked out again by Word, so it is never fixed."""
    p = run
    while p is not None and p.tag != _W + "p":
        p = p.getparent()
    if p is None:
        return True
    depth = 0
    for r in p.iter(_W + "r"):
        if r is run:
            return depth > 0
        for c in r:
            if c.tag == _W + "fldChar":
                kind = c.get(_W + "fldCharType")
                if kind == "begin":
                    depth += 1
                elif kind == "end":
                    depth = max(0, depth - 1)
    return False


def _fixable_runs(runs, words: str) -> bool:
    """Do these run elements hold exactly ``words`` as plain text that is the writer's
    own (not inside another tracked change, a field or a text box's fallback copy)?"""
    from .extract.docx import run_child_text

    if not runs:
        return False
    text = []
    for r in runs:
        if r.tag != _W + "r" or any(c.tag not in _PLAIN_RUN for c in r if isinstance(c.tag, str)):
            return False
        parent = r.getparent()
        while parent is not None and parent.tag != _W + "p":
            if parent.tag not in _FIXABLE_PARENTS:
                return False  # w:ins, w:del, w:moveTo, w:fldSimple, ...
            parent = parent.getparent()
        if parent is None or _in_field_result(r):
            return False
        text.extend(run_child_text(c) or "" for c in r if c.tag != _W + "rPr")
    return "".join(text) == words


def _track_change(runs, replacement: str, ids, date: str) -> None:
    """Wrap ``runs`` (exactly the words) in w:del and put w:ins with ``replacement`` after."""
    import copy

    groups: list = []
    for r in runs:
        if groups and groups[-1][-1].getnext() is r:
            groups[-1].append(r)
        else:
            groups.append([r])
    last = None
    for group in groups:
        first = group[0]
        d = first.makeelement(_W + "del", {_W + "id": str(next(ids)), _W + "author": AUTHOR, _W + "date": date})
        first.addprevious(d)
        for r in group:
            d.append(r)  # moves the run
            for t in r.iter(_W + "t"):
                t.tag = _W + "delText"
                t.set(_XML_SPACE, "preserve")
        last = d
    ins = last.makeelement(_W + "ins", {_W + "id": str(next(ids)), _W + "author": AUTHOR, _W + "date": date})
    new = ins.makeelement(_W + "r", {})
    rpr = runs[0].find(_W + "rPr")
    if rpr is not None:
        rpr = copy.deepcopy(rpr)
        for change in rpr.findall(_W + "rPrChange"):
            rpr.remove(change)
        new.append(rpr)
    t = new.makeelement(_W + "t", {_XML_SPACE: "preserve"})
    t.text = replacement
    new.append(t)
    ins.append(new)
    last.addnext(ins)


def _max_id(roots) -> int:
    top = 0
    for root in roots:
        for el in root.iter():
            v = el.get(_W + "id") if isinstance(el.tag, str) else None
            if v is not None and v.lstrip("-").isdigit():
                top = max(top, int(v))
    return top


def _note_roots(wd, options) -> dict:
    """The footnotes and endnotes parts (python-docx keeps them as bytes): name -> (part, root)."""
    from .extract.docx import parse_xml

    out = {}
    for p in wd.part.package.iter_parts():
        name = str(p.partname).lstrip("/")
        if name in _NOTE_PARTS and not hasattr(p, "element"):
            out[name] = (p, parse_xml(p.blob, name))
    return out


def _note_runs(root, anchor: dict, start: int, end: int) -> list:
    """Run elements of a note for block-relative ``[start, end)``, split at the edges."""
    from .extract.docx import span_runs, split_run

    def element(path):
        el = root
        for i in path:
            kids = [c for c in el if isinstance(c.tag, str)]
            if i >= len(kids):
                return None
            el = kids[i]
        return el

    out = []
    for path, a, b in span_runs(anchor, start, end):
        r = element(path)
        if r is None:
            return []
        # from the end backwards: split off the right part first, so 'a' still counts from r's start
        total = len("".join(_run_text(r)))
        if b < total and split_run(r, b) is None:
            return []
        if a > 0:
            r = split_run(r, a)
            if r is None:
                return []
        out.append(r)
    return out


def _run_text(r) -> list:
    from .extract.docx import run_child_text

    return [run_child_text(c) or "" for c in r if c.tag != _W + "rPr"]


def _path_in(root, el) -> list:
    path = []
    while el is not root and el is not None:
        parent = el.getparent()
        path.append([c for c in parent if isinstance(c.tag, str)].index(el))
        el = parent
    return list(reversed(path))


def _plain_paragraph(root, p):
    """(text, anchor runs) of a paragraph made only of plain runs (directly in it or in a
    hyperlink), else None: tracked changes, fields and boxes are left alone."""
    runs = []
    pos = 0
    for r in p.iter(_W + "r"):
        if any(c.tag not in _PLAIN_RUN for c in r if isinstance(c.tag, str)):
            return None
        parent = r.getparent()
        while parent is not p:
            if parent is None or parent.tag != _W + "hyperlink":
                return None
            parent = parent.getparent()
        text = "".join(_run_text(r))
        runs.append([_path_in(root, r), pos, pos + len(text)])
        pos += len(text)
    if any(c.tag not in (_W + "pPr", _W + "r", _W + "hyperlink") for c in p if isinstance(c.tag, str)):
        return None
    return "".join(_run_text_of(root, path) for path, _, _ in runs), runs


def _run_text_of(root, path) -> str:
    el = root
    for i in path:
        el = [c for c in el if isinstance(c.tag, str)][i]
    return "".join(_run_text(el))


def _repeated_headers(wd, document, made, ids, date) -> int:
    """A header or footer repeated in several sections is read once (the first), so its
    fixes are made on that copy; make them on the other copies too (paragraphs with the
    same text, made of plain runs), or accepting all would leave them unfixed. Returns
    the tracked changes made there."""
    by_text: dict = {}
    for fx in made:
        block = document.block_at(fx.start)
        if block is None or block.kind != "header-footer":
            continue
        key = document.text[block.start:block.end]
        by_text.setdefault(key, []).append((fx.start - block.start, fx.end - block.start, fx))
    if not by_text:
        return 0
    read = {b.anchor.get("part") for b in document.blocks if isinstance(b.anchor, dict)}
    count = 0
    for part in wd.part.package.iter_parts():
        name = str(part.partname).lstrip("/")
        if name in read or not re.fullmatch(r"word/(header|footer)\d*\.xml", name) or not hasattr(part, "element"):
            continue
        root = part.element
        for p in list(root.iter(_W + "p")):
            plain = _plain_paragraph(root, p)
            if plain is None:
                continue
            raw, runs = plain
            edits = by_text.get(raw.strip())
            if not edits:
                continue
            lead = len(raw) - len(raw.lstrip())
            anchor = {"runs": [[path, s - lead, e - lead] for path, s, e in runs]}
            for a, b, fx in sorted(edits, key=lambda x: x[0], reverse=True):
                found = _note_runs(root, anchor, a, b)
                if _fixable_runs(found, document.text[fx.start:fx.end]):
                    _track_change(found, fx.replacement, ids, date)
                    count += 1
    return count


def add_tracked_changes(data: bytes, document, findings, options=None, *, date: Optional[str] = None,
                        headings: bool = False, display=None) -> tuple:
    """The Word file ``data`` with every safe fix as a tracked change and every other
    finding as a comment: (bytes, fixes made [Fix], comments, skipped [(Finding, reason)],
    changes made again in repeated headers and footers).

    ``display`` (a DisplayOptions) makes the same choice as the comments copy: findings
    below its lowest severity are neither fixed nor commented on, and with folding on, a
    finding left as a comment is commented on once at its first place, the comment naming
    the others. A safe fix is still made at every place: folding is about what a writer
    reads, and a fix made at one place only would leave the others unchanged.

    A fix whose words cannot be changed cleanly (inside someone else's tracked change, a
    field result, or runs holding more than text) becomes a comment instead. Comments
    come first, then the fixes, so no comment mark ever lands inside a deletion.
    """
    import itertools

    from .extract.docx import RunLocator, open_docx
    from .fix import safe_fixes

    date = date or _now()
    wd = open_docx(data, options)
    notes = _note_roots(wd, options)
    locator = RunLocator(wd, document)
    folding = None
    if display is not None:
        import dataclasses

        from .display import visible

        findings = visible(findings, dataclasses.replace(display, fold=False)).shown
        folding = display if display.fold else None
    fixes = safe_fixes(findings, document, headings=headings)
    as_fix = {id(f.finding) for f in fixes}
    # which fixes can be made: decided before anything changes
    doable = []
    for fx in fixes:
        block = document.block_at(fx.start)
        if block is None or not isinstance(block.anchor, dict):
            continue
        doable.append((fx, block))
    comments = 0
    skipped = []

    def comment(f) -> None:
        nonlocal comments
        why = _comment_on(wd, locator, document, f)
        if why:
            skipped.append((f, why))
        else:
            comments += 1

    to_comment = [f for f in findings if id(f) not in as_fix]
    if folding is not None:
        from .display import visible

        to_comment = visible(to_comment, folding).shown
    for f in to_comment:
        comment(f)
    roots = [locator._root(str(p.partname).lstrip("/")) for p in wd.part.package.iter_parts()
             if hasattr(p, "element")]
    ids = itertools.count(_max_id([r for r in roots if r is not None] + [r for _, r in notes.values()]) + 1)
    made = []
    failed = []
    # from the end backwards: in a note, splitting a run keeps earlier offsets valid
    for fx, block in sorted(doable, key=lambda x: x[0].start, reverse=True):
        part = block.anchor.get("part", "")
        words = document.text[fx.start:fx.end]
        if part in notes:
            runs = _note_runs(notes[part][1], block.anchor, fx.start - block.start, fx.end - block.start)
        else:
            runs = [r._r for r in locator.runs_for(fx.start, fx.end, split=True)]
        if not _fixable_runs(runs, words):
            failed.append(fx.finding)
            continue
        _track_change(runs, fx.replacement, ids, date)
        made.append(fx)
    copies = _repeated_headers(wd, document, made, ids, date)
    for f in sorted(failed, key=lambda f: f.start):
        comment(f)
    for f in findings:
        if id(f) in as_fix and not any(m.finding is f for m in made) and f not in failed:
            comment(f)  # its words could not be traced back: say so as a comment would
    for part, root in notes.values():
        from lxml import etree

        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    wd.save(out)
    made.sort(key=lambda x: x.start)
    return out.getvalue(), made, comments, skipped, copies


def track_changes_file(src: str, dst: Optional[str] = None, config=None, force: bool = False, *,
                       date: Optional[str] = None, headings: bool = False, display=None) -> TrackOutcome:
    """Check ``src`` (a .docx) and write a copy with the safe fixes as tracked changes and
    the other findings as comments to ``dst``. The draft is never written. What is fixed
    and commented on follows the same choice as :func:`annotate_file` (the lowest severity
    shown; repeats folded into one comment), see :func:`add_tracked_changes`."""
    config, dst, data, document, result = _read_and_check(src, dst, config, force)
    from .display import DisplayOptions, visible

    display = display or DisplayOptions.for_format("annotate", config=config)
    view = visible(result.findings, display)
    out, made, comments, skipped, copies = add_tracked_changes(data, document, result.findings,
                                                               config.extract_options(), date=date,
                                                               headings=headings, display=display)
    _verify(out, document, made, config)
    check_paths(src, dst, force)  # again, just before writing
    write_output(dst, out, force)
    folded = 0
    if display.fold:  # repeats named in a first comment (a fix is made at every place, never folded)
        import dataclasses

        fixed = {id(m.finding) for m in made}
        left = [f for f in visible(result.findings, dataclasses.replace(display, fold=False)).shown
                if id(f) not in fixed]
        folded = visible(left, display).folded
    return TrackOutcome(output=dst, comments=comments, skipped=skipped, result=result, fixes=len(made),
                        fixed=made, repeated=copies, hidden=view.hidden, folded=folded)


def _verify(out: bytes, document, made, config) -> None:
    """The copy, read with every change accepted, is the draft's text with the fixes made."""
    from .extract import extract
    from .fix import apply_fixes

    copy = extract(out, document.path, config.extract_options(), fmt="docx")
    if copy.text != apply_fixes(document.text, made):  # pragma: no cover - a bug, never the user's fault
        raise PlainlintError("the tracked changes would not give the fixed text; nothing written")
