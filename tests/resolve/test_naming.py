"""Names chosen by the corpus, merges across papers, one alias one concept (issue 15 items 1-3)."""

from __future__ import annotations

import json
import re

import pytest

from paperkg import api
from paperkg.names import fold
from paperkg.resolve.merging import plan_merges
from paperkg.resolve.naming import choose_name, paper_vote


def test_a_defining_paper_votes_with_its_long_form_and_sentence_starts_do_not_decide_case():
    text = "Title\n\nAttention is key. We study attention heads."
    spans = [(text.index("Attention"), text.index(" is")), (text.index("attention"), text.index(" heads"))]
    assert paper_vote(text, spans) == ("attention", True)
    title_only = "Attention Sinks\n\nNothing here."
    assert paper_vote(title_only, [(0, 9)]) == ("Attention", False)


def test_a_paper_votes_its_coined_acronym_but_the_long_form_of_an_initialism():
    def vote(text, *names):
        return paper_vote(text, [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)])

    coined = "T\n\nWe propose QUIck FRobbing Search (QUIFRS). QUIFRS is fast, and QUIFRS scales."
    assert vote(coined, "QUIck FRobbing Search", "QUIFRS") == ("QUIFRS", True)
    abbreviation = "T\n\nWe release the Frob Treebank (FTB). FTB is big, and FTB is free."
    assert vote(abbreviation, "Frob Treebank", "FTB") == ("Frob Treebank", True)
    mixed_case = "T\n\nWe propose Sparse Frobnication (SpaF). SpaF wins."
    assert vote(mixed_case, "Sparse Frobnication", "SpaF") == ("SpaF", True)
    initials = "T\n\nWe propose Direct Frob Optimization (DFO). DFO wins and DFO scales."
    # its capitals spell the acronym they define: the marked case of a definition, not the writer's case
    assert vote(initials, "Direct Frob Optimization", "DFO") == ("Direct Frob Optimization", False)
    # a paper that writes the long form more often than its acronym names it by the long form
    mostly_long = "T\n\nWe propose Sparse Frobnication (SpaF). Sparse Frobnication is fast."
    assert vote(mostly_long, "Sparse Frobnication", "SpaF") == ("Sparse Frobnication", True)


def test_capitals_that_define_an_acronym_do_not_vote_for_the_names_case():
    """ "Frob Random Fields (FRFs)" is capitalised to show the acronym's letters; papers that write the name
    mid-sentence without defining it decide its case, so the lower case wins over many definitions."""
    defining = "T\n\nWe train Frob Random Fields (FRFs). FRFs help."
    plain = "T\n\nWe train frob random fields on tweets."

    def spans(text, name):
        return [(m.start(), m.end()) for m in re.finditer(name, text)]

    votes = [paper_vote(defining, spans(defining, "Frob Random Fields"))] * 5
    votes += [paper_vote(plain, spans(plain, "frob random fields"))] * 2
    assert votes[0] == ("Frob Random Fields", False)
    assert choose_name(votes, current="Frob Random Fields") == "frob random fields"
    # a capitalised name written so without a definition keeps its capitals
    named = "T\n\nWe use Frob Random Fields everywhere."
    assert paper_vote(named, spans(named, "Frob Random Fields")) == ("Frob Random Fields", True)


def test_a_paper_writing_a_name_with_an_acronym_inside_votes_the_spelled_out_name():
    """An acronym inside a longer name is the acronym's use (issue 15 item 1: ties go to the long form): the
    seed's "Adaptive Note-Enhanced RAG" beside its title's "... Retrieval-Augmented Generation", the 44k's
    "extractive QA" / "extractive question answering", "nested NER" / "nested named entity recognition"."""

    def vote(text, *names):
        return paper_vote(text, [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)])

    titled = "Towards Lazy Note-Enhanced Zorb-Frobbed Quuxing\n\nWe propose Lazy Note-Enhanced ZFQ for QA."
    assert vote(titled, "Lazy Note-Enhanced Zorb-Frobbed Quuxing", "Lazy Note-Enhanced ZFQ") == (
        "Lazy Note-Enhanced Zorb-Frobbed Quuxing",
        False,
    )
    often = "T\n\nWe study nested zorb frob parsing (nested ZFP). Nested ZFP is hard; nested ZFP scales."
    assert vote(often, "nested zorb frob parsing", "nested ZFP", "Nested ZFP") == ("nested zorb frob parsing", True)
    # a coined acronym inside a name is the name's own spelling ("QLoRA tuning", not its letters spelled out)
    coined = "T\n\nWe run fast Zorb Low-Rank Frobbing. Fast ZoRF wins; fast ZoRF scales."
    assert vote(coined, "fast Zorb Low-Rank Frobbing", "fast ZoRF") == ("fast ZoRF", True)


def test_a_tie_between_a_name_with_an_acronym_inside_and_the_name_spelled_out_goes_to_the_spelled_out_name():
    """issue 15 item 1 (ties: the long form): on the 44k graph, merging "English WSD" (3 papers) into "English
    Word Sense Disambiguation" (3) renamed it "English WSD", as "Twitter SD" took "Twitter Stance Detection"."""
    votes = (
        [("Quux ZP", True)] * 3 + [("Quux Zorb Parsing", False)] + [("Quux zorb parsing", True)] * 2 + [("QZP", True)]
    )
    assert choose_name(votes, current="Quux ZP") == "Quux zorb parsing"
    assert choose_name([("Quux ZP", True)] * 3 + [("Quux Zorb Parsing", True)] * 2, current="Quux ZP") == "Quux ZP"


def test_the_spelling_most_papers_use_wins_and_is_never_invented():
    votes = [("Mixture of Experts", True)] * 3 + [("Mixture-of-Experts", True)] * 2 + [("mixture of expert", True)]
    assert choose_name(votes, current="mixture of expert") == "Mixture of Experts"
    # an acronym used bare by most papers is the name (SimPO, not its long form)
    assert choose_name([("Simple Preference Optimization", True)] + [("SimPO", True)] * 3) == "SimPO"
    # a tie goes to the long form
    assert choose_name([("Direct Preference Optimization", True), ("DPO", True)]) == "Direct Preference Optimization"
    # lower case when the field writes it so mid-sentence; capitals seen only at sentence starts do not count
    assert choose_name([("Attention", False)] * 5 + [("attention", True)]) == "attention"


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


def test_merges_bare_acronyms_twins_and_types():
    rows = [
        _row("Method:svm", "SVM", 130),
        _row("Method:supportvectormachine", "Support Vector Machines", 277, ["SVM"]),
        _row("Method:seq2seq", "Seq2Seq", 250),
        _row("Method:sequencetosequence", "sequence-to-sequence", 751, ["seq2seq"]),
        _row("Method:wmt25", "WMT25", 2),
        _row("Dataset:wmt25", "WMT 2025", 5),
        _row("Method:sft", "SFT", 10),
        _row("Method:supervisedfinetuning", "supervised fine-tuning", 40, ["SFT"]),
        _row("Method:sparsefinetuning", "sparse fine-tuning", 30, ["SFT"]),
        _row("Dataset:mmlu", "MMLU", 90),
        _row("Dataset:mmlupro", "MMLU-Pro", 20),
        _row("Dataset:humaneval", "HumanEval", 50),
        _row("Dataset:humaneval+", "HumanEval+", 9),
        _row("Model:xlmroberta", "XLM-RoBERTa", 308),
        _row("Model:xlmr", "XLM-RoBERTa", 1, ["XLM-R"]),
        _row("Model:xlmrobertapretraining", "XLM-RoBERTa", 1, ["XLM-RoBERTa Pretraining"]),
        _row("Method:tfidf", "TF-IDF", 86, ["TF IDF"]),
        _row("Method:termfrequency", "TF-IDF", 33, ["term frequency-inverse document frequency"]),
        _row("Dataset:bird", "BIRD", 12, ["Birds"]),
        _row("Dataset:bigramrel", "BIRD", 7, ["bigram relatedness"]),  # senses
        _row("Method:sigtyp", "SIGTYP", 12),
        _row("Dataset:sigtyp", "SIGTYP", 8, ["SigTyp"]),
        # the name in another case is no long form; an inner plural is no second sense
        _row("Dataset:frobeval", "FrobEval", 25, ["Frob-Eval", "Frobeval"]),
        _row("Dataset:frobbinglanguage", "FrobEval", 3, ["Frobbing Language in Media", "FROBEVAL"]),
        _row("Model:zert", "ZERT", 900, ["Zigzag Encoder Representations from Transformers"]),
        _row("Model:zertsingular", "ZERT", 20, ["Zigzag Encoder Representation from Transformer"]),
    ]
    # bare acronyms (SVM, SFT) join a sense per paper (resolve.senses), never wholesale here
    assert plan_merges(rows) == {
        "Method:seq2seq": "Method:sequencetosequence",
        "Model:xlmr": "Model:xlmroberta",
        "Model:xlmrobertapretraining": "Model:xlmroberta",  # a spelling holding the name: no sense
        "Method:termfrequency": "Method:tfidf",  # "TF IDF" is not a long form
        "Dataset:sigtyp": "Method:sigtyp",  # one name, two types: the majority type
        "Method:wmt25": "Dataset:wmt25",
        "Dataset:frobbinglanguage": "Dataset:frobeval",
        "Model:zertsingular": "Model:zert",
    }


@pytest.mark.parametrize(
    "a, b, one",
    [
        ("AIME 2024", "AIME24", True),
        ("AlpacaEval 2", "AlpacaEval 2.0", True),
        ("WMT 2025", "WMT25", True),
        ("MMLU", "MMLU-Pro", False),
        ("HumanEval", "HumanEval+", False),
        ("AIME 2024", "AIME 2025", False),
    ],
)
def test_editions_of_one_benchmark_merge_and_different_benchmarks_stay_apart(a, b, one):
    rows = [_row(f"Dataset:1-{a}", a, 9), _row(f"Dataset:2-{b}", b, 4)]
    assert plan_merges(rows) == ({f"Dataset:2-{b}": f"Dataset:1-{a}"} if one else {})


def _records(tmp_path, rows):
    src = tmp_path / f"p{len(list(tmp_path.iterdir()))}.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(src)


@pytest.mark.parametrize("bulk", [True, False])
def test_names_follow_the_corpus_as_papers_are_added_and_removed(tmp_path, bulk):
    store = str(tmp_path / "g.lbdb")
    first = [{"id": "a1", "title": "Sparse models", "abstract": "We scale the Mixture of Experts model with DPO."}]
    api.build([_records(tmp_path, first)], store=store, bulk=bulk)
    card = api.concept_card("Mixture of Experts", store=store)
    key = card["key"]
    assert card["name"] == "Mixture of Experts"
    more = [
        {
            "id": f"b{i}",
            "title": f"Paper {i}",
            "abstract": "We scale the Mixture-of-Experts (MoE) model with DPO. The MoE router is sparse.",
        }
        for i in range(3)
    ]
    api.build([_records(tmp_path, more)], store=store)
    card = api.concept_card("MoE", store=store)
    assert (card["key"], card["name"]) == (key, "Mixture-of-Experts")  # the key never changes
    assert "Mixture of Experts" in card["aliases"]
    with api.open_store(store, read_only=True) as st:
        added = [r["id"] for r in st.paper_titles() if r["title"].startswith("Paper ")]
    assert len(added) == 3
    for paper_id in added:
        assert api.remove_paper(paper_id, store=store)
    card = api.concept_card("mixture of experts", store=store)
    assert (card["key"], card["name"]) == (key, "Mixture of Experts")


@pytest.mark.parametrize(
    "kind, a, b, one",
    [
        ("Metric", "weighted F1 score", "weighted-F1", True),  # a score head adds nothing to a measure
        ("Metric", "ROUGE scores", "ROUGE", True),
        ("Task", "graph-to-text generation", "graph-to-text", True),  # a mapping names the generation task
        ("Task", "coreference resolution task", "coreference resolution", True),
        ("Task", "text generation", "text", False),  # a noun is not its generation task
        ("Task", "dialogue generation", "dialogue", False),
        ("Metric", "Z-score", "Z", False),
        ("Dataset", "Frobparl corpus", "Frobparl", True),
        ("Dataset", "FMT 2020 Shared Task", "FMT20", True),  # an edition's shared task is the edition's data
        ("Dataset", "FMT 2020 Shared Task", "FMT21", False),
        ("Method", "self-training method", "self-training", True),
        ("Method", "attention mechanism", "attention", True),
        ("Model", "reward model", "reward", False),  # only the heads that add nothing to their kind
        ("Method", "latent diffusion model", "latent diffusion", False),
    ],
)
def test_a_head_word_that_adds_nothing_does_not_make_a_second_concept(kind, a, b, one):
    rows = [_row(f"{kind}:1", a, 30), _row(f"{kind}:2", b, 20)]
    assert plan_merges(rows) == ({f"{kind}:2": f"{kind}:1"} if one else {})


def test_the_fields_synonyms_merge_across_kinds_into_the_majority_and_near_terms_stay_apart():
    table = {
        "frobrecognition": "automaticfrobrecognition",
        "automaticfrobrecognition": "automaticfrobrecognition",
        "frobtagging": "froblabeling",
        "froblabeling": "froblabeling",
    }
    rows = [
        _row("Task:frobrecognition", "frob recognition", 20),
        _row("Task:autofrobrecognition", "automatic frob recognition", 48, ["AFR"]),
        _row("Method:frobtagging", "frob tagging", 12),
        _row("Task:froblabeling", "frob labeling", 30),
        _row("Method:neuralfroblabeling", "neural frob labeling", 40),
    ]  # not on a line: a concept of its own
    assert plan_merges(rows, table) == {
        "Method:frobtagging": "Task:froblabeling",
        "Task:frobrecognition": "Task:autofrobrecognition",
    }
    # the shipped table: the names of one line merge; without a table nothing does
    rows = [_row("Task:sr", "speech recognition", 20), _row("Task:asr", "automatic speech recognition", 48)]
    assert plan_merges(rows) == {"Task:sr": "Task:asr"}
    assert plan_merges(rows, {}) == {}
    # a Dataset named like a task keeps its kind: the RTE data is not the inference task
    rows = [
        _row("Task:nli", "natural language inference", 90),
        _row("Task:te", "textual entailment", 30),
        _row("Dataset:rte", "Recognizing Textual Entailment", 40, ["RTE"]),
    ]
    assert plan_merges(rows) == {"Task:te": "Task:nli"}


def test_long_forms_that_differ_in_small_words_or_articles_are_one_sense():
    rows = [
        _row("Method:workshoponfrob", "W-FROB", 10, ["Workshop on Frobbed User-written Text"]),
        _row("Method:workshopoffrob", "W-FROB", 3, ["Workshop of Frobbed User-written Text"]),
        _row("Model:zert", "ZERT", 900, ["Zigzag Encoder Representations from Transformers"]),
        _row("Model:zerta", "ZERT", 3, ["zigzag encoder representation from a transformer"]),
        _row("Model:zertother", "ZERT", 5, ["Zero Error Rate Tuning"]),
    ]  # a different long form: a sense
    assert plan_merges(rows, {}) == {"Method:workshopoffrob": "Method:workshoponfrob", "Model:zerta": "Model:zert"}


def test_editions_of_a_series_are_written_alike_and_stay_apart():
    from paperkg.resolve.naming import edition_names

    votes = {
        "Dataset:frob20": [("FROB20", True)] * 6 + [("FROB 2020", True)],
        "Dataset:frob21": [("FROB 2021", True)] * 3 + [("FROB21", True)] * 2,
        "Dataset:frob18": [("FROB 2018", True)] * 2,  # no paper wrote "FROB18": it keeps its name
        "Method:frob21": [("FROB 2021", True)],
    }  # another kind is another family
    names = {
        "Dataset:frob20": "FROB20",
        "Dataset:frob21": "FROB 2021",
        "Dataset:frob18": "FROB 2018",
        "Method:frob21": "FROB 2021",
    }
    assert edition_names(votes, names) == {"Dataset:frob21": "FROB21"}
    # editions stay apart: the table of merges is untouched by spelling
    rows = [_row("Dataset:frob20", "FROB20", 9), _row("Dataset:frob21", "FROB21", 5)]
    assert plan_merges(rows) == {}


def test_a_bare_acronym_of_another_kind_never_joins_a_named_sense_wholesale():
    rows = [
        _row("Dataset:ftb", "FTB", 8),
        _row("Method:frobtwitterbert", "FTB", 30, ["Frob-Twitter-BERT"]),
        _row("Method:zap", "ZAP", 3),
        _row("Model:zap", "ZAP", 9),  # both bare: one name, the majority type
        # a word-like name ("FroLore") is no acronym: no sense step takes it, so it joins by name
        _row("Model:frolore", "FroLore", 1),
        _row("Method:frolore", "FroLore", 2, ["Frobbed Low-Rank"]),
    ]
    assert plan_merges(rows, {}) == {"Method:zap": "Model:zap", "Model:frolore": "Method:frolore"}


def test_a_coined_acronym_names_one_concept_of_a_kind_only():
    from paperkg.refresh.names import _distinct_acronyms

    rows = {
        "Method:frobnet": {"kind": "Method", "name": "Frob Network", "paper_count": 50},
        "Method:frobbingnetwork": {
            "kind": "Method",
            "name": "FRObbing NETwork",
            "paper_count": 2,
            "aliases": ["FROBNET"],
        },
        "Dataset:frobnet": {"kind": "Dataset", "name": "FrobNet", "paper_count": 3},
    }
    chosen = {"Method:frobnet": "FrobNet", "Method:frobbingnetwork": "FROBNET", "Dataset:frobnet": "FrobNet"}
    written = {"Method:frobbingnetwork": [("FROBNET", True), ("FRObbing NETwork", True)]}
    # the concept most papers mention keeps the acronym; the other is named by its long form; kinds stay apart
    assert _distinct_acronyms(rows, chosen, written) == {"Method:frobbingnetwork": "FRObbing NETwork"}
    # a concept outside this refresh that holds the name counts too
    assert _distinct_acronyms(rows, {"Method:frobbingnetwork": "FROBNET"}, written) == {}
    rows["Method:frobnet"]["name"] = "FrobNet"
    assert _distinct_acronyms(rows, {"Method:frobbingnetwork": "FROBNET"}, written) == {
        "Method:frobbingnetwork": "FRObbing NETwork"
    }


def test_spellings_one_lexicon_entry_lists_are_one_concept_unless_a_paper_expanded_otherwise():
    """Rule 6: the field's lexicons say "frob net" and "FN" are one thing, so their stored concepts
    merge into the one more papers mention; an FN whose paper defined it as something else stays."""
    from paperkg.refresh.reading import lexicon_entries

    entries = {("Method", "frobnet"): "frob net", ("Method", "fn"): "frob net"}
    rows = [
        _row("Method:frobnet", "frob net", 40),
        _row("Method:fn", "FN", 12),
        _row("Dataset:fn", "FN", 3),
    ]  # another kind: not this entry's
    assert plan_merges(rows, {}, entries) == {"Method:fn": "Method:frobnet"}
    rows[1] = _row("Method:fn", "FN", 3, ["Fuzzy Nibbler"])
    assert plan_merges(rows, {}, entries) == {}
    # a name the field uses widely is not another thing because one paper expanded it oddly
    rows[1] = _row("Method:fn", "FN", 12, ["Fuzzy Nibbler"])
    assert plan_merges(rows, {}, entries) == {"Method:fn": "Method:frobnet"}
    # the shipped lexicons: CNN/DM is a spelling of CNN/DailyMail
    assert lexicon_entries()[("Dataset", fold("CNN/DM"))] == lexicon_entries()[("Dataset", fold("CNN/DailyMail"))]


def test_a_long_form_takes_the_kind_of_the_papers_that_write_its_acronym():
    """Two papers type "Daily Herald Archive (DHA)" a Metric, one a Dataset, eight write only "DHA", typed a
    Dataset: the long form's kind counts the papers of the bare acronym it holds. Two senses of one name with
    their own long forms stay apart across kinds too ("ZoRo" zooming and rotating, "ZORO" a corpus)."""
    rows = [
        {
            "key": "Metric:dha-long",
            "name": "Daily Herald Archive",
            "kind": "Metric",
            "aliases": ["DHA"],
            "paper_count": 2,
        },
        {"key": "Dataset:dha-long", "name": "Daily Herald Archive", "kind": "Dataset", "aliases": [], "paper_count": 1},
        {"key": "Dataset:dha", "name": "DHA", "kind": "Dataset", "aliases": [], "paper_count": 8},
        {"key": "Method:zoro", "name": "ZoRo", "kind": "Method", "aliases": ["zooming and rotating"], "paper_count": 6},
        {
            "key": "Dataset:zoro",
            "name": "ZORO",
            "kind": "Dataset",
            "aliases": ["ZOned Reviews Of ROtations"],
            "paper_count": 1,
        },
    ]
    assert plan_merges(rows, {}) == {"Metric:dha-long": "Dataset:dha-long"}


def test_a_vote_for_an_acronym_the_long_form_spells_counts_only_beside_a_bare_twin_of_its_kind():
    from paperkg.refresh.names import _spelled_acronyms

    row = {"key": "Metric:glo", "name": "global evaluation of aligned meaning", "kind": "Metric", "aliases": []}
    votes = [("GLEAM", True), ("GLEAM", True), ("global evaluation of aligned meaning", True), ("GLAM", True)]
    bare = {"key": "Metric:gleam", "name": "GLEAM", "kind": "Metric", "aliases": []}
    assert _spelled_acronyms(row, votes, {"gleam": [bare]}) == {"gleam"}  # GLAM: no piece of "global" skips two
    # the acronym names a concept of another kind, or one with its own long form: another sense, not a spelling
    other = {"key": "Model:gleam", "name": "GLEAM", "kind": "Model", "aliases": []}
    assert _spelled_acronyms(row, votes, {"gleam": [other]}) == set()
    own = {**bare, "aliases": ["graph learning with edge attention masks"]}
    assert _spelled_acronyms(row, votes, {"gleam": [own]}) == set()


def test_a_one_paper_acronym_gives_its_name_to_the_widely_used_concept_that_holds_it():
    from paperkg.refresh.names import plan_dedupe

    def row(key, name, aliases, papers):
        return {"key": key, "name": name, "aliases": aliases, "paper_count": papers}

    small = row("Dataset:frob", "FroB", ["Frobbing of Bits"], 1)
    big = row("Dataset:msfrob", "MS-FROB", ["FROB", "MS FROB"], 80)
    names, aliases = plan_dedupe([small, big])
    assert names == {"Dataset:frob": "Frobbing of Bits"}
    assert aliases["Dataset:frob"] == [] and "Dataset:msfrob" not in aliases  # FROB stays on the big one
    # no long form to go by, or not used widely enough: the name wins as before
    bare = row("Dataset:frob", "FroB", [], 1)
    assert plan_dedupe([bare, big]) == ({}, {"Dataset:msfrob": ["MS FROB"]})
    rare = row("Dataset:msfrob", "MS-FROB", ["FROB"], 9)
    assert plan_dedupe([small, rare]) == ({}, {"Dataset:msfrob": []})


def test_a_prompting_technique_and_its_prompting_spelling_are_one_and_so_are_the_emotion_task_names():
    """The shipped data: the lexicon's chain-of-thought entry lists "chain-of-thought prompting" (rule 6);
    synonyms.tsv names emotion detection, classification and recognition one task (rule 5), its
    named settings stay apart; text style transfer (beside a corpus's image style transfer: the other senses of
    data/apart.tsv) and zero-shot cross-lingual transfer stay apart."""
    from paperkg.refresh.reading import lexicon_entries

    rows = [
        _row("Method:cot", "chain-of-thought", 400),
        _row("Method:cotp", "chain-of-thought prompting", 100),
        _row("Method:cotp2", "CoT prompting", 20),
        _row("Method:zcot", "zero-shot CoT prompting", 3),
    ]
    assert plan_merges(rows, None, lexicon_entries()) == {"Method:cotp": "Method:cot", "Method:cotp2": "Method:cot"}
    rows = [
        _row("Task:ed", "emotion detection", 189),
        _row("Task:ec", "emotion classification", 130),
        _row("Task:er", "emotion recognition", 128),
        _row("Task:erc", "emotion recognition in conversation", 60),
        _row("Task:st", "style transfer", 120),
        _row("Task:tst", "text style transfer", 90),
        _row("Task:ist", "image style transfer", 40),
        _row("Task:zt", "zero-shot transfer", 90),
        _row("Task:zclt", "zero-shot cross-lingual transfer", 100),
    ]
    assert plan_merges(rows) == {"Task:ec": "Task:ed", "Task:er": "Task:ed"}


def test_variants_of_an_acronyms_long_form_in_number_and_small_words_join_the_acronym():
    """Rule 1: the long forms an acronym concept's papers wrote, folded word by word, take in the concepts
    named by their variants ("Zorbing Encoder Representation from Transformer" for ZERT's "Zorbing Encoder
    Representations from Transformers"); rule 6 does so for a lexicon entry's long form. A small word bound
    by a hyphen is part of its word ("in-frob learning" is no "frob learning"), and a paper's own acronym
    for a listed long form ("Frob search and RE-rAnKing (FREAK)") is that paper's method, not the entry."""
    from paperkg.refresh.reading import lexicon_entries  # noqa: F401  (the shipped entries are read below)
    from paperkg.resolve.merging import long_form_fold

    rows = [
        _row("Model:zert", "ZERT", 300, ["Zorbing Encoder Representations from Transformers"]),
        _row("Model:zert-long", "Zorbing Encoder Representation from Transformer", 20),
        _row("Model:zert-nofrom", "zorbing encoder representations transformers", 3),
        _row("Model:zert-a", "zorbing encoder representation from a transformer", 2),
        _row("Method:zert-long", "Zorbing Encoder Representation from Transformer", 2),  # another kind
        _row("Model:zort", "Zorbing Output Representation from Transformer", 4),
    ]  # other words
    assert plan_merges(rows, {}) == {
        "Model:zert-a": "Model:zert",
        "Model:zert-long": "Model:zert",
        "Model:zert-nofrom": "Model:zert",
    }
    long_form = "frob search reranking"
    entries = {
        ("Method", "fs"): long_form,
        ("Method", fold(long_form)): long_form,
        ("Method", long_form_fold("frob search re-ranking")): long_form,
        ("Method", "inf"): "in-frob learning",
        ("Method", fold("in-frob learning")): "in-frob learning",
        ("Method", long_form_fold("in-frob learning")): "in-frob learning",
    }
    rows = [
        _row("Method:fs", "FS", 50),
        _row("Method:fsr", "Frobs search re-ranking", 3),
        _row("Method:freak", "Frob search and RE-rAnKing", 2, ["FREAK"]),
        _row("Method:inf", "INF", 30),
        _row("Method:fl", "frob learning", 3),
    ]
    assert plan_merges(rows, {}, entries) == {"Method:fsr": "Method:fs"}
    # the shipped lexicons: BERT's long form, folded word by word, is BERT's
    entry = lexicon_entries()[("Model", long_form_fold("Bidirectional Encoder Representation from Transformer"))]
    assert entry == lexicon_entries()[("Model", fold("BERT"))]


def test_near_synonyms_of_the_synonym_table_merge_and_a_pair_kept_apart_says_why(monkeypatch):
    """Rule 5 with the shipped table: "entity recognition" and the typo "name entity recognition" are
    NER, the multi-label emotion task is one under three verbs; a pair of data/apart.tsv never merges,
    and kept_apart lists it with its reason (invented table: "frob model" / "frob modeling")."""
    from paperkg.resolve import merging

    rows = [
        _row("Task:ner", "named entity recognition", 900),
        _row("Task:er", "entity recognition", 80),
        _row("Task:nameer", "name entity recognition", 10),
        _row("Task:mled", "multi-label emotion detection", 25),
        _row("Task:mlec", "multi-label emotion classification", 20),
        _row("Task:ser", "semantic entity recognition", 4),
    ]  # a named setting: its own task
    assert plan_merges(rows) == {"Task:er": "Task:ner", "Task:mlec": "Task:mled", "Task:nameer": "Task:ner"}
    monkeypatch.setattr(
        merging,
        "_apart_pairs",
        lambda: {
            "frobmodel": [("frobmodeling", "a net, not its loss")],
            "frobmodeling": [("frobmodel", "a net, not its loss")],
        },
    )
    rows = [_row("Method:fm", "frob models", 70, ["Frob Model"]), _row("Method:fmg", "frob modeling", 180)]
    assert plan_merges(rows, {}) == {}
    assert [(r["key"], r["why"]) for r in merging.kept_apart("Method:fm", rows)] == [
        ("Method:fmg", "a net, not its loss")
    ]
    assert [r["key"] for r in merging.kept_apart("Method:fmg", rows)] == ["Method:fm"]
    assert merging.kept_apart("Method:none", rows) == []


def test_capitals_a_longer_name_lends_do_not_vote_for_case():
    # "Frob Detection" capitalised only inside longer capitalised names: the field writes it in lower case
    inside = (
        "T\n\nWe join the Machine-Written Frob Detection shared task and the Violence Inciting Frob Detection task."
    )
    spans = [(m.start(), m.end()) for m in re.finditer("Frob Detection", inside)]
    assert paper_vote(inside, spans) == ("Frob Detection", False)
    plain = "T\n\nWe study frob detection."
    votes = [paper_vote(inside, spans)] * 5 + [paper_vote(plain, [(plain.index("frob"), plain.index("."))])]
    assert choose_name(votes, current="Frob Detection") == "frob detection"
    # a name's own shape keeps its case: digits, inner capitals and acronyms are not title case
    own = "T\n\nWe use the Meta Frobma 3 Instruct model and BERT Large."
    assert paper_vote(own, [(own.index("Frobma 3"), own.index(" Instruct"))]) == ("Frobma 3", True)
    # a capitalised word at a sentence start lends nothing
    start = "T\n\nIt works. The Frob Detection data is new."
    assert paper_vote(start, [(start.index("Frob"), start.index(" data"))]) == ("Frob Detection", True)


def test_tied_spellings_go_to_the_lexicon_then_to_lower_case_then_stay():
    tie = [("Frobma3", True)] * 4 + [("Frobma 3", True)] * 4
    assert choose_name(tie, current="Frobma3") == "Frobma3"  # no other reason: the name does not flip
    assert choose_name(tie, current="Frobma3", canonical={"Frobma 3"}) == "Frobma 3"
    case = [("Frob Boosting", True)] * 3 + [("frob boosting", True)] * 3
    assert choose_name(case, current="Frob Boosting") == "frob boosting"
    # lower case only over the same words capitalised, not over a name's own inner capitals
    inner = [("FrobEval-2019", True), ("frobEval-2019", True)]
    assert choose_name(inner, current="FrobEval-2019") == "FrobEval-2019"


def test_a_kind_tie_goes_to_the_kind_evidence_gave_not_to_the_default():
    # one paper types the name by its context ("benchmarks such as"), the other by nothing (Method, the default)
    rows = [_row("Method:frobcomp", "FrobComp", 1), _row("Dataset:frobcomp", "FrobComp", 1)]
    assert plan_merges(rows) == {"Method:frobcomp": "Dataset:frobcomp"}
    # a majority still decides
    rows = [_row("Method:frobcomp", "FrobComp", 2), _row("Dataset:frobcomp", "FrobComp", 1)]
    assert plan_merges(rows) == {"Dataset:frobcomp": "Method:frobcomp"}


def test_a_name_written_only_where_capitals_are_forced_takes_the_case_the_field_writes(tmp_path):
    # both names open a sentence only; the corpus statistics say the field writes the first in lower case
    # ("adversarial training") and capitalises the second ("Bayesian optimization": a proper adjective)
    store = str(tmp_path / "g.lbdb")
    papers = [
        {
            "id": "s1",
            "title": "Robust frob nets",
            "abstract": "Adversarial training hardens frob nets. Bayesian optimization tunes their rates.",
        }
    ]
    api.build([_records(tmp_path, papers)], store=store)
    assert api.concept_card("adversarial training", store=store)["name"] == "adversarial training"
    assert api.concept_card("bayesian optimization", store=store)["name"] == "Bayesian optimization"
    # a paper that writes its own case mid-sentence decides, whatever the field does
    own = [{"id": "s2", "title": "More frob nets", "abstract": "We study Adversarial Training of frob nets."}]
    api.build([_records(tmp_path, own)], store=store)
    assert api.concept_card("adversarial training", store=store)["name"] == "Adversarial Training"


def test_titles_attest_the_words_of_a_name_and_abstracts_its_case():
    """Six "X at ZorbEval-2031 Task 3: ..." titles (case not the writer's) outweigh one abstract's other words
    ("ZorbEval2031 shared task 3"); between spellings of the same words, the abstract's case still decides."""
    votes = [("ZorbEval-2031 Task 3", False)] * 6 + [("ZorbEval2031 shared task 3", True)]
    assert choose_name(votes) == "ZorbEval-2031 Task 3"
    votes = [("ZorbEval-2031 Task 3", False)] * 6 + [("ZorbEval-31 Task 3", True)]  # the year's other form
    assert choose_name(votes) == "ZorbEval-2031 Task 3"
    assert choose_name([("Gradient Boosting", False)] * 5 + [("gradient boosting", True)]) == "gradient boosting"


def test_a_name_broken_at_a_line_break_hyphen_is_named_joined_in_the_graph(tmp_path):
    """The extractor joins "Frob- SBERT" (a PDF line break inside a name) to "Frob-SBERT"; the graph's display name,
    voted from the text as written, was "Frob- SBERT" (rev44: 8 such names in the 44k graph)."""
    store = str(tmp_path / "g.lbdb")
    papers = [
        {"id": "b1", "title": "Tagging frobs", "abstract": "We fine-tune MuRIL and Frob- SBERT on the frob data."}
    ]
    api.build([_records(tmp_path, papers)], store=store)
    assert api.concept_card("Frob-SBERT", store=store)["name"] == "Frob-SBERT"
