"""Kind ``passive-voice``: a form of *be* or *get*, then (optionally words such as "all",
"not", "often", "jointly"), then a past participle.

Without a trained pipeline the participle is recognised from the tokens: a table of
irregular participles ("taken", "sent", "held", "born", ...), a lower-case word ending in
"-ed", or a hyphenated one ("co-produced", "re-designed"; the finding covers the whole
word). With a trained pipeline (``model = "en_core_web_sm"``) the tagger's VBN tag decides
instead. Whether the word is a participle (an action done to someone) or an adjective (a
state) is decided from its context, not from a word list alone:

* a "by" phrase naming who acted makes it an action: "the event was organised by the forum",
  "females are more affected by alcohol", "we were delighted by the response";
* a degree word straight before it makes it an adjective: "she is very organised", "so
  worried", "too complicated", "more pronounced";
* "well", "better", "best" or "ill" make an adjective of the words they usually do ("well
  placed", "best equipped", "well established") but not of others ("can be better tackled");
  "under-" and "over-" compounds are states ("are under-represented", "over-stretched");
* words that name a state or a feeling ("based", "located", "committed", "exhausted",
  "confused", "qualified", "experienced", "retired": :data:`NOT_PARTICIPLE`) are adjectives
  unless a "by" phrase follows, "it ... that" frames them ("it was determined that"), or, for
  states that can also be done ("limited", "aligned", "linked"), a modal puts them in the
  future ("will be limited", "should be aligned");
* a feeling followed by what it led to ("I was encouraged to see", "pleased to present") is an
  adjective; "residents were encouraged to apply" is an action;
* "and"/"or" carry the verb on: "is well used and trusted by local people", "were well
  trained and fully supported";
* "be used to", "be set to", "be meant to", ... meaning *accustomed to* or *about to*
  ("staff are used to working late", "costs are set to rise"); but "the grant is used to
  fund respite care" is passive and is reported;
* "there is/are ..." and "for there to be ..." ("there were trained volunteers");
* perfect active tenses: "has been working", "has been clear";
* capitalised words (names: "the chair was Alfred Reed").

The finding covers the verb group, with its auxiliaries and the words between ("has not
been properly funded"). When a "by" phrase names who acted ("by the board", "by 202
respondents"), the message names them and says to start with them; "by" phrases of amount,
time or means ("by a third", "by March", "by email", "by enabling them") are not agents.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count
from typing import Optional

from ..engine import Check
from ..metrics import is_checked_sentence
from ..wordlists import load_irregular_verbs, word_set

BE = {"am", "is", "are", "was", "were", "be", "been", "being", "'m", "'re"}
GET = {"get", "gets", "got", "gotten", "getting"}
HAVE = {"has", "have", "had", "having", "'ve", "'d"}
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "ca", "wo"}
ADVERBS = word_set("passive-words.toml", "adverbs")
# adverbs that make the next word an adjective: "well placed", "best equipped"
_ADJ_MAKERS_STRICT = {"well", "better", "best", "ill"}
#: the words "well", "better", "best" and "ill" make adjectives of; others stay actions
#: ("can be better tackled", "is well documented by" with its "by" phrase)
WELL_ADJECTIVES = word_set("passive-words.toml", "well-adjectives")
#: words that say how much: straight before the word they make it an adjective
DEGREE = word_set("passive-words.toml", "degree")
#: first halves of hyphenated participles: "co-produced", "re-designed", "pre-recorded". Other
#: hyphenated words are adjectives: "under-represented", "over-stretched", "community-led",
#: "evidence-based", "well-established", "age-related"
VERB_PREFIXES = word_set("passive-words.toml", "verb-prefixes")
#: irregular past participle -> simple past (for the message's example), from wordlists/irregular-verbs.toml
IRREGULAR = load_irregular_verbs().participles
#: feelings: adjectives after be/get unless a "by" phrase names a cause ("confused by the letter")
FEELINGS = word_set("passive-words.toml", "feelings")
#: feelings that are also actions: "residents were encouraged to apply" (done to them), but "I was
#: encouraged to see", "we were impressed" (a feeling)
FEELINGS_OR_ACTIONS = word_set("passive-words.toml", "feelings-or-actions")
#: verbs after "to" that a feeling leads to: "pleased to present", "encouraged to see"
_FEELING_TO = word_set("passive-words.toml", "feeling-to")
#: states: where or what something is ("based in", "located", "qualified", "limited to")
STATES = word_set("passive-words.toml", "states")
#: states that a modal makes an action to come: "will be limited", "should be aligned"
MODAL_ACTIONS = word_set("passive-words.toml", "modal-actions")
#: words ending in -ed that are no participle at all
NOT_VERBS = word_set("passive-words.toml", "not-verbs")
NOT_PARTICIPLE = FEELINGS | STATES | NOT_VERBS
#: "be X to ..." means "accustomed to", "about to", "supposed to": not passive
ADJ_BEFORE_TO = word_set("passive-words.toml", "adjectives-before-to")
#: after get: "get started", "get dressed", "get lost" are idioms, not actions done to someone
GET_IDIOMS = word_set("passive-words.toml", "get-idioms")
_INFINITIVE_BLOCKERS = word_set("passive-words.toml", "infinitive-blockers")
# words that end an agent phrase
_AGENT_STOP = word_set("passive-words.toml", "agent-stop")
# "by" phrases that give an amount, a time or a means, not who acted
_NOT_AGENT_FIRST = word_set("passive-words.toml", "not-agent-first")
# "by a third", "by a significant amount": an amount after "a"/"an", not who acted
_AMOUNT_AFTER_A = word_set("passive-words.toml", "amount-after-a")
_AGENT_ARTICLE_NOUNS = word_set("passive-words.toml", "agent-article-nouns")
_BY_WINDOW = 8
_MAX_AGENT_WORDS = 8
# a title's small words and the head nouns in lower case that close it ('by The State of Ageing in Leeds report')
_TITLE_SMALL = word_set("passive-words.toml", "title-small-words")
_TITLE_HEADS = word_set("passive-words.toml", "title-heads")


_NOT_AGENT_FIRST |= word_set("passive-words.toml", "not-agent-first-more")
# the last word of a "by" phrase that gives a means, not who acted: "by direct debit"
_MEANS_NOUNS = word_set("passive-words.toml", "means-nouns")
# "by 202 respondents" names who acted; "by 20 per cent", "by 3 points", "by 2025" do not
_NUMBER_UNITS = word_set("passive-words.toml", "number-units")
# an action named by a noun, the subject of a passive with a light verb ('Consideration was given', 'The
# discretion of the council is applied'): who acts and the action's own verb both hidden
BURIED_ACTIONS = word_set("passive-words.toml", "buried-actions")
LIGHT_PARTICIPLES = word_set("passive-words.toml", "light-participles")
_BURIED_WITHIN = 8  # tokens back from the verb to the noun ('The discretion of the local authority is')
_BURIED_BEFORE = 4  # words before the noun in its subject ('The planning officer's judgement')
_CLAUSE_MARKS = {",", ";", ":", "(", ")", "–", "—"}
_CLAUSE_WORDS = word_set("passive-words.toml", "buried-clause-words")
_TAKEN_PARTICLES = word_set("passive-words.toml", "taken-particles")
_PREPOSITIONS = word_set("sentence-words.toml", "prepositions")
_PARTICLES = {"upon", "on", "out", "up", "down", "into", "off", "back", "through", "over", "away", "for"}
_MODAL_OR_TO = MODALS | {"to"}
# a noun of action before a 'by' phrase, whose doer the phrase names ('following a review by', 'the
# assessment by', 'after consideration by')
_ACTION_ENDINGS = tuple(sorted(word_set("passive-words.toml", "action-endings")))
# a 'by' phrase further on that opens with one of these names someone when a noun not of action follows
_ACTOR_DETERMINERS = word_set("passive-words.toml", "agent-determiners")
# people who act, though not written in the plural ('by staff', 'by the public')
_PEOPLE = word_set("passive-words.toml", "agent-people")
#: people's groups and bodies ('officers', 'partners', 'teams', 'council'): a participle after one opens a phrase
_BODIES = word_set("sentence-words.toml", "bodies")
#: the words after a participle that open its phrase ('relating to', 'working in', 'chaired by')
_PHRASE_LINKS = word_set("passive-words.toml", "participle-phrase-links")
#: irregular verbs whose participle is written as the plain verb ('cost', 'set', 'put'): as often a noun
_PLAIN_FORMS = frozenset(load_irregular_verbs().inflected)


def _form_is_participle(tok, trained: bool) -> bool:
    """Does the word's form say past participle (before any question of adjective or verb)?"""
    low = tok.lower_
    if low in NOT_VERBS:
        return False
    if tok.text[:1].isupper():
        return False  # a name: "the chair was Alfred Reed"
    if trained and tok.tag_:
        return tok.tag_ == "VBN" or (low in NOT_PARTICIPLE and tok.tag_ in ("JJ", "VBD"))
    if low in IRREGULAR:
        return True
    return low.endswith("ed") and len(low) >= 4 and low.isalpha()


def _is_participle(tok, trained: bool) -> bool:
    return tok.lower_ not in NOT_PARTICIPLE and _form_is_participle(tok, trained)


def _is_adverb(low: str) -> bool:
    return low in ADVERBS or (low.endswith("ly") and len(low) > 3 and low.isalpha() and not low.endswith("ply"))


def _aux_start(sdoc, i: int, ts: int) -> int:
    """Extend the verb group back over modals, have-forms and the adverbs between them:
    'will not be', 'has already been', 'are getting'."""
    start = i
    k = i - 1
    while k >= ts:
        low = sdoc[k].lower_
        if low in MODALS or low in HAVE or (low in BE and sdoc[start].lower_ in GET):
            start = k
            k -= 1
            continue
        if _is_adverb(low):
            j = k
            while j >= ts and _is_adverb(sdoc[j].lower_):
                j -= 1
            if j >= ts and (sdoc[j].lower_ in MODALS or sdoc[j].lower_ in HAVE):
                start = j
                k = j - 1
                continue
        break
    return start


def _existential(sdoc, i: int, ts: int) -> bool:
    """'there is/are/were/has been ...', 'for there to be ...': the be-form introduces something.
    (Each token's lower-case text read once: a Token is made at each ``sdoc[k]``.)"""
    for k in range(i - 1, ts - 1, -1):
        low = sdoc[k].lower_
        if not (low in HAVE or low in MODALS or low in ADVERBS or low in ("be", "to")):
            return low == "there"
    return False


def _modal_before(sdoc, i: int, ts: int) -> bool:
    """A modal or 'to' before the be-form at i: 'will be limited', 'to be aligned'."""
    for k in range(i - 1, ts - 1, -1):
        low = sdoc[k].lower_  # read once (see _existential)
        if not (_is_adverb(low) or low in HAVE):
            return low in _MODAL_OR_TO
    return False


def _it_that(sdoc, i: int, j: int, ts: int, te: int) -> bool:
    """'it was determined that', 'it is accepted that': impersonal, always an action."""
    for k in range(i - 1, ts - 1, -1):
        low = sdoc[k].lower_  # read once (see _existential)
        if not (low in MODALS or low in HAVE or _is_adverb(low) or low in BE):
            return low == "it" and j + 1 < te and sdoc[j + 1].lower_ == "that"
    return False


#: a footnote's marker, and the full stop before it, at the end of an agent's last token ('doctor.[2', 'team[3]';
#: never the full stop of an abbreviation: 'by S.I.')
_FOOTNOTE_TAIL = re.compile(r"\.?\[[0-9]{0,3}\]?$")


def _agent(sdoc, j: int, te: int) -> str:
    """The 'by ...' phrase after the participle at j that names who acted, or ''. Not a time
    ('by March'), an amount ('by a third', 'by 20 per cent'), a means ('by email', 'by
    enabling them'); a number of people is an agent ('by 202 respondents')."""
    for k in range(j + 1, min(te, j + 1 + _BY_WINDOW)):
        tok = sdoc[k]
        if tok.lower_ == "by":
            if k + 1 >= te:
                return ""
            first = sdoc[k + 1]
            people_count = False
            if first.like_num:
                nxt = sdoc[k + 2] if k + 2 < te else None
                # "by 202 respondents", "by 12 members of the public"
                if nxt is None or not nxt.is_alpha or nxt.lower_ in _NUMBER_UNITS or nxt.lower_ in _NOT_AGENT_FIRST \
                        or not nxt.lower_.endswith("s") or sdoc[k + 1].whitespace_ == "" or "." in first.text \
                        or (first.text.isdigit() and len(first.text) == 4 and first.text[:2] in ("19", "20")):
                    return ""
                people_count = True
            if not people_count and (first.text[:1] in "£$€%" or first.lower_ in _NOT_AGENT_FIRST):
                return ""
            if first.is_alpha and first.lower_.endswith("ing") and first.text[:1].islower():
                return ""  # a means: "by enabling them", "by working together"
            if first.lower_ == "the" and k + 2 < te and sdoc[k + 2].lower_ in _AGENT_ARTICLE_NOUNS:
                return ""
            if first.lower_ in ("a", "an") and any(sdoc[x].lower_ in _AMOUNT_AFTER_A
                                                   for x in range(k + 2, min(te, k + 4))):
                return ""
            end = k + 1
            words = 0
            while end < te and words < _MAX_AGENT_WORDS:
                t = sdoc[end]
                low = t.lower_
                if t.is_punct and t.text not in ("'", "’", "-", "&"):
                    break
                if low in _AGENT_STOP and end > k + 1 and sdoc[end - 1].text[:1].isupper():
                    # a title's small word ('by The State of Ageing in Leeds report'): where capitalised words
                    # and small words run on to a title's head noun, the actor is the whole title with its
                    # noun, never the title cut at the small word (set KL hidden re09)
                    m = end
                    while m < te and m < end + _MAX_AGENT_WORDS and (
                            sdoc[m].lower_ in _TITLE_SMALL or (sdoc[m].is_alpha and sdoc[m].text[:1].isupper())):
                        m += 1
                    if m < te and sdoc[m].lower_ in _TITLE_HEADS and sdoc[m - 1].text[:1].isupper():
                        end = m + 1
                        break
                if low in _AGENT_STOP and end > k + 1:
                    # "Health and Wellbeing Board", "Director of Public Health": keep going
                    # when the next word is capitalised
                    if low == "and" and end + 1 < te and sdoc[end + 1].text[:1].isupper() \
                            and sdoc[end - 1].text[:1].isupper():
                        end += 1
                        continue
                    break
                if t.like_num and end > k + 1:
                    break
                if end > k + 1 and _trailing_participle(sdoc, end, te) \
                        and not all(x.lower_ in _ACTOR_DETERMINERS for x in sdoc[k + 1:end]):
                    # 'by the council relating to ...': the actor is 'the council' (set IJ hidden re01); and
                    # 'by the Director having consulted ...': 'the Director', 'having' with its participle
                    while end > k + 2 and (sdoc[end - 1].lower_ in HAVE or sdoc[end - 1].lower_ in BE):
                        end -= 1
                    break
                end += 1
                words += 1
            while end > k + 1 and sdoc[end - 1].lower_ in ("of", "the", "a", "an", "'s", "’s"):
                end -= 1
            if end > k + 1 and sdoc[end - 1].lower_ in _MEANS_NOUNS:
                return ""  # "by direct debit", "by the online portal"
            if end <= k + 1:
                return ""
            text = sdoc[k:end].text
            # a footnote's marker glued to the last word ('by their doctor.[2]' read as one token 'doctor.[2'):
            # the sentence's end and the marker are no part of who acts (read17)
            return _FOOTNOTE_TAIL.sub("", text) if "[" in text else text
        if tok.lower_ in ("and", "or") and k + 1 < te and _form_is_participle(sdoc[k + 1], False) \
                and sdoc[k - 1].is_alpha and _form_is_participle(sdoc[k - 1], False):
            continue  # 'informed and guided by its members': the 'by' phrase is both verbs' doer
        if tok.is_punct or tok.lower_ in BE or tok.lower_ in ("that", "which", "who", "and", "but"):
            return ""
    return ""


def _trailing_participle(sdoc, m: int, te: int) -> bool:
    """Does a participle phrase open at token m after the noun of a 'by' phrase ('by the council relating
    to noise', 'by staff working in the hub', 'by a panel chaired by the mayor', 'by the professionals
    surveyed.')? A word in lower case in -ing or a past participle (not one written as its plain verb:
    'the rising cost of living'), then a word that opens its phrase (``_PHRASE_LINKS``: 'to', 'in', 'the');
    or a past participle at the phrase's end after a plural or a name. It says which one is meant or how it
    stood, and is no part of who acts: the example rewrite 'the council relating …' does not read. A word
    in -ing before a noun or at the end is the noun's ('by the housing team', 'by the current setting')."""
    tok = sdoc[m]
    low = tok.lower_
    if not (tok.is_alpha and tok.text.islower()) or low in _PLAIN_FORMS:
        return False
    ing = len(low) > 4 and low.endswith("ing")
    if not (ing or (_form_is_participle(tok, False) and len(low) > 4 and not low.endswith("ceed"))):
        return False
    nxt = sdoc[m + 1] if m + 1 < te else None
    prev = sdoc[m - 1].text
    if ing:
        # after a name, people or a body only ('the Council relating to', 'partners working across'): a word in
        # -ing after another noun is as often the compound's head ('the early years setting in each town')
        return nxt is not None and nxt.lower_ in _PHRASE_LINKS and (
            prev[:1].isupper() or prev.lower() in _PEOPLE or prev.lower() in _BODIES)
    if nxt is not None and nxt.lower_ in _PHRASE_LINKS:
        return True
    return (nxt is None or nxt.is_punct or nxt.lower_ in _AGENT_STOP) and (
        prev[:1].isupper() or (prev.endswith("s") and not prev.endswith("ss")) or prev.lower() in _PEOPLE)


# endings of a word in -s that is no plural ("class", "status", "analysis"): suffixes, not words
_NOT_PLURAL_END = re.compile(r"(?:ss|us|is)\Z")

def _names_actor(agent: str) -> bool:
    """Does a 'by' phrase found further on plainly name someone: a name ('by KCC', 'by the Quality
    Committee'), a determiner and a noun that is not an action ('by the local authority', 'by an
    increasing majority of areas'; not 'by the implementation of ...'), or people or bodies in the
    plural ('by volunteers', 'by local authorities', 'by staff')? Not a manner, means or breakdown in
    one word or a few ('by stealth', 'by termination', 'by job role')."""
    words = agent.split()[1:]
    if not words:
        return False
    first = words[0]
    if first[:1].isupper():
        return True
    if first.lower() in _ACTOR_DETERMINERS:
        # the noun: the last word before 'of' ('the implementation of ...'), else the last word
        lows = [w.lower() for w in words]
        head = lows[lows.index("of") - 1] if "of" in lows[2:] else lows[-1]
        return len(words) > 1 and not head.endswith(_ACTION_ENDINGS)
    last = words[-1].lower()
    return last in _PEOPLE or (last.endswith("s") and _NOT_PLURAL_END.search(last) is None)


def _far_agent(sdoc, pj: int, te: int, agent: str) -> str:
    """``agent``, a 'by' phrase found after words between it and the participle at pj ('supported
    in discharging this duty by the leadership team', 'approved at the meeting in March by the
    cabinet', 'informed and guided by its members'), where it names who did this action: not where
    the word before 'by' is an action of its own, a noun of action or another participle, whose
    doer the phrase names ('taken following a review by the auditors', 'agreed at a meeting
    chaired by the mayor'); else ''."""
    if not agent:
        return ""
    for k in range(pj + 1, min(te, pj + 1 + _BY_WINDOW)):
        if sdoc[k].lower_ == "by":
            if k == pj + 1:
                return agent
            before = sdoc[k - 1]
            low = before.lower_
            if not _names_actor(agent):
                return ""  # 'brought in by stealth', 'broken down later by job role'
            if any(sdoc[x].lower_ == "to" for x in range(pj + 1, k)):
                return ""  # 'asked to approve the plan by ...': the phrase goes with the verb after 'to'
            if not (before.is_alpha or before.like_num) or low in BURIED_ACTIONS or low.rstrip("s") in BURIED_ACTIONS \
                    or low.endswith(_ACTION_ENDINGS) or (k - 1 > pj and sdoc[k - 2].lower_ not in ("and", "or")
                                                         and _form_is_participle(before, False)):
                return ""
            return agent
    return ""


def _by_follows(sdoc, pj: int, te: int, agent: str) -> bool:
    """A 'by' phrase straight after the participle (an adverb or particle may stand between)
    that names who or what acted: it makes the word an action even where it could be a state."""
    k = pj + 1
    while k < te and k <= pj + 2 and (_is_adverb(low := sdoc[k].lower_) or low in _PARTICLES):
        k += 1
    if k >= te or sdoc[k].lower_ != "by":
        return False
    if agent and sdoc[k:].text.startswith(agent):
        return True
    nxt = sdoc[k + 1] if k + 1 < te else None
    # a cause given as an action: "affected by losing these services"
    return nxt is not None and nxt.is_alpha and nxt.lower_.endswith("ing") and nxt.text[:1].islower()


def _between(sdoc, j: int, te: int) -> int:
    """Skip the words that may stand between be and the participle: 'were all removed',
    'was often criticised', 'has not been properly funded', 'are more affected'."""
    skipped = 0
    while j < te and skipped < 3:
        low = sdoc[j].lower_
        if not (_is_adverb(low) or low in DEGREE):
            break
        j += 1
        skipped += 1
    return j


def _word_at(sdoc, j: int, te: int):
    """The participle starting at token j: (last token index, lower-case word, hyphen prefix).
    'co-produced' is three tokens; the word is the last part."""
    if j + 2 < te and sdoc[j + 1].text in ("-", "\u2011") and not sdoc[j].whitespace_ \
            and not sdoc[j + 1].whitespace_ and sdoc[j].is_alpha and sdoc[j + 2].is_alpha:
        return j + 2, sdoc[j + 2].lower_, sdoc[j].lower_
    return j, sdoc[j].lower_, ""


def _coordinated(sdoc, pj: int, te: int, trained: bool):
    """'is well used and trusted by local people', 'were well trained and fully supported':
    a second participle after 'and'/'or' that is plainly an action. Its last token, or None."""
    k = pj + 1
    if k < te and sdoc[k].text == ",":
        k += 1
    if k >= te or sdoc[k].lower_ not in ("and", "or"):
        return None
    k += 1
    adv = False
    while k < te and _is_adverb(sdoc[k].lower_) and sdoc[k].lower_ not in DEGREE:
        adv = adv or sdoc[k].lower_.endswith("ly")
        k += 1
    if k >= te:
        return None
    qj, qlow, prefix = _word_at(sdoc, k, te)
    q = sdoc[qj]
    if prefix and prefix not in VERB_PREFIXES:
        return None
    if not _is_participle(q, trained):
        return None
    after = sdoc[qj + 1].lower_ if qj + 1 < te else ""
    if adv or qlow in IRREGULAR or after in _PARTICLES or _agent(sdoc, qj, te):
        return qj
    return None


def _verdict(sdoc, i: int, j: int, pj: int, plow: str, prefix: str, ts: int, te: int,
             is_get: bool, trained: bool):
    """Is the participle-shaped word at pj an action done to the subject (True) or a state or
    feeling (False)? Also returns the agent phrase."""
    agent = _agent(sdoc, pj, te)
    before = sdoc[j - 1].lower_ if j > i + 1 else ""
    if _by_follows(sdoc, pj, te, agent):
        # who or what acted is named: "organised by the forum", "more affected by alcohol",
        # "really affected by losing these services"
        return True, agent
    if before in DEGREE:
        return False, ""  # "very organised", "so worried", "too complicated"
    if before in _ADJ_MAKERS_STRICT and (plow in WELL_ADJECTIVES or prefix):
        return False, ""  # "well placed", "best equipped"
    if prefix and prefix not in VERB_PREFIXES:
        return False, ""  # "under-represented", "community-led", "well-established"
    if prefix == "" and j + 1 < te and sdoc[j].lower_ in _ADJ_MAKERS_STRICT:
        return False, ""
    if plow in NOT_PARTICIPLE or (trained and sdoc[pj].tag_ in ("JJ",)):
        if _it_that(sdoc, i, pj, ts, te):
            return True, ""  # "it was determined that"
        if plow in MODAL_ACTIONS and _modal_before(sdoc, i, ts):
            return True, ""  # "will be limited to", "should be aligned with"
        return False, ""
    if plow in FEELINGS_OR_ACTIONS:
        nxt = sdoc[pj + 1].lower_ if pj + 1 < te else ""
        nxt2 = sdoc[pj + 2].lower_ if pj + 2 < te else ""
        if nxt == "to" and nxt2 in _FEELING_TO:
            return False, ""  # "I was encouraged to see", "we were pleased to present"
        if nxt != "to" and sdoc[i - 1].lower_ in ("i", "we") if i > ts else False:
            return False, ""  # "we were impressed"
    # a 'by' phrase further on names who acts: the message must not say the reader cannot see it
    return True, _far_agent(sdoc, pj, te, agent)


def be_or_get_at(texts: list) -> list:
    """Indexes, in order, of the tokens whose lower-case text is a form of 'be' or 'get'
    (a passive can start only there), for :func:`find_passives`'s ``at``."""
    be_get = BE | GET
    return [i for i, low in enumerate(map(str.lower, texts)) if low in be_get]


def be_or_get_texts(lower_of: dict) -> frozenset:
    """The texts among ``lower_of`` (token text -> its lower case: ``Analysed.lower_of``, every
    token text of the document) whose lower case is a form of 'be' or 'get'."""
    be_get = BE | GET
    return frozenset(t for t, low in lower_of.items() if low in be_get)


def be_or_get_in(texts: list, forms: frozenset) -> list:
    """:func:`be_or_get_at` of a block's token texts, all of them keys of the ``lower_of`` that
    ``forms`` was made from (:func:`be_or_get_texts`): a block with none of them (most) told by
    one set test, the rest picked out by ``compress`` over the set's test of each text, in C,
    not a Python step and a ``str.lower`` per token (12 -> 5 ms for the 5,800 distinct blocks of
    1 MB; tests/test_speed_shortcuts_engine.py compares the two)."""
    if forms.isdisjoint(texts):
        return []
    return list(compress(count(), map(forms.__contains__, texts)))


def find_passives(sdoc, ts: int, te: int, trained: bool = False,
                  texts: Optional[list] = None, at: Optional[list] = None) -> list[tuple[int, int, str, int]]:
    """Each passive in tokens ts..te: (first token, end token, agent text, participle token).
    ``texts``: the block's token texts, when the caller has them (only a form of 'be' or
    'get' is then looked at closely); ``at``: :func:`be_or_get_at` of them, when the caller
    has it (the walk then jumps from one such form to the next)."""
    out = []
    i = ts
    while i < te:
        if at is not None:
            k = bisect_left(at, i)
            if k == len(at) or at[k] >= te:
                break  # no form of 'be' or 'get' left in the sentence
            i = at[k]
        elif texts is not None and texts[i].lower() not in BE and texts[i].lower() not in GET:
            i += 1
            continue
        low = texts[i].lower() if texts is not None else sdoc[i].lower_  # (a Token's lower_ is its text's lower())
        is_be = low in BE
        is_get = low in GET
        if not (is_be or is_get):
            i += 1
            continue
        j = _between(sdoc, i + 1, te)
        if j >= te:
            break
        part = texts[j].lower() if texts is not None else sdoc[j].lower_
        if is_be and part == "been":
            i = j  # "has been agreed": look again from "been"
            continue
        if is_be and part in GET:
            i = j  # "are getting excluded"
            continue
        pj, plow, prefix = _word_at(sdoc, j, te)
        if prefix and prefix not in VERB_PREFIXES and prefix not in _ADJ_MAKERS_STRICT and \
                not _form_is_participle(sdoc[pj], False):
            i += 1
            continue
        if not _form_is_participle(sdoc[pj], trained):
            i += 1
            continue
        # "be used to working", "be set to rise", "be meant to open"
        if plow in ADJ_BEFORE_TO and pj + 1 < te and sdoc[pj + 1].lower_ == "to":
            nxt = sdoc[pj + 2] if pj + 2 < te else None
            if plow != "used" or nxt is None or nxt.lower_ in _INFINITIVE_BLOCKERS \
                    or nxt.lower_.endswith("ing") or not nxt.is_alpha or nxt.text[:1].isupper():
                i = pj + 1
                continue
        if is_get and plow in GET_IDIOMS:
            i = pj + 1
            continue
        if is_be and _existential(sdoc, i, ts):
            i = pj + 1
            continue
        passive, agent = _verdict(sdoc, i, j, pj, plow, prefix, ts, te, is_get, trained)
        end = pj
        if not passive:
            qj = _coordinated(sdoc, pj, te, trained)
            if qj is None:
                i = pj + 1
                continue
            end = pj = qj
            agent = _agent(sdoc, qj, te)
        start = _aux_start(sdoc, i, ts)
        out.append((start, end + 1, agent, pj))
        i = end + 1
    return out


def passive_sentences(analysed) -> dict:
    """id(sentence) -> (sentence, passives): computed once per document and shared
    (``Analysed.passives``)."""
    return analysed.passives


def find_all_passives(analysed) -> dict:
    """What ``Analysed.passives`` holds: every checked sentence with a passive."""
    hits = {}
    texts = analysed.token_texts
    blocks = analysed.blocks
    docs = analysed.block_docs
    # blocks of the same text share one Doc (Analysed.block_docs), and a sentence's passives
    # depend on its tokens and its block's kind alone: its forms of 'be' and 'get' are found
    # once per Doc, and a sentence met again in a block of the same text is read once
    # (tests/test_speed_shortcuts_once.py)
    at: dict = {}  # id(Doc) -> its forms of 'be' and 'get' (be_or_get_at)
    judged: dict = {}  # (id(Doc), first token, end token, block kind) -> its passives
    # the token texts of the document that are a form of 'be' or 'get' in some capitals, from the
    # analysis's lower case of each distinct text: a block's forms then found in C (be_or_get_in)
    forms_of = be_or_get_texts(analysed.lower_of)
    for s in analysed.sentences:
        bi = s.block_index
        sdoc = docs[bi]
        forms = at.get(id(sdoc))
        if forms is None:
            forms = at[id(sdoc)] = be_or_get_in(texts[bi], forms_of)
        if not forms or forms[-1] < s.tok_start:
            continue  # no form of 'be' or 'get' here or after: no passive
        block = blocks[bi]
        key = (id(sdoc), s.tok_start, s.tok_end, block.kind)
        found = judged.get(key)
        if found is None:
            found = judged[key] = (find_passives(sdoc, s.tok_start, s.tok_end, analysed.trained, texts[bi], forms)
                                   if is_checked_sentence(block, s) else [])
        if found:
            hits[id(s)] = (s, found)
    return hits


_SUBJECT_PRONOUN = {"them": "they", "us": "we", "him": "he", "her": "she", "me": "I", "whom": "who"}


def _doer(agent: str) -> str:
    who = agent[3:].strip() if agent.lower().startswith("by ") else agent
    first = who.split(" ", 1)[0]
    if first.lower() in _SUBJECT_PRONOUN and " " not in who:
        return _SUBJECT_PRONOUN[first.lower()]
    if first in ("The", "A", "An", "Our", "Their", "Its", "This", "These", "Those", "Some", "Many", "All", "Each"):
        who = who[0].lower() + who[1:]
    return who


def passive_message(rule, span_text: str, agent: str, participle: str, aux: str) -> str:
    """The finding's message: what is passive, and who to name. With a real 'by' phrase the
    message says the sentence names who acts, only late; without one, that it does not."""
    if agent:
        who = _doer(agent)
        if aux.lower() in ("was", "were", "got"):
            verb = IRREGULAR.get(participle.lower(), participle.lower())
            example = f"'{who} {verb} …'"
        else:
            example = f"'{who} …'"
        return (f"'{span_text}' is passive: it names who acts ('{agent}') only after the action; "
                f"start with them instead, for example {example}.")
    base = rule.message.format(text=span_text)
    return (f"{base} Say who does the action and put them first, for example 'we …', "
            "'the council …' or 'the board …'.")


def buried_action(sdoc, a: int, j: int, ts: int) -> str:
    """The noun that names the action, where a passive's subject is one and its verb a light one
    ('Consideration was given', 'A decision will be made', 'The discretion of the local authority is
    applied'): the noun just before the verb at token a, or the one before the first 'of' of the
    subject, with no comma or clause word between; and before the noun, back to the sentence's start
    or a comma, at most a few words and no preposition ('information about plan reviews is given':
    the subject is 'information'); else ''."""
    if sdoc[j].lower_ not in LIGHT_PARTICIPLES or (
            j + 1 < len(sdoc) and sdoc[j].lower_ == "taken" and sdoc[j + 1].lower_ in _TAKEN_PARTICLES):
        return ""  # 'has been taken out of', 'would be taken forward': another verb
    first = max(ts, a - _BURIED_WITHIN)
    head = a - 1
    for k in range(a - 1, first - 1, -1):
        t = sdoc[k]
        if t.text in _CLAUSE_MARKS or t.lower_ in _CLAUSE_WORDS:
            break
        if t.lower_ == "of":
            head = k - 1
    if head < ts or not sdoc[head].is_alpha:
        return ""
    low = sdoc[head].lower_
    if low not in BURIED_ACTIONS and low.rstrip("s") not in BURIED_ACTIONS:
        return ""
    k = head - 1
    while k >= ts and sdoc[k].text not in _CLAUSE_MARKS:
        if head - k > _BURIED_BEFORE or sdoc[k].lower_ in _PREPOSITIONS or sdoc[k].lower_ in _CLAUSE_WORDS:
            return ""
        k -= 1
    return sdoc[head].text


def participle_text(sdoc, j: int) -> str:
    """The whole participle ending at token j: 'co-produced', not 'produced'."""
    if j >= 2 and sdoc[j - 1].text in ("-", "\u2011") and not sdoc[j - 1].whitespace_ \
            and not sdoc[j - 2].whitespace_:
        return sdoc[j - 2:j + 1].text
    return sdoc[j].text


class PassiveCheck(Check):
    def run(self, analysed):
        out = []
        for rule in self.rules:
            said: dict = {}  # (id(Doc), a, b, agent, j) -> (span's characters, message): once per Doc
            for s, found in passive_sentences(analysed).values():
                block = analysed.blocks[s.block_index]
                sdoc = analysed.block_docs[s.block_index]
                for a, b, agent, j in found:
                    key = (id(sdoc), a, b, agent, j)
                    got = said.get(key)
                    if got is None:
                        span = sdoc[a:b]
                        be = [t.text for t in sdoc[a:j] if t.lower_ in BE or t.lower_ in GET]
                        aux = be[0] if len(be) == 1 and not any(t.lower_ in MODALS or t.lower_ in HAVE for t in sdoc[a:j]) else ""
                        message = passive_message(rule, span.text, agent, participle_text(sdoc, j), aux)
                        noun = "" if agent else buried_action(sdoc, a, j, s.tok_start)
                        if noun:
                            message += f" The action itself is hidden in the noun '{noun}': make it a verb."
                        got = said[key] = (span.start_char, span.end_char, message, noun)
                    severity = (rule.option(self.config, "buried-action-severity") or None) if got[3] else None
                    out.append(self.finding(rule, analysed, block.start + got[0], block.start + got[1], got[2],
                                            severity=severity))
        return out


CHECK = PassiveCheck
