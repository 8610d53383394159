"""Acronym senses across papers: which sense an undefined acronym joins, which stay apart (issue 15 item 3)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import AbstractSet, Iterable, Mapping, Sequence

from paperkg.extract.phrase_stats import load_phrase_stats, phrase_key
from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.refresh.reading import (
    concept_papers,
    default_senses,
    lexicon_acronyms,
    lexicon_entries,
    lexicon_long_forms,
    mentions_in_text,
    texts_of,
    year_of,
)
from paperkg.resolve.kinds import bare_known_acronym, lexicon_senses, odd_expansion
from paperkg.resolve.names import concept_key, kind_of_key, long_forms
from paperkg.resolve.proposals import (
    OWN_MARK,
    is_own_name_key,
    own_name_key,
)
from paperkg.resolve.senses import (
    FIELD_TERM,
    assign_senses,
    attested_senses,
    coins_acronym,
    crosses_dataset,
    fits_case,
    foreign_acronyms,
    initials,
    is_short,
    names_own_work,
    own_acronyms,
    own_definition,
    own_title_acronym,
    phrase_written,
    typed_senses,
    written_senses,
)
from paperkg.store.protocol import GraphStore


def sense_candidates(
    rows: Sequence[dict], known: Mapping[str, Iterable[str]] | None = None
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """({sense-less acronym key: its senses}, {same key: the senses that hold the acronym itself}).

    Senses are the long-form concepts (any kind) that hold the acronym, or
    whose long form has it in `known` ({folded long form: folded acronyms},
    the lexicons' general knowledge: ViT for "vision transformer"), or spell it. Any kind: the extractor types one acronym differently across
    papers, and co-occurrence and era (resolve.senses) decide better than the
    type. "Spell it" (word initials, resolve.senses.initials) finds a sense
    again after dedupe_aliases left its acronym to another concept, so an
    incremental build sees the senses a full one saw.
    """
    holders: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # acronym -> key -> as written
    spellers: dict[str, set[str]] = defaultdict(set)
    longs_of: dict[str, list[str]] = {}
    bare = []
    for c in rows:
        if c["kind"] == TOPIC:
            continue
        spellings = [n for n in (c["name"], *(c.get("aliases") or [])) if n]
        expanded = long_forms(spellings)
        if spellings and not expanded:  # only acronyms, in any case ("CLIP", "Clip")
            # a paper's own coined name ("CoDEx") is no undefined acronym; an acronym kept apart is, once more
            if not is_own_name_key(c["key"]) or kept_acronym(c["key"]):
                bare.append(c)
            continue
        longs_of[c["key"]] = expanded
        for n in spellings:
            if n not in expanded:
                holders[fold(n)][c["key"]].add(n)
            elif not _coined_spelling(n):
                for a in initials(n):
                    spellers[a].add(c["key"])
                for a in (known or {}).get(fold(n), ()):
                    holders[a].setdefault(c["key"], set())
    senses, defines = {}, {}
    spellings_of = {c["key"]: [n for n in (c["name"], *(c.get("aliases") or [])) if n] for c in rows}
    for c in bare:
        a, name = fold(c["name"]), c["name"]
        held = set(holders.get(a, {}))  # papers wrote the acronym for it: a case twin ("MBart", "mBART") is one
        held = {k for k in held if not is_variant(a, spellings_of.get(k, []))}
        spelled = {k for k in spellers.get(a, ()) if _case_fits(name, set(), longs_of[k])}
        if held or spelled:
            senses[c["key"]] = sorted(held | spelled)
            defines[c["key"]] = sorted(held)
    return senses, defines


def is_variant(acronym: str, spellings: Sequence[str]) -> bool:
    """Whether a concept (its `spellings`) is a variant of the thing `acronym` (folded) names, not a sense of it:
    one spelling puts a modifier before the acronym ("BiLSTM", "bidirectional LSTM", "Lattice LSTM") and no long
    form spells it by initials. A paper's "bidirectional LSTM (LSTM)" makes the variant hold the base's
    acronym; the papers writing a bare "LSTM" mean the base. A head word after it ("LSTM networks") is no variant.

    >>> is_variant("lstm", ["BiLSTM", "LSTM", "bidirectional long short-term memory"])
    True
    >>> is_variant("lstm", ["long short-term memory", "LSTM", "Bi-LSTM"]), is_variant("lstm", ["LSTM networks"])
    (False, False)
    """
    folded = [fold(s) for s in spellings]
    if not any(f.endswith(acronym) and f != acronym for f in folded):
        return False
    return not any(acronym in initials(n) for n in long_forms(list(spellings)))


def _coined_spelling(spelling: str) -> bool:
    """Whether a spelling is a coined name, not a phrase of words: one of its words or hyphen parts has a
    capital inside a small-letter word ("ScoNe-NLI", "BERTScore"), or every part is an acronym ("MS MARCO"),
    so its initials spell nothing ("ScoNe-NLI" is no sense of SNLI, "MS MARCO" none of mMARCO). Acronym parts
    among words ("COVID-Twitter-BERT") and plain words ("Mixture-of-Experts") spell.

    >>> _coined_spelling("ScoNe-NLI"), _coined_spelling("MS MARCO")
    (True, True)
    >>> _coined_spelling("Mixture-of-Experts"), _coined_spelling("COVID-Twitter-BERT")
    (False, False)
    """
    parts = [p for p in re.split(r"[\s/-]+", spelling) if p]
    if parts and all(p.isupper() and len(p) >= 2 for p in parts):
        return True
    return any(not p.isupper() and any(ch.isupper() for ch in p[1:]) for p in parts)


def _case_fits(acronym: str, written: set[str], longs: Iterable[str]) -> bool:
    """Whether a sense's papers write the acronym as the bare concept's papers do, or its case fits one of the
    sense's long forms (resolve.senses.fits_case): "PaLM" is not spelled by "Program-Aided Language Models",
    nor is "ReAct" the "REACT" of "REsponsive hate speech datasets Across ConTexts"."""
    return acronym in written or any(fits_case(acronym, n) for n in longs)


def assign_acronym_senses(st: GraphStore, keys: Iterable[str] | None = None) -> dict[tuple[str, str], str]:
    """Move undefined acronym mentions to the sense their paper means (resolve.senses); returns the moves.

    With `keys`, only the acronyms whose sense-less concept or one of whose senses is among them are re-decided.
    """
    rows = _as_acronyms(st.concept_rows())
    senses, defines = sense_candidates(rows, lexicon_acronyms())
    twin_of = own_twins(senses, rows)  # own-name node -> its plain node: one acronym, decided as one
    for own in twin_of:
        senses.pop(own, None)
        defines.pop(own, None)
    if keys is not None:
        wanted = set(keys)
        # an acronym's own-name node and its plain node are decided together (`own_twins`, `_rejoin_plain`)
        pairs = [(c["key"], c["key"].split(OWN_MARK, 1)[0]) for c in rows if kept_acronym(c["key"])]
        wanted |= {p for o, p in pairs if o in wanted} | {o for o, p in pairs if p in wanted}
        senses = {b: s for b, s in senses.items() if b in wanted or wanted & set(s)}
    twin_of = {o: p for o, p in twin_of.items() if p in senses}
    if not senses:
        return _rejoin_plain(st, rows, senses, keys)
    involved = sorted(set(senses) | {s for ss in senses.values() for s in ss})
    papers_of = concept_papers(st, involved + sorted(twin_of))
    on_own: dict[str, dict[str, str]] = defaultdict(dict)  # plain key -> {paper on an own-name node of it: that node}
    for own, plain in sorted(twin_of.items()):
        mine = set(papers_of.get(plain, set()))
        for pid in papers_of.pop(own, set()) - mine:  # a paper on both nodes is decided on the plain one
            on_own[plain][pid] = own
        papers_of[plain] = mine | set(on_own[plain])
    names = {c["key"]: c["name"] for c in rows}
    senses = typed_senses(senses, papers_of, _acronym_writers(st, senses, papers_of, names))
    defines = _written_senses(st, senses, defines, papers_of, names)
    defines = _attested(st, defines, papers_of, rows)
    senses = only_held_senses(senses, defines, _listed(defines, rows))
    senses = cued_senses_kept(senses, rows)
    senses = known_names_kept(senses, rows, papers_of)
    ids = sorted({p for ps in papers_of.values() for p in ps})
    concepts_of: dict[str, set[str]] = defaultdict(set)
    for page in st.mention_pairs(ids):
        for pid, key, _ in page:
            concepts_of[pid].add(twin_of.get(key, key))
    found = st.papers_by_id(ids)
    years = {r["id"]: year_of(r.get("published")) for r in found}
    titles = {r["id"]: r.get("title") or "" for r in found}
    df: dict[str, int] = Counter()
    for c in rows:
        df[twin_of.get(c["key"], c["key"])] += int(c.get("paper_count") or 0)
    names = {c["key"]: c["name"] for c in rows}
    bare = {
        b: {p for p in papers_of.get(b, set()) if not _titled_by(names.get(b) or "", titles.get(p, ""))} for b in senses
    }
    texts = texts_of(st, sorted({p for ps in bare.values() for p in ps}))
    bare = {b: {p for p in ps if not names_own_work(names.get(b) or "", texts.get(p, ""))} for b, ps in bare.items()}
    longs = {c["key"]: long_forms([c["name"], *(c.get("aliases") or [])]) for c in rows}
    every = {c["key"]: [c["name"], *(c.get("aliases") or [])] for c in rows}
    word = {b: a_word(names.get(b), [n for s in senses[b] for n in every.get(s, [])]) for b in bare}
    written = {}
    for b, ps in bare.items():
        spellings = {s: longs.get(s, []) for s in senses[b]}
        for p in ps:
            written[(p, b)] = written_senses(names.get(b) or "", texts.get(p, ""), spellings, b, word[b])
    short = {b for b in bare if is_short(names.get(b) or "")}
    listed = _listed(defines, rows)
    coined = _coined_senses(st, defines, papers_of, rows)
    moves = assign_senses(
        bare, senses, papers_of, concepts_of, years, df, st.paper_count(), defines, written, short, listed, coined
    )
    moves = _from_own_nodes(moves, on_own)
    defines = {**defines, **{o: defines.get(p, []) for o, p in twin_of.items()}}
    shared = _shared_definitions(st, moves, names, texts, defines, on_own)
    moves = apart_where_held(moves, defines, {c["key"] for c in rows}, shared)
    moves = _kept_apart(st, moves, names, {c["key"] for c in rows})
    if moves:
        st.move_mentions(moves)
        rows = _as_acronyms(st.concept_rows())  # a node all of whose papers moved is gone
    return {**moves, **_rejoin_plain(st, rows, senses, keys)}


def own_twins(senses: Mapping[str, Sequence[str]], rows: Sequence[Mapping]) -> dict[str, str]:
    """{own-name node of a kept acronym (`kept_acronym`): its plain node} where both are sense-less acronyms
    with senses to weigh (`senses`, as `sense_candidates` finds them): one acronym, whose papers are decided
    together as the plain node's. Decided apart, each node's papers would be weighed by counts of the two
    nodes (how many papers each has: `typed_senses`, `known_names_kept`; whose papers write a definition:
    `_shared_definitions`), which the decision itself changes by moving papers between them; a refresh after
    a refresh then moved them again (stop 38: 56 sense assignments in each refresh of a 44k copy).

    >>> rows = [{"key": k} for k in ("M:zpt", "M:zpt~ZPT", "M:zpt~Zpt", "M:qx~QX", "M:zonal")]
    >>> own_twins({"M:zpt": ["M:zonal"], "M:zpt~ZPT": ["M:zonal"], "M:qx~QX": ["M:quiet"]}, rows)
    {'M:zpt~ZPT': 'M:zpt'}
    """
    return {
        c["key"]: plain
        for c in rows
        if kept_acronym(c["key"]) and (plain := c["key"].split(OWN_MARK, 1)[0]) in senses and c["key"] in senses
    }


def _from_own_nodes(
    moves: Mapping[tuple[str, str], str], on_own: Mapping[str, Mapping[str, str]]
) -> dict[tuple[str, str], str]:
    """`moves` of the papers of a plain node's own-name twins (`own_twins`, decided on the plain key) from the
    node they are on: kept apart, such a paper maps to that node (it stays there, `apart_where_held`).

    >>> _from_own_nodes({("a", "M:z"): "M:z", ("b", "M:z"): "M:z", ("c", "M:z"): "M:s"}, {"M:z": {"b": "M:z~Z", "c": "M:z~Z"}})
    {('a', 'M:z'): 'M:z', ('b', 'M:z~Z'): 'M:z~Z', ('c', 'M:z~Z'): 'M:s'}
    """
    out = {}
    for (pid, key), dst in moves.items():
        own = on_own.get(key, {}).get(pid)
        if own is None:
            out[(pid, key)] = dst
        else:
            out[(pid, own)] = own if dst == key else dst
    return out


def apart_where_held(
    moves: Mapping[tuple[str, str], str],
    defines: Mapping[str, Iterable[str]],
    existing: set[str],
    shared: AbstractSet[tuple[str, str]] = frozenset(),
) -> dict[tuple[str, str], str]:
    """`moves` (resolve.senses.assign_senses: a paper kept apart maps to its acronym's key) with a paper kept
    apart on its own-name node again left there (no move), and a paper whose own definition the acronym's
    other papers write too (`shared`, read by the caller: "Deep Neural Network (DNN)" beside bare DNN papers
    writing "deep neural networks") not kept apart where no sense holds the acronym (`defines`): no merge can
    take the acronym's node to a sense then, and the paper means what those papers mean, so it stays on the
    acronym's node or returns to it from its own-name node (the key without its letters). A paper writing the
    acronym in its own case ("age", "Clip Accuracy") or defining it otherwise stays apart.

    >>> moves = {("a", "M:dnn"): "M:dnn", ("b", "M:dnn~DNN"): "M:dnn~DNN", ("c", "M:icl"): "M:icl", ("d", "M:x"): "M:y"}
    >>> shared = {("a", "M:dnn"), ("b", "M:dnn~DNN"), ("c", "M:icl")}
    >>> apart_where_held(moves, {"M:icl": ["M:incontext"]}, {"M:dnn", "M:dnn~DNN", "M:icl"}, shared)
    {('b', 'M:dnn~DNN'): 'M:dnn', ('c', 'M:icl'): 'M:icl', ('d', 'M:x'): 'M:y'}
    """
    out = {}
    for (pid, key), dst in moves.items():
        if dst != key:
            out[(pid, key)] = dst
            continue
        plain = key.split(OWN_MARK, 1)[0]
        if (pid, key) in shared and not any(True for _ in defines.get(key, ())):
            if is_own_name_key(key) and plain in existing:
                out[(pid, key)] = plain
        elif not is_own_name_key(key):
            out[(pid, key)] = dst  # apart: `_kept_apart` makes its own-name node
    return out


def _shared_definitions(
    st: GraphStore,
    moves: Mapping[tuple[str, str], str],
    names: Mapping[str, str],
    texts: Mapping[str, str],
    defines: Mapping[str, Iterable[str]],
    on_own: Mapping[str, Mapping[str, str]] | None = None,
) -> set[tuple[str, str]]:
    """The papers kept apart (`moves` to their own key) of acronyms no sense holds whose own definition
    (resolve.senses.own_definition) another paper of the acronym writes too: one of its plain node or of the
    plain node's own-name twins (`on_own`: {plain key: {paper: own-name node}}), wherever the last refresh put
    them, so that moving a paper between the two changes no paper's reading."""
    apart = [(p, k) for (p, k), d in moves.items() if d == k and not any(True for _ in defines.get(k, ()))]
    if not apart:
        return set()
    plains = sorted({k.split(OWN_MARK, 1)[0] for _, k in apart})
    papers_of = {k: set(ps) for k, ps in concept_papers(st, plains).items()}
    for plain in plains:
        papers_of[plain] = papers_of.get(plain, set()) | set((on_own or {}).get(plain, {}))
    others = texts_of(st, sorted({p for ps in papers_of.values() for p in ps}))
    out = set()
    for pid, key in apart:
        words = own_definition(names.get(key) or "", texts.get(pid, ""))
        if not words:
            continue
        plain = key.split(OWN_MARK, 1)[0]
        if any(q != pid and phrase_written(others.get(q, ""), " ".join(words)) for q in papers_of.get(plain, ())):
            out.add((pid, key))
    return out


#: The letters an own-name node keeps of an acronym kept off its senses (`_kept_apart`: "Model:bert~BERT",
#: "Model:mbert~mBERT"), not of a paper's coined spelling ("ReCaLL" of recall, "CoDEx" of Codex), which is the
#: paper's own name whoever writes it.
_KEPT_ACRONYM = re.compile(r"[a-z]?[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z]s?")


def kept_acronym(key: str) -> str | None:
    """The acronym an own-name node holds, as it was written when its papers were kept apart (its key's letters,
    `own_name_key`), or None for a paper's coined spelling or any other key. Such a node is decided again in
    every refresh: a paper kept apart for a reason a later rule sees otherwise ("Generative Pre-trained
    Transformer" read as a phrase of its own beside "generative pretrained transformers") would stay apart
    forever, as a second node of the field's term (issue 15: BERT | "Bert", GPT | GPT, IMDB | IMDb on s37a).

    >>> kept_acronym("Model:bert~BERT"), kept_acronym("Model:mbert~mBERT"), kept_acronym("Method:cnnlstm~CNNLSTM")
    ('BERT', 'mBERT', 'CNNLSTM')
    >>> kept_acronym("Method:recall~ReCaLL"), kept_acronym("Model:codex~CoDEx"), kept_acronym("Model:bert")
    (None, None, None)
    """
    if not is_own_name_key(key):
        return None
    letters = key.split(OWN_MARK, 1)[1]
    return letters if _KEPT_ACRONYM.fullmatch(letters) else None


def _as_acronyms(rows: Sequence[dict]) -> list[dict]:
    """Concept rows as the senses read them: an own-name node of a kept acronym named by the acronym as the
    field writes it, its plain node's name ("LaMP" of the paper that made the benchmark), else the acronym it
    was kept apart from (its key's letters, "NEMO"). Its own name follows its papers' spelling ("NeMo"): named
    so, their own case would read as the acronym's."""
    plain = {c["key"]: c["name"] for c in rows if not is_own_name_key(c["key"])}
    out = []
    for c in rows:
        acronym = kept_acronym(c["key"])
        out.append({**c, "name": plain.get(c["key"].split(OWN_MARK, 1)[0]) or acronym} if acronym else c)
    return out


#: A word the field writes in lower case in at least this share of its mentions is a word of the language
#: (the shipped corpus statistics: "clip" 27 of 417, "age" 280 of 327), not only a name ("bert" 7 of 4,513).
WORD_SHARE = 0.05


def a_word(acronym: str | None, spellings: Iterable[str] = ()) -> bool:
    """Whether an acronym capitalised in a run of capitalised words ("Clip Accuracy") is the run's word, not
    the acronym: its letters are a word of the language (`WORD_SHARE`), or the concepts it may mean (their
    `spellings`) are never written so. "Bert for Token Classification" and "a pretrained Chinese Bert" write
    BERT, a name the field never writes in lower case and BERT's papers write "Bert" too; "Microsoft's Phi" is
    no "protected health information (PHI)". A name the statistics do not know counts as a word (the reading
    before the statistics were asked).

    >>> a_word("BERT", ["BERT", "Bert"]), a_word("BERT", ["BERT"]), a_word("CLIP", ["CLIP", "Clip"])
    (False, True, True)
    """
    capitalised = (acronym or "").capitalize()
    if capitalised not in set(spellings):
        return True
    stats = load_phrase_stats().get(phrase_key([acronym or ""]))
    return stats is None or stats.n == 0 or stats.lower >= WORD_SHARE * stats.n


def _rejoin_plain(
    st: GraphStore, rows: Sequence[Mapping], senses: Mapping[str, list[str]], keys: Iterable[str] | None
) -> dict[tuple[str, str], str]:
    """Move back to the acronym's plain node (the own-name key without its letters, "Dataset:lamp" of
    "Dataset:lamp~LAMP") each paper of a kept acronym's own-name node that has no sense to weigh (`senses`) and
    gives no reason to stay apart: it does not coin the acronym (its title, "we propose ...": coins_acronym),
    propose it, write it only in another case, spell it out as a phrase of its own (written_senses), or come
    over a year before every paper of the plain node (a 2019 DREAM dataset is no 2022 DREAM model). The
    papers evaluating on the LaMP benchmark then join the paper that made it. Returns the moves (made)."""
    by_key = {c["key"]: c for c in rows}
    owns = {  # the acronym as the rows give it (`_as_acronyms`: the plain node's name)
        k: c["name"]
        for k, c in by_key.items()
        if kept_acronym(k)
        and not senses.get(k)
        and not senses.get(plain := k.split(OWN_MARK, 1)[0])  # its twin's papers weighed with the plain node's
        and plain in by_key
    }
    if keys is not None:
        wanted = set(keys)
        owns = {k: a for k, a in owns.items() if k in wanted or k.split(OWN_MARK, 1)[0] in wanted}
    if not owns:
        return {}
    plains = sorted({k.split(OWN_MARK, 1)[0] for k in owns})
    papers_of = concept_papers(st, sorted(owns) + plains)
    found = st.papers_by_id(sorted({p for ps in papers_of.values() for p in ps}))
    years = {r["id"]: year_of(r.get("published")) for r in found}
    first = {k: min((y for p in papers_of.get(k, ()) if (y := years.get(p)) is not None), default=None) for k in plains}
    proposers = {(p, k) for p, k in st.run_read("concept_proposers", {"keys": sorted(owns)})[1]}
    texts = texts_of(st, sorted({p for ps in papers_of.values() for p in ps}))
    plain = {k: by_key[k.split(OWN_MARK, 1)[0]] for k in owns}
    word = {k: a_word(a, [plain[k]["name"], *(plain[k].get("aliases") or [])]) for k, a in owns.items()}
    moves = {}
    for key, acronym in sorted(owns.items()):
        for pid in sorted(papers_of.get(key, ())):
            text = texts.get(pid, "")
            if (pid, key) in proposers or coins_acronym(acronym, text):
                continue
            letters = kept_acronym(key) or acronym
            if _titled_by(letters, text.split("\n\n", 1)[0]) or coins_acronym(letters, text):
                # its title names its work by the node's own spelling ("COVE: COntext and VEracity prediction"
                # beside CoVe): split_namesakes put it there and would take it back in the same pass
                continue
            if written_senses(acronym, text, {}, key, word[key]):
                continue
            start, year = first.get(key.split(OWN_MARK, 1)[0]), years.get(pid)
            if start is not None and year is not None and year < start - 1:
                continue  # over a year before every paper of it: no work not yet written (senses._before)
            moves[(pid, key)] = key.split(OWN_MARK, 1)[0]
    if moves:
        st.move_mentions(moves)
    return moves


def cued_senses_kept(
    senses: Mapping[str, list[str]],
    rows: Sequence[Mapping],
    entry_of: Mapping[tuple[str, str], str] | None = None,
    default: Mapping[str, tuple[str, str]] | None = None,
) -> dict[str, list[str]]:
    """`senses` without a lexicon entry of another kind for a bare acronym the extractor gave a sense the
    lexicons list second ("COMET" typed Model, the commonsense transformer): the extractor chose it on the
    paper's cues (senses.tsv), so the paper means no other entry of the name (the COMET metric). A bare
    acronym of the first-listed sense (the one a paper with no cue gets) still joins a sense by its paper."""
    entry_of = lexicon_entries() if entry_of is None else entry_of
    default = default_senses() if default is None else default
    by_key = {c["key"]: c for c in rows}
    out = {}
    for b, ss in senses.items():
        c = by_key.get(b) or {}
        spelling = fold(c.get("name") or "")
        entry = entry_of.get((c.get("kind") or "", spelling))
        if entry and spelling in default and default[spelling] != (c.get("kind"), entry):
            ss = [s for s in ss if not (s in by_key and lexicon_senses(c, by_key[s], entry_of))]
        if ss:
            out[b] = ss
    return out


def known_names_kept(
    senses: Mapping[str, list[str]],
    rows: Sequence[Mapping],
    papers_of: Mapping[str, set[str]],
    entry_of: Mapping[tuple[str, str], str] | None = None,
    listed: Mapping[str, Mapping[str, frozenset[str]]] | None = None,
) -> dict[str, list[str]]:
    """`senses` without the senses a bare acronym the field knows must not join (issue 15, read35/36: SParC,
    CoQA, DoRA, CoLA took one paper's expansion): the acronym is a lexicon entry of its kind that lists no
    long form, and the sense is a few papers' own expansion (resolve.kinds.odd_expansion, counted by the
    papers of each) or lies across the dataset line (the lexicons type a bare "CoQA" a Dataset: it is no
    task "conversational question answering"). The papers writing it bare stay on the known name; a sense
    many papers write (CLIP's "Contrastive Language-Image Pre-training") still takes them per paper.

    >>> rows = [{"key": "Dataset:qux", "name": "QUX", "kind": "Dataset", "aliases": []},
    ...         {"key": "Dataset:quietuniversalexam", "name": "QUX", "kind": "Dataset", "aliases": ["Quiet Universal Exam"]},
    ...         {"key": "Task:quizunderstanding", "name": "quiz understanding", "kind": "Task", "aliases": ["QUX"]}]
    >>> papers = {"Dataset:qux": {"a", "b", "c"}, "Dataset:quietuniversalexam": {"d"}, "Task:quizunderstanding": set("efghijklmnop")}
    >>> senses = {"Dataset:qux": ["Dataset:quietuniversalexam", "Task:quizunderstanding"]}
    >>> known_names_kept(senses, rows, papers, {("Dataset", "qux"): "QUX"}, {"qux": {"QUX": frozenset()}})
    {}
    >>> known_names_kept(senses, rows, papers, {}, {})["Dataset:qux"]
    ['Dataset:quietuniversalexam', 'Task:quizunderstanding']
    """
    entry_of = lexicon_entries() if entry_of is None else entry_of
    listed = lexicon_long_forms() if listed is None else listed
    by_key = {c["key"]: c for c in rows}
    out = {}
    for b, ss in senses.items():
        c = by_key.get(b) or {}
        if bare_known_acronym(c, entry_of, listed):
            known = {**c, "paper_count": len(papers_of.get(b, ()))}
            ss = [
                s
                for s in ss
                if s not in by_key
                or not crosses_dataset(b, s)
                and not odd_expansion(known, {**by_key[s], "paper_count": len(papers_of.get(s, ()))}, entry_of, listed)
            ]
        if ss:
            out[b] = ss
    return out


def _kept_apart(
    st: GraphStore, moves: Mapping[tuple[str, str], str], names: Mapping[str, str], existing: set[str]
) -> dict[tuple[str, str], str]:
    """`moves` with each paper kept apart (moved to its own bare key) sent to the acronym's own-name concept
    (`own_name_key`, made when missing) instead: left on the bare concept, it would join the sense by the
    merge of a bare acronym with the concept that holds it (resolve.merging rule 3)."""
    out, new = {}, {}
    for (pid, bare), dst in moves.items():
        if dst != bare:
            out[(pid, bare)] = dst
            continue
        kind, name = kind_of_key(bare), names.get(bare) or bare.split(":", 1)[-1]
        out[(pid, bare)] = target = own_name_key(kind, name)
        if target not in existing:
            new[target] = {"key": target, "name": name, "kind": kind, "aliases": []}
    if new:
        st.write_rows("upsert_concepts", sorted(new.values(), key=lambda r: r["key"]))
    return out


def _coined_senses(
    st: GraphStore, defines: Mapping[str, Iterable[str]], papers_of: Mapping[str, set[str]], rows: Sequence[Mapping]
) -> dict[str, set[str]]:
    """{sense: its coiners}: the senses holding a bare acronym (`defines`) of fewer than `FIELD_TERM` papers, some of which coin the
    acronym for its own work (resolve.senses.coins_acronym: "MUSE: Modularizing Unsupervised Sense
    Embeddings", "we propose a novel Fine-grained cLAim depeNdency (FLAN) Graph"), unless the lexicons
    list the acronym for it (the field's reading)."""
    names = {c["key"]: c["name"] for c in rows}
    spellings = {c["key"]: [c["name"], *(c.get("aliases") or [])] for c in rows}
    listed = _listed(defines, rows)
    pairs = [
        (b, s)
        for b, ss in defines.items()
        for s in ss
        if len(papers_of.get(s, ())) < FIELD_TERM and (b, s) not in listed
    ]
    texts = texts_of(st, sorted({p for _, s in pairs for p in papers_of.get(s, ())}))
    out: dict[str, set[str]] = defaultdict(set)
    for b, s in pairs:
        acronym = fold(names.get(b) or "")
        written = {n for n in (names.get(b) or "", *spellings.get(s, [])) if n and fold(n) == acronym}
        out[s] |= {p for p in papers_of.get(s, ()) if any(coins_acronym(a, texts.get(p, "")) for a in written)}
    return {s: ps for s, ps in out.items() if ps}


def _listed(defines: Mapping[str, Iterable[str]], rows: Sequence[Mapping]) -> set[tuple[str, str]]:
    """The (bare acronym key, sense) pairs of `defines` that the field's lexicons list: one of the sense's
    spellings has the acronym in `lexicon_acronyms` (ASR for "automatic speech recognition")."""
    names = {c["key"]: c["name"] for c in rows}
    spellings = {c["key"]: [c["name"], *(c.get("aliases") or [])] for c in rows}
    known = lexicon_acronyms()
    return {
        (b, s)
        for b, ss in defines.items()
        for s in ss
        if any(fold(names.get(b) or "") in known.get(fold(n), ()) for n in spellings.get(s, []))
    }


def _acronym_writers(
    st: GraphStore, senses: Mapping[str, list[str]], papers_of: Mapping[str, set[str]], names: Mapping[str, str]
) -> dict[tuple[str, str], int]:
    """{(bare acronym key, sense across the dataset line): papers of the sense that write the acronym beside another
    spelling of it ("named entity recognition (NER)")}.

    A paper writing the acronym bare is no evidence of what it stands for: it may be a bare acronym an earlier
    pass moved there, and counting it lets each pass's moves justify the next (the bare "E2E" papers of a
    sense named "E2E" for end-to-end drew the E2E dataset's papers a few at a time, pass after pass), and the
    count would differ between a pass and the one after it.
    """
    pairs = [(b, s) for b, ss in senses.items() for s in ss if crosses_dataset(b, s)]
    return _writer_counts(st, pairs, {s for _, s in pairs}, papers_of, names)[0]


def _writer_counts(
    st: GraphStore,
    pairs: Sequence[tuple[str, str]],
    wanted: set[str],
    papers_of: Mapping[str, set[str]],
    names: Mapping[str, str],
) -> tuple[dict[tuple[str, str], int], dict[str, dict[str, set[str]]]]:
    """Read in the papers of the `wanted` senses: {(bare acronym key, sense) of `pairs`: papers of the sense
    that write the acronym beside another spelling of it}, and {folded acronym: {sense: papers that write
    only it}} (a bare acronym an earlier pass moved there)."""
    ids = sorted({p for s in wanted for p in papers_of.get(s, ())})
    written: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # sense -> folded -> papers
    bare_on: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # folded -> sense -> papers
    for pid, key, text, spans in mentions_in_text(st, ids):
        if key not in wanted:
            continue
        forms = {fold(text[a:b]) for a, b in spans}
        if len(forms) > 1:
            for form in forms:
                written[key][form].add(pid)
        elif len(forms) == 1:
            bare_on[forms.pop()][key].add(pid)
    counts = {(b, s): len(written[s].get(fold(names.get(b) or ""), set())) for b, s in pairs}
    return counts, bare_on


def _attested(
    st: GraphStore, defines: Mapping[str, list[str]], papers_of: Mapping[str, set[str]], rows: Sequence[Mapping]
) -> dict[str, list[str]]:
    """`defines` without the senses of short acronyms that their papers rarely write beside the sense's other
    spellings, and no lexicon pairs with them (resolve.senses.attested_senses).

    A writer writes the acronym beside another spelling of the sense ("multi-step reasoning (MSR)"): a paper an
    earlier pass moved there for its bare acronym is no evidence of the field's usage.
    """
    names = {c["key"]: c["name"] for c in rows}
    pairs = [(b, s) for b, ss in defines.items() if is_short(names.get(b) or "") for s in ss]
    listed = _listed(defines, rows)
    counts, bare_on = _writer_counts(st, pairs, {s for b, s in pairs if (b, s) not in listed}, papers_of, names)
    # every paper writing the acronym bare, wherever it is now: the same count in every pass
    bare_of: dict[str, set[str]] = defaultdict(set)
    for b in defines:
        bare_of[fold(names.get(b) or "")] |= set(papers_of.get(b, ()))
    for a, by_sense in bare_on.items():
        for ps in by_sense.values():
            bare_of[a] |= ps
    bare_counts = {b: len(bare_of[fold(names.get(b) or "")]) for b in defines}
    return attested_senses(defines, counts, names, bare_counts, listed)


def _written_senses(
    st: GraphStore,
    senses: Mapping[str, list[str]],
    defines: Mapping[str, list[str]],
    papers_of: Mapping[str, set[str]],
    names: Mapping[str, str],
) -> dict[str, list[str]]:
    """`defines` with the senses whose own papers write the acronym for them ("Analogy-Based Locating and
    Editing (ABLE)"): they hold it as much as an alias does, though `dedupe_concepts` gave the alias to the bare
    acronym concept (a name wins over an alias), which would otherwise keep them from holding it forever."""
    spelled = {s for b, ss in senses.items() for s in ss if s not in defines.get(b, ())}
    ids = sorted({p for s in spelled for p in papers_of.get(s, ())})
    written: dict[str, set[str]] = defaultdict(set)
    for _, key, text, spans in mentions_in_text(st, ids):
        if key in spelled:
            written[key] |= {fold(text[a:b]) for a, b in spans}
    return held_or_written(senses, defines, written, names)


def held_or_written(
    senses: Mapping[str, Iterable[str]],
    defines: Mapping[str, Iterable[str]],
    written: Mapping[str, set[str]],
    names: Mapping[str, str],
) -> dict[str, list[str]]:
    """{bare acronym key: the senses that hold it (`defines`) or whose papers write it (`written`: folded
    spellings of each sense's mentions)}.

    >>> held_or_written({"M:qw": ["M:quartic", "M:quiet"]}, {"M:qw": []},
    ...                 {"M:quartic": {"quarticwidget", "qw"}, "M:quiet": {"quietwalk"}}, {"M:qw": "QW"})
    {'M:qw': ['M:quartic']}
    """
    return {
        b: sorted({*defines.get(b, ()), *(s for s in ss if fold(names.get(b) or "") in written.get(s, set()))})
        for b, ss in senses.items()
    }


def only_held_senses(
    senses: Mapping[str, list[str]], defines: Mapping[str, Iterable[str]], listed: set[tuple[str, str]]
) -> dict[str, list[str]]:
    """`senses` without those that only spell the acronym, where a sense holding it or written with it
    (`defines`) is the one the field's lexicons list for it (`listed`): no paper wrote "SMT" for "supervised
    machine translation" or "STS" for "sequence-to-sequence", and the lexicons read SMT as statistical machine
    translation and STS as semantic textual similarity, so those are no contest. Counted as rivals, such senses
    made one build and a store that grew decide apart: a build of the older papers sends the bare SMT papers
    to the only sense it has, while a build of all of them, which also has the newer spelling-only senses,
    leaves them undecided. Elsewhere spelling senses stay rivals: a sense only a paper or two define ("ACC"
    for automated compliance checking, "FCE" for the false consensus effect) is no reading of a bare "ACC".

    >>> senses = {"M:smt": ["T:statistical", "T:supervised"], "M:acc": ["T:compliance", "T:cortex"]}
    >>> only_held_senses(senses, {"M:smt": ["T:statistical"], "M:acc": ["T:compliance"]}, {("M:smt", "T:statistical")})
    {'M:smt': ['T:statistical'], 'M:acc': ['T:compliance', 'T:cortex']}
    """
    out = {}
    for b, ss in senses.items():
        held = [s for s in ss if s in set(defines.get(b, ()))]
        out[b] = held if any((b, s) in listed for s in held) else list(ss)
    return out


def _titled_by(acronym: str, title: str) -> bool:
    """Whether a title names the paper's own work by the acronym ("PAL: Persona-Augmented Emotional Support
    ..."): the paper means its own work, never another paper's sense of the acronym.

    >>> _titled_by("PAL", "PAL: Persona-Augmented Emotional Support"), _titled_by("PAL", "Prompting PAL for math")
    (True, False)
    """
    return bool(re.match(r"\s*" + re.escape(acronym) + r"s?\s*[:–—]", title, re.IGNORECASE))


#: A foreign acronym is moved off a field term only when at most 1/FOREIGN_SHARE of its papers write it.
FOREIGN_SHARE = 10


def split_foreign_acronyms(st: GraphStore, keys: Iterable[str] | None = None) -> dict[tuple[str, str], str]:
    """Move each paper whose title names its own work by a field term's foreign acronym
    (resolve.senses.foreign_acronyms, own_title_acronym: "DAGA" of "data augmentation") to the
    acronym's own concept, made when missing; returns the moves.

    The paper named its own method with the field's term as its long form ("DAGA: Data Augmentation
    with a Generation Approach"): the acronym is that method, not a spelling of the term. The alias
    moves with it.
    """
    rows = {c["key"]: c for c in st.concept_rows()}
    foreign = foreign_acronyms(rows.values(), lexicon_acronyms())
    if keys is not None:
        foreign = {k: v for k, v in foreign.items() if k in set(keys)}
    if not foreign:
        return {}
    pairs = [(pid, key) for page in st.concept_mention_pairs(sorted(foreign)) for pid, key, _ in page]
    ids = sorted({pid for pid, _ in pairs})
    writers: dict[tuple[str, str], list[str]] = defaultdict(list)  # (key, folded acronym) -> papers
    for pid, key, text, spans in mentions_in_text(st, ids):
        if key not in foreign:
            continue
        title = text.split("\n\n", 1)[0]
        written = {fold(text[start:end]) for start, end in spans}
        term = [rows[key]["name"], *(rows[key].get("aliases") or [])]
        for a in foreign[key]:
            if fold(a) in written and own_title_acronym(a, term, title):
                writers[(key, fold(a))].append(pid)
    moves, new, gone = {}, {}, defaultdict(set)
    for (key, acronym), papers in sorted(writers.items()):
        if FOREIGN_SHARE * len(papers) > int(rows[key].get("paper_count") or 0):
            continue  # many papers write it: a spelling of the term after all
        gone[key].add(acronym)
        kind = rows[key]["kind"]
        target = concept_key(kind, acronym)
        if target not in rows:
            spelled = next(a for a in foreign[key] if fold(a) == acronym)
            new[target] = {"key": target, "name": spelled, "kind": kind, "aliases": []}
        for pid in papers:
            moves[(pid, key)] = target
    if new:
        st.write_rows("upsert_concepts", sorted(new.values(), key=lambda r: r["key"]))
    if moves:
        st.move_mentions(moves)
        # a moved edge brings the term's spellings to the acronym's concept: each keeps only its own
        after = {c["key"]: c for c in st.concept_rows()}
        aliases = {
            key: [a for a in after[key].get("aliases") or [] if fold(a) not in acronyms]
            for key, acronyms in gone.items()
            if key in after
        }
        for target in set(new) & set(after):
            row = after[target]
            aliases[target] = [a for a in row.get("aliases") or [] if fold(a) == fold(row["name"])]
        st.set_concept_property("aliases", aliases)
    return moves


#: An acronym alias of a field term that at most this many papers write for it is their own shorthand.
OWN_WRITERS = 1


def drop_own_acronyms(st: GraphStore, keys: Iterable[str] | None = None) -> set[str]:
    """Drop from a field term the acronym aliases only one paper writes for it (resolve.senses.own_acronyms:
    "DistilBERT (DB)", "summarization (SUM)"); returns the concepts changed.

    The paper keeps its mention of the term; the shorthand stays in its text and evidence, but no other
    paper's "DB" or "SUM" resolves to the field's concept through it, nor is it read as the concept's name.
    """
    rows = {c["key"]: c for c in st.concept_rows() if c["kind"] != TOPIC}
    own = own_acronyms(rows.values(), lexicon_acronyms())
    if keys is not None:
        own = {k: v for k, v in own.items() if k in set(keys)}
    if not own:
        return set()
    ids = sorted({pid for page in st.concept_mention_pairs(sorted(own)) for pid, _, _ in page})
    writers: Counter = Counter()
    for _pid, key, text, spans in mentions_in_text(st, ids):
        if key in own:
            written = {fold(text[a:b]) for a, b in spans}
            writers.update((key, fold(a)) for a in own[key] if fold(a) in written)
    aliases = {}
    for key, acronyms in sorted(own.items()):
        drop = {fold(a) for a in acronyms if writers[(key, fold(a))] <= OWN_WRITERS}
        if drop:
            aliases[key] = [a for a in rows[key].get("aliases") or [] if fold(a) not in drop]
    if aliases:
        st.set_concept_property("aliases", aliases)
    return set(aliases)
