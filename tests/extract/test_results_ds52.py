"""Results precision on the development sets (stop 52, ds52): a name written as the subject of a system's own
action ("X has scored 0.65", "X also achieves", "X uses a transformer") is the system's, typed Dataset, not the
data a number was measured on: no row is filed under it and it is not the paper's one dataset. Invented sentences."""

from paperkg.extract.results.component import written_as_agent

from .conftest import kept_rows


def test_a_name_before_a_verb_of_scoring_or_using_is_a_system():
    lowers = "finally , zorbparse has scored 0.65 f-score on the blind test set .".split()
    assert written_as_agent("ZorbParse", [(2, 3, "Dataset", "ZorbParse")], lowers)
    lowers = "furthermore , zorb-align ( za ) also achieves competitive results .".split()
    assert written_as_agent("Zorb-Align", [(2, 3, "Dataset", "Zorb-Align")], lowers)
    lowers = "zorbeval uses transformer-based language models .".split()
    assert written_as_agent("ZorbEval", [(0, 1, "Dataset", "ZorbEval")], lowers)


def test_a_name_after_a_preposition_or_before_a_verb_of_data_is_data():
    # the object of a preposition: what the models were trained or measured on
    lowers = "models trained on zorbset consistently outperformed those trained on others .".split()
    assert not written_as_agent("ZorbSet", [(3, 4, "Dataset", "ZorbSet")], lowers)
    # data holds, improves when trained on, consists of
    assert not written_as_agent("ZorbSet", [(0, 1, "Dataset", "ZorbSet")], "zorbset contains 5k questions .".split())
    lowers = "zorbset significantly improves performance .".split()
    assert not written_as_agent("ZorbSet", [(0, 1, "Dataset", "ZorbSet")], lowers)
    # a name ending in a data noun names data whatever it is written as
    lowers = "the zorb benchmark achieves wide coverage .".split()
    assert not written_as_agent("Zorb Benchmark", [(1, 3, "Dataset", "Zorb Benchmark")], lowers)


def test_no_row_under_a_system_that_scores(extract_one_rules):
    title = "UIT at SemEval-2031 Task 4: Building Concept Fixing Patterns for Improving ZPARSE"
    abstract = (
        "This paper describes the improvements that we have applied on the ZPARSE baseline parser at Task 4 of "
        "SemEval-2031. To achieve this goal, we built two wrapper layers for ZPARSE. Finally, after applying our "
        "approach, ZPARSE has scored 0.65 F-score on the test set of the biomedical data and 0.61 F-score on the "
        "official blind test dataset."
    )
    rows = kept_rows(extract_one_rules, title, abstract)
    assert all(d != "ZPARSE" for d, _ in rows)


def test_edges_of_the_sentence_and_the_name():
    # a name that ends the sentence, or a bracket that never closes, reads no verb and raises nothing
    assert not written_as_agent("ZorbSet", [(2, 3, "Dataset", "ZorbSet")], "results on zorbset".split())
    lowers = "zorbset ( a large set of zorbs achieves".split()
    assert not written_as_agent("ZorbSet", [(0, 1, "Dataset", "ZorbSet")], lowers)
    # an empty name (review52: it raised IndexError) and a name with no mention are no system
    assert not written_as_agent("", [], "zorbset achieves 71.2 .".split())
    assert not written_as_agent("ZorbSet", [], "zorbset achieves 71.2 .".split())
