"""Step 0: open the document, or one clear :class:`ExtractError` (password, rights
management, damage)."""

from __future__ import annotations

import io
import struct
import zlib
from typing import Optional

from ...errors import ExtractError


# What pdfminer raises on a damaged file (never BaseException: a time limit must get through).
def _broken_errors():
    from pdfminer.psexceptions import PSException

    return (PSException, ValueError, TypeError, KeyError, IndexError, AttributeError,
            AssertionError, struct.error, zlib.error, UnicodeError, OverflowError,
            ZeroDivisionError, NotImplementedError, LookupError, RecursionError)


def _is_rights_managed(data: bytes, document) -> bool:
    """A Microsoft IRM (or other encrypted-payload) PDF: a wrapper around an encrypted file."""
    if b"MicrosoftIRMServices" in data or b"/EncryptedPayload" in data:
        return True
    try:
        from pdfminer.pdftypes import resolve1

        names = resolve1(document.catalog.get("Names"))
        files = resolve1(names.get("EmbeddedFiles")) if isinstance(names, dict) else None
        if isinstance(files, dict):
            arr = resolve1(files.get("Names")) or []
            for spec in arr[1::2]:
                spec = resolve1(spec)
                if isinstance(spec, dict) and ("EP" in spec or "EncryptedPayload" in str(spec.get("AFRelationship"))):
                    return True
    except _broken_errors():
        return False
    return False


def open_document(data: bytes, password: Optional[str]):
    """A pdfminer PDFDocument, or one clear ExtractError."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    tries = [password, ""] if password else [""]
    last = None
    for pw in tries:
        try:
            parser = PDFParser(io.BytesIO(data))
            return PDFDocument(parser, password=pw, caching=True)
        except PDFPasswordIncorrect as exc:
            last = exc
            continue
        except PDFEncryptionError as exc:
            if b"MicrosoftIRMServices" in data:
                break
            raise ExtractError(
                "encrypted",
                f"encrypted in a way plainlint cannot open ({exc}): save an unencrypted copy",
            ) from None
        except _broken_errors() as exc:
            raise ExtractError("corrupt", _corrupt_message(exc)) from None
    if b"MicrosoftIRMServices" in data:
        raise ExtractError("encrypted", _IRM_MESSAGE)
    if password:
        raise ExtractError(
            "needs-password",
            "the password given with --password does not open this PDF: check it "
            "(it is the password to open the file, not the one to edit it)",
        )
    raise ExtractError(
        "needs-password",
        "this PDF is protected by a password: give it with --password (or save an "
        "unprotected copy)",
    ) if last is not None else ExtractError("corrupt", "the PDF could not be opened")


_IRM_MESSAGE = (
    "rights-managed PDF (Microsoft Information Rights Management): the real content is "
    "encrypted for named readers, and what a plain reader sees is only a notice. Open it in "
    "a viewer that supports Microsoft IRM and save or print an unprotected copy to check it"
)


def _corrupt_message(exc: BaseException) -> str:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    if len(detail) > 120:
        detail = detail[:117] + "..."
    return f"damaged or truncated PDF, it could not be read ({detail})"
