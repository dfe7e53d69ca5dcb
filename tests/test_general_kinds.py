"""The general check kinds (existence, metric, conditional): every worked example in
docs/writing-rules.md is a rule file that loads strictly and whose examples hold, and a
new rule of a general kind is one TOML file (no code, no word list)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from plainlint import api, engine, resources
from plainlint.api import check_text
from plainlint.config import Config
from plainlint.errors import RuleFileError
from plainlint.kinds import KINDS

DOC = Path(__file__).resolve().parent.parent / "docs" / "writing-rules.md"


def _doc_rules() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return [b for b in re.findall(r"```toml\n(.*?)```", text, re.S) if b.startswith("id = ")]


@pytest.fixture
def rules_dir(tmp_path, monkeypatch):
    """The shipped rules copied to a folder of our own, which plainlint then loads."""
    rules = tmp_path / "rules"
    shutil.copytree(resources.rules_dir(), rules)
    monkeypatch.setattr(resources, "rules_dir", lambda: rules)
    monkeypatch.setattr(engine, "_rules_cache", None)
    monkeypatch.setattr(api, "_engines", {})
    yield rules
    engine._rules_cache = None


def _add(rules: Path, toml: str) -> engine.Rule:
    rid = re.match(r'id = "([^"]+)"', toml).group(1)
    (rules / f"{rid}.toml").write_text(toml, encoding="utf-8")
    engine._rules_cache = None
    api._engines.clear()  # engines are built once per configuration: the rules changed
    return engine.all_rules()[rid]


def _found(rule, ex):
    cfg = Config(select=[rule.id])
    if ex.options:
        cfg.rule_options[rule.id] = dict(ex.options)
    name = "example.md" if ex.format == "markdown" else "example.txt"
    result = check_text(ex.text, cfg, fmt=ex.format, name=name)
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == rule.id]


def test_the_doc_has_a_worked_example_of_each_general_kind_without_a_shipped_rule():
    kinds = {re.search(r'kind = "([^"]+)"', b).group(1) for b in _doc_rules()}
    shipped = {engine.load_rule(p).kind for p in resources.rules_dir().glob("*.toml")}
    assert {"existence", "metric", "conditional"} <= kinds
    # every kind is used by a shipped rule or by a worked example that runs here
    assert set(KINDS) <= shipped | kinds


@pytest.mark.parametrize("toml", _doc_rules(), ids=lambda t: re.match(r'id = "([^"]+)"', t).group(1))
def test_each_worked_example_is_one_file_that_works(rules_dir, toml):
    before = set(p.name for p in rules_dir.iterdir())
    rule = _add(rules_dir, toml)
    assert set(p.name for p in rules_dir.iterdir()) - before == {f"{rule.id}.toml"}  # one file
    assert rule.must_fire and rule.must_not_fire
    for ex in rule.must_fire:
        found = _found(rule, ex)
        assert found, ex.text
        if ex.spans is not None:
            assert [f.text for f in found] == ex.spans
    for ex in rule.must_not_fire:
        assert _found(rule, ex) == [], ex.text


RULE = '''id = "{id}"
category = "plain-words"
severity = "warning"
kind = "{kind}"
summary = "s"
message = "{message}"
why = "w"
sources = ["ours"]
must-fire = ["x"]
must-not-fire = ["y"]

[options]
{options}
'''


def _write(rules, kind, options, message="Found '{{text}}'.", rid="house"):
    path = rules / f"{rid}.toml"
    path.write_text(RULE.format(id=rid, kind=kind, options=options, message=message), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind, options, expected", [
    ("existence", "", "an existence rule needs tokens or a pattern"),
    ("existence", 'pattern = "(unclosed"', "pattern is not a valid regular expression"),
    ("existence", 'tokens = ["ok", 3]', "options.tokens must be a list of strings, not a list of"),
    ("existence", 'tokens = "e.g."', "options.tokens must be a list of strings, not a string"),
    ("metric", 'scope = "sentence"', "a metric rule needs max-words or max-sentences"),
    ("metric", 'scope = "sentence"\nmax-words = 20\nmax-sentences = 2', "max-sentences has no meaning"),
    ("metric", 'scope = "page"\nmax-words = 20', "options.scope must be one of 'sentence'"),
    ("metric", 'scope = "section"\nmax-words = 20\nadvice = "split-sentence"', "is for scope 'sentence'"),
    ("metric", 'max-words = 20', "missing option 'scope'"),
    ("conditional", 'term = "x"', "missing option 'definition'"),
    ("conditional", 'term = "x"\ndefinition = "[a-"', "definition is not a valid regular expression"),
])
def test_a_bad_general_rule_is_one_error_naming_the_file(tmp_path, kind, options, expected):
    path = _write(tmp_path, kind, options)
    with pytest.raises(RuleFileError) as e:
        engine.load_rule(path)
    assert str(path) in str(e.value) and expected in str(e.value), str(e.value)


def test_the_old_length_kinds_say_what_they_are_now(tmp_path):
    path = _write(tmp_path, "sentence-length", "max-words = 20")
    with pytest.raises(RuleFileError) as e:
        engine.load_rule(path)
    assert "kind 'sentence-length' is now kind \"metric\" with scope = \"sentence\"" in str(e.value)


def test_a_fixed_option_is_not_a_user_setting(tmp_path, run_cli):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text('[rules.long-sentence]\nscope = "paragraph"\n', encoding="utf-8")
    doc = tmp_path / "a.md"
    doc.write_text("We will meet residents.\n", encoding="utf-8")
    code, out, err = run_cli("check", doc, "--config", cfg)
    assert code == 2 and "rules.long-sentence.scope is part of the rule's definition" in err, err


def test_existence_matches_whole_words_in_any_case_and_across_spaces(rules_dir):
    _add(rules_dir, RULE.format(id="house", kind="existence", message="Cut '{text}'.",
                                       options='tokens = ["going forward", "etc."]'))
    cfg = Config(select=["house"])
    r = check_text("Going  forward we will act. Ongoing forwarding etc. is fine.", cfg)
    assert [(f.text, f.message, f.suggestions) for f in r.findings] == [
        ("Going  forward", "Cut 'Going  forward'.", []), ("etc.", "Cut 'etc.'.", [])]


def test_existence_pattern_and_case(rules_dir):
    _add(rules_dir, RULE.format(id="house", kind="existence", message="'{text}'",
                                options='pattern = "\\\\bTBC\\\\b"\nignore-case = false'))
    r = check_text("The date is TBC. The tbc column is empty.", Config(select=["house"]))
    assert [f.text for f in r.findings] == ["TBC"]


def test_metric_over_a_document_and_paragraph_by_words(rules_dir):
    _add(rules_dir, RULE.format(id="house", kind="metric", message="{words} words, {sentences} sentences",
                                options='scope = "document"\nmax-sentences = 2'))
    r = check_text("One is here. Two is here. Three is here.", Config(select=["house"]))
    assert [(f.message, f.document_level, f.start) for f in r.findings] == [("9 words, 3 sentences", True, 0)]
    assert check_text("One is here. Two is here.", Config(select=["house"])).findings == []


def test_metric_grades_by_words(rules_dir):
    _add(rules_dir, RULE.format(id="house", kind="metric", message="{words} over {max_words}.",
                                options='scope = "paragraph"\nmax-words = 5\nwarning-words = 8\n'
                                        'error-words = 10\nerror-note = "Over {error_words}."'))
    cfg = Config(select=["house"])
    six = check_text("We will meet the residents here.", cfg).findings
    nine = check_text("We will meet all the residents here every week.", cfg).findings
    eleven = check_text("We will meet all the residents of every town each week.", cfg).findings
    assert [(f.severity, f.message) for f in six] == [("suggestion", "6 over 5.")]
    assert [(f.severity, f.message) for f in nine] == [("warning", "9 over 5.")]
    assert [(f.severity, f.message) for f in eleven] == [("error", "11 over 5. Over 10.")]


def test_conditional_reports_the_first_use_before_a_definition_once(rules_dir):
    _add(rules_dir, RULE.format(
        id="house", kind="conditional", message="Define '{term}' before '{text}'.",
        options="term = '\\b([A-Z]{3})\\b'\ndefinition = '\\(([A-Z]{3})\\)'\nexceptions = [\"NHS\"]"))
    text = "The ICB met. The ICB agreed. The Integrated Care Board (ICB) pays. The NHS helps. The PCN met."
    r = check_text(text, Config(select=["house"]))
    assert [(f.text, f.message) for f in r.findings] == [
        ("ICB", "Define 'ICB' before 'ICB'."), ("PCN", "Define 'PCN' before 'PCN'.")]
    # a user's exceptions reach the check
    cfg = Config(select=["house"], rule_options={"house": {"exceptions": ["PCN", "ICB", "NHS"]}})
    assert check_text(text, cfg).findings == []
