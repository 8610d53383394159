from paperkg.extract.lexicon import (
    TYPE_FILES,
    fold,
    is_capitalised_word,
    is_model_word,
    is_exact_case,
    lexicon_dir,
    load_lexicon,
    load_metric_directions,
    load_word_list,
    parse_lexicon_lines,
    spelling_variants,
)


def test_fold_matches_the_guideline():
    assert fold("LLaMA 2") == fold("Llama-2") == fold("llama2")
    assert fold("LLMs") == fold("LLM")
    assert fold("class") == "class"


def test_spelling_variants_cover_hyphen_space_and_plural():
    v = spelling_variants("open-domain question answering")
    assert "open domain question answering" in v and "open-domain question-answering" in v
    assert "open-domain question answerings" in v
    assert "MATH500" in spelling_variants("MATH-500")
    assert "MultiPLE" not in spelling_variants("MultiPL-E")  # a hyphen only drops before a digit


def test_an_acronym_plural_takes_a_lower_case_s():
    assert "GRUs" in spelling_variants("GRU") and "bi-GRUs" in spelling_variants("bi-GRU")
    assert "GRUS" not in spelling_variants("GRU") and "Bs" not in spelling_variants("B")


def test_exact_case_for_short_capital_names():
    assert is_exact_case("RAG") and is_exact_case("MoE") and is_exact_case("F1")
    assert not is_exact_case("accuracy") and not is_exact_case("Mistral")


def test_parse_lines_skips_comments():
    entries = parse_lexicon_lines(["# header", "", "low-rank adaptation\tLoRA|LoRA adapters"], "Method")
    assert entries[0].name == "low-rank adaptation" and entries[0].aliases == ("LoRA", "LoRA adapters")


def test_every_lexicon_file_says_where_it_comes_from_and_is_broad():
    for fname in (*TYPE_FILES.values(), "generic.txt", "subjects.txt", "model_families.txt"):
        head = (lexicon_dir() / fname).read_text(encoding="utf-8").splitlines()[:3]
        assert any(line.startswith("#") and "ource" in line for line in head), fname
    by_type = {}
    for e in load_lexicon():
        by_type[e.type] = by_type.get(e.type, 0) + 1
    assert sum(by_type.values()) >= 1000 and min(by_type.values()) >= 100
    assert "LLM" in load_word_list("generic.txt")
    assert (lexicon_dir() / "README.md").exists()


def test_matcher_finds_lexicon_names(nlp):
    doc = nlp.get_pipe("paperkg_lexicon")(
        nlp.make_doc("We fine-tune with low-rank adaptation and report BLEU on MS COCO.")
    )
    found = {(doc[s:e].text, t) for s, e, t, _ in doc._.paperkg_lexicon}
    assert ("low-rank adaptation", "Method") in found
    assert ("BLEU", "Metric") in found
    assert ("MS COCO", "Dataset") in found


def test_a_possessive_inside_a_benchmark_name_is_matched_whole(nlp):
    """ "the Children’s Book Test" was cut at its possessive: "Children" became a Method (4 papers of ACL 44k)."""
    doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc("Our reader leads on the Children’s Book Test and ARC."))
    found = {(doc[s:e].text, t) for s, e, t, _ in doc._.paperkg_lexicon}
    assert ("Children’s Book Test", "Dataset") in found
    assert not any(name == "Children" for name, _ in found)


def test_every_metric_has_a_direction():
    directions = load_metric_directions()
    metrics = [e.name for e in load_lexicon() if e.type == "Metric"]
    assert set(directions.values()) == {"higher", "lower"}
    assert set(metrics) == set(directions), set(metrics) ^ set(directions)
    for lower in (
        "word error rate",
        "perplexity",
        "latency",
        "FLOPs",
        "mean absolute error",
        "equal error rate",
        "TER",
    ):
        assert directions[lower] == "lower", lower
    for higher in ("accuracy", "BLEU", "F1", "throughput", "mean reciprocal rank"):
        assert directions[higher] == "higher", higher


def test_lexicons_are_field_scale():
    by_type = {}
    for e in load_lexicon():
        by_type[e.type] = by_type.get(e.type, 0) + 1
    assert by_type["Dataset"] >= 2000 and by_type["Task"] >= 1000 and by_type["Metric"] >= 1000
    assert min(by_type["Model"], by_type["Method"]) >= 700


def test_lexicon_names_are_not_english_words_or_catch_alls():
    # a long all-capital name is matched without case, so MASSIVE would match "massive"
    generic = {fold(w) for w in load_word_list("generic.txt")}
    for e in load_lexicon():
        for n in (e.name, *e.aliases):
            assert fold(n) not in generic or n == "QuALITY", n
            assert n.lower() not in {"massive", "mutual", "complex", "break", "performer", "stance", "tokenization"}, n


def _lexicon_types(nlp, text: str) -> dict[str, tuple[str, str]]:
    doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc(text))
    return {doc[s:e].text: (t, canonical) for s, e, t, canonical in doc._.paperkg_lexicon}


def test_an_acronym_two_types_list_takes_the_sense_its_document_writes_about(nlp):
    """ASR is both a task (automatic speech recognition) and a metric (attack success rate): the
    paper's own words decide, not a fixed order of types; "error rate" (a kind word) decides nothing."""
    speech = _lexicon_types(nlp, "We cut the ASR error rate on accented speech by a third.")
    assert speech["ASR"] == ("Task", "automatic speech recognition")
    attack = _lexicon_types(nlp, "Our jailbreak attack raises the ASR of the target model to 90%.")
    assert attack["ASR"] == ("Metric", "attack success rate")


def test_an_acronym_two_types_list_without_clues_takes_the_sense_listed_first(nlp):
    """senses.tsv lists attack success rate first for ASR (its block says why): a bare ASR with no cue keeps it."""
    assert _lexicon_types(nlp, "ASR rises to 40%.")["ASR"] == ("Metric", "attack success rate")


def test_a_metric_acronym_with_a_model_namesake_takes_the_sense_of_its_document(nlp):
    """COMET the MT metric and COMET the commonsense model (senses.tsv cue words); the spelling itself
    is evidence for neither."""
    mt = _lexicon_types(nlp, "We rerank translation candidates with COMET and report BLEU on WMT test sets.")
    assert mt["COMET"] == ("Metric", "COMET")
    cs = _lexicon_types(nlp, "For each character we query COMET for xReact inferences learned from ATOMIC.")
    assert cs["COMET"] == ("Model", "commonsense transformer")
    assert _lexicon_types(nlp, "Scores rise by two COMET points.")["COMET"] == ("Metric", "COMET")


def test_the_noun_after_an_acronym_decides_its_sense_for_that_mention(nlp):
    """ "MAP decoding" is maximum a posteriori even beside a ranking word; "a MAP of" stays the metric;
    "ASR transcripts" is speech recognition in a paper about attacks."""
    decoding = _lexicon_types(nlp, "We replace MAP decoding with sampling when ranking hypotheses.")
    assert decoding["MAP"] == ("Method", "maximum a posteriori")
    ranking = _lexicon_types(nlp, "Our reranker reaches a MAP of 0.52 on the query set.")
    assert ranking["MAP"] == ("Metric", "MAP")
    captions = _lexicon_types(nlp, "The attack fools a captioner fed with ASR transcripts of the adversarial audio.")
    assert captions["ASR"] == ("Task", "automatic speech recognition")


def test_em_is_exact_match_in_a_qa_paper_and_expectation_maximization_in_a_latent_variable_one(nlp):
    """EM names two things (senses.tsv): the QA metric, the common reading, and the EM algorithm, which the
    44k graph's "exact match" node had swallowed (6 papers: "hard EM", "EM routing", "the EM estimation")."""
    qa = _lexicon_types(nlp, "Our reader reaches 81.2 EM and 88.0 F1 on the question answering benchmark.")
    assert qa["EM"] == ("Metric", "exact match")
    latent = _lexicon_types(nlp, "We fit the latent alignments with an EM algorithm that maximises the likelihood.")
    assert latent["EM"] == ("Method", "expectation maximization")
    assert _lexicon_types(nlp, "EM rises to 40%.")["EM"] == ("Metric", "exact match")


def test_a_hyphenated_f_1_is_the_f1_metric(nlp):
    found = _lexicon_types(nlp, "The tagger reaches 0.81 F-1 and a macro F-1 of 70.2 on the held-out set.")
    assert found["F-1"] == ("Metric", "F1")
    assert found["macro F-1"] == ("Metric", "macro-F1")


def test_every_sense_cue_row_names_a_lexicon_entry_of_its_type():
    """A senses.tsv row for an entry the lexicons do not list would never decide anything."""
    from paperkg.extract.lexicon import load_sense_cues

    entries = {(e.type, e.name) for e in load_lexicon()}
    for key in load_sense_cues():
        assert key in entries, key


def test_subjects_are_never_lexicon_names():
    subjects = {fold(w) for w in load_word_list("subjects.txt")}
    assert {fold("YouTube"), fold("COVID-19"), fold("Modern Standard Arabic")} <= subjects
    for e in load_lexicon():
        for n in (e.name, *e.aliases):
            assert fold(n) not in subjects, n


def test_a_title_case_hyphenated_name_matches_its_lower_case_entry(nlp):
    """The tokenizer splits a lower-case adjective suffix off ("quantization - aware"), not a
    capitalised one ("Quantization-Aware"): both spellings find the entry."""
    for text in (
        "We apply quantization-aware training and model-based reinforcement learning.",
        "We apply Quantization-Aware Training and Model-Based Reinforcement Learning.",
    ):
        doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc(text))
        names = {name for _, _, t, name in doc._.paperkg_lexicon if t == "Method"}
        assert {"quantization-aware training", "model-based reinforcement learning"} <= names, text


def test_a_name_written_in_capitals_is_not_the_lower_case_word(nlp):
    """REINFORCE is the algorithm; "reinforce" in lower case is the English verb, and a capital
    forced by a sentence start or a Title Case title says nothing."""
    assert is_capitalised_word("REINFORCE") and not is_capitalised_word("Transformer")
    assert not is_capitalised_word("BLEU")  # short capitals were exact already

    def hits(text):
        doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc(text))
        return [doc[s:e].text for s, e, t, name in doc._.paperkg_lexicon if name == "REINFORCE"]

    assert hits("Title\n\nWe train the policy with REINFORCE, as Reinforce was used before.") == [
        "REINFORCE",
        "Reinforce",
    ]
    assert hits("Title\n\nRewards reinforce the behaviour, and feedback reinforces it.") == []
    assert hits("Models Reinforce Old Habits\n\nReinforce the claim with evidence.") == []


def test_a_name_with_a_capital_inside_matches_with_its_first_letter_capitalised(nlp):
    """ "fastText" and "spaCy" are written "FastText" and "SpaCy" too (at a sentence start and often
    elsewhere): with the capital inside, neither is an English word (invented sentences)."""

    def hits(text):
        doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc(text))
        return [(doc[s:e].text, t) for s, e, t, name in doc._.paperkg_lexicon]

    assert ("FastText", "Model") in hits("Title\n\nFastText vectors and SpaCy parses feed the zorb tagger.")
    assert ("SpaCy", "Model") in hits("Title\n\nFastText vectors and SpaCy parses feed the zorb tagger.")
    assert ("fastText", "Model") in hits("Title\n\nWe use fastText for zorbs.")


def test_a_model_named_by_one_capitalised_word_is_not_the_lower_case_word(nlp):
    """Whisper, Inception and Falcon are models only as the field writes them; "whispers",
    "since its inception", "a falcon" are English words."""
    assert is_model_word("Whisper") and not is_model_word("LLaMA") and not is_model_word("GPT-4")

    def models(text):
        doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc(text))
        return [doc[s:e].text for s, e, t, name in doc._.paperkg_lexicon if t == "Model"]

    assert models("We transcribe with Whisper and classify with Inception.") == ["Whisper", "Inception"]
    assert models("Speech styles such as whispers have been studied since the inception of the field.") == []
    assert models("We compare against WHISPER.") == ["WHISPER"]


def test_a_technique_named_by_one_capitalised_word_is_not_the_lower_case_word(nlp):
    """ "Transformer" and "Mamba" name techniques as the field writes them; in lower case they are English
    words or, for "pretrained transformers", the class of models built on the architecture."""

    def methods(text):
        doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc(text))
        return [doc[s:e].text for s, e, t, name in doc._.paperkg_lexicon if t == "Method"]

    assert methods("We compare a Transformer encoder with a Mamba decoder.") == ["Transformer", "Mamba"]
    assert methods("We fine-tune pretrained transformers and watch a black mamba.") == []


def test_a_prefixed_word_matches_closed_or_hyphenated(nlp):
    """ "auto-encoder" is the lexicon's "autoencoder", "multitask learning" its "multi-task learning"."""

    def methods(text):
        doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc(text))
        return [doc[s:e].text for s, e, t, name in doc._.paperkg_lexicon if t == "Method"]

    assert {"variational auto-encoder", "multitask learning"} <= set(
        methods("We train a variational auto-encoder with multitask learning.")
    )


def test_a_loss_trained_with_is_a_method_and_a_loss_reported_is_a_metric():
    """Guideline: a Method is a training procedure, a Metric a measured quantity that is reported."""
    types = {e.name: e.type for e in load_lexicon()}
    assert {types[n] for n in ("cross-entropy loss", "hinge loss", "contrastive loss", "focal loss")} == {"Method"}
    assert {types[n] for n in ("validation loss", "training loss", "Hamming loss", "log loss")} == {"Metric"}


def test_a_british_or_american_spelling_matches_the_entry_written_the_other_way(nlp):
    """ "language modelling" is the lexicon's "language modeling", "dialog state tracking" its "dialogue
    state tracking", "Text Summarisation" its "text summarization" (invented sentences); words that only
    look British ("promise", "spelling") are left alone."""

    def found(text):
        doc = nlp.get_pipe("paperkg_lexicon")(nlp.make_doc(text))
        return {(doc[s:e].text, t) for s, e, t, name in doc._.paperkg_lexicon}

    hits = found("We study language modelling, dialog state tracking and Text Summarisation for zorbs.")
    assert {("language modelling", "Task"), ("dialog state tracking", "Task"), ("Text Summarisation", "Task")} <= hits
    assert ("sequence labelling", "Task") in found("Sequence labelling of zorbs: sequence labelling helps.")
    assert not {h for h in found("A promise of better spelling for zorbs.") if "spelling" in h[0]}
    # a modifier's other form, which fold makes one name too: "grammar error correction", "automated essay scoring"
    hits = found("Zorbs help grammar error correction and automatic essay scoring.")
    assert {("grammar error correction", "Task"), ("automatic essay scoring", "Task")} <= hits


def test_automatic_and_a_head_that_needs_its_object_names_no_task(extract_one):
    """ "automatic detection of sarcasm": the vague aim is no task (the guideline's "vague aims");
    a named task built the same way ("automatic post-editing") stays."""
    ex = extract_one(
        "Sarcasm in reviews",
        "We study the automatic detection of sarcasm and the automated "
        "extraction of opinions, and apply automatic post-editing to machine translation output.",
    )
    names = {e.name.lower() for e in ex.entities}
    assert not names & {"automatic detection", "automated extraction"}
    assert "automatic post-editing" in names


def test_a_one_word_task_named_by_an_action_noun_has_no_plural(extract_one):
    """ "recommendations" is advice or a recommender's output, "recommendation" the task."""
    ex = extract_one("Notes", "We conclude with recommendations for annotators. We study news recommendation.")
    names = {e.name for e in ex.entities if e.type == "Task"}
    assert "recommendations" not in names and any("recommendation" in n for n in names)


# The lexicon's T5 entry lists the long form its paper defines (Raffel et al., JMLR 2020), so a paper's
# "Text-to-Text Transfer Transformer (T5)" is the T5 model, not a method of its own name (invented sentence).
def test_t5_long_form_is_the_t5_model(extract_one):
    ex = extract_one(
        "Zorb tagging", "We fine-tune a pretrained text-to-text transfer transformer (T5) on zorb tagging data."
    )
    found = {(e.type, e.name) for e in ex.entities}
    assert ("Model", "T5") in found or any(e.type == "Model" and "T5" in (e.name, *e.aliases) for e in ex.entities)
    assert not any(e.type == "Method" and "transfer transformer" in e.name.lower() for e in ex.entities)


def test_a_released_toolkit_is_a_model(extract_one):
    """Guideline notes 3: named released software systems and toolkits are Models."""
    ex = extract_one(
        "Notes on Glorp", "We tokenize with spaCy, parse with UDPipe and train the translator with fairseq."
    )
    assert {e.name: e.type for e in ex.entities} == {"spaCy": "Model", "UDPipe": "Model", "fairseq": "Model"}


def test_frameworks_are_methods_and_released_toolkits_models(extract_one):
    """ANNOTATION.md counts a framework as a Method (deep-learning frameworks, training and serving systems);
    GUIDE-NOTES 3 / RULINGS R9 make someone else's released toolkit or library a Model."""
    ex = extract_one(
        "Notes on Glorp",
        "We train the glorp tagger in PyTorch with DeepSpeed, serve it with vLLM, align glosses with GIZA++ "
        "and index them with Pyserini.",
    )
    types = {e.name: e.type for e in ex.entities}
    assert {n: types.get(n) for n in ("PyTorch", "DeepSpeed", "vLLM")} == dict.fromkeys(
        ("PyTorch", "DeepSpeed", "vLLM"), "Method"
    )
    assert {n: types.get(n) for n in ("GIZA++", "Pyserini")} == dict.fromkeys(("GIZA++", "Pyserini"), "Model")


def test_generic_classes_of_multimodal_and_long_context_models_are_no_concepts(extract_one):
    """Like "vision-language model" (generic.txt): a class of models named by its inputs or context length,
    even with an acronym defined for it."""
    ex = extract_one(
        "Glorp Tagging with Large Multimodal Models",
        "Large multimodal models (LMMs), multimodal foundation models and long-context language models (LCLMs) "
        "tag glorps; we tag them with the Frob tagger.",
    )
    assert not any("models" in e.name.lower() or e.name in ("LMMs", "LCLMs") for e in ex.entities)


def test_pretrained_language_models_are_a_class_not_a_concept(extract_one):
    """Like "PLM" and "pre-trained model" (generic.txt): the class written out, with its acronyms."""
    ex = extract_one(
        "Glorp Tagging with Pre-trained Language Models",
        "Pre-trained language models (PTLMs) and pretrained language models (PrLMs) tag glorps; "
        "we tag them with the Frob tagger.",
    )
    assert not any("language model" in e.name.lower() or e.name in ("PTLMs", "PrLMs") for e in ex.entities)


def test_a_bare_ace_is_the_content_extraction_corpus_unless_the_paper_is_about_calibration(nlp):
    """ACE: the Automatic Content Extraction corpora (senses.tsv, listed first) and the adaptive calibration error."""
    events = _lexicon_types(nlp, "We evaluate our event argument extractor on ACE and report trigger F1.")
    assert events["ACE"] == ("Dataset", "ACE")
    calib = _lexicon_types(nlp, "Temperature scaling lowers the ACE and ECE of miscalibrated classifiers.")
    assert calib["ACE"] == ("Metric", "adaptive calibration error")
    assert _lexicon_types(nlp, "Results on ACE are reported.")["ACE"] == ("Dataset", "ACE")


def test_no_two_entries_of_one_type_share_a_spelling():
    """A spelling two entries of one type list is no entry's (merging rule 6 reads `lexicon_entries`): a duplicate
    line ('Corpus of Linguistic Acceptability' beside 'CoLA<TAB>Corpus of Linguistic Acceptability') left the long
    form and the acronym on two concepts. Two senses of one spelling (MAP) are listed in senses.tsv; the
    metric lines below are known and left (a result's direction is looked up by the entry's name)."""
    from collections import defaultdict

    owners = defaultdict(set)
    for e in load_lexicon():
        for n in (e.name, *e.aliases):
            owners[(e.type, fold(n))].add(e.name)
    shared = {k for k, v in owners.items() if len(v) > 1}
    assert shared <= {
        ("Metric", "map"),
        ("Metric", "fscore"),
        ("Metric", "exactmatchaccuracy"),
        ("Metric", "r2"),
        ("Metric", "taillatency"),
    }, shared


def test_a_titled_dataset_name_in_small_letters_is_the_english_phrase(nlp):
    # "ask natural questions": the capitals make the phrase the dataset's name
    hits = nlp.get_pipe("paperkg_lexicon")
    doc = hits(nlp.make_doc("Zorb: Asking About Images\n\nZorb learns to ask natural questions about an image."))
    assert not any(h[3] == "Natural Questions" for h in doc._.paperkg_lexicon)
    doc = hits(nlp.make_doc("Zorb\n\nZorb improves recall on Natural Questions; natural questions are hard for it."))
    assert sum(h[3] == "Natural Questions" for h in doc._.paperkg_lexicon) == 2
    doc = hits(nlp.make_doc("Zorb\n\nWe evaluate Zorb on the natural questions dataset."))
    assert any(h[3] == "Natural Questions" for h in doc._.paperkg_lexicon)


def test_lexicon_types_problems_and_means_as_the_field_writes_them(extract_one_rules):
    """Stop 41: entries the ACL abstracts write in a problem's slot ("for / on X") far more than in a means'
    ("using / via X") are tasks, like their listed siblings (sequence labeling, multilingual machine
    translation, cross-lingual transfer); topic modeling is a means a paper applies to a corpus."""
    ex = extract_one_rules(
        "Glorp Tagging for Frob Languages",
        "We study sequence tagging, model compression and bias mitigation for multilingual neural machine "
        "translation and zero-shot cross-lingual transfer to frob dialects. We analyse the glorps using topic modeling.",
    )
    types = {e.name.lower(): e.type for e in ex.entities}
    tasks = (
        "sequence tagging",
        "model compression",
        "bias mitigation",
        "multilingual neural machine translation",
        "zero-shot cross-lingual transfer",
    )
    assert {n: types.get(n) for n in tasks} == dict.fromkeys(tasks, "Task")
    assert types.get("topic modeling") == "Method"


def test_learning_over_a_stream_of_tasks_is_a_paradigm_like_multi_task_learning(extract_one):
    """methods.tsv: continual, lifelong and class-incremental learning are learning paradigms, typed as the
    guideline notes type "contrastive learning" and the lexicon types few-shot and multi-task learning: Method."""
    ex = extract_one(
        "Remembering zorbs",
        "We study continual learning and lifelong learning of zorb taggers, beside multi-task learning. "
        "Class-incremental learning of zorbs remains hard.",
    )
    types = {e.name.lower(): e.type for e in ex.entities}
    for name in ("continual learning", "lifelong learning", "multi-task learning", "class-incremental learning"):
        assert types.get(name) == "Method", (name, types)


def test_the_usual_spellings_of_rank_correlations_and_memory_measures_are_one_measure(nlp):
    """ "Spearman rank correlation" (scipy's "Spearman rank-order correlation coefficient") is Spearman's rho,
    not a bare "correlation"; "GPU memory consumption" is the measured quantity, not the device; a relative
    error is a measure of its own (stop 47, metric47)."""
    found = _lexicon_types(nlp, "The quux reaches a Spearman rank correlation of 0.71 with human frob ratings.")
    assert found["Spearman rank correlation"] == ("Metric", "Spearman's rho")
    found = _lexicon_types(nlp, "Frob sorting halves the GPU memory consumption of Quux training.")
    assert found["GPU memory consumption"] == ("Metric", "GPU memory consumption")
    found = _lexicon_types(nlp, "Zorp cuts the relative error by 12% on Frob.")
    assert found["relative error"] == ("Metric", "relative error")


def test_techniques_the_field_writes_as_a_means_are_methods(extract_one_rules):
    """Stop 47: "adversarial attack" and "learning to rank" are written in a means' slot ("using / via /
    based on X", "X-based") at least as often as in a problem's ("for X", "X task") over the ACL abstracts: a
    technique a paper applies, typed Method like adversarial training and data augmentation."""
    ex = extract_one_rules(
        "Robust zorb ranking",
        "We rank frob documents using learning to rank and probe the zorb ranker with an adversarial attack.",
    )
    types = {e.name.lower(): e.type for e in ex.entities}
    for name in ("learning to rank", "adversarial attack"):
        assert types.get(name) == "Method", (name, types)
