"""A killed or running writer never leaves readers stuck, and there is one writer at a time.

Real processes and the real store throughout: a build killed with SIGKILL inside
its final checkpoint, read commands beside a running build, a batched build
beside a bulk one.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import ladybug
import pytest

from paperkg import api
from paperkg.errors import StoreBusyError
from paperkg.store import lock
from paperkg.store.bulk_build import work_dir

# LadybugDB's files of a checkpoint in progress: killed while they exist, the store
# needs recovery that only a read-write open performs.
CHECKPOINT_FILES = (".shadow", ".wal.checkpoint")


def _corpus(path: Path, n: int, start: int = 0) -> Path:
    path.write_text(
        "".join(
            json.dumps(
                {
                    "title": f"Paper {i} on retrieval topic {i * 7}",
                    "abstract": f"We study topic {i} with LoRA on GSM8K. Our method reaches {i % 90}.5% accuracy on MMLU, "
                    f"outperforming GPT-4. We analyse why it works.",
                }
            )
            + "\n"
            for i in range(start, start + n)
        ),
        encoding="utf-8",
    )
    return path


def _paperkg(*args) -> list[str]:
    return [sys.executable, "-m", "paperkg", *map(str, args)]


def _kill_inside_checkpoint(cmd: list[str], store: Path, env: dict) -> bool:
    """Run `cmd`, SIGKILL it as soon as a checkpoint file of `store` appears; True if it died inside one."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    marks = [Path(str(store) + suffix) for suffix in CHECKPOINT_FILES]
    try:
        while proc.poll() is None:
            if any(m.exists() for m in marks):
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.0005)
    finally:
        proc.wait()
    return proc.returncode == -signal.SIGKILL and any(m.exists() for m in marks)


def test_a_build_killed_inside_its_checkpoint_leaves_a_store_every_read_command_answers(tmp_path):
    """kill -9 during LadybugDB's checkpoint, then read: the read command recovers and answers."""
    src = _corpus(tmp_path / "papers.jsonl", 1500)
    store = tmp_path / "g.lbdb"
    env = dict(os.environ, PAPERKG_WRITE_BATCH="500")
    for _ in range(3):  # the checkpoint at the end lasts tens of ms; catch it within three builds
        for leftover in tmp_path.glob("g.lbdb*"):
            leftover.unlink()
        if _kill_inside_checkpoint(_paperkg("build", src, "--store", store, "--no-bulk"), store, env):
            break
    else:
        pytest.fail("three builds finished or died outside their checkpoint")
    with pytest.raises(RuntimeError, match="checkpoint recovery is pending"):
        ladybug.Database(str(store), read_only=True)  # what every read command hit before
    out = subprocess.run(
        _paperkg("stats", "--store", store, "--format", "json"), capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["papers"] == 1500  # every committed batch is there
    assert not any(Path(str(store) + s).exists() for s in CHECKPOINT_FILES)
    again = subprocess.run(
        _paperkg("query", "top_concepts", "-p", "kind=Dataset", "-p", "limit=3", "--store", store, "--format", "json"),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert again.returncode == 0 and 0 < len(json.loads(again.stdout)) <= 3


def test_reads_beside_a_running_build_answer_or_say_a_build_is_writing(tmp_path, monkeypatch):
    store = tmp_path / "g.lbdb"
    api.build([str(_corpus(tmp_path / "first.jsonl", 20))], store=str(store))
    more = _corpus(tmp_path / "more.jsonl", 800, start=20)
    build = subprocess.Popen(
        _paperkg("build", more, "--store", store, "--format", "json"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    monkeypatch.setattr(lock, "READ_WAIT", 0.2)
    answers, busy = [], 0
    cli_reads = []
    while build.poll() is None:
        try:
            answers.append(api.stats(str(store))["papers"])
        except StoreBusyError as exc:
            assert "a build is writing" in str(exc)
            busy += 1
        if len(cli_reads) < 1 and busy:
            cli_reads.append(
                subprocess.run(
                    _paperkg("stats", "--store", store),
                    capture_output=True,
                    text=True,
                    env=dict(os.environ, PAPERKG_READ_WAIT="0.5"),
                    timeout=120,
                )
            )
        time.sleep(0.05)
    out, err = build.communicate()
    assert build.returncode == 0, err  # readers never made the build fail
    assert json.loads(out)["new"] == 800
    assert busy > 0 and all(n in (20, 820) for n in answers)  # whole states only
    for read in cli_reads:  # one line and a documented code, or an answer
        assert read.returncode in (0, 3)
        if read.returncode == 3:
            assert read.stderr.startswith("error: a build is writing") and read.stderr.count("\n") == 1
    assert api.stats(str(store))["papers"] == 820


def test_a_batched_build_waits_out_or_refuses_a_running_bulk_build(tmp_path, held_by_child, monkeypatch):
    """The bulk path holds the store's lock from STORE.building/ to the rename: no second writer."""
    store = tmp_path / "g.lbdb"
    src = _corpus(tmp_path / "p.jsonl", 5)
    monkeypatch.setattr(lock, "WRITE_WAIT", 0.2)
    with held_by_child(f"from paperkg.store.bulk_build import FreshBuild\nb = FreshBuild.open({str(store)!r})"):
        assert work_dir(store).exists()
        with pytest.raises(StoreBusyError, match="store is busy"):
            api.build([str(src)], store=str(store), bulk=False)
        with pytest.raises(StoreBusyError, match="store is busy"):
            api.build([str(src)], store=str(store))
        assert not store.exists()
    assert api.build([str(src)], store=str(store)).new == 5  # the killed holder's leftovers are cleared


def test_a_read_beside_a_writer_is_one_line_and_exit_3(tmp_path, held_by_child):
    store = tmp_path / "g.lbdb"
    api.build([str(_corpus(tmp_path / "p.jsonl", 3))], store=str(store))
    with held_by_child(f"from paperkg.store.ladybug import LadybugStore\ns = LadybugStore({str(store)!r})"):
        out = subprocess.run(
            _paperkg("stats", "--store", store),
            capture_output=True,
            text=True,
            env=dict(os.environ, PAPERKG_READ_WAIT="0.3"),
            timeout=120,
        )
    assert out.returncode == 3 and out.stdout == ""
    assert (
        out.stderr
        == f"error: a build is writing {str(store)!r}: read it again when the build has finished (waited 0.3 s)\n"
    )
