import pytest

from paperkg.analytics import concept_communities, cooccurrence_graph


def test_two_topics_split_with_exact_modularity(two_topics):
    out = concept_communities(cooccurrence_graph(two_topics))
    assert [sorted(c["members"]) for c in out["communities"]] == [
        ["Dataset:a3", "Method:a1", "Method:a2"],
        ["Dataset:b3", "Method:b1", "Method:b2"],
    ]
    # m = 19 (two triangles of weight-3 edges, one bridge of 1); each side has
    # 9 inside and degree 19: Q = 2 (9/19 - (19/38)^2) = 17/38.
    assert out["modularity"] == pytest.approx(17 / 38)
    first = out["communities"][0]
    assert first["id"] == 0 and first["top"][0] == "Method:a1" and first["label"].startswith("A1 / ")
    assert out["membership"]["Method:b2"] == 1


def test_same_communities_for_any_row_order(two_topics):
    forward = concept_communities(cooccurrence_graph(two_topics))
    two_topics.mentions.reverse()
    two_topics.concepts.reverse()
    assert concept_communities(cooccurrence_graph(two_topics)) == forward


def test_isolated_concepts_belong_to_no_community(data):
    out = concept_communities(cooccurrence_graph(data))
    assert "Metric:accuracy" not in out["membership"]
    assert sum(c["size"] for c in out["communities"]) == 8


@pytest.mark.parametrize("resolution", [0.5, 1.0, 2.0])
def test_modularity_matches_networkx(resolution):
    import networkx as nx

    from paperkg.analytics.communities import _modularity

    G = nx.gnm_random_graph(200, 800, seed=4)
    for u, v in G.edges:
        G[u][v]["weight"] = 1 + (u * v) % 5
    parts = nx.community.louvain_communities(G, seed=1, resolution=resolution)
    q, inner = _modularity(G, parts, "weight", resolution)
    assert q == pytest.approx(nx.community.modularity(G, parts, weight="weight", resolution=resolution))
    part = next(p for p in parts if 0 in p)
    assert inner[0] == sum(d["weight"] for m, d in G[0].items() if m in part)
