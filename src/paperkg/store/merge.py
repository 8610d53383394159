"""The write steps that merge stored concepts into others (resolve.merging decides which).

Engine-free like store.writes: it reads through the store's public reads and
returns (statement, params) steps that the store runs in one transaction.
Every edge of a merged concept moves to its target: MENTIONS (evidence joined
when the paper mentions both), PROPOSES, and the result links; the target
keeps its key and gains the merged concept's spellings as aliases.
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
    moved: dict[tuple[str, str], list[str]] = defaultdict(list)
    replaced = []
    for (paper, key), row in edges.items():
        if key in mapping:
            moved[(paper, mapping[key])].append(row["evidence"])
    for paper, target in moved:
        if (paper, target) in edges:
            moved[(paper, target)].append(edges[(paper, target)]["evidence"])
            replaced.append({"paper_id": paper, "concept_key": target})
    mentions = []
    for (paper, target), evs in sorted(moved.items()):
        count, evidence = _join_evidence(*evs)
        mentions.append({"paper_id": paper, "concept_key": target, "count": count, "evidence": evidence})
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


__all__ = ["merge_steps"]
