"""Plan the write statements that replace a batch of papers: pure, engine-free.

Both stores run the same plan inside one transaction, so a batch is written
whole or not at all, and both engines end up with the same graph.
"""

from __future__ import annotations

from typing import Any, Sequence

from paperkg.model import PaperGraph
from paperkg.store.rows import RESULT_COLUMNS, RESULT_LINKS, result_links


def _union(*lists: Sequence[str] | None) -> list[str]:
    return list(dict.fromkeys(x for lst in lists for x in (lst or []) if x))


def plan_writes(
    graphs: Sequence[PaperGraph],
    state: dict[str, list[Any]],
    stored_concepts: dict[str, list[Any]] | dict[str, Any],
    old_keys: Sequence[str],
) -> list[tuple[str, dict[str, Any]]]:
    """(statement name, params) steps that replace `graphs` in the store.

    state:           id -> [id, content_hash, listed_on, source] of stored papers
    stored_concepts: key -> [name, aliases] of stored concepts among the batch's
    old_keys:        concepts the replaced papers pointed at before
    """
    replaced = [g.paper.id for g in graphs if g.paper.id in state]
    papers: list[dict[str, Any]] = []
    concepts: dict[str, dict[str, Any]] = {}
    mentions, proposes, results = [], [], []
    links: dict[str, list[dict[str, Any]]] = {rel: [] for rel in RESULT_LINKS}
    for g in graphs:
        row = g.paper_row()
        if g.paper.id in state:
            _, _, listed, source = state[g.paper.id]
            row["listed_on"] = sorted(set(listed or []) | set(row["listed_on"]))
            row["source"] = ";".join(_union((source or "").split(";"), row["source"].split(";")))
        papers.append(row)
        for c in g.concepts:
            if c.key in concepts:
                concepts[c.key]["aliases"] = _union(concepts[c.key]["aliases"], c.aliases)
                continue
            stored = stored_concepts.get(c.key)
            name, aliases = (stored[0], stored[1]) if stored else (c.name, [])
            concepts[c.key] = {"key": c.key, "name": name, "kind": c.kind, "aliases": _union(aliases, c.aliases)}
        mentions += [
            {
                "paper_id": m.paper_id,
                "concept_key": m.concept_key,
                "count": m.count,
                "evidence": m.evidence,
                "kind": m.kind,
            }
            for m in g.mentions
        ]
        proposes += [{"paper_id": g.paper.id, "concept_key": k} for k in g.proposes]
        for r in g.results:
            results.append({"paper_id": r.paper_id, **{c: getattr(r, c) for c in RESULT_COLUMNS}, "unit": r.unit or ""})
            for rel, key in result_links(r):
                links[rel].append({"result_id": r.id, "concept_key": key})
    steps: list[tuple[str, dict[str, Any]]] = []
    if replaced:
        steps += [("delete_results", {"ids": replaced}), ("detach_papers", {"ids": replaced})]
    steps.append(("upsert_papers", {"rows": papers}))
    if concepts:
        steps.append(("upsert_concepts", {"rows": list(concepts.values())}))
    for name, rows in (("create_mentions", mentions), ("create_proposes", proposes), ("create_results", results)):
        if rows:
            steps.append((name, {"rows": rows}))
    for rel, rows in links.items():
        if rows:
            steps.append((f"link_result_{rel.lower()}", {"rows": rows}))
    # Concepts of replaced papers are recounted exactly; those only new papers
    # mention get an increment, so a build costs the same per batch as it grows.
    recount = set(old_keys) | {m.concept_key for g in graphs if g.paper.id in state for m in g.mentions}
    added: dict[str, int] = {}
    for g in graphs:
        if g.paper.id not in state:
            for key in {m.concept_key for m in g.mentions} - recount:
                added[key] = added.get(key, 0) + 1
    if added:
        steps.append(("add_paper_counts", {"rows": [{"key": k, "n": n} for k, n in sorted(added.items())]}))
    if recount:
        steps.append(("refresh_paper_counts", {"keys": sorted(recount)}))
    gone = sorted(set(old_keys) - set(concepts))
    if gone:
        steps.append(("delete_orphan_concepts", {"keys": gone}))
    return steps
