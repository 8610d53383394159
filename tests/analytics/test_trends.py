import networkx as nx
import pytest

from paperkg.analytics import bipartite_graph, concept_history, concept_trends, default_period, paper_period


@pytest.mark.parametrize(
    "attrs, period, expected",
    [
        ({"listed_on": ["2024-08-08", "2024-07-01"]}, "month", "2024-07"),
        ({"listed_on": ["--01-03"], "published": "2023-12-28"}, "month", "2024-01"),
        ({"listed_on": ["--03-15"], "published": "2024-03-01"}, "quarter", "2024-Q1"),
        ({"listed_on": "--11-02"}, "quarter", "--Q4"),
        ({"published": "2024-05-31"}, "month", "2024-05"),
        ({"listed_on": [], "published": ""}, "month", None),
        ({"published": "2019-06-01"}, "year", "2019"),
        ({"listed_on": ["--08-08"]}, "year", "--"),
    ],
)
def test_paper_period(attrs, period, expected):
    assert paper_period(attrs, period=period) == expected


def test_monthly_trends_exact(data):
    out = concept_trends(bipartite_graph(data))
    assert out["periods"] == ["2024-01", "2024-02", "2024-03"]
    assert out["papers"] == {"2024-01": 1, "2024-02": 2, "2024-03": 2}
    assert (out["recent"], out["previous"]) == (["2024-03"], ["2024-02"])
    lora = out["concepts"][0]
    assert lora == {
        "key": "Method:lora",
        "name": "LoRA",
        "kind": "Method",
        "total": 2,
        "first": "2024-03",
        "recent": 2,
        "previous": 0,
        "growth": 3.0,
        "new": True,
        "rise": 2.0,
        "emerging": True,
        "edition": False,
        "peak": "2024-03",
        "series": {"2024-03": 2},
        "yearless": {},
    }
    rows = {r["key"]: r for r in out["concepts"]}
    assert (rows["Dataset:gsm8k"]["previous"], rows["Dataset:gsm8k"]["recent"], rows["Dataset:gsm8k"]["growth"]) == (
        1,
        1,
        1.0,
    )
    assert rows["Method:rlhf"]["growth"] == 1 / 3 and not rows["Method:rlhf"]["emerging"]
    assert [r["key"] for r in out["concepts"] if r["emerging"]] == ["Method:lora"]


def test_quarterly_and_kind(data):
    out = concept_trends(bipartite_graph(data), period="quarter", kind="Dataset")
    assert out["periods"] == ["2024-Q1"] and out["previous"] == []
    assert {r["kind"] for r in out["concepts"]} == {"Dataset"}
    assert [r["key"] for r in out["concepts"][:2]] == ["Dataset:gsm8k", "Dataset:mt-bench"]


def papers_graph(dated: dict[str, list[str]]) -> nx.Graph:
    """A paper–concept graph: {date: [concept, ...]} one paper per entry (dates as published or listed_on)."""
    B = nx.Graph()
    for i, (date, concepts) in enumerate(dated):
        attrs = {"published": date} if not date.startswith("--") else {"listed_on": [date]}
        B.add_node(f"p{i}", kind="Paper", **attrs)
        for c in concepts:
            B.add_node(c, kind="Method", name=c)
            B.add_edge(f"p{i}", c)
    return B


def test_default_period_follows_the_span_of_the_dates():
    assert default_period([{"published": "2017-01-01"}, {"published": "2025-12-01"}]) == "year"
    assert default_period([{"published": "2024-01-01"}, {"published": "2025-06-01"}]) == "quarter"
    assert default_period([{"listed_on": ["2024-08-01"]}, {"listed_on": ["2024-11-01"]}]) == "month"
    assert default_period([{"listed_on": ["--03-13"]}, {"listed_on": ["--08-08"]}]) == "month"
    assert default_period([]) == "month"


def test_yearly_trends_compare_calendar_years_gaps_included():
    B = papers_graph([("2019-03-01", ["A"]), ("2019-05-01", ["A"]), ("2021-02-01", ["B"]), ("2021-07-01", ["B", "A"])])
    out = concept_trends(B, period="year")
    assert out["periods"] == ["2019", "2020", "2021"] and out["papers"] == {"2019": 2, "2020": 0, "2021": 2}
    # 2021 against 2020, which is empty: a gap, not 2019 (the last non-empty year)
    assert (out["recent"], out["previous"], out["compared"]) == (["2021"], ["2020"], False)
    assert all(not r["emerging"] and r["growth"] is None for r in out["concepts"])
    assert out["warnings"] == ["no paper is dated in the previous window (2020); no concept is called emerging"]
    rows = {r["key"]: r for r in out["concepts"]}
    assert rows["A"]["peak"] == "2019" and rows["B"]["first"] == "2021"


def test_too_few_periods_warn_and_give_no_verdict():
    B = papers_graph([("2024-03-01", ["A"]), ("2024-03-05", ["A"]), ("2024-04-01", ["A", "B"]), ("2024-04-09", ["B"])])
    out = concept_trends(B, period="month", window=2)
    assert out["compared"] is False and [r["emerging"] for r in out["concepts"]] == [False, False]
    assert out["warnings"] == [
        "only 2 dated months (2024-03, 2024-04): comparing needs 4; no concept is called emerging"
    ]
    assert concept_trends(B, period="month")["compared"] is True


def test_yearless_dates_are_kept_apart_and_said_so():
    B = papers_graph(
        [
            ("--03-13", ["A"]),
            ("--08-08", ["A", "B"]),
            ("--08-08", ["B"]),
            ("2024-05-01", ["A"]),
            ("2024-06-01", ["A", "B"]),
        ]
    )
    out = concept_trends(B, period="month")
    assert out["periods"] == ["2024-05", "2024-06"] and out["yearless"] == {"--03": 1, "--08": 2}
    assert (out["recent"], out["previous"]) == (["2024-06"], ["2024-05"])
    rows = {r["key"]: r for r in out["concepts"]}
    assert rows["B"]["series"] == {"2024-06": 1} and rows["B"]["yearless"] == {"--08": 2}
    assert (rows["B"]["recent"], rows["B"]["previous"], rows["B"]["first"]) == (1, 0, "2024-06")
    assert out["warnings"] == [
        "3 papers dated without a year (--03, --08) kept apart from the dated ones and not compared"
    ]


def test_only_yearless_dates_compare_nothing():
    """The seed Daily Papers dumps: four dates, no year. Nothing is emerging; the series are still there."""
    B = papers_graph([("--03-13", ["A"]), ("--08-08", ["A", "B"]), ("--08-08", ["B"])])
    out = concept_trends(B)
    assert out["periods"] == [] and out["compared"] is False
    assert not any(r["emerging"] for r in out["concepts"])
    assert out["warnings"] == [
        "3 papers dated without a year (--03, --08) cannot be ordered in time: nothing is compared"
    ]
    assert {r["key"]: r["yearless"] for r in out["concepts"]} == {"A": {"--03": 1, "--08": 1}, "B": {"--08": 2}}


def test_concept_history_gives_counts_and_shares_for_every_period():
    B = papers_graph([("2019-03-01", ["A"]), ("2019-05-01", []), ("2021-02-01", ["A"]), ("--08-08", ["A"])])
    h = concept_history(concept_trends(B, period="year"), ["A", "missing"])
    assert h["periods"] == ["2019", "2020", "2021", "--"] and h["papers"] == [2, 0, 1, 1]
    a, missing = h["concepts"]
    assert a["counts"] == [1, 0, 1, 1] and a["shares"] == [0.5, 0.0, 1.0, 1.0] and a["peak"] == "2021"
    assert missing["counts"] == [0, 0, 0, 0] and missing["total"] == 0


def test_at_compares_an_earlier_window_and_ignores_later_papers():
    from paperkg.errors import NotFoundError

    B = papers_graph(
        [
            ("2019-03-01", ["A"]),
            ("2020-05-01", ["A", "B"]),
            ("2020-06-01", ["B"]),
            ("2021-02-01", ["C"]),
            ("2021-07-01", ["C", "A"]),
        ]
    )
    out = concept_trends(B, period="year", at="2020")
    assert (out["periods"], out["recent"], out["previous"]) == (["2019", "2020"], ["2020"], ["2019"])
    rows = {r["key"]: r for r in out["concepts"]}
    assert "C" not in rows and rows["A"]["total"] == 2 and rows["B"]["emerging"] is True
    with pytest.raises(NotFoundError, match=r"no year '2030' among the dated periods \(2019 to 2021\)"):
        concept_trends(B, period="year", at="2030")


def test_a_period_with_a_handful_of_papers_is_no_peak():
    """2016 holds 15 of the 44k ACL papers: two LSTM papers there are 13 %, yet LSTM peaked in 2018."""
    rows = [("2016-06-01", ["LSTM"])] + [("2016-06-01", [])] * 2
    rows += [("2017-06-01", ["LSTM"] if i < 6 else []) for i in range(100)]
    rows += [("2018-06-01", ["LSTM"] if i < 8 else []) for i in range(100)]
    rows += [("2019-06-01", ["LSTM"] if i < 3 else []) for i in range(100)]
    (row,) = concept_trends(papers_graph(rows), period="year")["concepts"]
    assert row["peak"] == "2018"


def test_growth_is_one_unit_and_big_shifts_rank_with_newcomers():
    # a field topic going 20 -> 120 papers and a model new with 12: growth is a ratio for both
    # (no raw count in the column), and the topic's far larger rise puts it first
    B = nx.Graph()
    B.add_node("Topic:big", kind="Topic", name="big topic")
    B.add_node("Model:fresh", kind="Model", name="Fresh")
    for i in range(140):
        year = "2022" if i < 20 else "2023"
        B.add_node(f"p{i}", kind="Paper", published=f"{year}-05-01")
        B.add_edge(f"p{i}", "Topic:big")
        if year == "2023" and i < 32:
            B.add_edge(f"p{i}", "Model:fresh")
    rows = concept_trends(B, period="year")["concepts"]
    assert [(r["name"], r["growth"], r["new"]) for r in rows] == [("big topic", 121 / 21, False), ("Fresh", 13.0, True)]


def test_a_topics_biggest_rise_shows_whatever_window_is_compared():
    # a topic that rose 2 -> 30 in 2023 and stayed flat after: the default comparison (2025 vs 2024)
    # finds it flat, the topic table still says when the field moved
    B = nx.Graph()
    B.add_node("Topic:llm", kind="Topic", name="large language models")
    n = 0
    for year, total, on_topic in (
        ("2021", 40, 1),
        ("2022", 40, 2),
        ("2023", 40, 30),
        ("2024", 40, 31),
        ("2025", 40, 31),
    ):
        for i in range(total):
            B.add_node(f"p{n}", kind="Paper", published=f"{year}-05-01")
            if i < on_topic:
                B.add_edge(f"p{n}", "Topic:llm")
            n += 1
    out = concept_trends(B, period="year")
    assert out["recent"] == ["2025"] and not out["concepts"][0]["emerging"]
    assert [(t["name"], t["period"], t["before"], t["count"]) for t in out["topics"]] == [
        ("large language models", "2023", 2, 30)
    ]
    assert concept_trends(B, period="year", at="2022")["topics"][0]["period"] == "2022"


def test_a_concept_named_like_a_topic_shows_as_the_topic():
    B = papers_graph([("2022-01-01", []), ("2023-01-01", ["diffusion models"])])
    B.add_node("Topic:diffusion models", kind="Topic", name="diffusion models")
    B.add_edge("p1", "Topic:diffusion models")
    assert [(r["name"], r["kind"]) for r in concept_trends(B, period="year")["concepts"]] == [
        ("diffusion models", "Topic")
    ]
    assert [r["kind"] for r in concept_trends(B, period="year", kind="Method")["concepts"]] == ["Method"]


def test_a_dated_edition_of_an_event_is_new_every_year_and_never_emerging():
    # 30 papers on this year's shared task beat 6 -> 15 for a method, but the edition's newness is the calendar's
    B = nx.Graph()
    B.add_node("Dataset:frobeval2025", kind="Dataset", name="FrobEval-2025 Task 3")
    B.add_node("Dataset:fsh25", kind="Dataset", name="FSH25")
    B.add_node("Method:frob", kind="Method", name="frob tuning")
    for i in range(60):
        year = "2024" if i < 20 else "2025"
        B.add_node(f"p{i}", kind="Paper", published=f"{year}-05-01")
        if year == "2025" and i < 50:
            B.add_edge(f"p{i}", "Dataset:frobeval2025" if i < 35 else "Dataset:fsh25")
        if i < 6 or 44 <= i < 59:
            B.add_edge(f"p{i}", "Method:frob")
    rows = concept_trends(B, period="year")["concepts"]
    assert [(r["name"], r["emerging"], r["edition"]) for r in rows] == [
        ("frob tuning", True, False),
        ("FrobEval-2025 Task 3", False, True),
        ("FSH25", False, True),
    ]
