"""The message helpers written once (wording.py): clipping and joining lists of words."""

from plainlint.wording import clip, join_words


def test_clip():
    assert clip("a  b\nc", 10) == "a b c"
    assert clip("abcdef ghij", 8) == "abcdef…"
    assert clip("abcdef ghij", 8, rstrip=False) == "abcdef …"
    assert clip("x\n y", 10, squeeze=False) == "x\n y"
    assert len(clip("word " * 50, 20)) <= 20


def test_join_words():
    assert join_words([]) == ""
    assert join_words(["a"]) == "a"
    assert join_words(["a", "b"]) == "a and b"
    assert join_words(["a", "b", "c"], "or") == "a, b or c"
