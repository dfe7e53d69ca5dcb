"""Session 20 (speed8): the reading-age check ranks a group's sentences by grade once
(``metrics.ranked_by_grade``) and takes the hardest from that ranking for each number it asks for
(the sentences it names, then the text without its hardest in ``_severity``). Compared here with
``hardest_sentences`` worked out afresh for every number, on the fixtures and the shared corpus."""

from __future__ import annotations

from pathlib import Path

from plainlint.analysis import analyse
from plainlint.config import Config
from plainlint.extract import extract
from plainlint.metrics import hardest_sentences, prose_sentences, ranked_by_grade, sections

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _groups():
    cfg = Config()
    paths = sorted((ROOT / "fixtures").glob("*.md")) + sorted((ROOT / "fixtures").glob("*.txt"))
    paths += sorted(CORPUS.glob("*.md"))[:3] if CORPUS.is_dir() else []
    # sentences of the same grade, in an order that is not the grades' own
    made = "The plan was agreed. " * 3 + "We met on Monday and agreed the whole plan for next year at last. " * 3
    docs = [extract(made.encode(), "made.md", cfg.extract_options())]
    docs += [extract(p.read_bytes(), p.name, cfg.extract_options()) for p in paths]
    for doc in docs:
        analysed = analyse(doc)
        yield prose_sentences(analysed)
        for sec in sections(analysed):
            yield sec["sentences"]


def test_the_ranking_gives_the_hardest_for_every_number():
    seen = 0
    for sentences in _groups():
        ranked = ranked_by_grade(sentences)
        for n in (*range(0, 16), len(sentences) - 1, len(sentences), len(sentences) + 1):
            assert hardest_sentences(sentences, n, ranked) == hardest_sentences(sentences, n)
        seen += len(sentences)
    assert seen > 50
