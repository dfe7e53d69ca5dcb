"""Issue 15: the acronym survey's ``_spelled_in`` reads a stretch word by word only where a token of it starts
with the letters' first letter (``_Surveyor._may_start``, one search in C); the survey the same with the test and
without it."""

from __future__ import annotations

import importlib
from pathlib import Path

from plainlint.analysis import analyse
from plainlint.config import Config
from plainlint.extract import extract

survey_mod = importlib.import_module("plainlint.checks.acronyms.survey")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

_MADE_UP = """# Quayside plans

Submit an Expression of Interest by May. The EOI must reach us in time.

## Non-Executive Director Roles

The NED posts are open. Urinary tract infections fell; UTIs are down (or IMD 1, the lowest decile in the national
Index of Multiple Deprivation). Σigma Αlpha met the ΣΑ board; the İnner Kirk (İK) spoke.
"""


def _surveys(monkeypatch, text_or_path):
    cfg = Config()
    data = text_or_path.read_bytes() if isinstance(text_or_path, Path) else text_or_path.encode()
    name = text_or_path.name if isinstance(text_or_path, Path) else "t.md"
    document = extract(data, name, cfg.extract_options())
    fast = survey_mod.survey(analyse(document, model=cfg.model))
    with monkeypatch.context() as m:
        m.setattr(survey_mod._Surveyor, "_may_start", lambda self, sdoc, bounds, base: True)
        slow = survey_mod.survey(analyse(document, model=cfg.model))
    return fast, slow


def test_the_survey_the_same_with_the_first_letter_test_and_without(monkeypatch):
    sources = [_MADE_UP] + sorted((ROOT / "fixtures").glob("*.md")) + sorted((ROOT / "fixtures").glob("*.docx")) + (
        sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else [])
    nearby = 0
    for source in sources:
        fast, slow = _surveys(monkeypatch, source)
        assert fast.occurrences == slow.occurrences
        assert fast.definitions == slow.definitions, source
        nearby += sum(d.form in ("nearby", "unlinked") for ds in fast.definitions.values() for d in ds)
    assert nearby >= 5


def test_the_made_up_page_has_words_spelled_out_without_brackets(monkeypatch):
    fast, _slow = _surveys(monkeypatch, _MADE_UP)
    forms = {d.acronym: d.form for ds in fast.definitions.values() for d in ds}
    assert forms.get("EOI") == "unlinked" and forms.get("IMD") == "nearby"
