"""Results precision on the development sets (stop 49, resprec49): a share of the model's parameters or of its
labelled training data is a setting of the experiment, no result. Invented sentences."""

from paperkg.extract.results.no_rows import setting_share
from paperkg.extract.results.values import Value

from .conftest import kept_rows


def _v(k: int, text: str) -> Value:
    return Value(k, k + 1, text, float(text.rstrip("%")), "%")


def test_a_share_of_parameters_or_labelled_data_is_a_setting():
    lowers = "the trainable parameters are set to 5% .".split()
    assert setting_share(_v(6, "5%"), _v(6, "5%"), lowers)
    lowers = "it tunes only 0.5% trainable parameters".split()
    assert setting_share(_v(3, "0.5%"), _v(3, "0.5%"), lowers)
    lowers = "trained with 1% , 10% gold-annotated examples".split()
    assert setting_share(_v(2, "1%"), _v(2, "1%"), lowers)
    # a score the parameters are tuned to, and a number on data, stay
    assert not setting_share(_v(4, "92%"), _v(4, "92%"), "tuning the parameters to 92% accuracy".split(), [(5, 6)])
    assert not setting_share(_v(2, "5%"), _v(2, "5%"), "improves it 5% on the data".split())
    assert not setting_share(_v(4, "81%"), _v(4, "81%"), "the accuracy rises to 81% on zorbqa".split())


def test_no_row_for_the_share_of_parameters(extract_one_rules):
    abstract = (
        "We evaluate on the ZorbMT benchmark. Our method outperforms full fine-tuning by 1.2 BLEU on ZorbMT and "
        "reduces trainable parameters to 0.4% for high-resource languages and 1.6% for low-resource ones."
    )
    rows = kept_rows(extract_one_rules, "Sparse subspaces for translation", abstract)
    assert ("ZorbMT", "0.4%") not in rows and ("ZorbMT", "1.6%") not in rows
    assert ("ZorbMT", "1.2 BLEU") in rows
