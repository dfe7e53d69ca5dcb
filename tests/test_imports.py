"""The package's import graph has no cycle, lazy imports included, and every module imports
on its own in a fresh interpreter (issue 15 item 4).

A cycle hidden by an import inside a function works until someone moves that import to the
top of its module, or imports the modules in another order; so the graph here counts every
``import`` of a plainlint module wherever it is written (inside functions too), and only
leaves out imports under ``if TYPE_CHECKING:`` (never run) and the implicit import of a
module's own parent packages (every submodule has that one). ``importlib.import_module``
with a computed name (the engine's check kinds, the report formats) is not seen: those are
one-way lookups of a registry.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PKG = SRC / "plainlint"


def _modules() -> dict:
    """Module name -> (path, is a package)."""
    out = {}
    for p in sorted(PKG.rglob("*.py")):
        parts = list(p.relative_to(SRC).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        out[".".join(parts)] = (p, is_pkg)
    return out


def _is_type_checking(node) -> bool:
    if not isinstance(node, ast.If):
        return False
    t = node.test
    return (
        (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING")
        or (isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"))


def _targets(module: str, is_pkg: bool, node, modules: dict) -> list:
    """The plainlint modules one import statement loads (its package's too)."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        if node.level:
            base = module.split(".") if is_pkg else module.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in modules]
        # "from . import resources" needs the submodule, not the rest of its package (the
        # importer's own parent, loaded or being loaded); "from .. import __version__" or
        # "from .engine import Check" need the module named
        own_parent = module == target or module.startswith(target + ".")
        names = subs if own_parent and len(subs) == len(node.names) else [target, *subs]
    out = []
    for name in names:
        if not name.startswith("plainlint"):
            continue
        parts = name.split(".")
        # the packages on the way in are loaded too, but the importer's own parents are
        # loaded already (or being loaded) whatever it writes
        own = module.split(".")
        for k in range(1, len(parts) + 1):
            sub = ".".join(parts[:k])
            if sub in modules and sub != module and (k == len(parts) or own[:k] != parts[:k]):
                out.append(sub)
    return out


def import_graph() -> dict:
    """Module -> the plainlint modules it imports anywhere in its code."""
    modules = _modules()
    graph = {m: set() for m in modules}
    for m, (path, is_pkg) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        todo = [tree]
        while todo:
            node = todo.pop()
            for child in ast.iter_child_nodes(node):
                if _is_type_checking(child):
                    todo.extend(child.orelse)
                    continue
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    graph[m].update(_targets(m, is_pkg, child, modules))
                todo.append(child)
    return graph


def cycles(graph: dict) -> list:
    """Strongly connected groups of more than one module (Tarjan), and self-imports."""
    index: dict = {}
    low: dict = {}
    stack: list = []
    on_stack: set = set()
    out = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        # iterative Tarjan: (node, iterator over its successors)
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                group = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    group.append(w)
                    if w == v:
                        break
                if len(group) > 1 or v in graph[v]:
                    out.append(sorted(group))
    return out


def test_the_cycle_finder_finds_cycles():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"a"}}) == [["a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_lazy_and_relative_imports():
    g = import_graph()
    assert len(g) > 50
    # a module-level relative import, one inside a function, and "from . import module"
    assert "plainlint.engine" in g["plainlint.checks.passive"]
    assert "plainlint.metrics" in g["plainlint.analysis"]  # inside a cached property
    assert "plainlint.resources" in g["plainlint.wordlists"]


def test_no_import_cycle_even_through_lazy_imports():
    found = cycles(import_graph())
    assert found == [], "import cycles (lazy imports included): " + "; ".join(" <-> ".join(c) for c in found)


def test_every_module_imports_alone_in_a_fresh_interpreter():
    """Each module imported first, with no plainlint module loaded before it (third-party
    modules stay loaded: only our own import order matters), so an order-dependent import
    (a partly initialised module) fails here."""
    names = sorted(_modules())
    script = (
        "import importlib, sys, traceback\n"
        f"names = {names!r}\n"
        "bad = []\n"
        "for name in names:\n"
        "    for m in [m for m in sys.modules if m == 'plainlint' or m.startswith('plainlint.')]:\n"
        "        del sys.modules[m]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception:\n"
        "        bad.append(name + ': ' + traceback.format_exc(limit=3))\n"
        "print('\\n'.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    env_path = str(SRC)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "PYTHONPATH": env_path})
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_checks_share_facts_by_name_not_through_a_string_keyed_cache():
    """Issue 15 item 4: what one check works out for others is a named attribute or lazy
    property of Analysed (documented there), never a string key in a shared dict."""
    import dataclasses

    from plainlint.analysis import Analysed

    names = {f.name for f in dataclasses.fields(Analysed)}
    assert "cache" not in names
    assert {"acronym_survey", "acronyms_flagged", "name_words", "label_blocks", "coproduction"} <= names
    used = [str(p.relative_to(SRC)) for p in PKG.rglob("*.py") if "analysed.cache" in p.read_text(encoding="utf-8")]
    assert used == []
