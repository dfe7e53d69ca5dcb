"""Configuration: defaults < pyproject.toml [tool.plainlint] or .plainlint.toml < CLI options.

A configuration file is found by searching upward from the checked file's folder; the
first folder holding ``.plainlint.toml``, or a ``pyproject.toml`` with a ``[tool.plainlint]``
table, wins. ``--config FILE`` names one explicitly; ``--isolated`` ignores them all.
Every key is checked: an unknown key or a wrong type is a clear error naming the file
and the key.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import ConfigError
from .kinds import SEVERITIES
from .options import Option, near
from .profiles import PROFILES
from .resources import toml_loads  # noqa: F401 - here for the callers that import it from config



_MB = 1048576  # the largest size or memory cap, in MB: 1 TB
#: Every key of a config file, declared once as a typed :class:`~plainlint.options.Option`
#: (type, allowed range or values, one line of doc): the same schema the rule options use,
#: so an unknown key, a wrong type, a value out of range or a non-finite number is one error
#: naming the file and the key. A key's ``Config`` attribute is its name with ``_`` for ``-``.
#: ``inf`` and ``nan`` are refused (``nan`` compares false with everything, so unchecked it
#: would turn a limit off; ``inf`` ends in a traceback where a time or memory cap is set).
CONFIG_OPTIONS = (
    Option("select", list, "rule ids or categories to run (default: all)", default=None),
    Option("ignore", list, "rule ids or categories to leave out", default=None),
    Option("fail-on", str, "lowest severity that makes the exit code 1: error, warning or suggestion",
           default=None, choices=SEVERITIES),
    Option("model", str, "a trained spaCy pipeline to use if installed, e.g. en_core_web_sm", default=None),
    Option("wordlists", list, "extra word-list files of your own (paths relative to the config file)", default=None),
    Option("allow", list, "words and phrases never to flag (switches word-list entries off)", default=None),
    Option("allow-acronyms", list, "acronyms your readers know, never flagged", default=None),
    Option("exclude", list, "glob patterns of paths not to check", default=None),
    Option("timeout", float, "seconds allowed to read and check one file (default 60)", default=None,
           above=0, max=86400),
    Option("jobs", int, "worker processes for folders (default: number of CPUs)", default=None, min=1, max=1024),
    Option("cache-dir", str, "folder for the result cache (default .plainlint_cache)", default=None),
    Option("max-memory-mb", float, "memory a worker may take on top of the loaded pipeline while it checks "
           "one file, in MB (default 4096)", default=None, above=0, max=_MB),
    Option("max-file-mb", float, "largest document read, in MB (default 100)", default=None, above=0, max=_MB),
    Option("max-text-mb", float, "largest text or Markdown file read, in MB (default 20)", default=None,
           above=0, max=_MB),
    Option("max-unzipped-mb", float, "largest total uncompressed size of a .docx, in MB (default 500)",
           default=None, above=0, max=_MB),
    Option("max-zip-ratio", float, "largest compression ratio of a .docx part (default 200)", default=None,
           min=1, max=1000000),
    Option("max-file-words", int, "most words in one document checked; a longer one is refused (default "
           "200000)", default=None, min=1, max=1000000000),
    Option("max-file-paragraphs", int, "most paragraphs, headings, list items and table cells in one "
           "document checked (default 40000)", default=None, min=1, max=1000000000),
    Option("profile", str, "a bundle of thresholds and severities: board-paper (default), public or strict",
           default=None, choices=tuple(PROFILES)),
    Option("min-severity", str, "lowest severity a report shows: error, warning or suggestion (default: the "
           "profile's for text, everything for the machine formats)", default=None, choices=SEVERITIES),
    Option("repeats", str, "fold (the same finding on the same words listed once, with the other places) "
           "or every", default=None, choices=("fold", "every")),
    Option("min-score", float, "the run fails (exit 1) when a document's plain-English score is below "
           "this (0-100)", default=None, min=0, max=100),
    Option("rules", dict, "per-rule tables: severity and options", default=None),
)
_BY_KEY = {o.name: o for o in CONFIG_OPTIONS}


def check_number(key: str, value, where: str) -> None:
    """Raise ConfigError naming ``key`` unless ``value`` is what its option allows (a
    command-line or library override of a numeric key)."""
    why = _BY_KEY[key].problem(value)
    if why:
        raise ConfigError(f"{where}: '{key}' {why}")


@dataclass
class Config:
    select: Optional[list] = None
    ignore: list = field(default_factory=list)
    fail_on: str = "warning"
    model: Optional[str] = None
    wordlists: list = field(default_factory=list)  # absolute paths
    allow: list = field(default_factory=list)
    allow_acronyms: list = field(default_factory=list)
    exclude: list = field(default_factory=list)
    timeout: float = 60.0
    jobs: Optional[int] = None
    cache_dir: Optional[str] = None
    max_memory_mb: float = 4096
    max_file_mb: float = 100
    max_text_mb: float = 20
    max_unzipped_mb: float = 500
    max_zip_ratio: float = 200
    max_file_words: int = 200_000
    max_file_paragraphs: int = 40_000
    password: Optional[str] = None
    rule_options: dict = field(default_factory=dict)  # rule id -> {option: value}
    rule_severity: dict = field(default_factory=dict)  # rule id -> severity
    source: Optional[str] = None  # the file it came from
    profile: str = "board-paper"
    min_severity: Optional[str] = None  # None: the format's default (display.py)
    repeats: Optional[str] = None  # "fold" or "every"; None: the format's default
    min_score: Optional[float] = None

    def fingerprint(self) -> str:
        """A stable hash of everything that changes findings (for the cache)."""
        data = {
            "select": self.select, "ignore": sorted(self.ignore), "model": self.model,
            "allow": sorted(self.allow), "allow_acronyms": sorted(self.allow_acronyms),
            "rules": self.rule_options, "severity": self.rule_severity, "profile": self.profile,
            "limits": [self.max_file_mb, self.max_text_mb, self.max_unzipped_mb, self.max_zip_ratio,
                       self.max_file_words, self.max_file_paragraphs],
            "wordlists": [[p, _file_hash(p)] for p in self.wordlists],
        }
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]

    def extract_options(self):
        from .extract import ExtractOptions

        return ExtractOptions(
            password=self.password,
            max_file_bytes=int(self.max_file_mb * 1048576),
            max_text_bytes=int(self.max_text_mb * 1048576),
            max_unzipped_bytes=int(self.max_unzipped_mb * 1048576),
            max_zip_ratio=float(self.max_zip_ratio),
            max_words=int(self.max_file_words),
            max_blocks=int(self.max_file_paragraphs),
        )

    def copy(self, **changes) -> "Config":
        import copy

        c = copy.deepcopy(self)
        for k, v in changes.items():
            setattr(c, k, v)
        return c


def _file_hash(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    except OSError:
        return "missing"


def apply_table(config: Config, table: dict, where: str, base_dir: Optional[Path] = None) -> Config:
    """Apply a [tool.plainlint] table (or a .plainlint.toml) to ``config``, checking every key
    against :data:`CONFIG_OPTIONS`."""
    from .engine import all_rules, validate_rule_names
    from .kinds import KINDS
    from .options import check_table

    for key, value in table.items():
        option = _BY_KEY.get(key)
        if option is None:
            close = [k for k in _BY_KEY if near(k, key)]
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")
        why = option.problem(value)
        if why:
            raise ConfigError(f"{where}: '{key}' {why}")
        if key in ("select", "ignore"):
            validate_rule_names(value, f"{where}: '{key}'")
        if key == "rules":
            rules = all_rules()
            for rid, opts in value.items():
                if rid not in rules:
                    raise ConfigError(f"{where}: [rules.{rid}]: '{rid}' is not a rule id")
                if not isinstance(opts, dict):
                    raise ConfigError(f"{where}: 'rules.{rid}' must be a table")
                opts = dict(opts)
                if "severity" in opts:
                    severity = opts.pop("severity")
                    if severity not in SEVERITIES:
                        raise ConfigError(f"{where}: rules.{rid}.severity must be one of {', '.join(SEVERITIES)}")
                    config.rule_severity[rid] = severity
                # the same typed schema the rule file was checked against (kinds.KINDS)
                checked = check_table(KINDS[rules[rid].kind].options, opts, where, f"rules.{rid}", ConfigError,
                                      complete=False, extra_known=("severity",), user=True)
                if checked:
                    config.rule_options.setdefault(rid, {}).update(checked)
            continue
        if key == "wordlists":
            paths = []
            for p in value:
                pp = Path(p)
                if not pp.is_absolute() and base_dir is not None:
                    pp = base_dir / pp
                if not pp.is_file():
                    raise ConfigError(f"{where}: word list '{p}' not found")
                paths.append(str(pp.resolve()))
            value = paths
        if key == "cache-dir" and base_dir is not None and not os.path.isabs(value):
            value = str(base_dir / value)
        setattr(config, key.replace("-", "_"), value)
    return config


def load_file(path: Path, base: Optional[Config] = None) -> Config:
    config = base.copy() if base else Config()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config is not UTF-8 text") from None
    try:
        data = toml_loads(text)
    except ValueError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("plainlint", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.plainlint] must be a table")
        where = f"{path} [tool.plainlint]"
    else:
        where = str(path)
    config = apply_table(config, data, where, path.parent)
    config.source = str(path)
    return config


def find_config_file(start: Path) -> Optional[Path]:
    """The nearest .plainlint.toml, or pyproject.toml with [tool.plainlint], at or above ``start``."""
    d = start if start.is_dir() else start.parent
    try:
        d = d.resolve()
    except OSError:
        return None
    for folder in [d, *d.parents]:
        p = folder / ".plainlint.toml"
        if p.is_file():
            return p
        pp = folder / "pyproject.toml"
        if pp.is_file():
            try:
                if "plainlint" in toml_loads(pp.read_text(encoding="utf-8")).get("tool", {}):
                    return pp
            except (ValueError, OSError, UnicodeDecodeError):
                raise ConfigError(f"{pp}: not valid TOML") from None
    return None


class ConfigResolver:
    """Config per checked file: explicit file, or found upward, cached per folder; CLI on top."""

    def __init__(self, explicit: Optional[str] = None, isolated: bool = False,
                 overrides: Optional[dict] = None):
        self.isolated = isolated
        self.overrides = overrides or {}
        self._cache: dict = {}
        self._explicit = None
        if explicit:
            p = Path(explicit)
            if not p.is_file():
                raise ConfigError(f"{explicit}: config file not found")
            self._explicit = self._apply_overrides(load_file(p))

    def _apply_overrides(self, config: Config) -> Config:
        for k, v in self.overrides.items():
            if v is None:
                continue
            key = k.replace("_", "-")
            option = _BY_KEY.get(key)
            if option is not None and option.type in (int, float):  # --timeout 1e400, a caller's nan
                check_number(key, v, f"--{key}")
            if k == "rule_options":  # e.g. --per-section: merged over the file's rule tables
                for rid, opts in v.items():
                    config.rule_options.setdefault(rid, {}).update(opts)
                continue
            setattr(config, k, v)
        return config

    def for_path(self, path: Optional[str]) -> Config:
        if self._explicit is not None:
            return self._explicit
        if self.isolated:
            key = None
        else:
            start = Path(path).parent if path else Path.cwd()
            key = find_config_file(start if str(start) else Path.cwd())
        if key not in self._cache:
            base = load_file(key) if key else Config()
            self._cache[key] = self._apply_overrides(base)
        return self._cache[key]
