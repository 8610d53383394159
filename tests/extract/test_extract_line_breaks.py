"""Line-break hyphens inside names (`paperkg.extract.line_breaks`), on invented names."""

import pytest

from paperkg.extract import extract_papers
from paperkg.extract.line_breaks import join_line_breaks, line_breaks, original_offsets
from paperkg.model import Paper


@pytest.mark.parametrize(
    "text, joined",
    [
        ("on ZORB- FrobMail today", "on ZORB-FrobMail  today"),
        ("with GLX- RoFRAB, and", "with GLX-RoFRAB,  and"),
        ("Zorbo- 7B-chat wins", "Zorbo-7B-chat  wins"),
        ("FROB- 2017 task", "FROB-2017  task"),
        ("ZUGE- L of 3", "ZUGE-L  of 3"),
    ],
)
def test_a_name_broken_at_a_line_end_is_joined_same_length(text, joined):
    assert join_line_breaks(text) == joined
    assert len(joined) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "pre- and post-training",  # a suspended hyphen
        "Zero- and Few-Shot Frobbing",
        "Frob- or Zorb-based",
        "respec- tively and Con- textual",  # a word broken at a syllable
        "Privacy- Enhancing Frobs",  # a capitalised common word
        "at ZorbEval- Fine-tuning",
        "FrobACL2022- Homophobia Detection",  # a dash after an edition
        "Task 7- Frobathon",
        "two LLMs- FrobGPT and Zorb",  # a colon after a plural acronym
        "the Ma- 003nipuri line",  # a line number glued to a word
        "a dash - ZORB and - FrobMail",  # a dash between spaces
        "ZORB-- FrobMail",
    ],
)
def test_no_name_is_left_alone(text):
    assert join_line_breaks(text) == text
    assert line_breaks(text) == []


def test_offsets_of_the_joined_text_map_back():
    text = "on ZORB- FrobMail and XLQ- RoFRAB here"
    joined = join_line_breaks(text)
    breaks = line_breaks(text)
    for name, written in (("ZORB-FrobMail", "ZORB- FrobMail"), ("XLQ-RoFRAB", "XLQ- RoFRAB"), ("FrobMail", "FrobMail")):
        a = joined.index(name)
        s, e = original_offsets(breaks, a, a + len(name))
        assert text[s:e] == written
    a = joined.index("here")
    assert original_offsets(breaks, a, a + 4) == (a, a + 4)


def test_extraction_keeps_the_original_sentence_and_offsets():
    ab = (
        "We evaluate on ZORB- FrobMail and XLQ- RoFRAB reaches 47.2 ROUGE- L on ZORB- FrobMail. "
        "Zero- and Few-Shot results hold with pre- and post-training."
    )
    p = Paper("x", "A Study", ab, "A Study", ab)
    x = next(extract_papers([p]))
    names = {e.name: e for e in x.entities}
    assert "ZORB-FrobMail" in names and "FrobMail" not in names
    for e in x.entities:
        for v in e.evidence:
            assert v.sentence in p.text  # the sentence as written
    assert [p.text[v.start : v.end] for v in names["ZORB-FrobMail"].evidence] == ["ZORB- FrobMail"] * 2
    for r in x.results:
        assert r.sentence in p.text
        assert "  " not in r.dataset and r.dataset != "FrobMail"


def test_a_doc_given_its_original_text_reads_the_joined_name():
    """Callers that write the text they tokenized (training, benchmarks) give the original: the token
    view reads it as the tokenizer did."""
    from paperkg.extract import load_pipeline
    from paperkg.extract.tokens import token_view

    text = "We evaluate on ZORB- FrobMail today."
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    doc._.paperkg_text = text
    v = token_view(doc)
    k = v.words.index("ZORB-FrobMail")
    assert v.span_text(k, k + 1) == "ZORB-FrobMail"


def test_the_tokenizer_keeps_its_breaks_and_the_records_read_them():
    """The tokenizer keeps the breaks it joined on the Doc; the token view and `doc_to_extraction` read them, and
    make the same view and records as from a search of their own (a Doc without them, `text=None`)."""
    from paperkg.extract import doc_to_extraction, load_pipeline
    from paperkg.extract.extensions import read, write
    from paperkg.extract.line_breaks import line_breaks
    from paperkg.extract.tokens import token_view

    text = "ZORB- FrobMail Study\nWe evaluate on ZORB- FrobMail and XLQ- RoFRAB; pre- and post-training 47.2 BLEU."
    nlp = load_pipeline()
    assert read(nlp.make_doc(text), "breaks") == line_breaks(text) != []
    assert read(nlp.make_doc("no break here"), "breaks") == []
    views = []
    for kept in (True, False):
        doc = nlp.make_doc(text)
        write(doc, "text", text)
        if not kept:
            write(doc, "breaks", None)
        v = token_view(doc)
        views.append((v.text, v.words, v.idx))
    assert views[0] == views[1]
    records = []
    for kept in (True, False):
        doc = nlp.make_doc(text)
        write(doc, "text", text)
        if not kept:
            write(doc, "breaks", None)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        records.append(doc_to_extraction(doc, "x", "ZORB- FrobMail Study", text))
    assert records[0] == records[1]
    assert any(e.name == "ZORB-FrobMail" for e in records[0].entities)


@pytest.mark.parametrize(
    "name, whole",
    [
        ("Workshop on Frobish Transla-tion 2031", "Workshop on Frobish Translation 2031"),
        ("senti-ment analysis", "sentiment analysis"),
        ("Nat-ural Zorb Infer-ence", "Natural Zorb Inference"),
        ("re-trained ZorbNet", "re-trained ZorbNet"),  # a prefix before a word of its own
        ("multi-lingual ZorbNet", "multi-lingual ZorbNet"),  # a hyphenated spelling papers write
        ("Frob up-to date", "Frob up-to date"),  # a function word after the hyphen
        ("ZORB-net", "ZORB-net"),
        ("state-of-the-art Frob", "state-of-the-art Frob"),
    ],
)
def test_a_word_broken_at_a_line_end_is_written_whole_in_a_name(name, whole):
    from paperkg.extract.broken_words import joined_broken_words

    assert joined_broken_words(name) == whole


def test_names_and_results_spell_a_broken_word_whole_and_evidence_keeps_it():
    """A PDF abstract keeps a line-end hyphen inside a word ("Senti-ment"): the name, its result rows and the
    paper's vote for its concept's display name read "Sentiment"; evidence and sentences stay as written."""
    from paperkg.resolve.naming import paper_vote

    ab = (
        "We introduce the Zorblang Senti-ment Benchmark (ZSB) of Zorblang reviews. "
        "Our model FrobNet reaches 81.4% accuracy on ZSB, and a multi-lingual encoder is re-trained for comparison."
    )
    p = Paper("x", "A Frob Study", ab, "A Frob Study", ab)
    x = next(extract_papers([p]))
    names = {e.name: e for e in x.entities}
    assert "Zorblang Sentiment Benchmark" in names and not any("Senti-ment" in n for n in names)
    first = names["Zorblang Sentiment Benchmark"].evidence[0]
    assert p.text[first.start : first.end] == "Zorblang Senti-ment Benchmark"
    assert {r.dataset for r in x.results} == {"Zorblang Sentiment Benchmark"}
    assert all(r.sentence in p.text for r in x.results)
    a = ab.index("Zorblang Senti")
    assert paper_vote(ab, [(a, a + len("Zorblang Senti-ment Benchmark"))]) == ("Zorblang Sentiment Benchmark", True)
