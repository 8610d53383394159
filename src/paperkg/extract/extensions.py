"""The Doc extensions the paperkg components pass data through.

Each component declares what it writes and reads in its factory's `assigns` /
`requires` (`nlp.analyze_pipes()` shows the flow). Values are plain lists and
dicts, so a Doc still serialises (`Doc.to_bytes` keeps extension values).

    abbreviations  [long_start, long_end, short_start, short_end] chars   paperkg_abbreviations
    lexicon        [start, end, type, canonical] tokens                   paperkg_lexicon
    names          [start, end, type, kind] tokens                        paperkg_names
    entities       {"name", "type", "aliases", "introduced", "mentions", ...}  paperkg_concepts, paperkg_decision
    results        ReportedResult keyword dicts                           paperkg_results
    sentences      [start_char, end_char] per sentence                    paperkg_results
    text / view    the input text and the token view (a per-Doc cache, dropped at the end)
    breaks         (hyphen, end) of each line-break hyphen the tokenizer joined (`line_breaks`)   tokenizer

The components read and write these values with `read` and `write`, not through `doc._`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

NAMES = ("abbreviations", "lexicon", "names", "entities", "results", "sentences", "text", "view", "breaks")


def attr(name: str) -> str:
    """The attribute name of an extension: `doc._.paperkg_<name>`."""
    return f"paperkg_{name}"


def path(name: str) -> str:
    """The `assigns` / `requires` string of an extension."""
    return f"doc._.{attr(name)}"


for _name in NAMES:
    if not Doc.has_extension(attr(_name)):
        Doc.set_extension(attr(_name), default=None)

#: where spaCy keeps each extension's value: a Doc's extension values live in `doc.user_data` under
#: ("._.", attribute, None, None) (`spacy.tokens.underscore.Underscore._get_key`)
_KEYS: dict[str, Any] = {name: ("._.", attr(name), None, None) for name in NAMES}  # spaCy types the keys `str`


def read(doc: Doc, name: str):
    """`doc._.paperkg_<name>` (None when not set), read from `doc.user_data` as spaCy's accessor reads a
    value with no getter, without the accessor: each `doc._` builds one (Python code, ~1.7 us a read or
    write, ~36 of them a Doc)."""
    return doc.user_data.get(_KEYS[name])


def write(doc: Doc, name: str, value) -> None:
    """`doc._.paperkg_<name> = value`, written where spaCy's accessor writes it (`read`)."""
    doc.user_data[_KEYS[name]] = value
