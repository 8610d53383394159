"""scripts/results_precision_rescore.py keeps a hand-judged precision set usable after the extractor changes:
rows still given keep their verdicts, rows gone are dropped, new rows are listed for a person to judge."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(
        "results_precision_rescore", ROOT / "scripts" / "results_precision_rescore.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rescore = _script()

SENTENCE = "QuokkaNet reaches 93.1 LAS on the Quokka Treebank."


def _judged(value: str, verdict: str, **row) -> dict:
    return {
        "id": "p",
        "title": "T",
        "sentence": SENTENCE,
        "verdict": verdict,
        "row": {"subject": "QuokkaNet", "dataset": "Quokka Treebank", "value": value, "kind": "score", **row},
    }


def _now(value: str, **row) -> dict:
    return {
        "id": "p",
        "title": "T",
        "sentence": SENTENCE,
        "subject": "QuokkaNet",
        "dataset": "Quokka Treebank",
        "value": value,
        "kind": "score",
        **row,
    }


def test_rows_still_given_keep_their_verdict_even_with_another_metric_or_baseline():
    split = rescore.match_verdicts(
        [_judged("93.1", "right", metric="LAS")], [_now("93.1", metric="accuracy", compared_to="BiLSTM")]
    )
    assert [r["verdict"] for r in split["counted"]] == ["right"]
    assert split["dropped"] == [] and split["unjudged"] == []


def test_a_changed_subject_dataset_value_or_kind_is_a_new_row_and_the_old_one_is_dropped():
    for change in ({"subject": None}, {"dataset": "Penn Treebank"}, {"value": "93.10"}, {"kind": "gain"}):
        now = {**_now("93.1"), **change}
        split = rescore.match_verdicts([_judged("93.1", "wrong kind")], [now])
        assert split["counted"] == [], change
        assert [r["row"]["value"] for r in split["dropped"]] == ["93.1"]
        assert split["unjudged"] == [now]


def test_equal_rows_pair_off_one_to_one():
    split = rescore.match_verdicts([_judged("1.2", "right")], [_now("1.2"), _now("1.2")])
    assert len(split["counted"]) == 1 and len(split["unjudged"]) == 1


def test_a_later_file_rejudges_a_row():
    first = {**_judged("93.1", "wrong dataset"), "_file": 0}
    later = {**_judged("93.1", "right"), "_file": 1}
    split = rescore.match_verdicts([first, later], [_now("93.1")])
    assert [r["verdict"] for r in split["counted"]] == ["right"]
    assert split["dropped"] == []


def test_summary_counts_verdicts_and_gives_a_wilson_interval():
    split = {"counted": [{"verdict": "right"}] * 3 + [{"verdict": "wrong kind"}], "dropped": [{}], "unjudged": []}
    result = rescore.summary(split)
    assert result["verdicts"]["right"] == 3 and result["verdicts"]["wrong kind"] == 1
    assert result["precision"] == 0.75 and result["precision_without_kind_errors"] == 1.0
    low, high = result["wilson95"]
    assert 0.2 < low < 0.75 < high < 1.0
    assert rescore.wilson_interval(0, 0) == (0.0, 1.0)


def test_summary_gives_the_precision_of_the_rows_a_leaderboard_shows():
    from paperkg.model import MIN_BOARD_CONFIDENCE

    counted = [  # the confidence that counts is the row's now, not the one it had when judged
        {"verdict": "right", "row": {"confidence": 0.1}, "now": {"confidence": MIN_BOARD_CONFIDENCE}},
        {"verdict": "wrong dataset", "now": {"confidence": 0.9}},
        {"verdict": "right", "now": {"confidence": 0.95}},
        {"verdict": "wrong kind", "row": {"confidence": 0.9}, "now": {"confidence": MIN_BOARD_CONFIDENCE - 0.05}},
        {"verdict": "right", "now": {}},  # no confidence: never on a board
    ]
    board = rescore.summary({"counted": counted, "dropped": [], "unjudged": []})["on_boards"]
    assert (board["right"], board["counted"], board["precision"]) == (2, 3, 0.667)
    assert rescore.summary({"counted": [], "dropped": [], "unjudged": []})["on_boards"]["precision"] is None


def test_a_row_without_a_known_verdict_is_refused_with_its_file_and_line(tmp_path):
    path = tmp_path / "judged.jsonl"
    path.write_text(json.dumps(_judged("93.1", "right")) + "\n" + json.dumps(_judged("1.2", "maybe")) + "\n")
    with pytest.raises(SystemExit, match=r"judged.jsonl:2: verdict 'maybe'"):
        rescore.load_judged([str(path)])


def test_end_to_end_on_an_invented_paper_then_judging_the_new_row(tmp_path, capsys):
    """The real extractor on one invented abstract: a judged row kept, one gone, one new row to judge."""
    title = "Quokka Parsing with Layered Attention"
    abstract = (
        "We present QuokkaNet, a parser with layered attention for dependency parsing. QuokkaNet reaches "
        "93.1 LAS on the Penn Treebank and outperforms the previous best system by 1.2 points on the "
        "French Treebank. The code is public."
    )
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "q", "title": title, "abstract": abstract}) + "\n")
    sentence = abstract.split(". ")[1] + "."
    kept = {
        "id": "q",
        "title": title,
        "sentence": sentence,
        "verdict": "right",
        "why": None,
        "borderline": False,
        "row": {
            "subject": "QuokkaNet",
            "dataset": "Penn Treebank",
            "metric": "accuracy",
            "value": "93.1",
            "kind": "score",
        },
    }
    gone = {**kept, "row": {**kept["row"], "value": "95.0"}, "verdict": "wrong value"}
    judged = tmp_path / "judged.jsonl"
    judged.write_text("".join(json.dumps(r) + "\n" for r in (kept, gone)), encoding="utf-8")
    new = tmp_path / "new.jsonl"

    assert rescore.main([str(judged), "--corpus", str(corpus), "--unjudged", str(new), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["counted"], result["dropped"], result["precision"]) == (1, 1, 1.0)
    assert result["unjudged"] >= 1
    to_judge = [json.loads(line) for line in new.read_text(encoding="utf-8").splitlines()]
    assert all(r["verdict"] is None and r["title"] == title and r["sentence"] for r in to_judge)

    for r in to_judge:
        r["verdict"] = "wrong dataset"
    new.write_text("".join(json.dumps(r) + "\n" for r in to_judge), encoding="utf-8")
    assert rescore.main([str(judged), str(new), "--corpus", str(corpus), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["unjudged"] == 0 and result["counted"] == 1 + len(to_judge)
    assert result["verdicts"]["wrong dataset"] == len(to_judge)


def test_judged_papers_missing_from_the_corpus_are_named(tmp_path):
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x", "title": "Another Paper", "abstract": "Nothing here."}) + "\n")
    with pytest.raises(SystemExit, match="not in .*corpus.jsonl.gz, e.g. 'quokka parsing'"):
        rescore.current_rows({"quokka parsing"}, str(corpus))


def test_a_new_draw_can_leave_out_the_papers_of_earlier_judged_files(tmp_path):
    """results_precision_sample.py --exclude: titles of judged rows, compared as the draw compares them."""
    import results_precision_sample as sample

    judged = tmp_path / "judged.jsonl"
    judged.write_text(json.dumps({"title": "Quokka Parsing: With Layered Attention!"}) + "\n\n", encoding="utf-8")
    assert sample.judged_titles([str(judged)]) == {sample.title_key("quokka parsing with layered attention")}
    judged.write_text(json.dumps({"sentence": "a re-judged row names no paper"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="judged.jsonl:1: a row with no title"):
        sample.judged_titles([str(judged)])


def test_a_new_draw_can_leave_out_papers_by_id_reading_nothing_else(tmp_path):
    """results_precision_sample.py --exclude-ids: only each row's `id` and title are read (held-out files may be
    named); the title's paper id leaves out the same paper filed under another venue's id."""
    import results_precision_sample as sample
    from paperkg.sources.normalise import paper_id

    judged = tmp_path / "held_out.jsonl"
    rows = [
        {"id": "t-quokka", "title": None, "verdict": "whatever"},
        {"id": "2020.sustainlp-1.9", "title": "A Paper Printed Twice"},
        {"row": {}},
    ]
    judged.write_text("\n\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert sample.excluded_ids([str(judged)]) == {"t-quokka", "2020.sustainlp-1.9", paper_id("A Paper Printed Twice")}


def test_not_a_result_is_a_known_verdict():
    assert "not a result" in rescore.VERDICTS


def test_of_a_title_held_twice_the_version_with_the_judged_sentences_is_rescored():
    """A workshop and a main-conference version of one title: the sampler may have judged the later one."""
    first = {"title": "One Title", "abstract": "Our system reaches 41.0 F1 on FooBank."}
    judged = {"title": "One Title", "abstract": "Our model reaches 41.0 F1 on FooBank, the best result."}
    other = {"title": "Another Title", "abstract": "We reach 3.0 BLEU."}
    key = rescore.title_key("One Title")
    sentences = {key: {"Our model reaches 41.0 F1 on FooBank, the best result."}}
    assert rescore.judged_versions([first, judged, other], sentences) == [judged, other]
    # no judged sentence in either version: the first, as read_papers keeps it
    assert rescore.judged_versions([first, judged], {}) == [first]


def test_judged_sets_leave_the_held_out_stop_out_and_join_an_open_draw_at_once(tmp_path):
    held = sorted(rescore.HELD_OUT_STOPS)[0]
    for name in (
        "results_precision_judged.jsonl",
        "results_precision_dev3.jsonl",
        "results_precision_dev_stop40.jsonl",
        "results_precision_dev_stop40_b.jsonl",
        "results_precision_dev_stop40_a.jsonl",
        f"results_precision_dev_{held}.jsonl",
        "results_precision_open_stop41.jsonl",
        "results_precision_open_stop41_x.jsonl",
        "results_precision_judged2.jsonl",
    ):
        (tmp_path / name).write_text("", encoding="utf-8")
    sets = rescore.judged_sets(tmp_path)
    assert set(sets) == {"first", "third", "stop40", "open41"}
    assert [p.name for p in sets["stop40"]] == [
        "results_precision_dev_stop40.jsonl",
        "results_precision_dev_stop40_a.jsonl",
        "results_precision_dev_stop40_b.jsonl",
    ]
    assert [p.name for p in sets["open41"]] == [
        "results_precision_open_stop41.jsonl",
        "results_precision_open_stop41_x.jsonl",
    ]
    assert not any("judged2" in p.name for files in sets.values() for p in files)
