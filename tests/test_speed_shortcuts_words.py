"""Issue 15's speed shortcuts in the word lists' check, each against the slow way (kept here):
the comments-heading test asked once per heading text, and the split phrases' first-word test
reading each token's lower-case text from the document's table (``Analysed.lower_of``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.document import Block

_SECTIONS = [None, "", "Comments received from respondents", "Q7. Do you have any further comments?",
             "What you told us", "Background", "Verbatim quotes", "x" * 130 + " comments", "In their own words"]


def _respondents_words_slow(block) -> bool:
    from plainlint.checks.substitution import _COMMENTS_SECTION

    if block.kind == "heading" or not block.section or len(block.section) > 120:
        return False
    return _COMMENTS_SECTION.search(block.section) is not None and block.end - block.start <= 240


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_SECTIONS), st.sampled_from(["paragraph", "heading", "list-item", "quote"]),
       st.integers(min_value=1, max_value=400))
def test_respondents_words_as_the_step_by_step_test(section, kind, length):
    from plainlint.checks.substitution import _respondents_words

    block = Block(start=10, end=10 + length, kind=kind, section=section)
    assert _respondents_words(block) == _respondents_words_slow(block)


def test_split_phrases_found_with_the_documents_lower_case_texts_as_without():
    from plainlint.analysis import analyse
    from plainlint.api import get_engine
    from plainlint.checks.substitution import SubstitutionCheck
    from plainlint.config import Config
    from plainlint.document import DocumentBuilder

    b = DocumentBuilder("x.md", "markdown")
    texts = ["We will take the views of residents into account.", "TAKE their comments INTO account now.",
             "Nothing to see here.", "They took it into account", "Take into account"]
    for t in texts:
        b.add_block([t])
    analysed = analyse(b.finish())
    check = next(c for c in get_engine(Config()).checks if isinstance(c, SubstitutionCheck))
    found = 0
    for bi, sdoc in enumerate(analysed.block_docs):
        toks = analysed.token_texts[bi]
        slow = check._split_matches(sdoc, [], toks)
        assert check._split_matches(sdoc, [], toks, analysed.lower_of) == slow
        found += len(slow)
    assert found >= 3
    assert analysed.lower_of == {t: t.lower() for tt in analysed.token_texts for t in tt}
    assert analysed.token_lowers == {t.lower() for tt in analysed.token_texts for t in tt}
