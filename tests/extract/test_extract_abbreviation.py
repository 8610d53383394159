from paperkg.extract.abbreviation import (
    accept_pair,
    find_best_long_form,
    is_short_form,
    max_long_form_words,
    pair_from_parenthesis,
    title_pair,
)


def test_short_form_filter():
    assert is_short_form("FSR") and is_short_form("SimPO") and is_short_form("GSM8K") and is_short_form("LLMs")
    assert not is_short_form("the") and not is_short_form("x") and not is_short_form("see Section 3 for details")


def test_best_long_form_is_the_shortest_tail_that_spells_the_acronym():
    assert (
        find_best_long_form("FSR", "a novel framework called Feature Search and Reinforcement")
        == "Feature Search and Reinforcement"
    )
    assert find_best_long_form("DPO", "Direct Preference Optimization") == "Direct Preference Optimization"
    assert find_best_long_form("XYZ", "nothing here") is None


def test_window_and_sanity_checks():
    assert max_long_form_words("DPO") == 6
    assert not accept_pair("DPO", "DPO")
    assert not accept_pair("MoE", "a mixture of experts")  # first letters differ


def test_pairs_in_both_orders():
    assert pair_from_parenthesis("we use Direct Preference Optimization", "DPO") == (
        "Direct Preference Optimization",
        "DPO",
        True,
    )
    assert pair_from_parenthesis("we propose SimPO", "Simple Preference Optimization") == (
        "Simple Preference Optimization",
        "SimPO",
        False,
    )
    assert pair_from_parenthesis("the inverse real-time factor", "RTFx") == ("real-time factor", "RTFx", True)
    assert pair_from_parenthesis("with 7B parameters", "7B") is None
    assert pair_from_parenthesis("results are shown", "see Table 2") is None


def test_title_acronym_spelled_by_subtitle():
    assert title_pair("ETS", "Efficient Tree Search for Inference-Time Scaling") == "Efficient Tree Search"
    assert title_pair("CFSP", "An Efficient Structured Pruning Framework") is None
    # a long form is never cut out of a longer capitalised name of the subtitle (issue 15: "Thinner Key")
    assert title_pair("ThinK", "Thinner Key Cache by Query-Driven Pruning") is None
    assert (
        title_pair("SimPO", "Simple Preference Optimization with a Reference-Free Reward")
        == "Simple Preference Optimization"
    )
    # a final capital is the last word's initial; Title Case function words do not continue the name
    assert title_pair("GraNE", "Graph Neural Encoders for Parsing") == "Graph Neural Encoders"
    assert title_pair("GraNE", "Graph Attention Networks Learning") is None  # no word opens with the E
    assert title_pair("VQL", "Visual Query Localization In Natural Scenes") == "Visual Query Localization"
    # every content word gives the name a letter: nine words cannot spell a four-letter name
    assert title_pair("TREX", "Text Rewriting Engine Exploiting Natural Language Generation Models") is None


def test_component_links_every_later_use(extract_one):
    ex = extract_one("A Study", "We use Direct Preference Optimization (DPO). DPO is simple and DPO is stable.")
    dpo = next(e for e in ex.entities if e.name == "Direct Preference Optimization")
    assert dpo.aliases == ("DPO",)
    assert len(dpo.evidence) == 4  # the long form, "(DPO)" and two later uses


def test_long_form_stops_at_a_naming_verb_or_clause_break():
    assert pair_from_parenthesis("we propose a new method named Fast Instruction Tuning", "FIT") == (
        "Fast Instruction Tuning",
        "FIT",
        True,
    )
    assert (
        pair_from_parenthesis("further propose a brand new method named Efficient Trustworthy Distillation", "FIRST")
        is None
    )


def test_word_initials_beat_the_shortest_schwartz_hearst_tail():
    from paperkg.extract.abbreviation import initials_long_form, pair_from_parenthesis

    assert pair_from_parenthesis("We call the method proximal policy optimization", "PPO") == (
        "proximal policy optimization",
        "PPO",
        True,
    )
    assert initials_long_form("MoE", "a sparse Mixture-of-Experts") == "Mixture-of-Experts"
    assert initials_long_form("BERT", "the BERT model") is None


def test_a_bracketed_list_enumerates_and_defines_nothing():
    """ "three popular architectures (BART, T5, and Pegasus)": the letters of the
    first item are spelled somewhere before, but the bracket lists examples; a
    citation or year after the acronym still leaves a definition."""
    assert (
        pair_from_parenthesis("We analyze the behavior of three popular architectures", "BART, T5, and Pegasus") is None
    )
    assert pair_from_parenthesis("can be applied to efficiently train multiple PTLMs", "BERT, BioBERT, GPT-2") is None
    assert pair_from_parenthesis("we use a convolutional neural network", "CNN, 1998") == (
        "convolutional neural network",
        "CNN",
        True,
    )


def test_a_model_size_suffix_is_not_cut_to_a_hyphen():
    """ "the QA model (BERT-base)": "BERT-" is no short form to spell from the words before."""
    assert pair_from_parenthesis("by evaluating the performance of the QA model", "BERT-base") is None


def test_only_a_plural_or_one_letter_mark_comes_off_a_short_form():
    """ "LLMs" spells large language models; "BERTje" is another model than the
    long form whose initials its first four letters share."""
    assert pair_from_parenthesis("we study large language models", "LLMs") == ("large language models", "LLMs", True)
    assert (
        pair_from_parenthesis("the Dutch pre-trained Bidirectional Encoder Representations from Transformers", "BERTje")
        is None
    )


def test_a_long_form_never_opens_with_a_preposition_or_reaches_over_a_bracket():
    """ "F1 (from 10.3 to 11.8)" brackets values, not the expansion of F1, though its letters are
    there; and in "(1) joint tagging and (2) modeling as a sequence-to-sequence (Seq2Seq)" the
    long form cannot start before the enumerator's closing bracket."""
    assert pair_from_parenthesis("our method improves macro F1", "from 10.3 to 11.8, p<0.001") is None
    assert pair_from_parenthesis("a shared task scored by F1", "with 0.5 as the threshold") is None
    found = pair_from_parenthesis(
        "(1) joint sequence tagging and (2) modeling them as a sequence-to-sequence", "Seq2Seq"
    )
    assert found is None or "(" not in found[0] and ")" not in found[0]
    assert pair_from_parenthesis("the (cheap) proximal policy optimization", "PPO") == (
        "proximal policy optimization",
        "PPO",
        True,
    )


def test_a_long_form_written_as_one_camel_case_word_defines_its_acronym():
    """ "FrobBench(FastRobustObjectBench)": the capitals of a CamelCase word are its words' initials."""
    assert pair_from_parenthesis("we introduce FROBench", "FastRobustObjectBench") == (
        "FastRobustObjectBench",
        "FROBench",
        False,
    )
    assert pair_from_parenthesis("we compare with GPT", "OpenAIModel") is None


def test_a_hyphenated_word_may_give_one_initial():
    """ "simultaneous speech-to-text translation (SST)": the shortest tail that spells SST is "speech-to-text
    translation" (the s of "translation"), the long form of the same paper's ST; each word giving one initial,
    "speech-to-text" giving S, spells the whole name (44k ACL: 12 of 35,097 bracket pairs change, 11 to the
    full long form: "corpus-level curriculum (CC)", "Transformer-based Text Autoencoder (T-TA)")."""
    assert pair_from_parenthesis("2) simultaneous speech-to-text translation", "SST") == (
        "simultaneous speech-to-text translation",
        "SST",
        True,
    )
    assert pair_from_parenthesis("1) offline speech-to-text translation", "ST") == (
        "speech-to-text translation",
        "ST",
        True,
    )
    assert pair_from_parenthesis("a zorbic cross-lingual frobnicator", "ZCF") == (
        "zorbic cross-lingual frobnicator",
        "ZCF",
        True,
    )
    # never from a function word, nor over the acronym written as a word
    assert pair_from_parenthesis("we train the text-to-speech system", "TTS")[0] != "the text-to-speech system"


def test_two_acronyms_of_one_list_stay_two_concepts(extract_one_rules):
    """ST and SST defined side by side: the acronym whose long form is a tail of the other's long form does
    not join that longer mention (`_join_widened_acronyms`); the two are never one entity's spellings."""
    ex = extract_one_rules(
        "ZorbKit: A Toolkit",
        "ZorbKit supports 1) offline speech-to-text translation (ST), 2) simultaneous speech-to-text "
        "translation (SST), and 3) offline speech-to-speech translation (S2ST) with many approaches.",
    )
    for e in ex.entities:
        assert not {"ST", "SST"} <= {e.name, *e.aliases}, e
