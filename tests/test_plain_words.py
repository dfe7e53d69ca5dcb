"""Plain-words lists beyond the rule-file examples: a config can point a rule at another
word list (by absolute path), which is also how bench/wordlists.py times empty lists;
and the context guards added after reading corpus findings hold in whole paragraphs."""

from pathlib import Path

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _found(text, cfg):
    return [(f.rule, f.text) for f in check_text(text, cfg).findings]


def test_config_wordlist_by_absolute_path_replaces_ours(tmp_path):
    own = tmp_path / "own-jargon.toml"
    own.write_text('[meta]\nrule = "jargon"\n\n[[entry]]\nphrase = "wibble-wobble framework"\n'
                   'alternatives = ["plan"]\nsource = "plainlint"\n', encoding="utf-8")
    empty = tmp_path / "empty-wordy.toml"
    empty.write_text('[meta]\nrule = "wordy-phrase"\n', encoding="utf-8")
    text = "We will utilise wibble-wobble framework in order to help."
    cfg = Config(select=["plain-words"])
    assert set(_found(text, cfg)) == {("jargon", "utilise"), ("wordy-phrase", "in order to")}
    cfg = Config(select=["plain-words"])
    cfg.rule_options = {"jargon": {"wordlist": str(own)}, "wordy-phrase": {"wordlist": str(empty)}}
    assert _found(text, cfg) == [("jargon", "wibble-wobble framework")]


def test_statutory_ensure_left_alone_but_plain_ensure_flagged():
    cfg = Config(select=["jargon"])
    text = ("Local authorities must ensure that services co-operate. The provider shall ensure "
            "staff are trained. This strategy will ensure carers are identified early.")
    assert [t for r, t in _found(text, cfg) if t.lower() == "ensure"] == ["ensure"]


def test_things_that_reside_are_not_told_to_live():
    cfg = Config(select=["wordy-phrase"])
    assert not _found("Data which reside in the old system will be moved.", cfg)
    assert _found("Families who reside in the district can apply.", cfg) == [("wordy-phrase", "reside")]


# ---------------------------------------------------------------------------------------
# Words that are not the writer's to change: names, quotations, references


def _rules_found(text, fmt="text"):
    cfg = Config()
    cfg.select = ["plain-words", "co-production"]
    return [(f.rule, f.text) for f in check_text(text, cfg, fmt=fmt).findings]


@pytest.mark.parametrize("text", [
    "We are members of the European Federation of National Organisations Working with the Homeless.",
    "We presented the plan to the Service Users Forum in May.",
    "Roxanne Hills (Designated Nurse for Looked after Children) joined the meeting.",
    "The law defines sight impairment as ‘substantially and permanently handicapped by defective vision’.",
    "The report calls it a \u201chard to reach\u201d group, a phrase we no longer use.",
    "Fazel S, Khosla V. The prevalence of mental disorders among the homeless. PLoS Med. 2008. doi:10.1371/journal.pmed.0050225",
    "Smith J et al. Going forward: services for the elderly. London: HMSO; 2019. Available from: https://example.org/report",
])
def test_names_quotations_and_references_are_left_alone(text):
    found = [r for r in _rules_found(text) if r[0] in ("done-to-language", "jargon", "wordy-phrase")]
    assert found == [], found


@pytest.mark.parametrize("text, rule, words", [
    ("Services for the homeless are stretched this winter.", "done-to-language", "the homeless"),
    ("We asked service users what they think of the new times.", "done-to-language", "service users"),
    ("We work with Service Users every week.", "done-to-language", "Service Users"),  # capitals, no name
    ("The council’s new plan is for the disabled.", "done-to-language", "the disabled"),  # an apostrophe
    ("The residents' group said the plan will utilise the old library.", "jargon", "utilise"),
    ("Going forward, we will meet every month.", "jargon", "Going forward"),  # starts the sentence
])
def test_the_writers_own_words_still_fire(text, rule, words):
    assert (rule, words) in _rules_found(text)


def test_a_heading_in_title_case_is_still_the_writers_wording():
    found = _rules_found("# Support for the Homeless\n\nWe help people who have no home.\n", fmt="markdown")
    assert ("done-to-language", "the Homeless") in found


@pytest.mark.parametrize("text, fires", [
    ("Please read the accompanying notes before the meeting.", False),
    ("All participating schools will get a grant.", False),
    ("Schools participating in the scheme will get a grant.", True),
    ("We are participating in the national pilot.", True),
    ("A nurse will be accompanying the patient.", True),
    ("Our facilitating partners will host the sessions.", True),  # "our helping partners": a one-word plain verb still fits
])
def test_an_ing_word_before_its_noun_is_left_when_the_plain_words_cannot_stand_there(text, fires):
    found = [r for r in _rules_found(text) if r[0] in ("jargon", "wordy-phrase")]
    assert bool(found) == fires, found


@pytest.mark.parametrize("text, fires", [
    ("The desired approach was set out in the review.", False),
    ("We have a desire to help.", False),
    ("Residents desire better buses.", True),
    ("We desired a quick answer.", True),
])
def test_desire_only_as_a_verb(text, fires):
    found = [r for r in _rules_found(text) if r[0] == "wordy-phrase"]
    assert bool(found) == fires, found


@pytest.mark.parametrize("text", [
    "We want to work in order\nto help.",
    "We want to work in order \nto help.",
    "We want to work in order\n  to help.",
    "We want to work in order \r\n to help.",
    "We want to work in order  to help.",
])
def test_a_phrase_broken_across_a_line_end_is_found_whatever_the_spaces(text):
    for fmt, name in (("text", "x.txt"), ("markdown", "x.md")):
        found = [f for f in check_text(text, Config(select=["wordy-phrase"]), fmt=fmt, name=name).findings]
        assert [(" ".join(f.text.split()), f.suggestions) for f in found] == [("in order to", ["to"])], (fmt, found)


@pytest.mark.parametrize("text,suggestion", [
    ("WE WILL UTILISE THE GRANT IN FULL.", "USE"),  # a sentence in capitals keeps them
    ("We will UTILISE the grant in full.", "use"),  # one word in capitals: the sentence's case
    ("Utilise the grant in full.", "Use"),
    ("We will utilise the grant in full.", "use"),
])
def test_suggestions_take_the_case_of_the_sentence(text, suggestion):
    found = check_text(text, Config(select=["jargon"])).findings
    assert [f.suggestions[0] for f in found] == [suggestion]


def test_taking_account_of_is_caught_like_taking_into_account():
    for text in ("Taking account of the views, we agreed.", "Taking into account the views, we agreed."):
        found = check_text(text, Config(select=["wordy-phrase"])).findings
        assert [f.suggestions[0] for f in found] == ["Considering"], text


# ---------------------------------------------------------------------------------------
# Precision classes from reading shown findings (issue 17, second session)


@pytest.mark.parametrize("text", [
    "Director of Transformation, Jane Smith, presented the paper.",  # a job title starting the sentence
    "The Director of Transformation will present the paper.",
    "Assurance Committee minutes were noted.",  # a body's name starting the sentence
    "Audit and Assurance Committee minutes were noted.",
    "Smith, J. (2019) Delivering holistic care: a review. London: King's Fund.",  # a reference entry
    "Fazel S, Khosla V, Doll H (2008) Utilising hostels as a setting for care. Lancet.",
    "NHS England (2019) Going Forward Together. London: NHS England.",
])
def test_names_and_references_in_more_shapes_are_left_alone(text):
    found = [r for r in _rules_found(text) if r[0] in ("done-to-language", "jargon", "wordy-phrase")]
    assert found == [], found


@pytest.mark.parametrize("text, fires", [
    ("Officers will transform the service this year.", True),
    ("The transform of the data took a week.", False),  # a verb's word used as a noun
    ("Our focus is prevention.", False),
    ("This research endeavour was funded by the trust.", False),
    ("We will endeavour to reply within ten days.", True),
    ("Commence d Oct 2024", False),  # a word the PDF's layout cut in two
    ("Work will commence in May.", True),
    ("Option A, Option B and Option C were considered in 2023; we will utilise option B.", True),
    ("The auditors found no material misstatement in the accounts.", False),
    ("There has been no material change to the forecast.", True),
])
def test_a_word_in_another_sense_or_shape_is_left_alone(text, fires):
    found = [r for r in _rules_found(text) if r[0] in ("jargon", "wordy-phrase")]
    assert bool(found) == fires, found


@pytest.mark.parametrize("text, suggestion", [
    ("BAME staff reported more bullying.", "Ethnic minority"),  # an acronym starting the sentence
    ("We asked BAME communities what they thought.", "ethnic minority"),
    ("BAME", "Ethnic minority"),  # alone in a table cell: a capital first letter, not capitals
    ("WE ASKED BAME COMMUNITIES WHAT THEY THOUGHT.", "ETHNIC MINORITY"),
])
def test_a_suggestion_for_an_acronym_takes_the_sentences_case(text, suggestion):
    found = check_text(text, Config(select=["done-to-language"])).findings
    assert [f.suggestions[0] for f in found] == [suggestion]


@pytest.mark.parametrize("text, suggestion", [
    ("The board will take the views of residents and carers into account.", "consider the views of residents and carers"),
    ("Taking the cost of travel\ninto account, we chose option B.", "Considering the cost of travel"),
    ("These were taken fully into account.", "considered fully"),
    ("The board will take this into account.", "consider this"),  # the short entry, once
])
def test_take_with_a_long_object_into_account(text, suggestion):
    found = check_text(text, Config(select=["wordy-phrase"])).findings
    assert [f.suggestions[0] for f in found] == [suggestion]


@pytest.mark.parametrize("text, found", [
    ("People from Black and Minority Ethnic (BAME) groups are at higher risk.", []),  # a definition, not a use
    ("Results of the CGL Service Users' Survey are in annex 2.", []),  # a survey's name, over a possessive
    ("Many of the people we support suffered from violence at home.", []),  # a harm, not a condition
    ("76% of the children also suffer from mental health problems.", [("suffer from", "live with")]),
    ("We want to hear from hard to reach groups.", [("hard to reach", "seldom heard")]),
])
def test_done_to_language_on_real_shapes(text, found):
    got = check_text(text, Config(select=["done-to-language"])).findings
    assert [(f.text, f.suggestions[0]) for f in got] == found


def test_a_name_in_title_case_after_a_dash_is_left_alone():
    found = _rules_found("Item 17: Board Assurance Framework – the quarterly update was noted.")
    assert [r for r in found if r[0] == "jargon"] == []
    # the same words as the writer's own, in a sentence, still fire
    assert ("jargon", "assurance framework") in _rules_found("The board reviewed its assurance framework in May.")


def test_a_contents_line_is_left_alone():
    text = "Contents\n\nWorking with the elderly ........ 24\n\nHow we will utilise the grant …… 31\n"
    assert [r for r in _rules_found(text) if r[0] in ("jargon", "done-to-language")] == []
    assert ("jargon", "utilise") in _rules_found("How we will utilise the grant.")


@pytest.mark.parametrize("text, found", [
    # before its noun 'partner' narrows who is meant ('a partner consultation'): no swap, say who
    ("We asked for stakeholder feedback in May.", [("stakeholder", [])]),
    ("We wrote to every stakeholder about the changes.", [("stakeholder", [])]),
    ("Their claims will get an expedited review.", [("an expedited", ["a speeded-up"])]),
    ("Purpose:\nAssurance\nDiscussion\n", []),  # a form's labels, one word a line
])
def test_suggestions_fit_where_the_word_stands(text, found):
    got = check_text(text, Config(select=["jargon", "wordy-phrase"])).findings
    assert [(f.text, f.suggestions) for f in got] == found


def test_before_another_noun_a_clause_is_not_offered():
    (f,) = check_text("We will build a service user management system.", Config(select=["done-to-language"])).findings
    assert f.suggestions == [] and "rewrite" in f.message and "group of people who use the service" in f.message
    (g,) = check_text("Each service user has a named worker.", Config(select=["done-to-language"])).findings
    assert g.suggestions[0] == "person who uses services"


@pytest.mark.parametrize("text, suggestion", [
    ("The majority of the respondents agreed.", "Most of"),  # a quantifier keeps 'of' before a determiner
    ("A number of GP practices have closed.", "Some"),  # before a capital no 'of' is added
    ("A large number of them replied.", "Many of"),
    ("The majority of respondents agreed.", "Most"),
    ("The panel has reached a conclusion about the bid.", "decided on"),  # "concluded about" is not English
])
def test_a_quantifier_and_a_conclusion_read_right(text, suggestion):
    found = check_text(text, Config(select=["wordy-phrase"])).findings
    assert [f.suggestions[0] for f in found] == [suggestion]


def test_suffering_a_symptom_and_a_modified_service_user():
    assert check_text("She has been suffering from abdominal pain.", Config(select=["done-to-language"])).findings == []
    (f,) = check_text("Mental health service users were asked.", Config(select=["done-to-language"])).findings
    assert f.suggestions == ["People who use mental health services"]


def test_an_adjective_phrase_before_its_noun_is_one_word():
    """Before its noun an adjective phrase's alternative must read as one word: a one-word
    alternative where there is one ('an across-all-services response' and 'an among-the-best
    service' were offered), a two-word one hyphened, else no swap (rewrite)."""
    jargon = Config(select=["jargon"])
    (f,) = check_text("We need a system-wide response to winter.", jargon).findings
    assert f.suggestions == [] and "rewrite" in f.message  # no one-word or two-word alternative
    (f,) = check_text("The plan will deliver a world-class service.", jargon).findings
    assert f.suggestions == ["an excellent"]
    (f,) = check_text("We will look at cross cutting themes.", jargon).findings
    assert f.suggestions == ["shared"]
    # not before a noun: every alternative stands
    (f,) = check_text("The change is system wide.", jargon).findings
    assert f.suggestions == ["across all services"]
    (f,) = check_text("The chart shows a statistically significant rise.", jargon).findings
    assert f.suggestions == [] and "rewrite" in f.message
    (f,) = check_text("We offer a customer-centric service.", jargon).findings
    assert f.suggestions == [] and "rewrite" in f.message


def test_verb_alternatives_inflect_to_real_words():
    """Every verb alternative put in every form is an English word ('disseminated' gave
    'spreaded', 'deter' 'detered', 'greatly improve' 'greatlied improve'): checked against
    the CMU dictionary, except the forms below, which are right but missing from it
    (British -ise spellings, re- words)."""
    import tomllib

    from plainlint.cmu import pronunciations
    from plainlint.inflect import inflect

    checked_by_hand = {"analysing", "analysed", "organising", "organised", "organises", "resizing",
                       "resized", "resizes", "redesigns", "restarts", "rethinks", "retrains", "reuses"}
    words = pronunciations()
    bad = set()
    for name in ("jargon.toml", "wordy-phrases.toml", "done-to.toml"):
        data = tomllib.loads((Path(__file__).resolve().parent.parent / "wordlists" / name).read_text("utf-8"))
        for entry in data["entry"]:
            if entry.get("pos") != "verb":
                continue
            for alt in entry["alternatives"] + entry.get("before_ing", []):
                alt = alt.replace("…", "").strip()
                for form in ("s", "past", "part", "ing"):
                    for w in inflect(alt, "verb", form).split() if alt else ():
                        if w.isalpha() and w not in words and w not in checked_by_hand:
                            bad.add(f"{alt} ({form}): {w}")
    assert not bad, sorted(bad)
    assert inflect("spread", "verb", "past") == "spread"
    assert inflect("greatly improve", "verb", "part") == "greatly improved"
    assert inflect("apply for", "verb", "past") == "applied for"  # -ply is no adverb
    assert inflect("deter", "verb", "ing") == "deterring"


def test_a_name_owning_a_word_in_a_heading_is_left():
    """'CGL - Service Users' Survey' is a survey's name, even in a heading in title case; a
    heading that only uses the words is still found."""
    done_to = Config(select=["done-to-language"])
    assert check_text("# CGL – Service Users’ Survey\n\nThe results follow.\n", done_to, "markdown").findings == []
    (f,) = check_text("# Service users' views\n\nThe results follow.\n", done_to, "markdown").findings
    assert f.text == "Service users"


def test_a_quantifier_keeps_of_before_one_named_thing_or_a_number():
    """'the majority of Part 3' -> 'most of Part 3' (it gave 'most Part 3'), and before a
    number or a name that owns a word; a capitalised group ('GP practices') takes none."""
    wordy = Config(select=["wordy-phrase"])

    def first(text):
        (f,) = check_text(text, wordy).findings
        return f.suggestions[0]

    assert first("The majority of Part 3 applies to councils.") == "Most of"
    assert first("The majority of 2024 was quiet.") == "Most of"
    assert first("A number of Kent's residents wrote in.") == "Some of"
    assert first("The majority of GP practices opened late.") == "Most"
    assert first("The majority of the staff agreed.") == "Most of"


def test_service_users_before_another_word():
    """'service users' before a noun it qualifies or owning one offers no swap ('people who
    use services forum' is not English); before a verb ('would', 'need') the swap stands."""
    done_to = Config(select=["done-to-language"])
    for text in ("The service users forum meets monthly.", "We read the service users' comments.",
                 "The CGL service users survey was open."):
        (f,) = check_text(text, done_to).findings
        assert f.suggestions == [] and "rewrite" in f.message, text
    for text in ("Patients and service users would recommend it.", "Service users need more support."):
        (f,) = check_text(text, done_to).findings
        assert f.suggestions[0].lower() == "people who use services", text


def test_a_participle_before_its_noun_after_a_preposition_is_one_word():
    """'selected for expedited case transfer' -> 'speeded-up' ('for speeded up case transfer'
    was offered); a one-word alternative is preferred ('an exacerbated problem' -> 'a
    worsened'); as a verb the phrase stands ('was expedited by' -> 'speeded up')."""
    plain = Config(select=["wordy-phrase", "jargon"])
    (f,) = check_text("Awards will be selected for expedited case transfer.", plain).findings
    assert f.suggestions == ["speeded-up"]
    (f,) = check_text("Poverty is an exacerbated problem here.", plain).findings
    assert f.suggestions == ["a worsened"]
    (f,) = check_text("The case was expedited by the team.", plain).findings
    assert f.suggestions == ["speeded up"]


def test_suffer_from_only_before_a_condition_and_a_network_named_in_capitals():
    """'suffer from' is done-to language before a condition ('dementia', 'Alzheimer's'), not
    before a harm, a symptom or an event; 'the BAME Network' is a body's name."""
    done_to = Config(select=["done-to-language"])
    for text in ("He suffers from Alzheimer's disease.", "Children who suffer from asthma miss school."):
        assert [f.rule for f in check_text(text, done_to).findings] == ["done-to-language"], text
    for text in ("Patients suffering from severe side effects stopped the drug.",
                 "Older people suffering from falls need a home visit.", "The clinic suffers from long waits.",
                 "The BAME Network met in June.", "We met the BAME Staff Network."):
        assert check_text(text, done_to).findings == [], text
    (f,) = check_text("Uptake from BAME communities is low.", done_to).findings
    assert f.suggestions[0] == "ethnic minority"


def test_a_block_quotation_is_someone_elses_words():
    """A Markdown block quotation is left, like words in quotation marks; the writer's own
    sentence after it is still found."""
    text = "# Title\n\nThe Act says:\n\n> A council must utilise its powers in order to help.\n\nWe will utilise the grant.\n"
    found = check_text(text, Config(select=["jargon", "wordy-phrase"]), "markdown").findings
    assert [(f.text, f.location.line) for f in found] == [("utilise", 7)]


def test_a_papers_title_in_an_agenda_is_left():
    """'Appendix B: Stakeholder engagement plan' is a paper's title in a list of papers; a
    sentence that starts with the item's number is the writer's own."""
    plain = Config(select=["jargon", "wordy-phrase"])
    for text in ("Appendix B: Stakeholder engagement plan", "Item 4 - Utilise the new system for referrals"):
        assert check_text(text, plain).findings == [], text
    for text in ("Item 4 was about how we utilise the grant.", "Paper 3 sets out how we will utilise the grant."):
        assert [f.text for f in check_text(text, plain).findings] == ["utilise"], text


def test_words_in_a_hyphened_chain():
    """A file's or link's name joined by hyphens is left; a noun joined to the word after it
    gets one-word alternatives ('move of money-related' is not English)."""
    plain = Config(select=["jargon", "wordy-phrase"])
    text = "See Annex-A-Professional-standards-framework-for-quality-assurance-and-improvement for more."
    assert check_text(text, plain).findings == []
    (f,) = check_text("We need virement-related data.", plain).findings
    assert f.suggestions == ["transfer"]
    (f,) = check_text("It is a state-of-the-art facility.", plain).findings
    assert f.suggestions == ["a modern", "an up-to-date"]


def test_no_superlative_after_a_or_an():
    """'an optimum service' -> 'ideal', not 'a best'; 'the optimum time' keeps 'best'."""
    plain = Config(select=["jargon", "wordy-phrase"])
    (f,) = check_text("We run an optimum service.", plain).findings
    assert f.suggestions == ["ideal"]
    (f,) = check_text("The optimum time to plant is spring.", plain).findings
    assert f.suggestions == ["best", "ideal"]


def test_respondents_comments_are_their_words():
    """Short blocks under a heading that gives people's comments are theirs, not the
    writer's; the writer's own longer summary there, and the same words elsewhere, are read."""
    done_to = Config(select=["done-to-language"])
    text = ("# Comments received from respondents\n\nTransport support for the elderly\n\n"
            "# Our response\n\nWe will improve transport support for the elderly.\n")
    found = check_text(text, done_to, "markdown").findings
    assert [f.location.line for f in found] == [7]
    long = ("# Comments received from respondents\n\n" + "Many respondents told us that transport " * 8
            + "support for the elderly must improve.\n")
    assert len(check_text(long, done_to, "markdown").findings) == 1


def test_a_cited_title_in_a_reading_list_is_left():
    """A short line ending with its source and year in brackets is a title in a list of
    further reading ('a system-wide response' was found in one); a sentence is still read."""
    plain = Config(select=["jargon", "wordy-phrase"])
    for text in ("Domestic abuse: a system-wide response (Home Office, 2019)", "Utilising data to improve care (2021)"):
        assert check_text(text, plain).findings == [], text
    for text in ("We will utilise the grant (2024).",
                 "The plan was agreed in March after a long debate. We will utilise the grant (ONS, 2019)."):
        assert [f.text for f in check_text(text, plain).findings] == ["utilise"], text


def test_classes_found_in_the_held_aside_sample():
    """Fixed after the held-aside sample of the third session was judged: a numbered
    contents entry with its page number, 'the elderly and disabled' (the swap left
    'disabled' without its noun), 'as well as a consequence of' ('consequence' is a noun)."""
    checks = Config(select=["done-to-language", "wordy-phrase", "jargon"])
    assert check_text("5.2 NHS sight tests – by service-user group 22", checks).findings == []
    (f,) = check_text("5.2 We will utilise the new grant this year and then report back to the board in 12",
                      checks).findings
    assert f.text == "utilise"
    (f,) = check_text("We fund free care for the elderly and disabled, and more.", checks).findings
    assert f.suggestions == ["older and disabled people"]
    assert check_text("Poor health can be a cause as well as a consequence of homelessness.", checks).findings == []


@pytest.mark.parametrize("text, said", [
    ("The policy was produced with the intention of only making small changes this year.",
     "Say 'to only make' instead of 'with the intention of only making'."),
    ("We bought the land with the intention of not selling it.",
     "Say 'not to sell' instead of 'with the intention of not selling'."),
    ("The fund was set up with the purpose of quickly helping carers.",
     "Say 'to quickly help' instead of 'with the purpose of quickly helping'."),
])
def test_an_adverb_between_the_phrase_and_its_ing_verb_stays_with_the_verb(text, said):
    # "aiming for only making" is not English: the verb and its adverb are part of the change
    cfg = Config()
    cfg.select = ["wordy-phrase"]
    messages = [f.message for f in check_text(text, cfg).findings]
    assert said in messages, messages


def _words(text, fmt="text"):
    name = "x.md" if fmt == "markdown" else "x.txt"
    return [(f.text, f.severity, f.suggestions) for f in
            check_text(text, Config(select=["plain-words"]), fmt=fmt, name=name).findings]


def test_classes_an_editor_found_in_the_fourth_session():
    """Issue 17, fourth session: the classes an independent editor called pedantic or wrong
    in the held-aside sample, and one found in fresh council pages (set A)."""
    # a phrase named in the sentence that defines it is not used there
    assert _words("Reaching a conclusion means that the panel has weighed all of the evidence.") == []
    assert _words("Utilisation refers to the share of beds in use on the ward.") == []
    assert [w[0] for w in _words("Reaching a conclusion took the panel three weeks of careful work.")] == [
        "Reaching a conclusion"]
    # a statutory definition quoted word for word: at most a suggestion
    [(text, sev, _s)] = _words('In this Part, "care provider" means a person who, making use of paid staff, '
                               'provides personal care.')
    assert text == "making use of" and sev == "suggestion"
    assert _words("The provider is making use of paid staff to run the service.")[0][1] == "warning"
    # a bullet fragment with no verb is a label: at most a suggestion; a bullet with a verb is not
    assert _words("- Empowering communities to lead change\n", "markdown")[0][1] == "suggestion"
    assert _words("- We will utilise the new grant to fund the service\n", "markdown")[0][1] == "warning"
    assert _words("# Empower patients\n\nThe board noted the plan.\n", "markdown")[0][1] == "suggestion"
    # a programme's title after a colon in a heading is a name
    assert _words("# Exception Report: Transforming Mental Health\n\nThe board noted it.\n", "markdown") == []
    # 'with a view to' before a plain verb (a slip for 'having'): 'to have', never 'aiming for have'
    # (since set O pl44 and set Q's reading, 'with a view to' is always advice: its aim is tentative)
    [(text, _sev, sugg)] = _words("The group will look at the forums with a view to have a single approach.")
    assert text == "with a view to" and sugg == []
    assert _words("We are talking to partners with a view to a merger next year.")[0][2] == []
    # 'holistic' in its care sense ('holistic provision', 'holistic assessment') is left
    assert _words("The county offers holistic provision for children with complex needs.") == []
    assert _words("The board agreed a holistic approach to supporting carers.")[0][1] == "warning"


@pytest.mark.parametrize("text", [
    "The grant for public health is not ring-fenced this year.",
    "The prevalence of diabetes in the district is 7.2%.",
])
def test_technical_senses_are_suggestions_for_board_papers_and_warnings_for_residents(text):
    # 'ring-fenced' in a budget, 'prevalence' in a needs assessment: terms
    # a board paper's readers know (an editor called them pedantic there); residents may not
    [(_t, sev, _s)] = _words(text)
    assert sev == "suggestion"
    cfg = Config(select=["plain-words"])
    cfg.profile = "public"
    assert [f.severity for f in check_text(text, cfg).findings] == ["warning"]


def test_classes_the_final_reader_named_on_fresh_set_b():
    """Issue 17, round 2: the classes an independent reader called wrong or pedantic on fresh
    set B (our own sentences in the same shapes)."""
    # a swap after an adjective, or after 'be', that would break the sentence
    def done_to(text):
        return [(f.text, f.suggestions) for f in check_text(text, Config(select=["done-to-language"])).findings]

    # (set JJ co11: 'users of services' after the adjective only reshuffled the words: no swap)
    assert done_to("Fees will rise for current service users.") == [("service users", [])]
    assert done_to("It may affect existing and potential service users.") == [
        ("service users", [])]
    assert done_to("We asked service users about the timetable.")[0][1][0] == "people who use services"
    [(text, _sev, sugg)] = _words("The new bus routes were in conjunction with the school term.")
    assert text == "in conjunction with" and sugg == []
    assert _words("The event is run in conjunction with the library.")[0][2] == ["together with", "with"]  # "together with" first since 85328e0
    assert _words("Carers now have a seat at the table of every planning group.") == []
    # words in a title-case heading, post or report title are names: left alone
    assert _words("# Adult Social Care Transformation\n\nThe board noted the report.\n", "markdown") == []
    assert _words("Jane Smith, Adult Learning Disabilities Transformation Lead\n\nShe presented it.") == []
    assert _words("Empower - Parent Carer Network · National Network of Parent Carer Forums\n") == []
    assert _words("Engage Enable Empower\n\nThe report was published in 2014.\n") == []
    assert _words("Transforming Mental Health Services\n\nThe board noted the report.\n") == []
    assert _words("The Transforming Care programme ended in 2019.") == []
    # ... but not a heading in sentence case, nor a line in capitals
    assert [w[0] for w in _words("# Transformation of adult care\n\nThe board noted it.\n", "markdown")] == [
        "Transformation"]
    assert [w[0] for w in _words("WE WILL UTILISE THE NEW GRANT FOR CARERS\n")] == ["UTILISE"]
    # ... nor one line of a paragraph wrapped at its line ends, nor a sentence
    assert [w[0] for w in _words("The plan will Strengthen the work of the Local Care\nPartnerships "
                                 "across the city.\n", "markdown")] == ["Strengthen"]
    assert [w[0] for w in _words("Notes: Utilises the Code of Governance and Terms of Reference.\n")] == [
        "Utilises"]
    # another sense: a promise, an adjective, the safeguarding sense, the vaccine, a body's aims
    assert _words("The forum has agreed to the following undertaking:\n") == []
    [(text, _sev, sugg)] = _words("This review offers proposals, deliverable within this Parliament, to cut crime.")
    assert sugg == ["achievable"]
    assert _words("Each deliverable has a date and an owner.")[0][2] == ["result", "task"]
    [(text, _sev, sugg)] = _words("There is a synergy between the council's departments.")
    assert text == "synergy" and sugg == []
    assert done_to("We tackle the exploitation of vulnerable people by gangs.") == []
    assert [t for t, _s in done_to("The fund helps vulnerable people pay their bills.")] == ["vulnerable people"]
    assert _words("The vaccine rollout showed what partners can do together.") == []
    assert _words("We thank the foundation, who are committed to building a strong civil society.") == []
    assert _words("We are committed to building a strong civil society.")[0][0] == "are committed to"


def test_a_number_of_is_a_suggestion_for_board_papers_and_a_warning_for_residents():
    # in minutes the count is often unknown ('A number of issues were raised'): the reader
    # called every such finding pedantic; for residents it is still worth fixing
    text = "A number of issues were raised about the car park."
    [(_t, sev, sugg)] = _words(text)
    assert sev == "suggestion" and sugg == ["Some", "Several"]
    cfg = Config(select=["plain-words"])
    cfg.profile = "public"
    assert [f.severity for f in check_text(text, cfg).findings] == ["warning"]


def test_classes_the_final_reader_named_on_fresh_set_c():
    """Issue 17, round 3: the classes an independent reader called wrong or pedantic on fresh
    set C (our own sentences in the same shapes)."""
    # wrong swaps: a phrase before an -ing verb, 'the ...' or a plural
    [(text, _sev, sugg)] = _words("In the event of receiving a request, we will reply within 20 days.")
    assert text == "In the event of" and sugg == []
    assert _words("In the event of a power cut, the lifts stop.")[0][2] == ["If there is"]
    assert _words("In the event of flooding, the road will close.")[0][2] == ["If there is"]
    assert _words("In the event of delays, we will write to you.")[0][2] == []
    # a participle describing a noun, a participle after 'be'
    [(text, _sev, sugg)] = _words("The hub is a team of co-located health and housing officers.")
    assert text == "co-located" and sugg == []
    assert _words("A social worker is co-located in the police station.")[0][2] == []
    assert _words("The new ward is right-sized for the number of patients.")[0][2] == ["the right size"]
    # a swap that repeats the next word ('achievable, achievable') is not offered
    assert _words("The schemes must be deliverable, achievable and measurable.")[0][2] == []
    # the planning term and a literal sense are left
    assert _words("The plan shows a five-year supply of specific deliverable sites.") == []
    assert _words("The panel noted the proposals going forward to the cabinet member.") == []
    # 'it is possible that': 'May the bus will be late' is not English
    assert _words("It is possible that the bus will be late.")[0][2] == ["Perhaps"]


@pytest.mark.parametrize("text,severity", [
    # stakeholders closing a list that already names people: taste; alone: worth fixing
    ("We asked residents, local businesses and other stakeholders for their views.", "suggestion"),
    ("The plan was shared with staff and external stakeholders.", "suggestion"),
    ("The strategy was informed by consultation with stakeholders.", "warning"),
    ("Stakeholders include NHS staff, trusts, patients and the public.", "suggestion"),
    ("Any other items which, pursuant to Section 100B of the Act, the Chair decides are urgent.", "suggestion"),
    ("Our main national stakeholders were invited to the workshop.", "warning"),
    # opening a list of named groups it stands for the rest; before a clause, it stands alone
    ("The plan drew on talks with stakeholders, local employers and bus users.", "suggestion"),
    ("We wrote to stakeholders, asking for comments on the plan.", "warning"),
    # the standing wording of a declaration of interests or a party whip
    ("The Chair sought any declarations of interest pertaining to items on the agenda.", "suggestion"),
    ("Members were asked to declare the existence of a party whip in relation to any item.", "suggestion"),
    ("The report sets out our plans in relation to housing repairs.", "warning"),
    # everyday words a resident knows, and terms the paper's readers use
    ("The library was relocated to the town hall in May.", "suggestion"),
    ("The trust is collaborating with other providers to cut waiting times.", "suggestion"),
    ("We need to hear their views to transform our services.", "suggestion"),
    ("Focus groups were facilitated by the youth team.", "suggestion"),
    ("The committee will seek assurance that the actions are complete.", "suggestion"),
    ("In the ensuing discussion, members raised three points.", "suggestion"),
    ("There is currently no robust data on waste from businesses.", "suggestion"),
    ("The deletion of the words and the substitution thereof with new words was agreed.", "suggestion"),
])
def test_taste_is_a_suggestion_for_board_papers_and_a_warning_for_residents(text, severity):
    found = _words(text)
    assert found and found[0][1] == severity, found
    if severity == "suggestion":
        cfg = Config(select=["plain-words"])
        cfg.profile = "public"
        assert [f.severity for f in check_text(text, cfg).findings][:1] == ["warning"]


@pytest.mark.parametrize("text", [
    "Services work alone (sometimes referred to as silo working) and no one knows what others do.",
    "The board asked for what is known as a deep dive into the figures.",
    "Jo Smith, the mental health workstream lead for the partnership, opened the event.",
])
def test_words_named_as_a_term_or_in_a_post_are_left(text):
    # fresh set A/B/C tuning reading, seed 1731: 'silo working' named as a term got 'separate
    # team working'; a post's title is a name
    assert _words(text) == []


def test_fragments_and_kinds_of_respondent_from_the_corpus_tuning_reading():
    # corpus tuning part, seed 1741: 'each stakeholder group' names a kind of respondent
    assert _words("The survey had a separate questionnaire for each stakeholder group.") == []
    assert _words("Integrated delivery of holistic services is key for this group.") == []
    # words in brackets that spell out the letters before them are the letters' name
    assert _words("The analysis uses ICP3 (indicative cost and performance assessments) for costs.") == []
    assert [t for t, _sev, _s in _words("The analysis uses indicative cost figures (ICP3) for costs.")] == [
        "indicative"]
    assert [sev for _t, sev, _s in _words("We utilised the whole of the grant this year.")] == ["warning"]


@pytest.mark.parametrize("text,words", [
    # the classes an independent editor called useful on fresh set C stay shown (warnings)
    ("We made improvements in relation to workforce and quality.", "in relation to"),
    ("The report sets out the response in respect of the request.", "in respect of"),
    ("There was advice with regards to setting a budget.", "with regards to"),
    ("We need to hear their views in order to change our services.", "in order to"),
    ("Prior to the meeting, members read the papers.", "Prior to"),
    ("The DfE said that the majority of deficits would not be recovered.", "the majority of"),
    ("The funding would be utilised in the community.", "utilised"),
    ("It endeavours to make sure people are not left out.", "endeavours"),
    ("A report will come back once a deep dive on recruitment is complete.", "deep dive"),
    ("We are moving away from siloed services.", "siloed"),
    # ('seamless' was here from set C's reader; four later readings on sets EE, KK and L called it
    # pedantic or wrong and never useful, so wplain12 made it a suggestion: tests/test_plain_words_plain12.py)
    ("The children should be the key stakeholders in shaping it.", "stakeholders"),
    ("There will be regular reviews moving forwards.", "moving forwards"),
    ("The panel will meet on a regular basis.", "on a regular basis"),
    ("She was appointed for a period of four years.", "for a period of"),
])
def test_the_useful_classes_stay_warnings(text, words):
    assert (words, "warning") in [(t, sev) for t, sev, _s in _words(text)]


# ---------------------------------------------------------------------------------------
# After the independent reading of fresh set D: classes its reader called wrong


def _suggestions(text, rule, words):
    found = [f for f in check_text(text, Config(select=[rule])).findings if f.text.lower() == words]
    return [f.suggestions for f in found]


@pytest.mark.parametrize("text,words,plain", [
    # a noun that takes its own preposition: 'few rights about treatment' is not English
    ("Tenants have few rights in relation to repairs.", "in relation to", ["over", "to"]),
    ("The board has responsibility in respect of safeguarding.", "in respect of", ["for"]),
    ("Carers want a say with regard to the new rota.", "with regard to", ["in", "over"]),
    # a duty is to people but under a law: no one preposition, so no swap (the note names
    # the choices: see test_a_linking_phrase_of_several_senses_swaps_only_in_a_sure_frame)
    ("The board has duties in relation to the Care Act.", "in relation to", []),
    # any other noun: no swap either (after a verb of speaking, 'about' or 'on': see
    # test_a_linking_phrase_takes_what_the_words_before_need)
    ("We keep a file in relation to your complaint.", "in relation to", []),
])
def test_a_noun_before_a_linking_phrase_keeps_its_own_preposition(text, words, plain):
    rule = "wordy-phrase"
    assert _suggestions(text, rule, words) == [plain]


@pytest.mark.parametrize("text,swap", [
    # a relative clause after the noun the swap drops: 'decide which works' is not English
    ("Staff and families meet to come to a decision which suits everyone.", False),
    ("The panel will reach a decision that suits both sides.", False),
    # a statement after 'that' keeps the verb ('decide that the plan is sound')
    ("The panel will come to a decision that the plan is sound.", True),
    ("We will come to a decision by Friday.", True),
])
def test_no_verb_swap_before_a_clause_about_the_dropped_noun(text, swap):
    found = [f for f in check_text(text, Config(select=["wordy-phrase"])).findings if "decision" in f.text]
    assert len(found) == 1
    assert bool(found[0].suggestions) is swap


def test_a_quotation_over_several_paragraphs_is_not_the_writers():
    """A definition quoted over three paragraphs, its marks at the first's start and the
    last's end (the reader of set D found a swap inside such a one): no plain-words finding
    inside it, and the writer's own words after it are read."""
    text = ("What we mean\n\n"
            "\u201cWorking together means everyone has an equal say to come to a decision which works for them.\n\n"
            "It is about sharing power in relation to the plan.\n\n"
            "Everyone has something to give.\u201d \u2013 a national charity\n\n"
            "We will contact you in relation to the forum in order to agree a date.\n")
    own = text.index("We will contact")
    found = [(f.rule, f.text, f.start >= own) for f in check_text(text, Config(select=["plain-words"])).findings]
    assert found == [("wordy-phrase", "in relation to", True), ("wordy-phrase", "in order to", True)]
    # an opening mark closed in no paragraph soon after is no quotation
    lone = ("\u201cWe will utilise the grant.\n\nNew paragraph.\n\nAnother.\n\n"
            "A fourth, with a mark at its end.\u201d\n")
    assert [f.text for f in check_text(lone, Config(select=["jargon"])).findings] == ["utilise"]


@pytest.mark.parametrize("text,words,severity", [
    # the writer echoes a term quoted a sentence before
    ("The Act's vision is of \u2018transformative change\u2019 in care. Its principles aim for transformative change "
     "in policy.", "transformative", None),
    # the plain word is said a few words away: a rewrite, not by default
    ("Hubs are a place-based way of joining up services locally.", "place-based", "suggestion"),
    # school organisation law's words
    ("Members agreed to consult on proposals to establish, change or discontinue the unit.", "discontinue", None),
    # the last word of a strand's name
    ("Read more about our Healthy Weight Pathway workstream here.", "workstream", "suggestion"),
    # 'to' after 'reduce' and its object would read first as an amount
    ("Please reduce your visits in order to reduce the spread of flu.", "in order to", None),
    # the same words elsewhere stay warnings
    ("This is a transformative programme for the town.", "transformative", "warning"),
    ("We will build place-based services in each district.", "place-based", "warning"),
    ("We will discontinue the paper newsletter.", "discontinue", "warning"),
    # (session 17: 'workstream' is a suggestion everywhere in board papers, the board's own term;
    # the public profile keeps a warning: tests/test_plain_words_own17.py)
    ("Each workstream has its own lead officer.", "workstream", "suggestion"),
    ("The budget was reduced in order to save money.", "in order to", "warning"),
    # an adjective before a body's name, and a short name's formula
    ("Our system wide Urgent Care Board met in May.", "system wide", "suggestion"),
    ("A system-wide plan for winter is being written.", "system-wide", "warning"),
    ("The 2014 Act (hereafter referred to as the Act) sets out duties.", "hereafter", None),
    ("Calls are answered within the agreed period of time.", "period of time", "suggestion"),
    ("We sold the land in order to reduce the debt.", "in order to", "warning"),
    # after 'plan' a bare 'to' reads as the plan's own ('the first plan to finish the work'):
    # no swap, a suggestion (set M pl05's class, eleventh session)
    ("The team extended resources beyond the first plan in order to finish the work.", "in order to", "suggestion"),
    ("The team extended resources beyond the first budget in order to finish the work.", "in order to", "warning"),
    # a small word said nearby is no echo ('with' anywhere in the sentence)
    ("We worked in collaboration with schools and with parents.", "in collaboration with", "suggestion"),
])
def test_pedantic_classes_from_fresh_set_d(text, words, severity):
    cfg = Config(select=["plain-words"], min_severity="suggestion")
    found = [f.severity for f in check_text(text, cfg).findings if f.text.lower() == words]
    assert found == ([severity] if severity else [])


# ---------------------------------------------------------------------------------------
# After the independent reading of fresh set E (issue 17, sixth round): our own sentences in
# the shapes its reader called wrong or pedantic, and controls that must stay as they were


def _one(text, words):
    cfg = Config(select=["plain-words"], min_severity="suggestion")
    return [(f.severity, f.suggestions) for f in check_text(text, cfg).findings if f.text.lower() == words]


@pytest.mark.parametrize("text,words,severity,swap", [
    # E pl08 (wrong): 'and to then spread' breaks the pair with 'starting with ...'
    ("The ward opened for older patients first and with the intention of then taking others.",
     "with the intention of", "suggestion", []),
    ("We bought the land with the intention of building homes.", "with the intention of building", "warning",
     ["to build"]),
    # E pl44 (wrong): a singular word with no determiner of its own qualifies the noun after it
    # ('partner workshops' changes the meaning), and the sentence names who took part
    ("The council held two informal stakeholder workshops, comprising residents and local traders.",
     "stakeholder", "suggestion", []),
    ("Stakeholder workshops were held in May.", "stakeholder", "suggestion", []),
    ("The stakeholder agrees to the new terms.", "stakeholder", "warning", []),
    # E pl27, pl17 (pedantic): the sectors are named before the word, or it is half of a pair
    ("We ran workshops with VCSE, NHS and local authority stakeholders in the spring.", "stakeholders",
     "suggestion", []),
    ("Our NHS stakeholders back the plan.", "stakeholders", "suggestion", []),
    ("We will work with external stakeholders and partners on the plan.", "stakeholders", "suggestion",
     []),
    ("Stakeholders, including schools and GP practices, were invited.", "stakeholders", "suggestion",
     []),
    # the useful class stays shown: 'stakeholders' alone, or with a noun that names no one
    ("The council consulted a wide range of stakeholders on the draft plan.", "stakeholders", "warning",
     []),
    # before another noun the word is the readers' own term: a suggestion (a warning for residents)
    ("Stakeholder feedback included worries about parking.", "stakeholder", "suggestion", []),
    # E pl20, pl42, pl39 (pedantic): ordinary English
    ("The funding will help combat loneliness among older people.", "combat", "suggestion",
     ["stop", "prevent", "reduce", "deal with"]),
    ("There was a great deal of confusion about the new bins.", "a great deal of", "suggestion",
     ["a lot of", "much"]),
    # a decision's formula (a strict reading of our own on council minutes found with search)
    ("In reaching the decision, Cabinet considered the report and the reasons contained therein.", "therein",
     "suggestion", ["in it", "there"]),
])
def test_classes_the_reader_named_on_fresh_set_e(text, words, severity, swap):
    assert _one(text, words) == [(severity, swap)]


@pytest.mark.parametrize("text,words", [
    # E pl18, pl26 (pedantic): the minute-writer's fixed formulas
    ("The meeting commenced at 6.30pm in the council chamber.", "commenced"),
    ("(The Head of Planning attended in connection with this item.)", "in connection with"),
    # E pl22 (pedantic): the standard term for addiction
    ("The service supports people who are dependent on drugs or alcohol.", "are dependent on"),
    # E pl05, pl35 (pedantic): the swap leaves a verb with no object, or after 'be' needs a rewrite
    ("Officers made a recommendation to the licensing committee, which took the decision.",
     "made a recommendation"),
    ("The new app will be the means by which tenants report repairs.", "the means by which"),
])
def test_formulas_and_awkward_swaps_from_fresh_set_e_are_left(text, words):
    assert _one(text, words) == []


@pytest.mark.parametrize("text,words,swap", [
    # the same words elsewhere stay warnings with their swap
    ("The work will commence in January.", "commence", ["start"]),
    ("We need to speak to you in connection with your claim.", "in connection with", ["about", "on"]),
    ("Many families are dependent on the food bank.", "are dependent on", ["depend on"]),
    ("The panel will make a recommendation that the cabinet approves the plan.", "make a recommendation",
     ["recommend"]),
    ("We will change the means by which tenants report repairs.", "the means by which", ["how"]),
])
def test_the_same_words_elsewhere_stay_warnings_after_fresh_set_e(text, words, swap):
    assert _one(text, words) == [("warning", swap)]


@pytest.mark.parametrize("text,words,severity,swap", [
    # a strict reading of our own on fresh sets A-E (seed 1772): no determiner after a possessive
    ("The chair referred to Cllr Rowe's aforementioned statement on dentistry.", "aforementioned", "warning", []),
    ("All aforementioned sites are owned by the council.", "aforementioned", "warning", ["the", "this", "these"]),
    # after 'be' the phrase says what something is: the adjective, not the adverb
    ("Taking part in the survey is on a voluntary basis.", "on a voluntary basis", "warning", ["voluntary"]),
    ("Drivers help on a voluntary basis.", "on a voluntary basis", "warning", ["voluntarily"]),
    ("The post is on a temporary basis.", "on a temporary basis", "warning", ["temporary"]),
    # a minute's courtesy formula, which cut from the past tense leaves the wrong verb form
    ("The director took the opportunity to update the board.", "took the opportunity to", "suggestion", []),
])
def test_swaps_that_read_wrong_in_a_strict_reading_of_fresh_sets_a_to_e(text, words, severity, swap):
    assert _one(text, words) == [(severity, swap)]


def test_a_duty_and_a_declaration_from_a_strict_reading_of_the_corpus_tuning_part():
    # seed 1773: 'we must' put the writer in place of the firms the duty was on (wrong)
    assert _one("Costs rise because there is a requirement to collect food waste.", "there is a requirement to") == [
        ("warning", [])]
    # the standing wording of a declarations item, with no 'interest' in it (pedantic)
    # ('for' or 'about': no frame settles which, so no swap, eleventh session)
    assert _one("No further declarations were made in respect of any item on the agenda.", "in respect of") == [
        ("suggestion", [])]
    assert _one("We wrote to you in respect of your complaint.", "in respect of") == [("warning", ["about", "on"])]


@pytest.mark.parametrize("text,words,swap", [
    # a strict reading of our own on fresh sets A-E (seed 1774), both called wrong before: a
    # participle of arranging takes its own preposition; 'evidenced' before a noun describes it
    ("The barriers are organised in relation to three key areas.", "in relation to", ["around", "by"]),
    ("The findings are grouped in relation to four themes.", "in relation to", ["around", "by"]),
    ("The panel wants clear and evidenced proposals from each team.", "evidenced", None),
    ("The plan builds on the widely evidenced Housing First model.", "evidenced", None),
    ("Demand has risen, as evidenced by the waiting list.", "evidenced", ["shown"]),
])
def test_swaps_that_read_wrong_in_a_second_strict_reading_of_fresh_sets_a_to_e(text, words, swap):
    assert _one(text, words) == ([("warning", swap)] if swap is not None else [])


@pytest.mark.parametrize("text,words,severity,swap", [
    # reading every shown plain-words finding on fresh sets A-E after this round's fixes:
    # an adjective after the noun needs the noun ('decide different to' is not English), and
    # the noun is doing work there: at most a suggestion, like a relative clause after it
    ("If the committee makes a decision different to the advice, it must give reasons.", "makes a decision",
     "suggestion", []),
    ("Staff and families meet to come to a decision which suits everyone.", "come to a decision",
     "suggestion", []),
    # plain words already, one word saved: a suggestion since the independent reading of fresh G (pl09)
    ("The board will make a decision in March.", "make a decision", "suggestion", ["decide"]),
    # a cross-reference's own verb
    ("This chapter should be read in conjunction with the housing strategy.", "read in conjunction with",
     "warning", ["read alongside", "read with"]),
    # the standing wording about a party whip, without the word 'declare' near it
    ("Members should say whether they have any interests, including the existence and nature of the party "
     "whip, in respect of any matter on the agenda.", "in respect of", "suggestion", []),
])
def test_classes_from_reading_every_shown_finding_on_fresh_sets_a_to_e(text, words, severity, swap):
    assert _one(text, words) == [(severity, swap)]


def test_stakeholder_before_a_noun_is_a_suggestion_for_board_papers_and_a_warning_for_residents():
    text = "The plan was launched at the annual stakeholder conference."
    assert _one(text, "stakeholder") == [("suggestion", [])]
    cfg = Config(select=["plain-words"])
    cfg.profile = "public"
    assert [f.severity for f in check_text(text, cfg).findings if f.text == "stakeholder"] == ["warning"]


@pytest.mark.parametrize("text,severity", [
    # a clause that says what the group does says who it is (strict reading of our own, fresh
    # A-E seed 1771 after the fixes: 'stakeholders who work in local communities ...' pedantic)
    ("The guide will interest many stakeholders who work in local communities to provide care.", "suggestion"),
    ("The engagement included stakeholders with an interest in the new partnership.", "suggestion"),
    ("We will engage stakeholders who will help shape the plan.", "warning"),
    ("Residents, partners and stakeholders with responsibility for housing were invited.", "suggestion"),
])
def test_stakeholders_with_a_clause_that_says_who(text, severity):
    assert [sev for sev, _s in _one(text, "stakeholders")] == [severity]


@pytest.mark.parametrize("text,words,swap", [
    # 'ask to the housing team' is not English: before 'to' no swap is offered
    ("Tenants can make a request to the housing team.", "make a request", []),
    ("Residents can make an enquiry to the council by phone.", "make an enquiry", []),
    ("You can make a request for a new bin.", "make a request", ["ask"]),
])
def test_a_verb_phrase_whose_plain_verb_takes_no_to(text, words, swap):
    assert [s for _sev, s in _one(text, words)] == [swap]


def test_a_value_label_before_a_dash_is_a_suggestion():
    # a principle's heading word before the dash that explains it (strict reading of our own,
    # fresh A-E seed 1779: 'Person centred and Holistic – Taking a bespoke ...' pedantic)
    # ('person centred' itself now marks the care sense, where the word is not flagged at all)
    text = "Holistic – Taking an approach led by each person."
    assert [sev for sev, _s in _one(text, "holistic")] == ["suggestion"]
    text = "We want a holistic approach – one that looks at the whole person."
    assert [sev for sev, _s in _one(text, "holistic")] == ["warning"]


def test_an_adjective_after_with_a_view_to_is_no_verb():
    # corpus tuning part, seed 1780: 'with a view to continuous improvement' got 'to continuous'
    # (never 'to continuous'; since set Q's reading the phrase is always advice, no swap)
    # (since set UV's reading, wplain19: before a noun it is a suggestion whose note offers no verb)
    text = "Doctors are managed and monitored with a view to continuous improvement."
    assert _one(text, "with a view to") == [("suggestion", [])]
    assert _one("The group will meet with a view to have one approach.", "with a view to") == [
        ("warning", [])]


def test_co_located_after_be_is_a_suggestion_for_board_papers():
    # strict readings of our own (fresh A-E seeds 1742 and 1782): 'a member of which was
    # co-located in the MASH' pedantic; the public profile keeps a warning
    text = "A social worker is co-located in the police station two days a week."
    assert _one(text, "co-located") == [("suggestion", [])]
    cfg = Config(select=["plain-words"])
    cfg.profile = "public"
    assert [f.severity for f in check_text(text, cfg).findings if f.text == "co-located"] == ["warning"]
    assert _one("We will co-locate the housing and benefits teams.", "co-locate") == [
        ("warning", ["bring together"])]


@pytest.mark.parametrize("text,words,swap", [
    # the independent reader on set F (pl07, pl08, pl29): the first swap offered must fit what
    # follows; 'particularly for how', 'stated that about the costs, rents were low' and 'six
    # monthly then' do not read
    ("Members asked questions, particularly in respect of how the service will work.", "in respect of", ["about"]),
    ("We need advice in relation to whether the rules apply.", "in relation to", ["about"]),
    # a topic opening a clause inside the sentence takes 'for' ('stated that on the council's
    # costs' reads 'on' as a place or time: the class of set JJ pl21)
    ("The officer stated that in regard to the council's costs, rents were low.", "in regard to", ["for"]),
    ("With regard to the car park, no change is planned.", "with regard to", ["On"]),
    ("It was noted that, in relation to exclusions, heads had the power to act.", "in relation to", ["for"]),
    ("Reviews take place in May and six monthly thereafter.", "thereafter", ["after that"]),
    ("Reviews take place in May and yearly thereafter and at any change.", "thereafter", ["after that"]),
    # elsewhere the alternatives as before
    ("We wrote to you in regard to your claim.", "in regard to", ["about", "on"]),
    ("The first visit is free; thereafter a fee applies.", "thereafter", ["after that", "then"]),
    ("We will send a bill in respect of your rent.", "in respect of", ["for"]),
    ("The matters in respect of which the Council delegated its powers.", "in respect of", ["for", "about"]),
])
def test_the_swaps_offered_fit_what_follows(text, words, swap):
    assert [s for _sev, s in _one(text, words)] == [swap]


@pytest.mark.parametrize("text,found", [
    # a speaker's words quoted with no closing mark in the paragraph (an excerpt cut short, or
    # a speech over paragraphs, each opened and only the last closed): the independent reader
    # on set F, pl10 and pl45 ('the writer cannot edit them')
    ("Jo Lee, Chief Executive, said:\n\n“Our therapists are fully utilised to help patients home", False),
    ("Mr Lee continued: “This is the heart of the health transformation agenda. We will work on it."
     "\n\n“I am pleased that people took part.”", False),
    # the writer's own words after an unclosed mark with neither sign still fire
    ("Our therapists are fully utilised to help patients home.", True),
])
def test_a_speakers_words_with_no_closing_mark_are_left_alone(text, found):
    words = "utilised" if "utilised" in text else "agenda"
    assert bool(_one(text, words)) == found


def test_a_term_in_brackets_after_the_plain_words_is_a_suggestion():
    # the independent reader on set F, pl22: '(outturn position)' names the plain words before it
    text = "A summary of actual income and spending against the final budget for 2021/22 (outturn position)."
    assert [sev for sev, _s in _one(text, "outturn")] == ["suggestion"]
    text = "The outturn position for 2021/22 was an overspend."
    assert [sev for sev, _s in _one(text, "outturn")] == ["warning"]


def test_in_order_to_after_a_purpose_to_is_a_suggestion():
    # the independent reader on set F, pl03: 'to understand their views and priorities to
    # influence' stacks two purposes; 'in order to' keeps them apart
    text = "We have spoken to many people to understand their views and priorities in order to influence the plan."
    assert [sev for sev, _s in _one(text, "in order to")] == ["suggestion"]
    text = "We have spoken to many people in order to influence the plan."
    assert [sev for sev, _s in _one(text, "in order to")] == ["warning"]


def test_a_slide_deck_is_a_suggestion():
    # the independent reader on set F, pl01: common English in board papers
    assert [sev for sev, _s in _one("A summary is provided in the slide deck.", "slide deck")] == ["suggestion"]
    # an idiom used for its edge (our own strict reading of set F, seed 6521)
    assert [sev for sev, _s in _one("Co-production is not a tick-box exercise.", "tick-box exercise")] == ["suggestion"]


def test_a_verbatim_record_of_speech_is_a_suggestion():
    # our own strict reading of set F (seed 6521): an official report of a committee's evidence
    # session ('I provided a short paper in advance of today's meeting', said by a witness):
    # what was said is not the writer's to reword
    record = ("The Chair (Ms Lee): I welcome Ms Jo Hart, director of planning.\n\n"
              "Ms Jo Hart (Department of Health): Thank you, Chair. I sent a short paper in advance of today's meeting.\n\n"
              "Mr Tom Reid (North Ward) (Green)\n\nGood morning. My question is about waiting lists.\n")
    assert [sev for sev, _s in _one(record, "in advance of")] == ["suggestion"]
    # minutes naming people with their posts, no one speaking, keep their findings
    minutes = ("Ms Jo Hart (Director of Planning)\n\nMr Tom Reid (Chair)\n\n"
               "The report was sent in advance of the meeting.\n")
    assert [sev for sev, _s in _one(minutes, "in advance of")] == ["warning"]
    # a list of contributors with their roles, then thanks (a needs assessment's credits, corpus
    # tuning part): no one speaking
    credits = ("Senior Analyst (Lead for mapping)\n\nResearch Officer (Project Support Officer)\n\n"
               "Thank you to the residents who took part.\n\nThe report was sent in advance of the meeting.\n")
    assert [sev for sev, _s in _one(credits, "in advance of")] == ["warning"]
    # a speech in a Lords debate (our own strict reading of fresh A-E, seed 6522: 'a plethora of
    # reports' said by a peer, pedantic)
    debate = "Question for Short Debate\n\nMy Lords, since May we have had a plethora of reports on discharge.\n"
    assert [sev for sev, _s in _one(debate, "a plethora of")] == ["suggestion"]
    assert [sev for sev, _s in _one("We have had a plethora of reports on discharge.", "a plethora of")] == ["warning"]


def test_a_care_plan_read_in_advance_is_no_planning_ahead():
    # our own strict reading of set F (seed 6521): 'read the care plan in advance' -> 'read the
    # care plan' drops when it is read (wrong)
    assert _one("Staff had no time to read the care plan in advance of the visit.", "plan in advance") == []
    assert _one("Families should plan in advance for the holidays.", "plan in advance") == [("warning", ["plan"])]


@pytest.mark.parametrize("text,words,severity,swap", [
    # G pl14 (wrong): 'particularly on demand and inflationary pressures' reads as 'on demand';
    # with no swap after a word of focus, a suggestion (set GH pl29, pl41: both readers pedantic)
    ("The challenges, particularly with respect to demand and inflationary pressures, were noted.",
     "with respect to", "suggestion", []),
    # 'on' before a noun that qualifies the next one reads right ('on time limits')
    ("We sought advice with respect to time limits.", "with respect to", "warning", ["on", "about"]),
    ("There is no news with respect to parking.", "with respect to", "warning", ["on", "about"]),
    # a noun of change takes its own 'to' ('no change to parking')
    ("There is no change with respect to parking.", "with respect to", "warning", ["to", "for"]),
    # G pl09, pl18, pl10, pl47 (pedantic): plain words already, or an opinion word readers know
    ("We will listen to residents before making a decision.", "making a decision", "suggestion", ["deciding"]),
    ("There had been a large amount of funding for the scheme.", "a large amount of", "suggestion",
     ["a lot of", "much"]),
    ("The city has a world-leading research centre.", "a world-leading", "suggestion", ["an excellent"]),
    # the same class in our own strict reading of the corpus tuning part (seed 7102)
    ("Our work has been underpinned by cutting-edge research.", "cutting-edge", "suggestion", ["advanced", "new"]),
    ("The county should incentivise bus operators to run more services.", "incentivise", "suggestion",
     ["encourage", "motivate"]),
    # G pl41 (pedantic): an emphatic set phrase
    ("The board asks the council to set out how it will, as a matter of urgency, fix the roof.",
     "as a matter of urgency", "suggestion", ["urgently"]),
    # the useful class stays shown
    ("The campaign was short but impactful.", "impactful", "warning", ["effective"]),
    ("We saw a large number of residents at the event.", "a large number of", "warning", ["many"]),
])
def test_classes_the_reader_named_on_fresh_set_g(text, words, severity, swap):
    assert _one(text, words) == [(severity, swap)]


@pytest.mark.parametrize("text,words", [
    # G pl44 (wrong), pl13, pl20 (pedantic): the statutory category of urgent business and the
    # call-in waiver's wording
    ("The Chair agreed that the item should be considered at the meeting as a matter of urgency "
     "under the urgent business rules.", "as a matter of urgency"),
    ("The motion was taken as a matter of urgency in terms of Section 50(4)(b) of the Act.",
     "as a matter of urgency"),
    ("A waiver of call-in was agreed, as the decision should be treated as a matter of urgency.",
     "as a matter of urgency"),
    # G pl29 (pedantic): research impact, the field's own term
    ("Peer researchers help make research more relevant and impactful.", "impactful"),
])
def test_statutory_urgency_and_research_impact_are_left(text, words):
    assert _one(text, words) == []


_MINUTES = ("Members noted the update on the housing strategy and asked about the waiting list. "
            "The Chair thanked the Head of Housing for the report and for the work of the team. "
            "The Head of Housing said the Council would write to every tenant in the spring.\n\n"
            "The Strategic Lead invited Members to comment on the draft Action Plan, and when completed "
            "it is anticipated that it will be presented to Cabinet in March, though there is a need to "
            "agree the budget first. Members agreed to send their comments by the end of the month, and the "
            "Chair thanked everyone for their time and their contributions to the discussion.\n")


def test_third_person_minutes_get_no_we():
    # G pl42 (pedantic): third-person minutes, where 'we expect' brings in a 'we' the writer
    # never uses: no swap, a suggestion; another alternative where there is one ('must')
    assert _one(_MINUTES, "it is anticipated that") == [("suggestion", [])]
    assert _one(_MINUTES, "there is a need to") == [("suggestion", ["must"])]
    # where the writer speaks as 'we', the swap stays
    ours = _MINUTES.replace("the Council would", "we would").replace("the work of the team", "our team")
    ours = ours.replace("Members agreed", "We agreed")
    assert _one(ours, "it is anticipated that") == [("warning", ["we expect"])]
    # a text too short to tell keeps it
    assert _one("It is anticipated that the work will finish in May.", "it is anticipated that") == [
        ("warning", ["We expect"])]


def test_stakeholders_named_in_the_sentence_before():
    # G pl50 (pedantic): the sentence before lists who ('tenants, residents and leaseholders')
    text = ("Involvement means working with our tenants, residents and leaseholders on the issues that affect "
            "them. It includes research and consultation with a whole range of stakeholders.")
    assert _one(text, "stakeholders") == [("suggestion", [])]
    # one group before names no list: the useful class stays shown
    text = "We wrote to every tenant last year. It includes consultation with a whole range of stakeholders."
    assert _one(text, "stakeholders") == [("warning", [])]


def test_a_declaration_item_under_its_lead_in_is_a_suggestion():
    # our own strict reading of fresh A-G (seed 7101): 'Members are asked to declare:-' then
    # '(1) any interests they may have in relation to items on the agenda' (pedantic)
    text = ("2. Declarations of Interest\n\nMembers are asked to declare:-\n\n"
            "(1) any interests they may have in relation to items on the agenda for this meeting;\n")
    assert [sev for sev, _ in _one(text, "in relation to")] == ["suggestion"]
    # an item under another lead-in keeps its warning
    text = ("2. Budget\n\nMembers are asked to note:-\n\n"
            "(1) the savings they may have made in relation to items on the agenda for this meeting;\n")
    assert [sev for sev, _ in _one(text, "in relation to")] == ["warning"]


def test_stakeholders_after_a_list_of_singular_groups():
    # our own strict reading of fresh A-G (seed 7101): 'meaningful public, carer, patient, service
    # user and stakeholder involvement. ... programmes aimed at different stakeholders' (pedantic)
    text = ("The partnership wants meaningful public, carer, patient, service user and stakeholder involvement. "
            "Its teams run programmes aimed at different stakeholders.")
    assert [sev for sev, _ in _one(text, "stakeholders")] == ["suggestion"]


def test_a_declaration_minutes_reasons_keep_their_findings():
    # fresh E pl03 (useful): under the heading 'Declarations of Interest' a member's reasons are
    # the minute-writer's own words
    text = ("Declarations of Interest\n\nCouncillor Long declared an interest in item 3 (the pay award for the "
            "council's staff and the changes to the grading of the care workers' posts), on the grounds that the "
            "reply from the Treasury made reference to the pay review body, which was relevant to his work.\n")
    assert [sev for sev, _ in _one(text, "made reference to")] == ["warning"]


def test_stakeholders_after_groups_named_apart_stay_shown():
    # fresh F pl31 (useful): people and staff named in the sentence before, but not as a list
    text = ("Many people with a learning disability are not on the register, and many struggle to convince "
            "their GP and practice staff to add them. The Government needs to work with stakeholders to find out why.")
    assert [sev for sev, _ in _one(text, "stakeholders")] == ["warning"]


def test_a_bodys_own_faq_keeps_we():
    # fresh F pl47 (useful): a partnership's FAQ with no 'we' and no meeting in it still speaks as
    # the body: 'we expect' fits
    faq = ("How are the planning authorities involved in the strategy?\n\n"
           "The planning authorities sit on the steering group and help to shape the strategy. Developers must "
           "deliver a gain in biodiversity of at least ten per cent under the new rules, which came in last year. "
           "In some cases the gain will be delivered on the site as part of the design of the new homes, and "
           "it is anticipated that a share will be sought elsewhere, where the strategy will help to find the "
           "places where nature can recover best and where the money will do most good for wildlife.\n")
    assert _one(faq, "it is anticipated that") == [("warning", ["we expect"])]


@pytest.mark.parametrize("text,swap", [
    # our own reading of every shown plain-words finding on fresh G: 'a report for the
    # performance', 'views and comments for the plan', 'be assured for the progress' misread
    ("Cabinet had received a report in respect of the performance of the service.", ["on", "about"]),
    ("The views and comments in respect of the plan were noted.", ["on", "about"]),
    ("Members should be assured in respect of the progress made.", ["about"]),
    # 'about' only: 'issues with' reads as faults, which 'issues pertaining to' need not mean
    # (set O pl35: 'the issues with regard to the town's planning' -> 'issues with' changed the sense)
    ("Members were aware of the issues in respect of the delivery of grants.", ["about"]),
    ("Staff will get training in respect of mental health.", ["on", "about"]),
    ("We have had a response in respect of the request for updates.", ["to"]),
    # our own reading of every shown plain-words finding on fresh A-E
    ("The grant meets escalating demands in respect of homelessness provision.", ["for", "on"]),
    ("This is not a full list of the events that occurred in respect of the case.", ["in"]),
    ("The council could take action in respect of unadopted alleyways.", ["on"]),
    # elsewhere 'for' stays first
    ("We have received payment in respect of your rent.", ["for"]),
])
def test_nouns_of_reporting_take_on_or_about(text, swap):
    assert _one(text, "in respect of") == [("warning", swap)]


@pytest.mark.parametrize("text,words,swap", [
    # an independent reader on fresh A-G (main 8c5fd9b), pl36: after a verb of speaking 'for' reads
    # as 'in favour of'; what was said is 'about' or 'on' the thing
    ("Councillor Grey, the local member, addressed the Committee in respect of the application.",
     "in respect of", ["about", "on"]),
    ("Residents wrote to the council in relation to the fees.", "in relation to", ["about", "on"]),
    # pl05, pl15, pl48: after a noun of change or action 'for' reads right, 'about' does not
    ("There would be no changes to the boundary in relation to the new care system.", "in relation to", ["for"]),
    ("The committee may decide not to exercise its delegation in relation to a single application.",
     "in relation to", ["for"]),
    ("The report set out further changes going forward in relation to the care system.", "in relation to", ["for"]),
    ("There were no changes in relation to parking.", "in relation to", ["to", "for"]),
    # controls: with neither before it, the entry's own order stands
    ("We have received payment in respect of your rent.", "in respect of", ["for"]),
    # (since set L: no sure frame for 'in relation to' here, so no swap at all)
    ("The findings of the survey in relation to the Welsh language were outlined.", "in relation to", []),
    # a clause's word ends the walk back: 'said' is not what the phrase hangs on
    # (since set L, work is done 'on' a thing: the noun's own preposition)
    ("Officers said that the work in relation to the car park was late.", "in relation to", ["on"]),
    # our own reading of fresh A-G at seed 7311: rules and plans take 'for' ('Standing Orders
    # about the Board' was offered)
    ("The Terms of Reference and Standing Orders in relation to the Board be reviewed.", "in relation to", ["for"]),
    ("Officers said that the plan in relation to the car park was late.", "in relation to", ["for"]),
    # seed 7313: 'Details for the programmes' does not read
    ("Details in respect of the recovery programmes are attached.", "in respect of", ["of", "about"]),
    ("She gave background information in relation to the questions.", "in relation to", ["on", "about"]),
    # the corpus tuning part: savings are 'on' a cost ('savings for waste management costs' was
    # offered), and 'change' may be the verb ('can change the order of preference in terms of')
    ("There are further savings with respect to waste management costs.", "with respect to", ["on", "for"]),
    ("Tests can change the order of preference in relation to net values.", "in relation to", []),
])
def test_a_linking_phrase_takes_what_the_words_before_need(text, words, swap):
    assert _one(text, words) == [("warning", swap)]


@pytest.mark.parametrize("text,words,severity", [
    # pl27, pl39 (pedantic): outreach to whole groups is not 'contact'
    ("The team is actively reaching out to local communities across the county.", "reaching out to", None),
    ("This page shows how we've reached out to local people so far.", "reached out to", None),
    ("Staff reached out to each applicant by phone.", "reached out to", "warning"),
    # seed 7313 (our own reading): 'the general public' too; a named person is still contacted
    ("We also reached out to the general public and staff.", "reached out to", None),
    ("We reached out to the applicant by phone.", "reached out to", "warning"),
    # pl34 (pedantic): a strategy's numbered priority title, as published
    # (the title's own phrase, 'at the earliest opportunity', became a suggestion everywhere after set H's
    # reading; the class is kept with a phrase that is still a warning in prose)
    ("Priority 2: Identify and act on children's needs prior to school entry, through lived experience.",
     "prior to", "suggestion"),
    ("We will identify and act on children's needs prior to school entry.", "prior to", "warning"),
    # set H pl15, pl39, pl35 (pedantic): no shorter, or the plain word loses a shade of the sense
    ("The papers will be circulated to Members at the earliest opportunity.", "at the earliest opportunity",
     "suggestion"),
    ("In the unlikely event that the Chair is absent, the Vice-Chair presides.", "in the unlikely event that",
     "suggestion"),
    # pl04 (pedantic): a contents list run into one line by the page's layout
    ("Annual Report 2018/19 Contents 1. Introduction Improvement under the local government act What is "
     "improvement? Recording and reporting progress Engaging our Stakeholders 2. Planning, improvement and review "
     "of the framework 3. How we have performed – review of performance for the year 4. How to get involved",
     "stakeholders", "suggestion"),
    ("We have spent the year engaging our stakeholders. 1. We met 2. We wrote 3. We listened.",
     "stakeholders", "warning"),
    # pl20 (pedantic): 'holistic' in writing about health and care is the readers' term
    ("The mental health plan looked at services in a more holistic way, supporting people to stay well.",
     "holistic", None),
    ("The board agreed a holistic approach to the budget.", "holistic", "warning"),
    # pl24 (pedantic): the advice would repeat the next word; a rewrite gains little
    ("The Board agreed the schemes would be deliverable, achievable and measurable over winter.",
     "deliverable", "suggestion"),
    ("The Board agreed the schemes would be deliverable over winter.", "deliverable", "warning"),
])
def test_labels_outreach_and_care_words_from_the_mid_session_reading(text, words, severity):
    found = _one(text, words)
    assert [s for s, _ in found] == ([severity] if severity else [])


@pytest.mark.parametrize("text,kept", [
    # our own reading of fresh A-G at seed 7311: 'after being discharged to improve the support'
    # reads as a destination; the passive of a verb that takes 'to' keeps 'in order to'
    ("We tracked patients after being discharged in order to improve the support.", False),
    ("Patients were discharged in order to free beds.", False),
    # controls: a verb that takes no destination, and the active with no object
    ("The service was started in order to help carers.", True),
    ("We tracked patients after they left hospital in order to improve the support.", True),
])
def test_a_passive_verb_of_destination_keeps_in_order_to(text, kept):
    assert _one(text, "in order to") == ([("warning", ["to"])] if kept else [])


@pytest.mark.parametrize("text,words,severity,swap", [
    # our own strict reading of fresh A-H and the corpus tuning part at seed 8271 (pl16, pl43
    # pedantic; the independent reader of set H, pl09): words of praise or opinion readers know
    ("Automated vehicles have the potential to revolutionise travel.", "revolutionise", "suggestion",
     ["greatly improve", "completely change"]),
    ("The plan aims to deliver world-class care for cancer.", "world-class", "suggestion", ["excellent"]),
    ("I have seen how transformative true co-production can be.", "transformative", "suggestion",
     ["far-reaching"]),
    ("Involvement too often felt tokenistic rather than transformative.", "transformative", "suggestion",
     ["far-reaching"]),
    ("Some said the work had been transformational.", "transformational", "suggestion", ["far-reaching"]),
    # before its noun, the buzzword stays shown
    ("This is a transformative programme for the town.", "transformative", "warning", ["major", "far-reaching"]),
    ("It is a transformational change for adult care.", "transformational", "warning",
     ["major", "big", "far-reaching"]),
])
def test_words_of_praise_are_suggestions(text, words, severity, swap):
    assert _one(text, words) == [(severity, swap)]


@pytest.mark.parametrize("text,severity", [
    # the independent reader of set H at 780b5c9 (pl07, pedantic) and its class: the words right
    # after the group say who is in it, past a place or a sector
    ("He said reports were shared with internal stakeholders in the Growth and Transport directorates.",
     "suggestion"),
    ("We engaged with a range of stakeholders in the health sector, including Deaf people and nurses.",
     "suggestion"),
    ("Three events were held with stakeholders across Wales, including NHS health boards and carers.",
     "suggestion"),
    ("The inquiry asked whether stakeholders (including the public and the third sector) are involved.",
     "suggestion"),
    ("We will work with stakeholders from the NHS on the plan.", "suggestion"),
    # a place alone, the word standing alone, or members named only in the next sentence: shown
    ("We will share the learning with stakeholders across Kent.", "warning"),
    ("We held a consultation with stakeholders.", "warning"),
    ("We spoke to stakeholders. They included schools and GPs.", "warning"),
    ("We will work with stakeholders in the county, then write the plan.", "warning"),
])
def test_stakeholders_named_right_after(text, severity):
    assert _one(text, "stakeholders") == [(severity, [])]


@pytest.mark.parametrize("text,words,severity,swap", [
    # our own strict reading of fresh A-H and the corpus tuning part at seed 8272: pl12, outreach
    # to the members of a community (pedantic: left); pl32, the board's own measure before its
    # noun (pedantic: a suggestion with no swap)
    ("Journalists are reaching out to members of the Gypsy and Traveller Communities to make films.",
     "reaching out to", None, None),
    ("We reached out to members of the public at the fair.", "reached out to", None, None),
    ("A long-term trend of statistically significant improvement is now visible.", "statistically significant",
     "suggestion", []),
    # the controls: a person or staff are contacted; after 'be' the swap stays shown
    ("The manager reached out to members of staff on leave.", "reached out to", "warning",
     ["contacted", "got in touch with"]),
    ("The difference between the two wards is statistically significant.", "statistically significant",
     "warning", ["unlikely to be due to chance"]),
])
def test_outreach_to_members_and_a_measure_before_its_noun(text, words, severity, swap):
    assert _one(text, words) == ([] if severity is None else [(severity, swap)])


@pytest.mark.parametrize("text,words,severity", [
    # the independent reader of set H at 780b5c9 (pl42, pedantic: 'statutory boilerplate agenda
    # item') and our own strict reading at seed 8272 (pl09): an agenda item's standing wording
    ("Disclosure of Party Whips To receive disclosures of prohibited party whips which a Member has been "
     "given in relation to the meeting in accordance with Section 78(3) of the Local Government Measure 2011.",
     "in relation to", "suggestion"),
    ("Petitions To receive petitions (if any) submitted by members of the public under the provisions of "
     "Executive Procedure Rule 49.", "under the provisions of", "suggestion"),
    # the controls: no rule cited, or no agenda item's 'To receive'
    ("To receive an update in relation to the waste contract.", "in relation to", "warning"),
    ("We expect to receive funding in relation to the scheme under Section 31 of the Act.", "in relation to",
     "warning"),
    ("The council acted under the provisions of the Housing Act 1996.", "under the provisions of", "warning"),
])
def test_an_agenda_items_standing_wording_is_a_suggestion(text, words, severity):
    assert [s for s, _ in _one(text, words)] == [severity]


@pytest.mark.parametrize("text,found", [
    # the independent reader of set H at 780b5c9 (pl05, pedantic): a statutory duty's subjunctive
    ("The duty covers needs which call for the council's funding, in order that they be met.", False),
    ("We act in order that the needs of all be met.", False),
    # a modal before 'be', or no 'be': ordinary English, the swap stays
    ("We need your form in order that you can be paid.", True),
    ("The process was brought forward in order that savings could be made.", True),
])
def test_in_order_that_before_a_subjunctive_is_left(text, found):
    assert bool(_one(text, "in order that")) is found


def test_performance_is_read_against_its_target():
    # our own strict reading at seed 8271: 'the Council's performance in relation to the national
    # performance indicator' was offered 'about' ('performance about the indicator')
    assert _one("This was reflected in the Council's performance in relation to the national indicator.",
                "in relation to") == [("warning", ["against", "on"])]
    # the control: another noun keeps the linking swaps
    assert _one("Members asked questions in relation to the national indicator.", "in relation to")[0][1][0] \
        in ("about", "on")


def test_a_step_change_in_a_chart_is_the_statistical_sense():
    # our own strict reading at seed 8271 (pl30, wrong): 'big change' misreads a chart's shift
    assert _one("Performance charts will be annotated to show the step-change in waiting times.", "step-change") == []
    assert _one("We need a step change in recycling rates.", "step change") == [
        ("warning", ["big change", "major improvement"])]


def _message(text, words):
    return [f.message for f in check_text(text, config=Config()).findings
            if f.rule == "wordy-phrase" and f.text.lower() == words]


@pytest.mark.parametrize("text, found", [
    # the independent reader of set I at 4dd7464, pl27: 'by' needs a date, not a length of time
    ("The report must be sent no later than six weeks after the survey.", [("warning", ["within"])]),
    ("Claims are paid no later than 28 working days from receipt.", [("warning", ["within"])]),
    # counted back from an event: 'within five days before' changes the sense; no one word,
    # and the deadline is precise: a suggestion (set M pl49 pedantic)
    ("Papers go out no later than five clear days before the meeting.", [("suggestion", [])]),
    # controls: a date or a clock time keeps 'by'
    ("The report must be sent no later than 30 June 2025.", [("warning", ["by"])]),
    ("Bids must arrive no later than 5pm on Friday.", [("warning", ["by"])]),
])
def test_no_later_than_before_a_length_of_time(text, found):
    assert _one(text, "no later than") == found


@pytest.mark.parametrize("text, found", [
    # set I at 4dd7464, pl04: 'improvements had been made for engagement' reads 'for the sake of'
    ("Good improvements had been made with regard to engagement with tenants.", ["in", "to"]),
    ("Changes were made in relation to the timetable.", ["to", "for"]),
    # pl13: a change to a change garbles with any one word ('improvements in changes to ...')
    ("Members welcomed investment and improvements in relation to changes to the bus routes.", []),
    ("Members welcomed improvements with regard to the changes to the timetable.", []),
    # controls: the noun's own preposition before anything else; 'for' after a change noun further back
    ("Members welcomed improvements in relation to the bus routes.", ["in", "to"]),
    ("There would be no changes to the boundary in relation to the new care system.", ["for"]),
])
def test_a_linking_phrase_after_a_noun_of_change(text, found):
    words = next(w for w in ("in relation to", "with regard to") if w in text)
    assert _one(text, words) == [("warning", found)]


def test_a_noun_in_a_phrase_of_time_after_on_its_is_a_rewrite():
    # set I at 4dd7464, pl07: 'On their start in April 2010' is not English ('When they were set up')
    # ('inception' is a suggestion since set IJ pl46, both readers pedantic)
    assert _one("On their inception in May 2015, the boards agreed a plan.", "inception") == [("suggestion", [])]
    assert "rewrite" in _message("Upon its inception the fund had two staff.", "inception")[0]
    # the control: after 'since' the noun swaps
    assert _one("The scheme has helped 500 families since its inception.", "inception") == [
        ("suggestion", ["start", "beginning"])]


@pytest.mark.parametrize("text, recast", [
    # set I at 4dd7464, pl28: the opening clause runs into the phrase, a second one follows it
    ("When reading the tables it is important to note that whilst most rows are final, some are estimates.", True),
    ("If you are unsure it is worth noting that the office can help.", True),
    ("When you apply, it is important to note that if you move, you must tell us.", True),
    # controls: a closed opening clause and a main clause after the phrase; no opener at all
    ("When you apply, it is important to note that the figures are provisional.", False),
    ("It is important to note that the figures are provisional.", False),
    ("The data is new and it is important to note that the figures are provisional.", False),
])
def test_a_cut_that_would_leave_an_opening_clause_alone_says_to_recast(text, recast):
    words = next(w for w in ("it is important to note that", "it is worth noting that") if w in text.lower())
    (message,) = _message(text, words)
    assert message.startswith("Recast the sentence") is recast, message
    assert ("Delete it and make the point" in message) is not recast


def test_after_on_and_a_determiner_as_an_object_the_swap_stays():
    # controls of our own for the phrase of time: 'on' after a verb is no phrase of time
    assert _one("We will focus on their key aims.", "key")[0][1] == ["main", "important"]
    assert _one("We will build on the key findings.", "key")[0][1] == ["main", "important"]


@pytest.mark.parametrize("text, found", [
    # a bare noun of an event after a preposition of time: 'at start' is not English
    ("At inception, the fund held two assets.", []),
    ("The fund has grown since inception.", []),
    # controls: a determiner before the noun; a bare adjective before its noun
    ("The fund has grown since its inception.", ["start", "beginning"]),
])
def test_a_bare_noun_of_an_event_after_a_preposition_of_time(text, found):
    assert _one(text, "inception") == [("suggestion", found)]


def test_a_bare_adjective_after_a_preposition_keeps_its_swap():
    assert _one("Approximately 40 people came, and at approximately 5pm we closed.", "approximately")[1][1] == ["about", "around"]


@pytest.mark.parametrize("text, severity", [
    # minutes' standing wording of adoption (set I at 4dd7464, pl25 and pl50, pedantic); our own sentences
    ("The minutes of the meeting of 3rd May, omitting those matters in respect of which the Board had "
     "delegated its powers to the Panel, were taken as read.", "suggestion"),
    ("The minutes in respect of the meeting of 3rd May were signed as correct.", "suggestion"),
    # the control: minutes in prose with no formula
    ("Members asked for the minutes in respect of the housing review to be published.", "warning"),
])
def test_the_standing_wording_of_minutes_taken_as_read_is_a_suggestion(text, severity):
    assert [s for s, _ in _one(text, "in respect of")] == [severity]


@pytest.mark.parametrize("text,words,severity", [
    # a report's status notice (set II pl06, pl30, pl48: both readers called two of them pedantic,
    # one reader each): the issuing body's standing wording; our own sentences
    ("This report was written for the board's own use. No responsibility is taken by the review team in "
     "relation to any officer acting alone, or to any third party.", "in relation to", "suggestion"),
    ("We accept no liability to any third party in respect of this review.", "in respect of", "suggestion"),
    ("Requests for this paper are dealt with under the Code of Practice issued under section 45 of the "
     "Freedom of Information Act. In relation to this paper, the review team is a relevant third party.",
     "in relation to", "suggestion"),
    # the controls: third parties in the writer's own prose, with no notice's disclaimer or code
    ("The council does not accept liability for damage by third party contractors, and residents wrote to "
     "the council in respect of the fees.", "in respect of", "warning"),
    ("The council works with third parties in relation to waste, and no responsibility for missed bins is "
     "taken lightly.", "in relation to", "warning"),
    ("We will not accept responsibility in relation to the repairs.", "in relation to", "warning"),
])
def test_a_reports_status_notice_is_a_suggestion(text, words, severity):
    assert [s for s, _ in _one(text, words)] == [severity]


@pytest.mark.parametrize("text,severity", [
    # an agenda item's standing wording, its rule cited further on and numbered 'No.s' or 'No.'
    # (set HH pl64, pedantic); our own sentences
    ("To receive questions from residents in respect of any item of business on this agenda, as set out in "
     "the rules of the council at Standing Order No. 14.", "suggestion"),
    ("To receive statements from the public in respect of any item on the agenda, as allowed for in "
     "Standing Order No.s 4(a) and 4(b).", "suggestion"),
    # the controls: a section of any document further on, and a sentence ended before the rule
    ("To receive questions from residents in respect of any item of business on this agenda, as set out in "
     "section 14 of the council's rules.", "warning"),
    ("To receive an update in respect of the depot. Standing Order No. 14 applies.", "warning"),
])
def test_an_agenda_items_rule_cited_further_on(text, severity):
    assert [s for s, _ in _one(text, "in respect of")] == [severity]


@pytest.mark.parametrize("text, severity", [
    # set J at 19062fc, pl09, pl47, pl50 (wrong): 'partners' narrows who is meant where the people
    # include staff, families or users; no swap anywhere, the note says who to name. Our own sentences.
    ("We talked to a wide range of stakeholders, inside and outside the hospital, about the plan.", "warning"),
    ("The panel gathered evidence from a broad group of stakeholders before it reported.", "warning"),
    ("We asked for views on the new app across a range of stakeholders.", "warning"),
    # where the sentence already names who, still the list's suggestion, still no swap
    ("We asked residents, schools and other stakeholders for their views.", "suggestion"),
])
def test_stakeholders_get_advice_with_no_swap(text, severity):
    assert _one(text, "stakeholders") == [(severity, [])]
    (f,) = [f for f in check_text(text, Config(select=["jargon"], min_severity="suggestion")).findings]
    assert "Say who you mean" in f.message


@pytest.mark.parametrize("text, found", [
    # set J at 19062fc, pl37 (wrong): owning a thing in law (a community asset transfer); our own sentences
    ("The trust is getting ready to take ownership of the old library building next year.", []),
    ("Once the group takes ownership of an asset, it must insure it.", []),
    ("The parish council took ownership of the land in May.", []),
    ("The club will take ownership of the pavilion and its car park.", []),
    # the figurative sense stays: a duty, a plan, a word that qualifies another noun
    ("Each ward must take ownership of its waiting list.", ["take responsibility for"]),
    ("The estates team will take ownership of the asset register.", ["take responsibility for"]),
    ("Managers took ownership of the building's repairs plan.", ["took responsibility for"]),
])
def test_taking_ownership_of_a_thing_in_law_is_left(text, found):
    got = [s for s in _one(text, "take ownership of") + _one(text, "takes ownership of")
           + _one(text, "took ownership of")]
    assert got == ([("warning", found)] if found else [])


@pytest.mark.parametrize("text, found", [
    # set J at 19062fc, pl14 (wrong): a named assessment with its subject between ('holistic family
    # health needs assessment'); our own sentences
    ("At the first visit the nurse will complete a holistic family needs assessment.", []),
    ("Each carer is offered a holistic carer's needs assessment.", []),
    # the vague word stays, 'needs' or an assessment further on included
    # (advice with no swap since set R pl07: every swap shifts the sense somewhere)
    ("The strategy takes a holistic view of the needs of each town.", True),
    ("We want a holistic approach to assessment in the new service.", True),
])
def test_holistic_before_a_named_needs_assessment_is_left(text, found):
    assert _one(text, "holistic") == ([("warning", [])] if found else [])


@pytest.mark.parametrize("text, swap", [
    # set J at 19062fc, pl05 (pedantic): a workstream is a strand of a programme, larger than a task
    ("The programme has four broad workstreams to support discharge.", ["strands of work", "areas of work"]),
    ("Each workstream reports to the board.", ["strand of work", "area of work"]),
    # before another noun a phrase with 'of' does not fit: no swap
    ("Each workstream budget is set in April.", []),
])
def test_workstreams_are_strands_of_work(text, swap):
    assert [s for _, s in _one(text, _ws(text))] == [swap]


def _ws(text):
    return "workstreams" if "workstreams" in text else "workstream"


def test_the_plural_of_a_phrase_with_of_is_its_head_s():
    from plainlint.inflect import plural
    assert plural("strand of work") == "strands of work"
    assert plural("list of risks and controls") == "lists of risks and controls"
    assert plural("local partner") == "local partners"


@pytest.mark.parametrize("text, severity", [
    # set J at 19062fc, pl43 (pedantic): 'in order to' after a chain of two to-phrases keeps the
    # purpose apart ('to' would read as "choices to provide"); our own sentences
    ("To help and encourage tenants to keep warm homes in order to cut their bills.", "suggestion"),
    ("Officers were asked to plan ahead and to write reports in order to save time.", "suggestion"),
    # controls: one to-phrase with no determiner after its verb, or 'to' before a place
    ("We help tenants to keep warm homes in order to cut their bills.", "warning"),
    ("Come to the library in order to meet staff.", "warning"),
])
def test_in_order_to_after_a_chain_of_to_phrases(text, severity):
    assert _one(text, "in order to") == [(severity, ["to"])]


@pytest.mark.parametrize("text, words, swap", [
    # our audit of the people words after set J at 19062fc (pl09's class: a plain word that narrows
    # who is meant): the users of a system may be staff or visitors, not residents
    ("The new booking system was tested with end users in May.", "end users", ["people who use the service"]),
    ("Each end user gets a login.", "end user", ["person who uses the service"]),
])
def test_end_users_are_not_offered_residents(text, words, swap):
    got = check_text(text, Config(select=["done-to-language"], min_severity="suggestion")).findings
    assert [(f.text.lower(), f.suggestions) for f in got] == [(words, swap)]


@pytest.mark.parametrize("text, severity", [
    # set J at 19062fc, pl10 (pedantic): a linking phrase opening the clause of a minuted resolution,
    # 'That ...' with a bare 'be', is its fixed wording; our own sentences
    ("That in respect of item 3, use of the urgent procedure be authorised.", "suggestion"),
    ("RESOLVED: That, in respect of the leisure centre, officers be asked to report back.", "suggestion"),
    # controls: reported speech, a 'That' with a modal, a resolution where the phrase opens no clause
    ("Officers said that in respect of the car park, no change was planned.", "warning"),
    ("That in respect of the car park, officers will report back in May.", "warning"),
    ("That the current position in respect of the budget be noted.", "warning"),
])
def test_an_opening_clause_in_a_minuted_resolution_is_a_suggestion(text, severity):
    assert [s for s, _ in _one(text, "in respect of")] == [severity]


# sense audit of the shown entries (17p3): where the plain word changes what a common sentence
# says, the swap waits for the words around it, or the finding gives advice with no swap
@pytest.mark.parametrize("text, words, swaps", [
    ("Much of this work will feed the prevention agenda across the county.", "agenda", []),
    ("The hub is a one stop shop where families see several services on one day.", "one stop shop",
     ["single place"]),
    # (a term of art since set R pl29: advice to name the bodies, no swap)
    ("The buying plan was agreed by the anchor institutions in the county.", "anchor institutions", []),
    ("The board reviewed the assurance framework in March.", "assurance framework",
     ["list of risks and controls"]),
    ("We will grow place-based services in every district.", "place-based", ["local"]),
    # 'place-based partnerships' is a formal tier of the system (set X pl23): no finding
    ("We will grow place-based partnerships in every district.", None, None),
    ("The ward filled in the infection prevention and control assurance framework.", None, None),
    ("As anchor institutions, that is, large bodies with deep roots here, we buy locally.", None, None),
    ("The council takes a place-based approach to skills.", None, None),
    ("The minutes of the last meeting are on the agenda.", None, None),
    ("The fund supports capacity building in community groups.", "capacity building", []),
])
def test_shown_swaps_keep_the_sense(text, words, swaps):
    found = [f for f in check_text(text, Config(select=["jargon"])).findings]
    if words is None:
        assert not found
    else:
        assert [(f.text, list(f.suggestions)) for f in found] == [(words, swaps)]


@pytest.mark.parametrize("text, words, swaps", [
    ("The ask of the council was to keep the library open.", "The ask", ["The request made"]),
    ("The ask is for two more nurses.", "The ask", ["The request"]),
    ("Clinics saw expedited paediatric patients in June.", None, None),
    ("The GP made an expedited referral to the clinic.", None, None),
    ("The repairs were expedited after the storm.", "expedited", ["speeded up"]),
    ("Managers will work with partners to expedite delays in discharge.", None, None),
])
def test_swaps_keep_direction_and_clinical_sense(text, words, swaps):
    found = [f for f in check_text(text, Config(select=["plain-words"])).findings]
    if words is None:
        assert not found
    else:
        assert [(f.text, list(f.suggestions)) for f in found] == [(words, swaps)]


# ---------------------------------------------------------------------------------------
# After the independent reading of set L (pl20, pl26, pl28 wrong): 'with respect to', 'with
# reference to' and 'in relation to' have several senses (about, for, by, in terms of, under);
# a swap only where the frame makes the sense certain, else advice naming the choices


@pytest.mark.parametrize("text,words,plain", [
    # no frame says which sense: no swap
    ("The panel was picked to match the county with respect to age and income.", "with respect to", []),
    ("Officers may act when it is needed (with reference to section 9 of the Act).", "with reference to", []),
    ("The visit picked out themes in relation to staff morale.", "in relation to", []),
    ("Scores differ between wards in relation to the wider town.", "in relation to", []),
    # a sure frame: after a verb of speaking, before 'how' or 'whether', after a noun with its
    # own preposition, opening a clause, after a noun of saying received
    ("Residents wrote to us with reference to the bus lane.", "with reference to", ["about", "on"]),
    ("We sought guidance with respect to whether the fee applies.", "with respect to", ["about"]),
    ("Parents raised questions with reference to the new uniform.", "with reference to", ["about", "on"]),
    ("There is no news with respect to the depot.", "with respect to", ["on", "about"]),
    ("In relation to the depot, no decision has been made.", "in relation to", ["On", "For"]),
    ("Several comments had been received in relation to the new timetable.", "in relation to", ["on", "about"]),
    ("The cabinet agreed there is no further work with respect to the old pool.", "with respect to", ["on"]),
])
def test_a_linking_phrase_of_several_senses_swaps_only_in_a_sure_frame(text, words, plain):
    found = [f for f in check_text(text, Config(select=["wordy-phrase"])).findings if f.text.lower() == words]
    assert [f.suggestions for f in found] == [plain]
    if not plain:
        # still shown, with the choices named instead of one guessed word
        assert found[0].severity == "warning"
        assert "'under'" in found[0].message and "'in terms of'" in found[0].message


def test_in_respect_of_swaps_only_where_a_frame_is_sure():
    """'in respect of' keeps 'for' after a payment or a bill; where no frame says which sense
    ('decisions to be made in respect of charges', 'a duty in respect of extra care housing'),
    'for' or 'about' is a guess that changed the sense in several shown swaps on the corpus and
    sets J-N (our own audit, eleventh session): no swap, the choices named."""
    found = check_text("We have received payment in respect of your rent.", Config(select=["wordy-phrase"])).findings
    assert [f.suggestions for f in found] == [["for"]]
    found = check_text("The council has a duty in respect of extra care housing.", Config(select=["wordy-phrase"])).findings
    assert [f.suggestions for f in found] == [[]]
    assert found[0].severity == "warning" and "'about'" in found[0].message and "'for'" in found[0].message


@pytest.mark.parametrize("text,words,found", [
    # set L hidden pl02 (should be shown): the verb with its preposition, in the writer's prose
    ("Heating bills are impacting on many older tenants.", "impacting on", ("warning", ["affecting"])),
    ("The closure could impact upon bus users.", "impact upon", ("warning", ["affect"])),
    # a good impact: no 'harm' offered
    ("The new rota has positively impacted on waiting times.", "impacted on", ("warning", ["affected"])),
    # the bare verb stays a suggestion
    ("Rising demand will impact the budget.", "impact", ("suggestion", ["affect", "influence", "harm"])),
    # the noun after a word of degree or 'the likely': no finding
    ("Our grants can have the most impact on small groups.", "impact on", None),
    ("Officers weighed the likely impact on local shops.", "impact on", None),
])
def test_impact_on_as_a_verb_is_shown(text, words, found):
    cfg = Config(select=["jargon"], min_severity="suggestion")
    got = [(f.severity, f.suggestions) for f in check_text(text, cfg).findings if f.text.lower() == words]
    assert got == ([found] if found else [])


@pytest.mark.parametrize("text,words", [
    # set L pl04, pl12 (pedantic): plain idioms already; the swap stays, as a suggestion
    ("The fund pays for help over and above what the school gives.", "over and above"),
    ("In practical terms, the library opens an hour later.", "in practical terms"),
    # set L pl21 (pedantic): emphasis the speaker chose, in plain words
    ("She said staff helped residents each and every day.", "each and every"),
])
def test_plain_idioms_are_suggestions(text, words):
    assert [s for s, _ in _one(text, words)] == ["suggestion"]


@pytest.mark.parametrize("text,fires", [
    # set L pl23 (pedantic): in a paragraph about joining services up, 'seamless' is the term of art
    ("The board has integrated its community teams so that care feels seamless to families.", False),
    ("Carers want a seamless handover between ward and home teams.", False),
    # elsewhere it still fires
    ("Residents will get seamless access to the new payment scheme.", True),
])
def test_seamless_in_joining_up_care_is_the_term_of_art(text, fires):
    found = [f for f in check_text(text, Config(select=["jargon"])).findings if "seamless" in f.text.lower()]
    assert bool(found) is fires


@pytest.mark.parametrize("text,severity", [
    # set M pl05: a to-phrase ending in a noun before the words: 'to' would attach to that noun
    # ("new rules to cut costs"); the writer's 'so as to' keeps the purposes apart
    ("The scheme must change to meet new rules so as to cut running costs.", "suggestion"),
    ("Officers will work to agree shared data protocols so as to guide planning.", "suggestion"),
    # no to-phrase before, or a comma between: 'to' reads as the purpose, shown
    ("We close at 4pm so as to clean the pool.", "warning"),
    ("We changed the scheme so as to cut costs.", "warning"),
    ("We met to agree the plan, so as to avoid delay.", "warning"),
])
def test_so_as_to_after_a_purpose_to_phrase(text, severity):
    found = [f for f in check_text(text, Config(select=["wordy-phrase"])).findings if f.text == "so as to"]
    assert [(f.severity, f.suggestions) for f in found] == [(severity, ["to"])]


@pytest.mark.parametrize("text,severity,fix", [
    # set M pl49: a deadline counted back from an event is precise and takes no plainer words
    ("Claims must reach us no later than ten working days before the hearing.", "suggestion", []),
    # a date or a length of time after it: shown, with its swap
    ("Claims must reach us no later than 5pm on Monday.", "warning", ["by"]),
    ("Claims must reach us no later than 28 days after the award.", "warning", ["within"]),
])
def test_no_later_than_counted_back_is_a_suggestion(text, severity, fix):
    found = [f for f in check_text(text, Config(select=["wordy-phrase"])).findings if f.text == "no later than"]
    assert [(f.severity, f.suggestions) for f in found] == [(severity, fix)]


def test_during_which_time_is_a_suggestion():
    # set M pl39 pedantic: clear and compact; offered, not shown by default
    text = "The library will shut for two weeks, during which time books can be returned to the depot."
    found = [f for f in check_text(text, Config(select=["wordy-phrase"])).findings if f.text == "during which time"]
    assert [(f.severity, f.suggestions) for f in found] == [("suggestion", ["and in that time", "while"])]


@pytest.mark.parametrize("lead_in,found", [
    # set O co-production hidden co02: a list item is read with its list's lead-in; a fund's
    # groups by income name who qualifies ('pensioners': the benefits sense the note excepts)
    ("The fund gives vouchers to low income households, including:", False),
    ("You may apply if you are one of these groups of pension age:", False),
    ("The hardship fund can help:", False),
    # a list of who comes along: 'older people' fits, the word is still found
    ("Our Tuesday lunch club welcomes:", True),
    ("Every Friday the choir sings with:", True),
])
def test_pensioners_in_a_list_reads_the_lead_in(lead_in, found):
    text = f"{lead_in}\n\n- families with children\n- pensioners\n- unpaid carers\n"
    got = [f.text for f in check_text(text, Config(select=["done-to-language"])).findings]
    assert ("pensioners" in got) is found


def test_pensioners_lead_in_is_the_list_s_own():
    # the lead-in is the block before the run of items, and only where it ends with a colon:
    # an earlier paragraph about low incomes does not reach a later list under a new heading
    text = ("We help families on a low income.\n\nWho comes to the club\n\n"
            "Our members are:\n\n- pensioners\n- young parents\n")
    got = [f.text for f in check_text(text, Config(select=["done-to-language"])).findings]
    assert "pensioners" in got


@pytest.mark.parametrize("text,found", [
    # set O co-production co01: 'elderly' before a word of family relationship says who the
    # person is to someone: offered, not shown
    ("A lodger may be an elderly relative living with the tenant.", ("suggestion", "elderly relative")),
    ("Staff who care for elderly parents may work from home.", ("suggestion", "elderly parents")),
    # naming the people a service is for: still shown
    ("Elderly tenants get a visit each winter.", ("warning", "Elderly")),
    ("The scheme supports elderly residents and their relatives.", ("warning", "elderly")),
])
def test_elderly_before_a_family_word_is_a_suggestion(text, found):
    got = [(f.severity, f.text) for f in check_text(text, Config(select=["done-to-language"])).findings]
    assert got == [found]
