"""Names read with fixed patterns (stop 54, tidy54b): `results.component.edition_less_event` and
`concepts.extend_to_head` (through `always_before_head`) read a name in the text with string search and
module-level patterns instead of a pattern built from each name; these cases pin what the name-built patterns
read (a word's edge before the name, a hyphen or space between its parts, each place read past its head).
Invented names and sentences."""

from paperkg.extract.concepts import always_before_head
from paperkg.extract.results.component import edition_less_event


def test_an_event_written_with_its_host_and_edition_elsewhere():
    assert edition_less_event("ZorbNLP shared task", "Team@ZorbNLP-ACL2022: a Zorb system")
    # inside another word or after a hyphen the name is not the event's
    assert not edition_less_event("ZorbNLP shared task", "Team@XZorbNLP-ACL2022: a Zorb system")
    assert not edition_less_event("ZorbNLP shared task", "Team-ZorbNLP-ACL2022: a Zorb system")


def test_a_series_part_written_with_a_year_elsewhere():
    assert edition_less_event("BioNLP-Zorb", "results in BioNLP-Zorb 2019 and more")
    assert edition_less_event("BioNLP-Zorb", "results in BioNLP-Zorb–2019 and more")
    assert not edition_less_event("BioNLP-Zorb", "results in XBioNLP-Zorb 2019 and BioNLP-Zorb alone")
    assert not edition_less_event("BioNLP-Zorb", "results in BioNLP-Zorb 20190")


def test_a_name_always_before_one_head():
    assert always_before_head(["zorb", "mbr"], "decoding", "zorb-mbr decoding and zorb - mbr  decoding")
    assert always_before_head(["zorb"], "decoding", "the xzorb model and zorb-like ideas; zorb decoding")
    assert not always_before_head(["zorb"], "decoding", "zorb decoding beats zorb")
    assert not always_before_head(["zorb"], "decoding", "zorb decodings")
    # each place is read past its head: the head's own letters start no new place
    assert always_before_head(["zorb"], "zorb", "zorb zorb zorb zorb")
    assert not always_before_head(["zorb"], "zorb", "zorb zorb zorb")


def test_no_pattern_is_built_from_a_name(compiled_patterns):
    """Neither compiles a pattern from the name: each name would otherwise be a new entry of `re`'s cache."""
    edition_less_event("BioNLP-Quux9", "results in BioNLP-Quux9 2019 and Team@Quux9NLP-ACL2022")
    edition_less_event("Quux9NLP shared task", "Team@Quux9NLP-ACL2022")
    always_before_head(["zorb9", "mbr"], "decoding", "zorb9-mbr decoding")
    assert not [p for p in compiled_patterns if any(n in str(p).lower() for n in ("quux9", "zorb9"))]
