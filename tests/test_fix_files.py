"""``plainlint check --fix`` and ``--diff`` on Markdown and text files: what is written,
byte for byte, what is refused, and the properties every fix must have."""

from __future__ import annotations

import codecs
import os
import stat
import sys

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainlint.cli import main
from plainlint.fix import FixError, decode_exact, fix_bytes, fix_file, fix_source


def cli(*args, input=None):
    r = CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    return r.exit_code, r.stdout_bytes, r.stderr


def _outside_spans_unchanged(before: str, after: str, applied) -> None:
    """Every character outside the fixed spans is where it was: rebuild ``after`` from
    ``before`` and the single-pass fixes."""
    from plainlint.fix import apply_fixes

    assert apply_fixes(before, applied, source=True) == after


# ---------------------------------------------------------------------------------------
# Round trips: line endings, byte order marks, tabs, accents, emoji


ROUND_TRIPS = {
    "crlf.txt": ("We will utilise the café's grant\tprior to May 🎉.\r\n\r\nThe JSNA is out.\r\n", "utf-8"),
    "bom.md": ("# Plan\n\nWe will utilise the grant — prior to May, naïvely 😀.\n", "utf-8-sig"),
    "utf16.txt": ("Résumé: we will utilise it prior to May 🚀.\r\n", "utf-16"),
    "cp1252.txt": ("Caf\u00e9 staff will utilise it prior to May \u2013 honest.\n", "cp1252"),
    "tabs.md": ("- We will\tutilise\tthe grant.\n- Read it prior to\tthe meeting.\n", "utf-8"),
    "no-eol.md": ("We will utilise it", "utf-8"),
}


@pytest.mark.parametrize("name", sorted(ROUND_TRIPS))
def test_fix_round_trip_keeps_every_byte_outside_the_fixes(tmp_path, name):
    text, enc = ROUND_TRIPS[name]
    path = tmp_path / name
    data = text.encode(enc)
    path.write_bytes(data)
    code, out, err = cli("check", "--fix", "--select", "plain-words,acronyms", path)
    new = path.read_bytes()
    assert new != data, err
    assert f"{path}: fixed" in err
    # same encoding and byte order mark
    assert new.startswith(codecs.BOM_UTF8) == data.startswith(codecs.BOM_UTF8)
    assert new[:2] == data[:2] if enc == "utf-16" else True
    new_text, _ = decode_exact(new)
    old_text, _ = decode_exact(data)
    assert new_text.count("\r\n") == old_text.count("\r\n")
    assert "utilise" not in new_text and "prior to" not in new_text
    # bytes outside the spans: a single pass with the applied fixes gives the same text
    outcome = fix_source(old_text, name, "markdown" if name.endswith(".md") else "text")
    assert outcome.passes == 1
    _outside_spans_unchanged(old_text, new_text, outcome.applied)
    # check finds none of the fixed findings, and --fix again changes nothing
    code, out, err = cli("check", "--format", "json", "--select", "plain-words,acronyms", path)
    assert b'"utilise"' not in out and b'"prior to"' not in out
    code, out, err = cli("check", "--fix", "--select", "plain-words,acronyms", path)
    assert path.read_bytes() == new
    code, out, err = cli("check", "--diff", path)
    assert code in (0, 1) and b"utilise" not in out


def test_fix_keeps_permissions_and_writes_through_a_temporary_file(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("We will utilise it.\n", encoding="utf-8")
    os.chmod(path, 0o640)
    ino = os.stat(path).st_ino
    code, out, err = cli("check", "--fix", path)
    assert path.read_text(encoding="utf-8") == "We will use it.\n"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert os.stat(path).st_ino != ino  # renamed over, not rewritten in place
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temporary file left


def test_fix_reports_what_it_changed_and_what_is_left(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("We will utilise a holistic approach prior to May.\n", encoding="utf-8")
    code, out, err = cli("check", "--fix", path)
    assert code == 1  # 'holistic' (several alternatives) is left
    assert f"{path}: fixed 2 findings (jargon 1, wordy-phrase 1)" in err
    assert "Fixed 2 findings in 1 file" in err
    assert b"holistic" in out and b"[jargon]" in out and b"utilise" not in out
    assert path.read_text(encoding="utf-8") == "We will use a holistic approach before May.\n"


def test_nothing_to_fix_leaves_the_file_alone(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("We will use it.\n", encoding="utf-8")
    ino = os.stat(path).st_ino
    code, out, err = cli("check", "--fix", path)
    assert code == 0 and os.stat(path).st_ino == ino
    assert "Fixed 0 findings in 0 files" in err


def test_fix_honours_config_and_suppression_comments(tmp_path):
    (tmp_path / ".plainlint.toml").write_text('ignore = ["wordy-phrase"]\nallow = ["streamline"]\n', encoding="utf-8")
    path = tmp_path / "a.md"
    src = ("<!-- plainlint-disable jargon -->\nWe will utilise it.\n<!-- plainlint-enable jargon -->\n\n"
           "We will utilise and streamline it prior to May.\n")
    path.write_text(src, encoding="utf-8")
    cli("check", "--fix", path)
    assert path.read_text(encoding="utf-8") == src.replace("We will utilise and", "We will use and")


def test_diff_prints_and_writes_nothing_and_exits_1(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("We will utilise it.\n", encoding="utf-8")
    code, out, err = cli("check", "--diff", path)
    assert code == 1
    assert out.decode() == (f"--- a/{path}\n+++ b/{path}\n@@ -1 +1 @@\n-We will utilise it.\n+We will use it.\n")
    assert path.read_text(encoding="utf-8") == "We will utilise it.\n"
    path.write_text("We will use it.\n", encoding="utf-8")
    code, out, err = cli("check", "--diff", path)
    assert code == 0 and out == b""


def test_fix_from_standard_input_writes_the_fixed_text_to_standard_output():
    data = "We will utilise it prior to May.\r\nA holistic plan.\r\n".encode("utf-8")
    r = CliRunner().invoke(main, ["check", "--fix", "-"], input=data, catch_exceptions=False)
    assert r.stdout_bytes == b"We will use it before May.\r\nA holistic plan.\r\n"
    assert "[jargon]" in r.stderr and "holistic" in r.stderr  # what is left, on standard error
    assert r.exit_code == 1


def test_fix_leaves_word_and_pdf_to_annotate(tmp_path):
    import shutil
    from pathlib import Path

    docx = tmp_path / "paper.docx"
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "board-paper.docx", docx)
    before = docx.read_bytes()
    code, out, err = cli("check", "--fix", docx)
    assert docx.read_bytes() == before
    assert "not fixed: --fix changes Markdown and text files only" in err
    assert code == 1 and b"paper.docx" in out  # still checked


# ---------------------------------------------------------------------------------------
# Bad input: one clear line each, exit 2, nothing written, every other file still fixed


def _good(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("We will utilise it.\n", encoding="utf-8")
    return good


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_file_is_refused(tmp_path):
    path = tmp_path / "ro.md"
    path.write_text("We will utilise it.\n", encoding="utf-8")
    os.chmod(path, 0o444)
    good = _good(tmp_path)
    code, out, err = cli("check", "--fix", path, good)
    assert code == 2
    assert f"{path}: is read-only; nothing was changed" in err
    assert path.read_text(encoding="utf-8") == "We will utilise it.\n"
    assert good.read_text(encoding="utf-8") == "We will use it.\n"
    assert b"ro.md" in out  # still checked and reported


def test_symbolic_link_is_refused(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("We will utilise it.\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    good = _good(tmp_path)
    code, out, err = cli("check", "--fix", link, good)
    assert code == 2
    assert [line for line in err.splitlines() if "link.md" in line] == [
        f"plainlint: {link}: is a symbolic link; plainlint fixes only the file itself, never through a link "
        "(name the file it points to)"]
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "We will utilise it.\n"
    assert good.read_text(encoding="utf-8") == "We will use it.\n"


def test_undecodable_file_is_refused(tmp_path):
    path = tmp_path / "bad.txt"
    data = b"We will utilise it \x81\x8d here.\n"  # neither UTF-8 nor Windows-1252
    path.write_bytes(data)
    bom = tmp_path / "bom.txt"
    bom_data = codecs.BOM_UTF8 + b"We will utilise it \xff here.\n"  # a UTF-8 BOM, then a bad byte
    bom.write_bytes(bom_data)
    good = _good(tmp_path)
    code, out, err = cli("check", "--fix", path, bom, good)
    assert code == 2
    lines = err.splitlines()
    assert sum("bad.txt" in line for line in lines) >= 1
    assert f"plainlint: {bom}: cannot be decoded as UTF-8 throughout; nothing was changed (save it as UTF-8)" in lines
    assert path.read_bytes() == data and bom.read_bytes() == bom_data
    assert good.read_text(encoding="utf-8") == "We will use it.\n"


def test_file_that_changes_while_being_fixed_is_not_written(tmp_path, monkeypatch):
    import plainlint.fix as fixmod

    path = tmp_path / "a.md"
    path.write_text("We will utilise it.\n", encoding="utf-8")
    real = fixmod.fix_source

    def slow(*a, **k):  # another program saves the file while plainlint works on it
        out = real(*a, **k)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("A new line typed meanwhile.\n")
        return out

    monkeypatch.setattr(fixmod, "fix_source", slow)
    with pytest.raises(FixError, match="changed while it was being fixed; nothing was changed"):
        fix_file(str(path))
    assert path.read_text(encoding="utf-8") == "We will utilise it.\nA new line typed meanwhile.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
    path.write_text("We will utilise it.\n", encoding="utf-8")
    code, out, err = cli("check", "--fix", path)
    assert code == 2 and f"{path}: changed while it was being fixed; nothing was changed (run again)" in err


def test_binary_file_given_as_text_is_refused(tmp_path):
    path = tmp_path / "x.txt"
    data = b"\x00\x01\x02" * 100
    path.write_bytes(data)
    code, out, err = cli("check", "--fix", path)
    assert code == 2 and "x.txt" in err and path.read_bytes() == data


# ---------------------------------------------------------------------------------------
# Properties over generated documents


_PIECES = ["We will utilise the grant", "prior to the meeting", "in order to help", "a holistic plan",
           "The JSNA is out", "going forward", "\"we will utilise it\"", "use it", "the board met",
           "café", "🎉", "naïve", "streamline", "the vast majority of people", "*utilise*", "`utilise`",
           "[utilise](https://example.org/utilise)", "# Utilise the grant", "- prior to May"]
_SEPS = [" ", ". ", ", ", "\n", "\r\n", "\n\n", "\t", ".\r\n\r\n"]

documents = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPS)), min_size=1, max_size=12).map(
    lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from(["text", "markdown"]))
def test_fixing_is_idempotent_and_changes_only_the_fixed_spans(source, fmt):
    name = "gen.md" if fmt == "markdown" else "gen.txt"
    first = fix_source(source, name, fmt, max_passes=1)
    # one pass: the text outside the fixed spans is exactly what it was
    _outside_spans_unchanged(source, first.text, first.applied)
    for f in first.applied:
        assert source[f.source_start:f.source_end].split() == f.text.split()
    # to the end: running it again changes nothing
    whole = fix_source(source, name, fmt)
    again = fix_source(whole.text, name, fmt)
    assert again.applied == [] and again.text == whole.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_bytes_outside_the_fixes_are_kept_in_every_encoding(source, enc):
    try:
        data = source.encode(enc)
    except UnicodeEncodeError:
        return  # the emoji cannot be written in Windows-1252
    done = fix_bytes(data, "gen.txt", "text")
    text, encode = decode_exact(data)
    assert done.after == encode(done.outcome.text)
    assert decode_exact(done.after)[0] == done.outcome.text
    if not done.outcome.applied:
        assert done.after == data


def test_headings_are_fixed_only_with_fix_headings(tmp_path):
    path = tmp_path / "a.md"
    src = "# How we will utilise the grant\n\nWe will utilise it.\n"
    path.write_text(src, encoding="utf-8")
    code, out, err = cli("check", "--diff", path)
    assert b"-# How we will utilise the grant" not in out and b"+We will use it." in out
    cli("check", "--fix", "--fix-headings", path)
    assert path.read_text(encoding="utf-8") == "# How we will use the grant\n\nWe will use it.\n"
