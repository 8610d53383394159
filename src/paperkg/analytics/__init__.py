"""Pure networkx analytics over projections of the graph: no I/O, no store.

Build a projection from read rows (:mod:`paperkg.analytics.projection`; the
mentions as integer arrays without evidence: :mod:`paperkg.analytics.incidence`),
then call the analytics on it; every function returns plain data.
"""

from paperkg.analytics._graph import gc_paused
from paperkg.analytics.card import concept_card
from paperkg.analytics.communities import community_paper_counts, concept_communities
from paperkg.analytics.cooccurrence import concept_neighbours, cooccurrence_strength, strength
from paperkg.analytics.gaps import evaluation_gaps
from paperkg.analytics.leaderboard import (
    benchmark_key,
    comparisons,
    dataset_variants,
    leaderboard,
    lower_is_better,
    sota_history,
)
from paperkg.analytics.tasks import task_overview
from paperkg.analytics.names import normalise, resolve_concept, resolve_paper
from paperkg.analytics.incidence import Incidence
from paperkg.analytics.paths import chain_pairs, concept_chain, explain_path
from paperkg.analytics.projection import bipartite_graph, concept_index, cooccurrence_graph, evaluation_graph
from paperkg.analytics.rank import betweenness_pivots, centrality, rank_concepts
from paperkg.analytics.similarity import similar_papers
from paperkg.analytics.periods import default_period
from paperkg.analytics.trends import concept_history, concept_series, concept_trends, incidence_series, paper_period

__all__ = [
    "Incidence",
    "betweenness_pivots",
    "community_paper_counts",
    "bipartite_graph",
    "chain_pairs",
    "concept_chain",
    "centrality",
    "concept_card",
    "concept_communities",
    "concept_index",
    "concept_history",
    "concept_neighbours",
    "concept_series",
    "concept_trends",
    "cooccurrence_graph",
    "cooccurrence_strength",
    "default_period",
    "evaluation_gaps",
    "evaluation_graph",
    "explain_path",
    "gc_paused",
    "incidence_series",
    "leaderboard",
    "lower_is_better",
    "normalise",
    "paper_period",
    "rank_concepts",
    "resolve_concept",
    "resolve_paper",
    "similar_papers",
    "strength",
    "benchmark_key",
    "comparisons",
    "dataset_variants",
    "sota_history",
    "task_overview",
]
