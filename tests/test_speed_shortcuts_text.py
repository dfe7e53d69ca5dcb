"""Issue 15's speed shortcuts in the plain-text reader, each against the slow way it replaced
(kept here): a blank line found without stripping it, each line's length without its white
space at the end read in C, the wrap width worked out once for the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

_LINE = st.text(alphabet=" \t\u00a0\u2003\r\x0bab.é", max_size=12)


@settings(max_examples=500, deadline=None)
@given(_LINE)
def test_a_blank_line_found_without_stripping_it(text):
    assert (not text or text.isspace()) == (not text.strip())


def _wrap_width_slow(lines) -> int:
    from plainlint.extract.text import _UNWRAPPED

    lengths = sorted(len(t.rstrip()) for t, _o, _l in lines if t.strip())
    if 0 < len(lengths) < 10 and lengths[-1] > 2 * _UNWRAPPED:
        return lengths[-1]
    if len(lengths) < 4:
        return 0
    return lengths[int(len(lengths) * 0.9) - 1]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_LINE, st.integers(min_value=0, max_value=400)), max_size=30))
def test_wrap_width_read_in_c_equals_the_line_by_line_reading(lines):
    from plainlint.extract.text import _wrap_width

    # lines of any length (a long one past twice the unwrapped width among them)
    rows = [(t + "x" * n, 0, i + 1) for i, (t, n) in enumerate(lines)]
    assert _wrap_width(rows) == _wrap_width_slow(rows)


_PIECES = ["The council will", "utilise the plan and", "- a bullet item", "1. first", "Decision:",
           "HEADING IN CAPITALS", "", "", "  ", "\t", "<!-- plainlint-disable -->", "ends here.",
           "local NHS trusts on", "Background", "We will support the work", "x" * 200]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_paragraphs_joined_with_the_width_worked_out_once(lines):
    """_rejoin takes the wrap width build_text worked out (the same lines every time): the
    blocks are those of joining each run of paragraphs with the width worked out again."""
    from plainlint.extract import text as T

    source = "\n".join(lines)
    got = T.build_text(source, "x.txt")
    original = T._rejoin

    # the lines build_text reads the width from: not blank, not a suppression comment
    lines_of = [(t, 0, 0) for t in lines if t.strip() and T.parse_directive(t) is None]

    def rejoin_working_it_out(paras, _width, items):
        return original(paras, T._wrap_width(lines_of), items)

    T._rejoin = rejoin_working_it_out
    try:
        slow = T.build_text(source, "x.txt")
    finally:
        T._rejoin = original
    assert [(b.start, b.end, b.kind, b.line, b.section) for b in got.blocks] == \
        [(b.start, b.end, b.kind, b.line, b.section) for b in slow.blocks]
    assert got.text == slow.text
