"""Hostile and odd text: any input gives a result or a clean error, never an exception,
and locations stay right where there is text to point at."""

import json
import subprocess
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from plainlint.api import check_text, lint_file
from plainlint.config import Config
from plainlint.extract import ExtractOptions, extract
from plainlint.extract.markdown import build_markdown
from plainlint.extract.text import build_text

ODD = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
MARKDOWNISH = st.lists(st.sampled_from([
    "# ", "## ", "- ", "* ", "1. ", "> ", "| a | b |", "|---|---|", "```", "~~~", "    ", "\t", "`", "**",
    "_", "[", "](", ")", "![", "<", ">", "<!--", "-->", "&amp;", "&#0;", "\\", "\n", "\r\n", " ",
    "utilise", "in order to", "CCG", "e.g.", "Dr.", ".", "?", "\u200b", "\u202e", "é", "e\u0301", "\x00",
    "https://x.org/a_b", "co-production", "---", "===", "<!-- plainlint-disable -->", "<!-- plainlint-enable -->",
]), max_size=60).map("".join)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_locations(doc):
    """Every block's first character maps back to the same character in the source."""
    src = doc.source
    for b in doc.blocks:
        loc = doc.locate(b.start, b.end)
        assert loc.line is not None and loc.line >= 1 and loc.column >= 1
        so = doc.source_offset(b.start)
        assert 0 <= so <= len(src)


@SETTINGS
@given(ODD)
def test_text_extractor_never_raises(s):
    _check_locations(build_text(s, "x.txt"))


@SETTINGS
@given(MARKDOWNISH)
def test_markdown_extractor_never_raises(s):
    _check_locations(build_markdown(s, "x.md"))


@SETTINGS
@given(st.one_of(ODD, MARKDOWNISH), st.sampled_from(["text", "markdown"]))
def test_whole_engine_never_raises(s, fmt):
    r = check_text(s, Config(), fmt=fmt)
    assert r.error is None or r.error["kind"] in ("not-a-document", "decode")
    for f in r.findings:
        assert 0 <= f.start <= f.end
        json.dumps(f.to_dict())


@SETTINGS
@given(st.binary(max_size=300))
@example(b"\xb2)")  # '²)': a superscript two is a digit to str.isdigit but not to int (found by this test)
@example(b"text (\xb3) more (\xb9) and")
def test_arbitrary_bytes_give_result_or_clean_error(data):
    r = lint_file("x.txt", Config(), data=data, name="x.txt", fmt="text")
    assert r.error is None or r.error["kind"] in ("not-a-document", "decode")


def test_word_list_spans_exact_with_zero_width_and_combining():
    src = "Cafe\u0301 plans \u200bwill utilise\u200d funds; \u202eRTL\u202c text.\n"
    r = check_text(src, Config(select=["jargon"]))
    f = [x for x in r.findings if x.rule == "jargon"][0]
    assert f.text == "utilise"
    assert f.location.column == src.index("utilise") + 1


def test_surrogate_escapes_and_nul_bytes():
    data = "Bad \udcff bytes".encode("utf-8", "surrogateescape") + b" and a NUL\x00 here. We utilise it.\n"
    r = lint_file("x.txt", Config(select=["jargon"]), data=data, name="x.txt", fmt="text")
    assert r.error is None
    assert [f.text for f in r.findings] == ["utilise"]


def test_extremely_long_line_and_word():
    s = ("word " * 200_000) + "x" * 100_000 + " utilise\n"
    r = check_text(s, Config(select=["jargon", "long-sentence"], max_file_words=300_000))
    assert r.error is None
    assert any(f.text == "utilise" for f in r.findings)


def test_ten_thousand_nested_list_levels():
    # 10,000 levels on one line ("- - - ... text"), 10,000 nested quotes, and 1,000 indented levels
    s = "- " * 10_000 + "we utilise it\n\n" + "> " * 10_000 + "we utilise it\n\n"
    s += "".join("  " * i + "- we utilise it\n" for i in range(1_000))
    r = check_text(s, Config(select=["jargon"]), fmt="markdown")
    # a block quotation is someone else's words: the plain-words rules leave it (05c072a)
    assert r.error is None and len(r.findings) == 1_001
    assert [f.location.line for f in r.findings[:3]] == [1, 5, 6]
    line5 = s.splitlines()[4]
    assert r.findings[1].location.column == line5.index("utilise") + 1
    r = check_text(s, Config(select=["long-sentence", "passive-voice"]), fmt="markdown")
    assert r.error is None


def test_huge_text_refused_before_reading(tmp_path):
    """A 200 MB text file is refused by size, without reading it into memory."""
    p = tmp_path / "huge.md"
    with open(p, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    code = (
        "import resource, sys\n"
        "from plainlint.api import lint_file\nfrom plainlint.config import Config\n"
        f"r = lint_file({str(p)!r}, Config())\n"
        "print(r.error['kind'], r.error['message'])\n"
        # the peak of this process's own memory: VmHWM belongs to the new program, while
        # ru_maxrss keeps the pytest process's peak across fork and exec (Linux), which
        # passes 600 MB late in a whole-suite run
        "try:\n"
        "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
        "except OSError:\n"
        "    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print('PEAK', hwm)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    assert out.startswith("too-large") and "max-text-mb" in out
    peak_kb = int(out.split("PEAK")[1])
    assert peak_kb < 300 * 1024  # reading the 200 MB file (and decoding it) would pass this


def test_huge_text_on_stdin_refused(run_cli):
    data = b"word " * (21 * 1024 * 1024 // 5 + 10)
    code, out, err = run_cli("check", "-", "--isolated", input=data)
    assert code == 2 and "max-text-mb" in err and "Traceback" not in err


def test_text_limit_configurable():
    opts = ExtractOptions(max_text_bytes=100)
    try:
        extract(b"x" * 200, "a.txt", opts)
    except Exception as exc:  # noqa: BLE001
        assert "max-text-mb" in str(exc)
    else:
        raise AssertionError("not refused")
