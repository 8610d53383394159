"""The metric a result stands under (stop 46, resmetric46): the measure written with the number wins over a metric
named elsewhere in the sentence, and where the words name a measure no lexicon knows the row stands under no
metric rather than another number's. Invented sentences and names."""

from .conftest import mention_spans, result_rows


def _metrics(sentence: str, **names: str) -> list[tuple[str, str | None]]:
    words, mentions = mention_spans(sentence, **names)
    return [(r[3], r[2]) for r in result_rows(" ".join(words), mentions)]


def test_a_noun_before_of_names_the_measure_a_metric_in_another_clause_does_not():
    # the metric is in a bracket of another clause: the ratio is not measured in it
    assert _metrics(
        "We rank first ( 96.9 % zorbacc ) , showing a false positive ratio of 4.4 % on QuxSet .",
        Metric="zorbacc",
        Dataset="QuxSet",
    ) == [("96.9%", "zorbacc"), ("4.4%", None)]
    # a metric named only after, in a clause that says how the score is made, is not its name
    assert _metrics(
        "Our system reaches an aggregate score of 0.733 on QuxSet , the mean of ZorbR , ZorbS , and ZorbT scores .",
        Metric="ZorbR|ZorbS|ZorbT",
        Dataset="QuxSet",
    ) == [("0.733", None)]
    # a coordinated number's metric is not the one of a number written with its own measure
    assert _metrics(
        "Our system achieves a QUXFACT score of 0.23 and 53 % zorb accuracy on QuxSet .",
        Metric="zorb accuracy",
        Dataset="QuxSet",
    ) == [("0.23", None), ("53%", "zorb accuracy")]


def test_a_metric_in_the_phrase_of_the_measure_stays():
    # the metric ends the noun phrase the number is the value of, or is written right after the number
    assert _metrics(
        "Our method achieves zorb accuracy levels of 82.1 % on QuxSet .", Metric="zorb accuracy", Dataset="QuxSet"
    ) == [("82.1%", "zorb accuracy")]
    assert _metrics(
        "Our method reaches the best performance of 88.9 % macro ZorbF on QuxSet .", Metric="ZorbF", Dataset="QuxSet"
    ) == [("88.9%", "ZorbF")]
    # a word that leaves the metric itself ("best", "human") names no measure of its own ...
    assert _metrics(
        "Our model reaches 0.71 ZorbF on QuxSet , close to the best score of 0.73 .",
        Metric="ZorbF",
        Dataset="QuxSet",
    ) == [("0.71", "ZorbF"), ("0.73", "ZorbF")]
    # ... but in a list of numbers written with their measures it names one of the list
    assert _metrics(
        "On QuxSet we report a ZorbC score of 87.1 , a ZorbM score of 24.6 , and an overall score of 38.4 .",
        Metric="ZorbC|ZorbM",
        Dataset="QuxSet",
    ) == [("87.1", "ZorbC"), ("24.6", "ZorbM"), ("38.4", None)]


def test_a_number_written_with_an_unknown_measure_in_a_list_of_measures_takes_none():
    assert _metrics(
        "On QuxSet our system achieves 0.57 ZorbF , 0.64 zorbfaith , and 0.56 Consistency .",
        Metric="ZorbF|zorbfaith",
        Dataset="QuxSet",
    ) == [("0.57", "ZorbF"), ("0.64", "zorbfaith"), ("0.56", None)]
    assert _metrics(
        "On QuxSet our system achieves 82.0 % claim-level zorbfaith and 51.6 % citation-level factuality .",
        Metric="zorbfaith",
        Dataset="QuxSet",
    ) == [("82.0%", "zorbfaith"), ("51.6%", None)]


def test_words_after_a_number_that_name_no_measure_keep_the_metric():
    # an adverb, a participle, a unit, a baseline and a shared metric written after the last number name no measure
    assert _metrics(
        "On QuxSet our system reports zorbacc of 84.7 % and 81.3 % correspondingly .",
        Metric="zorbacc",
        Dataset="QuxSet",
    ) == [("84.7%", "zorbacc"), ("81.3%", "zorbacc")]
    assert _metrics(
        "We reach a ZorbF of 56 % on QuxSet , which is an increase of +10 % compared to the mean .",
        Metric="ZorbF",
        Dataset="QuxSet",
    ) == [("56%", "ZorbF"), ("+10%", "ZorbF")]
    assert _metrics(
        "Our system achieves 67.2 % crosslingual and 86.0 % monolingual zorbacc on QuxSet .",
        Metric="zorbacc",
        Dataset="QuxSet",
    ) == [("67.2%", "zorbacc"), ("86.0%", "zorbacc")]


def test_a_metric_after_in_terms_of_or_of_is_the_numbers():
    assert _metrics(
        "We reach state-of-the-art zorbacc ( 52.7 in terms of ZorbBLEU score ) on QuxSet .",
        Metric="zorbacc|ZorbBLEU",
        Dataset="QuxSet",
    ) == [("52.7", "ZorbBLEU")]
    assert _metrics(
        "On QuxSet our model outperforms the best system by 1.94 % of zorbacc and 2.71 % of ZorbF1 .",
        Metric="zorbacc|ZorbF1",
        Dataset="QuxSet",
    ) == [("1.94%", "zorbacc"), ("2.71%", "ZorbF1")]


def test_a_metric_spelled_out_before_a_claimed_abbreviation_is_claimed_too():
    # "word error rate ( WER ) scores of 0.95": the spelled-out name is the later number's as its abbreviation is
    words, mentions = mention_spans(
        "On QuxSet we attain zorb rouge ( ZR ) scores of 0.238 , 0.337 , and zorb error rate ( ZER ) scores of 0.95 .",
        Metric="zorb rouge|ZR|zorb error rate|ZER",
        Dataset="QuxSet",
    )
    # both names of a metric stand for one canonical name, as the lexicon gives them
    canonical = {"ZR": "zorb rouge", "ZER": "zorb error rate"}
    mentions = [(s, e, t, canonical.get(n, n)) for s, e, t, n in mentions]
    rows = result_rows(" ".join(words), mentions)
    assert [(r[3], r[2]) for r in rows] == [
        ("0.238", "zorb rouge"),
        ("0.337", "zorb rouge"),
        ("0.95", "zorb error rate"),
    ]


def test_a_bracketed_number_claims_the_metric_written_inside_its_bracket():
    assert _metrics(
        "We lead on QuxSet ( 64.6 % zorbacc ) , we come a close second on the hard part of BarSet ( 34.1 % ) , "
        "and third on BazSet ( 74.1 % ZorbRR ) .",
        Metric="zorbacc|ZorbRR",
        Dataset="QuxSet|BarSet|BazSet",
    )[1:] == [("34.1%", None), ("74.1%", "ZorbRR")]


def test_a_metric_after_while_belongs_to_its_own_clause():
    assert _metrics(
        "On QuxSet our method improves the prover by 1.4 % while still keeping a high zorbprec ( > 94 % ) .",
        Metric="zorbprec",
        Dataset="QuxSet",
    )[0] == ("1.4%", None)
    assert _metrics(
        "On QuxSet we cut zorblat by up to 12 x , while ZorbRR only decreases from 38.2 to 36.2 .",
        Metric="zorblat|ZorbRR",
        Dataset="QuxSet",
    )[0] == ("12x", "zorblat")


def test_a_metric_after_for_is_the_numbers_own():
    """demo49: "86.6% for accuracy and 90.0% for F_1 measure" put both numbers under accuracy on the demo's board;
    a metric right after "for" is the number's, as after "in" and "of"."""
    assert _metrics(
        "Our best results on QuxSet are 86.6 % for zorbacc and 90.0 % for ZorbF measure .",
        Metric="zorbacc|ZorbF",
        Dataset="QuxSet",
    ) == [("86.6%", "zorbacc"), ("90.0%", "ZorbF")]
    # "for" before a word that is no metric leaves the number to the nearest one
    rows = _metrics("ZorbNet reaches 41.2 ZorbF on QuxSet , 3.1 for short inputs .", Metric="ZorbF", Dataset="QuxSet")
    assert rows[0] == ("41.2", "ZorbF")
