"""Team names (stop 54, tidy54): `results.teams` reads a name in a title or an abstract with fixed patterns and
string operations instead of a pattern built from each name; these cases pin what the name-built patterns read
(an optional "The", a name opening on a non-word character, a name written more than once). Invented titles."""

from paperkg.extract.results.teams import is_team_name, title_team, titled_submission


def test_a_title_may_open_with_the_before_the_teams_name():
    assert title_team("ZORB", "The ZORB's Speech Translation System for IWSLT 2023")
    assert title_team("ZORB", "the  ZORB's Speech Translation Systems for IWSLT 2023")
    assert title_team("The ZORB", "The ZORB's Speech Translation System for IWSLT 2023")
    # "The" only opens the title; "A ZORB's ..." and a name inside another word are no owner
    assert not title_team("ZORB", "A ZORB's Speech Translation System for IWSLT 2023")
    assert not title_team("ZORB", "The ZORB'sy Translation System for IWSLT 2023")
    assert titled_submission("QUX-ZB", "The QUX-ZB System for the Zorb Shared Task")
    assert not titled_submission("QUX-ZB", "The  QUX-ZBX System for the Zorb Shared Task")


def test_two_teams_before_at_either_named():
    title = "ZORB & Quux Labs at WANLP 2022 Shared Task: Propaganda Detection"
    assert title_team("ZORB", title) and title_team("Quux Labs", title) and title_team(" Quux Labs ", title)
    # a colon before the "&" opens the title's subtitle: no team names there
    assert not title_team("Quux Labs", "Zorb: ZORB & Quux Labs at WANLP 2022")
    assert not title_team("Quux", "ZORB & Quux Labs at WANLP 2022")


def test_an_event_part_is_read_from_a_words_edge_at_any_of_its_places():
    text = "the BlixQuux data and the Quux challenge"
    # the first "Quux" is inside a word, the second names the event
    assert is_team_name("Quux-Team7", text)
    assert not is_team_name("Quux-Team7", "the BlixQuux challenge")
    # a part opening on a non-word character needs a word character before it, as `\b` reads
    assert is_team_name("(Qx-Team7", "the a(Qx challenge") and not is_team_name("(Qx-Team7", "the (Qx challenge")


def test_no_pattern_is_built_from_a_name(compiled_patterns):
    """The three tests compile no pattern from the name: each name would otherwise be a new entry of `re`'s cache."""
    title_team("ZORB-7", "The ZORB-7's Systems for IWSLT 2023")
    titled_submission("QUX-ZB9", "The QUX-ZB9 System for the Zorb Shared Task")
    is_team_name("Quux9-Team7", "our system submitted to the Quux9 challenge")
    assert not [p for p in compiled_patterns if any(n in str(p) for n in ("ZORB", "QUX", "Quux9"))]
