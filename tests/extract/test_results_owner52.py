"""Results owners (stop 52, owner52): a shared-task team or a research group owns no number (RULINGS R4). A title's
"Foo Zorb Group: ..." or "The FOO-BAR System for ..." gives the paper's own name as a group's (an organisation or team noun heads it), and "the
winning team was Quux" names a team by a copula: neither is the subject of a row. Invented sentences."""

from paperkg.extract.results.teams import headed_by_group, named_team, titled_submission


def _subjects(extract, title: str, abstract: str) -> dict[str, str | None]:
    return {r.value: r.subject for r in extract(title, abstract).results}


def test_a_group_named_in_the_title_owns_no_number(extract_one_rules):
    abstract = (
        "In this paper we describe our 3rd place ZORB shared-task system that achieved a ZORB score of 61.27% on "
        "the test set. Our system is a pipeline of five factors."
    )
    title = "QUX Zorb Reading Group: Five Factor Framework For Zorb Finding (FiZoF)"
    # without the rule the title's group is the paper's own name and owns 61.27%
    assert _subjects(extract_one_rules, title, abstract).get("61.27%", "missing") is None
    assert headed_by_group("Quux Zorb Ranking Group") and headed_by_group("Bar NLP Lab") and headed_by_group("Baz Team")
    # a method whose name merely ends in such a noun in lower case, or opens with it, is no group
    assert not headed_by_group("Group Lasso") and not headed_by_group("zorb attention group")


def test_a_team_named_by_a_copula_owns_no_number():
    lowers = "the winning team was quuxteam with a zorbscore of 63 %".split()
    assert named_team(4, lowers)
    # "our system was FooNet" names a system, not a team
    assert not named_team(3, "our system was foonet".split())


def test_a_team_named_in_the_title_as_its_entry_owns_no_number():
    title = "The QUX-ZB System for the Zorb Identification Shared Task 2031"
    assert titled_submission("QUX-ZB", title) and titled_submission("QUX", "QUX Approach to Zorb Identification")
    # a system's own word-spelt name before "System" and a name inside the title's later words are no team's
    assert not titled_submission("Zorbnet", "Zorbnet System for Zorb Identification")
    assert not titled_submission("QUX", "Zorb Identification with the QUX System for Zorbs")
