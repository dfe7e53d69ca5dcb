"""Extractors: one module per format, chosen by suffix and checked by magic bytes.

Each extractor is a function ``extract(data: bytes, name: str, options) -> Document``.
Modules are imported only when a file of their format is read, so that checking a
Markdown file never pays for the PDF or Word libraries.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from typing import Optional

from ..document import Document
from ..errors import ExtractError
from .limits import check_size, more_words_than  # noqa: F401 (part of the package's interface)

#: suffix -> (format name, module)
FORMATS = {
    ".txt": ("text", "text"),
    ".text": ("text", "text"),
    ".md": ("markdown", "markdown"),
    ".markdown": ("markdown", "markdown"),
    ".mdown": ("markdown", "markdown"),
    ".docx": ("docx", "docx"),
    ".pdf": ("pdf", "pdf"),
}
SUPPORTED_SUFFIXES = tuple(FORMATS)


@dataclass
class ExtractOptions:
    password: Optional[str] = None
    max_file_bytes: int = 100 * 1024 * 1024  # any document
    max_text_bytes: int = 20 * 1024 * 1024  # text and Markdown (whole file is read into memory)
    max_unzipped_bytes: int = 500 * 1024 * 1024  # DOCX: total uncompressed size of its parts
    max_zip_ratio: float = 200.0  # DOCX: a part compressed more than this is a zip bomb
    max_words: int = 200_000  # any document: words checked in one go (setting max-file-words)
    max_blocks: int = 40_000  # any document: paragraphs, headings, items, cells (max-file-paragraphs)
    extra: dict = field(default_factory=dict)


def format_for(name: str) -> Optional[str]:
    suffix = os.path.splitext(name)[1].lower()
    entry = FORMATS.get(suffix)
    return entry[0] if entry else None


def sniff(data: bytes, name: str) -> Optional[str]:
    """The format the bytes say, or None when they do not say."""
    head = data[:8]
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    return None


def extract(data: bytes, name: str, options: Optional[ExtractOptions] = None,
            fmt: Optional[str] = None) -> Document:
    """Read ``data`` (the bytes of the file called ``name``) into a Document."""
    options = options or ExtractOptions()
    fmt = fmt or format_for(name)
    if fmt is None:
        raise ExtractError(
            "unsupported",
            f"not a supported document type ({os.path.splitext(name)[1] or 'no suffix'}); "
            "plainlint reads .docx, .pdf, .md and .txt",
        )
    if len(data) > options.max_file_bytes:
        raise ExtractError(
            "too-large",
            f"file is {len(data) / 1048576:.0f} MB, over the limit of "
            f"{options.max_file_bytes / 1048576:.0f} MB (setting max-file-mb)",
        )
    kind = sniff(data, name)
    if fmt == "docx":
        if kind == "ole":
            raise ExtractError(
                "encrypted",
                "password-protected or legacy Word file (an OLE container, not a .docx zip): "
                "remove the password, or open it in Word and save as .docx",
            )
        if kind == "pdf":
            raise ExtractError("not-a-document", "this .docx file is really a PDF: rename it to .pdf")
        if kind != "zip":
            if not data:
                raise ExtractError("corrupt", "empty file (0 bytes)")
            raise ExtractError("not-a-document", "not a Word document (no .docx zip container)")
    elif fmt == "pdf":
        if not data:
            raise ExtractError("corrupt", "empty file (0 bytes)")
        if kind != "pdf":
            raise ExtractError("not-a-document", "not a PDF (no %PDF header)")
    elif fmt in ("text", "markdown"):
        if kind == "pdf" and not data[:5] == b"%PDF-":
            kind = None  # text that mentions '%PDF-' (a note about PDF files) is still text
        if kind in ("pdf", "zip", "ole"):
            what = {"pdf": "a PDF", "zip": "a zip or Word file", "ole": "a legacy Office file"}[kind]
            raise ExtractError("not-a-document", f"binary file given as text (it is {what})")
    module = importlib.import_module(f".{FORMATS_BY_NAME[fmt]}", __name__)
    doc = module.extract(data, name, options)
    if fmt == "docx":
        from .rejoin import rejoin_lines

        doc = rejoin_lines(doc)  # one paragraph per line (a PDF converted to Word)
    check_size(doc.text, len(doc.blocks), options)
    return doc


FORMATS_BY_NAME = {fmt: mod for fmt, mod in FORMATS.values()}


def legacy_doc_error(name: str) -> Optional[ExtractError]:
    suffix = os.path.splitext(name)[1].lower()
    if suffix in (".doc", ".dot"):
        return ExtractError("legacy-format", "legacy Word .doc file: open it in Word or LibreOffice and save it as .docx")
    if suffix == ".rtf":
        return ExtractError("unsupported", "RTF file: save it as .docx")
    return None
