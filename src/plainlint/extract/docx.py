"""Word (.docx) read as a person reads it, safely, with a way back to the runs.

What is read
------------
The main document part in document order: body paragraphs and tables (nested tables
included), with every paragraph of every table cell a block of kind ``table-cell`` that
carries ``table=(table, row, cell)`` (1-based; tables are numbered in the order they start,
so a table nested in table 1 is table 2; rows and cells count the ones left after accepting
tracked changes). A paragraph styled as a heading (style name ``heading N`` or ``Title``,
or an outline level 1-9 on the paragraph or its style) is a ``heading`` block and starts a
section (``DocumentBuilder.section``); a numbered or bulleted paragraph (``w:numPr`` on the
paragraph or its style) is a ``list-item``; a paragraph in the Caption style is a
``caption`` and one in a Quote, Intense Quote or Block Text style a ``quote``. Other
paragraphs are ``paragraph`` blocks. A
sentence never runs from one block into the next.

Inside a paragraph the text Word shows is read, including what python-docx's
``Paragraph.text`` leaves out: runs inside hyperlinks, smart tags, custom XML, inline and
block content controls (``w:sdt``, data-bound ones too), simple fields and the *results* of
complex fields (text between ``fldChar separate`` and ``end``; field codes in
``instrText`` are never read), bidirectional containers, and text boxes and shapes
(``w:txbxContent`` in DrawingML or VML; for ``mc:AlternateContent`` one branch only, so a
text box is never read twice). A text box's paragraphs become blocks of their own straight
after the paragraph they are anchored in. Equations and comments are not linted.

Tracked changes are read as if all were accepted: ``w:ins`` and ``w:moveTo`` text is in,
``w:del``/``w:delText`` and ``w:moveFrom`` text is out, a paragraph whose mark was deleted
joins the next paragraph, and deleted table rows and cells disappear.

Headers and footers referenced by the document's sections are blocks of kind
``header-footer`` after the body; a header or footer whose text repeats one already read
is read once. Footnotes and endnotes are blocks of kind ``footnote``, in the order they are
referenced, carrying the section and paragraph number of the paragraph that cites them.

``Block.paragraph`` is the paragraph number as Word counts body paragraphs: paragraphs
with text (headings, list items and table-cell paragraphs included, empty ones not), in
document order. A text-box block carries the number of the paragraph it follows; notes
carry the number of the citing paragraph; headers and footers have none.

Strict Open XML (``http://purl.oclc.org/ooxml/...`` namespaces) is read by mapping its
namespaces and relationship types to the transitional ones before parsing.

Why not python-docx for reading?
--------------------------------
python-docx opens a package by inflating and parsing every part with its own parser and
unbounded reads, and its paragraph API misses text boxes, content controls, field results,
inserted text and notes. So the extractor reads the zip itself, with the limits below, and
walks the parts' XML with lxml; python-docx is used where it helps: to act on the
document a writer gets back (:func:`runs_for_span` and :class:`RunLocator` hand
``annotate`` python-docx ``Run`` objects to pass to ``Document.add_comment``).

Safety (hostile files)
----------------------
* Before anything is inflated, the zip's directory is checked: more than
  ``MAX_MEMBERS`` entries, a total declared uncompressed size over
  ``options.max_unzipped_bytes``, or any member over 1 MB whose declared size is more
  than ``options.max_zip_ratio`` times its compressed size is refused as a zip bomb.
* Members are read with a bounded read that stops past the remaining budget, whatever
  their declared size says (and zipfile itself stops at the declared size, failing the
  CRC check if the data goes on).
* XML is parsed with ``resolve_entities=False, no_network=True, load_dtd=False,
  huge_tree=False``. Word never writes a DTD, so any part with a ``<!DOCTYPE``
  (entity expansion, "billion laughs", external entities, external DTDs) is refused
  without expanding or fetching anything.

Mapping a finding back to Word runs (for ``annotate``)
-----------------------------------------------------
Each block's ``anchor`` is a plain, JSON-able dict::

    {"part": "word/document.xml",          # zip member the text came from
     "paragraphs": [[0, 12]],              # index paths of the source w:p element(s)
     "runs": [[[0, 12, 3], 0, 7], ...],    # [run path, start, end] in block-relative chars
     "ref": [0, 40, 2]}                    # notes only: path of the citing run in document.xml

An *index path* lists, from the part's root element down, the position of each element
among its parent's child **elements** (comments and processing instructions do not count),
in the file as saved: ``[0, 12, 3]`` is root → 1st child (``w:body``) → 13th child (a
``w:p``) → 4th child (a ``w:r``). ``start``/``end`` are offsets into the block's text
(``document.text[block.start:block.end]``): run ``[path, s, e]`` supplied
``block_text[s:e]``; ``s`` may be negative where the block's leading white space was
trimmed. Runs are listed in text order. Characters a run contributes: ``w:t`` text,
``w:tab``/``w:ptab`` one space, ``w:br``/``w:cr`` a newline, ``w:noBreakHyphen`` "-",
``w:sym`` its character.

To map a finding at document offsets ``[fs, fe)`` in block ``b``: take
``rel_start = fs - b.start`` and ``rel_end = fe - b.start``; every run with ``s < rel_end``
and ``e > rel_start`` holds part of it, from character ``max(rel_start, s) - s`` to
``min(rel_end, e) - s`` of that run's text. :func:`span_runs` does exactly this (pure, no
file needed); :func:`runs_for_span` does it on an open python-docx ``Document`` and, with
``split=True``, splits the first and last run at the span's edges so that the runs it
returns cover exactly the words (ready for ``Document.add_comment(runs, ...)``).

Index paths describe the file as saved: once anything is inserted (a split run, a comment
range), later paths in that paragraph shift. To annotate many findings, build one
:class:`RunLocator` over the python-docx document and the extracted Document *before*
changing anything; it resolves every path once up front and keeps track of the runs it
splits, so any number of findings can be mapped in any order. python-docx loads notes
parts (footnotes, endnotes) only as bytes, so for a note the locator falls back to the run
that cites it in the body (``anchor["ref"]``).
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib
from typing import Any, Optional

from ..document import Document, DocumentBuilder
from ..errors import ExtractError

# --------------------------------------------------------------------------- names
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
STRICT_MARK = b"http://purl.oclc.org/ooxml/"
_STRICT_NS = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/")


def _w(tag: str) -> str:
    return "{%s}%s" % (W_NS, tag)


W_BODY = _w("body")
W_P = _w("p")
W_R = _w("r")
W_T = _w("t")
W_TBL = _w("tbl")
W_TR = _w("tr")
W_TC = _w("tc")
W_SDT = _w("sdt")
W_SDTCONTENT = _w("sdtContent")
W_CUSTOMXML = _w("customXml")
W_PPR = _w("pPr")
W_RPR = _w("rPr")
W_TRPR = _w("trPr")
W_TCPR = _w("tcPr")
W_DEL = _w("del")
W_INS = _w("ins")
W_MOVEFROM = _w("moveFrom")
W_MOVETO = _w("moveTo")
W_CELLDEL = _w("cellDel")
W_VANISH = _w("vanish")
W_PSTYLE = _w("pStyle")
W_NUMPR = _w("numPr")
W_NUMID = _w("numId")
W_OUTLINELVL = _w("outlineLvl")
W_VAL = _w("val")
W_FLDCHAR = _w("fldChar")
W_FLDCHARTYPE = _w("fldCharType")
W_TAB = _w("tab")
W_PTAB = _w("ptab")
W_BR = _w("br")
W_CR = _w("cr")
W_NOBREAKHYPHEN = _w("noBreakHyphen")
W_SYM = _w("sym")
W_CHAR = _w("char")
W_DRAWING = _w("drawing")
W_PICT = _w("pict")
W_OBJECT = _w("object")
W_TXBX = _w("txbxContent")
W_RUBY = _w("ruby")
W_RUBYBASE = _w("rubyBase")
W_ALTCHUNK = _w("altChunk")
W_FOOTNOTEREF = _w("footnoteReference")
W_ENDNOTEREF = _w("endnoteReference")
W_ID = _w("id")
W_TYPE = _w("type")
W_SECTPR = _w("sectPr")
W_HEADERREF = _w("headerReference")
W_FOOTERREF = _w("footerReference")
W_STYLE = _w("style")
W_STYLEID = _w("styleId")
W_NAME = _w("name")
W_BASEDON = _w("basedOn")
W_DEFAULT = _w("default")
R_ID = "{%s}id" % R_NS
MC_ALT = "{%s}AlternateContent" % MC_NS
MC_CHOICE = "{%s}Choice" % MC_NS
MC_FALLBACK = "{%s}Fallback" % MC_NS

# containers whose runs are read as part of the paragraph
_INLINE_CONTAINERS = frozenset(
    _w(t) for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir", "subDoc")
)
# containers whose block content (paragraphs, tables) is read
_BLOCK_CONTAINERS = frozenset((W_CUSTOMXML, W_INS, W_MOVETO))
# mc:Choice branches we understand (their content is ordinary WordprocessingML or DrawingML)
_KNOWN_MC = frozenset(
    "w wp wp14 wps wpg wpc wpi w10 w14 w15 w16 w16cid w16cex w16du w16sdtdh a a14 pic v o m r mc wne".split()
)

#: most zip entries a .docx may have (real ones have tens to a few hundred)
MAX_MEMBERS = 10_000
#: members at most this big (uncompressed) are never called bombs whatever their ratio
RATIO_FLOOR = 1024 * 1024

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
            self.members.setdefault(_norm_name(info.filename).lower(), info)
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


def _short(exc: BaseException) -> str:
    text = str(exc) or exc.__class__.__name__
    return text if len(text) < 160 else text[:157] + "..."


def _corrupt_zip(exc: BaseException) -> ExtractError:
    return ExtractError(
        "corrupt",
        f"damaged or truncated .docx: its zip cannot be opened ({_short(exc)}); open it in Word "
        "to repair it, or get a fresh copy",
    )


# --------------------------------------------------------------------------- safe XML
_DOCTYPE_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
# byte-order marks and the first character "<" in wide encodings -> codec
_WIDE = {
    b"\xff\xfe\x00\x00": "utf-32", b"\x00\x00\xfe\xff": "utf-32",
    b"<\x00\x00\x00": "utf-32-le", b"\x00\x00\x00<": "utf-32-be",
    b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16", b"<\x00": "utf-16-le", b"\x00<": "utf-16-be",
}


def _parser():
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def _unsafe(name: str) -> ExtractError:
    return ExtractError(
        "corrupt",
        f"unsafe XML in {name}: it declares a DTD or entities (<!DOCTYPE ...>), which Word never "
        "writes and which can be used to expand entities or read other files; refused without "
        "expanding or fetching anything",
    )


def parse_xml(data: bytes, name: str):
    """Parse one package part with entity expansion, DTD loading and network access off.

    A part with a document type declaration is refused: the bytes are searched for
    ``<!DOCTYPE`` and ``<!ENTITY`` before parsing (in UTF-8 and UTF-16; Word writes
    neither, not even inside comments), and the parsed tree is checked again.
    """
    from lxml import etree

    probe = data
    wide = _WIDE.get(data[:4]) or _WIDE.get(data[:2])
    if wide:  # a UTF-16 or UTF-32 part: look for the marks in its characters
        probe = data.decode(wide, "ignore").encode("utf-8", "ignore")
    if any(m in probe for m in _DOCTYPE_MARKS):
        raise _unsafe(name)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        why = _short(exc)
        if "Excessive depth" in why:
            why = "its elements are nested more than 256 deep, which no real document needs"
        elif "amplification" in why:
            raise _unsafe(name) from None
        raise ExtractError("corrupt", f"damaged Word file: {name} is not well-formed XML ({why})") from None
    except (ValueError, MemoryError) as exc:
        raise ExtractError("corrupt", f"damaged Word file: {name} cannot be read ({_short(exc)})") from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise _unsafe(name)
    return root


# --------------------------------------------------------------------------- styles
class _Styles:
    """Paragraph styles: heading level and list-ness, following basedOn."""

    def __init__(self, root):
        self.raw: dict[str, tuple] = {}
        self.default: Optional[str] = None
        self._memo: dict[str, tuple] = {}
        if root is None:
            return
        for st in root.iter(W_STYLE):
            if st.get(W_TYPE, "paragraph") != "paragraph":
                continue
            sid = st.get(W_STYLEID)
            if sid is None:
                continue
            name_el = st.find(W_NAME)
            name = (name_el.get(W_VAL, "") if name_el is not None else "").strip().lower()
            based = st.find(W_BASEDON)
            based_on = based.get(W_VAL) if based is not None else None
            outline = None
            num = None
            ppr = st.find(W_PPR)
            if ppr is not None:
                ol = ppr.find(W_OUTLINELVL)
                if ol is not None:
                    outline = _int(ol.get(W_VAL), 9)
                num = _num_of(ppr)
            self.raw[sid] = (name, based_on, outline, num)
            if st.get(W_DEFAULT) in ("1", "true", "on") and self.default is None:
                self.default = sid

    def info(self, sid: Optional[str]) -> tuple:
        """(heading level or None, is a list style, "caption"/"quote" or None)"""
        if sid is None or sid not in self.raw:
            sid = self.default
        if sid is None:
            return (None, False, None)
        hit = self._memo.get(sid)
        if hit is not None:
            return hit
        outline = num = None
        name_level = None
        listy = False
        hint = None
        seen = set()
        cur = sid
        while cur is not None and cur not in seen and cur in self.raw:
            seen.add(cur)
            name, based_on, ol, n = self.raw[cur]
            if outline is None and ol is not None:
                outline = ol
            if num is None and n is not None:
                num = n
            if name_level is None:
                m = _HEADING_NAME.match(name)
                if m:
                    name_level = int(m.group(1))
                elif name == "title":
                    name_level = 1
            if name.startswith(("list bullet", "list number")):
                listy = True
            if hint is None:
                if name == "caption":
                    hint = "caption"
                elif name in ("quote", "intense quote", "block text"):
                    hint = "quote"
            cur = based_on
        if outline is not None:
            level = outline + 1 if 0 <= outline <= 8 else None
        else:
            level = name_level
        result = (level, listy or bool(num), hint)
        self._memo[sid] = result
        return result


_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _num_of(ppr) -> Optional[bool]:
    """True/False if pPr says numbered or explicitly not (numId 0); None if it says nothing."""
    np_ = _child(ppr, W_NUMPR)
    return None if np_ is None else _numpr(np_)


def _numpr(np_) -> Optional[bool]:
    nid = _child(np_, W_NUMID)
    if nid is None:
        return None
    return nid.get(W_VAL, "0") not in ("0", "")


def _child(el, tag: str):
    """The first child ``tag`` of ``el`` (a plain loop: faster than lxml's find for this)."""
    for c in el:
        if c.tag == tag:
            return c
    return None


# --------------------------------------------------------------------------- walking
class _Fields:
    """Complex-field state of one story: text shows only in field results."""

    __slots__ = ("stack", "hidden")

    def __init__(self):
        self.stack: list[bool] = []  # True: in the result part of that field
        self.hidden = 0  # fields still in their instruction part

    def char(self, kind: Optional[str]) -> None:
        if kind == "begin":
            self.stack.append(False)
            self.hidden += 1
        elif kind == "separate":
            if self.stack and not self.stack[-1]:
                self.stack[-1] = True
                self.hidden -= 1
        elif kind == "end":
            if self.stack:
                if not self.stack.pop():
                    self.hidden -= 1

    def end_paragraph(self) -> None:
        # A field code never runs past its paragraph in a sound file; if one does, show what
        # follows rather than lose the rest of the document to one broken field.
        if self.hidden:
            self.stack = [True for _ in self.stack]
            self.hidden = 0


class _Acc:
    """Text of one paragraph (or of paragraphs merged by a deleted paragraph mark)."""

    __slots__ = ("parts", "pos", "runs", "boxes", "refs", "paths")

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.runs: list = []
        self.boxes: list = []
        self.refs: list = []
        self.paths: list = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)


class _Story:
    __slots__ = ("part", "kind", "fields", "pending", "in_box", "section", "paragraph", "ref")

    def __init__(self, part: str, kind: str, in_box: bool = False, section=None, paragraph=None, ref=None):
        self.part = part
        self.kind = kind  # body | header-footer | footnote
        self.fields = _Fields()
        self.pending: Optional[_Acc] = None
        self.in_box = in_box
        self.section = section
        self.paragraph = paragraph
        self.ref = ref


def _choose(alt):
    """The branch of an mc:AlternateContent to read, with its index, or (None, -1)."""
    for j, c in enumerate(alt):
        if c.tag == MC_CHOICE:
            req = (c.get("Requires") or "").split()
            if req and all(p in _KNOWN_MC for p in req):
                return c, j
        elif c.tag == MC_FALLBACK:
            return c, j
    return None, -1


def _sym(el) -> str:
    code = el.get(W_CHAR)
    if not code:
        return ""
    try:
        n = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= n <= 0xF0FF or 0xE000 <= n <= 0xF8FF or n < 32 or n > 0x10FFFF:
        return ""  # a symbol-font glyph (bullets, ticks): not prose
    return chr(n)


def run_child_text(child) -> Optional[str]:
    """The characters a run's child shows (None for children that show none)."""
    tag = child.tag
    if tag == W_T:
        return child.text or ""
    if tag == W_TAB or tag == W_PTAB:
        return " "
    if tag == W_BR or tag == W_CR:
        return "\n"
    if tag == W_NOBREAKHYPHEN:
        return "-"
    if tag == W_SYM:
        return _sym(child)
    return None


def _hidden(rpr) -> bool:
    v = _child(rpr, W_VANISH)
    return v is not None and v.get(W_VAL, "true") not in ("0", "false", "off")


def _mark_deleted(ppr) -> bool:
    rpr = _child(ppr, W_RPR)
    if rpr is None:
        return False
    for c in rpr:
        if c.tag == W_DEL or c.tag == W_MOVEFROM:
            return True
    return False


def _path_of(el) -> tuple:
    """Index path of ``el`` from its root (element children only)."""
    path = []
    cur = el
    parent = cur.getparent()
    while parent is not None:
        i = 0
        for c in parent:
            if c is cur:
                break
            if isinstance(c.tag, str):
                i += 1
        path.append(i)
        cur = parent
        parent = cur.getparent()
    return tuple(reversed(path))


class _Reader:
    def __init__(self, pkg: _Package, styles: _Styles, builder: DocumentBuilder):
        self.pkg = pkg
        self.styles = styles
        self.b = builder
        self.para_no = 0
        self.table_no = 0
        self.note_refs: dict[str, list] = {"footnote": [], "endnote": []}
        self.warnings: list[str] = []
        self.sink: Optional[list] = None  # buffer for header/footer blocks

    # -- inline content ---------------------------------------------------------------
    def inline(self, el, path: tuple, acc: _Acc, story: _Story) -> None:
        i = -1
        for child in el:
            i += 1
            tag = child.tag
            if tag == W_R:
                self.run(child, path + (i,), acc, story)
            elif tag in _INLINE_CONTAINERS:
                self.inline(child, path + (i,), acc, story)
            elif tag == W_SDT:
                j = _child_index(child, W_SDTCONTENT)
                if j >= 0:
                    self.inline(child[j], path + (i, j), acc, story)
            elif tag == MC_ALT:
                branch, j = _choose(child)
                if branch is not None:
                    self.inline(branch, path + (i, j), acc, story)
            elif tag == W_RUBY:
                j = _child_index(child, W_RUBYBASE)
                if j >= 0:
                    self.inline(child[j], path + (i, j), acc, story)
            # w:del, w:moveFrom, w:pPr, bookmarks, comment marks, proofing marks, equations: skipped

    def run(self, el, rpath: tuple, acc: _Acc, story: _Story) -> None:
        """Read the children of a run (or of an mc branch inside a run)."""
        start = acc.pos
        fields = story.fields
        if len(el) and el[0].tag == W_RPR and _hidden(el[0]):
            return  # hidden text (Word's "Hidden" font effect): not shown, not read
        i = -1
        for child in el:
            i += 1
            tag = child.tag
            if tag == W_T:
                if not fields.hidden:
                    t = child.text
                    if t:
                        acc.add(t)
            elif tag == W_FLDCHAR:
                fields.char(child.get(W_FLDCHARTYPE))
            elif tag in (W_TAB, W_PTAB, W_BR, W_CR, W_NOBREAKHYPHEN, W_SYM):
                if not fields.hidden:
                    t = run_child_text(child)
                    if t:
                        acc.add(t)
            elif tag == W_DRAWING or tag == W_PICT or tag == W_OBJECT:
                if not fields.hidden:
                    acc.boxes.extend(_boxes_in(child))
            elif tag == MC_ALT:
                branch, j = _choose(child)
                if branch is not None:
                    self.run(branch, rpath, acc, story)
            elif tag == W_FOOTNOTEREF or tag == W_ENDNOTEREF:
                acc.refs.append(("footnote" if tag == W_FOOTNOTEREF else "endnote", child.get(W_ID), rpath))
        if acc.pos > start and el.tag == W_R:
            acc.runs.append((rpath, start, acc.pos))

    # -- blocks -----------------------------------------------------------------------
    def blocks(self, container, path: tuple, story: _Story, table=None) -> None:
        i = -1
        for child in container:
            i += 1
            tag = child.tag
            if tag == W_P:
                self.paragraph(child, path + (i,), story, table)
            elif tag == W_TBL:
                self.flush(story, table)
                self.table(child, path + (i,), story)
            elif tag == W_SDT:
                j = _child_index(child, W_SDTCONTENT)
                if j >= 0:
                    self.blocks(child[j], path + (i, j), story, table)
            elif tag in _BLOCK_CONTAINERS:
                self.blocks(child, path + (i,), story, table)
            elif tag == MC_ALT:
                branch, j = _choose(child)
                if branch is not None:
                    self.blocks(branch, path + (i, j), story, table)
            elif tag == W_ALTCHUNK:
                msg = ("the document imports content from another file (altChunk), "
                       "which Word shows but plainlint cannot read")
                if msg not in self.warnings:
                    self.warnings.append(msg)
        self.flush(story, table)

    def flush(self, story: _Story, table) -> None:
        if story.pending is not None:
            acc = story.pending
            story.pending = None
            self.emit(acc, None, story, table)

    def paragraph(self, p, path: tuple, story: _Story, table) -> None:
        acc = story.pending
        if acc is None:
            acc = _Acc()
        story.pending = None
        acc.paths.append(path)
        self.inline(p, path, acc, story)
        story.fields.end_paragraph()
        ppr = p[0] if len(p) and p[0].tag == W_PPR else None  # pPr comes first when present
        if ppr is not None and _mark_deleted(ppr):
            story.pending = acc  # accepting the deletion joins this paragraph to the next
            return
        self.emit(acc, ppr, story, table)

    def emit(self, acc: _Acc, ppr, story: _Story, table) -> None:
        raw = "".join(acc.parts)
        text = raw.strip()
        para = None
        if text:
            lead = len(raw) - len(raw.lstrip())
            kind = "paragraph"
            level = None
            if story.kind == "body" and not story.in_box:
                self.para_no += 1
                para = self.para_no
            elif story.kind == "body":
                para = self.para_no or None
            elif story.kind == "footnote":
                para = story.paragraph
            if table is not None:
                kind = "table-cell"
            if story.kind != "body":
                kind = story.kind
            else:
                sid = None
                own_outline = None
                own_num = None
                if ppr is not None:
                    for c in ppr:
                        t = c.tag
                        if t == W_PSTYLE:
                            sid = c.get(W_VAL)
                        elif t == W_OUTLINELVL:
                            own_outline = _int(c.get(W_VAL), 9)
                        elif t == W_NUMPR:
                            own_num = _numpr(c)
                s_level, s_list, hint = self.styles.info(sid)
                if own_outline is not None:
                    s_level = own_outline + 1 if 0 <= own_outline <= 8 else None
                is_list = own_num if own_num is not None else s_list
                if table is None:
                    if s_level is not None:
                        kind = "heading"
                        level = s_level
                    elif is_list:
                        kind = "list-item"
                    elif hint:
                        kind = hint
            attrs: dict[str, Any] = {"paragraph": para, "table": table}
            if kind == "heading":
                title = " ".join(text.split())
                attrs["level"] = level
                attrs["section"] = title
                if not story.in_box:
                    self.b.section = title
            elif story.kind == "footnote":
                attrs["section"] = story.section
            elif story.kind == "header-footer":
                attrs["section"] = None
            anchor: dict[str, Any] = {
                "part": story.part,
                "paragraphs": [list(p) for p in acc.paths],
                "runs": [[list(rp), s - lead, e - lead] for rp, s, e in acc.runs],
            }
            if story.ref is not None:
                anchor["ref"] = list(story.ref)
            self._add(text, kind, attrs, anchor)
        if acc.refs and story.kind == "body":
            for what, nid, rpath in acc.refs:
                ref = list(rpath) if story.part == self.main_part else None
                self.note_refs[what].append((nid, self.b.section, para or self.para_no or None, ref))
        for box in acc.boxes:
            self.textbox(box, story)

    def _add(self, text, kind, attrs, anchor) -> None:
        if self.sink is not None:
            self.sink.append((text, kind, attrs, anchor))
            return
        block = self.b.add_block([text], kind=kind, **attrs)
        if block is not None:
            block.anchor = anchor

    def table(self, tbl, path: tuple, story: _Story) -> None:
        rows = []
        for tr, trpath in _iter_tagged(tbl, path, W_TR):
            trpr = _child(tr, W_TRPR)
            if trpr is not None and _child(trpr, W_DEL) is not None:
                continue  # a deleted row: gone once changes are accepted
            rows.append((tr, trpath))
        if not rows:
            return
        self.table_no += 1
        tno = self.table_no
        row_no = 0
        for tr, trpath in rows:
            row_no += 1
            cell_no = 0
            for tc, tcpath in _iter_tagged(tr, trpath, W_TC):
                tcpr = tc[0] if len(tc) and tc[0].tag == W_TCPR else None
                if tcpr is not None and _child(tcpr, W_CELLDEL) is not None:
                    continue
                cell_no += 1
                self.blocks(tc, tcpath, story, (tno, row_no, cell_no))

    def textbox(self, txbx, story: _Story) -> None:
        sub = _Story(story.part, story.kind, in_box=True, section=story.section,
                     paragraph=story.paragraph, ref=story.ref)
        self.blocks(txbx, _path_of(txbx), sub, None)

    # -- stories ------------------------------------------------------------------------
    def body(self, root, part: str) -> None:
        self.main_part = part
        j = _child_index(root, W_BODY)
        if j < 0:
            return
        story = _Story(part, "body")
        self.blocks(root[j], (j,), story)

    def notes(self, root, part: str, what: str) -> None:
        if root is None:
            return
        tag = _w(what)
        by_id = {}
        i = -1
        for child in root:
            i += 1
            if child.tag == tag and child.get(W_TYPE) in (None, "normal"):
                by_id.setdefault(child.get(W_ID), (child, i))
        done = set()
        for nid, section, para, ref in self.note_refs[what]:
            if nid in done or nid not in by_id:
                continue
            done.add(nid)
            note, i = by_id[nid]
            story = _Story(part, "footnote", section=section, paragraph=para, ref=ref)
            self.blocks(note, (i,), story)

    def header_footer(self, root, part: str, seen: set) -> None:
        if root is None:
            return
        self.sink = []
        try:
            self.blocks(root, (), _Story(part, "header-footer"))
            found = self.sink
        finally:
            self.sink = None
        key = "\n".join(" ".join(t.split()) for t, _, _, _ in found)
        if not key or key in seen:
            return
        seen.add(key)
        for text, kind, attrs, anchor in found:
            self._add(text, kind, attrs, anchor)


def _child_index(el, tag: str) -> int:
    for j, c in enumerate(el):
        if c.tag == tag:
            return j
    return -1


def _iter_tagged(el, path: tuple, tag: str):
    """Children ``tag`` of ``el`` with their paths, looking through content controls and custom XML."""
    i = -1
    for child in el:
        i += 1
        t = child.tag
        if t == tag:
            yield child, path + (i,)
        elif t == W_SDT:
            j = _child_index(child, W_SDTCONTENT)
            if j >= 0:
                yield from _iter_tagged(child[j], path + (i, j), tag)
        elif t == W_CUSTOMXML or t == W_INS or t == W_MOVETO:
            yield from _iter_tagged(child, path + (i,), tag)
        elif t == MC_ALT:
            branch, j = _choose(child)
            if branch is not None:
                yield from _iter_tagged(branch, path + (i, j), tag)


def _boxes_in(el) -> list:
    """Outermost text-box contents inside a drawing/picture, one branch of any mc choice."""
    out = []
    stack = [el]
    while stack:
        cur = stack.pop()
        for child in cur:
            tag = child.tag
            if tag == W_TXBX:
                out.append(child)
            elif tag == MC_ALT:
                branch, _ = _choose(child)
                if branch is not None:
                    stack.append(branch)
            elif isinstance(tag, str):
                stack.append(child)
    # document order: stack traversal reverses siblings; sort by position in the tree
    if len(out) > 1:
        order = {id(e): n for n, e in enumerate(el.iter(W_TXBX))}
        out.sort(key=lambda e: order.get(id(e), 0))
    return out


# --------------------------------------------------------------------------- entry point
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


def extract(data: bytes, name: str, options=None) -> Document:
    """Read the .docx bytes ``data`` into a Document (see the module docstring)."""
    from . import ExtractOptions

    options = options or ExtractOptions()
    pkg = _Package(data, options)
    main = _main_part(pkg)
    root = pkg.xml(main)
    if root is None or root.tag != _w("document"):
        what = "missing" if root is None else f"not a Word document part (root {root.tag})"
        raise ExtractError("not-a-document", f"not a Word document: {main} is {what}")
    rels = pkg.rels(main)
    by_type: dict[str, list] = {}
    by_id: dict[str, str] = {}
    for rid, rtype, target, mode in rels:
        if mode != "Internal":
            continue
        short = rtype.rsplit("/", 1)[-1]
        by_type.setdefault(short, []).append(target)
        by_id[rid] = target
    styles_part = (by_type.get("styles") or [None])[0]
    styles = _Styles(pkg.xml(styles_part) if styles_part else None)

    b = DocumentBuilder(name, "docx")
    reader = _Reader(pkg, styles, b)
    reader.body(root, main)

    body_section = b.section
    for what in ("footnote", "endnote"):
        part = (by_type.get(what + "s") or [None])[0]
        if part and reader.note_refs[what]:
            reader.notes(pkg.xml(part), part, what)

    # headers and footers in the order the sections reference them
    seen_parts = []
    for sect in root.iter(W_SECTPR):
        parent = sect.getparent()
        if parent is not None and parent.tag.endswith("PrChange"):
            continue
        for ref in sect:
            if ref.tag in (W_HEADERREF, W_FOOTERREF):
                target = by_id.get(ref.get(R_ID))
                if target and target not in seen_parts:
                    seen_parts.append(target)
    b.section = None
    seen_text: set = set()
    for part in seen_parts:
        reader.header_footer(pkg.xml(part), part, seen_text)
    b.section = body_section

    doc = b.finish()
    doc.warnings.extend(reader.warnings)
    doc.meta.update({
        "paragraphs": reader.para_no,
        "tables": reader.table_no,
        "strict": pkg.strict,
        "main_part": main,
    })
    return doc


# --------------------------------------------------------------------------- back to runs
def span_runs(anchor: dict, start: int, end: int) -> list:
    """The runs holding block-relative ``text[start:end]``: ``[(run_path, from_char, to_char)]``.

    ``from_char``/``to_char`` index the run's own text (as the extractor counts it).
    Pure: needs only the anchor.
    """
    out = []
    if end <= start:
        end = start + 1
    for path, s, e in anchor.get("runs", ()):
        if e <= start:
            continue
        if s >= end:
            break
        out.append((path, max(start, s) - s, min(end, e) - s))
    return out


class _PartParent:
    """Stands in for a python-docx story object: gives a paragraph its ``part``."""

    def __init__(self, part):
        self.part = part


class RunLocator:
    """Maps text offsets of an extracted Document to runs of an open python-docx Document.

    Build it *before* changing the python-docx document: it resolves every block's index
    paths at once, then keeps track of the runs it splits, so that any number of findings
    can be mapped, in any order, while comments are added.

    ``source`` is a ``docx.Document`` (python-docx) or the bytes of the .docx (checked for
    hostile content as extraction does, then opened with python-docx); ``document`` is the
    :class:`~plainlint.document.Document` extracted from the same file (optional: without
    it, anchors are resolved as they are asked for, which is safe only before any change).
    """

    def __init__(self, source, document: Optional[Document] = None, options=None):
        if isinstance(source, (bytes, bytearray)):
            source = open_docx(bytes(source), options)
        self.docx = source
        self._roots: dict[str, Any] = {}
        self._parents: dict[str, Any] = {}
        self._memo: dict[tuple, Any] = {}  # (part, path) -> element
        self._pieces: dict[int, list] = {}  # id(original run) -> [[element, start, end], ...]
        self._keep: list = []
        self.document = document
        if document is not None:
            for block in document.blocks:
                anchor = block.anchor
                if isinstance(anchor, dict):
                    self._resolve_anchor(anchor)

    # -- resolving paths -------------------------------------------------------------
    def _root(self, part: str):
        if part in self._roots:
            return self._roots[part]
        root = None
        parent = None
        want = "/" + part.lstrip("/")
        pkg_part = None
        main = self.docx.part
        if str(main.partname) == want:
            pkg_part = main
        else:
            for p in main.package.iter_parts():
                if str(p.partname).lower() == want.lower():
                    pkg_part = p
                    break
        if pkg_part is not None and hasattr(pkg_part, "element"):
            root = pkg_part.element
            parent = _PartParent(pkg_part)
        self._roots[part] = root
        self._parents[part] = parent
        return root

    def _element(self, part: str, path) -> Any:
        key = (part, tuple(path))
        if key in self._memo:
            return self._memo[key]
        root = self._root(part)
        el = root
        if el is not None:
            for n, i in enumerate(path):
                sub = (part, tuple(path[: n + 1]))
                hit = self._memo.get(sub)
                if hit is not None:
                    el = hit
                    continue
                kids = [c for c in el if isinstance(c.tag, str)]
                if i >= len(kids):
                    el = None
                    break
                el = kids[i]
                self._memo[sub] = el
        self._memo[key] = el
        return el

    def _resolve_anchor(self, anchor: dict) -> None:
        part = anchor.get("part", "")
        for path, s, e in anchor.get("runs", ()):
            el = self._element(part, path)
            if el is not None and id(el) not in self._pieces:
                self._keep.append(el)
                self._pieces[id(el)] = [[el, 0, e - s]]
        if anchor.get("ref") is not None:
            self._element(str(self.docx.part.partname).lstrip("/"), anchor["ref"])

    # -- public ----------------------------------------------------------------------
    def runs(self, anchor: dict, start: int, end: int, split: bool = True) -> list:
        """python-docx Runs covering block-relative ``[start, end)`` of the block with ``anchor``.

        With ``split`` the first and last runs are split at the span's edges (formatting is
        copied), so the runs cover exactly the span. A run holding field codes or other
        special content is never split: it is returned whole. An empty list means the span
        has no runs in an editable part; for notes the citing run is returned instead.
        """
        from docx.text.paragraph import Paragraph
        from docx.text.run import Run

        part = anchor.get("part", "")
        self._resolve_anchor(anchor)
        out = []
        if self._root(part) is None:
            ref = anchor.get("ref")
            if ref is not None:
                main = str(self.docx.part.partname).lstrip("/")
                el = self._element(main, ref)
                if el is not None:
                    return [Run(el, Paragraph(_ancestor_p(el), _PartParent(self.docx.part)))]
            return []
        parent = self._parents[part]
        for path, a, b in span_runs(anchor, start, end):
            orig = self._element(part, path)
            if orig is None:
                continue
            pieces = self._pieces.get(id(orig))
            if pieces is None:
                continue
            for piece in list(pieces):
                el, ps, pe = piece
                if pe <= a or ps >= b:
                    continue
                if split and ps < a:
                    right = split_run(el, a - ps)
                    if right is not None:
                        idx = pieces.index(piece)
                        pieces.insert(idx + 1, [right, a, pe])
                        piece[2] = a
                        el, ps = right, a
                        self._keep.append(right)
                if split and pe > b:
                    right = split_run(el, b - ps)
                    if right is not None:
                        idx = next(k for k, pc in enumerate(pieces) if pc[0] is el)
                        pieces[idx][2] = b
                        pieces.insert(idx + 1, [right, b, pe])
                        self._keep.append(right)
                out.append(el)
        p_cache: dict = {}
        runs = []
        for el in out:
            p = _ancestor_p(el)
            para = p_cache.get(id(p))
            if para is None:
                para = Paragraph(p, parent)
                p_cache[id(p)] = para
            runs.append(Run(el, para))
        return runs

    def runs_for(self, start: int, end: int, split: bool = True) -> list:
        """Runs for document offsets ``[start, end)`` (as in a Finding), within one block."""
        if self.document is None:
            raise ValueError("RunLocator was built without the extracted Document")
        block = self.document.block_at(start)
        if block is None or not isinstance(block.anchor, dict):
            return []
        end = min(end, block.end)
        return self.runs(block.anchor, start - block.start, end - block.start, split)


def _ancestor_p(el):
    cur = el
    while cur is not None and cur.tag != W_P:
        cur = cur.getparent()
    return cur if cur is not None else el.getparent()


_SPLITTABLE = frozenset((W_RPR, W_T, W_TAB, W_PTAB, W_BR, W_CR, W_NOBREAKHYPHEN, W_SYM))


def split_run(r, k: int):
    """Split run element ``r`` at character ``k`` of its text; return the new right-hand run.

    ``r`` keeps the first ``k`` characters; the new run (a copy of ``r``'s properties) is
    inserted straight after it. Returns None (and changes nothing) when ``k`` is at either
    end or the run holds anything other than plain text, tabs and breaks.
    """
    import copy

    kids = [c for c in r if isinstance(c.tag, str)]
    if any(c.tag not in _SPLITTABLE for c in kids):
        return None
    total = sum(len(run_child_text(c) or "") for c in kids if c.tag != W_RPR)
    if k <= 0 or k >= total:
        return None
    new = r.makeelement(r.tag, dict(r.attrib))
    rpr = r.find(W_RPR)
    if rpr is not None:
        new.append(copy.deepcopy(rpr))
    pos = 0
    moving = False
    for child in kids:
        if child.tag == W_RPR:
            continue
        if moving:
            new.append(child)
            continue
        text = run_child_text(child) or ""
        n = len(text)
        if pos + n <= k:
            pos += n
            continue
        cut = k - pos
        if cut == 0:
            new.append(child)
        else:  # inside a w:t
            right = child.makeelement(W_T, {})
            right.text = text[cut:]
            child.text = text[:cut]
            child.set(XML_SPACE, "preserve")
            right.set(XML_SPACE, "preserve")
            new.append(right)
        moving = True
        pos += n
    r.addnext(new)
    return new


def runs_for_span(source, anchor: dict, start: int, end: int, split: bool = True) -> list:
    """python-docx Runs for block-relative ``[start, end)`` of the block whose anchor is given.

    ``source`` is an open ``docx.Document`` (or the .docx bytes). For one finding at a time
    on an unchanged document; for many, use :class:`RunLocator` (see the module docstring).
    Pass the result to ``docx_document.add_comment(runs, text=..., author="plainlint")``.
    """
    return RunLocator(source).runs(anchor, start, end, split=split)


def open_docx(data: bytes, options=None):
    """Open .docx bytes with python-docx, after the same hostile-file checks as extraction."""
    from . import ExtractOptions

    options = options or ExtractOptions()
    pkg = _Package(data, options)
    _main_part(pkg)
    for name in list(pkg.members):
        if name.endswith((".xml", ".rels")):
            pkg.xml(pkg.members[name].filename)
    if pkg.strict:
        raise ExtractError(
            "unsupported",
            "Strict Open XML document: plainlint can read it but cannot write into it; open it in "
            "Word and use File > Save As > Word Document (.docx) (not 'Strict Open XML Document')",
        )
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds
        raise ExtractError("corrupt", f"python-docx cannot open this .docx ({_short(exc)})") from None
