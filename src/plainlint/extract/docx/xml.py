"""Safe XML: every package part parsed with entity expansion, DTDs and network access off.

* XML is parsed with ``resolve_entities=False, no_network=True, load_dtd=False,
  huge_tree=False``. Word never writes a DTD, so any part with a ``<!DOCTYPE``
  (entity expansion, "billion laughs", external entities, external DTDs) is refused
  without expanding or fetching anything.
"""

from __future__ import annotations

from ...errors import ExtractError


def _short(exc: BaseException) -> str:
    text = str(exc) or exc.__class__.__name__
    return text if len(text) < 160 else text[:157] + "..."



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
        elif "Text node too long" in why:  # libxml2's 10 MB limit on one run of text
            raise ExtractError("too-large", f"{name} holds a single piece of text over 10 MB, more than "
                               "the XML reader takes (no real document has one); refused") from None
        raise ExtractError("corrupt", f"damaged Word file: {name} is not well-formed XML ({why})") from None
    except (ValueError, MemoryError) as exc:
        raise ExtractError("corrupt", f"damaged Word file: {name} cannot be read ({_short(exc)})") from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise _unsafe(name)
    return root
