"""The co-production lexicon's phrase forms: every surface of every phrase of the model
(``co-production-ladder.toml``), by tag, in the order the matcher registers them.

Working them out (alternatives in brackets, verb and noun forms, hyphen variants, the parts
of a phrase with '*' gaps, and the squashed form the matcher files each under) is pure
Python on the model's data and the inflection tables, and cost about 0.02 s of every start. So the wheel's build step (``hatch_build.py``) works them
out once and stores them as ``plainlint/_compiled/tables/<ladder>.json`` with the SHA-256 of
everything they were made from: the model file's bytes, the source of every plainlint module
the working-out ran (this one, ``inflect``, ``wordlists``...) and every data file it read
(the irregular verbs, the inflection words). :func:`stored_plan` hands back that copy only
where the hash of those same files, as installed, matches; a source checkout (no copy), an
edited file or a writer's own model works them out as before (:func:`plan`).
``tests/test_speed_shortcuts_plan.py`` compares the two and shows a stale copy is ignored.

This module imports nothing that needs spaCy or another dependency, so that the build step
can run it in the build's own bare environment.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Optional

from ...inflect import noun_forms, verb_forms
from ...phrases import squash

TABLES = "tables"  # plainlint/_compiled/tables/


def _hyphen_variants(surface: str) -> list[str]:
    """'co-produced' also as 'co‑produced' (non-breaking hyphen), 'co–produced', 'coproduced',
    'co- produced' and 'co -produced'."""
    out = [surface]
    if "-" in surface:
        out.append(surface.replace("-", "\u2011"))
        out.append(surface.replace("-", "\u2013"))
        words = surface.split(" ")
        if any(w.startswith("co-") for w in words):
            out.append(" ".join(w.replace("co-", "co", 1) if w.startswith("co-") else w for w in words))
            # as typed in real documents: "co- design", "Co -production"
            out.append(" ".join(w.replace("co-", "co- ", 1) if w.startswith("co-") else w for w in words))
            out.append(" ".join(w.replace("co-", "co -", 1) if w.startswith("co-") else w for w in words))
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


def plan(data: dict, word_cues, on_word_cue=None) -> dict:
    """The model's phrases as the matcher takes them: {"tags": [[tag fields, sorted
    surfaces, their squashed forms (phrases.squash)]...] in registration order, "gaps": [[gap, parts]...], "gap_tags": [[gap, tag
    fields]...]}, a tag's fields being (kind, key, noun, base, gap, part, nparts) as
    ``model.Tag``. ``data``: the model as loaded strictly; ``word_cues``: the cue kinds
    looked up word by word (not matched), each list given to ``on_word_cue(kind, phrases)``
    where given, in the model's order (so that its error comes where it always came).
    ValueError for a malformed phrase."""
    surfaces: dict[tuple, set] = {}
    gaps: list = []
    gap_tags: list = []

    def tag(kind, key="", noun=False, base=False, gap=-1, part=0, nparts=1) -> tuple:
        return (kind, key, noun, base, gap, part, nparts)

    def put(t: tuple, surface: str) -> None:
        got = surfaces.setdefault(t, set())
        got.update(_hyphen_variants(surface))

    def add(t: tuple, phrases, how="phrase"):
        for ph in phrases:
            for parts in _forms(ph, how):
                if len(parts) == 1:
                    put(t, parts[0])
                else:
                    g = len(gaps)
                    gaps.append([g, len(parts)])
                    for pi, part in enumerate(parts):
                        put(tag("gap", t[0] + "|" + t[1], noun=t[2], base=t[3], gap=g, part=pi, nparts=len(parts)), part)
                    gap_tags.append([g, list(t)])

    for r in data["rung"]:
        rt, ct, xt = tag("rung", r["id"]), tag("ctx", r["id"]), tag("rung-x", r["id"])
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
                add(tag("claim", "strong", noun=w in nouns, base=form == "base"), [w])
    add(tag("claim", "strong", noun=True), claims.get("nouns", []), "noun")
    add(tag("claim", "strong"), claims.get("phrases", []))
    add(tag("weak-claim", "weak"), claims.get("weak", []))
    add(tag("weak-claim", "power"), claims.get("power", []))
    add(tag("people"), data["people"].get("phrases", []))
    for kind, phrases in data["cues"].items():
        if kind not in word_cues:
            add(tag("cue", kind), phrases)
        elif on_word_cue is not None:
            on_word_cue(kind, phrases)
    for ind in data["indicator"]:
        add(tag("ind", ind["id"]), ind.get("phrases", []))
        add(tag("ind-x", ind["id"]), ind.get("exclude", []))
        for j, pair in enumerate(ind.get("pair", [])):
            add(tag("ind-a", f"{ind['id']}#{j}"), pair["first"])
            add(tag("ind-b", f"{ind['id']}#{j}"), pair["second"])
    tags = []
    for t, s in surfaces.items():
        s = sorted(s)
        tags.append([list(t), s, list(map(squash, s))])
    return {"tags": tags, "gaps": gaps, "gap_tags": gap_tags}


# ---------------------------------------------------------------------------------------
# The copy made at build time


def inputs_hash(model_bytes: bytes, inputs, package: Path, wordlists: Path) -> Optional[str]:
    """SHA-256 of the model's bytes and of each input, ("code", path inside the package) or
    ("wordlists", file name), each named in the hash; None where one cannot be read."""
    h = hashlib.sha256()
    h.update(b"model\0" + model_bytes)
    for kind, name in inputs:
        if kind == "code":
            where = package / name
        elif kind == "wordlists" and "/" not in name and "\\" not in name:
            where = wordlists / name
        else:
            return None
        try:
            data = where.read_bytes()
        except OSError:
            return None
        h.update(f"\0{kind}\0{name}\0{len(data)}\0".encode() + data)
    return h.hexdigest()


def stored_plan(model_path: Path, model_bytes: bytes, word_cues) -> Optional[dict]:
    """The build step's plan for this model file, where one is installed and everything it
    was made from is unchanged; else None (then :func:`plan` works it out)."""
    from ... import resources

    copy = resources._PKG / resources.COMPILED / TABLES / (Path(model_path).name + ".json")
    if not copy.is_file():
        return None
    try:
        stored = json.loads(copy.read_bytes())
        if not isinstance(stored, dict) or stored.get("word_cues") != list(word_cues):
            return None
        inputs = [tuple(i) for i in stored["inputs"]]
        if stored.get("sha256") != inputs_hash(model_bytes, inputs, resources._PKG, resources.wordlists_dir()):
            return None
        got = stored["plan"]
        if not (isinstance(got, dict) and all(isinstance(got.get(k), list) for k in ("tags", "gaps", "gap_tags"))
                and all(len(t) == 3 and len(t[1]) == len(t[2]) for t in got["tags"])):
            return None
        return got
    except (OSError, ValueError, KeyError, TypeError, FileNotFoundError):
        return None  # a damaged copy: work it out
