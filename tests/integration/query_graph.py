"""A small hand-made graph every named query is tested on, on both engines.

Six papers: a preference-optimisation thread (DPO, PPO, GRPO on MATH500 and
GSM8K, with results and comparisons), a benchmark paper with no results, and
a vision pair that is linked to the rest by nothing (for paths). Written
through the store's own write_papers, so the queries see what a build writes.
"""

from __future__ import annotations

import json

from paperkg.model import ConceptRow, MentionRow, Paper, PaperGraph, ResultRow

CONCEPTS = {
    "Method:dpo": ("DPO", ("Direct Preference Optimization",)),
    "Method:ppo": ("PPO", ()),
    "Method:grpo": ("GRPO", ("Group Relative Policy Optimization",)),
    "Model:llama-2": ("Llama 2", ("LLaMA-2",)),
    "Dataset:math500": ("MATH500", ("MATH-500",)),
    "Dataset:gsm8k": ("GSM8K", ()),
    "Dataset:hard-bench": ("HardBench", ()),
    "Dataset:unused-set": ("UnusedSet", ()),
    "Dataset:imagenet": ("ImageNet", ()),
    "Metric:accuracy": ("accuracy", ()),
    "Metric:pass-at-1": ("pass@1", ()),
    "Metric:top-1": ("top-1 accuracy", ()),
    "Task:math-reasoning": ("math reasoning", ()),
    "Model:vit": ("ViT", ("Vision Transformer",)),
}

# id, title, published, listed_on, {concept key: mention count}, proposes,
# results [(id, subject, dataset, metric, value, number, compared_to)]
PAPERS = [
    (
        "2401.00001",
        "Direct Preference Optimization for Math",
        "2024-01-10",
        ["2024-01-10"],
        {"Method:dpo": 3, "Model:llama-2": 2, "Dataset:math500": 1, "Metric:accuracy": 1, "Method:ppo": 1},
        ["Method:dpo"],
        [
            ("r1", "Method:dpo", "Dataset:math500", "Metric:accuracy", "72.5%", 72.5, "Method:ppo"),
            ("r2", "Method:ppo", "Dataset:math500", "Metric:accuracy", "65.0%", 65.0, None),
        ],
    ),
    (
        "2403.00002",
        "GRPO: Group Relative Policy Optimization",
        "2024-03-05",
        ["2024-03-05"],
        {
            "Method:grpo": 4,
            "Model:llama-2": 1,
            "Dataset:math500": 2,
            "Dataset:gsm8k": 1,
            "Metric:accuracy": 1,
            "Method:dpo": 1,
        },
        ["Method:grpo"],
        [
            ("r3", "Method:grpo", "Dataset:math500", "Metric:accuracy", "80.1%", 80.1, "Method:dpo"),
            ("r4", "Method:grpo", "Dataset:gsm8k", "Metric:accuracy", "91.0%", 91.0, "Method:dpo"),
        ],
    ),
    (
        "2403.00003",
        "Evaluating Llama 2 on Math Reasoning",
        "2024-03-20",
        ["2024-03-20", "2024-03-21"],
        {
            "Model:llama-2": 2,
            "Dataset:gsm8k": 1,
            "Dataset:math500": 1,
            "Task:math-reasoning": 1,
            "Method:grpo": 1,
            "Metric:pass-at-1": 1,
        },
        [],
        [
            ("r5", "Model:llama-2", "Dataset:gsm8k", "Metric:accuracy", "56.3%", 56.3, None),
            ("r6", "Model:llama-2", "Dataset:math500", "Metric:pass-at-1", "30.2", 30.2, None),
        ],
    ),
    (
        "2403.00004",
        "HardBench: A Harder Math Benchmark",
        "2024-03-25",
        ["2024-03-25"],
        {"Dataset:hard-bench": 2, "Dataset:unused-set": 1, "Task:math-reasoning": 1, "Method:grpo": 1},
        ["Dataset:hard-bench"],
        [],
    ),
    (
        "2312.00005",
        "Vision Transformers Revisited",
        "2023-12-01",
        ["2023-12-01"],
        {"Model:vit": 2, "Dataset:imagenet": 1},
        [],
        [],
    ),
    (
        "2312.00006",
        "ImageNet Top-1 Study",
        "2023-12-15",
        ["2023-12-15"],
        {"Dataset:imagenet": 1, "Metric:top-1": 1},
        [],
        [],
    ),
]

SENTENCE = "{subject} reaches {value} on {dataset}."


def evidence(pid: str, key: str, count: int) -> str:
    name = CONCEPTS[key][0]
    return json.dumps([{"sentence": f"{name} in {pid} ({i}).", "start": 0, "end": len(name)} for i in range(count)])


def result_sentence(subject: str, value: str, dataset: str) -> str:
    return SENTENCE.format(subject=CONCEPTS[subject][0], value=value, dataset=CONCEPTS[dataset][0])


def paper_graphs() -> list[PaperGraph]:
    graphs = []
    for pid, title, published, listed, mentions, proposes, results in PAPERS:
        paper = Paper(
            id=pid,
            title=title,
            abstract=f"Abstract of {title}.",
            raw_title=title,
            raw_abstract=f"Abstract of {title}.",
            published=published,
            listed_on=tuple(listed),
            sources=(f"fixture:{pid}",),
            arxiv_id=pid,
        )
        concepts = tuple(ConceptRow(k, CONCEPTS[k][0], k.split(":")[0], CONCEPTS[k][1]) for k in mentions)
        mention_rows = tuple(MentionRow(pid, k, n, evidence(pid, k, n)) for k, n in mentions.items())
        result_rows = tuple(
            ResultRow(
                rid,
                pid,
                value,
                number,
                "%" if value.endswith("%") else None,
                result_sentence(subject, value, dataset),
                of_key=subject,
                on_key=dataset,
                metric_key=metric,
                compared_key=baseline,
            )
            for rid, subject, dataset, metric, value, number, baseline in results
        )
        graphs.append(PaperGraph(paper, concepts, mention_rows, tuple(proposes), result_rows))
    return graphs


def s(subject: str, value: str, dataset: str) -> str:
    """The evidence sentence of a fixture result, for expected rows."""
    return result_sentence(subject, value, dataset)


# name -> [(params, columns, rows)]: the exact answer on both engines.
CASES = {
    "leaderboard": [
        (
            {"dataset": "MATH500"},
            ["metric", "pair", "subject", "value", "number", "paper_id", "title", "sentence"],
            [
                [
                    "accuracy",
                    "",
                    "GRPO",
                    "80.1%",
                    80.1,
                    "2403.00002",
                    "GRPO: Group Relative Policy Optimization",
                    s("Method:grpo", "80.1%", "Dataset:math500"),
                ],
                [
                    "accuracy",
                    "",
                    "DPO",
                    "72.5%",
                    72.5,
                    "2401.00001",
                    "Direct Preference Optimization for Math",
                    s("Method:dpo", "72.5%", "Dataset:math500"),
                ],
                [
                    "accuracy",
                    "",
                    "PPO",
                    "65.0%",
                    65.0,
                    "2401.00001",
                    "Direct Preference Optimization for Math",
                    s("Method:ppo", "65.0%", "Dataset:math500"),
                ],
                [
                    "pass@1",
                    "",
                    "Llama 2",
                    "30.2",
                    30.2,
                    "2403.00003",
                    "Evaluating Llama 2 on Math Reasoning",
                    s("Model:llama-2", "30.2", "Dataset:math500"),
                ],
            ],
        ),
        ({"dataset": "MATH-500"}, None, 4),  # an alias finds the same four rows
        ({"dataset": "gsm8k"}, None, 2),  # names match case-insensitively
        ({"dataset": "HardBench"}, None, 0),
    ],
    "evaluated_on": [
        (
            {"name": "GRPO"},
            ["dataset", "metric", "value", "number", "paper_id"],
            [["GSM8K", "accuracy", "91.0%", 91.0, "2403.00002"], ["MATH500", "accuracy", "80.1%", 80.1, "2403.00002"]],
        ),
        (
            {"name": "LLaMA-2"},
            ["dataset", "metric", "value", "number", "paper_id"],
            [["GSM8K", "accuracy", "56.3%", 56.3, "2403.00003"], ["MATH500", "pass@1", "30.2", 30.2, "2403.00003"]],
        ),
    ],
    "top_concepts": [
        (
            {"kind": "Method", "limit": 2},
            ["name", "key", "papers"],
            [["GRPO", "Method:grpo", 3], ["DPO", "Method:dpo", 2]],
        ),
        (
            {"kind": "Dataset", "limit": 10},
            ["name", "key", "papers"],
            [
                ["MATH500", "Dataset:math500", 3],
                ["GSM8K", "Dataset:gsm8k", 2],
                ["ImageNet", "Dataset:imagenet", 2],
                ["HardBench", "Dataset:hard-bench", 1],
                ["UnusedSet", "Dataset:unused-set", 1],
            ],
        ),
    ],
    "concept_card": [
        ({"name": "direct preference optimization"}, None, 0),  # aliases match exactly, names case-insensitively
        (
            {"name": "Direct Preference Optimization"},
            ["key", "name", "kind", "aliases", "papers", "paper_id", "title", "published", "mentions", "proposes"],
            [
                [
                    "Method:dpo",
                    "DPO",
                    "Method",
                    ["Direct Preference Optimization"],
                    2,
                    "2401.00001",
                    "Direct Preference Optimization for Math",
                    "2024-01-10",
                    3,
                    True,
                ],
                [
                    "Method:dpo",
                    "DPO",
                    "Method",
                    ["Direct Preference Optimization"],
                    2,
                    "2403.00002",
                    "GRPO: Group Relative Policy Optimization",
                    "2024-03-05",
                    1,
                    False,
                ],
            ],
        ),
    ],
    "co_occurring": [
        (
            {"name": "dpo", "limit": 10},
            ["name", "kind", "papers"],
            [
                ["Llama 2", "Model", 2],
                ["MATH500", "Dataset", 2],
                ["accuracy", "Metric", 2],
                ["GRPO", "Method", 1],
                ["GSM8K", "Dataset", 1],
                ["PPO", "Method", 1],
            ],
        ),
        ({"name": "ViT", "limit": 3}, ["name", "kind", "papers"], [["ImageNet", "Dataset", 1]]),
    ],
    "papers_proposing": [
        (
            {"name": "Method:grpo"},
            ["paper_id", "title", "published", "concept", "kind"],
            [["2403.00002", "GRPO: Group Relative Policy Optimization", "2024-03-05", "GRPO", "Method"]],
        ),
        (
            {"name": "HardBench"},
            ["paper_id", "title", "published", "concept", "kind"],
            [["2403.00004", "HardBench: A Harder Math Benchmark", "2024-03-25", "HardBench", "Dataset"]],
        ),
        ({"name": "PPO"}, None, 0),
    ],
    "similar_papers": [
        (
            {"paper": "2401.00001", "limit": 5},
            ["paper_id", "title", "shared"],
            [
                ["2403.00002", "GRPO: Group Relative Policy Optimization", 4],
                ["2403.00003", "Evaluating Llama 2 on Math Reasoning", 2],
            ],
        ),
        (
            {"paper": "vision transformers revisited", "limit": 5},
            ["paper_id", "title", "shared"],
            [["2312.00006", "ImageNet Top-1 Study", 1]],
        ),
    ],
    "path": [
        (
            {"from": "ViT", "to": "top-1 accuracy"},
            ["path", "hops"],
            [[["ViT", "Vision Transformers Revisited", "ImageNet", "ImageNet Top-1 Study", "top-1 accuracy"], 4]],
        ),
        (
            {"from": "UnusedSet", "to": "Task:math-reasoning"},
            ["path", "hops"],
            [[["UnusedSet", "HardBench: A Harder Math Benchmark", "math reasoning"], 2]],
        ),
        ({"from": "ViT", "to": "DPO"}, None, 0),  # no chain between the vision pair and the rest
    ],
    "rising": [
        (
            {"since": "2024-03-01", "limit": 5},
            ["name", "kind", "recent", "earlier", "rise"],
            [
                ["GRPO", "Method", 3, 0, 3],
                ["GSM8K", "Dataset", 2, 0, 2],
                ["math reasoning", "Task", 2, 0, 2],
                ["Llama 2", "Model", 2, 1, 1],
                ["MATH500", "Dataset", 2, 1, 1],
            ],
        ),
        (
            {"since": "2024-03-21", "limit": 3},
            ["name", "kind", "recent", "earlier", "rise"],
            [["HardBench", "Dataset", 1, 0, 1], ["UnusedSet", "Dataset", 1, 0, 1], ["math reasoning", "Task", 1, 1, 0]],
        ),
    ],
    "datasets_without_results": [
        (
            {},
            ["name", "key", "papers"],
            [
                ["ImageNet", "Dataset:imagenet", 2],
                ["HardBench", "Dataset:hard-bench", 1],
                ["UnusedSet", "Dataset:unused-set", 1],
            ],
        ),
    ],
    "comparisons": [
        ({}, ["method", "baseline", "results", "datasets"], [["GRPO", "DPO", 2, 2], ["DPO", "PPO", 1, 1]]),
    ],
    "search": [
        (
            {"q": "MATH", "limit": 10},
            ["name", "kind", "key", "papers"],
            [["MATH500", "Dataset", "Dataset:math500", 3], ["math reasoning", "Task", "Task:math-reasoning", 2]],
        ),
        (
            {"q": "optim", "limit": 10},
            ["name", "kind", "key", "papers"],  # found through aliases
            [["GRPO", "Method", "Method:grpo", 3], ["DPO", "Method", "Method:dpo", 2]],
        ),
        ({"q": "zzz", "limit": 10}, None, 0),
    ],
    "search_papers": [
        (
            {"q": "math", "limit": 10},
            ["paper_id", "title", "published"],
            [
                ["2403.00004", "HardBench: A Harder Math Benchmark", "2024-03-25"],
                ["2403.00003", "Evaluating Llama 2 on Math Reasoning", "2024-03-20"],
                ["2401.00001", "Direct Preference Optimization for Math", "2024-01-10"],
            ],
        ),
    ],
    "paper_card": [
        (
            {"paper": "2403.00004"},
            ["paper_id", "kind", "name", "mentions", "proposes"],
            [
                ["2403.00004", "Dataset", "HardBench", 2, True],
                ["2403.00004", "Dataset", "UnusedSet", 1, False],
                ["2403.00004", "Method", "GRPO", 1, False],
                ["2403.00004", "Task", "math reasoning", 1, False],
            ],
        ),
    ],
    "evidence": [
        (
            {"name": "PPO"},
            ["paper_id", "title", "mentions", "evidence"],
            [["2401.00001", "Direct Preference Optimization for Math", 1, evidence("2401.00001", "Method:ppo", 1)]],
        ),
        ({"name": "Metric:accuracy"}, None, 2),
    ],
}
