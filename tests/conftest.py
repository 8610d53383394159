"""Shared fixtures: small inputs built per test, and the shared corpus."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# --import-mode=importlib puts no test folder on sys.path: the store tests of both
# engines (tests/store, tests/integration) share tests/store/graphs.py.
sys.path.insert(0, str(ROOT / "tests" / "store"))
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture
def daily_file(tmp_path: Path):
    """Write a Daily Papers dump: write(name, date, [(title, abstract), ...])."""

    def write(name: str, date: str, pairs, header: bool = True) -> Path:
        lines = (
            [
                "new",
                "",
                "Get trending papers in your email inbox!",
                "",
                "Subscribe",
                "",
                "byAK and the research community",
                "",
            ]
            if header
            else []
        )
        lines += [date, ""]
        for title, abstract in pairs:
            lines += [title, ""] + ([abstract, ""] if abstract else [])
        path = tmp_path / name
        path.write_text("\n".join(lines), encoding="utf-8")
        return path

    return write


@pytest.fixture
def jsonl_file(tmp_path: Path):
    def write(name: str, records) -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return path

    return write


@pytest.fixture
def abstract():
    """abstract(topic): a plausible abstract long enough to read as one."""
    return make_abstract


def make_abstract(topic: str, extra: str = "") -> str:
    return (
        f"We study {topic} in large language models. Our method improves results on standard "
        f"benchmarks while keeping inference cheap, and we analyse why it works. {extra}"
    ).strip()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The four Daily Papers dumps in ../shared; missing means a broken checkout."""
    assert CORPUS.is_dir(), f"expected the shared corpus at {CORPUS}"
    return CORPUS


@pytest.fixture
def held_by_child():
    """`with held_by_child(code):` runs `code` in a child Python that then holds
    what it opened (a lock, a store) until the block ends and the child is killed."""

    @contextlib.contextmanager
    def hold(code: str):
        child = subprocess.Popen(
            [sys.executable, "-c", f"{code}\nimport time\nprint('ready', flush=True)\ntime.sleep(30)"],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout.readline().strip() == "ready"
            yield child
        finally:
            child.kill()
            child.wait()

    return hold


@pytest.fixture
def sigkill_once_written():
    """`kill(proc, path, min_bytes)`: SIGKILL a running build as soon as `path`
    holds `min_bytes` (so it dies part-way), failing if it finished first."""

    def kill(proc: subprocess.Popen, path: Path, min_bytes: int, *, poll: float = 0.2, timeout: float = 60) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline and proc.poll() is None:
            time.sleep(poll)
            if path.exists() and path.stat().st_size > min_bytes:
                break
        assert proc.poll() is None, "the build finished before it could be killed; make the input bigger"
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    return kill


# -- a real Neo4j 5.26 (tests/integration/conftest.py says how it is started) --

NEO4J_SCRIPT = ROOT / "scripts" / "neo4j-server.sh"


def _parse_exports(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if line.startswith("export ") and "=" in line:
            key, value = line[len("export ") :].split("=", 1)
            out[key] = value
    return out


@pytest.fixture(scope="session")
def neo4j_settings(tmp_path_factory) -> dict[str, str]:
    """{uri, user, password, database} of a running server: NEO4J_URI's, or one started here."""
    if os.environ.get("NEO4J_URI"):
        yield {
            "uri": os.environ["NEO4J_URI"],
            "user": os.environ.get("NEO4J_USERNAME", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
            "database": os.environ.get("NEO4J_DATABASE", "neo4j"),
        }
        return
    env = {**os.environ, "NEO4J_STATE_DIR": str(tmp_path_factory.mktemp("neo4j-state")), "PYTHON": sys.executable}
    started = subprocess.run([str(NEO4J_SCRIPT), "start"], env=env, capture_output=True, text=True)
    if started.returncode != 0:
        pytest.fail(
            f"could not start the test Neo4j with {NEO4J_SCRIPT} start:\n{started.stderr[-4000:]}", pytrace=False
        )
    exports = _parse_exports(started.stdout)
    try:
        yield {
            "uri": exports["NEO4J_URI"],
            "user": exports["NEO4J_USERNAME"],
            "password": exports["NEO4J_PASSWORD"],
            "database": exports.get("NEO4J_DATABASE", "neo4j"),
        }
    finally:
        subprocess.run([str(NEO4J_SCRIPT), "stop"], env=env, capture_output=True, text=True)


@pytest.fixture
def neo4j_store(neo4j_settings, monkeypatch):
    """An empty Neo4jStore on the test server (the database is cleared before each test).

    NEO4J_* point at the server during the test, so api functions and CLI
    commands given the URI use the same credentials.
    """
    from paperkg.store.neo4j import Neo4jStore

    monkeypatch.setenv("NEO4J_URI", neo4j_settings["uri"])
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_settings["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings["password"])
    monkeypatch.setenv("NEO4J_DATABASE", neo4j_settings["database"])
    with Neo4jStore.connect(
        neo4j_settings["uri"],
        user=neo4j_settings["user"],
        password=neo4j_settings["password"],
        database=neo4j_settings["database"],
    ) as st:
        st.clear()
        yield st
