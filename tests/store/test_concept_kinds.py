"""A concept's kind is the corpus's majority, on both engines: papers that sense moves bring vote for their own type.

Invented papers: one defines "Quantified Zero-shot Binding (QZB)" and, by the
head word of that long form, is typed a Task; three more write only "QZB",
typed a Dataset by their contexts ("results on QZB"). The three join the
definition (resolve.senses) and the concept becomes a Dataset.
"""

from __future__ import annotations

from graphs import extracted_paper  # tests/store/graphs.py
from paperkg.refresh import refresh_concepts
from paperkg.model import Paper
from paperkg.resolve import ConceptResolver, assemble

LONG = "Quantified Zero-shot Binding"


def _definer(kind: str = "Task"):
    return extracted_paper(
        "def",
        2023,
        f"We release {LONG} (QZB) for argument binding.",
        [(kind, LONG, ("QZB",)), ("Task", "argument binding", ())],
    )


def _user(pid: str, kind: str):
    return extracted_paper(
        pid,
        2023,
        "We report results on QZB for argument binding.",
        [(kind, "QZB", ()), ("Task", "argument binding", ())],
    )


def _build(st, papers):
    resolver = ConceptResolver()
    st.write_papers([assemble(p, e, resolver) for p, e in papers])
    refresh_concepts(st)
    return {c["key"]: c for c in st.concept_rows() if c["name"] in (LONG, "QZB")}


def test_papers_that_join_a_definition_bring_their_type(store):
    concepts = _build(store, [_definer(), *(_user(f"u{i}", "Dataset") for i in range(3))])
    assert list(concepts) == ["Dataset:quantifiedzeroshotbinding"]
    c = concepts["Dataset:quantifiedzeroshotbinding"]
    assert (c["kind"], c["paper_count"]) == ("Dataset", 4)
    assert {c["name"], *c["aliases"]} >= {"QZB", LONG}


def test_a_minority_of_other_types_changes_nothing(store):
    concepts = _build(store, [_definer(), _definer_twin(), _user("u0", "Dataset")])
    assert list(concepts) == ["Task:quantifiedzeroshotbinding"]
    assert concepts["Task:quantifiedzeroshotbinding"]["paper_count"] == 3


def _definer_twin():
    paper, ex = _definer()
    return Paper("def2", paper.title, paper.abstract, paper.raw_title, paper.raw_abstract, "2023-07-01"), ex


def _kinds_on_edges(st, key: str) -> dict[str, str | None]:
    return {m["paper_id"]: m["kind"] for m in st.rows("mentions") if m["concept_key"] == key}


def test_a_merged_edge_keeps_the_kind_its_paper_typed(store):
    """Two papers type "flurb tagging" a Task, one a Method: one Task, whose edges still say how each paper
    typed the name (the vote a later paper's typing is counted with)."""
    papers = [
        extracted_paper(f"p{i}", 2023, "We study flurb tagging.", [("Task" if i else "Method", "flurb tagging", ())])
        for i in range(3)
    ]
    resolver = ConceptResolver()
    store.write_papers([assemble(p, e, resolver) for p, e in papers])
    refresh_concepts(store)
    assert _kinds_on_edges(store, "Task:flurbtagging") == {"p0": "Method", "p1": "Task", "p2": "Task"}
    assert store.kind_votes(["Task:flurbtagging"]) == {"Task:flurbtagging": {"Method": 1, "Task": 2}}


def test_papers_an_earlier_refresh_moved_in_vote_their_own_type(store):
    """A store holds the definition (a Task) and one "QZB" paper typed a Dataset: a tie keeps the Task. One
    more Dataset paper added later makes two Dataset votes to one, as one build of all three decides; the
    paper the first refresh moved in no longer counts for the Task it was moved into."""
    resolver = ConceptResolver(store.alias_index())
    store.write_papers([assemble(p, e, resolver) for p, e in (_definer(), _user("u0", "Dataset"))])
    refresh_concepts(store)
    assert [c["key"] for c in store.concept_rows() if c["name"] in (LONG, "QZB")] == ["Task:quantifiedzeroshotbinding"]
    resolver = ConceptResolver(store.alias_index())
    graphs = [assemble(p, e, resolver) for p, e in (_user("u1", "Dataset"),)]
    store.write_papers(graphs)
    refresh_concepts(store, {c.key for g in graphs for c in g.concepts})
    concepts = {c["key"]: c for c in store.concept_rows() if c["name"] in (LONG, "QZB")}
    assert list(concepts) == ["Dataset:quantifiedzeroshotbinding"]
    assert concepts["Dataset:quantifiedzeroshotbinding"]["paper_count"] == 3


def test_an_edge_of_an_older_store_without_a_kind_votes_for_its_concept(store):
    """A store written before edges kept their paper's typing has MENTIONS without `kind`: each such paper
    votes for the kind of the concept it mentions, as it did before, and a merge gives the moved edge the
    kind of the concept it came from."""
    papers = [
        extracted_paper(f"p{i}", 2023, "We study flurb tagging.", [("Task" if i else "Method", "flurb tagging", ())])
        for i in range(3)
    ]
    resolver = ConceptResolver()
    store.write_papers([assemble(p, e, resolver) for p, e in papers])
    old = [{**m, "kind": None} for m in store.rows("mentions")]
    store.write_rows("delete_mentions", [{"paper_id": m["paper_id"], "concept_key": m["concept_key"]} for m in old])
    store.write_rows("create_mentions", old)
    assert store.kind_votes(["Method:flurbtagging"]) == {"Method:flurbtagging": {"Method": 1}}
    refresh_concepts(store)
    assert _kinds_on_edges(store, "Task:flurbtagging") == {"p0": "Method", "p1": None, "p2": None}
    assert store.kind_votes(["Task:flurbtagging"]) == {"Task:flurbtagging": {"Method": 1, "Task": 2}}


def test_a_ladybug_store_from_before_typed_edges_opens_and_refreshes(tmp_path):
    """A LadybugDB store whose MENTIONS table has no `kind` column: a read command adds it (null on every
    edge) and reads on; a build that adds papers votes the old edges for their concepts' kinds."""
    import ladybug

    from paperkg.store import cypher
    from paperkg.store.ladybug import ENGINE, LadybugStore

    path = tmp_path / "old.lbdb"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for stmt in cypher.schema_statements(ENGINE):
        if "MENTIONS" not in stmt:
            conn.execute(stmt)
    conn.execute("CREATE REL TABLE MENTIONS(FROM Paper TO Concept, count INT64, evidence STRING)")
    conn.execute(
        "CREATE (:Paper {id: 'p0'})-[:MENTIONS {count: 1, evidence: '[]'}]->(:Concept {key: 'Task:flurbtagging', name: 'flurb tagging', kind: 'Task', aliases: [], paper_count: 1})"
    )
    conn.close()
    db.close()
    with LadybugStore(path, read_only=True) as st:  # a read command upgrades the schema
        assert [m["kind"] for m in st.rows("mentions")] == [None]
        assert st.kind_votes(["Task:flurbtagging"]) == {"Task:flurbtagging": {"Task": 1}}
    with LadybugStore(path) as st:
        resolver = ConceptResolver(st.alias_index())
        added = [
            extracted_paper(f"p{i}", 2023, "A flurb tagging model.", [("Method", "flurb tagging", ())]) for i in (1, 2)
        ]
        graphs = [assemble(p, e, resolver) for p, e in added]
        st.write_papers(graphs)
        refresh_concepts(st, {c.key for g in graphs for c in g.concepts})
        rows = {c["key"]: c["paper_count"] for c in st.concept_rows()}
        assert rows == {"Method:flurbtagging": 3}
        assert _kinds_on_edges(st, "Method:flurbtagging") == {"p0": "Task", "p1": "Method", "p2": "Method"}
