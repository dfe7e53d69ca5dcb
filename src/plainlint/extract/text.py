"""Plain text: paragraphs split at blank lines, list items and short title lines as units.

Also home to what text and Markdown share: decoding, line splitting with exact source
offsets, and inline suppression comments.
"""

from __future__ import annotations

import codecs
import re

from ..document import Document, DocumentBuilder
from ..errors import ExtractError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
# bytes cp1252 leaves undefined: text containing them is not cp1252
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode(data: bytes, name: str, options) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if len(data) > options.max_text_bytes:
        raise ExtractError(
            "too-large",
            f"text file is {len(data) / 1048576:.1f} MB, over the limit of "
            f"{options.max_text_bytes / 1048576:.1f} MB for text and Markdown "
            "(setting max-text-mb)",
        )
    if data.startswith(codecs.BOM_UTF8):
        return _clean(data[3:].decode("utf-8", errors="replace"))
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return _clean(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise ExtractError("decode", "text marked as UTF-16 does not decode as UTF-16") from None
    sample = data[:65536]
    if b"\x00" in sample:
        nul = sample.count(b"\x00")
        if nul > max(2, len(sample) // 100) or sample.count(b"\x00\x00") > 4:
            raise ExtractError("not-a-document", "binary file given as text (it contains NUL bytes)")
    controls = sum(1 for b in sample if b in _CONTROL)
    if sample and controls > max(8, len(sample) // 50):
        raise ExtractError("not-a-document", "binary file given as text (too many control characters)")
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if any(b in _CP1252_UNDEFINED for b in data):
        raise ExtractError(
            "decode",
            "text is neither UTF-8 nor Windows-1252: save it as UTF-8",
        )
    return _clean(data.decode("cp1252"))


def _clean(text: str) -> str:
    # NUL and other C0 controls would confuse the tokenizer; replace one for one so that
    # columns stay right.
    if "\x00" in text or any(ord(c) in _CONTROL for c in text[:0]):
        text = text.replace("\x00", " ")
    return text


def iter_lines(source: str):
    """Yield (line_text_without_eol, start_offset, line_number) for every line."""
    pos = 0
    n = len(source)
    lineno = 1
    while pos <= n:
        nl = source.find("\n", pos)
        if nl == -1:
            if pos < n:
                yield source[pos:], pos, lineno
            return
        end = nl
        if end > pos and source[end - 1] == "\r":
            end -= 1
        yield source[pos:end], pos, lineno
        pos = nl + 1
        lineno += 1


_DIRECTIVE = re.compile(
    r"<!--\s*plainlint-(disable-next-line|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)


def parse_directive(line: str):
    """(kind, rules or None) when the line is a plainlint suppression comment."""
    m = _DIRECTIVE.search(line)
    if not m:
        return None
    rules = [r for r in re.split(r"[\s,]+", m.group(2).strip()) if r]
    return m.group(1).lower(), (frozenset(r.lower() for r in rules) or None)


_LIST_ITEM = re.compile(r"^(\s*)([-*•‣◦▪–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}\))\s+\S")


_MARKER = re.compile(r"^\s*(?:[-*•‣◦▪–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}\))\s+")


def _is_title(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 90:
        return False
    if s[-1] in ".,;:!?" or s.startswith(("-", "*", "•")):
        return False
    words = s.split()
    return 0 < len(words) <= 12 and s[0].isupper() or s[:1].isdigit() and len(words) <= 12


def extract(data: bytes, name: str, options) -> Document:
    source = decode(data, name, options)
    return build_text(source, name)


def build_text(source: str, name: str, fmt: str = "text") -> Document:
    b = DocumentBuilder(name, fmt, source)
    para: list = []  # (text, offset, lineno)

    def flush():
        if not para:
            return
        if len(para) == 1 and _is_title(para[0][0]) and not _LIST_ITEM.match(para[0][0]):
            text, off, ln = para[0]
            b.add_block([(text, off)], kind="heading", line=ln, section=text.strip())
            b.section = text.strip()
            para.clear()
            return
        # list items inside a paragraph are units of their own
        groups: list = []
        for item in para:
            if _LIST_ITEM.match(item[0]) or not groups:
                groups.append([item])
            else:
                groups[-1].append(item)
        for g in groups:
            kind = "list-item" if _LIST_ITEM.match(g[0][0]) else "paragraph"
            pieces = []
            for i, (text, off, ln) in enumerate(g):
                if i:
                    pieces.append((" ", off - 1))
                elif kind == "list-item":
                    m = _MARKER.match(text)
                    text, off = text[m.end():], off + m.end()
                pieces.append((text, off))
            b.add_block(pieces, kind=kind, line=g[0][2])
        para.clear()

    for text, off, ln in iter_lines(source):
        d = parse_directive(text)
        if d is not None:
            flush()
            _record_directive(b.doc, d, ln)
            continue
        if not text.strip():
            flush()
            continue
        para.append((text, off, ln))
    flush()
    return b.finish()


def _record_directive(doc: Document, directive, line: int) -> None:
    kind, rules = directive
    doc.suppressions.append((kind, rules, line))
