"""Layout never breaks sentences: hard-wrapped text with a blank line after every line, Word
documents with one paragraph per line, and PDF paragraphs over a page break read as the
paragraphs they are. Fixtures: fixtures/make_layout_fixtures.py (our own text)."""

from pathlib import Path

import pytest

from plainlint.api import check_text, lint_file
from plainlint.config import Config
from plainlint.extract.markdown import build_markdown
from plainlint.extract.text import build_text

FIX = Path(__file__).resolve().parent.parent / "fixtures"


def blocks(src):
    d = build_text(src, "x.txt")
    return [(b.kind, d.text[b.start:b.end]) for b in d.blocks]


def test_blank_line_after_every_wrapped_line_is_rejoined():
    src = ("Background\n\n"
           "The council will work with partners across the county to improve\n\n"
           "services for older people and their carers over the next five years,\n\n"
           "so that fewer people need to go into hospital.\n\n"
           "Our aims\n\n"
           "We will cut waiting times by a third.\n")
    assert blocks(src) == [
        ("heading", "Background"),
        ("paragraph", "The council will work with partners across the county to improve services for "
                      "older people and their carers over the next five years, so that fewer people "
                      "need to go into hospital."),
        ("heading", "Our aims"),
        ("paragraph", "We will cut waiting times by a third."),
    ]


@pytest.mark.parametrize("src,expected", [
    # a sentence ends: the next paragraph is its own
    ("The board met in March.\n\nIt agreed the plan.\n", 2),
    # a heading above a paragraph
    ("Recommendations\n\nThe board is asked to note the report.\n", 2),
    # list items are never joined to the line before or after
    ("We will work with the\n\n- carers' forum\n\n- youth council\n", 3),
    # a short line that runs on ('... with the') is joined even though it is short
    ("The council will work with the\n\nNHS on this plan.\n", 1),
    # a table row is never joined: its cells are units of their own
    ("The costs for the year are set out below and in the appendix\n\n| a | b |\n", 3),
])
def test_what_is_joined_and_what_is_not(src, expected):
    assert len(blocks(src)) == expected


def test_title_line_straight_above_its_paragraph_is_a_heading():
    assert blocks("Background\nThe council agreed the plan in 2023.\n") == [
        ("heading", "Background"), ("paragraph", "The council agreed the plan in 2023.")]
    # but a name that runs over the line stays whole
    assert len(blocks("The Health and Wellbeing\nBoard agreed the plan.\n")) == 1


def test_title_lines_inside_a_paragraph_are_headings():
    # a web page's subheadings copied with no blank lines between: each is a heading, not the
    # start of the next sentence (which then read as one long sentence)
    src = ("We will help residents to take part in the decisions that shape their area.\n"
           "Democratic engagement\n"
           "We will support the active engagement of residents in setting priorities.\n"
           "New models of meeting needs\n"
           "In exploring new ways of meeting needs we will encourage co-operatives.\n")
    assert blocks(src) == [
        ("paragraph", "We will help residents to take part in the decisions that shape their area."),
        ("heading", "Democratic engagement"),
        ("paragraph", "We will support the active engagement of residents in setting priorities."),
        ("heading", "New models of meeting needs"),
        ("paragraph", "In exploring new ways of meeting needs we will encourage co-operatives.")]
    # a line that runs on is not a title, nor one after a line that does not end a sentence
    assert len(blocks("The board agreed that the Health and\nWellbeing Board\nWe will report back.\n")) == 1
    assert len(blocks("We will work with partners on the\nBetter Care Fund\nThe plan is agreed.\n")) == 1


# Text copied from a web page or a word processor: one paragraph per line, long lines, no
# blank lines, headings and labels with no full stop (our own text, in the shape of committee
# decision pages).
_UNWRAPPED = (
    "Decision details\n"
    "Charging for community care\n"
    "Decision Maker: Cabinet\n"
    "Purpose:\n"
    "This item sets out what people told us in the consultation on changes to charging for care at "
    "home, which ran for twelve weeks from March and was paused for the summer.\n"
    "Decision:\n"
    "1. To agree the second option and put it in place from December, three months later than planned "
    "because the consultation was paused and then started again in the autumn\n"
    "Action by:\n"
    "DIRECTOR OF ADULT SOCIAL CARE\n"
    "· The partisan way in which the matter was handled;\n"
    "· The delay to the report.\n"
)


def test_unwrapped_text_has_a_paragraph_per_line():
    got = blocks(_UNWRAPPED)
    texts = [t for _k, t in got]
    # nothing is glued to the line before or after it
    assert "Decision:" in texts and "Action by:" in texts and "DIRECTOR OF ADULT SOCIAL CARE" in texts
    assert ("heading", "Decision details") in got and ("heading", "Charging for community care") in got
    item = next(t for k, t in got if k == "list-item" and t.startswith("To agree"))
    assert item.endswith("started again in the autumn")
    # a middle dot starts a list item
    assert ("list-item", "The delay to the report.") in got
    # so no long 'sentence' runs from the decision into the labels and names after it
    result = check_text(_UNWRAPPED, Config(select=["long-sentence"]), name="x.txt")
    assert result.findings and all("Action by" not in f.text and "DIRECTOR" not in f.text for f in result.findings)


@pytest.mark.parametrize("src,expected", [
    # a line far longer than the text's wrap width was not wrapped: the next line starts anew
    ("The board met.\nIt agreed.\nWe will report.\nPlans are set.\n"
     "The council agreed the plan for care at home after a long consultation with residents, carers and "
     "the voluntary sector in every district of the county last year\nReport author: Jo Bloggs\n", 3),
    # a short label ending in a colon stands alone, and so does the line after it
    ("The board is asked to agree the plan set out in the report below\nDecision:\n"
     "Agreed by the board in full\n", 3),
    # hard-wrapped prose is still one paragraph, even with a name in capitals at a line start
    ("The council will work with partners across the county to improve\n"
     "services for older people and their carers over the next five years,\n"
     "so that fewer people need to go into hospital, and with the NHS and\n"
     "Healthwatch to hear what people think of the services they use now.\n", 1),
    # a line cut short (no stop, no running on), then 'We' with a capital: a new sentence (set M re08)
    ("Our charity believes that the people who use our services and their families should have\n"
     "clear chances to be involved at every level of the way that we work. This\n"
     "extends to people who used our services in the past as well as those who used services run by local\n"
     "We want a culture in which what people tell us shapes our plans and the way we work.\n", 2),
    # a run-in label after a line that neither ends a sentence nor runs on (set M re02, re46)
    ("There are two aims behind our belief that the people we support should have a say in\n"
     "the way we run our services and plan for the future of the charity as a whole in the\n"
     "region and beyond it over the next few years with all of our partners in health\n"
     "Care planning: people will be fully involved in writing and\n"
     "reviewing their own plan.\n", 2),
    # a label after a line that runs on ('... in line with the') is still one sentence
    ("The council will work with partners across the county to improve the\n"
     "services for older people and their carers over the next five years\n"
     "and make sure that the services they use are run in line with the\n"
     "Care Act: the plan sets out how this will be done by the end of the year.\n", 1),
])
def test_where_a_paragraph_ends_without_a_blank_line(src, expected):
    assert len(blocks(src)) == expected, blocks(src)


def test_rejoined_paragraph_keeps_exact_places():
    src = ("The council will work with partners across the county to\n\n"
           "utilise the funding for older people and their carers.\n")
    r = check_text(src, Config(select=["jargon"]), name="x.txt")
    [f] = [f for f in r.findings if f.rule == "jargon"]
    assert (f.location.line, f.location.column) == (3, 1)


def test_suppression_comment_is_never_joined_across():
    src = ("The council will work with partners across the county to\n\n"
           "<!-- plainlint-disable jargon -->\n\n"
           "utilise the funding.\n")
    r = check_text(src, Config(select=["jargon"]), name="x.txt")
    assert not [f for f in r.findings if f.rule == "jargon"]


def _metrics(name):
    r = lint_file(str(FIX / name), Config(select=["readability"]))
    assert r.error is None, r.error
    return r


@pytest.mark.parametrize("name", ["layout-blank-lines.txt", "layout-lines.docx"])
def test_reading_age_is_the_same_whatever_the_layout(name):
    pdf = _metrics("layout.pdf")
    other = _metrics(name)
    assert abs(pdf.metrics["reading_age"] - other.metrics["reading_age"]) <= 0.5
    assert abs(pdf.metrics["flesch_kincaid_grade"] - other.metrics["flesch_kincaid_grade"]) <= 0.5
    assert pdf.metrics["sentences"] == other.metrics["sentences"]
    long_pdf = sorted(f.text for f in pdf.findings if f.rule == "long-sentence")
    long_other = sorted(f.text for f in other.findings if f.rule == "long-sentence")
    assert long_pdf and len(long_pdf) == len(long_other)


# ---------------------------------------------------------------------------------------
# Markdown: CommonMark's indented code, <br> in table cells



def md_blocks(src):
    d = build_markdown(src, "x.md")
    return [(b.kind, d.text[b.start:b.end]) for b in d.blocks], d


def test_indented_line_that_continues_a_paragraph_is_prose():
    got, _ = md_blocks("The council will work with partners\n    across the county on this plan.\n")
    assert got == [("paragraph", "The council will work with partners across the county on this plan.")]


def test_indented_paragraph_inside_a_list_item_is_prose():
    got, _ = md_blocks("- The first point.\n\n    More about the first point.\n\n- The second point.\n")
    texts = [t for _k, t in got]
    assert "More about the first point." in texts


def test_nested_list_items_indented_with_a_tab_are_checked():
    got, _ = md_blocks("+ Agenda\n\t+ Item 4 draft minutes of the meeting held in June\n")
    assert ("list-item", "Item 4 draft minutes of the meeting held in June") in got


def test_real_indented_code_is_skipped_without_a_warning():
    got, d = md_blocks("Run this:\n\n    plainlint check draft.md\n    echo $?\n")
    assert got == [("paragraph", "Run this:")]
    assert d.warnings == []


def test_indented_prose_read_as_code_gets_a_warning():
    src = ("Actions\n\n"
           "    \u2022 The board noted the report from the director of nursing.\n"
           "    \u2022 The board agreed the plan for the next financial year.\n"
           "    \u2022 It asked officers to report back in March.\n")
    got, d = md_blocks(src)
    assert [t for _k, t in got] == ["Actions"]
    [w] = d.warnings
    assert w.startswith("lines 3-5 ") and "not checked" in w and "remove the indent" in w


def test_warning_reaches_the_report():
    src = ("Para.\n\n    - The board noted the report from the director.\n    - The board agreed the plan.\n")
    r = check_text(src, Config(), fmt="markdown", name="x.md")
    assert any("not checked" in w for w in r.warnings)


def test_br_in_a_table_cell_is_a_line_break():
    src = ("| Area | Notes |\n| --- | --- |\n"
           "| North | \u2022 Fewer visits<br>\u2022 More calls to the helpline<br/>\u2022 Staff shortages |\n"
           "| South | Staff<br>shortages and the service will work with<br>local groups |\n"
           "| East | Waiting lists<br>Staff shortages |\n")
    got, d = md_blocks(src)
    cells = [t for k, t in got if k == "table-cell"]
    assert "\u2022 Fewer visits" in cells and "\u2022 More calls to the helpline" in cells
    assert "Staff shortages and the service will work with local groups" in cells
    assert "Waiting lists" in cells and "Staff shortages" in cells
    assert not any("visits\u2022" in c or "listsStaff" in c for c in cells)


def test_br_cell_keeps_exact_columns():
    src = "| a | b |\n| --- | --- |\n| x | Fewer visits<br>We will utilise the hall |\n"
    r = check_text(src, Config(select=["jargon"]), fmt="markdown", name="x.md")
    [f] = [f for f in r.findings if f.rule == "jargon"]
    line = src.splitlines()[2]
    assert (f.location.line, f.location.column) == (3, line.index("utilise") + 1)


def test_word_lines_joined_keep_the_runs_for_comments(tmp_path):
    import re
    import zipfile

    from plainlint.annotate import annotate_file

    out = tmp_path / "annotated.docx"
    cfg = Config(select=["long-sentence"])
    cfg.min_severity = "suggestion"  # every long sentence gets its comment, the clear ones too
    result = lint_file(str(FIX / "layout-lines.docx"), cfg)
    longs = [" ".join(f.text.split()) for f in result.findings if f.rule == "long-sentence"]
    assert len(longs) == 3
    annotate_file(str(FIX / "layout-lines.docx"), str(out), config=cfg)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    # the words between each comment's start and end, across paragraph ends
    spans = []
    for m in re.finditer(r'<w:commentRangeStart w:id="(\d+)"/>(.*?)<w:commentRangeEnd w:id="\1"/>', xml, re.S):
        words = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", m.group(2))
        spans.append(" ".join("".join(w + " " if w and not w.endswith(" ") else w for w in words).split()))
    for text in longs:
        assert any(text.replace(" ", "") == s.replace(" ", "") for s in spans), text


def test_pdf_finding_carries_the_page_of_its_own_words():
    r = lint_file(str(FIX / "layout.pdf"), Config(select=["readability"]))
    by_text = {f.text: f for f in r.findings}
    # the paragraph starts on page 1 and runs over the page break
    [long] = [f for f in r.findings if f.rule == "long-sentence" and f.text.startswith("We spoke")]
    assert long.location.page == 1
    assert by_text["was promised"].location.page == 2
    assert by_text["was promised"].location.paragraph == long.location.paragraph


def test_pdf_page_in_every_report(tmp_path):
    import json

    from plainlint.cli import main

    out = tmp_path / "r.json"
    try:
        main(["check", str(FIX / "layout.pdf"), "--isolated", "--select", "passive-voice", "--format", "json",
              "-o", str(out)], standalone_mode=False)
    except SystemExit:
        pass
    data = json.loads(out.read_text(encoding="utf-8"))
    pages = {f["text"]: f["location"]["page"] for f in data["files"][0]["findings"]}
    assert pages["was promised"] == 2


def test_items_with_two_blank_lines_between_are_never_joined():
    # resolution items copied from a web page, each in lower case with blank lines around it
    src = ("That Cabinet:\n\n\n\napproved the plan for consultation on the draft policy from May to August\n\n\n\n"
           "noted the report of the review, shown at Annex 6, which praised the council's approach\n\n\n\n"
           "approved the equality impact assessment.\n")
    texts = [t for _k, t in blocks(src)]
    assert len(texts) == 4, texts
    # one blank line after a wrapped line still joins
    assert len(blocks("The council will work with partners across the county to\n\nimprove care.\n")) == 1


def test_title_lines_above_one_whole_paragraph_line_stand_alone():
    # a page's title lines, then its whole text on one line: the text was not wrapped at the titles' width
    body = "The recovery college was set up with students and staff together. " * 8
    src = "Working together\nTranscript\nWorking together\n" + body.strip() + "\n"
    got = blocks(src)
    assert got[0] == ("heading", "Working together") and got[1] == ("heading", "Transcript"), got
    assert got[-1][1].startswith("The recovery college")


# Line structure carried into sentence reading (issue 17): a heading line with no full stop above
# a sentence, word-processor bullets ('o' for the second level) and a list after a colon, one item
# a line with no markers, are units of their own in text and Markdown; a sentence wrapped across
# lines is still one (our own text in the shape of a council page and committee minutes).
_HEADING_ABOVE = (
    "Staying active in later life\n\n"
    "Helping older residents stay active through our leisure centres and local community groups\n"
    "An active town is a place where older people can get out, meet friends and take part in walking "
    "groups and dance classes, and feel sure that they are welcome.\n")
_SUB_BULLETS = (
    "The team gave a talk which covered the following points:\n\n"
    "·         An active town was:\n\n"
    "o   One where older people are helped to stay active for as long as they want to keep going\n\n"
    "o   Where neighbours know about the groups on offer and are happy to help someone along\n\n"
    "o   Where shops, clubs and public services have thought about how to open their doors to everyone\n\n"
    "The board thanked the team.\n")
_COLON_LIST = (
    "The plan sets out what we will do with our partners over the next three years, and it was\n"
    "agreed by the board in March after a long consultation, and it has three aims for the county:\n"
    "Better care at home for older people\n"
    "Fewer stays in hospital\n"
    "More support for carers and families\n")
_WRAPPED = (
    "The council will work closely with partners in the voluntary sector and the\n"
    "NHS to make sure that older people who live alone can get the help they need\n"
    "Without waiting for a crisis, and that carers are told about the support on\n"
    "offer to them in their own area, which the board asked for in its last report.\n")


def _units(src, fmt):
    d = (build_markdown if fmt == "markdown" else build_text)(src, "x")
    return [(b.kind, d.text[b.start:b.end]) for b in d.blocks]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_heading_line_above_a_sentence_is_not_run_into_it(fmt):
    got = _units(_HEADING_ABOVE, fmt)
    assert [t for _k, t in got][1:] == [
        "Helping older residents stay active through our leisure centres and local community groups",
        _HEADING_ABOVE.splitlines()[3]], got
    # the sentence alone is graded (30 words), not the heading and the sentence as one of 43
    r = check_text(_HEADING_ABOVE, Config(select=["long-sentence"]), fmt=fmt)
    assert r.findings and all(f.text.startswith("An active town") and "30 words" in f.message for f in r.findings)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_word_processor_sub_bullets_are_items_of_their_own(fmt):
    got = _units(_SUB_BULLETS, fmt)
    items = [t for k, t in got if k == "list-item"]
    assert items == ["An active town was:",
                     "One where older people are helped to stay active for as long as they want to keep going",
                     "Where neighbours know about the groups on offer and are happy to help someone along",
                     "Where shops, clubs and public services have thought about how to open their doors to everyone"], got
    assert not check_text(_SUB_BULLETS, Config(select=["long-sentence"]), fmt=fmt).findings


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_list_after_a_colon_one_item_a_line_is_items(fmt, blank):
    src = _COLON_LIST.replace("\n", blank)
    got = _units(src, fmt)
    assert [t for _k, t in got][-3:] == _COLON_LIST.splitlines()[-3:], got
    findings = check_text(src, Config(select=["long-sentence"]), fmt=fmt).findings
    assert all("Better care" not in f.text for f in findings)
    # a label above a title and a text wrapped in a narrow column is no list
    col = ("Case study:\nThe Lung Health Check\nThe trial paid for by the Northern Cancer\nCharity checks "
           "whether scans for those most at risk find the illness sooner.\n")
    assert [t for _k, t in _units(col + "\n" + _WRAPPED, fmt)][-2].startswith("The trial paid for by the Northern Cancer Charity")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_sentence_wrapped_across_lines_is_still_one(fmt):
    # its lines run on ('... and the', '... support on') or start in lower case, even where one
    # starts with a capital
    assert len(_units(_WRAPPED, fmt)) == 1
    [f] = check_text(_WRAPPED, Config(select=["long-sentence"]), fmt=fmt).findings
    assert f.text.startswith("The council will") and f.text.endswith("last report.")
    # a colon inside wrapped prose with capitals after it is not a list when a line runs on
    src = ("The board agreed the following:\nThe council will work with the\nHealth and Wellbeing Board on "
           "the plan for older people\nand report back in June.\n")
    assert _units(src, fmt)[-1][1].endswith("The council will work with the Health and Wellbeing Board on "
                                             "the plan for older people and report back in June.")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_items_in_lower_case_after_a_colon_closed_by_a_semicolon(fmt):
    # a web page's bullets copied without their markers (our own text): 'if you:' / 'live in the
    # borough' / 'pay council tax; and' / 'have a low income.' are items, not one sentence
    src = ("You can claim help with your rent whether you rent from the council, from a housing association "
           "or from a private landlord, and whether you are in work, out of work or retired.\n"
           "You may get help with your rent if you:\n"
           "live in the borough\n"
           "pay rent to a landlord; and\n"
           "have a low income or get a benefit paid by the Department for Work and Pensions.\n"
           "You should claim as soon as you think you may be able to get help, and send us your payslips, "
           "your bank statements and your tenancy agreement within a month of the date you claim.\n")
    texts = [t for _k, t in _units(src, fmt)]
    assert "live in the borough" in texts and "pay rent to a landlord; and" in texts, texts
    assert texts[-1].startswith("You should claim as soon as you think")
    # the other way: lines in lower case after a colon with no semicolon go on from the line before
    src = ("The board agreed the following at its meeting in March this year:\n"
           "the plan for older people in the county\n"
           "would go out to consultation in the summer.\n")
    assert len(_units(src, fmt)) == 1


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_items_in_lower_case_after_a_colon_opening_with_the_same_word(fmt):
    # set L re01: bullets copied without their markers, each an action ('book a ...' / 'book
    # ...' / 'ask ...'), two opening with the same word: items, not one long sentence
    src = ("Our advice team can help you with your rent, your bills and your council tax, whether you rent "
           "from us or from a private landlord, and whether you are in work, out of work or retired. Call "
           "us, write to us or come to one of our drop-in sessions at the library, where a member of the team "
           "will go through what you can claim with you.\n"
           "There are other ways we can help you this winter:\n"
           "book a free home energy check if you rent from us\n"
           "book a repair online at any time of day\n"
           "ask for a warm pack if you look after a young child\n"
           "ask us about a grant for new windows if your home is cold.\n")
    texts = [t for _k, t in _units(src, fmt)]
    assert texts[-4:] == src.splitlines()[-4:], texts
    assert all("book a" not in f.text for f in check_text(src, Config(select=["long-sentence"]), fmt=fmt).findings)
    # the other way: lines that open with the same small word ('the ...' / 'the ...') go on from the
    # line before
    src = ("The board agreed the following at its meeting in March this year:\n"
           "the plan for older people in the county\n"
           "the council would put out to consultation in the summer.\n")
    assert len(_units(src, fmt)) == 1


# a bulleted item with no full stop, then a sentence at the margin (set R re20; our own text)
_ITEM_THEN_SENTENCE = (
    "What happens if you miss a visit\n"
    "Some examples are given below for people who pay towards their care at home.\n"
    "Examples:\n"
    "- if you are at the shops when the carers call, you may still pay for the visit\n"
    "- if you are out when the carers come, or send them away, you will still pay for the visit\n"
    "If you miss a visit because of an emergency (like a stay in hospital), tell us soon so we can change your bill.\n"
    "Your bill will show each visit and what it cost, and we will send it to you every four weeks.\n")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_list_item_ends_at_its_line_end_without_a_full_stop(fmt):
    got = _units(_ITEM_THEN_SENTENCE, fmt)
    assert ("list-item", "if you are out when the carers come, or send them away, you will still pay for the visit") in got, got
    assert any(k == "paragraph" and t.startswith("If you miss a visit") for k, t in got), got
    # the item and the sentence after it are not one long sentence
    assert not check_text(_ITEM_THEN_SENTENCE, Config(select=["long-sentence"]), fmt=fmt).findings


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_list_item_still_goes_on_where_its_line_runs_on(fmt):
    # an item wrapped onto the next line: in lower case or after a line
    # that runs on ('... with the') goes on with the item
    for src in ("- the council will work with the\nHealth and Wellbeing Board on the plan\n",
                "- the council will work with partners\nand report in June\n"):
        got = _units(src, fmt)
        assert len(got) == 1 and got[0][0] == "list-item", (src, got)


# a record of decisions copied from a web page and wrapped (our own text): a heading's scrap cut at its
# start ('of Cabinet Member for Parks') between two decision items (set T re22)
_SCRAP = (
    "The parks committee met in the town hall on the fourth of March and took the decisions below.\n"
    "To approve the\n"
    "release of design funds to be able to carry out surveys and early design work to look at\n"
    "a range of options to improve access and changing rooms at Riverside Park.\n"
    "of Cabinet Member for Parks\n"
    "Adopted the proposed Play Area Strategy\n"
    "in Appendix 2 to be able to spend existing and future developer contributions for play\n"
    "on the improvement of play areas across the borough.\n")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_heading_scrap_between_two_items_glues_neither(fmt):
    texts = [t for _k, t in _units(_SCRAP, fmt)]
    assert "of Cabinet Member for Parks" in texts, texts
    assert any(t.startswith("Adopted the proposed Play Area Strategy") for t in texts), texts
    # neither item is run into the other: the first is a sentence of its own, no sentence of 55 words or more
    findings = check_text(_SCRAP, Config(select=["long-sentence"]), fmt=fmt).findings
    said = [" ".join(f.text.split()) for f in findings]
    assert any(t.startswith("To approve the release") and t.endswith("Riverside Park.") for t in said), said
    assert not any(t.count(" ") >= 55 for t in said), said
    # the other way: a sentence's first line ending inside a name, the name going on in capitals on the
    # next line, is still one sentence; so is a line in lower case going on from one with a full stop
    src = ("The board met in the town hall on the fourth of March and the chair opened the meeting on time.\n"
           "The Director of Housing, Parks and Open\n"
           "Spaces explained that the play area survey would take place in the spring and report in June.\n")
    assert "The Director of Housing, Parks and Open Spaces explained" in [t for _k, t in _units(src, fmt)][-1]
    src = ("That the areas of savings set out in the report be agreed where possible.\n"
           "and agree the further proposals in section five, asking officers to put them in place.\n")
    assert len(_units(src, fmt)) == 1


def test_a_table_row_in_text_is_cells_never_one_sentence():
    """A table written in a text file (set UV re43: a committee's summary table whose rows were
    read as one 69-word sentence across the cells): each cell is a unit of its own; the rule
    under the header is no text."""
    src = ("Items considered:\n"
           "Topic | Discussion | Outcome |\n"
           "---|---|---|\n"
           "Budget report | The panel looked at the spending plans for the year. | Agreed |\n"
           "Staffing | The panel heard about vacancies. | Noted |\n")
    got = blocks(src)
    assert ("table-cell", "The panel looked at the spending plans for the year.") in got
    assert ("table-cell", "Agreed") in got
    assert not any("|" in t or "---" in t for _k, t in got)
    d = build_text(src, "x.txt")
    assert [b.table for b in d.blocks if b.kind == "table-cell"][-3:] == [(1, 3, 1), (1, 3, 2), (1, 3, 3)]


def test_a_line_with_one_pipe_is_not_a_table():
    """One ' | ' in a line of prose (or a heading 'News | Council') is no table: the line stays a
    paragraph."""
    src = "The plan covers health | care and housing over the next five years for every resident.\n"
    assert [k for k, _t in blocks(src)] == ["paragraph"]


def test_a_two_column_table_with_a_rule_is_cells():
    src = "Term | Meaning\n--- | ---\nBCF | Better Care Fund\nICB | Integrated Care Board\n"
    assert blocks(src) == [("table-cell", "Term"), ("table-cell", "Meaning"), ("table-cell", "BCF"),
                           ("table-cell", "Better Care Fund"), ("table-cell", "ICB"),
                           ("table-cell", "Integrated Care Board")]


# our own text: a short heading line straight above its sentence, where the sentence's first word
# is not one that plainly starts a sentence ('To', a name), in wrapped and unwrapped text and Markdown
_RUN_IN_HEADINGS = (
    "Parks report for the summer\n"
    "Purpose of the paper\n"
    "To tell residents how the new play areas in the town's three parks have been used since they\n"
    "opened in the spring, and what the council plans to change before the summer holidays begin.\n"
    "\n"
    "Background\n"
    "Eastvale Town Council took over the parks from the district in 2021, and since then it has spent\n"
    "most of its small budget on the play areas, which families had asked for at every meeting.\n")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("wrapped", [True, False])
def test_a_short_heading_line_is_never_the_first_words_of_its_sentence(fmt, wrapped):
    src = _RUN_IN_HEADINGS if wrapped else _RUN_IN_HEADINGS.replace("since they\n", "since they ").replace(
        "spent\n", "spent ")
    texts = [t for _k, t in _units(src, fmt)]
    # (two title lines in a row may stay one unit in Markdown: a fragment, never prose)
    assert any(t.endswith("Purpose of the paper") for t in texts) and "Background" in texts, texts
    assert any(t.startswith("To tell residents") for t in texts), texts
    assert any(t.startswith("Eastvale Town Council took over") for t in texts), texts
    r = check_text(src, Config(select=["long-sentence"]), fmt=fmt)
    assert all(not f.text.startswith(("Purpose", "Background")) for f in r.findings), r.findings


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_line_cut_inside_a_name_or_a_phrase_is_no_heading(fmt):
    # a name that runs over the line (the wrap width unknown), and a line a wrapper would have filled
    assert len(_units("The Health and Wellbeing\nBoard agreed the plan.\n", fmt)) == 1
    # a sentence's first words broken onto a line of their own: a determiner and an adjective with no
    # noun, or a line ending on 'the', is never a heading, even where each line is a paragraph
    line = ("This first paragraph is written on one line, as a web page gives its text, and it runs well past "
            "the width that a program wraps lines at, so that each line is read as a whole paragraph.\n")
    for cut, rest in [("Our existing", "Parking Strategy was agreed in 2019 and is now out of date."),
                      ("All of the", "Members present agreed with the plan."),
                      ("The current", "Play Area Policy runs until the end of next year.")]:
        src = (line + "\n") * 4 + cut + "\n" + rest + "\n"
        texts = [t for _k, t in _units(src, fmt)]
        assert f"{cut} {rest}" in texts, texts
    # a heading that is a noun phrase with its noun stays one
    texts = [t for _k, t in _units((line + "\n") * 4 + "The new plan\nThe council agreed the new plan in May.\n", fmt)]
    assert "The new plan" in texts, texts
