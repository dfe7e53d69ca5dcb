"""Kinds ``acronym-*``: acronyms, their definitions, the editor's checks and a table of abbreviations.

The work is a short pipeline of named steps, one module each:

1. :mod:`.shape` — which tokens have the shape of an acronym (``CCG``, ``CCGs``, ``DoLS``,
   ``A&E``), and the small vocabularies the other steps share;
2. :mod:`.fit` — do these words spell out these letters? (initials, small words, letters from
   inside a word; Schwartz and Hearst's rule as the fallback);
3. :mod:`.survey` — one walk over the analysed tokens (``Analysed.block_docs``; the text is
   never tokenised again) finds every acronym, every place one is spelled out and any glossary
   or abbreviations table, and decides which acronym-shaped tokens are acronyms at all;
4. :mod:`.check` — the rules read that one survey and write findings;
5. :mod:`.table` — the document's table of abbreviations (``plainlint acronyms``);
6. :mod:`.docs` — docs/acronyms.md, generated from the word lists.

An acronym is a token of two or more capitals, optionally with digits, ``&`` or a plural
``s`` (``CCGs`` counts as ``CCG``), and at most single lower-case letters between the
capitals (``DoLS``, ``EqIA``, ``DfE``). Not acronyms: words of an all-capitals heading or
line, roman numerals (``Annex IV``, ``Part II``), words shouted in capitals (``do NOT``,
``DRAFT``), postcodes, anything inside a web or e-mail address, the acronyms the public
already knows (``wordlists/known-acronyms.toml``) and those the writer allows
(``allow-acronyms``).
"""

from __future__ import annotations

from ...wordlists import load_acronyms, load_known_acronyms  # noqa: F401
from .check import AcronymCheck  # noqa: F401
from .docs import DOCS_HEADER, render_docs  # noqa: F401
from .fit import _W, fits, match_cost, schwartz_hearst  # noqa: F401
from .shape import SMALL_WORDS, acronym_form, key_of  # noqa: F401
from .survey import (  # noqa: F401
    Definition,
    Occurrence,
    Survey,
    glossary_index,
    is_dictionary_word,
    survey,
)

CHECK = AcronymCheck
