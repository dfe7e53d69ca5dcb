"""Every generated page in docs/ is made by one command, python -m plainlint.gendocs, from
one list (gendocs.GENERATED), and is up to date."""

from __future__ import annotations

import subprocess
import sys

import pytest

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


def test_the_docs_folder_is_found_from_the_checkout_when_installed(tmp_path, monkeypatch):
    """A non-editable install (as CI makes) puts gendocs in site-packages: the docs are the
    checkout's, found from the working directory."""
    fake = tmp_path / "site-packages" / "plainlint" / "gendocs.py"
    monkeypatch.setattr(gendocs, "__file__", str(fake))
    checkout = tmp_path / "checkout"
    (checkout / "rules").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text('[project]\nname = "plainlint"\n', encoding="utf-8")
    (checkout / "src").mkdir()
    monkeypatch.chdir(checkout / "src")
    assert gendocs.docs_dir() == checkout.resolve() / "docs"
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit, match="no plainlint checkout"):
        gendocs.docs_dir()
