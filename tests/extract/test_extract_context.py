from paperkg.extract.context import (
    bracketed_data_description,
    close_bracket,
    compound_start,
    context_type,
    coordinated_groups,
    head_type,
    metric_modifier_start,
    naming_targets,
    propose_window,
    title_name_length,
)


def test_context_types():
    assert context_type("results on gsm8k show".split(), 2, 3) == "Dataset"
    assert context_type("the foo benchmark".split(), 1, 2) == "Dataset"
    assert context_type("based on foo".split(), 2, 3) == ""
    assert context_type("models such as foo".split(), 3, 4) == "Model"
    assert context_type("the bleu score".split(), 1, 2) == "Metric"
    assert context_type("training on real-world etth1 data by".split(), 3, 4) == "Dataset"
    assert context_type("the fm-index data structure".split(), 1, 2) == ""


def test_and_other_class_decides_what_on_x_names():
    # "X and other Ys" (Hearst): a platform or a language after "on" is no test data
    assert context_type("runs fast on zorbox-pc and other edge devices .".split(), 3, 4) == ""
    assert context_type("we test on quuxish and other low-resource languages .".split(), 3, 4) == ""
    # a data or task noun in the class keeps the evaluation reading
    assert context_type("results on foobench and other reasoning benchmarks".split(), 2, 3) == "Dataset"
    assert context_type("results on foobench and other reasoning tasks".split(), 2, 3) == "Dataset"


def test_on_x_performance_names_no_test_data():
    # "on X performance": X premodifies a quality it has, "on" governs the quality
    assert context_type("a large effect on zorblm performance .".split(), 4, 5) == ""
    assert context_type("little impact on quuxnet behavior".split(), 3, 4) == ""
    assert context_type("results on foobench show".split(), 2, 3) == "Dataset"


def test_this_dataset_colon_or_comma_does_not_name_the_data():
    # "this dataset" points back at named data: the name after it is something else
    assert context_type("two retrievers built from this dataset : zorbret and".split(), 7, 8) == ""
    assert context_type("on this dataset , quuxnet outperforms".split(), 4, 5) == ""
    assert context_type("we release a new dataset : zorbset".split(), 6, 7) == "Dataset"


def test_evaluative_adjectives_do_not_start_a_technique_name():
    assert compound_start(["convenient", "music", "sharing"], 2, set(), title_case=False) == 1
    assert compound_start(["stratified", "negative", "sampling"], 2, set(), title_case=False) == 0


def test_head_type_of_long_forms():
    assert head_type("Massive Tool Retrieval Benchmark".split()) == "Dataset"
    assert head_type("inverse real-time factor".split()) == "Metric"
    assert head_type("open-domain question answering".split()) == "Task"
    assert head_type("retrieval augmented generation".split()) == ""


def test_coordinated_lists():
    words = "on a , b , and c today".split()
    assert coordinated_groups(words, [(1, 2), (3, 4), (6, 7)]) == [[0, 1, 2]]


def test_propose_and_naming_cues():
    assert propose_window("in this paper we propose foo , a method".split()) == (
        5,
        9,
    )  # clipped at the end of the sentence
    assert propose_window("results are good".split()) is None
    assert naming_targets("a framework called Optima that".split()) == [3]


def test_title_names():
    assert title_name_length("SimPO : Simple Preference Optimization".split()) == 1
    assert title_name_length("Beyond Efficiency : A Survey".split()) == 0
    assert title_name_length("Infini-gram mini : Exact Search".split()) == 2
    assert title_name_length("No colon here".split()) == 0
    # a title prefix joined by a lower-case function word is a phrase, not a name
    assert title_name_length("Holistic Reasoning with Frob-Context LMs : A Benchmark".split()) == 0
    assert title_name_length("FROB for Coreference Resolution : X".split()) == 0
    assert title_name_length("FrobNLI and FrobSTS : New Data".split()) == 0


def test_compounds_and_metric_modifiers():
    assert compound_start("we use ensemble prompting".split(), 3, set(), title_case=False) == 2
    assert compound_start("to improve prompting".split(), 2, set(), title_case=False) == 2
    assert compound_start("Using Ensemble Prompting".split(), 2, set(), title_case=True) == 1
    assert metric_modifier_start("lower prefill latency".split(), 2, set()) == 1
    assert metric_modifier_start("the kv cache size".split(), 3, set()) == 1


def test_subtitle_says_what_a_title_name_is():
    from paperkg.extract.context import subtitle_type

    assert subtitle_type("a code efficiency benchmark for code generation".split()) == "Dataset"
    assert subtitle_type("an efficient method for benchmark design".split()) == ""
    assert subtitle_type("simple preference optimization".split()) == ""


def test_compound_start_stops_at_function_words_cutoffs_and_adjective_suffixes():
    stop = frozenset({"either", "predict"})
    assert compound_start("target either weight sharing".split(), 3, set(), title_case=False, stop=stop) == 2
    assert compound_start("to predict retrieval".split(), 2, set(), title_case=False, stop=stop) == 2
    assert compound_start("top-10 retrieval".split(), 1, set(), title_case=False) == 1
    # "model-agnostic selection" is tokenized model - agnostic selection
    assert compound_start(["model", "-", "agnostic", "selection"], 3, set(), title_case=False) == 3
    assert compound_start("dense passage retrieval".split(), 2, set(), title_case=False) == 0


def test_compound_start_takes_no_grade_of_performance_or_count():
    # "top-performing MT systems", "seven semantic textual similarity tasks", "forty-eight frob detection
    # systems": how good or how many, never a kind of task (44k ACL, stop 41: 77 such names in 83 papers)
    assert compound_start("the top-performing glorp parsing".split(), 3, set(), title_case=False) == 2
    assert compound_start("on seven glorp parsing".split(), 3, set(), title_case=False) == 2
    assert compound_start("twenty-three glorp parsing".split(), 2, set(), title_case=False) == 1
    assert compound_start("a two-stage glorp parsing".split(), 3, set(), title_case=False) == 1
    # how new or how available, as "recent" and "available": "the latest QA models", "publicly-available MT systems"
    assert compound_start("the latest glorp parsing".split(), 3, set(), title_case=False) == 2
    assert compound_start("publicly-available glorp parsing".split(), 2, set(), title_case=False) == 1


def test_compound_start_leaves_the_noun_of_an_open_compound_adjective():
    # "low resource MT", "large scale machine translation", "high noise ASR transcripts": written without
    # its hyphen the adjective's noun is no modifier of the task (44k ACL, stop 41: 31 such names in 30 papers)
    assert compound_start("for low resource glorp parsing".split(), 4, set(), title_case=False) == 3
    assert compound_start("in large scale zorb glorp parsing".split(), 5, set(), title_case=False) == 3
    assert compound_start("the low frobbed glorp parsing".split(), 4, set(), title_case=False) == 2


def test_appositive_description_types_the_name():
    from paperkg.extract.context import appositive_type

    assert appositive_type("we present foo , an efficient and scalable system that".split(), 2, 3) == "Method"
    assert appositive_type("we release foo ( fb ) , a new benchmark for".split(), 2, 3) == "Dataset"
    assert appositive_type("we propose foo , a model - agnostic , training-free method".split(), 2, 3) == "Method"
    assert appositive_type("in foo , a novel metric is proposed".split(), 1, 2) == ""
    assert appositive_type("foo , which is a model".split(), 0, 1) == ""
    # a group noun ("a suite of", "a collection of", "a family of") is typed by what it holds
    assert appositive_type("foo , a suite of two factual correction models".split(), 0, 1) == "Model"
    assert appositive_type("foo , a family of alignment-based algorithms".split(), 0, 1) == "Method"
    assert appositive_type("foo , a collection of model efficiency methods".split(), 0, 1) == "Method"
    assert appositive_type("foo , a collection of datasets".split(), 0, 1) == "Dataset"
    assert appositive_type("foo , a collection of 10k frob documents".split(), 0, 1) == "Dataset"


def test_dash_our_and_copula_descriptions_type_data_and_measures_only():
    # "X - a novel dataset ...", "X, our new dataset ...", "X is a ... metric" (ACL 44k: 28, 5 and 70 abstracts
    # with a data or metric noun); a system or model so described keeps the types other cues give it
    from paperkg.extract.context import appositive_type

    assert appositive_type("we present frobqa - a novel dataset derived from".split(), 2, 3) == "Dataset"
    assert appositive_type("on zorbench and frobset , our new corpus of reviews".split(), 3, 4) == "Dataset"
    assert appositive_type("frobscore is a supervised reference-based evaluation metric".split(), 0, 1) == "Metric"
    assert appositive_type("frobnet is a model trained on".split(), 0, 1) == ""
    assert appositive_type("frobnet - a framework for".split(), 0, 1) == ""
    assert appositive_type("results on frobset is a".split(), 2, 3) == ""


def test_compound_start_stops_at_verbs_after_adverbs_and_takes_an_acronym():
    assert compound_start("fail to consistently beat stratified sampling".split(), 4, set(), title_case=False) == 4
    assert compound_start("we use KV sharing".split(), 3, set(), title_case=False) == 2


def test_a_language_pair_modifies_a_task_head():
    assert compound_start("the WMT 2014 English-to-German translation task".split(), 4, set(), title_case=False) == 3


def test_a_name_right_after_a_dataset_noun_names_that_dataset():
    from paperkg.extract.context import context_type

    assert context_type("we build a corpus called zorbset for tagging".split(), 4, 5) == "Dataset"
    assert context_type("our corpus zorbset has 4,000 pairs".split(), 2, 3) == "Dataset"
    assert context_type("the classification dataset , zorbset ( zs ) .".split(), 4, 5) == "Dataset"
    assert context_type("then we benchmark zorbnet against others".split(), 3, 4) != "Dataset"


def test_a_subtitle_headed_by_a_dataset_noun_without_article_types_the_title_name():
    from paperkg.extract.context import subtitle_type

    assert subtitle_type("multilingual evaluation dataset for reading comprehension".split()) == "Dataset"
    assert subtitle_type("dataset distillation for image classification".split()) == ""


def test_a_data_noun_after_a_bracketed_acronym_types_the_name(extract_one):
    """ "the Zorble Quux Scenes (ZQS) corpus" names data; "Zorble Term Extraction (ZTE) datasets" a problem."""
    ex = extract_one(
        "Notes", "We release the Zorble Quux Scenes (ZQS) corpus and test on Zorble Term Extraction (ZTE) datasets."
    )
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Zorble Quux Scenes") == "Dataset"
    assert types.get("Zorble Term Extraction") != "Dataset"


def test_a_human_language_is_what_a_paper_studies_not_a_concept(extract_one):
    """Languages are no entities (guideline notes 1), by the language lexicon's names, not only subjects.txt."""
    ex = extract_one(
        "Notes",
        "We translate Zulu to Bangla, and our Bangla system beats the Zulu baseline on the Bangla "
        "test set of the Blorp corpus.",
    )
    assert not {"Bangla", "Zulu"} & {e.name for e in ex.entities}


def test_a_hyphenated_modifier_after_to_is_no_verb():
    """ "we extend it to token-level loss smoothing": a hyphenated word after "to" modifies the head;
    "to fine-tune", "to re-rank" are verbs."""
    assert compound_start("we move to token-level loss smoothing".split(), 5, set(), title_case=False) == 3
    assert compound_start("we learn to fine-tune prompting".split(), 4, set(), title_case=False) == 4
    assert compound_start("we learn to improve prompting".split(), 4, set(), title_case=False) == 4


def test_an_undefined_language_code_is_what_a_paper_studies_not_a_concept(extract_one):
    """ "the EN and DE datasets" names languages by their codes; a code the paper defines stays its concept."""
    ex = extract_one("Notes", "We train on the EN and DE datasets and test on the HI set.")
    assert not {"EN", "DE", "HI"} & {e.name for e in ex.entities}
    ex = extract_one("Notes", "We study Definition Extraction (DE). Our DE system is new.")
    assert any("DE" in e.aliases for e in ex.entities)


def test_a_bracketed_description_ending_in_a_data_noun_types_the_name_before_it():
    text = "state of the art on zorbtest ( monolingual quill code search benchmark ) with 47.1 mrr".split()
    assert context_type(text, 5, 6) == "Dataset"
    assert context_type("we use foonet ( a bar retrieval model ) here".split(), 2, 3) != "Dataset"


def test_close_bracket_finds_a_short_bracket_only():
    words = "the foo bar ( fb ) corpus".split()
    assert close_bracket(words, 3, 1) == 5
    assert close_bracket(words, 3, 0) is None  # a word inside, none allowed
    assert close_bracket("foo ( a b".split(), 1, 5) is None  # never closed


def test_a_bracket_inside_a_description_is_not_read_as_one():
    assert bracketed_data_description("zorbtest ( a new quill search benchmark ) with".split(), 1)
    assert not bracketed_data_description("zorbtest ( a new ( quill ) search benchmark ) with".split(), 1)


def test_a_name_a_data_noun_phrase_is_equated_with_is_a_dataset():
    assert context_type("the dataset for this task is zorquad , which needs numbers".split(), 6, 7) == "Dataset"
    assert context_type("the model we use is zorquad".split(), 5, 6) != "Dataset"
    assert context_type("the dataset , they say , is zorquad".split(), 7, 8) != "Dataset"


def test_a_bracketed_dataset_name_or_prepositional_phrase_does_not_make_the_name_before_it_data():
    assert context_type("we study nlu ( glue benchmark ) and".split(), 2, 3) != "Dataset"
    assert context_type("we study qa ( on the foo dataset ) and".split(), 2, 3) != "Dataset"
    assert context_type("the dataset used for this task is the zorquad here".split(), 8, 9) == "Dataset"


def test_a_task_word_after_a_bracketed_acronym_types_both_spellings(extract_one):
    ex = extract_one(
        "Notes on Frob Induction",
        "Some works study the glorp frame induction (GFI) task, which groups frames. We improve GFI by clustering.",
    )
    found = {e.name: e.type for e in ex.entities}
    assert found.get("glorp frame induction") == "Task"


def test_a_defined_kind_of_language_is_what_a_paper_studies_not_a_concept(extract_one):
    """ "tonally rich languages (TRLs)": a long form headed by "languages" names a kind of human language."""
    ex = extract_one(
        "Notes",
        "Tagging is hard for tonally rich languages (TRLs). We tag TRLs with a Glorp tagger and report F1.",
    )
    assert not any("TRL" in e.name or "languages" in e.name for e in ex.entities)


def test_a_describing_noun_after_a_bracketed_acronym_types_a_technique(extract_one):
    ex = extract_one(
        "Notes on Glorp Retrieval",
        "To handle the task, we raise a new query-glorp matching (QGM) framework that rewrites queries.",
    )
    assert {e.name: e.type for e in ex.entities}.get("query-glorp matching") == "Method"


def test_an_alignment_a_paper_observes_is_no_technique(extract_one):
    ex = extract_one(
        "Speaker Convergence in Chat",
        "In long chats we observe strong lexical alignment between speakers, and weaker syntactic alignment in short ones.",
    )
    assert not any("alignment" in e.name for e in ex.entities)


def test_named_entity_is_a_term_not_a_naming_cue():
    assert naming_targets("The Glorp Named Entity Corpus".split()) == []
    assert naming_targets("a tagger named Quux for Named Entities".split()) == [3]


def test_a_problem_named_before_pairs_says_what_data_items_are_for(extract_one):
    """ "question-answer (QA) pairs", "translation pairs": data items, no problem the paper works on."""
    ex = extract_one(
        "Notes on Glorp Data",
        "We collect 900 question-answer (QA) pairs and low-resource translation pairs from glorp manuals.",
    )
    assert not [e.name for e in ex.entities if e.type == "Task"]
    ex = extract_one(
        "Notes on Glorp Data", "We study question answering over glorp manuals with question-answer pairs."
    )
    assert [e.name for e in ex.entities if e.type == "Task"] == ["question answering"]


def test_a_name_with_an_acronym_in_it_is_the_name_with_the_long_form(extract_one):
    """ "Frob-to-Frob (F2F) pretraining" then "F2F pretraining": one concept (RULINGS R1: the acronym inside
    a long form is no part of the name), defined by the paper or known to the lexicon ("Seq2Seq")."""
    ex = extract_one(
        "Understanding Sequence-to-Sequence Pretraining for Glorp Tagging",
        "We study sequence-to-sequence (Seq2Seq) pretraining for glorp tagging, and find that Seq2Seq "
        "pretraining helps unsupervised glorp term extraction (GTE) more than supervised GTE.",
    )
    names = [[e.name, *e.aliases] for e in ex.entities]
    assert not [n for n in names if "Seq2Seq pretraining" in n and len(n) == 1]
    assert [n for n in names if "Seq2Seq pretraining" in n and "Sequence-to-Sequence Pretraining" in n]


def test_an_acronym_of_a_plural_long_form_spells_the_singular_as_a_modifier(extract_one_rules):
    """ "zorb-quux links (ZQLs)" then "ZQL detection": the plural long form is singular before the task head,
    so "ZQL detection" is the title's "Zorb-Quux Link Detection", one concept."""
    ex = extract_one_rules(
        "Better Zorb-Quux Link Detection from Texts",
        "Zorb-quux links (ZQLs) are rare. Glorp features help ZQL detection.",
    )
    names = [[e.name, *e.aliases] for e in ex.entities]
    assert [n for n in names if "Zorb-Quux Link Detection" in n and "ZQL detection" in n], names


def test_spelled_out_writes_defined_acronyms_in_full():
    from paperkg.extract.concepts import spelled_out

    s2l = {"gte": "glorp term extraction"}
    assert spelled_out("unsupervised GTE", s2l) == "unsupervised glorp term extraction"
    assert spelled_out("GTE", s2l) is None  # the acronym alone is joined by its definition already
    assert spelled_out("unsupervised gte", s2l) is None  # a lower-case word is a word, not the acronym


def test_a_task_announced_after_a_colon_is_a_task():
    # "an important task: X": the colon announces one problem; a list of tasks stays the Dataset heads' reading
    assert context_type("we study an important task : zorb frob verification".split(), 6, 8) == "Task"
    assert context_type("a closely related task : quux linking".split(), 5, 7) == "Task"
    assert context_type("this task : an svm-based model".split(), 3, 4) != "Task"
    assert context_type("two benchmark tasks : zorbqa and frobnli".split(), 4, 5) == "Dataset"


def test_specialising_on_x_names_no_test_data():
    assert context_type("models specialized on zorbspeech translation".split(), 3, 4) == ""


def test_a_task_named_before_the_colon_announces_no_task():
    assert context_type("to address the latter task : zorbui , a flexible framework".split(), 6, 7) != "Task"


def test_names_a_bracket_lists_after_a_plural_data_noun_are_datasets(extract_one):
    words = "we test on three quill datasets ( zorb10 , zorb64 and quuxset ) here".split()
    assert context_type(words, 7, 8) == "Dataset"
    assert context_type("the zorbix dataset ( zds ) here".split(), 4, 5) != "Dataset"  # an acronym, not a list
    assert context_type("three quill models ( zorbnet and quuxnet )".split(), 4, 5) != "Dataset"
    ex = extract_one(
        "Notes on Quill Attribution",
        "Using three quill datasets (Zorb10, Zorb64 and QuuxWJ), we show that our method hides the writer.",
    )
    found = {e.name: e.type for e in ex.entities}
    assert found.get("Zorb10") == "Dataset" and found.get("Zorb64") == "Dataset"
