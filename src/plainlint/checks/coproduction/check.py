"""The check: both rules' findings and messages, and the ``ladder`` metric."""

from __future__ import annotations

import re

from ...engine import Check
from ...wording import clip, join_words
from .context import Context
from . import learned
from .evidence import AIM_KINDS, Evidence
from .model import DETERMINERS, LADDER_FILE, Hit, lexicon
from .reading import SentenceReader
from .ties import Ties
from ...wordlists import word_set


#: words an activity phrase may end on that lead on to what it is about ("told us what ...")
LEADS_ON = word_set("co-production-words.toml", "leads-on")
NUMBER_WORDS = word_set("co-production-words.toml", "number-words")
#: words that start a phrase of their own after a linking word ('listened to in order to ...')
PREPOSITIONS = word_set("co-production-words.toml", "after-link-stops")
#: (the loose tier only) more words an activity may end on that lead to what it is about ('taking
#: part in testing sessions', 'came along to two events'): its message quotes what they lead to
LOOSE_LEADS = word_set("co-production-words.toml", "loose-leads")
LOOSE_STOPS = word_set("co-production-words.toml", "loose-stops")


class Reader(Ties, Context, Evidence, SentenceReader):
    """One document read by every step."""


def reader(analysed, config, name: str = LADDER_FILE) -> Reader:
    lex = lexicon(config, name)
    r = analysed.coproduction
    if r is None or r.lex is not lex:  # read once per document (and ladder)
        r = analysed.coproduction = Reader(lex, analysed)
    return r


def _short_where(described: str) -> str:
    """'page 3, paragraph 10 (in "Background")' -> 'page 3, paragraph 10': the message names
    several places, so each without its section."""
    return described.split(" (in ", 1)[0]


# ---------------------------------------------------------------------------------------
# The check


class CoproductionCheck(Check):
    def __init__(self, rules, config):
        super().__init__(rules, config)
        self.by_kind = {r.kind: r for r in rules}
        self.ladder_name = LADDER_FILE
        for r in rules:
            if "ladder" in r.options:
                self.ladder_name = r.option(config, "ladder")
                break
        self.lex = lexicon(config, self.ladder_name)  # built once, here

    def reader(self, analysed) -> Reader:
        return reader(analysed, self.config, self.ladder_name)

    def metrics(self, analysed) -> dict:
        """Sentences per rung of the co-production ladder."""
        return {"ladder": self.reader(analysed).ladder()}

    def run(self, analysed):
        r = self.reader(analysed)
        out = []
        rule = self.by_kind.get("consultation-as-co-production")
        if rule is not None:
            out.extend(self._consultation(rule, r, analysed))
        rule = self.by_kind.get("co-production-unevidenced")
        if rule is not None:
            named = {(f.start, f.end) for f in out}
            # a suggestion on the very words a consultation finding already names says the same
            # thing twice (the independent reader of set UV, U-041: 'repeats the consultation
            # finding on the same word'); a warning, with work reported and no signs, stays
            out.extend(f for f in self._unevidenced(rule, r, analysed)
                       if not (f.severity == "suggestion" and (f.start, f.end) in named))
        return out

    def _span(self, r: Reader, block: int, hit: Hit) -> tuple[int, int]:
        b = r.analysed.blocks[block]
        start = b.start + r._token(block, hit.start).idx
        last = r._token(block, hit.end - 1)
        return start, b.start + last.idx + len(last.text)

    def _whole_activity(self, r: Reader, block: int, hit: Hit, extra=frozenset()) -> Hit:
        """An activity phrase that ends on a linking word ('told us what', 'the views of') is
        quoted with the word it leads to, where that is a content word ('told us what
        mattered', 'the views of patients'), so that the message reads as English."""
        low = r._lower(block)
        if hit.end >= len(low) or (low[hit.end - 1] not in LEADS_ON and low[hit.end - 1] not in NUMBER_WORDS
                                   and low[hit.end - 1] not in extra):
            return hit
        # up to four words on, to the first content word ("the views of more than 1,500 people")
        for j in range(hit.end, min(len(low), hit.end + 4)):
            w = low[j]
            if w in PREPOSITIONS:
                break  # "listened to in order to ...": the activity ends there
            if w.isalpha() and w not in DETERMINERS and w not in LEADS_ON and w not in NUMBER_WORDS:
                # to the end of the people named there ("listened to hundreds of young people",
                # not "... of young")
                end = max((h.end for s in r.sentences if s.block == block and s.lo <= j < s.hi
                           for h in s.hits if h.tag.kind == "people" and h.start == j), default=j + 1)
                return Hit(hit.tag, hit.start, end)
            if not (w in DETERMINERS or w in NUMBER_WORDS or w.replace(",", "").isdigit()):
                break  # punctuation or another kind of word: quote the phrase as it is
        return hit

    def _noun_goes_on(self, r: Reader, block: int, hit: Hit) -> Hit:
        """(the loose tier) An activity quoted up to a number or a first word of what it leads to
        ('took part in two', 'came to three') goes on to the end of that noun phrase, up to three
        more words ('took part in two open days')."""
        low = r._lower(block)
        end = hit.end
        while end < len(low) and end < hit.end + 5 and low[end].isalpha() and low[end] not in DETERMINERS \
                and low[end] not in PREPOSITIONS and low[end] not in LOOSE_STOPS \
                and (low[end] not in LEADS_ON or (low[end] == "of" and end > hit.start)):
            end += 1  # ('a series of community conversations': 'of' goes on to what it is a series of)
        if low[end - 1] == "of":
            end -= 1
        return Hit(hit.tag, hit.start, end)

    def _consultation(self, rule, r: Reader, analysed):
        doc_text = analysed.document.text
        rels = r.relations()
        rels += r.context_relations({rel.scan.index for rel in rels})
        if rule.option(self.config, "loose-tier"):
            rels += r.loose_relations({rel.scan.index for rel in rels})
        for rel in sorted(rels, key=lambda rel: rel.scan.index):
            block = rel.scan.block
            claim = rel.claim
            if claim.end - claim.start > 1 and r._low(rel.scan, claim.start) == "of":
                claim = Hit(claim.tag, claim.start + 1, claim.end)  # "the product of genuine partnership with": quote from "genuine"
            elif claim.end - claim.start == 4 and r._low(rel.scan, claim.start + 1) == "involved":
                claim = Hit(claim.tag, claim.start + 1, claim.end)  # "have been involved in developing": quote from "involved"
            elif claim.end - claim.start == 2 and r._low(rel.scan, claim.end - 1) == "by":
                # "shaped by": quote who ("shaped by parents and carers")
                k = r.past_numbers(rel.scan, claim.end)
                end = min((h.end for h in rel.scan.hits if h.tag.kind == "people" and k <= h.start <= k + 2),
                          default=claim.end)
                claim = Hit(claim.tag, claim.start, end)
            start, end = self._span(r, block, claim)
            acts = []
            last = None
            loose = rel.how == "loose"
            for bh in sorted(rel.acts or [(block, h) for h in rel.lows], key=lambda bh: (bh[0], bh[1].start)):
                act_block, h = bh
                whole = self._whole_activity(r, act_block, h, LOOSE_LEADS if loose else frozenset())
                if loose and whole.end > h.end:
                    whole = self._noun_goes_on(r, act_block, whole)
                a, b = self._span(r, act_block, whole)
                if last is not None and last[0] == act_block and h.start <= last[1]:
                    acts[-1] = (acts[-1][0], max(b, acts[-1][1]))  # adjacent: one activity ("survey respondents")
                else:
                    acts.append((a, b))
                # the loose tier quotes 'came to three workshops' once, not 'came to three and workshops'
                last = (act_block, max(whole.end, last[1]) if loose and last is not None and last[0] == act_block
                        else whole.end if loose else h.end)
            acts = [" ".join(doc_text[a:b].split()) for a, b in acts]
            seen: dict = {}
            for a in acts:
                seen.setdefault(a.lower(), a)  # "forums" once, not "Forums and forums"
            acts = list(seen.values())
            top = max((r._rung(h) for h in rel.lows), key=lambda x: x.level)
            # a firm tie (a link word, a frame, an event) at the rule's severity; an activity
            # in the claim's own sentence with no link word, a warning; an activity that only
            # sits near the claim, or one mixed with engagement, a suggestion
            if r.sentence_aim(rel.scan, AIM_KINDS):
                severity = "suggestion"  # work still to come ("We will co-produce the plan through a survey"): an aim
            elif rel.how != "section" and r.section_power(rel.scan, r._around(rel.scan)):
                # shared decisions or power further on in the claim's section: the tie holds in
                # its sentence, but the work may be more than that consultation
                severity = "suggestion"
            elif rel.strong and not rel.mixed:
                severity = rule.severity
            elif rel.own_sentence and not rel.mixed:
                severity = "warning" if rule.severity == "error" else rule.severity
            else:
                severity = "suggestion"
            if rel.how == "loose":
                # no tie in the grammar: say what was seen and ask, rather than assert
                severity = "suggestion"
                message = rule.option(self.config, "loose-message").format(
                    claim=" ".join(doc_text[start:end].split()), activity=join_words(dict.fromkeys(acts)),
                    rung=top.name, honest=top.honest, did=top.did,
                )
                yield self.finding(rule, analysed, start, end, message, severity=severity)
                continue
            message = rule.message.format(
                claim=" ".join(doc_text[start:end].split()), activity=join_words(dict.fromkeys(acts)),
                rung=top.name, honest=top.honest, did=top.did,
            )
            if severity == "suggestion" != rule.severity:
                message += " " + rule.option(self.config, "unsure-note")
            yield self.finding(rule, analysed, start, end, message, severity=severity)
        done_blocks = {rel.scan.block for rel in rels}
        yield from self._power_claims(rule, r, analysed, done_blocks)
        if rule.option(self.config, "trained-reader"):
            yield from self._learned(rule, r, analysed, done_blocks)

    def _power_claims(self, rule, r: Reader, analysed, done_blocks: set):
        """Power claimed without a co- word for consultation (learned.power_by_consultation):
        a suggestion that quotes the claim and the consultation."""
        doc_text = analysed.document.text
        rung = r.lex.rung_by_id[learned.ACT_RUNG["act-consult"]]
        for si, (start, end), (a, b) in learned.power_by_consultation(analysed, r):
            if analysed.sentences[si].block_index in done_blocks:
                continue
            message = rule.message.format(
                claim=" ".join(doc_text[start:end].split()), activity=" ".join(doc_text[a:b].split()),
                rung=rung.name, honest=rung.honest, did=rung.did,
            )
            if rule.severity != "suggestion":
                message += " " + rule.option(self.config, "unsure-note")
            yield self.finding(rule, analysed, start, end, message, severity="suggestion")

    def _learned(self, rule, r: Reader, analysed, done_blocks: set):
        """The trained reader (learned.py) on the claims the patterns do not read: at its
        threshold, a suggestion (hidden by default). It gives no warning: a warning tier (the
        model very sure, a co- word claim and an activity in one sentence) put a warning on a
        negative row of data it had never seen (held3), and its cross-validated reach was 2 of
        41 claims; warnings stay with the patterns' firm ties."""
        if not r.by_block:
            return
        model = learned.load_model()
        doc_text = analysed.document.text
        for si in learned.candidates(analysed, r):
            if analysed.sentences[si].block_index in done_blocks:
                continue  # the patterns have already flagged a claim in this paragraph
            got = learned.read(analysed, si, r)
            if got.activity is None:
                continue  # nothing on a lower rung to quote
            p = model.score(got.features)
            if p < model.suggestion:
                continue
            a, b, fam = got.activity
            rung = r.lex.rung_by_id[learned.ACT_RUNG[fam]]
            start, end = got.claim
            message = rule.message.format(
                claim=" ".join(doc_text[start:end].split()), activity=" ".join(doc_text[a:b].split()),
                rung=rung.name, honest=rung.honest, did=rung.did,
            )
            if rule.severity != "suggestion":
                message += " " + rule.option(self.config, "unsure-note")
            f = self.finding(rule, analysed, start, end, message, severity="suggestion")
            f.extra["model"] = round(p, 3)
            yield f

    def _unevidenced(self, rule, r: Reader, analysed):
        claims = r.doc_claims()
        if len(claims) < rule.option(self.config, "min-claims"):
            return
        if r.guidance():
            return  # a definition, principle or guidance document: nothing is claimed as done
        need = rule.option(self.config, "min-indicators")
        found = r.indicators()
        have = [i for i in r.lex.indicators if i.id in found]
        if len(have) >= need:
            return
        doc = analysed.document
        # a claim of what was done comes first; a document that only says what it will
        # co-produce gets a suggestion: there may be nothing to show yet
        done = [(scan, c) for scan, c in claims if not r.is_aim(scan, c)]
        reported = [(scan, c) for scan, c in done if r.is_done(scan, c)]
        scan, c = (reported or done or claims)[0]
        start, end = self._span(r, scan.block, c)
        sent = analysed.sentences[scan.index]
        where = _short_where(doc.locate(start, end).describe()) or "near the start"
        evidenced = []
        by_sentence: dict = {}  # signs shown by the same sentence are quoted once
        for ind in have:
            by_sentence.setdefault(found[ind.id].index, []).append(ind.short)
        for index, shorts in by_sentence.items():
            s = analysed.sentences[index]
            loc = _short_where(doc.locate(s.start, s.end).describe())
            names = " / ".join(shorts) if any(" and " in x for x in shorts) else join_words(shorts)
            evidenced.append(f"{names} ('{clip(s.text, 60)}'" + (f", {loc})" if loc else ")"))
        missing = [i.short for i in r.lex.indicators if i.id not in found]
        asked = ""
        if analysed.words() < rule.option(self.config, "short-words"):
            # a news item or a short web page cannot be expected to say how people were paid or
            # where they met: it is asked only for the signs any account of the work can give
            # (set J co01: "payment, varied venues" asked of a 300-word news item)
            core = set(rule.option(self.config, "short-signs"))
            short = [i.short for i in r.lex.indicators if i.id not in found and i.id in core]
            if short:
                # the count is of every sign; the list only of those asked: say so, or the
                # message counts 7 and names 3 (set M co03)
                missing = short
                asked = f" (of the {len([i for i in r.lex.indicators if i.id in core])} signs asked of a page this short)"
        message = rule.message.format(
            claim=" ".join(doc.text[start:end].split()), where=where, sentence=clip(sent.text, 90),
            count=len(have), total=len(r.lex.indicators), min=need,
            evidenced=(": " + "; ".join(evidenced)) if evidenced else "", missing=join_words(missing) + asked,
        )
        severity = rule.severity
        if not done:
            severity = "suggestion"
            message += " " + rule.option(self.config, "aim-note")
        elif not reported:
            severity = "suggestion"  # present statements ("we co-produce with carers"): no work reported yet
        elif all(r.recorded(scan, c) for scan, c in reported):
            severity = "suggestion"  # minutes of what was said, or others' work told: recorded, not claimed
        elif all(r.makers_named(scan, c) for scan, c in reported):
            # the people who made it are named as its makers ('Associate Lived Experience Leader
            # Tom Brown and our head of experience have co-designed the programme'): the claim
            # says who; the rest is worth adding, not a warning
            severity = "suggestion"
        elif all(r.makes_principles(scan, c) for scan, c in reported):
            severity = "suggestion"  # principles or values said to be co-produced: a statement of principle
        elif "shared-decisions" in found:
            severity = "suggestion"  # shared power is shown: the rest is worth adding, not a warning
        elif r.definitional() and not any(r.owned(s) for s, _ in reported):
            # the document defines co-production or sets out its principles, and no claim of work
            # done is plainly the writer's own report ('we', 'our', a date or a number)
            severity = "suggestion"
        if severity == "suggestion" and _FIRST_PERSON_ONE.search(sent.text) and not _FIRST_PERSON_MANY.search(sent.text):
            # "I feel privileged to be involved in genuine co-design": one person's account of
            # taking part, not the organisation's claim of its work; a checklist of the signs of
            # co-production asks too much of it (the independent reader of set UV, U-062 line 9:
            # pedantic on a personal reflection blog). A warning (work reported as done) stays.
            return
        f = self.finding(rule, analysed, start, end, message, document_level=True, severity=severity)
        f.extra["evidenced"] = {i.id: analysed.sentences[found[i.id].index].text for i in have}
        f.extra["missing"] = [i.id for i in r.lex.indicators if i.id not in found]
        yield f


#: a sentence told by one person ('I', 'me', 'my'), and the words of an organisation's own voice
# ('Phase I', 'Part I', 'Tier I': a numeral, not a person)
_FIRST_PERSON_ONE = re.compile(r"(?<!Phase )(?<!phase )(?<!Part )(?<!part )(?<!Tier )(?<!tier )(?<!Stage )"
                               r"(?<!stage )(?<!Annex )(?<!Appendix )(?<!Section )(?<!Schedule )(?<!Level )"
                               r"(?<!Type )(?<!type )(?<!Chapter )(?<!Wave )(?<!wave )(?<!Volume )"
                               r"\b(I|I'm|I’m|I've|I’ve|me|my)\b")
_FIRST_PERSON_MANY = re.compile(r"\b(we|we're|we’re|we've|we’ve|our|us)\b", re.IGNORECASE)


CHECK = CoproductionCheck
