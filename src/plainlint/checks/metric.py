"""Kind ``metric``: a length over a scope, above a limit.

A general kind, as Vale's ``occurrence`` and ``metric`` are: a rule file says what it
measures (``scope``: each sentence, each paragraph, each section or the whole document)
and its limits (``max-words``, ``max-sentences``); ``warning-words`` and ``error-words``
grade a finding by its words (over error-words an error; over warning-words the rule's
severity; between max-words and warning-words a suggestion). ``long-sentence`` and ``long-paragraph`` are rules
of it; a new length rule is one TOML file.

Words are counted with :func:`plainlint.metrics.count_words`, as the readability figures
are. A sentence scope reads every sentence and fragment except headings and running
headers and footers; a paragraph scope reads the blocks of the rule's ``scopes`` (by
default paragraphs); a section or document scope reads its prose sentences
(:func:`plainlint.metrics.sections`).

Message templates may use ``{words}``, ``{sentences}``, ``{max_words}``,
``{max_sentences}`` and, for a section, ``{section}``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, islice
from typing import Optional

from ..analysis import word_flags
from ..engine import Check
from ..metrics import count_words, is_checked_sentence, syllables
from ..wordlists import word_set
from .sentence_shape import (HARD_AT, OPENING_WORDS, WEIGHTS, _NOT_FINITE, _after_short_aside, _in_wh_series, _is_figure, advise, describe, examples_count,
                             hard_reasons, hard_weight, inside_brackets, is_resolution_item, list_items, shape, worth_bullets)

#: not yet judged (a sentence's verdict may be None: no finding)
_UNSEEN = object()

# Where a long sentence can be split: words that start a new clause.
# Only these can start the new sentence as they are: 'Because ...', 'Whilst ...', 'Although ...'
# would be fragments, and 'therefore' strands its subject ('resources will therefore need').
_STRONG = {"but", "however"}
# ('..., where further improvements may be needed and to ...', '..., when in fact due processes are
# being completed': a place or a time the sentence before needs, not a sentence to make)
_AFTER_COMMA_ONLY = {"which", "who", "whom", "whose", "so"}
_AND_OR = {"and", "or"}
_CONJUNCTIONS = _STRONG | _AFTER_COMMA_ONLY | _AND_OR
_SUBJECT_STARTS = word_set("sentence-words.toml", "subject-starts")
_NO_SUBJECT = word_set("sentence-words.toml", "no-subject")
_COMMA_LIKE = {",", "–", "—", ")"}
# an opening clause these start, with no comma to end it, leaves no place to split
_SUBORDINATORS = word_set("sentence-words.toml", "subordinators")
_CLAUSE_STARTS = word_set("sentence-words.toml", "clause-starts")
# after a past-tense verb, these show the verb's subject went before ('but noted that', '; introduced the')
_AFTER_PAST_VERB = {"that", "to", "the", "a", "an", "this", "these", "those", "it", "them", "its", "their"}
# after a comma, these usually start a clause that could stand as a sentence
_CLAUSE_OPENERS = word_set("sentence-words.toml", "clause-openers")
_FINITE = word_set("context-words.toml", "finite-markers")
# after 'but', words that start a clause with a subject of its own (or a name, with a capital)
_AFTER_BUT = word_set("sentence-words.toml", "after-but") | _SUBJECT_STARTS | _CLAUSE_OPENERS


class _Tokens:
    """A sentence's tokens as lists read once (texts, lower case, punctuation, words), so that
    looking for a place to split makes no spaCy Token object per token."""

    def __init__(self, span, texts: list, lower_of: Optional[dict] = None):
        self.span = span
        self.texts = texts
        # (``lower_of``: Analysed.lower_of, each distinct text lowered once for the document: a look-up
        # per token hands back a string already made, where str.lower makes a new one per token)
        self.lows = list(map(lower_of.__getitem__, texts) if lower_of is not None else map(str.lower, texts))
        self._vocab = span.doc.vocab
        flags = word_flags(self._vocab)  # analysis.is_word, by text
        self.word = list(map(bool, map(flags.__getitem__, texts)))

    def punct(self, k: int) -> bool:
        """Is token k punctuation? (looked up only where a quotation needs it)"""
        return self._vocab[self.texts[k]].is_punct

    def __len__(self) -> int:
        return len(self.texts)


def _quote(toks: _Tokens, i: int, n: int = 4) -> str:
    """The source text of a few words from token i on, to show where to split."""
    k = i
    words = 0
    while k < len(toks) and words < n:
        if k > i and toks.punct(k):
            break
        if toks.word[k]:
            words += 1
        k += 1
    return toks.span[i:k].text


_OPENING_MOST = 6  # words: a first part this short before a comma is an opening phrase


def _after_opening(toks: _Tokens) -> int:
    """The first token a split may come at: after the comma that ends an opening phrase or
    clause ('If KCC do get new contracts in place, they ...', 'For family carers, it ...',
    'In Coastal West Sussex, the ...'), which cannot stand without the rest; else 0."""
    texts = toks.texts
    if "," not in texts:
        # 'While we support prevention which reduces demand and we work with ...': an opening
        # clause with no comma to end it; any split would leave it a fragment ('While we ... .')
        first = next((toks.lows[k] for k in range(len(texts)) if toks.word[k]), "")
        return len(texts) if first in _SUBORDINATORS else 0
    comma = texts.index(",")
    before = [k for k in range(comma) if toks.word[k]]
    if not before:
        return 0
    first = toks.lows[before[0]]
    if len(before) <= _OPENING_MOST or first in OPENING_WORDS or (first.endswith("ing") and len(first) > 5):
        return comma + 1  # after the comma ('..., which ran for twelve weeks, ...' may be a sentence)
    return 0


def _has_a_verb(toks: _Tokens, k: int) -> bool:
    """Do the words from token k to the next semicolon (or the end) hold one of the small words
    that show a verb ('is', 'has', 'will', 'we' ...)? '...; a referral from the committee and a
    referral from the team' is one more item, not a sentence."""
    for j in range(k, len(toks)):
        if toks.texts[j] == ";":
            break
        if toks.lows[j] in _FINITE:
            return True
    return False


def _verb_soon(toks: _Tokens, k: int, most: int = 4) -> bool:
    """Does one of the small words that show a verb ('is', 'will', 'has' ...) come within
    ``most`` tokens from token k, before a comma? ('but further reporting and maintenance will be
    required': the words after 'but' are a subject; 'but unrelated to a disability' has none.)"""
    for j in range(k, min(k + most, len(toks))):
        if toks.texts[j] in (",", ";", ":"):
            return False
        if toks.lows[j] in _FINITE:
            return True
    return False


def _past_verb_at(toks: _Tokens, k: int) -> bool:
    """Is token k a verb in the past whose subject went before ('but noted that these ...', 'but
    agreed to', '...; introduced the key strands ...'), so that no sentence can start at it?"""
    return toks.lows[k].endswith("ed") and k + 1 < len(toks) and toks.lows[k + 1] in _AFTER_PAST_VERB


#: words in -ed that are no verb ('..., and indeed it is ...')
_NOT_VERBS_IN_ED = word_set("sentence-words.toml", "not-verbs-in-ed")
#: words after a verb in the past that show it is one ('asked for', 'noted that', 'agreed to')
_AFTER_RESUMED_ONLY = word_set("sentence-words.toml", "after-resumed-verb")
_AFTER_RESUMED_VERB = frozenset(_AFTER_PAST_VERB | _AFTER_RESUMED_ONLY)


def _main_verb_resumes(toks: _Tokens, a: int) -> bool:
    """After token a, does ', and' open a verb in the past with no subject of its own ('..., which stated
    that X, and asked for comment on this'): the sentence's first subject takes it up again after a
    ', which ...' clause, so the clause is no sentence's start?"""
    lows, texts = toks.lows, toks.texts
    return any(texts[k - 1] == "," and lows[k] == "and" and texts[k + 1].islower() and len(lows[k + 1]) > 4
               and lows[k + 1].endswith("ed") and lows[k + 1] not in _NOT_VERBS_IN_ED and lows[k + 2] in _AFTER_RESUMED_VERB
               for k in range(a + 1, len(toks) - 2))


def _ends_an_opening(toks: _Tokens, comma: int) -> bool:
    """Does the comma close a phrase or clause that cannot stand alone: the part before it,
    from the sentence's start or the comma before, opens with 'given', 'if', 'in', 'when', an
    -ing word ...; or a 'that' clause holds the comma ('explained that in the current policy,
    the council ...': 'Jones explained that in the current policy.' is no sentence)?"""
    start = max((k for k in range(comma) if toks.texts[k] == ","), default=-1) + 1
    for a in (0, start):
        firsts = [toks.lows[k] for k in range(a, comma) if toks.word[k]][:2]
        first = firsts[0] if firsts else ""
        if first in _JOINS and len(firsts) > 1:
            first = firsts[1]  # '..., and if any of these have an impact on costs, there may ...' (and 'and although')
        if first in OPENING_WORDS or first in ("given", "indeed", "that") or (first.endswith("ing") and len(first) > 5):
            return True
    if any(toks.lows[k] in _GOVERNING and toks.lows[k - 1] in _JOINS for k in range(max(start, 1), comma)):
        return True  # '... students and although women are equally represented, they are ...': the comma ends that clause
    return "that" in toks.lows[:comma]


# the judge of a split: both parts must read as sentences (a subject and a verb, not a clause
# that the other part needs)
_VERB_FORMS = word_set("sentence-words.toml", "verb-forms")  # 'said', 'made', 'sets': verbs not in -ed
_DETERMINERS = word_set("sentence-words.toml", "determiners")  # 'the', 'our', 'each': a subject starts
_PRONOUNS = _SUBJECT_STARTS - word_set("sentence-words.toml", "demonstratives")  # 'we', 'they', 'it': a subject
_VERB_MARKS = _FINITE - _PRONOUNS  # 'is', 'will', 'has': a verb
_PREPOSITIONS = word_set("sentence-words.toml", "prepositions")  # 'of', 'through': a phrase's noun follows
# words that open a clause the rest of the sentence needs ('While we support ...', 'that support was
# ...', 'who are not there ...'): such a part is no sentence of its own
_DEPENDENT = _SUBORDINATORS | _CLAUSE_STARTS | word_set("sentence-words.toml", "dependent-openers")
_PART_ENDS = {",", ";", ":"}
_NUMBERED = re.compile(r"\(?(?:\d+(?:\.\d+)+\.?|\d{1,2}[.)]|[a-zA-Z][.)]|[ivx]+\))$")  # '1.2', '3.', '(a)', 'ii)'


def _verb_like(toks: _Tokens, j: int) -> bool:
    """Is token j a verb, as far as its form shows: one of the small words that show one ('is',
    'will', 'has'), a verb in the past or present not in -ed ('said', 'sets'), or a word in
    lower case ending in -ed ('agreed', 'noted')?"""
    low = toks.lows[j]
    return (low in _VERB_MARKS or low in _VERB_FORMS
            or (len(low) > 4 and low.endswith("ed") and toks.texts[j].islower()))


# a verb of reporting before 'that' frames what follows ('The Chair advised that ...', 'It was reported
# that ...'): the frame is no idea of its own
_REPORTED_WITHIN = 8  # tokens from the start
_JOINS = _AND_OR | _STRONG  # 'and', 'or', 'but', 'however': another verb after one is another idea
# the advice names a place to split or a list to set out: a second idea the writer can act on
_NAMED_SPLIT = ("Split it at", "Split it before", "It lists")
# after a comma, an '-ing' word starts a further action ('..., bringing together 75 members', '...,
# allowing local areas to shape ...'); 'and' or 'but' before a verb starts another predicate or clause
_ANOTHER_VERB_WITHIN = 6  # tokens after 'and', 'but' or 'or'


_NOUN_PHRASE_MOST = 3  # words between ', and' and a verb in the present: '..., and landfill provides ...'


def _clause_after_and(toks: _Tokens, a: int) -> bool:
    """After ', and' (from token a): a subject of one to three words and a verb (in the present in
    -s, in -ed or one of verb-forms), with its object's determiner after ('..., and landfill provides
    a ...', '..., and the team visited every ...'): a second clause, a second idea. A plural noun before a determiner is rare
    ('..., and health services in Kent' has a preposition after, not a determiner)."""
    lows, texts, n = toks.lows, toks.texts, len(toks)
    for j in range(a + 1, min(n - 1, a + 1 + _NOUN_PHRASE_MOST)):
        low = lows[j - 1]
        if (not texts[j - 1].isalpha() or low in _PREPOSITIONS or low in _JOINS or low in _DEPENDENT
                or low in _VERB_MARKS or low in _PRONOUNS):
            return False
        verb = lows[j]
        if (texts[j].islower() and lows[j + 1] in _DETERMINERS and low not in _DETERMINERS
                and (verb in _VERB_FORMS or (verb[-1:] == "s" and verb[-2:-1] not in "sui"
                                             and len(verb) > 3) or (verb.endswith("ed") and len(verb) > 4))):
            return True
    return False


def _ideas(toks: _Tokens, sh) -> int:
    """How many ideas beyond the first the sentence's tokens show, as a careful editor reads
    them: clauses (opened by 'which', 'that', 'if', 'because' ..., or a second verb such as 'is',
    'has', 'will' in the sentence; not the 'that' after a verb of reporting at the start: 'The Chair
    advised that ...'), a further verb after 'and', 'but' or 'or' ('... and outlined', '..., and
    many areas now have'), an '-ing' action after a comma, an aside in brackets with a verb, a list
    worth bullets, three figures or more, slashes. 0: one idea, long by its names, titles or details
    ('Yet the financial health of the Pension Fund can exercise an important influence over ...')."""
    lows, texts, n = toks.lows, toks.texts, len(toks)
    extra = bool(sh.listed) + (sh.figures >= 3) + sh.slashes + sh.asides
    that = next((k for k in range(min(n, _REPORTED_WITHIN)) if lows[k] == "that" and k and (
        _verb_like(toks, k - 1) or (k > 1 and lows[k - 2] in _VERB_MARKS and texts[k - 1].isalpha()
                                    and texts[k - 1].islower()))), 0)  # 'was reported that', 'was aware that'
    # the frame's own verb ('It was reported that'): counted among the verbs, not an idea
    framed = any(lows[k] in _VERB_MARKS for k in range(that))
    depth = groups = subordinate = items = 0
    verb = False  # a verb seen since the frame, outside brackets
    for k in range(n):
        t = texts[k]
        if t == "(":
            depth += 1
            end = next((j for j in range(k + 1, n) if texts[j] == ")"), n)
            inside = range(k + 1, end)
            if sum(toks.word[j] for j in inside) >= 4 and any(_verb_like(toks, j) for j in inside):
                extra += 1  # '(some families may have been receiving support ...)'
            continue
        if t == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        low = lows[k]
        if t == ";" and k + 1 < n and any(toks.word[k + 1:]):
            extra += 1  # '...; need for local focus; consultation with the public; and ...'
        elif t == "," and k + 1 < n:
            nxt = lows[k + 1]
            if (texts[k + 1].islower() and toks.word[k + 1] and nxt not in _PREPOSITIONS and nxt not in _DETERMINERS
                    and nxt not in _CONJUNCTIONS and nxt not in _DEPENDENT and nxt not in _PRONOUNS):
                items += 1  # '..., indoor and outdoor sensory spaces, roles for residents ...'
            if verb and _subject_and_verb(toks, k + 1, n, past_commas=False):
                extra += 1  # '... had reduced from 62.4% to 35.6%, Mrs Farmer provided ...'
        if (low in _PRONOUNS and k and toks.word[k - 1] and k + 1 < n and _verb_like(toks, k + 1)
                and not _verb_like(toks, k - 1) and lows[k - 1] != "that"
                and not any(lows[k - 1] in group for group in (_JOINS, _DEPENDENT, _PREPOSITIONS, _SUBORDINATORS))):
            extra += 1  # a sentence run on with no stop: '... in April 2025 she queried how old ...'
        if k > that and _verb_like(toks, k):
            verb = True
        if low in _VERB_MARKS and not (k and (lows[k - 1] in _VERB_MARKS or lows[k - 1] == "not" or lows[k - 1] == "to")):
            groups += 1  # a verb of its own: 'is', 'has been', 'will need'
        elif low in _SUBORDINATORS and k + 1 < n and not _is_figure(texts[k + 1]):
            subordinate += 1  # 'If we compare ...', 'Since the principles were ...'
        if low in _JOINS and k + 1 < n:
            nxt = k + 1 + (texts[k + 1] == ",")
            if nxt < n and _verb_like(toks, nxt) and nxt + 1 < n and (
                    lows[nxt + 1] in _DETERMINERS or lows[nxt + 1] in _PREPOSITIONS or lows[nxt + 1] == "that"
                    or lows[nxt] in _VERB_MARKS):
                extra += 1  # '... and outlined to the Committee', '... and is led by'
                continue
            for j in range(k + 1, min(n, k + 1 + _ANOTHER_VERB_WITHIN)):
                if texts[j] in _PART_ENDS or texts[j] == "(" or lows[j] in _JOINS:
                    break
                if lows[j] in _VERB_MARKS:
                    extra += 1  # '..., and many local areas now have ...', '... and have a clear ...'
                    break
            else:
                if low == "and" and texts[k - 1] == "," and _clause_after_and(toks, k + 1):
                    extra += 1  # '..., and landfill provides a ...'
        elif (t == "," and k + 1 < n and k > 2 and lows[k + 1].endswith("ing") and len(lows[k + 1]) > 5
              and texts[k + 1].islower()):
            extra += 1  # '..., bringing together 75 members ...'
    clauses = max(len(sh.links) - bool(that and "that" in sh.links), groups - 1 - framed, subordinate)
    return max(extra + clauses + (items >= 3) + (_predicates(toks) >= 2) + (_markers(toks) >= 2), 0)


_LIST_MARKERS = word_set("sentence-words.toml", "list-markers")  # 'ii', 'b', '3' before ')'
_BEFORE_MARKER = _AND_OR | {":", ",", ";"}


def _markers(toks: _Tokens) -> int:
    """The markers of a numbered list run into the sentence ('... four key focus areas: i) Home First,
    ii) ...', '...; and (b) ...'): a numeral or letter closed by a bracket after a colon, a comma, a
    semicolon, 'and' or 'or' (an opening bracket between). Two make a list worth bullets."""
    lows, n = toks.lows, len(toks)
    found = 0
    for k in range(2, n):
        if toks.texts[k] == ")" and lows[k - 1].rstrip("\\") in _LIST_MARKERS:
            b = k - 2 - (toks.texts[k - 2] == "(")
            found += b >= 0 and lows[b] in _BEFORE_MARKER
    return found


def _predicates(toks: _Tokens) -> int:
    """Verbs in -ed after a comma or 'and' once a verb was seen, each with words of its own after
    (not 'by' nor another preposition but 'to'): a run-in list of things done ('The Trust has
    continued to provide ..., supported and developed doctors ..., improved engagement ... and
    continued to ...'). Two or more make a list of actions, more than one idea."""
    lows, texts, n = toks.lows, toks.texts, len(toks)
    seen = False
    found = 0
    for k in range(1, n - 1):
        low = lows[k]
        if (seen and (texts[k - 1] == "," or lows[k - 1] == "and") and len(low) > 4 and low.endswith("ed")
                and texts[k].islower() and toks.word[k + 1] and (lows[k + 1] == "to" or lows[k + 1] not in _PREPOSITIONS)):
            found += 1
        elif not seen and _verb_like(toks, k):
            seen = True
    return found


def _subject_and_verb(toks: _Tokens, k: int, b: int, past_commas: bool = True, sure: bool = False) -> bool:
    """Does a clause with a subject and a verb start at token k (before token b): a subject
    ('we', 'the board', 'Nigel Chapman (Director ...)') and then a verb, before a semicolon,
    a colon or a word that opens a dependent clause ('that', 'which', 'when') and, unless
    ``past_commas``, before a comma? Not where k is a verb whose subject went before ('put
    things right when ...', 'introduced the key strands'), a word that shows no subject ('is',
    'not', 'to') or one that opens a dependent clause. Where ``sure``, a verb known only by its form
    ('support', 'set', 'means') does not count after a preposition: it may be that phrase's noun
    ('..., families and friends through the generous support of ...'); 'that' after a preposition
    ('at that time') and 'be' after 'to' ('to be made') are no end of the clause."""
    while k < b and not toks.word[k]:
        k += 1
    if k >= b:
        return False
    low, text = toks.lows[k], toks.texts[k]
    if low in ("that", "this") and k + 1 < b and toks.lows[k + 1] in _VERB_MARKS:
        return True  # 'that can hide ...': 'that' is the subject
    if (low in _NO_SUBJECT or low in _DEPENDENT or low in _AND_OR or low in _STRONG or _verb_like(toks, k)
            or (low.endswith("ing") and len(low) > 5)):
        return False  # (', and specialist support is given': the comma goes on a list, not a clause)
    if low == "there":
        # 'there is', 'there will also be': existential 'there' is a subject only with its verb just after
        # ('... and there link to wider determinants ...', the writer's 'their', has none: no sentence)
        return any((_verb_like(toks, j) and toks.lows[j] not in _NOT_FINITE) or (
            toks.texts[j].islower() and len(toks.lows[j]) > 3 and toks.lows[j].endswith("s"))
            for j in range(k + 1, min(k + 3, b)))  # 'there needed', 'there remains'; not 'there link
    if low in _PRONOUNS:
        return k + 1 < b and toks.word[k + 1]
    # a bare word in lower case that is no determiner is most often a verb ('put things right',
    # 'listen to'), unless one of the small words that show a verb comes soon ('data on overdue
    # actions will be ...')
    bare = text.islower() and low not in _DETERMINERS
    reach = 6 if bare else 25
    ends = (";", ":") if past_commas else (";", ":", ",")
    depth = seen = 0
    phrase = False  # a preposition since the subject's first word (where ``sure``)
    for j in range(k + 1, b):
        t = toks.texts[j]
        depth = max(0, depth + (t == "(") - (t == ")"))
        if depth or t == ")":
            continue  # 'Nigel Chapman (Corporate Director, Brent Council) added': the bracket is no end
        after = toks.lows[j - 1]
        if sure and ((t == "that" and after in _PREPOSITIONS and after != "in") or (t == "be" and after == "to")):
            seen += 1  # 'at that time', 'to be made': a determiner and an infinitive, the clause goes on
            continue
        phrase = phrase or (sure and toks.lows[j] in _PREPOSITIONS)
        if t in ends or toks.lows[j] in _DEPENDENT:
            return False  # a verb after 'that' or 'which' is the dependent clause's
        if toks.word[j]:
            seen += 1
            if toks.lows[j] == "be":
                return False  # 'the report be approved': a mandative, what was asked for, no statement
            if toks.lows[j] in _VERB_MARKS or (not bare and _verb_like(toks, j)
                                               and not (phrase and toks.lows[j] in _VERB_FORMS)):
                return True
            if seen >= reach:
                return False
    return False


#: words before a verb that has no subject of its own there: the verb is the rest of one before it
#: ('had not been'), or one more verb of the same clause ('that had come in but had not ...')
_JOINED_VERB = word_set("sentence-words.toml", "verb-joiners")
_BETWEEN_VERBS = word_set("sentence-words.toml", "verb-adverbs")  # 'already', 'still': 'had not yet been'


def _verb_goes_on(lows: list, j: int) -> bool:
    """Is the small verb word at j the rest of a verb before it ('had not yet been', 'has already been')
    or one more verb joined to one before with no subject of its own ('that had come in but had not ...'):
    after adverbs, a word that shows a verb, 'not', 'yet', 'and', 'or' or 'but'?"""
    k = j - 1
    while k > 0 and (lows[k] in _BETWEEN_VERBS or (len(lows[k]) > 4 and lows[k].endswith("ly"))):
        k -= 1
    return lows[k] in _VERB_MARKS or lows[k] in _JOINED_VERB


def _stands_alone(toks: _Tokens, a: int, b: int) -> bool:
    """Do tokens a to b read as a sentence of their own? A list item's number ('1.2') left out, a
    part that opens with a clause the rest needs ('While we support ...', 'that support was ...')
    must go on, after a comma, with a subject and a verb ('..., we must recognise ...'); one that
    opens with a phrase ('Following on from ...', 'Added to the amounts ...', 'Ideally,') likewise,
    or have one of the small words that show a verb before its first comma ('Following discussion
    several areas were identified', 'Smoking rates have fallen'); any other part must open with a
    subject and a verb."""
    colon = next((j for j in range(b - 2, a - 1, -1) if toks.texts[j] == ":"), None)
    if colon is not None and toks.lows[colon + 1] in _DEPENDENT:
        # a label, then a clause the rest needs ('Risk 7 Failure to reduce ...: If the Trust fails to
        # ...'): the part is what follows the colon, and that must stand
        return _stands_alone(toks, colon + 1, b)
    k = a
    while k < b and (not toks.word[k] or (k == a and _NUMBERED.match(toks.texts[k]))):
        k += 1
    if k >= b:
        return False
    first = toks.lows[k]
    dependent = first in _DEPENDENT and not (first == "that" and k + 1 < b and toks.lows[k + 1] in _VERB_MARKS)
    opened = (dependent or first in OPENING_WORDS or (len(first) > 5 and first.endswith("ing"))
              or (len(first) > 4 and first.endswith("ed")) or (k + 1 < b and toks.texts[k + 1] == ","))
    if not opened:
        return _subject_and_verb(toks, k, b)
    depth = 0
    marked = False  # a small word that shows a verb before the first comma
    commas = 0
    for j in range(k + 1, b - 1):
        t = toks.texts[j]
        depth = max(0, depth + (t == "(") - (t == ")"))
        if depth:
            continue
        if t == ",":
            commas += 1
            if _subject_and_verb(toks, j + 1, b, past_commas=False):
                return True
        elif not commas and toks.lows[j] in _VERB_MARKS and toks.lows[j] not in _DEPENDENT \
                and toks.lows[j - 1] not in _DEPENDENT and not _verb_goes_on(toks.lows, j):
            # (not the verb of a clause inside the phrase: 'Making the most of what was ...', nor the rest
            # of its verb or one more verb joined to it with no subject of its own: 'With regard to the bids
            # that had been sent in but had not been scored', set YZ re03)
            marked = True
    return marked and not dependent


def _enclosed(toks: _Tokens, i: int) -> bool:
    """Is token i inside a quotation ('... “on a clear statutory footing, but with ...”') or a
    dashed aside ('12 lay partners – patients ... but who are not there ... – together with')?
    A split there cuts someone else's words or the aside in two."""
    texts = toks.texts
    before = texts[:i]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    dashes = [k for k in range(len(texts)) if texts[k] in ("–", "—")]
    return sum(k < i for k in dashes) % 2 == 1 and any(k > i for k in dashes)


_NOT_JUST = word_set("sentence-words.toml", "not-just")  # 'not just', 'not only'


def _not_just_before(lows: list, i: int) -> bool:
    """Does a 'not just' or 'not only' come before the 'but' at token i, with no other 'but' between
    ('not just local, but personalised care')? The 'but' closes that phrase, and 'But personalised
    care ...' would be no sentence."""
    for j in range(i - 2, -1, -1):
        if lows[j] == "but":
            return False
        if lows[j] == "not" and lows[j + 1] in _NOT_JUST:
            return True
    return False


def _opens_short_aside(toks: _Tokens, i: int) -> bool:
    """Does the comma at token i open a short aside closed by the next comma, after which the
    sentence's own verb goes on ('and therefore, it could be argued, was bound to ...', '..., we
    believe, is ...')? Split there, the new sentence would be 'It could be argued, was bound to ...'."""
    close = next((k for k in range(i + 1, len(toks)) if toks.texts[k] in (",", ";", ":", ".")), None)
    if close is None or toks.texts[close] != "," or close + 1 >= len(toks):
        return False
    words = sum(toks.word[i + 1:close])
    nxt = toks.lows[close + 1]
    return 2 <= words <= 5 and nxt in _FINITE and nxt not in _SUBJECT_PRONOUNS


_SUBJECT_PRONOUNS = frozenset({"we", "you", "they", "i", "he", "she", "it"})


def _first_part_stands(toks: _Tokens, i: int) -> bool:
    """Is the part before the conjunction at token i a sentence once split there? Where a ', which
    ...,' clause is taken out of the middle, what is left around it is ('Following the
    consultation, which ran for twelve weeks ..., officers have revised ...': 'Following the
    consultation, officers have revised ...')."""
    if _stands_alone(toks, 0, i):
        return True
    if toks.lows[i] not in _AFTER_COMMA_ONLY or toks.lows[i] == "so":
        return False
    close = next((k for k in range(i + 1, len(toks)) if toks.texts[k] == ","), None)
    return close is not None and _subject_and_verb(toks, close + 1, len(toks))


def _second_part_stands(toks: _Tokens, i: int) -> bool:
    """Is the part from the conjunction at token i on a sentence once split there: 'But the
    board ...', 'However, there needed ...' (the conjunction kept), or ', which limits their
    ability ...' made 'This limits ...' (a verb just after the relative word)?"""
    n = len(toks)
    low = toks.lows[i]
    if low in _AFTER_COMMA_ONLY and low != "so":
        # 'which limits ...', 'who presented ...', 'which basically is ...': a verb in the past, in -s
        # or a small word that shows one, with the relative word its subject
        if i + 1 < n and toks.lows[i + 1] in _PRONOUNS:
            return False  # '..., which it is the duty of the council to implement': 'which' is the object
        for j in range(i + 1, min(i + 4, n)):
            if toks.texts[j] in _PART_ENDS:
                return False
            if _verb_like(toks, j) or (toks.texts[j].islower() and toks.lows[j].endswith("s") and len(toks.lows[j]) > 3):
                return True
        return False
    k = i + 1
    if k < n and toks.texts[k] == ",":
        k += 1  # 'however, ...'
        if low == "however" and k < n and toks.lows[k] in _DEPENDENT and toks.texts[i - 1] == ",":
            # ('It was agreed, however, that the fee should ...'): 'however' set off by commas inside a
            # clause whose 'that' (or 'whether', 'if' ...) part hangs on the verb before it; split there,
            # 'However, that the fee should ...' is no sentence
            return False
    return _stands_alone(toks, k, n)


# words that open a clause hanging on the words before it: a clause after 'and', 'or' or 'but' later in
# the same part may belong to it ('to ensure that X and Y', 'unless X or Y', 'asked whether X but Y')
_HANGING = word_set("sentence-words.toml", "hanging-openers")


# a condition, a time, a place or a reason ('if', 'when', 'because' ...) governs every clause joined on after
# it, commas or none: 'We will refer you if you find it hard to manage your bills, your health or your home and
# you have nobody to help' ('And you have nobody to help.' drops the 'if': set N re28); 'If the grant is paid,
# we will hire staff and we will open a hub' ('And we will open a hub.' states as fact what was a condition)
_GOVERNING = word_set("sentence-words.toml", "governing-openers")


def _inside_dependent(toks: _Tokens, a: int, i: int) -> bool:
    """Does a clause that hangs on the words before it open between token a and the conjunction at
    token i, in the same part (no semicolon or colon between) and, but for 'that', 'whether' and the words
    of a condition, time, place or reason ('if', 'when', 'because': _GOVERNING), with no comma between it
    and the conjunction: 'that' before a subject ('ensure that a
    distinction remained ... and they didn't ...', 'require that the report ...'), 'unless', 'if',
    'whether', 'because' ...? Then the words after the conjunction may be part of that clause, and
    made a sentence of their own they would say as fact what was hoped, asked for or a condition."""
    comma = False
    for k in range(i - 1, a - 1, -1):
        t = toks.lows[k]
        if t in (";", ":"):
            return False
        comma = comma or t == ","
        if comma and t not in ("that", "whether") and t not in _GOVERNING:
            continue  # '... people who are recruited at random, and this is done ...': the comma ended the
            # relative clause (not 'agreed that, in the year ahead, X and Y')
        if t in _HANGING and k + 1 < i and toks.word[k + 1] and not _is_figure(toks.texts[k + 1]):
            if t != "that" or toks.lows[k + 1] in _SUBJECT_STARTS or toks.lows[k + 1] in _DETERMINERS \
                    or toks.texts[k + 1][:1].isupper() or (
                        toks.lows[k + 1] not in _VERB_MARKS and not _verb_like(toks, k + 1)
                        and any(toks.lows[j] in _VERB_MARKS for j in range(k + 2, min(k + 5, i)))):
                return True  # (and 'that charging points could ...': a subject of bare nouns, then its verb)
    return False


def _opening_words(toks: _Tokens) -> int:
    """The words before the main clause, where the sentence opens with a phrase ('Following the
    receipt of a Notice ..., from Councillor ... calling in ..., a meeting of the Committee has been
    convened'): up to the first comma after which a subject and a verb start, with no verb in the
    words before it; 0 where there is none for certain ('Planning with People sets out the
    responsibilities ...': 'sets' is the verb, 'Planning with People' the subject)."""
    n = len(toks)
    first = next((k for k in range(n) if toks.word[k]), None)
    if first is None:
        return 0
    comma = False
    for c in range(first + 1, n):
        t = toks.texts[c]
        if t in (";", ":"):
            return 0
        if (not comma and toks.word[c] and c > first + 1
                and (toks.lows[c] in _VERB_MARKS or toks.lows[c] in _VERB_FORMS)):
            return 0  # a verb before the first comma: the opening words may be the subject
        if t == ",":
            if not comma and _names_list_comma(toks, c):
                # inside a list of names with capitals, which ends no opening: read on to the verb or the
                # comma after the list ('... within Finance, Transport and Public Health have ...': the words
                # before the verb are the subject, set AA re01)
                continue
            comma = True
            if _subject_and_verb(toks, c + 1, n, past_commas=False, sure=True) or _gerund_subject(toks, c + 1, n):
                return sum(toks.word[:c])
    return 0


def _names_list_comma(toks: _Tokens, c: int) -> bool:
    """Is the comma at token c inside a list of names with capitals ('the Health Team within Development,
    Transport and Public Protection have ...'): a word with a capital before it (not the first word), and
    after it only words with capitals up to an 'and' or '&' and then more words with a capital? Such a
    comma ends no opening phrase: the words before it may be the sentence's subject."""
    if c < 2 or not toks.texts[c - 1][:1].isupper():
        return False
    joined = False
    for j in range(c + 1, len(toks)):
        t = toks.texts[j]
        if t in ("and", "&"):
            joined = True
        elif t[:1].isupper() and toks.word[j]:
            if joined:
                return True
        else:
            return False
    return False


def _gerund_subject(toks: _Tokens, k: int, b: int) -> bool:
    """Does a clause with an -ing word as its subject start at token k: the -ing word in lower case,
    then within seven words, before a comma, one of the small words that show a verb or a verb's form
    ('introducing micro firms with the phased transition is a less costly outcome')?"""
    low = toks.lows[k] if k < b else ""
    if not (len(low) > 5 and low.endswith("ing") and toks.texts[k].islower()):
        return False
    for j in range(k + 1, min(k + 8, b)):
        if toks.texts[j] in (",", ";", ":") or toks.lows[j] in _DEPENDENT:
            return False
        if toks.lows[j] in _VERB_MARKS or toks.lows[j] in _VERB_FORMS:
            return True
    return False


def _reported_chain_after(toks: _Tokens, i: int) -> bool:
    """Is what is said after a verb of saying before token i ('It was confirmed that ...', 'The Chair
    noted that ...') carried on after it by a 'that' clause of its own, joined by 'and' or 'or' ('...,
    and that there continued ...', '... or that the service ...'), outside brackets? Split at token i,
    that clause would lose the verb it hangs on."""
    lows, n = toks.lows, len(toks)
    if not any(lows[k] == "that" and _verb_like(toks, k - 1) for k in range(1, i)):
        return False
    inside = inside_brackets(toks.texts)
    return any(lows[j] in _AND_OR and lows[j + 1] == "that" and not inside[j]
               and (lows[j + 2] in _SUBJECT_STARTS or lows[j + 2] in _DETERMINERS)
               for j in range(i + 1, n - 2))


#: a person as the subject after 'but' ('She noted that X, but she was able to ...'): what that person did
#: next, not part of the view reported, so the split stays
_PERSONAL = word_set("sentence-words.toml", "personal-subjects")
#: verbs that report a view before 'that' ('expressed that', 'advised that', 'noted that')
_REPORTING = word_set("sentence-words.toml", "reporting-verbs")


#: nouns that name a view before 'that' ('of the view that', 'Concern was raised that', 'The feeling was that')
_VIEW_NOUNS = word_set("sentence-words.toml", "view-nouns")
#: verbs that take what was thought or said with no 'that' ('One member felt the plan had been rushed')
_BARE_REPORTING = word_set("sentence-words.toml", "bare-reporting-verbs")
#: 'was' in 'The view of the panel was that ...'
_VIEW_VERBS = word_set("sentence-words.toml", "view-links")


def _reported_before(toks: _Tokens, i: int) -> bool:
    """Does a view reported come before token i in the same part (no semicolon or colon between)? A verb
    that reports a view, then 'that' ('The view was expressed that the plan is bold, but there is ...',
    'Members were advised that ...'); a noun that names a view, then 'that' ('Some were of the view that
    ...', 'Concern was raised that ...'), or then 'was that' ('The view of the panel was that ...'); or a
    verb of thinking or saying with its clause straight after it ('One member felt the scheme had been
    rushed, but ...'). The words after a 'but' or 'however' at i may still be the view reported."""
    lows = toks.lows
    for k in range(i - 1, 0, -1):
        t = lows[k]
        if t in (";", ":"):
            return False
        if t == "that":
            before = lows[k - 1]
            if before in _REPORTING or before in _VIEW_NOUNS:
                return True
            if before in _VIEW_VERBS and any(lows[j] in _VIEW_NOUNS for j in range(max(0, k - 7), k - 1)):
                return True  # 'The view of the panel was that ...'
        elif (t in _BARE_REPORTING and k + 1 < i and lows[k + 1] != "to"
              and _subject_and_verb(toks, k + 1, i, past_commas=False, sure=True)):
            return True  # 'felt the scheme had been rushed': what was felt, a clause with no 'that'
    return False


def _split_candidates(texts: list, lows: list, first_ok: int, last_ok: int) -> list:
    """The places from first_ok to last_ok where :func:`_split_points` weighs a split: a joining
    word (``_CONJUNCTIONS``) not inside brackets ('(weekly, but not every week)': the '(' before
    it more than the ')'). The joining words are picked out in C, not by a Python step a token,
    and the depth at each is counted from the one before; with no '(' it is never above 0
    (tests/test_speed_shortcuts_split_points.py walks every token and compares)."""
    found = list(compress(range(first_ok, last_ok + 1),
                          map(_CONJUNCTIONS.__contains__, islice(lows, first_ok, last_ok + 1))))
    if not found or "(" not in texts:
        return found
    out = []
    depth = at = 0
    for i in found:
        passed = texts[at:i]
        depth += passed.count("(") - passed.count(")")
        at = i
        if depth <= 0:
            out.append(i)
    return out


def _split_points(toks: _Tokens) -> list[tuple[float, int]]:
    """(score, token index) of every sensible place to start a new sentence."""
    n = len(toks)
    words = list(compress(range(n), toks.word))
    if len(words) < 8:
        return []
    first_ok, last_ok = max(words[3], _after_opening(toks)), words[-4]
    if first_ok > last_ok:
        return []
    texts, lows = toks.texts, toks.lows
    out = []
    for i in _split_candidates(texts, lows, first_ok, last_ok):
        low = lows[i]
        prev = texts[i - 1]
        nxt = texts[i + 1] if i + 1 < n else None
        if nxt is None or lows[i + 1] in _NO_SUBJECT:
            continue  # 'but is receiving', 'and should continue': no subject for a new sentence
        after_comma = prev in _COMMA_LIKE
        # 'and that a report will ...' goes on the 'agreed that' before it: 'And that a report
        # will ...' is no sentence; 'or those who ...' is one more item
        starts_clause = lows[i + 1] in _SUBJECT_STARTS and lows[i + 1] not in ("that", "those")
        if low in _STRONG:
            if low == "but" and not (lows[i + 1] in _AFTER_BUT or texts[i + 1][:1].isupper()
                                     or _verb_soon(toks, i + 2)):
                continue  # 'but focusses on the areas ...': its subject went before ('But focusses' is no sentence)
            if low == "but" and lows[i + 1] == "that" and (i + 2 >= n or lows[i + 2] not in _FINITE):
                continue  # 'added that ..., but that support was not ...': 'But that support ...' is no sentence
            if low == "but" and _past_verb_at(toks, i + 1):
                continue  # 'but noted that these ...', 'but agreed to': a verb whose subject went before
            if low == "but" and _not_just_before(lows, i):
                continue  # 'not just local, but personalised care': one 'not just X but Y' phrase
            score = 2.0
        elif low in _AFTER_COMMA_ONLY:
            if prev != ",":
                continue  # the advice names the comma: never after a bracket or a dash ('report (Agenda
                # Item 4) which sought ...' has none, and 'Which sought ...' would be a fragment)
            if low == "so" and i + 1 < n and (lows[i + 1] in ("that", "as") or (
                    i + 2 < n and lows[i + 1] in ("long", "far") and lows[i + 2] == "as")):
                continue  # ', so that at least 75% ...': a purpose, not a sentence of its own
            if i >= 2 and lows[i - 2] in _AND_OR and lows[i] in _DEPENDENT:
                continue  # '... acts which are illegal, contrary to policy or, which put ...': after 'or,' the
                # clause is one more item joined to the one before ('Which put ...' would be a fragment)
            if _after_short_aside(texts, toks.word, i - 1):
                continue  # '... is to decide, objectively, who meets the criteria': the word after a short
                # aside is the verb's object ('Who meets the criteria.' is no sentence)
            close = next((k for k in range(i + 1, n) if texts[k] == ","), None)
            if close is not None and sum(toks.word[i:close]) < 8:
                continue  # a short aside ('..., which officers will write, will come back'): no sentence
            if _in_wh_series(texts, lows, i - 1, n if close is None else close):
                continue  # '..., which parts are working, which are not, and what should change': items of a list
            if close is not None and close + 1 < n and lows[close + 1] in _NO_SUBJECT:
                continue  # '... did not oblige the landlords, who needed to improve ..., to join and ...': the
                # clause is an aside and the sentence goes on after it; split at 'who', 'to join' would go with
                # the new sentence (set HH, unseen)
            if (low != "so" and close is not None and close + 1 < n and sum(toks.word[close:]) >= 3
                    and (lows[close + 1] in _PREPOSITIONS or lows[close + 1] in _FINITE)):
                continue  # '... the work of the review team, which formed part of the audit service, in the
                # checks of ...': an aside in the middle, and the sentence resumes after its closing comma with
                # a phrase or a verb of the main clause; split at 'which', that would hang on the aside's
                # words in the new sentence (set GH re42 wrong); not ', so ...': no aside, its clause runs on
                # to the end ('..., so X will help ..., in addition to ...')
            if _main_verb_resumes(toks, i + 1):
                continue  # '... drew attention to the report, which stated that ..., and asked for comment': the
                # tail's verb has the main clause's subject; split at 'which', it would take the clause's (set HH re04)
            score = 1.5
        elif low in _AND_OR:
            if not starts_clause:
                continue  # ', and young people', ', or the young person': one list, not two sentences
            if lows[i - 1] in _PERSONAL and toks.word[i - 1]:
                continue  # 'any needs he or she may have', 'they and we agree': two subjects of one verb, not a
                # clause joined (set CD)
            if low == "or" and ("either" in lows[:i] or "whether" in lows[:i]):
                continue  # 'would either be detained ... or they could go home': one choice, not two sentences
            if prev == ",":
                close = next((k for k in range(i + 1, n) if texts[k] == ","), None)
                if close is not None and close + 1 < n and lows[close + 1] == "that" and sum(toks.word[i:close]) < 8:
                    continue  # 'Mrs Holt proposed, and it was agreed, that ...': a short aside between two verbs
                    # and their one 'that' clause; split at 'and', 'And it was agreed, that ...' is no sentence
            score = 1.0
        else:
            continue
        if _enclosed(toks, i) or not _first_part_stands(toks, i) or not _second_part_stands(toks, i):
            continue  # a part would be a fragment ('While we support ... .', 'But who are not there ...')
        if (low not in _AFTER_COMMA_ONLY and low != "however" and not (low == "but" and after_comma)
                and _inside_dependent(toks, 0, i)):
            continue  # '... keen to ensure that a distinction remained and they didn't conflict': the
            # second part may be what was to be ensured, not a statement of fact ('however' and ', but'
            # set a contrast against all that went before: 'The study showed that ..., but it was not ...')
        if low in _STRONG and _reported_before(toks, i) and lows[i + 1] not in _PERSONAL:
            continue  # 'The view was expressed that X, but there is some bias ...', 'Concern was raised that
            # X, however Y ...': the 'but' or 'however' part may be the view too; as a sentence of its own it
            # would state it as fact
        if _reported_chain_after(toks, i):
            continue  # 'It was confirmed that ..., but ..., and that there continued ...': the 'and that'
            # clause hangs on 'confirmed' before the split; after it, it would have no verb to hang on
        if after_comma:
            score += 1
        if starts_clause:
            score += 0.5
        score -= abs(i - n / 2) / n * 3  # near the middle is best
        out.append((score, i))
    out.sort(key=lambda x: -x[0])
    return out


#: the first words of a report template's prompts ('Summary of ...', 'Reasons for ...')
_PROMPT_HEADS = word_set("sentence-words.toml", "prompt-heads")


def _prompt_heading(toks: _Tokens, text: str) -> bool:
    """Is the sentence a report template's prompt, a heading with no verb: no mark at its end, its first word
    a prompt's noun with a capital (_PROMPT_HEADS; not a budget line's 'Removal of ...') then 'of' or 'for' ('Summary of the
    main financial implications ...', 'Details of any consultation carried out with ...', 'Reasons for the
    recommendation and any options that were rejected ...'), and no finite verb before a word that opens a
    clause on its noun? (A bullet's noun phrase is a list item, read by list_item_unit.)"""
    if text.rstrip()[-1:] in (".", "!", "?", ":", ";", ",", ")", "”", "’", '"'):
        return False
    words = [j for j in range(len(toks)) if toks.word[j]]
    if len(words) < 8:
        return False
    first, low = words[0], toks.lows[words[0]]
    t = toks.texts[first]
    if not (t[:1].isupper() and t[1:].islower()) or low not in _PROMPT_HEADS or toks.lows[words[1]] not in ("of", "for"):
        return False
    for j in words:
        low = toks.lows[j]
        if low in _DEPENDENT:
            return True  # its only verbs are in a clause on its noun ('... options that were rejected')
        if (low in _VERB_MARKS and low not in _NOT_FINITE) or (j > words[1] and low in _VERB_FORMS and low.endswith("s")
                                                              and toks.lows[j - 1] not in _DETERMINERS):
            return False
    return True


def _finite_outside_brackets(toks: _Tokens) -> bool:
    """Has the sentence a finite verb outside brackets, as far as its words show: one of the small
    words that show one (not 'be' or 'been'), a verb form not in -ed ('said', 'sets') but after a
    determiner, or a word in lower case ending in -ed? (Sure of no verb only where none is there.)"""
    depth = 0
    for j, t in enumerate(toks.texts):
        depth = max(0, depth + (t == "(") - (t == ")"))
        if depth or not toks.word[j]:
            continue
        low = toks.lows[j]
        if (low in _FINITE and low not in _NOT_FINITE) or (low in _VERB_FORMS and not (
                j and toks.lows[j - 1] in _DETERMINERS)) or (len(low) > 4 and low.endswith("ed") and t.islower()):
            return True  # (not 'the need to': a noun after a determiner)
    return False


def _clause_only_in_brackets(toks: _Tokens) -> bool:
    """A noun phrase whose only clause is in brackets ('The Council's liability in relation to injuries
    and assurances (that it had sufficient insurance ...) and in relation to ...'): no finite verb outside
    the brackets, one of the small words that show a verb inside them, and after each closing bracket
    punctuation, 'and', 'or' or a preposition, never a word that could be the verb of what went before
    ('Local authorities (that have ...) introduce ...')."""
    if "(" not in toks.texts or _finite_outside_brackets(toks):
        return False
    words = [j for j in range(len(toks)) if toks.word[j]]
    if (len(words) >= 2 and toks.texts[words[0]][:1].isupper() and toks.lows[words[0]] not in _DETERMINERS
            and toks.lows[words[1]] in _DETERMINERS):
        return False  # 'Identify people aged 40 ...', 'Provide the ...': an instruction, a sentence
    depth, inside = 0, False
    for j, t in enumerate(toks.texts):
        depth = max(0, depth + (t == "(") - (t == ")"))
        if depth and toks.lows[j] in _FINITE and toks.lows[j] not in _NOT_FINITE:
            inside = True
        if t == ")" and j + 1 < len(toks) and toks.word[j + 1] and toks.lows[j + 1] not in _AND_OR \
                and toks.lows[j + 1] not in _PREPOSITIONS:
            return False
    return inside


_CRITERIA_HEADINGS = word_set("sentence-words.toml", "criteria-headings")  # 'Criteria for review', 'Eligibility'
# how an item of a list that is one sentence with its lead-in ends: '...;', '...; and', '...; or', '...,'
_ITEM_CLOSE = re.compile(r"(?:;\s*(?:and|or)?|,)\s*$")
_COLON_ENDS = (":", ":-", ":–")
# the words a lead-in may end with before its colon that its items complete ('we welcome the:', 'in order to:')
_RUNS_ON = word_set("sentence-words.toml", "runs-on")


#: a paragraph's or section's number in a report ('1.2', '4.10.3', 'b.3', '8.2.'): no word of the sentence
_PARAGRAPH_NUMBER = re.compile(r"(?:[0-9]{1,2}(?:\.[0-9]{1,3}){1,3}|[A-Za-z]\.[0-9]{1,2}(?:\.[0-9]{1,2})?)\.?")


def leading_number(text: str) -> int:
    """1 where the sentence opens with a paragraph's number before a word with a capital ('1.2 This chapter
    applies ...', 'b.3 The service ...'), else 0: numbering, not a word a reader reads (set IJ re22: 41 words
    for a sentence of 40, over the line). A figure before a word in lower case ('2.5 million people') is one."""
    first, _, rest = text.lstrip().partition(" ")
    return int(rest[:1].isupper() and _PARAGRAPH_NUMBER.fullmatch(first) is not None)


def _item_closed(text: str) -> bool:
    """Does the unit end as an item of a list read as one sentence ('...;', '...; and', '...; or', '...,')?"""
    return bool(_ITEM_CLOSE.search(text))


def list_item_unit(analysed, bi: int, toks: _Tokens) -> bool:
    """Is the unit an item of a list that is not a sentence of its own, so that splitting it into
    sentences or moving an aside out would break the list (set BB re47, re50)? Block bi is a list item
    (not itself a lead-in ending with a colon), and:

    * it is closed as one item of a list read as one sentence ('...;', '...; and', '...; or', '...,')
      under a lead-in ending with a colon or beside another item so closed ('we welcome the:' /
      'Commitment by the government to ...; and');
    * or it completes a lead-in ending with a colon: it opens in lower case ('The panel noted that:' /
      'the draft was approved ...'), or it is no sentence of its own (nor a verb and a full stop) and the
      lead-in ends with a word that runs on ('we welcome the:' / 'Opportunity for ...');
    * or it stands right under a heading of criteria or conditions and is no sentence of its own
      ('Criteria for review' / 'All patients with ..., who were ..., or who had been ...': the commas part
      alternatives, not an aside);
    * or it is a noun phrase: no finite verb outside brackets, no subject and verb found, not an
      instruction, and no full stop at its end ('Better joint working between ...').

    The lead-in is the block before the run of list items, or an item of the run ending with a colon. A
    bullet that opens with a capital and has its subject and verb ('The team will write to ..., and the
    advisers will then call ...') keeps its advice, after a colon or not: it can be split as any sentence
    can, each part a sentence a reader reads."""
    blocks, whole = analysed.blocks, analysed.document.text
    if blocks[bi].kind != "list-item":
        return False

    def text(k: int) -> str:
        return whole[blocks[k].start:blocks[k].end].rstrip()

    own = text(bi)
    if own.endswith(_COLON_ENDS):
        return False  # a lead-in of its own ('Reasonable steps may include:'): a sentence
    k = bi - 1
    while k >= 0 and blocks[k].kind == "list-item" and not text(k).endswith(_COLON_ENDS):
        k -= 1
    lead = text(k) if k >= 0 else ""
    colon = lead.endswith(_COLON_ENDS)
    words = [j for j in range(len(toks)) if toks.word[j]]
    if not words:
        return False
    first = toks.texts[words[0]]
    if colon and first[:1].islower():
        return True
    said = toks.span.text.rstrip()
    if said.rstrip(")”’\"' ").endswith((".", "!", "?")) and not own.endswith(said):
        return False  # one of several sentences of a bullet ('f) It was likely that ... . This was ...;'): a sentence
    if _item_closed(own) and (colon or any(0 <= j < len(blocks) and blocks[j].kind == "list-item"
                                            and _item_closed(text(j)) for j in (bi - 1, bi + 1))):
        return True
    if (len(words) >= 2 and first[:1].isupper() and toks.lows[words[0]] not in _DETERMINERS
            and toks.lows[words[1]] in _DETERMINERS):
        return False  # an instruction: 'Work with the ...', 'Provide the ...'
    sentence = _stands_alone(toks, 0, len(toks)) and not _clause_only_in_brackets(toks)
    stopped = own.rstrip(")”’\"' ").endswith((".", "!", "?"))
    finite = _finite_outside_brackets(toks)
    if (colon and not sentence and not (stopped and finite)
            and (lead.rstrip(":-– ").rsplit(None, 1) or [""])[-1].lower() in _RUNS_ON):
        return True  # (not a sentence with its verb and full stop that a lead-in of the run only seems to govern)
    h = k
    while h >= 0 and blocks[h].kind == "list-item":
        h -= 1  # the block before the whole run of items (a lead-in item ending with a colon passed over)
    if h >= 0 and blocks[h].kind == "heading" and set(re.findall(r"[a-z]+", text(h).lower())) & _CRITERIA_HEADINGS:
        return not sentence
    # a noun phrase ('Better joint working between ...'), not a sentence whose verb the small words miss
    # ('The programme aims to ... .', '(A child who ... means a child ... .)'): no full stop at its end
    return not sentence and not finite and not stopped


_DECIDED_VERBS = frozenset(w for w in word_set("sentence-words.toml", "decision-verbs") if w.endswith("ed"))
# the label of a decision's own section in published minutes and decision notices
_DECISION_LABEL = re.compile(r"(?:decisions?(?: made| taken)?|resolved|resolutions?)\s*[:.–-]?", re.I)
# a body as a decision's subject: 'The Cabinet', 'The Health and Wellbeing Board', 'Cabinet'
_BODY_DECIDED = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for)\s+)?){1,6}([a-z]+)\b")


def _decision_under_label(analysed, bi: int, text: str) -> bool:
    """Is the sentence a body's decision, in the past, under a label that says it is the decision
    ('Decision:', 'RESOLVED:', 'Decisions'), the block before its own: 'The Cabinet supported the
    establishment of ...' (set W re37)? The recorded decision, worded as it was made; not the same
    words in an account of the meeting, where a reader may want them split."""
    if bi < 1:
        return False
    m = _BODY_DECIDED.match(text)
    if not m or m.group(1) not in _DECIDED_VERBS:
        return False
    prev = analysed.blocks[bi - 1]
    return bool(_DECISION_LABEL.fullmatch(analysed.document.text[prev.start:prev.end].strip()))


# a paragraph of minutes that records a vote carrying the wording that follows it ('The recommendation was
# moved, seconded, put to the vote and carried.', 'The amendment was agreed.', 'It was RESOLVED:'), or the
# lead-in of the decision as made ('It was agreed:', 'The Board decided that:'); not a motion's own lead-in in the
# present ('Council resolves to:', 'This council agrees to:'): a motion as put, which its movers can still
# word more plainly (set ST re46, both readers useful on its long points)
_CARRIED = re.compile(r"(?i)\b(?:(?:put to the vote|voted on) and (?:carried|agreed|lost|declared (?:to be )?carried)|(?:recommendations?|motion|amendment)s? "
                      r"(?:\w+ )?(?:was|were) (?:\w+ )?(?:carried|agreed|approved|adopted)|resolved|"
                      r"(?:agreed|decided)(?: that| to)?\s*[:–-])\W*$")


def recorded_resolution(analysed, bi: int) -> bool:
    """Is block ``bi`` the wording of a resolution as minutes record it: a point of a list (a list item,
    a paragraph numbered '1.' or '(a)', or one opening 'That' or 'To') in the run of points straight
    after the decision's label ('RESOLVED', 'Decision:', a heading or a paragraph), after the decision's
    lead-in as made ('It was agreed:'), or after the paragraph recording the vote that carried it
    ('... put to the vote and carried.')? Its words were voted on: the clerk cannot reword them (set ST
    re05, re14, both readers). Points under a list's other lead-in ('Comments raised were as follows:')
    are the meeting's account, though a heading far above says 'Decisions'. Lead-ins of the resolution's
    parts between the label and the points ('That:-', 'That council assembly believes:', 'RECOMMENDED TO
    COUNCIL:') are passed over, up to three (set WX re01, re24)."""
    blocks = analysed.blocks
    block = blocks[bi]
    if block.kind == "heading":
        return False
    text = analysed.block_texts[bi]
    if block.kind != "list-item" and not _NUMBERED_POINT.match(text) and not text.lstrip().startswith(("That ", "To ")):
        return False
    j = bi - 1
    for _ in range(4):  # (at most three lead-ins of a resolution's parts passed over)
        while j >= 0 and (blocks[j].kind == "list-item" or _NUMBERED_POINT.match(analysed.block_texts[j])
                          or not analysed.block_texts[j].strip()):
            j -= 1  # back past the points before this one, to what leads into them
        if j < 0:
            return False
        lead = analysed.block_texts[j].strip()
        if _DECISION_LABEL.fullmatch(lead):
            return True
        if not _PART_LEAD.fullmatch(lead):
            break
        # a lead-in of the resolution's parts ('That:-', 'That council assembly notes:', 'RECOMMENDED TO
        # COUNCIL:'): the points under it are the resolution's only where what leads into it is a decision's
        # label or the vote that carried it, further back (set WX re01, re24); a motion as put is not
        j -= 1
    return j >= 0 and blocks[j].kind != "heading" and bool(_CARRIED.search(lead[-160:]))


# the lead-in of a resolution's parts, between its label and its points ('That:-', 'That the Cabinet:', 'That council
# assembly believes:', 'RECOMMENDED TO COUNCIL:'): short, closed by a colon
_PART_LEAD = re.compile(r"(?:That(?: [\w’'-]+){0,5}|RECOMMENDED(?: TO [A-Z]+)?|Recommended(?: to \w+)?)\s*:\s*-?")
# a point numbered as text ('1. To continue ...', '(a) That ...'): a list item the text format keeps as a paragraph
_NUMBERED_POINT = re.compile(r"\s*(?:\(?[0-9]{1,2}[.)]|\([a-z]\))\s")


_EXAMPLE_LEADS = word_set("sentence-words.toml", "example-leads")  # 'for example', 'such as'


def _examples_in(toks: _Tokens, a: int, b: int) -> bool:
    """Do tokens a to b lead into examples outside brackets ('for example walking', 'such as
    libraries', 'e.g. a walk')? A semicolon after them goes on with one more example."""
    depth = 0
    for j in range(a, b):
        t = toks.texts[j]
        depth = max(0, depth + (t == "(") - (t == ")"))
        low = toks.lows[j]
        if not depth and low in _EXAMPLE_LEADS and (low != "such" or (j + 1 < b and toks.lows[j + 1] == "as")):
            return True
    return False


def _lead_in_semicolon(toks: _Tokens, semis: list) -> int:
    """1 when the part before the first semicolon is no item but the list's lead-in, cut short
    ('... a plan that would; keep its reserves; ...': it ends with a word that runs on), else 0:
    the count of things listed leaves it out (set UV re05 counted 5 for 4)."""
    return int(bool(semis) and semis[0] > 0 and toks.lows[semis[0] - 1] in _LEAD_IN_ENDS)


#: the words a lead-in to a list ends with, with no item yet ('that would;', 'to;', 'includes;')
_LEAD_IN_ENDS = word_set("sentence-words.toml", "runs-on") | {"include", "includes", "including"}


def _phrase_item(toks: _Tokens, k: int, b: int) -> bool:
    """Does the part from token k to b open with an -ing word in lower case that is not its subject
    ('swimming at the pool, as many would ...', 'running walks in the parks'): one more item of a
    list, not a sentence ('swimming keeps people well' has the -ing word as its subject)?"""
    while k < b and not toks.word[k]:
        k += 1
    return k < b and toks.texts[k].islower() and len(toks.lows[k]) > 5 and toks.lows[k].endswith("ing") \
        and not _gerund_subject(toks, k, b)


#: adverbs that link a clause to the one before, set between commas where a sentence runs on
#: ('..., however, there are ...'): a new sentence opens with them
_LINK_ADVERBS = word_set("sentence-words.toml", "link-adverbs")


def split_hint(span, texts: Optional[list] = None, reasons: Optional[list] = None,
               toks: Optional[_Tokens] = None, sh=None) -> str:
    """Where to split a long sentence (a Span; ``texts``: its tokens' texts, when the caller
    has them; ``toks``: the same read once into a _Tokens, when the caller has that): at a
    semicolon, into a list, or at a conjunction. Where there is no clean place, what to do about
    what makes it hard (``reasons``, from :func:`sentence_shape.hard_reasons`), else the general advice.
    ``sh``: the sentence's shape made from the same ``toks``, whose list (``Shape.items``, ``examples``)
    is the one read here, so not read again (tests/test_speed_shortcuts_speed2.py)."""
    if toks is None:
        toks = _Tokens(span, [t.text for t in span] if texts is None else texts)
    texts = toks.texts
    semis = [i for i, t in enumerate(texts) if t == ";"]
    if semis and ":" in texts and texts.index(":") < semis[0]:
        # a list after a colon, its items separated by semicolons: never split at one of them (three
        # items are a list where the last opens with 'and' or 'or': 'three aims: X; Y; and Z')
        if len(semis) >= 3 or (len(semis) == 2 and semis[-1] + 1 < len(toks) and toks.lows[semis[-1] + 1] in _AND_OR):
            return (f"It lists {len(semis) + 1} things after the colon, separated by semicolons: make them a "
                    "bulleted list.")
        semis = []
    if _markers(toks) >= 2:
        # a numbered list run into the sentence ('... revised to include:- (i) ...; (ii) ...; and (iii) ...'):
        # its items are a list, not sentences to split (set N re24)
        return "It lists items marked by number or letter: make them a bulleted list."
    if sh is not None and sh.lead_items and sh.clauses >= 3:
        # a list after 'include(s)' whose items are long ('Options include setting up ..., asking that
        # ..., or doing nothing.'): a list to bullet, not clauses to split (set OO re17)
        return f"It lists {sh.lead_items} things separated by commas: make them a bulleted list."
    # semicolons between the items of a list ('...; need for local focus; consultation with
    # the public; and the importance of ...', '...; for Cabinet to receive ...; to receive ...'):
    # the last closed by 'and' or 'or', or items with no subject of their own
    nexts = [toks.lows[i + 1] if i + 1 < len(toks) else "" for i in semis]
    all_semis = semis
    if len(semis) >= 2 and (nexts[-1] in _AND_OR or sum(w in _NO_SUBJECT or w in OPENING_WORDS for w in nexts) >= 2):
        if len(semis) >= 3 or (sh is not None and sh.semicolon_items):
            # (three clauses on 'what' or 'how', the objects of one verb: sentence_shape.Shape.semicolon_items)
            return (f"It lists {len(semis) + 1 - _lead_in_semicolon(toks, semis)} things separated by "
                    "semicolons: make them a bulleted list.")
        semis = []
    # a semicolon before 'and' or 'or' closes a list ('...; and that the next pack ...'), and one
    # before 'to' or 'for' starts a part with no subject: neither can start a sentence
    semis = [i for i, w in zip(semis, nexts) if w and w not in _AND_OR and w not in _NO_SUBJECT
             and w not in OPENING_WORDS and _has_a_verb(toks, i + 1)
             # '...; introduced the key strands ...': a verb whose subject went before
             and not _past_verb_at(toks, i + 1)
             # both parts sentences ('...; put things right when they go wrong' has no subject)
             and _stands_alone(toks, max([k + 1 for k in all_semis if k < i], default=0), i)
             and _stands_alone(toks, i + 1, min([k for k in all_semis if k > i], default=len(toks)))
             # not one more example or item ('..., for example walking; swimming at the pool, as
             # ...'): after examples, or a phrase opening with an -ing word that is not its subject
             and not _examples_in(toks, max([k + 1 for k in all_semis if k < i], default=0), i)
             and not _phrase_item(toks, i + 1, min([k for k in all_semis if k > i], default=len(toks)))]
    if len(all_semis) >= 3:
        # four parts or more between semicolons ('The issues included X; Y; Z; W; and V'): one split leaves
        # most of it as long as before, and the parts read best as a list (set N re45); not 'or a sentence
        # each': a part may be no sentence ('...; which themes they chose and why; ...', '...; colic; ...')
        return (f"It lists {len(all_semis) + 1 - _lead_in_semicolon(toks, all_semis)} things separated by "
                "semicolons: make them a bulleted list.")
    if semis:
        # every semicolon where both parts stand as sentences (one or two), each named
        befores = [f"'{_quote(toks, i + 1, 3)}'" for i in semis if i + 1 < len(toks)]
        if not befores:
            return "Split it at the semicolon: make each part a sentence of its own."
        if len(befores) == 1:
            return f"Split it at the semicolon before {befores[0]}: make each part a sentence of its own."
        return f"Split it at the semicolons before {' and '.join(befores)}: make each part a sentence of its own."
    if ":" in texts:
        colon = texts.index(":")
        if worth_bullets(list_items(toks, colon + 1, len(toks))):
            return "It lists several things after the colon: make them a bulleted list."
    if sh is not None and sh.items:
        listed, examples = sh.items, sh.examples
    else:
        listed = list_items(toks, 0, len(toks))
        examples = examples_count(toks) if worth_bullets(listed) else None
    if worth_bullets(listed) and (examples is None or examples >= 4):
        # an aside's examples are counted from its lead ('e.g.', 'such as'): three are no list to bullet
        return f"It lists {listed[0] if examples is None else examples} things separated by commas: make them a bulleted list."
    points = _split_points(toks)
    if points:
        i = points[0][1]
        if toks.lows[i] in _AFTER_COMMA_ONLY:  # 'Which ran for ...' cannot start a sentence as it is
            return (f"Split it at the comma before '{_quote(toks, i)}' and make that part a sentence of "
                    "its own.")
        return f"Split it before '{_quote(toks, i)}' and start a new sentence there."
    words = [i for i, w in enumerate(toks.word) if w]
    if len(words) >= 8:
        first_ok = max(words[3], _after_opening(toks) - 1)  # not at the opening's own comma
        inside = inside_brackets(texts)
        commas_at = [i for i, t in enumerate(texts) if t == "," and first_ok < i < words[-4] and not inside[i]
                     and toks.lows[i + 1] in _CLAUSE_OPENERS and toks.lows[i + 1] in _SUBJECT_STARTS
                     and not _ends_an_opening(toks, i) and not _enclosed(toks, i)
                     and not _opens_short_aside(toks, i)
                     and _stands_alone(toks, 0, i) and _stands_alone(toks, i + 1, len(toks))]
        if commas_at:
            i = min(commas_at, key=lambda k: abs(k - len(toks) / 2))
            if i >= 2 and texts[i - 2] == "," and toks.lows[i - 1] in _LINK_ADVERBS:
                # ('... because of the delays, however, there are no plans ...'): the adverb between the
                # commas opens the new sentence; split after it and '..., however.' is left stranded (set HH re12)
                return (f"Split it at the comma before '{texts[i - 1]}' and start the new sentence with "
                        f"'{texts[i - 1][:1].upper()}{texts[i - 1][1:]},'.")
            return f"Split it at the comma before '{_quote(toks, i + 1, 3)}'."
    return advise(reasons or []) or "Split it into two or more sentences, one idea in each."


# a verbatim record of what was said ('Official Report: Minutes of Evidence'), named in a document's
# first two lines: every sentence is a speaker's
_TRANSCRIPT_TITLES = word_set("sentence-words.toml", "transcript-titles")


#: a speaker's label on a line of its own in a verbatim record: a name (a title or not) and who they
#: are in brackets, closed by a colon ('Barbara Hurst (Audit Scotland):', 'Mr Robert Black (Auditor
#: General for Scotland):'); what follows it is their spoken words
_SPEAKER_LABEL = re.compile(r"[ \t]*(?:[A-Z][A-Za-z'’.-]+ ){1,5}\((?=[^()\n]*\b[A-Z][a-z]{2})[A-Z][^()\n]{1,80}\):[ \t]*")
#: the first words of a paragraph that is someone speaking ('Thank you, convener.', 'Our report ...')
_SPEECH_OPENERS = word_set("context-words.toml", "speech-openers")
_REFERENCE_WORDS = word_set("sentence-words.toml", "reference-words")  # 'Appendix', 'Annex', 'see'


def _is_transcript(analysed) -> bool:
    """Does one of the document's first two blocks with words name it a verbatim record ('Official
    Report 789KB pdf', 'Official Report: Minutes of Evidence'), or a block of it label a speaker's
    words ('Barbara Hurst (Audit Scotland):': an excerpt of an Official Report, its title cut off; set IJ
    re05, where bullets were asked of a witness's spoken evidence)?"""
    whole = analysed.document.text
    heads = [whole[b.start:b.end] for b in analysed.blocks[:6] if whole[b.start:b.end].strip()][:2]
    if any(len(h) < 200 and any(t in h.lower() for t in _TRANSCRIPT_TITLES) for h in heads):
        return True
    if "):" not in whole:
        return False
    for b in analysed.blocks:
        if b.end - b.start < 120 and _SPEAKER_LABEL.fullmatch(whole, b.start, b.end) is not None \
                and whole[whole.find("(", b.start) + 1:b.end].split(None, 1)[0].lower() not in _REFERENCE_WORDS:
            # (not a heading's pointer: 'Key findings (Appendix B):')
            # (the words after it someone speaking: 'Our report ...', 'Thank you, ...'; not a heading
            # with its letters, 'Business Continuity Plans (BCPs):', and the text under it)
            after = whole[b.end:b.end + 200].split(None, 1)
            if after and after[0].strip(",.:;!").lower() in _SPEECH_OPENERS:
                return True
    return False


#: how many blocks a quotation given word for word may run over with no closing mark (an excerpt
#: may end inside it)
_VERBATIM_MOST = 12


def _in_open_quotation(text: str, block_start: int, start: int) -> bool:
    """Does the sentence at ``start`` go on inside a quotation opened earlier in its paragraph after a
    colon and not closed before it ('She says: "My mother was seen at once. After the first check by
    ..."'): someone's words given word for word, not the writer's to split (set X re13)?"""
    before = text[block_start:start]
    curly = before.rfind("“")
    at = curly if curly > before.rfind("”") else -1
    if at < 0 and before.count('"') % 2 == 1:
        at = before.rfind('"')
    return at >= 2 and before[at - 2:at].rstrip().endswith(":")


def in_quoted_law(analysed, s) -> bool:
    """Does the sentence start inside law or a document's wording quoted word for word after it is
    named ('... section 5 of the Housing Act 1996. It says: ...': Analysed.quoted_law)?"""
    ranges = analysed.quoted_law.get(s.block_index)
    if not ranges:
        return False
    at = s.start - analysed.blocks[s.block_index].start
    end = at + len(s.text)
    # it starts inside, or the quoted words are most of it (the introduction and the quotation are
    # one sentence: 'Regulation 4 reads as follows: where ...')
    return any(a <= at + 1 and at < b for a, b in ranges) or 2 * sum(
        max(0, min(b, end) - max(a, at)) for a, b in ranges) >= end - at


def _verbatim_blocks(analysed) -> set:
    """The blocks of a quotation given word for word: a block that opens with '“' (or '"', not closed) just after a
    block ending in a colon ('... stated the following:', '... read as follows:'), and the blocks
    after it up to the one with the closing '”' (at most _VERBATIM_MOST: a report or a letter
    quoted into minutes, its paragraphs after the first opening with no mark of their own); and a
    paragraph quoted whole (opening and closing with a mark) after such a block or one ending in a
    colon ('Jo Lee, Chief Executive, said:' and then her words, a paragraph at a time)."""
    # (only where a block opens with '“' or '"', found by searches of the document's text; slices of
    # that text, not the blocks' Doc texts, which spaCy rebuilds from their tokens)
    whole = analysed.document.text
    out: set = set()
    if "“" not in whole and '"' not in whole:
        return out
    blocks = analysed.blocks
    starts = [b.start for b in blocks]

    def text(i: int) -> str:
        return whole[blocks[i].start:blocks[i].end]

    def closes(j: int) -> bool:
        """Does block j (after the first) hold the quotation's closing mark: '”', or a straight '"'
        besides one that opens it (each paragraph of a quotation may open with a mark of its own)?"""
        t = text(j)
        return "”" in t or t.count('"') - t.lstrip().startswith('"') >= 1

    opened = set()  # the blocks that open with a quotation mark
    for mark in ("“", '"'):
        p = whole.find(mark)
        while p >= 0:
            i = bisect_right(starts, p) - 1
            if i >= 0 and not whole[blocks[i].start:p].strip():
                opened.add(i)
            p = whole.find(mark, p + 1)
    for i in sorted(opened):
        if i in out:
            continue
        t = text(i)
        h = i - 1
        while h >= 0 and not text(h).strip():
            h -= 1
        if h < 0:
            continue
        if "”" not in t and (t.lstrip()[0] == "“" or t.count('"') % 2 == 1):
            if text(h).rstrip().endswith(":"):
                j = i
                while j < len(blocks) and j - i < _VERBATIM_MOST:
                    out.add(j)
                    if j > i and closes(j):
                        break
                    j += 1
        elif t.rstrip().endswith(("”", '"')) and (h in out or text(h).rstrip().endswith(":")):
            # a paragraph quoted whole, after 'said:' or after another such paragraph ('Jo Lee said:
            # "..." "..."'): each of its sentences someone else's words
            out.add(i)
    return out


class MetricCheck(Check):
    def run(self, analysed):
        out = []
        for rule in self.rules:
            scope = rule.option(self.config, "scope")
            if scope == "sentence":
                out.extend(self._sentences(rule, analysed))
            elif scope == "paragraph":
                out.extend(self._paragraphs(rule, analysed))
            else:
                out.extend(self._sections(rule, analysed, whole=scope == "document"))
        return out

    def _limits(self, rule) -> tuple:
        return rule.option(self.config, "max-words"), rule.option(self.config, "max-sentences")

    @staticmethod
    def _over(limit, value) -> bool:
        return limit is not None and value > limit

    def _message(self, rule, words: int, sentences: int, **more) -> str:
        max_words, max_sentences = self._limits(rule)
        return rule.message.format(words=words, sentences=sentences, max_words=max_words,
                                   max_sentences=max_sentences, **more)

    def _warning_words(self, rule) -> int:
        """warning-words, or max-words where a writer set their own limit without it (then
        every finding over it is a warning)."""
        own = self.config.rule_options.get(rule.id, {}) if self.config is not None else {}
        if "max-words" in own and "warning-words" not in own:
            return rule.option(self.config, "max-words")
        return rule.option(self.config, "warning-words")

    def _hard_only_up_to(self, rule) -> int:
        """hard-only-up-to, or 0 (off) where a writer set their own limits."""
        own = self.config.rule_options.get(rule.id, {}) if self.config is not None else {}
        if "hard-only-up-to" not in own and ("max-words" in own or "warning-words" in own):
            return 0
        return rule.option(self.config, "hard-only-up-to") or 0

    def _severity(self, rule, words: int, hard: bool = True):
        """The finding's severity by how far over it is, and whether it is an error: over
        error-words, an error; over max-words but not warning-words, a suggestion (a few
        words over the aim is a matter of style); up to hard-only-up-to, a suggestion unless
        ``hard`` (hard to follow); else the rule's severity."""
        max_words = rule.option(self.config, "max-words")
        error_words = rule.option(self.config, "error-words")
        warning_words = self._warning_words(rule)
        very = bool(error_words) and words > error_words
        if max_words is None or words <= max_words:
            return ("error" if very else rule.severity), very  # over its other limit, not by words
        if very:
            return "error", very
        if words <= warning_words or (not hard and words <= self._hard_only_up_to(rule)):
            return "suggestion", very
        return rule.severity, very

    def _graded(self, rule, words: int, message: str, hard: bool = True) -> tuple:
        """(severity, message with the error note when it is an error)."""
        severity, very = self._severity(rule, words, hard)
        note = rule.option(self.config, "error-note")
        if very and note:
            message += " " + note.format(error_words=rule.option(self.config, "error-words"))
        return severity, message

    def _sentences(self, rule, analysed):
        max_words = rule.option(self.config, "max-words")
        blocks = analysed.blocks
        docs = analysed.block_docs
        # a sentence's finding depends on its tokens, its text and its block's kind alone, and
        # blocks of the same text share one Doc (Analysed.block_docs): a sentence met again word
        # for word in a block of the same text (a repeated paragraph, a running heading) is
        # judged once per document (tests/test_speed_shortcuts_once.py)
        judged: dict = {}
        quote_note = rule.option(self.config, "quote-note") if self._hard_only_up_to(rule) else ""
        verbatim = _verbatim_blocks(analysed) if quote_note else set()
        if quote_note and _is_transcript(analysed):
            verbatim = range(len(blocks))  # a verbatim record: every block is someone's spoken words
        for s in analysed.sentences:
            n = count_words(s.text)
            if n <= max_words or n - leading_number(s.text) <= max_words:
                continue
            block = blocks[s.block_index]
            # (a list item's verdict reads its lead-in and heading too: judged where it stands)
            key = (id(docs[s.block_index]), s.tok_start, s.tok_end, block.kind,
                   s.block_index if block.kind == "list-item" else None)
            got = judged.get(key, _UNSEEN)
            if got is _UNSEEN:
                got = judged[key] = self._judged(rule, analysed, s, block) if is_checked_sentence(block, s) else None
            if (got is not None and quote_note and quote_note not in got[1]
                    and (s.block_index in verbatim or _in_open_quotation(analysed.document.text, block.start, s.start)
                         or in_quoted_law(analysed, s))):
                # inside a quotation given word for word ('... stated the following: “Policy HG4 ...'):
                # someone else's words, which the writer may not change
                words = count_words(s.text) - leading_number(s.text)
                got = ("suggestion", self._message(rule, words, 1) + " " + quote_note)
            if got is not None:
                yield self.finding(rule, analysed, s.start, s.end, got[1], severity=got[0])

    def _judged(self, rule, analysed, s, block) -> Optional[tuple]:
        """(severity, message) of a checked sentence over the rule's max-words; None where it is two
        sentences run together, each within the limit."""
        words = count_words(s.text) - leading_number(s.text)
        if rule.option(self.config, "advice") != "split-sentence":
            return self._graded(rule, words, self._message(rule, words, 1))
        max_words = rule.option(self.config, "max-words")
        # (the same for every sentence of the run: read once here, not at each of the tests below)
        hard_up_to = self._hard_only_up_to(rule)
        sdoc = analysed.block_docs[s.block_index]
        texts = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
        span = sdoc[s.tok_start:s.tok_end]
        toks = _Tokens(span, texts, analysed.lower_of)  # read once for every test below that walks the tokens
        # (the shape reads the same lists: its words and lower-case texts are made once, here)
        # (hard_reasons below reads the default weights: where they give long words none, the
        # shape does not count them, and counts syllables only for words that may be abstract nouns)
        sh = shape(texts, toks.word, syllables(), s.text, lows=toks.lows, long_words=bool(WEIGHTS["long-words"]))
        if (sh.stopped or sh.glued or sh.list_end) and hard_up_to and words - sh.furniture_words <= max_words:
            # two sentences or more the splitter read as one, each within the limit ('... over the winter. it
            # was noted that ...', '... the budget.It also asked ...'), or a lead-in within it and a list's items
            # run in after its colon, their bullets lost ('... are as follows: Housing Transport Skills ...'):
            # no sentence of the writer's is long (set CD: 'This sentence has 45 words' for two sentences of 23
            # and 22, wrong)
            return None
        if (hard_up_to and block.kind == "paragraph" and len(analysed.block_sentences[s.block_index]) == 1
                and _prompt_heading(toks, s.text)):
            # a report template's prompt on a line of its own, no verb and no full stop ('Summary of the main
            # financial implications for the council of ...'): a heading, which the rule does not count (set CD)
            return None
        if sh.lines and hard_up_to and rule.option(self.config, "table-note") and analysed.label_run(s):
            # a table, form or document-control sheet flattened into text ('Title of the policy Purpose of
            # the policy ... To ensure ...'): its labels and cells are no sentence to split (set X re50); asked
            # only where the shape found lines run together (the label runs of metrics are never read here)
            return "suggestion", self._message(rule, words, 1) + " " + rule.option(self.config, "table-note")
        if sh.opening:
            sh.opening = _opening_words(toks)  # only where the main clause is found for certain
        reasons = hard_reasons(sh)
        hard = hard_weight(reasons) >= HARD_AT  # (reported speech weighs half: REPORTED_SHARE)
        if sh.quoted and hard_up_to:
            # someone else's words, quoted: the writer may not change them
            return "suggestion", self._message(rule, words, 1) + " " + rule.option(self.config, "quote-note")
        for flag, key in ((sh.standing, "standing-note"), (sh.capitals, "capitals-note")):
            if flag and hard_up_to and rule.option(self.config, key):
                # standing statutory wording ('... the press and public be excluded ... exempt information
                # ...'), or a title in capitals ('APPLICATION 19/01679/MFUL - CONSTRUCTION OF ...'): not
                # the writer's prose to split
                return "suggestion", self._message(rule, words, 1) + " " + rule.option(self.config, key)
        if (sh.roll and 3 * sh.roll >= sh.words and sh.words - sh.roll <= hard_up_to
                and rule.option(self.config, "names-note")):
            # a roll of who presented or attended: long by its names, not by its thought (a third
            # of its words or more, and no more than hard-only-up-to words besides them)
            return "suggestion", self._message(rule, words, 1) + " " + rule.option(self.config, "names-note")
        if (hard_up_to and rule.option(self.config, "decision-note")
                and is_resolution_item(s.text, listed=block.kind == "list-item")):
            # an item of a resolution's list as it was voted ('(a) Cabinet, having regard to ..., agrees
            # that ...; and'), at any length: the minutes cannot reword it
            return "suggestion", self._message(rule, words, 1) + " " + rule.option(self.config, "decision-note")
        if ((sh.decision or _decision_under_label(analysed, s.block_index, s.text)
             or recorded_resolution(analysed, s.block_index))
                and words <= (rule.option(self.config, "decision-up-to") or 0)
                and hard_up_to and rule.option(self.config, "decision-note")):
            # a decision's recorded wording: its length is mostly references, dates and titles
            return "suggestion", self._message(rule, words, 1) + " " + rule.option(self.config, "decision-note")
        if (block.kind == "list-item" and hard_up_to and rule.option(self.config, "item-note")
                and list_item_unit(analysed, s.block_index, toks)):
            # an item of a list, not a sentence of its own ('we welcome the:' / 'Commitment by ...; and', a
            # criterion under 'Criteria for review'): a split or an aside moved out would break the list, or
            # change who qualifies; the message names it a list item and asks for a shorter item
            message = self._message(rule, words, 1)
            if message.startswith("This sentence "):
                message = "This list item " + message[len("This sentence "):]
            return "suggestion", message + " " + rule.option(self.config, "item-note")
        # graded as a reader takes it in: without the words of cross-references in brackets, which
        # a reader passes over, nor a page header or heading run into it, and each long name as one
        graded = words
        if hard_up_to:
            # (a post after a name is one long name the names' count may already have taken in)
            posts = 0 if sh.name_words else sh.post_words
            if (sh.quote_words > sh.name_words + posts
                    and words - sh.reference_words - sh.furniture_words - sh.quote_words <= max_words):
                # long only by a quotation given word for word ('NOTED the recommendation ‘that income ...
                # be ring-fenced ...’ and confirmed ...'), taken in as one unit like a long name: not the
                # writer's to split (a quotation in a sentence long without it leaves it the writer's)
                sh.name_words = sh.post_words = posts = 0
            else:
                sh.quote_words = 0
            graded = max(words - sh.reference_words - sh.furniture_words - sh.name_words - posts - sh.quote_words, 1)
            if (sh.semicolon_part and graded <= hard_up_to
                    and sh.semicolon_part <= self._warning_words(rule)):
                hard = False  # its clauses are already parted by a semicolon, each short enough
        if sh.quote_words and hard_up_to and rule.option(self.config, "quote-note"):
            # long only by the quotation: the quoted words are someone else's (or the writer's to split)
            return "suggestion", (self._message(rule, words, 1) + " " + self._graded_note(sh, graded) + " "
                                  + rule.option(self.config, "quote-note"))
        severity, message = self._graded(rule, graded, self._at_least(sh, self._message(rule, words, 1), words), hard)
        one_up_to = rule.option(self.config, "one-idea-up-to") if hard_up_to else 0
        hint = split_hint(span, texts, reasons, toks, sh)
        if (severity == "error" and graded <= (one_up_to or 0) and not hint.startswith(_NAMED_SPLIT)
                and not _ideas(toks, sh)):
            # one idea, long by its names, titles or details ('The Chair advised that ... a special meeting
            # had been called following the decision ...'): a careful editor reads it clearly; a suggestion
            # whose note says what to do instead of a split (there is no second idea to split off)
            note = rule.option(self.config, "one-idea-note")
            if graded < words:
                note = self._graded_note(sh, graded) + " " + note
            return "suggestion", self._message(rule, words, 1) + " " + note
        if graded <= max_words:
            severity = "suggestion"  # short but for its cross-reference, run-in header or names
        if graded < words:
            message += " " + self._graded_note(sh, graded)
        said = describe(reasons, listed="bulleted list" not in hint) if severity != "suggestion" else ""
        message += (" " + said if said else "") + " " + hint
        return severity, message

    @staticmethod
    def _at_least(sh, message: str, words: int) -> str:
        """'This sentence has at least 41 words' where two words or more of it are run together with no
        space ('beneeded', 'oforganisations'; set WX re15): the count is short by as many."""
        if sh.run_together >= 2:
            return message.replace(f" has {words} words", f" has at least {words} words", 1)
        return message

    @staticmethod
    def _graded_note(sh, graded: int) -> str:
        """'Without the cross-reference in brackets it has 30.', 'Counting each long name as one
        word, it has 28.'"""
        left = []
        if sh.reference_words:
            left.append("the cross-reference in brackets")
        if sh.furniture_words:
            left.append("the footnotes run into it (numbers, citations and web addresses) and the sentence before them"
                        if sh.footnotes == 2
                        else "the lines of a checklist run into it (each box ticked 'X')" if sh.ticks
                        else "the footnotes run into it (numbers, citations and web addresses)" if sh.footnotes
                        else "the sentence glued to it with no space after its full stop" if sh.glued
                        else "the lines of a numbered list run into it" if sh.fragments
                        else "the items of minutes run into it (each a heading, a dash and who spoke)"
                        if sh.minutes
                        else "the parts run into it after ' - ' (bullet points or a heading)" if sh.dashed
                        else "the list run in after its colon and the sentence after it" if sh.run_list
                        else "the list run in after its colon" if sh.list_end
                        else "the lines run into it with no full stops (a table or a list)" if sh.lines
                        else "the sentence run into it after a full stop" if sh.stopped
                        else "the heading or sentence run into it where a full stop was lost" if sh.lost
                        else "the heading or page header run into it")
        if sh.post_words and not sh.name_words:
            # a name set after a post ('the Cabinet Member for Parks, Councillor Jo Lee, ...') is said as
            # such: the post comes first there
            left.append("the name after a post" if sh.post_names == sh.post_words
                        else "the post after a name" if not sh.post_names
                        else "the posts and names set beside each other")
        if sh.quote_words and not left:
            return f"Counting the quotation as one word, it has {graded}."
        if not left:
            return f"Counting each long name as one word, it has {graded}."
        names = (" and counting each long name as one word" if sh.name_words
                 else " and counting the quotation as one word" if sh.quote_words else "")
        comma = "," if names or sh.furniture_words else ""
        return f"Without {' and '.join(left)}{names}{comma} it has {graded}."

    def _paragraphs(self, rule, analysed):
        max_words, max_sentences = self._limits(rule)
        docs = analysed.block_docs
        # blocks of the same text share one Doc, and so their sentences' texts: words counted once per Doc
        counted: dict = {}
        for bi, block in enumerate(analysed.blocks):
            if block.kind not in (rule.scopes or ("paragraph",)):
                continue
            idxs = analysed.block_sentences[bi]
            if not idxs:
                continue
            n = len(idxs)
            words = counted.get(id(docs[bi]))
            if words is None:
                words = counted[id(docs[bi])] = sum(count_words(analysed.sentences[i].text) for i in idxs)
            if self._over(max_sentences, n) or self._over(max_words, words):
                first = analysed.sentences[idxs[0]]
                severity, message = self._graded(rule, words, self._message(rule, words, n))
                # point at the first sentence, so the span stays readable
                yield self.finding(rule, analysed, first.start, first.end, message, severity=severity)

    def _sections(self, rule, analysed, whole: bool):
        from ..metrics import BEFORE_FIRST_HEADING, prose_sentences, section_anchor, sections

        max_words, max_sentences = self._limits(rule)
        if whole:
            groups = [(None, None, prose_sentences(analysed))]
        else:
            groups = [(sec["title"], sec["heading"], sec["sentences"]) for sec in sections(analysed)
                      if sec["sentences"]]
        for title, heading, sentences in groups:
            words = sum(count_words(s.text) for s in sentences)
            if not (self._over(max_sentences, len(sentences)) or self._over(max_words, words)):
                continue
            start, end = section_anchor(analysed, title, heading, sentences)
            shown = "" if title is None else "before the first heading" if title == BEFORE_FIRST_HEADING else title
            severity, message = self._graded(rule, words, self._message(rule, words, len(sentences), section=shown))
            yield self.finding(rule, analysed, start, end, message, severity=severity, document_level=True)


CHECK = MetricCheck
