"""Plain words after the judged plain-words items of set NN at ce368f4 (brief plain13).

A record of a meeting told in the third person is known by its words ('Members', 'the Chair',
'the Board', 'Minutes'), twice or more, with hardly a 'we' (substitution._third_person). The
words were matched in lower case only after a sentence's start ('the Board' but not 'The Board
noted') and 'Chair' only after 'the' (not 'the deputy Chair', 'Vice-Chair'): a minute of an
officer's overview was read as the body's own page, and 'it is anticipated that' became 'We
expect', a 'we' nobody in the text is (pl06, both readers wrong)."""

from __future__ import annotations

from plainlint.api import check_text
from plainlint.config import Config


def _one(text, words):
    cfg = Config(select=["plain-words"], min_severity="suggestion")
    return [(f.severity, f.suggestions) for f in check_text(text, cfg).findings if f.text.lower() == words]


# an item of a partnership board's minutes: the board named only at the start of a sentence,
# the sign-off by a vice-chair; no 'we' anywhere
_ITEM = ("Item 4: Community Equipment Plan\n\n"
         "The Head of Commissioning gave a short account of the community equipment plan for the next two "
         "years. The draft was agreed by the Vice-Chair of the Partnership Board on behalf of all partners "
         "and sent to the regional team, as the deadline fell between two meetings. {sentence}\n\n"
         "The Board noted that the plan had two parts, a costed template and a short written account of "
         "how the money would be spent across the county in each of the two years.\n\n"
         "The Board asked for a report on progress every three months and thanked the Head of "
         "Commissioning for the work done so far by the small team over the summer.\n")

_SENTENCE = "It is anticipated that the plan will be approved in the autumn."


def test_a_minute_naming_the_board_at_sentence_starts_gets_no_we():
    # must not fire as a 'we' swap: at most a suggestion with no swap
    assert _one(_ITEM.format(sentence=_SENTENCE), "it is anticipated that") == [("suggestion", [])]


def test_a_deputy_chair_counts_as_a_word_of_a_minute():
    text = _ITEM.format(sentence=_SENTENCE).replace("Vice-Chair", "deputy Chair").replace(
        "The Board noted", "It was noted").replace("The Board asked", "Members asked")
    # 'deputy Chair' and 'Members': two words of a meeting's record, the title one of them
    assert _one(text, "it is anticipated that") == [("suggestion", [])]


def test_one_mention_of_the_board_does_not_make_a_minute():
    # must fire: a programme's own page that names its board once still speaks as the body
    text = ("Community Equipment Plan\n\n"
            "The plan sets out how equipment for people living at home will be bought, stored and "
            "delivered across the county over the next two years, and how the money will be shared "
            "between the partners who pay for it. The Board agreed the plan in March. " + _SENTENCE +
            " The plan will then be published on this page with a short summary for people who use "
            "the service and for their carers and families.\n")
    assert _one(text, "it is anticipated that") == [("warning", ["We expect"])]


def test_a_minute_where_the_writer_speaks_as_we_keeps_the_swap():
    # must fire: the same item written by the partners as 'we' ('our', 'we') keeps 'We expect'
    text = _ITEM.format(sentence=_SENTENCE).replace(
        "on behalf of all partners", "on behalf of all of us").replace(
        "as the deadline fell", "as our deadline fell").replace(
        "the work done so far", "the work we have done so far")
    assert _one(text, "it is anticipated that") == [("warning", ["We expect"])]


# A decision notice that quotes, word for word, a resolution a body passed at an earlier meeting:
# the lead-in gives the date and says the body resolved, the items are the resolution's own
# words, which the writer of the notice cannot reword (set NN at ce368f4, pl07, pl37: pedantic).
_NOTICE = ("Decision details\n\n"
           "Purpose:\n\n"
           "{lead_in}\n\n"
           "1. Ask the scrutiny panel to look again at the depot proposals prior to officers choosing a "
           "site in the spring; and\n\n"
           "2. Report back to the next meeting.\n\n"
           "Decision:\n\n"
           "The Cabinet noted the report of the scrutiny panel and chose the northern site for the depot.\n")


def _prior(text):
    return [sev for sev, _ in _one(text, "prior to")]


def test_an_item_of_a_dated_earlier_resolution_is_a_suggestion():
    # must not fire as a warning: the items quote what the Council resolved on a date before
    for lead_in in ("The Council on 4th March 2019 resolved in respect of the new depot to:",
                    "At its meeting on 21 June 2022 the Cabinet resolved that officers should:"):
        assert _prior(_NOTICE.format(lead_in=lead_in)) == ["suggestion"], lead_in


def test_an_item_under_other_lead_ins_stays_a_warning():
    # must fire: no resolution (a plan's own list), or a resolution with no date (the minute
    # of the meeting itself, where the readers disagreed), keeps the warning
    for lead_in in ("On 4 March 2019 the Council published a plan to:",
                    "The Council resolved in respect of the new depot to:"):
        assert _prior(_NOTICE.format(lead_in=lead_in)) == ["warning"], lead_in
