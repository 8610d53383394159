"""`paperkg concept` says why a near synonym the field keeps apart is another concept (issue 15 item 4)."""

from __future__ import annotations

from click.testing import CliRunner

from paperkg.cli import main
from paperkg.model import Entity, Evidence, Extraction, Paper
from paperkg.resolve import ConceptResolver, assemble
from paperkg.store.ladybug import LadybugStore


def _paper(pid: str, name: str) -> tuple[Paper, Extraction]:
    text = f"We pre-train {name} for tagging."
    paper = Paper(
        id=pid, title=f"Paper {pid}", abstract=text, raw_title=f"Paper {pid}", raw_abstract=text, published="2021-06-01"
    )
    start = paper.text.index(name)
    return paper, Extraction(
        pid, paper.title, (Entity(name, "Method", evidence=(Evidence("s", start, start + len(name)),)),)
    )


def test_paperkg_concept_prints_the_near_synonym_kept_apart_and_why(tmp_path):
    path = tmp_path / "g.lbdb"
    resolver = ConceptResolver()
    with LadybugStore(path) as st:
        st.write_papers(
            [
                assemble(p, e, resolver)
                for p, e in (
                    _paper("a", "masked language models"),
                    _paper("b", "masked language modeling"),
                    _paper("c", "masked language modeling"),
                )
            ]
        )
    res = CliRunner().invoke(main, ["concept", "masked language models", "--store", str(path)])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if x.startswith("kept apart from"))
    assert "masked language modeling (Method, 2 papers): a masked language model is a network" in line
