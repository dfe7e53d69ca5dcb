"""Kinds ``consultation-as-co-production`` and ``co-production-unevidenced``, and the
``ladder`` metric.

The model is data: ``wordlists/co-production-ladder.toml`` holds the rungs of involvement
(informing, consulting, engaging, co-designing, co-producing), the words that signal each,
the words that claim co-production, the grammar cues that tie a claim to an activity, and
the signs that a document evidences co-production. Every phrase in it compiles into ONE
spaCy ``PhraseMatcher``, built once per configuration and run once over each analysed
block; the rest is reasoning over the matches, sentence by sentence.

``consultation-as-co-production`` fires only when a claim ("co-produced") and a low-rung
activity ("an online survey") are tied together by the grammar: a means link ("through",
"by consulting", "took the form of"), a label ("co-production survey"), an equation
("the consultation was co-production in action"), a purpose ("we ran drop-ins to
co-design it"), a relative clause about the partners ("with residents who responded to
our survey"), or a next sentence that starts "This involved ...". It stays quiet on
definitions and statements of principle, on contrasts ("rather than", "beyond
consultation"), on negations, on questions, on aims and obligations ("should co-produce"),
and whenever that sentence or the next one in the same block shows shared decisions or
power. Looser ties ("co-produced following consultation"), partnership claims
("in partnership with residents") and activities mixed with engagement give a suggestion,
not a warning: precision before recall.

``co-production-unevidenced`` quotes a claim of what was done ("was co-produced") before
an aim ("we will co-design"); a document whose every claim is an aim gets a suggestion.

The check is a package of named steps, each a module:

1. ``model``: the ladder model, compiled into one matcher;
2. ``reading``: each sentence read into claims, activities and rungs;
3. ``ties``: claims tied to an activity inside a sentence;
4. ``context``: claims read with the sentences around them;
5. ``evidence``: the document's claims and signs, for ``co-production-unevidenced``;
6. ``check``: findings, messages and the ladder metric.
"""

from .check import CHECK, CoproductionCheck, Reader, reader  # noqa: F401
from .model import LADDER_FILE, Hit, Lexicon, Tag, lexicon  # noqa: F401
