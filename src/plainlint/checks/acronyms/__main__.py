"""``python -m plainlint.checks.acronyms [docs/acronyms.md]``: regenerate the acronym docs."""

import sys
from pathlib import Path

from .docs import docs_path, render_docs

target = Path(sys.argv[1]) if len(sys.argv) > 1 else docs_path()
target.parent.mkdir(parents=True, exist_ok=True)
target.write_text(render_docs(), encoding="utf-8")
print(f"wrote {target}")
