#!/usr/bin/env python3
"""Re-score a judged results-precision set against the extractor as it is now.

usage: results_precision_rescore.py JUDGED.jsonl [MORE.jsonl ...] [--corpus CORPUS] [--unjudged new.jsonl] [--json]

A judged file (data/annotations/results_precision_judged*.jsonl) holds the
rows the extractor gave on a fixed set of papers, each with a verdict read
by hand. After the extractor changes, the papers are extracted again and
each row it gives now is matched to a judged row with the same sentence,
subject, dataset, value and kind (metric and baseline are not part of the
verdicts, so they do not break a match):

- matched rows are counted with their verdict;
- judged rows the extractor no longer gives are dropped;
- rows nobody judged yet are listed as unjudged (and with `--unjudged FILE`
  written in the judged format, verdict null, to be judged and passed back as
  one more JUDGED file: a later file's verdict wins for the same row).

Precision = right / counted rows, with a 95% Wilson interval. Unjudged rows
are not in it: say how many there are when quoting the figure.
"""

import argparse
import gzip
import json
import math
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_precision_sample import ROOT, predicted_rows, title_key  # noqa: E402

VERDICTS = ("right", "wrong dataset", "wrong value", "wrong subject", "wrong kind", "not a result")


#: judged sets whose stop is not over: their draw is held out (judged by the stop's judge only), so no study reads them
HELD_OUT_STOPS = frozenset({"stop54"})


def judged_sets(annotations: Path = ROOT / "data/annotations") -> dict[str, list[Path]]:
    """Every judged development set and its files in rescore order: the base file first, then its later files
    sorted, later files winning. Never held-out set 2 (results_precision_judged2*) nor a stop's held-out draw
    (HELD_OUT_STOPS): a set joins only once its stop is over. An open set (results_precision_open_stop<N>) is drawn
    as development data and joins at once."""

    def group(base: str, others: str) -> list[Path]:
        b = annotations / base
        rest = sorted(p for p in annotations.glob(others) if p != b and not p.stem.endswith("_recall"))
        return [b, *rest]

    sets = {
        "first": [
            annotations / "results_precision_judged.jsonl",
            *sorted(annotations.glob("results_precision_judged_*.jsonl")),
            annotations / "results_precision_rejudged.jsonl",
        ],
        "third": group("results_precision_dev3.jsonl", "results_precision_dev3_*.jsonl")
        + group("results_precision_dev_stop33.jsonl", "results_precision_dev_stop33_*.jsonl"),
    }
    for n in range(34, 100):
        b = annotations / f"results_precision_dev_stop{n}.jsonl"
        if b.exists() and f"stop{n}" not in HELD_OUT_STOPS:
            sets[f"stop{n}"] = group(b.name, f"results_precision_dev_stop{n}_*.jsonl")
        # a draw judged as development data within its own stop (never held out): rules may be read off it at once
        b = annotations / f"results_precision_open_stop{n}.jsonl"
        if b.exists():
            sets[f"open{n}"] = group(b.name, f"results_precision_open_stop{n}_*.jsonl")
    return sets


def row_key(sentence: str, row: dict) -> tuple:
    """What a verdict is about: the sentence and the result's subject, dataset, value and kind."""
    return (sentence, row.get("subject"), row.get("dataset"), row.get("value"), row.get("kind", "score"))


def load_judged(paths: list[str]) -> list[dict]:
    """Judged rows of every file in order; a row must carry a known verdict."""
    rows = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("verdict") not in VERDICTS:
                raise SystemExit(f"{path}:{n}: verdict {row.get('verdict')!r} is not one of {', '.join(VERDICTS)}")
            rows.append(row)
    return rows


def match_verdicts(judged: list[dict], current: list[dict]) -> dict[str, list[dict]]:
    """Split rows into counted (current rows with a verdict), dropped (judged, no longer given) and unjudged.

    `judged` rows are {"sentence", "row": {...}, "verdict", ...}; `current` rows are
    flat, as results_precision_sample.py writes them. Equal keys pair off one to
    one; where several judged files hold the same key, the later file's rows win.

    >>> j = [{"sentence": "s", "row": {"dataset": "D", "value": "1"}, "verdict": "right"}]
    >>> c = [{"sentence": "s", "dataset": "D", "value": "1"}, {"sentence": "s", "dataset": "E", "value": "2"}]
    >>> {k: len(v) for k, v in match_verdicts(j, c).items()}
    {'counted': 1, 'dropped': 0, 'unjudged': 1}
    """
    pool: dict[tuple, list[dict]] = {}
    owner: dict[tuple, int] = {}
    for row in judged:
        key = row_key(row["sentence"], row["row"])
        file_of_row = row.get("_file", 0)
        if key in owner and owner[key] != file_of_row:
            pool[key] = []  # a later file re-judged this row: its verdicts replace the earlier ones
        owner[key] = file_of_row
        pool.setdefault(key, []).append(row)
    counted, unjudged = [], []
    for row in current:
        key = row_key(row["sentence"], row)
        if pool.get(key):
            judged_row = pool[key].pop(0)
            counted.append({**judged_row, "now": row})
        else:
            unjudged.append(row)
    dropped = [row for rows in pool.values() for row in rows]
    return {"counted": counted, "dropped": dropped, "unjudged": unjudged}


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion (sound for small n and for p near 0 or 1).

    >>> tuple(round(x, 3) for x in wilson_interval(141, 189))
    (0.679, 0.803)
    >>> tuple(round(x, 4) for x in wilson_interval(0, 10))  # the textbook case: never below 0
    (0.0, 0.2775)
    """
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def summary(split: dict[str, list[dict]]) -> dict:
    """Counts per verdict, precision with its interval, and the sizes of the three groups."""
    verdicts = Counter(r["verdict"] for r in split["counted"])
    n, right = len(split["counted"]), verdicts["right"]
    no_kind = n - verdicts["wrong kind"]
    low, high = wilson_interval(right, n)
    return {
        "counted": n,
        "dropped": len(split["dropped"]),
        "unjudged": len(split["unjudged"]),
        "verdicts": {v: verdicts[v] for v in VERDICTS},
        "precision": round(right / n, 3) if n else None,
        "wilson95": [round(low, 3), round(high, 3)],
        "precision_without_kind_errors": round(right / no_kind, 3) if no_kind else None,
        "on_boards": on_boards(split["counted"]),
    }


def on_boards(counted: list[dict]) -> dict:
    """The counted rows a leaderboard shows by default (the row's confidence now at or above
    model.MIN_BOARD_CONFIDENCE): what a user reads, apart from the unsure rows the graph keeps but boards leave off
    (issue 14 item 2)."""
    from paperkg.model import MIN_BOARD_CONFIDENCE

    shown = [r for r in counted if (r.get("now", {}).get("confidence") or 0.0) >= MIN_BOARD_CONFIDENCE]
    right = sum(r["verdict"] == "right" for r in shown)
    return {
        "min_confidence": MIN_BOARD_CONFIDENCE,
        "counted": len(shown),
        "right": right,
        "precision": round(right / len(shown), 3) if shown else None,
    }


def judged_versions(records: list[dict], sentences: dict[str, set[str]]) -> list[dict]:
    """One record per title: where the corpus holds a paper twice (a workshop and a main-conference version
    of one title), the version whose abstract holds most of the judged sentences of that title, the first on a
    tie. `read_papers` keeps the first version of a title it meets; the sampler met the versions in shuffled
    order, so without this the rescoring could extract the version nobody judged.

    >>> a = {"title": "T", "abstract": "We get 3 on X."}
    >>> b = {"title": "T", "abstract": "Our model gets 3 on X."}
    >>> judged_versions([a, b], {title_key("T"): {"Our model gets 3 on X."}}) == [b]
    True
    """

    def held(r: dict) -> int:
        text = " ".join(r.get("abstract", "").split())
        return sum(" ".join(s.split()) in text for s in sentences.get(title_key(r["title"]), ()))

    best: dict[str, dict] = {}
    for r in records:
        key = title_key(r["title"])
        if key not in best or held(r) > held(best[key]):
            best[key] = r
    return list(best.values())


def current_rows(titles: set[str], corpus: str, sentences: dict[str, set[str]] | None = None) -> list[dict]:
    """The extractor's rows, now, on the papers of the corpus whose titles are given (of a title held twice,
    the version `judged_versions` picks by the judged `sentences` of each title)."""
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers

    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        records = judged_versions([r for r in map(json.loads, fh) if title_key(r["title"]) in titles], sentences or {})
    missing = titles - {title_key(r["title"]) for r in records}
    if missing:
        raise SystemExit(f"{len(missing)} judged papers are not in {corpus}, e.g. {sorted(missing)[0]!r}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "papers.jsonl"
        batch.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        for ex in extract_papers(read_papers([batch])):
            rows += predicted_rows(ex)
    return rows


def as_judged(row: dict) -> dict:
    """A current row in the judged files' format, verdict left for a person to give."""
    fields = ("subject", "dataset", "metric", "value", "compared_to", "kind", "confidence")
    return {
        "id": row["id"],
        "title": row["title"],
        "sentence": row["sentence"],
        "row": {k: row.get(k) for k in fields},
        "verdict": None,
        "why": None,
        "borderline": False,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("judged", nargs="+", help="judged jsonl files; later files win for the same row")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz"))
    ap.add_argument("--unjudged", help="write the rows nobody judged yet here, in the judged format")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)

    judged = []
    for i, path in enumerate(args.judged):
        judged += [{**row, "_file": i} for row in load_judged([path])]
    titles = {title_key(r["title"]) for r in judged if r.get("title")}
    if not titles:
        raise SystemExit("no judged row names its paper (title): give the main judged file first")
    print(f"extracting {len(titles)} papers ...", file=sys.stderr)
    sentences: dict[str, set[str]] = {}
    for r in judged:
        if r.get("title") and r.get("sentence"):
            sentences.setdefault(title_key(r["title"]), set()).add(r["sentence"])
    split = match_verdicts(judged, current_rows(titles, args.corpus, sentences))
    result = summary(split)
    if args.unjudged:
        with open(args.unjudged, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(as_judged(r), ensure_ascii=False) + "\n" for r in split["unjudged"])
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    v = result["verdicts"]
    print(
        f"counted {result['counted']} (judged rows still given), dropped {result['dropped']}, "
        f"unjudged {result['unjudged']}"
    )
    print("verdicts: " + ", ".join(f"{k} {v[k]}" for k in VERDICTS))
    if result["precision"] is not None:
        low, high = result["wilson95"]
        print(
            f"precision {v['right']}/{result['counted']} = {result['precision']:.3f} "
            f"(95% Wilson {low:.3f}-{high:.3f}); without kind errors {result['precision_without_kind_errors']:.3f}"
        )
    board = result["on_boards"]
    if board["precision"] is not None:
        print(
            f"on leaderboards (confidence >= {board['min_confidence']}): "
            f"{board['right']}/{board['counted']} = {board['precision']:.3f}"
        )
    for r in split["unjudged"]:
        print(f"unjudged: {r['id']}  {r['value']!r} on {r['dataset']!r}  subject {r['subject']!r}  kind {r['kind']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
