"""Step 3, ties inside a sentence: a claim ("co-produced") tied by the grammar to a
low-rung activity ("an online survey"): a means link, a label, an equation, a purpose, a
relative clause about the partners, or a next sentence that starts "This involved"."""

from __future__ import annotations

from typing import Optional

from .evidence import AIM_KINDS as INTENT  # the cue lists of an aim or an intention
from .model import COORDINATORS, DETERMINERS, NO_CLAIM_KINDS, GAP, Hit, Tag  # noqa: F401
from .reading import ADVERBS, PAST_BE, REPORTING, Relation, SentenceScan, _verbish
from ...wordlists import word_set


#: participles after a word for people that say who they are, not what they did
PEOPLE_MODIFIERS = word_set("co-production-words.toml", "people-modifiers")
#: verbs that report what an activity found ("whose feedback showed ..."): its results, not the work
FINDINGS = word_set("co-production-words.toml", "findings")
#: first words of a looser link that names a basis when it opens the sentence ('Using ...')
BASIS_OPENERS = word_set("co-production-words.toml", "basis-openers")
#: words that turn a sentence to another clause or matter ('but', 'then', 'which', a negation)
TURNS = word_set("co-production-words.toml", "turns")


class Ties:
    """Mixed into the Reader: the in-sentence ties."""

    # -- the rule -----------------------------------------------------------------------
    def relations(self) -> list[Relation]:
        out = []
        for bi, scans in self.by_block.items():
            for k, scan in enumerate(scans):
                if scan.principle or not (scan.claims or scan.weak_claims):
                    continue
                if scan.high and not (scan.method and all(
                        (h.tag.kind == "ctx" and scan.method[1].end <= h.start and h.end <= scan.method[2])
                        or scan.method[2] < h.start <= scan.method[2] + 2 for h in scan.high)):
                    # shared decisions or power in the sentence; a word of timing in how a method
                    # consults ("engaged from the outset to inform the plan"), or the purpose itself
                    # ("to help shape the plan"), is not that
                    continue
                if self.analysed.blocks[bi].kind in NO_CLAIM_KINDS:
                    continue
                nxt = self._next_sentence(scan, scans, k)
                if nxt is not None and nxt.high:
                    continue  # the next sentence shows shared decisions or power
                rel = None
                for c in scan.claims:
                    rel = self._relate(scan, c)
                    if rel:
                        break
                if rel is None and scan.claims and nxt is not None:
                    rel = self._elaboration(scan, nxt)
                if rel is None:
                    for c in scan.weak_claims:
                        rel = self._relate(scan, c)
                        if rel:
                            rel.strong = False
                            break
                if rel is not None:
                    out.append(rel)
        return out

    def _next_sentence(self, scan, scans, k) -> Optional[SentenceScan]:
        """The next sentence of the same block, if it has any matches (else None)."""
        sents = self.analysed.block_sentences[scan.block]
        pos = sents.index(scan.index)
        if pos + 1 >= len(sents):
            return None
        want = sents[pos + 1]
        if k + 1 < len(scans) and scans[k + 1].index == want:
            return scans[k + 1]
        return None

    def _reach(self, scan, start, window) -> list:
        """Signals from ``start``: the first within ``window`` words, then any that follow
        on closely (a list of activities), stopping at a boundary or another claim."""
        sig = sorted(scan.low + scan.mid, key=lambda h: h.start)
        claims = [h for h in scan.hits if h.tag.kind in ("claim", "weak-claim")]
        out = []
        pos = start
        limit = window
        for h in sig:
            if h.start < start:
                continue
            if h.start - pos > limit:
                break
            if self._any_cue(scan, "boundary", pos, h.start) or any(pos <= c.start < h.start for c in claims):
                break
            gap = self._words(scan, pos, h.start)
            if out and any(w in (",", "and") and _verbish(n) for w, n in zip(gap, gap[1:])):
                break  # "through a survey, and consulted ..." : a new clause
            out.append(h)
            pos = h.end
            limit = 5
        return out

    def _blocked(self, scan, lo, hi, claim) -> bool:
        """Something between lo and hi ties what follows to another verb or clause."""
        if self._any_cue(scan, "boundary", lo, hi):
            return True
        for h in scan.hits:
            if h is claim or not (lo <= h.start and h.end <= hi):
                continue
            if h.tag.kind in ("claim", "weak-claim"):
                return True
        words = self._words(scan, lo, hi)
        # a second verb joined on ("... and tested it through", ", launched through")
        for i, w in enumerate(words[:-1]):
            if w in ("and", ",", "or", "then") and _verbish(words[i + 1]):
                nxt = words[i + 1]
                rest = words[i + 2:]
                if w == "," and nxt in ("having", "being") and all(x in ("been", "since", "then") for x in rest):
                    continue  # "co-produced, having been shaped by comments ...": the same predicate
                if (w == "," and nxt.endswith("ing") and len(rest) <= 2
                        and all(x in DETERMINERS or x[:1].isdigit() or x in ("two", "three", "four", "five", "six")
                                for x in rest)):
                    continue  # how it was done: "co-produced the plan, running an online survey"
                if w == "," and nxt.endswith("ing") and 1 <= len(rest) <= 3 and rest[-1] == "to" and all(
                        x in DETERMINERS or x in ("to", "them", "us") or self._people_at(scan, lo + i + 2 + k)
                        for k, x in enumerate(rest)):
                    continue  # how: "using a co-design approach, asking patients to respond to ..."
                return True
        # people with a verb of their own: "... what residents told us through the consultation"
        for h in scan.hits:
            if h.tag.kind == "people" and lo <= h.start and h.end < hi:
                nxt = self._low(scan, h.end)
                if nxt in PEOPLE_MODIFIERS:
                    continue  # "people living with dementia", "families affected by": who they are
                if nxt in REPORTING or _verbish(nxt):
                    gap = self._words(scan, h.end + 1, hi)
                    if gap == ["us"] and any(x.start == hi and x.tag.kind == "rung" for x in scan.hits):
                        continue  # "young people told us what mattered": their verb runs into the activity itself
                    if len(gap) <= 2 and all(w in DETERMINERS or w in ("to", "in", "out") for w in gap):
                        continue  # "with parents sharing their thoughts", "with people invited to
                        # have their say": their verb leads straight into the activity
                    return True
        # an activity between them, coordinated as a clause of its own ("co-produced the plan
        # and consulted on it through ..."), takes the link; an object ("co-produced the
        # leaflet by ...") does not
        for h in scan.low + scan.mid + scan.high:
            if lo <= h.start and h.end <= hi:
                if set(self._words(scan, lo, h.start)) & COORDINATORS:
                    return True
        return False

    def _people_at(self, scan, i) -> bool:
        return any(h.tag.kind == "people" and h.start <= i < h.end for h in scan.hits)

    def _other_predicate(self, scan, c, lo, hi) -> bool:
        """Between a claim and a link after it, another verb phrase that takes the link.

        "The plan was co-produced with carers and is being promoted through posters": the
        posters promote, they did not produce. After a claim that is itself the verb, any
        auxiliary (was, is, will ...) starts another predicate. After a claim that is a noun
        or stands before one ("our co-designed model of care was developed through ..."), the
        predicate belongs to the claim only if it is a verb of making or doing.
        """
        aux = [i for i in range(lo, hi) if self._is(scan, "auxiliaries", i)]
        if not aux:
            return False
        if self._words(scan, lo, hi) in ([",", "having", "been"], [",", "being"], ["having", "been"]):
            return False  # "co-produced, having been shaped by ...": the claim's own predicate goes on
        before = self._before(scan, c)
        predicative = not c.tag.noun and before not in DETERMINERS
        if predicative:
            return True
        j = aux[0]
        while j < hi and (self._is(scan, "auxiliaries", j) or self._low(scan, j) in ADVERBS):
            j += 1
        if j >= hi:
            return False  # the auxiliary runs straight into the link ("is based on")
        return not self._is(scan, "making-verbs", j)

    def _relate(self, scan, c) -> Optional[Relation]:
        # 0. a method described as consultation: "a co-design approach in which residents are
        # engaged early to inform the review" (reading._method_described): the purpose of
        # informing makes even engagement a lower rung, a firm tie
        if scan.method is not None and scan.method[0] is c:
            return Relation(scan, c, [scan.method[1]], True, False, "method")
        lows = scan.low
        if not lows:
            return None
        # 1. label: "co-production survey", "a co-design drop-in"
        if c.tag.noun:
            for h in lows:
                if h.start == c.end:
                    return Relation(scan, c, [h], True, False, "label")
        # 2. a link after the claim: through / via / by / with / took the form of / who ...
        links = [h for h in scan.hits if h.tag.kind == "cue" and h.tag.key in ("means", "by", "with", "weak")]
        links += [Hit(Tag("cue", "who"), i, i + 1) for i in range(c.end, scan.hi) if self._is(scan, "who", i)]
        bounds = self._cues(scan, "boundary")
        for k in sorted(links, key=lambda h: h.start):
            if k.start < c.end:
                continue
            if any(b.start <= k.start < b.end for b in bounds):
                continue  # the link is part of a boundary ("starting with a survey"): a first step
            gap = k.start - c.end
            kind = k.tag.key
            if gap > (4 if kind == "weak" else 12):
                continue
            if kind == "who":
                people = [h for h in scan.hits if h.tag.kind == "people" and k.start - 2 <= h.end <= k.start]
                if not people:
                    continue
                if self._any_cue(scan, "boundary", c.end, k.start):
                    continue
                # "the 40 carers who co-produced this strategy and the 900 residents who
                # responded": another group, not the partners
                between = self._words(scan, c.end, people[0].start)
                if any(w == "and" and (n in ("the", "a", "an", "all", "some", "many", "other", "those", "these")
                                       or n[:1].isdigit())
                       for w, n in zip(between, between[1:])):
                    continue
                reach = [h for h in lows if k.end <= h.start <= k.end + 8]
                if not reach or self._any_word(scan, "who-block", k.end, reach[0].start + 1):
                    continue
                if self._low(scan, reach[0].start) == "to" and (
                        "of" in self._words(scan, k.end, reach[0].start)
                        or any(h.tag.kind == "people" and h.end == reach[0].start for h in scan.hits)):
                    # "with people who have experience of being a carer to understand what is
                    # working": the clause about the partners has ended on who they are (an 'of'
                    # phrase, or people named); the purpose after it is not something they did
                    # ("with parents who came along to share their views" still is)
                    continue
                if self._low(scan, k.start) == "whose" and set(self._words(scan, reach[0].end, reach[0].end + 6)) & FINDINGS:
                    continue  # "with patients, whose feedback through the survey showed high satisfaction": results

                if any(k.end <= h.start < reach[0].start for h in scan.mid):
                    continue
                return Relation(scan, c, reach[:3], True, False, "who")
            if self._blocked(scan, c.end, k.start, c) or self._other_predicate(scan, c, c.end, k.start):
                continue
            window = {"by": 4, "with": 2}.get(kind, 5)
            reach = self._reach(scan, k.end, window)
            low_reach = [h for h in reach if h in lows]
            if not low_reach:
                # an engagement activity as the means ("by holding parent panels on the plan"),
                # with what people did there later in the same clause ("..., supporting parents
                # to inform the new services"): mixed, a suggestion
                later = self._consulting_later(scan, c, reach) if kind in ("means", "by") else []
                if later:
                    return Relation(scan, c, later[:3], True, True, "means")
                continue
            mixed = any(h in scan.mid for h in reach) or any(c.end <= h.start < k.start for h in scan.mid)
            # "co-produced with carers to understand what is working": after the partners, an
            # activity that opens with 'to' is a purpose, which may be the main clause's
            # ("hopes to build on the strategy which was co-produced with carers to understand
            # ..."), not the means: a looser tie
            firm = kind != "weak" and not (kind == "with" and self._low(scan, low_reach[0].start) == "to")
            return Relation(scan, c, low_reach[:3], firm, mixed, "means")
        loose = None
        # 3. a link at the start of the sentence: "Through a survey and drop-ins, residents
        # co-produced ..."; a looser one ("Using feedback from our survey, we co-produced ...",
        # "Following a listening exercise, the pathway was co-designed") is a suggestion
        for k in links:
            if k.tag.key not in ("means", "by", "weak") or k.start > scan.lo + 1 or k.end > c.start:
                continue
            if not self._low(scan, k.start).isalpha():
                continue  # "Options: consult on ..., co-produce ...": a list, not a means
            if k.tag.key == "weak" and ((self._low(scan, k.start) not in BASIS_OPENERS and not self._bare_passive(scan, c))
                                        or self.sentence_aim(scan, INTENT)):
                continue  # "Following the consultation, residents co-designed ...": a sequence; "we will ...": an aim
            reach = self._reach(scan, k.end, {"by": 4}.get(k.tag.key, 5))
            low_reach = [h for h in reach if h in lows]
            if low_reach and 0 <= c.start - reach[-1].end <= 12 and not self._blocked(scan, reach[-1].end, c.start, c):
                mixed = any(h in scan.mid for h in reach)
                if k.tag.key == "weak":
                    loose = loose or Relation(scan, c, low_reach[:3], False, mixed, "means")
                    continue  # a firmer tie below comes first
                return Relation(scan, c, low_reach[:3], True, mixed, "means")
        # 4. purpose: "we held drop-in sessions to co-design the park", "shared their ideas to
        # help co-design", "gave feedback to help us co-produce the plan"
        to = self._purpose_start(scan, c)
        if to is not None:
            for h in reversed(lows):
                if h.end <= to and to - h.end <= 6:
                    if self._any_word(scan, "purpose-block", h.end, to) or self._blocked(scan, h.end, to, c):
                        break
                    return Relation(scan, c, [h], True, False, "purpose")
        # 5. equation: "the consultation was co-production in action"; "our co-production was a survey"
        if c.tag.noun:
            for h in lows:
                if h.end <= c.start and c.start - h.end <= 8:
                    if self._equation(scan, h.end, c.start):
                        part = "part" in self._words(scan, h.end, c.start)
                        return Relation(scan, c, [h], not part, False, "equation")
                if h.start >= c.end and h.start - c.end <= 8:
                    if self._equation(scan, c.end, h.start):
                        part = "part" in self._words(scan, c.end, h.start)
                        return Relation(scan, c, [h], not part, False, "equation")
        return loose

    def _bare_passive(self, scan, c) -> bool:
        """'..., the plan was co-produced.': a passive claim that ends its sentence names no one
        who did the work, so a sequence before it ('Following consultation with residents, ...')
        names the only people in view: what it rests on (issue 16, twenty-second session)."""
        if c.start - 1 < scan.lo or self._low(scan, c.start - 1) not in PAST_BE:
            return False
        return all(not w.isalnum() for w in self._words(scan, c.end, scan.hi))

    def _consulting_later(self, scan, c, reach) -> list:
        """Consultation activities after an engagement activity reached by a means link, in the
        same clause: no boundary, another claim, or clause word between, at most 25 words on."""
        mids = [h for h in reach if h in scan.mid and h.tag.kind == "rung"]
        if not mids or scan.high or self.sentence_aim(scan, INTENT):
            return []
        end = mids[-1].end
        out = []
        for h in scan.low:
            if h.start < end or h.start - end > 25:
                continue
            words = self._words(scan, end, h.start)
            if (self._any_cue(scan, "boundary", end, h.start) or set(words) & TURNS
                    or self._any_word(scan, "purpose-block", end, h.end)  # "..., using the results of the survey": results put to use
                    or any(k.tag.kind in ("claim", "weak-claim") and end <= k.start < h.start for k in scan.hits)):
                break
            out.append(h)
        return out

    def _purpose_start(self, scan, c) -> Optional[int]:
        """Where the purpose before a claim verb starts: 'to co-design', 'to help co-design',
        'to help us co-produce', 'in order to co-produce' (None if there is none)."""
        if not c.tag.base or c.start - 1 <= scan.lo:
            return None
        prev = self._words(scan, c.start - 3, c.start)
        for tail in (["to", "help", "us"], ["to", "help", "them"], ["to", "help"], ["to"]):
            if prev[-len(tail):] == tail and c.start - len(tail) > scan.lo:
                return c.start - len(tail)
        return None

    def _equation(self, scan, lo, hi) -> bool:
        if hi <= lo:
            return False
        if not self._any_word(scan, "copulas", lo, hi):
            return False
        fillers = self.lex.words["equation-fillers"]
        return all(w in fillers for w in self._words(scan, lo, hi))

    def _elaboration(self, scan, nxt) -> Optional[Relation]:
        """'The plan was co-produced with residents. This involved an online survey ...'"""
        if scan.low or scan.mid or scan.high:
            return None
        if not nxt.starts_elaboration or nxt.principle or nxt.high or nxt.mid or not nxt.low:
            return None
        if any(h.tag.kind in ("claim", "weak-claim") for h in nxt.hits):
            return None
        return Relation(scan, scan.claims[0], nxt.low[:3], True, False, "elaboration", next_sentence=True)
