"""Typing a name by the words around it, and finding the paper's own contribution.

Pure functions over a sentence's lower-cased words, so tests can call them
with a plain list: `context_type(["results", "on", "gsm8k"], 2, 3) == "Dataset"`.
"""
from __future__ import annotations

import re

DATASET_NEXT = frozenset("benchmark benchmarks dataset datasets corpus corpora suite leaderboard testbed split splits test-set".split())
METRIC_NEXT = frozenset("score scores metric metrics".split())
MODEL_NEXT = frozenset("checkpoint checkpoints".split())
TASK_NEXT = frozenset("task tasks".split())
#: "based on X" / "built on X": X is what a method rests on, not an evaluation set
NOT_EVALUATION_ON = frozenset(
    "based built relies rely relying depends depend depending focus focuses focusing focused conditioned operates operate "
    "operating run runs running deployed implemented work works working act acts acting relied draw draws drawing "
    "rest rests capitalize capitalizes build builds improve improves improving".split()
)
EVALUATION_ON = frozenset("on across".split())
LIST_HEADS = {
    "Dataset": frozenset("benchmarks benchmark datasets dataset corpora suites tasks".split()),
    "Model": frozenset("models llms lms checkpoints backbones families model llm".split()),
    "Method": frozenset("methods techniques approaches baselines algorithms frameworks strategies".split()),
    "Metric": frozenset("metrics measures".split()),
}
LIST_CUES = ("such as", "including", "like", "e.g.", "e.g.,", "namely", "i.e.")
PROPOSE_VERBS = frozenset(
    "propose proposes proposed introduce introduces introduced present presents presented develop develops developed "
    "design designs designed build builds release releases released contribute contributes offer offers curate curates curated construct constructs".split()
)
NAMING_CUES = frozenset("called named dubbed termed coined".split())
WE = frozenset("we this our paper work".split())
#: head words of a long form that say what it names
HEAD_TYPES = {
    "Dataset": frozenset("benchmark benchmarks dataset datasets corpus corpora suite bench leaderboard arena competition challenge collection testbed".split()),
    "Metric": frozenset("rate score accuracy error ratio distance precision recall latency throughput factor speedup speed-up loss perplexity utilization usage footprint time runtime".split()),
    "Task": frozenset("answering recognition classification segmentation detection translation summarization estimation prediction forecasting "
                      "understanding completion matching parsing extraction recommendation reformulation suggestion captioning retrieval "
                      "generation".split()),
}
METHOD_MODIFIERS = frozenset("augmented based aware guided driven enhanced".split())


def head_type(words: list[str]) -> str:
    """The type a multi-word long form's last word suggests ("" for none).

    >>> head_type(["massive", "tool", "retrieval", "benchmark"])
    'Dataset'
    """
    if not words:
        return ""
    last = words[-1].lower().rstrip("s") if words[-1].lower().endswith("ies") is False else words[-1].lower()
    lw = words[-1].lower()
    for t, heads in HEAD_TYPES.items():
        if lw in heads or last in heads:
            if t == "Task" and any(any(m in w.lower() for m in METHOD_MODIFIERS) for w in words[:-1]):
                return ""
            return t
    return ""


def context_type(lowers: list[str], start: int, end: int) -> str:
    """The type the words around lowers[start:end] give it ("" when they say nothing)."""
    nxt = lowers[end] if end < len(lowers) else ""
    nxt2 = lowers[end + 1] if end + 1 < len(lowers) else ""
    if nxt in DATASET_NEXT or (nxt in {"test", "validation", "dev"} and nxt2 in {"set", "sets", "split"}):
        return "Dataset"
    if nxt in METRIC_NEXT:
        return "Metric"
    if nxt in MODEL_NEXT:
        return "Model"
    prev = lowers[start - 1] if start > 0 else ""
    prev2 = lowers[start - 2] if start > 1 else ""
    if prev in EVALUATION_ON and prev2 not in NOT_EVALUATION_ON:
        return "Dataset"
    if prev == "the" and prev2 in EVALUATION_ON and lowers[start - 3 if start > 2 else 0] not in NOT_EVALUATION_ON:
        return "Dataset"
    window = " ".join(lowers[max(0, start - 3):start])
    for cue in LIST_CUES:
        if window.endswith(cue):
            cue_start = start - len(cue.split())
            for k in range(cue_start - 1, max(-1, cue_start - 6), -1):
                for t, heads in LIST_HEADS.items():
                    if lowers[k] in heads:
                        return t
            break
    return ""


def coordinated_groups(lowers: list[str], spans: list[tuple[int, int]]) -> list[list[int]]:
    """Indices of spans that form a list ("A, B, and C" / "A and B" / "A or B")."""
    groups: list[list[int]] = []
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    cur: list[int] = []
    for idx in order:
        if cur:
            prev_end = spans[cur[-1]][1]
            between = [w for w in lowers[prev_end:spans[idx][0]]]
            if between and all(w in {",", "and", "or", "&", "as", "well", "/"} for w in between) and len(between) <= 3:
                cur.append(idx)
                continue
            if not between:
                cur.append(idx)
                continue
            if len(cur) > 1:
                groups.append(cur)
        cur = [idx]
    if len(cur) > 1:
        groups.append(cur)
    return groups


def propose_window(lowers: list[str]) -> tuple[int, int] | None:
    """In a sentence "we propose / this paper introduces ...", the token range
    after the verb where the contribution's name is expected."""
    for i, w in enumerate(lowers):
        if w in PROPOSE_VERBS and any(x in WE for x in lowers[max(0, i - 4):i]):
            return i + 1, min(len(lowers), i + 16)
        if w in PROPOSE_VERBS and i > 0 and lowers[i - 1] in {"we", "to"}:
            return i + 1, min(len(lowers), i + 16)
    return None


def naming_targets(words: list[str]) -> list[int]:
    """Token indices right after "called / named / dubbed / termed" (the coined name)."""
    out = []
    for i, w in enumerate(words[:-1]):
        if w.lower() in NAMING_CUES and (words[i + 1][:1].isupper() or words[i + 1][:1] in "\"'“"):
            j = i + 1
            if words[j] in ("\"", "'", "“"):
                j += 1
            if j < len(words) and words[j][:1].isupper():
                out.append(j)
    return out


_TITLE_STOP = frozenset(
    "beyond towards toward rethinking revisiting understanding when why how what do does can is are position survey review "
    "tutorial on scaling benchmarking evaluating improving learning training efficient the a an from less more not "
    "make making unlocking unleashing exploring demystifying harnessing".split()
)


def title_name_length(words: list[str]) -> int:
    """Tokens of a title's "Name: subtitle" name, 0 when the part before the colon
    reads as a phrase rather than a name."""
    if ":" not in words:
        return 0
    k = words.index(":")
    if not 1 <= k <= 5:
        return 0
    head = words[:k]
    if head[0].lower() in _TITLE_STOP or head[0].endswith("ing") and not any(c.isupper() for c in head[0][1:]):
        return 0
    if not head[0][:1].isupper() and not re.search(r"[A-Z\d]", head[0]):
        return 0
    if len(head) > 1:
        shaped = any(re.search(r"[a-z][A-Z]|[A-Z]{2}|\d", w) for w in head)
        if not shaped:
            return 0
    return k


#: nouns that make a measured quantity with a modifier in front ("prefill latency", "index size")
METRIC_HEADS = frozenset("latency throughput accuracy speedup speed-up speed size rate time length usage use footprint ratio".split())
#: heads that are a metric on their own; the others need a modifier
STANDALONE_METRIC_HEADS = frozenset("latency throughput accuracy speedup speed-up".split())
#: words that name what is measured (systems and evaluation reporting conventions)
METRIC_MODIFIERS = frozenset(
    "prefill decoding decode inference training end-to-end e2e tail serving generation index indexing cache kv memory gpu "
    "token response output wall wall-clock validation test few-shot zero-shot one-shot top-1 top-5 effective average peak "
    "execution contamination hit error compression acceptance win success pass exact word character batch sequence "
    "first-token per-token time-to-first-token retrieval answer match classification detection".split()
)


def metric_modifier_start(lowers: list[str], head: int, blocked: set[int]) -> int:
    """Start of "modifier(s) + metric head" ending at token `head` (== head when none).

    >>> metric_modifier_start(["the", "prefill", "latency"], 2, set())
    1
    """
    start = head
    for k in (head - 1, head - 2):
        if k < 0 or k in blocked or lowers[k] not in METRIC_MODIFIERS:
            break
        start = k
    return start
