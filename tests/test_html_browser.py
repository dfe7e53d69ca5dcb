"""The HTML report in a real headless Chromium (Debian's package).

Chromium is a system program: ``.ci/run`` installs it (apt-get, where it may); the tests
never install anything and skip cleanly where it is absent. It checks that the page's own
script runs (the category filters work, including ``?hide=``), that a ``<script>`` in a
document shows as text and never runs, and that the page renders (a screenshot that is
not blank).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PAYLOAD = ('Plan <script>document.title="pwned";document.body.innerHTML="PWNED"</script> for 2025\n\n'
           "In order to improve health outcomes going forward, we will utilise a holistic approach.\n\n"
           "The plan, which was written over many months by officers from every department, partners in "
           "the voluntary sector and residents who took part in every session, is long.\n\n"
           'We will talk to residents & "friends" <img src=x onerror="document.title=\'img\'">.\n')


def _find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def chromium():
    path = _find_chromium()
    if path is None:
        pytest.skip("Chromium is not installed (.ci/run installs it from the system packages)")
    return path


def _run(chromium, tmp_path, *args, url):
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
           f"--user-data-dir={profile}", *args, url]
    p = subprocess.run(cmd, capture_output=True, timeout=120, cwd=tmp_path)
    return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    doc = folder / "draft <i>1<i> & co.txt"  # markup in a file name, shown as text
    doc.write_text(PAYLOAD, encoding="utf-8")
    out = folder / "report.html"
    from plainlint.api import lint_file
    from plainlint.config import Config
    from plainlint.engine import all_rules
    from plainlint.report import render

    cfg = Config()
    cfg.select = ["plain-words", "readability"]
    result = lint_file(str(doc), cfg, keep_text=True)
    assert result.error is None, result.error
    assert any(f.category == "plain-words" for f in result.findings)
    assert any(f.category == "readability" for f in result.findings)
    out.write_text(render("html", [result], all_rules(), {}), encoding="utf-8")
    return out


def test_script_in_a_document_shows_as_text_and_never_runs(chromium, report, tmp_path):
    dom, err = _run(chromium, tmp_path, "--dump-dom", url=report.as_uri())
    assert "<html" in dom, err[-2000:]
    assert "<title>plainlint report</title>" in dom  # not "pwned" or "img"
    assert "PWNED</body>" not in dom and re.search(r"<body[^>]*>\s*PWNED", dom) is None
    assert '&lt;script&gt;document.title="pwned"' in dom  # shown as text
    assert "<img" not in dom
    # our own script did run: it marks the body and the filters are live
    body = re.search(r"<body([^>]*)>", dom).group(1)
    assert "js" in body.split('"')[1].split()
    assert dom.count("<script>") == 1


def test_filters_hide_a_category(chromium, report, tmp_path):
    dom, err = _run(chromium, tmp_path, "--dump-dom", url=report.as_uri() + "?hide=plain-words")
    body = re.search(r'<body class="([^"]*)"', dom)
    assert body, err[-2000:]
    classes = body.group(1).split()
    assert "hide-plain-words" in classes and "hide-readability" not in classes
    boxes = dict(re.findall(r'<input type="checkbox" data-cat="([^"]+)"( checked="")?', dom))
    assert set(boxes) == {"plain-words", "acronyms", "readability", "co-production"}


def _png_info(path: Path):
    """(width, height, distinct byte values in the decoded image data): enough to say 'not blank'."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    idat = b""
    width = height = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    return width, height, len(set(raw[: 2_000_000]))


def test_screenshot_renders(chromium, report, tmp_path):
    shot = tmp_path / "report.png"
    _, err = _run(chromium, tmp_path, "--window-size=1280,1400", f"--screenshot={shot}", url=report.as_uri())
    assert shot.exists(), err[-2000:]
    width, height, distinct = _png_info(shot)
    assert (width, height) == (1280, 1400)
    assert distinct > 20  # highlights, text and borders, not a blank page
    keep = os.environ.get("PLAINLINT_KEEP_SCREENSHOT")
    if keep:  # for a person to look at: PLAINLINT_KEEP_SCREENSHOT=/tmp/report.png pytest ...
        shutil.copy(shot, keep)
