"""Shapes met on set BB's unseen pages, in our own sentences: each class made safe in general, with sentences
of the same shape where a finding must still be made."""

import pytest
from plainlint.api import check_text
from plainlint.config import Config


def _findings(text, rule="acronym-undefined"):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == rule]


# --- a firm's or a brand's letters that are its name (set BB ac14, ac26) -----------------------------------------

@pytest.mark.parametrize("text", [
    "The committee received a report from BDO on the grant claims for the year.",
    "The programme director said that BT had planned the roll out to keep costs down.",
    "The trust asked PwC to review its financial plan before the spring.",
    "A film crew from ITV visited the new school in March.",
])
def test_a_firms_own_letters_are_not_asked_to_be_spelled_out(text):
    assert _findings(text) == []


@pytest.mark.parametrize("text,letters", [
    # a public body's letters in the same shapes still fire
    ("The committee received a report from QZB on the grant claims for the year.", "QZB"),
    ("The programme director said that QT had planned the roll out to keep costs down.", "QT"),
    ("The trust asked the QZSB to review its financial plan before the spring.", "QZSB"),
])
def test_a_bodys_letters_in_the_same_shape_still_fire(text, letters):
    assert [f.text for f in _findings(text)] == [letters]


# --- a known firm's letters mistyped (set BB ac16) -----------------------------------------------------------

def test_a_known_firms_letters_with_two_swapped_ask_did_you_mean():
    # the firm's letters are written right elsewhere on the page: the page supports the slip (session acr19)
    found = _findings("Working alongside KMPG we supported each region's plan. KPMG also audited the accounts.")
    assert len(found) == 1
    assert "did you mean 'KPMG'" in found[0].message
    assert found[0].suggestions == ["KPMG"]


@pytest.mark.parametrize("text", [
    # two swaps away, or not side by side: letters of their own
    "Working alongside KGMP we supported each region's plan.",
    # used three times: the writer means these letters
    "Working alongside KMPG we supported the plan. KMPG wrote it. KMPG checked it.",
])
def test_letters_not_a_slip_of_a_known_name_are_asked_to_be_spelled_out(text):
    found = _findings(text)
    assert found and "did you mean" not in found[0].message


# --- letters with a colon inside are one group (set BB ac11) -----------------------------------------------

def test_letters_with_a_colon_inside_are_defined_by_the_brackets_after_them():
    text = ("We work with groups such as QP:RS (Quiet People: Reading Stories) to run the interviews. "
            "Later QP:RS wrote to us about the results.")
    assert _findings(text) == []
    assert _findings(text, "acronym-defined-late") == []


def test_letters_with_a_colon_inside_undefined_are_reported_once_whole():
    found = _findings("We work with groups such as TZ:QB and others. The TZ:QB team met twice.")
    assert [f.text for f in found] == ["TZ:QB"]


@pytest.mark.parametrize("text,letters", [
    # a space after the colon: two things, each its own letters
    ("The board has two aims: QZR: to cut costs.", ["QZR"]),
    ("Owner: QZT. The plan is due in May.", ["QZT"]),
])
def test_letters_beside_a_colon_with_a_space_stay_apart(text, letters):
    assert [f.text for f in _findings(text)] == letters


# --- two names and two groups of letters joined by 'and' (set BB ac09) -------------------------------------

def _definitions(text):
    from plainlint.analysis import analyse
    from plainlint.checks import acronyms as A
    from plainlint.extract import extract

    s = A.survey(analyse(extract(text.encode(), "x.txt", {}, fmt="text")))
    return {k: [d.expansion for d in v] for k, v in s.definitions.items()}


def test_two_names_sharing_their_tail_define_two_groups_of_letters():
    text = ("The chairs work with quiet leads and safety nurses for road crossings (QLRCs and SNRCs) and the "
            "other members. The QLRCs meet monthly and the SNRCs report to them.")
    assert _definitions(text) == {"QLRC": ["quiet leads for road crossings"],
                                  "SNRC": ["safety nurses for road crossings"]}
    assert _findings(text) == []


def test_two_names_each_whole_define_two_groups_of_letters():
    text = "We asked the quiet zone board and the safety forum (QZB and SF) for their views. The QZB agreed."
    assert _definitions(text) == {"QZB": ["quiet zone board"], "SF": ["safety forum"]}


@pytest.mark.parametrize("text,letters", [
    # words that fit neither group: both are still asked for
    ("The chairs work with parents and carers (QPs and QCs) across the county.", ["QPs", "QCs"]),
    # the same letters twice in brackets, no words for them
    ("The county works with the QZB and QZT (QZB and QZT) on the plan.", ["QZB"]),
])
def test_two_groups_of_letters_the_words_do_not_fit_still_fire(text, letters):
    assert [f.text for f in _findings(text) if f.severity == "error"] == letters


# --- a council's letters on a page naming its place (set BB ac01) -------------------------------------------

_EVENTS = ("Event organisers will be expected to share their plan for the event at least three months before it, "
           "so that members have time to review it. ") * 10


def _one(text, letters):
    found = [f for f in _findings(text) if f.text == letters]
    assert len(found) == 1
    return found[0]


def test_council_shaped_letters_on_a_page_naming_the_place_are_its_council():
    f = _one("Safety advisory group for events in Lakeford\n\n" + _EVENTS
             + "\n\nEvent plans will be uploaded to the LDC area on the shared site.\n", "LDC")
    assert f.suggestions == ["Lakeford District Council (LDC)"]
    assert "dental" not in f.message


def test_council_shaped_letters_with_no_place_are_given_no_meaning():
    f = _one("Safety advisory group\n\n" + _EVENTS
             + "\n\nEvent plans will be uploaded to the LDC area on the shared site.\n", "LDC")
    assert f.severity == "error" and f.suggestions == []
    assert "dental" not in f.message


def test_council_shaped_letters_on_a_page_of_their_glossary_subject_keep_its_meaning():
    dental = ("The practice will see patients with urgent dental pain within a day, and the dentist will refer "
              "them on where needed. ") * 10
    f = _one("Dental access in Lakeford\n\n" + dental + "\n\nThe LDC agreed the plan at its meeting.\n", "LDC")
    assert f.suggestions == ["local dental committee (LDC)"]


def test_council_shaped_letters_with_a_sure_meaning_keep_it():
    # 'to be confirmed' everywhere: a Tamworth page's date 'TBC' is no council
    text = ("Events in Tamworth\n\n" + _EVENTS + "\n\nThe next meeting's date is TBC and will be sent to members.\n")
    assert all("Tamworth" not in " ".join(f.suggestions) for f in _findings(text))


# --- a provider's trading name: its letters and one word (set BB ac23) ---------------------------------------

def test_a_providers_trading_name_is_a_suggestion():
    found = _findings("Counter fraud\n\nOur provider is QZ Audit. Their staff are trained to the national standard.\n")
    assert [(f.text, f.severity) for f in found] == [("QZ", "suggestion")]


@pytest.mark.parametrize("text,letters", [
    # a body's letters as the provider, no trading word after them
    ("Counter fraud\n\nOur provider is QZFT. It runs the service for us.\n", "QZFT"),
    # letters and a word that go on into a longer name
    ("Counter fraud\n\nOur provider is QX Audit Committee member Jo Smith.\n", "QX"),
    # letters and a word, but not named as a provider
    ("Counter fraud\n\nThe figures were sent to QX Audit. Their staff checked them.\n", "QX"),
])
def test_letters_not_a_providers_trading_name_still_fire(text, letters):
    assert [(f.text, f.severity) for f in _findings(text)] == [(letters, "error")]


def test_a_month_is_no_place_for_council_shaped_letters():
    text = "Events in October\n\n" + _EVENTS + "\n\nThe OBC will be sent to members after the event.\n"
    found = [f for f in _findings(text) if f.text == "OBC"]
    assert found and all("October" not in " ".join(f.suggestions) + f.message for f in found)
