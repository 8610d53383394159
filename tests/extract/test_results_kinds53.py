"""Results kinds (stop 53, kinds53): a hedged number written without "by" after a verb of beating and the system
it beats ("outperforms X (at least 1.0% on recall)", "outperforms X and Y over about 10% accuracy") is the margin
over the beaten, a gain, not a level. Invented sentences."""

from paperkg.extract.results.kinds import beaten_margin
from .conftest import value_kinds


def test_a_hedged_margin_in_a_bracket_after_the_beaten_is_a_gain(extract_one_rules):
    abstract = (
        "We present FooNet, a retriever of zorbs. "
        "On ZorbSet, FooNet outperforms the strongest published retrievers (at least 2.4% on every recall metric)."
    )
    assert value_kinds(extract_one_rules, "FooNet: retrieving zorbs", abstract).get("2.4%") == "gain"


def test_a_hedged_margin_after_over_is_a_gain(extract_one_rules):
    abstract = (
        "We present FooNet, a solver of zorb puzzles. "
        "On ZorbSet, FooNet outperforms both the rule-based solver and the best graph-based solver over about 8% accuracy."
    )
    assert value_kinds(extract_one_rules, "FooNet: solving zorbs", abstract).get("8%") == "gain"


def test_a_level_reached_after_beating_stays_a_score():
    assert not beaten_margin(8, "foonet outperforms x on zorbset and achieves nearly 90%".split())
    assert not beaten_margin(6, "foonet outperforms x , reaching about 92%".split())
    assert not beaten_margin(6, "foonet raises the accuracy to about 90%".split())
    assert not beaten_margin(4, "foonet outperforms x over 10 baselines".split())


def test_the_margin_reader_sees_the_hedge():
    assert beaten_margin(7, "it outperforms current systems ( at least 1.0% on recall )".split())
    assert beaten_margin(11, "outperforms both the single model and the best model over about 10% accuracy".split())
