"""The pre-commit hooks, run for real with ``pre-commit try-repo`` on this repository.

``try-repo`` installs plainlint into pre-commit's own virtual environment from the
repository (so it needs the package index, as any pre-commit user does the first time).
The test takes a snapshot of this repository as it is now (HEAD plus uncommitted changes
to tracked files, as ``try-repo`` itself would), so that both runs below share one
installation, then checks a Markdown file with jargon in a fresh git repository: the hook
fails and names the finding; once the jargon is fixed it passes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _git(*args, cwd):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout


def test_hooks_file_declares_both_hooks():
    import yaml  # pre-commit depends on PyYAML

    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"plainlint", "plainlint-fix", "plainlint-documents"}
    import re

    assert hooks["plainlint-fix"]["files"] == hooks["plainlint"]["files"]
    assert "--fix" in hooks["plainlint-fix"]["entry"].split()
    md, docs = re.compile(hooks["plainlint"]["files"]), re.compile(hooks["plainlint-documents"]["files"])
    for name in ("README.md", "notes/plan.markdown", "a.txt", "B.MD"):
        assert md.search(name) and not docs.search(name)
    for name in ("paper.docx", "Board Paper.PDF"):
        assert docs.search(name) and not md.search(name)
    for name in ("setup.py", "data.csv", "old.doc"):
        assert not md.search(name) and not docs.search(name)
    assert all(h["entry"].startswith("plainlint check") and h["language"] == "python" for h in hooks.values())


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory):
    """A clone of this repository with its uncommitted changes to tracked files committed."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    snap = tmp_path_factory.mktemp("snap") / "plainlint"
    _git("clone", "--quiet", "--no-hardlinks", str(ROOT), str(snap), cwd=ROOT)
    changed = [p for p in _git("diff", "--name-only", "HEAD", cwd=ROOT).splitlines() if p]
    for rel in changed:
        src, dst = ROOT / rel, snap / rel
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
        elif dst.exists():
            dst.unlink()
    if changed:
        _git("add", "-A", cwd=snap)
        _git("commit", "--quiet", "-m", "snapshot for the pre-commit test", cwd=snap)
    return snap, _git("rev-parse", "HEAD", cwd=snap).strip()


def _try_repo(snap, rev, hook, cwd, home):
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), NO_COLOR="1")
    for k in ("GIT_DIR", "GIT_INDEX_FILE", "VIRTUAL_ENV", "PRE_COMMIT"):
        env.pop(k, None)
    p = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(snap), hook, "--ref", rev,
                        "--all-files", "--color", "never"],
                       cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)
    return p.returncode, p.stdout + p.stderr


def test_try_repo_fails_on_jargon_then_passes_when_fixed(snapshot, tmp_path):
    pytest.importorskip("pre_commit")
    snap, rev = snapshot
    work = tmp_path / "policies"
    work.mkdir()
    _git("init", "--quiet", cwd=work)
    doc = work / "strategy.md"
    doc.write_text("# Our strategy\n\nWe will utilise the new funding.\n", encoding="utf-8")
    (work / "setup.py").write_text("x = 'utilise'\n", encoding="utf-8")  # not prose: never checked
    _git("add", "-A", cwd=work)
    home = snap.parent / "pre-commit-home"  # shared by the tests of this module: one installation

    code, out = _try_repo(snap, rev, "plainlint", work, home)
    assert code == 1, out
    assert "strategy.md:3:9: warning [jargon]" in out, out
    assert "utilise" in out and "setup.py" not in out.split("Failed")[-1].replace("setup.py:", "")
    assert "Failed" in out

    doc.write_text("# Our strategy\n\nWe will use the new funding.\n", encoding="utf-8")
    _git("add", "-A", cwd=work)
    code, out = _try_repo(snap, rev, "plainlint", work, home)
    assert code == 0, out
    assert "Passed" in out


def test_try_repo_fixing_hook_changes_the_file_and_fails_then_passes(snapshot, tmp_path):
    pytest.importorskip("pre_commit")
    snap, rev = snapshot
    work = tmp_path / "policies"
    work.mkdir()
    _git("init", "--quiet", cwd=work)
    doc = work / "strategy.md"
    doc.write_bytes(b"# Our strategy\r\n\r\nWe will utilise the new funding prior to May.\r\n")
    _git("add", "-A", cwd=work)
    home = snap.parent / "pre-commit-home"  # the installation of the test above, when it ran

    code, out = _try_repo(snap, rev, "plainlint-fix", work, home)
    assert code == 1, out
    assert "files were modified by this hook" in out, out
    assert doc.read_bytes() == b"# Our strategy\r\n\r\nWe will use the new funding before May.\r\n"
    assert "strategy.md: fixed 2 findings" in out, out

    _git("add", "-A", cwd=work)
    code, out = _try_repo(snap, rev, "plainlint-fix", work, home)
    assert code == 0, out
    assert "Passed" in out
