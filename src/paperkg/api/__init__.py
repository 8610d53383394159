"""One function per CLI verb, chaining the steps. No click, no printing:
functions return data; progress goes through an optional callback.

The verbs live by group (build_graph, extraction, queries, transfer, analysis, views);
`from paperkg import api; api.build(...)` reaches every one of them.
"""

from __future__ import annotations

from paperkg.api.analysis import (
    LARGE_GRAPH_PAPERS,
    communities,
    concept_card,
    concept_path,
    gaps,
    leaderboard,
    leaderboards,
    rank_concepts,
    similar_papers,
    task,
    tasks,
    trends,
)
from paperkg.api.build_graph import (
    BuildSummary,
    Progress,
    build,
    check_writable,
    remove_paper,
    stats,
    zip_papers_extractions,
)
from paperkg.api.extraction import ExtractSummary, extract_to_file
from paperkg.api.queries import list_queries, run_query
from paperkg.api.transfer import export, sync
from paperkg.api.views import (
    view_community,
    view_concept,
    view_leaderboard,
    view_overview,
    view_paper,
    view_task,
    view_trends,
)
from paperkg.store import open_store

__all__ = [
    "LARGE_GRAPH_PAPERS",
    "BuildSummary",
    "ExtractSummary",
    "Progress",
    "build",
    "check_writable",
    "communities",
    "concept_card",
    "concept_path",
    "export",
    "extract_to_file",
    "gaps",
    "leaderboard",
    "leaderboards",
    "list_queries",
    "open_store",
    "rank_concepts",
    "remove_paper",
    "run_query",
    "similar_papers",
    "stats",
    "sync",
    "task",
    "tasks",
    "trends",
    "view_community",
    "view_concept",
    "view_leaderboard",
    "view_overview",
    "view_paper",
    "view_task",
    "view_trends",
    "zip_papers_extractions",
]
