

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
