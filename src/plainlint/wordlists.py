"""Loading word lists (data in ``wordlists/``), strictly: an unknown key is an error."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from . import resources
from .errors import RuleFileError
from .schema import Field, checker

_POS = ("verb", "noun", "adjective", "adverb", "phrase")
_SEVERITIES = ("suggestion", "warning", "error")
_ENTRY = (Field("phrase", str, required=True), Field("alternatives", list, required=True, items=str),
          Field("source", str, required=True), Field("pos", str, choices=_POS), Field("variants", list, items=str),
          Field("note", str), Field("severity", str, choices=_SEVERITIES), Field("not_next", list, items=str),
          Field("not_prev", list, items=str), Field("next", str), Field("prev", str), Field("not_with", str),
          Field("not_with_beside", bool), Field("not_in_document", str), Field("only_with", str),
          Field("examples", list, items=dict), Field("not_examples", list, items=str), Field("rewrite", bool),
          Field("before_ing", list, items=str),
          Field("as_noun", bool), Field("with_prev", list, items=str),
          Field("before_noun", list, items=str), Field("after_be", list, items=str),
          Field("after_adjective", list, items=str), Field("as_adjective", list, items=str),
          Field("after_the_list", list, items=str),
          Field("swap_next", str), Field("no_swap_prev", str), Field("no_swap_after", str), Field("no_swap_at_start", bool), Field("severity_in_list", str, choices=_SEVERITIES),
          Field("severity_before_noun", str, choices=_SEVERITIES), Field("severity_after_be", str, choices=_SEVERITIES),
          Field("severity_as_adjective", str, choices=_SEVERITIES),
          Field("next_alternatives", list, items=dict), Field("opening_clause", list, items=str),
          Field("before_duration", list, items=str), Field("unsure_note", str), Field("no_swap_note", str),
          Field("as_participle", list, items=str), Field("prev_alternatives", list, items=dict),
          Field("noun_object_note", str), Field("severity_noun_object", str, choices=_SEVERITIES))
_NEXT_ALTERNATIVES = (Field("next", str, required=True), Field("alternatives", list, required=True, items=str),
                      Field("then", str), Field("note", str))
_PREV_ALTERNATIVES = (Field("prev", str), Field("alternatives", list, required=True, items=str),
                      Field("note", str), Field("words", int), Field("after", str))
_EXAMPLE = (Field("text", str, required=True), Field("fixed", str))
_ACRONYM = (Field("acronym", str, required=True), Field("expansions", list, required=True, items=str),
            Field("source", str, required=True), Field("note", str), Field("when", list, items=str),
            Field("cues", list, items=str), Field("known", str, choices=("sector", "clinical", "subject")), Field("known_reason", str),
            Field("sure", str), Field("others", list, items=str), Field("noun", str))
_KNOWN = (Field("acronym", str, required=True), Field("reason", str, required=True), Field("source", str, required=True),
          Field("severity", str, choices=("suggestion",)))


class PrevFrame(NamedTuple):
    """One of an entry's ``prev_alternatives``: where ``prev`` (if any) is found in the ``words`` words
    before the match and ``after`` (if any) matches the words after it, ``alternatives`` (and ``note``)."""
    prev: Optional["Pattern"]
    alternatives: list
    note: Optional[str]
    words: int
    after: Optional["Pattern"]


@dataclass
class Entry:
    phrase: str
    alternatives: list
    source: str
    pos: str = "phrase"
    variants: list = field(default_factory=list)
    note: str = ""
    severity: Optional[str] = None
    not_next: frozenset = frozenset()
    not_prev: frozenset = frozenset()
    next: Optional["Pattern"] = None
    prev: Optional["Pattern"] = None
    # a regular expression (lower case) that, found anywhere in the paragraph, marks another
    # sense of the words ("pensioners" beside a payment's eligibility; "frequent flyer" said of
    # oneself or of flights): the entry does not fire there
    not_with: Optional["Pattern"] = None
    # not_with is read in the paragraph before and the one after too, within the same section: the
    # passage, not the paragraph alone, shows the sense ('pensioners' in one point of a list, the
    # payment they get named in the point before)
    not_with_beside: bool = False
    # a regular expression (lower case) that, found anywhere in the document, marks a sense the
    # entry's note excepts ('clients' on a page about a talking-therapy service or a council acting
    # as appointee or deputy: a formal client relationship, set KL co01-co03): no finding there
    not_in_document: Optional["Pattern"] = None
    # a regular expression (lower case) that must be found in the paragraph for the entry to
    # fire: the words of the one sense it is jargon in ('incidence' beside cases, a rate or a
    # disease; elsewhere it is everyday English)
    only_with: Optional["Pattern"] = None
    rule: str = ""
    list_name: str = ""
    # sentences the entry must fire on, each {"text": ..., "fixed": ...} where "fixed" (optional)
    # is the text with the first suggestion put in place of the words; and sentences it must
    # not fire on. Checked by tests/test_wordlist_examples.py; never used when checking.
    examples: list = field(default_factory=list)
    not_examples: list = field(default_factory=list)
    # no word fits in place of this one in every sentence (it needs an object or a sense the
    # sentence may not give): the finding offers no swap and the note says how to rewrite
    rewrite: bool = False
    # alternatives for when an -ing verb follows ("with the aim of cutting" -> "to cut"): the
    # verb joins the finding and follows the alternative in its plain form; [] means no swap
    # fits before an -ing word ("in the event of receiving": "if there is receiving" is not
    # English) and the note says how to rewrite. None (not given): the alternatives are used
    before_ing: Optional[list] = None
    # a verb entry whose word is matched as a noun too ("a refresh of the strategy" -> "an
    # update"): its alternatives fit as nouns. Otherwise a verb's word after "the", "our" or
    # another determiner is a noun and left alone ("our focus", "the transform")
    as_noun: bool = False
    # alternatives for when a word naming a condition or a thing comes just before ("dementia
    # sufferers" -> "people with dementia"): each holds {prev}, that word; the word joins the
    # finding. A determiner, a function word or a number before is not such a word.
    with_prev: list = field(default_factory=list)
    # alternatives for when the words stand before another noun, as an adjective ("service
    # user feedback"); [] means no swap fits there and the note says how to rewrite. None
    # (not given): the alternatives are used there too.
    before_noun: Optional[list] = None
    # alternatives for when a form of 'be' comes just before ("were in conjunction with the
    # service areas"); [] means no swap fits there and the note says how to rewrite
    after_be: Optional[list] = None
    # alternatives for when an adjective that describes people comes just before ("current
    # service users" -> "current users of services"): the words the adjective then describes
    after_adjective: Optional[list] = None
    # alternatives for an adjective that closes a list opened by 'the', with no noun after, so
    # that the list stands for people ("the frail and elderly" -> "the frail and older
    # people", not "the frail and older"); [] means no swap fits there
    after_the_list: Optional[list] = None
    # alternatives for a noun's word used as an adjective ("proposals deliverable within a
    # year" -> "achievable"): after a form of 'be' or a comma, or before a preposition
    as_adjective: Optional[list] = None
    # a regular expression the next word (lower case) must match for the alternatives to fit
    # ("in the event of a fire" -> "if there is a fire"); elsewhere ("in the event of the
    # death of", "in the event of delays") no swap is offered and the note says how to rewrite
    swap_next: Optional["Pattern"] = None
    # a regular expression the previous word (lower case) matches where none of the
    # alternatives fits ("the priority area workstreams": a noun before the word makes a
    # compound that "strands of work" breaks, "priority area areas of work"): the finding
    # offers no swap there and the note says how to rewrite
    no_swap_prev: Optional["Pattern"] = None
    # a regular expression the words after (up to eight, lower case, one space between, within
    # the sentence) match where no alternative reads: the finding offers no swap there, and
    # no_swap_note (else the entry's note) says how to rewrite ("an incidence of about 50 new
    # cases a week" -> 'a rate of new cases of about 50 new cases')
    no_swap_after: Optional["Pattern"] = None
    no_swap_note: str = ""
    # no_swap_after holds only where the words open their sentence (or block: a line after a
    # heading): 'By means of a report by the Director, ...' but not 'outsource the work by
    # means of a memorandum' (set AB pl21, both readers wrong)
    no_swap_at_start: bool = False
    # for a rewrite entry whose note tells of a verb after the words ('with a view to'): the
    # note and the severity where a noun is their object, with no -ing verb and no clause of
    # its own after them ("a charge made with a view to profit": 'to' and a verb, or 'hoping
    # to', does not fit a noun; set UV pl11, pl31)
    noun_object_note: str = ""
    severity_noun_object: Optional[str] = None
    # the severity where the words close a list of named groups ("residents, partners and
    # stakeholders", "staff and other stakeholders"): after 'and', 'or', a comma or 'other',
    # adjectives between; the reader already has the people named
    severity_in_list: Optional[str] = None
    # the severity where the words stand before another noun as its modifier and before_noun
    # applies ("stakeholder engagement", "an annual stakeholder conference"): a term of the
    # paper's readers there, the sense fixed by the noun after it
    severity_before_noun: Optional[str] = None
    # the severity where after_be applies ("a social worker is co-located in the police
    # station"): the words say how things stand, in the readers' own term
    severity_after_be: Optional[str] = None
    # the severity where as_adjective applies, the word graded or standing after 'be', 'than'
    # or a comma ("how transformative co-production can be", "tokenistic rather than
    # transformative"): a word of praise or opinion there, which readers know
    severity_as_adjective: Optional[str] = None
    # alternatives for when the next word (lower case; "" at the end of the block, or a mark)
    # matches a pattern, the first that matches: [(Pattern, [alternatives])]. "particularly in
    # respect of how" -> "about how", not "for how"; "six monthly thereafter." -> "after
    # that", not "then"
    next_alternatives: list = field(default_factory=list)
    # alternatives for when the words before (up to four, lower case, one space between, within
    # the sentence) match a pattern, the first that matches: [(Pattern, [alternatives])].
    # "give consideration as to whether" -> "to whether", not "about whether". A frame's own
    # note, if it has one, replaces the entry's: [(Pattern, [alternatives], note or None)]
    prev_alternatives: list = field(default_factory=list)
    # alternatives for when the words open a clause, at the start of a sentence or after
    # 'that', and a comma closes them ("stated that in regard to the costs, rents were low"
    # -> "on the costs", not "about the costs")
    opening_clause: Optional[list] = None
    # alternatives for when a length of time follows ("no later than 12 months following an
    # election" -> "within 12 months", where 'by' needs a date); before a length of time
    # counted back ("no later than five working days before the meeting") none: a rewrite
    before_duration: Optional[list] = None
    # for a linking phrase of several senses ('with respect to': about, by, in terms of, under):
    # a swap is offered only where the sentence's frame makes the sense certain (before 'how',
    # 'what', 'whether'; after a verb of speaking, a noun with its own preposition or a noun of
    # change; opening a clause); elsewhere no swap, and this note names the choices
    unsure_note: str = ""
    # alternatives for the -ing form as a participle after a noun or a comma ("a group was set
    # up, comprising officers" -> "made up of officers", where "making up officers" reverses
    # the sense), as written (not inflected); the -ing form after 'be' takes the alternatives
    as_participle: Optional[list] = None


class Pattern:
    """A regular expression compiled when first used (70 of them took 0.02 s at start-up), or
    by :func:`compile_waiting` while the command line warms up."""

    __slots__ = ("source", "_compiled", "__weakref__")

    #: the patterns not compiled yet (held weakly: a word list let go takes its own with it)
    waiting: weakref.WeakSet = weakref.WeakSet()

    def __init__(self, source: str, check: bool = True):
        self.source = source
        self._compiled = re.compile(source) if check else None
        if self._compiled is None:
            Pattern.waiting.add(self)

    def search(self, text: str):
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled.search(text)

    def __repr__(self) -> str:
        return f"Pattern({self.source!r})"


def compile_waiting() -> int:
    """Compile every :class:`Pattern` still waiting for its first use; how many were. The
    command line does this while it warms up (``runner._warm_up``), where the pattern store
    makes each from its compiled code (a few milliseconds for the 165 of the shipped lists),
    so that a long document does not compile the ones it uses one by one (0.016 s for the
    1 MB bench text). A pattern that does not compile is left as it was: its first use
    raises, as it did."""
    done = 0
    for p in list(Pattern.waiting):
        if p._compiled is None:
            try:
                p._compiled = re.compile(p.source)
            except re.error:
                continue
            done += 1
    Pattern.waiting.clear()
    return done


def _load(path: Path) -> dict:
    return _load_built(path)[0]


def _load_built(path: Path) -> tuple:
    """(data, built): see resources.read_toml_built."""
    from .resources import read_toml_built

    try:
        return read_toml_built(path)
    except OSError as exc:
        raise RuleFileError(f"{path}: cannot read word list ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: not a valid TOML word list: {exc}") from None


def resolve(name: str) -> Path:
    p = Path(name)
    if p.is_absolute():
        return p
    return resources.wordlists_dir() / name


@lru_cache(maxsize=64)
def load_substitutions(path_str: str, default_rule: str = "") -> tuple:
    """Entries of a substitution list. The list's [meta] rule wins over ``default_rule``."""
    path = Path(path_str)
    data, built = _load_built(path)
    # the wheel's copy of a shipped list (built) passed these checks in the tests of the source
    # it was built from: its records are not checked again at each start-up (about 0.01 s)
    check = checker(built)
    check(data, (Field("meta", dict), Field("entry", list, items=dict)), str(path))
    meta = check(data.get("meta", {}), (Field("rule", str), Field("description", str)), f"{path}: [meta]")
    rule = meta.get("rule", default_rule)
    # our own lists' patterns are checked by the tests and compiled at first use; a
    # writer's list is checked here, so a bad pattern is reported before any document
    shipped = resources.compiled_copy(path) is not None
    entries = []
    for i, raw in enumerate(data.get("entry", [])):
        where = f"{path}: entry {i + 1} ({raw.get('phrase', '?')})"
        check(raw, _ENTRY, where)
        pos = raw.get("pos", "phrase")
        if raw.get("rewrite") and (raw["alternatives"] or not raw.get("note")):
            raise RuleFileError(f"{where}: an entry with rewrite = true has "
                                "alternatives = [] and a note saying how to rewrite")
        sev = raw.get("severity")
        examples = raw.get("examples", [])
        for k, ex in enumerate(examples):
            check(ex, _EXAMPLE, f"{where}: examples[{k}]")
        try:
            nxt = Pattern(raw["next"], check=not shipped) if "next" in raw else None
            prv = Pattern(raw["prev"], check=not shipped) if "prev" in raw else None
            swap = Pattern(raw["swap_next"], check=not shipped) if "swap_next" in raw else None
            no_swap = Pattern(raw["no_swap_prev"], check=not shipped) if "no_swap_prev" in raw else None
            no_swap_after = Pattern(raw["no_swap_after"], check=not shipped) if "no_swap_after" in raw else None
            by_next = []
            for k, alt in enumerate(raw.get("next_alternatives", [])):
                check(alt, _NEXT_ALTERNATIVES, f"{where}: next_alternatives[{k}]")
                # 'then': a regular expression the (up to three) words after the next one must
                # match too, lower case, one space between ('in respect of policy CP11 of the
                # plan': a rule's name, not 'policy' as a topic)
                then = Pattern(alt["then"], check=not shipped) if "then" in alt else None
                # 'note': where 'alternatives' is [] (no swap reads there), what to write instead
                by_next.append((Pattern(alt["next"], check=not shipped), list(alt["alternatives"]), then, alt.get("note")))
            by_prev = []
            for k, alt in enumerate(raw.get("prev_alternatives", [])):
                check(alt, _PREV_ALTERNATIVES, f"{where}: prev_alternatives[{k}]")
                if "prev" not in alt and "after" not in alt:
                    raise RuleFileError(f"{where}: prev_alternatives[{k}] needs 'prev' or 'after'")
                # 'words': how many words back 'prev' reads (4 unless told: 30 reaches a delegation's
                # 'authorised' at the sentence's start); 'after': a regular expression the (up to 12)
                # words after the match must match too ('come into force with effect from 6 April')
                by_prev.append(PrevFrame(
                    Pattern(alt["prev"], check=not shipped) if "prev" in alt else None, list(alt["alternatives"]),
                    alt.get("note"), int(alt.get("words", 4)),
                    Pattern(alt["after"], check=not shipped) if "after" in alt else None))
            other = Pattern(raw["not_with"], check=not shipped) if "not_with" in raw else None
            only = Pattern(raw["only_with"], check=not shipped) if "only_with" in raw else None
            in_doc = Pattern(raw["not_in_document"], check=not shipped) if "not_in_document" in raw else None
        except re.error as exc:
            raise RuleFileError(f"{where}: bad regular expression: {exc}") from None
        entries.append(Entry(
            phrase=raw["phrase"].strip().lower(), alternatives=list(raw["alternatives"]),
            source=raw["source"], pos=pos, variants=[v.lower() for v in raw.get("variants", [])],
            note=raw.get("note", ""), severity=sev,
            not_next=frozenset(w.lower() for w in raw.get("not_next", [])),
            not_prev=frozenset(w.lower() for w in raw.get("not_prev", [])),
            next=nxt, prev=prv, not_with=other, not_with_beside=bool(raw.get("not_with_beside", False)),
            not_in_document=in_doc,
            only_with=only, rule=rule, list_name=path.name,
            rewrite=bool(raw.get("rewrite", False)), as_noun=bool(raw.get("as_noun", False)),
            with_prev=list(raw.get("with_prev", [])),
            before_noun=list(raw["before_noun"]) if "before_noun" in raw else None,
            after_be=list(raw["after_be"]) if "after_be" in raw else None,
            after_adjective=list(raw["after_adjective"]) if "after_adjective" in raw else None,
            after_the_list=list(raw["after_the_list"]) if "after_the_list" in raw else None,
            as_adjective=list(raw["as_adjective"]) if "as_adjective" in raw else None, before_ing=list(raw["before_ing"]) if "before_ing" in raw else None,
            swap_next=swap, no_swap_prev=no_swap, no_swap_after=no_swap_after, no_swap_note=raw.get("no_swap_note", ""),
            no_swap_at_start=raw.get("no_swap_at_start", False),
            severity_in_list=raw.get("severity_in_list"),
            severity_before_noun=raw.get("severity_before_noun"), severity_after_be=raw.get("severity_after_be"),
            severity_as_adjective=raw.get("severity_as_adjective"),
            next_alternatives=by_next, prev_alternatives=by_prev,
            opening_clause=list(raw["opening_clause"]) if "opening_clause" in raw else None,
            before_duration=list(raw["before_duration"]) if "before_duration" in raw else None,
            unsure_note=raw.get("unsure_note", ""),
            noun_object_note=raw.get("noun_object_note", ""), severity_noun_object=raw.get("severity_noun_object"),
            as_participle=list(raw["as_participle"]) if "as_participle" in raw else None,
            examples=[dict(ex) for ex in examples], not_examples=list(raw.get("not_examples", [])),
        ))
    return tuple(entries)


@dataclass
class Acronym:
    acronym: str
    expansions: list
    source: str
    note: str = ""
    when: list = field(default_factory=list)  # for several meanings: when each applies, in our words
    cues: list = field(default_factory=list)  # for several meanings: words of a document's subject, per meaning
    #: "sector": letters the people who write and read board papers know (NICE, CQC, DWP) but many residents
    #: do not; reported at the rule's ``sector-severity`` (a suggestion for board papers, shown for the public)
    known: str = ""
    known_reason: str = ""  # why the sector knows the letters, in our words
    #: why the letters have this one meaning across UK public life (a national body's name, a term of one
    #: profession used by every sector), so it is offered as the meaning on any page; empty: offered as the
    #: meaning only where the page's own words fit it
    sure: str = ""
    #: other common meanings of the same letters outside the glossary's papers, in our words with the source
    #: (named in the message where the one meaning is asked about, not offered as certain, on a page whose words
    #: do not fit it)
    others: list = field(default_factory=list)
    #: the noun the words describe, where they name none ("sector" for "voluntary, community and social
    #: enterprise"): letters used with no noun after them ("links with VCSE through ...") get no fix that puts
    #: the bare words in their place
    noun: str = ""


@lru_cache(maxsize=8)
def load_acronyms(name: str = "acronyms.toml") -> dict:
    path = resolve(name)
    data, built = _load_built(path)
    check = checker(built)  # a shipped list's built copy is not checked again (as load_substitutions)
    out = {}
    check(data, (Field("acronym", list, items=dict),), str(path))
    for i, raw in enumerate(data.get("acronym", [])):
        check(raw, _ACRONYM, f"{path}: acronym {i + 1} ({raw.get('acronym', '?')})")
        n = len(raw["expansions"])
        for k in ("when", "cues"):
            if k in raw and len(raw[k]) != n:
                raise RuleFileError(f"{path}: acronym {i + 1} ({raw['acronym']}): '{k}' needs one entry per expansion")
        if "known" in raw and not raw.get("known_reason"):
            raise RuleFileError(f"{path}: acronym {i + 1} ({raw['acronym']}): 'known' needs a 'known_reason'")
        out[raw["acronym"]] = Acronym(raw["acronym"], list(raw["expansions"]), raw["source"], raw.get("note", ""),
                                      list(raw.get("when", [])), [c.split() for c in raw.get("cues", [])],
                                      raw.get("known", ""), raw.get("known_reason", ""), raw.get("sure", ""),
                                      list(raw.get("others", [])), raw.get("noun", ""))
    return out


@lru_cache(maxsize=8)
def load_known_acronyms(name: str = "known-acronyms.toml") -> dict:
    path = resolve(name)
    data, built = _load_built(path)
    check = checker(built)
    out = {}
    check(data, (Field("acronym", list, items=dict), Field("named", list, items=dict)), str(path))
    for i, raw in enumerate(data.get("acronym", [])):
        check(raw, _KNOWN, f"{path}: acronym {i + 1} ({raw.get('acronym', '?')})")
        out[raw["acronym"]] = raw
    return out


_NAMED = (Field("acronym", str, required=True), Field("before", list, required=True, items=str),
          Field("reason", str, required=True), Field("source", str, required=True))


@lru_cache(maxsize=8)
def load_named_letters(name: str = "known-acronyms.toml") -> dict:
    """The ``[[named]]`` entries of the known list: letters that are the end of a brand's or product's name only
    right after one of its ``before`` words ("Chat GPT"), and letters to spell out anywhere else. Letters -> the
    words (lower case) that make them a name."""
    path = resolve(name)
    data, built = _load_built(path)
    check = checker(built)
    out: dict = {}
    for i, raw in enumerate(data.get("named", [])):
        check(raw, _NAMED, f"{path}: named {i + 1} ({raw.get('acronym', '?')})")
        out.setdefault(raw["acronym"], set()).update(w.lower() for w in raw["before"])
    return {k: frozenset(v) for k, v in out.items()}


# ---------------------------------------------------------------------------------------
# Irregular verbs (wordlists/irregular-verbs.toml): one list for inflection and the passive check

_VERB_FIELDS = (Field("part", str, required=True), Field("past", str, required=True), Field("base", str),
                Field("s", str), Field("ing", str), Field("passive", bool))
_INFLECTED = ("base", "s", "ing")


@dataclass(frozen=True)
class IrregularVerbs:
    #: past participle -> simple past, for every participle that can make a passive
    participles: dict
    #: base -> (he/she/it form, simple past, past participle, -ing) for the verbs plainlint inflects
    inflected: dict


@lru_cache(maxsize=4)
def load_irregular_verbs(name: str = "irregular-verbs.toml") -> IrregularVerbs:
    path = resolve(name)
    data, built = _load_built(path)
    check = checker(built)
    check(data, (Field("description", str), Field("source", str, required=True),
                 Field("verb", list, required=True, items=dict)), str(path))
    participles: dict = {}
    inflected: dict = {}
    for i, raw in enumerate(data["verb"]):
        where = f"{path}: verb {i + 1} ({raw.get('part', '?')})"
        check(raw, _VERB_FIELDS, where)
        given = [k for k in _INFLECTED if k in raw]
        if given and len(given) != len(_INFLECTED):
            raise RuleFileError(f"{where}: give all of base, s and ing, or none")
        if raw.get("passive", True):
            participles[raw["part"]] = raw["past"]
        if given:
            inflected[raw["base"]] = (raw["s"], raw["past"], raw["part"], raw["ing"])
    return IrregularVerbs(participles, inflected)


# ---------------------------------------------------------------------------------------
# Word sets: the English words the checks and readers test against (function words,
# sentence openers, feelings, units, ...), held as data with their purpose and source

_SET_FIELDS = (Field("about", str, required=True), Field("source", str, required=True),
               Field("used", str), Field("words", list, required=True, items=str))
# a table of word pairs (a word and its irregular plural, ...) instead of a list of words
_MAP_FIELDS = (Field("about", str, required=True), Field("source", str, required=True),
               Field("used", str), Field("pairs", dict, required=True))


@lru_cache(maxsize=32)
def _word_sets(name: str) -> dict:
    path = resolve(name)
    data, built = _load_built(path)
    check = checker(built)
    out = {}
    for key, raw in data.items():
        where = f"{path}: [{key}]"
        if isinstance(raw, dict) and "pairs" in raw:
            check(raw, _MAP_FIELDS, where)
            if any(not isinstance(v, str) for v in raw["pairs"].values()):
                raise RuleFileError(f"{where}: every value of 'pairs' must be a string")
            out[key] = dict(raw["pairs"])
        else:
            check(raw, _SET_FIELDS, where)
            out[key] = tuple(raw["words"])
    return out


def word_tuple(name: str, key: str) -> tuple:
    """The words of set ``key`` in word list ``name``, in the file's order."""
    sets = _word_sets(name)
    if not isinstance(sets.get(key), tuple):
        raise RuleFileError(f"{resolve(name)}: no [{key}] table of words (plainlint needs it)")
    return sets[key]


def word_set(name: str, key: str) -> frozenset:
    """The words of set ``key`` in word list ``name``."""
    return frozenset(word_tuple(name, key))


def word_map(name: str, key: str) -> dict:
    """The word pairs of table ``key`` (one holding ``pairs``) in word list ``name``."""
    sets = _word_sets(name)
    value = sets.get(key)
    if not isinstance(value, dict):
        raise RuleFileError(f"{resolve(name)}: no [{key}] table of pairs (plainlint needs it)")
    return dict(value)
