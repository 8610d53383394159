"""The leaderboard rows an audit reads: build a corpus (or the papers of it an
audit names), then every row of the named boards, keyed so a verdict finds its
row again after a rebuild.

    .venv/bin/python tests/audit/audit_rows.py seed MATH500 GSM8K > rows.jsonl   # rows to read and judge
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPORA = {
    "seed": SHARED / "corpus",
    "acl": SHARED / "corpora" / "acl-anthology" / "acl_sample_20k.jsonl.gz",
}


def row_key(row: dict) -> str:
    """What identifies a row's reading across rebuilds: the paper, board and
    sentence, and what the row says of them (value, kind, subject, metric,
    baseline, dataset). A row read differently (a gain no longer shown as a
    score) is a new row, to be judged again; so is a row filed under another
    language pair or another part of the benchmark (sub-task, track: a row
    ranked in the wrong sub-task misleads as a wrong number does). Each joins
    the key only when there is one, so the keys of rows without stay as they
    were judged."""
    key = "|".join(
        str(row[k] or "")
        for k in ("paper_id", "board", "sentence", "value", "kind", "subject", "metric", "baseline", "dataset")
    )
    key = f"{key}|{row['pair']}" if row.get("pair") else key
    return f"{key}|part={row['part']}" if row.get("part") else key


def corpus_sources(corpus: str, tmp: Path, paper_ids: set[str] | None = None) -> list[str]:
    """The files to build: the seed corpus whole, the ACL sample cut to the
    records of `paper_ids`, so a test builds a few hundred papers, not 20k."""
    path = CORPORA[corpus]
    if path.is_dir():
        return [str(p) for p in sorted(path.iterdir())]
    if paper_ids is None:
        return [str(path)]
    from paperkg.sources import read_papers

    titles = {p.raw_title for p in read_papers([str(path)]) if p.id in paper_ids}
    out = tmp / f"{corpus}-audited.jsonl"
    with gzip.open(path, "rt", encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        dst.writelines(line for line in fh if json.loads(line).get("title") in titles)
    return [str(out)]


def board_rows(store: str, boards: list[str]) -> list[dict]:
    """Every row of every board as a user sees it by default (confident scores
    and comparisons), with `board` and `key`."""
    from paperkg import api
    from paperkg.errors import NotFoundError

    out = []
    for board in boards:
        try:
            found = api.leaderboard(board, store=store)
        except NotFoundError:
            continue
        for r in found["rows"] + found["comparisons"]:
            row = {
                "board": board,
                **{
                    k: r[k]
                    for k in (
                        "paper_id",
                        "subject",
                        "metric",
                        "value",
                        "kind",
                        "confidence",
                        "baseline",
                        "dataset",
                        "pair",
                        "part",
                        "sentence",
                    )
                },
            }
            row["key"] = row_key(row)
            out.append(row)
    return out


if __name__ == "__main__":
    import tempfile

    from paperkg import api

    corpus, boards = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "g.lbdb")
        api.build(corpus_sources(corpus, Path(tmp)), store=store)
        for row in board_rows(store, boards):
            print(json.dumps(row, ensure_ascii=False))
