"""Session 18 (issue 19), the corpus reading's wrong classes, in our own words, both ways:
letters on a line of their own after a line of running text that ends in other letters with no stop (mid-sentence:
the glossary's lower case is kept); a Title-Case line ("... Transfer Of Care") is a label, not the first use in a
sentence; a title's last words put a few lines below by a two-column layout still make the letters part of the name."""

from plainlint.api import check_text
from plainlint.config import Config


def _undefined(text, letters, fmt="markdown"):
    result = check_text(text, Config(select=["acronyms"]), fmt=fmt, name="x.md" if fmt == "markdown" else "x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined" and f.text.split()[0] == letters]


# -- 1. a line ending in letters, the next line opening with letters: one sentence ------------------------------------

def test_letters_after_a_line_ending_in_other_letters_keep_the_lower_case():
    text = ("# Pay\n\nThe proposal was shaped by talks with the union reps and the NMC\n\n"
            "ICB and advice from national bodies on pay for nurses.\n")
    (f,) = _undefined(text, "ICB")
    assert f.suggestions[0] == "integrated care board (ICB)"


def test_letters_opening_a_sentence_after_a_full_stop_keep_their_capital():
    text = ("# Pay\n\nThe proposal was shaped by talks with the union reps and the NMC.\n\n"
            "ICB and advice from national bodies on pay for nurses were read too.\n")
    (f,) = _undefined(text, "ICB")
    assert f.suggestions[0].startswith("The integrated care board (ICB)") or f.suggestions[0].startswith(
        "Integrated care board (ICB)")


def test_letters_after_a_heading_ending_in_letters_keep_their_capital():
    text = "# Work with the NMC\n\nICB and council officers agreed the plan for nurses in May.\n"
    (f,) = _undefined(text, "ICB")
    assert f.suggestions[0][:1].isupper()


# -- 2. a Title-Case line is a label ---------------------------------------------------------------------------------

_ROWS = ("# Risks\n\nQZU Patient Flow\n\nQZU Transfer Of Care\n\nRisk of longer stays in hospital beds.\n\n"
         "Staffing is watched each day by leaders across QZU to keep waits down.\n\n"
         "The Quiet Zone Unit (QZU) runs the wards.\n")


def test_a_title_case_line_is_no_sentence_and_the_prose_use_is_the_first():
    (f,) = _undefined(_ROWS, "QZU")
    assert f.location.line == 9  # "Staffing is watched ... across QZU", not the row's label on line 5
    assert "sentence" in f.message


def test_a_sentence_of_capitalised_words_with_a_small_word_in_lower_case_is_no_label():
    text = ("# Risks\n\nQZU Leaders Meet Weekly of course\n\nStaffing is watched each day by leaders.\n\n"
            "The Quiet Zone Unit (QZU) runs the wards.\n")
    (f,) = _undefined(text, "QZU")
    assert f.location.line == 3


# -- 3. a title's last words a few lines below -----------------------------------------------------------------------

def test_a_titles_last_words_a_few_lines_below_keep_the_letters_in_the_name():
    text = ("# Other plans\n\nHealthy Moorside Strategy 2021-26\n\nyears ahead\n\n"
            "Our shared plans: the Moorside SEND and\n\nfor each child in the town\n\nsafe places.\n\n"
            "Inclusion Strategy 2022-27\n\nMore text here about the plans for the town and its people.\n")
    (f,) = _undefined(text, "SEND")
    assert not f.suggestions
    assert "Moorside SEND and Inclusion Strategy" in f.message


def test_a_sentence_cut_after_and_with_no_title_below_is_offered_the_words():
    text = ("# Plans\n\nWe will support children with SEND and\n\ntheir families across the town this year.\n\n"
            "More text here about the plans for the town and its people.\n")
    (f,) = _undefined(text, "SEND")
    assert f.suggestions == ["special educational needs and disabilities (SEND)"]


# -- 4. spelled out and never used again: a post's initials beside a name, a note on the report's terms ------------

def _rarely(text):
    result = check_text(text, Config(select=["acronyms"]), fmt="markdown", name="x.md")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-rarely-used"]


def test_a_posts_initials_after_a_persons_name_in_minutes_are_not_reported():
    assert _rarely("# Minutes\n\nApologies came from Sam Hale, Finance Director (FD).\n\nThe board met at ten.\n") == []


def test_a_posts_initials_after_the_post_and_a_name_never_take_the_name():
    text = ("# Minutes\n\nThe Head of Estates, Jo Marsh (HoE) set out the repairs planned for the winter.\n\n"
            "Members asked when the HoE report would come back, and the HoE said in March.\n")
    result = check_text(text, Config(select=["acronyms"]), fmt="markdown", name="x.md")
    assert not any("Jo Marsh" in x for f in result.findings for x in [f.message, *f.suggestions])


def test_a_post_spelled_out_with_no_name_beside_it_is_still_reported():
    (f,) = _rarely("# Report\n\nWe asked the Finance Director (FD) about the budget for the winter.\n")
    assert f.suggestions == ["Finance Director"]


def test_a_note_on_the_reports_terms_is_not_reported():
    text = "# About\n\nThe term quiet zone users (QZU) is used in this report to match the national forms.\n"
    assert _rarely(text) == []


def test_letters_used_once_in_ordinary_prose_are_still_reported():
    (f,) = _rarely("# About\n\nWe asked quiet zone users (QZU) what they thought of the new rooms.\n")
    assert f.suggestions == ["quiet zone users"]


def test_a_thing_that_is_used_is_no_note_on_terms():
    text = "# Care\n\nQuiet zone monitoring (QZM) is used by many patients at home each night.\n"
    (f,) = _rarely(text)
    assert f.suggestions == ["Quiet zone monitoring"]


# -- 5. a table's name in one row, its letters a few rows down --------------------------------------------------------

def _table(rows):
    head = "| Body | Note |\n| --- | --- |\n"
    return "# Where to complain\n\nThe table lists the bodies.\n\n" + head + "".join(f"| {a} | {b} |\n" for a, b in rows) + \
        "\n" + "Later text. " * 60 + "\n\nThe Quiet Zone Ombudsman (QZO) looks at complaints about councils.\n"


def _one(text, letters):
    result = check_text(text, Config(select=["acronyms"]), fmt="markdown", name="x.md")
    assert result.error is None, result.error
    (f,) = [f for f in result.findings if f.rule == "acronym-undefined" and f.text.split()[0] == letters]
    return f


def test_a_name_in_an_earlier_row_of_the_same_table_links_the_letters():
    rows = [("Quiet Zone Ombudsman", "(councils)")] + [(f"Panel {k}", "(schools)") for k in range(8)] + [
        ("Health complaints", "(with the QZO)")]
    f = _one(_table(rows), "QZO")
    assert f.severity == "suggestion" and "used after 'Quiet Zone Ombudsman'" in f.message


def test_letters_in_a_table_with_no_name_above_are_spelled_out_later():
    rows = [(f"Panel {k}", "(schools)") for k in range(9)] + [("Health complaints", "(with the QZO)")]
    f = _one(_table(rows), "QZO")
    assert f.severity == "error" and "only later" in f.message
