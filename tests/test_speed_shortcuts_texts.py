"""Issue 15's speed shortcut: helpers that step over a block's tokens read its token texts
(``Analysed.token_texts``), not a spaCy Token made at each step.

A Token's ``text`` is the block's token text, its ``is_space`` that text's ``isspace()``, its
``lower_`` the text's ``lower()`` and its ``is_alpha`` its ``isalpha()`` (spaCy's lexeme
attributes of English are those string methods). Tested here on awkward text of our own and on
the fixtures (and the shared corpus where it is present), and the helpers that take the texts
against their slow way (kept here, or the helper without its texts).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import get_nlp, token_texts
from plainlint.checks.substitution import SubstitutionCheck

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

_OURS = [
    "The Board\u00a0noted the  plan , and agreed it.\n\nItems:\n\t- one\u2003two",
    "İstanbul’s ÆSIR team met the ‘FN’ (Full Name) group — “quoted”  words\u2028next line",
    "Ⅻ ﬁnance ǅemal ΣΑΣ the MAN\u00adAGER said: 'No'.  \r\n  And so on…",
    "a co-production, well‑being and non-ring-fenced fund; carers' and people's views",
]


def _texts():
    out = list(_OURS)
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace")[:60_000] for p in sorted(folder.glob("*.md"))[:40]]
    return out


def _same_as_tokens(doc):
    texts = token_texts(doc)
    assert texts == [t.text for t in doc]
    for t, tx in zip(doc, texts):
        assert t.is_space == tx.isspace(), repr(tx)
        assert t.lower_ == tx.lower(), repr(tx)
        assert t.is_alpha == tx.isalpha(), repr(tx)
    return texts


def _echoed_nearby_token_by_token(sdoc, span, plain: str) -> bool:
    """``SubstitutionCheck._echoed_nearby`` as it read before, a Token at each step."""
    from plainlint.checks.substitution import _DETERMINERS, _FUNCTION_WORDS, _SENTENCE_END

    w = plain.lower()
    if " " in w or len(w) < 4 or w in _FUNCTION_WORDS or w in _DETERMINERS:
        return False
    forms = {w, w + "ly", w + "s", w + "d", w + "ed", w.removesuffix("ly")}
    for step, start in ((-1, span.start - 1), (1, span.end)):
        j, seen = start, 0
        while 0 <= j < len(sdoc) and seen < 8:
            t = sdoc[j]
            if not t.is_space:
                if t.text in _SENTENCE_END:
                    break
                if t.lower_ in forms:
                    return True
                seen += 1
            j += step
    return False


def _check_helpers(doc, texts):
    n = len(doc)
    for i in range(-1, n + 1):
        for step in (-1, 1):
            assert SubstitutionCheck._neighbour(doc, i, step, texts) == SubstitutionCheck._neighbour(doc, i, step)
        assert SubstitutionCheck._prev_word(doc, i, texts) == SubstitutionCheck._prev_word(doc, i)
    words = [k for k in range(n) if texts[k].isalpha()]
    for k in words[:: max(1, len(words) // 60)]:
        span = doc[k:k + 1]
        for plain in (texts[k], texts[min(n - 1, k + 2)], "plan", "together"):
            assert SubstitutionCheck._echoed_nearby(doc, span, plain, texts) == \
                _echoed_nearby_token_by_token(doc, span, plain)


def test_token_texts_stand_for_tokens_on_our_text_and_the_fixtures():
    nlp = get_nlp()
    for text in _texts():
        for block in text.split("\n\n")[:200]:
            doc = nlp.make_doc(block)
            _check_helpers(doc, _same_as_tokens(doc))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["plan", "Plan", "PLANS", "and", ",", ".", " ", "  ", "\n", "\u00a0", "‘", "’", "'",
                                 "\u201c", "(", ")", "FN", "the", "or", "which", "means", "planned", "İ", "ﬁ", "locally",
                                 "local", "co-production", "-", "\t", "very"]), max_size=40))
def test_token_texts_stand_for_tokens_on_made_up_text(parts):
    doc = get_nlp().make_doc("".join(p if p.isspace() else p + " " for p in parts))
    _check_helpers(doc, _same_as_tokens(doc))


def _sentence_initial_token_by_token(sdoc, i: int) -> bool:
    """``substitution._sentence_initial`` as it read before, a Token at each step."""
    from plainlint.checks.substitution import _SENTENCE_END

    j = i - 1
    while j >= 0 and sdoc[j].is_space:
        j -= 1
    if j < 0:
        return True
    t = sdoc[j].text
    return t in _SENTENCE_END or t in ("“", '"', "‘", "(") and _sentence_initial_token_by_token(sdoc, j)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Plan", "plan", ".", "?", " ", "\n", "“", '"', "‘", "(", ")", "–", ":", "Values",
                                 "•", "and", "Caring", "-"]), max_size=30))
def test_sentence_starts_and_value_labels_read_from_the_texts(parts):
    from plainlint.checks.substitution import _sentence_initial, _value_label

    doc = get_nlp().make_doc("".join(p if p.isspace() else p + " " for p in parts))
    texts = token_texts(doc)
    for i in range(len(doc) + 1):
        slow = _sentence_initial_token_by_token(doc, i)
        assert _sentence_initial(doc, i, texts) == slow
        assert _sentence_initial(doc, i) == slow
    for k in range(len(doc)):
        for e in (k + 1, min(len(doc), k + 2)):
            span = doc[k:e]
            assert _value_label(doc, span, texts) == _value_label_token_by_token(doc, span)


def _value_label_token_by_token(sdoc, span) -> bool:
    """``substitution._value_label`` as it read before, a Token for each word before."""
    from plainlint.checks.substitution import _LABEL_DASHES, _word_after

    if not span.text[:1].isupper() or span.text.isupper():
        return False
    nxt = _word_after(sdoc, span)
    if nxt is None or nxt.text not in _LABEL_DASHES:
        return False
    words = sum(1 for t in sdoc[:span.start] if t.is_alpha)
    return words <= 3 and all(not t.is_punct or t.text in ("•", "·", ",", "-", "–") for t in sdoc[:span.start]
                              if not t.is_space)


def test_the_survey_reads_token_offsets_from_one_array():
    """The tokens' offsets are read once per Doc (Analysed.token_starts: kept by analyse, or read
    as one array for an analysis made some other way), for the survey and the name index."""
    from bisect import bisect_left

    from plainlint.analysis import Analysed
    from plainlint.checks.acronyms.survey import _Surveyor

    nlp = get_nlp()
    for text in _texts()[:12]:
        doc = nlp.make_doc(text[:20_000])
        # an analysis that did not keep them (made here with the Doc alone): read from one array
        a = Analysed(document=None, block_docs=[doc, doc], sentences=[], block_sentences=[[], []])
        got = _Surveyor.__new__(_Surveyor)
        got.a = a
        starts = got._token_starts(0)
        assert starts == [t.idx for t in doc]
        assert a.token_starts(1) is starts  # blocks sharing a Doc share the list
        for x in range(0, len(text[:20_000]) + 2, 97):
            for hi in (0, len(doc) // 2, len(doc)):
                assert bisect_left(starts, x, 0, hi) == bisect_left(range(hi), x, key=lambda k: doc[k].idx)


def _passive_helpers_token_by_token():
    """The passive check's helpers as they read before, each token's lower_ read at every test."""
    from plainlint.checks.passive import _MODAL_OR_TO, _PARTICLES, ADVERBS, BE, HAVE, MODALS, _is_adverb

    def existential(sdoc, i, ts):
        k = i - 1
        while k >= ts and (sdoc[k].lower_ in HAVE or sdoc[k].lower_ in MODALS or sdoc[k].lower_ in ADVERBS
                           or sdoc[k].lower_ in ("be", "to")):
            k -= 1
        return k >= ts and sdoc[k].lower_ == "there"

    def modal_before(sdoc, i, ts):
        k = i - 1
        while k >= ts and (_is_adverb(sdoc[k].lower_) or sdoc[k].lower_ in HAVE):
            k -= 1
        return k >= ts and sdoc[k].lower_ in _MODAL_OR_TO

    def it_that(sdoc, i, j, ts, te):
        k = i - 1
        while k >= ts and (sdoc[k].lower_ in MODALS or sdoc[k].lower_ in HAVE or _is_adverb(sdoc[k].lower_)
                           or sdoc[k].lower_ in BE):
            k -= 1
        return k >= ts and sdoc[k].lower_ == "it" and j + 1 < te and sdoc[j + 1].lower_ == "that"

    def by_at(sdoc, pj, te):  # _by_follows up to its 'by'
        k = pj + 1
        while k < te and k <= pj + 2 and (_is_adverb(sdoc[k].lower_) or sdoc[k].lower_ in _PARTICLES):
            k += 1
        return k

    return existential, modal_before, it_that, by_at


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["there", "There", "it", "It", "that", "is", "was", "been", "be", "to", "will",
                                 "have", "has", "not", "also", "often", "by", "up", "out", "the", "council",
                                 "agreed", "got", "getting", "making", ",", "."]), max_size=16))
def test_the_passive_helpers_read_each_word_once(words):
    from plainlint.checks import passive as P

    doc = get_nlp().make_doc(" ".join(words))
    texts = token_texts(doc)
    existential, modal_before, it_that, by_at = _passive_helpers_token_by_token()
    n = len(doc)
    for ts in (0, min(2, n)):
        for i in range(ts, n + 1):
            assert P._existential(doc, i, ts) == existential(doc, i, ts)
            assert P._modal_before(doc, i, ts) == modal_before(doc, i, ts)
            for j in range(i, n):
                assert P._it_that(doc, i, j, ts, n) == it_that(doc, i, j, ts, n)
    for pj in range(n):
        k = by_at(doc, pj, n)
        for agent in ("", "by the council"):
            slow = k < n and doc[k].lower_ == "by" and (bool(agent and doc[k:].text.startswith(agent)) or (
                k + 1 < n and doc[k + 1].is_alpha and doc[k + 1].lower_.endswith("ing") and doc[k + 1].text[:1].islower()))
            assert P._by_follows(doc, pj, n, agent) == slow
    assert P.find_passives(doc, 0, n, False, texts, P.be_or_get_at(texts)) == P.find_passives(doc, 0, n)


def _shape_both_ways(analysed) -> int:
    """long-sentence's shape of each sentence, given the lists the metric check has already read
    (its _Tokens' words and lower-case texts) and working them out itself as before; the count."""
    from plainlint.analysis import word_flags
    from plainlint.checks.metric import _Tokens
    from plainlint.checks.sentence_shape import shape
    from plainlint.metrics import syllables

    n = 0
    for s in analysed.sentences:
        sdoc = analysed.block_docs[s.block_index]
        texts = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
        toks = _Tokens(sdoc[s.tok_start:s.tok_end], texts)
        flags = word_flags(sdoc.vocab)
        word = [bool(flags[t]) for t in texts]
        assert toks.word == word and toks.lows == [t.lower() for t in texts]
        assert shape(texts, toks.word, syllables(), s.text, lows=toks.lows) == shape(texts, word, syllables(), s.text)
        n += 1
    return n


def test_the_shape_reads_the_lists_the_metric_check_made():
    from plainlint.analysis import analyse
    from plainlint.config import Config
    from plainlint.extract import extract

    cfg = Config().extract_options()
    assert sum(_shape_both_ways(analyse(extract(t.encode(), "t.md", cfg))) for t in _texts()) > 500


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["The", "plan", "and", "that", "which", ",", ";", ":", "(", ")", "–", "Council",
                                 "Board", "co-production", "’", "‘", "“", "”", "organisation", "2024", "said",
                                 " ", "We", "will", "implementation", "is", "not"]), max_size=60))
def test_the_shape_reads_the_lists_the_metric_check_made_on_made_up_text(parts):
    from plainlint.analysis import analyse
    from plainlint.config import Config
    from plainlint.extract import extract

    _shape_both_ways(analyse(extract(" ".join(parts).encode(), "t.txt", Config().extract_options())))


# blocks where an entry's paragraph test (not_with) decides: the words' other sense is in the paragraph
_OTHER_SENSE = [
    "Pensioners on Pension Credit get the Winter Fuel Payment in December.",
    "Pensioners were asked about the bus routes.",
    "Auditors found Non-compliance with the Financial Regulations in two teams.",
    "Missed doses were put down to non-compliance by the clinic.",
]


def test_the_word_lists_read_the_paragraph_in_lower_case_once_per_doc():
    """_doc_spans lowers the Doc's text once (from Analysed.block_texts) for the entries that test the
    paragraph (not_with), not Doc.text at each match: the same spans as reading Doc.text each time."""
    from plainlint.analysis import analyse
    from plainlint.api import get_engine
    from plainlint.config import Config
    from plainlint.extract import extract

    cfg = Config()
    check = next(c for c in get_engine(cfg).checks if isinstance(c, SubstitutionCheck))
    tested = 0
    kept_here = []
    for text in _texts() + ["\n\n".join(_OTHER_SENSE)]:
        a = analyse(extract(text.encode(), "t.md", cfg.extract_options()))
        check.matcher.prepare(a.document.text, lambda a=a: a.token_lowers, lambda a=a: a.token_pairs)
        for bi, sdoc in enumerate(a.block_docs):
            assert a.block_texts[bi] == sdoc.text
            matches = check.matcher(sdoc, prepared=True)
            if not matches:
                continue
            tested += any(check.table[m][1].not_with is not None for m, _s, _e in matches)
            for heading in (False, True):
                now = check._doc_spans(sdoc, matches, heading, a.token_texts[bi], a.block_texts[bi])
                before = check._doc_spans(sdoc, matches, heading, a.token_texts[bi])
                assert [(s.start, s.end, e.phrase) for s, _r, e, _f in now] == \
                    [(s.start, s.end, e.phrase) for s, _r, e, _f in before]
            if text.startswith(_OTHER_SENSE[0]):
                kept_here.append([s.text for s, _r, _e, _f in now])
    assert tested >= 3
    # the paragraph's other sense, written in capitals ('Pension Credit', 'Financial Regulations'),
    # is found in the lower-case text: the word is left alone there, and found where it is not
    assert kept_here == [[], ["Pensioners"], [], ["non-compliance"]]
