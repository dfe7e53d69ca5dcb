"""Acronyms, second round of set EE (acr2): codes, the order of meanings, post-nominals, a body's own letters and
letters described at once. Each class with examples that must and must not fire, in our own words."""

from test_acronyms import _undefined


def _one(text, key, fmt="text"):
    found = [f for f in _undefined(text, fmt) if f.text.split()[-1].rstrip("s") == key]  # (the fix may take "an")
    assert len(found) <= 1, found
    return found[0] if found else None


# 1. Letters inside a decision's or a document's reference code are the code, not an abbreviation

def test_letters_in_a_decision_or_reference_code_are_not_reported():
    for text in ("This is key decision QRT S123, taken by the cabinet member for roads.",
                 "Decision QRT S463\n\nThe cabinet member agreed the plan for the new crossing.",
                 "Ref: QHG 14/22. The report sets out the plan for roads.",
                 "Decision no. QRT 463 was taken on Monday by the leader.",
                 "The forward plan lists Key Decision Number: QRT 12 for March.",
                 "The forward plan lists key decision QRT/S123 for March."):
        assert _one(text, "QRT") is None and _one(text, "QHG") is None, text


def test_letters_after_the_word_decision_with_no_serial_are_still_reported():
    for text in ("The decision QRT made in 2020 was the right one.",
                 "The decision of the QRT 5 years ago was the right one.",
                 "Key decision: the QRT will fund the crossing."):
        f = _one(text, "QRT")
        assert f is not None and f.severity == "error", text
    # the code passed over, the letters' use in the text is the first use
    f = _one("Key decision QRT S123\n\nThe QRT will fund the crossing next year.", "QRT")
    assert f is not None and f.severity == "error" and f.start > 20


# 2. Where several meanings are listed, the one the page's subject leans to comes first

_TREES = ("If you want to cut down or prune a tree in a conservation area you must tell us six weeks before you start. "
          "This gives the LPA time to decide whether to protect the tree with a preservation order.\n\n"
          "Work that is part of a planning application may be covered by the conditions of that permission. "
          "{care} Check the map before you start any work.")


def test_meanings_are_listed_with_the_one_the_page_leans_to_first():
    for care in ("Be sure not to damage the roots.", "Take care not to damage the roots."):
        f = _one(_TREES.format(care=care), "LPA")
        assert "It can mean 'local planning authority'" in f.message, f.message
        assert f.suggestions == ["local planning authority (LPA)", "lasting power of attorney (LPA)"]


def test_the_glossary_order_stays_where_the_page_leans_nowhere_or_to_the_first_meaning():
    f = _one("The LPA was signed last week.", "LPA")
    assert f.suggestions[0] == "lasting power of attorney (LPA)"
    care = ("Her son holds an LPA for her health and welfare. The attorney can speak for her when she lacks "
            "capacity, and her dementia nurse knows him.")
    assert _one(care, "LPA").suggestions[0] == "a lasting power of attorney (LPA)"
    # a rarer meaning's subject words beside a word of the usual one's sector, without its own words: as listed
    kids = " The plan is for children, their parents and families, and pupils at school."
    f = _one("We bid with the other ICSs for the NHS money." + kids, "ICS")
    assert f.suggestions[0].startswith("integrated care system")


# 3. Letters after a person's name that are a seat or an honour

def test_a_members_seat_after_their_name_is_not_reported():
    for text in ("Jane Rees AM opened the new library in the town centre.",
                 "Cllr Jane Rees AM, the Mayor, and Sir Tom Lee KCB opened the hall.",
                 "We met Jo Evans MS and Rhian Price MSP at the event.",
                 "Tom Hill QC and Ann Cole KC spoke at the event."):
        assert [f for f in _undefined(text) if f.text in ("AM", "MS", "KCB", "MSP", "QC", "KC")] == [], text


def test_the_same_letters_not_after_a_name_are_read_as_before():
    # a time, and a condition readers know
    assert _one("The clinic opens at 10 AM each day.", "AM") is None
    assert _one("People with MS can get help from the team.", "MS") is None
    # letters after a word in lower case are no post-nominal
    f = _one("The plan was agreed by the board CB on Monday.", "CB")
    assert f is not None


# 4. A body's own letters in its own papers

def test_letters_written_as_a_councils_name_are_that_council():
    f = _one("QZP Council wants your views. Residents across QZP can reply by May.", "QZP")
    assert f.severity == "suggestion"
    f = _one("BCP Council wants your views on the plan. Residents across the BCP area can reply by May.", "BCP")
    assert f.severity == "suggestion"
    assert f.suggestions[0] == "Bournemouth, Christchurch and Poole Council (BCP)"


def test_letters_never_written_as_a_council_are_shown():
    f = _one("Our BCP sets out how we keep services running in a flood. The BCP was tested in May.", "BCP")
    assert f.severity == "error" and f.suggestions[0] == "business continuity plan (BCP)"
    # spelled out as something else, the letters before "Council" are no council's name
    f = _one("The Quiet Zone Partnership (QZP) met. QZP Council was also there.", "QZP")
    assert f is None


_BULLETIN = ("Dear colleague\n\nThis week at QZT we opened a new ward for older people. Thank you to every team that "
             "made it happen. The QZT estates team worked through the night.\n\n")


def test_a_staff_bulletins_own_letters_are_a_suggestion():
    f = _one(_BULLETIN + "Best wishes\nJo Smith\nChief Executive", "QZT")
    assert f.severity == "suggestion"
    # the body's name in the sign-off, far below the letters
    filler = "There is more news on the intranet about the staff awards and the winter vaccines for staff. " * 8
    f = _one(_BULLETIN + filler + "\n\nBest wishes\n\nJo Smith\nChief Executive\nQuarry Zone Trust", "QZT")
    assert f.severity == "suggestion" and "Quarry Zone Trust" in f.message


def test_the_same_letters_on_a_page_for_the_public_are_shown():
    f = _one("Welcome\n\nThis week at QZT we opened a new ward for older people. The QZT estates team worked "
             "through the night.", "QZT")
    assert f.severity == "error"
    # a letter to staff about a system: letters of a thing, not a body
    f = _one("Dear colleague\n\nThe new QZR system goes live on Monday. Please log in to QZR before then.", "QZR")
    assert f.severity == "error"
    # a name far below that is no sign-off: the letters are met bare first
    filler = "There is more news on the intranet about the staff awards and the winter vaccines for staff. " * 8
    f = _one("This week at QZT we opened a new ward. " + filler + "\n\nAbout Quarry Zone Trust\n\nWe run "
             "two hospitals.", "QZT")
    assert f.severity == "error"


def test_a_bodys_letters_in_a_post_on_its_own_line_or_cell_are_a_label():
    table = ("# Winter meeting\n\n| Name | Role |\n| --- | --- |\n| Sam Lee | Director of Strategy and Partnerships, "
             "QOB ICB |\n| Jo Reed | Chair |\n\nThe board agreed the plan for winter.\n")
    assert _one(table, "ICB", fmt="markdown").severity == "suggestion"
    # in a sentence the same post and body are read as before
    f = _one("The Chief Executive, QOB ICB said the plan was agreed.", "ICB")
    assert f.severity == "error"


# 5. Letters described at once, in an apposition

def test_letters_described_at_once_are_a_suggestion_at_their_next_use():
    for text in ("Candidates sit tests on QHL, the London-wide online testing service, before the interview. "
                 "QHL results go to the panel.",
                 "Tests are run through QHL – the online testing system for London – before the panel meets. "
                 "QHL results go to the panel."):
        assert _one(text, "QHL").severity == "suggestion", text


def test_letters_described_only_later_or_in_a_clause_are_shown():
    for text in ("We use QHL to set tests. QHL, the testing service, is good.",
                 "The QHL, which sets the tests, met. QHL results go to the panel.",
                 "The Associate Director said the QHL (a new service) will open in May."):
        assert _one(text, "QHL").severity == "error", text
