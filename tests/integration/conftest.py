"""A real Neo4j 5.26 for the `neo4j` tests: never mocked, never skipped.

`make test` starts the server (scripts/neo4j-server.sh) and exports NEO4J_URI,
NEO4J_USERNAME and NEO4J_PASSWORD; this fixture uses them. Run as plain
`pytest`, with no NEO4J_URI, it starts its own server with the same script
(jars fetched once with Maven, then cached) and stops it at the end of the
session. If the server cannot start, the tests fail with the script's log.
"""

from __future__ import annotations

import sys
from pathlib import Path

# --import-mode=importlib puts no test folder on sys.path; the query tests
# share their fixture graph from query_graph.py beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

# The Neo4j fixtures (neo4j_settings, neo4j_store) live in tests/conftest.py: the
# store tests (tests/store) run on both engines with them.
