"""Experiment (issue 12), second integration: the CRF tagger's judgement as
features of the decision layer, and its spans as extra candidates of it.

    .venv/bin/python benchmarks/crf_stacked.py [--shared ../shared] [--no-additions]

See benchmarks/crf_tagger.py for the tagger (features, gold labels). Here,
per outer fold k of the 5 fixed folds (460 training papers, never the locked
split):

- the decision layer is trained on the rule candidates of the other 4 folds,
  each with tagger features from a tagger that never saw that paper (inner
  cross-fitting: for each other fold j a tagger trained on the 3 folds that
  are neither k nor j), and decides fold k's candidates with tagger features
  from the tagger trained on all 4 other folds;
- tagger spans that no rule candidate spells become candidates too (feature
  `src=crf`), kept when P(drop) < --add-threshold.

Both rows (without and with the tagger) are decided offline by the same code,
so the difference is the tagger's alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crf_tagger as ct  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LABELS_ORDER = ["O"] + [f"{p}-{t}" for t in ct.TYPES for p in "BI"]


def rule_entities(nlp, text: str) -> tuple[dict, list[dict]]:
    parts = ct.rule_parts(nlp, text)
    return parts, parts.pop("entities")


def marginals(tagger, x) -> tuple[list[str], list[dict[str, float]]]:
    ys = tagger.tag(x)
    labels = tagger.labels()
    return ys, [{lab: tagger.marginal(lab, m) for lab in labels} for m in range(len(ys))]


def tagger_features(entity: dict, parts: dict, tag: tuple) -> dict[str, float]:
    """What the tagger says about one candidate's mentions: the best mention's
    mean probability of each type, of O, and whether it decoded the exact span."""
    ys, marg = tag
    toks = parts["toks"]
    starts = {i: k for k, (_, i) in enumerate(toks)}
    ends = {i + len(w): k for k, (w, i) in enumerate(toks)}
    spans = {(k, j): typ for k, j, typ in ct.bio_spans(ys)}
    f: dict[str, float] = {}
    best = None
    for a, b in entity.get("mentions") or []:
        if a not in starts or b not in ends:
            continue
        lo, hi = starts[a], ends[b] + 1
        p = {
            t: sum(marg[m].get("B-" + t, 0) + marg[m].get("I-" + t, 0) for m in range(lo, hi)) / (hi - lo)
            for t in ct.TYPES
        }
        po = sum(marg[m].get("O", 0) for m in range(lo, hi)) / (hi - lo)
        exact = spans.get((lo, hi))
        if best is None or max(p.values()) > max(best[0].values()):
            best = (p, po, exact)
        if exact:
            f[f"crf_exact={exact}"] = 1.0
            f[f"crf_exact_same={exact == entity['type']}"] = 1.0
    if best is None:
        f["crf_nomention"] = 1.0
        return f
    p, po, _ = best
    top = max(p, key=p.get)
    f["crf_O"] = po
    f[f"crf_p={top}"] = p[top]
    f[f"crf_top_same={top == entity['type']}"] = 1.0
    for cut in (0.5, 0.9):
        if po >= cut:
            f[f"crf_O>={cut}"] = 1.0
        if p[top] >= cut:
            f[f"crf_top>={cut}|{top == entity['type']}"] = 1.0
    return f


def word_rates(papers: list[str], parts: dict, ys: dict) -> dict[str, float]:
    """Share of each word's occurrences (lower-cased, seen >= 3 times) inside an annotated span."""
    from collections import Counter

    inside, total = Counter(), Counter()
    for t in papers:
        for (w, _), y in zip(parts[t]["toks"], ys[t]):
            total[w.lower()] += 1
            inside[w.lower()] += y != "O"
    return {w: inside[w] / n for w, n in total.items() if n >= 3}


def lookup_features(entity: dict, parts: dict, rates: dict[str, float]) -> dict[str, float]:
    """The cheap stand-in for the tagger: how often the mention's words sit inside an annotated span."""
    toks = parts["toks"]
    starts = {i: k for k, (_, i) in enumerate(toks)}
    ends = {i + len(w): k for k, (w, i) in enumerate(toks)}
    for a, b in entity.get("mentions") or []:
        if a in starts and b in ends:
            words = [toks[m][0].lower() for m in range(starts[a], ends[b] + 1)]
            break
    else:
        return {"lk_nomention": 1.0}
    known = [rates[w] for w in words if w in rates]
    f = {"lk_unknown": 1.0 - len(known) / len(words)}
    if known:
        f["lk_min"] = min(known)
        f["lk_mean"] = sum(known) / len(known)
        for cut in (0.1, 0.3):
            if min(known) < cut:
                f[f"lk_min<{cut}"] = 1.0
    if words[-1] in rates:
        f["lk_head"] = rates[words[-1]]
    return f


def additions(entities: list[dict], parts: dict, tag: tuple) -> list[dict]:
    """Decoded tagger spans no candidate spells, as candidate dicts."""
    have = set()
    for e in entities:
        have |= {ct.norm(s) for s in [e["name"], *(e.get("aliases") or [])]}
    ys, marg = tag
    toks, text = parts["toks"], parts["text"]
    out: dict[str, dict] = {}
    for lo, hi, typ in ct.bio_spans(ys):
        a, b = toks[lo][1], toks[hi - 1][1] + len(toks[hi - 1][0])
        name = text[a:b]
        k = ct.norm(name)
        if not k or k in have:
            continue
        conf = min(marg[m][ys[m]] for m in range(lo, hi))
        if k in out:
            out[k]["mentions"].append([a, b])
            out[k]["crf_conf"] = max(out[k]["crf_conf"], conf)
            continue
        out[k] = {
            "name": name,
            "type": typ,
            "aliases": [],
            "introduced": False,
            "mentions": [[a, b]],
            "sources": ["crf"],
            "type_scores": {typ: 1},
            "crf_conf": conf,
        }
    return list(out.values())


def paper_counts(scorer, gold: list[dict], pred: dict) -> list[tuple[int, int, int]]:
    """(true positives, predicted, gold) entities of each gold paper, typed as the scorer counts them."""
    out = []
    for g in gold:
        ents = pred.get(g["title"].strip(), {}).get("entities") or []
        pairs, _, _ = scorer.match_entities(g["entities"], ents, typed=True)
        out.append((len(pairs), len(ents), len(g["entities"])))
    return out


def paired_bootstrap(scorer, gold: list[dict], base: dict, new: dict, n: int = 2000) -> tuple[float, float]:
    """(F1 delta, share of resamples of the papers in which `new` beats `base`)."""
    import numpy as np

    a = np.array(paper_counts(scorer, gold, base), dtype=float)
    b = np.array(paper_counts(scorer, gold, new), dtype=float)

    def f1(c):
        return 2 * c[..., 0] / (c[..., 1] + c[..., 2])

    rng = np.random.default_rng(0)
    idx = rng.integers(0, len(gold), size=(n, len(gold)))
    wins = (f1(b[idx].sum(axis=1)) > f1(a[idx].sum(axis=1))).mean()
    return float(f1(b.sum(axis=0)) - f1(a.sum(axis=0))), float(wins)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--no-additions", action="store_true")
    ap.add_argument(
        "--ablate", action="store_true", help="also rows with only the exact-span or the probability features"
    )
    ap.add_argument("--lookup", action="store_true", help="word in-span rates (cross-fitted) instead of the tagger")
    ap.add_argument("--partition", type=int, default=0, help="0: the fixed folds; N: a random partition seeded N")
    ap.add_argument("--seed-copies", type=int, default=1, help="dev.jsonl papers in the taggers' training, times")
    ap.add_argument("--add-thresholds", default="0.3,0.5,0.7")
    a = ap.parse_args(argv)

    import pycrfsuite

    from paperkg.extract.decision import concept_features, fit, kept_concepts, without_subjects
    from paperkg.extract.phrase_stats import load_phrase_stats
    from paperkg.extract.pipeline import build_pipeline
    from paperkg.extract.training import introduced_weights, labels_for

    ev = ct.load_script("eval_extraction", ROOT / "benchmarks" / "eval_extraction.py")
    trainer = ct.load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    scorer = ev.load_scorer(a.shared)
    splits = json.loads((ROOT / "data/annotations/splits.json").read_text(encoding="utf-8"))
    annotated = {r["id"]: r for r in ev.read_jsonl(ROOT / "data/annotations/acl600.jsonl")}
    seed_gold = ev.read_jsonl(a.shared / "gold" / "dev.jsonl")
    papers, gold, fold_of, weight_of = trainer.training_papers(a.shared)
    stats = load_phrase_stats()
    settings = dict(trainer.fit_settings())
    intro_skip = settings.pop("intro_skip", frozenset())  # papers that train no `introduced` model (training.train)

    nlp = build_pipeline({"paperkg_decision": {"enabled": False}})
    parts, ents, xs, ys = {}, {}, {}, {}
    for p in papers:
        t = p.raw_title.strip()
        parts[t] = ct.rule_parts(nlp, p.text, keep_entities=True)
        ents[t] = parts[t].pop("entities")
        xs[t] = ct.features(parts[t])
        ys[t] = ct.gold_labels(parts[t], gold[t]["entities"])
    folds = sorted(set(fold_of.values()))
    if a.partition:
        # another random partition of the same papers into folds of the same sizes
        import random

        titles = sorted(fold_of)
        random.Random(a.partition).shuffle(titles)
        sizes = [list(fold_of.values()).count(k) for k in folds]
        fold_of = {
            t: k
            for k, (lo, n) in enumerate(zip([sum(sizes[:i]) for i in range(len(sizes))], sizes))
            for t in titles[lo : lo + n]
        }

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        cache: dict[tuple, pycrfsuite.Tagger] = {}

        def tagger_without(excluded: tuple[int, ...]):
            if excluded not in cache:
                path = tmp / ("crf-" + "-".join(map(str, excluded)) + ".bin")
                t0 = time.perf_counter()
                train = [
                    t
                    for t in parts
                    if fold_of[t] not in excluded
                    for _ in range(a.seed_copies if t in weight_of else 1)
                ]
                ct.train_tagger([xs[t] for t in train], [ys[t] for t in train], path, 0.05, 0.05, a.iters)
                tg = pycrfsuite.Tagger()
                tg.open(str(path))
                cache[excluded] = tg
                print(f"tagger without folds {excluded}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
            return cache[excluded]

        # tag[k][t]: paper t tagged by a tagger that saw neither fold k nor t's fold
        tags: dict[tuple, tuple] = {}
        rates_cache: dict[tuple, dict] = {}
        only: list[str] = []  # tagger feature prefixes kept (all when empty), for the ablation rows

        def keep_feature(name: str) -> bool:
            return not only or name.startswith(tuple(only))

        for k in folds if not a.lookup else ():
            for t in parts:
                j = fold_of[t]
                key = (k,) if j == k else tuple(sorted({k, j}))
                tags[(k, t)] = marginals(tagger_without(key), xs[t])

        def samples(t: str, k: int, use_crf: bool, add: bool):
            title_end = parts[t]["text"].find("\n")
            cands = list(ents[t])
            if use_crf and add:
                cands += additions(cands, parts[t], tags[(k, t)])
            feats = []
            for e in cands:
                f = concept_features(e, title_end, stats, parts[t]["text"])
                if use_crf and a.lookup:
                    key = (k,) if fold_of[t] == k else tuple(sorted({k, fold_of[t]}))
                    if key not in rates_cache:
                        rates_cache[key] = word_rates([u for u in parts if fold_of[u] not in key], parts, ys)
                    f.update(lookup_features(e, parts[t], rates_cache[key]))
                elif use_crf:
                    tf = tagger_features(e, parts[t], tags[(k, t)])
                    f.update({n: v for n, v in tf.items() if keep_feature(n)})
                    if "crf_conf" in e:
                        f["crf_conf"] = e["crf_conf"]
                feats.append(f)
            return cands, feats

        def run(use_crf: bool, add: bool, add_threshold: float) -> dict:
            pred = {}
            for k in folds:
                X, Y, W, I, T = [], [], [], [], []
                for t in parts:
                    if fold_of[t] == k:
                        continue
                    cands, feats = samples(t, k, use_crf, add)
                    for e, f in zip(cands, feats):
                        lab, intro = labels_for(e, gold[t]["entities"])
                        X.append(f)
                        Y.append(lab)
                        W.append(weight_of.get(t, 1.0))
                        I.append(intro)
                        T.append(t)
                WI = introduced_weights(T, W, intro_skip)
                model = fit(
                    X, Y, weights=W, introduced=I, intro_weights=WI, **{**settings, "proposal_threshold": add_threshold}
                )
                for t in parts:
                    if fold_of[t] != k:
                        continue
                    cands, feats = samples(t, k, use_crf, add)
                    for f, e in zip(feats, cands):
                        if "crf" in e.get("sources", ()):
                            f["src=stats"] = 1.0  # judged with the proposals' threshold
                    kept = without_subjects(kept_concepts(cands, model.decide_full(feats) if feats else []))
                    pred[t] = {
                        "title": t,
                        "entities": [
                            {
                                "name": e["name"],
                                "type": e["type"],
                                "aliases": list(e.get("aliases") or []),
                                "introduced": bool(e.get("introduced")),
                            }
                            for e in kept
                        ],
                        "results": [],
                    }
            return pred

        def report(label: str, pred: dict) -> None:
            dev_ids = [i for fold in splits["dev_folds"] for i in fold]
            s = ev.score(scorer, [annotated[i] for i in dev_ids], pred, tmp)
            fs = [
                ev.score(scorer, [annotated[i] for i in fold], pred, tmp)["overall"]["f1"]
                for fold in splits["dev_folds"]
            ]
            sd = ev.score(scorer, seed_gold, pred, tmp)
            types = " ".join(f"{s['types'][t]['f1']:.3f}" for t in ct.TYPES)
            rec = " ".join(f"{s['types'][t]['recall']:.3f}" for t in ("Method", "Task"))
            print(
                f"| {label} | {s['overall']['f1']:.4f} (P {s['overall']['precision']:.3f} R "
                f"{s['overall']['recall']:.3f}) | {' '.join(f'{f:.3f}' for f in fs)} | {types} | {rec} | "
                f"{sd['overall']['f1']:.4f} |",
                flush=True,
            )

        print("| variant | acl-dev F1 | per fold | Model Method Dataset Metric Task F1 | Method Task R | dev.jsonl |")
        print("|---|---|---|---|---|---|")
        base = run(False, False, 0.5)
        report("decision layer, offline (baseline)", base)
        with_crf = run(True, False, 0.5)
        report("+ tagger features", with_crf)
        dev_gold = [annotated[i] for fold in splits["dev_folds"] for i in fold]
        delta, share = paired_bootstrap(scorer, dev_gold, base, with_crf)
        print(
            f"\n+ tagger features vs baseline: acl-dev delta {delta:+.4f}, P(>0) {share:.2f} "
            "(2,000 paired bootstrap resamples of the 400 papers)\n",
            flush=True,
        )
        if a.ablate:
            for group in (["crf_exact", "crf_nomention"], ["crf_O", "crf_p=", "crf_top", "crf_nomention"]):
                only[:] = group
                pred = run(True, False, 0.5)
                report("+ tagger features " + "/".join(group), pred)
                delta, share = paired_bootstrap(scorer, dev_gold, base, pred)
                print(f"delta {delta:+.4f}, P(>0) {share:.2f}", flush=True)
            only[:] = []
        if not a.no_additions:
            for th in [float(x) for x in a.add_thresholds.split(",")]:
                report(f"+ tagger features + tagger spans as candidates, kept at P(drop) < {th}", run(True, True, th))
    return 0


if __name__ == "__main__":
    sys.exit(main())
