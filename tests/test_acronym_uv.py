"""Round acr24: the acronym classes two readers judged wrong on set UV (new pages), each mended by its mechanism: a
firm's brand in capitals that reads as a word, a compass point written in letters, a product's brand before its product word, an everyday sport's letters, the
words for a countable thing put in after a preposition (with "the"), a meaning from another field on a page of one
field, and letters glued to a minutes' label by a colon. The passages are ours: none is copied from a page."""

import pytest

from acronym_helpers import of, undefined

# -- 3. a compass point in letters before "of" and a place, or before a word for a part of a place (set UV ac29) --
COMPASS_QUIET = [
    ("The footpath runs north of the B2210 and NE of Moorside.", "NE"),
    ("A new hedge will be planted SW of the village hall.", "SW"),
    ("The land SE of the A38 is to be sold next year.", "SE"),
    ("The flood bank NW of Upper Dene needs repair.", "NW"),
    ("Works at the SW corner of the depot start in May.", "SW"),
    ("The NE boundary of the field is a stone wall.", "NE"),
    ("Every flat has a SE facing balcony.", "SE"),
    ("Trees along the NW edge of the park will be kept.", "NW"),
]
COMPASS_SHOWN = [
    # letters that share a compass point's shape, used as a body's or a team's letters, still need spelling out
    ("The QZ hub sent its report to the NE team on Friday.", "NE"),
    ("Members of the SE met the board in March.", "SE"),
    ("A new NW office will open in the town centre.", "NW"),
    ("The SW told us of their plans for the year.", "SW"),
    ("Funding for the NE was agreed by the panel.", "NE"),
    ("Staff from SE will visit the school.", "SE"),
    ("The report by NW was read by the committee.", "NW"),
    ("Talks with SW and the council went well.", "SW"),
]

# -- 4. everyday letters read as a word (set UV ac42) --
EVERYDAY_QUIET = [
    ("The park will have a BMX track and a skate area.", "BMX"),
    ("Young riders can borrow a BMX at the weekend club.", "BMX"),
    ("Three BMX bikes were stolen from the shed.", "BMX"),
    ("The BMX club meets on Saturday mornings.", "BMX"),
    ("A BMX and pump track would suit the old tip site.", "BMX"),
    ("She raced BMX for the county as a teenager.", "BMX"),
    ("The new BMX ramps open in the spring.", "BMX"),
    ("Lessons in BMX skills are free for under 16s.", "BMX"),
]
EVERYDAY_SHOWN = [
    # letters of the same length that are no everyday word stay letters to spell out
    ("The park will have a QMX track and a skate area.", "QMX"),
    ("Young riders can borrow a kit from BMQ at the weekend.", "BMQ"),
    ("Three BZX bikes were stolen from the shed.", "BZX"),
    ("The QBX club meets on Saturday mornings.", "QBX"),
    ("A ZMX track would suit the old tip site.", "ZMX"),
    ("She raced for QMB as a teenager.", "QMB"),
    ("The new XMB ramps open in the spring.", "XMB"),
    ("Lessons in MBX skills are free for under 16s.", "MBX"),
]

# -- 6. letters glued by a colon to a minutes' label: the letters are their own first use (set UV ac07) --
LABEL_TEXTS = [
    "PRESENT:QZFA Members:\n\nMr A Bell (Chair), Ms C Dunn.\n\nThe board thanked QZFA staff for their work.",
    "APOLOGIES:QZFA Officers\n\nMr A Bell.\n\nThe board thanked QZFA staff for their work.",
    "Present:QZFA board\n\nMr A Bell, Ms C Dunn.\n\nThe report from QZFA was noted.",
    "ATTENDEES:QZFA and guests\n\nMs C Dunn.\n\nThe board thanked QZFA staff for their work.",
    "ACTION:QZFA to write to the parish\n\nThe board thanked QZFA staff for their work.",
    "NOTE:QZFA will host the next meeting\n\nThe board thanked QZFA staff for their work.",
    "IN THE CHAIR\n\nPRESENT:QZFA Members:\n\nMr A Bell.\n\nQZFA said the survey would start soon.",
    "Minutes:QZFA board\n\nMs C Dunn.\n\nThe board thanked QZFA staff for their work.",
]
# letters with a colon inside and no space, neither half a label's word, are still one group
GROUP_TEXTS = [
    "The EP:IC team met in May to plan the year.",
    "The QZ:RT service will open in June.",
    "Staff from QZ:XA joined the call.",
    "The AB:CD pilot ran for a year.",
    "Plans for QZB:TR were agreed.",
    "The QR:ZT group reported to the board.",
    "Funding for XZ:QP is set out in the annex.",
    "The ZQ:PA clinic opens on Mondays.",
]


# -- 1. capitals that read as a word, in a sentence naming a firm's parts or dealings: a brand (set UV ac16, ac40) --
FIRM_QUIET = [
    ("There are two divisions of the QOLAVA group, and SOLAVO runs the second.", "SOLAVO"),
    ("There are two divisions of the QOLAVA group, and SOLAVO runs the second.", "QOLAVA"),
    ("The yard was re-branded under the QOLAVA group of companies in March.", "QOLAVA"),
    ("Since April the plant has been run by MERANO, a subsidiary of a Dutch firm.", "MERANO"),
    ("The depot now trades as TAVIRO, its new trading name.", "TAVIRO"),
    ("Waste goes to LUMEDA Ltd for rendering.", "LUMEDA"),
    ("The firm was rebranded as KOVARI in the spring.", "KOVARI"),
    ("Both sites belong to the BELAMO group of companies.", "BELAMO"),
]
FIRM_SHOWN = [
    # a body's letters, or letters that do not read as a word, stay letters to spell out beside the same words
    ("The site was re-branded after QZFCA officers asked for a new sign.", "QZFCA"),
    ("Two divisions of the QWMCA group met in March.", "QWMCA"),
    ("The board of NOFCA agreed two divisions of the work.", "NOFCA"),
    ("There are two divisions of the working group, and SOLAVO runs the second.", "SOLAVO"),
    ("SOLAVO will run the new depot from June.", "SOLAVO"),
    ("The QZHSGC trading name was agreed by the board.", "QZHSGC"),
    ("Staff from BELAMO will visit the depot in June.", "BELAMO"),
    ("The BCDFG subsidiary reported a loss.", "BCDFG"),
]


@pytest.mark.parametrize("text,letters", FIRM_QUIET)
def test_a_firms_brand_gets_no_shown_finding(text, letters):
    shown = [f for f in of(undefined(text), letters) if f.severity != "suggestion"]
    assert not shown, shown[0].message


@pytest.mark.parametrize("text,letters", FIRM_SHOWN)
def test_letters_beside_firm_words_stay_shown(text, letters):
    assert [f for f in of(undefined(text), letters) if f.severity != "suggestion"]


@pytest.mark.parametrize("text,letters", COMPASS_QUIET + EVERYDAY_QUIET)
def test_no_shown_finding(text, letters):
    shown = [f for f in of(undefined(text), letters) if f.severity != "suggestion"]
    assert not shown, shown[0].message


@pytest.mark.parametrize("text,letters", COMPASS_SHOWN + EVERYDAY_SHOWN)
def test_useful_finding_stays_shown(text, letters):
    assert [f for f in of(undefined(text), letters) if f.severity != "suggestion"]


@pytest.mark.parametrize("text", LABEL_TEXTS)
def test_letters_glued_to_a_label_are_their_first_use(text):
    found = undefined(text)
    assert not [f for f in found if ":" in f.text], [f.text for f in found]
    first = of(found, "QZFA")
    assert first, [f.text for f in found]
    # the finding (at the first use in a sentence) says the letters first stand at the glued use, the label's line
    glued = min(n for n, line in enumerate(text.split("\n"), 1) if "QZFA" in line)
    assert first[0].location.line == glued or f"at line {glued}" in first[0].message, first[0].message


@pytest.mark.parametrize("text", GROUP_TEXTS)
def test_letters_with_a_colon_inside_stay_one_group(text):
    group = text.split()[[":" in w for w in text.split()].index(True)]
    assert [f for f in undefined(text) if f.text == group], group


# -- 2. a product's brand before its product word: no glossary meaning offered (set UV ac28) --
PRODUCT_PLAIN = [
    "A referral can also go through SCI gateway, though that is slower.",
    "Log in to the SCI portal to see your referral.",
    "Send the form through the SCI Portals of each board.",
    "The trust moved its forms onto the SCI platform last year.",
    "Ward staff update SCI software each week.",
    "Patients can book through the SCI app on their phone.",
    "Letters go out by SCI gateway to every practice.",
    "Staff use SCI Gateways to send urgent referrals.",
]
# the same letters with no product word after them keep the glossary's words
PRODUCT_MEANING = [
    "The council adopted its SCI in May after a long consultation on planning.",
    "The SCI sets out how residents are consulted on planning applications.",
    "We will review the SCI next year so that planning consultation reaches more residents.",
    "Comments on the SCI closed in June; the planning team read every one.",
    "The draft SCI explains how the planning service will consult residents.",
    "Planning officers follow the SCI when they consult on local plans.",
    "A new SCI was agreed by the planning committee.",
    "Residents asked how the SCI shapes planning decisions.",
]


@pytest.mark.parametrize("text", PRODUCT_PLAIN)
def test_product_word_after_letters_gets_no_meaning(text):
    found = of(undefined(text), "SCI")
    assert found
    assert "community involvement" not in found[0].message and not found[0].suggestions, found[0].message


@pytest.mark.parametrize("text", PRODUCT_MEANING)
def test_letters_with_no_product_word_keep_the_meaning(text):
    found = of(undefined(text), "SCI")
    assert found and "statement of community involvement" in found[0].message, found and found[0].message


# -- 5. a countable thing's name bare after a preposition takes "the"; a meaning of another field is left out --
HOSPITAL = (" The ward nurses and clinical staff check every patient's notes with the patient, and the hospital team"
            " keeps the notes safe for patients and clinicians.")
THE_PUT_IN = [
    ("Make sure the consent form is documented in EPR before discharge." + HOSPITAL, "EPR",
     "the electronic patient record (EPR)"),
    ("The discharge letter is attached to EPR by the ward clerk." + HOSPITAL, "EPR", "the electronic patient record (EPR)"),
    ("Results are uploaded to EPR within a day." + HOSPITAL, "EPR", "the electronic patient record (EPR)"),
    ("Notes taken by hand must be copied into EPR that evening." + HOSPITAL, "EPR",
     "the electronic patient record (EPR)"),
    ("Each child's support is set out in EHCP and reviewed each year.", "EHCP",
     "the education, health and care plan (EHCP)"),
    ("The goals were written into EHCP after the meeting.", "EHCP", "the education, health and care plan (EHCP)"),
    ("The savings are set out in MTFP for the next three years.", "MTFP", "the medium-term financial plan (MTFP)"),
    ("The gap was closed by changes to MTFP in February.", "MTFP", "the medium-term financial plan (MTFP)"),
]
# a determiner already there (an article, a possessive, "each", "this"), no preposition, or a noun the letters
# modify after them: no "the" put in
THE_NOT_PUT_IN = [
    ("The scan was sent to EPR staff for filing." + HOSPITAL, "EPR", "electronic patient record (EPR)"),
    ("Make sure the consent form is documented in the EPR before discharge." + HOSPITAL, "EPR",
     "electronic patient record (EPR)"),
    ("Allergies are recorded on our EPR at the first visit." + HOSPITAL, "EPR", "electronic patient record (EPR)"),
    ("Results go into their EPR within a day." + HOSPITAL, "EPR", "electronic patient record (EPR)"),
    ("Each child's support is set out in their EHCP and reviewed each year.", "EHCP",
     "education, health and care plan (EHCP)"),
    ("Targets in each EHCP are reviewed every year.", "EHCP", "education, health and care plan (EHCP)"),
    ("The savings are set out in this MTFP for the next three years.", "MTFP", "medium-term financial plan (MTFP)"),
    ("Changes to each MTFP were agreed in February.", "MTFP", "medium-term financial plan (MTFP)"),
    ("A new MTFP was agreed in February.", "MTFP", "medium-term financial plan (MTFP)"),
]


@pytest.mark.parametrize("text,letters,fix", THE_PUT_IN + THE_NOT_PUT_IN)
def test_the_before_a_countable_thing(text, letters, fix):
    found = of(undefined(text), letters)
    assert found and found[0].suggestions, found and found[0].message
    assert found[0].suggestions[0] == fix, found[0].suggestions
    assert f"'{fix}'" in found[0].message, found[0].message


WASTE = (" The council wants producers to pay for the packaging they sell, and recycling rates to rise; producers"
         " of packaging will report what they sell and recycling will be paid for by producers.")


def test_meaning_of_another_field_left_out_on_a_page_of_one_field():
    found = of(undefined("The note must be documented in EPR." + HOSPITAL), "EPR")
    assert found and found[0].suggestions == ["the electronic patient record (EPR)"]
    # the message still says what else the letters can mean: plainlint never picks a meaning silently
    assert "can also mean 'extended producer responsibility'" in found[0].message, found[0].message


def test_both_meanings_kept_where_the_page_speaks_of_both_fields():
    found = of(undefined("The note must be documented in EPR." + HOSPITAL + WASTE), "EPR")
    assert found
    assert any("producer" in x for x in found[0].suggestions), found[0].suggestions
