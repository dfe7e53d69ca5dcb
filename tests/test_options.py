"""Rules as data: every rule file loads strictly against its kind's typed option schema, and
a misspelt, wrongly typed or out-of-range option (in a rule file or in a user's
``[rules.<id>]`` table) is one clear error naming the file and the key."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from plainlint import engine, resources
from plainlint.api import check_text
from plainlint.config import Config
from plainlint.errors import RuleFileError
from plainlint.kinds import KINDS

RULES = resources.rules_dir()


def test_every_rule_file_loads_strictly():
    files = sorted(RULES.glob("*.toml"))
    assert len(files) >= 12
    for path in files:
        rule = engine.load_rule(path)
        schema = KINDS[rule.kind].options
        # every option the kind declares is there (the rule file's value or the default) ...
        assert set(rule.options) == {o.name for o in schema}, path.name
        # ... and of the declared type and range
        for option in schema:
            value = rule.options[option.name]
            if value is None:  # an optional limit left unset
                assert option.default is None, (path.name, option.name)
                continue
            assert option.problem(value) is None, (path.name, option.name)


def test_every_kind_is_used_and_documented():
    # the general kinds without a shipped rule have worked examples in docs/writing-rules.md,
    # run by test_general_kinds.py
    used = {engine.load_rule(p).kind for p in RULES.glob("*.toml")}
    assert used | {"existence", "conditional"} == set(KINDS)
    for kind in KINDS.values():
        assert kind.doc and all(o.doc for o in kind.options)


def _rule_copy(tmp_path: Path, name: str, edit) -> Path:
    text = (RULES / f"{name}.toml").read_text(encoding="utf-8")
    new = edit(text)
    assert new != text
    path = tmp_path / f"{name}.toml"
    path.write_text(new, encoding="utf-8")
    return path


@pytest.mark.parametrize("edit, expected", [
    (lambda t: t.replace("max-words = 25", "max-word = 25"),
     r"long-sentence\.toml: options: unknown option 'max-word' \(did you mean 'max-words'\?\)"),
    (lambda t: t.replace("max-words = 25", "max-words = 'twenty-five'"),
     r"long-sentence\.toml: options\.max-words must be a whole number of at least 1, not a string"),
    (lambda t: t.replace("max-words = 25", "max-words = 0"),
     r"long-sentence\.toml: options\.max-words must be a whole number of at least 1, not 0"),
    (lambda t: t.replace("max-words = 25", ""),
     r"long-sentence\.toml: options: a metric rule needs max-words or max-sentences"),
])
def test_a_bad_option_in_a_rule_file_names_the_file_and_the_key(tmp_path, edit, expected):
    path = _rule_copy(tmp_path, "long-sentence", edit)
    with pytest.raises(RuleFileError) as e:
        engine.load_rule(path)
    assert re.search(expected, str(e.value)), str(e.value)
    assert str(path) in str(e.value)


def test_a_bad_option_in_an_example_names_the_example(tmp_path):
    path = _rule_copy(tmp_path, "long-sentence",
                      lambda t: t.replace("options = { min-words = 10 }", "options = { min-words = 10 }", 1)
                      + '\n[[must-fire]]\ntext = "x"\noptions = { max-wrds = 3 }\n')
    with pytest.raises(RuleFileError) as e:
        engine.load_rule(path)
    assert "must-fire" in str(e.value) and "unknown option 'max-wrds'" in str(e.value)


def test_choices_are_checked(tmp_path):
    path = _rule_copy(tmp_path, "acronym-undefined",
                      lambda t: t.replace('glossary-severity = "suggestion"', 'glossary-severity = "advice"'))
    with pytest.raises(RuleFileError) as e:
        engine.load_rule(path)
    assert "options.glossary-severity must be one of 'suggestion', 'warning', 'error', not 'advice'" in str(e.value)


@pytest.mark.parametrize("table, expected", [
    ("max-word = 30", "rules.long-sentence: unknown option 'max-word' (did you mean 'max-words'?)"),
    ("max-words = 'thirty'", "rules.long-sentence.max-words must be a whole number of at least 1, not a string"),
    ("max-words = 0", "rules.long-sentence.max-words must be a whole number of at least 1, not 0"),
    ("error-words = true", "rules.long-sentence.error-words must be a whole number of at least 1, not true/false"),
])
def test_a_bad_option_in_a_user_config_is_one_error_and_exit_2(tmp_path, run_cli, table, expected):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text(f"[rules.long-sentence]\n{table}\n", encoding="utf-8")
    doc = tmp_path / "a.md"
    doc.write_text("We will meet residents in every town.\n", encoding="utf-8")
    code, out, err = run_cli("check", doc, "--config", cfg)
    assert code == 2, (out, err)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and expected in lines[0] and str(cfg) in lines[0], err
    assert "KeyError" not in err and "Traceback" not in err


def test_a_user_override_reaches_the_check(tmp_path, run_cli):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text("[rules.long-sentence]\nmax-words = 5\n", encoding="utf-8")
    doc = tmp_path / "a.md"
    doc.write_text("We will meet the residents of every town in the county.\n", encoding="utf-8")
    code, out, err = run_cli("check", doc, "--config", cfg, "--select", "long-sentence")
    assert code == 1 and "aim for 5 or fewer" in out, (out, err)


# -- scopes: filtered once, in the engine, for every kind -------------------------------------

MD = "# In order to plan\n\nIn order to apply, fill in the form.\n\n- In order to help, ring us.\n"


def _run(scopes):
    """wordy-phrase findings in MD, with the rule's ``scopes`` set to ``scopes``."""
    from plainlint.analysis import analyse
    from plainlint.extract import extract

    rule = dataclasses.replace(engine.all_rules()["wordy-phrase"], scopes=scopes)
    eng = engine.Engine(Config(select=["wordy-phrase"]))
    eng.rules = [rule]
    eng.scopes = {rule.id: frozenset(scopes)} if scopes else {}
    found = eng.run(analyse(extract(MD.encode("utf-8"), "x.md")))
    return [f.location.kind for f in found if f.rule == "wordy-phrase"]


def test_scopes_filter_findings_in_the_engine():
    assert _run(None) == ["heading", "paragraph", "list-item"]
    assert _run(["list-item"]) == ["list-item"]
    assert _run(["heading", "paragraph"]) == ["heading", "paragraph"]


def test_scopes_come_from_the_rule_file(tmp_path):
    # (the shipped file has its own scopes, every kind but "furniture": replaced here)
    path = _rule_copy(tmp_path, "wordy-phrase", lambda t: "\n".join(
        'scopes = ["list-item"]' if line.startswith("scopes = ") else line for line in t.split("\n")))
    assert engine.load_rule(path).scopes == ["list-item"]


# -- extension: a new word-list rule is one TOML file (plus its word list), no code -----------


def test_a_new_word_list_rule_is_data_only(tmp_path, monkeypatch):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    words = tmp_path / "wordlists"
    shutil.copytree(resources.wordlists_dir(), words)
    (words / "house-style.toml").write_text(
        '[[entry]]\nphrase = "e-mail"\nalternatives = ["email"]\nsource = "our house style"\n', encoding="utf-8")
    (rules / "house-style.toml").write_text('''id = "house-style"
category = "plain-words"
severity = "suggestion"
kind = "substitution"
summary = "Our house spellings."
message = "Write '{suggestion}' in our house style."
why = "One spelling throughout reads better."
sources = ["our house style"]
must-fire = [{ text = "Send us an e-mail.", span = "e-mail", suggestion = "email" }]
must-not-fire = ["Send us an email."]

[options]
wordlist = "house-style.toml"
''', encoding="utf-8")
    monkeypatch.setattr(resources, "rules_dir", lambda: rules)
    monkeypatch.setattr(resources, "wordlists_dir", lambda: words)
    monkeypatch.setattr(engine, "_rules_cache", None)
    rule = engine.all_rules()["house-style"]
    result = check_text(rule.must_fire[0].text, Config(select=["house-style"]))
    assert [(f.rule, f.text, f.suggestions) for f in result.findings] == [("house-style", "e-mail", ["email"])]
    assert check_text(rule.must_not_fire[0].text, Config(select=["house-style"])).findings == []
