"""The field's history as a test: trends on 20k real ACL abstracts (2016–2025) agree with what a reader
of the field knows. The graph is built once for the module (about a minute on two cores)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg import api

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "acl-anthology" / "acl_sample_20k.jsonl.gz"


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """Yearly counts and shares of the concepts the assertions read, from a graph of the 20k sample."""
    assert SAMPLE.is_file(), f"expected the ACL sample at {SAMPLE}"
    store = str(tmp_path_factory.mktemp("acl") / "acl20k.lbdb")
    summary = api.build([str(SAMPLE)], store=store, workers=2)
    assert summary.papers > 19_900 and summary.skipped == 0
    out = api.trends(store, concepts=["BERT", "LSTM", "ChatGPT", "GPT-4"], limit=30)
    assert out["period"] == "year"  # chosen from a decade of dates
    h = out["history"]
    series = {c["name"]: dict(zip(h["periods"], zip(c["counts"], c["shares"]))) for c in h["concepts"]}
    return {"store": store, "trends": out, "series": series, "periods": h["periods"]}


def first_year(series: dict) -> int:
    return min(int(y) for y, (n, _) in series.items() if n > 0)


def peak_year(series: dict) -> int:
    """The year the concept's share of the papers is highest (papers per year grow fourfold over the decade)."""
    return int(max(series, key=lambda y: series[y][1]))


@pytest.mark.slow
def test_bert_appears_in_2018_or_2019_and_peaks_by_2021(history):
    bert = history["series"]["BERT"]
    assert 2018 <= first_year(bert) <= 2019
    assert peak_year(bert) <= 2021


@pytest.mark.slow
def test_chatgpt_and_gpt4_first_appear_in_2023(history):
    assert first_year(history["series"]["ChatGPT"]) == 2023
    assert first_year(history["series"]["GPT-4"]) == 2023


@pytest.mark.slow
def test_lstm_peaks_by_2019_and_falls_after(history):
    lstm = history["series"]["LSTM"]
    peak = peak_year(lstm)
    assert peak <= 2019
    later = [lstm[str(y)][1] for y in range(2021, 2026)]
    assert all(share < lstm[str(peak)][1] / 2 for share in later)  # under half its peak share from 2021 on


@pytest.mark.slow
def test_2025_against_2024_is_compared_and_names_new_models(history):
    out = history["trends"]
    assert (out["recent"], out["previous"], out["compared"]) == (["2025"], ["2024"], True)
    emerging = {r["name"] for r in out["concepts"] if r["emerging"]}
    assert "DeepSeek-R1" in emerging  # released January 2025


@pytest.mark.slow
def test_large_language_models_rise_from_2022_to_2025(history):
    # a field topic (resolve.topics): the extractor leaves the catch-all out, the topic rules count it
    h = api.trends(history["store"], concepts=["large language models"])["history"]
    shares = dict(zip(h["periods"], h["concepts"][0]["shares"]))
    rising = [shares[str(y)] for y in range(2022, 2026)]
    assert rising == sorted(rising) and rising[0] < rising[-1]


@pytest.mark.slow
def test_the_default_comparison_still_names_2023_as_the_llm_shift(history):
    # `paperkg trends --period year` compares 2025 with 2024, where LLMs are flat; the topic table
    # says when each field topic took off
    topics = {t["name"]: t for t in history["trends"]["topics"]}
    assert topics["large language models"]["period"] == "2023"
    assert topics["large language models"]["count"] > 3 * topics["large language models"]["before"]
