import pytest

from paperkg.analytics import bipartite_graph, concept_trends, paper_period


@pytest.mark.parametrize("attrs, period, expected", [
    ({"listed_on": ["2024-08-08", "2024-07-01"]}, "month", "2024-07"),
    ({"listed_on": ["--01-03"], "published": "2023-12-28"}, "month", "2024-01"),
    ({"listed_on": ["--03-15"], "published": "2024-03-01"}, "quarter", "2024-Q1"),
    ({"listed_on": "--11-02"}, "quarter", "--Q4"),
    ({"published": "2024-05-31"}, "month", "2024-05"),
    ({"listed_on": [], "published": ""}, "month", None),
])
def test_paper_period(attrs, period, expected):
    assert paper_period(attrs, period=period) == expected


def test_monthly_trends_exact(data):
    out = concept_trends(bipartite_graph(data))
    assert out["periods"] == ["2024-01", "2024-02", "2024-03"]
    assert out["papers"] == {"2024-01": 1, "2024-02": 2, "2024-03": 2}
    assert (out["recent"], out["previous"]) == (["2024-03"], ["2024-02"])
    lora = out["concepts"][0]
    assert lora == {"key": "Method:lora", "name": "LoRA", "kind": "Method", "total": 2, "first": "2024-03",
                    "recent": 2, "previous": 0, "growth": 2.0, "emerging": True, "series": {"2024-03": 2}}
    rows = {r["key"]: r for r in out["concepts"]}
    assert (rows["Dataset:gsm8k"]["previous"], rows["Dataset:gsm8k"]["recent"], rows["Dataset:gsm8k"]["growth"]) == (1, 1, 0.0)
    assert rows["Method:rlhf"]["growth"] == -1.0 and not rows["Method:rlhf"]["emerging"]
    assert [r["key"] for r in out["concepts"] if r["emerging"]] == ["Method:lora"]


def test_quarterly_and_kind(data):
    out = concept_trends(bipartite_graph(data), period="quarter", kind="Dataset")
    assert out["periods"] == ["2024-Q1"] and out["previous"] == []
    assert {r["kind"] for r in out["concepts"]} == {"Dataset"}
    assert [r["key"] for r in out["concepts"][:2]] == ["Dataset:gsm8k", "Dataset:mt-bench"]
