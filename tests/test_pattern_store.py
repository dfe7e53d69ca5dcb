"""The store of compiled regular expressions (plainlint.pattern_store) must give exactly the
patterns ``re`` compiles, and never a stale, damaged or foreign one."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint import pattern_store
from plainlint.pattern_store import build_key, compile_arguments, default_path, read, stored, write

pytestmark = pytest.mark.skipif(pattern_store._engine() is None, reason="this Python's re has another layout")


def _same(a, b) -> None:
    assert a == b  # Python's pattern equality compares the pattern, its flags and its code
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))


def _fresh(pattern, flags=0):
    """``pattern`` compiled the usual way, not from re's own cache."""
    import re._compiler

    return re._compiler.compile(pattern, flags)


def test_every_start_up_pattern_made_from_the_store_equals_re_s(tmp_path):
    """The warm-up (spaCy's tokenizer, the rules, the word lists) recorded into a store, then run
    again from it in a fresh process: every pattern made from the store equals the usual compile,
    and the second run compiled nothing it did not have."""
    store = tmp_path / "patterns.bin"
    code = (
        "import sys, re; from pathlib import Path\n"
        "from plainlint.pattern_store import stored\n"
        "from plainlint.config import Config\n"
        "from plainlint.analysis import get_nlp\n"
        "from plainlint.api import lint_file\n"
        "with stored(Path(sys.argv[1])) as s:\n"
        "    get_nlp(None)\n"
        "    lint_file('w.txt', Config(), data=b'A short sentence to load the pipeline.', fmt='text')\n"
        "print(s.added, len(s.used))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    first = subprocess.run([sys.executable, "-c", code, str(store)], capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    added, used = map(int, first.stdout.split())
    assert added > 100 and added == used  # spaCy's and our patterns, all new
    second = subprocess.run([sys.executable, "-c", code, str(store)], capture_output=True, text=True, env=env)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split() == ["0", str(used)]  # every one made from the store
    entries = read(store)
    assert len(entries) == used
    import _sre

    for (pattern, flags), args in entries.items():
        _same(_sre.compile(pattern, *args), _fresh(pattern, flags))


# patterns of the shapes the rules use: groups, names, classes, look-arounds, flags
_PIECES = st.sampled_from([r"\b", r"\w+", r"[A-Z][a-z]+", r"(?P<n>\d{1,3})", r"(?:and|or)", r"(?<![\w'-])",
                           r"(?!x)", r"[^\W\d_]", r"\s*", r"\.", r"’", "é", r"[–—-]", r"(\d+)(?:\.\d+)?", r"$", r"^"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6), st.sampled_from([0, re.IGNORECASE, re.M, re.I | re.S, re.X]))
def test_made_from_the_store_equals_compiled(pieces, flags):
    import _sre

    pattern = "".join(pieces)
    try:
        usual = _fresh(pattern, int(flags))
    except re.error:
        return
    _same(_sre.compile(pattern, *compile_arguments(pattern, int(flags))), usual)


def test_stored_patterns_match_as_before(tmp_path):
    path = tmp_path / "p.bin"
    texts = ["The NHS Trust (KCC) met on 3 May.", "co-production’s aims", "ÉCOLE 12.5%"]
    pattern = r"(?P<caps>[A-Z]{2,})|(\d+(?:\.\d+)?)%?|[^\W\d_]+’s"
    with stored(path):
        first = _compile_uncached(pattern)
    with stored(path) as s:
        second = _compile_uncached(pattern)
    assert s.added == 0 and len(s.used) == 1
    for t in texts:
        assert [m.groupdict() for m in first.finditer(t)] == [m.groupdict() for m in second.finditer(t)]
        assert [m.span() for m in second.finditer(t)] == [m.span() for m in re.finditer(pattern, t)]


def _compile_uncached(pattern, flags=0):
    re.purge()  # re's own cache would answer without asking the compiler
    return re.compile(pattern, flags)


def test_a_changed_pattern_is_compiled_again_and_stored(tmp_path):
    """The store is keyed by the pattern's text and flags: a pattern whose text or flags changed
    is never answered by the old entry; the new one is stored, the old one dropped once the
    store is over its size and no run asks for it."""
    path = tmp_path / "p.bin"
    with stored(path):
        _compile_uncached(r"colou?r")
    with stored(path) as s:
        new = _compile_uncached(r"colou?rs?")
        other_flags = _compile_uncached(r"colou?r", re.I)
    assert s.added == 2
    assert new.fullmatch("colours") and not new.fullmatch("COLOUR")
    assert other_flags.fullmatch("COLOUR")
    assert set(read(path)) == {(r"colou?r", 0), (r"colou?rs?", 0), (r"colou?r", int(re.I))}


def test_only_this_run_s_entries_are_kept_past_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    with stored(path):
        _compile_uncached("a+")
        _compile_uncached("b+")
    monkeypatch.setattr(pattern_store, "MAX_ENTRIES", 2)
    with stored(path):
        _compile_uncached("c+")
    assert set(read(path)) == {("c+", 0)}


@pytest.mark.parametrize("damage", ["truncated", "flipped", "header", "foreign", "garbage", "empty"])
def test_a_damaged_or_foreign_store_is_ignored_and_written_again(tmp_path, damage):
    path = tmp_path / "p.bin"
    with stored(path):
        _compile_uncached(r"x(\d+)y")
    raw = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(raw[:-7])
    elif damage == "flipped":
        path.write_bytes(raw[:-5] + bytes([raw[-5] ^ 1]) + raw[-4:])
    elif damage == "header":
        path.write_bytes(b"something else\n" + raw[40:])
    elif damage == "foreign":  # written by another Python build: a good file, not ours to read
        import marshal

        monkey_key = build_key() + "-other"
        assert write(path, {}) is True
        body = marshal.dumps((monkey_key, {(r"x(\d+)y", 0): (0, [1, 2, 3], 0, {}, ())}))
        import hashlib

        path.write_bytes(pattern_store._HEADER + hashlib.sha256(body).hexdigest().encode() + body)
    elif damage == "garbage":
        path.write_bytes(os.urandom(300))
    else:
        path.write_bytes(b"")
    assert read(path) == {}
    with stored(path) as s:
        got = _compile_uncached(r"x(\d+)y")
    assert s.added == 1 and got.fullmatch("x12y").group(1) == "12"
    assert set(read(path)) == {(r"x(\d+)y", 0)}  # written again, whole


def test_a_bad_entry_is_compiled_the_usual_way(tmp_path):
    path = tmp_path / "p.bin"
    assert write(path, {("q+", 0): (0, [99999, 1], 0, {}, ())})  # code _sre refuses
    with stored(path) as s:
        got = _compile_uncached("q+")
    assert got.fullmatch("qqq") and s.added == 1
    _same(got, _fresh("q+"))


def test_a_folder_that_cannot_be_written_changes_nothing(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with stored(folder / "sub" / "p.bin") as s:
            got = _compile_uncached(r"ro(\w)")
        assert got.fullmatch("rox") and s.added == 1
        assert not (folder / "sub").exists()
    finally:
        folder.chmod(0o700)


def test_a_store_path_that_is_a_folder_or_none_changes_nothing(tmp_path):
    with stored(tmp_path) as s:  # a folder where the file should be: not read, not written
        assert _compile_uncached(r"fo(o)").fullmatch("foo")
    assert s.added == 1
    assert write(None, {}) is False and read(None) == {}


def test_re_is_itself_again_after_the_store_even_on_an_error(tmp_path):
    import re._compiler

    before = re._compiler.compile
    with pytest.raises(re.error), stored(tmp_path / "p.bin"):
        _compile_uncached("(unclosed")
    assert re._compiler.compile is before
    with stored(tmp_path / "p.bin"):
        assert re._compiler.compile is not before
    assert re._compiler.compile is before


def test_nothing_is_written_when_nothing_was_new(tmp_path):
    path = tmp_path / "p.bin"
    with stored(path):
        pass
    assert not path.exists()
    with stored(path):
        _compile_uncached("z+")
    stamp = path.stat().st_mtime_ns
    os.utime(path, ns=(stamp - 10**9, stamp - 10**9))
    with stored(path):
        _compile_uncached("z+")
    assert path.stat().st_mtime_ns == stamp - 10**9  # all from the store: not written again


def test_the_store_is_private(tmp_path):
    path = tmp_path / "p.bin"
    with stored(path):
        _compile_uncached("private+")
    assert path.stat().st_mode & 0o077 == 0


def test_the_default_place_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert pattern_store.default_path().parent == tmp_path / "plainlint"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/not/used")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert pattern_store.default_path().parent == tmp_path / "home" / ".cache" / "plainlint"


# ---------------------------------------------------------------------------------------
# The word lists' patterns, compiled while the command line warms up (wordlists.compile_waiting)


def test_waiting_word_list_patterns_compile_as_at_first_use():
    import gc

    from plainlint.wordlists import Pattern, compile_waiting

    good = Pattern(r"^\s*(?:the|a)\s+(\w+)", check=False)
    bad = Pattern(r"(unclosed", check=False)
    gone = Pattern(r"x+", check=False)
    del gone
    gc.collect()
    assert good in Pattern.waiting and bad in Pattern.waiting
    assert all(p.source != "x+" for p in Pattern.waiting)  # held weakly: a pattern let go is not kept
    later = Pattern(r"^\s*(?:the|a)\s+(\w+)", check=False)  # the slow way: compiled at its first use
    Pattern.waiting.discard(later)
    assert compile_waiting() >= 1
    assert not Pattern.waiting
    assert good._compiled is not None and bad._compiled is None
    for text in ["  the plan", "a b", "then", ""]:
        a, b = good.search(text), later.search(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    with pytest.raises(re.error):  # its first use raises, as it did
        bad.search("text")


def test_the_command_line_warm_up_compiles_every_shipped_word_list_pattern(tmp_path):
    code = (
        "import gc, re\n"
        "from plainlint import runner, wordlists\n"
        "from plainlint.config import Config\n"
        "runner._warm_up([Config()])\n"
        "gc.unfreeze()\n"
        "ps = [o for o in gc.get_objects() if isinstance(o, wordlists.Pattern)]\n"
        "assert ps and all(p._compiled is not None for p in ps), 'a pattern left waiting'\n"
        "assert all(p._compiled == re.compile(p.source) for p in ps)\n"
        "assert not wordlists.Pattern.waiting\n"
        "print(len(ps))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), XDG_CACHE_HOME=str(tmp_path))
    for _ in range(2):  # the store written, then read
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        assert p.returncode == 0, p.stderr
        assert int(p.stdout) > 100
    assert (tmp_path / "plainlint").is_dir()


def test_the_test_suite_keeps_its_store_out_of_the_user_s_cache_folder():
    """conftest points XDG_CACHE_HOME at a folder of the suite's own, so running the tests never
    writes into ~/.cache and never reads what an earlier run left there."""
    path = default_path()
    assert path is not None and "plainlint-test-cache-" in str(path)
