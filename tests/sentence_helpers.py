"""The sentences the speed-shortcut tests of the sentence checks (tests/test_speed_shortcuts_shape.py, _roll.py,
_walks.py, _split_points.py) compare the old way and the new on: each text (a str, one paragraph, or a file's
path) read as plainlint reads it, and each of its sentences as token texts, word flags and lower-case texts."""

from __future__ import annotations

from pathlib import Path

from plainlint.analysis import analyse, get_nlp, word_flags
from plainlint.config import Config
from plainlint.document import Block, Document
from plainlint.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def markdown_files() -> list:
    """The first 30 Markdown files of the fixtures and of ../shared/corpus/real (where it is there)."""
    paths = []
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            paths += sorted(folder.glob("*.md"))[:30]
    return paths


def _analysed(text):
    if isinstance(text, Path):
        doc = extract(text.read_bytes(), str(text), Config().extract_options())
    else:
        doc = Document(path="t.txt", format="text", text=text, blocks=[Block(start=0, end=len(text))])
    return analyse(doc)


def sentence_tokens(texts: list) -> list:
    """(token texts, lower-case texts) of each sentence of each text."""
    out = []
    for text in texts:
        analysed = _analysed(text)
        for s in analysed.sentences:
            toks = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
            out.append((toks, [t.lower() for t in toks]))
    return out


def sentences(texts: list) -> list:
    """(token texts, word flags, lower-case texts, text) of each sentence of each text."""
    flags = word_flags(get_nlp().vocab)
    out = []
    for text in texts:
        analysed = _analysed(text)
        for s in analysed.sentences:
            toks = analysed.token_texts[s.block_index][s.tok_start:s.tok_end]
            out.append((toks, [bool(flags[t]) for t in toks], [t.lower() for t in toks], s.text))
    return out
