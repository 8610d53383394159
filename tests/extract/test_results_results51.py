"""Results precision on the development sets (stop 51, results51): the wrong rows of the four newest sets, by the
mechanism that misled a rule. A later number of a change's list ("outperforms X by 5.46% F1 scores on A and 4.51%
on B") stays in the reach of the change's "by" when only numbers, names, closed brackets and list glue stand
between: a margin, not a level. Invented sentences."""

from paperkg.extract.results.kinds import by_scope


def test_a_later_number_in_the_reach_of_a_changes_by_is_a_change(extract_one_rules):
    abstract = (
        "We present FooNet, a classifier of zorbs. "
        "FooNet outperforms the strongest language model by 5.46% F1 scores on ZorbSet and 4.51% on QuuxSet."
    )
    results = extract_one_rules("FooNet: classifying zorbs", abstract).results
    kinds = {r.value: r.kind for r in results}
    assert kinds.get("4.51%") == "gain"


def test_the_reach_of_by_passes_a_measure_of_and_a_closed_bracket():
    lowers = "foonet surpasses all systems by relative zorb error rates ( zers ) of 30.8% and 35.2%".split()
    assert by_scope(12, lowers, frozenset({6, 7, 8})) == "gain"
    assert by_scope(14, lowers, frozenset({6, 7, 8})) == "gain"
    # markdown emphasis around the numbers is no word of its own
    assert by_scope(10, "foonet beats the best by * * 10.2% * * and * * 6.2% * *".split()) == "gain"
    # a reduction's "by" makes its later numbers reductions
    assert by_scope(9, "foonet reduces the error by 12% on zorbset and 9% on quuxset".split(), frozenset({7})) == (
        "reduction"
    )


def test_a_level_of_its_own_ends_the_reach_of_by():
    # a level's preposition, a verb, a bracket the number stands in, a "by" of means
    assert by_scope(7, "foonet improves f1 by 2.1 points to 85.3".split()) is None
    assert by_scope(7, "foonet reduces d by 70% , compresses 94% of the model".split()) is None
    assert by_scope(9, "foonet improves the best result by 22% absolute ( 54% to 76% )".split()) is None
    assert by_scope(8, "foonet improves f1 by 2.1 points , reaching 85.3".split()) is None
    assert by_scope(5, "we train foonet by achieving 85.3".split()) is None
    assert by_scope(3, "foonet achieves 85.3 on zorbset".split()) is None
