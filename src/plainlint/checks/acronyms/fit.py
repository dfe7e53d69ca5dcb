"""Step 2, fit: do these words spell out these letters? (initials, small words, letters from inside words,
and Schwartz and Hearst's rule as the fallback)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ...wordlists import word_set
from .shape import (
    _ORG_TAIL,
    _title,
)

#: the last word of a formal body's name (wordlists/acronym-words.toml body-words)
_BODY_WORDS = word_set("acronym-words.toml", "body-words")

# ---------------------------------------------------------------------------------------
# Matching an expansion to the letters


@dataclass(slots=True)
class _W:
    text: str
    low: str
    free: bool  # a small word or a number: may be skipped at no cost
    start: int  # token index in the block's Doc
    end: int  # token index after the word


def _letters(base: str) -> list[tuple[str, bool]]:
    return [(c.lower(), c.islower()) for c in base if c.isalpha() or c == "&"]


def _internal(letters, i: int, word: str) -> list[tuple[int, float]]:
    """Ways to take letters i, i+1, ... from inside ``word`` after its initial: (count, cost)."""
    out = [(0, 0.0)]
    pos = 1
    cost = 0.0
    k = i
    all_caps = word.isupper() and len(word) > 1
    while k < len(letters):
        ch, low = letters[k]
        if ch == "&":
            break
        found = -1
        for p in range(pos, len(word)):
            if word[p].lower() == ch:
                found = p
                break
        if found == -1:
            break
        if all_caps or low or word[found].isupper():
            cost += 0.0  # "NHS England (NHSE)", "Equality (Eq)", "HealthWatch"
        else:
            cost += 0.6  # "tuberculosis (TB)": allowed, but it costs
        pos = found + 1
        k += 1
        out.append((k - i, cost))
    return out


def match_cost(letters, words: list[_W], mode: str) -> tuple[float, int, int]:
    """Best (cost, first word, last word) that fits ``letters`` to ``words``.

    mode ``suffix``: the expansion ends at the last word (words before it are free);
    ``whole``: every word is part of it; ``prefix``: it starts at the first word and may
    stop anywhere. Skipping a word that is not small costs 1; a letter from inside a word
    costs 0.6 unless the acronym writes it in lower case or the word has a capital there.
    """
    n, m = len(words), len(letters)
    INF = (99.0, -1, -1)
    if m == 0 or n == 0:
        return INF

    def skip_cost(w: _W, trailing: bool) -> float:
        if w.free:
            return 0.0
        if trailing and w.low in _ORG_TAIL:
            return 0.25
        return 1.0

    # best(i, j) = (cost, last used word) to match letters[i:] with words[j:]. It depends only on
    # best(., j + 1), so it is filled one word at a time from the end, with no recursion (a line of
    # thousands of words was a RecursionError) and in time linear in the words.
    tail = 0.0  # cost of leaving words[j:] out after the expansion: every skip costs 0, 0.25 or 1, summed exactly
    nxt: list = [(99.0, -1)] * m + [(0.0, n - 1)]
    use0: list = [(99.0, -1)] * n  # _use(0, s) for each start s

    def _use(i: int, j: int, w: _W, col: list) -> tuple[float, int]:
        ch = letters[i][0]
        if ch == "&":
            if w.low in ("and", "&"):
                c, last = col[i + 1]
                return (c, max(last, j))
            return (99.0, -1)
        res = (99.0, -1)
        # an expansion rarely starts with a small word: "Office of Data Analytics (ODA)", not "of ..."
        start_cost = 0.75 if i == 0 and w.free else 0.0
        for count, cost in _internal(letters, i + 1, w.text):
            c, last = col[i + 1 + count]
            if c + cost + start_cost < res[0]:
                res = (c + cost + start_cost, max(last, j))
        return res

    chars = [ch for ch, _low in letters]
    for j in range(n - 1, -1, -1):
        w = words[j]
        skip = skip_cost(w, False)
        tail += skip_cost(w, True)
        col = [(c + skip, last) for c, last in nxt]
        col[m] = (0.0 if mode == "prefix" else tail, j - 1)
        initial = w.low[:1]
        for i in range(m):
            if chars[i] != initial and chars[i] != "&":
                continue  # this word cannot stand for letter i: only skipping it
            u = _use(i, j, w, nxt)
            if i == 0:
                use0[j] = u
            if u[0] < col[i][0]:
                col[i] = u
        nxt = col

    if mode == "suffix":
        result = INF
        # the nearest start that fits best wins
        for s in range(n - 1, -1, -1):
            c, last = use0[s]
            if c < result[0]:
                result = (c, s, last)
        return result
    # prefix or whole: words skipped before the start cost; a prefix stops once they cost a whole miss
    lead = 0.0
    result = INF
    for s in range(n):
        c, last = use0[s]
        if lead + c < result[0]:
            result = (lead + c, s, last)
        lead += skip_cost(words[s], False)
        if mode == "prefix" and lead >= 1.0:
            break
    return result


def fits(base: str, words: list[_W], mode: str, lenient: bool = False) -> Optional[tuple[int, int]]:
    """(first, last) word of the expansion when ``words`` spell out ``base``, else None."""
    letters = _letters(base)
    if not letters or not words:
        return None
    if mode == "prefix":
        # the expansion starts at or before the first word of substance and is at most len + 6 words
        # long (below), so the rest of a long line or cell is never looked at
        lead = next((k for k, w in enumerate(words) if not w.free), len(words))
        words = words[:lead + len(letters) + 7]
    cost, first, last = match_cost(letters, words, mode)
    if first < 0 and len(letters) >= 4:
        # a typing slip that swaps two letters still spells the words out for the reader
        for k in range(1, len(letters) - 1):
            swapped = letters[:k] + [letters[k + 1], letters[k]] + letters[k + 2:]
            c2, f2, l2 = match_cost(swapped, words, mode)
            if f2 >= 0 and c2 + 0.5 < cost:
                cost, first, last = c2 + 0.5, f2, l2
    if first < 0 and len(letters) >= 5 and base[:2] in ("UK", "WY") and base[:2].isupper():
        # a place at the front that the words leave out: "resident doctors committee (UKRDC)"
        c2, f2, l2 = match_cost(letters[2:], words, mode)
        if f2 >= 0:
            cost, first, last = c2 + 0.5, f2, l2
    if first < 0:
        return None
    limit = (1.0 if len(letters) >= 3 else 0.6) + (1.0 if lenient else 0.0)
    if cost > limit + 1e-9:
        return None
    if mode != "prefix":
        last = len(words) - 1
    if last - first + 1 > len(letters) + 6:
        return None
    return first, last


def _title_run(words: list, base: str) -> Optional[int]:
    """Start of a capitalised name just before the brackets that loosely fits the letters."""
    letters = [c.lower() for c in base if c.isalpha()]
    m = len(letters)
    if m < 3:
        return None
    k = len(words)
    while k > 0 and (_title(words[k - 1].text) or words[k - 1].text.isupper() or words[k - 1].free):
        k -= 1
    best = None
    for s0 in range(len(words) - 1, k - 1, -1):
        w = words[s0]
        if w.free or w.low[0] != letters[0]:
            continue
        content = [x for x in words[s0:] if not x.free]
        if not (2 <= len(content) <= m + 2) or len(content) * 2 < m:
            continue
        initials = [x.low[0] for x in words[s0:]]
        hits = 0
        pool = list(initials)
        for c in letters:
            if c in pool:
                pool.remove(c)
                hits += 1
        if hits * 2 >= m + 1:
            best = s0
            # a capitalised word just before whose initial is one of the letters still unused belongs to
            # the name, the letters being in another order: "Coordinated Universal Time (UTC)"
            unused = list(letters)
            for c in initials:
                if c in unused:
                    unused.remove(c)
            while best > 0 and unused and _title(words[best - 1].text) and words[best - 1].low[0] in unused:
                unused.remove(words[best - 1].low[0])
                best -= 1
            break
    return best


def _initials_then_body(words: list, base: str) -> Optional[int]:
    """Start of a capitalised name just before the brackets whose first words' initials spell the letters
    exactly and whose last words, up to four, name the kind of body ("Health and Adult Social Care Overview and
    Scrutiny Committee (HASC)": the letters stand for the name, its "Overview and Scrutiny Committee" left out)."""
    letters = [c.lower() for c in base if c.isalpha()]
    m = len(letters)
    if m < 3 or not words or words[-1].low not in _BODY_WORDS:
        return None
    for s0, w in enumerate(words):
        if w.free or not _title(w.text) or w.low[0] != letters[0]:
            continue
        k, i = s0, 0
        while k < len(words) and i < m:
            x = words[k]
            if x.free:
                k += 1
                continue
            if not _title(x.text) or x.low[0] != letters[i]:
                break
            i += 1
            k += 1
        if i == m and k < len(words) and len(words) - k <= 4 and all(_title(x.text) or x.free for x in words[k:]):
            return s0
    return None


def schwartz_hearst(base: str, words: list[_W], whole: bool = False) -> Optional[int]:
    """First word of the expansion by Schwartz and Hearst's rule, or None.

    Each letter of the acronym, last to first, is found in the words before the
    brackets, reading backwards; the first letter must start a word. It is the usual
    fallback for a bracketed acronym right after its words when the initials do not fit
    ("Technology-enabled services (TECS)"). Schwartz & Hearst (2003), "A simple algorithm
    for identifying abbreviation definitions in biomedical text".
    """
    letters = [c.lower() for c in base if c.isalpha()]
    if not letters or not words:
        return None
    text = ""
    owner = []
    for wi, w in enumerate(words):
        if text:
            text += " "
            owner.append(wi)
        text += w.low
        owner.extend([wi] * len(w.low))
    si = len(text) - 1
    for li in range(len(letters) - 1, -1, -1):
        c = letters[li]
        while si >= 0 and (text[si] != c or (li == 0 and si > 0 and text[si - 1].isalnum())):
            si -= 1
        if si < 0:
            return None
        si -= 1
    start = owner[si + 1]
    if words[start].free:
        return None  # "in the 10% most deprived areas (IMD)" is not a definition
    m = len(letters)
    if len(words) - start > min(m + 5, 2 * m):
        return None
    if whole and any(not w.free for w in words[:start]):
        return None
    return start




def _second_letter_at_no_cost(letters, window: list) -> bool:
    """Can the acronym's second letter come next at no cost: from inside the first word (as
    ``_internal`` takes it) or as the initial of the next word, with only small words between?
    A quick test that passes over most words before the full fit is tried."""
    if len(letters) < 2:
        return True
    ch, low = letters[1]
    text = window[0].text
    if ch != "&":
        p = text.lower().find(ch, 1)
        if p > 0 and ((text.isupper() and len(text) > 1) or low or text[p].isupper()):
            return True
    for w in window[1:]:
        if w.low[:1] == ch or (ch == "&" and w.low in ("and", "&")):
            return True
        if not w.free:
            return False
    return False


def _initials_in_a_row(letters, words: list, ok=None):
    """Each run of ``words``, one after another in the text (at most one token between two
    of them), whose initials spell ``letters`` exactly from its first word on. With ``ok``,
    only runs of words it accepts."""
    m = len(letters)
    for s0, w in enumerate(words):
        if w.free or w.low[0] != letters[0][0]:
            continue
        window = words[s0:s0 + m + 4]
        if ok is not None:
            cut = next((k for k, x in enumerate(window) if not ok(x)), len(window))
            window = window[:cut]
            if not window:
                continue
        if not _second_letter_at_no_cost(letters, window):
            continue
        cost, first, last = match_cost(letters, window, "prefix")
        if cost > 0 or first != 0 or last < 1:
            continue
        span = window[:last + 1]
        if any(b.start - a.start > 2 for a, b in zip(span, span[1:])):
            continue
        yield span
