"""Everything the graph knows about one concept, on one card."""

from __future__ import annotations

import networkx as nx

from paperkg.analytics.cooccurrence import concept_neighbours

#: Result fields that point at a concept, and the role each gives it.
ROLES = {"of_key": "subject", "on_key": "dataset", "metric_key": "metric", "compared_key": "baseline"}


def concept_card(
    B: nx.Graph, key, *, papers: int | None = 10, neighbours: int | None = 10, results: int | None = 20
) -> dict:
    """A concept's kind, aliases, papers, proposing papers, strongest
    neighbours and the results it takes part in.

    Parameters
    ----------
    B : networkx.Graph
        The paper–concept graph (paper nodes carry ``results``).
    key
        A concept node of `B`.
    papers, neighbours, results : int or None
        How many of each to list (None: all; the totals are always given).

    Returns
    -------
    dict
        ``{key, name, kind, aliases, paper_count, papers, proposed_by,
        neighbours, results}``; papers are ``{id, title, mentions}`` most
        mentions first, neighbours rows of
        :func:`paperkg.analytics.cooccurrence.concept_neighbours`, results
        ``{role, value, paper_id, sentence, subject, dataset, metric}``.

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("p1", kind="Paper", title="T", results=[])
    >>> B.add_node("m", kind="Method", name="M", aliases=["mm"], proposed_by=["p1"])
    >>> B.add_edge("p1", "m", weight=2)
    >>> card = concept_card(B, "m")
    >>> card["paper_count"], card["proposed_by"]
    (1, [{'id': 'p1', 'title': 'T'}])
    """
    a = B.nodes[key]

    def name(k):
        return B.nodes[k].get("name", k) if k in B else (k or "")

    mentioning = sorted(B[key], key=lambda p: (-B[key][p].get("weight", 1), p))
    found = []
    for p in sorted(B[key]):
        for r in B.nodes[p].get("results", []):
            roles = [role for field, role in ROLES.items() if r.get(field) == key]
            if roles:
                found.append(
                    {
                        "role": "/".join(roles),
                        "value": r.get("value"),
                        "subject": name(r.get("of_key")),
                        "dataset": name(r.get("on_key")),
                        "metric": name(r.get("metric_key")),
                        "paper_id": p,
                        "sentence": r.get("sentence", ""),
                    }
                )
    return {
        "key": key,
        "name": a.get("name", key),
        "kind": a.get("kind"),
        "aliases": list(a.get("aliases") or []),
        "paper_count": len(mentioning),
        "papers": [
            {"id": p, "title": B.nodes[p].get("title", ""), "mentions": B[key][p].get("weight", 1)}
            for p in mentioning[:papers]
        ],
        "proposed_by": [
            {"id": p, "title": B.nodes[p].get("title", "")} for p in sorted(a.get("proposed_by") or []) if p in B
        ],
        "neighbours": concept_neighbours(B, key)[:neighbours],
        "result_count": len(found),
        "results": found[:results],
    }
