"""Results precision (stop 54, prec54b): a source corpus (Wikipedia, PubMed, Common Crawl) that the sentence writes
only as what data, features or a method were drawn from ("representations obtained from news, forums and
Wikipedia", "the Wikipedia based configuration", "the Wikipedia-based Foo task") is no data the number was measured
on: the row stays in the graph below MIN_RESULT_CONFIDENCE. Invented sentences."""

from paperkg.extract.results.no_rows import drawn_from
from paperkg.model import MIN_RESULT_CONFIDENCE
from paperkg.extract.results.sentences import extract_results


def _rows(sentence: str, name: str) -> list[tuple[str, float]]:
    words = sentence.split()
    lowers = [w.casefold() for w in words]
    at = lowers.index(name.casefold())
    mentions = [(at, at + 1, "Dataset", name)]
    return [(r["value"], r["confidence"]) for r in extract_results(words, mentions, own=None, only_dataset=None)]


def test_a_source_corpus_after_from_or_before_based_is_no_place_of_measurement():
    lowers = "features drawn from news , blogs , forums and wikipedia raise accuracy by 4 points".split()
    assert drawn_from("Wikipedia", [(9, 10, "Dataset", "Wikipedia")], lowers)
    lowers = "the zorb model with wikipedia - based features reaches 0.81 f1".split()
    assert drawn_from("Wikipedia", [(4, 5, "Dataset", "Wikipedia")], lowers)
    lowers = "our evaluation on 3,000 sentences sampled from pubmed abstracts gives 0.71 f1".split()
    assert drawn_from("PubMed", [(7, 8, "Dataset", "PubMed")], lowers)
    # the paper's own collection made of the corpus's texts, with a hedged count
    lowers = "we annotated a corpus of over 2,000 pubmed abstracts and reach 0.71 f1".split()
    assert drawn_from("PubMed", [(6, 7, "Dataset", "PubMed")], lowers)


def test_a_source_corpus_measured_on_or_a_benchmark_after_from_is_kept():
    # the corpus as the place of the number ("from 31.2 to 35.5 on Wikipedia"), one mention so
    lowers = "perplexity drops from 31.2 to 25.5 on wikipedia".split()
    assert not drawn_from("Wikipedia", [(7, 8, "Dataset", "Wikipedia")], lowers)
    # a score before the name ends the walk: "a gain of 2.1 Wikipedia points" is measured there
    lowers = "the model reaches a gain of 2.1 wikipedia points".split()
    assert not drawn_from("Wikipedia", [(7, 8, "Dataset", "Wikipedia")], lowers)
    lowers = "features from wikipedia help : we reach 29.8 perplexity on held-out wikipedia articles".split()
    assert not drawn_from("Wikipedia", [(2, 3, "Dataset", "Wikipedia"), (12, 13, "Dataset", "Wikipedia")], lowers)
    # a benchmark's name is no source corpus: "questions drawn from FooQA" is FooQA's data
    lowers = "on questions drawn from fooqa we reach 71.2 % accuracy".split()
    assert not drawn_from("FooQA", [(4, 5, "Dataset", "FooQA")], lowers)


def test_the_row_under_a_drawn_from_source_is_kept_below_the_cut():
    rows = _rows(
        "With features drawn from news , forums and Wikipedia , accuracy improves by 4.2 points .", "Wikipedia"
    )
    assert rows and all(conf < MIN_RESULT_CONFIDENCE for _, conf in rows)
    rows = _rows("On Wikipedia , accuracy improves by 4.2 points .", "Wikipedia")
    assert rows and all(conf >= MIN_RESULT_CONFIDENCE for _, conf in rows)
