import re

import pytest

from paperkg.model import MIN_RESULT_CONFIDENCE, Paper


def make_paper(title: str, abstract: str, pid: str = "p1") -> Paper:
    return Paper(id=pid, title=title, abstract=abstract, raw_title=title, raw_abstract=abstract)


def mention_spans(sentence: str, **names: str) -> tuple[list[str], list[tuple[int, int, str, str]]]:
    """Words and mentions of an invented sentence for the results functions, each mention given by its words
    (`Metric="F1 score|BLEU"`: every place the words stand)."""
    words = sentence.split()
    mentions = []
    for kind, phrases in names.items():
        for phrase in phrases.split("|"):
            n = len(phrase.split())
            for k in range(len(words) - n + 1):
                if words[k : k + n] == phrase.split():
                    mentions.append((k, k + n, kind, phrase))
    return words, sorted(mentions)


@pytest.fixture(scope="session")
def nlp():
    from paperkg.extract import load_pipeline

    return load_pipeline()


@pytest.fixture
def paper_factory():
    return make_paper


@pytest.fixture
def extract_one():
    from paperkg.extract import extract_papers

    def run(title: str, abstract: str):
        return next(extract_papers([make_paper(title, abstract)]))

    return run


@pytest.fixture(scope="module")
def extract_one_rules():
    """`extract_one` with the decision layer off: a rule's own output on an invented sentence, which a
    retrained layer may judge differently for a name no real paper writes."""
    from paperkg.extract import extract_papers
    from paperkg.extract.pipeline import build_pipeline

    nlp = build_pipeline({"paperkg_decision": {"enabled": False}})

    def run(title: str, abstract: str):
        return next(extract_papers([make_paper(title, abstract)], nlp=nlp))

    return run


def kept_rows(extract, title: str, abstract: str) -> list[tuple[str, str]]:
    """(dataset, value) of each result of a paper that `extract` (`extract_one`, `extract_one_rules`) keeps at or
    above MIN_RESULT_CONFIDENCE, the rows a reader of the graph is shown."""
    return [(r.dataset, r.value) for r in extract(title, abstract).results if r.confidence >= MIN_RESULT_CONFIDENCE]


def value_kinds(extract, title: str, abstract: str) -> dict[str, str]:
    """The kind of each result value of a paper that `extract` (`extract_one`, `extract_one_rules`) gives, at any
    confidence: {"3.7%": "gain", ...}."""
    return {r.value: r.kind for r in extract(title, abstract).results}


def result_rows(sentence: str, mentions: list, own: str | None = None) -> list[tuple]:
    """(subject, dataset, metric, value, compared_to) of each result the results functions read in an invented
    sentence, its words split on spaces."""
    from paperkg.extract.results import extract_results

    return [
        (r["subject"], r["dataset"], r["metric"], r["value"], r["compared_to"])
        for r in extract_results(sentence.split(), mentions, own=own, only_dataset=None)
    ]


def result_kinds(sentence: str, **names: str) -> list[tuple]:
    """(value, kind) of each result the results functions read in an invented sentence, its mentions given
    by their words as `mention_spans` takes them (`Metric="F1"`)."""
    from paperkg.extract.results import extract_results

    words, mentions = mention_spans(sentence, **names)
    return [(r["value"], r["kind"]) for r in extract_results(words, mentions, own=None, only_dataset=None)]


@pytest.fixture
def compiled_patterns(monkeypatch):
    """The patterns `re` is asked to compile while the test runs (cache hits included): a test that a name is read
    with fixed patterns asserts no pattern holds the name."""
    compiled: list = []
    real = re._compile  # type: ignore[attr-defined]
    monkeypatch.setattr(re, "_compile", lambda *a, **k: compiled.append(a[0]) or real(*a, **k))
    return compiled
