"""A setting does not change what a thing is, on both engines: "zero-shot X" is the kind of X.

Invented papers: "frobnic transfer" is a Task in twelve papers; "zero-shot frobnic transfer",
typed a Method by its own three papers, becomes a Task. With no concept they modify, siblings on
one axis ("few-shot glorp learning" Task, 5 papers; "zero-shot glorp learning" Method, 2) take their
majority, while a sibling on another axis ("self-supervised glorp learning") keeps its kind.
"""

from __future__ import annotations

import pytest

from paperkg import api
from paperkg.refresh import refresh_concepts
from paperkg.model import Entity, Evidence, Extraction, Paper
from paperkg.resolve import ConceptResolver, assemble


def _paper(pid: str, kind: str, name: str, long_form: str | None = None):
    text = f"We study {name} for sentence tagging." + (f" {name} means {long_form}." if long_form else "")
    paper = Paper(
        id=pid, title=f"Paper {pid}", abstract=text, raw_title=f"Paper {pid}", raw_abstract=text, published="2023-06-01"
    )
    start = paper.text.index(name)
    aliases = (name,) if long_form else ()
    ent = Entity(long_form or name, kind, aliases, evidence=(Evidence("s", start, start + len(name)),))
    tag = paper.text.index("sentence tagging")
    task = Entity("sentence tagging", "Task", (), evidence=(Evidence("s", tag, tag + 16),))
    return paper, Extraction(pid, paper.title, (ent, task))


def _write(st, papers):
    resolver = ConceptResolver()
    st.write_papers([assemble(p, e, resolver) for p, e in papers])


def _kinds(st) -> dict[str, str]:
    return {c["name"]: c["kind"] for c in st.concept_rows()}


def test_a_setting_prefix_takes_the_kind_of_what_it_modifies(store):
    _write(
        store,
        [
            *(_paper(f"base-{i}", "Task", "frobnic transfer") for i in range(12)),
            *(_paper(f"zs-{i}", "Method", "zero-shot frobnic transfer") for i in range(3)),
            *(_paper(f"fs-{i}", "Task", "few-shot glorp learning") for i in range(5)),
            *(_paper(f"zl-{i}", "Method", "zero-shot glorp learning") for i in range(2)),
            *(_paper(f"ss-{i}", "Method", "self-supervised glorp learning") for i in range(2)),
        ],
    )
    first = refresh_concepts(store)
    kinds = _kinds(store)
    assert kinds["zero-shot frobnic transfer"] == "Task"
    assert kinds["zero-shot glorp learning"] == "Task"
    assert kinds["self-supervised glorp learning"] == "Method"  # another axis: not a sibling
    assert first["retyped"] == 2
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts["Task:zeroshotfrobnictransfer"] == 3 and "Method:zeroshotfrobnictransfer" not in counts
    assert set(refresh_concepts(store).values()) == {0}


def test_a_modified_concept_with_little_evidence_decides_nothing(store):
    _write(
        store,
        [
            *(_paper(f"base-{i}", "Task", "frobnic transfer") for i in range(2)),
            *(_paper(f"zs-{i}", "Method", "zero-shot frobnic transfer") for i in range(3)),
        ],
    )
    refresh_concepts(store)
    assert _kinds(store)["zero-shot frobnic transfer"] == "Method"


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def written(request, tmp_path):
    """A store URI or path holding one-paper names that differ in case and are different things."""
    papers = [
        *(_paper(f"m-{i}", "Method", "ZapCheck", "Zonal Attention Probe Checker") for i in range(3)),
        _paper("d-0", "Dataset", "ZAPCHECK"),
    ]
    if request.param == "neo4j":
        st = request.getfixturevalue("neo4j_store")
        _write(st, papers)
        refresh_concepts(st)
        return st.uri
    from paperkg.store.ladybug import LadybugStore

    path = tmp_path / "g.lbdb"
    with LadybugStore(path) as st:
        _write(st, papers)
        refresh_concepts(st)
    return str(path)


def test_the_concept_page_shows_the_namesake_of_another_type_and_why(written):
    card = api.concept_card("ZapCheck", store=written, kind="Method")
    assert card["kind"] == "Method"
    [other] = card["namesakes"]
    assert (other["name"], other["kind"], other["paper_count"]) == ("ZAPCHECK", "Dataset", 1)
    assert other["reasons"] == [
        "written ZAPCHECK there, ZapCheck here",
        "long forms differ: none there, Zonal Attention Probe Checker here",
    ]
    back = api.concept_card("ZAPCHECK", store=written, kind="Dataset")["namesakes"]
    assert [n["name"] for n in back] == ["ZapCheck"]


def test_paperkg_concept_prints_the_other_type_and_why(written):
    from click.testing import CliRunner

    from paperkg.cli import main

    res = CliRunner().invoke(main, ["concept", "ZapCheck", "--type", "Method", "--store", written])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if x.startswith("other types"))
    assert "ZAPCHECK (Dataset, 1 paper): written ZAPCHECK there, ZapCheck here; long forms differ" in line
