"""Results precision on the development sets (stop 44, resprec44): a number filed under the dataset another dataset
was made from ("validation on our dataset, based on X", "on our X-based dataset"). Invented sentences."""

from paperkg.extract.results.no_rows import derived_from, derived_source

from .conftest import kept_rows


def test_a_name_a_data_noun_is_based_on_is_a_source():
    lowers = "validation on our synthesized dataset , based on zorbset , shows 0.80 auprc".split()
    assert derived_source(8, 9, lowers)
    assert derived_from("ZorbSet", [(8, 9, "Dataset", "ZorbSet")], lowers)
    for phrase in (
        "our new corpus derived from the",
        "a self-training dataset built from",
        "our data , constructed from",
    ):
        words = f"{phrase} zorbset".split()
        assert derived_source(len(words) - 1, len(words), words), phrase
    assert derived_source(2, 3, "on our zorbset -based dataset".split())


def test_a_name_a_system_or_a_verb_is_based_on_is_no_source():
    assert not derived_source(4, 5, "a model based on zorbset".split())
    # a new benchmark that is neither "our" data nor training data (stop 36's DSI++ on Natural Questions: judged right)
    assert not derived_source(6, 7, "a novel continual benchmark based on zorbset".split())
    assert not derived_source(3, 4, "results based on zorbset".split())
    assert not derived_source(3, 4, "we build on zorbset".split())
    # a name also written as the data measured on stays
    lowers = "we evaluate on zorbset and on our dataset , based on zorbset , reaching 0.8".split()
    spans = [(3, 4, "Dataset", "ZorbSet"), (11, 12, "Dataset", "ZorbSet")]
    assert not derived_from("ZorbSet", spans, lowers)


def test_no_row_on_the_source_of_the_papers_own_data(extract_one):
    abstract = (
        "We propose FooDetect, a detector of errors in radiology reports. "
        "Validation on our radiologist-synthesized dataset, based on ZorbCXR, shows 0.80 and 0.95 of AUPRC and "
        "AUROC respectively."
    )
    assert not [r for r in kept_rows(extract_one, "FooDetect", abstract) if r[0] == "ZorbCXR"]
    abstract = "We evaluate FooDetect on the ZorbCXR dataset. FooDetect reaches 0.95 AUROC on ZorbCXR."
    assert ("ZorbCXR", "0.95") in kept_rows(extract_one, "FooDetect", abstract)
