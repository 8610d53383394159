"""Leave each candidate rule out in turn and score the extractor without it.

    .venv/bin/python scripts/rule_ablation.py [--rules-only] [--only NAME ...] [--shared ../shared]

Every rule of `paperkg_concepts` is listed in its config (`rules`); a run
builds every pipeline (the predicting ones and the one whose concepts train
the decision layer) with that list minus one rule, through
benchmarks/eval_extraction.py's `evaluate` with the locked test split left
out. By default the decision layer is retrained per fold, as `make eval`
does (minutes per rule); `--rules-only` scores the rules without it. Prints a
Markdown table: F1 on dev.jsonl and acl-dev and the change against all rules.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_extraction as ev  # noqa: E402 - make eval itself


def with_rules(rules: list[str]):
    """Make every `build_pipeline` call of this process use `rules` (its callers import it at call time)."""
    from paperkg.extract import pipeline

    original = pipeline.__dict__.setdefault("_unablated_build", pipeline.build_pipeline)

    def build(config: dict | None = None):
        config = {**(config or {})}
        config["paperkg_concepts"] = {**config.get("paperkg_concepts", {}), "rules": list(rules)}
        return original(config)

    pipeline.build_pipeline = build


def f1s(scores: dict) -> tuple[float, float]:
    return scores["dev.jsonl"]["overall"]["f1"], scores["acl-dev"]["overall"]["f1"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rules-only", action="store_true", help="score the rules without the decision layer")
    ap.add_argument("--only", nargs="*", help="rule short names to leave out (default: every rule)")
    a = ap.parse_args(argv)
    from paperkg.extract.rules import DEFAULT_RULES

    short = {r.split(".")[2]: r for r in DEFAULT_RULES}
    names = a.only or list(short)
    unknown = [n for n in names if n not in short]
    if unknown:
        raise SystemExit(f"error: unknown rule {unknown[0]!r}; rules: {', '.join(short)}")

    def run(rules: list[str]) -> tuple[float, float]:
        with_rules(rules)
        return f1s(ev.evaluate(a.shared, decision=not a.rules_only, test=False))

    base = run(DEFAULT_RULES)
    mode = "rules only" if a.rules_only else "decision layer retrained per fold"
    print(f"all rules ({mode}): dev.jsonl F1 {base[0]:.3f}, acl-dev F1 {base[1]:.3f}\n", flush=True)
    print("| rule left out | dev.jsonl F1 | change | acl-dev F1 | change |")
    print("|---|---|---|---|---|", flush=True)
    for n in names:
        dev, acl = run([r for r in DEFAULT_RULES if r != short[n]])
        print(f"| {n} | {dev:.3f} | {dev - base[0]:+.3f} | {acl:.3f} | {acl - base[1]:+.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
