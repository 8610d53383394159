"""Results precision on the development sets (stop 42, resprec42): an average over several datasets filed under
each, a number whose own unnamed data follows it, a campaign's bare name as the paper's one dataset, and a change
"by as much as N" read as a score. Invented sentences."""

from paperkg.extract.results import extract_results
from paperkg.extract.results.kinds import is_bare_series, kind_of
from paperkg.model import MIN_RESULT_CONFIDENCE

from .conftest import mention_spans


def _kept(sentence: str, only_dataset: str | None = None, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    rows = extract_results(words, mentions, own=None, only_dataset=only_dataset)
    return [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= MIN_RESULT_CONFIDENCE]


def test_an_average_over_several_listed_datasets_is_no_row_of_any():
    # "delivers an average improvement of 11.6% compared to baselines on the perturbed Spider-Syn, Spider-Realistic,
    # and Dr. Spider benchmarks" (stop 41), "on three benchmarks (i.e., SIGHAN 2013, 2014, and 2015) ... an average
    # of 5.8%" (stop 35); 44k: "a 6.65% improvement on average" on PISA and Mathlib, X-KDE, QA-CoT, gamma-PO
    assert (
        _kept(
            "our method delivers an average improvement of 11.6 % over baselines on the ZorbQA and BarQA benchmarks .",
            Dataset="ZorbQA|BarQA",
        )
        == []
    )
    assert (
        _kept(
            "experiments on ZorbQA and BarQA show a 6.65 % improvement on average in success rate .",
            Dataset="ZorbQA|BarQA",
        )
        == []
    )


def test_a_best_case_a_list_or_a_collection_average_stays():
    # "up to" for several datasets gives one row per dataset (the judges' convention)
    assert _kept("our method improves accuracy by up to 11.6 % on ZorbQA and BarQA .", Dataset="ZorbQA|BarQA") == [
        ("11.6%", "ZorbQA"),
        ("11.6%", "BarQA"),
    ]
    # a number on one dataset is not an average over several
    assert _kept("our method delivers an average improvement of 11.6 % on ZorbQA .", Dataset="ZorbQA") == [
        ("11.6%", "ZorbQA")
    ]
    # a collection's own average ("three datasets from the AdvGLUE benchmark ... 10% in average accuracy", 44k)
    assert _kept(
        "on three datasets from the ZorbGLUE benchmark we gain 10 % in average accuracy .", Dataset="ZorbGLUE"
    ) == [("10%", "ZorbGLUE")]


def test_a_number_whose_own_unnamed_data_follows_it_is_not_a_named_datasets():
    # "98% F1 on synthetic data and strong results on QAES+ZAEBUC" (stop 39), "18.47% and 13.07% average relative
    # improvements on cultural benchmarks" (stop 36), "by roughly 1% on small corpora in several languages" (stop
    # 41); 44k: "up to 10% lower perplexities on out-of-distribution data" (TreeReg)
    assert _kept("our model achieved 98 % F1 on synthetic data and strong results on ZorbQA .", Dataset="ZorbQA") == []
    assert (
        _kept(
            "ZorbQA helps : we gain 18.47 % and 13.07 % relative improvements on cultural benchmarks .",
            Dataset="ZorbQA",
        )
        == []
    )
    assert _kept("it reduces perplexity by roughly 1 % on small corpora in several languages .", "ZorbQA") == []
    # a phrase that refers back, counts the named data's parts, or names a part stays with the dataset
    assert _kept("we reach 81.2 % on ZorbQA and 75.3 % on the test data .", Dataset="ZorbQA") == [
        ("81.2%", "ZorbQA"),
        ("75.3%", "ZorbQA"),
    ]
    assert _kept(
        "on ZorbQA we achieve F1 of 61.3 , 25.1 , and 40.5 on the three tasks .", Dataset="ZorbQA", Metric="F1"
    ) == [
        ("61.3", "ZorbQA"),
        ("25.1", "ZorbQA"),
        ("40.5", "ZorbQA"),
    ]


def test_a_campaigns_bare_name_is_no_dataset():
    # "Findings of the WMT 2019 Shared Task on Automatic Post-Editing" (stop 37), "... WMT 2023 ..." (stop 35): the
    # paper's one dataset guessed as "WMT" is the event (R5); an edition or a task names data
    assert is_bare_series("WMT") and is_bare_series("IWSLT") and is_bare_series("CoNLL")
    assert not is_bare_series("WMT 2014") and not is_bare_series("CoNLL-2003") and not is_bare_series("ZorbQA")
    # a campaign of one shared task per edition is that task's own name: its data ("This system achieved an
    # official score (accuracy) of 53.25%" at the MADAR shared task, stop 34: right)
    assert not is_bare_series("MADAR") and not is_bare_series("NADI")


def test_a_bare_campaign_is_not_guessed_for_a_sentence_naming_no_data(extract_one_rules):
    ex = extract_one_rules(
        "Findings of the WMT 2031 Shared Task on Zorble Post-Editing",
        "We present the results of the WMT shared task on zorble post-editing. Four teams achieved better results "
        "than the baseline, with improvements up to -0.78 TER and +1.23 BLEU points over the baseline.",
    )
    assert [r.dataset for r in ex.results if r.confidence >= MIN_RESULT_CONFIDENCE and r.dataset == "WMT"] == []


def test_by_as_much_as_after_a_reduction_verb_is_a_reduction():
    # "it reduces error rate by as much as 87% on diagnostic tasks from the SCAN dataset" (stop 41): the three hedge
    # words hid "by" from the kind rules, and the number was read as an error rate of 87%
    words = "it reduces error rate by as much as 87 % on the zorb dataset".split()
    assert kind_of("87%", "%", 8, 10, words) == "reduction"
    words = "it improves accuracy by as much as 12 % on the zorb dataset".split()
    assert kind_of("12%", "%", 7, 9, words) == "gain"
    # a level reached stays a score
    words = "it reaches as much as 87 % accuracy".split()
    assert kind_of("87%", "%", 5, 7, words) == "score"
