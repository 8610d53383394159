"""Candidates the rules miss: lower-case terms of the field, found by corpus usage.

The rule components find names by their shape, a lexicon or a typing context
in the abstract itself. Established lower-case techniques, tasks and
measures ("sequence labeling", "fine-tuning", "label smoothing", "Spearman
correlation") often stand in an abstract with none of those cues. The phrase
statistics (`phrase_stats`) say how many papers of the field use a phrase
and how often they type it ("the X task", "X score", "using X", "X-based").
A phrase many papers type is proposed here as a candidate (source `stats`),
typed by its commonest typing context; the trained decision layer then keeps
or drops it like any rule concept. A phrase no paper types is never proposed.
"""

from __future__ import annotations

from functools import lru_cache

from paperkg.extract.lexicon import fold, function_words, load_word_list
from paperkg.extract.phrase_stats import PhraseStats, load_phrase_stats
from paperkg.extract.tokens import TokenView

MAX_WORDS = 5
#: a phrase is a term of the field when at least this many papers use it ...
MIN_DF = 5
#: ... and the field types it in at least this many mentions and this share of them
MIN_TYPED = 3
MIN_TYPED_SHARE = 0.03
#: typing context -> the type it votes for
CONTEXT_TYPES = (
    ("task", "Task"),
    ("data", "Dataset"),
    ("metric", "Metric"),
    ("method", "Method"),
    ("using", "Method"),
    ("based", "Method"),
    ("model", "Method"),
)


def typed_count(st: PhraseStats) -> int:
    return st.task + st.data + st.metric + st.method + st.using + st.based + st.model


def stats_type(st: PhraseStats) -> str:
    """The type the field's typing contexts vote for (ties: the order of CONTEXT_TYPES)."""
    votes: dict[str, int] = {}
    for col, t in CONTEXT_TYPES:
        votes[t] = votes.get(t, 0) + getattr(st, col)
    return max(votes.items(), key=lambda kv: kv[1])[0]


def is_term(st: PhraseStats | None) -> bool:
    if st is None or st.df < MIN_DF:
        return False
    typed = typed_count(st)
    return typed >= MIN_TYPED and typed >= MIN_TYPED_SHARE * st.n


@lru_cache(maxsize=2)
def term_table(path: str | None = None) -> dict[str, PhraseStats]:
    """The phrases `is_term` accepts, in a dict (a few thousand of the file's
    rows; hashing them keeps a paper's look-ups to microseconds)."""
    table = load_phrase_stats(path)
    if not len(table):
        return {}
    typed = sum(table.column(c) for c, _ in CONTEXT_TYPES)
    mask = (table.column("df") >= MIN_DF) & (typed >= MIN_TYPED) & (typed >= MIN_TYPED_SHARE * table.column("n"))
    return table.select(mask)


@lru_cache(maxsize=1)
def _edge_words() -> frozenset[str]:
    """Words a term never starts or ends with: function words, common verbs, catch-alls."""
    return function_words()


@lru_cache(maxsize=1)
def generic_keys() -> frozenset[str]:
    """The guideline's catch-alls (generic.txt), folded: never proposed."""
    return frozenset(fold(w) for w in load_word_list("generic.txt"))


def _is_word(w: str) -> bool:
    return any(c.isalnum() for c in w)


@lru_cache(maxsize=4)
def _first_words(terms_id: int, terms: tuple[str, ...]) -> dict[str, int]:
    """Each first word of a term -> the most words a term starting with it has."""
    out: dict[str, int] = {}
    for key in terms:
        first, n = key.split(" ", 1)[0], key.count(" ") + 1
        if n > out.get(first, 0):
            out[first] = n
    return out


_FIRST_WORDS: dict[int, dict[str, int]] = {}


def first_words(terms: dict[str, PhraseStats]) -> dict[str, int]:
    """`_first_words` of a term table, kept per table (the table is built once per process).

    >>> first_words({"label smoothing": None, "label": None, "beam search": None})
    {'label': 2, 'beam': 2}
    """
    got = _FIRST_WORDS.get(id(terms))
    if got is None or len(_FIRST_WORDS) > 8:
        _FIRST_WORDS.clear()
        got = _FIRST_WORDS[id(terms)] = _first_words(id(terms), tuple(terms))
    return got


def propose(view: TokenView, entities: list[dict], terms: dict[str, PhraseStats]) -> list[dict]:
    """Concept dicts (the shape `ConceptAssembler` writes) for the longest
    field terms of the text that no rule concept covers, one per folded spelling.

    Only a word that starts some term opens a look-up (`first_words`): most
    words start none, and trying every span of up to MAX_WORDS words at every
    word cost about 40% of the rest of the pipeline's time."""
    covered = [False] * (len(view.text) + 1)
    for e in entities:
        for a, b in e.get("mentions") or ():
            for c in range(a, min(b, len(covered))):
                covered[c] = True
    edge, generic = _edge_words(), generic_keys()
    starts = first_words(terms)
    lowers, words = view.lowers, view.words
    found: dict[str, dict] = {}
    for s0, e0 in view.sents:
        i = s0
        while i < e0:
            best = 0
            longest = starts.get(lowers[i], 0)
            if longest and lowers[i] not in edge and _is_word(words[i]) and not covered[view.idx[i]]:
                for j in range(min(e0, i + longest, i + MAX_WORDS), i, -1):
                    key = " ".join(lowers[i:j])
                    if key not in terms or lowers[j - 1] in edge or not all(_is_word(w) for w in words[i:j]):
                        continue
                    a, b = view.char_range(i, j)
                    if any(covered[a:b]):
                        continue
                    best = j
                    break
            if not best:
                i += 1
                continue
            text = view.span_text(i, best)
            key = fold(text)
            if key and key not in generic:
                st = terms[" ".join(lowers[i:best])]
                d = found.setdefault(
                    key,
                    {
                        "name": text,
                        "type": stats_type(st),
                        "aliases": [],
                        "introduced": False,
                        "mentions": [],
                        "sources": ["stats"],
                        "type_scores": {},
                    },
                )
                d["mentions"].append(list(view.char_range(i, best)))
            i = best
    return list(found.values())
