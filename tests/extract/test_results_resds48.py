"""Results precision on the development sets (stop 48, resds48): data an abstract names only as what a model was
trained on, by its role after it ("we use X for training", "X as training data"), is not where a number was
measured. Invented sentences."""

from paperkg.extract.results.no_rows import used_for_training

from .conftest import kept_rows


def test_data_used_for_training_by_its_role():
    assert used_for_training(3, 4, "we use the zorbsum dataset of chapters for training and validation".split())
    assert used_for_training(1, 2, "using zorbsum as training data , our parser reaches 91 f1".split())
    assert used_for_training(0, 1, "zorbsum is employed for fine-tuning".split())
    # a resource described, no verb of use; the role also covers testing; another clause's role
    assert not used_for_training(2, 3, "we release zorbsum , a corpus for training summarizers".split())
    assert not used_for_training(3, 4, "we use the zorbsum corpus for training and evaluation".split())
    assert not used_for_training(3, 4, "we use the zorbsum corpus . for training we use others".split())


def test_no_guess_of_training_data_for_a_blind_test_score(extract_one_rules):
    abstract = (
        "We take part in the shared task on chapter summarization. We use the ZorbSum dataset of book chapters "
        "for training and validation. Our best model achieves a ROUGE-1 score of 31.25 on the blind test set."
    )
    rows = kept_rows(extract_one_rules, "A system for the chapter summarization shared task", abstract)
    assert ("ZorbSum", "31.25") not in rows


def test_the_guess_stays_for_data_used_for_testing(extract_one_rules):
    abstract = (
        "We present ZorbSum, a dataset of book chapters. We use the ZorbSum dataset for training and testing. "
        "Our best model achieves a ROUGE-1 score of 31.25."
    )
    rows = kept_rows(extract_one_rules, "ZorbSum: chapter summarization", abstract)
    assert ("ZorbSum", "31.25") in rows


def test_the_role_of_other_data_after_the_name_is_not_its_own():
    assert not used_for_training(4, 5, "bleu of 29.2 on zorbtest using web data for training".split())
    assert not used_for_training(1, 2, "the zorbglue score , and twice as many training steps".split())
