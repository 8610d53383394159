"""A name the field knows keeps its own thing (issue 15, read35/36: SParC, CoVe, Moses, CoQA and DoRA had taken one
paper's expansion of another thing spelt alike). The lexicons list the acronym and no long form for it; a few papers'
"Chain-of-Verification (CoVe)" is not McCann et al.'s CoVe. Invented names only."""

from __future__ import annotations

from paperkg.refresh.acronyms import known_names_kept
from paperkg.resolve.kinds import odd_expansion
from paperkg.resolve.merging import plan_merges

ENTRIES = {("Model", "zeve"): "ZeVe", ("Dataset", "qux"): "QUX"}
LISTED = {"zeve": {"ZeVe": frozenset()}, "qux": {"QUX": frozenset()}}


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


def test_a_few_papers_expansion_of_another_kind_stays_off_the_known_name():
    """Three papers' "Zero-shot Verification (ZeVe)", a Method, beside four that write the known model ZeVe bare."""
    rows = [_row("Model:zeve", "ZeVe", 4), _row("Method:zeroshotverification", "ZeVe", 3, ["Zero-shot Verification"])]
    assert plan_merges(rows, synonym_of={}, entry_of=ENTRIES, listed_long_forms=LISTED) == {}
    # before: the method joined the model, its long form naming the model from then on
    assert plan_merges(rows, synonym_of={}) == {"Method:zeroshotverification": "Model:zeve"}


def test_a_few_papers_expansion_of_the_same_kind_stays_off_the_known_name():
    """One paper's 'Quiet Universal eXam (QUX)', a Dataset like the known QUX, is a dataset of its own."""
    rows = [_row("Dataset:qux", "QUX", 12), _row("Dataset:quietuniversalexam", "QUX", 1, ["Quiet Universal eXam"])]
    assert plan_merges(rows, synonym_of={}, entry_of=ENTRIES, listed_long_forms=LISTED) == {}


def test_an_expansion_the_field_writes_still_joins():
    """Forty papers expand the known ZeVe one way: that is the field's reading (CLIP's long form beside a bare CLIP),
    and a name the lexicons do not know keeps joining its long form."""
    rows = [_row("Model:zeve", "ZeVe", 3), _row("Model:zorbvector", "ZeVe", 40, ["Zorb Vectors"])]
    assert plan_merges(rows, synonym_of={}, entry_of=ENTRIES, listed_long_forms=LISTED) == {
        "Model:zeve": "Model:zorbvector"
    }
    unknown = [
        _row("Model:zeve", "ZeVe", 3),
        _row("Method:zeroshotverification", "ZeVe", 1, ["Zero-shot Verification"]),
    ]
    assert plan_merges(unknown, synonym_of={}, entry_of={}, listed_long_forms={}) == {
        "Method:zeroshotverification": "Model:zeve"
    }


def test_a_name_written_with_the_acronym_is_no_expansion():
    known = _row("Dataset:qux", "QUX", 12)
    assert not odd_expansion(known, _row("Task:qux", "QUX", 1, ["QUX Shared Task"]), ENTRIES, LISTED)
    assert odd_expansion(known, _row("Task:qux", "QUX", 1, ["Query Understanding eXercise"]), ENTRIES, LISTED)


def test_papers_writing_a_known_name_bare_stay_on_it():
    """Bare QUX papers (a Dataset the lexicons know) join neither one paper's expansion nor the task across the
    dataset line; a bare acronym the lexicons do not know still may."""
    rows = [
        _row("Dataset:qux", "QUX", 5),
        _row("Dataset:quietuniversalexam", "QUX", 1, ["Quiet Universal eXam"]),
        _row("Task:quizunderstanding", "quiz understanding", 30, ["QUX"]),
    ]
    papers = {
        "Dataset:qux": {f"b{i}" for i in range(5)},
        "Dataset:quietuniversalexam": {"q"},
        "Task:quizunderstanding": {f"t{i}" for i in range(30)},
    }
    senses = {"Dataset:qux": ["Dataset:quietuniversalexam", "Task:quizunderstanding"]}
    assert known_names_kept(senses, rows, papers, ENTRIES, LISTED) == {}
    assert known_names_kept(senses, rows, papers, {}, {}) == senses


def test_data_named_after_a_concept_is_no_spelling_of_it():
    """ "outperforms Zorb on ... and the Zorb Benchmark": the paper joins the two, the benchmark is data, not the
    model; a Dataset's own "Zorb Benchmark" spelling stays (read35: "CLIP Benchmark" an alias of CLIP)."""
    from paperkg.refresh.names import plan_dedupe

    model = {
        "key": "Model:zorb",
        "name": "Zorb",
        "kind": "Model",
        "aliases": ["Zorb Benchmark", "ZORB"],
        "paper_count": 9,
    }
    task = {
        "key": "Task:frobdetection",
        "name": "frob detection",
        "kind": "Task",
        "aliases": ["Frob Detection Dataset"],
        "paper_count": 4,
    }
    data = {"key": "Dataset:quux", "name": "Quux", "kind": "Dataset", "aliases": ["Quux Benchmark"], "paper_count": 3}
    names, aliases = plan_dedupe([model, task, data])
    assert names == {}
    assert aliases == {"Model:zorb": ["ZORB"], "Task:frobdetection": []}


def test_a_listed_spelling_with_a_head_word_that_adds_nothing_is_the_entry():
    """ "macro-average QUUX score" is the listed "macro average QUUX" of macro-QUUX with "score" after it (rule 4's
    head word): one concept with "macro-QUUX" (the F1 family: "macro-average F1-score" beside "macro F1 score")."""
    from paperkg.resolve.merging import lexicon_twins

    entries = {("Metric", "macroquux"): "macro-QUUX", ("Metric", "macroaveragequux"): "macro-QUUX"}
    rows = [
        _row("Metric:macroquuxscore", "macro-QUUX", 50),
        _row("Metric:macroaveragequuxscore", "macro-average QUUX score", 5),
    ]
    assert lexicon_twins(rows, entries) == {"Metric:macroaveragequuxscore": "Metric:macroquuxscore"}
    assert lexicon_twins([rows[0], _row("Metric:microquuxscore", "micro-average QUUX score", 5)], entries) == {}


def test_one_bare_paper_beside_one_expansion_says_nothing_of_another_reading():
    """The seed's SimPO: one paper writes 'Simple Preference Optimization (SimPO)', one writes SimPO bare: one
    concept, as the only reading the graph has."""
    rows = [_row("Model:zeve", "ZeVe", 1), _row("Model:zorbvector", "ZeVe", 1, ["Zorb Vectors"])]
    # the bare paper joins the one that spells the name out: the concept keeps the expansion's key
    assert plan_merges(rows, synonym_of={}, entry_of=ENTRIES, listed_long_forms=LISTED) == {
        "Model:zeve": "Model:zorbvector"
    }


def test_an_expansion_kept_off_a_known_name_goes_by_its_long_form():
    """Kept apart by merging, one paper's "Quiet Universal eXam (QUX)" must not be named QUX too: two nodes of
    one name would hold one alias (stop 36's 44k graph had four such pairs). Without the lexicons' word the
    two are one concept (merging rule 3 joins them), and the bare name needs no renaming."""
    from paperkg.refresh.names import _distinct_acronyms

    rows = {
        "Dataset:qux": _row("Dataset:qux", "QUX", 12),
        "Dataset:quietuniversalexam": _row("Dataset:quietuniversalexam", "QUX", 1, ["Quiet Universal eXam"]),
    }
    chosen = {"Dataset:qux": "QUX", "Dataset:quietuniversalexam": "QUX"}
    written = {"Dataset:quietuniversalexam": [("QUX", True), ("QUX", True), ("Quiet Universal eXam", True)]}
    assert _distinct_acronyms(rows, chosen, written, None, ENTRIES, LISTED) == {
        "Dataset:quietuniversalexam": "Quiet Universal eXam"
    }
    assert _distinct_acronyms(rows, chosen, written) == {}
