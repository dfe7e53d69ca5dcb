"""What the acronym tests of each reading round (tests/test_acronyms_acr*.py) ask of a text: its
`acronym-undefined` findings on given letters, checked as a plain-text file with a paragraph of filler after it
(so the letters are not the whole document), and those of them shown in the default view."""

from __future__ import annotations

from plainlint.api import check_text
from plainlint.config import Config

FILLER = " The working group will report back to the board in the spring with a summary of what it heard." * 12


def undefined_on(text: str, letters: str) -> list:
    result = check_text(text + FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined" and f.text == letters]


def shown_on(text: str, letters: str) -> list:
    return [f for f in undefined_on(text, letters) if f.severity != "suggestion"]


def undefined(text: str, filler: bool = True) -> list:
    """Every `acronym-undefined` finding of the text (with the filler after it unless ``filler`` is false)."""
    result = check_text(text + (FILLER if filler else ""), Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined"]


def of(found: list, letters: str) -> list:
    """Those of ``found`` on the given letters (the first word of the finding's text)."""
    return [f for f in found if f.text.split()[0] == letters]
