import pytest


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Llama3-8B-Instruct wins", ["Llama3-8B-Instruct", "wins"]),
        ("GPT-4o and o1-mini", ["GPT-4o", "and", "o1-mini"]),
        ("pass@1 of 97.2\\%", ["pass@1", "of", "97.2", "\\%"]),
        ("D^{2}MoE and H_2O", ["D^{2}MoE", "and", "H_2O"]),
        ("top-k 8/128 tokens", ["top-k", "8/128", "tokens"]),
        ("2-5times faster", ["2-5", "times", "faster"]),
        ("is 179× faster", ["is", "179", "×", "faster"]),
        ("Qwen2.5-1M and ML-1m.", ["Qwen2.5-1M", "and", "ML-1m", "."]),
        ("on Qwen2.5-7B.", ["on", "Qwen2.5-7B", "."]),
        ("(FSR), e.g. BM25", ["(", "FSR", ")", ",", "e.g.", "BM25"]),
        ("MCTS-inspired LLM-based", ["MCTS", "-", "inspired", "LLM", "-", "based"]),
        ("nDCG@10,2", ["nDCG@10", ",", "2"]),
        ("low latency;(2) the", ["low", "latency", ";", "(2", ")", "the"]),
        ("SCBench(SharedContextBench)", ["SCBench", "(", "SharedContextBench", ")"]),
        ("F1= 0.71 and BLEU=0.45", ["F1", "=", "0.71", "and", "BLEU", "=", "0.45"]),
        # an elided compound: the first part is the name, the hyphen stands apart
        ("FrobNet- and BERT-based", ["FrobNet", "-", "and", "BERT", "-", "based"]),
        ("pre- and post-training", ["pre", "-", "and", "post-training"]),
    ],
)
def test_field_names_stay_whole(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_infix_rules_drop_only_the_hyphen_rules():
    from spacy.lang.en import English

    from paperkg.extract.tokenizer import infix_rules

    rules = infix_rules()
    assert not any("(?:-|–|—|--|---|——|~)" in r for r in rules)
    assert len(rules) == len(English.Defaults.infixes) + 5  # two dropped, seven narrower ones added
