"""Results kinds (stop 52, share52; R15): a share of a reference's score is a ratio, also when no "of" follows the
percentage ("N% the performance of X", "maintaining N% <measure> quality"). Shares of data, parameters or compute,
a kept level of a metric, "closes N% of the gap" and "within N% of" are unchanged. Invented sentences."""

from paperkg.extract.results.kinds import kind_of, share_without_of
from .conftest import value_kinds


def _kind(sentence: str, value: str) -> str:
    lowers = sentence.lower().split()
    i = lowers.index(value.lower())
    return kind_of(value, "%", i, i + 1, lowers)


def test_a_share_written_as_the_measure_of_a_reference_is_a_ratio(extract_one_rules):
    abstract = (
        "We present FooNet, a small classifier of zorbs. "
        "FooNet achieves 98.1% and 96.4% the performance of BarBERT on ZorbSet and QuuxSet, while using 50x fewer "
        "parameters."
    )
    kinds = value_kinds(extract_one_rules, "FooNet: classifying zorbs", abstract)
    assert kinds.get("98.1%") == "ratio" and kinds.get("96.4%") == "ratio"
    assert _kind("foonet reaches 97.0% the accuracy of the teacher on zorbset", "97.0%") == "ratio"


def test_every_written_shape_of_a_share_is_a_ratio():
    assert _kind("foonet retains 95% of barbert 's performance on zorbset", "95%") == "ratio"
    assert _kind("foonet achieves 93% of the performance of barbert on zorbset", "93%") == "ratio"
    assert _kind("foonet preserves 96% of the accuracy of the teacher on zorbset", "96%") == "ratio"
    assert _kind("on zorbset foonet is 4x faster while maintaining 91% translation quality", "91%") == "ratio"
    assert _kind("on zorbset foonet keeps 94% performance with half the layers", "94%") == "ratio"


def test_a_kept_level_of_a_metric_and_shares_of_data_stay_as_they_were():
    # a kept percentage of a metric is the level kept
    assert _kind("foonet still maintains 97.2% accuracy on zorbset", "97.2%") == "score"
    assert not share_without_of(["using"], "the parameters of barbert".split())
    assert not share_without_of(["with"], "the training data".split())
    assert not share_without_of([], "translation quality on zorbset".split())
    # a gap closed and a margin are not shares (R15 "not covered")
    assert not share_without_of(["closes"], "of the gap".split())
    assert not share_without_of(["within"], "of the teacher".split())
