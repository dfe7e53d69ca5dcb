"""Kinds ``sentence-length``, ``paragraph-length`` and ``reading-age``."""

from __future__ import annotations

from ..engine import Check

_CONJ = ("and", "but", "which", "because", "so", "while", "whereas", "although", "or", "where", "who")


def _split_hint(sdoc, ts, te) -> str:
    toks = sdoc[ts:te]
    texts = [t.text for t in toks]
    if ";" in texts:
        i = texts.index(";")
        return f"Split it at the semicolon after '{toks[i - 1].text}'." if i else "Split it at the semicolon."
    commas = texts.count(",")
    if ":" in texts and commas >= 2:
        return "Turn the items after the colon into a bulleted list."
    if commas >= 3:
        return "It lists several things: make them a bulleted list."
    mid = len(toks) // 2
    best = None
    for i, t in enumerate(toks):
        if i > 3 and t.lower_ in _CONJ:
            if best is None or abs(i - mid) < abs(best - mid):
                best = i
    if best is not None:
        return f"Split it before '{toks[best].text}' and start a new sentence."
    return "Split it into two or more sentences."


class ReadabilityCheck(Check):
    kind = "readability"

    def run(self, analysed):
        out = []
        for rule in self.rules:
            fn = getattr(self, "_" + rule.kind.replace("-", "_"))
            out.extend(fn(rule, analysed))
        return out

    def _sentence_length(self, rule, analysed):
        max_words = rule.option(self.config, "max-words")
        error_words = rule.option(self.config, "error-words")
        for s in analysed.sentences:
            if s.words <= max_words:
                continue
            block = analysed.blocks[s.block_index]
            if rule.scopes and block.kind not in rule.scopes:
                continue
            sdoc = analysed.block_docs[s.block_index]
            severity = "error" if error_words and s.words > error_words else rule.severity
            message = rule.message.format(words=s.words, max=max_words) + " " + _split_hint(sdoc, s.tok_start, s.tok_end)
            yield self.finding(rule, analysed, s.start, s.end, message, severity=severity)

    def _paragraph_length(self, rule, analysed):
        max_sentences = rule.option(self.config, "max-sentences")
        max_words = rule.option(self.config, "max-words")
        for bi, block in enumerate(analysed.blocks):
            if block.kind not in (rule.scopes or ("paragraph",)):
                continue
            idxs = analysed.block_sentences[bi]
            n = len(idxs)
            words = sum(analysed.sentences[i].words for i in idxs)
            if n > max_sentences or words > max_words:
                first = analysed.sentences[idxs[0]] if idxs else None
                if first is None:
                    continue
                message = rule.message.format(sentences=n, words=words, max_sentences=max_sentences,
                                              max_words=max_words)
                # point at the first sentence, so the span stays readable
                yield self.finding(rule, analysed, first.start, first.end, message)

    def _reading_age(self, rule, analysed):
        from ..metrics import prose_sentences, readability, sentence_grade

        target = rule.option(self.config, "target")
        min_words = rule.option(self.config, "min-words")
        per_section = rule.option(self.config, "per-section")
        groups = []
        prose = prose_sentences(analysed)
        if per_section:
            by: dict = {}
            for s in prose:
                by.setdefault(analysed.blocks[s.block_index].section, []).append(s)
            groups = [(sec, ss) for sec, ss in by.items()]
        else:
            groups = [(None, prose)]
        for section, sentences in groups:
            words = sum(s.words for s in sentences)
            if words < min_words:
                continue
            if section is None:
                r = analysed.cache.get("readability")
                if r is None:
                    r = readability(sentences)
                    analysed.cache["readability"] = r
            else:
                r = readability(sentences)
            age = r.get("reading_age")
            if age is None or age <= target:
                continue
            hardest = sorted((s for s in sentences if s.words >= 8), key=sentence_grade, reverse=True)[:3]
            quoted = "; ".join(f"'{_clip(s.text)}'" for s in hardest)
            where = f"Section '{section}' has" if section else "This document has"
            message = rule.message.format(age=age, target=target, where=where)
            if quoted:
                message += f" Start with the hardest sentences: {quoted}."
            if section is None:
                start, end = 0, 0
            else:
                start, end = sentences[0].start, sentences[0].start
            yield self.finding(rule, analysed, start, end, message, document_level=True)


def _clip(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


CHECK = ReadabilityCheck
