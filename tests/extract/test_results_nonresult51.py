"""Numbers that are no result (stop 51, nonresult51, issue 14 item 2): a share of the data's own items whose
counted noun is followed by where the items lie ("corrects 7.0% of all labels in ZorbNet-03") is a statistic of the
data, no system's result, whatever the name after the preposition is typed. Invented sentences."""

from .conftest import kept_rows


def test_a_share_of_the_datas_items_in_a_named_dataset_is_no_result():
    from paperkg.extract.results.no_rows import why_no_row
    from paperkg.extract.results.values import Value

    # the name after "in" (here typed as a system) is where the labels lie, not whose score the share is
    words = "our relabelling corrects 6.3% of all labels in zorbnet-03".split()
    v = Value(3, 4, "6.3%", 6.3, "%")
    assert why_no_row(v, v, "score", words, [], [(8, 9, "Method", "ZorbNet-03")]) == "a share of things"
    # a system named right after "of" still owns the share: "97.5% of FooNet's accuracy"
    words = "quuxnet retains 97.5% of foonet 's accuracy".split()
    v = Value(2, 3, "97.5%", 97.5, "%")
    assert why_no_row(v, v, "score", words, [], [(4, 5, "Model", "FooNet")]) is None
    # a singular noun before the preposition is no count of things: a share of a score gap stays a result
    words = "foonet closes 50% of the gap in bleu to quuxnet".split()
    v = Value(2, 3, "50%", 50.0, "%")
    assert why_no_row(v, v, "score", words, [(7, 8, "Metric")], []) is None


def test_a_share_of_a_systems_score_stays_a_result(extract_one_rules):
    abstract = (
        "We present FooNet, a small student model. "
        "On ZorbSet, FooNet retains 97.5% of the teacher's accuracy with a tenth of its parameters."
    )
    values = {v for _, v in kept_rows(extract_one_rules, "FooNet: distilling zorbs", abstract)}
    assert "97.5%" in values
