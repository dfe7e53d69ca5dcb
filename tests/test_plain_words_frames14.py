"""Plain-words swaps audited frame by frame (issue 17, fourteenth session): every offered word of
a shown finding put in its sentence. A second word that fails in a common frame of a board paper
(a readers' finding is wrong if ANY offered word fails) is dropped; the first word, which reads in
those frames, stays. Our own sentences, both ways: the frame where the dropped word failed now gets
only the word that reads, and the entry still fires with that word."""

from __future__ import annotations

import pytest

from plainlint.api import check_text


def _plain(text: str, word: str) -> list:
    return [f.suggestions for f in check_text(text).findings
            if f.rule == "wordy-phrase" and text[f.start:f.end].lower().startswith(word)]


@pytest.mark.parametrize("text,word,swap", [
    # 'begin': the past is not the participle, and no one 'begins in post'
    ("The new cleaning contract commenced in May and runs for three years.", "commenced", ["started"]),
    ("The new director has now commenced in post.", "commenced", ["started"]),
    # 'proved' claims proof where there is evidence
    ("The need for more beds has been evidenced in the winter figures.", "evidenced", ["shown"]),
    # 'time' after a number or a rule
    ("The order sets a time period of 28 days for appeals.", "time period", ["period"]),
    # 'think about' needs a person who thinks
    ("The assessment takes into consideration the family's income.", "takes into consideration",
     ["considers"]),
    ("Their views have been taken into consideration.", "taken into consideration", ["considered"]),
    # 'on time' is by a deadline, not without delay
    ("Residents are not always referred in a timely manner to the right team.", "in a timely manner",
     ["promptly"]),
    # 'check' is to confirm, not to learn
    ("Officers have a duty to ascertain the tenant's wishes.", "ascertain", ["find out"]),
    # 'this time' implies an earlier time
    ("In this instance the panel will meet in private.", "in this instance", ["Here"]),
    # 'even though' takes a clause
    ("Notwithstanding the rise in demand, waiting times fell.", "notwithstanding", ["Despite"]),
    # one ends a lease
    ("The landlord may terminate the lease if the rent is unpaid.", "terminate", ["end"]),
    # 'in itself' keeps a number
    ("The figures are not reliable per se for planning.", "per se", ["as such"]),
    # 'rule out' does not take 'from'
    ("The delay will not preclude the committee from approving the plan.", "preclude", ["prevent"]),
    # 'individually' is one at a time
    ("Late claims will be considered on a case-by-case basis.", "on a case-by-case basis",
     ["case by case"]),
    # 'for' makes a span a purpose
    ("No other work was done during the period of the contract.", "during the period of", ["during"]),
    # 'share to' and 'spread to' do not read
    ("The leaflet was disseminated to every household.", "disseminated", ["sent out"]),
    # 'when we get' names the writer
    ("On receipt of the report the board may ask for more detail.", "on receipt of", ["After receiving"]),
    # 'whether' alone after a noun
    ("The panel will vote as to whether the item is deferred.", "as to whether", ["about whether"]),
    # the number follows the noun
    ("The committee replied to the above-mentioned consultation.", "the above-mentioned", ["this", "the"]),
    ("The aforesaid reports were noted.", "the aforesaid", ["These", "The"]),
    # 'always' does not stand there; 'as a volunteer' is one person; 'when we get' names the writer
    ("Complaints are dealt with as a matter of course by the team.", "as a matter of course", ["routinely"]),
    ("Councils cannot be relied on to cut waste on a voluntary basis.", "on a voluntary basis", ["voluntarily"]),
    ("Upon receipt of the form the panel will decide.", "upon receipt of", ["After receiving"]),
    # entries with no match in the pool, read in the frames a council paper gives them
    ("Staff were employed on a temporary basis over the winter.", "on a temporary basis", ["temporarily"]),
    ("The budget was cut, with the result that two posts were lost.", "with the result that", ["so"]),
    ("Please find attached two papers for the meeting.", "please find attached", ["I attach"]),
    ("The council may instigate proceedings against the owner.", "instigate", ["start"]),
    ("The new form will obviate the need for a second visit.", "obviate", ["avoid"]),
    ("The change is tantamount to a cut in the service.", "tantamount to", ["the same as"]),
    ("The report will enumerate the risks to delivery.", "enumerate", ["list"]),
    # a reply in minutes: 'revert to members' reads as a return to an earlier state
    ("The officer reverted back to the committee with the costs.", "reverted back", ["went back"]),
    ("The land has reverted back to grazing.", "reverted back", ["gone back"]),
    # 'from' after a fault
    ("The court found no fault on the part of the tenant.", "on the part of", ["by"]),
])
def test_only_the_word_that_reads_in_the_frame_is_offered(text, word, swap):
    assert _plain(text, word) == [swap]


@pytest.mark.parametrize("text", [
    # a state of mind is 'from' or 'among' someone, never 'by': left alone
    "There was no willingness on the part of the provider to change the rota.",
    "The report found a reluctance on the part of staff to raise concerns.",
])
def test_a_state_of_mind_on_the_part_of_someone_is_left(text):
    assert _plain(text, "on the part of") == []


@pytest.mark.parametrize("text", [
    # a requirement laid on others: 'we need' names the writer, 'there must be' breaks before 'to'
    "Under the new law there is a requirement for every council to publish a plan.",
    "There is a requirement for a new fire exit.",
    "There is a requirement for testing every alarm each year.",
])
def test_a_requirement_is_advice_without_a_swap(text):
    assert _plain(text, "there is a requirement for") == [[]]


def _linking(text: str) -> list:
    return [(f.suggestions, f.message) for f in check_text(text).findings
            if f.rule == "wordy-phrase" and text[f.start:f.end].lower() == "in relation to"]


@pytest.mark.parametrize("text", [
    # a noun whose prepositions name opposite roles: 'of' a harm or 'to' what it harms, 'of' a
    # cause or 'on' what it touches; one of two offered words is always wrong
    "The risk in relation to cyber attacks has fallen this quarter.",
    "Officers set out the cost impacts in relation to the new scheme.",
    "The pressures in relation to adult social care are growing.",
])
def test_a_noun_of_opposite_roles_gets_advice_without_a_swap(text):
    found = _linking(text)
    assert len(found) == 1 and found[0][0] == [] and found[0][1], found


@pytest.mark.parametrize("text,swap", [
    # a noun with one preposition of its own keeps it
    ("The board asked for an amendment in relation to recommendation 3.", ["to"]),
    ("There are barriers in relation to digital services for older people.", ["to"]),
])
def test_a_noun_with_its_own_preposition_keeps_the_swap(text, swap):
    assert [f[0] for f in _linking(text)] == [swap]


def test_a_one_word_link_after_a_noun_of_opposite_roles_has_no_swap_either():
    # 'concerning' has no note of its own: still no swap after 'impacts' ('impacts about')
    text = "The paper sets out the cost impacts concerning the new collection scheme."
    found = [f for f in check_text(text).findings if f.rule == "wordy-phrase" and text[f.start:f.end] == "concerning"]
    assert found and all(not f.suggestions for f in found), [f.suggestions for f in found]
    other = "Members raised questions concerning the new scheme."
    assert [f.suggestions for f in check_text(other).findings if f.rule == "wordy-phrase"] == [["about", "on"]]
