"""Wheel build step: a JSON copy of each shipped rule file and word list.

Python reads TOML with pure-Python code, and a pre-commit run of plainlint on one short file
spent about 0.06 s of its start-up parsing the ~300 KB of shipped TOML. JSON is read by C
code in a millisecond or two, so the wheel carries, for each ``rules/*.toml`` and
``wordlists/*.toml``, a copy at ``plainlint/_compiled/<folder>/<name>.json`` holding the
parsed data and the SHA-256 of the TOML bytes. plainlint uses a copy only when that hash
matches the file it is about to read (see ``resources.read_toml``), so the TOML stays the
one source of truth. Editable installs and source checkouts get no copies and read the TOML.

It also stores tables that plainlint would otherwise work out at every start from that data:
the co-production lexicon's phrase forms (``plainlint/_compiled/tables/<ladder>.json``, see
``plainlint/checks/coproduction/forms.py``), with the hash of every file they were made
from, code and data; plainlint uses them only where that hash matches the installed files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # the tests import compile_data without hatchling installed
    BuildHookInterface = object

FOLDERS = ("rules", "wordlists")


def _toml_loads(text: str) -> dict | None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib
        except ImportError:
            return None
    return tomllib.loads(text)


def compile_data(root: Path, out: Path) -> dict[str, str]:
    """Write the JSON copies of ``root``'s shipped TOML under ``out``; returns
    {written file: its path inside the wheel}. A file that does not parse gets no copy
    (plainlint then reports the error when it reads the TOML itself)."""
    made = {}
    for folder in FOLDERS:
        for src in sorted((root / folder).glob("*.toml")):
            raw = src.read_bytes()
            try:
                data = _toml_loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                continue
            if data is None:
                return {}  # no TOML reader in this build environment: ship no copies
            dest = out / folder / (src.name + ".json")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(json.dumps({"sha256": hashlib.sha256(raw).hexdigest(), "data": data},
                                       ensure_ascii=False), encoding="utf-8")
            made[str(dest)] = f"plainlint/_compiled/{folder}/{dest.name}"
    if made:
        made.update(compile_tables(root, out))
    return made


TABLE_MODELS = ("co-production-ladder.toml",)


def compile_tables(root: Path, out: Path) -> dict[str, str]:
    """The co-production lexicon's phrase forms for each shipped model file, worked out by
    plainlint's own code (``forms.plan``) run from ``root/src`` without its package's
    ``__init__`` (which needs spaCy and the rest, absent from a build environment), with the
    list of every plainlint module that ran and every word list read, and the hash of them
    all (``forms.inputs_hash``). Nothing is shipped where that fails: plainlint then works
    the forms out at start-up, as a source checkout does."""
    import importlib
    import types

    pkg_dir = (root / "src" / "plainlint").resolve()
    saved = {k: v for k, v in sys.modules.items() if k == "plainlint" or k.startswith("plainlint.")}
    for k in saved:
        del sys.modules[k]
    made = {}
    try:
        for name, sub in (("plainlint", ""), ("plainlint.checks", "checks"),
                          ("plainlint.checks.coproduction", "checks/coproduction")):
            shell = types.ModuleType(name)  # the package, its __init__ not run
            shell.__path__ = [str(pkg_dir / sub) if sub else str(pkg_dir)]
            sys.modules[name] = shell
        resources = importlib.import_module("plainlint.resources")
        read = []
        real_read = resources.read_toml_built

        def reading(path):
            read.append(Path(path))
            return real_read(path)

        resources.read_toml_built = reading
        forms = importlib.import_module("plainlint.checks.coproduction.forms")
        for model_name in TABLE_MODELS:
            src = root / "wordlists" / model_name
            raw = src.read_bytes()
            data = resources.toml_loads(raw.decode("utf-8"))
            cues = _word_cues(pkg_dir)
            got = forms.plan(data, cues)
            wordlists = resources.wordlists_dir().resolve()
            inputs = []
            for mod_name, mod in sorted(sys.modules.items()):
                f = getattr(mod, "__file__", None)
                if mod_name.startswith("plainlint.") and f:
                    inputs.append(("code", Path(f).resolve().relative_to(pkg_dir).as_posix()))
            for p in read:
                if Path(p).resolve().parent != wordlists:
                    raise ValueError(f"read {p}, outside the word lists")
                inputs.append(("wordlists", Path(p).name))
            inputs = list(dict.fromkeys(inputs))
            digest = forms.inputs_hash(raw, inputs, pkg_dir, wordlists)
            if digest is None:
                continue
            dest = out / forms.TABLES / (model_name + ".json")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(json.dumps({"sha256": digest, "inputs": inputs, "word_cues": list(cues), "plan": got},
                                       ensure_ascii=False), encoding="utf-8")
            made[str(dest)] = f"plainlint/_compiled/{forms.TABLES}/{dest.name}"
    except Exception:  # noqa: BLE001 - any failure: ship no table, plainlint works it out
        return {}
    finally:
        for k in [k for k in sys.modules if k == "plainlint" or k.startswith("plainlint.")]:
            del sys.modules[k]
        sys.modules.update(saved)
    return made


def _word_cues(pkg_dir: Path) -> tuple:
    """model.WORD_CUES, read from model.py's source (importing model.py needs spaCy)."""
    import ast

    tree = ast.parse((pkg_dir / "checks" / "coproduction" / "model.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "WORD_CUES" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise ValueError("no WORD_CUES in model.py")


class CompiledDataHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if self.target_name != "wheel" or version == "editable":
            return
        self._tmp = Path(tempfile.mkdtemp(prefix="plainlint-compiled-"))
        build_data["force_include"].update(compile_data(Path(self.root), self._tmp))

    def finalize(self, version, build_data, artifact_path):
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
