"""Which sense an undefined acronym means (resolve.senses), on invented papers."""

from paperkg.resolve.senses import assign_senses, initials, namesakes, written_senses

# "ZAP": a 1990s profiler (neighbours: debugging, memory) and a 2020s vision model (captioning, grounding)
CONCEPTS = {
    "old1": {"Method:profiler", "Task:debugging", "Task:memory"},
    "old2": {"Method:profiler", "Task:debugging"},
    "new1": {"Model:vision", "Task:captioning", "Task:grounding"},
    "new2": {"Model:vision", "Task:captioning"},
}
YEARS = {"old1": 1994, "old2": 1997, "new1": 2021, "new2": 2022}
SENSES = {"Model:zap": ["Method:profiler", "Model:vision"]}
PAPERS_OF = {"Method:profiler": ["old1", "old2"], "Model:vision": ["new1", "new2"]}


def _assign(paper: str, year: int | None, *concepts: str) -> str | None:
    concepts_of = {**CONCEPTS, paper: {"Model:zap", *concepts}}
    moves = assign_senses({"Model:zap": [paper]}, SENSES, PAPERS_OF, concepts_of, {**YEARS, paper: year})
    return moves.get((paper, "Model:zap"))


def test_neighbours_and_era_pick_the_sense():
    assert _assign("p", 2023, "Task:captioning") == "Model:vision"
    assert _assign("p", 1996, "Task:debugging") == "Method:profiler"
    assert _assign("p", None, "Task:grounding") == "Model:vision"  # no year: the neighbours alone


def test_era_breaks_a_tie_of_neighbours_only_when_clear():
    both = ("Task:debugging", "Task:captioning")
    assert _assign("p", 2023, *both) == "Model:vision"  # two years from one sense, 26 from the other
    assert _assign("p", 2008, *both) is None  # halfway: no guess, it stays on the sense-less concept


def test_no_shared_neighbour_no_guess():
    assert _assign("p", 2023, "Task:parsing") is None


def test_a_paper_with_no_other_concept_joins_only_the_one_sense_of_its_era():
    assert _assign("p", 2023) == "Model:vision"
    assert _assign("p", 2008) is None  # neither sense is near
    single = {"Model:zap": ["Model:vision"]}
    moves = assign_senses(
        {"Model:zap": ["p"]}, single, PAPERS_OF, {**CONCEPTS, "p": {"Model:zap"}}, {**YEARS, "p": 1990}
    )
    assert moves == {}  # the only sense, but 31 years away


def test_a_paper_that_mentions_a_sense_means_it():
    assert _assign("p", 2023, "Method:profiler") == "Method:profiler"


def test_initials_spell_acronyms_of_long_forms():
    assert "zap" in initials("Zonal Allocation Profiler")
    assert "lstm" in initials("Long Short-Term Memory") and "clip" in initials(
        "Contrastive Language-Image Pre-training"
    )
    assert "nmt" in initials("neural machine translation") and initials("Transformer") == set()


def test_a_year_or_edition_is_spelled_whole_not_by_its_first_digit():
    # "ZMM4H Shared Task 2019" (a health shared task's edition) is no long form of "ZST2" (a sentiment set's
    # second version), nor "ZIGMORPH 2020 Shared Task" one of "Z2ST"; "Visual Zeometry Group 16" still spells
    # VZG16 and a version number its acronym's digit
    assert "zst2" not in initials("ZMM4H Shared Task 2019") and "zst2019" in initials("ZMM4H Shared Task 2019")
    assert "z2st" not in initials("ZIGMORPH 2020 Shared Task")
    assert "vzg16" in initials("Visual Zeometry Group 16")
    assert "gpt2" in initials("Generative Pre-trained Transformer 2")


def test_undecided_papers_join_a_dominant_sense_of_their_era_only():
    papers_of = {"Method:svm-long": [f"s{i}" for i in range(6)], "Method:other": ["o1"]}
    concepts_of = {
        **{f"s{i}": {"Method:svm-long", "Task:classification"} for i in range(6)},
        "o1": {"Method:other", "Task:classification"},
        "bare": {"Method:svm", "Task:parsing"},
    }
    years = {**{f"s{i}": 2005 + i for i in range(6)}, "o1": 2008}
    senses = {"Method:svm": ["Method:other", "Method:svm-long"]}
    moves = assign_senses({"Method:svm": ["bare"]}, senses, papers_of, concepts_of, {**years, "bare": 2012})
    assert moves == {("bare", "Method:svm"): "Method:svm-long"}  # no shared neighbour, but 6 papers to 1, same era
    moves = assign_senses({"Method:svm": ["bare"]}, senses, papers_of, concepts_of, {**years, "bare": 2024})
    assert moves == {}  # a dominant sense of another era


def test_a_sense_whose_papers_write_the_acronym_holds_it_though_its_alias_went_to_the_bare_concept():
    """After dedupe gave the alias "QWLE" to the bare concept (a name wins over an alias), the long form's
    papers still write it: undecided bare papers may join it together, as they would join an alias holder."""
    from paperkg.refresh.acronyms import held_or_written

    papers_of = {"Method:qwle-long": ["l1", "l2"]}
    concepts_of = {
        "l1": {"Method:qwle-long", "Dataset:frobbank"},
        "l2": {"Method:qwle-long", "Dataset:frobbank"},
        **{f"b{i}": {"Method:qwle", "Model:zert"} for i in range(3)},
    }
    years = {"l1": 2021, "l2": 2022, "b0": 2022, "b1": 2023, "b2": 2023}
    senses = {"Method:qwle": ["Method:qwle-long"]}
    bare = {"Method:qwle": ["b0", "b1", "b2"]}
    never = held_or_written(
        senses, {"Method:qwle": []}, {"Method:qwle-long": {"quarticwidgetlocating"}}, {"Method:qwle": "QWLE"}
    )
    assert assign_senses(bare, senses, papers_of, concepts_of, years, defines=never) == {}
    wrote = held_or_written(
        senses, {"Method:qwle": []}, {"Method:qwle-long": {"quarticwidgetlocating", "qwle"}}, {"Method:qwle": "QWLE"}
    )
    assert assign_senses(bare, senses, papers_of, concepts_of, years, defines=wrote) == {
        (f"b{i}", "Method:qwle"): "Method:qwle-long" for i in range(3)
    }


def test_a_coiner_naming_no_other_concept_is_a_namesake_only_far_from_the_others_era():
    """ "Frobs: a corpus" of 2017 names nothing else; "FROBS" papers of 2025 are eight years away: a namesake.
    Beside papers of 2019 it may be their origin: kept."""
    concepts_of = {"c": {"D:frob"}, "a": {"D:frobs", "T:rag"}, "b": {"D:frobs", "T:rag"}}
    family = {"D:frob": "f", "D:frobs": "f"}
    papers_of = {"D:frob": ["c"], "D:frobs": ["a", "b"]}
    coiners = {("c", "D:frob"): "Frobs"}
    assert namesakes(coiners, family, papers_of, concepts_of, {"c": 2017, "a": 2025, "b": 2025}) == coiners
    assert namesakes(coiners, family, papers_of, concepts_of, {"c": 2017, "a": 2019, "b": 2025}) == {}


def test_an_origin_sharing_a_concept_with_its_users_or_first_among_few_is_no_namesake():
    concepts_of = {"o": {"D:q", "T:rc", "D:wiki"}, "a": {"D:q", "T:rc"}, "b": {"D:q", "T:qa", "M:bert"}}
    papers_of = {"D:q": ["o", "a", "b"]}
    coiners = {("o", "D:q"): "Quorbs"}
    years = {"o": 2019, "a": 2020, "b": 2021}
    assert namesakes(coiners, {"D:q": "q"}, papers_of, concepts_of, years) == {}  # shares reading comprehension
    concepts_of["a"] = {"D:q", "T:qa"}
    assert namesakes(coiners, {"D:q": "q"}, papers_of, concepts_of, years) == {}  # shares none, but came first
    years["a"] = 2016  # a paper three years before it used the name: not its origin
    assert namesakes(coiners, {"D:q": "q"}, papers_of, concepts_of, years) == coiners


# "QX": a big sense (20 papers on sequence labelling) and a small one (2 papers on quality estimation)
BIG = [f"b{i}" for i in range(20)]
BIG_CONCEPTS = {p: {"Method:qxlong", "Task:labelling", "Task:common"} for p in BIG}
BIG_CONCEPTS["b0"] = BIG_CONCEPTS["b0"] | {"Dataset:wmt"}  # one paper of the big sense also names WMT
DF = {"Task:labelling": 25, "Task:common": 150, "Dataset:wmt": 10, "Method:qxlong": 20}


# a second sense of "QX" that papers also write so (6 papers on parsing), when it is contested
OTHER = [f"o{i}" for i in range(6)]


def _assign_big(
    paper_concepts: set[str],
    short: bool = False,
    written: set[str] | None = None,
    contested: bool = False,
    listed: bool = False,
) -> str | None:
    concepts_of = {
        **BIG_CONCEPTS,
        "p": {"Method:qx", *paper_concepts},
        **({o: {"Method:qxother", "Task:parsing", "Topic:tag"} for o in OTHER} if contested else {}),
    }
    years = {p: 2020 for p in concepts_of}
    senses = ["Method:qxlong", "Method:qxother"] if contested else ["Method:qxlong"]
    papers_of = {"Method:qxlong": BIG, "Method:qxother": OTHER if contested else []}
    moves = assign_senses(
        {"Method:qx": ["p"]},
        {"Method:qx": senses},
        papers_of,
        concepts_of,
        years,
        {**DF, "Task:parsing": 6, "Topic:tag": 40},
        200,
        {"Method:qx": senses},
        {("p", "Method:qx"): written} if written else None,
        ["Method:qx"] if short else [],
        [("Method:qx", "Method:qxlong")] if listed else [],
    )
    return moves.get(("p", "Method:qx"))


def test_a_big_sense_takes_a_paper_only_for_a_concept_typical_of_it():
    assert _assign_big({"Task:labelling"}) == "Method:qxlong"  # a concept its papers name far more than others
    # WMT is in the union of the big sense's concepts (one paper of 20), as common as elsewhere: no evidence;
    # the undecided paper still joins the dominant sense, unless its acronym is short
    assert _assign_big({"Dataset:wmt", "Task:common"}) == "Method:qxlong"
    # a short acronym that another sense's papers write too: no evidence for the big sense keeps it apart
    assert _assign_big({"Dataset:wmt", "Task:common"}, short=True, contested=True) == "Method:qx"
    assert _assign_big({"Dataset:wmt", "Task:common"}, short=True) == "Method:qxlong"  # the big sense's alone
    assert _assign_big({"Task:labelling"}, short=True, contested=True) == "Method:qxlong"


def test_a_contested_short_acronym_the_lexicons_list_for_the_big_sense_needs_evidence_against_it():
    """The lexicons list QX for the big sense (as ASR for automatic speech recognition): a paper with no concept
    typical of either sense reads it so; one naming a concept typical of the other sense (parsing) stays apart,
    and a field topic all the other sense's papers carry is no such concept."""
    assert _assign_big({"Dataset:wmt", "Task:common"}, short=True, contested=True, listed=True) == "Method:qxlong"
    assert _assign_big({"Dataset:wmt", "Task:parsing"}, short=True, contested=True, listed=True) == "Method:qx"
    assert _assign_big({"Dataset:wmt", "Topic:tag"}, short=True, contested=True, listed=True) == "Method:qxlong"
    assert _assign_big({"Dataset:wmt", "Topic:tag"}, short=True, contested=True) == "Method:qx"  # no lexicon


def test_a_paper_that_writes_a_sense_out_means_it_and_one_that_writes_its_own_phrase_none():
    assert _assign_big({"Task:labelling"}, written={"Method:qxlong"}) == "Method:qxlong"
    assert _assign_big({"Task:labelling"}, written={"Method:qx"}) == "Method:qx"  # its own phrase: apart
    assert _assign_big({"Task:labelling"}, written={"Method:qxlong", "Method:other"}) is None  # two: no guess


def test_a_sense_found_by_initials_only_does_not_block_the_sense_that_holds_the_acronym():
    """Bare "SMT" papers of the NMT era name MT concepts both senses share: statistical machine translation,
    whose papers write SMT, takes them; "simultaneous machine translation", about as big but spelled SMT by
    initials only, competes only when it dwarfs it."""

    def run(n_simul: int) -> str | None:
        stat = [f"s{i}" for i in range(10)]
        simul = [f"m{i}" for i in range(n_simul)]
        concepts_of = {
            **{p: {"Task:stat", "Task:mt"} for p in stat},
            **{p: {"Task:simul", "Task:mt"} for p in simul},
            "bare": {"Method:smt", "Task:mt"},
        }
        years = {p: 2019 for p in concepts_of}
        moves = assign_senses(
            {"Method:smt": ["bare"]},
            {"Method:smt": ["Task:simul", "Task:stat"]},
            {"Task:stat": stat, "Task:simul": simul},
            concepts_of,
            years,
            defines={"Method:smt": ["Task:stat"]},
        )
        return moves.get(("bare", "Method:smt"))

    assert run(11) == "Task:stat"
    assert run(40) is None


def test_a_coined_sense_takes_no_crowd_that_shares_only_a_field_topic_with_it():
    """One paper names its own work "Zorb Lattice Aligner (ZLA)"; five other papers write a bare "ZLA" for
    another thing: they share only a field topic with the coiner, so none joins it (all stay on the bare key)."""
    coiner = {"Method:zla-long", "Task:patent-approval", "Topic:llm"}
    concepts_of = {
        "coin": coiner,
        **{f"u{i}": {"Method:zla", "Task:instruction-tuning", "Topic:llm"} for i in range(5)},
    }
    years = {"coin": 2024, "u0": 2022, "u1": 2023, "u2": 2023, "u3": 2025, "u4": 2025}
    bare = {"Method:zla": [f"u{i}" for i in range(5)]}
    senses = {"Method:zla": ["Method:zla-long"]}
    papers_of = {"Method:zla-long": ["coin"]}
    moves = assign_senses(bare, senses, papers_of, concepts_of, years, coined={"Method:zla-long": {"coin"}})
    assert "Method:zla-long" not in set(moves.values())
    # not coined (the paper only uses the sense): today's reading, the papers join it
    moves = assign_senses(bare, senses, papers_of, concepts_of, years)
    assert set(moves.values()) == {"Method:zla-long"}


def test_a_coined_sense_taken_up_by_the_field_keeps_its_users_but_not_earlier_ones():
    """A dataset paper coins "QBX"; a later paper writing a bare "QBX" shares its task (taken up), so the
    undecided ones join as before; a paper dated three years before the coiner cannot mean it."""
    concepts_of = {
        "coin": {"Dataset:qbx-long", "Task:quiz-answering"},
        "user": {"Dataset:qbx", "Task:quiz-answering"},
        "quiet": {"Dataset:qbx", "Method:other"},
        "early": {"Dataset:qbx", "Task:quiz-answering"},
    }
    years = {"coin": 2020, "user": 2021, "quiet": 2022, "early": 2017}
    moves = assign_senses(
        {"Dataset:qbx": ["user", "quiet", "early"]},
        {"Dataset:qbx": ["Dataset:qbx-long"]},
        {"Dataset:qbx-long": ["coin"]},
        concepts_of,
        years,
        coined={"Dataset:qbx-long": {"coin"}},
    )
    assert moves[("user", "Dataset:qbx")] == "Dataset:qbx-long"
    assert moves[("quiet", "Dataset:qbx")] == "Dataset:qbx-long"
    assert moves[("early", "Dataset:qbx")] == "Dataset:qbx"


def test_coins_acronym_reads_the_papers_own_work_only():
    from paperkg.resolve.senses import coins_acronym

    assert coins_acronym("QBX", "QBX: A Quiz Benchmark\n\nWe evaluate models.")
    assert coins_acronym("QBX", "A title\n\nIn this work we construct the Quiz Bench eXtended (QBX) dataset.")
    assert not coins_acronym("QBX", "A title\n\nModels are tested on the Quiz Bench eXtended (QBX). We propose X.")


def test_a_sense_that_only_spells_an_acronym_is_no_rival_of_the_lexicons_reading_that_holds_it():
    """No paper wrote "ZMT" for "zebra machine translation" (its initials only spell it): beside "zorb machine
    translation (ZMT)", which papers define so and the lexicons list, it is no sense of a bare "ZMT" (one build
    and a store that grew then decide alike: benchmarks/incremental.py, SMT and STS on ACL 3k). A held sense the
    lexicons do not list keeps its spelling rivals (a bare "ACC" is no automated compliance checking)."""
    from paperkg.refresh.acronyms import only_held_senses

    senses = {"Method:zmt": ["Task:zorbmt", "Task:zebramt"], "Method:qw": ["Method:quartic", "Method:quiet"]}
    defines = {"Method:zmt": ["Task:zorbmt"], "Method:qw": ["Method:quartic"]}
    assert only_held_senses(senses, defines, {("Method:zmt", "Task:zorbmt")}) == {
        "Method:zmt": ["Task:zorbmt"],
        "Method:qw": ["Method:quartic", "Method:quiet"],
    }


def test_a_paper_writing_the_acronym_only_as_a_word_keeps_off_the_sense():
    # "ZAP" the vision model; a story paper's "Zap Accuracy" and a sign-language tool "Zap and Create" name
    # words, not the model: kept apart (the bare key), as a paper writing its own phrase is
    spellings = {"Model:vision": ["Zero-shot Aligned Pretraining"]}
    for text in (
        "Event Stories\n\nWe gain 4% on Zap Accuracy and 2% on Sentence IoU.",
        "Sign Resources\n\nWe also developed the MSL Zap and Create software.",
    ):
        assert written_senses("ZAP", text, spellings, "Model:zap") == {"Model:zap"}
    # in capitals somewhere, at a sentence start only, or in the title only: no such evidence
    for text in (
        "ZAP Reward\n\nWe fine-tune Zap features.",
        "Probing\n\nZap features help. We probe them.",
        "Zap Accuracy Matters\n\nWe probe features.",
    ):
        assert written_senses("ZAP", text, spellings, "Model:zap") == set()


def test_a_variable_letter_before_the_capitals_or_an_address_is_the_acronym_not_another_case():
    # "ZNN" (z-nearest nets): papers write "zNN", the variable's letter in lower case, and an address in lower
    # case; neither is a word the paper names: no own-name node, the sense is left to the other rules
    spellings = {"Method:znearest": ["z-nearest nets"]}
    for text in (
        "Ensembles\n\nAn ensemble of 5 classifiers (SVM, z Nearest Net (zNN) and RF) ranks first.",
        "Estimators\n\nWe compare estimators (linear probing, zNN, H-score) on 20 tasks.",
        "zNN Retrieval\n\nWe introduce zNN-Speech. Code is at https://example.org/znn-speech .",
    ):
        assert written_senses("ZNN", text, spellings, "Method:znn") == set()


def test_capitals_with_small_letters_to_the_end_are_the_acronym_not_another_case():
    # tp37b: s36b had two IMDB nodes, "IMDB" (35 papers) and an own-name node "IMDb" (12): each paper writing only
    # "IMDb" ("results on the IMDb and Yelp datasets") read as writing IMDB in a case of its own and was kept off
    # the acronym's sense. The field writes such names with their last letters small (IMDb, XSum, SAMSum,
    # XLSum, TEACh on s36b): the acronym, as "kNN" is; a plural "s" ("ZRPs") stays the plural rule's.
    spellings = {"Dataset:zorbmoviedatabase": ["Zorb Movie DataBase"]}
    for text in (
        "Robust Readers\n\nExperiments on the ZMDb and Yelp datasets show gains.",
        "Sentiment\n\nWe train on ZMDb reviews and test on other sets.",
    ):
        assert written_senses("ZMDB", text, spellings, "Dataset:zmdb") == set()
    # a small letter before a capital is still the writer's own coinage
    assert written_senses("ZMDB", "T\n\nWe propose ZmDB, a tool.", spellings, "Dataset:zmdb") == {"Dataset:zmdb"}


def test_a_phrase_is_the_papers_own_only_when_it_spells_out_no_sense_lists_no_names_and_defines_no_other():
    """Issue 15 (own-name twins on the 44k graph: GPT, mBERT, CNN-LSTM, CLIP kept apart from the field's term).
    A capitalised run that spells the acronym is the paper's own long form only when it is none of the senses
    written otherwise (a hyphen, a plural, a version: "Zonal Pre-trained Transformer-4" is "zonal pretrained
    transformers", though its first words alone spell ZPT too), takes no letters from names of its own ("ZNN
    and LSTM" for ZNNLSTM, "Malay ZORB" beside mZORB) and defines no other acronym ("Zonal Language-Image
    Pre-training (ZoLIP)" is no ZLIP)."""
    sp = {"M:zpt": ["zonal pretrained transformers", "ZPT"]}
    for text in (
        "T\n\nWe fine-tune the Zonal Pre-trained Transformer (ZPT) for tagging.",
        "T\n\nWe prompt the Zonal Pre-trained Transformer-4 (ZPT-4).",
        "T\n\nState-of-the-art Zonal Pre-Trained Transformers (ZPTs) models.",
    ):
        assert written_senses("ZPT", text, sp, "M:own") == {"M:zpt"}
    assert written_senses("ZPT", "T\n\nOur Zonal Pattern Tagger (ZPT) tags.", sp, "M:own") == {"M:own"}
    lists = "T\n\nOur model combines ZNN and LSTM layers; a ZNN-LSTM model."
    assert written_senses("ZNN-LSTM", lists, {"M:z": ["zonal network with long short-term memory"]}, "M:own") == set()
    malay = "T\n\nOur model beats mZORB by 2 points and Malay ZORB by 1 point."
    assert written_senses("mZORB", malay, {"M:m": ["multilingual ZORB"]}, "M:own") == set()
    defined = "T\n\nWe present the Chinese ZORB (CZORB) for tagging."  # a run naming ZORB that defines the acronym
    assert written_senses("CZORB", defined, {"M:c": ["contrastive ZORB"]}, "M:own") == {"M:own"}
    other = "T\n\nWe propose Zonal Language-Image Pre-training (ZoLIP). Models like ZLIP embed images."
    assert written_senses("ZLIP", other, {"M:z": ["zero-shot language-image pretraining"]}, "M:own") == set()
    hyphens = "T\n\nA novel Text-Of-Zones Convolutional Network (TOZ-CN) tags."  # one word of three parts spells
    assert written_senses("TOZ", hyphens, {"M:t": ["token order zoning"]}, "M:own") == {"M:own"}


def test_a_name_never_written_in_lower_case_is_the_acronym_capitalised_also_in_a_run():
    """ "Zorp for Token Classification", "a pretrained Chinese Zorp": where the acronym's letters are no word of
    the language (the caller asks the corpus statistics and the senses' spellings: resolve.refresh.acronyms.a_word)
    the capital is the name's, and the paper writes the acronym; a word ("Zorp Accuracy" of a word "zorp") is
    the run's word, as before."""
    sp = {"M:z": ["zonal ordered retrieval pretraining"]}
    text = "T\n\nWe use Zorp for Token Classification and a pretrained Chinese Zorp."
    assert written_senses("ZORP", text, sp, "M:own", word=False) == set()
    assert written_senses("ZORP", text, sp, "M:own") == {"M:own"}
