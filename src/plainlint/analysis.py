"""The single NLP pass: every block tokenised once, split into sentences, shared by all rules.

spaCy's blank English pipeline gives tokens (no model download). Sentences come from
our own rules over those tokens, which know the abbreviations, initials, numbers and
list markers that a plain full-stop splitter gets wrong. If a trained pipeline is
configured (``model = "en_core_web_sm"``) and installed, its tags and lemmas are used by
the rules that can use them; sentence boundaries stay ours, and never cross a block.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from .document import Block, Document
from .addresses import TOP_LEVEL
from .errors import ConfigError
from .wordlists import word_set

# A full stop after these never ends a sentence: titles and Latin abbreviations.
NEVER_SPLIT = word_set("sentence-words.toml", "never-split")
# ... nor before a number: "No. 5", "para. 3.2", "Jan. 2020".
BEFORE_NUMBER = word_set("sentence-words.toml", "before-number")
# Words that often start a sentence: "Option A. The ..." ends at "A." before them.
SENTENCE_OPENERS = word_set("sentence-words.toml", "sentence-openers")
# Titles before a name: after "a.m." or "p.m." one of these starts the next sentence.
_TITLES = word_set("sentence-words.toml", "titles-before-names")
# Latin and other abbreviations written with full stops inside ("e.g.", "i.e."), never an end.
_DOTTED_NEVER = {"e.g.", "i.e.", "n.b.", "viz.", "cf.", "et al.", "a.k.a."}
_TIMES = {"a.m.", "p.m."}
# Bullets that a one-line list (text copied from a PDF or a slide) has in the middle of a line.
_BULLETS = set("•⁃▪◦‣●■□➢►·")
_NO_SPLIT_BEFORE_ITEM = {",", ";", "and", "or", "&", "/", "-", "–", "(", "of", "to", "in", "see", "and/or"}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# Function words a heading never ends with: "The council will work with the / NHS ..."
_LINE_CONTINUES = word_set("sentence-words.toml", "line-continues")

_OPENERS = set("\"'“‘([{«")
_CLOSERS = set("\"'”’)]}»")
_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "....", ".."}
_ELLIPSIS = {"…", "...", "...."}
#: a full stop typed twice ('... to respond.. Online training ...', '... to respond,.. Online ...'): a slip
#: at a sentence's end, not an ellipsis that runs on (set IJ re26)
_DOUBLED = {".."}
#: abbreviations that end a sentence when they close it ('... and so on, etc.'), their stop in their token
_ENDING_ABBREVIATIONS = ("etc", "ltd", "plc", "inc", "co")
#: a mark typed straight after a full stop by slip ('... to respond., Online training is ...')
_STRAY_AFTER_STOP = {",", ";", ":"}


@dataclass(slots=True)
class Sentence:
    block_index: int
    start: int  # offset in Document.text
    end: int
    tok_start: int  # token index in the block's Doc
    tok_end: int
    text: str
    words: int = 0

    def span(self, analysed: "Analysed"):
        return analysed.block_docs[self.block_index][self.tok_start:self.tok_end]


@dataclass
class Analysed:
    document: Document
    block_docs: list  # one spaCy Doc per block, same order as document.blocks
    sentences: list  # all sentences in document order
    block_sentences: list  # per block, list of sentence indexes
    trained: bool = False
    # -- what a check works out once per document for the others, each under its own name
    #: every acronym, definition and use (checks.acronyms.survey sets it on first use, with
    #: the run's known acronyms and glossary; the score counts its acronyms)
    acronym_survey: Optional[object] = None
    #: distinct acronyms flagged as not spelled out, set when acronym-undefined runs (the
    #: "acronyms" metric)
    acronyms_flagged: Optional[int] = None
    #: block index -> its words, for the acronym check's search for a name before an acronym
    name_words: dict = field(default_factory=dict)
    #: block index -> whether the block is a label (a short cell, a source line, a contents
    #: line), for the acronym check's first use in running text
    label_blocks: dict = field(default_factory=dict)
    _quotes: dict = field(default_factory=dict, repr=False)  # block index -> quotations
    _label_runs: dict = field(default_factory=dict, repr=False)  # (block, token start, end) -> label_run
    #: id(a block's Doc) -> its tokens' offsets (token_starts), read by analyse with the texts
    _starts: dict = field(default_factory=dict, repr=False)
    _word_counts: dict = field(default_factory=dict, repr=False)  # word -> word_count(word)
    #: every run of letters a-z of the lower-cased text (as bytes) -> how often, once word_count is asked enough
    _all_counts: Optional[Counter] = field(default=None, repr=False)
    #: the co-production reading of the document (checks.coproduction.check.reader)
    coproduction: Optional[object] = None

    @property
    def blocks(self) -> list[Block]:
        return self.document.blocks

    # -- shared facts, each worked out once per document on first use -------------------
    @cached_property
    def block_texts(self) -> list:
        """Per block, the text its Doc was made from (``Doc.text``, which spaCy rebuilds from
        every token each time it is asked). Filled in by :func:`analyse`."""
        return [doc.text for doc in self.block_docs]

    @cached_property
    def spaced(self) -> list:
        """Per block, could its Doc hold a space token (a line break, a tab, a double space)?
        False is certain: spaCy splits only at single spaces and makes every other run of
        white space a token of its own, so a text with no white space but single spaces
        between words has none; callers then skip looking for them token by token."""
        seen: dict = {}  # each distinct text searched once (a third of a document's blocks repeat)
        return [seen[t] if t in seen else seen.setdefault(t, may_hold_space_token(t)) for t in self.block_texts]

    @cached_property
    def token_texts(self) -> list:
        """Per block, the texts of its tokens (a list of str per block): read without making
        a spaCy Token object per token. Filled in by :func:`analyse`, which has them."""
        return [token_texts(doc) for doc in self.block_docs]

    @cached_property
    def lower_of(self) -> dict:
        """Each distinct token text of the document -> its lower-case text, lowered once (a
        word is written many times): 20,000 texts for the 190,000 tokens of 1 MB."""
        from itertools import chain

        return {t: t.lower() for t in set(chain.from_iterable(self.token_texts))}

    @cached_property
    def token_lowers(self) -> set:
        """The lower-case texts of every token in the document (for the phrase matchers'
        test of which phrases a long document could hold)."""
        return set(self.lower_of.values())

    @cached_property
    def token_pairs(self) -> set:
        """The lower-case texts of every two tokens next to each other in a block, space tokens
        passed over (:func:`word_pairs`: for the phrase matchers' test of which phrases a
        long document could hold); blocks sharing one Doc read once."""
        seen: set = set()
        lists = []
        for doc, texts in zip(self.block_docs, self.token_texts):
            if id(doc) not in seen:
                seen.add(id(doc))
                lists.append(texts)
        return word_pairs(lists, self.lower_of)

    @cached_property
    def reference_blocks(self) -> set:
        """Indexes of the blocks in a reference list, or that read as one reference."""
        return _reference_blocks(self)

    @cached_property
    def quoted_law(self) -> dict:
        """Law or a document's wording given word for word after it is named and introduced ('...
        section 5 of the Housing Act 1996. It says: ...', 'Regulation 4 reads as follows:'), and a
        passage introduced as a quotation with no marks ('The following is taken from an email sent
        to the council by ...'): {block index: [(a, b)]}, character ranges of the block's text the
        writer cannot reword (:func:`quoted_law_ranges`). Worked out once per document for every
        family that skips quotations (plain words, long sentence, reading age's named sentences,
        co-production's claims)."""
        return quoted_law_ranges(self.block_texts, [b.kind for b in self.blocks])

    @cached_property
    def prose(self) -> list:
        """The sentences readability figures are computed on (metrics.counts_as_prose)."""
        from .metrics import counts_as_prose

        blocks = self.blocks
        return [s for s in self.sentences if counts_as_prose(blocks[s.block_index], s)]

    @cached_property
    def sections(self) -> list:
        """The document's sections (metrics.find_sections), for every check, the score and
        the stats."""
        from .metrics import find_sections

        return find_sections(self)

    @cached_property
    def passives(self) -> dict:
        """id(sentence) -> (sentence, its passive constructions), for checked sentences."""
        from .checks.passive import find_all_passives

        return find_all_passives(self)

    def word_count(self, word: str) -> int:
        """How often ``word`` occurs in the document's text, lower-cased, as a whole run of
        letters a-z (what ``re.findall("[a-z]+", text.lower())`` would count; 0 for a word
        with anything else in it). The first _FIND_WORDS words asked are counted each alone
        (``str.find``: about 0.5 ms a MB each, the search itself, whatever the word); after them
        every run of letters is counted at once (``_letter_runs``: about 16 ms a MB). A page asks
        none, one or two (most of the corpus) or a dozen to seventy (the acronym check's cue words
        on a long multi-subject paper: 69 on a 412 KB board pack, 16.4 -> 7.2 ms; 63 on the 1 MB
        bench text, 33 -> 19 ms). The same counts either way (tests/test_speed_shortcuts_word_counts.py)."""
        got = self._word_counts.get(word)
        if got is None:
            if not _AZ.fullmatch(word):
                got = 0
            elif self._all_counts is not None:
                got = self._all_counts[word.encode()]
            elif len(self._word_counts) < _FIND_WORDS:
                got = _count_word(self._lower_text, word)
            else:
                self._all_counts = _letter_runs(self._lower_text)
                got = self._all_counts[word.encode()]
            self._word_counts[word] = got
        return got

    @cached_property
    def _lower_text(self) -> str:
        return self.document.text.lower()

    @property
    def lower_text(self) -> str:
        """The document's text in lower case (``text.lower()``), made once for every reader."""
        return self._lower_text

    def blocks_holding(self, words) -> Optional[set]:
        """The indexes of the blocks whose text holds one of ``words`` (lower-case ASCII) in any
        capitals, as a word or a piece of one: every block with a token whose lower-case text is
        one of them is among these (a token's text is a piece of its block's text). Found by
        ``str.find`` in the document's lower-case text, not a look at each token; None where that
        cannot be told this way (a word beyond ASCII, a text whose lower case is longer than itself,
        blocks out of order): then any block may hold one. ``tests/test_speed_shortcuts_words.py``."""
        if not all(w.isascii() and w for w in words):
            return None
        low = self._lower_text
        blocks = self.blocks
        if len(low) != len(self.document.text) or any(a.end > b.start for a, b in zip(blocks, blocks[1:])):
            return None
        starts = [b.start for b in blocks]
        out: set = set()
        for w in words:
            i = low.find(w)
            while i >= 0:
                bi = bisect.bisect_right(starts, i) - 1
                if bi >= 0:
                    out.add(bi)
                # on from the end of this block: one find per block, not per time it is written
                i = low.find(w, max(i + 1, blocks[bi].end if bi >= 0 else 0))
        return out

    @cached_property
    def readability(self) -> dict:
        """The readability figures of the whole document's prose."""
        from .metrics import readability

        return readability(self.prose)

    def label_run(self, sentence) -> bool:
        """Is this "sentence" a run of labels, not prose: names, posts or a form's fields glued
        together (metrics.is_label_run: an attendee list, a cover sheet), or a table, form or
        document-control sheet flattened into text with no full stops (sentence_shape.is_flattened_table:
        'Title of the policy Purpose of the policy ... policy To ensure ... organisers To follow ...')?
        The analysis's one fact for every family, worked out on first ask for each sentence: long-sentence
        gives no advice to split it (set X re50); other checks may read it the same way."""
        key = (sentence.block_index, sentence.tok_start, sentence.tok_end)
        got = self._label_runs.get(key)
        if got is None:
            from .checks.sentence_shape import is_flattened_table
            from .metrics import LABEL_RUN_MIN_WORDS, count_words, is_label_run

            text = sentence.text
            got = is_label_run(text) or (count_words(text) >= LABEL_RUN_MIN_WORDS and is_flattened_table(
                self.token_texts[sentence.block_index][sentence.tok_start:sentence.tok_end]))
            self._label_runs[key] = got
        return got

    def quotations(self, block_index: int) -> list:
        """Character ranges of the block's own text (its Doc's text) inside quotation marks
        (:func:`quote_ranges`), worked out once per block for every check."""
        got = self._quotes.get(block_index)
        if got is None:
            got = self._quotes[block_index] = quote_ranges(self.block_texts[block_index])
        return got

    def token_starts(self, block_index: int) -> list:
        """The block's tokens' offsets in the block's text (each Token's ``idx``), read as one
        array once for every check (by :func:`analyse`, with the token texts), not from a spaCy
        Token made at each look-up; blocks of the same text (one shared Doc) share one list.
        Only read it, never change it."""
        doc = self.block_docs[block_index]
        got = self._starts.get(id(doc))
        if got is None:
            from spacy.attrs import IDX

            got = self._starts[id(doc)] = doc.to_array(IDX).tolist() if len(doc) else []
        return got

    def words(self) -> int:
        return sum(s.words for s in self.sentences)

    def release(self) -> None:
        """Drop what the checks hung on the analysis once the document is checked: the
        co-production reading and the acronym survey point back at it, and those reference
        cycles kept the whole analysis (Docs, token lists, sentences: 190,000 objects for
        1 MB) alive until the garbage collector found them, instead of freeing it at once."""
        self.coproduction = None
        self.acronym_survey = None


_AZ = re.compile("[a-z]+")


#: how many words word_count counts one by one before it counts every run of letters at once
_FIND_WORDS = 2

#: every byte but a-z to a space
_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def _letter_runs(low: str) -> Counter:
    """Every run of letters a-z in ``low`` (as bytes) -> how often it occurs: ``Counter(re.findall("[a-z]+",
    low))`` with bytes for keys, in C. In UTF-8 every character beyond ASCII (a lone surrogate too, passed
    through) is bytes from 0x80 up, so the runs of a-z are the same as in the text."""
    return Counter(low.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).split())


def _count_word(low: str, word: str) -> int:
    """Occurrences of ``word`` (letters a-z) in ``low`` with no letter a-z just before or after."""
    n = 0
    size = len(word)
    i = low.find(word)
    while i != -1:
        if (i == 0 or not ("a" <= low[i - 1] <= "z")) and not ("a" <= low[i + size:i + size + 1] <= "z"):
            n += 1
        i = low.find(word, i + size)
    return n


_model_cache: dict = {}


def get_nlp(model: Optional[str] = None):
    """The pipeline, loaded once per process per model name."""
    key = model or ""
    nlp = _model_cache.get(key)
    if nlp is not None:
        return nlp
    from .spacy_import import import_spacy

    spacy = import_spacy()  # without its command line (0.15 s of every start)
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "textcat", "senter", "parser"])
        except (OSError, ImportError) as exc:
            raise ConfigError(
                f"model = {model!r}: that spaCy pipeline is not installed ({exc.__class__.__name__}); "
                "install it, or remove the 'model' setting to use the built-in rules"
            ) from None
        _split_glued_brackets(nlp)
    else:
        # blank English with our tokenizer settings built in: the tokenizer is made once (setting
        # them on spacy.blank("en") afterwards rebuilt its 1,300 special cases twice, a tenth of
        # a second of every run); tests/test_speed_shortcuts.py checks the two give the same tokens
        cls = _plain_english()
        nlp = cls(**_blank_factories(cls))
    nlp.max_length = 50_000_000
    _model_cache[key] = nlp
    return nlp


#: Split a bracket glued to a word on the inside, as spaCy splits one outside: "(EFA)-funded"
#: -> "(", "EFA", ")", "-funded"; "offer(LO)" -> "offer", "(", "LO", ")"; "(NICE)39" (a footnote
#: number) -> "(", "NICE", ")", "39". The acronym check reads a definition from such tokens.
#: And a full stop glued to a bracket after it, a word with a capital inside ('... savings initiatives.(Taken
#: as an urgent decision)', a minute's tag after its sentence: set S re28): "initiatives", ".", "(", "Taken".
#: And a semicolon glued to the next item's letter of a list flattened from a PDF ('... of investments;b) the
#: authority's ...', set AA re26): "investments", ";", "b" (then ")" is split off as spaCy does), so each item is
#: read as the unit a reader sees (a letter or a roman numeral alone before the bracket, nothing after it).
#: And a sentence's end typed without its space after a figure or a question ('... between 2015 and 2021.That
#: is why ...', 'What is it?Traditionally, ...'): "2021", ".", "That" and "it", "?", "Traditionally", so the
#: sentence splitter sees the end (:func:`_glued_stop`); an address is kept whole before infixes are tried.
#: So too after a reference in brackets or a closing bracket ('... in practice [1].Smoking is ...', '... (see
#: below).The board ...': "1", "]", ".", "Smoking"; set CC re07). (The mark first, its look-behind after it: a
#: pattern that starts with a look-behind is tried at every position.)
_GLUED_BRACKET_INFIXES = [r"(?<=[A-Za-z0-9])\)(?=[-–A-Za-z0-9])", r"(?<=[A-Za-z])\((?=[A-Za-z])",
                          r"(?<=[a-z])\.(?=\([A-Z][a-z])", r"(?<=[a-z]\.)\((?=[A-Z][a-z])",
                          r"(?<=[a-z]);(?=(?:[a-z]|[ivx]{2,4})$)",
                          r"\.(?<=[0-9]\.)(?=[A-Z][a-z]+$)", r"[?!](?<=[a-z][?!])(?=[A-Z][a-z]+$)",
                          r"[\])](?<=[0-9a-z][\])])(?=\.[A-Z][A-Za-z]+$)", r"\.(?<=[0-9a-z][\])]\.)(?=[A-Z][A-Za-z]+$)"]


def _bracket_free(rules: dict) -> dict:
    """spaCy keeps emoticons such as "):" whole, which glues a closing bracket to a colon:
    "(NOMS): NOMS is ...". These special cases are left out."""
    return {k: v for k, v in rules.items() if not (k[:1] in "()" or k[-1:] in "()") or any(c.isalpha() for c in k)}


def _split_glued_brackets(nlp) -> None:
    """Our tokenizer settings (:data:`_GLUED_BRACKET_INFIXES`, :func:`_bracket_free`) set on a
    loaded pipeline (a ``model`` setting); blank English has them built in (:func:`_plain_english`)."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + _GLUED_BRACKET_INFIXES).finditer
    nlp.tokenizer.rules = _bracket_free(nlp.tokenizer.rules)


def _blank_factories(cls) -> dict:
    """The tokenizer's and the vectors' factories of blank English, as ``Language.__init__``
    gets them from spaCy's registry when given none: the functions spaCy registers under the
    names in the class's config (``spacy.Tokenizer.v1``, ``spacy.Vectors.v1``), called with
    no settings, as that config gives none. Asking the registry instead filled it with every
    function spaCy registers (the Japanese, Korean, Thai, Vietnamese and Chinese tokenizers,
    the entity linker's models, ...) and checked the empty settings with pydantic: about
    0.015 s of every start. {} (the registry's way) where the config names anything else or
    sets anything, or this spaCy lacks either function (a tokenizer another package
    registers under spaCy's own name is not asked for). The tokenizer's factory is spaCy's own
    with the suffix and infix searches' shortcut for a word of letters (``affix_search``).
    tests/test_speed_shortcuts_start.py compares the two pipelines."""
    try:
        from spacy.language import create_tokenizer  # noqa: F401 - (the layout affix_search mirrors)
        from spacy.vectors import create_mode_vectors
    except ImportError:  # pragma: no cover - another spaCy 3 layout
        return {}
    cfg = cls.default_config["nlp"]
    if (dict(cfg["tokenizer"]) != {"@tokenizers": "spacy.Tokenizer.v1"}
            or dict(cfg["vectors"]) != {"@vectors": "spacy.Vectors.v1"}):
        return {}
    # spaCy's tokenizer factory, its suffix and infix searches with the shortcut for a word of
    # letters (affix_search): the same Tokenizer
    from .affix_search import tokenizer_factory

    return {"create_tokenizer": tokenizer_factory(), "create_vectors": create_mode_vectors()}


_plain_english_class = None


def _plain_english():
    """spaCy's English language class with our tokenizer settings as its defaults."""
    global _plain_english_class
    if _plain_english_class is None:
        from spacy.lang.en import English

        from .lex_getters import fast_getters

        class PlainDefaults(English.Defaults):
            infixes = list(English.Defaults.infixes) + _GLUED_BRACKET_INFIXES
            tokenizer_exceptions = _bracket_free(English.Defaults.tokenizer_exceptions)
            # spaCy's getters of a new word's URL and number likeness, each with a shortcut giving
            # the same answer (lex_getters)
            lex_attr_getters = fast_getters(English.Defaults.lex_attr_getters)

        class PlainEnglish(English):
            Defaults = PlainDefaults

        _plain_english_class = PlainEnglish
    return _plain_english_class


def is_word(tok) -> bool:
    """Is this token a word (it holds a letter or digit and is no punctuation, space, bracket
    or quote)? The one test of a word token for every rule (issue 15: four were written)."""
    # (the characters read in C by ``map``, not by a Python step each)
    return not (tok.is_punct or tok.is_space or tok.is_bracket or tok.is_quote) and any(map(str.isalnum, tok.text))


def _starts_sentence(tok) -> bool:
    c = tok.text[0]
    if tok.text == "-" and tok.whitespace_:
        # a bullet flattened into the line: "... in the coming weeks. - MRSA cases have ..."
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.text[:1].isupper()
    if c == "-" and len(tok.text) > 2 and tok.text[1].isupper() and tok.text[2:].isalpha():
        # a bullet's hyphen glued to the word it was typed before: "... 1 April. -Mrs Holt said ..."
        return True
    # a sum of money starts a sentence as a figure does: '... through its HRA. £200k of funding ...' (set KK re23)
    return c.isupper() or c.isdigit() or c in _OPENERS or c in "•–*£€$" or c in _BULLETS


def _next_word(doc, i: int):
    """The first token after i that is not a space, closing quote or bracket."""
    n = len(doc)
    k = i + 1
    while k < n and (doc[k].is_space or doc[k].text in _CLOSERS):
        k += 1
    return doc[k] if k < n else None


def _opens_sentence(tok) -> bool:
    """A capitalised word that plainly starts a sentence: 'The', 'We', 'How', a number."""
    if tok is None:
        return True
    t = tok.text
    return (t[:1].isupper() and t.lower() in SENTENCE_OPENERS) or t[:1] in _OPENERS


def _ends_sentence(doc, i: int) -> bool:
    """Does token i (a full stop or similar, or a word carrying its own full stop) end a sentence?"""
    tok = doc[i]
    t = tok.text
    nxt = _next_word(doc, i)
    if t in _TERMINAL:
        if t in _DOUBLED:
            # the end where a word with a capital follows, a stray comma glued to it or not ('respond..,
            # Online ...'); never before a figure or a word in lower case ('pages 1..4', 'and.. so on')
            if nxt is not None and nxt.text in _STRAY_AFTER_STOP and not doc[i].whitespace_:
                nxt = _next_word(doc, nxt.i)
            return nxt is None or (nxt.text[:1].isupper() and nxt.text[:1].isalpha())
        if t in _ELLIPSIS:
            # "rose... and fell" runs on; "that.... She left" ends; "is ... I" runs on
            return nxt is None or (nxt.text[:1].isupper() and nxt.text != "I") or t == "...."
        if t != "." or i == 0:
            return True
        prev = doc[i - 1]
        if prev.whitespace_:
            return True
        pl = prev.text.lower()
        if pl in NEVER_SPLIT:
            # in capitals it is an acronym, not the abbreviation: 'the features of CF. The disease ...'
            # ('CF': cystic fibrosis, not 'cf.') ends where a sentence plainly starts next (set KK re14)
            return len(pl) >= 2 and prev.text.isupper() and nxt is not None and _opens_sentence(nxt)
        if pl in BEFORE_NUMBER and nxt is not None and nxt.text[:1].isdigit():
            return False
        if len(pl) == 1 and prev.text.isalpha():
            # an initial ("J. Smith") unless a sentence plainly starts next
            return nxt is None or _opens_sentence(nxt)
        return True
    if len(t) > 1 and t.endswith("."):
        low = t.lower()
        stem = low[:-1]
        if low in _DOTTED_NEVER or stem in NEVER_SPLIT:
            return False
        if stem in _ENDING_ABBREVIATIONS:
            return True
        if low in _TIMES:
            # "at 9 a.m. Most people ...", "at 4 p.m. Cllr Patel ..." end; "9 a.m. and" runs on
            return nxt is None or (nxt.text[:1].isupper() and nxt.text != "I") or nxt.text[:1].isdigit()
        if len(stem) == 1 and stem.isalpha():
            prev = doc[i - 1] if i else None
            if prev is not None and not prev.whitespace_ and prev.like_num:
                return True  # a unit after a number: "£1.2m."
            # "Option A." then a sentence opener
            return nxt is not None and _opens_sentence(nxt)
        if "." in stem and stem.replace(".", "").isalpha():
            # "U.S.", "E.U.", "U.K.": the end when a sentence plainly starts next
            return nxt is None or _opens_sentence(nxt)
        if stem in ("bn", "m", "k", "km", "kg", "mph", "hrs", "mins"):
            return True
        if any(c.isupper() for c in t[:-1]) and t[:-1].replace("&", "").isalnum() and t[:-1].isupper():
            return True  # an acronym that took the full stop: "A&E."
        if sum(map(str.isupper, t[:-1])) >= 2 and t[:-1].isalpha() and nxt is not None and _opens_sentence(nxt):
            return True  # letters in mixed case that took the full stop: "the WSoA. The DfE ..."
    return False


def _marker_value(doc, i: int):
    """(value, first token, last token) when token i starts a list item marker written in the
    middle of a line ("1)", "(b)", "2.", "c.", "ii)"), else None."""
    n = len(doc)
    tok = doc[i]
    t = tok.text
    low = t.lower()
    if len(t) > 4:
        return None
    if len(t) == 2 and t[1] == "." and t[0].isalpha():
        # "b. The second item"
        if i + 1 < n and doc[i + 1].text[:1].isupper() and tok.whitespace_:
            return {ord(low[0]) - 96}, i, i
        return None
    if t.isdecimal() and t.isascii() and len(t) <= 2:  # not '²' (a digit to isdigit, not to int)
        val = {int(t)}
    elif len(t) == 1 and t.isalpha() and len(low) == 1:  # 'İ' lower-cases to two characters
        val = {ord(low) - 96}  # "i", "v" and "x" may also be Roman numerals
        if low in _ROMAN:
            val.add(_ROMAN[low])
    elif low in _ROMAN:
        val = {_ROMAN[low]}
    else:
        return None
    first = i - 1 if i > 0 and doc[i - 1].text == "(" and not doc[i - 1].whitespace_ else i
    j = i + 1
    if j < n and doc[j].text == "." and not tok.whitespace_:
        if j + 1 < n and doc[j + 1].text == ")" and not doc[j].whitespace_:
            return val, first, j + 1  # "1.)"
        if t.isdigit() and doc[j].whitespace_ and j + 1 < n and doc[j + 1].text[:1].isupper():
            return val, first, j  # "2. The second item"
        return None
    if j < n and doc[j].text == ")" and not tok.whitespace_ and doc[j].whitespace_:
        return val, first, j
    return None


def _list_breaks(doc, texts) -> set:
    """Token indexes where an item of a list written on one line starts: '1) agree the budget
    2) appoint a chair', '(a) ... (b) ...', '• one • two'. A list run into a sentence ('we will
    (a) review, (b) consult and (c) report') is left whole."""
    n = len(texts)
    markers = []
    breaks = set()
    for i, t in enumerate(texts):
        if t in _BULLETS:
            if i > 0:
                breaks.add(i)
            continue
        if len(t) <= 4 and t[:1].isalnum() and (
                (len(t) == 2 and t[1] == ".") or (i + 1 < n and texts[i + 1] in (")", "."))):
            m = _marker_value(doc, i)
            if m:
                markers.append(m)
    if len(markers) < 2:
        return breaks
    # runs of consecutive values: 1, 2, 3 or a, b, c
    runs = []
    run = [markers[0]]
    for m in markers[1:]:
        if any(v - 1 in run[-1][0] for v in m[0]):
            run.append(m)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = [m]
    if len(run) >= 2:
        runs.append(run)
    for run in runs:
        if 1 not in run[0][0] and len(run) < 3:
            continue
        befores = [doc[m[1] - 1].lower_ if m[1] > 0 else "" for m in run]
        if any(b in _NO_SPLIT_BEFORE_ITEM for b in befores[1:]) and not all(
                doc[m[1] - 1].text == ";" and not doc[m[1] - 1].whitespace_ for m in run[1:]):
            # run into a sentence; not the items of a list glued to the semicolon closing the item before,
            # with no space ('... in a wide variety of investments;b) the authority's ...;c) ...'): a
            # regulation's list flattened from a PDF, each item a unit of its own (set AA re26)
            continue
        for k, m in enumerate(run):
            if m[1] == 0:
                continue
            if k == 0 and befores[0] not in (":", "-", "–") and not doc[m[1] - 1].is_punct:
                continue
            breaks.add(m[1])
    return breaks


def _heading_line_end(doc, start: int, i: int) -> bool:
    """Token i is a line break: does the line from start to i read as a heading without a full
    stop ('Background', '1. Introduction') with a sentence starting on the next line?"""
    words = [t for t in doc[start:i] if not t.is_space]
    if not words or len(words) > 10:
        return False
    last = words[-1]
    if last.is_punct and last.text not in (")", "]") or last.lower_ in _LINE_CONTINUES:
        return False
    # (a heading may open with a quotation mark: '‘Working Age’ Disability Living Allowance')
    first = next((t for t in words if not t.is_quote), words[0])
    if not (first.text[:1].isupper() or first.text[:1].isdigit()):
        return False
    k = i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k < len(doc) and _opens_sentence(doc[k]) and doc[k].text[:1].isupper()


_BULLET_RE = re.compile("[" + "".join(sorted(_BULLETS)) + "]")
_ITEM_HINT = re.compile(r"(?:^|\s)(?:\d{1,2}|[A-Za-z])\. ")


#: every token a sentence can end at holds one of these: a full stop (alone or ending a word),
#: another terminal mark, or a line break
_STOP_CHARS = re.compile(r"[.!?\u2026\n]")


# a word with a footnote's number of one to three figures glued to its full stop ('... during the year.16
# However, ...', '... registered.14 22,848 pupils ...'): the sentence ends there, before a capital or a
# figure (never a decimal '2.5', a section '3.16' or a version '1.2': no word of three letters before it)
_NOTE_STOP = re.compile(r"^[A-Za-z]*[a-z]{3}[)’”]?\.[0-9]{1,3}$")


# the same glued to the note's own text, a web address ('... and claim asylum’.1https://www.gov.uk/news/...
# Operating through ...', set YZ re14): the address is the note, the sentence ends after it
_NOTE_URL = re.compile(r"^[A-Za-z]*[a-z]{3}[)’”]?\.[0-9]{1,3}(?:https?://|www\.)")
# a year with a footnote's number glued to its full stop ('... in the Plan in 2019.5 Mapped onto ...'): the end
# before a word with a capital (not a figure: '2019.5' may be a figure in a table)
_YEAR_NOTE = re.compile(r"^(?:19|20)[0-9]{2}\.[0-9]{1,3}$")
_SUPERSCRIPTS = frozenset("¹²³⁰⁴⁵⁶⁷⁸⁹")


def _chunk_end(doc, i: int) -> int:
    """The last token of the run of tokens without white space that token i is in."""
    n = len(doc)
    while i + 1 < n and not doc[i].whitespace_:
        i += 1
    return i


def _ends_at_note(doc, i: int):
    """Where the next sentence starts after token i, a word (or a year) with a footnote's number glued to
    its full stop, when a word with a capital or a figure follows it, or follows the web address that is the
    note's text (glued to the number or after a space: it stays with the sentence it is the note of); else
    None."""
    n = len(doc)
    t = doc[i].text
    year = False
    if _NOTE_URL.match(t):
        i = _chunk_end(doc, i)
    elif not doc[i].whitespace_:
        return None
    elif _YEAR_NOTE.match(t):
        if i == 0 or not doc[i - 1].whitespace_:
            return None  # '£2019.5'
        year = True
    elif not _NOTE_STOP.match(t):
        return None
    k = i + 1
    while k < n and doc[k].is_space:
        k += 1
    if not year and k < n and doc[k].text[:4].lower() in ("http", "www.") and doc[k].like_url:
        k = _chunk_end(doc, k) + 1  # the note's address after a space: '... asylum.12 https://www.gov.uk/... Operating'
        while k < n and doc[k].is_space:
            k += 1
    if k >= n:
        return None
    nxt = doc[k].text
    if year:
        return k if nxt[:1].isupper() and nxt[1:].islower() and nxt.isalpha() else None
    return k if (nxt[:1].isdigit() or (nxt[:1].isupper() and nxt.isalpha())) else None


# a footnote's marker in square brackets glued after a full stop, '?' or '!' ('... health problems.[1] The
# ...', '... in 2019.[12] ...', '.[a]', '?[2]', '.[1][2]': spaCy keeps 'problems.[1' whole, the ']' apart), or
# in superscript figures after a full stop after a word ('... the year.¹ The ...'): the sentence ends there
# before a capital (set PP re: one sentence of 65 words); a number in brackets inside a sentence ('as shown in
# [1], the ...') has no stop before it, and never after an abbreviation ('et al.[3]', 'e.g.[2]')
_MARK_NOTE = re.compile(r"^(.*?[A-Za-z0-9%)’”'\"])[.?!](?:(?:\[(?:[0-9]{1,3}|[a-z])\])*\[(?:[0-9]{1,3}|[a-z])"
                        r"|[¹²³⁰⁴-⁹]{1,3})$")


def _ends_at_mark_note(doc, texts: list, i: int):
    """Where the next sentence starts after token i, a word with a footnote's marker glued after its full stop
    ('problems.[1' then ']', 'year.¹'), when a space and a word with a capital follow; else None."""
    m = _MARK_NOTE.match(texts[i])
    if m is None:
        return None
    stem = m.group(1)
    low = stem.lower()
    if low in NEVER_SPLIT or low in _DOTTED_NEVER or "." in stem or (len(stem) == 1 and stem.isalpha()):
        return None  # an abbreviation or an initial before the note: 'et al.[3]', 'e.g.[2]', 'J.[1]'
    if low == "al" and i and texts[i - 1].lower() == "et":
        return None
    j = i
    if texts[i][-1:].isalnum() and "[" in texts[i][len(stem):]:
        j = i + 1
        if j >= len(texts) or texts[j] != "]":
            return None
    elif not any(c.isalpha() for c in stem):
        return None  # superscript after a figure ('10.²'): a power, not surely a note
    if not doc[j].whitespace_:
        return None
    k = j + 1
    n = len(doc)
    while k < n and doc[k].is_space:
        k += 1
    if k >= n:
        return None
    nxt = texts[k]
    return k if nxt[:1].isupper() and nxt[:1].isalpha() else None


# a full stop typed at the start of the next sentence's first word: '... invest in the plant .They said ...'
_LEAD_STOP = re.compile(r"^\.[A-Z][a-z]+$")


def _leading_stop(doc, texts: list, start: int, i: int) -> bool:
    """Does token i ('.They') start a sentence, the full stop of the one before typed after the
    space ('... invest in the plant .They cited ...'): after a word in lower case of three letters
    or more and a space?"""
    return i > start and _LEAD_STOP.match(texts[i]) is not None and doc[i - 1].whitespace_ \
        and len(texts[i - 1]) >= 3 and texts[i - 1].isalpha() and texts[i - 1].islower()


def _stray_mark(doc, texts: list, i: int, j: int) -> bool:
    """Is token j a comma, semicolon or colon typed by slip straight after the full stop at token i that
    ends a sentence ('... to respond., Online training is ...', '... to respond..; Online ...'): the stop
    after a word in lower case of three letters or more, the mark glued to it, then a space and a word that
    starts with a capital and goes on in lower case? (Not after an abbreviation: 'etc., The ...' keeps its
    stop in the word's token, or is never the end.)"""
    if j != i + 1 or j + 1 >= len(texts) or texts[j] not in _STRAY_AFTER_STOP or doc[i].whitespace_ \
            or not doc[j].whitespace_ or texts[i] not in (".", "..") or i == 0:
        return False
    prev = texts[i - 1] if texts[i - 1] not in (",", ";") or i < 2 else texts[i - 2]
    nxt = texts[j + 1]
    return len(prev) >= 3 and prev.isalpha() and prev.islower() and prev not in _ENDING_ABBREVIATIONS \
        and prev not in NEVER_SPLIT and nxt[:1].isupper() and nxt[1:2].islower() and nxt.isalpha()


def _glued_stop(texts: list, i: int, j: int) -> bool:
    """Is token i a full stop (or '?', '!') with no space either side, between a word in lower case, a
    figure ('... in 2021.That is why ...'), a closing bracket after a figure or a word in lower case ('... in
    practice [1].Smoking is ...') or a web address ('... at www.example.gov.uk.The board ...') and
    a word that starts with a capital then a lower-case letter ('... engagement of partners.It was vital
    ...'), the next token j: a sentence's end typed without its space (a file name is one token, so never
    reaches here)?"""
    stop = texts[i]
    if stop not in (".", "?", "!") or j != i + 1 or i == 0 or j >= len(texts):
        return False
    prev, nxt = texts[i - 1], texts[j]
    if nxt == "(" and j + 1 < len(texts):
        nxt = texts[j + 1]  # a bracket glued to the full stop: '... initiatives.(Taken as an urgent decision)'
    if prev in ("]", ")") and i >= 2 and (texts[i - 2][-1:].isdigit() or texts[i - 2][-1:].islower()):
        # a reference or an aside in brackets before the stop, the next word capitalised or in capitals:
        # '... in practice [1].Smoking is ...', '... of cases [2].COPD is ...'
        return len(nxt) >= 2 and nxt[:1].isupper() and nxt.isalpha()
    if not (nxt[:1].isupper() and nxt[1:2].islower() and nxt.isalpha()):
        return False
    if len(prev) >= 3 and prev.isalpha() and prev.islower():
        return True
    return stop == "." and (prev.replace(".", "").isdigit() or (prev[-1:].isalpha() and _ADDRESS_END.search(prev)
                                                               is not None))


#: a token that is a web or e-mail address: a full stop ends the sentence after it ('... at
#: www.example.gov.uk.The board ...'); its last part is letters (a top-level domain or a page's name)
_ADDRESS_END = re.compile(r"^(?:https?://|www\.)|@|\.(?:" + "|".join(TOP_LEVEL) + r")$", re.IGNORECASE)


# a section's number of a report flattened onto one line: '2.1', '3.12', after white space; searched from
# the text's second character (``_SECTION_NO.search(text, 1)``), where '^' never matches. The look-behind
# goes after the first digit, so that the regex engine has a first character to look for: written
# ``(?:^|(?<=\s))[1-9]...`` it tried every position of each block (13-16 ms for the 5,800 distinct blocks of
# 1 MB; this way 3.5 ms; tests/test_speed_shortcuts_scans.py compares)
_SECTION_NO = re.compile(r"[1-9](?<=\s[1-9])[0-9]?\.[0-9]{1,2} +[A-Z]")
#: the words a figure such as '2.5' follows inside a sentence ('paragraph 3.4', 'rose by 2.5'):
#: no section starts after them
_NOT_BEFORE_SECTION = word_set("sentence-words.toml", "not-before-section")


def _section_breaks(doc, texts: list, text: str) -> set:
    """Token indexes where a numbered section starts inside a block: a report flattened onto one
    line (set UV re32: '... our customers 1.1 The Council holds ...', '2. Recommendation for Decision
    2.1 That the monies ...'). The number ('2.1': one token) follows a word, not a word a figure
    goes with ('paragraph', 'by', 'was'), and a word that plainly starts a sentence follows it ('The',
    'That', 'As'). Read as one, the heading's words ran into the sentence after them."""
    breaks = set()
    for m in _SECTION_NO.finditer(text, 1):
        i = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if i is None:
            continue
        i = i.start
        if i == 0 or i + 1 >= len(texts) or not _SECTION_TOKEN.match(texts[i]) or not doc[i].whitespace_:
            continue
        prev = texts[i - 1]
        if prev.lower() in _NOT_BEFORE_SECTION or prev in _NO_SPLIT_BEFORE_ITEM or not (
                prev[-1:].isalpha() or prev in (".", ")", ":")) or not _opens_sentence(doc[i + 1]) \
                or not texts[i + 1][:1].isupper():
            continue
        breaks.add(i)
    return breaks


_SECTION_TOKEN = re.compile(r"^[1-9][0-9]?\.[0-9]{1,2}$")


# a bullet's mark lost in a list flattened from a PDF, two spaces or more left in its place between the end
# of one item (a word in lower case, a figure, a bracket) and the next item's first word with a capital
# ('... is made up of staffing  Every school has a lead ...  The new scheme ...', set AA re32)
# (the look-behind after the gap's first space, so that the regex engine has a first character to look for:
# the same matches as ``(?<=[a-z0-9%)])[ \u00a0]{2,}(?=[A-Z][a-z]|A )``, 7 -> 4 ms for the 1,499 distinct blocks
# of 1 MB with a gap; tests/test_speed_shortcuts_scans.py compares)
_LOST_BULLET = re.compile(r"[ \u00a0](?<=[a-z0-9%)][ \u00a0])[ \u00a0]+(?=[A-Z][a-z]|A )")
#: a list whose bullets were lost has this many items after its first at least
LOST_BULLETS = 2
#: how far back the word before a gap is looked for, longer than any word of _LINE_CONTINUES
_GAP_WORD_WINDOW = 40


def _lost_bullet_breaks(doc, text: str, starts: Optional[list]) -> set:
    """Token indexes where an item of a list whose bullets were lost starts: after a gap of two spaces
    or more, where the block has two such gaps at least. Not after a function word ('the  Council', a
    justified line's gap) nor after a full stop, a comma or a colon (the item's lead-in keeps its first item)."""
    gaps = []
    for m in _LOST_BULLET.finditer(text):
        # the word before the gap, read from a window of the text before it (not the whole text before each gap:
        # a long block with many gaps would copy it again for each); a longer word is no function word
        before = text[max(0, m.start() - _GAP_WORD_WINDOW):m.start()].rsplit(None, 1)[-1:] or [""]
        if before[0].lower() not in _LINE_CONTINUES:
            gaps.append(m.end())
    if len(gaps) < LOST_BULLETS:
        return set()
    return _tokens_starting_at(doc, gaps, starts)


def _tokens_starting_at(doc, offsets: list, starts: Optional[list]) -> set:
    """The indexes of the tokens that start exactly at the given character offsets of the block
    (``starts``: the tokens' offsets, read from the Doc where the caller has none)."""
    if starts is None:
        from spacy.attrs import IDX

        starts = doc.to_array(IDX).tolist()
    out = set()
    for end in offsets:
        i = bisect.bisect_left(starts, end)
        if i < len(starts) and starts[i] == end:
            out.add(i)
    return out


def item_breaks(doc, text: str, texts: list, starts: Optional[list] = None):
    """Token indexes where a unit starts inside a block with no full stop before it: an item of a
    list written on one line (:func:`_list_breaks`), a numbered section of a report flattened
    onto one line (:func:`_section_breaks`), or an item of a list whose bullets were lost
    (:func:`_lost_bullet_breaks`)."""
    # a list written on one line needs a bullet in the text or two item markers
    items = _list_breaks(doc, texts) if ")" in text or _BULLET_RE.search(text, 1) or \
        (text.count(". ") >= 2 and len(_ITEM_HINT.findall(text, 0, 20000)) >= 2) else ()
    if _SECTION_NO.search(text, 1):
        sections = _section_breaks(doc, texts, text)
        if sections:
            items = set(items) | sections
    if "  " in text or "\u00a0 " in text or " \u00a0" in text:
        lost = _lost_bullet_breaks(doc, text, starts)
        if not lost and ".  " in text:
            lost = _lost_stop_breaks(doc, text, starts)
        if lost:
            items = set(items) | lost
    return items


#: the words a sentence opens with (a capital on the first): after a gap with no full stop, in a block whose
#: sentences are parted by two spaces, a new sentence whose full stop was lost with a link removed before it
_STOP_OPENERS = word_set("sentence-words.toml", "sentence-start") - word_set("sentence-words.toml", "not-run-in-openers")
# a gap of two spaces or more after a word in lower case, before an opener with a capital and a word in lower case
# (the look-behind after the gap's first space, as in _LOST_BULLET: the regex engine has a first character to look for)
_LOST_STOP = re.compile(r"[ \u00a0](?<=[a-z][ \u00a0])[ \u00a0]+([A-Z][a-z]+) [a-z]")


def _lost_stop_breaks(doc, text: str, starts: Optional[list]) -> set:
    """Token indexes where a sentence starts whose full stop was lost (a web page's link removed with it:
    '... using the form on our site  There will be ...'): in a block whose sentences are parted by two
    spaces after their full stops, the same gap after a word in lower case that is no function word, before
    a word that opens sentences ('There', 'We', 'The') followed by one in lower case (set MM re20)."""
    gaps = []
    for m in _LOST_STOP.finditer(text):
        before = text[max(0, m.start() - _GAP_WORD_WINDOW):m.start()].rsplit(None, 1)[-1:] or [""]
        if m.group(1).lower() in _STOP_OPENERS and before[0].lower() not in _LINE_CONTINUES:
            gaps.append(m.start(1))
    if not gaps:
        return set()
    return _tokens_starting_at(doc, gaps, starts)


def _stop_candidates(text: str, texts: list, starts: list) -> list:
    """Indexes, in order, of the tokens :func:`split_sentences` has anything to decide at:
    found by one search of the block's text for the characters they must hold, each mapped to
    its token by its offset, instead of a Python step per token (the other tokens only moved
    the loop on). ``tests/test_speed_shortcuts.py`` compares it with the token-by-token test."""
    found = []
    last = -1
    for m in _STOP_CHARS.finditer(text):
        ti = bisect.bisect_right(starts, m.start()) - 1
        if ti != last:
            last = ti
            t = texts[ti]
            if t[-1:] == "." or "\n" in t or t in _TERMINAL \
                    or (t[-1:].isdigit() and (_NOTE_STOP.match(t) or _YEAR_NOTE.match(t))) \
                    or (t[:1] == "." and _LEAD_STOP.match(t)) or (t[:1].isalpha() and _NOTE_URL.match(t)) \
                    or ((t[-1:].isalnum() or t[-1:] in _SUPERSCRIPTS) and _MARK_NOTE.match(t)):
                found.append(ti)
    return found


def split_sentences(doc, text: Optional[str] = None, texts: Optional[list] = None,
                    starts: Optional[list] = None) -> list[tuple[int, int]]:
    """Token ranges (start, end) of sentences in one block's Doc (``text``: the Doc's text,
    ``texts``: its tokens' texts, ``starts``: their offsets in it, when the caller has them,
    save building them again)."""
    n = len(doc)
    if n == 0:
        return []
    bounds = []
    start = 0
    if texts is None:
        texts = token_texts(doc)
    if text is None:
        text = doc.text
    if starts is None:
        from spacy.attrs import IDX

        starts = doc.to_array(IDX).tolist()
    items = item_breaks(doc, text, texts, starts)
    stops = _stop_candidates(text, texts, starts)
    if items:
        stops = sorted(set(stops).union(items))
    # only the tokens found above can end a sentence or start an item; every other token
    # would only move the loop on by one. ``pos``: the first token still to look at
    pos = 0
    for i in stops:
        if i < pos:
            continue
        if i in items and i > start:
            k = i
            bounds.append((start, k))
            start = k
            pos = i + 1
            continue
        t = texts[i]
        if t == "." and i - start == 1 and (texts[start].isdigit() or len(texts[start]) == 1):
            pass  # a paragraph or list number: "1. The council ..."
        elif "\n" in t and t.isspace() and _heading_line_end(doc, start, i):
            k = i + 1
            while k < n and doc[k].is_space:
                k += 1
            bounds.append((start, k))
            start = k
            pos = k
            continue
        elif t == "." and i + 2 < n and texts[i + 1] == "." and texts[i + 2] == "." and doc[i].whitespace_:
            # a spaced ellipsis ". . ." (four dots when it closes a sentence)
            j = i
            while j < n and doc[j].text == "." and (j == i or doc[j - 1].whitespace_):
                j += 1
            dots = j - i + (1 if i > 0 and not doc[i - 1].whitespace_ else 0)
            nxt = _next_word(doc, j - 1)
            k = j
            while k < n and doc[k].text in _CLOSERS:
                k += 1
            if k < n and nxt is not None and (dots >= 4 or nxt.text != "I") and nxt.text[:1].isupper() \
                    and doc[k - 1].whitespace_:
                while k < n and doc[k].is_space:
                    k += 1
                bounds.append((start, k))
                start = k
                pos = k
                continue
            pos = j
            continue
        elif t[:1] == "." and _leading_stop(doc, texts, start, i):
            bounds.append((start, i))
            start = i
            pos = i + 1
            continue
        elif _MARK_NOTE.match(t):
            k = _ends_at_mark_note(doc, texts, i)
            if k is not None:
                bounds.append((start, k))
                start = k
                pos = k
            continue
        elif t[-1:].isdigit() or (t[:1].isalpha() and _NOTE_URL.match(t)):
            k = _ends_at_note(doc, i)
            if k is not None:
                bounds.append((start, k))
                start = k
                pos = k
            continue
        elif (t in _TERMINAL or (len(t) > 1 and t.endswith("."))) and _ends_sentence(doc, i):
            j = i + 1
            # absorb closing quotes and brackets, and further terminal marks
            while j < n and (doc[j].text in _CLOSERS or doc[j].text in _TERMINAL) and not doc[j - 1].whitespace_:
                j += 1
            if _stray_mark(doc, texts, i, j):
                j += 1  # a comma typed after the full stop by slip: '... to respond., Online training is ...'
            k = j
            while k < n and doc[k].is_space:
                k += 1
            if k >= n:
                break
            if _starts_sentence(doc[k]) and (doc[j - 1].whitespace_ or k > j or _glued_stop(texts, i, j)):
                bounds.append((start, k))
                start = k
                pos = k
                continue
    if start < n:
        bounds.append((start, n))
    return bounds


#: A run of characters without a space longer than this is no word (a pasted blob, a
#: pathological file): spaCy's tokenizer splits such a run one punctuation mark at a time,
#: copying the rest each time, so 1 MB of '[' or 40 KB of emoji took minutes.
LONG_RUN = 1000
_LONG_RUN = re.compile(r"\S{%d,}" % LONG_RUN)
_RUN_PIECE = 200
_ALNUM = re.compile(r"[^\W_]")


def _break_long_runs(text: str) -> str:
    """Every ``_RUN_PIECE``-th character of a run longer than ``LONG_RUN`` becomes a space,
    one for one (offsets stay right), so the tokenizer's cost stays linear; a long run with
    no letter or digit at all becomes spaces (a million '[' would otherwise be a million
    tokens). Real words and ordinary links are far shorter and are never touched."""
    if len(text) < LONG_RUN or not _LONG_RUN.search(text):
        return text

    def cut(m):
        run = m.group(0)
        if not _ALNUM.search(run):
            return " " * len(run)  # brackets, entities, emoji: nothing a rule reads, one token
        return "".join(run[k:k + _RUN_PIECE - 1] + " " for k in range(0, len(run), _RUN_PIECE))[:len(run)]

    return _LONG_RUN.sub(cut, text)


def analyse(document: Document, model: Optional[str] = None, nlp=None) -> Analysed:
    """Tokenise every block once and find its sentences."""
    nlp = nlp or get_nlp(model)
    # invisible characters (zero-width, bidi controls) become spaces for the tokenizer, one
    # for one, so that "utilise\u200d" is still the word "utilise" and offsets stay right
    # (the whole text searched once for them: most documents have none, and translating
    # every block's text one character at a time was 0.03 s per MB)
    text = document.text
    if _INVISIBLE_CHAR.search(text):
        text = text.translate(_INVISIBLE)
    texts = [_break_long_runs(text[b.start:b.end]) for b in document.blocks]
    trained = bool(nlp.pipe_names)
    if trained:
        block_docs = list(nlp.pipe(texts, batch_size=256))
    else:
        # blank English has no pipeline components: its Doc is the tokenizer's (``make_doc``,
        # without the generators of ``nlp.pipe``), and one Doc serves every block of the same
        # text: a document repeats many blocks word for word (a bullet alone, 'N/A', table
        # cells, running headings: a third of the corpus's blocks), and the rules only read a
        # Doc, never change it
        made: dict = {}
        make_doc = nlp.make_doc
        block_docs = []
        for t in texts:
            d = made.get(t)
            if d is None:
                d = made[t] = make_doc(t)
            block_docs.append(d)
    sentences: list[Sentence] = []
    block_sentences: list[list[int]] = []
    flags = word_flags(nlp.vocab)
    all_texts: list = []
    read: dict = {}  # block text -> what _read_block found in it (read once per distinct text)
    starts: dict = {}  # id(Doc) -> its tokens' offsets (Analysed.token_starts), read with the texts
    for bi, (block, doc) in enumerate(zip(document.blocks, block_docs)):
        btext = texts[bi]
        got = read.get(btext)
        if got is None:
            got = read[btext] = _read_block(doc, btext, flags)
            all_texts.append(got[0])
        else:
            all_texts.append(list(got[0]))  # each block its own list (of the same strings)
        starts.setdefault(id(doc), got[2])
        idxs = []
        base = block.start
        for ts, te, start_char, end_char, stext, words in got[1]:
            idxs.append(len(sentences))
            # by position (block_index, start, end, tok_start, tok_end, text, words): half the
            # cost of naming each field, for the 17,000 sentences of 1 MB
            sentences.append(Sentence(bi, base + start_char, base + end_char, ts, te, stext, words))
        block_sentences.append(idxs)
    analysed = Analysed(document=document, block_docs=block_docs, sentences=sentences,
                        block_sentences=block_sentences, trained=trained, _starts=starts)
    # the cached properties, already worked out
    analysed.__dict__["token_texts"] = all_texts
    analysed.__dict__["block_texts"] = texts
    return analysed


#: spaCy's attribute ids IDX and LENGTH, as _read_block asks for them (set at its first call)
_IDX_LENGTH: Optional[list] = None


def _read_block(doc, btext: str, flags) -> tuple:
    """(token texts, sentences, token offsets) of one block's Doc made from ``btext``: each
    sentence as (token start, token end, character start, character end, its text, its words),
    white space tokens trimmed from its ends; each token's offset in ``btext`` (its ``idx``,
    kept for :meth:`Analysed.token_starts`). Token texts and offsets are read as arrays and
    lists, not one spaCy Token object per token (making those was a third of the analysis);
    a token's being a word depends on its text alone."""
    if not len(doc):
        return [], [], []
    global _IDX_LENGTH
    if _IDX_LENGTH is None:
        # (imported once, not at each of the 5,800 distinct blocks of 1 MB: 4 ms; not when this
        # module is imported, which would import spaCy)
        from spacy.attrs import IDX, LENGTH

        _IDX_LENGTH = [IDX, LENGTH]

    # each token's offset and length in two flat lists: its text is a slice of the block's
    # text (a Doc's text is its tokens' texts and the spaces after them, in order)
    starts, lengths = doc.to_array(_IDX_LENGTH).T.tolist()
    toks = [btext[a:a + n] for a, n in zip(starts, lengths)]
    out = []
    for ts, te in split_sentences(doc, btext, toks, starts):
        # trim whitespace tokens at the ends
        while ts < te and toks[ts].isspace():
            ts += 1
        while te > ts and toks[te - 1].isspace():
            te -= 1
        if ts >= te:
            continue
        start_char = starts[ts]
        end_char = starts[te - 1] + len(toks[te - 1])
        out.append((ts, te, start_char, end_char, btext[start_char:end_char],
                    sum(map(flags.__getitem__, toks[ts:te]))))
    return toks, out, starts


def word_pairs(token_lists, lower_of: Optional[dict] = None) -> set:
    """The pairs (a, b) of lower-case texts of two tokens next to each other in one of
    ``token_lists`` (the token texts of each distinct block), space tokens passed over: what a
    phrase's sure words written next to each other must be to match (see ``phrases``). Also the
    last word of one list and the first of the next: a pair too many only keeps a phrase from
    waiting, never the other way. Read in C (``filter``, ``map``, ``zip``), about 0.02 s for
    the 190,000 tokens of 1 MB. ``lower_of``: each token text -> its lower-case text
    (``Analysed.lower_of``), so that each distinct text is lowered once and the pairs hold
    strings whose hashes are already worked out."""
    from itertools import chain

    # str.strip of a space token is empty: the tokens kept are the ones not all white space
    flat = filter(str.strip, chain.from_iterable(token_lists))
    flat = list(map(lower_of.__getitem__, flat) if lower_of is not None else map(str.lower, flat))
    return set(zip(flat, flat[1:]))


def token_texts(doc) -> list:
    """The texts of a Doc's tokens, read from its array of string ids (no Token objects)."""
    from spacy.attrs import ORTH

    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(ORTH).tolist()]


def is_word_text(vocab, text: str) -> bool:
    """:func:`is_word` of a token with this text: its flags are its lexeme's, so the text
    decides. For work on ``Analysed.token_texts`` without making Token objects; remembered
    per text."""
    return bool(word_flags(vocab)[text])


class TextTable(dict):
    """text -> ``fn(vocab, text)``, worked out on first sight: a test of a token's text (whose
    flags are its lexeme's) made once per distinct text, then one dictionary look-up per token
    (``text_table(vocab, fn).__getitem__``)."""

    def __init__(self, vocab, fn):
        super().__init__()
        self.vocab = vocab
        self.fn = fn

    def __missing__(self, text: str):
        value = self.fn(self.vocab, text)
        if len(self) > 500_000:
            self.clear()  # a long-running server sees ever more texts: start again
        self[text] = value
        return value


_text_tables: dict = {}


def text_table(vocab, fn) -> TextTable:
    """The :class:`TextTable` of ``fn`` for a vocabulary (one per pipeline and test, kept for the
    process)."""
    table = _text_tables.get((vocab, fn))
    if table is None:
        table = _text_tables[(vocab, fn)] = TextTable(vocab, fn)
    return table


def _word_flag(vocab, text: str) -> int:
    """1 if a token with this text is a word (:func:`is_word`), else 0."""
    lex = vocab[text]
    return int(not (lex.is_punct or lex.is_space or lex.is_bracket or lex.is_quote)
               and any(c.isalnum() for c in text))


def word_flags(vocab) -> TextTable:
    """The text -> 0/1 word table of a vocabulary (:func:`is_word` by text)."""
    return text_table(vocab, _word_flag)


#: white space that makes a token of its own: any but a single space between words
_SPACE_TOKEN_TEXT = re.compile(r"[^\S ]|  |^ | $")


def may_hold_space_token(text: str) -> bool:
    """``bool(_SPACE_TOKEN_TEXT.search(text))``, in C without the regex engine: the text is not its words
    joined by single spaces (``str.split`` and the regex's ``\\s`` take the same characters for white
    space) where it has white space other than a space, two spaces together, or a space at either end.
    8.5 -> 5.5 ms for the 5,800 distinct blocks of 1 MB; tests/test_speed_shortcuts_scans.py compares."""
    return " ".join(text.split()) != text

_INVISIBLE = {c: " " for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C,
                               0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F)}
_INVISIBLE_CHAR = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")


# ---------------------------------------------------------------------------------------
# Text that is not the writer's own wording: references and quotations

_REFERENCES_HEADING = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(references|bibliography|sources|further reading|useful links|endnotes|"
    r"notes and references|reference list|works cited)\b", re.IGNORECASE)
_REFERENCE_ENTRY = re.compile(r"\bet al\b|\bdoi\b|doi\.org|\bAvailable (from|at):|\[Accessed\b|\bISBN\b|\bRetrieved from\b",
                              re.IGNORECASE)
# a block that starts as a reference does: authors with initials and a year ("Smith, J. (2019)",
# "Smith J, Jones K (2019)"), or a body and a year before a title ("NHS England (2019) The...")
_REFERENCE_START = re.compile(
    r"^[\s\d\[\]().•·-]*(?=.{0,160}\b(?:19|20)\d\d\b)(?:"
    r"[A-Z][A-Za-z'’-]+,?\s+(?:[A-Z]\.\s?){1,3}(?:,|&|and\b|\(?(?:19|20)\d\d)"
    r"|[A-Z][A-Za-z'’-]+\s+[A-Z]{1,3},\s+[A-Z][A-Za-z'’-]+\s+[A-Z]{1,3}[,.]?\s*(?:\(|et al|[A-Z][A-Za-z'’-]+\s+[A-Z]{1,3}\b)"
    r"|[A-Z][\w&,'’ -]{1,80}\s\((?:19|20)\d\d[a-z]?\)[.,]?\s+[A-Z‘“'\"]"
    r")")



#: a line of a recording's transcript naming a speaker and the time into the recording ("Ifan Evans: 00:14:22"):
#: what follows is speech, which the writer cannot reword (plain words and acronyms read it so)
SPEAKER_TIME_LINE = re.compile(r"^[ \t]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}:?[ \t]+\(?\d{1,2}:\d{2}:\d{2}\)?[ \t]*$",
                               re.M)
#: what every such line holds, a time's minutes and seconds: a search with a first character to look for
#: (0.3 ms a MB), where SPEAKER_TIME_LINE's '^' is tried at every position (12 ms a MB)
_TIME_HINT = re.compile(r":\d\d:\d\d")


def speaker_time_lines(text: str, endpos: int = sys.maxsize) -> list:
    """SPEAKER_TIME_LINE.findall(text, 0, endpos), searched only where the text holds a time
    (a line's match holds one; tests/test_speed_shortcuts_speed2.py compares)."""
    return SPEAKER_TIME_LINE.findall(text, 0, endpos) if _TIME_HINT.search(text, 0, endpos) else []


def has_speaker_time_line(text: str) -> bool:
    """Does SPEAKER_TIME_LINE match somewhere in ``text``? (as :func:`speaker_time_lines`)"""
    return _TIME_HINT.search(text) is not None and SPEAKER_TIME_LINE.search(text) is not None

def reference_blocks(analysed) -> set:
    """Indexes of the blocks in a reference list or links section, or that read as one
    reference ("Fazel S, Khosla V ... doi:"): there the words are other people's titles,
    journals and organisations' names, not the writer's wording. Worked out once per
    document (``Analysed.reference_blocks``)."""
    return analysed.reference_blocks


#: a word every match of _REFERENCE_ENTRY holds, in lower case
_REFERENCE_ENTRY_WORDS = ("et al", "doi", "available", "[accessed", "isbn", "retrieved from")
#: letters that a case-blind pattern matches to ASCII letters though lower() does not make them
#: ASCII, or makes them two characters ('İ'): where one is met, every block is searched
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _entry_candidates(analysed) -> Optional[set]:
    """The blocks where _REFERENCE_ENTRY could match (None: search every block). Its case-blind
    search of each block was a tenth of a second per MB; finding its words in the document's
    lower-cased text is a hundredth, and only the blocks holding one are searched."""
    text = analysed.document.text
    if _ODD_CASE.search(text):
        return None
    low = analysed.lower_text  # (text.lower(), made once for the document)
    blocks = analysed.blocks
    starts = [b.start for b in blocks]
    out = set()
    for w in _REFERENCE_ENTRY_WORDS:
        i = low.find(w)
        while i != -1:
            bi = bisect.bisect_right(starts, i) - 1
            out.add(bi)
            # on from the end of this block ("doing" holds "doi": one find per block, not per word)
            i = low.find(w, max(i + 1, blocks[bi].end if bi >= 0 else 0))
    return out


#: where a year could start (every place, overlapping ones too): _REFERENCE_START needs one
#: where a year (19xx, 20xx) starts: the places ``(?=(?:19|20)\d\d)`` finds, found faster by starting with
#: the year's first two digits (the regex engine then looks for a 1 or a 2 and tries only there). Two
#: years cannot start one character apart (neither "19" nor "20" is followed by a 9 or a 0 that starts
#: "19" or "20"), so consuming the first two digits skips none (tests/test_speed_shortcuts_scans.py).
_YEAR_AT = re.compile(r"(?:19|20)(?=\d\d)")
_START_READ = 200  # _REFERENCE_START reads this many characters of a block


def _year_blocks(analysed) -> set:
    """The blocks whose first ``_START_READ`` characters hold a year (19xx or 20xx): only
    there can _REFERENCE_START match, so only there is it tried (one search of the
    document's text, where trying it on each of 14,000 blocks was 0.03 s per MB)."""
    blocks = analysed.blocks
    starts = [b.start for b in blocks]
    out = set()
    for m in _YEAR_AT.finditer(analysed.document.text):
        p = m.start()
        bi = bisect.bisect_right(starts, p) - 1
        if bi >= 0 and p + 4 <= min(blocks[bi].end, blocks[bi].start + _START_READ):
            out.add(bi)
    return out


def _reference_blocks(analysed) -> set:
    out = set()
    text = analysed.document.text
    candidates = _entry_candidates(analysed)
    years = _year_blocks(analysed)
    headings: dict = {}  # section -> is it a references heading (a section spans many blocks)
    for bi, b in enumerate(analysed.blocks):
        sec = b.section or ""
        is_refs = headings.get(sec)
        if is_refs is None:
            is_refs = headings[sec] = bool(len(sec) <= 60 and _REFERENCES_HEADING.match(sec))
        if is_refs:
            out.add(bi)
        elif b.kind != "heading" and ((candidates is None or bi in candidates)
                                      and _REFERENCE_ENTRY.search(text, b.start, b.end)
                                      or bi in years
                                      and _REFERENCE_START.match(text[b.start:min(b.end, b.start + _START_READ)])):
            out.add(bi)
    return out


#: a law, rule or document named by its title or number: 'the Housing Act 1996', 'section 13A(1)',
#: 'Regulation 4', 'Article 8', 'Schedule 2', 'the Council's Lettings Policy', 'paragraph 3.2 of the Code'
_NAMED_LAW = re.compile(
    r"\b(?:[A-Z][\w'’()-]*\s+){1,8}(?:Act|Regulations|Order|Rules|Code|Directive|Policy|Constitution|Standing Orders|Notice|Standards?|Guidance|Directions?)\b"
    r"|\b(?:[Ss]ections?|[Rr]egulations?|[Aa]rticles?|[Ss]chedules?|[Pp]aragraphs?|[Cc]lauses?|[Rr]ules?|[Ss]\.)\s*\d+[A-Z]?\b"
    r"|\bs\d+[A-Z]?\b")
#: the words that introduce a quotation given word for word, just before its colon ('It says:', 'which
#: states:', 'states that:', 'reads as follows:', 'provides that:', 'is defined as:'); the colon after a writer's own
#: words that open a list ('We will:', 'The plan covers:') is none
_QUOTING_COLON = re.compile(
    r"\b(?:says|states(?: that)?|stated(?: that)?|reads(?: as follows)?|read as follows|provides(?: that)?|is defined as"
    r"|are defined as|defines (?:it|this|them) as|is worded as follows)\s*:\s*", re.IGNORECASE)
#: the start of a numbered or lettered part of a law ('a.', '(1)', '(b)', 'ii)')
_LAW_PART = re.compile(r"^\s*(?:\(?[a-z]{1,4}[.)]|\(?\d{1,3}[A-Z]?[.)]|\([a-z]{1,4}\)|\(\d{1,3}[A-Z]?\))\s", re.IGNORECASE)
#: how many blocks a quotation of law with no marks may run over (its numbered parts)
_LAW_MOST = 12
#: words that introduce a passage as a quotation whatever it quotes, with no law or document named: 'The
#: following is taken from an email sent to the council by ...', 'Below is an extract from the letter:';
#: the introduction runs to its colon, or to a full stop that ends its paragraph (the passage is the
#: next paragraph)
_INTRODUCED = re.compile(
    r"\b(?:the following (?:is|are|has been|have been|was|were) (?:taken|extracted|quoted|reproduced|copied) from"
    r"|(?:an?|the following) (?:extract|excerpt)s? (?:is |are |was |were )?(?:taken )?from"
    r"|the following (?:is|are) (?:an? )?(?:extract|excerpt|quotation)s? (?:taken )?from)"
    r"\b[^.!?:\n]{0,300}?(?::\s*|\.\s*$)", re.IGNORECASE)
#: 'reads as follows:' and a verb's 'states:' (in lower case, and not the noun: 'the following states:',
#: 'member states:') introduce words quoted as they stand, with or without a law named; not 'states
#: that:', which after no law or document named reports more often than it quotes
_QUOTING_LEAD = re.compile(
    r"\b(?:[Rr]eads as follows|[Ii]s worded as follows"
    r"|(?<![Ff]ollowing )(?<![Mm]ember )(?<![Uu]nited )(?<![Tt]he )(?<![Tt]hese )(?<![Oo]ther )(?<![Aa]ll )states)"
    r"\s*:\s*")
#: how many paragraphs a passage introduced as a quotation may run over, up to the one that closes it
#: with a quotation mark opened in none of them
_PASSAGE_MOST = 6
#: a closing quotation mark at a paragraph's end (before a full stop or none)
_CLOSES_AT_END = re.compile(r"[’”\"][.!?]?\s*$|[.!?][’”\"]\s*$")


def _next_paragraph(texts: list, kinds: list, bi: int) -> Optional[int]:
    """The index of the first block with words after block bi, where an introduction that ends its
    paragraph ('... section 3 states:', 'The following is taken from ...:') hands over to what it
    introduces; None at the end of the document or where that block is a heading."""
    j = bi + 1
    while j < len(texts) and not texts[j].strip():
        j += 1
    if j >= len(texts) or kinds[j] == "heading":
        return None
    return j


def quoted_law_ranges(texts: list, kinds: list) -> dict:
    """{block index: [(a, b)]}: text the writer quotes word for word and cannot reword. (1) The text
    after a colon that introduces a quotation (_QUOTING_COLON) of a law or document named in the
    same sentence or the one before (_NAMED_LAW: 'Under section 13A of the Local Government Finance
    Act 1992, ... It says:'), up to the end of its paragraph; where the colon ends its paragraph, the
    next paragraph, and after it the numbered or lettered parts that follow ('a. ...', '(2) ...'),
    up to _LAW_MOST blocks. (2) A passage introduced as a quotation with no law named
    (:func:`_introduced_passages`: 'The following is taken from an email sent to the council by
    ...', 'The letter reads as follows:', 'Her email states:')."""
    out: dict = {}
    for bi, t in enumerate(texts):
        if ":" not in t or kinds[bi] == "heading":
            continue
        for m in _QUOTING_COLON.finditer(t):
            # the sentence before the colon and the one before it
            before = t[:m.start()]
            cut = [x.end() for x in re.finditer(r"[.!?]\s+(?=[A-Z])", before)]
            since = cut[-2] if len(cut) >= 2 else 0
            if not _NAMED_LAW.search(before, since):
                continue
            if m.end() < len(t.rstrip()):
                out.setdefault(bi, []).append((m.end(), len(t)))
                break
            j = _next_paragraph(texts, kinds, bi)
            if j is None:
                break
            def part(k: int) -> bool:  # a numbered or lettered part (its marker may be read off as a list's)
                return kinds[k] == "list-item" or bool(_LAW_PART.match(texts[k]))

            parts = part(j)
            first = j
            while j < len(texts) and j - first < _LAW_MOST and kinds[j] != "heading":
                if texts[j].strip():
                    if j > first and not (parts and part(j)):
                        break
                    out.setdefault(j, []).append((0, len(texts[j])))
                j += 1
            break
    # a passage introduced as a quotation, where no law's quotation covers the block already
    for k, ranges in _introduced_passages(texts, kinds).items():
        out.setdefault(k, ranges)
    return out


def _introduced_passages(texts: list, kinds: list) -> dict:
    """{block index: [(a, b)]}: a passage introduced as a quotation (_INTRODUCED, _QUOTING_LEAD), from the
    introduction's colon to the end of its paragraph; where the introduction ends its paragraph, the
    next paragraph, and the paragraphs after it up to one that ends with a closing quotation mark
    opened in none of them ('... / We would also be concerned about the fee.’'), or the numbered or
    lettered parts after it, within _PASSAGE_MOST paragraphs and no heading between. Only these
    words: a colon after the writer's own words ('We will:', 'The plan covers:') introduces no quotation."""
    out: dict = {}
    for bi, t in enumerate(texts):
        if kinds[bi] == "heading":
            continue
        m = None
        if "ollowing" in t or "xtract" in t or "xcerpt" in t or "XTRACT" in t or "XCERPT" in t:
            m = _INTRODUCED.search(t)
        if m is None and ":" in t:
            m = _QUOTING_LEAD.search(t)
        if m is None:
            continue
        if m.end() < len(t.rstrip()):
            # (a range holds the words after a: the first quoted word starts at the colon's end)
            out.setdefault(bi, []).append((m.end() - 1, len(t)))
            continue
        j = _next_paragraph(texts, kinds, bi)
        if j is None:
            continue
        first = last = j
        # the numbered or lettered parts that follow the first (a letter's or a law's list)
        if kinds[j] == "list-item" or _LAW_PART.match(texts[j]):
            k = j + 1
            while k < len(texts) and k - first < _PASSAGE_MOST and kinds[k] != "heading":
                if texts[k].strip():
                    if not (kinds[k] == "list-item" or _LAW_PART.match(texts[k])):
                        break
                    last = k
                k += 1
        # a closing mark at the end of a later paragraph, opened in none: the passage runs to it
        for k in range(first, min(len(texts), first + _PASSAGE_MOST)):
            tk = texts[k]
            if kinds[k] == "heading" or (k > first or tk.lstrip()[:1] not in "“‘\"") and (
                    "“" in tk or "‘" in tk or tk.count('"') > 1):
                break  # a heading, or a quotation of its own opens: the passage closed before
            if _CLOSES_AT_END.search(tk):
                last = max(last, k)
                break
        for k in range(first, last + 1):
            if texts[k].strip():
                out.setdefault(k, []).append((-1, len(texts[k])))
    return out


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks: double straight or curly, or single curly
    and straight quotes used as marks (not apostrophes: an opening mark follows no letter,
    a closing one is followed by none)."""
    out = []
    n = len(text)
    # from one quotation mark to the next (found by search, not character by character)
    m = _QUOTE_MARK.search(text)
    while m is not None:
        i = m.start()
        c = text[i]
        after = i + 1
        if c in "“\"" or i == 0 or not text[i - 1].isalnum():
            close = _QUOTE_PAIRS[c]
            j = text.find(close, i + 1)
            while j != -1 and not (close in "”\"" or j + 1 >= n or not text[j + 1].isalnum()):
                j = text.find(close, j + 1)
            if j != -1:
                out.append((i, j))
                after = j + 1
        m = _QUOTE_MARK.search(text, after)
    return out


_QUOTE_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'"}
_QUOTE_MARK = re.compile("[“‘\"']")
