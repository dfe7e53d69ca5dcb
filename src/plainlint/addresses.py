"""Web and e-mail addresses: one definition for every part of plainlint that leaves them
out (issue 15 item 5: three detectors were written).

An address is not prose: its words are not counted (metrics), a word-list phrase inside one
is not reported (the substitution check), and letters in one are not acronyms. Text is
searched with :data:`ADDRESS`; a spaCy token is tested with :func:`is_address_token`, which
also knows spaCy's own ``like_url`` and ``like_email`` (every top-level domain).
"""

from __future__ import annotations

import re

#: the top-level domains a bare address ("gmc-uk.org", "nhs.uk/conditions") is known by
TOP_LEVEL = ("uk", "com", "org", "net", "gov", "nhs", "scot", "wales", "eu", "int", "io", "info")
_TLD = "|".join(TOP_LEVEL)

#: an address in running text: with a scheme or "www.", an e-mail address, or a bare domain
#: with one of TOP_LEVEL and any path after it
ADDRESS = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|\b[\w-]+(?:\.[\w-]+)*\.(?:{_TLD})\b(?:/\S*)?",
    re.IGNORECASE)

#: what every match of ADDRESS holds: '@', '://', 'www.', or a full stop before a letter (a
#: top-level domain; under IGNORECASE only letters match its letters). Most sentences have a
#: full stop but none of these, and this is far quicker to rule out than ADDRESS itself
ADDRESS_HINT = re.compile(r"@|://|www\.|\.[^\W\d_]", re.IGNORECASE)

#: a whole token that is a bare domain ("www.nhs.uk", "gmc-uk.org")
DOMAIN = re.compile(rf"[a-z0-9-]+(\.[a-z0-9-]+)*\.({_TLD})\b", re.IGNORECASE)


def is_address_token(tok) -> bool:
    """Is this spaCy token (part of) a web or e-mail address?"""
    t = tok.text
    return bool(tok.like_url or tok.like_email or "@" in t or "://" in t or t[:4].lower() == "www."
                or DOMAIN.fullmatch(t))


def is_address_text(vocab, text: str) -> bool:
    """:func:`is_address_token` of a token with this text: ``like_url`` and ``like_email`` are its
    lexeme's flags, so the text decides (for ``analysis.text_table``, one test per distinct text)."""
    return is_address_token(vocab[text])
