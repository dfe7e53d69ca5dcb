"""Step 1, the model: ``wordlists/co-production-ladder.toml`` loaded strictly and compiled
into ONE spaCy ``PhraseMatcher`` (built once per configuration, run once over each block)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import not_
from pathlib import Path
from typing import Optional

from ...analysis import get_nlp, token_texts
from ...errors import RuleFileError
from ...schema import Field, check_record
from ...wordlists import resolve, word_set
from .forms import _alternatives, _forms, _hyphen_variants, plan, stored_plan  # noqa: F401

LADDER_FILE = "co-production-ladder.toml"
SKIP_KINDS = {"heading", "header-footer", "furniture"}  # never describe involvement as sentences
NO_CLAIM_KINDS = SKIP_KINDS | {"quote"}  # a quotation is someone else's words
GAP = 3  # "*" in a phrase: up to this many words
DETERMINERS = word_set("co-production-words.toml", "determiners")
COORDINATORS = word_set("co-production-words.toml", "coordinators")
SKIP_AFTER_CLAIM = word_set("co-production-words.toml", "skip-after-claim")

#: cue lists of single words: looked up word by word rather than matched (they are common)
WORD_CUES = ("who", "who-block", "generic-verbs", "purpose-block", "copulas", "equation-fillers",
             "auxiliaries", "making-verbs", "hearsay")
_CUE_KINDS = ("means", "by", "with", "weak", "who", "who-block", "contrast", "contrast-before",
              "definition", "generic-verbs", "topic-before", "topic-after",
              "negation", "not-a-claim", "boundary", "purpose-block", "copulas", "equation-fillers",
              "elaboration", "auxiliaries", "making-verbs", "aim", "intention", "hearsay", "assessed")
_TOP = (Field("meta", dict), Field("rung", list, required=True, items=dict),
        Field("claims", dict, required=True), Field("people", dict, required=True),
        Field("cues", dict, required=True), Field("indicator", list, required=True, items=dict))
_META = (Field("description", str), Field("sources", list))
_RUNG = (*(Field(k, str, required=True) for k in ("id", "name", "honest", "did", "plain", "source")),
         Field("level", int, required=True),
         *(Field(k, list, items=str) for k in ("verbs", "nouns", "phrases", "context", "exclude")))
_CLAIMS = (*(Field(k, list, items=str) for k in ("verbs", "nouns", "phrases", "weak", "power")),
           Field("weak-window", int))
_PEOPLE = (Field("phrases", list, items=str),)
_CUES = tuple(Field(k, list, items=str) for k in _CUE_KINDS)
_INDICATOR = (Field("id", str, required=True), Field("name", str, required=True), Field("short", str),
              Field("phrases", list, items=str), Field("exclude", list, items=str), Field("pair", list, items=dict))
_PAIR = (Field("first", list, required=True, items=str), Field("second", list, required=True, items=str),
         Field("window", int), Field("ordered", bool))


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
    short: str = ""  # a few words, for messages


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


def _load_model(path: Path) -> dict:
    from ...resources import read_toml

    try:
        data = read_toml(path)
    except OSError as exc:
        raise RuleFileError(f"{path}: cannot read the co-production model ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: not valid TOML: {exc}") from None
    where = str(path)
    check_record(data, _TOP, where)
    check_record(data.get("meta", {}), _META, f"{where}: [meta]")
    for i, r in enumerate(data["rung"]):
        check_record(r, _RUNG, f"{where}: rung {r.get('id', i + 1)}")
    levels = [r["level"] for r in data["rung"]]
    if levels != sorted(levels) or len(set(levels)) != len(levels):
        raise RuleFileError(f"{path}: rungs must be listed lowest first, each with its own level")
    check_record(data["claims"], _CLAIMS, f"{where}: [claims]")
    if data["claims"].get("weak-window", 1) < 1:
        raise RuleFileError(f"{path}: [claims] weak-window must be a positive integer")
    check_record(data["people"], _PEOPLE, f"{where}: [people]")
    check_record(data["cues"], _CUES, f"{where}: [cues]")
    for i, ind in enumerate(data["indicator"]):
        check_record(ind, _INDICATOR, f"{where}: indicator {ind.get('id', i + 1)}")
        for j, pair in enumerate(ind.get("pair", [])):
            check_record(pair, _PAIR, f"{where}: indicator {ind['id']}: pair {j + 1}")
    return data


class Lexicon:
    """The whole model compiled into one PhraseMatcher."""

    def __init__(self, path: Path, nlp):
        from ...phrases import LazyPhraseMatcher

        data = _load_model(path)
        try:
            raw = Path(path).read_bytes()  # for the build's copy of the phrase forms (forms.py)
        except OSError:
            raw = None
        self.path = path
        self.nlp = nlp
        self.rungs = [Rung(r["id"], r["level"], r["name"], r["honest"], r["did"], r["plain"], r["source"])
                      for r in data["rung"]]
        self.rung_by_id = {r.id: r for r in self.rungs}
        self.levels = sorted({r.level for r in self.rungs})
        # "low" rungs are the two lowest (informing, consulting); "high" are the two highest.
        self.low_levels = set(self.levels[:2])
        self.high_levels = set(self.levels[-2:])
        self.indicators = [Indicator(i["id"], i["name"], len(i.get("pair", [])), i.get("short", i["name"]))
                           for i in data["indicator"]]
        self.pairs = {f"{i['id']}#{j}": (p.get("window", 8), p.get("ordered", False))
                      for i in data["indicator"] for j, p in enumerate(i.get("pair", []))}
        self.weak_window = data["claims"].get("weak-window", 5)
        self.matcher = LazyPhraseMatcher(nlp)
        self._tags: dict[int, Tag] = {}
        self._ids_of: dict[frozenset, frozenset] = {}  # kinds -> their match ids (ids_of)
        self.words: dict[str, frozenset] = {k: frozenset() for k in WORD_CUES}

        def word_cue(kind, phrases):
            bad = [ph for ph in phrases if len(nlp.make_doc(ph)) != 1]
            if bad:
                raise RuleFileError(f"{path}: [cues] '{kind}' takes single words only, not {bad[0]!r}")
            self.words[kind] = frozenset(ph.lower() for ph in phrases)

        # every surface of every phrase, by tag (forms.py): the wheel's copy made at build
        # time where it matches this model and the code that makes it, else worked out now
        got = stored_plan(path, raw, WORD_CUES) if raw is not None else None
        if got is None:
            try:
                got = plan(data, WORD_CUES, word_cue)
            except ValueError as exc:
                raise RuleFileError(f"{path}: {exc}") from None
        else:
            for kind, phrases in data["cues"].items():
                if kind in WORD_CUES:
                    word_cue(kind, phrases)
        self.gaps: dict[int, int] = {g: n for g, n in got["gaps"]}  # gap pattern -> number of parts
        self._gap_tag: dict[int, Tag] = {g: Tag(*t) for g, t in got["gap_tags"]}
        for fields, surfaces, squashed in got["tags"]:
            key = f"plainlint-coprod-{len(self._tags)}"
            self._tags[self.matcher.add(key, surfaces, squashed)] = Tag(*fields)

    # -- matching -----------------------------------------------------------------------
    def ids_of(self, kinds: frozenset) -> frozenset:
        """The match ids of phrases of these kinds, a gap phrase's parts counting as their
        phrase's kind (worked out once per set of kinds)."""
        got = self._ids_of.get(kinds)
        if got is None:
            got = self._ids_of[kinds] = frozenset(
                i for i, tag in self._tags.items()
                if (self._gap_tag[tag.gap].kind if tag.kind == "gap" else tag.kind) in kinds)
        return got

    def match(self, sdoc, texts: Optional[list] = None, spaced: bool = True,
              prepared: bool = False, wanted: Optional[frozenset] = None) -> tuple[list, list]:
        """(kept token indexes, hits) for one block's Doc (``texts``: its token texts, when
        the caller has them; ``spaced`` False: the block is known to have no space token,
        ``Analysed.spaced``; ``prepared``: the matcher was prepared for the block's document);
        space tokens are left out of both, and hit positions count kept tokens only. With
        ``wanted`` (a set of kinds), a block where no phrase of those kinds matches gets no
        hits at all: a caller that reads only blocks holding such a hit is spared making the
        rest (most blocks' matches are small words: 'for', 'with', 'people')."""
        if texts is None:
            texts = token_texts(sdoc)
        n = len(texts)
        if not spaced or not any(map(str.isspace, texts)):
            keep = range(n)
            matches = self.matcher(sdoc, prepared)
        elif not self.matcher.across_a_gap(texts):
            # no phrase can run across a space token here: the block's own matches, counted
            # in kept tokens (no phrase holds a space token)
            keep = list(compress(range(n), map(not_, map(str.isspace, texts))))  # (read in C)
            matches = self.matcher(sdoc, prepared)
            # (counted in kept tokens only where they are read: a block with no match of the wanted kinds gets
            # no hits, below, whatever their positions)
            if matches and (wanted is None or not self.ids_of(wanted).isdisjoint([m[0] for m in matches])):
                kept_at = {k: j for j, k in enumerate(keep)}
                matches = [(m, kept_at[s], kept_at[e - 1] + 1) for m, s, e in matches]
        else:
            from spacy.attrs import SPACY
            from spacy.tokens import Doc

            keep = [i for i, tx in enumerate(texts) if not tx.isspace()]
            trailing = sdoc.to_array(SPACY).tolist()  # a space after the token
            # a view of the same tokens without the space tokens, so that phrases match
            # across a double space or a line break (no re-tokenising: the same words)
            view = Doc(sdoc.vocab, words=[texts[i] for i in keep],
                       spaces=[bool(trailing[i]) or (i + 1 < n and texts[i + 1].isspace()) for i in keep])
            matches = self.matcher(view, prepared)
        if wanted is not None and self.ids_of(wanted).isdisjoint([m[0] for m in matches]):
            return keep, []
        hits = []
        parts: dict[int, list] = {}
        for match_id, s, e in matches:
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
