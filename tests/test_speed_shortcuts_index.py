"""Issue 15's per-document indexes (eleventh session), each against the slow way it replaces
(kept here):

- ``Analysed.blocks_holding``: the blocks that may hold a token whose lower-case text is one of
  some words, found by ``str.find`` in the document's lower-case text; the word lists' check
  looks for its split phrases ("take ... into account") only in those blocks;
- ``_Surveyor._spelled_in``: the words' offsets read from the block's array of token offsets
  rather than from a spaCy Token made for each word.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import analyse
from plainlint.config import Config
from plainlint.document import DocumentBuilder
from plainlint.extract import extract

survey_mod = importlib.import_module("plainlint.checks.acronyms.survey")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
FIXTURES = ROOT / "fixtures"
_WORDS = frozenset({"take", "taken", "takes", "taking", "took", "k", "ok"})


def _real_paths() -> list[Path]:
    return sorted(FIXTURES.glob("*.md")) + (sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else [])


def _analysed(path: Path):
    cfg = Config()
    return analyse(extract(path.read_bytes(), path.name, cfg.extract_options()), model=cfg.model)


def _holding_slow(analysed, words) -> set:
    """Every block with a token whose lower-case text is one of ``words``, token by token."""
    return {bi for bi, texts in enumerate(analysed.token_texts) if any(t.lower() in words for t in texts)}


# letters in any capitals, the Kelvin sign (whose lower case is 'k'), the dotted capital I (whose
# lower case is two characters long), invisible characters (spaces for the tokenizer), a long
# run of letters (broken up for the tokenizer), joiners and white space
_PIECES = st.sampled_from(["take", "TAKE", "Taken", "tA\u212aEs", "TOOK", "took", "taking", "\u0130", "k", "K",
                           "\u212a", "ok", "OK", "re-take", "over", "_take", "take2", "2take", " ", "  ", "\n",
                           "\t", ".", ",", "(", ")", "\u200b", "\u200d", "x" * 70, "mistaken", "é", "'s"])
_BLOCKS = st.lists(st.lists(_PIECES, max_size=12).map("".join), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(_BLOCKS)
def test_blocks_holding_never_leaves_out_a_block_with_one_of_the_words(blocks):
    b = DocumentBuilder("x.md", "markdown")
    for text in blocks:
        b.add_block([text])
    analysed = analyse(b.finish())
    got = analysed.blocks_holding(_WORDS)
    slow = _holding_slow(analysed, _WORDS)
    if got is not None:
        assert slow <= got
    if all(len(t.lower()) == len(t) for t in blocks):
        assert got is not None  # (None only where the lower case is longer)


def test_blocks_holding_in_real_documents_holds_every_block_with_one_of_the_words():
    from plainlint.api import get_engine
    from plainlint.checks.substitution import SubstitutionCheck

    check = next(c for c in get_engine(Config()).checks if isinstance(c, SubstitutionCheck))
    assert check.split  # the word lists' split phrases' first words
    looked = 0
    for path in _real_paths():
        analysed = _analysed(path)
        for words in (check.split, _WORDS):
            got = analysed.blocks_holding(words)
            assert got is not None and _holding_slow(analysed, words) <= got
            looked += len(got)
    assert looked > 0


def test_blocks_holding_cannot_tell_for_a_word_beyond_ascii():
    b = DocumentBuilder("x.md", "markdown")
    b.add_block(["Café society"])
    assert analyse(b.finish()).blocks_holding({"café"}) is None


def test_split_phrases_found_in_the_blocks_holding_their_first_words_as_in_every_block(monkeypatch):
    from plainlint.analysis import Analysed
    from plainlint.api import get_engine
    from plainlint.checks.substitution import SubstitutionCheck

    check = next(c for c in get_engine(Config()).checks if isinstance(c, SubstitutionCheck))
    docs = [_analysed(p) for p in _real_paths()]
    b = DocumentBuilder("x.md", "markdown")
    for t in ["We will take the views of residents into account.", "TAKE their comments INTO account now.",
              "Nothing to see here.", "They took it into account", "Officers are taking all of this into account."]:
        b.add_block([t])
    docs.append(analyse(b.finish()))

    def run(analysed):
        return [(f.rule, f.start, f.end, f.message, f.severity, tuple(f.suggestions)) for f in check.run(analysed)]

    fast = [run(a) for a in docs]
    monkeypatch.setattr(Analysed, "blocks_holding", lambda self, words: None)
    slow = [run(a) for a in docs]
    assert fast == slow
    assert any("take" in f[3].lower() or "into account" in f[3].lower() for f in fast[-1])


def _spelled_in_slow(self, occ, sdoc, bounds, bi, taken, names=False, form="nearby", strict=False) -> bool:
    """``_Surveyor._spelled_in`` as it was: each word's offset read from a Token."""
    block_start = self.a.blocks[bi].start
    words = [w for w in self._words(sdoc, *bounds)
             if not (bi == occ.block and w.start == occ.token) and survey_mod.acronym_form(w.text) is None
             and not any(a <= block_start + sdoc[w.start].idx < b for a, b in taken)]
    for span in survey_mod._initials_in_a_row(survey_mod._letters(occ.base), words):
        if names and not all(w.free or w.text[:1].isupper() for w in span):
            continue
        if form == "unlinked" and not survey_mod._name_like(sdoc[span[0].start:span[-1].end], span):
            continue
        if strict and not self._exact_words(occ, sdoc, span):
            continue
        # (as the code it mirrors: the exact words within the near reach in characters are not "far")
        far = strict and occ.start - (block_start + sdoc[span[0].start].idx) > survey_mod._UNLINKED_REACH
        d = survey_mod.Definition(key=occ.key, acronym=occ.text, expansion=sdoc[span[0].start:span[-1].end].text,
                                  start=occ.start, end=occ.end, at=occ.start, form=form, far=far)
        self.survey.definitions.setdefault(occ.key, []).insert(0, d)
        return True
    return False


def _survey_facts(analysed) -> tuple:
    s = survey_mod.survey(analysed)
    defs = sorted((k, d.start, d.end, d.at, d.form, d.expansion, d.far) for k, ds in s.definitions.items() for d in ds)
    uses = sorted((k, o.start, o.skip) for k, us in s.uses.items() for o in us)
    return defs, uses


def test_words_spelled_out_read_from_the_offsets_array_as_from_tokens(monkeypatch):
    texts = [p.read_bytes() for p in _real_paths()]
    texts.append("Submit an Expression of Interest by May.\n\nThe EOI must reach us. Non-Executive Director Roles\n\n"
                 "Each NED (the Board) serves. The Risk Management plan (RM) and QZ Quality Zone (QQZ) QZR.\n".encode())
    cfg = Config()

    def facts():
        return [_survey_facts(analyse(extract(t, "t.md", cfg.extract_options()), model=cfg.model)) for t in texts]

    fast = facts()
    monkeypatch.setattr(survey_mod._Surveyor, "_spelled_in", _spelled_in_slow)
    slow = facts()
    assert fast == slow
    assert any(f for f, _u in fast)


def test_the_documents_lower_case_text_is_made_once_and_read_by_the_publishers_sign_ups():
    check_mod = importlib.import_module("plainlint.checks.acronyms.check")
    texts = [p.read_bytes() for p in _real_paths()]
    texts.append("Sign up to the QZ newsletter. SIGN UP for QZR news.\n\nStraße İstanbul \u212aelvin QZ.\n".encode())
    cfg = Config()
    found = 0
    for t in texts:
        analysed = analyse(extract(t, "t.md", cfg.extract_options()), model=cfg.model)
        text = analysed.document.text
        assert analysed.lower_text == text.lower()
        assert analysed.lower_text is analysed.lower_text  # made once
        fast = [m.span() for m in check_mod._sign_ups(text, analysed.lower_text)]
        assert fast == [m.span() for m in check_mod._sign_ups(text)]
        assert check_mod._publisher(text, analysed.lower_text) == check_mod._publisher(text)
        found += len(fast)
    assert found >= 1
