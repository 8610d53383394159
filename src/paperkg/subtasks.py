"""The part of a benchmark a number belongs to: a shared task's sub-task
("Subtask A", "sub-task 1b", "Task A"), a track ("Track 1", "the constrained
track", "the monolingual subtask") or an answer type ("long answer" and
"short answer" of Natural Questions), read from the number's sentence and
normalised to one label (``"sub-task A"``, ``"track 1"``, ``"constrained"``,
``"long answer"``). Macro-F1 on sub-task A and on sub-task C are two rankings,
as BLEU on En-De and on En-Fr are (:mod:`paperkg.language_pairs`).
Read when a board is computed, so every store has it, however old.
"""

from __future__ import annotations

import re
from functools import lru_cache

from paperkg.language_pairs import NUMBER, YEAR, number_run, settled_label, value_span

#: A sub-task or task label: an upper-case letter (optionally with a digit), or a number with an optional letter.
_LABEL = r"(?:(?-i:[A-E])\d?|\d{1,2}[a-eA-E]?)(?![\w-])(?!\.\d)(?!\s?%)"
_JOIN = r"\s*(?:,\s*and|,|and|&|/|or)\s*"
#: "Subtask A", "sub-tasks 1 and 2", "SubTask-A", "Task 1b", "task1a", "tasks 1c and 1a", "Track 1".
_NAMED = re.compile(
    rf"(?<![\w-])(?P<word>sub[\s-]?tasks?|tasks?|tracks?)[\s-]*(?P<labels>{_LABEL}(?:{_JOIN}{_LABEL})*)",
    re.IGNORECASE,
)
_ONE_LABEL = re.compile(_LABEL, re.IGNORECASE)
#: Tracks and settings named by a word: "the constrained track", "an unconstrained setting", "the
#: monolingual subtask", "the closed track" ("resource-constrained setting" is no track).
_WORD_TRACK = re.compile(
    r"(?<![\w-])(?<!resource )(?<!resource-)(?P<label>(?:un)?constrained|(?:mono|multi|cross)-?lingual|open|closed)"
    r"(?=\s+(?:(?:sub[\s-]?)?tasks?|tracks?|settings?|submissions?|systems?|runs?|conditions?)\b)",
    re.IGNORECASE,
)
#: An "open setting", "multilingual tasks" or "the monolingual system" are prose; the "open track" and the
#: "multilingual subtask" are parts of a shared task. "Constrained" systems and settings are a track's.
_WORD_TRACK_NEEDS_TRACK = {"open": r"tracks?", "closed": r"tracks?"}
_WORD_TRACK_NEEDS_TRACK.update(
    dict.fromkeys(("monolingual", "multilingual", "crosslingual"), r"(?:tracks?|sub[\s-]?tasks?)")
)
#: Natural Questions' two answer types: "long-answer and short-answer tasks", "long and short answer
#: leaderboard"; "short answer grading/scoring" is a task of its own, not a part of one.
_ANSWER = re.compile(
    r"(?<![\w-])(?P<a>long|short)(?:\s*(?:and|/|or|,)\s*(?P<b>long|short))?[\s-]+answers?"
    r"(?![\w-])(?!\s+(?:grading|scoring|assessment|questions?|content|corp\w+|format|responses?|generation))",
    re.IGNORECASE,
)
#: Sub-tasks and tracks named by their place: "the first subtask", "the first, second and third sub-tasks", "the
#: second and fourth subtasks". The label keeps the text's ordinal ("first sub-task"): which letter or number the
#: shared task gives its second sub-task ("B", "2", "1b") the sentence does not say.
_ORDINAL = r"(?:first|second|third|fourth|fifth)"
_ORDINAL_PARTS = re.compile(
    rf"(?<![\w-])(?<!\d\s)(?P<ords>{_ORDINAL}(?:\s*(?:,\s*and|,|and|or)\s+(?:the\s+)?{_ORDINAL})*)"
    r"\s+(?P<word>sub[\s-]?tasks?|tracks?)\b",
    re.IGNORECASE,
)
_ONE_ORDINAL = re.compile(_ORDINAL, re.IGNORECASE)
#: Sub-tasks named by what they are: "the meta-learning sub-task", "the 'labels-by-publisher' sub-task", "the event
#: polarity subtask", "the binary classification sub-task" (one or two words between "the" and a singular "sub-task";
#: words that pick a sub-task by its place or number, "the first / same / other / main sub-task", name none).
_NOT_A_DESCRIPTION = (
    "first second third fourth fifth last final same other main whole entire each latter former individual respective"
    " official shared given following above previous remaining different corresponding specific new one two three four"
    " five six all both every this that"
).split()
_DESCRIBED = re.compile(
    r"(?<![\w-])the\s+[‘'\"“]?(?P<desc>(?!(?:" + "|".join(_NOT_A_DESCRIPTION) + r")\b)[A-Za-z][\w-]*"
    r"(?:\s+(?!sub[\s-]?task)[A-Za-z][\w-]*)?)[’'\"”]?\s+(?P<word>sub[\s-]?task)(?![\w-])",
    re.IGNORECASE,
)
#: What may stand between two numbers of one list: "0.63, 0.84 and 0.42", "76.1 F1 and 61.3", "95.66% F1-score and 94.70%".
_NUMBERS_JOINED = re.compile(r"\s*%?(?:\s*[\w-]+){0,2}\s*(?:,\s*and|,|and)\s*[+-]?")
_ASIDE = re.compile(r"\([^()]*\)")
_BREAK = re.compile(r"[,;]|\b(?:and|while|whereas|but)\b")
#: A venue or year before "Task 6" makes it the shared task itself ("SemEval-2019 Task 6"), not a part of it.
_VENUE_BEFORE = re.compile(r"(?:\d{2,4}|[A-Z][\w!-]*[A-Z0-9!])[\s:,-]*$")


def part_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every sub-task, track or answer type `text` names, as (start, end, label), in order.

    A task numbered without a letter ("Task 6") is the shared task itself, not a part, unless the
    text also numbers tasks with letters ("task1a ... task2": the sub-tasks of one task).

    Examples
    --------
    >>> [p for _, _, p in part_mentions("F1 of 0.76 in Subtask A, 0.70 on SubTask-B and 0.5 on sub-task 1b.")]
    ['sub-task A', 'sub-task B', 'sub-task 1b']
    >>> [p for _, _, p in part_mentions("in tasks 1c and 1a; RMSE for Tasks 1b and 2")]
    ['sub-task 1c', 'sub-task 1a', 'sub-task 1b', 'sub-task 2']
    >>> [p for _, _, p in part_mentions("SemEval-2019 Task 6 on Track 1 and the constrained track")]
    ['track 1', 'constrained']
    >>> [p for _, _, p in part_mentions("76.1 F1 and 61.3 F1 on long-answer and short-answer tasks")]
    ['long answer', 'short answer']
    >>> [p for _, _, p in part_mentions("0.73, 0.66 and 0.46 in the first, second and third sub-tasks")]
    ['first sub-task', 'second sub-task', 'third sub-task']
    >>> [p for _, _, p in part_mentions("89.9% on the meta-learning sub-task, 65.3% on the 'by-publisher' subtask")]
    ['meta-learning sub-task', 'by-publisher sub-task']
    >>> part_mentions("a resource-constrained setting, short answer grading, a task of 2 stages, the first task")
    []
    """
    return list(_part_mentions(text))


@lru_cache(maxsize=16)
def _part_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    numbered = []  # plain "Task 2": a part only beside lettered tasks
    for m in _NAMED.finditer(text):
        word = m.group("word").casefold()
        kind = "track" if word.startswith("track") else "sub-task"
        labels = list(_ONE_LABEL.finditer(m.group("labels")))
        for lab in labels:
            if lab.group()[0].isdigit() != labels[0].group()[0].isdigit():
                break  # "Subtask A, and 88": a list of labels is of one kind
            start = m.start() if lab.start() == 0 else m.start("labels") + lab.start()
            end = m.start("labels") + lab.end()
            label = lab.group()
            label = label.upper() if label[0].isalpha() else label.casefold()
            mention = (start, end, f"{kind} {label}")
            if kind == "sub-task" and not word.startswith("sub") and label.isdigit():
                numbered.append((mention, bool(_VENUE_BEFORE.search(text[: m.start()]))))
            else:
                found.append(mention)
    lettered = any(p.split()[1][-1].isalpha() and p.startswith("sub-task") for _, _, p in found)
    found += [m for m, after_venue in numbered if lettered and not after_venue]
    for m in _ORDINAL_PARTS.finditer(text):
        kind = "track" if m.group("word").casefold().startswith("track") else "sub-task"
        for o in _ONE_ORDINAL.finditer(m.group("ords")):
            found.append((m.start("ords") + o.start(), m.start("ords") + o.end(), f"{o.group().casefold()} {kind}"))
    for m in _WORD_TRACK.finditer(text):
        label = m.group("label").casefold().replace("-", "")
        needs = _WORD_TRACK_NEEDS_TRACK.get(label)
        if needs and not re.match(rf"\s+{needs}\b", text[m.end() :], re.IGNORECASE):
            continue
        found.append((m.start(), m.end(), label))
    for m in _DESCRIBED.finditer(text):
        # "the binary subtask A", "the multilingual subtask": the part is named already, by its label or its track
        if not any(s < m.end() + 3 and m.start("desc") < e for s, e, _ in found):
            found.append((m.start("desc"), m.end(), f"{m.group('desc').casefold()} sub-task"))
    for m in _ANSWER.finditer(text):
        found.append((m.start("a"), m.end("a") if m.group("b") else m.end(), f"{m.group('a').casefold()} answer"))
        if m.group("b"):
            found.append((m.start("b"), m.end(), f"{m.group('b').casefold()} answer"))
    return tuple(sorted(found))


def part_of_result(sentence: str, value: str, context: str = "") -> str:
    """The sub-task, track or answer type a number of `sentence` is reported
    on, or "" when the sentence (or, naming none, the whole `context`, the
    paper's abstract) gives none unambiguously.

    One part in the sentence is the number's. A list of numbers over a list
    of as many parts pairs them up in order ("0.63 and 0.97 in tasks 1c and
    1a"). Otherwise the part right after the number in its clause ("0.948 on
    subtask 1a"), else the nearest one before it with no other number between
    ("For Sub-task A, our F1 is 0.662"). A sentence naming none takes the one
    part its `context` names, and nothing when the context names several.

    Examples
    --------
    >>> part_of_result("Our system ranked 3rd in Subtask A with an F1 of 0.757.", "0.757")
    'sub-task A'
    >>> s = "We reach an F-score of 0.948 on subtask 1a, an RMSE of 0.551 on subtask 1b."
    >>> part_of_result(s, "0.948"), part_of_result(s, "0.551")
    ('sub-task 1a', 'sub-task 1b')
    >>> part_of_result("For Sub-task A, our F1 is 0.662 and Sub-task B's F1 is 0.633.", "0.662")
    'sub-task A'
    >>> part_of_result("It ranked 3rd and 4th in tasks 1c and 1a with F1 of 0.627 and 0.967, respectively.", "0.967")
    'sub-task 1a'
    >>> part_of_result("Our F1 is 0.81.", "0.81", context="We take part in Sub-task A. Our F1 is 0.81.")
    'sub-task A'
    >>> part_of_result("Our F1 is 0.81.", "0.81", context="We take part in subtasks A and B. Our F1 is 0.81.")
    ''
    """
    found = part_mentions(sentence)
    span = value_span(sentence, value)
    if found and span is not None and _elided_ordinal(sentence, span[1], found):
        return ""  # "74.9% for the first subtask and 78.4% for the second": the part after it goes unnamed
    if not found and any(_described(p) for _, _, p in part_mentions(context)):
        return ""  # "We also take part in the meta-learning sub-task": said in passing, it settles no other sentence
    settled = settled_label(found, context, part_mentions)
    if settled is not None:
        return settled
    if span is None:
        return ""
    at, end = span
    inside = [(s, e) for s, e, _ in found]
    numbers = [
        m.span()
        for m in NUMBER.finditer(sentence)
        if not YEAR.fullmatch(m.group()) and not any(s <= m.start() < e for s, e in inside)
    ]
    run = number_run(numbers, span, sentence, _NUMBERS_JOINED)
    listed = _listed(span, run, found, sentence)
    if listed is not None:
        return listed
    # ranks and asides in brackets ("(ranked 18 / 50)", "(11th)") stand between a number and its part
    plain = _ASIDE.sub(lambda m: _blank_but_parts(m.group()), sentence)
    others = [s for s, _ in numbers if s not in {a for a, _ in run} and plain[s] != " "]
    last = max([end, *(e for _, e in run)])
    after = next((f for f in found if f[0] >= last), None)
    if after and not any(end <= n < after[0] for n in others) and not _BREAK.search(plain[last : after[0]]):
        return "" if _in_list(after, found, sentence) else after[2]
    before = next((f for f in reversed(found) if f[1] <= at), None)
    if before and not any(before[1] <= n < at for n in others):
        return "" if _in_list(before, found, sentence) else before[2]
    return ""


def _described(label: str) -> bool:
    """Whether a part label names its sub-task by description ("meta-learning sub-task"), not by a
    letter, number or place ("sub-task A", "second sub-task")."""
    return label.endswith(" sub-task") and not _ONE_ORDINAL.fullmatch(label.split()[0])


_ELIDED = re.compile(rf"^[^,;]{{0,30}}?\b(?:for|in|on)\s+the\s+{_ORDINAL}\b", re.IGNORECASE)


def _elided_ordinal(sentence: str, end: int, found) -> bool:
    """Whether the number ending at `end` is said to be "for the second" with the noun left out."""
    m = _ELIDED.search(sentence[end:])
    return m is not None and not _inside(end + m.end() - 1, found)


def _blank_but_parts(aside: str) -> str:
    """An aside in brackets blanked out but for the parts it names ("(targeted; subtask B)")."""
    out = [" "] * len(aside)
    for s, e, _ in part_mentions(aside):
        out[s:e] = aside[s:e]
    return "".join(out)


def _listed(span, run, found, sentence) -> str | None:
    """The part of a number that is the i-th of a `run` of numbers listed together, when a list of as
    many parts follows the run (or, none following, precedes it) with no other number between; None
    when the number stands in no list or no list of parts fits."""
    if len(run) < 2:
        return None
    numbers = [m.start() for m in NUMBER.finditer(sentence) if (m.start(), m.end()) not in run]
    runs = _part_runs(found, sentence)
    after = next((r for r in runs if r[0][0] >= run[-1][1]), None)
    before = next((r for r in reversed(runs) if r[-1][1] <= run[0][0]), None)
    for parts, lo, hi in (
        (after, run[-1][1], after[0][0] if after else 0),
        (before, before[-1][1] if before else 0, run[0][0]),
    ):
        if parts and len(parts) == len(run) and len({p for _, _, p in parts}) == len(parts):
            if not any(lo <= n < hi and not _inside(n, found) for n in numbers):
                return parts[run.index(span)][2]
    return None


def _inside(at: int, found) -> bool:
    return any(s <= at < e for s, e, _ in found)


def _in_list(mention, found, sentence) -> bool:
    """Whether a part is listed with others ("subtasks A, B and C"): a number beside the list is no one part's."""
    return any(mention in run and len(run) > 1 for run in _part_runs(found, sentence))


def _part_runs(found, sentence) -> list[list[tuple[int, int, str]]]:
    """The parts of a sentence grouped into lists ("tasks 1c and 1a", "long-answer and short-answer")."""
    runs: list[list[tuple[int, int, str]]] = []
    for f in found:
        gap = sentence[runs[-1][-1][1] : f[0]] if runs else ""
        if runs and re.fullmatch(
            r"\s*(?:,\s*and|,|and|&|/|or)?\s*(?:the\s+)?(?:sub[\s-]?tasks?|tasks?|tracks?)?[\s-]*", gap, re.I
        ):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs
