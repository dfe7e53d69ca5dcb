import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def pytest_configure(config):
    """The suite keeps its compiled-pattern store (plainlint/pattern_store.py) in a folder of its
    own, so a test run never writes into the user's cache folder and never depends on what an
    earlier run left there. Subprocesses the tests start inherit it."""
    import tempfile

    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="plainlint-test-cache-")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite the expected reporter outputs in tests/golden/ from the current code.")


@pytest.fixture
def golden(request):
    """Compare text with tests/golden/NAME, or rewrite that file with --update-golden."""
    update = request.config.getoption("--update-golden")

    def check(name: str, actual: str) -> None:
        path = ROOT / "tests" / "golden" / name
        if update or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8", newline="")
            if not update:
                pytest.fail(f"{path} did not exist; written now: review it, then run again")
            return
        expected = path.read_bytes().decode("utf-8")
        assert actual == expected, (f"output differs from tests/golden/{name}; if the change is "
                                    "wanted, run pytest --update-golden and review the diff")

    return check


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "corpus" in item.keywords and not CORPUS.is_dir():
            item.add_marker(pytest.mark.skip(reason="../shared/corpus is absent (a fresh clone)"))


@pytest.fixture
def run_cli():
    """Run the installed CLI in a subprocess: (exit code, stdout, stderr)."""

    def run(*args, input=None, cwd=None, env=None):
        e = dict(os.environ)
        e.pop("FORCE_COLOR", None)
        if env:
            e.update(env)
        from faults import command  # through tests/faults.py when env asks for a test-only fault

        p = subprocess.run([*command(e), *map(str, args)], input=input,
                           capture_output=True, cwd=cwd, env=e, timeout=300)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    return run


@pytest.fixture
def lint():
    """Check a string (text or Markdown) in-process and return the FileResult."""
    from plainlint.api import check_text
    from plainlint.config import Config

    def run(text, fmt="text", **config):
        cfg = Config()
        for k, v in config.items():
            setattr(cfg, k, v)
        return check_text(text, cfg, fmt=fmt, name="example.md" if fmt == "markdown" else "example.txt")

    return run
