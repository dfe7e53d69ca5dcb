"""The runner in two steps (plan, then execute) with few parameters each; test-only faults
come through a hook the tests set, never an environment variable; the exit code is the
library's (api.exit_code)."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

from plainlint import api, runner
from plainlint.config import Config, ConfigResolver
from plainlint.engine import FileResult, Finding
from plainlint.runner import Plan, RunOptions, RunStats, collect, execute, plan_run

SRC = Path(runner.__file__).resolve().parent


def _docs(folder: Path, n: int = 3) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"d{i}.md").write_text(f"Paper {i}. We will utilise the money.\n", encoding="utf-8")


def test_plan_decides_before_anything_is_checked(tmp_path, monkeypatch):
    _docs(tmp_path)
    targets = collect([str(tmp_path), str(tmp_path / "missing.md")])
    checked = []
    monkeypatch.setattr(runner, "check_one", lambda task, memory_mb=None: checked.append(task))
    plan = plan_run(targets, ConfigResolver(isolated=True), RunOptions(jobs=4, timeout=7.0))
    assert checked == []  # planning checks nothing
    assert plan.size == 4 and [i for i, _ in plan.known] == [3]  # the missing file is known already
    assert [t.name for t in plan.tasks] == [str(tmp_path / f"d{i}.md") for i in range(3)]
    assert all(t.timeout == 7.0 for t in plan.tasks)
    assert plan.workers == 0  # three small files do not pay for worker processes
    monkeypatch.setattr(runner, "FORCE_WORKERS", True)
    assert plan_run(targets, ConfigResolver(isolated=True), RunOptions(jobs=4)).workers == 3


def test_execute_returns_results_in_target_order(tmp_path):
    _docs(tmp_path)
    targets = collect([str(tmp_path)])
    stats = RunStats()
    seen = []
    results = execute(plan_run(targets, ConfigResolver(isolated=True), RunOptions()), run_stats=stats,
                      on_result=lambda i, r: seen.append(i))
    assert [Path(r.path).name for r in results] == ["d0.md", "d1.md", "d2.md"]
    assert sorted(seen) == [0, 1, 2] and stats.checked == 3
    assert all(any(f.rule == "jargon" for f in r.findings) for r in results)


def test_each_step_takes_few_parameters():
    for fn in (plan_run, execute, runner.run_targets):
        assert len(inspect.signature(fn).parameters) <= 6, fn.__name__
    assert len(dataclasses.fields(RunOptions)) <= 8 and len(dataclasses.fields(Plan)) <= 8


def test_faults_travel_in_the_plan_and_no_production_code_reads_them_from_the_environment(tmp_path, monkeypatch):
    _docs(tmp_path, 1)
    targets = collect([str(tmp_path)])
    assert plan_run(targets, ConfigResolver(isolated=True), RunOptions()).tasks[0].faults is None
    monkeypatch.setattr(runner, "FAULTS", {"d0.md": "hang"})
    plan = plan_run(targets, ConfigResolver(isolated=True), RunOptions())
    assert plan.faults == {"d0.md": "hang"} and plan.tasks[0].faults == {"d0.md": "hang"}  # pickled to workers
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PLAINLINT_TEST" not in text, path


def _result(path, *severities, error=None, score=None):
    findings = [Finding(rule="jargon", category="plain-words", severity=s, message="m", start=0, end=1, text="x")
                for s in severities]
    return FileResult(path=path, findings=findings, error=error, score=score)


def test_exit_code_is_the_librarys():
    def config_for(path):
        return Config(fail_on="warning", min_score=60 if path == "scored.md" else None)

    assert api.exit_code([_result("a.md", "suggestion")], config_for) == 0
    assert api.exit_code([_result("a.md", "suggestion", "warning")], config_for) == 1
    assert api.exit_code([_result("a.md"), _result("b.md", error={"kind": "corrupt", "message": "m"})],
                         config_for) == 2
    assert api.exit_code([_result("a.md")], config_for, failed=True) == 2
    low = _result("scored.md", score={"value": 40})
    assert api.below_min_score([low], config_for) == [("scored.md", 40, 60)]
    assert api.exit_code([low], config_for) == 1
    new = _result("a.md", "warning")
    new.new_severities = []  # with a baseline, only new findings count
    assert api.exit_code([new], config_for, baseline=True) == 0
