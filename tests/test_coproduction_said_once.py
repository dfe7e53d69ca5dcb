"""co-production-unevidenced as a suggestion on the same words as a consultation-as-co-production
finding says the same thing twice: only the consultation finding is kept (set UV, U-041). A
warning (work reported, no signs shown) stays beside it, and a suggestion on a claim no
consultation finding names stays too."""

from plainlint.api import check_text
from plainlint.config import Config

RULES = ["consultation-as-co-production", "co-production-unevidenced"]


def _found(text):
    result = check_text(text, Config(select=RULES), fmt="text", name="t.txt")
    assert result.error is None
    return sorted((f.rule, f.severity, f.text) for f in result.findings)


def test_a_suggestion_on_the_same_claim_is_not_repeated():
    text = ("Families first gave their views in an online survey. We then worked with the lead "
            "officers and partner groups to help co-design a new model of care.")
    found = _found(text)
    assert ("consultation-as-co-production", "suggestion", "co-design") in found
    assert not any(rule == "co-production-unevidenced" for rule, _, _ in found)


def test_a_warning_on_the_same_claim_stays():
    text = "The plan was co-designed with tenants. Tenants engaged in two workshops, and officers then wrote the plan."
    found = _found(text)
    assert ("co-production-unevidenced", "warning", "co-designed") in found
    assert ("consultation-as-co-production", "suggestion", "co-designed") in found


def test_a_suggestion_with_no_consultation_finding_stays():
    text = ("We brought providers together to co-design a better service for tenants. Unsure whether "
            "partners would engage at all, we expected push-back. Week by week the partners built and "
            "tested prototypes together.")
    assert _found(text) == [("co-production-unevidenced", "suggestion", "co-design")]


def test_one_persons_account_gets_no_checklist():
    text = ("I feel lucky to be part of genuine co-design of such a big project.\n\nThe day started with a "
            "welcome from the chair. People sat at round tables and talked about the new clinic.")
    assert not any(rule == "co-production-unevidenced" for rule, _, _ in _found(text))


def test_a_numeral_or_the_organisations_voice_keeps_the_suggestion():
    for text in ("Phase I of the programme will be co-designed with tenants later this year.",
                 "I am glad to say our teams will co-design the new clinic with patients next year."):
        found = _found(text)
        assert ("co-production-unevidenced", "suggestion") in [(r, s) for r, s, _ in found], (text, found)
