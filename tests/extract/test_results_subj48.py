"""Result owners a leaderboard can trust (stop 48, subj48, issue 14). A named subject that no verb links to the
number ("an improvement in the F1 of X, increasing it by 6.2%", "X (73.5%), outperforming the baseline by 18.3")
owns none of it, unless the number follows it as "X at N", its modal or participle reaches it, or X opens the
number's clause as its subject; the base model a method improves is such a name (RULINGS R11). Invented sentences."""

from paperkg.extract.results import extract_results
from paperkg.model import MIN_RESULT_CONFIDENCE

from .conftest import mention_spans


def _subjects(sentence: str, own: str | None = None, **names: str) -> dict[str, str | None]:
    words, mentions = mention_spans(sentence, **names)
    rows = extract_results(words, mentions, own=own, only_dataset=None)
    return {r["value"]: r["subject"] for r in rows if r["confidence"] >= MIN_RESULT_CONFIDENCE}


def test_a_name_no_verb_links_to_the_number_owns_none_of_it():
    # the base model a method improves, named only inside the phrase of what improved
    assert _subjects(
        "It leads to a large improvement in the Hit@1 of FooBERT on ZorbQA , increasing it by 6.2 % .",
        Model="FooBERT",
        Dataset="ZorbQA",
        Metric="Hit@1",
    ) == {"6.2%": None}
    # a compared system's own bracketed score, then a participle whose gain is the sentence's other system's
    assert (
        _subjects(
            "The ensemble reaches 76.4 % F1 on ZorbQA , above our best single model , FooBERT ( 73.5 % ) , "
            "outperforming the baseline by 18.3 points .",
            Model="FooBERT",
            Dataset="ZorbQA",
            Metric="F1",
        ).get("18.3 points")
        is None
    )


def test_a_name_the_number_stands_at_keeps_it():
    assert _subjects(
        "On ZorbQA , BarLM achieves the best F1 of 77.3 % , closely followed by FooLM-7B at 77.1 % .",
        Model="BarLM|FooLM-7B",
        Dataset="ZorbQA",
        Metric="F1",
    ) == {"77.3%": "BarLM", "77.1%": "FooLM-7B"}


def test_a_clause_subject_keeps_the_number_its_clause_reaches_first():
    # "X can <verb> ..., <participle> by N", "X's accuracy ... N", "only X passes ... with N"
    assert _subjects(
        "FooLM can almost perfectly rebuild the inputs , decreasing the edit distance by 95 % on ZorbQA .",
        Model="FooLM",
        Dataset="ZorbQA",
    ) == {"95%": "FooLM"}
    assert _subjects(
        "From the results , only FooLM passes the ZorbQA exam with a 75.7 % accuracy .",
        Model="FooLM",
        Dataset="ZorbQA",
        Metric="accuracy",
    ) == {"75.7%": "FooLM"}
    # a later number of another clause is not the subject's
    assert _subjects(
        "FooLM generates the longest answers on ZorbQA , while retrieval models only achieve 48.3 % recall .",
        Model="FooLM",
        Dataset="ZorbQA",
        Metric="recall",
    ) == {"48.3%": None}


def test_a_rise_of_a_base_models_own_measure_is_not_its_number():
    # RULINGS R11: "X's accuracy rose by N" after the paper's method is applied reports the method's gain on X
    assert _subjects(
        "Notably , FooLM-7B 's accuracy on ZorbQA increased by 20 % with our prompts .",
        Model="FooLM-7B",
        Dataset="ZorbQA",
        Metric="accuracy",
    ) == {"20%": None}
    # its own level stays its
    assert _subjects(
        "On ZorbQA , FooLM 's performance lags at about 74 % .",
        Model="FooLM",
        Dataset="ZorbQA",
    ) == {"74%": "FooLM"}
