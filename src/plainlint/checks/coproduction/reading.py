"""Step 2, reading sentences: each sentence's matches sorted into claims (with definitions,
negations, quotations and questions set aside), activities on each rung, and the rung the
sentence describes (the ladder profile counts these)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from ...analysis import quote_ranges as _quote_ranges
from .model import (DETERMINERS, NO_CLAIM_KINDS, SKIP_AFTER_CLAIM, SKIP_KINDS, Hit, Lexicon, Rung)



@dataclass
class Relation:
    scan: "SentenceScan"
    claim: Hit
    lows: list  # low-rung activity hits
    strong: bool  # a firm tie (warning) or a loose one (suggestion)
    mixed: bool  # engagement mixed in: the activity may be more than consultation
    how: str  # which tie: means, label, equation, purpose, who, elaboration
    next_sentence: bool = False  # the activity is in the next sentence


@dataclass
class SentenceScan:
    index: int  # into analysed.sentences
    block: int
    lo: int  # compact token range
    hi: int
    hits: list
    claims: list = field(default_factory=list)  # valid strong claims
    weak_claims: list = field(default_factory=list)
    principle: bool = False
    low: list = field(default_factory=list)
    mid: list = field(default_factory=list)
    high: list = field(default_factory=list)
    people: bool = False
    rung: Optional[str] = None
    starts_elaboration: bool = False


REPORTING = {"told", "tell", "tells", "said", "say", "says", "asked", "ask", "gave", "give", "shared",
             "raised", "want", "wanted", "wants", "felt", "feel", "feels", "thought", "think",
             "thinks", "wrote", "write", "suggested", "reported", "report", "described", "explained",
             "expressed", "highlighted", "identified", "mentioned", "stated", "agreed", "chose"}
ADVERBS = {"then", "also", "now", "later", "first", "jointly", "carefully", "successfully", "fully",
           "largely", "mainly", "partly", "further", "again", "since", "recently", "subsequently",
           "not", "all", "both", "only", "being"}


def _verbish(word: str) -> bool:
    """A word that looks like a verb form without a tagger: consulted, tested, promoting."""
    return word.isalpha() and len(word) > 4 and (word.endswith("ed") or word.endswith("ing"))


_CONTENT = {"rung", "ctx", "claim", "weak-claim", "ind", "ind-a"}


class SentenceReader:
    """Reasoning over one document's matches, sentence by sentence."""

    def __init__(self, lex: Lexicon, analysed):
        self.lex = lex
        self.analysed = analysed
        self.blocks = []
        lex.matcher.prepare(analysed.document.text)
        for sdoc in analysed.block_docs:
            self.blocks.append(lex.match(sdoc))
        self.sentences: list[SentenceScan] = []
        self.by_block: dict[int, list] = {}
        self._quotes: dict[int, list] = {}
        self._lowers: dict[int, list] = {}
        starts: dict[int, list] = {}
        for si, s in enumerate(analysed.sentences):
            keep, hits = self.blocks[s.block_index]
            if not hits:
                continue
            lo = bisect.bisect_left(keep, s.tok_start)
            hi = bisect.bisect_left(keep, s.tok_end)
            if s.block_index not in starts:
                starts[s.block_index] = [h.start for h in hits]
            lo_h = bisect.bisect_left(starts[s.block_index], lo)
            sh = []
            for h in hits[lo_h:]:
                if h.start >= hi:
                    break
                if h.end <= hi:
                    sh.append(h)
            if not any(h.tag.kind in _CONTENT for h in sh):
                continue  # nothing about involvement, claims or signs of co-production
            scan = SentenceScan(si, s.block_index, lo, hi, sh)
            self._read(scan)
            self.sentences.append(scan)
            self.by_block.setdefault(s.block_index, []).append(scan)

    # -- helpers ------------------------------------------------------------------------
    def _lower(self, block: int) -> list:
        low = self._lowers.get(block)
        if low is None:
            sdoc = self.analysed.block_docs[block]
            low = [sdoc[i].lower_ for i in self.blocks[block][0]]
            self._lowers[block] = low
        return low

    def _token(self, block: int, i: int):
        return self.analysed.block_docs[block][self.blocks[block][0][i]]

    def _low(self, scan, i) -> str:
        return self._lower(scan.block)[i]

    def _is(self, scan, kind, i) -> bool:
        """Is word i one of the single-word cues of this kind?"""
        return scan.lo <= i < scan.hi and self._lower(scan.block)[i] in self.lex.words[kind]

    def _any_word(self, scan, kind, lo, hi) -> bool:
        words = self.lex.words[kind]
        return any(w in words for w in self._words(scan, lo, hi))

    def _cues(self, scan, kind) -> list:
        return [h for h in scan.hits if h.tag.kind == "cue" and h.tag.key == kind]

    def _any_cue(self, scan, kind, lo, hi) -> bool:
        return any(h.tag.kind == "cue" and h.tag.key == kind and lo <= h.start and h.end <= hi for h in scan.hits)

    def _cue_ends_within(self, scan, kind, pos, before) -> bool:
        """A cue of this kind ending within ``before`` words before ``pos``, with no boundary between."""
        for h in scan.hits:
            if h.tag.kind == "cue" and h.tag.key == kind and pos - before <= h.end <= pos and h.start < pos:
                if not self._any_cue(scan, "boundary", h.end, pos) and "," not in self._words(scan, h.end, pos):
                    return True
        return False

    def _words(self, scan, lo, hi) -> list:
        return self._lower(scan.block)[max(lo, scan.lo):min(hi, scan.hi)]

    def _in_quotes(self, scan, hit) -> bool:
        b = scan.block
        if b not in self._quotes:
            self._quotes[b] = _quote_ranges(self.analysed.block_docs[b].text)
        a = self._token(b, hit.start).idx
        return any(qs < a < qe for qs, qe in self._quotes[b])

    def _rung(self, hit) -> Rung:
        return self.lex.rung_by_id[hit.tag.key]

    # -- one sentence -------------------------------------------------------------------
    def _read(self, scan: SentenceScan) -> None:
        block = self.analysed.blocks[scan.block]
        hits = scan.hits
        # exclusions: a signal inside an excluded phrase of its rung is not a signal
        excl = [(h.tag.key, h.start, h.end) for h in hits if h.tag.kind == "rung-x"]
        claims_all = [h for h in hits if h.tag.kind == "claim"]
        claim_cov = set()
        for c in claims_all:
            claim_cov.update(range(c.start, c.end))
        signals = []
        for h in hits:
            if h.tag.kind not in ("rung", "ctx"):
                continue
            if any(k == h.tag.key and s < h.end and h.start < e for k, s, e in excl):
                continue
            if any(i in claim_cov for i in range(h.start, h.end)):
                continue
            signals.append(h)
        # where signals overlap, the longest wins ("asking patients for their views" over
        # "their views on"); a tie goes to the higher rung
        signals.sort(key=lambda h: (-(h.end - h.start), -self._rung(h).level, h.start))
        kept = []
        for h in signals:
            if any(h.start < k.end and k.start < h.end for k in kept):
                continue
            kept.append(h)
        kept.sort(key=lambda h: h.start)
        scan.people = any(h.tag.kind == "people" for h in hits)
        words = self._words(scan, scan.lo, scan.hi)
        question = bool(words) and words[-1] == "?"
        contrast = bool(self._cues(scan, "contrast")) or bool(self._cues(scan, "definition"))
        if not contrast:
            contrast = self._contrast_before(scan, kept) or self._from_to(scan, kept, claims_all)
        for h in kept:
            if self._cue_ends_within(scan, "negation", h.start, 4):
                continue
            lvl = self._rung(h).level
            if lvl in self.lex.high_levels:
                scan.high.append(h)
            elif lvl in self.lex.low_levels:
                if h.tag.kind == "ctx":
                    continue
                scan.low.append(h)
            else:
                scan.mid.append(h)
        skip = block.kind in SKIP_KINDS
        principle = question or contrast
        if block.kind not in NO_CLAIM_KINDS:
            for c in claims_all:
                verdict = self._claim_verdict(scan, c)
                if verdict == "principle":
                    principle = True
                elif verdict == "claim":
                    scan.claims.append(c)
            for c in hits:
                if c.tag.kind == "weak-claim" and self._weak_claim_ok(scan, c):
                    scan.weak_claims.append(c)
        scan.principle = principle
        elab = self._cues(scan, "elaboration")
        scan.starts_elaboration = any(h.start <= scan.lo + 1 for h in elab)
        if skip or principle or not (scan.people or scan.claims or scan.weak_claims):
            return  # the ladder counts sentences about involving people, not "Comments:"
        best = None
        for h in scan.low + scan.mid + scan.high:
            if h.tag.kind == "ctx":
                continue  # context words keep the rule quiet; they are too loose to count
            lvl = self._rung(h).level
            if best is None or lvl > best.level:
                best = self._rung(h)
        scan.rung = best.id if best else None

    def _contrast_before(self, scan, signals) -> bool:
        """'more than a survey', 'beyond consultation': the writer sets a rung aside."""
        for h in signals:
            if self._rung(h).level in self.lex.low_levels and self._cue_ends_within(scan, "contrast-before", h.start, 3):
                return True
        return False

    def _from_to(self, scan, signals, claims) -> bool:
        """'from consultation to co-production', 'from informing towards co-design'."""
        for h in signals:
            if self._rung(h).level not in self.lex.low_levels:
                continue
            if h.start - 1 >= scan.lo and self._low(scan, h.start - 1) == "from":
                for c in claims:
                    if c.start > h.end and self._low(scan, c.start - 1) in ("to", "towards", "toward", "into"):
                        return True
        return False

    def _claim_verdict(self, scan, c) -> str:
        """'claim', 'principle' (a definition: the sentence is left alone) or 'no'."""
        if self._in_quotes(scan, c):
            return "no"
        if self._cue_ends_within(scan, "negation", c.start, 4):
            return "no"
        if self._cue_ends_within(scan, "not-a-claim", c.start, 3):
            return "no"
        surface = self._low(scan, c.end - 1)
        if not surface.endswith("ed"):
            for h in self._cues(scan, "topic-before"):
                if h.end == c.start or (h.end == c.start - 1 and self._low(scan, c.start - 1) in DETERMINERS):
                    return "no"
        if c.tag.noun:
            if any(h.start == c.end for h in self._cues(scan, "topic-after")):
                return "no"
            before = self._low(scan, c.start - 1) if c.start > scan.lo else ""
            if before not in DETERMINERS:
                # "Co-production means ...", "Good co-production requires ...": a principle
                j = c.end
                claims = {h.start: h.end for h in scan.hits if h.tag.kind == "claim"}
                while j < scan.hi:
                    if j in claims:
                        j = claims[j]
                        continue
                    if self._low(scan, j) in SKIP_AFTER_CLAIM:
                        j += 1
                        continue
                    break
                if self._is(scan, "generic-verbs", j):
                    return "principle"
        return "claim"

    def _weak_claim_ok(self, scan, c) -> bool:
        if self._in_quotes(scan, c) or self._cue_ends_within(scan, "negation", c.start, 4):
            return False
        if self._cue_ends_within(scan, "not-a-claim", c.start, 3):
            return False
        return any(h.tag.kind == "people" and c.end <= h.start <= c.end + self.lex.weak_window for h in scan.hits)

    # -- the document ----------------------------------------------------------------------
    def ladder(self) -> dict:
        counts = {r.id: 0 for r in self.lex.rungs}
        for scan in self.sentences:
            if scan.rung:
                counts[scan.rung] += 1
        return counts
