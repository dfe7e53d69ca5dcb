"""Issue 15's speed shortcuts in the engine's own part of a check: ``Document.place`` (a span's
``Location`` and its two source offsets, each looked up once, the ``Location`` made without its
frozen ``__init__``) against the way ``locate`` and ``Engine.run`` worked them out before, kept
here; and a whole check's findings against the engine's loop as it was."""

from __future__ import annotations

import bisect
import copy
import dataclasses
import pickle
from pathlib import Path

import pytest

from plainlint.config import Config
from plainlint.document import Document, Location
from plainlint.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _old_source_offset(doc: Document, offset: int):
    if doc.source is None or not doc._map_doc:
        return None
    i = bisect.bisect_right(doc._map_doc, offset) - 1
    if i < 0:
        i = 0
    return doc._map_src[i] + (offset - doc._map_doc[i])


def _old_locate(doc: Document, start: int, end=None) -> Location:
    """``Document.locate`` as it was before ``place``."""
    if end is None or end < start:
        end = start
    block = doc.block_at(start)
    line = column = end_line = end_column = None
    so = _old_source_offset(doc, start)
    if so is not None:
        line, column = doc._line_col(so)
        eo = _old_source_offset(doc, max(start, end - 1)) if end > start else so
        end_line, end_column = doc._line_col(eo)
        end_column += 1 if end > start else 0
    page = block.page if block else None
    starts = (getattr(block, "anchor", None) or {}).get("page_starts") if block else None
    if starts:
        rel = start - block.start
        for off, pg in starts:
            if rel >= off:
                page = pg
    return Location(line=line, column=column, end_line=end_line, end_column=end_column, page=page,
                    paragraph=block.paragraph if block else None, section=block.section if block else None,
                    table=block.table if block else None, kind=block.kind if block else None)


def _documents() -> list:
    paths = [p for p in sorted((ROOT / "fixtures").iterdir())
             if p.suffix in (".md", ".txt", ".docx", ".pdf") and "password" not in p.name and "rights" not in p.name]
    paths += sorted(CORPUS.glob("*.md"))[:3] + sorted(CORPUS.glob("*.pdf"))[:2]
    docs = []
    opts = Config().extract_options()
    for p in paths:
        try:
            docs.append(extract(p.read_bytes(), str(p), opts))
        except Exception:  # noqa: BLE001 (a fixture made to be refused)
            continue
    docs.append(Document(path="x", format="text", text="", source=None))
    return docs


def _spans(doc: Document) -> list:
    n = len(doc.text)
    spans = [(0, 0), (0, None), (n, n), (n, n + 3), (5, 2)]
    for b in doc.blocks[:400]:
        spans += [(b.start, b.end), (b.start, b.start), (b.end - 1, b.end), ((b.start + b.end) // 2, b.end + 7)]
    return [(a, b) for a, b in spans if a >= 0]


@pytest.mark.parametrize("doc", _documents(), ids=lambda d: Path(d.path).name or "empty")
def test_place_is_the_old_locate_and_offsets(doc):
    for start, end in _spans(doc):
        loc, so, eo = doc.place(start, end)
        old = _old_locate(doc, start, end)
        assert loc == old and repr(loc) == repr(old) and hash(loc) == hash(old)
        assert list(loc.__dict__.items()) == list(old.__dict__.items())
        assert doc.locate(start, end) == old
        e = start if end is None or end < start else end
        assert so == _old_source_offset(doc, start)
        assert eo == (_old_source_offset(doc, e - 1) if e > start else so)


def test_a_fast_location_behaves_as_one_made_by_its_init():
    doc = _documents()[0]
    loc = doc.locate(0, 4)
    made = Location(**{f.name: getattr(loc, f.name) for f in dataclasses.fields(Location)})
    assert pickle.loads(pickle.dumps(loc)) == made
    assert dataclasses.replace(loc, section="Other") == dataclasses.replace(made, section="Other")
    assert dataclasses.asdict(loc) == dataclasses.asdict(made) and copy.deepcopy(loc) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        loc.line = 3


def _old_finish(engine, doc, findings):
    """The tail of ``Engine.run`` as it was: severities, locations, source text, context."""
    from plainlint.engine import apply_suppressions, context_for
    from plainlint.profiles import profile_of

    overrides = engine.config.rule_severity
    profile = profile_of(engine.config)
    by_id = {r.id: r for r in engine.rules}
    for f in findings:
        f.severity = overrides[f.rule] if f.rule in overrides else profile.severity(f, by_id.get(f.rule))
        if f.location is None:
            f.location = _old_locate(doc, f.start, f.end)
        if doc.source is not None and f.end > f.start and not f.document_level:
            so, eo = _old_source_offset(doc, f.start), _old_source_offset(doc, f.end - 1)
            if so is not None and eo is not None and 0 <= so <= eo < len(doc.source) and eo - so < 4 * (f.end - f.start) + 8:
                f.text = doc.source[so:eo + 1]
        if not f.document_level and f.context is None:
            f.context = context_for(doc, f)
    findings = apply_suppressions(doc, findings)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


@pytest.mark.parametrize("name", ["sample.md", "layout-blank-lines.txt", "board-paper.docx"])
def test_engine_run_gives_the_findings_of_the_old_loop(name):
    from plainlint.analysis import analyse
    from plainlint.api import get_engine

    cfg = Config()
    path = ROOT / "fixtures" / name
    doc = extract(path.read_bytes(), str(path), cfg.extract_options())
    analysed = analyse(doc, model=cfg.model)
    engine = get_engine(cfg)
    raw = [f for check in engine.checks for f in check.run(analysed)]
    assert raw
    kept = engine.checks
    try:
        engine.checks = [type("Given", (), {"run": lambda self, a: [copy.deepcopy(f) for f in raw]})()]
        new = engine.run(analysed)
    finally:
        engine.checks = kept
    old = _old_finish(engine, doc, [copy.deepcopy(f) for f in raw])
    assert [f.to_dict() | {"context": f.context, "start": f.start} for f in new] == \
        [f.to_dict() | {"context": f.context, "start": f.start} for f in old]


def test_forms_of_be_and_get_found_in_c_are_the_ones_found_token_by_token():
    """The passive check's forms of 'be' and 'get' of each block (``be_or_get_in``, a set test and
    ``compress`` over the texts) against :func:`be_or_get_at` (each token's ``str.lower``)."""
    from plainlint.analysis import analyse
    from plainlint.checks.passive import be_or_get_at, be_or_get_in, be_or_get_texts

    cfg = Config()
    texts = ["It was agreed. IS it? They WERE Got by Getting BEEN 'm 're Be being; GOTTEN gets am",
             "No form here at all.", "", "İs ſo wAs wERE"]
    for doc in _documents()[:6] + [extract(t.encode(), "x.txt", cfg.extract_options()) for t in texts if t]:
        analysed = analyse(doc, model=cfg.model)
        forms = be_or_get_texts(analysed.lower_of)
        for block_texts in analysed.token_texts:
            assert be_or_get_in(block_texts, forms) == be_or_get_at(block_texts)


def test_co_production_families_grouped_by_first_letter_match_as_before():
    """Each family of the co-production reader's phrases (``learned.families``), grouped by first
    character with the look-behind after it, against the one alternation behind a look-behind it
    replaced: every match (``finditer``, ``search`` from each offset) on the corpus's and made-up
    sentences."""
    import re

    from plainlint.checks.coproduction import learned

    learned.families.cache_clear()
    fams = learned.families()
    old = {}
    for fam, words in learned._word_sets(learned.FAMILY_FILE).items():
        if isinstance(words, tuple):
            alts = sorted(set(words), key=lambda p: (-len(p), p))
            old[fam] = re.compile(r"(?<![\w-])(?:" + "|".join(learned._phrase_re(p) for p in alts) + r")(?![\w])")
    assert set(old) == set(fams)
    assert any(p.pattern != old[f].pattern for f, p in fams.items())
    texts = [learned._norm(p.read_text(encoding="utf-8", errors="replace"))[:60_000]
             for p in sorted(CORPUS.glob("*.md"))[:4]]
    words = sorted({w for ws in learned._word_sets(learned.FAMILY_FILE).values() if isinstance(ws, tuple) for w in ws})
    made = " ".join(w.replace("*", "ed") for w in words)
    texts += [made, "-" + made.replace(" ", "-"), "x" + made.replace(" ", "x "), made.upper().lower() + "s", ""]
    for fam, rx in fams.items():
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in old[fam].finditer(text)], fam
            for i in range(0, len(text), 997):
                a, b = rx.search(text, i), old[fam].search(text, i)
                assert (a and a.span()) == (b and b.span())
