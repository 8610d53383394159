"""A concept's kind re-decided after mentions moved (the corpus majority of typed evidence)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Mapping

from paperkg.resolve.kinds import plan_kinds, plan_setting_kinds
from paperkg.resolve.names import kind_of_key, rekey
from paperkg.store.protocol import GraphStore


def retype_moved(st: GraphStore, moves: dict[tuple[str, str], str]) -> dict[str, str]:
    """Give a concept that sense moves filled the kind most of its papers typed it with (resolve.kinds).

    Every paper votes for the kind it typed the name, read off its MENTIONS edge (store.kind_votes), the
    papers earlier moves or merges brought in included: a concept a store's earlier pass filled with one
    paper of another kind and kept (a tie) counts that paper for the kind it typed when the next paper
    comes, as one build of all of them does. An edge of an older store without a kind votes for its
    concept's kind. The concept is re-keyed under that kind (`Task:x` -> `Dataset:x`, merged into it when
    it exists), so a key always says its kind; returns {old key: new key}.
    """
    moved_in: dict[str, Counter] = defaultdict(Counter)
    for (_, src), dst in moves.items():
        moved_in[dst][kind_of_key(src)] += 1
    if not any(set(votes) - {kind_of_key(dst)} for dst, votes in moved_in.items()):
        return {}
    rows = {c["key"]: c for c in st.concept_rows()}
    votes = st.kind_votes(sorted(k for k in moved_in if k in rows))
    own = {k: (rows[k]["kind"], 0) for k in moved_in if k in rows}
    return _retype(st, rows, plan_kinds(own, votes))


def retype_settings(st: GraphStore) -> dict[str, str]:
    """Give a setting-prefixed problem or technique ("zero-shot cross-lingual transfer") the kind of
    the concept it modifies, or of its siblings (resolve.kinds.plan_setting_kinds); returns
    {old key: new key}."""
    rows = {c["key"]: c for c in st.concept_rows()}
    return _retype(st, rows, plan_setting_kinds(rows.values()))


def _retype(st: GraphStore, rows: Mapping[str, Mapping], kinds: Mapping[str, str]) -> dict[str, str]:
    """Re-key each concept of `kinds` under its new kind, merged into the concept of that key when it exists."""
    mapping = {k: rekey(k, kind) for k, kind in kinds.items()}
    new = [
        {"key": b, "name": rows[a]["name"], "kind": kind_of_key(b), "aliases": list(rows[a].get("aliases") or [])}
        for a, b in sorted(mapping.items())
        if b not in rows
    ]
    if new:
        st.write_rows("upsert_concepts", new)
    if mapping:
        st.merge_concepts(mapping)
    return mapping
