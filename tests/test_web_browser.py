"""The web page in a real headless Chromium (Playwright driving the system's Chromium):
upload a Word file and a PDF, see the findings and the figures, download the Word copy,
and check the layout at desktop and phone widths. Skips where Chromium or Playwright is
absent (.ci/run installs Chromium)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                             "/usr/bin/chromium") if p and os.path.exists(p)), None)
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")]

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    cwd = tmp_path_factory.mktemp("serve")
    p = subprocess.Popen([sys.executable, "-m", "plainlint", "serve", "--port", str(port), "--jobs", "1",
                          "--isolated"], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url + "healthz", timeout=2).read()
            break
        except OSError:
            if p.poll() is not None or time.monotonic() > deadline:
                p.kill()
                raise AssertionError("plainlint serve did not start: " + p.stdout.read().decode(errors="replace")) from None
            time.sleep(0.3)
    yield url
    p.terminate()
    try:
        p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _no_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_upload_see_findings_and_download_the_word_copy(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server)
    page.set_input_files("#files", [str(FIXTURES / "board-paper.docx"), str(FIXTURES / "board-paper.pdf")])
    assert "board-paper.docx" in page.inner_text("#chosen")
    page.click("#go")
    page.wait_for_selector("#results:not([hidden])", timeout=180_000)
    docs = page.query_selector_all("article.doc")
    assert len(docs) == 2
    text = page.inner_text("#documents")
    assert "Fix these first" in text and "Words" in text
    assert "Plain-English score" in text and "/ 100" in text and "target of" in text
    assert "board-paper.pdf" in text
    page.screenshot(path=str(tmp_path / "desktop.png"), full_page=True)
    assert _no_overflow(page)

    with page.expect_download() as dl:
        page.click("text=Download the Word copy with comments")
    path = tmp_path / "copy.docx"
    dl.value.save_as(str(path))
    import docx

    d = docx.Document(str(path))
    assert any(str(p.partname).endswith("/comments.xml") for p in d.part.package.iter_parts())

    # the full report opens, under its own policy, with findings highlighted
    with page.context.expect_page() as popup:
        page.click("text=Open the full report")
    report = popup.value
    report.wait_for_load_state()
    assert report.query_selector("mark, .finding, [data-rule]") is not None
    assert not [e for e in errors if "Content Security Policy" in e]

    # a phone: nothing wider than the screen
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(server)
    phone.fill("#text", "We will utilise the grant going forward, in order to facilitate change.")
    phone.click("#go")
    phone.wait_for_selector("#results:not([hidden])", timeout=180_000)
    phone.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    assert _no_overflow(phone)
    assert "utilise" in phone.inner_text("#documents")


def test_an_unreadable_file_gets_a_clear_message(server, browser, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    page = browser.new_page()
    page.goto(server)
    page.set_input_files("#files", [str(bad)])
    page.click("#go")
    page.wait_for_selector("#results:not([hidden])", timeout=180_000)
    assert "Could not be checked" in page.inner_text("#documents")
    # and an empty form says what to do, without a request
    page.click("#go")
    assert "paste some text" in page.inner_text("#message")


def test_report_sorts_filters_and_shows_text_on_demand(browser, tmp_path):
    """The managers' report in a real browser: sorting by any column, the category filters,
    each document's text on demand, and a phone layout with nothing wider than the screen."""
    from plainlint.document import Location
    from plainlint.engine import FileResult, Finding
    from plainlint.report.html import ON_DEMAND_FROM, render_page

    def doc(i):
        fs = [Finding(rule="jargon", category="plain-words", severity="warning", message="Say 'use'.",
                      start=0, end=7, text="utilise", suggestions=["use"], location=Location(line=1, column=1))]
        return FileResult(path=f"/srv/published/team{i % 3}/a-rather-long-document-name-{i}.md", format="markdown",
                          findings=fs * (i % 4), text="utilise the grant " * 5,
                          metrics={"words": 500 + 100 * i, "reading_age": 8 + (i * 7) % 11})

    results = [doc(i) for i in range(ON_DEMAND_FROM + 4)]
    path = tmp_path / "report.html"
    path.write_text(render_page(results), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    assert _no_overflow(page)

    def column(n):
        return page.eval_on_selector_all("table.docs tbody tr", f"rows => rows.map(r => r.cells[{n}].getAttribute('data-v'))")

    page.click("th[data-key=age] button")
    ages = [float(v) for v in column(2)]
    assert ages == sorted(ages, reverse=True)
    assert "Sorted by reading age, highest first" in page.inner_text("#sorted-by")
    page.click("th[data-key=age] button")
    assert [float(v) for v in column(2)] == sorted(ages)
    page.click("th[data-key=name] button")
    names = column(0)
    assert names == sorted(names)

    # text on demand: nothing highlighted until asked
    assert page.query_selector("section.doc mark") is None
    page.click("button[data-show=doc2]")
    assert page.query_selector("#doc2 mark.c-plain-words") is not None
    # a link from the table opens the document's text too
    page.click("table.docs a[href='#doc3']")
    page.wait_for_selector("#doc3 mark")
    # filters: hiding plain words hides their highlights
    assert page.is_visible("#doc2 li.note.c-plain-words")
    page.uncheck("input[data-cat=plain-words]")
    assert not page.is_visible("#doc2 li.note.c-plain-words")
    assert page.eval_on_selector("#doc2 mark.c-plain-words", "m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert not [e for e in errors if "Content Security Policy" in e]

    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(path.as_uri())
    phone.screenshot(path=str(tmp_path / "report-phone.png"), full_page=True)
    assert _no_overflow(phone)
