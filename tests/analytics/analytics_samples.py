"""A five-paper graph small enough to work every expected value out by hand.

    p1 2024-01  DPO (proposed, 3x), AlpacaEval 2, Llama
    p2 2024-02  DPO, RLHF (3x), MT-Bench           "DPO and RLHF both align models."
    p3 2024-02  RLHF (2x), MT-Bench, GSM8K
    p4 2024-03  LoRA, GSM8K, Llama
    p5 --03-15 (published 2024-03-01)  LoRA, MATH500

Results: DPO 30.5 % win rate on AlpacaEval 2 (p1); DPO 7.1 on MT-Bench (p2);
RLHF 60 % (p3), LoRA 70 % and Llama 55 % (p4) accuracy on GSM8K; LoRA 12.5 and
an unnamed baseline 20.0 error rate on MATH500 (p5).
"""

from __future__ import annotations

import json

from paperkg.model import GraphData

CONCEPTS = {
    "Method:dpo": ("Direct Preference Optimization", "Method", ["DPO"]),
    "Method:rlhf": ("RLHF", "Method", ["reinforcement learning from human feedback"]),
    "Method:lora": ("LoRA", "Method", ["low-rank adaptation"]),
    "Model:llama": ("Llama", "Model", []),
    "Dataset:alpacaeval-2": ("AlpacaEval 2", "Dataset", []),
    "Dataset:mt-bench": ("MT-Bench", "Dataset", []),
    "Dataset:gsm8k": ("GSM8K", "Dataset", []),
    "Dataset:math500": ("MATH500", "Dataset", ["MATH-500"]),
    "Metric:win-rate": ("win rate", "Metric", []),
    "Metric:accuracy": ("accuracy", "Metric", []),
    "Metric:error-rate": ("error rate", "Metric", []),
}

PAPERS = [
    (
        "p1",
        "DPO: Your Language Model Is Secretly a Reward Model",
        "2024-01-10",
        ["2024-01-10"],
        {"Method:dpo": 3, "Dataset:alpacaeval-2": 1, "Model:llama": 1},
    ),
    (
        "p2",
        "Comparing DPO and RLHF",
        "2024-02-03",
        ["2024-02-03"],
        {"Method:dpo": 1, "Method:rlhf": 3, "Dataset:mt-bench": 1},
    ),
    (
        "p3",
        "RLHF for Math",
        "2024-02-20",
        ["2024-02-20"],
        {"Method:rlhf": 2, "Dataset:mt-bench": 1, "Dataset:gsm8k": 1},
    ),
    (
        "p4",
        "LoRA Fine-Tuning of Llama",
        "2024-03-05",
        ["2024-03-05"],
        {"Method:lora": 1, "Dataset:gsm8k": 1, "Model:llama": 1},
    ),
    ("p5", "LoRA on MATH500", "2024-03-01", ["--03-15"], {"Method:lora": 1, "Dataset:math500": 1}),
]

SENTENCES = {
    ("p2", "Method:dpo"): "DPO and RLHF both align models.",
    ("p2", "Method:rlhf"): "DPO and RLHF both align models.",
}

RESULTS = [
    ("r1", "p1", "30.5%", 30.5, "%", "Method:dpo", "Dataset:alpacaeval-2", "Metric:win-rate"),
    ("r2", "p2", "7.1", 7.1, None, "Method:dpo", "Dataset:mt-bench", None),
    ("r3", "p3", "60%", 60.0, "%", "Method:rlhf", "Dataset:gsm8k", "Metric:accuracy"),
    ("r4", "p4", "70%", 70.0, "%", "Method:lora", "Dataset:gsm8k", "Metric:accuracy"),
    ("r5", "p4", "55%", 55.0, "%", "Model:llama", "Dataset:gsm8k", "Metric:accuracy"),
    ("r6", "p5", "12.5", 12.5, None, "Method:lora", "Dataset:math500", "Metric:error-rate"),
    ("r7", "p5", "20.0", 20.0, None, None, "Dataset:math500", "Metric:error-rate"),
]


def sentence(pid: str, key: str) -> str:
    return SENTENCES.get((pid, key), f"{pid} names {CONCEPTS[key][0]}.")


def make_data() -> GraphData:
    counts = {k: sum(k in p[4] for p in PAPERS) for k in CONCEPTS}
    return GraphData(
        papers=[
            {"id": i, "title": t, "published": pub, "listed_on": listed, "url": "", "arxiv_id": ""}
            for i, t, pub, listed, _ in PAPERS
        ],
        concepts=[
            {"key": k, "name": n, "kind": kind, "aliases": aliases, "paper_count": counts[k]}
            for k, (n, kind, aliases) in CONCEPTS.items()
        ],
        mentions=[
            {
                "paper_id": i,
                "concept_key": k,
                "count": c,
                "evidence": json.dumps([{"sentence": sentence(i, k), "start": 0, "end": 3}]),
            }
            for i, _, _, _, ms in PAPERS
            for k, c in ms.items()
        ],
        proposes=[{"paper_id": "p1", "concept_key": "Method:dpo"}],
        results=[
            {
                "id": r,
                "paper_id": p,
                "value": v,
                "number": n,
                "unit": u,
                "sentence": f"{v} in {p}.",
                "of_key": of,
                "on_key": on,
                "metric_key": m,
                "compared_key": None,
            }
            for r, p, v, n, u, of, on, m in RESULTS
        ],
    )


def paper_graphs():
    """The same graph as rows the stores write (for CLI tests on a real store)."""
    from paperkg.model import ConceptRow, MentionRow, Paper, PaperGraph, ResultRow

    data = make_data()
    out = []
    for p in data.papers:
        mentions = [m for m in data.mentions if m["paper_id"] == p["id"]]
        results = [r for r in data.results if r["paper_id"] == p["id"]]
        keys = {m["concept_key"] for m in mentions} | {
            r[f] for r in results for f in ("of_key", "on_key", "metric_key") if r[f]
        }
        out.append(
            PaperGraph(
                paper=Paper(
                    id=p["id"],
                    title=p["title"],
                    abstract=f"Abstract of {p['title']}.",
                    raw_title=p["title"],
                    raw_abstract=f"Abstract of {p['title']}.",
                    published=p["published"] or None,
                    listed_on=tuple(p["listed_on"]),
                    sources=("test",),
                ),
                concepts=tuple(ConceptRow(k, *CONCEPTS[k][:2], tuple(CONCEPTS[k][2])) for k in sorted(keys)),
                mentions=tuple(
                    MentionRow(m["paper_id"], m["concept_key"], m["count"], m["evidence"]) for m in mentions
                ),
                proposes=tuple(r["concept_key"] for r in data.proposes if r["paper_id"] == p["id"]),
                results=tuple(ResultRow(**r) for r in results),
            )
        )
    return out


def written_store(tmp_path_factory, name: str, graphs) -> str:
    """An embedded store holding `graphs`, in a fresh folder; returns its path."""
    from paperkg.store.ladybug import LadybugStore

    path = tmp_path_factory.mktemp(name) / "g.lbdb"
    with LadybugStore(path) as st:
        st.write_papers(graphs)
    return str(path)
