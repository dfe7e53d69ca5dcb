"""Issue 15's speed shortcuts of the seventh session: work judged once per distinct piece of
text, each against the slow way.

Blocks of the same text share one spaCy Doc (``Analysed.block_docs``). A check whose verdict
on a sentence depends on that sentence's tokens, its text and its block's kind alone now
judges a sentence met again word for word (in another block of the same text) once per
document, keyed by the shared Doc:

- long-sentence (``MetricCheck._sentences``): the severity and message of a long sentence;
- passive voice (``find_all_passives``): a sentence's passives, and each passive's message;
- the word lists (``SubstitutionCheck``): a Doc's split phrases ("take ... into account"),
  and its matches that pass every test reading the Doc alone (``_doc_spans``), once per Doc
  and block kind (in a heading or not); the tests of the words around a block (quotations
  running over paragraphs, the line the words are on) are still made block by block.

And ``substitution._spells_out_letters`` reads the Doc's token texts, not a spaCy Token per
token (the Token-walking version is kept here to compare with); ``Analysed.token_lowers``
lowers each distinct token text once; the document's sections are worked out once
(``Analysed.sections``) for the reading-age check, the section rules, the score and the
stats, which only read them.

The slow way is the same document analysed with a Doc made for each block on its own, so
that nothing is ever met twice: every finding of every rule must be the same.
"""

from __future__ import annotations

import dataclasses
from itertools import chain
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import Analysed, analyse, get_nlp
from plainlint.api import get_engine
from plainlint.config import Config
from plainlint.extract import extract
from plainlint.metrics import document_metrics, find_sections, stats_detail
from plainlint.score import document_score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
FIXTURES = ROOT / "fixtures"

LONG = ("The report was prepared by officers of the council over many months and it was agreed by the "
        "board, which met in May, that the plan should be published in June after a further review "
        "by the partners and the public.")
PASSIVE = "The plan was approved."
# words of the word lists, a split phrase among them, in a heading and out of one, and inside a
# quotation that runs over two paragraphs
WORDS = "We will utilise the fund in order to take the views of residents into account (TVR)."
QUOTED = "“We will utilise the fund"
# a name in a heading is not read as in running text: found in a paragraph, left in a heading
NAMED = "Number of Care Assurance Checks done in the last 12 months"
# with no full stop: not read in a heading (no sentence styled as one), read in a paragraph
UNSTOPPED = LONG.rstrip(".")
# the same long sentence and passive in a paragraph, a list item, a table cell, a quotation
# and a heading, each more than once, beside other sentences in the same block
REPEATS = (
    f"# {LONG}\n\n{LONG}\n\n{PASSIVE} {LONG}\n\n- {LONG}\n- {PASSIVE}\n- {LONG}\n\n"
    f"| {LONG} | {PASSIVE} |\n| --- | --- |\n| {LONG} | {PASSIVE} |\n\n> {LONG}\n\n"
    f"{LONG}\n\n{PASSIVE} {LONG}\n\n## {LONG}\n\n{PASSIVE}\n\n{LONG}\n\n"
    f"## {UNSTOPPED}\n\n{UNSTOPPED}\n\n### {UNSTOPPED}\n\n- {UNSTOPPED}\n\n"
    f"{WORDS}\n\n## {WORDS}\n\n- {WORDS}\n\n{QUOTED}\n\nand facilitate change.”\n\n{QUOTED}\n\n{WORDS}\n\n"
    f"## Utilise: Transforming Care Together\n\nUtilise: Transforming Care Together\n\n"
    f"## {NAMED}\n\n{NAMED}\n\n### {NAMED}\n\n{NAMED}\n"
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
        # the sections, shared by the checks, the score and the stats, are as found afresh
        # after all of them ran (nobody changed them)
        stats_detail(shared, Config())
        document_score(shared, engine, Config(), engine.run(shared), document_metrics(shared, engine, Config()))
        assert shared.sections == find_sections(shared)
        assert shared.token_lowers == set(map(str.lower, chain.from_iterable(shared.token_texts)))
        repeated += len(shared.block_docs) - len({id(d) for d in shared.block_docs})
        if doc.text.startswith("# The report"):
            rules = [g[0] for g in got]
            assert rules.count("long-sentence") >= 8 and rules.count("passive-voice") >= 10
            assert sum(m.startswith("'take") for _r, _s, m, *_x in got) >= 3  # the split phrase
            assert rules.count("plain-words") >= 6
            assert [g[4] - g[3] for g in got if g[0] == "jargon" and g[2].startswith("'Assurance'")] == [9, 9]
    assert repeated >= 20  # the shortcut is taken


def _spells_out_letters_token_by_token(sdoc, span) -> bool:
    """substitution._spells_out_letters as it was, walking spaCy Tokens (the slow way)."""
    small = {"and", "of", "the", "for", "&", "in", "on", "to", "a", "an", "with", "by"}
    j = span.start - 1
    while j >= 0 and sdoc[j].text not in ("(", ")"):
        j -= 1
    if j < 1 or sdoc[j].text != "(":
        return False
    k = j - 1
    while k >= 0 and sdoc[k].is_space:
        k -= 1
    letters = "".join(c for c in sdoc[k].text if c.isalpha()) if k >= 0 else ""
    if not (2 <= len(letters) <= 8 and letters.isupper()):
        return False
    words = []
    for t in sdoc[j + 1:]:
        if t.text == ")":
            break
        if t.is_alpha and t.lower_ not in small:
            words.append(t.lower_)
    return "".join(w[0] for w in words).startswith(letters.lower())


@given(st.lists(st.sampled_from(["ICP3", "ICP", "TVR", "NHS", "(", ")", "  ", "\n", "indicative", "cost", "and",
                                 "performance", "assessments", "the", "Views", "residents", "ÉCOLE", "été",
                                 "2019", "x-ray", "co-production", "of", "utilise"]), max_size=25),
       st.integers(0, 25), st.integers(1, 3))
@settings(max_examples=400, deadline=None)
def test_spells_out_letters_on_token_texts_equals_token_by_token(words, at, size):
    from plainlint.analysis import token_texts
    from plainlint.checks.substitution import _spells_out_letters

    sdoc = get_nlp(None).make_doc(" ".join(words))
    if not len(sdoc):
        return
    start = min(at, len(sdoc) - 1)
    span = sdoc[start:min(start + size, len(sdoc))]
    want = _spells_out_letters_token_by_token(sdoc, span)
    assert _spells_out_letters(sdoc, span, token_texts(sdoc)) == want
    assert _spells_out_letters(sdoc, span) == want
