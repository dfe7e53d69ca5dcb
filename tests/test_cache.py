"""The result cache: unchanged files are not checked again; anything that changes findings
changes the key; the folder is safe to delete, corrupt entries are ignored, writes are atomic,
and the cache is the only thing plainlint writes about documents (the store of compiled
patterns, in the user's cache folder, is tests/test_pattern_store.py's)."""

import json
import os
import subprocess
import sys

import pytest

from plainlint import cache as cache_mod
from plainlint import runner
from plainlint.cache import ResultCache
from plainlint.config import Config, ConfigResolver
from plainlint.runner import RunStats, collect, RunOptions, run_targets

DOCS = {
    "a.md": "# Plan\n\nWe will utilise the money in order to help people.\n",
    "b.txt": "The report was written by officers prior to the meeting.\n",
    "c.md": "Plain words here. Nothing to find.\n",
}


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "papers"
    d.mkdir()
    for name, text in DOCS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def run(folder, cache, resolver=None, **kw):
    stats = RunStats()
    results = run_targets(collect([str(folder)]), resolver or ConfigResolver(isolated=True),
                          RunOptions(jobs=1, cache=cache, **kw), run_stats=stats)
    return results, stats


def entries(cache_dir):
    return sorted(p for p in cache_dir.rglob("*.json"))


def test_second_run_comes_from_the_cache_with_identical_results(folder, tmp_path):
    c = ResultCache(str(tmp_path / "cache"))
    first, s1 = run(folder, c)
    assert s1.cached == 0 and s1.checked == 3 and not any(r.cached for r in first)
    assert len(entries(tmp_path / "cache")) == 3
    c2 = ResultCache(str(tmp_path / "cache"))
    second, s2 = run(folder, c2)
    assert s2.cached == 3 and s2.checked == 0 and all(r.cached for r in second)
    assert [r.to_plain() for r in second] == [r.to_plain() for r in first]
    assert [r.path for r in second] == [str(folder / n) for n in sorted(DOCS)]


def test_a_changed_file_is_checked_again(folder, tmp_path):
    c = ResultCache(str(tmp_path / "cache"))
    run(folder, c)
    (folder / "b.txt").write_text("We will facilitate the work going forward.\n", encoding="utf-8")
    results, stats = run(folder, ResultCache(str(tmp_path / "cache")))
    assert stats.cached == 2 and stats.checked == 1
    assert [r.cached for r in results] == [True, False, True]
    assert {f.rule for f in results[1].findings} == {"jargon"}


def test_a_copy_elsewhere_hits_and_keeps_its_own_path(folder, tmp_path):
    c = ResultCache(str(tmp_path / "cache"))
    run(folder, c)
    other = tmp_path / "copy"
    other.mkdir()
    (other / "renamed.md").write_bytes((folder / "a.md").read_bytes())
    results, stats = run(other, ResultCache(str(tmp_path / "cache")))
    assert stats.cached == 1 and results[0].path == str(other / "renamed.md")


def test_config_version_code_format_and_options_change_the_key(monkeypatch):
    c = ResultCache("unused")
    digest = "0" * 64
    base = c.key(digest, Config(), "markdown")
    assert c.key(digest, Config(), "markdown") == base
    assert c.key("1" * 64, Config(), "markdown") != base
    assert c.key(digest, Config(), "text") != base
    assert c.key(digest, Config(ignore=["jargon"]), "markdown") != base
    assert c.key(digest, Config(rule_options={"long-sentence": {"max-words": 30}}), "markdown") != base
    assert c.key(digest, Config(allow=["utilise"]), "markdown") != base
    assert c.key(digest, Config(password="secret"), "markdown") != base
    assert c.key(digest, Config(), "markdown", keep_text=True) != base
    assert c.key(digest, Config(), "markdown", stats=True) != base
    # settings that do not change findings share entries
    assert c.key(digest, Config(timeout=5, jobs=3, max_memory_mb=100), "markdown") == base
    monkeypatch.setattr(cache_mod, "__version__", "99.0")
    assert c.key(digest, Config(), "markdown") != base
    monkeypatch.undo()
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "changed-rules")
    assert c.key(digest, Config(), "markdown") != base


def test_own_word_list_edits_change_the_key(tmp_path):
    wl = tmp_path / "ours.toml"
    wl.write_text("# one\n", encoding="utf-8")
    c = ResultCache("unused")
    k1 = c.key("0" * 64, Config(wordlists=[str(wl)]), "markdown")
    wl.write_text("# two\n", encoding="utf-8")
    assert ResultCache("unused").key("0" * 64, Config(wordlists=[str(wl)]), "markdown") != k1


def test_code_fingerprint_covers_rules_and_code():
    from plainlint import resources

    fp = cache_mod.code_fingerprint()
    assert len(fp) == 20 and fp == cache_mod.code_fingerprint()
    assert resources.rules_dir().is_dir()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "other-key", "wrong-shape"])
def test_corrupt_entries_are_ignored_and_replaced(folder, tmp_path, damage):
    cdir = tmp_path / "cache"
    first, _ = run(folder, ResultCache(str(cdir)))
    for p in entries(cdir):
        raw = p.read_bytes()
        if damage == "truncate":
            p.write_bytes(raw[: len(raw) // 2])
        elif damage == "garbage":
            p.write_bytes(b"\x00\xff not json")
        elif damage == "empty":
            p.write_bytes(b"")
        elif damage == "other-key":
            d = json.loads(raw)
            d["key"] = "0" * 64
            p.write_text(json.dumps(d), encoding="utf-8")
        else:
            p.write_text(json.dumps({"key": p.stem, "result": {"findings": [{"rule": "x"}]}}), encoding="utf-8")
    second, stats = run(folder, ResultCache(str(cdir)))
    assert stats.cached == 0 and stats.checked == 3
    assert [r.to_plain() for r in second] == [r.to_plain() for r in first]
    _third, stats = run(folder, ResultCache(str(cdir)))  # rewritten whole
    assert stats.cached == 3


def test_writes_are_atomic(folder, tmp_path, monkeypatch):
    cdir = tmp_path / "cache"
    run(folder, ResultCache(str(cdir)))
    assert not [p for p in cdir.rglob("*") if p.name.startswith(".tmp-")]
    for p in entries(cdir):
        json.loads(p.read_text(encoding="utf-8"))  # every entry is whole JSON
    # a write that fails half-way leaves no entry and no temporary file behind
    cdir2 = tmp_path / "cache2"

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_mod.os, "replace", broken_replace)
    c = ResultCache(str(cdir2))
    results, stats = run(folder, c)
    assert stats.checked == 3 and all(r.error is None for r in results)
    assert "No space left on device" in c.problem
    assert not [p for p in cdir2.rglob("*") if p.is_file()]


def test_cache_folder_marks_itself(folder, tmp_path):
    cdir = tmp_path / "cache"
    run(folder, ResultCache(str(cdir)))
    assert (cdir / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (cdir / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_deleting_the_cache_folder_is_safe(folder, tmp_path):
    import shutil

    cdir = tmp_path / "cache"
    c = ResultCache(str(cdir))
    run(folder, c)
    shutil.rmtree(cdir)
    results, stats = run(folder, c)  # same object, folder gone under it
    assert stats.checked == 3 and all(r.error is None for r in results)
    assert len(entries(cdir)) == 3


def test_run_dependent_errors_are_not_cached_but_file_errors_are(folder, tmp_path, monkeypatch):
    (folder / "binary.txt").write_bytes(b"%PDF-1.4 not really text")
    cdir = tmp_path / "cache"
    monkeypatch.setattr(runner, "FAULTS", {"a.md": "hang"})
    results, _ = run(folder, ResultCache(str(cdir)), timeout=1.5)
    kinds = {os.path.basename(r.path): (r.error or {}).get("kind") for r in results}
    assert kinds == {"a.md": "timeout", "b.txt": None, "binary.txt": "not-a-document", "c.md": None}
    monkeypatch.setattr(runner, "FAULTS", {})
    results, stats = run(folder, ResultCache(str(cdir)))
    got = {os.path.basename(r.path): r for r in results}
    assert not got["a.md"].cached and got["a.md"].error is None and got["a.md"].findings
    assert got["binary.txt"].cached and got["binary.txt"].error["kind"] == "not-a-document"


# ----------------------------------------------------------------------------------------
# From the command line


def cli(*args, cwd):
    env = dict(os.environ)
    for k in ("FORCE_COLOR", "PLAINLINT_TEST_FAULTS", "PLAINLINT_TEST_WORKERS"):
        env.pop(k, None)
    p = subprocess.run([sys.executable, "-m", "plainlint", *map(str, args)], capture_output=True, cwd=cwd,
                       env=env, timeout=120, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def tree(path):
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


def test_cli_caches_folders_in_the_current_folder_and_output_is_identical(folder, tmp_path):
    before = tree(tmp_path)
    code, cold, err = cli("check", "papers", "--isolated", "--format", "json", cwd=tmp_path)
    assert code == 1, err
    made = set(tree(tmp_path)) - set(before)
    assert made and all(p.startswith(".plainlint_cache") for p in made)  # the only thing written
    code, warm, err = cli("check", "papers", "--isolated", "--format", "json", cwd=tmp_path)
    assert code == 1 and warm == cold
    code, text_cold, _ = cli("check", "papers", "--isolated", "--no-cache", cwd=tmp_path)
    code, text_warm, _ = cli("check", "papers", "--isolated", cwd=tmp_path)
    assert text_warm == text_cold


def test_cli_no_cache_writes_nothing_and_single_files_and_stdin_are_not_cached(folder, tmp_path):
    before = tree(tmp_path)
    cli("check", "papers", "--isolated", "--no-cache", cwd=tmp_path)
    cli("check", "papers/a.md", "--isolated", cwd=tmp_path)  # a named file: off by default
    p = subprocess.run([sys.executable, "-m", "plainlint", "check", "-", "--isolated", "--cache"],
                       input=DOCS["a.md"].encode(), capture_output=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 1
    assert tree(tmp_path) == before
    code, _, _ = cli("check", "papers/a.md", "--isolated", "--cache", cwd=tmp_path)
    assert code == 1 and len(entries(tmp_path / ".plainlint_cache")) == 1


def test_cli_cache_dir_option_and_config_key(folder, tmp_path):
    code, _, err = cli("check", "papers", "--isolated", "--cache-dir", "elsewhere", cwd=tmp_path)
    assert code == 1, err
    assert len(entries(tmp_path / "elsewhere")) == 3 and not (tmp_path / ".plainlint_cache").exists()
    (tmp_path / "papers" / ".plainlint.toml").write_text('cache-dir = "../from-config"\n', encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    code, _, err = cli("check", str(folder / "a.md"), str(folder), cwd=work)
    assert code == 1, err
    assert len(entries(tmp_path / "from-config")) == 3  # relative to the config file, not the current folder
    assert not (work / ".plainlint_cache").exists()


def test_cli_unwritable_cache_is_a_warning_not_a_failure(folder, tmp_path):
    (tmp_path / "blocked").write_text("a file where the cache folder would go\n", encoding="utf-8")
    (tmp_path / ".plainlint.toml").write_text('cache-dir = "blocked"\n', encoding="utf-8")
    code, out, err = cli("check", "papers", "--format", "json", cwd=tmp_path)
    assert code == 1 and json.loads(out)["summary"]["files"] == 3
    assert "cannot write the cache" in err and "Traceback" not in err
