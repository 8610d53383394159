"""Results precision on the development sets (stop 44, dataent44): names that are no data. A metric spelled
"ChrF", an Arabic dialect named by its region alone and the "EHR" acronym are no Dataset; a name the abstract writes
only before other nouns ("X triples", "parallel X data") is not the paper's one dataset. Invented sentences."""

from paperkg.extract.results.component import written_as_kind

from .conftest import kept_rows


def _types(extract, title: str, abstract: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(title, abstract).entities}


def _kind(text: str, name: str, body: int = 0) -> bool:
    words = text.split()
    lowers = [w.lower() for w in words]
    n = len(name.split())
    spans = [(i, i + n, "Dataset", name) for i in range(len(words)) if words[i : i + n] == name.split()]
    return written_as_kind(name, spans, words, lowers, body)


def test_chrf_in_capitals_is_the_metric(extract_one):
    # "The best performing systems achieved 12.97 ChrF higher than baseline" (stop 43); 44k: four papers typed "ChrF"
    # Dataset, one "CHRF" Method
    types = _types(
        extract_one,
        "Findings of the Zorbic Translation Shared Task",
        "Eight teams took part. The best systems improve over the baseline by 4.5 ChrF on average.",
    )
    assert types.get("ChrF") == "Metric"


def test_an_arabic_dialect_named_by_its_region_is_no_dataset(extract_one):
    # "an F1-score of 0.9209 and 0.8995 on MSA and Palestinian dialect, respectively" (stop 42); 44k: Egyptian,
    # Moroccan, Jordanian, Algerian typed Dataset in four more papers
    title = "ZorbIntent: Intent Detection for Arabic Dialects"
    abstract = (
        "We present ZorbIntent, a dataset of banking queries in Modern Standard Arabic (MSA) and Syrian dialect. "
        "A fine-tuned model reaches an F1-score of 0.88 and 0.84 on MSA and Syrian dialect, respectively."
    )
    assert "Syrian" not in _types(extract_one, title, abstract)
    assert not any(d == "Syrian" for d, _ in kept_rows(extract_one, title, abstract))


def test_the_ehr_acronym_alone_is_no_dataset(extract_one):
    # "combined with structured EHR data" (stop 43's MIMICause), "an EHR corpus of 95M tokens", "grounded in
    # real-world EHR data" (44k)
    types = _types(
        extract_one,
        "Causal Relations in Clinical Notes",
        "Clinical notes can be combined with structured EHR data. Our model reaches a macro F1 score of 0.61.",
    )
    assert "EHR" not in types


def test_a_name_written_only_before_other_nouns_is_a_kind():
    # "RDF triples", "the RDF triple representation" (stop 40); "AMR coreference resolution ... any general AMR
    # corpus and even automatically parsed AMR data" (stop 37); "(AV-S2ST) translation model ... limited parallel
    # AV-S2ST data" (stop 35)
    assert _kind("facts are stored as Zorb triples . we translate Zorb triples to text .", "Zorb")
    ws = "semantic graphs like ZMRs aim to group nodes".split()
    assert written_as_kind("ZMR", [(3, 4, "Dataset", "ZMR")], ws, [w.lower() for w in ws], 0)
    assert _kind("for Zorb coreference resolution , any general Zorb corpus and parsed Zorb data help", "Zorb")
    assert _kind("a first speech-to-speech ( Zorb ) translation model . with limited parallel Zorb data", "Zorb")


def test_a_name_written_once_as_data_is_no_kind():
    # the name alone, a determiner before "X data", a data word within three words, a name given
    assert not _kind("Zorb triples are used . results on Zorb show gains", "Zorb")
    assert not _kind("Zorb triples are used . the Zorb data helps", "Zorb")
    assert not _kind("we use the publicly available Zorb dataset", "Zorb")
    assert not _kind("we build Zorb dataset , a new benchmark", "Zorb")
    assert not _kind("we use the Zorb movie review dataset", "Zorb")
    assert not _kind("we propose a dataset called Zorb ( ZB ) focusing on food", "Zorb")
    # a verb or any other noun after the name: "the X (XT) consists of", "the X spatial grounding dialogues" (44k)
    assert not _kind("the Zorb ( ZB ) consists of 420 posts", "Zorb")
    assert not _kind("we evaluate on the Zorb spatial grounding task", "Zorb")
    # the title's "(X Challenge)" or "X: ..." names data whatever the body writes
    assert _kind("Zorbing ( Zorb Challenge ) . we parse Zorb triples", "Zorb", body=5) is False
    assert _kind("Zorb : A Corpus . we parse Zorb triples", "Zorb", body=4) is False
    assert _kind("Parsing Zorb Graphs . we parse Zorb triples", "Zorb", body=4) is True


def test_no_row_is_guessed_onto_a_format(extract_one):
    # stop 40's GTR-LSTM: "RDF triples ... The RDF triple representation ... a set of RDF triples into natural
    # sentences ... improvement over the baseline models by up to 17.6%" was filed under RDF
    title = "ZorbNet: A Triple Encoder for Sentence Generation from KQF Data"
    abstract = (
        "A knowledge base stores facts as KQF triples. The KQF triple representation is hard to read for humans. "
        "We translate sets of KQF triples into sentences with a graph encoder. Experimental results show that the "
        "encoder improves over the baselines by up to 12.4% in BLEU."
    )
    assert not any(d == "KQF" for d, _ in kept_rows(extract_one, title, abstract))


def test_no_row_is_guessed_onto_a_formalism(extract_one):
    # stop 37: "for AMR coreference resolution, which can leverage any general AMR corpus and even automatically
    # parsed AMR data. Experiments on benchmarks show ... gains of up to 6% absolute F1 points"
    title = "Graph Pretraining for ZMR Coreference Resolution"
    abstract = (
        "Coreference resolution over semantic graphs aims to group nodes. We propose a pretraining method for ZMR "
        "coreference resolution, which can use any general ZMR corpus and even automatically parsed ZMR data. "
        "Experiments show gains of up to 5% absolute F1."
    )
    assert not any(d == "ZMR" for d, _ in kept_rows(extract_one, title, abstract))
