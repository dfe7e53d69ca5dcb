"""Issue 15's speed shortcuts of the seventh session: work judged once per distinct piece of
text, each against the slow way.

Blocks of the same text share one spaCy Doc (``Analysed.block_docs``). A check whose verdict
on a sentence depends on that sentence's tokens, its text and its block's kind alone now
judges a sentence met again word for word (in another block of the same text) once per
document, keyed by the shared Doc:

- long-sentence (``MetricCheck._sentences``): the severity and message of a long sentence;
- passive voice (``find_all_passives``): a sentence's passives, and each passive's message.

The slow way is the same document analysed with a Doc made for each block on its own, so
that nothing is ever met twice: every finding of every rule must be the same.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from plainlint.analysis import Analysed, analyse, get_nlp
from plainlint.api import get_engine
from plainlint.config import Config
from plainlint.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
FIXTURES = ROOT / "fixtures"

LONG = ("The report was prepared by officers of the council over many months and it was agreed by the "
        "board, which met in May, that the plan should be published in June after a further review "
        "by the partners and the public.")
PASSIVE = "The plan was approved."
# with no full stop: not read in a heading (no sentence styled as one), read in a paragraph
UNSTOPPED = LONG.rstrip(".")
# the same long sentence and passive in a paragraph, a list item, a table cell, a quotation
# and a heading, each more than once, beside other sentences in the same block
REPEATS = (
    f"# {LONG}\n\n{LONG}\n\n{PASSIVE} {LONG}\n\n- {LONG}\n- {PASSIVE}\n- {LONG}\n\n"
    f"| {LONG} | {PASSIVE} |\n| --- | --- |\n| {LONG} | {PASSIVE} |\n\n> {LONG}\n\n"
    f"{LONG}\n\n{PASSIVE} {LONG}\n\n## {LONG}\n\n{PASSIVE}\n\n{LONG}\n\n"
    f"## {UNSTOPPED}\n\n{UNSTOPPED}\n\n### {UNSTOPPED}\n\n- {UNSTOPPED}\n"
)


def _documents() -> list:
    cfg = Config()
    texts = [REPEATS, REPEATS.replace("\n\n", "\n")]
    for path in sorted(FIXTURES.glob("*.md")) + sorted(FIXTURES.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    if CORPUS.is_dir():  # more where the shared corpus is present
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*.md"))[:6]]
    docs = [extract(t.encode(), "doc.md", cfg.extract_options()) for t in texts]
    for name in ("board-paper.docx", "board-paper.pdf"):
        docs.append(extract((FIXTURES / name).read_bytes(), name, cfg.extract_options()))
    return docs


def _unshared(a: Analysed) -> Analysed:
    """The same analysis with a Doc made for each block on its own: no sentence is met twice."""
    make_doc = get_nlp(None).make_doc
    sentences = [dataclasses.replace(s) for s in a.sentences]
    b = Analysed(document=a.document, block_docs=[make_doc(t) for t in a.block_texts], sentences=sentences,
                 block_sentences=a.block_sentences, trained=a.trained)
    b.__dict__["token_texts"] = [list(t) for t in a.token_texts]
    b.__dict__["block_texts"] = list(a.block_texts)
    return b


def _run(engine, analysed) -> list:
    return [(f.rule, f.severity, f.message, f.start, f.end, tuple(f.suggestions)) for f in engine.run(analysed)]


def test_sentences_judged_once_per_shared_doc_equal_judged_in_every_block():
    engine = get_engine(Config())
    repeated = 0
    for doc in _documents():
        shared = analyse(doc)
        own = _unshared(shared)
        assert len({id(d) for d in own.block_docs}) == len(own.block_docs)
        got, want = _run(engine, shared), _run(engine, own)
        assert got == want, doc.path
        # the passives the readability figures count, sentence by sentence
        assert [(s.start, found) for s, found in shared.passives.values()] == \
            [(s.start, found) for s, found in own.passives.values()]
        repeated += len(shared.block_docs) - len({id(d) for d in shared.block_docs})
        if doc.text.startswith("# The report"):
            rules = [g[0] for g in got]
            assert rules.count("long-sentence") >= 8 and rules.count("passive-voice") >= 10
    assert repeated >= 20  # the shortcut is taken
