import spacy


def test_pipeline_survives_to_disk_and_spacy_load(nlp, tmp_path):
    text = (
        "SimPO: Simple Preference Optimization\n\nWe propose SimPO and compare it with Direct Preference "
        "Optimization (DPO) on AlpacaEval 2 with Llama3-8B-Instruct, reaching 44.7 win rate on AlpacaEval 2."
    )
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == nlp.pipe_names
    a, b = nlp(text), loaded(text)
    assert [t.text for t in a] == [t.text for t in b]
    for name in ("paperkg_entities", "paperkg_results", "paperkg_sentences"):
        assert getattr(a._, name) == getattr(b._, name), name
    assert a._.paperkg_entities
    assert loaded.get_pipe_config("paperkg_concepts")["rules"] == nlp.get_pipe_config("paperkg_concepts")["rules"]


def test_loaded_tokenizer_keeps_its_word_tests_unless_a_pattern_changed(nlp, tmp_path):
    """spacy.load hands the tokenizer plain compiled regexes; the skipping wrappers come back
    for the patterns they hold (same tokens, fewer searches), and a changed pattern wins."""
    import re

    from paperkg.extract.tokenizer import InfixFinder, PrefixSearch

    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert isinstance(loaded.tokenizer.prefix_search.__self__, PrefixSearch)
    assert isinstance(loaded.tokenizer.infix_finditer.__self__, InfixFinder)
    text = "Llama3-8B-Instruct reaches 97.2% pass@1 (e.g. 2-5times) on GSM8K, see https://example.org."
    assert [t.text for t in loaded(text)] == [t.text for t in nlp(text)]

    loaded.tokenizer.prefix_search = re.compile(r"^X").search  # a user's own prefix rule, then saved
    loaded.to_disk(tmp_path / "changed")
    again = spacy.load(tmp_path / "changed")
    assert not isinstance(getattr(again.tokenizer.prefix_search, "__self__", None), PrefixSearch)
    assert [t.text for t in again("Xword")] == ["X", "word"]


def test_components_declare_the_extensions_they_pass(nlp):
    """Each doc._ value one component reads, an earlier one assigns."""
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    assert "doc._.paperkg_entities" in nlp.get_pipe_meta("paperkg_concepts").assigns


def test_extension_values_survive_doc_bytes(nlp):
    from spacy.tokens import Doc

    doc = nlp("BLEU: We evaluate GPT-4o on GSM8K and reach 91.5% accuracy.")
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.paperkg_entities == doc._.paperkg_entities and copy._.paperkg_results == doc._.paperkg_results


def test_every_component_is_a_registered_factory_with_a_config(nlp):
    for name in nlp.pipe_names:
        assert nlp.get_pipe_meta(name).factory
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "paperkg.tokenizer.v1"


def test_output_is_identical_for_one_and_two_processes(paper_factory):
    from paperkg.extract import extract_papers

    papers = [
        paper_factory(f"Paper {i}: GSM8K", f"We evaluate GPT-4o on GSM8K and reach {i}.5% accuracy.", pid=f"p{i}")
        for i in range(6)
    ]
    one = [e.to_gold() for e in extract_papers(papers, n_process=1, batch_size=2)]
    two = [e.to_gold() for e in extract_papers(papers, n_process=2, batch_size=2)]
    assert one == two
    assert [e["id"] for e in one] == [f"p{i}" for i in range(6)]


def test_recycled_worker_pools_keep_order_and_output(paper_factory, monkeypatch):
    import paperkg.extract as extract

    monkeypatch.setattr(extract, "RECYCLE_BATCHES", 2)  # a fresh pool every 4 papers
    papers = [
        paper_factory(f"Paper {i}: MMLU", f"We evaluate Mistral-7B on MMLU and reach {i}.5% accuracy.", pid=f"p{i}")
        for i in range(9)
    ]
    one = [e.to_gold() for e in extract.extract_papers(papers, n_process=1, batch_size=2)]
    two = [e.to_gold() for e in extract.extract_papers(iter(papers), n_process=2, batch_size=2)]
    assert one == two
    assert [e["id"] for e in two] == [f"p{i}" for i in range(9)]


def test_records_cross_processes_as_tuples_and_come_back_equal():
    """Workers send `_packed` tuples; every field of every record, none at its default, survives."""
    import dataclasses
    import pickle

    from paperkg.extract import _packed, _unpacked
    from paperkg.model import Entity, Evidence, Extraction, ReportedResult

    assert [f.name for f in dataclasses.fields(Entity)] == ["name", "type", "aliases", "introduced", "evidence"]
    assert [f.name for f in dataclasses.fields(Extraction)] == ["paper_id", "title", "entities", "results"]
    ev = Evidence("We use BERT.", 7, 11)
    result = ReportedResult(
        "91.2", "SQuAD", "BERT", "F1", "XLNet", "BERT gets 91.2 F1.", 91.2, "%", "gain", 0.5, "en-de"
    )
    assert all(getattr(result, f.name) != f.default for f in dataclasses.fields(ReportedResult))
    x = Extraction("p1", "A title", (Entity("BERT", "Model", ("bert",), True, (ev, ev)),), (result,))
    assert _unpacked(pickle.loads(pickle.dumps(_packed(x)))) == x
