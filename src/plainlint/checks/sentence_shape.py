"""What makes a long sentence hard to follow, from features a writer can see.

A sentence of 31 to 40 words that carries one idea in plain words reads clearly; one that
strings clauses together, nests an aside, runs figures into the prose or piles up long
abstract words does not. ``long-sentence`` shows the first kind as a suggestion and the
second as a warning, and its message names what makes the sentence hard (three clauses
joined by 'and' and 'which', a bracketed aside, five figures...), so that a writer can act on
it even where there is no clean place to split.

Every feature is counted on the sentence's tokens (spaCy's blank English: no parser), each
from a word set in ``wordlists/sentence-words.toml``:

* **clauses**: 1 + the places where a clause starts: a semicolon; a word that always starts
  one ('because', 'although', 'unless', 'whereas'); 'which' (a relative clause), and 'who',
  'whom', 'whose' after a comma (with none, 'people who use the service' is a defining clause,
  one idea with its noun); 'that' before a subject ('agreed that the board ...'), not before a
  verb ('services that are ...': defining); 'and', 'or', 'but' before a subject or a verb ('and we will',
  'and should continue'): a second thing said, not one more item of a list; never before 'to' ('and to
  agree': a second infinitive phrase), 'not' ('or not being able', 'whether or not'), 'also' or 'then'
  before a preposition ('and also through ...'), nor a pair set off by commas ('could, and could not,
  be'): no verb of its own follows; 'and' or
  'or' after a verb, before a subject of its own and its verb ('... had been held and the Youth Forum
  had held ...'; not 'the plan and the budget were', a name's 'and' nor 'the limits we have');
  'where' or 'when' before a subject and its verb ('an event where the themes were reviewed'); 'that'
  after a verb before a subject and its verb ('advised that workshops had been held');
* **asides**: a bracketed or dashed aside of three words or more inside the sentence, or a
  relative clause of six words or more set off by commas in the middle (', which ... ,'); not
  a cross-reference of up to eight words ('(Appendix B)', '(see reference 2 in Annex E)'), a
  citation ending in a year ('(House of Commons Health Committee, 2007)') nor a gloss of up to
  eight words ('(or impacts)', '(otherwise known as home care)'), and of three words or more
  as a reader counts them ('(non-amended)' is one);
* **reference words**: the words of cross-references in brackets ('(see paragraphs x and xi of
  the Introduction ...)'), which a reader passes over: the sentence's length is graded
  without them;
* **furniture and names** (:func:`reader_length`): the words outside a sentence's longest part
  where a page's furniture ('Page 4 of 38'), a heading or an imprint is run into it with no full
  stop, and the words of long names beyond one each ('Northshire and Eastvale Integrated Care
  Board') where they make three tenths of it or more (up to 50 words, no list worth bullets, not
  two things said: 'and' or 'but' with a verb's little word soon after, 'and there have been'): its
  length is graded without them, as a reader takes it in;
* **figures**: numbers, amounts and percentages run into the prose ('£12.4 million',
  '30%'), not years ('2017', '2025/26'), a day before its month, or figures in brackets;
* **long words**: words of three syllables or more, and among them abstract nouns ending
  in -tion, -sion, -ment, -ance or -ence (not in a name: words with a capital are left; not a thing
  one can point to, 'appliances'; 'agreement', 'installation' only before 'of');
* **roll**: the words of parts between commas that are mostly names and job titles ('Jo Smith,
  Head of Service, and Sam Lee, Director of ...'): a roll of who presented or attended;
* **opening**: the words before the main clause when the sentence opens with a phrase or a
  clause ended by a comma ('Subject to the approval of ..., construction ...').

:func:`hard_reasons` turns those into the reasons a sentence is hard, each with a weight;
:data:`HARD_AT` is the weight from which a sentence is hard. Both were set on labelled long
sentences from the corpus's tuning documents (bench/long_sentences.py reports the tuning and
the held-aside figures).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import itemgetter, not_
from typing import Optional

from ..metrics import run_in_heading
from ..wordlists import load_irregular_verbs, word_set

_ALWAYS_CLAUSE = word_set("sentence-words.toml", "clause-starts")
OPENING_WORDS = word_set("sentence-words.toml", "opening-words")
_FINITE = word_set("sentence-words.toml", "finite-words")
_RELATIVE = {"which", "who", "whom", "whose"}
_VERB_MARKERS = word_set("context-words.toml", "finite-markers")
_EXAMPLE_LEADS = word_set("sentence-words.toml", "example-leads")  # 'for example', 'such as'


def _example_item(texts: list, lows: list, a: int, i: int, b: int) -> bool:
    """Is the part after the semicolon at token i (up to b) one more example or item, not a clause:
    after words that lead into examples in the part before it (a to i: '..., for example walking;
    swimming at the pool, as many would ...'), or opening with an -ing word in lower case with no
    small word that shows a verb before its first comma ('...; running walks in the parks, as ...';
    not '...; keeping families at home is the first aim')?"""
    if any(w in _EXAMPLE_LEADS and (w != "such" or lows[k + 1] == "as") for k, w in enumerate(lows[a:i], a)):
        return True
    first = texts[i + 1] if i + 1 < b else ""
    if not (first.islower() and len(first) > 5 and first.endswith("ing")):
        return False
    for j in range(i + 2, b):
        if texts[j] in (",", ":"):
            return True
        if lows[j] in _VERB_MARKERS:
            return False
    return True
_VERB_FORMS = word_set("sentence-words.toml", "verb-forms")  # "said", "sets": verbs not in -ed
_YEAR = re.compile(r"(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?$")  # 2017, 2017-2022, 2025/26
_DATE_WORDS = word_set("sentence-words.toml", "months-and-days")
_PERIOD_WORDS = word_set("sentence-words.toml", "period-words")  # 'Quarter 2', 'Year 3': a figure's time
_CITED_YEAR = re.compile(r"(?:19|20)\d\d[a-z]?$")  # the year that ends a citation in brackets
_DECISION_VERBS = word_set("sentence-words.toml", "decision-verbs")
_AGENDA_VERBS = word_set("sentence-words.toml", "agenda-verbs")  # 'To consider the report of ...'
# the standing statutory wording of an exclusion resolution or the urgent-business test: two phrases or more
_STANDING = word_set("sentence-words.toml", "standing-wording")
_GLOSS_OPENERS = word_set("sentence-words.toml", "gloss-openers")
_POINTER_WORDS = word_set("sentence-words.toml", "pointer-words")
_FOR_WHAT = word_set("sentence-words.toml", "pointer-for")  # '(for details see ...)'


_REPORTED = word_set("sentence-words.toml", "reporting-verbs")  # 'noted', 'said': a verb before 'that'
_PHRASE_CLAUSE = word_set("sentence-words.toml", "phrase-clause-words")  # "; developments that have ..."
_PHRASE_NOUN_ENDS = tuple(sorted(word_set("sentence-words.toml", "phrase-noun-endings")))  # "; the meetings that ..."


def _phrase_part(texts: list, lows: list, a: int, end: int) -> bool:
    """Is the part from a to end, after a semicolon, a phrase whose only verb is inside a clause on
    its noun ('...; changes that have been made since May; and asking that the plan be reviewed'): a
    noun in -s or an -ing word straight before 'that', 'which' or 'who', with no word before them that
    shows a verb of the part's own and no punctuation? Not a part that opens with such a word or a
    clause's word ('...; and that the fee would rise', '...; if the panel agrees ...'), nor one with a
    verb first ('...; the panel noted that ...', '...; and recommended that ...', '...; the scheme could
    be ...'), nor one whose clause may be a subject's ('...; 48% of the people who came were ...')."""
    k = a
    while k < end and (lows[k] in _AND_OR or not texts[k][:1].isalnum()):
        k += 1
    if k >= end or lows[k] in _PHRASE_CLAUSE or lows[k] in _ALWAYS_CLAUSE:
        return False
    for j in range(k, end):
        low = lows[j]
        if low in _VERB_MARKERS or low in _REPORTED or (len(low) > 4 and low.endswith("ed") and texts[j].islower()):
            return False
        if not texts[j][:1].isalnum():
            return False  # ('...; with regard to item two – that the map be updated – he said ...')
        if low in _PHRASE_CLAUSE:
            before = lows[j - 1]
            return j > k and len(before) > 3 and (before.endswith(_PHRASE_NOUN_ENDS)
                                                  or (before.endswith("s") and not before.endswith("ss")))
    return False


def _for_see(texts: list[str], lows: list[str], start: int, end: int) -> bool:
    """A pointer that opens with 'for' ('(for copy of report, see file of minutes)', '(for details see
    Appendix A)', '(for more information see ...)'): 'see' after a comma or straight after 'details',
    'information', 'copy' and the like, within the first seven tokens; not '(for people who see no
    need)' (own pages, session 14, re08)."""
    if start >= end or lows[start] != "for":
        return False
    for k in range(start + 1, min(end, start + 8)):
        if lows[k] == "see":
            return texts[k - 1] == "," or lows[k - 1] in _FOR_WHAT
    return False


# a list item's marker before a decision: '1.', '(a)', 'b)', 'B.', '•'
_INLINE_MARKER = re.compile(r"\((?:[ivx]{1,4}|[a-h])\)")  # '(ii)', '(c)' inside a sentence
_ITEM_MARKER = re.compile(r"\s*(?:[•·*–-]\s*|[0-9]{1,2}\.(?=[A-Z][a-z])|\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?\s+|\(?[a-zA-Z]{1,3}[.)]\s+|\([a-zA-Z0-9]{1,3}\)\s+)?")
_BE_DECIDED = re.compile(r"(\w+),? be (\w+)\b")


def _be_decided(text: str):
    """_BE_DECIDED.search(text), tried only where ' be ' is in the text (every match holds it; the
    pattern starts at every letter of a sentence and reads its word: tests/test_speed_shortcuts_speed2.py)."""
    return _BE_DECIDED.search(text) if " be " in text else None
# after a verb of decision at the start: what was decided ('Noted that', 'Approved the', 'Delegate authority')
_DECISION_OBJECTS = word_set("sentence-words.toml", "decision-objects")
_MODAL_BEFORE_BE = word_set("sentence-words.toml", "before-be")
# irregular past participles that make a passive ('given', 'made', 'taken'): a resolution's mandative
# 'That further thought be given to ...' as much as 'be approved' (set BB re12)
_PARTICIPLES = frozenset(load_irregular_verbs().participles)


#: a numbered item of a resolution with no verb of its own: a noun phrase and 'being' with a participle ('2 The
#: Agreement being based on the heads of terms ...', continuing 'That the Executive agrees to:')
_BEING_ITEM = re.compile(r"(?:The|This|These|Its|Their|Such|All)\s+(?:[\w'’-]+\s+){0,6}being\s+[a-z]+(?:ed|en|t)\b")


def _being_item(t: str) -> bool:
    """Is the text after a list's number an item with no verb of its own (:data:`_BEING_ITEM`), no word that
    shows a finite verb ('is', 'will', 'has') but inside a clause on its noun ('that were set out'; set CD: a
    36-word 'sentence' of a resolution's item)?"""
    if not _BEING_ITEM.match(t):
        return False
    inside = False
    for w in re.findall(r"[A-Za-z’']+", t.lower()):
        if w in _WH:
            inside = True  # a verb after 'that', 'which', 'who' ... is the clause's on a noun
        elif w in _VERB_MARKERS and not inside:
            return False
    return True


def is_decision(text: str) -> bool:
    """Is the sentence a decision's recorded wording? It opens (after a list marker) with a
    verb of decision in the past ('Noted that ...', 'Approved the ...', 'Resolved - ...'), in
    capitals ('RESOLVED that ...', 'DELEGATE authority to ...') or as an instruction ('Note the
    responses ...', 'Approve the ...'); or it is 'That [the] ... approve ...' (a recommendation);
    or a decision verb follows 'be' without a modal before it ('the savings listed in Appendix A
    be approved in principle': the form of a resolution)."""
    marked = _ITEM_MARKER.match(text).end()
    t = text[marked:]
    if marked and " being " in t and _being_item(t):
        return True  # '2 The Agreement being based on ...': a numbered item of a resolution's list, no verb of its own
    m = re.match(r"([A-Za-z]+)(\W+)(\w+)", t)
    if not m or ":" in m.group(2) and m.group(1) != "RESOLVED":
        return False  # 'Note: in particular, ...' is a label
    first, nxt = m.group(1), m.group(3).lower()
    low = first.lower()
    if (first.islower() and t.startswith(first) and low in _DECISION_VERBS and low not in ("support", "request")
            and not low.endswith(("s", "ed"))  # the verb's plain form: 'allocate', 'approve'
            and nxt not in _FINITE and nxt != "that" and (marked or text[:1].islower())):
        # an item of a resolution after its lead-in ('resolved to:'), its letter kept or not: 'b. allocate
        # £2,000 from ...', 'approve the plan ...' (not 'support for carers has ...': a noun; nor 'note
        # that the Council agreed ... and note that ...', a report of decisions a reader called worth splitting)
        return True
    if first.islower() and low in _DECISION_VERBS and (low.endswith("s") or low.endswith("ed")) \
            and nxt in _DECISION_OBJECTS | {"in", "to"}:
        return True  # an item of a resolution after its lead-in: 'approves in principle the plan ...', 'notes the report'
    if low in _DECISION_VERBS and first[0].isupper():
        # 'Noted that', 'RESOLVED that', 'Resolved – (a)', 'Note the responses', 'Delegate authority';
        # not 'Agreed actions are ...', 'Supported by ...'
        if nxt in _FINITE or re.match(r"[A-Za-z]+\W+that\s*,", t):
            return False  # 'Note that, the feedstock assumed ...': a note to the reader
        return ((first.isupper() and len(first) > 2) or nxt in _DECISION_OBJECTS
                or (low.endswith("ed") and any(c in m.group(2) for c in "–—-:")))
    if first == "To" and (nxt in _DECISION_VERBS or nxt in _AGENDA_VERBS) and nxt not in ("support", "request", "exclude") \
            and not re.search(r",\s+(?:we|they|it|he|she|the council|this)\s", t):
        # an item of an agenda or a recommendation: 'To note the actions ...', 'To approve the minutes ...'
        # (not a purpose before the main clause: 'To support local groups ..., they have launched ...')
        return True
    if first == "That":
        if "(" in t:
            # a resolution's items marked in it ('That (i) the findings ... (ii) the contents ... be noted'): the
            # markers are no words ('i' is no subject)
            t = _INLINE_MARKER.sub(" ", t)
            m = re.match(r"([A-Za-z]+)(\W+)(\w+)", t)
            nxt = m.group(3).lower()
        head = t.split(",", 1)[0].lower().split()[1:14]
        if any(w in _DECISION_VERBS for w in head) and nxt not in _FINITE:
            return True
        # a resolution's long subject, asides after commas, then 'be' and a verb in -ed ('That the need to
        # promote ..., and also through ..., be acknowledged;': set T re19): the mandative subjunctive, a
        # decision's wording as voted, when no verb of the subject's own ('is', 'has', 'will') comes before
        m = _be_decided(t)
        if m is None or m.group(1).lower() in _MODAL_BEFORE_BE:
            return False
        verb = m.group(2).lower()
        return (verb in _DECISION_VERBS or verb.endswith("ed") or verb in _PARTICIPLES) \
            and not {w.lower() for w in re.findall(r"[A-Za-z]+", t[4:m.start()])} & (_FINITE | {"that"})
    if t[:1].islower() and re.search(r";(?:\s*(?:and|or))?\s*$", t):
        # an item of a resolution's list after its lead-in, in lower case and closed by a semicolon ('(2) the
        # new High Needs schemes ..., as identified in Section 4 ..., be approved; and'): its decision after
        # 'be' wherever it comes, the commas before it holding the item's references
        m = _be_decided(t)
        if m and m.group(2).lower() in _DECISION_VERBS and m.group(1).lower() not in _MODAL_BEFORE_BE:
            return True
    # the subject, then 'be' and the decision: the sentence's first clause, no comma before it ('In
    # order that ..., the Chair proposed that the public be excluded' is an account of the meeting)
    m = _be_decided(t.split(",", 1)[0][:200])
    # its subject in a dozen words; or, in an item of a resolution's list in lower case after its lead-in
    # ('(4) the terms of reference and standing orders in relation to the board be reviewed ...'), a longer
    # subject with no verb or 'that' of its own, and any verb in -ed after 'be' ('be reviewed and amended')
    if not m or m.group(1).lower() in _MODAL_BEFORE_BE or t.lower().startswith(("in order", "if ", "when ", "as ", "where ")):
        return False
    subject, verb = t[:m.start()].split(), m.group(2).lower()
    if verb in _DECISION_VERBS and len(subject) <= 12:
        return True
    return (t[:1].islower() and len(subject) <= 24 and (verb in _DECISION_VERBS or verb.endswith("ed"))
            and not {w.lower() for w in subject} & (_FINITE | {"that"}))


_CLOSED_ITEM = re.compile(r";(?:\s*(?:and|or))?\s*$")


def is_resolution_item(text: str, listed: bool = False) -> bool:
    """Is the sentence an item of a resolution's lettered or numbered list, as recorded: a marker at
    its start ('(a)', '2.'), closed by a semicolon ('...; and'), with a verb of decision in the present
    ('Cabinet, having regard to ..., agrees that ...; and') or after 'be' ('... be approved;')? The
    wording was voted on: only the framing around it can change. ``listed``: the sentence is a list
    item whose marker the format already took off."""
    if not text.rstrip().endswith((";", "and", "or")):
        return False  # most sentences: no regular expression run
    marked = _ITEM_MARKER.match(text).end()
    if not (marked or listed) or not _CLOSED_ITEM.search(text):
        return False
    lows = re.findall(r"[a-z]+", text[marked:].lower())
    return any((w in _DECISION_VERBS and (w.endswith("s") or (k and lows[k - 1] == "be")))
               or (w in _PARTICIPLES and k and lows[k - 1] == "be" and (k < 2 or lows[k - 2] not in _MODAL_BEFORE_BE))
               for k, w in enumerate(lows))


def is_standing(text: str) -> bool:
    """Is the sentence standing statutory wording, repeated in every agenda: two phrases or more of an
    exclusion resolution ('under Section 100A(4) of the Local Government Act 1972, the press and public be
    excluded ... exempt information ...') or of the test for urgent business ('by reason of special
    circumstances ..., the item should be considered ... as a matter of urgency')?"""
    low = text.lower()
    return sum(p in low for p in _STANDING) >= 2


# a numbered part with two points or more ('2.4.26', '3.1.2'): never a sum or a measure
_DOTTED_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){2,}\Z")
# a paragraph's number ('3.2', '12.14'): a reference where two or more run together into a document
_PARA_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\Z")
# the words after '... 3.2 and 3.4 of' that show a document follows ('of the report', 'of their guidance')
_POINTING_ON = word_set("sentence-words.toml", "determiners")


#: the dash between a minute's heading and who spoke ('Fleet Review – JT reported ...')
_ITEM_DASHES = ("–", "-", "—")
#: where a list's items part: a comma, a semicolon, or ' and ' / ' or ' (the last item)
_LIST_ITEM_CUT = re.compile(r"[,;]| and | or ")
#: a slash spaced on one side only, between words ('our Ward/ Accident and Emergency'): a separator as
#: much as ' / ' is; a slash with no space ('and/or', '24/7', an address) is not counted
_LOPSIDED_SLASH = re.compile(r"(?<=\w)/ (?=\w)|(?<=\w) /(?=\w)")


def _slashes(text: str) -> int:
    """How many slashes set parts apart: spaced (' / ') or spaced on one side ('Ward/ Accident')."""
    n = text.count(" / ")
    return n + len(_LOPSIDED_SLASH.findall(text)) if "/ " in text or " /" in text else n


# a pair written with a slash that works as one word ('and / or', 'he / she', 'his / her'): no parts
_ONE_PAIR_SLASH = re.compile(r"(?i)(?<![\w-])(?:and / or|he / she|his / her|him / her|she / he)(?![\w-])")


#: a list run in after a colon, before a new sentence's 'The': this many words at least
_RUN_IN_ITEMS = 4


def _list_run_in(texts: list, word: list, k: int):
    """Where a new sentence starts at token k ('The', 'This' after a capitalised word), do the words
    before it, back to a colon, read as the items of a list run in after a lead-in ('... are brought to the
    Board for ratification: Committee minutes – 4 July Annual Report The meeting was quorate ...'): four
    words or more, half or more with a capital, no word in lower case that shows a verb ('is', 'will'; 'May'
    with a capital is a month) or ends in -ed? The colon's index, else None: the lead-in, the items and the next sentence are
    three units, not one sentence."""
    c = next((j for j in range(k - 1, 0, -1) if texts[j] in (":", ";", ".", "(", ")")), None)
    if c is None or texts[c] != ":":
        return None
    lead = [j for j in range(c) if word[j]]
    if len(lead) < 6 or 2 * sum(1 for j in lead if texts[j].islower()) < len(lead):
        return None  # a lead-in in the writer's words, not a title or page header ('... APPENDIX 2: ...')
    said = [j for j in range(c + 1, k) if word[j]]
    if len(said) < _RUN_IN_ITEMS or 2 * sum(1 for j in said if _cap(texts[j])) < len(said):
        return None
    if any(texts[j].islower() and (texts[j] in _VERB_MARKERS or texts[j].endswith("ed")) for j in said):
        return None
    return c


#: words with a capital among a list's items run in to the end ('Housing Transport Skills Climate Culture'): a
#: name or two after a colon ('...: Chichester Harbour and the High Weald') has fewer
_LIST_END_CAPITALS = 5


def list_to_end(texts: list, word: list):
    """Does the sentence end with the items of a list run in after a lead-in's colon, their bullets lost
    ('The priorities for the next four years are as follows: Housing Transport Skills Climate Culture',
    set CD): a lead-in of six words or more, mostly in lower case, then to the end four words or more, two in
    five or more with a capital and five at least, the first too (no determiner nor pronoun), no comma, semicolon, bracket or colon among them and no word in
    lower case that shows a verb or ends in -ed? The colon's index, else None: the lead-in is the writer's
    sentence, the items are no part of it."""
    if ":" not in texts:
        return None
    c = len(texts) - 1 - texts[::-1].index(":")
    end = len(texts) - (texts[-1] in (".", "!", "?"))
    if any(texts[j] in (",", ";", "(", ")", ".", "?", "!") for j in range(c + 1, end)):
        return None
    said = [j for j in range(c + 1, end) if word[j]]
    caps = sum(1 for j in said if _cap(texts[j]))
    if len(said) < _RUN_IN_ITEMS or caps < _LIST_END_CAPITALS or 5 * caps < 2 * len(said) or not _cap(texts[said[0]]) \
            or texts[said[0]].lower() in _POST_DETERMINERS or texts[said[0]].lower() in _SUBJECT_STARTS:
        return None  # ('...: The buses ...', '...: We want ...': a sentence after the colon, not items)
    if any(texts[j].islower() and (texts[j] in _VERB_MARKERS or texts[j].endswith("ed")) for j in said):
        return None
    lead = [j for j in range(c) if word[j]]
    if len(lead) < 6 or 2 * sum(1 for j in lead if texts[j].islower()) < len(lead):
        return None
    return c


def _a_range(texts: list, lows: list, i: int) -> bool:
    """Is the dash at token i the dash of a range ('2019 – 2020', 'April – June', '9am – 5pm'): a figure or
    a month or day on both sides? No aside opens or closes there."""
    before, after = texts[i - 1], texts[i + 1]
    return ((_is_figure(before) or lows[i - 1] in _DATE_WORDS)
            and (_is_figure(after) or lows[i + 1] in _DATE_WORDS))


#: a report's reference code ('HCW/14/48', 'CAB/2023/15'), and the labels of the links to it a web
#: page saved with it ('text only | pdf')
_DOC_CODE = re.compile(r"[A-Z]{2,}[A-Z0-9]*(?:/[A-Za-z0-9]+){1,3}$")
_LINK_LABELS = word_set("sentence-words.toml", "link-labels")


def _linked_code(texts: list, lows: list, inside: list) -> bool:
    """Are the words in a pair of brackets (token indexes ``inside``) a report's reference code and the
    labels of its links, nothing else ('(HCW/14/48 - text only | pdf HCW/14/48)')? A reader passes over
    them: no aside, and not words of the sentence (set HH re11)."""
    return _DOC_CODE.match(texts[inside[0]]) is not None and all(
        _DOC_CODE.match(texts[k]) or lows[k] in _LINK_LABELS or texts[k].isdigit() for k in inside)


def _numbers_a_reference(texts: list, lows: list, i: int) -> bool:
    """Does the number at token i point to a part of a document ('paragraphs 67 and 73 of the 2019 NPPF',
    'Section 100A(4)', 'in Section 2 of Annex A', 'paragraph 3 of Part 1 of Schedule 12A'): a reference a
    reader passes over, not a figure to put in a table? The word before it (or before a run of such
    numbers joined by 'and', 'or', dashes or commas) is one of the words that open a reference."""
    t = texts[i]
    if _DOTTED_NUMBER.match(t) or (0 < i < len(texts) - 1 and texts[i - 1] == "[" and texts[i + 1] == "]"):
        return True  # a numbered part ('at 2.4.26 of the guidance'), a cited paragraph or volume ('[45]', '[2012]')
    k = i - 1
    while k >= 1 and (lows[k] in _AND_OR or lows[k] in (",", "-", "–", "to")) and _is_figure(texts[k - 1]):
        k -= 2
    if k >= 1 and lows[k] == ".":
        k -= 1  # 'para. 3.2', 'paras. 3.1-3.3'
    if k >= 0 and (lows[k] in _REFERENCE_WORDS or lows[k].rstrip(".") in _REFERENCE_WORDS):
        return True
    # a run of paragraph numbers with no word before them, pointing into a document ('set out at 3.2, 3.4
    # and 3.7 of the report', '... 4.1 and 4.2 above'): two or more numbers such as '3.2', none a sum
    if not _PARA_NUMBER.match(t):
        return False
    j = i
    while j + 2 < len(texts) and (lows[j + 1] in _AND_OR or lows[j + 1] in (",", "-", "–", "to")) and _PARA_NUMBER.match(texts[j + 2]):
        j += 2
    run = (j - k) // 2 + 1  # the numbers from the first of the run (k + 1) to the last (j)
    after = lows[j + 1] if j + 1 < len(lows) else ""
    return run >= 2 and _PARA_NUMBER.match(texts[k + 1]) is not None and (
        after == "above" or after == "below" or (after == "of" and j + 2 < len(lows) and lows[j + 2] in _POINTING_ON))


def in_capitals(texts: list, word: list) -> bool:
    """Is the sentence written in capitals, like a title or a heading ('APPLICATION 19/01679/MFUL -
    CONSTRUCTION OF GROUND MOUNTED SOLAR PV PANELS ...')? Four fifths of its words of letters, of
    two letters or more, in capitals, and ten such words at least."""
    if sum(map(str.isupper, texts)) < 10:
        return False  # (most sentences: counted in C, before any word is looked at one by one)
    lettered = [t for t, w in zip(texts, word) if w and len(t) > 1 and t.isalpha()]
    return len(lettered) >= 10 and 5 * sum(map(str.isupper, lettered)) >= 4 * len(lettered)


_COORD = {"and", "or", "but"}
# a part after a comma that starts with one of these is a clause or an aside, not a list item
# ('as at today', 'as one witness described it': an aside between commas)
_CLAUSE_WORDS = _ALWAYS_CLAUSE | _RELATIVE | {"that", "where", "when", "such", "including", "but", "as"}
_SUBJECT_STARTS = word_set("sentence-words.toml", "subject-starts")
_NO_SUBJECT = word_set("sentence-words.toml", "no-subject")
_THAT_CLAUSE_NEXT = _SUBJECT_STARTS | _NO_SUBJECT | {"the", "a", "an", "our", "their", "its", "all", "each",
                                                    "every", "some", "many", "most", "people", "residents"}
# 'where' and 'when' open a clause of their own where a subject and its verb follow ('an event where the
# themes were reviewed'); not 'where possible', 'when needed'
_PLACE_TIME = word_set("sentence-words.toml", "place-time-openers")
_NP_STARTS = word_set("sentence-words.toml", "determiners") | _SUBJECT_STARTS
_PRONOUN_SUBJECTS = _SUBJECT_STARTS - word_set("sentence-words.toml", "demonstratives")  # 'we', 'they', 'it'
_CLAUSE_AHEAD_MOST = 7  # tokens: a subject of up to six words, then its verb ('the new partnership board had')
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ments", "tions", "sions", "ance", "ence", "ances", "ences")


def _after_short_aside(texts: list, word: list, comma: int) -> bool:
    """Does the comma at ``comma`` close a short aside of one to three words opened by a comma ('... is to
    decide, objectively, who meets the criteria')? A 'who' or 'which' after it is the verb's object, not a
    relative clause to move out. So too after an aside of any length up to ten words that opens straight
    after a verb of deciding, asking or knowing ('so they can decide, at a local level, which services they
    fund'): what follows is the verb's indirect question (set GH re47 wrong)."""
    opened = next((k for k in range(comma - 1, max(comma - 14, -1), -1) if texts[k] == ","), None)
    if (opened is not None and opened >= 1 and texts[opened - 1].lower() in _QUESTION_VERBS
            and 1 <= sum(word[opened + 1:comma]) <= 10):
        return True
    before = next((k for k in range(comma - 1, max(comma - 5, -1), -1) if texts[k] == ","), None)
    if before is None or not 1 <= sum(word[before + 1:comma]) <= 3:
        return False
    first = texts[before + 1].lower()
    # an adverb or a phrase ('objectively', 'in the end'), not the end of a list ('..., improvements, and
    # maintenance, which ...') nor an adjective's noun ('a strong, diverse field, whose ...')
    return (len(first) > 4 and first.endswith("ly")) or first in OPENING_WORDS


def _clause_ahead(texts: list, lows: list, i: int, bare_plural: bool = False) -> bool:
    """Does a clause with its own subject and verb start after token i: a subject opening with a determiner,
    a pronoun or a word with a capital ('the Youth Forum', 'two workshops', 'we') or a plural noun just before
    its verb ('workshops had'), then within a few words,
    before any punctuation or another clause's first word, one of the small words that show a finite verb
    ('had', 'were', 'will')? ('... and the Youth Forum had held a planning day', '... where the themes were
    discussed'; not '... and the cost of care', '... and a lower rate for under-18s'.)"""
    n = len(texts)
    if i + 2 >= n:
        return False
    nxt = lows[i + 1]
    if (bare_plural and texts[i + 1].islower() and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss")
            and lows[i + 2] in _FINITE):
        return True  # after 'that', a plural noun and its verb: 'that workshops had been held' (after 'and',
        # 'your views and ideas are ...' is more often one subject of two nouns)
    if not (nxt in _NP_STARTS or (texts[i + 1][:1].isupper() and texts[i + 1].isalpha()
                                  and not texts[i - 1][:1].isupper())):
        return False  # (not inside a name: 'the Task and Finish group was ...')
    if nxt in _FINITE or nxt in ("that", "those") or nxt in _RELATIVE or nxt in _ALWAYS_CLAUSE:
        return False  # ('and I ...' is handled with the pronouns; 'and that ...', 'and which ...': that word is counted)
    for j in range(i + 2, min(n, i + 1 + _CLAUSE_AHEAD_MOST)):
        low = lows[j]
        if low in _FINITE and texts[j].islower():
            return True  # (not 'on 17 May 2019')
        if low in _PRONOUN_SUBJECTS:
            return False  # 'and the limits we have to work within': a noun and its clause, no new subject
        if texts[j] == "-" or texts[j][:1] in ("'", "’"):
            continue  # 'drop-in sessions', 'the council's team'
        if not texts[j][:1].isalnum() or low in _COORD or low in _RELATIVE or low in _ALWAYS_CLAUSE or low == "that":
            return False
    return False


def _verb_since(texts: list, lows: list, a: int, i: int) -> bool:
    """Is there a verb between tokens a and i: one of the small words that show a finite verb, or a word in lower
    case ending in -ed ('held', 'reported' are found by the small words or the ending)? A second subject
    after 'and' with no verb before it is the first subject's other half ('the plan and the budget were ...')."""
    return any(lows[k] in _FINITE or (len(lows[k]) > 4 and lows[k].endswith("ed") and texts[k].islower())
               for k in range(a, i))


#: short words a page's extraction runs into the next or the last word ('oforganisations', 'beneeded', 'dependon')
_GLUE_FIRST = word_set("sentence-words.toml", "run-together-first")
_GLUE_LAST = word_set("sentence-words.toml", "run-together-last")


#: British spellings and the American ones the pronouncing dictionary holds ('offence' / 'offense', 'centre' /
#: 'center', 'organise' / 'organize', 'colour' / 'color', 'travelled' / 'traveled', 'paediatric' / 'pediatric')
_BRITISH = (("ence", "ense"), ("ise", "ize"), ("isa", "iza"), ("isi", "izi"), ("yse", "yze"), ("ysi", "yzi"),
            ("our", "or"), ("tre", "ter"), ("ll", "l"), ("ogue", "og"), ("amme", "am"), ("ae", "e"), ("oe", "e"))


def _american(low: str):
    """``low`` respelled the American way, one British spelling at a time (only for a word the dictionary
    lacks)."""
    for gb, us in _BRITISH:
        if gb in low:
            yield low.replace(gb, us)


#: word (lower case) -> :func:`run_together`'s answer, kept for the process: a long sentence's words are
#: asked about again and again (13,000 asks for some 2,500 distinct words on the 1 MB bench text), and each
#: ask looked the word and its parts up in the pronouncing dictionary several times
_RUN_TOGETHER: dict = {}


def run_together(low: str, again: bool = True) -> bool:
    """:func:`run_together_uncached`, remembered per word (the answer depends on the word alone; a long-running
    server that has asked about very many words starts again)."""
    if not again:
        return run_together_uncached(low, False)
    got = _RUN_TOGETHER.get(low)
    if got is None:
        if len(_RUN_TOGETHER) > 200_000:
            _RUN_TOGETHER.clear()
        got = _RUN_TOGETHER[low] = run_together_uncached(low)
    return got


def run_together_uncached(low: str, again: bool = True) -> bool:
    """Is ``low`` (a word in lower case, letters only) two words run together with no space, as text
    saved from a PDF has them ('oforganisations', 'thewillingness', 'beneeded', 'dependon')? Not a word
    of the pronouncing dictionary (nor its American spelling: 'offences'), and it parts into a short function
    word ('of', 'the', 'be' ...; not 'in', 'on', 'at', 'an', which open many words) and a dictionary word of
    four letters or more, or a dictionary word of four letters or more and a short
    word after it ('on', 'to', 'of'). Never a word the dictionary holds ('together', 'become'); a
    compound the dictionary lacks whose first half is a long word ('underinvestment') is left alone.
    Three words run together are found too ('oftheapplications': ``again``, one level more)."""
    from ..cmu import pronunciations  # only for words not already passed over

    d = pronunciations()
    if low in d or any(v in d for v in _american(low)):
        return False
    n = len(low)
    for k in range(1, min(6, n - 2)):
        if low[:k] in _GLUE_FIRST and n - k >= 4 and (low[k:] in d or (again and run_together_uncached(low[k:], False))):
            return True
    for k in range(2, 4):
        if n - k >= 4 and low[n - k:] in _GLUE_LAST and low[:n - k] in d:
            return True
    return False


def _may_be_abstract(low: str) -> bool:
    """Can a word (lower case) be a long abstract noun by its letters: eight or more, an abstract ending?"""
    return len(low) >= 8 and low.endswith(_ABSTRACT_ENDINGS)

_DASHES = {"–", "—", "-"}
_LINKING_NOUNS = word_set("sentence-words.toml", "linking-nouns")  # 'In addition, ...': a link, not a noun
_PREPOSITIONS = word_set("sentence-words.toml", "prepositions")
# verbs whose object may be an indirect question ('decide which ...', 'ask who ...'): a 'which' or 'who'
# after an aside that follows one of them is that question, not a relative clause
_QUESTION_VERBS = word_set("sentence-words.toml", "question-verbs")
_CONCRETE = word_set("sentence-words.toml", "concrete-nouns")  # 'ambulance': not abstract
#: a section's own name ('introduction', 'background', 'purpose'), as metrics.run_in_heading reads them
_HEADING_TERMS = word_set("sentence-words.toml", "not-titles") - word_set("sentence-words.toml", "not-heading-terms")
_EITHER_SENSE = word_set("sentence-words.toml", "either-sense-nouns")  # 'agreement': abstract only before 'of'
#: 'service', 'team', 'staff': a long noun before one only names its kind ('the probation service')
_COMPOUND_HEADS = word_set("sentence-words.toml", "compound-heads")
_JOB_TITLES = word_set("sentence-words.toml", "job-titles")  # 'Director', 'Officer': in a roll of names
_NOT_VERB_OBJECTS = word_set("sentence-words.toml", "not-verb-objects")
_NOT_AFTER_TO_VERB = word_set("sentence-words.toml", "not-after-to-verb")
_REFERENCE_WORDS = word_set("sentence-words.toml", "reference-words")  # '(Appendix B)': not an aside
_AND_OR = {"and", "or"}
#: the words that open a clause standing as an item of a list of them, a verb's object ('what we did', 'how we ...')
_WH_ITEM = word_set("sentence-words.toml", "wh-list-items")
#: what shape()'s walk over a sentence acts on (see _loop_tokens): these token texts, and
#: these lower-case words (a new clause's first word)
_LOOP_TEXTS = frozenset({"(", ")", ";"} | _DASHES)
#: words that open a clause, counted against the clauses found on them (Shape.uncounted)
_COUNTED_EXTRA = word_set("sentence-words.toml", "counted-openers-extra")
_COUNTED_OPENERS = frozenset(_ALWAYS_CLAUSE | _RELATIVE | _COUNTED_EXTRA)
_LOOP_WORDS = frozenset(_ALWAYS_CLAUSE | _RELATIVE | _COORD | _PLACE_TIME | {"that"})
#: words that open a clause whose verb comes after its subject: an 'and' or 'or' between them joins words
_OPENS_CLAUSE = frozenset(_ALWAYS_CLAUSE | _RELATIVE | _PLACE_TIME | {"that"})


# a part after the last comma that opens with one of these, where the item before did not, is no
# item of a list ('from siloed, hard-to-reach services, towards joined-up care and ...')
_LIST_BREAKING_PREPOSITIONS = {"towards", "toward", "from", "into", "through", "via", "across", "within",
                               "between", "against", "without", "despite", "until", "unless"}
# words before a comma that opens an aside, not a list ('that, in the year ahead, ...')
_ASIDE_AFTER = word_set("sentence-words.toml", "aside-after")
_LIST_ITEM_MOST = 8  # words: a longer part between two commas is a clause, not one item of a list
_SENTENCE_ADVERBS = word_set("sentence-words.toml", "sentence-adverbs")  # 'Thirdly, ...', 'However, ...'


def list_items(toks, start: int, end: int) -> tuple:
    """(how many items, the word counts of the items between its commas) of a list written
    in prose between tokens ``start`` and ``end`` of a sentence (``toks``: an object with its
    ``texts``, ``lows``, lower case, and ``word``, is each token a word, as lists). The first
    item and the last one or two, around 'and' or 'or', cannot be told from the words around
    them. The list is the longest run of commas (outside brackets) whose parts between are of
    at most eight words each, none holding 'and' or 'or' nor starting a clause ('which ...'),
    with 'and' or 'or' within eight words after its last comma, not after a word that starts
    a clause; two commas at least; never a comma inside brackets or an aside between two
    dashes. Else (0, [])."""
    if toks.texts[start:end].count(",") < 2:
        # (two commas at least, or no list: the same answer as the walk, found in C; 1 MB's long
        # sentences with one comma were walked for nothing; tests/test_speed_shortcuts_walks.py)
        return 0, []
    return _list_items_walk(toks, start, end)


def _list_items_walk(toks, start: int, end: int) -> tuple:
    """:func:`list_items` read token by token."""
    commas = []
    depth = 0
    quoted = False  # commas inside a quotation are the speaker's ('"go away, get worse and ..."')
    # commas inside an aside between two dashes are the aside's ('the tool – a free, simple service
    # for adults, children and carers – works'), as are those inside brackets
    dashes = [k for k in range(start, end) if toks.texts[k] in _DASHES and toks.texts[k] != "-"]
    aside = set()
    for a, b in zip(dashes[::2], dashes[1::2]):
        aside.update(range(a, b))
    for k in range(start, end):
        t = toks.texts[k]
        depth += (t == "(") - (t == ")")
        if t in ("“", "”", '"'):
            quoted = t == "“" or (t == '"' and not quoted)
        if t == "," and depth == 0 and not quoted and k not in aside:
            commas.append(k)
    # a comma between two adjectives before a noun ('offer free, warm rooms for ...') joins one
    # description, not two items of a list (set R re35)
    commas = [k for k in commas if not _adjective_comma(toks, k, end, commas)]
    first = next((toks.lows[k] for k in range(start, end) if toks.word[k]), "")
    if commas and (first in OPENING_WORDS or (first.endswith("ing") and len(first) > 5)):
        commas = commas[1:]  # the comma that ends an opening ('Although ..., most research ...')
    elif commas and first in _SENTENCE_ADVERBS and sum(toks.word[start:commas[0]]) == 1:
        # the comma after an adverb that opens the sentence ('Thirdly, also in the case of ..., a sale or
        # supply ...'): the adverb is no first item of a list, and what follows its comma is an aside
        commas = commas[1:]
    # a comma straight after 'that' or another clause word opens an aside ('acknowledges that, in
    # the year ahead, the approach ...'), never a list's first item
    commas = [k for k in commas if k == start or toks.lows[k - 1] not in _ASIDE_AFTER]
    commas = _without_appositions(toks, commas, end)
    if len(commas) >= 2:
        commas = _without_name_commas(toks, commas, end)
    if len(commas) >= 2:
        commas = _without_remit_commas(toks, _without_citation_commas(toks, commas, end), end)
    words_between = [sum(toks.word[a + 1:b]) if _item_like(toks, a + 1, b) else _LIST_ITEM_MOST + 1
                     for a, b in zip(commas, commas[1:])]
    best: list = []
    run: list = []  # indexes into commas of the current run
    for ci in range(len(commas)):
        if run and words_between[ci - 1] > _LIST_ITEM_MOST:
            run = []
        run.append(ci)
        if len(run) >= 2 and len(run) > len(best):
            # the first word of the item before this comma: a last part that opens with a
            # preposition the items do not share ('siloed, hard-to-reach services, towards
            # joined-up care and ...') goes on the sentence, not the list
            before = next((toks.lows[k] for k in range(commas[ci - 1] + 1, commas[ci]) if toks.word[k]), "")
            closing = _closes_list(toks, commas[ci] + 1, end, before)
            if closing is not None:
                best, last = list(run), closing
    if not best:
        return 0, []
    # the items whose first word is known: those between the commas, the one after the last
    # comma (no Oxford comma) and the one after 'and'
    firsts = [commas[ci] + 1 for ci in best]
    joint = next((k for k in range(commas[best[-1]] + 1, end) if toks.lows[k] in _AND_OR), None)
    if joint is not None:
        if last:
            firsts.append(joint + 1)
        else:
            firsts[-1] = joint + 1  # an Oxford comma: the last item opens after 'and'
    if not _parallel(toks, firsts, end) or _post_title(toks, commas[best[0]], firsts, end) \
            or _roll_of_posts(toks, [commas[ci] for ci in best], end):
        return 0, []
    # the list opens after a word that leads into it ('..., leading to patient harm, reputational damage
    # and financial loss'): what goes before the first comma is the sentence, not one more item
    opens = toks.lows[firsts[0]] in _LIST_LEADS
    if all(_participle_at(toks, k) for k in (firsts if len(firsts) < 3 else firsts[:-1])) \
            and not any(toks.lows[k] in _VERB_MARKERS and toks.lows[k] not in _SUBJECT_STARTS
                        or (len(toks.lows[k]) > 4 and toks.lows[k].endswith("ed") and toks.texts[k].islower())
                        for k in range(start, commas[best[0]])):
        # verbs, where what goes before the list has none: a subject, its description and its verbs
        # ('The Plan, published in 2019, picked up this concept and linked it ...'), not a list of what
        # someone did ('whether the landlord has failed to ..., followed ..., or behaved ...')
        return 0, []
    inner = [words_between[ci] for ci in best[:-1]]
    # and each of them without its article or possessive ('the police, the fire service, the housing team
    # and ...': names of one or two words, which read well as they are; read17)
    bare = [words_between[ci] - (toks.lows[commas[ci] + 1] in _ARTICLES) for ci in best[:-1]]
    if last:  # no Oxford comma: the item before 'and' is measured too
        inner.append(last)
        bare.append(last - (toks.lows[commas[best[-1]] + 1] in _ARTICLES))
    # and the first item (unless a word led into the list after it) and the one after 'and'
    return (1 if opens else 2) + len(inner), inner, bare


def _participle_at(toks, k: int) -> bool:
    """Is token k a past participle in lower case ('funded', 'run', 'given')?"""
    low = toks.lows[k]
    return toks.texts[k].islower() and ((len(low) > 4 and low.endswith("ed")) or low in _PARTICIPLES)


def _without_appositions(toks, commas: list, end: int) -> list:
    """The commas less those that set off a person's name or post beside the other ('the Cabinet
    Member for Parks, Councillor Jo Lee, supported by ...', 'Jo Lee, Director of Public Health, said
    ...'): the part between two commas all words with capitals (small joining words aside), two or
    more, one of them a job title or a title ('Councillor', 'Director'), a word with a capital just
    before the first comma, and the sentence going on in lower case after the second. An apposition,
    not an item of a list (a list of posts goes on with another post after the comma: 'Director of
    Finance, Head of Legal, Chief Nurse and ...')."""
    dropped: set = set()
    for a, b in zip(commas, commas[1:]):
        if a in dropped:
            continue
        inside = [j for j in range(a + 1, b) if toks.word[j]]
        after = next((j for j in range(b + 1, end) if toks.word[j]), None)
        if (len(inside) >= 2 and after is not None and toks.texts[after].islower()
                and a > 0 and toks.word[a - 1] and toks.texts[a - 1][:1].isupper()
                and all(toks.texts[j][:1].isupper() or toks.lows[j] in _NAME_JOINERS for j in inside)
                # (a post after a post is one more item of a list: 'the Company Secretary, Head of
                # Communications, the Finance Team and ...')
                and ((_a_post(toks, inside) and not _post_before(toks, a))
                     or (_a_titled_name(toks.texts, inside) and _post_before(toks, a))
                     or _unit_or_title_beside(toks, a, inside, after))):
            dropped.update((a, b))
    for i, a in enumerate(commas):
        if a not in dropped and _lower_post_after_name(toks, a, end):
            # 'James Lee, the director of finance at Northshire Trust (Northshire) and Ann Roe, the chief
            # nurse for ..., said': a person's post in lower case beside their name, not an item of a
            # list; nor is the comma that closes that post (set X re37, wrong: 'lists 4 things')
            dropped.add(a)
            if i + 1 < len(commas):
                dropped.add(commas[i + 1])
    return [k for k in commas if k not in dropped] if dropped else commas



#: the singular heads that end a body's own name ('... and Local Government Committee', '... and Families
#: Directorate'): a name's commas before them part the words of one name, not items of a list
_NAME_HEADS = word_set("sentence-words.toml", "name-heads")


def _without_name_commas(toks, commas: list, end: int) -> list:
    """The commas less those inside a body's capitalised name ('the Children, Young People and Families
    Directorate', 'the Housing, Communities and Local Government Committee'): a comma between two words
    with capitals, the run of capitalised words going on through 'and' (or '&') to one singular head of a
    body's name (a committee, a directorate, a department) with nothing in lower case but joining words
    on the way. One body, named as it names itself; not a list of things (places listed before a plural
    'Councils' are more than one body, and are read as a list)."""
    texts, lows, word = toks.texts, toks.lows, toks.word
    dropped: set = set()
    for k in commas:
        if k in dropped or k < 1 or k + 1 >= end or not word[k - 1] or not texts[k - 1][:1].isupper() \
                or not texts[k + 1][:1].isupper():
            continue
        run = [k]
        joined = None  # where the last 'and' is
        head = None
        j = k + 1
        while j < end:
            t = texts[j]
            if t == ",":
                run.append(j)
            elif t[:1].isupper() and word[j]:
                head = j
            elif lows[j] in ("and", "&"):
                joined = j
            elif lows[j] not in ("of", "for"):
                break
            j += 1
        # a word of the name between its 'and' and its head ('and Local Government Committee'): 'Chair,
        # Vice-Chair and Board' lists two people and a body
        if joined is not None and head is not None and head > joined + 1 and lows[head] in _NAME_HEADS \
                and texts[head - 1] != ",":
            dropped.update(run)
    return [k for k in commas if k not in dropped] if dropped else commas

#: a part of a law or document cited by its number or letter ('Schedule 2', 'Class Q', 'Part 12A', 'Article iv')
_CITED_PART = re.compile(r"(?:[0-9]{1,3}[A-Za-z]?|[A-Z]{1,2}|[ivx]{1,4})$")


def _cited_part(toks, k: int) -> bool:
    """Is token k the number or letter of a cited part, after a word with a capital ('Part 3', 'Class Q')?"""
    return 0 < k < len(toks.texts) and _CITED_PART.match(toks.texts[k]) is not None \
        and toks.texts[k - 1].isalpha() and toks.texts[k - 1][:1].isupper() and len(toks.texts[k - 1]) > 2


def _without_citation_commas(toks, commas: list, end: int) -> list:
    """The commas less those inside a citation of a law's or document's parts ('Schedule 2, Part 3, Class Q
    of the ... Order 2015', 'Regulation 4, Paragraph 2'): a cited part on each side of the comma, a word with
    a capital and its number or letter, one of the two a word that names a part ('Part', 'Schedule'). One reference read from the largest part down, not a list of things
    (set CD: 'lists 4 things' for a citation)."""
    # (one side names a part of a document, 'Part', 'Schedule', 'Section': not authors' initials, 'Lee C, Hart D')
    dropped = [k for k in commas if k + 2 < end and _cited_part(toks, k - 1) and _cited_part(toks, k + 2)
               and (toks.lows[k - 2] in _REFERENCE_WORDS or toks.lows[k + 1] in _REFERENCE_WORDS)]
    return [k for k in commas if k not in dropped] if dropped else commas


def _without_remit_commas(toks, commas: list, end: int) -> list:
    """The commas less those inside the remit of a post ('the Cabinet Member for Economic Development,
    Environment and Planning', 'the Director of Children, Families and Education'): before the comma, words
    with capitals back to a job title followed by 'of' or 'for'; after it, words with capitals (small joining
    words aside, no job title of their own: 'Director of Finance, Head of Legal and ...' lists posts) running
    on through commas to 'and' or '&' and one more word with a capital. One post's title, not a list (set CD:
    'lists 4 things' for three posts)."""
    texts, lows, word = toks.texts, toks.lows, toks.word
    dropped: set = set()
    for k in commas:
        if k in dropped or k < 3 or k + 1 >= end or not word[k - 1] or not texts[k - 1][:1].isupper():
            continue
        j, post = k - 1, False
        while j >= 1 and word[j] and (texts[j][:1].isupper() or lows[j] in ("of", "for", "&")):
            if (lows[j] in _JOB_TITLES or lows[j] in _POST_HEADS) and texts[j][:1].isupper() \
                    and lows[j + 1] in ("of", "for"):
                post = True
                break
            j -= 1
        if not post:
            continue
        run, m, closed = [k], k + 1, False
        while m < end:
            t = texts[m]
            if t == ",":
                run.append(m)
            elif lows[m] in ("and", "&"):
                closed = m + 1 < end and texts[m + 1][:1].isupper() and bool(word[m + 1])
                break
            elif not (word[m] and (t[:1].isupper() or lows[m] in ("of", "for", "-"))) or lows[m] in _JOB_TITLES:
                break
            m += 1
        if closed:
            dropped.update(run)
    return [k for k in commas if k not in dropped] if dropped else commas


#: the heads of a person's post written in lower case after their name ('Jo Lee, the director of ...',
#: 'Ann Roe, our chief nurse, ...'): job titles that are no group, patient or carer ('the partner ...')
_LOWER_POST_HEADS = word_set("sentence-words.toml", "lower-post-heads")
_POST_DETERMINERS = word_set("sentence-words.toml", "determiners")  # 'the', 'our', 'a' ...


def _lower_post_after_name(toks, comma: int, end: int) -> bool:
    """Does the comma at token ``comma`` set off a person's post in lower case after their name: two
    words with capitals before it, the last no body ('Council', 'Trust'), and after it 'the', 'our' ...
    then within four words a post's head ('director', 'chief', 'nurse', 'executive')?"""
    if comma < 2 or comma + 2 >= end:
        return False
    first, last = toks.texts[comma - 2], toks.texts[comma - 1]
    if not (first[:1].isupper() and last[:1].isupper() and first.isalpha() and last.isalpha()
            and not last.isupper() and toks.lows[comma - 1] not in _BODIES):
        return False
    if toks.lows[comma + 1] not in _POST_DETERMINERS:
        return False
    for j in range(comma + 2, min(end, comma + 6)):
        if not toks.texts[j].islower():
            return False
        if toks.lows[j] in _LOWER_POST_HEADS:
            return True
    return False


def _unit_or_title_beside(toks, a: int, inside: list, after: int) -> bool:
    """Do the words with capitals ``inside`` two commas, the first at token ``a``, set off who someone is:
    the unit of a post before them, a body's name with no article that ends on a name's head ('the Senior
    Licensing Officer, Trading Standards Unit, presented ...'), or the job title of a person named before
    them ('Jo Lee, Senior Licensing Officer, presented ...')? The sentence goes on after them with neither
    an article nor 'and' or 'or' (those would open the next item of a list: 'the Company Secretary, Finance
    Team, the Legal Service and ...'). An apposition, no item of a list (set IJ re13: 'lists 4 things')."""
    if toks.lows[after] in _ARTICLES or toks.lows[after] in _AND_OR or not toks.texts[inside[0]][:1].isupper():
        return False
    last = toks.lows[inside[-1]]
    if _post_before(toks, a):
        return last in _NAME_HEADS
    return last in _JOB_TITLES and last not in _NAME_TITLES


def _a_post(toks, inside: list) -> bool:
    """Do the words ``inside`` (with capitals) name a post, a job title followed by 'of' or 'for'
    ('Director of Public Health', 'Cabinet Member for Parks'), not a group ('Family Support Workers')?"""
    return any(toks.lows[j] in _JOB_TITLES and toks.texts[j][:1].isupper() and nxt < len(toks.lows)
               and toks.lows[nxt] in ("of", "for") for j, nxt in zip(inside, inside[1:]))


def _post_before(toks, comma: int) -> bool:
    """Do the words with capitals just before token ``comma`` hold a job title (a post: '... the
    Cabinet Member for Parks,')?"""
    j = comma - 1
    while j >= 0 and toks.word[j] and (toks.texts[j][:1].isupper() or toks.lows[j] in _NAME_JOINERS):
        if ((toks.lows[j] in _JOB_TITLES and toks.lows[j] not in _NAME_TITLES) or toks.lows[j] in _POST_HEADS) \
                and toks.texts[j][:1].isupper():
            return True  # (not a title before a name: 'Cllr Jo Lee, Cllr Sam Shah, and ...' is a list)
        j -= 1
    return False


_POST_HEADS = frozenset(("holder",))  # a council's 'Portfolio Holder for ...', a post though no job title


# words that open an item of another kind than a noun's: a clause ('how the board would ...')
_WH = word_set("sentence-words.toml", "dependent-openers")
_DEMONSTRATIVES = word_set("sentence-words.toml", "demonstratives")
_CORRELATIVES = word_set("sentence-words.toml", "correlatives")
_LIST_LEADS = word_set("sentence-words.toml", "list-leads")


def _item_kind(toks, k: int, end: int) -> str:
    """What kind of item opens at token k: 'to' ('to address ...'), an -ing word ('covering the
    period ...'), a preposition ('in equal partnership', by its word), a clause ('how the board
    ...', 'which ...'), or a noun's ('the report', 'local authorities', 'Safeguarding')."""
    while k < end and (not toks.word[k] or toks.lows[k] in _CORRELATIVES):
        k += 1  # 'either from providers, commissioners or users': the item is 'from providers'
    if k >= end:
        return ""
    low = toks.lows[k]
    # a verb or a subject inside it ('can deliver more ...', 'remote consultations were more
    # convenient', 'it becomes easier'): a clause, not an item
    # (a subject inside, not first, is a clause's that describes: 'letters to the families we work with')
    if low in _SUBJECT_STARTS and low not in _DEMONSTRATIVES:
        return "clause"
    stop, seen = k, 0
    while stop < end and toks.texts[stop] not in (",", ";") and seen < _LIST_ITEM_MOST:
        if toks.lows[stop] in _VERB_MARKERS and toks.lows[stop] not in _SUBJECT_STARTS:
            return "clause"
        seen += toks.word[stop]
        stop += 1
    if _verb_phrase_at(toks, k, end):
        return "verb"
    if low == "to":
        return "to"
    if low in _WH or low in _CLAUSE_WORDS:
        return "clause"
    if low in OPENING_WORDS:
        return "at " + low
    if len(low) > 5 and low.endswith("ing") and toks.texts[k].islower():
        return "ing"
    return "noun"


#: the small words after a verb in the past before its object ('advised of ...', 'agreed that ...')
_VERB_OBJECT_LINKS = word_set("sentence-words.toml", "verb-object-links")
#: verbs in the past not in -ed ('gave', 'held', 'made'), and their participles ('given', 'held'); not those
#: written as their plain form ('cut', 'put', 'set', 'run'): '..., cut the cost of ...' may be a plain verb
_PASTS = frozenset(load_irregular_verbs().participles.values()).union(_PARTICIPLES).difference(
    load_irregular_verbs().inflected)
#: particles that make the word before them a verb with its object ('sets out', 'carried out', 'brings together')
_VERB_PARTICLES = word_set("context-words.toml", "ing-particles")


def _verb_phrase_at(toks, k: int, end: int) -> bool:
    """Does a verb's phrase open at token k: a verb in the past in lower case ('presented', 'gave') before
    an article, a particle or a word that leads to its object ('presented the report', 'carried out', 'advised
    of proposals', 'agreed that ...'), or a verb in -s ('sets', 'provides') before an article or a particle
    ('sets out')? Not a noun's phrase: a participle before its noun ('reduced waits', 'trained staff') is one,
    and so is a noun in -s ('needs of carers')."""
    low = toks.lows[k]
    if k + 1 >= end or not toks.texts[k].islower():
        return False
    nxt = toks.lows[k + 1]
    # ('exceed', 'proceed': a plain verb in -ceed)
    past = (len(low) > 4 and low.endswith("ed") and not low.endswith("ceed")) or low in _PASTS
    if nxt in _ARTICLES or nxt in _VERB_PARTICLES:
        # (a word in -s before an article or a possessive: 'covers our ...', 'sets out ...'; not 'class', 'status')
        return past or (low in _VERB_FORMS and low.endswith("s")) or (
            len(low) > 4 and _verb_ending(low) == "s" and not low.endswith(("us", "is")) and nxt in _ARTICLES)
    return nxt in _VERB_OBJECT_LINKS and past


def _parallel(toks, firsts: list, end: int) -> bool:
    """Are a list's items alike (``firsts``: the first token of each item known): all but one of
    them of one kind (:func:`_item_kind`)? Commas around an aside are no list ('agreed to work
    together, in equal partnership, to address inequalities and make ...': a preposition, 'to'
    and a verb; '..., covering the period 2016 to 2019, due to be updated ..., and how the Board
    would ...')."""
    # ('-ing' words name actions as nouns do: 'drug driving, organised crime, education on the
    # risks and identifying emerging risks' is one list)
    kinds = [_item_kind(toks, k, end).replace("ing", "noun") for k in firsts]
    if "clause" in kinds:
        return False
    most = max(kinds.count(x) for x in set(kinds))
    # of four items or more, one may be a noun among others ('... and importantly the ability to ...'), not
    # among verbs' phrases: a name set off by commas before a subject's verbs ('Jo Lee, Trading Standards
    # Unit, presented the report, advised of ... and noted ...') is no item of a list of what was done
    return most == len(kinds) or (len(kinds) >= 4 and most == len(kinds) - 1 and kinds.count("noun") == 1
                                  and "verb" not in kinds)


def _roll_of_posts(toks, commas: list, end: int) -> bool:
    """Is the 'list' people named one after another, each with a post or body in brackets ('Jo Bell
    (Nurse Adviser), Sam Hart (Group Lead), Ann Rowe (Carers Group) attended ...')? The part before
    the first comma ends with a bracket, and each part after a comma opens with a capital and holds
    a bracket before the next comma. A reader takes them in as who was there: no list to bullet,
    and the 'and' after them joins the verbs (set JJ re02: 'lists 4 things' for three people)."""
    if toks.texts[commas[0] - 1] != ")":
        return False
    for c in commas:
        stop = next((j for j in range(c + 1, end) if toks.texts[j] == ","), end)
        if c + 1 >= end or not toks.texts[c + 1][:1].isupper() or "(" not in toks.texts[c + 1:stop]:
            return False
    return True


def _post_title(toks, comma: int, firsts: list, end: int) -> bool:
    """Is the 'list' a post's title ('Chief Officer for Communities, Public Health, Environment and
    Prosperity')? Its items are all words with capitals (small joining words aside), and the
    words before its first comma are too, back to a job title ('Officer', 'Director', 'Member')."""
    for k in firsts:
        stop = next((j for j in range(k, end) if toks.texts[j] in (",", ";", "(")), end)
        item = [j for j in range(k, stop) if toks.word[j] and toks.lows[j] not in _AND_OR]
        if not item or not all(toks.texts[j][:1].isupper() or toks.lows[j] in _NAME_JOINERS
                               for j in item):
            return False
    j = comma - 1
    while j >= 0 and toks.word[j] and (toks.texts[j][:1].isupper() or toks.lows[j] in _NAME_JOINERS):
        if toks.lows[j] in _JOB_TITLES and toks.texts[j][:1].isupper():
            return True
        j -= 1
    return False


def _name_gloss(texts, lows, word, a: int, b: int) -> bool:
    """Is the part in brackets between tokens a and b a person's post or a body's name after a
    name ('Jo Bell (Nurse Adviser at Carers Trust), Sam Hart (Carers Group Lead) attended ...')?
    A word with a capital before the bracket, and inside only words with capitals and small
    joining words, eight words at most: a label a reader passes over, no aside to move (set JJ
    re02: 'two asides' for the posts of a list of people)."""
    inside = [k for k in range(a + 1, b) if word[k]]
    if not inside or len(inside) > 8 or a == 0 or not word[a - 1] or not texts[a - 1][:1].isupper():
        return False
    if "," in texts[a + 1:b]:
        # a remit in a name, single words with capitals closed by 'and' ('the Head of Skills and Employment
        # (Families, Children and Learning)', 'the Scrutiny Board (Environment, Housing and Communities)':
        # sets KK and LL), not names in a row ('(Age Well, Live Well)'), an aside
        return _remit(texts[a + 1:b])
    return texts[inside[0]][:1].isupper() and all(
        texts[k][:1].isupper() or lows[k] in _NAME_JOINERS or lows[k] in ("at", "in", "to")
        or texts[k - 1] == "-" for k in inside)  # 'Co-ordinator' 


def _remit(parts: list) -> bool:
    """Are these tokens a list of single words with capitals, parted by commas and closed by 'and' or '&'
    ('Families , Children and Learning')?"""
    if len(parts) < 5 or parts[-2] not in ("and", "&"):
        return False
    names = parts[0:-2:2] + parts[-1:]
    return all(t.isalpha() and t[:1].isupper() and t[1:].islower() for t in names) and all(
        t == "," for t in parts[1:-3:2])


def _item_like(toks, a: int, b: int) -> bool:
    """Could tokens a to b be one item of a list: no 'and' or 'or' inside, no clause ('which
    give ...', 'all of a size that ...'), not an aside ('such as ...')?"""
    lows = toks.lows[a:b]
    return bool(lows) and _CLAUSE_WORDS.isdisjoint(lows) and _AND_OR.isdisjoint(lows)


_STACKED_OPENERS = word_set("sentence-words.toml", "subordinators")
_PRE_NOUN_ADJECTIVES = word_set("sentence-words.toml", "pre-noun-adjectives")
_ADJECTIVE_ENDINGS = ("ive", "ful", "less", "ous", "able", "ible", "ical", "ional", "cial", "ntal", "ated", "ised",
                      "ized")


def _adjective_like(low: str, after_comma: bool = False) -> bool:
    """Does the word read as an adjective before a noun: one of ``_PRE_NOUN_ADJECTIVES`` or with an
    adjective's ending ('effective', 'social', 'integrated'); after the comma also one in -ing
    ('a safe, welcoming place': before the comma such a word is as often a noun, 'housing')?"""
    return low in _PRE_NOUN_ADJECTIVES or (len(low) > 5 and low.endswith(_ADJECTIVE_ENDINGS)) \
        or (after_comma and len(low) > 6 and low.endswith("ing"))


def _compound_adjective(first: str, last: str) -> bool:
    """Do two words joined by a hyphen (lower case) read as one adjective before a noun ('high-quality',
    'long-term', 'person-centred', 'evidence-based', 'far-reaching'): either part like an adjective
    (:func:`_adjective_like`, after a comma), or either a past participle in -ed?"""
    return (_adjective_like(first) or _adjective_like(last, True)
            or any(len(w) > 4 and w.endswith("ed") for w in (first, last)))


def _adjective_at(toks, k: int, end: int, after_comma: bool) -> int:
    """The number of tokens of the adjective that ends (``after_comma`` False) or starts (True) at
    token k: 1 for a single word like an adjective ('timely'), 3 for two words joined by a hyphen that
    read as one ('high-quality', tokens 'high', '-', 'quality'); 0 where there is none."""
    if not (0 <= k < end and toks.word[k]):
        return 0
    a, b = (k, k + 2) if after_comma else (k - 2, k)
    if 0 <= a and b < end and toks.texts[a + 1] == "-" and toks.word[a] and toks.word[b]:
        return 3 if _compound_adjective(toks.lows[a], toks.lows[b]) else 0
    return 1 if _adjective_like(toks.lows[k], after_comma) else 0


def _adjective_comma(toks, k: int, end: int, commas: list) -> bool:
    """Is the comma at token k one between two adjectives before a noun: a single word like an
    adjective on each side ('free, warm rooms', 'effective, integrated, local care'), or two words
    joined by a hyphen that read as one ('timely, high-quality support', 'a person-centred, safe
    service'), the adjective after it followed straight by a word that is no 'and' or 'or' (the
    noun), or by another such comma? A run of adjectives closed by 'and' ('safe, effective and
    caring', 'safe, high-quality and timely') is a list."""
    if k < 1 or k + 2 >= end or not _adjective_at(toks, k - 1, end, False):
        return False
    size = _adjective_at(toks, k + 1, end, True)
    nxt = k + 1 + size
    if not size or nxt >= end:
        return False
    if toks.texts[nxt] == ",":
        return nxt in commas and _adjective_comma(toks, nxt, end, commas)
    return bool(toks.word[nxt]) and toks.lows[nxt] not in _AND_OR


def _closes_list(toks, k: int, end: int, before: str = ""):
    """The words before an 'and' or 'or' that comes within a list item's length from token
    k, before any comma (0 where it comes first: an Oxford comma); None where there is none,
    or where the words after the comma start a clause ('..., which give greater ... and')."""
    if k < end and toks.lows[k] in _CLAUSE_WORDS:
        return None
    if k < end and toks.lows[k] in _LIST_BREAKING_PREPOSITIONS and toks.lows[k] != before:
        return None
    words = 0
    depth = 0  # an 'and' inside brackets joins the aside's own words ('the ICB, (along with NHS trusts and
    # foundation trusts), must ...'), never the last items of a list outside them
    while k < end and words <= _LIST_ITEM_MOST:
        depth += (toks.texts[k] == "(") - (toks.texts[k] == ")")
        if toks.lows[k] in _AND_OR and depth <= 0:
            return words
        if toks.lows[k] == "than":
            # a comparison: its 'and' joins what the part is compared with ('..., a lower share than
            # the region (7%) and the country (8%)'), not the last items of a list
            return None
        if toks.texts[k] == ",":
            return None
        words += toks.word[k]
        k += 1
    return None


def examples_count(toks) -> Optional[int]:
    """How many examples a list after 'e.g.', 'for example', 'for instance' or 'such as' holds (not
    'including': 'covers four areas, including ...' names its items), when the sentence's list is
    such an aside's examples: they run on in commas straight after the lead, and no list goes
    before it; else None. The words before the lead are no item of it: counted from 0, the list
    took them for one more (set UV re20: 'lists 4 things' for three examples in an aside)."""
    lows = toks.lows
    depth = 0
    for j, low in enumerate(lows):
        depth += (toks.texts[j] == "(") - (toks.texts[j] == ")")
        if depth > 0:
            continue  # an example in brackets ('our own models (e.g. X), and ...') is no aside's list
        if low in ("e.g.", "eg", "e.g") or (low == "as" and j and lows[j - 1] == "such") \
                or (low in ("example", "instance") and j and lows[j - 1] == "for"):
            if j + 1 >= len(lows) or toks.texts[j + 1] == "," or "," not in toks.texts[j + 1:j + 10] \
                    or list_items(toks, 0, j)[0]:
                return None  # ('For example, councils ...': the lead opens the sentence, no list)
            return _count_examples(toks, j + 1)
    return None


#: a part between commas opening with one of these is the sentence going on after the examples
#: ('..., e.g. A, B and C, to help decide ...'), not one more example
_AFTER_EXAMPLES = word_set("sentence-words.toml", "after-examples")


def _count_examples(toks, k: int) -> int:
    """The examples from token k on, parted by commas outside brackets: up to the part that opens
    with 'and' or 'or' (the last), a part of more than eight words or one that goes on with the
    sentence ('to help ...'), or a full stop, semicolon or colon; a last part holding 'and' or 'or'
    ('heart rate and oxygen') is two."""
    lows, texts = toks.lows, toks.texts
    parts: list = []
    cur: list = []
    depth = 0
    for m in range(k, len(lows) + 1):
        t = texts[m] if m < len(lows) else "."
        if m < len(lows):
            depth += (t == "(") - (t == ")")
        if depth > 0 and m < len(lows):
            continue
        if t in (",", ";", ":", ".", "!", "?", "–", "—") and depth <= 0:
            words = [lows[x] for x in cur if toks.word[x]]
            if parts and words and len(words) > _LIST_ITEM_MOST and words[0] not in _AFTER_EXAMPLES:
                # the last two examples around 'and', each short ('people living in sheltered housing and
                # staff in local surgeries')
                joint = next((x for x, w in enumerate(words) if w in ("and", "or")), None)
                if joint and joint <= _LIST_ITEM_MOST and len(words) - joint - 1 <= _LIST_ITEM_MOST:
                    parts.append(words)
                break
            if not words or len(words) > _LIST_ITEM_MOST or (parts and words[0] in _AFTER_EXAMPLES):
                break
            parts.append(words)
            cur = []
            if words[0] in ("and", "or") or t != ",":
                break
            continue
        cur.append(m)
    if not parts:
        return 0
    closed = parts[-1][0] in ("and", "or")
    return len(parts) + (0 if closed or not any(w in ("and", "or") for w in parts[-1]) else 1)


#: words that lead into a list of what something includes ('The options considered include ...')
_INCLUDE_LEADS = frozenset(("include", "includes", "included"))
#: the lead must come within this many words of the sentence's start: it frames the whole sentence
_LEAD_WITHIN = 8


def lead_list_items(texts: list, lows: list, word: list) -> int:
    """How many items a list after 'include', 'includes' or 'included' near the sentence's start has
    ('Choices looked at include opening a new hub in the town, asking the trust to keep the ward open,
    to run a mobile clinic, or leaving things as they are.'): four items or more separated by commas
    (outside brackets), the last opened by 'and' or 'or' after its comma (and no other), with no
    semicolon or colon after the lead, and items of three words on average or more; else 0. Its items
    may be long and not parallel, so :func:`list_items` misses it, and its 'that' and 'or' are inside
    the items: not clauses to split, but a list to bullet (session 21, set OO re17); only where the
    sentence's shape counts three clauses or more (Shape.clauses), the wrong it mends. Cheap: only a
    sentence holding one of the words is read."""
    n = len(texts)
    lead = next((k for k in range(min(n, 3 * _LEAD_WITHIN)) if lows[k] in _INCLUDE_LEADS), None)
    if lead is None or sum(word[:lead]) > _LEAD_WITHIN or lead + 1 >= n or not word[lead + 1]:
        return 0
    commas = []
    depth = 0
    for k in range(lead + 1, n):
        t = texts[k]
        depth += (t == "(") - (t == ")")
        if t in (";", ":"):
            return 0
        if t == "," and depth == 0:
            commas.append(k)
    if len(commas) < 2:
        return 0
    cuts = [lead] + commas + [n]
    sizes = [sum(word[a + 1:b]) for a, b in zip(cuts, cuts[1:])]
    if min(sizes) == 0:
        return 0
    # closed by ', or' or ', and' after the last comma, and after that comma only: '..., and X, including Y,
    # to give ...' goes on past its 'and', a sentence, not a list
    if lows[commas[-1] + 1] not in _AND_OR or any(lows[k + 1] in _AND_OR for k in commas[:-1]):
        return 0
    items = len(commas) + 1
    return items if items >= 4 and sum(sizes) >= 3 * items else 0


#: from this many items, a list is worth bullets however its items are measured; a shorter one only where its
#: items are long without their articles too
LONG_LIST = 6


def worth_bullets(listed: tuple) -> bool:
    """Bullets help a list of four items or more (``listed``: from :func:`list_items`), not
    one of items of one or two words ('cost, quality, safety and access' reads well as it is).
    A list of four or five items whose items are all names of three words at most without their
    articles and possessives ('the police, the fire service, the housing team and ...') is measured
    without them too (read17); one of LONG_LIST items or more is long enough to bullet even so."""
    n, inner = listed[0], listed[1]
    if n < 4 or sorted(inner)[len(inner) // 2] < 3:
        return False
    if n >= LONG_LIST or len(listed) < 3:
        return True
    bare = sorted(listed[2])
    return bare[len(bare) // 2] >= 3 or bare[-1] > 3  # not names alone, each of three words at most


def _no_verb_after(lows: list, k: int) -> bool:
    """Is the word at k, after 'and', 'or' or 'but', 'not' ('or not being able to ...', 'but not every
    week', 'whether or not'), or 'also' or 'then' before a preposition ('and also through our partners',
    'and also about the waits'): a phrase, not a clause with a verb of its own ('and also agreed', 'but
    also enable us', 'and then all the paragraphs would be renumbered')?"""
    w = lows[k]
    if w == "not":
        return True
    return w in ("also", "then") and k + 1 < len(lows) and lows[k + 1] in _PREPOSITIONS


def _paired_aside(texts: list, i: int) -> bool:
    """Is the 'and', 'or' or 'but' at i the start of a pair's second half set off by commas, of three
    words at most ('what could, and could not, be done'; 'is, or is not, acceptable'): no clause?"""
    if texts[i - 1] != ",":
        return False
    return any(t == "," for t in texts[i + 2:i + 5])


@dataclass
class Shape:
    words: int
    links: list = field(default_factory=list)  # the words (or ';') where a new clause starts
    asides: int = 0  # bracketed or dashed asides with words on both sides
    # how each aside is set off, for the message: 'in brackets', 'between dashes', 'between commas'
    aside_marks: list = field(default_factory=list)
    # of them, asides that could be a sentence of their own: six words or more with a finite verb ('(which
    # must be published on the website)'), not '(and ultimately, beyond)' or '—often directed to ...—'
    movable: int = 0
    figures: int = 0
    long_words: int = 0
    abstract: list = field(default_factory=list)
    opening: int = 0
    openings: int = 1  # 2: a clause stacked on the opening before the main clause ('To ..., if ..., they ...')
    slashes: int = 0  # parts run together with ' / '
    listed: int = 0  # items of a list run into the prose (worth bullets: worth_bullets), else 0
    # items of a list after 'include(s)' whose items are too long for list_items ('Options include
    # setting up ..., asking ..., or doing nothing.'): a list to bullet, not clauses to split; else 0
    lead_items: int = 0
    quoted: bool = False  # the sentence opens with a quotation mark: someone else's words
    roll: int = 0  # words in parts that are people's names and job titles ('Jo Smith, Director of ..., Sam Lee')
    decision: bool = False  # a decision's recorded wording ('Noted that ...', 'That Cabinet approve ...')
    reference_words: int = 0  # words in cross-references in brackets ('(see paragraph 3.2 ...)')
    name_words: int = 0  # words of long names beyond one each ('Cardiff and Vale University Health Board')
    furniture_words: int = 0  # words of a page header, heading or imprint run into it, outside its longest part
    post_words: int = 0  # words of a person's post after their name ('Jo Lee (Director of Public Health) said')
    # of them, the words of a name set after a post ('the Cabinet Member for Parks, Councillor Jo Lee, said')
    post_names: int = 0
    glued: bool = False  # two sentences glued at a full stop with no space ('(SEND).In June ...')
    stopped: bool = False  # a sentence run on after a full stop the splitter passed ('... years. £249m is ...')
    ticks: bool = False  # a checklist's lines run into it, each box ticked 'X' ('... the best care X We will ...')
    footnotes: int = 0  # footnotes run into it: 1, a number and its citation to a web address; 2, one glued on at a full stop
    lost: bool = False  # two sentences whose full stop was lost ('... of the project He also ...')
    minutes: bool = False  # items of minutes run together ('... Fleet – AB reported ... Parks – JT said ...')
    dashed: bool = False  # parts run together with a spaced hyphen and a capital ('... at that time - Stronger ...')
    # a list's items run in after a lead-in's colon, then a new sentence ('...: Annual Report The meeting was ...')
    run_list: bool = False
    # a list's items run in to the end after a lead-in's colon ('... are as follows: Housing Transport Skills')
    list_end: bool = False
    lines: bool = False  # lines of a table or list run together ('... social mobility Explore opportunities ...')
    semicolon_part: int = 0  # words of its longest part between semicolons that join clauses, else 0
    # links after 'and' or 'or' found by a subject and its verb ahead ('... and the board had held ...'): the
    # clause may still hang on a word before it ('that either X or Y ...'), so never 'give each clause a sentence'
    loose: int = 0
    # links after 'and', 'or' or 'but' with no subject after them ('and should continue'): the words after
    # the joint are no sentence on their own, so never 'give each clause a sentence' either
    subjectless: int = 0
    # the sentence opens with a clause on 'if', 'when', 'although' ... ('If you live here and you have a
    # child, or you are a carer, then ...'): its clauses joined by 'and' or 'or' may hang on that word,
    # so never 'give each clause a sentence' ('You are a carer.' would state the condition as fact)
    condition: bool = False
    # items of a list parted by semicolons, four or more, the last after '; and' or '; or' (the parts
    # metric.split_hint calls a list to bullet), else 0
    semicolon_items: int = 0
    # a word that opens a clause ('whilst', 'that', 'which', ';') comes more often than the clauses counted on it:
    # the count of clauses is the least there are (the message says 'at least three clauses')
    uncounted: bool = False
    # words of quotations given word for word, eight words or more each, beyond one each ('the
    # recommendation ‘that income generated from ... be ring-fenced ...’'): a reader takes each in as one
    quote_words: int = 0
    fragments: bool = False  # lines of a numbered list run into it ('...; and\nii. to a period of ...')
    standing: bool = False  # standing statutory wording (an exclusion resolution, the urgent-business test)
    capitals: bool = False  # written in capitals, like a title ('APPLICATION 19/01679/MFUL - CONSTRUCTION OF ...')
    # the sentence's list as read for ``listed``: list_items of all its tokens, and examples_count where that
    # is worth bullets (else None); metric.split_hint reads the same list, and takes them from here
    items: tuple = ()
    examples: Optional[int] = None
    # words run together by a page's extraction, no space between them ('oforganisations', 'dependon'): the
    # count of words is short by as many, and none is named a long abstract noun
    run_together: int = 0

    @property
    def clauses(self) -> int:
        return 1 + len(self.links)


class _Toks:
    __slots__ = ("texts", "lows", "word")

    def __init__(self, texts, lows, word):
        self.texts, self.lows, self.word = texts, lows, word


def _is_figure(text: str) -> bool:
    # a word of letters alone has no digit: tested first, the digits read in C (``map``), not
    # by a Python step per character (tests/test_speed_shortcuts_search.py)
    return not text.isalpha() and any(map(str.isdigit, text))


_QUOTES = set("\"“‘'")

#: a number that is part of a name: one or two digits, perhaps a letter ('Phase 2', 'Year 7', 'Tier 3b')
_NAME_NUMBER = re.compile(r"[0-9]{1,2}[a-zA-Z]?$")


def _names_number(texts: list, lows: list, i: int, first: int) -> bool:
    """Is the number at token i part of a name, straight after a word with a capital ('Phase 2', 'Key
    Stage 2', 'Band 5', 'the Over 75s clinic'), or after one and a hyphen ('Post-16', 'COVID-19')? A label,
    not a figure to put in a table (set KK re48: 'the Phase 2 programme ... the Phase 2 Post-16 work
    stream' was called three figures run into the prose). Not after the sentence's first word ('Over 45%
    of ...', 'Around 30 people ...'), before '%', nor after a month, a day or a period ('Quarter 2', 'Year
    3': the time a figure is for, set KK re31)."""
    if not _NAME_NUMBER.match(texts[i]) or (i + 1 < len(texts) and texts[i + 1] == "%"):
        return False
    k = i - 2 if i >= 2 and texts[i - 1] == "-" else i - 1
    if k <= first:
        return False
    before = texts[k]
    return (before[:1].isupper() and before.isalpha() and lows[k] not in _DATE_WORDS
            and lows[k] not in _PERIOD_WORDS)


def _in_a_name(texts: list, word: list, i: int, first: int) -> bool:
    """Is the 'that' at token i a word of a name in title case ('the Borough That Cares Network', 'the
    Town that Listens Older People Plan'), not a clause's first word? 'That' with a capital after a
    capitalised word and before one; or 'that' between capitalised words, the first not the sentence's
    first word, with two capitalised words after it ('reported to the Board that Members had agreed' is
    a clause: one capital after it)."""
    n = len(texts)
    if not (0 < i < n - 1 and word[i - 1] and word[i + 1] and texts[i - 1][:1].isupper()
            and texts[i + 1][:1].isupper()):
        return False
    if texts[i] == "That":
        return True
    return i - 1 != first and i + 2 < n and word[i + 2] and texts[i + 2][:1].isupper()


#: the first word of a verb's object ('implement five ways', 'influence the plan', 'experience it')
_OBJECT_STARTS = word_set("sentence-words.toml", "determiners") | word_set("sentence-words.toml", "object-starts")
#: the modal verbs and 'to' before a verb's plain form ('to implement', 'will influence')
_BEFORE_VERB = word_set("sentence-words.toml", "before-verb")
#: 'so that', 'in order that', 'such that', 'now that': the 'that' opens a clause
_THAT_LEADS = word_set("sentence-words.toml", "that-leads")


#: words with an abstract noun's ending that are verbs too ('experience', 'influence')
_NOUN_OR_VERB = word_set("sentence-words.toml", "noun-or-verb")


def _is_noun_or_verb(low: str) -> bool:
    """Is the word one of noun-or-verb, or one with 're' or 'de' before it ('recommission', 're-position',
    'rebalance'): the prefix keeps it a verb (set AB re10: 'the process to recommission the Service')?"""
    if low in _NOUN_OR_VERB:
        return True
    if low[:2] in ("re", "de") and len(low) > 6:
        rest = low[3:] if low[2] == "-" else low[2:]
        return rest in _NOUN_OR_VERB
    return False
#: 'we', 'they', 'who': a verb follows them ('who experience disadvantage')
_VERB_SUBJECTS = word_set("sentence-words.toml", "verb-subjects")
#: 'already', 'often': an adverb between a subject and its verb ('who already experience ...')
_VERB_ADVERBS = word_set("sentence-words.toml", "verb-adverbs")


def _verb_after_subject(lows: list, word: list, i: int) -> bool:
    """Is the word at i, one that is a noun and a verb ('experience', 'influence'), a verb here by the words
    before it: a subject ('we', 'they', 'who'), 'that' or 'which' with an object's first word after
    ('services which influence the plan'), or 'to' with a word after that can be its object ('to experience
    poverty'); an adverb may stand between ('who already experience ...', 'to directly influence')? Never
    'that experience was ...' (a determiner: no object after), 'through that experience', 'access to
    experience of work' or 'refer to evidence from ...' (a preposition after)."""
    if not _is_noun_or_verb(lows[i]):
        return False
    k = i - 1
    if k > 0 and (lows[k] in _VERB_ADVERBS or (lows[k].endswith("ly") and len(lows[k]) > 4)):
        k -= 1
    before = lows[k]
    nxt = lows[i + 1] if i + 1 < len(lows) and word[i + 1] else ""
    if before in _VERB_SUBJECTS:
        return True
    if before in ("that", "which"):
        return nxt in _OBJECT_STARTS and nxt not in _NOT_VERB_OBJECTS
    if before == "to" or (before in _AND_OR and k >= 2 and lows[k - 2] == "to" and _is_noun_or_verb(lows[k - 1])):
        # (the second of two after one 'to': 'to commission or decommission services')
        if nxt in _AND_OR and i + 3 < len(lows) and _is_noun_or_verb(lows[i + 2]):
            nxt = lows[i + 3]  # the first of two ('to commission or decommission services'): their one object
        return (nxt.isalpha() and nxt not in _PREPOSITIONS and nxt not in _AND_OR and nxt not in _NOT_AFTER_TO_VERB
                and nxt not in _FINITE and not nxt.endswith("ed"))
    return False


def _a_verb_here(lows: list, word: list, i: int) -> bool:
    """Is the word at i, ending in -ment, -ence or -ance, a verb here, not a noun: after 'to' or a
    modal and before the first word of its object ('to implement five ways of working', 'will influence
    the plan', 'to experience it'), not before a preposition or another noun ('contribute to development
    of ...', 'subject to reperformance tests')?"""
    if i == 0 or i + 1 >= len(lows) or not word[i + 1]:
        return False
    # the second of two verbs after one 'to' ('to develop and influence this understanding')
    if lows[i - 1] not in _BEFORE_VERB and not (i >= 3 and lows[i - 1] in _AND_OR and lows[i - 3] in _BEFORE_VERB):
        return False
    if not lows[i].endswith(("ment", "ence", "ance")) and not _is_noun_or_verb(lows[i]):
        return False  # (an -ion word that is a verb too: 'will commission the review', set YZ re13)
    nxt = lows[i + 1]
    return (nxt in _OBJECT_STARTS or nxt[:1].isdigit()) and nxt != "that"


def _loop_tokens(texts: list, lows: list):
    """The tokens :func:`shape`'s walk over a sentence does anything at, in order: brackets,
    semicolons and dashes, the words that can start a clause, and figures. At every other
    token the walk does nothing, so it passes them by; the tokens are picked out in C
    (``map``), not by a Python step each (tests/test_speed_shortcuts_start.py walks every
    token and compares)."""
    n = len(texts)
    at = set(compress(range(n), map(_LOOP_TEXTS.__contains__, texts)))
    at.update(compress(range(n), map(_LOOP_WORDS.__contains__, lows)))
    # a figure has a digit, so it is not a word of letters alone
    at.update(i for i in compress(range(n), map(not_, map(str.isalpha, texts))) if _is_figure(texts[i]))
    return sorted(at)


#: the tokens that open a quotation to :func:`_mostly_quoted`'s walk
_QUOTE_OPENERS = frozenset(("“", '"', "‘", "'"))
#: the tokens that open a quotation to :func:`quotation_words`' walk
_QUOTATION_OPENERS = frozenset(("“", '"', "‘"))


_CLOSERS = {"“": "”", "‘": "’", '"': '"', "'": "'"}
_DEFINED_CLOSERS = set("”’\"'")  # the marks that close a name defined in quotation marks


def _opens_quoted(texts: list, word: list, words: list) -> bool:
    """Does the sentence open with a quotation mark that quotes it, not one word or a short term of it
    ('‘Additional’ families will be found ...', '"Early help" is the support ...': the mark closes before
    half the words, and the sentence goes on in the writer's own words, set CD: 'It is quoted' for a
    sentence of the writer's)? ``words``: the indexes of the word tokens."""
    opener = next((texts[k] for k in range(words[0]) if texts[k] in _QUOTES), None)
    if opener is None:
        return False
    closer = _CLOSERS.get(opener, "”")
    # (its last closing mark: a quotation may hold a term in marks of its own, '“It reads like “doing to”
    # at times ...”')
    close = next((k for k in range(len(texts) - 1, words[0], -1) if texts[k] == closer
                  or (closer == "”" and texts[k] == '"')), None)
    return close is None or 2 * sum(word[close:]) < len(words)


def _mostly_quoted(texts: list, word: list) -> bool:
    """:func:`_mostly_quoted_walk`, walked only where a token may open a quotation (told in C: most
    long sentences have none, and with none open no word is quoted;
    tests/test_speed_shortcuts_walks.py walks every sentence and compares)."""
    return not _QUOTE_OPENERS.isdisjoint(texts) and _mostly_quoted_walk(texts, word)


def _mostly_quoted_walk(texts: list, word: list) -> bool:
    """Are half the sentence's words or more inside quotation marks, double or single ('A conflict of
    interest is defined as "a set of circumstances by which ..."')? Then it is mostly someone else's
    words, like a sentence that opens with a quotation mark."""
    closer = ""  # the mark that closes the quotation we are in ('' outside one)
    quoted = total = pending = single = spans = 0
    n = len(texts)
    for k, (t, w) in enumerate(zip(texts, word)):
        if closer == "’" and t == "‘":
            spans, pending = spans + 2, 0  # a second opening before any close: the first was never closed
        elif not closer and t in ("“", '"', "‘"):
            # single marks too, the UK's usual quotation ('... amending the recommendation to ‘Agree
            # that ...’'): a lone ’ is an apostrophe ('members’ questions') and opens nothing
            closer = "’" if t == "‘" else "”"
        elif (not closer and t == "'" and 0 < k < n - 1 and word[k + 1] and texts[k + 1][:1].isupper()
              and texts[k - 1][-1:].lower() != "s"):
            # a straight single mark before a capital, not after a plural's s ('the question 'How likely
            # are you ...?'' , set KK re25): it opens a quotation as ‘ does; 'members' Forum' does not
            closer = "'"
        elif closer and (t == closer or (closer == "”" and t == '"')):
            if closer in ("’", "'"):
                single, spans = single + pending, spans + 1
            else:
                quoted += pending
            closer, pending = "", 0
        elif w:
            total += 1
            pending += bool(closer)
    # a single mark never closed ('‘... work’.3https://...', its close glued to a footnote) quotes nothing;
    # nor do several spans in single marks, most often titles or terms ('on ‘System changes’, ‘New
    # developments’ ...') or quotations inside the writer's own account run on with a footnote
    quoted += (pending if closer == "”" else 0) + (single if spans == 1 else 0)
    return total > 0 and 2 * quoted >= total


_QUOTATION_MOST = 8  # words: a quotation this long or longer is taken in as one unit


_LETTER_QUOTE = re.compile(r"[A-Za-z]‘")


def quotation_words(texts: list, word: list, text: str = "") -> int:
    """:func:`quotation_words_walk`, walked only where a token may open a quotation (told in C: most
    long sentences have none, and then there are no quoted words; tests/test_speed_shortcuts_walks.py
    walks every sentence and compares)."""
    return 0 if _QUOTATION_OPENERS.isdisjoint(texts) else quotation_words_walk(texts, word, text)


def quotation_words_walk(texts: list, word: list, text: str = "") -> int:
    """The words of the quotations inside the sentence, closed and of eight words or more, beyond one
    each: “...” (or "...") and ‘...’, closed by the first ’ on its own (an apostrophe of a plural,
    ‘... the members’ fund ...’, closes it early: fewer words taken, never more; 'authority’s' is
    another token). 0 where a quotation is never closed; no single marks where one is glued after a
    letter ('o‘ the key strate’ies': letters a PDF's text lost, not a quotation)."""
    out = 0
    n = len(texts)
    single = "‘" not in text or not _LETTER_QUOTE.search(text)  # most sentences have no ‘: no search
    k = 0
    while k < n:
        t = texts[k]
        if t in ("“", '"'):
            end = next((j for j in range(k + 1, n) if texts[j] in ("”", '"', "“")), None)
        elif t == "‘" and single:
            end = next((j for j in range(k + 1, n) if texts[j] in ("’", "‘")), None)
            end = None if end is not None and texts[end] == "‘" else end
        else:
            k += 1
            continue
        if end is None or texts[end] == "“":
            k += 1
            continue
        inside = sum(word[k + 1:end])
        if inside >= _QUOTATION_MOST:
            out += inside - 1
        k = end + 1
    return out


def _roll_words(texts: list, lows: list, word: list, first: int) -> int:
    """A roll of names and titles: the parts between commas and semicolons (outside brackets) with
    half their words or more starting with a capital, three parts at least and two job titles
    among them ('Jo Smith, Head of Service, and Sam Lee, Director of ...'): their words (0 where
    there is no roll). ``first``: the sentence's first word, whose capital says nothing.
    :func:`shape` asks only where there are two commas or semicolons and two tokens that are job
    titles (tests/test_speed_shortcuts_roll.py asks of every sentence and compares)."""
    parts, cur, depth = [], [], 0
    for i in range(len(texts)):
        depth += (texts[i] == "(") - (texts[i] == ")")
        if texts[i] in (",", ";") and depth <= 0:
            parts.append(cur)
            cur = []
        elif word[i]:
            cur.append(i)
    parts.append(cur)
    named = [p for p in parts if p and 2 * sum(texts[i][:1].isupper() and i != first for i in p) >= len(p)]
    if len(named) >= 3 and sum(lows[i] in _JOB_TITLES and texts[i][:1].isupper() for p in named for i in p) >= 2:
        return sum(len(p) for p in named)
    return 0


def shape(texts: list, word: list, syllables=None, text: str = "", lows: Optional[list] = None,
          long_words: bool = True) -> Shape:
    """The features of one sentence: ``texts`` its tokens' texts, ``word`` whether each is a
    word (analysis.is_word), ``syllables`` a syllable counter (metrics.syllables()) or None,
    ``text`` its text (for parts run together with ' / '), ``lows`` the texts in lower case
    where the caller has them already (only read, never changed). ``long_words`` False: the
    words of three syllables or more are not counted (``Shape.long_words`` stays 0, for a
    caller whose weights give them none) and only the words that can be long abstract nouns
    (eight letters or more, an abstract noun's ending) have their syllables counted, not
    every word (tests/test_speed_shortcuts_shape.py)."""
    if lows is None:
        lows = [t.lower() for t in texts]
    n = len(texts)
    words = list(compress(range(n), word))  # (the word tokens' indexes picked out in C)
    out = Shape(words=len(words))
    if not words:
        return out
    out.quoted = (_opens_quoted(texts, word, words) or _mostly_quoted(texts, word)
                  or is_written_question(text) or ("defined" in lows and _LAW_DEFINES.search(text) is not None))
    out.decision = bool(text) and is_decision(text)
    out.standing = bool(text) and is_standing(text)
    out.capitals = in_capitals(texts, word)
    out.condition = lows[words[0]] in _STACKED_OPENERS
    slashes = _slashes(text)
    if slashes:
        # 'and / or', 'he / she': one pair of words that work as one, not parts run together
        slashes -= len(_ONE_PAIR_SLASH.findall(text))
        if slashes >= 2 and ("," in text or ";" in text) and \
                all(_slashes(part) <= 1 for part in _LIST_ITEM_CUT.split(text)):
            # one slash in each of several items of a list: pairs inside names ('Eye care / Optometry
            # Service, Mental health / Wellbeing Service and ...'), not parts run together
            slashes = 0
    out.slashes = slashes if slashes >= 2 else 0  # 'academic / innovation partners' is one pair
    depth = 0
    aside_start = None
    dash_open = None
    # items of a list after a colon, set apart by semicolons, the last after 'and' or 'or' ('It has
    # three aims: X; Y; and Z'): one list, not clauses to make sentences of (the items may be noun phrases)
    semis_at = [k for k in range(n) if texts[k] == ";"] if ";" in texts else []
    listed_after_colon = bool(semis_at) and ":" in texts[:semis_at[0]] and semis_at[-1] + 1 < n and (
        lows[semis_at[-1] + 1] in _AND_OR)
    if len(semis_at) >= 3 and semis_at[-1] + 1 < n and lows[semis_at[-1] + 1] in _AND_OR:
        out.semicolon_items = len(semis_at) + 1
    elif len(semis_at) == 2 and semis_at[-1] + 2 < n and lows[semis_at[-1] + 1] in _AND_OR \
            and lows[semis_at[-1] + 2] in _WH_ITEM and lows[semis_at[0] + 1] in _WH_ITEM \
            and not _WH_ITEM.isdisjoint(lows[:semis_at[0]]):
        # three clauses on 'what' or 'how' parted by semicolons, the last after 'and' ('setting out what we
        # did; how we ...; and what we ...'): the objects of one verb, a list, none a sentence on its own
        # (set MM re16)
        out.semicolon_items = 3
    last_link = last_links = 0  # where the last clause began, and how many links there were then
    last_open = 0  # where the last word that opens a clause stood, counted as a link or not
    # a minute's heading in capitals run in ('9 (9) ASSETS OF VALUE – REGISTER UPDATE – The Director ...'): its
    # dashes close the heading's parts, no aside (set WX re44); the test stops at the first word not in capitals
    caps_head = _caps_heading_end(texts) if texts[:1] and texts[0][:1].isalnum() else 0
    item_semi = False  # a semicolon before parted the items of a list
    for i in _loop_tokens(texts, lows):
        low = lows[i]
        t = texts[i]
        if t == "(":
            if depth == 0:
                aside_start = i
            depth += 1
            continue
        if t == ")":
            depth = max(0, depth - 1)
            if depth == 0 and aside_start is not None:
                # an aside in the middle: words inside it, and words of the sentence on both sides
                # (words with letters: '(pages 39-44)' is a reference, not an aside)
                inside = [k for k in range(aside_start + 1, i) if word[k]]
                reference = bool(inside) and (
                    (lows[inside[0]] in _REFERENCE_WORDS and len(inside) <= 8)
                    # a short gloss: '(or impacts)', '(otherwise known as Home Care)', '(i.e. resident)'
                    # ('(see reference 2 in Annex E)' above: a reference of up to eight words)
                    or (lows[inside[0]] in _GLOSS_OPENERS and len(inside) <= 8)
                    # a citation: '(House of Commons Health Committee, 2007)', '(Smith et al., 2019)'
                    or (len(inside) <= 8 and _CITED_YEAR.match(texts[i - 1]))
                    # a pointer opened by 'for': '(for copy of report, see file of minutes)'
                    or _for_see(texts, lows, aside_start + 1, i))
                linked = bool(inside) and _linked_code(texts, lows, inside)
                # a short name defined in quotation marks ('(‘section 17 support’)', '("the Order")'): a label
                # the reader passes over, no aside, but no cross-reference either (set CD: 'Without the
                # cross-reference in brackets' for a defined name)
                defined = (bool(inside) and len(inside) <= 8 and texts[aside_start + 1] in _QUOTES
                           and texts[i - 1] in _DEFINED_CLOSERS)
                reference = reference or linked or defined or _name_gloss(texts, lows, word, aside_start, i)
                if inside and not defined and (linked or lows[inside[0]] in _POINTER_WORDS or _for_see(texts, lows, aside_start + 1, i)) and (
                        sum(word[:aside_start]) >= 3):
                    # a cross-reference ('(see paragraphs 3.2 to 3.9 of Chapter 1 for more on ...)'): a
                    # reader passes over it, and its words do not make the sentence long
                    out.reference_words += len(inside)
                # words as a reader counts them: 'non-amended' is one
                said = sum(1 for k in inside if not texts[k][:1].isdigit() and texts[k - 1] != "-")
                if (said >= 3 and not reference
                        and sum(word[i:]) >= 3 and sum(word[:aside_start]) >= 3):
                    out.asides += 1
                    out.aside_marks.append("in brackets")
                    out.movable += _movable(lows, word, aside_start + 1, i) and not _a_list(texts, lows, aside_start + 1, i)
                aside_start = None
            continue
        if t == ";":
            dash_open = None  # a dash before a semicolon ends its part ('Officer – Co-production;'): no aside
        if t in _DASHES and caps_head <= i < n - 1 and i and t != "-" and not _a_range(texts, lows, i):
            if dash_open is None:
                dash_open = i
            else:
                if sum(word[dash_open:i]) >= 3 and sum(word[i:]) >= 3:
                    out.asides += 1
                    out.aside_marks.append("between dashes")
                    out.movable += _movable(lows, word, dash_open + 1, i) and not _a_list(texts, lows, dash_open + 1, i)
                dash_open = None
            continue
        # a number written in groups of digits ('0800 123 4567', a phone number) is one figure (set R re21)
        if (_is_figure(t) and i > words[0] and not depth and not _YEAR.match(t)
                and not (t.isdigit() and texts[i - 1].isdigit())
                # the end of a range ('aged 18-25', '2.4.21 - 22'): one figure with its start
                and not (i >= 2 and texts[i - 1] in ("-", "–") and _is_figure(texts[i - 2]))
                # a sum written out ('a contract of 5+1+1+1', '2 + 1 years'): one figure with its first part
                and not (i >= 2 and texts[i - 1] == "+" and _is_figure(texts[i - 2]))
                and not (i + 1 < n and lows[i + 1] in _DATE_WORDS) and not _numbers_a_reference(texts, lows, i)
                and not _names_number(texts, lows, i, words[0])):
            out.figures += 1  # not a paragraph number before it, a reference in brackets, a date or a name's number
        if depth:
            continue
        nxt = lows[i + 1] if i + 1 < n else ""
        if t == ";" and i < n - 2:
            # a clause after it, not one more item of a list ('...; a referral from the committee')
            end = next((k for k in range(i + 1, n) if texts[k] == ";"), n)
            part = lows[i + 1:end]
            if not listed_after_colon and not _VERB_MARKERS.isdisjoint(part) and not item_semi and not _example_item(
                    texts, lows, max([k + 1 for k in semis_at if k < i], default=0), i, end) and not _phrase_part(
                    texts, lows, i + 1, end):
                # (a verb only inside a clause on the part's noun is no clause of the part's own: set YZ re19)
                out.links.append(";")
            elif not out.semicolon_items:
                # the part after it is an item of a list: so is the part after the next semicolon, even where
                # it runs on with a verb ('... the priorities, which were places; local firms; skills with
                # the council being required to ...': one list of three, no clauses joined; set HH re07). Not
                # in a list of four or more closed by '; and', which the message names as a list already
                item_semi = True
        elif low in _ALWAYS_CLAUSE and i > 0:
            out.links.append(low)
        elif low in _RELATIVE and i > 0 and (low == "which" or texts[i - 1] in (",", ";", "(")):
            out.links.append(low)  # not a defining 'who' ('people who use the service'): one idea
        elif low == "that" and i > 0 and nxt not in _NO_SUBJECT and not _in_a_name(texts, word, i, words[0]) and (
                nxt in _THAT_CLAUSE_NEXT or lows[i - 1] in _THAT_LEADS
                or (texts[i + 1][:1].isupper() if i + 1 < n else False)):
            out.links.append(low)  # 'agreed that the ...', 'services that are ...', 'so that', 'in order that'
        elif (low in _COORD and i > 0 and (nxt in _SUBJECT_STARTS or nxt in _NO_SUBJECT)
              and nxt not in _RELATIVE and nxt not in _ALWAYS_CLAUSE and nxt not in ("that", "those")
              and nxt != "to" and not _paired_aside(texts, i) and not _no_verb_after(lows, i + 1)):
            # not 'and that ...', 'and which ...': that word is counted; not 'and to achieve ...', a
            # second infinitive phrase with no subject or verb of its own, nor 'what could, and could
            # not, be done', a pair set off by commas (set T re34: neither is a clause)
            out.links.append(low)
            out.subjectless += nxt in _NO_SUBJECT
        elif (low in _AND_OR and i > 0 and _clause_ahead(texts, lows, i)
              and _verb_since(texts, lows, max(last_link, last_open), i)):
            # a second clause with a subject of its own after a verb: '... had been held to gather views and
            # the Youth Forum had held a planning day ...' (set N h04: two events, not one)
            out.links.append(low)
            out.loose += 1
        elif low in _PLACE_TIME and i > 0 and _clause_ahead(texts, lows, i) and _verb_since(texts, lows, 0, i):
            out.links.append(low)  # '... an event where the themes were reviewed ...': a clause of its own
        elif (low == "that" and i > 0 and nxt not in _NO_SUBJECT and texts[i - 1].islower()
              and ((len(lows[i - 1]) > 4 and lows[i - 1].endswith("ed")) or lows[i - 1] in _VERB_FORMS)
              and _clause_ahead(texts, lows, i, bare_plural=True)):
            out.links.append(low)  # 'advised that two workshops had been held': what was reported, a clause
        if low in _OPENS_CLAUSE and i > 0:
            # a clause opens here ('where', 'if', 'that'), counted or not: an 'and' or 'or' before its verb joins
            # two words of its subject ('... used where the officer or staff member is sure ...'), no clauses
            # (set KL re09: 'or' named a clause join between two nouns)
            last_open = i
        if out.links and (not last_links or len(out.links) > last_links):
            last_link, last_links = i, len(out.links)
    if syllables is not None:
        seen = set()
        # (without long_words, only the words an abstract noun's test below can pass, picked out in C)
        counted = words if long_words else list(compress(words, map(_may_be_abstract, map(lows.__getitem__, words))))
        for i in counted:
            low = lows[i]
            if not low.isalpha() or (texts[i][:1].isupper() and (i != words[0] or run_in_heading(texts))):
                continue  # a name's words ('Disability Living Allowance') are not the writer's nouns, nor a heading's
            if syllables(low) >= 3:
                out.long_words += long_words
                # not a thing one can point to ('ambulance'), nor the end of a hyphened word
                # ('Co-production'), and each word once ('lived experience' three times is one noun)
                if (len(low) >= 8 and low.endswith(_ABSTRACT_ENDINGS) and low not in _CONCRETE
                        and (low not in _EITHER_SENSE or (i + 1 < n and lows[i + 1] == "of"))
                        and not (i > 0 and lows[i - 1] == "in" and low in _LINKING_NOUNS)
                        and not _a_verb_here(lows, word, i)
                        and not (i > 0 and _verb_after_subject(lows, word, i))
                        and not (i > 0 and texts[i - 1] == "-")
                        # nor a noun naming a kind: one before a service's, a team's or people's noun
                        # ('the probation service'), or the first half of a hyphened word ('decision-makers')
                        and not (i + 1 < n and lows[i + 1] in _COMPOUND_HEADS)
                        and not (i + 2 < n and texts[i + 1] == "-" and word[i + 2] and f"{texts[i]}-" in text)
                        and not (texts[i - 1] == "/" and any("http" in x for x in texts[max(0, i - 12):i]))
                        and low.rstrip("s") not in seen
                        # no word at all, two run together ('oforganisations'; set WX re15)
                        and not run_together(low)):
                    seen.add(low.rstrip("s"))
                    out.abstract.append(texts[i])
    first = lows[words[0]]
    if first in OPENING_WORDS or (first.endswith("ing") and len(first) > 5):
        for i in range(n):
            if texts[i] == ",":
                before = sum(word[:i])
                # not where the part before the comma is a clause of its own ('On 6 February I
                # cycled ...', 'For West Sussex the top risks are tobacco, ...')
                if before >= 6 and not any(lows[k] in _SUBJECT_STARTS or lows[k] in _FINITE for k in range(1, i)):
                    out.opening = before
                # a clause of its own stacked on the opening ('To help ease this move, if it is better for
                # them to ..., they can ...'): the reader holds two parts before the main one (set R h-re07);
                # the opening has no verb of its own ('this' is its object's, not a subject)
                if before >= 6 and i + 1 < n and lows[i + 1] in _STACKED_OPENERS \
                        and not any(lows[k] in _FINITE for k in range(1, i)):
                    j = next((k for k in range(i + 2, n) if texts[k] in (",", ";", "(", ")")), n)
                    if j < n and texts[j] == "," and sum(word[i + 1:j]) >= 4 and sum(word[j:]) >= 4:
                        out.opening, out.openings = sum(word[:j]), 2
                break
    # a relative clause set off by commas in the middle ('The plan, which was written over
    # many months by ..., is long'): an aside too, between a noun and the rest of its clause
    for i in compress(range(1, n - 1), map(",".__eq__, islice(texts, 1, n - 1))):
        if lows[i + 1] in _RELATIVE and not _after_short_aside(texts, word, i):
            close = next((k for k in range(i + 2, n) if texts[k] in (",", ";", ":", "(", ")")), None)
            # not where 'and', 'or' or 'but' follows the closing comma ('people who ..., and have ...'): the
            # clause goes on, and the sentence does not read whole without the part (set LL re19)
            if (close is not None and texts[close] == "," and sum(word[i + 1:close]) >= 6
                    and (close + 1 >= n or lows[close + 1] not in _COORD)
                    and sum(word[close:]) >= 3 and _verb_after(texts, lows, word, close + 1)
                    and not _list_tail(lows, word, close + 1)
                    and not _closing_list_after(texts, lows, word, i, close)
                    and not _in_wh_series(texts, lows, i, close) and not _verb_series(texts, lows, i + 2, close)):
                out.asides += 1  # not '..., which has been adopted by X Council, Y Council and Z': a list goes on
                out.aside_marks.append("between commas")
                out.movable += 1  # six words or more after 'which' or 'who': a clause of its own
    # a roll of names and titles (three parts need two commas or semicolons, and two job titles two
    # tokens of them: told in C, most long sentences have neither, and their parts are not walked)
    if texts.count(",") + texts.count(";") >= 2 and sum(map(_JOB_TITLES.__contains__, lows)) >= 2:
        out.roll = _roll_words(texts, lows, word, words[0])
    listing = _Toks(texts, lows, word)
    listed = out.items = list_items(listing, 0, n)
    if worth_bullets(listed):
        examples = out.examples = examples_count(listing)
        out.listed = listed[0] if examples is None else (examples if examples >= 4 else 0)
    elif "include" in text and n > 2:  # (cheap: only a sentence with the word is read)
        out.lead_items = lead_list_items(texts, lows, word)
    if ";" in out.links and not any(texts[k] == ";" and k + 1 < n and lows[k + 1] in _ALWAYS_CLAUSE
                                    for k in range(n)):
        # not '...; because we know that ...': a part that cannot stand as a sentence
        cuts = [-1] + [k for k in range(n) if texts[k] == ";"] + [n]
        out.semicolon_part = max(sum(word[a + 1:b]) for a, b in zip(cuts, cuts[1:]))
    out.furniture_words, out.name_words = reader_length(texts, word, text)
    # words run together ('beneeded', 'oforganisations'): only words in lower case of five letters or more
    # are looked up, and each once per process (the dictionary remembers them)
    out.run_together = sum(1 for k in words if len(lows[k]) >= 5 and texts[k].islower() and lows[k].isalpha()
                           and run_together(lows[k]))
    out.quote_words = quotation_words(texts, word, text)
    out.post_words = post_words(texts, word)
    if out.post_words:
        out.post_names = post_words(texts, word, names=True)
    if out.furniture_words and "http" in text:
        # 2 where a footnote's address is glued on at a full stop: the sentence before it is cut off too
        out.footnotes = 2 if any("http" in t and _NOTE_URL.search(t) for t in texts) else int(
            any(_NOTE_START.search(t) for t in texts if t[-1:].islower()))
    out.glued = bool(out.furniture_words) and (any(map(_GLUED_STOP.search, texts))
                                               or (".I " in text and _GLUED_I.search(text) is not None))
    out.ticks = bool(out.furniture_words) and " X " in text and len(_TICK.findall(text)) >= 2
    out.dashed = bool(out.furniture_words) and not out.glued and (" - " in text or _SPACED_GLUED_DASH.search(text) is not None)
    out.minutes = bool(out.furniture_words) and not out.glued and len(_minute_items(texts, word)) >= 2
    out.run_list = (bool(out.furniture_words) and ":" in texts and not out.glued and not out.dashed
                    and any(texts[k] in ("The", "This") and _list_run_in(texts, word, k) is not None
                            for k in range(1, len(texts))))
    out.list_end = bool(out.furniture_words) and ":" in texts and list_to_end(texts, word) is not None
    out.fragments = bool(out.furniture_words) and bool(_fragment_cuts(texts, word))
    out.lines = (bool(out.furniture_words) and not out.glued and not out.dashed and not out.fragments
                 and _lines_run_together(texts))
    out.stopped = (bool(out.furniture_words) and not out.glued and not out.dashed and not out.fragments
                   and not out.lines and any(_run_on_stop(texts, word, k) for k in range(1, n - 1) if texts[k] == "."))
    out.lost = (bool(out.furniture_words) and not out.glued and not out.dashed and not out.fragments
                and not out.lines and not out.stopped and not out.run_list
                and any(_lost_stop(texts, word, k) for k in range(1, n - 2)
                        if (texts[k] in _GLUED_OPENERS or texts[k] in _PRONOUN_OPENERS or texts[k] in _YEAR_OPENERS)
                        and texts[k - 1].lower() not in _SECTION_NAMES))
    if out.name_words and (out.listed or out.words - out.furniture_words > NAMES_UP_TO or any(
            lows[k] in ("and", "but") and _FINITE.intersection(lows[k + 1:k + 7]) for k in range(1, n))):
        # a list worth bullets ('developed by X Council (XC), Y Police (YP), ...'), two things said
        # ('..., and there have been several meetings of ...'), or so long that a reader has too much
        # to hold even with each name taken in as one
        out.name_words = 0
    if len(out.links) >= 2:
        # words that open a clause the walk did not count ('Whilst ...', 'due to the fact that ...', a second
        # 'that' after 'and'): the count is the least there are, and the message says 'at least' (set QR re23,
        # re28, re30: three clauses where a reader found five); only for a sentence with two links or more, the
        # ones whose count is told, and counted in C
        said = Counter(out.links)
        seen = Counter(compress(lows, map(_COUNTED_OPENERS.__contains__, lows)))
        seen[";"] = texts.count(";")
        out.uncounted = any(k > said[w] for w, k in seen.items())
    return out


_POST_OPENERS = frozenset(("(", ","))


class _Texts:
    """A sentence's token texts, their lower case and which are words, as list_items reads them."""

    def __init__(self, texts: list, word: list):
        self.texts, self.word = texts, word
        self.lows = [t.lower() for t in texts]


#: titles written before a person's name ('Councillor Jo Lee', 'Dr Sam Shah')
_NAME_TITLES = word_set("sentence-words.toml", "name-titles")


def _a_titled_name(texts: list, inside: list) -> bool:
    """Are the words ``inside`` a person's title and name ('Councillor Jo Lee', 'Dr Sam Shah'), not a
    post ('Professor of Nursing', 'Director of Public Health')? The title first, then words with
    capitals alone, none a job title."""
    return (texts[inside[0]].lower().rstrip(".") in _NAME_TITLES and len(inside) >= 2
            and all(texts[j][:1].isupper() and texts[j].lower() not in _JOB_TITLES for j in inside[1:]))


def post_words(texts: list, word: list, names: bool = False) -> int:
    """The words of a person's post set after their name, in brackets or between commas ('Carole
    Burgoyne (Strategic Director for People) submitted ...', 'Councillor Lucy Smith, Cabinet Member
    for Children and Young People, presented ...'): an apposition a reader takes in as a label
    and passes over. The name: two capitalised words or more (or a title and a name) just before;
    the post: words with capitals (small joining words aside) holding a job title ('Director',
    'Member', 'Officer'), closed by the bracket or the comma, of three words or more."""
    n = len(texts)
    out = 0
    # (the brackets and commas picked out in C, not by a Python step per token)
    for k in compress(range(2, n - 3), map(_POST_OPENERS.__contains__, islice(texts, 2, max(2, n - 3)))):
        opener = texts[k]
        if not (_cap(texts[k - 1]) and word[k - 1] and _cap(texts[k - 2]) and word[k - 2]):
            continue  # no name just before
        close = ")" if opener == "(" else ","
        end = next((j for j in range(k + 1, min(n, k + 16)) if texts[j] in (close, ";", ":", "(")
                    or (opener == "(" and texts[j] == ",")), None)
        if end is None or texts[end] != close or end + 1 >= n:
            continue
        inside = [j for j in range(k + 1, end) if word[j]]
        if len(inside) < 3 or not _cap(texts[inside[0]]):
            continue
        if not all(_cap(texts[j]) or texts[j].lower() in _NAME_JOINERS for j in inside):
            continue
        if any(texts[j].lower() in _JOB_TITLES for j in inside) and sum(word[end:]) >= 3:
            # (``names``: only a titled name set after a post, 'the Cabinet Member for Parks, Councillor
            # Jo Lee, said': the part before it a post, the part between the commas a name)
            if not names or (_a_titled_name(texts, inside) and _post_before(_Texts(texts, word), k)):
                out += len(inside)
    return out


_NOT_FINITE = frozenset(("be", "been"))


def _movable(lows: list, word: list, a: int, b: int) -> bool:
    """Could the aside of tokens a to b be a sentence of its own (its subject supplied): six words or
    more, and a verb (one of the small words that show one, a verb form 'said', 'sets', a word in -ed,
    or 'which' or 'who' opening it)? A short or verbless aside ('(and ultimately, beyond)', '(including
    the costs of transport and meals)') moved out is a fragment."""
    said = [k for k in range(a, b) if word[k]]
    # (a word in -ed alone is no verb of a sentence: '(using money earmarked for reserves)', '(not employed
    # or related to ...)' are participles; moved out, each is a fragment. It counts after a word that
    # can be its subject: '(the council agreed it in May)', '(officers reviewed ...)')
    return len(said) >= 6 and (lows[said[0]] in _RELATIVE or any(
        (lows[k] in _VERB_MARKERS and lows[k] not in _NOT_FINITE) or lows[k] in _VERB_FORMS
        or (len(lows[k]) > 4 and lows[k].endswith("ed") and j > 0 and (
            lows[said[j - 1]] in _SUBJECT_STARTS or lows[said[j - 1]] in _BODIES))
        for j, k in enumerate(said)))


def _in_wh_series(texts: list, lows: list, i: int, close: int) -> bool:
    """Is the ', which ...,' part between the commas at tokens i and close one of a series of parts
    opening with 'which', 'who' or another wh-word ('... the difference the scheme is making, which
    parts are working, which are not working so well, and what should change'): an item of a list,
    not an aside to move out. The part before the comma at i, or the one after the comma at close,
    opens with such a word too."""
    prev = next((k for k in range(i - 1, -1, -1) if texts[k] in (",", ";", ":", "(", ")")), None)
    before = prev is not None and texts[prev] == "," and prev + 1 < i and (
        lows[prev + 1] in _RELATIVE or (lows[prev + 1] in _WH and lows[prev + 1] != "that"))
    # (or 'and' or 'or' before it: '... living in areas where ..., who are aged 55 to 74, and who smoke' is
    # the second of three criteria, not an aside to move out: set HH re45)
    k = close + 2 if close + 2 < len(texts) and lows[close + 1] in ("and", "or") else close + 1
    after = k < len(texts) and (
        lows[k] in _RELATIVE or (lows[k] in _WH and lows[k] != "that"))
    return before or after


def _verb_ending(low: str) -> str:
    """'ed' or 's' for a word that may be a verb in the past or with its -s ('reduced', 'reduces'), else ''
    (not a short word: 'is', 'was', 'has' are no verb of a list)."""
    if len(low) < 4:
        return ""
    if low.endswith("ed"):
        return "ed"
    return "s" if low.endswith("s") and not low.endswith("ss") else ""


def _verb_series(texts: list, lows: list, v: int, close: int) -> bool:
    """Does the comma at token close go on a list of the verbs of a ', which ...' clause, its first verb
    at token v ('..., which improves health for patients, reduces costs, protects staff and cuts waits'):
    the word after the comma has the same ending as that verb, and so does a word in lower case after a later
    'and' or 'or'? Then the clause runs on to the end: it is no aside in the middle (set CC re38)."""
    n = len(texts)
    if v >= n or close + 1 >= n:
        return False
    ending = _verb_ending(lows[v])
    if not ending or _verb_ending(lows[close + 1]) != ending or not texts[close + 1].islower():
        return False
    return any(lows[k] in _AND_OR and texts[k + 1].islower() and _verb_ending(lows[k + 1]) == ending
               for k in range(close + 2, n - 1))


def _a_list(texts: list, lows: list, a: int, b: int) -> bool:
    """Is the aside of tokens a to b a list of things, with no small word that shows a verb ('(active
    recovery at home, enhanced care at home, rehab beds, and active leadership)'): two commas or more,
    'and' or 'or' after the last? Its words in -ed ('enhanced') describe; moved out, it is no sentence."""
    commas = [k for k in range(a, b) if texts[k] == ","]
    return (len(commas) >= 2 and any(lows[k] in _AND_OR for k in range(commas[-1], b))
            and not any(lows[k] in _FINITE for k in range(a, b)))


#: articles and possessives: the word after one is a noun ('the basis', 'its costs'), never a verb
_ARTICLES = word_set("sentence-words.toml", "article-words")


def _list_tail(lows: list, word: list, k: int) -> bool:
    """Is all of the sentence from token k on the last items of a list, its comma before k one of the
    list's ('..., which required the owners to keep clear hedges, gates, stiles and bridges.'): parts
    of four words at most between commas, the last joined by 'and' or 'or', none with a verb's little
    word? Then a ', which ...' before it runs to the sentence's end, no aside in the middle (read17)."""
    parts, cur = [], []
    for j in range(k, len(lows)):
        if lows[j] == ",":
            parts.append(cur)
            cur = []
        elif word[j]:
            cur.append(lows[j])
        elif lows[j] not in (".", "-", "'", "’"):
            return False
    parts.append(cur)
    return (all(1 <= len(p) <= 4 for p in parts) and any(w in _AND_OR for w in parts[-1])
            and not any(w in _FINITE or w in _VERB_MARKERS for p in parts for w in p))


def _closing_list_after(texts: list, lows: list, word: list, i: int, close: int) -> bool:
    """Is the comma at ``close``, after a ', which ...' part opened at the comma at i, one of a list's that
    runs on to the sentence's end ('The check gave ... advice to lower the risk, which may include more
    exercise, dietary advice, prescribed medicines for blood pressure, and support to stop smoking.')? The
    main clause has its verb before the part (so the part interrupts nothing), and after the comma come
    parts of up to eight words between commas, two or more, the last holding 'and' or 'or', each a noun's
    item ('dietary advice', 'support to ...'), none a verb's phrase ('sets out ...', 'covers our ...') nor
    holding a verb's little word. Then the sentence does not carry on after the part: no aside in the
    middle (set IJ re19: 'an aside in the middle (between commas)' for a closing list)."""
    if not any(lows[k] in _FINITE or lows[k] in _VERB_FORMS or (len(lows[k]) > 4 and lows[k].endswith("ed")
                                                               and texts[k].islower()) for k in range(1, i)):
        return False  # ('The plan, which ..., puts carers, families and staff first': its verb comes after)
    parts, cur = [], []
    for j in range(close + 1, len(lows)):
        if texts[j] == ",":
            parts.append(cur)
            cur = []
        elif word[j]:
            cur.append(j)
        elif texts[j] not in (".", "-", "'", "’", "(", ")"):
            return False
    parts.append(cur)
    if len(parts) < 2 or not all(1 <= len(p) <= _LIST_ITEM_MOST for p in parts) \
            or not any(lows[j] in _AND_OR for j in parts[-1]):
        return False
    if any(lows[j] in _FINITE or lows[j] in _VERB_MARKERS or lows[j] in _CLAUSE_WORDS for p in parts for j in p):
        return False
    toks = _Toks(texts, lows, word)
    n = len(texts)
    if lows[parts[0][0]] in _VERB_FORMS:
        return False  # the main clause going on ('..., sets out ...'); further on, 'support' is as often a noun
    for p in parts:
        first = p[1] if lows[p[0]] in _AND_OR and len(p) > 1 else p[0]
        if _verb_phrase_at(toks, first, n) or _item_kind(toks, first, n).replace("ing", "noun") not in ("noun", "to"):
            return False
    return True


def _verb_after(texts: list, lows: list, word: list, k: int) -> bool:
    """Is there a verb after token k for the clause that a ', which ...,' aside interrupts ('The plan,
    which ..., is long', '..., sets out ...')? Not where only more names of a list follow ('...,
    the Vale Council and the Health Board.'): one of the little words that show a verb, or a word
    in lower case ending in -s or -ed, or a verb's form ('set', 'made'), among the first three words
    after it."""
    # ('..., sets out ...', '..., has also been ...'): a plural
    # further on ('..., increase revenue or support the provision of services') is no verb of that clause,
    # and the comma closed an item of a list inside the aside ('which lets X fund projects that reduce
    # costs, increase revenue or ...')
    # (a word after a determiner is a noun, whatever its ending: '..., the basis of transfer and ...' is
    # the next item of a list, not the clause going on: set II re60)
    said = [j for j in range(k, len(texts)) if word[j]][:4]
    if not any(lows[j] in _ARTICLES for j in said[:2]):
        said = said[:3]  # (a noun after an article: one word further, '..., the villages also had ...')
    return any(lows[j] in _VERB_MARKERS or lows[j] in _VERB_FORMS
               or (lows[j].endswith(("s", "ed")) and not _cap(texts[j]) and lows[j - 1] not in _ARTICLES
                   and lows[j] not in _ARTICLES)
               for j in said)


# a term's definition in law, set down in the law's own words ('A child in need is defined under the
# Children Act 1989 as a child who ...', 'The term medical device is legally defined in the Medical Devices
# Regulations 2002 as ...'): the writer cannot change its words, so it is read as quoted (read17)
_LAW_DEFINES = re.compile(r"\b(?:is|are) (?:legally |formally |statutorily )?defined (?:in|by|under) [^.;:]{0,90}?"
                          r"\b(?:Act|Regulations|Order|Directive|Code)(?: [0-9]{4})?(?: \([^)]{0,40}\))? as\b")
# a parliamentary written question in its fixed form, published as it was asked ('To ask the Scottish
# Government, ... whether ...', 'To ask the Secretary of State for Health, what ...'): the member's words
_ASKED = re.compile(r"To ask (?:the|Her|His) [A-Z]")
# a council member's question put to a member of the executive, published as asked ('Does the Cabinet
# Member agree that ...?', 'Can the Cabinet Member tell me: 1) How many ...?')
_MEMBERS_QUESTION = re.compile(r"(?:Can|Could|Will|Would|Does|Do|Is|Has|Have|Please can) (?:the|my) (?:Cabinet Member|"
                               r"Leader|Deputy Leader|Portfolio Holder|Executive Member|Lead Member|Mayor|Chair|Chairman)\b")


def is_written_question(text: str) -> bool:
    """Is the sentence a parliamentary written question in its fixed form ('To ask the Scottish Government,
    ... what ...'), or a council member's question to the executive ending in a question mark ('Does the
    Cabinet Member agree that ...?'), published as the member asked it?"""
    text = text.strip()
    return bool(_ASKED.match(text)) or (text.rstrip("”’\"'").endswith("?") and bool(_MEMBERS_QUESTION.match(text)))


# a page's furniture run into a sentence: 'Page 2 of 55', 'Page 2'
_PAGE = "Page"
# a new sentence run on with no full stop after a heading, a date or a bracket ('... Service (TVS) The
# Tissue Viability Service is ...', '... printed on 24 January 2017 This report has been ...')
_GLUED_OPENERS = {"The", "This", "These", "Our", "We"}
# a token that holds a sentence's end and the next one's start, with no space after the full stop:
# 'SEND).In', 'services.The' (three letters or more, a bracket or a figure before it: not 'St.Helens'), or a
# list's bold markers between ('falls.**Unplanned': bullet points a PDF gave as '**')
_GLUED_STOP = re.compile(r"(?:[a-z]{3}|[0-9)\]’”])\.(?:\*\*)?[A-Z][a-z]+$")
_GLUED_I = re.compile(r"[a-z]{3}\.I ")  # '... this lovely town.I also ...': the pronoun, split off by the tokeniser
_MONEY_SIGNS = frozenset("£$€")  # a sentence that starts with a sum ('£249m is spent ...')
_TICK = re.compile(r"[a-z] X [A-Z]")  # a checklist's box ticked between one line and the next
# a footnote's number and its web address glued on at a full stop ('... claim asylum’.1https://www.gov.uk'):
# the sentence ends there, and the address is no part of any sentence
_NOTE_URL = re.compile(r"[a-z’”)\]]\.\d{1,2}https?://")
# a footnote's number glued on before its citation ('... protocol’),2Home Office, ..., at https://...'):
# the citation, to its web address, is run into the sentence, which goes on after it
_NOTE_START = re.compile(r"[a-z’”)\]],?\d{1,2}[A-Z][a-z]+$")
# the tokens reader_length's walk can act at: a web address, a footnote's number glued on (_NOTE_START), a
# full stop, 'Page', a spaced hyphen or a sentence's opener run on (_GLUED_OPENERS); more do no harm
# a pronoun that opens the next sentence where a full stop was lost ('... of the project He also ...')
_PRONOUN_OPENERS = word_set("sentence-words.toml", "pronoun-openers")
# small words a title in capitals follows inside a sentence ('approval from The Leader', 'by The King's Fund')
_TITLE_BEFORE = word_set("sentence-words.toml", "title-before")
# a section's own name, a heading whatever follows it ('... in 2014/ Recommendations The Board is asked ...')
_SECTION_NAMES = word_set("sentence-words.toml", "not-titles") - word_set("sentence-words.toml", "not-heading-terms")
# a time word that opens the next sentence before a year, after a preposition that lost its year and
# full stop ('... launched by the department in Between 2006 and 2010 the network ...')
_YEAR_OPENERS = word_set("sentence-words.toml", "year-openers")
_YEAR_BEFORE = word_set("sentence-words.toml", "year-before")
#: a bullet's hyphen glued to the capital that opens its text ('... in the spring -Cllr Lee asked ...')
_GLUED_DASH = re.compile(r"^-[A-Z][a-z]+$")
_SPACED_GLUED_DASH = re.compile(r"[a-z] -[A-Z][a-z]+ ")
_READER_AT = re.compile("http|\\.|" + _NOTE_START.pattern + "|" + _GLUED_DASH.pattern + "|^(?:"
                        + "|".join(map(re.escape, sorted(_GLUED_OPENERS | _PRONOUN_OPENERS | _YEAR_OPENERS
                                                         | {_PAGE, "-"}))) + ")$")
#: the whole tokens _READER_AT picks out (its last part)
_READER_WORDS = frozenset(_GLUED_OPENERS | _PRONOUN_OPENERS | _YEAR_OPENERS | {_PAGE, "-"})


def _reader_at(texts: list) -> list:
    """The indexes, in order, of the tokens _READER_AT matches (where reader_length's walk can act), with
    fewer searches: a token of letters alone can match only as one of _READER_WORDS or by holding 'http'
    (its other parts need a full stop or a digit), so where no token holds 'http' the letters' tokens
    are looked up in the set, in C, and only the others searched (about two thirds fewer searches;
    tests/test_speed_shortcuts_shape.py compares with every token searched)."""
    n = len(texts)
    if "http" in "".join(texts):
        return list(compress(range(n), map(_READER_AT.search, texts)))
    at = set(compress(range(n), map(_READER_WORDS.__contains__, texts)))
    other = list(compress(range(n), map(not_, map(str.isalpha, texts))))
    at.update(compress(other, map(_READER_AT.search, map(texts.__getitem__, other))))
    return sorted(at)


_BODIES = word_set("sentence-words.toml", "bodies")  # 'Board', 'Members': capitals inside minutes' sentences
# words after which a capital starts a name, not a line ('with Kent Training', 'thanked Sam for')
_LINE_JOINERS = OPENING_WORDS | word_set("sentence-words.toml", "determiners") | {"and", "or", "but", "of", "to"}
# words cut short with a full stop that a sentence goes on after ('approx. two thirds')
_SHORTENED = word_set("sentence-words.toml", "shortened")
# words after a stray full stop that carry the same sentence on ('... to staff and users. in designing ...')
_GOES_ON = word_set("sentence-words.toml", "goes-on")
# small words inside a long name ('Well-being of Future Generations (Wales) Act 2015', 'Vale of Glamorgan')
_NAME_JOINERS = {"of", "and", "&", "for", "the", "-", "(", ")", "’s", "'s", "on", "upon"}
#: a run of this many capitalised words or more is a long name, read as one
NAME_RUN_WORDS = 3
#: names lessen a sentence's length only where their words beyond one each are this share of it or more
NAMES_SHARE = 0.3
#: ... and only in a sentence of this many words at most (without furniture run into it)
NAMES_UP_TO = 50


def _cap(t: str) -> bool:
    return t[:1].isupper()


def _name_starts(texts: list, lo: int, hi: int) -> set:
    """The tokens from lo to hi that can start a long name in reader_length's walk: those not in
    lower case (a word with a capital, a figure; more do no harm), picked out in C, not by a
    Python step per token (tests/test_speed_shortcuts_shape.py walks every token and compares)."""
    return set(compress(range(lo, hi), map(not_, map(str.islower, islice(texts, lo, hi)))))


def _line_starts(texts: list) -> list:
    """Where lines of a table or a list run together with no full stops start a line: a word with
    a capital between a word in lower case that is no small joining word and another in lower case
    ('... support social mobility Explore opportunities ...')."""
    n = len(texts)
    # (words in title case picked out in C: 'Explore'; a line's first word has letters alone)
    return [k for k in compress(range(1, n - 1), map(str.istitle, islice(texts, 1, max(1, n - 1))))
            if texts[k].isalpha() and not texts[k].isupper() and texts[k - 1].isalpha()
            and texts[k].lower() not in _BODIES and texts[k].lower() not in _JOB_TITLES
            and texts[k - 1].islower() and texts[k - 1] not in _LINE_JOINERS
            and texts[k + 1].isalpha() and texts[k + 1].islower() and texts[k + 1] not in _NAME_JOINERS]


def _cell_starts(texts: list) -> list:
    """Where a table's cells run together start a cell with a name in capitals: a word with a
    capital, then another, after a plural in lower case that is no small joining word, the name
    followed by a word in lower case that carries the cell on ('... for future pandemics Infection
    Prevention and Control in ...'). Read only beside a line start (_line_starts): alone it may be a
    real sentence's name ('with partners Public Health England and ...'); not after 'new', 'existing',
    'local', 'than' ... ('the existing Adult Crisis Intervention service'), nor a name that ends the
    part ('... is Warden park Secondary Academy.')."""
    n = len(texts)
    starts = []
    for k in compress(range(1, n - 1), map(str.istitle, islice(texts, 1, max(1, n - 1)))):
        before = texts[k - 1]
        if not (texts[k].isalpha() and texts[k + 1].istitle() and texts[k + 1].isalpha()
                and before.isalpha() and before.islower() and before.endswith("s") and not before.endswith("ss")
                and before not in _LINE_JOINERS and before not in _VERB_MARKERS
                and texts[k].lower() not in _BODIES and texts[k].lower() not in _JOB_TITLES):
            continue
        j = k + 2
        while j < n and (texts[j].istitle() or texts[j] in _NAME_JOINERS):
            j += 1
        if j < n and texts[j].isalpha() and texts[j].islower():
            starts.append(k)  # the cell goes on in lower case: 'Infection Prevention and Control in ...'
    return starts


def _row_starts(texts: list) -> list:
    """Where the rows of a table run together start a row that opens as the first did: the first two
    words again, the first with a capital and the second in lower case, with no full stop, colon or
    semicolon before them ('Estimated impact of a rise in the number of children ... (more children
    needing help) Estimated impact of a rise in ...', 'Provision for the rise in fees ... 0-25 Provision
    for the rise in ...'). A writer does not begin a sentence again inside itself; a table's rows do."""
    # (only the first two words are read, and whether there are eight: not every token looked at)
    words = list(islice((k for k, t in enumerate(texts) if t[:1].isalpha()), 8))
    if len(words) < 8:
        return []
    a, b = words[0], words[1]
    first, second = texts[a], texts[b]
    if not (b == a + 1 and first.istitle() and first.isalpha() and len(first) >= 3 and second.islower()
            and first not in _GLUED_OPENERS and first.lower() not in _LINE_JOINERS
            # a name and its verb may come again ('Leeds has ..., which means Leeds has ...'): a row opens
            # with a noun's words ('Provision for', 'Estimated impact')
            and second not in _VERB_MARKERS and second not in _FINITE):
        return []
    n = len(texts)
    out = []
    k = b + 3
    while True:  # (the first word found again by list.index, in C, not by a Python step per token)
        try:
            k = texts.index(first, k + 1, n - 3)
        except ValueError:
            return out
        # (not inside a name: '... Boards are required to develop Joint Health and Wellbeing Strategies')
        if (texts[k + 1] == second and texts[k - 1] not in (".", ":", ";") and not texts[k - 1].istitle()
                and texts[k - 1].lower() not in _LINE_JOINERS and not texts[k + 2].istitle()):
            out.append(k)


def _score_starts(texts: list) -> list:
    """Where the lines of a list of named things, each with its score or count in brackets, run
    together ('... Taxi Procurement (15) Cyber Incident on Trust Systems (16) Restoring Trust Data
    (15) ...', a risk register's cell flattened): the word with a capital after each '(15)', three
    times or more (set UV re43). A writer puts one bracketed figure in a sentence, not a run of them."""
    if ")" not in texts:
        return []
    n = len(texts)
    out = [k for k in range(4, n - 1) if texts[k - 1] == ")" and texts[k - 2].isdigit() and texts[k - 3] == "("
           and texts[k].istitle() and texts[k].isalpha() and texts[k].lower() not in _LINE_JOINERS
           and texts[k - 4][:1].isalpha()]
    return out if len(out) >= 3 else []


#: a "sentence" with this many starts of a table's or list's lines run together (_all_line_starts) is a
#: table, form or document-control sheet flattened into text, not prose ('Title of the policy Purpose of the
#: policy ... policy To ensure ... services Involvement organisers To follow ...'): set X re50
TABLE_LINE_STARTS = 3


def is_flattened_table(texts: list) -> bool:
    """Is this sentence (its tokens' texts) a table's labels and cells run together with no full stops:
    three line starts or more (_all_line_starts: a word with a capital after a word in lower case that is
    no joining word, carried on in lower case; a row opening as the first did; a score's bracket)? Read by
    ``Analysed.label_run``, the analysis's one fact for every family."""
    return len(_all_line_starts(texts)) >= TABLE_LINE_STARTS


#: labelled items run together ('... new guidance Whole schools approach: to build ...'): this many at least
LABELLED_ITEMS = 3


def _label_starts(texts: list) -> list:
    """The starts of labelled items run together with no full stops, a table's or a list's lines ('Early
    help: a family worker for ... in each town Healthy schools: support to build ... for all pupils Social
    prescribing: links to ...'): a word with a capital straight after a word in lower case (no mark
    between), opening a label of one to five words that ends with a colon. Where there are two or more
    (three items with the first), each starts a line of its own."""
    n = len(texts)
    out = []
    for c in compress(range(2, n), map(":".__eq__, islice(texts, 2, n))):
        for k in range(c - 1, max(c - 6, 0), -1):
            t = texts[k]
            if not t.isalpha():
                break
            before = texts[k - 1]
            if _cap(t) and before.isalpha() and before.islower() and len(before) >= 3:
                out.append(k)
                break
    return out


def _all_line_starts(texts: list) -> list:
    """Line starts (_line_starts) and, where there is one at least, cell starts (_cell_starts); and
    the starts of a table's rows that open as the first did (_row_starts); and the lines of a list of
    scored things run together (_score_starts)."""
    labels = _label_starts(texts) if ":" in texts else []
    if len(labels) >= LABELLED_ITEMS - 1:
        return sorted(set(_line_starts(texts) + labels))
    scores = _score_starts(texts)
    if scores:
        return sorted(set(_line_starts(texts) + _row_starts(texts) + scores))
    starts = _line_starts(texts)
    rows = _row_starts(texts)
    if rows:
        return sorted(set(starts + rows + (_cell_starts(texts) if starts else [])))
    return sorted(starts + _cell_starts(texts)) if starts else starts


# a numbered list's marker at a line's start: 'ii.', 'b)', '3.', '(c)'
_LINE_MARKER = re.compile(r"(?:[ivx]{1,4}|[a-zA-Z]|[0-9]{1,2})$")


def _run_on_stop(texts: list, word: list, k: int) -> bool:
    """Is the full stop at token k the end of a sentence the splitter went on past: after a word in
    lower case, before a word in lower case ('... signed by both parties. appendix 1 is ...') or a
    sum of money ('... two years. £249m is spent ...'), or after a year before a sum of money ('... in
    2026-27. £11.7m of it ...', '... by 2026. £5m is ...'), three words or more either side?"""
    n = len(texts)
    if not (0 < k < n - 1 and sum(word[:k]) >= 3 and sum(word[k:]) >= 3):
        return False
    money = texts[k + 1] in _MONEY_SIGNS and k + 2 < n and texts[k + 2][:1].isdigit()
    if money and texts[k - 1].isdigit() and (_YEAR.match(texts[k - 1]) or texts[k - 2] in ("-", "/", "–")):
        return True  # after a year or a year's span ('... planned for 2026-27. £11.7m of it is ...')
    # (or a resolution's wording, its label lost: '... had reduced. that agreement be given to ...')
    return (texts[k - 1].isalpha() and texts[k - 1].islower()
            and len(texts[k - 1]) >= 4 and texts[k - 1] not in _SHORTENED
            and ((word[k + 1] and texts[k + 1].isalpha() and texts[k + 1].islower() and texts[k + 1] not in _GOES_ON)
                 or money or (texts[k + 1] == "that" and "be" in texts[k + 2:k + 6])))


def _lost_stop(texts: list, word: list, k: int) -> bool:
    """Does a new sentence start at token k, its full stop lost with the words before it? After a web or
    email address ('... to info@example.org.uk The team who ...'); a pronoun after a word in lower case
    ('... of the project He also gave ...'); 'The', a capitalised word and a verb after a word in lower
    case that is no small word a title follows ('... in the defence The Committee agreed ...', not
    '... approval from The Leader ...'); or 'The' or 'This' after a section's own name ('... during
    2014/ Recommendations The Board is asked ...'). Three words or more either side."""
    n = len(texts)
    t = texts[k]
    if not (0 < k < n - 2 and word[k + 1] and sum(word[:k]) >= 3 and sum(word[k:]) >= 3):
        return False
    before, after = texts[k - 1], texts[k + 1]
    if t in _GLUED_OPENERS or t in _PRONOUN_OPENERS:
        if "@" in before or before.startswith(("www.", "http")):
            return True
    if t in _YEAR_OPENERS:
        return before in _YEAR_BEFORE and _YEAR.match(after) is not None
    if t in _PRONOUN_OPENERS:
        return (before.isalpha() and before.islower() and len(before) >= 3 and before not in _TITLE_BEFORE
                and after.isalpha() and after.islower())
    if t in ("The", "This") and _cap(before) and before.isalpha() and before.lower() in _SECTION_NAMES:
        return True
    if t == "The" and before.isalpha() and before.islower() and len(before) >= 3 and before not in _TITLE_BEFORE:
        verb = texts[k + 2]
        return (_cap(after) and after.isalpha() and verb.isalpha() and verb.islower()
                and (verb in _VERB_MARKERS or verb.endswith("ed")))
    return False


def has_lost_stop(text: str) -> bool:
    """Is this "sentence" two whose full stop was lost (_lost_stop), read from its words split at spaces?
    (reading age's test before it quotes a sentence: only a few sentences, so no tokeniser is needed)"""
    texts = text.split()
    word = [any(map(str.isalnum, t)) for t in texts]
    return any(_lost_stop(texts, word, k) for k in range(1, len(texts) - 2)
               if texts[k] in _GLUED_OPENERS or texts[k] in _PRONOUN_OPENERS or texts[k] in _YEAR_OPENERS)


def _fragment_cuts(texts: list, word: list) -> list:
    """Where lines of a numbered list, or a line and the list after it, run into one 'sentence' ('Item 22
    – Mr G Farlow, Ms G Ross (all non-financial). canvassed the views ...; and ii. to a period of ...'):
    (start, end) of each list marker after a semicolon, or after a semicolon and 'and' or 'or' ('ii.',
    'b)', '(c)'), where the list's first item is not in the sentence (not '... are based on: (1) actual
    prices ...; (2) surveys ...': a list written into the sentence), and of each word in lower case after a bracket and a full stop ('(all non-financial).
    canvassed'). Each part is a line of its own, not one sentence."""
    if ";" not in texts and ")" not in texts:
        return []  # (most sentences: neither a list's marker after a semicolon nor a bracket's full stop)
    n = len(texts)
    cuts = []
    series = False  # a list's first marker ('(1)', 'i.', 'a)') seen: a list written into the sentence
    for k in range(2, n - 2):
        t = texts[k]
        if t.lower() in ("1", "i", "a") and (texts[k - 1] == "(" or texts[k + 1] in (".", ")")):
            series = True
        after_semicolon = not series and (texts[k - 1] == ";" or (texts[k - 1].lower() in ("and", "or")
                                                                 and texts[k - 2] == ";"))
        if after_semicolon and t == "(" and k + 3 < n and texts[k + 2] == ")" and _LINE_MARKER.match(texts[k + 1]):
            end = k + 3
        elif after_semicolon and _LINE_MARKER.match(t) and texts[k + 1] in (".", ")"):
            end = k + 2
        elif (t == "." and texts[k - 1] == ")" and texts[k + 1].isalpha() and texts[k + 1].islower()
              and texts[k + 1] not in _GOES_ON):
            k, end = k + 1, k + 1
        else:
            continue
        if sum(word[:k]) >= 3 and sum(word[end:]) >= 3:
            cuts.append((k, end))
    return cuts


def _minute_items(texts: list, word: list) -> list:
    """(start, end) of the dash of each item of minutes run together: a heading's last word with a
    capital, a dash, a speaker's initials, a word in lower case ('... Fleet Review – JT reported ...')."""
    if "–" not in texts and "-" not in texts and "—" not in texts:
        return []
    n = len(texts)
    return [(k, k + 1) for k in range(1, n - 2) if texts[k] in _ITEM_DASHES and word[k - 1]
            and texts[k - 1][:1].isupper() and 2 <= len(texts[k + 1]) <= 3 and texts[k + 1].isupper()
            and texts[k + 1].isalpha() and texts[k + 2].isalpha() and texts[k + 2].islower()]


def inside_brackets(texts: list) -> list:
    """For each token, is it inside round brackets? (Also the reading-age check's test.)"""
    out, depth = [], 0
    for t in texts:
        depth = max(0, depth - (t == ")"))
        out.append(depth > 0)
        depth += t == "("
    return out


def _lines_run_together(texts: list) -> bool:
    starts = _all_line_starts(texts)
    return len(starts) >= 2 or bool(starts and _row_starts(texts))


def _url_end(texts: list, k: int) -> int:
    """The token after a web address the tokenizer cut at its slashes and hyphens, from token k on
    ('/', 'government', '/', 'news', '-', 'children')."""
    n = len(texts)
    while k < n and (texts[k] in ("/", "-", "_", ".", "=", "?", "&") or texts[k - 1] in ("/", "-", "_", "=")):
        k += 1
    return k


#: the marks that end a minute's heading in capitals run into its text ('12 REVIEW OF FEES – The board ...')
_HEADING_DASHES = ("–", "—", "-", ":")


def _caps_heading_end(texts: list) -> int:
    """Where a minute's heading in capitals runs into its text, closed by a dash or a colon ('105
    VISIT BY JO LEE, DIRECTOR OF PLACES – The panel heard ...'): the index of the token after the dash,
    else 0. The heading: after any section number (and the item's number in brackets: '9 (9)'), three
    words in capitals, then only words in capitals, figures, '&' and commas up to the dash, two of its
    words of five letters or more (not a run of initials); a dash before a word in capitals or a figure
    is one between the heading's parts ('ASSETS OF VALUE – REGISTER UPDATE – ...', 'POST-16'); after the
    closing dash a word with a capital and then one in lower case, or one within the next five words
    ('– The Director of Places submitted ...'; set HH re40, WX re44)."""
    i = 0
    while i < len(texts) and i < 7 and (texts[i].isspace() or (texts[i][:1].isdigit() and texts[i].replace(".", "").isdigit())
                                        # an item's number in brackets after the page's ('9 (9) ASSETS ...', set WX re44)
                                        or (texts[i] in ("(", ")") and 0 < i + 1 < len(texts)
                                            and (texts[i + 1].isdigit() if texts[i] == "(" else texts[i - 1].isdigit()))):
        i += 1
    caps = 0  # three words in capitals first, a dash between them let pass ('HIGHWAY VERGES – GRASS ...')
    k = i
    while caps < 3 and k < len(texts):
        if texts[k] in _HEADING_DASHES and caps and k + 1 < len(texts) and texts[k + 1].isupper():
            k += 1
            continue
        if not (texts[k].isupper() and (texts[k].isalpha() or (caps and texts[k].replace("-", "").isalnum()))):
            return 0  # (a word with a hyphen after the first: 'POST-16')
        caps += 1
        k += 1
    if caps < 3:
        return 0
    for j in range(k, min(len(texts) - 2, i + 40)):
        t = texts[j]
        if t in _HEADING_DASHES:
            nxt, after = texts[j + 1], texts[j + 2]
            if (nxt.isalpha() and nxt.isupper() and len(nxt) >= 2) or nxt.isdigit():
                # a dash between the heading's parts ('ASSETS OF VALUE – REGISTER UPDATE – The ...'), or a
                # hyphen inside a heading's word ('POST-16 TRANSPORT')
                continue
            long_caps = sum(len(w) >= 5 and w.isalpha() for w in texts[i:j])
            # a word in lower case straight after the opener, or within the next few words where a name
            # opens the sentence ('– The Director of Places submitted ...', set WX re44)
            return j + 1 if long_caps >= 2 and _cap(nxt) and not nxt.isupper() and (
                after[:1].islower() or any(w[:1].islower() and w.isalpha() for w in texts[j + 3:j + 8])) else 0
        if not (t.isupper() or t.isdigit() or t.isspace() or t in ("&", ",", "(", ")", "'", "’")):
            return 0
    return 0


def _dash_heading_end(texts: list) -> int:
    """Where a bullet's heading in sentence case is closed by a dash and run into the sentence that
    follows, which opens with a capital ('Keeping older people out of hospital – Helping them home ...
    is our first aim'): the index of the token after the dash, else 0. The heading: five to twenty
    words in sentence case (no capital after the first word), no comma, colon, semicolon or bracket, no job title's word ('The Director of
    Children's Services – People ...'); one dash only in the sentence (two may
    enclose an aside); after it a word with a capital and the rest in lower case, then a word in
    lower case, and eight words or more with one of the small words that show a verb (set YZ re39)."""
    if "–" not in texts and "—" not in texts:
        return 0
    dashes = [j for j, t in enumerate(texts) if t in ("–", "—")]
    if len(dashes) != 1:
        return 0
    d = dashes[0]
    if d + 2 >= len(texts) or not texts[0][:1].isupper():
        return 0
    head = [t for t in texts[:d] if not t.isspace()]
    if not 5 <= len(head) <= 20 or any(t in (",", ";", ":", "(", ")") for t in head):
        return 0
    if any(t[:1].isupper() for t in head[1:]):
        return 0  # a title or a name in title case ('Adult Social Care in Northshire – Our plan ... sets out')
    if any(t.lower() in _JOB_TITLES for t in head):
        return 0  # a post's name with its part after a dash ('Director of Housing – People confirmed ...')
    nxt, after = texts[d + 1], texts[d + 2]
    if not (nxt.isalpha() and len(nxt) > 1 and nxt[:1].isupper() and nxt[1:].islower()
            and after.isalpha() and after.islower()):
        return 0
    rest = [t.lower() for t in texts[d + 1:] if t[:1].isalpha()]
    if len(rest) < 8 or not any(t in _FINITE or t in _VERB_MARKERS for t in rest):
        return 0
    return d + 1


_SUB_NUMBER = re.compile(r"[1-9][0-9]?\.[0-9]{1,2}$")
_SECTION_NUMBER = re.compile(r"[1-9][0-9]?\.?$")


def _heading_run_in(texts: list) -> int:
    """Where a section's heading and its first paragraph's number run into the sentence with no
    full stop ('[2.] Report summary 2.1 Situation To present the ...', '[2.] Recommendation for
    Decision 2.1 That the monies ...': a report saved from a PDF), the index of the first token
    after the paragraph's number; else 0. The heading: one to six words, the first with a capital,
    none a verb ('is', 'will', 'has' ...) and no punctuation; then a number such as '2.1'; then a
    word with a capital (set UV re32; set L 150)."""
    if texts[:1] and texts[0][:1].isalnum():
        k = run_in_heading(texts)  # a heading run in before a capital opener ('Introduction This report ...')
        if k:
            return k
        if (len(texts) > 4 and texts[1] == "and" and texts[0].lower() in _HEADING_TERMS
                and texts[2][:1].isupper() and texts[2][1:].islower() and texts[2].isalpha()
                and texts[3][:1].isupper() and texts[3].isalpha()):
            # a section's own name and one more word in title case ('Background and Scope', 'Purpose and Aims'),
            # then a capital that opens the sentence ('Northshire Council ...'): no English sentence opens so
            # (set LL re25). Its words are left out of the length graded, but the sentence stays in the
            # readability figures (its prose is the writer's)
            return 3
        k = _caps_heading_end(texts) or _dash_heading_end(texts)
        if k:
            return k
    a = 0  # the section's own number, where the sentence kept it ('2.', '2')
    if texts and _SECTION_NUMBER.match(texts[0]):
        a = 2 if len(texts) > 1 and texts[1] == "." else 1
    if len(texts) <= a + 2 or not texts[a][:1].isupper():
        return 0
    for j in range(a + 1, min(len(texts) - 1, a + 7)):
        t = texts[j]
        if _SUB_NUMBER.match(t):
            return j + 1 if texts[j + 1][:1].isupper() and texts[j + 1][:1].isalpha() else 0
        if not t.isalpha() or t.lower() in _FINITE or t.lower() in _VERB_MARKERS:
            return 0
    return 0


def reader_length(texts: list, word: list, text: str = "") -> tuple:
    """How a reader takes in a sentence's length: (furniture, names). ``furniture``: words
    outside its longest part where a page's furniture ('Page 2 of 55'), a heading or an imprint
    is run into it with no full stop ('... Action Table Page 2 of 55 ...', '... (TVS) The Tissue
    Viability Service is ...', '... on 24 January 2017 This report has been prepared ...'), which
    is not the sentence a writer wrote. ``names``: in that part, the words of each long name
    (three capitalised words or more: 'Cardiff and Vale University Health Board', 'the Social
    Services & Well-being (Wales) Act 2014') beyond one, which a reader takes in as one thing.
    Not in a line mostly in capitals (a title, or prose shouted)."""
    n = len(texts)
    idx = list(compress(range(n), word))
    if len(idx) < 8:
        return 0, 0
    # (the words' first letters read in C: a word's text is never empty, and there are 7 after the first at least)
    caps = sum(map(str.isupper, map(itemgetter(0), itemgetter(*idx[1:])(texts))))
    if caps >= 0.6 * (len(idx) - 1):
        return 0, 0
    # the parts between run-in furniture
    cuts = _fragment_cuts(texts, word)  # (start, end) of token ranges that are furniture or a glued start's boundary
    head = _heading_run_in(texts)
    if head:
        cuts.append((0, head))  # a section's heading and its paragraph's number before the sentence
    listed = list_to_end(texts, word) if ":" in texts else None  # the colon before a list's items run in to the end
    inside = inside_brackets(texts) if "(" in texts else None
    notes = set()  # the starts of cuts that are a footnote inside a sentence: the parts either side are one
    addresses = 0  # words of the web addresses in them
    k = 0  # the walk's place: a token before it was passed over (inside a web address or a page's number)
    # (the tokens the walk can act at picked out in C, by one regex over each text; at every other
    # token it does nothing: tests/test_speed_shortcuts_shape.py walks every token and compares)
    for at in _reader_at(texts):
        if at < k:
            continue
        k = at
        t = texts[k]
        if "http" in t and _NOTE_URL.search(t) and sum(word[:k]) >= 3:
            end = _url_end(texts, k + 1)
            cuts.append((k, end))
            addresses += sum(word[k:end])  # not counted as words in the sentence's length either
            k = end
            continue
        if t[-1:].islower() and _NOTE_START.search(t) and sum(word[:k]) >= 3:
            url = next((j for j in range(k + 1, min(n, k + 80)) if texts[j].startswith(("http://", "https://"))), None)
            if url is not None and sum(word[url:]) >= 3:
                end = _url_end(texts, url + 1)
                cuts.append((k, end))
                addresses += sum(word[url:end])
                notes.add(k)
                k = end
                continue
        if (t == _PAGE and k + 1 < n and texts[k + 1].isdigit()):
            end = k + 2
            if end + 1 < n and texts[end] == "of" and texts[end + 1].isdigit():
                end += 2
            cuts.append((k, end))
            k = end
            continue
        if (t in _GLUED_OPENERS and k > 0 and k + 1 < n and word[k + 1]
                and (texts[k - 1] == ")"
                     # a label and its colon before ('... Contact: Jo Lee 01234 Minutes: The Panel noted ...')
                     # (with a verb after it: not a title's subtitle, 'A Healthier Wales: Our long-term plan')
                     or (texts[k - 1] == ":" and k >= 2 and word[k - 2] and _cap(texts[k - 2])
                         and any(word[j] and (texts[j].lower() in _VERB_MARKERS or (texts[j].endswith("ed") and texts[j].islower()))
                                 for j in range(k + 1, n)))
                     or (not _cap(texts[k + 1]) and (
                    _YEAR.match(texts[k - 1])
                    # a field's label or a heading just before: '... Title of Report ... Abstract The attached'
                    or (t in ("The", "This") and word[k - 1] and _cap(texts[k - 1]) and k - 1 > idx[0]))))
                and sum(word[:k]) >= 3 and sum(word[k:]) >= 3):
            cuts.append((k, k))
            c = _list_run_in(texts, word, k) if t in ("The", "This") else None
            if c is not None:
                cuts.append((c + 1, k))  # the items of a list run in after the lead-in's colon: no sentence
        elif (t in _GLUED_OPENERS or t in _PRONOUN_OPENERS or t in _YEAR_OPENERS) and _lost_stop(texts, word, k):
            # two sentences whose full stop was lost with the words before it (a year, an address, a
            # heading): '... of the project He also gave ...', '... in the defence The Committee agreed ...'
            cuts.append((k, k))
        elif (t == "-" and 0 < k < n - 2 and not (inside and inside[k]) and _cap(texts[k + 1]) and texts[k + 2].islower() and word[k + 2]
              and f" - {texts[k + 1]} " in text and sum(word[:k]) >= 3 and sum(word[k + 1:]) >= 3
              # a post's area after its title ('..., Programme Lead - Living well for longer.'): one job title
              and not (_cap(texts[k - 1]) and texts[k - 1].lower() in _JOB_TITLES)):
            # bullet points flattened into one line, or a label before its text, with a spaced hyphen
            # and a capital between ('... agreed at that time - Stronger financial performance is ...',
            # '... Youth Forum - To represent the views ... - To provide ...'): not one sentence
            cuts.append((k, k + 1))
        elif (t[:1] == "-" and 1 < k and _GLUED_DASH.match(t) and texts[k - 1].isalpha() and texts[k - 1].islower()
              and f" {t} " in text and sum(word[:k]) >= 3 and sum(word[k + 1:]) >= 3):
            # the same with the hyphen glued to the capital ('... in the spring -Cllr Lee asked whether ...',
            # '... over the winter -Mrs Shah said ...'): a line of notes, each begun with a hyphen (read17)
            cuts.append((k, k))
        elif ("." in t and word[k] and _GLUED_STOP.search(t) and sum(word[:k]) >= 3 and sum(word[k + 1:]) >= 3):
            # a full stop with no space after it, the next sentence glued on ('... disability (SEND).In June
            # 2021, a representative ...'): two sentences, whatever the splitter made of them
            cuts.append((k, k + 1))
        elif (t == "." and 0 < k < n - 1 and texts[k + 1] == "I" and texts[k - 1].isalpha() and texts[k - 1].islower()
              and len(texts[k - 1]) >= 3 and f"{texts[k - 1]}.I " in text and sum(word[:k]) >= 3 and sum(word[k + 1:]) >= 3):
            # the same with the pronoun, which the tokeniser splits off ('... of this lovely town.I also
            # enjoy ...'): two sentences
            cuts.append((k, k + 1))
        elif t == "." and _run_on_stop(texts, word, k):
            # a full stop after a word and a new sentence begun in lower case ('... signed by both
            # parties. appendix 1 is an example ...'), or with a sum of money ('... for the following two
            # years. £249m is spent by ...'): two sentences, whatever the splitter made of them
            cuts.append((k + 1, k + 1))
        k += 1
    # lines of a table or a list run together with no full stops ('... support social mobility Explore
    # opportunities ... communities Increase disability representation ... action Partner with ...'):
    # a word with a capital between a word in lower case that is no small joining word and another in
    # lower case, twice or more, starts a line each time (once may be a name: 'told Sam that')
    starts = _all_line_starts(texts)
    if len(starts) >= 2 or (starts and _row_starts(texts)):
        cuts = sorted(cuts + [(k, k) for k in starts])
    # a checklist's ticks run in, each box's mark 'X' between the end of one line and the capital of the
    # next ('... deliver the best care X We will support ... our staff X We will ...'), twice or more
    ticks = [(k, k + 1) for k in range(1, n - 1) if texts[k] == "X" and word[k - 1] and texts[k - 1].islower()
             and _cap(texts[k + 1]) and texts[k + 1] != "X"] if "X" in texts else []
    if len(ticks) >= 2:
        cuts = sorted(cuts + ticks)
    # items of minutes run together, each a heading, a dash and who spoke ('... the policy Fleet Review
    # – JT reported that ... Car Parks – AB noted that ...'), twice or more: each item from its dash
    items = _minute_items(texts, word)
    if len(items) >= 2:
        cuts = sorted(cuts + items)
    if listed is not None:
        # a list's items run in to the end after the lead-in's colon: no sentence, and no line of it a part
        cuts = [cut for cut in cuts if cut[0] <= listed] + [(listed + 1, n)]
    furniture = 0
    lo, hi = 0, n
    if cuts:
        cuts.sort()
        parts, a = [], 0
        groups = [[]]  # parts a footnote joins are one sentence
        for b, e in cuts:
            parts.append((a, b))
            groups[-1].append((a, b))
            if b not in notes:
                groups.append([])
            a = e
        parts.append((a, n))
        groups[-1].append((a, n))
        group = max(groups, key=lambda g: sum(sum(word[p[0]:p[1]]) for p in g))
        lo, hi = max(group, key=lambda p: sum(word[p[0]:p[1]]))
        furniture = sum(word) - sum(sum(word[p[0]:p[1]]) for p in group) - addresses
    # long names in the longest part
    names = 0
    run = []  # word indexes of the name being read
    capitals = 0
    starts = _name_starts(texts, lo, hi)
    for k in range(lo, hi + 1):
        if not run and k not in starts:
            continue  # no name being read, and none can start here: the walk would do nothing
        t = texts[k] if k < hi else ""
        glued = k > lo and texts[k - 1] == "-" and k < hi  # 'Well-being': one word with the one before
        if k < hi and word[k] and (_cap(t) or (glued and run) or (t.isdigit() and run)
                                   or (t.isdigit() and k + 1 < hi and _cap(texts[k + 1]))):
            run.append(k)
            capitals += _cap(t)
            continue
        if k < hi and run and t == "-":
            continue  # 'Well-being', 'Co-production': the word goes on
        if (k < hi and run and (t in _NAME_JOINERS or t.lower() in _NAME_JOINERS)
                and k + 1 < hi and (_cap(texts[k + 1]) or texts[k + 1] in ("(", "&", "the"))):
            if word[k]:
                run.append(k)
            continue
        if capitals >= NAME_RUN_WORDS:
            names += len(run) - 1
        run, capitals = [], 0
    if names < NAMES_SHARE * sum(word[lo:hi]):
        names = 0  # long by its thought, not its names: a reader still has all of it to hold
    return furniture, names


#: how much each feature weighs towards 'hard to follow' (set on the labelled tuning rows)
WEIGHTS = {
    "clause": 1.0,  # each clause from the third on
    "aside": 1.5,  # each aside in the middle
    "figure": 0.5,  # each figure from the third on
    "abstract": 0.25,  # each long abstract noun from the third on
    "long-words": 0.0,  # a third or more of the words of three syllables or more
    "opening": 1.0,  # eight words or more before the main clause
    "slash": 0.75,  # each part run together with ' / '
    "list": 1.0,  # a list of four items or more run into the prose
}


_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                 10: "ten"}


def _least(s: Shape) -> str:
    """'at least ' where the clauses counted are the least there are (Shape.uncounted), else ''."""
    return "at least " if s.uncounted else ""


def _count(n: int) -> str:
    return _NUMBER_WORDS.get(n, str(n))


def _quoted(words: list) -> str:
    seen = []
    semis = words.count(";")
    for w in words:
        w = ("semicolons" if semis > 1 else "a semicolon") if w == ";" else f"'{w}'"
        if w not in seen:
            seen.append(w)
    if len(seen) == 1:
        return seen[0]
    return ", ".join(seen[:-1]) + " and " + seen[-1]


#: the weight from which a sentence of max-words to error-words is hard to follow
HARD_AT = 2.0

#: the share of their weight that clauses hanging on 'that' give towards 'hard to follow' (reported
#: speech: 'He said that ... and that it was likely that ...'); each thing said comes in the order it
#: was said, and readers follow it (sets EE to LL: such sentences of 31 to 40 words shown as warnings
#: were called pedantic by 8 readings in 12)
REPORTED_SHARE = 0.5

#: the words of the reason given for clauses hanging on 'that' (see hard_reasons)
_HANGING = " of them hanging on "


def hard_weight(reasons: list) -> float:
    """How hard to follow the reasons make a sentence, against HARD_AT: their weights, clauses that
    hang on 'that' (reported speech) at REPORTED_SHARE of theirs."""
    return sum(r[0] * (REPORTED_SHARE if _HANGING in r[1] else 1) for r in reasons)


#: how an aside is set off, in the order the message names them
_MARKS = ("in brackets", "between dashes", "between commas")


def _aside_marks(marks: list) -> str:
    """How the asides are set off, as the message says it: 'in brackets', 'in brackets and between commas'
    (only the marks the sentence has: never 'dashes' where it has none)."""
    said = [m for m in _MARKS if m in marks]
    if not said:
        return "in brackets, dashes or commas"
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def hard_reasons(s: Shape, weights: Optional[dict] = None) -> list:
    """(weight, reason, advice) for each thing that makes the sentence hard to follow, heaviest
    first; the reason reads after 'It has' ('three clauses joined by 'and' and 'which''), the
    advice is what to do about it where there is no clean place to split."""
    w = WEIGHTS if weights is None else weights
    out = []
    if s.links.count("whether") >= 4:
        # 'to identify: whether ..., whether ..., whether ..., whether ...': a list of questions, none a sentence
        out.append((w["clause"] * (s.clauses - 2), f"{_count(s.links.count('whether'))} questions after 'whether'",
                    "set the questions out as a bulleted list after a short lead-in"))
    elif s.lead_items and s.clauses >= 3:
        # a list after 'include(s)': its 'that' and 'or' are inside the items, never places to split; the
        # list takes the clauses' place, with their weight (so the severity stays as it was)
        out.append((w["clause"] * (s.clauses - 2), f"a list of {s.lead_items} items run into the prose",
                    "make the list a bulleted list after a short lead-in"))
    elif s.clauses >= 3 and s.semicolon_items and s.links.count(";") >= 2 and \
            s.links.count("who") == s.semicolon_items and all(k in (";", "who") for k in s.links):
        # a roll of people, each with 'who is <post>' ('Jo Lee, who leads ...; Sam Roe, who chairs ...; and ...'):
        # one main clause and a list; a 'who' clause and the semicolon after it are one item, not two clauses
        # (set QR re20: '12 clauses' for six people). The weight stays the clauses' (the severity as it was)
        out.append((w["clause"] * (s.clauses - 2), f"a list of {s.semicolon_items} people, each with a 'who' clause",
                    "make the list a bulleted list after a short lead-in"))
    elif s.clauses >= 3 and s.semicolon_items and s.links.count(";") >= 2 and 1 + len(s.links) - s.links.count(";") < 3:
        # the semicolons part the items of a list ('...; how residents had helped ...; clear priorities ...;
        # and how partners ...'): they weigh as clauses, but the message calls them what they are
        out.append((w["clause"] * (s.clauses - 2), f"a list of {s.semicolon_items} items separated by semicolons",
                    "make the list a bulleted list after a short lead-in"))
    elif s.clauses >= 3 and s.links.count("that") >= 2 and 2 * s.links.count("that") >= len(s.links):
        # clauses after 'that' ('reported that they felt that they were ...') hang on the verb before
        # them: none is a sentence of its own, so the advice is not to make each one a sentence
        hanging = [k for k in s.links if k == "that" or k in _RELATIVE]
        on = " or ".join(dict.fromkeys(f"'{k}'" for k in hanging))
        out.append((w["clause"] * (s.clauses - 2),
                    f"{_least(s)}{_count(s.clauses)} clauses, {_count(len(hanging))}{_HANGING}{on}",
                    "put the main point in a short sentence first, then the rest in one or two more"))
    elif s.clauses >= 3:
        # only clauses joined by 'and', 'or', 'but' or semicolons stand as sentences on their own:
        # one after 'that', 'unless', 'if' or 'which' hangs on the words before it ('steps taken
        # to ensure that there would be no recurrence' is no promise kept as 'There would be no
        # recurrence.'), so there the advice is one idea to a sentence, not each clause
        coordinate = all(k in _COORD or k == ";" for k in s.links) and not s.loose and not s.subjectless \
            and not s.condition
        out.append((w["clause"] * (s.clauses - 2), f"{_least(s)}{_count(s.clauses)} clauses joined by {_quoted(s.links)}",
                    "give each clause a sentence of its own" if coordinate
                    else "split it where a new idea starts, one idea to a sentence"))
    if s.asides:
        marks = _aside_marks(s.aside_marks)
        out.append((w["aside"] * s.asides, f"an aside in the middle ({marks})" if s.asides == 1
                    else f"{_count(s.asides)} asides in the middle ({marks})",
                    # (never where no aside could stand as a sentence: the general advice instead)
                    "move the aside to a sentence of its own" if s.movable else ""))
    if s.figures >= 3:
        out.append((w["figure"] * (s.figures - 2), f"{_count(s.figures)} figures run into the prose",
                    "put the figures in a table or a sentence of their own"))
    if len(s.abstract) >= 3:
        # every one named up to four; beyond that three and how many more (the count is always theirs)
        shown = ", ".join(f"'{x}'" for x in s.abstract[:4 if len(s.abstract) == 4 else 3])
        if len(s.abstract) > 4:
            shown += f" and {_count(len(s.abstract) - 3)} more"
        out.append((w["abstract"] * (len(s.abstract) - 2), f"{_count(len(s.abstract))} long abstract nouns ({shown})",
                    "say what people do, with verbs, instead of naming actions with nouns"))
    elif s.words and s.long_words / s.words >= 1 / 3 and w["long-words"]:
        out.append((w["long-words"], f"{_count(s.long_words)} words of three syllables or more",
                    "use shorter words where there are some"))
    if s.opening >= 8:
        out.append((w["opening"] * s.openings, f"{s.opening} words{' in two parts' if s.openings > 1 else ''} "
                    "before the main clause starts",
                    "start with the main point and move the opening words after it or to a sentence of their own"))
    if s.slashes:
        out.append((w["slash"] * s.slashes, f"{_count(s.slashes + 1)} parts run together with slashes",
                    "make the parts a bulleted list or sentences of their own"))
    if s.listed:
        out.append((w["list"], f"a list of {s.listed} items run into the prose",
                    "make the list a bulleted list after a short lead-in"))
    out = [r for r in out if r[0] > 0]
    out.sort(key=lambda x: -x[0])
    return out


def describe(reasons: list, n: int = 2, listed: bool = True) -> str:
    """'It has three clauses joined by 'and' and 'which' and an aside in brackets or dashes in
    the middle.' (without the list when ``listed`` is false: the advice says it already)"""
    parts = [r[1] for r in reasons if listed or not r[1].startswith("a list of")][:n]
    if not parts:
        return ""
    return "It has " + (parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]) + "."


def advise(reasons: list) -> str:
    """What to do where there is no clean place to split: the heaviest reason's advice, where
    it weighs 1 or more (else '': the general advice)."""
    if not reasons or reasons[0][0] < 1:
        return ""
    advice = reasons[0][2]
    return advice[0].upper() + advice[1:] + "." if advice else ""
