"""Results owners (stop 46, subj46): a name the text writes as a measure owns no number. Invented sentences."""

from paperkg.extract.results import extract_results
from paperkg.extract.results.subjects import written_as_measures

from .conftest import mention_spans

ABSTRACT = (
    "We study answer extraction on the ZorbQA dataset. Evaluation was conducted using Graded Answer Overlap (GAO) "
    "and Exact Match (EM) metrics. The FooBERT-large model achieved the best performance on ZorbQA "
    "(GAO: 0.9598, EM: 0.7615)."
)


def _measures(sentence: str, mentions: list[tuple]) -> list[str]:
    return sorted(written_as_measures(mentions, sentence.lower().split()))


def test_a_name_listed_before_metrics_is_a_measure():
    # stop 35: "Evaluation was conducted using Semantic Answer Similarity (SAS) and Exact Match (EM) metrics"
    words = "evaluation used graded answer overlap ( gao ) and exact match ( em ) metrics ."
    mentions = [(2, 5, "Method", "GAO"), (9, 11, "Metric", "EM")]
    assert _measures(words, mentions) == ["GAO"]
    assert _measures("we score it with the gao metric .", [(5, 6, "Method", "GAO")]) == ["GAO"]


def test_a_label_of_a_number_beside_a_metrics_label_is_a_measure():
    # stop 35: "ranking 5th in English (SAS: 0.9598, EM: 0.7615)", EM typed Metric
    mentions = [(3, 4, "Method", "GAO"), (7, 8, "Metric", "EM")]
    assert _measures("5th in ( gao : 0.9598 , em : 0.7615 )", mentions) == ["GAO"]


def test_systems_labelling_numbers_stay_systems():
    # "(FooNet: 85.1, BarNet: 84.0)": systems with their scores, no metric labels a number beside them
    mentions = [(2, 3, "Model", "FooNet"), (6, 7, "Model", "BarNet")]
    assert _measures("scores ( foonet : 85.1 , barnet : 84.0 ) on zorbqa", mentions) == []
    # a system before a list that ends in another noun: "FooNet and BarNet models"
    assert _measures("foonet and barnet models , with em", [(0, 1, "Model", "FooNet"), (2, 3, "Model", "BarNet")]) == []


def test_the_measure_owns_no_row_of_the_paper(extract_one_rules):
    x = extract_one_rules("Answer extraction on ZorbQA", ABSTRACT)
    rows = [(r.subject, r.value) for r in x.results]
    assert rows and all(subject != "Graded Answer Overlap" for subject, _ in rows)


def _rows(sentence: str, own: str | None = None, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    return [(r["value"], r["subject"], r["kind"]) for r in extract_results(words, mentions, own=own, only_dataset=None)]


def test_a_gain_of_the_papers_technique_applied_to_a_model_is_not_the_models():
    # stop 35 "For instance, for LLaMA-7B, our approach outperforms the previous state-of-the-art method by 4.2% in
    # MMLU"; stop 40 "Through our optimized instructions, ERNIE-Bot-turbo exceeds ..., achieving a score enhancement
    # of 4 to 7%"; stop 45 "our fine-tuned Flan-T5-XL model shows increases of 3.1% ... the proposed ISL method"
    assert _rows(
        "for FooLM-7B , our approach outperforms the previous method by 4.2 % on ZorbQA .",
        Model="FooLM-7B",
        Dataset="ZorbQA",
    ) == [("4.2%", None, "gain")]
    assert _rows(
        "through our optimized instructions , FooLM-turbo exceeds conventional models , achieving a gain of 5 % on ZorbQA .",
        Model="FooLM-turbo",
        Dataset="ZorbQA",
    ) == [("5%", None, "gain")]


def test_a_model_named_as_the_own_or_without_a_technique_keeps_its_gain():
    assert _rows(
        "our FooNet approach outperforms the previous method by 4.2 % on ZorbQA .", Model="FooNet", Dataset="ZorbQA"
    ) == [("4.2%", "FooNet", "gain")]
    # "Our experiments show that the best model, Claude, significantly outperforms the QPR model by 28 points" (44k)
    assert _rows(
        "our experiments show that FooNet outperforms the previous method by 4.2 % on ZorbQA .",
        Model="FooNet",
        Dataset="ZorbQA",
    ) == [("4.2%", "FooNet", "gain")]
