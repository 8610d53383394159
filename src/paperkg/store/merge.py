"""The write steps that merge stored concepts into others (resolve.merging decides which).

Engine-free like store.writes: it reads through the store's public reads and
returns (statement, params) steps that the store runs in one transaction.
Every edge of a merged concept moves to its target: MENTIONS (evidence joined
when the paper mentions both; the edge keeps the kind its paper typed the name,
so the corpus's kind vote still counts each paper's own typing), PROPOSES, and
the result links; the target keeps its key and gains the merged concept's
spellings as aliases.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Mapping


def _join_evidence(*jsons: str) -> tuple[int, str]:
    seen, out = set(), []
    for ev in sorted((e for j in jsons for e in json.loads(j or "[]")), key=lambda e: (e["start"], e["end"])):
        if (ev["start"], ev["end"]) not in seen:
            seen.add((ev["start"], ev["end"]))
            out.append(ev)
    return max(1, len(out)), json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def _typed(row: Mapping, concepts: Mapping[str, Mapping]) -> tuple[int, str]:
    """(mentions, kind) of one MENTIONS edge: the kind its paper typed the name, or, on an edge of a store
    written before edges kept it, the kind of the concept it pointed at (what that paper's vote counted for)."""
    kind = row.get("kind") or (concepts.get(row["concept_key"]) or {}).get("kind") or ""
    return int(row.get("count") or 0), kind


def _joined_mentions(
    moved: dict[tuple[str, str], list[Mapping]], edges: dict, concepts: Mapping[str, Mapping]
) -> tuple[list[dict], list[dict]]:
    """MENTIONS rows of each (paper, target) with the moved evidence joined to the
    target's own, and the target edges they replace (to delete first). A paper that
    typed the name two ways keeps the typing of its most mentions (ties: the kind first
    in the alphabet, so the kept typing does not depend on which way the merge went)."""
    replaced = []
    for paper, target in moved:
        if (paper, target) in edges:
            moved[(paper, target)].append(edges[(paper, target)])
            replaced.append({"paper_id": paper, "concept_key": target})
    mentions = []
    for (paper, target), rows in sorted(moved.items()):
        count, evidence = _join_evidence(*(r["evidence"] for r in rows))
        typed = [_typed(r, concepts) for r in rows]
        kind = min(typed, key=lambda t: (-t[0], t[1]))[1] or None
        mentions.append({"paper_id": paper, "concept_key": target, "count": count, "evidence": evidence, "kind": kind})
    return mentions, replaced


def merge_steps(st: Any, mapping: Mapping[str, str]) -> list[tuple[str, dict]]:
    """(statement, params) steps that merge each concept key of `mapping` into its value."""
    mapping = {a: b for a, b in mapping.items() if a != b}
    if not mapping:
        return []
    keys = sorted(set(mapping) | set(mapping.values()))
    concepts = {c["key"]: c for c in st.concept_rows() if c["key"] in set(keys)}
    mapping = {a: b for a, b in mapping.items() if a in concepts and b in concepts}
    pairs = [(p, k) for page in st.concept_mention_pairs(keys) for p, k, _ in page]
    edges = {(r["paper_id"], r["concept_key"]): r for r in st.mention_evidence(pairs)}
    moved: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    for (paper, key), row in edges.items():
        if key in mapping:
            moved[(paper, mapping[key])].append(row)
    mentions, replaced = _joined_mentions(moved, edges, concepts)
    proposers = st.run_read("concept_proposers", {"keys": keys})[1]
    proposed = {(p, k) for p, k in proposers}
    proposes = sorted({(p, mapping[k]) for p, k in proposers if k in mapping} - proposed)
    links: dict[str, set[tuple[str, str]]] = defaultdict(set)
    existing = set()
    for rid, rel, key in st.run_read("concept_result_links", {"keys": keys})[1]:
        existing.add((rel, rid, key))
        if key in mapping:
            links[rel].add((rid, mapping[key]))
    aliases: dict[str, list[str]] = {}
    for a, b in sorted(mapping.items()):
        have = aliases.get(b) or [*(concepts[b].get("aliases") or [])]
        extra = [concepts[a]["name"], *(concepts[a].get("aliases") or [])]
        aliases[b] = [s for s in dict.fromkeys([*have, *extra]) if s and s != concepts[b]["name"]]
    steps: list[tuple[str, dict]] = []
    if replaced:
        steps.append(("delete_mentions", {"rows": replaced}))
    steps.append(("delete_concepts", {"keys": sorted(mapping)}))
    if mentions:
        steps.append(("create_mentions", {"rows": mentions}))
    if proposes:
        steps.append(("create_proposes", {"rows": [{"paper_id": p, "concept_key": k} for p, k in proposes]}))
    for rel, rows in sorted(links.items()):
        rows = {r for r in rows if (rel, *r) not in existing}
        if rows:
            steps.append(
                (f"link_result_{rel}", {"rows": [{"result_id": r, "concept_key": k} for r, k in sorted(rows)]})
            )
    steps.append(("refresh_paper_counts", {"keys": sorted(set(mapping.values()))}))
    steps.append(("set_concept_aliases", {"rows": [{"key": k, "value": v} for k, v in sorted(aliases.items())]}))
    return steps


_RESULT_ROLES = (("of", "of_key"), ("on", "on_key"), ("measured_by", "metric_key"), ("compared_to", "compared_key"))


def move_steps(st: Any, moves: Mapping[tuple[str, str], str]) -> list[tuple[str, dict]]:
    """(statement, params) steps that move one paper's edges from one concept to another.

    `moves` is {(paper id, from key): to key} (resolve.senses: an undefined
    acronym joins its sense in that paper only). The paper's MENTIONS edge
    (evidence joined when it mentions both), its PROPOSES edge and the links
    of its results move; the source concept is deleted when no paper
    mentions it any more, and the target gains its spelling as an alias.
    """
    moves = {(p, a): b for (p, a), b in moves.items() if a != b}
    if not moves:
        return []
    keys = sorted({a for _, a in moves} | set(moves.values()))
    concepts = {c["key"]: c for c in st.concept_rows() if c["key"] in set(keys)}
    moves = {(p, a): b for (p, a), b in moves.items() if a in concepts and b in concepts}
    if not moves:
        return []
    pairs = sorted({*moves, *((p, b) for (p, _), b in moves.items())})
    edges = {(r["paper_id"], r["concept_key"]): r for r in st.mention_evidence(pairs)}
    moves = {pa: b for pa, b in moves.items() if pa in edges}
    joined: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    deleted = []
    for (paper, a), b in sorted(moves.items()):
        deleted.append({"paper_id": paper, "concept_key": a})
        joined[(paper, b)].append(edges[(paper, a)])
    mentions, replaced = _joined_mentions(joined, edges, concepts)
    deleted += replaced
    proposed = {(p, k) for p, k in st.run_read("concept_proposers", {"keys": keys})[1]}
    drop_proposes = sorted(pa for pa in moves if pa in proposed)
    add_proposes = sorted({(p, moves[(p, a)]) for p, a in drop_proposes} - proposed)
    unlink: dict[str, set[tuple[str, str]]] = defaultdict(set)
    link: dict[str, set[tuple[str, str]]] = defaultdict(set)
    papers = sorted({p for p, _ in moves})
    for row in st.rows("paper_results", {"ids": papers}):
        for rel, field in _RESULT_ROLES:
            target = moves.get((row["paper_id"], row.get(field)))
            if target:
                unlink[rel].add((row["id"], row[field]))
                link[rel].add((row["id"], target))
    aliases: dict[str, list[str]] = {}
    for (_, a), b in sorted(moves.items()):
        have = aliases.get(b) or [*(concepts[b].get("aliases") or [])]
        aliases[b] = [s for s in dict.fromkeys([*have, concepts[a]["name"]]) if s and s != concepts[b]["name"]]
    steps: list[tuple[str, dict]] = [("delete_mentions", {"rows": deleted}), ("create_mentions", {"rows": mentions})]
    if drop_proposes:
        steps.append(("delete_proposes", {"rows": [{"paper_id": p, "concept_key": k} for p, k in drop_proposes]}))
    if add_proposes:
        steps.append(("create_proposes", {"rows": [{"paper_id": p, "concept_key": k} for p, k in add_proposes]}))
    for rel in sorted(unlink):
        rows = [{"result_id": r, "concept_key": k} for r, k in sorted(unlink[rel])]
        steps.append((f"unlink_result_{rel}", {"rows": rows}))
        rows = [{"result_id": r, "concept_key": k} for r, k in sorted(link[rel])]
        steps.append((f"link_result_{rel}", {"rows": rows}))
    steps.append(("delete_orphan_concepts", {"keys": sorted({a for _, a in moves})}))
    steps.append(("refresh_paper_counts", {"keys": keys}))
    steps.append(("set_concept_aliases", {"rows": [{"key": k, "value": v} for k, v in sorted(aliases.items())]}))
    return steps


__all__ = ["merge_steps", "move_steps"]
