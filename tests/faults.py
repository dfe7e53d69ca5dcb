"""Run plainlint's command line with test-only faults, for tests that need a real process.

plainlint reads no environment variable for these: the hooks are ``runner.FAULTS`` (a
file's base name -> crash, segv, hang, spin or oom) and ``runner.FORCE_WORKERS``. This
launcher sets them from its own environment (FAULTS_VAR: "kind=name;kind=name", and
WORKERS_VAR=1) and then runs the command line, so a test can start it as a subprocess:

    subprocess.run(command(env) + ["check", "papers"], env=env)
"""

from __future__ import annotations

import os
import sys

FAULTS_VAR = "PLAINLINT_TEST_FAULTS"
WORKERS_VAR = "PLAINLINT_TEST_WORKERS"
VARS = (FAULTS_VAR, WORKERS_VAR)


def parse(spec: str) -> dict:
    """'crash=b.md;hang=c.md' -> {'b.md': 'crash', 'c.md': 'hang'}"""
    out = {}
    for item in spec.split(";"):
        kind, _, name = item.partition("=")
        if name.strip():
            out[name.strip()] = kind.strip()
    return out


def command(env: dict) -> list:
    """How to start plainlint: through this launcher when ``env`` asks for a fault or for
    workers, else as users do (python -m plainlint)."""
    if any(env.get(k) for k in VARS):
        return [sys.executable, os.path.abspath(__file__)]
    return [sys.executable, "-m", "plainlint"]


if __name__ == "__main__":
    from plainlint import runner
    from plainlint.cli import main

    runner.FAULTS.update(parse(os.environ.pop(FAULTS_VAR, "")))
    runner.FORCE_WORKERS = os.environ.pop(WORKERS_VAR, "") == "1"
    sys.argv[0] = "plainlint"
    main()
