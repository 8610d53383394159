"""A file format the paper's data is written in ("MIDI files", "in CoNLL-U format") is no Dataset and no
concept: data words after one of its mentions do not make it one (read36: the seed's "Musical Instrument
Digital Interface" typed Dataset by "the most substantial expressive MIDI dataset"); a task the text announces
("an important task: X") keeps that type (read36: the seed's "High-Level Synthesis" a proposed Dataset). Invented names."""


def names(ex):
    return {e.name: e.type for e in ex.entities}


def test_a_name_written_as_a_file_format_is_no_concept(extract_one):
    ex = extract_one(
        "The ZorbSet Collection of Quarble Scores",
        "The Quarble Score Notation Interface (QSNI) lets instruments exchange scores. QSNI files are compact. "
        "ZorbSet holds 1 million QSNI files in QSNI format; we build the largest expressive QSNI dataset.",
    )
    found = names(ex)
    assert "QSNI" not in found and "Quarble Score Notation Interface" not in found


def test_a_dataset_written_once_as_a_format_stays(extract_one):
    ex = extract_one(
        "Zorbing Readers",
        "We convert our questions to the ZorbQA format and train ZorbReader on ZorbQA, where it gains "
        "2 points of F1 on ZorbQA.",
    )
    assert names(ex).get("ZorbQA") == "Dataset"


def test_a_number_format_stays_a_technique(extract_one):
    ex = extract_one(
        "Zorbing Quantization",
        "We compare ZQ8 and ZQ4 formats for weight quantization; ZQ8 formats keep accuracy while ZQ4 halves memory.",
    )
    assert "ZQ8" in names(ex)


def test_a_task_announced_after_a_colon_stays_a_task(extract_one):
    # "an important task: X" states what X is, as "X, a new dataset" does: the paper's own dataset for it
    # does not make X its contribution's technique
    ex = extract_one(
        "Quarble Circuits with Language Models",
        "We examine an important task: Zorb-Level Quarbling (ZLQ) functional verification, by creating a new "
        "dataset of buggy and bug-free codes, which trains models to specialize on ZLQ verification.",
    )
    assert names(ex).get("Zorb-Level Quarbling") == "Task"
