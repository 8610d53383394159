"""Load Cypher statements from the `cypher/` files shipped in the package.

A file holds one statement (or, for schema files, several separated by `;`)
under a header of `// key: value` lines:

    // name: leaderboard
    // description: Results reported on a dataset, best first.
    // params: dataset, metric
    // example: paperkg query leaderboard -p dataset=MATH500
    MATCH ...

A parameter may carry a default (`// params: kind, limit=10`, the value read
as JSON); the others must be given.

`NAME.cypher` is the portable text; `NAME.ENGINE.cypher` beside it (for
example `path.neo4j.cypher`) overrides it on one engine where dialects differ.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from paperkg.errors import QueryError

ENGINES = ("ladybug", "neo4j")
_HEADER = re.compile(r"^//\s*(\w+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class Statement:
    name: str
    text: str
    description: str = ""
    params: tuple[str, ...] = ()
    example: str = ""
    defaults: dict = field(default_factory=dict, compare=False)  # `// params: limit=10`
    engine: str | None = None  # set when this is an engine override
    group: str = "queries"
    meta: dict = field(default_factory=dict, compare=False)


def parse_statement(text: str, *, name: str, group: str = "queries", engine: str | None = None) -> Statement:
    """Split a file into its `// key: value` header and the statement body."""
    meta: dict[str, str] = {}
    body: list[str] = []
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m and not body:
            key, value = m.group(1).lower(), m.group(2).strip()
            meta[key] = (meta[key] + " " + value) if key in meta else value
        elif line.strip().startswith("//") and not body:
            meta["description"] = (meta.get("description", "") + " " + line.strip()[2:].strip()).strip()
        else:
            body.append(line)
    params, defaults = parse_params(meta.get("params", ""))
    return Statement(
        name=meta.get("name", name),
        text="\n".join(body).strip().rstrip(";"),
        description=meta.get("description", ""),
        params=params,
        defaults=defaults,
        example=meta.get("example", ""),
        engine=engine,
        group=group,
        meta=meta,
    )


def parse_params(header: str) -> tuple[tuple[str, ...], dict]:
    """Names and defaults of a `// params:` header: "name (what it is), limit=10".

    >>> parse_params("name (a concept), limit=10")
    (('name', 'limit'), {'limit': 10})
    """
    names, defaults = [], {}
    for entry in re.split(r",(?![^(]*\))", header):  # commas inside "(...)" are prose
        token = entry.strip().split(" ")[0]
        if not token:
            continue
        name, _, raw = token.partition("=")
        names.append(name)
        if raw:
            try:
                defaults[name] = json.loads(raw)
            except json.JSONDecodeError:
                defaults[name] = raw
    return tuple(names), defaults


def _root():
    return resources.files("paperkg.cypher")


@lru_cache(maxsize=None)
def load(group: str, name: str, engine: str) -> Statement:
    """The statement `group/name` for an engine: its override if any, else the portable text."""
    folder = _root().joinpath(group)
    for candidate in (f"{name}.{engine}.cypher", f"{name}.cypher"):
        f = folder.joinpath(candidate)
        if f.is_file():
            over = engine if candidate.count(".") == 2 else None
            return parse_statement(f.read_text(encoding="utf-8"), name=name, group=group, engine=over)
    known = ", ".join(s.name for s in list_statements(group)) or "none"
    kind = {"queries": "query", "write": "write statement", "read": "read statement"}.get(group, group)
    raise QueryError(f"no {kind} named {name!r} (known: {known})")


def list_statements(group: str = "queries") -> list[Statement]:
    """Every portable statement in a group, sorted by name."""
    folder = _root().joinpath(group)
    out = []
    if not folder.is_dir():
        return out
    for f in sorted(folder.iterdir(), key=lambda p: p.name):
        if f.name.endswith(".cypher") and f.name.count(".") == 1:
            out.append(parse_statement(f.read_text(encoding="utf-8"), name=f.name[: -len(".cypher")], group=group))
    return out


def load_file(path: str | Path) -> Statement:
    """A user's own .cypher file, for `paperkg query FILE`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file {str(p)!r}: {exc}") from None
    return parse_statement(text, name=p.stem, group="file")


def schema_statements(engine: str) -> list[str]:
    """The schema statements of an engine, in order (split on `;` at line ends)."""
    text = _root().joinpath("schema", f"{engine}.cypher").read_text(encoding="utf-8")
    body = "\n".join(l for l in text.splitlines() if not l.strip().startswith("//"))
    return [s.strip() for s in re.split(r";\s*\n", body + "\n") if s.strip()]
