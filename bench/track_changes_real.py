"""``plainlint annotate --track-changes`` on real Word documents from ../shared/corpus/real.

For each document: the tracked changes (safe fixes) and comments made, the findings that
could not be given a comment, and three checks of the copy: with every change accepted
(w:ins kept, w:del dropped, in the XML) it reads as the draft with the fixes made; with
every change rejected it reads as the draft; and, with ``--libreoffice``, LibreOffice
converts it (it opens).

    python bench/track_changes_real.py                 # the five documents named below
    python bench/track_changes_real.py --libreoffice   # and convert each copy with LibreOffice
    python bench/track_changes_real.py PATH.docx ...   # other documents

The documents are read from ../shared and never copied into the repository.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"
FIVE = [
    "wsx-smoking-prevalence-briefing-march-2015.docx",
    "wsx-equality-act-update-2013.docx",
    "wsx-jsna-eye-health-sight-loss-briefing.docx",
    "tna-uksiem-2024-0868-medicines-gnrh-analogues-explanatory-memorandum.docx",
    "tna-sdsiod-9780111061145-002-fairer-scotland-duty-assessment.docx",
]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STORIES = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")


def resolve(data: bytes, accept: bool) -> bytes:
    """Every tracked change in the story parts accepted (or rejected), in the XML."""
    from lxml import etree

    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in zin.namelist():
            blob = zin.read(name)
            if STORIES.fullmatch(name):
                root = etree.fromstring(blob)
                gone, kept = (("del", "moveFrom"), ("ins", "moveTo")) if accept else (("ins", "moveTo"), ("del", "moveFrom"))
                for tag in gone:
                    for el in list(root.iter(W + tag)):
                        if el.getparent().tag not in (W + "rPr", W + "trPr"):
                            el.getparent().remove(el)
                for tag in kept:
                    for el in list(root.iter(W + tag)):
                        parent = el.getparent()
                        if parent.tag in (W + "rPr", W + "trPr"):
                            continue
                        i = parent.index(el)
                        for k, child in enumerate(list(el)):
                            parent.insert(i + k, child)
                        parent.remove(el)
                if not accept:
                    for t in root.iter(W + "delText"):
                        t.tag = W + "t"
                    for mark in list(root.iter(W + "del")):
                        mark.getparent().remove(mark)
                blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            z.writestr(name, blob)
    return out.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--libreoffice", action="store_true", help="also convert each copy with LibreOffice")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from plainlint.annotate import track_changes_file
    from plainlint.config import Config
    from plainlint.extract import extract
    from plainlint.fix import apply_fixes

    paths = [Path(p) for p in args.paths] or [REAL / n for n in FIVE]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"missing: {', '.join(map(str, missing))} (../shared/corpus is needed)")
        return 2
    soffice = shutil.which("soffice") if args.libreoffice else None
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            out = Path(tmp) / (path.stem + ".plainlint.docx")
            t0 = time.perf_counter()
            o = track_changes_file(str(path), str(out), Config())
            seconds = time.perf_counter() - t0
            draft, copy = path.read_bytes(), out.read_bytes()
            doc = extract(draft, str(path), fmt="docx")
            accepted = extract(resolve(copy, True), "a.docx", fmt="docx").text == apply_fixes(doc.text, o.fixed)
            rejected = (extract(resolve(copy, False), "r.docx", fmt="docx").text
                        == extract(resolve(draft, False), "d.docx", fmt="docx").text)
            opened = ""
            if soffice:
                p = subprocess.run([soffice, f"-env:UserInstallation={Path(tmp, 'lo').as_uri()}", "--headless",
                                    "--norestore", "--convert-to", "fodt", "--outdir", tmp, str(out)],
                                   capture_output=True, timeout=600)
                opened = "yes" if (Path(tmp) / (out.stem + ".fodt")).exists() else f"no ({p.returncode})"
            by_rule: dict = {}
            for f in o.fixed:
                by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
            rows.append((path.name, len(o.result.findings), o.fixes, o.comments, len(o.skipped), accepted,
                         rejected, opened, seconds, by_rule))
    print("| document | findings | tracked changes | comments | no comment | accept all = fixed | "
          "reject all = draft | LibreOffice opens | seconds |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- | --- | ---: |")
    for name, n, fixes, comments, skipped, acc, rej, opened, secs, _ in rows:
        print(f"| {name} | {n} | {fixes} | {comments} | {skipped} | {'yes' if acc else 'NO'} | "
              f"{'yes' if rej else 'NO'} | {opened or '-'} | {secs:.1f} |")
    for name, *_, by_rule in rows:
        print(f"{name}: fixes by rule {dict(sorted(by_rule.items()))}")
    return 0 if all(r[5] and r[6] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
