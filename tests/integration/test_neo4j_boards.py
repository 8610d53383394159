"""leaderboard and task on the real Neo4j answer as on the embedded store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analytics"))  # importlib mode: no test folder on the path

from board_samples import board_graphs, check_boards  # noqa: E402

pytestmark = pytest.mark.neo4j


def test_leaderboard_and_task_on_neo4j(neo4j_store, neo4j_settings):
    neo4j_store.write_papers(board_graphs())
    check_boards(neo4j_settings["uri"])


def test_translation_boards_rank_per_language_pair_on_neo4j(neo4j_store, neo4j_settings):
    from board_samples import check_pairs, pair_graphs

    neo4j_store.write_papers(pair_graphs())
    check_pairs(neo4j_settings["uri"])


def test_shared_task_boards_rank_per_sub_task_on_neo4j(neo4j_store, neo4j_settings):
    from board_samples import check_parts, part_graphs

    neo4j_store.write_papers(part_graphs())
    check_parts(neo4j_settings["uri"])


def test_one_metric_on_two_scales_ranks_apart_on_neo4j(neo4j_store, neo4j_settings):
    from board_samples import check_scales, scale_graphs

    neo4j_store.write_papers(scale_graphs())
    check_scales(neo4j_settings["uri"])


def test_a_task_page_shows_what_it_has_evidence_for_on_neo4j(neo4j_store, neo4j_settings):
    from board_samples import check_task_page, task_page_graphs

    neo4j_store.write_papers(task_page_graphs())
    check_task_page(neo4j_settings["uri"])
