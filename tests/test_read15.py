"""Set PP's wrong readability findings (session 22, brief read15): the reading-age message quoted as a
'hardest sentence' a label with a fragment after it ('Reason for Decision: to offer ...', re18) and a
heading joined to a verbless list item by a dash ('Dedicated Focus – Improving access ...', re20).
It now quotes only sentences: after a run-in label or heading, the words must stand as a sentence of
their own. Every sentence here is our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config

# a real, hard sentence that should be named whatever comes before it
_REAL = ("Members considered that the proposed reorganisation of neighbourhood administrative arrangements "
         "would necessitate considerable additional investment in organisational development.")


def _message(first: str) -> str:
    cfg = Config(select=["reading-age"])
    cfg.min_severity = "suggestion"
    cfg.rule_options["reading-age"] = {"min-words": 20}
    r = check_text(" ".join([first, _REAL, "The panel met in May."]), cfg, fmt="text", name="example.txt")
    [f] = [f for f in r.findings if f.rule == "reading-age"]
    return f.message


@pytest.mark.parametrize("fragment", [
    # a form's label, then an infinitive of purpose: no sentence
    "Reason for Decision: to provide sustainable organisational stability to independent community "
    "associations throughout the authority and to encourage additional neighbourhood participation.",
    "Purpose of Report: To authorise expenditure on environmental improvements to municipal recreational "
    "facilities, including the rehabilitation of deteriorating infrastructure.",
    "REASON – To enable the authority to discharge its statutory responsibilities concerning "
    "environmental regulation and administrative accountability.",
    "Reason: In order to investigate how the organisation could facilitate collaborative "
    "environmental initiatives across the neighbourhood partnerships.",
    # a heading joined by a dash to a list item with no subject and verb
    "Specialist Focus – Improving accessibility and rehabilitation for individuals with complicated "
    "psychological conditions requiring intensive therapeutic intervention.",
    "Early Identification – recognition of individuals who were particularly vulnerable to developing "
    "complicated psychological conditions.",
    "Community-based support – reorganising the administration of individualised arrangements, to "
    "encourage imaginative, personalised opportunities.",
    "Equipment Replacement – whether the additional allocation of £2.4m was sufficient considering "
    "previous organisational difficulties.",
])
def test_a_label_or_heading_before_a_fragment_is_not_quoted(fragment):
    message = _message(fragment)
    assert "'Members considered" in message, message
    assert fragment[:20] not in message, message


@pytest.mark.parametrize("sentence", [
    # a label, then a sentence with its subject and verb: the writer's sentence, quoted
    "Recommendation: The committee is requested to consider the administrative implications of the "
    "proposed reorganisation of environmental services.",
    "Note: Councillor Adeyemi declared a personal interest, as she volunteers for an organisation "
    "providing community transportation facilities.",
    "Transport - AB reported that the municipal transportation contractor had experienced considerable "
    "operational difficulties during the autumn.",
    # a note's clause, its subject left out (readers called these quoted useful, set PP re05)
    "Improved collaboration: Established a comprehensive regional community of practice for "
    "pharmacists supporting individuals with disabilities.",
    # a note's sentence, its article left out: a verb of its own
    "Councillor Petrova – respiratory illness remains the predominant cause of hospitalisation, "
    "particularly amongst economically disadvantaged communities.",
    # a purpose, then a clause of its own after the comma
    "Eligibility: To qualify for the discretionary contribution, organisations must demonstrate "
    "considerable community participation and administrative accountability.",
    # the words before the colon are a clause, not a label: a sentence that leads into a list
    "Regional standards for urgent treatment included: remaining accessible throughout the evening, "
    "accommodating unscheduled appointments and coordinating rehabilitation.",
    # a post, not a label: the subject of the sentence
    "The Service Manager – Environmental Regulation highlighted that the organisation had identified "
    "considerable administrative inconsistencies.",
])
def test_a_label_or_heading_before_a_sentence_is_still_quoted(sentence):
    message = _message(sentence)
    assert sentence[:20] in message, message


# --- a purpose on a line of its own, its label a heading above it: the same fragment without 'Reason:'
@pytest.mark.parametrize("fragment", [
    "To secure the committee's endorsement of the reorganised neighbourhood administrative arrangements.",
    "To provide independent community associations with sustainable organisational stability.",
    "In order to investigate whether the organisation could facilitate collaborative environmental initiatives.",
    "To ensure the authority can effectively, efficiently and consistently administer environmental regulation.",
    "To ensure considerable organisational improvements are implemented immediately.",
])
def test_a_purpose_on_its_own_line_is_not_quoted(fragment):
    message = _message(fragment)
    assert "'Members considered" in message, message
    assert fragment[:20] not in message, message


@pytest.mark.parametrize("sentence", [
    # a purpose, then the main clause after a comma
    "To ensure the reorganisation reflects local priorities, the authority commissioned considerable "
    "independent consultation.",
    "To date, additional investment of approximately £4 million has supported organisational development.",
    # a purpose, then the main clause's subject pronoun
    "In order to administer the arrangements effectively we rely on considerable collaboration.",
    "To be considered eligible you must demonstrate considerable organisational accountability.",
    # an instruction after the purpose
    "To arrange an administrative appointment electronically please telephone the organisational helpline.",
    # a question
    "To what extent would the reorganisation necessitate additional administrative investment?",
])
def test_a_sentence_that_opens_with_a_purpose_is_still_quoted(sentence):
    message = _message(sentence)
    assert sentence[:20] in message, message


def test_with_no_sentence_to_name_the_reading_age_says_so_and_is_a_suggestion():
    # every hard line a decision's wording or a purpose: nothing for the writer to rewrite
    text = " ".join([
        "That the environmental administration arrangements be approved with immediate organisational effect.",
        "That authority be delegated to the Director of Environmental Regulation to finalise the documentation.",
        "To ensure the authority can effectively administer environmental regulation throughout the municipality.",
        "The panel met.",
    ])
    cfg = Config(select=["reading-age"])
    cfg.min_severity = "suggestion"
    cfg.rule_options["reading-age"] = {"min-words": 20}
    [f] = [f for f in check_text(text, cfg, fmt="text", name="example.txt").findings if f.rule == "reading-age"]
    assert f.severity == "suggestion", f.message
    assert "Start with" not in f.message and "none to rewrite" in f.message, f.message
