"""Training data for the decision layer: the rules' concepts on annotated
papers, each labelled with the annotated type it matches, or `drop`.

Used by `scripts/train_decision.py` (`make train`) and by the cross-validated
rows of `make eval`. Matching follows the annotation guideline's scoring
(case, spaces, hyphens, underscores, dots and a plural `s` folded; a concept
matches when one of its spellings equals one of the annotated spellings).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Collection, Iterable, Sequence

from paperkg.extract.decision import DecisionLayer, DecisionModel, concept_features, fit
from paperkg.extract.lexicon import fold
from paperkg.extract.phrase_stats import PhraseStats
from paperkg.model import Paper


def spelling_keys(entity: dict) -> set[str]:
    names = [entity.get("name") or "", *(entity.get("aliases") or [])]
    return {k for k in (fold(unicodedata.normalize("NFKC", n)) for n in names) if k}


@dataclass
class Candidate:
    """One concept the rules proposed for one paper, with its features and label."""

    paper: str
    features: dict[str, float]
    label: str
    introduced: bool = False  # the annotated concept it matches is the paper's own contribution


def labels_for(entity: dict, gold: list[dict]) -> tuple[str, bool]:
    """(annotated type or `drop`, annotated `introduced`) of the concept the entity matches."""
    keys = spelling_keys(entity)
    for g in gold:
        if keys & spelling_keys(g):
            return g["type"], bool(g.get("introduced"))
    return "drop", False


def rule_concepts(papers: Iterable[Paper]) -> Iterable[tuple[Paper, list[dict]]]:
    """Each paper with the concepts the rule components assemble and the
    phrase statistics propose (what the decision layer judges)."""
    from paperkg.extract.pipeline import build_pipeline

    nlp = build_pipeline({"paperkg_decision": {"enabled": False}})
    layer = DecisionLayer(nlp, enabled=False)
    for p in papers:
        doc = nlp.make_doc(p.text)
        doc._.paperkg_text = p.text
        for name, proc in nlp.pipeline:
            if name == "paperkg_decision":
                break
            doc = proc(doc)
        yield p, layer.candidates(doc, doc._.paperkg_entities or [])


def candidates(
    papers: Iterable[Paper], gold_by_title: dict[str, dict], stats: dict[str, PhraseStats]
) -> list[Candidate]:
    """Labelled feature dicts for every rule concept of every annotated paper."""
    out = []
    for p, entities in rule_concepts(papers):
        gold = gold_by_title[p.raw_title.strip()]["entities"]
        title_end = p.text.find("\n")
        for e in entities:
            label, introduced = labels_for(e, gold)
            out.append(Candidate(p.raw_title.strip(), concept_features(e, title_end, stats, p.text), label, introduced))
    return out


def train(
    cands: list[Candidate],
    *,
    weight_of: dict[str, float] | None = None,
    intro_skip: frozenset[str] = frozenset(),
    **kwargs,
) -> DecisionModel:
    """Fit the decision layer; `weight_of` weighs a paper's concepts (by title),
    so a small corpus of another kind of paper is not drowned by a large one;
    the papers of `intro_skip` (titles) train the keep/drop/type model, not the
    `introduced` one."""
    weights = [weight_of.get(c.paper, 1.0) for c in cands] if weight_of else None
    return fit(
        [c.features for c in cands],
        [c.label for c in cands],
        weights=weights,
        introduced=[c.introduced for c in cands],
        intro_weights=introduced_weights([c.paper for c in cands], weights, intro_skip),
        **kwargs,
    )


def introduced_weights(
    papers: Sequence[str], weights: Sequence[float] | None, skip: Collection[str]
) -> list[float] | None:
    """The sample weights of the `introduced` model (`decision.fit`'s `intro_weights`): a sample of a paper of
    `skip` (titles; the fresh sets, scripts/train_decision.py) weighs 0, any other its weight (`weights`, 1 when
    None); None (the keep/drop/type model's weights) when `skip` is empty.

    >>> introduced_weights(["a", "b", "a"], [2.0, 1.0, 2.0], {"b"}), introduced_weights(["a"], None, set())
    ([2.0, 0.0, 2.0], None)
    """
    if not skip:
        return None
    return [0.0 if p in skip else (weights[i] if weights else 1.0) for i, p in enumerate(papers)]
