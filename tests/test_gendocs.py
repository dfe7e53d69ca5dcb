"""Every generated page in docs/ is made by one command, python -m plainlint.gendocs, from
one list (gendocs.GENERATED), and is up to date."""

from __future__ import annotations

import subprocess
import sys

from plainlint import gendocs


def test_every_generated_page_is_up_to_date():
    assert set(gendocs.GENERATED) == {"rules.md", "acronyms.md"}
    assert gendocs.out_of_date(gendocs.docs_dir()) == [], "run: python -m plainlint.gendocs"


def test_the_command_writes_every_page_and_checks_them(tmp_path, monkeypatch):
    monkeypatch.setattr(gendocs, "docs_dir", lambda: tmp_path)
    assert gendocs.main(["--check"]) == 1  # nothing there yet
    assert gendocs.main([]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acronyms.md", "rules.md"]
    assert gendocs.main(["--check"]) == 0
    (tmp_path / "rules.md").write_text("# Rules\n", encoding="utf-8")
    assert gendocs.out_of_date(tmp_path) == ["rules.md"]


def test_check_runs_from_the_command_line():
    p = subprocess.run([sys.executable, "-m", "plainlint.gendocs", "--check"], capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
