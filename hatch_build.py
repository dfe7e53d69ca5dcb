"""Wheel build step: a JSON copy of each shipped rule file and word list.

Python reads TOML with pure-Python code, and a pre-commit run of plainlint on one short file
spent about 0.06 s of its start-up parsing the ~300 KB of shipped TOML. JSON is read by C
code in a millisecond or two, so the wheel carries, for each ``rules/*.toml`` and
``wordlists/*.toml``, a copy at ``plainlint/_compiled/<folder>/<name>.json`` holding the
parsed data and the SHA-256 of the TOML bytes. plainlint uses a copy only when that hash
matches the file it is about to read (see ``resources.read_toml``), so the TOML stays the
one source of truth. Editable installs and source checkouts get no copies and read the TOML.
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
    return made


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
