"""Results precision on the development sets (stop 45, resprec45): a number that names its own place after "on"
is not filed under a dataset another number of the sentence was given ("86.3% on A and 64% (2.9% up) on B",
"12.8% on text classification and 15.6% on B"). Invented sentences."""

from paperkg.extract.results.datasets import named_again_after, own_place_after
from paperkg.extract.results.values import Value

from .conftest import kept_rows


def _v(start: int) -> Value:
    return Value(start, start + 2, "64%", 64.0, "%")


def test_a_number_with_its_own_on_phrase():
    assert own_place_after(_v(0), "64 % ( 2.9 % gain ) on zorbqa dataset".split())
    assert own_place_after(_v(0), "64 % more on zorbcaps".split())
    assert own_place_after(_v(0), "64 % in accuracy on text classification and".split())
    assert own_place_after(_v(0), "64 % on complex low-entropy tasks".split())


def test_a_split_a_part_a_measure_or_a_comparison_is_no_own_place():
    assert not own_place_after(_v(0), "64 % on the test set".split())
    assert not own_place_after(_v(0), "64 % on the contest 's hidden test set".split())
    assert not own_place_after(_v(0), "64 % on average".split())
    assert not own_place_after(_v(0), "64 % on its subset".split())
    assert not own_place_after(_v(0), "64 % than the baseline on zorbqa".split())
    assert not own_place_after(_v(0), "64 % on macro-f1".split(), frozenset({3}))


def test_no_row_under_the_dataset_of_the_number_before(extract_one):
    abstract = (
        "We present FooBERT, an encoder for clinical text. "
        "FooBERT achieves 86.3% (1.4% accuracy improvement) on the ZorbNLI dataset and 64% (3.0% accuracy "
        "improvement) on the QuuxQA dataset."
    )
    rows = kept_rows(extract_one, "FooBERT", abstract)
    assert ("ZorbNLI", "64%") not in rows
    abstract = (
        "We present FooPrompt, a zero-shot prompting method. "
        "FooPrompt outperforms the best zero-shot method with absolute gains of 12.8% in accuracy on text "
        "classification and 15.6% on the ZorbGLUE benchmark."
    )
    rows = kept_rows(extract_one, "FooPrompt", abstract)
    assert ("ZorbGLUE", "12.8%") not in rows
    assert ("ZorbGLUE", "15.6%") in rows


def test_the_test_split_or_a_measure_keeps_its_dataset(extract_one):
    abstract = (
        "We present FooNet, a classifier. "
        "FooNet gives improvements of 1.2% on micro-F1 and 3.4% on macro-F1 on the ZorbRCV dataset."
    )
    rows = kept_rows(extract_one, "FooNet", abstract)
    assert ("ZorbRCV", "1.2%") in rows


def test_a_dataset_named_again_as_where_keeps_the_number():
    words = "and 0.35 on extracting relations , ranking 1st in the zorb re task".split()
    v = Value(1, 2, "0.35", 0.35, None)
    assert named_again_after("Zorb", v, [(10, 11, "Dataset", "Zorb")], words)
    words = "and 30.8 % more on quuxcaps , where objects extend beyond zorb categories".split()
    v = Value(1, 3, "30.8%", 30.8, "%")
    assert not named_again_after("Zorb", v, [(11, 12, "Dataset", "Zorb")], words)
