"""Translation directions read off invented sentences: every spelling, one canonical "src-tgt"."""

from __future__ import annotations

import pytest

from paperkg.language_pairs import pair_mentions, pair_of_result, split_pair


@pytest.mark.parametrize(
    "text, pair",
    [
        ("scores on En-De", "en-de"),
        ("scores on EN-DE", "en-de"),
        ("scores on en-de", "en-de"),
        ("scores on En→De", "en-de"),
        ("scores on en->de", "en-de"),
        ("the English-German task", "en-de"),
        ("the English–German task", "en-de"),
        ("the English-to-German task", "en-de"),
        ("from English to German", "en-de"),
        ("the German-English task", "de-en"),
        ("the de-en test set", "de-en"),
        ("Romanian→English", "ro-en"),
        ("Chinese-English news", "zh-en"),
    ],
)
def test_every_spelling_of_a_direction_is_one_canonical_pair(text, pair):
    assert [p for _, _, p in pair_mentions(text)] == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "it-is a test",
        "a task-to-task transfer",
        "english-german in lower case is no proper noun",
        "En to De",
        "the En-En setting",
        "a de-noising step",
        "pre-trained on in-domain data",
        "the En↔De pair",
    ],
)
def test_words_that_look_like_codes_are_no_pair(text):
    assert pair_mentions(text) == []


def test_a_dataset_name_with_a_pair_suffix_is_the_benchmark_and_the_pair():
    assert split_pair("WMT14 En-De") == ("WMT14", "en-de")
    assert split_pair("WMT'19 English→Russian") == ("WMT'19", "en-ru")
    assert split_pair("IWSLT 2017 (de-en)") == ("IWSLT 2017", "de-en")
    assert split_pair("WMT14") == ("WMT14", None)
    assert split_pair("De-En") == ("De-En", None)  # a pair alone names no benchmark


def test_a_number_takes_the_one_direction_of_its_sentence():
    assert pair_of_result("Our system reaches 31.2 BLEU on the WMT17 Chinese-English test set.", "31.2") == "zh-en"


def test_with_several_directions_a_number_takes_the_one_of_its_clause():
    s = "The model gets 27.1 BLEU on En-Ro and 33.6 BLEU on Ro-En."
    assert (pair_of_result(s, "27.1"), pair_of_result(s, "33.6")) == ("en-ro", "ro-en")
    s = "Results: En-De 27.1, De-En 33.6."
    assert (pair_of_result(s, "27.1"), pair_of_result(s, "33.6")) == ("en-de", "de-en")


def test_a_list_of_numbers_over_as_many_directions_pairs_them_in_order():
    s = "The model gets 27.1 and 33.6 BLEU on the English-Romanian and Romanian-English tasks, respectively."
    assert (pair_of_result(s, "27.1"), pair_of_result(s, "33.6")) == ("en-ro", "ro-en")
    s = "It improves by +0.7 and +0.8 BLEU on the WMT14 En-De and WMT16 En-Ro sets."
    assert (pair_of_result(s, "+0.7"), pair_of_result(s, "+0.8 BLEU")) == ("en-de", "en-ro")


def test_numbers_and_directions_that_do_not_pair_up_give_none():
    s = "The model gets 27.1, 28.0 and 33.6 BLEU on the English-Romanian and Romanian-English tasks."
    assert pair_of_result(s, "28.0") == ""
    s = "The model gets 27.1 BLEU on the English-Romanian and Romanian-English tasks."
    assert pair_of_result(s, "27.1") == ""


def test_an_apostrophe_year_is_no_number_between():
    s = "It reaches 30.0 BLEU in WMT'14 En-De and 43.5 BLEU in WMT'14 En-Fr."
    assert (pair_of_result(s, "30.0"), pair_of_result(s, "43.5")) == ("en-de", "en-fr")


def test_a_sentence_without_a_direction_takes_the_abstracts_only_one():
    abstract = "We study Japanese→English translation. Our model reaches 24.5 BLEU on WMT20."
    assert pair_of_result("Our model reaches 24.5 BLEU on WMT20.", "24.5", abstract) == "ja-en"
    both = abstract + " It also helps English→Japanese."
    assert pair_of_result("Our model reaches 24.5 BLEU on WMT20.", "24.5", both) == ""


def test_extracted_results_carry_their_pair(extract_one):
    ex = extract_one(
        "A Tiny Translator",
        "We propose TinyTrans, a small translation model. TinyTrans achieves 29.1 BLEU on the WMT14 English-German "
        "task and 41.3 BLEU on the WMT14 English-French task.",
    )
    assert {(r.value, r.pair) for r in ex.results if r.number in (29.1, 41.3)} == {("29.1", "en-de"), ("41.3", "en-fr")}


def test_the_abstracts_direction_goes_to_translation_scores_only(extract_one):
    ex = extract_one(
        "A Tiny Translator",
        "We propose TinyTrans for English→Japanese translation. TinyTrans achieves 24.2 BLEU on WMT20. "
        "TinyTrans also reaches 91.5% accuracy on SST-2.",
    )
    pairs = {r.value: r.pair for r in ex.results}
    assert pairs.get("24.2") == "en-ja" and pairs.get("91.5%", "") == ""


def test_an_average_over_directions_written_with_slashes_is_no_one_directions():
    # rev28c 6.5: "an average 34.0 BLEU on MuST-C En→De/Es/Fr" was ranked as en-de
    assert pair_of_result("Our model reaches an average 27.5 BLEU on FooST En→De/Fr/It.", "27.5") == ""
    assert pair_of_result("Our model reaches 27.5 BLEU on FooST En→De.", "27.5") == "en-de"
