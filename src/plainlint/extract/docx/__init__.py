"""Word (.docx) read as a person reads it, safely, with a way back to the runs.

The package's steps, in the order :func:`extract` runs them:

1. ``package``: the zip checked before anything is inflated (zip bombs, too many parts),
   its parts read with bounds, Strict Open XML mapped to transitional; the main part found.
2. ``xml``: each part parsed safely (no DTD, no entities, no network).
3. ``styles``: paragraph styles (heading level, list-ness, following ``basedOn``).
4. ``reader``: the walk over the body, tables, text boxes, notes and headers and footers,
   each paragraph a block with an anchor back to its runs (what is read: see there).
5. ``runs``: the way back, from a finding's offsets to python-docx runs (for ``annotate``).

``names`` holds the WordprocessingML namespaces and tags they share.

Why not python-docx for reading?
--------------------------------
python-docx opens a package by inflating and parsing every part with its own parser and
unbounded reads, and its paragraph API misses text boxes, content controls, field results,
inserted text and notes. So the extractor reads the zip itself, with the limits below, and
walks the parts' XML with lxml; python-docx is used where it helps: to act on the
document a writer gets back (:func:`runs_for_span` and :class:`RunLocator` hand
``annotate`` python-docx ``Run`` objects to pass to ``Document.add_comment``).

"""

from __future__ import annotations

from ...document import Document, DocumentBuilder
from ...errors import ExtractError
from .names import R_ID, W_FOOTERREF, W_HEADERREF, W_SECTPR, _w
from .package import MAX_MEMBERS, RATIO_FLOOR, _main_part, _Package
from .reader import _Reader, run_child_text
from .runs import RunLocator, open_docx, runs_for_span, span_runs, split_run
from .styles import _Styles
from .xml import _parser, parse_xml  # noqa: F401 - _parser for the hostile-file tests

#: this package as an input format (read by plainlint.extract without importing it); its
#: reader joins one-paragraph-per-line documents (a PDF converted to Word) into paragraphs
FORMAT = {"name": "docx", "suffixes": [".docx"], "label": "Word (.docx)", "reader": "read"}

__all__ = ["MAX_MEMBERS", "RATIO_FLOOR", "RunLocator", "extract", "open_docx", "parse_xml", "run_child_text",
           "runs_for_span", "span_runs", "split_run"]


def refuse(data: bytes, sniffed) -> None:
    """Refuse bytes that are not a .docx zip though named so."""
    if sniffed == "ole":
        raise ExtractError(
            "encrypted",
            "password-protected or legacy Word file (an OLE container, not a .docx zip): "
            "remove the password, or open it in Word and save as .docx",
        )
    if sniffed == "pdf":
        raise ExtractError("not-a-document", "this .docx file is really a PDF: rename it to .pdf")
    if sniffed != "zip":
        if not data:
            raise ExtractError("corrupt", "empty file (0 bytes)")
        raise ExtractError("not-a-document", "not a Word document (no .docx zip container)")


def read(data: bytes, name: str, options) -> Document:
    """The document as checked: :func:`extract`, then one paragraph per printed line (a PDF
    converted to Word) joined into paragraphs."""
    from ..rejoin import rejoin_lines

    return rejoin_lines(extract(data, name, options))


def extract(data: bytes, name: str, options=None) -> Document:
    """Read the .docx bytes ``data`` into a Document (see the module docstring)."""
    from .. import ExtractOptions

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

