import json

from paperkg.model import Entity, Evidence, Extraction, Paper, ReportedResult
from paperkg.resolve import ConceptResolver, assemble, concept_key, is_acronym, normalise_name


def test_spelling_variants_share_one_key():
    assert normalise_name("LLaMA 2") == normalise_name("Llama-2") == normalise_name("Llama2") == "llama2"
    assert normalise_name("MATH-500") == normalise_name("MATH500")
    assert normalise_name("Large Language Models") == normalise_name("large language model")
    assert concept_key("Dataset", "MATH-500") == "Dataset:math500"


def test_acronym_detection():
    assert is_acronym("SFT") and is_acronym("MoE") and is_acronym("LLMs") and is_acronym("GSM8K")
    assert not is_acronym("sparse fine-tuning") and not is_acronym("Transformer") and not is_acronym("X")


def test_long_form_and_acronym_resolve_to_one_concept_with_aliases():
    r = ConceptResolver()
    defined = Entity("Direct Preference Optimization", "Method", ("DPO",))
    a = r.resolve(defined)
    b = r.resolve(Entity("DPO", "Method"), (defined,))  # the paper that defines DPO means its own sense
    c = r.resolve(Entity("direct preference optimisation".replace("optimisation", "optimization"), "Method"))
    assert a.key == b.key == c.key == "Method:directpreferenceoptimization"
    assert c.name == "Direct Preference Optimization"
    assert set(c.aliases) == {"DPO", "direct preference optimization"}


def test_an_undefined_acronym_never_takes_another_papers_long_form():
    r = ConceptResolver()
    r.resolve(Entity("Common Lisp Instrumentation Package", "Method", ("CLIP",)))
    # another paper writes CLIP without defining it: the sense-less acronym concept, decided later per paper
    assert r.resolve(Entity("CLIP", "Method")).key == "Method:clip"
    assert r.resolve(Entity("CLIP", "Method")).key == "Method:clip"


def test_one_acronym_with_two_meanings_does_not_merge():
    r = ConceptResolver()
    sparse = r.resolve(Entity("sparse fine-tuning", "Method", ("SFT",)))
    supervised = r.resolve(Entity("supervised fine-tuning", "Method", ("SFT",)))
    assert sparse.key != supervised.key
    # a bare "SFT" is ambiguous now: it keeps its own key rather than guessing
    assert r.resolve(Entity("SFT", "Method")).key == "Method:sft"


def test_keys_do_not_depend_on_paper_order():
    ents = [
        Entity("LLaMA 2", "Model"),
        Entity("Llama-2", "Model"),
        Entity("Llama2", "Model"),
        Entity("low-rank adaptation", "Method", ("LoRA",)),
        Entity("Low-Rank Adaptation", "Method"),
    ]
    forward = [ConceptResolver().resolve(e).key for e in ents]
    r1, r2 = ConceptResolver(), ConceptResolver()
    keys1 = [r1.resolve(e).key for e in ents]
    keys2 = [r2.resolve(e).key for e in reversed(ents)][::-1]
    assert keys1 == keys2 == forward


def test_known_concepts_from_the_store_are_reused():
    r = ConceptResolver([("Dataset:math500", "Dataset", ["MATH500", "MATH-500"])])
    row = r.resolve(Entity("MATH 500", "Dataset"))
    assert row.key == "Dataset:math500" and row.name == "MATH500" and "MATH 500" in row.aliases


def test_assemble_merges_two_entities_with_one_key_into_one_mention():
    paper = Paper(id="p1", title="t", abstract="a", raw_title="t", raw_abstract="a")
    ev1, ev2 = Evidence("s1", 0, 5), Evidence("s2", 10, 15)
    ex = Extraction(
        "p1",
        "t",
        (
            Entity("LLaMA 2", "Model", evidence=(ev1,)),
            Entity("Llama-2", "Model", evidence=(ev2, ev1)),
            Entity("GSM8K", "Dataset", introduced=True, evidence=(Evidence("s3", 20, 25),)),
        ),
        (ReportedResult("50.1%", "GSM8K", subject="Llama-2"),),
    )
    g = assemble(paper, ex, ConceptResolver())
    assert [c.key for c in g.concepts] == ["Model:llama2", "Dataset:gsm8k"]
    assert g.concepts[0].aliases == ("Llama-2",)
    [m] = [m for m in g.mentions if m.concept_key == "Model:llama2"]
    assert m.count == 2 and [e["start"] for e in json.loads(m.evidence)] == [0, 10]
    assert g.proposes == ("Dataset:gsm8k",)
    assert (g.results[0].of_key, g.results[0].on_key) == ("Model:llama2", "Dataset:gsm8k")


def test_a_result_whose_subject_is_dropped_keeps_no_board_confidence():
    from paperkg.model import MIN_BOARD_CONFIDENCE

    paper = Paper(id="p1", title="t", abstract="a", raw_title="t", raw_abstract="a")
    ex = Extraction(
        "p1",
        "t",
        (
            Entity("FooNet", "Model", evidence=(Evidence("s1", 0, 6),)),
            Entity("GSM8K", "Dataset", evidence=(Evidence("s3", 20, 25),)),
        ),
        (
            ReportedResult("50.1%", "GSM8K", subject="FooNet", confidence=0.9),
            ReportedResult("60.1%", "GSM8K", subject="objective-FooNet", confidence=0.9),
        ),
    )
    g = assemble(paper, ex, ConceptResolver())
    assert [(r.of_key, r.confidence >= MIN_BOARD_CONFIDENCE) for r in g.results] == [
        ("Model:foonet", True),
        (None, False),
    ]
