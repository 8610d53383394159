"""A paper that spells an acronym out in brackets means its own definition (resolve.senses.own_definition)."""

from paperkg.resolve.senses import written_senses


def test_a_paper_defining_a_short_acronym_in_any_case_means_its_own_definition():
    # invented sentences: a paper spelling "ZT" out as its own phrase joins no bigger sense of "ZT"
    spellings = {"Dataset:zonaltreebank": ["Zonal Treebank"]}
    text = "Zonal tagging\n\nWe train offline zebra-tone translation (ZT) models and evaluate ZT on speech."
    assert written_senses("ZT", text, spellings, "Dataset:zt") == {"Dataset:zt"}
    assert written_senses("ZT", "T\n\nWe report results on the zonal treebank (ZT).", spellings, "Dataset:zt") == {
        "Dataset:zonaltreebank"
    }
    assert written_senses("ZT", "T\n\nWe report ZT results.", spellings, "Dataset:zt") == set()
