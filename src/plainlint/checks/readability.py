"""Kind ``reading-age``: a document (or section) whose reading age is above a target.

It needs code of its own (the readability formulas, the hardest sentences to start with);
lengths over a scope are the general kind ``metric`` (``checks/metric.py``). Reading age
uses prose sentences only (see ``plainlint.metrics``); the pronouncing dictionary is
loaded only when a document is long enough to rate.
"""

from __future__ import annotations

from ..engine import Check
from ..metrics import BEFORE_FIRST_HEADING, count_words, section_anchor
from ..wording import clip


class ReadabilityCheck(Check):
    def _warning_over(self, rule) -> int:
        """warning-over, or 0 where a writer set their own target without it (then every
        reading age over their target is at the rule's severity)."""
        own = self.config.rule_options.get(rule.id, {}) if self.config is not None else {}
        if "target" in own and "warning-over" not in own:
            return 0
        return rule.option(self.config, "warning-over") or 0

    def run(self, analysed):
        out = []
        for rule in self.rules:
            out.extend(self._reading_age(rule, analysed))
        return out

    def _reading_age(self, rule, analysed):
        from ..metrics import document_readability, hardest_sentences, prose_sentences, readability, sections

        target = rule.option(self.config, "target")
        min_words = rule.option(self.config, "min-words")
        per_section = rule.option(self.config, "per-section")
        hardest_n = rule.option(self.config, "hardest")
        groups = [(None, None, prose_sentences(analysed))]
        if per_section:
            groups += [(sec["title"], sec["heading"], sec["sentences"]) for sec in sections(analysed)
                       if sec["sentences"]]
        # cheap word count first: short documents never load the dictionary
        for title, heading, sentences in groups:
            if sum(count_words(s.text) for s in sentences) < min_words:
                continue
            r = document_readability(analysed) if title is None else readability(sentences)
            age = r.get("reading_age")
            if age is None or age <= target:
                continue
            quoted = "; ".join(f"'{clip(s.text, 90)}'" for _g, s in hardest_sentences(sentences, hardest_n))
            if title is None:
                where = "This document has"
            elif heading is None and title == BEFORE_FIRST_HEADING:
                where = "The text before the first heading has"
            else:
                where = f"The section '{title}' has"
            message = rule.message.format(age=age, target=target, where=where,
                                          grade=r.get("flesch_kincaid_grade"))
            if quoted:
                message += f" Start with the hardest sentences: {quoted}."
            start, end = section_anchor(analysed, title, heading, sentences)
            # a few years over the target is within the measure's own error: a suggestion
            severity = "suggestion" if age <= target + self._warning_over(rule) else None
            yield self.finding(rule, analysed, start, end, message, document_level=True, severity=severity)


CHECK = ReadabilityCheck
