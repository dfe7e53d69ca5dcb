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
"""

from __future__ import annotations

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


def needs_a_non_letter(pattern) -> bool:
    """Does every match of the compiled ``pattern`` need the string it is searched in to hold a
    character other than an ASCII letter? True only where the parse shows it: each alternative
    has a part that must take such a character (a literal, a class with no ASCII letter in it,
    a repeat of at least one of those, or a look-ahead or look-behind that must see one). Any
    other part (a negated class, a category such as ``\\w``, any character, a case-blind part:
    'K', the Kelvin sign, matches 'k' there) counts as one that might take letters alone."""
    parser, c = _parser()
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern this Python's parser reads otherwise
        return False
    if parsed.state.flags & c.SRE_FLAG_IGNORECASE:
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


def letters_shortcut(search: Callable, nothing) -> Callable:
    """``search`` (a compiled pattern's ``search`` or ``finditer``) answering ``nothing`` at once
    for a string of ASCII letters alone, once :func:`needs_a_non_letter` has proved the pattern
    never matches one (see the module); the same answers as ``search`` for every string. The
    function carries the pattern as ``__self__``, as the bound method did (spaCy reads a
    tokenizer's patterns from it when it saves one)."""
    pattern = search.__self__
    seen = [0]  # words of letters asked about; -1: proved, the shortcut taken; -2: not provable

    def shortcut(string, _search=search):
        if string.isascii() and string.isalpha():
            n = seen[0]
            if n == -1:
                return nothing
            if n >= 0:
                if n < PROVE_AFTER:
                    seen[0] = n + 1
                else:
                    seen[0] = -1 if needs_a_non_letter(pattern) else -2
                    if seen[0] == -1:
                        return nothing
        return _search(string)

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
        infix_finditer = letters_shortcut(util.compile_infix_regex(infixes).finditer, ()) if infixes else None
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
