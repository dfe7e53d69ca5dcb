"""Issue 15's speed shortcuts of the eighth session in the co-production and acronym checks,
each against the way it read before (kept here as the reference): same answers, cheaper steps.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import get_nlp
from plainlint.phrases import LazyPhraseMatcher


# -- the phrase matchers' sure words -------------------------------------------------------

_PLAIN_WORD = re.compile(r"[A-Za-z]+")  # the test a sure word's part passed before


def _sure_before(m: LazyPhraseMatcher, phrase: str) -> tuple:
    """(sure words, sure pairs) as they were read before: a pattern's full match per part."""
    special = {k.lower() for k in m.nlp.tokenizer.rules}

    def is_sure(part):
        return _PLAIN_WORD.fullmatch(part) is not None and part.lower() not in special

    words = tuple(w.lower() for w in phrase.split() if is_sure(w))
    if len(words) < 2:
        return words, ()
    parts = [w.lower() if is_sure(w) else None for w in phrase.split()]
    return words, tuple((a, b) for a, b in zip(parts, parts[1:]) if a is not None and b is not None)


def test_sure_words_and_pairs_of_every_shipped_phrase_as_before():
    from test_speed_shortcuts_pairs import _all_phrases

    nlp, m, phrases = _all_phrases()
    assert len(phrases) > 3000
    for ph in phrases:
        assert (m._sure_words(ph), m._sure_pairs_of(ph)) == _sure_before(m, ph), ph


_PARTS = st.sampled_from(["in", "order", "to", "Co-production", "don't", "café", "ﬁx", "İstanbul", "ı", "ß",
                          "K", "3rd", "a.m.", "e.g.", "n't", "Mr.", "", "  ", "\t", "é", "naïve", "ſ"])


@pytest.fixture(scope="module")
def matcher():
    """One matcher made outside the examples (making spaCy's pipeline touches the random module)."""
    return LazyPhraseMatcher(get_nlp(None))


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.one_of(_PARTS, st.text(max_size=6)), max_size=6))
def test_sure_words_and_pairs_of_any_text_as_before(matcher, parts):
    m = matcher
    m._sure.clear()  # worked out afresh for each example
    phrase = " ".join(parts)
    assert (m._sure_words(phrase), m._sure_pairs_of(phrase)) == _sure_before(m, phrase)


# -- co-production: the hits of blocks with nothing to read are not made ---------------------

from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


class _NeverDisjoint(frozenset):
    """A word set whose one-step test in C never rules anything out: the loop after it reads
    every word, as before the test was added."""

    def isdisjoint(self, other) -> bool:
        return False


def _coproduction_documents() -> list:
    """(name, bytes): each example of the co-production rules as a document of its own, the
    fixture, and the corpus's Markdown and Word documents (its PDFs are slow to read)."""
    from plainlint.engine import all_rules

    docs = []
    for rule in all_rules().values():
        if rule.kind in ("consultation-as-co-production", "co-production-unevidenced"):
            docs += [(f"{rule.id}-{i}.md", ex.text.encode()) for i, ex in enumerate(rule.must_fire + rule.must_not_fire)]
    paths = [ROOT / "fixtures" / "sample.md"]
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.md")) + sorted(CORPUS.glob("*.docx"))
    return docs + [(str(p), p.read_bytes()) for p in paths]


def _reading(docs) -> list:
    """Per document: every sentence the co-production reader read (all it found in it), its
    ladder, and the check's findings."""
    from plainlint.analysis import analyse
    from plainlint.checks.coproduction import CoproductionCheck
    from plainlint.config import Config
    from plainlint.engine import Engine
    from plainlint.extract import extract

    cfg = Config()
    check = next(c for c in Engine(cfg).checks if isinstance(c, CoproductionCheck))
    out = []
    for name, data in docs:
        analysed = analyse(extract(data, name, cfg.extract_options()), model=cfg.model)
        findings = [(f.rule, f.start, f.end, f.message, f.severity, tuple(f.suggestions)) for f in check.run(analysed)]
        r = check.reader(analysed)
        out.append((r.sentences, r.ladder(), findings))
    return out


def test_coproduction_reading_the_same_without_the_shortcuts(monkeypatch):
    """The reader's sentences (each with its hits, claims, rungs and verdicts), the ladder and the
    findings on the fixture and the corpus documents that speak of co-production: the same as with
    every block's hits made (``Lexicon.match`` without ``wanted``) and with the verbs of making and
    working looked for word by word."""
    from plainlint.checks.coproduction import model, reading

    docs = _coproduction_documents()
    fast = _reading(docs)
    assert sum(len(s) for s, _l, _f in fast) > 100 and sum(len(f) for _s, _l, f in fast) > 40
    match = model.Lexicon.match
    monkeypatch.setattr(model.Lexicon, "match", lambda self, *a, wanted=None, **k: match(self, *a, **k))
    monkeypatch.setattr(reading, "MADE_VERBS", _NeverDisjoint(reading.MADE_VERBS))
    monkeypatch.setattr(reading, "WORKING", _NeverDisjoint(reading.WORKING))
    assert _reading(docs) == fast


def test_a_block_without_content_hits_gets_none_and_one_with_them_all():
    from plainlint.analysis import analyse
    from plainlint.checks.coproduction.model import lexicon
    from plainlint.checks.coproduction.reading import _CONTENT
    from plainlint.config import Config
    from plainlint.document import Block, Document

    texts = ["The meeting is for people with a view on it.",  # small words and people only
             "We co-produced the plan with parents and carers."]  # a claim among them
    doc = Document(path="x.md", format="markdown", text="\n\n".join(texts), blocks=[])
    at = 0
    for t in texts:
        doc.blocks.append(Block(kind="paragraph", start=at, end=at + len(t)))
        at += len(t) + 2
    cfg = Config()
    analysed = analyse(doc, model=cfg.model)
    lex = lexicon(cfg)
    for sdoc in analysed.block_docs:
        keep, every = lex.match(sdoc)
        keep2, some = lex.match(sdoc, wanted=_CONTENT)
        assert list(keep) == list(keep2)
        assert some == (every if any(h.tag.kind in _CONTENT for h in every) else [])
    assert lex.match(analysed.block_docs[0])[1] and not lex.match(analysed.block_docs[0], wanted=_CONTENT)[1]
    assert lex.match(analysed.block_docs[1], wanted=_CONTENT)[1]
