"""Leaderboard rows an outside read of the ACL graph found wrong (stop 36, issue 14): a weighted-average F1
read as the plain F1, so a shared task's weighted-F1 sub-task ranked under "F1 score". Invented sentences."""


def test_a_weighted_average_f1_keeps_its_averaging(extract_one):
    # ACL 44k: "weighted average F1 score of" (10 times), "weighted average F1-score of" (5), "weighted-average
    # F1-score" / "weighted-averaged F1" (4); 23 abstracts in all: read as the plain F1 before, beside "macro-average F1-score" kept
    paper = extract_one(
        "Team Zorb at ZorbEval-2031 Task 9: Frobbing Memes",
        "We describe our system for ZorbEval-2031 Task 9. We achieve a 0.755 macro-average F1-score in sub-task A "
        "and a 0.709 weighted-average F1-score in sub-task B. A second system obtains a weighted average F1 score "
        "of 0.81 in sub-task C.",
    )
    metrics = {r.value: r.metric for r in paper.results}
    assert metrics["0.755"] == "macro-average F1-score"
    # the two spellings of one measure are one concept (stop 48: "F1 score" after a lexicon measure is named as written)
    assert metrics["0.709"] == "weighted-average F1-score"
    assert metrics["0.81"] in ("weighted average F1 score", "weighted-average F1-score")
