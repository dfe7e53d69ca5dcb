"""Issue 15's speed shortcuts of the sixth session, each against the slow way.

- spaCy is imported without its command line (``plainlint.spacy_import``): the same tokens
  as after a plain ``import spacy``, and the command line still there, the real one, for
  whatever reads it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

_TOKENS = """
import json, sys
{first}
from plainlint.analysis import get_nlp
nlp = get_nlp()
out = []
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8", errors="replace").read()
    out.append([(t.text, t.idx, t.whitespace_, t.is_punct, t.is_space, t.like_num) for t in nlp(text)])
print(json.dumps({{"tokens": out, "typer": "typer" in sys.modules, "weasel": "weasel" in sys.modules}}))
"""


def _run(code: str, *args) -> dict:
    p = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                       check=True)
    return json.loads(p.stdout)


def test_spacy_without_its_command_line_gives_the_same_tokens():
    files = sorted(FIXTURES.glob("*.md")) + sorted(FIXTURES.glob("*.txt")) + [ROOT / "README.md"]
    shortcut = _run(_TOKENS.format(first=""), *files)
    plain = _run(_TOKENS.format(first="import spacy"), *files)  # spaCy imported as usual first
    assert shortcut["tokens"] == plain["tokens"]
    assert sum(map(len, plain["tokens"])) > 10_000
    # and the command line was left out (what the shortcut is for), where the plain import has it
    assert not shortcut["typer"] and not shortcut["weasel"]
    assert plain["typer"] and plain["weasel"]


def test_the_command_line_plainlint_does_not_import():
    """A check from the command line never imports spaCy's command line (typer, weasel)."""
    code = ("import runpy, sys\n"
            "sys.argv = ['plainlint', 'check', '--isolated', '--no-cache', sys.argv[1]]\n"
            "try:\n    runpy.run_module('plainlint', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('typer' in sys.modules, 'weasel' in sys.modules, 'spacy' in sys.modules, file=sys.stderr)\n")
    p = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "sample.md")], capture_output=True, text=True)
    assert p.stderr.strip().splitlines()[-1] == "False False True", p.stderr[-2000:]


def test_spacy_command_line_is_the_real_one_when_read():
    code = """
import sys
from plainlint.spacy_import import import_spacy
spacy = import_spacy()
assert "typer" not in sys.modules
# an attribute of spacy.cli: the real command line is imported and put in its place
download = spacy.cli.download
assert download is sys.modules["spacy.cli.download"].download
assert type(sys.modules["spacy.cli"]).__name__ == "module" and spacy.cli is sys.modules["spacy.cli"]
assert "typer" in sys.modules
# spacy.info, the one name spaCy's own __init__ takes from it, works as spaCy's does
info = spacy.info(silent=True)
assert info["spacy_version"] == spacy.__version__
from spacy.cli import info as real_info
from spacy.cli.info import info as real_info_too
assert real_info is real_info_too and real_info.__module__ == "spacy.cli.info"
print("ok")
"""
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "ok\n"


def test_spacy_submodule_of_its_command_line_imports_first():
    """``import spacy.cli.train`` before anything else reads spacy.cli: the real package is
    imported (through its ``__path__``), and the submodule with it."""
    code = """
import sys
from plainlint.spacy_import import import_spacy
spacy = import_spacy()
import spacy.cli.train
from spacy.cli import train_cli
assert sys.modules["spacy.cli.train"].train_cli is train_cli
assert spacy.cli is sys.modules["spacy.cli"] and hasattr(spacy.cli, "setup_cli")
print("ok")
"""
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "ok\n"
