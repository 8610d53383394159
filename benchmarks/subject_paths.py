#!/usr/bin/env python3
"""Precision of the results' subject field by the path that chose it (issue 14; subj47).

usage: PYTHONPATH=src python benchmarks/subject_paths.py [--rows out.jsonl]

Re-extracts the papers of every judged results-precision development set (the groups
results_precision_rescore.py is run on: first, third, stop34 to stop50; never held-out set 2 or stop 51's
held-out draw), joins each row kept now to its verdict as results_precision_rescore.py does, and labels each row that
has a subject with the decision path of `paperkg.extract.results.subjects` that chose it. The tracing wraps the
module's functions (no logic is copied): the override that returned the final subject wins, else the subject
of `subject_and_baseline`, classified by how its mention stands to the number (the paper's own named or
guessed, "our X", X the subject of a verb that reports the number (`subjects.verb_linked`), the looser
readings that keep a subject no listed verb links (subj48: "X at N", a modal, participle or "X's measure", a
clause's subject), X after a preposition, ...).
Subject precision of a path = right / (right + wrong subject); rows with other wrong verdicts are left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import results_precision_rescore as R  # noqa: E402

from paperkg.extract.results import component, sentences, subjects  # noqa: E402

A = ROOT / "data/annotations"


def dev_sets() -> dict[str, list[Path]]:
    """The judged development sets (`results_precision_rescore.judged_sets`: never set 2 nor a held-out draw)."""
    return R.judged_sets(A)


class Tagged(str):
    """A subject that remembers the path that chose it."""

    path: str


_OVERRIDES = ("respective_subject", "bracketed_owner", "compared_in_brackets", "compared_level_of", "owner_after_by")
_calls: list[tuple[str, object]] = []


def _wrap(name: str) -> None:
    original = getattr(subjects, name)

    def wrapped(*a, **kw):
        out = original(*a, **kw)
        if out is not None:
            _calls.append((name, out[0] if isinstance(out, tuple) else out))
        return out

    setattr(subjects, name, wrapped)


def base_path(subject: str, actors, v, lowers, own) -> str:
    """How `subject_and_baseline`'s subject stands to the number."""
    before = [a for a in actors if a[1] <= v.start]
    if subject == own:
        if any(a[3] == own for a in before):
            return "own named"
        others = [a for a in before if a[3] != own and a[2] in ("Model", "Method")]
        return "own guessed, other names before" if others else "own guessed, no other name"
    mention = next((a for a in before[::-1] if a[3] == subject), None)
    if mention is None:
        return "other"
    s = mention[0]
    if subjects._owned(lowers, s):
        return "our/this X"
    if subjects.verb_linked(subject, actors, v, lowers):
        return "X verb"
    # the readings that keep a subject no listed verb links to the number (subj48)
    if subjects.stands_at(subject, actors, v, lowers):
        return "X at N (kept)"
    if subjects.acts_on_number(subject, actors, v, lowers):
        return "X modal/participle/'s (kept)"
    if subjects.clause_subject(subject, actors, v, lowers):
        return "X clause subject (kept)"
    cue = lowers[s - 1] if s > 0 else ""
    if cue in ("for", "on", "with", "in", "using", "of", "to", "from", "by"):
        return f"prep {cue} X"
    if cue in (",", "and", "or"):
        return "after , / and"
    if cue in ("the",):
        return "the X (no verb)"
    return "other"


def traced_attribute_value(v, values, actors, metrics, lowers, words, *, own, kind):
    _calls.clear()
    metric_starts = frozenset(m[0] for m in metrics)
    base, _ = subjects.subject_and_baseline(actors, v, lowers, own, metric_starts)
    _calls.clear()
    subject, baseline, versus = _original(v, values, actors, metrics, lowers, words, own=own, kind=kind)
    if subject is None:
        return subject, baseline, versus
    path = None
    for name, out in _calls:
        if out == subject:
            path = name
    if path is None:
        path = base_path(subject, actors, v, lowers, own) if subject == base else "starting point / other"
    t = Tagged(subject)
    t.path = path
    return t, baseline, versus


_original = subjects.attribute_value
for _n in _OVERRIDES:
    _wrap(_n)
sentences.attribute_value = traced_attribute_value
_rows: list[tuple[dict, str | None]] = []
_extract = component.extract_results


def _collect(*a, **kw):
    rows = _extract(*a, **kw)
    _rows.extend((r, getattr(r["subject"], "path", None)) for r in rows)
    return rows


component.extract_results = _collect


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", help="write every counted row with its path and verdict here")
    args = ap.parse_args(argv)
    table: dict[str, Counter] = defaultdict(Counter)
    dump = []
    with_subject = Counter()
    for set_name, files in dev_sets().items():
        judged = []
        for i, path in enumerate(files):
            judged += [{**row, "_file": i} for row in R.load_judged([str(path)])]
        titles = {R.title_key(r["title"]) for r in judged if r.get("title")}
        sents: dict[str, set[str]] = {}
        for r in judged:
            if r.get("title") and r.get("sentence"):
                sents.setdefault(R.title_key(r["title"]), set()).add(r["sentence"])
        _rows.clear()
        current = R.current_rows(
            titles, str(ROOT.parent / "shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz"), sents
        )
        paths = {}
        for r, p in _rows:
            if r.get("sentence") and r["subject"] is not None:
                paths[R.row_key(r["sentence"], r)] = p
        split = R.match_verdicts(judged, current)
        for c in split["counted"]:
            now = c["now"]
            if now["subject"] is None:
                with_subject["null", c["verdict"]] += 1
                continue
            p = paths.get(R.row_key(now["sentence"], now), "?")
            table[p][c["verdict"]] += 1
            with_subject["subject", c["verdict"]] += 1
            dump.append(
                {
                    "set": set_name,
                    "title": now.get("title"),
                    "path": p,
                    "verdict": c["verdict"],
                    "sentence": now["sentence"],
                    "subject": now["subject"],
                    "dataset": now["dataset"],
                    "value": now["value"],
                    "kind": now["kind"],
                    "why": c.get("why"),
                }
            )
        print(f"{set_name}: {len(split['counted'])} counted, {len(split['unjudged'])} unjudged", file=sys.stderr)
    print(f"{'path':36s} {'right':>5s} {'wsubj':>5s} {'other':>5s}  subj.prec")
    for p, c in sorted(table.items(), key=lambda x: -sum(x[1].values())):
        other = sum(c.values()) - c["right"] - c["wrong subject"]
        n = c["right"] + c["wrong subject"]
        print(
            f"{p:36s} {c['right']:5d} {c['wrong subject']:5d} {other:5d}  {c['right'] / n if n else float('nan'):.3f}"
        )
    for k in ("subject", "null"):
        tot = sum(v for (a, _), v in with_subject.items() if a == k)
        print(
            f"rows with {k}: {tot}, right {with_subject[k, 'right']}, wrong subject {with_subject[k, 'wrong subject']}"
        )
    if args.rows:
        Path(args.rows).write_text("".join(json.dumps(d) + "\n" for d in dump), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
