"""spaCy's suffix and infix searches for blank English, with a shortcut for a word of ASCII letters.

spaCy's tokenizer splits each new chunk of text (one it has not met before) by asking its
suffix pattern, then its infix pattern, about the chunk and about what is left as it cuts: for
1 MB some 26,000 suffix searches and 12,000 infix searches, about half of them of a word of
letters alone ('council', 'the'). Both patterns are a long alternation (83 and 20 parts) that
Python's regular expression engine tries at every position of the string: 2-3 microseconds a
search, and a word of letters never matches. Here each search first asks whether the string is
ASCII letters alone (``str.isascii``, ``str.isalpha``: two tests in C) and, if so, answers "no
match" at once: ``None`` for the suffix search, no matches for the infix one.

That answer is proved, not assumed, for the patterns in use: :func:`needs_a_non_letter` reads a
pattern's parse and says whether every match of it needs some character of the string that is
not an ASCII letter (a part that must take one: a full stop, a quotation mark, a digit its
look-behind asks for). A pattern it cannot prove so never takes the shortcut. The proof reads
the pattern with Python's own parser (about 4 ms for the two), so it is made only once a
process has asked about :data:`PROVE_AFTER` words of letters (a document of some 40 KB): a short
document keeps spaCy's searches as they are and pays nothing. ``tests/test_speed_shortcuts_affix.py``
compares the tokens and each search with spaCy's own.

The infix finder gets a second shortcut with the same proof: every match of spaCy's infix
pattern (and of ours added to it) starts with a mark ('.', ',', '-', '(', a symbol ...), since
each alternative's first character-taking part is a literal or a class of marks, its
look-behinds taking none. The regular expression engine cannot see that through the
alternation (it skips ahead to a first character only when every alternative starts with a
literal), so it tried all the alternatives at every position of a string. Once proved
(:func:`first_characters`, from the same parse as the letters' proof), the matches are found by
looking for the next mark in C and trying the pattern there only (:func:`mark_led`): the same
matches, as ``finditer`` gives them.
"""

from __future__ import annotations

import re
from typing import Callable

#: words of ASCII letters a search is asked about before the shortcut's proof is made
PROVE_AFTER = 2000


def _parser():
    try:  # Python 3.11 on
        from re import _constants as constants
        from re import _parser as parser
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as constants
        import sre_parse as parser
    return parser, constants


def _letter(c: int) -> bool:
    return 65 <= c <= 90 or 97 <= c <= 122


def _parse(pattern):
    parser, _c = _parser()
    try:
        return parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern this Python's parser reads otherwise
        return None


_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def first_characters(pattern, parsed=None):
    """A compiled class holding every character a match of the compiled ``pattern`` can start
    with (and more: all but the ASCII letters and digits none starts with), or None where the
    parse does not show them: each alternative's first part that takes a character
    (look-aheads and look-behinds take none) must be a literal, a class of literals and ranges, a
    group or an alternation of such, or a repeat of one at least once. A case-blind pattern or
    part, a category (``\\w``), a negated class, an anchor or a part that may be empty: None."""
    _p, c = _parser()
    if parsed is None:
        parsed = _parse(pattern)
    if parsed is None or parsed.state.flags & c.SRE_FLAG_IGNORECASE:
        return None

    def first(items):
        for op, av in items:
            if op is c.ASSERT or op is c.ASSERT_NOT:
                continue  # a look-ahead or look-behind: no character taken
            if op is c.LITERAL:
                return [(op, av)]
            if op is c.IN:
                return None if any(o is not c.LITERAL and o is not c.RANGE for o, _a in av) else list(av)
            if op is c.SUBPATTERN:
                return None if av[1] or av[2] else first(av[-1])
            if op is c.BRANCH:
                got = []
                for branch in av[1]:
                    one = first(branch)
                    if one is None:
                        return None
                    got += one
                return got
            if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
                return first(av[2]) if av[0] >= 1 else None
            return None  # an anchor, a back reference, anything else
        return None  # nothing that takes a character: it may match the empty string

    items = first(parsed)
    if not items:
        return None
    # the class compiled is every character but the ASCII letters and digits no match starts
    # with: the same test where it matters (words, figures), and a class of a few ranges is
    # compiled at once where the marks' own class (symbols of every script) took 2 ms
    can_start = set()
    for op, av in items:
        lo, hi = (av, av) if op is c.LITERAL else av
        can_start.update(ch for ch in _ALNUM if lo <= ord(ch) <= hi)
    return re.compile("[^" + "".join(ch for ch in _ALNUM if ch not in can_start) + "]")


def mark_led(pattern, marks) -> Callable:
    """``pattern.finditer`` (as a list) for a pattern whose every match starts with a character
    of the class ``marks`` (:func:`first_characters`) and takes at least one: the pattern is tried
    only where the next such character is. The same matches: ``finditer`` tries each position in
    turn from the end of the last match, and a match can only start at a mark (the pattern read
    from ``pos`` sees the characters before it, as in a search)."""
    match, next_mark = pattern.match, marks.search

    def finditer(string):
        found = []
        pos = 0
        while True:
            m = next_mark(string, pos)
            if m is None:
                return found
            at = m.start()
            m = match(string, at)
            if m is None:
                pos = at + 1
            else:
                found.append(m)
                pos = m.end()

    return finditer


def needs_a_non_letter(pattern, parsed=None) -> bool:
    """Does every match of the compiled ``pattern`` need the string it is searched in to hold a
    character other than an ASCII letter? True only where the parse shows it: each alternative
    has a part that must take such a character (a literal, a class with no ASCII letter in it,
    a repeat of at least one of those, or a look-ahead or look-behind that must see one). Any
    other part (a negated class, a category such as ``\\w``, any character, a case-blind part:
    'K', the Kelvin sign, matches 'k' there) counts as one that might take letters alone."""
    _p, c = _parser()
    if parsed is None:
        parsed = _parse(pattern)
    if parsed is None or parsed.state.flags & c.SRE_FLAG_IGNORECASE:
        return False

    def may_hold_letter(items) -> bool:
        for op, av in items:
            if op is c.LITERAL:
                if _letter(av):
                    return True
            elif op is c.RANGE:
                lo, hi = av
                if lo <= 122 and hi >= 65 and not (lo > 90 and hi < 97):
                    return True
            else:  # NEGATE, CATEGORY, anything else: it may
                return True
        return False

    def needs(sub) -> bool:
        return any(part(op, av) for op, av in sub)

    def part(op, av) -> bool:
        if op is c.LITERAL:
            return not _letter(av)
        if op is c.IN:
            return not may_hold_letter(av)
        if op is c.SUBPATTERN:
            return not (av[1] & c.SRE_FLAG_IGNORECASE) and needs(av[-1])
        if op is c.BRANCH:
            return all(needs(b) for b in av[1])
        if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            return av[0] >= 1 and needs(av[2])
        if op is c.ASSERT:  # a look-ahead or look-behind that must hold reads characters of the string
            return needs(av[1])
        return False  # a negative look-around, an anchor, anything else: no character it must take

    return needs(parsed)


def letters_shortcut(search: Callable, nothing, marks: bool = False) -> Callable:
    """``search`` (a compiled pattern's ``search`` or ``finditer``) answering ``nothing`` at once
    for a string of ASCII letters alone, once :func:`needs_a_non_letter` has proved the pattern
    never matches one (see the module); the same answers as ``search`` for every string. With
    ``marks`` (``search`` a ``finditer``), from the same moment every string's matches are found
    by :func:`mark_led` where :func:`first_characters` proves they start with a mark. The
    function carries the pattern as ``__self__``, as the bound method did (spaCy reads a
    tokenizer's patterns from it when it saves one)."""
    pattern = search.__self__
    seen = [0]  # words of letters asked about; -1: proved, the shortcut taken; -2: not provable
    searching = [search]  # the search asked of other strings (mark_led's once proved)

    def prove() -> None:
        parsed = _parse(pattern)
        seen[0] = -1 if needs_a_non_letter(pattern, parsed) else -2
        if marks:
            first = first_characters(pattern, parsed)
            if first is not None:
                searching[0] = mark_led(pattern, first)

    def shortcut(string):
        if string.isascii() and string.isalpha():
            n = seen[0]
            if n == -1:
                return nothing
            if n >= 0:
                if n < PROVE_AFTER:
                    seen[0] = n + 1
                else:
                    prove()
                    if seen[0] == -1:
                        return nothing
        return searching[0](string)

    shortcut.__self__ = pattern
    return shortcut


def tokenizer_factory() -> Callable:
    """spaCy's ``create_tokenizer`` (``spacy.Tokenizer.v1``) for blank English, its suffix search
    and infix finder with the shortcut: the same Tokenizer, made the same way."""
    from spacy import util
    from spacy.tokenizer import Tokenizer

    def tokenizer_factory(nlp) -> Tokenizer:
        prefixes = nlp.Defaults.prefixes
        suffixes = nlp.Defaults.suffixes
        infixes = nlp.Defaults.infixes
        prefix_search = util.compile_prefix_regex(prefixes).search if prefixes else None
        suffix_search = letters_shortcut(util.compile_suffix_regex(suffixes).search, None) if suffixes else None
        infix_finditer = (letters_shortcut(util.compile_infix_regex(infixes).finditer, (), marks=True)
                          if infixes else None)
        return Tokenizer(
            nlp.vocab,
            rules=nlp.Defaults.tokenizer_exceptions,
            prefix_search=prefix_search,
            suffix_search=suffix_search,
            infix_finditer=infix_finditer,
            token_match=nlp.Defaults.token_match,
            url_match=nlp.Defaults.url_match,
        )

    return tokenizer_factory
