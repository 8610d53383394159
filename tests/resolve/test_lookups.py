"""A typed acronym that papers write for two concepts answers with both, the most written first (issue 15 item 3)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from paperkg import api
from paperkg.cli import main


def _build(tmp_path) -> str:
    # the SST case of the ACL 44k graph, invented: three papers write "QZT" for a treebank, two for a task that
    # four more papers name without it; the task, of more papers, keeps the alias (one alias, one concept)
    rows = [
        {
            "id": f"d{i}",
            "title": f"Sentiment paper {i}",
            "abstract": "We evaluate sentiment classification on the Quuxford Zorb Treebank (QZT). "
            "Our model improves accuracy on QZT.",
        }
        for i in range(3)
    ]
    rows += [
        {
            "id": f"s{i}",
            "title": f"Speech paper {i}",
            "abstract": "We study quick zebra translation (QZT), a speech task. QZT systems trade latency for quality.",
        }
        for i in range(2)
    ]
    rows += [
        {
            "id": f"t{i}",
            "title": f"More speech {i}",
            "abstract": "Quick zebra translation is hard. We improve quick zebra translation with a new decoder.",
        }
        for i in range(4)
    ]
    src = tmp_path / "p.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    store = str(tmp_path / "g.lbdb")
    api.build([str(src)], store=store)
    return store


def test_an_acronym_written_for_two_concepts_answers_with_both_the_most_written_first(tmp_path):
    store = _build(tmp_path)
    card = api.concept_card("QZT", store=store)
    assert card["name"] == "Quuxford Zorb Treebank"  # 3 papers write QZT for it, 2 for the task holding the alias
    assert [(s["name"], s["writers"], s["paper_count"]) for s in card["senses"]] == [
        ("Quuxford Zorb Treebank", 3, 3),
        ("quick zebra translation", 2, 6),
    ]
    out = CliRunner().invoke(main, ["concept", "QZT", "--store", store])
    assert out.exit_code == 0, out.output
    assert "2 concepts whose papers write 'QZT'" in out.output and "quick zebra translation" in out.output


def test_a_name_a_key_or_a_kind_asks_for_one_concept(tmp_path):
    store = _build(tmp_path)
    task = api.concept_card("quick zebra translation", store=store)
    assert task["senses"] == [] and task["kind"] == "Task"
    assert api.concept_card(task["key"], store=store)["senses"] == []
    only = api.concept_card("QZT", store=store, kind="Task")  # one candidate of the kind: no senses to weigh
    assert (only["name"], only["senses"]) == ("quick zebra translation", [])
