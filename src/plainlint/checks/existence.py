"""Kind ``existence``: phrases or a pattern that should not be there.

A general kind, as Vale's ``existence`` is: the rule file lists the phrases (``tokens``,
matched as whole words, a space matching any run of spaces) or gives a regular expression
(``pattern``), and says why in its message (``{text}`` is the words found). There is no
suggestion: a rule that has one is a ``substitution`` rule. A new rule of this kind is one
TOML file and no word list.

Each block is searched on its own, so a match never runs from one block into the next;
the engine keeps findings to the rule's ``scopes``.
"""

from __future__ import annotations

import re

from ..engine import Check


def compile_rule(options: dict) -> re.Pattern:
    """One regular expression for a rule's tokens and pattern."""
    parts = [r"\s+".join(re.escape(w) for w in t.split()) for t in options["tokens"]]
    # the longest phrase first, so "in order to" wins over "in order"
    parts.sort(key=len, reverse=True)
    alternatives = []
    if parts:
        alternatives.append(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
    if options["pattern"]:
        alternatives.append("(?:" + options["pattern"] + ")")
    return re.compile("|".join(alternatives), re.IGNORECASE if options["ignore-case"] else 0)


class ExistenceCheck(Check):
    def __init__(self, rules, config):
        super().__init__(rules, config)
        self._compiled = [(rule, compile_rule(rule.options)) for rule in rules]

    def run(self, analysed):
        text = analysed.document.text
        out = []
        for rule, regex in self._compiled:
            for block in analysed.blocks:
                for m in regex.finditer(text, block.start, block.end):
                    if m.end() > m.start():
                        out.append(self.finding(rule, analysed, m.start(), m.end(),
                                                rule.message.format(text=m.group(0))))
        return out


CHECK = ExistenceCheck
