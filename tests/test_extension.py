"""Extension, done for real: a new output format is one module and a new input format is
one module, each found by its file alone (the word-list rule that is one TOML file is in
test_options.py; rules of the general kinds in test_general_kinds.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from plainlint import report

TSV = textwrap.dedent('''
    """Tab-separated findings: path, line, rule, text."""


    def render(results, rules, options) -> str:
        rows = ["path\\tline\\trule\\ttext"]
        for r in results:
            for f in r.findings:
                rows.append(f"{r.path}\\t{f.location.line}\\t{f.rule}\\t{f.text}")
        return "\\n".join(rows) + "\\n"
''')


def test_a_new_output_format_is_one_module(tmp_path, monkeypatch):
    extra = tmp_path / "more_reports"
    extra.mkdir()
    (extra / "tsv.py").write_text(TSV, encoding="utf-8")
    assert "tsv" not in report.formats()
    monkeypatch.setattr(report, "__path__", [*report.__path__, str(extra)])
    assert "tsv" in report.formats() and report.writer_for("tsv") is None
    # through the command line: its --format choices come from the same discovery
    doc = tmp_path / "a.md"
    doc.write_text("We will utilise the money.\n", encoding="utf-8")
    script = (f"import sys, plainlint.report as r; r.__path__.append({str(extra)!r}); "
              "r.FORMATS = r.formats(); from plainlint.cli import main; "
              f"sys.argv = ['plainlint', 'check', '--isolated', '--format', 'tsv', {str(doc)!r}]; main()")
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert p.returncode == 1, p.stderr
    assert p.stdout.splitlines()[0] == "path\tline\trule\ttext"
    assert f"{doc}\t1\tjargon\tutilise" in p.stdout.splitlines()


def test_every_format_module_renders_and_only_streamed_ones_have_a_writer():
    assert set(report.FORMATS) == {"text", "json", "sarif", "github", "csv", "html"}
    assert report.FORMATS[0] == "text"
    assert {f for f in report.FORMATS if report.writer_for(f)} == {"text", "json", "csv", "github"}


SRT = textwrap.dedent('''
    """SubRip subtitles (.srt): each cue's text is a paragraph, mapped back to its lines."""

    import re

    from ..document import DocumentBuilder

    FORMAT = {"name": "srt", "suffixes": [".srt"], "label": "subtitles (.srt)"}

    _CUE = re.compile(r"^\\d+\\n[\\d:,]+ --> [\\d:,]+\\n(.*?)(?:\\n\\n|\\Z)", re.M | re.S)


    def extract(data: bytes, name: str, options):
        text = data.decode("utf-8-sig")
        b = DocumentBuilder(name, "srt", text)
        for m in _CUE.finditer(text):
            b.add_block([(m.group(1), m.start(1))])
        return b.finish()
''')


def test_a_new_input_format_is_one_module(tmp_path):
    """A copy of plainlint with one file added, extract/srt.py, and nothing else changed:
    the runner collects .srt files from a folder, the report names the format and the
    line, and the help names it."""
    real = Path(__file__).resolve().parent.parent
    copy = tmp_path / "copy"
    shutil.copytree(real / "src" / "plainlint", copy / "src" / "plainlint",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for data in ("rules", "wordlists"):
        (copy / data).symlink_to(real / data)
    before = {p.relative_to(copy) for p in copy.rglob("*")}
    (copy / "src" / "plainlint" / "extract" / "srt.py").write_text(SRT, encoding="utf-8")
    added = {p.relative_to(copy) for p in copy.rglob("*")} - before
    assert added == {Path("src/plainlint/extract/srt.py")}  # one file
    folder = tmp_path / "films"
    folder.mkdir()
    (folder / "talk.srt").write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nWelcome to the meeting.\n\n"
        "2\n00:00:05,000 --> 00:00:09,000\nWe will utilise the new budget.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(copy / "src"))
    run = [sys.executable, "-m", "plainlint"]
    p = subprocess.run([*run, "check", "--isolated", "--format", "json", str(folder)], capture_output=True,
                       text=True, timeout=300, env=env, cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    import json

    (result,) = json.loads(p.stdout)["files"]
    assert result["format"] == "srt" and result["path"].endswith("talk.srt")
    assert [(f["rule"], f["text"], f["location"]["line"]) for f in result["findings"]] == [("jargon", "utilise", 7)]
    h = subprocess.run([*run, "check", "--help"], capture_output=True, text=True, timeout=300, env=env)
    assert ".srt" in " ".join(h.stdout.split())
    # the real package does not know it
    from plainlint import extract

    assert "srt" not in extract.INPUT_FORMATS and extract.format_for("a.srt") is None


def test_every_input_format_is_declared_by_its_module():
    from plainlint import extract

    assert set(extract.INPUT_FORMATS) == {"text", "markdown", "pdf", "docx"}
    assert extract.format_for("A.PDF") == "pdf" and extract.format_for("notes.mdown") == "markdown"
    assert extract.suffix_list() == ".docx, .md, .pdf and .txt"


def test_categories_come_from_one_declaration():
    from plainlint import engine, kinds
    from plainlint.report import html

    assert engine.CATEGORIES is kinds.CATEGORIES  # the engine checks rule files against it
    assert html.CATEGORY_LABELS == {c.name: c.label for c in kinds.CATEGORY_LIST}
    raw = (html.TEMPLATES / "report.css").read_text(encoding="utf-8")
    assert not any(c in raw for c in kinds.CATEGORIES)  # no category written out by hand
    # a new category gets every style the others have, from its declaration alone
    extra = kinds.Category("house-style", "House style", "#00703c", "#cce2d8", "#005a30")
    css = html.category_css((*kinds.CATEGORY_LIST, extra))
    joined = "\n".join(line for lines in css.values() for line in lines)
    for selector in (".chip.c-house-style .swatch", "td.hit.c-house-style", ".tag.c-house-style",
                     "mark.c-house-style", "a.ref.c-house-style", ".note.c-house-style",
                     "body.hide-house-style mark.c-house-style", "--house-style: #00703c;"):
        assert selector in joined, selector


def test_an_unknown_input_format_name_is_one_clear_error_naming_the_formats():
    # a caller's 'md' for 'markdown' was "could not be read (KeyError: 'md')"
    from plainlint.api import check_text

    error = check_text("Some words here.", fmt="md").error
    assert error["kind"] == "unsupported"
    assert "unknown input format 'md'" in error["message"] and "markdown" in error["message"]
