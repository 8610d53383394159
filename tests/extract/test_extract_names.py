import pytest

from paperkg.extract.names import (
    extend_model,
    find_names,
    is_at_metric,
    is_model_token,
    is_name_shape,
    is_size,
    shape_type,
)


@pytest.mark.parametrize(
    "word",
    [
        "SimPO",
        "TokenSelect",
        "GSM8K",
        "MATH500",
        "E2LM",
        "PET-Select",
        "pass@1",
        "Lite-LLM4Rec",
        "D^2MoE",
        "H_2O",
        "MT-Bench",
        "node2vec",
    ],
)
def test_coined_names_have_a_name_shape(word):
    assert is_name_shape(word)


@pytest.mark.parametrize(
    "word",
    [
        "The",
        "model",
        "7B",
        "97.2",
        "2024",
        "LLM-based",
        "Token-Level",
        "Coarse-to-Fine",
        "A100",
        "GB",
        "https://github.com/x/y",
        "3^{rd}",
        "15^{th",
        "2^nd",
    ],
)
def test_words_and_adjectives_do_not(word):
    assert not is_name_shape(word)


def test_shape_types():
    assert shape_type("MT-Bench") == shape_type("AlpacaEval") == shape_type("HotpotQA") == "Dataset"
    assert shape_type("nDCG@10") == "Metric" and is_at_metric("Sufficiency@k")
    assert shape_type("SimPO") == ""


def test_bleu_glued_to_a_lower_case_prefix_is_a_metric():
    # spBLEU, eBLEU, ParaBLEU, SentBLEU, F200spBLEU (ACL 44k: 13 spellings in 18 abstracts); not a number glued on
    assert shape_type("zqBLEU") == shape_type("Frob200zqBLEU") == "Metric"
    assert shape_type("96BLEU") == shape_type("BLEU") == ""


def test_capitals_bert_and_capital_v_versions_are_models():
    # MARBERT, ARBERT, ALBERT, SBERT (all capitals + BERT) and DeBERTaV3(-base) are checkpoints: counted
    # in the 44k corpus, 54 such names in 173 abstracts; a coinage with lower case before the capitals
    # (the paper's MiniFOOBERT) and capitals before short stems (an acronym's end: FACT5) stay untyped
    assert shape_type("ZORBERT") == shape_type("QuxBERTaV3-base") == shape_type("QuxBERTV2") == "Model"
    assert shape_type("MiniZORBERT") == shape_type("ZORT5") == shape_type("BERT") == ""
    words = "We fine-tune ZORBERT and QuxBERTaV3-base on the data .".split()
    assert [w[2] for w in find_names(words) if w[2] == "Model"] == ["Model", "Model"]


def test_prefixed_score_is_a_metric():
    # a hyphenated prefix on a score's acronym is a variant of the score, not a technique
    assert shape_type("ASR-BLEU") == shape_type("Foo-MQM") == shape_type("Bar-F1") == "Metric"
    assert shape_type("GD-COMET") == "" and shape_type("BLEU") == "" and shape_type("MT-Bench") == "Dataset"
    words = "The Foo system reaches 21.3 ASR-BLEU on the test set .".split()
    assert [w for w in find_names(words) if w[2] == "Metric"] == [[5, 6, "Metric", "shape"]]


def test_model_family_stems():
    assert is_model_token("Llama3-8B-Instruct") and is_model_token("GPT-4o") and is_model_token("Qwen2.5")
    assert not is_model_token("GPTQ") and not is_model_token("BERTScore") and not is_model_token("Philosophy")
    assert is_size("671B") and is_size("8x7B") and not is_size("2024")


def test_model_names_extend_over_versions_sizes_and_variants():
    words = "Claude 3 Opus and Llama 3 8B beat DeepSeek-R1 671B".split()
    assert extend_model(words, 0, 1) == 3
    assert extend_model("Whisper large-v3 as teacher".split(), 0, 1) == 2
    assert extend_model("BERT large gains".split(), 0, 1) == 1
    assert [words[s:e] for s, e, _, _ in find_names(words)] == [
        ["Claude", "3", "Opus"],
        ["Llama", "3", "8B"],
        ["DeepSeek-R1", "671B"],
    ]


def test_benchmark_suffix_after_a_catch_all_word_is_one_name():
    from paperkg.extract.names import find_names

    assert [0, 2, "Dataset", "shape"] in find_names("AI Bench".split(), frozenset({"ai"}))


def test_a_formula_cut_by_the_tokenizer_is_not_a_name():
    assert not is_name_shape("sub-O(n^2") and not is_name_shape("ZeroQuant(4") and is_name_shape("D^{2}MoE")


@pytest.mark.parametrize("word", ["LLMgenerated", "BERTbased", "GPTlike", "CNNtrained", "RNNs", "LLMpowered"])
def test_an_acronym_glued_to_an_adjective_ending_is_no_name(word):
    # a hyphen lost in the PDF text ("LLM-generated"); "RNNs" is only here as a plural name that stays one
    assert is_name_shape(word) == (word == "RNNs")


@pytest.mark.parametrize("word", ["BERTScore", "XGBoost", "CCGbank", "DBpedia", "BCubed"])
def test_coined_names_with_a_lower_case_part_keep_their_shape(word):
    assert is_name_shape(word)


def test_bare_letter_digit_labels_are_no_names():
    def names(text):
        words = text.split()
        return [" ".join(words[s:e]) for s, e, _, _ in find_names(words)]

    assert names("Learners at levels A2 and B1 read the texts .") == []
    assert names("We report Task A1 and Task A2 scores .") == []
    assert names("Questions Q1 , Q2 and Q3 are open .") == []
    assert names("Results are in Section C4 .") == []
    # a lone one may be a name: a model written with one letter and one digit
    assert names("We fine-tune Z7 on the reviews .") == ["Z7"]


def test_a_defined_letter_digit_name_is_kept(nlp):
    doc = nlp("Parsing lattices\n\nWe propose a new parser called Q7 and its variants Q7a and Q7b.")
    assert "Q7" in {e["name"] for e in doc._.paperkg_entities}
    doc = nlp("Parsing lattices\n\nWe evaluate on levels B1 and B2. The LLMgenerated texts are at B2.")
    assert not {"B1", "B2", "LLMgenerated"} & {e["name"] for e in doc._.paperkg_entities}


@pytest.mark.parametrize("word", ["LLM-Generated", "AI-Assisted", "GPT-Annotated", "Foo-Derived", "LLM-generated"])
def test_a_title_case_hyphenated_participle_is_an_adjective(word):
    # a title writes "LLM-Generated Texts": the adjective "LLM-generated", not a name
    assert not is_name_shape(word)


@pytest.mark.parametrize("word", ["FooLM-Embed", "Arena-Hard", "MT-Bench"])
def test_a_capitalised_noun_after_a_hyphen_keeps_the_name(word):
    assert is_name_shape(word)


@pytest.mark.parametrize("word", ["FooBERTa-Based", "ChatFoo-Generated", "Foo4-Based", "xFoo5-Guided", "LLMs-Powered"])
def test_a_coined_name_made_an_adjective_is_no_name(word):
    # internal capitals or digits in the first part do not make "FooBERTa-Based" a name
    assert not is_name_shape(word)


@pytest.mark.parametrize("word", ["FooNLP-2025-Shared-Task", "LongFoo-Length", "FooBench-Hard"])
def test_a_noun_tail_keeps_a_coined_name(word):
    assert is_name_shape(word)


def test_a_hyphenated_modifier_or_a_determiner_opens_no_dataset_shape():
    """ "Cross-Corpus Data Augmentation", "Multi-Bench tuning": a prefix of degree or number makes an adjective;
    "Our Arena-style evaluation": a determiner before a name suffix opens no name; "Arena-Hard" stays a name."""
    from paperkg.extract.names import find_names, is_name_shape

    assert not is_name_shape("Cross-Corpus") and not is_name_shape("Multi-Bench") and is_name_shape("Zorb-Hard")
    assert find_names("Our Arena - style tests and Zorb QA".split()) == [[6, 8, "Dataset", "shape"]]


def test_a_coined_checkpoint_with_a_version_and_size_after_its_family_stem_is_a_model(extract_one):
    ex = extract_one("Detecting Quux Reviews", "We fine-tuned QuuxBERTv0.3-large and FrobT5-xxl on the reviews.")
    found = {e.name: e.type for e in ex.entities}
    assert found.get("QuuxBERTv0.3-large") == "Model" and found.get("FrobT5-xxl") == "Model"
