"""Result owners people can trust (stop 47, subj47, issue 14): a name that a gerund of use puts inside another
system's phrase ("when employing a pre-trained X encoder", "the model utilizing X as transformer"), with no verb
linking it to the number, owns no number: the system that uses it does. Invented sentences."""

from paperkg.extract.results import extract_results
from paperkg.model import MIN_RESULT_CONFIDENCE

from .conftest import mention_spans


def _subjects(sentence: str, own: str | None = None, **names: str) -> dict[str, str | None]:
    words, mentions = mention_spans(sentence, **names)
    rows = extract_results(words, mentions, own=own, only_dataset=None)
    return {r["value"]: r["subject"] for r in rows if r["confidence"] >= MIN_RESULT_CONFIDENCE}


def test_a_model_a_gerund_of_use_puts_to_work_owns_no_number():
    # "It enjoys further performance boost when employing a pre-trained BERT encoder, outperforming the strongest
    # baseline by 17.5 ..."; "The model utilizing XLNet as transformer and a dependency parser on top achieved 87.43%"
    assert _subjects(
        "It gains further when employing a pre-trained FooBERT encoder , outperforming the strongest baseline by "
        "17.5 F1 on ZorbQA .",
        Model="FooBERT",
        Dataset="ZorbQA",
        Metric="F1",
    ) == {"17.5 F1": None}
    assert _subjects(
        "The classifier utilizing FooBERT as encoder and a parser on top achieved 87.4 % macro-F1 on ZorbQA .",
        Model="FooBERT",
        Dataset="ZorbQA",
        Metric="macro-F1",
    ) == {"87.4%": None}


def test_a_used_model_the_verb_reports_on_keeps_the_owner():
    # the subject of the verb stays the owner, whatever it uses
    assert _subjects(
        "FooBERT , using a new loss , reaches 91.2 % accuracy on ZorbQA .",
        Model="FooBERT",
        Dataset="ZorbQA",
        Metric="accuracy",
    ) == {"91.2%": "FooBERT"}
    assert _subjects(
        "After pretraining FooBERT on tweets , FooBERT achieves 66.5 % F1 on ZorbQA .",
        Model="FooBERT",
        Dataset="ZorbQA",
        Metric="F1",
    ) == {"66.5%": "FooBERT"}
