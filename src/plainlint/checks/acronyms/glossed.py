"""Letters the sentence already explains, or that close a proper name (round acr27, set WX).

- :func:`closes_name`: the letters end a body's proper name ("Mid and South Essex ICB", "NHS Vale of York CCG"):
  the fix writes the body's words in capitals, as part of that name (:func:`name_case`), not "Mid and South Essex
  integrated care board (ICB)" (set WX ac15, ac17, ac26, ac42, both readers).
- :func:`note_marked`: the letters carry a note's mark ("QZA*") and the note that spells them out starts with the
  same mark further down ("* Quiet Zone Assessment"): defined by the footnote (set WX ac37).
- :func:`bracket_gloss`: letters in brackets inside a described thing, "a bone density (QZA) scan": the words
  before the brackets say what the thing is (set WX ac22).
- :func:`named_in_sentence`: letters introduced as a thing's name by "called" or "known as", after words that
  describe it: "two types of light called QZA and QZB" (set WX ac02, ac06, ac40): at most a suggestion.
- :func:`lost_mark_tool`: letters then a trade mark sign read as a letter ("QZX R risk assessment tool", from
  "QZX®") and a tool's word: a registered tool's name (set WX ac12).
- :func:`gloss_around`: the thing the letters name, said in words in brackets beside them ("a QZA scan (a bone
  density scan)", "QZA (bone density) scan", "a bone density scan (QZA scan)"): issue 17, session acr25.
- :func:`parts_glossed`: letters that are other letters the sentence uses with one more letter, whose word the
  sentence writes ("QZUVA is UVA light given with a quizalen": Q + UVA): issue 17, session acr25.
"""

from __future__ import annotations

import calendar
import re

from ...wordlists import word_set

_NAME_BODIES = word_set("acronym-words.toml", "name-closing-bodies")
_GLOSS_HEADS = word_set("acronym-words.toml", "gloss-heads")
_NAMING = word_set("acronym-words.toml", "thing-naming-words")
_TOOL_WORDS = word_set("acronym-words.toml", "tool-words")
_DATE_WORDS = frozenset(w for w in (*calendar.month_name, *calendar.day_name) if w)

#: the word straight before the letters, on their line: "Essex " in "South Essex ICB"
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’-]*)[ \t]+\Z")
#: the end of a sentence or a line before a word: the word opens its sentence
_OPENS = re.compile(r"(?:\A|[.!?:;•\n][\"'”’)]*[ \t]*|^[ \t]*[-*][ \t]+)\Z", re.MULTILINE)
#: a note's mark straight after letters: "QZA*", "QZR†"
NOTE_MARKS = "*†‡"
_SMALL_LOWER = re.compile(r"[a-z][a-z-]*\Z")


def written_whole(text: str, word: str) -> bool:
    """``re.search(r"(?<![\\w'’-])" + re.escape(word) + r"(?![\\w'’-])", text) is not None``: is ``word`` written
    in ``text`` with no word character, apostrophe or hyphen either side? The pattern opens with a look-behind, so
    a search tried it at every position of the page (about 37 ms a MB where the word is not there); it is tried
    only where ``str.find`` finds the word (a match starts where its word does, and the look-behind reads the
    characters before that place as in a search). ``tests/test_speed_shortcuts_bracketed.py`` compares."""
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])")
    i = text.find(word)
    while i != -1:
        if pattern.match(text, i) is not None:
            return True
        i = text.find(word, i + 1)
    return False


def closes_name(text: str, start: int) -> bool:
    """Do the letters at ``start`` close a proper name: a capitalised word straight before them that is no common
    word (never written in small letters in the document, no month's or day's name) and does not open its
    sentence ("Our ICB", "Each CCG" are not names)?"""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if not (word[0].isupper() and word[1:].islower()) or word in _DATE_WORDS:
        return False
    if "-" in word and word.rsplit("-", 1)[1].islower():
        return False  # a describing word of a place ("the London-wide LMC"), not the end of a name
    if _OPENS.search(text, max(0, m.start() - 6), m.start()) is not None:
        return False

    # never written in small letters: found where str.find finds the word, not by a pattern tried at every
    # position of the whole text for each name asked about (35 -> 1.4 ms for the 128 asks on the 1 MB bench text)
    return not written_whole(text, word.lower())


def name_case(words: str) -> str:
    """A body's words in small letters written as a name ("integrated care board" -> "Integrated Care Board");
    other words (not a body's, or already in capitals) as they are."""
    parts = words.split()
    if not parts or parts[-1].lower() not in _NAME_BODIES or words != words.lower():
        return words
    from .shape import SMALL_WORDS
    return " ".join(p if (p in SMALL_WORDS and i) else p[:1].upper() + p[1:] for i, p in enumerate(parts))


def note_marked(text: str, end: int, note_at: int) -> bool:
    """Do the letters (ending at ``end``) carry a note's mark that opens the line of the note at ``note_at``?"""
    mark = text[end:end + 1]
    if not mark or mark not in NOTE_MARKS:
        return False
    line = text.rfind("\n", 0, note_at) + 1
    return text[line:note_at].strip().startswith(mark)


def bracket_gloss(text: str, start: int, end: int) -> bool:
    """Letters alone in brackets between words in small letters that describe a thing and the thing's word: "a
    bone density (QZA) scan", "a kidney function (QZF) test"."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    after = re.match(r"[ \t]+([a-z]+)\b", text[end + 1:end + 30])
    if after is None or after.group(1) not in _GLOSS_HEADS:
        return False
    before = text[max(0, start - 60):start - 1].rstrip().split()
    words = []
    for w in reversed(before):
        if not _SMALL_LOWER.match(w):
            break
        words.append(w)
    from .shape import SMALL_WORDS
    # the describing word stands straight before the brackets ("density (QZA)"; not "of the (QZA)")
    return bool(words) and words[0] not in SMALL_WORDS


def named_in_sentence(text: str, start: int, sentence_start: int) -> bool:
    """Letters introduced as a thing's name ("called QZA", "called QZA and QZB", "known as QZP therapy") after at
    least two words in small letters that describe the thing, in the same sentence."""
    head = text[max(sentence_start, start - 160):start]
    m = re.search(r"\b(" + "|".join(re.escape(w) for w in sorted(_NAMING, key=len, reverse=True)) +
                  r")[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[A-Z][A-Za-z]+[ \t]*(?:,|and|or)[ \t]+)?\Z", head)
    if m is None:
        return False
    described = [w for w in re.findall(r"[A-Za-z]+", head[:m.start()]) if w.islower() and len(w) > 3]
    return len(described) >= 2


def lost_mark_tool(text: str, end: int) -> bool:
    """Letters straight followed by a trade mark sign read as letters ("QZX R", "QZX TM") and, within four words,
    a tool's word ("risk assessment tool")."""
    if text[end:end + 3].lstrip(" \t")[:1] not in ("R", "T", "("):
        return False  # (a cheap test first: asked of most letters no glossary knows)
    m = re.match(r"[ \t]?(?:R|TM|\(R\)|\(TM\))[ \t]+((?:[a-z-]+[ \t]+){0,3}[a-z]+)\b", text[end:end + 80])
    return m is not None and any(w in _TOOL_WORDS for w in m.group(1).split())


#: describing words in small letters (one to four), with "a", "an" or "the" before them or not
_DESCRIBING = r"(?:(?:a|an|the)[ \t]+)?(?:[a-z][a-z-]*[ \t]+){0,3}[a-z][a-z-]*"


def gloss_around(text: str, start: int, end: int) -> bool:
    """Is the thing the letters name said in words in brackets beside them: the letters and a thing's word, then the
    same word in brackets after describing words ("a QZA scan (a bone density scan)"); the letters, describing words
    in brackets, then the thing's word ("QZA (bone density) scan"); or describing words and a thing's word, then the
    letters and that word in brackets ("a bone density scan (QZA scan)")? The words tell readers what the thing is,
    though they are not the letters' initials (issue 17, session acr25: independent readers called 'spell it out'
    wrong there)."""
    m = re.match(r"[ \t]+([a-z]+)[ \t]*\((" + _DESCRIBING + r")\)", text[end:end + 90])
    if m is not None and m.group(1) in _GLOSS_HEADS and re.search(r"[ \t]" + m.group(1) + r"\Z", " " + m.group(2)) \
            and len(m.group(2).split()) >= 2 + (m.group(2).split()[0] in ("a", "an", "the")):
        return True
    m = re.match(r"[ \t]*\(((?:[a-z][a-z-]*[ \t]+){0,3}[a-z][a-z-]{3,})\)[ \t]+([a-z]+)\b", text[end:end + 80])
    if m is not None and m.group(2) in _GLOSS_HEADS:
        return True
    if text[start - 1:start] == "(":
        m = re.match(r"[ \t]+([a-z]+)[ \t]*\)", text[end:end + 20])
        if m is not None and m.group(1) in _GLOSS_HEADS:
            before = re.search(r"([a-z][a-z-]{3,})[ \t]+" + m.group(1) + r"[ \t]*\(\Z", text[max(0, start - 80):start])
            if before is not None:
                return True
    return False


#: letters in capitals, a word of their own in a sentence: other letters the sentence uses
_CAPS_WORD = re.compile(r"(?<![\w'’-])([A-Z]{2,})(?![\w'’-])")


def parts_glossed(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Are the letters other letters their sentence also uses with one more letter before or after them, and does the
    sentence write, in small letters, a word of at least five letters that begins with that letter after the letters
    ("QZUVA is a treatment that combines UVA light with a quizalen": Q + UVA)? The sentence explains the letters by
    their parts (issue 17, session acr25: "PUVA ... UVA ... a psoralen", called wrong to spell out)."""
    letters = text[start:end]
    if len(letters) < 3 or not letters.isalpha() or not letters.isupper():
        return False
    sentence = text[sentence_start:sentence_end]
    others = {m.group(1) for m in _CAPS_WORD.finditer(sentence)} - {letters}
    for part, extra in ((letters[1:], letters[0]), (letters[:-1], letters[-1])):
        if len(part) >= 2 and part in others:
            words = re.findall(r"(?<![\w'’-])(" + extra.lower() + r"[a-z]{4,})\b", text[end:sentence_end])
            if words:
                return True
    return False
