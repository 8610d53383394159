"""PROPOSES only for the paper that introduced a concept, on both engines (refresh.refresh_concepts).

Invented papers: a field term "frobnicator" that many papers use, a paper whose
own coined name "FrobNicator" folds like it, and papers that claim to
introduce a term papers of earlier years already use.
"""

from __future__ import annotations

import re

from paperkg.refresh import refresh_concepts
from paperkg.model import Entity, Evidence, Extraction, Paper
from paperkg.names import fold
from paperkg.resolve import ConceptResolver, assemble


def _paper(pid: str, year: int | None, title: str, text: str, entities: list[tuple[str, str, bool]]):
    """A Paper and its Extraction; each entity (kind, name, introduced) has its evidence where its name occurs."""
    paper = Paper(
        id=pid,
        title=title,
        abstract=text,
        raw_title=title,
        raw_abstract=text,
        published=None if year is None else f"{year}-06-01",
    )
    ents = []
    for kind, name, introduced in entities:
        spans = [m.span() for m in re.finditer(re.escape(name), paper.text)]
        ents.append(Entity(name, kind, (), introduced, tuple(Evidence("s", a, b) for a, b in spans)))
    return paper, Extraction(pid, paper.title, tuple(ents))


def _users(n: int, year: int, name: str = "frobnicator", kind: str = "Method"):
    return [
        _paper(
            f"use-{name}-{year}-{i}",
            year,
            f"Paper {i}",
            f"We train a {name} for parsing.",
            [(kind, name, False), ("Task", "parsing", False)],
        )
        for i in range(n)
    ]


def _write(st, papers):
    resolver = ConceptResolver()
    st.write_papers([assemble(p, e, resolver) for p, e in papers])


def _proposals(st) -> set[tuple[str, str]]:
    return {(p, k) for p, k in st.run_read("proposes")[1]}


def test_a_coined_name_that_folds_like_a_field_term_is_the_papers_own_concept(store):
    """ "FrobNicator: ..." sets capitals the field's "frobnicator" has not: the paper proposes its own
    FrobNicator, not the term; a paper writing the term as the field does keeps its edge."""
    coined = _paper(
        "coined",
        2015,
        "FrobNicator: Fast Robust Nicator",
        "FrobNicator parses fast.",
        [("Method", "FrobNicator", True), ("Task", "parsing", False)],
    )
    original = _paper(
        "original",
        2016,
        "Frobnicator: a new model",
        "The Frobnicator parses.",
        [("Method", "Frobnicator", True), ("Task", "parsing", False)],
    )
    _write(store, [coined, original, *_users(12, 2017)])
    assert ("coined", "Method:frobnicator") in _proposals(store)  # the resolver folded it into the term
    counts = refresh_concepts(store)
    assert counts["own_names"] == 1
    rows = {c["key"]: c for c in store.concept_rows()}
    own = rows["Method:frobnicator~FrobNicator"]
    assert own["name"] == "FrobNicator" and own["paper_count"] == 1
    assert _proposals(store) == {("coined", "Method:frobnicator~FrobNicator"), ("original", "Method:frobnicator")}
    term = rows["Method:frobnicator"]
    assert term["paper_count"] == 13 and "FrobNicator" not in (term.get("aliases") or [])
    assert set(refresh_concepts(store).values()) == {0}  # settled: the merge rules leave the own name apart


def test_a_paper_does_not_propose_a_term_papers_of_earlier_years_already_use(store):
    """Three or more earlier papers use it: a later claim is a use. One or two earlier papers may cite the
    original's preprint, so the original of a coined name, re-dated, keeps its edge."""
    late = _paper("late", 2022, "Better parsing", "Our LatPrompt parses.", [("Method", "LatPrompt", True)])
    redated = _paper("redated", 2019, "LatPrompt", "We propose LatPrompt.", [("Method", "LatPrompt", True)])
    users = [
        _paper(
            f"u{i}",
            2018 if i < 2 else 2020,
            f"Paper {i}",
            "We use LatPrompt.",
            [("Method", "LatPrompt", False)],
        )
        for i in range(4)
    ]
    _write(store, [late, redated, *users])
    counts = refresh_concepts(store)
    assert counts["proposals_dropped"] == 1
    assert _proposals(store) == {("redated", "Method:latprompt")}
    assert set(refresh_concepts(store).values()) == {0}


def test_a_paper_does_not_propose_a_descriptive_term_one_earlier_paper_already_wrote(store):
    """A name in words of the language ("lattice prompting") is the field's term once one earlier paper
    writes it; a later title built on it ("Lattice Prompting for Parsing") uses it, it does not coin it."""
    later = _paper(
        "later",
        2021,
        "Lattice Prompting for Parsing",
        "We propose lattice prompting.",
        [("Method", "lattice prompting", True)],
    )
    earlier = _paper("earlier", 2019, "Paper 0", "We use lattice prompting.", [("Method", "lattice prompting", False)])
    _write(store, [later, earlier])
    assert refresh_concepts(store)["proposals_dropped"] == 1
    assert _proposals(store) == set()


def test_a_paper_long_before_every_other_use_of_its_name_proposes_a_namesake_not_the_concept(store):
    """GEMBLOR of 2015 and the Gemblor models every paper of 2019 on uses share a name, not a history;
    a concept taken up the next year keeps its proposer (first test of this file)."""
    early = _paper(
        "early", 2015, "GEMBLOR: Gist Summaries", "We propose Gemblor for summaries.", [("Model", "Gemblor", True)]
    )
    _write(store, [early, *_users(6, 2019, name="Gemblor", kind="Model")])
    assert ("early", "Model:gemblor") in _proposals(store)
    assert refresh_concepts(store)["proposals_dropped"] == 1
    assert _proposals(store) == set()


def test_a_proposer_that_shares_nothing_with_a_widely_used_concepts_papers_is_a_namesake_of_any_year(store):
    """GEMBLOR for summary style and the Gemblor models of the same year: none of the proposer's other
    concepts (summary style, news headlines) is named by the 12 papers that use Gemblor with parsing. The
    origin of a field term shares its topic with its users (first test of this file: parsing) and keeps its edge.
    Its title names its own work GEMBLOR: the paper and its edge move to a concept of that name."""
    namesake = _paper(
        "namesake",
        2019,
        "GEMBLOR: Summary Style",
        "We propose Gemblor for summary style on news headlines.",
        [("Model", "Gemblor", True), ("Task", "summary style", False), ("Dataset", "news headlines", False)],
    )
    _write(store, [namesake, *_users(12, 2019, name="Gemblor", kind="Model")])
    assert ("namesake", "Model:gemblor") in _proposals(store)
    assert refresh_concepts(store)["own_names"] == 1
    assert _proposals(store) == {("namesake", "Model:gemblor~GEMBLOR")}
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Model:gemblor"]["paper_count"] == 12 and rows["Model:gemblor~GEMBLOR"]["paper_count"] == 1
    assert set(refresh_concepts(store).values()) == {0}


def test_a_proposer_sharing_its_topic_with_the_concepts_users_keeps_its_edge(store):
    origin = _paper(
        "origin",
        2019,
        "GEMBLOR: Parsing Fast",
        "We propose Gemblor for parsing of news headlines.",
        [("Model", "Gemblor", True), ("Task", "parsing", False), ("Dataset", "news headlines", False)],
    )
    _write(store, [origin, *_users(12, 2019, name="Gemblor", kind="Model")])
    assert refresh_concepts(store)["proposals_dropped"] == 0
    assert _proposals(store) == {("origin", "Model:gemblor")}


def test_without_dates_no_proposal_is_dropped(store):
    papers = [
        _paper(f"p{i}", None, f"Paper {i}", "We propose lattice prompting.", [("Method", "lattice prompting", i == 5)])
        for i in range(6)
    ]
    _write(store, papers)
    assert refresh_concepts(store)["proposals_dropped"] == 0
    assert _proposals(store) == {("p5", "Method:latticeprompting")}


def test_the_name_in_small_capitals_or_camel_case_inside_a_title_is_no_coined_name(store):
    """ "FROBNICATOR: ..." is the term set in small capitals (the original paper); a title that only
    camel-cases the term names no work of its own."""
    shouted = _paper(
        "shouted",
        2015,
        "FROBNICATOR: A Model for Parsing",
        "We propose FROBNICATOR.",
        [("Method", "FROBNICATOR", True)],
    )
    camel = _paper(
        "camel",
        2016,
        "Parsing with a FrobNicator",
        "We propose parsing with a FrobNicator.",
        [("Method", "FrobNicator", True)],
    )
    _write(store, [shouted, camel, *_users(12, 2017)])
    assert refresh_concepts(store)["own_names"] == 0
    # the camel-case title only works with the term: a widely used concept is proposed by the title that
    # presents it ("FROBNICATOR: ..."), resolve.proposals.untitled_proposals
    assert _proposals(store) == {("shouted", "Method:frobnicator")}
    assert [c["key"] for c in store.concept_rows() if fold(c["name"]) == "frobnicator"] == ["Method:frobnicator"]


def test_a_coined_name_and_its_case_twin_sharing_no_concept_stay_apart(store):
    """ "Zorbs: ..." (dialogue states) beside a "ZORBS" of the year before (agent routing): one name up to
    case, no concept in common, and the word name came later than the twin: two works, two concepts
    (the case-twin merge would have made one). A twin that shares the coiner's topic still merges."""
    coined = _paper(
        "coined",
        2023,
        "Zorbs: Modelling Dialogue States",
        "Zorbs tracks states on dialogue corpora.",
        [("Method", "Zorbs", True), ("Task", "state tracking", False), ("Dataset", "dialogue corpora", False)],
    )
    twin = _paper(
        "twin",
        2022,
        "One agent for all",
        "ZORBS routes requests with response selection.",
        [("Method", "ZORBS", False), ("Task", "response selection", False), ("Task", "routing", False)],
    )
    _write(store, [coined, twin])
    assert refresh_concepts(store)["own_names"] == 1
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Method:zorbs"]["paper_count"] == 1 and rows["Method:zorb~Zorbs"]["paper_count"] == 1
    assert set(refresh_concepts(store).values()) == {0}


def test_a_case_twin_sharing_the_coiners_topic_merges_and_a_first_coiner_keeps_its_few_users(store):
    coined = _paper(
        "coined",
        2023,
        "Zorbs: Modelling Dialogue States",
        "Zorbs tracks states on dialogue corpora.",
        [("Method", "Zorbs", True), ("Task", "state tracking", False), ("Dataset", "dialogue corpora", False)],
    )
    twin = _paper(
        "twin",
        2024,
        "Better states",
        "ZORBS tracks states.",
        [("Method", "ZORBS", False), ("Task", "state tracking", False)],
    )
    origin = _paper(
        "origin",
        2019,
        "Quorbs: A Corpus",
        "Quorbs is made of news and tweets.",
        [("Dataset", "Quorbs", True), ("Dataset", "news", False), ("Dataset", "tweets", False)],
    )
    users = [
        _paper(
            f"u{i}",
            2020,
            f"Paper {i}",
            "We test on Quorbs for parsing.",
            [("Dataset", "Quorbs", False), ("Task", "parsing", False)],
        )
        for i in range(3)
    ]
    _write(store, [coined, twin, origin, *users])
    assert refresh_concepts(store)["own_names"] == 0
    rows = {c["key"]: c for c in store.concept_rows()}
    assert not [k for k in rows if "~" in k]
    assert rows["Dataset:quorb"]["paper_count"] == 4
    assert [c["paper_count"] for c in rows.values() if c["name"].casefold() == "zorbs"] == [2]


def test_the_coiners_spelling_leaves_the_concept_with_it(store):
    """ "Zokapi: ..." named the concept; the one paper left writes "ZOKAPI" (another work): its name now."""
    coined = _paper(
        "coined",
        2023,
        "Zokapi: Tuned Models",
        "Zokapi tunes models with feedback and rewards.",
        [("Model", "Zokapi", True), ("Method", "feedback", False), ("Method", "rewards", False)],
    )
    other = _paper(
        "other",
        2016,
        "Email zoning",
        "ZOKAPI zones emails in many languages.",
        [("Model", "ZOKAPI", False), ("Task", "email zoning", False), ("Task", "languages", False)],
    )
    _write(store, [coined, other])
    refresh_concepts(store)
    rows = {c["key"]: c for c in store.concept_rows()}
    assert rows["Model:zokapi"]["name"] == "ZOKAPI" and "Zokapi" not in (rows["Model:zokapi"].get("aliases") or [])
    assert rows["Model:zokapi~Zokapi"]["paper_count"] == 1
