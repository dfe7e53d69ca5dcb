"""The zip package, checked before anything is inflated, and its parts read with bounds.

* Before anything is inflated, the zip's directory is checked: more than
  ``MAX_MEMBERS`` entries, a total declared uncompressed size over
  ``options.max_unzipped_bytes``, or any member over 1 MB whose declared size is more
  than ``options.max_zip_ratio`` times its compressed size is refused as a zip bomb.
* Members are read with a bounded read that stops past the remaining budget, whatever
  their declared size says (and zipfile itself stops at the declared size, failing the
  CRC check if the data goes on).
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from typing import Optional

from ...errors import ExtractError
from .names import PKG_REL_NS, STRICT_MARK, _STRICT_NS
from .xml import _short, parse_xml

#: most zip entries a .docx may have (real ones have tens to a few hundred)
MAX_MEMBERS = 10_000
#: members at most this big (uncompressed) are never called bombs whatever their ratio:
#: honest Word files compress repetitive XML far beyond 200 to 1 (100,000 identical short
#: paragraphs are 7 MB of XML in 20 KB), and every part is read with a running budget
#: (``max-unzipped-mb``) whatever its header says, so the ratio only has to catch parts
#: too big to be a document's text
RATIO_FLOOR = 16 * 1024 * 1024

_RT = "/relationships/"


# --------------------------------------------------------------------------- the package
class _Package:
    """The zip, checked before anything is inflated, and its parts read with bounds."""

    def __init__(self, data: bytes, options):
        self.max_total = int(getattr(options, "max_unzipped_bytes", 500 * 1048576))
        self.max_ratio = float(getattr(options, "max_zip_ratio", 200.0))
        self._check_directory_size(data)
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError,
                NotImplementedError, struct.error, IndexError, KeyError) as exc:
            raise _corrupt_zip(exc) from None
        self._check_bomb(infos)
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            key = _norm_name(info.filename).lower()
            if key in self.members:
                # two entries for one part (the same name, or one differing only in case or
                # slashes): readers disagree about which one counts (we read one copy and an
                # annotated copy could be written from the other; a decoy could hide the real
                # text), so the file is refused rather than guessed at
                raise ExtractError(
                    "corrupt",
                    f"damaged or tampered .docx: its zip holds two entries for the part "
                    f"{self.members[key].filename!r}" + (f" (and {info.filename!r})" if info.filename !=
                                                         self.members[key].filename else "")
                    + "; open it in Word and save it again")
            self.members[key] = info
        self.remaining = self.max_total
        self.strict = False
        self.parts_read: list[str] = []

    # -- checks on the declared directory, before inflating -------------------------
    def _check_directory_size(self, data: bytes) -> None:
        """Refuse a zip whose directory announces absurdly many entries (cheap: EOCD only)."""
        tail = data[-(65535 + 22):]
        i = tail.rfind(b"PK\x05\x06")
        if i < 0 or len(tail) - i < 22:
            raise ExtractError(
                "corrupt",
                "damaged or truncated .docx: its zip directory is missing (the file was cut short "
                "or is not a real .docx); open it in Word to repair it, or get a fresh copy",
            )
        (entries,) = struct.unpack_from("<H", tail, i + 10)
        if entries == 0xFFFF:  # zip64: the real count is in the zip64 end record
            loc = tail.rfind(b"PK\x06\x07", 0, i)
            if loc >= 0:
                (off,) = struct.unpack_from("<Q", tail, loc + 8)
                if 0 <= off <= len(data) - 56 and data[off:off + 4] == b"PK\x06\x06":
                    (entries,) = struct.unpack_from("<Q", data, off + 32)
        if entries > MAX_MEMBERS:
            raise ExtractError(
                "too-large",
                f"zip bomb: the .docx zip lists {entries:,} parts (a Word document has at most a "
                f"few hundred; the limit is {MAX_MEMBERS:,}); refused without unpacking it",
            )

    def _check_bomb(self, infos) -> None:
        if len(infos) > MAX_MEMBERS:
            raise ExtractError(
                "too-large",
                f"zip bomb: the .docx zip lists {len(infos):,} parts (limit {MAX_MEMBERS:,}); "
                "refused without unpacking it",
            )
        total = 0
        for info in infos:
            size = info.file_size
            total += size
            if info.flag_bits & 0x1:
                raise ExtractError(
                    "encrypted",
                    f"the .docx zip has an encrypted part ({info.filename}); remove the protection "
                    "in Word and save it again",
                )
            if size > RATIO_FLOOR:
                ratio = size / max(info.compress_size, 1)
                if ratio > self.max_ratio:
                    raise ExtractError(
                        "too-large",
                        f"zip bomb: part {info.filename} would unzip to {_mb(size)} from "
                        f"{_mb(info.compress_size)}, a compression ratio of {ratio:,.0f} to 1 "
                        f"(the limit is {self.max_ratio:g}, setting max-zip-ratio); refused "
                        "without unpacking it",
                    )
        if total > self.max_total:
            raise ExtractError(
                "too-large",
                f"zip bomb: the .docx parts would unzip to {_mb(total)} in all, over the limit of "
                f"{_mb(self.max_total)} (setting max-unzipped-mb); refused without unpacking it",
            )

    # -- reading --------------------------------------------------------------------
    def has(self, name: str) -> bool:
        return name.lower() in self.members

    def read(self, name: str) -> Optional[bytes]:
        """The bytes of part ``name``, or None if absent; never more than the budget left."""
        info = self.members.get(name.lower())
        if info is None:
            return None
        limit = self.remaining
        chunks = []
        got = 0
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(min(1 << 20, limit - got + 1))
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > limit:
                        raise ExtractError(
                            "too-large",
                            f"zip bomb: part {info.filename} unzips to more than its declared size "
                            f"and past the limit of {_mb(self.max_total)} in all (setting "
                            "max-unzipped-mb); stopped reading it",
                        )
                    chunks.append(chunk)
        except ExtractError:
            raise
        except RuntimeError as exc:  # "File is encrypted, password required"
            raise ExtractError("encrypted", f"the .docx zip part {info.filename} is encrypted ({exc})") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError,
                struct.error) as exc:
            raise ExtractError(
                "corrupt",
                f"damaged .docx: part {info.filename} cannot be unzipped ({_short(exc)}); open it in "
                "Word to repair it, or get a fresh copy",
            ) from None
        self.remaining -= got
        self.parts_read.append(info.filename)
        return b"".join(chunks)

    def xml(self, name: str):
        """Part ``name`` parsed safely (root element), or None if absent."""
        data = self.read(name)
        if data is None:
            return None
        if STRICT_MARK in data:
            self.strict = True
            data = _STRICT_NS.sub(rb"http://schemas.openxmlformats.org/\1/2006/", data)
        return parse_xml(data, name)

    def rels(self, part: str) -> list[tuple[str, str, str, str]]:
        """(id, type, target part name, target mode) of the relationships of ``part``."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out = []
        if root is None:
            return out
        for rel in root:
            if rel.tag != "{%s}Relationship" % PKG_REL_NS:
                continue
            mode = rel.get("TargetMode", "Internal")
            target = rel.get("Target", "")
            if mode == "Internal":
                target = _resolve(folder, target)
            out.append((rel.get("Id", ""), rel.get("Type", ""), target, mode))
        return out


def _norm_name(name: str) -> str:
    return name.replace("\\", "/").lstrip("/")


def _resolve(folder: str, target: str) -> str:
    target = target.replace("\\", "/")
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")



def _mb(n: float) -> str:
    if n >= 1024 ** 3:
        return f"{n / 1024 ** 3:,.1f} GB"
    if n >= 1048576:
        return f"{n / 1048576:,.1f} MB"
    return f"{n / 1024:,.1f} KB"


def _corrupt_zip(exc: BaseException) -> ExtractError:
    return ExtractError(
        "corrupt",
        f"damaged or truncated .docx: its zip cannot be opened ({_short(exc)}); open it in Word "
        "to repair it, or get a fresh copy",
    )


_OTHER_MAIN = {
    "xl/": "an Excel workbook",
    "ppt/": "a PowerPoint presentation",
    "visio/": "a Visio drawing",
}


def _main_part(pkg: _Package) -> str:
    for _id, rtype, target, mode in pkg.rels(""):
        if rtype.endswith(_RT + "officeDocument") and mode == "Internal":
            if pkg.has(target):
                return target
    if pkg.has("word/document.xml"):
        return "word/document.xml"
    names = list(pkg.members)
    for prefix, what in _OTHER_MAIN.items():
        if any(n.startswith(prefix) for n in names):
            raise ExtractError("not-a-document", f"this is {what} saved with a .docx name, not a Word document")
    if any(n.startswith("content.xml") or n == "mimetype" for n in names):
        raise ExtractError("not-a-document", "this is an OpenDocument file, not a Word document: save it as .docx")
    raise ExtractError(
        "not-a-document",
        "not a Word document: the zip has no main document part (word/document.xml)",
    )
