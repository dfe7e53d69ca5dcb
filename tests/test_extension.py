"""Extension, done for real: a new output format is one module, found by its file alone
(the word-list rule that is one TOML file is in test_options.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
