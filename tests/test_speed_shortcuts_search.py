"""Issue 15's speed shortcuts of the fifth session, each against the slow way (kept here).

- the analysis replaces invisible characters (zero-width, bidi controls) once over the whole
  text, and only when the text has one, not block by block;
- blank English makes each block's Doc with ``nlp.make_doc`` (not through ``nlp.pipe``);
- ``metrics.is_checked_sentence`` finds a little word of prose by one search that stops at
  the first, not by listing every lower-case word;
- the reference-list test tries ``_REFERENCE_START`` only on blocks whose first 200
  characters hold a year, found by one search of the document's text.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import plainlint.analysis as A
import plainlint.metrics as M
from plainlint.analysis import analyse, get_nlp
from plainlint.config import Config
from plainlint.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
FIXTURES = ROOT / "fixtures"

REFERENCES = (
    "Smith, J. (2019) Plain words for councils. London: HMSO.\n\n"
    "NHS England (2020) The Long Term Plan. Available at: nhs.uk\n\n"
    "Jones K, Patel R, Brown T (2018). Care at home. BMJ 12:3.\n\n"
    "  (1921) Old Report of the Board, reprinted 2001 in a volume of older papers.\n\n"
    "1920201 is a number, not a year; but 19201920 holds two.\n\n"
    "Local Government Association (2021). Councils and care. 2021a.\n\n"
    "A sentence about the year 2019 that is not a reference at all.\n\n"
    + "A very long line of words before any year comes " * 6 + "(2019) too late.\n"
)


def _texts() -> list:
    """Texts to compare on: the fixtures, the README and docs (always there), and the shared
    corpus's Markdown where present."""
    out = [REFERENCES]
    for path in sorted(FIXTURES.glob("*.md")) + sorted(FIXTURES.glob("*.txt")) + [ROOT / "README.md"] + \
            sorted((ROOT / "docs").glob("*.md")):
        out.append(path.read_text(encoding="utf-8", errors="replace"))
    if CORPUS.is_dir():  # more where the shared corpus is present
        out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*.md"))[:20]]
    return out


def _documents():
    cfg = Config()
    docs = [extract(t.encode(), "doc.md", cfg.extract_options()) for t in _texts()]
    for name in ("board-paper.docx", "board-paper.pdf"):
        docs.append(extract((FIXTURES / name).read_bytes(), name, cfg.extract_options()))
    return docs


def test_reference_blocks_tried_only_where_a_year_is_found_are_those_of_every_block(monkeypatch):
    docs = _documents()
    fast = [A._reference_blocks(analyse(d)) for d in docs]
    assert fast[0], "the reference texts hold references"
    assert sum(map(len, fast)) > 5
    monkeypatch.setattr(A, "_year_blocks", lambda analysed: set(range(len(analysed.blocks))))
    slow = [A._reference_blocks(analyse(d)) for d in docs]
    assert fast == slow


@given(st.lists(st.sampled_from(["1919", "2020", "19", "20", "1", "9", "0", "x", " ", "\n\n", "Smith, J. (",
                                 ") Title.", "é", "a"]), max_size=60))
@settings(max_examples=300, deadline=None)
def test_year_blocks_find_every_block_with_a_year_in_its_first_characters(parts):
    doc = extract("".join(parts).encode(), "t.txt", Config().extract_options())
    a = analyse(doc)
    text = doc.text
    slow = {bi for bi, b in enumerate(doc.blocks)
            if A._YEAR_AT.search(text[b.start:min(b.end, b.start + A._START_READ)])}
    assert A._year_blocks(a) == slow


def _marker_the_slow_way(low: str) -> bool:
    return not M._PROSE_MARKERS.isdisjoint(M._LOWER_WORD.findall(low))


@given(st.text(alphabet=st.sampled_from(list("theaofnisbwrc TAHE-'’_2é.İ\n")), max_size=80))
@settings(max_examples=500, deadline=None)
def test_prose_marker_search_equals_finding_every_word(text):
    low = text.lower()
    assert M.has_prose_marker(low) == _marker_the_slow_way(low)


def test_prose_marker_search_on_real_sentences():
    assert M._PROSE_MARKER is not None, "every little word is letters a-z: the search is used"
    get_nlp(None)
    lows = [s.text.lower() for d in _documents() for s in analyse(d).sentences]
    assert len(lows) > 500
    found = [M.has_prose_marker(t) for t in lows]
    assert found == [_marker_the_slow_way(t) for t in lows]
    assert any(found) and not all(found)


def test_invisible_characters_replaced_once_equal_block_by_block():
    """Zero-width characters and bidi controls become spaces for the tokenizer, one for one;
    doing it over the whole text gives each block the text it had block by block."""
    invisible = [chr(c) for c in A._INVISIBLE]
    rng = random.Random(15)
    words = ["utilise", "the", "NHS", "(ICB)", "co-produced", "in order to", "\n", "  ", "."]
    for n in range(60):
        parts = [rng.choice(words + invisible) for _ in range(rng.randint(1, 40))]
        text = " ".join(parts) + ("\n\nA second paragraph\u200b here." if n % 2 else "")
        doc = extract(text.encode(), "t.txt", Config().extract_options())
        a = analyse(doc)
        slow = [A._break_long_runs(doc.text[b.start:b.end].translate(A._INVISIBLE)) for b in doc.blocks]
        assert a.block_texts == slow
        assert [d.text for d in a.block_docs] == slow


def test_make_doc_gives_the_tokens_pipe_gives():
    nlp = get_nlp(None)
    assert not nlp.pipe_names
    texts = [t for doc in _documents() for t in analyse(doc).block_texts]
    assert len(texts) > 1000
    made = [[(t.text, t.whitespace_) for t in nlp.make_doc(x)] for x in texts]
    piped = [[(t.text, t.whitespace_) for t in d] for d in nlp.pipe(texts)]
    assert made == piped


REPEATS = (
    "Summary\n\nThe council will work with the NHS. It will report in May.\n\n"
    "•\n\nN/A\n\nThe council will work with the NHS. It will report in May.\n\n"
    "| Yes | N/A | Yes |\n\n- N/A\n- N/A\n- Complete\n\nSummary\n\n"
    "The council will work with the NHS. It will report in May.\n"
)


def test_one_doc_per_distinct_block_text_equals_one_doc_per_block():
    """Blocks of the same text share one Doc and are read once: the sentences, token texts and
    tokens are those of a Doc made for each block on its own."""
    nlp = get_nlp(None)
    flags = A.word_flags(nlp.vocab)
    docs = _documents() + [extract(REPEATS.encode(), "repeats.md", Config().extract_options())]
    shared = 0
    for doc in docs:
        a = analyse(doc)
        want_sentences = []
        for bi, (block, btext) in enumerate(zip(doc.blocks, a.block_texts)):
            own = nlp.make_doc(btext)  # the block's own Doc, as before
            assert [(t.text, t.whitespace_, t.idx) for t in a.block_docs[bi]] == \
                [(t.text, t.whitespace_, t.idx) for t in own]
            toks, found, offsets = A._read_block(own, btext, flags)
            assert a.token_texts[bi] == toks
            # the offsets analyse keeps for every check (Analysed.token_starts) are the Tokens' idx
            assert offsets == [t.idx for t in own] == a.token_starts(bi)
            for ts, te, sc, ec, text, words in found:
                want_sentences.append((bi, block.start + sc, block.start + ec, ts, te, text, words))
        got = [(s.block_index, s.start, s.end, s.tok_start, s.tok_end, s.text, s.words) for s in a.sentences]
        assert got == want_sentences
        assert [a.sentences[i].block_index for idxs in a.block_sentences for i in idxs] == \
            [s.block_index for s in a.sentences]
        first: dict = {}  # text -> the first block of that text
        for bi, t in enumerate(a.block_texts):
            k = first.setdefault(t, bi)
            if k != bi:
                assert a.block_docs[bi] is a.block_docs[k]
                shared += 1
        # each block its own list of token texts, even where the Doc is shared
        assert len({id(x) for x in a.token_texts}) == len(a.token_texts)
    assert shared >= 5  # the shortcut is taken


@given(st.text(alphabet=st.sampled_from(list("ab2²٣½.,-%£ Ⅻé")), max_size=12))
@settings(max_examples=500, deadline=None)
def test_figure_test_equals_the_character_by_character_one(text):
    from plainlint.checks.sentence_shape import _is_figure

    assert _is_figure(text) == (any(c.isdigit() for c in text) and not text.isalpha())


@given(st.text(alphabet=st.sampled_from(list("aB2²٣½.'’-& Ⅻéǅ")), max_size=12))
@settings(max_examples=500, deadline=None)
def test_letter_tests_read_by_map_equal_the_character_by_character_ones(text):
    """``any(map(str.islower, t))`` and the like are the generator tests they replaced."""
    from plainlint.checks.acronyms.check import _name_word
    from plainlint.checks.acronyms.survey import _capitalised, _is_word_text, _lettered
    from plainlint.checks.acronyms.shape import acronym_form

    def shaped(t):
        return (len(t) > 1 and t[0].isupper() and any(c.islower() for c in t[1:]) and acronym_form(t) is None
                and t.replace("'", "").replace("’", "").replace("-", "").isalpha())

    assert _name_word(text) == shaped(text)
    assert _capitalised(text) == shaped(text)
    vocab = get_nlp(None).vocab
    assert _lettered(vocab, text) == (_is_word_text(vocab, text) and any(c.isalpha() for c in text))
    if text:
        tok = get_nlp(None).make_doc(text)[0]
        slow = not (tok.is_punct or tok.is_space or tok.is_bracket or tok.is_quote) and any(c.isalnum() for c in tok.text)
        assert A.is_word(tok) == slow


def _watch_analyses(monkeypatch):
    """A list that gets a weak reference to each analysis made from now on in this test."""
    import weakref

    made = []
    real = A.analyse

    def watched(*args, **kwargs):
        a = real(*args, **kwargs)
        made.append(weakref.ref(a))
        return a

    monkeypatch.setattr(A, "analyse", watched)
    return made


def test_a_checked_document_is_freed_without_the_garbage_collector(monkeypatch):
    """The command line lets the garbage collector walk young objects only every 1,000,000
    allocations: sound only if a document's analysis is freed by reference counting alone
    once it is checked (no reference cycle through what the checks hang on it)."""
    import gc

    from plainlint.api import check_document

    made = _watch_analyses(monkeypatch)
    # the library's way (the command line's run holds the last analysis until the next
    # check starts, api.keep_last_analysis, which a command run in this process may have set)
    monkeypatch.setattr("plainlint.api._last_analysis", None)
    text = ("The Integrated Care Board (ICB) co-produced the plan with carers. The ICB will "
            "utilise the data in order to improve services, and we consulted residents.\n\n") * 3
    cfg = Config()
    check_document(extract(text.encode(), "t.md", cfg.extract_options()), cfg)  # warm
    gc.collect()
    gc.disable()
    try:
        for name in ("board-paper.docx", "sample.md"):
            made.clear()
            doc = extract((FIXTURES / name).read_bytes(), name, cfg.extract_options())
            result = check_document(doc, cfg)
            assert result.findings and len(made) == 1
            del doc
            assert made[0]() is None, f"{name}: the analysis is still held (a reference cycle)"
    finally:
        gc.enable()


def test_the_command_line_holds_only_the_last_analysis_and_lets_the_one_before_go(monkeypatch):
    """api.keep_last_analysis (the command line's run in one process): each analysis is let go
    when the next check starts, so one is held at a time; the findings are the same."""
    import plainlint.api as api

    made = _watch_analyses(monkeypatch)
    cfg = Config()
    docs = [extract((FIXTURES / name).read_bytes(), name, cfg.extract_options()) for name in ("sample.md", "board-paper.docx")]
    monkeypatch.setattr(api, "_last_analysis", None)
    plain = [api.check_document(d, cfg).findings for d in docs]
    api.keep_last_analysis()
    held = api._last_analysis
    assert held[0] is held  # a list that holds itself: not freed when the modules are emptied at exit
    kept = []
    for d in docs:
        kept.append(api.check_document(d, cfg).findings)
        assert len(held) == 2 and made[-1]() is held[1]  # this document's analysis, and only it
    assert made[-2]() is None  # the one before was let go when the next check started
    assert [[f.to_dict() for f in fs] for fs in kept] == [[f.to_dict() for f in fs] for fs in plain]
