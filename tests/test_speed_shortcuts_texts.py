"""Issue 15's speed shortcut: helpers that step over a block's tokens read its token texts
(``Analysed.token_texts``), not a spaCy Token made at each step.

A Token's ``text`` is the block's token text, its ``is_space`` that text's ``isspace()``, its
``lower_`` the text's ``lower()`` and its ``is_alpha`` its ``isalpha()`` (spaCy's lexeme
attributes of English are those string methods). Tested here on awkward text of our own and on
the fixtures (and the shared corpus where it is present), and the helpers that take the texts
against their slow way (kept here, or the helper without its texts).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import get_nlp, token_texts
from plainlint.checks.substitution import SubstitutionCheck

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

_OURS = [
    "The Board\u00a0noted the  plan , and agreed it.\n\nItems:\n\t- one\u2003two",
    "İstanbul’s ÆSIR team met the ‘FN’ (Full Name) group — “quoted”  words\u2028next line",
    "Ⅻ ﬁnance ǅemal ΣΑΣ the MAN\u00adAGER said: 'No'.  \r\n  And so on…",
    "a co-production, well‑being and non-ring-fenced fund; carers' and people's views",
]


def _texts():
    out = list(_OURS)
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace")[:60_000] for p in sorted(folder.glob("*.md"))[:40]]
    return out


def _same_as_tokens(doc):
    texts = token_texts(doc)
    assert texts == [t.text for t in doc]
    for t, tx in zip(doc, texts):
        assert t.is_space == tx.isspace(), repr(tx)
        assert t.lower_ == tx.lower(), repr(tx)
        assert t.is_alpha == tx.isalpha(), repr(tx)
    return texts


def _echoed_nearby_token_by_token(sdoc, span, plain: str) -> bool:
    """``SubstitutionCheck._echoed_nearby`` as it read before, a Token at each step."""
    from plainlint.checks.substitution import _DETERMINERS, _FUNCTION_WORDS, _SENTENCE_END

    w = plain.lower()
    if " " in w or len(w) < 4 or w in _FUNCTION_WORDS or w in _DETERMINERS:
        return False
    forms = {w, w + "ly", w + "s", w + "d", w + "ed", w.removesuffix("ly")}
    for step, start in ((-1, span.start - 1), (1, span.end)):
        j, seen = start, 0
        while 0 <= j < len(sdoc) and seen < 8:
            t = sdoc[j]
            if not t.is_space:
                if t.text in _SENTENCE_END:
                    break
                if t.lower_ in forms:
                    return True
                seen += 1
            j += step
    return False


def _check_helpers(doc, texts):
    n = len(doc)
    for i in range(-1, n + 1):
        for step in (-1, 1):
            assert SubstitutionCheck._neighbour(doc, i, step, texts) == SubstitutionCheck._neighbour(doc, i, step)
        assert SubstitutionCheck._prev_word(doc, i, texts) == SubstitutionCheck._prev_word(doc, i)
    words = [k for k in range(n) if texts[k].isalpha()]
    for k in words[:: max(1, len(words) // 60)]:
        span = doc[k:k + 1]
        for plain in (texts[k], texts[min(n - 1, k + 2)], "plan", "together"):
            assert SubstitutionCheck._echoed_nearby(doc, span, plain, texts) == \
                _echoed_nearby_token_by_token(doc, span, plain)


def test_token_texts_stand_for_tokens_on_our_text_and_the_fixtures():
    nlp = get_nlp()
    for text in _texts():
        for block in text.split("\n\n")[:200]:
            doc = nlp.make_doc(block)
            _check_helpers(doc, _same_as_tokens(doc))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["plan", "Plan", "PLANS", "and", ",", ".", " ", "  ", "\n", "\u00a0", "‘", "’", "'",
                                 "\u201c", "(", ")", "FN", "the", "or", "which", "means", "planned", "İ", "ﬁ", "locally",
                                 "local", "co-production", "-", "\t", "very"]), max_size=40))
def test_token_texts_stand_for_tokens_on_made_up_text(parts):
    doc = get_nlp().make_doc("".join(p if p.isspace() else p + " " for p in parts))
    _check_helpers(doc, _same_as_tokens(doc))
