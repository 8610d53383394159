"""Results kinds (stop 53, prec53): a number right after a bound ("exceeding", "higher than", "above") that follows
a measure's name is a bound on the level reached, a score, not a gain. Invented sentences."""

from paperkg.extract.results.kinds import bounded_level
from .conftest import value_kinds


def test_a_bound_after_a_measure_is_a_level(extract_one_rules):
    abstract = (
        "We present ZorbBench, a benchmark of zorb questions. "
        "Only two of the tested models achieve an accuracy exceeding 61% on ZorbBench."
    )
    assert value_kinds(extract_one_rules, "ZorbBench: a benchmark of zorbs", abstract).get("61%") == "score"
    assert bounded_level(5, 6, "with an f1 higher than 80.4 %".split())


def test_a_bound_after_a_change_stays_a_change(extract_one_rules):
    abstract = (
        "We present FooNet, a classifier of zorbs. "
        "On ZorbSet, FooNet improves accuracy by more than 7% over the strongest baseline."
    )
    assert value_kinds(extract_one_rules, "FooNet: classifying zorbs", abstract).get("7%") == "gain"
    assert not bounded_level(3, 4, "relative gains exceeding 100 %".split())
    assert not bounded_level(4, 5, "an accuracy more than 5 % higher than x".split())
