"""The direction of imports is the architecture (docs/architecture.md): checked here.

Read with ast, so a lazy import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "paperkg"

# package (a top-level module or subpackage of paperkg) -> paperkg packages it must never import
FORBIDDEN = {
    "errors": {"*"},
    "config": {"*"},
    "model": {"*"},
    "sources": {"extract", "resolve", "store", "reads", "cached", "analytics", "views", "api", "cli"},
    "extract": {"resolve", "store", "reads", "cached", "analytics", "views", "api", "cli"},
    "resolve": {"store", "reads", "cached", "analytics", "views", "api", "cli"},
    "store": {"extract", "resolve", "reads", "cached", "analytics", "views", "api", "cli"},
    "analytics": {"extract", "store", "reads", "cached", "views", "api", "cli"},
    "views": {"extract", "resolve", "store", "reads", "cached", "api", "cli"},
    "reads": {"extract", "resolve", "cached", "views", "api", "cli"},
    "cached": {"api", "cli", "views"},
    "api": {"cli"},
}
# third-party libraries only one package may import (STYLE.md, practice 8)
OWNER = {"click": "cli", "spacy": "extract", "pyvis": "views", "ladybug": "store", "neo4j": "store"}
ALLOWED_EXCEPTIONS = {
    # reads builds the views' node details and ranks a neighbourhood as the view will cut it
    ("reads", "views"),
}


def _package(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path):
    """(imported module, imported names) of every import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, [a.name for a in node.names]


FILES = sorted(p for p in SRC.rglob("*.py") if "egg-info" not in str(p))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_follow_the_layers(path):
    package = _package(path)
    bad = []
    for module, names in _imports(path):
        parts = module.split(".")
        if parts[0] in OWNER and OWNER[parts[0]] != package:
            bad.append(f"{module} (only paperkg.{OWNER[parts[0]]} imports {parts[0]})")
        if parts[0] != "paperkg" or len(parts) < 2:
            continue
        target = parts[1]
        if target == package or (package, target) in ALLOWED_EXCEPTIONS:
            continue
        forbidden = FORBIDDEN.get(package, set())
        if "*" in forbidden or target in forbidden:
            bad.append(f"{module} (paperkg.{package} is below paperkg.{target})")
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        if private or any(p.startswith("_") and not p.startswith("__") for p in parts[2:]):
            bad.append(f"{module}: private {', '.join(private) or module} of another package")
    assert not bad, f"{path.relative_to(SRC)} imports " + "; ".join(bad)
