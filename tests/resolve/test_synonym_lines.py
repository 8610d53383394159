"""The field's synonyms an outside reader found as twins in the top 300 (stop 33), and the
near synonyms kept apart. The lines are data/synonyms.tsv and data/apart.tsv; the concepts are invented rows."""

from __future__ import annotations

import pytest

from paperkg.resolve.merging import kept_apart, plan_merges


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


@pytest.mark.parametrize(
    ("big", "small"),
    [
        ("dual-encoder", "bi-encoder"),
        ("multi-task learning", "multi-task training"),
        ("scaling laws", "neural scaling laws"),
        ("INT4 quantization", "4-bit integer quantization"),
        ("memory footprint", "memory usage"),
        ("memory footprint", "memory consumption"),
    ],
)
def test_the_fields_two_names_of_one_concept_merge(big, small):
    kind = "Metric" if big.startswith("memory") else "Method"
    rows = [_row(f"{kind}:a", big, 40), _row(f"{kind}:b", small, 9)]
    assert plan_merges(rows).get(f"{kind}:b") == f"{kind}:a"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("4-bit quantization", "INT4 quantization"),  # NF4 and FP4 are 4-bit too
        ("fact-checking", "fact verification"),  # the pipeline beside its verdict stage
        ("dual-encoder", "cross-encoder"),
    ],
)
def test_names_the_field_keeps_apart_stay_apart(a, b):
    rows = [_row("Method:a", a, 40), _row("Method:b", b, 9), _row("Method:nf4", "NF4", 12)]
    merged = plan_merges(rows)
    assert "Method:b" not in merged and "Method:a" not in merged


def test_an_acronym_its_wider_long_form_does_not_spell_joins_nothing_by_that_name():
    # "multilingual zorb parsing (ZP)": ZP spells "zorb parsing" only; the node named ZP is the wider task
    rows = [
        _row("Task:zorbparsing", "zorb parsing", 300, ["ZP"]),
        _row("Task:zp", "ZP", 4),
        _row("Task:multilingualzorbparsing", "ZP", 8, ["multilingual zorb parsing", "MZP"]),
    ]
    merged = plan_merges(rows)
    assert merged.get("Task:multilingualzorbparsing") != "Task:zorbparsing"
    assert merged.get("Task:zp") in ("Task:zorbparsing", None) and "Task:zorbparsing" not in merged


def test_an_acronym_its_long_form_spells_loosely_still_joins_its_twin_by_name():
    # "Zipped-Unit BERT (ZuBERT)": the letters are not the initials, but the long form is not a wider phrase;
    # two nodes named ZuBERT are one model (the 44k build had HuBERT, ColBERT, XQuAD twice each before this)
    rows = [
        _row("Model:zubert", "ZuBERT", 14, ["Zipped-Unit BERT"]),
        _row("Model:zippedunitbert", "ZuBERT", 1, ["Zipped-Unit BERT"]),
    ]
    assert plan_merges(rows).get("Model:zippedunitbert") == "Model:zubert"


def test_dense_text_retrieval_is_dense_retrieval_across_kinds():
    # Zhao et al. (TOIS 2024) title the survey "dense text retrieval" and call it "dense retrieval" throughout
    rows = [_row("Method:dr", "dense retrieval", 11, ["DR"]), _row("Task:dtr", "dense text retrieval", 2)]
    assert plan_merges(rows) == {"Task:dtr": "Method:dr"}


@pytest.mark.parametrize(
    ("broad", "narrow", "says"),
    [
        ("fact-checking", "fact verification", "verdict stage"),
        ("semantic similarity", "semantic textual similarity", "sentence-pair task"),
        ("adversarial learning", "adversarial training", "perturbed inputs"),
        ("multilingual machine translation", "multilingual neural machine translation", "neural approach"),
        ("machine translation", "neural machine translation", "neural approach"),
    ],
)
def test_near_synonyms_kept_apart_stay_apart_and_say_why(broad, narrow, says):
    kind = "Method" if broad.startswith("adversarial") else "Task"
    rows = [_row(f"{kind}:a", broad, 40), _row(f"{kind}:b", narrow, 30)]
    assert plan_merges(rows) == {}
    (other,) = kept_apart(f"{kind}:a", rows)
    assert other["key"] == f"{kind}:b" and says in other["why"]


@pytest.mark.parametrize(("fmt", "joins"), [("INT4", True), ("INT8", True), ("FP8", True), ("FP16", False)])
def test_a_bare_low_bit_format_joins_its_quantization(fmt, joins):
    # "quantization formats (FP8, INT8, INT4)": a paper names the format for the quantization to it (rule 11);
    # 16-bit formats are the precision models are served in, not a quantization
    rows = [_row("Method:a", f"{fmt} quantization", 2), _row("Method:b", fmt, 3), _row("Method:nf4", "NF4", 12)]
    assert (plan_merges(rows).get("Method:b") == "Method:a") is joins
    assert "Method:nf4" not in plan_merges(rows)  # no "NF4 quantization" node: the format stays


@pytest.mark.parametrize(
    ("name", "joins"),
    [
        ("test zorplexity", True),
        ("test-set zorplexity", True),
        ("validation zorplexity", False),
        ("dev set zorplexity", False),
    ],
)
def test_a_test_score_is_the_measure_a_validation_score_stays(name, joins):
    # a score is on the test split unless the paper says otherwise (analytics.leaderboard.metric_family)
    rows = [_row("Metric:a", "zorplexity", 12), _row("Metric:b", name, 2), _row("Metric:c", "training zorplexity", 2)]
    merged = plan_merges(rows)
    assert (merged.get("Metric:b") == "Metric:a") is joins and "Metric:c" not in merged


@pytest.mark.parametrize("name", ["execution time", "wall-clock time", "running time"])
def test_runtime_spellings_merge_but_stage_times_stay(name):
    rows = [_row("Metric:a", "runtime", 14), _row("Metric:b", name, 2), _row("Metric:c", "inference time", 7)]
    merged = plan_merges(rows)
    assert merged.get("Metric:b") == "Metric:a" and "Metric:c" not in merged
