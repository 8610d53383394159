"""Adding papers to a store gives the graph one build of all the papers gives, on both engines.

Invented corpora, each split in two (A, then B) where B's papers change a choice A's made: a display
name most of B's papers write otherwise, a kind B's papers give the name, a sense B's papers bring to
an acronym A's papers wrote bare. The whole corpus is built in one go (one write, a full refresh: the
bulk path), then the same store is cleared and built from A (a full refresh) and given B as `paperkg
build` adds papers (a resolver over the stored aliases, a refresh of the keys B touched). The graphs
must be equal up to keys: a merge keeps the key of the concept more papers mention at the time, so a
store that grew may keep another key for the same concept (keys are stable as papers are added).
"""

from __future__ import annotations


from graphs import extracted_paper  # tests/store/graphs.py
from paperkg.refresh import refresh_concepts
from paperkg.resolve import ConceptResolver, assemble


def _write(st, papers) -> set[str]:
    """Write papers as a build does (a resolver over the stored concepts); the keys they touch."""
    resolver = ConceptResolver(st.alias_index())
    graphs = [assemble(p, e, resolver) for p, e in papers]
    st.write_papers(graphs)
    return {c.key for g in graphs for c in g.concepts}


def _graph(st) -> tuple[set, set]:
    """The graph without its keys: each concept as (name, kind, its papers), and every paper's concept names."""
    rows = {c["key"]: c for c in st.concept_rows()}
    papers: dict[str, set[str]] = {}
    for page in st.mention_pairs():
        for pid, key, _ in page:
            papers.setdefault(key, set()).add(pid)
    concepts = {(rows[k]["name"], rows[k]["kind"], frozenset(p)) for k, p in papers.items() if k in rows}
    return concepts, {(pid, rows[k]["name"]) for k, p in papers.items() for pid in p}


def _whole_and_added(st, part_a, part_b):
    _write(st, [*part_a, *part_b])
    refresh_concepts(st)
    whole = _graph(st)
    st.clear()
    _write(st, part_a)
    refresh_concepts(st)
    before = _graph(st)
    counts = refresh_concepts(st, _write(st, part_b))
    assert counts["pending"] == 0
    return whole, before, _graph(st)


def _names(graph) -> dict[frozenset, tuple[str, str]]:
    return {papers: (name, kind) for name, kind, papers in graph[0]}


def test_a_display_name_most_added_papers_write_is_taken(store):
    """A's two papers write "zorbnet tuning", B's three "zorbnet-tuning": the name follows the majority."""
    a = [
        extracted_paper(f"a{i}", 2020, "We study zorbnet tuning here.", [("Method", "zorbnet tuning", ())])
        for i in range(2)
    ]
    b = [
        extracted_paper(f"b{i}", 2023, "We apply zorbnet-tuning again.", [("Method", "zorbnet-tuning", ())])
        for i in range(3)
    ]
    whole, before, added = _whole_and_added(store, a, b)
    assert ("zorbnet tuning", "Method", frozenset({"a0", "a1"})) in before[0]
    assert ("zorbnet-tuning", "Method", frozenset({"a0", "a1", "b0", "b1", "b2"})) in whole[0]
    assert added == whole


def test_a_tie_between_spellings_goes_the_same_way_in_both_builds(store):
    """A: "zorb answering" in the earliest paper, "zorb-answering" in two later ones (the name A settles);
    B: one more "zorb answering", a tie. A tie goes to the earliest paper's spelling, not to the name the
    concept happens to have, which depends on the order its papers came in."""
    spelled = [("a0", 2019, "zorb answering"), ("a1", 2020, "zorb-answering"), ("a2", 2020, "zorb-answering")]
    a = [extracted_paper(pid, y, f"We study {n} here.", [("Task", n, ())]) for pid, y, n in spelled]
    b = [extracted_paper("b0", 2023, "We study zorb answering again.", [("Task", "zorb answering", ())])]
    whole, before, added = _whole_and_added(store, a, b)
    assert ("zorb-answering", "Task", frozenset({"a0", "a1", "a2"})) in before[0]
    assert ("zorb answering", "Task", frozenset({"a0", "a1", "a2", "b0"})) in whole[0]
    assert added == whole


def test_a_kind_most_added_papers_give_is_taken(store):
    """A's papers type "glimmer parsing" a Method, B's (more of them) a Task: one Task, in both builds."""
    a = [
        extracted_paper(f"a{i}", 2020, "A glimmer parsing model.", [("Method", "glimmer parsing", ())])
        for i in range(2)
    ]
    b = [
        extracted_paper(f"b{i}", 2023, "The glimmer parsing task.", [("Task", "glimmer parsing", ())]) for i in range(3)
    ]
    whole, before, added = _whole_and_added(store, a, b)
    assert ("glimmer parsing", "Method", frozenset({"a0", "a1"})) in before[0]
    assert ("glimmer parsing", "Task", frozenset({"a0", "a1", "b0", "b1", "b2"})) in whole[0]
    assert added == whole


def test_a_bare_acronym_joins_the_sense_added_papers_define(store):
    """A's papers write "QZR" bare beside their tasks; B's papers define "Quantised Zero-shot Retrieval (QZR)"
    for those tasks: A's bare mentions join that sense, as in one build of all the papers."""
    a = [
        extracted_paper(
            f"a{i}", 2022, "We use QZR for passage ranking.", [("Method", "QZR", ()), ("Task", "passage ranking", ())]
        )
        for i in range(2)
    ]
    define = "We present Quantised Zero-shot Retrieval (QZR) for passage ranking."
    b = [
        extracted_paper(
            f"b{i}",
            2023,
            define,
            [("Method", "Quantised Zero-shot Retrieval", ("QZR",)), ("Task", "passage ranking", ())],
        )
        for i in range(3)
    ]
    whole, before, added = _whole_and_added(store, a, b)
    assert ("QZR", "Method", frozenset({"a0", "a1"})) in before[0]
    sense = next(n for n, _, papers in whole[0] if "b0" in papers and n != "passage ranking")
    assert ("a0", sense) in whole[1]
    assert added == whole


def test_a_kind_vote_split_across_the_two_parts_is_counted_per_paper(store):
    """A: one paper types "glimmer parsing" a Method, two a Task (a Task of three papers); B: two more type it a
    Method. One build counts three Method papers against two Task ones; adding B should too."""
    a = [extracted_paper("a0", 2020, "A glimmer parsing model.", [("Method", "glimmer parsing", ())])]
    a += [
        extracted_paper(f"a{i}", 2020, "The glimmer parsing task.", [("Task", "glimmer parsing", ())]) for i in (1, 2)
    ]
    b = [
        extracted_paper(f"b{i}", 2023, "A glimmer parsing model.", [("Method", "glimmer parsing", ())])
        for i in range(2)
    ]
    whole, _, added = _whole_and_added(store, a, b)
    assert ("glimmer parsing", "Method", frozenset({"a0", "a1", "a2", "b0", "b1"})) in whole[0]
    assert added == whole
