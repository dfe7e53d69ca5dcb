"""Finding the files: exclusions match below the folder asked for, nothing is left out
without a word, links never lead out of a checked folder, a costly .gitignore pattern
cannot stall the search, and a device or pipe is never read without a bound (issue 23,
items 5, 11, 12 and 14)."""

import os
import time

import pytest

from plainlint.runner import collect


def touch(path, text="We will utilise the money.\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def names(targets, base):
    return sorted(os.path.relpath(t.real, base).replace(os.sep, "/") for t in targets if t.real)


def test_exclude_matches_below_the_folder_asked_for(tmp_path, monkeypatch):
    proj = tmp_path / "archive" / "proj" / "docs"
    touch(proj / "a.md")
    touch(proj / "archive" / "old.md")
    touch(proj / "sub" / "b.md")
    for given in (str(proj), os.path.relpath(proj, tmp_path)):
        monkeypatch.chdir(tmp_path)
        got = collect([given], exclude=["archive"])
        assert names(got, proj) == ["a.md", "sub/b.md"], given  # only the archive inside docs/
    # a path pattern as written still works
    monkeypatch.chdir(tmp_path)
    got = collect(["archive/proj/docs"], exclude=["archive/proj/docs/sub/*"])
    assert names(got, proj) == ["a.md", "archive/old.md"]


def test_everything_excluded_is_said_plainly(tmp_path):
    touch(tmp_path / "d" / "a.md")
    touch(tmp_path / "d" / "b.md")
    got = collect([str(tmp_path / "d")], exclude=["*.md"])
    assert len(got) == 1 and got[0].error["kind"] == "no-documents"
    assert "every document in it was left out" in got[0].error["message"]


def test_unsupported_documents_are_counted(tmp_path):
    touch(tmp_path / "a.md")
    for n in ("old.doc", "b.doc", "c.odt", "d.rtf", "picture.png"):
        touch(tmp_path / n)
    notes = []
    got = collect([str(tmp_path)], notes=notes)
    assert names(got, tmp_path) == ["a.md"]
    assert len(notes) == 1 and "4 documents of a type plainlint does not read" in notes[0]
    assert "2 .doc" in notes[0] and "1 .odt" in notes[0] and "1 .rtf" in notes[0]


def test_unreadable_subfolder_is_an_error_not_silence(tmp_path, monkeypatch):
    touch(tmp_path / "a.md")
    touch(tmp_path / "locked" / "b.md")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root ignores chmod: fake what a user meets
    got = collect([str(tmp_path)])
    errors = [t for t in got if t.error]
    assert names(got, tmp_path) == ["a.md"]
    assert len(errors) == 1 and errors[0].error["kind"] == "unreadable"
    assert "Permission denied" in errors[0].error["message"] and errors[0].path.endswith("locked")


def test_links_out_of_the_folder_are_not_followed(tmp_path):
    secret = tmp_path / "secret.md"
    touch(secret, "The password is utilise-hunter2.\n")
    docs = tmp_path / "docs"
    touch(docs / "a.md")
    (docs / "leak.md").symlink_to(secret)
    (docs / "inner.md").symlink_to(docs / "a.md")  # inside the folder: same file, checked once
    (docs / "outdir").symlink_to(tmp_path)  # a folder link: never descended
    notes = []
    got = collect([str(docs)], notes=notes)
    assert names(got, docs) == ["a.md"]
    assert any("1 symbolic link to files outside the folder skipped" in n for n in notes)
    # named on the command line, a link is the user's choice and is followed
    assert names(collect([str(docs / "leak.md")]), docs) == ["leak.md"]


def test_link_out_is_never_quoted_in_reports(run_cli, tmp_path):
    secret = tmp_path / "secret.md"
    touch(secret, "We will utilise SECRETWORD going forward.\n")
    docs = tmp_path / "docs"
    touch(docs / "a.md", "Plain words.\n")
    (docs / "leak.md").symlink_to(secret)
    out = tmp_path / "r.sarif"
    code, stdout, err = run_cli("check", docs, "--isolated", "--no-cache", "--format", "sarif", "-o", out)
    assert code == 0, err
    assert "SECRETWORD" not in out.read_text(encoding="utf-8")
    assert "symbolic link" in err


def test_fifos_in_a_folder_are_skipped_not_read(tmp_path):
    touch(tmp_path / "a.md")
    os.mkfifo(tmp_path / "pipe.md")
    notes = []
    got = collect([str(tmp_path)], notes=notes)
    assert names(got, tmp_path) == ["a.md"]
    assert any("pipe" in n for n in notes)


def test_costly_gitignore_pattern_cannot_stall_the_search(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("a" + "*a" * 30 + "b\nignored.md\n", encoding="utf-8")
    touch(tmp_path / ("a" * 240 + ".md"))
    touch(tmp_path / "ignored.md")
    notes = []
    start = time.monotonic()
    got = collect([str(tmp_path)], notes=notes)
    assert time.monotonic() - start < 20
    assert names(got, tmp_path) == ["a" * 240 + ".md"]  # the other pattern still applies
    assert any("too costly to match" in n for n in notes)


def test_folder_search_has_a_time_limit(tmp_path, monkeypatch):
    from plainlint import runner

    touch(tmp_path / "a.md")

    def slow(*a, **k):
        time.sleep(30)

    monkeypatch.setattr(runner, "_collect_folder", slow)
    start = time.monotonic()
    got = collect([str(tmp_path)], time_limit_s=1)
    assert time.monotonic() - start < 10
    assert got[0].error["kind"] == "timeout" and "searching the folder" in got[0].error["message"]


@pytest.mark.parametrize("device", ["/dev/zero"])
def test_a_device_named_as_a_document_is_read_with_a_bound(run_cli, tmp_path, device):
    link = tmp_path / "zero.md"
    link.symlink_to(device)
    code, out, err = run_cli("check", link, "--isolated", "--no-cache")
    assert code == 2 and "Traceback" not in err
    assert "over the limit" in err
    code, out, err = run_cli("check", device, "--isolated", "--no-cache")
    assert code == 2 and "not a supported document type" in err
