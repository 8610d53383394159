"""Which kind a concept is, decided by the corpus: the majority of its papers' typed mentions.

A paper's entity is typed by that paper alone (a long form's head word, a
context, a guess), so one concept can arrive typed two ways. Merging by name
(resolve.merging) already keeps the kind most papers give a name. Acronym
senses (resolve.senses) move a paper's mention onto a concept of another
kind ("SNLI", a dataset in 40 papers, joins the one paper's "Stanford Natural
Language Inference" typed as a task by its head word); each moved paper is a
vote for the kind it was typed with. A concept takes the kind with most
votes, its own papers voting for its current kind (ties keep it).

>>> plan_kinds({"Task:snli-long": ("Task", 1)}, {"Task:snli-long": {"Dataset": 40, "Task": 2}})
{'Task:snli-long': 'Dataset'}
>>> plan_kinds({"Model:zap": ("Model", 3)}, {"Model:zap": {"Method": 2, "Model": 1}})
{}
"""

from __future__ import annotations

from typing import Mapping


def plan_kinds(own: Mapping[str, tuple[str, int]], moved_in: Mapping[str, Mapping[str, int]]) -> dict[str, str]:
    """{key: new kind} for each concept whose votes favour another kind than its own.

    `own` is {key: (current kind, papers it had before the moves)}; `moved_in`
    is {key: {kind a moved paper was typed with: papers}}.
    """
    out = {}
    for key, (kind, n) in sorted(own.items()):
        votes = dict(moved_in.get(key, {}))
        votes[kind] = votes.get(kind, 0) + n
        best = max(votes, key=lambda k: (votes[k], k == kind, k))
        if best != kind:
            out[key] = best
    return out


__all__ = ["plan_kinds"]
