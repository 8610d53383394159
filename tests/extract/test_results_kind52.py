"""Results kinds (stop 52, kind52): a change named by the measure a number is "of" is the size of the change, not a
level. A change noun may govern "of N" across a measure that says where it was taken ("an improvement in the F1
score on the test set of 3.7%"), and a metric whose name is a change ("a relative error reduction of 12.9%", "an
increase score of 15.21") gives its value the change's kind. Invented sentences."""

from paperkg.extract.results.candidates import names_a_change
from paperkg.extract.results.kinds import change_in_measure, confidence
from .conftest import value_kinds


def test_a_change_noun_governs_of_across_a_measure_and_its_place(extract_one_rules):
    abstract = (
        "We present FooNet, a classifier of zorbs. "
        "On ZorbSet, FooNet shows a clear improvement in the F1 score on the test set of 3.7% over the baseline."
    )
    assert value_kinds(extract_one_rules, "FooNet: classifying zorbs", abstract).get("3.7%") == "gain"
    lowers = "a clear improvement in the f1 score on the test set of 3.7 %".split()
    assert change_in_measure(12, lowers) == "improvement"
    # a level of a measure taken somewhere stays a level
    assert change_in_measure(9, "an f1 score on the zorbset test set of 88.2 %".split()) is None


def test_a_metric_named_as_a_change_gives_its_value_the_changes_kind(extract_one_rules):
    abstract = (
        "We present FooNet, a classifier of zorbs. "
        "FooNet improves over the strongest baseline on ZorbSet with a relative error reduction of 12.9%."
    )
    assert value_kinds(extract_one_rules, "FooNet: classifying zorbs", abstract).get("12.9%") == "reduction"
    assert names_a_change(3, 4, "achieved an increase score of 15.21".split())
    # a ranking measure's "gain" is its own name: a level
    assert not names_a_change(1, 4, "a discounted cumulative gain of 0.45".split())
    assert not names_a_change(1, 3, "an f1 score of 88.2".split())


def test_a_reduction_named_by_its_metric_keeps_its_confidence():
    # "a relative error reduction of 12.9%" is the share of errors removed, the paper's result, no decrease of a
    # higher-is-better measure
    named = confidence(
        attachment=0.8, kind="reduction", unit="%", metric="relative error reduction", bare_integer=False
    )
    dropped = confidence(attachment=0.8, kind="reduction", unit="%", metric="accuracy", bare_integer=False)
    assert named == 0.8 and dropped < 0.5
