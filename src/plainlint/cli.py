"""The command line. Thin: parse options, call the library, choose a reporter."""

from __future__ import annotations

import os
import sys
from typing import Optional

import click

from . import __version__
from .errors import ConfigError, PlainlintError, RuleFileError
from .report import FORMATS as REPORT_FORMATS
from .report.stats import STATS_FORMATS as _STATS_FORMATS
from .report.summary import SUMMARIES as _SUMMARIES

FAIL_LEVELS = ("error", "warning", "suggestion")
PROFILE_NAMES = ("board-paper", "public", "strict")
_MIN_SEVERITY_HELP = ("Lowest severity the report shows (default: warning for text and Word comments, "
                      "everything for the other formats; the profile's 'strict' shows suggestions).")
_REPEATS_HELP = ("fold: the same finding on the same words is listed once, with the count and the other places "
                 "(default for text and Word comments); every: each one is listed (default for the other formats).")
_STDIN_LIMIT = 100 * 1024 * 1024


def _split(values) -> Optional[list]:
    if not values:
        return None
    out = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out or None


def _err(message: str) -> None:
    from .output import no_workflow_command, printable

    click.echo(no_workflow_command(f"plainlint: {printable(message)}"), err=True)


def _colour(stream) -> bool:
    if os.environ.get("NO_COLOR", "") != "":
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _resolver(config, isolated, **overrides):
    from .config import ConfigResolver
    from .engine import validate_rule_names

    for key in ("select", "ignore"):
        if overrides.get(key):
            validate_rule_names(overrides[key], f"--{key}")
    return ConfigResolver(explicit=config, isolated=isolated, overrides=overrides)


def _targets(paths, stdin_filename, exclude, base=None, quiet=False):
    """The files to check. Lines about what a folder search left out (links leading out of
    the folder, .doc/.odt/.rtf files, pipes) go to standard error unless --quiet."""
    from .extract import format_for
    from .runner import collect

    notes: list = []
    limit = getattr(base, "timeout", None)
    targets = collect(list(paths), exclude=exclude or [], notes=notes,
                      time_limit_s=limit * 5 if limit else None)
    if not quiet:
        for note in notes:
            _err(note)
    for t in targets:
        if t.path == "-":
            name = stdin_filename or "<stdin>"
            t.path = name
            t.fmt = format_for(name) or "text"
            # read at most one byte past the largest file allowed: the extractor then refuses it
            t.data = sys.stdin.buffer.read(_STDIN_LIMIT + 1)
    return targets


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C, so that workers are stopped and no
    half-written report is left behind."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop_on_signals() -> None:
    import signal

    def handler(signum, frame):
        raise _Stopped(signum)

    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        try:
            if signal.getsignal(sig) in (signal.SIG_DFL, None):
                signal.signal(sig, handler)
        except (ValueError, OSError):  # not the main thread
            pass


class _Group(click.Group):
    def invoke(self, ctx):
        _stop_on_signals()
        try:
            return super().invoke(ctx)
        except _Stopped as exc:
            import signal

            _err(f"stopped by {signal.Signals(exc.signum).name}; nothing was written")
            sys.exit(128 + exc.signum)
        except (ConfigError, RuleFileError) as exc:
            _err(str(exc))
            sys.exit(2)
        except PlainlintError as exc:
            from .output import BrokenPipe

            if isinstance(exc, BrokenPipe):  # the reader went away (| head): nothing to say
                sys.exit(141)
            _err(str(exc))
            sys.exit(2)
        except KeyboardInterrupt:
            _err("interrupted")
            sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="plainlint")
def main():
    """plainlint: a plain-English linter for public-sector documents.

    Checks {formats} documents for jargon, wordy phrases,
    unexplained acronyms, hard reading and co-production wording, and says exactly
    where each fix is.
    """


def _common_options(f):
    opts = [
        click.option("--select", multiple=True, help="Rule ids or categories to run (comma-separated or repeated)."),
        click.option("--ignore", multiple=True, help="Rule ids or categories to leave out."),
        click.option("--config", "config", type=click.Path(dir_okay=False), help="Use this config file (.plainlint.toml or pyproject.toml)."),
        click.option("--isolated", is_flag=True, help="Ignore all config files."),
        click.option("--stdin-filename", help="Name (and so format) for text read from '-'."),
        click.option("--password", help="Password for an encrypted PDF."),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds allowed per file (default 60)."),
        click.option("--exclude", multiple=True, help="Glob of paths to skip (repeatable)."),
        click.option("--quiet", "-q", is_flag=True, help="Print only findings and errors (no summary or progress)."),
        click.option("--profile", type=click.Choice(PROFILE_NAMES), help="Thresholds and severities for a kind of document: board-paper (default), public or strict."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(), help="Write the report to this file instead of standard output (checked before the run: an output that cannot be written, or that is one of the documents, stops it with one line and exit 2; a device or pipe is written in place).")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), help="Lowest severity that makes the exit code 1 (default warning).")
@click.option("--statistics", is_flag=True, help="Add a count of findings per rule.")
@click.option("--jobs", "-j", type=click.IntRange(min=1, max=1024), help="Worker processes for many files (default: number of CPUs).")
@click.option("--cache/--no-cache", "use_cache", default=None, help="Reuse results for unchanged files (default: on when a folder is checked).")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Folder for the result cache (default .plainlint_cache).")
@click.option("--summary", "summary", nargs=2, multiple=True, type=(click.Choice(_SUMMARIES), click.Path()), help="Also write a per-document summary, worst first: --summary csv FILE (repeatable; checked before the run like --output).")
@click.option("--per-section", is_flag=True, help="Rate the reading age of each section as well as the document's (rule option reading-age per-section).")
@click.option("--fix", "fix", is_flag=True, help="Apply every safe fix to Markdown and text files in place, then report what is left (from standard input: the fixed text to standard output, the report to standard error).")
@click.option("--diff", "diff", is_flag=True, help="Print the safe fixes as a unified diff instead of writing them; exit 1 when there is something to fix.")
@click.option("--fix-headings", is_flag=True, help="With --fix or --diff, fix headings too (left alone by default).")
@click.option("--baseline", type=click.Path(dir_okay=False), help="An earlier JSON report: say what is new and what was fixed since, and let only new findings fail the run.")
@click.option("--min-severity", type=click.Choice(FAIL_LEVELS), help=_MIN_SEVERITY_HELP)
@click.option("--repeats", type=click.Choice(("fold", "every")), help=_REPEATS_HELP)
@click.option("--min-score", type=click.FloatRange(0, 100), help="Exit 1 when a document's plain-English score (0-100) is below this.")
@_common_options
def check(paths, fmt, output, fail_on, statistics, jobs, use_cache, cache_dir, summary, per_section, select, ignore,
          config, isolated, stdin_filename, password, timeout, exclude, quiet, fix=False, diff=False,
          fix_headings=False, baseline=None, min_severity=None, repeats=None, min_score=None, profile=None):
    """Check documents and report every finding with where it is.

    PATHS are files, folders (searched for {suffixes}) or - for standard input.

    \b
    In a folder: --exclude globs match below the folder given; symbolic links
    to files outside the folder, pipes and devices are skipped; documents of
    types plainlint does not read (.doc, .odt, .rtf, ...) and folders that
    cannot be read are named on standard error; a folder whose documents are
    all excluded is an error. A link named on the command line is followed.

    \b
    Outputs (-o, --summary) are opened before any document is checked: one
    that cannot be written, or that is one of the documents (by any name,
    link or hard link), stops the run with one line and exit 2. A report
    takes its file's name only when whole; a device or pipe is written in
    place, never replaced.
    """
    from .engine import all_rules
    from .report import render

    resolver = _resolver(config, isolated, select=_split(select), ignore=_split(ignore),
                         fail_on=fail_on, password=password, timeout=timeout, profile=profile,
                         min_severity=min_severity, repeats=repeats, min_score=min_score,
                         rule_options={"reading-age": {"per-section": True}} if per_section else None)
    base = resolver.for_path(None if not paths or paths[0] == "-" else paths[0])
    targets = _targets(paths, stdin_filename, list(exclude) + list(base.exclude), base, quiet)
    from .baseline import Baseline

    against = Baseline.load(baseline) if baseline else None
    # every output is checked and opened before anything is read or fixed (output.py)
    from .output import Output, check_distinct, flush_stdout, input_identities, write_stdout

    summaries = list(summary or ())
    check_distinct([output] + [path for _, path in summaries])
    inputs = [t.real for t in targets if t.real]
    ids = input_identities(inputs)
    outs: list = []
    try:
        report_out = Output(output, inputs, "report", ids) if output else None
        outs.append(report_out)
        summary_outs = [(kind, Output(path, inputs, "summary", ids)) for kind, path in summaries]
        outs.extend(o for _, o in summary_outs)
    except BaseException:
        for o in outs:
            if o is not None:
                o.abandon()
        raise
    fix_failed = False
    if diff:
        for o in outs:
            if o is not None:
                o.abandon()
        sys.exit(_diff_targets(targets, resolver, fix_headings, quiet))
    if fix:
        fix_failed, fixed_stdin = _fix_targets(targets, resolver, fix_headings, quiet)
        if fixed_stdin and not output:
            sys.stdout = sys.stderr  # standard output holds the fixed text: the report goes to stderr
    from .runner import RunOptions, default_jobs, progress_bar, run_targets

    cache = None
    if use_cache or (use_cache is None and any(p != "-" and os.path.isdir(p) for p in paths)):
        from .cache import ResultCache, cache_folder

        cache = ResultCache(cache_folder(cache_dir, base))
    from .display import DisplayOptions

    options = {"colour": (fmt == "text" and not output and _colour(sys.stdout)),
               "statistics": statistics, "quiet_summary": quiet,
               "display": DisplayOptions.for_format(fmt, config=base)}
    # text, JSON, CSV and GitHub reports are written document by document as the run goes
    # on, so that a batch of thousands of documents never holds every finding in memory;
    # SARIF and HTML need them all
    from .report import writer_for
    from .report.stream import ReportStream

    stream = None
    try:
        writer_cls = writer_for(fmt)
        stream = ReportStream(writer_cls, report_out, all_rules(), options) if writer_cls else None
        with progress_bar(len(targets), enabled=not quiet and _isatty(sys.stderr)) as advance:
            run = RunOptions(jobs=jobs or base.jobs or default_jobs(), keep_text=(fmt == "html"), cache=cache)
            results = run_targets(targets, resolver, run, progress=advance,
                                  on_result=_with_baseline(against, stream.on_result if stream else None))
        if stream:
            stream.close(results)
        else:
            text = render(fmt, results, all_rules(), options)
            if report_out:
                report_out.write(text)
                report_out.commit()
            else:
                write_stdout(text)
                flush_stdout()
        if summaries:
            from .report.summary import render_summary

            for kind, out in summary_outs:
                out.write(render_summary(kind, results))
                out.commit()
    except BaseException:
        if stream is not None:
            stream.abandon()
        for o in outs:
            if o is not None:
                o.abandon()
        raise
    if cache is not None and cache.problem and not quiet:
        _err(cache.problem)
    for r in results:
        if r.error:
            _err(f"{r.path}: {r.error['message']}")  # _err makes it printable
    if statistics and fmt != "text":  # keep machine output clean: the counts go to standard error
        from .report.text import statistics_lines

        for line in statistics_lines(results):
            click.echo(line, err=True)
    if against is not None and not quiet:
        from .baseline import summary_line

        line = summary_line([r.baseline for r in results if getattr(r, "baseline", None)], baseline)
        click.echo(line, err=not (fmt == "text" and not output))
    from .api import below_min_score, exit_code

    def config_for(path):
        return resolver.for_path(None if path == "-" else path)

    for path, value, minimum in below_min_score(results, config_for):
        _err(f"{path}: plain-English score {value} is below the minimum of {minimum:g}")
    sys.exit(exit_code(results, config_for, baseline=against is not None, failed=fix_failed))


def _with_baseline(against, on_result):
    """``on_result`` with each result first compared with the baseline (before a report
    slims it): ``result.baseline`` and ``result.new_severities`` (what the exit code counts)."""
    if against is None:
        return on_result

    def both(index, result):
        result.baseline = against.compare(result)
        result.new_severities = [result.findings[i].severity for i in result.baseline.new]
        if on_result is not None:
            on_result(index, result)
    return both


def _fix_targets(targets, resolver, headings: bool, quiet: bool) -> tuple:
    """``check --fix``: fix every Markdown and text target in place (standard input: the
    fixed text to standard output) before the check; (any failed, standard input fixed)."""
    from .extract import format_for
    from .fix import FixError, fix_bytes, fix_file

    failed = False
    fixed_stdin = False
    total = files = 0
    for t in targets:
        if t.error:
            continue  # reported by the check below
        fmt = t.fmt or format_for(t.path)
        cfg = resolver.for_path(None if t.data is not None else t.path)
        if fmt not in ("text", "markdown"):
            if not quiet:
                _err(f"{t.path}: not fixed: --fix changes Markdown and text files only "
                     "(for Word: plainlint annotate --track-changes); checked as usual")
            continue
        try:
            if t.data is not None:
                done = fix_bytes(t.data, t.path, fmt, cfg, headings=headings)
                sys.stdout.buffer.write(done.after)
                sys.stdout.flush()
                t.data = done.after
                fixed_stdin = True
            else:
                done = fix_file(t.real or t.path, cfg, headings=headings, fmt=fmt)
        except FixError as exc:
            _err(f"{t.path}: {exc}")
            failed = True
            continue
        n = len(done.outcome.applied)
        if n:
            total += n
            files += 1
            if not quiet:
                counts = ", ".join(f"{rule} {k}" for rule, k in sorted(done.counts().items()))
                _err(f"{t.path}: fixed {n} finding{'s' if n != 1 else ''} ({counts})")
    if not quiet:
        _err(f"Fixed {total} finding{'s' if total != 1 else ''} in {files} file{'s' if files != 1 else ''}; "
             "what is left is reported" + (" on standard error." if fixed_stdin else " below."))
    return failed, fixed_stdin


def _diff_targets(targets, resolver, headings: bool, quiet: bool) -> int:
    """``check --diff``: the safe fixes as a unified diff, nothing written; the exit code."""
    from .extract import format_for
    from .fix import FixError, fix_bytes, fix_file

    failed = False
    total = files = 0
    for t in targets:
        fmt = t.fmt or format_for(t.path)
        if t.error:
            _err(f"{t.path}: {t.error['message']}")
            failed = True
            continue
        if fmt not in ("text", "markdown"):
            continue
        cfg = resolver.for_path(None if t.data is not None else t.path)
        try:
            if t.data is not None:
                done = fix_bytes(t.data, t.path, fmt, cfg, headings=headings)
            else:
                done = fix_file(t.real or t.path, cfg, write=False, headings=headings, fmt=fmt)
        except FixError as exc:
            _err(f"{t.path}: {exc}")
            failed = True
            continue
        if done.changed:
            total += len(done.outcome.applied)
            files += 1
            sys.stdout.write(done.diff())
    sys.stdout.flush()
    if not quiet:
        _err(f"{total} safe fix{'es' if total != 1 else ''} in {files} file{'s' if files != 1 else ''} "
             "(nothing written; apply them with --fix).")
    return 2 if failed else (1 if files else 0)


@main.command("rules")
def rules_cmd():
    """List every rule: id, category, severity and what it finds."""
    from .engine import all_rules

    rules = all_rules()
    w = max(len(r.id) for r in rules.values())
    for r in rules.values():
        click.echo(f"{r.id:<{w}}  {r.category:<13}  {r.severity:<10}  {r.summary}")


@main.command()
@click.argument("rule")
def explain(rule):
    """Explain a rule: what it finds, why it matters, what to write instead, examples."""
    from .explain import explain_text

    click.echo(explain_text(rule), nl=False)


@main.command()
@click.argument("draft", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Annotated copy to write (default DRAFT.plainlint.docx beside the draft).")
@click.option("--force", is_flag=True, help="Replace the output file if it is already there.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), help="Lowest severity that makes the exit code 1 (default warning).")
@click.option("--select", multiple=True, help="Rule ids or categories to run (comma-separated or repeated).")
@click.option("--ignore", multiple=True, help="Rule ids or categories to leave out.")
@click.option("--config", "config", type=click.Path(dir_okay=False), help="Use this config file (.plainlint.toml or pyproject.toml).")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems, not the closing line.")
@click.option("--track-changes", is_flag=True, help="Make every safe fix a Word tracked change (by plainlint) and comment on the rest.")
@click.option("--fix-headings", is_flag=True, help="With --track-changes, fix headings too (left alone by default).")
@click.option("--min-severity", type=click.Choice(FAIL_LEVELS), help=_MIN_SEVERITY_HELP)
@click.option("--repeats", type=click.Choice(("fold", "every")), help=_REPEATS_HELP)
@click.option("--profile", type=click.Choice(PROFILE_NAMES), help="Thresholds and severities for a kind of document: board-paper (default), public or strict.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds allowed for the whole job (default: the timeout setting, 60).")
def annotate(draft, output, force, fail_on, select, ignore, config, isolated, quiet, track_changes=False,
             fix_headings=False, min_severity=None, repeats=None, profile=None, timeout=None):
    """Write a copy of a Word document with a comment on each finding.

    Each comment sits on exactly the words concerned and holds the message and the fix;
    its author is "plainlint". With --track-changes every safe fix is made as a tracked
    change instead, for the writer to accept or reject in Word. The draft itself is never
    changed.
    """
    from .annotate import AnnotateError, annotate_file, track_changes_file
    from .engine import fails

    if draft == "-":
        raise click.UsageError("annotate needs a .docx file, not standard input")
    from .runner import FAULTS, FileTimeout, inject_fault, restore_memory_cap, set_memory_cap, time_limit

    resolver = _resolver(config, isolated, select=_split(select), ignore=_split(ignore), fail_on=fail_on,
                         min_severity=min_severity, repeats=repeats, profile=profile, timeout=timeout)
    cfg = resolver.for_path(draft)
    from .analysis import get_nlp

    get_nlp(cfg.model)  # the pipeline loads before the clock and the memory cap start, as for check
    cap = set_memory_cap(cfg.max_memory_mb)
    try:
        with time_limit(cfg.timeout):
            inject_fault(draft, FAULTS)  # test-only (set by the tests only), as in the runner
            if track_changes:
                outcome = track_changes_file(draft, output, cfg, force=force, headings=fix_headings)
            else:
                outcome = annotate_file(draft, output, cfg, force=force)
    except FileTimeout:
        _err(f"{draft}: took longer than the time limit of {cfg.timeout:g} s (setting timeout, option "
             "--timeout); nothing was written")
        sys.exit(2)
    except MemoryError:
        _err(f"{draft}: needed more memory than the limit of {cfg.max_memory_mb:g} MB (setting "
             "max-memory-mb); nothing was written")
        sys.exit(2)
    except AnnotateError as exc:
        _err(str(exc))
        sys.exit(2)
    except PlainlintError as exc:  # ExtractError and friends: the draft cannot be read
        _err(f"{draft}: {getattr(exc, 'message', str(exc))}")
        sys.exit(2)
    finally:
        restore_memory_cap(cap)
    for f, reason in outcome.skipped:
        words = " ".join(f.text.split())
        _err(f"{draft}: no comment for [{f.rule}] '{words[:60]}{'…' if len(words) > 60 else ''}': {reason}")
    if not quiet:
        n = outcome.comments
        fixes = getattr(outcome, "fixes", None)
        tracked = "" if fixes is None else f"{fixes} tracked change{'s' if fixes != 1 else ''} and "
        if getattr(outcome, "repeated", 0):
            tracked = tracked[:-5] + f" (and {outcome.repeated} more in repeated headers and footers) and "
        click.echo(f"Wrote {outcome.output} with {tracked}{n} comment{'s' if n != 1 else ''}"
                   + (f" ({len(outcome.skipped)} finding{'s' if len(outcome.skipped) != 1 else ''} "
                      "could not be given one)" if outcome.skipped else "") + ".")
        hidden = sum(getattr(outcome, "hidden", {}).values())
        if hidden:
            lower = "suggestion" if outcome.hidden.get("suggestion") else "warning"
            click.echo(f"{hidden} finding{'s' if hidden != 1 else ''} below the lowest severity shown got no "
                       f"comment: --min-severity {lower} adds them.")
        if getattr(outcome, "folded", 0):
            click.echo(f"{outcome.folded} repeat{'s' if outcome.folded != 1 else ''} of a finding on the same words "
                       "are named in the first one's comment: --repeats every comments on each one.")
    fixed = {id(f.finding) for f in getattr(outcome, "fixed", ())}  # made as tracked changes: not left
    sys.exit(1 if fails((f.severity for f in outcome.result.findings if id(f) not in fixed), cfg.fail_on) else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(_STATS_FORMATS), default="text", show_default=True)
@_common_options
def stats(paths, fmt, select, ignore, config, isolated, stdin_filename, password, timeout, exclude, quiet, profile):
    """Readability figures per file and per section, and the five hardest sentences."""
    from .runner import RunOptions, run_targets
    from .report.stats import render_stats

    resolver = _resolver(config, isolated, select=_split(select), ignore=_split(ignore),
                         password=password, timeout=timeout, profile=profile)
    base = resolver.for_path(None if paths[0] == "-" else paths[0])
    targets = _targets(paths, stdin_filename, list(exclude) + list(base.exclude), base, quiet)
    results = run_targets(targets, resolver, RunOptions(stats=True))
    for r in results:
        if r.error:
            _err(f"{r.path}: {r.error['message']}")  # _err makes it printable
    click.echo(render_stats(results, fmt), nl=False)
    sys.exit(2 if any(r.error for r in results) else 0)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for an intranet).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--max-files", default=20, show_default=True, type=click.IntRange(1, 1000), help="Files in one upload.")
@click.option("--max-upload-mb", default=50.0, show_default=True, type=click.FloatRange(0.001, 10240), help="Size of one upload, all files together.")
@click.option("--keep-minutes", default=30.0, show_default=True, type=click.FloatRange(0.1, 10080), help="Delete every upload and result after this, fetched or not.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes (default: number of CPUs).")
@click.option("--config", "config", type=click.Path(dir_okay=False), help="Use this config file.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
def serve(host, port, max_files, max_upload_mb, keep_minutes, jobs, config, isolated):
    """Run the web page: people drop documents on it and get the report.

    Listens on 127.0.0.1:8080 by default (this computer only); use --host 0.0.0.0 to serve an
    intranet. Uploads are kept in a private temporary folder and deleted once the results
    are fetched, or after --keep-minutes. Uses the configuration found in the current folder
    (or --config) and the profiles chosen on the page.
    """
    from .runner import default_jobs
    from .web.app import serve as run_web
    from .web.jobs import Limits

    resolver = _resolver(config, isolated)
    limits = Limits(max_files=max_files, max_upload_mb=max_upload_mb, keep_minutes=keep_minutes,
                    jobs=jobs or default_jobs())
    click.echo(f"plainlint: serving on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    run_web(host, port, resolver, limits)


@main.command()
def server():
    """Run the editor server: the Language Server Protocol over standard input and output.

    Editors start it themselves (see the README for VS Code, Neovim, Emacs and Helix);
    Markdown and text documents get diagnostics as you type, with quick fixes.
    """
    from .lsp import main as run_server

    run_server()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "csv", "json"]), default="text", show_default=True)
@click.option("--order", type=click.Choice(["alpha", "first-use"]), default="alpha", show_default=True,
              help="Sort the table by abbreviation or by where each is first used.")
@click.option("--output", "-o", type=click.Path(), help="Write the table to this file (checked before any document is read, like check's --output).")
@_common_options
def acronyms(paths, fmt, order, output, select, ignore, config, isolated, stdin_filename, password, timeout, exclude,
             quiet, profile=None):
    """Each document's table of abbreviations: meaning, first use, where spelled out, uses."""
    from .checks.acronyms.table import render, table_for_file

    resolver = _resolver(config, isolated, password=password, timeout=timeout, profile=profile)
    base = resolver.for_path(None if paths[0] == "-" else paths[0])
    targets = _targets(paths, stdin_filename, list(exclude) + list(base.exclude), base, quiet)
    out = None
    if output:  # opened before any document is read, never an input (output.py)
        from .output import Output

        out = Output(output, [t.real for t in targets if t.real], "table")
    tables = []
    for t in targets:
        if t.error:
            from .checks.acronyms.table import FileTable

            tables.append(FileTable(path=t.path, error=t.error))
            continue
        tables.append(table_for_file(t.real or t.path, resolver.for_path(t.real), data=t.data, name=t.path,
                                     fmt=t.fmt))
    text = render(tables, fmt, order)
    if out is not None:
        out.write(text)
        out.commit()
    else:
        click.echo(text, nl=False)
    for t in tables:
        if t.error:
            _err(f"{t.path}: {t.error['message']}")
    sys.exit(2 if any(t.error for t in tables) else 0)



def _fill_help() -> None:
    """The input formats named in the help come from the extractors' declarations."""
    from .extract import label_list, suffix_list

    main.help = main.help.replace("{formats}", label_list())
    check.help = check.help.replace("{suffixes}", suffix_list())


_fill_help()


if __name__ == "__main__":  # pragma: no cover
    main()
