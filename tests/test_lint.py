"""Lint as part of the tests: ruff (the rule set in pyproject.toml [tool.ruff]) and vulture
(dead code, [tool.vulture]). Everybody's change must pass both; .ci/run runs them too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(module: str, *args: str) -> subprocess.CompletedProcess:
    pytest.importorskip(module, reason=f"{module} is in the test extra: pip install '.[test]'")
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_ruff_finds_nothing():
    p = _run("ruff", "check", "--no-cache", "src", "tests", "bench", "hatch_build.py")
    assert p.returncode == 0, p.stdout + p.stderr


def test_vulture_finds_no_dead_code():
    p = _run("vulture")
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.strip() == ""


def test_the_checks_catch_what_they_are_for(tmp_path):
    """Not vacuous: the same configuration reports an unused import and a dead function."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\n\ndef never_called():\n    return 1\n", encoding="utf-8")
    p = _run("ruff", "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(bad))
    assert p.returncode == 1 and "F401" in p.stdout
    p = _run("vulture", str(bad), "--min-confidence", "60")
    assert p.returncode != 0 and "never_called" in p.stdout
