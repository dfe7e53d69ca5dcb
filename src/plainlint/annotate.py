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
import tempfile
from dataclasses import dataclass, field
from typing import Optional

from .errors import PlainlintError

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
    if os.path.lexists(dst) and not force:
        what = "a symbolic link" if os.path.islink(dst) else "a file"
        raise AnnotateError(f"{dst}: {what} is already there; use --force to replace it "
                            "(or choose another name with -o)")
    parent = os.path.dirname(os.path.abspath(dst))
    if not os.path.isdir(parent):
        raise AnnotateError(f"{dst}: folder {parent} does not exist")


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
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return
    folder = os.path.dirname(os.path.abspath(dst))
    fd, tmp = tempfile.mkstemp(prefix=".plainlint-", suffix=".docx", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, dst)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise AnnotateError(f"{dst}: cannot write ({exc.strerror})") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------------------------------
# The whole job


def _or(words) -> str:
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def comment_text(f) -> str:
    """What the comment says: the message, the fix, and the rule to look up."""
    lines = [f.message]
    if f.suggestions:
        lines.append("Instead: " + _or(f.suggestions))
    lines.append(f"plainlint rule {f.rule} ({f.severity}); 'plainlint explain {f.rule}' says why.")
    return "\n".join(lines)


def add_comments(data: bytes, document, findings, options=None) -> tuple[bytes, int, list]:
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
        block = document.block_at(f.start)
        if block is None or not isinstance(block.anchor, dict):
            skipped.append((f, "its words could not be traced back to the Word file"))
            continue
        if block.kind == "header-footer":
            skipped.append((f, "it is in a header or footer, where Word allows no comments"))
            continue
        start, end = (block.start, block.end) if f.document_level else (f.start, min(f.end, block.end))
        runs = locator.runs_for(start, end, split=True)
        if not runs:
            skipped.append((f, "its words could not be traced back to the Word file"))
            continue
        text = comment_text(f)
        if block.kind == "footnote":
            text = f"In the note: \"{f.text}\"\n" + text
        wd.add_comment(runs, text=text, author=AUTHOR, initials=INITIALS)
        count += 1
    if _body_text(wd) != before:  # pragma: no cover - a bug, never the user's fault
        raise PlainlintError("adding comments would change the document's text; nothing written")
    out = io.BytesIO()
    wd.save(out)
    return out.getvalue(), count, skipped


def _body_text(wd) -> str:
    """Every w:t in the body, in order: what must not change."""
    return "".join(t.text or "" for t in wd.element.body.iter(_T))


def annotate_file(src: str, dst: Optional[str] = None, config=None, force: bool = False) -> Outcome:
    """Check ``src`` (a .docx) and write an annotated copy to ``dst``."""
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
    result = check_document(document, config)
    out, count, skipped = add_comments(data, document, result.findings, config.extract_options())
    check_paths(src, dst, force)  # again, just before writing
    write_output(dst, out, force)
    return Outcome(output=dst, comments=count, skipped=skipped, result=result)
