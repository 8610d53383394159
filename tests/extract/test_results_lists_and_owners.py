"""Whose number a results sentence gives: values of a list that "respectively" closes when only one of its items is
a known dataset, a name listed after another subject, shared-task names (read off fresh ACL papers of 2016-2022).
Invented sentences."""

from paperkg.extract.results import extract_results

from .conftest import mention_spans


def _board(sentence: str, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    return [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5]


def test_a_respectively_list_with_one_known_dataset_gives_the_others_values_none():
    # stop 37's fresh set (3 papers): "in AS and CityU corpora with F1 scores of 96.9 and 97.3, respectively",
    # "87.4 F1 and 87.0 F1 on the CoNLL-2005 and 2012 datasets, respectively", "0.19 and 0.12 for Task1 and
    # Task 2 respectively": the value of the item no dataset names went to the one known dataset beside it
    assert _board(
        "We reach the best results in Foo and BarSet corpora with F1 scores of 96.9 and 97.3 , respectively .",
        Dataset="BarSet",
        Metric="F1",
    ) == [("97.3", "BarSet")]
    assert _board(
        "Our model reaches 87.4 F1 and 87.0 F1 on the QuxBank-2005 and 2012 datasets , respectively .",
        Dataset="QuxBank-2005",
        Metric="F1",
    ) == [("87.4", "QuxBank-2005")]
    assert _board(
        "We obtain macro F1 scores of 0.61 and 0.52 for FooSet and Bar Baz respectively .",
        Dataset="FooSet",
        Metric="macro F1",
    ) == [("0.61", "FooSet")]


def test_a_respectively_list_of_the_one_datasets_parts_keeps_it():
    # the items are the one dataset's directions, splits or parts: every value is on it
    assert _board(
        "FooMT gets 29.1 and 41.2 BLEU on WMT14 En-De and En-Fr , respectively .",
        Dataset="WMT14",
        Metric="BLEU",
    ) == [("29.1", "WMT14"), ("41.2", "WMT14")]
    assert _board(
        "FooNet reaches 88.1 and 87.2 F1 on the FooBank dev and test sets , respectively .",
        Dataset="FooBank",
        Metric="F1",
    ) == [("88.1", "FooBank"), ("87.2", "FooBank")]
    assert _board(
        "FooNet reaches 10.75 and 12.19 BLEU on subset1 and subset2 of BarSet , respectively .",
        Dataset="BarSet",
        Metric="BLEU",
    ) == [("10.75", "BarSet"), ("12.19", "BarSet")]


def _subjects(sentence: str, own: str | None = None, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    return [(r["value"], r["subject"]) for r in extract_results(words, mentions, own=own, only_dataset=None)]


def test_the_last_name_of_a_list_of_systems_does_not_own_their_shared_number():
    # stop 37's fresh set and stop 36's (3 papers): "the ensemble of the best three models, namely: ARBERT,
    # CAMeL-MSA, and QARiB, achieved ... 64.52%", "using the pre-trained language models Bert and RoBERTa, with a
    # Pearson correlation score of 0.788", "GPT-2 Large and XL models ... outperform ... by 10.97%": the number
    # went to the last name of the list
    assert _subjects(
        "The combination of three models , namely : FooLM , BarLM , and BazLM , achieved 64.5 % F1 on QuxSet .",
        Model="FooLM|BarLM|BazLM",
        Dataset="QuxSet",
        Metric="F1",
    ) == [("64.5%", None)]
    assert _subjects(
        "We rank first on QuxSet using the language models FooLM and BarLM , with a Pearson correlation of 0.788 .",
        Model="FooLM|BarLM",
        Dataset="QuxSet",
        Metric="Pearson correlation",
    ) == [("0.788", None)]
    # a list that "respectively" pairs with the values still gives each its owner
    assert _subjects(
        "FooLM and BarLM reach 52.1 % and 57.3 % on QuxSet , respectively .",
        Model="FooLM|BarLM",
        Dataset="QuxSet",
    ) == [("52.1%", "FooLM"), ("57.3%", "BarLM")]


def test_a_name_read_right_after_another_is_no_list_of_owners():
    # "Fine tuning RoBERTa large ... enables us to achieve a F1 score of 56%": two names with no word between
    # are no list; the second still owns the number
    assert _subjects(
        "Fine tuning FooLM large for tweets enables us to achieve a F1 score of 56 % on BarSet .",
        Method="Fine tuning",
        Model="FooLM large",
        Dataset="BarSet",
        Metric="F1 score",
    ) == [("56%", "FooLM large")]


def test_a_shared_tasks_name_or_a_subtask_label_owns_no_number():
    # stop 37's fresh set (2 papers) and 44k (3 more: "MIA 2022 Shared Task Submission", "COLING 2022 Shared Task",
    # "MIA 2022 Shared Task"): a task's name typed Method or Model, or the paper's own, was given the system's number
    assert _subjects(
        "We describe our system for the WASSA 2018 Foo Emotion Shared Task , which obtained 2nd place with a "
        "macro F1 score of 0.710 on BarSet .",
        own="Foo Emotion Shared Task",
        Method="Foo Emotion Shared Task",
        Dataset="BarSet",
        Metric="macro F1 score",
    ) == [("0.710", None)]
    assert _subjects(
        "We rank 6th in S-1 and 7th in Subtask–2 with 0.475 macro F1-score on BarSet .",
        Method="Subtask–2",
        Dataset="BarSet",
        Metric="macro F1-score",
    ) == [("0.475", None)]
