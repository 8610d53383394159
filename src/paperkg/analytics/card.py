"""Everything the graph knows about one concept, on one card."""

from __future__ import annotations

import networkx as nx

from paperkg.analytics.cooccurrence import concept_neighbours
from paperkg.analytics.leaderboard import is_sure, result_kind
from paperkg.model import MIN_BOARD_CONFIDENCE

#: Result fields that point at a concept, and the role each gives it.
ROLES = {"of_key": "subject", "on_key": "dataset", "metric_key": "metric", "compared_key": "baseline"}


def concept_card(
    B: nx.Graph,
    key,
    *,
    papers: int | None = 10,
    neighbours: int | None = 10,
    results: int | None = 20,
    min_confidence: float = MIN_BOARD_CONFIDENCE,
    include_unsure: bool = False,
) -> dict:
    """A concept's kind, aliases, papers, proposing papers, strongest
    neighbours and the results it takes part in.

    Results follow the leaderboard's rules: only those the extractor is at
    least `min_confidence` sure of, unless `include_unsure` (then the others
    come after them, marked ``unsure``), each with its kind (score, gain,
    ratio, reduction) and baseline, so a card never shows as a score what a
    board hides or lists as a comparison.

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
        ``{role, value, kind, baseline, confidence, unsure, paper_id,
        sentence, subject, dataset, metric}``; ``result_count`` counts the
        results shown, ``unsure_count`` the unsure ones (shown or not).

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("p1", kind="Paper", title="T", results=[])
    >>> B.add_node("m", kind="Method", name="M", aliases=["mm"], proposed_by=["p1"])
    >>> B.add_edge("p1", "m", weight=2)
    >>> card = concept_card(B, "m")
    >>> card["paper_count"], card["proposed_by"]
    (1, [{'id': 'p1', 'title': 'T'}])
    >>> B.nodes["p1"]["results"] = [{"of_key": "m", "value": "+3", "kind": "gain", "confidence": 0.9},
    ...                             {"of_key": "m", "value": "70x", "confidence": 0.3}]
    >>> [(r["value"], r["kind"]) for r in concept_card(B, "m")["results"]]
    [('+3', 'gain')]
    >>> [(r["value"], r["unsure"]) for r in concept_card(B, "m", include_unsure=True)["results"]]
    [('+3', False), ('70x', True)]
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
                        "kind": result_kind(r),
                        "baseline": name(r.get("compared_key")),
                        "confidence": r.get("confidence"),
                        "unsure": not is_sure(r, min_confidence),
                        "subject": name(r.get("of_key")),
                        "dataset": name(r.get("on_key")),
                        "metric": name(r.get("metric_key")),
                        "paper_id": p,
                        "sentence": r.get("sentence", ""),
                    }
                )
    unsure = sum(r["unsure"] for r in found)
    found = sorted(found, key=lambda r: r["unsure"]) if include_unsure else [r for r in found if not r["unsure"]]
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
        "unsure_count": unsure,
        "results": found[:results],
    }
