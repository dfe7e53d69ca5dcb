"""Any file name the system allows, and any text a document holds, reaches every report
escaped as that format requires, never as a traceback, a terminal escape or a workflow
command (issue 23, items 4 and 15)."""

import csv
import io
import json
import os
import sys

import pytest

from plainlint.config import ConfigResolver
from plainlint.engine import all_rules
from plainlint.output import Output, no_workflow_command, printable, shown_path
from plainlint.report import render
from plainlint.runner import collect, RunOptions, run_targets

BODY = b"We will utilise the money.\n    ::error::pwned\n\x1b[31mred\x1b]0;title\x07 text with utilise.\n"
NAMES = [b"bad\xff.md", b"new\nline.md", b"esc\x1b[31m.md", b"-dash.md", b"tab\tname.md",
         b"::error::x.md", b"back\\slash.md", b"\xe2\x80\xaertl.md"]


@pytest.fixture(scope="module")
def odd_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("names")
    made = []
    for n in NAMES:
        try:
            with open(os.path.join(os.fsencode(folder), n), "wb") as fh:
                fh.write(BODY)
            made.append(n)
        except OSError:  # pragma: no cover - a file system that refuses the name
            pass
    assert len(made) >= 6
    return folder


@pytest.fixture(scope="module")
def odd_results(odd_folder):
    targets = collect([str(odd_folder)])
    resolver = ConfigResolver(isolated=True)
    results = run_targets(targets, resolver, RunOptions(keep_text=True))
    assert all(r.error is None for r in results)
    return results


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "csv", "html"])
def test_every_format_carries_every_name(odd_results, tmp_path, fmt):
    text = render(fmt, odd_results, all_rules(), {})
    out = Output(str(tmp_path / f"r.{fmt}"))
    out.write(text)
    out.commit()
    data = (tmp_path / f"r.{fmt}").read_bytes().decode("utf-8")
    assert data == text
    if fmt == "json":
        paths = [f["path"] for f in json.loads(data)["files"]]
        assert any("bad\\xff.md" in p for p in paths)
        assert any(p.endswith("new\nline.md") for p in paths)  # JSON escapes it as \n
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(data.lstrip("\ufeff"))))
        assert any(r[0].endswith("new\nline.md") for r in rows[1:])
    if fmt == "sarif":
        uris = {a["location"]["uri"] for a in json.loads(data)["runs"][0]["artifacts"]}
        assert any("new%0Aline.md" in u for u in uris) and any("back%5Cslash.md" in u for u in uris)
    if fmt in ("text", "github"):
        assert "\x1b" not in data and "\x07" not in data and "\u202e" not in data
    if fmt == "text":
        for line in data.splitlines():
            assert not line.lstrip().startswith("::")
    if fmt == "github":
        for line in data.splitlines():  # one command per finding, then the closing line
            assert line.startswith(("::warning ", "::error ", "::notice ", "plainlint: "))


def test_text_report_on_a_terminal_neutralises_documents(run_cli, odd_folder):
    code, out, err = run_cli("check", odd_folder, "--no-cache", "--repeats", "every", env={"FORCE_COLOR": ""})
    assert code == 1, err
    assert "Traceback" not in err
    assert "\x07" not in out and "\x1b]" not in out and "\x1b[31m" not in out
    assert "\\x1b[31mred\\x1b]0;title\\x07 text" in out
    for line in out.splitlines():
        assert not line.lstrip().startswith("::"), line
    assert "bad\\xff.md" in out
    # the marker still sits under the word once escapes have widened the line
    lines = out.splitlines()
    i = next(n for n, line in enumerate(lines) if "title\\x07 text with utilise" in line)
    assert lines[i].index("utilise") == lines[i + 1].index("^")


def test_printable_and_workflow_commands():
    assert printable("plain words") == "plain words"
    assert printable("a\x1b[2Jb\r\n\x00") == "a\\x1b[2Jb\\x0d\\x0a\\x00"
    assert printable("\u202eevil") == "\\u202eevil"
    assert printable("no\u00a0break\tand tab") == "no\u00a0break\tand tab"
    assert printable("caf\u00e9 \u00a3 co\u2011production") == "caf\u00e9 \u00a3 co\u2011production"
    assert no_workflow_command("  ::error::x") == "  :\u200b:error::x"
    assert no_workflow_command("path:1:2: warning") == "path:1:2: warning"
    assert shown_path(os.fsdecode(b"a\xffb")) == "a\\xffb"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")
def test_error_lines_name_odd_files(run_cli, tmp_path):
    bad = os.path.join(os.fsencode(tmp_path), b"gone\xff\x1b[2J.pdf")
    with open(bad, "wb") as fh:
        fh.write(b"not a pdf")
    code, out, err = run_cli("check", tmp_path, "--no-cache")
    assert code == 2
    assert "Traceback" not in err and "\x1b" not in err
    assert "gone\\xff\\x1b[2J.pdf" in err
