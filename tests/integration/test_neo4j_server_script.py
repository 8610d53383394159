"""scripts/neo4j-server.sh fails loudly, and stop/status behave when nothing runs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.neo4j

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j-server.sh"


def run(args, tmp_path, **env):
    full = {
        **os.environ,
        "NEO4J_STATE_DIR": str(tmp_path / "state"),
        "PYTHON": sys.executable,
        "TMPDIR": str(tmp_path),
        **env,
    }
    return subprocess.run([str(SCRIPT), *args], env=full, capture_output=True, text=True, timeout=300)


def test_a_server_that_cannot_start_fails_with_its_log(tmp_path, neo4j_settings):
    # neo4j_settings first: the jars are fetched and cached by then
    with socket.socket() as busy:  # the Bolt port is taken: the server must give up, loudly
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        out = run(["start"], tmp_path, NEO4J_BOLT_PORT=str(busy.getsockname()[1]))
    assert out.returncode == 1
    assert "ERROR: Neo4j did not start" in out.stderr
    assert "already in use" in out.stderr  # the server's own complaint is shown
    assert out.stdout == ""  # no exports for a caller to eval
    assert not (tmp_path / "state" / "state.env").exists()


def test_a_bad_setting_stops_before_the_server_starts(tmp_path, neo4j_settings):
    out = run(["start"], tmp_path, NEO4J_PAGECACHE="not-a-size")
    assert out.returncode == 1 and "not-a-size" in out.stderr
    assert "ERROR: neo4j-admin dbms set-initial-password failed" in out.stderr and out.stdout == ""


def test_stop_and_status_without_a_server(tmp_path):
    assert run(["stop"], tmp_path).returncode == 0
    status = run(["status"], tmp_path)
    assert status.returncode == 1 and "not running" in status.stderr


def test_unknown_command_is_a_usage_error(tmp_path):
    out = run(["restart"], tmp_path)
    assert out.returncode == 2 and "usage:" in out.stderr
