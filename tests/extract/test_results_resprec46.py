"""Results precision on the development sets (stop 46, resprec46): the paper's one dataset is not an event's name
without the edition and task that name its data ("the ZorbEval shared task" of a series, "QuuxNLP" of a workshop
written "QuuxNLP-ACL2022"). Invented sentences."""

from paperkg.extract.results.component import edition_less_event

from .conftest import kept_rows, value_kinds


def test_an_event_without_its_edition():
    assert edition_less_event("DISRPT shared task", "")
    assert edition_less_event("VarDial Shared Task", "")
    assert edition_less_event("QuuxNLP", "the QuuxNLP (EMNLP 2021) shared task on emotions")
    assert edition_less_event("QuuxNLP shared task", "TEAM@QuuxNLP-ACL2022: Emotions")


def test_a_task_or_corpus_name_names_data():
    assert not edition_less_event("Zorb Dialect Identification shared task", "")
    assert not edition_less_event("ZorbNER shared task", "")
    assert not edition_less_event("Zorb Corpus", "we release the Zorb Corpus 2019")
    assert not edition_less_event("WMT 2014", "on WMT 2014")


def test_no_paper_wide_row_under_a_workshop_without_its_edition(extract_one):
    title = "TEAM@QuuxNLP-ACL2022: Emotion Analysis in Zorbish"
    abstract = (
        "This paper describes the participation of TEAM in the QuuxNLP (ACL 2022) shared task on emotion analysis. "
        "Our system reached a macro f1-score of 31.2% on the second subtask."
    )
    assert all(d is None or "QuuxNLP" not in d for d, _ in kept_rows(extract_one, title, abstract))


def test_a_list_of_values_with_their_metric_pairs_with_the_list_of_data(extract_one):
    # "+1.1 BLEU and +0.9 BLEU on A and B": the metric after each value does not break the list
    abstract = "We present FooSearch. FooSearch improves +1.1 BLEU and +0.9 BLEU on ZorbMT and QuuxMT datasets."
    rows = kept_rows(extract_one, "FooSearch: decoding", abstract)
    assert ("ZorbMT", "+0.9 BLEU") not in rows
    # "by 10.97% and 10.73% F1 scores on A and 20Q datasets": the second item is other data, not A
    abstract = (
        "We present FooEdit. FooEdit beats the baselines by 10.97% and 10.73% F1 scores on ZorbQA and 20Q datasets."
    )
    rows = kept_rows(extract_one, "FooEdit: editing", abstract)
    assert ("ZorbQA", "10.73%") not in rows
    assert ("ZorbQA", "10.97%") in rows


def test_a_range_is_no_list_of_values(extract_one):
    abstract = "We present FooBERT. FooBERT achieves between 71 and 74% F1 score on NER and 84-87% on ZorbPOS tasks."
    rows = kept_rows(extract_one, "FooBERT: a model", abstract)
    assert ("ZorbPOS", "74%") not in rows


def test_a_later_gain_of_a_list_stays_a_gain(extract_one):
    # the bracket's level is an aside of the list of gains
    abstract = (
        "We present FooRank. FooRank pushes ROUGE scores by 5.44% on ZorbNews (47.16 ROUGE-1), 1.31% on QuuxSum "
        "(48.12 ROUGE-1) and 9.34% on BazTIFU (29.83 ROUGE-1)."
    )
    kinds = value_kinds(extract_one, "FooRank: reranking", abstract)
    assert kinds.get("1.31%") == "gain" and kinds.get("9.34%") == "gain"
    assert kinds.get("48.12") == "score"
    # a margin's bounds: both ends are gains
    abstract = "We present FooEnc. On ZorbWiki, FooEnc outperforms existing methods by at least 17% and at most 103%."
    assert value_kinds(extract_one, "FooEnc: an encoder", abstract).get("103%") == "gain"
    # "by 1.94% of accuracy": a margin written with its measure, not a share of a score
    abstract = "We present FooPT. FooPT outperforms the best model by 1.94% of accuracy and 2.71% of SLU-F1 on ZorbSLU."
    kinds = value_kinds(extract_one, "FooPT: pretraining", abstract)
    assert kinds.get("1.94%") == "gain" and kinds.get("2.71%") == "gain"
    # "33% in sentence accuracy improvement": the change noun after the measure
    abstract = "We present FooFilter. FooFilter brings up to 33% in sentence accuracy improvement on ZorbATIS."
    assert value_kinds(extract_one, "FooFilter: filtering", abstract).get("33%") == "gain"
    abstract = "We present FooFilter. FooFilter reaches 85% in sentence accuracy on ZorbATIS."
    assert value_kinds(extract_one, "FooFilter: filtering", abstract).get("85%") == "score"


def test_a_name_written_as_a_metric_is_no_dataset():
    from paperkg.extract.results.component import named_as_metric

    lowers = "in contrast , the current zorbsql metric leads to a 2.5 % false negative rate".split()
    assert named_as_metric("ZorbSQL", [(5, 6, "Dataset", "ZorbSQL")], lowers)
    lowers = "our system reaches a zorbfact score of 62.5 % on the test set".split()
    assert not named_as_metric("ZorbFact", [(4, 5, "Dataset", "ZorbFact")], lowers)
    lowers = "we evaluate on zorbsql and report each metric".split()
    assert not named_as_metric("ZorbSQL", [(3, 4, "Dataset", "ZorbSQL")], lowers)


def test_a_team_in_the_title_owns_no_result():
    from paperkg.extract.results.teams import title_team

    assert title_team("ZORB", "The ZORB's Speech Translation System for IWSLT 2023")
    assert title_team("ZORB", "ZORB & Quux Labs at WANLP 2022 Shared Task: Propaganda Detection")
    assert not title_team("FooDet", "FooDet at SemEval-2019 Task 3: Emotion Detection")
    assert not title_team("FooNet", "FooNet's Inductive Bias")
