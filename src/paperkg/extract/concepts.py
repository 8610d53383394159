"""From candidate spans to one entity per concept, typed, filtered, with evidence.

The component reads what the earlier components recorded (abbreviation
pairs, lexicon matches, name candidates), resolves overlaps (longest span
wins), types each span (lexicon > name shape > context > long-form head word
> Method), groups mentions of one concept (same folded spelling, acronym and
its long form, lexicon aliases), drops the guideline's catch-alls, marks the
paper's own contribution, flags what papers study rather than name
(`subject`: platforms, diseases, languages; the decision layer drops them),
and stores plain dicts in `doc._.paperkg_entities`:
`{"name", "type", "aliases", "introduced", "mentions": [[start_char, end_char], ...]}`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Final, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.extract import context as ctx
from paperkg.extract.extensions import path, read, write
from paperkg.extract import lexicon as _lexicon
from paperkg.extract.lexicon import (
    function_words,
    load_lexicon,
    load_word_list,
    organisations,
    rule_words,
    trie_pattern,
)
from paperkg.extract.names import continues_name, is_name_shape
from paperkg.extract.phrase_stats import load_phrase_stats, phrase_key
from paperkg.extract.proposals import is_term
from paperkg.extract.rules import (
    CONTRAST_WORDS,
    DEFAULT_RULES,
    W_CONTEXT,
    W_DEFAULT,
    W_LEXICON,
    W_SHAPE,
    Candidate,
    Resources,
    RuleContext,
    data_word_after,
    listed_before_data,
    get_rule,
    long_forms,
    title_means_runs,
    merge,
)
from paperkg.extract.tokens import TokenView, token_view
from paperkg.language_pairs import languages, pair_mentions

#: `lexicon.fold` as a `Final` name: compiled code reads it from a C static, not from the module's dict at each
#: call (mypyc; benchmarks/results/extract_speed.md, stop 50)
fold: Final = _lexicon.fold

_TEAM_AT_VENUE = re.compile(r"\w@[A-Z](?:[A-Za-z]{2,}|[A-Z]*-[A-Z])")
_SHORT_CAPS: Final = re.compile(r"[A-Z]{2,5}s?")


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        p = parent.setdefault(x, x)
        while p != x:  # path halving: each step links x to its grandparent and goes on from there
            g = parent[x] = parent[p]
            x, p = g, parent[g]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key becomes the root so the result does not depend on order
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def choose_spans(cands: dict[tuple[int, int], Candidate]) -> list[tuple[int, int]]:
    """Non-overlapping spans: longer first, then earlier."""
    taken: set[int] = set()
    chosen = []
    for s, e in sorted(cands, key=lambda se: (-(se[1] - se[0]), se[0])):
        if e - s == 1:  # a one-token span (most) is tested and taken without a `range` object (`rules._covered`)
            if s in taken:
                continue
            taken.add(s)
        else:
            span = range(s, e)  # one range for the test and the update
            if not taken.isdisjoint(span):
                continue
            taken.update(span)
        chosen.append((s, e))
    return sorted(chosen)


def pick_name(surfaces: list[str], long_forms: set[str]) -> str:
    """The entity's name: its long form if it has one, else the first spelling
    that is not the plural of another one.

    >>> pick_name(["LLMs", "LLM"], set())
    'LLM'
    """
    for s in surfaces:
        if s in long_forms:
            return s
    for s in surfaces:  # a loop, not a list of the singular spellings to take the first of (~9 calls a paper)
        if not (s.endswith("s") and s[:-1] in surfaces):
            return s
    return surfaces[0]


def _names_a_condition(names: Iterable[str]) -> bool:
    """Whether a name names a condition (`names_condition`): a loop, not `any` over a generator, nor over `map`, whose
    call of each name is a generic one where the module is compiled (a compiled generator calls it natively)."""
    for name in names:
        if names_condition(name):
            return True
    return False


def _names_setting(surfaces: list[str]) -> bool:
    """Whether a spelling is a setting (`context.is_setting`: "sequence length"): a loop, not `any` over a
    generator left at its first answer (one per entity)."""
    for s in surfaces:
        if ctx.is_setting(s.split()):
            return True
    return False


def shared_task_pattern(series: Iterable[str]) -> re.Pattern:
    """A series name, an optional edition (`-2019`, ` 2014`, `'22`, `’14`, `16`) and an
    optional numbered task or track (`Task 6`, `Shared Task 1.1`, `Subtask A`), or after
    an edition the words `Shared Task` (`TSAR 2025 Shared Task`).

    >>> bool(shared_task_pattern(["SemEval"]).fullmatch("SemEval-2019 Task 6"))
    True
    """
    names = trie_pattern(series, standalone=True)  # costs the same for 50 series or 500
    return re.compile(
        rf"(?P<series>{names})"
        r"(?P<edition>[- ]?['’]?(?:19|20)?\d\d(?!\d))?"
        r"(?P<task>[- ](?:[Ss]hared )?(?:[Tt]ask|[Ss]ubtask|[Tt]rack)[- ]?(?:\d+(?:\.\d+)?[A-Za-z]?|[A-C])\b)?"
        r"(?P<shared>[- ][Ss]hared[- ][Tt]asks?)?"
        r"(?![\w-])"
    )


#: a workshop's name joined to a venue's capitals and a year: "LT-EDI-ACL2022", "FooTech-EACL 2031", "@Foo-ACL-2031"
_VENUE_EDITION = re.compile(r"@?(?P<workshop>[A-Za-z][\w-]*?)[-@ ](?P<venue>[A-Z]{2,8})[- ]?['’]?(?:19|20)?\d\d")


class ConceptAssembler:
    """Turns the candidates on a Doc into entities (see module docstring).
    `rules` lists the registered candidate rules it runs, in order."""

    def __init__(
        self,
        nlp: Language,
        name: str = "paperkg_concepts",
        lexicon_path: str | None = None,
        rules: list[str] | None = None,
    ):
        self.name = name
        series = [line.split("\t") for line in load_word_list("shared_tasks.txt", lexicon_path)]
        self.res = Resources(
            generic=frozenset(fold(w) for w in load_word_list("generic.txt", lexicon_path)),
            function_words=function_words(lexicon_path),
            shared_task_re=shared_task_pattern(row[0] for row in series),
            edition_series=frozenset(row[0] for row in series if row[1:] == ["edition"]),
            model_variants=frozenset(w.lower() for w in load_word_list("model_variants.txt", lexicon_path)),
            metric_modifiers=frozenset(w.lower() for w in load_word_list("metric_modifiers.txt", lexicon_path)),
        )
        self.generic = self.res.generic
        self.organisations = organisations(lexicon_path)
        # human languages are what papers study (subjects.txt), by the language lexicon's English names
        codes = languages()
        language_names = (name for name, code in codes.items() if name != code)
        self.subjects = frozenset(fold(w) for w in load_word_list("subjects.txt", lexicon_path)) | frozenset(
            map(fold, language_names)
        )
        # "EN and DE", "native German learners (DE)": a language's two-letter code in capitals
        self.language_codes = frozenset(c.upper() for n, c in codes.items() if n == c and len(c) == 2)
        self.special_tokens = frozenset(fold(w) for w in load_word_list("special_tokens.txt", lexicon_path))
        self.rule_names = list(DEFAULT_RULES if rules is None else rules)
        self.rules = [get_rule(r) for r in self.rule_names]
        self.entry_long_forms = entry_long_forms(load_lexicon(lexicon_path))

    def __call__(self, doc: Doc) -> Doc:
        write(doc, "entities", self.assemble(doc))
        return doc

    def rule_context(self, doc: Doc) -> RuleContext:
        v = token_view(doc)
        return RuleContext(
            v,
            read(doc, "abbreviations") or [],
            read(doc, "lexicon") or [],
            read(doc, "names") or [],
            v.title_end(),
            self.res,
        )

    def candidates(
        self, doc: Doc, rules: list | None = None
    ) -> tuple[dict[tuple[int, int], Candidate], dict[str, str]]:
        """Every rule's candidates by token span (merged as each is yielded), and
        the acronym -> long form map; a system-description title's team name is no candidate."""
        c = self.rule_context(doc)
        cands: dict[tuple[int, int], Candidate] = {}
        for rule in self.rules if rules is None else rules:
            for cand in rule(c, cands):
                merge(cands, cand, c.view.words)
        team = ctx.team_name_length(c.view.words[: c.title_end])
        for span in [se for se in cands if se[1] <= team]:
            del cands[span]
        trim_task_manner(cands, c.view.words, c.view.lowers)
        trim_system_make(cands, c.view.words, c.view.lowers)
        extend_to_head(cands, c.view)
        drop_event_names(cands, c.view.words, c.view.lowers, c.view.positions(EVENT_NOUNS))
        return cands, long_forms(c)

    def assemble(self, doc: Doc) -> list[dict]:
        """Candidates -> non-overlapping spans -> context types -> the paper's own
        contribution -> types shared along lists -> mentions grouped by concept -> entities."""
        cands, short_to_long = self.candidates(doc)
        v = token_view(doc)
        lowers = v.lowers
        # "question-answer (QA) pairs": a problem's name before "pairs" says what data items are for
        spans = [
            se
            for se in choose_spans(cands)
            if not (cands[se].top_type() == "Task" and ctx.names_data_items(lowers, *se))
        ]
        ctx_types, described_methods = context_types(lowers, spans, cands)
        windows = propose_windows(v)
        introduced = introduced_spans(v, spans, cands, windows)
        more_cues = further_intro_cues(v, spans, cands, introduced, windows)
        share_list_types(lowers, spans, cands, ctx_types, introduced)
        lexicon = {(h[0], h[1]): (h[2], h[3]) for h in read(doc, "lexicon") or []}
        groups = group_mentions(
            v, spans, cands, short_to_long, ctx_types, introduced, more_cues, lexicon, described_methods
        )
        for g in groups.values():
            own_sense_types(g, self.entry_long_forms)
        title_end = v.title_end()
        k = ctx.title_name_length(v.words[:title_end])
        if k:
            drop_descriptive_titles(groups, v.span_text(0, k), v.words[k + 1 : title_end])
        # the groups' types are final here (`own_sense_types` changes them last): each is found once, not
        # once by each of the three readers below
        types = {k: group_type(g) for k, g in groups.items()}
        drop_nested_tasks(groups, v.text, types)
        drop_translation_directions(groups, types)
        drop_events_of_named_tasks(groups, types, self.res.shared_task_re, v.text, self.subjects)
        return self.entities(groups, types)

    def entities(self, groups: dict[str, "MentionGroup"], types: dict[str, str]) -> list[dict]:
        """One entity dict per group that is not a catch-all, an unexplained acronym or a team.
        `types`: each group's `group_type` by its key."""
        out = []
        for key, g in groups.items():
            folded = list(map(fold, g.surfaces))  # each spelling folded once for the tests and the aliases below
            if self._is_generic(g, folded) or _is_unexplained_acronym(g) or _is_team(g) or self._is_event_edition(g):
                continue
            if self._is_organisation(g, folded) or _is_connective(folded):
                continue
            if all(map(self._is_venue_edition, g.surfaces)):
                continue
            if self._is_special_token(g):
                continue
            name = pick_name(g.surfaces, g.long_forms)
            if not balanced_brackets(name):
                continue  # the name is a piece cut across a bracket
            type_ = types[key]
            aliases = []
            seen = {fold(name)}
            spellings = zip(g.surfaces, folded)
            if g.implied:  # an implied spelling first: the one folded like a written plural is kept ("accuracies")
                spellings = iter(sorted(spellings, key=lambda sf: sf[0] not in g.implied))
            for s, f in spellings:
                if f not in seen:
                    seen.add(f)
                    aliases.append(s)
            out.append(
                {
                    "name": name,
                    "type": type_,
                    "aliases": aliases,
                    "introduced": g.introduced,
                    "intro_cues": sorted(g.intro_cues),
                    "mentions": sorted(g.mentions),
                    "sources": sorted(g.sources),
                    "type_scores": dict(sorted(g.types.items())),
                    # dropped after the decision layer, which still learns from it (a capitalised non-concept)
                    "subject": self._is_subject(g, folded),
                    # "sequence length": a setting, not a measure; dropped where subjects are, for the same reason
                    "setting": _names_setting(g.surfaces),
                    # the type a description of the name states, when the rules' type follows it: kept by the
                    # decision layer (`decision.kept_concepts`), which decides only whether to keep the name
                    "described": type_ if g.described == {type_} else None,
                }
            )
        out.sort(key=lambda d: d["mentions"][0][0])
        return out

    def _is_event_edition(self, g: MentionGroup) -> bool:
        """ "SemEval-2023", "VarDial 2024": a shared-task series with a year but
        no task is the event, not its data (guideline: venues and events are
        not datasets); series whose editions are test sets ("WMT 2016") stay. A name with an edition and no task
        ends in the edition's digit: the pattern is tried on such surfaces only (a regex call costs ~1.6k
        instructions; most surfaces end in a letter)."""
        for s in g.surfaces:
            if not s[-1:].isdecimal():  # `\d` is a Unicode decimal digit
                continue
            m = self.res.shared_task_re.fullmatch(s)
            if (
                m
                and m.group("edition")
                and not (m.group("task") or m.group("shared"))
                and m.group("series") not in self.res.edition_series
                and not g.data_next  # "the SemEval 2014 dataset": the edition's data
            ):
                return True
        return False

    def _is_venue_edition(self, surface: str) -> bool:
        """ "LT-EDI-ACL2022", "@FooLangTech-EACL 2031": a workshop joined to a conference venue (subjects.txt) and its
        year, as system-description titles write where they took part, is the event (guideline notes 1, RULINGS R5:
        a workshop or event name alone is no dataset), not a concept of any type (ACL 44k: 456 abstracts write
        "Name-VENUEyear"; 20 papers gave such a name a type, Dataset 8, Method 10, Task 2, Metric 1).

        >>> from paperkg.extract.concepts import _VENUE_EDITION
        >>> _VENUE_EDITION.fullmatch("@Foo-Bar-ACL2031").group("venue"), _VENUE_EDITION.fullmatch("ZED-2031")
        ('ACL', None)
        """
        # the pattern ends in the year's digits: tried only on surfaces that end in a decimal digit, as `\d` is
        # (a regex call costs ~1.6k instructions; ~9 groups an abstract are tested, most end in a letter)
        m = _VENUE_EDITION.fullmatch(surface) if surface[-1:].isdecimal() else None
        if m is None or fold(m.group("venue")) not in self.subjects:
            return False
        # the workshop a listed one (not the cut tail of a task's title: "... in Foo Languages-EACL 2031")
        workshop = m.group("workshop")
        return fold(workshop) in self.subjects or bool(self.res.shared_task_re.fullmatch(workshop))

    def _is_generic(self, g: "MentionGroup", folded: list[str]) -> bool:
        """`folded`: `g.surfaces` folded, in order."""
        return not self.generic.isdisjoint(folded) and not g.long_forms

    def _is_organisation(self, g: "MentionGroup", folded: list[str]) -> bool:
        """ "MBZUAI", "Institute on Foundation Models (IFM)", "Harbin Institute of Technology": a company, lab,
        university or consortium (organisations.txt; a capitalised name headed by University, Institute,
        Laboratory, Academy, Consortium) is no concept (GUIDE-NOTES 1), even with an acronym the paper defines.
        `folded`: `g.surfaces` folded, in order."""
        # loops, not `any`/`all` over a generator: a generator left at its first answer (most names are no
        # organisation) is closed by throwing GeneratorExit into it, ~2k instructions in CPython 3.11
        orgs = self.organisations
        for lf in g.long_forms:
            if fold(lf) in orgs or _ORGANISATION.fullmatch(lf):
                return True
        for s, f in zip(g.surfaces, folded):
            if not (f in orgs or _ORGANISATION.fullmatch(s)):
                return False
        return True

    def _is_special_token(self, g: "MentionGroup") -> bool:
        """ "[CLS]", "a BERT CLS dot product model", "<eos>": a tokenizer's special token (special_tokens.txt)
        is a position of the input, no concept; a paper that defines the letters ("chunk-level sparsity (CLS)")
        keeps its acronym."""
        if g.long_forms:
            return False
        for s in g.surfaces:  # a loop, not `all` over a generator left at its first answer (`_is_organisation`)
            if fold(s.strip("[]<>/| ")) not in self.special_tokens:
                return False
        return True

    def _is_subject(self, g: "MentionGroup", folded: list[str]) -> bool:
        """A platform, disease, language or learner-language label (subjects.txt), or a language's
        code left undefined ("EN and DE"): what a paper is about or draws data from, typed only by
        guesses ("COVID-19 tweets" is no Method). `folded`: `g.surfaces` folded, in order."""
        if not self.subjects.isdisjoint(folded):
            return True
        if names_languages(g) or _names_a_condition(g.long_forms or g.surfaces):
            return True
        if names_a_format(g):
            return True
        # a language's code the paper defines as nothing else and no lexicon lists ("MT", "AR" are)
        return not g.long_forms and "lexicon" not in g.sources and self.language_codes.issuperset(g.surfaces)


def strong_type(cand: Candidate) -> str:
    """The candidate's type when a rule voted for it at least as a name's shape does."""
    if not cand.types:
        return ""
    t, w = max(cand.types.items(), key=itemgetter(1))
    return t if w >= W_SHAPE else ""


#: types a description of the name says outright ("X, a new dataset of ...", "X is a reference-based
#: metric"): where the name's shape guesses another type (an "-Eval" ending), the description wins
DESCRIBED_TYPES: Final = frozenset({"Dataset", "Metric"})


def _contradicts(cand: Candidate, t: str) -> bool:
    """Whether a rule voted the candidate another type than `t` (its shape: "-Eval" says Dataset)."""
    return any(other != t and w > 0 for other, w in cand.types.items())


def _shaped_data(cand: Candidate) -> bool:
    """Whether only the name's shape ("-Eval", "-QA", "-Bench", "-DS") voted the candidate Dataset."""
    return cand.kind == "shape" and set(cand.types) == {"Dataset"}


def context_types(
    lowers: list[str], spans: list[tuple[int, int]], cands: dict
) -> tuple[dict[tuple[int, int], tuple[str, int]], set[tuple[int, int]]]:
    """(type, weight) the surrounding words give each span no lexicon typed ("results on X", "X dataset"),
    and the spans of shaped names the text describes as a technique ("a new evaluation framework, FooEval"):
    their groups are `described` as Method (`group_mentions`)."""
    out: dict[tuple[int, int], tuple[str, int]] = {}
    described_methods: set[tuple[int, int]] = set()
    for s, e in spans:
        cand = cands[(s, e)]
        if not cand.types or max(cand.types.values()) < W_LEXICON:
            ct = ctx.context_type(lowers, s, e)
            if ct in DESCRIBED_TYPES and _contradicts(cand, ct) and ctx.appositive_type(lowers, s, e) == ct:
                out[(s, e)] = (ct, W_SHAPE + 1)  # "GoEval, a multimodal evaluation metric": over the shape's "-Eval"
            elif ct == "Model" and ctx.described_as_software(lowers, s, e):
                out[(s, e)] = (ct, W_SHAPE + 1)  # "FooSpell, an open-source toolkit": released software (R9)
            elif _shaped_data(cand) and ctx.described_as_method(lowers, s, e):
                out[(s, e)] = ("Method", W_SHAPE + 1)  # "a new evaluation framework, FooEval": not data
                described_methods.add((s, e))
            elif ct:
                out[(s, e)] = (ct, W_CONTEXT + (1 if e < len(lowers) and lowers[e] in ctx.DATASET_NEXT else 0))
            elif cand.kind == "shape" and not cand.types and ctx.bracketed_after_data(lowers, s, e):
                out[(s, e)] = (
                    "Dataset",
                    W_CONTEXT,
                )  # "the Twitter dataset (TWT-2023)": not an acronym a long form defines
    return out, described_methods


def team_name(v) -> str:
    """The folded team name of a system-description title ("TeamX at SemEval-2020 Task 12: ..."), or ""."""
    words = v.words[: v.title_end()]
    return fold(" ".join(words[: ctx.team_name_length(words)]))


def propose_windows(v) -> list[tuple[int, int]]:
    """The "we propose ..." window (`context.propose_window`) of each sentence that has one, as token
    ranges of the view, in order: found once per Doc for the two readers below. Only the sentences
    that hold a proposing verb are read (`propose_window` finds nothing in the others): the verbs'
    places come from one scan of the text, not one per sentence."""
    out = []
    sent_of = v.sent_of
    for si in sorted({sent_of[i] for i in v.positions(ctx.PROPOSE_VERBS)}):
        a, b = v.sents[si]
        win = ctx.propose_window(v.lowers[a:b])
        if win:
            out.append((a + win[0], a + win[1]))
    return out


def introduced_spans(
    v, spans: list[tuple[int, int]], cands: dict, windows: list[tuple[int, int]] | None = None
) -> set[tuple[int, int]]:
    """The first span in each "we propose ..." window that is not a known name
    (unless the title's "Name:" names it: a lexicon lists the methods that
    papers introduced, so its own paper proposes it) or a purpose. `spans` are in order (`choose_spans`);
    `windows`: `propose_windows(v)` when the caller has them."""
    lowers = v.lowers
    out: set[tuple[int, int]] = set()
    title_names = {fold(v.span_text(s, e)) for (s, e), c in cands.items() if c.title}
    team = team_name(v)
    for lo, hi in propose_windows(v) if windows is None else windows:
        # the spans that start in the window: `spans` are in order (`choose_spans`), so two bisections find them
        for se in spans[bisect_left(spans, (lo,)) : bisect_left(spans, (hi,))]:
            cand = cands[se]
            if cand.kind == "lexicon" and not cand.lf and fold(v.span_text(*se)) not in title_names:
                continue
            if lowers[se[0] - 1] in ("for", "on", "in", "to") and not cand.lf:
                continue  # "a framework for object instance segmentation": the purpose, not the name
            if team and fold(v.span_text(*se)) == team:
                break  # "we present our system TeamX" in TeamX's system description: the team, not a concept
            out.add(se)
            break
    return out


#: "X, a novel ...": the appositive that says a name is new
_NOVEL: Final = frozenset({"novel", "new"})
#: the kind nouns an appositive name follows ("our corpus X", "two prompting techniques, X and Y"), singular and plural
_APPOSITIVE_KINDS = frozenset().union(*ctx.APPOSITIVE_HEADS.values())
_APPOSITIVE_KINDS |= {h + "s" for h in _APPOSITIVE_KINDS}
#: words between two names of one list ("A, B and C", "A as well as B")
_LIST_WORDS: Final = frozenset({",", "and", "as", "well"})


def _skip_parenthesis(words: list[str], i: int, end: int) -> int:
    """The token after a parenthesis opening at `i` of at most four tokens ("(ACR)"), else `i`."""
    if i < end and words[i] == "(":
        for j in range(i + 1, min(end, i + 6)):
            if words[j] == ")":
                return j + 1
    return i


def listed_with(words: list[str], lowers: list[str], spans: list[tuple[int, int]], first: tuple[int, int], end: int):
    """The spans listed right after `first` ("we propose A (ACR) and B", "dubbed A and B"): each joined
    to the one before by commas, "and" or "as well as" only (one to three such words), a parenthesis
    after a name skipped. Yields spans in order.

    >>> w = "we propose Foo ( F ) and Bar Baz , evaluated on Qux".split()
    >>> list(listed_with(w, [x.lower() for x in w], [(2, 3), (4, 5), (7, 9), (11, 12)], (2, 3), len(w)))
    [(7, 9)]
    """
    by_start = {s: (s, e) for s, e in spans}
    cur = first
    while True:
        i = _skip_parenthesis(words, cur[1], end)
        j = i
        while j < end and j - i < 3 and lowers[j] in _LIST_WORDS:
            j += 1
        if j == i or "and" not in lowers[i:j] and j - i > 1 or j not in by_start or by_start[j][1] > end:
            return
        cur = by_start[j]
        yield cur


def _coined_shape(words: list[str]) -> bool:
    """A name written capitalised or with a capital inside ("Foo", "gFoo"), not a lower-case phrase."""
    return any(map(str.isupper, words[0]))


def further_intro_cues(
    v,
    spans: list[tuple[int, int]],
    cands: dict,
    introduced: set,
    windows: list[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], str]:
    """Spans a weaker cue marks as the paper's own, by cue (the decision layer weighs each):

    - "listed": a name listed with the contribution a "we propose" window or a naming verb
      gives ("we propose A and B", "dubbed A and B"), not a known (lexicon) name;
    - "novel": a name followed by the appositive "X, a novel / new ..." ("Foo, a novel
      decoding method");
    - "apposed": in a "we propose" sentence, a name after "namely" or set after its kind
      ("we propose a ... network, namely Foo", "two prompting techniques, Foo and Bar");
    - "our": a name after "our" and its kind ("our corpus Foo", "our model, dubbed Foo");
    - "means": the title's run naming the technique the work is built on ("Foo Bar Decoding
      for Task", "Task via Foo Bar Decoding"; `rules.means_runs`).

    `windows`: `propose_windows(v)` when the caller has them."""
    words, lowers = v.words, v.lowers
    out: dict[tuple[int, int], str] = {}
    title_end = v.title_end()
    # a system description's team is no contribution where the abstract names it either ("our system TeamX")
    team = team_name(v)
    known = {
        se
        for se in spans
        if cands[se].kind == "lexicon" and not cands[se].lf or team and fold(v.span_text(*se)) == team
    }
    for s, e in spans:
        if (s, e) in known or words[s][:1].islower() and not any(map(str.isupper, words[s])):
            continue  # a coined name is written capitalised or with a capital inside
        if s > 0 and lowers[s - 1] in ctx.CLAUSE_OPENERS:
            continue  # "In Foo, a novel metric is proposed": Foo is the setting, not what is new
        k = _skip_parenthesis(words, e, len(words))
        if lowers[k : k + 2] in ([",", "a"], [",", "an"]) and k + 2 < len(lowers) and lowers[k + 2] in _NOVEL:
            out.setdefault((s, e), "novel")
    heads = _APPOSITIVE_KINDS
    windows = propose_windows(v) if windows is None else windows
    for s, e in spans:
        if (s, e) in known or (s, e) in introduced or not _coined_shape(words[s:e]):
            continue
        k = s - 1 if s > 0 and lowers[s - 1] in ctx.NAMING_CUES else s
        k = k - 1 if k > 0 and lowers[k - 1] == "," else k
        prev = lowers[k - 1] if k > 0 else ""
        if cands[(s, e)].named and not (prev in heads and "our" in lowers[max(0, k - 4) : k - 1]):
            continue
        # the word tests first: the windows' generator only for a span they pass (a few a text)
        if (lowers[s - 1] == "namely" or k < s and prev in heads) and any(lo <= s < hi for lo, hi in windows):
            out.setdefault((s, e), "apposed")  # "we propose a ... network, namely X" / "... techniques, X and Y"
        elif prev in heads and "our" in lowers[max(0, k - 4) : k - 1]:
            out.setdefault((s, e), "our")  # "our corpus X", "our proof-of-concept implementation, X"
    for se in spans:
        if se in introduced or cands[se].named or out.get(se) == "apposed":
            sent_end = v.sents[v.sent_of[se[0]]][1]
            for other in listed_with(words, lowers, spans, se, sent_end):
                if other not in known and not cands[other].named and other not in introduced:
                    out.setdefault(other, "listed")
    runs = set(title_means_runs(tuple(words[:title_end]), tuple(lowers[:title_end])))
    for se in spans:
        if se in runs and se not in known and cands[se].top_type() in ("", "Method"):
            out.setdefault(se, "means")
    return out


def share_list_types(
    lowers: list[str], spans: list[tuple[int, int]], cands: dict, ctx_types: dict, introduced: set
) -> None:
    """In "A, B and C", untyped members take the one type the typed members agree on (weakly)."""
    for group in ctx.coordinated_groups(lowers, spans):
        members = [spans[i] for i in group]
        known = [t for t in ((ctx_types.get(m) or ("",))[0] or strong_type(cands[m]) for m in members) if t]
        if known and len(set(known)) == 1:
            for m in members:
                cand = cands[m]
                if cand.title or cand.named or m in introduced:
                    continue
                if m not in ctx_types and not strong_type(cand):
                    ctx_types[m] = (known[0], W_DEFAULT)


@dataclass
class MentionGroup:
    """The mentions of one concept, with the evidence of all of them."""

    surfaces: list[str] = field(default_factory=list)
    #: the spellings among `surfaces` a mention stands for without writing them ("accuracy" of "accuracy score")
    implied: list[str] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)
    mentions: list[list[int]] = field(default_factory=list)
    introduced: bool = False
    #: why the rules call it the paper's own: "title" (the title's "Name:"), "named" ("called X"), "propose"
    intro_cues: set[str] = field(default_factory=set)
    long_forms: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    #: a mention is followed by a data word ("X dataset", "X test set")
    data_next: bool = False
    #: how many mentions a data word follows, and how many a file-format word ("X files", "in X format")
    data_after: int = 0
    format_after: int = 0
    #: a mention signs a shared-task team ("our team X", "the X team", "X's submission")
    team: bool = False
    #: the type votes lexicon entries gave its mentions, and those entries' names
    lexicon_types: dict[str, int] = field(default_factory=dict)
    lexicon_names: set[str] = field(default_factory=set)
    #: a lexicon entry matched its long form (the lexicon knows the paper's long form)
    lexicon_long: bool = False
    #: what a description right after a mention says the name is, of the types a description states
    #: outright (DESCRIBED_TYPES: "X, a reference-free metric", "X is a corpus of ...")
    described: set[str] = field(default_factory=set)


def group_mentions(
    v,
    spans: list[tuple[int, int]],
    cands: dict,
    short_to_long: dict[str, str],
    ctx_types: dict,
    introduced: set,
    more_cues: dict[tuple[int, int], str] | None = None,
    lexicon: dict[tuple[int, int], tuple[str, str]] | None = None,
    described_methods: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> dict[str, MentionGroup]:
    """Mentions of one concept (same folded spelling, acronym and long form,
    lexicon canonical name) in one group, their type votes summed (`own_sense_types`).
    `described_methods`: the spans `context_types` found described as a technique."""
    uf = _UnionFind()
    mentions = _keyed_mentions(v, spans, cands, short_to_long, uf)
    _join_widened_acronyms(uf, {m[3] for m in mentions}, short_to_long)
    _join_spelled_out(uf, mentions, short_to_long)
    _join_aliases(uf, mentions)
    groups: dict[str, MentionGroup] = {}
    # the view's lists read once, and each mention's characters cut here (`TokenView.char_range`'s sum): per
    # mention, no method call and no tuple made to be copied into a list
    idx, words, lowers = v.idx, v.words, v.lowers
    teams = not ctx.TEAM_CUES.isdisjoint(v.lower_set)  # most texts have no word a team is found by
    aliases: list[tuple[MentionGroup, str]] = []
    for s, e, text, key, cand in mentions:
        root = uf.find(key)
        g = groups.get(root)
        if g is None:  # not setdefault: that would build a MentionGroup for every mention
            g = groups[root] = MentionGroup()
        if text not in g.surfaces:
            g.surfaces.append(text)
        if cand.alias:
            aliases.append((g, cand.alias))
        _add_votes(g, text, cand, ctx_types.get((s, e)))
        g.mentions.append([idx[s], idx[e - 1] + len(words[e - 1])])
        _add_surroundings(g, words, lowers, s, e, teams, (s, e) in described_methods)
        _add_introduction(g, cand, (s, e) in introduced, more_cues.get((s, e)) if more_cues else None)
        if lexicon and (s, e) in lexicon:
            _add_lexicon(g, cand, *lexicon[(s, e)])
    # another spelling a mention stands for ("accuracy" of "accuracy score") after every spelling the text writes:
    # the name is one the text writes (`pick_name` takes the first), the alias is kept
    for g, alias in aliases:
        if alias not in g.surfaces:
            g.surfaces.append(alias)
            g.implied.append(alias)
    return groups


def _keyed_mentions(
    v, spans: list[tuple[int, int]], cands: dict, short_to_long: dict[str, str], uf: _UnionFind
) -> list[tuple[int, int, str, str, Candidate]]:
    """Each chosen span with its text and folded key, the key joined in `uf` to its long form (an acronym the text
    defines) or else to its lexicon canonical name: the first joins of `group_mentions`, before the ones that need
    every key. A span whose text folds to nothing is no mention."""
    mentions = []
    for s, e in spans:
        cand = cands[(s, e)]
        text = cand.name or v.span_text(s, e)
        key = fold(text)
        if not key:
            continue
        uf.find(key)
        if key in short_to_long:
            uf.union(key, fold(short_to_long[key]))
        elif cand.canonical and fold(cand.canonical) not in short_to_long:
            uf.union(key, fold(cand.canonical))
        mentions.append((s, e, text, key, cand))
    return mentions


def _add_votes(g: MentionGroup, text: str, cand: Candidate, context_vote: tuple[str, int] | None) -> None:
    """A mention's own evidence into its group: its kind of source, long-form flag and type votes, then the vote
    its context gives (`context_types`), summed over the group's mentions."""
    if cand.lf:
        g.long_forms.add(text)
    g.sources.add(cand.kind)
    for t, w in cand.types.items():
        g.types[t] = g.types.get(t, 0) + w
    if context_vote is not None:
        ct, w = context_vote
        g.types[ct] = g.types.get(ct, 0) + w


def _add_surroundings(
    g: MentionGroup, words: list[str], lowers: list[str], s: int, e: int, teams: bool, described_method: bool
) -> None:
    """What the words around a mention say about it, into its group: a data noun or a format right after it, a
    team's cue, and a description that says what it is (an appositive type, a technique `context_types` found
    described, an announced task)."""
    data = data_word_after(lowers, e)
    # "the SemEval 2014 and Foo datasets": an item of a list a data noun closes (the event test only)
    g.data_next = g.data_next or data or listed_before_data(words, e)
    g.data_after += data
    g.format_after += e < len(lowers) and lowers[e] in FORMAT_NEXT
    g.team = g.team or (teams and ctx.is_team_mention(lowers, s, e))
    said = ctx.appositive_type(lowers, s, e)
    if said in DESCRIBED_TYPES or (said == "Model" and ctx.described_as_software(lowers, s, e)):
        g.described.add(said)
    elif described_method:
        g.described.add("Method")  # a shaped name the text calls a technique (`context_types`)
    elif ctx.announced_task(lowers, s):
        g.described.add("Task")  # "an important task: X" says what X is, as "X, a new dataset" does


def _add_introduction(g: MentionGroup, cand: Candidate, proposed: bool, more_cue: str | None) -> None:
    """A mention the paper introduces (in its title, named, or proposed) makes its group a contribution, a method
    unless strong cues already say otherwise; the cues are kept for the decision layer, with the further cue
    `further_intro_cues` found for the mention."""
    if cand.title or cand.named or proposed:
        if not g.intro_cues & ctx.STRONG_CUES:
            g.types["Method"] = (
                g.types.get("Method", 0) + W_DEFAULT
            )  # a contribution is a method unless cues say otherwise
        g.introduced = True
        g.intro_cues.update(c for c, on in (("title", cand.title), ("named", cand.named), ("propose", proposed)) if on)
    if more_cue is not None:
        # evidence for the decision layer, not a flag: set alone, the rules' flag would also move its
        # type and keep/drop decisions (dev.jsonl overall F1 fell 0.802 -> 0.799 when it did)
        g.intro_cues.add(more_cue)


def _add_lexicon(g: MentionGroup, cand: Candidate, t: str, canonical: str) -> None:
    """A mention a lexicon names: its type and canonical name into the group where the candidate's own vote for
    that type is the lexicon's (not one a context rule overrode), and whether a long form was matched."""
    if cand.types.get(t, 0) >= W_LEXICON:
        g.lexicon_types[t] = g.lexicon_types.get(t, 0) + W_LEXICON
        g.lexicon_names.add(canonical)
    g.lexicon_long = g.lexicon_long or bool(cand.lf)


def entry_long_forms(entries) -> dict[str, frozenset[str]]:
    """{folded entry name: the folded long forms the entry lists}: its spellings of two words or more without a
    word in capitals ("mean absolute error" of MAE, not "NL-to-SQL" of NL2SQL); entries that list none are left out."""
    out: dict[str, set[str]] = {}
    for e in entries:
        for n in (e.name, *e.aliases):
            if len(n.split()) >= 2 and not any(w.isupper() and len(w) > 1 for w in re.split(r"[\s-]+", n)):
                out.setdefault(fold(e.name), set()).add(fold(n))
    return {k: frozenset(v) for k, v in out.items()}


#: last words of a long form that name a procedure: "Zorb-Aware Rejection Tuning", "Dual Prompt Tuning" (not
#: "framework", "network" or "pipeline", which a benchmark or a model may also be called: "an evaluation framework")
TECHNIQUE_HEADS = frozenset({"tuning", "training", "learning", "optimization", "optimisation", "algorithm", "method"})


def proposed_technique(g: MentionGroup) -> bool:
    """The paper proposes the acronym as a technique of its own: it introduces it, and every long form it writes
    ends in a procedure word (`TECHNIQUE_HEADS`), while the lexicon entry of that acronym is no Method. Then the
    entry is another sense, even if it lists no long form: "we propose Difficulty-Aware Rejection Tuning (DART)"
    beside the data-to-text dataset DART, "Dual Prompt Tuning (DPT)" beside the DPT model, "meta prompt tuning
    (MPT)" beside the MPT model.

    >>> g = MentionGroup(surfaces=["Zorb-Aware Frob Tuning", "ZAFT"], types={"Dataset": 8, "Method": 6}, introduced=True,
    ...                  long_forms={"Zorb-Aware Frob Tuning"}, lexicon_types={"Dataset": 8}, lexicon_names={"ZAFT"})
    >>> proposed_technique(g), proposed_technique(replace(g, introduced=False))
    (True, False)
    >>> proposed_technique(replace(g, lexicon_types={"Method": 8})), proposed_technique(replace(g, long_forms={"Zorb Frob Framework"}))
    (False, False)
    """
    if not (g.introduced and g.long_forms) or "Method" in g.lexicon_types:
        return False
    return all(re.split(r"[\s-]+", lf.strip())[-1].casefold() in TECHNIQUE_HEADS for lf in g.long_forms)


def own_sense_types(g: MentionGroup, listed: dict[str, frozenset[str]]) -> None:
    """An acronym the paper defines by a long form other than the one its lexicon entry lists is another sense:
    the entry's type votes leave it ("movement action events (MAEs)" are no mean absolute error, "zorb frob
    tuning (ZFT)" no ZFT listed as "zero frame transfer"). Kept: a long form the lexicon matched itself
    ("simultaneous translation (ST)" a spelling of the entry it types), an entry that lists no long form (the
    paper may be its origin: ERNIE, CoS-E) unless the paper proposes the acronym as a technique of its own
    (`proposed_technique`: "Difficulty-Aware Rejection Tuning (DART)" is no DART dataset), and a group no other vote types.

    >>> g = MentionGroup(surfaces=["zorb frob tuning", "ZFT"], types={"Dataset": 8, "Method": 6},
    ...                  long_forms={"zorb frob tuning"}, lexicon_types={"Dataset": 8}, lexicon_names={"ZFT"})
    >>> own_sense_types(g, {"zft": frozenset({"zeroframetransfer"})}); g.types
    {'Method': 6}
    >>> g = MentionGroup(surfaces=["zorb frob tuning", "ZFT"], types={"Dataset": 8, "Method": 6},
    ...                  long_forms={"zorb frob tuning"}, lexicon_types={"Dataset": 8}, lexicon_names={"ZFT"})
    >>> own_sense_types(g, {}); g.types
    {'Dataset': 8, 'Method': 6}
    >>> g.introduced = True; own_sense_types(g, {}); g.types  # the paper proposes its own "... Tuning (ZFT)"
    {'Method': 6}
    """
    if not (g.long_forms and g.lexicon_types) or g.lexicon_long:
        return
    forms = [listed.get(fold(n)) for n in g.lexicon_names]
    if not all(forms) and not proposed_technique(g):
        return  # an entry that lists no long form
    if {fold(lf) for lf in g.long_forms} & set().union(*(f for f in forms if f)):
        return
    rest = {t: w - g.lexicon_types.get(t, 0) for t, w in g.types.items()}
    rest = {t: w for t, w in rest.items() if w > 0}
    if rest:
        g.types = rest


#: a subtitle that says the paper surveys its title's subject ("X: A Survey of ...", "X: A Critical Review",
#: "X: Current Trends and the Future"), not a "Review Dataset" or "Review Generation"
_SURVEY_SUBTITLE = re.compile(
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?(?:survey|review|overview|tutorial|primer)s?"
    r"(?:\s*$|\s*[,.;:?!]|\s+(?:of|on|and|from|towards?|for|in|with)\b)"
    r"|(?:current|recent|emerging)\s+trends\b",
    re.IGNORECASE,
)
#: "TAQEEM 2025: Overview of the First Shared Task ...": the organisers' paper, whose task is its own
_TASK_OVERVIEW = re.compile(r"overview\b.*\b(?:shared\s+tasks?|tasks?|tracks?|challenge|competition)\b", re.IGNORECASE)
#: a title name the field writes in lower case in at least this many papers is one of its terms
#: (at 5, a coinage a few later papers wrote in lower case counted: "Mask-Predict", 6 papers)
DESCRIPTIVE_MIN_DF = 50


def is_survey_subtitle(subtitle: str) -> bool:
    """The part after a title's colon says the paper surveys the subject before it.

    >>> [is_survey_subtitle(s) for s in ("A Survey of Methods", "Current Trends and the Future",
    ...                                   "A Chinese Review Dataset", "Overview of the Shared Task on X")]
    [True, True, False, False]
    """
    subtitle = subtitle.strip()
    return bool(_SURVEY_SUBTITLE.match(subtitle)) and not _TASK_OVERVIEW.match(subtitle)


def is_descriptive_term(name: str, stats=None) -> bool:
    """`name` is a descriptive term of the field, not a coinage: ordinary words (letters only, no
    capital inside a word, no one-letter part: "P-Tuning", "RAT-SQL", "Sentence-BERT" are coined) that
    many papers of the field (phrase statistics) write in lower case more often than capitalised
    and type as a term (`proposals.is_term`: "the X method", "using X"): a coinage spelt as a
    common word ("Mirror: A Universal Framework ...", "Perspective: ...") is no term of the field.

    >>> from paperkg.extract.phrase_stats import PhraseStats
    >>> st = PhraseStats(90, 120, 100, 0, 20, 0, 0, 0, 0, 30, 10, 0, 0, 0, 0, "gated echo pooling")
    >>> [is_descriptive_term(n, {"gated echo pooling": st}) for n in ("Gated Echo Pooling", "P-Tuning", "EchoPool")]
    [True, False, False]
    """
    parts = [w for w in re.split(r"[\s\-‐–]+", name) if w]
    if not parts or not all(w.isalpha() and len(w) > 1 and w[1:].islower() for w in parts):
        return False
    st = (load_phrase_stats() if stats is None else stats).get(phrase_key(name.split()))
    return st is not None and st.df >= DESCRIPTIVE_MIN_DF and st.mostly_lower and is_term(st)


def drop_descriptive_titles(groups: dict[str, MentionGroup], title_name: str, subtitle: list[str], stats=None):
    """A title's "Name:" is the paper's own contribution unless it names a subject the paper surveys
    ("Vision-Language Pretraining: Current Trends and the Future") or a descriptive field term the
    paper uses ("Self-Attention: A Better Building Block for ..."; a coined "P-Tuning:" grouped under
    the field's "prompt tuning"): then the title alone proposes nothing; "we propose X" or "called X"
    still do (a concept with those cues keeps its flag)."""
    own = [g for g in groups.values() if "title" in g.intro_cues and not g.intro_cues & {"named", "propose"}]
    if not own:
        return
    survey = is_survey_subtitle(" ".join(subtitle))
    for g in own:
        if (
            survey
            or is_descriptive_term(title_name, stats)
            or is_descriptive_term(pick_name(g.surfaces, g.long_forms), stats)
        ):
            g.introduced = False
            g.intro_cues.clear()


#: words that open a task compound and say how the problem is learned or solved, not which it is
TASK_MANNER: Final = frozenset(rule_words("TASK_MANNER"))


def trim_task_manner(cands: dict[tuple[int, int], Candidate], words: list[str], lowers: list[str]) -> None:
    """A task compound opened by a word for its supervision, joint model or learning ("supervised ATE",
    "Joint POS Tagging", "learning internal NMT"; acl-dev 7 such Tasks in 7 papers, none gold, and 3
    fresh33 rows judged wrong) names the problem without that word; with one lower-case word left
    ("supervised classification", "joint modeling") it names no problem. Acronym long forms, lexicon
    names and coined names keep their words."""
    for (s, e), cand in list(cands.items()):
        if e - s < 2 or lowers[s] not in TASK_MANNER or cand.top_type() != "Task":
            continue
        trim_opening_word(cands, s, e, cand, words)


def trim_opening_word(
    cands: dict[tuple[int, int], Candidate], s: int, e: int, cand: Candidate, words: list[str]
) -> None:
    """The candidate at (s, e) without its first word (`trim_task_manner`, `trim_system_make`); a name the paper
    or the lexicon gives whole (acronym long form, lexicon or coined name, title) keeps its words, and one
    lower-case word left names nothing."""
    if cand.lf or cand.canonical or cand.name or cand.title or cand.named:
        return
    del cands[(s, e)]
    if e - s == 2 and words[s + 1].islower():
        return
    merge(cands, replace(cand, start=s + 1, end=e), words)


#: words that open a task compound before a system noun and say how the system is built, and those nouns
SYSTEM_MAKE: Final = frozenset(rule_words("SYSTEM_MAKE"))
SYSTEM_NOUNS: Final = frozenset(rule_words("SYSTEM_NOUNS"))


def trim_system_make(cands: dict[tuple[int, int], Candidate], words: list[str], lowers: list[str]) -> None:
    """A task compound right before a system noun and opened by a word for how that system is built ("a
    probabilistic frob resolution system", "a pipeline QA system", "language-independent parsing methods")
    names the problem without that word: the system is probabilistic, the problem is frob resolution.
    acl-dev: 7 such Tasks in 7 papers, none gold as written, 6 gold without the word. With one lower-case
    word left ("a linear classification model") no problem is named. Acronym long forms, lexicon names
    ("automatic speech recognition") and coined names keep their words."""
    for (s, e), cand in list(cands.items()):
        if e - s < 2 or e >= len(lowers) or lowers[s] not in SYSTEM_MAKE or lowers[e] not in SYSTEM_NOUNS:
            continue
        if cand.top_type() == "Task":
            trim_opening_word(cands, s, e, cand, words)


#: head nouns of a technique's or a problem's name that a name can stand before as part of it ("COMET-MBR
#: decoding", "MAP inference", "NLG evaluation"): the technique and task heads and EXTENSION_HEADS
_MORE_HEADS: Final = frozenset(rule_words("EXTENSION_HEADS"))
EXTENSION_HEADS: Final = ctx.METHOD_HEADS | ctx.TASK_HEADS | ctx.HEAD_TYPES["Task"] | _MORE_HEADS


#: a mapping written as one word ("grapheme-to-phoneme", "AMR-to-English"), which modifies a task's head
_MAPPING: Final = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-to-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


#: what splits a coined word into its name's parts ("COMET-MBR", "comet mbr")
_SPACE_OR_HYPHEN_RUN: Final = re.compile(r"[\s-]+")
#: what a text may write between two parts of a name (any run of spaces or hyphens, or none)
_SPACES_OR_HYPHENS: Final = re.compile(r"[\s-]*")
#: the spaces between a name and its head noun
_SPACES: Final = re.compile(r"\s+")


def _parts_end(parts: list[str], text: str, at: int) -> int:
    """Where the parts of a name written from `at` end (any run of spaces or hyphens between them, none after the
    last), or -1."""
    if continues_name(text, at - 1):
        return -1
    end = at + len(parts[0])
    for part in parts[1:]:
        end = _SPACES_OR_HYPHENS.match(text, end).end()
        if not text.startswith(part, end):
            return -1
        end += len(part)
    return -1 if continues_name(text, end) else end


def always_before_head(parts: list[str], head: str, text: str) -> bool:
    """Whether every place `text` writes the name of `parts` (any spaces or hyphens between its parts, from a
    word's edge to a word's edge) is followed by `head` after a space, reading left to right past each place and
    its head. String search and fixed patterns: a pattern built from each name is compiled on each call and churns
    `re`'s cache.

    >>> always_before_head(["comet", "mbr"], "decoding", "we use comet-mbr decoding; comet mbr decoding helps")
    True
    >>> always_before_head(["map"], "inference", "map inference beats map")
    False
    """
    at = text.find(parts[0])
    while at >= 0:
        end = _parts_end(parts, text, at)
        if end < 0:
            at = text.find(parts[0], at + 1)
            continue
        space = _SPACES.match(text, end)
        after = space.end() + len(head) if space and text.startswith(head, space.end()) else -1
        if after < 0 or continues_name(text, after):
            return False
        at = text.find(parts[0], after)
    return True


def extend_to_head(cands: dict[tuple[int, int], Candidate], v: TokenView) -> None:
    """A coined one-word name (an acronym, "COMET-MBR", "HiPPO") or a one-word mapping ("speech-to-text") that
    the paper writes, every time, right before one and the same head noun ("we use COMET-MBR decoding", "MAP
    inference", "NLG evaluation", "grapheme-to-phoneme prediction") is named with that noun: the paper never says
    it alone, and alone it names what the technique or task acts on. Adds the longer span (which `choose_spans`
    prefers) with the candidate's votes, for a technique or task candidate or one not yet typed; not where the
    noun is a word of another candidate or the first half of a hyphenated word ("BM25 retrieval-based"). Every
    spelling counts, hyphen or space between the parts. A known (lexicon) acronym takes a technique head or
    EXTENSION_HEADS only ("MBR reranking", "MT evaluation"; not "QA retrieval", as `rules.acronym_task_compounds`,
    which proposes a coined acronym's task compound said once). Ordinary words before such a noun are left: on 2,000
    ACL abstracts about half of those changes were wrong ("Transformer translation architectures", "Reading
    comprehension QA tasks", "sentiment analysis evaluation"); see benchmarks/results/method_task_stop42.md."""
    lowers, n = v.lowers, len(v.lowers)
    text = ""
    for (s, e), cand in list(cands.items()):
        if e - s != 1 or e >= n or lowers[e] not in EXTENSION_HEADS or (s, e + 1) in cands:
            continue
        head, word = lowers[e], v.words[s]
        if cand.top_type() not in ("Method", "Task", "") or not (is_name_shape(word) or _MAPPING.fullmatch(word)):
            continue
        if e + 1 < n and lowers[e + 1] == "-" or s > 0 and lowers[s - 1] in CONTRAST_WORDS:
            continue  # "BM25 retrieval-based"; "ZQE versus QZX detection": the head is the pair's, as in rules.py
        known = cand.kind in ("lexicon", "model") and not _MAPPING.fullmatch(word)
        if known and head not in ctx.METHOD_HEADS and head not in _MORE_HEADS:
            continue  # a known acronym before a task head is a name of its own ("QA retrieval"), as in rules.py
        if any(a <= e < b and (a, b) != (e, e + 1) for a, b in cands):
            continue  # the noun is a word of another name
        parts = [p for p in _SPACE_OR_HYPHEN_RUN.split(word.lower()) if p]
        text = text or v.text.lower()
        if parts and always_before_head(parts, head, text):
            cands[(s, e + 1)] = replace(
                cand, end=e + 1, canonical=None, lf=False, name=None, alias=None, types=dict(cand.types)
            )


#: nouns that open a meeting's name before "on" / "for"
EVENT_NOUNS: Final = frozenset(rule_words("EVENT_NOUNS"))


def drop_event_names(
    cands: dict[tuple[int, int], Candidate], words: list[str], lowers: list[str], at: list[int] | None = None
) -> None:
    """A name inside a meeting's name ("the Eighth Conference on Machine Translation", "the Workshop on Asian
    Translation") is the event's, not a concept the paper names (GUIDE-NOTES 1: venues are not entities): no
    candidate lies in the capitalised words after "Conference / Workshop / Symposium on|for". ACL 44k: 200 such
    names, most of them with a task's words (Conference on Machine Translation 44, Spoken Language Translation 11,
    Workshop on Argument Mining 7); acl-dev and fresh33/34: "Machine Translation" typed Task from the WMT
    event's long name in 3 papers, none a concept. A concept also named outside the event keeps those mentions.

    >>> words = "at the Conference on Machine Translation ( WMT ) on machine translation".split()
    >>> cands = {(4, 6): None, (11, 13): None}
    >>> drop_event_names(cands, words, [w.lower() for w in words]); sorted(cands)
    [(11, 13)]

    `at`: the tokens whose lower-cased word is one of `EVENT_NOUNS` (`TokenView.positions`), when the caller
    has them: most texts have none, and no step is taken per token.
    """
    for k in range(len(lowers) - 2) if at is None else at:
        if k >= len(lowers) - 2:
            break
        if lowers[k] not in EVENT_NOUNS or lowers[k + 1] not in ("on", "for") or not words[k][:1].isupper():
            continue
        end = k + 2
        while end < len(words) and (words[end][:1].isupper() or (lowers[end] in ("and", "of", "-") and end > k + 2)):
            end += 1
        if end == k + 2:
            continue
        for s, e in [se for se in cands if k + 2 <= se[0] and se[1] <= end]:
            del cands[(s, e)]


def group_type(g: MentionGroup) -> str:
    """The type an entity gets from its group's votes (`ConceptAssembler.entities`); a shaped name the
    text calls a technique ("a new framework, FooEval") is one however often its shape voted Dataset, and one
    it calls software ("FooEval, an open-source evaluation toolkit") a Model, and one it calls a metric or
    measure ("we propose FooEval, a novel measure that ...") a Metric, however often the shape voted in its
    other mentions (issue 15: seed PerSEval "a novel measure"; ACL 44k ACUEval and InterleavedEval "a ...
    metric" typed Dataset, RePASs "a reference-free and model-based metric" typed Method).

    >>> g = MentionGroup(surfaces=["ZorbEval"], types={"Dataset": 18, "Metric": 4}, described={"Metric"})
    >>> group_type(g), group_type(replace(g, described=set())), group_type(replace(g, lexicon_types={"Dataset": 8}))
    ('Metric', 'Dataset', 'Dataset')
    """
    if g.described == {"Method"} and not g.lexicon_types:
        return "Method"
    if g.described == {"Model"} and not g.lexicon_types:
        return "Model"
    if g.described == {"Metric"} and not g.lexicon_types:
        return "Metric"
    types = g.types
    if len(types) == 1:  # most groups: one type voted, no `max` with a key function per type
        for t in types:
            return t
    return max(types.items(), key=lambda kv: (kv[1], kv[0] == "Method"))[0] if types else "Method"


_SPACES_AND_HYPHENS = re.compile(r"[\s\-\u2010-\u2015]+")


def _spelling(text: str) -> str:
    """Lower case, hyphens and spaces as one space: "Reading Order-Detection" -> "reading order detection".
    ASCII (most names) by `str.replace` and `str.split` (which splits at what the regex's `\\s` matches), a
    third of the regex's cost (`drop_nested_tasks` spells every Task and Method surface); other text by the regex."""
    low = text.lower()
    if low.isascii():
        return " ".join((low.replace("-", " ") if "-" in low else low).split())
    return _SPACES_AND_HYPHENS.sub(" ", low).strip()


def drop_nested_tasks(groups: dict[str, MentionGroup], text: str, types: dict[str, str]) -> None:
    """A task or technique whose every mention is the last words of a longer one of its type the paper
    names ("frob detection" only inside "Quux Frob Detection", "Transformer" only inside "Quux
    Transformer") is no second entity: the general name counts only where the text names it on its own
    (RULINGS R10). On acl-dev and dev.jsonl, 7 of 8 such tasks (7 papers) were no gold entity: a known
    task read inside a title's compound ("Sequential Sentence Classification", "Bangla Text
    Classification", "Reading Order Detection", "complex visual reasoning"). Techniques (stop 37): the
    one such Method on acl-dev was no gold entity ("boosted regression tree ensembles" inside "gradient
    ..."), and the fresh samples judged two such as pieces of a longer name ("Self-Attention" only in
    "Multi-Head Self Attention", "Transformer" only in "Insertion Transformer"). `types`: each group's
    `group_type` by its key."""
    for type_ in ("Task", "Method"):
        _drop_nested(groups, text, [g for k, g in groups.items() if types[k] == type_])


def _drop_nested(groups: dict[str, MentionGroup], text: str, of_type: list[MentionGroup]) -> None:
    """`drop_nested_tasks` for the groups of one type."""
    if len(of_type) < 2:
        return  # no other concept to be nested in (most abstracts)
    # only a spelling of two words or more can end with another name (`_ends_a_longer_name`)
    longer: dict[int, list[str]] = {}  # loops, not a dict comprehension of list comprehensions
    for g in of_type:
        spellings = []
        for s in g.surfaces:
            sp = _spelling(s)
            if " " in sp:
                spellings.append(sp)
        longer[id(g)] = spellings
    if not any(longer.values()):
        return  # no name of the type of two words or more
    # the last words of each such spelling and whose they are: a name is nested only if its first mention is
    # the last words of another's (most names are not, and no list of the others' spellings is made for them)
    tails: dict[str, set[int]] = {}
    for i, spellings in longer.items():
        for o in spellings:
            words = o.split(" ")
            for j in range(1, len(words)):
                tails.setdefault(" ".join(words[j:]), set()).add(i)
    for g in of_type:
        if not g.mentions:
            continue
        first = _spelling(text[g.mentions[0][0] : g.mentions[0][1]])
        if not tails.get(first, set()) - {id(g)}:
            continue  # its first mention is the last words of no other name of the type
        others = [s for h in of_type if h is not g for s in longer[id(h)]]
        if others and all(_ends_a_longer_name(text, s, e, others) for s, e in g.mentions):
            for k in [k for k, h in groups.items() if h is g]:
                del groups[k]


_BRACKETS: Final = frozenset("()[]{}")


def balanced_brackets(name: str) -> bool:
    """Whether every bracket the name opens it closes, and none it closes was opened in it. A name
    cut across a bracket is debris of the text around a name, not a name: "SEK(Self-Explained
    Keywords" (an acronym glued to its long form's bracket), "(LSTM)-Recurrent Neural Network" cut
    after its acronym, "SEM-TAB-FACT)(CITATION" (a task's name and a citation placeholder); on
    acl-dev and dev.jsonl such names came from 3 papers, none an annotated concept.

    >>> balanced_brackets("FooNet (v2)"), balanced_brackets("FROB(Frobbing Over Bars"), balanced_brackets("GRU)-Net")
    (True, False, False)
    """
    if _BRACKETS.isdisjoint(name):
        return True  # most names: no bracket, no step per character
    depth = 0
    for ch in name:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


#: what may follow a translation direction in a task's name ("Frobish-to-English translation")
_DIRECTION_TAIL: Final = re.compile(r"[\s-]*(?:machine\s+)?translations?", re.IGNORECASE)
#: the word every `_DIRECTION_TAIL` holds, under the same flags (a name without it is no direction)
_TRANSLATION: Final = re.compile("translation", re.IGNORECASE)


def is_translation_direction(name: str) -> bool:
    """ "Chinese-to-English translation", "English-Basque translation": a language pair and "translation",
    which says in which direction a paper translates (its data), not which problem it solves (the
    problem is machine translation; languages are no entities, GUIDE-NOTES 1).

    >>> is_translation_direction("German-to-English translation"), is_translation_direction("speech translation")
    (True, False)
    """
    if not _TRANSLATION.search(name):
        return False  # no "translation" for the tail to end in: the pair pattern (every language) is not tried
    pairs = pair_mentions(name)
    return bool(pairs) and pairs[0][0] == 0 and bool(_DIRECTION_TAIL.fullmatch(name[pairs[0][1] :]))


def drop_translation_directions(groups: dict[str, MentionGroup], types: dict[str, str]) -> None:
    """No Task is named only by a translation direction ("Chinese-to-English translation", acl-dev: 3
    papers, none a gold task; its data stays with the results' language pair). `types`: each group's
    `group_type` by its key."""
    for k in [k for k, g in groups.items() if types[k] == "Task" and all(map(is_translation_direction, g.surfaces))]:
        del groups[k]


NAMED_TASK_PARTS: Final = frozenset(rule_words("NAMED_TASK_PARTS"))
#: words right after an edition that make it a test set's name ("IWSLT test 2015", "WMT'20 En-De test set")
_EDITION_DATA_NEXT = frozenset(rule_words("EDITION_DATA_NEXT"))


def drop_events_of_named_tasks(
    groups: dict[str, MentionGroup],
    types: dict[str, str],
    shared_task_re,
    text: str = "",
    subjects: frozenset[str] = frozenset(),
) -> None:
    """A shared-task series, alone or with its edition ("WMT24", "IWSLT 2022", "BioASQ", "PARSEME"), is no Dataset
    of its own when the paper names one of the event's tasks by a longer Dataset name that begins with it and has a
    task's word ("WMT24 General Machine Translation Task", "BioASQ task 5c", "PARSEME Shared Task 1.1"): the task's
    name names the data, the event alone is no second name (RULINGS, shared tasks with a long name; R5). With one
    such task its mentions are the task's ("the CASE 2031 participants reach 80 F1" reports on the task); with
    several the event is dropped. An edition that names a test set stays ("the Foo 2031 dataset": `data_next`;
    "Foo test 2015", "Foo'20 En-De test set": a test word or a language pair right after a mention). Stop 48:
    acl-dev and the fresh sets had 7 such bare events beside their task's name, none annotated.

    >>> import re
    >>> pat = re.compile(r"(?P<series>Foo)(?P<edition>\\d\\d)?(?P<task>)(?P<shared>)")
    >>> g = {"a": MentionGroup(surfaces=["Foo24"], mentions=[[0, 5]]), "b": MentionGroup(surfaces=["Foo24 Frob Task"])}
    >>> drop_events_of_named_tasks(g, {"a": "Dataset", "b": "Dataset"}, pat, "Foo24 results")
    >>> sorted(g), g["b"].surfaces, g["b"].mentions
    (['b'], ['Foo24 Frob Task'], [[0, 5]])
    """
    if len(groups) < 2:
        return
    tasks = [
        (_spelling(s), h)
        for k, h in groups.items()
        if types[k] == "Dataset"
        for s in h.surfaces
        if " " in s and NAMED_TASK_PARTS & set(_spelling(s).split(" "))
    ]
    if not tasks:
        return  # most abstracts name no shared task
    for k in [k for k in groups if types[k] == "Dataset"]:
        g = groups.get(k)
        if g is None or g.data_next or not g.surfaces or any(_names_test_data(text, e) for _, e in g.mentions):
            continue
        if any(fold(s) in subjects for s in g.surfaces):
            continue  # a workshop named alone ("SemEval"): dropped as what papers study (`_is_subject`)
        events = []
        for s in g.surfaces:
            m = shared_task_re.fullmatch(s)
            if m is None or m.group("task") or m.group("shared"):
                break
            events.append((_spelling(s), not m.group("edition")))
        else:
            others = [(t, h) for t, h in tasks if h is not g]
            if not all(any(_begins_task(t, e, bare) for t, _ in others) for e, bare in events):
                continue
            owners = {id(h): h for t, h in others if any(_begins_task(t, e, bare) for e, bare in events)}
            if len(owners) == 1:
                (h,) = owners.values()
                h.mentions.extend(g.mentions)  # not its spellings: the event alone is no alias
                h.mentions.sort()
                h.sources |= g.sources
            for key in [key for key, x in groups.items() if x is g]:
                del groups[key]


def _names_test_data(text: str, end: int) -> bool:
    """Whether the words right after a mention ending at character `end` make it a test set's name: a test
    word ("Foo test 2015", "Foo dev") or a language pair ("Foo'20 En-De test set")."""
    after = text[end : end + 40]
    words = after.split()
    if words and words[0].lower().strip(",;:") in _EDITION_DATA_NEXT:
        return True
    pairs = pair_mentions(after)
    return bool(pairs) and not after[: pairs[0][0]].strip()


def _begins_task(task: str, event: str, bare: bool) -> bool:
    """Whether the spelt task name `task` begins with the event `event` and goes on (a series without its edition
    also before the edition's digits: "foo" begins "foo24 general frob task")."""
    if not task.startswith(event) or len(task) == len(event):
        return False
    rest = task[len(event) :]
    return rest[0] == " " or (bare and rest[0].isdecimal())


def _ends_a_longer_name(text: str, start: int, end: int, longer: list[str]) -> bool:
    """The text at start:end is the last words of one of the `longer` spellings, written in full before it."""
    own = _spelling(text[start:end])
    for o in longer:
        if len(o) > len(own) and o.endswith(" " + own):
            tail = _spelling(text[max(0, end - len(o) - 8) : end])
            if tail == o or tail.endswith(" " + o):
                return True
    return False


def _join_aliases(uf: _UnionFind, mentions: list) -> None:
    """ "the Foo shared task" and "Foo" said elsewhere are one concept, unless that "Foo" is a
    technique, task or measure of its own ("the Quality Estimation shared task" and "quality
    estimation") or an acronym's long form."""
    other_types = ("Method", "Task", "Metric")
    for *_, key, cand in mentions:
        if not cand.alias:
            continue
        alias = fold(cand.alias)
        same = [c for *_, k, c in mentions if k == alias]
        if same and not any(c.lf or c.top_type() in other_types for c in same):
            uf.union(key, alias)


def _join_widened_acronyms(uf: _UnionFind, keys: set[str], short_to_long: dict[str, str]) -> None:
    """ "nested named entity recognition (NER)": the acronym spells the last words, but the
    name the text gives is the wider phrase; when the long form is never a mention of its own
    and exactly one mention ends with it, the acronym is that mention's alias. A mention that is another
    acronym's long form is that acronym's ("speech-to-text translation (ST)" beside "simultaneous
    speech-to-text translation (SST)": two tasks)."""
    defined = {fold(v) for v in short_to_long.values()}
    for short, long in short_to_long.items():
        lf = fold(long)
        if short not in keys or lf in keys:
            continue
        wider = {k for k in keys if k != short and k.endswith(lf)}
        if len(wider) == 1 and not wider & defined:
            uf.union(short, wider.pop())


def spelled_out(text: str, short_to_long: dict[str, str]) -> str | None:
    """`text` with the acronyms the paper defines written as their long forms, when it has
    another word besides one ("Seq2Seq pretraining" -> "sequence-to-sequence pretraining");
    None when nothing is replaced.

    >>> spelled_out("Seq2Seq pretraining", {"seq2seq": "sequence-to-sequence"})
    'sequence-to-sequence pretraining'
    >>> spelled_out("Seq2Seq", {"seq2seq": "sequence-to-sequence"}) is None
    True
    """
    words = text.split()
    if len(words) < 2:
        return None
    out = []  # a loop, not a comprehension: its closure over `short_to_long` was made at every call (~11 a paper)
    for w in words:
        out.append(short_to_long.get(fold(w), w) if any(map(str.isupper, w)) else w)
    return " ".join(out) if out != words else None


def _join_spelled_out(uf: _UnionFind, mentions: list, short_to_long: dict[str, str]) -> None:
    """ "Sequence-to-Sequence Pretraining" and "Seq2Seq pretraining", "unsupervised ATE" and "Unsupervised
    Aspect Term Extraction": a name written with an acronym in it is the name written with its long
    form, when the text also writes that (RULINGS R1 reads the acronym inside a long form as no
    part of the name). The acronyms are those the paper defines and those the lexicon knows that it
    writes on their own ("Seq2Seq" of "sequence-to-sequence (Seq2Seq)")."""
    short = dict(short_to_long)
    for _, _, text, key, cand in mentions:
        if cand.kind == "lexicon" and cand.canonical and " " not in text and any(map(str.isupper, text)):
            short.setdefault(key, cand.canonical)
    if not short:
        return
    keys = {m[3] for m in mentions}
    # a plural long form is singular as a modifier: "drug-drug interactions (DDIs)" and "DDI extraction" spell
    # "Drug-Drug Interaction Extraction", "large language models (LLMs)" and "LLM evaluation" "large language
    # model evaluation" (`fold` drops the plural "s" of a name's last word only)
    singular = {k: _singular_head(v) for k, v in short.items()}
    plural = singular != short  # else both spell a text alike: one spelling, as the set below would keep
    for _, _, text, key, _ in mentions:
        if text.islower():
            continue  # no capital: no acronym to spell out (`spelled_out` gives None)
        for full in {spelled_out(text, short), spelled_out(text, singular)} if plural else (spelled_out(text, short),):
            if full is not None and (fk := fold(full)) in keys and fk != key:
                uf.union(key, fk)
                break


def _singular_head(name: str) -> str:
    """`name` with its last word's plural "s" dropped ("drug-drug interactions" -> "drug-drug interaction").

    >>> _singular_head("large language models"), _singular_head("loss"), _singular_head("BLEU")
    ('large language model', 'loss', 'BLEU')
    """
    if len(name) > 3 and name.endswith("s") and not name.endswith("ss") and name[-2:-1].islower():
        return name[:-1]
    return name


#: head nouns of a phrase that names a kind of human language ("low-resource languages (LRLs)",
#: "morphologically rich languages", "Arabic dialects"): what a paper studies, not a concept (GUIDE-NOTES 1)
_LANGUAGE_HEADS: Final = frozenset({"language", "languages", "dialect", "dialects"})


#: words after a name that make it a file format: "MIDI files", "in CoNLL-U format", "TSV file"
FORMAT_NEXT: Final = frozenset({"format", "formats", "file", "files"})


def names_a_format(g: MentionGroup) -> bool:
    """The name is a file format the paper's data is written in, no dataset: data words follow fewer of its
    mentions than format words, which follow all of them or two at least ("MIDI files encode musical
    instructions ... the largest collection of symbolic music in MIDI format ... MIDI files do not ... the most
    substantial expressive MIDI dataset": MIDI typed Dataset by its one data word). ACL 44k (stop 36): CoNLL-U,
    a Dataset of 11 papers, each "annotated in the CoNLL-U format", "CoNLL-U files", "the CONLLU format of the
    input data"; RDF and TSV ("TSV format"). A dataset a paper writes once as a format ("converted to the SQuAD
    format ... results on SQuAD") keeps its other mentions. A number format is no file format: a name with a
    digit ("W8A8 formats", "the FP8 format") is a quantization's, and a name in small letters ("quantization
    formats") a class of them; a file format is named in capitals.

    >>> names_a_format(MentionGroup(mentions=[[0, 4]] * 5, format_after=3, data_after=1))
    True
    >>> names_a_format(MentionGroup(mentions=[[0, 4]], format_after=1)), names_a_format(MentionGroup(mentions=[[0, 4]] * 2, format_after=1))
    (True, False)
    >>> names_a_format(MentionGroup(mentions=[[0, 4]] * 4, format_after=2, data_after=2))
    False
    >>> [names_a_format(MentionGroup(surfaces=[s], mentions=[[0, 4]], format_after=1)) for s in ("ZQ8", "zorbing")]
    [False, False]
    """
    n = g.format_after
    if not (n > g.data_after and (n >= 2 or n == len(g.mentions))):
        return False  # most names: no format word after them, no look at their letters
    return not any(any(ch.isdigit() for ch in s) or s.islower() for s in g.surfaces)


def names_languages(g: MentionGroup) -> bool:
    """A long form whose head noun is "language(s)" or "dialect(s)" and that nothing types as data
    names a kind of human language, as in "high-resource languages (HRLs)"."""
    return (
        bool(g.long_forms)
        and "Dataset" not in g.types
        and "lexicon" not in g.sources
        and all(lf.split()[-1].lower() in _LANGUAGE_HEADS for lf in g.long_forms)
    )


#: head nouns of a medical condition ("mild cognitive impairment", "Alzheimer's disease", "mental health
#: disorders"): what a clinical paper studies, as subjects.txt's diseases are, never a technique or a task
#: (a task names what is done with it: "dementia detection"). Development errors in 4 papers (acl-dev 2,
#: fresh samples of stops 33 and 37 one each), no annotated concept of the dev sets so ended but a task
#: written as a verb phrase ("detecting cognitive impairments"), which `names_condition` leaves
CONDITION_HEADS: Final = frozenset(rule_words("CONDITION_HEADS"))


def names_condition(name: str) -> bool:
    """Whether a name of two words or more ends in a condition's head noun (`CONDITION_HEADS`) and does not
    open with a verb's "-ing" form ("detecting cognitive impairments" names a task).

    >>> names_condition("mild cognitive impairment (MCI)"), names_condition("Zorbin’s Disease"), names_condition("Disease")
    (False, True, False)
    >>> names_condition("mild cognitive impairment"), names_condition("detecting cognitive impairments")
    (True, False)
    """
    words = name.split()
    if len(words) < 2 or words[0].lower().endswith("ing"):
        return False
    last = words[-1].lower()
    # a possessive "'s" stripped by a string test, not `re.sub` (its pattern cache looked up for every name)
    return (last[:-2] if last.endswith(("’s", "'s")) else last) in CONDITION_HEADS


def _is_unexplained_acronym(g: MentionGroup) -> bool:
    """A short all-capital word seen only by its shape, never defined, typed
    or introduced (ECG, XML, FAQ) is more often an abbreviation of the
    domain than a concept of the field."""
    if g.sources - {"shape", "echo"} or g.introduced or g.long_forms or g.types:
        return False
    return all(map(_SHORT_CAPS.fullmatch, g.surfaces))


#: a capitalised name headed by an organisation's noun ("Harbin Institute of Technology", "Allen Institute for AI",
#: "Linguistic Data Consortium"): an organisation, no concept
_ORGANISATION: Final = re.compile(
    r"(?:[A-Z][\w&.'-]* )*(?:University|Institute|Laboratory|Laboratories|Academy|Consortium|Corporation)"
    r"(?: (?:of|for|on) (?:[A-Z][\w&.'-]*|of|and|the)(?: (?:[A-Z][\w&.'-]*|of|and|the))*)?"
)

DISCOURSE_CONNECTIVES: Final = frozenset(fold(w) for w in rule_words("DISCOURSE_CONNECTIVES"))


def _is_connective(folded: list[str]) -> bool:
    """ "Moreover", "(3) However": a sentence adverb or connective spelt alone is never a concept, whatever a rule
    or the decision layer typed it."""
    return bool(folded) and DISCOURSE_CONNECTIVES.issuperset(folded)  # in C: no generator left at its first answer


def _is_team(g: MentionGroup) -> bool:
    """A shared-task team: signed as team@venue, or named as a team in the text ("our team
    Foo", "the Foo team") and known to no lexicon."""
    return _is_team_at_venue(g) or (g.team and "lexicon" not in g.sources)


def _is_team_at_venue(g: MentionGroup) -> bool:
    """ "KEC_NLP@DravidianLangTech", "MUCS@LT-EDI-2024": a shared-task team
    signs as team@venue; metrics put a cut-off after "@" ("pass@1", "nDCG@10",
    "Recall@k"), never a capitalised word. A long title that holds its venue ("Foo Detection in Bar
    Comments:Baz@Qux 2031", a quoted shared task's name) is no team's signature."""
    for s in g.surfaces:  # a loop, not `any` over a generator (one per entity)
        if "@" in s and _TEAM_AT_VENUE.search(s) and len(s.split()) <= 2:
            return True
    return False


@Language.factory(
    "paperkg_concepts",
    default_config={"lexicon_path": None, "rules": DEFAULT_RULES},
    requires=[path("abbreviations"), path("lexicon"), path("names")],
    assigns=[path("entities")],
)
def make_concept_assembler(nlp: Language, name: str, lexicon_path: str | None, rules: list[str]) -> ConceptAssembler:
    return ConceptAssembler(nlp, name, lexicon_path, rules)
