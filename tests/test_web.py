"""The web page's service (plainlint serve), driven through Starlette's test client: uploads,
limits, the results, downloads, deletion and what it never does."""

from __future__ import annotations

import io
import logging
import os
import time
from pathlib import Path

import pytest

import starlette  # noqa: F401  (a core dependency)
pytest.importorskip("httpx")
from starlette.testclient import TestClient  # noqa: E402

from plainlint.web.app import create_app  # noqa: E402
from plainlint.web.jobs import Limits, safe_display_name  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SENTINEL = "Zyxwvutsrqp"  # a word that must never reach a log


def _wait(client, job_id, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s = client.get(f"/api/jobs/{job_id}").json()
        if s.get("finished"):
            return s
        time.sleep(0.2)
    raise AssertionError("the job did not finish")


@pytest.fixture(scope="module")
def app():
    application = create_app(limits=Limits(jobs=1, max_files=5, max_upload_mb=2, keep_minutes=5))
    with TestClient(application) as client:
        yield application, client


def test_page_is_served_with_a_strict_policy(app):
    _, client = app
    r = client.get("/")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp
    assert "connect-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert 'id="drop"' in r.text and "<script>" in r.text
    assert 'data-profiles="board-paper,public,strict"' in r.text  # chosen on the page


def test_upload_word_pdf_and_text_then_results_and_downloads(app, caplog):
    application, client = app
    caplog.set_level(logging.DEBUG)
    files = [("files", ("board paper.docx", (FIXTURES / "board-paper.docx").read_bytes())),
             ("files", ("board-paper.pdf", (FIXTURES / "board-paper.pdf").read_bytes())),
             ("files", ("../../etc/old.doc", b"\xd0\xcf\x11\xe0 legacy"))]
    r = client.post("/api/jobs", files=files, data={"text": f"We will utilise the {SENTINEL} grant going forward."})
    assert r.status_code == 202
    job_id = r.json()["id"]
    assert r.json()["total"] == 4
    s = _wait(client, job_id)
    docs = {d["name"]: d for d in s["documents"]}
    assert set(docs) == {"board paper.docx", "board-paper.pdf", "old.doc", "pasted text.txt"}
    assert docs["old.doc"]["error"] and ".doc" in docs["old.doc"]["error"]  # a name, never a path
    for name in ("board paper.docx", "board-paper.pdf", "pasted text.txt"):
        d = docs[name]
        assert d["error"] is None and d["findings"], name
        assert d["fix_first"] and all(f["message"] for f in d["fix_first"])
        assert isinstance(d["score"], (int, float)) and 0 <= d["score"] <= 100, name
    assert any(f["text"] == "utilise" for f in docs["pasted text.txt"]["findings"])

    # the HTML report, with the report's own policy, and the CSV summary
    r = client.get(f"/api/jobs/{job_id}/report.html")
    assert r.status_code == 200 and "utilise" in r.text
    assert "script-src 'sha256-" in r.headers["content-security-policy"]
    r = client.get(f"/api/jobs/{job_id}/summary.csv")
    assert r.status_code == 200 and "board paper.docx" in r.text

    # the Word copy with comments opens in python-docx and holds comments
    store = application.state.store
    folder = store.get(job_id).folder
    assert os.path.isdir(folder)  # kept until the Word copy is fetched
    r = client.get(f"/api/jobs/{job_id}/files/0/annotated.docx")
    assert r.status_code == 200
    assert r.headers["content-disposition"].endswith('.plainlint.docx"')
    import docx

    doc = docx.Document(io.BytesIO(r.content))
    parts = [str(p.partname) for p in doc.part.package.iter_parts()]
    assert any(p.endswith("/comments.xml") for p in parts)
    assert os.path.isdir(folder)  # the tracked-changes copy can still be made
    r = client.get(f"/api/jobs/{job_id}/files/0/tracked.docx")
    assert r.status_code == 200 and r.headers["content-disposition"].endswith('.plainlint-fixes.docx"')
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO(r.content)).read("word/document.xml").decode("utf-8")
    assert "<w:ins " in xml and "<w:del " in xml and 'w:author="plainlint"' in xml
    assert not os.path.exists(folder)  # nothing left to make from the uploads: deleted
    # no upload is kept under the name the browser gave
    assert not any("passwd" in n or "etc" in n for n in os.listdir(store.root))

    # nothing from a document reaches the logs
    assert all(SENTINEL not in rec.getMessage() for rec in caplog.records)

    # other files have no Word copy; unknown jobs and files say so
    assert client.get(f"/api/jobs/{job_id}/files/1/annotated.docx").status_code == 404
    assert client.get(f"/api/jobs/{job_id}/files/99/annotated.docx").status_code == 404
    assert client.get("/api/jobs/nope").status_code == 404

    # delete now
    assert client.delete(f"/api/jobs/{job_id}").json() == {"deleted": True}
    assert client.get(f"/api/jobs/{job_id}").status_code == 404


def test_limits_and_bad_uploads(app):
    _, client = app
    r = client.post("/api/jobs", data={"text": "   "})
    assert r.status_code == 400 and "no document" in r.json()["error"]
    many = [("files", (f"d{i}.txt", b"Some text.")) for i in range(6)]
    r = client.post("/api/jobs", files=many)
    assert r.status_code in (400, 413) and r.json()["error"]
    big = [("files", ("big.txt", b"word " * 500_000))]  # 2.5 MB, over the 2 MB limit
    r = client.post("/api/jobs", files=big)
    assert r.status_code in (400, 413)
    # a damaged PDF and an empty Word file: one clear message each, the others checked
    files = [("files", ("broken.pdf", b"%PDF-1.7\n garbage")),
             ("files", ("empty.docx", b"")),
             ("files", ("fine.md", b"# Plan\n\nWe will utilise it.\n"))]
    s = _wait(client, client.post("/api/jobs", files=files).json()["id"])
    docs = {d["name"]: d for d in s["documents"]}
    assert docs["broken.pdf"]["error"] and docs["empty.docx"]["error"]
    assert docs["fine.md"]["error"] is None and docs["fine.md"]["findings"]


def test_old_jobs_are_deleted(app):
    application, client = app
    store = application.state.store
    job_id = client.post("/api/jobs", files=[("files", ("a.docx", (FIXTURES / "board-paper.docx").read_bytes()))]).json()["id"]
    _wait(client, job_id)
    folder = store.get(job_id).folder
    assert os.path.isdir(folder)  # a Word file waits for its copy to be fetched...
    assert store.sweep(now=time.monotonic() + 6 * 60) >= 1  # ...but not beyond keep-minutes
    assert not os.path.exists(folder) and store.get(job_id) is None


def test_display_names_are_never_paths():
    assert safe_display_name("../../etc/passwd") == "passwd"
    assert safe_display_name("C:\\Users\\me\\draft.docx") == "draft.docx"
    assert safe_display_name("bad\x1b[31mname\n.md") == "bad?[31mname?.md"
    assert safe_display_name("") == "document"
