"""A bare acronym node of few papers gives the field's concept's acronym up (issue 15, stops 40-41).

On the 44k graph a one-paper node named "MTL" held the spelling while multi-task learning (701 papers, 66 of
them writing "MTL" for it) lost its alias: `plan_dedupe` gave a name precedence over an alias unless the
name's holder had a long form to go by, so `paperkg concept MTL` found the one paper. Now such a small node
moves to a key of its own (`plan_rekeys`: its name and papers stay, merging and the dedupe leave it apart),
the far larger concept whose long form the acronym abbreviates keeps the alias (and a refresh gives it back
from its papers' spans), no spelling names one concept and aliases another, and look-ups, which prefer the
concept of most papers, find the field's concept first.
Invented papers: "quantum zigzag learning (QZL)" in twelve papers, and one paper's "QZL collection", a dataset
(as the 44k graph's "RF collection" beside Random Forest).
"""

from __future__ import annotations

from graphs import extracted_paper  # tests/store/graphs.py
from paperkg.analytics.names import resolve_concept
from paperkg.refresh import refresh_concepts
from paperkg.resolve import ConceptResolver, assemble
from paperkg.resolve.audit import audit, counts

import networkx as nx

SENSE, BARE, OWN = "Method:quantumzigzaglearning", "Dataset:qzl", "Dataset:qzl~QZL"


def _graph(st):
    papers = [
        extracted_paper(
            f"def-{i}",
            2021,
            "We apply quantum zigzag learning (QZL) to parsing. QZL improves parsing.",
            [("Method", "quantum zigzag learning", ("QZL",)), ("Task", "parsing", ())],
        )
        for i in range(12)
    ]
    papers.append(
        extracted_paper(
            "lone",
            2021,
            "We construct a large-scale dataset called QZL collection for tagging.",
            [("Dataset", "QZL", ()), ("Task", "tagging", ())],
        )
    )
    resolver = ConceptResolver()
    st.write_papers([assemble(p, e, resolver) for p, e in papers])


def _lookup(st, name: str) -> str:
    G = nx.Graph()
    for c in st.concept_rows():
        G.add_node(
            c["key"], kind=c["kind"], name=c["name"], aliases=c.get("aliases") or [], paper_count=c.get("paper_count")
        )
    return resolve_concept(G, name)


def _keys_of(st, pid: str) -> set[str]:
    return {k for page in st.mention_pairs([pid]) for _, k, _ in page}


def _aliases(st, key: str) -> list[str]:
    return next(c.get("aliases") or [] for c in st.concept_rows() if c["key"] == key)


def _check(st):
    rows = {c["key"]: c for c in st.concept_rows()}
    assert "QZL" in rows[SENSE]["aliases"]
    assert BARE not in rows and rows[OWN]["name"] == "QZL" and rows[OWN]["paper_count"] == 1  # a key of its own
    assert not any("QZL" in (c.get("aliases") or []) for k, c in rows.items() if k != SENSE)  # on one concept
    assert _lookup(st, "QZL") == SENSE
    assert _keys_of(st, "lone") == {OWN, "Task:tagging"}  # the dataset's paper stays on its node
    assert counts(audit(rows.values()))["alias_on_two"] == 0


def test_a_bare_node_of_one_paper_gives_the_fields_acronym_up_for_a_key_of_its_own(store):
    _graph(store)
    assert refresh_concepts(store)["pending"] == 0
    _check(store)
    assert set(refresh_concepts(store).values()) == {0}  # a fixed point


def test_a_refresh_gives_the_acronym_back_to_the_concept_that_lost_it(store):
    """A store an older refresh left with the bare node on the plain key and the concept without the alias
    (as main's before stop 41): its papers' spans give the alias back and the node moves, once."""
    _graph(store)
    refresh_concepts(store)
    store.write_rows("upsert_concepts", [{"key": BARE, "name": "QZL", "kind": "Dataset", "aliases": []}])
    store.move_mentions({("lone", OWN): BARE})
    store.set_concept_property("aliases", {SENSE: [a for a in _aliases(store, SENSE) if a != "QZL"]})
    rows = {c["key"]: c for c in store.concept_rows()}
    assert OWN not in rows and rows[BARE]["paper_count"] == 1 and "QZL" not in rows[SENSE]["aliases"]
    assert _lookup(store, "QZL") == BARE  # the state the fix repairs
    assert refresh_concepts(store)["pending"] == 0
    _check(store)
    assert set(refresh_concepts(store).values()) == {0}
