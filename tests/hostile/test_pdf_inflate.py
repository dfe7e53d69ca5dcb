"""PDF streams are inflated within a budget (issue 23 item 11): a compression bomb is one
clear 'too large when decompressed' line, never gigabytes of memory; below the limits every
decoder gives what pdfminer's own gives."""

from __future__ import annotations

import base64
import dataclasses
import zlib

import pytest

import pdfminer  # noqa: F401  (a core dependency: its absence is a failure, not a skip)

from pdfminer import ascii85 as pm_ascii85  # noqa: E402
from pdfminer import lzw as pm_lzw  # noqa: E402
from pdfminer import runlength as pm_runlength  # noqa: E402

from plainlint.api import lint_file  # noqa: E402
from plainlint.errors import ExtractError  # noqa: E402
from plainlint.extract.pdf import inflate  # noqa: E402
from plainlint.extract.pdf.page import read_pages  # noqa: E402
from plainlint.extract.pdf.params import PARAMS  # noqa: E402


def _pdf(streams: list[bytes], text: bytes = b"BT /F1 12 Tf 72 700 Td (Hello there.) Tj ET") -> bytes:
    """A one-page PDF with a readable text stream and ``streams`` (already Flate-compressed)
    as further content streams of the page."""
    n_extra = len(streams)
    first = 5  # objects 1-4: catalog, pages, page, font; then the text stream, then the others
    contents = " ".join(f"{first + i} 0 R" for i in range(n_extra + 1))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents [" + contents.encode() + b"] >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
    ]
    for s in streams:
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(s) + s + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _spaces(mb: float) -> bytes:
    comp = zlib.compressobj(9)
    chunk = b" " * 65536
    parts = [comp.compress(chunk) for _ in range(int(mb * 16))]
    parts.append(comp.flush())
    return b"".join(parts)


def _small(stream_mb: float, total_mb: float):
    return dataclasses.replace(PARAMS, max_stream_mb=stream_mb, max_inflated_mb=total_mb)


def test_a_stream_over_the_limit_is_refused_as_too_large():
    data = _pdf([_spaces(3)])
    with pytest.raises(ExtractError) as e:
        read_pages(data, None, _small(1, 8))
    assert e.value.kind == "too-large"
    assert "too large when decompressed" in e.value.message and "1 MB" in e.value.message


def test_streams_over_the_document_budget_are_refused():
    data = _pdf([_spaces(0.75) for _ in range(5)])  # each under 1 MB, 3.75 MB in all
    with pytest.raises(ExtractError) as e:
        read_pages(data, None, _small(1, 2))
    assert e.value.kind == "too-large" and "2 MB" in e.value.message


def test_streams_under_the_limits_are_read():
    data = _pdf([_spaces(0.5)])
    pages, _stats = read_pages(data, None, _small(1, 2))
    text = " ".join(ln.text for p in pages for ln in p.lines)
    assert "Hello there." in text


def test_the_default_limit_stops_a_bomb_in_one_line(tmp_path):
    """An 80 MB content stream (about 80 KB in the file) is over the default 64 MB: one
    error, found by the command's own path through lint_file."""
    p = tmp_path / "bomb.pdf"
    p.write_bytes(_pdf([_spaces(80)]))
    r = lint_file(str(p))
    assert r.error and r.error["kind"] == "too-large", r.error
    assert "too large when decompressed" in r.error["message"]
    assert "64 MB" in r.error["message"]


def test_the_budget_is_per_document():
    """One document's streams do not use up the next one's budget."""
    data = _pdf([_spaces(0.75)])
    for _ in range(4):
        read_pages(data, None, _small(1, 1.5))


# -- equivalence with pdfminer's own decoders below the limits ------------------------------


@pytest.mark.parametrize("raw", [b"", b"x", b"Hello world. " * 5000, bytes(range(256)) * 300])
def test_inflate_equals_zlib(raw):
    comp = zlib.compress(raw)
    assert inflate.inflate(comp) == zlib.decompress(comp)
    assert inflate.inflate(comp + b"trailing junk") == zlib.decompress(comp + b"trailing junk")
    for bad in (comp[:-6], b"not zlib at all"):
        with pytest.raises(zlib.error):
            zlib.decompress(bad)
        with pytest.raises(zlib.error):
            inflate.inflate(bad)


def test_damaged_checksum_kept_like_pdfminer():
    from pdfminer.pdftypes import PDFStream

    raw = b"BT (Some text in a stream whose checksum is wrong.) Tj ET\n" * 300
    comp = bytearray(zlib.compress(raw))
    comp[-1] ^= 0xFF  # the Adler-32 checksum
    comp = bytes(comp)
    assert inflate.inflate_damaged(comp) == raw
    # through pdfminer's own path (zlib fails, then the damaged-stream decoder)
    s = PDFStream({"Filter": _flate()}, comp)
    assert s.get_data() == raw
    with pytest.raises(zlib.error):
        inflate.inflate_damaged(b"\x78\x9c" + b"\xff" * 100)  # broken early: an error, as in pdfminer


def _flate():
    from pdfminer.psparser import LIT

    return LIT("FlateDecode")


def test_lzw_equals_pdfminer():
    sample = bytes.fromhex("800B6050220C0C8501")  # the example of the PDF reference, 7.4.4.2
    assert inflate.lzw(sample) == pm_lzw.lzwdecode(sample) == b"-----A---B"


@pytest.mark.parametrize("data", [
    b"\x02abc\xfdx\x80", b"\x00a\xff-", b"\x7f" + bytes(range(128)) + b"\x80", b"\xfex", b"",
])
def test_runlength_equals_pdfminer(data):
    assert inflate.runlength(data) == pm_runlength.rldecode(data)


def test_runlength_and_ascii85_bombs_refused():
    with inflate.budget(max_stream_mb=1, max_inflated_mb=1):
        with pytest.raises(ExtractError):
            inflate.runlength(b"\x81x" * 20000)  # 128 bytes per 2: 2.5 MB
        with pytest.raises(ExtractError):
            inflate.ascii85(b"z" * 300000 + b"~>")  # 4 zero bytes per 'z': 1.2 MB


def test_ascii85_equals_pdfminer():
    raw = b"plain words for plain people " * 40
    enc = base64.a85encode(raw) + b"~>"
    assert inflate.ascii85(enc) == pm_ascii85.ascii85decode(enc) == raw


def test_lzw_bomb_refused():
    """An LZW stream whose codes each repeat a longer string: stopped at the budget."""
    # after a clear (256) and a first byte (0), each code is the next new table entry:
    # every one repeats the last string and one more byte (2, 3, 4 ... bytes)
    bits, nbits, width, size = 0, 0, 9, 258
    out = bytearray()
    for c in [256, 0] + list(range(258, 4095)):
        bits = ((bits << width) | c) & ((1 << 64) - 1)
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
        if c >= 258:
            size += 1
            width = {511: 10, 1023: 11, 2047: 12}.get(size, width)
    data = bytes(out)
    assert len(pm_lzw.lzwdecode(data)) > 7_000_000  # 4 KB that pdfminer inflates to 7 MB
    with inflate.budget(max_stream_mb=0.5, max_inflated_mb=1):
        with pytest.raises(ExtractError):
            inflate.lzw(data)
