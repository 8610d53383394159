"""A concept's display name is chosen by the corpus: the spelling most papers use for it.

Each paper votes once per concept, with its own name for it: the long form
when the paper writes one (the guideline names an entity by its long form,
"Direct Preference Optimization (DPO)"), else the spelling it writes
("SimPO" in every paper that only cites SimPO). The spelling group (folded:
case, hyphens, plural) with most votes wins, ties to a long form; inside it,
the exact spelling most papers write where the case is the writer's choice (not
at the start of a sentence, not in a title), so "attention" stays lower case
when the field writes it so. The name is always a spelling some paper wrote;
every other spelling stays an alias. Keys never change.

>>> text = "T\\n\\nWe use Mixture-of-Experts (MoE) layers. The MoE router is sparse."
>>> spans = [(text.index("Mixture"), text.index(" (MoE")), (text.index("MoE)"), text.index(") layers")),
...          (text.index("MoE router"), text.index(" router"))]
>>> paper_vote(text, spans)
('Mixture-of-Experts', True)
>>> choose_name([("Mixture-of-Experts", True), ("mixture of experts", True), ("MoE", True), ("Mixture of Experts", True),
...              ("Mixture of Experts", True)], current="mixture of expert")
'Mixture of Experts'
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from paperkg.names import fold
from paperkg.resolve.names import is_acronym

_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\n)$")


def _case_known(text: str, start: int) -> bool:
    """False at the start of a sentence or in the title (before the first blank line), where capitals are forced."""
    title_end = text.find("\n\n")
    if start < title_end:
        return False
    return not _SENTENCE_START.search(text[max(0, start - 4) : start])


def paper_vote(text: str, spans: Iterable[tuple[int, int]]) -> tuple[str, bool] | None:
    """One paper's own spelling of a concept (a long form when it writes one) and whether its case is the writer's."""
    seen = [(text[s:e], _case_known(text, s)) for s, e in spans if 0 <= s < e <= len(text)]
    seen = [(w, k) for w, k in seen if w.strip()]
    if not seen:
        return None
    long_forms = [(w, k) for w, k in seen if not is_acronym(w)]
    pool = long_forms or seen
    counts = Counter(w for w, k in pool if k) or Counter(w for w, _ in pool)
    best = max(counts.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]
    return best, any(k for w, k in pool if w == best)


def choose_name(votes: Sequence[tuple[str, bool]], *, current: str | None = None) -> str | None:
    """The display name from per-paper votes `(spelling, case_known)`; None without votes."""
    if not votes:
        return None
    groups = Counter(fold(w) for w, _ in votes)

    def group_rank(g: str) -> tuple:
        members = [w for w, _ in votes if fold(w) == g]
        return (groups[g], not all(is_acronym(w) for w in members), current is not None and fold(current) == g, g)

    best = max(groups, key=group_rank)
    members = [(w, k) for w, k in votes if fold(w) == best]
    exact = Counter(w for w, k in members if k) or Counter(w for w, _ in members)
    return max(exact.items(), key=lambda kv: (kv[1], kv[0] == current, -len(kv[0]), kv[0].islower(), kv[0]))[0]


__all__ = ["choose_name", "paper_vote"]
