"""Kind ``substitution``: phrase -> plain alternatives, from word lists.

Every substitution rule's list (and the writer's own lists) compiles into ONE spaCy
PhraseMatcher, run once over each block; matches are dispatched to their rules. Verbs are
matched in every inflection and the suggestion inflected to match; nouns in the plural.
Matches are skipped where the words are not the writer's to change: inside URLs and e-mail
addresses; inside quotation marks (double, or single used as marks rather than apostrophes)
or a block quotation, since a quotation is someone else's words, often the title of another
document or a legal definition; in a reference list or a block that reads as one reference; and inside a name
set in title case ("Working with the Homeless", "the Service Users Forum"), outside headings;
a programme's title after a colon in a heading; words named in the sentence that defines them
("Reaching a conclusion means ..."). A statutory definition quoted word for word and a bullet
point, table cell or heading with no verb get at most a suggestion.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from operator import itemgetter
from typing import Optional

from ..addresses import is_address_text
from ..analysis import get_nlp, has_speaker_time_line, reference_blocks, text_table
from ..engine import SEVERITY_RANK, Check
from ..inflect import base_of_ing, inflect, match_case, noun_forms, verb_forms
from ..wording import join_words
from ..wordlists import load_irregular_verbs, load_substitutions, resolve, word_map, word_set, word_tuple

# how many times one wordy phrase in one sentence makes the sentence's padding worth showing
_SAID_AGAIN = 3
_BE_HAVE = word_set("context-words.toml", "be-have")
_SUBJECT_PRONOUNS = word_set("context-words.toml", "subject-pronouns")
_ON_SET_PHRASES = word_set("context-words.toml", "on-set-phrases")
_OBJECT_OPENERS = word_set("context-words.toml", "clause-or-object-openers")
_STATIVE_VERBS = word_set("context-words.toml", "stative-verbs")
_DEGREE_WORDS = word_set("context-words.toml", "degree-words")
# verbs other than 'be' that link a subject to an adjective ("remained deliverable")
_LINKING_VERBS = word_set("context-words.toml", "linking-verbs")
_PARTICIPLE_PREPOSITIONS = word_set("context-words.toml", "participle-prepositions")
_LINKS_AFTER_A_NOUN = word_set("context-words.toml", "links-after-a-noun")
_DETERMINERS = word_set("context-words.toml", "determiners")
# words after an -ing form that show it is a verb, not an adjective before a noun
_FUNCTION_WORDS = word_set("context-words.toml", "function-words")
_ADVERBS_BEFORE_ING = word_set("context-words.toml", "adverbs-before-ing")
# quantifiers that need "of" before a determiner, a pronoun or a name ("most of the")
_QUANTIFIERS = {"most", "many", "some", "several", "few", "much"}  # not "all": "all the budget"
# words that open a plural amount, and the singular 'is' and 'was' they cannot follow in place
# of an amount's noun ("There is a large number of" -> "There is many")
_PLURAL_QUANTIFIERS = word_set("context-words.toml", "plural-quantifiers")
_SINGULAR_BE = word_set("context-words.toml", "singular-be")
# words of focus between a word and the linking phrase that hangs on it ("applies not only in
# relation to", "concerns particularly in respect of")
_FOCUS_WORDS = word_set("context-words.toml", "focus-words")


def _amount_word(phrase: str) -> str:
    """The word that gives an amount's number: 'many' in 'many', 'few' in 'a few' ('There is a
    few places' breaks the agreement as 'There is many' does), 'set' in 'a set of'."""
    words = phrase.lower().split()
    return words[1] if len(words) > 1 and words[0] in ("a", "an") else words[0]
_OF_BEFORE = {"the", "this", "that", "these", "those", "our", "their", "its", "his", "her", "your", "my",
              "them", "us", "it", "you", "which", "whom", "whose"}
# words before a verb's plain or -s form that show it is a noun there ("our focus")
_NOUN_BEFORE = {"the", "a", "an", "this", "these", "our", "their", "its", "his", "your", "my",
                "every", "each", "any", "no"}
_ADVERBS = word_set("context-words.toml", "adverbs")
# words that take "the", never "a" or "an" ("the best", not "a best")
_SUPERLATIVES = {"best", "latest", "most", "least", "worst", "greatest", "biggest", "largest"}
# superlatives that give an amount and need no 'the' ("most respondents")
_AMOUNT_SUPERLATIVES = {"most", "least"}
# the superlatives that need 'the' or an owner before their noun (made once, not for each finding)
_PLAIN_SUPERLATIVES = _SUPERLATIVES - _AMOUNT_SUPERLATIVES
# prepositions after which a past participle before a noun is an adjective ("for expedited transfer")
# what joins the items of a list ("service user and carer involvement")
_JOINS = frozenset({",", "and", "or", "&", "/"})
_PREPOSITIONS = {"for", "with", "of", "by", "in", "on", "at", "from", "into", "through", "under", "via"}
# nouns a plural phrase stands before as a modifier ("service users forum")
_COMPOUND_HEADS = word_set("context-words.toml", "compound-heads")
# adjectives that describe people ("current service users"): see Entry.after_adjective
_PEOPLE_ADJECTIVES = word_set("context-words.toml", "people-adjectives")
# words of a role, habit or condition before a people noun ("reformed addicts"): see _role_word_before
_ROLE_WORDS = word_set("context-words.toml", "role-words")
# words that cannot fill a '<condition> sufferers' slot ("meant sufferers"): see _condition_before
_NOT_CONDITIONS = word_set("context-words.toml", "not-conditions")
_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"}
# the words after which a superlative stands with no 'the' of its own: 'the', an owner's "'s",
# a form of 'be' ("is best")
_OWNED_SUPERLATIVE = {"the", "'s", "’s", "'", "’"} | _BE
# nouns that take their own preposition ("rights over", "responsibility for"): after one, a
# linking phrase's prepositions ("about", "for", "on") give way to the noun's own
_NOUN_PREPOSITIONS = word_map("context-words.toml", "noun-prepositions")  # "over|to": either
#: the prepositions of a topic ("guidance on", "advice about"): a topic's noun
_TOPIC_PREPOSITIONS = word_set("context-words.toml", "topic-prepositions")
# verbs whose object is often followed by 'to' and an amount or a place ("reduce X to £2m")
_TO_VERBS = word_set("context-words.toml", "to-verbs")
# words after 'be' and an adjective that start no noun ("has been wheelchair-bound since")
_NO_NOUN_AFTER_BE = word_set("context-words.toml", "no-noun-after-be")
# the prepositions a linking phrase such as "in relation to" is swapped for
_LINK_SWAPS = {"about", "for", "on", "in", "over", "regarding"}
# verbs of speaking and nouns of change a few words before a linking phrase: 'about'/'on' and
# 'for' read right after them ("addressed the Committee in respect of the application" ->
# "about", not "for"; "no changes to the boundary in relation to the system" -> "for")
_SPEAKING_VERBS = word_set("context-words.toml", "speaking-verbs")
# an adverb's, a past participle's or an -ing word's ending: no noun after a word (_noun_next)
_NOT_A_NOUN_END = re.compile(r"(?:ly|ed|ing)$")
_SAYING_WORDS = word_set("context-words.toml", "saying-words") | _SPEAKING_VERBS
_CHANGE_NOUNS = word_set("context-words.toml", "change-nouns")
_MADE_WORDS = word_set("context-words.toml", "made-words")
# units of a length of time ("12 months", "five working days") and the words that count it back
_DURATION_UNITS = word_set("context-words.toml", "duration-units")
_COUNTED_BACK = word_set("context-words.toml", "counted-back")
# "On their inception in April 2010": 'on' and a determiner before a noun make a phrase of time
_TIME_ON = word_set("context-words.toml", "time-on")
_TIME_ON_OWNERS = word_set("context-words.toml", "time-on-owners")
_BARE_TIME = word_set("context-words.toml", "bare-time")
_TIME_BETWEEN_OPENERS = word_set("context-words.toml", "time-between-openers")
_TIME_BETWEEN_WORDS = word_set("context-words.toml", "time-between-words")
_LIGHT_VERBS = word_set("context-words.toml", "light-verbs")
_TIME_BETWEEN_PREPOSITIONS = word_set("context-words.toml", "time-between-prepositions")
_EVENT_NOUNS = word_set("context-words.toml", "event-nouns")
_ON_TIME_NOUNS = word_set("context-words.toml", "on-time-nouns")
#: nouns of a written document: a linking phrase opening a clause before one takes 'For', not 'On'
_DOCUMENT_NOUNS = word_set("context-words.toml", "document-nouns")
# words after a group's noun that say who it is ('the stakeholders of the scheme'): see _back_reference
_DEFINING_AFTER = word_set("context-words.toml", "defining-after")
_TIME_ON_AFTER = word_set("context-words.toml", "bare-time-after")
# "When looking at the projections it is important to note that whilst ...": a clause that
# cannot stand alone opening the sentence, which a cut phrase's words were holding up
_CUT_OPENERS = word_set("context-words.toml", "cut-openers")
_DESTINATION_VERBS = word_set("context-words.toml", "destination-verbs")
# "Priority 2: Identify and act on ...": a strategy's numbered title
_NUMBERED_TITLE_WORDS = word_set("context-words.toml", "numbered-titles")
# nouns that end a post's title ("service user co-design coordinator")
_POST_TITLES = word_set("context-words.toml", "post-titles")
_POSTS_FOR = word_set("context-words.toml", "posts-for")
_NUMBERED_TITLE = re.compile(r"[\W\d_]*(?:" + "|".join(sorted(_NUMBERED_TITLE_WORDS))
                             + r")\s+\d{1,2}[a-z]?\s*[:.–-]\s", re.IGNORECASE)
# prepositions after a noun's word that show it is used as an adjective ("deliverable within a year")
_AFTER_ADJECTIVE = {"within", "in", "by", "before", "through", "under", "from", "at", "during", "over", "with"}


# small words that stay lower case inside a name in title case ("Working with the Homeless")
_NAME_JOINERS = word_set("context-words.toml", "name-joiners")
_POSSESSIVE = {"'", "’", "'s", "’s"}
# possessive determiners ("our service users"): a people-first phrase does not follow one
_LIST_JOINS = frozenset({"and", "or", ","})
# prepositions after which an adjective for people with no noun after it stands for the people
# themselves ("the travel of elderly between practices"): the swap needs the people form
_BARE_PEOPLE_PREPOSITIONS = word_set("context-words.toml", "bare-people-prepositions")
_POSSESSIVE_DETERMINERS = word_set("context-words.toml", "possessive-determiners")
# words whose "'s" is 'is' or 'has', not a possessive ("it's service users who decide")
_NOT_OWNERS = word_set("context-words.toml", "not-owners")
# the first word of a people-first phrase ("people who use services", "person with dementia")
_PEOPLE_HEADS = word_set("context-words.toml", "people-heads")
# words that open a phrase or a clause after a noun ('service users from ...', '... who ...'), and
# the words that give an alternative a tail of its own ('people who use services')
_NOUN_POSTMODIFIERS = word_set("context-words.toml", "noun-postmodifiers")
_TAIL_OPENERS = word_set("context-words.toml", "tail-openers")
# words of degree that also give an amount ("most service users"): a degree only after an article
_AMOUNT_DEGREE = word_set("context-words.toml", "amount-degree-words")
# words of degree that also open a clause ("how service users will be involved"): no degree there
_CLAUSE_DEGREE = word_set("context-words.toml", "clause-degree-words")
_SENTENCE_END = {".", "!", "?", ":", ";", "•", "–", "—", "-"}
# what ends the clause an -ing verb's sibling could stand in
_CLAUSE_ENDS = {".", "!", "?", ":", ";", "•", "(", ")"}
# -ing words that are prepositions ('including', 'following'): they join no -ing verb
_ING_PREPOSITIONS = word_set("context-words.toml", "ing-prepositions")


_AN_BUT_A = ("uni", "use", "usu", "usa", "ure", "uro", "eu", "one", "once", "ubiq", "utop")
_A_BUT_AN = ("hour", "honest", "honour", "heir")


def _article(phrase: str) -> str:
    """The article a phrase takes by its sound: 'a large employer', 'an hour', 'a useful one'."""
    w = phrase.split(" ", 1)[0].lower()
    if w.startswith(_A_BUT_AN):
        return "an"
    if w and w[0] in "aeiou" and not w.startswith(_AN_BUT_A):
        return "an"
    return "a"


#: dot leaders (four or more full stops, spaced or not), two or more ellipses, or a rule of
#: four or more underscores: what a contents line has between its words and page number
_LEADERS = ("....", "……", ". . . . ", "____")
_NUMBERED_ENTRY = re.compile(r"\d+(?:\.\d+)+\.?\s+[^.!?]{3,120}?[^\d\s.,]\s+\d{1,3}")


_ACRONYM_AFTER = re.compile(r"((?:[ \t-]+[A-Za-z][\w'’]*){0,6}?)[ \t]*\(([A-Z][A-Za-z&]{1,9})\)")


def _spelt_by_acronym(text: str, start: int, end: int) -> bool:
    """Are the words at ``start:end`` part of a name that the acronym in brackets after it
    spells ("the WRAP indicative cost and performance assessments (ICP)", "the Transforming
    Care Programme (TCP)", "wider determinants of health (WDH)")? The name is the one the
    paper defines and uses; a plain word in its place breaks the link to the acronym."""
    if text.find("(", end, end + 120) < 0:
        return False  # the bracket the match needs is not there: no match tried (its words backtrack)
    m = _ACRONYM_AFTER.match(text, end, min(len(text), end + 120))
    if m is None:
        return False
    acronym = "".join(c for c in m.group(2) if c.isupper() or c == "&").replace("&", "")
    if len(acronym) < 2:
        return False
    before = text[max(0, start - 80):start]
    cut = max(before.rfind(c) for c in ".;:!?(\n")
    words_before = re.findall(r"[A-Za-z][\w'’-]*", before[cut + 1:])[-5:]
    rest = re.findall(r"[A-Za-z][\w'’-]*", text[start:end] + " " + m.group(1))

    def initials(words: list, split: bool) -> str:
        parts = [p for w in words for p in (w.split("-") if split else [w]) if p]
        # the small words a name keeps in lower case ("wider determinants of health")
        return "".join(p[0].upper() for p in parts if p.lower() not in _NAME_JOINERS)

    for k in range(len(words_before) + 1):
        for split in (False, True):
            got = initials(words_before[k:] + rest, split)
            if got == acronym or (len(acronym) >= 3 and len(got) == len(acronym) + 1 and got.startswith(acronym)
                                  and k == len(words_before)):
                return True
    return False


def _contents_line(text: str, block, start: int, end: int) -> bool:
    """Is the line holding the words a contents entry: dot leaders to a page number
    ("Working with carers ........ 24")? (Four substring finds: the pattern
    \\.{4,}|…{2,}|(?:\\. ){4,}|_{4,} they stand for searched the whole line once per finding.)"""
    lo = text.rfind("\n", block.start, start) + 1 or block.start
    hi = text.find("\n", end, block.end)
    hi = hi if hi >= 0 else block.end
    if any(text.find(mark, lo, hi) != -1 for mark in _LEADERS):
        return True
    # a numbered section's title and its page number, with no leaders ("5.2 NHS sight tests
    # - by service-user group 22")
    line = text[lo:hi].strip()
    return line[:1].isdigit() and len(line.split()) <= 12 and _NUMBERED_ENTRY.fullmatch(line) is not None


_CONTENTS_WORD = re.compile(r"\b(?:Contents|CONTENTS)\b")
_CONTENTS_ITEM = re.compile(r"(?<![\d.])\d{1,2}\.\s+[A-Z]")


def _run_on_contents(text: str, start: int, matched: str) -> bool:
    """Are the words, capitalised, in a contents list the page's layout ran into one line
    ("Contents 1. Introduction ... Engaging our Stakeholders 2. Planning, ... 3. How we
    have performed"): 'Contents' within the 300 characters before, on the same line, and
    three numbered items or more about the words?"""
    if not matched[:1].isupper():
        return False
    lo = text.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)
    before = text[lo:start]
    m = _CONTENTS_WORD.search(before)
    if m is None:
        return False
    hi = text.find("\n", start, start + 300)
    window = text[lo + m.end():hi if hi >= 0 else start + 300]
    return len(_CONTENTS_ITEM.findall(window)) >= 3


def _cut_at_block_end(text: str, block, end: int) -> bool:
    """Do the words end a paragraph that has no closing mark ("... which confirms that
    statistically significant" / "improvement is taking place"): a sentence the page's layout
    broke in two, where a noun may well follow in the next block? Then the words are taken as
    standing before a noun, the safe reading ('confirms that unlikely to be due to chance
    improvement' was offered at seed 9170, our own reading)."""
    return (block.kind == "paragraph" and not text[end:block.end].strip()
            and text[block.start:end][-1:].isalpha())


def _alone_on_line(text: str, block, start: int, end: int) -> bool:
    """Are the words all there is on their line, numbers and marks aside ("Assurance" as a
    form's tick-box label, "collaborate" as a table fragment)? No sentence holds them, so
    there is nothing a writer could rewrite there."""
    lo = text.rfind("\n", block.start, start) + 1 or block.start
    hi = text.find("\n", end, block.end)
    hi = hi if hi >= 0 else block.end
    return not any(c.isalpha() for c in text[lo:start]) and not any(c.isalpha() for c in text[end:hi])


_PAPER_TITLE = re.compile(r"(?:agenda\s+)?(?:item|appendix|annex|annexe|enclosure|paper)\s+\(?[0-9A-Za-z]{1,4}\)?\b[.:)]?\s",
                          re.IGNORECASE)


_COMMENTS_SECTION = re.compile(
    r"\b(comments?|verbatims?|quotes|quotations|what (people|you|residents|respondents|they) (said|told us)|"
    r"in their own words)\b", re.IGNORECASE)


def _respondents_words(block) -> bool:
    """Is the block a short one under a heading that gives people's comments ("Comments
    received from respondents", "Q7. Do you have any further comments?", "What you told
    us")? Such a consultation report lists what respondents wrote, in their words, without
    quotation marks ("Transport support for the elderly"): not the writer's to reword. The
    writer's own summary there runs longer and is still read."""
    if block.kind == "heading" or not block.section or len(block.section) > 120 or block.end - block.start > 240:
        return False
    return _comments_heading(block.section)


def _beside_not_with(analysed, bi: int, pattern) -> bool:
    """Does the block before or the block after block ``bi`` hold the words of an entry's other sense
    (Entry.not_with), within the same section? A passage about a benefit names its claimants in the
    paragraphs around the one that names who they are: a motion's title ('Protecting pensioners from
    fuel poverty') over the paragraph on who loses the payment, or one point of a list ('... pensioners
    who will not get it') after the point that names the payment (set ST co-production hidden co01,
    co02, both wrong). Asked only for the entries that ask for it (Entry.not_with_beside), and only where
    they matched."""
    texts = analysed.block_texts
    blocks = analysed.blocks
    section = blocks[bi].section
    for j in (bi - 1, bi + 1):
        if 0 <= j < len(blocks) and blocks[j].section == section and pattern.search(texts[j].lower()):
            return True
    return False


def _list_lead_in(analysed, bi: int) -> str:
    """The lead-in of the list a list item belongs to, in lower case: the block before the run
    of list items, where it ends with a colon ('We give grants to low income households,
    including:' then '- pensioners'), else ''. The item alone is a word or two; the lead-in
    says what the list is (set O co-production hidden co02)."""
    blocks = analysed.blocks
    j = bi - 1
    while j >= 0 and blocks[j].kind == "list-item":
        j -= 1
    if j < 0 or blocks[j].kind == "heading":
        return ""
    text = analysed.block_texts[j].rstrip()
    return text.lower() if text.endswith((":", ":-", ":–")) else ""


@lru_cache(maxsize=4096)
def _comments_heading(section: str) -> bool:
    """Does a heading give people's comments? (asked for every block under it: once per text)"""
    return _COMMENTS_SECTION.search(section) is not None


_CITATION_END = re.compile(r"\((?:[^()]{1,80}[,;]\s*)?(?:19|20)\d\d[a-z]?\)\.?\s*$")


def _cited_title(text: str, block, start: int, end: int) -> bool:
    """Is the line holding the words a short one that ends with a source and a year in
    brackets ("Domestic abuse: a system-wide response (Home Office, 2019)"), an item in a
    list of further reading: the title is its author's."""
    lo = text.rfind("\n", block.start, start) + 1 or block.start
    hi = text.find("\n", end, block.end)
    line = text[lo:hi if hi >= 0 else block.end].strip()
    m = _CITATION_END.search(line)
    if m is None or len(line[:m.start()].split()) > 12 or ". " in line[:m.start()]:
        return False
    # a year alone in brackets ends a short sentence too ("We will utilise the grant (2024).")
    return "," in m.group(0) or ";" in m.group(0) or not line.endswith(".")


def _paper_title(text: str, block, start: int, end: int) -> bool:
    """Is the line holding the words the title of a paper in an agenda or a list of papers
    ("Item 9i Chairs assurance report - Quality Committee July 2025", "Appendix B: Stakeholder
    engagement plan"): it starts with the item's number and ends with no full stop. The
    paper's title is its author's; it is found where the paper itself is checked."""
    lo = text.rfind("\n", block.start, start) + 1 or block.start
    hi = text.find("\n", end, block.end)
    line = text[lo:hi if hi >= 0 else block.end].strip()
    return bool(_PAPER_TITLE.match(line)) and not line.endswith((".", "?", "!"))


# a new field's label glued on after a lower-case word, with nothing between ('This policy supersedes This
# policy should be read alongside Lead director'): a word that opens a sentence, in capitals mid-line
_SENTENCE_END_INSIDE = re.compile(r"[.?!][\"'’”)]? +[A-Z]")
_GLUED_LABEL = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]* (?:This|These|Those|The|To|We|Our|It|Its|There|Please)\s+[a-z]")


def _glued_labels(text: str, block, start: int, end: int) -> bool:
    """Is the line holding the words a run of a form's or a document-control sheet's labels glued
    together by extraction ('This policy supersedes This policy should be read alongside Lead
    director'): no closing mark and no sentence's end inside it, and a word that opens a sentence ('This', 'The', 'To' ...) in
    capitals right after a lower-case word? Labels are not sentences; a word swapped inside one
    reads as nonsense (set X pl40)."""
    lo = text.rfind("\n", block.start, start) + 1 or block.start
    hi = text.find("\n", end, block.end)
    line = text[lo:hi if hi >= 0 else block.end].rstrip()
    if not line or line.endswith((".", "?", "!", ";", ":", ")", "”", '"')) or _SENTENCE_END_INSIDE.search(line):
        return False  # a sentence, or prose cut off after a heading run into it ('... system The data ... 2.5 days.')
    return _GLUED_LABEL.search(line) is not None


def _title_case_line(text: str, block, start: int, end: int) -> bool:
    """Is the line holding the words set in title case: a heading or a label naming a
    programme, a post or a report ("Adult Mental Health Transformation", "Jane Smith,
    Learning Disabilities Transformation Lead", "Empower - National Network of Parent Carer
    Forums")? Three in four of its words of four letters or more (and at least two; words
    in capitals aside) start with a capital, the words found among them; the line does not
    end as a sentence ends and, outside a heading, is the whole block. A name is not the writer's to reword, and a
    heading in title case is a name for its section."""
    if not text[start:start + 1].isupper() or text[start:end].isupper():
        return False  # a line in capitals is not title case: its words are still read
    lo = text.rfind("\n", block.start, start) + 1 or block.start
    hi = text.find("\n", end, block.end)
    line = text[lo:hi if hi >= 0 else block.end]
    if line.rstrip().endswith((".", "?", "!")):
        return False  # a sentence ("Notes: Complies with the Code of Governance.")
    if block.kind != "heading" and text[block.start:block.end].strip() != line.strip():
        return False  # one line of a paragraph wrapped at its line ends ("Strengthen the work of the Local Care")
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4 and not w.isupper()]
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps * 4 >= len(words) * 3


def _quotes_across_blocks(texts: list) -> dict:
    """Quotations that run over paragraphs: a block with an opening mark left open (a curly
    one, or an odd number of straight ones) whose closing mark comes within the next two
    blocks ("“The term co-production refers to ... / ... / ... for people.” - TLAP"). The
    quoted characters of each block the quotation covers: {block index: [(a, b)]}, where
    (a, b) holds the words the way :func:`quote_ranges` does (a is before the first)."""
    out: dict = {}
    for bi, text in enumerate(texts):
        i = _open_mark(text)
        if i < 0:
            continue
        closed = False
        # at most one paragraph between: a page laid out in columns may put the writer's own
        # paragraphs inside a quotation's marks, and the further apart they are the likelier
        for bj in range(bi + 1, min(bi + 3, len(texts))):
            later = texts[bj]
            j = _close_mark(later)
            if j == -2:
                break  # a new quotation opens first: the mark was no quotation's
            if j >= 0:
                out.setdefault(bi, []).append((i, len(text)))
                for bk in range(bi + 1, bj):
                    out.setdefault(bk, []).append((-1, len(texts[bk])))
                out.setdefault(bj, []).append((-1, j))
                closed = True
                break
        if not closed and _speech_opens(texts, bi, i):
            out.setdefault(bi, []).append((i, len(text)))
    return out


def _speech_opens(texts: list, bi: int, i: int) -> bool:
    """Is the mark left open at ``i`` of block ``bi`` a speaker's words, quoted to the end of
    the paragraph though no closing mark follows: introduced by a colon ('Ms Lee said: “We
    will ...', or a paragraph after one ending 'said:'), or with the next paragraph opening
    with a mark (a speech over paragraphs, each opened and only the last closed)?"""
    before = texts[bi][:i].rstrip()
    if before.endswith(":") or (not before and bi > 0 and texts[bi - 1].rstrip().endswith(":")):
        return True
    return bi + 1 < len(texts) and texts[bi + 1].lstrip()[:1] in ("“", '"')


def _open_mark(text: str) -> int:
    """Where a quotation opens and does not close in the text, else -1."""
    i = text.rfind("“")
    if i >= 0 and "”" not in text[i:]:
        return i
    if text.count('"') % 2 == 1:
        return text.rfind('"')
    return -1


def _close_mark(text: str) -> int:
    """Where a quotation opened before the text closes in it; -2 where another opens
    first; else -1."""
    j = text.find("”")
    o = text.find("“")
    if o >= 0 and (j < 0 or o < j):
        return -2
    if j >= 0:
        return j
    if text.count('"') % 2 == 1:
        return text.find('"')
    return -1


def _capitalised_after(sdoc, span) -> bool:
    """Do two capitalised words (not in capitals) follow the words ("system wide Primary Care
    Collaborative")?"""
    out = []
    j = span.end
    while j < len(sdoc) and len(out) < 2:
        if not sdoc[j].is_space:
            out.append(sdoc[j])
        j += 1
    return len(out) == 2 and all(t.is_alpha and _capitalised(t) and not t.is_upper for t in out)


def _after_a_name(sdoc, span) -> bool:
    """Do the words follow a name of two or more capitalised words ("Equity and Equality
    workstream", "Better Care Fund programme"), none of them the first of the sentence?"""
    def prev(j):
        j -= 1
        while j >= 0 and sdoc[j].is_space:
            j -= 1
        return j

    j = prev(span.start)
    if j < 0 or not _capitalised(sdoc[j]) or sdoc[j].text.isupper() or _sentence_initial(sdoc, j):
        return False
    k = prev(j)
    if k >= 0 and sdoc[k].lower_ in ("and", "&", "of"):
        k = prev(k)
    return k >= 0 and _capitalised(sdoc[k]) and sdoc[k].is_alpha and not _sentence_initial(sdoc, k)


#: a capitalised word before a one-word term in title case, and 'and' or '&' after it at most ('the Patient
#: and Client Council')
_TITLE_LEAD = r"[A-Z][a-z]+[ \t]+(?:(?:and|&)[ \t]+)?"


def _title_term_in(lead: str, rest: str, doc_text: str):
    """re.search(lead + rest, doc_text), true where the words in title case stand in the text with
    what ``rest`` asks after them, and ``lead`` before them. ``rest`` starts with the words, so its
    search has a first character to look for; ``lead`` starts with any capital, whose search is tried
    at each one (10 ms a MB). Neither matches a line break, so where a lead is asked for, the whole
    is searched only in the lines where ``rest`` is (tests/test_speed_shortcuts_speed2.py compares)."""
    if not lead:
        return re.search(rest, doc_text)
    after = re.compile(rest)
    whole = re.compile(lead + rest)
    pos = 0
    while (m := after.search(doc_text, pos)) is not None:
        a = doc_text.rfind("\n", 0, m.start()) + 1
        b = doc_text.find("\n", m.end())
        if b < 0:
            b = len(doc_text)
        found = whole.search(doc_text, a, b)
        if found is not None:
            return found
        pos = b
    return None


def longest_matches(matches) -> list:
    """The matches (match id, start, end) that spaCy's ``filter_spans`` keeps of the Spans made from
    them: the (first) longest where they overlap, in the order of their starts. Read from the
    tuples, so that a Span is made only for a match kept, and no label is written into the
    vocabulary's strings for each (tests/test_speed_shortcuts_speed2.py compares)."""
    kept = []
    seen: set = set()
    for m in sorted(matches, key=lambda x: (x[2] - x[1], -x[1]), reverse=True):
        if m[1] not in seen and m[2] - 1 not in seen:
            kept.append(m)
            seen.update(range(m[1], m[2]))
    kept.sort(key=itemgetter(1))
    return kept


def _defined_in_brackets(phrase: str, doc_text: str):
    """Does the document define the words as its own term, alone in brackets after the people
    they name ("people with severe mental illness (clients)", "the people we support ('service
    users')")? A term the writer defines is the document's, not a slip (set J a01)."""
    words = phrase.split()
    stem = r"[ \t]+".join(re.escape(w) for w in words[:-1]) + (r"[ \t]+" if len(words) > 1 else "")
    last = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    # the bracket alone is searched for (its '(' lets the search skip ahead), then the words
    # before it read: a space or tab, then a letter. One search with the letter first tried a
    # match at every letter of the document (0.05 s on 1 MB); tests/test_coproduction.py
    # checks the two agree
    bracket = re.compile(r"\((?:hereafter[ \t]+)?[\"'“‘]?" + stem + re.escape(last) + r"s?[\"'”’]?\)",
                         re.IGNORECASE)
    pos = 0
    while (m := bracket.search(doc_text, pos)) is not None:
        i = m.start()
        j = i
        while j > 0 and doc_text[j - 1] in " \t":
            j -= 1
        if j < i and j > 0 and _LETTER.match(doc_text, j - 1):
            return m
        pos = i + 1
    return None


#: the letter before a defining bracket's space, as ``[a-z]`` reads under re.IGNORECASE
_LETTER = re.compile(r"[a-z]", re.IGNORECASE)


def _bracket_label(sdoc, span) -> bool:
    """Are the words all or most of a short bracket (three words at most) straight after
    other words of the sentence ("compared to the final budget (outturn position)")?"""
    i = span.start - 1
    while i >= 0 and sdoc[i].is_space:
        i -= 1
    if i < 1 or sdoc[i].text != "(" or sdoc[i - 1].text in _SENTENCE_END:
        return False
    words = 0
    for t in sdoc[i + 1:i + 6]:
        if t.text == ")":
            return 0 < words <= 3
        if t.is_punct:
            return False
        if not t.is_space:
            words += 1
    return False


def _echoes_a_quotation(text: str, quotes: list, words: str) -> bool:
    """Are the words (not inside quotation marks themselves) also inside quotation marks in
    the same block: the writer repeating a term they quoted ("the Act's vision of
    ‘transformative changes’ ... five principles to produce transformative changes")?"""
    w = words.lower()
    low = text.lower()
    if not w:
        pattern = re.compile(r"(?<![\w-])(?![\w-])")
        return any(pattern.search(low, max(a, 0), b) for a, b in quotes)
    # (found by str.find, not a pattern compiled for each phrase: 62 compilations on 1 MB)
    return any(whole_word_at(low, w, max(a, 0), b) >= 0 for a, b in quotes)


def _word_or_dash(c: str) -> bool:
    """Is the character one that ``[\\w-]`` matches (str patterns: a letter, a digit, '_' or '-')?"""
    return c.isalnum() or c == "_" or c == "-"


def whole_word_at(text: str, w: str, start: int = 0, end: Optional[int] = None) -> int:
    """Where ``w`` (not empty) first stands in ``text[start:end]`` with no letter, digit, '_' or '-'
    just before it (looked at before ``start`` too) nor just after it (``end`` counts as the end of the
    text); -1 if nowhere. The start of ``re.compile(r"(?<![\\w-])" + re.escape(w) +
    r"(?![\\w-])").search(text, start, end)``, without compiling a pattern for each ``w``
    (tests/test_speed_shortcuts_whole_words.py compares the two)."""
    size = len(text)
    end = size if end is None else max(0, min(end, size))
    start = max(0, start)
    n = len(w)
    i = text.find(w, start, end)
    while i != -1:
        j = i + n
        if not (i > 0 and _word_or_dash(text[i - 1])) and not (j < end and _word_or_dash(text[j])):
            return i
        i = text.find(w, i + 1, end)
    return -1


def _title(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].islower()


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def _opens_after_a_number(texts: list, i: int) -> bool:
    """Is token i the first word of its sentence or block, a paragraph's number before it or
    not ('3.1   With reference to ...')? ``texts``: the block's token texts."""
    j = i - 1
    while j >= 0 and (texts[j].isspace() or not any(c.isalpha() for c in texts[j])):
        if texts[j] in _SENTENCE_END:
            return True
        j -= 1
    return j < 0


def _sentence_initial(sdoc, i: int, texts: list | None = None) -> bool:
    """Is token i the first word of its sentence (or of the block)? ``texts``: the block's
    token texts, read where the caller has them rather than a Token per step (a Token's
    ``is_space`` is its text's ``isspace()``: tests/test_speed_shortcuts_texts.py)."""
    if texts is None:
        texts = _TokenTexts(sdoc)
    j = i - 1
    while j >= 0 and texts[j].isspace():
        j -= 1
    if j < 0:
        return True
    t = texts[j]
    return t in _SENTENCE_END or t in ("“", '"', "‘", "(") and _sentence_initial(sdoc, j, texts)


#: verbs that need their object before a 'to' infinitive ('allow staff to', never 'allow to'),
#: in every form an alternative may be inflected to
_OBJECT_FIRST_VERBS = word_set("context-words.toml", "object-first-verbs")

_ASIDE_MARKS = frozenset((":", "–", "—", "-"))


def _opens_an_aside(sdoc, span) -> bool:
    """Do the words start in lower case straight after a dash or a colon ("what the law
    requires – in relation to the new standards")? The mark opens an aside, an example or a
    gloss of what went before, not a sentence: the words there mean 'in' or 'for example in',
    and neither opening word ('On', 'For') reads (the independent readers of set DD, pl20)."""
    j = span.start - 1
    while j >= 0 and sdoc[j].is_space:
        j -= 1
    return j >= 0 and sdoc[j].text in _ASIDE_MARKS and span.text[:1].islower()



# What may follow the words of a phrase entry, told from the next word alone (the same reading
# for the entry's own examples and for the text): the frames its examples show are the ones its
# swap is known to read in (see _frame_kind, _example_frames)
_FRAME_END = frozenset((",", ";", ".", ":", ")", "?", "!", "", "–", "—", "-"))


def _frame_kind(word: str, phrase: str) -> str:
    """The kind of word after a phrase entry's words: 'end' (a mark or nothing), 'ing' (an
    -ing verb), 'verb' (a finite verb or a modal: 'in this instance are funded'; not after a
    'to', where a plain verb belongs) or 'noun' (anything else: an article, a name, an
    adjective, a number, a clause's opener)."""
    if word in _FRAME_END or not (word[:1].isalnum() or word[:1] in "£$'’\"“("):
        return "end"
    if word.endswith("ing") and base_of_ing(word):
        return "ing"
    if word in _FINITE_NEXT and not phrase.endswith(" to"):
        return "verb"
    return "noun"


# the kinds an adverbial phrase's swap is offered before only where an example of the entry
# shows one: a finite verb. Not an -ing word (a preposition takes one as it takes a noun, and
# the entries whose alternatives need a noun say what fits before one, before_ing), nor a
# clause's opener, read as a noun here ('implement them with immediate effect where possible'
# -> 'immediately where possible'; a linking phrase before one has next_alternatives and
# tests/test_swap_grammar.py)
_RISKY_FRAMES = frozenset(("verb",))
_EXAMPLE_FRAMES: dict = {}
_NEXT_WORD = re.compile(r"\s*([A-Za-z0-9£$][\w'’-]*|\S)?")


def _per_entry(cache: dict, entry, read):
    """``read(entry)``, worked out once per word-list entry. The cache keeps the entry with its
    value, so the entry lives as long as its place: no later entry can take its id and be given
    another entry's value (a user's word lists are built afresh and the old ones freed)."""
    got = cache.get(id(entry))
    if got is None or got[0] is not entry:
        got = cache[id(entry)] = (entry, read(entry))
    return got[1]


def _example_frames(entry) -> frozenset:
    """The kinds of word (_frame_kind) that follow the words in the entry's own examples, read
    once per entry."""
    return _per_entry(_EXAMPLE_FRAMES, entry, _read_example_frames)


def _read_example_frames(entry) -> frozenset:
    """The kinds of word that follow the words in each of the entry's own examples."""
    kinds = set()
    forms = [entry.phrase, *entry.variants]
    for ex in entry.examples:
        text = ex.get("text", "")
        for form in forms:
            if form and form.isascii() and text.isascii():
                # ASCII alone: re.IGNORECASE matches a letter of either case and nothing else, so the
                # text and the form in lower case are compared (no pattern compiled per entry)
                i = whole_word_at(text.lower(), form.lower())
                if i < 0:
                    continue
                after = i + len(form)
            else:
                m = re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text, re.IGNORECASE)
                if m is None:
                    continue
                after = m.end()
            nxt = _NEXT_WORD.match(text, after).group(1) or ""
            kinds.add(_frame_kind(nxt.lower(), entry.phrase))
            break
    return frozenset(kinds)


_EXAMPLE_WORDS: dict = {}
_STANDARD_VERBS = word_set("context-words.toml", "standard-verbs")
_VERB_FRAME_NOTE = ("It is what is {verb} here, and {choices} may not be: say what will be produced or done,"
                    " in words that fit the verb.")


def _example_words(entry) -> frozenset:
    """The words (lower case) of the entry's own examples, read once per entry: the verbs its
    swap is known to read with."""
    return _per_entry(_EXAMPLE_WORDS, entry, lambda e: frozenset(
        w for ex in e.examples for w in re.findall(r"[a-z]+", ex.get("text", "").lower())))


def _passive_verb_after(sdoc, span) -> str:
    """The past participle (lower case) of which the words' noun phrase is the subject, ''
    if none: a form of 'be' within ten words after them, before any break, 'that', 'which' or
    'who', then (past a negation or an adverb) a participle ("the key deliverables of the
    contract are met", "the outputs will be achieved")."""
    words = [t.lower_ for _, t in itertools.islice(_words_on(sdoc, span.end), 14)]
    for i, w in enumerate(words[:10]):
        if w in _CLAUSE_BREAKS or w in _RELATIVES or w == "that" or w in _LIST_JOINS:
            return ""
        if w in _BE:
            rest = [x for x in words[i + 1:i + 4] if not (x in _ADVERBS or x.endswith("ly") or x in _BE)]
            nxt = rest[0] if rest else ""
            return nxt if nxt.isalpha() and _participle_like(nxt) else ""
    return ""


def _standard_verb_before(sdoc, span) -> str:
    """The verb of meeting a standard (lower case) whose object the words are, '' if none: back
    over up to three determiners or modifiers ("to meet the key deliverables", "achieved all
    its outputs")."""
    for i, (_, t) in enumerate(_words_back(sdoc, span.start - 1)):
        w = t.lower_
        if w in _STANDARD_VERBS:
            return w
        if i >= 3 or not t.is_alpha or not (w in _DETERMINERS or w in _OWNERS or _noun_like(w)):
            return ""
    return ""


def _before_span(sdoc, span, texts: list | None) -> tuple[int, list]:
    """The index of the last token before ``span`` that is not whitespace (-1 when none), with
    the token texts it was read from (the block's own list when given)."""
    words = texts if texts is not None else [t.text for t in sdoc]
    j = span.start - 1
    while j >= 0 and words[j].isspace():
        j -= 1
    return j, words

class _TokenTexts:
    """A Doc's token texts read one at a time from its Tokens, for a caller without the
    block's list of them (``texts[j]`` is ``sdoc[j].text``)."""

    __slots__ = ("doc",)

    def __init__(self, doc):
        self.doc = doc

    def __getitem__(self, j: int) -> str:
        return self.doc[j].text


def _in_a_name(sdoc, span) -> bool:
    """Is the phrase part of a name set in title case ("European Federation of National
    Organisations Working with the Homeless", "the Service Users Forum")? The writer cannot
    change another body's name. It is one when a word of the phrase is capitalised though it
    does not start a sentence, and a capitalised word that does not start one either stands
    just after the phrase or before it (over small words such as "with the")."""
    k = span.end
    while k < len(sdoc) and (sdoc[k].is_space or sdoc[k].text in _POSSESSIVE):
        k += 1  # over a possessive too: "the Service Users' Survey"
    after = k < len(sdoc) and _capitalised(sdoc[k]) and sdoc[k].is_alpha
    if not after and k < len(sdoc) and sdoc[k].lower_ in _JOINS and sdoc[k].text not in ",/" and _title(
            sdoc[span.start].text):
        # a name that joins two groups ("the Service User and Carer Council", "a Service User
        # and Carer Involvement Co-ordinator", "Public, Service User and Carer (PSUC)"): the
        # word after 'and' in title case, then another, or the name's letters in brackets
        m = _next_word(sdoc, k + 1)
        o = _next_word(sdoc, m + 1) if m < len(sdoc) else len(sdoc)
        after = (m < len(sdoc) and sdoc[m].is_alpha and _title(sdoc[m].text) and o < len(sdoc)
                 and ((sdoc[o].is_alpha and _title(sdoc[o].text))
                      or (sdoc[o].text == "(" and o + 1 < len(sdoc) and sdoc[o + 1].is_upper)))
    if not any(_title(t.text) and not _sentence_initial(sdoc, t.i) for t in span):
        # the name may start the sentence ("Assurance Committee minutes were noted"): the
        # phrase's own capital proves nothing there, but a title-case word after it that
        # is not a sentence's first word does, as long as the phrase is in title case too
        # (letters in capitals count as title case: "the BAME Staff Network")
        return (after and all(_title(t.text) or t.is_upper or not t.is_alpha or t.lower_ in _NAME_JOINERS
                              for t in span)
                and _title(sdoc[k].text) and not _sentence_initial(sdoc, k))
    if after:
        return True
    j = span.start - 1
    while j >= 0 and (sdoc[j].is_space or sdoc[j].lower_ in _NAME_JOINERS):
        j -= 1
    # a capitalised word before, over small words: "Director of Transformation", also where
    # that word starts the sentence ("Director of Transformation, Jane Smith, said")
    # that word may start the sentence where small words stand between or the phrase is in
    # title case word for word ("Board Assurance Framework - quarterly update")
    return j >= 0 and _capitalised(sdoc[j]) and sdoc[j].is_alpha and (
        not _sentence_initial(sdoc, j) or j < span.start - 1
        or all(_title(t.text) for t in span if t.is_alpha))


#: 'we', 'our', 'us', 'ours', 'ourselves' as whole words, any case: the same matches, at the same places,
#: as ``\b(?:we|our|us|ours|ourselves)\b`` (case-blind), written to start with a class of characters, so
#: that the regex engine looks for a w, o or u and tries the word only there; starting with ``\b`` it
#: tried every position of the text (0.025 -> 0.012 s per MB; tests/test_speed_shortcuts_scans.py).
#: ``(?<!\w\w)`` after the first letter (a word character) is the ``\b`` before it.
# the note where a swap to 'we' is dropped on a page that never speaks as 'we' (set WX pl26)
_NO_WE_NOTE = ("The page never says 'we': name who holds the view or makes the plan ('the panel "
               "considers', 'the council expects'), or state it directly.")
# a question on a line of its own, as a page of questions and answers asks them ('How are the
# planning authorities involved?'); the opening words are context-words.toml question-openers
_QUESTION_OPENERS = word_set("context-words.toml", "question-openers")
_FAQ_QUESTION = re.compile(r"(?m)^[ \t]*(?:" + "|".join(sorted(_QUESTION_OPENERS)) + r")\b[^\n?]{0,200}\?[ \t]*$")
# the note where a swap to 'I' is dropped on a page that never speaks as 'I' (set YZ pl19), unless
# the entry has words of its own for that (no_swap_note)
_NO_I_NOTE = "The page never says 'I': say what is done without a writer, or name who does it."
# does a page speak as one writer: 'I' as a word, or 'me', 'my', 'myself' (any case but 'ME', the
# illness), or is it a letter ('Dear key stakeholder' opening a line, 'Yours sincerely'), which has
# a writer who signs it (set QR pl09, both readers useful). Generous on purpose ('Part I' counts): a
# page it wrongly finds speaking keeps its swap
_WRITER = re.compile(r"\bI\b|\b[Mm](?:e|y|yself)\b|(?m:^[ \t]*Dear\b)|\bYours (?:sincerely|faithfully|truly)\b")
_FIRST_PERSON = re.compile(r"[wou](?<!\w\w)(?:(?<=[wW])e|(?<=[oO])(?:urselves|urs|ur)|(?<=[uU])s)\b", re.IGNORECASE)


# words of a meeting's record or a committee's report: 'Members noted', 'The Committee asks';
# 'The' opening a sentence as well as 'the' inside one ('The Board noted'), and a title before
# 'Chair' ('the Board's deputy Chair', 'Vice-Chair', 'Co-Chair'): an officer's overview minuted
# as 'The Board noted ...' with the deputy Chair's sign-off was missed, and 'it is anticipated
# that' -> 'We expect' brought in a 'we' nobody in the text is (the independent readers of set NN
# at ce368f4, pl06, both wrong)
_MEETING_RECORD = re.compile(r"\b(?:Members|Councillors?|Cllr|(?:[Tt]he |[Dd]eputy |[Vv]ice[- ]|[Cc]o-)Chair(?:man)?|"
                             r"RESOLVED|Resolved|[Mm]inutes|[Tt]he (?:Committee|Board|Panel))\b")


#: a verb of reporting and 'that' just before the words ("The Director said that it is
#: anticipated that", "it was noted that it is expected that"): what follows is reported
#: speech, where a swap to 'we expect' puts in the reporter's 'we'
_REPORTING_VERBS = word_tuple("context-words.toml", "reporting-verbs-before-that")
_REPORTED_NOW_NOTE = ("The sentence reports what was said then, where {choices} would read as the reader's now: cut"
                      " the words, or say 'from then on'.")
_REFERRED_BACK_NOTE = ("The next sentence points back to the {noun} ('This was extended'): keep the noun, or name it"
                       " there ('The {noun} was extended').")
#: the words that open a sentence pointing back to a thing just named ('This was extended', 'It runs
#: until 2026'): after the noun of a light verb's phrase ('reached an agreement'), the plain verb
#: would leave them nothing to point to
_POINTING_BACK = word_set("context-words.toml", "pointing-back-openers")
_POINTING_BACK_VERBS = word_set("context-words.toml", "pointing-back-verbs")


def _light_verb_noun(entry) -> str:
    """The noun of a verb entry made of a light verb, a determiner and a noun ('reach an
    agreement' -> 'agreement', 'make a decision' -> 'decision', 'conduct a review of' -> 'review';
    context-words.toml light-verbs, noun-making-verbs), else ''."""
    words = entry.phrase.split()
    if entry.pos != "verb" or len(words) < 3 or words[0] not in _LIGHT_VERBS | _NOUN_MAKING_VERBS:
        return ""
    if words[1] in ("a", "an") and words[2].isalpha():
        return words[2]
    return ""


_NOUN_MAKING_VERBS = word_set("context-words.toml", "noun-making-verbs")


_REPORTED_THAT = re.compile(r"\b(?:" + "|".join(_REPORTING_VERBS) + r") that$")
#: a verb of reporting and, later in the sentence, 'would' (the future seen from the past: 'the board
#: said the service would be funded going forward'), where 'from now on' reads as the reader's now
_REPORTED_WOULD = re.compile(r"\b(?:" + "|".join(_REPORTING_VERBS) + r")\b.*\bwould\b(?!.*[;:])")


def _rough_words(text: str) -> int:
    """Words near enough (spaces and line breaks), without a list of words: the measure of the tests
    of how a page speaks ('a page of 100 words or more')."""
    return text.count(" ") + text.count("\n")


def _not_opening_with(plain: list, word: str) -> list:
    """The alternatives that do not open with ``word`` (any case): a voice the page never uses ('we', 'I')."""
    return [p for p in plain if p.split()[0].lower() != word]


def _third_person(doc_text: str) -> bool:
    """A record of a meeting or a committee's report (its words twice or more: 'Members',
    'the Chair', 'Minutes', 'the Committee') of 100 words or more that hardly ever says
    'we', 'our' or 'us' (twice at most, or once in 500 words): written in the third person,
    where a swap that brings in 'we' changes the voice. A body's own page or FAQ with no
    'we' may still speak as the body ('it is anticipated that' -> 'we expect' on a
    partnership's FAQ: fresh F pl47, useful); a shorter text tells too little to say."""
    if len(_MEETING_RECORD.findall(doc_text, 0, 20000)) < 2:
        return False
    words = _rough_words(doc_text)
    if words < 100:
        return False
    limit = max(2, words // 500)
    for n, _ in enumerate(_FIRST_PERSON.finditer(doc_text), 1):
        if n > limit:
            return False  # stop at the first 'we' past the limit, not after the last
    return True


def _next_word(sdoc, k: int) -> int:
    """The index of the first token from k that is not a space (len(sdoc) if none)."""
    while k < len(sdoc) and sdoc[k].is_space:
        k += 1
    return k


def _opening_subject(sdoc, i: int) -> bool:
    """Do the words before token ``i`` make a short noun phrase that opens its sentence ('The
    work', 'The capital programme'): then a verb after them is as likely the sentence's own
    verb (a simple past) as a participle describing them?"""
    words = []
    j = i - 1
    while j >= 0:
        t = sdoc[j].text
        if t in (".", "!", "?", ";", ":") or "\n" in t:
            break
        if not t.isspace():
            words.append(t)
        j -= 1
    words.reverse()
    return (0 < len(words) <= 4 and words[0].lower() in _DETERMINERS
            and all(w.isalpha() for w in words))


def _tailed(phrase: str) -> bool:
    """Does the phrase go on past its head with a clause or a phrase of its own ('people who use
    services', 'users of services', 'people we support')? Words after it would then describe its
    last noun, not the people."""
    words = phrase.lower().split()
    return any(w in _TAIL_OPENERS for w in words[1:])


def _people_first(phrase: str) -> bool:
    """Is the phrase people first, then who they are ('people who use services', 'person with
    dementia', 'people we support')? After 'our' or 'the council's' it does not read."""
    words = phrase.lower().split()
    return len(words) > 1 and words[0] in _PEOPLE_HEADS


def _possessive_name(sdoc, span) -> bool:
    """Words in title case owning a capitalised word ("CGL - Service Users' Survey", "the
    Patients' Forum"): the name of a survey, a forum or a group, which a heading in title
    case can hold too (where _in_a_name cannot tell a name from the heading's own capitals)."""
    k = span.end
    if k >= len(sdoc) or sdoc[k].text not in _POSSESSIVE or not all(_title(t.text) for t in span if t.is_alpha):
        return False
    k += 1
    while k < len(sdoc) and sdoc[k].is_space:
        k += 1
    return k < len(sdoc) and sdoc[k].is_alpha and _title(sdoc[k].text)


def _glued_hyphen(sdoc, i: int) -> bool:
    """Is token i a hyphen joining the words either side with no space ("quality-assurance")?"""
    return (0 < i < len(sdoc) - 1 and sdoc[i].text in ("-", "‐") and not sdoc[i - 1].whitespace_
            and not sdoc[i].whitespace_ and sdoc[i - 1].is_alpha and sdoc[i + 1].is_alpha)


_DEFINING = word_set("context-words.toml", "defining-words")
# after 'to', words that start a noun phrase, not a verb ('with a view to further talks')
_NOT_VERBS = {"a", "an", "the", "further", "more", "all", "any", "some", "each", "every", "no", "both"}
_FINITE = word_set("context-words.toml", "finite-markers")
# a finite verb or modal straight after a phrase entry's words (_frame_kind)
_FINITE_NEXT = _FINITE - _SUBJECT_PRONOUNS
# a quoted term, then the words of a definition: '"care" means', '‘relevant body’ has the meaning'
_LEGAL_DEFINITION = re.compile(r"[\"“‘'][^\"”’'\n]{1,80}[\"”’']\s+(?:means|includes|has the (?:same )?meaning|is defined as)\b")


def _defined_here(sdoc, span) -> bool:
    """Are the words named rather than used: at the start of the sentence, and followed by
    the verb of a definition ('Reaching a conclusion means ...', 'Co-location refers to ...')?"""
    if not _sentence_initial(sdoc, span.start):
        return False
    j = span.end
    while j < len(sdoc) and (sdoc[j].is_space or sdoc[j].text in _POSSESSIVE or sdoc[j].text in "\"”’'"):
        j += 1
    if j >= len(sdoc):
        return False
    first = sdoc[j].lower_
    second = sdoc[j + 1].lower_ if j + 1 < len(sdoc) else ""
    return first in _DEFINING or f"{first} {second}" in _DEFINING


_NAMING = (("referred", "to", "as"), ("known", "as"), ("called",), ("termed",), ("term",), ("word",),
           ("phrase",), ("dubbed",))
_NAMING_LAST = frozenset(n[-1] for n in _NAMING)  # the word each naming ends with
_QUOTE_MARKS = ("'", "‘", "’", '"', "“", "”")
_ARTICLES = ("a", "an", "the")


# a term the page names ('a stage called project inception', 'what is known as a deep dive',
# 'the so-called postcode lottery') or sets in quotation marks ('“touchpoints”'): its own term
_NAMING_CUE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|also|often|sometimes|commonly|now|formally)[ \t]+called"
    r"|\b(?:a|an|the)[ \t]+[a-z-]+[ \t]+called|\bknown[ \t]+as|\breferred[ \t]+to[ \t]+as|\btermed|\bso-called"
    r"|\bdubbed)[ \t]+(?:(?:the|an?|our)[ \t]+)?[‘“\"']?([^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,3})")
# the cue's own word, found first in the lower-case text (one literal search, no word test per place)
_NAMING_WORD = re.compile(r"called|known[ \t]+as|referred[ \t]+to[ \t]+as|termed|dubbed")
# each choice's first word, taken from the pattern (one declaration): at most one choice matches at a place
_NAMING_LITERALS = tuple(choice.split("[", 1)[0] for choice in _NAMING_WORD.pattern.split("|"))


def _naming_words(lower: str) -> list:
    """(start, end) of each match of _NAMING_WORD.finditer(lower), found by str.find of each word
    (0.3 ms a MB; the pattern's five first letters are common, and it is tried at each of them: 7 ms
    a MB), then the pattern matched where a word is, and the places taken left to right with no
    overlap, as finditer takes them (tests/test_speed_shortcuts_speed2.py compares)."""
    hits = []
    for word in _NAMING_LITERALS:
        i = lower.find(word)
        while i >= 0:
            m = _NAMING_WORD.match(lower, i)
            if m is not None:
                hits.append((i, m.end()))
            i = lower.find(word, i + 1)
    hits.sort()
    out = []
    end = -1
    for a, b in hits:
        if a >= end:
            out.append((a, b))
            end = b
    return out
_QUOTED_TERM = re.compile(r"[“\"‘]([^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,2})[”\"’](?![\w])")
# a sentence that defines the words ('X defines anchor institutions as ...', 'A care navigator is
# defined as ...', 'By stocktake we mean ...', at a sentence's start 'Touchpoints means ...',
# 'Touchpoints refer to ...', 'Anchor institutions are large organisations that ...'): the term
# is the page's own, explained where it is defined (the independent readers of set Q, pl12, pl27).
# Read around each finding, not over the document: the text before the words, then after them
_DEFINES_BEFORE = re.compile(r"\b(?:defines?|by)[ \t]+(?:the[ \t]+term[ \t]+)?(?:(?:the|an?)[ \t]+)?[‘“\"']?$")
_OPENS_BEFORE = re.compile(r"[ \t]*[‘“\"']?(?:(?:the|an?)[ \t]+)?[‘“\"']?$")
_DEF_NEXT = re.compile(r"[’”\"']?,?[ \t]+(?:as|we|i|is|are|means?|refers?)\b")
_CUE_AFTER = re.compile(r"[’”\"']?(?:[ \t]+as\b|,?[ \t]+(?:we|i)[ \t]+mean\b)")
_OPENING_AFTER = re.compile(
    r"[’”\"']?[ \t]+(?:(?:is|are)[ \t]+(?:defined|described|understood)[ \t]+as\b|means\b|mean\b|refers?[ \t]+to\b"
    r"|(?:is|are)[ \t]+(?:(?:an?|the)[ \t]+)?([\w-]+)[^.;!?\n]{0,120}?"
    r"(?:\b(?:that|which|who|whose|where)\b|\((?:for[ \t]+example|such[ \t]+as|e\.g\.|i\.e\.)))")
# words after 'is' or 'are' that open no definition ('Anchor institutions are also ...')
_NOT_A_CLASS = word_set("context-words.toml", "not-a-definition")
# marks that end the walk back over a clause (from a purpose phrase, or an adverb's swap)
_CLAUSE_BREAKS = {",", ";", ":", ".", "!", "?", "(", ")", "•", "–", "—"}

#: alternatives that put things in the time to come, and the words that date a clause
#: (_clause_in_past)
_FUTURE_TIME = word_set("context-words.toml", "future-time-phrases")
_PAST_MARKERS = word_set("context-words.toml", "past-markers")
_PRESENT_MARKERS = word_set("context-words.toml", "present-markers")
_NOT_PAST_ED = word_set("context-words.toml", "not-past-ed")
_PLAIN_FORM_SUBJECTS = word_set("context-words.toml", "plain-form-subjects")
#: the irregular simple pasts ('set', 'made', 'took'), and those spelt as the plain form too
_IRREGULAR_PASTS = frozenset(forms[1] for forms in load_irregular_verbs().inflected.values())
_PLAIN_PASTS = frozenset(base for base, forms in load_irregular_verbs().inflected.items() if forms[1] == base)
#: alternatives that date what they qualify to the time of reading ('now'): not in a clause
#: about the past, read through an infinitive ('were expected to act with immediate effect')
_PRESENT_TIME = word_set("context-words.toml", "present-time-phrases")
_PERFECT = word_set("context-words.toml", "perfect-markers")
#: words that open another clause, where the reading of a clause's time stops ('because they feared')
_CLAUSE_OPENERS = word_set("context-words.toml", "time-clause-openers")
_THEN_NOTE = ("The sentence tells of what was done then, where {choices} would read as today: give the time"
              " as it was then ('at that time', 'until then', 'straight away').")
#: a wordy phrase straight after a preposition ('up to no later than March'): an alternative that
#: is itself a preposition would stack two ('up to by March')
_STACKING_PREPOSITIONS = word_set("context-words.toml", "stacking-prepositions")
_PREPOSITION_SWAPS = word_set("context-words.toml", "preposition-swaps")
#: words before an -ed word that show it is no verb with its subject ('a well-founded fear', 'and aged 21')
_NOT_SUBJECTS = (_FUNCTION_WORDS | _DETERMINERS | _STACKING_PREPOSITIONS
                 | word_set("context-words.toml", "not-subjects"))
#: particles that make an -ing word a phrasal verb ('setting up', 'carrying out')
_ING_PARTICLES = word_set("context-words.toml", "ing-particles")
_TO_ING_NOTE = ("An -ing verb follows it, where {choices} would read as the 'to' of a verb: say 'to' with the"
                " plain form ('in relation to setting up a group' -> 'to set up a group').")
_STACKED_NOTE = ("It stands straight after '{prev}', and {choices} there would stack two prepositions"
                 " ('{prev} {first}'): rewrite the two together ('up to no later than March' -> 'until March').")
#: alternatives that take a subject of its own and an -ing verb after them ('because of the hall
#: being closed'); 'if there is', 'for' and 'in' do not
_CLAUSE_TAKING = word_set("context-words.toml", "clause-taking-endings")
_CLAUSE_NOTE = ("A subject of its own and an -ing verb follow it ('{words} ...'), where {choices} would not"
                " read: rewrite them as a clause of their own ('in the event of the hall being closed' -> 'if the"
                " hall is closed').")
#: a one-word adjective swap after 'more' or 'most' must not take -er or -est ('a more smooth service')
_COMPARATIVE_NOTE = ("After '{prev}', {choices} would read as '{prev} {first}', where English says"
                     " '{compared}': rewrite the words together.")
_PAST_NOTE = ("The sentence tells of what was done, where {choices} would move it into the future; to keep"
              " the time, say what holds from now on ('the plan to be used from now on').")

#: each form of the verbs of deciding ('decides', 'decided', 'deciding'): 'going forward' just
#: after one qualifies the decision (_after_a_deciding_verb)
_DECIDING_FORMS = frozenset(form for base in word_set("context-words.toml", "deciding-verbs")
                            for forms in verb_forms(base).values() for form in forms)
_DECIDING_NOTE = ("After a verb of deciding, {choices} reads as the time of the decision ('decide in future"
                  " whether': later); cut the words, or say what will hold from now on.")

_AFTER_NOUN_NOTE = ("After a noun that ends the clause, {choices} may read as part of it or as the time of the"
                    " action; cut the words, or say what holds from now on.")


def _closes_after_a_noun(sdoc, span) -> bool:
    """Do the words close their clause straight after a noun ("decide the work plan going
    forward.", "agreed the priorities going forward, and", "the areas of focus going forward
    which will be set out")? A noun-like word just before (no
    function word, adverb, form of 'be' or participle: "will be monitored going forward"), not a plain verb after a modal or 'to' ("will meet
    going forward"), and a break, 'and', 'or' or the end just after."""
    back = [t for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 2)]
    if not back or not back[0].is_alpha:
        return False
    w = back[0].lower_
    if (not _noun_like(w) or w in _ADVERBS or w in _BE or w in _DEGREE_WORDS or w in _DURATION_UNITS
            or (len(back) > 1 and (back[1].lower_ in _MODAL_SLOTS or back[1].lower_ == "to"))):
        return False
    after = next((t.lower_ for _, t in _words_on(sdoc, span.end)), "")
    # (or a relative clause after it: "outline the areas of focus going forward which will be set
    # out in the plan" -> 'the areas of focus from now on which': own pages of session 17)
    return after == "" or after in _LIST_JOINS or after in _CLAUSE_BREAKS or after in _RELATIVES


#: a verb's alternative with its object's place inside ('put in place'), and the words that
#: show an object after the verb (_object_after)
_SLOT_PREPOSITIONS = word_set("context-words.toml", "object-slot-prepositions")
_OBJECT_PRONOUNS = word_set("context-words.toml", "object-pronouns")
_SLOT_VERBS = word_set("context-words.toml", "object-slot-verbs")
#: each form of the slot verbs, to its plain form ('brought' -> 'bring', 'placing' -> 'place')
_SLOT_FORMS = {form: base for base in _SLOT_VERBS for forms in verb_forms(base).values() for form in forms}


def _plain_verb(word: str) -> str:
    """The plain form of a slot verb's form ('brought' -> 'bring', 'placed' -> 'place')."""
    return _SLOT_FORMS.get(word, word)


_SLOT_NOTE = ("Its plain words take the thing done between them: '{verb} the plan {rest}', not"
              " '{verb} {rest} the plan'; or say what will be done.")


def _object_slot(alternative: str) -> bool:
    """Is the alternative a verb whose object goes inside it ('put in place', 'put into
    practice': 'put the plan into practice')? Three words or more, the second a preposition."""
    words = alternative.lower().split()
    return len(words) > 2 and words[1] in _SLOT_PREPOSITIONS and _plain_verb(words[0]) in _SLOT_VERBS


def _object_after(sdoc, span) -> bool:
    """Does an object stand straight after the verb ('operationalise the service', 'implement
    it', 'implement new rules')? The next word is a determiner, an object pronoun, or a word
    that is neither a function word nor an -ly adverb."""
    k = _next_word(sdoc, span.end)
    if k >= len(sdoc) or not sdoc[k].is_alpha:
        return False
    w = sdoc[k].lower_
    return (w in _DETERMINERS or w in _OBJECT_PRONOUNS or w in _OBJECT_OPENERS
            or (w not in _FUNCTION_WORDS and not w.endswith("ly")))


#: prepositions whose object a bare purpose 'to' would hang on (_after_a_prepositions_object)
_NOUN_OBJECT_PREPOSITIONS = word_set("context-words.toml", "noun-object-prepositions")


def _after_a_prepositions_object(sdoc, span) -> bool:
    """Do the words follow a noun that is a preposition's object ('delegation of functions in
    order to', 'homes for older people in order to', 'with the public in order to')? The word
    before is a noun-like word (not a function word, nor an -ly, -ing or -ed word), and back
    over up to three more such words or determiners stands a preposition; 'and' or 'or' may join
    two such nouns ('a closer relationship between the trust and the council in order to'), with
    up to eight words between."""
    back = [t.lower_ for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 10)]
    joined = False
    if not back or not _noun_like(back[0]):
        return False
    for i, w in enumerate(back[1:], 2):
        if i >= (10 if joined else 5):
            return False  # too far back for the aim to hang on the noun
        if w in _NOUN_OBJECT_PREPOSITIONS:
            # the phrase itself tells of a noun before it ('delegation of functions', 'homes for
            # older people'), not of a verb ('work with partners') nor a set phrase ('in place')
            return i < len(back) and _noun_like(back[i]) and back[i] not in _NOT_PAST_ED
        if w in ("and", "or") and not joined and i < len(back) and _noun_like(back[i]):
            joined = True  # two nouns joined ('between the trust and the council'): walk on over the first
            continue
        if not (w in _DETERMINERS or _noun_like(w) or _participle_like(w)
                or (w.endswith("ing") and i < len(back) and back[i] in _DETERMINERS and _noun_like(back[i - 2]))):
            return False  # ('for disabled residents': an -ed word before the noun describes it;
            # 'the housing sector': an -ing word between a determiner and a noun is its modifier)
    return False

_COMPOUND_TO = word_set("context-words.toml", "compound-to-heads")
#: the word before an entry's last 'to' where that 'to' is a preposition ('in close proximity
#: to', 'prior to'), and the plain verbs that, straight after, make it an infinitive's instead
#: ('in close proximity to serve the town': set PP pl49; _infinitive_after)
_TO_PREPOSITION_HEADS = word_set("context-words.toml", "to-preposition-heads")
_INFINITIVE_VERBS = word_set("context-words.toml", "infinitive-verbs")
#: verbs that are nouns as well ('help', 'support'): an infinitive's only before an object
#: ('in close proximity to help staff travel'; _infinitive_after)
#: each form of the verbs that take someone and a 'to' verb ('help staff to attend'): where
#: an entry's verb of this kind has that frame, its other alternatives do not read
#: ('facilitate staff to attend' -> 'run staff to attend'; _object_to_after)
#: words of the wplain17 guards, in wordlists/context-words.toml with what each is for
_INTENDING_VERBS = word_tuple("context-words.toml", "intending-verbs")
_DEGREE_BEFORE_UNGRADED = word_set("context-words.toml", "degree-before-ungraded")
_PHRASE_END_PARTICLES = word_set("context-words.toml", "phrase-end-particles")
_BE_FORMS_BARE = word_set("context-words.toml", "be-forms-bare")
_OBJECT_TO_FORMS = frozenset(form for base in word_set("context-words.toml", "object-to-verbs")
                             for forms in verb_forms(base).values() for form in forms)
_ACTION_NOUN_NOTE = ("It describes '{noun}', where a one-word adverb would go with '{verb}': put a describing word"
                     " before the noun")
#: verbs whose object is an action ('allow monitoring', 'ensure delivery'): context-words.toml
#: object-to-verbs and action-object-verbs, in every form
_ENABLING_FORMS = _OBJECT_TO_FORMS | frozenset(
    form for base in word_set("context-words.toml", "action-object-verbs")
    for forms in verb_forms(base).values() for form in forms)
#: the endings of a noun of action ('mobilisation', 'recruitment', 'delivery', 'monitoring')
_ACTION_NOUN = re.compile(r"^[a-z]{3,}(tion|sion|ment|ery|ance|ence|ing)$")


def _adverb_word(alternative: str) -> bool:
    """Is an alternative one adverb ('regularly', 'promptly', 'fast', 'now')?"""
    word = alternative.lower()
    return " " not in word and (word.endswith("ly") or word in _PLAIN_ADVERBS)


_PLAIN_ADVERBS = word_set("context-words.toml", "plain-time-adverbs")


def _action_after_enabling(before: str) -> tuple | None:
    """(verb, noun) where the words before a phrase end in a verb whose object is an action and
    that noun, with at most one word between ('allow monitoring', 'enable staff training',
    'ensure the delivery'), else None."""
    words = before.split()
    if not words or not _ACTION_NOUN.match(words[-1]):
        return None
    for verb in reversed(words[:-1][-2:]):
        if verb in _ENABLING_FORMS:
            return verb, " ".join(words[words.index(verb) + 1:])
    return None


def _adjective_of(adverb: str) -> str:
    """The adjective of an -ly adverb ('regularly' -> 'regular', 'speedily' -> 'speedy',
    'reasonably' -> 'reasonable', 'carefully' -> 'careful'); a time word that is both as it is
    ('daily', 'weekly'); '' where there is none to give ('now', 'fast')."""
    word = adverb.lower()
    if word in _BOTH_ADJECTIVE_AND_ADVERB:
        return word
    if not word.endswith("ly") or len(word) < 5:
        return ""
    if word.endswith("ily"):
        return word[:-3] + "y"
    if word.endswith(("ably", "ibly")):
        return word[:-1] + "e"
    if word.endswith("lly") and not word.endswith("ally"):
        return word[:-2]
    return word[:-2]


_BOTH_ADJECTIVE_AND_ADVERB = word_set("context-words.toml", "time-words-both-ways")


#: the words after such a verb: up to three words of a noun phrase, then 'to' and a plain verb
_OBJECT_TO_FRAME = re.compile(r"^(?!(?:to|with|in|on|for|of|at|by|from|and|or|as|that|into|through|towards|"
                              r"about|under|over|between|across|within|up|out|back|down|off|is|are|was|were|be|"
                              r"been|has|have|had|will|would|can|could|may|might|must|should)\b)"
                              r"(?:[a-z’'-]+ ){1,3}to (?!(?:a|an|the|this|that|these|those|our|their|its|his|her|your|"
                              r"my|all|any|some|each|every|home|school|work|hospital)\b)[a-z]+\b")
#: someone or something, then an -ing verb, after a verb ('anticipate the works finishing',
#: 'envisage them moving'): a verb of _OBJECT_TO_FORMS in the original's place needs 'to'
#: there ('expect the works to finish'; 'expect the works finishing' is not English)
_ING_NOT_VERBS = word_tuple("context-words.toml", "ing-words-not-verbs")
_OBJECT_ING_FRAME = re.compile(r"^(?:(?:the|a|an|this|that|these|those|its|their|our|your|his|her|each|every|any|"
                               r"some|all|both|more|many|most) (?:(?!(?:in|of|for|to|with|on|at|by|from|about|into|"
                               r"and|or|over|after|before|than|as)\b)[a-z’'-]+ ){1,2}|(?:them|us|him|it|you|me|people|"
                               r"residents|patients|staff|families|everyone|someone|members|officers) )"
                               r"(?!(?:" + "|".join(_ING_NOT_VERBS) + r")\b)[a-z-]+ing\b")
#: the verbs that cannot take someone and an -ing verb: those of _OBJECT_TO_FORMS and those of
#: intending ('plan the council selling the site' is not English)
_NO_OBJECT_ING_FORMS = _OBJECT_TO_FORMS | frozenset(
    form for base in _INTENDING_VERBS
    for forms in verb_forms(base).values() for form in forms)
#: each form of the verbs of foreseeing or entailing ('anticipate', 'envisage'): someone and an
#: -ing verb after one is a clause, its object ('anticipate the works finishing'); after other
#: verbs the -ing word more often describes the noun ('takes account of all information
#: relating to it'), where the swap's frame does not change
_FORESEEING_FORMS = frozenset(form for base in word_set("context-words.toml", "foreseeing-verbs")
                              for forms in verb_forms(base).values() for form in forms)
_OBJECT_ING_NOTE = ("Someone or something and an -ing verb follow it, where {choices} would need 'to' and the"
                    " plain verb ('expect the works to finish'): rewrite them together.")
_INFINITIVE_WITH_OBJECT = word_set("context-words.toml", "infinitive-verbs-with-object")
_INFINITIVE_OBJECTS = word_set("context-words.toml", "objects-after-infinitive")
#: each form of the verbs that hand something to someone ('delegate', 'report', 'refer'):
#: 'delegate to the Director in order to' (_after_a_to_phrase)
_HANDING_FORMS = frozenset(form for base in word_set("context-words.toml", "handing-verbs")
                           for forms in verb_forms(base).values() for form in forms)


def _after_a_to_phrase(sdoc, span) -> bool:
    """Do the words follow a phrase of 'to' and a noun ('pass the papers to the chief officer in
    order to', 'to the Head of Finance and Housing in order to', 'to the relevant staff groups so
    as to')? Back over up to eight words of a name or a noun phrase (determiners, 'of', 'and',
    capitalised words, noun-like words) stands 'to' before a determiner, a possessive or a
    capitalised word: the preposition, not the infinitive ('to review the data')."""
    back = [t for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 9)]
    if not back or not back[0].is_alpha or back[0].lower_ in _FUNCTION_WORDS:
        return False
    for i, t in enumerate(back[1:], 1):
        w = t.lower_
        if w == "to":
            nxt = back[i - 1]
            head = back[i + 1].lower_ if i + 1 < len(back) else ""
            if head == "back" and i + 2 < len(back) and back[i + 2].lower_ in _HANDING_FORMS:
                head = back[i + 2].lower_  # 'report back to Members in order to'
            if head in _COMPOUND_TO:
                return False  # 'in relation to the forum in order to': no one to hand the aim to
            before = back[i + 2].lower_ if i + 2 < len(back) else ""
            if head not in _HANDING_FORMS and not (_noun_like(head) and (
                    head.endswith(_NOUN_ENDS) or head.endswith("s") or before in _DETERMINERS or before in _OWNERS)):
                return False  # a thing handed over before 'to' ('pass the papers to'), or a verb of
                # handing over ('delegate to the Director'), not a place gone to ('come to')
            # a recipient named or made definite ('to the chief officer', 'to our partners', 'to
            # Housing'), not an amount ('spoken to many people in order to': set F's test)
            return nxt.lower_ == "the" or nxt.lower_ in _OWNERS or nxt.text[:1].isupper()
        if not (w in _DETERMINERS or w in _JOINS or w == "of" or t.text[:1].isupper() or _noun_like(w)
                or (t.is_alpha and w.endswith("ing") and t.text[:1].isupper())):
            return False
    return False


def _infinitive_after(phrase: str, sdoc, span, texts: list) -> bool:
    """Is the entry's last 'to' a preposition ('in close proximity to', 'prior to') that the
    sentence uses as an infinitive's, a plain verb that is seldom a noun straight after it ('a
    park in close proximity to serve the town', 'in addition to provide advice')? Then the words
    are the entry's without their 'to', and a swap ('near serve the town') is not English: set PP
    pl49 (both readers wrong)."""
    words = phrase.split()
    if len(words) < 2 or words[-2] not in _TO_PREPOSITION_HEADS:
        return False
    after = SubstitutionCheck._neighbour(sdoc, span.end, 1, texts)
    if after in _INFINITIVE_VERBS:
        return True
    # a word that is a noun as well ('help', 'support') is the infinitive's verb only before
    # its object: 'offices in close proximity to help staff travel' ('near help staff travel'
    # is not English: our own variant sweep, brief plain17); 'in addition to support from
    # family' keeps its preposition; so do words that open a clause ('Prior to use the
    # equipment must be cleaned', where the object is the next clause's subject)
    return after in _INFINITIVE_WITH_OBJECT and SubstitutionCheck._words_before(
        sdoc, span.start, 1, texts) not in ("", ",", ";", ":", "(", "that") and SubstitutionCheck._words_after(
        sdoc, span.end, 2, texts).split(" ")[-1] in _INFINITIVE_OBJECTS


#: what opens a gloss of the words before it ('ie', 'that is'): _glossed_after
_GLOSS_PHRASES = word_tuple("context-words.toml", "gloss-openers")
_GLOSS_OPENERS = tuple(tuple(g.split()) for g in _GLOSS_PHRASES)


def _glossed_after(span, texts: list) -> bool:
    """Is the term explained where it stands: within three words after it (its noun: 'co-located
    services'), a comma or an opening bracket, then 'ie', 'i.e.', 'that is' or 'in other words'
    ('co-located services, ie those found in a health centre', 'step-down beds (that is, beds for
    people leaving hospital)')? The reader has the plain words already. Not 'such as' or 'for
    example', which name instances and leave the term unexplained."""
    j, seen, n = span.end, 0, len(texts)
    while j < n:
        t = texts[j]
        if t.isspace() or t == "-":
            j += 1
            continue
        if t in (",", "("):
            break
        if not t.replace("-", "").isalpha() or seen >= 3:
            return False
        seen += 1
        j += 1
    else:
        return False
    words = [w.lower() for w in itertools.islice((w for w in texts[j + 1:j + 12] if not w.isspace()), 3)]
    return any(tuple(words[:len(g)]) == g for g in _GLOSS_OPENERS)


def _noun_like(w: str) -> bool:
    return (w.isalpha() and w not in _FUNCTION_WORDS and w not in _PRESENT_MARKERS
            and not w.endswith(("ly", "ing")) and not _participle_like(w))


def _past_verb_like(words: list, i: int) -> bool:
    """Is ``words[i]`` (lower case, read backwards: ``words[i + 1]`` stands before it) an -ed
    word or an irregular past used as a verb, not an adjective after a determiner ('the agreed
    plan') nor a plain form after a subject or a modal ('we set out', 'will set out')?"""
    w = words[i]
    before = words[i + 1] if i + 1 < len(words) else ""
    if before in _DETERMINERS:
        return False
    if w in _PLAIN_PASTS:
        return before not in _PLAIN_FORM_SUBJECTS and before not in _PRESENT_MARKERS
    return w in _IRREGULAR_PASTS or w in _PARTICIPLES or (
        w.isalpha() and w.endswith("ed") and w not in _NOT_PAST_ED)


def _clause_around(sdoc, span, openers: frozenset) -> tuple[list, list]:
    """The words of the clause around a span, in lower case: back from it (nearest first) to a clause break,
    'that', a relative or a word of ``openers``, at most 16; on from it to a clause break after a word, a stop,
    'that' or a word of ``openers``, at most 16, clause breaks left out. One reading for the clause's tense
    (:func:`_clause_in_past`, and :func:`_told_before_now`, which also stops at words that open a clause)."""
    back = []
    for _, t in _words_back(sdoc, span.start - 1):
        w = t.lower_
        if w in _CLAUSE_BREAKS or w == "that" or w in _RELATIVES or w in openers or len(back) > 15:
            break
        back.append(w)
    on = []
    for _, t in _words_on(sdoc, span.end):
        w = t.lower_
        if w in _CLAUSE_BREAKS and on or w in (";", ":", ".", "!", "?") or w == "that" or w in openers \
                or len(on) > 15:
            break
        if w not in _CLAUSE_BREAKS:
            on.append(w)
    return back, on


def _a_subject(word: str) -> bool:
    """Can the word before a past form be its subject ('we', 'the board' -> 'board'), so that the form is a verb
    told in the past, not an adjective ('a well-founded fear') or after an adverb ('presently aged')?"""
    return word in _SUBJECT_PRONOUNS or (word.isalpha() and word not in _NOT_SUBJECTS and not word.endswith("ly"))


def _tense_marker(word: str) -> bool | None:
    """What a word says of its clause's time: False for one of the present or the perfect ('now',
    'has'), True for one of the past ('was', 'last'), None for any other."""
    if word in _PRESENT_MARKERS or word in _PERFECT:
        return False
    return True if word in _PAST_MARKERS else None


def _told_before_now(sdoc, span) -> bool:
    """Is the clause that holds the words told in the simple past, so that a word of the present
    ('now') would read as today ('The trusts were expected to act with immediate effect', 'The
    board agreed to close the unit with immediate effect')? Stricter than
    :func:`_clause_in_past`: the clause is read through an infinitive's 'to' to the verb that
    dates it; the perfect ('has agreed', 'has hitherto had') reaches to now and says no; an -ed
    word or an irregular past counts only straight after a subject ('the board agreed'), not
    as an adjective ('a well-founded fear', 'presently aged 21'); the reading stops at a word
    that opens another clause ('because', 'when'). Unsure is no."""
    def read(words: list) -> bool | None:
        verb = None
        for i, w in enumerate(words):
            if w == "to":
                continue
            if (said := _tense_marker(w)) is not None:
                return said
            before = words[i + 1] if i + 1 < len(words) else ""
            if verb is None and _past_verb_like(words, i) and _a_subject(before):
                verb = True
        return verb

    back, on = _clause_around(sdoc, span, _CLAUSE_OPENERS)
    said = read(back)
    if said is not None:
        return said
    for i, w in enumerate(on):  # read forwards: the first verb decides ('With immediate effect, the board agreed')
        if w == "to":
            continue
        if (said := _tense_marker(w)) is not None:
            return said
        before = on[i - 1] if i else ""
        if _past_verb_like([w, before], 0) and _a_subject(before):
            return True
    return False


def _takes_more(alternative: str) -> bool:
    """Does an adjective's alternative read after 'more' or 'most' ('more detailed', 'most
    thorough'), not taking -er or -est ('smoother', 'strongest')? One syllable, or two ending
    in -y, -le, -ow or -er ('easy', 'simple', 'narrow'), takes -er; so does no alternative of
    several words that opens on a preposition or a determiner ('among the best', 'across all
    services'). Unsure is no (the alternative is not offered there)."""
    if alternative.lower() in _UNGRADED:
        return False  # 'work more together' (_UNGRADED)
    words = alternative.lower().split()
    if len(words) > 1:
        return words[0].endswith("ed") or words[0] == "able"
    word = words[0]
    if "-" in word or word in _MORE_ADJECTIVES:
        return True
    if not word.isalpha():
        return False
    core = word[:-1] if word.endswith("e") and not word.endswith("le") else word
    groups = len(re.findall(r"[aeiouy]+", core))
    if groups <= 1:
        return word.endswith("ed") and len(word) > 4  # 'shared', 'tailored': a participle takes 'more'
    return not (groups == 2 and word.endswith(("y", "le", "ow", "er")))


#: short adjectives whose 'more' form is as usual as their -er form ('more prompt')
_MORE_ADJECTIVES = word_set("context-words.toml", "more-adjectives")
#: an auxiliary before an adverb inside its verb group ('had thereafter been sent', 'will in due
#: course be reviewed')
_INSIDE_VERB_GROUP = word_set("context-words.toml", "verb-group-auxiliaries")


_VERB_GROUP_NOTE = ("It stands inside the verb, between the helping verb and the main one, where {choices} does"
                    " not read: put the plain words before the verb or at the start of the clause ('as a result,"
                    " costs have risen').")


def _participle_next(word: str) -> bool:
    """Is ``word`` the verb of a verb group after an adverb ('been', 'be', an -ed or -en word:
    'had thereafter been sent', 'was subsequently agreed')?"""
    return word in _BE_FORMS_BARE or (word.isalpha() and len(word) > 3 and word.endswith(("ed", "en")))


#: plain words that take no degree ('together', 'jointly'): never offered after 'more'
_UNGRADED = word_set("context-words.toml", "ungraded-words")
_UNGRADED_NOTE = ("After '{prev}', {choices} takes no degree ('{prev} {first}' does not read): rewrite the words"
                  " together ('work more closely together').")


def _comparative(adjective: str, superlative: bool) -> str:
    """The -er or -est form of a short adjective ('smooth' -> 'smoother', 'easy' -> 'easiest',
    'big' -> 'bigger', 'simple' -> 'simpler')."""
    end = "est" if superlative else "er"
    word = adjective.lower()
    if word.endswith("e"):
        return word + end[1:]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "i" + end
    if (len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou"
            and len(re.findall(r"[aeiou]+", word)) == 1):
        return word + word[-1] + end
    return word + end


def _clause_in_past(sdoc, span) -> bool:
    """Does the clause that holds the words tell of the past ('The second meeting set out the
    grid going forward', 'The panel has agreed the budget going forward', 'Going forward, the
    board agreed to meet')? Its words before the match, back to a clause's break, are read
    from the nearest: a word of the present, the future or an infinitive ('will', 'is', 'to')
    says no; the past of be, have or do says yes; a past verb says yes unless an auxiliary
    further back dates it ('will be presented'). With no verb before the words, the clause's
    words after them are read the same way. Unsure is no (the swap stays offered)."""
    def read(words: list) -> bool | None:
        verb = None
        for i, w in enumerate(words):
            if w in _PRESENT_MARKERS:
                return False
            if w in _PAST_MARKERS:
                return True
            if verb is None and _past_verb_like(words, i):
                verb = True
        return verb

    back, on = _clause_around(sdoc, span, frozenset())
    said = read(back)
    if said is not None:
        return said
    # read forwards, the first verb decides ('Going forward, the panel agreed to meet': the
    # 'to' after it is the next verb's)
    for i, w in enumerate(on):
        if w in _PRESENT_MARKERS:
            return False
        if w in _PAST_MARKERS or _past_verb_like(list(reversed(on[:i + 1])), 0):
            return True
    return False
_RELATIVES = word_set("context-words.toml", "relatives")
# the irregular past participles ('held', 'given'): with 'be' before them, a passive
_PARTICIPLES = frozenset(load_irregular_verbs().participles)


def _participle_like(word: str) -> bool:
    """A past participle by its ending or the irregular list ('reviewed', 'taken', 'held')."""
    return word.endswith(("ed", "en")) or word in _PARTICIPLES
# nouns of sequence: 'follow the steps in order to' may mean 'in sequence' (set Q pl09)
_SEQUENCE_NOUNS = word_set("context-words.toml", "sequence-nouns")


def _named_terms(text: str, lower: str) -> dict:
    """The terms a page names as its own: after 'called', 'known as', 'referred to as',
    'termed', 'so-called' (up to four words, to the first small word), or set alone in
    quotation marks (one to three words); ``lower`` is the text in lower case. A swap of the
    page's own term, used again later ('During project inception the team ...'), would change
    the name the page gave it (the independent reader of set P, pl29 wrong; set O pl33, pl48).
    {last word, singular: the words before it in each term}, all in lower case."""
    found = [m.group(1) for m in _QUOTED_TERM.finditer(text)]
    end = -1
    for hit_start, hit_end in _naming_words(lower):
        if hit_start < end:
            continue
        m = _NAMING_CUE.search(lower, max(0, hit_start - 30), min(len(lower), hit_end + 90))
        if m is not None:
            found.append(m.group(1))
            end = m.end()
    terms: dict = {}
    for term in found:
        words = []
        for w in term.lower().split():
            if w in _FUNCTION_WORDS or w in _BE:
                break
            words.append(_singular(w))
        if words:
            terms.setdefault(words[-1], set()).add(" ".join(words[:-1]))
    return terms


def _in_named_term(text: str, start: int, words: str, terms: dict) -> bool:
    """Do the words (lower case) at ``start`` end one of the page's own terms, in the
    singular or the plural ('touchpoint' of the “touchpoints”), with the term's other words
    just before them ('During project inception' for 'a stage called project inception'; not
    'the prevalence of' for the page's ‘recorded prevalence’, nor 'key' for its ‘key working’)?"""
    parts = [_singular(w) for w in words.split()]
    leads = terms.get(parts[-1]) if parts else None
    if not leads:
        return False
    own = " ".join(parts[:-1])
    for lead in leads:
        if lead == own:
            return True
        if lead.endswith(" " + own) or not own:
            rest = lead[:len(lead) - len(own)].strip()
            before = " ".join(text[max(0, start - len(rest) - 20):start].lower().split())
            if before == rest or before.endswith(" " + rest):
                return True
    return False


def _term_defined_here(lower: str, start: int, end: int) -> bool:
    """Is the match (``lower``: the text in lower case) the term its sentence defines: after
    'defines' or 'by' and before 'as' or 'we mean' ('defines anchor institutions as'), or
    opening the sentence before 'means', 'refers to', 'is defined as', or 'is'/'are' and a
    class with what marks it out ('Anchor institutions are large organisations (for example
    ...) that ...')?"""
    if _DEF_NEXT.match(lower, end, end + 40) is None:
        return False  # (most words: no cue after them, one quick test)
    head = max(0, start - 60)
    before = lower[head:start]
    if _CUE_AFTER.match(lower, end, end + 40):
        return _DEFINES_BEFORE.search(before) is not None
    cut = max(before.rfind(c) for c in ".!?:;•\n")
    if (cut < 0 and head > 0) or _OPENS_BEFORE.match(before, cut + 1) is None:
        return False  # the words do not open the sentence
    m = _OPENING_AFTER.match(lower, end, end + 200)
    if m is None:
        return False
    word = m.group(1)
    return word is None or (word not in _NOT_A_CLASS and not word.endswith(("ing", "ed")))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _same_noun(word: str, other: str) -> bool:
    """Are the two words the same word, or one the other's plural by -s ('review', 'reviews')?
    Not a function word ('as' before 'a')."""
    return word not in _FUNCTION_WORDS and (word == other or word + "s" == other or word == other + "s")


def _named_here(sdoc, span, texts: list | None = None) -> bool:
    """Are the words named by what comes before them ("sometimes referred to as silo working",
    "what is known as a deep dive", "the so-called postcode lottery", "the term stakeholder")?
    The writer names the term; a swap would change the name. (``texts``: the Doc's token texts,
    when the caller has them: the word just before, which every naming ends with, is read from
    them first, and most words have none of those before them; a token's is_space and lower_ are
    its text's isspace() and lower().)"""
    if texts is not None:
        j = span.start - 1
        while j >= 0 and (texts[j].isspace() or texts[j] in _QUOTE_MARKS or texts[j].lower() in _ARTICLES):
            j -= 1
        if j < 0 or texts[j].lower() not in _NAMING_LAST:
            return False
    words = []
    j = span.start - 1
    while j >= 0 and len(words) < 3:
        t = sdoc[j]
        if not t.is_space and t.text not in ("'", "‘", "’", '"', "“", "”") and (
                words or t.lower_ not in ("a", "an", "the")):  # "known as a deep dive"
            words.insert(0, t.lower_)
        j -= 1
    return any(tuple(words[-len(n):]) == n for n in _NAMING)


_SMALL = {"and", "of", "the", "for", "&", "in", "on", "to", "a", "an", "with", "by"}


def _spells_out_letters(sdoc, span, texts: list | None = None) -> bool:
    """Are the words in brackets that spell out the letters just before them ("ICP3
    (indicative cost and performance assessments)")? That is the name the letters stand for,
    not the writer's wording to change. (``texts``: the Doc's token texts, when the caller has
    them: the walk back to a bracket then reads strings, not a spaCy Token per token; a token's
    is_space and is_alpha are its text's isspace() and isalpha().)"""
    if texts is None:
        texts = [t.text for t in sdoc]
    j = span.start - 1
    while j >= 0 and texts[j] not in ("(", ")"):
        j -= 1
    if j < 1 or texts[j] != "(":
        return False
    k = j - 1
    while k >= 0 and texts[k].isspace():
        k -= 1
    letters = "".join(c for c in texts[k] if c.isalpha()) if k >= 0 else ""
    if not (2 <= len(letters) <= 8 and letters.isupper()):
        return False
    words = []
    for t in texts[j + 1:]:
        if t == ")":
            break
        if t.isalpha() and t.lower() not in _SMALL:
            words.append(t.lower())
    initials = "".join(w[0] for w in words)
    return initials.startswith(letters.lower())


def _legal_definitions(text: str) -> list:
    """Character ranges of the block's sentences (``text``: the text its Doc was made from)
    that define a quoted term in the words of a statute ('In this Part, "care" means ...'):
    the writer quotes them and may not reword them."""
    out = []
    if "mean" not in text and "includes" not in text and "defined as" not in text:
        # none of the words every match holds ('means', 'includes', 'meaning', 'is defined as'): the
        # pattern starts at every apostrophe and reads on up to 80 characters from each
        return out
    for m in _LEGAL_DEFINITION.finditer(text):
        a = max(text.rfind(". ", 0, m.start()) + 1, 0)
        b = text.find(". ", m.end())
        out.append((a, len(text) if b < 0 else b + 1))
    return out


_LABEL_DASHES = {"–", "—", "-", ":"}


def _value_label(sdoc, span, texts: list) -> bool:
    """Are the words, capitalised, the label of a value or principle before a dash or a colon
    at the start of their block ("Person centred and Holistic – Taking a bespoke approach",
    "Collaborative: we work with partners"): a list's heading word, four words at most from
    the start, which the text after the dash explains? (``texts``: the block's token texts;
    a Token's ``is_alpha`` is its text's ``isalpha()``.)"""
    if not span.text[:1].isupper() or span.text.isupper():
        return False
    nxt = _word_after(sdoc, span)
    if nxt is None or nxt.text not in _LABEL_DASHES:
        return False
    words = sum(map(str.isalpha, texts[:span.start]))
    return words <= 3 and all(not t.is_punct or t.text in ("•", "·", ",", "-", "–") for t in sdoc[:span.start]
                              if not t.is_space)


def _verbless_fragment(block, text: str, texts: list) -> bool:
    """A bullet point, table cell or heading of a dozen words or fewer, not ending as a
    sentence ends, with none of the small words that show a verb ('is', 'will', 'we' ...): a
    label such as 'Empowering communities to lead', where a plain-words point is a matter of
    style. (``text``: the block's Doc's text, ``texts``: its tokens' texts, read without
    rebuilding ``Doc.text`` from every token.)"""
    if block.kind not in ("list-item", "table-cell", "heading"):
        return False
    text = text.strip()
    if not text or text[-1] in ".!?" or len(text.split()) > 12:
        return False
    return _FINITE.isdisjoint(map(str.lower, texts))


# adjectives before the last group of a list ("internal and external stakeholders", "other
# local stakeholders"): common ones, and the endings of most others
_LIST_ADJECTIVES = {"local", "key", "main", "wider", "wide", "major", "many", "important", "relevant", "other",
                    "interested", "affected", "partner", "community"}
_ADJECTIVE_ENDS = ("al", "ant", "ent", "ive", "ic", "ous", "ful", "ary", "ory", "ble")
_NOUN_ENDS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism")
# nouns naming a sector before a group word ("local authority stakeholders", "health and care partners")
_SECTOR_NOUNS = word_set("context-words.toml", "sector-nouns")
#: words after 'from' that name no field ('stakeholders from different sectors and ...') (_members_named_after)
_VAGUE_FROM = word_set("context-words.toml", "vague-from")
# words after a group word that go on to name its members ("stakeholders, including schools")
_NAMING_MEMBERS = word_set("context-words.toml", "naming-members")
# groups of people that a group word is paired with ("stakeholders and partners")
_NAMED_GROUPS = word_set("context-words.toml", "named-groups")
_PEOPLE_AND_BODIES = word_set("context-words.toml", "people-and-bodies")
_PEOPLE_OPENERS = word_tuple("context-words.toml", "people-openers")
# verbs after 'who' (and 'with an' nouns) that say what a group does ("stakeholders who work in ...")
_SAYS_WHAT_THEY_DO = word_set("context-words.toml", "says-what-they-do")
# determiners before a plural noun only ("these stakeholder events": the singular word qualifies)
_PLURAL_DETERMINERS = word_set("context-words.toml", "plural-determiners")
# the determiners a word such as 'aforementioned' is swapped for
_DEMONSTRATIVES = word_set("context-words.toml", "demonstratives")
# words before a noun that no other determiner may follow ("our aforesaid duty"; not "all")
_OWNERS = word_set("context-words.toml", "owners")
# adjectives that follow the noun they describe ("a decision different to the recommendation")
_POSTMODIFIERS = word_set("context-words.toml", "postmodifiers")
# nouns whose own 'to' gives their content ("a decision to close"): see the purpose phrases
_TO_NOUNS = word_set("context-words.toml", "to-nouns")
# adjectives whose own 'to' gives what is possible, ready or easy ("as few as possible to review")
_TO_ADJECTIVES = word_set("context-words.toml", "to-adjectives")
_PROPOSAL_NOUNS = word_set("context-words.toml", "proposal-nouns")
_TELLING_VERBS = word_set("context-words.toml", "telling-verbs")
_TOPIC_HOST_NOUNS = word_set("context-words.toml", "topic-host-nouns")
# the words a minute points back with ("With reference to paragraph 5 of the Minute of ...")
_CROSS_REFERENCES = word_set("context-words.toml", "cross-references")
# "article 7 of the minute of ...", "articles 3 and 4 of the minutes": a minute's article
_MINUTE_ARTICLE = re.compile(r"articles? [\w.()/-]+(?: (?:and|to|,) [\w.()/-]+)* of (?:the )?minutes?\b")
_POINTER_NOTE = ("Here it points back to an earlier minute or item, the minutes' own formula: "
                 "'Following' is the plainer opening, if the house style allows.")
# nouns of the law's wording before a linking phrase ("functions in relation to the Duty")
_LEGAL_FORMULA_NOUNS = word_set("context-words.toml", "legal-formula-nouns")
# the asides a bare 'to' would make of a purpose ("to be fair", "to be honest")
_ASIDES = word_set("context-words.toml", "asides")
# a linking phrase in the sense of 'about' ('in relation to', 'with regard to', 'in this regard'):
# its swap is offered only where a frame of the sentence proves it (the word it hangs on, a verb
# of speaking, the clause it opens); elsewhere the finding is advice that names the choices
_ABOUT_LINKS = {"about", "about this", "about that"}
# 'about' in the sense of an amount or a place ('in the region of £2m' -> 'about', 'around')
_AMOUNT_LINKS = {"around", "near"}
# irregular past participles ('made', 'held', 'set'): after 'be' they are no adjective
_CHOOSE_NOTE = "Pick the word that fits the sentence: {}."
_NAME_NOTE = ("Written with capitals, it may be a name the writer keeps (of a document, a body or a"
              " programme): if readers may not know it, say what it is the first time.")
_FRAME_NOTE = "Before {} a swap may not read: rewrite the sentence, with {} where it fits."
_FRONTED_NOTE = ("Opening a clause inside the sentence, 'on' would read as a place or a time and 'for'"
                 " does not fit what follows: say 'as for' ('they said that as for how it works, ...') or rewrite.")
_AFTER_BE_NOTE = "After '{prev}', {choices} does not read: say it in a clause ('a tenant who is in circumstances where the rent is late' -> 'a tenant whose rent is late')."
#: words that say a thing matters most: one just before a word whose swap is another says it twice
_SWAP_NEXT_NOTE = "Before '{next}', {choices} does not read: add 'the' or 'what' after it, or rewrite the words."
_IMPORTANCE_WORDS = word_set("context-words.toml", "importance-words")
_NOUN_TAIL_PREPOSITIONS = word_set("context-words.toml", "noun-tail-prepositions")
_SAID_BEFORE_NOTE = ("'{word}' stands a few words before it already, and a second '{word}' would seem to tell"
                     " of the nearer noun: recast the sentence, or keep the words.")
_SAME_BEFORE_NOTE = "'{prev}' just before it says the same: cut the word."
_BETWEEN_NOTE = ("It stands between a noun and the words that tell of it ('{next} ...'), where {choices} does not"
                 " read: move the words next to the verb, or rewrite.")
_WITH_CLAUSE_NOTE = ("In a clause that 'with' opens with no verb, which stands for 'being', {choices} does not"
                     " read after '{prev}': give it a verb ('and the last one is at ...'), or keep the words.")
_INFINITIVE_BETWEEN_NOTE = ("It stands between a noun and the 'to' of its verb, where {choices} does not read:"
                            " move the words to the start of the clause, or keep them.")
_FRAME_NAMES = {"verb": "a verb"}
_ON_TIME_NOTE = "'On' would read as a time before this noun: say 'about' or 'as for' where the words name a topic."
_ING_NOTE = "Before an -ing verb, say {} and the verb in its plain form."
# 'on the topic of', 'on the subject of': the writer's own first word fits wherever the phrase did
_OWN_FIRST_WORD = re.compile(r"[a-z]+ the [a-z]+ of")
#: a ratio ("1:1 sessions", "2:1 staffing"): it names a kind, so a quantifier before it takes no "of"
_RATIO = re.compile(r"\d+:\d+")
# a role of watching over others ("their scrutiny role in relation to ...") is 'over' or 'on' it
_OVERSIGHT_WORDS = word_set("context-words.toml", "oversight-words")
_OVERSIGHT_ROLES = {"role", "roles"}
# a resolution's bare 'be' and its participle ('... use of the procedure be authorised', '... the
# report be noted'): no modal, 'to' or 'not' before it
_RESOLUTION_BE = re.compile(
    r"(?:^|\s)(?!(?:can|could|will|would|may|might|shall|should|must|to|not|cannot|also)\s)[\w’')]+\s+be\s+"
    r"(?:\w+ed|\w+en|made|given|set|put|held|sent|paid|kept|sought|brought)\b", re.I)
# 'need to', 'want to': their 'to' is no purpose ("we need to hear their views in order to ...")
_TO_COMPLEMENTS = word_set("context-words.toml", "to-complements")
_BACK_REFERENCES = word_set("context-words.toml", "back-references")
# a modal, or a word that takes a verb after 'to': a noun entry's word after them is the verb
_VERB_SLOTS = word_set("context-words.toml", "verb-slots")
_MODAL_SLOTS = _VERB_SLOTS & _FINITE  # the modals ('will', 'should'): a verb after them
# words that open a verb's object ('to baseline the data', 'to benchmark our costs', 'to map them')
_OBJECT_STARTS = _DETERMINERS | _OF_BEFORE
# a noun's ending: the word after a 'to' that names a thing ('to consultation'), no verb
_NOUN_ENDING = re.compile(r"(tion|sion|ment|ness|ity|ance|ence|ship|ies|ers|ors)$")
_DECLARATION = re.compile(r"\bdeclar(?:e|es|ed|ing|ation|ations)\b[^.;]{0,80}\b(?:interests?|whip)\b|"
                          r"\binterests?\b[^.;]{0,40}\bdeclar|"
                          # "No additional declarations were made above those on record or in
                          # respect of any business covered by the agenda"
                          r"\bdeclarations?\s+(?:\w+\s+){0,2}(?:was|were|had\s+been)\s+(?:made|received|recorded)\b|"
                          # "... including the existence and nature of the party whip, in respect of
                          # any matter to be considered at this meeting"
                          # ("Disclosure of Party Whips To receive disclosures of prohibited party
                          # whips which a Member has been given in relation to the meeting")
                          r"\bparty\s+whips?\b|"
                          # the standing wording of minutes taken as read ("The minutes of the meeting
                          # of 17th December, omitting those matters in respect of which the Council had
                          # delegated its powers to the Committee, were taken as read and signed as
                          # correct": the independent reader of set I at 4dd7464, pl25 and pl50, pedantic)
                          r"\bminutes\b[^.;]{0,160}\b(?:delegated\s+its\s+powers|taken\s+as\s+read|"
                          r"signed\s+as\s+(?:a\s+)?correct)\b|"
                          # a statutory agenda item's standing wording, citing its rule ("To receive
                          # petitions (if any) submitted by members of the public under the provisions
                          # of Executive Procedure Rule 49"): our own strict reading at seed 8272
                          r"(?-i:\bTo)\s+(?:receive|note|consider)\b[^.;]{0,160}?\b(?:procedure\s+rules?|"
                          r"standing\s+orders?|section|regulation)\s+(?:nos?\b\.?s?\s*)?\d",
                          re.IGNORECASE)
#: what every match of _DECLARATION holds, with the same flags (so the same letters match
#: either way): 'declar', 'whip', 'minutes', or 'To' and a verb of an agenda item. A block
#: without one has no declaration's wording anywhere in it, and _declaration_formula is
#: not asked there (one search per block, where the full pattern was tried at every
#: position of a window around each finding: 0.04 s per MB;
#: tests/test_speed_shortcuts_declaration.py)
_DECLARATION_HINT = re.compile(r"declar|whip|minutes|(?-i:To)\s+(?:receive|note|consider)", re.IGNORECASE)
# its last choice alone, with its first letters to look for
_DECLARATION_TO = re.compile(r"To\s+(?i:receive|note|consider)")
# that last choice of _DECLARATION, its rules of procedure only (a 'section 5' further on may be
# any document's)
_AGENDA_RULE = re.compile(r"(?-i:\bTo)\s+(?:receive|note|consider)\b[^.;]{0,200}?\b(?:procedure\s+rules?|"
                          r"standing\s+orders?)\s+(?:nos?\b\.?s?\s*)?\d", re.IGNORECASE)
# the letters beyond ASCII that re.IGNORECASE takes for 'i' or 's' ('İ', 'ı', 'ſ'), which str.lower does not
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")


def _declaration_hint(text: str) -> bool:
    """_DECLARATION_HINT.search(text) is not None, by three substring tests of the text in lower case
    and one search that starts at 'To' (the pattern's first letters, in either case, are tried at
    every d, w, m and t of a long block); the pattern itself only where one of the letters
    re.IGNORECASE reads as 'i' or 's' is there (tests/test_speed_shortcuts_speed2.py compares)."""
    low = text.lower()
    if "declar" in low or "whip" in low or "minutes" in low or _DECLARATION_TO.search(text) is not None:
        return True
    return not text.isascii() and _CASE_ODD.search(text) is not None and _DECLARATION_HINT.search(text) is not None


_SPEECH_OPENERS = word_set("context-words.toml", "speech-openers")
_DEBATE_OPENERS = word_set("context-words.toml", "debate-openers")
# a speaker named with their post or seat in brackets, on a line of their own or before a
# colon and their words: "Kevin Mitchell (Care Inspectorate)", "Ms Sharon Gallagher
# (Department of Health): Thank you, Chair."; looked for only at a closing bracket at a
# line's end or before ': ' (one search of the text, in C)
_BRACKET_END = re.compile(r"\)(?:[ \t]*(?:\n|$)|: )")
_SPEAKER = re.compile(r"[ \t]*(?:The )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4} \([^)\n]{2,80}\)"
                      r"(?: \([^)\n]{2,40}\))?")
# "My Lords, ...", "Mr Speaker, ...": a speech in a debate
_DEBATE_FORMS = tuple(sorted(w.title() + "," for w in _DEBATE_OPENERS))


def _verbatim_record(text: str) -> bool:
    """Is the document a verbatim record of people speaking (an official report of evidence
    to a committee): two or more lines naming a speaker and their post in brackets, on their
    own or before a colon, each followed by speech ('Thank you, convener.', 'Good morning,
    members.'), or a paragraph opening 'My Lords,' (a debate)? What was said is not the
    writer's to reword. One such line before 'Thank you to the residents who ...' is a list
    of contributors and its acknowledgement."""
    if has_speaker_time_line(text):
        # "Ifan Evans: 00:14:22" on its own line: the speaker and time of a recording's
        # transcript, whose speech the writer cannot reword (set UV pl24, pl41)
        return True
    for form in _DEBATE_FORMS:
        i = text.find(form)
        while i >= 0:
            if not text[text.rfind("\n", 0, i) + 1:i].strip():
                return True
            i = text.find(form, i + 1)
    spoken = 0
    for m in _BRACKET_END.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - start > 200 or not _SPEAKER.fullmatch(text, start, m.start() + 1):
            continue
        after = text[m.end():m.end() + 300].split(None, 1)
        spoken += bool(after) and after[0].strip(",.:;!").lower() in _SPEECH_OPENERS
        if spoken >= 2:
            return True
    return False


def _declaration_formula(text: str, span) -> bool:
    """Is the sentence holding the words the standing wording of a declaration of interests
    or of a party whip ("The Chair sought any declarations of interest pertaining to items
    on the agenda", "to declare the existence of a party whip in relation to any item"), or
    of an agenda item that cites its rule ("To receive petitions ... under the provisions of
    Executive Procedure Rule 49")?
    (``text``: the block's Doc's text, ``Analysed.block_texts``, not ``Doc.text`` rebuilt
    from every token for each finding.)"""
    a = max(text.rfind(". ", 0, span.start_char), text.rfind("\n", 0, span.start_char), span.start_char - 120)
    b = text.find(". ", span.end_char)
    b = min(len(text) if b < 0 else b, span.end_char + 60)
    if _DECLARATION.search(text, max(a + 1, 0), b) is not None:
        return True
    # the rule an agenda item cites may stand further on in its sentence ("To receive questions
    # from members of the public in respect of any item of business included in the agenda, as
    # provided for in Standing Order No.s 3(f) and 3(g)": set HH pl64, pedantic)
    if _DECLARATION_TO.search(text, max(a + 1, 0), span.start_char) is None:
        return False
    c = text.find(". ", b if b > span.end_char + 59 else span.end_char)
    while c > 1 and text[c - 2:c] in ("No", "no") and (c < 3 or not text[c - 3].isalpha()):
        c = text.find(". ", c + 2)  # 'Standing Order No. 3': no sentence's end
    c = min(len(text) if c < 0 else c, span.end_char + 200)
    return c > b and _AGENDA_RULE.search(text, max(a + 1, 0), c) is not None


def _declaration_item(section, text: str) -> bool:
    """An item under a lead-in that asks for declarations ('Members are asked to declare:-'
    then '(1) any interests they may have in relation to items on the agenda'): the
    declaration's standing wording, split across the lead-in and the item."""
    # a lead-in ending with a colon, not a heading ('Declarations of Interest', under which a
    # minute gives a member's reasons in the writer's words)
    return bool(section) and len(section) <= 120 and ("eclare" in section or "ECLARE" in section) \
        and re.search(r"\bdeclare\b.*[:\-–]\s*$", section, re.IGNORECASE) is not None \
        and re.search(r"\binterests?\b", text[:200], re.IGNORECASE) is not None


_RESOLVED_LEAD_IN = re.compile(r"\b(?:resolved|agreed|decided|determined)\b\s*(?:that)?\s*[:\-–—]*\s*$", re.IGNORECASE)
_LIMB_MARKER = re.compile(r"\s*(?:\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})[.)])?\s*$")


# an auditor's or adviser's status notice: it disclaims responsibility to third parties, or
# points to the Code of Practice under section 45 of the Freedom of Information Act ("No
# responsibility is taken by the Audit Office in relation to any officer ... or to any third
# party"): the issuing body's standing wording, printed in every report, not the writer's own
_DISCLAIMER = re.compile(
    r"\bno\s+(?:responsibility|liability)\b[^.;]{0,80}?\b(?:is|are|will\s+be|can\s+be)\s+(?:taken|accepted|assumed)"
    r"\b(?!\s+(?:lightly|seriously))|"
    r"\b(?:do|does|will)\s+not\s+(?:accept|assume)\s+(?:any\s+)?(?:responsibility|liability)\b|"
    r"\b(?:accepts?|assumes?)\s+no\s+(?:responsibility|liability)\b",
    re.IGNORECASE)
# to whom it is disclaimed: 'to any third party', 'to third parties', 'any other third party'
_TO_THIRD_PARTIES = re.compile(r"\b(?:to|any)\s+(?:other\s+)?third\s+part(?:y|ies)\b", re.IGNORECASE)
_FOI_CODE = re.compile(r"\bsection\s+45\s+of\s+the\s+freedom\s+of\s+information\s+act\b", re.IGNORECASE)


def _status_notice(text: str) -> bool:
    """Is the block (up to 2,500 characters) a report's status notice: it disclaims
    responsibility or liability to any third party, or names third parties and cites the section
    45 Code of the Freedom of Information Act? The issuing body's standing wording (an auditor's 'Status of report'),
    which the writer of the paper does not draft (set II pl06, pl30, pl48: pedantic). One
    substring test for most blocks: the notice always names a 'third party'."""
    if "hird part" not in text and "HIRD PART" not in text or len(text) > 2500:
        return False
    if _FOI_CODE.search(text) is not None:
        return True
    return _TO_THIRD_PARTIES.search(text) is not None and _DISCLAIMER.search(text) is not None


def _resolution_limb(section, text: str, span) -> bool:
    """Do the words open a limb of a body's resolution in minutes, under its lead-in ('The
    Committee resolved:-' then '(ii) in relation to section 4 of the report, to note that
    ...')? The minute's set formula, which names what each limb is about; not the writer's
    prose to reword (set X pl28, pl41: both readers called the finding pedantic)."""
    return (bool(section) and len(section) <= 120 and _RESOLVED_LEAD_IN.search(section) is not None
            and _LIMB_MARKER.fullmatch(text[:span.start_char]) is not None)


# a date with its year: '12th November 2015', '3 March 2024', 'March 3, 2024' (the month's
# name checked against the names of months and days of sentence-words.toml)
_DATED = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+([a-z]+),?\s+(?:19|20)\d\d\b|"
                    r"\b([a-z]+)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")
_CALENDAR_WORDS = word_set("sentence-words.toml", "months-and-days")


def _earlier_resolution(lead_in: str) -> bool:
    """Does a list's lead-in (in lower case, ending with a colon) say that a body resolved, on a
    date it gives, what the items then set out ('The Council on 5th March 2019 resolved in
    respect of the depot to:', 'On 3 June 2021 the Board resolved that:')? The items quote a
    resolution passed at an earlier meeting, word for word, which the writer of the later report
    or decision notice cannot reword (set NN at ce368f4, pl07 and pl37: both readers pedantic).
    A minute's own 'it was RESOLVED:' gives no date and is left to _resolution_limb."""
    return (len(lead_in) <= 300 and "resolved" in lead_in
            and re.search(r"\bresolved\b", lead_in) is not None
            and any((m.group(1) or m.group(2)) in _CALENDAR_WORDS for m in _DATED.finditer(lead_in)))


def _name_after_colon(sdoc, span) -> bool:
    """In a heading, a capitalised word after a colon with a capitalised word after it:
    the title of a programme or a paper ('Exception Report: Transforming Mental Health')."""
    j = span.start - 1
    while j >= 0 and sdoc[j].is_space:
        j -= 1
    nxt = _word_after(sdoc, span)
    return (j >= 0 and sdoc[j].text == ":" and span.text[:1].isupper() and nxt is not None
            and nxt.text[:1].isupper())


def _in_a_chain(sdoc, span) -> bool:
    """Are the words inside a chain of words joined by hyphens on both sides, a file's or a
    link's name ("Annex-A-Professional-standards-framework-for-quality-assurance-and-
    improvement") or a long compound, not the words a writer chose?"""
    return _glued_hyphen(sdoc, span.start - 1) and _glued_hyphen(sdoc, span.end)


_WORD_OR_MARK = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:.!?()]")


# words after a group word that open the list of its members ('partners such as', 'stakeholders
# include', 'stakeholders, including')
_LIST_OPENERS = word_set("context-words.toml", "list-openers")
_BODY_ENDS = word_set("context-words.toml", "body-ends")
# the words before a name set in sentence case ('the strategy, Going forward together'): _lone_name
_TITLE_INTRODUCERS = word_set("context-words.toml", "title-introducers")
#: the words that name a title after them ('entitled', 'called'): words in lower case after the
#: title's capital are the title's own, not the writer's (_inside_named_title)
_TITLE_NAMING = word_set("context-words.toml", "title-naming-words")
_GROUP_WORDS = _NAMED_GROUPS | word_set("context-words.toml", "group-words")


def _groups_joined(lowered) -> bool:
    """Do two groups of context-words.toml [named-groups] come joined by commas, 'and' or 'or',
    with at most one other word before each, in these lower-cased words ('our tenants, residents
    and leaseholders')?"""
    groups = others = 0
    joined = False
    for w in lowered:
        if w in _NAMED_GROUPS:
            groups += 1
            others = 0
            if groups >= 2 and joined:
                return True
        elif w in (",", "and", "or"):
            joined = joined or groups > 0
            others = 0
        else:
            others += 1
            if others > 1:
                groups, joined = 0, False
    return False


def _names_a_list(text: str) -> bool:
    """Does ``text`` name people or bodies in one list: two groups of context-words.toml
    [named-groups] joined by commas, 'and' or 'or' with at most one other word before each ('our
    tenants, residents and leaseholders'); two capitalised names, the second straight after the
    first and a comma, the first ending in a body's word ('Eastvale Police, Riverside Health Trust';
    context-words.toml [body-ends]); or
    a group word followed by 'such as', 'include' or 'including' ('partners such as schools',
    'stakeholders include NHS staff', 'a list of stakeholders, including business, ...')?"""
    words = _WORD_OR_MARK.findall(text)
    if _groups_joined(w.lower() for w in words):
        return True
    before = prev = ""
    for w in words:
        low = w.lower()
        if (w[:1].isupper() and w.isalpha() and prev == "," and before[:1].isupper()
                and before.lower() in _BODY_ENDS and low not in _FUNCTION_WORDS):
            return True  # 'Eastvale Police, Riverside Health Trust': not 'Mr Love, Cabinet Member'
        if low in _LIST_OPENERS and (prev.lower() in _GROUP_WORDS
                                     or (prev == "," and before.lower() in _GROUP_WORDS)):
            return True  # 'partners such as schools', 'stakeholders, including business, ...'
        before, prev = prev, w
    return False


def _named_in_paragraphs_before(analysed, bi: int, sdoc, span) -> bool:
    """Does the paragraph, before the words, or the paragraph before it (a run of list items
    just above counted as one) say who the people are in a list (_names_a_list: 'We met our
    tenants, residents and leaseholders ...', bullets naming businesses, community groups and
    landowners)? Then a group word after it points back to them: 'say who you mean' is met (set
    AA pl16 and pl44, pedantic)."""
    here = sdoc[:span.start].text
    if _names_a_list(here):
        return True
    blocks = analysed.blocks
    j = bi - 1
    items = []
    while j >= 0 and blocks[j].kind == "list-item" and len(items) < 12:
        items.append(analysed.block_texts[j])
        j -= 1
    if items:
        return _names_a_list(", ".join(items[::-1]))
    if j >= 0 and blocks[j].kind == "heading":
        return False  # a new section: what went before is not this paragraph's subject
    return j >= 0 and _names_a_list(analysed.block_texts[j])


_NUMBERED_PARTS = word_set("context-words.toml", "numbered-parts")


def _to_a_numbered_part(sdoc, span) -> bool:
    """Do a numbered part of a meeting's record and its number follow the words ('in respect of
    item 5', 'with regard to minute 7/24'; context-words.toml [numbered-parts]; not a law's
    section)?"""
    words = [t for t in sdoc[span.end:span.end + 4] if not t.is_space]
    return (len(words) >= 2 and words[0].lower_ in _NUMBERED_PARTS
            and words[1].text[:1].isdigit())


def _words_back(sdoc, j):
    """(index, token) of each token that is not white space, from ``j`` back to the start."""
    while j >= 0:
        if not sdoc[j].is_space:
            yield j, sdoc[j]
        j -= 1


def _words_on(sdoc, j):
    """(index, token) of each token that is not white space, from ``j`` on to the end."""
    while j < len(sdoc):
        if not sdoc[j].is_space:
            yield j, sdoc[j]
        j += 1


#: verbs a body uses a statutory function with ("exercise a function in relation to")
_EXERCISING = word_set("context-words.toml", "exercising-verbs")

#: nouns with an adjective's ending ("the story and narrative of", "the timetable and
#: deliverable"): not the adjective that 'and' would join a noun entry's word to
_NOUNS_LIKE_ADJECTIVES = word_set("context-words.toml", "nouns-like-adjectives")


#: what performance is measured 'against' ("performance in relation to the target"): a swap
#: to 'against' only where one of them follows within six words (set UV pl01)
_MEASURE_WORDS = word_set("context-words.toml", "measure-words")
#: words that open what a thing is set beside ('other trusts', 'the national average') (_compared_after)
_COMPARATORS = word_set("context-words.toml", "comparators")


def _compared_after(sdoc, span) -> bool:
    """Do the words after a linking phrase name what the thing before is set beside: a word of
    comparison among the first three ('in relation to other trusts', 'in relation to the national
    average', 'in relation to similar councils', 'in relation to last year'), and no measure among
    the first six ('in relation to the national target', read 'against')?"""
    after = [t.lower_ for _, t in itertools.islice(_words_on(sdoc, span.end), 6)]
    # ('against the national target': a measure is read against its target)
    return any(w in _COMPARATORS for w in after[:3]) and not any(w in _MEASURE_WORDS for w in after)


#: words that end the walk back from a linking phrase to the word it hangs on: a clause or a
#: list starts there
_WALK_STOPS = word_set("context-words.toml", "walk-stops")


#: endings in "s" that are no plural's ("process", "status", "analysis", "economics")
_NOT_PLURAL_S = re.compile(r"(?:ss|us|is|ics)$")


#: plurals made without an -s ('people', 'children', 'women'): a plural head as much as 'homes'
_IRREGULAR_PLURAL_HEADS = frozenset(
    v for k, v in word_map("inflection-words.toml", "irregular-plurals").items() if v != k
)


def _plural_head_after(sdoc, span) -> bool:
    """Does a plural noun end the noun phrase just after the words: up to three words after a
    determiner, before a mark, a function word or a form of 'be' or 'have', the last ending in a
    plural 's' ('of emergency admissions and', 'of the homes are'; not 'of money was', 'of
    testing from', 'of the contract's budget') or a plural made without one ('of younger people
    develop', 'of children': inflection-words.toml [irregular-plurals])?"""
    words = []
    for _, t in itertools.islice(_words_on(sdoc, span.end), 6):
        low = t.lower_
        if not words and low in _DETERMINERS:
            continue
        if not t.is_alpha or low in _FUNCTION_WORDS or low in _BE_HAVE:
            break
        words.append(low)
        if len(words) == 3:
            break
    head = words[-1] if words else ""
    # a plural made without an -s is read wherever it stands in those words, as a verb may end
    # them unmarked ('of younger people develop', 'of children attend')
    return (any(w in _IRREGULAR_PLURAL_HEADS for w in words)
            or (len(head) > 3 and head.endswith("s") and not _NOT_PLURAL_S.search(head)))


def _name_word(sdoc, j: int) -> bool:
    """Is token j a capitalised word inside an organisation's name, not a noun of the sentence
    ('NHS Improvement', 'KCC Policy')? It starts with a capital, is not the sentence's first word,
    and the word before it is letters in capitals. A name's last word is no noun that governs a
    linking phrase: 'NHS Improvement with regards to an update' is no improvement 'in' or 'to' an
    update (set EE pl26, our own reading). A board paper's capitalised terms after another
    capitalised word keep their noun ('Standing Orders in relation to the Board' -> 'for')."""
    text = sdoc[j].text
    if not (text[:1].isupper() and text[1:].islower()) or _sentence_initial(sdoc, j):
        return False
    before = next((i for i, _ in _words_back(sdoc, j - 1)), None)
    if before is None:
        return False
    word = sdoc[before].text
    return len(word) > 1 and word.isupper() and word.isalpha()


def _link_governor(sdoc, span) -> str:
    """What a linking phrase ('in relation to', 'in respect of') hangs on, from the five words
    before it in its clause: 'speaking' after a verb of speaking ("addressed the Committee in
    respect of"), 'change' after a noun of change or action ("changes to the boundary in
    relation to", "further changes going forward in relation to"), else ''. A mark, a word
    opening a clause or a noun with its own preposition ends the walk."""
    made = True  # every word so far a verb of making in the passive ('had been made')
    passed = set()  # the words walked over
    for n, (j, tok) in enumerate(_words_back(sdoc, span.start - 1)):
        if n >= 5 or not (tok.is_alpha or "-" in tok.text):
            return ""
        low = tok.lower_
        if low in _NOUN_PREPOSITIONS and _name_word(sdoc, j):
            return ""  # "NHS Improvement with regards to": a name's word, not the noun
        if low in _SPEAKING_VERBS:
            return "speaking"
        if n and made and low in _NOUN_PREPOSITIONS and (
                low in _CHANGE_NOUNS or "about" in _NOUN_PREPOSITIONS[low].split("|")):
            # "improvements had been made with regard to engagement": the noun is the subject
            # of its making, and the phrase gives what it is made in or to: the noun's own
            # preposition ('made in engagement'), not 'for' (the sake of); so does a noun of
            # saying received ("representations had been received in relation to the plans"
            # -> "about the plans": set L, pl42)
            return ("noun:" if low in _CHANGE_NOUNS else "topic:") + _NOUN_PREPOSITIONS[low]
        made = made and low in _MADE_WORDS
        if (low in _CHANGE_NOUNS and low in _NOUN_PREPOSITIONS
                and not passed & set(own := _NOUN_PREPOSITIONS[low].split("|")) and "for" not in own):
            # "an amendment was put forward in relation to recommendation 4": an amendment is
            # 'to' what it changes, never 'for' it (the independent reader of set T, pl14
            # wrong); where its own 'to' is said already ("amendments to the scheme in respect
            # of older tenants") the phrase is its purpose: 'for', as below
            return "noun:" + _NOUN_PREPOSITIONS[low]
        if (low in _CHANGE_NOUNS and low in _NOUN_PREPOSITIONS and passed
                and all(w.endswith("ly") for w in passed)
                and (own := [p for p in _NOUN_PREPOSITIONS[low].split("|") if p and p != "for"])):
            # "some changes locally in respect of food bank provision": only an adverb between
            # the noun and the phrase, and the noun's own 'to' or 'in' not said yet, so the
            # phrase gives what changes ('changes locally to food bank provision'); 'for' reads
            # as the change's purpose there (set WX pl46, both readers wrong)
            return "noun:" + "|".join(own)
        passed.add(low)
        if low in _CHANGE_NOUNS:
            return "change"
        if low in _WALK_STOPS or (n and low in _NOUN_PREPOSITIONS):
            return ""
    return ""


def _tokens_after(sdoc, span, most, stop):
    """The tokens just after ``span`` (white space passed over), at most ``most`` of them,
    up to the first for which ``stop`` is true."""
    words = []
    j = span.end
    while j < len(sdoc) and len(words) < most:
        t = sdoc[j]
        j += 1
        if t.is_space:
            continue
        if stop(t):
            break
        words.append(t)
    return words


#: prepositions that open an adverbial phrase ending in its noun ("in a timely manner")
_PHRASE_PREPOSITIONS = word_set("context-words.toml", "phrase-prepositions")


#: the last nouns of adverbial phrases that a relative clause after them describes ("in a
#: timely manner that enables", "on a regular basis which suits"); in an idiom ("work in train
#: which will allow") the clause tells of the words before it, and the swap keeps it there
_HEAD_NOUNS = frozenset({"manner", "fashion", "basis", "way", "entirety"})



def _person_first(plain) -> bool:
    """Is the first alternative a person-first phrase, a word for people with words after it
    that tell of them ('people who use drugs', 'person with a drug or alcohol problem')?"""
    words = plain[0].lower().split()
    return len(words) > 1 and words[0] in ("people", "person")

def _adverbial_noun_phrase(phrase: str) -> bool:
    """Is the phrase an adverbial of a preposition and a noun phrase that ends in its noun ("in a
    timely manner", "on a regular basis", "in its entirety"), not in a preposition or a word that
    links ("in relation to", "in order that")?"""
    words = phrase.split()
    return (len(words) >= 2 and words[0] in _PHRASE_PREPOSITIONS and words[-1].isalpha()
            and words[-1] not in _FUNCTION_WORDS and words[-1] not in _PREPOSITIONS)


def _sentence_end_mark(texts: list, i: int) -> str:
    """The mark that ends the sentence from token i on ('.', '?', ...), or '' at the block's end."""
    for t in texts[i:]:
        if t in _SENTENCE_END:
            return t
    return ""


def _word_after(sdoc, span):
    """The first token after ``span`` that is not white space, or None at the end."""
    j = span.end
    while j < len(sdoc) and sdoc[j].is_space:
        j += 1
    return sdoc[j] if j < len(sdoc) else None


class SubstitutionCheck(Check):
    def __init__(self, rules, config):
        super().__init__(rules, config)
        from ..phrases import LazyPhraseMatcher

        nlp = get_nlp(config.model)
        self.matcher = LazyPhraseMatcher(nlp)
        self.table = {}  # match key -> (rule, entry, {surface: form})
        self.split = {}  # a split phrase's first word -> [(rule, entry, form, [tail words])]
        by_id = {r.id: r for r in rules}
        allow = {a.strip().lower() for a in config.allow}
        # the writer's own lists come first and win over ours for the same phrase
        lists = [(extra, "jargon", True) for extra in config.wordlists]
        for r in rules:
            # [rules.<id>] wordlist = "..." in config replaces our list (a path, or a name in wordlists/)
            lists.append((str(resolve(r.option(config, "wordlist"))), r.id, False))
        own = set()
        n = 0
        for path, default_rule, is_own in lists:
            for entry in load_substitutions(path, default_rule):
                rule = by_id.get(entry.rule)
                if rule is None or entry.phrase in allow or (not is_own and entry.phrase in own):
                    continue
                if is_own:
                    own.add(entry.phrase)
                surfaces: dict[str, str] = {}
                for base in [entry.phrase, *entry.variants]:
                    if base in allow:
                        continue
                    if entry.pos == "verb":
                        for form, words in verb_forms(base).items():
                            for w in words:
                                if w in surfaces and surfaces[w] != form:
                                    if {surfaces[w], form} == {"past", "part"}:
                                        surfaces[w] = "ed"
                                else:
                                    surfaces[w] = form
                    elif entry.pos == "noun":
                        for form, words in noun_forms(base).items():
                            for w in words:
                                surfaces.setdefault(w, form)
                    else:
                        surfaces.setdefault(base, "base")
                if "…" in entry.phrase:
                    self._add_split(rule, entry)
                    continue
                if not surfaces:
                    continue
                key = f"plainlint-sub-{n}"
                n += 1
                self.table[self.matcher.add(key, list(surfaces))] = (rule, entry, surfaces)

    def _add_split(self, rule, entry) -> None:
        """A phrase with its object in the middle ("take … into account"): its first word
        in every form, and the words after the object."""
        head, tail = (p.split() for p in entry.phrase.split("…", 1))
        if len(head) != 1 or not tail:
            return
        forms = verb_forms(head[0]) if entry.pos == "verb" else {"base": [head[0]]}
        for form, words in forms.items():
            for w in words:
                self.split.setdefault(w, []).append((rule, entry, form, tail))

    def _split_matches(self, sdoc, taken, texts, lower_of=None) -> list:
        """(rule, entry, form, first token, last token + 1) for each split phrase in the
        block: its first word, then 1 to 10 words of object (none ending a sentence), then
        the rest of the phrase; never where an ordinary match already covers the words
        (``texts``: the block's token texts, so that only a first word is looked at closely;
        ``lower_of``: each text -> its lower-case text, ``Analysed.lower_of``, when given)."""
        out = []
        n = len(sdoc)
        split = self.split
        lows = map(lower_of.__getitem__, texts) if lower_of is not None else map(str.lower, texts)
        if split.keys().isdisjoint(lows):
            return out  # no first word of a split phrase here (most blocks): one test in C
        for i, tx in enumerate(texts):
            if tx.lower() not in split:
                continue
            for rule, entry, form, tail in split[tx.lower()]:
                words = 0
                j = i + 1
                while j < n and words <= 10:
                    tok = sdoc[j]
                    if tok.is_space:
                        j += 1
                        continue
                    if tok.text in _SENTENCE_END or tok.text in ("(", ")", '"', "“", "”"):
                        break
                    if words and self._tail_at(sdoc, j, tail) is not None:
                        end = self._tail_at(sdoc, j, tail)
                        if not any(a < end and i < b for a, b in taken):
                            out.append((rule, entry, form, i, end, j))
                        break
                    words += 1
                    j += 1
        return out

    @staticmethod
    def _tail_at(sdoc, j, tail):
        """The token after ``tail`` where the words at ``j`` are ``tail``, else None."""
        for w in tail:
            while j < len(sdoc) and sdoc[j].is_space:
                j += 1
            if j >= len(sdoc) or sdoc[j].lower_ != w:
                return None
            j += 1
        return j

    def run(self, analysed):
        out = []
        doc_text = analysed.document.text
        self.matcher.prepare(doc_text, lambda: analysed.token_lowers, lambda: analysed.token_pairs)
        references = reference_blocks(analysed)
        block_texts = analysed.token_texts
        # a Markdown block quotation ("> ...") is someone else's words; Word's quotation
        # styles are not taken as one ("Block Text" often holds the writer's own paragraphs)
        quote_blocks = analysed.document.format == "markdown"
        spaced = analysed.spaced
        # blocks of the same text share one Doc (Analysed.block_docs), and so its matches:
        # matched once per Doc, for this document only (the lists are only read)
        doc_matches: dict = {}
        split_found: dict = {}  # id(Doc) -> its split phrases (_split_matches), the same way
        doc_kept: dict = {}  # (id(Doc), in a heading) -> _doc_spans, the same way
        doc_other: dict = {}  # id(Entry) -> does the document hold its not_in_document words; '' -> its text lowered
        carried = None  # quotations that run over paragraphs, found when first wanted
        verbatim = None  # is the document a verbatim record of speech, found when first wanted
        own_terms = None  # the terms the page names as its own (_named_terms), found when first wanted
        defined: set = set()  # the terms a sentence of the page defines (_term_defined_here), as met
        third_person = None  # does the document hardly ever say 'we', found when first wanted
        never_we = None  # does the document never say 'we', 'our' or 'us', found when first wanted
        no_writer = None  # does the document never say 'I', 'me' or 'my', found when first wanted
        # the blocks that may hold a split phrase's first word, found once for the document (most
        # blocks hold none: they are not looked at token by token)
        split_blocks = analysed.blocks_holding(self.split) if self.split else None
        for bi, (block, sdoc) in enumerate(zip(analysed.blocks, analysed.block_docs)):
            if bi in references or (quote_blocks and block.kind == "quote") or _respondents_words(block):
                continue  # other people's titles and names, and quotations
            matches = doc_matches.get(id(sdoc))
            if matches is None:
                matches = self.matcher(sdoc, prepared=True)
                if spaced[bi]:  # else no space token for a phrase to run across
                    matches = self._across_breaks(sdoc, matches, block_texts[bi])
                doc_matches[id(sdoc)] = matches
            if self.split and (split_blocks is None or bi in split_blocks):
                found = split_found.get(id(sdoc))
                if found is None:  # the split phrases of a Doc, found once (only read)
                    found = split_found[id(sdoc)] = self._split_matches(sdoc, [(s, e) for _m, s, e in matches],
                                                                        block_texts[bi], analysed.lower_of)
                if found:
                    out.extend(self._split_findings(analysed, bi, block, sdoc, found))
            if not matches:
                continue
            heading = block.kind == "heading"
            # the words that pass every test that reads the Doc alone, once per Doc (and kind)
            kept = doc_kept.get((id(sdoc), heading))
            if kept is None:
                kept = doc_kept[(id(sdoc), heading)] = self._doc_spans(sdoc, matches, heading, block_texts[bi],
                                                                       analysed.block_texts[bi])
            quotes = None
            legal = None
            declaring = None  # does the block hold a declaration's wording (_DECLARATION_HINT)
            notice = None  # is the block a report's status notice (_status_notice)
            texts = block_texts[bi]  # its tokens' texts: the words around are read here, not from Tokens
            lead_in = None  # a list item's lead-in (_list_lead_in), found when first wanted
            for span, rule, entry, surfaces in kept:
                if entry.not_in_document is not None:
                    hit = doc_other.get(id(entry))
                    if hit is None:  # once per entry and document; the text lowered once for them all
                        if "" not in doc_other:
                            doc_other[""] = "\n".join(analysed.block_texts).lower()
                        hit = doc_other[id(entry)] = bool(entry.not_in_document.search(doc_other[""]))
                    if hit:
                        continue  # the page names the words' other sense (Entry.not_in_document)
                if entry.not_with_beside and _beside_not_with(analysed, bi, entry.not_with):
                    continue  # the paragraph before or after shows the words' other sense (Entry.not_with)
                if entry.not_with is not None and block.kind == "list-item":
                    if lead_in is None:
                        lead_in = _list_lead_in(analysed, bi)
                    if lead_in and entry.not_with.search(lead_in):
                        continue  # the list's lead-in shows the words' other sense (Entry.not_with)
                    if block.section and entry.not_with.search(block.section.lower()):
                        # or the heading over the list does ('Our approach to enforcement' over
                        # '- whether there has been previous non-compliance': set NN co05, wrong)
                        continue
                if quotes is None:
                    if carried is None:
                        carried = _quotes_across_blocks(analysed.block_texts)
                    quotes = analysed.quotations(bi) + carried.get(bi, []) + analysed.quoted_law.get(bi, [])
                if any(a < span.start_char and span.end_char <= b for a, b in quotes):
                    continue
                if rule.category == "plain-words" and quotes and _echoes_a_quotation(
                        analysed.block_texts[bi], quotes, span.text):
                    continue  # "a vision to produce ‘transformative changes’ ... to produce
                    # transformative changes in policy": the writer echoes the words quoted
                start = block.start + span.start_char
                end = block.start + span.end_char
                matched = doc_text[start:end]
                form = surfaces.get(" ".join(matched.lower().split()), surfaces.get(matched.lower(), "base"))
                ed_unsure = False
                counted_back = False  # 'no later than five days before the meeting' (set M pl49)
                if form == "ed":
                    form, ed_unsure = self._ed_form(sdoc, span)
                elif (form == "ing" and entry.alternatives and all(" " in a for a in entry.alternatives)
                      and self._describes_a_noun(sdoc, span)):
                    continue
                if _contents_line(doc_text, block, start, end):
                    continue  # a table of contents repeats the headings, found where they stand
                if rule.category == "plain-words":
                    if own_terms is None:
                        own_terms = _named_terms(doc_text, analysed.lower_text)
                    if own_terms and _in_named_term(doc_text, start, matched.lower(), own_terms):
                        continue  # "a stage called project inception": the page's own term
                    if entry.pos != "verb":
                        said = " ".join(_singular(w) for w in matched.lower().split())
                        if said in defined:
                            continue  # the term a sentence before defined: the page's own
                        if _term_defined_here(analysed.lower_text, start, end):
                            defined.add(said)
                            continue  # "X defines anchor institutions as ...": the term it defines
                if rule.category == "plain-words" and _spelt_by_acronym(doc_text, start, end):
                    # "the WRAP indicative cost and performance assessments (ICP)", "the
                    # Transforming Care Programme (TCP)": a name the paper defines by its acronym
                    continue
                if rule.category == "plain-words" and (_alone_on_line(doc_text, block, start, end)
                                                       or _title_case_line(doc_text, block, start, end)
                                                       or _paper_title(doc_text, block, start, end)
                                                       or _cited_title(doc_text, block, start, end)
                                                       or _glued_labels(doc_text, block, start, end)):
                    # a label, a form's tick box or a table fragment: no sentence to rewrite
                    # (a label that names people badly is still found: done-to-language)
                    continue
                line_start = doc_text.rfind("\n", max(0, start - 80), start) + 1 or max(0, start - 80)
                line_end = doc_text.find("\n", end, end + 80)
                around = doc_text[line_start:start] + doc_text[end:line_end if line_end >= 0 else end + 80]
                alternatives = entry.alternatives
                if ed_unsure:
                    # "the work accomplished this year": past or participle, the sentence
                    # does not say; only the alternatives whose two forms are one word
                    # ('achieved', not 'did'/'done'), where there are some
                    alternatives = [a for a in alternatives if inflect(a, "verb", "past") == inflect(a, "verb", "part")
                                    ] or alternatives
                if entry.pos == "verb" and form == "ing":
                    # "which was necessitating difficult decisions" -> "requiring": a verb of
                    # state ('mean') has no -ing form in progress ("was meaning decisions")
                    alternatives = [a for a in alternatives if a.split()[0] not in _STATIVE_VERBS] or alternatives
                plain = [inflect(a, entry.pos, form) for a in alternatives]
                if (entry.as_participle is not None and form == "ing"
                        and self._neighbour(sdoc, span.start - 1, -1, texts) not in _BE):
                    # "a group was set up, comprising officers": a participle describing the
                    # noun before it, whose sense the inflected alternative may turn round
                    # ("making up officers"); the entry's own words for it (set N hidden pl10)
                    plain = list(entry.as_participle)
                elif (entry.pos == "verb" and form == "ing" and " " in entry.phrase
                      and self._neighbour(sdoc, span.start - 1, -1, texts) in _PROPOSAL_NOUNS
                      and not any(a.lower() in _TELLING_VERBS for a in alternatives)):
                    # "the recommendation giving consideration to extending the scheme": the
                    # -ing phrase tells what the recommendation proposes, and 'considering'
                    # would make it do the considering; its 'to' form keeps the sense ('the
                    # recommendation to consider extending': the independent reader of set GH,
                    # pl24 wrong; context-words.toml proposal-nouns)
                    plain = [f"to {a}" for a in alternatives]
                rewrite = entry.rewrite
                verb_use = False  # a noun entry's word used as a verb
                if entry.pos == "noun" and form == "base" and plain and self._in_a_verb_slot(sdoc, span):
                    # "is forecast to outturn at 85%", "we plan to baseline the data": the word
                    # is the verb, and a noun in its place is not English ('forecast to final
                    # figure at', set O pl15): no swap, at most a suggestion
                    plain = []
                    rewrite = True
                    verb_use = True
                if entry.phrase.endswith(" of") and self._determiner_or_name_after(
                        sdoc, span, entry.phrase.endswith("number of")):
                    # "the majority of the respondents" -> "most of the respondents": a
                    # quantifier keeps its "of" before a determiner or a pronoun
                    plain = [f"{p} of" if p.split()[-1].lower() in _QUANTIFIERS else p for p in plain]
                if (entry.phrase.endswith(" of") and any(p.split()[0].lower() == "much" for p in plain)
                        and _plural_head_after(sdoc, span)):
                    # "reduce a significant amount of emergency admissions" -> "reduce much
                    # emergency admissions": 'much' takes a mass noun only; before a plural the
                    # other alternatives stay ('a lot of', 'many'), else no swap (set EE pl67)
                    plain = [p for p in plain if p.split()[0].lower() != "much"]
                    rewrite = rewrite or not plain
                modifier = False
                if entry.before_noun is not None and (_cut_at_block_end(doc_text, block, end)
                                                      or self._possessive_after(sdoc, span) or _glued_hyphen(sdoc, span.end)
                                                      or _glued_hyphen(sdoc, span.start - 1)
                                                      or self._bare_modifier(sdoc, span, matched)
                                                      or self._coordinated_modifier(sdoc, span, matched) or (
                        (self._before_a_noun(sdoc, span, strict=True)
                         or self._neighbour(sdoc, span.end, 1, texts) in _COMPOUND_HEADS
                         # "two informal stakeholder workshops": a singular count noun with no
                         # determiner of its own cannot be the subject: it qualifies the next word
                         or (self._before_a_noun(sdoc, span) and not self._singular_determined(sdoc, span)))
                        if not matched.lower().endswith("s")
                        # a plural is a subject before most words ("service users need"):
                        # a modifier only before the nouns it is known to stand before
                        else self._neighbour(sdoc, span.end, 1, texts) in _COMPOUND_HEADS)):
                    # "a service user management system": the alternatives cannot stand there
                    plain = list(entry.before_noun)
                    rewrite = rewrite or not plain
                    modifier = True
                elif len(plain) > 1 and entry.pos == "noun" and form == "base" and (
                        self._before_a_noun(sdoc, span) or _glued_hyphen(sdoc, span.end)):
                    # used as an adjective ("stakeholder organisations", "stakeholder-related"):
                    # a phrase will not stand there ("interested group organisations"), one word will
                    plain = [p for p in plain if " " not in p] or plain
                elif (form in ("past", "part") and any(" " in p for p in plain)
                      and self._describes_a_noun(sdoc, span, after_preposition=True)):
                    # "an expedited transfer" -> "a speeded-up transfer", "selected for
                    # expedited transfer": before its noun the phrase is one word (a one-word
                    # alternative where there is one: "an exacerbated risk" -> "a worsened")
                    plain = [p for p in plain if " " not in p] or [p.replace(" ", "-") for p in plain]
                prev_word = self._neighbour(sdoc, span.start - 1, -1, texts)
                if (plain and all(p.lower() in _DEMONSTRATIVES for p in plain)
                        and (prev_word in _OWNERS or prev_word in _POSSESSIVE)):
                    # "Cllr Thomas's aforementioned statement", "our aforesaid duty": no
                    # determiner fits after a possessive or another determiner; cut the word
                    plain = []
                # a linking phrase in the sense of 'about' ('in relation to', 'in respect of'),
                # not one of time, purpose or benefit ('for a period of' after 'consultation' is
                # 'for 12 weeks', never 'consultation on 12 weeks')
                linking = entry.pos == "phrase" and any(a.lower() in _ABOUT_LINKS for a in entry.alternatives) and not any(
                    a.lower() in _AMOUNT_LINKS for a in entry.alternatives)  # 'in the region of' -> 'about', 'around'
                of_change = False  # the phrase hangs on a noun of change with its own preposition
                sure = False  # the sentence's frame makes the phrase's sense certain
                opposite = False  # the noun before takes prepositions of opposite roles: no swap
                owned = False  # the phrase gave way to the preposition of the noun it hangs on
                governs = ""  # what the phrase hangs on, where _link_governor was asked
                focused = linking and prev_word in _FOCUS_WORDS
                if linking and prev_word in _FOCUS_WORDS:
                    # "The duty applies not only in relation to services" -> "applies not only
                    # to services", "queries particularly in respect of cost": the word the
                    # phrase hangs on stands before the words of focus
                    owner = self._word_before_focus(sdoc, span)
                    if owner in _NOUN_PREPOSITIONS:
                        prev_word = owner
                if (prev_word in _NOUN_PREPOSITIONS and linking and plain
                        and all(p.lower() in _LINK_SWAPS for p in plain)
                        # "encapsulate those issues with regard to strategic planning": a noun
                        # already named may leave the phrase to the verb (set O pl35)
                        and not self._named_before(sdoc, span)
                        # "NHS England and NHS Improvement with regards to": the word is a
                        # name's, not a noun taking its own preposition (set EE pl26)
                        and not self._name_just_before(sdoc, span)):
                    # "few rights in relation to treatment" -> "rights over treatment" or
                    # "rights to treatment": the noun takes its own preposition ("rights
                    # about treatment" is not English)
                    own = [p for p in _NOUN_PREPOSITIONS[prev_word].split("|") if p]
                    # "" : the noun's prepositions name opposite roles ("the risk in relation to
                    # EPRR": a risk 'of' a harm or 'to' what it harms; "impacts in relation to the
                    # contract": 'of' a cause or 'on' what is touched), so offering both is always
                    # wrong once: no swap, the entry's note asks how the things relate
                    plain = own or plain
                    opposite = not own
                    owned = bool(own)
                    if "against" in plain and not any(
                            t.lower_ in _MEASURE_WORDS for _, t in itertools.islice(_words_on(sdoc, span.end), 6)):
                        # "performance in relation to the management of absence": one performs
                        # 'against' a target, a plan or a budget only; elsewhere 'on' or 'in'
                        # (the independent readers of set UV, pl01 wrong)
                        plain = ["on", "in"]
                    if ("against" in own or {"on", "in"} <= set(own)) and _compared_after(sdoc, span):
                        # "looked at our performance in relation to other trusts", "scored poorly
                        # in relation to the national average": the phrase sets one thing beside
                        # others, where 'performance on other trusts' or 'poorly in the national
                        # average' changes what is said; 'compared with' says it (own pages of
                        # session 17, brief plain)
                        plain = ["compared with"]
                    of_change = prev_word in _CHANGE_NOUNS
                    sure = bool(own)
                    if prev_word in _OVERSIGHT_ROLES:
                        two = [t.lower_ for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 2)]
                        if len(two) == 2 and two[1] in _OVERSIGHT_WORDS:
                            # "their scrutiny role in relation to the delivery of services": the
                            # ones who watch are not 'in' what they watch; 'over' or 'on' (the
                            # independent reader of set M, pl14 wrong)
                            plain = ["over", "on"]
                elif linking and plain and not all(p.lower() in _LINK_SWAPS for p in plain):
                    # "We will write to you in this regard" -> "about this", "no news in that
                    # regard" -> "on that": sure only where a verb of speaking or a noun that
                    # takes 'about' or 'on' governs it ('ranked very high about that' is not
                    # English: set J..P audit, twelfth session)
                    governs = _link_governor(sdoc, span)
                    sure = governs == "speaking" or (prev_word in _NOUN_PREPOSITIONS and bool(
                        _TOPIC_PREPOSITIONS & set(_NOUN_PREPOSITIONS[prev_word].split("|"))))
                elif linking and plain and all(p.lower() in _LINK_SWAPS for p in plain):
                    governs = _link_governor(sdoc, span)
                    sure = governs != ""
                    if governs.startswith(("noun:", "topic:")):
                        # "improvements had been made with regard to engagement" -> "in";
                        # "representations had been received in relation to the proposals"
                        # -> "about" (a noun of saying: not a change made to a change)
                        plain = governs.split(":", 1)[1].split("|")
                        of_change = governs.startswith("noun:")
                        owned = True
                    elif governs == "speaking":
                        # "addressed the Committee in respect of the application": 'for' reads
                        # as 'in favour of'; what was said is 'about' or 'on' the thing
                        plain = ["about", "on"]
                    elif governs == "change":
                        # "no changes to the boundary in relation to the system", "exercise its
                        # delegation in relation to an application": 'for', not 'about'
                        plain = ["for"]
                after = [t.lower_ for t in _tokens_after(sdoc, span, 2, lambda t: not t.is_alpha)]
                if after and after[0] in _DETERMINERS:
                    after = after[1:]
                if of_change and plain and after and after[0] in _CHANGE_NOUNS:
                    # "improvements in relation to changes to leisure provision": a change made
                    # to a change; 'improvements in changes to' and 'improvements to changes to'
                    # garble it, so no one word: the writer rewrites
                    plain = []
                    rewrite = True
                framed = False  # a frame of the entry's own says which words fit here
                framed_note = None  # that frame's note, where it leaves no swap
                if plain and not rewrite and entry.next_alternatives:
                    # "particularly in respect of how" -> "about how" ("for how" does not
                    # read); "six monthly thereafter." -> "after that" ("then" does not)
                    nxt = self._neighbour(sdoc, span.end, 1, texts)
                    for pattern, alts, then, next_note in entry.next_alternatives:
                        if then is not None and (governs == "speaking" or governs.startswith("topic:") or (
                                owned and _TOPIC_PREPOSITIONS & set(plain))):
                            # "spoke in relation to section 5", "questions in relation to policy
                            # H3": what was said or asked is about the rule, not 'under' it
                            continue
                        if pattern.search(nxt) and (then is None or then.search(
                                self._words_after(sdoc, span.end, 4, texts).partition(" ")[2])):
                            if owned and not _TOPIC_PREPOSITIONS & set(plain):
                                # "improvements within our Trust with regards to how the process
                                # works": a noun that is no topic's keeps its own preposition
                                # before the question word ('improvements in how', 'a role in
                                # how'), where the frame's 'about' does not read ('improvements
                                # about how': set EE pl81, our own reading); not 'for' after a
                                # noun of change ('changes for how' reads as their purpose). A
                                # topic's noun ('guidance', 'advice': 'on' or 'about') takes the
                                # frame's word as before
                                plain = [p for p in plain if not (of_change and p == "for")]
                                rewrite = rewrite or not plain
                            else:
                                plain = [inflect(a, entry.pos, form) for a in alts]
                                if not plain:
                                    # "further conditions imposed in relation to conditions 1
                                    # and 2": no word reads in every sense there; the frame's
                                    # note says which senses (issue 17)
                                    rewrite = True
                                    framed_note = next_note
                            sure = True
                            framed = True
                            break
                object_ing_note = None  # 'anticipate the works finishing': no 'expect' (_OBJECT_ING_FRAME)
                given_to = False  # the words before chose the alternative (prev_alternatives)
                frame_note = None  # that frame's own note, if it has one
                if plain and not rewrite and entry.prev_alternatives:
                    # "Members are asked to give consideration as to whether" -> "to whether":
                    # after a form of 'give' or 'pay' and what is given ('consideration',
                    # 'thought', 'attention') the preposition is 'to'; 'give consideration about
                    # whether' does not read (the independent readers of set JJ, pl13, wrong)
                    for pattern, alts, frame_note, back, after in entry.prev_alternatives:
                        # 'after': the words after must fit too ("came into force with effect
                        # from 6 April" -> 'on'); 'words': how far back 'prev' reads (a
                        # delegation's 'authorised' at the sentence's start)
                        if (pattern is None or pattern.search(self._words_before(sdoc, span.start, back, texts))) and (
                                after is None or after.search(self._words_after(sdoc, span.end, 12, texts))):
                            # a verb entry's frame is inflected as its alternatives are ('after
                            # liaising with' -> 'after consulting')
                            plain = [inflect(a, entry.pos, form) for a in alts] if entry.pos == "verb" else list(alts)
                            sure = given_to = True
                            # [] names a frame where no swap reads ("must be made in conjunction
                            # with the rules": 'made together with' changes the sense), as
                            # after_be = []: the note says how to rewrite, never "cut it"
                            rewrite = not plain
                            if entry.phrase.endswith(" of") and self._determiner_or_name_after(
                                    sdoc, span, entry.phrase.endswith("number of")):
                                # as above: "does not own most of the halls", not "most the halls"
                                plain = [f"{p} of" if p.split()[-1].lower() in _QUANTIFIERS else p for p in plain]
                            break
                    else:
                        frame_note = None
                if (plain and not rewrite and not given_to and entry.pos == "verb"
                        and entry.phrase.split()[0] in _OBJECT_TO_FORMS
                        and any(p.split()[0].lower() not in _OBJECT_TO_FORMS for p in plain)
                        and _OBJECT_TO_FRAME.match(self._words_after(sdoc, span.end, 5, texts))):
                    # "will facilitate staff to attend the training" -> 'run staff to attend' is
                    # not English: the original takes someone and a 'to' verb, and only the
                    # alternatives that take the same frame read ('help', 'support'); none
                    # left, no swap (the plain word needs another complement than the original:
                    # set OO pl27's 'require the council holding', generalised in our own
                    # variant sweep, brief plain17)
                    plain = [p for p in plain if p.split()[0].lower() in _OBJECT_TO_FORMS]
                    rewrite = not plain
                if (plain and not rewrite and not given_to and entry.pos == "verb"
                        and entry.phrase.split()[0] in _FORESEEING_FORMS
                        and any(p.lower() in _NO_OBJECT_ING_FORMS for p in plain)
                        and _OBJECT_ING_FRAME.match(self._words_after(sdoc, span.end, 5, texts))):
                    # "Officers anticipate the works finishing in May" -> 'expect the works
                    # finishing' is not English: 'expect', 'require', 'allow' need 'to' before
                    # their object's verb ('expect the works to finish'); the other alternatives,
                    # else no swap (set OO pl27's 'require the council holding', generalised
                    # in our own variant sweep, brief plain17)
                    dropped = [p for p in plain if p.lower() in _NO_OBJECT_ING_FORMS]
                    plain = [p for p in plain if p.lower() not in _NO_OBJECT_ING_FORMS]
                    rewrite = not plain
                    if rewrite:
                        object_ing_note = _OBJECT_ING_NOTE.format(
                            choices=join_words([f"'{p}'" for p in dropped], last="or"))
                if plain and not rewrite and entry.pos == "phrase" and entry.phrase.split()[0] in ("a", "an") and (
                        prev_word in _SINGULAR_BE
                        or (prev_word in _FOCUS_WORDS and self._word_before_focus(sdoc, span) in _SINGULAR_BE)) and any(
                        _amount_word(p) in _PLURAL_QUANTIFIERS for p in plain):
                    # ("There is only a limited number of these" -> "There is only a few of these")
                    # "There is a large number of people waiting" -> "There is many people":
                    # the singular 'is' agreed with 'number'; a plural word in its place needs
                    # 'are'. Keep the alternatives that stay singular ('a lot of', 'a set of'),
                    # else no swap: the writer rewrites ('There are many people')
                    plain = [p for p in plain if _amount_word(p) not in _PLURAL_QUANTIFIERS]
                    rewrite = not plain
                if plain and not rewrite and (entry.pos == "noun" or entry.pos == "phrase") and self._on_its(sdoc, span, matched):
                    # "On their inception in April 2010, the Minister announced": a phrase of
                    # time, where 'On their start' is not English; the fix is a clause ('When
                    # they were set up'), so no one word: the writer rewrites
                    plain = []
                    rewrite = True
                if plain and not rewrite and entry.before_duration is not None:
                    duration = self._duration_after(sdoc, span)
                    if duration is not None:
                        # "no later than 12 months following an election": 'by' needs a date;
                        # before a length of time 'within'; counted back from an event ("five
                        # working days before the meeting") no one word: a rewrite
                        plain = [] if duration else list(entry.before_duration)
                        rewrite = rewrite or not plain
                        counted_back = bool(duration)
                if (plain and not rewrite and entry.pos == "phrase" and any(p.lower() == "on" for p in plain)
                        and self._on_set_phrase(sdoc, span)):
                    # "particularly with respect to demand and inflationary pressures" ->
                    # "particularly on demand" reads as the set phrase 'on demand'; the other
                    # words do not fit such a sentence either ('challenges, particularly about
                    # demand'): the writer rewrites
                    plain = []
                    rewrite = True
                if plain and not rewrite and self._neighbour(sdoc, span.end, 1, texts) == "to" and any(
                        p.lower() in _OBJECT_FIRST_VERBS for p in plain):
                    # "run in house, affording the opportunity to now compare" -> "allowing to
                    # now compare" is not English: 'allow', 'enable', 'permit' need a person
                    # before their 'to' ('allowing staff to compare'); keep the alternatives
                    # that take the 'to' straight after them ('giving the chance to'), else no
                    # swap (the second independent reader of set DD, pl08 wrong)
                    plain = [p for p in plain if p.lower() not in _OBJECT_FIRST_VERBS]
                    rewrite = not plain
                people_rewrite = fronted = False
                bare = (plain and not rewrite and entry.opening_clause is not None
                        and self._bare_opener(sdoc, span))
                if bare:
                    # "In relation to dredging the Harbourmaster confirmed ...": a sentence opens
                    # with the words and no comma closes them; a topic opener all the same, where
                    # only the entry's first opening word fits ('On dredging'; 'About dredging the
                    # Harbourmaster' does not read: the independent readers of set T, pl11,
                    # pedantic). Not where people or bodies may follow ('For'), nor where an -ing
                    # verb with an object may ('On requesting a call' reads as 'when')
                    plain = list(entry.opening_clause[:1])
                    sure = True
                    rewrite = people_rewrite = bool(plain) and self._people_soon_after(sdoc, span)
                    if rewrite:
                        plain = []
                if (plain and not rewrite and entry.opening_clause is not None and not bare
                        and self._opens_a_clause(sdoc, span, prev_word)
                        and (not entry.opening_clause or not self._ing_verb_after(sdoc, span))):
                    # "stated that in regard to the costs, rents were low" -> "on the costs"
                    # ("stated that about the costs, rents were low" does not read); not before
                    # an -ing word, where 'On requesting a call in, ...' reads as 'when' (our
                    # audit of the shown swaps, twelfth session)
                    if framed:
                        # "In relation to how the rules apply, members asked": the next word
                        # already chose what may follow (a question word: next_alternatives), and
                        # an opening word must take it too: 'For how the rules apply' does not
                        # read. Keep the opening words the next word's frame allows, else the
                        # entry's first ('On how the rules apply, ...'), the one the bare opener
                        # trusts (our reading of the frames nobody had met, sixteenth session)
                        plain = [p for p in entry.opening_clause if p in plain] or list(entry.opening_clause[:1])
                    else:
                        plain = list(entry.opening_clause)
                    sure = True
                    if plain and self._people_opened(sdoc, span):
                        # "In respect of Service children, schools should": what applies to
                        # people or bodies, where 'For' fits and 'On' reads as a topic heading
                        # ("On Service children, schools should"); an entry with no 'for' in
                        # its opening words offers no swap (a risk class the session's first
                        # plain-words engineer left, corpus SEND code of practice)
                        plain = [p for p in plain if p.lower() in _PEOPLE_OPENERS]
                        rewrite = people_rewrite = not plain
                        sure = bool(plain)
                    if ((people_rewrite or (plain and not rewrite and any(p.lower() == "on" for p in plain)))
                            and self._opens_inside(sdoc, span)):
                        # "the Committee was advised that with regard to Under 5s, having ...
                        # should see": a topic put first in a clause inside the sentence (after
                        # 'that' or ';'), where a lower-case 'on' reads as a place or a time and
                        # misleads ("advised that on Under 5s"; the independent readers of set
                        # JJ, pl21, wrong twice): 'for' ("that for Under 5s, ..."), the same for
                        # every entry; none before a question word ('for how' does not read),
                        # where the note says 'as for'. At a sentence's start 'On' stays
                        # (people or bodies after the words take 'for' too: "that with regard
                        # to young carers, ..." -> "that for young carers")
                        plain = [] if framed else ["for"]
                        rewrite = fronted = not plain
                        people_rewrite = False
                        sure = bool(plain)
                on_time = (plain and not rewrite and any(p.lower() == "on" for p in plain)
                           and (prev_word in ("that", ",") or _sentence_initial(sdoc, span.start, texts))
                           and self._on_a_time(sdoc, span))
                if on_time:
                    # "With regard to the meeting of the pay panel it was noted ..." -> "On the
                    # meeting" opening a clause reads as a time, not a topic (after a noun it is
                    # the noun's topic: 'a report on the meeting'), and the others offered with it are
                    # no safer there ('For the visit on Monday, the inspector raised'): no swap,
                    # the note names the topic words (the independent reader of set AA, pl02)
                    plain = []
                    rewrite = True
                if (plain and not rewrite and len(plain) > 1 and any(p.lower() == "on" for p in plain)
                        and any(p.lower() == "for" for p in plain)
                        and (prev_word in ("that", ",") or _sentence_initial(sdoc, span.start, texts))
                        and self._on_a_document(sdoc, span)):
                    # "In relation to this document, the auditor is a third party" -> 'On this
                    # document' reads as its topic or place; what is said holds for the document:
                    # 'For' alone (the independent reader of set II, pl02 wrong)
                    plain = [p for p in plain if p.lower() != "on"]
                if (plain and not rewrite and not framed and len(plain) > 1 and plain[0].lower() == "on"
                        and any(p.lower() == "for" for p in plain) and _sentence_initial(sdoc, span.start, texts)
                        and not _SAYING_WORDS.intersection(self._words_after(sdoc, span.end, 60, texts).split())
                        and _sentence_end_mark(texts, span.end) != "?"):
                    # "In relation to residential homes, one young person went missing 27 times":
                    # the clause states a fact, where 'On residential homes' reads as a place or a
                    # topic of speech (both independent readers of set YZ, pl50 wrong); 'For' first.
                    # 'On' stays first where the clause tells what was said ('..., members asked')
                    # or asks ('..., does this mean that ...?': JJ2-047)
                    plain = sorted(plain, key=lambda p: p.lower() != "for")
                note = None  # the entry's own note
                named = False  # no swap for a term in title case, though its words fit (see _finding)
                if object_ing_note and rewrite and not plain:
                    note = object_ing_note
                if fronted:
                    note = _FRONTED_NOTE
                if given_to and plain:
                    note = ""  # the entry's note names the swap the words before chose
                if framed_note and rewrite and not plain:
                    note = framed_note
                if given_to and frame_note:
                    # "do not work in the vast majority of cases": the frame says why no swap
                    # reads there ('most' weakens the claim, 'nearly all' turns round after 'not')
                    note = frame_note
                if on_time:
                    note = _ON_TIME_NOTE
                if people_rewrite:
                    note = _CHOOSE_NOTE.format(join_words([f"'{a}'" for a in dict.fromkeys((*_PEOPLE_OPENERS, *entry.alternatives))], last="or"))
                if (plain and not rewrite and all(q.lower() in ("before", "after") for q in plain)
                        and self._subject_then_being(sdoc, span)):
                    # "prior to the plan being finalised" -> "before the plan being finalised":
                    # the -ing verb has a subject of its own, and after 'before' or 'after' that
                    # needs a clause ('before the plan is finalised'); no swap, the writer
                    # rewrites (the independent reader of set P, pl24, pl47 wrong)
                    plain = []
                    rewrite = True
                if linking and plain and not rewrite and not sure and _OWN_FIRST_WORD.fullmatch(entry.phrase) and (
                        entry.phrase.split()[0] in (p.lower() for p in plain)):
                    # "focused on the topic of hate crime" -> "focused on hate crime": the
                    # writer's own first word, which fits wherever the phrase did
                    plain = [entry.phrase.split()[0]]
                    sure = True
                if (entry.unsure_note or (linking and " " in entry.phrase) or opposite) and plain and not rewrite and not sure:
                    # "represent the population with respect to age" (by, in terms of), "(with
                    # reference to article 8)" (under), "highlighted areas in relation to
                    # feedback": the phrase has several senses and no frame here says which,
                    # so one swap would guess; no swap, and the note names the choices (the
                    # independent reader of set L, pl20, pl26, pl28 wrong)
                    plain = []
                    rewrite = True
                    # a writer's own list may give none: the choices from the entry
                    note = entry.unsure_note or _CHOOSE_NOTE.format(join_words(
                        [f"'{a}'" for a in entry.alternatives], last="or"))
                    # "With reference to paragraph 5 of the Minute of 27 May, there had been
                    # circulated ...": a minute's cross-reference formula opening its sentence,
                    # where none of the choices fits (only 'Following'): at most a suggestion
                    # (the independent readers of set S, pl07, pedantic)
                    # "the Secretary of State's functions in relation to the Duty": the wording of
                    # statutes and the guidance that quotes them, where 'under' is only a little
                    # plainer: at most a suggestion (the independent readers of set S, pl02)
                    # "With reference to article 7 of the minute of the meeting of ...": an article
                    # of a minute, not of a law, is the same pointing back, where the note's 'under
                    # (a rule or an article)' misleads (the independent readers of set QR, pl46)
                    nxt = self._neighbour(sdoc, span.end, 1, texts)
                    pointer = (nxt in _CROSS_REFERENCES or (nxt in ("article", "articles") and _MINUTE_ARTICLE.match(
                        self._words_after(sdoc, span.end, 8, texts)) is not None)) and _opens_after_a_number(texts, span.start)
                    if pointer:
                        note = _POINTER_NOTE
                    formula = (pointer
                               or ((prev_word in _LEGAL_FORMULA_NOUNS or self._exercised_function(sdoc, span, prev_word))
                                   # (an object after: not 'in this regard,')
                                   and self._neighbour(sdoc, span.end, 1, texts).isalpha()))
                else:
                    formula = False
                taste = formula  # the words do work in the sentence: at most a suggestion
                if entry.phrase.endswith(" to") and "to" in entry.alternatives and _after_a_to_phrase(sdoc, span):
                    # "hand the decision to the Head of Finance and Housing in order to give some
                    # room": cut to 'to', the aim reads as the one the decision is handed to
                    # (the Head gives the room); the phrase keeps the two 'to's apart and does
                    # its work there: no finding (the independent readers of set CC at 1a56d4d,
                    # pl43 and pl21 pedantic)
                    continue
                if (plain and not rewrite and entry.phrase.endswith(" to")
                        and (prev_word in _TO_NOUNS or prev_word in _TO_ADJECTIVES or self._after_a_predicate(sdoc, span))
                        and "to" in entry.alternatives and any(p.lower() == "to" for p in plain)):
                    # (also after 'be' and an adjective: "union representation would be valuable
                    # in order to speak" -> "valuable to speak" reads as what it is good for; the
                    # independent reader of set P, pl14 wrong)
                    # "changed to meet future requirements so as to reduce costs", "takes the
                    # decision in order to meet the duty": after a noun that takes a 'to' of
                    # its own, a bare 'to' reads as the noun's (requirements to reduce costs);
                    # the phrase does work there: no swap, at most a suggestion (the
                    # independent reader of set M, pl05 wrong)
                    plain = []
                    rewrite = True
                    taste = True
                    note = ""  # the entry's note ('Usually "to" is enough') would contradict it
                if (plain and not rewrite and entry.phrase.endswith(" to") and "to" in entry.alternatives
                        and any(p.lower() == "to" for p in plain) and _after_a_prepositions_object(sdoc, span)):
                    # "enable delegation of functions in order to secure efficiencies" -> 'functions
                    # to secure' reads as functions handed to something; "accommodation for older
                    # people in order to help meet" -> 'older people to help': a bare 'to' after a
                    # preposition's object hangs the aim on that noun (the independent reader of
                    # set BB at 7e7f136, pl10, pl12 pedantic): no swap, at most a suggestion
                    plain = []
                    rewrite = True
                    taste = True
                    note = ""
                if (plain and not rewrite and entry.opening_clause is not None and prev_word in ("that", ",")
                        and self._opens_a_resolution(sdoc, span)):
                    # "That in respect of recommendation 2, use of article 14.14 be authorised":
                    # a minuted resolution's fixed wording, where the swap reads oddly (the
                    # independent reader of set J at 19062fc, pl10, pedantic)
                    taste = True
                if plain and any(p.split()[0].lower() == "we" for p in plain) and not _FIRST_PERSON.search(
                        analysed.block_texts[bi]):
                    if third_person is None:
                        third_person = _third_person(doc_text)
                    if third_person or _REPORTED_THAT.search(self._words_before(sdoc, span.start, 3, texts)):
                        # reported speech ("The Director said that it is anticipated that",
                        # "Members were informed that it is expected that"): 'we' would be the
                        # reporter's, not the speaker's, in any document (our own variant sweep
                        # of set NN pl06's voice change, brief plain17).
                        # "The Strategic Lead ... invited Members to help ... when completed it is
                        # anticipated that it will be presented": minutes in the third person,
                        # where 'we expect' brings in a 'we' the writer never uses; another
                        # alternative where there is one ('must'), else at most a suggestion
                        plain = _not_opening_with(plain, "we")
                        if not plain:
                            rewrite = True
                            taste = True
                    else:
                        if never_we is None:
                            # a page of 100 words or more (as _third_person counts them): a
                            # shorter text tells too little to say how it speaks. Not a page of
                            # questions and answers ('How are the councils involved?' on a line of
                            # its own): the body answers there in its own voice, 'we' or not
                            # (fresh F pl47, useful)
                            never_we = (_rough_words(doc_text) >= 100
                                        and _FIRST_PERSON.search(doc_text) is None
                                        and _FAQ_QUESTION.search(doc_text) is None)
                        if never_we:
                            # "It is considered that mild skin changes ... are in keeping with
                            # Grade 2 veins" on a referral policy of 100 words or more that never
                            # says 'we', 'our' or 'us': 'We think' brings in an author nobody is and turns a rule into
                            # an opinion (set WX pl26, one reader wrong). Another alternative
                            # where there is one ('must'), else advice: say who, or state it
                            plain = _not_opening_with(plain, "we")
                            if not plain:
                                rewrite = True
                                note = _NO_WE_NOTE
                if plain and not rewrite and any(p.split()[0] == "I" for p in plain):
                    if no_writer is None:
                        # as never_we: a page of 100 words or more, or too little to tell
                        no_writer = (_rough_words(doc_text) >= 100
                                     and _WRITER.search(doc_text) is None)
                    if no_writer:
                        # "Please find attached further information about the programme" on a
                        # council's news item or a team's page that never says 'I', 'me' or 'my':
                        # 'I attach' brings in a writer nobody on the page is (both independent
                        # readers of set YZ, pl19 wrong). Another alternative where there is one,
                        # else advice: the entry's own words ('The minutes are attached'), or say
                        # it without a writer
                        plain = _not_opening_with(plain, "i")
                        if not plain:
                            rewrite = True
                            note = entry.no_swap_note or _NO_I_NOTE
                after_be = as_adjective = bare_people = False
                role_before = False
                if (entry.pos == "verb" and entry.phrase.split()[-2:-1] in (["a"], ["an"], ["the"]) and plain
                        and (self._relative_after(sdoc, span)
                             or self._neighbour(sdoc, span.end, 1, texts) in _POSTMODIFIERS
                             or (self._neighbour(sdoc, span.end, 1, texts) == "of"
                                 and not any(p.split()[-1] == "of" for p in plain)))
                        and not any(entry.phrase.split()[-1] in p.split() for p in plain)):
                    # "come to a decision which works for them all" -> "decide which works",
                    # "make a decision different to the recommendation" -> "decide different
                    # to", "make a payment of £50" -> "pay of £50", "made a purchase of new
                    # laptops" -> "bought of": the clause, adjective or 'of' after the words
                    # tells of their noun, which the swap drops; the noun is needed there, so
                    # at most a suggestion
                    plain = []
                    rewrite = True
                    taste = True
                with_clause = (entry.after_be is not None and prev_word not in _BE
                               and self._with_clause_noun(sdoc, span))
                if (entry.after_be is not None and not (entry.pos == "verb" and form == "ing")
                        and (prev_word in _BE or with_clause)):
                    # "were in conjunction with the service areas": after 'be' the phrase
                    # says how things stand, and 'were with the service areas' does not read.
                    # A clause that 'with' opens and that has no verb ("..., with the last hire
                    # no later than 1.30pm") stands for 'with the last hire being ...': the
                    # same frame ('with the last hire by 1.30pm': set UV pl04, wrong)
                    if not entry.after_be and plain and not entry.note and entry.pos == "phrase":
                        # "any patient who is in circumstances where the CCG pays" -> 'who is
                        # where', 'who is if': say which swaps fail there (set JJ pl23)
                        note = (_WITH_CLAUSE_NOTE if with_clause else _AFTER_BE_NOTE).format(
                            prev=prev_word, choices=join_words([f"'{a}'" for a in plain], last="or"))
                    plain = list(entry.after_be)
                    rewrite = rewrite or not plain
                    after_be = True
                elif entry.after_adjective is not None and not rewrite and prev_word in _PEOPLE_ADJECTIVES:
                    # "current service users" -> "current users of services", not "current
                    # people who use services" (the adjective would describe the people)
                    plain = list(entry.after_adjective)
                    if not plain and entry.alternatives:
                        # "potential service users": 'users of services' only reshuffles the
                        # same words (the independent reader of set JJ, co11 pedantic), and
                        # 'potential people who use services' reads wrong: advice to rewrite
                        note = (f"'{prev_word}' would then describe the people ('{prev_word} "
                                f"{entry.alternatives[0]}'): rewrite around the person."
                                + (f" {entry.note}" if entry.note else ""))
                    rewrite = rewrite or not plain
                elif plain and not rewrite and _person_first(plain) and (
                        role := self._role_word_before(sdoc, span, prev_word, texts)):
                    # "Reformed addicts make good mentors for recovering addicts": the word before
                    # tells of the habit or role, and the person-first phrase would take it
                    # ("reformed people who use drugs" says they still use them; the independent
                    # reader of set CC, co01 wrong): no swap, advice to rewrite around the person
                    note = (f"'{role}' would then describe the people ('{role}{'' if role.endswith('-') else ' '}"
                            f"{plain[0]}'): rewrite around the"
                            f" person." + (f" {entry.note}" if entry.note else ""))
                    plain = []
                    rewrite = True
                    role_before = True
                elif entry.as_adjective is not None and form == "base" and (
                        prev_word in _BE or prev_word == "," or prev_word in _DEGREE_WORDS
                        or self._after_be_and_adverbs(sdoc, span)
                        or self._neighbour(sdoc, span.end, 1, texts) in _AFTER_ADJECTIVE
                        or (prev_word in ("and", "or") and self._before_a_name_or_noun(sdoc, span))
                        or self._adjective_frame(sdoc, span, prev_word, texts)):
                    # "proposals, deliverable within this Parliament": the adjective, not the noun
                    plain = list(entry.as_adjective)
                    rewrite = rewrite or not plain
                    as_adjective = True
                elif (entry.pos == "noun" and entry.as_adjective is None and plain and not rewrite
                      and form == "base" and self._adjective_frame(sdoc, span, prev_word, texts, before_noun=True)):
                    # "the data were numeric and narrative", "the plan remained realistic and
                    # deliverable", "quantitative and narrative updates": a noun's word said of its
                    # subject, or paired with an adjective, is one there, and the entry's nouns
                    # would not read ("realistic and result", "quantitative and story"); with no
                    # adjective of its own to offer, no swap (the independent readers of set
                    # UV, pl13 wrong)
                    plain = []
                    rewrite = True
                if (plain and not rewrite and entry.pos == "noun" and entry.as_adjective is not None
                        and not as_adjective and form == "base" and self._noun_next(sdoc, span, prev_word)):
                    # "developers must demonstrate deliverable water neutrality": before a noun it
                    # qualifies, the word is the adjective, and the entry's nouns do not read there
                    # ("demonstrate result water neutrality"; both independent readers of set YZ,
                    # pl43 wrong); its adjective may not fit a compound ('the deliverable
                    # schedule'), so no swap: the note names the adjective
                    plain = []
                    rewrite = True
                if (plain and not rewrite and entry.pos != "verb" and _adverbial_noun_phrase(entry.phrase)
                        and self._neighbour(sdoc, span.end, 1, texts) == "of"):
                    # "at the sharp end of the crisis": 'of' takes an alternative that ends in a
                    # noun too ("on the front line of"), never an adverb ("most affected of")
                    plain = [p for p in plain if _adverbial_noun_phrase(p.lower())]
                    rewrite = not plain
                if (plain and not rewrite and entry.pos != "verb" and entry.phrase.split()[-1] in _HEAD_NOUNS
                        and (self._neighbour(sdoc, span.end, 1, texts) in ("who", "whereby")
                             or self._relative_after(sdoc, span))):
                    # "escalated promptly and in a timely manner that enables action", "on a
                    # regular basis which suits the family": the clause (or 'of') after the
                    # phrase hangs on its last noun, which a swap drops ("promptly that
                    # enables"); no swap, the finding stays as advice (the independent readers
                    # of set UV, pl12 wrong)
                    note = (f"The words after it tell of '{entry.phrase.split()[-1]}', so a swap would leave them"
                            f" hanging: rewrite the sentence, for example with {join_words([repr(a) for a in plain], last='or')}.")
                    plain = []
                    rewrite = True
                if (plain and not rewrite and (entry.pos == "adjective" or (entry.as_adjective is not None
                                                                         and entry.pos != "noun"))
                        and not as_adjective and self._after_a_modifying_noun(sdoc, span, texts)):
                    # "work on service improvement transformational projects": the adjective
                    # stands inside a run of nouns that names the work (a label), not first in
                    # its noun phrase, where an adjective put in its place reads out of order
                    # ("service improvement major projects"): no swap (the independent readers
                    # of set UV, pl44 wrong)
                    plain = []
                    rewrite = True
                if plain and not rewrite and entry.phrase.endswith(" entirety") and self._whole_of_another(sdoc, span):
                    # "a framework that is put out to the NHS in its entirety": the words may say
                    # the whole of the noun just before ('the whole NHS') or of the thing done
                    # to, and 'in full' reads as the first ("put out to the NHS in full"); a
                    # swap only where the thing done to is the one noun before (the independent
                    # readers of set UV, pl41 wrong)
                    plain = []
                    rewrite = True
                if (plain and not rewrite and entry.pos == "verb" and entry.phrase.split()[-2:-1] in (["a"], ["an"])
                        and self._noun_joined_after(sdoc, span, texts)):
                    # "we'll have a discussion and questions and answers at the end": 'and' joins
                    # another noun to the phrase's noun, which the verb would leave with nothing
                    # to join ("discuss and questions and answers"): no swap (set UV pl24 wrong)
                    plain = []
                    rewrite = True
                if (entry.after_the_list is not None
                        and (prev_word in _LIST_JOINS and self._closes_a_list_after_the(sdoc, span, texts)
                             or self._bare_after_a_preposition(sdoc, span, texts))):
                    # "an emphasis on the frail and elderly": the list stands for people, with
                    # no noun after it for 'older' to describe ("the frail and older people")
                    plain = list(entry.after_the_list)
                    rewrite = rewrite or not plain
                    bare_people = True
                if plain and not rewrite and (self._after_an_owner(sdoc, span, prev_word, texts)
                                              or self._graded(sdoc, span, prev_word, texts)
                                              or (rule.category == "co-production"
                                                  and self._after_a_name(sdoc, span, texts))):
                    # "by our service users, staff and partners" -> not "by our people who use
                    # services": a people-first phrase (people, then who they are) takes no
                    # possessive before it; a one-word noun still fits ("our residents"), else
                    # no swap and the note says how to rewrite ('the people who use our services')
                    plain = [p for p in plain if not _people_first(p)]
                    rewrite = not plain
                # (the words for people only: the plain-words lists are read by their own tests)
                if (rule.category == "co-production" and plain and not rewrite and any(_tailed(p) for p in plain)
                        and self._neighbour(sdoc, span.end, 1, texts) in _NOUN_POSTMODIFIERS):
                    # "service users from third sector organisations": the words after the noun
                    # tell of it, and an alternative with a tail of its own ('people who use
                    # services', 'users of services') hands them to its last noun ('services from
                    # third sector organisations'); only an alternative that ends on its head keeps
                    # them attached, else no swap (set P co07)
                    plain = [p for p in plain if not _tailed(p)]
                    rewrite = not plain
                if ((plain and not rewrite or not entry.alternatives or rule.category == "plain-words")
                        and self._title_cased_term(sdoc, span)):
                    # "corporate parent to 688 Looked After Children": words of a term set in title
                    # case within a sentence are a name the writer gives it (a statutory category,
                    # a programme); a swap would change the term, and its case ('688 Children in
                    # care'): no swap, the note says when the plainer words fit (set P co08). So
                    # for the plain words ('When visiting a One Stop Shop' -> 'a Single place',
                    # the council's name for its office: sets J..P, own reading): there the name
                    # is the writer's to keep, at most a suggestion
                    plain = []
                    rewrite = True
                    named = rule.category == "co-production" and bool(entry.alternatives)
                    taste = taste or rule.category != "co-production"
                    if rule.category == "plain-words":
                        # "The Assurance Framework update was issued in June": a document's name,
                        # whatever the words' frame (here before a noun), where the entry's gloss
                        # (the board's list of risks) may be untrue of the thing named (the
                        # independent readers of set BB at 7e7f136, pl49 wrong): no gloss
                        note = _NAME_NOTE
                if ((plain and not rewrite or not entry.alternatives) and doc_text[start:start + 1].isupper()
                        and rule.category == "plain-words"
                        and entry.phrase[:1].islower() and self._lone_name(sdoc, span, texts)):
                    # "to ensure that Reside adheres to the policies" -> 'that Live adheres': one
                    # word with a capital inside a sentence, where the entry's word has none, is a
                    # name (the council's company; set R pl26 wrong): no swap, at most a suggestion.
                    # So too the first of several words ("The strategy, Going forward together,
                    # was agreed" -> 'From now on together'): a title in sentence case, which
                    # Title Case's reading (_title_cased_term) misses (issue 17, capitalised uses);
                    # the entry's gloss or note ('Often you can delete it') is not for a name
                    plain = []
                    rewrite = True
                    taste = True
                    if " " in matched.strip():
                        note = _NAME_NOTE
                if rule.category == "plain-words" and self._inside_named_title(sdoc, span, texts):
                    # "a presentation entitled Income poverty in relation to child health": the
                    # words stand inside a title given in sentence case after 'entitled' or
                    # 'called', which the writer reports as given ('Income poverty about child
                    # health' rewrites someone's title; issue 17, a minute-taker's report): no
                    # swap, at most a suggestion, as for a title in Title Case
                    plain = []
                    rewrite = True
                    taste = True
                    note = _NAME_NOTE
                if entry.swap_next is not None and not rewrite and plain and (
                        not entry.swap_next.search(self._neighbour(sdoc, span.end, 1, texts))
                        or not all(entry.swap_next.search(w) for w in self._next_past_time(entry, sdoc, span, texts))):
                    # "gave approval in April 2023 for the scheme to be adopted": a verb phrase's
                    # next word is read past a phrase of time too ('approved in April 2023 for the
                    # scheme' is not English: set MM pl46 wrong, both readers)
                    # "in the event of the death of", "in the event of delays": 'if there is'
                    # fits only a single thing named after it ("in the event of a fire")
                    if not entry.note:
                        # "to ascertain need" -> 'to find out need': say what the swap needs after it
                        note = _SWAP_NEXT_NOTE.format(next=self._neighbour(sdoc, span.end, 1, texts),
                                                      choices=join_words([f"'{a}'" for a in plain], last="or"))
                    plain = []
                    rewrite = True
                if entry.no_swap_prev is not None and not rewrite and plain and entry.no_swap_prev.search(
                        self._neighbour(sdoc, span.start - 1, -1, texts)):
                    # "each of the priority area workstreams": a noun before the word makes a
                    # compound, which "strands of work" breaks ("priority area areas of work")
                    plain = []
                    rewrite = True
                    # "That on a case by case basis where ... apply, the title may be conferred":
                    # 'That case by case' reads as 'that case'; the entry's own words for the
                    # frame, where it has them (set WX pl03, both readers wrong)
                    note = entry.no_swap_note or note
                if entry.no_swap_after is not None and ((not rewrite and plain) or (given_to and not plain)) and entry.no_swap_after.search(
                        self._words_after(sdoc, span.end, 8, texts)) and (
                        not entry.no_swap_at_start or _sentence_initial(sdoc, span.start, texts)):
                    # "with an incidence of about 50 new cases a week": the swap would say 'new
                    # cases' twice; "higher incidence of smoking" means how common, not new cases
                    # (the independent readers of set QR, pl32, pl35 wrong): no swap, the note
                    # says how to rewrite (its note before a frame's: 'have higher incidence of
                    # smoking' is no matter of a missing 'a')
                    plain = []
                    rewrite = True
                    note = entry.no_swap_note or note
                if entry.before_ing is not None:
                    verb = self._ing_after(sdoc, span)
                    if verb is None and entry.phrase.endswith(" to"):
                        # "with a view to have": a plain verb after 'to' (the writer's slip for
                        # 'having') takes the -ing form's alternative as it is ("to have");
                        # "aiming for have" is not English
                        verb = self._plain_verb_after(sdoc, span)
                    if verb is not None and not entry.before_ing and self._gerund_noun(sdoc, verb[0]):
                        verb = None  # "in the event of flooding, ...": the -ing word is a noun here
                    if verb is not None and entry.before_ing and prev_word in ("and", "or", "but", "nor"):
                        # "starting with lower acuity patients and with the intention of then
                        # spreading": the words pair with what goes before the 'and', which
                        # 'and to then spread' would break; no swap, and the phrase's wording
                        # is the pair's (at most a suggestion)
                        verb = None
                        plain = []
                        rewrite = True
                        taste = True
                    if verb is not None and entry.before_ing and self._ing_sibling(sdoc, verb[0]):
                        # "with a view to identifying gaps and promoting financial inclusion":
                        # 'to' before the first -ing verb only breaks the pair; no swap
                        verb = None
                        plain = []
                        rewrite = True
                    if verb is not None and entry.before_ing and self._sentence_opens_with_to(sdoc, span):
                        # "To evaluate the priorities of the consultation with a view to endorsing
                        # the proposals": the sentence is itself an aim, and a second 'to' ('to
                        # endorse') hangs on the nearest noun and drops the 'with a view'
                        # (set O pl44); no swap, the note says how to rewrite
                        verb = None
                        plain = []
                        rewrite = True
                    if verb is None and plain and self._subject_then_ing(sdoc, span):
                        # "with a view to it being published": the -ing verb has a subject of
                        # its own, and 'aiming for it being published' does not read; no swap,
                        # the note says to rewrite ('so that it is published')
                        plain = []
                        rewrite = True
                    if verb is None and plain and not rewrite and self._unread_ing_after(sdoc, span):
                        # "with the objective of upcycling waste": an -ing verb whose plain form
                        # cannot be told, where the alternatives for a noun ('aiming for
                        # upcycling') do not read; no swap (the independent readers of set AA,
                        # pl25 wrong, where 'minimising' was such a word)
                        if entry.before_ing:
                            note = _ING_NOTE.format(join_words([f"'{a}'" for a in entry.before_ing], last="or"))
                        plain = []
                        rewrite = True
                    if verb is not None:
                        framed = True
                        # "with the aim of cutting" -> "to cut": the verb is part of the change
                        end = block.start + verb[0].idx + len(verb[0].text)
                        matched = doc_text[start:end]
                        # in the verb's own form ("made a commitment to improving" -> "promised
                        # to improve", not "promise to improve")
                        plain = [f"not {a} {verb[1][4:]}" if verb[1].startswith("not ") else f"{a} {verb[1]}"
                                 for a in (inflect(b, entry.pos, form) for b in entry.before_ing)]
                        if not entry.before_ing:
                            # no swap fits before the -ing word ("in the event of receiving"):
                            # the finding keeps to the phrase and says to rewrite, in the entry's
                            # words for that where it has some ('thus placing': set IJ hidden pl06)
                            end = block.start + span.end_char
                            matched = doc_text[start:end]
                            rewrite = True
                            note = entry.no_swap_note or note
                if (plain and not rewrite and not framed and rule.category == "plain-words" and entry.pos == "phrase"
                        and entry.examples and " " in entry.phrase
                        and entry.phrase.split(" ", 1)[0] in _PHRASE_PREPOSITIONS):
                    kinds = _example_frames(entry)
                    kind = _frame_kind(self._neighbour(sdoc, span.end, 1, texts), entry.phrase)
                    if kinds and kind in _RISKY_FRAMES and kind not in kinds:
                        # "... the only public mortuary capacity and in this instance are
                        # part-funded by" -> "and here are part-funded": an adverbial phrase (a
                        # preposition first) stands before a kind of word (a finite verb) that
                        # none of the entry's own examples shows, so no one knows the swap reads
                        # there (a noun or a mark after it is the frame the alternatives are for);
                        # advice without a swap, which cannot be wrong (the independent readers
                        # of set AA, pl39 wrong). The entry's examples are its positive frames:
                        # to offer the swap in a new frame, add an example of it
                        note = _FRAME_NOTE.format(_FRAME_NAMES[kind], join_words([f"'{a}'" for a in plain], last="or"))
                        plain = []
                        rewrite = True
                if (plain and not rewrite and rule.category == "plain-words" and entry.pos == "noun"
                        and entry.examples):
                    verb = _passive_verb_after(sdoc, span) or _standard_verb_before(sdoc, span)
                    if verb in _STANDARD_VERBS and verb not in _example_words(entry):
                        # "to make sure the main deliverables of the contract are met" -> 'the
                        # main results ... are met': the noun is the subject or object of a verb
                        # of meeting a standard (met, achieved) that none of the entry's own
                        # examples shows, and the alternatives may not take it (one meets a
                        # standard, not a result; a verb of another kind leaves the swap alone);
                        # advice without a swap (the independent readers of set CC at 1a56d4d,
                        # pl10 wrong). To offer the swap with that verb, add an example of it
                        note = _VERB_FRAME_NOTE.format(verb=verb, choices=join_words([f"'{a}'" for a in plain], last="or"))
                        plain = []
                        rewrite = True
                if (plain and not rewrite and plain[0][:2].lower() == "to"
                        and (self._purpose_hangs_wrong(sdoc, span, entry, plain, prev_word, texts)
                             # "In order to be fair to residents who have waited longest, ..." ->
                             # "To be fair to residents" reads as the aside 'to be fair' (our own
                             # reading of fresh pages, thirteenth session, seed 13171)
                             or " ".join(t.lower_ for t in _tokens_after(sdoc, span, 2, lambda t: False)) in _ASIDES)):
                    # "with the people who use them in order to create better services" -> 'use
                    # them to create' hangs the aim on the relative clause's verb; "be published
                    # on the website, with the intention of repeating it" -> ', to repeat it' reads
                    # as publishing's aim; "follow the steps in order to ensure" where 'in order'
                    # may mean 'in sequence' (the independent readers of set R pl22, set Q pl24,
                    # pl09): no swap; the entry's note ('Usually "to" is enough') would contradict it.
                    # The phrase does work there, and the finding offers no word: at most a
                    # suggestion (set T pl15, pl19: advice with nothing that fits is pedantic)
                    plain = []
                    rewrite = True
                    taste = True
                    note = ""
                if (plain and not rewrite and not framed and entry.pos == "phrase" and " " in entry.phrase
                        and entry.phrase.split(" ", 1)[0] in _PHRASE_PREPOSITIONS
                        and entry.phrase.rsplit(" ", 1)[1] not in _STACKING_PREPOSITIONS
                        and all(" " not in p and p.lower() not in _STACKING_PREPOSITIONS for p in plain)
                        and self._adverb_before_noun_tail(sdoc, span, texts)):
                    # "restrictions in most instances on carers working" -> 'restrictions usually
                    # on carers working': between a noun and the phrase that tells of it, an
                    # adverbial phrase of several words can stand (as an aside) but a one-word
                    # adverb cannot; advice, no swap (the independent readers of set FF, wrong)
                    note = _BETWEEN_NOTE.format(next=self._neighbour(sdoc, span.end, 1, texts),
                                                choices=join_words([f"'{a}'" for a in plain], last="or"))
                    plain = []
                    rewrite = True
                if (plain and not rewrite and not framed and entry.pos == "phrase" and " " in entry.phrase
                        and entry.phrase.split(" ", 1)[0] in _PHRASE_PREPOSITIONS
                        and entry.phrase.rsplit(" ", 1)[1] not in _STACKING_PREPOSITIONS
                        and self._adverb_before_noun_infinitive(sdoc, span, texts)):
                    # "the search in the interim to be held with the ward members" -> 'the search
                    # meanwhile to be held': in a clause with no verb of its own (a resolution's
                    # 'X to be done'), an adverb between the noun and its 'to' verb does not read;
                    # the phrase of several words does, as an aside. Advice, no swap, and at most
                    # a suggestion: the words read where they stand (set UV pl50, wrong and
                    # pedantic)
                    note = _INFINITIVE_BETWEEN_NOTE.format(choices=join_words([f"'{a}'" for a in plain], last="or"))
                    plain = []
                    rewrite = True
                    taste = True
                if plain and not rewrite and " " in entry.phrase and self._adverb_before_verb(sdoc, span, plain, texts):
                    # "Protection of the receipts in a timely manner would allow ..." -> 'Protection
                    # of the receipts promptly would allow': an adverb after a noun, before the
                    # clause's first verb, is not English (set Q pl08); no swap
                    plain = []
                    rewrite = True
                art_span = span
                before_name = False
                if entry.with_prev and not role_before and self._role_word_before(sdoc, span, prev_word, texts) is None:
                    prev = self._content_word_before(sdoc, span, any_word=entry.prev is not None)
                    if prev is not None and entry.prev is None and not self._condition_word(prev.lower_):
                        # "... and meant sufferers were not able to": the word before is a verb
                        # (or a number, a pronoun, an adjective of amount), not the condition;
                        # 'people with meant' is nonsense (the independent reader of set JJ,
                        # co05 wrong). The plain alternatives stand alone ('meant people with
                        # the condition were not able to')
                        prev = None
                    if prev is not None:
                        # "dementia sufferers" -> "people with dementia": the word joins the finding
                        start = block.start + prev.idx
                        matched = doc_text[start:end]
                        word = prev.text.lower() if _title(prev.text) and _sentence_initial(sdoc, prev.i) else prev.text
                        plain = [t.replace("{prev}", word) for t in entry.with_prev]
                        art_span = sdoc[prev.i:span.end]
                art = self._article_before(sdoc, art_span)
                if art is not None and any(p.split(" ", 1)[0].lower() in _SUPERLATIVES for p in plain):
                    # "a latest facility", "an best time": after "a" or "an" a superlative
                    # does not stand; another alternative may ("an ideal"), else none does
                    plain = [p for p in plain if p.split(" ", 1)[0].lower() not in _SUPERLATIVES]
                    rewrite = rewrite or not plain
                elif plain and prev_word not in _OWNED_SUPERLATIVE and prev_word not in _POSSESSIVE_DETERMINERS and any(
                        p.split(" ", 1)[0].lower() in _PLAIN_SUPERLATIVES for p in plain):
                    # "They aim to provide optimum health care" -> not "provide best health
                    # care": before its noun a superlative needs 'the' or an owner ("our best",
                    # "the council's best"); another alternative where there is one ('ideal'),
                    # else none (our own audit of the shown swaps, eleventh session)
                    plain = [p for p in plain if p.split(" ", 1)[0].lower() not in _PLAIN_SUPERLATIVES]
                    rewrite = rewrite or not plain
                adjective = entry.pos == "adjective"  # any list's ('wheelchair-bound people')
                if (entry.pos not in ("noun", "verb") and any(" " in p for p in plain) and not bare_people
                        # a phrase that ends in 'of' takes the noun after it as its object
                        # ('a proliferation of new scams' -> 'a rapid growth in new scams'): no
                        # adjective before its noun (brief plain18)
                        and not entry.phrase.endswith(" of")
                        and (art is not None or adjective)
                        # an adjective's next word ending in -s is its noun ("cross-cutting
                        # themes"): an adjective is no verb's subject
                        and (self._before_a_noun(sdoc, art_span, strict=not adjective)
                             # "our system wide Primary Care Collaborative", "a system-wide,
                             # integrated approach": after a determiner, or before a name,
                             # the adjective stands before its noun all the same
                             or (adjective and (prev_word in _DETERMINERS
                                                or self._before_a_name_or_noun(sdoc, span))))
                        # after 'be' an adjective says how things are ("has been wheelchair-bound
                        # since"), unless a noun follows it ("are cross-cutting themes")
                        and not (adjective and prev_word in _BE
                                 and (self._neighbour(sdoc, span.end, 1, texts) in _NO_NOUN_AFTER_BE
                                      or not self._before_a_noun(sdoc, art_span)))):
                    # "a system-wide response", "cross-cutting themes": before its noun a
                    # phrase reads only as one word: a one-word alternative where there is
                    # one ("a shared response"; "an across-all-services response" and "an
                    # among-the-best service" are not English), else a two-word one hyphened
                    # ("a joined-up plan"), else none: the writer rewrites
                    plain = ([p for p in plain if " " not in p]
                             or [p.replace(" ", "-") for p in plain if p.count(" ") == 1])
                    rewrite = rewrite or not plain
                    # "Our system wide Primary Care Collaborative": before a body's name in
                    # capitals the word is nearly part of the name; a suggestion
                    before_name = adjective and _capitalised_after(sdoc, span)
                if (art is not None and any(_article(p) != art.lower_ for p in plain)
                        and not any(p.split(" ", 1)[0] in ("a", "an", "the") for p in plain)):
                    # "an anchor institution" -> "a large local employer": the article is
                    # part of the change, so the finding starts at it
                    start = block.start + art.idx
                    matched = doc_text[start:end]
                    plain = [f"{_article(p)} {p}" for p in plain]
                if plain and not rewrite:
                    before = self._neighbour(sdoc, span.start - 1, -1, texts)
                    if before in _IMPORTANCE_WORDS and any(p.lower() in _IMPORTANCE_WORDS for p in plain):
                        # "the key salient points" -> 'the key main points', 'the main salient
                        # points' -> 'the main important points': the word before already says
                        # it, and any such swap says it twice; the fix is to cut the word (the
                        # independent readers of set FF, wrong)
                        plain = []
                        note = _SAME_BEFORE_NOTE.format(prev=before)
                if plain and not rewrite and not framed and any(" " in p for p in plain):
                    # (not where a verb after the words joined the finding: 'to keep' is in the swap)
                    after = self._neighbour(sdoc, span.end, 1, texts)
                    if after[:1].isalpha() and not self._hyphened_on(sdoc, span.end):
                        # "a deep dive review" -> 'a detailed review review': a swap whose last
                        # word (or its head noun, singular or plural) is the word after the
                        # words says it twice; that word is cut from the swap ('a detailed
                        # review'), any list's entry alike (the independent readers of set FF, wrong)
                        plain = [p.rsplit(" ", 1)[0] if " " in p and _same_noun(p.rsplit(" ", 1)[1].lower(), after) else p
                                 for p in plain]
                kept = [p for p in plain if not self._repeats_a_neighbour(sdoc, span, p, texts)]
                repeated = False
                if len(kept) < len(plain):
                    # "deliverable, achievable and measurable": 'achievable, achievable' says it
                    # twice; another alternative where there is one, else the writer rewrites
                    plain = kept
                    rewrite = rewrite or not plain
                    # with none left, the plain word stands beside it in a list already: the
                    # word adds little, and a rewrite gains little (fresh A-G pl24, pedantic);
                    # next to it with no comma ('by no later than', 'please do not hesitate
                    # to') the words are padding to cut, still shown
                    repeated = not plain and (self._neighbour(sdoc, span.end, 1, texts) in (",", "and", "or")
                                              or self._prev_word(sdoc, span.start, texts) in (",", "and", "or"))
                if plain and not rewrite and any(p.lower() in _TOPIC_PREPOSITIONS for p in plain):
                    # "asked about the enforcement of the policy in regard to how ..." -> 'the
                    # policy about how': the topic's word said again a few words on, in the same
                    # clause, repeats it and reads as telling of the nearer noun (the policy
                    # about how ...), not of the asking; another alternative where there is one,
                    # else no swap (the independent readers of set PP, pl42 wrong)
                    said = self._prepositions_before(span, texts)
                    if prev_word in _TOPIC_HOST_NOUNS and all(p.lower() in said for p in plain):
                        # "an update on the council's work in relation to obesity" -> 'work on
                        # obesity': the nearer noun takes the topic itself, which is what is
                        # meant (both independent readers of set GH, pl32 wrong); where another
                        # alternative is left, it goes first as before ('the report on', not
                        # 'about', after 'concerns about')
                        said = set()
                    if any(p.lower() in said for p in plain):
                        gone = [p for p in plain if p.lower() in said]
                        plain = [p for p in plain if p.lower() not in said]
                        rewrite = rewrite or not plain
                        if not plain:
                            note = _SAID_BEFORE_NOTE.format(word=gone[0].lower())
                cap = "suggestion" if before_name or taste or repeated or verb_use else None
                if focused and not plain:
                    # "an update on flood risk, particularly in relation to the planning system":
                    # after a word of focus the phrase narrows a topic already given, and with no
                    # one word to offer a rewrite gains little (both independent readers of set
                    # GH, pl29 and pl41 pedantic): at most a suggestion
                    cap = "suggestion"
                if counted_back:
                    # "no later than three working days before the meeting": a deadline
                    # counted back, precise, and no plainer words fit: at most a suggestion
                    # (the independent reader of set M, pl49 pedantic)
                    cap = "suggestion"
                if plain and all(self._echoed_nearby(sdoc, span, p, texts) for p in plain):
                    # "a place-based way of joining up locally" -> "a local way of joining up
                    # locally": the plain word is said a few words away already, so the
                    # phrase adds little to change; a rewrite at most, and not by default
                    plain = []
                    rewrite = True
                    cap = "suggestion"
                if (plain and not rewrite and any(p.lower() in _FUTURE_TIME for p in plain)
                        and not _clause_in_past(sdoc, span) and _closes_after_a_noun(sdoc, span)):
                    # "decide the work plan going forward." -> 'decide the work plan from now
                    # on' reads as deciding later, or as the plan's time: after a noun that ends
                    # the clause the words qualify that noun ('the plan for the future'), which a
                    # time adverb does not say; cut them (the independent reader of set CC at
                    # 1a56d4d, pl36 wrong)
                    future = [p for p in plain if p.lower() in _FUTURE_TIME]
                    plain = [p for p in plain if p.lower() not in _FUTURE_TIME]
                    if not plain:
                        note = _AFTER_NOUN_NOTE.format(choices=join_words([f"'{p}'" for p in future], last="or"))
                if (plain and not rewrite and any(p.lower() in _FUTURE_TIME for p in plain)
                        and prev_word in _DECIDING_FORMS):
                    # "The committee will decide going forward whether to keep the charge" ->
                    # 'will decide in future whether' reads as deciding later, 'from now on' as a
                    # change in who decides: straight after a verb of deciding the words qualify
                    # the decision, which no time phrase says; cut them (own pages of session 17, brief plain)
                    future = [p for p in plain if p.lower() in _FUTURE_TIME]
                    plain = [p for p in plain if p.lower() not in _FUTURE_TIME]
                    if not plain:
                        note = _DECIDING_NOTE.format(choices=join_words([f"'{p}'" for p in future], last="or"))
                if (plain and not rewrite and any(p.lower() in _FUTURE_TIME for p in plain)
                        and _REPORTED_WOULD.search(self._words_before(sdoc, span.start, 30, texts))):
                    # "The board said the service would be better funded going forward" -> 'from
                    # now on' dates the change to the reader's now, not the meeting's: in reported
                    # speech's 'would' only the alternatives that keep no 'now' ('in future'),
                    # else cut the words (issue 17, past-tense reported minutes)
                    kept = [p for p in plain if "now" not in p.lower().split()]
                    if not kept:
                        note = _REPORTED_NOW_NOTE.format(choices=join_words([f"'{p}'" for p in plain], last="or"))
                    plain = kept
                if (plain and not rewrite and any(p.lower() in _FUTURE_TIME for p in plain)
                        and (_clause_in_past(sdoc, span) or _told_before_now(sdoc, span))):
                    # "The second meeting set out the matrix going forward" -> 'set out the matrix
                    # from now on' moves what the meeting did into the future: the alternatives
                    # that do not (none for 'going forward'), else cut the words (the
                    # independent readers of set BB at 7e7f136, pl46 wrong)
                    future = [p for p in plain if p.lower() in _FUTURE_TIME]
                    plain = [p for p in plain if p.lower() not in _FUTURE_TIME]
                    if not plain:
                        note = _PAST_NOTE.format(choices=join_words([f"'{p}'" for p in future], last="or"))
                if (plain and not rewrite and any(p.lower() in _PRESENT_TIME for p in plain)
                        and _told_before_now(sdoc, span)):
                    # "the trusts were expected to act with immediate effect" -> 'act now' reads
                    # as today: in a clause about the past (read through an infinitive to the
                    # verb that dates it) only the alternatives that keep the time ('immediately'),
                    # else advice (the independent readers of set EE, pl wrong)
                    present = [p for p in plain if p.lower() in _PRESENT_TIME]
                    plain = [p for p in plain if p.lower() not in _PRESENT_TIME]
                    if not plain:
                        rewrite = True
                        note = _THEN_NOTE.format(choices=join_words([f"'{p}'" for p in present], last="or"))
                if (plain and not rewrite and any(p.lower() in _PRESENT_TIME for p in plain)
                        and not all(p.lower() in _PRESENT_TIME for p in plain)
                        and _REPORTED_WOULD.search(self._words_before(sdoc, span.start, 30, texts))):
                    # "The Chair said the depot would close forthwith" -> 'would close now' reads
                    # as the reader's now: in reported speech's 'would' the alternatives that keep
                    # the time ('at once', 'immediately') only, where there are such (issue 17's
                    # class of 'going forward' in reported minutes); 'now' alone is left as it was
                    plain = [p for p in plain if p.lower() not in _PRESENT_TIME]
                if (plain and not rewrite and entry.pos == "phrase" and " " in entry.phrase
                        and all(_adverb_word(p) for p in plain)
                        and (held := _action_after_enabling(self._words_before(sdoc, span.start, 3, texts)))):
                    # "will allow monitoring on a regular basis" -> 'allow monitoring regularly'
                    # reads as allowing it regularly: after a verb whose object is an action
                    # ('allow', 'enable', 'ensure'), the phrase describes that noun, and a one-word
                    # adverb goes with the verb instead (issue 17's 'allow mobilisation at pace',
                    # one reader wrong, met in every such entry): no swap, the note puts an
                    # adjective before the noun ('allow regular monitoring')
                    verb, noun = held
                    adjective = next((a for a in map(_adjective_of, plain) if a), "")
                    plain = []
                    rewrite = True
                    note = _ACTION_NOUN_NOTE.format(noun=noun, verb=verb) + (
                        f" ('{verb} {adjective} {noun}')." if adjective else ".")
                if (plain and not rewrite and (noun := _light_verb_noun(entry))
                        and self._referred_back(sdoc, span, texts)):
                    # "The council reached an agreement with the landlord. This was extended in
                    # June." -> 'agreed with the landlord. This was extended' leaves 'this' with
                    # nothing to point back to: a later sentence that opens on the noun or on
                    # 'this' or 'that' needs the noun kept; advice, no swap (issue 17, the
                    # independent readers' wrong)
                    plain = []
                    rewrite = True
                    note = _REFERRED_BACK_NOTE.format(noun=noun)
                if (plain and not rewrite and entry.pos == "phrase" and " " in entry.phrase
                        and prev_word in _STACKING_PREPOSITIONS
                        and any(p.split()[0].lower() in _PREPOSITION_SWAPS for p in plain)):
                    # "from April up to no later than March" -> 'up to by March': an alternative
                    # that is itself a preposition stacks on the one before ('from in excess of
                    # 300' -> 'from over 300' too); only the others ('more than'), else advice
                    # (the independent readers of set EE, pl wrong)
                    stacked = [p for p in plain if p.split()[0].lower() in _PREPOSITION_SWAPS]
                    plain = [p for p in plain if p.split()[0].lower() not in _PREPOSITION_SWAPS]
                    if not plain:
                        rewrite = True
                        note = _STACKED_NOTE.format(prev=prev_word, first=stacked[0],
                                                    choices=join_words([f"'{p}'" for p in stacked], last="or"))
                if (plain and not rewrite and not framed and entry.pos == "phrase"
                        and entry.phrase.split()[-1] in _STACKING_PREPOSITIONS
                        and any(p.split()[-1].lower() not in _CLAUSE_TAKING for p in plain)
                        and self._own_subject_clause(sdoc, span)):
                    # "progress in relation to the new rules being brought in": a noun phrase and
                    # a passive -ing participle is the noun with its description ('the rules that
                    # are being brought in'), which 'on' takes as well ('progress on the new rules
                    # being brought in'; the independent readers of set II, pl39 wrong)
                    # Not where the words open a clause ("On the new rules being brought in, the
                    # panel asked ...", after ';', ':' or 'that' too): there 'on' and an -ing
                    # participle read as a time, 'when the rules were brought in'
                    described = self._passive_description(sdoc, span)
                    opening = described and (prev_word in (";", ":", "that")
                                             or _sentence_initial(sdoc, span.start, texts))
                    takes = _CLAUSE_TAKING | {"on"} if described and not opening else _CLAUSE_TAKING
                    # "in the event of a hall being closed" -> 'if there is a hall being closed',
                    # "in the case of the library being shut" -> 'for the library being shut': a
                    # subject of its own and an -ing verb make a clause, which 'if there is', 'for'
                    # or 'in' do not take; only the alternatives that do ('without a chair being
                    # appointed'), else advice to rewrite as a clause (the independent readers
                    # of set EE, pl wrong)
                    unread = [p for p in plain if p.split()[-1].lower() not in takes]
                    plain = [p for p in plain if p.split()[-1].lower() in takes]
                    if not plain:
                        rewrite = True
                        words = [t.text for t in _tokens_after(sdoc, span, 6, lambda t: not t.is_alpha)]
                        upto = next((i for i, w in enumerate(words) if w.lower().endswith("ing")), 1)
                        note = _ON_TIME_NOTE if opening and any(p.lower() == "on" for p in unread) else \
                            _CLAUSE_NOTE.format(words=" ".join(words[:upto + 1]),
                                                choices=join_words([f"'{p}'" for p in unread], last="or"))
                if (plain and not rewrite and entry.pos == "phrase"
                        and any(p.split()[-1].lower() == "to" for p in plain)
                        and self._ing_verb_with_object(sdoc, span)):
                    # "a trial in relation to setting up and running a group" -> 'a trial to
                    # setting up and running' reads as an infinitive's 'to' before an -ing verb:
                    # the other alternatives ('for setting up'), else advice to use the plain
                    # form of the verb (the independent readers of set II, pl10 wrong)
                    infinitive = [p for p in plain if p.split()[-1].lower() == "to"]
                    plain = [p for p in plain if p.split()[-1].lower() != "to"]
                    if not plain:
                        rewrite = True
                        note = _TO_ING_NOTE.format(choices=join_words([f"'{p}'" for p in infinitive], last="or"))
                if (plain and not rewrite and prev_word in ("more", "most") and entry.pos not in ("noun", "verb")
                        and " " not in entry.phrase.strip() and not all(_takes_more(p) for p in plain)):
                    # "a more seamless service" -> 'a more smooth service': after 'more' or 'most'
                    # a short adjective takes -er or -est ('smoother'), so only the alternatives
                    # that take 'more' ('more detailed'), else advice naming the -er form (the
                    # independent readers of set EE, pl wrong); 'less smooth' reads, and stays
                    short = [p for p in plain if not _takes_more(p)]
                    plain = [p for p in plain if _takes_more(p)]
                    if not plain and all(p.lower() in _UNGRADED for p in short):
                        # "helping them to work more collaboratively" -> 'work more together':
                        # no -er form to name (_UNGRADED)
                        rewrite = True
                        note = _UNGRADED_NOTE.format(prev=prev_word, first=short[0],
                                                     choices=join_words([f"'{p}'" for p in short], last="or"))
                    elif not plain:
                        rewrite = True
                        note = _COMPARATIVE_NOTE.format(
                            prev=prev_word, first=short[0], compared=_comparative(short[0], prev_word == "most"),
                            choices=join_words([f"'{p}'" for p in short], last="or"))
                if (plain and not rewrite and prev_word in _DEGREE_BEFORE_UNGRADED
                        and entry.pos not in ("noun", "verb") and any(p.lower() in _UNGRADED for p in plain)):
                    # "partners will work less collaboratively" -> 'work less together': a word
                    # of no degree does not read after any word of degree (_UNGRADED)
                    short = [p for p in plain if p.lower() in _UNGRADED]
                    plain = [p for p in plain if p.lower() not in _UNGRADED]
                    if not plain:
                        rewrite = True
                        note = _UNGRADED_NOTE.format(prev=prev_word, first=short[0],
                                                     choices=join_words([f"'{p}'" for p in short], last="or"))
                if (plain and not rewrite and entry.pos in ("phrase", "adverb") and prev_word in _INSIDE_VERB_GROUP
                        and any(" " in p.strip() or p.lower() == "so" for p in plain)
                        and entry.phrase.split()[-1] not in _PHRASE_END_PARTICLES
                        and _participle_next(self._neighbour(sdoc, span.end, 1, texts))):
                    # "a response had thereafter been sent" -> 'had after that been sent': inside
                    # the verb group, between the auxiliary and the verb, only a one-word adverb
                    # reads ('had then been sent'); a phrase of several words goes after the verb
                    # or before the auxiliary (our own reading of the shown findings of sets
                    # EE..QR, brief plain17). Nor 'so', which there reads as a degree ('has
                    # thereby increased' -> 'has so increased', 'are consequently over-represented'
                    # -> 'are so over-represented')
                    inside = [p for p in plain if " " in p.strip() or p.lower() == "so"]
                    plain = [p for p in plain if " " not in p.strip() and p.lower() != "so"]
                    rewrite = not plain
                    if rewrite:
                        note = _VERB_GROUP_NOTE.format(choices=join_words([f"'{p}'" for p in inside], last="or"))
                if (plain and not rewrite and entry.pos == "verb" and any(_object_slot(p) for p in plain)
                        and not (form == "part" and prev_word in _BE) and _object_after(sdoc, span)):
                    # "Operationalise the service to deliver" -> 'Put into practice the service':
                    # the alternative's object goes inside it ('put the service into practice');
                    # before an object only the other alternatives, else none: advice naming the
                    # object-first form (the independent readers of set BB at 7e7f136, pl03 wrong)
                    slotted = [a for a in entry.alternatives if _object_slot(a)]
                    plain = [p for p in plain if not _object_slot(p)]
                    if not plain:
                        rewrite = True
                        words = slotted[0].split()
                        note = _SLOT_NOTE.format(verb=words[0], rest=" ".join(words[1:]))
                recast = (not plain and not rewrite and not entry.alternatives
                          and self._leaves_an_opener(sdoc, span))
                initial = _sentence_initial(sdoc, span.start, texts)
                suggestions = [match_case(p, matched, around, initial) for p in plain]
                if entry.severity_in_list is not None and (self._closes_a_list(sdoc, span)
                                                           or self._named_just_before(sdoc, span)
                                                           or self._names_in_next_sentence(sdoc, span)
                                                           or self._back_reference(sdoc, span, prev_word, texts)
                                                           or _named_in_paragraphs_before(analysed, bi, sdoc, span)):
                    cap = entry.severity_in_list
                elif entry.severity_in_list is not None:
                    if third_person is None:
                        third_person = _third_person(doc_text)
                    if third_person and (_clause_in_past(sdoc, span) or _told_before_now(sdoc, span)):
                        # "The Chair noted that engagement with stakeholders had concluded": a
                        # record of a meeting in the third person, told in the past, tells what
                        # was said and done there, and the minute-taker cannot say whom a speaker
                        # or a report meant (the independent readers of sets HH, II, JJ and LL:
                        # 8 of 10 readings of such findings pedantic); at most the list's
                        # severity, as in a list. A code or a report's advice in the present
                        # ('officials should identify the stakeholders') keeps its severity
                        cap = entry.severity_in_list
                if entry.severity_before_noun is not None and modifier:
                    cap = entry.severity_before_noun
                if entry.severity_after_be is not None and after_be:
                    cap = entry.severity_after_be
                if entry.severity_as_adjective is not None and as_adjective:
                    cap = entry.severity_as_adjective
                if entry.noun_object_note and not plain and self._noun_object(sdoc, span):
                    # "a charge made with a view to profit": a noun is the object, where advice
                    # of 'to' and a verb, or 'hoping to', does not fit; the wording is often a
                    # statute's test (the independent readers of set UV, pl11, pl31 wrong)
                    note = entry.noun_object_note
                    if entry.severity_noun_object is not None:
                        cap = entry.severity_noun_object
                if rule.category == "plain-words" and entry.pos == "phrase" and _to_a_numbered_part(sdoc, span):
                    # "In respect of item 5, members noted ...", "With regard to minute 7/24":
                    # a minute-taker's formula pointing to a numbered part; a suggestion
                    # (issue 17 class c, minutes' formulas)
                    cap = "suggestion"
                if rule.category == "plain-words" and entry.pos == "noun" and _after_a_name(sdoc, span):
                    # "our LMNS Equity and Equality workstream", "the Better Care Fund
                    # programme board": the word is the last of a strand's name, which the
                    # writer does not choose; a suggestion
                    cap = "suggestion"
                if rule.category == "plain-words":
                    if verbatim is None:
                        verbatim = _verbatim_record(doc_text)
                    if verbatim:
                        # "Ms Sharon Gallagher (Department of Health): ... I provided a short
                        # paper in advance of today's meeting": the official report of what a
                        # witness said, not the writer's to reword; a suggestion
                        cap = "suggestion"
                if rule.category == "plain-words" and declaring is None:
                    declaring = _declaration_hint(analysed.block_texts[bi])
                if rule.category == "plain-words" and (
                        (declaring and _declaration_formula(analysed.block_texts[bi], span))
                        or _declaration_item(block.section, analysed.block_texts[bi])):
                    # "declarations of interest in relation to any item": the standing wording
                    # of an agenda item or a minute, which the writer does not choose
                    cap = "suggestion"
                if rule.category == "plain-words" and notice is None:
                    notice = _status_notice(analysed.block_texts[bi])
                if rule.category == "plain-words" and notice:
                    cap = "suggestion"  # 'No responsibility is taken ... to any third party': a status notice
                if (rule.category == "plain-words" and entry.opening_clause is not None
                        and _resolution_limb(block.section, analysed.block_texts[bi], span)):
                    cap = "suggestion"  # '(ii) in relation to the report, to note ...': a minute's formula
                if rule.category == "plain-words" and block.kind == "list-item":
                    if lead_in is None:
                        lead_in = _list_lead_in(analysed, bi)
                    if lead_in and _earlier_resolution(lead_in):
                        cap = "suggestion"  # an item of a resolution passed on a date before, quoted
                if rule.category == "plain-words":
                    if legal is None:
                        legal = _legal_definitions(analysed.block_texts[bi])
                    if any(a <= span.start_char < b for a, b in legal) or _verbless_fragment(
                            block, analysed.block_texts[bi], block_texts[bi]) or _value_label(sdoc, span, texts):
                        # a statutory definition quoted word for word, or a bullet fragment with
                        # no verb ('Empowering communities'): at most a suggestion
                        cap = "suggestion"
                    elif entry.phrase.endswith(" to") and "to" in entry.alternatives and self._after_a_purpose_to(
                            sdoc, span, so_as=entry.phrase == "so as to"):
                        # "spoke to residents to understand their views in order to influence
                        # the plan": 'to' would stack a second purpose on the first ("their views
                        # to influence" misreads); the writer's 'in order to' keeps them apart
                        cap = "suggestion"
                    elif _NUMBERED_TITLE.match(analysed.block_texts[bi]) or _run_on_contents(doc_text, start, matched):
                        # "Priority 2: Identify and act on children's needs at the earliest
                        # opportunity": a strategy's numbered title, as published; "Contents 1.
                        # Introduction ... Engaging our Stakeholders 2. Planning ...": a contents
                        # list run into one line by the page's layout (fresh A-G pl34, pl04)
                        cap = "suggestion"
                    elif _bracket_label(sdoc, span):
                        # "actual income and spending against the final budget (outturn
                        # position)": the term in brackets names what the plain words before
                        # it said; the writer glosses it for the readers who use it
                        cap = "suggestion"
                out.append((entry, self._finding(rule, analysed, entry, start, end, matched, suggestions,
                                                 rewrite=rewrite, cap=cap, recast=recast, note=note, named=named)))
        out.sort(key=lambda pair: pair[1].start)
        return self._once_per_document(self._own_term(doc_text, self._said_again(analysed, out)))

    def _said_again(self, analysed, pairs) -> list:
        """A wordy phrase of several words said three times in one sentence ("concerns in terms of
        cost, in terms of staff and in terms of time") is padding any editor would cut, whatever
        the entry's own severity: the first of them is shown (a warning, saying how many times it
        comes), the others stay as they were (issue 17: the independent readers of set HH, pl10).
        Twice is not enough: on the corpus and sets EE to II a phrase said twice was often natural
        ('work carried out here and work carried out for others'), a formula ('by virtue of' in two
        declarations the layout ran together) or a fix that does not read ('4 hours per manager are
        required to' -> 'must'): 11 of 17 useful, one wrong. Only an entry of the wordy-phrase rule
        whose own severity is a suggestion (not one capped to it as standing wording or a
        quotation), and one-word entries never (a term said three times, 'prevalence' in a
        prevalence briefing, is the subject, not padding); entries found fewer than
        ``_SAID_AGAIN`` times in the document are skipped before any sentence is looked up."""
        counts: dict = {}
        own = {r.id: r.severity for r in self.rules}
        for entry, f in pairs:
            if f.severity == "suggestion" and f.rule == "wordy-phrase" and " " in entry.phrase and (
                    entry.severity or own.get(f.rule)) == "suggestion":
                counts.setdefault(id(entry), []).append(f)
        groups = [fs for fs in counts.values() if len(fs) >= _SAID_AGAIN]
        if not groups:
            return pairs
        starts = [x.start for x in analysed.sentences]
        for fs in groups:
            by_sentence: dict = {}
            for f in fs:
                by_sentence.setdefault(bisect.bisect_right(starts, f.start) - 1, []).append(f)
            for same in by_sentence.values():
                if len(same) >= _SAID_AGAIN:
                    same[0].severity = "warning"
                    same[0].message += f" It comes {len(same)} times in this one sentence."
        return pairs

    @staticmethod
    def _own_term(doc_text: str, pairs) -> list:
        """The document's own bodies or posts are named with the words in title case ('the
        Service User and Carer Council', 'our Service User Involvement Lead', 'the Patient and
        Client Council'): the words are
        the organisation's term, which its readers use; its other uses of them, suggestions of
        house style, are left (an independent reader called them pedantic on set F)."""
        own: dict = {}
        for entry, f in pairs:
            if f.severity != "suggestion" or f.category != "co-production":
                continue
            if id(entry) not in own:
                title = " ".join(w[:1].upper() + w[1:] for w in entry.phrase.split())
                stem = re.escape(title[:-1] if title.endswith("s") else title)
                # one word needs a capitalised word of the name before it too ('the Patient
                # and Client Council'), else any heading in title case would do
                lead = "" if " " in title else _TITLE_LEAD
                own[id(entry)] = (_title_term_in(lead, stem + r"s?(?:['’]s?)?[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][a-z]",
                                                 doc_text) or _defined_in_brackets(entry.phrase, doc_text))
        if not any(own.values()):
            return pairs
        return [(e, f) for e, f in pairs if not own.get(id(e)) or f.severity != "suggestion"
                or f.category != "co-production"]

    def _doc_spans(self, sdoc, matches, heading: bool, texts: list, text: str | None = None) -> list:
        """(span, rule, entry, surfaces) for each match of a block's Doc, the longest where they
        overlap, that passes every test reading the Doc alone (``heading``: the block is a
        heading; ``texts``: the Doc's token texts; ``text``: the text the Doc was made from,
        ``Analysed.block_texts``, else read from the Doc). These depend on the Doc and the block's kind
        only, so blocks of the same text share them (tests/test_speed_shortcuts_once.py); the
        tests of the words around the block (quotations running over paragraphs, the line
        the words are on) are the caller's."""
        out = []
        low = None  # the Doc's text in lower case, for the entries with a paragraph test (not_with)
        # is_address_token by the tokens' texts (their flags are their lexemes'), once per distinct text
        address = text_table(sdoc.vocab, is_address_text).__getitem__
        for match_id, s, e in longest_matches(matches):
            if any(map(address, texts[s:e])):
                continue
            span = sdoc[s:e]  # a Span only for the matches kept
            rule, entry, surfaces = self.table[match_id]
            if (entry.not_with is not None or entry.only_with is not None) and low is None:
                low = (sdoc.text if text is None else text).lower()  # once per Doc, not per match
            # a word glued to a URL or path fragment is not prose
            if span.start > 0 and sdoc[span.start - 1].text in ("/", "@", "#", "_") and not sdoc[span.start - 1].whitespace_:
                continue
            if _in_a_chain(sdoc, span):
                continue
            if not self._context_ok(entry, sdoc, span, texts, low):
                continue
            if entry.phrase.endswith(" to") and _infinitive_after(entry.phrase, sdoc, span, texts):
                continue
            if entry.pos == "verb" and not entry.as_noun and self._a_noun_here(sdoc, span):
                continue
            if self._word_cut_short(sdoc, span):
                continue
            if self._acronym_defined_here(sdoc, span):
                continue
            if _in_a_name(sdoc, span) if not heading else _possessive_name(sdoc, span):
                continue
            if entry.phrase in ("in order to", "so as to") and (
                    self._after_a_to_verb(sdoc, span) or self._after_a_degree_word(sdoc, span)):
                continue  # "reduce social contact in order to reduce the spread": 'to' would
                # read at first as the amount ("reduce social contact to ..."); "too often in
                # order to": 'too often to' reads as a degree, not an aim
            if _defined_here(sdoc, span) or (rule.category == "plain-words" and (
                    _named_here(sdoc, span, texts) or _spells_out_letters(sdoc, span, texts))):
                continue  # "Reaching a conclusion means ...", "(sometimes referred to as silo
                # working)": the words are named, not used
            if heading and _name_after_colon(sdoc, span):
                continue  # "Exception Report: Transforming Mental Health": a programme's name
            if entry.rule == "jargon" and _glossed_after(span, texts) and (
                    entry.pos != "verb" or self._participle_before_noun(sdoc, span, texts)):
                continue  # "co-located services, ie those found in a health centre": the term is
                # explained where it stands (the independent readers of set PP, pl11 pedantic)
            out.append((span, rule, entry, surfaces))
        return out

    def _split_findings(self, analysed, bi, block, sdoc, found) -> list:
        """Findings for split phrases ("take the views of residents into account" ->
        "consider the views of residents"): the object moves into the suggestion (``found``:
        :meth:`_split_matches` of the block's Doc)."""
        out = []
        quotes = analysed.quotations(bi) + analysed.quoted_law.get(bi, [])
        doc_text = analysed.document.text
        for rule, entry, form, i, end, tail_start in found:
            span = sdoc[i:end]
            if block.kind != "heading" and _in_a_name(sdoc, span):
                continue
            if any(a < span.start_char and span.end_char <= b for a, b in quotes):
                continue
            start, stop = block.start + span.start_char, block.start + span.end_char
            matched = doc_text[start:stop]
            obj = " ".join(sdoc[i + 1:tail_start].text.split())
            plain = []
            for alt in entry.alternatives:
                words = alt.replace("…", "").split()
                if not words:
                    continue
                verb = inflect(words[0], entry.pos, form)
                plain.append(" ".join([verb, *words[1:], obj]) if "…" in alt else alt)
            initial = _sentence_initial(sdoc, i)
            suggestions = [match_case(p, matched, "", initial) for p in plain]
            out.append((entry, self._finding(rule, analysed, entry, start, stop, matched, suggestions)))
        return out

    def _once_per_document(self, pairs) -> list:
        """A suggestion is a matter of house style ("clients", "looked after children"): a
        writer decides once per document, so where the rule's option ``suggestions-once`` is
        on, only the first use of each entry is reported, with the count of the others."""
        once = {r.id for r in self.rules if "suggestions-once" in r.options
                and r.option(self.config, "suggestions-once") is True}
        groups: dict = {}
        for entry, f in pairs:
            if f.severity == "suggestion" and f.rule in once:
                groups.setdefault((f.rule, id(entry)), []).append(f)
        drop = set()
        for fs in groups.values():
            if len(fs) > 1:
                first = fs[0]
                first.message += (f" It comes {len(fs)} times in this document: change every one, or keep "
                                  "them all if it is the term your readers use (only this first one is listed).")
                drop.update(id(f) for f in fs[1:])
        return [f for _, f in pairs if id(f) not in drop]

    def _across_breaks(self, sdoc, matches, texts) -> list:
        """A phrase broken across a line end is still the phrase, whatever the spaces around
        the break ("in order \\nto", "in order\\n  to"): spaCy makes the break and any spaces
        beside it a token of their own, which the phrase matcher will not skip. Where a block
        has such a token between two words, the words are matched again with it left out,
        and each match is mapped back to the block's tokens. Only where the words either
        side of such a token are next to each other in some phrase (``texts``: the block's
        token texts) could a match run across it; elsewhere nothing is matched again."""
        if not self.matcher.across_a_gap(texts):
            return matches
        from spacy.tokens import Doc

        keep = [t.i for t in sdoc if not t.is_space]
        if len(keep) < 2:
            return matches
        squeezed = Doc(sdoc.vocab, words=[sdoc[i].text for i in keep], spaces=[True] * len(keep))
        seen = {(m, s, e) for m, s, e in matches}
        extra = []
        for m, s, e in self.matcher(squeezed, prepared=True):
            s2, e2 = keep[s], keep[e - 1] + 1
            if e2 - s2 != e - s and (m, s2, e2) not in seen:  # only matches across a break
                extra.append((m, s2, e2))
        return sorted(matches + extra, key=lambda x: (x[1], x[2])) if extra else matches

    @staticmethod
    def _content_word_before(sdoc, span, any_word: bool = False):
        """The word just before the words (a space between at most) where it names a thing
        ("dementia", "asthma"), else None. With ``any_word`` (the entry's ``prev`` pattern
        has vetted it already) an -ing word counts too ("funding")."""
        j = span.start - 1
        if j < 0 or not sdoc[j].whitespace_:
            return None
        t = sdoc[j]
        w = t.lower_
        if (not t.is_alpha or len(w) < 3 or w in _FUNCTION_WORDS or w in _DETERMINERS or w in _NOUN_BEFORE
                or w.endswith("ly") or (w.endswith("ing") and not any_word) or t.is_upper):
            return None
        return t

    @staticmethod
    def _condition_word(w: str) -> bool:
        """Can ``w`` (lower case) name a condition before 'sufferers' ("dementia", "asthma")?
        Not a verb in any form ('meant', 'caused', 'helps'), a form of be or have, a pronoun,
        a number or an adjective of amount or kind ('several', 'fellow')."""
        if w in _NOT_CONDITIONS or w in _BE_HAVE or w in _SUBJECT_PRONOUNS or w in _OBJECT_PRONOUNS:
            return False
        if w.endswith("ed") or (w in _IRREGULAR_PASTS or w in _PARTICIPLES) and w not in _PLAIN_PASTS:
            return False
        return True

    @staticmethod
    def _role_word_before(sdoc, span, prev_word: str, texts: list) -> str | None:
        """The word just before the words where it tells of a role, habit or condition
        (context-words.toml [role-words]: 'reformed', 'recovering', 'former', 'heroin'), or a
        hyphened 'ex-' ('ex-addicts'); else None."""
        if prev_word in _ROLE_WORDS:
            return prev_word
        if prev_word == "-" and SubstitutionCheck._neighbour(sdoc, span.start - 2, -1, texts) in _ROLE_WORDS:
            return SubstitutionCheck._neighbour(sdoc, span.start - 2, -1, texts) + "-"
        if prev_word.isalpha() and span.start >= 3 and texts[span.start - 2] == "-":
            # 'long-term addicts': the hyphened word before, split in three tokens
            joined = f"{SubstitutionCheck._neighbour(sdoc, span.start - 3, -1, texts)}-{prev_word}"
            if joined in _ROLE_WORDS:
                return joined
        return None

    @staticmethod
    def _gerund_noun(sdoc, tok) -> bool:
        """Is an -ing word used as a noun, with no object after it ("in the event of flooding,",
        "in the event of flooding in the town")? 'being' and 'having' are always verbs."""
        if tok.lower_ in ("being", "having"):
            return False
        nxt = SubstitutionCheck._neighbour(sdoc, tok.i + 1, 1)
        return nxt == "" or not nxt[:1].isalnum() or nxt in _PREPOSITIONS

    @staticmethod
    def _echoed_nearby(sdoc, span, plain: str, texts: list) -> bool:
        """Is the one-word alternative (four letters or more), or its -ly, -s or -d form, among
        the eight words either side of the words in their sentence ("a local way of joining up
        locally")? ``texts``: the block's token texts, read instead of a Token per word (see
        :meth:`_neighbour`)."""
        w = plain.lower()
        if " " in w or len(w) < 4 or w in _FUNCTION_WORDS or w in _DETERMINERS:
            return False  # "in collaboration with" -> "with": a small word comes anywhere
        forms = {w, w + "ly", w + "s", w + "d", w + "ed", w.removesuffix("ly")}
        for step, start in ((-1, span.start - 1), (1, span.end)):
            j, seen = start, 0
            while 0 <= j < len(texts) and seen < 8:
                t = texts[j]
                if not t.isspace():
                    if t in _SENTENCE_END:
                        break
                    if t.lower() in forms:
                        return True
                    seen += 1
                j += step
        return False

    @staticmethod
    def _participle_before_noun(sdoc, span, texts: list) -> bool:
        """Is a verb entry's word an -ed form that describes the noun straight after it ('a range
        of co-located services', 'covers co-located services'), not the verb of a clause with its
        object ('the council co-located the teams') or after 'be' ('teams were co-located')?"""
        if not texts[span.end - 1].lower().endswith("ed"):
            return False
        before = SubstitutionCheck._neighbour(sdoc, span.start - 1, -1, texts)
        after = SubstitutionCheck._neighbour(sdoc, span.end, 1, texts)
        return (after.isalpha() and after not in _FUNCTION_WORDS
                and before not in _BE_HAVE and before not in _SUBJECT_PRONOUNS)

    @staticmethod
    def _prepositions_before(span, texts: list) -> set:
        """The topic's prepositions ('about', 'on': context-words.toml topic-prepositions) among
        the ten words before the words in their clause (back to a stop, a colon, a semicolon or
        a bracket). ``texts``: the block's token texts."""
        j, seen, found = span.start - 1, 0, set()
        while j >= 0 and seen < 10:
            t = texts[j]
            j -= 1
            if t.isspace():
                continue
            if t in _SENTENCE_END or t in ("(", ")"):
                break
            if t.lower() in _TOPIC_PREPOSITIONS:
                found.add(t.lower())
            seen += 1
        return found

    @staticmethod
    def _after_a_to_verb(sdoc, span) -> bool:
        """Is there a verb such as 'reduce' or 'refer' (context-words.toml [to-verbs]) just
        before a short object (one to three words, no punctuation or preposition) before the
        words ("reduce social interaction in order to")? Not over a longer stretch ("extended
        resources beyond the original commission in order to"): 'to' no longer reads as
        the verb's."""
        j = span.start - 1
        seen = 0
        while j >= 0 and seen < 4:
            t = sdoc[j]
            if not t.is_space:
                if t.is_punct or t.lower_ in _PREPOSITIONS:
                    return False
                if t.lower_ in _TO_VERBS:
                    return seen > 0  # an object between: "reduce contact in order to"
                if not seen and t.lower_ in _DESTINATION_VERBS and SubstitutionCheck._neighbour(sdoc, j - 1, -1) in _BE:
                    # a passive ("after being discharged in order to improve": 'discharged to
                    # improve' reads as a destination)
                    return True
                seen += 1
            j -= 1
        return False

    @staticmethod
    def _after_a_degree_word(sdoc, span) -> bool:
        """Is there 'too' or 'so' before a word, or 'enough', in the three words before the
        words, no mark between ("should not be held too often in order to keep it special",
        "arrived early enough in order to")? A bare 'to' there reads as the degree's own 'to'
        ("too often to keep it special": so often that it cannot), not as an aim (both
        independent readers of set LL, pl22). 'did so in order to', with no word between, is
        an aim."""
        j = span.start - 1
        seen = 0
        while j >= 0 and seen < 3:
            t = sdoc[j]
            if not t.is_space:
                if t.is_punct:
                    return False
                low = t.lower_
                if low == "enough" or (seen > 0 and low in ("too", "so")):
                    return True
                seen += 1
            j -= 1
        return False

    @staticmethod
    def _after_a_purpose_to(sdoc, span, so_as: bool = False) -> bool:
        """Is there a 'to' and a verb with its object ("to understand their views") in the ten
        words before the words, no mark between? Or a chain of two such 'to's, each before a
        word that is not a function word, in the twenty words before ("To support families to
        make informed choices in order to provide ...": 'to' would read as "choices to
        provide")?"""
        j = span.start - 1
        seen = 0
        chain = 0
        while j >= 0 and seen < 20:
            t = sdoc[j]
            if not t.is_space:
                if t.is_punct:
                    return False
                if (t.lower_ == "to" and j + 2 < span.start and sdoc[j + 1].is_alpha
                        and not (j > 0 and sdoc[j - 1].lower_ in _TO_COMPLEMENTS)
                        and sdoc[j + 1].is_lower and sdoc[j + 1].lower_ not in _FUNCTION_WORDS):
                    if seen < 10 and (sdoc[j + 2].lower_ in _DETERMINERS or (
                            so_as and not _NOUN_ENDING.search(sdoc[j + 1].lower_))):
                        # "changed to meet future requirements so as to reduce costs": 'to'
                        # would attach to the noun before it ("requirements to reduce"); the
                        # writer's 'so as to' keeps the two purposes apart (set M pl05)
                        return True
                    chain += 1
                    if chain == 2:
                        return True
                seen += 1
            j -= 1
        return False

    @staticmethod
    def _opens_a_resolution(sdoc, span) -> bool:
        """Do the words follow the 'That' opening a minuted resolution, whose verb is a bare
        'be' ("That in respect of recommendation 2, use of the procedure be authorised")?"""
        j = span.start - 1
        while j >= 0 and (sdoc[j].is_space or sdoc[j].text == ","):
            j -= 1
        if j < 0 or sdoc[j].text != "That" or not _sentence_initial(sdoc, j):
            return False
        rest = []
        for t in sdoc[span.end:span.end + 60]:
            if t.text in _SENTENCE_END and not _glued_hyphen(sdoc, t.i):
                break
            rest.append(t.text_with_ws)
        return _RESOLUTION_BE.search("".join(rest)) is not None

    @staticmethod
    def _opens_a_clause(sdoc, span, prev_word: str) -> bool:
        """Do the words open a clause, at the start of a sentence or after 'that' (a comma
        between or not), with a comma closing them within 15 words and no sentence end
        between ("stated that in regard to the costs, rents were low")?"""
        if prev_word == ",":
            j = span.start - 1
            while j >= 0 and (sdoc[j].is_space or sdoc[j].text == ","):
                j -= 1
            prev_word = sdoc[j].lower_ if j >= 0 else ""
        if prev_word != "that" and (not _sentence_initial(sdoc, span.start) or _opens_an_aside(sdoc, span)):
            return False
        for t in sdoc[span.end:span.end + 15]:
            if t.text == ",":
                return True
            if (t.text in _SENTENCE_END or t.text in (";", ":")) and not _glued_hyphen(sdoc, t.i):
                # a hyphen inside a word ('In relation to long-term conditions, data ...')
                # ends nothing
                return False
        return False

    @staticmethod
    def _opens_inside(sdoc, span) -> bool:
        """Is the mark or word before the words (a comma passed over) 'that' or ';': a clause
        opening inside the sentence ("advised that with regard to Under 5s, ...")?"""
        j = span.start - 1
        while j >= 0 and (sdoc[j].is_space or sdoc[j].text == ","):
            j -= 1
        return j >= 0 and sdoc[j].lower_ in ("that", ";")

    @classmethod
    def _bare_opener(cls, sdoc, span) -> bool:
        """Do the words open their sentence with no comma, semicolon or colon before its end,
        and four words or more after them, and no -ing word right after the words unless a
        name with 'the' follows it ("In relation to dredging the Harbourmaster
        confirmed ...": the -ing word is the topic, the name the subject)?"""
        if not _sentence_initial(sdoc, span.start) or _opens_an_aside(sdoc, span):
            return False
        words = 0
        for t in sdoc[span.end:]:
            if t.text in (",", ";", ":"):
                return False
            if t.text in _SENTENCE_END and not _glued_hyphen(sdoc, t.i):
                break
            words += t.is_alpha
        if words < 4:
            return False
        verb = cls._ing_after(sdoc, span)
        if verb is None:
            return True
        # (with no comma, what follows the -ing word may be its object or the main clause:
        # '_gerund_noun' cannot tell, so only a name with 'the' is taken as the subject)
        nxt = [t for t in sdoc[verb[0].i + 1:verb[0].i + 5] if not t.is_space][:2]
        return len(nxt) == 2 and nxt[0].lower_ in _DETERMINERS and _capitalised(nxt[1]) and not nxt[1].is_upper

    @staticmethod
    def _people_soon_after(sdoc, span) -> bool:
        """Is one of the three words after the words a word for people or bodies ('In respect
        of children the council must')?"""
        words = [t.lower_ for t in sdoc[span.end:span.end + 6] if t.is_alpha][:3]
        return any(w in _PEOPLE_AND_BODIES for w in words)

    @staticmethod
    def _people_opened(sdoc, span) -> bool:
        """Is the noun phrase after the words (up to a comma or a word that opens a phrase or
        clause after it) headed by people or bodies ("In respect of Service children,", "With
        respect to businesses that produce waste,")?"""
        head = ""
        for t in sdoc[span.end:span.end + 15]:
            if t.is_space:
                continue
            if not (t.is_alpha or "-" in t.text) or t.lower_ in _TAIL_OPENERS or t.lower_ in _LINKS_AFTER_A_NOUN:
                break
            head = t.lower_
        return head in _PEOPLE_AND_BODIES

    @staticmethod
    def _relative_after(sdoc, span) -> bool:
        """Does a relative clause follow the words ("a decision which works", "a decision that
        works for all")? 'which', 'whom' and 'whose' always start one; 'that' does unless a
        determiner or a pronoun follows it ("decide that the plan ..." is a statement)."""
        nxt = SubstitutionCheck._neighbour(sdoc, span.end, 1)
        if nxt in ("which", "whom", "whose"):
            return True
        if nxt != "that":
            return False
        j = span.end
        while j < len(sdoc) and sdoc[j].lower_ != "that":
            j += 1
        after = SubstitutionCheck._neighbour(sdoc, j + 1, 1)
        return after not in _OF_BEFORE and after not in ("we", "they", "he", "she", "i", "there", "a", "an")

    @staticmethod
    def _repeats_a_neighbour(sdoc, span, plain: str, texts: list) -> bool:
        """Is the alternative the word just after or before the words, over a comma or 'and'
        ("deliverable, achievable and measurable" -> "achievable, achievable")? Then another
        alternative is offered where there is one. ``texts``: the block's token texts, read
        instead of a Token per word (see :meth:`_neighbour`)."""
        if " " in plain:
            return False
        w = plain.lower()
        after = SubstitutionCheck._neighbour(sdoc, span.end, 1, texts)
        if after in (",", "and", "or"):
            j = span.end
            while j < len(texts) and (texts[j].isspace() or texts[j].lower() != after):
                j += 1
            after = SubstitutionCheck._neighbour(sdoc, j + 1, 1, texts)
        before = SubstitutionCheck._prev_word(sdoc, span.start, texts)
        if before in (",", "and", "or"):
            j = span.start - 1
            while j >= 0 and (texts[j].isspace() or texts[j].lower() != before):
                j -= 1
            before = SubstitutionCheck._prev_word(sdoc, j, texts)
        return w in (after, before)

    @staticmethod
    def _groups_listed_after(sdoc, j) -> bool:
        """From token ``j``, is the next item of a list a group of people: up to three words
        (no small function word, no -ing verb), then a comma, 'and' or 'or', with a group of
        context-words.toml [named-groups] in that item or the next ("stakeholders, service
        providers and service users", "stakeholders, local employers and bus users")?"""
        words, joined, named = 0, False, False
        while j < len(sdoc) and words < 7:
            t = sdoc[j]
            j += 1
            if t.is_space:
                continue
            w = t.lower_
            if w in _JOINS:
                if words == 0 or (joined and named):
                    break
                joined = True
                continue
            if not t.is_alpha or w in _FUNCTION_WORDS or (not joined and w.endswith("ing")):
                break
            words += 1
            named = named or w in _NAMED_GROUPS
        return joined and named

    @staticmethod
    def _closes_a_list(sdoc, span) -> bool:
        """Does the sentence already say who the words stand for? They close a list of named
        groups ("residents, partners and stakeholders", "service users, staff and other
        stakeholders", "internal and external stakeholders", "VCSE, NHS and local authority
        stakeholders"), follow a name that says whose they are ("NHS stakeholders"), open a
        list or a pair ("Stakeholders include NHS staff, trusts ...", "stakeholders such as
        schools", "stakeholders and partners", "strategic stakeholders and the public"), or
        stand before a noun that the next words spell out ("stakeholder workshops, comprising
        representatives of the local community"). Over adjectives and sector nouns before
        them, the word before is 'and', 'or', a comma, 'other' or a capitalised word in
        mid-sentence; after them (and up to two words of a noun they qualify, and a comma)
        comes a word that names their members ('include', 'such as', 'comprising' ...), or
        'and'/'or' with a group of people (context-words.toml [named-groups])."""
        if SubstitutionCheck._members_named_after(sdoc, span):
            return True
        j = span.end
        nouns = 0
        comma = False
        while j < len(sdoc):
            t = sdoc[j]
            if t.is_space:
                j += 1
                continue
            w = t.lower_
            if w in _NAMING_MEMBERS:
                # "stakeholder feedback included ..." names no one: after a noun, only past a comma
                return nouns == 0 or comma
            if w in ("who", "that", "with") and nouns == 0 and not comma:
                # "stakeholders who work in local communities to provide care", "stakeholders
                # with an interest in ...": a clause that says what they do says who they are
                k = j + 1
                while k < len(sdoc) and sdoc[k].is_space:
                    k += 1
                nxt = sdoc[k].lower_ if k < len(sdoc) else ""
                if (w == "with" and nxt in ("an", "a")) and k + 1 < len(sdoc):
                    k += 1
                    while k < len(sdoc) and sdoc[k].is_space:
                        k += 1
                    nxt = sdoc[k].lower_ if k < len(sdoc) else ""
                if nxt in _SAYS_WHAT_THEY_DO:
                    return True
                break

            if w in ("and", "or", "&") and nouns == 0 and not comma:
                k = j + 1
                skipped = 0
                # past up to two words that describe the group ("and neighbouring authorities",
                # "and the other statutory bodies": the independent readers of set GH, pl36)
                while k < len(sdoc) and (sdoc[k].is_space or (skipped < 2 and (
                        sdoc[k].lower_ in ("the", "other", "wider", "local") or sdoc[k].lower_ in _LIST_ADJECTIVES
                        or (sdoc[k].is_alpha and sdoc[k].is_lower
                            and sdoc[k].lower_.endswith((*_ADJECTIVE_ENDS, "ing")))))):
                    skipped += 0 if sdoc[k].is_space else 1
                    k += 1
                if k < len(sdoc) and sdoc[k].lower_ in _NAMED_GROUPS:
                    return True
                break
            if w == "," and not comma:
                if nouns == 0 and SubstitutionCheck._groups_listed_after(sdoc, j + 1):
                    # "engagement with stakeholders, service providers and service users": the
                    # word opens a list of named groups and stands for the rest of them (the
                    # independent reader of set N, pl44 pedantic)
                    return True
                comma = True
            elif not comma and nouns < 2 and t.is_alpha and t.is_lower and w not in _FUNCTION_WORDS:
                nouns += 1
            else:
                break
            j += 1
        skipped = 0
        for j, t in _words_back(sdoc, span.start - 1):
            w = t.lower_
            if w in ("and", "or", ",", "other", "&"):
                return True
            if t.is_alpha and not t.is_lower and _capitalised(t) and not _sentence_initial(sdoc, j):
                return True  # "NHS stakeholders", "Council stakeholders": whose they are is said
            if skipped < 3 and t.is_alpha and t.is_lower and (
                    w in _LIST_ADJECTIVES or w in _SECTOR_NOUNS or w.endswith(_ADJECTIVE_ENDS)):
                skipped += 1  # an adjective or a sector ("local", "external", "authority"): look past it
                continue
            return False
        return False

    @staticmethod
    def _members_named_after(sdoc, span) -> bool:
        """Do the words right after the group say who is in it, past a place or a sector? A
        name with 'the' after 'in', 'within' or 'from' ("internal stakeholders in the GET and
        CYPE directorates", "stakeholders from the NHS"), or, within twelve words and the same
        sentence, a comma or an opening bracket before a word that names members ("stakeholders
        across Wales, including NHS health boards ...", "stakeholders (including the public,
        the service users ...)"). Not a place alone ("stakeholders across Kent") and not a list
        further on ("stakeholders. They included ...")."""
        words = _tokens_after(sdoc, span, 13, lambda t: t.text in _SENTENCE_END)
        if len(words) >= 3 and words[0].lower_ in ("in", "within", "from") and words[1].lower_ == "the" \
                and _capitalised(words[2]):
            return True
        if words and words[0].lower_ == "from":
            # "stakeholders from across mental health, housing and the voluntary sector": fields
            # or sectors listed, in lower case, straight after 'from' (or 'from across'); not a
            # place ('from across the county', 'from Kent and Medway') nor a vague word ('from
            # different sectors and ...') (own pages of session 17, brief plain: pedantic)
            k = 2 if len(words) > 1 and words[1].lower_ == "across" else 1
            first = words[k] if k < len(words) else None
            if (first is not None and first.is_alpha and first.is_lower and first.lower_ not in _FUNCTION_WORDS
                    and first.lower_ not in _DETERMINERS and first.lower_ not in _VAGUE_FROM):
                run = words[k + 1:k + 7]
                return any(t.lower_ in ("and", ",") for t in run)
        for a, b in zip(words, words[1:]):
            if a.text in (",", "(") and b.lower_ in _NAMING_MEMBERS:
                return True
        for i, a in enumerate(words[:10]):
            if a.lower_ in _BE or a.lower_ in _NAMING_MEMBERS:
                # "the main stakeholder bodies in this study are the Agency and the Council": the
                # group said to be named bodies, a name (past 'the') straight after the verb
                # (the independent readers of set CC at 1a56d4d, pl41 pedantic)
                rest = [t for t in words[i + 1:i + 3] if t.lower_ != "the"]
                return bool(rest) and rest[0].is_alpha and _capitalised(rest[0])
        return False

    @staticmethod
    def _names_in_next_sentence(sdoc, span) -> bool:
        """Does the next sentence of the paragraph name two bodies or more in one list, each
        a run of capitalised words, the second straight after the first and a comma ("... impressed by the
        engagement of stakeholders. The process had included meetings with Public Health
        England, the county's NHS trust and Thames Valley Police")? Then the reader has who
        they are a line on (the independent readers of set S, pl06, pedantic)."""
        j = span.end
        n = len(sdoc)
        while j < n and sdoc[j].text not in _SENTENCE_END:
            j += 1
        joined = 0
        prev = before = ""  # the two tokens before, white space passed over
        first = True
        for t in sdoc[j + 1:j + 61]:
            if t.is_space:
                continue
            if t.text in _SENTENCE_END:
                break
            if first:
                first = False  # its first word has a capital anyway
            elif (t.is_alpha and t.text[0].isupper() and prev == ","
                  and before[:1].isupper() and before.isalpha()):
                # a name straight after another name and a comma: a list of names ('and' joins
                # words inside one name too: 'the Institute for Health and Care Research')
                joined += 1
            before, prev = prev, t.text
        return joined >= 1

    @staticmethod
    def _named_just_before(sdoc, span) -> bool:
        """Does the sentence before, in the same paragraph, name the people in a list of two
        groups or more ("... directly involving our tenants, residents and leaseholders in
        the issues that affect them. It involves consultation of a whole range of
        stakeholders.", "public, carer, patient, service user and stakeholder involvement")?
        Then the reader has them: 'say who you mean' is met. The groups must stand in one
        list, joined by commas, 'and' or 'or' with at most one other word before each
        ('service user'); groups named apart ('people with a learning disability ... their
        GP and practice staff') are no list."""
        words = []
        ends = 0
        for _, t in _words_back(sdoc, span.start - 1):
            if t.lower_ in (".", "!", "?"):
                ends += 1
                if ends == 2:
                    break
                continue
            if ends == 1:
                words.append(t.lower_)
        return _groups_joined(reversed(words))

    @staticmethod
    def _singular_determined(sdoc, span) -> bool:
        """Does a determiner that may stand before a singular noun come before the words, over
        up to two adjectives ("the stakeholder", "every key stakeholder", "our stakeholder")?
        Not a plural one nor none ("two informal stakeholder workshops", "these stakeholder
        events", "Stakeholder workshops were held"): there the singular word qualifies the
        noun after it."""
        skipped = 0
        for _, t in _words_back(sdoc, span.start - 1):
            w = t.lower_
            if w in _PLURAL_DETERMINERS or t.like_num:
                return False
            if w in _DETERMINERS or w in _NOUN_BEFORE or w in _POSSESSIVE:
                return True
            if skipped < 2 and t.is_alpha and t.is_lower and w not in _FUNCTION_WORDS:
                skipped += 1
                continue
            return False
        return False

    @staticmethod
    def _a_noun_here(sdoc, span) -> bool:
        """A verb's word used as a noun ("our focus", "the impact", "this endeavour"): the
        plain verb would not fit. Told by a determiner or possessive just before it, where
        the words are the verb's plain or -s form (a noun's shape)."""
        if len(span) != 1 or span[0].lower_.endswith(("ed", "ing")):
            return False
        return SubstitutionCheck._neighbour(sdoc, span.start - 1, -1) in _NOUN_BEFORE

    @staticmethod
    def _acronym_defined_here(sdoc, span) -> bool:
        """An acronym in brackets just after its long form ("Black and Minority Ethnic
        (BAME) groups"): that is the definition, not a use; the uses after it are found."""
        if not span.text.isupper() or len(span) != 1:
            return False
        return (span.start > 0 and sdoc[span.start - 1].text in ("(", "[")
                and span.end < len(sdoc) and sdoc[span.end].text in (")", "]"))

    @staticmethod
    def _word_cut_short(sdoc, span) -> bool:
        """The words are the start of a longer word cut by a PDF's layout ("Commence d Oct
        2024"): a single letter other than 'a' or 'I' follows after a space, ending no
        sentence and starting no abbreviation ("e.g.")."""
        j = span.end
        if j >= len(sdoc) - 0 or not span[-1].whitespace_:
            return False
        t = sdoc[j]
        if len(t.text) != 1 or not t.is_alpha or not t.is_lower or t.text in "ai":
            return False
        nxt = sdoc[j + 1].text if j + 1 < len(sdoc) else ""
        return nxt not in (".", ")", "'", "’", ",")

    @staticmethod
    def _ing_after(sdoc, span):
        """(token, plain form) of an -ing verb just after the words, or None. One adverb may
        come between ("with the intention of only making" -> "to only make"): it stays with
        the verb."""
        j = span.end
        while j < len(sdoc) and sdoc[j].is_space:
            j += 1
        adverb = ""
        if (j + 1 < len(sdoc) and sdoc[j].is_alpha and not sdoc[j + 1].is_space
                and (sdoc[j].lower_ in _ADVERBS_BEFORE_ING or sdoc[j].lower_.endswith("ly"))
                and sdoc[j + 1].lower_.endswith("ing")):
            adverb = sdoc[j].text + " "
            j += 1
        if j < len(sdoc) and sdoc[j].is_alpha and sdoc[j].lower_.endswith("ing"):
            base = base_of_ing(sdoc[j].lower_)
            if base:
                return sdoc[j], adverb + base
        return None

    def _back_reference(self, sdoc, span, prev_word: str, texts) -> bool:
        """Do the words, plural, point back to people the paper has named, 'the', 'these' or
        'those' straight before them and no words after them that say who they are ('the fees
        will be discussed with the stakeholders in the same way as last year'; not 'the
        stakeholders of the scheme', 'the stakeholders who took part')? The reader has them
        already (the independent readers of set W, pl29, both pedantic)."""
        if prev_word not in _DEMONSTRATIVES or not span.text.lower().endswith("s"):
            return False  # (one of them, 'the stakeholder agrees to the terms', is no group named before)
        return self._neighbour(sdoc, span.end, 1, texts) not in _DEFINING_AFTER

    @staticmethod
    def _on_a_document(sdoc, span) -> bool:
        """Is the noun after the words, with 'the', 'this' or a possessive before it or not, one
        of a written document ('this document', 'the report')?"""
        words = _tokens_after(sdoc, span, 3, lambda t: not t.is_alpha)
        if words and words[0].lower_ in _DETERMINERS:
            words = words[1:]
        return bool(words) and words[0].lower_ in _DOCUMENT_NOUNS

    @staticmethod
    def _on_a_time(sdoc, span) -> bool:
        """Is the noun after the words, with 'the', 'this', 'that' or a possessive before it
        or not, one of a time or an event ('the meeting', 'Monday', 'their arrival'), where
        'on' put in their place reads as a time?"""
        words = _tokens_after(sdoc, span, 3, lambda t: not t.is_alpha)
        if words and words[0].lower_ in _DETERMINERS:
            words = words[1:]
        return bool(words) and words[0].lower_ in _ON_TIME_NOUNS

    @staticmethod
    def _unread_ing_after(sdoc, span) -> bool:
        """Is the word just after the words an -ing word whose plain form cannot be told,
        with more words after it in its clause (a verb with an object: 'upcycling waste'; not a
        noun closing it: 'in the event of flooding,')?"""
        j = span.end
        while j < len(sdoc) and sdoc[j].is_space:
            j += 1
        if j + 1 >= len(sdoc) or not sdoc[j].is_alpha or not sdoc[j].lower_.endswith("ing"):
            return False
        if sdoc[j].lower_ in _ING_PREPOSITIONS or len(sdoc[j].text) < 6:
            return False
        k = j + 1
        while k < len(sdoc) and sdoc[k].is_space and "\n" not in sdoc[k].text:
            k += 1
        return k < len(sdoc) and sdoc[k].is_alpha and sdoc[k].lower_ not in _LIST_JOINS

    @staticmethod
    def _ing_sibling(sdoc, verb) -> bool:
        """Does another -ing verb, joined by 'and', 'or' or a comma, follow the -ing verb
        ``verb`` in its clause ("with a view to identifying gaps and promoting financial
        inclusion")? The two go together after the words, and a swap that puts 'to' before the
        first only ('to identify gaps and promoting') breaks the pair (set N pl02). An -ing
        preposition ('including', 'following') joins nothing."""
        j, n = verb.i + 1, len(sdoc)
        while j < n:
            t = sdoc[j]
            j += 1
            if t.is_space:
                if "\n" in t.text:
                    return False
                continue
            if t.text in _CLAUSE_ENDS:
                return False
            if t.lower_ not in _LIST_JOINS:
                continue
            k = j
            # 'and to promoting', 'and then promoting', 'or, where needed, promoting'
            while k < n and (sdoc[k].is_space or sdoc[k].lower_ in _LIST_JOINS or sdoc[k].lower_ in ("to", "of")
                             or sdoc[k].lower_ in _ADVERBS_BEFORE_ING or sdoc[k].lower_.endswith("ly")):
                k += 1
            if (k < n and sdoc[k].is_alpha and sdoc[k].lower_.endswith("ing")
                    and sdoc[k].lower_ not in _ING_PREPOSITIONS and base_of_ing(sdoc[k].lower_)):
                return True
        return False

    @staticmethod
    def _subject_then_ing(sdoc, span) -> bool:
        """Do the words after ``span`` open a clause whose -ing verb has its own subject ("with a
        view to it being published", "with a view to the building being sold")? A determiner or
        a pronoun, then 'being', 'having' or 'getting' within three more words (no punctuation
        between); or a pronoun that is no determiner and an -ing verb straight after it ("with a
        view to them taking").
        ('the new funding arrangements', 'its existing site' are no clause.)"""
        return SubstitutionCheck._own_subject_ing(SubstitutionCheck._four_words_after(sdoc, span))

    @staticmethod
    def _noun_object(sdoc, span) -> bool:
        """Is a noun the object of the words, with no verb after them: a word first, not an
        -ing verb, not a plain verb that is seldom a noun (the writer's slip 'with a view to
        have'), and no -ing word among the four words after before any mark (a clause of its
        own, 'with a view to the council becoming an employer')? Asked only for the entries
        with a noun_object_note."""
        t = _word_after(sdoc, span)
        if t is None or not t.is_alpha or t.lower_ in _INFINITIVE_VERBS:
            return False
        words = _tokens_after(sdoc, span, 4, lambda t: not t.is_alpha)
        return not any(w.lower_.endswith("ing") and base_of_ing(w.lower_) for w in words)

    @staticmethod
    def _own_subject_clause(sdoc, span) -> bool:
        """Do a subject of its own and an -ing verb follow ``span`` ("in the event of a hall being
        closed", "in the case of Parkside Library having no staff")? A word that opens a noun
        phrase, then 'being' or 'having' within five words (no punctuation between), or the
        reading of :meth:`_subject_then_ing`. An -ing word first is the entry's own frame
        (before_ing), and 'a building fire' no clause."""
        tokens = _tokens_after(sdoc, span, 6, lambda t: not t.is_alpha)
        words = [t.lower_ for t in tokens]
        if len(words) < 2 or words[0].endswith("ing"):
            return False
        if SubstitutionCheck._own_subject_ing(words[:4]):
            return True
        # the first word opens a noun phrase: a determiner, a name, a plural ('members being
        # absent'); not a verb after an infinitive's 'to' ('are required to assess whether the
        # education being provided')
        opens = (words[0] in _NOUN_BEFORE or words[0] in _OF_BEFORE or words[0] in _DETERMINERS
                 or tokens[0].text[:1].isupper() or (words[0].endswith("s") and not words[0].endswith("ss")))
        return opens and any(w in ("being", "having") for w in words[1:])

    @staticmethod
    def _passive_description(sdoc, span) -> bool:
        """Do a noun phrase opened by a determiner ('the', 'any', 'our') and a passive -ing
        participle follow ``span`` ('the new rules being brought in', 'any changes being made',
        and in the perfect, 'the draft order having been made'), with no punctuation between?
        That is a noun with its description, not a clause; a pronoun ('it being made') is left
        to the clause reading."""
        words = [t.lower_ for t in _tokens_after(sdoc, span, 7, lambda t: not t.is_alpha)]
        if len(words) < 3 or words[0] not in _NOUN_BEFORE:
            return False  # (a pronoun, 'it being made', has no room for a noun before 'being')
        i = next((k for k, w in enumerate(words) if w == "being"), None)
        if i is None:  # 'having been' and the participle: the same description, done
            i = next((k + 1 for k, w in enumerate(words[:-1]) if w == "having" and words[k + 1] == "been"), None)
        return (i is not None and i >= 2 and i + 1 < len(words)
                and (words[i + 1] in _PARTICIPLES or words[i + 1].endswith("ed")))

    @staticmethod
    def _four_words_after(sdoc, span) -> list:
        """The lower-case words after ``span``, up to four, stopping at punctuation."""
        return [t.lower_ for t in _tokens_after(sdoc, span, 4, lambda t: not t.is_alpha)]

    @staticmethod
    def _own_subject_ing(words: list) -> bool:
        """:meth:`_subject_then_ing` on the words after the span."""
        if len(words) < 2 or words[0] not in _OF_BEFORE:
            return False
        if words[0] not in _NOUN_BEFORE and words[1].endswith("ing") and base_of_ing(words[1]):
            return True  # 'it', 'them', 'us', 'those' ... before an -ing verb
        return any(w.endswith("ing") and w in _BE_HAVE for w in words[1:])  # 'being', 'having', 'getting'

    @staticmethod
    def _subject_then_being(sdoc, span) -> bool:
        """Does a subject of its own and an -ing verb follow ``span`` ("prior to it being
        presented", "prior to a decision being taken", "prior to Cabinet having agreed")? The
        reading of :meth:`_subject_then_ing`, or a word not ending in -ing, then 'being' or
        'having' within three more words (no punctuation between)."""
        words = SubstitutionCheck._four_words_after(sdoc, span)  # read once for both readings
        if SubstitutionCheck._own_subject_ing(words):
            return True
        return (len(words) >= 2 and not words[0].endswith("ing")
                and any(w in ("being", "having") for w in words[1:]))

    @classmethod
    def _ing_verb_after(cls, sdoc, span) -> bool:
        """Is an -ing verb with an object just after the words ('requesting a call in'), not
        an -ing noun ('parking,')?"""
        verb = cls._ing_after(sdoc, span)
        return verb is not None and not cls._gerund_noun(sdoc, verb[0])

    @classmethod
    def _ing_verb_with_object(cls, sdoc, span) -> bool:
        """Is the word just after the words an -ing verb that plainly is one: a determiner or a
        pronoun after it ('making the forms shorter'), a particle ('setting up'), or 'and' or
        'or' and another -ing word ('establishing and adopting')? Not an -ing word before a
        noun ('waiting lists', 'training and development')."""
        verb = cls._ing_after(sdoc, span)
        if verb is None:
            return False
        after = [t.lower_ for t in _tokens_after(sdoc, sdoc[verb[0].i:verb[0].i + 1], 2,
                                                   lambda t: not t.is_alpha)]
        if not after:
            return False
        if after[0] in ("and", "or"):
            return len(after) > 1 and after[1].endswith("ing") and base_of_ing(after[1]) is not None
        return after[0] in _NOUN_BEFORE or after[0] in _OF_BEFORE or after[0] in _ING_PARTICLES

    @staticmethod
    def _in_a_verb_slot(sdoc, span) -> bool:
        """Does the word stand where a verb goes: after a modal ('will outturn'), or after 'to'
        that follows a word taking a verb ('forecast to outturn', 'plan to baseline'), or after
        'to' with an object after it ('to baseline the data')? An adverb may come between
        ('will not outturn')."""
        back = [t.lower_ for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 4)]
        while back and back[0] in _ADVERBS:
            back = back[1:]
        if not back:
            return False
        if back[0] in _MODAL_SLOTS:
            return True
        if back[0] != "to":
            return False
        if len(back) > 1 and back[1] in _VERB_SLOTS:
            return True
        nxt = _word_after(sdoc, span)
        return nxt is not None and nxt.lower_ in _OBJECT_STARTS

    @staticmethod
    def _name_just_before(sdoc, span) -> bool:
        """Is the word just before the words a capitalised word inside a name (_name_word)?"""
        j = next((i for i, _ in _words_back(sdoc, span.start - 1)), None)
        return j is not None and _name_word(sdoc, j)

    @staticmethod
    def _named_before(sdoc, span) -> bool:
        """Does 'these' or 'those' stand before the word just before the words ("those issues
        with regard to")?"""
        two = [t.lower_ for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 2)]
        return len(two) == 2 and two[1] in _BACK_REFERENCES

    @staticmethod
    def _after_a_predicate(sdoc, span) -> bool:
        """Do the words follow a form of 'be' and a word that is no participle, an adjective
        (or a bare noun) said of the subject, a word of degree or an adverb in -ly between
        ("would be valuable in order to", "has been very important in order to")? A bare
        'to' after it reads as the adjective's own ('valuable to speak'). After a participle
        ("was made in order to", "is required in order to") it is the purpose."""
        words = [t.lower_ for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 4)]
        if len(words) < 2 or not words[0].isalpha() or words[0] in _BE:
            return False
        word = words[0]
        if _participle_like(word):
            return False
        rest = words[1:]
        while rest and (rest[0] in _DEGREE_WORDS or rest[0] in _ADVERBS or rest[0].endswith("ly")):
            rest = rest[1:]
        return bool(rest) and rest[0] in _BE

    @staticmethod
    def _word_before_focus(sdoc, span) -> str:
        """The word before the words of focus ('not only', 'particularly') that stand just
        before the words, lower case, or '' if more than three of them or none."""
        j = span.start - 1
        focus = 0
        while j >= 0:
            t = sdoc[j]
            j -= 1
            if t.is_space:
                continue
            if t.lower_ in _FOCUS_WORDS and focus < 3:
                focus += 1
                continue
            return t.lower_ if focus else ""
        return ""

    @staticmethod
    def _sentence_opens_with_to(sdoc, span) -> bool:
        """Does the words' sentence open with 'To' and a plain verb ('To evaluate the
        priorities ... with a view to endorsing'), a bracket or a quote mark before it at most?"""
        first = None
        for steps, (_, t) in enumerate(_words_back(sdoc, span.start - 1)):
            if t.text in _SENTENCE_END or steps > 80:
                break
            if t.is_alpha:
                first = t
        if first is None or first.text != "To" or first.i + 2 > span.start:
            return False
        nxt = _word_after(sdoc, sdoc[first.i:first.i + 1])
        return (nxt is not None and nxt.is_alpha and nxt.text.islower() and nxt.lower_ not in _DETERMINERS
                and nxt.lower_ not in _NOT_VERBS)

    @staticmethod
    def _plain_verb_after(sdoc, span):
        """(token, its text) of a lower-case word just after the words that is no determiner,
        pronoun or number and does not end in -ing ('to have', not 'to the merger'), or None."""
        t = _word_after(sdoc, span)
        if (t is None or not t.is_alpha or not t.text.islower() or t.lower_ in _DETERMINERS
                or t.lower_ in _OF_BEFORE or t.lower_ in _NOT_VERBS or t.lower_.endswith("ing")
                # an adjective or a noun by its ending ('with a view to continuous improvement':
                # 'to continuous' was offered), not the writer's slip for an -ing verb
                or t.lower_.endswith(_ADJECTIVE_ENDS + _NOUN_ENDS)):
            return None
        return t, t.text

    @staticmethod
    def _article_before(sdoc, span):
        """The "a" or "an" just before the words (spaces between at most), or None."""
        j = span.start - 1
        while j >= 0 and sdoc[j].is_space:
            j -= 1
        if j >= 0 and sdoc[j].lower_ in ("a", "an"):
            return sdoc[j]
        return None

    @staticmethod
    def _determiner_or_name_after(sdoc, span, counted: bool = False) -> bool:
        t = _word_after(sdoc, span)
        if t is None:
            return False
        if t.text[:1].isdigit() and (t.text.endswith("-") or SubstitutionCheck._neighbour(sdoc, t.i + 1, 1) in ("-", "–")):
            return False  # a number that opens a compound ("the majority of 3- and 4-year-olds")
        if _RATIO.fullmatch(t.text):
            return False  # a ratio names a kind of thing ("a limited number of 1:1 sessions" -> "a few 1:1 sessions")
        if t.lower_ in _OF_BEFORE or t.text[:1].isdigit():
            return True  # "most of the", "most of 2024" ("most 2024" is not English)
        # a capital names a group ("a number of GP practices": no "of") unless a number or a
        # possessive follows it: then it names one thing ("the majority of Part 3", "of
        # Kent's residents", "of Schedule 2A" need "most of")
        if not (t.is_alpha and t.text[:1].isupper()):
            return False
        j = t.i + 1
        while j < len(sdoc) and sdoc[j].is_space:
            j += 1
        if j >= len(sdoc):
            return False
        nxt = sdoc[j]
        if nxt.text in _POSSESSIVE:
            return True
        if not (nxt.text[:1].isdigit() and not t.is_upper):
            return False
        # a grade, a year or a band before the noun it sorts ("a significant number of Grade 2
        # varicose veins", "the majority of Grade 2 listed homes"): a kind of thing, not one
        # thing, and "many of Grade 2 varicose veins" is not English (set WX pl33, both readers
        # wrong). A word after the number that is a function word or none ("most of Part 3 is",
        # "most of Schedule 2 to the Act") leaves it one thing; so may an -s word, which can be
        # its verb ("the majority of Part 3 applies"), except after words that count things
        # ("a number of"), which one named thing cannot follow
        k = j + 1
        while k < len(sdoc) and sdoc[k].is_space:
            k += 1
        after = sdoc[k] if k < len(sdoc) else None
        return not (after is not None and after.is_alpha and after.is_lower
                    and after.lower_ not in _FUNCTION_WORDS
                    and (counted or not after.lower_.endswith("s")))

    @staticmethod
    def _before_a_noun(sdoc, span, strict: bool = False) -> bool:
        """Does a lower-case word that is not a function word follow ("stakeholder
        feedback")? With ``strict``, not one that may be a verb after its subject ("every
        end user gets", "the stakeholder agreed"): only where a wrong guess would cost a
        right suggestion."""
        t = _word_after(sdoc, span)
        if t is None:
            return False
        w = t.lower_
        if strict and (w.endswith(("ed", "ing")) or (w.endswith("s") and not w.endswith(("ss", "us", "is")))):
            return False
        return t.is_alpha and t.is_lower and w not in _FUNCTION_WORDS and not w.endswith("ly")

    @staticmethod
    def _exercised_function(sdoc, span, prev_word: str) -> bool:
        """Do the words follow 'exercise a function' or the like ("whenever they exercise a
        function in relation to looked after children")? The wording of the Act that sets the
        duty, which the writer paraphrases (set UV pl04, pedantic)."""
        if prev_word != "function":
            return False
        back = [t.lower_ for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 3)]
        return len(back) == 3 and back[1] in ("a", "any", "the", "its", "their", "that") and back[2] in _EXERCISING

    @staticmethod
    def _after_a_modifying_noun(sdoc, span, texts: list) -> bool:
        """Does a noun stand just before the words, and a lower-case word after them ("service
        improvement transformational projects", "the Recovery transformational work")? A noun
        by its ending (-tion, -ment, -ity ...), or a capitalised word inside the sentence."""
        j = span.start - 1
        while j >= 0 and texts[j].isspace():
            j -= 1
        if j < 1 or not texts[j].isalpha():
            return False
        prev = texts[j]
        k = j - 1
        while k >= 0 and texts[k].isspace():
            k -= 1
        at_start = k < 0 or texts[k] in (".", "!", "?", ":", ";", "\n")
        nounish = (prev.lower().endswith(_NOUN_ENDS) and prev.lower() not in _DETERMINERS) or (
            prev[:1].isupper() and not at_start)
        nxt = _word_after(sdoc, span)
        return nounish and nxt is not None and nxt.is_alpha and nxt.is_lower

    @staticmethod
    def _whole_of_another(sdoc, span) -> bool:
        """Does a preposition stand among the four words before the words, or just before the
        determiner of the noun phrase there ("sent to the NHS in its entirety", "agreed by
        the board in their entirety")? Then the phrase may tell of that noun, not of the thing
        done to."""
        for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 4):
            w = t.lower_
            if w in _PREPOSITIONS or w in ("to", "into", "across", "throughout", "within"):
                return True
            if not t.is_alpha and w not in _POSSESSIVE:
                return False  # a comma or a stop: the clause starts there
        return False

    @staticmethod
    def _noun_joined_after(sdoc, span, texts: list) -> bool:
        """Do 'and' or 'or' and a noun follow the words ("have a discussion and questions",
        "make a decision and a plan")? A noun by its form: a determiner or a number, a plural
        in -s, or a noun's ending; not a verb's plain or past form ("and agree", "and agreed")."""
        if SubstitutionCheck._neighbour(sdoc, span.end, 1, texts) not in ("and", "or"):
            return False
        j = span.end
        while j < len(texts) and texts[j].lower() not in ("and", "or"):
            j += 1
        nxt = SubstitutionCheck._neighbour(sdoc, j + 1, 1, texts)
        return (nxt in _DETERMINERS or nxt[:1].isdigit()
                or (nxt.isalpha() and (nxt.endswith(_NOUN_ENDS) or (nxt.endswith("s") and not nxt.endswith("ss")))))

    @staticmethod
    def _after_be_and_adverbs(sdoc, span) -> bool:
        """Do the words follow a form of 'be' or another linking verb with a negation or an
        adverb between ("if the site is not deliverable", "the plan is still deliverable", "it
        remains fully deliverable")? The word is said of the subject there, as an adjective,
        just as straight after 'be'."""
        skipped = 0
        for _, t in _words_back(sdoc, span.start - 1):
            w = t.lower_
            if skipped < 3 and (w in _ADVERBS or w in ("n't", "n’t") or (t.is_alpha and w.endswith("ly"))):
                skipped += 1
                continue
            return skipped > 0 and (w in _BE or w in _LINKING_VERBS)
        return False

    @staticmethod
    def _adjective_frame(sdoc, span, prev_word: str, texts: list, before_noun: bool = False) -> bool:
        """Do the words stand where only an adjective fits: after a linking verb other than
        'be' ("the plan remained deliverable", "seems deliverable"), or after 'and' or 'or'
        that joins them to an adjective (by its ending: "realistic and deliverable",
        "affordable or deliverable") with no noun after them for them to qualify (``before_noun``:
        or with one, "quantitative and narrative updates")?"""
        if prev_word in _LINKING_VERBS:
            return True
        if prev_word not in ("and", "or") or (
                not before_noun and SubstitutionCheck._before_a_name_or_noun(sdoc, span)):
            return False
        j = span.start - 1
        while j >= 0 and (texts[j].isspace() or texts[j].lower() != prev_word):
            j -= 1
        before = SubstitutionCheck._neighbour(sdoc, j - 1, -1, texts)
        return (before.isalpha() and before.endswith(_ADJECTIVE_ENDS) and not before.endswith(_NOUN_ENDS)
                and before not in _DETERMINERS and before not in _NOUNS_LIKE_ADJECTIVES)

    @staticmethod
    def _noun_next(sdoc, span, prev_word: str) -> bool:
        """Does a lower-case noun follow ("deliverable water neutrality", "deliverable savings")?
        Not a function word, an adverb, an -ed or -ing word or a plain verb; not an -s word after a
        determiner, which is the noun's verb ("each deliverable needs an owner")."""
        t = _word_after(sdoc, span)
        if t is None or not t.is_alpha or not t.is_lower:
            return False
        w = t.lower_
        if w in _FUNCTION_WORDS or w in _INFINITIVE_VERBS or _NOT_A_NOUN_END.search(w) or len(w) < 3:
            return False
        return not (w.endswith("s") and not w.endswith("ss") and prev_word in _DETERMINERS)

    @staticmethod
    def _before_a_name_or_noun(sdoc, span) -> bool:
        """Does a word that a noun phrase may start with follow: a lower-case content word, or a
        capitalised word or letters in mid-sentence ("clear and deliverable IMTPs", "system wide
        Primary Care")? Not a function word, an adverb or punctuation."""
        t = _word_after(sdoc, span)
        if t is None or not t.is_alpha:
            return False
        w = t.lower_
        if w in _FUNCTION_WORDS or w.endswith("ly"):
            return False
        return t.is_lower or t.text[:1].isupper()

    @staticmethod
    def _bare_modifier(sdoc, span, matched: str) -> bool:
        """A singular noun with no determiner, after a preposition, 'other' or 'and' and before
        another lower-case word, stands before that word as its modifier ("the work of service
        user researchers", "other service user representatives"): a count noun cannot stand
        there bare, so a phrase put in its place would not read ("of person who uses services
        researchers")."""
        if matched.lower().endswith("s") or " " not in matched.strip():
            return False
        prev = SubstitutionCheck._neighbour(sdoc, span.start - 1, -1)
        if prev not in _PREPOSITIONS and prev not in ("other", "and", "or", "about", "between", "among"):
            return False
        t = _word_after(sdoc, span)
        # before a noun, or joined to another modifier of one ("with service user and carer groups")
        return t is not None and t.is_alpha and t.is_lower

    @staticmethod
    def _coordinated_modifier(sdoc, span, matched: str) -> bool:
        """A singular noun joined by 'and', 'or' or commas to other bare singular words that
        stand together before a noun ("an embedded service user and carer involvement
        strategy", "public, carer, patient, service user and stakeholder involvement"): the
        words all qualify that last noun, and a phrase put in their place would not read ("an
        embedded person who uses services and carer involvement strategy")."""
        if matched.lower().endswith("s"):
            return False

        def bare(t) -> bool:  # a bare singular word, no function word ("carer", "NHS")
            w = t.lower_
            return t.is_alpha and w not in _FUNCTION_WORDS and (t.is_upper or not w.endswith("s"))

        n = len(sdoc)
        j = span.end
        joined = False
        linked = False
        while True:
            while j < n and sdoc[j].is_space:
                j += 1
            if j >= n:
                return False
            w = sdoc[j].lower_
            if w in _JOINS:
                joined = joined or w not in ",/"
                linked = True
                j += 1
                continue
            if not linked:
                return False  # a noun straight after: the other tests' business
            if not bare(sdoc[j]):
                return False
            k = j + 1
            while k < n and sdoc[k].is_space:
                k += 1
            if k < n and sdoc[k].lower_ in _JOINS:
                j = k  # one more item of the list
                continue
            # the last item stands before its noun: "carer involvement", "stakeholder groups"
            return joined and SubstitutionCheck._before_a_noun(sdoc, sdoc[j:j + 1])

    @staticmethod
    def _possessive_after(sdoc, span) -> bool:
        """Do the words own what follows ("service users' views")? Then they stand before a
        noun too, and a phrase put in their place would not ("people who use services' views")."""
        return span.end < len(sdoc) and sdoc[span.end].text in _POSSESSIVE

    @staticmethod
    def _describes_a_noun(sdoc, span, after_preposition: bool = False) -> bool:
        """A verb's -ing form used as an adjective between a determiner and its noun ("the
        accompanying notes", "all participating schools"). Asked only of verbs whose plain
        words are phrases ("go with", "take part"): their -ing form cannot stand there ("the
        going with notes"), and the word itself is usually fine. A one-word alternative
        still fits ("the underpinning principles" -> "the supporting principles"). With
        ``after_preposition`` (asked of a past participle), a preposition before it does
        too: "selected for expedited transfer" (a verb does not follow "for")."""
        prev = SubstitutionCheck._neighbour(sdoc, span.start - 1, -1)
        if prev not in _DETERMINERS and not (after_preposition and prev in _PREPOSITIONS):
            return False
        nxt = _word_after(sdoc, span)
        if nxt is None:
            return False
        return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in _FUNCTION_WORDS

    @staticmethod
    def _on_set_phrase(sdoc, span) -> bool:
        """The word after the match makes a set phrase with 'on' ('on demand', 'on time')
        and is the head of its noun phrase, not a word before another noun ('time limits',
        where 'on time limits' reads right): a mark, a linking word or nothing after it."""
        k = _next_word(sdoc, span.end)
        if k >= len(sdoc) or sdoc[k].lower_ not in _ON_SET_PHRASES:
            return False
        m = _next_word(sdoc, k + 1)
        if m >= len(sdoc):
            return True
        after = sdoc[m].lower_
        return not after.isalpha() or after in _LINKS_AFTER_A_NOUN

    @staticmethod
    def _ed_form(sdoc, span) -> tuple:
        """('part' or 'past', unsure) for a word-list verb's -ed form, which is both: after
        a form of be or have, contracted or not, with adverbs between ('we've accomplished',
        'has not yet accomplished', 'were successfully accomplished') or before 'by' ('the
        work accomplished by staff') or, after a noun, before a preposition ('the progress
        demonstrated within the report') the participle; after a subject pronoun ('we
        accomplished', 'which demonstrated') or before an object or a clause ('This
        demonstrated the value', 'demonstrated that') the past; elsewhere the past, unsure
        ('the work accomplished this year')."""
        j = span.start - 1
        prev = ""
        named = False  # the word before is a name ('Mr Copeland', 'the Council'): maybe the subject
        while j >= 0:
            t = sdoc[j]
            j -= 1
            if t.is_space:
                continue
            w = t.lower_
            if w in _ADVERBS or w == "yet" or (len(w) > 4 and w.endswith("ly") and w.isalpha()):
                continue
            prev = w
            named = t.text[:1].isupper()
            break
        if prev in _BE_HAVE:
            return "part", False
        k = _next_word(sdoc, span.end)
        nxt = sdoc[k].lower_ if k < len(sdoc) else ""
        if nxt == "by" or (nxt in _PARTICIPLE_PREPOSITIONS and prev not in _SUBJECT_PRONOUNS and prev.isalpha()
                           and prev not in _FUNCTION_WORDS):
            # "The chair commenced by thanking members", "Mr Copeland commenced with a
            # summary": 'by' and an -ing form (how it was done), or a name before the verb
            # (its subject), leave the simple past as likely as the participle: unsure
            k2 = _next_word(sdoc, k + 1) if k < len(sdoc) else len(sdoc)
            by_doing = nxt == "by" and k2 < len(sdoc) and sdoc[k2].lower_.endswith("ing") and sdoc[k2].is_alpha
            if by_doing or named or _opening_subject(sdoc, span.start):
                return "past", True  # the likelier reading where no alternative fits both
            return "part", False
        return "past", (prev not in _SUBJECT_PRONOUNS and nxt not in _OBJECT_OPENERS
                        and not (k < len(sdoc) and sdoc[k].like_num))  # 'elicited 900 replies'

    @staticmethod
    def _words_before(sdoc, i, n: int, texts: list | None = None) -> str:
        """The lower-case text of up to ``n`` tokens before token ``i`` within its sentence
        (white space left out, one space between): 'to give consideration'."""
        words = []
        j = i - 1
        while j >= 0 and len(words) < n:
            t = texts[j] if texts is not None else sdoc[j].text
            if not t.isspace():
                if t in _SENTENCE_END:
                    break
                words.append(t.lower())
            j -= 1
        return " ".join(reversed(words))

    @staticmethod
    def _referred_back(sdoc, span, texts: list | None) -> bool:
        """Does the sentence after the one that holds the span open by pointing back to a thing
        ('This was extended', 'That expires in May', 'It runs until 2026'): a word of
        context-words.toml pointing-back-openers and a verb of pointing-back-verbs? A sentence
        that names the noun again ('The agreement was signed') reads after the plain verb too.
        ``noun`` is the light verb's noun, for the note."""
        texts = [t.text for t in sdoc] if texts is None else texts
        j, n = span.end, len(texts)
        while j < n and texts[j] not in (".", "!", "?"):
            j += 1
        words = []
        j += 1
        while j < n and len(words) < 2:
            t = texts[j]
            if not t.isspace() and t not in ("\"", "'", "’", "”", ")"):
                words.append(t.lower())
            j += 1
        if len(words) < 2:
            return False
        first, second = words
        return first in _POINTING_BACK and second in _POINTING_BACK_VERBS

    @staticmethod
    def _words_after(sdoc, i, n: int, texts: list | None = None) -> str:
        """The lower-case text of up to ``n`` tokens from token ``i`` on within its sentence
        (white space left out, one space between): 'of about 50 new cases'."""
        words = []
        j = i
        end = len(texts) if texts is not None else len(sdoc)
        while j < end and len(words) < n:
            t = texts[j] if texts is not None else sdoc[j].text
            if not t.isspace():
                if t in _SENTENCE_END:
                    break
                words.append(t.lower())
            j += 1
        return " ".join(words)

    @staticmethod
    def _prev_word(sdoc, i, texts: list | None = None):
        """The lower-case text of the last token before token ``i`` that is neither white space
        nor an adverb ('' at the start). ``texts``: as for :meth:`_neighbour`."""
        j = i - 1
        while j >= 0:
            t = texts[j] if texts is not None else sdoc[j].text
            if not t.isspace():
                w = t.lower()
                if w in _ADVERBS:
                    j -= 1
                    continue
                return w
            j -= 1
        return ""

    @staticmethod
    def _leaves_an_opener(sdoc, span) -> bool:
        """Would cutting the words leave the sentence opening with a clause that cannot stand
        alone and no main clause of its own: the sentence opens with 'When', 'If', 'Whilst' ...
        and either no comma closes that clause before the words, or a second such clause comes
        straight after them ("When looking at the projections it is important to note that
        whilst ...")?"""
        comma = False
        first = None
        for j in range(span.start - 1, -1, -1):
            t = sdoc[j]
            if t.text in (".", "!", "?", ";", ":") or "\n" in t.text:
                break
            if not t.is_space:
                comma = comma or t.text == ","
                first = t
        if first is None or first.lower_ not in _CUT_OPENERS:
            return False
        return not comma or SubstitutionCheck._neighbour(sdoc, span.end, 1) in _CUT_OPENERS

    @staticmethod
    def _on_its(sdoc, span, matched: str) -> bool:
        """Is the noun (one word, singular) the head of 'on' or 'upon' and a possessive opening
        a sentence or a clause ("On their inception in April 2010, ...", ", upon its
        commencement, ...")?"""
        if " " in matched or matched.lower().endswith("s"):
            return False
        back = [t for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 3)]
        if back and back[0].lower_ in _BARE_TIME and matched.lower() in _EVENT_NOUNS:
            # "at inception, the fund ...", "since inception": a bare noun of an event after a
            # preposition of time, where the plain word needs 'the' ('at the start')
            nxt = _word_after(sdoc, span)
            return nxt is None or not nxt.is_alpha or nxt.lower_ in _TIME_ON_AFTER
        if len(back) < 2 or back[0].lower_ not in _TIME_ON_OWNERS or back[1].lower_ not in _TIME_ON:
            return False
        # the phrase opens its sentence or clause ("On their inception in April 2010, ...",
        # "..., upon its inception, ..."), not an object ("focus on their key aims")
        return len(back) == 2 or not back[2].is_alpha

    @staticmethod
    def _duration_after(sdoc, span):
        """After the words, a length of time ("12 months", "five working days")? None if not;
        else whether it is counted back from something ("... days before the meeting")."""
        words = _tokens_after(sdoc, span, 5, lambda t: not (t.is_alpha or t.like_num))
        if len(words) < 2 or not words[0].like_num:
            return None
        for k, t in enumerate(words[1:4], 1):
            if t.lower_ in _DURATION_UNITS:
                if k + 1 < len(words) and words[k + 1].lower_ in _DURATION_UNITS:
                    continue  # "five working days"
                return k + 1 < len(words) and words[k + 1].lower_ in _COUNTED_BACK
            if not t.is_alpha:
                return None
            if k >= 2:
                return None
        return None

    @classmethod
    def _bare_after_a_preposition(cls, sdoc, span, texts: list | None) -> bool:
        """Does an adjective for people stand as a noun after a preposition, alone or closing a
        list, with no noun after it ("the travel of elderly between practices", "open to frail
        and elderly from the ward")? (The tokens carry no parts of speech here: a word of
        another kind after it, "for elderly opened", is read as its noun and left alone.) Swapped for the bare
        adjective it leaves no noun ("the travel of older between"): the people form fits (set
        UV co01). Not "care for elderly residents" (a noun, or an adjective, follows)."""
        words = texts if texts is not None else [t.text for t in sdoc]
        k = span.end
        while k < len(words) and words[k].isspace():
            k += 1
        if k < len(words) and words[k][:1].isalnum() and (
                words[k].lower() not in _FUNCTION_WORDS and words[k].lower() not in _BARE_PEOPLE_PREPOSITIONS):
            return False  # "for elderly residents": a word for the adjective to describe
        if k < len(words) and words[k].lower() in _LIST_JOINS:
            return False  # "the needs of vulnerable, elderly and disabled people": the list goes on to its noun
        j, seen = span.start - 1, 0
        while j >= 0 and seen < 8:
            w = words[j].lower()
            if not w.isspace():
                if w in _BARE_PEOPLE_PREPOSITIONS:
                    return True
                if w not in _LIST_JOINS and (not w.replace("-", "").isalpha() or w in _FUNCTION_WORDS):
                    return False
                seen += 1
            j -= 1
        return False

    @classmethod
    def _closes_a_list_after_the(cls, sdoc, span, texts: list | None) -> bool:
        """Do the words close a list of adjectives opened by 'the', with no noun after them
        ("the frail and elderly.", "the sick, frail or elderly who")? Not "frail and elderly
        residents" (a noun follows) nor "residents are frail and elderly" (no 'the')."""
        nxt = cls._neighbour(sdoc, span.end, 1, texts)
        if nxt[:1].isalnum() and nxt not in _FUNCTION_WORDS:
            return False  # "the frail and elderly residents": a noun for the word to describe
        words = texts if texts is not None else [t.text for t in sdoc]
        j, seen = span.start - 1, 0
        while j >= 0 and seen < 8:
            w = words[j].lower()
            if w == "the":
                return True
            if not w.isspace():
                if w not in _LIST_JOINS and not w.replace("-", "").isalpha():
                    return False
                if w in _FUNCTION_WORDS and w not in _LIST_JOINS:
                    return False
                seen += 1
            j -= 1
        return False

    @classmethod
    def _graded(cls, sdoc, span, prev_word: str, texts: list | None) -> bool:
        """Does a word of degree grade the phrase's first word ("the most vulnerable people",
        "very vulnerable adults")? A people-first phrase in its place leaves the degree word
        nothing to grade ("the most people who may need extra support"). 'more', 'most',
        'less' and 'least' grade only after an article ('most service users' is an amount)."""
        if prev_word not in _DEGREE_WORDS or prev_word in _CLAUSE_DEGREE:
            return False
        if prev_word not in _AMOUNT_DEGREE:
            return True
        j, _ = _before_span(sdoc, span, texts)
        return cls._neighbour(sdoc, j - 1, -1, texts) in ("the", "a", "an")

    @staticmethod
    def _after_a_name(sdoc, span, texts: list | None) -> bool:
        """Does a name set with a capital stand just before the words, inside its sentence
        ("better services for Rochdale service users", "the NHS service users")? It describes
        them, and a people-first phrase in their place reads badly ("for Rochdale people who use
        services": the independent reader of set UV, V-031 line 7, called it awkward). Not a
        sentence's first word ("Many service users")."""
        j, words = _before_span(sdoc, span, texts)
        if j < 0 or not words[j][:1].isupper() or not words[j].replace("-", "").isalpha():
            return False
        k = j - 1
        while k >= 0 and words[k].isspace():
            k -= 1
        return k >= 0 and words[k][-1:].isalnum()

    @staticmethod
    def _after_an_owner(sdoc, span, prev_word: str, texts: list | None) -> bool:
        """Does a possessive stand just before the words: 'our', 'their', or a name's "'s"
        ("the council's service users", "the tenants' service users"), not the "'s" of 'it
        is' ("it's service users who decide") nor an opening quotation mark?"""
        if prev_word in _POSSESSIVE_DETERMINERS:
            return True
        if prev_word not in _POSSESSIVE:
            return False
        j, words = _before_span(sdoc, span, texts)
        if j < 1 or words[j - 1].isspace() or not words[j - 1][-1:].isalpha():
            return False  # "the 'service users' of the plan": a quotation mark
        before = words[j - 1].lower()
        if prev_word in ("'", "’"):
            return before.endswith("s")
        return before not in _NOT_OWNERS

    @staticmethod
    def _inside_named_title(sdoc, span, texts: list | None) -> bool:
        """Do the words stand inside a title given in sentence case ('a talk entitled Income
        poverty in relation to child health', 'a report called Progress in respect of the plan'):
        back from them, up to seven words in lower case with no mark between, then a word with a
        capital straight after a word that names a title (context-words.toml title-naming-words:
        'entitled', 'called'; a colon or a quotation mark between or not)?"""
        words = texts if texts is not None else [t.text for t in sdoc]
        j, seen = span.start - 1, 0
        while j >= 0:
            t = words[j]
            if t.isspace():
                j -= 1
                continue
            if not t.isalpha():
                return False
            if t[:1].isupper():
                break
            seen += 1
            if seen > 7:
                return False
            j -= 1
        if j < 0 or words[j].isupper():
            return False
        k = j - 1
        while k >= 0 and (words[k].isspace() or words[k] in (":", "'", "‘", '"', "“")):
            k -= 1
        # 'called' names a person too ('we called Smith in relation to ...'): a title there shows
        # a word in lower case of its own before the match ('called Income poverty in ...')
        return k >= 0 and words[k].lower() in _TITLE_NAMING and (seen > 0 or words[k].lower() != "called")

    @staticmethod
    def _lone_name(sdoc, span, texts: list | None) -> bool:
        """Is the match one word set with a capital (not in capitals), not a sentence's, a
        bullet's or a heading's first word ('to ensure that Reside adheres')? Or the first of
        its words so ('The strategy, Going forward together, was agreed': a name set in
        sentence case, whose first word alone has the capital), after a word that introduces a
        title (the kind of thing named, 'called', 'entitled', a comma between or not): without
        one a capital inside a sentence is more often a lost line break or a glued table cell
        ('supply chains Seek to pay', 'form Make an application')?"""
        words = [t for t in span if t.is_alpha]
        if not (words and _capitalised(words[0]) and not words[0].is_upper):
            return False
        j, before = _before_span(sdoc, span, texts)
        if len(words) > 1:
            k = j - 1 if j >= 0 and before[j] in (",", ":") else j
            while k >= 0 and before[k].isspace():
                k -= 1
            if k < 0 or before[k].lower() not in _TITLE_INTRODUCERS:
                return False
        # "(b) Reside ...": a list's letter before it, the item's first word
        # "3.1 Whilst the ...": a paragraph's number before it, the sentence's first word
        return (j >= 0 and before[j] != ")" and not before[j][:1].isdigit()
                and not _sentence_initial(sdoc, span.start, texts))

    @staticmethod
    def _purpose_hangs_wrong(sdoc, span, entry, plain, prev_word: str, texts: list | None) -> bool:
        """Would a purpose swap ('to', 'to repeat') hang on the wrong words: after a relative
        clause ('the people who use them in order to create'), after a comma that follows a
        passive ('be published on the website, with the intention of repeating it'), or, for
        'in order to', after a noun of sequence ('follow the steps in order to ensure')?"""
        if not all(p.split()[0].lower() == "to" for p in plain):
            return False  # 'in relation to' -> 'of', 'to': no purpose
        if entry.phrase.startswith("in order") and prev_word in _SEQUENCE_NOUNS:
            return True
        back = []
        for _, t in _words_back(sdoc, span.start - 1):
            w = t.lower_
            if w in _CLAUSE_BREAKS and back:
                break
            back.append(w)
            if len(back) > 24:
                break
        if back and back[0] == ",":
            clause = back[1:]
            return any(w in _BE and i > 0 and _participle_like(clause[i - 1])
                       for i, w in enumerate(clause))
        for i, w in enumerate(back[:8]):
            if w in _RELATIVES:
                # ('that' is left out: after 'clear that', 'responded that' it opens no relative)
                # A relative clause with a subject of its own ("a link which you must click in
                # order to confirm"): the aim is that subject's, and a bare 'to' keeps it there
                # ("which you must click to confirm": the independent readers of set T, pl15,
                # pl19, pedantic for a rewrite that offered nothing)
                return i > 0 and not (back[i - 1] in _SUBJECT_PRONOUNS and back[i - 1] not in _RELATIVES)
        return False

    @staticmethod
    def _adverb_before_verb(sdoc, span, plain, texts: list | None) -> bool:
        """Would an adverb ('promptly', 'regularly') stand after a noun and before the clause's
        first verb ('Protection of the receipts promptly would allow')? The word after the match
        is a modal or a form of 'be' or 'have', and no such word stands before it in the clause."""
        if not any(" " not in p and p.lower().endswith("ly") for p in plain):
            return False
        after = _word_after(sdoc, span)
        if after is None or after.lower_ not in _FINITE or after.lower_ in _SUBJECT_PRONOUNS:
            return False  # ('and it is likely that you will': the words open a clause)
        back = next(_words_back(sdoc, span.start - 1), None)
        if back is None or not back[1].is_alpha or back[1].lower_ in _FUNCTION_WORDS:
            return False
        for _, t in _words_back(sdoc, span.start - 1):
            w = t.lower_
            if w in _CLAUSE_BREAKS:
                break
            if w in _FINITE:
                return False
        return True

    @staticmethod
    def _hyphened_on(sdoc, i: int) -> bool:
        """Is the first word from token ``i`` on joined by a hyphen to the next ('place-based')?"""
        j = next((k for k, t in _words_on(sdoc, i)), None)
        return (j is not None and j + 1 < len(sdoc) and not sdoc[j].whitespace_
                and sdoc[j + 1].text in ("-", "‑", "–"))

    @staticmethod
    def _with_clause_noun(sdoc, span) -> bool:
        """Do the words follow the noun of a clause that 'with' opens and that has no verb
        ('..., with the last hire no later than 1.30pm')? Such a clause stands for 'with the
        last hire being ...', so the words say how its noun stands, as after 'be'. 'With' opens
        the clause (a mark or the sentence's start before it; not a verb's 'with': 'comply with
        the order no later than May'), and the words between are a noun phrase of one to five
        words (a determiner, a number, words of content; no verb's mark, no -ed or -ing word),
        the last of them a noun."""
        seen: list = []  # the words between, read backwards
        for i, t in _words_back(sdoc, span.start - 1):
            w = t.lower_
            if w == "with":
                break
            if len(seen) >= 5 or w in _CLAUSE_BREAKS or w in _FINITE:
                return False
            seen.append((w, t.like_num))
        else:
            return False
        prev = next(_words_back(sdoc, i - 1), None)
        if not seen or (prev is not None and prev[1].lower_ not in _CLAUSE_BREAKS):
            return False
        words = [w for w, _ in reversed(seen)]
        for k, (w, num) in enumerate(reversed(seen)):
            # an -ing word is a noun or its adjective after a determiner ('the last booking')
            if not (w in _DETERMINERS or num or _noun_like(w)
                    or (w.endswith("ing") and any(d in _DETERMINERS for d in words[:k]))):
                return False
        return words[-1] not in _DETERMINERS and not seen[0][1]

    @staticmethod
    def _adverb_before_noun_infinitive(sdoc, span, texts: list) -> bool:
        """Do the words stand straight after a noun and before the 'to' of its verb, in a
        clause with no verb before them ('the search in the interim to be led by ...', a
        resolution's verbless clause)? The word after 'to' is 'be' (the clause's verb, 'the
        costs ... to be met'); the word before the words reads as a noun (not a verb's form, an adverb or a function word), with no comma between,
        and no mark of a verb ('is', 'will', 'has') stands before it in the clause."""
        if SubstitutionCheck._neighbour(sdoc, span.end, 1, texts) != "to":
            return False
        verb = next(itertools.islice(_words_on(sdoc, span.end), 1, 2), None)
        if verb is None or verb[1].lower_ != "be":
            # 'to' and another verb is as often the aim of a verb before ("act in a timely
            # manner to prevent it", "the board meets on a monthly basis to consider")
            return False
        back = [t.lower_ for _, t in itertools.islice(_words_back(sdoc, span.start - 1), 2)]
        before = back[0] if back else ""
        # an -ing word after a determiner is a noun ('the monitoring in the interim to be done')
        nounish = _noun_like(before) or (before.endswith("ing") and len(back) > 1 and back[1] in _DETERMINERS)
        if not (nounish and before not in _FINITE and before not in _DETERMINERS and not before.endswith("ed")):
            return False
        for _, t in _words_back(sdoc, span.start - 1):
            w = t.lower_
            if w in _CLAUSE_BREAKS:
                break
            if w in _FINITE:
                return False
        return True

    @staticmethod
    def _adverb_before_noun_tail(sdoc, span, texts: list) -> bool:
        """Do the words stand straight after a noun and before a preposition that opens the
        phrase telling of it ('restrictions in most instances on carers')? The word before is a
        word of content that reads as a noun (not a verb's form, an adverb or a function word),
        with no comma between, and the word after is a preposition."""
        if SubstitutionCheck._neighbour(sdoc, span.end, 1, texts) not in _NOUN_TAIL_PREPOSITIONS:
            return False
        before = SubstitutionCheck._neighbour(sdoc, span.start - 1, -1, texts)
        return (_noun_like(before) and before not in _FINITE and before not in _BE
                and before not in _DETERMINERS and not before.endswith("ed"))

    @staticmethod
    def _title_cased_term(sdoc, span) -> bool:
        """Are the words two or more words each set with a capital (not in capitals), the first
        not a sentence's first word ('688 Looked After Children')?"""
        words = [t for t in span if t.is_alpha]
        return (len(words) > 1 and all(_capitalised(t) and not t.is_upper for t in words)
                and not _sentence_initial(sdoc, span.start))

    @staticmethod
    def _neighbour(sdoc, i, step, texts: list | None = None) -> str:
        """The lower-case text of the first token from token ``i`` on, stepping by ``step``,
        that is not white space ('' past either end). ``texts``: the block's token texts
        (``Analysed.token_texts``), read where the caller has them rather than making a spaCy
        Token at each step: a token's ``is_space`` is its text's ``isspace()`` and its
        ``lower_`` its text's ``lower()`` (tests/test_speed_shortcuts_texts.py)."""
        if texts is not None:
            j = i
            while 0 <= j < len(texts):
                if not texts[j].isspace():
                    return texts[j].lower()
                j += step
            return ""
        j = i
        while 0 <= j < len(sdoc):
            if not sdoc[j].is_space:
                return sdoc[j].lower_
            j += step
        return ""

    @staticmethod
    def _next_past_time(entry, sdoc, span, texts: list | None) -> tuple:
        """For a verb entry of a light verb and a noun ('give approval', 'make a request';
        context-words.toml light-verbs), the lower-case words that may take
        the verb's place after a short phrase of time or manner that follows the words ('in April
        2023', 'at its meeting on 3 June', 'last week', 'unanimously'; context-words.toml
        time-between-openers and time-between-words, numbers and -ly words): the word after the
        phrase, and each preposition inside it after its first word ('last week on the options'
        may be 'on the options' of the verb). The plain verb takes these just as it would
        straight after ('approved in April 2023 for the scheme' is not English). Empty where the
        entry is no verb, no such phrase follows, or it runs past eight words. Cheap: one look at
        the next word unless it opens such a phrase."""
        if entry.pos != "verb" or entry.phrase.split(" ", 1)[0] not in _LIGHT_VERBS or " " not in entry.phrase:
            return ()
        texts = [t.text for t in sdoc] if texts is None else texts
        j, n = span.end, len(texts)
        while j < n and texts[j].isspace():
            j += 1
        if j >= n:
            return ()
        first = texts[j].lower()
        if first not in _TIME_BETWEEN_OPENERS and not (first.endswith("ly") and len(first) > 4 and first.isalpha()):
            return ()
        words, found = 0, []
        while j < n and words <= 8:
            t = texts[j].lower()
            if t.isspace():
                j += 1
                continue
            if not (t in _TIME_BETWEEN_WORDS or t in _TIME_BETWEEN_OPENERS or t.isdigit()
                    or (t[:-2].isdigit() and t[-2:] in _TIME_BETWEEN_WORDS)
                    or (t.endswith("ly") and len(t) > 4 and t.isalpha())):
                return (*found, t) if words else ()
            if words and t in _TIME_BETWEEN_PREPOSITIONS:
                found.append(t)
            words += 1
            j += 1
        return ()

    def _in_post_title(self, sdoc, span, texts: list | None) -> bool:
        """Are the words part of a post's title: up to three words after them, with nothing but
        hyphens between, end in a title noun ('a service user co-design coordinator', 'our
        service user engagement officer')? A job title names the post; the writer cannot
        rename it (set L co-production A10). 'service user researchers' is no post's title, and
        a title noun straight after plural words is their verb ('service users lead the panel')."""
        texts = [t.text for t in sdoc] if texts is None else texts
        plural = span.text.lower().endswith("s")
        words, j = 0, span.end
        while j < len(texts) and words < 3:
            t = texts[j].lower()
            j += 1
            if t.isspace() or t == "-":
                continue
            if not t.replace("-", "").isalpha():
                return False
            words += 1
            if t in _POST_TITLES:
                return not (plural and words == 1)
        return False

    def _after_post_title(self, sdoc, span, texts: list | None) -> bool:
        """Do the words follow a post's title and 'for' or 'of' ('the designated doctor for looked
        after children', 'Head of Looked After Children'), or such a post's report ('the Independent
        Reviewing Officer's reports for looked after children')? The phrase is the statutory post's
        title, which the writer cannot rename, and the entry's note says the legal term is fine in
        formal references (set GH co-production co03, co07 wrong). 'support for looked after
        children', 'the needs of looked after children' name no post."""
        texts = [t.text for t in sdoc] if texts is None else texts
        words = [(j, texts[j].lower()) for j in range(span.start - 1, max(-1, span.start - 8), -1)
                 if not texts[j].isspace()]
        if len(words) >= 2 and words[0][1] in ("-", "–", "—") and words[1][1] in _POSTS_FOR \
                and texts[words[1][0]][:1].isupper() and texts[span.start][:1].isupper():
            return True  # "Service Manager – Looked After Children": the post's name after a dash (set KL co13)
        if len(words) < 2 or words[0][1] not in ("for", "of"):
            return False
        k = next((m + 1 for m in (2, 3) if m + 1 < len(words) and words[m][1] in ("'s", "’s")
                  and all(w.isalpha() for _, w in words[1:m])), 1)  # "Officer's (annual) reports for": the post's report
        return words[k][1] in _POSTS_FOR

    def _context_ok(self, entry, sdoc, span, texts: list | None, low: str | None = None) -> bool:
        """Do the words around pass the entry's tests of its neighbours? ``texts``: the block's
        token texts, read instead of a Token per word (see :meth:`_neighbour`); ``low``: the
        Doc's text in lower case, where the caller has it (``Doc.text`` is rebuilt from every
        token each time it is asked)."""
        if entry.not_with is not None and entry.not_with.search(sdoc.text.lower() if low is None else low):
            return False  # the paragraph shows the words' other sense (Entry.not_with)
        if entry.only_with is not None and not entry.only_with.search(sdoc.text.lower() if low is None else low):
            return False  # nothing in the paragraph shows the sense the words are jargon in (Entry.only_with)
        if entry.not_next or entry.next is not None:
            nxt = self._neighbour(sdoc, span.end, 1, texts)
            if nxt in entry.not_next:
                return False
            if entry.not_next and any(w in entry.not_next for w in self._next_past_time(entry, sdoc, span, texts)):
                # "gave approval last week to spend the grant": past a phrase of time, as if
                # straight after (see _next_past_time)
                return False
            if nxt == "-" and entry.not_next:
                # a hyphened word after ('service user-led'): an entry's not_next may name it
                # with its hyphen ('-led')
                j = span.end
                while j < len(sdoc) and (texts[j] if texts is not None else sdoc[j].text).isspace():
                    j += 1
                if "-" + self._neighbour(sdoc, j + 1, 1, texts) in entry.not_next:
                    return False
            if entry.next is not None and not entry.next.search(nxt):
                return False
        if entry.rule == "done-to-language" and (self._in_post_title(sdoc, span, texts)
                                                 or self._after_post_title(sdoc, span, texts)):
            return False
        if entry.not_prev or entry.prev is not None:
            prv = self._neighbour(sdoc, span.start - 1, -1, texts)
            if prv in entry.not_prev:
                return False
            if any(" " in w for w in entry.not_prev):
                # two words before ("exploitation of vulnerable people"): skip back over the first
                j = span.start - 1
                while j >= 0 and texts[j].isspace():
                    j -= 1
                if f"{self._neighbour(sdoc, j - 1, -1, texts)} {prv}" in entry.not_prev:
                    return False
            if entry.prev is not None and not entry.prev.search(prv):
                return False
        return True

    def _finding(self, rule, analysed, entry, start, end, matched, suggestions, rewrite=None, cap=None,
                 recast=False, note=None, named=False):
        alts = " or ".join(f"'{s}'" for s in suggestions)
        if named:
            # "corporate parent to 412 Looked After Children": no swap, as the capitals may make the
            # words a formal name (see the title-case reading in run), but the entry's words do fit
            # where they are not one; 'No one plain word fits' would be untrue (set GH co-production)
            alts = " or ".join(f"'{s}'" for s in entry.alternatives)
            template = rule.options.get("name-message", "Where '{text}' is not a formal name, say {alternatives} instead.")
        elif recast:
            # "When looking at the projections it is important to note that whilst ...": the
            # cut would leave the opening clause with no main clause of its own
            template = rule.options.get("recast-message", "Recast the sentence around '{text}'.")
        elif entry.rewrite if rewrite is None else rewrite:
            template = "No one plain word fits in place of '{text}' in every sentence: rewrite it."
        elif suggestions:
            template = rule.message
        else:
            template = rule.options.get("omit-message", "Consider cutting '{text}'.")
        # the words quoted with single spaces: a page's double space ('with  a view to') is no
        # part of the words (set KL pl43)
        message = template.format(text=" ".join(matched.split()), suggestion=suggestions[0] if suggestions else "",
                                  alternatives=alts, note=entry.note if note is None else note)
        if note is None:
            note = entry.note
        if note and not recast:
            message = f"{message} {note}"
        severity = entry.severity or rule.severity
        if cap is not None and SEVERITY_RANK[severity] > SEVERITY_RANK[cap]:
            severity = cap
        f = self.finding(rule, analysed, start, end, message, suggestions, severity=severity)
        f.extra["source"] = entry.source
        f.extra["entry"] = entry.phrase
        return f


CHECK = SubstitutionCheck
