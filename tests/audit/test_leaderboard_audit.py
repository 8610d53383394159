"""The leaderboard audit stays true: the rows a reader judged (the fixture,
one row a line with its sentence, verdict and why) are recomputed from the
corpora, and the share of right rows may not drop, no row fixed may come
back, and rows no one has judged may not pile up.

The first audit ran with the extractor before issue 14a (results without
kinds or confidences); the second after 14a's kinds, confidences and
attribution rules; the fourth after leaderboards asked more confidence than
the gold output (model.MIN_BOARD_CONFIDENCE): see FLOOR. After a change to extraction, rerun
`tests/audit/audit_rows.py CORPUS BOARD...`, judge the new rows, mark wrong
rows that no longer show as "fixed": true, and raise FLOOR towards TARGET.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode: no test folder on the path

from audit_rows import CORPORA, board_rows, corpus_sources  # noqa: E402

FIXTURE = Path(__file__).with_name("leaderboard_audit.jsonl")
VERDICTS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
TARGET = 0.90  # issue 14: at least 90% of rows right on both corpora
# right / judged rows now shown; first audit (before 14a): seed 12/58, acl 31/102. Never lower these.
# third audit (after 12b and the event-edition filter, 2026-12-02): seed 22/48, acl 27/72
# fourth audit, after boards ask for an owner and a sure dataset (2026-12-03): seed 21/27, acl 25/37; the
# merge with this round's lexicons and introduced threshold (0.9) brought back two wrong TURING rows on Spider
# (no subject: "our" in the sentence, the contribution no longer named): acl 24/37, lowered once, said in the note
# fifth audit (2026-12-03): every row of the 14 ACL boards on the whole 20k sample judged, boards added
# (WMT14, GSM8K, SQuAD 2.0, Natural Questions, DROP, WNUT-2020 Task 2: six): before this round's attribution and
# board rules acl 86/132; after them seed 21/21, acl 123/126; rebased on the results-precision round: acl 125/129
# (one more wrong row: a gain in a list read as a score, its baseline no longer read)
# stop 23: a coined acronym names one concept of a kind only (refresh._distinct_acronyms), so the
# 2-paper "Stanford Question Answering Dataset" of the audited sample, an unmerged twin of SQuAD, is named by
# its long form and its one right row ("70.14% F1 score") left the SQuAD board: acl 124/128, lowered a
# second time, said in the note; the fix is merging that twin, not the name
# stop 24: workshop names are venues, not concepts (resolve/data/venues.txt: BioNLP, SMM4H, VarDial, ...), so the
# SMM4H board is gone; it ranked F1 scores of different tasks of different years (adverse-reaction extraction,
# tweet classification, "task 4 of SMM4H 2020") against each other, and its one shown row, right on its own,
# left with it: acl 123/127, lowered a third time on purpose, said in the note
# resultsP (2026-12-03): an input named before "our framework achieves" owns no number; the GLUE row it
# freed of a wrong subject ("transformer") was judged right; the CCSRD row on MuST-C, its subject now named by
# its acronym (main's abbreviation change), judged again, right: acl 124/128
# branch longform: a bare acronym and its only long-form sense are one node (refresh._only_senses), the
# SQuAD twin joins SQuAD and its right row ("70.14% F1 score") is back: acl 125/129
# board14: a number whose sentence speaks for the paper and names no owner shows the paper's own subject
# ("this paper (ours)" or its proposed method), and a generically named technique the sentence only uses
# ("combining with standard KD, our approach achieves") no longer owns it: 103 rows re-keyed and read again,
# no verdict changed; a SemEval-2019 Task 4 row newly shown, right: seed 21/21, acl 126/130
# stop 26: a row's language pair is part of what is judged (audit_rows.row_key): 22 pair rows read again for
# their pair, all right; four German-Upper Sorbian rows that showed as de-cs (Sorbian was no language of
# languages.tsv) and an "up to 0.8 BLEU" over "en→de/es/nl" filed as en-de now show no pair and are ranked
# against nothing, as judged before; a stop-25 regression found on the way ("maintains 97.2% accuracy on
# MATH500" read as a share of another score, hidden by MAX_UNJUDGED) judged wrong and fixed: seed 21/21, acl 126/130
# part14: a row's sub-task, track or answer type is part of what is judged (audit_rows.row_key, "part" when
# there is one): the two Natural Questions rows of "top 1 on both long and short answer leaderboard, with F1
# scores of 77.2 and 64.1, respectively" now rank as long answer and short answer, read again, both right
# dataset16: a translation direction written right after a WMT/IWSLT edition is part of the dataset's name
# (GUIDE-NOTES 2: "WMT 2014 English-German"), so five rows re-keyed by their dataset ("WMT14 English-German",
# "IWSLT 2023 Marathi - Hindi") were read again, all right, same board and pair: seed 21/21, acl 126/130
# results16 (issue 14, rev28c's wrong rows still ranked): sub-tasks named by description ("the meta-learning
# sub-task", "the 'labels-by-publisher' sub-task") give SemEval-2019 Task 4's rows their parts (3 rows re-keyed,
# read again, right); "X using our method ... 44.3" is the method's (re-keyed, right); a sub-measure in a list
# ("64.93% loose micro F1") keeps no head metric and is unsure now (a right row hidden); 7 rows no one had
# judged read and judged right: seed 21/21, acl 122/124; then "X on top of Y achieves": Y, the base, owns none of
# X's numbers: the seed's unjudged "PLANSEARCH on top of Claude 3.5 Sonnet ... 77.0%" row, credited to Claude, is
# unsure now (the sentence names no owner the extractor reads): seed 20/20
# intro19 (stop 31, more `introduced` flags): two "our method" gains that showed "this paper (ours)" now show
# the paper's named contribution (LUATs on GLUE, PORT's long form on GSM8K), read and judged right; a TURING
# row on Spider already judged right shows again: acl 123/125
# res21 (stop 32): an abbreviation's point ("et al.") ends no sentence, so two right rows (TURING on Spider, the
# PTB parser) are re-keyed by their whole sentence, read again, right as before: acl 123/125
# stop 33: the WNUT-2020 Task 2 board shows two papers' blind-test F1 (0.8805, 0.87) where it showed their
# validation F1 (0.9179, 0.89), after the stop's data and results rules: read, both right: acl 123/125
# stop 35: a coined or capitalised name before a general measure names the measure (met35's named_measure_variants),
# so four IWPT rows on Universal Dependencies show "ELAS F1 score" / the ELAS long form where they showed "F1 score":
# read again, right as before (the board no longer ranks ELAS under a bare F1): acl 122/124
# lb35 (stop 35): "<measure> F1" is that measure's F-score, so "macro-averaged LAS F1 of 65.11" ranks under
# macro-averaged LAS: read again, right as before: acl 122/124
# stop 36 (after resprec36's merge): NumNet's "EM-score of 64.56% on the DROP dataset" row shows its metric (EM)
# where it showed none: read again (by the lead and by reg36), right as before: acl 122/124
# stop 37 (after resprec37's merge): BRIDGE's 59.2% Spider test row shows no subject where it showed BRIDGE:
# read again by the lead, right (R4: an empty subject is no error): acl 122/124
# stop 37 (after i15b37's and mtp37's merges): five Natural Questions rows show the dataset as the sentence writes it
# (NQ) and the IIE WMT20 rows the team's system as subject: read again by the lead, right as before: acl 122/124
# stop 39 (after 0a13cb4, resrec39's and resprec39's merges): the seed CDR paper's "37.4% (+15.1%)" and "40.7% (+17.8%)"
# win rates show on Arena-Hard and AlpacaEval 2 (the 40.7% was filed under ArenaHard, below the board's cut); six ACL
# rows newly shown or re-keyed (NumNet's DROP EM, MuST-C's "reaching the score of 22.3", EMAT's 44.3 EM on NQ, a 2.8
# EM gain on SQuAD 2.0, MSC's 30.56 and a respectively-list's 28.2 on WMT14): read by the lead, all right:
# seed 23/23, acl 123/125
# stop 40 (resprec40): a name after "our <approach>" that is not its apposition owns no number, so the seed CDR
# paper's four win-rate rows ("our approach pushes Llama-3-8B to achieve a 37.4% (+15.1%) ...") show the paper's
# approach where they showed Llama-3-8B, the base model: read by resprec40, all right: seed 23/23, acl 123/125
# stop 46 (resprec46's title-team rule, resrec46's languages): IIE's two WMT20 rows ("Our German-to-French system
# achieved 35.0 BLEU ...") show "IIE (ours)" and their direction where they showed no subject and no pair: read
# again by the lead, right as before: acl 123/125
# stop 47 (resrec47: a metric after a list's last number names every item): the MultiWOZ 2.0 56.93% row shows its
# metric (joint accuracy) where it showed none: read again, right as before: acl 123/125
# stop 48 (metric48: a measure written with "score" is named so, a general measure after a named one joins it):
# seven acl rows show the fuller metric name ("BLEU-4" -> "BLEU-4 score", "EM" -> "EM-score", "LAS" -> "LAS F1
# score"): read again by metric48, right as before: acl 123/125
# stop 48 (dataset48: a bare event beside its task's long name is no second Dataset, its mentions the task's):
# Tencent's "Pearson correlation of 0.664 ... on English-Chinese" now files under "WMT20 Quality Estimation Shared
# Task", the task it reports on, and left the WMT20 board (which ranks it beside news-translation BLEU); right
# there as before, no other row moved: acl 122/124, lowered a fourth time on purpose, said here
FLOOR = {"seed": 23 / 23, "acl": 122 / 124}
MAX_UNJUDGED = 0.10
MIN_JUDGED_ROWS = {"acl": 100}  # issue 14: 100 rows read on the ACL sample

pytestmark = pytest.mark.skipif(not all(p.exists() for p in CORPORA.values()), reason="../shared corpora missing")


def test_fixture_is_well_formed():
    assert VERDICTS and all(v["verdict"] in ("right", "wrong") and v["why"].strip() for v in VERDICTS)
    assert len({(v["corpus"], v["key"]) for v in VERDICTS}) == len(VERDICTS)
    assert len({v["board"] for v in VERDICTS if v["corpus"] == "seed"}) >= 14


@pytest.fixture(scope="module")
def current(tmp_path_factory) -> dict[str, list[dict]]:
    """Every row of every audited board, per corpus, as the code computes them now."""
    from paperkg import api

    out = {}
    for corpus in sorted({v["corpus"] for v in VERDICTS}):
        judged = [v for v in VERDICTS if v["corpus"] == corpus]
        tmp = tmp_path_factory.mktemp(corpus)
        store = str(tmp / "g.lbdb")
        api.build(corpus_sources(corpus, tmp, {v["paper_id"] for v in judged}), store=store)
        out[corpus] = board_rows(store, list(dict.fromkeys(v["board"] for v in judged)))
    return out


def _judged(corpus: str) -> dict[str, dict]:
    return {v["key"]: v for v in VERDICTS if v["corpus"] == corpus}


def _share(corpus: str, rows: list[dict]) -> tuple[float, Counter]:
    judged = _judged(corpus)
    counts = Counter(judged[r["key"]]["verdict"] if r["key"] in judged else "unjudged" for r in rows)
    return counts["right"] / max(1, counts["right"] + counts["wrong"]), counts


@pytest.mark.parametrize("corpus", sorted(FLOOR))
def test_right_share_does_not_drop(current, corpus):
    share, counts = _share(corpus, current.get(corpus, []))
    assert share >= FLOOR[corpus] - 1e-9, f"{corpus}: {share:.2f} right ({dict(counts)}), floor {FLOOR[corpus]:.2f}"


@pytest.mark.parametrize("corpus", sorted(FLOOR))
def test_fixed_errors_stay_fixed_and_rows_are_judged(current, corpus):
    judged = _judged(corpus)
    rows = current.get(corpus, [])
    back = [judged[r["key"]] for r in rows if judged.get(r["key"], {}).get("fixed")]
    assert not back, "rows judged wrong and fixed came back:\n" + "\n".join(f"{v['value']} {v['why']}" for v in back)
    unjudged = [r for r in rows if r["key"] not in judged]
    assert len(unjudged) <= MAX_UNJUDGED * max(1, len(rows)), (
        f"{corpus}: {len(unjudged)} of {len(rows)} rows were never judged; rerun the audit "
        f"(first: {unjudged[0]['value']!r} on {unjudged[0]['board']}: {unjudged[0]['sentence']})"
    )


@pytest.mark.parametrize("corpus", sorted(FLOOR))
def test_target_share(current, corpus):
    share, counts = _share(corpus, current.get(corpus, []))
    assert share >= TARGET
    assert counts["right"] + counts["wrong"] >= MIN_JUDGED_ROWS.get(corpus, 0), dict(counts)
