#!/usr/bin/env python3
"""Build the corpus statistics the extractor ships (`make corpus-stats`).

usage: build_corpus_stats.py [--acl ../shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz]
                             [--seed-corpus ../shared/corpus] [--gold ../shared/gold/dev.jsonl] [--min-df 3]
                             [-o src/paperkg/extract/data/phrase_stats.tsv.gz]

A phrase that many independent papers use is a term of the field; a phrase
one paper uses once is a description. For every candidate phrase (1-5 word
tokens of paperkg's own tokenizer, not starting or ending with a function
word, no punctuation inside) this counts in how many papers it occurs, how
it is written (lower case, capitalised, all capitals), and how often it
stands in the contexts that type a name: "the X task", "X dataset/corpus/
benchmark", "X score", "using X", "X model", "X method/approach/...",
"X outperforms/achieves", "X-based", "X (ACRONYM)". Phrases in fewer than
--min-df papers are dropped.

Every annotated paper is left out of the counts: the ACL papers any file of
data/annotations/ names, by ACL id or paper id (the 600 of the locked test
split and the development folds alike, the fresh full annotations, the
judged results samples) and the seed-corpus papers of dev.jsonl. The decision layer is cross-validated on
the development papers, and counts that include a held-out paper's own
phrases would flatter its score (a description its abstract repeats would
look like a term of the field). The output is deterministic (sorted
rows, gzip with a fixed mtime), so a rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from paperkg.extract.phrase_stats import (  # noqa: E402
    COLUMNS,
    DATA_AFTER,
    FORMAT_VERSION,
    METHOD_AFTER,
    METRIC_AFTER,
    MODEL_AFTER,
    ON_BEFORE,
    SUBJECT_AFTER,
    TASK_AFTER,
    USING_BEFORE,
    phrase_key,
)

MAX_N = 5


def function_words() -> frozenset[str]:
    """The closed word classes of function_words.txt (its sections before the
    verbs): a phrase never starts or ends with one. Verbs stay allowed, so
    "support vector machines" is counted."""
    path = ROOT / "src" / "paperkg" / "extract" / "lexicons" / "function_words.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# verbs"):
            break
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def is_word(tok: str) -> bool:
    return any(c.isalnum() for c in tok)


def annotated_ids(annotations: Path) -> set[str]:
    """Ids of every paper any file of data/annotations/ annotates (all passes, all splits). A file of
    verdicts on another file's rows (`results_precision_rejudged.jsonl`: row, verdict) names no paper."""
    ids: set[str] = set()
    for path in sorted(annotations.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            ids.update(i for line in fh if line.strip() and (i := json.loads(line).get("id")))
    ids.update(
        i for split in json.loads((annotations / "splits.json").read_text(encoding="utf-8"))["dev_folds"] for i in split
    )
    ids.update(json.loads((annotations / "splits.json").read_text(encoding="utf-8"))["test"])
    return ids


def gold_titles(gold: Path) -> set[str]:
    """Titles of the seed-corpus papers dev.jsonl annotates (the corpus files carry no id)."""
    with gold.open(encoding="utf-8") as fh:
        return {json.loads(line)["title"].strip() for line in fh if line.strip()}


def texts(acl: Path, seed_corpus: Path, skip_ids: set[str], skip_titles: set[str]):
    """(title, abstract) of every unannotated paper: the ACL corpus, then the seed corpus. An ACL paper is
    annotated when its ACL id or its paper id (`paper_id` of its title: the `t-...` ids the results
    samples of data/annotations/ carry) is among `skip_ids`."""
    from paperkg.sources import read_papers
    from paperkg.sources.normalise import paper_id

    with gzip.open(acl, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] not in skip_ids and paper_id(r["title"]) not in skip_ids:
                yield r["title"], r["abstract"]

    for p in read_papers(sorted(seed_corpus.glob("*.txt"))):
        if p.raw_title.strip() not in skip_titles:
            yield p.title, p.abstract


def sentences(tokenizer, title: str, abstract: str):
    """Token lists split at sentence ends, the title its own sentence."""
    for block in (title, abstract):
        sent: list[str] = []
        for t in tokenizer(block):
            w = t.text
            if w.isspace():
                continue
            sent.append(w)
            if w in (".", "?", "!", ";", ":"):
                yield sent
                sent = []
        if sent:
            yield sent


def spans(sent: list[str], stop: frozenset[str]):
    """(start, end) of every candidate phrase in a sentence."""
    n = len(sent)
    for i in range(n):
        if not is_word(sent[i]) or sent[i].lower() in stop:
            continue
        for j in range(i + 1, min(n, i + MAX_N) + 1):
            if not is_word(sent[j - 1]):
                break
            if sent[j - 1].lower() in stop:
                continue
            yield i, j


def count_df(docs, tokenizer, stop) -> Counter:
    df: Counter = Counter()
    for title, abstract in docs:
        seen = set()
        for sent in sentences(tokenizer, title, abstract):
            for i, j in spans(sent, stop):
                seen.add(phrase_key(sent[i:j]))
        df.update(seen)
    return df


def count_contexts(docs, tokenizer, stop, keep: set[str]) -> dict[str, list]:
    rows: dict[str, list] = defaultdict(lambda: [0] * (len(COLUMNS) - 3))
    surfaces: dict[str, Counter] = defaultdict(Counter)
    col = {c: k for k, c in enumerate(COLUMNS[2:-1])}
    for title, abstract in docs:
        for sent in sentences(tokenizer, title, abstract):
            lows = [w.lower() for w in sent]
            for i, j in spans(sent, stop):
                key = phrase_key(sent[i:j])
                if key not in keep:
                    continue
                r = rows[key]
                surface = " ".join(sent[i:j])
                surfaces[key][surface] += 1
                r[col["n"]] += 1
                if surface.islower():
                    r[col["lower"]] += 1
                elif surface.isupper():
                    r[col["upper"]] += 1
                elif i > 0 and sent[i][:1].isupper():
                    r[col["capital"]] += 1
                nxt = lows[j] if j < len(sent) else ""
                prv = lows[i - 1] if i > 0 else ""
                if nxt in TASK_AFTER or (prv == "of" and i > 2 and lows[i - 2] == "task"):
                    r[col["task"]] += 1
                if nxt in DATA_AFTER:
                    r[col["data"]] += 1
                if nxt in METRIC_AFTER:
                    r[col["metric"]] += 1
                if nxt in MODEL_AFTER:
                    r[col["model"]] += 1
                if nxt in METHOD_AFTER:
                    r[col["method"]] += 1
                if prv in USING_BEFORE:
                    r[col["using"]] += 1
                if prv in ON_BEFORE:
                    r[col["on"]] += 1
                if nxt in SUBJECT_AFTER:
                    r[col["subject"]] += 1
                if nxt in ("-based", "based") or sent[j - 1].endswith("-based"):
                    r[col["based"]] += 1
                if nxt == "(" and j + 2 < len(sent) and sent[j + 2] == ")" and sent[j + 1][:1].isupper():
                    r[col["abbr"]] += 1
    out = {}
    for key, r in rows.items():
        surface = min(surfaces[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out[key] = [*r, surface]
    return out


def write(path: Path, df: Counter, rows: dict[str, list], sources: list[str], min_df: int) -> int:
    buf = io.StringIO()
    buf.write(f"# paperkg phrase statistics, format {FORMAT_VERSION}\n")
    buf.write(f"# built by: python3 scripts/build_corpus_stats.py --min-df {min_df} (make corpus-stats)\n")
    for s in sources:
        buf.write(f"# source: {s}\n")
    buf.write("\t".join(COLUMNS) + "\n")
    for key in sorted(rows):
        buf.write("\t".join([key, str(df[key]), *map(str, rows[key])]) + "\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    # no file name in the gzip header (it would be the temporary file's): the bytes depend on the rows only
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    tmp.replace(path)
    return len(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--acl", type=Path, default=ROOT.parent / "shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz")
    ap.add_argument("--seed-corpus", type=Path, default=ROOT.parent / "shared/corpus")
    ap.add_argument("--annotations", type=Path, default=ROOT / "data/annotations")
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared/gold/dev.jsonl")
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "src/paperkg/extract/data/phrase_stats.tsv.gz")
    a = ap.parse_args(argv)
    import spacy

    from paperkg.extract.tokenizer import build_tokenizer

    tokenizer = build_tokenizer(spacy.blank("en"))
    stop = function_words()
    skip_ids = annotated_ids(a.annotations)
    skip_titles = gold_titles(a.gold)
    start = time.perf_counter()
    df = count_df(texts(a.acl, a.seed_corpus, skip_ids, skip_titles), tokenizer, stop)
    keep = {k for k, n in df.items() if n >= a.min_df}
    print(
        f"{len(df):,} phrases, {len(keep):,} in >= {a.min_df} papers ({time.perf_counter() - start:.0f} s)",
        file=sys.stderr,
    )
    rows = count_contexts(texts(a.acl, a.seed_corpus, skip_ids, skip_titles), tokenizer, stop, keep)
    sources = [
        f"{a.acl.name} (ACL Anthology, CC BY 4.0; the {len(skip_ids)} annotated papers of data/annotations/ left out)",
        f"{a.seed_corpus.name}/*.txt (Daily Papers seed corpus; the {len(skip_titles)} papers of "
        f"{a.gold.name} left out)",
    ]
    n = write(a.out, df, rows, sources, a.min_df)
    print(
        f"{n:,} phrases -> {a.out} ({a.out.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - start:.0f} s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
