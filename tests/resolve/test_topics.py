"""Field topics (resolve.topics): catch-alls stay out of extraction, but trends see the shift."""

from __future__ import annotations

import json

from paperkg import api
from paperkg.model import TOPIC, Extraction, Paper
from paperkg.resolve import ConceptResolver, assemble
from paperkg.resolve.topics import topics_of


def test_topics_match_the_phrases_the_field_writes():
    assert [t.name for t in topics_of("Large Language Models (LLMs) reason.")] == ["large language models"]
    assert [t.name for t in topics_of("We train a latent diffusion model.")] == ["diffusion models"]
    assert topics_of("A language model for llamas; an allm; no net.") == []  # lower-case acronym, no topic


def test_a_generic_class_named_by_the_guideline_is_a_topic_and_no_concept():
    from paperkg.extract import extract_papers

    text = "We train a diffusion model and a latent diffusion model. Diffusion models are slow."
    paper = Paper("p1", "Faster Diffusion Models", text, "Faster Diffusion Models", text)
    (ex,) = extract_papers([paper])
    assert [e["name"] for e in ex.to_gold()["entities"]] == ["latent diffusion"]
    assert [t.name for t in topics_of(text)] == ["diffusion models"]


def test_assemble_adds_topic_concepts_with_evidence():
    paper = Paper("p1", "LLMs at scale", "We study large language models.", "LLMs at scale", "")
    g = assemble(paper, Extraction("p1", paper.title), ConceptResolver())
    assert [(c.key, c.name, c.kind) for c in g.concepts] == [
        ("Topic:largelanguagemodel", "large language models", TOPIC)
    ]
    (m,) = g.mentions
    assert m.count == 2 and [paper.text[e["start"] : e["end"]] for e in json.loads(m.evidence)] == [
        "LLMs",
        "large language models",
    ]


def test_trends_show_a_topic_rising_while_rank_leaves_topics_out(tmp_path):
    records = []
    for year, n_llm in ((2021, 1), (2022, 2), (2023, 4), (2024, 6)):
        for i in range(6):
            text = "We fine-tune large language models with DPO." if i < n_llm else "We use BERT with DPO on SQuAD."
            records.append(
                {"id": f"{year}-{i}", "title": f"Paper {year} {i}", "abstract": text, "published": f"{year}-06-01"}
            )
    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    store = str(tmp_path / "g.lbdb")
    api.build([str(src)], store=store)
    h = api.trends(store, period="year", concepts=["large language models"])["history"]
    shares = h["concepts"][0]["shares"]
    assert h["periods"] == ["2021", "2022", "2023", "2024"] and shares == sorted(shares) and shares[0] < shares[-1]
    assert all(r["kind"] != TOPIC for r in api.rank_concepts(store, limit=50))
    assert all(r["kind"] != TOPIC for r in api.stats(store)["top_concepts"])
