"""Issue 15's speed shortcut in ``metrics.is_label_run``: the tests of a run of numbers (a contents
list, numbered parts, bare numbers) are tried only where the text has as many digits as they need
(each of their matches holds a digit of its own), the flattened list only where it has a colon, and
two patterns that started with a look-behind (tried at every position of the text) start with their
capital. Each is compared here with the way it was done before, on sentences of our own, the
fixtures (and the shared corpus where it is present) and text made by hypothesis.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import plainlint.metrics as M

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

#: the patterns as they were written before
_LONE_LETTER_BEFORE = re.compile(r"(?<![\w.’'&-])[B-HJ-Z](?![\w.’'&-])")
_DOUBLED_CAPS_BEFORE = re.compile(r"(?<![\w'’&-])([A-Z]{4,})\s+\1(?![\w'’&-])")
_FIELD_LABEL_BEFORE = re.compile(r"(?:^|(?<=\s))[A-Z][A-Za-z'’/&-]*(?: [A-Za-z'’/&-]+){0,4}: ")
_SHOUTED_RUN_BEFORE = re.compile(r"(?<![\w'’&-])(?:[A-Z][A-Z0-9&'’-]*\s+){5,}[A-Z][A-Z0-9&'’-]*(?![\w'’&-])")


def _repeats_itself_before(words: list, n: int = 6, times: int = 3) -> bool:
    """_repeats_itself as it was: every run of n words walked."""
    lows = list(map(str.lower, words))
    seen: dict = {}
    first: dict = {}
    for i, key in enumerate(zip(*[lows[k:] for k in range(n)])):
        count = seen[key] = seen.get(key, 0) + 1
        if count >= times and words[i][:1].isupper():
            return True
        j = first.setdefault(key, i)
        if i - j >= M.TITLE_WORDS and words[j][:1].isupper() and lows[j:i - 1] == lows[i:2 * i - j - 1]:
            return True
    return False


def _label_run_before(text: str) -> bool:
    """is_label_run as it was: every test run, in order, on every text."""
    if len(text) < 60 or M.count_words(text) < M.LABEL_RUN_MIN_WORDS:
        return False
    words = M._LETTER_WORD.findall(text)[1:]
    if len(words) < M.LABEL_RUN_MIN_WORDS - 1:
        return False
    if (_repeats_itself_before(words) or M._numbered_run(text) or M._contents_run(text)
            or len(_LONE_LETTER_BEFORE.findall(text)) >= 5):
        return True
    if M._parts_run(text) or M._dashed_list(text) or _DOUBLED_CAPS_BEFORE.search(text) or _shouted_run_before(text):
        return True
    capital = sum(1 for w in words if w[0].isupper())
    if capital >= M.LABEL_RUN_FIELDS_CAPITALS * len(words) and len(_FIELD_LABEL_BEFORE.findall(text)) >= 3:
        return True
    if M._empty_fields(text):
        return True
    if capital < M.LABEL_RUN_CAPITALS * len(words):
        return False
    shouted = sum(1 for w in words if w.isupper() and len(w) > 1)
    return shouted < 0.8 * len(words)


def _shouted_run_before(text: str) -> bool:
    for m in _SHOUTED_RUN_BEFORE.finditer(text):
        if text[max(m.start() - 1, 0):m.start()] in ("‘", "'", '"', "“", "("):
            continue
        if sum(1 for w in m.group(0).split() if sum(c.isalpha() for c in w) >= 4) >= 3:
            rest = text[:m.start()] + " " + text[m.end():]
            return len(M._LOWER_WORD.findall(rest)) >= 5
    return False


_OURS = [
    # a contents list run together, by page numbers, by numbered parts, by bare numbers
    "Contents Opening remarks 3 Looking back at the old strategy 6 Ties to other strategies 8 Talking with "
    "residents 9 Money and budgets 12 Review of risks 15 Annex 17",
    "Part 1: Our people Part 2: Our places Part 3: Our money Part 4: Our partners and the plan for the years ahead",
    "Item Page 1 Welcome and apologies 2 2 Minutes of the last meeting 3 3 Actions 4 4 Finance report 5 5 Risks "
    "and issues 6 6 Any other business 7 and the close of the meeting",
    # the same in digits beyond ASCII (\\d takes any decimal digit)
    "Contents Opening remarks \u0663 Looking back at the old strategy \u0666 Ties to other strategies \u0668 "
    "Talking with residents \u0669 Money and budgets \u0661\u0662 Review of risks \u0661\u0665 Annex",
    "Part \uff11: Our people Part \uff12: Our places Part \uff13: Our money Part \uff14: Our partners for the years",
    # an agenda's letters, a marking twice, a flattened list
    "All B Apologies and welcome to the board C Declarations of interest D Minutes of the last meeting E Matters "
    "arising F Any other business",
    "The plan for the coming years (2024-27). RESTRICTED RESTRICTED Next steps for the plan are set out below in full",
    "The group met in the spring and gathered to: - review the plan - agree the budget - consider the risks - "
    "note the actions",
    "B C D E F G H J K L M N P Q R S T U V W X Y Z are letters, and so are A and I, but x.B and B-C and B's are not",
    "AAAA AAAA and BBBBB BBBBB, xCCCC CCCC, DDDD DDDDx, EEEE\tEEEE, FFF FFF and -GGGG GGGG and GGGG GGGG'",
    "Title of paper: The plan Date of meeting: 4 May Presented by: J Smith, Lead Officer Purpose: To agree",
    "Share A new plan for the town on Facebook Share A new plan for the town on X Share A new plan for the town "
    "by e-mail Share",
    "Northshire Care Board Draft Winter Plan 2025/26 Northshire Care Board Draft Winter Plan 2025/26 Draft for "
    "the board to note",
    "Report from PAPER 19 NORTHSHIRE MENTAL HEALTH NHS TRUST CHIEF EXECUTIVE REPORT This is the report for "
    "the board and its members to read and note",
    # prose, which none of them is
    "The board agreed that the council would work with its partners over the next three years to improve "
    "the care given to older people living at home in the borough.",
    "In 2023, 12 of the 40 schools had fewer than 30 pupils a class, and 3 had more than 35, which the "
    "report sets out in the table on page 14.",
]


def _texts() -> list:
    out = list(_OURS)
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            for p in sorted(folder.glob("*.md"))[:60]:
                text = p.read_text(encoding="utf-8", errors="replace")
                # its lines and its paragraphs, each one 'sentence' to judge
                out += [t for t in text.split("\n") if len(t) >= 60]
                out += [" ".join(t.split()) for t in text.split("\n\n") if len(t) >= 60]
    return out


def _same(text: str) -> None:
    assert _digits_before(text) == M._digit_count(text), text[:80]
    assert [m.span() for m in M._LONE_LETTER.finditer(text)] == [m.span() for m in _LONE_LETTER_BEFORE.finditer(text)]
    assert [m.span() for m in M._DOUBLED_CAPS.finditer(text)] == [m.span() for m in _DOUBLED_CAPS_BEFORE.finditer(text)]
    for new, old in ((M._FIELD_LABEL, _FIELD_LABEL_BEFORE), (M._SHOUTED_RUN, _SHOUTED_RUN_BEFORE)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    words = M._LETTER_WORD.findall(text)
    for n, times in ((6, 3), (2, 2), (1, 2)):
        assert M._repeats_itself(words, n, times) == _repeats_itself_before(words, n, times), text[:80]
    assert M.is_label_run.__wrapped__(text) == _label_run_before(text), text[:80]


def _digits_before(text: str) -> int:
    return len(re.findall(r"\d", text))


def test_label_run_with_its_shortcuts_equals_every_test_run():
    texts = _texts()
    assert len(texts) > len(_OURS)
    runs = 0
    for text in texts:
        _same(text)
        runs += M.is_label_run.__wrapped__(text)
    assert runs >= 6  # our own label runs are found (the shortcuts are tried, not only passed by)


def test_our_label_runs_are_label_runs_and_our_prose_is_not():
    assert all(M.is_label_run.__wrapped__(t) for t in _OURS[:8] + _OURS[10:14]), [
        t[:40] for t in _OURS[:-2] if not M.is_label_run.__wrapped__(t)]
    assert not any(M.is_label_run.__wrapped__(t) for t in _OURS[-2:])


_PIECES = st.sampled_from(["Part", "Section", "Contents", "Item", "B", "C", "D", "AAAA", "BBBB", "the", "plan",
                           "1", "2", "12", "3-4", "\u0663", "\uff12", ":", " - ", "- review", "•", "x.B", "B's",
                           "OFFICIAL", "NHS", "TRUST", "Date of meeting:", "Title:", "’", "'", "&", "-", ".", ",", "\n", "\t", "  ", " "])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=10, max_size=60), st.sampled_from([" ", "", "\n"]))
def test_label_run_of_any_text(pieces, sep):
    _same(sep.join(pieces))
