"""The result cache trusts nothing it reads back: FIFOs, devices, links, huge files, wrong
types and forged or copied entries are ignored (the document is checked again), and a
folder that is not a cache is never written (issue 23, item 6)."""

import json
import os
import shutil
import threading

import pytest

from plainlint import cache as cache_mod
from plainlint.cache import ResultCache
from plainlint.config import ConfigResolver
from plainlint.runner import RunStats, collect, RunOptions, run_targets

DOCS = {
    "a.md": "# Plan\n\nWe will utilise the money in order to help people.\n",
    "b.txt": "The report was written by officers prior to the meeting.\n",
}


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "papers"
    d.mkdir()
    for name, text in DOCS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def run(folder, cache):
    stats = RunStats()
    results = run_targets(collect([str(folder)]), ConfigResolver(isolated=True), RunOptions(jobs=1, cache=cache),
                          run_stats=stats)
    return results, stats


def entries(cdir):
    return sorted(cdir.rglob("*.json"))


def _in_time(fn, seconds=60):
    """Run fn in a thread; fail (instead of hanging the suite) if it does not end in time."""
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("v", fn()), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "the run hung"
    return box["v"]


@pytest.fixture
def warm(folder, tmp_path):
    cdir = tmp_path / "cache"
    first, _ = run(folder, ResultCache(str(cdir)))
    assert len(entries(cdir)) == 2
    return cdir, [r.to_plain() for r in first]


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "link-to-entry", "huge"])
def test_entries_that_are_not_small_regular_files_are_not_read(folder, warm, kind):
    cdir, first = warm
    for p in entries(cdir):
        good = p.read_bytes()
        p.unlink()
        if kind == "fifo":
            os.mkfifo(p)
        elif kind == "dev-zero":
            p.symlink_to("/dev/zero")
        elif kind == "link-to-entry":
            (p.parent / "real.data").write_bytes(good)
            p.symlink_to(p.parent / "real.data")
        else:
            with open(p, "wb") as fh:  # a sparse file: no disk used
                fh.truncate(cache_mod.MAX_ENTRY_BYTES + 1)
    results, stats = _in_time(lambda: run(folder, ResultCache(str(cdir))))
    assert stats.cached == 0 and stats.checked == 2
    assert [r.to_plain() for r in results] == first


def _rewrite(cdir, change, remac=True):
    secret = (cdir / ".secret").read_bytes()
    for p in entries(cdir):
        entry = json.loads(p.read_text(encoding="utf-8"))
        change(entry["result"])
        if remac:
            entry["mac"] = cache_mod._mac(secret, entry["key"], entry["result"])
        p.write_text(json.dumps(entry), encoding="utf-8")


@pytest.mark.parametrize("change", [
    lambda r: r.update(path=5),
    lambda r: r.update(findings={"a": 1}),
    lambda r: r["findings"] and r["findings"][0].update(suggestions=5) or r.update(error=[]),
    lambda r: r["findings"] and r["findings"][0].update(severity="fatal") or r.update(warnings=[3]),
    lambda r: r["findings"] and r["findings"][0]["location"].update(line="3") or r.update(text=7),
    lambda r: r["findings"] and r["findings"][0].update(table=["x"]) or r.update(metrics=[1]),
    lambda r: r["findings"] and r["findings"][0].update(context={"text": 1}) or r.update(sections=5),
    lambda r: r.update(error={"kind": 1, "message": None}),
])
def test_well_formed_entries_with_wrong_types_are_ignored(folder, warm, change):
    cdir, first = warm
    _rewrite(cdir, change)  # even with a valid MAC: the shape is checked too
    results, stats = run(folder, ResultCache(str(cdir)))
    assert stats.cached == 0
    assert [r.to_plain() for r in results] == first


def test_a_forged_entry_cannot_hide_findings(folder, warm):
    cdir, first = warm
    assert any(r["findings"] for r in first)
    _rewrite(cdir, lambda r: r.update(findings=[]), remac=False)  # findings removed by hand
    results, stats = run(folder, ResultCache(str(cdir)))
    assert stats.cached == 0 and [r.to_plain() for r in results] == first


def test_entries_copied_from_another_cache_are_not_trusted(folder, warm, tmp_path):
    cdir, first = warm
    other = tmp_path / "other"
    other.mkdir()
    (other / "quiet.md").write_text("Plain words here.\n", encoding="utf-8")
    ocdir = tmp_path / "ocache"
    run(other, ResultCache(str(ocdir)))
    # a committed cache folder: entries made elsewhere (another secret), renamed to our keys
    forged = json.loads(entries(ocdir)[0].read_text(encoding="utf-8"))
    for p in entries(cdir):
        entry = dict(forged, key=p.stem)
        p.write_text(json.dumps(entry), encoding="utf-8")
    results, stats = run(folder, ResultCache(str(cdir)))
    assert stats.cached == 0 and [r.to_plain() for r in results] == first
    # and without the secret nothing is trusted at all
    run(folder, ResultCache(str(cdir)))
    (cdir / ".secret").unlink()
    results, stats = run(folder, ResultCache(str(cdir)))
    assert stats.cached == 0


def test_a_folder_that_is_not_a_cache_is_never_used(folder, tmp_path):
    c = ResultCache(str(folder))  # cache-dir = "." in a folder of documents
    results, stats = run(folder, c)
    assert stats.checked == 2 and all(r.error is None for r in results)
    assert sorted(os.listdir(folder)) == sorted(DOCS)  # no .gitignore, no entries written
    assert "not plainlint's cache" in c.problem


def test_cli_cache_dir_dot_is_refused_with_a_note(run_cli, folder):
    shutil.copy(folder / "a.md", folder / "c.md")
    code, out, err = run_cli("check", ".", "--isolated", "--cache-dir", ".", "--format", "json", cwd=folder)
    assert code == 1, err
    assert "not plainlint's cache" in err and "Traceback" not in err
    assert not (folder / ".gitignore").exists()
