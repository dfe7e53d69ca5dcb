"""Who a page is written for, and which letters those readers use every day (issue 17, round acr25).

Most of what readers called "correct but pedantic" on unseen pages (sets ST and UV) was about the
page's audience: the NHS's own letters (CCG, LMC, MDT) on a page written for the clinicians, GPs,
prescribers and referrers who use them every day. Such letters are reported at the rule's
``sector-severity`` there: a suggestion for board papers, shown in the ``public`` profile.

The letters are taken from the glossary we have, never from a new list: an entry of one meaning
whose subject words (``cues``) are the health sector's (the NHS's bodies and terms: CCG, ICB, PCT,
LMC, QOF, RTT), or one marked ``known = "clinical"`` (MDT, ECG, COPD). The page is one addressed to
clinicians when its opening (the first 3,000 characters) speaks to them: a referral's criteria or
letter, information for GPs or referrers, prescribers or prescribing, patients to be referred; and it
is no meeting's record (minutes, an agenda's item: their readers are members and the public).
Both tests are cheap: a look at the entry, and one search of the page's opening, made once a page.
"""

from __future__ import annotations

import re

from ...wordlists import word_set

#: the words a health sector entry's cues hold (the glossary gives each NHS body and term the same list)
_HEALTH_CUES = word_set("acronym-words.toml", "health-sector-cues")

#: how far into the page its audience is said
REACH = 3000

#: a page written for the clinicians who refer or prescribe: who may refer, what a referral must hold, guidance for
#: GPs or prescribers, a prescribing bulletin
_FOR_CLINICIANS = re.compile(
    r"\b(?:[Rr]eferrers|[Rr]eferring\s+(?:clinicians?|GPs?|professionals?|practitioners?)|"
    r"[Rr]eferrals\s+(?:are|will\s+be)\s+accepted|[Rr]eferral\s+(?:criteria|forms?|letters?|guidance|guidelines)|"
    r"(?:prior\s+to|before)\s+referral|(?:should|must|may|can)\s+be\s+referred|"
    r"(?:[Ii]nformation|[Gg]uidance|[Aa]dvice)\s+for\s+(?:GPs|clinicians|health\s*care\s+professionals|"
    r"health\s+professionals|professionals|referrers|prescribers)|"
    r"(?:all|for|to)\s+prescribers|prescribers\s+(?:of|in|within|should|must)|"
    r"^[ \t]*(?:[Pp]rofessional\s+information|(?:[Ii]nclusion|[Ee]xclusion)\s+[Cc]riteria)[ \t]*$)\b", re.MULTILINE)


#: a meeting's record (its minutes, an agenda's item, who came): its readers are members and the public, whatever
#: the item says of referrals ("the service's agreed referral criteria" in a scrutiny panel's minutes)
_MEETING_RECORD = re.compile(r"^[ \t]*(?:Minutes|Agenda\s+item|In\s+attendance|Present|Apologies)\b", re.MULTILINE)


def health_letters(entry) -> bool:
    """Are these the glossary's health sector letters (one meaning, the NHS's subject words), or letters it
    marks as clinicians' own (``known = "clinical"``)?"""
    if entry is None:
        return False
    if entry.known == "clinical":
        return True
    return len(entry.expansions) == 1 and len(entry.cues) == 1 and _HEALTH_CUES <= set(entry.cues[0])


def for_clinicians(text: str) -> bool:
    """Does the page's opening address the clinicians, GPs, prescribers or referrers who use such letters?"""
    return _FOR_CLINICIANS.search(text, 0, REACH) is not None and _MEETING_RECORD.search(text, 0, REACH) is None
