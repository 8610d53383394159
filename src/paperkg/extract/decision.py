"""The trained decision layer: keep or drop each assembled concept, and its type.

The rule components propose concepts with evidence (which rules fired, the
type each rule voted for, the name's shape, acronym definitions, title
position). Whether a lower-case phrase is a concept of the field or a
paraphrase of one abstract is what the rules cannot tell and the field's own
usage can: `phrase_stats` says how many papers use the phrase and in which
typing contexts. A multinomial logistic regression over those features,
trained by `make train` on the annotated development papers
(`scripts/train_decision.py`), makes the final call.

Features are a sparse dict per concept (`concept_features`, pure); the model
is a small JSON file of weights (`DecisionModel`), so it loads with the
pipeline, survives `nlp.to_disk` / `spacy.load`, and needs nothing but numpy.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from paperkg.extract.phrase_stats import PhraseStats, load_phrase_stats, phrase_key

LABELS = ("drop", "Model", "Method", "Dataset", "Metric", "Task")
TYPES = LABELS[1:]
_CONTEXTS = ("task", "data", "metric", "model", "method", "using", "on", "subject", "based", "abbr")
_WORD = re.compile(r"[\w@^+#'’.-]+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def default_model_path() -> Path:
    return Path(str(resources.files("paperkg.extract") / "data" / "decision.json"))


def _shape_features(name: str) -> dict[str, float]:
    words = name.split()
    f = {f"words={min(len(words), 4)}": 1.0}
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.islower() for c in letters):
        f["shape=lower"] = 1.0
    elif letters and all(c.isupper() for c in letters):
        f["shape=caps"] = 1.0
    elif all(w[:1].isupper() for w in words if w[:1].isalpha()):
        f["shape=title"] = 1.0
    else:
        f["shape=mixed"] = 1.0
    if any(c.isdigit() for c in name):
        f["has_digit"] = 1.0
    if _YEAR.search(name):
        f["has_year"] = 1.0
    if "-" in name:
        f["has_hyphen"] = 1.0
    if any(ch in name for ch in "@_^\\"):
        f["has_debris_char"] = 1.0
    if re.search(r"[a-z][A-Z]", name):
        f["camel"] = 1.0
    if len(name) <= 3:
        f["short"] = 1.0
    return f


def best_stats(names: list[str], stats: dict[str, PhraseStats]) -> PhraseStats | None:
    """The statistics of the spelling most papers use, among a concept's spellings."""
    found = [stats[k] for k in (phrase_key(_WORD.findall(n)) for n in names) if k in stats]
    return max(found, key=lambda s: s.df) if found else None


def _stats_features(st: PhraseStats | None) -> dict[str, float]:
    if st is None:
        return {"stats=none": 1.0}
    n = max(st.n, 1)
    f = {"log_df": math.log1p(st.df) / 5.0, f"df>={_df_bucket(st.df)}": 1.0}
    for c in _CONTEXTS:
        v = getattr(st, c)
        if v:
            f[f"ctx_{c}"] = v / n
            f[f"ctx_{c}_any"] = 1.0
    f["lower_share"] = st.lower / n
    f["upper_share"] = st.upper / n
    return f


def _df_bucket(df: int) -> int:
    for b in (1000, 100, 30, 10, 3):
        if df >= b:
            return b
    return 0


def concept_features(entity: dict, title_end: int, stats: dict[str, PhraseStats]) -> dict[str, float]:
    """Features of one assembled concept (the dict `ConceptAssembler` writes).

    >>> f = concept_features({"name": "BLEU", "type": "Metric", "aliases": [], "introduced": False,
    ...                       "mentions": [[40, 44]], "sources": ["lexicon"],
    ...                       "type_scores": {"Metric": 4}}, 20, {})
    >>> f["src=lexicon"], f["rule=Metric"], f["shape=caps"]
    (1.0, 1.0, 1.0)
    """
    f: dict[str, float] = {"bias": 1.0, f"rule={entity['type']}": 1.0}
    for s in entity.get("sources", ()):
        f[f"src={s}"] = 1.0
    scores = entity.get("type_scores") or {}
    total = sum(scores.values()) or 1
    for t, w in scores.items():
        f[f"score={t}"] = w / total
    if entity.get("introduced"):
        f["introduced"] = 1.0
    if entity.get("aliases"):
        f["has_alias"] = 1.0
    mentions = entity.get("mentions") or []
    f["log_mentions"] = math.log1p(len(mentions))
    if mentions and mentions[0][0] < title_end:
        f["in_title"] = 1.0
    f.update(_shape_features(entity["name"]))
    st = best_stats([entity["name"], *entity.get("aliases", ())], stats)
    for k, v in _stats_features(st).items():
        f[k] = v
        f[f"{k}|rule={entity['type']}"] = v
    head = entity["name"].split()[-1].lower() if entity["name"].split() else ""
    f[f"head={head}"] = 1.0
    return f


@dataclass
class DecisionModel:
    """Softmax regression weights over named features (LABELS order). A rule's
    concept is dropped only when P(drop) reaches `drop_threshold`: dropping at
    0.5 cost recall on the seed papers and gained nothing on the ACL ones
    (cross-validated, see the README)."""

    features: list[str]
    weights: np.ndarray  # (len(features), len(LABELS))
    drop_threshold: float = 0.7  # a rule's concept is dropped only when the model is this sure
    meta: dict | None = None

    def __post_init__(self) -> None:
        self._index = {f: i for i, f in enumerate(self.features)}

    def probabilities(self, feats: dict[str, float]) -> np.ndarray:
        idx, vals = [], []
        for k, v in feats.items():
            i = self._index.get(k)
            if i is not None:
                idx.append(i)
                vals.append(v)
        z = np.asarray(vals) @ self.weights[idx] if idx else np.zeros(len(LABELS))
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()

    def decide(self, feats: dict[str, float]) -> tuple[str | None, float]:
        """(type, confidence), or (None, P(drop)) when the concept is dropped."""
        return self.decide_all([feats])[0]

    def decide_all(self, samples: list[dict[str, float]]) -> list[tuple[str | None, float]]:
        """`decide` for a paper's concepts at once (one matrix product, not one per concept)."""
        rows, cols, vals = [], [], []
        for r, feats in enumerate(samples):
            for k, v in feats.items():
                i = self._index.get(k)
                if i is not None:
                    rows.append(r)
                    cols.append(i)
                    vals.append(v)
        z = np.zeros((len(samples), len(LABELS)))
        np.add.at(z, rows, self.weights[cols] * np.asarray(vals)[:, None])
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        out = []
        for row in p:
            if row[0] >= self.drop_threshold:
                out.append((None, float(row[0])))
            else:
                k = 1 + int(np.argmax(row[1:]))
                out.append((LABELS[k], float(row[k])))
        return out

    def to_dict(self) -> dict:
        rows = {f: [round(float(x), 6) for x in self.weights[i]] for i, f in enumerate(self.features)}
        return {"labels": list(LABELS), "drop_threshold": self.drop_threshold, "meta": self.meta or {},
                "weights": rows}

    @classmethod
    def from_dict(cls, d: dict) -> "DecisionModel":
        if tuple(d.get("labels", ())) != LABELS:
            raise ValueError(f"decision model labels {d.get('labels')!r} are not {LABELS!r}")
        feats = list(d["weights"])
        w = np.array([d["weights"][f] for f in feats], dtype=float).reshape(len(feats), len(LABELS))
        return cls(feats, w, float(d.get("drop_threshold", 0.7)), d.get("meta"))

    @classmethod
    def load(cls, path: str | Path) -> "DecisionModel":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=0, sort_keys=True) + "\n", encoding="utf-8")


def fit(samples: list[dict[str, float]], labels: list[str], *, l2: float = 1.0, min_count: int = 2,
        drop_threshold: float = 0.7, weights: list[float] | None = None) -> DecisionModel:
    """Softmax regression by L-BFGS (deterministic for the same samples in the same order).

    Features seen in fewer than `min_count` samples are left out (a head word
    one paper used is not evidence)."""
    from scipy.optimize import minimize

    counts: dict[str, int] = {}
    for s in samples:
        for k in s:
            counts[k] = counts.get(k, 0) + 1
    features = sorted(k for k, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(features)}
    X = np.zeros((len(samples), len(features)))
    for r, s in enumerate(samples):
        for k, v in s.items():
            i = index.get(k)
            if i is not None:
                X[r, i] = v
    y = np.array([LABELS.index(lab) for lab in labels])
    Y = np.eye(len(LABELS))[y]
    sw = np.ones(len(samples)) if weights is None else np.asarray(weights, dtype=float)
    Y = Y * sw[:, None]
    n, d, k = float(sw.sum()), X.shape[1], len(LABELS)

    def loss(wflat: np.ndarray) -> tuple[float, np.ndarray]:
        W = wflat.reshape(d, k)
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        nll = -np.sum(Y * np.log(P + 1e-12)) / n + 0.5 * l2 / n * np.sum(W * W)
        grad = X.T @ (P * sw[:, None] - Y) / n + l2 / n * W
        return nll, grad.ravel()

    res = minimize(loss, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return DecisionModel(features, res.x.reshape(d, k), drop_threshold,
                         {"samples": len(samples), "features": d, "l2": l2, "min_count": min_count,
                          "converged": bool(res.success)})


def apply_decisions(entities: list[dict], title_end: int, model: DecisionModel,
                    stats: dict[str, PhraseStats]) -> list[dict]:
    """The concepts the model keeps, retyped, each with its `confidence`."""
    if not entities:
        return []
    decisions = model.decide_all([concept_features(e, title_end, stats) for e in entities])
    return [{**e, "type": label, "confidence": round(conf, 3)}
            for e, (label, conf) in zip(entities, decisions) if label is not None]


class DecisionLayer:
    """The spaCy component: filters and retypes `doc._.paperkg_entities`.

    With no model file (none trained yet, or `enabled = false`), concepts
    pass through as the rules assembled them."""

    def __init__(self, nlp, name: str = "paperkg_decision", model_path: str | None = None, enabled: bool = True):
        self.name = name
        self.enabled = enabled
        path = Path(model_path) if model_path else default_model_path()
        self.model = DecisionModel.load(path) if enabled and path.exists() else None
        self.stats = load_phrase_stats() if self.model is not None else {}

    def __call__(self, doc):
        from paperkg.extract.tokens import token_view

        if self.model is None:
            return doc
        v = token_view(doc)
        title_end = next((v.idx[i] for i, w in enumerate(v.words) if "\n" in w), len(v.text))
        doc._.paperkg_entities = apply_decisions(doc._.paperkg_entities or [], title_end, self.model, self.stats)
        return doc

    # serialisation: the weights travel with a saved pipeline
    def to_disk(self, path, *, exclude=()):
        from spacy.util import ensure_path

        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        doc = self.model.to_dict() if self.model is not None else None
        (path / "decision.json").write_text(json.dumps(doc), encoding="utf-8")

    def from_disk(self, path, *, exclude=()):
        from spacy.util import ensure_path

        doc = json.loads((ensure_path(path) / "decision.json").read_text(encoding="utf-8"))
        self.model = DecisionModel.from_dict(doc) if doc else None
        self.stats = load_phrase_stats() if self.model is not None else {}
        return self


def _register() -> None:
    from spacy.language import Language

    @Language.factory("paperkg_decision", default_config={"model_path": None, "enabled": True},
                      requires=["doc._.paperkg_entities"], assigns=["doc._.paperkg_entities"])
    def make_decision_layer(nlp, name: str, model_path: str | None, enabled: bool) -> DecisionLayer:
        return DecisionLayer(nlp, name, model_path, enabled)


_register()
