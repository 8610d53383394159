"""Own-name nodes of a kept acronym are decided again (issue 15: own-name twins on the 44k graph).

An undefined acronym a paper was kept apart with (refresh.acronyms._kept_apart: its own phrase, its own case)
moves to a second node of the same name, an own-name key. Before, no refresh looked at such a node again: a
paper kept apart by a rule a later refresh reads otherwise stayed beside the field's term forever (s37a: 11
GPT papers writing "Generative Pre-trained Transformer", 12 writing "IMDb", 7 "Bert", 4 the LaMP benchmark's
users beside the paper that made it). Invented papers: ZPT, a "zonal pretrained transformer", and ZaMP, a
benchmark one paper introduces.
"""

from __future__ import annotations

import re

from graphs import extracted_paper  # tests/store/graphs.py
from paperkg.refresh import refresh_concepts
from paperkg.resolve import ConceptResolver, assemble
from paperkg.resolve.proposals import own_name_key

SENSE = "Model:zonalpretrainedtransformer"


def _write(st, papers):
    resolver = ConceptResolver()
    st.write_papers([assemble(p, e, resolver) for p, e in papers])


def _keys_of(st, pid: str) -> set[str]:
    return {k for page in st.mention_pairs([pid]) for _, k, _ in page}


def _keep_apart(st, kind: str, acronym: str, moves: dict[str, str]) -> str:
    """Put papers on an own-name node as an older refresh did: {paper: the key it leaves}."""
    own = own_name_key(kind, acronym)
    st.write_rows("upsert_concepts", [{"key": own, "name": acronym, "kind": kind, "aliases": []}])
    st.move_mentions({(p, k): own for p, k in moves.items()})
    return own


def _definers(n: int):
    return [
        extracted_paper(
            f"def-{i}",
            2021,
            "We train zonal pretrained transformers (ZPT) for image captioning.",
            [("Model", "zonal pretrained transformers", ("ZPT",)), ("Task", "image captioning", ())],
        )
        for i in range(n)
    ]


def test_papers_that_write_the_fields_term_otherwise_join_it_and_a_word_of_their_own_stays_apart(store):
    """Users writing the sense with a hyphen ("Zonal Pre-trained Transformer (ZPT)") join it in a first refresh,
    and a stale own-name node holding such users is emptied by the next; a paper writing "Zpt Accuracy" (its own
    case, the way "Clip Accuracy" names no CLIP) stays on the own-name node."""
    users = [
        extracted_paper(
            f"use-{i}",
            2022,
            "We fine-tune the Zonal Pre-trained Transformer (ZPT) for image captioning.",
            [("Model", "ZPT", ()), ("Task", "image captioning", ())],
        )
        for i in range(3)
    ]
    word = extracted_paper(
        "word",
        2022,
        "Title\n\nWe gain 4% on Zpt Accuracy for image captioning.",
        [("Model", "Zpt", ()), ("Task", "image captioning", ())],
    )
    _write(store, [*_definers(4), *users, word])
    refresh_concepts(store)
    assert all(SENSE in _keys_of(store, f"use-{i}") for i in range(3))
    own = own_name_key("Model", "ZPT")
    assert own in _keys_of(store, "word")

    # an older refresh kept two users apart: the next one decides them again
    _keep_apart(store, "Model", "ZPT", {"use-0": SENSE, "use-1": SENSE})
    assert own in _keys_of(store, "use-0")
    refresh_concepts(store)
    assert SENSE in _keys_of(store, "use-0") and SENSE in _keys_of(store, "use-1")
    assert own in _keys_of(store, "word")  # kept apart again: it stays, no third node
    counts = {c["key"]: c["paper_count"] for c in store.concept_rows()}
    assert counts[own] == 1 and not [k for k in counts if k.startswith("Model:zpt~") and k != own]
    assert set(refresh_concepts(store).values()) == {0}  # a fixed point


def test_users_of_a_benchmark_kept_apart_from_the_paper_that_made_it_rejoin_it(store):
    """ZaMP has no long form to weigh: the users on the own-name node rejoin the node of the paper that
    introduced it (the plain key); a paper that coins ZaMP for its own work, or writes it in its own case, stays."""
    coiner = extracted_paper(
        "coiner",
        2023,
        "We introduce ZaMP, a benchmark for personalization.",
        [("Dataset", "ZaMP", ()), ("Task", "personalization", ())],
    )
    users = [
        extracted_paper(
            f"use-{i}",
            2024,
            "Our method improves personalization on the ZaMP benchmark.",
            [("Dataset", "ZaMP", ()), ("Task", "personalization", ())],
        )
        for i in range(3)
    ]
    early = extracted_paper(  # years before the benchmark: another ZaMP
        "early", 2019, "We evaluate parsing on the ZaMP corpus.", [("Dataset", "ZaMP", ()), ("Task", "parsing", ())]
    )
    other = extracted_paper(
        "other",
        2024,
        "Title\n\nWe introduce ZaMP, a tool for parsing.",
        [("Dataset", "ZaMP", ()), ("Task", "parsing", ())],
    )
    _write(store, [coiner, *users, other, early])
    refresh_concepts(store)
    plain = "Dataset:zamp"
    assert all(plain in _keys_of(store, p) for p in ("coiner", "use-0", "use-1", "use-2"))
    own = _keep_apart(store, "Dataset", "ZAMP", {"use-0": plain, "use-1": plain, "other": plain, "early": plain})
    refresh_concepts(store)
    assert plain in _keys_of(store, "use-0") and plain in _keys_of(store, "use-1")
    assert own in _keys_of(store, "early")
    assert own in _keys_of(store, "other")  # it names its own work
    assert set(refresh_concepts(store).values()) == {0}


def test_a_paper_spelling_out_an_acronym_no_sense_holds_as_its_other_papers_do_stays_with_them(store):
    """ZNN: two concepts only spell it ("Zigzag Nested Nets", "zero-noise normalisation"), none holds it. A paper
    writing "Zonal Neural Network (ZNN)", as another paper of the acronym writes "zonal neural networks", stays
    on the acronym's node with the papers writing ZNN bare (the s37a "DNN" pair: "Deep Neural Network (DNN)"
    beside 13 DNN papers), and an older refresh's own-name node of it empties into it; a paper defining ZNN
    otherwise ("Zany New Notation") stays apart."""
    spellers = [
        extracted_paper(
            f"sp-{i}", 2020, f"We study {name} for parsing.", [("Method", name, ()), ("Task", "parsing", ())]
        )
        for i, name in enumerate(("Zigzag Nested Nets", "zero-noise normalisation"))
    ]
    bare = [
        extracted_paper(
            f"bare-{i}",
            2021,
            "We train zonal neural networks, ZNN models, for tagging."
            if i == 0
            else "We train ZNN models for tagging.",
            [("Method", "ZNN", ()), ("Task", "tagging", ())],
        )
        for i in range(3)
    ]
    spelt = extracted_paper(
        "spelt",
        2021,
        "Title\n\nA Zonal Neural Network (ZNN) is trained for tagging.",
        [("Method", "ZNN", ()), ("Task", "tagging", ())],
    )
    other = extracted_paper(
        "other",
        2021,
        "Title\n\nWe write rules in a Zany New Notation (ZNN) for tagging.",
        [("Method", "ZNN", ()), ("Task", "tagging", ())],
    )
    _write(store, [*spellers, *bare, spelt, other])
    refresh_concepts(store)
    assert "Method:znn" in _keys_of(store, "spelt") and "Method:znn" in _keys_of(store, "bare-1")
    assert own_name_key("Method", "ZNN") in _keys_of(store, "other")
    own = _keep_apart(store, "Method", "ZNN", {"spelt": "Method:znn"})
    refresh_concepts(store)
    assert "Method:znn" in _keys_of(store, "spelt") and own in _keys_of(store, "other")


def _zqa_graph(store):
    """ZQA, a short acronym two senses hold: zonal question answering (five papers, parsing) and zero quality
    assessment (two, tagging). A paper writing ZQA bare beside neither's concepts has no evidence for the
    dominant sense (resolve.senses._contested_sense): kept apart. One writing both long forms stays undecided
    on the acronym's plain node, which so outlives the refresh."""
    zonal = [
        extracted_paper(
            f"zonal-{i}",
            2021,
            "We study zonal question answering (ZQA) for parsing.",
            [("Task", "zonal question answering", ("ZQA",)), ("Task", "parsing", ())],
        )
        for i in range(5)
    ]
    zero = [
        extracted_paper(
            f"zero-{i}",
            2021,
            "We study zero quality assessment (ZQA) for tagging.",
            [("Task", "zero quality assessment", ("ZQA",)), ("Task", "tagging", ())],
        )
        for i in range(2)
    ]
    lone = extracted_paper(
        "lone", 2021, "We report ZQA results with beam search.", [("Task", "ZQA", ()), ("Method", "beam search", ())]
    )
    both = extracted_paper(
        "both",
        2021,
        "Zonal question answering and zero quality assessment are both called ZQA.",
        [("Task", "ZQA", ())],
    )
    user = extracted_paper(  # kept apart by an older refresh; its concepts are the zonal sense's
        "user", 2021, "We improve ZQA for parsing.", [("Task", "ZQA", ()), ("Task", "parsing", ())]
    )
    _write(store, [*zonal, *zero, lone, both, user])


def test_a_second_refresh_moves_nothing_where_the_plain_node_and_its_own_name_node_share_an_acronym(store):
    """The own-name node and the plain node of one acronym are decided as one (refresh.acronyms.own_twins).
    Decided apart, the paper kept apart went to a new own-name node, which having no senses of its own yet sent
    it back to the plain node in the same pass (`_rejoin_plain`), in every refresh (stop 38's 44k copy: 56
    sense assignments moved by each refresh). Now the kept-apart paper stays on the own-name node, a paper an
    older refresh left there joins the sense its concepts are typical of (the twin is joined), and the next
    refresh changes nothing."""
    _zqa_graph(store)
    sense, plain, own = "Task:zonalquestionanswering", "Task:zqa", own_name_key("Task", "ZQA")
    first = refresh_concepts(store)
    assert first["pending"] == 0
    assert sense in _keys_of(store, "user")
    assert own in _keys_of(store, "lone") and plain in _keys_of(store, "both")
    assert set(refresh_concepts(store).values()) == {0}  # a fixed point

    _keep_apart(store, "Task", "ZQA", {"user": sense})  # as a refresh before own-name nodes were decided again
    assert own in _keys_of(store, "user")
    refresh_concepts(store)
    assert sense in _keys_of(store, "user") and own in _keys_of(store, "lone")
    assert set(refresh_concepts(store).values()) == {0}


def test_a_paper_titled_by_the_own_name_nodes_spelling_stays_on_it(store):
    """The COVE case (stop 39, 44k ACL): "COVE: COntext and VEracity prediction ..." on the own-name node
    "COVE" of the plain node "CoVe" (the word vectors), where split_namesakes puts a title's coiner. Checking
    only the plain node's spelling ("CoVe") for a coinage, `_rejoin_plain` took the paper back to the plain node,
    and split_namesakes split it off again: every refresh moved it twice. The paper's title names its own work
    by the node's letters, so it stays, and a second refresh moves nothing."""
    from paperkg.model import Entity, Evidence, Extraction, Paper

    users = [
        extracted_paper(f"use-{i}", 2019, "We embed words with ZoVe vectors for tagging.", [("Model", "ZoVe", ())])
        for i in range(3)
    ]
    text = "We predict context and veracity with ZOVE for claims."
    coiner = Paper(
        id="coiner",
        title="ZOVE: ZOnal and VEracity prediction",
        abstract=text,
        raw_title="ZOVE: ZOnal and VEracity prediction",
        raw_abstract=text,
        published="2022-06-01",
    )
    spans = [m.span() for m in re.finditer("ZOVE", coiner.text)]
    extraction = Extraction(
        "coiner", coiner.title, (Entity("ZOVE", "Model", (), evidence=tuple(Evidence("s", a, b) for a, b in spans)),)
    )
    _write(store, [*users, (coiner, extraction)])
    plain = "Model:zove"
    assert plain in _keys_of(store, "coiner")
    own = _keep_apart(store, "Model", "ZOVE", {"coiner": plain})  # where split_namesakes puts a title's coiner
    first = refresh_concepts(store)
    assert own in _keys_of(store, "coiner") and all(plain in _keys_of(store, f"use-{i}") for i in range(3))
    assert first["pending"] == 0
    assert set(refresh_concepts(store).values()) == {0}
