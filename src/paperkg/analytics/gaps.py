"""Evaluations nobody has run yet: link prediction on the method/model–dataset graph."""
from __future__ import annotations

import heapq
import math
from collections import defaultdict

import networkx as nx
import numpy as np
import scipy.sparse as sp

from paperkg.analytics.projection import SUBJECT_KINDS

#: Rows of the score matrix computed at once; bounds memory on large graphs.
CHUNK = 2048


def evaluation_gaps(E: nx.Graph, *, kind: str | None = None, min_degree: int = 2,
                    limit: int = 20, explain: int = 3) -> list[dict]:
    """Method/model–dataset pairs that the graph predicts but no paper reports.

    The score is L3 link prediction for bipartite graphs (Kovács et al.,
    Nature Communications 2019): a subject `m` and a dataset `d` are likely
    linked when `m` shares datasets with other subjects evaluated on `d`;
    each path m – d' – m' – d adds 1 / sqrt(deg(d') deg(m')), so hubs count
    little. Only subjects and datasets with at least `min_degree` links take
    part: a method seen once says too little to predict from.

    Parameters
    ----------
    E : networkx.Graph
        From :func:`paperkg.analytics.projection.evaluation_graph`: node
        attribute ``bipartite`` is 0 for subjects, 1 for datasets; an edge
        means a paper reports or mentions the pair together.
    kind : {"Method", "Model"}, optional
        Only subjects of this kind.
    min_degree : int, default 2
    limit : int, default 20
    explain : int, default 3
        Subjects named as the reason ("evaluated like ...") per gap.

    Returns
    -------
    list of dict
        ``{subject, subject_name, subject_kind, dataset, dataset_name, score,
        because: [subject names]}`` best first, ties by keys.

    Examples
    --------
    >>> E = nx.Graph()
    >>> E.add_nodes_from(["m1", "m2"], bipartite=0, kind="Method")
    >>> E.add_nodes_from(["d1", "d2"], bipartite=1, kind="Dataset")
    >>> E.add_edges_from([("m1", "d1"), ("m2", "d1"), ("m2", "d2")])
    >>> [(g["subject"], g["dataset"]) for g in evaluation_gaps(E, min_degree=1)]
    [('m1', 'd2')]
    """
    subjects = sorted(n for n, a in E.nodes(data=True) if a.get("bipartite") == 0 and E.degree(n) >= min_degree)
    datasets = sorted(n for n, a in E.nodes(data=True) if a.get("bipartite") == 1 and E.degree(n) >= min_degree)
    if not subjects or not datasets:
        return []
    # Degrees are taken in the whole graph, so a hub stays a hub after filtering.
    A = nx.bipartite.biadjacency_matrix(E, subjects, datasets, weight=None, format="csr").astype(np.float64)
    A.data[:] = 1.0
    ks = np.array([E.degree(n) for n in subjects], dtype=np.float64)
    kd = np.array([E.degree(n) for n in datasets], dtype=np.float64)
    norm = sp.diags(1 / np.sqrt(ks)) @ A @ sp.diags(1 / np.sqrt(kd))
    M2 = (norm.T @ A).tocsr()  # datasets x datasets: d' -> d through shared subjects
    # Every subject carries paths; only those of `kind` are candidates.
    wanted = np.array([i for i, n in enumerate(subjects) if E.nodes[n].get("kind") in ((kind,) if kind else SUBJECT_KINDS)],
                      dtype=np.int64)
    best: list[tuple[float, str, str]] = []
    for lo in range(0, len(wanted), CHUNK):
        rows_of = wanted[lo : lo + CHUNK]
        block = A[rows_of]
        S = (block @ M2).tocsr()
        S = (S - S.multiply(block)).tocoo()  # existing links are not gaps
        S.data[np.isclose(S.data, 0.0)] = 0.0
        keep = S.data > 0
        rows, cols, vals = S.row[keep], S.col[keep], S.data[keep]
        if len(vals) > limit:
            top = np.argpartition(-vals, limit - 1)[:limit]
            rows, cols, vals = rows[top], cols[top], vals[top]
        for r, c, v in zip(rows.tolist(), cols.tolist(), vals.tolist()):
            item = (round(v, 12), _neg(subjects[rows_of[r]]), _neg(datasets[c]))
            if len(best) < limit:
                heapq.heappush(best, item)
            else:
                heapq.heappushpop(best, item)
    out = []
    for score, s, d in sorted(best, reverse=True):
        s, d = s.key, d.key
        out.append({"subject": s, "subject_name": E.nodes[s].get("name", s), "subject_kind": E.nodes[s].get("kind"),
                    "dataset": d, "dataset_name": E.nodes[d].get("name", d), "score": score,
                    "because": _reasons(E, s, d, explain)})
    return out


class _neg:
    """A key that sorts in reverse, so the heap keeps the smallest keys on ties."""

    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return self.key > other.key

    def __eq__(self, other):
        return self.key == other.key


def _reasons(E: nx.Graph, s, d, n: int) -> list[str]:
    """The subjects that carry most of the L3 score of (s, d)."""
    share = defaultdict(float)
    for d2 in E[s]:
        for m2 in E[d2]:
            if m2 != s and E.has_edge(m2, d):
                share[m2] += 1 / math.sqrt(E.degree(d2) * E.degree(m2))
    top = sorted(share, key=lambda m: (-share[m], m))[:n]
    return [E.nodes[m].get("name", m) for m in top]
