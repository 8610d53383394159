"""Two builds into one Neo4j at once: each succeeds or says another build is writing."""

from __future__ import annotations

import json
import threading

import pytest

from paperkg import api
from paperkg.errors import StoreBusyError

pytestmark = pytest.mark.neo4j


def test_concurrent_builds_succeed_or_say_another_build_is_writing(tmp_path, neo4j_store):
    shared = "We fine-tune Llama-2 with LoRA and DPO on GSM8K, MATH500 and MMLU, outperforming GPT-4 and Mistral-7B."
    sources = []
    for n in range(2):
        path = tmp_path / f"p{n}.jsonl"
        path.write_text(
            "".join(
                json.dumps({"title": f"Build {n} paper {i}", "abstract": f"{shared} Variant {i}."}) + "\n"
                for i in range(120)
            ),
            encoding="utf-8",
        )
        sources.append(path)
    for _ in range(2):
        neo4j_store.clear()
        outcomes: list = []

        def build(path, outcomes=outcomes):
            try:
                outcomes.append(api.build([str(path)], store=neo4j_store.uri, batch_size=20).new)
            except StoreBusyError as exc:
                outcomes.append(str(exc))

        threads = [threading.Thread(target=build, args=(p,)) for p in sources]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(outcomes) == 2
        for got in outcomes:  # never a constraint error or a traceback
            assert got == 120 or got.startswith(f"another build is writing Neo4j at {neo4j_store.uri}")
        for path in sources:  # whatever was cut short, a rerun completes it
            api.build([str(path)], store=neo4j_store.uri)
        assert neo4j_store.counts()["Paper"] == 240
