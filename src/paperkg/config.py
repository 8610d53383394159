"""Settings and defaults, read from the environment where it makes sense."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_GRAPH_DIR = Path(os.environ.get("PAPERKG_GRAPH_DIR", "graph"))
DEFAULT_STORE = DEFAULT_GRAPH_DIR / "paperkg.lbdb"
VIEWS_DIR = DEFAULT_GRAPH_DIR / "views"


def _default_buffer_pool_mb() -> int:
    """A quarter of physical memory, at least 1 GiB.

    LadybugDB takes ~80 % of RAM by default, which a laptop tool must not; a
    fixed 1 GiB, measured here, runs out during the checkpoint after loading
    100k papers.
    """
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 1024
    return max(1024, total // 4 // (1024 * 1024))


BUFFER_POOL_BYTES = int(os.environ.get("PAPERKG_BUFFER_POOL_MB") or _default_buffer_pool_mb()) * 1024 * 1024

# Rows per write transaction: big enough to amortise the commit, small enough
# that a failure loses little work (a failed batch rolls back whole).
WRITE_BATCH = int(os.environ.get("PAPERKG_WRITE_BATCH", "500"))


def neo4j_settings(uri: str | None = None) -> dict:
    """Connection settings for Neo4j from arguments or NEO4J_* variables."""
    return {
        "uri": uri or os.environ.get("NEO4J_URI", "neo4j://localhost:7687"),
        "user": os.environ.get("NEO4J_USERNAME", "neo4j"),
        "password": os.environ.get("NEO4J_PASSWORD", "paperkg-local"),
        "database": os.environ.get("NEO4J_DATABASE", "neo4j"),
    }
