"""Hand-made extractions with results of every kind, as 14a's extractor will
hand them over, assembled and written like a build writes them."""

from __future__ import annotations

from paperkg.model import Entity, Evidence, Extraction, Paper, ReportedResult
from paperkg.resolve import ConceptResolver, assemble


def _paper(pid: str, title: str, published: str, url: str = "", abstract: str = "An abstract.") -> Paper:
    return Paper(
        id=pid,
        title=title,
        abstract=abstract,
        raw_title=title,
        raw_abstract=abstract,
        published=published,
        url=url or None,
    )


def _entity(name: str, type_: str, introduced: bool = False) -> Entity:
    return Entity(name, type_, introduced=introduced, evidence=(Evidence(f"{name} here.", 0, len(name)),))


PAPERS = [
    (
        _paper(
            "p1", "FastMath", "2023-03-01", "https://arxiv.org/abs/2303.00001", "We test math word problems on GSM8K."
        ),
        [
            _entity("FastMath", "Method", True),
            _entity("GSM8K", "Dataset"),
            _entity("accuracy", "Metric"),
            _entity("math word problems", "Task"),
            _entity("latency", "Metric"),
            _entity("DPO", "Method"),
        ],
        [
            ReportedResult(
                "61.2%",
                "GSM8K",
                "FastMath",
                "accuracy",
                sentence="FastMath reaches 61.2% accuracy on GSM8K.",
                number=61.2,
                unit="%",
                kind="score",
                confidence=0.9,
            ),
            ReportedResult(
                "-90%",
                "GSM8K",
                "FastMath",
                "latency",
                sentence="FastMath cuts latency on GSM8K by 90%.",
                number=-90.0,
                unit="%",
                kind="reduction",
                confidence=0.8,
            ),
            ReportedResult(
                "+6.4 points",
                "GSM8K",
                "FastMath",
                "accuracy",
                "DPO",
                sentence="FastMath outperforms DPO by 6.4 points on GSM8K.",
                number=6.4,
                unit="points",
                kind="gain",
                confidence=0.8,
            ),
        ],
    ),
    (
        _paper("p2", "SlowMath", "2024-01-15", abstract="GSM8K and AIME 2023 test math word problems."),
        [
            _entity("SlowMath", "Method", True),
            _entity("GSM8K", "Dataset"),
            _entity("accuracy", "Metric"),
            _entity("math word problems", "Task"),
            _entity("AIME 2023", "Dataset"),
        ],
        [
            ReportedResult(
                "72.5%",
                "GSM8K",
                "SlowMath",
                "accuracy",
                sentence="SlowMath achieves 72.5% accuracy on GSM8K.",
                number=72.5,
                unit="%",
                kind="score",
                confidence=0.95,
            ),
            ReportedResult(
                "99%",
                "GSM8K",
                "SlowMath",
                "accuracy",
                sentence="With 99% of the budget, SlowMath helps on GSM8K.",
                number=99.0,
                unit="%",
                kind="score",
                confidence=0.2,
            ),
            ReportedResult(
                "30.0",
                "AIME 2023",
                "SlowMath",
                "accuracy",
                sentence="SlowMath scores 30.0 on AIME 2023.",
                number=30.0,
                unit="",
                kind="score",
                confidence=0.9,
            ),
        ],
    ),
    (
        _paper("p3", "MidMath", "2023-09-01"),
        [
            _entity("MidMath", "Method", True),
            _entity("AIME23", "Dataset"),
            _entity("accuracy", "Metric"),
            _entity("GSM8K", "Dataset"),
        ],
        [
            ReportedResult(
                "40.0",
                "AIME23",
                "MidMath",
                "accuracy",
                sentence="MidMath scores 40.0 on AIME23.",
                number=40.0,
                unit="",
                kind="score",
                confidence=0.9,
            ),
            ReportedResult(
                "65%",
                "GSM8K",
                "MidMath",
                "accuracy",
                sentence="MidMath gets 65% accuracy on GSM8K.",
                number=65.0,
                unit="%",
                kind="score",
                confidence=0.9,
            ),
        ],
    ),
    # Results whose sentence names no subject: the paper's own when it says "we"/"our", else nobody's
    (
        _paper("p4", "OwnMath", "2024-02-01"),
        [_entity("OwnMath", "Method", True), _entity("SVAMP", "Dataset"), _entity("accuracy", "Metric")],
        [
            ReportedResult(
                "80%",
                "SVAMP",
                None,
                "accuracy",
                sentence="We reach 80% accuracy on SVAMP.",
                number=80.0,
                unit="%",
                kind="score",
                confidence=0.9,
            )
        ],
    ),
    (
        _paper("p5", "A Study of Word Problems", "2024-03-01"),
        [_entity("SVAMP", "Dataset"), _entity("accuracy", "Metric")],
        [
            ReportedResult(
                "75%",
                "SVAMP",
                None,
                "accuracy",
                sentence="Our system reaches 75% accuracy on SVAMP.",
                number=75.0,
                unit="%",
                kind="score",
                confidence=0.9,
            ),
            ReportedResult(
                "90%",
                "SVAMP",
                None,
                "accuracy",
                sentence="Humans answer 90% of SVAMP correctly.",
                number=90.0,
                unit="%",
                kind="score",
                confidence=0.9,
            ),
        ],
    ),
]


def board_graphs():
    """The PaperGraphs of PAPERS, resolved as a build resolves them."""
    resolver = ConceptResolver()
    out = []
    for paper, entities, results in PAPERS:
        extraction = Extraction(paper.id, paper.title, tuple(entities), tuple(results))
        out.append(assemble(paper, extraction, resolver))
    return out


def check_boards(store: str) -> None:
    """What `leaderboard` and `task` must answer on a store holding board_graphs(), on any engine."""
    from paperkg import api

    board = api.leaderboard("gsm8k", store=store)
    assert [(r["rank"], r["subject"], r["value"], r["date"]) for r in board["rows"]] == [
        (1, "SlowMath", "72.5%", "2024-01-15"),
        (2, "MidMath", "65%", "2023-09-01"),
        (3, "FastMath", "61.2%", "2023-03-01"),
    ]  # the unsure 99% stays off
    assert [(r["kind"], r["value"], r["baseline"]) for r in board["comparisons"]] == [
        ("gain", "+6.4 points", "DPO"),
        ("reduction", "-90%", ""),
    ]
    assert board["rows"][2]["url"] == "https://arxiv.org/abs/2303.00001"
    unsure = api.leaderboard("GSM8K", store=store, include_unsure=True)
    assert unsure["rows"][0]["value"] == "99%"
    assert len(api.leaderboard("GSM8K", store=store, limit=4)["comparisons"]) == 1  # 3 scores + 1: four rows
    aime = api.leaderboard("AIME23", store=store, history=True)
    # AIME 2023 and AIME23 fold to one name (paperkg.names.fold): one concept, both papers' results on it (an
    # edition of 2023: papers of 2023 and 2024 report on it; a paper dated before its year would be left off)
    assert aime["dataset"]["variants"] == ["AIME 2023"]
    assert [r["subject"] for r in aime["rows"]] == ["MidMath", "SlowMath"]
    assert [(s["date"], s["value"]) for s in aime["history"]] == [("2023-09-01", "40.0")]  # 30.0 later is no step
    history = api.leaderboard("GSM8K", store=store, history=True)["history"]
    assert [(s["date"], s["value"]) for s in history] == [
        ("2023-03-01", "61.2%"),
        ("2023-09-01", "65%"),
        ("2024-01-15", "72.5%"),
    ]
    # No subject in the sentence: the paper's proposed method, or "this paper (ours)", when it says "we"/"our"
    svamp = api.leaderboard("SVAMP", store=store)["rows"]
    assert [(r["subject"], r["subject_source"], r["value"]) for r in svamp] == [
        ("", "", "90%"),
        ("OwnMath (ours)", "paper", "80%"),
        ("this paper (ours)", "paper", "75%"),
    ]
    assert [r["subject"] for r in api.leaderboard("SVAMP", store=store, kind="Method")["rows"]] == ["OwnMath (ours)"]
    task = api.task("math word problems", store=store)
    assert [(d["name"], d["papers"], d["best"]["value"]) for d in task["datasets"]] == [
        ("GSM8K", 2, "72.5%"),
        ("AIME 2023", 1, "30.0"),
    ]
    assert [m["name"] for m in task["methods"]] == ["FastMath", "SlowMath"]
    # A concept's card follows the board's rules: the unsure 99% stays off (counted), kinds and baselines shown
    card = api.concept_card("GSM8K", store=store)
    assert sorted((r["value"], r["kind"], r["baseline"]) for r in card["results"]) == [
        ("+6.4 points", "gain", "DPO"),
        ("-90%", "reduction", ""),
        ("61.2%", "score", ""),
        ("65%", "score", ""),
        ("72.5%", "score", ""),
    ]
    assert (card["result_count"], card["unsure_count"]) == (5, 1)
    every = api.concept_card("GSM8K", store=store, include_unsure=True)["results"]
    assert [(r["value"], r["unsure"]) for r in every][-1:] == [("99%", True)] and len(every) == 6
    # The site reads every board and every task at once: the same answers as one at a time.
    datasets = sorted(k for k in {board["dataset"]["key"], aime["dataset"]["key"]})
    boards = api.leaderboards([*datasets, "Dataset:no such set"], store=store)
    assert sorted(boards) == datasets
    for key in datasets:
        assert boards[key] == api.leaderboard(key, store=store, history=True)
    tasks = api.tasks([task["key"], "Task:no such task"], store=store)
    assert list(tasks) == [task["key"]] and tasks[task["key"]] == api.task(task["key"], store=store, limit=0)


def _mt(pid: str, title: str, published: str, own: str, datasets: list[str], results: list[tuple]):
    """A translation paper: its own method, BLEU, the datasets it names and (value, dataset, sentence, pair) rows."""
    entities = [
        _entity(own, "Method", True),
        _entity("BLEU", "Metric"),
        _entity("machine translation", "Task"),
        *(_entity(d, "Dataset") for d in datasets),
    ]
    rows = [
        ReportedResult(v, d, own, "BLEU", sentence=s, number=float(v), unit="", kind="score", confidence=0.9, pair=pair)
        for v, d, s, pair in results
    ]
    abstract = f"{own} translates the {' and '.join(datasets)} test sets."  # ties its data to translation
    return _paper(pid, title, published, abstract=abstract), entities, rows


#: Invented translation papers: two directions on one benchmark, one result that names none, and a dataset
#: named with its pair suffix ("WMT14 En-De") beside the benchmark's own name.
PAIR_PAPERS = [
    _mt(
        "m1",
        "WideTrans",
        "2019-05-01",
        "WideTrans",
        ["WMT14"],
        [
            ("29.0", "WMT14", "WideTrans gets 29.0 and 41.5 BLEU on WMT14 En-De and En-Fr, respectively.", "en-de"),
            ("41.5", "WMT14", "WideTrans gets 29.0 and 41.5 BLEU on WMT14 En-De and En-Fr, respectively.", "en-fr"),
        ],
    ),
    _mt(
        "m2",
        "DeepTrans",
        "2020-02-01",
        "DeepTrans",
        ["WMT14 En-De"],
        [("30.1", "WMT14 En-De", "DeepTrans reaches 30.1 BLEU on WMT14 En-De.", "")],
    ),
    _mt(
        "m3",
        "VagueTrans",
        "2021-03-01",
        "VagueTrans",
        ["WMT14"],
        [("35.0", "WMT14", "VagueTrans scores 35.0 BLEU on WMT14.", "")],
    ),
]


def pair_graphs():
    """The PaperGraphs of PAIR_PAPERS, resolved as a build resolves them."""
    resolver = ConceptResolver()
    return [assemble(p, Extraction(p.id, p.title, tuple(e), tuple(r)), resolver) for p, e, r in PAIR_PAPERS]


def check_pairs(store: str) -> None:
    """What `leaderboard` and `task` answer on translation results, on any engine."""
    from paperkg import api

    board = api.leaderboard("WMT14", store=store, history=True)
    assert [(r["pair"], r["rank"], r["value"]) for r in board["rows"]] == [
        ("en-de", 1, "30.1"),
        ("en-de", 2, "29.0"),
        ("en-fr", 1, "41.5"),
        ("", None, "35.0"),
    ]
    assert [(s["pair"], s["value"]) for s in board["history"]] == [
        ("en-de", "29.0"),
        ("en-de", "30.1"),
        ("en-fr", "41.5"),
    ]  # the unpaired 35.0 is no step
    ende = api.leaderboard("WMT14 English-German", store=store)
    assert ende["dataset"]["name"] == "WMT14" and ende["dataset"]["pair"] == "en-de"
    assert [r["value"] for r in ende["rows"]] == ["30.1", "29.0"]
    assert [r["value"] for r in api.leaderboard("WMT14 En-De", store=store)["rows"]] == ["30.1", "29.0"]
    task = api.task("machine translation", store=store)
    assert [(d["name"], d["pair"], d["papers"], d["best"]["value"]) for d in task["datasets"]] == [
        ("WMT14", "en-de", 2, "30.1"),
        ("WMT14", "en-fr", 1, "41.5"),
    ]  # WMT14 En-De is WMT14's; no best of no pair;
    # a pair's papers are the papers reporting on it (m1 and m2 on en-de, m1 on en-fr), not the benchmark's 3


def _team(pid: str, published: str, own: str, results: list[tuple], abstract: str = "An abstract."):
    """A shared-task system paper: its own system, accuracy on FooEval and (value, sentence) rows."""
    entities = [
        _entity(own, "Method", True),
        _entity("accuracy", "Metric"),
        _entity("FooEval", "Dataset"),
        _entity("offensive language identification", "Task"),
    ]
    rows = [
        ReportedResult(
            v, "FooEval", own, "accuracy", sentence=s, number=float(v), unit="", kind="score", confidence=0.9
        )
        for v, s in results
    ]
    return _paper(pid, f"{own} at FooEval", published, abstract=abstract), entities, rows


#: Invented system papers of a shared task with two sub-tasks: sub-tasks named in the sentence (two in one
#: sentence, spelled "Subtask A", "sub-task B", "SubTask-A"), one named only by the abstract, one nowhere.
PART_PAPERS = [
    _team(
        "s1",
        "2019-01-01",
        "TeamOne",
        [
            ("0.81", "TeamOne reaches an accuracy of 0.81 on Subtask A and 0.64 on sub-task B."),
            ("0.64", "TeamOne reaches an accuracy of 0.81 on Subtask A and 0.64 on sub-task B."),
        ],
    ),
    _team("s2", "2019-06-01", "TeamTwo", [("0.79", "TeamTwo ranked 2nd in SubTask-A with an accuracy of 0.79.")]),
    _team(
        "s3",
        "2019-03-01",
        "TeamThree",
        [("0.70", "TeamThree has an accuracy of 0.70.")],
        abstract="We take part in Sub-task B of FooEval, on offensive language. TeamThree has an accuracy of 0.70.",
    ),
    _team("s4", "2019-04-01", "TeamFour", [("0.90", "TeamFour has an accuracy of 0.90.")]),
]


def part_graphs():
    """The PaperGraphs of PART_PAPERS, resolved as a build resolves them."""
    resolver = ConceptResolver()
    return [assemble(p, Extraction(p.id, p.title, tuple(e), tuple(r)), resolver) for p, e, r in PART_PAPERS]


def check_parts(store: str) -> None:
    """What `leaderboard` and `task` answer on a shared task's sub-tasks, on any engine."""
    from paperkg import api

    board = api.leaderboard("FooEval", store=store, history=True)
    assert [(r["part"], r["rank"], r["value"], r["missing"]) for r in board["rows"]] == [
        ("sub-task A", 1, "0.81", ""),
        ("sub-task A", 2, "0.79", ""),
        ("sub-task B", 1, "0.70", ""),
        ("sub-task B", 2, "0.64", ""),  # TeamThree's part from its abstract
        ("", None, "0.90", "sub-task"),
    ]  # the best number, of no known sub-task, ranks against nothing
    assert [(s["part"], s["value"]) for s in board["history"]] == [
        ("sub-task A", "0.81"),
        ("sub-task B", "0.64"),
        ("sub-task B", "0.70"),
    ]
    task = api.task("offensive language identification", store=store)
    assert [(d["name"], d["part"], d["papers"], d["best"]["value"]) for d in task["datasets"]] == [
        ("FooEval", "sub-task A", 2, "0.81"),
        ("FooEval", "sub-task B", 2, "0.70"),
    ]  # no best of no sub-task


def _scaled(pid: str, own: str, value: str, sentence: str):
    """A system paper of the invented BarEval reporting one bare macro-F1 number."""
    entities = [_entity(own, "Method", True), _entity("macro-F1", "Metric"), _entity("BarEval", "Dataset")]
    row = ReportedResult(
        value, "BarEval", own, "macro-F1", sentence=sentence, number=float(value), unit="", kind="score", confidence=0.9
    )
    return _paper(pid, f"{own} at BarEval", "2025-05-01"), entities, [row]


#: Invented system papers writing one metric on two scales with no % anywhere ("0.7546" and "56.58").
SCALE_PAPERS = [
    _scaled("b1", "TeamAlpha", "0.7546", "TeamAlpha reaches a macro-F1 of 0.7546."),
    _scaled("b2", "TeamBeta", "56.58", "TeamBeta reaches a macro-F1 score of 56.58."),
    _scaled("b3", "TeamGamma", "0.61", "TeamGamma reaches a macro-F1 of 0.61."),
]


def scale_graphs():
    """The PaperGraphs of SCALE_PAPERS, resolved as a build resolves them."""
    resolver = ConceptResolver()
    return [assemble(p, Extraction(p.id, p.title, tuple(e), tuple(r)), resolver) for p, e, r in SCALE_PAPERS]


def check_scales(store: str) -> None:
    """What `leaderboard` answers on one metric's two scales, and on a ranking cut by a limit, on any engine."""
    from paperkg import api

    board = api.leaderboard("BarEval", store=store)
    assert [(r["scale"], r["rank"], r["value"]) for r in board["rows"]] == [
        ("0-1 scale", 1, "0.7546"),
        ("0-1 scale", 2, "0.61"),
        ("0-100 scale", 1, "56.58"),
    ]  # never 56.58 ranked first above 0.7546
    cut = api.leaderboard("BarEval", store=store, limit=1)
    assert len(cut["rows"]) == 1 and [s["scores"] for s in cut["ranking_sizes"]] == [2, 1]


_QA_ABSTRACT = (
    "We test FooReader on question answering (FooQA) and textual entailment (BarTE). "
    "Our baseline reaches 52% on FooQA, well below human performance, which is 91%. "
    "FooReader reaches 70% accuracy on FooQA."
)
#: Invented task-page papers (read36's classes): a dataset named only as another task's data (BarTE), a human
#: performance number above the model's, a latency naming no metric, a challenge set typed Method; (tp37b) a method
#: a title says is for another task, a shared task typed Method.
TASK_PAGE_PAPERS = [
    (
        _paper("q1", "FooReader: Reading for Question Answering", "2022-01-01", abstract=_QA_ABSTRACT),
        [
            _entity("FooReader", "Method", True),
            _entity("FooQA", "Dataset"),
            _entity("BarTE", "Dataset"),
            _entity("accuracy", "Metric"),
            _entity("question answering", "Task"),
        ],
        [
            ReportedResult(
                v, "FooQA", s, "accuracy", sentence=t, number=float(v[:-1]), unit="%", kind="score", confidence=0.9
            )  # fmt: skip
            for v, s, t in [
                ("91%", "", "Our baseline reaches 52% on FooQA, well below human performance, which is 91%."),
                ("70%", "FooReader", "FooReader reaches 70% accuracy on FooQA."),
            ]
        ],
    ),
    (
        _paper("q2", "FROBS: Question Answering Challenge Sets for Evaluating Readers", "2022-02-01"),
        [_entity("FROBS", "Method", True), _entity("FooQA", "Dataset"), _entity("question answering", "Task")],
        [
            ReportedResult(
                "64ms",
                "FooQA",
                "",
                "",
                sentence="Readers answer FooQA in 64ms.",
                number=64.0,
                unit="ms",
                kind="score",
                confidence=0.9,
            )  # fmt: skip
        ],
    ),
    (  # tp37b: a method its title says is for another task (the abstract names question answering in passing)
        _paper("q3", "ZorbLink: Mutually Visible Objects for Frob Extraction", "2022-03-01"),
        [
            _entity("ZorbLink", "Method", True),
            _entity("frob extraction", "Task"),
            _entity("question answering", "Task"),
        ],
        [],
    ),
    (  # tp37b: a shared task's overview, the event typed Method
        _paper("q4", "Overview of the QuxQA 2025 Shared Task on Question Answering", "2022-04-01"),
        [_entity("QuxQA", "Method", True), _entity("question answering", "Task")],
        [],
    ),
]


def task_page_graphs():
    """The PaperGraphs of TASK_PAGE_PAPERS, resolved as a build resolves them."""
    resolver = ConceptResolver()
    return [assemble(p, Extraction(p.id, p.title, tuple(e), tuple(r)), resolver) for p, e, r in TASK_PAGE_PAPERS]


def check_task_page(store: str) -> None:
    """A task page's best is leaderboard-grade and its lists hold only what it has evidence for, on any engine."""
    from paperkg import api

    task = api.task("question answering", store=store)
    assert [(d["name"], d["papers"], d["best"]["value"]) for d in task["datasets"]] == [("FooQA", 2, "70%")]
    # FROBS is a challenge set, ZorbLink frob extraction's, QuxQA a shared task
    assert [m["name"] for m in task["methods"]] == ["FooReader"]
