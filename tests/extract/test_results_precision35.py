"""Results precision on fresh ACL papers (stop 35): the compared system taken for the owner, values of a list
that "respectively" closes, a name typed Dataset that acts as a system. Invented sentences."""

from paperkg.extract.results import extract_results

from .conftest import mention_spans, result_rows


def test_the_compared_system_is_not_the_owner_of_the_gain():
    # the baseline taken for the owner, on fresh ACL papers (stop 35, 3 papers): "outperforms the
    # state-of-the-art X by", "enhances the performance of the X baseline by", "a 13% reduction compared to X"
    rows = result_rows(
        "On the FooQA dataset , BarNet outperforms the state-of-the-art FooLM by 9.5 % in accuracy .",
        [(2, 3, "Dataset", "FooQA"), (8, 9, "Model", "FooLM"), (14, 15, "Metric", "accuracy")],
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [(None, "9.5%", "FooLM")]
    rows = result_rows(
        "Specifically , it enhances the performance of the FooLM baseline by 21.2 % relatively on BarSQL dev .",
        [(8, 9, "Model", "FooLM"), (15, 16, "Dataset", "BarSQL")],
        own="BazSQL",
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [(None, "21.2%", "FooLM")]
    rows = result_rows(
        "Evaluated on FooSpeech , it achieves a 24 % reduction in WER compared to FooASR baselines and a "
        "13 % reduction compared to BarASR .",
        [
            (2, 3, "Dataset", "FooSpeech"),
            (10, 11, "Metric", "WER"),
            (14, 15, "Model", "FooASR"),
            (24, 25, "Model", "BarASR"),
        ],
    )
    assert [(r[0], r[3]) for r in rows] == [(None, "24%"), (None, "13%")]
    # what is compared to the paper's approach before any number is the baseline itself, never the owner
    rows = result_rows(
        "A RAG system is the baseline and compared to the FooTool approach , resulting in an 8.9 % improved "
        "recall on BarBench .",
        [(10, 11, "Method", "FooTool"), (21, 22, "Dataset", "BarBench")],
    )
    # subj48: the approach, after "compared to the", is linked to the number by no verb: no owner is named (null is no
    # error); the baseline RAG system is not made the owner either
    assert [(r[0], r[3]) for r in rows] == [(None, "8.9%")]


def test_values_pair_with_the_list_respectively_closes_not_with_the_sentences_datasets():
    # "outperforms existing methods by 2.3% and 2.8% for 7B and 72B models, respectively" (fresh ACL sets of
    # stop 35: the 4 values of the sentence were paired with its 4 datasets), "+0.41%, +0.32% and +0.27% for
    # FooSet, BarSet and Baz datasets respectively" (the second and third value were given to the first dataset)
    words = (
        "Experiments on FooQA , BarQA , BazQA and QuxQA show that FooNet outperforms others by 2.3 % and 2.8 % "
        "for 7B and 72B models , respectively , with gains of 5.9 % and 6.0 % on the hardest QuxQA ."
    ).split()
    mentions = [
        (2, 3, "Dataset", "FooQA"),
        (4, 5, "Dataset", "BarQA"),
        (6, 7, "Dataset", "BazQA"),
        (8, 9, "Dataset", "QuxQA"),
        (12, 13, "Method", "FooNet"),
        (39, 40, "Dataset", "QuxQA"),
    ]
    rows = extract_results(words, mentions, own="FooNet", only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == [
        ("5.9%", "QuxQA"),
        ("6.0%", "QuxQA"),
    ]
    words = "leading to F1 gains of +0.41 % , +0.32 % and +0.27 % for FooSet , BarSet and Baz datasets respectively .".split()
    mentions = [(2, 3, "Metric", "F1"), (14, 15, "Dataset", "FooSet"), (16, 17, "Dataset", "BarSet")]
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows] == [("+0.41%", "FooSet"), ("+0.32%", "BarSet")]
    # a list of the data's own parts or measures leaves the values on the named dataset
    words = "On FooQA , FooNet reaches 45.2 and 67.8 for tagging and parsing , respectively .".split()
    mentions = [(1, 2, "Dataset", "FooQA"), (3, 4, "Method", "FooNet")]
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows] == [("45.2", "FooQA"), ("67.8", "FooQA")]
    # languages, tracks and subtasks are parts of the shared task's data: the values stay on it
    words = "achieving micro-F1 scores of 0.7061 , 0.7321 , and 0.2825 for English , Spanish , and Yoruba , respectively .".split()
    rows = extract_results(words, [(1, 2, "Metric", "micro-F1")], own=None, only_dataset="FooEval-2031 Task 9")
    assert [r["value"] for r in rows if r["dataset"] == "FooEval-2031 Task 9"] == ["0.7061", "0.7321", "0.2825"]


def test_a_name_typed_dataset_that_boosts_performance_is_the_system():
    # "in the NaturalQuestions benchmark, LongLLMLingua boosts performance by up to 21.4%" (fresh set stop 35):
    # "boosts" and "enhances" are verbs of a system's doing, as "improves" is
    words, mentions = mention_spans(
        "For instance , in the FooQA benchmark , BarLingua boosts performance by up to 21.4 %",
        Dataset="FooQA|BarLingua",
    )
    assert [r["dataset"] for r in extract_results(words, mentions, own=None, only_dataset=None)] == ["FooQA"]
