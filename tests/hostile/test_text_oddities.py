"""Text that is odd but honest is read as text, with the right lines (issue 23, item 16)."""

from plainlint.api import check_text, lint_file
from plainlint.config import Config


def test_cr_only_line_endings_give_real_line_numbers():
    text = "Title\r\rWe will utilise the money.\r\rAnd facilitate the work.\r"
    r = check_text(text, Config(select=["jargon"]), fmt="text")
    assert r.error is None
    lines = sorted({f.location.line for f in r.findings})
    assert lines == [3, 5], [(f.text, f.location) for f in r.findings]
    crlf = check_text(text.replace("\r", "\r\n"), Config(select=["jargon"]), fmt="text")
    assert [(f.location.line, f.location.column) for f in crlf.findings] == \
        [(f.location.line, f.location.column) for f in r.findings]
    md = check_text("# Plan\r\rWe will utilise it.\r", Config(select=["jargon"]), fmt="markdown")
    assert [f.location.line for f in md.findings] == [3]


def test_markdown_that_mentions_pdf_is_not_refused_as_binary(tmp_path):
    p = tmp_path / "notes.md"
    p.write_text("# Files\n\nA PDF starts with the bytes `%PDF-1.7`. We will utilise this.\n", encoding="utf-8")
    r = lint_file(str(p), Config(select=["jargon"]))
    assert r.error is None and [f.text for f in r.findings] == ["utilise"]
    # a real PDF named .md is still refused
    q = tmp_path / "real.md"
    q.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert lint_file(str(q), Config()).error["kind"] == "not-a-document"
