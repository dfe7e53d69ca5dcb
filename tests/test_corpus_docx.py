"""The Word extractor over the shared corpus (../shared/corpus; skipped where it is absent).

Every real .docx is read with no error, and the words read are at least 97% of the words
in the document's visible text, counted here independently of the extractor: all ``w:t``
text in the body (text boxes included), headers, footers, footnotes and endnotes; not
deleted or moved-away text, not comments, one branch of each ``mc:AlternateContent`` (the
other repeats it); a header or footer whose text repeats another's counts once. Words
are compared as multisets, so text read twice or invented does not make up for text
missed. Every awkward .docx ends as a Document or one clear ExtractError.
"""

import io
import re
import time
import zipfile
from collections import Counter

import pytest

from conftest import CORPUS
from plainlint.errors import ExtractError
from plainlint.extract import extract

pytestmark = pytest.mark.corpus

WORD = re.compile(r"\w+")
W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "http://purl.oclc.org/ooxml/wordprocessingml/main")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
VISIBLE_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
SEPARATORS = ("p", "tab", "ptab", "br", "cr", "tc", "noBreakHyphen")


def _split(tag):
    if not isinstance(tag, str) or not tag.startswith("{"):
        return None, None
    ns, _, local = tag[1:].partition("}")
    return ns, local


def visible_words(data: bytes) -> Counter:
    """The reference: words of the visible w:t text of a .docx (see the module docstring)."""
    return Counter(w.lower() for w in WORD.findall(visible_text(data)))


def visible_text(data: bytes) -> str:
    """The visible w:t text of a .docx, part by part, white space where paragraphs, cells,
    tabs and breaks separate words."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    z = zipfile.ZipFile(io.BytesIO(data))
    texts = []
    seen_hf = set()
    for name in z.namelist():
        if not VISIBLE_PARTS.fullmatch(name):
            continue
        root = etree.fromstring(z.read(name), parser)
        pieces = []
        for el in root.iter():
            ns, local = _split(el.tag)
            if ns not in W_NAMESPACES:
                continue
            if local == "t":
                hidden = any(
                    a.tag == MC_FALLBACK or (_split(a.tag)[0] in W_NAMESPACES and _split(a.tag)[1] in ("del", "moveFrom"))
                    for a in el.iterancestors())
                if not hidden and el.text:
                    pieces.append(el.text)
            elif local in SEPARATORS:
                pieces.append(" ")
        text = "".join(pieces)
        if name.startswith(("word/header", "word/footer")):
            key = " ".join(text.split())
            if key in seen_hf:
                continue
            seen_hf.add(key)
        texts.append(text)
    return "\n".join(texts)


def coverage(data: bytes, text: str) -> tuple[int, int, float, float]:
    """(reference words, words read, share of the reference read, share of what was read that is extra)."""
    ref = visible_words(data)
    ours = Counter(w.lower() for w in WORD.findall(text))
    common = sum((ref & ours).values())
    n_ref, n_ours = sum(ref.values()), sum(ours.values())
    return n_ref, n_ours, common / max(n_ref, 1), (n_ours - common) / max(n_ours, 1)


REAL = sorted((CORPUS / "real").glob("*.docx")) if CORPUS.is_dir() else []
AWKWARD = sorted((CORPUS / "awkward").glob("*.docx")) if CORPUS.is_dir() else []


def test_corpus_has_docx_files():
    assert len(REAL) >= 10 and len(AWKWARD) >= 6


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_real_docx_read_with_97_percent_of_visible_words(path):
    data = path.read_bytes()
    doc = extract(data, str(path))
    n_ref, n_ours, read, extra = coverage(data, doc.text)
    print(f"{path.name}: reference {n_ref} words, read {n_ours}, {read:.2%} of the reference, {extra:.2%} extra")
    assert n_ref > 500
    assert read >= 0.97, f"read only {read:.2%} of the visible words"
    assert extra <= 0.03, f"{extra:.2%} of the words read are not in the visible text"
    assert doc.blocks and all(b.anchor and b.anchor["runs"] for b in doc.blocks)
    assert doc.meta["paragraphs"] > 10


@pytest.mark.parametrize("path", AWKWARD, ids=[p.name for p in AWKWARD])
def test_awkward_docx_ends_as_a_document_or_one_clear_error(path):
    data = path.read_bytes()
    try:
        doc = extract(data, str(path))
    except ExtractError as exc:
        assert exc.kind in ("encrypted", "corrupt", "not-a-document", "too-large", "unsupported")
        assert exc.message and "\n" not in exc.message and len(exc.message) < 300
        return
    n_ref, n_ours, read, extra = coverage(data, doc.text)
    print(f"{path.name}: reference {n_ref} words, read {n_ours}, {read:.2%} of the reference, {extra:.2%} extra")
    assert read >= 0.97 and extra <= 0.03


def _awkward(name_part):
    hits = [p for p in AWKWARD if name_part in p.name]
    if not hits:
        pytest.skip(f"no awkward file named *{name_part}* in this corpus")
    return hits[0]


def test_awkward_encrypted_and_truncated_refused_as_such():
    with pytest.raises(ExtractError) as e:
        extract(_awkward("encrypted").read_bytes(), "x.docx")
    assert e.value.kind == "encrypted" and "password" in e.value.message
    with pytest.raises(ExtractError) as e:
        extract(_awkward("truncated").read_bytes(), "x.docx")
    assert e.value.kind == "corrupt" and "truncated" in e.value.message


def test_awkward_strict_ooxml_read():
    doc = extract(_awkward("strict").read_bytes(), "x.docx")
    assert doc.meta["strict"] is True
    assert len(WORD.findall(doc.text)) > 20_000
    assert any(b.kind == "header-footer" for b in doc.blocks)


def test_awkward_text_only_in_text_boxes_read():
    doc = extract(_awkward("text-boxes").read_bytes(), "x.docx")
    assert doc.meta["paragraphs"] == 0  # no body text at all...
    assert len(WORD.findall(doc.text)) > 250  # ...yet every text box is read, once


def test_awkward_content_controls_read():
    data = _awkward("content-controls").read_bytes()
    doc = extract(data, "x.docx")
    first = " ".join(doc.text[:400].split())
    # python-docx alone gives "These Explanatory Notes relate to the 2022 on ( )"
    assert "These Explanatory Notes relate to the" in first
    assert "2022 on ( )" not in first


def test_awkward_tracked_changes_accepted():
    from lxml import etree

    data = _awkward("tracked-changes").read_bytes()
    doc = extract(data, "x.docx")
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    inserted = [t for t in root.xpath("//w:ins//w:t/text()", namespaces=ns) if len(t.strip()) > 12]
    deleted = [t for t in root.xpath("//w:del//w:delText/text()", namespaces=ns) if len(t.strip()) > 12]
    assert inserted and deleted
    flat = " ".join(doc.text.split())
    assert all(" ".join(t.split()) in flat for t in inserted)
    # a deleted phrase appears only as often as the accepted text has it elsewhere
    accepted = " ".join(visible_text(data).split())
    for t in deleted:
        phrase = " ".join(t.split())
        assert flat.count(phrase) == accepted.count(phrase), phrase
    assert any(accepted.count(" ".join(t.split())) == 0 for t in deleted)


def test_awkward_comments_not_read():
    from lxml import etree

    data = _awkward("comments").read_bytes()
    doc = extract(data, "x.docx")
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/comments.xml"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    comments = ["".join(c.xpath(".//w:t/text()", namespaces=ns)) for c in root.xpath("//w:comment", namespaces=ns)]
    long_ones = [" ".join(c.split()) for c in comments if len(c) > 25]
    assert long_ones
    flat = " ".join(doc.text.split())
    assert not [c for c in long_ones if c in flat]


def test_send_code_of_practice_extracts_in_a_few_seconds():
    path = CORPUS / "real" / "tna-uksicop-2015-0062-send-code-of-practice-0-to-25.docx"
    if not path.exists():
        pytest.skip("SEND code of practice not in this corpus")
    data = path.read_bytes()
    t = time.perf_counter()
    doc = extract(data, str(path))
    elapsed = time.perf_counter() - t
    assert len(WORD.findall(doc.text)) > 100_000
    assert elapsed < 3.0, f"{elapsed:.2f} s"


@pytest.mark.slow
def test_cli_over_awkward_docx_reports_every_file(run_cli):
    if not AWKWARD:
        pytest.skip("no awkward .docx files")
    code, out, err = run_cli("check", *AWKWARD, "--isolated", "--format", "json")
    import json

    data = json.loads(out)
    assert code == 2  # the encrypted and truncated files could not be read
    assert sorted(f["path"] for f in data["files"]) == sorted(str(p) for p in AWKWARD)
    errors = [f for f in data["files"] if f["error"]]
    assert {e["error"]["kind"] for e in errors} <= {"encrypted", "corrupt"}
    assert len(errors) == 2
    assert "Traceback" not in err
