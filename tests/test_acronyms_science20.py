"""Letters of a science on a page about that science (session 16, set DD ac01): 'DNA' on a page about genomics is
not 'did not attend'. The page's words of that science choose its meaning; a clinic page's words keep the usual one.
Our own sentences, both ways."""

from plainlint.api import check_text
from plainlint.config import Config

_FILLER = " The programme team will report back to the board in the spring with a summary of what was heard." * 12


def _dna(text):
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined" and "DNA" in f.text]


def test_genomics_page_offers_the_science_meaning_first():
    text = ("Genomic medicine reads a person's DNA to find the changes behind rare illness. Our genomics service "
            "uses whole genome sequencing. Genomic tests are now offered in every region, and the genomics "
            "laboratory reads thousands of genomes a year. Genomic results go back to the family doctor.")
    found = _dna(text)
    assert found, "the letters are still reported"
    assert found[0].suggestions and found[0].suggestions[0].startswith("deoxyribonucleic acid")


def test_clinic_page_keeps_the_missed_appointment_meaning():
    text = ("The DNA rate at the outpatient clinic rose this year. Missed appointments cost the trust money; "
            "appointment reminders by text cut them. Clinic staff call patients before each appointment, and "
            "outpatient clinics now send letters. Attendance at clinics is reported monthly.")
    found = _dna(text)
    assert found and found[0].suggestions and found[0].suggestions[0].startswith("did not attend")
