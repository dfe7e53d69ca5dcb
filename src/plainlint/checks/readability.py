"""Kind ``reading-age``: a document (or section) whose reading age is above a target.

It needs code of its own (the readability formulas, the hardest sentences to start with);
lengths over a scope are the general kind ``metric`` (``checks/metric.py``). Reading age
uses prose sentences only (see ``plainlint.metrics``); the pronouncing dictionary is
loaded only when a document is long enough to rate.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Optional

from ..engine import Check
from ..metrics import BEFORE_FIRST_HEADING, count_words, section_anchor
from ..wording import clip
from ..wordlists import word_set
from .metric import (_DEPENDENT, _DETERMINERS, _FINITE, _PREPOSITIONS, _VERB_FORMS, _VERB_MARKS, _stands_alone,
                     _subject_and_verb, _Tokens, in_quoted_law, recorded_resolution)
from .sentence_shape import _NOT_FINITE, has_lost_stop, is_decision, is_standing, is_written_question


# a long name: three capitalised words or more, with the small words between them ('Corporate Director
# of Regeneration, Economy and Growth' is two: 'Corporate Director of Regeneration', 'Economy and Growth')
_NAME_WORD = r"(?:[A-Z][\w’'&-]*|\([A-Z][\w’'-]*\)|\d{1,4})"
_LONG_NAME = re.compile(_NAME_WORD + r"(?:\s+(?:(?:of|and|&|for|the|on|upon)\s+)*" + _NAME_WORD + r")+")


def _one_word_names(text: str) -> str:
    """The sentence with each long name (three capitalised words or more) as one short word, as a
    reader takes it in: 'The Cabinet considered a report of the Corporate Director of Regeneration ...'."""
    def one(m):
        caps = sum(1 for w in m.group(0).split() if w[:1].isupper() or w[:2][-1:].isupper())
        return "Name" if caps >= 3 else m.group(0)
    return _LONG_NAME.sub(one, text)


_QUOTE_MARKS = "“\"‘'"


# a form's labels run together by extraction ('Paper Owner: Notes / views of the Paper Owner: Sam Lee, ...'):
# a label of up to three capitalised words and its colon at the start, and another soon after
_LABEL_START = re.compile(r"(?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]*:\s")
_LABEL_NEXT = re.compile(r"\b[A-Z][a-z]+:\s")


def _labels(text: str) -> bool:
    """Is the sentence a run of a form's labels and their values, not a sentence to rewrite?"""
    m = _LABEL_START.match(text)
    return bool(m) and bool(_LABEL_NEXT.search(text, m.end(), m.end() + 120))


# a page's footer run into the sentence after it ('1 of 4 This includes ...'): the page number and count,
# then a word with a capital
_PAGE_FOOTER = re.compile(r"^(?:Page\s+)?\d{1,3}\s+of\s+\d{1,3}\s+[A-Z]")
#: two sentences glued at a full stop with no space ('... prevent falls.**Unplanned admissions ...',
#: bold markers a PDF kept): the splitter made them one, and quoted it is no sentence of the writer's
_GLUED = re.compile(r"[a-z]{2}[.!?]\*{0,2}[A-Z][a-z]")
#: two sentences whose stop was lost with the words before it: a title's last word then 'The' and a
#: lowercase word ('... under the Parks Act The act gives ...'), or a preposition then a capitalised
#: one before a year ('... was agreed in Between 2015 and 2018 we ...'); never quoted as one sentence
_LOST_STOP = re.compile(r"\b[A-Z][a-z]+ The [a-z]|\b(?:in|of|on|at|by|to|from|for) "
                        r"(?:Between|In|From|During|Since|After|Before|Over|By) (?:19|20)\d\d\b"
                        # a resolution run on after a full stop, its label lost ('... had fallen. that
                        # approval be given to ...')
                        r"|[a-z]{4}\. that (?:\S+ ){0,3}be ")


def _run_into(analysed, s) -> bool:
    """Has the sentence a heading, a form's label, a page's furniture or another sentence run into it
    with no full stop, as long-sentence finds them (sentence_shape.reader_length: '... experience -
    Quality Strategy Clinic Service (CS) The Clinic Service is ...')? Such a "sentence" is not one the
    writer wrote, so reading age never quotes it (set HH re15). Read for the few sentences a reading
    age may name only."""
    from ..analysis import word_flags
    from .sentence_shape import reader_length

    texts = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
    flags = word_flags(analysed.block_docs[s.block_index].vocab)
    word = [flags[t] for t in texts]
    if not reader_length(texts, word, s.text)[0]:
        return False
    if ":" in texts:
        # only a label and its colon before the writer's sentence ('Recommendation: The committee is ...',
        # 'Purpose of the report: The board is asked ...'): the sentence is the writer's, quoted with its label
        from ..metrics import run_in_heading

        k = run_in_heading(texts)
        # (not a label of three words or more ending in a capital, 'Matter for Decision:', which
        # reader_length's own label test has always cut, so reading age never quoted it)
        if (k and texts[k - 1] == ":" and not (sum(word[:k]) >= 3 and texts[k - 2][:1].isupper())
                and not reader_length(texts[k:], word[k:], s.text)[0]):
            return False
    return True


#: where a label or a heading run in before a sentence ends: a colon ('Reason for Decision:', 'Purpose:-') or a
#: dash with a space before it ('Dedicated Focus – ...', 'REASON - ...'; not the hyphen of 'Blair-Pilling')
_LABEL_ENDS = {":", ":-", "–", "—", "-"}
_LABEL_MOST = 6  # words: a label or a heading this short; longer, the words before the mark are a clause
#: the small words a label's capitalised words may have between them ('Reason for Decision', 'Matter of Fact')
_LABEL_SMALL = word_set("sentence-words.toml", "label-small-words")
#: words that, after a comma, do not open a main clause's subject (_may_open_a_clause)
_NOT_CLAUSE_OPENERS = word_set("sentence-words.toml", "not-clause-openers")
#: a label's or a dashed heading's mark within the first few words (the cheap test before any token is read)
_LABEL_MARK = re.compile(r"^\W{0,3}[A-Z][^,.;(]{0,70}?(?::|\s[–—-]\s)")


def _label_end(toks: _Tokens, span) -> Optional[int]:
    """The token that ends a label or a heading run in at the sentence's start, or None: up to six words, the
    first with a capital and no determiner ('The Service Manager – Community Safety highlighted ...' is a
    post, the subject), no comma, bracket or small word of a verb among them ('Examples are:'); before a
    colon every word has a capital but the small words between ('Reason for Decision:', not 'National
    standards included:' nor 'Reduce our impact: deliver ...', a sentence's own colon), before a dash a
    heading may be in sentence case ('Self-directed support – ...') but holds no verb in the past or present
    ('Funding allocated – ...', 'Work includes – ...')."""
    words = 0
    for k, t in enumerate(toks.texts):
        if t in _LABEL_ENDS and (t[0] == ":" or (k and span[k - 1].whitespace_)):
            return k if words else None
        low = toks.lows[k]
        if t in (",", "(", ";") or low in _FINITE:
            return None
        if toks.word[k] and k > 1 and toks.texts[k - 1] == "-" and not span[k - 2].whitespace_:
            continue  # the rest of a word with a hyphen ('Self-directed')
        if toks.word[k]:
            if not words and (not t[:1].isupper() or low in _DETERMINERS):
                return None
            words += 1
            if words > _LABEL_MOST:
                return None
            if words > 1 and not t[:1].isupper() and low not in _LABEL_SMALL:
                if (len(low) > 4 and low.endswith("ed")) or (low in _VERB_FORMS and low.endswith("s")):
                    return None
                # sentence case: a heading only before a dash (the colon's label is read below)
                ends = next((toks.texts[j] for j in range(k + 1, len(toks)) if toks.texts[j] in _LABEL_ENDS), "")
                if ends[:1] == ":":
                    return None
    return None


def _finite_in_main(toks: _Tokens, a: int, b: int) -> bool:
    """Is there a finite verb in tokens a to b before a comma or a word that opens a dependent clause: one of
    the small words that show one ('is', 'had', 'will'; not 'be') or a verb in the present ('remains',
    'includes')? ('cardiovascular disease remains the main cause ...', a note's sentence, its article left
    out; not 'identification of young people who were ...', whose verb is the clause's.)"""
    for j in range(a, b):
        low = toks.lows[j]
        if toks.texts[j] in (",", ";", ":") or low in _DEPENDENT:
            return False
        if (low in _VERB_MARKS and low not in _NOT_FINITE) or (low in _VERB_FORMS and low.endswith("s")):
            return True
    return False


def _may_open_a_clause(toks: _Tokens, j: int) -> bool:
    """May token j, after a comma, open a main clause's subject ('..., the council undertook ...', '...,
    patients who ... should ...'): a word, not a preposition, a joining or clause word, 'to', or a word in
    -ing, -ed or -ly ('..., including ...', '..., together with ...', '..., particularly ...')?"""
    low = toks.lows[j]
    return (toks.word[j] and low not in _PREPOSITIONS and low not in _DEPENDENT
            and low not in _NOT_CLAUSE_OPENERS
            and not low.endswith(("ing", "ed", "ly")))


def _only_a_purpose(toks: _Tokens, first: int, b: int) -> bool:
    """Is the sentence from token ``first`` ('to' or 'in order') an infinitive of purpose and nothing more:
    no clause with its subject and verb after a comma ('To apply, you must ...'), and, before a word that
    opens a dependent clause, no sign of a main clause of its own: a subject pronoun after the infinitive's
    object ('In order to meet it we rely on ...'; not 'To ensure we can ...', the infinitive's own clause),
    'please' ('To book a place please call ...'), or after a comma one of the small words that show a finite
    verb or a verb in the present ('To date, funding has ...'; not '... to ensure good practices are
    followed', the infinitive's clause with its 'that' left out)?"""
    if any(toks.texts[j] == "," and _subject_and_verb(toks, j + 1, b, past_commas=False) for j in range(first, b)):
        return False
    if toks.lows[first] == "in" and first + 2 < b and toks.lows[first + 2] == "that":
        return True  # 'In order that X be restricted ...': the purpose's own clause
    verb = first + (3 if toks.lows[first] == "in" else 1)  # the infinitive's verb ('to offer', 'in order to meet')
    comma = False
    for j in range(verb + 1, b):
        low = toks.lows[j]
        if toks.texts[j] == ",":
            comma = True
        elif low in _DEPENDENT:
            return True  # the rest hangs on the infinitive ('To ensure that ...', '..., which will ...')
        elif low == "please":
            return False
        elif low in _FINITE and low not in _VERB_MARKS:  # a subject pronoun
            if j == verb + 1:
                return True  # 'To ensure we can ...'
            if j + 1 < b and toks.word[j + 1]:
                return False
        elif comma and ((low in _VERB_MARKS and low not in _NOT_FINITE) or (low in _VERB_FORMS and low.endswith("s"))):
            return False
    return True


#: a purpose on its own line, its label a heading above it ('To seek approval for ...', '2. To note ...')
_PURPOSE_START = re.compile(r"^\W{0,3}(?:\(?[0-9a-z]{1,3}[.)]\s+)?(?:To [a-z]|In order to )")


def _purpose_line(analysed, s) -> bool:
    """Is the sentence an infinitive of purpose and nothing more ('To seek approval for the revised
    policy.', 'To raise funds for local groups.'): a report's purpose or a decision's reason under its
    heading, no sentence a writer would rewrite (the same line as 'Reason for Decision: to ...' with its
    label on a line of its own)? Not a question ('To what extent ...?'), nor a purpose before a clause
    ('To apply, you must ...'); asked only of sentences that open with 'To' and a word in lower case."""
    if not _PURPOSE_START.match(s.text) or s.text.rstrip().endswith("?"):
        return False
    texts = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
    span = analysed.block_docs[s.block_index][s.tok_start:s.tok_end]
    toks = _Tokens(span, texts, analysed.lower_of)
    first = next((j for j in range(len(texts)) if toks.lows[j] in ("to", "in")), None)
    if first is None or toks.lows[first + 1] in _DETERMINERS:
        return False  # 'To the council's surprise, ...'
    if any(texts[j] == "," and j + 1 < len(texts) and _may_open_a_clause(toks, j + 1) for j in range(first, len(texts))):
        # with no label to say it is a purpose, a comma before a word that may open the main clause's
        # subject ('To ensure the plan meets needs, the council undertook ...'): read as a sentence
        return False
    return _only_a_purpose(toks, first, len(texts))


def _label_fragment(analysed, s) -> bool:
    """Does the sentence open with a label or a heading run in by a colon or a dash (``_label_end``:
    'Reason for Decision:', 'Dedicated Focus –', 'REASON -'), and is what follows no sentence of its own:
    an infinitive of purpose ('to offer financial security to ...', 'In order to ...') with no clause after
    a comma, or words with no subject and verb ('Improving access and treatment for ...', 'identification
    of young people who ...', 'a recognisable complex of ...')? A form's line or a heading joined to a list
    item, never a sentence a writer would rewrite, so reading age never quotes it (set PP re18, re20). A
    clause whose subject the note leaves out, opening with a verb in the past ('Created a learning
    environment: Established a nationwide ...'), is a sentence (readers called those quoted useful, set PP
    re05). Read for the few sentences a reading age may name only, and only where a colon or a spaced dash
    comes early."""
    if not _LABEL_MARK.match(s.text):
        return False
    texts = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
    span = analysed.block_docs[s.block_index][s.tok_start:s.tok_end]
    toks = _Tokens(span, texts, analysed.lower_of)
    k = _label_end(toks, span)
    if k is None:
        return False
    a, b = k + 1, len(texts)
    first = next((j for j in range(a, b) if toks.word[j]), None)
    if first is None:
        return True
    low = toks.lows[first]
    if low == "to" or (low == "in" and first + 1 < b and toks.lows[first + 1] == "order"):
        return _only_a_purpose(toks, first, b)
    if texts[first][:1].isupper() and ((len(low) > 4 and low.endswith("ed")) or low in _VERB_FORMS) \
            and low not in _NOT_FINITE:
        return False  # 'Established a nationwide community ...': a note's clause, its subject left out
    if low in _DEPENDENT or (len(low) > 5 and low.endswith("ing")):
        return not _stands_alone(toks, a, b)  # 'when a patient ...', 'Improving access ...': a sentence only with its own clause
    return not (_stands_alone(toks, a, b) or _finite_in_main(toks, first, b))


def _ballot_question(analysed, s) -> bool:
    """Is the sentence a form's or a ballot paper's question, the answers to tick or ring after it
    ('Do you support the plan? - YES / NO')? A fixed line of the form, not the writer's prose to
    rewrite: reading age never quotes it (set JJ re36)."""
    if not s.text.rstrip().endswith("?"):
        return False
    after = [t.lower() for t in analysed.token_texts[s.block_index][s.tok_end:s.tok_end + 6]
             if t.strip() and t not in ("-", "–", "—", ":")]
    return after[:3] == ["yes", "/", "no"]


def _not_the_writers(text: str) -> bool:
    """Is the sentence someone else's words, which the writer cannot rewrite: a quotation (it opens
    with a quotation mark: a motion, a chief executive's words), a decision's wording inside one
    ('“That the board be asked to ...'), or a motion as moved and seconded ('..., Councillor A,
    seconded by Councillor B, moved that ...')? (an independent editor called a reading age whose
    hardest sentences named were such pedantic, fresh set E)"""
    t = text.lstrip()
    if is_written_question(t):
        return True  # 'To ask the Scottish Government, ...': the member's question, as asked
    if t[:1] in _QUOTE_MARKS:
        # the quotation is most of it, not a word or a title in quotation marks ('‘Recovery’ is a
        # somewhat confusing concept ...'): its closing mark, not an apostrophe ('experience’s'), comes
        # late or not at all
        close = {"“": "”", "‘": "’"}.get(t[0], t[0])
        m = re.search(re.escape(close) + r"(?![A-Za-z])", t[1:])
        return m is None or m.start() >= 0.6 * len(t)
    if " seconded by " in t:
        return True
    # most of it inside quotation marks ('Kate Lee, Chief Executive, said: “I know that ...”')
    inside, depth = 0, False
    for ch in t:
        if ch == "“":
            depth = True
        elif ch == "”":
            depth = False
        else:
            inside += depth
    return 2 * inside >= len(t)


def _all_capitals(text: str) -> bool:
    """Is the sentence in capitals (an agenda item's or application's title: 'THE COUNCIL: EXTENSION OF THE
    DEPOT ...'): 20 letters or more, nine in ten of them capitals? No sentence a writer would rewrite to
    bring a reading age down (set AB re07)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _no_main_verb(analysed, s) -> bool:
    """Is the sentence a form's prompts run together by semicolons, two semicolons or more, whose first item
    opens with a noun in capitals (no determiner or pronoun) and has none of the small words that show a
    finite verb, no verb form, no word in -ed and no comma before a word that opens a clause on it ('Details of
    the schemes which have been run; the number of ...; and ...', set AB re40)? (A bullet's noun phrase
    with no semicolons, 'Further work, including ...', is still read as a sentence: a verb in the present,
    'The reforms build on ...', is not known by its form, so no verb found is no proof of none.)"""
    texts = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
    if texts.count(";") < 2:
        return False
    span = analysed.block_docs[s.block_index][s.tok_start:s.tok_end]
    toks = _Tokens(span, texts, analysed.lower_of)
    first = next((j for j in range(len(texts)) if toks.word[j]), None)
    if first is None or not texts[first][:1].isupper() or toks.lows[first] in _DETERMINERS or toks.lows[first] in _FINITE:
        return False
    for j in range(first, texts.index(";")):
        low = toks.lows[j]
        if low in _DEPENDENT:
            return True  # its only verb is in a clause on its noun ('... which have been run;')
        if ((low in _FINITE and low not in _NOT_FINITE) or low in _VERB_FORMS or texts[j] in (",", ":")
                or (j > first and len(low) > 4 and low.endswith("ed") and texts[j].islower())):
            return False
    return False


def _nameable(analysed, s) -> bool:
    """May reading age quote the sentence as one of the hardest to start with: the writer's own sentence,
    not a decision's or someone else's words, a form's labels or line, sentences run together or a
    fragment after a label?"""
    return (not is_decision(s.text) and not is_standing(s.text) and not _not_the_writers(s.text)
            and not in_quoted_law(analysed, s) and not recorded_resolution(analysed, s.block_index)
            and not _labels(s.text) and not _PAGE_FOOTER.match(s.text) and not _GLUED.search(s.text)
            and not _LOST_STOP.search(s.text) and not has_lost_stop(s.text)
            and not _run_into(analysed, s) and not _ballot_question(analysed, s)
            and not _label_fragment(analysed, s) and not _purpose_line(analysed, s)
            and not _all_capitals(s.text) and not _no_main_verb(analysed, s))


def _copy_of(text: str, shown: list) -> bool:
    """Is the sentence a copy of one already named, its spaces aside: the same words, or one the other's
    opening ('The Chair thanked ... site.' under 'Decision:' and the same words going on '..., which he
    confirmed ...' under 'Minutes:')? Named twice, the pointers say one thing twice (set IJ re34). Two
    sentences that part after the words the message quotes are two ('... to the Home to School Transport
    Policy.', '... to the Adult Day Care Policy.')."""
    words = " ".join(text.split()).rstrip(".!?")
    return any(words.startswith(seen) or seen.startswith(words) for seen in shown)


class ReadabilityCheck(Check):
    def _softening(self, rule) -> tuple:
        """(warning-over, leave-out-hardest, named-over-words, named-up-to), or all 0 where a
        writer set their own target without warning-over (then every reading age over their
        target is at the rule's severity)."""
        own = self.config.rule_options.get(rule.id, {}) if self.config is not None else {}
        if "target" in own and "warning-over" not in own:
            return 0, 0, 0, 0
        over = rule.option(self.config, "warning-over") or 0
        if not over:
            return 0, 0, 0, 0
        return (over, rule.option(self.config, "leave-out-hardest") or 0,
                rule.option(self.config, "named-over-words") or 0, rule.option(self.config, "named-up-to") or 0)

    def _severity(self, rule, age: int, target: int, sentences: list, named: list,
                  ranked: Optional[list] = None) -> tuple:
        """(None for the rule's severity or 'suggestion', a note saying why it is a suggestion).

        A careful editor acts on a reading age only where the text as a whole is well over the
        target and the sentences named are ones to rewrite: a few years over is within the
        measure's own error; a short text whose age one sentence drives over the line is that
        sentence's problem (long-sentence reports it); just past the line, where no sentence
        named is long, the age comes from long words that are often the topic's own
        ('scrutiny', 'organisations') and there is little to act on. ``ranked``: the sentences'
        ``metrics.ranked_by_grade``, where the caller has it."""
        from ..metrics import hardest_sentences, readability

        over, leave_out, named_over, named_up_to = self._softening(rule)
        if not over:
            return None, ""
        if age <= target + over:
            return "suggestion", ""
        if not named and sentences:
            # every sentence among the hardest is a decision's wording, a form's line or a fragment after a
            # label ('Reason: To ...'): nothing the writer would rewrite to bring the age down (set PP re18)
            return "suggestion", ("Its hardest sentences are a decision's wording or a form's labels and lines, "
                                  "none to rewrite.")
        def without_hardest(n: int):
            """The note where the text without its n hardest sentences is within the margin, else ''."""
            if not n or len(sentences) <= n:
                return ""
            gone = {id(s) for _g, s in hardest_sentences(sentences, n, ranked)}
            rest = readability([s for s in sentences if id(s) not in gone]).get("reading_age")
            if rest is None or rest > target + over:
                return ""
            if not gone <= {id(s) for s in named}:
                # one of them is not named (two sentences run together, a form's fields): it is no sentence
                # to point the writer at, long-sentence reports what is long in it
                return f"Without its hardest sentence{'s' if n > 1 else ''} it is {rest}."
            return (f"Without its hardest sentence it is {rest}: rewrite that sentence." if n == 1 else
                    f"Without its {n} hardest sentences it is {rest}: rewrite those.")

        note = without_hardest(leave_out)
        if note:
            return "suggestion", note
        if len(sentences) > 1 and named_over and not any(
                count_words(_one_word_names(s.text)) > named_over for s in named):
            # the names of bodies, posts, Acts and strategies, each taken in as one word: where they make
            # the age and no sentence named is long without them, there is little for a writer to act on
            # (they cannot rename the Act)
            plain = readability([SimpleNamespace(text=_one_word_names(s.text)) for s in sentences]).get("reading_age")
            if plain is not None and plain <= target + over and age - plain >= over:
                # within the margin without its names, and they add more than the measure's own error
                return "suggestion", (f"Counting each long name (of a body, post, Act or plan) as one word it is "
                                      f"{plain}: the names make the age.")
        if (named_over and named and age <= target + named_up_to
                and not any(count_words(s.text) > named_over for s in named)):
            return "suggestion", (f"No sentence named has more than {named_over} words: the age comes from "
                                  "long words, which may be the topic's own.")
        near_over, near_up_to = (rule.option(self.config, "near-over-words") or 0,
                                 rule.option(self.config, "near-up-to") or 0)
        if (near_over and named and age <= target + near_up_to
                and not any(count_words(s.text) > near_over for s in named)):
            # a few years past the line and no sentence named past long-sentence's error limit: minutes and
            # guidance that read moderately (an independent editor called each such reading age pedantic)
            return "suggestion", (f"It is {age - target} years over the target and no sentence named has more "
                                  f"than {near_over} words: it reads moderately; shorten the longest sentences "
                                  "if your readers are the public.")
        if leave_out and age == target + over + 1:
            # a year past the margin, the two hardest: a page that reads moderately but for two long sentences,
            # which long-sentence reports (independent editors called such reading ages of 18 pedantic, sets C-G)
            note = without_hardest(leave_out + 1)
            if note:
                return "suggestion", note
        return None, ""

    def run(self, analysed):
        out = []
        for rule in self.rules:
            out.extend(self._reading_age(rule, analysed))
        return out

    def _reading_age(self, rule, analysed):
        from ..metrics import (document_readability, hardest_sentences, prose_sentences, ranked_by_grade, readability,
                               sections)

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
            named = []
            # a page may repeat a sentence (its spacing aside); a decision's recorded wording ('That Cabinet approve ...',
            # 'RESOLVED that ...') is not the writer's to rewrite
            shown: list = []  # each sentence's words, spaces aside ('the  Home' and 'the Home': one sentence)
            # the sentences ranked once: _severity asks for the hardest again, without them
            ranked = ranked_by_grade(sentences)
            for _g, s in hardest_sentences(sentences, 3 * hardest_n, ranked):
                if len(named) < hardest_n and not _copy_of(s.text, shown) and _nameable(analysed, s):
                    named.append(s)
                    shown.append(" ".join(s.text.split()).rstrip(".!?"))
            if not named:
                # the hardest all labels, fragments or repeats ('Reason: To ...' under every item): the
                # hardest real sentence further down, so the message names one and its severity reads it
                named = next(([s] for _g, s in ranked[3 * hardest_n:] if _nameable(analysed, s)), [])
            quoted = "; ".join(f"'{clip(s.text, 90)}'" for s in named)
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
            severity, note = self._severity(rule, age, target, sentences, named, ranked)
            if note:
                message += " " + note
            yield self.finding(rule, analysed, start, end, message, document_level=True, severity=severity)


CHECK = ReadabilityCheck
