"""benchmarks/results_gate_apply.py fits the learned result-row gate on judged rows and removes the rows under its
cut from a prediction file: a real fit on a small judged file made from invented abstracts, no mocks."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("results_gate_apply", ROOT / "benchmarks" / "results_gate_apply.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gate = _script()

#: papers whose rows make the judged file (labels invented: a %-value is "wrong dataset", any other row "right")
JUDGED = [
    (
        "j1",
        "QuokkaNet: Parsing with Marsupial Graphs",
        "We present QuokkaNet, a graph-based dependency parser. QuokkaNet achieves 93.1 LAS on the Quokka"
        " Treebank and 91.4 LAS on the Wombat Treebank. It also reaches 88.2 UAS on the Koala Treebank test set.",
    ),
    (
        "j2",
        "Numbat: Sentiment with Fewer Labels",
        "We introduce Numbat, a semi-supervised sentiment classifier. Numbat obtains an accuracy of 94.2% on"
        " the Bilby Reviews corpus and 90.7% on the Dingo Reviews corpus, and 87.5% on the Echidna Tweets test set.",
    ),
    (
        "j3",
        "TiwiTag: Tagging Low-Resource Languages",
        "We propose TiwiTag, a part-of-speech tagger for low-resource languages. TiwiTag reaches 96.3% accuracy"
        " on the Tiwi Treebank and 94.1% accuracy on the Yolngu Treebank.",
    ),
    (
        "j4",
        "Translation with Possum Attention",
        "We describe Possum, an attention variant for translation. Possum achieves 31.4 BLEU on the Bandicoot"
        " News corpus and 28.9 BLEU on the Cassowary News corpus.",
    ),
]
#: the papers to gate (not in the judged file)
PRED = [
    (
        "p1",
        "Platypus: Question Answering over Rivers",
        "We present Platypus, a reader for question answering. Platypus reaches 81.3 F1 on the Billabong"
        " Questions corpus and 79.6 F1 on the Murray Questions corpus.",
    ),
    (
        "p2",
        "Wallaby: Summaries of Bush Reports",
        "We introduce Wallaby, an abstractive summariser. Wallaby reaches 44.1 ROUGE-1 on the Outback Reports"
        " corpus and 40.2 ROUGE-1 on the Scrub News corpus.",
    ),
]


def _texts(tmp: Path, name: str, papers) -> Path:
    path = tmp / name
    path.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a}) + "\n" for i, t, a in papers))
    return path


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The judged file (rows of JUDGED with invented verdicts), PRED's texts and its prediction file."""
    from paperkg.extract import load_pipeline
    from paperkg.sources import read_papers

    import results_confidence_study as S
    import results_precision_rescore as R

    tmp = tmp_path_factory.mktemp("gate")
    nlp = load_pipeline()
    judged = []
    for p in read_papers([_texts(tmp, "judged_texts.jsonl", JUDGED)]):
        for row in S.paper_rows(nlp, p)[1]:
            f = row["features"]
            right = not f["unit=%"]
            judged.append(
                {
                    "set": "invented",
                    "paper": R.title_key(row["title"]),
                    "right": right,
                    "verdict": "right" if right else "wrong dataset",
                    "confidence": row["confidence"],
                    "features": f,
                }
            )
    assert sum(r["right"] for r in judged) >= 4 and sum(not r["right"] for r in judged) >= 2, judged
    (tmp / "judged.jsonl").write_text("".join(json.dumps(r) + "\n" for r in judged))
    texts = _texts(tmp, "texts.jsonl", PRED)
    preds = [S.paper_rows(nlp, p)[0] for p in read_papers([texts])]
    assert sum(len(p["results"]) for p in preds) >= 3, preds
    (tmp / "pred.jsonl").write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds))
    return tmp, judged


def test_the_fit_leaves_out_papers_of_the_prediction_and_cuts_at_the_share_of_right_rows(made):
    _, judged = made
    names = gate.feature_names(judged)
    assert len(names) == 62 and not set(names) & set(gate.S.NEW_FEATURES)
    score, cut, train = gate.fit_gate(judged, set(), names, share=0.05)
    assert len(train) == len(judged)
    s = score(train)
    right = [x for x, r in zip(s, train, strict=True) if r["right"]]
    # the cut is a right row's score, with at most 5% of the right rows under it
    assert cut in right and sum(x < cut for x in right) <= 0.05 * len(right)
    one = judged[0]["paper"]
    _, _, train2 = gate.fit_gate(judged, {one}, names)
    assert len(train2) == len(judged) - sum(r["paper"] == one for r in judged)


def test_gating_removes_exactly_the_rows_under_the_cut_and_keeps_the_rest_as_read(made):
    tmp, judged = made
    preds = gate.read_jsonl(tmp / "pred.jsonl")
    featured = gate.featured_rows(tmp / "texts.jsonl", None)
    score, _, _ = gate.fit_gate(judged, set(), gate.feature_names(judged))
    scores = [x for p in preds for x in score(featured[p["id"]][1])]
    levels = sorted(set(scores))
    assert len(levels) >= 2, scores
    cut = levels[1]  # the rows of the lowest score fall under it, no other
    under = sum(x < cut for x in scores)
    out, counts = gate.apply_gate(preds, featured, score, cut)
    assert counts["removed"] == under >= 1 and counts["rows"] == len(scores)
    assert sum(len(p["results"]) for p in out) == len(scores) - under
    assert [p["entities"] for p in out] == [p["entities"] for p in preds]
    # a row the re-extraction does not give (another extractor's) is kept and counted
    extra = {**preds[0]["results"][0], "value": "99.9"}
    odd = [{**preds[0], "results": [*preds[0]["results"], extra]}, preds[1]]
    out2, counts2 = gate.apply_gate(odd, featured, score, cut)
    assert counts2["no twin (kept)"] == 1 and extra in out2[0]["results"]


def test_the_command_writes_byte_identical_files_and_unchanged_lines_as_read(made, capsys):
    tmp, _ = made
    args = [
        "--pred",
        str(tmp / "pred.jsonl"),
        "--texts",
        str(tmp / "texts.jsonl"),
        "--judged",
        str(tmp / "judged.jsonl"),
    ]
    assert gate.main([*args, "--out", str(tmp / "a.jsonl")]) == 0
    assert gate.main([*args, "--out", str(tmp / "b.jsonl")]) == 0
    assert (tmp / "a.jsonl").read_bytes() == (tmp / "b.jsonl").read_bytes()
    printed = capsys.readouterr().out
    assert "removed" in printed and "62 features" in printed
    before = (tmp / "pred.jsonl").read_text().splitlines()
    after = (tmp / "a.jsonl").read_text().splitlines()
    assert len(before) == len(after)
    for b, a in zip(before, after, strict=True):
        pb, pa = json.loads(b), json.loads(a)
        assert a == b or (len(pa["results"]) < len(pb["results"]) and {**pa, "results": []} == {**pb, "results": []})
