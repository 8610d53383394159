"""Evaluations nobody has run yet: link prediction on the method/model–dataset graph."""

from __future__ import annotations

import heapq

import networkx as nx
import numpy as np
import scipy.sparse as sp

from paperkg.analytics.projection import SUBJECT_KINDS

#: Rows of the score matrix computed at once; bounds memory on large graphs.
CHUNK = 1024


def evaluation_gaps(
    E: nx.Graph,
    *,
    kind: str | None = None,
    min_degree: int = 2,
    limit: int = 20,
    explain: int = 3,
    candidates: int | None = 2000,
) -> list[dict]:
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
    candidates : int or None, default 2000
        Score only the most-linked subjects and datasets (this many of each;
        paths still run through all). Gaps between well-studied methods and
        benchmarks are the ones worth reporting, and it keeps the score matrix
        at most 2000 x 2000 on any graph. None scores every pair.

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
    kinds = (kind,) if kind else SUBJECT_KINDS
    deg = dict(E.degree())
    subjects = sorted(n for n, a in E.nodes(data=True) if a.get("bipartite") == 0 and deg[n] >= min_degree)
    datasets = sorted(n for n, a in E.nodes(data=True) if a.get("bipartite") == 1 and deg[n] >= min_degree)
    wanted = _most_linked(deg, [n for n in subjects if E.nodes[n].get("kind") in kinds], candidates)
    targets = _most_linked(deg, datasets, candidates)
    if not wanted or not targets:
        return []
    # Degrees are taken in the whole graph, so a hub stays a hub after filtering.
    A = nx.bipartite.biadjacency_matrix(E, subjects, datasets, weight=None, format="csr").astype(np.float64)
    A.data[:] = 1.0
    ks = np.array([deg[n] for n in subjects], dtype=np.float64)
    kd = np.array([deg[n] for n in datasets], dtype=np.float64)
    norm = (sp.diags(1 / np.sqrt(ks)) @ A @ sp.diags(1 / np.sqrt(kd))).tocsc()
    row_of = {n: i for i, n in enumerate(subjects)}
    col_of = {n: j for j, n in enumerate(datasets)}
    rows_idx = np.array([row_of[n] for n in wanted])
    cols_idx = np.array([col_of[n] for n in targets])
    # Every subject carries paths (m' in m - d' - m' - d); only candidates are scored.
    M2 = (norm.T @ A[:, cols_idx]).tocsr()  # d' -> candidate d through any subject
    best: list[tuple[float, str, str]] = []
    for lo in range(0, len(rows_idx), CHUNK):
        chunk = rows_idx[lo : lo + CHUNK]
        S = (A[chunk] @ M2).toarray()
        S[A[chunk][:, cols_idx].toarray() > 0] = 0.0  # existing links are not gaps
        S[np.isclose(S, 0.0)] = 0.0
        flat = S.ravel()
        top = np.flatnonzero(flat > 0)
        if len(top) > limit:
            top = top[np.argpartition(-flat[top], limit - 1)[:limit]]
        for i in top.tolist():
            r, c = divmod(i, S.shape[1])
            item = (round(float(flat[i]), 12), _neg(subjects[chunk[r]]), _neg(targets[c]))
            if len(best) < limit:
                heapq.heappush(best, item)
            else:
                heapq.heappushpop(best, item)
    out = []
    for score, s, d in sorted(best, reverse=True):
        s, d = s.key, d.key
        out.append(
            {
                "subject": s,
                "subject_name": E.nodes[s].get("name", s),
                "subject_kind": E.nodes[s].get("kind"),
                "dataset": d,
                "dataset_name": E.nodes[d].get("name", d),
                "score": score,
                "because": [
                    E.nodes[m].get("name", m) for m in _reasons(A, norm, subjects, row_of[s], col_of[d], explain)
                ],
            }
        )
    return out


def _most_linked(deg: dict, nodes: list, n: int | None) -> list:
    """The `n` nodes with most links (ties by key), in key order."""
    if n is None or len(nodes) <= n:
        return nodes
    return sorted(sorted(nodes, key=lambda k: (-deg[k], k))[:n])


class _neg:
    """A key that sorts in reverse, so the heap keeps the smallest keys on ties."""

    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return self.key > other.key

    def __eq__(self, other):
        return self.key == other.key


def _reasons(A: sp.csr_array, norm: sp.csc_array, subjects: list, i: int, j: int, n: int) -> list:
    """The subjects m' that carry most of the L3 score of (subject i, dataset j):
    each path i - d' - m' - j adds norm[m', d'] to m'."""
    share = (norm @ A[[i]].T).toarray().ravel()
    share *= A[:, [j]].toarray().ravel() > 0
    share[i] = 0.0
    top = [k for k in np.lexsort((np.arange(len(share)), -share))[:n] if share[k] > 0]
    return [subjects[k] for k in top]
