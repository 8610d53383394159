#!/usr/bin/env python3
"""Can a result row's confidence be learned from the judged development rows? (issue 14 items 2-3)

usage: PYTHONPATH=src python benchmarks/results_confidence_study.py [--dump rows.jsonl] [--from rows.jsonl]

Re-extracts the papers of every judged results-precision development set (`judged_sets`: first, third, stop34
onwards; never held-out set 2 (results_precision_judged2*), the locked split or the stop's held-out draw
(`results_precision_rescore.HELD_OUT_STOPS`): 44k records are chosen by the development sets' own titles, and every draw excluded the ids of the
files before it, so no held-out paper shares a title with them), joins every row kept now (confidence >=
MIN_RESULT_CONFIDENCE) to its verdict as scripts/results_precision_rescore.py does, computes features of the row
known at extraction time (the row, its sentence, the paper's entities), and scores a numpy logistic regression
out of fold: leave one set out, and ten folds grouped by paper. The rule confidence is the baseline score. Prints
ROC AUC and, for thresholds chosen on the training folds (so that <= 5% / 10% of their right rows fall under),
the share of wrong and right rows of the held-out fold that fall under, pooled, per set and for the five newest
sets. `--new` adds the features of stop 51 (NEW_FEATURES); `--only` / `--drop` pick a smaller set.
benchmarks/results_gate_gold.py applies the gate to the annotated development papers (the gold-matched view).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import results_precision_rescore as R  # noqa: E402
from results_precision_sample import judged_row  # noqa: E402

A = ROOT / "data/annotations"


def judged_sets() -> dict[str, list[Path]]:
    """The judged development sets (`results_precision_rescore.judged_sets`: never set 2 nor a held-out draw)."""
    return R.judged_sets(A)


#: features added at stop 51 (left out unless --new: the 62 of stop 44 are the default model)
NEW_FEATURES = ("pair", "ds_conf_lt_0.6", "ds_conf_0.6_0.8")
#: the five newest judged sets (the nearest to a fresh draw: rules were read off the older ones)
NEWEST_SETS = ("stop47", "stop48", "stop49", "stop50", "stop51")
NEWEST = "stop47-51 pooled"

NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
COMPARE = re.compile(
    r"\b(?:outperform\w*|than|over|improv\w*|surpass\w*|beat\w*|compared|versus|vs\.?|gains?|boost\w*)\b", re.I
)
SOTA = re.compile(r"state[- ]of[- ]the[- ]art|\bSOTA\b|\bnew best\b", re.I)
RANK = re.compile(r"\b(?:ranked|rank|place[ds]?|\d+(?:st|nd|rd|th))\b", re.I)
UPTO = re.compile(r"\b(?:up to|as much as|as high as|at most|at least|over|more than)\s*$", re.I)
AVERAGE = re.compile(r"\b(?:average|averaged|mean|overall)\b", re.I)
HUMAN = re.compile(r"\b(?:human|annotators?|inter-annotator|agreement|kappa)\b", re.I)
DATA_SIZE = re.compile(
    r"\b(?:sentences|documents|pairs|examples|instances|tokens|words|samples|questions|hours)\b", re.I
)
WE = re.compile(r"\b(?:we|our|ours)\b", re.I)
SPLIT = re.compile(r"\b(?:test|dev|development|validation|held-out|official)\s+(?:set|data|split)s?\b", re.I)
NEGATIVE = re.compile(r"\b(?:only|struggle\w*|far behind|lags?|behind|room for|still|challenging|fail\w*)\b", re.I)
FROM_TO = re.compile(r"\bfrom\s+[\d.]+\s*%?\s+to\s+[\d.]+", re.I)
FIRST_PERSON_SYSTEM = re.compile(r"\bour (?:system|model|approach|method|team|submission|best)\b", re.I)


def records_for(titles: set[str], corpus: str) -> list[dict]:
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if R.title_key(r["title"]) in titles:
                out.append(r)
    return out


def positions(name_forms: list[str], sentence: str) -> list[int]:
    out = []
    for f in name_forms:
        if not f:
            continue
        for m in re.finditer(re.escape(f), sentence):
            out.append(m.start())
    return out


def row_features(raw: dict, sentence: str, entities: list[dict], sent_index: int, n_sents: int, title: str) -> dict:
    """Features of one result row known at extraction time."""
    f: dict[str, float] = {}
    conf = raw["confidence"]
    for level in (0.55, 0.61, 0.8, 0.9, 0.95):
        f[f"conf={level}"] = float(abs(conf - level) < 1e-6)
    f["conf_other"] = float(not any(abs(conf - lv) < 1e-6 for lv in (0.55, 0.61, 0.8, 0.9, 0.95)))
    for kind in ("score", "gain", "reduction"):
        f[f"kind={kind}"] = float(raw["kind"] == kind)
    unit = raw.get("unit") or ""
    f["unit=%"] = float(unit == "%")
    f["unit=points"] = float(unit in ("points", "point", "pp", "pts"))
    f["unit=x"] = float(unit in ("x", "×", "times"))
    f["unit=none"] = float(not unit)
    f["metric"] = float(bool(raw.get("metric")))
    f["subject"] = float(bool(raw.get("subject")))
    f["baseline"] = float(bool(raw.get("compared_to")))
    by_name = {e["name"]: e for e in entities}
    own = {e["name"] for e in entities if e.get("introduced") and e["type"] in ("Method", "Model")}
    f["subject_own"] = float(raw.get("subject") in own)
    ds = by_name.get(raw["dataset"], {})
    forms = [raw["dataset"], *(ds.get("aliases") or [])]
    value = raw["value"]
    vpos = sentence.find(value.split()[0]) if value else -1
    dpos = positions(forms, sentence)
    f["ds_in_sentence"] = float(bool(dpos))
    f["ds_in_title"] = float(any(x and x in title for x in forms))
    if dpos and vpos >= 0:
        d = min(dpos, key=lambda p: abs(p - vpos))
        f["log_char_dist"] = math.log1p(abs(d - vpos))
        f["ds_before_value"] = float(d < vpos)
    else:
        f["log_char_dist"] = math.log1p(200)
        f["ds_before_value"] = 0.0
    sources = set(ds.get("sources") or ())
    f["ds_lexicon"] = float("lexicon" in sources)
    f["ds_stats"] = float("stats" in sources)
    f["ds_entity_conf"] = float(ds.get("confidence", 1.0))
    votes = ds.get("type_scores") or {}
    f["ds_vote_dataset"] = float("Dataset" in votes)
    f["ds_vote_other"] = float(any(k != "Dataset" for k in votes))
    f["ds_introduced"] = float(bool(ds.get("introduced")))
    f["ds_described"] = float(ds.get("described") == "Dataset")
    f["ds_mentions_log"] = math.log1p(len(ds.get("mentions") or ()))
    f["ds_task_word"] = float(bool(re.search(r"\b(?:task|shared|track|semeval|wmt)\b", raw["dataset"], re.I)))
    f["ds_one_word"] = float(" " not in raw["dataset"])
    in_sent = [
        e for e in entities if e["type"] == "Dataset" and positions([e["name"], *(e.get("aliases") or [])], sentence)
    ]
    f["n_datasets_sent"] = float(min(len(in_sent), 4))
    f["n_metrics_sent"] = float(
        min(sum(1 for e in entities if e["type"] == "Metric" and positions([e["name"]], sentence)), 4)
    )
    f["n_models_sent"] = float(
        min(sum(1 for e in entities if e["type"] in ("Method", "Model") and positions([e["name"]], sentence)), 4)
    )
    f["log_n_numbers"] = math.log1p(len(NUMBER.findall(sentence)))
    low = sentence.lower()
    f["respectively"] = float("respectively" in low)
    f["compare_word"] = float(bool(COMPARE.search(sentence)))
    f["sota"] = float(bool(SOTA.search(sentence)))
    f["rank_word"] = float(bool(RANK.search(sentence)))
    f["average_word"] = float(bool(AVERAGE.search(sentence)))
    f["human_word"] = float(bool(HUMAN.search(sentence)))
    f["size_word"] = float(bool(DATA_SIZE.search(sentence)))
    f["we"] = float(bool(WE.search(sentence)))
    f["our_system"] = float(bool(FIRST_PERSON_SYSTEM.search(sentence)))
    f["up_to"] = float(bool(vpos > 0 and UPTO.search(sentence[:vpos])))
    f["bracketed"] = float(vpos > 0 and sentence[:vpos].count("(") > sentence[:vpos].count(")"))
    number = raw.get("number")
    f["number_lt1"] = float(number is not None and abs(number) < 1)
    f["number_gt100"] = float(number is not None and abs(number) > 100)
    f["decimal"] = float("." in value)
    f["sent_first"] = float(sent_index <= 1)
    f["sent_last"] = float(sent_index == n_sents - 1)
    f["sent_rel"] = sent_index / max(1, n_sents - 1)
    f["log_sent_len"] = math.log1p(len(sentence.split()))
    f["split_word"] = float(bool(SPLIT.search(sentence)))
    f["negative_word"] = float(bool(NEGATIVE.search(sentence)))
    f["from_to"] = float(bool(FROM_TO.search(sentence)))
    n_paper_ds = sum(1 for e in entities if e["type"] == "Dataset")
    f["log_paper_datasets"] = math.log1p(n_paper_ds)
    f["guessed_of_many"] = float(not dpos and n_paper_ds > 1)
    f["guessed_of_one"] = float(not dpos and n_paper_ds <= 1)
    f["subject_and_compare"] = f["subject"] * f["compare_word"]
    f["ds_in_sent_of_many"] = f["ds_in_sentence"] * float(len(in_sent) > 1)
    f["n_rows_sent"] = 0.0  # filled by the caller
    # new since stop 44 (stop 51): a number paired with another ("pair"), and the dataset entity's decision-layer
    # confidence in the two bins stop 44's study found the least sure (below 0.6 / 0.6-0.8)
    f["pair"] = float(bool(raw.get("pair")))
    f["ds_conf_lt_0.6"] = float(f["ds_entity_conf"] < 0.6)
    f["ds_conf_0.6_0.8"] = float(0.6 <= f["ds_entity_conf"] < 0.8)
    return f


def paper_rows(nlp, p) -> tuple[dict, list[dict]]:
    """One paper's extraction (as `paperkg extract` writes it) and its kept rows (as predicted_rows gives them,
    in the order of the extraction's results), each with its features."""
    from paperkg.extract import doc_to_extraction
    from paperkg.extract.extensions import read, write
    from paperkg.model import MIN_RESULT_CONFIDENCE

    doc = nlp.make_doc(p.text)
    write(doc, "text", p.text)
    doc = nlp(doc)
    entities = read(doc, "entities") or []
    raws = read(doc, "results") or []
    sents = read(doc, "sentences") or []
    ex = doc_to_extraction(doc, p.id, p.raw_title, p.text)
    gold = ex.to_gold()
    sent_texts = [p.text[a:b].strip() for a, b in sents]
    rows = []
    for raw, r in zip(raws, ex.results):
        if r.confidence < MIN_RESULT_CONFIDENCE:
            continue
        si = next((k for k, s in enumerate(sent_texts) if s == raw["sentence"]), 0)
        feats = row_features(raw, raw["sentence"], entities, si, len(sents), p.raw_title)
        rows.append({**judged_row(ex.paper_id, gold["title"], r), "features": feats})
    for row in rows:
        row["features"]["n_rows_sent"] = float(min(sum(1 for o in rows if o["sentence"] == row["sentence"]), 6))
    return gold, rows


def extract_rows(records: list[dict]) -> list[dict]:
    """Current rows (as predicted_rows gives them) of the records, each with its features."""
    from paperkg.extract import load_pipeline
    from paperkg.sources import read_papers

    nlp = load_pipeline()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "papers.jsonl"
        batch.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        papers = list(read_papers([batch]))
    for p in papers:
        rows += paper_rows(nlp, p)[1]
    return rows


def joined_rows() -> list[dict]:
    judged_all = {}
    for name, files in judged_sets().items():
        judged = []
        for i, p in enumerate(files):
            judged += [{**row, "_file": i} for row in R.load_judged([str(p)])]
        judged_all[name] = judged
    titles = set()
    for j in judged_all.values():
        titles |= {R.title_key(r["title"]) for r in j if r.get("title")}
    records = records_for(titles, str(ROOT.parent / "shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz"))
    print(f"{len(titles)} judged papers, {len(records)} read (held-out skipped)", file=sys.stderr)
    rows = extract_rows(records)
    out = []
    for name, judged in judged_all.items():
        t = {R.title_key(r["title"]) for r in judged if r.get("title")}
        cur = [r for r in rows if R.title_key(r["title"]) in t]
        split = R.match_verdicts(judged, cur)
        for r in split["counted"]:
            now = r["now"]
            out.append(
                {
                    "set": name,
                    "paper": R.title_key(now["title"]),
                    "right": r["verdict"] == "right",
                    "verdict": r["verdict"],
                    "confidence": now["confidence"],
                    "features": now["features"],
                }
            )
    return out


# ---------------------------------------------------------------- model


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (deterministic); X has a leading column of ones."""
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(X @ w)))
        g = X.T @ (p - y) + reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg) + 1e-9 * np.eye(X.shape[1])
        step = np.linalg.solve(H, g)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def standardise(train: np.ndarray, *others: np.ndarray):
    mu, sd = train.mean(0), train.std(0)
    sd[sd == 0] = 1.0
    return [np.hstack([np.ones((len(a), 1)), (a - mu) / sd]) for a in (train, *others)]


def auc(score: np.ndarray, right: np.ndarray) -> float:
    """P(score of a right row > score of a wrong row), ties half."""
    pos, neg = score[right], score[~right]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    allv = np.concatenate([pos, neg])[order]
    ranks = np.empty(len(allv))
    i = 0
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and allv[j + 1] == allv[i]:
            j += 1
        ranks[i : j + 1] = (i + j) / 2 + 1
        i = j + 1
    r = np.empty(len(allv))
    r[order] = ranks
    return float((r[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def threshold_for(score: np.ndarray, right: np.ndarray, right_drop: float) -> float:
    """The highest cut under which at most `right_drop` of the right rows fall (rows with score < cut drop)."""
    s = np.sort(score[right])
    k = int(math.floor(right_drop * len(s)))
    return float(s[k]) if k < len(s) else float("inf")


def evaluate(rows: list[dict], names: list[str], folds: list[str], l2: float, label: str) -> dict:
    X = np.array([[r["features"][n] for n in names] for r in rows], dtype=float)
    y = np.array([r["right"] for r in rows])
    conf = np.array([r["confidence"] for r in rows])
    fold = np.array(folds)
    oof = np.zeros(len(rows))
    under = {0.05: np.zeros(len(rows), bool), 0.10: np.zeros(len(rows), bool)}  # under the training folds' cut
    drops = {0.05: [0, 0], 0.10: [0, 0]}  # wrong dropped, right dropped (thresholds from the training folds)
    conf_drops = {0.05: [0, 0], 0.10: [0, 0]}
    for f in sorted(set(folds)):
        te = fold == f
        tr = ~te
        Xtr, Xte = standardise(X[tr], X[te])
        w = fit_logistic(Xtr, y[tr].astype(float), l2=l2)
        s_tr = Xtr @ w
        s_te = Xte @ w
        oof[te] = s_te
        for rd, acc in drops.items():
            cut = threshold_for(s_tr, y[tr], rd)
            under[rd][te] = s_te < cut
            acc[0] += int(((s_te < cut) & ~y[te]).sum())
            acc[1] += int(((s_te < cut) & y[te]).sum())
        for rd, acc in conf_drops.items():
            cut = threshold_for(conf[tr], y[tr], rd)
            acc[0] += int(((conf[te] < cut) & ~y[te]).sum())
            acc[1] += int(((conf[te] < cut) & y[te]).sum())
    n_wrong, n_right = int((~y).sum()), int(y.sum())
    out = {
        "folds": label,
        "rows": len(rows),
        "wrong": n_wrong,
        "auc_model": round(auc(oof, y), 3),
        "auc_rule_conf": round(auc(conf, y), 3),
    }
    for rd in drops:
        out[f"model@{rd}: wrong dropped"] = f"{drops[rd][0]}/{n_wrong} = {drops[rd][0] / n_wrong:.3f}"
        out[f"model@{rd}: right dropped"] = f"{drops[rd][1]}/{n_right} = {drops[rd][1] / n_right:.3f}"
        out[f"conf@{rd}: wrong dropped"] = f"{conf_drops[rd][0]}/{n_wrong} = {conf_drops[rd][0] / n_wrong:.3f}"
        out[f"conf@{rd}: right dropped"] = f"{conf_drops[rd][1]}/{n_right} = {conf_drops[rd][1] / n_right:.3f}"
    # the pooled out-of-fold trade: wrong rows under the cut that drops k right rows
    order = np.argsort(oof, kind="mergesort")
    curve = []
    for share in (0.02, 0.05, 0.06, 0.10, 0.20):
        k = int(share * n_right)
        cum_right = np.cumsum(y[order])
        idx = int(np.searchsorted(cum_right, k + 1))
        wrong_below = int((~y[order][:idx]).sum())
        curve.append(f"{share:.2f}->{wrong_below / n_wrong:.3f}")
    out["pooled oof curve (right dropped -> wrong dropped)"] = " ".join(curve)
    sets = np.array([r["set"] for r in rows])
    per_set = {}
    for name in [*dict.fromkeys(r["set"] for r in rows), NEWEST]:
        m = np.isin(sets, NEWEST_SETS) if name == NEWEST else sets == name
        ym = y[m]
        cells = [f"{int(m.sum())} rows {int((~ym).sum())} wrong", f"AUC {auc(oof[m], ym):.3f}"]
        for rd, u in under.items():
            um = u[m]
            cells.append(
                f"{rd:.2f}: wrong {int((um & ~ym).sum())}/{int((~ym).sum())} right {int((um & ym).sum())}/{int(ym.sum())}"
            )
        per_set[name] = " | ".join(cells)
    out["per set (AUC of the pooled out-of-fold scores within the set)"] = per_set
    return out


def paper_fold(paper: str, k: int = 10) -> str:
    return str(int(hashlib.sha1(paper.encode()).hexdigest(), 16) % k)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dump", help="write the joined rows with features here")
    ap.add_argument("--from", dest="src", help="read joined rows from here instead of extracting")
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--drop", nargs="*", default=[], help="feature names to leave out")
    ap.add_argument("--new", action="store_true", help="with the features new at stop 51 (NEW_FEATURES)")
    ap.add_argument("--only", nargs="*", default=None, help="use only these features")
    args = ap.parse_args(argv)
    if args.src:
        rows = [json.loads(line) for line in Path(args.src).read_text().splitlines()]
    else:
        rows = joined_rows()
        if args.dump:
            Path(args.dump).write_text("".join(json.dumps(r) + "\n" for r in rows))
    drop = set(args.drop) | (set() if args.new or args.only else set(NEW_FEATURES))
    names = [n for n in (args.only or rows[0]["features"]) if n not in drop]
    print(f"{len(rows)} judged rows, {sum(not r['right'] for r in rows)} wrong, {len(names)} features")
    for label, folds in (
        ("leave one set out", [r["set"] for r in rows]),
        ("10 folds by paper", [paper_fold(r["paper"]) for r in rows]),
    ):
        print(json.dumps(evaluate(rows, names, folds, args.l2, label), indent=1))
    # univariate view: precision of rows with / without each binary feature
    y = np.array([r["right"] for r in rows])
    print("feature: right share when 1 (n) | when 0 (n)")
    for n in names:
        v = np.array([r["features"][n] for r in rows])
        if set(np.unique(v)) <= {0.0, 1.0}:
            on = v == 1
            if on.sum() and (~on).sum():
                print(f"  {n:18s} {y[on].mean():.3f} ({on.sum():4d}) | {y[~on].mean():.3f} ({(~on).sum():4d})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
