"""The part of a benchmark (sub-task, track, answer type) a number is on, read
off invented sentences the way system papers of shared tasks write them."""

from __future__ import annotations

import pytest

from paperkg.subtasks import part_mentions, part_of_result


@pytest.mark.parametrize(
    "text, parts",
    [
        ("in Subtask A", ["sub-task A"]),
        ("on sub-task B", ["sub-task B"]),
        ("for SubTask-C", ["sub-task C"]),
        ("in Sub Task A", ["sub-task A"]),
        ("on Task A", ["sub-task A"]),
        ("on subtask 1b and subtask-2", ["sub-task 1b", "sub-task 2"]),
        ("task1a and task1c", ["sub-task 1a", "sub-task 1c"]),
        ("for subtasks A, B and C", ["sub-task A", "sub-task B", "sub-task C"]),
        ("on Track 2", ["track 2"]),
        ("in the unconstrained setting", ["unconstrained"]),
        ("the closed track", ["closed"]),
        ("the multilingual subtask", ["multilingual"]),
        ("long-answer and short-answer tasks", ["long answer", "short answer"]),
        ("on both long and short answer leaderboards", ["long answer", "short answer"]),
        # parts named by their place keep the text's ordinal: which label it is the sentence does not say
        ("the first and the second subtask", ["first sub-task", "second sub-task"]),
        ("in the first, second, and third sub-task", ["first sub-task", "second sub-task", "third sub-task"]),
        # parts named by what they are (rev28c: SemEval-2019 Task 4's meta-learning and by-publisher rows were
        # ranked with its by-article ones)
        ("on the meta-learning sub-task", ["meta-learning sub-task"]),
        ("on the ‘scores-by-source’ subtask", ["scores-by-source sub-task"]),
        ("at the binary classification sub-task", ["binary classification sub-task"]),
        ("for the binary subtask A", ["sub-task A"]),  # the label names it
    ],
)
def test_part_spellings_normalise(text, parts):
    assert [p for _, _, p in part_mentions(text)] == parts


@pytest.mark.parametrize(
    "text",
    [
        "We describe our system for SemEval-2019 Task 6.",  # the shared task itself, not a part of it
        "Our WNUT 2020 Task 2 system",
        "This is a task of 3 steps and a task A-level students fail.",  # a number, an article-like letter
        "in a resource-constrained setting",
        "an open setting with few labels",  # only the open *track* is a track
        "on cross-lingual tasks, the monolingual system and multilingual settings",  # prose, no shared task's part
        "short answer grading and short answer scoring",  # tasks of their own, not Natural Questions' parts
        "the first task of its kind, with 3 tracks",  # an ordinal names a part only before "sub-task" or "track"
        "on the same sub-task and the other subtask",  # a part picked by place or reference, not described
    ],
)
def test_no_part_is_read_where_none_is_named(text):
    assert part_mentions(text) == []


def test_plain_task_numbers_count_beside_lettered_ones():
    # "task2" is a sub-task when the sentence numbers sub-tasks with letters ("task1a"), not after a venue
    sentence = "Our scores are task1a 0.92 (F1), task1b 0.63 (RMSE) and task2 0.50 (RMSE) in SemEval 2031 Task 7."
    assert [p for _, _, p in part_mentions(sentence)] == ["sub-task 1a", "sub-task 1b", "sub-task 2"]
    assert [part_of_result(sentence, v) for v in ("0.92", "0.63", "0.50")] == [
        "sub-task 1a",
        "sub-task 1b",
        "sub-task 2",
    ]


@pytest.mark.parametrize(
    "sentence, value, part",
    [
        ("Our system ranked 4th in Subtask A with a macro-F1 of 0.79.", "0.79", "sub-task A"),
        # the fronted sub-task of the reviewer's example: the subject is no sub-task, the part is
        (
            "For SubTask B, to spot targeted tweets, the classifier reaches an accuracy of 88.1% and F1 of 0.59.",
            "88.1%",
            "sub-task B",
        ),
        ("We obtain 0.71 on sub-task A and 0.62 on sub-task B.", "0.62", "sub-task B"),
        ("It ranks 9th for Subtask A (0.75 macro F1), 5th for Subtask B (0.70 macro F1).", "0.70", "sub-task B"),
        # ranks in brackets stand between the number and its part
        (
            "An F1 of 0.95 (ranked 20 / 58) on Task 1a, an RMSE of 0.56 (ranked 18 / 50) on Task 1b.",
            "0.56",
            "sub-task 1b",
        ),
        # lists pair up in order, after or before the numbers
        ("F1 scores of 0.53, 0.48 and 0.31 for tasks A, B and C respectively.", "0.48", "sub-task B"),
        ("In sub-tasks A and B we reach 0.80 and 0.66, respectively.", "0.66", "sub-task B"),
        ("It gets 76.0 F1 and 61.0 F1 on long-answer and short-answer tasks.", "61.0", "short answer"),
        # several numbers of one part before it: "85% accuracy and 80% F1 in Subtask A"
        ("We get 85% accuracy and 80% F1 in Subtask A, and 88% accuracy and 52% F1 in Subtask B.", "88%", "sub-task B"),
        ("We get 85% accuracy and 80% F1 in Subtask A, and 88% accuracy and 52% F1 in Subtask B.", "85%", "sub-task A"),
        ("The best run scored 0.66 in the constrained track.", "0.66", "constrained"),
        (
            "We reach 0.71, 0.62 and 0.45 in the first, second and third sub-tasks respectively.",
            "0.62",
            "second sub-task",
        ),
        (
            "We report F1 of 0.90 for the first subtask and an RMSE of 0.57 for the fourth subtask.",
            "0.57",
            "fourth sub-task",
        ),
    ],
)
def test_a_number_takes_its_own_part(sentence, value, part):
    assert part_of_result(sentence, value) == part


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("We report F1 of 0.90 for the first subtask and 0.53 for the third.", "0.53"),  # the noun left out
        ("Our team reached 0.8 and 0.7 over subtasks A, B and C.", "0.8"),  # two numbers, three parts
        ("Our F1 is 0.81.", "0.81"),
    ],
)
def test_no_part_when_the_sentence_leaves_it_open(sentence, value):
    assert part_of_result(sentence, value) == ""


def test_the_abstract_gives_the_part_only_when_it_names_one():
    one = "Title\n\nWe take part in Sub-task B. Our F1 is 0.81."
    assert part_of_result("Our F1 is 0.81.", "0.81", context=one) == "sub-task B"
    two = "We take part in Subtask A and Subtask B. Our F1 is 0.81."
    assert part_of_result("Our F1 is 0.81.", "0.81", context=two) == ""
    # the sentence's own part wins over the abstract's
    assert part_of_result("On Subtask A our F1 is 0.81.", "0.81", context=one) == "sub-task A"


def test_a_described_sub_task_keeps_its_numbers_apart():
    s = "We reach 71.2% accuracy on the main task and 88.4% on the meta-learning sub-task."
    assert part_of_result(s, "88.4%") == "meta-learning sub-task"
    # named in passing, a described sub-task is no part of the abstract's other numbers
    context = "We also take part in the meta-learning sub-task. On the main task, we reach 71.2% accuracy."
    assert part_of_result("On the main task, we reach 71.2% accuracy.", "71.2%", context) == ""
