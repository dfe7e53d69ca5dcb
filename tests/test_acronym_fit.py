"""The definition fit (checks/acronyms/fit.py) on generated input: the word-by-word fit gives
exactly what the recursive fit it replaced gave, and hostile text (thousands of distinct
acronyms, on one line or many) is checked in bounded time, never a RecursionError reported as a
damaged file (issue 23 item 10)."""

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.api import check_text
from plainlint.checks.acronyms.fit import _W, _initials_in_a_row, _internal, _letters, fits, match_cost
from plainlint.checks.acronyms.shape import _ORG_TAIL, SMALL_WORDS

fit = importlib.import_module("plainlint.checks.acronyms.fit")
survey = importlib.import_module("plainlint.checks.acronyms.survey")  # the package's survey is a function


# The recursive fit as it was before it was made iterative, kept as the reference. Only for small
# inputs: it recursed once per word.
def _recursive_match_cost(letters, words: list[_W], mode: str) -> tuple[float, int, int]:
    """The old recursive match_cost, word for word.

    mode ``suffix``: the expansion ends at the last word (words before it are free);
    ``whole``: every word is part of it; ``prefix``: it starts at the first word and may
    stop anywhere. Skipping a word that is not small costs 1; a letter from inside a word
    costs 0.6 unless the acronym writes it in lower case or the word has a capital there.
    """
    n, m = len(words), len(letters)
    INF = (99.0, -1, -1)
    if m == 0 or n == 0:
        return INF
    memo: dict = {}

    def skip_cost(w: _W, trailing: bool) -> float:
        if w.free:
            return 0.0
        if trailing and w.low in _ORG_TAIL:
            return 0.25
        return 1.0

    def best(i: int, j: int) -> tuple[float, int]:
        """(cost, last used word) to match letters[i:] with words[j:]."""
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == m:
            if mode == "prefix":
                r = (0.0, j - 1)
            else:
                r = (sum(skip_cost(w, True) for w in words[j:]), j - 1)
            memo[key] = r
            return r
        if j == n:
            memo[key] = (99.0, -1)
            return memo[key]
        w = words[j]
        c, last = best(i, j + 1)
        r = (c + skip_cost(w, False), last)
        u = _use(i, j)
        if u[0] < r[0]:
            r = u
        memo[key] = r
        return r

    def _use(i: int, j: int) -> tuple[float, int]:
        w = words[j]
        ch, _low = letters[i]
        if ch == "&":
            if w.low in ("and", "&"):
                c, last = best(i + 1, j + 1)
                return (c, max(last, j))
            return (99.0, -1)
        if not w.text or w.low[0] != ch:
            return (99.0, -1)
        res = (99.0, -1)
        # an expansion rarely starts with a small word: "Office of Data Analytics (ODA)", not "of ..."
        start_cost = 0.75 if i == 0 and w.free else 0.0
        for count, cost in _internal(letters, i + 1, w.text):
            c, last = best(i + 1 + count, j + 1)
            if c + cost + start_cost < res[0]:
                res = (c + cost + start_cost, max(last, j))
        return res

    if mode == "suffix":
        result = INF
        # the nearest start that fits best wins
        for s in range(n - 1, -1, -1):
            c, last = _use(0, s)
            if c < result[0]:
                result = (c, s, last)
        return result
    if mode == "prefix":
        lead = 0.0
        result = INF
        for s in range(n):
            c, last = _use(0, s)
            if lead + c < result[0]:
                result = (lead + c, s, last)
            lead += skip_cost(words[s], False)
            if lead >= 1.0:
                break
        return result
    # whole
    lead = 0.0
    result = INF
    for s in range(n):
        c, last = _use(0, s)
        if lead + c < result[0]:
            result = (lead + c, s, last)
        lead += skip_cost(words[s], False)
    return result


_WORDS = ["National", "Health", "Service", "and", "of", "the", "Care", "Board", "England", "NHS", "Trust",
          "tuberculosis", "HealthWatch", "for", "2024", "Equality", "Integrated", "&", "Council", "Leeds",
          "services", "Children", "Young", "People", "Mental", "Partnership", "a", "Data", "Office"]


def _w(i, text):
    low = text.lower()
    return _W(text, low, low in SMALL_WORDS or text.isdigit(), i, i + 1)


words_st = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(
    lambda ws: [_w(i, t) for i, t in enumerate(ws)])
base_st = st.text(alphabet="NHSECBTILYPMAhs&", min_size=1, max_size=6)


@settings(max_examples=400, deadline=None)
@given(base=base_st, words=words_st, mode=st.sampled_from(["suffix", "prefix", "whole"]))
def test_iterative_fit_equals_recursive(base, words, mode):
    letters = _letters(base)
    assert match_cost(letters, words, mode) == _recursive_match_cost(letters, words, mode)


def test_known_fits():
    words = [_w(i, t) for i, t in enumerate("the National Health Service England".split())]
    assert fits("NHSE", words, "suffix") == (1, 4)
    words = [_w(i, t) for i, t in enumerate("rates of tuberculosis".split())]
    assert fits("TB", words, "suffix") == (2, 2)
    assert fits("TB", words, "prefix") is None


def test_a_line_of_thousands_of_words_is_fitted_without_recursion():
    # 20,000 words in one line: the recursive fit went one call deeper per word
    words = [_w(i, "Board") for i in range(20_000)] + [_w(20_000, "Health")]
    assert match_cost(_letters("XYZ"), words, "prefix")[1] == -1
    assert match_cost(_letters("BH"), words, "suffix")[1:] == (19_999, 20_000)


def _reference_runs(letters, words):
    """_initials_in_a_row without its quick test: every start tried with the full fit."""
    m = len(letters)
    for s0, w in enumerate(words):
        if w.free or w.low[0] != letters[0][0]:
            continue
        window = words[s0:s0 + m + 4]
        cost, first, last = match_cost(letters, window, "prefix")
        if cost > 0 or first != 0 or last < 1:
            continue
        span = window[:last + 1]
        if any(b.start - a.start > 2 for a, b in zip(span, span[1:])):
            continue
        yield span


@settings(max_examples=400, deadline=None)
@given(base=base_st, words=words_st)
def test_quick_test_drops_no_run(base, words):
    letters = _letters(base)
    assert list(_initials_in_a_row(letters, words)) == list(_reference_runs(letters, words))


def _acronyms(count):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [letters[i // 676 % 26] + letters[i // 26 % 26] + letters[i % 26] + "Q" for i in range(count)]


def _work(text, monkeypatch):
    """Letters times words the fit was asked to match while checking ``text`` (no clock: the
    machine's load does not change it)."""
    done = [0]

    def counted(letters, words, mode):
        done[0] += len(letters) * len(words)
        return match_cost(letters, words, mode)

    for module in (fit, survey):
        monkeypatch.setattr(module, "match_cost", counted)
    result = check_text(text)
    assert not result.error, result.error
    assert any(f.rule.startswith("acronym-") for f in result.findings)
    return done[0]


@pytest.mark.parametrize("shape", ["one line", "words", "names", "brackets", "lines", "group"])
def test_hostile_acronym_text_is_checked_in_linear_work(shape, monkeypatch):
    # shapes that were a RecursionError (a line of thousands of distinct acronyms) or quadratic:
    # words between them, capitalised names before them, in brackets, glossary-like lines, one group
    make = {
        "one line": lambda acr: " ".join(acr),
        "words": lambda acr: " ".join(f"{a} {a[0].lower()}ord" for a in acr),
        "names": lambda acr: " ".join(f"{a[0]}x {a[1]}y {a[2]}z {a} Queen" for a in acr),
        "brackets": lambda acr: " ".join(f"Big Apple Cart Queen ({a})" for a in acr),
        "lines": lambda acr: "\n".join(f"{a} – {a[0]}ne {a[1]}wo {a[2]}hree Quad" for a in acr),
        "group": lambda acr: "(" + " ".join(acr) + ")",
    }[shape]
    small = _work(make(_acronyms(200)), monkeypatch)
    big = _work(make(_acronyms(800)), monkeypatch)
    # four times the text: about four times the work, far from the sixteen of a quadratic fit
    assert big <= 6 * small + 1000, (shape, small, big)
