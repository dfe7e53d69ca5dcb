"""How many English words plainlint's Python code holds in literals (issue 15 item 5).

Word lists belong in data files with their sources (``wordlists/``), not in Python sets and
tuples. This counts, in every module under ``src/plainlint``, the collection literals (set,
frozenset, tuple, list, dict, or a ``"...".split()`` string) that hold three or more
strings, where those strings are English words: letters only (an apostrophe or hyphen
inside allowed), in lower case or with a capital first letter, two letters or more. Each
such literal is listed with its module, line and number of words, largest first.

    python bench/word_literals.py [--list]

Tag names, file suffixes, severities and the like are words too, and are counted where
they look like words: the figure is an upper bound on English held in code, measured the
same way before and after a change.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "plainlint"
WORD = re.compile(r"^[A-Za-z][a-z]+(?:['’-][a-z]+)*$")
# English function words (closed classes: articles and determiners, pronouns, prepositions,
# conjunctions, auxiliary and modal verbs). A set of these in code is the grammar of a pattern
# ("a word after 'the' or 'our' is a noun"), not vocabulary; they are counted apart.
FUNCTION_WORDS = frozenset("""
a an the this that these those my your his her its our their some any no every each all both
either neither few many much more most less least several such what which who whom whose
whatever whichever i me you he him she it we us they them myself yourself himself herself itself
ourselves themselves one ones
about above across after against along alongside amid among amongst around as at before behind
below beneath beside besides between beyond by despite down during except for from in inside into
like near of off on onto out outside over past per since than through throughout till to toward
towards under underneath unlike until up upon via with within without
and but or nor so yet because although though while whilst whereas if unless whether when
whenever where wherever however therefore also then once
be am is are was were been being have has had having do does did done doing will would shall
should can could may might must ought ca wo ll
not together jointly
""".split())


def _strings(node) -> list:
    """The string constants a collection literal holds (dict keys and values too)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
        return node.func.value.value.split()
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple") \
            and len(node.args) == 1:
        return _strings(node.args[0])
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        elts = node.elts
    elif isinstance(node, ast.Dict):
        elts = [k for k in node.keys if k is not None] + list(node.values)
    else:
        return []
    return [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def literals(root: Path = ROOT) -> list:
    """(words, module, line, content words) of every literal holding three or more English words."""
    out = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        seen: set = set()
        for node in ast.walk(tree):
            if id(node) in seen:
                continue
            strings = _strings(node)
            words = [s for s in strings if WORD.match(s)]
            if len(words) >= 3:
                for child in ast.walk(node):  # a literal inside this one is counted with it
                    seen.add(id(child))
                content = sum(1 for w in words if w.lower() not in FUNCTION_WORDS)
                out.append((len(words), str(path.relative_to(root.parent)), node.lineno, content))
    out.sort(key=lambda x: (-x[0], x[1], x[2]))
    return out


def main() -> None:
    found = literals()
    if "--list" in sys.argv:
        for n, module, line, content in found:
            print(f"{n:5d}  {module}:{line}  ({content} not function words)")
    big = [f for f in found if f[0] >= 10]
    print(f"{sum(f[0] for f in found)} words in {len(found)} literals "
          f"({sum(f[0] for f in big)} in the {len(big)} literals of 10 words or more); "
          f"{sum(f[3] for f in found)} of them are not English function words "
          f"(articles, pronouns, prepositions, conjunctions, auxiliaries)")


if __name__ == "__main__":
    main()
