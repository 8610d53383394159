"""Results recall (stop 53, recall53a): a shared-task paper's data, refused as an event's name, files the rows of the
sentences that name no data. A shared task's own title written with its event after a colon ("Quux Speech Detection
in social media comments: ZorbNLP@EACL 2024") names the task's data, not a team's tag ("TEAM@ZorbNLP-2024"); an
edition typed alone ("Semeval-2024", from "TEAM on Semeval-2024 Task 9") stands for the one task of it the paper
names ("the SemEval 2024 Task 9"). Invented sentences."""

from paperkg.extract.results.component import event_task, titled_task

from .conftest import kept_rows


def test_a_tasks_title_before_its_event_is_no_team_tag():
    assert titled_task("Quux Speech Detection in social media comments: ZorbNLP@EACL 2024")
    assert titled_task("Zorb classification - Unravelling Quux in Online Memes: ZorbNLP@EACL 2024")
    assert not titled_task("TEAM@ZorbNLP-2024")
    assert not titled_task("ZorbNLP@EACL 2024")
    assert not titled_task("Zorb Detection")  # no event at all: not this rule's


def test_an_edition_stands_for_its_one_named_task():
    assert event_task("Semeval-2024", ["Semeval-2024", "SemEval 2024 Task 9"]) == "SemEval 2024 Task 9"
    assert event_task("SemEval-2024", ["SemEval-2024", "SemEval-2024 Task 9", "SemEval-2024 Task 10"]) is None
    assert event_task("SemEval-2024", ["SemEval-2024", "SemEval-2023 Task 9"]) is None


def test_rows_on_a_tasks_title_with_its_event(extract_one):
    title = "TEAM@ZorbNLP-2024: Learning Approaches to Quux Comment Identification"
    abstract = (
        "In this paper, we describe the models submitted to the “Quux Speech Detection in social media comments: "
        "ZorbNLP@EACL 2024” shared task. Our ensemble model obtained a macro F1 score of 0.81 for Tamil and 0.77 for "
        "Kannada."
    )
    rows = kept_rows(extract_one, title, abstract)
    task = "Quux Speech Detection in social media comments: ZorbNLP@EACL 2024"
    assert (task, "0.81") in rows and (task, "0.77") in rows


def test_rows_on_the_task_of_an_edition_typed_alone(extract_one):
    title = "FooTeam on Semeval-2024 Task 9"
    abstract = (
        "In this paper, we present our method for the SemEval 2024 Task 9 on “Zorb Detection in Memes.” Notably, our "
        "system attains an F1 macro score of 0.67 and an F1 micro score of 0.74 on the test dataset."
    )
    rows = kept_rows(extract_one, title, abstract)
    assert ("SemEval 2024 Task 9", "0.67") in rows and ("SemEval 2024 Task 9", "0.74") in rows
