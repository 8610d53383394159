"""A tokenizer's special token ([CLS], [SEP], [MASK], <eos>) is a position of the input, not a concept:
a paper that writes it never gives it a node, while a paper that defines the same letters as its own
acronym keeps it (read33: BERT's CLS had joined another paper's "chunk-level sparsity (CLS)"). Invented names."""


def names(ex):
    return {e.name: (e.type, e.aliases) for e in ex.entities}


def test_a_bare_or_bracketed_special_token_is_no_concept(extract_one):
    ex = extract_one(
        "Zorbing Rankers",
        "We distil ZorbRank into a BERT CLS dot product model and into a Zorbformer that pools the [SEP] "
        "and [MASK] vectors. ZorbRank improves MRR@10 by 2 points.",
    )
    found = names(ex)
    assert not {"CLS", "[CLS]", "SEP", "[SEP]", "MASK", "[MASK]"} & set(found)


def test_a_defined_acronym_with_a_special_tokens_letters_stays(extract_one):
    ex = extract_one(
        "Quarble Networks",
        "We propose chunk-level quarble sparsity (CLS), which makes Quarble networks 3 times faster. CLS-aware "
        "training keeps 90% accuracy.",
    )
    found = names(ex)
    assert any("CLS" in aliases for _, aliases in found.values()) or "CLS" in found
