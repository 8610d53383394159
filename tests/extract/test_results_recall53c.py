"""Results recall (stop 53, recall53c): a name written only inside a shared task's own title ("the Zorb 2019 Shared
Task on Parsing Raw Text to Universal Dependencies") is the task's topic, not data besides the task: the shared task
stays the paper's one dataset and files the rows of the sentences that name no data. Invented sentences."""

from paperkg.extract.results.component import in_shared_task_title

from .conftest import kept_rows


def test_a_name_inside_a_shared_tasks_title():
    text = "We describe our parser for the Zorb 2019 Shared Task on Parsing Raw Text to Universal Dependencies."
    assert in_shared_task_title("Universal Dependencies", text)
    assert not in_shared_task_title("Universal Dependencies", text + " We also train on Universal Dependencies.")
    assert not in_shared_task_title("Universal Dependencies", "We train on Universal Dependencies.")
    assert not in_shared_task_title("Penn Treebank", text)


def test_rows_on_the_shared_task_not_its_topic(extract_one):
    title = "Quux Parsing for Low-Resource Languages"
    abstract = (
        "This paper describes our parsing system in the Zorb-2019 shared task on Multilingual Parsing from Raw Text "
        "to Universal Dependencies. In the official evaluation, our system achieves a LAS score of 71.25."
    )
    rows = kept_rows(extract_one, title, abstract)
    assert ("Zorb-2019 shared task", "71.25") in rows
    assert all(d != "Universal Dependencies" for d, _ in rows)


def test_data_named_outside_the_title_still_wins(extract_one):
    title = "Quux Parsing for Low-Resource Languages"
    abstract = (
        "This paper describes our system for the Zorb-2019 shared task on multilingual parsing. We train on the "
        "Penn Treebank and reach a LAS score of 71.25."
    )
    # the number is filed under the data named outside the task's title (below the cut: one dataset, no list)
    assert [(r.dataset, r.value) for r in extract_one(title, abstract).results] == [("Penn Treebank", "71.25")]
