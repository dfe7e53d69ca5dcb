"""Errors that end the reading of one file, with a reason a person can act on."""

from __future__ import annotations


class PlainlintError(Exception):
    """Base class: a clear message, never a traceback."""


class ConfigError(PlainlintError):
    """A configuration file or option is wrong (exit 2)."""


class RuleFileError(PlainlintError):
    """A rule or word-list data file is wrong."""


class ExtractError(PlainlintError):
    """A document could not be read.

    ``kind`` is one of: not-found, unsupported, encrypted, needs-password, needs-ocr, corrupt,
    not-a-document, too-large, decode, timeout, crashed, legacy-format, unreadable.
    """

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message
