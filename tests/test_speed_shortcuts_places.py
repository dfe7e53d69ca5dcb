"""The acronym check's place initials (check.place_initials), read once per document, are what the
per-letters scan they replace found: a place named after 'in', 'of' or 'across' whose name the
document never writes in lower case as a whole word (re's \\b on both sides)."""

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.checks.acronyms import check

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _slow(text: str) -> frozenset:
    # the scan 14e476e wrote, once per candidate letters: kept here as the reference
    return frozenset(m.group(1)[0] for m in check._PLACE_NAMED.finditer(text)
                     if not re.search(rf"\b{m.group(1).lower()}\b", text))


CASES = [
    "The Royal Borough of Quayside and the Safeguarding Adults Board met in Moorside.",
    "Services in Moorside are run by moorside partners.",            # written in lower case: not a place
    "Services in Moorside; the moorside_team is separate.",          # '_' is a word character
    "Services in Moorside; moorside2 is a code.",                    # so is a digit
    "Services in Moorside; moorsideé is another word.",              # and a letter beyond ASCII
    "Work across Kentshire, in Kentshire and of Kentshire; kentshire-wide plans.",
    "in Ab in Abcd in Abcde abcd",
    "",
]


def test_place_initials_match_the_scan_on_our_sentences():
    for text in CASES:
        assert check.place_initials(text) == _slow(text), text


def test_place_initials_match_the_scan_on_the_fixtures_and_corpus():
    files = sorted((ROOT / "fixtures").glob("*.md")) + sorted((ROOT / "fixtures").glob("*.txt"))
    if CORPUS.is_dir():
        files += sorted(CORPUS.glob("*.md"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        assert check.place_initials(text) == _slow(text), f.name


_WORDS = st.sampled_from(["in", "of", "across", "Moorside", "moorside", "Quay", "quay", "Kentshire",
                          "kentshire_", "2kentshire", "é", "the", " ", "\n", "\t", "-", "_", ".", "Ölby", "ölby"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join), st.lists(_WORDS, max_size=30).map("".join))
def test_place_initials_match_the_scan_on_made_up_text(spaced, run_together):
    for text in (spaced, run_together):
        assert check.place_initials(text) == _slow(text), repr(text)
