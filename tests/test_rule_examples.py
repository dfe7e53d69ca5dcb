"""Every example in every rule file runs as a test: must-fire texts fire (with the spans,
suggestions and severity given), must-not-fire texts stay quiet. A meta-test fails any rule
without at least one example each way."""

import pytest

from plainlint.api import check_text
from plainlint.config import Config
from plainlint.engine import all_rules

RULES = all_rules()


def _cases(kind):
    for rule in RULES.values():
        examples = rule.must_fire if kind == "fire" else rule.must_not_fire
        for i, ex in enumerate(examples):
            yield pytest.param(rule, ex, id=f"{rule.id}-{kind}-{i}")


def _run(rule, ex):
    cfg = Config(select=[rule.id])
    for k, v in ex.options.items():
        cfg.rule_options.setdefault(rule.id, {})[k] = v
    fmt = ex.format
    name = "example.md" if fmt == "markdown" else "example.txt"
    result = check_text(ex.text, cfg, fmt=fmt, name=name)
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == rule.id]


@pytest.mark.parametrize("rule,ex", list(_cases("fire")))
def test_must_fire(rule, ex):
    found = _run(rule, ex)
    assert found, f"{rule.id} did not fire on: {ex.text!r}"
    if ex.spans is not None:
        assert [f.text for f in found] == ex.spans, f"spans {[f.text for f in found]} != {ex.spans}"
    if ex.count is not None:
        assert len(found) == ex.count
    if ex.severity is not None:
        assert found[0].severity == ex.severity, (found[0].severity, found[0].message)
    if ex.suggestion is not None:
        assert found[0].suggestions and found[0].suggestions[0] == ex.suggestion, found[0].suggestions


@pytest.mark.parametrize("rule,ex", list(_cases("quiet")))
def test_must_not_fire(rule, ex):
    found = _run(rule, ex)
    assert not found, f"{rule.id} fired on {ex.text!r}: {[(f.text, f.message) for f in found]}"


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_every_rule_has_examples_both_ways(rule):
    assert rule.must_fire, f"{rule.id} has no must-fire example"
    assert rule.must_not_fire, f"{rule.id} has no must-not-fire example"
