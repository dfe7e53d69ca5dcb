"""A document too big to analyse in one go is refused in one line before any analysis
(issue 23 item 11): a 4.6 MB Markdown table (390,000 cells) took over 2 GB, 4 million short
lines 2.6 GB, a 19 MB paragraph about 1 GB; settings max-file-words, max-file-paragraphs."""

from __future__ import annotations

import pytest

from plainlint.api import lint_file
from pathlib import Path

from plainlint.config import Config, ConfigError, load_file
from plainlint.extract import markdown as md_reader
from plainlint.extract import text as text_reader


def _check(tmp_path, name: str, data: bytes, **limits):
    p = tmp_path / name
    p.write_bytes(data)
    return lint_file(str(p), Config(**limits))


def test_words_over_the_limit_refused(tmp_path):
    r = _check(tmp_path, "long.txt", b"We will check this. " * 600, max_file_words=2000)  # 2,400 words
    assert r.error and r.error["kind"] == "too-large", r.error
    assert "max-file-words" in r.error["message"] and "2,000" in r.error["message"]


def test_words_under_the_limit_checked(tmp_path):
    r = _check(tmp_path, "ok.txt", b"We will utilise this. " * 400, max_file_words=2000)  # 1,600 words
    assert r.error is None and r.findings


def test_paragraphs_over_the_limit_refused(tmp_path):
    table = b"| a | b | c |\n|---|---|---|\n" + b"| one | two | three |\n" * 10  # 33 cells
    r = _check(tmp_path, "table.md", table, max_file_paragraphs=20)
    assert r.error and r.error["kind"] == "too-large", r.error
    assert "33 paragraphs, headings, list items and table cells" in r.error["message"]
    assert "max-file-paragraphs" in r.error["message"]
    assert _check(tmp_path, "table2.md", table, max_file_paragraphs=40).error is None


def test_word_and_pdf_documents_are_held_to_the_limits_too(tmp_path):
    import docx
    d = docx.Document()
    for i in range(30):
        d.add_paragraph(f"Paragraph {i} says something plain.")
    p = tmp_path / "many.docx"
    d.save(str(p))
    r = lint_file(str(p), Config(max_file_paragraphs=25))
    assert r.error and r.error["kind"] == "too-large"
    r = lint_file(str(p), Config(max_file_words=100))
    assert r.error and r.error["kind"] == "too-large"
    assert lint_file(str(p), Config()).error is None


@pytest.mark.parametrize("name,reader,builder", [("lines.txt", text_reader, "build_text"),
                                                 ("lines.md", md_reader, "build_markdown")])
def test_far_too_long_text_refused_before_it_is_read(tmp_path, monkeypatch, name, reader, builder):
    """Many short lines (4 million took 2.6 GB): refused from the raw text, the reader
    never runs."""
    def never(*_a, **_k):
        raise AssertionError("the reader ran")

    monkeypatch.setattr(reader, builder, never)
    r = _check(tmp_path, name, b"a\n" * 5000, max_file_words=2000)
    assert r.error and r.error["kind"] == "too-large", r.error
    assert "4,000 words" in r.error["message"]


def test_default_limits_refuse_a_huge_table_quickly(tmp_path):
    """The default limits: a 1.5 MB table of 126,000 cells is refused (it is read, but never
    analysed)."""
    table = b"| a | b | c |\n|---|---|---|\n" + b"| x | y | z |\n" * 42_000
    r = _check(tmp_path, "table.md", table)
    assert r.error and r.error["kind"] == "too-large", r.error
    assert "40,000" in r.error["message"]


@pytest.mark.parametrize("key,value", [("max-file-words", 0), ("max-file-paragraphs", -1),
                                       ("max-file-words", 1.5), ("max-file-words", "many")])
def test_limit_settings_validated(tmp_path, key, value):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text(f"{key} = {value!r}\n".replace("'", '"'), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_file(Path(cfg))
    assert key in str(e.value)


def test_limit_settings_read(tmp_path):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text("max-file-words = 500000\nmax-file-paragraphs = 60000\n", encoding="utf-8")
    c = load_file(Path(cfg))
    assert (c.max_file_words, c.max_file_paragraphs) == (500000, 60000)
    o = c.extract_options()
    assert (o.max_words, o.max_blocks) == (500000, 60000)
