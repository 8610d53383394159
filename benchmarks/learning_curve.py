"""The decision layer's learning curve by held-out fold: would more annotated papers pay (issue 12)?

    .venv/bin/python benchmarks/learning_curve.py [--shared ../shared] [--ablate] [--json out.json]

Development papers only: the 5 fixed acl-dev folds of data/annotations/splits.json and dev.jsonl's 60
papers dealt over them as `make eval` deals them; the locked test split is never read. The rules run once
per paper (decision layer off, the Doc kept); for each held-out fold k and each set S of 1, 2, 3 or 4 of
the other four folds (every combination: 4 + 6 + 4 + 1, deterministic, no random draw), a model is trained
on the ACL papers of S, alone ("acl") and with dev.jsonl's papers outside fold k at their `make train`
weight ("acl+dev"), and decides fold k's concepts offline; the results component then runs on the kept
concepts, so entities, results and the `introduced` flag are scored as `make eval` scores them (S = all
four with dev.jsonl is `make eval`'s cross-validated row, checked to the count). Also: the rules alone,
and with --ablate the full-size model without each feature group.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import sys
from pathlib import Path

from eval_extraction import ROOT, TYPES, introduced_score, load_scorer, load_script

#: feature groups for the ablation: a feature belongs to the group of its base name (without the
#: "introduced|" prefix and the "|rule=T" suffix the stats features carry)
GROUPS = {
    "rule type": ("rule=",),
    "rule sources": ("src=",),
    "type votes": ("score=", "votes="),
    "intro cues": ("introduced", "cue="),
    "mentions/alias/title": ("has_alias", "log_mentions", "in_title"),
    "name shape": (
        "words=",
        "shape=",
        "has_digit",
        "has_year",
        "has_hyphen",
        "has_debris_char",
        "camel",
        "short",
        "family_stem",
        "variant_tail",
    ),
    "corpus stats": ("stats=", "log_df", "df>=", "ctx_", "lower_share", "upper_share"),
    "head word": ("head=",),
    "head class": ("head_class=",),
    "neighbour words": ("prev=", "next="),
    "title slot": ("title_slot=",),
}
COUNTS = [*TYPES, "overall", "results", "introduced"]


def group_of(feature: str) -> str | None:
    base = feature.split("|", 1)[1] if feature.startswith("introduced|") else feature
    if "|rule=" in base and not base.startswith(("votes=", "title_slot=")):
        base = base.split("|rule=", 1)[0]
    for g, prefixes in GROUPS.items():
        if base.startswith(prefixes):
            return g
    return None


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p, r = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Harness:
    def __init__(self, shared: Path):
        from paperkg.extract.decision import DecisionLayer, concept_features
        from paperkg.extract.phrase_stats import load_phrase_stats
        from paperkg.extract.pipeline import build_pipeline
        from paperkg.extract.tokens import token_view
        from paperkg.extract.training import labels_for

        self.trainer = load_script("train_decision", ROOT / "scripts" / "train_decision.py")
        self.scorer = load_scorer(shared)
        papers, self.gold, self.fold_of, self.weight_of = self.trainer.training_papers(shared)
        self.nlp = build_pipeline(
            {"paperkg_decision": {"enabled": False}, "paperkg_results": {"drop_intermediate": False}}
        )
        layer = DecisionLayer(self.nlp, enabled=False)
        stats = load_phrase_stats()
        self.rows = []
        for p in papers:
            doc = self.nlp.make_doc(p.text)
            doc._.paperkg_text = p.text
            for name, proc in self.nlp.pipeline:
                if name == "paperkg_decision":
                    break
                doc = proc(doc)
            ents = layer.candidates(doc, doc._.paperkg_entities or [])
            v = token_view(doc)
            k = v.title_end()
            title_end = v.idx[k] if k < len(v.words) else len(v.text)
            t = p.raw_title.strip()
            labs = [labels_for(e, self.gold[t]["entities"]) for e in ents]
            self.rows.append(
                {
                    "paper": p,
                    "title": t,
                    "doc": doc,
                    "ents": ents,
                    # as `make train` computes them (training.candidates) and as the pipeline does
                    "train": [concept_features(e, p.text.find("\n"), stats, p.text) for e in ents],
                    "pred": [concept_features(e, title_end, stats, v.text) for e in ents],
                    "labels": [x for x, _ in labs],
                    "intro": [i for _, i in labs],
                }
            )
        self._counts_cache = {}

    def fit(self, rows, drop: set[str] = frozenset()):
        from paperkg.extract.decision import fit
        from paperkg.extract.training import introduced_weights

        def cut(f):
            return {k: v for k, v in f.items() if group_of(k) not in drop} if drop else f

        settings = dict(self.trainer.fit_settings())
        skip = settings.pop("intro_skip", frozenset())  # papers that train no `introduced` model (training.train)
        titles = [r["title"] for r in rows for _ in r["train"]]
        weights = [self.weight_of.get(t, 1.0) for t in titles]
        return fit(
            [cut(f) for r in rows for f in r["train"]],
            [x for r in rows for x in r["labels"]],
            introduced=[x for r in rows for x in r["intro"]],
            weights=weights,
            intro_weights=introduced_weights(titles, weights, skip),
            **settings,
        )

    def counts(self, row, model, drop: set[str] = frozenset()) -> dict[str, list[int]]:
        """Per-row [tp, pred, gold] of each type, overall, results and introduced for one paper."""
        from paperkg.extract import doc_to_extraction
        from paperkg.extract.decision import finished_concepts, kept_concepts

        ents, feats = row["ents"], row["pred"]
        if drop:
            feats = [{k: v for k, v in f.items() if group_of(k) not in drop} for f in feats]
        if model is None:
            kept = finished_concepts(ents)
        else:
            kept = finished_concepts(kept_concepts(ents, model.decide_full(feats))) if feats else []
        doc = row["doc"]
        doc._.paperkg_entities = kept
        doc = self.nlp.get_pipe("paperkg_results")(doc)
        p = row["paper"]
        pred = doc_to_extraction(doc, p.id, p.raw_title, p.text).to_gold()
        return self.score(self.gold[row["title"]], pred)

    def score(self, g, p) -> dict[str, list[int]]:
        sc = self.scorer
        out = {}
        ge = [e for e in g.get("entities", []) if e.get("type") in TYPES]
        pe = [e for e in p.get("entities", []) if e.get("type") in TYPES]
        pairs, _, _ = sc.match_entities(ge, pe)
        for t in TYPES:
            out[t] = [
                sum(1 for _, x in pairs if x["type"] == t),
                sum(1 for x in pe if x["type"] == t),
                sum(1 for x in ge if x["type"] == t),
            ]
        out["overall"] = [sum(out[t][i] for t in TYPES) for i in range(3)]
        out["results"] = list(sc.match_results(g, p))
        intro = introduced_score(sc, [g], {g["title"].strip(): p})
        out["introduced"] = [intro["tp"], intro["pred"], intro["gold"]]
        return out

    def held_out(self, k: int, model, drop: set[str] = frozenset()) -> dict[str, dict[str, list[int]]]:
        """{"acl": counts, "dev": counts} pooled over fold k's ACL papers and its dev.jsonl papers."""
        out = {"acl": {c: [0, 0, 0] for c in COUNTS}, "dev": {c: [0, 0, 0] for c in COUNTS}}
        for r in self.rows:
            if self.fold_of[r["title"]] != k:
                continue
            part = out["dev" if r["title"] in self.weight_of else "acl"]
            for c, v in self.counts(r, model, drop).items():
                for i in range(3):
                    part[c][i] += v[i]
        return out

    def train_rows(self, k: int, folds: tuple[int, ...], dev: bool):
        return [
            r
            for r in self.rows
            if (r["title"] in self.weight_of and dev and self.fold_of[r["title"]] != k)
            or (r["title"] not in self.weight_of and self.fold_of[r["title"]] in folds)
        ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--ablate", action="store_true", help="also the full-size model without each feature group")
    ap.add_argument("--no-curve", action="store_true", help="skip the curve (with --ablate)")
    ap.add_argument("--json", type=Path, help="write every evaluation's counts here")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 3, 4], help="numbers of training folds")
    ap.add_argument("--report", type=Path, help="print the tables of a saved --json run (nothing is run)")
    a = ap.parse_args(argv)
    if a.report:
        evals = json.loads(a.report.read_text(encoding="utf-8"))
        print(report(evals, sorted({e["k"] for e in evals})))
        return 0
    h = Harness(a.shared)
    print(f"{len(h.rows)} papers, {sum(len(r['ents']) for r in h.rows)} candidates, rules run once", file=sys.stderr)
    folds = sorted(set(h.fold_of.values()))
    evals = []  # {"k", "setting", "folds", "n_acl", "n_dev", "acl": counts, "dev": counts}
    for k in folds:
        evals.append({"k": k, "setting": "rules", "folds": [], "n_acl": 0, "n_dev": 0, **h.held_out(k, None)})
    if not a.no_curve:
        for k in folds:
            others = [j for j in folds if j != k]
            for m in a.sizes:
                for subset in itertools.combinations(others, m):
                    for dev in (False, True):
                        rows = h.train_rows(k, subset, dev)
                        model = h.fit(rows)
                        n_dev = sum(1 for r in rows if r["title"] in h.weight_of)
                        evals.append(
                            {
                                "k": k,
                                "setting": "acl+dev" if dev else "acl",
                                "folds": list(subset),
                                "n_acl": len(rows) - n_dev,
                                "n_dev": n_dev,
                                **h.held_out(k, model),
                            }
                        )
                        e = evals[-1]
                        if a.json:  # as it goes: a long run stopped early keeps what it measured
                            a.json.write_text(json.dumps(evals) + "\n", encoding="utf-8")
                        print(
                            f"fold {k} train {subset} {e['setting']}: acl F1 {prf(*e['acl']['overall'])[2]:.4f}",
                            file=sys.stderr,
                            flush=True,
                        )
    if a.ablate:
        for g in ["", *GROUPS]:
            drop = {g} if g else set()
            for k in folds:
                rows = h.train_rows(k, tuple(j for j in folds if j != k), True)
                evals.append(
                    {
                        "k": k,
                        "setting": f"ablate:{g or 'none'}",
                        "folds": [j for j in folds if j != k],
                        "n_acl": sum(1 for r in rows if r["title"] not in h.weight_of),
                        "n_dev": sum(1 for r in rows if r["title"] in h.weight_of),
                        **h.held_out(k, h.fit(rows, drop), drop),
                    }
                )
            pooled = [sum(e["acl"]["overall"][i] for e in evals[-len(folds) :]) for i in range(3)]
            if a.json:
                a.json.write_text(json.dumps(evals) + "\n", encoding="utf-8")
            print(f"ablate {g or 'none'}: acl F1 {prf(*pooled)[2]:.4f}", file=sys.stderr, flush=True)
    if a.json:
        a.json.write_text(json.dumps(evals) + "\n", encoding="utf-8")
    print(report(evals, folds))
    return 0


def pooled(evals, part: str, c: str) -> list[int]:
    return [sum(e[part][c][i] for e in evals) for i in range(3)]


def report(evals, folds) -> str:
    """Markdown tables: the curve (pooled P/R/F1 and per-fold F1), the log fit, the ablation."""
    lines = []
    settings = ["rules", "acl", "acl+dev"]
    have = [s for s in settings if any(e["setting"] == s for e in evals)]
    lines += [
        "| setting | ACL training papers | models | acl-dev P | R | F1 | F1 per held-out fold | "
        + " | ".join(TYPES)
        + " | results F1 | introduced P / R | dev.jsonl F1 |",
        "|---" * (10 + len(TYPES)) + "|",
    ]
    for s in have:
        sizes = sorted({e["n_acl"] for e in evals if e["setting"] == s})
        for n in sizes:
            es = [e for e in evals if e["setting"] == s and e["n_acl"] == n]
            p, r, f = prf(*pooled(es, "acl", "overall"))
            per_fold = [
                statistics.mean(prf(*e["acl"]["overall"])[2] for e in es if e["k"] == k)
                for k in folds
                if any(e["k"] == k for e in es)
            ]
            types = " | ".join("{:.3f} / {:.3f} / **{:.3f}**".format(*prf(*pooled(es, "acl", t))) for t in TYPES)
            ip, ir, _ = prf(*pooled(es, "acl", "introduced"))
            lines.append(
                f"| {s} | {n} | {len(es)} | {p:.4f} | {r:.4f} | **{f:.4f}** | "
                f"{' '.join(f'{x:.3f}' for x in per_fold)} | {types} | "
                f"{prf(*pooled(es, 'acl', 'results'))[2]:.3f} | {ip:.3f} / {ir:.3f} | "
                f"{prf(*pooled(es, 'dev', 'overall'))[2]:.4f} |"
            )
    for s in ("acl", "acl+dev"):
        if any(e["setting"] == s for e in evals):
            lines += ["", *trend(evals, folds, s)]
    if any(e["setting"].startswith("ablate:") for e in evals):
        lines += ["", *ablation(evals)]
    return "\n".join(lines)


def slope(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares (intercept, slope) of ys on xs."""
    mx, my = statistics.mean(xs), statistics.mean(ys)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return my - b * mx, b


#: annotated ACL papers the shipped model is trained on (the 400 of acl-dev) and the additions asked about
BASE, ADDED = 400, (100, 200, 400)


def trend(evals, folds, setting: str) -> list[str]:
    """F1 = a + b ln(ACL training papers), fitted per held-out fold over its models (80-320 papers),
    and what b says +100/+200/+400 papers would add to a model trained on 400."""
    es = [e for e in evals if e["setting"] == setting]
    head = "| row | F1 at 80 / 160 / 240 / 320 (pooled) | bend | slope per ln(papers), mean (min..max over 5 folds) | "
    head += " | ".join(f"+{d} papers" for d in ADDED) + " |"
    lines = [
        f"Trend, `{setting}`: F1 = a + b ln(n), n = ACL training papers (80-320), fitted per held-out fold over its "
        "models; gain of +d papers over the 400 the shipped model has = b ln((400+d)/400), mean over folds "
        "(min..max). `bend`: gain 160->320 minus gain 80->160 (equal steps in ln n; < 0: flattening faster than log).",
        "",
        head,
        "|---" * (4 + len(ADDED)) + "|",
    ]
    sizes = sorted({e["n_acl"] for e in es})
    for c in COUNTS:
        at = {n: prf(*pooled([e for e in es if e["n_acl"] == n], "acl", c))[2] for n in sizes}
        bs = []
        for k in folds:
            pts = [(math.log(e["n_acl"]), prf(*e["acl"][c])[2]) for e in es if e["k"] == k]
            if len({x for x, _ in pts}) < 2:
                continue
            bs.append(slope([x for x, _ in pts], [y for _, y in pts])[1])
        if not bs:
            continue
        bend = (at[320] - at[160]) - (at[160] - at[80]) if {80, 160, 320} <= set(at) else float("nan")
        gains = []
        for d in ADDED:
            g = [b * math.log((BASE + d) / BASE) for b in bs]
            gains.append(f"{statistics.mean(g):+.4f} ({min(g):+.4f}..{max(g):+.4f})")
        lines.append(
            f"| {c} | {' / '.join(f'{at[n]:.4f}' for n in sizes)} | {bend:+.4f} | "
            f"{statistics.mean(bs):+.4f} ({min(bs):+.4f}..{max(bs):+.4f}) | {' | '.join(gains)} |"
        )
    return lines


def ablation(evals) -> list[str]:
    """Full-size models (4 folds + dev.jsonl) without one feature group each, against all groups."""
    base = [e for e in evals if e["setting"] == "ablate:none"]
    rules = [e for e in evals if e["setting"] == "rules"]
    f0 = prf(*pooled(base, "acl", "overall"))[2]
    lines = [
        "| without | acl-dev F1 | delta | " + " | ".join(f"{t} delta" for t in TYPES) + " | dev.jsonl F1 | "
        "introduced P / R |",
        "|---" * (5 + len(TYPES)) + "|",
    ]
    groups = ["none", *GROUPS]
    for g in groups:
        es = [e for e in evals if e["setting"] == f"ablate:{g}"]
        if not es:
            continue
        f = prf(*pooled(es, "acl", "overall"))[2]
        dt = " | ".join(f"{prf(*pooled(es, 'acl', t))[2] - prf(*pooled(base, 'acl', t))[2]:+.4f}" for t in TYPES)
        ip, ir, _ = prf(*pooled(es, "acl", "introduced"))
        lines.append(
            f"| {g} | {f:.4f} | {f - f0:+.4f} | {dt} | {prf(*pooled(es, 'dev', 'overall'))[2]:.4f} | "
            f"{ip:.3f} / {ir:.3f} |"
        )
    if rules:
        lines.append(
            f"| (rules alone, no model) | {prf(*pooled(rules, 'acl', 'overall'))[2]:.4f} | "
            f"{prf(*pooled(rules, 'acl', 'overall'))[2] - f0:+.4f} | "
            + " | ".join(f"{prf(*pooled(rules, 'acl', t))[2] - prf(*pooled(base, 'acl', t))[2]:+.4f}" for t in TYPES)
            + f" | {prf(*pooled(rules, 'dev', 'overall'))[2]:.4f} | "
            f"{'{:.3f} / {:.3f}'.format(*prf(*pooled(rules, 'acl', 'introduced'))[:2])} |"
        )
    return lines


if __name__ == "__main__":
    sys.exit(main())
