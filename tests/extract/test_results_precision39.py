"""Results precision on the pooled development sets (stop 39, resprec39): a level not reached, failed or only
hoped for is a threshold, no result. Invented sentences."""

from .conftest import result_kinds


def test_a_level_not_reached_is_no_result():
    # "no model reaches an accuracy of more than 25 points", "struggled to achieve a score of 60%", "accuracy might
    # grow to values above 90%", "the first system to exceed 0.5 F1" (4 papers of the sets of stops 34-37)
    assert (
        result_kinds("On FooBench , no model reaches an F1 of more than 40 points .", Dataset="FooBench", Metric="F1")
        == []
    )
    assert result_kinds("Open models struggled to achieve a score of 55 % on FooBench .", Dataset="FooBench") == []
    assert (
        result_kinds(
            "With more data , F1 might grow to values above 80 % on FooBench .", Dataset="FooBench", Metric="F1"
        )
        == []
    )
    assert (
        result_kinds("BarNet is the first system to exceed 0.6 F1 on FooBench .", Dataset="FooBench", Metric="F1") == []
    )
    # a level reached stays a result, whatever "no" or "first" stand elsewhere
    assert result_kinds(
        "With no pretraining , BarNet reaches an F1 of 80.5 on FooBench .", Dataset="FooBench", Metric="F1"
    ) == [("80.5", "score")]
    assert result_kinds("BarNet is the first to achieve 90.2 % F1 on FooBench .", Dataset="FooBench", Metric="F1") == [
        ("90.2%", "score")
    ]
