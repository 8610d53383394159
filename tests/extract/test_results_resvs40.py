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


def test_respectively_pairs_numbers_and_metrics_in_order(extract_one_rules):
    # "by 3.2, 3.6 and 4.2 points in EM, F1 and BLEU-4 respectively", "4.0% and 5.2% improvement in Mi-F1 and
    # Ma-F1, respectively", "46.7% and 22.0% in Task Success Rate (TSR) and Dialogue Success Rate (DSR)
    # respectively" (15 papers of 44k gave a later number the list's first metric)
    ex = extract_one_rules(
        "Zorble Translation with FooNet",
        "On ZorbleBench, FooNet improves over the baseline by 2.6 and 4.1 points in BLEU and METEOR, "
        "respectively. On BarSet, the model reaches 81.2% and 77.9% in accuracy and F1 respectively.",
    )
    got = {(r[0], r[3]): r[4] for r in _rows(ex)}
    assert got.get(("4.1 points", "ZorbleBench")) == "METEOR"
    assert got.get(("77.9%", "BarSet")) == "F1" and got.get(("81.2%", "BarSet")) == "accuracy"
    # a list of subtasks, each number with its own metric, is no pair of lists
    ex = extract_one_rules(
        "Overview of the BarEval 2024 Shared Task on Zorble Detection",
        "The winning teams achieved 50.57 F1 on Subtask 1, 0.1403 RMSE for Subtask 2, and 20.44 BLEU in Subtask "
        "3, respectively.",
    )
    assert {r[0]: r[4] for r in _rows(ex)}.get("0.1403") in ("RMSE", None)


def test_a_count_of_teams_or_submissions_and_its_growth_is_no_result(extract_one_rules):
    # "a 17.5% and 35% increase in registration and participation", "22 system submissions (a 70% increase from
    # RumourEval 2017)", "about 5% higher than the average F-scores of 16 teams" (3 papers of 44k)
    ex = extract_one_rules(
        "Overview of the BarEval 2024 Shared Task on Zorble Detection",
        "The BarEval shared tasks continue to grow, with 90 teams that registered and 40 teams that participated, "
        "a 12.5% and 30% increase in registration and participation, respectively. We received 25 system "
        "submissions (a 60% increase from BarEval 2023). The best system reached an F1 score of 0.71, about 4% "
        "higher than the average F1 scores of 18 teams.",
    )
    values = [r[0] for r in _rows(ex)]
    assert not {"12.5%", "30%", "60%", "18"} & set(values)
    assert "0.71" in values  # the result itself stays


def test_every_spelling_of_versus_gives_the_second_number_to_the_compared_side(extract_one_rules):
    # "(31.6% v.s. 63.5% in SPICE metric)" after "a large gap between ... models (e.g., T5) and human performance":
    # the number after "v.s." is the other side's, as after "vs." (the one-token spellings of rule_words VERSUS)
    for versus in ("vs.", "v.s.", "versus"):
        ex = extract_one_rules(
            "ZorbleGen: A Zorble Generation Challenge",
            f"Experiments show a large gap between generation models (e.g., FooNet) and human performance (31.6% "
            f"{versus} 63.5% in SPICE metric) on ZorbleGen.",
        )
        assert [(r[0], r[2]) for r in _rows(ex) if r[0] == "63.5%"] == [("63.5%", None)], versus
