"""Step 5, the document's claims and its signs of co-production, for
``co-production-unevidenced``."""

from __future__ import annotations

from .model import DETERMINERS, NO_CLAIM_KINDS
from ...wordlists import word_set

#: words that put a sentence in the past: the claim in it reports work done
PERFECT = word_set("co-production-words.toml", "perfect")
#: subjects before a simple past: "we co-designed", "they co-produced"
SUBJECTS = word_set("co-production-words.toml", "subjects")
#: verbs of starting in a past or perfect form, and the words of a journey that may follow them,
#: before 'to' and a claim: the work is under way ('we have embarked on a journey to co-design')
BEGUN = word_set("co-production-words.toml", "begun-verbs")
BEGUN_BETWEEN = word_set("co-production-words.toml", "begun-between")
#: blocks that are not running text: a claim there is a title or a label, not a report
NOT_RUNNING_TEXT = NO_CLAIM_KINDS | {"caption", "footnote"}
#: the cue lists that mark an aim for co-production-unevidenced
AIM_KINDS = ("aim", "intention")
#: words that open a condition: a claim inside one is about any such work, not a report
GENERAL_CONDITIONS = word_set("co-production-words.toml", "conditions")
#: modal verbs in the claim's clause: what can, may or should be, not what was done
GENERAL_MODALS = word_set("co-production-words.toml", "modals")
#: words before 'May' the month ('in May', 'by May'), not the modal
MONTH_BEFORE = {"in", "by", "of", "since", "from", "until", "during", "early", "late", "mid", "end", "|"}
#: words that make a sentence say what things of a kind tend to do ('tend to', 'usually')
GENERAL_MARKERS = word_set("co-production-words.toml", "general-markers")
#: words that end a clause: a past verb beyond one belongs to another clause
CLAUSE_BREAKS = word_set("co-production-words.toml", "clause-breaks")
#: irregular past participles after 'has', 'have' or 'had' ('has been', 'have held')
PARTICIPLES = word_set("co-production-words.toml", "participles")
#: words after a claim at the start of a sentence that make it a report ("Co-produced with
#: carers, the plan ..."), not a kind of thing ("Co-designed services tend to ...")
CLAIM_LINKS = word_set("co-production-words.toml", "claim-links")
#: verbs with which minutes record what was said ('noted that', 'the report explained that')
RECORDED = word_set("co-production-words.toml", "recorded")
#: words of reading or hearing about someone else's work ('I read an article by ...')
ELSEWHERE = word_set("co-production-words.toml", "elsewhere")
#: nouns that talk about a word rather than use it ('terms like co-production', 'the word co-design')
MENTION_NOUNS = word_set("co-production-words.toml", "mention-nouns")
#: verbs that define or name a word ('has been called', 'is defined as', 'was first described')
DESCRIBING = word_set("co-production-words.toml", "describing-verbs")
QUOTES = {"‘", "’", "“", "”", "'", '"'}
#: nouns of a statement of principle: after a claim noun they name a topic ('our co-production
#: principles', 'the co-design toolkit'); as what a claim made, a statement of principle
PRINCIPLE_TOPICS = word_set("co-production-words.toml", "principle-topics")
PRINCIPLE_MADE = word_set("co-production-words.toml", "principle-made")


#: present verbs after people in general ('people who use services and professionals work together')
GENERIC_PRESENT = word_set("co-production-words.toml", "generic-present")
MONTHS = word_set("co-production-words.toml", "months")
#: 'was', 'were', 'been': with a participle after them, a past passive a later participle can share
PAST_PASSIVE = word_set("co-production-words.toml", "past-passive")
#: verbs that say a bare claim noun happened as work ('co-production took place')
OCCURRENCE = word_set("co-production-words.toml", "occurrence-verbs")
#: events named by a claim noun ('co-design workshops'): reading.py's EVENTS, read here too
EVENTS = word_set("co-production-words.toml", "events")
#: the writer's own words ('we', 'our')
WRITER = word_set("co-production-words.toml", "writer-words")
#: before a bare claim noun: someone's work, or another noun's object; after it: a thing made or partners
IDEA_OWNERS = word_set("co-production-words.toml", "idea-owners")
IDEA_OBJECTS = word_set("co-production-words.toml", "idea-objects")
#: stages of the work as labels in a form ('From start: Yes', 'In evaluation: Yes')
STAGE_LABELS = word_set("co-production-words.toml", "stage-labels")


#: verbs of showing in their plain form ('show how ... was co-produced') and the words that make
#: one a request or a duty addressed to the reader ('should be able to show', 'are asked to describe')
SHOWING = word_set("co-production-words.toml", "showing-verbs")
REQUEST = word_set("co-production-words.toml", "request-words")
#: what a verb of showing leads into: the clause with the claim in it
SHOWN = word_set("co-production-words.toml", "shown-clause")


class Evidence:
    """Mixed into the Reader: claims of the whole document and the signs it shows."""

    def doc_claims(self) -> list:
        """(scan, claim hit) for every real claim of co-production outside definitions, in
        running text: never a title, a heading, a caption, an image label or a name."""
        out = []
        for scan in self.sentences:
            if scan.principle or self.analysed.blocks[scan.block].kind in NOT_RUNNING_TEXT:
                continue
            if self._a_label(scan):
                continue
            for c in scan.claims:
                if self._names_a_title(scan, c) or self.told_elsewhere(scan, c) or self._mentioned(scan, c):
                    continue
                out.append((scan, c))
        return out

    def _mentioned(self, scan, c) -> bool:
        """The word itself talked about, not used: 'terms like co-production have become
        popular', 'the word co-design', 'a buzzword such as co-creation': a critique or a
        definition of the word, no claim that the work was done."""
        words = [w for w in self._words(scan, c.start - 4, c.start) if w not in QUOTES]
        if c.tag.noun and c.end < scan.hi and self._low(scan, c.end) in PRINCIPLE_TOPICS:
            return True  # 'our co-production principles', 'the co-design toolkit': a topic named, not work done
        return any(w in MENTION_NOUNS for w in words[-3:]) and not set(words) & {"we", "our"}

    def makes_principles(self, scan, c) -> bool:
        """What the claim says was made is a statement of principle: 'These principles were
        co-produced with the panel', 'The values below have been co-designed', 'We co-produced our
        values with members': the document's principles, with who shaped them; their signs of
        co-production are worth asking for, but the page states principles, it reports no service
        or plan, so the claim is at most a suggestion (issue 16, twentieth round)."""
        if c.tag.noun:
            return False
        k = c.start - 1
        while k >= scan.lo and k >= c.start - 4 and (self._low(scan, k) in PAST_PASSIVE or self._low(scan, k) in PERFECT):
            k -= 1
        if k < c.start - 1 and k >= scan.lo and self._low(scan, k) in PRINCIPLE_MADE:
            return True  # 'principles were co-produced', 'values have been co-designed'
        for j in range(c.end, min(scan.hi, c.end + 3)):
            w = self._low(scan, j)
            if w in PRINCIPLE_MADE:
                return True  # 'co-produced these principles', 'co-designed our values'
            if w not in DETERMINERS and w not in WRITER:
                return False
        return False

    def _a_label(self, scan) -> bool:
        """'Co-production banner', 'Figure 3: our co-design journey', 'Co-produced with
        carers': a short line with no full stop, standing alone, labels something; so does the
        claim word alone as a sentence ('Co-produced.' as a glossary's term, its meaning in the
        next sentence): one word reports nothing."""
        sents = self.analysed.block_sentences[scan.block]
        text = self.analysed.sentences[scan.index].text.strip()
        if len(scan.claims) == 1 and all(not any(ch.isalnum() for ch in self._low(scan, i))
                                         for i in range(scan.lo, scan.hi) if not scan.claims[0].start <= i < scan.claims[0].end):
            return True
        if len(sents) != 1 or text.endswith((".", "!", "?", ":", ";")):
            return False
        return len(text.split()) <= 8

    def guidance(self) -> bool:
        """A definition, principle or guidance document: its statements about co-production
        (definitions, principles, 'must', 'should') outnumber its claims of work done."""
        principles = claims = 0
        for scan in self.sentences:
            if not any(h.tag.kind == "claim" for h in scan.hits):
                continue
            if scan.principle or (not scan.claims and self._cues(scan, "not-a-claim")):
                principles += 1
            elif scan.claims and self._generic(scan):
                principles += 1  # "Services that are co-produced tend to work better"
            elif scan.claims and all(self._general_statement(scan, c) or self._mentioned(scan, c) for c in scan.claims):
                principles += 1  # "If we are to have co-design ...", "Terms like co-production ...", "Co-design has been called ..."
            elif scan.claims and all(c.tag.base and c.start == scan.lo for c in scan.claims):
                principles += 1  # an instruction in guidance: "Co-produce and redesign services with ..."
            elif scan.claims:
                claims += 1
        return principles > 0 and principles >= claims

    def definitional(self) -> bool:
        """The document defines co-production or sets out its principles anywhere: a claim noun
        said to be, mean or involve something ('Co-production is ...', 'Co-designing the service
        involves ...'), a critique or a question about it, its principles, or a present statement
        whose subject is people in general ('People who use services and professionals work
        together as equals'). Its claims of work done are then at most a suggestion unless the
        claim's sentence is plainly the writer's own report (see owned)."""
        for scan in self.sentences:
            claimish = any(h.tag.kind == "claim" for h in scan.hits)
            if scan.defines is not None or (scan.principle and claimish):
                return True
            words = self._words(scan, scan.lo, scan.hi)
            if claimish and ("principles" in words or "principle" in words):
                return True
            if self._generic_people(scan):
                return True
        return False

    def _generic_people(self, scan) -> bool:
        """'People who use services and professionals work together as equals', 'Service users
        and staff share power': people in general as the subject of a present verb, with
        nobody who is 'we' and nothing in the past."""
        words = self._words(scan, scan.lo, scan.hi)
        if set(words) & (WRITER | PERFECT) or not scan.high:
            return False
        people = [h for h in scan.hits if h.tag.kind == "people"]
        if not people or people[0].start > scan.lo + 1:
            return False
        for j in range(people[0].end, min(scan.hi, people[0].end + 10)):
            w = self._low(scan, j)
            if w in (",", ";", ":", ".", "(", "was", "were", "had", "did"):
                return False
            if w in GENERIC_PRESENT:
                return True
        return False

    def owned(self, scan) -> bool:
        """The claim's sentence is plainly the writer's own report: 'we' or 'our' in it, or a
        date or a number ('in 2021', 'twelve carers')."""
        words = self._words(scan, scan.lo, scan.hi)
        if set(words) & WRITER:
            return True
        return any(any(ch.isdigit() for ch in w) or w in MONTHS for w in words)

    def _generic(self, scan) -> bool:
        """A present statement about co-production in general: no claim in it reports work
        done, and nobody in it is 'we' or 'our' ('Services that are co-produced work better')."""
        words = set(self._words(scan, scan.lo, scan.hi))
        if words & WRITER:
            return False
        if self._words(scan, scan.lo, scan.lo + 2) in (["for", "example"], ["for", "instance"], ["e.g."]):
            return True  # "For example, in one area young people co-designed the youth offer": an illustration
        return not any(self.is_done(scan, c) or self.is_aim(scan, c) for c in scan.claims)

    def is_aim(self, scan, c) -> bool:
        """A plan or an intention, not a claim of what was done: "We will engage communities
        in co-designing services", "partnerships with local groups to co-produce research",
        "the plan will be co-produced with carers". A participle that describes a finished
        thing stays a claim even in a sentence about the future ("we will publish the
        co-produced plan")."""
        before = self._low(scan, c.start - 1) if c.start > scan.lo else ""
        if self._low(scan, c.end - 1).endswith("ed"):
            if before in DETERMINERS and any(h.end == c.start - 1 for h in self._aims(scan)):
                return True  # "we are developing the co-produced strategy": not finished yet
            if self.sentence_aim(scan, AIM_KINDS) and before not in DETERMINERS:
                return True  # "The future will see ... co-produced services", "through co-produced support"
            if before == "being":
                return True  # "is being co-designed": under way, not done
            if before not in ("be", "been", "have", "has"):
                return False
            pos = c.start - 1  # "will be co-produced", "will have been co-designed", "we want people to
            # feel they have co-produced ...": look before it
            if pos - 1 >= scan.lo and self._low(scan, pos - 1) == "to":
                return True  # "to be co-designed"
        else:
            base = c.tag.base or any(h.start == c.start and h.tag.kind == "claim" and h.tag.base for h in scan.hits)
            if base and before == "to":
                # "to co-produce research", "our intention to co-design" (noun or verb); but "we have
                # begun to co-produce", "embarked on a journey to co-design a strategy": under way
                return not self._begun_to(scan, c.start - 1)
            if c.tag.base and c.start == scan.lo:
                return True  # an action in a plan: "Co-develop a health, work and skills strategy"
            if self.sentence_aim(scan, AIM_KINDS):
                return True  # "Through co-production we will make sure ...", "We are committed to co-production"
            pos = c.start
        for h in self._aims(scan):
            if h.end <= pos and not self._any_cue(scan, "boundary", h.end, pos):
                if not any(k is not c and h.end <= k.start < pos and k.tag.kind == "claim" for k in scan.hits):
                    return True
        return False

    def _begun_to(self, scan, to: int) -> bool:
        """'we have begun to co-produce', 'we started to co-design', 'the trust has embarked on
        a journey to co-design its strategy': the 'to' follows a verb of starting in a past or
        perfect form, with at most a few words of the journey between, so the work is under way
        (a claim), not an aim ('we want to start to co-design', 'we will begin to co-produce',
        'we have started work on how to co-produce')."""
        for k in range(to - 1, max(scan.lo, to - 6) - 1, -1):
            w = self._low(scan, k)
            if w in BEGUN:
                return k == scan.lo or self._low(scan, k - 1) != "to"
            if w not in BEGUN_BETWEEN:
                return False
        return False

    def _aims(self, scan) -> list:
        return self._cues(scan, "aim") + self._cues(scan, "intention")

    def is_done(self, scan, c) -> bool:
        """A claim of work done, in a past or perfect form: 'was co-produced', 'we co-designed',
        'the co-produced plan', 'co-production took place over a year'. Present statements
        ('co-production is at the heart of what we do', 'we co-produce with carers') read as
        principles or intentions, and get at most a suggestion."""
        last = self._low(scan, c.end - 1)
        before = self._low(scan, c.start - 1) if c.start > scan.lo else ""
        if self._general_statement(scan, c):
            return False
        if before == "to" and self._begun_to(scan, c.start - 1):
            return False  # "we have begun to co-produce the plan": under way, not done (nor an aim)
        if last.endswith("ed") and c.start == scan.lo:
            nxt = self._low(scan, c.end) if c.end < scan.hi else ""
            if nxt.isalpha() and nxt not in CLAIM_LINKS:
                return False  # "Co-designed services tend to ...", "Co-produced research is ...": a kind
        if (before in ("have", "has", "had") and not c.tag.noun) or self._past_near(scan, c):
            # "was co-produced", "has been co-designed", "co-production took place"; not a noun
            # that 'have' has as its object ("if we are to have co-design of services")
            return True
        if last.endswith("ed"):
            # "we co-designed", "our co-produced plan", "Co-produced with carers, ...": done;
            # "services that are co-produced work better", "a co-designed service is ...",
            # "Co-designed services tend to ...": a present statement, a principle more than a report
            people_before = any(h.tag.kind == "people" and h.end == c.start for h in scan.hits)
            return (c.start == scan.lo or before in SUBJECTS or people_before
                    or before in ("our", "this", "their", "its", "the") or self._shared_auxiliary(scan, c))
        return False

    def _asked_to_show(self, scan, c) -> bool:
        """Guidance that asks its reader to show the work: 'Boards should be able to show how
        their strategy was co-produced', 'Providers are asked to describe how the service was
        co-designed', 'Explain how the proposal was co-designed': a verb of showing in its plain
        form with 'how', 'that' or 'whether' after it (one word may come between: 'tell us
        how'), asked by a duty or a request before it, or opening the sentence as an
        instruction; and nobody before the claim who is the writer ('In this report we explain
        how the plan was co-produced' is the writer's own account)."""
        before = self._words(scan, scan.lo, c.start)
        if set(before) & (WRITER - {"us"}):
            return False
        for k, w in enumerate(before):
            j = k + 2 if w == "set" else k + 1  # "set out how"
            if w not in SHOWING or (w == "set" and before[k + 1:k + 2] != ["out"]):
                continue
            if not set(before[j:j + 2]) & SHOWN:
                continue
            if k == 0 or set(before[:k]) & REQUEST:
                return True
        return False

    def _shared_auxiliary(self, scan, c) -> bool:
        """'The plan was written with the council, and co-produced with carers': a participle
        after 'and' that shares the past passive of the clause before it ('was', 'were' or 'been'
        and a participle), so it reports work done as that clause does."""
        if self._low(scan, c.start - 1) != "and" or not self._low(scan, c.end - 1).endswith("ed"):
            return False
        seq = self._lower(scan.block)
        return any(seq[i] in PAST_PASSIVE and seq[i + 1].endswith(("ed", "en")) and seq[i + 1] != "often"
                   for i in range(scan.lo, c.start - 2))

    def recorded(self, scan, c) -> bool:
        """A claim the writer records rather than makes: reported speech in minutes ('Members
        noted that the strategy had been co-produced', 'The report explained that a data report
        had been co-developed'), or the past of the past. Minutes record what was said; the
        evidence, if any, is in the paper they record, so such a claim is at most a suggestion."""
        before = self._words(scan, scan.lo, c.start)
        if "that" in before:
            that = len(before) - 1 - before[::-1].index("that")
            if any(w in RECORDED for w in before[:that]):
                return True
        if before[-1:] == ["had"] or any(
                w == "had" and (nxt == "been" or nxt.endswith("ed")) for w, nxt in zip(before, before[1:])):
            # 'had been co-produced', 'The strategy had been refreshed in the light of ... the
            # co-produced self-evaluation': the past of the past, as minutes report what was said
            return True
        return False

    def told_elsewhere(self, scan, c) -> bool:
        """Someone else's work, told after the writer read or heard about it ('I read an
        article about a college in another city. The college was co-produced by ...'): not
        the writer's claim at all, so not counted as one."""
        before = self._words(scan, scan.lo, c.start)
        if scan.index > 0 and before[-1:] in (["was"], ["were"]) and not set(before) & {"we", "our"}:
            prev = self.analysed.sentences[scan.index - 1]
            if prev.block_index == scan.block or prev.block_index == scan.block - 1:
                words = {w.strip(".,;:'\"()").lower() for w in prev.text.split()}
                return bool(words & ELSEWHERE)
        return False

    def _general_statement(self, scan, c) -> bool:
        """The claim is part of a statement about co-production in general, not a report of
        this writer's work, whatever its tense: a condition ('Where a strategy has been
        co-produced, ...', 'When services have been co-designed'), or a sentence that says
        what such things tend to do ('Services that have been co-designed tend to be used
        more') with nobody in it who is 'we' or 'our'."""
        words = self._words(scan, scan.lo, scan.hi)
        clause = self._words(scan, c.start - 6, c.start)
        if "," in clause:
            clause = clause[len(clause) - clause[::-1].index(","):]
        if set(clause) & GENERAL_CONDITIONS and not set(clause) & {"we", "our", "us", "they", "i"}:
            return True  # ("When we co-produced the plan, ..." reports work done)
        if set(clause) & GENERAL_CONDITIONS and any(w in ("is", "are") and n == "to" for w, n in zip(clause, clause[1:])):
            return True  # a condition of need: "if we are to have co-design of services, power needs to ..."
        after = []
        for w in self._words(scan, c.end, c.end + 6):
            if w in CLAUSE_BREAKS:
                break
            after.append(w)
        if c.tag.noun and c.start == scan.lo and any(w in DESCRIBING for w in after[:4]):
            return True  # the word defined or named: "Co-design has been called the gold standard of involvement"
        if self._asked_to_show(scan, c):
            return True  # guidance: "Boards should be able to show how their strategy was co-produced"
        if self._kind_by_relative(scan, c):
            return True  # "Services that were co-designed with patients were used more often in the studies we reviewed"
        if self._the_idea(scan, c, after):
            return True  # "Co-production was chosen as one of the partnership's principles in 2019"
        seq = clause + ["|"] + after
        if any(w in GENERAL_MODALS and not (w == "may" and i > 0 and seq[i - 1] in MONTH_BEFORE)
               for i, w in enumerate(seq)):
            return True  # "co-produced services can be more effective", "it should have been co-designed"
        return bool(set(words) & GENERAL_MARKERS) and not (set(words) & WRITER)

    def _the_idea(self, scan, c, after: list) -> bool:
        """The bare claim noun as the idea, in any tense: 'Co-production was chosen as one of the
        five principles of the partnership in 2019', 'This guide explains how co-production was
        developed in social care', 'Co-design was the theme of last year's conference'. No
        determiner or owner before it, nothing made ('of the plan') or nobody it was done with
        ('with carers') after it, no people and no 'we' or 'our' in the sentence, and no verb
        saying it happened as work ('co-production took place over a year', 'was used to
        develop the plan') and no event named by it ('two co-creation sessions'): a principle, a topic or the history of the idea, not a report."""
        if not c.tag.noun:
            return False
        before = self._low(scan, c.start - 1) if c.start > scan.lo else ""
        if before in DETERMINERS or before in SUBJECTS or before in IDEA_OWNERS:
            return False
        if after[:1] and (after[0] in IDEA_OBJECTS or after[0] in EVENTS):
            return False  # a thing made, partners, or an event held ('two co-creation sessions in May')
        if any(h.tag.kind == "people" for h in scan.hits):
            return False
        if set(self._words(scan, scan.lo, scan.hi)) & WRITER:
            return False
        return not any(w in OCCURRENCE for w in after[:4])

    def _kind_by_relative(self, scan, c) -> bool:
        """'Services that were co-designed with patients were used more often', 'Projects which
        had been co-produced lasted longer': a plural noun with no determiner opens the sentence
        and a relative clause makes the claim: things of that kind in general, whatever the
        tense, not this writer's work ('Services that we co-designed', a number or a date, or
        'our' in the sentence make it a report)."""
        head = self._words(scan, scan.lo, c.start)
        if not 3 <= len(head) <= 5 or head[1] not in ("that", "which"):
            return False
        noun = head[0]
        if not (noun.isalpha() and noun.endswith("s") and noun not in DETERMINERS and noun not in SUBJECTS):
            return False
        if not all(w in PAST_PASSIVE or w in PERFECT for w in head[2:]):
            return False  # (a present one, 'Services that are co-designed ...', is general already)
        words = self._words(scan, scan.lo, scan.hi)
        return not ("our" in words or "my" in words or any(any(ch.isdigit() for ch in w) or w in MONTHS for w in words))

    def _past_near(self, scan, c) -> bool:
        """A past or perfect verb in the claim's own clause: up to four words before it or three
        after it, with no clause break between ('the plan was co-produced', 'co-production took
        place', 'we held two co-design workshops'). 'has' and 'have' count only as auxiliaries
        ('has been', 'have co-produced'), not as verbs of their own ('has many benefits', 'have
        an equal say'), nor in 'has to'; a past verb in another clause ('research has shown that
        co-produced services ...') does not count."""
        seq = self._lower(scan.block)
        for lo, hi, step in ((c.start - 1, max(scan.lo, c.start - 4) - 1, -1), (c.end, min(scan.hi, c.end + 3), 1)):
            for i in range(lo, hi, step):
                w = seq[i]
                if w in CLAUSE_BREAKS:
                    break
                if w not in PERFECT:
                    continue
                if w in ("has", "have", "had"):
                    nxt = seq[i + 1] if i + 1 < scan.hi else ""
                    if not (nxt in PARTICIPLES or i + 1 == c.start or (nxt.endswith(("ed", "en")) and nxt != "often")):
                        continue
                return True
        return False

    def _names_a_title(self, scan, c) -> bool:
        """"the co-produced strategy 'Making a Difference Every Day'": a claim about another
        document, whose evidence is in that document, not this one."""
        for i in range(c.end, min(c.end + 4, scan.hi)):
            w = self._low(scan, i)
            if w in ("‘", "“"):
                return True
            if w in ('"', "'") and self._token(scan.block, i - 1).whitespace_:
                return True  # an opening quote, not the apostrophe of "carers' strategy"
        return False

    def _stages_answered(self):
        """A form's or a checklist's stages answered yes ('From start: Yes', 'During process:
        Yes', 'In evaluation: Yes'): two or more different stages say people were involved
        throughout (set L co-production A07, A08). Returns the first such line as a sentence
        scan stand-in (index and block), or None."""
        seen: dict = {}
        for si, s in enumerate(self.analysed.sentences):
            text = s.text.strip().lstrip("•·-*–— \t").lower()
            label, colon, value = text.partition(":")
            if not colon or len(text) > 40 or label.strip() not in STAGE_LABELS:
                continue
            if value.split()[:1] == ["yes"]:
                seen.setdefault(label.strip(), (si, s.block_index))
        if len(seen) < 2:
            return None
        si, block = min(seen.values())
        return _StageLine(si, block)

    def indicators(self) -> dict:
        """indicator id -> the first sentence scan that evidences it."""
        found: dict = {}
        stages = self._stages_answered()
        if stages is not None:
            found["lived-experience-throughout"] = stages
        for scan in self.sentences:
            if scan.principle or self.analysed.blocks[scan.block].kind == "header-footer":
                continue
            # shared decisions or power, in whatever words ("the panel held the budget",
            # "residents chose the provider"): the reading step found them; words that are
            # another sign ("equal partners", "paid for their time") count as that sign only
            signs = [h for h in scan.hits if h.tag.kind in ("ind", "ind-a", "ind-b")]
            for h in self.power(scan):
                if self._cue_ends_within(scan, "negation", h.start, 4):
                    continue
                if any(g.start < h.end and h.start < g.end and not g.tag.key.startswith("shared-decisions")
                       for g in signs):
                    continue
                found.setdefault("shared-decisions", scan)
            excl = [(h.tag.key, h.start, h.end) for h in scan.hits if h.tag.kind == "ind-x"]
            pairs_a: dict = {}
            pairs_b: dict = {}
            for h in scan.hits:
                kind = h.tag.kind
                if kind not in ("ind", "ind-a", "ind-b"):
                    continue
                if self._cue_ends_within(scan, "negation", h.start, 4):
                    continue
                if kind == "ind":
                    if any(k == h.tag.key and s < h.end and h.start < e for k, s, e in excl):
                        continue
                    found.setdefault(h.tag.key, scan)
                elif kind == "ind-a":
                    pairs_a.setdefault(h.tag.key, []).append(h)
                else:
                    pairs_b.setdefault(h.tag.key, []).append(h)
            for key, first in pairs_a.items():
                second = pairs_b.get(key)
                if not second:
                    continue
                window, ordered = self.lex.pairs[key]
                for a in first:
                    for b in second:
                        if a.end <= b.start:
                            ok = b.start - a.end <= window
                        elif b.end <= a.start:
                            ok = not ordered and a.start - b.end <= window
                        else:
                            ok = False  # the same words cannot be both halves
                        if ok:
                            found.setdefault(key.split("#")[0], scan)
        return found


class _StageLine:
    """The line of a form that shows a sign (only its sentence and block are read)."""

    def __init__(self, index: int, block: int):
        self.index = index
        self.block = block
