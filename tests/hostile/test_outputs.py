"""Reports never destroy a file and never end in a traceback (issue 23, items 1-3 and 17).

No test here writes to a real device other than /dev/full, and then only through a
symbolic link in the test's own folder, so that even a broken implementation could only
replace the link, never the device."""

import os
import stat
import threading

import pytest

from plainlint.output import Output, OutputError, check_distinct

DRAFT = "# Draft\n\nWe will utilise the money.\n"


@pytest.fixture
def draft(tmp_path):
    p = tmp_path / "draft.md"
    p.write_text(DRAFT, encoding="utf-8")
    return p


def _one_line(err: str) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("plainlint: "), err


@pytest.mark.parametrize("fmt", ["html", "json"])
def test_hard_link_to_an_input_is_refused(run_cli, tmp_path, draft, fmt):
    link = tmp_path / "r.html"
    os.link(draft, link)
    code, out, err = run_cli("check", draft, "--format", fmt, "-o", link)
    assert code == 2
    _one_line(err)
    assert "never writes to its input" in err
    assert draft.read_text(encoding="utf-8") == DRAFT
    # the summary too, and a hard link to one file of a folder being checked
    code, out, err = run_cli("check", tmp_path, "--no-cache", "--summary", "csv", link)
    assert code == 2 and "never writes to its input" in err
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_output_objects_refuse_inputs_by_identity(tmp_path, draft):
    other = tmp_path / "other-name.md"
    os.link(draft, other)
    sym = tmp_path / "sym.json"
    sym.symlink_to(other)
    for p in (draft, other, sym):
        with pytest.raises(OutputError, match="never writes to its input"):
            Output(str(p), [str(draft)])
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_link_to_a_device_is_written_directly_not_replaced(run_cli, tmp_path, draft):
    full = tmp_path / "full"
    full.symlink_to("/dev/full")
    for fmt in ("json", "sarif", "text"):
        code, out, err = run_cli("check", draft, "--format", fmt, "-o", full)
        assert code == 2, err
        _one_line(err)
        assert "No space left on device" in err
        assert full.is_symlink() and os.readlink(full) == "/dev/full"
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_fifo_output_is_written_in_place(run_cli, tmp_path, draft):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    got = []

    def read():
        with open(fifo, encoding="utf-8") as fh:
            got.append(fh.read())

    t = threading.Thread(target=read, daemon=True)
    t.start()
    code, out, err = run_cli("check", draft, "--format", "json", "-o", fifo)
    t.join(30)
    assert code == 1, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO, not a regular file
    assert '"utilise"' in got[0]


def test_unwritable_outputs_fail_before_the_run_in_one_line(run_cli, tmp_path, draft):
    afile = tmp_path / "afile.txt"
    afile.write_text("x")
    for args in (["--format", "sarif", "-o", tmp_path / "missing" / "r.sarif"],
                 ["--format", "html", "-o", afile / "r.html"],
                 ["--summary", "html", tmp_path / "missing" / "s.html"],
                 ["--format", "json", "-o", tmp_path]):
        code, out, err = run_cli("check", draft, *args)
        assert code == 2, (args, err)
        _one_line(err)
        assert out == ""


def test_read_only_folder_is_found_before_the_run(tmp_path, monkeypatch):
    import tempfile

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match="Permission denied"):
        Output(str(tmp_path / "r.json"), [])


def test_full_standard_output_is_one_line(draft):
    import subprocess
    import sys

    for fmt in ("text", "sarif"):
        with open("/dev/full", "w") as full:
            p = subprocess.run([sys.executable, "-m", "plainlint", "check", str(draft), "--format", fmt],
                               stdout=full, stderr=subprocess.PIPE, timeout=300)
        err = p.stderr.decode()
        assert p.returncode == 2, err
        _one_line(err)
        assert "standard output" in err


def test_interrupted_report_leaves_nothing_behind(tmp_path, draft):
    out = Output(str(tmp_path / "r.json"), [str(draft)])
    out.write("{")
    out.abandon()
    assert os.listdir(tmp_path) == ["draft.md"]
    existing = tmp_path / "keep.json"
    existing.write_text("old")
    out = Output(str(existing), [])
    out.write("new")
    assert existing.read_text() == "old"  # the old report stays until the new one is whole
    out.commit()
    assert existing.read_text() == "new"


def test_two_outputs_to_one_file_are_refused(run_cli, tmp_path, draft):
    with pytest.raises(OutputError):
        check_distinct([str(tmp_path / "a.csv"), str(tmp_path / "." / "a.csv")])
    check_distinct(["/dev/null", "/dev/null"])  # a device twice is fine
    code, out, err = run_cli("check", draft, "--summary", "csv", tmp_path / "a.csv",
                             "--summary", "html", tmp_path / "a.csv")
    assert code == 2
    _one_line(err)
    # two summaries of different kinds are both written (a second one no longer replaces the first)
    code, out, err = run_cli("check", draft, "--summary", "csv", tmp_path / "s.csv",
                             "--summary", "html", tmp_path / "s.html")
    assert code == 1, err
    assert (tmp_path / "s.csv").read_text(encoding="utf-8-sig").startswith("path,")
    assert "<html" in (tmp_path / "s.html").read_text(encoding="utf-8")


def test_annotate_never_replaces_a_device_or_fifo(run_cli, tmp_path):
    from conftest import FIXTURES

    docx = next(FIXTURES.glob("*.docx"), None)
    if docx is None:  # pragma: no cover - the fixtures ship Word files
        pytest.fail("no .docx fixture")
    fifo = tmp_path / "out.docx"
    os.mkfifo(fifo)
    code, out, err = run_cli("annotate", docx, "-o", fifo, "--force")
    assert code == 2
    _one_line(err)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    code, out, err = run_cli("annotate", docx, "-o", tmp_path / "missing" / "x.docx")
    assert code == 2
    _one_line(err)
