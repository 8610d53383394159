"""Results precision on fresh ACL papers (stop 36, 2023-2025 abstracts): a score read as a gain because a
comparison follows it, the baseline named in brackets taken for the owner, a list of values paired with a
list of data the text names but the extractor does not know. Invented sentences."""

from paperkg.extract.results import extract_results

from .conftest import mention_spans


def _kinds(sentence: str, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    return [(r["value"], r["kind"]) for r in extract_results(words, mentions, own=None, only_dataset=None)]


def test_a_level_reached_stays_a_score_when_a_comparison_follows_it():
    # "FLAMe-RM-24B achieves 87.8% accuracy, surpassing GPT-4-0125 (85.9%)", "o3 reach up to 78% accuracy,
    # outperforming ...", "achieves 32.2 F1, outperforming our baseline by 4.5 points" (5 papers of stop 36's
    # fresh set and its targeted check): the comparison after the comma is the next clause's
    kinds = _kinds(
        "On FooBench , BarLM achieves 87.8 % accuracy , surpassing BazLM ( 85.9 % ) .",
        Dataset="FooBench",
        Model="BarLM|BazLM",
        Metric="accuracy",
    )
    assert kinds[0] == ("87.8%", "score")
    kinds = _kinds(
        "On FooBench , reasoning models such as BarLM reach up to 78 % accuracy , outperforming human coders .",
        Dataset="FooBench",
        Model="BarLM",
        Metric="accuracy",
    )
    assert kinds == [("78%", "score")]
    # the gain after "by" in the next clause is still a gain
    kinds = _kinds(
        "On FooBench , BarLM achieves 32.2 F1 , outperforming our baseline by 4.5 points .",
        Dataset="FooBench",
        Model="BarLM",
        Metric="F1",
    )
    assert kinds == [("32.2", "score"), ("4.5 points", "gain")]


def test_followed_by_a_system_at_a_number_is_its_score():
    # "LLaMA-3 achieved ... 77.3%, closely followed by Mistral-7b at 77.1%": "by" names who, not a change
    kinds = _kinds(
        "On FooBench , BarLM reaches an F1 of 77.3 % , closely followed by BazLM at 77.1 % .",
        Dataset="FooBench",
        Model="BarLM|BazLM",
        Metric="F1",
    )
    assert kinds == [("77.3%", "score"), ("77.1%", "score")]
    # "by at least 20%" is still a change
    kinds = _kinds(
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
