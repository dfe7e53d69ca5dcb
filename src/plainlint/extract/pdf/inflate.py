"""Bounded decompression of PDF streams.

pdfminer.six inflates a whole stream at once (``zlib.decompress``, ``lzwdecode``,
``rldecode``): a 5 MB file whose one content stream inflates to 5 GB took 4 GB of memory
before anything could stop it. :func:`install` puts bounded decoders in their place inside
``pdfminer.pdftypes`` (the only module that calls them), so that every stream is inflated
piece by piece and reading stops as soon as one stream is bigger than
``PDFParams.max_stream_mb`` when decompressed, or all the streams read from one document
together are bigger than ``PDFParams.max_inflated_mb``: one :class:`ExtractError` of kind
``too-large`` ("too large when decompressed"), never a memory error.

What a stream decodes to is unchanged below the limits (tested against pdfminer's own
decoders): the Flate decoder still keeps what a stream with a damaged checksum gives, as
pdfminer's ``decompress_corrupted`` does, but without its byte-at-a-time quadratic copy.

The limits are per document: :func:`budget` opens one around the reading of a document (in
the thread that reads it); a stream decoded outside one (pdfminer used on its own) gets the
default limits.
"""

from __future__ import annotations

import io
import threading
import zlib
from contextlib import contextmanager

from ...errors import ExtractError
from .params import PARAMS

_MB = 1048576
_local = threading.local()


class _Budget:
    def __init__(self, per_stream: int, total: int):
        self.per_stream = per_stream
        self.total = total
        self.used = 0

    def room(self) -> int:
        """Bytes the next stream may inflate to."""
        return max(0, min(self.per_stream, self.total - self.used))

    def over(self, _size: int) -> ExtractError:
        if self.total - self.used < self.per_stream:
            return ExtractError(
                "too-large",
                f"too large when decompressed: this PDF's streams come to more than "
                f"{self.total / _MB:g} MB once inflated (a compression bomb or a damaged "
                "file); refused without reading further")
        return ExtractError(
            "too-large",
            f"too large when decompressed: a stream in this PDF inflates to more than "
            f"{self.per_stream / _MB:g} MB (a compression bomb or a damaged file); refused "
            "without reading further")

    def spend(self, size: int) -> None:
        self.used += size


def _current() -> _Budget:
    b = getattr(_local, "budget", None)
    if b is None:
        b = _Budget(int(PARAMS.max_stream_mb * _MB), int(PARAMS.max_inflated_mb * _MB))
    return b


@contextmanager
def budget(max_stream_mb: float = PARAMS.max_stream_mb, max_inflated_mb: float = PARAMS.max_inflated_mb):
    """The limits for the streams of one document, in this thread."""
    previous = getattr(_local, "budget", None)
    _local.budget = _Budget(int(max_stream_mb * _MB), int(max_inflated_mb * _MB))
    try:
        yield _local.budget
    finally:
        _local.budget = previous


# ---------------------------------------------------------------------------------------
# The decoders


def _feed(d, piece: bytes, out: bytearray, limit: int, b: _Budget) -> None:
    """Inflate ``piece`` into ``out``, never holding more than ``limit`` + 1 bytes."""
    out += d.decompress(piece, limit + 1 - len(out))
    if len(out) > limit:
        raise b.over(len(out))


def inflate(data: bytes) -> bytes:
    """``zlib.decompress(data)`` within the budget (raises ``zlib.error`` as it does)."""
    b = _current()
    limit = b.room()
    d = zlib.decompressobj()
    out = bytearray()
    _feed(d, data, out, limit, b)
    if not d.eof:
        raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    b.spend(len(out))
    return bytes(out)


def inflate_damaged(data: bytes) -> bytes:
    """pdfminer's ``decompress_corrupted`` within the budget and linear: what decodes before
    a bad checksum is kept; an error before the last 3 bytes is raised as ``zlib.error``."""
    b = _current()
    limit = b.room()
    d = zlib.decompressobj()
    out = bytearray()
    n = len(data)
    step = 4096
    for i in range(0, n, step):
        piece = data[i:i + step]
        saved, mark = d.copy(), len(out)
        try:
            _feed(d, piece, out, limit, b)
            continue
        except zlib.error:
            d = saved
            del out[mark:]
        for k in range(len(piece)):  # the piece that failed, a byte at a time
            try:
                _feed(d, piece[k:k + 1], out, limit, b)
            except zlib.error:
                if i + k < n - 3:
                    raise
                b.spend(len(out))
                return bytes(out)
    b.spend(len(out))
    return bytes(out)


def lzw(data: bytes) -> bytes:
    """pdfminer's LZW decoder, stopped once the stream is over the budget."""
    from pdfminer.lzw import LZWDecoder

    b = _current()
    limit = b.room()
    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        out += chunk
        if len(out) > limit:
            raise b.over(len(out))
    b.spend(len(out))
    return bytes(out)


def runlength(data: bytes) -> bytes:
    """The RunLength filter (PDF 1.7, 7.4.5) within the budget; a run cut short by the end
    of the data keeps what is there."""
    b = _current()
    limit = b.room()
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        length = data[i]
        if length == 128:
            break
        if length < 128:
            out += data[i + 1:i + 2 + length]
            i += length + 2
        else:
            out += data[i + 1:i + 2] * (257 - length)
            i += 2
        if len(out) > limit:
            raise b.over(len(out))
    b.spend(len(out))
    return bytes(out)


def ascii85(data: bytes) -> bytes:
    """pdfminer's ASCII85 decoder, refused before decoding when its 'z' runs (four zero bytes
    each) could take it over the budget."""
    from pdfminer.ascii85 import ascii85decode

    b = _current()
    limit = b.room()
    if len(data) + 4 * data.count(b"z") > limit:
        raise b.over(len(data))
    out = ascii85decode(data)
    b.spend(len(out))
    return out


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)
    decompress = staticmethod(inflate)


def install() -> None:
    """Put the bounded decoders into ``pdfminer.pdftypes`` (once; idempotent)."""
    from pdfminer import pdftypes

    if getattr(pdftypes, "_plainlint_bounded", False):
        return
    for name, bounded in (("zlib", _BoundedZlib), ("decompress_corrupted", inflate_damaged),
                          ("lzwdecode", lzw), ("rldecode", runlength), ("ascii85decode", ascii85),
                          ("_plainlint_bounded", True)):
        setattr(pdftypes, name, bounded)
