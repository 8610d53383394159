"""Acronym senses over a store, on both engines: an undefined acronym joins the sense its paper means.

Invented papers: an acronym "ZAP" defined in the 1990s as a debugging package
and in the 2020s as a vision-language model. Papers that only write "ZAP"
join the sense whose concepts and era they share; an unclear one stays on
the sense-less acronym concept; no spelling is ever an alias of two concepts.
"""

from __future__ import annotations

import re
from collections import Counter

from graphs import extracted_paper  # tests/store/graphs.py
from paperkg.refresh import acronyms
from paperkg.refresh import refresh_concepts
from paperkg.model import Entity, Evidence, Extraction, Paper
from paperkg.names import fold
from paperkg.resolve import ConceptResolver, assemble
from paperkg.resolve.kinds import namesakes
from paperkg.resolve.proposals import is_own_name_key

OLD = ("Method", "Zonal Allocation Profiler", "program debugging", "memory leaks")
NEW = ("Model", "Zero-shot Aligned Pretraining", "image captioning", "visual grounding")


def _defines(pid: str, year: int, sense: tuple[str, str, str, str]):
    kind, long_form, a, b = sense
    return extracted_paper(
        pid,
        year,
        f"We present the {long_form} (ZAP) for {a} and {b}.",
        [(kind, long_form, ("ZAP",)), ("Task", a, ()), ("Task", b, ())],
    )


def _uses(pid: str, year: int, kind: str, *others: str):
    text = f"We apply ZAP to {' and '.join(others)}." if others else "We apply ZAP."
    return extracted_paper(pid, year, text, [(kind, "ZAP", ()), *(("Task", o, ()) for o in others)])


def _write(st, resolver, papers):
    graphs = [assemble(p, e, resolver) for p, e in papers]
    st.write_papers(graphs)
    return {c.key for g in graphs for c in g.concepts}


def _sense_of(st, pid: str) -> str:
    keys = {k for page in st.mention_pairs([pid]) for _, k, _ in page}
    return next(k for k in keys if k.startswith(("Method:", "Model:")))


def _assert_one_concept_per_alias(st):
    rows = st.concept_rows()
    names = {fold(c["name"]) for c in rows if not is_own_name_key(c["key"])}  # apart by design, as the audit says
    aliases = Counter(fold(a) for c in rows for a in {fold(x) for x in c.get("aliases") or []} - {fold(c["name"])})
    assert [a for a, n in aliases.items() if n > 1] == []  # an alias of one concept only ...
    assert [a for a in aliases if a in names] == []  # ... and never another concept's name


def test_an_undefined_acronym_joins_the_sense_of_its_era_and_neighbours(store):
    resolver = ConceptResolver()
    _write(
        store,
        resolver,
        [
            _defines("old-a", 1995, OLD),
            _defines("old-b", 1997, OLD),
            _defines("new-a", 2021, NEW),
            _defines("new-b", 2022, NEW),
            _defines("new-c", 2022, NEW),
            _uses("old-use", 1996, "Method", "program debugging"),  # neighbours and era of the old sense
            _uses("new-use", 2023, "Model", "image captioning"),
            _uses("typed-apart", 2023, "Method", "visual grounding"),  # typed like the old sense, means the new one
            _uses("unclear", 2008, "Model", "program debugging", "image captioning"),  # both, era between: no guess
        ],
    )
    refresh_concepts(store)
    old, new = "Method:zonalallocationprofiler", "Model:zeroshotalignedpretraining"
    assert _sense_of(store, "old-use") == old
    assert _sense_of(store, "new-use") == new
    assert _sense_of(store, "typed-apart") == new
    assert _sense_of(store, "unclear") == "Model:zap"  # the sense-less acronym concept
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts[old] == 3 and counts[new] == 5 and counts["Model:zap"] == 1
    assert "Method:zap" not in counts  # its only paper moved: no empty node left
    _assert_one_concept_per_alias(store)

    # adding papers re-decides what they touch; keys stay
    touched = _write(store, resolver, [_uses("later", 2024, "Model", "visual grounding")])
    refresh_concepts(store, touched)
    assert _sense_of(store, "later") == new
    assert _sense_of(store, "unclear") == "Model:zap" and _sense_of(store, "old-use") == old
    _assert_one_concept_per_alias(store)


def test_a_paper_that_defines_the_acronym_keeps_its_own_sense(store):
    resolver = ConceptResolver()
    _write(store, resolver, [_defines("old-a", 1995, OLD), *(_defines(f"new-{i}", 2021, NEW) for i in range(4))])
    refresh_concepts(store)
    assert _sense_of(store, "old-a") == "Method:zonalallocationprofiler"
    _assert_one_concept_per_alias(store)


def test_the_acronym_in_another_case_is_still_the_bare_acronym(store):
    """A paper that writes the acronym at a sentence start as a word ("Zap ...") does not make the
    sense-less concept a long form: its papers still join the sense they mean, the old sense stays apart."""
    resolver = ConceptResolver()
    zap_first = extracted_paper(
        "use-cased", 2023, "Zap improves image captioning.", [("Model", "Zap", ()), ("Task", "image captioning", ())]
    )
    _write(
        store,
        resolver,
        [
            _defines("old-a", 1995, OLD),
            *(_defines(f"new-{i}", 2021 + i % 2, NEW) for i in range(3)),
            zap_first,
            *(_uses(f"use-{i}", 2023, "Model", "image captioning") for i in range(5)),
        ],
    )
    refresh_concepts(store)
    old, new = "Method:zonalallocationprofiler", "Model:zeroshotalignedpretraining"
    assert {_sense_of(store, f"use-{i}") for i in range(5)} | {_sense_of(store, "use-cased")} == {new}
    assert _sense_of(store, "old-a") == old
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts[new] == 9 and counts[old] == 1 and "Model:zap" not in counts
    _assert_one_concept_per_alias(store)


def test_an_acronym_no_paper_defines_joins_the_long_form_the_lexicons_give_it(store):
    """The lexicons list "Vision Transformer" with its acronym ViT (general knowledge): papers that only
    write "ViT"/"ViTs" join the papers that write the long form, in the same field and era."""
    resolver = ConceptResolver()
    longs = [
        extracted_paper(
            f"long-{i}",
            2022,
            "A vision transformer for image classification.",
            [("Method", "vision transformer", ()), ("Task", "image classification", ())],
        )
        for i in range(3)
    ]
    short = [
        extracted_paper(
            f"short-{i}",
            2023,
            f"We fine-tune {acr} on image classification.",
            [("Method", acr, ()), ("Task", "image classification", ())],
        )
        for i, acr in enumerate(["ViT", "ViTs"])
    ]
    _write(store, resolver, [*longs, *short])
    refresh_concepts(store)
    assert {_sense_of(store, p) for p in ("short-0", "short-1", "long-0")} == {"Method:visiontransformer"}
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts["Method:visiontransformer"] == 5 and "Method:vit" not in counts
    _assert_one_concept_per_alias(store)


def test_refresh_settles_in_one_run_so_a_second_run_changes_nothing(store):
    """The long form arrives typed two ways ("vision transformer" as Method and Model); the undefined
    "ViT" papers (typed Model) can only join it once the two are merged, which one pass does after the
    sense step: the refresh repeats until nothing changes, so the next refresh has nothing to do. Each
    paper votes for the kind it typed the name (three Method, four Model): a Model, not the kind the
    merge kept for the long forms (their two Model papers counted as Method votes)."""
    resolver = ConceptResolver()
    longs = [
        extracted_paper(
            f"long-{i}",
            2022,
            "A vision transformer for image classification.",
            [("Method" if i < 3 else "Model", "vision transformer", ()), ("Task", "image classification", ())],
        )
        for i in range(5)
    ]
    short = [
        extracted_paper(
            f"short-{i}",
            2023,
            "We fine-tune ViT on image classification.",
            [("Model", "ViT", ()), ("Task", "image classification", ())],
        )
        for i in range(2)
    ]
    _write(store, resolver, [*longs, *short])
    first = refresh_concepts(store)
    assert first["merged"] >= 1 and first["senses"] == 2
    assert {_sense_of(store, p) for p in ("short-0", "short-1", "long-4")} == {"Model:visiontransformer"}
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts["Model:visiontransformer"] == 7 and "Model:vit" not in counts
    assert set(refresh_concepts(store).values()) == {0}
    _assert_one_concept_per_alias(store)


def test_a_papers_own_acronym_defined_with_a_field_term_is_its_own_concept(store):
    """ "DAFT: Data Frobnication with Flow Transforms" reads as "data frobnication (DAFT)": the acronym
    spells more than the term, so it is the paper's method, not a spelling of the field's term."""
    resolver = ConceptResolver()
    field = [
        extracted_paper(
            f"df-{i}",
            2020,
            "We use data frobnication (DF) for parsing.",
            [("Method", "data frobnication", ("DF",)), ("Task", "parsing", ())],
        )
        for i in range(12)
    ]
    title = "DAFT: Data Frobnication with Flow Transforms"
    own = Paper(
        id="daft",
        title=title,
        abstract="We parse better.",
        raw_title=title,
        raw_abstract="We parse better.",
        published="2021-06-01",
    )
    spans = [(0, 4), (6, 23)]
    assert [own.text[a:b] for a, b in spans] == ["DAFT", "Data Frobnication"]
    own_ents = (
        Entity("Data Frobnication", "Method", ("DAFT",), evidence=tuple(Evidence("s", a, b) for a, b in spans)),
    )
    # a paper that only writes the acronym in its text, no title naming it, stays on the term (its shorthand,
    # written by no other paper, is not the term's alias: drop_own_acronyms)
    other = extracted_paper(
        "dfx",
        2021,
        "We use data frobnication (DFX) for parsing.",
        [("Method", "data frobnication", ("DFX",)), ("Task", "parsing", ())],
    )
    _write(store, resolver, [*field, (own, Extraction("daft", title, own_ents)), other])
    assert refresh_concepts(store)["split"] == 1
    rows = {c["key"]: c for c in store.concept_rows()}
    assert _sense_of(store, "daft") == "Method:daft" and rows["Method:daft"]["name"] == "DAFT"
    term = rows["Method:datafrobnication"]
    assert term["paper_count"] == 13 and "DAFT" not in term["aliases"] and "DF" in term["aliases"]
    assert "DFX" not in term["aliases"] and "Method:datafrobnication" in {
        k for page in store.mention_pairs(["dfx"]) for _, k, _ in page
    }
    assert set(refresh_concepts(store).values()) == {0}
    _assert_one_concept_per_alias(store)


def test_initials_that_the_acronyms_case_contradicts_are_no_sense(store):
    """ "Zonal Index Pruning" spells Z-I-P, but papers write their model "ZiP": the small "i" belongs to the
    word of the "Z", so the long form is not its sense even where both share a field and era."""
    resolver = ConceptResolver()
    longs = [
        extracted_paper(
            f"zip-long-{i}",
            2023,
            "We prune with Zonal Index Pruning for image captioning.",
            [("Method", "Zonal Index Pruning", ()), ("Task", "image captioning", ())],
        )
        for i in range(3)
    ]
    bare = [
        extracted_paper(
            f"zip-{i}",
            2023,
            "We fine-tune ZiP on image captioning.",
            [("Model", "ZiP", ()), ("Task", "image captioning", ())],
        )
        for i in range(3)
    ]
    _write(store, resolver, [*longs, *bare])
    refresh_concepts(store)
    assert {_sense_of(store, f"zip-{i}") for i in range(3)} == {"Model:zip"}
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Model:zip"]["name"] == "ZiP" and rows["Method:zonalindexpruning"]["paper_count"] == 3
    _assert_one_concept_per_alias(store)


def test_a_coined_acronym_is_not_another_long_forms_capitals(store):
    """ "ReAct"-like "ZoRo" (zooming and rotating) papers and one paper's "ZORO" corpus ("ZOned Reviews Of
    ROtations"): one folded name, two things; the method keeps its papers and the corpus keeps its long form."""
    resolver = ConceptResolver()
    method = [
        extracted_paper(
            f"zoro-{i}",
            2024,
            "We prompt agents with ZoRo for planning.",
            [("Method", "ZoRo", ()), ("Task", "planning", ())],
        )
        for i in range(5)
    ]
    defines = extracted_paper(
        "zoro-long",
        2022,
        "We present zooming and rotating (ZoRo) for planning.",
        [("Method", "zooming and rotating", ("ZoRo",)), ("Task", "planning", ())],
    )
    corpus = extracted_paper(
        "corpus",
        2025,
        "We release ZOned Reviews Of ROtations (ZORO) for hate speech detection.",
        [("Dataset", "ZOned Reviews Of ROtations", ("ZORO",)), ("Task", "hate speech detection", ())],
    )
    _write(store, resolver, [*method, defines, corpus])
    refresh_concepts(store)
    senses = {_sense_of(store, p) for p in ("zoro-0", "zoro-long")}
    assert len(senses) == 1
    (sense,) = senses
    rows = {c["key"]: c for c in store.concept_rows()}
    assert "ZOned Reviews Of ROtations" not in rows[sense]["aliases"] and rows[sense]["paper_count"] == 6
    assert [k for k in rows if k.startswith("Dataset:")] == ["Dataset:zonedreviewsofrotation"]
    _assert_one_concept_per_alias(store)


def test_an_acronym_part_is_kept_whole_in_initials(store):
    """ "FLU-Reddit-BERT" is shortened FR-BERT, never FRB: the bare "FRB" treebank papers (a Dataset) are not
    moved onto the model, though both report F1."""
    resolver = ConceptResolver()
    model = [
        extracted_paper(
            f"frbert-{i}",
            2021,
            "We classify posts with FLU-Reddit-BERT and report F1.",
            [("Method", "FLU-Reddit-BERT", ()), ("Task", "post classification", ()), ("Metric", "F1", ())],
        )
        for i in range(5)
    ]
    treebank = [
        extracted_paper(f"frb-{i}", 2021, "We parse FRB and report F1.", [("Dataset", "FRB", ()), ("Metric", "F1", ())])
        for i in range(4)
    ]
    _write(store, resolver, [*model, *treebank])
    refresh_concepts(store)
    for i in range(4):
        keys = {k for page in store.mention_pairs([f"frb-{i}"]) for _, k, _ in page}
        assert "Dataset:frb" in keys and "Method:fluredditbert" not in keys
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts["Method:fluredditbert"] == 5 and counts["Dataset:frb"] == 4


def test_a_year_gives_no_digit_to_initials(store):
    """ "SRC Shared Task 2019" spells no "SST2": a year is kept whole, so the bare "SST-2" treebank papers (the
    sentiment benchmark) are not moved onto the shared task (the 44k graph filed SMM4H's tweets under SST-2)."""
    resolver = ConceptResolver()
    shared = [
        extracted_paper(
            f"src-{i}",
            2019,
            "We describe our system for the SRC Shared Task 2019 and report F1.",
            [("Dataset", "SRC Shared Task 2019", ()), ("Task", "tweet classification", ()), ("Metric", "F1", ())],
        )
        for i in range(5)
    ]
    sentiment = [
        extracted_paper(
            f"sst-{i}", 2021, "We classify SST-2 and report F1.", [("Dataset", "SST-2", ()), ("Metric", "F1", ())]
        )
        for i in range(3)
    ]
    _write(store, resolver, [*shared, *sentiment])
    refresh_concepts(store)
    for i in range(3):
        keys = {k for page in store.mention_pairs([f"sst-{i}"]) for _, k, _ in page}
        assert "Dataset:sst2" in keys
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    shared_task = [k for k, n in counts.items() if k.startswith("Dataset:src")]
    assert counts["Dataset:sst2"] == 3 and [counts[k] for k in shared_task] == [5]


def test_a_shorthand_one_paper_gives_a_field_term_is_not_its_alias(store):
    """One paper writes "data frobnication (DAF)" for its own use; two write "DFN". Only the shorthand many papers
    write stays an alias of the field's term: the one paper keeps its mention, the shorthand is not the term's."""
    resolver = ConceptResolver()
    field = [
        extracted_paper(
            f"df-{i}",
            2020,
            "We use data frobnication for parsing.",
            [("Method", "data frobnication", ()), ("Task", "parsing", ())],
        )
        for i in range(12)
    ]
    own = extracted_paper(
        "daf",
        2021,
        "We use data frobnication (DAF) for parsing.",
        [("Method", "data frobnication", ("DAF",)), ("Task", "parsing", ())],
    )
    shared = [
        extracted_paper(
            f"dfn-{i}",
            2021,
            "We use data frobnication (DFN) for tagging.",
            [("Method", "data frobnication", ("DFN",)), ("Task", "tagging", ())],
        )
        for i in range(2)
    ]
    _write(store, resolver, [*field, own, *shared])
    refresh_concepts(store)
    term = {c["key"]: c for c in store.concept_rows()}["Method:datafrobnication"]
    assert term["paper_count"] == 15 and "DFN" in term["aliases"] and "DAF" not in term["aliases"]
    assert set(refresh_concepts(store).values()) == {0}


def test_a_paper_titled_by_the_acronym_means_its_own_work(store):
    """ "ZAP: Zesty Audio Prompts" names the paper's own work ZAP; the extractor saw only the acronym. It does not
    join another paper's sense, though it shares its field and era; an untitled use of ZAP does."""
    resolver = ConceptResolver()
    title = "ZAP: Zesty Audio Prompts for image captioning"
    text = "We apply ZAP to image captioning."
    own = Paper(id="own", title=title, abstract=text, raw_title=title, raw_abstract=text, published="2023-06-01")
    spans = [(m.start(), m.end()) for m in re.finditer("ZAP", own.text)]
    ents = (
        Entity("ZAP", "Model", (), evidence=tuple(Evidence("s", a, b) for a, b in spans)),
        Entity("image captioning", "Task", ()),
    )
    _write(
        store,
        resolver,
        [
            *(_defines(f"new-{i}", 2022, NEW) for i in range(3)),
            _uses("use", 2023, "Model", "image captioning"),
            (own, Extraction("own", title, ents)),
        ],
    )
    refresh_concepts(store)
    assert _sense_of(store, "use") == "Model:zeroshotalignedpretraining"
    assert _sense_of(store, "own") == "Model:zap"


GLEAM = ("Metric", "global evaluation of aligned meaning", "machine translation", "translation quality")


def _gleam_papers(second_sense: bool, far_year: int = 2021):
    """3 papers define GLEAM, 5 write it bare beside the same task (the sense step moves them), 20 write it
    bare beside tasks the sense's papers never name (undecided, too many to join it): the bare "GLEAM"
    concept outgrows its sense, whose papers mostly write "GLEAM" too. GLEAM is no word initials ("GL")."""
    kind, long_form, task, other = GLEAM
    defines = [
        extracted_paper(
            f"def-{i}",
            2020,
            f"We score with {long_form} (GLEAM) on {task} and {other}.",
            [(kind, long_form, ("GLEAM",)), ("Task", task, ()), ("Task", other, ())],
        )
        for i in range(3)
    ]
    near = [
        extracted_paper(f"near-{i}", 2021, f"GLEAM rises on {task}.", [(kind, "GLEAM", ()), ("Task", task, ())])
        for i in range(5)
    ]
    far = [
        extracted_paper(
            f"far-{i}",
            far_year,
            f"GLEAM rises on frob task {i}.",
            [(kind, "GLEAM", ()), ("Task", f"frob task {i}", ())],
        )
        for i in range(20)
    ]
    extra = []
    if second_sense:  # the acronym also names a method: two senses, the bare papers keep their own node
        extra = [
            extracted_paper(
                f"gl-{i}",
                2021,
                "We train with graph learning with edge attention masks (GLEAM).",
                [("Method", "graph learning with edge attention masks", ("GLEAM",))],
            )
            for i in range(2)
        ]
    return [*defines, *near, *far, *extra]


def test_an_acronym_and_its_only_long_form_are_one_concept_named_as_papers_write_it(store):
    _write(store, ConceptResolver(), _gleam_papers(second_sense=False))
    refresh_concepts(store)
    rows = [c for c in store.concept_rows() if c["kind"] == "Metric"]
    assert len(rows) == 1
    assert rows[0]["name"] == "GLEAM" and rows[0]["paper_count"] == 28
    assert "global evaluation of aligned meaning" in rows[0]["aliases"]
    assert set(refresh_concepts(store).values()) == {0}
    _assert_one_concept_per_alias(store)


def test_an_acronym_with_two_senses_keeps_its_bare_papers_apart(store):
    _write(store, ConceptResolver(), _gleam_papers(second_sense=True))
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Metric:gleam"]["paper_count"] == 20  # the undecided papers: no guess between two senses
    assert rows["Method:graphlearningwithedgeattentionmask"]["paper_count"] == 2
    assert rows["Metric:globalevaluationofalignedmeaning"]["paper_count"] == 8
    _assert_one_concept_per_alias(store)


def test_an_acronym_of_another_era_does_not_join_the_only_long_form(store):
    """The long form's papers are of 2020-2021; 20 bare "GLEAM" papers of 2035 are no evidence of it."""
    _write(store, ConceptResolver(), _gleam_papers(second_sense=False, far_year=2035))
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Metric:gleam"]["paper_count"] == 20
    assert rows["Metric:globalevaluationofalignedmeaning"]["name"] == "global evaluation of aligned meaning"
    _assert_one_concept_per_alias(store)


def test_a_coined_names_capitals_are_no_sense_of_another_acronym(store):
    """ "Zoned Zap Inference (ZcoNe-ZLI)" is one paper's coined name (like "ScoNe-NLI"): its parts' capitals
    (Z, ZLI) do not make it a sense of the benchmark "ZZLI" that papers, this one too, use."""
    resolver = ConceptResolver()
    coined = extracted_paper(
        "coined",
        2023,
        "We present the Zoned Zap Inference (ZcoNe-ZLI) benchmark and also report ZZLI.",
        [("Method", "Zoned Zap Inference", ("ZcoNe-ZLI",)), ("Dataset", "ZZLI", ())],
    )
    bench = [
        extracted_paper(
            f"bench-{i}",
            2023,
            "We evaluate on ZZLI for zap reasoning.",
            [("Dataset", "ZZLI", ()), ("Task", "zap reasoning", ())],
        )
        for i in range(3)
    ]
    _write(store, resolver, [coined, *bench])
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Dataset:zzli"]["name"] == "ZZLI" and rows["Dataset:zzli"]["paper_count"] == 4
    assert not {fold(a) for a in rows["Dataset:zzli"].get("aliases") or []} & {"zconezli", "zonedzapinference"}
    _assert_one_concept_per_alias(store)


def test_a_name_made_of_acronyms_spells_no_other_acronym(store):
    """ "ZR QUUX" is a benchmark named by two acronyms, no long form: its initials (Z, QUUX) do not make it
    the sense of "zQUUX", a multilingual version other papers use beside it (as "MS MARCO" and "mMARCO")."""
    resolver = ConceptResolver()
    big = [
        extracted_paper(
            f"big-{i}",
            2022,
            "We train on ZR QUUX for passage ranking.",
            [("Dataset", "ZR QUUX", ()), ("Task", "passage ranking", ())],
        )
        for i in range(4)
    ]
    small = [
        extracted_paper(
            f"small-{i}",
            2023,
            "We evaluate on zQUUX for passage ranking.",
            [("Dataset", "zQUUX", ()), ("Task", "passage ranking", ())],
        )
        for i in range(2)
    ]
    _write(store, resolver, [*big, *small])
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Dataset:zquux"]["name"] == "zQUUX" and rows["Dataset:zquux"]["paper_count"] == 2
    assert rows["Dataset:zrquux"]["paper_count"] == 4 and not rows["Dataset:zrquux"].get("aliases")
    _assert_one_concept_per_alias(store)


def _zoqa_papers(definers: int, bare: int):
    """`definers` papers write "Zonal Question Answering (ZoQA)" typed Task; `bare` papers write "ZoQA" typed
    Dataset beside the same neighbour (as CoQA, the benchmark named by its task's initials); 4 more write the task."""
    define = [
        extracted_paper(
            f"def-{i}",
            2020,
            "We study Zonal Question Answering (ZoQA) with dialogue history.",
            [("Task", "Zonal Question Answering", ("ZoQA",)), ("Task", "dialogue history", ())],
        )
        for i in range(definers)
    ]
    uses = [
        extracted_paper(
            f"use-{i}",
            2021,
            "We evaluate on ZoQA with dialogue history.",
            [("Dataset", "ZoQA", ()), ("Task", "dialogue history", ())],
        )
        for i in range(bare)
    ]
    task = [
        extracted_paper(
            f"task-{i}",
            2021,
            "Zonal question answering needs dialogue history.",
            [("Task", "Zonal question answering", ()), ("Task", "dialogue history", ())],
        )
        for i in range(4)
    ]
    return [*define, *uses, *task]


def test_a_dataset_acronym_joins_a_task_long_form_only_when_as_many_papers_type_it_so(store):
    """Six papers type a bare ZoQA Dataset, two define it as the task's initials: the benchmark stays a Dataset
    of its own. Beside one bare Dataset paper, the two definers' typing wins: it joins the task (a mistype)."""
    _write(store, ConceptResolver(), _zoqa_papers(definers=2, bare=6))
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Dataset:zoqa"]["paper_count"] == 6
    assert rows["Task:zonalquestionanswering"]["paper_count"] == 6
    _assert_one_concept_per_alias(store)


def test_a_dataset_acronym_a_few_papers_write_joins_the_task_most_papers_type(store):
    _write(store, ConceptResolver(), _zoqa_papers(definers=2, bare=1))
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert "Dataset:zoqa" not in rows and rows["Task:zonalquestionanswering"]["paper_count"] == 7


def test_one_name_typed_dataset_and_method_by_comparable_numbers_of_papers_is_two_concepts(store):
    """ZZE typed Dataset by 10 papers (data-to-text data) and Method by 15 (end-to-end speech): two things, and
    `paperkg concept` says why (resolve.kinds.namesakes); 5 papers typing 12 papers' data Method are a mistype."""
    data = [
        extracted_paper(
            f"d{i}", 2019, "We generate text on ZZE.", [("Dataset", "ZZE", ()), ("Task", "data-to-text", ())]
        )
        for i in range(10)
    ]
    speech = [
        extracted_paper(
            f"s{i}",
            2022,
            "Our ZZE model translates speech.",
            [("Method", "ZZE", ()), ("Task", "speech translation", ())],
        )
        for i in range(15)
    ]
    _write(store, ConceptResolver(), [*data, *speech])
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Dataset:zze"]["paper_count"] == 10 and rows["Method:zze"]["paper_count"] == 15
    reasons = namesakes("Dataset:zze", rows.values())[0]["reasons"]
    assert reasons == ["typed Method by 15 papers there, Dataset by 10 here"]


def test_a_few_papers_typing_a_dataset_otherwise_join_it(store):
    data = [
        extracted_paper(
            f"d{i}", 2019, "We generate text on ZZE.", [("Dataset", "ZZE", ()), ("Task", "data-to-text", ())]
        )
        for i in range(12)
    ]
    typo = [
        extracted_paper(
            f"t{i}", 2020, "We generate text on ZZE.", [("Method", "ZZE", ()), ("Task", "data-to-text", ())]
        )
        for i in range(5)
    ]
    _write(store, ConceptResolver(), [*data, *typo])
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert "Method:zze" not in rows and rows["Dataset:zze"]["paper_count"] == 17


def _short_acronym_papers(writers: int, context: bool = True):
    """`writers` papers write "quiet walking (QW)" (Task); four others write a bare "QW" (typed Method, the
    extractor's default) for a corpus of their own field (parsing treebanks), which shares no concept with the
    long form's papers."""
    longs = [
        extracted_paper(
            f"long-{i}",
            2022,
            "Quiet walking (QW) for robot navigation.",
            [("Task", "Quiet walking", ("QW",)), ("Task", "robot navigation", ())],
        )
        for i in range(writers)
    ]
    longs += [
        extracted_paper(
            f"plain-{i}",
            2022,
            "Quiet walking helps robot navigation.",
            [("Task", "Quiet walking", ()), ("Task", "robot navigation", ())],
        )
        for i in range(4)
    ]
    bare = [
        extracted_paper(
            f"bare-{i}",
            2022,
            f"We parse the QW treebank with a {p} parser.",
            [("Method", "QW", ()), *([("Method", f"{p} parser", ())] if context else [])],
        )
        for i, p in enumerate(["chart", "shift", "graph", "span"])
    ]
    return [*longs, *bare]


def test_a_short_acronym_that_one_paper_spells_out_does_not_take_the_undecided_papers(store):
    """ "MSR" is Microsoft Research in papers that never define it, and multi-step reasoning in the one paper
    that writes "multi-step reasoning (MSR)": a sense so rarely abbreviated is no shorthand of the field, and
    the bare papers that share nothing with it stay on the sense-less acronym."""
    _write(store, ConceptResolver(), _short_acronym_papers(writers=1))
    refresh_concepts(store)
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts["Method:qw"] == 4 and counts["Task:quietwalking"] == 5
    _assert_one_concept_per_alias(store)


def test_a_short_acronym_that_papers_spell_out_takes_the_undecided_papers(store):
    """Two papers spelling "quiet walking (QW)" out make QW the field's shorthand: the bare papers that name
    nothing else join it."""
    _write(store, ConceptResolver(), _short_acronym_papers(writers=2, context=False))
    refresh_concepts(store)
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert "Method:qw" not in counts and counts["Task:quietwalking"] == 10
    _assert_one_concept_per_alias(store)


def test_a_short_acronym_whose_papers_share_nothing_with_the_shorthand_stays_apart(store):
    """The same shorthand, and two papers write "quick wrapping (QW)" for gift packing: the bare papers parse
    "the QW treebank" with parsers no quiet-walking paper names. A short acronym that several senses hold names
    many things, and no evidence says they mean quiet walking: they stay together on a node of their own, which
    merging by name leaves apart."""
    wrapping = [
        extracted_paper(
            f"wrap-{i}",
            2022,
            "Quick wrapping (QW) for gift packing.",
            [("Task", "Quick wrapping", ("QW",)), ("Task", "gift packing", ())],
        )
        for i in range(2)
    ]
    _write(store, ConceptResolver(), [*_short_acronym_papers(writers=2), *wrapping])
    refresh_concepts(store)
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    apart = [k for k in counts if k.startswith("Method:qw")]
    assert counts["Task:quietwalking"] == 6 and counts["Task:quickwrapping"] == 2
    assert len(apart) == 1 and counts[apart[0]] == 4
    _assert_one_concept_per_alias(store)


def test_a_short_acronym_the_lexicons_list_for_the_dominant_sense_takes_papers_with_no_evidence_against_it(
    store, monkeypatch
):
    """The QW papers again, and the field's lexicons list QW for quiet walking (as they list ASR for automatic
    speech recognition): a reader takes an undefined "QW" for the field's shorthand unless the paper names a
    concept of the other sense, so the bare papers join quiet walking and no own-name twin is left."""
    known = {**acronyms.lexicon_acronyms(), "quietwalking": frozenset({"qw"})}
    monkeypatch.setattr(acronyms, "lexicon_acronyms", lambda: known)
    wrapping = [
        extracted_paper(
            f"wrap-{i}",
            2022,
            "Quick wrapping (QW) for gift packing.",
            [("Task", "Quick wrapping", ("QW",)), ("Task", "gift packing", ())],
        )
        for i in range(2)
    ]
    _write(store, ConceptResolver(), [*_short_acronym_papers(writers=2), *wrapping])
    refresh_concepts(store)
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts["Task:quietwalking"] == 10 and counts["Task:quickwrapping"] == 2
    assert [k for k in counts if k.startswith("Method:qw")] == []
    _assert_one_concept_per_alias(store)


def test_a_paper_that_coins_the_acronym_for_its_own_work_keeps_it(store):
    """ "we propose SDS, a Sparse-Dense-Sparse pruning framework": the paper names its own work, which is
    none of the senses other papers define, even when its neighbours match one."""
    resolver = ConceptResolver()
    longs = [_defines(f"new-{i}", 2022, NEW) for i in range(3)]
    coiner = extracted_paper(
        "coiner",
        2023,
        "In this paper, we propose ZAP, a method for image captioning.",
        [("Model", "ZAP", ()), ("Task", "image captioning", ())],
    )
    user = _uses("user", 2023, "Model", "image captioning")
    _write(store, resolver, [*longs, coiner, user])
    refresh_concepts(store)
    assert _sense_of(store, "user") == "Model:zeroshotalignedpretraining"
    assert _sense_of(store, "coiner") == "Model:zap"
    _assert_one_concept_per_alias(store)


def test_a_dataset_acronym_stays_off_a_method_whose_papers_write_it_bare(store):
    """A Method named by its acronym ("Z2Q", two papers also write "zip2queue", ten only "Z2Q") is no sense
    of a dataset of the same letters (eight papers write "the Z2Q dataset"): papers writing the acronym bare
    attest no meaning, and the ten bare Method papers join the Method in the same pass, so the eight do not
    outnumber it. Before, each pass's moves counted as writers for the next, and the dataset drained into
    the Method a few papers a pass; a second refresh found more to move."""
    tagging, summary = ("Task", "speech tagging", ()), ("Task", "table summarization", ())
    papers = [
        extracted_paper(
            f"m{i}",
            2020,
            "We train a Z2Q model with zip2queue decoding for speech tagging.",
            [("Method", "Z2Q", ("zip2queue",)), tagging],
        )
        for i in range(2)
    ]
    papers += [
        extracted_paper(
            f"b{i}",
            2021,
            f"A Z2Q tagger for speech tagging{' and table summarization' * (i % 3 == 0)}.",
            [("Method", "Z2Q", ()), tagging, *[summary] * (i % 3 == 0)],
        )
        for i in range(10)
    ]
    papers += [
        extracted_paper(
            f"d{i}",
            2021,
            f"Results on the Z2Q dataset for table summarization{' and speech tagging' * (i % 2 == 0)}.",
            [("Dataset", "Z2Q", ()), summary, *[tagging] * (i % 2 == 0)],
        )
        for i in range(8)
    ]
    _write(store, ConceptResolver(), papers)
    refresh_concepts(store)
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows() if "z2q" in c["key"] or "zip2" in c["key"]}
    assert counts == {"Dataset:z2q": 8, "Method:zip2queue": 12}
    assert set(refresh_concepts(store).values()) == {0}


def test_a_coined_acronym_another_dataset_holds_as_an_alias_is_no_name_that_flips(store):
    """One paper coins "BaBa (Balance of Bananas)", extracted as the long form only; twelve write "MS-BABA" for another dataset, three of them "MS-BABA (BABA)". The
    rename would name the one-paper concept "BaBa", and the alias dedupe then gives "BABA" to the dataset of
    twelve papers and the long form back as the name (plan_dedupe): the name is not chosen, so the next
    refresh does not flip it again."""
    papers = [
        extracted_paper(
            f"ms{i}",
            2020,
            f"We caption images of MS-BABA{' (BABA)' * (i < 3)} for image captioning.",
            [("Dataset", "MS-BABA", ("BABA",) * (i < 3)), ("Task", "image captioning", ())],
        )
        for i in range(12)
    ]
    paper, ex = extracted_paper(
        "coin",
        2024,
        "We build BaBa (Balance of Bananas), a benchmark for fruit counting.",
        [("Dataset", "Balance of Bananas", ()), ("Task", "fruit counting", ())],
    )
    coined = ex.entities[0]  # its evidence covers the acronym too, as the extractor's does for a definition
    at = paper.text.index("BaBa")
    spans = (Evidence("s", at, at + 4), *coined.evidence)
    ex = Extraction(ex.paper_id, ex.title, (Entity(coined.name, coined.type, (), evidence=spans), *ex.entities[1:]))
    papers.append((paper, ex))
    _write(store, ConceptResolver(), papers)
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Dataset:balanceofbanana"]["name"] == "Balance of Bananas"
    assert "BABA" in rows["Dataset:msbaba"]["aliases"]
    assert set(refresh_concepts(store).values()) == {0}


def test_a_paper_writing_the_acronym_only_as_a_word_mid_sentence_keeps_off_the_sense(store):
    """A story paper's "Zap Accuracy" (the accuracy of clip alignment) and a tool "MSL Zap and Create" never
    write "ZAP" in capitals: they name words, not the model, so they stay off it though no other sense
    rivals it (the ACL store had CLIP's "Clip Accuracy" and "MSL Clip and Create" so)."""
    resolver = ConceptResolver()
    words = [
        extracted_paper("story", 2023, "We gain 4% on Zap Accuracy for stories.", [("Model", "Zap", ())]),
        extracted_paper("signs", 2022, "We developed the MSL Zap and Create tool.", [("Model", "Zap", ())]),
    ]
    _write(
        store,
        resolver,
        [
            *(_defines(f"new-{i}", 2021 + i % 2, NEW) for i in range(3)),
            *(_uses(f"use-{i}", 2023, "Model", "image captioning") for i in range(3)),
            *words,
        ],
    )
    refresh_concepts(store)
    new = "Model:zeroshotalignedpretraining"
    assert {_sense_of(store, f"use-{i}") for i in range(3)} == {new}
    assert _sense_of(store, "story") != new and _sense_of(store, "signs") != new
    _assert_one_concept_per_alias(store)
