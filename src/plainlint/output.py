"""Writing reports safely: ``-o``, ``--summary`` and standard output.

Three promises, each for the whole class of path a user can give:

- **Never an input.** An output path that is one of the documents being checked is refused
  before anything is read, whether it names the document directly, through a symbolic
  link, or through a hard link (the same device and inode).
- **Never replace what is not a regular file.** A report for a regular file (or a new
  name) is written to a temporary file beside it that takes the name only when the report
  is whole, so an interrupted run never leaves half a report under the name. Anything else
  at the path (a device such as ``/dev/null``, a FIFO, a terminal, or a symbolic link to
  one of them) is opened and written directly, as the shell's ``>`` would: renaming over
  it would turn the device or the link into a regular file. A symbolic link to a regular
  file is followed: the file it points to gets the report.
- **Fail early, in one line.** Every output is opened before the run starts: a missing or
  read-only folder, a folder given as a file, or a path that cannot be created is one line
  naming the path and the reason, exit 2, before any document is checked. A write that
  fails later (a full disk) is one line and exit 2 as well, and the temporary file is
  removed.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from typing import Iterable, Optional

from .errors import PlainlintError


class OutputError(PlainlintError):
    """A report cannot be written where the user asked (exit 2)."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def input_identities(paths: Iterable[Optional[str]]) -> set:
    """(device, inode) of every input that exists: a hard link shares them."""
    ids = set()
    for p in paths:
        if not p:
            continue
        try:
            st = os.stat(p)
        except (OSError, ValueError):
            continue
        ids.add((st.st_dev, st.st_ino))
    return ids


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """One report file, opened before the run: ``write`` text, then ``commit`` (or
    ``abandon``). Raises :class:`OutputError` with one line for every failure."""

    def __init__(self, path: str, inputs: Iterable[Optional[str]] = (), what: str = "report",
                 input_ids: Optional[set] = None):
        self.path = path
        self.what = what
        self.tmp: Optional[str] = None
        self.final: Optional[str] = None
        self.fh = None
        ids = input_ids if input_ids is not None else input_identities(inputs)
        inputs = [p for p in inputs if p]
        real_inputs = {os.path.realpath(p) for p in inputs}
        if os.path.realpath(path) in real_inputs:
            self._refuse_input()
        try:
            st = os.stat(path)  # follows links: what would be written
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise OutputError(f"{path}: cannot write the {what} ({_reason(exc)})") from None
        if st is not None and (st.st_dev, st.st_ino) in ids:
            self._refuse_input()
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise OutputError(f"{path}: is a folder; give a file name for the {what}")
        if st is not None and not stat.S_ISREG(st.st_mode):
            # a device, a FIFO, a terminal, or a link to one: written directly, never replaced
            try:
                self.fh = open(path, "w", encoding="utf-8", newline="")
            except OSError as exc:
                raise OutputError(f"{path}: cannot write the {what} ({_reason(exc)})") from None
            return
        # a regular file, a link to one, or a new name: a temporary file beside the real
        # target, renamed over it when the report is whole
        self.final = os.path.realpath(path) if os.path.islink(path) else path
        folder = os.path.dirname(os.path.abspath(self.final))
        if not os.path.isdir(folder):
            why = "is not a folder" if os.path.exists(folder) else "does not exist"
            raise OutputError(f"{path}: cannot write the {what}: {folder} {why}")
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=".plainlint-", suffix=".part", dir=folder)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write the {what} in {folder} ({_reason(exc)})") from None
        try:
            os.chmod(self.tmp, 0o666 & ~_umask())  # as an ordinary new file would be
        except OSError:
            pass
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def _refuse_input(self):
        raise OutputError(f"{self.path}: is one of the documents being checked (by name or as a link "
                          "to it); plainlint never writes to its input")

    def write(self, text: str) -> None:
        try:
            self.fh.write(text)
        except OSError as exc:
            self.abandon()
            raise OutputError(f"{self.path}: cannot write the {self.what} ({_reason(exc)})") from None

    def commit(self) -> None:
        if self.fh is None:
            return
        try:
            self.fh.close()
            self.fh = None
            if self.tmp:
                os.replace(self.tmp, self.final)
                self.tmp = None
        except OSError as exc:
            self.abandon()
            raise OutputError(f"{self.path}: cannot write the {self.what} ({_reason(exc)})") from None

    def abandon(self) -> None:
        """Close without giving the report its name; remove the temporary file."""
        fh, self.fh = self.fh, None
        if fh is not None:
            try:
                fh.close()
            except OSError:
                pass
        tmp, self.tmp = self.tmp, None
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def check_distinct(paths: Iterable[Optional[str]]) -> None:
    """Two outputs of one run must not be the same file (one would replace the other)."""
    seen: dict = {}
    for p in paths:
        if not p:
            continue
        try:
            st = os.stat(p)
            if not stat.S_ISREG(st.st_mode):
                continue  # /dev/null twice is fine
            key = (st.st_dev, st.st_ino)
        except OSError:
            key = os.path.realpath(p)
        if key in seen:
            raise OutputError(f"{p}: named for two outputs of the same run (also as {seen[key]}); "
                              "give each its own file")
        seen[key] = p


def write_stdout(text: str) -> None:
    """Write to standard output; a closed pipe or a full disk becomes :class:`OutputError`."""
    try:
        sys.stdout.write(text)
    except OSError as exc:
        stdout_failed(exc)


def flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except OSError as exc:
        stdout_failed(exc)


def stdout_failed(exc: OSError) -> None:
    """Standard output cannot be written: stop Python's own flush at exit from printing a
    traceback, then raise one clear line (a closed pipe, as in ``| head``, is not worth
    a line: :class:`BrokenPipe` ends the run quietly)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    if isinstance(exc, BrokenPipeError):
        raise BrokenPipe() from None
    raise OutputError(f"standard output: cannot write the report ({_reason(exc)})") from None


class BrokenPipe(PlainlintError):
    """The reader of standard output went away (``plainlint check . | head``)."""


# ---------------------------------------------------------------------------------------
# Text for a terminal or a CI log

_BIDI = {0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters (escape sequences, carriage
    returns, bells, NUL), C1 controls and bidirectional overrides from a document or a
    file name are shown as ``\\x1b``-style escapes instead of acting on the terminal; tabs
    stay. A name that is not UTF-8 (held with surrogate escapes) shows its bytes as ``\\xff``."""
    if text.isprintable():
        return text
    out = []
    for c in text:
        o = ord(c)
        if c == "\t" or (c.isprintable() and o not in _BIDI):
            out.append(c)
        elif 0xDC80 <= o <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{o - 0xDC00:02x}")
        elif o < 0x20 or 0x7F <= o < 0xA0:  # C0 and C1 controls, DEL
            out.append(f"\\x{o:02x}")
        elif c in "\u2028\u2029":  # line and paragraph separators
            out.append(" ")
        elif c.isspace():  # a no-break or other space: printed as it is
            out.append(c)
        elif o in _BIDI or _is_control(c):
            out.append(f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}")
        else:
            out.append(c)  # a format character such as a zero-width joiner: harmless
    return "".join(out)


def _is_control(c: str) -> bool:
    import unicodedata

    return unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn")


def no_workflow_command(line: str) -> str:
    """A line that GitHub Actions would run as a workflow command (``::error ...``, after any
    leading spaces) gets a zero-width space between its two colons, so it is printed, not
    run. Only the ``github`` format writes workflow commands, on purpose."""
    stripped = line.lstrip()
    if stripped.startswith("::"):
        cut = len(line) - len(stripped)
        return line[:cut] + ":\u200b:" + stripped[2:]
    return line


def shown_path(path: str) -> str:
    """A path as the reports show it: any name the system allows, as valid text. Bytes that
    are not UTF-8 become ``\\xff``-style escapes (the file itself is still read by its real
    name)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
