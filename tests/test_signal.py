"""Signal (issue 17): severities shown, profiles, repeats folded, the plain-English score,
--min-score and "fix these first"."""

from __future__ import annotations

import csv
import io
import json
import math

import pytest

from plainlint import score as S

# A draft with something of every severity: a 44-word sentence (error), jargon repeated
# three times (warnings, folded in the text view) and passives (suggestions).
DRAFT = """# Plan

We will utilise the grant. The grant was agreed by the board. Officers will
utilise the new money in every ward. The plan was approved in March.

The number of people providing unpaid care in the county has grown every year since the
last census, and many of them are older people looking after a partner, which means the
council must plan for more support and more respite in every district and town.

Staff will utilise the guidance.
"""


# our own words: with them the draft has over 100 words of prose, enough for a reading age
# (the reading-age rule's min-words); the draft alone is too short to rate
MORE = """
The council will also review how carers can find help quickly, and it will ask carers, their
families and local groups what works well now and what should change before the next budget.
"""


@pytest.fixture
def long_draft(tmp_path):
    p = tmp_path / "long-draft.md"
    p.write_text(DRAFT + MORE, encoding="utf-8")
    return p


@pytest.fixture
def cli():
    from click.testing import CliRunner

    from plainlint.cli import main

    def run(*args, input=None):
        result = CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return run


@pytest.fixture
def draft(tmp_path):
    p = tmp_path / "draft.md"
    p.write_text(DRAFT, encoding="utf-8")
    return p


def _json(cli, *args):
    code, out, err = cli("check", *args, "--format", "json", "--isolated")
    return code, json.loads(out)


# ---------------------------------------------------------------------------------------
# The score's formula


def test_score_formula_parts_by_hand():
    i = S.Inputs(words=2000, sentences=100, reading_age=17, target=14, long_sentences=20, acronyms=16,
                 findings={"error": 2, "warning": 10, "suggestion": 20})
    s = S.compute(i)

    def ease(raw, cap):
        return cap * (1 - math.exp(-raw / cap))

    reading = ease(4 * 3, 30)  # 3 years over the target
    long_ = ease(0.5 * 20, 25)  # 20% of sentences
    findings = ease(3 * 1 + 1 * 5 + 0.2 * 10, 30)  # per 1,000 words: 1 error, 5 warnings, 10 suggestions
    acronyms = ease(2 * (8 - 5), 15)  # 8 different acronyms per 1,000 words, 5 free
    assert s["parts"] == {"reading_age": round(reading, 1), "long_sentences": round(long_, 1),
                          "findings": round(findings, 1), "acronyms": round(acronyms, 1)}
    assert s["value"] == round(100 - reading - long_ - findings - acronyms)
    assert s["measured"] == ["reading_age", "long_sentences", "findings", "acronyms"]
    assert s["findings_per_1000_words"] == {"error": 1.0, "warning": 5.0, "suggestion": 10.0}


def test_score_bounds_and_monotone():
    perfect = S.compute(S.Inputs(words=1000, sentences=50, reading_age=12, target=14, long_sentences=0,
                                 acronyms=0, findings={}))
    assert perfect["value"] == 100 and perfect["parts"] == {"reading_age": 0, "long_sentences": 0,
                                                              "findings": 0, "acronyms": 0}
    awful = S.compute(S.Inputs(words=1000, sentences=10, reading_age=40, target=9, long_sentences=10,
                               acronyms=200, findings={"error": 500}))
    assert 0 <= awful["value"] <= 5  # every part near its cap; the caps add up to 100
    assert S.READING_AGE_CAP + S.LONG_CAP + S.FINDINGS_CAP + S.ACRONYM_CAP == 100
    # one fewer finding always raises the score, however bad the document is
    worse = S.compute(S.Inputs(words=1000, sentences=10, findings={"warning": 200}))["parts"]["findings"]
    better = S.compute(S.Inputs(words=1000, sentences=10, findings={"warning": 199}))["parts"]["findings"]
    assert better <= worse and S._ease(200, 30) > S._ease(199, 30)


def test_score_parts_not_measured_cost_nothing():
    s = S.compute(S.Inputs(words=500, sentences=20, findings={"warning": 5}))
    assert s["measured"] == ["findings"] and set(s["parts"]) == {"findings"}


def test_short_texts_are_rated_over_at_least_300_words():
    short = S.compute(S.Inputs(words=30, sentences=2, findings={"warning": 1}, acronyms=1))
    assert short["findings_per_1000_words"]["warning"] == pytest.approx(1000 / 300, abs=0.1)
    assert short["parts"]["acronyms"] == 0  # one acronym in a note is not density


def test_document_score_in_json_and_sections(cli, draft, long_draft):
    _c, short = _json(cli, draft)
    assert "reading_age" not in short["files"][0]["score"]["measured"]  # under min-words: not rated
    code, data = _json(cli, long_draft)
    f = data["files"][0]
    sc = f["score"]
    assert 0 <= sc["value"] <= 100
    assert set(sc["measured"]) == {"reading_age", "long_sentences", "findings", "acronyms"}
    assert sc["target_reading_age"] == 14
    # the same formula, from the figures it reports
    raw = 100 - sum(sc["parts"].values())
    assert abs(sc["value"] - raw) <= 0.6
    assert sc["sections"] and sc["sections"][0]["section"] == "Plan" and 0 <= sc["sections"][0]["score"] <= 100


def test_score_in_every_csv_row_and_for_a_clean_document(cli, draft, tmp_path):
    _c, data = _json(cli, draft)
    value = data["files"][0]["score"]["value"]
    clean = tmp_path / "clean.md"
    clean.write_text("We will use the grant to mend the roof.\n", encoding="utf-8")
    _c, out, _e = cli("check", draft, clean, "--format", "csv", "--isolated")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    mine = [r for r in rows if r["file"] == str(draft)]
    assert mine and all(r["score"] and float(r["score"]) == value for r in mine)
    # a document with no findings still has its score in the file: one row of its own
    (row,) = [r for r in rows if r["file"] == str(clean)]
    assert row["severity"] == "score" and row["rule"] == "" and 0 <= float(row["score"]) <= 100


def test_score_follows_the_profile_target(cli, long_draft):
    _c, board = _json(cli, long_draft)
    _c, public = _json(cli, long_draft, "--profile", "public")
    assert board["files"][0]["score"]["target_reading_age"] == 14
    assert public["files"][0]["score"]["target_reading_age"] == 9
    assert public["files"][0]["score"]["value"] < board["files"][0]["score"]["value"]


# ---------------------------------------------------------------------------------------
# Fix these first


def test_fix_first_ranks_by_gain(cli, draft):
    _c, data = _json(cli, draft)
    first = data["files"][0]["fix_first"]
    assert first and len(first) <= S.FIX_FIRST
    gains = [x["gain"] for x in first]
    assert gains == sorted(gains, reverse=True) and all(g > 0 for g in gains)
    # the 44-word sentence (an error and a long sentence) and the thrice-used 'utilise' lead
    top = {(x["rule"], x["text"].split()[0].lower()) for x in first[:2]}
    assert ("long-sentence", "the") in top and ("jargon", "utilise") in top
    utilise = next(x for x in first if x["text"] == "utilise")
    assert utilise["count"] == 3 and utilise["location"]["line"] == 3


def test_fix_first_in_text_and_stats(cli, draft):
    _c, out, _e = cli("check", draft, "--isolated")
    assert "plain-English score " in out and "Fix these first" in out
    assert "[jargon] 'utilise', 3 times" in out
    _c, out, _e = cli("stats", draft, "--isolated")
    assert "plain-English score" in out and "Fix these first" in out and "Score per section" in out
    _c, out, _e = cli("stats", draft, "--isolated", "--format", "json")
    f = json.loads(out)["files"][0]
    assert f["score"]["value"] >= 0 and f["fix_first"]


# ---------------------------------------------------------------------------------------
# --min-score


def test_min_score_fails_below(cli, draft, tmp_path):
    _c, data = _json(cli, draft, "--fail-on", "error", "--ignore", "long-sentence")
    value = data["files"][0]["score"]["value"]
    code, _out, err = cli("check", draft, "--isolated", "--fail-on", "error", "--ignore", "long-sentence",
                          "--min-score", value + 1)
    assert code == 1 and f"plain-English score {value} is below the minimum of {value + 1}" in err
    code, _out, err = cli("check", draft, "--isolated", "--fail-on", "error", "--ignore", "long-sentence",
                          "--min-score", value)
    assert code == 0, err
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text(f'min-score = {value + 1}\nfail-on = "error"\nignore = ["long-sentence"]\n', encoding="utf-8")
    code, _out, err = cli("check", draft, "--config", cfg)
    assert code == 1 and "below the minimum" in err
    cfg.write_text("min-score = 101\n", encoding="utf-8")
    code, _out, err = cli("check", draft, "--config", cfg)
    assert code == 2 and "'min-score' must be a number from 0 to 100" in err


# ---------------------------------------------------------------------------------------
# The lowest severity shown, in every format


def test_text_default_hides_suggestions_and_says_how_to_show_them(cli, draft):
    code, out, _e = cli("check", draft, "--isolated")
    assert code == 1
    assert "[passive-voice]" not in out and "suggestion [" not in out
    assert "[long-sentence]" in out and "[jargon]" in out
    assert out.rstrip().splitlines()[-2].endswith("not shown: --min-severity suggestion shows them.")
    code, out, _e = cli("check", draft, "--isolated", "--min-severity", "suggestion", "--repeats", "every")
    assert "[passive-voice]" in out and "not shown" not in out
    code, out, _e = cli("check", draft, "--isolated", "--min-severity", "error")
    assert "[jargon]" not in out and "[long-sentence]" in out
    assert "warnings and" in out or "warnings not shown" in out


def test_exit_code_unchanged_by_what_is_shown(cli, draft):
    # only suggestions hidden below 'error', but warnings still fail the run at fail-on warning
    code, _out, _e = cli("check", draft, "--isolated", "--min-severity", "error", "--ignore", "long-sentence")
    assert code == 1
    code, _out, _e = cli("check", draft, "--isolated", "--select", "passive-voice")
    assert code == 0  # suggestions only: below fail-on, as before


@pytest.mark.parametrize("fmt", ["json", "csv", "sarif", "github", "html"])
def test_machine_formats_carry_everything_unless_asked(cli, draft, fmt):
    code, every, _e = cli("check", draft, "--isolated", "--format", fmt)
    assert "passive-voice" in every
    code, asked, _e = cli("check", draft, "--isolated", "--format", fmt, "--min-severity", "warning")
    if fmt == "sarif":  # the rule descriptions list every rule; look at the results
        every = json.dumps(json.loads(every)["runs"][0]["results"])
        asked = json.dumps(json.loads(asked)["runs"][0]["results"])
        assert "passive-voice" in every
    assert "passive-voice" not in asked and "jargon" in asked and "long-sentence" in asked
    code, errors, _e = cli("check", draft, "--isolated", "--format", fmt, "--min-severity", "error")
    assert "jargon" not in errors.replace("plainlint jargon", "") or fmt == "sarif"
    if fmt == "sarif":  # the rule descriptions list every rule; the results do not
        results = json.loads(errors)["runs"][0]["results"]
        assert {r["ruleId"] for r in results} == {"long-sentence"}
    if fmt == "json":
        data = json.loads(asked)
        assert data["summary"]["not_shown"]["suggestion"] >= 2 and data["summary"]["min_severity"] == "warning"
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(errors.lstrip("\ufeff"))))
        assert {r["severity"] for r in rows} == {"error"}


def test_min_severity_config_key(cli, draft, tmp_path):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text('min-severity = "suggestion"\n', encoding="utf-8")
    _c, out, _e = cli("check", draft, "--config", cfg)
    assert "[passive-voice]" in out
    cfg.write_text('min-severity = "error"\n', encoding="utf-8")
    _c, out, _e = cli("check", draft, "--config", cfg, "--format", "json")
    assert {f["severity"] for f in json.loads(out)["files"][0]["findings"]} == {"error"}
    cfg.write_text('min-severity = "loud"\n', encoding="utf-8")
    code, _out, err = cli("check", draft, "--config", cfg)
    assert code == 2 and "min-severity" in err


# ---------------------------------------------------------------------------------------
# Repeats folded


def test_text_folds_repeats_with_count_and_places(cli, draft):
    _c, out, _e = cli("check", draft, "--isolated")
    lines = [ln for ln in out.splitlines() if "[jargon]" in ln and "utilise" in ln and ln.startswith(str(draft))]
    assert len(lines) == 1
    assert lines[0].startswith(f"{draft}:3:9:") and lines[0].endswith("(3 times: also lines 4 and 10)")
    assert "2 repeats of a finding on the same words folded" in out and "--repeats every" in out
    _c, out, _e = cli("check", draft, "--isolated", "--repeats", "every")
    assert len([ln for ln in out.splitlines() if "[jargon]" in ln and ln.startswith(str(draft))]) == 3
    assert "folded" not in out


def test_json_folds_only_when_asked(cli, draft):
    _c, data = _json(cli, draft)
    assert len([f for f in data["files"][0]["findings"] if f["text"] == "utilise"]) == 3
    _c, data = _json(cli, draft, "--repeats", "fold")
    (f,) = [f for f in data["files"][0]["findings"] if f["text"] == "utilise"]
    assert f["count"] == 3 and [x["line"] for x in f["other_locations"]] == [4, 10]
    assert data["summary"]["folded"] == 2


def test_folding_unit():
    from plainlint.display import DisplayOptions, other_places, visible
    from plainlint.document import Location
    from plainlint.engine import Finding

    def f(line, text="utilise", rule="jargon", sev="warning", doc=False):
        return Finding(rule=rule, category="plain-words", severity=sev, message=f"m '{text}'", start=line,
                       end=line + 1, text=text, location=Location(line=line, column=1), document_level=doc)

    fs = [f(1), f(2, "Utilise"), f(3, "use"), f(4), f(5, sev="suggestion"), f(6, doc=True), f(7, doc=True)]
    view = visible(fs, DisplayOptions(min_severity="warning", fold=True))
    assert [x.location.line for x in view.shown] == [1, 3, 6, 7]  # document-level never folded
    assert view.hidden == {"suggestion": 1} and view.folded == 2  # case and spacing aside, in the message too
    assert other_places(view.shown[0]) == "lines 2 and 4"
    assert view.shown[1].repeats is None and fs[0].repeats is None  # the input is untouched
    docx = [Finding(rule="jargon", category="plain-words", severity="warning", message="m", start=i, end=i + 1,
                    text="utilise", location=Location(page=p, paragraph=i)) for i, p in enumerate([1, 2, 2, 5])]
    shown = visible(docx, DisplayOptions(fold=True)).shown
    assert other_places(shown[0]) == "pages 2 and 5"


# ---------------------------------------------------------------------------------------
# Profiles


def test_profiles_change_thresholds_and_severities(lint):
    from plainlint.config import Config
    from plainlint.api import check_text

    text = ("We will write to every resident who lives in the area about the changes to the bins "
            "next year.\n")  # 19 words
    words_text = "We pledge to reply within a week.\n"  # 'pledge': a suggestion in its entry

    def rules(profile, t):
        cfg = Config()
        cfg.profile = profile
        return [(f.rule, f.severity) for f in check_text(t, cfg).findings]

    assert rules("board-paper", text) == [] and rules("public", text) == []  # 19 words
    longer = text.replace("next year", "early in the next year")  # 22 words
    assert rules("board-paper", longer) == []
    assert ("long-sentence", "suggestion") in rules("public", longer)  # over 20 words for residents
    longest = longer.replace("We will write", "We will write a short letter in plain English")  # 28 words
    assert ("long-sentence", "suggestion") in rules("board-paper", longest)
    assert ("long-sentence", "warning") in rules("public", longest)  # over 25: worth fixing for residents
    # stricter words: every plain-words finding at least a warning for residents
    board = dict(rules("board-paper", words_text))
    public = dict(rules("public", words_text))
    assert board["jargon"] == "suggestion" and public["jargon"] == "warning"


def test_profile_defaults_and_overrides(cli, draft, long_draft, tmp_path):
    from plainlint.display import DisplayOptions
    from plainlint.profiles import PROFILES

    assert set(PROFILES) == {"board-paper", "public", "strict"}
    assert PROFILES["board-paper"].min_severity == "warning" and PROFILES["strict"].min_severity == "suggestion"
    _c, out, _e = cli("check", draft, "--isolated", "--profile", "strict")
    assert "[passive-voice]" in out  # strict shows everything
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text('profile = "public"\n[rules.reading-age]\ntarget = 12\n', encoding="utf-8")
    _c, out, _e = cli("check", long_draft, "--config", cfg, "--format", "json")
    assert json.loads(out)["files"][0]["score"]["target_reading_age"] == 12  # the config wins over the profile
    cfg.write_text('profile = "public"\nmin-severity = "suggestion"\n', encoding="utf-8")
    _c, out, _e = cli("check", draft, "--config", cfg)
    assert "[passive-voice]" in out
    cfg.write_text('profile = "leaflet"\n', encoding="utf-8")
    code, _o, err = cli("check", draft, "--config", cfg)
    assert code == 2 and "'profile' must be one of 'board-paper', 'public', 'strict'" in err
    assert DisplayOptions.for_format("json").everything


def test_profile_changes_the_cache_key():
    from plainlint.config import Config

    a, b = Config(), Config()
    b.profile = "public"
    assert a.fingerprint() != b.fingerprint()


# ---------------------------------------------------------------------------------------
# annotate follows the same choices


def _comments(path) -> list[str]:
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        if "word/comments.xml" not in z.namelist():
            return []
        xml = z.read("word/comments.xml").decode("utf-8")
    return ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:comment .*?</w:comment>", xml, re.S)]


def test_annotate_folds_and_hides_suggestions_unless_asked(cli, tmp_path):
    import docx
    d = docx.Document()
    d.add_paragraph("We will utilise the grant this year.")
    d.add_paragraph("The plan was approved in March.")  # a passive: a suggestion
    d.add_paragraph("Officers will utilise the money in every ward.")
    d.add_paragraph("Staff will utilise the guidance.")
    draft = tmp_path / "draft.docx"
    d.save(str(draft))
    out = tmp_path / "folded.docx"
    code, stdout, err = cli("annotate", draft, "-o", out, "--isolated")
    assert code == 1, err
    comments = _comments(out)
    assert len(comments) == 1 and "The same comes 3 times in this document: also paragraphs 3 and 4." in comments[0]
    assert "2 repeats of a finding on the same words" in stdout and "--min-severity suggestion adds them" in stdout
    every = tmp_path / "every.docx"
    code, stdout, err = cli("annotate", draft, "-o", every, "--isolated", "--repeats", "every", "--min-severity",
                            "suggestion")
    assert code == 1, err
    comments = _comments(every)
    assert len(comments) == 4 and not any("The same comes" in c for c in comments)
    assert sum("passive-voice" in c for c in comments) == 1


def test_track_changes_folds_comments_and_fixes_every_place(cli, tmp_path):
    import docx
    d = docx.Document()
    d.add_paragraph("We will utilise the grant and talk to stakeholders this year.")
    d.add_paragraph("The plan was approved in March.")  # a passive: a suggestion
    d.add_paragraph("Officers will utilise the money and meet stakeholders in every ward.")
    d.add_paragraph("Staff will utilise the guidance with stakeholders.")
    draft = tmp_path / "draft.docx"
    d.save(str(draft))
    out = tmp_path / "tracked.docx"
    code, stdout, err = cli("annotate", draft, "-o", out, "--track-changes", "--isolated")
    assert code == 1, err  # 'stakeholders' is left for the writer: exit code as before
    comments = _comments(out)
    # 'utilise' -> 'use' is a safe fix, made at every place; 'stakeholders' has two
    # alternatives: one comment naming the other places; the passive (a suggestion) none
    assert "3 tracked changes and 1 comment" in stdout, stdout
    assert len(comments) == 1 and "stakeholders" in comments[0]
    assert "The same comes 3 times in this document: also paragraphs 3 and 4." in comments[0]
    assert "2 repeats of a finding" in stdout and "--min-severity suggestion adds them" in stdout
    every = tmp_path / "every.docx"
    code, stdout, err = cli("annotate", draft, "-o", every, "--track-changes", "--isolated", "--repeats", "every",
                            "--min-severity", "suggestion")
    assert code == 1, err
    comments = _comments(every)
    assert "3 tracked changes and 4 comments" in stdout, stdout
    assert sum("stakeholders" in c for c in comments) == 3 and sum("passive-voice" in c for c in comments) == 1
    assert not any("The same comes" in c for c in comments)
