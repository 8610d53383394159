"""A shared-task event beside its task's long name (stop 48, `concepts.drop_events_of_named_tasks`): the
task's name names the data; the event alone ("WMT31", "IWSLT 2031") is no second Dataset, and its numbers
are the task's. Invented task names; the series are the campaigns of `shared_tasks.txt`."""


def names(ex):
    return {e.name: e.type for e in ex.entities}


def test_an_event_beside_its_named_task_is_no_second_dataset(extract_one_rules):
    ex = extract_one_rules(
        "Our Submission to the WMT31 Zorble Translation Task",
        "We describe our systems for the WMT31 Zorble Translation Task. Our systems use back-translation. "
        "At WMT31, our primary system reaches 31.5 BLEU.",
    )
    found = names(ex)
    assert found.get("WMT31 Zorble Translation Task") == "Dataset"
    assert "WMT31" not in found
    assert {r.dataset for r in ex.results} <= {"WMT31 Zorble Translation Task"}


def test_a_series_named_alone_beside_its_numbered_task_goes_too(extract_one_rules):
    ex = extract_one_rules(
        "Frobbing Grant Mentions",
        "We address the BioASQ challenge 9z. Results on the dry-run data of BioASQ task 9z show a recall of 85%.",
    )
    found = names(ex)
    assert found.get("BioASQ task 9z") == "Dataset"
    assert "BioASQ" not in found


def test_an_edition_that_names_a_test_set_stays(extract_one_rules):
    ex = extract_one_rules(
        "Our System for the IWSLT 2031 Zorble Speech Translation Task",
        "We describe our system for the IWSLT 2031 Zorble Speech Translation Task. "
        "It reaches BLEU scores of 24.5 and 27.5 on IWSLT test 2015 and the Quux-ST test set respectively.",
    )
    assert names(ex).get("IWSLT") == "Dataset"


def test_an_event_without_a_named_task_stays_as_it_was(extract_one_rules):
    ex = extract_one_rules("Notes", "We report 30.1 BLEU on WMT 2016 test data.")
    assert names(ex).get("WMT 2016") == "Dataset"


def test_a_data_noun_named_in_a_relative_clause_is_a_dataset(extract_one_rules):
    """ "a ... dataset, which is named X", "a corpus, which we call X" (stop 48): the name is the data's, as in
    "a dataset called X"."""
    ex = extract_one_rules(
        "Notes",
        "We first introduce a Klingon math reasoning dataset, which is named Zorb-Math. "
        "The dataset is then used for fine-tuning.",
    )
    assert names(ex).get("Zorb-Math") == "Dataset"
