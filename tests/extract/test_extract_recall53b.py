"""Stop 53 (recall53b): dataset names the rule for "the <Name> dataset" missed, so that no result could be filed
under them: a translation direction inside the name, and a first word that is a common adjective."""

import pytest

from tests.extract.test_extract_rules import cands_after


@pytest.mark.parametrize(
    "text,name",
    [
        # a corpus named with its translation direction before the data noun (guideline notes 2: "WMT 2014
        # English-German" is the dataset as the text writes it)
        (
            "Title\n\nExperiments on the Quorble Spanish-English dataset show a gain of 4.2 BLEU.",
            "Quorble Spanish-English",
        ),
        ("Title\n\nWe evaluate on the Zandor German-to-French corpus.", "Zandor German-to-French"),
        # a first word the compound stop list holds, two capitalised words of the name after it
        ("Title\n\nIt gains 15.3% on the Simple Frob Quux benchmark.", "Simple Frob Quux"),
        ("Title\n\nWe report F1 on the Large Zorp Review dataset.", "Large Zorp Review"),
    ],
)
def test_a_translation_direction_or_an_adjective_first_word_stays_in_the_named_data(nlp, text, name):
    c = cands_after(nlp, text, "named_data_nouns")
    assert c[name].types == {"Dataset": 4} and c[name].kind == "data_name"


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nWe evaluate on the English-German corpus.",  # the languages alone name no data
        "Title\n\nWe evaluate on the Spanish-English dataset of the task.",
        "Title\n\nIt gains 2% on the Simple Frob benchmark.",  # an adjective before one word: a description
        "Title\n\nIt gains 2% on the Large Public Frob dataset.",  # a stop word inside the name
    ],
)
def test_languages_alone_or_a_short_adjective_phrase_name_no_data(nlp, text):
    c = cands_after(nlp, text, "named_data_nouns")
    assert not [k for k, v in c.items() if v.kind == "data_name"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Title\n\nOur model gains 1.1 BLEU on WMT’21 Chinese-to-English.", "WMT’21 Chinese-to-English"),
        ("Title\n\nIt reaches 35.2 BLEU on IWSLT'17 German-English.", "IWSLT'17 German-English"),
    ],
)
def test_an_edition_written_with_an_apostrophe_keeps_its_translation_direction(nlp, text, name):
    # the field writes WMT and IWSLT editions "WMT'18" as often as "WMT18" (datasets.tsv aliases, stop 53); the
    # direction after it is part of the benchmark's name (`benchmark_language_pairs`, guideline notes 2)
    c = cands_after(nlp, text, "lexicon_names", "benchmark_language_pairs")
    assert c[name].types.get("Dataset")
