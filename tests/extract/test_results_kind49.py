"""Results kinds on the development sets (stop 49, kind49): a gain read as a score and a score read as a gain,
the largest error class of stop 48's set (issue 14: a leaderboard ranks only scores). Invented sentences."""

from paperkg.extract.results.kinds import before_comma, is_behind, kind_of, list_head, reached_before
from .conftest import value_kinds


def _kind(sentence: str, number: str) -> str:
    words = sentence.lower().split()
    k = words.index(number)
    return kind_of(number, "%" if number.endswith("%") else None, k, k + 1, words)


def test_a_comparison_past_a_comma_is_the_next_numbers():
    # "is 84.09%, 1.35% higher than X": "higher" is the 1.35%'s, the 84.09% a level
    sentence = "the accuracy of foonet is 84.09% , 1.35% higher than zorbtool"
    assert _kind(sentence, "84.09%") == "score"
    assert _kind(sentence, "1.35%") == "gain"
    assert _kind("we obtain f1 of 84.4 , 67.7 , and 52.5 , respectively outperforming the baselines", "52.5") == "score"
    assert before_comma(["higher", "than", ","]) == ["higher", "than"]


def test_a_gain_word_in_its_own_clause_still_makes_a_gain():
    assert _kind("foonet is 2.1% higher than zorbnet", "2.1%") == "gain"
    assert _kind("foonet gives 2.1 absolute improvement on zorbqa", "2.1") == "gain"


def test_later_levels_in_points_after_a_verb_of_reaching_are_scores(extract_one):
    abstract = (
        "We present FooMT. FooMT obtains 30.1 BLEU points on ZorbMT test, 28.4 points on QuuxMT and "
        "32.9 points on BlixMT."
    )
    kinds = value_kinds(extract_one, "FooMT: translation", abstract)
    assert kinds.get("30.1 BLEU points") == "score"
    assert kinds.get("28.4 points", "score") == "score"
    assert reached_before(9, "foomt obtains 30.1 bleu points on zorbmt , 28.4 points on quuxmt".split())


def test_points_after_a_change_stay_a_gain():
    assert not reached_before(8, "foomt obtains 30.1 bleu , improving by 2.1 points".split())
    words = "foomt reaches 30.1 bleu , an improvement of 2.1 points".split()
    assert kind_of("2.1 points", "points", 8, 10, words + ["x"]) == "gain"


def test_a_bare_list_after_by_is_all_gains():
    # "by 0.51 (big) and 0.74 (base) BLEU points": the second item is a change too, whether or not the first is kept
    words = "foonet outperforms zorbnet by 0.51 ( big ) and 0.74 ( base ) bleu points on ende".split()
    assert list_head(9, words) == 4
    assert kind_of("0.74", None, 9, 10, words) == "gain"
    words = "with an average improvement of 34.1 , 15.5 , and 10.5 f1 points , respectively".split()
    assert kind_of("10.5", None, 10, 11, words) == "gain"


def test_a_list_of_levels_stays_scores():
    words = "foonet reaches 85.3 , 86.1 and 87.2 on zorbqa".split()
    assert kind_of("87.2", None, 6, 7, words) == "score"
    assert list_head(2, words) is None


def test_as_well_as_continues_a_list_of_gains(extract_one):
    abstract = (
        "We present FooQA. On ZorbQA, FooQA gains over the prior state of the art by 3.0 EM and 2.4 F1 on "
        "short answers, as well as 2.2 EM and 1.9 F1 on long answers."
    )
    kinds = value_kinds(extract_one, "FooQA: answering", abstract)
    assert kinds and all(k == "gain" for k in kinds.values()), kinds


def test_a_bracketed_gap_below_humans_is_no_result():
    assert is_behind(5, "results are substantially ( 20% ) below human performance".split())
    assert not is_behind(4, "foonet reaches ( 20% ) on zorbqa".split())
