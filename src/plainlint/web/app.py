"""``plainlint serve``: the web page for people who never open a terminal.

Built on Starlette (routing, multipart uploads, responses) served by Uvicorn, a
production-grade ASGI server: both are small, well kept and pure Python to install, and a
council's IT team can run the service behind its usual reverse proxy.

Routes (all under the one origin; the page loads nothing from anywhere else):

- ``GET /``: the page: drop or choose documents, or paste text; choose a profile;
- ``POST /api/jobs``: an upload (multipart: ``files``, ``text``, ``text_format``,
  ``profile``), answered at once with the job's id; checking goes on in worker processes;
- ``GET /api/jobs/{id}``: progress, then each document's figures and findings;
- ``GET /api/jobs/{id}/report.html``: the HTML report of the job (every finding highlighted
  in the text), ``/summary.csv``: one row per document;
- ``GET /api/jobs/{id}/files/{n}/annotated.docx``: the Word copy with comments, and
  ``/tracked.docx``: with every safe fix as a tracked change (accept or reject each in
  Word) and a comment on the rest;
- ``DELETE /api/jobs/{id}``: delete the job and its files now.

The page and the report are served with the same kind of Content Security Policy as the
HTML report: nothing but the page's own script and style (by hash), no network access but
to this origin.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from pathlib import Path
from typing import Optional

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .. import __version__
from .jobs import JobStore, Limits

log = logging.getLogger("plainlint.serve")
STATIC = Path(__file__).resolve().parent / "static"
PROFILES = ("board-paper", "public", "strict")


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _page() -> tuple[str, str]:
    css = (STATIC / "page.css").read_text(encoding="utf-8")
    js = (STATIC / "page.js").read_text(encoding="utf-8")
    html = (STATIC / "page.html").read_text(encoding="utf-8")
    html = html.replace("/*CSS*/", css).replace("/*JS*/", js).replace("{{version}}", __version__)
    from ..extract import SUPPORTED_SUFFIXES, INPUT_FORMATS

    html = html.replace("{{suffixes}}", ", ".join(f.suffixes[0] for f in INPUT_FORMATS.values()))
    html = html.replace("{{accept}}", ",".join(SUPPORTED_SUFFIXES))
    csp = ("default-src 'none'; img-src data:; connect-src 'self'; form-action 'none'; "
           f"base-uri 'none'; frame-ancestors 'self'; style-src {_hash(css)}; script-src {_hash(js)}")
    return html, csp


REPORT_CSP_EXTRA = "; frame-ancestors 'self'"


def _security_headers(csp: str) -> dict:
    return {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers={"Cache-Control": "no-store"})


def create_app(resolver=None, limits: Optional[Limits] = None) -> Starlette:
    """The application. ``resolver`` gives the configuration (as ``plainlint check`` finds
    it: ``--config`` or the current folder's); the profile chosen on the page goes on top."""
    from ..config import ConfigResolver

    resolver = resolver or ConfigResolver()
    limits = limits or Limits()
    base = resolver.for_path(None)
    profiles = [p for p in PROFILES if _supports_profiles(base)]

    def config_for(profile: Optional[str]):
        if profile and profile in profiles:
            return base.copy(profile=profile)
        return base

    store = JobStore(config_for, limits)
    page, page_csp = _page()

    async def index(request: Request):
        return HTMLResponse(page.replace("{{profiles}}", ",".join(profiles)).replace(
            "{{limits}}", f"{limits.max_files},{limits.max_upload_mb:g}"), headers=_security_headers(page_csp))

    async def create(request: Request):
        too_big = int(limits.max_upload_mb * 1048576)
        length = request.headers.get("content-length")
        if length and length.isascii() and length.isdigit() and int(length) > too_big + 65536:
            return _error(413, f"the upload is over the limit of {limits.max_upload_mb:g} MB")
        try:
            form = await request.form(max_files=limits.max_files + 1, max_fields=10,
                                      max_part_size=too_big)
        except Exception as exc:  # noqa: BLE001 - a malformed or oversized upload is the sender's
            return _error(400, f"the upload could not be read ({str(exc)[:120]})")
        try:
            files = [f for f in form.getlist("files") if hasattr(f, "read")]
            text = form.get("text") or ""
            if not isinstance(text, str):
                text = ""
            if len(files) + (1 if text.strip() else 0) == 0:
                return _error(400, "no document: drop a file on the page or paste some text")
            if len(files) > limits.max_files:
                return _error(413, f"too many files: at most {limits.max_files} at a time")
            profile = form.get("profile") if isinstance(form.get("profile"), str) else None
            job = store.new_job(profile if profile in profiles else None)
            total = 0
            for f in files:
                data = await f.read()
                total += len(data)
                if total > too_big:
                    store.delete(job)
                    return _error(413, f"the upload is over the limit of {limits.max_upload_mb:g} MB")
                store.add_upload(job, f.filename or "document", data)
            if text.strip():
                fmt = form.get("text_format")
                name = "pasted text.md" if fmt == "markdown" else "pasted text.txt"
                data = text.encode("utf-8")
                if total + len(data) > too_big:
                    store.delete(job)
                    return _error(413, f"the upload is over the limit of {limits.max_upload_mb:g} MB")
                store.add_upload(job, name, data)
        finally:
            await form.close()
        store.start(job)
        log.info("job %s: %d files received", job.id[:8], len(job.uploads))
        return JSONResponse({"id": job.id, "total": len(job.uploads)}, status_code=202,
                            headers={"Cache-Control": "no-store"})

    def _job(request: Request):
        return store.get(request.path_params["job"])

    async def status(request: Request):
        job = _job(request)
        if job is None:
            return _error(404, "no such job (results are kept for a limited time)")
        out = job.status()
        if job.finished:
            out["documents"] = [_document(up, base) for up in job.uploads]
        return JSONResponse(out, headers={"Cache-Control": "no-store"})

    async def report(request: Request):
        job = _job(request)
        if job is None or not job.finished:
            return _error(404, "no such finished job")
        from ..report.html import render_page

        results = _results(job)
        html = render_page(results, title="plainlint report")
        csp = _meta_csp(html)
        return HTMLResponse(html, headers=_security_headers(csp + REPORT_CSP_EXTRA if csp else
                                                            "default-src 'none'; frame-ancestors 'self'"))

    async def summary(request: Request):
        job = _job(request)
        if job is None or not job.finished:
            return _error(404, "no such finished job")
        from ..report.summary import render_csv

        return Response(render_csv(_results(job)), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": 'attachment; filename="plainlint-summary.csv"', "Cache-Control": "no-store"})

    async def annotated(request: Request):
        return await _copy(request, tracked=False)

    async def tracked(request: Request):
        return await _copy(request, tracked=True)

    async def _copy(request: Request, tracked: bool):
        from starlette.concurrency import run_in_threadpool

        job = _job(request)
        if job is None or not job.finished:
            return _error(404, "no such finished job")
        try:
            index = int(request.path_params["n"])
            up = job.uploads[index]
        except (ValueError, IndexError):
            return _error(404, "no such file in this job")
        try:
            data = await run_in_threadpool(store.annotated, job, index, tracked)
        except LookupError as exc:
            return _error(404, str(exc))
        except Exception as exc:  # noqa: BLE001
            return _error(422, f"{up.shown}: the Word copy could not be made ({str(exc)[:200]})")
        name = _ascii_name(Path(up.shown).stem) + (".plainlint-fixes.docx" if tracked else ".plainlint.docx")
        return Response(data, media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})

    async def delete(request: Request):
        job = _job(request)
        if job is not None:
            store.delete(job)
        return JSONResponse({"deleted": job is not None}, headers={"Cache-Control": "no-store"})

    async def health(request: Request):
        return JSONResponse({"ok": True, "version": __version__})

    app = Starlette(routes=[
        Route("/", index),
        Route("/healthz", health),
        Route("/api/jobs", create, methods=["POST"]),
        Route("/api/jobs/{job}", status, methods=["GET"]),
        Route("/api/jobs/{job}", delete, methods=["DELETE"]),
        Route("/api/jobs/{job}/report.html", report),
        Route("/api/jobs/{job}/summary.csv", summary),
        Route("/api/jobs/{job}/files/{n}/annotated.docx", annotated),
        Route("/api/jobs/{job}/files/{n}/tracked.docx", tracked),
    ], lifespan=_lifespan(store))
    app.state.store = store
    return app


def _lifespan(store):
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            store.close()  # the workers stop and every upload left is deleted

    return lifespan


def _supports_profiles(config) -> bool:
    return hasattr(config, "profile")


def _meta_csp(html: str) -> Optional[str]:
    import re

    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    return m.group(1).replace("&#39;", "'") if m else None


def _ascii_name(stem: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_ ." else "_" for ch in stem)
    return keep.encode("ascii", "replace").decode("ascii").replace("?", "_")[:80] or "document"


def _results(job):
    from ..engine import FileResult

    out = []
    for up in job.uploads:
        if up.result is not None:
            r = FileResult.from_plain(up.result)
            r.path = up.shown
            out.append(r)
        else:
            out.append(FileResult(path=up.shown, error=up.error or {"kind": "error", "message": "not checked"}))
    return out


def _document(up, config) -> dict:
    """What the page shows for one document."""
    target = _reading_age_target(config)
    if up.error or up.result is None:
        return {"index": up.index, "name": up.shown, "error": (up.error or {}).get("message", "not checked"),
                "word": up.fmt == "docx"}
    r = up.result
    metrics = r.get("metrics") or {}
    findings = r.get("findings") or []
    counts = {"error": 0, "warning": 0, "suggestion": 0}
    for f in findings:
        counts[f.get("severity", "suggestion")] = counts.get(f.get("severity", "suggestion"), 0) + 1
    order = {"error": 0, "warning": 1, "suggestion": 2}
    first = r.get("fix_first") or sorted(findings, key=lambda f: order.get(f.get("severity"), 3))[:5]
    return {
        "index": up.index, "name": up.shown, "error": None, "word": up.fmt == "docx",
        "words": metrics.get("words"), "reading_age": metrics.get("reading_age"), "target": target,
        "score": _score_value(r), "counts": counts,
        "warnings": list(r.get("warnings") or []),
        "fix_first": [_brief(f) for f in first[:5]],
        "findings": [_brief(f) for f in findings],
    }


def _score_value(r: dict):
    s = r.get("score", (r.get("metrics") or {}).get("score"))
    if isinstance(s, dict):
        s = s.get("value")
    return s if isinstance(s, (int, float)) else None


def _brief(f: dict) -> dict:
    loc = f.get("location") or {}
    where = ", ".join(p for p in (
        f"page {loc['page']}" if loc.get("page") else "",
        f"line {loc['line']}" if loc.get("line") else "",
        f"paragraph {loc['paragraph']}" if loc.get("paragraph") and not loc.get("line") else "",
        f"in \u201c{loc['section']}\u201d" if loc.get("section") else "") if p)
    return {"rule": f.get("rule"), "severity": f.get("severity"), "message": f.get("message"),
            "text": f.get("text"), "suggestions": f.get("suggestions") or [], "where": where}


def _reading_age_target(config) -> float:
    opts = (getattr(config, "rule_options", {}) or {}).get("reading-age", {})
    if "target" in opts:
        return opts["target"]
    try:
        from ..engine import all_rules

        rule = all_rules().get("reading-age")
        return (rule.options or {}).get("target", 14) if rule is not None else 14
    except Exception:  # noqa: BLE001
        return 14


def serve(host: str = "127.0.0.1", port: int = 8080, resolver=None, limits: Optional[Limits] = None,
          log_level: str = "info") -> None:
    import uvicorn

    app = create_app(resolver, limits)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                server_header=False, timeout_graceful_shutdown=5)
