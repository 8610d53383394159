"""The concept audit (resolve.audit): each check finds its problem and not the names next to it."""

from __future__ import annotations

from paperkg.resolve.audit import audit, counts


def _row(key, name, papers=1, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


def test_unwritten_is_a_name_no_mentioning_paper_writes_and_a_coordination_is_elided_not_unwritten():
    rows = [
        _row("Task:a", "zero-shot parsing"),
        _row("Task:b", "frobnication parsing"),
        _row("Method:c", "lattice prompting"),
    ]
    mentioned = {"Task:a": ["p1"], "Task:b": ["p1"], "Method:c": ["p2"]}
    texts = {"p1": "We study zero-shot and few-shot parsing.", "p2": "We study lattice prompting."}
    found = audit(rows, mentioned, texts)
    assert [c["name"] for c in found["unwritten"]] == ["frobnication parsing"]
    assert [c["name"] for c in found["elided"]] == ["zero-shot parsing"]


def test_debris_is_precise_a_hyphen_shape_alone_is_not_debris():
    names = ["human-LLM", "datasets-FROBQA", "48xGH200", "SemEval-2025", "all-MiniLM-L6-v2", "long-CoT", "tst-COMMON"]
    found = audit([_row(f"Method:{i}", n) for i, n in enumerate(names)])
    assert sorted(c["name"] for c in found["debris"]) == ["48xGH200", "SemEval-2025", "datasets-FROBQA", "human-LLM"]
    assert counts(found)["debris"] == 4


def test_a_name_in_markup_underscores_is_written():
    found = audit([_row("Method:a", "FrobAgent")], {"Method:a": ["p1"]}, {"p1": "We introduce _FrobAgent_, an agent."})
    assert found["unwritten"] == [] and found["elided"] == []


def test_near_twins_are_names_one_head_word_apart_within_one_kind():
    rows = [
        _row("Metric:a", "weighted F1 score", 30),
        _row("Metric:b", "weighted-F1", 20),
        _row("Task:c", "graph-to-text generation", 9),
        _row("Task:d", "graph-to-text", 5),
        _row("Task:e", "graph-to-text task", 2),
        _row("Method:f", "graph-to-text", 3),  # another kind: not a twin of the tasks
        _row("Task:g", "frobnication", 4),
        _row("Task:h", "frobnication of graphs", 4),
    ]
    found = audit(rows)
    assert [[c["name"] for c in g] for g in found["near_twins"]] == [
        ["weighted F1 score", "weighted-F1"],
        ["graph-to-text generation", "graph-to-text", "graph-to-text task"],
    ]
    assert counts(found)["near_twins"] == 2 and found["twins"] == []


def test_one_name_of_two_types_is_explained_by_its_spelling_or_long_forms_else_listed():
    rows = [
        _row("Method:a", "ZapCheck", 5, ["Zonal Attention Probe Checker"]),
        _row("Dataset:a", "ZAPCHECK"),
        _row("Method:b", "glorp tagging", 3),
        _row("Task:b", "glorp tagging", 9),
    ]
    found = audit(rows)
    assert [[c["name"] for c in g] for g in found["two_types"]] == [["glorp tagging"] * 2, ["ZapCheck", "ZAPCHECK"]]
    assert [[c["key"] for c in g] for g in found["two_types_unexplained"]] == [["Task:b", "Method:b"]]


def test_proposals_used_by_earlier_papers_and_proposers_spelling_the_name_otherwise_are_listed():
    rows = [
        _row("Metric:frob", "frobscore", 5),
        _row("Task:odd", "open-domain frobbing", 4),
        _row("Method:pt", "prefix-frobbing", 3),
    ]
    mentioned = {"Metric:frob": ["a", "b", "p"], "Task:odd": ["c", "q"], "Method:pt": ["r", "d"]}
    years = {"a": 2015, "b": 2016, "p": 2020, "c": 2021, "q": 2019, "r": 2018, "d": 2018}
    proposals = [
        {"paper_id": "p", "concept_key": "Metric:frob", "written": ["FrobScore"]},
        {"paper_id": "q", "concept_key": "Task:odd", "written": ["OFD"]},
        {"paper_id": "r", "concept_key": "Method:pt", "written": ["Prefix-Frobbing"]},
    ]
    found = audit(rows, mentioned, {}, proposals, years)
    assert [(c["name"], c["earlier"]) for c in found["proposed_late"]] == [("frobscore", 2)]
    assert [c["name"] for c in found["proposer_spelling"]] == ["frobscore", "open-domain frobbing"]
    assert counts(found)["proposed_late"] == 1 and counts(audit(rows))["proposer_spelling"] == 0


def test_a_papers_own_coined_name_kept_apart_is_no_twin():
    rows = [
        _row("Method:frobnicator", "frobnicator", 40),
        _row("Method:frobnicator~FrobNicator", "FrobNicator", 1),
        _row("Method:frobnicatr", "Frobnicator", 2),
    ]
    found = audit(rows)
    assert [[c["key"] for c in g] for g in found["twins"]] == [["Method:frobnicator", "Method:frobnicatr"]]


def test_acronym_twins_are_an_acronym_beside_a_long_form_of_its_kind_that_spells_or_holds_it():
    rows = [
        _row("Metric:gleam", "GLEAM", 40),
        _row("Metric:glo", "global evaluation of aligned meaning", 12),
        _row("Task:gleam", "Graph Layout Embedding And Matching", 3),  # another kind: not a twin of the metric
        _row("Dataset:fqa", "FQA", 9),
        _row("Dataset:fq", "Frob questions", 2, ["FQA"]),  # holds it
        _row("Method:ner", "NER", 5),
        _row("Method:mt", "machine translation", 5),  # spells nothing
        _row("Metric:gleam4", "GLEAM-4", 2),
    ]  # an edition with a digit is no acronym of the long form
    found = audit(rows)
    assert [[c["key"] for c in g] for g in found["acronym_twins"]] == [
        ["Metric:gleam", "Metric:glo"],
        ["Dataset:fqa", "Dataset:fq"],
    ]
    assert counts(found)["acronym_twins"] == 2


def test_with_texts_a_long_form_that_only_spells_the_acronym_needs_a_paper_that_defines_it():
    rows = [
        _row("Metric:gleam", "GLEAM", 40),
        _row("Metric:glo", "global evaluation of aligned meaning", 12),
        _row("Metric:gla", "global edit alignment measure", 2),
    ]  # spells GLEAM too, never written as it
    mentioned = {"Metric:gleam": ["p1"], "Metric:glo": ["p2"], "Metric:gla": ["p3"]}
    texts = {
        "p1": "GLEAM rises.",
        "p2": "We use global evaluation of aligned meaning (GLEAM).",
        "p3": "We use the global edit alignment measure.",
    }
    found = audit(rows, mentioned, texts)
    assert [[c["key"] for c in g] for g in found["acronym_twins"]] == [["Metric:gleam", "Metric:glo"]]
    # without texts both long forms count: a bare acronym of two senses, whose papers choose one each (not listed)
    assert audit(rows)["acronym_twins"] == []


def test_two_senses_of_one_name_are_no_twins_and_no_alias_on_two():
    rows = [
        _row("Method:a", "Frob", 1, ["Fast recurrent object binding"]),
        _row("Method:b", "FROB", 1, ["Filtered Retrieval Over Blocks"]),  # another long form: another sense
        _row("Method:c", "Zap", 3, ["Zonal allocation profiler"]),
        _row("Method:d", "ZAP", 1),
    ]  # bare: one thing
    found = audit(rows)
    assert [[c["key"] for c in g] for g in found["twins"]] == [["Method:c", "Method:d"]]
    assert [[c["key"] for c in g] for g in found["alias_on_two"]] == [["Method:c", "Method:d"]]


def test_acronym_twins_leave_out_other_senses_and_bare_acronyms_of_several_senses():
    rows = [
        _row("Metric:fap", "FAP", 60, ["frob average precision"]),
        _row("Metric:fapost", "frob a posteriori", 4),  # another sense of the expanded FAP: no twin
        _row("Method:cl", "CL", 2),  # bare, two senses of its kind: its papers choose one each
        _row("Method:cfl", "contrastive frob learning", 50, ["CL"]),
        _row("Method:cul", "curriculum learning", 9, ["CL"]),
        _row("Dataset:fq", "FQ", 9),
        _row("Dataset:fqs", "Frob questions", 2, ["FQ"]),
    ]  # one sense: a twin
    assert [[c["key"] for c in g] for g in audit(rows)["acronym_twins"]] == [["Dataset:fq", "Dataset:fqs"]]
