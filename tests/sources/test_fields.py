"""Field checks at read time, ids of Unicode titles, and the checks between the two read passes."""

from __future__ import annotations

import hashlib
import json

import pytest

from paperkg.errors import InputError
from paperkg.sources import ReadReport, read_papers
from paperkg.sources import fields
from paperkg.sources.normalise import normalise_title, paper_id

ABSTRACT = "We study retrieval in large language models. It works well on MMLU."


def _one(tmp_path, record: dict, name: str = "r.jsonl"):
    path = tmp_path / name
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return list(read_papers([path]))


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("title", 7, "field 'title' must be a string, got a number"),
        ("abstract", {"text": "x"}, "field 'abstract' must be a string, got an object"),
        ("listed_on", [["2024-01-01"]], "field 'listed_on' item 1 must be a string, got a list"),
        ("listed_on", "yesterday", "field 'listed_on' value 'yesterday' is not a date"),
        ("listed_on", "2024-02-30", "field 'listed_on' value '2024-02-30' is not a real date"),
        ("published", "Aug 8 2024", "field 'published' value 'Aug 8 2024' is not a date"),
        ("authors", 3, "field 'authors' must be a string or a list, got a number"),
        ("authors", [True], "field 'authors' item 1 must be a name, a list or an object, got a boolean"),
        ("categories", {"cs": 1}, "field 'categories' must be a string or a list of strings, got an object"),
        ("url", ["http://x"], "field 'url' must be a string, got a list"),
    ],
)
def test_a_field_of_the_wrong_type_or_shape_is_named(tmp_path, field, value, message):
    record = {"title": "A title", "abstract": ABSTRACT, field: value}
    with pytest.raises(InputError) as info:
        _one(tmp_path, record)
    assert str(info.value) == f"{tmp_path / 'r.jsonl'}:1: {message}" or message in str(info.value)
    assert info.value.line == 1


def test_valid_fields_of_every_accepted_shape(tmp_path):
    (p,) = _one(
        tmp_path,
        {
            "title": "A title",
            "abstract": ABSTRACT,
            "id": 2401.00001,
            "listed_on": "2024-08-08T10:00:00Z",
            "published": "2024-08",
            "authors_parsed": [["Doe", "Jane", ""], ["Roe", "R.", None]],
            "categories": "cs.CL cs.LG",
        },
    )
    assert (p.id, p.listed_on, p.published) == ("2401.00001", ("2024-08-08",), "2024-08")
    assert p.authors == ("Jane Doe", "R. Roe") and p.categories == ("cs.CL", "cs.LG")
    (q,) = _one(
        tmp_path,
        {
            "title": "B title",
            "abstract": ABSTRACT,
            "listed_on": ["--02-29", "2024-02-29"],
            "authors": [{"name": "A"}, "B"],
        },
        "q.jsonl",
    )
    assert q.listed_on == ("--02-29", "2024-02-29") and q.authors == ("A", "B")


def test_over_long_text_is_refused_with_the_limit(tmp_path):
    with pytest.raises(
        InputError, match=f"field 'abstract' is 100,001 characters long; the limit is {fields.MAX_ABSTRACT_CHARS:,}"
    ):
        _one(tmp_path, {"title": "T", "abstract": "x" * (fields.MAX_ABSTRACT_CHARS + 1)})
    with pytest.raises(InputError, match="field 'title' is 2,001 characters long"):
        _one(tmp_path, {"title": "t" * 2001, "abstract": ABSTRACT})


def test_a_long_author_list_in_one_string_is_valid(tmp_path):
    authors = ", ".join(f"Author Number {i}" for i in range(3000))  # a large collaboration
    (p,) = _one(tmp_path, {"title": "ATLAS", "abstract": ABSTRACT, "authors": authors})
    assert len(p.authors) == 3000


def test_deep_nesting_is_an_input_error(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text(
        json.dumps({"title": "ok", "abstract": ABSTRACT}) + "\n" + '{"title": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="nested too deeply") as info:
        list(read_papers([path]))
    assert info.value.line == 2


def test_titles_in_any_script_get_their_own_ids():
    titles = ["机器学习的新方法", "نموذج لغوي كبير", "Μεγάλα γλωσσικά μοντέλα", "Большие языковые модели", "🔥🚀", "🔥"]
    assert len({paper_id(t) for t in titles}) == len(titles)
    assert paper_id("Café Models!") == paper_id("cafe models")  # accents and punctuation still fold


def test_ascii_title_ids_are_unchanged():
    """Stores built before keep their ids: the hash of the lower-case ASCII words."""
    for title in ("SimpleNet: A Tiny Model", "LLaMA-2 7B, Revisited", "Über-Fast D^{2}MoE"):
        old = hashlib.sha1(normalise_title(title).encode()).hexdigest()[:16]
        assert paper_id(title) == f"t-{old}"
    assert normalise_title("SimpleNet: A Tiny Model") == "simplenet a tiny model"


def test_a_long_first_line_is_detected_as_json_lines(tmp_path):
    (p,) = _one(
        tmp_path, {"title": "Many authors", "abstract": ABSTRACT, "authors": [f"Author {i}" for i in range(2000)]}
    )
    assert len(p.authors) == 2000


def test_trailing_text_after_a_json_array_is_reported(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"title": "T", "abstract": ABSTRACT}]) + "\n\n]garbage\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"text after the JSON array's closing \]") as info:
        list(read_papers([path]))
    assert info.value.line == 3
    report = ReadReport()
    assert len(list(read_papers([path], skip_invalid=True, report=report))) == 1 and len(report.skipped) == 1


def test_an_unterminated_csv_quote_names_its_line_and_valid_quoting_reads(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        'title,abstract\nOne,"fine, ""quoted"", and\nmultiline. Two sentences."\nTwo,"never closed. Two.\n'
        "Three,swallowed. Really.\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="unterminated quote") as info:
        list(read_papers([bad]))
    assert info.value.line == 4
    good = tmp_path / "good.csv"
    good.write_text('title,abstract\nOne,"fine, ""quoted"", and\nmultiline. Two sentences."\n', encoding="utf-8")
    (p,) = read_papers([good])
    assert p.raw_abstract == 'fine, "quoted", and\nmultiline. Two sentences.'


def test_a_file_rewritten_between_the_passes_is_an_error_not_a_loss(tmp_path):
    path = tmp_path / "p.jsonl"
    rows = [{"title": f"Paper {i}", "abstract": ABSTRACT} for i in range(3)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    papers = read_papers([path])
    first = next(papers)  # the first pass is done
    assert first.raw_title == "Paper 0"
    path.write_text("".join(json.dumps({**r, "title": r["title"] + " v2"}) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(InputError, match="the file changed while this build was reading it"):
        list(papers)


def test_a_repeated_id_with_the_same_content_merges_listings(tmp_path):
    path = tmp_path / "p.jsonl"
    rec = {"title": "Same", "abstract": ABSTRACT, "arxiv_id": "2401.00001"}
    path.write_text(
        json.dumps({**rec, "listed_on": "2024-01-02"})
        + "\n"
        + json.dumps({**rec, "abstract": "  " + ABSTRACT, "listed_on": "2024-01-01"})
        + "\n",
        encoding="utf-8",
    )
    (p,) = read_papers([path])
    assert p.listed_on == ("2024-01-01", "2024-01-02")
