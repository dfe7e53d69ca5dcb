"""annotate is linear in the number of comments and honours --timeout and the memory cap
(issue 23, item 9)."""

import os
import time


import docx


def _draft(path, n):
    d = docx.Document()
    for i in range(n):
        d.add_paragraph(f"Paragraph {i}. We will utilise the budget in order to facilitate the plan.")
    d.save(str(path))
    return path


def test_comment_ids_are_linear_and_unique(tmp_path):
    import re
    import zipfile

    from docx.oxml.comments import CT_Comments

    from plainlint.annotate import annotate_file
    from plainlint.config import Config

    calls = {"n": 0}
    original = CT_Comments._next_available_comment_id

    def counting(self):
        calls["n"] += 1
        return original(self)

    CT_Comments._next_available_comment_id = counting
    try:
        src = _draft(tmp_path / "d.docx", 120)
        out = tmp_path / "o.docx"
        outcome = annotate_file(str(src), str(out), Config(select=["plain-words"], repeats="every"), force=True)
    finally:
        CT_Comments._next_available_comment_id = original
    assert CT_Comments._next_available_comment_id is original  # the speed-up is put back
    assert outcome.comments >= 240
    assert calls["n"] == 1  # the XPath over every comment ran once, not once per comment
    xml = zipfile.ZipFile(out).read("word/comments.xml").decode()
    ids = [int(i) for i in re.findall(r'<w:comment [^>]*w:id="(\d+)"', xml)]
    assert sorted(ids) == list(range(len(ids)))


def test_annotate_timeout_is_one_line_and_writes_nothing(run_cli, tmp_path):
    src = _draft(tmp_path / "d.docx", 5)
    out = tmp_path / "o.docx"
    code, _, err = run_cli("annotate", src, "-o", out, "--isolated", "--timeout", "1",
                           env={"PLAINLINT_TEST_FAULTS": "spin=d.docx"})
    assert code == 2, err
    assert "Traceback" not in err and "time limit of 1 s" in err
    assert sorted(os.listdir(tmp_path)) == ["d.docx"]


def test_annotate_memory_cap_is_one_line(run_cli, tmp_path):
    src = _draft(tmp_path / "d.docx", 5)
    cfg = tmp_path / "c.toml"
    cfg.write_text("max-memory-mb = 200\n", encoding="utf-8")
    start = time.monotonic()
    code, _, err = run_cli("annotate", src, "-o", tmp_path / "o.docx", "--config", cfg,
                           env={"PLAINLINT_TEST_FAULTS": "oom=d.docx"})
    assert time.monotonic() - start < 120
    assert code == 2, err
    assert "Traceback" not in err and "max-memory-mb" in err
    assert not (tmp_path / "o.docx").exists()
