"""Analytics commands: rank, communities, trends, similar, path, gaps, concept (leaderboard, task: cli/boards.py).

Each parses its options, calls one function of paperkg.api and renders what it
returns; unknown names surface as NotFoundError (one line, exit code 1).
"""

from __future__ import annotations

from typing import Callable

import click

from paperkg import api
from paperkg.cli.app import main
from paperkg.cli.options import (
    evidence_excerpt,
    format_option,
    note,
    render_mapping,
    render_rows,
    store_option,
    sure_options,
)
from paperkg.model import KINDS, TOPIC

#: Senses of a typed acronym `paperkg concept` lists (the card holds all, most written first).
SHOWN_SENSES = 6


def type_option(help_text: str) -> Callable:
    def deco(fn: Callable) -> Callable:
        return click.option(
            "--type", "kind", type=click.Choice((*KINDS, TOPIC), case_sensitive=False), default=None, help=help_text
        )(fn)

    return deco


def limit_option(default: int = 20) -> Callable:
    def deco(fn: Callable) -> Callable:
        return click.option(
            "--limit", type=click.IntRange(min=0), default=default, show_default=True, help="Rows to show (0 for all)."
        )(fn)

    return deco


def rendered_as_json(fmt: str, data: dict) -> bool:
    """Render the whole structure for --format json; tell the caller whether it did."""
    if fmt == "json":
        render_mapping(data, "json")
        return True
    return False


@main.command()
@click.option(
    "--measure",
    type=click.Choice(["pagerank", "degree", "betweenness", "papers"]),
    default="pagerank",
    show_default=True,
    help="Centrality measure on the concept co-occurrence graph, or papers: the concepts most papers mention.",
)
@click.option(
    "--pivots",
    "k",
    type=click.IntRange(min=1),
    default=None,
    help="Betweenness sample size (default: exact on small graphs, sized to a time budget on large).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the betweenness sample.")
@type_option("Rank only concepts of this type.")
@limit_option()
@store_option
@format_option
def rank(measure, k, seed, kind, limit, store, fmt):
    """Rank concepts by centrality in the concept co-occurrence graph, or by how many papers mention them.

    \b
    Example:
      paperkg rank --type Dataset --format json
      paperkg rank --measure betweenness --type Method --limit 10
      paperkg rank --measure papers --limit 300
    """
    rows = api.rank_concepts(store, measure=measure, kind=kind, limit=limit, k=k, seed=seed)
    render_rows(
        ["rank", "name", "kind", "score", "papers", "key"],
        [[r["rank"], r["name"], r["kind"], r["score"], r["papers"], r["key"]] for r in rows],
        fmt,
    )


@main.command()
@click.option("--write", is_flag=True, help="Store each concept's community id as its `community` property.")
@click.option(
    "--resolution",
    type=float,
    default=1.0,
    show_default=True,
    help="Louvain resolution: above 1 gives smaller communities.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Louvain seed (same seed, same communities).")
@type_option("Label communities by (and show only those with) concepts of this type.")
@limit_option()
@store_option
@format_option
def communities(write, resolution, seed, kind, limit, store, fmt):
    """Find communities of concepts (Louvain), each labelled by its top concepts.

    \b
    Example:
      paperkg communities
      paperkg communities --type Method --limit 5 --format json
      paperkg communities --write
    """
    out = api.communities(store, kind=kind, limit=limit, resolution=resolution, seed=seed, write=write)
    if write:
        note(f"wrote community ids of {out['count']} communities to the store")
    if rendered_as_json(fmt, out):
        return
    note(f"{out['count']} communities, modularity {out['modularity']:.3f}")
    render_rows(
        ["id", "size", "label", "members"],
        [[c["id"], c["size"], c["label"], c["member_names"]] for c in out["communities"]],
        fmt,
        max_width=80,
    )


@main.command()
@click.option(
    "--period",
    type=click.Choice(["year", "quarter", "month"]),
    default=None,
    help="Period length (default: from the span of the dates: years over three years, quarters over one, else months).",
)
@click.option(
    "--window",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Periods compared: the last WINDOW against the WINDOW before them.",
)
@click.option(
    "--min-count",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Papers in the recent window an emerging concept needs.",
)
@click.option(
    "--at",
    default=None,
    metavar="PERIOD",
    help="Compare the window ending at PERIOD (e.g. 2019) instead of the latest one.",
)
@click.option(
    "--concept",
    "concepts",
    default=None,
    metavar="NAME[,NAME...]",
    help="Print these concepts' papers per period instead (names, aliases or keys, comma-separated).",
)
@type_option("Only concepts of this type.")
@limit_option()
@store_option
@format_option
def trends(period, window, min_count, at, concepts, kind, limit, store, fmt):
    """Show rising concepts: papers per period, growth, emerging concepts.

    Growth is one unit for every concept, (recent + 1) / (previous + 1): 3.0
    is three times as many papers; a concept first seen in the recent window
    shows "new". Emerging concepts (new, or at least doubled) come first, then
    all by their rise, (recent - previous) / sqrt(previous + 1), so a field's
    big shifts (LLMs in 2023) rank with the newcomers. A concept named like a
    field topic shows as the topic alone (--type names the concept's kind to
    see it). A second table says when each field topic took off (its papers
    doubled in a period of one of its largest rises), whichever periods are
    compared.

    Papers are dated by listing date, else publication date. Dates without a
    year (Daily Papers pages) are counted apart and never compared; with too
    few periods to compare, no concept is called emerging (a warning says so).

    \b
    Example:
      paperkg trends
      paperkg trends --period quarter --type Method --format json
      paperkg trends --period year --at 2019 --limit 5
      paperkg trends --concept BERT,LSTM,ChatGPT
    """
    names = [n.strip() for n in concepts.split(",") if n.strip()] if concepts else None
    out = api.trends(
        store, period=period, kind=kind, window=window, min_count=min_count, limit=limit, concepts=names, at=at
    )
    for warning in out["warnings"]:
        note(f"warning: {warning}")
    if names:
        history = out["history"]
        if rendered_as_json(fmt, history):
            return
        columns = [history["period"], "papers"] + [c["name"] for c in history["concepts"]]
        render_rows(
            columns,
            [
                [p, n] + [c["counts"][i] for c in history["concepts"]]
                for i, (p, n) in enumerate(zip(history["periods"], history["papers"]))
            ],
            fmt,
        )
        return
    if rendered_as_json(fmt, out):
        return
    if out["compared"]:
        note(f"{out['period']}s: recent {', '.join(out['recent'])} against previous {', '.join(out['previous'])}")
        note(
            "growth = (recent + 1) / (previous + 1), 'new' when first seen in the recent window; emerging first, then by rise"
        )
    render_rows(
        ["name", "kind", "previous", "recent", "growth", "emerging", "total", "first", "peak"],
        [
            [
                r["name"],
                r["kind"],
                r["previous"],
                r["recent"],
                "new" if r["new"] else r["growth"],
                "yes" if r["emerging"] else "",
                r["total"],
                r["first"],
                r["peak"],
            ]
            for r in out["concepts"]
        ],
        fmt,
    )
    if out.get("topics") and not kind:
        click.echo()
        render_rows(
            ["field topic", "took off", "papers before", "papers then", "growth", "total"],
            [[t["name"], t["period"], t["before"], t["count"], t["growth"], t["total"]] for t in out["topics"]],
            fmt,
        )


@main.command()
@click.argument("paper")
@type_option("Count only shared concepts of this type.")
@limit_option(10)
@store_option
@format_option
def similar(paper, kind, limit, store, fmt):
    """Find papers like PAPER (id, arXiv id or title): shared concepts, rare ones weigh most.

    \b
    Example:
      paperkg similar "Scaling Sparse Fine-Tuning to Large Language Models"
      paperkg similar 2401.16405 --type Dataset --format json
    """
    out = api.similar_papers(paper, store=store, kind=kind, limit=limit or None)
    if rendered_as_json(fmt, out):
        return
    note(f"papers like: {out['paper']['title']} ({out['paper']['id']})")
    render_rows(
        ["score", "title", "shared concepts", "id"],
        [[r["score"], r["title"], [s["name"] for s in r["shared"]], r["id"]] for r in out["similar"]],
        fmt,
    )


@main.command()
@click.argument("source")
@click.argument("target")
@type_option("Resolve both names among concepts of this type.")
@limit_option(0)
@store_option
@format_option
def path(source, target, kind, limit, store, fmt):
    """Explain how concept SOURCE connects to TARGET: papers in between, with evidence.

    \b
    Example:
      paperkg path "DPO" "AlpacaEval 2"
      paperkg path LoRA GSM8K --format json
    """
    out = api.concept_path(source, target, store=store, kind=kind)
    if out["source"] == out["target"]:  # no chain to explain: an empty table said nothing
        raise click.BadParameter(
            f"{source!r} and {target!r} are one concept ({out['source']}): give two concepts", param_hint="TARGET"
        )
    steps = out["steps"][:limit] if limit else out["steps"]
    if rendered_as_json(fmt, {**out, "steps": steps}):
        return
    render_rows(
        ["step", "from", "paper", "to", "evidence"],
        [[i, s["from_name"], s["title"], s["to_name"], s["sentence"]] for i, s in enumerate(steps, 1)],
        fmt,
        max_width=120,
    )


@main.command()
@click.option(
    "--min-degree",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Links a method/model and a dataset need to take part.",
)
@type_option("Only subjects of this type (Method or Model).")
@limit_option()
@store_option
@format_option
def gaps(min_degree, kind, limit, store, fmt):
    """List method/model–dataset evaluations that link prediction expects but no paper reports.

    \b
    Example:
      paperkg gaps
      paperkg gaps --type Model --limit 10 --format csv
    """
    rows = api.gaps(store, kind=kind, limit=limit or 1000, min_degree=min_degree)
    render_rows(
        ["score", "subject", "kind", "dataset", "because (evaluated like)"],
        [[r["score"], r["subject_name"], r["subject_kind"], r["dataset_name"], r["because"]] for r in rows],
        fmt,
        max_width=80,
    )


@main.command()
@click.argument("name")
@type_option("Resolve NAME among concepts of this type.")
@sure_options
@limit_option(10)
@store_option
@format_option
def concept(name, kind, include_unsure, min_confidence, limit, store, fmt):
    """Show a concept: type, aliases, papers, proposing paper, neighbours, results, and the
    concepts of other types with its name, with why they are apart.

    NAME may be the name, an alias or the key, in any case. Results follow
    the leaderboard's rules: only those the extractor is sure of, each with
    its kind (score, gain, ratio, reduction) and baseline; --include-unsure
    lists the others too, marked unsure.

    \b
    Example:
      paperkg concept MoE
      paperkg concept dpo --format json
    """
    card = api.concept_card(
        name, store=store, kind=kind, limit=limit, include_unsure=include_unsure, min_confidence=min_confidence
    )
    if rendered_as_json(fmt, card):
        return
    summary = {
        "name": card["name"],
        "kind": card["kind"],
        "key": card["key"],
        "aliases": card["aliases"],
        "papers": card["paper_count"],
        "proposed by": [p["title"] for p in card["proposed_by"]],
        "neighbours": [f"{n['name']} ({n['shared']})" for n in card["neighbours"]],
        "results": card["result_count"],
    }
    senses = card.get("senses") or []
    if senses:  # an acronym its papers write for several concepts: each, the most written first
        summary["senses"] = f"{len(senses)} concepts whose papers write {name!r}; this one is the most written (below)"
        if fmt != "table":
            summary["senses"] = [f"{s['name']} ({s['kind']}, {s['writers']} of {s['paper_count']})" for s in senses]
    if card.get("namesakes"):
        summary["other types"] = [
            f"{n['name']} ({n['kind']}, {n['paper_count']} paper{'s' * (n['paper_count'] != 1)}): {'; '.join(n['reasons']) or 'no reason: a missed merge'}"
            for n in card["namesakes"]
        ]
    if card.get("apart"):
        summary["kept apart from"] = [
            f"{n['name']} ({n['kind']}, {n['paper_count']} paper{'s' * (n['paper_count'] != 1)}): {n['why']}"
            for n in card["apart"]
        ]
    if card["unsure_count"] and not include_unsure:
        summary["unsure results"] = f"{card['unsure_count']} hidden (--include-unsure shows them)"
    render_mapping(summary, fmt)
    if fmt == "table" and senses:
        click.echo()
        rows = [[s["writers"], s["paper_count"], s["name"], s["kind"], s["key"]] for s in senses[:SHOWN_SENSES]]
        if len(senses) > SHOWN_SENSES:
            rows.append(["", "", f"{len(senses) - SHOWN_SENSES} more (--format json lists all)", "", ""])
        render_rows([f"write {name}", "papers", "sense", "kind", "key"], rows, fmt)
    if fmt == "table":
        click.echo()
        render_rows(["mentions", "paper", "id"], [[p["mentions"], p["title"], p["id"]] for p in card["papers"]], fmt)
        if card["results"]:
            click.echo()
            render_rows(
                ["role", "value", "kind", "subject", "baseline", "dataset", "metric", "sure", "sentence"],
                [
                    [
                        r["role"],
                        r["value"],
                        r["kind"],
                        r["subject"],
                        r["baseline"],
                        r["dataset"],
                        r["metric"],
                        "unsure" if r["unsure"] else "",
                        evidence_excerpt(r["sentence"], r["value"]),
                    ]
                    for r in card["results"]
                ],
                fmt,
                max_width=80,
            )
