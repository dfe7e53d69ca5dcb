"""Session 17's second speed pass (substitution): searches and tests rewritten to do less work, each
compared here with the way it was written before (kept in this file), on text of our own, the fixtures
(and the shared corpus where it is present) and text made by hypothesis.

- ``analysis.speaker_time_lines`` / ``has_speaker_time_line``: SPEAKER_TIME_LINE searched only where
  the text holds a time (its '^' has no first character to look for: 12 ms a MB);
- ``substitution._naming_words``: _NAMING_WORD's matches found by ``str.find`` of each word;
- ``substitution._title_term_in``: a one-word term in title case with a capitalised word before it,
  searched only in the lines where the words are;
- ``substitution.longest_matches``: spaCy's ``filter_spans`` on the (id, start, end) tuples;
- ``substitution._spelt_by_acronym`` and ``_legal_definitions``: a cheap test of what every match needs
  before the pattern is tried;
- ``substitution._declaration_hint``: _DECLARATION_HINT by substring tests of the text in lower case
  (the pattern itself where a letter re.IGNORECASE reads as 'i' or 's' is there);
- ``sentence_shape._be_decided``: _BE_DECIDED searched only where ' be ' is.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import SPEAKER_TIME_LINE, get_nlp, has_speaker_time_line, speaker_time_lines
from plainlint.checks import substitution as S
from plainlint.checks.sentence_shape import _BE_DECIDED, _be_decided

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

_OURS = [
    "Alex Morgan: 00:14:22\nThank you, chair.\n  Sam Lee (00:15:02)\nWe agreed.\nJo: 1:02:03 \t\n",
    "The meeting began at 10:30:00 and ended at 12:00. Ratio 3:45:67 in a table\nKim Ode 2:03:04x\n",
    "A new approach, called social prescribing, is known as  link working; it was termed the\n"
    "'hub', so-called community anchors, often referred to as\tanchors, dubbeddubbed calledcalled dubbedubbed termedubbed.",
    "The Patient and Client Council met the Service User and Carer Council. Our Carers Group said.\n"
    "Carers Forum and Carers Lead\nthe Stakeholders Board; Key  Stakeholder & Partners; Stakeholders\n",
    "In this Part, \"care\" means help; ‘relevant body’ includes a trust; 'service' has the same meaning "
    "as in section 2, and “person” is defined as any individual. The council's own view means little.",
    "the Transforming Care Programme (TCP) and wider determinants of health (WDH) and a plan (x)",
]

_HINTS = [" 00:00:00", "Ann Bell: 09:59:59", ":12:34", "1:2:3", "\n", " ", "a", "A", "(", ")", ":", "Ab ",
          "called ", "known as ", "referred to as ", "termed", "dubbed", "Carers ", "Carer", "and ", "& ",
          "DECLAR", "Declarations", " be ", "be", ", be approved", "That the plan be noted", "x be y", "wh", "ıp", "İp", "minute", "ſ", "s", "To", "to", "\t", "receive", "NOTE", "conſider"]


def _texts():
    out = list(_OURS)
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.md"))[:40]]
    return out


# -- the ways they were written before

def _naming_words_before(lower: str) -> list:
    return [m.span() for m in S._NAMING_WORD.finditer(lower)]


def _title_term_before(lead: str, rest: str, text: str) -> bool:
    return re.search(lead + rest, text) is not None


def _filter_spans_before(doc, matches) -> list:
    from spacy.util import filter_spans

    spans = []
    for match_id, s, e in matches:
        span = doc[s:e]
        span.label_ = str(match_id)
        spans.append(span)
    return [(int(sp.label_), sp.start, sp.end) for sp in filter_spans(spans)]


def _legal_before(text: str) -> list:
    out = []
    for m in S._LEGAL_DEFINITION.finditer(text):
        a = max(text.rfind(". ", 0, m.start()) + 1, 0)
        b = text.find(". ", m.end())
        out.append((a, len(text) if b < 0 else b + 1))
    return out


def _acronym_match_before(text: str, end: int) -> bool:
    return S._ACRONYM_AFTER.match(text, end, min(len(text), end + 120)) is not None


_TERMS = ["carer", "stakeholder", "service user", "client", "patient", "user"]


def _same(text: str) -> None:
    assert speaker_time_lines(text) == SPEAKER_TIME_LINE.findall(text)
    assert speaker_time_lines(text, 200) == SPEAKER_TIME_LINE.findall(text, 0, 200)
    assert has_speaker_time_line(text) == (SPEAKER_TIME_LINE.search(text) is not None)
    lower = text.lower()
    assert S._naming_words(lower) == _naming_words_before(lower)
    for phrase in _TERMS:
        title = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
        stem = re.escape(title[:-1] if title.endswith("s") else title)
        rest = stem + r"s?(?:['’]s?)?[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][a-z]"
        for lead in ("", S._TITLE_LEAD):
            assert bool(S._title_term_in(lead, rest, text)) == _title_term_before(lead, rest, text), (phrase, lead)
    assert S._legal_definitions(text) == _legal_before(text)
    assert S._declaration_hint(text) == (S._DECLARATION_HINT.search(text) is not None), text[:80]
    got, want = _be_decided(text), _BE_DECIDED.search(text)
    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    for end in range(0, len(text) + 1, max(1, len(text) // 300)):
        if _acronym_match_before(text, end) is False:
            assert not S._spelt_by_acronym(text, max(0, end - 20), end)


def test_the_shortcuts_find_what_was_found_before():
    for text in _texts():
        _same(text)


def test_they_find_things():
    assert has_speaker_time_line(_OURS[0]) and len(speaker_time_lines(_OURS[0])) == 3
    assert not has_speaker_time_line(_OURS[1])
    assert len(S._naming_words(_OURS[2].lower())) == 11  # (overlapping words: the first, as finditer)
    assert S._title_term_in(S._TITLE_LEAD, r"Carer" + r"s?(?:['’]s?)?[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][a-z]", _OURS[3])
    assert len(S._legal_definitions(_OURS[4])) == 4
    assert S._declaration_hint("The Chair asked for DECLARATIONS.") and S._declaration_hint("To  note the report")
    assert S._declaration_hint("the wHıp") and S._declaration_hint("Minuteſ") and not S._declaration_hint("to note it")
    text = _OURS[5]
    assert S._spelt_by_acronym(text, text.index("Transforming"), text.index("Care") + 4)
    assert not S._spelt_by_acronym(text, text.index("plan"), text.index("plan") + 4)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HINTS + _OURS[:1] + ["x", "Zed", "'", "“", "means ", "includes "]), max_size=40)
       .map("".join))
def test_same_on_made_text(text):
    _same(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_same_on_any_text(text):
    _same(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 11), st.integers(1, 4)), max_size=12))
def test_longest_matches_keep_what_filter_spans_kept(raw):
    doc = get_nlp().make_doc("one two three four five six seven eight nine ten eleven twelve thirteen")
    matches = [(1000 + m, s, min(s + n, len(doc))) for m, s, n in raw]
    assert S.longest_matches(matches) == _filter_spans_before(doc, matches)


def test_split_hint_reads_the_shapes_list_as_it_would_read_its_own():
    """metric.split_hint given the shape made from the same tokens (Shape.items, Shape.examples) says what
    it says when it reads the sentence's list itself, for every sentence of eight words or more."""
    from plainlint.analysis import analyse
    from plainlint.checks.metric import WEIGHTS, _Tokens, split_hint
    from plainlint.checks.sentence_shape import hard_reasons, shape
    from plainlint.config import Config
    from plainlint.extract import extract
    from plainlint.metrics import count_words, syllables

    paths = sorted((ROOT / "fixtures").glob("*.md")) + (sorted(CORPUS.glob("*.md"))[:2] if CORPUS.is_dir() else [])
    seen = listed = 0
    for path in paths:
        a = analyse(extract(path.read_bytes(), str(path), Config().extract_options()))
        for s in a.sentences:
            if count_words(s.text) < 8:
                continue
            texts = a.token_texts[s.block_index][s.tok_start:s.tok_end]
            span = a.block_docs[s.block_index][s.tok_start:s.tok_end]
            toks = _Tokens(span, texts)
            # the lower case read from the document's table (Analysed.lower_of) is str.lower's
            assert _Tokens(span, texts, a.lower_of).lows == toks.lows
            sh = shape(texts, toks.word, syllables(), s.text, lows=toks.lows, long_words=bool(WEIGHTS["long-words"]))
            reasons = hard_reasons(sh)
            assert split_hint(span, texts, reasons, toks, sh) == split_hint(span, texts, reasons, toks), s.text
            seen += 1
            listed += "bulleted list" in split_hint(span, texts, reasons, toks, sh)
    assert seen > 100 and listed >= 1


def test_an_address_told_by_its_text_as_by_its_token():
    """substitution._doc_spans tests a match's tokens for an address by their texts
    (addresses.is_address_text, one test per distinct text): the same answer as is_address_token."""
    from plainlint.addresses import is_address_text, is_address_token

    nlp = get_nlp()
    made = "see www.nhs.uk/conditions, mail a.b@c.org, https://x.gov.uk/a?b=1 or gmc-uk.org and NHS.UK. e.g. i.e."
    for text in _texts()[:12] + [made]:
        for tok in nlp.make_doc(text):
            assert is_address_text(nlp.vocab, tok.text) == is_address_token(tok), tok.text
    assert is_address_text(nlp.vocab, "www.nhs.uk") and not is_address_text(nlp.vocab, "e.g.")


def test_named_here_reads_the_word_before_from_the_texts_as_from_the_tokens():
    """substitution._named_here given the Doc's token texts rules out, from the word just before, the
    words no naming stands before: the same answer as the walk over the tokens, for every one to three
    tokens of the fixtures and corpus, and for made namings."""
    from plainlint.analysis import token_texts

    nlp = get_nlp()
    made = ("the so-called ‘postcode lottery’, what is known as  a deep dive, sometimes referred to as \n"
            "silo working; the term “stakeholder” and the word the phrase a called the termed an dubbed x")
    found = 0
    for text in _texts()[:10] + [made]:
        doc = nlp.make_doc(text)
        texts = token_texts(doc)
        for i in range(len(doc)):
            for n in (1, 2, 3):
                if i + n <= len(doc):
                    span = doc[i:i + n]
                    want = S._named_here(doc, span)
                    assert S._named_here(doc, span, texts) == want, span.text
                    found += want
    assert found >= 10
