"""Leaderboard-row shapes (stop 40, resvs40; issue 14): a bracket's "(A vs. B)" pair, a list of numbers paired with
a list of metrics by "respectively", and a count of teams or submissions and its growth. Invented sentences."""


def _rows(ex) -> list[tuple]:
    return [(r.value, r.kind, r.subject, r.dataset, r.metric) for r in ex.results if r.confidence >= 0.5]


def test_a_versus_bracket_holds_two_scores_on_one_dataset(extract_one_rules):
    # "outperforms previous SOTA by 4.7% (85.6% vs. 80.9%)", "by a large margin (88.43% vs. 94.78%)", "on RAMS
    # (71.3% vs 65.1% F1), and ... on WikiEvents" (3 papers of 44k gave one of the pair as a gain, 1 filed the second
    # under the next dataset)
    ex = extract_one_rules(
        "Zorble Parsing with FooNet",
        "On ZorbleBench, FooNet outperforms the previous best system by 4.7% (85.6% vs. 80.9%). FooNet reaches "
        "state-of-the-art results on BarSet (71.3% vs 65.1% F1), and competitive performance on BazSet.",
    )
    rows = _rows(ex)
    assert ("4.7%", "gain", "ZorbleBench") in [(r[0], r[1], r[3]) for r in rows]  # the change before it stays
    kinds = {(r[0], r[3]): r[1] for r in rows}
    assert kinds.get(("85.6%", "ZorbleBench")) == "score" and kinds.get(("80.9%", "ZorbleBench")) == "score"
    # the second number is the compared system's, on the first one's dataset
    assert [(r[0], r[2], r[3]) for r in rows if r[0] == "65.1%"] == [("65.1%", None, "BarSet")]
