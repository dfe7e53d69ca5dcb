"""Import spaCy without its command line, which plainlint never uses.

``import spacy`` runs ``from .cli.info import info`` (spaCy's ``spacy info`` command), and that
imports the whole of spaCy's command line: typer, weasel, httpx, requests and every ``spacy
train``/``package``/``project`` module, about 0.15 s of CPU at every start, a tenth of blank
spaCy's own start-up. :func:`import_spacy` puts two stand-ins in ``sys.modules`` first: a
package ``spacy.cli`` and its ``spacy.cli.info`` with a function ``info``. Nothing is lost: the
first time anything reads an attribute of either (``spacy.cli.download``, ``spacy.info()``,
``from spacy.cli import train_cli``), the stand-ins are dropped and the real command line is imported in
their place, so ``spacy.cli`` is then the real package (``tests/test_speed_shortcuts_start.py``).
Nothing of spaCy's registry or tokenizer comes from its command line: the same text gives the
same tokens either way (same file).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


def _real_cli():
    """Drop the stand-ins and import spaCy's real command line (once)."""
    for name in (_INFO, _CLI):
        if isinstance(sys.modules.get(name), _StandIn):
            del sys.modules[name]
    real = importlib.import_module(_CLI)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = real
    return real


class _StandIn(types.ModuleType):
    """A module standing in for part of spaCy's command line until something reads it."""

    def __getattr__(self, name: str):
        # only attributes the module does not have come here: its name, its spec, the
        # package's ``__path__`` and the function below are its own; anything else
        # (``download``, ``app``) is read from the real module. ``spacy.cli.info`` is
        # a module, not a package: the import statement asks for its ``__path__`` to see that
        if self.__name__ == _INFO and name == "__path__":
            raise AttributeError(name)
        real = _real_cli()
        if self.__name__ == _INFO:
            real = importlib.import_module(_INFO)
        return getattr(real, name)


def _info(*args, **kwargs):
    """``spacy.info``, importing the real command line when first called."""
    _real_cli()
    return importlib.import_module(_INFO).info(*args, **kwargs)


def import_spacy():
    """``import spacy``, with its command line left out until something reads it (when spaCy
    is already imported, as it is: nothing changes)."""
    spec = None if "spacy" in sys.modules or _CLI in sys.modules else importlib.util.find_spec("spacy")
    if spec is not None and spec.submodule_search_locations:
        cli = _StandIn(_CLI)
        # the real package's folder: ``import spacy.cli.train`` imports that submodule from
        # it without reading anything else of the stand-in (only a name read afterwards does)
        cli.__path__ = [os.path.join(folder, "cli") for folder in spec.submodule_search_locations]
        info = _StandIn(_INFO)
        info.info = _info
        sys.modules[_CLI] = cli
        sys.modules[_INFO] = info
        try:
            import spacy
        except BaseException:
            for name in (_INFO, _CLI):
                if isinstance(sys.modules.get(name), _StandIn):
                    del sys.modules[name]
            raise
        spacy.cli = cli
        return spacy
    import spacy

    return spacy
