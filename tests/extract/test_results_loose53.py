"""Loose ends of stop 52 (stop 53, loose53): a range whose dash the text lost ("maintaining 93% 99% performance") is
one value, as "93%-99%" is; a list whose comma was lost stays a list. Invented sentences."""

from paperkg.extract.results.values import find_values

from .conftest import value_kinds


def _texts(sentence: str) -> list[str]:
    return [v.text for v in find_values(sentence.split())]


def test_a_range_whose_dash_was_lost_is_one_value():
    assert _texts("foonet keeps 91 % 97 % of the teacher 's performance") == ["91% 97%"]
    assert _texts("gains on zorbset ( +2.1 % 6.4 % ) and quuxset") == ["+2.1% 6.4%"]
    # as a dash writes it
    assert _texts("foonet keeps 91%-97% of the teacher 's performance") == ["91%-97%"]


def test_numbers_side_by_side_that_are_no_range_stay_apart():
    assert _texts("accuracy gains ( 1.2 % , 4.5 % 6.1 % ) on three pairs") == ["1.2%", "4.5%", "6.1%"]
    assert _texts("scores of 88 % 71 % on zorbset") == ["88%", "71%"]  # a range goes up
    assert _texts("scores 61 % 64 % 70 % in turn") == ["61%", "64%", "70%"]  # a third number: a list
    assert _texts("a gain of 3 points 4 % on zorbset") == ["3 points", "4%"]  # two units


def test_a_lost_dash_share_is_read_as_one_ratio(extract_one_rules):
    abstract = (
        "We present FooPrune, a pruning method for language models. "
        "On ZorbSet, FooPrune achieves 5x speedups while maintaining 92% 98% performance of the dense model."
    )
    kinds = value_kinds(extract_one_rules, "FooPrune: pruning language models", abstract)
    assert kinds.get("92% 98%") == "ratio" and "92%" not in kinds


def test_a_name_ending_in_a_data_noun_of_any_case_names_data():
    from paperkg.extract.results.component import ends_in_data_noun, written_as_agent, written_as_system

    assert ends_in_data_noun("Zorb Corpus") and ends_in_data_noun("Zorb corpus") and ends_in_data_noun("Quux treebank")
    assert not ends_in_data_noun("Zorb corpora-based tagger") and not ends_in_data_noun("ZorbNet")
    lowers = "the zorb dialogue corpus uses transcripts of calls .".split()
    assert not written_as_agent("Zorb dialogue corpus", [(1, 4, "Dataset", "Zorb dialogue corpus")], lowers)
    lowers = "we build a framework ( zorb benchmark ) for agents .".split()
    assert not written_as_system("Zorb benchmark", [(5, 7, "Dataset", "Zorb benchmark")], lowers)
