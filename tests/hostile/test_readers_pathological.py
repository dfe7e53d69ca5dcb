"""The Markdown and text readers on generated pathological strings: every one ends without
error, and the linear bracket matching finds the links the old depth count found (issue 23,
items 10 and 11). Sizes are bounded so the suite stays fast; the times of the full-size
inputs are measured by bench/hostile.py, not here."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainlint.analysis import LONG_RUN, _break_long_runs
from plainlint.extract.markdown import _link_end, build_markdown, inline
from plainlint.extract.text import build_text

PIECES = ["[", "]", "(", ")", "![", "](", "&#", "&#x", "&amp;", ";", "*", "**", "_", "~~", "`", "```",
          "<!--", "-->", "<!-- plainlint-disable", "<!-- plainlint-enable -->", "<b>", "</b>", "<", ">",
          "\\", "\u0301", "\u0308\u0301", "\U0001F600", "\U0001F468\u200d\U0001F469", "\u202e", "\r",
          "\n", "\r\n", " ", "|", "# ", "- ", "utilise", "ABC", "e.g."]
PATHOLOGICAL = st.lists(
    st.tuples(st.sampled_from(PIECES), st.integers(min_value=1, max_value=300)),
    min_size=1, max_size=12,
).map(lambda parts: "".join(p * n for p, n in parts))

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(PATHOLOGICAL)
def test_markdown_reader_ends_without_error(s):
    doc = build_markdown(s, "x.md")
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(doc.text)
        loc = doc.locate(b.start, b.end)
        assert loc.line is not None and loc.line >= 1


@SETTINGS
@given(PATHOLOGICAL)
def test_text_reader_ends_without_error(s):
    doc = build_text(s, "x.txt")
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(doc.text)
        assert doc.locate(b.start, b.end).line >= 1


def _old_link_end(text, i):
    """The depth count from each '[' that the reader used before (quadratic on '[' runs)."""
    depth, j, n = 0, i, len(text)
    while j < n:
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                break
        j += 1
        if j - i > 2000:
            return None
    else:
        return None
    label_end, k = j, j + 1
    if k < n and text[k] == "(":
        depth = 0
        while k < n:
            if text[k] == "(":
                depth += 1
            elif text[k] == ")":
                depth -= 1
                if depth == 0:
                    return label_end, k + 1
            k += 1
        return None
    if k < n and text[k] == "[":
        close = text.find("]", k)
        if close != -1:
            return label_end, close + 1
    return label_end, label_end + 1


LINKISH = st.lists(st.sampled_from(["[", "]", "(", ")", "a", " ", "x", "!"]), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(LINKISH)
def test_linear_link_matching_equals_the_depth_count(s):
    for i, c in enumerate(s):
        if c == "[" and (i == 0 or s[i - 1] != "\\"):
            assert _link_end(s, i) == _old_link_end(s, i), (s, i)


def test_deep_nesting_is_read_not_refused():
    out = []
    inline("[" * 100_000 + "word" + "]" * 100_000, 0, out)  # was RecursionError
    assert "".join(t for t, _ in out).strip("[]") == "word"
    doc = build_markdown("See [the [inner](x) plan](y) and ![img](z) `code` &amp; <b>it</b>.", "x.md")
    assert doc.text.strip() == "See the inner plan and   & it."


def test_long_runs_are_broken_for_the_tokenizer_one_for_one():
    assert _break_long_runs("ordinary words and https://example.org/a/b") == "ordinary words and https://example.org/a/b"
    run = "[" * (LONG_RUN * 3)
    text = "a " + run + " b"
    broken = _break_long_runs(text)
    assert len(broken) == len(text) and broken.startswith("a ") and broken.endswith(" b")
    assert max(len(w) for w in broken.split()) < LONG_RUN
    assert broken[2:-2].strip() == ""  # no letter or digit in the run: nothing for a rule, one token
    words = "a " + "word[" * LONG_RUN + " b"
    broken = _break_long_runs(words)
    assert len(broken) == len(words) and max(len(w) for w in broken.split()) < LONG_RUN
    assert set(broken[2:-2]) == set("word[ ")  # only some characters became spaces
