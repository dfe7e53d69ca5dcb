"""Typed option schemas: what a check kind accepts, checked once where options come in.

Each check kind declares its options (see :mod:`plainlint.kinds`) as a tuple of
:class:`Option`: a name, a type, a default (or none, when every rule file must give it), an
allowed range or set of values, and one line saying what it does. The same schema checks

* a rule file's ``[options]`` table, when the rule loads (a :class:`RuleFileError` naming
  the rule file and the key), and
* a user's ``[rules.<id>]`` table in ``.plainlint.toml`` or ``pyproject.toml`` (a
  :class:`ConfigError` naming the config file and the key),

so a misspelt or wrongly typed option is one clear error before any document is read,
never a failure inside a check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

#: marks an option every rule file of its kind must set
REQUIRED: Any = object()

_TYPE_NAMES = {bool: "true or false", int: "whole number", float: "number", str: "string",
               list: "list of strings", dict: "table"}


@dataclass(frozen=True)
class Option:
    """One option of a check kind."""

    name: str
    type: type  # bool, int, float (an int is accepted too), str or list (of strings)
    doc: str
    default: Any = REQUIRED  # None: optional and unset unless given
    min: Optional[float] = None
    max: Optional[float] = None
    #: the value must be greater than this (a time or a memory cap of 0 means nothing)
    above: Optional[float] = None
    choices: Optional[tuple] = None
    #: part of the rule's definition (what a metric rule measures, its pattern): set in the
    #: rule file only, never in a user's [rules.<id>] table
    fixed: bool = False

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def describe(self) -> str:
        """The type and its limits, for errors and the docs: 'a whole number from 1'."""
        what = _TYPE_NAMES[self.type]
        if self.choices:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if self.type is list:
            return "a list of strings"
        if self.type is dict:
            return "a table"
        if self.above is not None:
            top = f" and at most {_num(self.max)}" if self.max is not None else ""
            return f"a {what} greater than {_num(self.above)}{top}"
        if self.min is not None and self.max is not None:
            return f"a {what} from {_num(self.min)} to {_num(self.max)}"
        if self.min is not None:
            return f"a {what} of at least {_num(self.min)}"
        if self.max is not None:
            return f"a {what} of at most {_num(self.max)}"
        return f"a {what}"

    def problem(self, value) -> Optional[str]:
        """Why ``value`` is not acceptable, or None when it is."""
        t = self.type
        if t is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        elif t is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif t is list:
            ok = isinstance(value, list) and all(isinstance(x, str) for x in value)
        else:
            ok = isinstance(value, t)
        if not ok:
            return f"must be {self.describe()}, not {_type_of(value)}"
        if isinstance(value, float) and value != value or value in (float("inf"), float("-inf")):
            return f"must be a finite number, not {value}"  # nan passes every comparison
        if self.choices is not None and value not in self.choices:
            return f"must be {self.describe()}, not {value!r}"
        if (self.min is not None and value < self.min or self.max is not None and value > self.max
                or self.above is not None and value <= self.above):
            return f"must be {self.describe()}, not {value!r}"
        return None


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _type_of(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, list):
        return "a list of " + ", ".join(sorted({_type_of(x).removeprefix("a ") for x in value})) if value else "a list"
    return {int: "a whole number", float: "a number", str: "a string",
            dict: "a table"}.get(type(value), type(value).__name__)


def check_table(schema: tuple, table: dict, where: str, name: str, error, *, complete: bool,
                extra_known: tuple = (), user: bool = False) -> dict:
    """Check ``table`` against ``schema``; return it with the schema's defaults filled in
    when ``complete`` (a rule file), else only what it sets (a user's overrides).

    ``error`` is the exception class raised; its message names the file (``where``) and the
    key, as ``name.key`` (``name`` is the table: ``options`` or ``rules.long-sentence``).
    ``extra_known`` are keys the caller handles itself (a user table's ``severity``), named
    in the list of known keys. A ``user`` table (a config file) may not set a ``fixed``
    option: that is what the rule is, not a setting of it.
    """
    by_name = {o.name: o for o in schema}
    for key, value in table.items():
        option = by_name.get(key)
        if option is None:
            known = ", ".join([*extra_known, *by_name]) or "none"
            close = [n for n in by_name if near(n, key)]
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise error(f"{where}: {name}: unknown option '{key}'{hint} (known: {known})")
        if user and option.fixed:
            raise error(f"{where}: {name}.{key} is part of the rule's definition, not a setting: "
                        "write a rule file of your own to change it")
        why = option.problem(value)
        if why:
            raise error(f"{where}: {name}.{key} {why}")
    if not complete:
        return dict(table)
    out = {}
    for option in schema:
        if option.name in table:
            out[option.name] = table[option.name]
        elif option.required:
            raise error(f"{where}: {name}: missing option '{option.name}' ({option.doc})")
        else:
            out[option.name] = option.default
    return out


def near(a: str, b: str) -> bool:
    """Two option names one slip apart: a letter missing, added or changed, or _ for -."""
    a, b = a.replace("_", "-").lower(), b.replace("_", "-").lower()
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
