"""What a --store value names: an embedded store's path or a Neo4j URI.

    >>> store_target("graph/paperkg.lbdb")
    ('ladybug', 'graph/paperkg.lbdb')
    >>> store_target("Neo4j://localhost:7687")
    ('neo4j', 'neo4j://localhost:7687')

Any other `scheme://` is refused: `http://host` must not become a local file
named `http:/host`.
"""

from __future__ import annotations

import re

from paperkg.errors import StoreError

NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+):/")  # one slash too: `http:/x` is no path anyone means


def store_target(value: str) -> tuple[str, str]:
    """('neo4j', uri with its scheme in lower case) or ('ladybug', path); StoreError for another scheme."""
    m = _SCHEME.match(value)
    if m is None:
        return "ladybug", value
    scheme = m.group(1).lower()
    if scheme not in NEO4J_SCHEMES:
        raise StoreError(
            f"unknown store scheme {m.group(1)!r} in {value!r}: --store takes a file path "
            f"or a Neo4j URI ({', '.join(s + '://' for s in NEO4J_SCHEMES)})"
        )
    if not value[m.end() :].startswith("/"):
        raise StoreError(f"bad Neo4j URI {value!r}: expected {scheme}://host:port")
    return "neo4j", scheme + value[len(m.group(1)) :]
