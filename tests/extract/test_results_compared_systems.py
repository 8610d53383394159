"""Whose gain a comparison gives when the compared or improved system is named through a possessor or a noun of its
level ("outperforms OpenAI's X", "beats the SOTA of X", "increasing accuracy of X on D by 5%"): that system is the
baseline, not the owner. Read off the pooled fresh ACL sets of stops 37 and 38. Invented sentences."""

from paperkg.extract.results import extract_results

from .conftest import mention_spans


def _owners(sentence: str, own: str | None = None, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    return [
        (r["value"], r["subject"], r["compared_to"])
        for r in extract_results(words, mentions, own=own, only_dataset=None)
    ]


def test_a_system_named_after_its_makers_possessive_is_still_the_compared_one():
    # stop 38's fresh set: "the best baseline outperforms OpenAI's ChatGPT by absolute improvements of 6.5%";
    # 44k: "surpassing the state-of-the-art results of ChatGPT by 10%"
    assert _owners(
        "Our best model outperforms BarCorp 's FooChat by absolute improvements of 6.5 % on QuxEval .",
        Model="FooChat",
        Dataset="QuxEval",
    ) == [("6.5%", None, "FooChat")]


def test_a_system_whose_level_is_beaten_is_the_baseline():
    # stop 37's fresh set: "Our best model beats the SOTA of IMoJIE on the recent CaRB dataset, with an improvement
    # of 39.63%"; 44k: "surpassing the state-of-the-art results of ChatGPT by 10% in average accuracy"
    assert _owners(
        "Our best model beats the SOTA of FooIE on the recent BarRC dataset , with an improvement of 39.6 % .",
        Model="FooIE",
        Dataset="BarRC",
    ) == [("39.6%", None, None)]
    assert _owners(
        "Our framework surpasses the state-of-the-art results of FooChat by 10 % in average accuracy on QuxGLUE .",
        Model="FooChat",
        Dataset="QuxGLUE",
        Metric="average accuracy",
    ) == [("10%", None, "FooChat")]


def test_the_system_whose_measure_is_raised_on_a_dataset_is_the_baseline():
    # stop 38's fresh set: "ConCoRD consistently boosts accuracy ..., notably increasing accuracy of LXMERT on
    # ConVQA by 5% absolute"; 44k: "boosts performance of Tree-of-Thoughts on the ProofWriter dataset by +8%"
    assert _owners(
        "FooFix boosts accuracy of QA models , notably increasing accuracy of BarNet on QuxQA by 5 % absolute .",
        Method="FooFix",
        Model="BarNet",
        Dataset="QuxQA",
        Metric="accuracy",
    ) == [("5%", "FooFix", "BarNet")]
    # a rise said of the system itself, with no "of" before it, is still its own number
    assert _owners(
        "BarNet increases accuracy on QuxQA by 5 % .",
        Model="BarNet",
        Dataset="QuxQA",
        Metric="accuracy",
    ) == [("5%", "BarNet", None)]


def test_a_task_or_system_label_alone_files_no_result():
    # stop 36's, 37's and 38's fresh sets (3 papers): "0.19 and 0.12 for Task1 and Task 2 respectively", "System1
    # secured the rank 22 ..., achieving the macro F1-score 0.46", "20.34% on the test set" filed under
    # "Subtask-1": a label typed Dataset names no data (RULINGS R5); the number goes to the data the paper names
    from paperkg.extract.pipeline import build_pipeline

    nlp = build_pipeline({"paperkg_decision": {"enabled": False}})
    text = (
        "We took part in the FooDialect shared task. The selected system achieved a macro F1 score of 20.34% "
        "on the test set of Subtask-1."
    )
    with nlp.select_pipes(disable=["paperkg_results"]):
        doc = nlp(text)
    start = text.index("Subtask-1")
    label = {"name": "Subtask-1", "type": "Dataset", "introduced": False, "mentions": [[start, start + 9]]}
    doc._.paperkg_entities = [e for e in doc._.paperkg_entities if e["name"] != "Subtask-1"] + [label]
    rows = [(r["dataset"], r["value"]) for r in nlp.get_pipe("paperkg_results")(doc)._.paperkg_results]
    assert rows == [("FooDialect shared task", "20.34%")]


def test_a_score_of_the_compared_phrase_is_the_compared_ones_level():
    # stop 36's and 38's fresh sets: "achieving 57.7% macro-F1 compared to the best LLM performance of 16.9%",
    # "significantly below the human benchmark of 95.1%"; 44k: "compared to single human performance of 78.0%
    # accuracy", "surpassing the best baseline's performance of 20.5%", "surpassing the GPT-4 baseline of 22.95%":
    # the subject's name before the comparison took the compared one's score (unnamed: subject null, R4)
    assert _owners(
        "FooBERT reaches 57.7 % macro-F1 on BarFact compared to the best LLM performance of 16.9 % .",
        Model="FooBERT",
        Dataset="BarFact",
        Metric="macro-F1",
    ) == [("57.7%", "FooBERT", None), ("16.9%", None, None)]
    assert _owners(
        "On BarSet , FooLM reaches 68.7 % , significantly below the human benchmark of 95.1 % .",
        Model="FooLM",
        Dataset="BarSet",
    ) == [("68.7%", "FooLM", None), ("95.1%", None, None)]
    # the owner's own clause after the comparison keeps its number, and a change over the baseline is no level
    assert _owners(
        "FooLM outperformed the provided baseline and achieved an F1-score of 0.683 on BarSet .",
        Model="FooLM",
        Dataset="BarSet",
        Metric="F1-score",
    ) == [("0.683", "FooLM", None)]
