"""Step 2, reading sentences: each sentence's matches sorted into claims (with definitions,
negations, quotations and questions set aside), activities on each rung, and the rung the
sentence describes (the ladder profile counts these)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from .model import (DETERMINERS, NO_CLAIM_KINDS, SKIP_AFTER_CLAIM, SKIP_KINDS, Hit, Lexicon, Rung, Tag)
from .evidence import AIM_KINDS, CLAUSE_BREAKS
from ...wordlists import word_set



@dataclass
class Relation:
    scan: "SentenceScan"
    claim: Hit
    lows: list  # low-rung activity hits
    strong: bool  # a firm tie (warning) or a loose one (suggestion)
    mixed: bool  # engagement mixed in: the activity may be more than consultation
    how: str  # which tie: means, label, equation, purpose, who, elaboration
    next_sentence: bool = False  # the activity is in the next sentence
    acts: Optional[list] = None  # (block, hit) where the activities are not all in the claim's block
    own_sentence: bool = False  # (context ties) a consultation activity in the claim's own sentence


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
    defines: Optional[Hit] = None  # the claim noun a statement of principle is about ("Co-design means ...")
    low: list = field(default_factory=list)
    mid: list = field(default_factory=list)
    high: list = field(default_factory=list)
    people: bool = False
    rung: Optional[str] = None
    starts_elaboration: bool = False
    power: Optional[list] = None  # the high signals that count as people's power (see Reader.power)
    method: Optional[tuple] = None  # (claim, activity, end of the gap): a method described as consultation (_method_described)


REPORTING = word_set("co-production-words.toml", "reporting")
#: event nouns that a claim can name: "a co-production meeting", "the co-design workshop"
#: (here, not in context.py, which imports this module: no import cycle)
EVENTS = word_set("co-production-words.toml", "events")
#: the events people may run themselves ('the workshop was led by parents'; see _decided_by_people)
EVENTS_NOT_RUN = word_set("co-production-words.toml", "events-not-run")
RUN_EVENTS = (EVENTS - EVENTS_NOT_RUN) | word_set("co-production-words.toml", "run-events-extra")
#: events and stages a heading can name by a claim noun ('Co-design workshop', 'The co-production phase')
HEADING_EVENTS = word_set("co-production-words.toml", "heading-events")
RATING_NOUNS = word_set("co-production-words.toml", "rating-nouns")
RATED_THINGS = word_set("co-production-words.toml", "rated-things")
RATING_RECEIVED = word_set("co-production-words.toml", "rating-received")
RATING_LINKS = word_set("co-production-words.toml", "rating-links")
RATING_BREAKS = word_set("co-production-words.toml", "rating-breaks")
MONTHS = word_set("co-production-words.toml", "months")
#: words between an event named after a claim and an activity that make the activity its
#: content: "a co-production meeting for parents to share their views", "the co-design
#: workshop gave residents a chance to comment"
EVENT_CONTENT = word_set("co-production-words.toml", "event-content")
ADVERBS = word_set("co-production-words.toml", "adverbs")


#: values a plan may put at its heart, not people ("Relationships and respect are at the heart of our plan")
_VALUES = word_set("co-production-words.toml", "plan-values")
#: the words that may join them in such a subject ("Kindness, our mutual respect and trust")
_VALUE_JOINS = word_set("co-production-words.toml", "plan-value-joins")


def _verbish(word: str) -> bool:
    """A word that looks like a verb form without a tagger: consulted, tested, promoting."""
    return word.isalpha() and len(word) > 4 and (word.endswith("ed") or word.endswith("ing"))


NAME_WORDS = word_set("co-production-words.toml", "name-words")
PARTNER_BODIES = word_set("co-production-words.toml", "partner-bodies")
CLAUSE_PRONOUNS = word_set("co-production-words.toml", "clause-pronouns")
#: words of a post or a team in a title ("Director of ... Involvement", "Engagement Team")
POSTS = word_set("co-production-words.toml", "posts")
#: words that end people's part as the subject of a claim after them
SUBJECT_BREAKS = word_set("co-production-words.toml", "subject-breaks")
#: a meeting's arrangements: choosing them is no share in the decisions ('chose for it to be online')
LOGISTICS = word_set("co-production-words.toml", "logistics")
QUOTE_MARKS = {"'", '"', "‘", "’", "“", "”"}
#: verbs that say who spoke the words in quotation marks ('..." said the director')
SPEECH_VERBS = word_set("co-production-words.toml", "speech-verbs")
#: words a quotation needs before it reads as someone's spoken claim rather than a phrase cited
SPOKEN_WORDS = 6
#: 'working with <partners> to design': the verbs of working and of designing, and how far apart
WORKING = word_set("co-production-words.toml", "working")
DESIGN_VERBS = word_set("co-production-words.toml", "design-verbs")
WITH_TO_DESIGN = 25
#: verbs of making before '<the thing> with <people>' ('designed the service with patients')
MADE_VERBS = word_set("co-production-words.toml", "made-verbs")
#: the first words of the plain-words claims '<made> with <people>', 'shaped by <people>' of the
#: ladder's weak list, whose people must come straight after them
PLAIN_MADE = word_set("co-production-words.toml", "plain-made")
#: words after people that make them the owners of views, not partners ("residents' views")
OWNED_VIEWS = word_set("co-production-words.toml", "owned-views")
#: words between a plain claim and the people that make them a source, not partners ('with input from')
NOT_PARTNERS = word_set("co-production-words.toml", "not-partners")
LISTENING = word_set("co-production-words.toml", "listening")
NUMBER_WORDS = word_set("co-production-words.toml", "number-words")
#: verbs that make a short line a sentence rather than a label ('we co-produce', 'is co-designed')
LABEL_VERBS = word_set("co-production-words.toml", "label-verbs")
METHOD_USED = word_set("co-production-words.toml", "method-used")
#: a kind defined: '<things> are <a kind> where ...' (see _kind_defined)
DEFINING_COPULAS = word_set("co-production-words.toml", "defining-copulas")
#: one body's own work after 'the principles of the' ('the principles of the programme')
OWN_WORK = word_set("co-production-words.toml", "own-work-nouns")
#: a share in the shaping claimed as a chance people had ('carers had the opportunity to shape')
CHANCES = word_set("co-production-words.toml", "chances")
#: people involved in the decisions ('clients were involved in day-to-day decisions')
INVOLVING = word_set("co-production-words.toml", "involving")
DECISION_WORDS = word_set("co-production-words.toml", "decision-words")
#: people said to decide, with a lower-rung activity as the means (see _decided_by_consultation)
DECIDING = word_set("co-production-words.toml", "deciding")
DECISION_MAKING = word_set("co-production-words.toml", "decision-making-verbs")
DECIDING_HEDGES = word_set("co-production-words.toml", "deciding-hedges")
CLAUSE_STOPS = word_set("co-production-words.toml", "deciding-clause-stops")
#: the decision said to be the people's by its agent ('chosen by residents'; see _decided_by_people)
AGENT_DECIDING = word_set("co-production-words.toml", "agent-deciding")
RESPONDED = word_set("co-production-words.toml", "responded-verbs")
AUX_BE = word_set("co-production-words.toml", "be-forms")
#: the past forms of 'be' ("it was co-produced", "the plans were based on ...")
PAST_BE = ("was", "were", "been")
#: the looser words of leading, which may find what the people did in the next sentence
LOOSE_LEADS = word_set("co-production-words.toml", "loose-leading-words")
#: what may come before the people who open a sentence ('Over 200 patients', 'All the families')
LEAD_INS = word_set("co-production-words.toml", "people-lead-ins")
#: what joins people deciding to their means ('chosen by residents through a survey')
MEANS_PREPOSITIONS = word_set("co-production-words.toml", "means-prepositions")
#: people said to hold the power in other words ('patients led the redesign', 'carers were in
#: control', 'young people had the final say'), and what must come before the noun ones
HOLDING = word_set("co-production-words.toml", "holding-power")
LEADING = word_set("co-production-words.toml", "leading-verbs")
HOLDING_BEFORE = word_set("co-production-words.toml", "holding-power-before")
#: what people did in a consultation, straight after 'by' ('by giving feedback', 'by completing')
RESPONDING = word_set("co-production-words.toml", "responding-verbs")
#: participles that do not end in -ed, as the first word of a glossary entry ('made by ...')
IRREGULAR_PARTICIPLES = word_set("co-production-words.toml", "irregular-participles")
#: who an -ed glossary term's thing was made by or with ('made by', 'shaped jointly with')
GLOSSARY_MAKERS = word_set("co-production-words.toml", "glossary-makers")
OWN_CARE = word_set("co-production-words.toml", "own-care")
#: verbs that say what a word means, straight after it ("Co-designed means ...")
DEFINING_VERBS = word_set("co-production-words.toml", "defining-verbs")
DEFINING_RELATIVES = word_set("co-production-words.toml", "defining-relatives")
#: nouns of a method that a claim word can name ('a co-production approach', 'co-design principles')
METHOD_NOUNS = word_set("co-production-words.toml", "method-nouns")
#: how a method named by a claim works: 'a co-design approach in which residents are engaged
#: early to inform the review' (see _method_described)
METHOD_RELATIVES = word_set("co-production-words.toml", "method-relatives")
METHOD_JOINERS = word_set("co-production-words.toml", "method-joiners")
INFORMING_PURPOSES = word_set("co-production-words.toml", "informing-purposes")
#: 'only', 'merely': a lower rung named as such ('people are merely consulted'), a critique
LIMITING = word_set("co-production-words.toml", "limiting")
METHOD_MEANS = word_set("co-production-words.toml", "method-means")
METHOD_PREPOSITIONS = word_set("co-production-words.toml", "method-prepositions")
METHOD_BREAKS = word_set("co-production-words.toml", "method-breaks")
PURPOSE_BREAKS = word_set("co-production-words.toml", "purpose-breaks")
#: a document's title run into the sentence: its noun and what a document does (_named_document)
DOCUMENT_NOUNS = word_set("co-production-words.toml", "document-nouns")
DOCUMENT_VERBS = word_set("co-production-words.toml", "document-verbs")
TITLE_BREAKS = word_set("co-production-words.toml", "title-breaks")
#: verbs of taking part: with a lower-rung activity as their object they add no rung of their own
TAKING_PART = word_set("co-production-words.toml", "taking-part")
GENERIC = word_set("co-production-words.toml", "generic-adverbs")
#: a negation's reach: the words that end its clause, and the words after 'not' that make it none
NEGATION_BREAKS = word_set("co-production-words.toml", "negation-clause-breaks")
NOT_NEGATING = word_set("co-production-words.toml", "negation-not-negating")
#: words of quality between a topic word and its claim ('the scope for inclusive co-design')
TOPIC_ADJECTIVES = word_set("co-production-words.toml", "topic-adjectives")
OBLIGED = word_set("co-production-words.toml", "obliged")
PAST = word_set("co-production-words.toml", "past-verbs")
#: verbs of seeing something as something ('see themselves as co-designers', 'regarded ... as')
PERCEIVING = word_set("co-production-words.toml", "perceiving")
CONDITIONS = word_set("co-production-words.toml", "condition-words")
PRESENT = word_set("co-production-words.toml", "present-words")
#: one-word names of ways of involving people (a list of three or more names approaches)
APPROACHES = word_set("co-production-words.toml", "approaches")
HEADING_TOPIC_WORDS = word_set("co-production-words.toml", "heading-topic-words")
TRACK_RECORD = word_set("co-production-words.toml", "track-record")
_LIST_JOINERS = {",", "and", "or", "/"}
#: 'previous chapter', 'earlier section': the first word before the second
OTHER_PART = word_set("co-production-words.toml", "other-part")
_PART_NOUNS = {"chapter", "chapters", "section", "sections", "part"}
_CONTENT = frozenset({"rung", "ctx", "claim", "weak-claim", "ind", "ind-a"})
#: words that end a list of partners after a weak claim ("in partnership with A, B and residents")
_PARTNER_LIST_STOPS = {".", ";", ":", "to", "who", "which", "that", "whose", "where", "but", "while", "whilst",
                       "so", "because", "as", "through", "by", "via", "(", ")", "?", "!"}


class SentenceReader:
    """Reasoning over one document's matches, sentence by sentence."""

    def __init__(self, lex: Lexicon, analysed):
        self.lex = lex
        self.analysed = analysed
        self.blocks = []  # per block (kept token indexes, hits): none for a block with no content hit
        lex.matcher.prepare(analysed.document.text, lambda: analysed.token_lowers,
                           lambda: analysed.token_pairs)
        doc_matches: dict = {}  # blocks of the same text share one Doc, and so its matches (only read)
        for sdoc, texts, spaced in zip(analysed.block_docs, analysed.token_texts, analysed.spaced):
            got = doc_matches.get(id(sdoc))
            if got is None:
                # a block with no hit of the content kinds has no sentence to read (below):
                # its other hits are not made
                got = doc_matches[id(sdoc)] = lex.match(sdoc, texts, spaced, prepared=True, wanted=_CONTENT)
            self.blocks.append(got)
        self.sentences: list[SentenceScan] = []
        self.by_block: dict[int, list] = {}
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
            texts = self.analysed.token_texts[block]
            # each distinct text lowered once for the document (Analysed.lower_of, already made for the
            # matcher's prepare): a look-up hands back a string made, where str.lower makes one per token
            low = list(map(self.analysed.lower_of.__getitem__, map(texts.__getitem__, self.blocks[block][0])))
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

    def _not_negating(self, scan, h) -> bool:
        """'not only', 'not just', 'not least', 'a little': the negation word negates nothing."""
        first = self._low(scan, h.start)
        if first in ("not", "n't", "n’t") and h.end < scan.hi and self._low(scan, h.end) in NOT_NEGATING:
            return True
        return first == "little" and h.start > scan.lo and self._low(scan, h.start - 1) == "a"

    def _negation_reaches(self, scan, lo, hi) -> bool:
        """A negation in the same clause as the words lo..hi ('we have not co-produced', 'the plan
        was co-produced by nobody', 'surveys are called co-production when nobody shares any
        decisions'), not one in another clause ('No survey was used; residents co-designed
        the plan', 'the panel, which had no budget, ...', 'we did not just consult, we
        co-produced'), nor 'not only', 'not just', 'not least', 'a little'. A comma ends the
        clause unless it is one of a pair around an aside ('we did not, in the end, co-produce')."""
        for h in self._cues(scan, "negation"):
            if self._not_negating(scan, h):
                continue
            if h.start < hi and lo < h.end:
                return True
            a, b = (h.end, lo) if h.end <= lo else (hi, h.start)
            gap = self._words(scan, a, b)
            if set(gap) & NEGATION_BREAKS or self._any_cue(scan, "boundary", a, b) or gap.count(",") % 2:
                continue
            return True
        return False

    def _words(self, scan, lo, hi) -> list:
        return self._lower(scan.block)[max(lo, scan.lo):min(hi, scan.hi)]

    def _in_quotes(self, scan, hit) -> bool:
        b = scan.block
        a = self._token(b, hit.start).idx
        # inside quotation marks, or in a passage quoted word for word after it is introduced ('The
        # following is taken from ...', '... It says:': Analysed.quoted_law), which has no marks
        return (any(qs < a < qe for qs, qe in self.analysed.quotations(b))
                or any(qs <= a < qe for qs, qe in self.analysed.quoted_law.get(b, ())))

    def _points_back(self, scan) -> bool:
        """'This is known as co-production', 'We call this process co-design', 'This is what we
        mean by co-production': not a definition but a name for what the sentence before
        describes."""
        first = self._words(scan, scan.lo, scan.lo + 3)
        if set(self._words(scan, scan.lo, scan.hi)) & GENERIC:
            return False  # "This is often referred to as co-production": a general statement
        return bool(first) and first[0] in ("this", "that", "we", "these") and bool(set(first) & {"this", "that", "these"})

    def _spoken(self, scan, hit) -> bool:
        """'"We co-produced the plan through our survey," said the director': a claim inside
        someone's quoted words is that speaker's claim (a news item, a press release, a report
        quoting its lead), read like the writer's own: the quotation is a clause (at least
        SPOKEN_WORDS words) and its paragraph says who spoke it (a verb of speech outside the
        quotation marks). A phrase cited ('the "co-production through consultation" we were
        warned about') or a quoted passage with no speaker stays set aside."""
        b = scan.block
        a = self._token(b, hit.start).idx
        quotes = self.analysed.quotations(b)
        text = self.analysed.block_texts[b]
        for qs, qe in quotes:
            if qs < a < qe:
                if len(text[qs:qe].split()) < SPOKEN_WORDS:
                    return False
                break
        else:
            return False
        low = self._lower(b)
        for i, w in enumerate(low):
            if w in SPEECH_VERBS:
                at = self._token(b, i).idx
                if not any(qs < at < qe for qs, qe in quotes):
                    return True
        return False

    def _scare_quotes(self, scan, hit) -> bool:
        """'our "co-produced" plan': quotation marks round a word or two are the writer's own
        claim, not a quotation ('"co-production through consultation"' is one)."""
        b = scan.block
        a = self._token(b, hit.start).idx
        for qs, qe in self.analysed.quotations(b):
            if qs < a < qe:
                return len(self.analysed.block_docs[b].text[qs:qe].split()) <= 2
        return False

    def _a_name(self, scan, c) -> bool:
        """'Co-production Week', 'the Co-production Group', 'Co-design Network': the claim word
        opens a name in title case, which names something rather than claims it."""
        first = self._token(scan.block, c.start).text
        if first[:1].isupper() and c.start > scan.lo + 1:
            prev = self._token(scan.block, c.start - 1).text
            nxt = self._low(scan, c.end) if c.end < scan.hi else ""
            if prev[:1].isupper() and prev.isalpha() and prev.lower() not in DETERMINERS and nxt not in EVENTS:
                # the end of a title in capitals ('the workshop Mythbusting Co-production'); not an
                # event named after it ('The EHC Plan Co-Production meeting is a chance to ...')
                return True
        if not first[:1].isupper() or c.end >= scan.hi:
            return False
        nxt = self._token(scan.block, c.end).text
        if not (nxt[:1].isupper() and nxt.isalpha()):
            return False
        return c.start > scan.lo or self._low(scan, c.end) in NAME_WORDS

    def _before(self, scan, c) -> str:
        """The word before a claim, stepping over a quotation mark ('our "co-produced" plan')."""
        i = c.start - 1
        while i >= scan.lo and self._low(scan, i) in QUOTE_MARKS:
            i -= 1
        return self._low(scan, i) if i >= scan.lo else ""

    def _rung(self, hit) -> Rung:
        return self.lex.rung_by_id[hit.tag.key]

    # -- one sentence -------------------------------------------------------------------
    def _read(self, scan: SentenceScan) -> None:
        block = self.analysed.blocks[scan.block]
        hits = scan.hits
        # exclusions: a signal inside an excluded phrase of its rung is not a signal
        excl = [(h.tag.key, h.start, h.end) for h in hits if h.tag.kind == "rung-x"]
        claims_all = [h for h in hits if h.tag.kind == "claim"]
        hits = scan.hits = self._own_weak_claims(hits, claims_all)
        partner = self._alongside_partners(scan, claims_all)
        if partner:
            hits = scan.hits = [h for h in hits if id(h) not in partner]
        claim_cov = set()
        for c in claims_all + [h for h in hits if h.tag.kind == "weak-claim"]:
            claim_cov.update(range(c.start, c.end))
        signals = []
        for h in hits + self._told_us(scan):
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
        kept = [h for h in kept if not self._in_a_post(scan, h) and not self._rates_what_was_taken(scan, h)]
        scan.people = any(h.tag.kind == "people" for h in hits)
        words = self._words(scan, scan.lo, scan.hi)
        question = bool(words) and words[-1] == "?"
        defining = [h for h in self._cues(scan, "definition") if not self._own_principles(scan, h)]
        contrast = bool(self._cues(scan, "contrast")) or (bool(defining) and not self._points_back(scan))
        if not contrast:
            contrast = self._contrast_before(scan, kept) or self._from_to(scan, kept, claims_all)
        for k, h in enumerate(kept):
            if self._cue_ends_within(scan, "negation", h.start, 4):
                continue
            lvl = self._rung(h).level
            if lvl not in self.lex.low_levels and self._takes_part_in(scan, h, kept[k + 1:k + 2]):
                continue  # "took part in our consultation": the consultation is what they did
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
        if block.kind == "heading":
            # a heading that claims ("How we co-produced the plan"), not one that names a
            # topic ("Co-production"): read with the paragraph under it, in the context step
            # ("How we co-produced the plan"), not one that names a topic ("Co-production");
            # a heading that names an event held under the claim's name ("Co-design workshop",
            # "Our co-production events", "The co-design phase") is read the same way: what the
            # paragraph under it says people did there is what the event was
            scan.claims = [c for c in claims_all if (not c.tag.noun or self._heading_event(scan, c))
                           and self._claim_verdict(scan, c) == "claim"]
            # and a claim in other words with its verb ("Council partners with young people to
            # design the new youth offer", "Designed with parents"): not a topic ("Working in
            # partnership with carers", "In partnership with residents")
            scan.weak_claims = [c for c in hits if c.tag.kind == "weak-claim" and c.tag.key != "power"
                                and self._heading_verb(scan, c) and self._weak_claim_ok(scan, c)]
        if block.kind not in NO_CLAIM_KINDS:
            label = self._label_line(scan)
            for c in claims_all:
                if label and c.tag.noun:
                    continue  # "- Service user involvement/co-production resources": a title in a list
                verdict = self._claim_verdict(scan, c)
                if verdict == "principle":
                    principle = True
                    if not (question or contrast):
                        scan.defines = c  # "Co-design puts the emphasis on ...": what it is said to be
                elif verdict == "claim":
                    scan.claims.append(c)
            for c in hits:
                if c.tag.kind == "weak-claim" and self._weak_claim_ok(scan, c):
                    scan.weak_claims.append(c)
            if not scan.weak_claims:
                made = self._made_with_people(scan)
                if made is not None:
                    scan.hits = sorted(scan.hits + [made], key=lambda h: (h.start, -h.end))
                    scan.weak_claims.append(made)
            if not scan.weak_claims:
                long = self._working_with_to_design(scan)
                if long is not None:
                    scan.hits = sorted(scan.hits + [long], key=lambda h: (h.start, -h.end))
                    scan.weak_claims.append(long)
            if not scan.weak_claims and not scan.claims and not principle:
                made_by = self._made_by_people_through(scan)
                if made_by is not None:
                    scan.hits = sorted(scan.hits + [made_by], key=lambda h: (h.start, -h.end))
                    scan.weak_claims.append(made_by)
            if not scan.weak_claims and not scan.claims and not principle:
                shaped = self._shaped_by_consultation(scan) or self._decided_by_consultation(scan)
                if shaped is None:
                    shaped = self._decided_by_people(scan)
                    if shaped is not None:  # the participle's own high word is the claim, not power
                        scan.high = [h for h in scan.high if not (h.start < shaped.end and shaped.start < h.end)]
                if shaped is not None:
                    # "Young people helped shape the offer by completing an online survey": the
                    # shaping is a claim of power whose means is consultation, not a sign of power
                    if shaped in scan.high:
                        scan.high.remove(shaped)
                    end = shaped.end
                    if self._low(scan, end - 1) == "by":  # quote who: "designed by parents"
                        end = max([p.end for p in scan.hits if p.tag.kind == "people"
                                   and p.start == self._past_determiners(scan, end)] or [end])
                    claim = Hit(Tag("weak-claim", "power"), shaped.start, end)
                    scan.hits = sorted(scan.hits + [claim], key=lambda h: (h.start, -h.end))
                    scan.weak_claims.append(claim)
        if scan.claims and not principle and self._kind_defined(scan):
            principle, scan.claims = True, []  # "Design sessions are meetings where users give feedback ... of co-design"
        if not principle:
            for c in scan.claims:
                got = self._method_described(scan, c)
                if got is not None:
                    scan.method = (c, got[0], got[1])
                    break
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

    def _alongside_partners(self, scan, claims) -> set:
        """'co-designed alongside families through a survey': 'alongside' straight after a claim
        verb, with people after it, names the partners (as 'with' does); it is not the boundary
        'alongside' that adds another thing ('co-produced the plan, alongside a survey'). The ids
        of those boundary cues."""
        ends = {c.end for c in claims if not c.tag.noun}
        if not ends:
            return set()
        people = {h.start for h in scan.hits if h.tag.kind == "people"}
        return {id(h) for h in scan.hits if h.tag.kind == "cue" and h.tag.key == "boundary" and h.start in ends
                and self._low(scan, h.start) == "alongside" and self._past_determiners(scan, h.end) in people}

    def _heading_verb(self, scan, c) -> bool:
        """A heading's claim in other words says what was done: its first word is a participle
        ('Designed with parents', 'Jointly written') or a verb after its subject ('Council
        partners with young people'), not a gerund, a preposition or 'work' that names a topic
        ('Working in partnership with carers', 'In partnership with residents', 'Work with
        families to design services')."""
        first = self._low(scan, c.start)
        if first.endswith("ed") or first == "jointly":
            return True
        return c.start > scan.lo and not first.endswith("ing") and first not in HEADING_TOPIC_WORDS

    @staticmethod
    def _own_weak_claims(hits, claims) -> list:
        """Weak claims that are claims of their own: not overlapping a claim word ('co-designed
        through a consultation with tenants' is not 'designed ... with'), and not holding
        another weak claim that starts later ('designed in partnership with' is 'in
        partnership with')."""
        weak = [h for h in hits if h.tag.kind == "weak-claim"]
        if not weak:
            return hits
        weak.sort(key=lambda h: h.start)
        spans = sorted((c.start, c.end) for c in claims)
        starts = [a for a, _ in spans]
        drop = set()
        for k, w in enumerate(weak):
            # a claim word overlapping it (claims are short: look at those starting before its end)
            i = bisect.bisect_left(starts, w.end)
            if any(b > w.start for _, b in spans[max(0, i - 8):i]):
                drop.add(id(w))
                continue
            if w.tag.key != "weak":
                continue
            for o in weak[k + 1:]:
                if o.start >= w.end:
                    break
                if w.start < o.start and o.end <= w.end:
                    drop.add(id(w))
                    break
        return [h for h in hits if id(h) not in drop] if drop else hits

    def _made_with_people(self, scan) -> Optional[Hit]:
        """'designed the service with patients', 'developed our plan with carers': the plain-words
        claim with the thing made between the verb and 'with' (up to three words), and people
        named straight after 'with' (read in code: a phrase with a gap after a common verb would
        start a match at every 'developed' in a document)."""
        low = self._lower(scan.block)
        if MADE_VERBS.isdisjoint(low[scan.lo:scan.hi - 2]):
            return None  # no verb of making where the loop below looks (one test in C)
        people = {h.start for h in scan.hits if h.tag.kind == "people"}
        for i in range(scan.lo, scan.hi - 2):
            if low[i] not in MADE_VERBS:
                continue
            for j in range(i + 2, min(scan.hi - 1, i + 5)):
                if low[j] == "with":
                    k = self._past_determiners(scan, j + 1)
                    if k in people and not any(w in (",", ";", "and", "which") for w in low[i + 1:j]):
                        return Hit(Tag("weak-claim", "weak"), i, j + 1)
                    break
        return None

    def _told_us(self, scan) -> list:
        """'what 1,100 residents told us', 'listening to 150 young people': people telling us, or
        listened to, with a number between (read in code: a phrase with a gap after 'what' or
        before 'people' would start a match at every such common word)."""
        low = self._lower(scan.block)
        out = []
        rungs = [h for h in scan.hits if h.tag.kind == "rung"]
        for h in scan.hits:
            if h.tag.kind != "people":
                continue
            if h.end + 1 < scan.hi and low[h.end] == "told" and low[h.end + 1] == "us":
                if not any(r.start < h.end + 2 and h.start < r.end for r in rungs):
                    out.append(Hit(Tag("rung", "consulting"), h.start, h.end + 2))  # a phrase of the ladder wins
                continue
            # "listening to 150 young people": a verb of listening, 'to', a number or article, the people
            j = h.start - 1
            while j > scan.lo and (low[j].replace(",", "").isdigit() or low[j] in DETERMINERS or low[j] in NUMBER_WORDS):
                j -= 1
            if j - 1 >= scan.lo and low[j] == "to" and low[j - 1] in LISTENING:
                if not any(r.start < h.end and j - 1 < r.end for r in rungs):
                    out.append(Hit(Tag("rung", "consulting"), j - 1, h.end))
        return out

    def _working_with_to_design(self, scan) -> Optional[Hit]:
        """'working with parent carer groups, the forum, the NHS and young people with SEND to
        redesign the Local Offer': the plain-words claim with a long list of partners, longer
        than a phrase's gap. 'working', 'worked' or 'work' with 'with' or 'alongside', then
        'to' and a verb of designing within WITH_TO_DESIGN words, people among the partners,
        and no clause break between."""
        low = self._lower(scan.block)
        if WORKING.isdisjoint(low[scan.lo:scan.hi - 3]):
            return None  # no verb of working where the loop below looks (one test in C)
        for i in range(scan.lo, scan.hi - 3):
            if low[i] not in WORKING or low[i + 1] not in ("with", "alongside", "together"):
                continue
            for j in range(i + 2, min(scan.hi - 1, i + 2 + WITH_TO_DESIGN)):
                w = low[j]
                if w in (";", ":", "but", "which", "who", "while"):
                    break
                if w == "to":  # the first 'to' says what the work was for
                    if low[j + 1] not in DESIGN_VERBS or self._obliged_words(low[scan.lo:i]):
                        break
                    if self._cue_ends_within(scan, "not-a-claim", i, 3):
                        break  # "the potential to work with communities to design ..."
                    if any(h.tag.kind == "people" and i < h.start < j for h in scan.hits):
                        return Hit(Tag("weak-claim", "weak"), i, j + 2)
                    break
        return None

    def _obliged_words(self, words) -> bool:
        return any(w in OBLIGED for w in words)

    def _heading_event(self, scan, c) -> bool:
        """A short heading that names an event or a stage of the work by the claim noun: 'Co-design
        workshop', 'Our co-production events', 'The co-design phase', 'Co-creation sessions (March
        2024)'. Before the claim only a determiner or 'our'; after the event noun nothing but
        numbers, dates and punctuation. Not a body ('Co-production Group'), a week of events
        ('Co-production Week') or a method ('co-design approach'): they name no one occasion's
        content (issue 16, twentieth round)."""
        if c.end >= scan.hi or self._low(scan, c.end) not in HEADING_EVENTS:
            return False
        if scan.hi - scan.lo > 12:
            return False
        if any(w.isalpha() and w not in DETERMINERS for w in self._words(scan, scan.lo, c.start)):
            return False
        return all(not w.isalpha() or w in MONTHS for w in self._words(scan, c.end + 1, scan.hi))

    def _named_event_of_consultation(self, scan, c) -> bool:

        if c.end >= scan.hi or self._low(scan, c.end) not in EVENTS:
            return False
        ev = c.end + 1
        for h in scan.hits:
            if h.tag.kind != "rung" or self._rung(h).level not in self.lex.low_levels:
                continue
            if ev <= h.start <= ev + 8:
                between = [w for w in self._words(scan, ev, h.start) if w not in QUOTE_MARKS]
                if between and between[0] in EVENT_CONTENT and not set(between) & {",", "which", "and", "but", "not"}:
                    return True
        return False

    def _label_line(self, scan) -> bool:
        """A short line with no full stop and no verb standing alone in its block (a list of
        contents, a link, a caption): 'Service user involvement/co-production resources &
        publications'. A claim noun there names a topic; it claims nothing."""
        if self.analysed.block_sentences[scan.block] != [scan.index]:
            return False
        words = self._words(scan, scan.lo, scan.hi)
        if not words or len(words) > 10 or words[-1] in (".", "!", "?", ":", ";"):
            return False
        return not any(_verbish(w) or w in LABEL_VERBS for w in words)

    def _in_a_post(self, scan, h) -> bool:
        """'Executive Director of Communications and Involvement', 'the Public Engagement Team':
        a rung word in capitals inside the title of a post or a team names the job, not an
        activity (a post word in capitals within four words either side, the run of capitalised
        words and joiners unbroken between)."""
        first = self._token(scan.block, h.start).text
        if h.start == scan.lo or not first[:1].isupper():
            return False
        for lo, hi, step in ((h.start - 1, max(scan.lo - 1, h.start - 5), -1), (h.end, min(scan.hi, h.end + 4), 1)):
            for i in range(lo, hi, step):
                t = self._token(scan.block, i).text
                if t.lower() in POSTS and t[:1].isupper():
                    return True
                if not (t[:1].isupper() or t.lower() in ("of", "and", "for", "&")):
                    break
        return False

    def _rates_what_was_taken(self, scan, h) -> bool:
        """'feedback on the course', 'the workshop always receives excellent feedback': people's
        verdict on a course, class or session they took is a rating of it, not a say in how a
        service was made, so it is no activity for a claim near it (set QR co04). The rating noun
        ends the hit; the thing rated comes after 'on', 'for' or 'about' (a determiner and one
        more word between), or before a verb of receiving just ahead of the hit (one word
        between) within twelve words of it, with no new clause or other receiver between
        (`rating-breaks`: 'sessions were held and we received feedback' is consultation)."""
        if self._rung(h).level not in self.lex.low_levels or self._low(scan, h.end - 1) not in RATING_NOUNS:
            return False
        after = self._words(scan, h.end, min(scan.hi, h.end + 4))
        if after and after[0] in RATING_LINKS:
            rest = [w for w in after[1:] if w not in DETERMINERS][:2]
            for w in rest:
                if w in RATED_THINGS:
                    return True
                if not w.isalpha():
                    break
        before = self._words(scan, max(scan.lo, h.start - 14), h.start + (h.end - h.start) - 1)
        for k in range(len(before) - 1, max(len(before) - 4, -1), -1):
            if before[k] in RATING_RECEIVED:
                for w in reversed(before[:k]):
                    if w in RATED_THINGS:
                        return True
                    if w in RATING_BREAKS:
                        return False  # "sessions were held and we received feedback": ours, not the sessions'
                return False
        return False

    def _takes_part_in(self, scan, h, nxt) -> bool:
        """'took part in our consultation', 'came to a drop-in', 'participated in the survey': a
        verb of taking part whose object is a lower-rung activity is that activity, not engagement."""
        if not nxt or self._rung(nxt[0]).level not in self.lex.low_levels or h.tag.kind != "rung":
            return False
        if self._low(scan, h.start) not in TAKING_PART:
            return False
        between = self._words(scan, h.end, nxt[0].start)
        return len(between) <= 5 and not any(w in (",", ";", "and", "or", "but", "then", "which", "who", "that")
                                             or _verbish(w) for w in between)

    def _contrast_before(self, scan, signals) -> bool:
        """'more than a survey', 'beyond consultation': the writer sets a rung aside."""
        for h in signals:
            if self._rung(h).level not in self.lex.low_levels:
                continue
            if self._cue_ends_within(scan, "contrast-before", h.start, 3):
                return True
            # "takes longer than consulting on it", "better than a survey": a comparison
            prev = self._words(scan, h.start - 2, h.start)
            if prev[-1:] == ["than"] or (prev[:1] == ["than"] and prev[-1] in DETERMINERS):
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

    def _own_principles(self, scan, h) -> bool:
        """'One of the key principles of the programme is to involve carers in ...': the principles
        of one named piece of work (the, this, our or its programme, project, board ...) are that
        work's own practice, not a definition of co-production in general."""
        words = self._words(scan, h.start, h.end)
        if len(words) != 2 or not words[0].startswith("principle") or words[1] != "of":
            return False
        rest = self._words(scan, h.end, min(scan.hi, h.end + 2))
        return len(rest) == 2 and rest[0] in DETERMINERS and rest[1] in OWN_WORK

    def _claim_verdict(self, scan, c) -> str:
        """'claim', 'principle' (a definition: the sentence is left alone) or 'no'."""
        if self._in_quotes(scan, c) and not self._scare_quotes(scan, c) and not self._spoken(scan, c):
            return "no"
        if self._cue_ends_within(scan, "negation", c.start, 4):
            return "no"
        if self._cue_ends_within(scan, "not-a-claim", c.start, 3) and not self._past(scan, c):
            return "no"
        if c.tag.noun and self._listed_approach(scan, c):
            return "no"
        if c.tag.noun and any(c.end <= h.start <= c.end + 4 for h in self._cues(scan, "assessed")):
            # "co-production was recognised as being important but ...", "co-production was rated
            # red": the writer assesses co-production (often to say it is missing), no claim of it
            return "no"
        if not c.tag.noun and (self._with_an_organisation(scan, c) or self._by_named_authors(scan, c)):
            return "no"
        if self._glossary_term(scan, c):
            return "principle"
        if self._other_part(scan, c):
            return "no"
        if self._a_name(scan, c):
            # a name is no claim ("Co-production Week ran from 1 to 7 July"), unless it names an
            # event whose content is consultation ("Our 'Co-design Week' gave families the chance
            # to tell us what they think")
            return "claim" if self._named_event_of_consultation(scan, c) else "no"
        if self._hearsay(scan, c):
            return "no"
        if c.tag.noun and self._named_document(scan, c):
            return "no"
        surface = self._low(scan, c.end - 1)
        if not surface.endswith("ed"):
            for h in self._cues(scan, "topic-before"):
                if h.start - 1 >= scan.lo and self._low(scan, h.start - 1) in ("-", "‑", "–"):
                    continue  # the end of a compound ("hands-on co-design"), not a preposition
                # the topic word straight before the claim, or with a determiner, a word of quality
                # or both between ('on co-production', 'for inclusive co-design', 'to a genuine co-design')
                between = self._words(scan, h.end, c.start) if h.end <= c.start else None
                if between is not None and (between in ([], ) or (len(between) == 1 and (
                        between[0] in DETERMINERS or between[0] in TOPIC_ADJECTIVES)) or (
                        len(between) == 2 and between[0] in DETERMINERS and between[1] in TOPIC_ADJECTIVES)):
                    if self._based_on_method(scan, h, c):
                        continue
                    return "no"
        if not c.tag.noun and surface.endswith("ing") and c.start == scan.lo:
            # a gerund opening the sentence as its subject: "Co-designing the patient experience
            # involves gathering opinions ...", "Co-producing services means ...": a principle
            for j in range(c.end, min(scan.hi, c.end + 7)):
                w = self._low(scan, j)
                if w in (",", ";", ":", "(", "-", "–") or (j > c.end and _verbish(w)):
                    break
                if self._is(scan, "generic-verbs", j) and w not in ("can", "may", "would", "could"):
                    return "principle"
        if (not c.tag.noun and surface.endswith("ed") and c.end < scan.hi
                and self._words(scan, scan.lo, c.start) in ([], ["being"], ["to", "be"])
                and self._low(scan, c.end) in DEFINING_VERBS):
            # the participle itself defined: "Co-designed means designed with the people who use
            # it", "Being co-produced means that people were equal partners": a definition
            return "principle"
        if c.tag.noun:
            if any(h.start == c.end for h in self._cues(scan, "topic-after")):
                # "the co-production charter", "a co-production approach is ...": a topic or a
                # name; but a method reported as used is a claim ("we took a co-production
                # approach", "a co-design approach was adopted")
                if not self._method_used(scan, c) and self._method_described(scan, c) is None:
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
                    rest = self._words(scan, j + 1, scan.hi)
                    if self._points_back(scan) and len(rest) <= 4 and ":" not in rest:
                        return "claim"  # "This is what co-production means to us": a name for what came before
                    if self._track_record(scan, j + 1):
                        return "claim"  # "Co-production is nothing new to the council, which has ...": its own practice
                    return "principle"
        return "claim"

    def _track_record(self, scan, k: int) -> bool:
        """'Co-production is nothing new to the council', 'co-design is not new to us', 'is second
        nature to our team': said to be old practice of a named body or of the writer (us, our,
        the, this or a name in capitals after 'to' or 'for'), which claims it as that body's
        work; not 'nothing new' alone ('Co-production is nothing new: its roots ...') or new to
        a field in general ('not new to health care')."""
        words = self._words(scan, k, min(scan.hi, k + 5))
        for n in (3, 2):
            if " ".join(words[:n]) in TRACK_RECORD and len(words) > n:
                nxt = self._token(scan.block, k + n).text
                return nxt.lower() == "us" or nxt.lower() in DETERMINERS or nxt[:1].isupper()
        return False

    def _kind_defined(self, scan) -> bool:
        """'Stakeholder design sessions are structured group meetings where end users review and
        give feedback on prototypes during the Develop phase of co-design': a kind of thing
        defined in the present ('<things> are <a kind> where/in which ...'), the claim inside
        the definition, nobody in it who is 'we' or 'our', no number and nothing in the past."""
        words = self._words(scan, scan.lo, scan.hi)
        cop = next((i for i, w in enumerate(words[:8]) if w in DEFINING_COPULAS), None)
        if cop is None or cop == 0 or words[0] in DETERMINERS or set(words[:cop]) & {",", ":"}:
            return False
        rel = next((i for i, w in enumerate(words[cop + 1:cop + 8], cop + 1) if w in DEFINING_RELATIVES), None)
        if rel is None or rel == cop + 1 or words[rel - 1].endswith("ed"):
            return False  # "are held where": a passive report, not a kind
        if set(words) & ({"we", "our", "us", "i", "my"} | PAST) or any(ch.isdigit() for w in words for ch in w):
            return False
        return all(c.start - scan.lo > rel and not self._low(scan, c.end - 1).endswith("ed") for c in scan.claims)

    def _past_determiners(self, scan, k: int) -> int:
        """The first token from k that is not a determiner ('with the', 'with our')."""
        while k < scan.hi and self._low(scan, k) in DETERMINERS:
            k += 1
        return k

    def _with_an_organisation(self, scan, c) -> bool:
        """'the webinar the network co-created with NHS England', 'co-designed with the ICB':
        made with a body named in capitals and no people named in the next few words: work
        between organisations, not with the people who use services."""
        return self._names_after(scan, c, "with", determiners=True)

    def _by_named_authors(self, scan, c) -> bool:
        """'a report co-authored by Dr Ann Lee and Tom Hale': authorship by people named in capitals
        (or by title), with no people who use services named in the next few words: who wrote a
        paper, not a claim of co-production (set S co-production, 068)."""
        if not "".join(self._words(scan, c.start, c.end)).startswith(("co-author", "coauthor", "co‑author")):
            return False
        return self._names_after(scan, c, "by", determiners=False)

    def _names_after(self, scan, c, word: str, determiners: bool) -> bool:
        """Does ``word`` follow the claim, then (past any determiners, where asked) a name in
        capitals, with no people who use services named in the six words from there?"""
        j = c.end
        if j >= scan.hi or self._low(scan, j) != word:
            return False
        k = self._past_determiners(scan, j + 1) if determiners else j + 1
        if k >= scan.hi or not self._token(scan.block, k).text[:1].isupper():
            return False
        end = min(scan.hi, k + 6)
        return not any(h.tag.kind == "people" and k <= h.start < end for h in scan.hits)

    def _listed_approach(self, scan, c) -> bool:
        """'engagement, participation, involvement, co-production and consultation': the word
        names one approach in a list of three or more, side by side (a team's remit, a
        glossary's headings), not a claim that co-production was done; two ('consultation and
        co-production with residents') may still be a claim."""
        n = 1
        i = c.start - 1
        while i - 1 >= scan.lo and self._low(scan, i) in _LIST_JOINERS and self._low(scan, i - 1) in APPROACHES:
            n += 1
            i -= 2
        j = c.end
        while j + 1 < scan.hi and self._low(scan, j) in _LIST_JOINERS and self._low(scan, j + 1) in APPROACHES:
            n += 1
            j += 2
        return n >= 3

    def _glossary_term(self, scan, c) -> bool:
        """'Co-designing: designing with people and using their ideas ...': a term opening its
        line and followed by a colon and what it means (a rung of a quoted ladder, a glossary
        entry) is a definition, not a claim that the work was done."""
        if c.end + 1 >= scan.hi or self._low(scan, c.end) not in (":", "–", "—", "-"):
            return False  # the term, then a colon or a dash ('Co-production – an equal partnership')
        if not all(not any(ch.isalnum() for ch in self._low(scan, i)) for i in range(scan.lo, c.start)):
            return False
        # what it means: 'designing with people ...', 'an equal partnership where ...'; not a
        # report under a label ('Co-production: we held 12 community events')
        first = self._low(scan, c.end + 1)
        rest = self._words(scan, c.end + 1, scan.hi)
        if set(rest) & {"we", "our", "us"} or any(any(ch.isdigit() for ch in w) for w in rest):
            return False
        if self._low(scan, c.end - 1).endswith("ed"):
            # 'Co-produced: yes' is a label's answer, read as it is; 'Co-produced: developed by
            # people who use services and professionals as equals' says what the word means
            # (issue 16, thirteenth round: a glossary's -ed entry)
            if first.isalpha() and (first.endswith("ed") or first in IRREGULAR_PARTICIPLES):
                # 'made by ...', 'shaped jointly by ...', 'designed together with ...': an adverb
                # may come between the participle and who it was made by or with
                return any(w in GLOSSARY_MAKERS for w in rest[1:4])
            # 'Co-designed - a service or plan that has been shaped jointly by ...': a kind of
            # thing and a relative clause saying what makes it one (issue 16, twentieth round)
            return first in ("a", "an") and any(w in DEFINING_RELATIVES for w in rest[2:7])
        return (first.endswith("ing") and first.isalpha()) or first in ("a", "an")

    def _other_part(self, scan, c) -> bool:
        """'In the previous chapter we set out how co-production ... will transform': the claim
        sums up another part of the document, which is where its work is told."""
        words = self._words(scan, scan.lo, c.start)
        return any(w in OTHER_PART and w not in _PART_NOUNS and nxt in _PART_NOUNS
                   for w, nxt in zip(words, words[1:]))

    def _based_on_method(self, scan, h, c) -> bool:
        """'The review was based on co-production principles', 'the plan was built on a co-design
        approach': the work said, in the past, to have rested on a method is a method used, not
        the topic of 'on' ('training on co-production', 'our approach is based on co-production
        principles' is the writer's standing practice)."""
        if self._words(scan, h.start, h.end) != ["on"] or c.end >= scan.hi or self._low(scan, c.end) not in METHOD_NOUNS:
            return False
        return self._words(scan, h.start - 2, h.start) in (
            [a, v] for a in PAST_BE for v in ("based", "built", "founded"))

    def _method_used(self, scan, c) -> bool:
        nxt = self._low(scan, c.end) if c.end < scan.hi else ""
        if nxt not in METHOD_NOUNS:
            return False
        # the verb within six words before, in the same clause ("we used creative and hands-on
        # co-design techniques")
        words = self._words(scan, c.start - 6, c.start)
        for stop in (",", ";", ":"):
            if stop in words:
                words = words[len(words) - words[::-1].index(stop):]
        before = set(words)
        near = before | set(self._words(scan, c.end + 1, c.end + 4))
        if before & {"our", "my"} and self._low(scan, c.end + 1) in EVENT_CONTENT and self._low(scan, c.end + 1).isalpha() \
                and self._low(scan, c.end + 1) not in ("for", "to", "where", "so"):
            return True  # the writer's own method said to have done something: "our co-design techniques gave carers ..."
        found = near & METHOD_USED
        if found and found <= {"means", "meant"}:
            # "our co-design approach meant listening to 150 young people": the writer's own
            # approach said to be something; "a co-production approach means ..." is a definition
            return bool(before & {"our", "my"})
        return bool(found)

    def _named_document(self, scan, c) -> bool:
        """Is the claim word part of a document's title run into the sentence, with no quotation
        marks or capitals to show it ('The new co-production and engagement with communities as
        a way to reduce inequalities report provides advice ...')? The title opens after a
        determiner (and at most two words), runs with no clause of its own (no stop, no
        auxiliary, no pronoun, no other claim) to a document noun within sixteen words, and that
        noun is the subject of a verb of what a document does ('provides', 'sets out'). A title
        names the document, it claims nothing (set P co04)."""
        back = self._words(scan, c.start - 3, c.start)
        if not any(w in DETERMINERS for w in back):
            return False
        k = c.end
        while k < scan.hi and k - c.end <= 16:
            w = self._low(scan, k)
            if w in DOCUMENT_NOUNS:
                return k + 1 < scan.hi and self._low(scan, k + 1) in DOCUMENT_VERBS
            if (w in TITLE_BREAKS or w in CLAUSE_PRONOUNS or self._is(scan, "auxiliaries", k)
                    or any(h.start == k and h.tag.kind in ("claim", "weak-claim") for h in scan.hits)):
                return False
            k += 1
        return False

    def _method_described(self, scan, c) -> Optional[tuple]:
        """A method named by a claim and described, in the same sentence, as people only feeding
        into what others decide: 'a co-design led approach in which residents are engaged early
        to inform the review', 'our co-production model, where carers are consulted to feed into
        the plan'. The method noun, a relative word ('where', 'in which', 'whereby'), a lower-rung
        activity within eight words, then a purpose of informing within eight more ('to inform',
        'to feed into', 'to help shape'). (activity, end of the gap before the purpose) or None.

        A definition is not read here: 'Co-design is an approach where ...' names no method by
        the claim word, and 'a co-design approach is one where ...' puts a verb between the
        method and the relative word."""
        j = c.end
        while j < scan.hi and j - c.end < 2 and self._low(scan, j) in METHOD_JOINERS:
            j += 1  # "a co-design led approach"
        if j >= scan.hi or self._low(scan, j) not in METHOD_NOUNS:
            return None
        j += 1
        if j < scan.hi and self._low(scan, j) == ",":
            j += 1
        rel = self._low(scan, j) if j < scan.hi else ""
        if rel in METHOD_MEANS and "our" in self._words(scan, c.start - 3, c.start):
            # the writer's own method said to be something ("our co-production model means that ...")
            if j + 1 < scan.hi and self._low(scan, j + 1) == "that":
                j += 1
        elif rel == "which" or rel in METHOD_PREPOSITIONS:
            if rel == "which" or j + 1 >= scan.hi or self._low(scan, j + 1) != "which":
                return None  # "which" only after a preposition ("in which"): "an approach which ..." is a description
            j += 1
        elif rel not in METHOD_RELATIVES:
            return None
        j += 1
        acts = sorted((h for h in scan.low + scan.mid if h.start >= j), key=lambda h: h.start)
        if not acts or acts[0].start - j > 8:
            return None
        act = acts[0]
        if self._any_cue(scan, "boundary", j, act.start) or any(
                h.tag.kind in ("claim", "weak-claim") and j <= h.start < act.start for h in scan.hits):
            return None
        gap = self._words(scan, j, act.start)
        if not METHOD_BREAKS.isdisjoint(gap):
            return None  # another clause before the activity
        if set(gap) & LIMITING or self._cues(scan, "negation"):
            # "an approach in which people are only consulted to inform decisions is not
            # co-production": the writer names the lower rung as such, a critique
            return None
        # the purpose: 'to inform', 'to help shape', 'in order to feed into', at most eight words on
        k = act.end
        while k < scan.hi and k - act.end <= 8:
            w = self._low(scan, k)
            if w == "to":
                nxt = self._low(scan, k + 1) if k + 1 < scan.hi else ""
                if nxt == "help" and k + 2 < scan.hi:
                    nxt = self._low(scan, k + 2)
                if nxt in INFORMING_PURPOSES:
                    if any(h.start < k and h.end > act.end and h.tag.kind != "ctx" for h in scan.high):
                        return None  # people's power between ("engaged, and decided with us, to ...")
                    return act, k
                if k > act.end:  # "listened to", "engaged to": the activity's own word
                    return None
            elif w in METHOD_BREAKS or w in PURPOSE_BREAKS:
                return None
            k += 1
        return None

    def _hearsay(self, scan, c) -> bool:
        """'they thought their meetings were co-produced', 'it was claimed the plan was
        co-designed': someone's belief, reported, within six words of the claim and in its clause."""
        words = self._words(scan, c.start - 6, c.start)
        for i, w in enumerate(words):
            if w not in PERCEIVING:
                continue
            # "patients tended to see themselves as 'co-designers'", "regarded the survey as
            # co-production": the claim straight after "as" (not "considered as part of the
            # co-design work", "seen as a chance to co-design")
            rest = words[i + 1:]
            if words[i - 1:i] in (["we"], ["i"]) and rest[:1] in (["this"], ["that"], ["it"]):
                continue  # "We see this as true co-production": the writer's own claim, pointing back
            if "as" in rest:
                after = rest[len(rest) - rest[::-1].index("as"):]
                if len(after) <= 1 and not (after and after[0] in ("part", "well", "a", "an")):
                    return True
        for i in range(max(scan.lo, c.start - 6), c.start):
            if self._is(scan, "hearsay", i):
                gap = self._words(scan, i + 1, c.start)
                if not (set(gap) & {",", ";", "but", "and", "so", "because"}) and not self._any_cue(scan, "boundary", i + 1, c.start):
                    return True
        return False

    def _weak_claim_ok(self, scan, c) -> bool:
        if self._cue_ends_within(scan, "negation", c.start, 4):
            return False
        if self._cue_ends_within(scan, "not-a-claim", c.start, 3) and not self._past(scan, c):
            return False
        if c.tag.key == "power":
            # "handing power back", "at the heart of the decisions": a claim of power; not an aim
            # ("Our ambition is to put people at the heart of the plan"); not values said to be at
            # the heart of it ("Kindness and trust are at the heart of our plan": no people)
            subject = self._words(scan, scan.lo, c.start)
            if subject and set(subject) & _VALUES and set(subject) <= _VALUES | _VALUE_JOINS:
                return False
            if set(self._words(scan, c.start, c.end)) & CHANCES:
                # "residents had the chance to shape the plan": the people who had it are the
                # subject, just before (not staff or partners: "staff had the opportunity to ...")
                return self._people_involved(scan, c)
            return not (c.start > scan.lo and self._low(scan, c.start - 1) == "to"
                        and self.sentence_aim(scan, AIM_KINDS))
        if (self._in_quotes(scan, c) and not self._spoken(scan, c)) or self.obliged(scan, c):
            return False
        words = self._words(scan, c.start, c.end)
        involved = len(words) == 4 and words[1:3] == ["involved", "in"]
        if involved or (len(words) == 2 and words[0] in PLAIN_MADE and words[1] in ("with", "by")):
            # plain words of making (issue 16, fifteenth session): 'developed with residents',
            # 'shaped by carers' name the partners straight after them; 'carers have been
            # involved in developing' names them before, as its subject
            return self._people_involved(scan, c) if involved else self._people_next(scan, c)
        # the partners are people, not an organisation ("in partnership with the Kent
        # Safeguarding Children Partnership"), named inside the claim, named inside the claim ("working with carers to design")
        # or just after it ("in partnership with residents")
        j = self._past_determiners(scan, c.end)
        if j < scan.hi and self._token(scan.block, j).text[:1].isupper():
            return False
        if self._partners_are_bodies(scan, c, j):
            return False
        if any(h.tag.kind == "people" and c.start <= h.start <= c.end + self.lex.weak_window for h in scan.hits):
            return True
        if self._people_worked_with_us(scan, c):
            return True
        # further on in the same list of partners ("in partnership with local voluntary sector
        # organisations and local autistic people"): no verb, clause word or stop between
        end = c.end
        people_at = {h.start for h in scan.hits if h.tag.kind == "people"}
        while end < min(scan.hi, c.end + 15):
            w = self._low(scan, end)
            if w in _PARTNER_LIST_STOPS or (_verbish(w) and end not in people_at):
                break  # (not the first word of people: 'and local disabled people')
            end += 1
        return any(h.tag.kind == "people" and c.end <= h.start and h.end <= end for h in scan.hits)

    def _people_next(self, scan, c) -> bool:
        """'developed with residents', 'shaped by 300 young people': the people straight after
        the claim (past determiners and numbers), not their views or help ('developed with input
        from residents', 'shaped by the views of carers', 'shaped by residents' views'), not
        'them' (who, is told elsewhere), and not an organisation in capitals."""
        k = self.past_numbers(scan, c.end)
        for h in sorted((h for h in scan.hits if h.tag.kind == "people" and k <= h.start <= k + 2), key=lambda h: h.start):
            between = self._words(scan, k, h.start)
            if not all(w.isalpha() and w not in OWNED_VIEWS and w not in NOT_PARTNERS for w in between):
                return False  # 'with input from residents', 'by the views of carers'
            if self._low(scan, h.start) in ("they", "them"):
                return False
            nxt = self._low(scan, h.end) if h.end < scan.hi else ""
            return nxt not in OWNED_VIEWS
        return False

    def past_numbers(self, scan, k: int) -> int:
        """The first token from k that is neither a determiner nor a number ('with the 300', 'by
        over 40')."""
        k = self._past_determiners(scan, k)
        while k < scan.hi and (self._low(scan, k).replace(",", "").isdigit() or self._low(scan, k) in NUMBER_WORDS):
            k = self._past_determiners(scan, k + 1)
        return k

    def _people_involved(self, scan, c) -> bool:
        """'Carers have been involved in developing the strategy': the people are the subject,
        up to eight words before, with no break of the clause between."""
        for h in scan.hits:
            if h.tag.kind == "people" and h.end <= c.start and c.start - h.end <= 8 \
                    and self._low(scan, h.start) not in ("they", "them"):
                if not set(self._words(scan, h.end, c.start)) & (SUBJECT_BREAKS - {",", "and", "or"}):
                    return True
        return False

    def _partners_are_bodies(self, scan, c, j) -> bool:
        """'In partnership with these organisations, they raise awareness': the partners, within
        four words of the claim and before any people named, are organisations, and no people
        follow in the same list ('local voluntary sector organisations and local autistic
        people' names people): work between bodies, not a claim about people."""
        org = next((k for k in range(j, min(scan.hi, j + 4)) if self._low(scan, k) in PARTNER_BODIES), None)
        if org is None or any(h.tag.kind == "people" and c.end <= h.start < org for h in scan.hits):
            return False
        end = org + 1
        people_at = {h.start for h in scan.hits if h.tag.kind == "people"}
        while end < min(scan.hi, org + 12):
            w = self._low(scan, end)
            if w in _PARTNER_LIST_STOPS or (_verbish(w) and end not in people_at) or w in CLAUSE_PRONOUNS:
                break  # (a participle that begins the people goes on with the list: 'disabled people')
            end += 1
        return not any(h.tag.kind == "people" and org < h.start and h.end <= end for h in scan.hits)

    def _shaped_by_consultation(self, scan):
        """A co-design phrase of shaping or designing ('helped shape', 'helped us design') whose
        means, straight after it, is a lower-rung activity ('... by completing an online
        survey', '... through our online consultation'), with nothing else of the higher rungs
        in the sentence: the hit, else None."""
        if len(scan.high) != 1 or not scan.low:
            return None
        h = scan.high[0]
        if self._negation_reaches(scan, h.start, h.end):
            return None  # "did not help shape ..." (not "had no budget, but helped shape ...")
        if h.tag.kind == "rung" and self._equal_partners_giving_views(scan, h):
            return h
        made_by_people = h.tag.kind == "ctx" and self._low(scan, h.end - 1) == "by" and any(
            p.tag.kind == "people" and p.start == self._past_determiners(scan, h.end) for p in scan.hits)
        if not (h.tag.kind == "rung" or made_by_people) or self._rung(h).level == max(self.lex.levels):
            return None  # (or "designed by parents, through ...": people said to have made it)
        if not any(x in DESIGN_VERBS for w in self._words(scan, h.start, h.end)
                   for x in (w, w[:-1], w[:-2], w[:-3], w[:-3] + "e")):
            return None  # (shape, shaped, shaping; design, designed, designing)
        for k in scan.hits:
            if k.tag.kind == "cue" and k.tag.key in ("means", "by") and h.end <= k.start <= h.end + 8:
                first = self._low(scan, k.start)
                if not first.isalpha() or (k.tag.key == "by" and first != "by"):
                    continue  # (":" lists; "at", "during" name a place or a time)
                if any(lo.start >= k.end and lo.start - k.end <= 3 for lo in scan.low):
                    return h
        return None

    def _made_by_people_through(self, scan):
        """'The strategy was shaped by residents through an online survey', 'the offer was
        developed by parents via our consultation': people said to have made the thing ('<made>
        by <people>'), whose means, straight after them, is a lower-rung activity, with nothing of
        the higher rungs in the sentence: a weak claim over '<made> by <people>', else None. Not
        people who made it in their own way ('developed by young people, who chose ...': a higher
        rung), nor a body ('developed by the council through a survey')."""
        if scan.high or not scan.low:
            return None
        low = self._lower(scan.block)
        if MADE_VERBS.isdisjoint(low[scan.lo:scan.hi - 2]):
            return None  # no verb of making where the loop below looks (one test in C)
        people = {h.start: h.end for h in scan.hits if h.tag.kind == "people"}
        for i in range(scan.lo, scan.hi - 2):
            if low[i] not in MADE_VERBS or low[i + 1] != "by":
                continue
            end = people.get(self._past_determiners(scan, i + 2))
            if end is None or self._negation_reaches(scan, i, end):
                continue
            for k in scan.hits:
                # the link straight after the people (or one word on: 'parents themselves'), not
                # after their views ('shaped by residents' views through ...': the views shaped it)
                if k.tag.kind == "cue" and k.tag.key == "means" and end <= k.start <= end + 1 \
                        and self._low(scan, k.start).isalpha() \
                        and all(w.isalpha() and w not in ("and", "who", "which") for w in self._words(scan, end, k.start)):
                    if any(lo.start >= k.end and lo.start - k.end <= 3 for lo in scan.low):
                        return Hit(Tag("weak-claim", "weak"), i, end)
        return None

    def _decided_by_consultation(self, scan):
        """People said to decide ('you, the residents, decide our priorities', 'residents make
        the decisions', 'young people took the decisions on the play area') whose means, a few words
        on, is a lower-rung activity ('... by filling in our survey', '... through our
        listening events'), with nothing else of the higher rungs in the sentence: the word of
        deciding as a hit, else None. Not 'help us decide', an aim ('will decide', 'to decide'),
        a negation, or the writer deciding ('we decide ... by reading your views')."""
        if not scan.low:
            return None
        people = [h for h in scan.hits if h.tag.kind == "people"]
        for i in range(scan.lo, scan.hi):
            w = self._low(scan, i)
            holding = w in HOLDING and (w in LEADING or (i > scan.lo and self._low(scan, i - 1) in HOLDING_BEFORE))
            if w in DECIDING or holding:
                end = i + 1
                if w in DECISION_MAKING:  # 'make the decisions', 'take all the key decisions'
                    end = next((j + 1 for j in range(i + 1, min(scan.hi, i + 4))
                                if self._low(scan, j) in DECISION_WORDS), None)
                    if end is None:
                        continue
                before = self._words(scan, max(scan.lo, i - 3), i)
                after = self._words(scan, end, min(scan.hi, end + 6))
                if after[:1] in (["to"], ["whether"], ["not"]) or set(after) & OWN_CARE:
                    continue  # 'residents decided to reply online', decisions about their own care
                if set(before) & DECIDING_HEDGES:
                    continue  # 'help us decide', 'will decide', 'to decide', 'we decide'
                if self._negation_reaches(scan, i, end):
                    continue  # 'residents did not decide ...' (not 'with no cost to them, residents decide ...')
                if not any(0 <= i - p.end <= 10 and not set(self._words(scan, p.end, i)) & CLAUSE_STOPS
                             for p in people):
                    continue  # 'residents decide', 'you, the people of the town, decide'
                others = [h for h in scan.high if not (h.start < end and i < h.end)]
                if others:
                    return None  # a vote, a seat on the panel: people's power in its own words
                for k in scan.hits:
                    if k.tag.kind == "cue" and k.tag.key in ("means", "by") and end <= k.start <= end + 10:
                        first = self._low(scan, k.start)
                        if first not in ("by", "through", "via"):
                            continue
                        if holding and (first != "by" if w in LEADING else first == "by") \
                                and self._low(scan, k.end) not in RESPONDING:
                            continue  # 'patients led the redesign by giving feedback', not 'led it through groups they ran'
                        if any(lo.start >= k.end and lo.start - k.end <= 3 for lo in scan.low):
                            hit = next((h for h in scan.high if h.start < end and i < h.end), None)
                            start = i - 1 if holding and w not in LEADING else i  # 'in control', 'final say'
                            return hit or Hit(Tag("ctx", "co-producing"), start, end)
                return None
        return None

    def _decided_by_people(self, scan):
        """The decision or the lead said to be the people's by its agent ('the priorities were
        chosen by local people', 'decisions about the park were made by residents', 'the review
        was led by families', 'the plan is in the hands of residents'), where what those people
        did, said straight after them, is a lower-rung activity: a means ('... through our annual
        survey'), a relative clause about them whose verb is answering ('..., who gave their views
        in a survey'), or a colon and a clause of answering (': 900 residents answered our
        survey'). The words from the participle to the people as a hit, else None. Not an
        organisation as the agent ('led by the council's board', 'decided by the cabinet'), an aim
        ('will be decided by'), a negation, people who ran the asking themselves ('led by parents,
        who gathered the views of other families') or people's power in other words in the
        sentence ('..., who chose the contractor')."""
        low = self._lower(scan.block)
        if AGENT_DECIDING.isdisjoint(low[scan.lo:scan.hi]) and "hands" not in low[scan.lo:scan.hi]:
            return None  # the cheap pre-check: no participle of deciding and no 'hands'
        people = {h.start: h for h in scan.hits if h.tag.kind == "people"}
        for i in range(scan.lo + 1, scan.hi - 2):
            w = low[i]
            if w in AGENT_DECIDING and low[i + 1] == "by":
                start = i
                if w in ("made", "taken") and not set(low[max(scan.lo, i - 8):i]) & DECISION_WORDS:
                    continue  # 'made by residents' is making, read elsewhere; 'decisions ... were made by'
                if low[i - 1] not in AUX_BE:
                    continue  # a passive ('were chosen by'), not 'the residents led by example'
            elif w == "hands" and i >= scan.lo + 2 and low[i - 2:i] == ["in", "the"] and low[i + 1] == "of":
                start = i - 2
            else:
                continue
            if w in LOOSE_LEADS and set(low[max(scan.lo, start - 4):start]) & RUN_EVENTS:
                continue  # 'the workshop was led by parents': they ran the event, not asked
            j = self._past_determiners(scan, i + 2)
            if j not in people and low[j:j + 1] in (["local"], ["young"], ["older"], ["other"]):
                j += 1  # 'chosen by local families'
            p = people.get(j)
            if p is None:
                continue  # an organisation or a name ('led by the council's board')
            if set(low[max(scan.lo, start - 3):start]) & DECIDING_HEDGES or self._negation_reaches(scan, start, p.end):
                continue  # 'will be decided by residents', 'were not chosen by residents'
            if low[p.end:p.end + 1] in (["'s"], ["'"], ["’s"]):
                continue  # 'led by residents' views': the views, not the people
            if any(not (h.start < p.end and start < h.end) for h in scan.high):
                return None  # a vote, a budget: people's power in its own words
            if (scan.low and self._answered_after(scan, low, p.end)) or (w in LOOSE_LEADS and self._next_answers(scan)):
                # 'in the hands of' quoted as it is; 'chosen by' runs on to who (the caller)
                return Hit(Tag("ctx", "co-producing"), start, i + 2)
        return None

    def _next_answers(self, scan) -> bool:
        """The next sentence of the same paragraph opens with people ('they', 'families', 'over
        200 patients') whose verb, a few words on, is answering ('Families answered an online
        questionnaire'), with a lower-rung activity and nothing of the higher rungs in it: what
        the people said to lead did. Not 'they also ...' (an extra)."""
        sents = self.analysed.sentences
        if scan.index + 1 >= len(sents) or sents[scan.index + 1].block_index != scan.block:
            return False
        keep, hits = self.blocks[scan.block]
        lo = bisect.bisect_left(keep, sents[scan.index + 1].tok_start)
        hi = bisect.bisect_left(keep, sents[scan.index + 1].tok_end)
        low = self._lower(scan.block)
        first = next((h for h in hits if h.tag.kind == "people" and lo <= h.start < lo + 4), None)
        if first is None or not all(x.isdigit() or x.replace(",", "").isdigit() or x in LEAD_INS for x in low[lo:first.start]):
            return False  # the people open it ('Families ...', 'Over 200 patients ...'), not 'We asked them'
        verb = next((x for x in range(first.end, min(hi, first.end + 3)) if low[x] in RESPONDED), None)
        if verb is None or self.lex.words["who-block"] & set(low[first.end:verb]):
            return False
        rungs = [h for h in hits if lo <= h.start < hi and h.tag.kind == "rung"]
        return any(self._rung(h).level in self.lex.low_levels for h in rungs) and \
            not any(self._rung(h).level in self.lex.high_levels for h in rungs)

    def _answered_after(self, scan, low, k: int) -> bool:
        """What the people just named did, said straight after them (from token k): a means link
        and a lower-rung activity ('through our survey', 'in our budget consultation'), a relative
        clause that answers ('who gave their views at ...'), or a colon and a clause that answers
        (': 900 residents answered our survey')."""
        j = k + 1 if k < scan.hi and low[k] == "," else k
        if j >= scan.hi:
            return False
        near = [lo for lo in scan.low if lo.start >= j]
        if low[j] in MEANS_PREPOSITIONS:
            return any(lo.start - j <= 4 for lo in near)  # 'through a short online questionnaire'
        if low[j] in ("who", ":"):
            verb = next((x for x in range(j + 1, min(scan.hi, j + 5)) if low[x] in RESPONDED), None)
            if verb is None or self.lex.words["who-block"] & set(low[j + 1:verb]):
                return False  # 'who gathered views', 'who also answered': they ran it, or an extra
            return any(lo.start - verb <= 6 for lo in near if lo.start >= verb)
        return False

    def _equal_partners_giving_views(self, scan, h) -> bool:
        """'Carers were equal partners in developing the strategy, giving their views at three
        listening events': people called partners in making something, and the clause after the
        comma that says how is consultation ('giving their views', 'sharing their stories')."""
        words = self._words(scan, h.start, h.end)
        if not words or not words[-1].startswith("partner"):
            return False
        after = self._words(scan, h.end, min(scan.hi, h.end + 10))
        if "," not in after or after[:1] not in (["in"], ["on"]):
            return False
        comma = h.end + after.index(",")
        return any(lo.start == comma + 1 and self._low(scan, lo.start).endswith("ing") for lo in scan.low)

    def _people_worked_with_us(self, scan, c) -> bool:
        """'Members of the public and colleagues have worked with us to develop our plans':
        the people are the subject, and the one they worked with is the writer ('us')."""
        words = self._words(scan, c.start, c.end)
        if "with" not in words or words[words.index("with") + 1:words.index("with") + 2] != ["us"]:
            return False
        for h in scan.hits:
            if h.tag.kind == "people" and h.end <= c.start and c.start - h.end <= 8:
                gap = self._words(scan, h.end, c.start)
                if not set(gap) & (SUBJECT_BREAKS - {",", "and", "or"}):
                    return True
        return False

    def obliged(self, scan, c) -> bool:
        """'Staff should ... work in partnership with parents': a duty or a rule, not a report."""
        return any(w in OBLIGED for w in self._words(scan, scan.lo, c.start))

    def _past(self, scan, c) -> bool:
        """'when we undertook co-design at the shows': a 'when' clause about what happened,
        not a condition ('where co-production is possible', 'when services are co-designed')."""
        words = self._words(scan, c.start - 4, c.end + 3)
        if any(w in PRESENT for w in self._words(scan, c.start - 2, c.start)):
            return False
        if set(self._words(scan, c.start - 4, c.start)) & CONDITIONS:
            return False  # "if it had been co-designed ...": a condition, in any tense
        if self._low(scan, scan.lo) == "where" and c.start - scan.lo <= 4:
            return False  # "Where services have been co-designed, people ...": a condition; not a place
            # ("a workshop where parents co-produced the charter")
        return any(w in PAST for w in words) or self._low(scan, c.end - 1).endswith("ed")

    def power(self, scan) -> list:
        """The signs of shared decisions or power in a sentence that count as evidence: a
        firm phrase of the top rung ('as equals', 'held the budget'), or any higher-rung
        word with the people it is about close by ('residents decided'); 'it was decided',
        'led by our design agency' and 'insights that helped shape' are not people's power."""
        if scan.power is None:
            people = [h for h in scan.hits if h.tag.kind == "people"]
            top = max(self.lex.levels)
            scan.power = [h for h in scan.high
                          if ((h.tag.kind == "rung" and self._rung(h).level == top)
                              or any(abs(p.start - h.start) <= 6 or abs(p.end - h.end) <= 6 for p in people))
                          and not self._shapes_the_talk(scan, h) and not self._arrangements(scan, h)
                          and not self._writer_acts_on_people(scan, h, people)]
            scan.power += self._involved_in_decisions(scan, people)
        return scan.power

    def _involved_in_decisions(self, scan, people) -> list:
        """'Clients were involved in day-to-day communications and decisions', 'tenants'
        involvement in governance': people just before a word of being involved 'in', and the
        decisions or the governance up to eight words on in the same clause; not decisions
        about their own care."""
        out = []
        # a sentence with no people's hit or no word of being involved has none (1,660 sentences
        # of 1 MB walked word by word before): both told at once, the walk below unchanged
        if not people or INVOLVING.isdisjoint(self._lower(scan.block)[scan.lo:scan.hi - 1]):
            return out
        for i in range(scan.lo, scan.hi - 1):
            if self._low(scan, i) not in INVOLVING or self._low(scan, i + 1) != "in":
                continue
            if not any(0 <= i - p.end <= 3 for p in people):
                continue
            for j in range(i + 2, min(scan.hi, i + 11)):
                w = self._low(scan, j)
                if w in CLAUSE_BREAKS and w != "and" and w != ",":
                    break  # a list goes on ('communications and decisions'); another clause does not
                if w in DECISION_WORDS:
                    if not set(self._words(scan, j + 1, j + 5)) & OWN_CARE:
                        # the decision word alone: 'involved' may be another sign's word
                        out.append(Hit(Tag("ctx", "co-producing"), j, j + 1))
                    break
        return out

    def _writer_acts_on_people(self, scan, h, people) -> bool:
        """'We recruited participants to attend two workshops', 'we chose residents from every
        ward': a loose word of choice or power whose subject is the writer ('we', 'I') and whose
        people come after it are the ones acted on, not the ones with the power."""
        if h.tag.kind != "ctx" or h.start <= scan.lo or self._low(scan, h.start - 1) not in ("we", "i"):
            return False
        return not any(p.end <= h.start and h.start - p.end <= 6 for p in people)

    def _arrangements(self, scan, h) -> bool:
        """'they chose for it to be online', 'residents picked the date': a loose word of
        choice whose object, a few words on, is a meeting's arrangements."""
        if h.tag.kind != "ctx":
            return False
        return bool(set(self._words(scan, h.end, min(scan.hi, h.end + 6))) & LOGISTICS)

    def _shapes_the_talk(self, scan, h) -> bool:
        """'helping shape conversations around shared spaces', 'helped shape the consultation':
        what was shaped is the talking or the asking itself, not the service or its decisions."""
        if "shape" not in self._words(scan, h.start, h.end):
            return False
        j = self._past_determiners(scan, h.end)
        return any(k.start == j and k.tag.kind in ("rung", "ctx") and self._rung(k).level not in self.lex.high_levels
                   for k in scan.hits)

    # -- the document ----------------------------------------------------------------------
    def ladder(self) -> dict:
        counts = {r.id: 0 for r in self.lex.rungs}
        for scan in self.sentences:
            if scan.rung:
                counts[scan.rung] += 1
        return counts
