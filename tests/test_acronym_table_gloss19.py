"""`plainlint acronyms` on papers with their own glossary (issue 19, gloss19): counts of letters every reader
knows, contents lines, the paper's glossary first, labels on a line of their own, typing slips."""

from plainlint.analysis import analyse
from plainlint.checks.acronyms.table import table_rows
from plainlint.extract import extract


def _rows(text, fmt="text"):
    doc = extract(text.encode(), "paper.md" if fmt == "markdown" else "paper.txt", {}, fmt=fmt)
    return {r.abbreviation: r for r in table_rows(analyse(doc))}


def test_letters_every_reader_knows_spelled_out_in_the_glossary_show_their_real_count():
    rows = _rows("# Pharmacy review\n\n## Glossary\n\nGeneral Practitioner (GP): a family doctor.\n\n"
                 "Quiet Zone Review (QZR): the study this paper reports.\n\n"
                 "## Findings\n\nAsk your GP first. Most GP surgeries open late on Mondays. The QZR found that "
                 "two GPs cover each ward.\n", fmt="markdown")
    gp = rows["GP"]
    assert (gp.meaning, gp.uses) == ("General Practitioner", 3)
    assert "Findings" in gp.first_use  # the glossary's own line is no use


def test_letters_every_reader_knows_never_spelled_out_stay_out_of_the_table():
    rows = _rows("Ask your GP about the QZR. The QZR starts soon and the QZR ends in May.\n")
    assert "GP" not in rows and "QZR" in rows


def test_a_contents_line_is_no_place_where_the_letters_are_spelled_out():
    rows = _rows("Contents\n\nQuiet Zone Board (QZB) ........................ 12\n\nIntroduction\n\n"
                 "This paper is about noise in parks. It sets out what we will do.\n\n"
                 "The Quiet Zone Board (QZB) meets each month. The QZB agreed the budget.\n")
    qzb = rows["QZB"]
    assert qzb.meaning == "Quiet Zone Board" and qzb.defined.startswith("line 9")


def test_a_contents_line_still_counts_where_nothing_else_spells_the_letters_out():
    rows = _rows("Contents\n\nQuiet Zone Board (QZB) ........................ 12\n\nIntroduction\n\n"
                 "The QZB meets each month. The QZB agreed the budget.\n")
    assert rows["QZB"].meaning == "Quiet Zone Board"


def test_the_papers_own_glossary_gives_the_meaning_before_the_text():
    rows = _rows("The Quiet Zone Plans (QZP) cover each town. Every QZP is reviewed yearly.\n\n"
                 "Glossary\n\nQZP – Quiet Zone Plan\n\nQZW – Quiet Zone Warden\n\nQZL – Quiet Zone Licence\n")
    qzp = rows["QZP"]
    assert (qzp.meaning, qzp.source, qzp.other_meanings) == ("Quiet Zone Plan", "document-glossary", [])


def test_letters_spelled_out_with_a_small_letter_before_them_take_those_words():
    rows = _rows("The Packaging Extended Producer Responsibility (pEPR) scheme starts next year. Under pEPR, "
                 "firms pay for packaging waste. EPR will move the cost of waste from councils to the firms.\n")
    epr = rows["EPR"]
    assert (epr.meaning, epr.source) == ("Extended Producer Responsibility", "document")


def test_letters_at_the_end_of_longer_capitals_do_not_take_their_words():
    rows = _rows("The West Quarry County Council (WQCC) met. The QCC said nothing about the WQCC plans.\n")
    assert rows["QCC"].meaning != "Quarry County Council"


def test_a_title_on_its_own_line_with_letters_in_brackets_is_no_meaning_of_them():
    rows = _rows("Further reading\n\nSafer Routes to School Handbook (DfT)\n\nCycling Lanes Toolkit (DfT)\n\n"
                 "The DfT pays for new crossings near schools.\n")
    assert rows["DfT"].meaning != "Safer Routes to School Handbook"
    assert rows["DfT"].source != "document"


def test_a_name_on_its_own_line_read_from_its_last_word_is_no_meaning_either():
    rows = _rows("Where to appeal\n\nUpper-tier Tribunal (SEND)\n\nParents may appeal to it about SEND support.\n")
    assert rows["SEND"].meaning != "Tribunal"


def test_letters_in_another_order_beside_the_same_word_are_a_slip_with_no_meaning():
    rows = _rows("Each Quiet Zone Homes (QZH) plan is agreed with the family. Every QZH plan is read again "
                 "each year. The QHZ plan reviews are held in school.\n")
    qhz = rows["QHZ"]
    assert (qhz.meaning, qhz.source) == ("", "unknown")
    assert qhz.other_meanings == ["a typing slip for QZH?"]


def test_letters_in_another_order_used_as_their_own_keep_their_row():
    rows = _rows("Each Quiet Zone Homes (QZH) plan is agreed with the family. The QHZ team visits "
                 "homes on Fridays.\n")
    assert rows["QHZ"].other_meanings == []
