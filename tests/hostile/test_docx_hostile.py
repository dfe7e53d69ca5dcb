"""Hostile .docx files, built here: zip bombs, lying zip sizes, entity expansion, external
entities and DTDs, absurd nesting. Each must end in one clear ExtractError (or a harmless
read), quickly and in bounded memory, without expanding or fetching anything."""

import re
import struct
import threading
import time
import tracemalloc
import zlib
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from plainlint.api import lint_file
from plainlint.config import Config
from plainlint.errors import ExtractError
from plainlint.extract import ExtractOptions, extract
from plainlint.extract import docx as dx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GB = 1024 ** 3
MB = 1024 ** 2

CONTENT_TYPES = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" '
            b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
            b'Target="footnotes.xml"/></Relationships>')


def document(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W}"><w:body>{body}'
            "</w:body></w:document>").encode("utf-8")


GOOD_BODY = '<w:p><w:r><w:t>Plain words.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
STYLES = f'<?xml version="1.0"?><w:styles xmlns:w="{W}"/>'.encode()
FOOTNOTES = (f'<?xml version="1.0"?><w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r>'
             "<w:t>A note.</w:t></w:r></w:p></w:footnote></w:footnotes>").encode()


def base_parts() -> dict:
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/document.xml": document(GOOD_BODY),
        "word/styles.xml": STYLES,
        "word/footnotes.xml": FOOTNOTES,
    }


# --------------------------------------------------------------------------- zip writing by hand
def raw_zip(entries) -> bytes:
    """A zip from (name, stored_bytes, method, crc, declared_uncompressed_size, flags) entries.

    Written by hand so that the declared sizes can say anything at all.
    """
    out = bytearray()
    central = bytearray()
    for name, blob, method, crc, usize, flags in entries:
        n = name.encode()
        offset = len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, method, 0, 0x21, crc, len(blob),
                           usize, len(n), 0) + n + blob
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, flags, method, 0, 0x21, crc,
                               len(blob), usize, len(n), 0, 0, 0, 0, 0, offset) + n
    cd_off = len(out)
    out += central
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)


def deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def deflate_zeros(total: int, chunk: int = MB) -> bytes:
    """A raw deflate stream of ``total`` zero bytes, made without holding them in memory."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = bytes(chunk)
    out = []
    left = total
    while left > 0:
        out.append(c.compress(zeros[: min(chunk, left)]))
        left -= chunk
    out.append(c.flush())
    return b"".join(out)


def entry(name: str, data: bytes):
    return (name, deflate(data), 8, zlib.crc32(data), len(data), 0)


def docx_bytes(parts: dict, extra_entries=()) -> bytes:
    return raw_zip([entry(n, d) for n, d in parts.items()] + list(extra_entries))


def measure(fn):
    """(result or exception, seconds, peak bytes allocated by Python while running fn)."""
    tracemalloc.start()
    t = time.perf_counter()
    try:
        out = fn()
    except Exception as exc:  # noqa: BLE001 - the test inspects it
        out = exc
    elapsed = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return out, elapsed, peak


def test_hand_made_zips_are_real_docx():
    doc = extract(docx_bytes(base_parts()), "good.docx")
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["Plain words.", "A note."]


# --------------------------------------------------------------------------- zip bombs
def test_part_declaring_gigabytes_refused_before_inflating():
    bomb_stream = deflate_zeros(4 * MB)  # ~4 KB on disk
    data = docx_bytes(base_parts(), [("word/media/image1.png", bomb_stream, 8, 0, int(3.5 * GB), 0)])
    assert len(data) < 20_000
    err, secs, peak = measure(lambda: extract(data, "bomb.docx"))
    assert isinstance(err, ExtractError), err
    assert err.kind == "too-large"
    assert err.message.startswith("zip bomb") and "3.5 GB" in err.message
    assert "refused without unpacking" in err.message
    assert secs < 1 and peak < 2 * MB


def test_total_size_limit_without_any_high_ratio():
    # many honest parts, none suspicious alone, too much together (limits made small for speed)
    noise = bytes(range(256)) * 400  # ~100 KB, barely compressible
    entries = [entry(f"word/media/blob{i}.bin", noise) for i in range(12)]
    data = docx_bytes(base_parts(), entries)
    with pytest.raises(ExtractError) as e:
        extract(data, "big.docx", ExtractOptions(max_unzipped_bytes=1 * MB))
    assert "zip bomb" in e.value.message and "max-unzipped-mb" in e.value.message
    # the same limit from configuration, through the per-file API
    err = _lint_bytes(data, max_unzipped_mb=1)
    assert err["kind"] == "too-large" and "zip bomb" in err["message"]
    assert _lint_bytes(data, max_unzipped_mb=5)["message"] == ""


def test_real_high_ratio_part_refused_and_never_inflated():
    size = 40 * MB
    stream = deflate_zeros(size)
    data = raw_zip([entry(n, d) for n, d in base_parts().items() if n != "word/document.xml"]
                   + [("word/document.xml", stream, 8, 0, size, 0)])
    err, secs, peak = measure(lambda: extract(data, "ratio.docx"))
    assert isinstance(err, ExtractError) and err.kind == "too-large", err
    assert "compression ratio" in err.message and "max-zip-ratio" in err.message
    assert peak < 2 * MB and secs < 1
    # the ratio limit comes from configuration: a looser one lets a packed part through
    packed = deflate(b"<w:t>a</w:t>" * 1_500_000)  # 18 MB of XML at several hundred to 1
    data2 = docx_bytes(base_parts(), [("word/media/x.xml", packed, 8, 0, 12 * 1_500_000, 0)])
    assert "max-zip-ratio" in _lint_bytes(data2)["message"]
    assert _lint_bytes(data2, max_zip_ratio=50000)["message"] == ""


def _lint_bytes(data: bytes, **cfg_values) -> dict:
    """The error these bytes give under this config ({"message": ""} if none).

    Refusals go through lint_file (the per-file API turns them into FileResult.error);
    a file that is read is only extracted, with the options the config makes.
    """
    cfg = Config()
    for k, v in cfg_values.items():
        setattr(cfg, k, v)
    try:
        extract(data, "x.docx", cfg.extract_options())
    except ExtractError:
        result = lint_file("x.docx", cfg, data=data, name="x.docx")
        assert result.error is not None and result.findings == []
        return result.error
    return {"message": ""}


def test_part_lying_about_its_size_is_read_no_further_than_declared():
    # declares 2 KB, really inflates to 200 MB of zeros: ratio looks harmless
    stream = deflate_zeros(200 * MB)
    data = raw_zip([entry(n, d) for n, d in base_parts().items() if n != "word/document.xml"]
                   + [("word/document.xml", stream, 8, zlib.crc32(bytes(2048)), 2048, 0)])
    err, secs, peak = measure(lambda: extract(data, "liar.docx"))
    assert isinstance(err, ExtractError), err
    assert err.kind == "corrupt"  # 2 KB of zeros is not XML
    assert peak < 8 * MB and secs < 2


def test_bounded_read_stops_past_the_budget():
    pkg = dx._Package(docx_bytes(base_parts()), ExtractOptions())
    pkg.remaining = 100  # as if the other parts had used up the budget
    with pytest.raises(ExtractError) as e:
        pkg.read("word/document.xml")
    assert "zip bomb" in e.value.message and "stopped reading" in e.value.message


def test_too_many_parts_refused_before_the_directory_is_read():
    entries = [(f"p{i}", b"", 0, 0, 0, 0) for i in range(dx.MAX_MEMBERS + 1)]
    data = docx_bytes(base_parts(), entries)
    err, secs, peak = measure(lambda: extract(data, "many.docx"))
    assert isinstance(err, ExtractError) and "zip bomb" in err.message, err
    assert int(re.search(r"lists ([\d,]+) parts", err.message).group(1).replace(",", "")) > dx.MAX_MEMBERS
    assert peak < 2 * MB
    # a directory that merely claims 65,000 entries is refused from its last 22 bytes
    forged = docx_bytes(base_parts())
    forged = forged[:-22] + struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 65000, 65000, 0, 0, 0)
    with pytest.raises(ExtractError) as e:
        extract(forged, "forged.docx")
    assert "65,000" in e.value.message


def test_encrypted_zip_part_refused():
    parts = base_parts()
    entries = [entry(n, d) for n, d in parts.items() if n != "word/document.xml"]
    name, blob, method, crc, usize, _ = entry("word/document.xml", parts["word/document.xml"])
    data = raw_zip(entries + [(name, blob, method, crc, usize, 0x1)])
    with pytest.raises(ExtractError) as e:
        extract(data, "enc.docx")
    assert e.value.kind == "encrypted"


# --------------------------------------------------------------------------- XML attacks
LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                    for i in range(1, 10))
          + "]>")


def with_document(doc: bytes, part: str = "word/document.xml") -> bytes:
    parts = base_parts()
    parts[part] = doc
    return docx_bytes(parts)


def test_billion_laughs_refused_without_expanding():
    data = with_document(document("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", LAUGHS))
    err, secs, peak = measure(lambda: extract(data, "laughs.docx"))
    assert isinstance(err, ExtractError), err
    assert err.kind == "corrupt" and err.message.startswith("unsafe XML in word/document.xml")
    assert "lol" not in err.message
    assert secs < 1 and peak < 2 * MB


@pytest.mark.parametrize("disguise", ["long-comment", "utf-16", "in-styles", "in-rels", "in-footnotes"])
def test_billion_laughs_in_disguise_refused(disguise):
    body = "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
    if disguise == "long-comment":
        data = with_document(document(body, "<!--" + "x" * 200_000 + "-->" + LAUGHS))
    elif disguise == "utf-16":
        doc = document(body, LAUGHS).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
        data = with_document(doc.encode("utf-16"))
    elif disguise == "in-styles":
        data = with_document(f'<?xml version="1.0"?>{LAUGHS}<w:styles xmlns:w="{W}"><w:style>'
                             '<w:name w:val="&lol9;"/></w:style></w:styles>'.encode(), "word/styles.xml")
    elif disguise == "in-rels":
        data = with_document(RELS.replace(b"<Relationships", LAUGHS.replace("w:document", "Relationships")
                                          .encode() + b"<Relationships"), "_rels/.rels")
    else:
        data = with_document(FOOTNOTES.replace(b"A note.", b"&lol9;").replace(
            b"<w:footnotes", LAUGHS.replace("w:document", "w:footnotes").encode() + b"<w:footnotes"),
            "word/footnotes.xml")
    err, secs, peak = measure(lambda: extract(data, "laughs.docx"))
    assert isinstance(err, ExtractError) and err.message.startswith("unsafe XML"), err
    assert secs < 1 and peak < 8 * MB


class _Recorder(BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802 - http.server's name
        _Recorder.hits.append(self.path)
        body = b'<!ENTITY secret "FETCHED-FROM-NETWORK">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Recorder.hits = []
    httpd = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-MARKER-7731")
    return path


def _xxe_documents(url: str, secret: Path):
    use = "<w:p><w:r><w:t>Start &xxe; end</w:t></w:r></w:p>"
    yield "local file", document(use, f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>')
    yield "/etc/passwd", document(use, '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    yield "url entity", document(use, f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{url}/entity">]>')
    yield "external DTD", document("<w:p><w:r><w:t>Start &secret; end</w:t></w:r></w:p>",
                                   f'<!DOCTYPE w:document SYSTEM "{url}/evil.dtd">')
    yield "parameter entity", document(
        "<w:p><w:r><w:t>Start &secret; end</w:t></w:r></w:p>",
        f'<!DOCTYPE w:document [<!ENTITY % remote SYSTEM "{url}/param.dtd"> %remote;]>')


def _passwd_lines():
    try:
        return [ln for ln in Path("/etc/passwd").read_text().splitlines() if ln.strip()][:3]
    except OSError:
        return []


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/footnotes.xml",
                                  "word/_rels/document.xml.rels", "[Content_Types].xml"])
def test_external_entities_never_read_or_fetched(server, secret, part):
    root_names = {"word/styles.xml": "w:styles", "word/footnotes.xml": "w:footnotes",
                  "word/_rels/document.xml.rels": "Relationships", "[Content_Types].xml": "Types"}
    for label, doc in _xxe_documents(server, secret):
        if part != "word/document.xml":
            prolog = doc[doc.index(b"<!DOCTYPE"):doc.index(b"<w:document")]
            prolog = prolog.replace(b"w:document", root_names[part].encode())
            original = base_parts()[part]
            cut = original.index(b"<" + root_names[part].encode())
            doc = original[:cut] + prolog + original[cut:]
        data = with_document(doc, part)
        try:
            out = extract(data, "xxe.docx")
            seen = out.text  # a part we never parse ([Content_Types].xml): read without it
            assert part == "[Content_Types].xml", (label, part)
        except ExtractError as exc:
            seen = exc.message
            assert exc.message.startswith("unsafe XML"), (label, exc.message)
        assert "TOP-SECRET-MARKER" not in seen and "FETCHED-FROM-NETWORK" not in seen
        for line in _passwd_lines():
            assert line not in seen
    assert _Recorder.hits == []  # nothing was fetched


def test_parser_alone_neither_expands_nor_fetches(server, secret):
    """Defence in depth: even without the DOCTYPE check, the parser settings are safe."""
    from lxml import etree

    for label, doc in _xxe_documents(server, secret):
        try:
            root = etree.fromstring(doc, dx._parser())
            text = "".join(root.itertext())
        except etree.XMLSyntaxError as exc:
            text = str(exc)
        assert "TOP-SECRET-MARKER" not in text and "FETCHED-FROM-NETWORK" not in text, label
        for line in _passwd_lines():
            assert line not in text
    laughs = document("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", LAUGHS)
    err, secs, peak = measure(lambda: etree.fromstring(laughs, dx._parser()))
    text = "" if isinstance(err, Exception) else "".join(err.itertext())
    assert len(text) < 1000 and secs < 1 and peak < 8 * MB
    assert _Recorder.hits == []


def test_absurd_nesting_is_a_clean_error():
    deep = "<w:customXml>" * 50_000 + "<w:p/>" + "</w:customXml>" * 50_000
    data = with_document(document(deep))
    loose = ExtractOptions(max_zip_ratio=100_000)  # let it past the zip-bomb check to the parser
    err, secs, _ = measure(lambda: extract(data, "deep.docx", loose))
    assert isinstance(err, ExtractError) and err.kind == "corrupt", err
    assert "not well-formed" in err.message and secs < 2
    result = _lint_bytes(data, max_zip_ratio=100_000)
    assert result["kind"] == "corrupt" and "Traceback" not in result["message"]


def test_nesting_just_inside_the_parser_limit_reads():
    # 100 nested content controls and custom XML wrappers: deep but legal
    body = ("<w:sdt><w:sdtContent><w:customXml>" * 40 + "<w:p><w:r><w:t>Deep text.</w:t></w:r></w:p>"
            + "</w:customXml></w:sdtContent></w:sdt>" * 40)
    doc = extract(with_document(document(body)), "deep.docx")
    assert doc.text.startswith("Deep text.")


# --------------------------------------------------------------------------- issue 23, item 16
@pytest.mark.parametrize("second", ["word/document.xml", "Word/Document.XML", "word\\document.xml"])
def test_duplicate_entries_for_a_part_are_refused(second):
    decoy = document('<w:p><w:r><w:t>Nothing to see here.</w:t></w:r></w:p>')
    data = raw_zip([entry(n, d) for n, d in base_parts().items()] + [entry(second, decoy)])
    with pytest.raises(ExtractError) as e:
        extract(data, "dup.docx")
    assert e.value.kind == "corrupt" and "two entries" in e.value.message
    assert _lint_bytes(data)["kind"] == "corrupt"


def test_many_identical_paragraphs_are_a_document_not_a_bomb():
    body = '<w:p><w:r><w:t>Thank you.</w:t></w:r></w:p>' * 100_000
    data = docx_bytes(dict(base_parts(), **{"word/document.xml": document(body)}))
    # past the default analysis limit (max-file-paragraphs), which says so, but never a zip bomb
    with pytest.raises(ExtractError) as e:
        extract(data, "thanks.docx")
    assert e.value.kind == "too-large" and "max-file-paragraphs" in e.value.message
    doc = extract(data, "thanks.docx", ExtractOptions(max_blocks=200_000))
    assert doc.text.count("Thank you.") == 100_000


def test_one_text_run_over_the_xml_limit_is_too_large_not_damaged():
    """libxml2 takes at most 10 MB in one text node: a paragraph of one 11 MB run is refused
    as too large, in one line, not called a damaged file (issue 23 item 11)."""
    body = '<w:p><w:r><w:t>' + "Plain words. " * 850_000 + '</w:t></w:r></w:p>'
    data = docx_bytes(dict(base_parts(), **{"word/document.xml": document(body)}))
    with pytest.raises(ExtractError) as e:
        extract(data, "run.docx", ExtractOptions(max_zip_ratio=1e6))
    assert e.value.kind == "too-large" and "over 10 MB" in e.value.message
