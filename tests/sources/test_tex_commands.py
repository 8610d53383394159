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
