"""TeX commands in abstracts (sources.normalise.clean_text): a command ends where its letters do, and an arrow
glued to the next capitalised word (as dumps write translation directions) is still an arrow."""

from __future__ import annotations

import pytest

from paperkg.sources.normalise import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (r"WMT16 Ro\rightarrowEn and Frobish\toEnglish", "WMT16 Ro→En and Frobish→English"),
        (r"Frobish\leftrightarrowEnglish and Quux \leftrightarrow Frobish", "Frobish↔English and Quux ↔ Frobish"),
        (r"x \le 3 and y \geq 4", "x ≤ 3 and y ≥ 4"),
    ],
)
def test_commands_become_their_symbols(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize("raw", [r"\left( x \right)", r"a \simeq b", r"\top k", r"\topk"])
def test_a_longer_command_is_not_cut_at_a_shorter_ones_end(raw):
    """Before stop 34 the word-end check bound only the last command, so "\\leftrightarrow" read as "\\le" +
    "ftrightarrow" ("English≤ftrightarrowGerman", 8 concepts on the ACL graph)."""
    assert "≤" not in clean_text(raw) and "~" not in clean_text(raw) and "→" not in clean_text(raw)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "This paper tackles FrobEval~2031 Task~7 on the Quux~Set.",
            "This paper tackles FrobEval 2031 Task 7 on the Quux Set.",
        ),
        ("ranges of 0.15~0.3 and (0.8~70B) stay", "ranges of 0.15~0.3 and (0.8~70B) stay"),
        ("with modest data (~5k samples)", "with modest data (~5k samples)"),
        (
            "code at https://frob.edu/~quux/tool.webm or www.frob.org/~a~b",
            "code at https://frob.edu/~quux/tool.webm or www.frob.org/~a~b",
        ),
        ("$\\sim$10% fewer", "~10% fewer"),
    ],
)
def test_a_latex_tie_is_the_space_it_prints(raw, clean):
    """ "SemEval~2025 Task~10" was one token, so an event's name survived as a concept ("SemEval~2023" on the 44k
    graph); a numeric range and a URL's home directory keep their "~"."""
    assert clean_text(raw) == clean


def test_the_anthologys_citation_placeholder_is_no_text():
    # "(CITATION)" stands for a removed citation in ACL Anthology abstracts; read as a name it became a Dataset
    assert clean_text("we use the FrobQA dataset (CITATION), as CITATION did.") == "we use the FrobQA dataset, as did."
    assert clean_text("Quux-7B(CITATION)model and (CITATION; CITATION)") == "Quux-7B model and"
