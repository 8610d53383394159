"""Results precision on the development sets (stop 51, results51): the wrong rows of the four newest sets, by the
mechanism that misled a rule. A later number of a change's list ("outperforms X by 5.46% F1 scores on A and 4.51%
on B") stays in the reach of the change's "by" when only numbers, names, closed brackets and list glue stand
between: a margin, not a level. Invented sentences."""

from paperkg.extract.results.kinds import by_scope

from .conftest import result_rows


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


def test_a_piece_of_a_name_owns_no_number():
    from paperkg.extract.results.subjects import name_piece

    # a long form cut at its conjunction, a name cut at its participle
    assert name_piece("and Zorbing for complex Tasks", [], [])
    assert name_piece("based encoder-decoder", [], [])
    # the last word of a name written in capitals, or after a camel-case part
    words = "the BLUE FOX PROBE reaches 87.6 % on zorbset".split()
    assert name_piece("PROBE", [(3, 4, "Method", "PROBE")], words)
    assert name_piece("QuuxLM", [(1, 2, "Model", "QuuxLM")], "ZorbLat QuuxLM ( 0.76 f1 ) performs best".split())


def test_a_whole_name_is_no_piece():
    from paperkg.extract.results.subjects import name_piece

    assert not name_piece("support zorb machines", [], [])
    words = "the BLUE FOX PROBE reaches 87.6 %".split()
    assert not name_piece("BLUE FOX PROBE", [(1, 4, "Method", "BLUE FOX PROBE")], words)
    # a product written after its maker; an organisation before a name
    assert not name_piece("q1-mini", [(1, 2, "Model", "q1-mini")], "the ZorbAI q1-mini reaches 40 %".split())
    assert not name_piece("QuuxLM", [(2, 3, "Model", "QuuxLM")], "the Google DeepMind QuuxLM reaches 40 %".split())
    # a capitalised word with one capital ("Our", "The") or a sentence start
    assert not name_piece("QuuxLM", [(1, 2, "Model", "QuuxLM")], "Our QuuxLM reaches 40 %".split())
    assert not name_piece("QuuxLM", [(0, 1, "Model", "QuuxLM")], "QuuxLM reaches 40 %".split())
    # a modifier made of a name ends in a lower-case word: its capitals are not the name's (review51)
    words = "the RL-tuned QuuxLM-13B model reaches 40 %".split()
    assert not name_piece("QuuxLM-13B", [(2, 3, "Model", "QuuxLM-13B")], words)
    assert name_piece("QuuxLM-13B", [(2, 3, "Model", "QuuxLM-13B")], "the ZORB-X QuuxLM-13B reaches 40 %".split())


def test_a_piece_of_a_name_is_no_rows_subject():
    sentence = "the BLUE FOX PROBE achieves 87.6 % on ZorbSet"
    mentions = [(3, 4, "Method", "PROBE"), (8, 9, "Dataset", "ZorbSet")]
    assert [r[0] for r in result_rows(sentence, mentions)] == [None]
    # the whole name owns it
    mentions = [(1, 4, "Method", "BLUE FOX PROBE"), (8, 9, "Dataset", "ZorbSet")]
    assert [r[0] for r in result_rows(sentence, mentions)] == ["BLUE FOX PROBE"]
