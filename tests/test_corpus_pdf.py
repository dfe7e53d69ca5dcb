"""PDF extraction over ../shared/corpus (skipped where the corpus is absent).

Every PDF in real/ is read with no error and with at least 85% of the words pdfminer.six's
bare ``extract_text`` gets (SOURCES.md's counts; running headers, footers and page
numbers are dropped on purpose, and text drawn twice is read once). Every PDF in awkward/
ends as a Document (perhaps with a warning) or as one ExtractError, never another
exception, and the specific cases say what they should: OCR, password, rights-managed,
damaged glyph codes, corrupt.

Each file is read once per session (module-scoped cache).
"""

from __future__ import annotations

import os
import re
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from plainlint.errors import ExtractError
from plainlint.extract import ExtractOptions, extract

from conftest import CORPUS

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

REAL = CORPUS / "real"
AWKWARD = CORPUS / "awkward"
WORDS = re.compile(r"\w+")
PASSWORDS = {
    "pdfplumber-password-example-user-password-test.pdf": "test",
    "pdfminer-aes-256-r6-user-password-usersecret.pdf": "usersecret",
}


def _source_counts() -> dict:
    """SOURCES.md: 'real/x.pdf' -> pdfminer word count (with the known password where given)."""
    counts = {}
    path = CORPUS / "SOURCES.md"
    if not path.exists():
        return counts
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| real/") and not line.startswith("| awkward/"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) < 8 or not cells[0].endswith(".pdf"):
            continue
        words = cells[7]
        m = re.search(r"([\d,]+) with '", words) or re.match(r"([\d,]+)", words)
        if m:
            counts[cells[0]] = int(m.group(1).replace(",", ""))
    return counts


def _read(job):
    """Read one file in a worker process: (key, outcome, seconds), all picklable."""
    key, path, password = job
    t = time.perf_counter()
    try:
        outcome = extract(path.read_bytes(), str(path), ExtractOptions(password=password))
    except ExtractError as exc:
        outcome = ("extract-error", exc.kind, exc.message)
    except Exception as exc:  # noqa: BLE001 - recorded so the test can name it
        outcome = ("unexpected", f"{exc.__class__.__name__}: {exc}")
    return key, outcome, time.perf_counter() - t


@pytest.fixture(scope="module")
def results():
    jobs = []
    for folder in (REAL, AWKWARD):
        for path in sorted(folder.glob("*.pdf")):
            jobs.append((f"{folder.name}/{path.name}", path, None))
    for name, pw in PASSWORDS.items():
        jobs.append((f"awkward/{name}#password", AWKWARD / name, pw))
    jobs.sort(key=lambda j: -j[1].stat().st_size)  # biggest first: the two workers end together
    out = {}
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        for key, outcome, secs in pool.map(_read, jobs):
            if isinstance(outcome, tuple) and outcome[0] == "extract-error":
                outcome = ExtractError(outcome[1], outcome[2])
            out[key] = (outcome, secs)
    return out


@pytest.fixture(scope="module")
def counts():
    return _source_counts()


def _words(doc) -> int:
    return len(WORDS.findall(doc.text))


def test_every_real_pdf_is_read_with_its_words(results, counts):
    real = {k: v for k, v in results.items() if k.startswith("real/")}
    assert len(real) >= 20
    report, problems = [], []
    for key, (outcome, secs) in sorted(real.items()):
        if not hasattr(outcome, "text"):
            problems.append(f"{key}: {outcome}")
            continue
        words = _words(outcome)
        expected = counts.get(key)
        report.append(f"{key}: {words} words (pdfminer {expected}) in {secs:.1f} s")
        if expected:
            if not 0.85 * expected <= words <= 1.10 * expected:
                problems.append(f"{key}: {words} words, pdfminer reads {expected}")
        elif words < 50:
            problems.append(f"{key}: only {words} words")
        assert "(cid:" not in outcome.text, key
        pages = outcome.meta["pages"]
        for b in outcome.blocks:
            assert 1 <= b.page <= pages, key
            assert b.anchor["page"] == b.page
            assert b.kind in ("heading", "paragraph", "list-item", "footnote", "header-footer")
    print("\n".join(report))
    assert not problems, "\n".join(problems)


def test_real_pdfs_have_no_page_number_blocks_and_find_sections(results):
    page_number = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
    for key, (doc, _) in results.items():
        if not key.startswith("real/") or not hasattr(doc, "text"):
            continue
        prose = [b for b in doc.blocks if b.kind in ("paragraph", "list-item")]
        numbers = [b for b in doc.blocks if b.kind == "header-footer"
                   and page_number.match(doc.text[b.start:b.end])]
        assert not numbers, key
        if len(prose) > 30:
            with_section = sum(1 for b in prose if b.section)
            assert with_section >= 0.5 * len(prose), key


def test_every_awkward_pdf_ends_as_a_document_or_one_clear_error(results):
    awkward = {k: v for k, v in results.items() if k.startswith("awkward/")}
    assert awkward
    for key, (outcome, _) in awkward.items():
        assert not isinstance(outcome, tuple), f"{key}: {outcome}"
        if isinstance(outcome, ExtractError):
            assert outcome.kind in ("corrupt", "not-a-document", "needs-password", "needs-ocr",
                                    "encrypted"), key
            assert outcome.message and "\n" not in outcome.message, key
        else:
            assert outcome.format == "pdf"


def _error(results, key):
    outcome = results[key][0]
    assert isinstance(outcome, ExtractError), f"{key}: expected an error, got {outcome!r}"
    return outcome


def test_scans_say_they_need_ocr(results):
    for name in ("tika-testOCR-scanned-no-text-layer.pdf", "wsx-cyp-outcomes-july-2023-image-only.pdf"):
        err = _error(results, f"awkward/{name}")
        assert err.kind == "needs-ocr" and "OCR" in err.message


def test_password_pdfs_ask_for_the_password_and_open_with_it(results, counts):
    for name in PASSWORDS:
        err = _error(results, f"awkward/{name}")
        assert err.kind == "needs-password" and "--password" in err.message
        doc = results[f"awkward/{name}#password"][0]
        assert hasattr(doc, "text"), doc
        assert _words(doc) >= 0.85 * counts[f"awkward/{name}"]


def test_empty_password_encrypted_speech_is_read(results, counts):
    key = "awkward/tika-testPDF_protected-encrypted-boe-speech.pdf"
    doc = results[key][0]
    assert hasattr(doc, "text"), doc
    assert _words(doc) >= 0.85 * counts[key]
    assert "financial network" in doc.text.lower()


def test_rights_managed_pdf_is_refused_clearly(results):
    err = _error(results, "awkward/tika-testMicrosoftIRMServices-rights-managed.pdf")
    assert err.kind == "encrypted" and "rights-managed" in err.message


def test_cid_glyph_pdf_warns_and_has_no_glyph_codes(results):
    doc = results["awkward/wsx-social-capital-loneliness-cid-glyphs.pdf"][0]
    assert hasattr(doc, "text"), doc
    assert any("(cid:N)" in w for w in doc.warnings)
    assert "(cid:" not in doc.text
    # the unmapped glyph was the space: the words come out separated
    assert "Social Capital" in doc.text and "protective factors" in doc.text


def test_letter_spaced_doubled_infographic_warns_and_reads_text_once(results):
    doc = results["awkward/wsx-cyp-outcomes-aug-2016-letterspaced-duplicated.pdf"][0]
    assert hasattr(doc, "text"), doc
    assert doc.warnings
    assert "A WALK THROUGH THE OUTCOMES FOR CHILDREN" in doc.text
    assert "of mothers are of mothers are" not in doc.text


def test_corrupt_and_empty_files_are_clear_errors(results):
    err = _error(results, "awkward/redbox-cabinet-office-wikipedia-corrupt.pdf")
    assert err.kind in ("corrupt", "not-a-document")
    err = _error(results, "awkward/pdfplumber-empty-zero-bytes.pdf")
    assert err.kind == "corrupt" and "0 bytes" in err.message


def test_three_column_register_reads_columns_in_order(results):
    doc = results["awkward/pdfplumber-federal-register-2020-17221-3-column.pdf"][0]
    text = doc.text
    # a sentence that runs down one column and on into the next is whole
    assert "These effects include stall warning activation, airspeed disagree alert, and altitude disagree alert" in text
    assert text.count("jbell on DSKJLSW7X2PROD with PROPOSALS") <= 1  # sideways running margin text
    assert text.count("Federal Register / Vol. 85, No. 152") <= 2
