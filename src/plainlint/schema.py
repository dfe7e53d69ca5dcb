"""One strict check for the records of plainlint's data files (word lists, acronym lists,
the co-production ladder, the irregular verbs): each loader declares its keys as
:class:`Field` and calls :func:`check_record`, so every file is as strict as the others.

A record is a TOML table. It must be a table; every key must be declared (an unknown key
is an error naming it); every required key must be there; each value must have its type
(``bool`` is not an ``int``; a list's items have ``items`` as their type); a value with
``choices`` must be one of them. The error names the file and the record (``where``).

Rule options are checked by :mod:`plainlint.options`, which adds ranges, defaults and docs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .errors import RuleFileError

_NAMES = {str: "string", int: "whole number", float: "number", bool: "true or false", list: "list",
          dict: "table"}


@dataclass(frozen=True)
class Field:
    name: str
    type: type
    required: bool = False
    items: Optional[type] = None  # for a list: the type of every item
    choices: Optional[tuple] = None


def _is(value, t: type) -> bool:
    if t is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if t is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, t)


def check_record(raw, fields: tuple, where: str, error=RuleFileError) -> dict:
    """``raw`` checked against ``fields`` (see the module's docstring); returns it."""
    if not isinstance(raw, dict):
        raise error(f"{where}: must be a table")
    by_name = {f.name: f for f in fields}
    for key, value in raw.items():
        f = by_name.get(key)
        if f is None:
            raise error(f"{where}: unknown key '{key}' (known: {', '.join(by_name)})")
        if not _is(value, f.type):
            raise error(f"{where}: '{key}' must be a {_NAMES.get(f.type, f.type.__name__)}")
        if f.items is not None and any(not _is(v, f.items) for v in value):
            raise error(f"{where}: every item of '{key}' must be a {_NAMES.get(f.items, f.items.__name__)}")
        if f.choices is not None and value not in f.choices:
            raise error(f"{where}: '{key}' is '{value}', not one of {', '.join(f.choices)}")
    for f in fields:
        if f.required and f.name not in raw:
            raise error(f"{where}: missing '{f.name}'")
    return raw


def unchecked(raw, fields: tuple, where: str, error=RuleFileError) -> dict:
    """:func:`check_record`'s stand-in for data already checked: the wheel's JSON copy of a
    shipped file (``resources.read_toml_built`` says ``built``), made at build time from the
    very bytes that every test run of that source checks strictly; returns ``raw``."""
    return raw


def checker(built: bool):
    """:func:`check_record`, or :func:`unchecked` for a shipped file read from its built copy."""
    return unchecked if built else check_record
