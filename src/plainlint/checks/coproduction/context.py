"""Step 4, claims read with their context: the claim's sentence, a frame around the claim,
the sentences before and after it in the same paragraph or list, and the paragraph under a
heading that makes the claim.

Real documents seldom tie a claim to its activity with a link word. They set the claim as a
frame ("As part of our co-design work, a survey went to all parents"), name an event after
it ("a co-production meeting for parents to share their views"), or put the activity in the
sentence before ("We ran three listening events. This is what we call co-production") or
the next sentence or two. A frame or an event whose stated content is consultation is a
firm tie (a warning); an activity that only sits near the claim is a looser one (a
suggestion). Shared decisions or power anywhere in that context keep the rule quiet.
"""

from __future__ import annotations

import bisect

from .evidence import SUBJECTS
from .evidence import AIM_KINDS as INTENT  # the cue lists of an aim or an intention ('we will', 'our ambition is')
from .model import DETERMINERS, NO_CLAIM_KINDS
from .reading import EVENT_CONTENT, EVENTS, OBLIGED, PAST, PERCEIVING, REPORTING, Relation, _verbish
from ...wordlists import load_irregular_verbs, word_set

#: words that open a frame around the claim: "As part of our co-design work, ..."
FRAME_OPENERS = word_set("co-production-words.toml", "frame-openers")
#: words before an -ed claim that make it the writer's own thing or a predicate ('our co-produced
#: plan', 'this is a co-designed service'): read with its context
OWN_OR_COPULA = word_set("co-production-words.toml", "own-or-copula")
#: verbs of naming: '<activity>, which we called co-design'
NAMING = word_set("co-production-words.toml", "naming")
#: words that follow a claim verb rather than the noun of a claim adjective
VERB_FOLLOWERS = word_set("co-production-words.toml", "verb-followers")
#: words that give the reason for a claim: what follows is what the claim stands on
REASONS = word_set("co-production-words.toml", "reasons")
#: engagement nouns that name a group (a partner in the work), not an activity
GROUPS = word_set("co-production-words.toml", "group-nouns")
CLAUSE_OPENERS = word_set("co-production-words.toml", "clause-openers")
AUX = word_set("co-production-words.toml", "auxiliaries-short")
#: words that turn a sentence to another clause or matter ('but', 'then', 'which', a negation)
TURNS = word_set("co-production-words.toml", "turns")
#: words that end people's part as the subject of a claim after them
SUBJECT_BREAKS = word_set("co-production-words.toml", "subject-breaks")
#: first words of a looser link naming what a thing rests on ('the result of', 'based on')
RESTS_ON = word_set("co-production-words.toml", "rests-on")
#: words opening a sentence that acts on the principle before it ('Therefore, we ...', 'That is why we ...')
FULFILMENT = word_set("co-production-words.toml", "fulfilment")
#: a colon, or a dash used as one ("Our strategy is truly co-produced – 700 carers gave their views")
COLONS = {":", "–", "—"}
#: list and paragraph kinds whose neighbours belong together
PROSE = {"paragraph", "list-item", "table-cell"}
#: the blocks whose claims the loose tier reads (not a table's cell: a cell's neighbours are other columns)
LOOSE_KINDS = {"paragraph", "list-item"}
#: words that bring in another piece of work beside the claim's, in its own sentence
ALONGSIDE = word_set("co-production-words.toml", "alongside-words")
#: words after people that carry on their description as a subject ('people with lived experience of ...')
SUBJECT_GOES_ON = word_set("co-production-words.toml", "subject-goes-on")
#: words opening a sentence that adds another thing ('In addition, it set up a network ...')
ADDITIVE = word_set("co-production-words.toml", "additive-openers")
#: first words of a sentence's subject that make it a meeting's officials or members ('The Chair
#: invited comments'): their doings at the meeting are not the people's activity (set M, 117)
OFFICIALS = word_set("co-production-words.toml", "officials")
#: the words before an -ed claim in a frame that make it the writer's own work ('Through our
#: co-produced approach, ...'), not a general one ('As with any co-designed approach, ...')
FRAMED_OWNERS = word_set("co-production-words.toml", "framed-owners")
#: the simple past and past participle of the irregular verbs, and 'was', 'held', 'ran' ...
_IRREGULAR = load_irregular_verbs().participles
PAST_FORMS = frozenset(_IRREGULAR) | frozenset(_IRREGULAR.values()) | PAST
BEFORE = 2  # sentences before the claim that count as its context
LIST_ITEMS = 8  # list items a claim ending with a colon leads into
AFTER = 3  # sentences after it ("activity several sentences away", the data set's rubric)
#: sentences of the claim's section, beyond BEFORE and AFTER, read on either side of it (the rest
#: of the section is too far from the claim to speak for it)
FAR = 30


#: what may join the people of one partner list ("with the public, staff and patients")
PARTNER_LIST_JOINS = word_set("co-production-words.toml", "partner-list-joins") | {","}
RELATIVES = word_set("context-words.toml", "relatives")
#: words that open a new group of people after 'and' or a comma ('and other families')
NEW_GROUP_OPENERS = word_set("co-production-words.toml", "new-group-openers")


class Context:
    """Mixed into the Reader: relations found from a claim's context."""

    def context_relations(self, done: set) -> list[Relation]:
        out = []
        blocks = self.analysed.blocks
        for scan in self.sentences:
            if scan.index in done:
                continue
            own = self._own_definition(scan)
            if own is not None:
                out.append(own)
                continue
            if scan.principle or self.power(scan):
                continue
            claims = scan.claims + [c for c in scan.weak_claims]
            if not claims:
                acted = self._principle_acted_on(scan)
                if acted is not None:
                    out.append(acted)
                continue
            kind = blocks[scan.block].kind
            if kind in NO_CLAIM_KINDS and kind != "heading":
                continue
            around = self._around(scan)
            if any(self.power(s) for s in around) or self.section_power(scan, around):
                continue  # shared decisions or power near the claim, or anywhere in its section
            claim = claims[0]
            if self._first_step_of_aim(scan, claim):
                continue  # "The workshop was the first step in our aim to co-design ...": a beginning, no claim
            if claim in scan.claims and self._thing_described(scan, claim) and not self._framed_ed(scan, claim):
                continue  # "support for the proposed co-designed model": the thing consulted on
            firm = None if scan.weak_claims and not scan.claims else self._frame_or_event(scan, scan.claims)
            if firm is not None:
                claim, lows = firm
                out.append(Relation(scan, claim, lows, True, False, "frame"))
                continue
            rests = self._said_of_the_subject(scan, claims)
            if rests is not None:
                # "Co-designed with local people, the plan draws on 900 survey responses", "The
                # strategy, co-produced with residents, was shaped by focus groups": the claim
                # describes the subject, and the predicate says what it rests on: a looser link
                claim, lows = rests
                out.append(Relation(scan, claim, lows, False, False, "rests-on"))
                continue
            opening = self._opening_clause(scan, claims)
            if opening is not None:
                # "Working with residents to design the park, we held drop-ins": the claim
                # opens the sentence and what follows the comma is how it was done; firm for a
                # claim word, a warning for a looser claim ("working with ... to design")
                claim, lows = opening
                rel = Relation(scan, claim, lows, claim in scan.claims, False, "frame", own_sentence=True)
                out.append(rel)
                continue
            if ((self._people_made_it(scan, claims) and not self._how_they_did_it(scan, claim)
                 and not self._heading_tells_how(scan, kind))
                    or self._negated(scan, claim) or self._made_a_survey(scan, claim)
                    or self.obliged(scan, claim)):
                continue  # the people themselves made the thing
            # a plan counts only where it names its means in the same sentence, or next to a
            # sentence that reports what was done ("will be co-produced with young people. We
            # have held roundtables ...")
            aim = self.sentence_aim(scan)
            acts = []
            mixed = False
            # what people did is read in the claim's own item, never across a bullet's edge
            # ("Worked with staff to co-create 'Our Hopes' ... • Took part in the interview
            # process": the next item is other work); the neighbours still show power above
            own_items = set(self._list_after(scan))
            evidence = around if kind != "list-item" else [
                s for s in around if s.block == scan.block or s.index in own_items]
            # a sentence after the claim that opens 'In addition, ...' tells of another piece of
            # work, and so does what follows it ("introduced a co-production programme ... In
            # addition, it established the Network, which had facilitated engagement
            # opportunities": the engagement is the Network's, set J a03)
            other = min((s.index for s in evidence if s.index > scan.index and self._another_thing(s)),
                        default=None)
            for s in [scan] + evidence:
                if s.principle or (s is not scan and (s.claims or s.weak_claims)):
                    continue
                if other is not None and s.index >= other:
                    continue
                if aim and s is not scan and not self._reports(s):
                    continue
                if s is not scan and set(self._words(s, s.lo, s.hi)) & OBLIGED:
                    continue  # a duty ("local authorities should involve parents"), not an activity
                if s is not scan and self._officials_act(s):
                    continue  # the meeting's own business ("The Chair invited comments"), not the people's
                lows = s.low if s is not scan else [h for h in s.low if self._loosely_tied(s, claim, h)
                                                    or self._power_words_over(s, claim, h)]
                for h in lows:
                    acts.append((s.block, h))
                # engagement activities, not loose context words or the groups that took part
                mids = [h for h in s.mid if h.tag.kind == "rung" and not self._a_group(s, h)]
                if s is scan:
                    mids = [h for h in mids if self._loosely_tied(s, claim, h)]
                if mids and not s.low and (s is scan or s.index > scan.index):
                    mixed = True  # engagement: in the claim's sentence or after it only
                    for h in mids:
                        acts.append((s.block, h))
            far = False
            if not acts and kind != "list-item" and scan.claims and not aim and self._done_claim(scan, claim):
                # nothing near: what people did, told further on in the claim's section (under
                # its heading), is a looser tie still: a suggestion ("We co-designed the new
                # service." ... two paragraphs on ... "Over 300 people answered our survey.")
                acts, mixed = self._section_activity(scan, around)
                far = bool(acts)
            if not acts:
                continue
            if kind == "heading" and claim.tag.noun and not any(
                    self._rung(h).level in self.lex.low_levels for _, h in acts):
                continue  # an event heading ('Co-design workshops') over its own details: only what
                # people were asked for there (views, comments) says what the event was
            acts.sort(key=lambda bh: (bh[0], bh[1].start))
            own = bool(scan.claims) and not aim and any(b == scan.block and scan.lo <= h.start < scan.hi
                                                        for b, h in acts if h in scan.low)
            # a claim that leads into a list with a colon: the list says what the work was
            listed = set(self._list_after(scan))
            lead = bool(listed) and bool(scan.claims) and not aim and all(
                any(x.block == b and h in x.low for x in around if x.index in listed) for b, h in acts)
            rel = Relation(scan, claim, [h for _, h in acts[:3]], lead and not far, mixed,
                           "section" if far else "list" if lead else "context", own_sentence=own and not far)
            rel.acts = acts[:3]
            out.append(rel)
        return out

    def loose_relations(self, done: set) -> list[Relation]:
        """The loose tier (issue 16, nineteenth session: "a firm tie is a warning; a looser one
        a suggestion"): no grammatical tie. In the claim's block (its own paragraph or list
        item: the sentence before, the two after, and a heading directly over the block), a
        co- word claim of the writer's own work that the reading keeps (past or present; not an
        aim, a plan, a duty or a negation: definitions, names, titles and topics are already set
        aside by the reading), any activity on a lower rung, and no sign of shared power in any
        of those sentences. Each relation is a suggestion whose message says the activity may
        be consultation and asks what people decided (``how`` = "loose"). One per block, and
        none in a block the other tiers already flag."""
        out = []
        blocks = self.analysed.blocks
        flagged = {self.analysed.sentences[i].block_index for i in done}
        for scan in self.sentences:
            if scan.index in done or not scan.claims or scan.principle or scan.block in flagged:
                continue
            if blocks[scan.block].kind not in LOOSE_KINDS:
                continue
            claim = next((c for c in scan.claims if not self.is_aim(scan, c) and not self._negated(scan, c)
                          and not self.obliged(scan, c) and not self._thing_described(scan, c)
                          and not self._made_a_survey(scan, c) and self._loose_claim(scan, c)), None)
            if claim is None or self.sentence_aim(scan, INTENT):
                continue
            if ((self._people_made_it(scan, [claim]) or self._people_subject(scan, claim))
                    and not self._how_they_did_it(scan, claim)):
                continue  # the people themselves made the thing ('service users co-produced a new approach')
            if set(self._words(scan, scan.lo, claim.start)) & PERCEIVING:
                continue  # how people saw themselves ('patients saw themselves as co-designers'): a finding, not the work
            near = self._loose_block(scan)
            if any(self.power(s) or s.high for s in [scan] + near) or any(self.power(s) for s in self._around(scan)):
                continue  # shared decisions or power, in any words the ladder knows, or near it as the context reads it
            acts, mixed = [], False
            # a sentence after the claim that opens 'In addition, ...' tells of another piece of
            # work, and so does what follows it (as for the near context)
            other = min((s.index for s in near if s.index > scan.index and self._another_thing(s)), default=None)
            for s in [scan] + near:
                if other is not None and s.index >= other:
                    continue
                if s is not scan and (s.principle or self.sentence_aim(s, INTENT)
                                      or set(self._words(s, s.lo, s.hi)) & OBLIGED or self._officials_act(s)):
                    continue  # a definition, an aim, a duty or a meeting's own business: not what people did
                # in the claim's own sentence, informing is what was done with the finished thing
                # ('Co-produced with parents, the charter was shared through our newsletter'), not
                # how it was made; consultation there counts
                # in the claim's own sentence the grammar's reading still holds: an activity in
                # another clause, the thing made, or what was done with it is not what the work was
                # ('... co-produced with the youth council, and other young people told us ...');
                # informing there is what was done with the finished thing ('Co-produced with
                # parents, the charter was shared through our newsletter'), not how it was made
                lows = s.low if s is not scan else [h for h in s.low if self._loosely_tied(s, claim, h)
                                                    and not self._added_to(s, claim, h)
                                                    and self._rung(h).level > min(self.lex.low_levels)]
                acts += [(s.block, h) for h in lows]
                # engagement counts in the sentences around the claim only: in its own sentence a
                # workshop is often where the work was done ('co-produced at a workshop with residents')
                mids = [] if s is scan else [h for h in s.mid if h.tag.kind == "rung" and not self._a_group(s, h)]
                if mids:
                    mixed = True
                    acts += [(s.block, h) for h in mids]
            if not acts:
                continue
            acts.sort(key=lambda bh: (bh[0], bh[1].start))
            rel = Relation(scan, claim, [h for _, h in acts[:3]], False, mixed, "loose")
            rel.acts = acts[:3]
            out.append(rel)
            flagged.add(scan.block)
        return out

    def _added_to(self, scan, c, h) -> bool:
        """An activity after the claim in its own sentence that a word of addition brings in ('We
        co-designed the play area with parents, alongside a survey of 300 residents'): another
        piece of work beside the claim's, not what it was."""
        if h.start < c.end:
            return False
        return bool(set(self._words(scan, c.end, h.start)) & ALONGSIDE)

    def _loose_claim(self, scan, c) -> bool:
        """A claim the loose tier may read: a verb or an -ed form ('we co-designed', 'was
        co-produced', 'we co-produce the plan with carers'), or a noun only where it names an
        event ('two co-production workshops') or is said to have happened ('co-production took
        place'). A bare noun is too often a topic or one item of a list ('our methods of
        engagement and co-design', 'encourage participation and co-production', 'informed by
        consultation, co-production and research')."""
        if not c.tag.noun or self._low(scan, c.end - 1).endswith("ed"):
            return True
        nxt = self._low(scan, c.end) if c.end < scan.hi else ""
        return nxt in EVENTS or self.is_done(scan, c)

    def _people_subject(self, scan, c) -> bool:
        """The people are the subject of a claim verb, up to eight words before it with no verb
        and no break of the clause between ('A group of people with lived experience of poverty
        have co-produced a theory'): they did the making."""
        if c.tag.noun and not self._low(scan, c.end - 1).endswith("ed"):
            return False
        for h in scan.hits:
            if h.tag.kind != "people" or h.end > c.start or c.start - h.end > 8:
                continue
            gap = self._words(scan, h.end, c.start)
            if self._low(scan, h.start) in ("they", "them") or set(gap) & (SUBJECT_BREAKS - {"and", "or"}):
                continue
            if gap and gap[0] not in AUX and gap[0] not in SUBJECT_GOES_ON:
                continue  # a people word naming a thing ('our carers strategy was co-designed'), not its makers
            lead = self._words(scan, scan.lo, h.start)  # the subject opens the sentence ('A group of ...')
            if not any(_verbish(w) for w in gap) and not set(lead) & (SUBJECT_BREAKS | AUX | {"to", ",", "is", "are"}) \
                    and not any(_verbish(w) for w in lead):
                return True
        return False

    def _loose_block(self, scan) -> list:
        """The loose tier's block: the sentence before the claim and the two after it in the
        same paragraph or list item, and the heading directly over the block."""
        by_index = self._scan_by_index()
        sents = self.analysed.block_sentences[scan.block]
        pos = sents.index(scan.index)
        want = sents[max(0, pos - 1):pos] + sents[pos + 1:pos + 3]
        head = scan.block - 1
        if head >= 0 and self.analysed.blocks[head].kind == "heading":
            want += self.analysed.block_sentences[head]
        return [by_index[i] for i in want if i in by_index]

    def _section_blocks(self, block: int) -> range:
        """The blocks of a block's section: from the heading over it (or the block itself, where
        it is a heading) to the next heading of the same or a higher level (a sub-heading stays
        inside); with no heading above it, from the start of the document where the document has
        headings further on, else the block alone (text with no headings: the paragraph or list
        block, whose list neighbours _around reads)."""
        cache = getattr(self, "_sections", None)
        if cache is None:
            cache = self._sections = {}
        got = cache.get(block)
        if got is not None:
            return got
        blocks = self.analysed.blocks
        head = next((i for i in range(block, -1, -1) if blocks[i].kind == "heading"), None)
        if head is None and not any(b.kind == "heading" for b in blocks[block + 1:]):
            got = range(block, block + 1)
        else:
            level = (blocks[head].level or 1) if head is not None else 0
            end = next((i for i in range(max(block, head if head is not None else 0) + 1, len(blocks))
                        if blocks[i].kind == "heading" and (blocks[i].level or 1) <= max(level, 1)), len(blocks))
            got = range(head if head is not None else 0, end)
        cache[block] = got
        return got

    def _section_rest(self, scan, around) -> list:
        """The read sentences of the claim's section that _around did not read, nearest first,
        up to FAR on either side of the claim; prose only (no table of contents, no caption)."""
        by_index = self._scan_by_index()
        near = {s.index for s in around} | {scan.index}
        idx = self._section_sentences(scan.block)
        at = bisect.bisect_left(idx, scan.index)
        before = [i for i in idx[max(0, at - FAR - len(near)):at] if i not in near][-FAR:]
        after = [i for i in idx[at:at + FAR + len(near)] if i > scan.index and i not in near][:FAR]
        order = sorted(before + after, key=lambda i: abs(i - scan.index))
        return [by_index[i] for i in order if i in by_index]

    def _section_sentences(self, block: int) -> list:
        """The sentence indexes of a block's section, prose only, in order (once per section)."""
        sec = self._section_blocks(block)
        cache = getattr(self, "_section_idx", None)
        if cache is None:
            cache = self._section_idx = {}
        got = cache.get((sec.start, sec.stop))
        if got is None:
            blocks = self.analysed.blocks
            got = cache[(sec.start, sec.stop)] = [
                i for b in sec if blocks[b].kind in PROSE for i in self.analysed.block_sentences[b]]
        return got

    def section_power(self, scan, around) -> bool:
        """Shared decisions or power anywhere in the claim's section beyond its near context:
        the work may well be more than consultation, told further on."""
        return any(self.power(s) for s in self._section_rest(scan, around))

    def _done_claim(self, scan, c) -> bool:
        """A claim of work done, said of a thing: the claim word is a past form ('we have
        co-designed', 'was co-produced', 'our co-designed plan'). A noun ('co-creation') is
        too often a name or a topic ('a Lived Experience and Co-creation presentation', set J
        007) to be tied to what a section tells further on."""
        return any(self._low(scan, j).endswith("ed") for j in range(c.start, c.end))

    def _section_activity(self, scan, around) -> tuple:
        """([(block, hit)], mixed) from the nearest sentence of the claim's section, beyond its
        near context, that reports consultation done ('residents were asked', 'we held
        drop-ins'): not a principle, an aim, a duty or another claim; nothing after a sentence
        that opens on another piece of work ('In addition, ...')."""
        rest = self._section_rest(scan, around)
        stop = min((s.index for s in rest if s.index > scan.index and self._another_thing(s)), default=None)
        for s in rest:
            if stop is not None and s.index >= stop:
                continue
            if (not s.low or s.principle or s.claims or s.weak_claims or not self._told_as_done(s)
                    or self.sentence_aim(s, INTENT) or set(self._words(s, s.lo, s.hi)) & OBLIGED
                    or self._officials_act(s)):
                continue
            mids = [h for h in s.mid if h.tag.kind == "rung" and not self._a_group(s, h)]
            return [(s.block, h) for h in s.low[:3]], bool(mids)
        return [], False

    def _officials_act(self, s) -> bool:
        """Is the sentence's subject the person chairing a meeting or a member speaking in it
        ('The Chair invited comments and questions', 'Councillor Shah commented')? What they did is the meeting's business, not what the people did (set M
        117). 'The chair of the residents' forum' is one of the people: a following 'of' keeps them."""
        words = [w for w in self._words(s, s.lo, min(s.hi, s.lo + 4)) if w != ","]
        if words and words[0] == "the":
            words = words[1:]
        if not words or words[0] not in OFFICIALS:
            return False
        return len(words) < 2 or words[1] != "of"

    def _told_as_done(self, s) -> bool:
        """The sentence reports something done: 'have', 'has' or a past verb of the word list,
        or an -ed verb straight after its subject, a pronoun or the people ('we asked', '600
        young people answered an online poll')."""
        if self._reports(s):
            return True
        ends = {h.end for h in s.hits if h.tag.kind == "people"}
        return any(len(w) > 4 and w.endswith("ed") and (j in ends or (j > s.lo and self._low(s, j - 1) in SUBJECTS))
                   for j, w in enumerate(self._words(s, s.lo, s.hi), start=s.lo))

    def _another_thing(self, s) -> bool:
        """Does the sentence open with words that add another thing ('In addition', 'Separately')?"""
        words = [w for w in self._words(s, s.lo, s.lo + 3) if w != ","]
        return bool(words) and (words[0] in ADDITIVE or " ".join(words[:2]) in ADDITIVE)

    def _around(self, scan) -> list:
        """The read sentences of the claim's context, nearest first: up to BEFORE before and
        AFTER after it in the same block, or in neighbouring list items; under a heading, the
        first sentences of the next block."""
        blocks = self.analysed.blocks
        by_index = self._scan_by_index()
        sents = self.analysed.block_sentences[scan.block]
        pos = sents.index(scan.index)
        want = []
        kind = blocks[scan.block].kind
        if kind == "heading":
            nb = scan.block + 1
            if nb < len(blocks) and blocks[nb].kind in PROSE:
                want = self.analysed.block_sentences[nb][:AFTER + 1]
            return [by_index[i] for i in want if i in by_index]
        want = sents[max(0, pos - BEFORE):pos] + sents[pos + 1:pos + 1 + AFTER]
        lead = self._list_after(scan)
        if lead:
            want += lead  # "We co-produced the plan by:" and the list under it
        if kind == "list-item":
            # a list: the items on either side
            for nb in (scan.block - 1, scan.block + 1):
                if 0 <= nb < len(blocks) and blocks[nb].kind == "list-item":
                    ns = self.analysed.block_sentences[nb]
                    want += ns[-BEFORE:] if nb < scan.block else ns[:AFTER]
        return [by_index[i] for i in want if i in by_index]

    def _list_after(self, scan) -> list:
        """The sentences of the list a claim sentence leads into: the sentence is the last of
        its block, ends with a colon ("We co-produced the plan with residents by:") and the
        next blocks are list items (up to LIST_ITEMS of them)."""
        sents = self.analysed.block_sentences[scan.block]
        if sents[-1] != scan.index or scan.hi <= scan.lo or self._low(scan, scan.hi - 1) != ":":
            return []
        blocks = self.analysed.blocks
        out = []
        nb = scan.block + 1
        while nb < len(blocks) and blocks[nb].kind == "list-item" and nb - scan.block <= LIST_ITEMS:
            out += self.analysed.block_sentences[nb]
            nb += 1
        return out

    def _loosely_tied(self, scan, c, h) -> bool:
        """An activity in the claim's own sentence that the grammar does not set apart from it:
        not in another clause ('co-produced the plan and then consulted on it'), not the
        thing that was co-produced ('co-designed the survey', 'a co-produced survey'), not
        something said about the co-produced thing ('the co-produced plan was publicised')."""
        if h.start >= c.end:
            lo, hi = c.end, h.start
        else:
            lo, hi = h.end, c.start
            if self._points_back_to(scan, c) or self._so_chosen(scan, lo, hi):
                return True  # "Carers gave their views at four events, and this is how we co-produced it"
        if (h.start >= c.end and c.end < scan.hi and self._low(scan, c.end) in COLONS
                and not self._any_cue(scan, "boundary", c.end + 1, h.start)):
            return True  # "Co-production: we held 12 community events and received 800 comments"
        if h.start < c.start and self._named_so(scan, lo, hi):
            return True  # "the second phase of consultation, which we called co-design, ..."
        if h.start >= c.end and self._reason_given(scan, lo, hi):
            return True  # "we describe this plan as co-produced because we held six conversations"
        if h.start >= c.end and self._which_rests_on(scan, lo, hi):
            return True  # "Co-creation sat at the centre of the strategy, which was shaped by a survey"
        if h.start < c.start and self._rests_on_before(scan, h, lo, hi):
            return True  # "This plan is the result of thousands of conversations ... and putting people at the heart of the plan"
        if h.start >= c.end and self._same_subject_goes_on(scan, c, lo, hi):
            return True  # "Members of the public have worked with us to develop our plans and have described their aspirations"
        if h.start >= c.end and self._other_people_asked(scan, c, h):
            return False  # "co-produced the strategy with carers and ran a survey of 400 residents"
        if self._blocked(scan, lo, hi, c):
            return False
        between = self._words(scan, lo, hi)
        if h.start >= c.end and set(between) & COLONS and not self._any_cue(scan, "boundary", lo, hi):
            return True  # "People are at the heart of the decisions: 1,500 people told us their views"
        if h.start >= c.end and self._purpose(scan, c):
            # "the forum was set up to help co-design services, and gathers feedback through
            # a survey": what it was set up for, then what it does; a new subject or "then"
            # still starts another clause
            if any(w in ("then", "also", "but", "which", "whose") for w in between):
                return False
            if any(w in ("and", ",", "or") and (n in DETERMINERS or n in ("we", "they", "it", "he", "she"))
                   for w, n in zip(between, between[1:])):
                return False
            return not self._any_cue(scan, "boundary", lo, hi)
        for i, w in enumerate(between):
            if w in self.lex.words["who"] and set(between[i + 1:]) & self.lex.words["who-block"]:
                return False  # "with parent carers, who gathered views from other families"
        if any((w in ("also", "then", "but", "which", "whose", "that")
                and not (w == "which" and k > 0 and between[k - 1] in ("at", "in", "during")))  # "at which" is "where"
               or (w in REPORTING and between[k + 1:] not in ([], ["us"]))  # "young people told us what ...": the activity's own verb
               or (w in self.lex.words["purpose-block"] and w not in ("people", "residents")) for k, w in enumerate(between)):
            return False  # another clause, someone's words, or results put to use
        for w, n in zip(between, between[1:] + [""]):
            if w in ("and", "or", ",") and (n in ("and", "or") or n in DETERMINERS or n in CLAUSE_OPENERS):
                return False  # a new clause or item: ", and the wider public were consulted"
        if h.start >= c.end and between[-1:] and between[-1] in (",", ":"):
            if (between[-1] == "," and self._low(scan, h.start).endswith("ing") and len(between) <= 6
                    and not any((_verbish(w) and not (k > 0 and between[k - 1] in ("in", "of"))) or w in REPORTING
                                for k, w in enumerate(between[:-1]))):
                return True  # "Parents were at the heart of designing the offer, sharing their views through ...": how
            return False  # "co-produced at a workshop with residents, using the results"
        if h.start < c.start and c.start > scan.lo and self._low(scan, c.start - 1) in ("and", "or", ","):
            return False  # "we will consult on the draft and co-produce the plan"
        if self._modifier(scan, c) and not (h.start >= c.end and self._method_used(scan, c)):
            return False  # "the draft co-produced strategy": a thing described, not how it was made
        if h.start >= c.end and all(w in DETERMINERS or w in ("of", "a", "new", "short", "online") for w in between):
            return False  # the object: "co-designed the survey", "co-production of the survey"
        if (h.start >= c.end and between and between[0] in DETERMINERS and len(between) <= 5
                and all(w.isalpha() and not _verbish(w) for w in between)
                and not any(x.start < hi and x.end > lo for x in scan.hits if x.tag.kind in ("cue", "people"))):
            # the head of the object's noun phrase ("co-produced the new discharge leaflet with
            # patients"): the thing made together, not what people did (no link, no people between)
            return False
        if h.start < c.start and (not between or between[-1] in DETERMINERS):
            return False  # "the draft co-produced strategy"
        if h.start < c.start and all(w in AUX for w in between):
            return False  # the thing made: "the questionnaire was co-designed with ..."
        if c.start > scan.lo and self._low(scan, c.start - 1) in DETERMINERS:
            # "the co-produced plan was published alongside the results", "the survey informed
            # the co-production of the pathway": a thing described, not how it was made;
            # unless the claim names an event ("the co-design workshop was attended by ...")
            # or a link word says how the work after it is done ("the co-production of the
            # offer is sought through responding to feedback")
            if h.start >= c.end and self._link_between(scan, c.end, h.start):
                return True
            if h.start >= c.end and c.start - 2 >= scan.lo and self._low(scan, c.start - 2) in AUX:
                return True  # the claim is what the work was: "the refresh was a co-production, with ..."
            if h.start >= c.end and self._method_used(scan, c):
                return True  # "we took a co-production approach, running an online survey"
            return any(w in EVENTS for w in self._words(scan, c.end, c.end + 6))
        return True

    def _other_people_asked(self, scan, c, h) -> bool:
        """Which activity belongs to which claim: the claim names its partners ('co-produced the
        strategy with carers') and the activity after it names other people as the ones it
        reached ('... and ran a survey of 400 residents', '..., and asked residents for their
        views'): another piece of work with another group, not how the partners worked. People
        named only in the claim's phrase, or the same people again ('... a survey of 400
        carers'), leave the activity tied."""
        people = [p for p in scan.hits if p.tag.kind == "people" and c.end <= p.start < h.start + 12]
        partners = [p for p in people if p.start < h.start and "with" in self._words(scan, max(c.end, p.start - 3), p.start)]
        if not partners:
            return False
        first = partners[0]
        if self._low(scan, first.start) in ("they", "them"):
            return False
        partners, end = [first], first.end
        for p in people:  # the partner list goes on: "with the public, staff and patients"
            if p.start >= end and all(w in PARTNER_LIST_JOINS for w in self._words(scan, end, p.start)):
                partners.append(p)
                end = p.end
        reached = [p for p in people if p.start >= end and p.start >= h.start - 4
                   and not set(self._words(scan, end, p.start)) & RELATIVES
                   and (p.start >= h.start or self._new_group(scan, end, p.start))]
        if not reached:
            return False
        own = {w.rstrip("s") for p in partners for w in self._words(scan, p.start, p.end)}
        return all(self._low(scan, p.start) not in ("they", "them") and not own & {w.rstrip("s") for w in self._words(scan, p.start, p.end)}
                   for p in reached)

    def _new_group(self, scan, lo, hi) -> bool:
        """Between one list of people and the next, 'and' or a comma and then a word that opens a
        new group ('and 300 parents', ', and other families'), not the list going on ('the public,
        staff and patients')."""
        words = self._words(scan, lo, hi + 1)
        return any(w in (",", "and") and (n in DETERMINERS or n in NEW_GROUP_OPENERS or n[:1].isdigit())
                   for w, n in zip(words, words[1:]))

    def _power_words_over(self, scan, c, h) -> bool:
        """Power words with no co- word ('handing power back', 'at the heart of the decisions')
        in a sentence whose subject, before them, is the consultation itself ('... claimed the
        consultation is one of the most ambitious listening exercises ..., adding: "We are
        handing power back to young people"'): the claim is said of that activity."""
        return (c.tag.key == "power" and h.end <= c.start and not self._negation_reaches(scan, c.start, c.end)
                and not self.sentence_aim(scan, INTENT)
                and not self._any_cue(scan, "contrast", scan.lo, scan.hi) and c.start - h.end <= 30)

    def _principle_acted_on(self, scan):
        """'A strategy ... will only succeed if it is created together with all our communities.
        Therefore, in preparing our Strategy, we talked to lots of groups and held two engagement
        periods where we asked people to share their thoughts': a claim set as a condition or a
        principle, and the next sentence of the paragraph says what the writer did because of it
        ('Therefore', 'So', 'That is why'), in the past, with 'we', and it is consultation. A
        suggestion: the principle is what the work claims to have met."""
        raw = [h for h in scan.hits if h.tag.kind in ("claim", "weak-claim")]
        if not raw or not self._cues(scan, "not-a-claim") or self._cues(scan, "negation"):
            return None
        sents = self.analysed.block_sentences[scan.block]
        pos = sents.index(scan.index)
        if pos + 1 >= len(sents):
            return None
        nxt = self._scan_by_index().get(sents[pos + 1])
        if nxt is None or not nxt.low or nxt.high or self.power(nxt) or nxt.claims or nxt.weak_claims:
            return None
        head = self._words(nxt, nxt.lo, nxt.lo + 4)
        if not head or head[0] not in FULFILMENT or (head[0] in ("that", "this", "which") and head[1:3] != ["is", "why"]):
            return None
        words = set(self._words(nxt, nxt.lo, nxt.hi))
        if "we" not in words or not (self._reports(nxt) or any(_verbish(w) and w.endswith("ed") for w in words)):
            return None
        rel = Relation(scan, raw[0], nxt.low[:3], False, any(h.tag.kind == "rung" for h in nxt.mid), "fulfilment")
        rel.acts = [(nxt.block, h) for h in nxt.low[:3]]
        return rel

    def _rests_on_before(self, scan, h, lo, hi) -> bool:
        """The claim's sentence opens by saying what the work rests on ('This plan is the result
        of thousands of conversations ...', 'The strategy is based on a survey of 400 carers
        and ...'): a looser link straight before the activity, early in the sentence, and
        nothing between it and the claim that turns to another matter ('but', 'then', a
        negation)."""
        def opening(x) -> int:  # from the sentence's start, or from a colon or quotation mark ('... said: "This plan ...')
            head = self._words(scan, scan.lo, x.start)
            marks = [i for i, w in enumerate(head) if w in COLONS or w in ("“", '"', "‘")]
            return len(head) - (marks[-1] + 1 if marks else 0)
        if self.sentence_aim(scan, INTENT):
            return False  # "This strategy will be the result of ...": an aim
        link = [x for x in self._cues(scan, "weak") if 0 <= h.start - x.end <= 1 and opening(x) <= 6]
        if not link or self._low(scan, link[0].start) not in RESTS_ON:
            return False
        words = self._words(scan, lo, hi)
        return len(words) <= 30 and not set(words) & TURNS

    def _same_subject_goes_on(self, scan, c, lo, hi) -> bool:
        """The people who are the claim's subject ('Members of the public have worked with us to
        develop our plans', 'Parents co-designed the offer') go on, in the same sentence, to do
        the activity ('... and have described their aspirations'): a second verb of theirs,
        joined by 'and' with at most an auxiliary, says what they did."""
        if self.sentence_aim(scan, INTENT):
            return False  # "Local families will work with us to develop the offer and will ...": an aim
        def subject(h) -> bool:  # people just before the claim, or a list of partners ending there
            gap = self._words(scan, h.end, c.start)
            return (h.tag.kind == "people" and h.end <= c.start and len(gap) <= 8
                    and not set(gap) & (SUBJECT_BREAKS - {",", "and", "or"})
                    and not any(_verbish(w) for w in gap))
        if not any(subject(h) for h in scan.hits):
            return False
        words = self._words(scan, lo, hi)
        if "and" not in words or len(words) > 12:
            return False
        k = len(words) - 1 - words[::-1].index("and")
        head, tail = words[:k], words[k + 1:]
        if set(head) & ((TURNS | SUBJECT_BREAKS) - {"to", "by", "for"}):
            return False
        return all(w in AUX for w in tail)

    def _which_rests_on(self, scan, lo, hi) -> bool:
        """', which was shaped by <activity>', ', which draws on <activity>': a clause about the
        thing the claim is about that names what it rests on, the activity straight after a
        looser link ('shaped by', 'based on', 'draws on', 'informed by') or a means link."""
        words = self._words(scan, lo, hi)
        if "which" not in words or len(words) > 24:
            return False
        k = lo + len(words) - 1 - words[::-1].index("which") + 1
        while k < hi and (self._low(scan, k) in AUX or self._low(scan, k) in ("has", "have", "had", "been")):
            k += 1
        for x in scan.hits:
            if x.tag.kind != "cue" or x.tag.key not in ("weak", "means") or x.start != k or self._low(scan, x.start) == ":":
                continue
            rest = self._words(scan, x.end, hi)  # "a borough-wide": a few words before the activity, no clause
            if len(rest) <= 5 and not any(w in (",", ";", "and", "but") or _verbish(w) for w in rest):
                return not self._any_cue(scan, "boundary", lo, hi)
        return False

    def _named_so(self, scan, lo, hi) -> bool:
        """'<activity>, which we called co-design', '<activity> that we term co-production': the
        claim is the writer's name for the activity just before it."""
        words = [w for w in self._words(scan, lo, hi) if w not in (",",)]
        return (2 <= len(words) <= 4 and words[0] in ("which", "that", "what") and words[-1] in NAMING
                and "we" in words and not set(words) & {"not", "never", "but"})  # not "which they call co-design"

    def _reason_given(self, scan, lo, hi) -> bool:
        """'... as co-produced because we held six community conversations': the activity after
        a word of reason is what the claim stands on (no other clause or contrast between)."""
        words = self._words(scan, lo, hi)
        if not words or words[0] not in REASONS or len(words) > 12:
            return False
        return not (self._any_cue(scan, "boundary", lo, hi) or set(words) & {";", "but", "not", "also"})

    def _points_back_to(self, scan, c) -> bool:
        """'..., and this is how we co-produced the plan', '..., which is how the plan was
        co-designed': the claim names what the words before it describe."""
        words = self._words(scan, c.start - 6, c.start)
        for i, w in enumerate(words[:-1]):
            if w in ("this", "that", "which") and words[i + 1] in ("is", "was") and words[i + 2:i + 3] in (["how"], ["what"]):
                return True
        return False

    def _own_definition(self, scan):
        """'In our work, co-design puts the emphasis on what we learn from the opinions of
        participants': the writer's own account of *their* co-design (we, our, us) whose content
        is consultation, with nothing higher and no contrast or negation. A suggestion: it reads
        like a definition, but it says what the writer's co-design is."""
        c = scan.defines
        if c is None or scan.mid or scan.high or self.power(scan) or self._cues(scan, "negation"):
            return None
        if self.analysed.blocks[scan.block].kind in NO_CLAIM_KINDS:
            return None
        if not set(self._words(scan, scan.lo, scan.hi)) & {"we", "our", "us"}:
            return None
        # the activity is what the claim is said to be: no comma or clause between them ("..., as
        # shown by the survey" is evidence offered, not the definition's content)
        lows = [h for h in scan.low if h.start >= c.end
                and not set(self._words(scan, c.end, h.start)) & {",", ";", ":", "shown", "as", "and", "but"}]
        if not lows or any(self.power(s) for s in self._around(scan)):
            return None
        return Relation(scan, c, lows[:3], False, False, "own-definition")

    def _so_chosen(self, scan, lo, hi) -> bool:
        """'the key would be gathering insights from people ..., and so a co-production approach
        was chosen', '... which is why we co-designed it': the activity is the reason given
        for the claim, so it is what the claim stands on."""
        words = self._words(scan, lo, hi)
        for i, w in enumerate(words):
            if w == "so" and i > 0 and words[i - 1] in ("and", ","):
                return True
            if w == "why" and i > 1 and words[i - 1] in ("is", "was") and words[i - 2] in ("this", "that", "which"):
                return True
            if w == "therefore" and i > 0 and words[i - 1] in ("and", ","):
                return True
            if w == "so" and words[i + 1:i + 2] == ["that"]:
                return True  # "use the feedback ... so that there is a plan created alongside the people"
            if w == "order" and i > 0 and words[i - 1] == "in" and words[i + 1:i + 2] == ["that"]:
                return True
        return False

    def _link_between(self, scan, lo, hi) -> bool:
        """A means link ('through', 'via', 'by means of') that ends right before the activity
        (at most two words before it: 'through responding to feedback')."""
        return any(h.tag.kind == "cue" and h.tag.key == "means" and lo <= h.start and 0 <= hi - h.end <= 2
                   and self._low(scan, h.start) != ":" for h in scan.hits)

    def _purpose(self, scan, c) -> bool:
        """'set up to help co-design services', 'exists to co-produce the offer'."""
        if not c.tag.base or c.start - 1 < scan.lo:
            return False
        prev = self._words(scan, c.start - 2, c.start)
        return prev[-1:] == ["to"] or prev == ["to", "help"]

    def _modifier(self, scan, c) -> bool:
        """An -ed claim used as an adjective: 'the draft co-produced strategy'."""
        if not self._low(scan, c.end - 1).endswith("ed") or c.start <= scan.lo:
            return False
        prev = self._before(scan, c)
        return not (prev in AUX or prev in ("we", "they", "and", "who", "jointly", "been", "i", "you", "it")
                    or not prev.isalpha())

    def _heading_tells_how(self, scan, kind) -> bool:
        """'How young people co-designed the youth strategy' over a paragraph: the heading
        promises how the people made it, and the paragraph under it says how (issue 16,
        fifteenth session): read the claim with it, as other claiming headings are."""
        return kind == "heading" and self._low(scan, scan.lo) == "how"

    def _how_they_did_it(self, scan, c) -> bool:
        """'Carers co-created the offer, telling us at coffee mornings what would help': the
        people made it, but the participle after the comma says how, and that is consultation."""
        for h in scan.low:
            if h.start < c.end:
                continue
            between = self._words(scan, c.end, h.start)
            if ":" in between and len(between) <= 10 and not self._any_cue(scan, "boundary", c.end, h.start):
                return True  # "Local people co-own this plan: 1,200 of them took part in our Big Conversation"
            if "," not in between:
                continue
            tail = between[len(between) - between[::-1].index(","):]
            first = tail[0] if tail else self._low(scan, h.start)
            if first.endswith("ing") and len(between) <= 8 and not any(_verbish(w) for w in between[:between.index(",")]):
                return True
        return False

    def _thing_described(self, scan, c) -> bool:
        """'respondents agreed with the proposed co-designed model': the claim describes a thing
        (an -ed word before its noun, after an article or another adjective), which the
        sentences around may say was consulted on; only the writer's own thing ('our
        co-produced plan', 'this co-designed service') or one said to be so ('this is a
        co-produced plan') is read with its context."""
        if not self._modifier(scan, c):
            return False
        nxt = self._low(scan, c.end) if c.end < scan.hi else ""
        if nxt in DETERMINERS or nxt in VERB_FOLLOWERS or not nxt.isalpha():
            return False  # "Carers co-created the new offer": a verb with its object, not a thing described
        near = set(self._words(scan, c.start - 3, c.start))
        return not near & OWN_OR_COPULA

    def _made_a_survey(self, scan, c) -> bool:
        """'The questionnaire was co-designed with ...', 'we co-designed the survey': the thing
        co-produced is the consultation's own tool, which the rubric leaves undecided."""
        for h in scan.low:
            if h.start < c.start:
                between = self._words(scan, h.end, c.start)
                if between and all(w in AUX for w in between):
                    return True
            elif h.start >= c.end:
                between = self._words(scan, c.end, h.start)
                if all(w in DETERMINERS or w in ("of", "new", "short", "online") or self._name_at(scan, c.end + k)
                       for k, w in enumerate(between)):
                    return True  # (a survey's name: "co-produce the HW100 survey")
        return False

    def _name_at(self, scan, i) -> bool:
        """A word of a name: it has a capital after its first letter or a digit ('HW100', 'YourVoice')."""
        t = self._token(scan.block, i).text
        return any(ch.isdigit() for ch in t) or any(ch.isupper() for ch in t[1:])

    def _a_group(self, scan, h) -> bool:
        words = self._words(scan, h.start, h.end)
        return bool(words) and words[-1] in GROUPS

    def _negated(self, scan, c) -> bool:
        """'We will not describe a survey as co-production', 'surveys are called co-production
        when nobody shares any decisions': a negation in the claim's own clause. Not one in
        another clause ('We did not want another survey, so we co-designed the plan with
        residents at three workshops')."""
        return self._negation_reaches(scan, c.start, c.end)

    def _people_made_it(self, scan, claims) -> bool:
        """'the service users involved coproduced a new approach', 'young people co-designed
        the campaign': people are the ones who did the making, just before the claim verb."""
        for c in claims:
            if c.tag.kind != "claim" or (c.tag.noun and not self._low(scan, c.end - 1).endswith("ed")):
                continue
            for h in scan.hits:
                if h.tag.kind == "people" and 0 <= c.start - h.end <= 2 and self._low(scan, h.start) not in ("they", "them"):
                    if set(self._words(scan, h.end, c.start)) & ((AUX - {"has", "have", "had", "will"}) | {"and", "or", ","} | COLONS | {"-"}):
                        # (nor a title before a colon: "Carers strategy: co-designed with ...")
                        continue  # "a survey of 900 residents and was co-produced": not the makers
                    return True
        return False

    def makers_named(self, scan, c) -> bool:
        """The people who made the thing stand as the claim's subject, named, with only a name
        or a post between ('... and Associate Lived Experience Leader Tom Brown have co-designed
        the programme', 'Young people co-designed the campaign'): who did the making is said."""
        if c.tag.kind != "claim" or self._people_made_it(scan, [c]):
            return c.tag.kind == "claim"
        for h in scan.hits:
            if h.tag.kind != "people" or h.end > c.start or c.start - h.end > 6:
                continue
            between = [self._token(scan.block, i) for i in range(h.end, c.start)]
            if all(t.is_space or (t.is_alpha and t.text[:1].isupper()) or t.lower_ in AUX for t in between):
                return True
        return False

    def sentence_aim(self, scan, kinds=("aim",)) -> bool:
        """The sentence says what will or should happen, and nothing in it has happened yet
        (``kinds``: the cue lists read; co-production-unevidenced adds 'intention')."""
        if not any(self._cues(scan, k) for k in kinds):
            return False
        words = set(self._words(scan, scan.lo, scan.hi))
        return not (words & {"was", "were", "had", "did", "have", "has"})

    def _first_step_of_aim(self, scan, claim) -> bool:
        """'The workshop was the first step in the Trust's aim to co-design a strategy', 'The survey
        is the start of our journey towards co-producing the plan': the claim is what the writer
        aims at (an aim cue straight before it), and the sentence calls what was done a first step
        or a start of that aim: the work named is a beginning, not the co-design, whatever the
        past tense of the sentence (issue 16, twentieth round)."""
        if not any(h.end <= claim.start and claim.start - h.end <= 2 for h in self._cues(scan, "aim")):
            return False
        words = self._words(scan, scan.lo, claim.start)
        return any((a == "first" and b in ("step", "steps")) or (a in ("start", "beginning") and b == "of")
                   or (a == "starting" and b == "point") for a, b in zip(words, words[1:]))

    def _reports(self, scan) -> bool:
        """The sentence reports something done: 'we have held', 'residents were asked'."""
        words = set(self._words(scan, scan.lo, scan.hi))
        return bool(words & ({"have", "has"} | PAST))  # (was, were, had, did, held, ran, took, met ...)

    def _scan_by_index(self) -> dict:
        m = getattr(self, "_by_index", None)
        if m is None:
            m = self._by_index = {s.index: s for s in self.sentences}
        return m

    def _said_of_the_subject(self, scan, claims):
        """(claim, activities) where an -ed claim describes the sentence's subject, opening the
        sentence or set off by commas ("Co-designed with local people, the plan ...", "The
        strategy, co-produced with residents, ..."), and the predicate after the comma names
        what the thing rests on, a looser link ('draws on', 'was shaped by', 'is based on'),
        with consultation straight after it and no other clause between."""
        if scan.mid or not scan.low or self.sentence_aim(scan):
            return None
        for c in claims:
            if c.tag.noun or not self._low(scan, c.end - 1).endswith("ed"):
                continue
            if not (c.start == scan.lo or (c.start > scan.lo and self._low(scan, c.start - 1) == ",")):
                continue
            words = self._words(scan, c.end, c.end + 8)
            if "," not in words or self._any_cue(scan, "boundary", c.end, c.end + words.index(",")):
                continue
            comma = c.end + words.index(",")
            if any(h.start < comma for h in scan.low if h.start >= c.end):
                continue  # the activity is inside the claim's own phrase: the ties read that
            for x in self._cues(scan, "weak"):
                if x.start <= comma or x.start - comma > 6 or self._low(scan, x.start) not in RESTS_ON:
                    continue
                between = self._words(scan, comma + 1, x.start)
                if set(between) & (TURNS | {",", ";", ":", "and", "or"}) or any(_verbish(w) for w in between):
                    continue
                lows = [h for h in scan.low if 0 <= h.start - x.end <= 3]
                if lows:
                    return c, lows[:3]
        return None

    def _framed_ed(self, scan, c) -> bool:
        """An -ed claim before a way of working or an event, in a frame that opens the sentence
        ("Through our co-produced approach, ...", "As part of the co-designed programme, ...",
        "During the co-designed engagement phase, ..."): the work the frame is about, not a
        thing described (issue 16, twenty-second session)."""
        if (c.tag.noun or not self._low(scan, c.end - 1).endswith("ed") or c.start <= scan.lo
                or self._low(scan, scan.lo) not in FRAME_OPENERS or c.start - scan.lo > 6
                or self._low(scan, c.start - 1) not in FRAMED_OWNERS):
            return False  # (not a general one: "As with any co-designed approach, ...")
        after = self._words(scan, c.end, c.end + 4)
        if not any(w in EVENTS for w in after[:2]) or "," not in after:
            return False
        # what was done, told in the past ("people gave feedback", "we held a roadshow"); not a
        # routine now ("staff now complete a quarterly survey")
        comma = c.end + after.index(",")
        return any((len(w) > 4 and w.endswith("ed") and w != "indeed") or w in PAST_FORMS
                   for w in self._words(scan, comma + 1, scan.hi))

    def _opening_clause(self, scan, claims):
        """(claim, activities) where a participle or purpose clause that claims opens the
        sentence ("Working with carers to design the strategy, we ...", "Co-designing the
        service with patients, we ...", "To co-produce the plan, we ...") and the main clause
        after its comma is consultation and nothing more."""
        if scan.mid or not scan.low or self.sentence_aim(scan):
            return None
        for c in claims:
            # "To co-produce the plan, ...", "Working in partnership with carers, ..."
            start = scan.lo + (1 if self._low(scan, scan.lo) in ("to", "working", "worked") else 0)
            if c.start == scan.lo and self._low(scan, scan.lo) in ("working", "worked"):
                start = scan.lo  # the claim itself opens with the verb: "Working with residents to design ..."
            if c.start != start or (c.tag.base and start == scan.lo):
                continue  # (not an action in a plan: "Co-design the service with patients, ...")
            last = self._low(scan, c.end - 1)
            if not (last.endswith("ing") or c.tag.base or c.tag.key in ("weak", "power")):
                continue
            words = self._words(scan, c.end, c.end + 10)
            if "," not in words:
                continue
            comma = c.end + words.index(",")
            if self._any_cue(scan, "boundary", c.end, comma):
                continue
            lows = [h for h in scan.low if h.start > comma]
            if lows and not [h for h in scan.low if h.start < comma and h.start >= c.end]:
                return c, lows[:3]
        return None

    def _frame_or_event(self, scan, claims):
        """(claim, activities) for a firm tie that needs no link word, else None:
        - a frame: "As part of our co-design work, a survey went to all parents";
        - an event named after the claim whose content is consultation: "a co-production
          meeting for parents to share their views", "the co-design workshop to hear views".
        """
        if (scan.mid and not scan.low) or self.sentence_aim(scan, INTENT):
            return None  # (an event still to come is an aim: "the co-production meeting next month will be ...")
        for c in claims:
            gerund = self._low(scan, c.end - 1).endswith("ing")
            # an -ed claim before a way of working or an event in the frame: "Through our
            # co-produced approach, ...", "As part of the co-designed programme, ..."
            if not (c.tag.noun or gerund or self._framed_ed(scan, c)):
                continue
            # the frame: an opener at the start, the claim (as a noun, or a verb in -ing: "In
            # co-designing the service, ..."), a comma soon after
            first = self._low(scan, scan.lo) if scan.hi > scan.lo else ""
            if first in FRAME_OPENERS and c.start - scan.lo <= 6:
                words = self._words(scan, c.end, c.end + (6 if gerund else 4))
                if "," in words:
                    comma = c.end + words.index(",")
                    lows = [h for h in scan.low if h.start > comma]
                    if lows and not any(h.start > comma for h in scan.mid):
                        return c, lows[:3]
            # the event: "co-production meeting for ... to share their views"
            if c.end < scan.hi and self._low(scan, c.end) in EVENTS:
                ev = c.end + 1
                for h in scan.low:
                    if ev <= h.start <= ev + 14 and not self._any_cue(scan, "boundary", ev, h.start):
                        between = self._words(scan, ev, h.start)
                        purpose = [i for i, w in enumerate(between) if w in EVENT_CONTENT]
                        # "and", "which" or "that" straight before a verb of content joins it on:
                        # "the co-production stage ran from May to July and included ...", "co-design
                        # techniques that allowed ideas to be expressed"
                        joined = {w for i, w in enumerate(between)
                                  if not (w in ("and", "which", "that") and between[i + 1:i + 2]
                                          and between[i + 1] in EVENT_CONTENT and between[i + 1].isalpha()
                                          and between[i + 1] not in ("for", "to", "where", "so"))}
                        if not purpose or joined & {"which", "not", ",", "and", "but", "after", "before"}:
                            continue
                        if "that" in joined and between[between.index("that") - 1] != "so":
                            continue
                        return c, [h]
        return None
