

def test_service_user_is_a_suggestion_for_board_papers_and_a_warning_for_residents():
    # an editor reading fresh council and NHS pages called 'service user(s)' pedantic where readers
    # know the term; material for residents keeps it a warning
    from plainlint.api import check_text
    from plainlint.config import Config

    text = "We asked service users what they thought of the new timetable."
    board = check_text(text, Config(select=["done-to-language"]))
    public = check_text(text, Config(select=["done-to-language"], profile="public"))
    assert [f.severity for f in board.findings] == ["suggestion"]
    assert [f.severity for f in public.findings] == ["warning"]
    assert public.findings[0].suggestions[0] == "people who use services"


def test_service_user_before_the_noun_it_qualifies_gets_no_swap():
    # 'other person who uses services representatives' is not English: before a noun the
    # words need a rewrite, in any case
    from plainlint.api import check_text
    from plainlint.config import Config

    for text in ("The group includes other service user representatives and carers.",
                 "We pay service user advocates for their time.",
                 # (a post named in title case, 'Service User Representative', is the
                 # organisation's own term: SubstitutionCheck._own_term leaves it)
                 "Service user representative"):
        found = check_text(text, Config(select=["done-to-language"], profile="public")).findings
        assert found and found[0].suggestions == [], text


def test_an_action_buried_in_a_noun_and_a_passive_is_shown_to_residents():
    # set L re08 (hidden, should be shown): 'The discretion of the local authority is applied ...' on a
    # residents' page. A noun naming the action as the subject of a passive with a light verb: a warning
    # in the public profile, a suggestion for board papers. Our own sentences, both ways.
    from plainlint.api import check_text
    from plainlint.config import Config

    fires = ["The judgement of the planning officer is applied to each case that residents report to us.",
             "Consideration was given to the comments made by the parish council.",
             "A decision will be made on your claim within four weeks.",
             "Checks are carried out on every home before a new tenant moves in."]
    for text in fires:
        board = check_text(text, Config(select=["passive-voice"])).findings
        public = check_text(text, Config(select=["passive-voice"], profile="public")).findings
        assert [f.severity for f in board] == ["suggestion"], text
        assert [f.severity for f in public] == ["warning"], text
        assert "hidden in the noun" in public[0].message, public[0].message
    # the other way: a passive whose subject is no action, with an action of its own, or whose doer is named
    quiet = ["The new library was opened in the spring.",
             "Your application will be assessed within four weeks.",
             "The plan was given to every household in the ward.",
             "A decision was made by the cabinet in March.",
             # the noun before 'of' heads no subject across a clause word ('how')
             "The letter gives an explanation of how the plan was made.",
             # the action's object as the subject, with a verb of its own: 'placed' is no light verb
             "It tells you the band your application has been placed in."]
    for text in quiet:
        public = check_text(text, Config(select=["passive-voice"], profile="public")).findings
        assert [f.severity for f in public] == ["suggestion"], (text, public)
        assert "hidden in the noun" not in public[0].message
