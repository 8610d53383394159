import pytest

from paperkg.analytics import bipartite_graph, concept_card, concept_index, resolve_concept, resolve_paper
from paperkg.errors import NotFoundError


@pytest.mark.parametrize(
    "name, key",
    [
        ("dpo", "Method:dpo"),
        ("DIRECT preference optimization", "Method:dpo"),
        ("Method:dpo", "Method:dpo"),
        ("alpacaeval-2", "Dataset:alpacaeval-2"),
        ("math 500", "Dataset:math500"),
        ("Reinforcement Learning from Human Feedback", "Method:rlhf"),
    ],
)
def test_resolves_through_aliases_case_and_punctuation(data, name, key):
    assert resolve_concept(concept_index(data), name) == key


def test_kind_restricts_resolution(data):
    G = concept_index(data)
    assert resolve_concept(G, "gsm8k", kind="Dataset") == "Dataset:gsm8k"
    with pytest.raises(NotFoundError, match="no method named 'gsm8k'"):
        resolve_concept(G, "gsm8k", kind="Method")


def test_unknown_concept_suggests_close_names(data):
    with pytest.raises(NotFoundError) as err:
        resolve_concept(concept_index(data), "GSM8")
    assert err.value.suggestions == ["GSM8K"]
    assert str(err.value) == "no concept named 'GSM8'; did you mean: GSM8K?"
    assert err.value.exit_code == 1


def test_resolve_paper_by_id_title_and_fragment(data):
    B = bipartite_graph(data)
    assert resolve_paper(B, "p3") == "p3"
    assert resolve_paper(B, "comparing dpo and rlhf") == "p2"
    assert resolve_paper(B, "Fine-Tuning of Llama") == "p4"
    with pytest.raises(NotFoundError, match="matches 2 paper titles"):
        resolve_paper(B, "LoRA")
    with pytest.raises(NotFoundError) as err:
        resolve_paper(B, "RLHF for Maths and more")
    assert err.value.suggestions == ["RLHF for Math"]


def test_concept_card(data):
    card = concept_card(bipartite_graph(data), "Method:lora")
    assert (card["name"], card["kind"], card["aliases"], card["paper_count"]) == (
        "LoRA",
        "Method",
        ["low-rank adaptation"],
        2,
    )
    assert [p["id"] for p in card["papers"]] == ["p4", "p5"] and card["proposed_by"] == []
    # one shared paper each: MATH500, found only with LoRA, has the highest NPMI
    assert [n["name"] for n in card["neighbours"]] == ["MATH500", "GSM8K", "Llama"]
    assert [(r["role"], r["dataset"], r["value"]) for r in card["results"]] == [
        ("subject", "GSM8K", "70%"),
        ("subject", "MATH500", "12.5"),
    ]
    dpo = concept_card(bipartite_graph(data), "Method:dpo")
    assert dpo["proposed_by"] == [{"id": "p1", "title": "DPO: Your Language Model Is Secretly a Reward Model"}]
