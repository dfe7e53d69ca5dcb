"""Page furniture (plainlint.furniture): a page's link labels, field lines, date and place lines and
breadcrumbs are blocks of kind 'furniture' that no rule reads (every rule file's ``scopes`` leaves
the kind out); a link note in brackets inside a sentence is left out of its text. Real prose beside
furniture, a real one-line paragraph, a heading that is a sentence and a list item of prose keep
their findings. Every example is our own words."""

import pytest

from plainlint.api import check_text
from plainlint.config import Config
from plainlint.engine import all_rules
from plainlint.extract import extract
from plainlint.furniture import furniture_line


def _kinds(text, fmt="txt"):
    doc = extract(text.encode("utf-8"), f"x.{fmt}")
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def _found(text, fmt="text", rules=None):
    cfg = Config(select=rules) if rules else Config()
    return [(f.rule, f.text) for f in check_text(text, cfg, fmt=fmt).findings if not f.document_level]


@pytest.mark.parametrize("line", [
    "Read more about our parks",
    "Download the annual plan (PDF, 1.2MB)",
    "Agenda item 4 PDF 310 KB",
    "Back to top",
    "Accept additional cookies",
    "Share this page",
    "Sign in to your account",
    "Written by: Sam Green, Filed under: Waste, Recycling",
    "Contact: the housing team Phone: 01632 960000",
    "Tuesday 9th March 2021 Room 2, Civic Centre.",
    "14 October 2022 at 2pm",
    "Home > Our services > Bins and recycling",
])
def test_furniture_lines(line):
    assert furniture_line(line)


@pytest.mark.parametrize("line", [
    "Tuesday 9 March is the last day to apply.",  # a sentence that opens with a date
    "Read the plan before the meeting.",  # a sentence: it ends with a full stop
    "Download the form, sign it and post it back",  # an instruction with a comma: prose
    "The aim: fewer people waiting. Next step: a review.",  # colons in sentences with full stops
    "We will review the plan in March",  # a one-line paragraph of prose
    "Priorities for the coming year",  # a heading, not furniture
    "Downloaded files are kept for a month",  # 'download' as a word of its own only
    "Printing costs rose in the second quarter",
    "Use the form > then send it",  # one '>' is no breadcrumb
    "Safer streets: cutting crime near schools Greener towns: planting more trees",  # themes, not fields
])
def test_not_furniture(line):
    assert not furniture_line(line)


def test_every_rule_leaves_furniture_out():
    for rule in all_rules().values():
        assert rule.scopes and "furniture" not in rule.scopes, rule.id


def test_a_field_line_is_furniture_and_gives_no_finding():
    text = ("Written by: Sam Green, Written on: 3 May, Filed under: Waste, NFDC, Recycling, Bins\n\n"
            "The team will collect garden waste every fortnight from May.\n")
    kinds = _kinds(text)
    assert kinds[0][0] == "furniture" and kinds[1][0] == "paragraph"
    assert not [f for f in _found(text, rules=["acronym-undefined"]) if f[1] == "NFDC"]


def test_acronym_in_furniture_still_defines_it():
    # the definition is read from a date and place line; only findings are left out of it
    text = ("Thursday 4 May 2023 Room 1, Riverside Community Hub (RCH).\n\n"
            "The group met at the RCH to plan the summer fair.\n")
    assert _kinds(text)[0][0] == "furniture"
    assert not [f for f in _found(text, rules=["acronym-undefined"]) if f[1] == "RCH"]


def test_a_link_note_is_left_out_of_the_sentence():
    text = ("You can read how we handle complaints on the council's complaints page (opens in a new window) "
            "and you can also ask a member of staff at any of our offices to help you make a complaint "
            "in person, by phone or by letter if that suits you better.\n")
    (kind, block), = _kinds(text)
    assert "opens in a new window" not in block and "complaints page and you can" in block
    found = check_text(text, Config(select=["long-sentence"])).findings
    assert found and "48 words" not in found[0].message and "aside" not in found[0].message
    # the finding still points at the writer's own text, note included
    assert found[0].location.line == 1 and found[0].location.column == 1


def test_prose_beside_furniture_keeps_its_findings():
    text = ("Read more\n\n"
            "In order to apply, fill in the form.\n\n"
            "Download the form (PDF, 80KB)\n")
    # in Markdown each line is a paragraph: the two labels are furniture
    assert [k for k, _t in _kinds(text, fmt="md")] == ["furniture", "paragraph", "furniture"]
    assert ("wordy-phrase", "In order to") in _found(text, fmt="markdown", rules=["wordy-phrase"])
    # in plain text a short line with no full stop is a heading; the label is never joined to the sentence
    assert _kinds(text)[1] == ("paragraph", "In order to apply, fill in the form.")
    assert ("wordy-phrase", "In order to") in _found(text, rules=["wordy-phrase"])


def test_a_one_line_paragraph_and_a_list_item_of_prose_keep_their_findings():
    text = ("Tuesday 9 March is the day we commence the new rota.\n\n"
            "- Staff will utilise the new system from June\n")
    assert [k for k, _t in _kinds(text)] == ["paragraph", "list-item"]
    words = {t.lower() for _r, t in _found(text, rules=["wordy-phrase", "jargon"])}
    assert {"commence", "utilise"} <= words


def test_a_heading_that_is_a_sentence_keeps_its_finding():
    text = "# We will utilise every library for the new service\n\nThe plan starts in May.\n"
    assert ("jargon", "utilise") in _found(text, fmt="markdown", rules=["jargon"])


def test_markdown_link_label_and_breadcrumb_are_furniture():
    text = ("Home > Council > Parks\n\n"
            "# Parks\n\n"
            "Our parks are open every day from dawn until dusk.\n\n"
            "[Read more about park opening times](https://example.org/parks)\n")
    kinds = _kinds(text, fmt="md")
    assert kinds[0][0] == "furniture" and kinds[-1][0] == "furniture"
    assert kinds[2][0] == "paragraph"


def test_furniture_is_not_counted_in_reading_age():
    prose = "The park is open all day. Dogs must be kept on a lead near the pond.\n\n"
    with_furniture = "Filed under: Parks, Leisure, Open spaces Written by: The Parks Department Team\n\n" + prose
    a = check_text(prose).metrics
    b = check_text(with_furniture).metrics
    assert a["prose_sentences"] == b["prose_sentences"] and a["prose_words"] == b["prose_words"]


def test_a_sentence_ending_in_labels_is_not_furniture():
    # two words with a colon, but the line opens with a sentence, not a field
    assert not furniture_line("The motion had been put forward by Cllr B Shaw and backed by Cllr C Dunn: Motion:")


# -- the shortcuts against the slow way (docs/architecture.md: each shortcut has its test) -------

def _slow_furniture_line(s):
    """furniture_line with no test of a character before each test."""
    from plainlint import furniture as F

    if len(s) <= F._MOST_CHARS and "\n" not in s and not s.endswith(F._ENDS):
        low = s.lower().lstrip("(")
        n = len(s.split())
        if F._LINK_OPENER.match(low) and n <= 10 and "," not in low and ";" not in low:
            return True
        if n <= 15 and F._FILE_SIZE.search(s):
            return True
        if n <= 30 and F._FIELD_LABEL.match(s) and F._fields(s):
            return True
        if F._breadcrumb(s):
            return True
    return len(s) <= F._DATE_CHARS and (s.endswith(".") or not s.endswith(F._ENDS)) and F._date_line(s)


_EDGES = [
    "Wednesday,  4 May 2022", "24th  January 2022 Room 1.", "3 may 2021", "Friday", "Monday:", "12 June",
    "(Opens in a new window)", "Download", "downloads page", "Home › Services › Roads", "A > B",
    "Tel: 01632 960000 Email: team@example.org", "PDF 12 KB", "Report (Word, 45kb)", "",
]


@pytest.mark.corpus
def test_furniture_line_equals_the_slow_way_on_the_corpus_lines():
    from conftest import CORPUS

    lines = list(_EDGES)
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix in (".txt", ".md"):
            lines.extend(t.strip() for t in path.read_text(encoding="utf-8", errors="replace").split("\n"))
    assert len(lines) > 10000
    for line in lines:
        assert furniture_line(line) == _slow_furniture_line(line), line


@pytest.mark.corpus
def test_a_source_with_no_link_note_needs_no_look():
    # may_hold_link_note is False only where no line of the source holds a note
    from conftest import CORPUS
    from plainlint.furniture import cut_link_notes, may_hold_link_note

    for path in sorted(CORPUS.rglob("*")):
        if path.suffix in (".txt", ".md"):
            text = path.read_text(encoding="utf-8", errors="replace")
            if not may_hold_link_note(text):
                assert all(cut_link_notes(t, 0) is None for t in text.split("\n")), path
    assert may_hold_link_note("See the plan (opens in a new window) here.")


@pytest.mark.parametrize("first", [
    "Tuesday 9 May 2023 Room 2, QXRH.",
    "Download the QXRH plan (PDF, 2MB)",
    "Posted by: Web team, Categories: QXRH, News and events, Health",
])
def test_letters_met_first_in_furniture_are_told_in_the_sentence(first):
    text = first + "\n\nThe board met to agree the plan. The QXRH team will lead the work from June.\n"
    found = check_text(text, Config(select=["acronym-undefined"])).findings
    assert [(f.text, f.location.line) for f in found] == [("QXRH", 3)]


@pytest.mark.parametrize("text", [
    "Posted by: Web team, Filed under: News, Parks, QXRH\n\nIn order to apply, you must utilise the form.\n",
    "# Parks\n\nIn order to apply, you must utilise the form. The QXRH team will help.\n\n- In order to help, ring us.\n",
])
def test_the_scope_filter_shortcut_keeps_what_the_full_filter_keeps(text):
    # Engine.run filters only the rules whose scopes leave out a kind the document has: the same
    # findings as asking every finding's block
    from plainlint.analysis import analyse
    from plainlint.engine import Engine

    eng = Engine(Config())
    analysed = analyse(extract(text.encode("utf-8"), "x.md"))
    found = eng.run(analysed)
    scopes, eng.scopes = eng.scopes, {}
    every = [f for f in eng.run(analyse(extract(text.encode("utf-8"), "x.md")))
             if scopes.get(f.rule) is None or f.document_level or analysed.document.block_at(f.start) is None
             or analysed.document.block_at(f.start).kind in scopes[f.rule]]
    assert [(f.rule, f.start, f.message) for f in found] == [(f.rule, f.start, f.message) for f in every]
