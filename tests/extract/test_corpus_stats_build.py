"""`make corpus-stats` rebuilds the shipped phrase statistics byte for byte:
the same rows give the same file wherever it is written, and annotated papers
never count."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("build_corpus_stats", ROOT / "scripts" / "build_corpus_stats.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _inputs(tmp: Path) -> list[str]:
    """An invented ACL file of four papers (one annotated), a verdicts file, one real Daily Papers dump, no gold."""
    records = [
        {
            "id": f"p{i}",
            "title": f"Paper {i}",
            "abstract": "We use beam search on the Foo treebank. Beam search outperforms greedy decoding.",
        }
        for i in range(3)
    ]
    records.append({"id": "annotated", "title": "Held out", "abstract": "Quux parsing is a task. Quux parsing works."})
    acl = tmp / "acl.jsonl.gz"
    with gzip.open(acl, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in records)
    ann = tmp / "annotations"
    ann.mkdir()
    (ann / "splits.json").write_text(json.dumps({"dev_folds": [["annotated"]], "test": []}), encoding="utf-8")
    # a file of verdicts on another file's rows names no paper (results_precision_rejudged.jsonl)
    (ann / "verdicts.jsonl").write_text(json.dumps({"row": 3, "verdict": "right"}) + "\n", encoding="utf-8")
    (tmp / "seed").mkdir()
    dump = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))[0]
    (tmp / "seed" / dump.name).write_bytes(dump.read_bytes())
    (tmp / "gold.jsonl").write_text("", encoding="utf-8")
    return [
        "--acl",
        str(acl),
        "--seed-corpus",
        str(tmp / "seed"),
        "--annotations",
        str(ann),
        "--gold",
        str(tmp / "gold.jsonl"),
        "--min-df",
        "2",
    ]


def test_rebuild_gives_the_same_bytes_under_any_output_name(tmp_path):
    script = _script()
    args = _inputs(tmp_path)
    first, second = tmp_path / "a" / "stats.tsv.gz", tmp_path / "b" / "other-name.tsv.gz"
    assert script.main([*args, "-o", str(first)]) == 0
    assert script.main([*args, "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    rows = [line.split("\t") for line in gzip.open(first, "rt", encoding="utf-8") if not line.startswith("#")]
    keys = {r[0] for r in rows[1:]}
    assert "beam search" in keys and not any("quux" in k for k in keys)


def test_a_paper_a_results_sample_names_by_its_paper_id_never_counts(tmp_path):
    """The judged results samples carry `t-...` paper ids, not ACL ids: their papers are left out too."""
    from paperkg.sources.normalise import paper_id

    script = _script()
    args = _inputs(tmp_path)
    acl = tmp_path / "acl.jsonl.gz"
    with gzip.open(acl, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    judged = {"id": "2099.fake-1", "title": "A Judged Paper", "abstract": "Zork tagging helps. Zork tagging works."}
    other = {"id": "p9", "title": "Paper 9", "abstract": "We report zork tagging results."}
    with gzip.open(acl, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in [*records, judged, other])
    sample = tmp_path / "annotations" / "results_sample.jsonl"
    sample.write_text(json.dumps({"id": paper_id(judged["title"]), "row": {}}) + "\n", encoding="utf-8")
    out = tmp_path / "stats.tsv.gz"
    assert script.main([*args, "-o", str(out)]) == 0
    keys = {line.split("\t")[0] for line in gzip.open(out, "rt", encoding="utf-8") if not line.startswith("#")}
    assert "beam search" in keys and "zork tagging" not in keys
    sample.unlink()
    assert script.main([*args, "-o", str(out)]) == 0
    keys = {line.split("\t")[0] for line in gzip.open(out, "rt", encoding="utf-8") if not line.startswith("#")}
    assert "zork tagging" in keys


def test_the_shipped_statistics_leave_out_every_paper_annotated_today():
    """A new annotation file (a judged sample, a fresh set) changes what `make corpus-stats` leaves out, so the
    shipped file must be rebuilt with it: its header counts the papers it left out (stops 47-49 added 349
    annotated papers and shipped statistics that still counted their text)."""
    script = _script()
    shipped = ROOT / "src" / "paperkg" / "extract" / "data" / "phrase_stats.tsv.gz"
    with gzip.open(shipped, "rt", encoding="utf-8") as fh:
        header = [next(fh) for _ in range(4)]
    left_out = len(script.annotated_ids(ROOT / "data" / "annotations"))
    assert f"the {left_out} annotated papers of data/annotations/ left out" in "".join(header)
