"""Issue 15's speed shortcut in the phrase matchers' long-document test, against the way it
read before (kept here): a phrase also waits while two of its sure words written next to each
other ('in order', 'service users') are not two tokens next to each other anywhere in the
document, space tokens passed over (``LazyPhraseMatcher._sure_pairs_of``,
``analysis.word_pairs``, ``Analysed.token_pairs``). Sound only if such parts are tokens next to
each other in the phrase's own tokens, and if the matchers never match across anything but
space tokens: both are shown here, and the findings are compared with the test switched off.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import get_nlp
from plainlint.config import Config
from plainlint.analysis import word_pairs
from plainlint.phrases import LazyPhraseMatcher

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _all_phrases():
    """Every phrase of the shipped word lists and of the co-production lexicon, with a
    matcher of each kind to ask for their sure words."""
    from plainlint.checks.coproduction import LADDER_FILE, Lexicon
    from plainlint.checks.substitution import SubstitutionCheck
    from plainlint.engine import Engine
    from plainlint.resources import wordlists_dir

    nlp = get_nlp(None)
    subs = [c.matcher for c in Engine(Config()).checks if isinstance(c, SubstitutionCheck)]
    lex = Lexicon(wordlists_dir() / LADDER_FILE, nlp)
    out = []
    for m in subs + [lex.matcher]:
        out.extend(ph for items in m._pending.values() for _key, ph in items)
        out.extend(ph for _sq, _key, ph in m._deferred)
    return nlp, lex.matcher, out


def test_every_sure_pair_of_every_phrase_is_two_of_its_tokens_next_to_each_other():
    nlp, m, phrases = _all_phrases()
    assert len(phrases) > 3000
    with_pairs = 0
    for ph in phrases:
        lows = [t.lower_ for t in nlp.make_doc(ph) if not t.is_space]
        own = set(zip(lows, lows[1:]))
        assert set(m._sure_pairs_of(ph)) <= own, ph
        with_pairs += bool(m._sure_pairs_of(ph))
    assert with_pairs > 1500
    # a part that is not a sure word breaks the pair ('co-production', "don't", a special case)
    assert m._sure_pairs_of("work with co-production partners") == (("work", "with"),)
    assert m._sure_pairs_of("we don't know") == ()
    assert m._sure_pairs_of("in  order\tto") == (("in", "order"), ("order", "to"))


def _pairs_step_by_step(token_lists) -> set:
    """Every two non-space tokens next to each other, list by list, then the pair across each
    boundary between two lists (which word_pairs also gives)."""
    out = set()
    prev = None
    for texts in token_lists:
        for tx in texts:
            if tx.isspace():
                continue
            if prev is not None:
                out.add((prev, tx.lower()))
            prev = tx.lower()
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["In", "order", "to", " ", "\n", "\t\t", "\u00a0", "x", ".", "ÉTÉ", "İ"]),
                         max_size=8), max_size=6))
def test_word_pairs_equal_the_step_by_step_reading(token_lists):
    assert word_pairs(token_lists) == _pairs_step_by_step(token_lists)
    # with each distinct text lowered once beforehand (Analysed.lower_of), the same pairs
    lower_of = {t: t.lower() for tt in token_lists for t in tt}
    assert word_pairs(token_lists, lower_of) == _pairs_step_by_step(token_lists)


PHRASE_GROUPS = [["in order to"], ["cannot"], ["co-production", "coproduction"], ["e.g. the"], ["10am"],
                 ["prior to", "prior"], ["hard to reach", "hard-to-reach"], ["service users"], ["&"],
                 ["don't"], ["going forward"], ["make use of"], ["Gonna go"], ["work with co-production partners"]]


def test_long_document_pairs_test_never_misses_a_match():
    """Every document taken as long, words and pairs given: the lazy matcher finds what a
    matcher holding every phrase finds, on each Doc and on its view without space tokens (as
    the checks match them), document after document; the pairs keep phrases waiting."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = get_nlp(None)
    eager = PhraseMatcher(nlp.vocab, attr="LOWER")
    lazy = LazyPhraseMatcher(nlp)
    lazy.flush_chars = 0
    for i, group in enumerate(PHRASE_GROUPS):
        eager.add(f"speed-pairs-{i}", [nlp.make_doc(p) for p in group])
        lazy.add(f"speed-pairs-{i}", group)
    rnd = random.Random(23)
    words = ["in", "order", "to", "can", "not", "cannot", "co", "-", "production", "10", "am", "10am",
             "e.g.", "the", "service", "users", "hard", "reach", "prior", "&", "don't", "going", "forward",
             "\n", ",", "Co-production", "IN", "Order", "make", "use", "of", "gonna", "go", "work", "with",
             "partners"]
    found = waited_for_pairs = 0
    for _ in range(400):
        blocks = ["".join(rnd.choice(words) + rnd.choice(["", " ", " ", " ", "\n", "  "])
                          for _ in range(rnd.randint(0, 20))) for _ in range(rnd.randint(1, 3))]
        docs = [nlp.make_doc(b) for b in blocks]
        texts = [[t.text for t in d] for d in docs]
        present = {tx.lower() for tt in texts for tx in tt}
        pairs = word_pairs(texts)
        lazy.prepare("\n\n".join(blocks), lambda present=present: present, lambda pairs=pairs: pairs)
        waited_for_pairs += sum(1 for _sq, _k, ph in lazy._deferred
                                if present.issuperset(lazy._sure_words(ph)))
        for d in docs:
            got = lazy(d, prepared=True)
            assert sorted(got) == sorted(eager(d)), d.text
            found += len(got)
            kept = [t.text for t in d if not t.is_space]
            if kept:
                view = Doc(d.vocab, words=kept, spaces=[True] * len(kept))
                assert sorted(lazy(view, prepared=True)) == sorted(eager(view)), d.text
    assert found > 150 and waited_for_pairs > 100


def _findings(monkeypatch, paths, pairs_on: bool, long: bool) -> list:
    from plainlint.api import lint_file
    from plainlint.engine import Engine

    monkeypatch.setattr(LazyPhraseMatcher, "flush_chars", 0 if long else 50_000)
    if not pairs_on:
        monkeypatch.setattr(LazyPhraseMatcher, "_sure_pairs_of", lambda self, ph: ())
    monkeypatch.setattr("plainlint.api.get_engine", lambda cfg: Engine(cfg))
    out = []
    for p in paths:
        r = lint_file(str(p), Config())
        out.append([(f.rule, f.start, f.end, f.message, f.severity, tuple(f.suggestions)) for f in r.findings])
    monkeypatch.undo()
    return out


def test_findings_are_the_same_with_the_pairs_test_or_without(monkeypatch):
    """The word lists' and co-production's findings on the repository's text fixtures (and a
    few corpus documents where ../shared is there), every document taken as long: the same
    with the pairs test as without it, and as with the short-document test."""
    paths = [ROOT / "fixtures" / "sample.md", ROOT / "fixtures" / "layout-blank-lines.txt"]
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.md"))[:3]
    with_pairs = _findings(monkeypatch, paths, True, True)
    assert sum(map(len, with_pairs)) > 20
    assert with_pairs == _findings(monkeypatch, paths, False, True)
    assert with_pairs == _findings(monkeypatch, paths, True, False)


# ---------------------------------------------------------------------------------------
# The acronym survey's line test (``_Surveyor._line_info``: a contents line, a line in
# capitals, runs of capitals) worked out once per line of each distinct Doc, not once per line
# of each block: blocks of the same text share one Doc.

_REPEATED = ("AGENDA ITEM 4: QZB ANNUAL REPORT\n\nThe QZB met on 4 May. The QZB agreed the plan.\n\n"
             "CONTENTS\n\nQZB report ........ 4\n\nAGENDA ITEM 4: QZB ANNUAL REPORT\n\n"
             "KENT AND MEDWAY QZX BOARD MEETING\n\nThe QZX Board asked the QZB for its plan.\n\n"
             "KENT AND MEDWAY QZX BOARD MEETING\n\nQZB report ........ 4\n\n- QZB\n\n- QZB\n")


def test_line_test_once_per_doc_gives_what_working_it_out_every_time_gives(monkeypatch):
    import importlib

    survey_mod = importlib.import_module("plainlint.checks.acronyms.survey")
    from plainlint.analysis import analyse
    from plainlint.extract import extract

    cfg = Config()
    texts = [_REPEATED, _REPEATED.replace("\n\n", "\n")]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "fixtures").glob("*.md"))]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*.md"))[:4]]

    def skips(analysed):
        return [(o.start, o.skip) for o in survey_mod.survey(analysed).occurrences]

    line_info = survey_mod._Surveyor._line_info
    shared = 0
    for text in texts:
        analysed = analyse(extract(text.encode(), "t.md", cfg.extract_options()), model=cfg.model)
        fast = skips(analysed)
        analysed = analyse(extract(text.encode(), "t.md", cfg.extract_options()), model=cfg.model)
        worked = []

        def every_time(self, bi, sdoc, lo, hi, worked=worked):
            self._lines_cache.clear()
            worked.append((bi, id(sdoc), lo))
            return line_info(self, bi, sdoc, lo, hi)

        monkeypatch.setattr(survey_mod._Surveyor, "_line_info", every_time)
        slow = skips(analysed)
        monkeypatch.undo()
        assert fast == slow
        shared += len({(b, lo) for b, _d, lo in worked}) - len({(d, lo) for _b, d, lo in worked})
    assert shared >= 4  # lines of repeated blocks were read once
    assert sum(1 for _s, why in skips(analyse(extract(_REPEATED.encode(), "t.md", cfg.extract_options()),
                                              model=cfg.model)) if why in ("caps-line", "contents")) >= 4


# ---------------------------------------------------------------------------------------
# long-paragraph (``MetricCheck._paragraphs``): a paragraph's words counted once per shared
# Doc (blocks of the same text share one, and so their sentences' texts), where every block's
# sentences were counted.

_PARAGRAPH = " ".join(["The board agreed the plan for the coming year after a long discussion of its costs."] * 11)
_PARAGRAPHS = (f"{_PARAGRAPH}\n\n- {_PARAGRAPH}\n\nA short one.\n\n{_PARAGRAPH}\n\n"
               f"{_PARAGRAPH} And one more sentence here.\n\n{_PARAGRAPH}\n")


def test_paragraph_words_counted_once_per_shared_doc_equal_counting_every_block():
    import dataclasses

    from plainlint.analysis import Analysed, analyse
    from plainlint.engine import Engine
    from plainlint.extract import extract

    cfg = Config()
    rules = ("long-paragraph",)
    engine = Engine(Config(select=list(rules)))
    nlp = get_nlp(None)
    texts = [_PARAGRAPHS, _PARAGRAPHS.replace("\n\n", "\n")]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "fixtures").glob("*.md"))]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*.md"))[:4]]
    found = shared_docs = 0
    for text in texts:
        a = analyse(extract(text.encode(), "t.md", cfg.extract_options()), model=cfg.model)
        own = Analysed(document=a.document, block_docs=[nlp.make_doc(t) for t in a.block_texts],
                       sentences=[dataclasses.replace(s) for s in a.sentences],
                       block_sentences=a.block_sentences, trained=a.trained)
        own.__dict__["token_texts"] = [list(t) for t in a.token_texts]
        own.__dict__["block_texts"] = list(a.block_texts)

        def run(x):
            return [(f.rule, f.severity, f.message, f.start, f.end) for f in engine.run(x) if f.rule in rules]

        got = run(a)
        assert got == run(own)
        # and each block's own count, worked out here: the paragraphs past the limits
        from plainlint.metrics import count_words

        want = []
        for bi, block in enumerate(a.blocks):
            idxs = a.block_sentences[bi]
            if block.kind == "paragraph" and idxs and (
                    len(idxs) > 5 or sum(count_words(a.sentences[i].text) for i in idxs) > 150):
                want.append(a.sentences[idxs[0]].start)
        assert [g[3] for g in got] == want
        found += len(got)
        shared_docs += len(a.block_docs) - len({id(d) for d in a.block_docs})
    assert found >= 3 and shared_docs >= 3
