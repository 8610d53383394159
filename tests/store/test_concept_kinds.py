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
