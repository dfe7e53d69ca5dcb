"""Step 7, a small trained reader: a logistic regression over phrase families, beside the
patterns.

The patterns (steps 3 and 4) tie a claim to an activity through the grammar; they are right
when they speak but reach few of the shapes real pages use. This step reads every candidate
sentence, one that holds a claim of any family (co- words, "designed with", "shaped by", "at
the heart of", ...) that the patterns did not read as a claim, in a block where the ladder
found something, as a bag of named features:
which phrase families (``wordlists/co-production-model-words.toml``) the sentence holds, which
the sentence before and the two after it in the same block hold, and a few conjunctions
(a claim with an activity, with no sign of power, ...). The weights are learned from the
project's own labelled rows by ``bench/train_coproduction.py`` (fixed folds, no randomness) and
shipped as ``coproduction-model.json`` beside this module, each weight under its feature's
name. At run time the reader is pure Python: a sum of weights and a logistic function.

The thresholds are chosen by cross-validation on the training rows only (see the JSON and
docs/co-production.md): at ``suggestion`` or above the claim is a suggestion (the model gives
no warning: warnings stay with the patterns' firm ties).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ...wordlists import _word_sets, word_map, word_set
from .evidence import AIM_KINDS
from .model import NO_CLAIM_KINDS

FAMILY_FILE = "co-production-model-words.toml"
MODEL_FILE = Path(__file__).with_name("coproduction-model.json")
#: the families a claim (claim-...) and an activity (act-...) belong to, and the rung each
#: activity family stands on (co-production-ladder.toml ids)
_TABLES = _word_sets(FAMILY_FILE)
CLAIMS = tuple(k for k, v in _TABLES.items() if k.startswith("claim-") and isinstance(v, tuple))
ACTS = tuple(k for k, v in _TABLES.items() if k.startswith("act-") and isinstance(v, tuple))
ACT_RUNG = word_map(FAMILY_FILE, "act-rungs")
#: the organisation or the writer deciding, and what may stand between them and the word or
#: hang an -ing word on its clause (see _organisation_decides)
DECIDERS = word_set("co-production-words.toml", "deciders")
DECIDER_SKIPS = word_set("co-production-words.toml", "decider-skips")
HANGING = word_set("co-production-words.toml", "hanging-openers")
_WORD = re.compile(r"[\w'-]+|[,;:()]")
#: the sentences read around a candidate: one before it, two after it, in its block
BEFORE, AFTER = 1, 2
_GAP = r"(?:\S+\s+){0,3}?"


def _phrase_re(phrase: str) -> str:
    words = phrase.split()
    out = ""
    for i, w in enumerate(words):
        if w == "*":
            out += _GAP
            continue
        out += re.escape(w[:-1]) + r"[\w'-]*" if w.endswith("*") else re.escape(w)
        if i < len(words) - 1:
            out += r"\s+"
    return out


@lru_cache(maxsize=4)
def families(name: str = FAMILY_FILE) -> dict:
    """family name -> one compiled regular expression of its phrases (longest first)."""
    out = {}
    for fam, words in _word_sets(name).items():
        if not isinstance(words, tuple):
            continue  # a table of pairs (act-rungs), not a family
        alts = sorted(set(words), key=lambda p: (-len(p), p))
        out[fam] = re.compile(_family_pattern([_phrase_re(p) for p in alts]))
    return out


def _family_pattern(alts: list) -> str:
    r"""``(?<![\w-])(?:alt1|alt2|...)(?![\w])``, the alternatives (regex text, in order) as one
    pattern; where each starts with a letter or digit, they are grouped by that first character
    (in their order within a group) and the look-behind goes after it
    (``p(?<![\w-]p)(?:eople|ublic)|r(?<![\w-]r)(?:esidents)``): at any position only the
    alternatives starting with the character there can match, tried in the same order, and the
    look-behind tests the same character before it, so every match is the same; but the regex
    engine now has first characters to look for instead of trying every position of a sentence
    (the look-behind first had none). ``tests/test_speed_shortcuts_engine.py`` compares the two."""
    plain = "(?<![\\w-])(?:" + "|".join(alts) + r")(?![\w])"
    if not alts or not all(a[:1].isascii() and a[:1].isalnum() for a in alts):
        return plain
    groups: dict = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    return "(?:" + "|".join(f"{c}(?<![\\w-]{c})(?:" + "|".join(rest) + ")" for c, rest in groups.items()) + r")(?![\w])"


#: every phrase of every family (tests/test_word_data.py: each table is used here)
PHRASES = frozenset(w for ws in _TABLES.values() if isinstance(ws, tuple) for w in ws)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").lower().split())


def _families_in(text: str, fams: dict) -> dict:
    """family -> first match (start, end) in ``text`` (already normalised)."""
    got = {}
    for fam, rx in fams.items():
        m = rx.search(text)
        if m:
            got[fam] = (m.start(), m.end())
    return got


@dataclass
class Reading:
    """One candidate sentence read into features, with what a message would quote."""

    index: int  # into analysed.sentences
    features: set
    claim: tuple  # (start, end) in the document's text
    activity: Optional[tuple]  # (start, end, family) of the first activity, own sentence first


def _span_in(sent, span: tuple, doc_text: str) -> tuple:
    """A match in the normalised sentence text -> (start, end) in the document's text: walk the
    sentence's own characters, counting the normalised ones (white space runs count once)."""
    raw = doc_text[sent.start:sent.end]
    a, b = span
    pos = []  # normalised index -> raw index
    prev_space = True
    for i, ch in enumerate(raw):
        if ch.isspace():
            if not prev_space:
                pos.append(i)
            prev_space = True
            continue
        pos.append(i)
        prev_space = False
    pos.append(len(raw))
    a = pos[min(a, len(pos) - 1)]
    b_raw = pos[min(b - 1, len(pos) - 1)] + 1 if b > 0 else a
    return sent.start + a, sent.start + b_raw


def features_of(sentence: str, before: list, after: list, fams: Optional[dict] = None) -> tuple:
    """(features, families found in the sentence, families found around it): the model's view
    of a sentence with the sentences before and after it. Everything the model knows."""
    fams = fams or families()
    own = _families_in(_norm(sentence), fams)
    near_b: dict = {}
    for t in before:
        near_b.update(_families_in(_norm(t), fams))
    near_a: dict = {}
    for t in after:
        near_a.update(_families_in(_norm(t), fams))
    f = {"bias"}
    f.update(f"s:{k}" for k in own)
    f.update(f"b:{k}" for k in near_b)
    f.update(f"a:{k}" for k in near_a)
    claim_s = [c for c in CLAIMS if c in own]
    act_s = any(a in own for a in ACTS)
    act_c = any(a in near_b or a in near_a for a in ACTS)
    power = "power" in own or "power" in near_b or "power" in near_a
    if claim_s and act_s:
        f.add("tie:own")
        f.update(f"tie:own:{c}" for c in claim_s)
    if claim_s and act_c and not act_s:
        f.add("tie:near")
    if (act_s or act_c) and not power:
        f.add("act-no-power")
        if act_s:
            f.add("act-own-no-power")
    if claim_s and "aspiration" in own and act_s:
        f.add("aim-with-act")
    if "organisations" in own and "people" not in own:
        f.add("orgs-not-people")
    if "link" in own and act_s:
        f.add("link-act")
    if "we" in own and "past" in own:
        f.add("we-past")
    if len([a for a in ACTS if a in own]) >= 2:
        f.add("acts-2")
    if claim_s:
        f.update(_order(_norm(sentence), own, fams))
    return f, own, {**near_a, **near_b}


def _order(text: str, own: dict, fams: dict) -> set:
    """Where the activity stands against the claim in its sentence: straight after it as its
    object ('co-produced the survey': the tool made), after a link word ('through a survey'),
    after a word of sequence ('and then consulted'), or before it."""
    out = set()
    c0, c1 = min(own[c] for c in CLAIMS if c in own)
    acts = sorted(m.start() for a in ACTS for m in fams[a].finditer(text))
    after = [a for a in acts if a >= c1]
    if any(a < c0 for a in acts):
        out.add("ord:act-before")
    if not after:
        return out
    gap = text[c1:after[0]]
    words = len(gap.split())
    out.add("ord:act-after-near" if words <= 4 else "ord:act-after-far")
    if words <= 3 and fams["link"].search(gap) is None:
        out.add("ord:act-object")
    if fams["link"].search(gap):
        out.add("ord:link-between")
    if fams["sequence"].search(gap) or fams["power"].search(gap):
        out.add("ord:step-between")
    return out


class Model:
    """The shipped weights: a logistic regression over named features."""

    def __init__(self, data: dict):
        self.weights = {k: float(v) for k, v in data["weights"].items()}
        self.suggestion = float(data["thresholds"]["suggestion"])
        self.data = data

    def score(self, features) -> float:
        z = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_FILE)) -> Model:
    return Model(json.loads(Path(path).read_text(encoding="utf-8")))


def neighbours(analysed, si: int) -> tuple:
    """The texts of the sentence before and the two after sentence ``si`` in its block."""
    s = analysed.sentences[si]
    order = analysed.block_sentences[s.block_index]
    k = order.index(si)
    before = [analysed.sentences[j].text for j in order[max(0, k - BEFORE):k]]
    after = [analysed.sentences[j].text for j in order[k + 1:k + 1 + AFTER]]
    return before, after


def _phrase_key(phrase: str) -> str:
    """The longest run of a phrase's literal words ('worked with * to design' -> 'worked with';
    a starred word ends its run as its stem: 'co-produc*' -> 'co-produc')."""
    runs, cur = [], []
    for w in phrase.split():
        if w == "*":
            runs.append(cur)
            cur = []
        elif w.endswith("*"):
            runs.append(cur + [w[:-1]])
            cur = []
        else:
            cur.append(w)
    runs.append(cur)
    return max((" ".join(r) for r in runs if r), key=len)


@lru_cache(maxsize=1)
def _claim_keys() -> tuple:
    """The literal key of every claim phrase (``_phrase_key``), kept only where no other key is
    inside it: a cheap test of a whole block before its sentences are normalised and searched one
    by one (the reader is on by default since the twentieth session, so this runs on every
    document). Every phrase the per-sentence search can find holds its key in the block's
    lower-cased text with white space collapsed: straightening quotes changes no letter, and no
    key holds a quotation mark."""
    keys = {_phrase_key(p) for c in CLAIMS for p in _TABLES[c]}
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def _blocks_with_a_key(analysed, r) -> list:
    """The blocks (in order) where the ladder found something, that may hold a claim, and whose
    text holds a claim phrase's key (``_claim_keys``): the blocks' texts, lower-cased with white
    space collapsed, are joined once and each key is looked for with ``str.find``, jumping to the
    next block at each hit, so the cost is a few C-level scans of those blocks rather than a
    pattern per sentence (0.2 s on the 1 MB text before; the reader is on by default since the
    twentieth session)."""
    doc_text = analysed.document.text
    blocks, starts, parts, pos = [], [], [], 0
    for b in sorted(r.by_block):
        order = analysed.block_sentences[b]
        if not order or analysed.document.blocks[b].kind in NO_CLAIM_KINDS:
            continue
        part = " ".join(doc_text[analysed.sentences[order[0]].start:analysed.sentences[order[-1]].end].lower().split())
        blocks.append(b)
        starts.append(pos)
        parts.append(part)
        pos += len(part) + 1
    joined = "\0".join(parts)
    hit = set()
    for key in _claim_keys():
        i = joined.find(key)
        while i >= 0:
            k = bisect_right(starts, i) - 1
            hit.add(k)
            i = joined.find(key, starts[k + 1]) if k + 1 < len(starts) else -1
    return [blocks[k] for k in sorted(hit)]


def candidates(analysed, r) -> list:
    """Sentence indexes in the blocks where the ladder found something that hold a claim of any
    family, outside headings, running heads and quotations, where the patterns read no co- word
    claim (theirs judge those: on the rule's own hard negatives, 'co-produced the plan and then
    consulted on it', a bag of families cannot see what their grammar sees). What is left is
    the claim without a co- word ('designed with', 'shaped by', 'at the heart of') and the one
    the patterns set aside."""
    fams = families()
    claim_rx = [fams[c] for c in CLAIMS]
    scans = r._scan_by_index()
    out = []
    for b in _blocks_with_a_key(analysed, r):
        for si in analysed.block_sentences[b]:
            scan = scans.get(si)
            if scan is not None and scan.claims:
                continue  # a co- word claim the patterns read: their grammar judges it
            t = _norm(analysed.sentences[si].text)
            if any(rx.search(t) for rx in claim_rx):
                out.append(si)
    return out


def pattern_features(r, si: int) -> set:
    """What the patterns' reading (steps 2-4) says of sentence ``si`` and its neighbours: whether
    they took its claim as a weak claim, set it aside (a definition, a name, a negation, a question)
    or read a principle or an aim, and which rungs they found. The patterns' grammar sees what a
    bag of families cannot; the model learns how far to trust each of their verdicts."""
    scans = r._scan_by_index()
    scan = scans.get(si)
    if scan is None:
        return {"p:none"}
    out = set()
    if scan.weak_claims:
        out.add("p:weak")
    if not scan.claims and not scan.weak_claims and any(h.tag.kind in ("claim", "weak-claim") for h in scan.hits):
        out.add("p:set-aside")
    if scan.principle:
        out.add("p:principle")
    for name, hits in (("low", scan.low), ("mid", scan.mid), ("high", scan.high)):
        if hits:
            out.add(f"p:{name}")
    if r.sentence_aim(scan, AIM_KINDS):
        out.add("p:aim")
    s = r.analysed.sentences[si]
    order = r.analysed.block_sentences[s.block_index]
    k = order.index(si)
    for j in order[max(0, k - BEFORE):k] + order[k + 1:k + 1 + AFTER]:
        other = scans.get(j)
        if other is not None:
            out.update(f"pn:{name}" for name, hits in (("low", other.low), ("high", other.high)) if hits)
    return out


def read(analysed, si: int, r=None) -> Reading:
    """Sentence ``si`` read into the model's features, with the claim and activity to quote."""
    s = analysed.sentences[si]
    before, after = neighbours(analysed, si)
    feats, own, _near = features_of(s.text, before, after)
    if r is not None:
        feats |= pattern_features(r, si)
    doc_text = analysed.document.text
    claim = next(own[c] for c in CLAIMS if c in own) if any(c in own for c in CLAIMS) else (0, 0)
    claim_span = _span_in(s, claim, doc_text)
    activity = None
    acts = sorted((own[a][0], a) for a in ACTS if a in own)
    if acts:
        fam = acts[0][1]
        a, b = _span_in(s, own[fam], doc_text)
        activity = (a, b, fam)
    else:
        order = analysed.block_sentences[s.block_index]
        k = order.index(si)
        for j in order[k + 1:k + 1 + AFTER] + order[max(0, k - BEFORE):k]:
            t = analysed.sentences[j]
            got = _families_in(_norm(t.text), {a: families()[a] for a in ACTS})
            if got:
                fam = min(got, key=lambda x: got[x][0])
                a, b = _span_in(t, got[fam], doc_text)
                activity = (a, b, fam)
                break
    return Reading(si, feats, claim_span, activity)


def _organisation_decides(text: str, m, people) -> bool:
    """Is the one who decides in claim ``m`` the organisation or the writer: its stated subject
    ('the board will decide', 'we decide') or, for an -ing word hung on its clause ('before
    deciding', 'in deciding'), that clause's subject, the first of the organisation and the
    people to be named in it ('The CCG wanted the views of local patients before deciding
    whether ...': the CCG decides, not the patients; the independent reader of set JJ, co03)?"""
    before = _WORD.findall(text[:m.start()])
    k = len(before) - 1
    while k >= 0 and before[k] in DECIDER_SKIPS:
        k -= 1
    if k < 0:
        return False
    if before[k] in DECIDERS:
        return True  # 'the council decides', 'we will decide'
    if not (m.group().endswith("ing") and before[k] in HANGING and k == len(before) - 1 - (before[-1:] == ["to"])):
        return False
    # the clause it hangs on: from the last ';' or ':' before (or the sentence's start)
    cut = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
    clause = text[cut:m.start()]
    org = next((i for i, w in enumerate(_WORD.findall(clause)) if w in DECIDERS), None)
    if org is None:
        return False
    p = people.search(clause)
    return p is None or len(_WORD.findall(clause[:p.start()])) > org


def power_by_consultation(analysed, r) -> list:
    """Claims of power without a co- word whose means is consultation: people said to decide,
    set the direction, help plan, be empowered or hold someone to account ('you decide our key
    projects by taking part in surveys', 'residents have used their voice to set the direction
    of policing' followed by 'more than 3,300 people contributed to ... consultation'), where a
    consultation word stands in the claim's sentence or in the next sentence of its block, and
    neither shows shared power in other words, a contrast, a definition or an aim; people are
    named before the claim or just after it ('in the hands of residents'); the claim is no
    question's topic ('whether patients feel involved in the decisions'); and the two sentences
    report work (the writer's 'we' or 'our', or the past), not a principle in general words
    ('Enabling children to have a say in how ... can help services'). Each as
    (sentence index, claim span, activity span) in the document's text."""
    fams = families()
    claims, means, power = fams["power-claims"], fams["consultation-means"], fams["power"]
    scans = r._scan_by_index()
    out = []
    for b in sorted(r.by_block):
        if analysed.document.blocks[b].kind in NO_CLAIM_KINDS:
            continue
        order = analysed.block_sentences[b]
        for k, si in enumerate(order):
            s = analysed.sentences[si]
            text = _norm(s.text)
            m = claims.search(text)
            if m is None:
                continue
            if any(fams[f].search(text) for f in ("contrast", "definition")):
                continue
            if not any(p.end() <= m.start() or p.start() - m.end() <= 40 and p.start() >= m.end()
                       for p in fams["people"].finditer(text)):
                continue  # people are not the ones said to decide ('the local authority decides')
            if "whether" in text[:m.start()].split():
                continue  # a question's topic ('whether patients feel involved in the decisions')
            if _organisation_decides(text, m, fams["people"]):
                continue  # 'The CCG wanted views of patients before deciding whether ...'
            scan = scans.get(si)
            if scan is not None and r.sentence_aim(scan, AIM_KINDS):
                continue
            nxt = analysed.sentences[order[k + 1]] if k + 1 < len(order) else None
            where = [(s, text)] + ([(nxt, _norm(nxt.text))] if nxt is not None else [])
            said = m.group()
            if not (said.startswith("helped") or any(fams[f].search(t) for _, t in where for f in ("we", "past"))):
                continue  # no report of work (the writer's own, or done): a principle in general words
            if any(not (t is text and m.start() <= p.start() < m.end())
                   for _, t in where for p in power.finditer(t)):
                continue  # shared power shown in other words ('voted', 'held the budget', 'chose')
            act = None
            for sent, t in where:
                for a in means.finditer(t):
                    gap = t[m.end():a.start()]
                    if t is text and a.start() >= m.end() and "," not in gap and not fams["link"].search(gap):
                        continue  # what is decided ('to decide the frequency of the focus group meetings')
                    act = _span_in(sent, (a.start(), a.end()), analysed.document.text)
                    break
                if act is not None:
                    break
            if act is not None:
                out.append((si, _span_in(s, (m.start(), m.end()), analysed.document.text), act))
    return out
