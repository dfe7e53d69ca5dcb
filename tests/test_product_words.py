"""Word lists read into the acronym check's patterns. The product words after letters ('the QZT portals', 'QZS software') come from
wordlists/acronym-words.toml [product-words]; the pattern built from them reads exactly as the
hand-written one it replaced (the first letter in either case, a plural 's' where the list has one)."""

import re

from plainlint.checks.acronyms.check import _PRODUCT_AFTER

_OLD = re.compile(r"[ \t]+((?:[Pp]ortal|[Pp]latform)s?|[Ss]oftware)\b")


def test_the_pattern_from_the_word_list_reads_as_the_old_one():
    for text in (" portal", " portals", " Portals here", " platform", " Platforms", " software", " Software",
                 " softwares", " PORTAL", " portalx", "\tplatform.", " plat", "  portal", " the portal"):
        old, new = _OLD.match(text), _PRODUCT_AFTER.match(text)
        assert (old and old.group(1)) == (new and new.group(1)), text


def test_the_people_labels_from_the_word_list_read_as_the_old_pattern():
    from plainlint.checks.acronyms.check import _PEOPLE_LABEL

    old = re.compile(r"[ \t]*(?i:chair|chairman|chairperson|present|attendees|in attendance|apologies|"
                     r"members present|minutes|minute taker|author|report author|presented by|lead officer|"
                     r"contact|contact officer)[ \t]*:[ \t]*(?:[^\n:]*[,;][ \t]*)?\Z")
    for text in ("Chair: ", "  PRESENT: Tom Bell, ", "In attendance : ", "Report author:", "Apologies: A, B; ",
                 "Minute taker: ", "Contact officer: ", "Lead Officer:", "Chairs: ", "Present Tom ", "presented by: x, ",
                 "members present:", "Author: Tom: ", "Attendees:\n", "Contact:  "):
        assert bool(old.match(text)) == bool(_PEOPLE_LABEL.match(text)), text
