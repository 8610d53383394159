"""Shared pieces of the reliability tests: the hostile inputs and a small built store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from paperkg import api

INPUTS = Path(__file__).parent / "inputs"  # copied from ../shared/reliability/inputs/


def store_files(directory: Path) -> dict[str, bytes]:
    """Every file under `directory` (a store, its WAL, lock or working files) with its bytes."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def base_store(tmp_path_factory) -> Path:
    """A store holding two papers, built once; copy it with `existing_store`."""
    root = tmp_path_factory.mktemp("base")
    src = root / "base.jsonl"
    src.write_text(
        "".join(
            json.dumps(r) + "\n"
            for r in (
                {
                    "title": "Base paper one",
                    "abstract": "We fine-tune Llama-2 with LoRA on GSM8K. It reaches 50.1% accuracy.",
                },
                {"title": "Base paper two", "abstract": "We evaluate GPT-4 on MMLU and HumanEval. It works well."},
            )
        ),
        encoding="utf-8",
    )
    store = root / "base.lbdb"
    api.build([str(src)], store=str(store))
    return store


@pytest.fixture
def existing_store(tmp_path, base_store) -> Path:
    """A fresh copy of the two-paper store in its own directory."""
    directory = tmp_path / "existing"
    directory.mkdir()
    shutil.copy(base_store, directory / base_store.name)
    return directory / base_store.name
