"""Results of every kind, written and read back the same on every engine and path."""

from __future__ import annotations

from paperkg.model import ConceptRow, MentionRow, Paper, PaperGraph, ResultRow

KEYS = ("Method:ours", "Dataset:gsm8k", "Metric:latency", "Method:dpo")
RESULTS = (
    ResultRow("r-score", "p1", "84.6%", 84.6, "%", "Ours reaches 84.6% on GSM8K.", "Method:ours", "Dataset:gsm8k"),
    ResultRow(
        "r-gain",
        "p1",
        "+6.4 points",
        6.4,
        "points",
        "Ours improves over DPO by 6.4 points on GSM8K En-De.",
        "Method:ours",
        "Dataset:gsm8k",
        compared_key="Method:dpo",
        kind="gain",
        confidence=0.8,
        pair="en-de",
    ),
    ResultRow(
        "r-cut",
        "p1",
        "-90%",
        -90.0,
        "%",
        "Ours cuts latency by 90% on GSM8K.",
        "Method:ours",
        "Dataset:gsm8k",
        "Metric:latency",
        kind="reduction",
        confidence=0.3,
    ),
)


def result_graph() -> PaperGraph:
    paper = Paper(id="p1", title="Ours", abstract="A.", raw_title="Ours", raw_abstract="A.", published="2024-05-01")
    concepts = tuple(ConceptRow(k, k.split(":")[1], k.split(":")[0]) for k in KEYS)
    mentions = tuple(MentionRow("p1", k, 1, "[]") for k in KEYS)
    return PaperGraph(paper, concepts, mentions, ("Method:ours",), RESULTS)


def stored(results: list[dict]) -> dict[str, tuple]:
    """{id: (value, number, unit, kind, confidence, compared_key, pair)} of read result rows."""
    return {
        r["id"]: (r["value"], r["number"], r["unit"], r["kind"], r["confidence"], r.get("compared_key"), r.get("pair"))
        for r in results
    }


EXPECTED = {
    "r-score": ("84.6%", 84.6, "%", "score", 1.0, None, ""),
    "r-gain": ("+6.4 points", 6.4, "points", "gain", 0.8, "Method:dpo", "en-de"),
    "r-cut": ("-90%", -90.0, "%", "reduction", 0.3, None, ""),
}
