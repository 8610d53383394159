"""Name resolution: what a person types (a name, an alias, any case) to a node key.

Unknown names raise :class:`paperkg.errors.NotFoundError` carrying close
matches, so the CLI can say "did you mean ...?".
"""

from __future__ import annotations

import difflib

import networkx as nx

from paperkg.analytics._graph import PAPER, concept_nodes
from paperkg.errors import NotFoundError
from paperkg.names import fold


def normalise(name: str) -> str:
    """The comparison every layer uses (`paperkg.names.fold`): ``"Alpaca-Eval 2"``
    and ``"alpacaeval2"`` compare equal.

    Examples
    --------
    >>> normalise("AlpacaEval 2.0")
    'alpacaeval2'
    """
    return fold(name)


def _suggest(query: str, labels: dict[str, str], n: int = 5) -> list[str]:
    """Close matches among `labels` (casefolded label -> display label)."""
    close = difflib.get_close_matches(query.casefold(), list(labels), n=n, cutoff=0.6)
    if not close:  # a short query inside longer names ("moe" in "MoE-LLaVA")
        q = query.casefold()
        close = sorted((k for k in labels if q in k), key=len)[:n] if len(q) >= 2 else []
    out: list[str] = []
    for c in close:
        if labels[c] not in out:
            out.append(labels[c])
    return out


def resolve_concept(G: nx.Graph, name: str, *, kind: str | None = None) -> str:
    """The key of the concept called `name`: by key, name or alias, in any case.

    Exact matches win over normalised ones (punctuation and spaces ignored);
    when several concepts match, the one mentioned by most papers wins, then
    the smallest key.

    Parameters
    ----------
    G : networkx.Graph
        Any projection whose concept nodes carry ``name``, ``kind``, ``aliases``.
    name : str
    kind : str, optional
        Only consider concepts of this kind (``Method``, ``Dataset``, ...).

    Raises
    ------
    NotFoundError
        No concept matches; ``suggestions`` holds close names.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("Method:direct preference optimization", kind="Method",
    ...            name="Direct Preference Optimization", aliases=["DPO"])
    >>> resolve_concept(G, "dpo")
    'Method:direct preference optimization'
    """
    if name in G and G.nodes[name].get("kind", PAPER) != PAPER and (kind is None or G.nodes[name]["kind"] == kind):
        return name
    folded, normal = name.strip().casefold(), normalise(name)
    exact, loose, labels = [], [], {}
    for key, a in concept_nodes(G, kind):
        names = [a.get("name") or key, *(a.get("aliases") or [])]
        for n in names:
            labels.setdefault(n.casefold(), a.get("name") or key)
        rank = (-int(a.get("paper_count") or a.get("papers") or 0), key)
        if any(n.casefold() == folded for n in names):
            exact.append(rank)
        elif normal and any(normalise(n) == normal for n in names):
            loose.append(rank)
    if exact or loose:
        return min(exact or loose)[1]
    what = f"{kind.lower()} " if kind else "concept "
    raise NotFoundError(f"no {what}named {name!r}", _suggest(name, labels))


def resolve_paper(G: nx.Graph, text: str) -> str:
    """The id of the paper given by id, arXiv id, title (any case), or a
    fragment of exactly one title.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("2401.00001", kind="Paper", title="Scaling Sparse Fine-Tuning", arxiv_id="2401.00001")
    >>> resolve_paper(G, "scaling sparse")
    '2401.00001'
    """
    if text in G and G.nodes[text].get("kind") == PAPER:
        return text
    folded, normal = text.strip().casefold(), normalise(text)
    titles, exact, loose, partial = {}, [], [], []
    for pid, a in G.nodes(data=True):
        if a.get("kind") != PAPER:
            continue
        title = a.get("title") or ""
        titles[title.casefold()] = title
        if a.get("arxiv_id") and a["arxiv_id"].casefold() == folded or title.casefold() == folded:
            exact.append(pid)
        elif normal and normalise(title) == normal:
            loose.append(pid)
        elif normal and normal in normalise(title):
            partial.append(pid)
    found = sorted(exact) or sorted(loose) or (partial if len(partial) == 1 else [])
    if found:
        return found[0]
    if len(partial) > 1:
        shown = sorted(G.nodes[p]["title"] for p in partial)[:5]
        raise NotFoundError(f"{text!r} matches {len(partial)} paper titles; give more of the title", shown)
    raise NotFoundError(f"no paper {text!r}", _suggest(text, titles, n=3))
