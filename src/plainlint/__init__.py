"""plainlint: a plain-English linter for public-sector documents."""

__version__ = "0.1.0"

from .api import check_document, check_path, check_text, lint_file  # noqa: E402,F401
