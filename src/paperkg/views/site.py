"""Writing a static site: pages rebuilt only when their inputs change, plain pages for papers and the index.

A `Page` names its file, a fingerprint of everything it is made from and a
function that renders it. `write_pages` renders only the pages whose
fingerprint differs from the one recorded in the site's manifest (or whose
file is gone), removes pages the site no longer has, and records the new
fingerprints: after a `paperkg build` that changed a few papers, only the
pages those papers reach are written again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from paperkg.views.index import _write_atomic
from paperkg.views.page import ASSET_DIR, TEMPLATE_DIR, _environment, safe_url

MANIFEST = ".paperkg-site.json"
VIS_ASSET = "assets/vis-network.min.js"
SEARCH_ASSET = "assets/search-index.js"


@dataclass
class Page:
    """One file of the site: rendered by `render()` only when `fingerprint` (JSON-able) changed."""

    filename: str
    fingerprint: Any
    render: Callable[[], str]
    kind: str = "page"


@dataclass
class SiteSummary:
    out_dir: Path
    pages: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    bytes: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "out_dir": str(self.out_dir),
            "pages": self.pages,
            "written": self.written,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "by_kind": self.by_kind,
            "bytes": self.bytes,
        }


def _salt() -> str:
    """Changes whenever a template, the views' code or the vendored library does: every page is rebuilt then."""
    h = hashlib.sha1()
    code = sorted(Path(__file__).parent.glob("*.py")) + [Path(__file__).parents[1] / "site.py"]
    for path in sorted(TEMPLATE_DIR.glob("*.html")) + code + [ASSET_DIR / "vis-network.min.js"]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    from paperkg import __version__

    h.update(str(__version__).encode())
    return h.hexdigest()


def fingerprint(salt: str, data: Any) -> str:
    return hashlib.sha1(json.dumps([salt, data], sort_keys=True, default=str).encode()).hexdigest()


def write_pages(
    out_dir: str | Path,
    pages: Iterable[Page],
    *,
    progress: Callable[[str], None] | None = None,
) -> SiteSummary:
    """Write the site's pages under `out_dir` incrementally (see the module docstring)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest_path = out / MANIFEST
    try:
        old = json.loads(manifest_path.read_text(encoding="utf-8")).get("pages", {})
    except (OSError, ValueError):
        old = {}
    salt = _salt()
    summary = SiteSummary(out_dir=out)
    new: dict[str, str] = {}
    for page in pages:
        fp = fingerprint(salt, page.fingerprint)
        new[page.filename] = fp
        summary.pages += 1
        summary.by_kind[page.kind] = summary.by_kind.get(page.kind, 0) + 1
        path = out / page.filename
        if old.get(page.filename) == fp and path.exists():
            summary.unchanged += 1
            continue
        _write_atomic(path, page.render())
        summary.written += 1
        if progress and summary.written % 2000 == 0:
            progress(f"{summary.written:,} pages written")
    for name in sorted(set(old) - set(new)):
        if (out / name).exists() and "/" not in name:
            (out / name).unlink()
            summary.removed += 1
    _write_atomic(manifest_path, json.dumps({"pages": new}, sort_keys=True))
    summary.bytes = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return summary


def copy_assets(out_dir: str | Path) -> None:
    """The shared vis-network file every graph page loads by relative path (no network)."""
    target = Path(out_dir) / VIS_ASSET
    source = ASSET_DIR / "vis-network.min.js"
    if not target.exists() or target.read_bytes() != source.read_bytes():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        os.chmod(target, 0o644)
    for lic in ASSET_DIR.glob("LICENSE-*"):
        shutil.copyfile(lic, target.parent / lic.name)


def search_script(entries: list[list[str]]) -> str:
    """`assets/search-index.js`: [name, kind, file, also] rows as a script (a file:// page can
    load a script, not fetch JSON). JSON inside a script: `<` is escaped so no row ends it."""
    data = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f"window.PAPERKG_SEARCH = {data};\n"


def render_template(name: str, **context: Any) -> str:
    return _environment().get_template(name).render(**context)


def paper_context(row: dict, concepts: list[dict], similar: list[dict]) -> dict:
    """What a paper page shows; links only to http(s) or to pages of the site."""
    return {"paper": {**row, "url": safe_url(row.get("url"))}, "concepts": concepts, "similar": similar}
