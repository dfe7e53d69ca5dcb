"""Kind ``conditional``: a term used before it is defined.

A general kind, as Vale's ``conditional`` is: two regular expressions, one for a use of a
term (``term``; its first group, or the whole match, names the term) and one for a
definition (``definition``; its first group names the term defined). A use of a term
with no definition before it is a finding, once per term, at its first such use; a use
inside a definition is part of the definition. ``exceptions`` lists terms that need no
definition. Message templates may use ``{text}`` (the words used) and ``{term}``.

The search runs over the document's text block by block, in reading order.
"""

from __future__ import annotations

import re

from ..engine import Check


def _name(m: re.Match) -> str:
    return " ".join((m.group(1) if m.re.groups and m.group(1) is not None else m.group(0)).split())


class ConditionalCheck(Check):
    def __init__(self, rules, config):
        super().__init__(rules, config)
        self._compiled = []
        for rule in rules:
            flags = re.IGNORECASE if rule.options["ignore-case"] else 0
            self._compiled.append((rule, re.compile(rule.options["term"], flags),
                                   re.compile(rule.options["definition"], flags)))

    def run(self, analysed):
        text = analysed.document.text
        out = []
        for rule, term, definition in self._compiled:
            fold = str.lower if rule.options["ignore-case"] else str
            exceptions = {fold(" ".join(x.split())) for x in rule.option(self.config, "exceptions")}
            defined: dict[str, int] = {}  # term -> where its first definition starts
            spans = []  # every definition's (start, end)
            for block in analysed.blocks:
                for m in definition.finditer(text, block.start, block.end):
                    defined.setdefault(fold(_name(m)), m.start())
                    spans.append((m.start(), m.end()))
            reported = set()
            for block in analysed.blocks:
                for m in term.finditer(text, block.start, block.end):
                    name = fold(_name(m))
                    if not name or name in exceptions or name in reported:
                        continue
                    if any(a <= m.start() and m.end() <= b for a, b in spans):
                        continue
                    if defined.get(name, len(text)) < m.start():
                        continue
                    reported.add(name)
                    out.append(self.finding(rule, analysed, m.start(), m.end(),
                                            rule.message.format(text=m.group(0), term=_name(m))))
        return out


CHECK = ConditionalCheck
