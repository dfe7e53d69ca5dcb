"""Uploads, jobs and the worker processes behind ``plainlint serve``.

Each upload is a *job*: its files are written into a private folder made for it (mode 0700,
inside one private folder per server), under names the server makes (``003.docx``): no name
or path from the browser is ever used as a path; the name the person gave is kept only as
text to show. Files are checked in a pool of worker processes that load the pipeline once,
each file within the per-file time limit and memory cap of the batch runner
(``runner.check_one``); a worker that dies or hangs past the limit is replaced and its file
reported as an error. A job's folder is deleted as soon as nothing more can be downloaded
from it (every Word copy fetched, or no Word file at all), and every job, fetched or not,
after ``keep_minutes``. Nothing here logs document text: only job ids, counts and times.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..extract import FORMATS, label_list

log = logging.getLogger("plainlint.serve")

SUFFIXES = {suffix: fmt for suffix, (fmt, _module) in FORMATS.items()}  # from the extractors' declarations


@dataclass
class Limits:
    max_files: int = 20  # files in one upload
    max_upload_mb: float = 50.0  # all the files of one upload together
    keep_minutes: float = 30.0  # a job and its files are deleted after this, fetched or not
    jobs: int = 2  # worker processes


@dataclass
class Upload:
    index: int
    shown: str  # the name the person gave, for display only
    stored: Optional[str]  # our own path in the job's folder, or None when refused
    fmt: Optional[str]
    size: int = 0
    error: Optional[dict] = None
    result: Optional[dict] = None  # FileResult.to_plain() with the text kept
    annotated_fetched: bool = False  # both Word copies (comments, tracked changes) fetched
    fetched: set = field(default_factory=set)


@dataclass
class Job:
    id: str
    folder: str
    profile: Optional[str]
    uploads: list = field(default_factory=list)
    created: float = field(default_factory=time.monotonic)
    done: int = 0
    finished: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def status(self) -> dict:
        with self.lock:
            return {"id": self.id, "total": len(self.uploads), "done": self.done, "finished": self.finished}


def safe_display_name(name: str) -> str:
    """The last part of a browser-given name, without control characters, at most 200 long."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch if ch.isprintable() else "?" for ch in name).strip() or "document"
    return name[:200]


# ---------------------------------------------------------------------------------------
# Work done in the worker processes


def _worker_init() -> None:  # pragma: no cover - runs in a child
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ..runner import _warm_up  # noqa: PLC0415
    from ..config import Config

    _warm_up([Config()])


def _ready() -> bool:
    return True


def check_in_worker(path: str, shown: str, fmt: str, config, timeout: float) -> dict:
    """Check one stored upload (in a worker): the plain result, text kept for the report."""
    from ..runner import _Task, check_one

    task = _Task(index=0, path=path, name=shown, fmt=fmt, data=None, config=config,
                 keep_text=True, stats=False, timeout=timeout)
    return check_one(task, getattr(config, "max_memory_mb", None)).to_plain()


def annotate_in_worker(path: str, shown: str, config, timeout: float, tracked: bool = False) -> bytes:
    """The Word copy with a comment on each finding, or with every safe fix as a tracked
    change and a comment on the rest (in a worker, within the time limit)."""
    from ..annotate import _verify, add_comments, add_tracked_changes
    from ..api import check_document, read_bytes
    from ..runner import FileTimeout, restore_memory_cap, set_memory_cap, time_limit

    cap = set_memory_cap(getattr(config, "max_memory_mb", None))
    try:
        with time_limit(timeout):
            data = read_bytes(path, config)
            from ..extract import extract

            document = extract(data, shown, config.extract_options(), fmt="docx")
            result = check_document(document, config)
            if tracked:
                out, made, _, _, _ = add_tracked_changes(data, document, result.findings, config.extract_options())
                _verify(out, document, made, config)
                return out
            out, _, _ = add_comments(data, document, result.findings, config.extract_options())
            return out
    except FileTimeout:
        raise RuntimeError(f"took longer than the time limit of {timeout:g} s") from None
    finally:
        restore_memory_cap(cap)


# ---------------------------------------------------------------------------------------
# The store


class JobStore:
    def __init__(self, config_for, limits: Limits):
        self.config_for = config_for  # profile name or None -> Config
        self.limits = limits
        self.root = tempfile.mkdtemp(prefix="plainlint-serve-")
        os.chmod(self.root, 0o700)
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool: Optional[ProcessPoolExecutor] = None
        self._pool_lock = threading.Lock()
        self._stop = threading.Event()
        self._sweeper = threading.Thread(target=self._sweep_loop, name="plainlint-sweeper", daemon=True)
        self._sweeper.start()
        # start the workers now (each loads the pipeline once), not when the first person waits
        threading.Thread(target=self._warm, name="plainlint-warm", daemon=True).start()

    def _warm(self) -> None:
        try:
            pool = self.pool()
            for f in [pool.submit(_ready) for _ in range(max(1, self.limits.jobs))]:
                f.result(timeout=300)
        except Exception:  # noqa: BLE001 - a worker that cannot start is replaced at first use
            log.warning("the worker processes could not be started ahead of time")

    # the pool ---------------------------------------------------------------------------
    def pool(self) -> ProcessPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                import multiprocessing

                ctx = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(max_workers=max(1, self.limits.jobs), mp_context=ctx,
                                                 initializer=_worker_init)
            return self._pool

    def _replace_pool(self, broken: ProcessPoolExecutor) -> None:
        with self._pool_lock:
            if self._pool is broken:
                self._pool = None
        _kill_pool(broken)

    def run(self, fn, *args, timeout: float):
        """Run ``fn(*args)`` in a worker; a worker that dies or hangs is replaced."""
        pool = self.pool()
        future = pool.submit(fn, *args)
        try:
            return future.result(timeout=timeout + 30)
        except FutureTimeout:
            self._replace_pool(pool)  # a hang the in-worker alarm could not break
            raise RuntimeError(f"took longer than the time limit of {timeout:g} s") from None
        except BrokenProcessPool:
            self._replace_pool(pool)
            raise RuntimeError("the worker checking it stopped (a crash or out of memory)") from None

    # jobs ---------------------------------------------------------------------------------
    def new_job(self, profile: Optional[str]) -> Job:
        job_id = secrets.token_urlsafe(18)
        folder = tempfile.mkdtemp(prefix="job-", dir=self.root)
        job = Job(id=job_id, folder=folder, profile=profile)
        with self._lock:
            self.jobs[job_id] = job
        return job

    def get(self, job_id: str) -> Optional[Job]:
        with self._lock:
            return self.jobs.get(job_id)

    def add_upload(self, job: Job, shown: str, data: bytes) -> Upload:
        shown = safe_display_name(shown)
        suffix = Path(shown).suffix.lower()
        index = len(job.uploads)
        fmt = SUFFIXES.get(suffix)
        if fmt is None:
            kind = "legacy Word .doc" if suffix == ".doc" else (suffix or "no suffix")
            up = Upload(index, shown, None, None, len(data), error={
                "kind": "unsupported",
                "message": f"{kind} files are not read: send {label_list('or')}"})
        else:
            stored = os.path.join(job.folder, f"{index:03d}{suffix}")
            fd = os.open(stored, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            up = Upload(index, shown, stored, fmt, len(data))
        job.uploads.append(up)
        return up

    def start(self, job: Job) -> None:
        threading.Thread(target=self._check_job, args=(job,), name=f"job-{job.id[:6]}", daemon=True).start()

    def _check_job(self, job: Job) -> None:
        started = time.monotonic()
        config = self.config_for(job.profile)
        timeout = float(getattr(config, "timeout", 60.0))
        from concurrent.futures import ThreadPoolExecutor

        def one(up: Upload) -> None:
            if up.error is None:
                try:
                    up.result = self.run(check_in_worker, up.stored, up.shown, up.fmt, config, timeout,
                                         timeout=timeout)
                except Exception as exc:  # noqa: BLE001 - every file ends with a result or an error
                    up.error = {"kind": "crashed", "message": str(exc)[:300]}
                if up.result and up.result.get("error"):
                    up.error = up.result["error"]
                if up.fmt != "docx" or up.error:  # nothing more will be made from it
                    _unlink(up.stored)
            with job.lock:
                job.done += 1

        with ThreadPoolExecutor(max_workers=max(1, self.limits.jobs)) as ex:
            list(ex.map(one, job.uploads))
        with job.lock:
            job.finished = True
        self._maybe_clean(job)
        log.info("job %s: %d files checked in %.1f s", job.id[:8], len(job.uploads), time.monotonic() - started)

    def annotated(self, job: Job, index: int, tracked: bool = False) -> bytes:
        up = job.uploads[index]
        if up.fmt != "docx" or up.stored is None or not os.path.exists(up.stored):
            raise LookupError("no Word copy for this file")
        config = self.config_for(job.profile)
        timeout = float(getattr(config, "timeout", 60.0))
        data = self.run(annotate_in_worker, up.stored, up.shown, config, timeout, tracked, timeout=timeout)
        up.fetched.add("tracked" if tracked else "comments")
        up.annotated_fetched = up.fetched == {"tracked", "comments"}
        self._maybe_clean(job)
        return data

    def _maybe_clean(self, job: Job) -> None:
        """Delete the job's files once nothing more can be made from them."""
        if job.finished and all(u.fmt != "docx" or u.error or u.annotated_fetched for u in job.uploads):
            shutil.rmtree(job.folder, ignore_errors=True)

    def delete(self, job: Job) -> None:
        with self._lock:
            self.jobs.pop(job.id, None)
        shutil.rmtree(job.folder, ignore_errors=True)

    def _sweep_loop(self) -> None:
        while not self._stop.wait(min(60.0, max(1.0, self.limits.keep_minutes * 60 / 4))):
            self.sweep()

    def sweep(self, now: Optional[float] = None) -> int:
        """Delete every job older than ``keep_minutes``; how many went."""
        now = time.monotonic() if now is None else now
        limit = self.limits.keep_minutes * 60
        with self._lock:
            old = [j for j in self.jobs.values() if now - j.created > limit]
        for j in old:
            self.delete(j)
        return len(old)

    def close(self) -> None:
        self._stop.set()
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            _kill_pool(pool)
        shutil.rmtree(self.root, ignore_errors=True)


def _unlink(path: Optional[str]) -> None:
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    procs = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        try:
            p.kill()
        except Exception:  # noqa: BLE001
            pass
