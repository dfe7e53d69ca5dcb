"""Step 3, survey: one walk over the analysed tokens finds every acronym, every definition and any
glossary, and decides which acronym-shaped tokens are acronyms at all."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from typing import Optional

from ...addresses import is_address_token
from ...analysis import TextTable, is_word, is_word_text, reference_blocks, text_table, token_texts
from ...wordlists import load_acronyms, load_known_acronyms, word_set
from .fit import (
    _W,
    match_cost,
    _initials_in_a_row,
    _letters,
    _initials_then_body,
    _title_run,
    fits,
    schwartz_hearst,
)
from .glossed import lost_mark_tool, written_whole
from .units import is_unit
from .shape import (
    mixed_form,
    _BULLETS,
    _CANDIDATE,
    _CHURCH_SCHOOL,
    _CLOSE,
    _CODE_SUFFIX,
    _COMPANY,
    _DECIBEL_SCALES,
    _DEFINING_AFTER,
    _DEFINING_BEFORE,
    _GLOSSARY_HEADING,
    _LETTERS,
    _NUM_SUFFIX,
    _NUMBERING,
    _NUMERAL_JOIN,
    _OPEN,
    _PERSON_TITLES,
    _POSTCODE_IN,
    _POSTCODE_OUT,
    _POSTNOMINALS,
    _PRODUCT_NAMES,
    _QUOTES,
    _ROMAN,
    _SCHOOL_WORDS,
    _SEPARATORS,
    _SHOUTED,
    _STOP,
    _TRAILING_DIGITS,
    _UNITS_AFTER_NUMBER,
    _HOURS,
    _CLOCK,
    _UNITS_ALWAYS,
    _YEAR,
    SHIFT_SLIP,
    SMALL_WORDS,
    _norm_expansion,
    _title,
    acronym_form,
    key_of,
)

# ---------------------------------------------------------------------------------------
# The survey of one document


#: the ways a writer defines letters in the text ('words (ABC)', 'ABC (words)', 'ABC or words', 'ABC means
#: ...', a group of them, a quoted one, 'words—ABC—'); the acronym check reads them as _WRITERS_FORMS
WRITERS_FORMS = frozenset({"after", "before", "or", "means", "group", "quoted", "dash"})
#: the definitions whose span names the thing (every writer's form but a quoted one, and labels, loose ones, runs)
_NAMED_FORMS = (WRITERS_FORMS - {"quoted"}) | {"label", "loose", "name-run"}

@dataclass
class Definition:
    key: str
    acronym: str  # as written where it is defined
    expansion: str  # the words, as written
    start: int  # span of the whole definition (document offsets)
    end: int
    at: int  # offset of the acronym in it
    form: str  # "after", "before", "or", "glossary", ...
    glossary: bool = False
    far: bool = False  # "unlinked": the words further up than a paragraph or two (_Surveyor._unlinked)

    def __post_init__(self):
        # a possessive whose apostrophe the extraction lost ("The Quiet Zone Service s (QZS) team"): the lone 's' is
        # no word of the name; pasted, "Quiet Zone Service s (QZS)" is not English (set LL, 'DHSSPS', acr22)
        if self.expansion.endswith(" s") and self.expansion[-3:-2].isalpha():
            self.expansion = self.expansion[:-2]


@dataclass
class Occurrence:
    key: str
    base: str
    text: str  # as written (without a trailing full stop)
    plural: bool
    start: int
    end: int
    block: int
    token: int
    skip: Optional[str] = None  # why it is not a use: "caps-line", "numeral", "shouted", ...
    glossary: bool = False  # part of a glossary entry or section


#: what ends an aside in brackets before the words the letters stand for: "(sorry – three letter acronyms)",
#: "(i.e. ...)", "(that is: ...)"
_ASIDE_ENDS = word_set("acronym-words.toml", "aside-ends")


#: a capitalised word in a law title's own brackets, or two run together by the tokenizer ("Housing)(England")
_BRACKET_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+(?:\)\([A-Z][a-z’'-]+)*")

#: words for a person's role or post: letters in brackets after one of them that the words do not spell
#: out name the body the post belongs to ("the Independent Chair (SSCP)")
_ROLE_WORDS = word_set("acronym-words.toml", "role-words")


#: a person's name of two or three words after a comma: "Jo Reed", "Mary Ann Lee"
_PERSON_WORD = re.compile(r"[A-Z][a-z'’-]+\Z")


def _post_then_name(sdoc, base: str, words: list, r0: int) -> Optional[int]:
    """The last token of a post's words when the words before the brackets are a post, a comma and a person's name
    ("The Director of Nursing, Jo Reed (DoN)"): the letters fit the post's words alone, and the name is two or three
    capitalised words, none a small word; else None. The post's initials are no spelling-out of the name."""
    for k in (len(words) - 3, len(words) - 4):
        if k <= r0 or sdoc[words[k].start + 1].text != ",":
            continue
        name = words[k + 1:]
        if all(_PERSON_WORD.match(w.text) and w.low not in SMALL_WORDS for w in name) and fits(
                base, words[r0:k + 1], "suffix") is not None:
            return words[k].start
    return None


def _holds(words, base: str) -> bool:
    """Do the words hold the letters themselves ("QZMHS teams" is no spelling-out of QZMHS)?"""
    key = base.upper()
    return any(w.text.upper().rstrip("S") == key or w.text.upper() == key for w in words)


def _name_like(span_doc, words) -> bool:
    """Can words found away from the letters be what they stand for: within one sentence (no full stop,
    colon or semicolon between them: not "Centre. The Trust" for CT), with no figure between them, and each a word of a name, not a
    verb or a small word of the sentence taking a letter ("Board members are" for BMA, "health and
    wellbeing between" for HWB)?"""
    from spacy.lang.en.stop_words import STOP_WORDS

    if any(t.text in (".", "!", "?", ";", ":") or t.like_num for t in span_doc):
        return False  # a figure between the words is no name's ("arrived at 4.05 pm" for AAP)
    return not any(not w.free and w.low in STOP_WORDS for w in words)


@dataclass
class Survey:
    occurrences: list = field(default_factory=list)
    definitions: dict = field(default_factory=dict)  # key -> [Definition], document order
    uses: dict = field(default_factory=dict)  # key -> [Occurrence] that count, document order
    mixed: dict = field(default_factory=dict)  # key -> True: written only in mixed case ("PACSim", "eRedBook")
    lower_words: set = field(default_factory=set)  # words the document writes in lower case somewhere
    #: starts of uses that are part of a name: a law's ("the SEND Regulations 2014"), or a name another
    #: acronym spells out ("University Hospital Sussex NHSFT (UHS)"); the letters are met there as a name
    name_parts: frozenset = frozenset()
    #: the document's names in capitals by their initials (check._names_by_initials), built when first asked
    anywhere: Optional[dict] = None
    #: initials -> [(start, end, titled)]: the names shaped as people's (check._people_by_initials), when first asked
    people: Optional[dict] = None
    #: the offsets where a nation's name follows after spaces ("QZF| Scotland": check._nation_heads), when first asked
    nation_heads: Optional[frozenset] = None
    #: the document's text in lower case with straight apostrophes (check._glossary_words_written), when asked
    lower_text: Optional[str] = None
    #: the names before the commercial web addresses and e-mail domains the document gives ("qzbresearch" for
    #: "www.qzbresearch.co.uk"; check._firm_signs), found when first asked
    firm_sites: Optional[tuple] = None
    #: surname -> (offset, a given name and the surname) where the document names someone in full, or None
    #: (check._title_before_name), looked up once each
    full_names: dict = field(default_factory=dict)
    #: first letters of the places the document names and never writes in lower case
    #: (check.place_initials), read when first asked
    place_initials: Optional[frozenset] = None
    #: id(use) -> is that use a label, not running text (check.first_text_use), judged once each
    labels: dict = field(default_factory=dict)
    #: key -> [Occurrence]: the uses of letters every reader knows (A&E, GP, NHS) that the document spells out,
    #: counted for the table of abbreviations only (``plainlint acronyms``); no rule reads them
    known_uses: dict = field(default_factory=dict)

    def is_person(self, expansion: str) -> bool:
        """Is this spelling-out a person's name ("Lynne Mellor" for LM): two capitalised words,
        neither of which the document writes in lower case anywhere?"""
        words = expansion.split()
        return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
            and not any(w.lower() in self.lower_words for w in words)

    def prose_definitions(self, key: str) -> list:
        return [d for d in self.definitions.get(key, []) if not d.glossary]

    def glossary_definitions(self, key: str) -> list:
        return [d for d in self.definitions.get(key, []) if d.glossary]


def _abbr_form(text: str):
    """An acronym's shape, or a mixed-case abbreviation's ("PACSim")."""
    return acronym_form(text) or mixed_form(text)


def _is_word_token(tok) -> bool:
    """A word of a name: a word (analysis.is_word) or '&', but not "'s"."""
    t = tok.text
    return t == "&" or (t[:1] not in "'’" and is_word(tok))


def _is_word_text(vocab, t: str) -> bool:
    """:func:`_is_word_token` of a token with this text (its flags are its lexeme's)."""
    return t == "&" or (t[:1] not in "'’" and is_word_text(vocab, t))


def _short(text: str) -> bool:
    """A line short enough to be a glossary's heading: up to 80 characters and 8 words."""
    return len(text) <= 80 and len(text.split()) <= 8


def word_text_flags(vocab) -> TextTable:
    """The text -> :func:`_is_word_text` table of a vocabulary: a block's words picked out by one
    dictionary look-up per token (``word_text_flags(vocab).__getitem__``), not three calls."""
    return text_table(vocab, _is_word_text)


def _capitalised(t: str) -> bool:
    """A word of a name in capitals: 'Board', 'Doctor's', 'Co-operative'; not 'TB' or 'board'."""
    return len(t) > 1 and t[0].isupper() and any(map(str.islower, t[1:])) and acronym_form(t) is None \
        and t.replace("'", "").replace("’", "").replace("-", "").isalpha()


def _lettered(vocab, t: str) -> bool:
    """A word (:func:`_is_word_text`) with a letter in it."""
    return _is_word_text(vocab, t) and any(map(str.isalpha, t))


#: words before a plan's or project's name written as a word in capitals: "Plan BEE", "Project ECHO"
_NAMING_WORDS = word_set("acronym-words.toml", "naming-words")
#: short words in capitals that end a service's or a system's name after letters: "the EHC HUB", "the NHS APP"
_SERVICE_WORDS = word_set("acronym-words.toml", "service-words")
#: words just before letters and digits that make them a postcode
_POSTCODE_WORDS = word_set("acronym-words.toml", "postcode-words")
#: column headings in capitals that a flattened table leaves before each item's number ("REF 2007/01")
_COLUMN_HEADINGS = word_set("acronym-words.toml", "column-headings")
#: an item's number in a table's first column: "2007/01", "12", "3.2", "4a", "A1"
_ITEM_NUMBER = re.compile(r"(?:\d+(?:[./]\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)*)[.:)]?\Z")
#: the heading of a council report's list of other papers: "11. Background documents"
_BACKGROUND = re.compile(r"^\W*(\d+(\.\d+)*\.?\s+)?background (documents|papers)\b", re.IGNORECASE)
#: words that end a law's title before its year: "the SEND Regulations 2014"
_LAW_WORDS = word_set("acronym-words.toml", "law-words")
#: words that end a company's or club's name after its letters: "SAIT Ltd", "ABC FC", "XYZ Recycling"
_NAME_ENDINGS = word_set("acronym-words.toml", "name-endings")
#: a trade a firm's name ends with, capitalised, after its letters ("QZE Energy", "QZR Rail"): the firm's name
_TRADE_ENDINGS = word_set("acronym-words.toml", "trade-name-endings")
#: words after a trade in lower case that go on the sentence, so the trade ended a firm's name ("QZE energy and")
_AFTER_TRADE = word_set("acronym-words.toml", "after-trade-name")
#: a single capital or digit glued by a hyphen before letters ("C-RP", "B-HCG", "5-HT"): one term, not letters alone
_GLUED_BEFORE = re.compile(r"(?<![\w.\-'’])[A-Z0-9]-\Z")
#: a body's or team's head word ("Board", "Department"): after letters joined by '&' it makes no surname
_BODY_HEADS = word_set("acronym-words.toml", "article-heads")
#: two single initials joined by '&' ("Q&Z"): a firm named after its founders when a surname follows
_FIRM_INITIALS = re.compile(r"[A-Z]&[A-Z]\Z")
_SURNAME = re.compile(r"[A-Z][a-z]{2,}(?:['’-][A-Z]?[a-z]+)?\Z")
#: words just before letters that make them a firm's name: "the software company QZX", "(formerly QZX)"
_FIRM_WORDS = word_set("acronym-words.toml", "firm-words")
#: a lower-case word just before letters saying what kind of named body they are: "the charity QZC"
_FIRM_KINDS = word_set("acronym-words.toml", "firm-kinds")
#: two words just before letters that introduce them as a name: "trading as QZX", "formerly known as QZX"
_NAME_INTRODUCER_PHRASES = word_set("acronym-words.toml", "name-introducers")
_NAME_INTRODUCERS = frozenset(tuple(w.split()) for w in _NAME_INTRODUCER_PHRASES)
#: a word after letters that makes them a product's name: "the QZX app", "download QZX App"
_APP_WORDS = word_set("acronym-words.toml", "app-words")
_INTRODUCER_LAST = frozenset(pair[-1] for pair in _NAME_INTRODUCERS)
#: a label's word glued by a colon to letters after it ("PRESENT:QZFCA Members:"): a label, not half of one group
_COLON_LABELS = word_set("acronym-words.toml", "colon-labels")
#: words in a sentence that name a firm's parts or dealings ("divisions of the ... group"): letters there that read as
#: a word are the firm's name (set UV ac16, ac40)
_FIRM_SENTENCE_WORDS = word_set("acronym-words.toml", "firm-sentence-words")
_FIRM_SENTENCE = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w) for w in sorted(_FIRM_SENTENCE_WORDS, key=lambda w: (-len(w), w)))
    + r")(?![\w-])|(?<![\w-])[Dd]ivisions?\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w&-]*\s+[Gg]roup\b", re.IGNORECASE)
_VOWEL_RUN = re.compile(r"[AEIOU]{3}|[^AEIOU]{3}")


def _word_like(base: str) -> bool:
    """Do capitals read as a word, not letters to say one by one: five or more, a third of them vowels or more, never
    three consonants or three vowels in a row ("SOLAVO"; not "WMCA", "NHSGGC")?"""
    return len(base) >= 5 and base.isalpha() and base.isupper() and \
        3 * sum(c in "AEIOU" for c in base) >= len(base) and _VOWEL_RUN.search(base) is None


#: a compass point in letters ("NE of Moorside", "the SW corner"): a direction, not letters to spell out (set UV ac29)
_COMPASS = word_set("acronym-words.toml", "compass-points")
_COMPASS_SIDES = word_set("acronym-words.toml", "compass-sides")
#: what follows "of" after a compass point to make it a place's direction: a capitalised word, "the", a road's number
_COMPASS_PLACE = re.compile(r"(?:[A-Z][\w'’-]*|the|[A-Z]?\d[\w/-]*)\Z")
#: letters English also uses as a figure of speech ("the DNA of our county", "in our DNA"), and the words before them
#: that make them a thing's nature (issue 17, set GH ac35)
_FIGURE_LETTERS = word_set("acronym-words.toml", "figure-letters")
_FIGURE_OWNERS = word_set("acronym-words.toml", "figure-owners")
#: a value after a label's colon: "0/94/184", "12", "3.5", "1,200"
_VALUE = re.compile(r"\d+(?:[./,]\d+)*\Z")


@lru_cache(maxsize=1)
def _listed_known() -> frozenset:
    """Every key of the known list, a suggestion's too ('R&D'): letters readers know are no firm's initials."""
    return frozenset(key_of(k) for k in load_known_acronyms())

#: words that start a sentence about the term in a glossary entry, not part of its name
_GLOSS_VERBS = word_set("acronym-words.toml", "gloss-verbs")

#: a capital after a small letter, or two capitals then a small letter: "eRedBook", "PACSim"
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z][A-Z][a-z]")

#: what every web or e-mail address has (spaCy's like_url needs a dot before a real top-level domain)
_URLISH = re.compile(r"@|://|\.[A-Za-z]{2}")
#: the words of a glossary meaning, as compared: "lives", "and", "deaths" (hyphens and apostrophes aside)
_CHUNK = re.compile(r"[a-z0-9]+")
#: words at most between a glossary meaning and the brackets of letters it defines with other letters beside
#: them (a subtitle after the name: "... Walking Survey - Older Residents (MC QZWS)")
_MEANING_TAIL = 5
_GROUP_REACH = 24  # tokens between an acronym and the bracket of its group, at most
# the possessive ending after letters in brackets: "the Quiet Valley Team's (QVT's) budget"
_POSSESSIVE = frozenset(("'s", "’s", "'", "’"))
_DASHES = frozenset(("—", "–", "-"))
# words that may stand before a count of the letters inside the brackets: "(all 42 ICBs)", "(over 30 QZTs)"
_COUNT_LEADERS = word_set("acronym-words.toml", "count-leaders")
#: how far before an acronym's first use its words, written without brackets, tie it to them: the
#: characters, and the blocks (a heading, a list item or a paragraph or two before)
_UNLINKED_REACH = 600
_BRACKETED_WORD = re.compile(r"\(\s*([A-Z][A-Za-z]+)\s*\)")
_UNLINKED_BLOCKS = 4
#: further up, the words exactly (_Surveyor._exact_words): the characters and the blocks
_UNLINKED_FAR = 1200
_UNLINKED_FAR_BLOCKS = 12
#: how many blocks back the far pass may read inside the letters' own table (its cells, within _UNLINKED_FAR)
_UNLINKED_TABLE_BLOCKS = 48
#: the last word of each phrase that defines the letters after it, and the first of each that defines them
#: before it: a phrase is compared word by word only where the token there is one of these
_BEFORE_LAST_WORDS = frozenset(p[-1] for p in _DEFINING_BEFORE)
_AFTER_FIRST_WORDS = frozenset(p[0] for p in _DEFINING_AFTER)
_NEARBY_REACH = 100  # tokens either side of an acronym where its words, spelled out in the sentence, define it


def _url_chunks(sdoc, text: Optional[str] = None) -> set:
    """Token indexes glued (no spaces) to a web or e-mail address."""
    out: set = set()
    if not _URLISH.search(sdoc.text if text is None else text):
        return out  # no '@', '://' or '.xx' anywhere: no token can be an address
    n = len(sdoc)
    i = 0
    while i < n:
        j = i
        while j < n - 1 and not sdoc[j].whitespace_ and not sdoc[j + 1].is_space:
            j += 1
        chunk = sdoc[i:j + 1]
        if any(is_address_token(t) for t in chunk):
            out.update(range(i, j + 1))
        i = j + 1
    return out


def _has_address(tokens) -> bool:
    """Do these tokens hold a web or e-mail address ("gmc-uk.org", "www.nhs.uk")?"""
    return any(is_address_token(t) for t in tokens)


def _lines(sdoc, texts: Optional[list] = None) -> list[tuple[int, int]]:
    """Token ranges of the block's lines (split at tokens holding a line break; ``texts``:
    the tokens' texts, when the caller has them)."""
    out = []
    start = 0
    texts = token_texts(sdoc) if texts is None else texts
    # the tokens holding a line break picked out in C (``map``), not a Python step per token
    for i in compress(range(len(texts)), map(str.__contains__, texts, repeat("\n"))):
        if texts[i].isspace():
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < len(sdoc):
        out.append((start, len(sdoc)))
    return out


_LETTER_PHONES: Optional[dict] = None
#: a short prefix with a small letter, then a run of five capitals or more: "OpCOURAGE", "myTHRIVE"
#: (the run to be checked as a word: :meth:`_brand_word`)
_BRAND_WORD = re.compile(r"[A-Z]?[a-z]{1,3}([A-Z]{5,})\Z")


def _cmudict() -> dict:
    """The CMU pronouncing dictionary: word -> its pronunciations, as raw strings (read
    once per process, and only when a document has a capitalised word that might be an
    ordinary word; shared with the syllable counts)."""
    from ...cmu import pronunciations

    return pronunciations()


def _phones(raw: str) -> tuple:
    return tuple(p.rstrip("012") for p in raw.split("#", 1)[0].split())


def is_dictionary_word(word: str) -> bool:
    """Is ``word`` (lower case) an English word said as a word, not spelled out letter by letter?"""
    global _LETTER_PHONES
    d = _cmudict()
    prons = d.get(word)
    if not prons:
        return False
    if _LETTER_PHONES is None:
        _LETTER_PHONES = {c: {_phones(p) for p in d.get(c, [])} for c in "abcdefghijklmnopqrstuvwxyz"}
    return any(not _spelled(_phones(p), word) for p in prons)


def _spelled(phones: tuple, word: str) -> bool:
    """Does this pronunciation say the letters one by one ("cia": S IY AY EY)?"""
    def go(i: int, k: int) -> bool:
        if k == len(word):
            return i == len(phones)
        for lp in _LETTER_PHONES.get(word[k], ()):
            if phones[i:i + len(lp)] == lp and go(i + len(lp), k + 1):
                return True
        return False

    return go(0, 0)




def letter_words(text: str) -> set:
    """The distinct runs of letters :data:`_LETTERS` finds in ``text``, searched in each distinct
    stretch between white space rather than in the whole text: the pattern's look-arounds stop at
    white space, which no run of letters holds, so the runs are the same, and a word written a
    hundred times is searched once (0.045 -> 0.02 s per MB; ``tests/test_speed_shortcuts_acronyms.py``)."""
    return set().union(*map(_LETTERS.findall, set(text.split())))


class _Surveyor:
    def __init__(self, analysed, known: set, glossary: dict):
        self.a = analysed
        self.doc = analysed.document
        self.known = known
        self.glossary = glossary
        self.survey = Survey()
        self.lower_words: set = set()
        self._lines_cache: dict = {}
        self._doc_lines: dict = {}  # id(Doc) -> its lines and their first tokens (_lines_of)
        # id(Doc) -> (the Doc, its tokens' texts), for _words: the analysis's texts of each block's Doc
        # (blocks of the same text share one Doc and its texts), not read from the Doc again
        self._doc_texts: dict = {id(d): (d, t) for d, t in zip(analysed.block_docs, analysed.token_texts)}
        self._word_info: dict = {}  # token text -> None (no word) or (lower case, free), for _words
        self._bracketed_words: Optional[dict] = None  # a word alone in brackets, in capitals -> its matches (_other_case)
        self._caps_flags: dict = {}  # token text -> (a word with a letter, in capitals): see _line_info
        self._name_cases: Optional[dict] = None  # words in capitals the document also writes as a name (_name_case)
        self._all_words: set = set()  # every word of letters the document writes (set in run)
        self._name_case_of: dict = {}  # letters -> written as a name elsewhere (_name_case)
        self._bracketed_alone: Optional[set] = None  # words written alone in brackets, "(Qlab)" (_name_case)
        self.series: set = set()  # codes in a lettered series ("KSA", "KSB", "KSC"), set once the occurrences are known

    # -- definitions ------------------------------------------------------------------
    def _words(self, sdoc, lo: int, hi: int) -> list[_W]:
        """The words of tokens ``lo`` to ``hi`` (:func:`_is_word_token`), each with its lower case and
        whether it is free (a small word or a number). Read from the Doc's token texts, each distinct text
        worked out once (its flags and lower case are its lexeme's), not from a Token per token
        (``tests/test_speed_shortcuts_acronyms.py`` checks it against :meth:`_words_by_token`)."""
        if sdoc.doc is not sdoc:  # a Span: its tokens' indexes are its Doc's
            return self._words_by_token(sdoc, lo, hi)
        got = self._doc_texts.get(id(sdoc))
        if got is None:
            got = self._doc_texts[id(sdoc)] = (sdoc, token_texts(sdoc))  # the Doc kept, so its id stays its own
        texts = got[1]
        info = self._word_info
        out = []
        lo, hi, _step = slice(lo, hi).indices(len(texts))
        for k in range(lo, hi):
            tx = texts[k]
            w = info.get(tx, False)
            if w is False:
                w = info[tx] = self._work_out_word(sdoc.vocab, tx)
            if w is not None:
                out.append(_W(tx, w[0], w[1], k, k + 1))
        return out

    @staticmethod
    def _work_out_word(vocab, tx: str) -> Optional[tuple[str, bool]]:
        """None if a token with this text is no word, else (its lower case, is it free)."""
        if not _is_word_text(vocab, tx):
            return None
        lex = vocab[tx]
        low = lex.lower_
        return low, low in SMALL_WORDS or lex.like_num or tx.isdigit()

    def _words_by_token(self, sdoc, lo: int, hi: int) -> list[_W]:
        """:meth:`_words` read from a Token per token (a Span's, or to compare with)."""
        out = []
        for t in sdoc[lo:hi]:
            if not _is_word_token(t):
                continue
            low = t.lower_
            free = low in SMALL_WORDS or t.like_num or t.text.isdigit()
            out.append(_W(t.text, low, free, t.i, t.i + 1))
        return out

    def _add_def(self, bi, sdoc, base, acr_tok, first_tok, last_tok, span_lo, span_hi, form,
                 glossary=False) -> bool:
        block = self.a.blocks[bi]
        words = [t for t in sdoc[first_tok:last_tok + 1] if _is_word_token(t)]
        # letters are not spelled out by other letters: "DDPH (DPH)", "SO3, SO4 (SO1)"; words written in capitals
        # are words ("INTEGRATION JOINT BOARD (IJB)"): each four letters or more and one a reader would know
        if not any(any(c.islower() for c in t.text) for t in words) and not (
                len(words) >= 2 and all(len(t.text) >= 4 and t.text.isalpha() for t in words)
                and all(self._wordlike(t.text) for t in words)):
            return False
        exp = _norm_expansion(sdoc[first_tok:last_tok + 1].text).strip(" ,;:-–—\"'“”‘’")
        if not exp or not any(c.isalpha() for c in exp):
            return False
        acronym, at = acr_tok.text.rstrip("."), acr_tok.idx
        if ":" in base and acr_tok.i >= 2 and sdoc[acr_tok.i - 1].text == ":":
            # letters with a colon inside ("EP:IC"): the group's whole letters, where its first half starts
            acronym, at = sdoc[acr_tok.i - 2:acr_tok.i + 1].text, sdoc[acr_tok.i - 2].idx
            if span_lo == acr_tok.i:
                span_lo = acr_tok.i - 2
        d = Definition(
            key=key_of(base), acronym=acronym, expansion=exp,
            start=block.start + sdoc[span_lo].idx, end=block.start + sdoc[span_hi - 1].idx + len(sdoc[span_hi - 1].text),
            at=block.start + at, form=form, glossary=glossary,
        )
        self.survey.definitions.setdefault(d.key, []).append(d)
        return True

    @staticmethod
    def _near_bracket(sdoc, i: int) -> bool:
        """Is token i just inside or just before a bracket ("(NHS)", "NHS (National ...)")?"""
        n = len(sdoc)
        return (i > 0 and sdoc[i - 1].text in _OPEN) or (i + 1 < n and sdoc[i + 1].text in (")", "]")) or (
            i + 2 < n and sdoc[i + 1].is_space is False and sdoc[i + 1].text in _OPEN) or (
            i + 2 < n and sdoc[i + 2].text in _OPEN and sdoc[i + 1].is_space)

    def _mixed_at(self, bi: int, sdoc, tok, word: str, in_glossary: bool) -> Occurrence:
        """A word in mixed case ("PACSim", "eRedBook"): an abbreviation when the document spells it out
        here; every other place it is written is recorded, and counts as a use only if it is spelled out
        somewhere (or the glossary knows it)."""
        key = key_of(word)
        block = self.a.blocks[bi]
        if self._near_bracket(sdoc, tok.i) and self._definitions_at(bi, sdoc, tok.i, word):
            if in_glossary:
                self.survey.definitions[key][-1].glossary = True
        start = block.start + tok.idx
        occ = Occurrence(key=key, base=word, text=word, plural=False, start=start, end=start + len(word),
                         block=bi, token=tok.i, glossary=in_glossary)
        self.survey.mixed[key] = True
        self.survey.occurrences.append(occ)
        return occ

    def _back_words(self, sdoc, end: int, limit: int, base: str = "", cross_lines: bool = False,
                    nested: Optional[list] = None) -> list[_W]:
        """Words before token ``end`` back to the start of the clause (at most ``limit``); with
        ``cross_lines``, across line breaks inside the block (a name wrapped onto two lines). With a list as
        ``nested``, another acronym does not end the words: it is passed over as a word the letters may skip, and
        its token index is added to the list ("single HPB multidisciplinary team (sMDT)")."""
        lo = end
        count = 0
        inner = []  # the law title's own brackets passed over: their words may be left out of the letters
        while lo > 0:
            t = sdoc[lo - 1]
            if t.text == ")" and count and any(x.text in _LAW_WORDS for x in sdoc[lo:end]):
                # a law's title with its own brackets: "The Legislative Reform (Regulator of Social Housing)(England)
                # Order 2018 (LRO)", "the Public Bodies (Joint Working) (Scotland) Act 2014": the words in brackets
                # (capitalised words, a few, not letters) are part of the name, which a law's word ends
                k = lo - 2
                while k >= 0 and lo - k <= 12 and sdoc[k].text != "(" and (
                        sdoc[k].is_space and "\n" not in sdoc[k].text or _BRACKET_NAME_WORD.fullmatch(sdoc[k].text)
                        or sdoc[k].lower_ in SMALL_WORDS or sdoc[k].text == "&"):
                    k -= 1
                if k >= 0 and sdoc[k].text == "(" and k < lo - 2 and sdoc[k + 1].text[:1].isupper() and k > 0 and (
                        sdoc[k - 1].text[:1].isupper() or sdoc[k - 1].text == ")" or sdoc[k - 1].is_space):
                    inner.append((k, lo))
                    lo = k
                    continue
            if t.text in _STOP or (t.is_space and "\n" in t.text and not cross_lines):
                # the full stop of 'etc.' inside a name goes on: "the Health and Safety at Work etc. Act 1974 (HSWA)"
                if not (t.text == "." and lo >= 2 and sdoc[lo - 2].lower_ == "etc" and count):
                    break
            if acronym_form(t.text) and count:  # another acronym ends the expansion
                # but not one readers know, which is often part of a name: "the UK Health Security Agency (UKHSA)",
                # nor one the acronym is made from: "SEND Information, Advice and Support Service (SENDIASS)"
                other = key_of(acronym_form(t.text)[0])
                own = key_of(base)
                # nor one that gives the acronym its first letter: "the AWS Security Finding Format (ASFF)"
                # nor a word written in capitals: "MEETING of INTEGRATION JOINT BOARD (IJB)"
                if t.text not in ("NHS",) and other not in self.known and not (len(other) >= 2 and other in own) \
                        and not (len(own) >= 4 and other[:1] == own[:1] and other not in own[1:]) \
                        and not (len(other) >= 4 and self._wordlike(other)):
                    if nested is None:
                        break
                    nested.append(lo - 1)
            if _is_word_token(t):
                count += 1
                if count > limit:
                    break
            lo -= 1
        words = self._words(sdoc, lo, end)
        if inner:
            for w in words:
                if any(a < w.start < b for a, b in inner):
                    w.free = True
        if nested:
            for w in words:
                if w.start in nested:
                    w.free = True
        return words

    def _definitions_at(self, bi: int, sdoc, i: int, base: str) -> bool:
        """Find a definition around the acronym at token ``i``; True if one was found."""
        tok = sdoc[i]
        texts = self.a.token_texts[bi]
        n = len(sdoc)
        limit = len(_letters(base)) + 6

        # the tokens' texts, not a spaCy Token made at each step (a Token's text is texts[k], its
        # is_space texts[k].isspace(), its lower_ texts[k].lower(): tests/test_speed_shortcuts_texts.py)
        def prev(k):
            k -= 1
            while k >= 0 and (texts[k] in _QUOTES or texts[k].isspace() and "\n" not in texts[k]):
                k -= 1
            return k

        def nxt(k):
            k += 1
            while k < n and (texts[k] in _QUOTES or texts[k].isspace() and "\n" not in texts[k]):
                k += 1
            return k

        # Full Name (FN) / full name ("FN") / full name (the FN) / full name (KCC ICS) / (LTP 5)
        group = self._paren_group(sdoc, i)
        if group is not None:
            p, close, members, lenient = group
            if self._after_form(bi, sdoc, base, i, p, close, members, lenient, limit):
                return True
        # full name—FN—study / full name – FN – : the letters between dashes straight after their words, read as
        # brackets are (set QR ac04, "... of trauma care—GEOS—study"); a hyphen only with a space each side
        k = prev(i)
        if k > 0 and texts[k] in _DASHES and self._dash_pair(sdoc, texts, k, nxt(i)):
            words = self._back_words(sdoc, k, limit, base)
            r = self._fit_after(base, words, False) if words else None
            if r and self._add_def(bi, sdoc, base, tok, words[r[0]].start, words[-1].start, words[r[0]].start,
                                   nxt(i) + 1, "dash"):
                return True
        # full name, or FN  /  full name, known as (the) FN
        if k >= 0 and texts[k].lower() == "the":
            k = prev(k)
        marker_lo = None
        if k >= 0 and texts[k].lower() == "or":
            marker_lo = k
        else:
            # (only where token k is the last word of one of them: most acronyms have none before them)
            for phrase in _DEFINING_BEFORE if k >= 0 and texts[k].lower() in _BEFORE_LAST_WORDS else ():
                m = len(phrase)
                if k - m + 1 >= 0 and [tx.lower() for tx in texts[k - m + 1:k + 1]] == list(phrase):
                    marker_lo = k - m + 1
                    break
        if marker_lo is not None:
            e = marker_lo
            if e > 0 and sdoc[e - 1].text == ",":
                e -= 1
            words = self._back_words(sdoc, e, limit, base)
            strict_or = sdoc[marker_lo].lower_ == "or" and (marker_lo == 0 or sdoc[marker_lo - 1].text != ",")
            r = fits(base, words, "suffix", lenient=not strict_or) if words else None
            form = "or"
            if r is None and sdoc[marker_lo].lower_ != "or" and len(words) >= 2 and e < marker_lo:
                # "the local offer for families, known as the LOF": the writer's own definition, whatever
                # the letters fit (the words from the clause's start), but a loose one
                r, form = (0, len(words) - 1), "loose"
            if r and self._add_def(bi, sdoc, base, tok, words[r[0]].start, words[-1].start, words[r[0]].start,
                                   i + 1, form):
                return True
        # FN (Full Name) / FN [full name]; one small noun between ("the FN database (Full Name)") only where
        # the words in brackets fit the letters whole, with no fallback
        q = nxt(i)
        between = False
        if q + 1 < n and texts[q].isalpha() and texts[q].islower() and texts[q + 1] in _OPEN:
            q, between = q + 1, True
        if q < n and texts[q] in _OPEN:
            closer = _CLOSE[sdoc[q].text]
            close = q + 1
            while close < n and close - q <= limit + 6 and sdoc[close].text not in (closer, "(", "["):
                close += 1
            if close < n and sdoc[close].text == closer and not _has_address(sdoc[q + 1:close]):
                # "GMC (gmc-uk.org)": a web address in brackets is a link, not the words
                words = self._words(sdoc, q + 1, close)
                r = fits(base, words, "whole") if words else None
                if r is None and words and not between:
                    start = schwartz_hearst(base, words, whole=True)
                    r = (start, len(words) - 1) if start is not None else None
                if r is None and words and not between:
                    # an aside before the words: "TLAs (sorry – three letter acronyms)", "(i.e. ...)": the words
                    # after the last dash, colon, comma or marker, fitting the letters whole
                    sep = max((k for k in range(q + 1, close) if texts[k] in _ASIDE_ENDS), default=None)
                    after = self._words(sdoc, sep + 1, close) if sep is not None else []
                    r = fits(base, after, "whole") if after else None
                    words = after if r is not None else words
                if r and self._add_def(bi, sdoc, base, tok, words[r[0]].start, words[-1].start, i, close + 1,
                                       "before"):
                    return True
        # FN stands for full name / FN means ... / FN, which stands for ...
        at = nxt(i)
        which = False
        if at < n and texts[at] == ",":
            at = nxt(at)
        if at < n and texts[at].lower() == "which":
            at, which = at + 1, True
        while at < n and texts[at].isspace() and "\n" not in texts[at]:
            at += 1
        for phrase in _DEFINING_AFTER if at < n and texts[at].lower() in _AFTER_FIRST_WORDS else ():
            m = len(phrase)
            if which and phrase[0] in ("means", "refers"):
                continue  # "..., which means we can act": not a definition
            if [tx.lower() for tx in texts[at:at + m]] == list(phrase):
                hi = at + m
                end = hi
                while end < n and sdoc[end].text not in _STOP and sdoc[end].text != "," and end - hi < limit + 4:
                    end += 1
                words = self._words(sdoc, hi, end)
                r = fits(base, words, "prefix", lenient=True) if words else None
                form = "means"
                if r is None and phrase[0] in ("stands", "stand", "is"):
                    form = "loose"
                    # "stands for" says so, whatever the letters fit: the words to the clause's end, a list's
                    # commas included ("SENDIASS, which stands for SEND information, advice and support")
                    while end < n and sdoc[end].text not in _STOP and end - hi < limit + 4:
                        end += 1
                    words = self._words(sdoc, hi, end)
                    r = (0, len(words) - 1) if len(words) >= 2 else None
                if r and self._add_def(bi, sdoc, base, tok, words[r[0]].start, words[r[1]].start, i,
                                       words[r[1]].end, form):
                    return True
        return False

    @staticmethod
    def _dash_pair(sdoc, texts, k: int, q: int) -> bool:
        """Are tokens k and q the two dashes round letters: an em or en dash each, or a hyphen with a space
        each side ("the harbour plan - HP - says")?"""
        if q >= len(texts) or texts[q] not in _DASHES:
            return False
        return all(texts[d] != "-" or (sdoc[d - 1].whitespace_ and sdoc[d].whitespace_) for d in (k, q))

    @staticmethod
    def _cut_off(sdoc, words, base: str, counted: bool = False) -> bool:
        letters = [c.lower() for c in base if c.isalpha()]
        # two letters only with a count in the brackets: the writer naming a set of teams by their letters
        # ("... | Teams (13 QTs)", a table cell cut from its first word; corpus seed 15411 ac14)
        if len(letters) < (2 if counted else 3) or len(words) > 2:
            return False
        first = words[0].start
        at_start = all(t.is_space or t.is_punct for t in sdoc[:first])
        if not at_start:
            return False
        tail = [w for w in words if not w.free]
        if not tail or not all(_title(w.text) for w in tail):
            return False
        got = [w.low[0] for w in tail]
        return got == letters[-len(got):]

    def _paren_group(self, sdoc, i: int):
        """(open, close, acronym tokens, lenient) when token i is inside "( ... )" holding acronyms."""
        n = len(sdoc)
        lenient = False
        k = i - 1
        # a group in brackets holds a few acronyms ("(KCC ICS)", "(PAF/PAS)"): the walk back and on is
        # bounded, or a line of thousands of acronyms is read once for each of them
        while k >= 0 and i - k <= _GROUP_REACH:
            t = sdoc[k]
            if t.text in _QUOTES or (t.is_space and "\n" not in t.text) or _abbr_form(t.text) or t.text == "/":
                k -= 1
                continue
            if t.lower_ == "and" and k > 0 and _abbr_form(sdoc[k - 1].text) and _abbr_form(sdoc[k + 1].text):
                k -= 1  # two groups of letters for two names: "(QLs and SNs)" (set BB ac09)
                continue
            if t.lower_ in ("the", "hereafter", "or", "aka", "i.e.", "ie"):
                lenient = lenient or t.lower_ not in ("the", "or")
                k -= 1
                continue
            if _title(t.text) and i - k <= 3:
                k -= 1  # "Senior Independent Panel Member (Senior IPM)"
                continue
            if t.like_num and i - k <= 2 and k > 0 and (
                    sdoc[k - 1].text in _OPEN
                    or k > 1 and sdoc[k - 1].lower_ in _COUNT_LEADERS and sdoc[k - 2].text in _OPEN):
                # a count before the letters: "Neighbourhood Teams (13 QZTs)" (set Q corpus ac44); a word
                # before the count: "(all 42 ICBs)", "(some 12 PCNs)", "(c. 20 ...)" ('the' is read below)
                k -= 1 if sdoc[k - 1].text in _OPEN else 2
                continue
            break
        if k < 0 or sdoc[k].text not in _OPEN:
            return None
        p = k
        closer = _CLOSE[sdoc[p].text]
        k = i + 1
        while k < n and k - i <= _GROUP_REACH and (sdoc[k].text in _QUOTES or (sdoc[k].is_space and "\n" not in sdoc[k].text)
                         or _abbr_form(sdoc[k].text) or sdoc[k].like_num or sdoc[k].text == "/"
                         or sdoc[k].lower_ in _POSSESSIVE and _abbr_form(sdoc[k - 1].text) or (
                             sdoc[k].lower_ == "and" and k + 1 < n and _abbr_form(sdoc[k - 1].text)
                             and _abbr_form(sdoc[k + 1].text))):
            k += 1
        if k >= n:
            return None
        if sdoc[k].text != closer:
            if sdoc[k].text not in (",", ";"):
                return None
            c = k
            while c < n and c - k < 12 and sdoc[c].text != closer:
                c += 1
            if c >= n or sdoc[c].text != closer:
                return None
            k = c
        members = [t for t in sdoc[p + 1:k] if _abbr_form(t.text) and not t.like_num]
        # only the acronyms before any comma belong to the group
        cut = [t for t in sdoc[p + 1:k] if t.text in (",", ";")]
        if cut:
            members = [t for t in members if t.i < cut[0].i]
        if not members or sdoc[i] not in members:
            return None
        return p, k, members, lenient

    @staticmethod
    def _fit_after(base: str, words: list, lenient: bool) -> Optional[tuple[int, int]]:
        """(first, last) of the words before the brackets that the letters stand for, or None: by their
        initials; else by Schwartz and Hearst's rule; else with two letters swapped (a typing slip); else
        with one letter the words leave out ("the Health and Wellbeing Strategy (JHWS)")."""
        r = fits(base, words, "suffix", lenient)
        if r is None:
            start = schwartz_hearst(base, words)
            if start is None and len(base) >= 4:
                # two letters swapped by a typing slip: "... Mental Health Crisis Service (CYMPHS)"
                for k in range(1, len(base) - 2):
                    start = schwartz_hearst(base[:k] + base[k + 1] + base[k] + base[k + 2:], words)
                    if start is not None:
                        break
            r = (start, len(words) - 1) if start is not None else None
        if r is None and sum(1 for c in base if c.isupper()) >= 4:
            # one letter dropped by the words: each other letter must start a word, in order, with no
            # word of substance skipped ("Established Strategic Authorities (EMSA)")
            for k in range(len(base)):
                if not base[k].isupper():
                    continue
                r = fits(base[:k] + base[k + 1:], words, "suffix")
                if r is not None and match_cost(_letters(base[:k] + base[k + 1:]), words[r[0]:], "whole")[0] == 0:
                    break
                r = None
        if r is not None and r[0] > 0:
            # "Lower Layer Super Output Areas (LSOAs)": the name goes on back to a word of the same
            # initial in capitals, which the nearest fit left out
            w0, w1 = words[r[0] - 1], words[r[0]]
            if r[0] == 1 and _title(w0.text) and _title(w1.text) and w0.low[0] == w1.low[0]:
                r = (r[0] - 1, r[1])
        return r

    def _fit_over_nested(self, sdoc, p: int, limit: int, base: str, lenient: bool, words: list):
        """(fit, words) of the letters in brackets at ``p`` over words that hold another acronym: the words stop at
        the other letters, which often sit inside the name ("the single HPB multidisciplinary team (sMDT)", set ST
        ac39: the letters were flagged as undefined on their own definition). The other letters are a word the fit may
        skip; the fit must be by initials (:func:`fits`, no looser rule) and must start before them, or the words
        before them add nothing. (None, ``words``) where there is no such fit."""
        nested: list = []
        longer = self._back_words(sdoc, p, limit, base, nested=nested)
        if not nested or len(longer) <= len(words):
            return None, words
        r = fits(base, longer, "suffix", lenient)
        if r is None or longer[r[0]].start >= max(nested):
            return None, words
        return r, longer

    def _after_form(self, bi, sdoc, base, i, p, close, members, lenient, limit) -> bool:
        tok = sdoc[i]
        if len(members) == 1:
            words = self._back_words(sdoc, p, limit, base)
            if words and words[-1].low in _ROLE_WORDS and key_of(base) in self.survey.definitions and fits(
                    base, words, "suffix") is None:
                # a role before letters spelled out earlier names whose role it is: "scrutinised by the Independent
                # Chair (SSCP)", "the Partnership Development Manager (SSCP)" (the chair of the SSCP): a use of the
                # letters, not a second meaning (set YZ ac05)
                return False
            r = self._fit_after(base, words, lenient) if words else None
            if r is None:
                # a name wrapped onto the next line of the block: "The Maintaining High Professional\nStandards (MHPS)"
                wrapped = self._back_words(sdoc, p, limit, base, cross_lines=True)
                if len(wrapped) > len(words):
                    r2 = self._fit_after(base, wrapped, lenient)
                    if r2 is not None:
                        words, r = wrapped, r2
            if r is None and words:
                r, words = self._fit_over_nested(sdoc, p, limit, base, lenient, words)
            last = words[-1].start if words else 0
            if r is not None and (cut := _post_then_name(sdoc, base, words, r[0])) is not None:
                last = cut  # "the Director of Nursing, Jo Reed (DoN)": the post's words, never the person's name
            if r and self._add_def(bi, sdoc, base, tok, words[r[0]].start, last, words[r[0]].start,
                                   close + 1, "after"):
                return True
            name = self._name_before(sdoc, p, base)
            if name is not None:
                # a person's initials, the name a little before: "Laura Smith, Director of ... (LS)"
                return self._add_def(bi, sdoc, base, tok, name[0], name[1], i, close + 1, "name")
            if not words and all(t.is_space or t.is_punct for t in sdoc[:p]):
                # "(NRAP)" opening a block: a table or column layout put its words in a block just before
                joined: list = []  # the words of the blocks just before, read together: "from Leeds | Community ..."
                for back in range(1, 7):
                    if bi - back < 0:
                        break
                    pdoc = self.a.block_docs[bi - back]
                    plines = _lines(pdoc)
                    plo, phi = plines[-1] if plines else (0, len(pdoc))
                    pwords = self._words(pdoc, plo, phi)
                    r = fits(base, pwords, "suffix") if pwords else None
                    if r is not None and any(any(c.islower() for c in w.text) for w in pwords[r[0]:]) and not _holds(
                            pwords[r[0]:], base):
                        block = self.a.blocks[bi]
                        d = Definition(key=key_of(base), acronym=tok.text,
                                       expansion=pdoc[pwords[r[0]].start:pwords[-1].end].text,
                                       start=block.start + sdoc[p].idx, end=block.start + sdoc[close].idx + 1,
                                       at=block.start + tok.idx, form="layout")
                        self.survey.definitions.setdefault(d.key, []).append(d)
                        return True
                    if any(c.isalpha() for w in pwords for c in w.text):  # skip cells of numbers
                        joined = pwords + joined
                        if len(joined) > len(pwords):
                            r = fits(base, joined, "suffix")
                            # only a name that runs across the blocks: one inside a single block was tried above
                            if r is not None and r[0] < len(pwords) and any(
                                    any(c.islower() for c in w.text) for w in joined[r[0]:]) and not _holds(joined[r[0]:], base):
                                block = self.a.blocks[bi]
                                d = Definition(key=key_of(base), acronym=tok.text,
                                               expansion=" ".join(w.text for w in joined[r[0]:]),
                                               start=block.start + sdoc[p].idx, end=block.start + sdoc[close].idx + 1,
                                               at=block.start + tok.idx, form="layout")
                                self.survey.definitions.setdefault(d.key, []).append(d)
                                return True
            for back in range(1, 4):
                if bi - back < 0:
                    break
                pdoc = self.a.block_docs[bi - back]
                name = self._name_before(pdoc, len(pdoc), base)
                if name is not None:
                    block = self.a.blocks[bi]
                    d = Definition(key=key_of(base), acronym=tok.text, expansion=pdoc[name[0]:name[1] + 1].text,
                                   start=block.start + sdoc[p].idx, end=block.start + sdoc[close].idx + 1,
                                   at=block.start + tok.idx, form="name")
                    self.survey.definitions.setdefault(d.key, []).append(d)
                    return True
            if any(t.text in _QUOTES for t in sdoc[p:close]):
                # ("SAAMCO"): a quoted acronym in brackets is the writer's definition, whatever it fits
                lo = p
                while lo > 0 and p - lo < 16 and sdoc[lo - 1].text not in (".", ";", ":", "(") and not (
                        sdoc[lo - 1].is_space and "\n" in sdoc[lo - 1].text):
                    lo -= 1
                if lo < p:
                    return self._add_def(bi, sdoc, base, tok, lo, p - 1, lo, close + 1, "quoted")
            loose = _title_run(words, base) if words else None
            if loose is None and words:
                loose = _initials_then_body(words, base)
            if loose is not None:
                # the letters right after a name that starts with the same letter: the writer's own
                # definition, even when the letters do not quite fit ("End of Life (EoLC)")
                return self._add_def(bi, sdoc, base, tok, words[loose].start, words[-1].start, words[loose].start,
                                     close + 1, "name-run")
            if words and bi > 0 and len(_letters(base)) >= 3 and all(
                    t.is_space or t.is_punct for t in sdoc[:words[0].start]):
                # the name runs on from the block before, a layout having split it:
                # "The Maintaining High Professional | Standards (MHPS)"
                pdoc = self.a.block_docs[bi - 1]
                plines = _lines(pdoc)
                plo, phi = plines[-1] if plines else (0, len(pdoc))
                pwords = self._words(pdoc, plo, phi)
                joined = pwords + words
                r = fits(base, joined, "suffix") if pwords else None
                ends = [x for x in pdoc if not x.is_space][-1:]
                if r is not None and r[0] < len(pwords) and ends and ends[0].text not in _STOP | {","}:
                    block = self.a.blocks[bi]
                    d = Definition(key=key_of(base), acronym=tok.text, expansion=" ".join(w.text for w in joined[r[0]:]),
                                   start=block.start + sdoc[words[0].start].idx, end=block.start + sdoc[close].idx + 1,
                                   at=block.start + tok.idx, form="layout")
                    self.survey.definitions.setdefault(d.key, []).append(d)
                    return True
            if words and self._cut_off(sdoc, words, base, any(t.like_num for t in sdoc[p + 1:i])):
                # the words run back to the start of the block and end with the acronym's last
                # letter: a layout split the name ("... Leeds Health and Care | Partnership (LHCP)")
                return self._add_def(bi, sdoc, base, tok, words[0].start, words[-1].start, words[0].start,
                                     close + 1, "cut")
            return self._label_of_words(bi, sdoc, base, i, p, close, words)
        anded = [t for t in sdoc[p + 1:close] if t.lower_ == "and"]
        if anded:
            return len(members) == 2 and len(anded) == 1 and self._coordinated(bi, sdoc, base, i, p, close, members)
        if any(t.text == "/" for t in sdoc[p + 1:close]):
            # alternatives: "the provider assessment framework/score (PAF/PAS)": each fits the words on its own
            words = self._back_words(sdoc, p, limit)
            r = fits(base, words, "suffix", lenient) if words else None
            if r and self._add_def(bi, sdoc, base, tok, words[r[0]].start, words[-1].start, words[r[0]].start,
                                   close + 1, "after"):
                return True
        # several acronyms in one pair of brackets: "Kent County Council Integrated Care Strategy (KCC ICS)"
        bases = [(acronym_form(t.text) or (t.text,))[0] for t in members]
        joined = "".join(bases)
        words = self._back_words(sdoc, p, len(_letters(joined)) + 6)
        r = fits(joined, words, "suffix", lenient) if words else None
        if r is None:
            # other letters beside the acronym in its brackets, a place's initials: "... Quiet Zone Walking
            # Survey - Older Residents (MC QZWS)" where the glossary's QZWS is "quiet zone walking survey"
            return self._meaning_before(bi, sdoc, base, i, p, close)
        rest = words[r[0]:]
        for t, b in zip(members, bases):
            if not rest:
                return False
            if t is members[-1]:
                part = (0, len(rest) - 1)
            else:
                part = fits(b, rest, "prefix", lenient=True)
                if part is None:
                    return False
            if t.i == i:
                return self._add_def(bi, sdoc, base, tok, rest[part[0]].start, rest[part[1]].start,
                                     rest[part[0]].start, close + 1, "group")
            rest = rest[part[1] + 1:]
        return False

    def _meaning_before(self, bi, sdoc, base, i, p, close) -> bool:
        """Letters in brackets with other letters beside them ("(MC QZWS)", a place's initials before the
        acronym), the words before the brackets holding the glossary's meaning of the acronym at token ``i``,
        word for word, with at most a few words after it (a subtitle: "Quiet Zone Walking Survey - Older
        Residents (MC QZWS)"): the writer's definition of those letters, never a use to spell out again
        (set NN ac06, both readers: "(HW LeDeR)" after "Learning from Lives and Deaths- ...")."""
        entry = self.glossary.get(base) or self.glossary.get(key_of(base)) if self.glossary else None
        if entry is None:
            return False
        for meaning in entry.expansions:
            want = _CHUNK.findall(meaning.lower())
            if len(want) < 2:
                continue
            words = self._back_words(sdoc, p, len(want) + _MEANING_TAIL, base)
            chunks = [(c, k) for k, w in enumerate(words) for c in _CHUNK.findall(w.low)]
            got = [c for c, _k in chunks]
            m = len(want)
            for s in range(len(got) - m, -1, -1):
                if got[s:s + m - 1] != want[:-1] or got[s + m - 1] not in (want[-1], want[-1] + "s"):
                    continue
                first, last = chunks[s][1], chunks[s + m - 1][1]
                if len(words) - 1 - last > _MEANING_TAIL:
                    break
                return self._add_def(bi, sdoc, base, sdoc[i], words[first].start, words[last].start,
                                     words[first].start, close + 1, "group")
        return False

    def _coordinated(self, bi, sdoc, base, i, p, close, members) -> bool:
        """Two names joined by 'and' before two groups of letters joined by 'and' in one pair of brackets, each
        name's words ending with the words they share: "quiet leads and safety nurses for road crossings (QLRCs
        and SNRCs)" defines QLRC as "quiet leads for road crossings" and SNRC as "safety nurses for road
        crossings" (set BB ac09). The second group fits the words after 'and'; the first, the words before it
        with a tail of the second's words. True if the letters at token ``i`` are so defined."""
        first = (acronym_form(members[0].text) or (members[0].text,))[0]
        second = (acronym_form(members[1].text) or (members[1].text,))[0]
        words = self._back_words(sdoc, p, len(_letters(first)) + len(_letters(second)) + 8)
        ands = [j for j, w in enumerate(words) if w.low == "and"]
        if not ands or not words:
            return False
        j = ands[-1]
        right = words[j + 1:]
        r2 = fits(second, right, "suffix") if right else None
        if r2 is None or r2[0] != 0:
            return False
        left = words[:j]
        r1 = fits(first, left, "suffix") if left else None  # each name whole: "the quiet board and the safety forum"
        tail_at = None
        for t in range(len(right) - 1, 0, -1) if r1 is None else ():  # the shortest shared tail that completes the first name
            if right[t].free:
                continue  # the shared tail starts at a word of substance ("organ donation"), its small word kept
            tail = right[t - 1:] if right[t - 1].free else right[t:]
            cand = left + tail
            r = fits(first, cand, "suffix")
            if r is not None and r[0] < len(left):
                r1, tail_at = r, tail[0].start
                break
        if r1 is None:
            return False
        block = self.a.blocks[bi]
        tok = sdoc[i]
        if tok.i == members[0].i:
            expansion = sdoc[left[r1[0]].start:left[-1].end].text
            if tail_at is not None:
                expansion += " " + sdoc[tail_at:right[-1].end].text
        else:
            expansion = sdoc[right[0].start:right[-1].end].text
        d = Definition(key=key_of(base), acronym=tok.text.rstrip("."), expansion=_norm_expansion(expansion).strip(),
                       start=block.start + sdoc[left[r1[0]].start].idx, end=block.start + sdoc[close].idx + 1,
                       at=block.start + tok.idx, form="after")
        self.survey.definitions.setdefault(d.key, []).append(d)
        return True

    def _label_of_words(self, bi, sdoc, base, i, p, close, words) -> bool:
        """Letters alone in brackets straight after words that do not spell them out: the writer's own
        label for those words, never a use to explain with some other meaning.

        After a capitalised name, the letters label that name ("CEO report to Board (TB)", "the Virtual
        Resident Doctor's Forum (JDF)", "a team of Trainee Probation Officer (PQIP)"): form "label",
        whose words are the name (plainlint does not claim they spell the letters). After words in lower
        case whose initials give the first letters, a loose definition ("renewable obligation (ROCs)"):
        form "loose". Anything else in brackets ("the figures were checked (ONS)") is left alone."""
        inside = [t for t in sdoc[p + 1:close] if not (t.is_space or t.text in _QUOTES)]
        if len(inside) != 1 or inside[0].i != i or not words or words[-1].start != self._word_before(sdoc, p):
            return False
        tok = sdoc[i]
        if _capitalised(words[-1].text):
            j = len(words) - 1
            while j > 0 and (_capitalised(words[j - 1].text) or (
                    words[j - 1].free and j >= 2 and _capitalised(words[j - 2].text))):
                j -= 1
            return self._add_def(bi, sdoc, base, tok, words[j].start, words[-1].start, words[j].start,
                                 close + 1, "label")
        letters = [c.lower() for c in base if c.isalpha()]
        for n in range(min(len(words), len(letters) - 1), 1, -1):
            tail = words[-n:]
            if not any(w.free for w in tail) and [w.low[0] for w in tail] == letters[:n]:
                return self._add_def(bi, sdoc, base, tok, tail[0].start, tail[-1].start, tail[0].start,
                                     close + 1, "loose")
        return False

    @staticmethod
    def _word_before(sdoc, p: int) -> int:
        """Index of the token just before token ``p``, spaces on the same line aside (-1 if none)."""
        k = p - 1
        while k >= 0 and sdoc[k].is_space and "\n" not in sdoc[k].text:
            k -= 1
        return k

    @staticmethod
    def _name_before(sdoc, end: int, base: str) -> Optional[tuple[int, int]]:
        """(first, last) token of a name before ``end`` whose initials are ``base`` (2 or 3 capitals)."""
        if not (2 <= len(base) <= 3 and base.isalpha() and base.isupper()):
            return None
        m = len(base)
        lo = max(0, end - 80)
        toks = [t for t in sdoc[lo:end] if not t.is_space]
        for k in range(len(toks) - m, -1, -1):
            run = toks[k:k + m]
            if all(t.is_alpha and len(t.text) > 1 and t.text[0].isupper() and t.text[1:].islower() for t in run) \
                    and "".join(t.text[0] for t in run) == base:
                return run[0].i, run[-1].i
        return None

    def _entry_at(self, bi: int, sdoc, i: int, base: str, in_glossary: bool, line_start: bool) -> bool:
        """A glossary-style entry: 'FN – Full Name', 'FN: Full Name', 'FN Full Name' at a line's start."""
        n = len(sdoc)
        # read from the block's token texts (a token is a space token when its text is white space, as
        # spaCy's is_space says): the walk to the line's end made a Token per token
        texts = self.a.token_texts[bi]
        j = i + 1
        sep = False
        while j < n and (texts[j].isspace() and "\n" not in texts[j] or texts[j] in _SEPARATORS
                         or texts[j] in _QUOTES):
            if texts[j] in _SEPARATORS or texts[j].isspace():
                sep = True
            j += 1
        if not (line_start or (in_glossary and sep)):
            return False
        end = j
        while end < n and not (texts[end].isspace() and "\n" in texts[end]) and texts[end] not in _STOP:
            if end > j and texts[end] in _SEPARATORS and end + 1 < n and texts[end + 1].isspace():
                break
            if in_glossary and end > j and acronym_form(texts[end]) and end + 1 < n and (
                    texts[end + 1] in _SEPARATORS):
                break  # the next entry of a glossary run together on one line
            end += 1
        words = self._words(sdoc, j, end)
        if not words:
            return False
        r = fits(base, words, "prefix", lenient=in_glossary and sep)
        if r is None:
            if not (in_glossary and sep):
                return False
            r = (0, len(words) - 1)
        first, last = r
        if in_glossary:
            last = len(words) - 1
            # stop at a comma: "ICB – Integrated Care Board, the NHS body that ..."
            for w_i in range(first, len(words)):
                if any(sdoc[k].text == "," for k in range(words[first].start, words[w_i].start)):
                    last = max(first, w_i - 1)
                    break
            # and where a sentence about it starts: "ASD: Autistic Spectrum Disorder is a developmental ..."
            for w_i in range(first + 1, last + 1):
                if words[w_i].low in _GLOSS_VERBS:
                    last = w_i - 1
                    break
        return self._add_def(bi, sdoc, base, sdoc[i], words[first].start, words[last].start, i, words[last].end,
                             "entry", glossary=in_glossary)

    # -- the walk ---------------------------------------------------------------------
    def run(self) -> Survey:
        a = self.a
        blocks = a.blocks
        glossary_blocks = self._glossary_blocks()
        # a council report's list of background documents is a reference list: titles of other papers
        self.reference_blocks = reference_blocks(self.a) | {
            bi for bi, b in enumerate(blocks) if b.kind != "heading" and b.section and _BACKGROUND.match(b.section)}
        table_entries = self._table_entries(glossary_blocks)
        self._column_glossary(glossary_blocks)
        pending: list = []  # (Occurrence, line tokens, block index)
        known_seen: list = []  # (Occurrence, Doc): letters every reader knows, counted for the table if spelled out
        # words in lower case anywhere in the document (one pass over the text, not the tokens)
        # (made unique first: each distinct word is tested once, not each time it is written)
        self._all_words = letter_words(a.document.text)
        self.lower_words = {w for w in self._all_words if w.islower()}
        self.survey.lower_words = self.lower_words
        for bi, (block, sdoc) in enumerate(zip(blocks, a.block_docs)):
            if block.kind == "header-footer":
                continue
            if not _CANDIDATE.search(a.document.text, block.start, block.end):
                continue  # no token here can have an acronym's shape: most blocks, skipped cheaply
            in_glossary = bi in glossary_blocks
            urls = None
            texts = a.token_texts[bi]
            # the block's lines, read when a token first needs its line (most blocks hold only letters every
            # reader knows, "NHS", and need none), once for each distinct Doc (_line_of)
            lines = None
            # only tokens with two capitals can be an acronym or a mixed-case name: picked out
            # by one pass in C (the regex's search of each text), not a Python step per token
            for ti in compress(range(len(texts)), map(_CANDIDATE.search, texts)):
                tx = texts[ti]
                tok = sdoc[ti]
                form = acronym_form(tx)
                if form is None:
                    if len(tx) > 3 and not tx.islower() and not tx.istitle() and not tx.isupper() and \
                            _CAMEL.search(tx) and (mixed := mixed_form(tx)) is not None:
                        occ = self._mixed_at(bi, sdoc, tok, mixed, in_glossary)
                        if lines is None:
                            lines = self._lines_of(sdoc, texts)
                        lo, hi = self._line_of(lines, sdoc, tok.i)
                        pending.append((occ, sdoc, lo, hi))
                    continue
                if urls is None:
                    urls = _url_chunks(sdoc, a.document.text[block.start:block.end])
                if tok.i in urls:
                    continue
                if _CODE_SUFFIX.search(tok.text) and tok.i > 0 and sdoc[tok.i - 1].text in ("-", "/") \
                        and not sdoc[tok.i - 1].whitespace_:
                    continue  # inside a reference number: "RPC Reference No: RPC-DEFRA-4341"
                if tok.i >= 2 and texts[tok.i - 1] == "/" and not sdoc[tok.i - 1].whitespace_ \
                        and not sdoc[tok.i - 2].whitespace_ and texts[tok.i - 2][-1:].isdigit():
                    continue  # the end of a reference number: planning application "16/00677/FUL"
                if tok.i >= 2 and texts[tok.i - 1] == "-" and not sdoc[tok.i - 1].whitespace_ \
                        and not sdoc[tok.i - 2].whitespace_ and acronym_form(texts[tok.i - 2]):
                    continue  # the second half of one name: "BEH-MHT" is reported once, at "BEH"
                if not tok.whitespace_ and tok.i + 2 < len(sdoc) and sdoc[tok.i + 1].text in ("-", "/") \
                        and not sdoc[tok.i + 1].whitespace_ and _CODE_SUFFIX.search(texts[tok.i + 2]):
                    continue  # the start of one: "RPC-DEFRA-4341"
                if ti >= 2 and texts[ti - 1] == ":" and not sdoc[ti - 1].whitespace_ \
                        and not sdoc[ti - 2].whitespace_ and acronym_form(texts[ti - 2]) \
                        and texts[ti - 2].lower() not in _COLON_LABELS:
                    continue  # the second half of one name with a colon inside: "EP:IC", reported once, at "EP"
                base, plural = form
                def_at = ti
                if tx.lower() in _COLON_LABELS:
                    continue  # a label's word in capitals ("PRESENT:QZFCA"): a word, whatever is glued after it
                if not tok.whitespace_ and ti + 2 < len(texts) and texts[ti + 1] == ":" \
                        and not sdoc[ti + 1].whitespace_ and not plural and (glued := acronym_form(texts[ti + 2])):
                    # letters with a colon inside and no space ("EP:IC") are one group (set BB ac11): read and
                    # defined whole, its words in brackets after the second half
                    base, plural, def_at = base + ":" + glued[0], glued[1], ti + 2
                key = key_of(base)
                if def_at != ti:
                    text = base + ("s" if plural else "")
                else:
                    text = tok.text[:-1] if tok.text.endswith(".") and len(tok.text) > 2 else tok.text
                    text = _NUM_SUFFIX.sub("", text)
                start = block.start + tok.idx
                occ = Occurrence(key=key, base=base, text=text, plural=plural, start=start,
                                 end=start + len(text), block=bi, token=tok.i, glossary=in_glossary)
                if key in self.known:
                    if self._near_bracket(sdoc, tok.i):
                        self._definitions_at(bi, sdoc, tok.i, base)  # "National Health Service (NHS)": for the table
                    known_seen.append((occ, sdoc))
                    continue
                m = _TRAILING_DIGITS.match(base)
                if m and key_of(m.group(1)) in self.known:
                    continue  # a footnote number glued on: "the UK4"
                if lines is None:
                    lines = self._lines_of(sdoc, texts)
                lo, hi = self._line_of(lines, sdoc, tok.i)
                line_start = self._first_word(sdoc, lo, hi) == tok.i
                entry = False
                if (bi, tok.i) in table_entries:
                    exp_bi = table_entries[(bi, tok.i)]
                    self._table_def(bi, sdoc, tok, base, exp_bi, exp_bi in glossary_blocks or in_glossary)
                    entry = True
                elif not self._definitions_at(bi, sdoc, def_at, base):
                    entry = self._entry_at(bi, sdoc, tok.i, base, in_glossary, line_start)
                elif in_glossary:
                    # "Child and Adolescent Mental Health Services (CAMHS): these services ..." in a glossary
                    self.survey.definitions[key][-1].glossary = True
                    entry = True
                if in_glossary and entry:
                    occ.glossary = True
                self.survey.occurrences.append(occ)
                pending.append((occ, sdoc, lo, hi))
        # runs of three or more glossary-style entries outside a glossary section are a glossary
        self._promote_entry_runs()
        dropped = self._merge_plural_capitals({o.key for o, _ in known_seen})
        if dropped:
            pending = [p for p in pending if id(p[0]) not in dropped]
        self.series = self._letter_series()
        for occ, sdoc, lo, hi in pending:
            if occ.key in self.survey.mixed and occ.key not in self.survey.definitions and \
                    occ.base not in self.glossary:
                occ.skip = "name"  # "SystmOne", never spelled out: a product's name, not an abbreviation
                continue
            occ.skip = self._why_not(occ, sdoc, lo, hi)
            if occ.skip is None and not occ.glossary:
                self.survey.uses.setdefault(occ.key, []).append(occ)
        # letters the page calls a firm ("the software company QZX") are the firm's name at every use
        firms = {o.key for o in self.survey.occurrences if o.skip == "firm"}
        for key in firms:
            for o in self.survey.uses.pop(key, ()):
                o.skip = "firm"
        for key in self._spaced_elsewhere():
            for o in self.survey.uses.pop(key, ()):
                o.skip = "joined"
        self._count_known(known_seen)
        if self.doc.format == "pdf":
            self._drop_chart_labels()
        self.survey.name_parts = self._name_parts()
        # the spans of the definitions found so far, sorted, so that each first use looks up only those
        # near it (the spans a nearby reading adds are the acronym's own letters, never a word it reads)
        spans = sorted((d.start, d.end) for ds in self.survey.definitions.values() for d in ds)
        taken = (spans, [a for a, _b in spans], max((b - a for a, b in spans), default=0))
        for key, uses in self.survey.uses.items():
            first = uses[0]
            if not any(d.at <= first.start and not d.glossary for d in self.survey.definitions.get(key, [])):
                self._nearby(first, taken)
                if not any(d.at <= first.start and not d.glossary for d in self.survey.definitions.get(key, [])):
                    self._other_case(first) or self._unlinked(first, taken)
        return self.survey

    def _spaced_elsewhere(self) -> set:
        """Letters the page also writes as two groups with a space between ("QZR QZT" and "QZRQZT"), never spelled
        out and in no glossary: the same name without its space, reported (or spelled out) where the two groups
        stand, not as letters of their own (set NN ac02, both readers: "LCRPCT" two lines after "LCR PCT")."""
        text = self.doc.text
        occs = self.survey.occurrences
        out = set()
        for o1, o2 in zip(occs, occs[1:]):
            if o1.block != o2.block or o1.plural or o2.start != o1.end + 1 or text[o1.end] != " " \
                    or o1.skip is not None or o2.skip is not None:
                # (each group a use of its own, reported where it is first used: not letters in a line of
                # capitals, "MINUTES OF THE QZ HB GROUP", which are left alone)
                continue
            key = key_of(o1.base + o2.base)
            if key in self.survey.uses and key not in self.survey.definitions and key not in self.glossary \
                    and key not in self.known:
                out.add(key)
        return out

    def _count_known(self, seen: list) -> None:
        """The uses of letters every reader knows that the document spells out (its glossary's "GP General
        Practitioner"), for the table's count: the rules never report them, so the survey reads no more of them
        than that (issue 19: "used never" for GP, used 90 times). Each is judged as any other letters are (not in
        a glossary, a contents line, a reference list, a line in capitals, ...)."""
        defined = self.survey.definitions
        for occ, sdoc in seen:
            if occ.key not in defined:
                continue
            if not occ.glossary:
                lo, hi = self._line_of(self._lines_of(sdoc, self.a.token_texts[occ.block]), sdoc, occ.token)
                occ.skip = self._why_not(occ, sdoc, lo, hi)
                if occ.skip is None:
                    self.survey.known_uses.setdefault(occ.key, []).append(occ)

    def _lines_of(self, sdoc, texts: list) -> tuple[list, list]:
        """A Doc's lines (:func:`_lines`) and their first tokens, read once for each distinct Doc (blocks of the
        same text share one): the survey asks only for the blocks holding letters it must read."""
        got = self._doc_lines.get(id(sdoc))
        if got is None:
            lines = _lines(sdoc, texts)
            got = self._doc_lines[id(sdoc)] = (lines, [lo for lo, _hi in lines])
        return got

    @staticmethod
    def _line_of(lines: tuple[list, list], sdoc, i: int) -> tuple[int, int]:
        """The line (token range) holding token ``i``: the last one starting at or before it (a token that could
        be an acronym is never a line break); the whole Doc where it has no line."""
        spans, starts = lines
        return spans[max(0, bisect_right(starts, i) - 1)] if spans else (0, len(sdoc))

    def _other_case(self, occ: Occurrence) -> bool:
        """The letters defined before in other capitals, as a word in brackets after its words: "Department
        for Environment, Food and Rural Affairs (Defra)", then "DEFRA". The same letters, whatever their
        capitals, are one acronym, so the first use is defined."""
        if len(occ.key) < 3:
            return False
        words = self._bracketed_words
        if words is None:
            # every word alone in brackets, read once for the document: its letters in capitals -> matches
            words = self._bracketed_words = {}
            for m in _BRACKETED_WORD.finditer(self.a.document.text):
                words.setdefault(m.group(1).upper(), []).append(m)
        for m in words.get(occ.key, ()):
            if m.start() >= occ.start:
                break
            if m.group(1) == occ.base or not m.group(1)[:1].isupper():
                continue
            bi = bisect_right(self.a.blocks, m.start(), key=lambda b: b.start) - 1
            if bi < 0:
                continue
            block, sdoc = self.a.blocks[bi], self.a.block_docs[bi]
            k = next((t.i for t in sdoc if block.start + t.idx >= m.start()), len(sdoc))
            words = self._words(sdoc, max(0, k - len(occ.key) - 8), k)
            for span in _initials_in_a_row(_letters(occ.key), words):
                if span[-1] is not words[-1]:
                    continue  # the words end at the bracket
                d = Definition(key=occ.key, acronym=m.group(1), expansion=sdoc[span[0].start:span[-1].end].text,
                               start=block.start + sdoc[span[0].start].idx, end=m.end(), at=m.start(1),
                               form="other-case")
                self.survey.definitions.setdefault(occ.key, []).insert(0, d)
                return True
        return False

    def _token_starts(self, bi: int) -> list:
        """Block ``bi``'s tokens' offsets in the block (each Token's ``idx``), read as one array
        once per block, not from a Token made at each step of a search."""
        return self.a.token_starts(bi)

    def _unlinked(self, occ: Occurrence, taken_index) -> None:
        """The words the letters stand for, written without brackets in the blocks just before the first
        use (within :data:`_UNLINKED_REACH` characters: "submit an Expression of Interest by May. ... The
        EOI must", a heading "Non-Executive Director Roles" above "NED", a list item "urinary tract
        infections" above "UTIs"). The letters are not undefined, only not linked to their words: a
        definition of the form "unlinked" (at the letters, the words as its expansion). Two letters need
        their words in capitals ("Business Committee" for BC, not "over time" for OT)."""
        spans, starts, longest = taken_index
        blocks = self.a.blocks
        names = len(occ.key) < 3
        # near (a paragraph or two, a heading, a list item before), then further up the same part of the
        # document (the title and first paragraph above a sub-heading, a list a few paragraphs up, the row above
        # in a table a PDF gives cell by cell), where only the words exactly are taken (_exact_words)
        for reach, most, strict in ((_UNLINKED_REACH, _UNLINKED_BLOCKS, False),
                                    (_UNLINKED_FAR, _UNLINKED_FAR_BLOCKS, True)):
            text_start = occ.start - reach
            bi = occ.block
            # a table's cells are short blocks: further up the same table, the twelve blocks are a row or two; its
            # cells count as one part, up to the reach in characters ("Local Government Ombudsman" in a row's first
            # cell, "(with the QZO)" a few rows down)
            table = blocks[occ.block].table[0] if strict and blocks[occ.block].table else None
            while bi >= 0 and (occ.block - bi <= most or (
                    table is not None and occ.block - bi <= _UNLINKED_TABLE_BLOCKS
                    and blocks[bi].table is not None and blocks[bi].table[0] == table)):
                block = blocks[bi]
                if block.end < text_start:
                    break
                if block.kind != "header-footer":
                    sdoc = self.a.block_docs[bi]
                    hi = occ.token if bi == occ.block else len(sdoc)
                    if strict and occ.block - bi <= _UNLINKED_BLOCKS:
                        # the near pass read this block from its reach on: only what lies before it (and a name's
                        # length past it, for words across the edge) is new
                        cut = bisect_left(self._token_starts(bi), occ.start - _UNLINKED_REACH - block.start, 0, hi)
                        hi = min(hi, cut + len(occ.key) + 6)
                    lo = bisect_left(self._token_starts(bi), text_start - block.start, 0, hi)
                    if lo < hi:
                        taken = [(a, b) for a, b in spans[bisect_left(starts, block.start - longest):
                                                           bisect_left(starts, block.end)] if b > block.start]
                        if self._spelled_in(occ, sdoc, (lo, hi), bi, taken, names=names, form="unlinked",
                                            strict=strict):
                            return
                bi -= 1

    def _name_parts(self) -> frozenset:
        """Starts of the uses that are part of a name rather than the letters used alone: inside the words
        another acronym spells out ("University Hospital Sussex NHSFT (UHS)", "SEND Information, Advice
        and Support Service (SENDIASS)"), or in a law's title ("the SEND Regulations 2014")."""
        spans = sorted((d.start, d.end, d.key, d.at) for ds in self.survey.definitions.values() for d in ds
                       if not d.glossary and d.form in _NAMED_FORMS)
        starts = [a for a, _e, _k, _at in spans]
        ats = {d.at for ds in self.survey.definitions.values() for d in ds}
        text = self.a.document.text
        out = set()
        for uses in self.survey.uses.values():
            for o in uses:
                if o.start in ats:
                    continue  # the letters being spelled out there
                k = bisect_right(starts, o.start)
                # letters after the spelled-out ones in the same brackets ("Annual Status Reports (QSRs, QPRs and
                # PRs)") stand beside them, not inside their words: their own letters to spell out (set R ac07h)
                if any(key != o.key and o.end <= end and not (at < o.start and ")" not in text[at:o.start])
                       for _a, end, key, at in spans[max(0, k - 8):k]) or \
                        self._in_law_title(o):
                    out.add(o.start)
        return frozenset(out)

    def _in_law_title(self, o: Occurrence) -> bool:
        """Is this use inside a law's title: capitalised words after it, then Act, Regulations, Order,
        Bill, Rules or Code, then a year within a few words ("the SEND Regulations 2014", "the XYZ
        (Amendment) Order 2020", "the SEND Code of Practice 2015")?"""
        texts = self.a.token_texts[o.block]
        k = o.token + 1
        seen = 0
        while k < len(texts) and seen < 6:
            tx = texts[k]
            if tx in _LAW_WORDS:
                # a code of practice is named without its year too: "the SEND Code of Practice"
                return any(_YEAR.match(t) for t in texts[k + 1:k + 8]) or (
                    tx == "Code" and [t for t in texts[k + 1:k + 5] if not t.isspace()][:2] == ["of", "Practice"])
            if tx.isspace() or tx in ("(", ")", ",") or tx.lower() in SMALL_WORDS or _capitalised(tx):
                seen += not tx.isspace()
                k += 1
                continue
            return False
        return False

    def _drop_chart_labels(self) -> None:
        """Letters met only as labels of a chart or diagram in a PDF ("LRF" in a box, "MSOA" on an axis):
        each use alone in a block of three words or fewer, never spelled out, not in the glossary.
        Such letters are part of a picture, not of the text a reader follows."""
        short: dict = {}
        for key in list(self.survey.uses):
            if key in self.survey.definitions or key in self.glossary:
                continue
            uses = self.survey.uses[key]
            if all(self.a.blocks[o.block].kind not in ("heading", "table-cell") and self._short_block(o.block, short)
                   for o in uses):
                for o in uses:
                    o.skip = "chart-label"
                del self.survey.uses[key]

    def _short_block(self, bi: int, cache: dict) -> bool:
        got = cache.get(bi)
        if got is None:
            got = cache[bi] = sum(1 for t in self.a.block_docs[bi] if _is_word_token(t)) <= 3
        return got

    def _nearby(self, occ: Occurrence, taken_index) -> None:
        """The words spelled out in the same sentence, without brackets, count as a definition:
        "(or IMD 1, the lowest decile in the national Index of Multiple Deprivation)"."""
        sdoc = self.a.block_docs[occ.block]
        bounds = (0, len(sdoc))
        for si in self.a.block_sentences[occ.block]:
            sent = self.a.sentences[si]
            if sent.tok_start <= occ.token < sent.tok_end:
                bounds = (sent.tok_start, sent.tok_end)
                break
        sentence = bounds
        # words spelled out far from the letters do not define them, and a sentence of thousands of
        # words would be read once for each acronym in it
        bounds = (max(bounds[0], occ.token - _NEARBY_REACH), min(bounds[1], occ.token + _NEARBY_REACH))
        spans, starts, longest = taken_index
        # this block, the one before (a cell before) and the one after (a sentence running on)
        blocks = self.a.blocks
        lo, hi = blocks[max(0, occ.block - 1)].start, blocks[min(len(blocks) - 1, occ.block + 1)].end
        taken = [(a, b) for a, b in spans[bisect_left(starts, lo - longest):bisect_left(starts, hi)] if b > lo]
        if self._spelled_in(occ, sdoc, bounds, occ.block, taken):
            return
        if self._runs_on(occ.block, sdoc, sentence):
            # the sentence runs on into the next block, the layout having split it:
            # "CQC QA Process and RM Governance Embedding: Quality Assurance | processes and Risk Management ..."
            ndoc = self.a.block_docs[occ.block + 1]
            nb = (0, len(ndoc))
            for si in self.a.block_sentences[occ.block + 1][:1]:
                nb = (self.a.sentences[si].tok_start, self.a.sentences[si].tok_end)
            nb = (nb[0], min(nb[1], nb[0] + _NEARBY_REACH))
            if self._spelled_in(occ, ndoc, nb, occ.block + 1, taken, names=True):
                return
        # the cell or line just before, when it is short: "Mixed Sex Accommodation Breaches | MSA Breaches"
        lead = 0
        while lead < len(sdoc) and (sdoc[lead].is_space or sdoc[lead].is_punct or sdoc[lead].like_num
                                    or sdoc[lead].text in _BULLETS):
            lead += 1  # "6.2 CVI registration", "• MSA breaches"
        if occ.token == lead and occ.block > 0:
            prev = self.a.block_docs[occ.block - 1]
            if sum(1 for t in prev if _is_word_token(t)) <= 12:
                self._spelled_in(occ, prev, (0, len(prev)), occ.block - 1, taken)

    def _runs_on(self, bi: int, sdoc, bounds) -> bool:
        """Does the sentence ending block ``bi`` run on into the next block (no full stop, next starts in lower case)?"""
        if bi + 1 >= len(self.a.blocks):
            return False
        block, nblock = self.a.blocks[bi], self.a.blocks[bi + 1]
        if nblock.kind != block.kind or block.kind in ("heading", "header-footer", "table-cell"):
            return False
        rest = [t for t in sdoc[bounds[1]:] if not t.is_space]
        words = [t for t in sdoc[bounds[0]:bounds[1]] if not t.is_space]
        if rest or not words or words[-1].text in (".", "!", "?", ":", ";"):
            return False
        ndoc = self.a.block_docs[bi + 1]
        first = next((t for t in ndoc if not t.is_space), None)
        return first is not None and first.is_alpha and first.is_lower

    def _spelled_in(self, occ: Occurrence, sdoc, bounds, bi: int, taken, names: bool = False,
                    form: str = "nearby", strict: bool = False) -> bool:
        """Are the acronym's words in ``sdoc[bounds]``, one after another? With ``names``, only in capitals
        ("Risk Management", not "criminal and sexual exploitation" for CSE)."""
        if not self._may_start(sdoc, bounds, occ.base):
            return False
        block_start = self.a.blocks[bi].start
        words = self._words(sdoc, *bounds)
        if bi == occ.block:
            words = [w for w in words if w.start != occ.token]
        words = [w for w in words if acronym_form(w.text) is None]
        if taken and words:
            # the words' offsets read from the block's array (``sdoc`` is block ``bi``'s Doc), not a Token each
            if sdoc.doc is sdoc:
                idx = self._token_starts(bi)
                words = [w for w in words if not any(a <= block_start + idx[w.start] < b for a, b in taken)]
            else:
                words = [w for w in words if not any(a <= block_start + sdoc[w.start].idx < b for a, b in taken)]
        # contiguous in the text: no word of the sentence left out between them
        for span in _initials_in_a_row(_letters(occ.base), words):
            if names and not all(w.free or w.text[:1].isupper() for w in span):
                continue
            if form == "unlinked" and not _name_like(sdoc[span[0].start:span[-1].end], span):
                continue
            if strict and not self._exact_words(occ, sdoc, span):
                continue
            # the exact words within the near reach in characters, only more blocks back (a table's short cells):
            # as near as the near pass's words, so not "far"
            far = strict and occ.start - (block_start + sdoc[span[0].start].idx) > _UNLINKED_REACH
            d = Definition(key=occ.key, acronym=occ.text, expansion=sdoc[span[0].start:span[-1].end].text,
                           start=occ.start, end=occ.end, at=occ.start, form=form, far=far)
            self.survey.definitions.setdefault(occ.key, []).insert(0, d)
            return True
        return False

    def _may_start(self, sdoc, bounds, base: str) -> bool:
        """Could :meth:`_spelled_in` find the letters' words in ``sdoc[bounds]``? Every run it takes starts with
        a word whose lower case (its lexeme's, ``str.lower``) starts with the letters' first letter in lower case
        (:func:`fit._initials_in_a_row`); where no token of the stretch does, no. One search of the tokens'
        texts joined and lower-cased, in C (a character before each token, so that only a token's start is
        found), for a block's Doc (a Span: yes). About two uses in three on 1 MB (1,800 of 2,644 asked) have no
        such token near, and were each read word by word for nothing (tests/test_speed_shortcuts_spelled.py)."""
        if sdoc.doc is not sdoc or not base[:1].isalpha():
            return True
        got = self._doc_texts.get(id(sdoc))
        if got is None or got[0] is not sdoc:
            return True
        return "\0" + base[0].lower() in "\0" + "\0".join(got[1][slice(*bounds)]).lower()

    def _exact_words(self, occ: Occurrence, sdoc, span) -> bool:
        """Are words found further up exactly the letters' words: nothing but a hyphen, an ampersand or an
        apostrophe between them; a name in capitals ("Health Protection", "Kent & Medway Resilience Forum"), or
        one word for each letter with a small word only where the letters have a small letter ("experts by
        experience" for EbE; not "internal capacity to" for ICT, "seconded by Cllr" for SBC, "consistent,
        sustainable system" for CSS); and, for letters the glossary knows, one of its meanings ("Vibrant civil
        society" is not the VCS readers know)."""
        between = [t for t in sdoc[span[0].start:span[-1].end] if not t.is_space]
        if any(t.is_punct and t.text not in ("-", "–", "&", "'", "’") or not (t.is_alpha or t.is_punct)
               for t in between):
            return False
        if span[-1].free:
            return False
        if not all(w.free or w.text[:1].isupper() for w in span):
            letters = _letters(occ.base)
            if len(span) != len(letters) or any(w.free and not low for w, (_c, low) in zip(span, letters)):
                return False
        entry = self.glossary.get(occ.base) or self.glossary.get(occ.key) if self.glossary else None
        if entry is not None:
            said = " ".join(w.low for w in span).rstrip("s")
            return any(e.lower().rstrip("s") == said for e in entry.expansions)
        return True

    @staticmethod
    def _first_word(sdoc, lo: int, hi: int) -> int:
        for k in range(lo, hi):
            t = sdoc[k]
            if t.is_space or t.text in _BULLETS or t.is_punct:
                continue
            if (t.like_num or (len(t.text) <= 4 and t.text.lower().strip("().") in ("i", "ii", "iii", "iv", "v", "a", "b", "c", "d"))) \
                    and k + 1 < hi and sdoc[k + 1].text in (".", ")"):
                continue
            return k
        return -1

    def _merge_plural_capitals(self, known_seen: set) -> set:
        """'AHPS' beside 'AHP' in the same document is its plural in capitals; so are three letters ending in 'S'
        beside the two before it ('GPS' beside 'GP', a slip of the shift key for 'GPs'), where the two are letters
        every reader knows or the glossary or the page defines, and the three are none of these ('GPS' on a page
        that never writes 'GP' is satellite positioning; 'ICS' beside 'IC' and 'NHS' are letters of their own).
        Returns the ids of the occurrences now read as letters every reader knows ('GPS' beside 'GP'), which are
        dropped as those are (set PP ac: "spell out 'GPS'" was wrong for both readers)."""
        keys = {o.key for o in self.survey.occurrences} | set(self.survey.definitions)
        dropped: set = set()
        for o in self.survey.occurrences:
            if len(o.key) >= 4 and o.key.endswith("S") and o.key[:-1] in keys:
                o.key, o.base, o.plural = o.key[:-1], o.base[:-1], True
            elif len(o.key) == 3 and o.key.endswith("S") and o.base == o.key and not o.plural \
                    and self._shifted_plural(o.key, keys, known_seen):
                o.key, o.base, o.plural = o.key[:-1], o.base[:-1], True
                if o.key in self.known:
                    dropped.add(id(o))
        if dropped:
            self.survey.occurrences = [o for o in self.survey.occurrences if id(o) not in dropped]
        numbered: dict = {}
        for o in self.survey.occurrences:
            m = _TRAILING_DIGITS.match(o.base)
            if m and len(m.group(1)) >= 2:
                numbered.setdefault(key_of(m.group(1)), set()).add(o.key)
        renamed: dict = {}
        for o in self.survey.occurrences:
            m = _TRAILING_DIGITS.match(o.base)
            if m and len(m.group(1)) >= 2 and (key_of(m.group(1)) in keys or len(numbered[key_of(m.group(1))]) >= 2):
                # a footnote number glued on, or numbered kinds of one thing: "PEH1", "IMD2", "SO1 ... SO6"
                renamed[o.key] = key_of(m.group(1))
                o.key = key_of(m.group(1))
        defs = self.survey.definitions
        for old, new in renamed.items():
            # "ICP3 (indicative cost and performance assessments)" then defines the ICP its uses count under
            if old in defs and old != new:
                for d in defs.pop(old):
                    d.key = new
                    defs.setdefault(new, []).append(d)
                defs[new].sort(key=lambda d: d.at)
        for k in list(defs):
            if len(k) >= 4 and k.endswith("S") and k[:-1] in keys:
                for d in defs.pop(k):
                    d.key = k[:-1]
                    defs.setdefault(d.key, []).append(d)
                defs[k[:-1]].sort(key=lambda d: d.at)
        return dropped

    def _shifted_plural(self, key: str, keys: set, known_seen: set) -> bool:
        """Are three letters ending in 'S' ('GPS') the plural of the two before it typed with the shift key held,
        the page writing the two ('GP' in ``keys`` or ``known_seen``), these known to readers, the glossary or the
        page's definitions, and the three known to none of these nor defined on the page?"""
        one = key[:-1]
        if one not in keys and one not in known_seen:
            return False
        if not (one in self.known or one in self.glossary or one in self.survey.definitions):
            return False
        return key not in self.known and key not in self.glossary and key not in self.survey.definitions

    def _letter_series(self) -> set:
        """Bases that are codes in a lettered series, not acronyms: grades or bands such as
        "KSA", "KSB", "KSC". A stem is a series when two of its lettered forms are joined as a
        range ("grades GRA to GRD", "GRA – GRR") or three of them run on in the alphabet ("GRA,
        GRB and GRC", or spaced in a table, "GR A GR B GR C"), and none is defined in the
        document or known to the glossary. The set holds every lettered form of such a stem, and
        the stem itself (read before a spaced letter)."""
        forms: dict = {}  # stem -> set of lettered bases
        ranged: set = set()
        spaced: dict = {}
        for o in self.survey.occurrences:
            b = o.base
            if not (b.isalpha() and b.isupper()):
                continue
            sdoc = self.a.block_docs[o.block]
            after = [t for t in sdoc[o.token + 1:o.token + 4] if not t.is_space]
            if len(b) >= 2 and after and len(after[0].text) == 1 and after[0].text.isupper() \
                    and after[0].text.isalpha() and sdoc[o.token].whitespace_:
                spaced.setdefault(b, set()).add(after[0].text)  # "KS R KS Q": the table's spaced form
            if len(b) < 3:
                continue
            forms.setdefault(b[:-1], set()).add(b)
            if len(after) >= 2 and after[0].lower_ in ("to", "-", "–", "—", "through"):
                other = acronym_form(after[1].text)
                if other and other[0] != b and len(other[0]) == len(b) and other[0][:-1] == b[:-1] \
                        and other[0][-1].isalpha():
                    ranged.add(b[:-1])
        out: set = set()
        for stem in set(forms) | set(spaced):
            members = forms.get(stem, set())
            letters = {b[-1] for b in members} | spaced.get(stem, set())
            if any(key_of(b) in self.known or b in self.glossary or key_of(b) in self.survey.definitions
                   for b in members | {stem}):
                continue
            lasts = sorted(ord(c) for c in letters)
            run = best = 1
            for x, y in zip(lasts, lasts[1:]):
                run = run + 1 if y == x + 1 else 1
                best = max(best, run)
            if stem in ranged or (len(lasts) >= 3 and best >= 3):
                out |= members
                if stem in spaced:
                    out.add(stem)
        return out

    def _promote_entry_runs(self) -> None:
        entries = sorted((d for ds in self.survey.definitions.values() for d in ds if d.form in ("entry", "table")),
                         key=lambda d: d.at)
        run: list = []

        def close():
            if len(run) >= 3:
                for d in run:
                    d.glossary = True
                ats = {d.at for d in run}
                for o in self.survey.occurrences:
                    if o.start in ats:
                        o.glossary = True
            run.clear()

        for d in entries:
            if run:
                gap = self.a.document.text[run[-1].end:d.start]
                if len(gap) > 200 or self.a.document.block_at(d.start) is None:
                    close()
            run.append(d)
        close()

    def _glossary_blocks(self) -> set:
        """Indexes of blocks in a glossary or abbreviations section."""
        out: set = set()
        blocks = self.a.blocks
        inside = False
        level = None
        for bi, b in enumerate(blocks):
            text = self.a.document.text[b.start:b.end]
            # (short: up to 80 characters and 8 words, split into words only where the heading's pattern matches)
            if b.kind == "heading":
                if _GLOSSARY_HEADING.match(text) and _short(text):
                    inside, level = True, b.level
                    out.add(bi)
                    continue
                if inside and self._looks_like_entry(bi):
                    out.add(bi)  # plain text makes a short line like "ICB – Integrated Care Board" a heading
                    continue
                if inside and (level is None or b.level is None or b.level <= level):
                    inside = False
                    continue
            elif _GLOSSARY_HEADING.match(text) and _short(text) and text.strip().rstrip(":").lower() == \
                    _GLOSSARY_HEADING.match(text).group(0).strip().rstrip(":").lower():
                inside, level = True, None
                out.add(bi)
                continue
            if inside:
                out.add(bi)
        return out

    def _column_glossary(self, glossary_blocks: set) -> None:
        """A glossary laid out in columns, which a PDF gives as a block of acronyms and then blocks of
        meanings ("A&E AUR CVD ..." then "Accident and Emergency", "Appliance Use Review", ...): each
        acronym, in order, takes the words that spell it out from where the previous one's ended."""
        a = self.a
        order = sorted(glossary_blocks)
        k = 0
        while k < len(order):
            acrs = []
            while k < len(order):
                sdoc = a.block_docs[order[k]]
                words = [x for x in sdoc if _is_word_token(x)]
                if len(words) >= 4 and all(acronym_form(x.text) for x in words):
                    acrs.extend((order[k], x) for x in words)
                    k += 1
                else:
                    break
            if not acrs:
                k += 1
                continue
            stream: list = []  # (block index, _W) of the meanings that follow
            while k < len(order):
                sdoc = a.block_docs[order[k]]
                words = [x for x in sdoc if _is_word_token(x)]
                if len(words) >= 4 and all(acronym_form(x.text) for x in words):
                    break
                stream.extend((order[k], w) for w in self._words(sdoc, 0, len(sdoc)))
                k += 1
            pos = 0
            for bi, tok in acrs:
                base = acronym_form(tok.text)[0]
                r = None
                # the words start where the last meaning ended; if a meaning could not be matched (or is
                # missing), look a few words further on for the start of this one
                for skip in range(0, 9):
                    window = [w for _b, w in stream[pos + skip:pos + skip + len(_letters(base)) + 6]]
                    r = fits(base, window, "prefix") if window else None
                    if r is not None and r[0] == 0 and window[0].text[:1].isupper():
                        pos += skip
                        break
                    r = None
                if r is None:
                    continue
                eb, first = stream[pos]
                lb, last = stream[pos + r[1]]
                edoc = a.block_docs[eb]
                exp = first.text if (eb, first.start) == (lb, last.start) else (
                    edoc[first.start:last.end].text if eb == lb else
                    " ".join(w.text for _b, w in stream[pos:pos + r[1] + 1]))
                block = a.blocks[bi]
                d = Definition(key=key_of(base), acronym=tok.text, expansion=_norm_expansion(exp),
                               start=block.start + tok.idx, end=block.start + tok.idx + len(tok.text),
                               at=block.start + tok.idx, form="columns", glossary=True)
                self.survey.definitions.setdefault(d.key, []).append(d)
                pos += r[1] + 1

    def _looks_like_entry(self, bi: int) -> bool:
        """Does the block start with an acronym and then its words ('ICB – Integrated Care Board')?"""
        sdoc = self.a.block_docs[bi]
        k = self._first_word(sdoc, 0, len(sdoc))
        if k < 0 or acronym_form(sdoc[k].text) is None:
            return False
        rest = [t for t in sdoc[k + 1:] if _is_word_token(t)]
        return bool(rest) and (k + 1 < len(sdoc) and (sdoc[k + 1].text in _SEPARATORS or sdoc[k + 1].is_space)
                               or any(c.islower() for c in rest[0].text) or rest[0].text.istitle())

    def _table_entries(self, glossary_blocks: set) -> dict:
        """(block, token) of a table cell holding only an acronym -> block of the next cell."""
        out = {}
        blocks = self.a.blocks
        for bi, b in enumerate(blocks[:-1]):
            if b.kind != "table-cell" or not b.table:
                continue
            nb = blocks[bi + 1]
            if nb.kind != "table-cell" or not nb.table:
                continue
            t, r, c = b.table
            if nb.table != (t, r, c + 1):
                continue
            sdoc = self.a.block_docs[bi]
            words = [tok for tok in sdoc if _is_word_token(tok)]
            if len(words) != 1 or acronym_form(words[0].text) is None:
                continue
            out[(bi, words[0].i)] = bi + 1
        return out

    def _table_def(self, bi, sdoc, tok, base, exp_bi, in_glossary) -> None:
        edoc = self.a.block_docs[exp_bi]
        lines = _lines(edoc)
        lo, hi = lines[0] if lines else (0, len(edoc))
        words = self._words(edoc, lo, hi)
        if not words:
            return
        r = fits(base, words, "prefix", lenient=True)
        if r is None and not in_glossary:
            return
        block = self.a.blocks[bi]
        eblock = self.a.blocks[exp_bi]
        first = r[0] if r else 0
        last = len(words) - 1
        exp = _norm_expansion(edoc[words[first].start:words[last].end].text).strip(" ,;:-–—")
        d = Definition(key=key_of(base), acronym=tok.text.rstrip("."), expansion=exp,
                       start=block.start + tok.idx, end=eblock.start + edoc[words[last].start].idx + len(words[last].text),
                       at=block.start + tok.idx, form="table", glossary=in_glossary)
        self.survey.definitions.setdefault(d.key, []).append(d)

    # -- is this token an acronym at all? ----------------------------------------------
    @staticmethod
    def _name_ends(sdoc, i: int) -> bool:
        """Does the name end at token ``i``: no capitalised word straight after it on the line?"""
        k = i + 1
        while k < len(sdoc) and sdoc[k].is_space and "\n" not in sdoc[k].text:
            k += 1
        return k >= len(sdoc) or not sdoc[k].text[:1].isupper()

    @staticmethod
    def _trade_ends_clause(sdoc, i: int) -> bool:
        """Is token ``i`` followed, on its line, by a stop or a word that goes on the sentence ("and", "has"), or
        by nothing?"""
        k = i + 1
        while k < len(sdoc) and sdoc[k].is_space and "\n" not in sdoc[k].text:
            k += 1
        if k >= len(sdoc) or "\n" in sdoc[k].text:
            return True
        t = sdoc[k].text
        return t in (".", ",", ";", ":", ")", "’s", "'s", "’", "'") or t.lower() in _AFTER_TRADE

    def _firm_sentence(self, occ: Occurrence) -> bool:
        """Does the sentence of the letters name a firm's parts or dealings (:data:`_FIRM_SENTENCE`)?"""
        block = self.a.blocks[occ.block]
        text = self.doc.text
        lo = max(block.start, text.rfind(". ", block.start, occ.start) + 1)
        hi = text.find(". ", occ.end, block.end)
        return _FIRM_SENTENCE.search(text, lo, hi if hi >= 0 else block.end) is not None

    @staticmethod
    def _compass_use(sdoc, k: int) -> bool:
        """Is token ``k``, just after a compass point's letters, one that makes them a direction: a word for a part of
        a place or a way of facing ("corner", "boundary", "facing"), or "of" before a place (a capitalised word,
        "the", a road's number)?"""
        t = sdoc[k]
        if t.lower_ in _COMPASS_SIDES and not t.text.isupper():
            return True
        if t.text != "of":
            return False
        v = k + 1
        while v < len(sdoc) and sdoc[v].is_space and "\n" not in sdoc[v].text:
            v += 1
        return v < len(sdoc) and bool(_COMPASS_PLACE.match(sdoc[v].text))

    def _why_not(self, occ: Occurrence, sdoc, lo: int, hi: int) -> Optional[str]:
        """Why the acronym-shaped token at ``occ`` is not an acronym (None: it is one)."""
        i = occ.token
        base = occ.base
        # a label of a name ("Lieutenant (DL)") does not make the letters the document's own acronym
        defined = any(d.form != "label" for d in self.survey.definitions.get(occ.key, ()))
        texts = self.a.token_texts[occ.block]  # read, not a Token made at each step (see _definitions_at)
        j = i - 1
        while j >= 0 and texts[j].isspace():
            j -= 1
        prev_t = sdoc[j] if j >= 0 else None
        k = i + 1
        while k < len(texts) and texts[k].isspace() and "\n" not in texts[k]:
            k += 1
        next_t = sdoc[k] if k < len(sdoc) else None
        if occ.block in self.reference_blocks:
            return "reference"  # a reference list: authors' initials, journal and publisher names
        if base in _FIGURE_LETTERS and not defined and self._figure(base, prev_t, next_t):
            return "figure"
        line = self._line_info(occ.block, sdoc, lo, hi)
        if line["toc"]:
            return "contents"  # a table of contents repeats the headings, where the letters are met
        if line["caps"] or i in line["runs"]:
            return "caps-line"
        # letters glued by a hyphen to a single capital or digit before them ("C-RP" for C-reactive protein,
        # "B-HCG", "5-HT"): part of one term, not letters standing alone; a glossary's guess for the part is wrong
        # (set ST ac10). Letters before a hyphen ("NHS-led", "ICB-wide") are untouched
        if occ.start >= 2 and self.doc.text[occ.start - 1] == "-" \
                and _GLUED_BEFORE.search(self.doc.text, max(0, occ.start - 3), occ.start):
            return "glued"
        if self._numeral(sdoc, i, base, defined, lo, hi):
            return "numeral"
        # postcodes: "LS1 4AP", "the post code RH1"
        if _POSTCODE_OUT.match(occ.text) and any(c.isdigit() for c in occ.text):
            if next_t is not None and _POSTCODE_IN.match(next_t.text) and next_t.text not in self.glossary:
                return "postcode"
            if any(t.lower_ in _POSTCODE_WORDS for t in sdoc[max(0, i - 3):i]):
                return "postcode"
        if prev_t is not None and _POSTCODE_OUT.match(prev_t.text) and any(c.isdigit() for c in prev_t.text) \
                and _POSTCODE_IN.match(occ.text) and occ.text not in self.glossary:
            return "postcode"
        # "NA" in a table: not applicable
        if base == "NA" and not defined:
            return "not-applicable"
        if base in _COMPANY:
            return "company"
        # a table's column heading flattened into the text, before the item's number: "REF 2007/01 MINUTES OF
        # ...", "NO 3.2" (not a year: "REF 2021" is the research framework)
        if base.lower() in _COLUMN_HEADINGS and not defined and next_t is not None and _ITEM_NUMBER.match(next_t.text) \
                and not _YEAR.match(next_t.text):
            return "column-heading"
        if next_t is not None and next_t.text == "Council" and not defined:
            return "name"  # a council's own name: "BCP Council" (not a business continuity plan)
        if base in ("FC", "AFC") and prev_t is not None and (_capitalised(prev_t.text) or acronym_form(prev_t.text)):
            return "company"  # a football club's name: "Leeds United AFC", "ABC FC"
        if next_t is not None and next_t.lower_.rstrip(".") in _NAME_ENDINGS and not defined \
                and base not in self.glossary and (next_t.text[:1].isupper() or next_t.text == "plc"):
            return "name"  # a company's or club's name: "SAIT Ltd", "ABC FC", "XYZ Recycling"
        if prev_t is not None and (prev_t.lower_, base) in _PRODUCT_NAMES:
            return "name"
        # letters the page itself calls a firm: "the software company QZX", "Acme Ltd (formerly QZX)"
        # (not letters the glossary or readers know: "formerly the CCG" still fires)
        if not defined and base not in self.glossary and occ.key not in self.glossary and occ.key not in self.known:
            if prev_t is not None and (prev_t.lower_ in _FIRM_WORDS or (
                    prev_t.text in _FIRM_KINDS)):
                return "firm"
            # a firm's trading name: the letters, then the trade its name ends with, capitalised, and nothing
            # capitalised after it ("QZE Energy", "consultants QZR Rail"; not "QZ Energy Strategy", a body's plan):
            # the letters are the firm's name at every use on the page (set ST ac22, ac40)
            if next_t is not None and next_t.lower_ in _TRADE_ENDINGS:
                if next_t.text.istitle() and self._name_ends(sdoc, k):
                    return "firm"
                # in lower case the trade ends the name only where no noun follows it, only a stop or a word that
                # goes on the sentence ("talks with QZE energy and the council"; not "cut QZ energy use", "QZ
                # energy by 2030", letters owning the energy): this use only (set ST ac18)
                if next_t.text.islower() and self._trade_ends_clause(sdoc, k):
                    return "name"
            # the page calls the letters a name in other ways (issue 17, the general reading): a trade mark's sign
            # straight after them ("QZX®", "QZX™"), "trading as QZX", or an app the letters name ("the QZX app")
            text = self.doc.text
            if text[occ.end:occ.end + 1] in ("®", "™") or lost_mark_tool(text, occ.end):
                return "firm"  # (or the sign read as a letter before a tool's word: "QZX R risk tool", :mod:`.glossed`)
            # capitals that read as a word, in a sentence that names a firm's parts or dealings ("two divisions of
            # the QZARO group", "re-branded under the SOLAVO group of companies"): the firm's brand, not letters
            # to spell out (set UV ac16, ac40, both readers wrong)
            if _word_like(base) and self._firm_sentence(occ):
                return "firm"
            if prev_t is not None and prev_t.lower_ in _INTRODUCER_LAST:
                h = j - 1
                while h >= 0 and texts[h].isspace():
                    h -= 1
                if h >= 0 and (sdoc[h].lower_, prev_t.lower_) in _NAME_INTRODUCERS:
                    return "firm"
            if next_t is not None and next_t.lower_ in _APP_WORDS and (next_t.text.islower() or next_t.text.istitle()):
                return "name"
        # a compass point: "NE of Moorside", "SW of the church", "the NE corner of the site" (a direction every reader
        # knows; set UV ac29, "north of the B road and NE of the village", wrong for both readers)
        if base.lower() in _COMPASS and not defined and next_t is not None and self._compass_use(sdoc, k):
            return "direction"
        # a conformity mark before "marked": "CE marked", "UKCA marked" (not "the QZS mark is written on
        # each form", where the letters may stand for a scheme readers need spelled out)
        if next_t is not None and next_t.lower_ == "marked" and not defined:
            return "mark"
        # a label before its value: "RGB: 0/94/184", "QZ: 12.5" (letters no glossary knows)
        if next_t is not None and next_t.text == ":" and not defined and base not in self.glossary \
                and occ.key not in self.glossary and k + 1 < len(sdoc):
            v = k + 1
            while v < len(sdoc) and sdoc[v].is_space and "\n" not in sdoc[v].text:
                v += 1
            if v < len(sdoc) and _VALUE.match(sdoc[v].text):
                return "label"
        # a firm named after its founders: two initials joined by '&' (no letters the glossary or the known list
        # holds: "R&D Division") straight before a surname-like word ("Q&Z Barker were appointed"): a capitalised
        # word that ends the name, is no body's head word ("Q&Z Board", "Q&Z Partnerships") and is never written
        # in lower case in the document (so no common noun)
        if _FIRM_INITIALS.match(base) and not defined and base not in self.glossary and next_t is not None \
                and occ.key not in _listed_known() \
                and _SURNAME.match(next_t.text) and not {next_t.lower_, next_t.lower_[:-1]} & _BODY_HEADS \
                and self._name_ends(sdoc, k) \
                and not written_whole(self.doc.text, next_t.lower_):
            return "name"
        if base in _CHURCH_SCHOOL and next_t is not None and next_t.lower_ in _SCHOOL_WORDS:
            return "name"  # part of a school's name: "Davison CE High School", "St Joseph's RC Primary"
        if base == "PO" and next_t is not None and next_t.lower_ == "box":
            return "po-box"
        if next_t is not None and next_t.text == "=" and not defined:
            return "notation"  # statistics: "SD = 0.6"
        if base in _UNITS_ALWAYS or (base in _UNITS_AFTER_NUMBER and prev_t is not None and prev_t.like_num):
            return "unit"
        if base in _DECIBEL_SCALES and prev_t is not None and prev_t.text.endswith(("dB", "db")) and not defined:
            return "unit"  # "25 dB HL", "30dB HL": the decibel scale's reference (issue 17, session acr25)
        # a unit with a small letter first: "20 dBHL", "equivalent dBA" in a line of thresholds (:mod:`.units`)
        if base[0].islower() and not defined and base not in self.glossary and occ.key not in self.glossary \
                and occ.key not in self.known and is_unit(base, texts, i, lo, hi):
            return "unit"
        # hours after a time: "15:00 HRS", "1400 hrs" (the unit, not letters to spell out)
        if base in _HOURS and prev_t is not None and (
                _CLOCK.match(prev_t.text) or base == "HRS" and prev_t.like_num):
            return "unit"
        # letters after a name: "Helen Thomson DL", "Jane Smith FRCP, OBE", "Dr Jo Reed - MBBS, MRCGP"
        if base in _POSTNOMINALS and not defined:
            w = j
            while w >= 0 and (sdoc[w].text in (",", "(", ")", "-", "–", "—") or sdoc[w].is_space
                              or acronym_form(sdoc[w].text) and acronym_form(sdoc[w].text)[0] in _POSTNOMINALS):
                w -= 1
            if w >= 0 and _title(sdoc[w].text):
                return "post-nominal"
        # a company's legal form after its name: "National Maternity Voices CIC", "Smith Care Trust CIO"
        if base in _COMPANY_FORMS and not defined and j >= 0 and _capitalised(sdoc[j].text) and not _STARTS_NAME.match(
                self.doc.text, sdoc[j].idx + self.a.blocks[occ.block].start):
            w = self._word_before(sdoc, j)
            if w >= 0 and _capitalised(sdoc[w].text):
                return "company"
        # times: "10 AM"
        if base in ("AM", "PM") and prev_t is not None and (prev_t.like_num or re.match(r"\d", prev_t.text)):
            return "time"
        if len(base) <= 3 and base.isalpha() and not defined:
            # a person's initials: "Mr AB", "AB v CD"
            if prev_t is not None and prev_t.lower_.rstrip(".") in _PERSON_TITLES:
                return "initials"
            # a person's initials before a surname in a list after a title: "Councillors QZ Adams and XY Bell"
            if next_t is not None and _SURNAME.match(next_t.text) and self._in_named_list(sdoc, j):
                return "initials"
            if (next_t is not None and next_t.lower_ in ("v", "v.", "vs", "vs.")) or (
                    prev_t is not None and prev_t.lower_ in ("v", "v.", "vs", "vs.")):
                return "initials"
            # an author's initials in a reference: "Salmon JF. (2000)", "Wright, NM. 2020."
            if base not in self.glossary and next_t is not None and next_t.text in (".", ",", ";") and \
                    prev_t is not None and (_title(prev_t.text) or prev_t.text == "," and j >= 1 and _title(sdoc[j - 1].text)) \
                    and any(_YEAR.match(t.text) for t in sdoc[lo:hi]):
                return "initials"
        # a court's or law report's code in a citation: "[2017] UKSC 21", "[1985] 17 HLR 188",
        # "(2019) 165 BMLR 1", "[2018] Med LR 595"
        w = j
        steps = 0
        while w >= 1 and steps < 3 and (sdoc[w].like_num or sdoc[w].is_space or (
                w == j and len(sdoc[w].text) <= 4 and _title(sdoc[w].text))):
            w -= 1
            steps += 1
        if w >= 2 and sdoc[w].text in ("]", ")") and _YEAR.match(sdoc[w - 1].text) and \
                sdoc[w - 2].text == ("[" if sdoc[w].text == "]" else "("):
            return "citation"
        if self._shouted(base, defined):
            return "shouted"
        if not defined and SHIFT_SLIP.fullmatch(base) and base not in self.glossary and occ.key not in self.known \
                and base not in _POSTNOMINALS and is_dictionary_word(base.lower()):
            # a word or a first name typed with the shift key held a letter too long ("THe", "Contact: LIz Morgan"):
            # a slip of the word, not letters to spell out
            return "shift-slip"
        if not defined and self._brand_word(base, occ.key):
            return "brand-word"
        if not defined and base.isalpha() and (base.isupper() or _NAME_CASED.match(base)) and base not in self.glossary \
                and occ.key not in self.glossary and occ.key not in self.known:
            # a surname in capitals ("Trudy MCLEAY", "Cllr John SMITH") or a name written as a word in capitals
            # ("ISSUU", where the document also writes "Issuu"): the same word in a name's case elsewhere, or a
            # given name after a person's title just before it
            if len(base) >= 3 and self._name_case(occ.key):
                return "name"
            if len(base) >= 3 and j >= 2 and _title(sdoc[j].text):
                w = self._word_before(sdoc, j)
                if w >= 0 and sdoc[w].lower_.rstrip(".") in _PERSON_TITLES:
                    return "name"
            # a surname in capitals after a person's initial, the name in brackets or after a comma:
            # "(J. HARGREAVE)", "Chair, K. MOSSOP" (a word with a vowel, so not letters after a list label)
            if len(base) >= 4 and self._after_initial(sdoc, j) and any(c in "AEIOUY" for c in base):
                return "name"
        if prev_t is not None and prev_t.text in _NAMING_WORDS and not defined and base.isalpha() \
                and base.isupper() and len(base) >= 3 and is_dictionary_word(base.lower()):
            return "name"  # a word in capitals naming a plan or project: "Plan BEE", "Project ECHO"
        if base in _SERVICE_WORDS and prev_t is not None and not defined and base not in self.glossary \
                and occ.key not in self.known and prev_t.text.isupper() \
                and (prev_t.text in self.glossary or prev_t.text in self.known):
            # a short word in capitals after letters readers are told of, ending a service's or a system's name:
            # "the EHC HUB", "the NHS APP" (a list of such words: "NIHR ARC", "GMC ELA" are letters)
            return "name"

        if base in self.series:
            return "series"  # a code in a lettered series: grades "KSA", "KSB", "KSC"
        return None

    def _figure(self, base: str, prev_t, next_t) -> bool:
        """Are letters of _FIGURE_LETTERS a figure of speech here: a thing's nature ("in our DNA", "the county's
        DNA", "the DNA of the town"), no noun after them that they modify ("our DNA samples", "our DNA rate"), on a page that never
        says the science's cue words (the glossary entry's last meaning: "genes", "genetic", "virus")? Else the
        letters are the science's, or a missed appointment, as before."""
        if prev_t is None:
            return False
        owned = prev_t.lower_ in _FIGURE_OWNERS
        of_frame = prev_t.lower_ == "the" and next_t is not None and next_t.lower_ == "of"
        if not (owned or of_frame):
            return False
        if next_t is not None and next_t.is_alpha and not next_t.is_stop:
            return False  # a noun the letters modify: "our DNA samples", "our DNA rate" (missed appointments)
        entry = self.glossary.get(base)
        cues = entry.cues[-1] if entry is not None and entry.cues else ()
        return not any(self.a.word_count(c) for c in cues)

    @staticmethod
    def _in_named_list(sdoc, j: int) -> bool:
        """Does a person's title ("Councillors", "Mrs") start the run of names that token ``j`` ends: back over
        surnames, initials, commas and 'and' (at most a dozen tokens), on the same line?"""
        steps = 0
        while j >= 0 and steps < 12:
            t = sdoc[j].text
            if "\n" in t:
                return False
            if t.lower().rstrip(".") in _PERSON_TITLES:
                return True
            if not (sdoc[j].is_space or t in (",", "and", "&") or _SURNAME.match(t)
                    or (len(t.rstrip(".")) <= 3 and t.rstrip(".").isalpha() and t.rstrip(".").isupper())):
                return False
            j -= 1
            steps += 1
        return False

    def _after_initial(self, sdoc, j: int) -> bool:
        """Is token ``j`` (the one before the letters) a person's initial, "J." or "J" then ".", that opens a
        name: at the start of the line, after a bracket, a comma, a colon, 'by' or 'from' ("Report by W. TUCKLEY"),
        a person's title or another initial?"""
        if j < 0:
            return False
        if sdoc[j].text == "." and j >= 1 and len(sdoc[j - 1].text) == 1 and sdoc[j - 1].text.isupper():
            j -= 1
        elif not (len(sdoc[j].text) == 2 and sdoc[j].text[0].isupper() and sdoc[j].text[1] == "."):
            return False
        w = self._word_before(sdoc, j)
        if w < 0 or "\n" in sdoc[w].text:
            return True
        before = sdoc[w].text
        return before in ("(", ",", ":", "by", "By", "from", "From") or before.lower().rstrip(".") in _PERSON_TITLES or (
            len(before) == 2 and before[0].isupper() and before[1] == ".")

    def _name_case(self, base: str) -> bool:
        """Does the document write these letters as a name elsewhere: in title case ("Issuu", "Mcleay") or
        with a surname's prefix ("McLEAY", "MacDONALD")? (Not "DoLS" for DOLS: the same acronym; nor a word
        alone in brackets, the letters written in other capitals: "... for Adult Behaviour (Qlab)".)"""
        got = self._name_case_of.get(base)
        if got is None:
            if self._name_cases is None:
                self._name_cases = {}
                for w in self._all_words:
                    if _NAME_CASED.match(w):
                        self._name_cases.setdefault(w.upper(), []).append(w)
            forms = self._name_cases.get(base, ())
            if forms and self._bracketed_alone is None:
                self._bracketed_alone = set(_ALONE_IN_BRACKETS.findall(self.doc.text))
            got = self._name_case_of[base] = any(w not in self._bracketed_alone for w in forms)
        return got

    def _wordlike(self, b: str) -> bool:
        """Is this capitalised word an ordinary word rather than an acronym ("ISSUES", "DRAFT")?"""
        if not (b.isalpha() and b.isupper()) or b in self.glossary or key_of(b) in self.known:
            return False
        if b in _SHOUTED:
            return True
        low = b.lower()
        if len(b) >= 2 and low in self.lower_words:
            return True
        if len(b) >= 8:
            return True  # acronyms this long are rare; a long word in capitals is shouting ("WORKFORCE")
        return len(b) >= 4 and is_dictionary_word(low)

    def _brand_word(self, base: str, key: str) -> bool:
        """A name written partly in capitals whose capitals spell a word ("OpCOURAGE", "myTHRIVE"): a service's
        or a brand's name, not initials. The word must be five letters or more and said as a word in the
        pronouncing dictionary (not spelled out); shorter runs ("eSEND", "iCAMHS") may be real letters and stay."""
        m = _BRAND_WORD.match(base)
        if m is None:
            return False
        run = m.group(1)
        if run in self.glossary or key in self.glossary or key in self.known or key_of(run) in self.known:
            return False
        return is_dictionary_word(run.lower())

    def _word_shaped(self, b: str) -> bool:
        """Letters in capitals shaped like a word, not initials: five or more, two in five of them vowels
        ("MEETIN", "KILMORY"; not "NWADASS" or "CASBRAC"), and not letters the glossary knows."""
        return len(b) >= 5 and b.isalpha() and b.isupper() and b not in self.glossary and key_of(b) not in self.known \
            and sum(1 for c in b if c in "AEIOUY") * 5 >= 2 * len(b)

    def _shouted(self, base: str, defined: bool) -> bool:
        """A word written in capitals for emphasis, not an acronym."""
        if not base.isalpha() or not base.isupper():
            return False
        if base in _SHOUTED:
            return not defined
        if defined:
            return False
        return self._wordlike(base)

    def _line_info(self, bi: int, sdoc, lo: int, hi: int) -> dict:
        """Per line: is it a contents line, is it all in capitals, which tokens are in runs of capitals.
        Worked out once per line of each distinct Doc: blocks of the same text share one Doc, and what is
        found depends on the line's tokens and the document's word sets alone (``lo``, ``hi`` are a line of
        the Doc, ``_lines``)."""
        key = (id(sdoc), lo)
        info = self._lines_cache.get(key)
        if info is not None:
            return info
        texts = self.a.token_texts[bi]
        # read from the tokens' texts: a Token object only for a word whose flags matter
        toc = _has_leaders(texts[lo:hi])
        # (lettered, capital) of each token, worked out once per text for the document
        cache = self._caps_flags
        get = cache.get

        def work_out(tx):
            f = cache[tx] = (_lettered(sdoc.vocab, tx),
                             acronym_form(tx) is not None or not any(c.islower() for c in tx))
            return f

        flags = [get(tx) or work_out(tx) for tx in texts[lo:hi]]  # (a pair is never false)
        lettered = [k for k in range(lo, hi) if flags[k - lo][0]]

        def capital(tx):
            return cache[tx][1]

        def base(tx):
            f = acronym_form(tx)
            return f[0] if f else tx

        def address(k):
            t = sdoc[k]
            return t.like_url or t.like_email

        caps = False
        # every word (web and e-mail addresses aside) in capitals, and two or more of them
        if all(capital(texts[k]) or address(k) for k in lettered):
            words = [texts[k] for k in lettered if not address(k)]
            if len(words) >= 2:
                shouted = sum(1 for tx in words if self._wordlike(base(tx)))
                caps = shouted >= 1 and (shouted * 3 >= len(words) or len(words) >= 3)
        runs: set = set()
        run: list = []

        def close():
            if len(run) >= 3 and sum(1 for k in run if self._wordlike(base(texts[k]))) * 2 >= len(run):
                runs.update(run)
            elif len(run) >= 2:
                # beside a word in capitals, a long word-shaped one is a word too, cut short or a place's name
                # ("OVERNIN BODY MEETIN" for GOVERNING BODY MEETING, "KILMORY, LOCHGILPHEAD"); the cheap shape
                # test first, the dictionary only where it passes
                shaped = [k for k in run if self._word_shaped(base(texts[k]))]
                if shaped and any(self._wordlike(base(texts[k])) for k in run if k not in shaped):
                    runs.update(shaped)
            run.clear()

        for k in range(lo, hi):
            tx = texts[k]
            if tx.isspace() or tx in (",", "&", "-", "–", "/") or tx in _QUOTES:
                continue
            lettered_k, capital_k = flags[k - lo]
            if lettered_k and capital_k:
                run.append(k)
            elif run:  # (closing no run does nothing)
                close()
        close()
        info = {"toc": toc, "caps": caps, "runs": runs}
        self._lines_cache[key] = info
        return info

    def _numeral(self, sdoc, i: int, base: str, defined: bool, lo: int, hi: int) -> bool:
        if len(base) >= 3 and base[-1].islower() and base[-1].isalpha() and base[:-1].isupper() \
                and _ROMAN.match(base[:-1]):
            # a numeral with a small letter after it, after a class's word: "Clade IIb", "Type IIIa", "grade IVb"
            # (set QR ac24): a label, numbered; not after any other word
            j = i - 1
            while j >= 0 and sdoc[j].is_space:
                j -= 1
            return j >= 0 and (sdoc[j].lower_ in _NUMBERING or sdoc[j].lower_.rstrip("s") in _NUMBERING)
        if not _ROMAN.match(base) or not base.isupper():
            return False
        # "Annex IV", "Type II", "Parts II and III"
        j = i - 1
        while j >= 0 and sdoc[j].is_space:
            j -= 1
        if j >= 0:
            p = sdoc[j]
            if p.lower_ in _NUMBERING or p.lower_.rstrip("s") in _NUMBERING:
                return True
            if p.lower_ in _NUMERAL_JOIN and j >= 1:
                pp = sdoc[j - 1]
                f = acronym_form(pp.text)
                if (f and _ROMAN.match(f[0])) or (len(pp.text) == 1 and pp.text in "IVX"):
                    return True
        # a list marker: "IV. Recommendations", "(II) the ..."
        first = self._first_word_raw(sdoc, lo, hi)
        if first == i and i + 1 < len(sdoc) and sdoc[i + 1].text in (".", ")"):
            return True
        if i >= 1 and sdoc[i - 1].text == "(" and i + 1 < len(sdoc) and sdoc[i + 1].text == ")" and \
                self._first_word_raw(sdoc, lo, hi) == i - 1:
            return True
        if set(base) <= set("IVX"):
            # small numerals are numbers unless the document or the glossary knows them as acronyms
            if defined or base in self.glossary:
                return False
            return True
        return False

    @staticmethod
    def _first_word_raw(sdoc, lo, hi) -> int:
        for k in range(lo, hi):
            if not sdoc[k].is_space and sdoc[k].text not in _BULLETS:
                return k
        return -1


_ALONE_IN_BRACKETS = re.compile(r"\(([A-Za-z]+)\)")
#: a company's or charity's legal form written after its name: community interest company, charitable
#: incorporated organisation
_COMPANY_FORMS = frozenset({"CIC", "CIO"})
#: a word that starts a sentence rather than a name ("The", "Our", "Each")
_STARTS_NAME = re.compile(r"(?:The|Our|Their|Each|Every|This|That|Your|All|Any|No|Some|Its|His|Her)\b")
#: a word in a name's case: title case ("Issuu", "Mcleay") or a surname's prefix before capitals ("McLEAY",
#: "MacDONALD", "O'NEILL")
_NAME_CASED = re.compile(r"(?:[A-Z][a-z]{2,}|(?:Mc|Mac)[A-Z][A-Za-z]{2,})\Z")


def survey(analysed, known: Optional[set] = None, glossary: Optional[dict] = None) -> Survey:
    """Every acronym, definition and use in a document (cached on the analysed document)."""
    cached = analysed.acronym_survey
    if cached is not None:
        return cached
    if known is None:
        known = {key_of(k) for k in load_known_acronyms()}
    if glossary is None:
        glossary = glossary_index()
    s = _Surveyor(analysed, known, glossary).run()
    analysed.acronym_survey = s
    return s


@lru_cache(maxsize=4)
def glossary_index(name: str = "acronyms.toml") -> dict:
    """The acronym glossary by acronym, with upper-case spellings too (DOLS finds DoLS)."""
    g = load_acronyms(name)
    out = dict(g)
    for k, v in g.items():
        out.setdefault(key_of(k), v)
    return out


def _has_leaders(texts: list) -> bool:
    """Is one of these tokens a contents line's leaders ('....', '……')? A token of leaders
    needs four full stops or two ellipses, so the tokens' text is counted first, in C, and
    the tokens looked at one by one only where it has them (``tests/test_speed_shortcuts_more.py``)."""
    line = "".join(texts)
    return (line.count(".") >= 4 or line.count("…") >= 2) and any(
        tx.count(".") >= 4 and not tx.strip(".…") or tx.count("…") >= 2 for tx in texts)
