"""The single NLP pass: every block tokenised once, split into sentences, shared by all rules.

spaCy's blank English pipeline gives tokens (no model download). Sentences come from
our own rules over those tokens, which know the abbreviations, initials, numbers and
list markers that a plain full-stop splitter gets wrong. If a trained pipeline is
configured (``model = "en_core_web_sm"``) and installed, its tags and lemmas are used by
the rules that can use them; sentence boundaries stay ours, and never cross a block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from .document import Block, Document
from .errors import ConfigError

# A full stop after these never ends a sentence: titles and Latin abbreviations.
NEVER_SPLIT = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "cllr", "rev", "revd", "hon", "rt", "e.g", "i.e",
    "eg", "ie", "cf", "viz", "vs", "approx", "incl", "dept", "govt", "nr", "gen", "lt", "capt",
    "sgt", "supt", "insp", "det", "n.b", "nb", "op", "ibid",
}
# ... nor before a number: "No. 5", "para. 3.2", "Jan. 2020".
BEFORE_NUMBER = {
    "no", "nos", "p", "pp", "para", "paras", "fig", "figs", "sec", "sect", "ch", "chap", "art",
    "reg", "regs", "sch", "pt", "vol", "vols", "tel", "ext", "ref", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "app", "v",
}
# Words that often start a sentence: "Option A. The ..." ends at "A." before them.
SENTENCE_OPENERS = {
    "the", "this", "that", "these", "those", "we", "it", "its", "in", "a", "an", "there", "they",
    "he", "she", "i", "our", "if", "as", "for", "however", "you", "your", "their", "at", "on",
    "to", "what", "when", "where", "which", "who", "how", "all", "each", "some", "many", "most",
    "further", "also", "but", "and", "so", "after", "before", "during", "following", "since",
}

_OPENERS = set("\"'“‘([{«")
_CLOSERS = set("\"'”’)]}»")
_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "...."}


@dataclass
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
    # shared by checks within one document, by string key: only the acronym and
    # co-production checks still use it; shared facts are the named properties below
    cache: dict = field(default_factory=dict)

    @property
    def blocks(self) -> list[Block]:
        return self.document.blocks

    # -- shared facts, each worked out once per document on first use -------------------
    @cached_property
    def reference_blocks(self) -> set:
        """Indexes of the blocks in a reference list, or that read as one reference."""
        return _reference_blocks(self)

    @cached_property
    def prose(self) -> list:
        """The sentences readability figures are computed on (metrics.counts_as_prose)."""
        from .metrics import counts_as_prose

        blocks = self.blocks
        return [s for s in self.sentences if counts_as_prose(blocks[s.block_index], s)]

    @cached_property
    def passives(self) -> dict:
        """id(sentence) -> (sentence, its passive constructions), for checked sentences."""
        from .checks.passive import find_all_passives

        return find_all_passives(self)

    @cached_property
    def readability(self) -> dict:
        """The readability figures of the whole document's prose."""
        from .metrics import readability

        return readability(self.prose)

    def words(self) -> int:
        return sum(s.words for s in self.sentences)


_model_cache: dict = {}


def get_nlp(model: Optional[str] = None):
    """The pipeline, loaded once per process per model name."""
    key = model or ""
    nlp = _model_cache.get(key)
    if nlp is not None:
        return nlp
    import spacy

    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "textcat", "senter", "parser"])
        except (OSError, ImportError) as exc:
            raise ConfigError(
                f"model = {model!r}: that spaCy pipeline is not installed ({exc.__class__.__name__}); "
                "install it, or remove the 'model' setting to use the built-in rules"
            ) from None
    else:
        nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    _model_cache[key] = nlp
    return nlp


def is_word(tok) -> bool:
    return not (tok.is_punct or tok.is_space or tok.is_bracket or tok.is_quote) and any(
        c.isalnum() for c in tok.text
    )


def _starts_sentence(tok) -> bool:
    c = tok.text[0]
    return c.isupper() or c.isdigit() or c in _OPENERS or c in "•–*"


def _ends_sentence(doc, i: int) -> bool:
    """Does token i (a full stop or similar, or a word carrying its own full stop) end a sentence?"""
    tok = doc[i]
    t = tok.text
    n = len(doc)
    nxt = doc[i + 1] if i + 1 < n else None
    while nxt is not None and nxt.is_space and nxt.i + 1 < n:
        nxt = doc[nxt.i + 1]
    if t in _TERMINAL:
        if t != "." or i == 0:
            return True
        prev = doc[i - 1]
        if prev.whitespace_:
            return True
        pl = prev.text.lower()
        if pl in NEVER_SPLIT:
            return False
        if pl in BEFORE_NUMBER and nxt is not None and nxt.text[:1].isdigit():
            return False
        if len(pl) == 1 and prev.text.isalpha():
            # an initial ("J. Smith") unless a sentence plainly starts next
            return nxt is None or nxt.text.lower() in SENTENCE_OPENERS
        return True
    if len(t) > 1 and t.endswith("."):
        stem = t[:-1]
        low = stem.lower()
        if low in ("etc", "ltd", "plc", "inc", "co"):
            return True
        if len(stem) == 1 and stem.isalpha():
            # "Option A." then a sentence opener
            return nxt is not None and nxt.text.lower() in SENTENCE_OPENERS
        if any(c.isupper() for c in stem) and stem.replace("&", "").isalnum() and stem.isupper():
            return True  # an acronym that took the full stop: "A&E."
    return False


def split_sentences(doc) -> list[tuple[int, int]]:
    """Token ranges (start, end) of sentences in one block's Doc."""
    n = len(doc)
    if n == 0:
        return []
    bounds = []
    start = 0
    i = 0
    while i < n:
        t = doc[i].text
        if t == "." and i - start == 1 and (doc[start].text.isdigit() or len(doc[start].text) == 1):
            pass  # a paragraph or list number: "1. The council ..."
        elif (t in _TERMINAL or (len(t) > 1 and t.endswith("."))) and _ends_sentence(doc, i):
            j = i + 1
            # absorb closing quotes and brackets, and further terminal marks
            while j < n and (doc[j].text in _CLOSERS or doc[j].text in _TERMINAL) and not doc[j - 1].whitespace_:
                j += 1
            k = j
            while k < n and doc[k].is_space:
                k += 1
            if k >= n:
                break
            if _starts_sentence(doc[k]) and (doc[j - 1].whitespace_ or k > j):
                bounds.append((start, k))
                start = k
                i = k
                continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return bounds


def analyse(document: Document, model: Optional[str] = None, nlp=None) -> Analysed:
    """Tokenise every block once and find its sentences."""
    nlp = nlp or get_nlp(model)
    # invisible characters (zero-width, bidi controls) become spaces for the tokenizer, one
    # for one, so that "utilise\u200d" is still the word "utilise" and offsets stay right
    texts = [document.text[b.start:b.end].translate(_INVISIBLE) for b in document.blocks]
    trained = bool(nlp.pipe_names)
    block_docs = list(nlp.pipe(texts, batch_size=256))
    sentences: list[Sentence] = []
    block_sentences: list[list[int]] = []
    for bi, (block, doc) in enumerate(zip(document.blocks, block_docs)):
        idxs = []
        for ts, te in split_sentences(doc):
            # trim whitespace tokens at the ends
            while ts < te and doc[ts].is_space:
                ts += 1
            while te > ts and doc[te - 1].is_space:
                te -= 1
            if ts >= te:
                continue
            span = doc[ts:te]
            words = sum(1 for t in span if is_word(t))
            s = Sentence(
                block_index=bi,
                start=block.start + span.start_char,
                end=block.start + span.end_char,
                tok_start=ts,
                tok_end=te,
                text=span.text,
                words=words,
            )
            idxs.append(len(sentences))
            sentences.append(s)
        block_sentences.append(idxs)
    return Analysed(document=document, block_docs=block_docs, sentences=sentences,
                    block_sentences=block_sentences, trained=trained)


_INVISIBLE = {c: " " for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C,
                               0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F)}


# ---------------------------------------------------------------------------------------
# Text that is not the writer's own wording: references and quotations

_REFERENCES_HEADING = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(references|bibliography|sources|further reading|useful links|endnotes|"
    r"notes and references|reference list|works cited)\b", re.IGNORECASE)
_REFERENCE_ENTRY = re.compile(r"\bet al\b|\bdoi\b|doi\.org|\bAvailable (from|at):|\[Accessed\b|\bISBN\b|\bRetrieved from\b",
                              re.IGNORECASE)


def reference_blocks(analysed) -> set:
    """Indexes of the blocks in a reference list or links section, or that read as one
    reference ("Fazel S, Khosla V ... doi:"): there the words are other people's titles,
    journals and organisations' names, not the writer's wording. Worked out once per
    document (``Analysed.reference_blocks``)."""
    return analysed.reference_blocks


def _reference_blocks(analysed) -> set:
    out = set()
    text = analysed.document.text
    for bi, b in enumerate(analysed.blocks):
        sec = b.section or ""
        if len(sec) <= 60 and _REFERENCES_HEADING.match(sec):
            out.add(bi)
        elif b.kind != "heading" and _REFERENCE_ENTRY.search(text, b.start, b.end):
            out.add(bi)
    return out


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks: double straight or curly, or single curly
    and straight quotes used as marks (not apostrophes: an opening mark follows no letter,
    a closing one is followed by none)."""
    out = []
    pairs = {"“": "”", "‘": "’", '"': '"', "'": "'"}
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in pairs and (c in "“\"" or i == 0 or not text[i - 1].isalnum()):
            close = pairs[c]
            j = i + 1
            while j < n:
                if text[j] == close and (close in "”\"" or j + 1 >= n or not text[j + 1].isalnum()):
                    break
                j += 1
            if j < n:
                out.append((i, j))
                i = j + 1
                continue
        i += 1
    return out
