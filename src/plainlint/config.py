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
from .resources import toml_loads  # noqa: F401 - here for the callers that import it from config


#: Numeric keys: (lowest, highest, whether the lowest itself is allowed). Every number must
#: be finite: ``nan`` compares false with everything, so unchecked it would turn a limit off
#: (``max-zip-ratio = nan``) or fail every file (``max-file-mb = nan``), and ``inf`` ends in
#: a traceback where a time or a memory cap is set.
NUMBER_RANGES = {
    "timeout": (0, 86400, False),  # seconds: up to a day
    "jobs": (1, 1024, True),
    "max-memory-mb": (0, 1048576, False),  # up to 1 TB
    "max-file-mb": (0, 1048576, False),
    "max-text-mb": (0, 1048576, False),
    "max-unzipped-mb": (0, 1048576, False),
    "max-zip-ratio": (1, 1000000, True),
    "max-file-words": (1, 1000000000, True),
    "max-file-paragraphs": (1, 1000000000, True),
}
#: The largest value a rule's numeric option may take (word counts, targets, ratios).
RULE_OPTION_MAX = 1000000


def check_number(key: str, value, where: str) -> None:
    """Raise ConfigError naming ``key`` unless ``value`` is finite and in its range."""
    import math

    low, high, low_ok = NUMBER_RANGES.get(key, (0, RULE_OPTION_MAX, True))
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{where}: '{key}' must be a finite number, not {value}")
    if value < low or (value == low and not low_ok) or value > high:
        lowest = f"at least {low:g}" if low_ok else f"greater than {low:g}"
        raise ConfigError(f"{where}: '{key}' must be {lowest} and at most {high:g}, not {value:g}")


# key -> (attribute, type, description)
_KEYS = {
    "select": ("select", list, "rule ids or categories to run (default: all)"),
    "ignore": ("ignore", list, "rule ids or categories to leave out"),
    "fail-on": ("fail_on", str, "lowest severity that makes the exit code 1: error, warning or suggestion"),
    "model": ("model", str, "a trained spaCy pipeline to use if installed, e.g. en_core_web_sm"),
    "wordlists": ("wordlists", list, "extra word-list files of your own (paths relative to the config file)"),
    "allow": ("allow", list, "words and phrases never to flag (switches word-list entries off)"),
    "allow-acronyms": ("allow_acronyms", list, "acronyms your readers know, never flagged"),
    "exclude": ("exclude", list, "glob patterns of paths not to check"),
    "timeout": ("timeout", (int, float), "seconds allowed to read and check one file (default 60)"),
    "jobs": ("jobs", int, "worker processes for folders (default: number of CPUs)"),
    "cache-dir": ("cache_dir", str, "folder for the result cache (default .plainlint_cache)"),
    "max-memory-mb": ("max_memory_mb", (int, float), "memory a worker may take on top of the loaded pipeline while it checks one file, in MB (default 4096)"),
    "max-file-mb": ("max_file_mb", (int, float), "largest document read, in MB (default 100)"),
    "max-text-mb": ("max_text_mb", (int, float), "largest text or Markdown file read, in MB (default 20)"),
    "max-unzipped-mb": ("max_unzipped_mb", (int, float), "largest total uncompressed size of a .docx, in MB (default 500)"),
    "max-zip-ratio": ("max_zip_ratio", (int, float), "largest compression ratio of a .docx part (default 200)"),
    "max-file-words": ("max_file_words", int, "most words in one document checked; a longer one is refused (default 200000)"),
    "max-file-paragraphs": ("max_file_paragraphs", int, "most paragraphs, headings, list items and table cells in one document checked (default 40000)"),
    "profile": ("profile", str, "a bundle of thresholds and severities: board-paper (default), public or strict"),
    "min-severity": ("min_severity", str, "lowest severity a report shows: error, warning or suggestion (default: the profile's for text, everything for the machine formats)"),
    "repeats": ("repeats", str, "fold (the same finding on the same words listed once, with the other places) or every"),
    "min-score": ("min_score", (int, float), "the run fails (exit 1) when a document's plain-English score is below this (0-100)"),
    "rules": ("rules", dict, "per-rule tables: severity and options"),
}


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


def _type_name(t) -> str:
    if isinstance(t, tuple):
        return "number"
    return {list: "list", str: "string", int: "whole number", dict: "table", bool: "true/false"}.get(t, t.__name__)


def _check_type(value, t) -> bool:
    if isinstance(value, bool) and t is not bool and not (isinstance(t, tuple) and bool in t):
        return False
    return isinstance(value, t)


def apply_table(config: Config, table: dict, where: str, base_dir: Optional[Path] = None) -> Config:
    """Apply a [tool.plainlint] table (or a .plainlint.toml) to ``config``, checking every key."""
    from .engine import all_rules, validate_rule_names
    from .kinds import KINDS, SEVERITIES
    from .options import check_table

    for key, value in table.items():
        if key not in _KEYS:
            near = [k for k in _KEYS if k.replace("-", "") == key.replace("_", "").replace("-", "")]
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")
        attr, typ, _ = _KEYS[key]
        if not _check_type(value, typ):
            raise ConfigError(f"{where}: '{key}' must be a {_type_name(typ)}, not {type(value).__name__}")
        if typ is list:
            for item in value:
                if not isinstance(item, str):
                    raise ConfigError(f"{where}: every item of '{key}' must be a string")
        if key in ("select", "ignore"):
            validate_rule_names(value, f"{where}: '{key}'")
        if key == "fail-on" and value not in SEVERITIES:
            raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(SEVERITIES)}")
        if key == "min-severity" and value not in SEVERITIES:
            raise ConfigError(f"{where}: 'min-severity' must be one of {', '.join(SEVERITIES)}")
        if key == "repeats" and value not in ("fold", "every"):
            raise ConfigError(f"{where}: 'repeats' must be 'fold' or 'every'")
        if key == "profile":
            from .profiles import PROFILES

            if value not in PROFILES:
                raise ConfigError(f"{where}: 'profile' must be one of {', '.join(PROFILES)}")
        if key == "min-score" and not 0 <= value <= 100:
            raise ConfigError(f"{where}: 'min-score' must be between 0 and 100")
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
        if key in NUMBER_RANGES:
            check_number(key, value, where)
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
        setattr(config, attr, value)
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
            if key in NUMBER_RANGES:  # --timeout 1e400, a library caller's nan: one clear line
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
