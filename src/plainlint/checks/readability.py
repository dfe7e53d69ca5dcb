"""Kinds ``sentence-length``, ``paragraph-length`` and ``reading-age``.

Lengths are counted with :func:`plainlint.metrics.count_words` (the same count as the
readability figures). Sentence rules read every sentence and fragment except headings and
running headers and footers; reading age uses prose sentences only (see
``plainlint.metrics``). The pronouncing dictionary is loaded only by ``reading-age``.
"""

from __future__ import annotations

from ..analysis import is_word
from ..engine import Check
from ..metrics import BEFORE_FIRST_HEADING, count_words, is_checked_sentence
from ..wording import clip
from ..wordlists import word_set

# Where a long sentence can be split: words that start a new clause.
_STRONG = {"but", "because", "although", "though", "while", "whilst", "whereas", "however", "unless",
           "therefore", "meaning"}
_AFTER_COMMA_ONLY = {"which", "who", "whom", "whose", "where", "when", "since", "until", "so"}
_AND_OR = {"and", "or"}
_SUBJECT_STARTS = word_set("sentence-words.toml", "subject-starts")
_COMMA_LIKE = {",", "–", "—", ")"}
# after a comma, these usually start a clause that could stand as a sentence
_CLAUSE_OPENERS = word_set("sentence-words.toml", "clause-openers")


def _quote(toks, i: int, n: int = 4) -> str:
    """The source text of a few words from token i on, to show where to split."""
    k = i
    words = 0
    while k < len(toks) and words < n:
        if toks[k].is_punct and k > i:
            break
        if is_word(toks[k]):
            words += 1
        k += 1
    return toks[i:k].text


def _split_points(toks) -> list[tuple[float, int]]:
    """(score, token index) of every sensible place to start a new sentence."""
    n = len(toks)
    words = [i for i, t in enumerate(toks) if is_word(t)]
    if len(words) < 8:
        return []
    first_ok, last_ok = words[3], words[-4]
    out = []
    for i in range(first_ok, last_ok + 1):
        t = toks[i]
        low = t.lower_
        prev = toks[i - 1]
        nxt = toks[i + 1] if i + 1 < n else None
        after_comma = prev.text in _COMMA_LIKE
        starts_clause = nxt is not None and nxt.lower_ in _SUBJECT_STARTS
        if low in _STRONG:
            score = 2.0
        elif low in _AFTER_COMMA_ONLY:
            if not after_comma:
                continue
            score = 1.5
        elif low in _AND_OR:
            if prev.text[:1].isupper() and nxt is not None and nxt.text[:1].isupper():
                continue  # inside a name: "Health and Wellbeing Board"
            if not (after_comma or starts_clause):
                continue
            score = 1.0
        else:
            continue
        if after_comma:
            score += 1
        if starts_clause:
            score += 0.5
        score -= abs(i - n / 2) / n * 3  # near the middle is best
        out.append((score, i))
    out.sort(key=lambda x: -x[0])
    return out


def split_hint(toks) -> str:
    """Where to split a long sentence: at a semicolon, into a list, or at a conjunction."""
    texts = [t.text for t in toks]
    semis = [i for i, t in enumerate(texts) if t == ";"]
    if semis:
        i = semis[len(semis) // 2] if len(semis) > 1 else semis[0]
        after = _quote(toks, i + 1, 3) if i + 1 < len(toks) else ""
        where = f"at the semicolon before '{after}'" if after else "at the semicolon"
        more = f" (it has {len(semis)})" if len(semis) > 1 else ""
        return f"Split it {where}{more}: make each part a sentence of its own."
    if ":" in texts:
        after = texts[texts.index(":") + 1:]
        if after.count(",") >= 2 or (after.count(",") >= 1 and ("and" in after or "or" in after)):
            return "It lists several things after the colon: make them a bulleted list."
    commas = texts.count(",")
    if commas >= 3 and ("and" in texts or "or" in texts):
        return f"It lists several things ({commas + 1} parts separated by commas): make them a bulleted list."
    points = _split_points(toks)
    if points:
        return f"Split it before '{_quote(toks, points[0][1])}' and start a new sentence there."
    words = [i for i, t in enumerate(toks) if is_word(t)]
    if len(words) >= 8:
        commas_at = [i for i, t in enumerate(texts) if t == "," and words[3] < i < words[-4]
                     and toks[i + 1].lower_ in _CLAUSE_OPENERS]
        if commas_at:
            i = min(commas_at, key=lambda k: abs(k - len(toks) / 2))
            return f"Split it at the comma before '{_quote(toks, i + 1, 3)}'."
    return "Split it into two or more sentences, one idea in each."


class ReadabilityCheck(Check):
    def run(self, analysed):
        out = []
        for rule in self.rules:
            fn = {"sentence-length": self._sentence_length, "paragraph-length": self._paragraph_length,
                  "reading-age": self._reading_age}[rule.kind]
            out.extend(fn(rule, analysed))
        return out

    def _sentence_length(self, rule, analysed):
        max_words = rule.option(self.config, "max-words")
        error_words = rule.option(self.config, "error-words")
        warning_words = rule.option(self.config, "warning-words")
        own = self.config.rule_options.get(rule.id, {}) if self.config is not None else {}
        if "max-words" in own and "warning-words" not in own:
            warning_words = max_words  # a writer's own limit: every sentence over it is a warning
        for s in analysed.sentences:
            block = analysed.blocks[s.block_index]
            if not is_checked_sentence(block, s):
                continue
            words = count_words(s.text)
            if words <= max_words:
                continue
            sdoc = analysed.block_docs[s.block_index]
            very = bool(error_words) and words > error_words
            # a few words over the aim is a matter of style; well over it is worth fixing
            severity = "error" if very else rule.severity if words > warning_words else "suggestion"
            message = rule.message.format(words=words, max=max_words)
            if very:
                message += f" Over {error_words} words, most readers lose the thread."
            message += " " + split_hint(sdoc[s.tok_start:s.tok_end])
            yield self.finding(rule, analysed, s.start, s.end, message, severity=severity)

    def _paragraph_length(self, rule, analysed):
        max_sentences = rule.option(self.config, "max-sentences")
        max_words = rule.option(self.config, "max-words")
        for bi, block in enumerate(analysed.blocks):
            if block.kind not in (rule.scopes or ("paragraph",)):
                continue
            idxs = analysed.block_sentences[bi]
            if not idxs:
                continue
            n = len(idxs)
            words = sum(count_words(analysed.sentences[i].text) for i in idxs)
            if n > max_sentences or words > max_words:
                first = analysed.sentences[idxs[0]]
                message = rule.message.format(sentences=n, words=words, max_sentences=max_sentences,
                                              max_words=max_words)
                # point at the first sentence, so the span stays readable
                yield self.finding(rule, analysed, first.start, first.end, message)

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
            if title is None:
                start = end = 0
            elif heading is not None:
                block = analysed.blocks[heading]
                start, end = block.start, block.end
            else:
                start = end = sentences[0].start
            yield self.finding(rule, analysed, start, end, message, document_level=True)


CHECK = ReadabilityCheck
