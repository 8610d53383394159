"""A metric a later change starts from is that change's (tp37, issue 14): "the AUACC from 91.23% to 92.63% and
the AUROC from 74.61% to 80.25%" put CoQA's 92.63% (AUACC, a word no lexicon knows) on the AUROC board, as the
nearest metric. Invented sentences."""


def test_a_metric_before_from_is_the_later_changes_not_the_earlier_numbers(extract_one):
    # s36b (44k): CoQA's task-page best was "92.63% AUROC" read from "improves the AUACC from 91.23% to 92.63% and
    # improves the AUROC from 74.61% to 80.25%"; "METRIC from A to B" is how abstracts write a change
    # ("improves the zero-shot F1-score from 73.7% to 91.2%", "the accuracy on the development set from 71% to 85%")
    paper = extract_one(
        "Selective Frobbing",
        "On the ZorbQA benchmark, our method raises the QZC from 61.5% to 66.2% and raises the AUROC from 70.1% "
        "to 72.4%.",
    )
    metrics = {r.value: r.metric for r in paper.results}
    assert metrics["70.1%"] == "AUROC" and metrics["72.4%"] == "AUROC"
    assert metrics["61.5%"] != "AUROC" and metrics["66.2%"] != "AUROC"


def test_a_change_written_with_its_metric_keeps_it(extract_one):
    paper = extract_one("Frob MT", "Our frobbing improves the BLEU from 27.1 to 28.3 on ZorbMT En-De.")
    assert {r.value: r.metric for r in paper.results} == {"27.1": "BLEU", "28.3": "BLEU"}
