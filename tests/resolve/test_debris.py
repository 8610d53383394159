"""Debris, venues and fragments never become concepts (resolve.debris, applied by assemble)."""

from __future__ import annotations

import pytest

from paperkg.model import Entity, Evidence, Extraction, Paper
from paperkg.resolve import ConceptResolver, assemble
from paperkg.resolve.debris import clean_entities, is_debris, is_language_pair, is_venue


@pytest.mark.parametrize(
    "name",
    [
        "4timesRTX",
        "48xGH200",
        "8 × A100",
        "H_2",
        "R^d",
        r"\mathcal{D}",
        "x_i",
        "Content- Learning",
        "3^rd",
        "2^{nd}",
        "1^st,8^th",
        "score(5^th)position",
        "FrobishrightarrowEnglish",  # "Frobish$\\rightarrow$English" with the TeX stripped by a dump
        "ArightarrowB",
    ],
)
def test_latex_and_unit_debris(name):
    assert is_debris(name)


@pytest.mark.parametrize(
    "name",
    [
        "H_2O",
        "GPT-4",
        "R2D2",
        "Llama3-8B-Instruct",
        "pass@1",
        "3D-UNet",
        "x-vector",
        "pass^k",
        "G^3R",
        "D^2MoE",
        "ArrowNet",
        "Sparrow",
    ],
)
def test_real_names_are_not_debris(name):
    assert not is_debris(name)


@pytest.mark.parametrize(
    "name",
    [
        "SemEval-2025",
        "SemEval 2024",
        "COLING",
        "EMNLP 2023",
        "DravidianLangTech@NAACL",
        "LT-EDI@ACL 2022",
        "NeurIPS",
        "BioNLP",
        "SMM4H 2022",
        "LT-EDI-EACL2021",
        "ArgMining-EMNLP 2021",
        "DravidianLangTech@",
        "BEA",
        "SEMEVAL-2019",
        "SEMEVAL 2022",
        "ARABICNLP2024",
        "WANLP-EACL2021",
        "CASE-2022",
        "ACL-CASE 2021",
        "Semeval-2025",  # another case with its year: two titles "X at Semeval-2025 Task N" on the ACL 44k graph
        "Semeval2024",
        "SigMorphon 2019",
        "Coling-2031",
        "SemEval–2017",  # an en dash before the year: three 1-paper Task nodes on a 44k build at stop 42
    ],
)
def test_venues_and_events(name):
    assert is_venue(name)


@pytest.mark.parametrize(
    "name",
    [
        "SemEval-2025 Task 11",
        "WMT 2025",
        "ACL-Fig",
        "ACLSum",
        "CoNLL-2003",
        "BEA-2019",
        "SMM4H 2022 Task 5",
        "SIGHAN 2005",
        "FEVER",
        "BioNLP-ST",
        "CONLL-2003",
        "SEMEVAL-2019 TASK 6",
        "CASE 2021 Task 1",
        "Semeval-2025 Task 11",
        "Conll-2003",
        "Bea-2019",
        "Wmt 2025",
        "Case",
        "Semeval",
        "SemEval–2017 Task 4",
    ],
)
def test_a_shared_task_or_dataset_named_after_a_venue_stays(name):
    assert not is_venue(name)


def _paper(abstract: str) -> Paper:
    return Paper(id="p1", title="T", abstract=abstract, raw_title="T", raw_abstract=abstract)


def _ent(text: str, name: str, type_: str = "Method", start_at: str | None = None) -> Entity:
    s = text.index(start_at or name)
    return Entity(name, type_, evidence=(Evidence(text, s, s + len(name)),))


def test_fragments_of_a_longer_name_are_dropped():
    paper = _paper("We train with a reasoning objective-Quiet-STaR and ThinKV-Cache pruning on GPT-4s outputs.")
    text = paper.text
    ents = (
        _ent(text, "Quiet-STaR"),
        _ent(text, "objective-Quiet-STaR"),  # a lower-case word glued to another name
        _ent(text, "ThinKV-Cache"),
        _ent(text, "KV-Cache pruning", start_at="KV-Cache pruning"),  # starts inside a word
        _ent(text, "GPT-4", "Model"),  # a plural 's' after a name is not a fragment
    )
    kept = [e.name for e in clean_entities(ents, text)]
    assert kept == ["Quiet-STaR", "ThinKV-Cache", "GPT-4"]


def test_a_mention_crossing_a_longer_one_is_dropped():
    paper = _paper("Refactorizing LLMs as Router-Decoupled Mixture of Experts works.")
    text = paper.text
    long_ = Entity(
        "Router-Decoupled Mixture of Experts",
        "Method",
        evidence=(Evidence(text, text.index("Router"), text.index(" works")),),
    )
    crossing = Entity(
        "Refactorizing LLMs as Router",
        "Method",
        evidence=(Evidence(text, text.index("Refactorizing"), text.index("-Decoupled")),),
    )
    assert [e.name for e in clean_entities((long_, crossing), text)] == ["Router-Decoupled Mixture of Experts"]


def test_assemble_writes_no_debris_concepts():
    paper = _paper("Trained on 4timesRTX GPUs over R^d at SemEval-2025 with DPO.")
    text = paper.text
    ents = tuple(
        _ent(text, n, t)
        for n, t in (("4timesRTX", "Dataset"), ("R^d", "Method"), ("SemEval-2025", "Dataset"), ("DPO", "Method"))
    )
    g = assemble(paper, Extraction("p1", "T", ents), ConceptResolver())
    assert [c.name for c in g.concepts] == ["DPO"]


def test_a_word_glued_to_a_catch_all_or_a_stray_word_glued_to_a_name_is_dropped():
    text = (
        "Human-LLM agreement is low. We measure human-LLM agreement on datasets-FROBQA "
        "with all-MiniLM-L6-v2 and long-CoT."
    )
    names = ("Human-LLM", "human-LLM", "datasets-FROBQA", "all-MiniLM-L6-v2", "long-CoT")
    ents = tuple(_ent(text, n) for n in names)
    assert [e.name for e in clean_entities(ents, text)] == ["all-MiniLM-L6-v2", "long-CoT"]


def test_a_capitalised_word_glued_to_a_catch_all_is_a_name_unless_only_a_sentence_start_capitalised_it():
    text = "Frobtron-LM is a model. We compare Frobtron-LM with Human-LLM agreement scores. Human-LLM pairs help."
    ents = tuple(_ent(text, n) for n in ("Frobtron-LM", "Human-LLM"))
    assert [e.name for e in clean_entities(ents, text)] == ["Frobtron-LM", "Human-LLM"]  # both written mid-sentence
    text = "Human-LLM agreement is low. Frobtron-LM is a model, and Frobtron-LM wins. FROB-LLM and FrobQuant-FP help."
    ents = tuple(_ent(text, n) for n in ("Frobtron-LM", "Human-LLM", "FROB-LLM", "FrobQuant-FP"))
    assert [e.name for e in clean_entities(ents, text)] == ["Frobtron-LM", "FROB-LLM", "FrobQuant-FP"]


def test_a_catch_all_pair_capitalised_only_by_a_title_case_title_is_dropped():
    text = "A Human-LLM Collaborative Annotation Tool\n\nWe study how annotators and models share labels."
    ents = (_ent(text, "Human-LLM"),)
    assert clean_entities(ents, text) == ()
    text = "Human-LLM collaboration for annotation\n\nWe compare Human-LLM teams with Frobtron-LM."
    ents = tuple(_ent(text, n) for n in ("Human-LLM", "Frobtron-LM"))
    assert [e.name for e in clean_entities(ents, text)] == ["Human-LLM", "Frobtron-LM"]  # written mid-sentence


def test_an_entity_spelled_as_a_catch_all_pair_anywhere_is_dropped():
    text = "We ask which pre-trained language models for frob code (frob-PLMs) help, and how Student-LLM talks to student-LLM."
    defined = Entity(
        "pre-trained language models for frob code",
        "Method",
        ("frob-PLMs",),
        evidence=(Evidence(text, text.index("pre-"), text.index(" (")),),
    )
    pair = Entity(
        "Student-LLM",
        "Method",
        ("student-LLM",),
        evidence=(Evidence(text, text.index("Student"), text.index(" talks")),),
    )
    assert [e.name for e in clean_entities((defined, pair, _ent(text, "frob code", "Task")), text)] == ["frob code"]


def test_a_venue_written_out_beside_its_acronym_is_no_concept():
    from paperkg.resolve.debris import is_venue_long_form

    assert is_venue_long_form("Computational Natural Language Learning", ["CoNLL"])
    assert is_venue_long_form("Conference on Empirical Methods in Natural Language Processing", ["EMNLP"])
    assert not is_venue_long_form("Conditional Noisy Label Learning", ["CNLL"])  # no venue
    text = "T\n\nAt Computational Natural Language Learning (CoNLL) we frob."
    venue = Entity("Computational Natural Language Learning", "Dataset", ("CoNLL",), False, ())
    data = Entity("CoNLL-2003", "Dataset", (), False, ())  # an edition's data stays
    assert [e.name for e in clean_entities((venue, data), text)] == ["CoNLL-2003"]


@pytest.mark.parametrize(
    "name,aliases",
    [
        ("En-De", ()),
        ("EN→FR", ()),
        ("Tamil-English", ()),
        ("Kn-En", ("Kannada and English",)),
        ("Ma-En", ("Malayalam-English",)),
        ("Ml-En", ("Malayalam – English",)),
        ("German-Upper Sorbian", ()),
    ],
)
def test_a_translation_direction_alone_is_no_concept(name, aliases):
    assert is_language_pair(name, aliases)


@pytest.mark.parametrize(
    "name,aliases",
    [
        ("WMT14 En-De", ()),
        ("multi-task instruction tuning", ("MT-IT",)),
        ("Hinglish", ("Hindi-English",)),
        ("Ma-Lu", ("Malayalam-English",)),
        ("English-German corpus", ()),
        ("Ma-En", ()),
        ("it-is", ()),
    ],
)
def test_a_name_that_holds_more_than_a_direction_stays(name, aliases):
    assert not is_language_pair(name, aliases)


def test_assemble_writes_no_language_pair_dataset():
    paper = _paper(
        "We classify Malayalam-English (Ma-En) and Tamil-English code-mixed comments of the "
        "ZorbCMC corpus and translate En-De."
    )
    text = paper.text
    ents = (
        Entity(
            "Ma-En",
            "Dataset",
            aliases=("Malayalam-English",),
            evidence=(Evidence(text, text.index("Ma-En"), text.index("Ma-En") + 5),),
        ),
        _ent(text, "Tamil-English", "Dataset"),
        _ent(text, "ZorbCMC", "Dataset"),
        _ent(text, "En-De", "Dataset"),
    )
    g = assemble(paper, Extraction("p1", "T", ents), ConceptResolver())
    assert [c.name for c in g.concepts] == ["ZorbCMC"]


def test_a_yearless_series_task_joins_the_edition_its_own_paper_names_and_no_other():
    """'ZorbEval Task 6' in a paper titled by 'ZorbEval-2031 Task 6' is that edition; in a paper naming no
    edition it stays year-less (Task 6 of another year is another task)."""
    paper = _paper("Frob at ZorbEval-2031 Task 6: a system. We rank third in ZorbEval Task 6 with Frobnet.")
    text = paper.text
    ents = tuple(
        _ent(text, n, t)
        for n, t in (("ZorbEval-2031 Task 6", "Dataset"), ("ZorbEval Task 6", "Dataset"), ("Frobnet", "Model"))
    )
    g = assemble(paper, Extraction("p1", "T", ents), ConceptResolver())
    assert sorted(c.name for c in g.concepts) == ["Frobnet", "ZorbEval-2031 Task 6"]
    paper = _paper("We rank third in ZorbEval Task 6 with Frobnet.")
    ents = tuple(_ent(paper.text, n, t) for n, t in (("ZorbEval Task 6", "Dataset"), ("Frobnet", "Model")))
    g = assemble(paper, Extraction("p1", "T", ents), ConceptResolver())
    assert sorted(c.name for c in g.concepts) == ["Frobnet", "ZorbEval Task 6"]


def test_hardware_a_system_runs_on_is_no_concept():
    # a maker before its chip's name and number, a device class, a hardware noun as the name (invented names)
    text = (
        "We deploy FrobLM on the Zorbtek Quux 9300 processor and on Blip-class devices, i.e. MicroWidgets "
        "MicroControllers. FrobLM GPU inference is fast; Zorbtek runs FrobLM."
    )
    ents = (
        _ent(text, "FrobLM", "Model"),
        _ent(text, "Zorbtek", "Dataset"),
        _ent(text, "Blip-class", "Dataset"),
        _ent(text, "MicroControllers", "Dataset"),
    )
    assert [e.name for e in clean_entities(ents, text)] == ["FrobLM"]


def test_a_name_written_elsewhere_not_before_hardware_stays():
    # "Zorbtek runs FrobLM": one mention outside a hardware phrase keeps the name; "GPU inference" is a measure
    text = (
        "Zorbtek runs on the Zorbtek 9300 chip. We time FrobLM GPU inference and FrobLM-accelerated NPU-free decoding."
    )
    zorb = Entity(
        "Zorbtek",
        "Method",
        evidence=(Evidence(text, 0, 7), Evidence(text, text.index("Zorbtek 9300"), text.index("Zorbtek 9300") + 7)),
    )
    ents = (zorb, _ent(text, "FrobLM", "Model"))
    assert [e.name for e in clean_entities(ents, text)] == ["Zorbtek", "FrobLM"]


def test_a_name_glued_to_a_function_word_keeps_the_name_or_goes():
    # invented abstract that lost its spaces: "we obtainedmacro-F9 of 81.2 ... code onZorbhub ... theZorbEval-2031"
    text = (
        "T\n\nWe obtainedmacro-F9 of 81.2 on theZorbEval-2031 task. Code is onZorbhub. ZorbEval-2031 is hard: "
        "macro-F9 is low."
    )

    out = {
        e.name: e
        for e in clean_entities(
            (
                _ent(text, "obtainedmacro-F9", "Metric"),
                _ent(text, "theZorbEval-2031", "Dataset"),
                _ent(text, "onZorbhub", "Method"),
            ),
            text,
        )
    }
    assert set(out) == {"macro-F9", "ZorbEval-2031"}
    ev = out["macro-F9"].evidence[0]
    assert text[ev.start : ev.end] == "macro-F9"


def test_a_name_cut_off_a_glued_word_must_be_written_apart():
    """A text that lost its spaces glues more than one word: what follows the glued word is kept only as a form
    the paper writes apart too, or one the lexicons list (resolve.debris.written_apart): 44k ACL's
    "asLayer-wiseNoiseStabilityRegularization", a team's user name "ThisIstheEnd" and "onIndo-European" gave
    three names no paper writes."""
    text = (
        "T\n\nWe propose a method referred to asZorb-wiseFrobStabilityRegularization (ZFSR). Our user name is "
        "ThisIsZorbEnd. It works onIndo-Zorbian languages andBLEURT agrees."
    )

    found = clean_entities(
        (
            _ent(text, "asZorb-wiseFrobStabilityRegularization", "Method"),
            _ent(text, "ThisIsZorbEnd", "Method"),
            _ent(text, "onIndo-Zorbian", "Dataset"),
            _ent(text, "andBLEURT", "Metric"),
        ),
        text,
    )
    assert [e.name for e in found] == ["BLEURT"]
