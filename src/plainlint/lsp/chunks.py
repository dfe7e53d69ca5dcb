"""Cutting an editor's document into chunks that can be checked on their own.

A writer typing in one paragraph should not wait for the whole document to be read again.
The server keeps, for each chunk of the document, the findings of the rules whose judgement
never looks beyond the paragraph they are in (``LOCAL_RULES``); a change re-checks only the
chunks whose text changed. Everything else (acronyms defined before use, reading age,
co-production evidence, repeats counted across the document) needs the whole document and
comes from a full check that runs as soon as the writer pauses.

A chunk boundary is a blank line, taken only where the two sides cannot belong together
whatever the reader does with them: never inside a fenced code block, a front-matter block
or an HTML comment; never before an indented line (it may continue a list item or be code);
and only after a line that ends a sentence, a heading, a table row or a comment, or before a
heading, list item, quotation or table. Text with a blank line between every wrapped line
(which the readers may join into one paragraph) therefore stays in one chunk.
``tests/test_lsp.py`` checks, on the fixtures and the corpus, that the local rules' findings
from the chunks are exactly those of a whole-document check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Rules whose findings depend only on the paragraph (or list, or table) they are in.
LOCAL_RULES = ("jargon", "wordy-phrase", "long-sentence", "passive-voice", "long-paragraph")

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ENDS_UNIT = re.compile(r"""([.!?:;]["'’”)\]]*|\||-->|[.!?]\*{1,2}|\*\*)\s*$""")
_HEADING = re.compile(r"^ {0,3}#{1,6}(\s|$)")
_STARTS_UNIT = re.compile(r"^(#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|\||<!--)")


@dataclass(frozen=True)
class Chunk:
    start_line: int  # 0-based line of the document where the chunk starts
    text: str  # its lines, joined with "\n" (no trailing newline)

    @property
    def line_count(self) -> int:
        return self.text.count("\n") + 1


def split_chunks(text: str) -> list[Chunk]:
    """The document cut at the blank lines that safely separate independent blocks."""
    lines = text.split("\n")
    groups: list[list[int]] = []  # [first line, last line] of each group of non-blank lines
    fence = None
    in_comment = False
    front = bool(lines) and lines[0].strip() == "---"
    current: list[int] | None = None
    for i, raw in enumerate(lines):
        line = raw.rstrip("\r")
        hold = fence is not None or in_comment or front
        if fence is None and not front:
            if "<!--" in line and "-->" not in line[line.find("<!--"):]:
                in_comment = True
            elif in_comment and "-->" in line:
                in_comment = False
        m = _FENCE.match(line)
        if m and not in_comment and not front:
            if fence is None:
                fence = m.group(1)[0]
            elif m.group(1)[0] == fence:
                fence = None
        if front and i > 0 and line.strip() in ("---", "..."):
            front = False
        if not line.strip() and not hold:
            current = None
            continue
        if current is None:
            current = [i, i]
            groups.append(current)
        else:
            current[1] = i
    # merge groups whose boundary is not safe
    merged: list[list[int]] = []
    for g in groups:
        if merged and not _safe_boundary(lines[merged[-1][1]].rstrip("\r"), lines[g[0]].rstrip("\r")):
            merged[-1][1] = g[1]
        else:
            merged.append(list(g))
    return [Chunk(a, "\n".join(l_.rstrip("\r") for l_ in lines[a:b + 1])) for a, b in merged]


def _safe_boundary(before: str, after: str) -> bool:
    if not after[:1].strip():  # indented: may continue a list item or be code
        return False
    if _HEADING.match(before) or _STARTS_UNIT.match(after.lstrip()):
        return True
    return bool(_ENDS_UNIT.search(before))


def anchor(chunks: list[Chunk], line: int) -> tuple[int, int] | None:
    """(index of the chunk holding 0-based ``line``, line within it), or None."""
    lo, hi = 0, len(chunks) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        c = chunks[mid]
        if line < c.start_line:
            hi = mid - 1
        elif line >= c.start_line + c.line_count:
            lo = mid + 1
        else:
            return mid, line - c.start_line
    return None


def relocate(old: list[Chunk], new: list[Chunk]) -> dict[int, int]:
    """For each old chunk whose text is still in the new document, the line shift to apply.

    Chunks are matched in order by their text, so a finding anchored in an unchanged paragraph
    follows it when lines are added or removed above it; findings in changed chunks have no
    entry and are dropped until the next full check.
    """
    where: dict[str, list[int]] = {}
    for j, c in enumerate(new):
        where.setdefault(c.text, []).append(j)
    used: dict[str, int] = {}
    shift: dict[int, int] = {}
    for i, c in enumerate(old):
        js = where.get(c.text)
        if not js:
            continue
        k = used.get(c.text, 0)
        if k < len(js):
            shift[i] = new[js[k]].start_line - c.start_line
            used[c.text] = k + 1
    return shift
