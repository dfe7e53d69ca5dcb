"""The rule vocabulary, declared once: severities, categories and every check kind with
the module that implements it and the options it takes.

:mod:`plainlint.engine` builds its registry (``CHECK_KINDS``) from :data:`KINDS`; a rule
file's ``kind`` and ``[options]`` and a user's ``[rules.<id>]`` table are checked against
it (:mod:`plainlint.options`); ``docs/rules.md`` lists the options from it. This module
imports nothing heavy, so loading rules never loads a check.

Four kinds are general, as Vale's are, and carry any rule of their shape as data:

* ``substitution``: phrases from a word list, each with plainer words to use instead;
* ``existence``: phrases (listed in the rule file) or a pattern that should not be there;
* ``metric``: a length over a scope (each sentence, paragraph or section, or the whole
  document) in words or sentences, with thresholds for each severity;
* ``conditional``: a term used before it is defined (two patterns: the use and the
  definition).

The rest need code of their own (acronyms, co-production, passive voice, reading age).

To add a check kind: write ``checks/<module>.py`` with a ``CHECK`` class and add one entry
here. To add a rule of an existing kind (a new word list, a new length limit), add one
TOML file to ``rules/``: no code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from .options import Option

SEVERITIES = ("suggestion", "warning", "error")


@dataclass(frozen=True)
class Category:
    """A category of rules, and how the HTML report shows its findings."""

    name: str  # a rule file's category; --select and --ignore take it
    label: str  # for people: the report's filters, columns and tags
    colour: str  # the highlight (or the underline, for "underline")
    tint: str  # a summary table cell with findings of it
    dark: str  # a note's number
    mark: str = "fill"  # "fill": highlighted; "underline": underlined (a whole sentence)


CATEGORY_LIST = (
    Category("plain-words", "Plain words", "#ffdd00", "#fff7bf", "#8a6d00"),
    Category("acronyms", "Acronyms", "#8fc4f2", "#dcedfb", "#1d70b8"),
    Category("readability", "Readability", "#f47738", "#fde2d2", "#b15a00", mark="underline"),
    Category("co-production", "Co-production", "#c9a3e3", "#efe2f7", "#6f3c91"),
)
#: the category names, in the order reports show them; the engine, the HTML labels and the
#: report's CSS (report.html.category_css) all come from CATEGORY_LIST
CATEGORIES = tuple(c.name for c in CATEGORY_LIST)


@dataclass(frozen=True)
class Kind:
    name: str
    module: str  # in plainlint.checks, defining CHECK
    doc: str
    options: tuple = ()
    #: checks a rule file's options as a whole (each one is already checked against its
    #: Option): returns what is wrong, or None
    check: Optional[Callable[[dict], Optional[str]]] = None


#: kinds that were merged into a general kind: what a rule file says now
RENAMED = {
    "sentence-length": 'kind "metric" with scope = "sentence" (the options keep their names)',
    "paragraph-length": 'kind "metric" with scope = "paragraph" (the options keep their names)',
}

SCOPES = ("sentence", "paragraph", "section", "document")


def _metric_check(options: dict) -> Optional[str]:
    if options["max-words"] is None and options["max-sentences"] is None:
        return "a metric rule needs max-words or max-sentences (or both)"
    if options["scope"] == "sentence" and options["max-sentences"] is not None:
        return "max-sentences has no meaning for scope 'sentence'"
    if options["advice"] == "split-sentence" and options["scope"] != "sentence":
        return "advice 'split-sentence' is for scope 'sentence'"
    return None


def _regex_problem(key: str, pattern: str) -> Optional[str]:
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"{key} is not a valid regular expression ({exc})"
    return None


def _existence_check(options: dict) -> Optional[str]:
    if not options["tokens"] and not options["pattern"]:
        return "an existence rule needs tokens or a pattern"
    if any(not t.strip() for t in options["tokens"]):
        return "tokens holds an empty phrase"
    return _regex_problem("pattern", options["pattern"]) if options["pattern"] else None


def _conditional_check(options: dict) -> Optional[str]:
    return _regex_problem("term", options["term"]) or _regex_problem("definition", options["definition"])


_MESSAGE = "message template; {acronym}, {fix} and the like are filled in"


def _split_note(name: str, what: str) -> Option:
    """A note of the long-sentence advice: with hard-only-up-to set, a sentence of this kind is a
    suggestion carrying the note."""
    return Option(name, str, "with hard-only-up-to set: " + what, default="", fixed=True)


KINDS = {k.name: k for k in (
    Kind("substitution", "substitution",
         "phrases from a word list, each with plainer words to use instead (or to cut)", (
             Option("wordlist", str, "the word list in wordlists/ (or a path relative to the rule file)"),
             Option("suggestions-once", bool, "report a house-term entry once per document, with a count",
                    default=False),
             Option("omit-message", str, "message for an entry whose advice is to cut it; {text} is the phrase",
                    default="Consider cutting '{text}'."),
             Option("recast-message", str, "message for such an entry where the cut would leave the sentence's "
                    "opening clause with no main clause of its own; {text} is the phrase",
                    default="Recast the sentence around '{text}'."),
         )),
    Kind("existence", "existence", "phrases or a pattern that should not be there (no suggestion)", (
        Option("tokens", list, "phrases to find, as whole words (a space matches any run of spaces)",
               default=[], fixed=True),
        Option("pattern", str, "a regular expression to find as well (Python syntax)", default="", fixed=True),
        Option("ignore-case", bool, "match in any case", default=True, fixed=True),
    ), check=_existence_check),
    Kind("metric", "metric", "a length over a scope (each sentence, paragraph or section, or the document) "
         "above a limit, in words or sentences", (
             Option("scope", str, "what is measured: each sentence, each paragraph, each section or the "
                    "whole document", choices=SCOPES, fixed=True),
             Option("max-words", int, "more words than this is a finding", min=1, default=None),
             Option("max-sentences", int, "more sentences than this is a finding", min=1, default=None),
             Option("warning-words", int, "more words than this is at the rule's severity; from max-words up to "
                    "it, a suggestion (0: every finding is at the rule's severity)", min=0, default=0),
             Option("error-words", int, "more words than this is an error", min=1, default=None),
             Option("hard-only-up-to", int, "with advice 'split-sentence': a sentence of more than warning-words "
                    "and at most this many words is at the rule's severity only where it is hard to follow "
                    "(several clauses, an aside, figures, long abstract words, a long opening), else a "
                    "suggestion (0: off)", min=0, default=0),
             _split_note("quote-note", "a sentence that opens with a quotation mark is "
                    "someone else's words, a suggestion at any length, with this note"),
             _split_note("names-note", "a sentence that is mostly people's names and "
                    "job titles (a roll of who presented or attended) is a suggestion at any length, with this "
                    "note"),
             _split_note("decision-note", "a sentence in a decision's recorded wording "
                    "('Noted that ...', 'RESOLVED that ...', 'That Cabinet approve ...', '... be approved') of at "
                    "most decision-up-to words is a suggestion, with this note"),
             Option("decision-up-to", int, "see decision-note (0: off)", min=0, default=0),
             _split_note("standing-note", "a sentence of standing statutory wording "
                    "(two phrases or more of wordlists/sentence-words.toml standing-wording: an exclusion "
                    "resolution, the test for urgent business) is a suggestion at any length, with this note"),
             _split_note("capitals-note", "a sentence written in capitals (four fifths "
                    "of ten words or more), like a title, is a suggestion at any length, with this note"),
             _split_note("one-idea-note", "a sentence over error-words and at most "
                    "one-idea-up-to words that carries one idea (no clause, further verb, aside with a verb, list "
                    "or run of figures inside it) is a suggestion, with this note"),
             Option("one-idea-up-to", int, "see one-idea-note (0: off)", min=0, default=0),
             _split_note("table-note", "a \"sentence\" that is a run of labels (Analysed.label_run: a "
                    "table, form or document-control sheet flattened into text with no full stops) is a suggestion "
                    "at any length, with this note"),
             _split_note("item-note", "an item of a list that is no sentence of its own (closed by "
                    "';', '; and' or ',' in a run of such items or under a lead-in ending in a colon; or, not a "
                    "whole sentence, under such a lead-in, under a heading of criteria or conditions, or with no "
                    "finite verb: metric.list_item_unit) is a suggestion at any length, with this note, "
                    "its message naming it a list item"),
             Option("error-note", str, "sentence added to an error's message; {error_words} is the limit",
                    default="", fixed=True),
             Option("advice", str, "advice added to each message: 'split-sentence' says where the sentence "
                    "could be split", choices=("none", "split-sentence"), default="none", fixed=True),
         ), check=_metric_check),
    Kind("conditional", "conditional", "a term used before it is defined", (
        Option("term", str, "a regular expression for a use of a term; its first group (or the whole "
               "match) names the term", fixed=True),
        Option("definition", str, "a regular expression for a definition; its first group names the term "
               "defined", fixed=True),
        Option("exceptions", list, "terms that need no definition", default=[]),
        Option("ignore-case", bool, "match in any case", default=False, fixed=True),
    ), check=_conditional_check),
    Kind("reading-age", "readability", "a document (or section) whose reading age is above a target", (
        Option("target", int, "highest reading age, in years", min=5),
        Option("min-words", int, "documents or sections shorter than this are not rated", min=0),
        Option("per-section", bool, "rate each section as well as the whole document"),
        Option("hardest", int, "how many of the hardest sentences to name", min=0, max=50),
        Option("warning-over", int, "a reading age at most this many years over the target is a suggestion; "
               "more, the rule's severity (0: every one at the rule's severity)", min=0, default=0),
        Option("leave-out-hardest", int, "with warning-over: the reading age that decides between a suggestion "
               "and the rule's severity is taken without this many of the hardest sentences (in a short text one "
               "long sentence can raise it by years; that sentence is long-sentence's finding) (0: off)",
               min=0, default=0),
        Option("named-over-words", int, "with warning-over: a reading age up to named-up-to years over the "
               "target is at the rule's severity only where one of the hardest sentences named has more than "
               "this many words; where none has, the age comes from long words, often the topic's own, and it "
               "is a suggestion (0: off)", min=0, default=0),
        Option("named-up-to", int, "see named-over-words: years over the target", min=0, default=0),
        Option("near-over-words", int, "with warning-over: a reading age up to near-up-to years over the "
               "target is at the rule's severity only where one of the hardest sentences named has more than "
               "this many words; where none has, the text reads moderately and long-sentence has nothing past "
               "its error limit to show, and it is a suggestion (0: off)", min=0, default=0),
        Option("near-up-to", int, "see near-over-words: years over the target", min=0, default=0),
    )),
    Kind("passive-voice", "passive", "a passive sentence that hides who acts", (
        Option("buried-action-severity", str, "severity where the passive's subject is a noun naming the action "
               "and its verb a light one ('Consideration was given', 'The discretion of the council is applied'); "
               "unset: the rule's severity", choices=SEVERITIES, default=None),
    )),
    Kind("acronym-undefined", "acronyms", "an acronym used before it is spelled out", (
        Option("message-known", str, _MESSAGE),
        Option("message-several", str, _MESSAGE),
        Option("message-unclear", str, _MESSAGE),
        Option("message-unfit", str, _MESSAGE),
        Option("message-unsure", str, _MESSAGE),
        Option("message-later", str, _MESSAGE),
        Option("message-glossary", str, _MESSAGE),
        Option("message-heading", str, _MESSAGE),
        Option("message-subject", str, _MESSAGE),
        Option("message-slip", str, _MESSAGE),
        Option("message-slip-definition", str, _MESSAGE),
        Option("message-slip-near", str, _MESSAGE),
        Option("message-doubled", str, _MESSAGE),
        Option("message-slip-letter", str, _MESSAGE),
        Option("message-slip-known", str, _MESSAGE),
        Option("message-slip-known-swap", str, _MESSAGE),
        Option("message-bracket-after", str, _MESSAGE),
        Option("message-unlinked", str, _MESSAGE),
        Option("glossary-severity", str, "severity when the acronym is explained only in a glossary",
               choices=SEVERITIES),
        Option("sector-severity", str, "severity for letters the glossary marks known = \"sector\" (CQC, DWP, NICE)",
               choices=SEVERITIES),
        Option("message-anywhere", str, _MESSAGE),
        Option("message-name", str, _MESSAGE),
        Option("message-describing", str, _MESSAGE),
        Option("message-noun", str, _MESSAGE),
        Option("message-document", str, _MESSAGE),
        Option("message-document-spelled", str, _MESSAGE),
        Option("message-document-cut", str, _MESSAGE),
        Option("message-product", str, _MESSAGE),
        Option("message-document-spelled-cut", str, _MESSAGE),
        Option("message-site", str, _MESSAGE),
        Option("message-split", str, _MESSAGE),
        Option("message-loose", str, _MESSAGE),
        Option("message-beside", str, _MESSAGE),
        Option("message-next", str, _MESSAGE),
        Option("message-meeting", str, _MESSAGE),
        Option("message-trust", str, "said when the letters seem to be an NHS trust's, whose name is written before them "
               "without the letters: {name}, the name; {where}, where it is", default=""),
        Option("message-act", str, "said when letters ending in A before a year are an Act's short title, not the "
               "glossary's meaning: {year}, the year; {meaning}, the glossary's words", default=""),
        Option("message-reference", str, "said when the letters are met only at the head of a document's reference "
               "label ('QZP DN - 2022-23 ...'): {label}, the label's first words", default=""),
        Option("message-pair", str, "added after the message on the first of two shown letters joined by a slash "
               "('UX/UI'), the second then a suggestion: {other}, the second letters", default=""),
        Option("message-own-lead", str, "the message for letters whose first letters are the initials of a term the "
               "page writes twice ('Deferred Payment Policy' beside 'DPA'): the glossary's meaning is not offered; "
               "{words}, the term; {meaning}, the glossary's meanings", default=""),
        Option("message-in-title", str, "added after the message when the letters are first in the document's "
               "title and the finding is at their first use in the text: {where}, where the title is", default=""),
        Option("message-speaker", str, "the message for two or three capitals that speak in minutes as the people "
               "the minutes name by initials do ('AZ replied'): {others}, those people's initials", default=""),
        Option("message-initials", str, "the message for two or three capitals handed a task or acting in notes that "
               "name their people by initials only ('40 words to QZ for the site'): {others}, other people's initials",
               default=""),
        Option("message-apostrophe", str, "added after the message when an apostrophe follows the letters "
               "('CCGs’ position', 'CCG's report'), where no fix is offered", default=""),
        Option("message-bracketed", str, "added after the message when the letters are inside brackets and the "
               "words alone are offered first: {words}, the words", default=""),
        Option("message-in-name", str, "added after the message when the letters first appear earlier inside an NHS "
               "body's name: {name}, the name; {where}, where it is", default=""),
        Option("message-first-label", str, "added after the message when the letters first appear earlier only as a "
               "label (a heading, a list, a name): {where}, where they are; {kind}, what it is", default=""),
        Option("message-later-text", str, "said instead of message-later when the letters first appear earlier only as "
               "a label: {fix}, the words to write; {where}, where they are spelled out", default=""),
        Option("publisher", list, "the letters your own organisation goes by (\"KCC\"): its readers know whose paper it "
               "is, so their letters are a suggestion, not an error", default=[]),
    )),
    Kind("acronym-rarely-used", "acronyms", "an acronym defined but used too rarely to be worth it", (
        Option("min-uses", int, "fewer uses than this and the acronym is not worth it", min=1),
        Option("message-never", str, _MESSAGE),
    )),
    Kind("acronym-defined-twice", "acronyms", "an acronym spelled out again with the same words", (
        Option("within", int, "characters back to the earlier spelling-out for the second to be reported", min=0),
    )),
    Kind("acronym-defined-late", "acronyms", "an acronym spelled out only after its first use"),
    Kind("acronym-inconsistent", "acronyms", "an acronym spelled out again in other words", (
        Option("message-short", str, _MESSAGE),
        Option("message-first-short", str, _MESSAGE),
        Option("message-other-way", str, "said at the first spelling-out when the page writes the second one's words "
               "more often: {first}, {second}, {where} (of the second), {count} (how often it is written)", default=""),
    )),
    Kind("acronym-two-meanings", "acronyms", "the same letters spelled out with two meanings", (
        Option("message-spelled", str, _MESSAGE),
    )),
    Kind("acronym-density", "acronyms", "too many acronyms for the length of the document", (
        Option("max-per-1000-words", float, "most distinct acronyms per 1,000 words", min=0),
        Option("min-words", int, "shorter documents are not rated", min=0),
    )),
    Kind("consultation-as-co-production", "coproduction", "consultation described as co-production", (
        Option("ladder", str, "the co-production ladder file in wordlists/"),
        Option("unsure-note", str, "sentence added when the evidence is not clear-cut"),
        Option("trained-reader", bool, "also read claims with the trained model (suggestions only)"),
        Option("loose-tier", bool, "also flag, as a suggestion, a claim with a lower-rung activity anywhere in its paragraph and no sign of power"),
        Option("loose-message", str, "message of the loose tier; {claim}, {activity}, {rung}, {honest} and {did} are filled in"),
    )),
    Kind("co-production-unevidenced", "coproduction", "co-production claimed with no evidence of it", (
        Option("ladder", str, "the co-production ladder file in wordlists/"),
        Option("min-indicators", int, "evidence indicators a document needs", min=0),
        Option("min-claims", int, "claims before the rule looks for evidence", min=0),
        Option("aim-note", str, "sentence added when the claim is only an aim"),
        Option("short-words", int, "a document of fewer words (a news item, a web page) is asked only for short-signs", default=0, min=0),
        Option("short-signs", list, "the signs a short document is asked for when missing (ids in the ladder)", default=[]),
    )),
)}
