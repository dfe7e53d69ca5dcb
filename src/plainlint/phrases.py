"""A phrase matcher that tokenises its phrases only when a document could hold them.

The word lists and the co-production lexicon hold about 5,000 phrases. Tokenising them all
makes spaCy build a vocabulary entry for every new word, which costs 0.3 s at start-up: a
third of spaCy's own, and most of a pre-commit run on one short file. Most of those phrases
can never match a given short document, so they wait until one could.

Which phrases could match is decided soundly (never missing a match): a phrase matches a
run of tokens whose lower-case texts are the phrase's tokens, so the document's lower-case
text with everything but letters and digits removed must contain the phrase's, likewise
squashed ("in order to" -> "inorderto"; "can not" in a document squashes to the "cannot"
of a phrase that spaCy splits the same way). A phrase whose squashed form is in the
document is tokenised and added; the rest stay waiting. Long documents, or a run past its
first few documents, simply add everything that is still waiting: by then the saving is
small and the checking would cost more.

A long document (or a run past its first few documents) is not searched phrase by phrase:
where the caller gives the document's words (its tokens' lower-case texts, read once), a
phrase waits while one of its *sure words* is not among them. A sure word is a part of the
phrase between spaces made of letters A-Z and a-z only and no special case of the tokenizer: spaCy
makes such a part one token of the same text, so a document matching the phrase holds it
as a token (``tests/test_speed_shortcuts_more.py`` tokenises every phrase of the word lists
and the co-production lexicon to show it). Where the caller also gives the document's *word
pairs* (the lower-case texts of every two tokens next to each other, space tokens passed
over), a phrase also waits while two of its sure words written next to each other ('in
order', 'service users') are not such a pair: the phrase's own tokens have only white space
between two such parts, and the matchers match a block's tokens as they are or with the space
tokens left out, so a match holds the two next to each other (on the 1 MB text of
``bench/core.py`` 2,900 fewer of 5,200 phrases are tokenised and added). The phrases left
waiting go back in the queue at the next document; a caller matching a Doc it did not prepare
for (``prepared=False``, the default) brings them back at once, so nothing is ever missed.

Matches come back in an order that does not depend on when each phrase was added: by
start, then end, then the order in which keys were first registered.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Callable, Optional

_NOT_ALNUM = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """Lower case, letters and digits only."""
    return _NOT_ALNUM.sub("", text.lower())


class LazyPhraseMatcher:
    """spaCy's PhraseMatcher on LOWER, with phrases added on demand (see the module)."""

    flush_chars = 50_000  # a document this long (or longer) adds everything waiting
    flush_documents = 20  # so does the 21st document a process prepares for

    def __init__(self, nlp):
        from spacy.matcher import PhraseMatcher

        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._pending: dict[str, list] = {}  # squashed phrase -> [(key, phrase)]
        self._order: dict[int, int] = {}  # key's hash -> order of registration
        self._prepared = 0
        self._ready_for = ""  # squashed text of the last document prepared for
        #: phrases a long document's words ruled out, (squashed phrase, key, phrase): back in
        #: the queue at the next prepare, or at a match not prepared for
        self._deferred: list = []
        self._sure: dict[str, tuple] = {}  # phrase -> (its sure words, those next to each other): see the module
        self._special: Optional[set] = None  # the tokenizer's special cases, lower case
        #: (lower-case text, lower-case text) of every two tokens next to each other in a
        #: phrase added so far: a match can run across a gap only between such a pair
        self.pairs: set = set()

    def add(self, key: str, phrases, squashed=None) -> int:
        """Register ``phrases`` under ``key`` (adding to the key's phrases if it exists);
        returns the key's hash, the match id the matcher reports. ``squashed``: each phrase's
        :func:`squash`, where the caller has them (made at build time: forms.py)."""
        h = self.nlp.vocab.strings.add(key)
        self._order.setdefault(h, len(self._order))
        now = []
        for ph, sq in (zip(phrases, squashed) if squashed is not None else ((ph, squash(ph)) for ph in phrases)):
            if sq:
                self._pending.setdefault(sq, []).append((key, ph))
            else:
                now.append(ph)  # punctuation only: nothing to test a document for
        if now:
            self._add(key, now)
        return h

    def _add(self, key: str, phrases: list) -> None:
        """Give the matcher ``phrases`` under ``key``. A plain phrase (sure words between single
        spaces: see the module) is spaCy's tokens of its words, so its pattern is the keys of
        its words in lower case (each token's LOWER, the hash of its lower-case text), given
        to the matcher as they are: no Doc, no vocabulary entries, no tokenizer. Any other
        phrase is tokenised. ``tests/test_speed_shortcuts_phrases.py`` compares every phrase
        of the word lists and the co-production lexicon with its Doc's LOWER keys."""
        from .analysis import token_texts

        make_doc = self.nlp.make_doc
        key_of = self.nlp.vocab.strings.add
        patterns = []
        for ph in phrases:
            lows = self.plain_words(ph)
            if lows is not None:
                patterns.append(list(map(key_of, lows)))
            else:
                d = make_doc(ph)
                patterns.append(d)
                # a token's LOWER is its text in lower case: read from the Doc's array of
                # texts, not from a spaCy Token object made for each token
                lows = list(map(str.lower, token_texts(d)))
            if len(lows) > 1:
                self.pairs.update(zip(lows, lows[1:]))
        self.matcher.add(key, patterns)

    def plain_words(self, phrase: str) -> Optional[tuple]:
        """The lower-case texts of a plain phrase's tokens (its words: every part between single
        spaces a sure word), or None when the phrase must be tokenised to know them."""
        sure = self._sure_words(phrase)
        return sure if sure and " ".join(sure) == phrase.lower() else None

    @property
    def waiting(self) -> int:
        """How many phrases are not yet tokenised (for tests and benchmarks)."""
        return sum(len(v) for v in self._pending.values())

    def _sure_words(self, phrase: str) -> tuple:
        """The parts of ``phrase`` that spaCy surely makes one token each (see the module)."""
        return self._sure_of(phrase)[0]

    def _sure_pairs_of(self, phrase: str) -> tuple:
        """Pairs of the phrase's sure words written next to each other, with only white space
        between them: the tokens of those parts are next to each other but for space tokens."""
        return self._sure_of(phrase)[1]

    def _sure_of(self, phrase: str) -> tuple:
        """(sure words, sure pairs) of ``phrase``, worked out together in one pass over its parts
        and kept. A part of letters A-Z and a-z only is one that ``isascii`` and ``isalpha``
        both pass (two tests in C, not a pattern; ``tests/test_speed_shortcuts_pairs.py``)."""
        got = self._sure.get(phrase)
        if got is None:
            if self._special is None:
                self._special = {k.lower() for k in self.nlp.tokenizer.rules}
            special = self._special
            parts = [low if w.isascii() and w.isalpha() and (low := w.lower()) not in special else None
                     for w in phrase.split()]
            words = tuple(filter(None, parts))
            pairs = tuple((a, b) for a, b in zip(parts, parts[1:]) if a and b) if len(words) >= 2 else ()
            got = self._sure[phrase] = (words, pairs)
        return got

    def _bring_back(self) -> None:
        for sq, key, ph in self._deferred:
            self._pending.setdefault(sq, []).append((key, ph))
        self._deferred = []

    def prepare(self, text: str, words: Optional[Callable[[], set]] = None,
                pairs: Optional[Callable[[], set]] = None) -> None:
        """Make sure every phrase that could match somewhere in ``text`` is added.
        ``words``: gives the document's tokens' lower-case texts, for a long document;
        ``pairs``: with it, the document's word pairs (:func:`plainlint.analysis.word_pairs`; see the module)."""
        if self._deferred:
            self._bring_back()
        if not self._pending:
            return
        self._prepared += 1
        if len(text) >= self.flush_chars or self._prepared > self.flush_documents:
            todo = list(self._pending)
            self._ready_for = ""
            if words is not None:
                present = words()
                next_to = pairs() if pairs is not None else None
                # (each phrase's sure words and pairs read from the kept table, the method called only
                # for a phrase not yet worked out: 10,000 phrases looked at on the 1 MB bench text)
                sure, sure_of, deferred = self._sure, self._sure_of, self._deferred
                for k in todo:
                    keep = []
                    for key, ph in self._pending[k]:
                        got = sure.get(ph) or sure_of(ph)
                        if present.issuperset(got[0]) and (next_to is None or next_to.issuperset(got[1])):
                            keep.append((key, ph))
                        else:
                            deferred.append((k, key, ph))
                    self._pending[k] = keep
        else:
            sq = squash(text)
            todo = [k for k in self._pending if k in sq]
            self._ready_for = sq
        by_key: dict[str, list] = {}
        for k in todo:
            for key, ph in self._pending.pop(k):
                by_key.setdefault(key, []).append(ph)
        for key, phs in by_key.items():
            self._add(key, phs)

    def across_a_gap(self, texts) -> bool:
        """Could a phrase match across a run of space tokens (a line break, a double space) in
        a block with these token texts? Only where the words either side of the run stand next
        to each other in some phrase added so far; elsewhere the block's matches with its space
        tokens left out are exactly its matches with them in."""
        pairs = self.pairs
        n = len(texts)
        # the space tokens, found in one pass in C; each run of them is looked at from its first
        spaces = list(compress(range(n), map(str.isspace, texts)))
        after = 0  # the first token past the run last looked at
        for i in spaces:
            if i < after or i == 0 or i >= n - 1:
                continue
            j = i
            while j < n and texts[j].isspace():
                j += 1
            if j < n and (texts[i - 1].lower(), texts[j].lower()) in pairs:
                return True
            after = j + 1
        return False

    def __call__(self, doc, prepared: bool = False) -> list:
        """(match id, start, end) for every match in ``doc``, in a fixed order. ``prepared``:
        ``doc`` is (a view of) a block of the document last prepared for."""
        if self._deferred and not prepared:
            self._bring_back()
        if self._pending:
            # not prepared for this text (a caller that skipped prepare, or another
            # document): prepare now, so that nothing is ever missed
            part = squash(doc.text)
            if part and part not in self._ready_for:
                self.prepare(doc.text)
        order = self._order
        matches = self.matcher(doc)
        if len(matches) > 1:  # (most blocks have none)
            matches.sort(key=lambda m: (m[1], m[2], order.get(m[0], 0)))
        return matches
