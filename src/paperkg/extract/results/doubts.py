"""Why a reported number is unsure as a leaderboard row: no one owns it, it is someone else's, its
dataset or metric is a guess or not the benchmark, it is a comparison, a share, a range, an
operating point, a development-split score. Such a result is kept, capped at BOARD_DOUBT_CAP (between
model.MIN_RESULT_CONFIDENCE and model.MIN_BOARD_CONFIDENCE): in the graph, off leaderboards.
"""

from __future__ import annotations

import re

from paperkg.extract.results.candidates import held_measure, range_of
from paperkg.extract.results.clauses import CLAUSE_BREAKS, CONTRASTS, clause_before
from paperkg.extract.results.kinds import HEDGES, cues, kind_of
from paperkg.extract.results.splits import dev_split_before, on_a_dev_split, respective_split
from paperkg.extract.results.subjects import is_generic, own_reaches
from paperkg.extract.results.values import NUMBER, Value, starting_point

BOARD_DOUBT_CAP = 0.55  # between model.MIN_RESULT_CONFIDENCE and model.MIN_BOARD_CONFIDENCE
_ANY_DIGIT = re.compile(r"\d")

#: Another entrant of a shared task or leaderboard: "the winning team", "the top(-)ranked system", "the best
#: participant" (a "best system" alone may be the paper's own best run, a best team or participant is not).
_OTHER_ENTRANT = re.compile(
    r"\b(?:(?:winning|(?:top|first|highest|best)[- ](?:ranked|ranking|placed|performing|scoring)|top)"
    r" (?:teams?|systems?|submissions?|participants?|entry|entries)"
    r"|best(?:[- ](?:performing|scoring|ranked))? (?:teams?|participants?))\b"
)


def _another_entrants(v: Value, lowers: list[str], subject: str | None = None) -> bool:
    """Whether the number is another entrant's, quoted beside the paper's own:
    "with an accuracy of 79.1% (the winning team had 82.2%)", "(the accuracy
    of the top ranked system was 0.822)", "compared to the top-ranked system,
    which achieved 0.96". The entrant opens the value's clause (or its bracket)
    with no "we"/"our" in it, or a relative clause after it ("..., which
    achieved") holds the value. An entrant the sentence names as the
    number's `subject` ("The winning team was X with a score of 63%") owns it.

    >>> words = "we ranked 6th of 42 teams with an accuracy of 79.1% ( the winning team had 82.2% )".split()
    >>> _another_entrants(Value(16, 17, "82.2%", 82.2, "%"), words), _another_entrants(Value(10, 11, "79.1%", 79.1, "%"), words)
    (True, False)
    >>> _another_entrants(Value(6, 7, "0.9", 0.9, None), "our system was the top-ranked system with 0.9 f1".split())
    False
    """
    clause = clause_before(v, lowers)
    start = v.start - len(clause)
    relative = bool(clause) and clause[0] in ("which", "who", "that") and start > 1 and lowers[start - 1] == ","
    if relative:  # "compared to the top-ranked system, which achieved 0.96"
        clause = clause_before(Value(start - 1, start, "", 0.0, None), lowers) + clause
    opened = max((k for k, w in enumerate(clause) if w == "("), default=-1)
    if opened > max((k for k, w in enumerate(clause) if w == ")"), default=-1):
        clause = clause[opened + 1 :]  # "79.1% (the winning team had 82.2%": the bracket speaks of another
    text = " ".join(clause)
    found = list(_OTHER_ENTRANT.finditer(text))
    if not found:
        return False
    after = text[found[-1].end() :].split()
    if subject is not None and subject.lower() in " ".join(after):
        return False
    own = cues()["own"]
    return not any(w in own for w in (after if relative else clause))


#: A system the paper does not own, opening the sentence's claim: "state-of-the-art (neural RC) models",
#: "even the best(-performing) model", "existing systems", "most state-of-the-art detection models"; the
#: words between are no preposition ("state-of-the-art performance among open models" names no system).
_OTHERS_SYSTEMS = re.compile(
    r"(?:^|\s)(?:even (?:the )?best(?:-performing)?|state-of-the-art|sota|existing|current)"
    r" (?:(?!(?:among|on|in|of|for|with|across|by|to|at|and|than|over|performance|results?)\s)[\w-]+ ){0,3}"
    r"(?:models?|systems?|llms|methods|approaches|baselines)(?=\s|$)"
)
#: "we observe / find / show that ...": the paper reports what others' systems do, it claims nothing of its own
_REPORTING = frozenset("observe observed find found show showed note noted see saw notice noticed".split())
#: words before the systems that make them a baseline of a comparison ("outperforms existing models by 2%")
_COMPARED = re.compile(r"^(?:outperform|beat|surpass|exceed|than|over|against|vs|versus|compared|to|with)")


def others_systems(v: Value, lowers: list[str]) -> bool:
    """Whether a number no one is named for belongs to systems the paper does not own: a benchmark paper's
    finding that "state-of-the-art models achieve only 63.8% accuracy", "even the best model reaches 39%
    F1", "we observe that state-of-the-art neural models ... (F1 of 37.4% on X vs 86% on Y)". With no
    "we"/"our" claim in the sentence (a "we find that" reports), the number is those systems', not the
    paper's, and no leaderboard row of the paper.

    >>> others_systems(Value(6, 7, "63.8%", 63.8, "%"), "state-of-the-art models achieve only about 63.8% accuracy".split())
    True
    >>> others_systems(Value(8, 9, "84%", 84.0, "%"), "we observe that even the best model reaches only 84% f1".split())
    True
    >>> others_systems(Value(4, 5, "2%", 2.0, "%"), "it outperforms existing models by 2% on x".split())
    False
    >>> others_systems(Value(6, 7, "88%", 88.0, "%"), "our model and existing models reach 88% on x".split())
    False
    """
    before = lowers[: v.start]
    own = cues()["own"]
    if any(
        w in own and not (w == "we" and k + 1 < len(lowers) and lowers[k + 1] in _REPORTING)
        for k, w in enumerate(lowers)
    ):
        return False
    text = " ".join(before).replace(" - ", "-")
    for m in _OTHERS_SYSTEMS.finditer(text):
        prev = text[: m.start()].split()
        while prev and prev[-1] in ("the", "a", "an", "most", "many", "all", "several"):
            prev.pop()
        if not (prev and _COMPARED.match(prev[-1])):
            return True
    return False


def board_doubt(
    v: Value,
    kind: str,
    subject: str | None,
    metric: str | None,
    lowers: list[str],
    words: list[str],
    datasets: list[tuple],
    targets: list[str],
    *,
    guessed: bool,
    runs: dict[int, int],
    metrics: list[tuple],
    values: list[Value],
) -> str | None:
    """Why a reported number is unsure as a leaderboard row, or None: no one
    named to own it and no "we"/"our"; a number in a clause about someone else
    ("previous work achieves only 35.3%", "than the 8th system (78.5%",
    "outperforming the state of the art of 43%"); a dataset the sentence does
    not name, for anything but a plain score with its metric; one number over
    several datasets ("up to 1.9% on MBPP and HumanEval"); a gain or reduction
    with no metric named; a list of numbers
    "respectively" of things the sentence does not list; a dataset name that
    goes on ("HumanEval Pro" when only "HumanEval" is known); a range or an
    "up to" score; a technique named generically ("pruning") for its owner;
    a part of the dataset ("a subset of D", "the D diagnostics"), a dataset
    that is the input ("parses from D"), a metric qualified by words between
    ("78.3% top-5 beam execution accuracy"), an operating point ("at 80%
    accuracy"), a gain or reduction whose metric is in another clause."""
    c = cues()
    return (
        _owner_doubt(v, kind, subject, lowers, c)
        or _attachment_doubt(v, kind, metric, lowers, datasets, targets, guessed=guessed, runs=runs, metrics=metrics)
        or _benchmark_doubt(v, metric, words, lowers, datasets, targets, c)
        or _measure_doubt(v, kind, metric, lowers, metrics, values)
    )


def _owner_doubt(
    v: Value, kind: str, subject: str | None, lowers: list[str], c: dict[str, frozenset[str]]
) -> str | None:
    """Why the number may be no one's on the board, or None: no one named to own it and no "we"/"our", a technique
    named generically, or a clause about someone else ("previous work achieves only 35.3%")."""
    if subject is None and not own_reaches(lowers, v):
        return "no owner"
    if subject is not None and is_generic(subject) and not own_reaches(lowers, v):
        return "a technique, not a system"  # "more aggressive pruning preserves 96.95%": whose pruning?
    clause = clause_before(v, lowers)
    if any(w in c["others"] for w in clause) and (kind == "score" or "by" not in clause):
        return "someone else's"
    if kind == "score" and "only" in lowers[max(0, v.start - 3) : v.start]:
        return "someone else's"
    if kind == "score" and _another_entrants(v, lowers, subject):
        return "someone else's"  # "(the winning team had 82.2%)": another entrant's score, quoted for comparison
    return None


def _attachment_doubt(
    v: Value,
    kind: str,
    metric: str | None,
    lowers: list[str],
    datasets: list[tuple],
    targets: list[str],
    *,
    guessed: bool,
    runs: dict[int, int],
    metrics: list[tuple],
) -> str | None:
    """Why the number's dataset or metric may be misread, or None: a change in nothing named, a guessed dataset
    for anything but a plain score with its metric, one number over several datasets, a "respectively" list of
    things the sentence does not list."""
    if kind in ("gain", "reduction") and metric is None:
        return "better at what"  # "relative gains of 10% on MMLU": a gain in nothing named cannot be read
    if guessed and (kind != "score" or metric is None or len(datasets) > 1):
        return "dataset not named"
    if len(targets) > 1:
        return "several datasets"
    if "respectively" in lowers and runs.get(v.start, 1) >= 3 and len(datasets) < runs[v.start] > len(metrics):
        return "respectively of what"
    return None


def _benchmark_doubt(
    v: Value,
    metric: str | None,
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    targets: list[str],
    c: dict[str, frozenset[str]],
) -> str | None:
    """Why the number may not be measured on the benchmark named, or None: the mention nearest it of each dataset
    goes on ("HumanEval Pro"), is a lower-case phrase, a part ("a subset of D") or the input ("parses from D");
    or its metric is a setting ("batch size")."""
    nearest = [
        min(
            (d for d in datasets if d[3] == t),
            key=lambda d: (d[0] - v.end if d[0] >= v.end else v.start - d[1], d[0] < v.start),
            default=None,
        )
        for t in targets
    ]
    if any(d is not None and _name_goes_on(d, words) for d in nearest):
        return "another dataset"
    if any(d is not None and _common_phrase(d, words) for d in nearest):
        return "not the dataset"  # "tested on natural questions": words, not the Natural Questions dataset
    if metric is not None and metric.lower().split()[-1] in c["setting"]:
        return "a setting"  # "batch size" is set, not measured
    if any(d is not None and (_part_of(d, lowers) or _source(d, lowers)) for d in nearest):
        return "not the benchmark"  # "on a subset of D", "the D diagnostics", "gold parses from D"
    return None


def _measure_doubt(
    v: Value, kind: str, metric: str | None, lowers: list[str], metrics: list[tuple], values: list[Value]
) -> str | None:
    """Why the number may not be one result in its metric, or None: an operating point ("at 80% accuracy"), a
    metric qualified by words between, a change whose metric is in another clause, a range or an "up to" score.

    >>> from paperkg.extract.results.values import find_values
    >>> words = "accuracies ranging from 57% to 75%".split()
    >>> vs = find_values(words, integers=True)
    >>> _measure_doubt(vs[0], "score", None, words, [], vs)
    'not one score'
    """
    if _operating_point(v, lowers):
        return "an operating point"
    if metric is not None and _metric_qualified(v, metric, metrics, values, lowers):
        return "another metric"
    if kind in ("gain", "reduction") and metric is not None and _metric_elsewhere(v, metric, metrics, values, lowers):
        return "better at what"  # "achieves the lowest perplexity, improves scores by 1.28 points"
    if any(range_of(a, b, lowers) and v in (a, b) for a, b in zip(values, values[1:])):
        return "not one score"  # "accuracies ranging from 57% to 75%": a spread, neither end one result
    if re.search(r"\d\s*[-–~]\s*\d", v.text) or (
        kind == "score" and lowers[max(0, v.start - 2) : v.start] == ["up", "to"]
    ):
        return "not one score"
    return None


def _common_phrase(d: tuple, words: list[str]) -> bool:
    """A dataset written in lower case ("tested on natural questions") is the phrase, not the dataset."""
    written = words[d[0] : d[1]]
    lower = all(w.isalpha() and w.islower() for w in written)
    return lower and (len(written) > 1 or any(ch.isupper() for ch in d[3]))


def _part_of(d: tuple, lowers: list[str]) -> bool:
    """ "a subset of the D dataset", "the D diagnostics", "the D restaurant domain": a part, not the benchmark."""
    k = d[0] - 1 - (d[0] > 1 and lowers[d[0] - 1] == "the")
    before = (k > 0 and lowers[k] == "of" and lowers[k - 1] in cues()["part"]) or lowers[d[0] - 1 : d[0]] == ["our"]
    after = lowers[d[1] : d[1] + 2]
    return before or bool(after[:1] and after[0] in cues()["part"]) or after[1:] == ["domain"]


def _source(d: tuple, lowers: list[str]) -> bool:
    """ "using gold parses from D": data taken from D as input, not the benchmark scored on."""
    k = d[0] - 1 - (d[0] > 1 and lowers[d[0] - 1] == "the")
    if not (k > 0 and lowers[k] == "from"):
        return False
    before = lowers[k - 1]  # "six tasks from GLUE" is GLUE; "improves from 38.7" is no source
    return before not in cues()["achieve"] | cues()["members"] and not NUMBER.match(before)


def _operating_point(v: Value, lowers: list[str]) -> bool:
    """ "answers 48% at 80% accuracy", "while maintaining 80% accuracy", "a BLEU of 24.6 at a latency of
    1837": a level held, not a result.

    >>> _operating_point(Value(9, 10, "1837", 1837.0, None), "a bleu of 24.6 at a mean latency of 1837".split())
    True
    >>> _operating_point(Value(3, 4, "24.6", 24.6, None), "a bleu of 24.6 at a mean latency of 1837".split())
    False
    """
    return (v.start > 0 and lowers[v.start - 1] in cues()["held"]) or held_measure(v, lowers)


def _metric_qualified(v: Value, metric: str, metrics: list[tuple], values: list[Value], lowers: list[str]) -> bool:
    """ "78.3% top-5 beam execution accuracy": words with a digit between the
    value and its metric make it another metric than the one named."""
    m = next((m for m in metrics if m[3] == metric and m[0] >= v.end), None)
    if m is None or not 0 < m[0] - v.end <= 4:
        return False
    numbers = {j for o in values for j in range(o.start, o.end)}  # "88.3% zero-shot and 91.1% ... accuracy"
    return any(_ANY_DIGIT.search(lowers[j]) and j not in numbers for j in range(v.end, m[0]))


def _metric_elsewhere(v: Value, metric: str, metrics: list[tuple], values: list[Value], lowers: list[str]) -> bool:
    """Whether a gain's metric is only named before it in another clause, with no
    number between ("the lowest perplexity, improves scores by 1.28"), or the
    gain says in what it is and that is not the metric ("by 4.3% in average score")."""
    k = v.end
    while k < len(lowers) and lowers[k] in cues()["metric_filler"] | cues()["gain"] | cues()["reduction"]:
        k += 1  # "by 4.3% in average score", ">60% reduction in peak memory"
    if k + 1 < len(lowers) and lowers[k] == "in" and not any(m[0] == k + 1 for m in metrics):
        return not NUMBER.match(lowers[k + 1]) and lowers[k + 1] not in ("the", "all")
    before = [m for m in metrics if m[3] == metric and m[1] <= v.start]
    if not before or any(m[0] >= v.end for m in metrics if m[3] == metric):
        return False
    m = before[-1]
    between = lowers[m[1] : v.start]
    k = v.start
    while k > 0 and lowers[k - 1] in HEDGES:
        k -= 1
    improved = lowers[k - 1] if k > 0 else ""  # "improves scores by over 1.28 points": a gain in scores
    return (
        improved in cues()["unnamed_score"]
        and any(w in CLAUSE_BREAKS for w in between)
        and not any(m[1] <= o.start < v.start for o in values)
    )


def row_doubt(
    v: Value,
    kind: str,
    subject: str | None,
    baseline: str | None,
    lowers: list[str],
    words: list[str],
    actors: list[tuple],
    values: list[Value],
    *,
    guessed: bool,
    datasets: list[tuple],
) -> str | None:
    """Why a number read from its words is no leaderboard row, or None: a
    comparison ("80% faster", "8x the length"), a share ("99.6% of the
    performance"), an approximate number ("about 80%"), a human judgement, a
    score said against a baseline or in a list of gains ("4.6% and 9.8%
    accuracy gain"), a change in brackets ("degradation (0.4%)"), a level
    something was cut to ("reduce the annotation to 50%"), a starting point no
    one owns, a number for one of several parts ("in one of the domains"), a
    subject that is no system (a target after "to", a task, a family of models,
    a name in another clause), a guessed dataset when the sentence names another corpus."""
    c = cues()
    return (
        _wording_doubt(v, kind, lowers, c)
        or (_score_doubt(v, baseline, lowers, values, c) if kind == "score" else None)
        or (_unowned_doubt(v, lowers) if subject is None else None)
        or ("one of several" if _one_of_several(v, lowers) else None)
        or _subject_doubt(v, subject, lowers, actors, c)
        or _place_doubt(v, lowers, words, values, guessed=guessed, datasets=datasets, c=c)
    )


def _wording_doubt(v: Value, kind: str, lowers: list[str], c: dict[str, frozenset[str]]) -> str | None:
    """Why the words right around the number make it no score, or None: a comparison after it ("80% faster",
    "8x the length"), a share ("99.6% of the performance"), a bound or estimate before it ("about 80%"; an arrow
    "49.3 -> 72.3" is no bound), a human judgement anywhere in the sentence."""
    after = lowers[v.end : v.end + 2]
    if after[:1] and (after[0] in c["comparative"] or (kind == "ratio" and after[0] in ("the", "as"))):
        return "a comparison"
    if v.unit == "%" and after[:1] == ["of"]:
        return "a share"
    arrow = v.start > 1 and lowers[v.start - 1] == ">" and lowers[v.start - 2] in ("-", "–", "—", "=")  # "49.3 –> 72.3"
    if v.start > 0 and lowers[v.start - 1] in c["approximate"] and not arrow:
        return "not one score"  # "about 80%", ">60%": a bound or an estimate
    if any(a in c["judge"] and b in c["judgement"] for a, b in zip(lowers, lowers[1:])):
        return "a human judgement"  # "human expert evaluations", "manual sampling"
    return None


def _score_doubt(
    v: Value, baseline: str | None, lowers: list[str], values: list[Value], c: dict[str, frozenset[str]]
) -> str | None:
    """Why a number read as a score is a change or a level, or None: said against a baseline, a change in brackets
    after a gain or reduction word, listed before a gain ("4.6% and 9.8% accuracy gain"), a level something was
    cut to ("reduce the annotation demands to 50%")."""
    if baseline is not None:
        return "a comparison"  # "6% on GLUE over vanilla cross-encoders": a gain read as a score
    if v.start > 1 and lowers[v.start - 1] == "(" and lowers[v.start - 2] in c["gain"] | c["reduction"]:
        return "a change"  # "a negligible performance degradation (0.4% on GLUE)"
    nxt = next((w for w in values if w.start >= v.end), None)
    if nxt is not None and 0 < nxt.start - v.end <= 2 and all(x in (",", "and") for x in lowers[v.end : nxt.start]):
        if kind_of(nxt.text, nxt.unit, nxt.start, nxt.end, lowers) in ("gain", "reduction"):
            return "a change"  # "achieves 4.6% and 9.8% accuracy gain"
    clause = clause_before(v, lowers)
    if clause[-1:] == ["to"] and any(w in c["reduction"] for w in clause):
        return "a level cut to"  # "reduce the annotation demands to 50%"
    return None


def _unowned_doubt(v: Value, lowers: list[str]) -> str | None:
    """Why a number no named subject owns is not the paper's row, or None: a starting point ("improves our parser
    from 33.8% to 39.4%": 33.8% is not the paper's result) or others' systems ("state-of-the-art models achieve
    only 63.8%")."""
    if starting_point(v, lowers):
        return "a starting point"
    if others_systems(v, lowers):
        return "others' systems"
    return None


def _one_of_several(v: Value, lowers: list[str]) -> bool:
    """Whether the words after the number give it for one of several parts: "60.58% in one of the zero-shot
    domains", "over 10% in some cases".

    >>> _one_of_several(Value(0, 1, "60.58%", 60.58, "%"), "60.58% in one of the domains".split())
    True
    """
    pairs = list(zip(lowers[v.end : v.end + 7], lowers[v.end + 1 : v.end + 8]))
    return any((a, b) == ("one", "of") or (a in ("in", "for") and b == "some") for a, b in pairs)


def _subject_doubt(
    v: Value, subject: str | None, lowers: list[str], actors: list[tuple], c: dict[str, frozenset[str]]
) -> str | None:
    """Why the subject's last mention before the number is no system owning it, or None: a target after "to"
    ("transform UD trees to EUD graphs with an ELAS of 81.55"), a word after it that makes it no system ("the
    meta-learning sub-task", "three transformer models"), a contrast between it and the number ("TAG as extracted
    from D; there, we outperform ... by 0.7")."""
    mention = next((a for a in actors[::-1] if a[3] == subject and a[1] <= v.start), None)
    if mention is None:
        return None
    s, e = mention[0], mention[1]
    if s > 0 and lowers[s - 1] == "to" and (s < 2 or lowers[s - 2] not in ("compared", "due")):
        return "not the subject"
    if e < len(lowers) and lowers[e] in c["not_system"]:
        return "not the subject"
    if any(w in CONTRASTS for w in lowers[e : v.start]):
        return "not the subject"
    return None


def _place_doubt(
    v: Value,
    lowers: list[str],
    words: list[str],
    values: list[Value],
    *,
    guessed: bool,
    datasets: list[tuple],
    c: dict[str, frozenset[str]],
) -> str | None:
    """Why the number is not on the board's test data, or None: a development split ("0.9218 F1 on public
    validation set", the dev half of "90.8% and 89.4% on the dev and test data respectively": boards rank
    test-set scores), or a guessed dataset when the sentence names another, capitalised corpus or portion no
    known dataset covers ("by lookup in the UniMorph corpora ... 64.13% recall")."""
    split = respective_split(v, values, lowers)
    if split == "dev" or (split is None and (on_a_dev_split(v, lowers, values) or dev_split_before(v, lowers))):
        return "a development split"
    if guessed and any(
        lowers[k] in c["portion"] | {"corpora", "treebank", "treebanks"}
        and words[k - 1][:1].isupper()
        and not any(d[0] <= k - 1 < d[1] for d in datasets)
        for k in range(1, len(lowers))
    ):
        return "another dataset"
    return None


def _name_goes_on(d: tuple, words: list[str]) -> bool:
    """ "on HumanEval Pro", "on the Spoken SQuAD dataset": a capitalised word glued
    to a known dataset's mention makes it another, unknown dataset."""

    def capital(w: str) -> bool:
        return w[:1].isupper() and w.isalpha() and len(w) > 1 and w.lower() not in cues()["subset"]

    after = d[1] < len(words) and capital(words[d[1]]) and words[d[1]].lower() not in ("dataset", "benchmark")
    before = d[0] > 1 and capital(words[d[0] - 1])
    return after or before
