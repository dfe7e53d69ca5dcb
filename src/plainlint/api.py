"""The library API. The per-document work is a pure function of (bytes or path, config)
returning a plain, serialisable result: the CLI, worker processes, the cache and Dask
all call :func:`check_path` or :func:`lint_file`.
"""

from __future__ import annotations

import os
from typing import Optional

from .config import Config
from .engine import Engine, FileResult
from .errors import ConfigError, ExtractError, PlainlintError, RuleFileError

_engines: dict = {}


def get_engine(config: Config) -> Engine:
    key = (config.fingerprint(), tuple(config.select or ()), tuple(config.ignore or ()))
    eng = _engines.get(key)
    if eng is None:
        eng = Engine(config)
        _engines[key] = eng
    return eng


def read_bytes(path: str, config: Config, fmt: Optional[str] = None) -> bytes:
    """The file's bytes, refusing before reading anything over the size limits."""
    from .extract import format_for, legacy_doc_error

    if not os.path.exists(path):
        raise ExtractError("not-found", "no such file")
    if os.path.isdir(path):
        raise ExtractError("unsupported", "is a folder")
    err = legacy_doc_error(path)
    if err:
        raise err
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise ExtractError("unreadable", f"cannot read ({exc.strerror})") from None
    if (fmt or format_for(path)) in ("text", "markdown") and size > config.max_text_mb * 1048576:
        raise ExtractError("too-large", f"text file is {size / 1048576:.1f} MB, over the limit of "
                                        f"{config.max_text_mb:g} MB for text and Markdown (setting max-text-mb)")
    limit = int(config.max_file_mb * 1048576)
    if size > limit:
        raise ExtractError("too-large", f"file is {size / 1048576:.0f} MB, over the limit of "
                                        f"{config.max_file_mb:g} MB (setting max-file-mb)")
    if (fmt or format_for(path)) is None:
        return b""  # not a type plainlint reads: extract() says so, with nothing read
    text_like = (fmt or format_for(path)) in ("text", "markdown")
    if text_like:
        limit = min(limit, int(config.max_text_mb * 1048576))
    try:
        # read at most one byte past the limit: a device or a pipe named as a document
        # (/dev/zero, /dev/urandom) has no size to check first and never ends by itself
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ExtractError("unreadable", f"cannot read ({exc.strerror})") from None
    if len(data) > limit:
        setting = "max-text-mb" if text_like else "max-file-mb"
        raise ExtractError("too-large", f"more than {limit / 1048576:g} MB to read, over the limit "
                                        f"(setting {setting}); a device or a pipe never ends")
    return data


#: the command line's holder of the last document's analysis (:func:`keep_last_analysis`):
#: itself, then that analysis
_last_analysis: Optional[list] = None


def keep_last_analysis() -> None:
    """For the command line's run in one process only (``runner.execute``): each document's analysis is let go
    when the next document's check starts, not as soon as it is checked, so that the last
    one is never freed object by object just before the process exits (0.03 s after a 1 MB
    document, a few hundred thousand objects). It is held in a list that holds itself: at
    exit, emptying the modules does not free it, and the collector, frozen at exit, never
    walks it. Only one analysis is held at a time, so no more memory is taken while the
    next one is made."""
    global _last_analysis
    if _last_analysis is None:
        _last_analysis = []
        _last_analysis.append(_last_analysis)


def check_document(doc, config: Optional[Config] = None, keep_text: bool = False,
                   stats: bool = False) -> FileResult:
    """Analyse an extracted Document and run every selected rule on it."""
    from .analysis import analyse
    from .metrics import document_metrics

    if _last_analysis is not None:
        del _last_analysis[1:]  # the previous document's analysis, let go before this one is made
    config = config or Config()
    engine = get_engine(config)
    analysed = analyse(doc, model=config.model)
    findings = engine.run(analysed)
    metrics = document_metrics(analysed, engine, config, readability=stats)
    result = FileResult(path=doc.path, format=doc.format, findings=findings, metrics=metrics,
                        warnings=list(doc.warnings))
    if metrics.get("words"):
        from .score import document_score

        result.score, result.fix_first = document_score(analysed, engine, config, findings, metrics)
    if keep_text:
        result.text = doc.text
    if stats:
        from .metrics import stats_detail

        result.sections, result.hardest = stats_detail(analysed, config)
    analysed.release()
    if _last_analysis is not None:
        _last_analysis.append(analysed)
    return result


def lint_file(path: str, config: Optional[Config] = None, *, data: Optional[bytes] = None,
              name: Optional[str] = None, fmt: Optional[str] = None, keep_text: bool = False,
              stats: bool = False) -> FileResult:
    """Read and check one file; every failure becomes ``FileResult.error``, never an exception."""
    from .extract import extract

    config = config or Config()
    shown = name or path
    try:
        if data is None:
            data = read_bytes(path, config, fmt)
        doc = extract(data, shown, config.extract_options(), fmt=fmt)
        if not doc.text.strip() and not doc.warnings:
            doc.warnings.append("no text to check")
        return check_document(doc, config, keep_text=keep_text, stats=stats)
    except ExtractError as exc:
        return FileResult(path=shown, format=fmt, error={"kind": exc.kind, "message": exc.message})
    except (ConfigError, RuleFileError):
        raise
    except PlainlintError as exc:
        return FileResult(path=shown, format=fmt, error={"kind": "error", "message": str(exc)})
    except MemoryError:
        return FileResult(path=shown, format=fmt, error={"kind": "too-large", "message": "ran out of memory reading this file"})
    except RecursionError:
        return FileResult(path=shown, format=fmt, error={"kind": "corrupt", "message": "the file's structure is nested too deeply to read"})
    except Exception as exc:  # noqa: BLE001 - a bad file must never end the run with a traceback
        return FileResult(path=shown, format=fmt,
                          error={"kind": "crashed", "message": f"could not be read ({exc.__class__.__name__}: {exc})"[:300]})


def check_path(path: str, config: Optional[Config] = None, keep_text: bool = False) -> dict:
    """Pure function for batch and distributed use: (path, config) -> plain dict."""
    return lint_file(path, config, keep_text=keep_text).to_plain()


def check_text(text: str, config: Optional[Config] = None, fmt: str = "text", name: str = "<text>") -> FileResult:
    """Check a string as plain text or Markdown."""
    return lint_file(name, config, data=text.encode("utf-8"), name=name, fmt=fmt)


# ---------------------------------------------------------------------------------------
# The outcome of a run, as the command line's exit code says it


def below_min_score(results, config_for) -> list:
    """(path, score, minimum) for each document whose plain-English score is below its
    configuration's ``min-score`` (``config_for(path)`` gives a document's Config)."""
    out = []
    for r in results:
        minimum = config_for(r.path).min_score
        if minimum is not None and r.score is not None and r.score["value"] < minimum:
            out.append((r.path, r.score["value"], minimum))
    return out


def exit_code(results, config_for, *, baseline: bool = False, failed: bool = False) -> int:
    """The exit code of a check: 2 when a document could not be checked (or ``failed``:
    something else went wrong, such as a fix that could not be written); else 1 when a
    document scores below its ``min-score`` or has a finding at or above its ``fail-on``
    (with a ``baseline``, only new findings count); else 0. Every finding counts, whatever
    the report shows."""
    from .engine import fails

    if failed or any(r.error for r in results):
        return 2
    if below_min_score(results, config_for):
        return 1
    for r in results:  # each file against its own config's fail-on
        severities = r.new_severities if baseline else (f.severity for f in r.findings)
        if fails(severities, config_for(r.path).fail_on):
            return 1
    return 0
