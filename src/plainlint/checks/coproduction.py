"""Kinds ``consultation-as-co-production`` and ``co-production-unevidenced``, and the
``ladder`` metric.

The model is data: ``wordlists/co-production-ladder.toml`` holds the rungs of involvement
(informing, consulting, engaging, co-designing, co-producing), the words that signal each,
the words that claim co-production, the grammar cues that tie a claim to an activity, and
the signs that a document evidences co-production. Every phrase in it compiles into ONE
spaCy ``PhraseMatcher``, built once per configuration and run once over each analysed
block; the rest is reasoning over the matches, sentence by sentence.

``consultation-as-co-production`` fires only when a claim ("co-produced") and a low-rung
activity ("an online survey") are tied together by the grammar: a means link ("through",
"by consulting", "took the form of"), a label ("co-production survey"), an equation
("the consultation was co-production in action"), a purpose ("we ran drop-ins to
co-design it"), a relative clause about the partners ("with residents who responded to
our survey"), or a next sentence that starts "This involved ...". It stays quiet on
definitions and statements of principle, on contrasts ("rather than", "beyond
consultation"), on negations, on questions, on aims and obligations ("should co-produce"),
and whenever that sentence or the next one in the same block shows shared decisions or
power. Looser ties ("co-produced following consultation"), partnership claims
("in partnership with residents") and activities mixed with engagement give a suggestion,
not a warning: precision before recall.

``co-production-unevidenced`` quotes a claim of what was done ("was co-produced") before
an aim ("we will co-design"); a document whose every claim is an aim gets a suggestion.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..analysis import get_nlp, quote_ranges as _quote_ranges
from ..engine import Check
from ..errors import RuleFileError
from ..inflect import noun_forms, verb_forms
from ..metrics import register_metric
from ..wordlists import resolve

LADDER_FILE = "co-production-ladder.toml"
SKIP_KINDS = {"heading", "header-footer"}  # never describe involvement as sentences
NO_CLAIM_KINDS = SKIP_KINDS | {"quote"}  # a quotation is someone else's words
GAP = 3  # "*" in a phrase: up to this many words
DETERMINERS = {"our", "the", "this", "their", "its", "that", "your", "his", "her", "my", "a", "an",
               "these", "those", "any", "each", "every"}
COORDINATORS = {"and", "or", ",", ";", "then", "also", "but", "we", "they", "she", "he", "it"}
SKIP_AFTER_CLAIM = {",", "and", "or", "therefore", "also", "often", "simply", "always", "usually",
                    "then", "itself", "essentially", "fundamentally", "basically", "ultimately",
                    "generally", "by", "definition", "nature", "in", "its", "truest", "sense"}

#: cue lists of single words: looked up word by word rather than matched (they are common)
WORD_CUES = ("who", "who-block", "generic-verbs", "purpose-block", "copulas", "equation-fillers",
             "auxiliaries", "making-verbs")
_CUE_KINDS = ("means", "by", "with", "weak", "who", "who-block", "contrast", "contrast-before",
              "definition", "generic-verbs", "topic-before", "topic-after",
              "negation", "not-a-claim", "boundary", "purpose-block", "copulas", "equation-fillers",
              "elaboration", "auxiliaries", "making-verbs", "aim")
_RUNG_KEYS = {"id": str, "level": int, "name": str, "honest": str, "did": str, "plain": str,
              "source": str, "verbs": list, "nouns": list, "phrases": list, "context": list,
              "exclude": list}
_IND_KEYS = {"id": str, "name": str, "phrases": list, "exclude": list, "pair": list}


# ---------------------------------------------------------------------------------------
# The model, loaded strictly


@dataclass
class Rung:
    id: str
    level: int
    name: str
    honest: str
    did: str
    plain: str
    source: str


@dataclass
class Indicator:
    id: str
    name: str
    npairs: int = 0


@dataclass(frozen=True)
class Tag:
    kind: str  # rung | ctx | rung-x | claim | weak-claim | people | cue | ind | ind-x | ind-a | ind-b | gap
    key: str = ""  # rung id, cue kind, indicator id (with pair index)
    noun: bool = False  # claims: may be a noun ("co-production", "co-design")
    base: bool = False  # claims: the verb's base form (for "to co-design")
    gap: int = -1  # gap patterns: pattern number
    part: int = 0
    nparts: int = 1


@dataclass
class Hit:
    tag: Tag
    start: int  # compact token positions (space tokens left out), end exclusive
    end: int


def _hyphen_variants(surface: str) -> list[str]:
    """'co-produced' also as 'co‑produced' (non-breaking hyphen), 'co–produced', 'coproduced'."""
    out = [surface]
    if "-" in surface:
        out.append(surface.replace("-", "\u2011"))
        out.append(surface.replace("-", "\u2013"))
        words = surface.split(" ")
        if any(w.startswith("co-") for w in words):
            out.append(" ".join(w.replace("co-", "co", 1) if w.startswith("co-") else w for w in words))
    return out


def _alternatives(phrase: str) -> list[str]:
    """'keep (them|you) informed' -> ['keep them informed', 'keep you informed']."""
    m = re.search(r"\(([^()]*)\)", phrase)
    if not m:
        if "(" in phrase or ")" in phrase:
            raise ValueError(f"unbalanced brackets in phrase '{phrase}'")
        return [phrase]
    out = []
    for alt in m.group(1).split("|"):
        out.extend(_alternatives(phrase[:m.start()] + alt.strip() + phrase[m.end():]))
    return out


def _forms(phrase: str, how: str) -> list[list[str]]:
    """Every surface of a phrase, each as its parts (split at the '*' gaps)."""
    out = []
    for p in _alternatives(" ".join(phrase.lower().split())):
        out.extend(_forms1(" ".join(p.split()), how))
    return out


def _forms1(phrase: str, how: str) -> list[list[str]]:
    parts = [p.strip() for p in phrase.split("*")]
    if any(not p for p in parts):
        raise ValueError(f"bad gap in phrase '{phrase}'")
    if how == "verb":
        variants = sorted({w for ws in verb_forms(parts[0]).values() for w in ws})
        return [[v, *parts[1:]] for v in variants]
    if how == "noun":
        variants = sorted({w for ws in noun_forms(parts[-1]).values() for w in ws})
        return [[*parts[:-1], v] for v in variants]
    return [parts]


def _load_model(path: Path) -> dict:
    from ..resources import read_toml

    try:
        data = read_toml(path)
    except OSError as exc:
        raise RuleFileError(f"{path}: cannot read the co-production model ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: not valid TOML: {exc}") from None
    allowed = {"meta", "rung", "claims", "people", "cues", "indicator"}
    for k in data:
        if k not in allowed:
            raise RuleFileError(f"{path}: unknown top-level key '{k}'")
    for k in ("rung", "claims", "people", "cues", "indicator"):
        if k not in data:
            raise RuleFileError(f"{path}: missing [{k}]")
    for k in data.get("meta", {}):
        if k not in ("description", "sources"):
            raise RuleFileError(f"{path}: [meta]: unknown key '{k}'")

    def strings(value, where):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise RuleFileError(f"{path}: {where} must be a list of strings")
        return value

    for i, r in enumerate(data["rung"]):
        for k, v in r.items():
            if k not in _RUNG_KEYS:
                raise RuleFileError(f"{path}: rung {i + 1}: unknown key '{k}'")
            if not isinstance(v, _RUNG_KEYS[k]):
                raise RuleFileError(f"{path}: rung {i + 1}: '{k}' must be a {_RUNG_KEYS[k].__name__}")
            if _RUNG_KEYS[k] is list:
                strings(v, f"rung {r.get('id', i + 1)}: '{k}'")
        for k in ("id", "level", "name", "honest", "did", "plain", "source"):
            if k not in r:
                raise RuleFileError(f"{path}: rung {i + 1}: missing '{k}'")
    levels = [r["level"] for r in data["rung"]]
    if levels != sorted(levels) or len(set(levels)) != len(levels):
        raise RuleFileError(f"{path}: rungs must be listed lowest first, each with its own level")
    for k, v in data["claims"].items():
        if k not in ("verbs", "nouns", "phrases", "weak", "weak-window"):
            raise RuleFileError(f"{path}: [claims]: unknown key '{k}'")
        if k == "weak-window":
            if not isinstance(v, int) or v < 1:
                raise RuleFileError(f"{path}: [claims] weak-window must be a positive integer")
        else:
            strings(v, f"[claims] '{k}'")
    for k, v in data["people"].items():
        if k != "phrases":
            raise RuleFileError(f"{path}: [people]: unknown key '{k}'")
        strings(v, "[people] phrases")
    for k, v in data["cues"].items():
        if k not in _CUE_KINDS:
            raise RuleFileError(f"{path}: [cues]: unknown key '{k}'")
        strings(v, f"[cues] '{k}'")
    for i, ind in enumerate(data["indicator"]):
        for k, v in ind.items():
            if k not in _IND_KEYS:
                raise RuleFileError(f"{path}: indicator {i + 1}: unknown key '{k}'")
            if not isinstance(v, _IND_KEYS[k]):
                raise RuleFileError(f"{path}: indicator {i + 1}: '{k}' must be a {_IND_KEYS[k].__name__}")
        for k in ("id", "name"):
            if k not in ind:
                raise RuleFileError(f"{path}: indicator {i + 1}: missing '{k}'")
        strings(ind.get("phrases", []), f"indicator {ind['id']}: phrases")
        strings(ind.get("exclude", []), f"indicator {ind['id']}: exclude")
        for j, pair in enumerate(ind.get("pair", [])):
            where = f"indicator {ind['id']}: pair {j + 1}"
            if not isinstance(pair, dict) or not {"first", "second"} <= set(pair):
                raise RuleFileError(f"{path}: {where} needs 'first' and 'second'")
            for k, v in pair.items():
                if k not in ("first", "second", "window", "ordered"):
                    raise RuleFileError(f"{path}: {where}: unknown key '{k}'")
            strings(pair["first"], f"{where} first")
            strings(pair["second"], f"{where} second")
            if not isinstance(pair.get("window", 8), int) or isinstance(pair.get("window", 8), bool):
                raise RuleFileError(f"{path}: {where}: 'window' must be an integer")
            if not isinstance(pair.get("ordered", False), bool):
                raise RuleFileError(f"{path}: {where}: 'ordered' must be true or false")
    return data


class Lexicon:
    """The whole model compiled into one PhraseMatcher."""

    def __init__(self, path: Path, nlp):
        from ..phrases import LazyPhraseMatcher

        data = _load_model(path)
        self.path = path
        self.nlp = nlp
        self.rungs = [Rung(r["id"], r["level"], r["name"], r["honest"], r["did"], r["plain"], r["source"])
                      for r in data["rung"]]
        self.rung_by_id = {r.id: r for r in self.rungs}
        self.levels = sorted({r.level for r in self.rungs})
        # "low" rungs are the two lowest (informing, consulting); "high" are the two highest.
        self.low_levels = set(self.levels[:2])
        self.high_levels = set(self.levels[-2:])
        self.indicators = [Indicator(i["id"], i["name"], len(i.get("pair", []))) for i in data["indicator"]]
        self.pairs = {f"{i['id']}#{j}": (p.get("window", 8), p.get("ordered", False))
                      for i in data["indicator"] for j, p in enumerate(i.get("pair", []))}
        self.weak_window = data["claims"].get("weak-window", 5)
        self.matcher = LazyPhraseMatcher(nlp)
        self._tags: dict[int, Tag] = {}
        self._surfaces: dict[Tag, set] = {}
        self._ngap = 0
        self.gaps: dict[int, int] = {}  # gap pattern -> number of parts

        def add(tag: Tag, phrases, how="phrase"):
            for ph in phrases:
                try:
                    forms = _forms(ph, how)
                except ValueError as exc:
                    raise RuleFileError(f"{path}: {exc}") from None
                for parts in forms:
                    if len(parts) == 1:
                        self._add(tag, parts[0])
                    else:
                        g = self._ngap
                        self._ngap += 1
                        self.gaps[g] = len(parts)
                        for pi, part in enumerate(parts):
                            self._add(Tag("gap", tag.kind + "|" + tag.key, gap=g, part=pi, nparts=len(parts),
                                          noun=tag.noun, base=tag.base), part)
                        self._gap_tag[g] = tag

        self._gap_tag: dict[int, Tag] = {}
        for r in data["rung"]:
            rt, ct, xt = Tag("rung", r["id"]), Tag("ctx", r["id"]), Tag("rung-x", r["id"])
            add(rt, r.get("verbs", []), "verb")
            add(rt, r.get("nouns", []), "noun")
            add(rt, r.get("phrases", []))
            add(ct, r.get("context", []))
            add(xt, r.get("exclude", []))
        claims = data["claims"]
        nouns = {n.lower() for n in claims.get("nouns", [])}
        for v in claims.get("verbs", []):
            for form, words in verb_forms(v.lower()).items():
                for w in words:
                    add(Tag("claim", "strong", noun=w in nouns, base=form == "base"), [w])
        add(Tag("claim", "strong", noun=True), claims.get("nouns", []), "noun")
        add(Tag("claim", "strong"), claims.get("phrases", []))
        add(Tag("weak-claim", "weak"), claims.get("weak", []))
        add(Tag("people"), data["people"].get("phrases", []))
        self.words: dict[str, frozenset] = {k: frozenset() for k in WORD_CUES}
        for kind, phrases in data["cues"].items():
            if kind in WORD_CUES:
                bad = [ph for ph in phrases if len(nlp.make_doc(ph)) != 1]
                if bad:
                    raise RuleFileError(f"{path}: [cues] '{kind}' takes single words only, not {bad[0]!r}")
                self.words[kind] = frozenset(ph.lower() for ph in phrases)
            else:
                add(Tag("cue", kind), phrases)
        for ind in data["indicator"]:
            add(Tag("ind", ind["id"]), ind.get("phrases", []))
            add(Tag("ind-x", ind["id"]), ind.get("exclude", []))
            for j, pair in enumerate(ind.get("pair", [])):
                add(Tag("ind-a", f"{ind['id']}#{j}"), pair["first"])
                add(Tag("ind-b", f"{ind['id']}#{j}"), pair["second"])
        for tag, surfaces in self._surfaces.items():
            key = f"plainlint-coprod-{len(self._tags)}"
            self._tags[self.matcher.add(key, sorted(surfaces))] = tag
        self._surfaces = {}

    def _add(self, tag: Tag, surface: str) -> None:
        for s in _hyphen_variants(surface):
            self._surfaces.setdefault(tag, set()).add(s)

    # -- matching -----------------------------------------------------------------------
    def match(self, sdoc) -> tuple[list, list]:
        """(kept token indexes, hits) for one block's Doc; space tokens are left out of both,
        and hit positions count kept tokens only."""
        from spacy.attrs import IS_SPACE

        spaces = sdoc.to_array([IS_SPACE]).reshape(-1) if len(sdoc) else []
        if not len(sdoc) or not spaces.any():
            keep = range(len(sdoc))
            view = sdoc
        else:
            keep = [i for i, sp in enumerate(spaces.tolist()) if not sp]
            from spacy.tokens import Doc

            # a view of the same tokens without the space tokens, so that phrases match
            # across a double space or a line break (no re-tokenising: the same words)
            view = Doc(sdoc.vocab, words=[sdoc[i].text for i in keep],
                       spaces=[bool(sdoc[i].whitespace_) or (i + 1 < len(sdoc) and sdoc[i + 1].is_space)
                               for i in keep])
        hits = []
        parts: dict[int, list] = {}
        for match_id, s, e in self.matcher(view):
            tag = self._tags[match_id]
            if tag.kind == "gap":
                parts.setdefault(tag.gap, []).append((tag, s, e))
                continue
            hits.append(Hit(tag, s, e))
        for g, found in parts.items():
            n = self.gaps[g]
            by_part: dict[int, list] = {}
            for tag, s, e in found:
                by_part.setdefault(tag.part, []).append((s, e))
            if len(by_part) < n:
                continue
            for s0, e0 in by_part.get(0, []):
                end = e0
                ok = True
                for pi in range(1, n):
                    nxt = [(s, e) for s, e in by_part[pi] if end <= s <= end + GAP]
                    if not nxt:
                        ok = False
                        break
                    end = min(nxt)[1]
                if ok:
                    hits.append(Hit(self._gap_tag[g], s0, end))
        hits.sort(key=lambda h: (h.start, -h.end))
        return keep, hits


@lru_cache(maxsize=8)
def _lexicon(path_str: str, model: Optional[str]) -> Lexicon:
    return Lexicon(Path(path_str), get_nlp(model))


def lexicon(config=None, name: str = LADDER_FILE) -> Lexicon:
    return _lexicon(str(resolve(name)), getattr(config, "model", None))


# ---------------------------------------------------------------------------------------
# Reading a document


@dataclass
class Relation:
    scan: "SentenceScan"
    claim: Hit
    lows: list  # low-rung activity hits
    strong: bool  # a firm tie (warning) or a loose one (suggestion)
    mixed: bool  # engagement mixed in: the activity may be more than consultation
    how: str  # which tie: means, label, equation, purpose, who, elaboration
    next_sentence: bool = False  # the activity is in the next sentence


@dataclass
class SentenceScan:
    index: int  # into analysed.sentences
    block: int
    lo: int  # compact token range
    hi: int
    hits: list
    claims: list = field(default_factory=list)  # valid strong claims
    weak_claims: list = field(default_factory=list)
    principle: bool = False
    low: list = field(default_factory=list)
    mid: list = field(default_factory=list)
    high: list = field(default_factory=list)
    people: bool = False
    rung: Optional[str] = None
    starts_elaboration: bool = False


REPORTING = {"told", "tell", "tells", "said", "say", "says", "asked", "ask", "gave", "give", "shared",
             "raised", "want", "wanted", "wants", "felt", "feel", "feels", "thought", "think",
             "thinks", "wrote", "write", "suggested", "reported", "report", "described", "explained",
             "expressed", "highlighted", "identified", "mentioned", "stated", "agreed", "chose"}
ADVERBS = {"then", "also", "now", "later", "first", "jointly", "carefully", "successfully", "fully",
           "largely", "mainly", "partly", "further", "again", "since", "recently", "subsequently",
           "not", "all", "both", "only", "being"}


def _verbish(word: str) -> bool:
    """A word that looks like a verb form without a tagger: consulted, tested, promoting."""
    return word.isalpha() and len(word) > 4 and (word.endswith("ed") or word.endswith("ing"))


_CONTENT = {"rung", "ctx", "claim", "weak-claim", "ind", "ind-a"}


class Reader:
    """Reasoning over one document's matches, sentence by sentence."""

    def __init__(self, lex: Lexicon, analysed):
        self.lex = lex
        self.analysed = analysed
        self.blocks = []
        lex.matcher.prepare(analysed.document.text)
        for sdoc in analysed.block_docs:
            self.blocks.append(lex.match(sdoc))
        self.sentences: list[SentenceScan] = []
        self.by_block: dict[int, list] = {}
        self._quotes: dict[int, list] = {}
        self._lowers: dict[int, list] = {}
        starts: dict[int, list] = {}
        for si, s in enumerate(analysed.sentences):
            keep, hits = self.blocks[s.block_index]
            if not hits:
                continue
            lo = bisect.bisect_left(keep, s.tok_start)
            hi = bisect.bisect_left(keep, s.tok_end)
            if s.block_index not in starts:
                starts[s.block_index] = [h.start for h in hits]
            lo_h = bisect.bisect_left(starts[s.block_index], lo)
            sh = []
            for h in hits[lo_h:]:
                if h.start >= hi:
                    break
                if h.end <= hi:
                    sh.append(h)
            if not any(h.tag.kind in _CONTENT for h in sh):
                continue  # nothing about involvement, claims or signs of co-production
            scan = SentenceScan(si, s.block_index, lo, hi, sh)
            self._read(scan)
            self.sentences.append(scan)
            self.by_block.setdefault(s.block_index, []).append(scan)

    # -- helpers ------------------------------------------------------------------------
    def _lower(self, block: int) -> list:
        low = self._lowers.get(block)
        if low is None:
            sdoc = self.analysed.block_docs[block]
            low = [sdoc[i].lower_ for i in self.blocks[block][0]]
            self._lowers[block] = low
        return low

    def _token(self, block: int, i: int):
        return self.analysed.block_docs[block][self.blocks[block][0][i]]

    def _low(self, scan, i) -> str:
        return self._lower(scan.block)[i]

    def _is(self, scan, kind, i) -> bool:
        """Is word i one of the single-word cues of this kind?"""
        return scan.lo <= i < scan.hi and self._lower(scan.block)[i] in self.lex.words[kind]

    def _any_word(self, scan, kind, lo, hi) -> bool:
        words = self.lex.words[kind]
        return any(w in words for w in self._words(scan, lo, hi))

    def _cues(self, scan, kind) -> list:
        return [h for h in scan.hits if h.tag.kind == "cue" and h.tag.key == kind]

    def _any_cue(self, scan, kind, lo, hi) -> bool:
        return any(h.tag.kind == "cue" and h.tag.key == kind and lo <= h.start and h.end <= hi for h in scan.hits)

    def _cue_ends_within(self, scan, kind, pos, before) -> bool:
        """A cue of this kind ending within ``before`` words before ``pos``, with no boundary between."""
        for h in scan.hits:
            if h.tag.kind == "cue" and h.tag.key == kind and pos - before <= h.end <= pos and h.start < pos:
                if not self._any_cue(scan, "boundary", h.end, pos) and "," not in self._words(scan, h.end, pos):
                    return True
        return False

    def _words(self, scan, lo, hi) -> list:
        return self._lower(scan.block)[max(lo, scan.lo):min(hi, scan.hi)]

    def _in_quotes(self, scan, hit) -> bool:
        b = scan.block
        if b not in self._quotes:
            self._quotes[b] = _quote_ranges(self.analysed.block_docs[b].text)
        a = self._token(b, hit.start).idx
        return any(qs < a < qe for qs, qe in self._quotes[b])

    def _rung(self, hit) -> Rung:
        return self.lex.rung_by_id[hit.tag.key]

    # -- one sentence -------------------------------------------------------------------
    def _read(self, scan: SentenceScan) -> None:
        block = self.analysed.blocks[scan.block]
        hits = scan.hits
        # exclusions: a signal inside an excluded phrase of its rung is not a signal
        excl = [(h.tag.key, h.start, h.end) for h in hits if h.tag.kind == "rung-x"]
        claims_all = [h for h in hits if h.tag.kind == "claim"]
        claim_cov = set()
        for c in claims_all:
            claim_cov.update(range(c.start, c.end))
        signals = []
        for h in hits:
            if h.tag.kind not in ("rung", "ctx"):
                continue
            if any(k == h.tag.key and s < h.end and h.start < e for k, s, e in excl):
                continue
            if any(i in claim_cov for i in range(h.start, h.end)):
                continue
            signals.append(h)
        # where signals overlap, the longest wins ("asking patients for their views" over
        # "their views on"); a tie goes to the higher rung
        signals.sort(key=lambda h: (-(h.end - h.start), -self._rung(h).level, h.start))
        kept = []
        for h in signals:
            if any(h.start < k.end and k.start < h.end for k in kept):
                continue
            kept.append(h)
        kept.sort(key=lambda h: h.start)
        scan.people = any(h.tag.kind == "people" for h in hits)
        words = self._words(scan, scan.lo, scan.hi)
        question = bool(words) and words[-1] == "?"
        contrast = bool(self._cues(scan, "contrast")) or bool(self._cues(scan, "definition"))
        if not contrast:
            contrast = self._contrast_before(scan, kept) or self._from_to(scan, kept, claims_all)
        for h in kept:
            if self._cue_ends_within(scan, "negation", h.start, 4):
                continue
            lvl = self._rung(h).level
            if lvl in self.lex.high_levels:
                scan.high.append(h)
            elif lvl in self.lex.low_levels:
                if h.tag.kind == "ctx":
                    continue
                scan.low.append(h)
            else:
                scan.mid.append(h)
        skip = block.kind in SKIP_KINDS
        principle = question or contrast
        if block.kind not in NO_CLAIM_KINDS:
            for c in claims_all:
                verdict = self._claim_verdict(scan, c)
                if verdict == "principle":
                    principle = True
                elif verdict == "claim":
                    scan.claims.append(c)
            for c in hits:
                if c.tag.kind == "weak-claim" and self._weak_claim_ok(scan, c):
                    scan.weak_claims.append(c)
        scan.principle = principle
        elab = self._cues(scan, "elaboration")
        scan.starts_elaboration = any(h.start <= scan.lo + 1 for h in elab)
        if skip or principle or not (scan.people or scan.claims or scan.weak_claims):
            return  # the ladder counts sentences about involving people, not "Comments:"
        best = None
        for h in scan.low + scan.mid + scan.high:
            if h.tag.kind == "ctx":
                continue  # context words keep the rule quiet; they are too loose to count
            lvl = self._rung(h).level
            if best is None or lvl > best.level:
                best = self._rung(h)
        scan.rung = best.id if best else None

    def _contrast_before(self, scan, signals) -> bool:
        """'more than a survey', 'beyond consultation': the writer sets a rung aside."""
        for h in signals:
            if self._rung(h).level in self.lex.low_levels and self._cue_ends_within(scan, "contrast-before", h.start, 3):
                return True
        return False

    def _from_to(self, scan, signals, claims) -> bool:
        """'from consultation to co-production', 'from informing towards co-design'."""
        for h in signals:
            if self._rung(h).level not in self.lex.low_levels:
                continue
            if h.start - 1 >= scan.lo and self._low(scan, h.start - 1) == "from":
                for c in claims:
                    if c.start > h.end and self._low(scan, c.start - 1) in ("to", "towards", "toward", "into"):
                        return True
        return False

    def _claim_verdict(self, scan, c) -> str:
        """'claim', 'principle' (a definition: the sentence is left alone) or 'no'."""
        if self._in_quotes(scan, c):
            return "no"
        if self._cue_ends_within(scan, "negation", c.start, 4):
            return "no"
        if self._cue_ends_within(scan, "not-a-claim", c.start, 3):
            return "no"
        surface = self._low(scan, c.end - 1)
        if not surface.endswith("ed"):
            for h in self._cues(scan, "topic-before"):
                if h.end == c.start or (h.end == c.start - 1 and self._low(scan, c.start - 1) in DETERMINERS):
                    return "no"
        if c.tag.noun:
            if any(h.start == c.end for h in self._cues(scan, "topic-after")):
                return "no"
            before = self._low(scan, c.start - 1) if c.start > scan.lo else ""
            if before not in DETERMINERS:
                # "Co-production means ...", "Good co-production requires ...": a principle
                j = c.end
                claims = {h.start: h.end for h in scan.hits if h.tag.kind == "claim"}
                while j < scan.hi:
                    if j in claims:
                        j = claims[j]
                        continue
                    if self._low(scan, j) in SKIP_AFTER_CLAIM:
                        j += 1
                        continue
                    break
                if self._is(scan, "generic-verbs", j):
                    return "principle"
        return "claim"

    def _weak_claim_ok(self, scan, c) -> bool:
        if self._in_quotes(scan, c) or self._cue_ends_within(scan, "negation", c.start, 4):
            return False
        if self._cue_ends_within(scan, "not-a-claim", c.start, 3):
            return False
        return any(h.tag.kind == "people" and c.end <= h.start <= c.end + self.lex.weak_window for h in scan.hits)

    # -- the rule -----------------------------------------------------------------------
    def relations(self) -> list[Relation]:
        out = []
        for bi, scans in self.by_block.items():
            for k, scan in enumerate(scans):
                if scan.principle or scan.high or not (scan.claims or scan.weak_claims):
                    continue
                if self.analysed.blocks[bi].kind in NO_CLAIM_KINDS:
                    continue
                nxt = self._next_sentence(scan, scans, k)
                if nxt is not None and nxt.high:
                    continue  # the next sentence shows shared decisions or power
                rel = None
                for c in scan.claims:
                    rel = self._relate(scan, c)
                    if rel:
                        break
                if rel is None and scan.claims and nxt is not None:
                    rel = self._elaboration(scan, nxt)
                if rel is None:
                    for c in scan.weak_claims:
                        rel = self._relate(scan, c)
                        if rel:
                            rel.strong = False
                            break
                if rel is not None:
                    out.append(rel)
        return out

    def _next_sentence(self, scan, scans, k) -> Optional[SentenceScan]:
        """The next sentence of the same block, if it has any matches (else None)."""
        sents = self.analysed.block_sentences[scan.block]
        pos = sents.index(scan.index)
        if pos + 1 >= len(sents):
            return None
        want = sents[pos + 1]
        if k + 1 < len(scans) and scans[k + 1].index == want:
            return scans[k + 1]
        return None

    def _reach(self, scan, start, window) -> list:
        """Signals from ``start``: the first within ``window`` words, then any that follow
        on closely (a list of activities), stopping at a boundary or another claim."""
        sig = sorted(scan.low + scan.mid, key=lambda h: h.start)
        claims = [h for h in scan.hits if h.tag.kind in ("claim", "weak-claim")]
        out = []
        pos = start
        limit = window
        for h in sig:
            if h.start < start:
                continue
            if h.start - pos > limit:
                break
            if self._any_cue(scan, "boundary", pos, h.start) or any(pos <= c.start < h.start for c in claims):
                break
            gap = self._words(scan, pos, h.start)
            if out and any(w in (",", "and") and _verbish(n) for w, n in zip(gap, gap[1:])):
                break  # "through a survey, and consulted ..." : a new clause
            out.append(h)
            pos = h.end
            limit = 5
        return out

    def _blocked(self, scan, lo, hi, claim) -> bool:
        """Something between lo and hi ties what follows to another verb or clause."""
        if self._any_cue(scan, "boundary", lo, hi):
            return True
        for h in scan.hits:
            if h is claim or not (lo <= h.start and h.end <= hi):
                continue
            if h.tag.kind in ("claim", "weak-claim"):
                return True
        words = self._words(scan, lo, hi)
        # a second verb joined on ("... and tested it through", ", launched through")
        for i, w in enumerate(words[:-1]):
            if w in ("and", ",", "or", "then") and _verbish(words[i + 1]):
                return True
        # people with a verb of their own: "... what residents told us through the consultation"
        for h in scan.hits:
            if h.tag.kind == "people" and lo <= h.start and h.end < hi:
                nxt = self._low(scan, h.end)
                if nxt in REPORTING or _verbish(nxt):
                    return True
        # an activity between them, coordinated as a clause of its own ("co-produced the plan
        # and consulted on it through ..."), takes the link; an object ("co-produced the
        # leaflet by ...") does not
        for h in scan.low + scan.mid + scan.high:
            if lo <= h.start and h.end <= hi:
                if set(self._words(scan, lo, h.start)) & COORDINATORS:
                    return True
        return False

    def _other_predicate(self, scan, c, lo, hi) -> bool:
        """Between a claim and a link after it, another verb phrase that takes the link.

        "The plan was co-produced with carers and is being promoted through posters": the
        posters promote, they did not produce. After a claim that is itself the verb, any
        auxiliary (was, is, will ...) starts another predicate. After a claim that is a noun
        or stands before one ("our co-designed model of care was developed through ..."), the
        predicate belongs to the claim only if it is a verb of making or doing.
        """
        aux = [i for i in range(lo, hi) if self._is(scan, "auxiliaries", i)]
        if not aux:
            return False
        before = self._low(scan, c.start - 1) if c.start > scan.lo else ""
        predicative = not c.tag.noun and before not in DETERMINERS
        if predicative:
            return True
        j = aux[0]
        while j < hi and (self._is(scan, "auxiliaries", j) or self._low(scan, j) in ADVERBS):
            j += 1
        if j >= hi:
            return False  # the auxiliary runs straight into the link ("is based on")
        return not self._is(scan, "making-verbs", j)

    def _relate(self, scan, c) -> Optional[Relation]:
        lows = scan.low
        if not lows:
            return None
        # 1. label: "co-production survey", "a co-design drop-in"
        if c.tag.noun:
            for h in lows:
                if h.start == c.end:
                    return Relation(scan, c, [h], True, False, "label")
        # 2. a link after the claim: through / via / by / with / took the form of / who ...
        links = [h for h in scan.hits if h.tag.kind == "cue" and h.tag.key in ("means", "by", "with", "weak")]
        links += [Hit(Tag("cue", "who"), i, i + 1) for i in range(c.end, scan.hi) if self._is(scan, "who", i)]
        for k in sorted(links, key=lambda h: h.start):
            if k.start < c.end:
                continue
            gap = k.start - c.end
            kind = k.tag.key
            if gap > (4 if kind == "weak" else 12):
                continue
            if kind == "who":
                people = [h for h in scan.hits if h.tag.kind == "people" and k.start - 2 <= h.end <= k.start]
                if not people:
                    continue
                if self._any_cue(scan, "boundary", c.end, k.start):
                    continue
                # "the 40 carers who co-produced this strategy and the 900 residents who
                # responded": another group, not the partners
                between = self._words(scan, c.end, people[0].start)
                if any(w == "and" and (n in ("the", "a", "an", "all", "some", "many", "other", "those", "these")
                                       or n[:1].isdigit())
                       for w, n in zip(between, between[1:])):
                    continue
                reach = [h for h in lows if k.end <= h.start <= k.end + 6]
                if not reach or self._any_word(scan, "who-block", k.end, reach[0].start):
                    continue
                if any(k.end <= h.start < reach[0].start for h in scan.mid):
                    continue
                return Relation(scan, c, reach[:3], True, False, "who")
            if self._blocked(scan, c.end, k.start, c) or self._other_predicate(scan, c, c.end, k.start):
                continue
            window = {"by": 4, "with": 2}.get(kind, 5)
            reach = self._reach(scan, k.end, window)
            low_reach = [h for h in reach if h in lows]
            if not low_reach:
                continue
            mixed = any(h in scan.mid for h in reach) or any(c.end <= h.start < k.start for h in scan.mid)
            return Relation(scan, c, low_reach[:3], kind != "weak", mixed, "means")
        # 3. a link at the start of the sentence: "Through a survey and drop-ins, residents co-produced ..."
        for k in links:
            if k.tag.key not in ("means", "by") or k.start > scan.lo + 1 or k.end > c.start:
                continue
            if not self._low(scan, k.start).isalpha():
                continue  # "Options: consult on ..., co-produce ...": a list, not a means
            reach = self._reach(scan, k.end, {"by": 4}.get(k.tag.key, 5))
            low_reach = [h for h in reach if h in lows]
            if low_reach and 0 <= c.start - reach[-1].end <= 12 and not self._blocked(scan, reach[-1].end, c.start, c):
                mixed = any(h in scan.mid for h in reach)
                return Relation(scan, c, low_reach[:3], True, mixed, "means")
        # 4. purpose: "we held drop-in sessions to co-design the park"
        if c.tag.base and c.start - 1 > scan.lo and self._low(scan, c.start - 1) == "to":
            to = c.start - 1
            for h in reversed(lows):
                if h.end <= to and to - h.end <= 6:
                    if self._any_word(scan, "purpose-block", h.end, to) or self._blocked(scan, h.end, to, c):
                        break
                    return Relation(scan, c, [h], True, False, "purpose")
        # 5. equation: "the consultation was co-production in action"; "our co-production was a survey"
        if c.tag.noun:
            for h in lows:
                if h.end <= c.start and c.start - h.end <= 8:
                    if self._equation(scan, h.end, c.start):
                        part = "part" in self._words(scan, h.end, c.start)
                        return Relation(scan, c, [h], not part, False, "equation")
                if h.start >= c.end and h.start - c.end <= 8:
                    if self._equation(scan, c.end, h.start):
                        part = "part" in self._words(scan, c.end, h.start)
                        return Relation(scan, c, [h], not part, False, "equation")
        return None

    def _equation(self, scan, lo, hi) -> bool:
        if hi <= lo:
            return False
        if not self._any_word(scan, "copulas", lo, hi):
            return False
        fillers = self.lex.words["equation-fillers"]
        return all(w in fillers for w in self._words(scan, lo, hi))

    def _elaboration(self, scan, nxt) -> Optional[Relation]:
        """'The plan was co-produced with residents. This involved an online survey ...'"""
        if scan.low or scan.mid or scan.high:
            return None
        if not nxt.starts_elaboration or nxt.principle or nxt.high or nxt.mid or not nxt.low:
            return None
        if any(h.tag.kind in ("claim", "weak-claim") for h in nxt.hits):
            return None
        return Relation(scan, scan.claims[0], nxt.low[:3], True, False, "elaboration", next_sentence=True)

    # -- the document ----------------------------------------------------------------------
    def ladder(self) -> dict:
        counts = {r.id: 0 for r in self.lex.rungs}
        for scan in self.sentences:
            if scan.rung:
                counts[scan.rung] += 1
        return counts

    def doc_claims(self) -> list:
        """(scan, claim hit) for every real claim of co-production outside definitions."""
        out = []
        for scan in self.sentences:
            if scan.principle or self.analysed.blocks[scan.block].kind in NO_CLAIM_KINDS:
                continue
            for c in scan.claims:
                if self._names_a_title(scan, c):
                    continue
                out.append((scan, c))
        return out

    def is_aim(self, scan, c) -> bool:
        """A plan or an intention, not a claim of what was done: "We will engage communities
        in co-designing services", "partnerships with local groups to co-produce research",
        "the plan will be co-produced with carers". A participle that describes a finished
        thing stays a claim even in a sentence about the future ("we will publish the
        co-produced plan")."""
        before = self._low(scan, c.start - 1) if c.start > scan.lo else ""
        if self._low(scan, c.end - 1).endswith("ed"):
            if before not in ("be", "being"):
                return False
            pos = c.start - 1  # "will be co-produced": look before "be"
            if pos - 1 >= scan.lo and self._low(scan, pos - 1) == "to":
                return True  # "to be co-designed"
        else:
            if c.tag.base and before == "to":
                return True  # "to co-produce research"
            pos = c.start
        for h in self._cues(scan, "aim"):
            if h.end <= pos and not self._any_cue(scan, "boundary", h.end, pos):
                if not any(k is not c and h.end <= k.start < pos and k.tag.kind == "claim" for k in scan.hits):
                    return True
        return False

    def _names_a_title(self, scan, c) -> bool:
        """"the co-produced strategy 'Making a Difference Every Day'": a claim about another
        document, whose evidence is in that document, not this one."""
        for w in self._words(scan, c.end, c.end + 4):
            if w in ("‘", "“", '"', "'"):
                return True
        return False

    def indicators(self) -> dict:
        """indicator id -> the first sentence scan that evidences it."""
        found: dict = {}
        for scan in self.sentences:
            if scan.principle or self.analysed.blocks[scan.block].kind == "header-footer":
                continue
            excl = [(h.tag.key, h.start, h.end) for h in scan.hits if h.tag.kind == "ind-x"]
            pairs_a: dict = {}
            pairs_b: dict = {}
            for h in scan.hits:
                kind = h.tag.kind
                if kind not in ("ind", "ind-a", "ind-b"):
                    continue
                if self._cue_ends_within(scan, "negation", h.start, 4):
                    continue
                if kind == "ind":
                    if any(k == h.tag.key and s < h.end and h.start < e for k, s, e in excl):
                        continue
                    found.setdefault(h.tag.key, scan)
                elif kind == "ind-a":
                    pairs_a.setdefault(h.tag.key, []).append(h)
                else:
                    pairs_b.setdefault(h.tag.key, []).append(h)
            for key, first in pairs_a.items():
                second = pairs_b.get(key)
                if not second:
                    continue
                window, ordered = self.lex.pairs[key]
                for a in first:
                    for b in second:
                        if a.end <= b.start:
                            ok = b.start - a.end <= window
                        elif b.end <= a.start:
                            ok = not ordered and a.start - b.end <= window
                        else:
                            ok = False  # the same words cannot be both halves
                        if ok:
                            found.setdefault(key.split("#")[0], scan)
        return found


def reader(analysed, config, name: str = LADDER_FILE) -> Reader:
    lex = lexicon(config, name)
    key = ("coproduction", str(lex.path))
    r = analysed.cache.get(key)
    if r is None:
        r = Reader(lex, analysed)
        analysed.cache[key] = r
    return r


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _where(described: str) -> str:
    """'line 12 (in "Background")' -> 'line 12, in "Background"', to sit inside brackets."""
    if described.endswith('")') and ' (in "' in described:
        head, _, section = described[:-1].partition(' (in "')
        return f'{head}, in "{section}'
    return described


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ---------------------------------------------------------------------------------------
# The check


class CoproductionCheck(Check):
    kind = "coproduction"

    def __init__(self, rules, config):
        super().__init__(rules, config)
        self.by_kind = {r.kind: r for r in rules}
        self.ladder_name = LADDER_FILE
        for r in rules:
            if "ladder" in r.options:
                self.ladder_name = r.option(config, "ladder")
                break
        self.lex = lexicon(config, self.ladder_name)  # built once, here

    def reader(self, analysed) -> Reader:
        return reader(analysed, self.config, self.ladder_name)

    def run(self, analysed):
        r = self.reader(analysed)
        out = []
        rule = self.by_kind.get("consultation-as-co-production")
        if rule is not None:
            out.extend(self._consultation(rule, r, analysed))
        rule = self.by_kind.get("co-production-unevidenced")
        if rule is not None:
            out.extend(self._unevidenced(rule, r, analysed))
        return out

    def _span(self, r: Reader, block: int, hit: Hit) -> tuple[int, int]:
        b = r.analysed.blocks[block]
        start = b.start + r._token(block, hit.start).idx
        last = r._token(block, hit.end - 1)
        return start, b.start + last.idx + len(last.text)

    def _consultation(self, rule, r: Reader, analysed):
        doc_text = analysed.document.text
        for rel in r.relations():
            block = rel.scan.block
            start, end = self._span(r, block, rel.claim)
            act_block = block
            acts = []
            last_end = None
            for h in sorted(rel.lows, key=lambda h: h.start):
                a, b = self._span(r, act_block, h)
                if last_end is not None and h.start <= last_end:
                    acts[-1] = (acts[-1][0], b)  # adjacent: one activity ("survey respondents")
                else:
                    acts.append((a, b))
                last_end = h.end
            acts = [" ".join(doc_text[a:b].split()) for a, b in acts]
            top = max((r._rung(h) for h in rel.lows), key=lambda x: x.level)
            severity = rule.severity if rel.strong and not rel.mixed else "suggestion"
            message = rule.message.format(
                claim=" ".join(doc_text[start:end].split()), activity=_join(list(dict.fromkeys(acts))),
                rung=top.name, honest=top.honest, did=top.did,
            )
            if severity != rule.severity:
                message += " " + rule.option(self.config, "unsure-note")
            yield self.finding(rule, analysed, start, end, message, severity=severity)

    def _unevidenced(self, rule, r: Reader, analysed):
        claims = r.doc_claims()
        if len(claims) < rule.option(self.config, "min-claims"):
            return
        need = rule.option(self.config, "min-indicators")
        found = r.indicators()
        have = [i for i in r.lex.indicators if i.id in found]
        if len(have) >= need:
            return
        doc = analysed.document
        # a claim of what was done comes first; a document that only says what it will
        # co-produce gets a suggestion: there may be nothing to show yet
        done = [(scan, c) for scan, c in claims if not r.is_aim(scan, c)]
        scan, c = (done or claims)[0]
        start, end = self._span(r, scan.block, c)
        sent = analysed.sentences[scan.index]
        where = _where(doc.locate(start, end).describe()) or "near the start"
        evidenced = []
        for ind in have:
            s = analysed.sentences[found[ind.id].index]
            loc = _where(doc.locate(s.start, s.end).describe())
            evidenced.append(f"{ind.name}: '{_clip(s.text)}'" + (f" ({loc})" if loc else ""))
        missing = [i.name for i in r.lex.indicators if i.id not in found]
        ev_text = ("It shows: " + "; ".join(evidenced) + ".") if evidenced else "It shows none of them."
        message = rule.message.format(
            claim=" ".join(doc.text[start:end].split()), where=where, sentence=_clip(sent.text),
            count=len(have), total=len(r.lex.indicators), min=need, evidenced=ev_text,
            missing="; ".join(missing),
        )
        severity = rule.severity
        if not done:
            severity = "suggestion"
            message += " " + rule.option(self.config, "aim-note")
        f = self.finding(rule, analysed, start, end, message, document_level=True, severity=severity)
        f.extra["evidenced"] = {i.id: analysed.sentences[found[i.id].index].text for i in have}
        f.extra["missing"] = [i.id for i in r.lex.indicators if i.id not in found]
        yield f


CHECK = CoproductionCheck


@register_metric("ladder")
def ladder_metric(analysed, engine, config):
    """Sentences per rung of the co-production ladder, when a co-production check runs."""
    for check in getattr(engine, "checks", ()):
        if isinstance(check, CoproductionCheck):
            return check.reader(analysed).ladder()
    return None
