"""A Neo4j server killed in the middle of a build: one line, exit 3, in bounded time."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from paperkg.store.neo4j import RETRY_SECONDS, Neo4jStore

pytestmark = pytest.mark.neo4j
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j-server.sh"
#: What the README promises: the retry budget, the 5 s connection timeout and the driver's back-off.
BOUND_SECONDS = 2 * RETRY_SECONDS + 10


def test_a_server_killed_mid_build_fails_it_in_one_line_within_the_bound(tmp_path):
    env = {**os.environ, "NEO4J_STATE_DIR": str(tmp_path / "state"), "PYTHON": sys.executable}
    started = subprocess.run([str(SCRIPT), "start"], env=env, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr[-3000:]
    try:
        exports = dict(
            line[len("export ") :].split("=", 1) for line in started.stdout.splitlines() if line.startswith("export ")
        )
        server = int(re.search(r"pid (\d+)", started.stderr).group(1))
        src = tmp_path / "papers.jsonl"
        src.write_text(
            "".join(
                json.dumps(
                    {
                        "title": f"Paper {i}",
                        "abstract": f"We study topic {i} with LoRA on "
                        f"GSM8K. It reaches {i % 90}.5% accuracy on MMLU, beating GPT-4.",
                    }
                )
                + "\n"
                for i in range(4000)
            ),
            encoding="utf-8",
        )
        build_env = {**os.environ, **exports, "PAPERKG_WRITE_BATCH": "50"}
        build = subprocess.Popen(
            [sys.executable, "-m", "paperkg", "build", str(src), "--store", exports["NEO4J_URI"]],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=build_env,
        )
        with Neo4jStore.connect(
            exports["NEO4J_URI"], user=exports["NEO4J_USERNAME"], password=exports["NEO4J_PASSWORD"], apply_schema=False
        ) as st:
            deadline = time.time() + 120
            while build.poll() is None and st.paper_count() == 0 and time.time() < deadline:
                time.sleep(0.3)
        assert build.poll() is None, "the build finished before the server could be killed"
        os.kill(server, signal.SIGKILL)
        killed = time.monotonic()
        out, err = build.communicate(timeout=BOUND_SECONDS + 30)
        took = time.monotonic() - killed
        assert build.returncode == 3
        assert err.startswith(f"error: cannot reach Neo4j at {exports['NEO4J_URI']}") and err.count("\n") == 1, err
        assert took < BOUND_SECONDS, f"failed {took:.1f} s after the kill"
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True, text=True, timeout=120)
