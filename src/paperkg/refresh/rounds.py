"""The refresh loop: senses, kinds, merges, names and proposals, repeated until nothing moves."""

from __future__ import annotations

from collections import Counter
from typing import Iterable, cast

from paperkg.refresh.acronyms import assign_acronym_senses, drop_own_acronyms, split_foreign_acronyms
from paperkg.refresh.kinds import retype_moved, retype_settings
from paperkg.refresh.names import dedupe_concepts, rename_concepts
from paperkg.refresh.proposals import drop_late_proposals, split_namesakes, split_own_names
from paperkg.refresh.reading import RowsOnce, lexicon_entries, lexicon_long_forms
from paperkg.resolve.merging import plan_merges
from paperkg.store.protocol import GraphStore

#: Merge-and-rename rounds at most (the second catches twins that renaming made).
ROUNDS = 3


#: Passes at most after a first one, each re-deciding only what the one before changed.
PASSES = 6

#: Full passes at most in a full refresh: it ends when one changes nothing.
FULL_PASSES = 4


def refresh_concepts(st: GraphStore, keys: Iterable[str] | None = None) -> dict[str, int]:
    """Assign senses, settle kinds, merge, rename and dedupe aliases after a build or remove touching `keys`
    (default: all), until nothing changes: each step can give another work (a merged concept holds an
    acronym, a renamed one meets a twin), so a second refresh finds nothing to do.

    After a pass, only what it changed is re-decided, pass after pass until nothing moves. A merge or a
    rename also changes the neighbours other acronyms are judged by (their papers' concepts, a sense's
    profile), which no key of the pass names, so a full refresh then runs another full pass, and ends
    only when a full pass changes nothing: that is the pass a second refresh would run. The full pass is
    not counted among the re-deciding ones, so a long chain of them (a pass that moves a few papers, whose
    moves decide the next) cannot leave it out.

    The passes are capped (`PASSES` re-deciding passes after a pass, `FULL_PASSES` full ones); a refresh
    that stops at a cap with concepts its last pass changed and none re-decided returns how many in
    `pending` (0 when it ended at a fixed point; the CLI says so on stderr): the graph is whole and
    readable, but a further refresh would still move something."""
    total: Counter = Counter()
    full = keys is None
    st = cast(GraphStore, RowsOnce(st))  # concept rows read once between writes, not in every step
    pending: set[str] = set()
    for _ in range(FULL_PASSES if full else 1):
        counts, touched = _refresh_round(st, keys)
        total.update(counts)
        if full and not any(counts.values()):
            pending = set()
            break
        since = set(touched)  # what changed since this pass began: what the next full pass re-decides
        for _ in range(PASSES):
            if not touched:
                break
            counts, touched = _refresh_round(st, touched)
            total.update(counts)
            since |= touched
        pending = since if full else touched
    names = ("senses", "split", "own_names", "retyped", "merged", "renamed", "aliases_dropped", "proposals_dropped")
    out = {k: total[k] for k in names}
    out["pending"] = len(pending)
    return out


def _refresh_round(st: GraphStore, keys: Iterable[str] | None) -> tuple[dict[str, int], set[str]]:
    """One pass of every step; returns its counts and the keys it changed (the next pass's `keys`)."""
    keys = None if keys is None else set(keys)
    moved = assign_acronym_senses(st, keys)
    split = split_foreign_acronyms(st, keys)
    own = split_own_names(st, keys)
    own.update(split_namesakes(st, keys))
    split.update(own)
    moved_to = {*moved.values(), *split.values()}
    retyped = retype_moved(st, moved)
    mapping = plan_merges(
        st.concept_rows(), entry_of=lexicon_entries(), kind_votes=st.kind_votes, listed_long_forms=lexicon_long_forms()
    )
    if mapping:
        st.merge_concepts(mapping)
    settings = retype_settings(st)  # after the merges: a setting follows the kind the corpus settled
    retyped.update(settings)
    if keys is not None:
        keys = (keys | moved_to | set(retyped.values())) - set(retyped)
    touched = None if keys is None else (set(keys) - set(mapping)) | set(mapping.values())
    renamed = rename_concepts(st, touched)
    merged = len(mapping)
    for _ in range(ROUNDS - 1):  # a new name can make a new twin ("XLM-RoBERTa" twice)
        if not (mapping or settings or renamed):
            break  # no row changed since the plan above found nothing: planning again finds nothing
        more = plan_merges(
            st.concept_rows(),
            entry_of=lexicon_entries(),
            kind_votes=st.kind_votes,
            listed_long_forms=lexicon_long_forms(),
        )
        if not more:
            break
        st.merge_concepts(more)
        renamed |= rename_concepts(st, set(more.values()))
        mapping.update(more)
        merged += len(more)
    deduped = dedupe_concepts(st) | drop_own_acronyms(st, None if touched is None else touched | set(mapping.values()))
    late = drop_late_proposals(st, None if touched is None else touched | set(mapping.values()))
    changed = (
        {k for pk in (*moved, *split) for k in pk[1:]}
        | moved_to
        | set(retyped.values())
        | set(mapping.values())
        | renamed
        | deduped
    )
    alive = {c["key"] for c in st.concept_rows()}
    counts = {
        "senses": len(moved),
        "split": len(split) - len(own),
        "own_names": len(own),
        "retyped": len(retyped),
        "merged": merged,
        "renamed": len(renamed),
        "aliases_dropped": len(deduped),
        "proposals_dropped": len(late),
    }
    return counts, changed & alive
