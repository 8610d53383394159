"""How two concepts connect: the shortest chain concept – paper – concept ...,
each step backed by the sentences that name both ends."""

from __future__ import annotations

import json
from typing import Mapping

import networkx as nx

from paperkg.errors import NotFoundError


def _evidence(B: nx.Graph, paper, concept, given: Mapping | None) -> list[dict]:
    raw = given.get((paper, concept)) if given is not None else B[paper][concept].get("evidence")
    raw = raw or "[]"
    return json.loads(raw) if isinstance(raw, str) else list(raw)


def _step_sentence(B: nx.Graph, paper, a, b, given: Mapping | None = None) -> str:
    """The best sentence of `paper` for the step a -> b: one naming both if
    there is one, else the first naming `a` and the first naming `b`."""
    ea, eb = _evidence(B, paper, a, given), _evidence(B, paper, b, given)
    both = {e["sentence"] for e in eb}
    for e in ea:
        if e["sentence"] in both:
            return e["sentence"]
    parts = [e[0]["sentence"] for e in (ea, eb) if e]
    return " … ".join(dict.fromkeys(parts))


def concept_chain(B: nx.Graph, source, target) -> list:
    """The nodes of the chain :func:`explain_path` explains: concept, paper,
    concept, ..., target (just ``[source]`` when they are the same).

    Among chains through the fewest papers, the one whose papers mention the
    concepts most often is preferred (each hop costs 1 + 0.01 / mentions).

    Raises
    ------
    NotFoundError
        When no chain of papers connects the two concepts.
    """
    if source == target:
        return [source]

    def cost(u, v, d):
        return 1.0 + 0.01 / max(1, d.get("weight", 1))

    try:
        # Searching from both ends visits far fewer papers than one Dijkstra
        # through the hubs (4.4 s down to under a second at 100k papers).
        return nx.bidirectional_dijkstra(B, source, target, weight=cost)[1]
    except nx.NetworkXNoPath:
        raise NotFoundError(
            f"no chain of papers connects {B.nodes[source].get('name', source)!r} "
            f"and {B.nodes[target].get('name', target)!r}"
        ) from None


def chain_pairs(chain: list) -> list[tuple]:
    """The (paper, concept) edges of a chain: whose evidence explains it.

    >>> chain_pairs(["a", "p1", "b"])
    [('p1', 'a'), ('p1', 'b')]
    """
    return [(chain[i + 1], chain[i + j]) for i in range(0, len(chain) - 2, 2) for j in (0, 2)]


def explain_path(B: nx.Graph, source, target, *, chain: list | None = None, evidence: Mapping | None = None) -> dict:
    """The shortest chain of papers from concept `source` to concept `target`.

    Among chains through the fewest papers, the one whose papers mention the
    concepts most often is preferred (each hop costs 1 + 0.01 / mentions, so
    the number of hops always decides first).

    Parameters
    ----------
    B : networkx.Graph
        The paper–concept graph; edges carry ``weight`` (mentions) and, unless
        `evidence` is given, ``evidence`` (JSON list of ``{sentence, start, end}``).
    source, target
        Concept nodes of `B`.
    chain : list, optional
        The chain already found by :func:`concept_chain`.
    evidence : mapping, optional
        (paper, concept) -> evidence JSON for the edges of the chain
        (:func:`chain_pairs`), fetched for just those edges.

    Returns
    -------
    dict
        ``{source, target, papers, steps}`` where each step is ``{from,
        from_name, paper, title, to, to_name, sentence}``.

    Raises
    ------
    NotFoundError
        When no chain of papers connects the two concepts.

    Examples
    --------
    >>> ev = lambda s: json.dumps([{"sentence": s, "start": 0, "end": 1}])
    >>> B = nx.Graph()
    >>> B.add_node("p1", kind="Paper", title="T1")
    >>> B.add_nodes_from([("a", {"kind": "Method", "name": "A"}), ("b", {"kind": "Dataset", "name": "B"})])
    >>> B.add_edge("p1", "a", weight=1, evidence=ev("A is tested on B."))
    >>> B.add_edge("p1", "b", weight=1, evidence=ev("A is tested on B."))
    >>> explain_path(B, "a", "b")["steps"][0]["sentence"]
    'A is tested on B.'
    """
    nodes = chain if chain is not None else concept_chain(B, source, target)
    steps = []
    for i in range(0, len(nodes) - 2, 2):
        a, p, b = nodes[i : i + 3]
        steps.append(
            {
                "from": a,
                "from_name": B.nodes[a].get("name", a),
                "paper": p,
                "title": B.nodes[p].get("title", ""),
                "to": b,
                "to_name": B.nodes[b].get("name", b),
                "sentence": _step_sentence(B, p, a, b, evidence),
            }
        )
    return {"source": source, "target": target, "papers": len(steps), "steps": steps}
