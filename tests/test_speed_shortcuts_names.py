"""Issue 15's speed shortcut in the acronym check's name index (``_names_by_initials``): a block's
names depend on its tokens alone, so blocks of the same text (one shared Doc) are read once, their
names kept as offsets in the block and placed at each block; and the offsets come from the tokens'
offsets read once (``Analysed.token_starts``), not from a spaCy Token made for each name.

The index as it was built before, block by block with a Token for each offset, is kept here and
compared with the index as it is built now: on our own text with names repeated word for word,
the fixtures (the shared corpus's files too, where it is present), and made-up text.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import analyse
from plainlint.checks.acronyms import check as C
from plainlint.checks.acronyms.survey import glossary_index, survey
from plainlint.config import Config
from plainlint.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

# names of our own making, written again word for word in later blocks (a running heading, a
# repeated paragraph), with joining words, capitals inside and a line break inside a name
_OURS = (
    "Northshire County Council\n\nThe Northshire County Council (NCC) met the Board of Directors.\n\n"
    "Report of the Director for Adult Social Care\n\nNorthshire County Council\n\n"
    "Leeds Community Healthcare NHS Trust and the Department for Education spoke to NCC and LCHT.\n\n"
    "The Northshire County Council (NCC) met the Board of Directors.\n\n"
    "Kent & Medway Partnership, Kent and Medway, Terms of Reference and the Secretary of State\n\n"
    "Report of the Director for Adult Social Care\n\nWest Sussex Health\nand Wellbeing Board: the WSx HWB\n"
)


def _index_before(analysed, s, wanted=None) -> dict:
    """``_names_by_initials`` as it was built before: every block read on its own, each offset
    from a Token."""
    from spacy.lang.en.stop_words import STOP_WORDS

    out: dict = {}
    text = analysed.document.text
    kinds = C._Kinds(STOP_WORDS)
    prefixes = None if wanted is None else frozenset(w[:n] for w in wanted for n in range(1, len(w) + 1))
    for bi, block in enumerate(analysed.blocks):
        if not C._TWO_NAME_WORDS.search(text, block.start, block.end):
            continue
        texts = analysed.token_texts[bi]
        codes = "".join(map(kinds.__getitem__, texts))
        sdoc = analysed.block_docs[bi]
        for m in C._RUN.finditer(codes):
            run = [(k, codes[k]) for k in range(m.start(), m.end()) if codes[k] != " "]
            # (since 576b19e) a stretch with a name word right before it and right after it is a piece of a
            # longer name, not indexed; a name word after the run: on the next line, or glued to a stop
            e = run[-1][0] + 1
            if e < len(codes) and codes[e] == " ":
                e += 1
            more = e < len(codes) and codes[e] == "x" and (
                texts[e].isspace() and codes[e + 1:e + 2] == "w" or C._GLUED_NAME_WORD.match(texts[e]) is not None)
            while run and run[-1][1] == "s":
                run.pop()
                more = False
            initials = [texts[k][0].upper() for k, _kind in run]
            n = len(run)
            for i in range(n):
                if run[i][1] != "w" or (prefixes is not None and initials[i] not in prefixes):
                    continue
                full = short = ""
                count = 0
                inside = i > 0 and run[i - 1][1] == "w"
                for j in range(i, min(n, i + 2 * C._ANYWHERE_WORDS)):
                    kind = run[j][1]
                    if kind == "s":
                        continue
                    full += initials[j]
                    count += 1
                    if kind == "w":
                        short += initials[j]
                    if count > C._ANYWHERE_WORDS or (
                            prefixes is not None and full not in prefixes and short not in prefixes):
                        break
                    if count >= 2 and kind == "w" and not (inside and (run[j + 1][1] == "w" if j + 1 < n else more)):
                        place = (block.start + sdoc[run[i][0]].idx,
                                 block.start + sdoc[run[j][0]].idx + len(texts[run[j][0]]))
                        for key in (full, short) if full != short else (full,):
                            places = out.setdefault(key, [])
                            if len(places) < 4:
                                places.append(place)
    return {k: [(a, text[a:b]) for a, b in v] for k, v in out.items()}


def _same_index(doc) -> int:
    """Compare the two ways on one document, with every initial and with the document's own wanted
    initials; the number of names found."""
    analysed = analyse(doc)
    now = C._names_by_initials(analysed, SimpleNamespace(anywhere=None))
    assert now == _index_before(analysed, None)
    s = survey(analysed, C.known_acronyms(Config()), glossary_index())
    wanted = C._wanted(s)
    s.anywhere = None
    assert C._names_by_initials(analysed, s, wanted) == _index_before(analysed, s, wanted)
    return sum(map(len, now.values()))


def _documents():
    cfg = Config().extract_options()
    docs = [extract(_OURS.encode(), "ours.md", cfg), extract((_OURS * 3).encode(), "ours.txt", cfg)]
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            for p in sorted(folder.iterdir()):
                if p.suffix in (".md", ".txt", ".docx"):
                    docs.append(extract(p.read_bytes(), p.name, cfg))
    return docs


def test_the_name_index_read_once_per_doc_is_the_index_read_block_by_block():
    found = [_same_index(d) for d in _documents()]
    assert found[0] >= 10 and sum(found) > 100  # names were there to index


def test_blocks_of_the_same_text_are_read_once():
    analysed = analyse(extract((_OURS * 3).encode(), "ours.txt", Config().extract_options()))
    read = []
    real = C._block_names

    def counted(a, bi, kinds, prefixes):
        read.append(bi)
        return real(a, bi, kinds, prefixes)

    try:
        C._block_names = counted
        C._names_by_initials(analysed, SimpleNamespace(anywhere=None))
    finally:
        C._block_names = real
    assert len(read) == len({id(analysed.block_docs[bi]) for bi in read})  # each Doc read once
    text = analysed.document.text
    named = [b for b in analysed.blocks if C._TWO_NAME_WORDS.search(text, b.start, b.end)]
    assert len(named) >= 3 * len(read) > 0  # the text three times over: its blocks read once


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Kent", "County", "Council", "Board", "of", "for", "and", "&", "the", "NHS",
                                 "Trust", "KCC", "Medway", "Health", " ", "  ", "\n", "\n\n", ".", ",", "(",
                                 ")", "Directors", "West", "Sussex", "it's", "Children's", "-"]), max_size=80))
def test_the_name_index_is_the_same_on_made_up_text(parts):
    text = " ".join(parts)
    # each made-up paragraph written twice: blocks of the same text share a Doc
    doc = extract((text + "\n\n" + text).encode(), "t.txt", Config().extract_options())
    _same_index(doc)


#: the test for two name words in a row as it was written before (check._TWO_NAME_WORDS)
_TWO_NAME_WORDS_BEFORE = __import__("re").compile(
    r"[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*[ \t&]+(?:(?:of|for|and|[A-Z&]+)[ \t&]+)*[A-Z][A-Za-z'’-]*[a-z]")


def _same_two_name_words(text: str) -> None:
    for lo in (0, len(text) // 3):
        new, old = C._TWO_NAME_WORDS.search(text, lo), _TWO_NAME_WORDS_BEFORE.search(text, lo)
        assert (new and new.span()) == (old and old.span()), text[:80]
    assert [m.span() for m in C._TWO_NAME_WORDS.finditer(text)] == [m.span() for m in _TWO_NAME_WORDS_BEFORE.finditer(text)]


def test_two_name_words_found_as_before():
    texts = [_OURS, "McDonald's Trust", "NHS Trust", "Kent &AB Medway", "KENT Council", "O'Neill-Smith and Co",
             "Kent’s Board", "A Bc", "Ab C"]
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.md"))[:40]]
    for text in texts:
        _same_two_name_words(text)
    assert C._TWO_NAME_WORDS.search("the Department for Education") and not C._TWO_NAME_WORDS.search("NHS KCC Trust")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Kent", "KENT", "K", "Mc", "Donald", "of", "for", "and", "&", "AB", "x", "'", "’",
                                 "-", " ", "\t", "\n", "Ab", "aB", "é", "É"]), max_size=20))
def test_two_name_words_same_on_made_text(parts):
    _same_two_name_words("".join(parts))
