"""Hand-written abstracts with the exact entities and results expected."""


def entities(ex):
    return {(e.name, e.type, e.introduced) for e in ex.entities}


def test_proposed_method_with_acronym_benchmarks_and_results(extract_one):
    ex = extract_one(
        "FooNet: Fast Retrieval for Everyone",
        "We propose FooNet, a retriever trained with Direct Preference Optimization (DPO). "
        "On MS MARCO and BEIR, FooNet improves nDCG@10 by 4.2 points over BM25.",
    )
    assert entities(ex) == {
        ("FooNet", "Method", True),
        ("Direct Preference Optimization", "Method", False),
        ("MS MARCO", "Dataset", False),
        ("BEIR", "Dataset", False),
        ("nDCG@10", "Metric", False),
        ("BM25", "Method", False),
    }
    assert {(r.subject, r.dataset, r.value) for r in ex.results} == {
        ("FooNet", "MS MARCO", "4.2 points"),
        ("FooNet", "BEIR", "4.2 points"),
    }


def test_models_metrics_and_tasks(extract_one):
    ex = extract_one(
        "Evaluating Code Models",
        "We evaluate Llama3-8B-Instruct, GPT-4o and Claude 3 Opus on HumanEval for code generation. "
        "GPT-4o reaches 90.2% pass@1 on HumanEval.",
    )
    assert entities(ex) == {
        ("Llama3-8B-Instruct", "Model", False),
        ("GPT-4o", "Model", False),
        ("Claude 3 Opus", "Model", False),
        ("HumanEval", "Dataset", False),
        ("code generation", "Task", False),
        ("pass@1", "Metric", False),
    }
    [r] = ex.results
    assert (r.subject, r.dataset, r.metric, r.value) == ("GPT-4o", "HumanEval", "pass@1", "90.2%")


def test_generic_catch_alls_are_not_entities(extract_one):
    ex = extract_one(
        "Large Language Models Are Useful",
        "Large language models (LLMs) and deep learning frameworks improve performance on downstream tasks.",
    )
    assert ex.entities == ()


def test_platforms_diseases_and_languages_are_not_entities_even_with_an_acronym(extract_one):
    """What a paper studies or draws data from is no Method or Dataset, however the context types it."""
    ex = extract_one(
        "Hope Speech in Video Comments",
        "We collect YouTube comments and COVID-19 tweets written in Modern Standard Arabic (MSA) by speakers "
        "whose native language (L1) differs, and train a BiLSTM for hope speech detection.",
    )
    names = {e.name for e in ex.entities}
    assert not names & {"YouTube", "COVID-19", "Modern Standard Arabic", "MSA", "L1", "native language"}
    assert "BiLSTM" in names


def test_a_dataset_named_by_its_long_form_is_a_dataset(extract_one):
    """A lexicon dataset's long form reads like a task ("... Natural Language Inference"); it names the data."""
    ex = extract_one("NLI", "We reach 88% accuracy on the Stanford Natural Language Inference corpus.")
    assert {e.name: e.type for e in ex.entities}.get("Stanford Natural Language Inference") == "Dataset"


def test_classes_of_representations_and_learning_paradigms_are_not_methods(extract_one):
    """The guideline's generic classes ("word embeddings", "encoder-decoder models") are no techniques."""
    ex = extract_one(
        "Notes on Representations",
        "We compare word embeddings with contextual embeddings in encoder-decoder models "
        "trained by supervised learning or unsupervised learning.",
    )
    assert ex.entities == ()


def test_a_knowledge_graph_is_a_resource_not_a_method_but_its_tasks_are_named(extract_one):
    """A knowledge graph or knowledge base a paper builds is neither a technique nor a named dataset;
    the task on it keeps its name, and so does a prompting technique written with "prompting"."""
    ex = extract_one(
        "Recipes as Graphs",
        "We build a knowledge graph (KG) of recipes and a knowledge base of tools, and study knowledge graph "
        "completion with chain-of-thought prompting.",
    )
    names = {e.name: e.type for e in ex.entities}
    assert not {n.lower().rstrip("s") for n in names} & {"knowledge graph", "knowledge base", "kg"}
    assert names.get("knowledge graph completion") == "Task"
    assert names.get("chain-of-thought prompting") == "Method"


def test_fine_tuning_named_as_a_technique_is_a_method(extract_one):
    ex = extract_one("Notes on Adaptation", "We compare fine-tuning with in-context learning on a small corpus.")
    assert ("fine-tuning", "Method", False) in entities(ex)


def test_evidence_points_into_paper_text(extract_one, paper_factory):
    title, abstract = "A Study of LoRA", "We study LoRA on GLUE."
    ex = extract_one(title, abstract)
    text = paper_factory(title, abstract).text
    for e in ex.entities:
        for ev in e.evidence:
            assert text[ev.start : ev.end].lower().rstrip("s") in {e.name.lower(), *(a.lower() for a in e.aliases)}
            assert text[ev.start : ev.end] in ev.sentence


def test_technique_phrase_said_once_counts_when_nothing_continues_it(extract_one):
    ex = extract_one(
        "Training Retrievers Faster",
        "We train the retriever with stratified negative sampling. "
        "The quality of token selection scores is low, and we learn from human feedback.",
    )
    names = {e.name for e in ex.entities}
    assert "stratified negative sampling" in names
    assert "token selection" not in names
    assert "human feedback" not in names


def test_retrieval_and_modeling_head_task_names(extract_one):
    ex = extract_one(
        "Indexing for Search",
        "We study multilingual passage retrieval and long-document modeling, not top-10 retrieval.",
    )
    assert {(e.name, e.type) for e in ex.entities} >= {
        ("multilingual passage retrieval", "Task"),
        ("long-document modeling", "Task"),
    }
    assert "top-10 retrieval" not in {e.name for e in ex.entities}


def test_quantity_of_a_known_thing_is_a_metric(extract_one):
    ex = extract_one("Cache Compression", "We reduce the KV cache usage by half.")
    assert ("KV cache usage", "Metric") in {(e.name, e.type) for e in ex.entities}


def test_known_technique_before_a_technique_head_is_one_name(extract_one):
    ex = extract_one("Decoding Faster", "We replace full fine-tuning with LoRA fine-tuning.")
    assert ("LoRA fine-tuning", "Method") in {(e.name, e.type) for e in ex.entities}


def test_unknown_multiword_names_listed_with_known_ones(extract_one):
    ex = extract_one(
        "A Study of Speech Models",
        "We compare Whisper, Seamless Expressive, and Canary-1B. "
        "Training on real-world ETTh1 data is 20% faster than on WikiText-103.",
    )
    assert {("Seamless Expressive", "Model"), ("ETTh1", "Dataset"), ("WikiText-103", "Dataset")} <= {
        (e.name, e.type) for e in ex.entities
    }


def test_a_coined_method_name_takes_no_verb_as_modifier(extract_one):
    ex = extract_one("Compressing Reasoning Models", "We run SparseGPT on distilled models and apply multi-hop QA.")
    names = {(e.name, e.type) for e in ex.entities}
    assert ("SparseGPT", "Method") in names and not any(n.startswith("run") for n, _ in names)


def test_technique_said_once_before_a_generic_head_noun(extract_one):
    ex = extract_one(
        "Ranking at Scale", "We also propose a human-anchored fine-tuning strategy for the online ranking system."
    )
    assert ("human-anchored fine-tuning", "Method") in {(e.name, e.type) for e in ex.entities}


def test_a_capitalised_task_word_belongs_to_the_name(extract_one):
    ex = extract_one(
        "Pre-training for Retrieval",
        "The tasks we study are Inverse Cloze Task (ICT) and open-domain question answering tasks (OpenQA).",
    )
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Inverse Cloze Task") == "Method" and names.get("open-domain question answering") == "Task"


def test_a_task_word_the_acronym_spells_belongs_to_the_name(extract_one):
    """ "tasks" is the T of the acronym: the name is the whole long form, not a fragment without its head."""
    ex = extract_one("Retrieval for Frobbing", "Frob-intensive parsing tasks (FIPT) need evidence from a corpus.")
    names = {e.name for e in ex.entities}
    assert "Frob-intensive parsing tasks" in names and "Frob-intensive parsing" not in names


def test_the_purpose_after_we_present_is_not_the_contribution(extract_one):
    ex = extract_one(
        "Mask R-CNN: Instance Segmentation Revisited",
        "We present a simple framework for object instance segmentation. Our approach, called Mask R-CNN, "
        "extends Faster R-CNN.",
    )
    introduced = {e.name for e in ex.entities if e.introduced}
    assert introduced == {"Mask R-CNN"}


def test_a_known_dataset_with_a_version_stays_a_dataset(extract_one):
    ex = extract_one("BERT", "BERT pushes SQuAD v1.1 question answering Test F1 to 93.2.")
    assert ("SQuAD v1.1", "Dataset") in {(e.name, e.type) for e in ex.entities}
    assert [(r.dataset, r.metric, r.value) for r in ex.results] == [("SQuAD v1.1", "F1", "93.2")]


def test_a_benchmark_edition_year_is_part_of_its_name(extract_one):
    ex = extract_one("Translation", "Our model achieves 28.4 BLEU on the WMT 2014 English-to-German translation task.")
    # and so is its translation direction (guideline notes 2: "WMT 2014 English-German")
    assert ("WMT 2014 English-to-German", "Dataset") in {(e.name, e.type) for e in ex.entities}
    assert [(r.dataset, r.metric, r.value) for r in ex.results] == [("WMT 2014 English-to-German", "BLEU", "28.4")]


def test_a_setting_by_the_number_of_classes_is_no_task(extract_one):
    """ "binary classification" says how many labels a problem has, not which problem it is."""
    ex = extract_one(
        "Notes on Labels", "We cast stance detection as binary classification or multi-class classification."
    )
    names = {e.name for e in ex.entities}
    assert "stance detection" in names and not names & {"binary classification", "multi-class classification"}


def test_agreement_and_averaged_metrics_in_their_usual_spellings(extract_one):
    """A typographic apostrophe ("Cohen’s") and the averaging scheme after the measure ("F1 macro") are
    spellings of the listed metrics."""
    ex = extract_one(
        "Notes on Agreement",
        "Annotators agree (Cohen’s kappa coefficient 0.71, Krippendorff’s alpha 0.66); the tagger reaches "
        "62.0 F1 macro, and Spearman’s correlation with human ranks is 0.5.",
    )
    metrics = {e.name for e in ex.entities if e.type == "Metric"}
    assert {"Cohen’s kappa coefficient", "Krippendorff’s alpha", "F1 macro", "Spearman’s correlation"} <= metrics


def test_an_acronym_of_the_last_words_is_an_alias_of_the_wider_name(extract_one):
    """ "open-domain question answering (QA)": the acronym spells the last words; the name is the wider phrase."""
    ex = extract_one(
        "Notes on Readers", "We study open-domain question answering (QA) with a sparse retriever; QA is hard."
    )
    tasks = [(e.name, e.aliases) for e in ex.entities if e.type == "Task"]
    assert tasks == [("open-domain question answering", ("QA",))]


def test_a_citation_or_abbreviation_point_does_not_end_the_sentence(extract_one):
    # "(Foo et al., 2031) by 3 points": the point of "al." ends no sentence, so the number keeps its dataset
    ex = extract_one(
        "Prompting for Dialogs",
        "On the BarWOZ 9.1 dataset (Foo et al., 2031), our prompts improve the combined score (Baz et al., 2030) "
        "by approx. 3.5 points.",
    )
    [r] = ex.results
    assert (r.dataset, r.value) == ("BarWOZ 9.1", "3.5 points")
    assert r.sentence.startswith("On the BarWOZ")
