"""The rule vocabulary, declared once: severities, categories and every check kind with
the module that implements it and the options it takes.

:mod:`plainlint.engine` builds its registry (``CHECK_KINDS``) from :data:`KINDS`; a rule
file's ``kind`` and ``[options]`` and a user's ``[rules.<id>]`` table are checked against
it (:mod:`plainlint.options`); ``docs/rules.md`` lists the options from it. This module
imports nothing heavy, so loading rules never loads a check.

To add a check kind: write ``checks/<module>.py`` with a ``CHECK`` class and add one entry
here. To add a rule of an existing kind (a new word list, a new length limit), add one
TOML file to ``rules/``: no code.
"""

from __future__ import annotations

from dataclasses import dataclass

from .options import Option

SEVERITIES = ("suggestion", "warning", "error")
CATEGORIES = ("plain-words", "acronyms", "readability", "co-production")


@dataclass(frozen=True)
class Kind:
    name: str
    module: str  # in plainlint.checks, defining CHECK
    doc: str
    options: tuple = ()


_MESSAGE = "message template; {acronym}, {fix} and the like are filled in"

KINDS = {k.name: k for k in (
    Kind("substitution", "substitution",
         "phrases from a word list, each with plainer words to use instead (or to cut)", (
             Option("wordlist", str, "the word list in wordlists/ (or a path relative to the rule file)"),
             Option("suggestions-once", bool, "report a house-term entry once per document, with a count",
                    default=False),
             Option("omit-message", str, "message for an entry whose advice is to cut it; {text} is the phrase",
                    default="Consider cutting '{text}'."),
         )),
    Kind("sentence-length", "readability", "a sentence longer than a limit, in words", (
        Option("max-words", int, "more words than this is a finding", min=1),
        Option("warning-words", int, "more words than this is a warning; from max-words up to it, a suggestion "
               "(0: every long sentence is a warning)", min=0, default=0),
        Option("error-words", int, "more words than this is an error", min=1),
    )),
    Kind("paragraph-length", "readability", "a paragraph longer than a limit, in sentences or words", (
        Option("max-sentences", int, "more sentences than this is a finding", min=1),
        Option("max-words", int, "more words than this is a finding", min=1),
    )),
    Kind("reading-age", "readability", "a document (or section) whose reading age is above a target", (
        Option("target", int, "highest reading age, in years", min=5),
        Option("min-words", int, "documents or sections shorter than this are not rated", min=0),
        Option("per-section", bool, "rate each section as well as the whole document"),
        Option("hardest", int, "how many of the hardest sentences to name", min=0, max=50),
    )),
    Kind("passive-voice", "passive", "a passive sentence that hides who acts"),
    Kind("acronym-undefined", "acronyms", "an acronym used before it is spelled out", (
        Option("message-known", str, _MESSAGE),
        Option("message-several", str, _MESSAGE),
        Option("message-later", str, _MESSAGE),
        Option("message-glossary", str, _MESSAGE),
        Option("message-heading", str, _MESSAGE),
        Option("message-subject", str, _MESSAGE),
        Option("glossary-severity", str, "severity when the acronym is explained only in a glossary",
               choices=SEVERITIES),
    )),
    Kind("acronym-rarely-used", "acronyms", "an acronym defined but used too rarely to be worth it", (
        Option("min-uses", int, "fewer uses than this and the acronym is not worth it", min=1),
        Option("message-never", str, _MESSAGE),
    )),
    Kind("acronym-defined-twice", "acronyms", "an acronym spelled out again with the same words", (
        Option("within", int, "characters back to the earlier spelling-out for the second to be reported", min=0),
    )),
    Kind("acronym-defined-late", "acronyms", "an acronym spelled out only after its first use"),
    Kind("acronym-inconsistent", "acronyms", "an acronym spelled out again in other words"),
    Kind("acronym-two-meanings", "acronyms", "the same letters spelled out with two meanings"),
    Kind("acronym-density", "acronyms", "too many acronyms for the length of the document", (
        Option("max-per-1000-words", float, "most distinct acronyms per 1,000 words", min=0),
        Option("min-words", int, "shorter documents are not rated", min=0),
    )),
    Kind("consultation-as-co-production", "coproduction", "consultation described as co-production", (
        Option("ladder", str, "the co-production ladder file in wordlists/"),
        Option("unsure-note", str, "sentence added when the evidence is not clear-cut"),
    )),
    Kind("co-production-unevidenced", "coproduction", "co-production claimed with no evidence of it", (
        Option("ladder", str, "the co-production ladder file in wordlists/"),
        Option("min-indicators", int, "evidence indicators a document needs", min=0),
        Option("min-claims", int, "claims before the rule looks for evidence", min=0),
        Option("aim-note", str, "sentence added when the claim is only an aim"),
    )),
)}
