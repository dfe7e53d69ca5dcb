"""Extractors: one module per format, chosen by suffix and checked by magic bytes.

A module (or package) here is an input format when it declares, on one line,
``FORMAT = {"name": ..., "suffixes": [...], "label": ...}`` (and ``"reader"`` when its
reading function is not ``extract``). The reading function is ``(data: bytes, name: str,
options) -> Document``; an optional ``refuse(data, sniffed)`` raises an ExtractError for
bytes that are not what the name says. Nothing else lists the formats: the suffixes the
runner collects, the messages and the web page's list all come from these declarations.
Modules are imported only when a file of their format is read, so that checking a
Markdown file never pays for the PDF or Word libraries.
"""

from __future__ import annotations

import ast
import importlib
import os
import pkgutil
import re
from dataclasses import dataclass, field
from typing import Optional

from ..document import Document
from ..errors import ExtractError
from .limits import check_size, more_words_than  # noqa: F401 (part of the package's interface)

@dataclass(frozen=True)
class InputFormat:
    """One input format: declared by its module's ``FORMAT`` literal."""

    name: str  # "pdf": the format's name in reports (FileResult.format)
    module: str  # the module or package in plainlint.extract
    suffixes: tuple  # ".pdf", first the one named in messages
    label: str  # "PDF": for people
    reader: str = "extract"  # the function that reads it: (data, name, options) -> Document


_FORMAT_LINE = re.compile(r"^FORMAT = (\{.*\})[ \t]*$", re.M)


def _declared(paths) -> dict:
    """format name -> InputFormat for every module or package in ``paths`` that declares
    ``FORMAT = {...}`` on one line. The literal is read from the source, not imported, so
    listing the formats never loads an extractor (or pdfminer, lxml, markdown-it)."""
    found = {}
    for info in sorted(pkgutil.iter_modules(paths), key=lambda m: m.name):
        base = os.path.join(info.module_finder.path, info.name)
        source = os.path.join(base, "__init__.py") if info.ispkg else base + ".py"
        try:
            with open(source, encoding="utf-8") as fh:
                m = _FORMAT_LINE.search(fh.read())
            d = ast.literal_eval(m.group(1)) if m else None
        except OSError:  # installed without sources (bytecode only): import it to ask
            d = getattr(importlib.import_module(f".{info.name}", __name__), "FORMAT", None)
        if d is None:
            continue
        found[d["name"]] = InputFormat(name=d["name"], module=info.name, suffixes=tuple(d["suffixes"]),
                                       label=d["label"], reader=d.get("reader", "extract"))
    return found


def input_formats() -> dict:
    """Every input format, by name: a module in this package (or a folder added to its
    ``__path__``) with a ``FORMAT`` line is one; nothing else lists them."""
    return _declared(__path__)


INPUT_FORMATS = input_formats()
#: suffix -> (format name, module)
FORMATS = {sfx: (f.name, f.module) for f in INPUT_FORMATS.values() for sfx in f.suffixes}
SUPPORTED_SUFFIXES = tuple(FORMATS)


def suffix_list(joiner: str = "and") -> str:
    """'.docx, .md, .pdf and .txt': the main suffix of each format, for messages."""
    main = [f.suffixes[0] for f in INPUT_FORMATS.values()]
    return ", ".join(main[:-1]) + f" {joiner} " + main[-1] if len(main) > 1 else main[0]


def label_list(joiner: str = "and") -> str:
    """'Word (.docx), Markdown, PDF and text': each format for people."""
    labels = [f.label for f in INPUT_FORMATS.values()]
    return ", ".join(labels[:-1]) + f" {joiner} " + labels[-1] if len(labels) > 1 else labels[0]


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
            f"plainlint reads {suffix_list()}",
        )
    if len(data) > options.max_file_bytes:
        raise ExtractError(
            "too-large",
            f"file is {len(data) / 1048576:.0f} MB, over the limit of "
            f"{options.max_file_bytes / 1048576:.0f} MB (setting max-file-mb)",
        )
    declared = INPUT_FORMATS.get(fmt)
    if declared is None:  # a caller's format name, not one of ours ('md' for 'markdown')
        raise ExtractError(
            "unsupported", f"unknown input format {fmt!r}; plainlint reads {', '.join(sorted(INPUT_FORMATS))}"
        )
    module = importlib.import_module(f".{declared.module}", __name__)
    refuse = getattr(module, "refuse", None)
    if refuse is not None:
        refuse(data, sniff(data, name))  # bytes that are not what their name says
    doc = getattr(module, declared.reader)(data, name, options)
    check_size(doc.text, len(doc.blocks), options, at_most=doc.source_words)
    return doc


def legacy_doc_error(name: str) -> Optional[ExtractError]:
    suffix = os.path.splitext(name)[1].lower()
    if suffix in (".doc", ".dot"):
        return ExtractError("legacy-format", "legacy Word .doc file: open it in Word or LibreOffice and save it as .docx")
    if suffix == ".rtf":
        return ExtractError("unsupported", "RTF file: save it as .docx")
    return None
