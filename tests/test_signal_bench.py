"""bench/signal.py measures documents from outside the corpus as one part (a fresh held-aside
set kept out of the repository), and says so when the folder holds nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args, cwd):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, str(ROOT / "bench" / "signal.py"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_signal_measures_given_documents_as_one_part(tmp_path):
    folder = tmp_path / "fresh"
    folder.mkdir()
    shutil.copy(ROOT / "fixtures" / "sample.md", folder / "a.md")
    out = _run(str(folder), "--json", str(tmp_path / "s.json"), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "== given: 1 documents" in out.stdout and "per 1,000 words" in out.stdout
    assert "a.md" in out.stdout and (tmp_path / "s.json").is_file()


def test_signal_says_when_the_given_folder_is_empty(tmp_path):
    (tmp_path / "empty").mkdir()
    out = _run(str(tmp_path / "empty"), cwd=tmp_path)
    assert out.returncode == 2 and "no documents in" in out.stderr
