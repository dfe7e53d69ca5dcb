"""The generated docs, declared once: each file in ``docs/`` that is made from data, and the
function that makes it.

``python -m plainlint.gendocs`` writes them all; ``python -m plainlint.gendocs --check``
names any that are out of date and exits 1 (``tests/test_gendocs.py`` runs the same check).
A new generated page is one entry here.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

#: docs/<name> -> "module:function" returning its text
GENERATED = {
    "rules.md": "plainlint.explain:rule_docs_markdown",  # from rules/*.toml
    "acronyms.md": "plainlint.checks.acronyms.docs:render_docs",  # from wordlists/*acronyms.toml
}


def _is_checkout(folder: Path) -> bool:
    pyproject = folder / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return False
    return 'name = "plainlint"' in text and (folder / "rules").is_dir()


def docs_dir() -> Path:
    """The checkout's ``docs/``: the source tree this module sits in when run from source, else
    the plainlint checkout at or above the working directory (a non-editable install, as CI
    makes, puts this module in site-packages, far from the docs)."""
    here = Path(__file__).resolve().parents[2]
    if _is_checkout(here):
        return here / "docs"
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents):
        if _is_checkout(folder):
            return folder / "docs"
    raise SystemExit(f"plainlint.gendocs: no plainlint checkout at or above {cwd}: run it from the checkout")


def render(name: str) -> str:
    module, func = GENERATED[name].split(":")
    return getattr(importlib.import_module(module), func)()


def out_of_date(folder: Path) -> list[str]:
    """The generated files in ``folder`` whose text is not what their data makes now."""
    stale = []
    for name in GENERATED:
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != render(name):
            stale.append(name)
    return stale


def main(argv: list[str]) -> int:
    folder = docs_dir()
    if "--check" in argv:
        stale = out_of_date(folder)
        for name in stale:
            print(f"docs/{name} is out of date: run python -m plainlint.gendocs", file=sys.stderr)
        return 1 if stale else 0
    folder.mkdir(parents=True, exist_ok=True)
    for name in GENERATED:
        (folder / name).write_text(render(name), encoding="utf-8")
        print(f"wrote docs/{name}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
