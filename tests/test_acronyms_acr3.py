"""Acronyms, third round (acr3): a brand's name written partly in capitals that spell a word, and a page's
metadata line (categories, tags, topics) read as running text. Each class with examples that must and must not
fire, in our own words."""

from test_acronyms import _undefined


def _one(text, key, fmt="text"):
    found = [f for f in _undefined(text, fmt) if key in f.text]
    assert len(found) <= 1, found
    return found[0] if found else None


# 1. A short prefix and five capitals or more that spell an English word: a service's name, not initials

def test_a_name_whose_capitals_spell_a_long_word_is_not_reported():
    for text, key in (("Veterans can refer themselves to OpBRIGHT, our service for former soldiers.", "OpBRIGHT"),
                      ("Download the ZoSTEADY app to plan your week.", "ZoSTEADY"),
                      ("The GoTHRIVE club meets in the library on Fridays.", "GoTHRIVE")):
        assert _one(text, key) is None, text


def test_short_runs_and_runs_that_spell_no_word_or_a_known_acronym_are_still_reported():
    for text, key in (("Parents can use eCAMHS to ask for help online.", "eCAMHS"),
                      ("Pupils can use iSEND to check their plan.", "iSEND"),
                      ("Staff fill in the OpQZXKT form each week.", "OpQZXKT"),
                      # the run is letters the glossary knows, said as a word or not: initials
                      ("Carers can read the OpSTOMP leaflet at the clinic.", "OpSTOMP")):
        f = _one(text, key)
        assert f is not None and f.severity == "error", text


def test_a_word_in_capitals_after_a_space_stays_a_shouted_word():
    assert _one("The Op BRIGHT team works with families across the county.", "BRIGHT") is None


# 2. A page's metadata line is a label: the first use in the text is the one that counts

_POST = ("Posted by: Sam Reed, Posted on: - Categories: moving QZTs to councils, Health Visiting\n"
         "From April, councils run the service for young families in each area. The QZTs will set their own plans "
         "with local doctors and schools.")


def test_letters_in_a_page_metadata_line_are_passed_over_for_their_use_in_the_text():
    for fmt in ("text", "markdown"):
        f = _one(_POST, "QZT", fmt)
        assert f is not None and f.severity == "error" and f.start > _POST.index("From April"), fmt
    for head in ("Tags", "Filed under", "Topics", "Category"):
        text = f"{head}: QZT, parks, play areas\n\nThe QZT meets every month to look at the parks."
        f = _one(text, "QZT")
        assert f is not None and f.start > text.index("The QZT") - 1, head


def test_letters_used_only_in_a_metadata_line_are_not_an_error():
    f = _one("Tags: QZT, parks\n\nOur parks are open every day from eight in the morning.", "QZT")
    assert f is None or f.severity != "error"


def test_letters_in_running_text_after_such_a_word_are_still_reported_at_once():
    for text in ("Posted in May, the QZT report sets out the plan for the parks. The QZT will meet again.",
                 "The tags: QZT staff wear them at all times. The QZT team checks them.",
                 "Topics: the QZT budget was agreed. The QZT will meet again in June."):
        f = _one(text, "QZT")
        assert f is not None and f.severity == "error" and f.start == text.index("QZT"), text
