"""Results precision on fresh ACL papers (stop 36, 2023-2025 abstracts): a score read as a gain because a
comparison follows it, the baseline named in brackets taken for the owner, a list of values paired with a
list of data the text names but the extractor does not know. Invented sentences."""

from paperkg.extract.results import extract_results

from .conftest import mention_spans, result_kinds


def test_a_level_reached_stays_a_score_when_a_comparison_follows_it():
    # "FLAMe-RM-24B achieves 87.8% accuracy, surpassing GPT-4-0125 (85.9%)", "o3 reach up to 78% accuracy,
    # outperforming ...", "achieves 32.2 F1, outperforming our baseline by 4.5 points" (5 papers of stop 36's
    # fresh set and its targeted check): the comparison after the comma is the next clause's
    kinds = result_kinds(
        "On FooBench , BarLM achieves 87.8 % accuracy , surpassing BazLM ( 85.9 % ) .",
        Dataset="FooBench",
        Model="BarLM|BazLM",
        Metric="accuracy",
    )
    assert kinds[0] == ("87.8%", "score")
    kinds = result_kinds(
        "On FooBench , reasoning models such as BarLM reach up to 78 % accuracy , outperforming human coders .",
        Dataset="FooBench",
        Model="BarLM",
        Metric="accuracy",
    )
    assert kinds == [("78%", "score")]
    # the gain after "by" in the next clause is still a gain
    kinds = result_kinds(
        "On FooBench , BarLM achieves 32.2 F1 , outperforming our baseline by 4.5 points .",
        Dataset="FooBench",
        Model="BarLM",
        Metric="F1",
    )
    assert kinds == [("32.2", "score"), ("4.5 points", "gain")]


def test_followed_by_a_system_at_a_number_is_its_score():
    # "LLaMA-3 achieved ... 77.3%, closely followed by Mistral-7b at 77.1%": "by" names who, not a change
    kinds = result_kinds(
        "On FooBench , BarLM reaches an F1 of 77.3 % , closely followed by BazLM at 77.1 % .",
        Dataset="FooBench",
        Model="BarLM|BazLM",
        Metric="F1",
    )
    assert kinds == [("77.3%", "score"), ("77.1%", "score")]
    # "by at least 20%" is still a change
    kinds = result_kinds(
        "On FooBench , our method improves accuracy by at least 20 % .", Dataset="FooBench", Metric="accuracy"
    )
    assert kinds == [("20%", "gain")]


def test_a_baseline_named_in_brackets_owns_no_gain():
    # "significantly outperforming the best neural baseline (ChatGPT) by more than 20% and 30% respectively"
    words, mentions = mention_spans(
        "On FooTask , our system outperforms the best neural baseline ( BarLM ) by more than 20 % .",
        Dataset="FooTask",
        Model="BarLM",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["subject"], r["value"], r["compared_to"]) for r in rows] == [(None, "20%", "BarLM")]


def test_values_pair_with_a_closed_list_of_data_some_unknown():
    # "accuracy rates of 95.2%, 85.13%, and 91.36% on the BanglaPRCorpus, Prothom-Alo Balanced, and BanglaOPUS
    # corpora", "F1-scores of 69.7% and 70.3% for the MUTE and MultiOFF datasets" (fresh 2023-2025 papers):
    # all values went to the one known dataset, or the wrong one
    words, mentions = mention_spans(
        "FooNet attains accuracy rates of 95.2 % , 85.1 % , and 91.4 % on the FooCorpus , Bar-Qux Balanced , "
        "and BazSet corpora .",
        Method="FooNet",
        Metric="accuracy",
        Dataset="FooCorpus|Balanced|BazSet",
    )
    rows = extract_results(words, mentions, own="FooNet", only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == [
        ("95.2%", "FooCorpus"),
        ("91.4%", "BazSet"),
    ]
    words, mentions = mention_spans(
        "It reaches F1-scores of 69.7 % and 70.3 % for the QuxSet and FooSet datasets .",
        Metric="F1-scores",
        Dataset="FooSet",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows] == [("70.3%", "FooSet")]


def test_respectively_pairs_with_an_unknown_long_name_not_with_data_named_later():
    # "WERs of 11.7% and 10.3% on Common Voice (CV) and the second round of Multi-Genre Broadcast (MGB-2)
    # respectively, as a result of including our dataset Aswat": 10.3% was given to the dataset named after
    words, mentions = mention_spans(
        "We reach WERs of 11.7 % and 10.3 % on Foo Voice ( FV ) and the second round of Bar-Genre Broadcast "
        "( BGB-2 ) respectively , as a result of including our dataset QuxSpeech .",
        Metric="WERs",
        Dataset="Foo Voice|QuxSpeech",
        Method="BGB-2",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows] == [("11.7%", "Foo Voice")]


def test_parts_of_the_data_keep_the_sentences_dataset():
    # languages, directions, subtasks and labels are parts of the data, not other data
    words, mentions = mention_spans(
        "On FooMT , our systems achieve BLEU scores of 10.4 and 8.1 for Gujarati-English and English-Gujarati , "
        "respectively .",
        Dataset="FooMT",
        Metric="BLEU",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows] == [("10.4", "FooMT"), ("8.1", "FooMT")]
    words, mentions = mention_spans(
        "On FooTask , our model achieves an F1-score of 0.65 and 0.47 on Subtask-A and Subtask-B respectively .",
        Dataset="FooTask",
        Metric="F1-score",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows] == [("0.65", "FooTask"), ("0.47", "FooTask")]


def test_a_clause_that_names_other_data_after_on_is_not_the_earlier_datasets():
    # "accuracy on AQuA rises from 53.5% to 63.8%, and on Last Letter from 23.8% to 84.2%", "On D, it boosts
    # performance by 25%, and on machine learning and open-ended tasks, it lifts accuracy from 88% to 95%",
    # "ITR (R@1 on TR +17.2%, on IR +15.6%)" after NLVR2: the later numbers went to the dataset named first
    words, mentions = mention_spans(
        "With FooLM , accuracy on FooQA rises from 53.5 % to 63.8 % , and on Bar Letter from 23.8 % to 84.2 % .",
        Model="FooLM",
        Metric="accuracy",
        Dataset="FooQA",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows] == [("53.5%", "FooQA"), ("63.8%", "FooQA")]
    words, mentions = mention_spans(
        "On FooBench , it boosts accuracy by 25 % , and on machine learning and open-ended tasks , it lifts "
        "accuracy from 88 % to 95 % .",
        Metric="accuracy",
        Dataset="FooBench",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows] == [("25%", "FooBench")]
    # "on average" names no data: the number stays on the dataset
    words, mentions = mention_spans(
        "On FooBench , it gains 2 % , and on average it lifts accuracy from 88 % to 95 % .",
        Metric="accuracy",
        Dataset="FooBench",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [r["value"] for r in rows] == ["2%", "88%", "95%"]
