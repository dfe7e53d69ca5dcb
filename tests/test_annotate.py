"""``plainlint annotate``: a copy of a Word document with a comment on each finding.

Read back with python-docx: same text and formatting as the draft, one comment per finding,
each anchored on exactly the finding's words, by "plainlint", holding the message and the
fix. The input is never written; outputs are never clobbered or written through links.
Where LibreOffice is installed, the copy is converted to PDF headless and
must print the same text as the draft.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import docx

from docx.oxml.ns import qn  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BOARD_PAPER = ROOT / "fixtures" / "board-paper.docx"
SELECT = ("--select", "jargon,wordy-phrase", "--isolated")


@pytest.fixture
def cli():
    """Run plainlint's command line in this process (fast): (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    from plainlint.cli import main

    def run(*args):
        result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return run


def make_draft(path: Path) -> Path:
    """A short draft whose jargon sits across run boundaries and inside formatting."""
    d = docx.Document()
    d.add_heading("Our plan for healthier lives", level=1)
    p = d.add_paragraph()
    p.add_run("In order to improve health, the board will ")
    r = p.add_run("util")
    r.bold = True
    r = p.add_run("ise")
    r.italic = True
    p.add_run(" a holistic approach going forward.")
    d.add_paragraph("We will talk to residents prior to any change, and nothing else.")
    t = d.add_table(rows=1, cols=2)
    # (a warning: "facilitate" and "streamline" became suggestions for board papers in issue 17, round 3)
    t.cell(0, 0).text = "Officers will liaise with the schools."
    t.cell(0, 1).text = "Plain words only."
    p = d.add_paragraph("Partners will ")
    r = p.add_run("leverage")
    r.underline = True
    r.font.size = docx.shared.Pt(14)
    p.add_run(" funding.")
    d.save(path)
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def body_chars(path: Path) -> list:
    """Every character of the body with its kind and its run's formatting (as XML), in order."""
    from lxml import etree

    d = docx.Document(str(path))
    out = []
    for r in d.element.body.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        fmt = "" if rpr is None else etree.tostring(rpr, method="c14n").decode()
        for t in r.iter(qn("w:t"), qn("w:delText"), qn("w:instrText"), qn("w:tab"), qn("w:br")):
            text = t.text or ("\t" if t.tag == qn("w:tab") else "\n" if t.tag == qn("w:br") else "")
            kind = etree.QName(t).localname
            for ch in text:
                out.append((ch, kind, fmt))
    return out


def comment_ranges(path: Path) -> list:
    """[(anchored text, author, initials, comment text)] for every comment in the body."""
    d = docx.Document(str(path))
    open_: dict = {}
    anchored: dict = {}
    order = []
    for el in d.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_[el.get(qn("w:id"))] = []
            order.append(el.get(qn("w:id")))
        elif el.tag == qn("w:commentRangeEnd"):
            cid = el.get(qn("w:id"))
            anchored[cid] = "".join(open_.pop(cid))
        elif el.tag == qn("w:t"):
            for parts in open_.values():
                parts.append(el.text or "")
    comments = {str(c.comment_id): c for c in d.comments}
    return [(anchored[i], comments[i].author, comments[i].initials, comments[i].text) for i in order]


def findings_of(cli, path: Path, *options) -> list:
    code, out, err = cli("check", path, "--format", "json", *options)
    assert code in (0, 1), err
    return json.loads(out)["files"][0]["findings"]


def test_annotate_comments_exactly_the_words(tmp_path, run_cli):
    cli = run_cli  # through the real entry point (a subprocess)
    draft = make_draft(tmp_path / "draft.docx")
    before_sha = _sha(draft)
    findings = findings_of(cli, draft, *SELECT)
    words = sorted(f["text"] for f in findings)
    assert words == sorted(["In order to", "utilise", "holistic", "going forward", "prior to", "liaise with",
                            "leverage"])
    code, out, err = cli("annotate", draft, *SELECT)
    assert code == 1, err  # findings at warning, as 'check' would say
    annotated = tmp_path / "draft.plainlint.docx"
    assert annotated.exists() and f"Wrote {annotated}" in out and "7 comments" in out
    assert _sha(draft) == before_sha  # the draft is never written
    # same text, same formatting, character by character
    assert body_chars(annotated) == body_chars(draft)
    a, b = docx.Document(str(draft)), docx.Document(str(annotated))
    assert [p.text for p in a.paragraphs] == [p.text for p in b.paragraphs]
    assert [c.text for c in a.tables[0]._cells] == [c.text for c in b.tables[0]._cells]
    # one comment per finding, on exactly its words, by plainlint, with message and fix
    ranges = comment_ranges(annotated)
    assert sorted(r[0] for r in ranges) == words
    by_words = {r[0]: r for r in ranges}
    for f in findings:
        anchored, author, initials, text = by_words[f["text"]]
        assert author == "plainlint" and initials == "PL"
        assert f["message"] in text
        # (advice with no fix, 'holistic' since set R pl07, has no 'Instead:')
        assert ("Instead: " + f["suggestions"][0] in text) if f["suggestions"] else "Instead: " not in text
    # the mid-word split kept each half's formatting
    util = [r for r in b.paragraphs[1].runs if r.text in ("util", "ise")]
    assert [(r.text, r.bold, r.italic) for r in util] == [("util", True, None), ("ise", None, True)]


def test_annotate_board_paper_fixture(tmp_path, cli):
    """Hyperlinks, tracked changes, text boxes, nested tables, notes, headers, an existing comment."""
    from plainlint.api import lint_file
    from plainlint.config import Config

    draft = tmp_path / "board paper.docx"
    shutil.copy(BOARD_PAPER, draft)
    cfg = Config()
    cfg.select = ["plain-words"]
    result = lint_file(str(draft), cfg)
    assert result.error is None and result.findings
    body = [f for f in result.findings if f.location.kind not in ("footnote", "header-footer")]
    notes = [f for f in result.findings if f.location.kind == "footnote"]
    heads = [f for f in result.findings if f.location.kind == "header-footer"]
    assert any(f.text == "utilise" and f.location.table == (1, 2, 3) for f in body)
    assert notes  # the fixture's footnote says "utilise"
    out = tmp_path / "out.docx"
    code, _, err = cli("annotate", draft, "-o", out, "--select", "plain-words", "--isolated", "--repeats", "every", "--min-severity", "suggestion")
    assert code == 1, err
    assert body_chars(out) == body_chars(draft)  # tracked changes, fields, text boxes: all as they were
    ranges = comment_ranges(out)
    ours = [r for r in ranges if r[1] == "plainlint"]
    theirs = [r for r in ranges if r[1] != "plainlint"]
    assert theirs == comment_ranges(draft)  # the writer's own comment survives untouched
    # body findings: on exactly their words; notes: on the note's reference mark, quoting the words
    assert sorted(r[0] for r in ours if r[0]) == sorted(f.text for f in body)
    note_comments = [r for r in ours if r[3].startswith("In the note: ")]
    assert len(note_comments) == len(notes)
    assert all(r[0] == "" for r in note_comments)  # a reference mark has no text of its own
    assert err.count("no comment for") == len(heads)
    assert len(ours) == len(body) + len(notes)


def test_never_overwrites_without_force(tmp_path, cli):
    draft = make_draft(tmp_path / "draft.docx")
    out = tmp_path / "draft.plainlint.docx"
    out.write_bytes(b"keep me")
    code, _, err = cli("annotate", draft, *SELECT)
    assert code == 2 and "--force" in err
    assert out.read_bytes() == b"keep me"
    code, _, err = cli("annotate", draft, "--force", *SELECT)
    assert code == 1, err
    assert len(comment_ranges(out)) == 7


def test_never_writes_the_input(tmp_path, cli):
    draft = make_draft(tmp_path / "draft.docx")
    sha = _sha(draft)
    for args in (("-o", draft), ("-o", draft, "--force"), ("-o", tmp_path / "." / "draft.docx", "--force")):
        code, _, err = cli("annotate", draft, *args, *SELECT)
        assert code == 2 and "never writes to its input" in err, err
    link = tmp_path / "link.docx"
    link.symlink_to(draft)
    code, _, err = cli("annotate", draft, "-o", link, "--force", *SELECT)
    assert code == 2 and "never writes to its input" in err
    hard = tmp_path / "hard.docx"
    os.link(draft, hard)
    code, _, err = cli("annotate", draft, "-o", hard, "--force", *SELECT)
    assert code == 2 and "never writes to its input" in err
    assert _sha(draft) == sha


def test_never_follows_a_symlink_at_the_output(tmp_path, cli):
    draft = make_draft(tmp_path / "draft.docx")
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch", encoding="utf-8")
    link = tmp_path / "out.docx"
    link.symlink_to(victim)
    code, _, err = cli("annotate", draft, "-o", link, *SELECT)
    assert code == 2 and "symbolic link" in err
    assert victim.read_text(encoding="utf-8") == "do not touch" and link.is_symlink()
    # with --force the link itself is replaced; what it pointed to is untouched
    code, _, err = cli("annotate", draft, "-o", link, "--force", *SELECT)
    assert code == 1, err
    assert not link.is_symlink() and len(comment_ranges(link)) == 7
    assert victim.read_text(encoding="utf-8") == "do not touch"
    # a dangling link is refused too (O_EXCL never creates through it)
    dangling = tmp_path / "dangling.docx"
    dangling.symlink_to(tmp_path / "nowhere" / "x.docx")
    code, _, err = cli("annotate", draft, "-o", dangling, *SELECT)
    assert code == 2 and not (tmp_path / "nowhere").exists()


def test_write_output_is_exclusive_without_force(tmp_path):
    from plainlint.annotate import AnnotateError, write_output

    target = tmp_path / "x.docx"
    write_output(str(target), b"one", force=False)
    with pytest.raises(AnnotateError):
        write_output(str(target), b"two", force=False)
    assert target.read_bytes() == b"one"
    write_output(str(target), b"three", force=True)
    assert target.read_bytes() == b"three"
    assert [p.name for p in tmp_path.iterdir()] == ["x.docx"]  # no temporary file left behind


def test_bad_inputs_give_one_clear_error(tmp_path, cli):
    md = tmp_path / "notes.md"
    md.write_text("# Notes\n", encoding="utf-8")
    code, _, err = cli("annotate", md)
    assert code == 2 and "Word .docx files only" in err and "Traceback" not in err
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = cli("annotate", broken)
    assert code == 2 and "broken.docx" in err and "Traceback" not in err
    assert not (tmp_path / "broken.plainlint.docx").exists()
    code, _, err = cli("annotate", tmp_path / "missing.docx")
    assert code == 2 and "no such file" in err
    assert not list(tmp_path.glob("*.plainlint.docx"))


def test_default_output_name():
    from plainlint.annotate import default_output

    assert default_output("papers/Draft v2.docx") == "papers/Draft v2.plainlint.docx"


def _soffice():
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def soffice():
    # tests never install system packages themselves: .ci/run installs LibreOffice
    path = _soffice()
    if path is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    return path


def _to_pdf(soffice, docx_path: Path, outdir: Path, profile: Path) -> Path:
    p = subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                       capture_output=True, timeout=300)
    pdf = outdir / (docx_path.stem + ".pdf")
    assert pdf.exists(), p.stderr.decode("utf-8", "replace")[-2000:]
    return pdf


@pytest.mark.slow
def test_libreoffice_opens_the_copy_and_prints_the_same_text(tmp_path, cli, soffice):
    from pdfminer.high_level import extract_text

    draft = tmp_path / "board.docx"
    shutil.copy(BOARD_PAPER, draft)
    mine = make_draft(tmp_path / "mine.docx")
    profile = tmp_path / "lo-profile"
    for doc in (draft, mine):
        out = tmp_path / (doc.stem + "-annotated.docx")
        code, _, err = cli("annotate", doc, "-o", out, "--select", "plain-words", "--isolated", "--repeats", "every", "--min-severity", "suggestion")
        assert code == 1, err
        orig_pdf = _to_pdf(soffice, doc, tmp_path / "orig", profile)
        copy_pdf = _to_pdf(soffice, out, tmp_path / "copy", profile)
        original_text = " ".join(extract_text(str(orig_pdf)).split())
        assert original_text
        # same words in the same order (comments are not printed; line grouping may differ)
        assert " ".join(extract_text(str(copy_pdf)).split()) == original_text
