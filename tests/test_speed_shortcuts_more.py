"""More of issue 15's speed shortcuts, each against the slow way it replaced (kept here).

- ``analysis.split_sentences`` looks only at the tokens that hold a full stop, another
  terminal mark or a line break (found by one search of the block's text), not at every token;
- ``Analysed.word_count(w)`` counts one word when asked, not every word of the text;
- the acronym survey's lower-case words are made unique before each is tested;
- the text reader looks for suppression comments only where the text has one.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import plainlint.analysis as A
from plainlint.analysis import get_nlp, split_sentences
from plainlint.config import Config
from plainlint.errors import PlainlintError
from plainlint.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _split_token_by_token(doc, text=None, texts=None):
    """The sentence splitter as it read before issue 15's speed work, one step per token:
    token ranges (start, end) of sentences in one block's Doc (``text``: the Doc's text,
    ``texts``: its tokens' texts, when the caller has them, save building them again)."""
    n = len(doc)
    if n == 0:
        return []
    bounds = []
    start = 0
    if texts is None:
        texts = A.token_texts(doc)
    if text is None:
        text = doc.text
    items = A.item_breaks(doc, text, texts)
    i = 0
    while i < n:
        if i in items and i > start:
            k = i
            bounds.append((start, k))
            start = k
            i += 1
            continue
        t = texts[i]
        if t == "." and i - start == 1 and (texts[start].isdigit() or len(texts[start]) == 1):
            pass  # a paragraph or list number: "1. The council ..."
        elif "\n" in t and t.isspace() and A._heading_line_end(doc, start, i):
            k = i + 1
            while k < n and doc[k].is_space:
                k += 1
            bounds.append((start, k))
            start = k
            i = k
            continue
        elif t == "." and i + 2 < n and texts[i + 1] == "." and texts[i + 2] == "." and doc[i].whitespace_:
            # a spaced ellipsis ". . ." (four dots when it closes a sentence)
            j = i
            while j < n and doc[j].text == "." and (j == i or doc[j - 1].whitespace_):
                j += 1
            dots = j - i + (1 if i > 0 and not doc[i - 1].whitespace_ else 0)
            nxt = A._next_word(doc, j - 1)
            k = j
            while k < n and doc[k].text in A._CLOSERS:
                k += 1
            if k < n and nxt is not None and (dots >= 4 or nxt.text != "I") and nxt.text[:1].isupper() \
                    and doc[k - 1].whitespace_:
                while k < n and doc[k].is_space:
                    k += 1
                bounds.append((start, k))
                start = k
                i = k
                continue
            i = j
            continue
        elif t[:1] == "." and A._leading_stop(doc, texts, start, i):
            bounds.append((start, i))
            start = i
            i += 1
            continue
        elif A._ends_at_mark_note(doc, texts, i) is not None:
            k = A._ends_at_mark_note(doc, texts, i)
            bounds.append((start, k))
            start = k
            i = k
            continue
        elif (t[-1:].isdigit() or (t[:1].isalpha() and A._NOTE_URL.match(t))) and A._ends_at_note(doc, i) is not None:
            k = A._ends_at_note(doc, i)
            bounds.append((start, k))
            start = k
            i = k
            continue
        elif (t in A._TERMINAL or (len(t) > 1 and t.endswith("."))) and A._ends_sentence(doc, i):
            j = i + 1
            # absorb closing quotes and brackets, and further terminal marks
            while j < n and (doc[j].text in A._CLOSERS or doc[j].text in A._TERMINAL) and not doc[j - 1].whitespace_:
                j += 1
            if A._stray_mark(doc, texts, i, j):
                j += 1  # a comma typed after the full stop by slip
            k = j
            while k < n and doc[k].is_space:
                k += 1
            if k >= n:
                break
            if A._starts_sentence(doc[k]) and (doc[j - 1].whitespace_ or k > j or A._glued_stop(texts, i, j)):
                bounds.append((start, k))
                start = k
                i = k
                continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return bounds



def _texts():
    """Blocks of real prose: the fixtures, this checkout's README and docs, and (where it is
    present) the shared corpus; then text made of the awkward pieces a splitter meets."""
    cfg = Config()
    for path in sorted((ROOT / "fixtures").iterdir()):
        if path.suffix in (".md", ".txt", ".docx", ".pdf"):
            try:
                doc = extract(path.read_bytes(), path.name, cfg.extract_options())
            except PlainlintError:
                continue  # the awkward fixtures: nothing to read
            yield from (doc.text[b.start:b.end] for b in doc.blocks)
    for path in [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md")):
        yield from path.read_text(encoding="utf-8").split("\n\n")
    if CORPUS.is_dir():  # more where the shared corpus is present (not needed for the test to mean something)
        for path in sorted(CORPUS.glob("*.md"))[:25]:
            yield from path.read_text(encoding="utf-8", errors="replace").split("\n\n")
    pieces = [".", "...", ". . .", ". . . .", "…", "!", "?", "?!", "\n", "\n\n", " \n ", "1.", "2)", "(a)",
              "(b)", "•", "e.g.", "Mr.", "No.", "U.K.", "I", "The", "We", "council", "agreed", "”", ")",
              "'", "3.5", "Section", "2.", "a.", "B.", "www.example.org", " ", "  ", "NHS.", "end.",
              "year.16", "registered.14", "22,848", "However", "2.5", "3.16", "grew.[1]", "[2]", "rose?[3]",
              "al.[4]", "year.¹", "10.²", "[b]", "end.[5][6]"]
    rnd = random.Random(15)
    for _ in range(3000):
        yield "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", "\n"]) for _ in range(rnd.randint(1, 30)))


def test_sentences_from_the_stop_candidates_equal_the_token_by_token_reading():
    nlp = get_nlp(None)
    seen = blocks = 0
    for text in _texts():
        doc = nlp(text)
        assert split_sentences(doc) == _split_token_by_token(doc), text
        seen += len(doc)
        blocks += 1
    assert blocks > 4000 and seen > 50_000


def _analysed_fixtures():
    from plainlint.analysis import analyse

    cfg = Config()
    for name in ("sample.md", "layout-blank-lines.txt", "board-paper.docx", "board-paper.pdf"):
        path = ROOT / "fixtures" / name
        yield analyse(extract(path.read_bytes(), name, cfg.extract_options()))


def test_word_count_equals_counting_word_by_word():
    """``Analysed.word_count(w)`` (found for that word alone, when asked) against every run of
    letters a-z of the lower-cased text counted one by one."""
    import re

    for a in _analysed_fixtures():
        counts: dict = {}
        for w in re.findall(r"[a-z]+", a.document.text.lower()):
            counts[w] = counts.get(w, 0) + 1
        assert len(counts) > 50
        for w in counts:
            assert a.word_count(w) == counts[w], w
        # parts of words, words with other letters, and words not there
        for w in ("zzzznotaword", "", "care-home", "Care", "e", "s", "ing", "nhs", "a"):
            assert a.word_count(w) == counts.get(w, 0), w
        for w in list(counts)[:200]:
            for part in (w[1:], w[:-1], w + "s"):
                assert a.word_count(part) == counts.get(part, 0), part


@settings(deadline=None)  # a loaded shared machine: no time limit per example
@given(st.text(alphabet="aab zZ-é_\nİ1", max_size=60), st.text(alphabet="abz", min_size=1, max_size=3))
def test_word_count_of_any_text(text, word):
    import re

    from plainlint.analysis import _count_word

    assert _count_word(text.lower(), word) == re.findall("[a-z]+", text.lower()).count(word)


def test_split_phrase_first_word_test_finds_every_split_phrase(monkeypatch):
    """Blocks with no first word of a split phrase are passed over at once; where they are
    read token by token (the test switched off) the findings are the same."""
    from plainlint import api
    from plainlint.checks.substitution import SubstitutionCheck

    engine = api.get_engine(Config())
    checks = [c for c in engine.checks if isinstance(c, SubstitutionCheck) and c.split]
    assert checks
    text = ("We will make use of it. We made good use of the data. The team will take into account "
            "the views of carers and take the views into account.\n\nNothing to split here.\n")
    docs = list(_analysed_fixtures()) + [A.analyse(extract(text.encode(), "x.txt", Config().extract_options()))]

    def run_all():
        return [[(f.rule, f.start, f.end, f.message) for c in checks for f in c.run(a)] for a in docs]

    fast = run_all()

    class Never(dict):
        def keys(self):
            class K:
                @staticmethod
                def isdisjoint(_other):
                    return False
            return K()

    for c in checks:
        monkeypatch.setattr(c, "split", Never(c.split))
    slow = run_all()
    assert fast == slow and any(fast)


def test_suppression_comments_are_looked_for_only_where_the_text_has_one(monkeypatch):
    from plainlint.extract import text as T

    real = T.parse_directive
    calls = []
    monkeypatch.setattr(T, "parse_directive", lambda line: calls.append(line) or real(line))
    plain = "Background\n\nThe plan is new.\n- first point\n- second point\n"
    T.build_text(plain, "x.txt")
    assert calls == []  # nothing could be a comment: no line was searched
    doc = T.build_text("One.\n<!-- plainlint-disable-next-line -->\nTwo.\n", "x.txt")
    assert calls and doc.suppressions == [("disable-next-line", None, 2)]


def test_passives_found_by_jumping_between_forms_of_be_equal_the_step_by_step_walk():
    from plainlint.checks.passive import be_or_get_at, find_passives

    nlp = get_nlp(None)
    found = 0
    for text in _texts():
        doc = nlp(text)
        texts = [t.text for t in doc]
        at = be_or_get_at(texts)
        for ts, te in split_sentences(doc) + [(0, len(doc))]:
            slow = find_passives(doc, ts, te, False, texts)
            assert find_passives(doc, ts, te, False, texts, at) == slow == find_passives(doc, ts, te), text
            found += len(slow)
    assert found > 100


def _across_a_gap_step_by_step(pairs, texts):
    n = len(texts)
    i = 1
    while i < n - 1:
        if texts[i].isspace():
            j = i
            while j < n and texts[j].isspace():
                j += 1
            if j < n and (texts[i - 1].lower(), texts[j].lower()) in pairs:
                return True
            i = j
        i += 1
    return False


def test_across_a_gap_from_the_space_tokens_equals_the_step_by_step_walk():
    from plainlint.phrases import LazyPhraseMatcher

    m = LazyPhraseMatcher(get_nlp(None))
    m.pairs = {("in", "order"), ("order", "to"), ("make", "use"), ("a", "b")}
    rnd = random.Random(16)
    words = ["in", "order", "to", "make", "use", "a", "b", "x", " ", "\n", "  ", "\n\n"]
    agree = {True: 0, False: 0}
    for _ in range(5000):
        texts = [rnd.choice(words) for _ in range(rnd.randint(0, 12))]
        slow = _across_a_gap_step_by_step(m.pairs, texts)
        assert m.across_a_gap(texts) == slow, texts
        agree[slow] += 1
    assert min(agree.values()) > 200


def _all_phrases():
    """Every phrase of the shipped word lists and of the co-production lexicon, as the
    matchers hold them before any document is read."""
    from plainlint.checks.coproduction import LADDER_FILE, Lexicon
    from plainlint.checks.substitution import SubstitutionCheck
    from plainlint.engine import Engine
    from plainlint.resources import wordlists_dir

    nlp = get_nlp(None)
    # a new engine (not the cached one another test may have run): every phrase still waiting
    subs = [c.matcher for c in Engine(Config()).checks if isinstance(c, SubstitutionCheck)]
    lex = Lexicon(wordlists_dir() / LADDER_FILE, nlp)
    out = []
    for m in subs + [lex.matcher]:
        out.extend(ph for items in m._pending.values() for _key, ph in items)
        out.extend(ph for _sq, _key, ph in m._deferred)
    return nlp, m, out


def test_every_sure_word_of_every_phrase_is_one_of_its_tokens():
    """The long-document test keeps a phrase waiting while one of its sure words is not
    among the document's tokens: sound only if spaCy makes each sure word a token."""
    nlp, m, phrases = _all_phrases()
    assert len(phrases) > 3000
    with_sure = 0
    for ph in phrases:
        sure = m._sure_words(ph)
        lows = {t.lower_ for t in nlp.make_doc(ph)}
        assert set(sure) <= lows, ph
        with_sure += bool(sure)
    assert with_sure > 2000
    # and plain words in running text are single tokens too, whatever surrounds them
    for ph in ("cannot", "Cannot", "gonna", "dont"):
        assert ph.lower() not in m._sure_words(ph) or len(nlp.make_doc(ph)) == 1


PHRASE_GROUPS = [["in order to"], ["cannot"], ["co-production", "coproduction"], ["e.g."], ["10am"],
                 ["prior to", "prior"], ["hard to reach", "hard-to-reach"], ["service users"], ["&"],
                 ["don't"], ["am"], ["going forward"], ["make use of"], ["Gonna go"]]


def test_long_document_word_test_never_misses_a_match():
    """With every document taken as long (so the words decide), the lazy matcher finds what
    a matcher holding every phrase finds, document after document, prepared or not."""
    from spacy.matcher import PhraseMatcher

    from plainlint.phrases import LazyPhraseMatcher

    nlp = get_nlp(None)
    eager = PhraseMatcher(nlp.vocab, attr="LOWER")
    lazy = LazyPhraseMatcher(nlp)
    lazy.flush_chars = 0
    for i, group in enumerate(PHRASE_GROUPS):
        eager.add(f"speed-lazy-{i}", [nlp.make_doc(p) for p in group])
        lazy.add(f"speed-lazy-{i}", group)
    rnd = random.Random(17)
    words = ["in", "order", "to", "can", "not", "cannot", "co", "-", "production", "10", "am", "10am",
             "e.g.", "service", "users", "hard", "reach", "prior", "&", "don't", "going", "forward",
             "\n", ",", "Co-production", "IN", "Order", "make", "use", "of", "gonna", "Gon", "na", "go"]
    found = deferred = 0
    for _ in range(400):
        text = "".join(rnd.choice(words) + rnd.choice(["", " ", " ", " "]) for _ in range(rnd.randint(0, 25)))
        doc = nlp.make_doc(text)
        lazy.prepare(text, lambda doc=doc: {t.lower_ for t in doc})
        deferred += len(lazy._deferred)
        got = lazy(doc, prepared=True)
        assert sorted(got) == sorted(eager(doc)), text
        found += len(got)
    assert found > 200 and deferred > 200
    # a Doc of another text, matched without preparing: the phrases put aside come back
    lazy.prepare("nothing", lambda: {"nothing"})
    doc = nlp.make_doc("We will make use of it in order to go.")
    assert sorted(lazy(doc)) == sorted(eager(doc)) != []


def test_leaders_test_counting_the_line_first_equals_the_token_by_token_test():
    from plainlint.checks.acronyms.survey import _has_leaders

    rnd = random.Random(18)
    pieces = [".", "..", "...", "....", "…", "……", ".…", "a.b.c.d", "Section", "12", " ", "e.g.", "..a.."]
    hits = 0
    for _ in range(5000):
        texts = [rnd.choice(pieces) for _ in range(rnd.randint(0, 8))]
        slow = any(tx.count(".") >= 4 and not tx.strip(".…") or tx.count("…") >= 2 for tx in texts)
        assert _has_leaders(texts) == slow, texts
        hits += slow
    assert 500 < hits < 4500
