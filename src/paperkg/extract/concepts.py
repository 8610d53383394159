"""From candidate spans to one entity per concept, typed, filtered, with evidence.

The component reads what the earlier components recorded (abbreviation
pairs, lexicon matches, name candidates), resolves overlaps (longest span
wins), types each span (lexicon > name shape > context > long-form head word
> Method), groups mentions of one concept (same folded spelling, acronym and
its long form, lexicon aliases), drops the guideline's catch-alls, marks the
paper's own contribution, and stores plain dicts in
`doc.user_data["paperkg.entities"]`:
`{"name", "type", "aliases", "introduced", "mentions": [[start_char, end_char], ...]}`.
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.extract import context as ctx
from paperkg.extract.abbreviation import ABBREVIATIONS_KEY
from paperkg.extract.lexicon import LEXICON_KEY, fold, load_word_list
from paperkg.extract.names import NAMES_KEY, is_name_shape, is_size, is_year
from paperkg.extract.tokens import char_span_tokens, token_view

ENTITIES_KEY = "paperkg.entities"
_TRIM = "\"'“”‘’.,;:()[]{}"
_TEAM_AT_VENUE = re.compile(r"\w@[A-Z][A-Za-z]{2,}")

# weights of the evidence for a type
W_LEXICON, W_MODEL, W_SHAPE, W_CONTEXT, W_HEAD, W_DEFAULT = 4, 4, 3, 2, 2, 1


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key becomes the root so the result does not depend on order
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def choose_spans(cands: dict[tuple[int, int], dict]) -> list[tuple[int, int]]:
    """Non-overlapping spans: longer first, then earlier."""
    taken: set[int] = set()
    chosen = []
    for s, e in sorted(cands, key=lambda se: (-(se[1] - se[0]), se[0])):
        if any(i in taken for i in range(s, e)):
            continue
        chosen.append((s, e))
        taken.update(range(s, e))
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
    singular = [s for s in surfaces if not (s.endswith("s") and s[:-1] in surfaces)]
    return (singular or surfaces)[0]


def shared_task_pattern(series: Iterable[str]) -> re.Pattern:
    """A series name, an optional edition (`-2019`, ` 2014`, `'22`, `16`) and an
    optional numbered task or track (`Task 6`, `Shared Task 1.1`, `Subtask A`).

    >>> bool(shared_task_pattern(["SemEval"]).fullmatch("SemEval-2019 Task 6"))
    True
    """
    names = "|".join(sorted((re.escape(n) for n in series), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<series>{names})"
        r"(?P<edition>[- ]?'?(?:19|20)?\d\d(?!\d))?"
        r"(?P<task>[- ](?:[Ss]hared )?(?:[Tt]ask|[Ss]ubtask|[Tt]rack)[- ]?(?:\d+(?:\.\d+)?[A-Za-z]?|[A-C])\b)?"
        r"(?![\w-])"
    )


class ConceptAssembler:
    """Turns the candidates on a Doc into entities (see module docstring)."""

    def __init__(self, nlp: Language, name: str = "paperkg_concepts", lexicon_path: str | None = None):
        self.name = name
        self.generic = frozenset(fold(w) for w in load_word_list("generic.txt", lexicon_path))
        self.function_words = frozenset(w for line in load_word_list("function_words.txt", lexicon_path) for w in line.split())
        series = [line.split("\t") for line in load_word_list("shared_tasks.txt", lexicon_path)]
        self.shared_task_re = shared_task_pattern(row[0] for row in series)
        self.edition_series = frozenset(row[0] for row in series if row[1:] == ["edition"])
        self.model_variants = frozenset(w.lower() for w in load_word_list("model_variants.txt", lexicon_path))
        self.metric_modifiers = frozenset(w.lower() for w in load_word_list("metric_modifiers.txt", lexicon_path))

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[ENTITIES_KEY] = self.assemble(doc)
        return doc

    # -- steps ---------------------------------------------------------------
    def candidates(self, doc: Doc) -> tuple[dict, dict[str, str]]:
        v = token_view(doc)
        cands: dict[tuple[int, int], dict] = {}

        def add(s: int, e: int, **info) -> dict:
            # trim punctuation tokens at the edges
            while s < e and v.words[s] in _TRIM:
                s += 1
            while e > s and v.words[e - 1] in _TRIM:
                e -= 1
            if s >= e:
                return {}
            c = cands.setdefault((s, e), {"types": {}, "lf": False, "canonical": None, "title": False, "named": False, "kind": ""})
            for k, val in info.items():
                if k == "type":
                    if val[0]:
                        c["types"][val[0]] = max(c["types"].get(val[0], 0), val[1])
                elif k == "kind":
                    c["kind"] = c["kind"] or val
                else:
                    c[k] = val
            return c

        short_to_long: dict[str, str] = {}
        for ls, le, ss, se in doc.user_data.get(ABBREVIATIONS_KEY, []):
            lspan = char_span_tokens(v, ls, le)
            sspan = char_span_tokens(v, ss, se)
            if lspan is None or sspan is None:
                continue
            lf_text, sf_text = v.text[ls:le], v.text[ss:se]
            if fold(lf_text) in self.generic or fold(sf_text) in self.generic:
                continue
            lf_type = ctx.head_type(lf_text.replace("-", " ").split())
            if lspan[1] - lspan[0] > 2 and v.words[lspan[1] - 1] in ("task", "tasks"):  # "Inverse Cloze Task" keeps it
                # "open-domain question-answering tasks (OpenQA)": the task is the name before "tasks"
                lspan = (lspan[0], lspan[1] - 1)
                lf_text = v.span_text(*lspan)
                lf_type = "Task"
            short_to_long[fold(sf_text)] = lf_text
            add(lspan[0], lspan[1], lf=True, type=(lf_type, W_HEAD), kind="abbr")
            add(sspan[0], sspan[1], kind="abbr")
        for s, e, t, canonical in doc.user_data.get(LEXICON_KEY, []):
            add(s, e, type=(t, W_LEXICON), canonical=canonical, kind="lexicon")
        for s, e, t, kind in doc.user_data.get(NAMES_KEY, []):
            add(s, e, type=(t, W_MODEL if kind == "model" else W_SHAPE), kind=kind)
        for (s, e), c in list(cands.items()):
            # "WMT 2014", "ILSVRC 2015": a benchmark's edition is part of its name
            if c["kind"] == "lexicon" and c["types"].get("Dataset") and e < len(v.words) and is_year(v.words[e]):
                add(s, e + 1, type=("Dataset", W_LEXICON), kind="lexicon")
        known = {s: (e, c) for (s, e), c in cands.items() if c["kind"] == "lexicon"}
        for (s, e), c in list(cands.items()):
            # "SQuAD v1.1", "MMLU 5-shot": a known name with a version keeps the known type
            if c["kind"] == "shape" and s in known and known[s][0] < e:
                for t, w in known[s][1]["types"].items():
                    c["types"][t] = max(c["types"].get(t, 0), w)
        # the title's "Name: subtitle" and "called X" coinages
        title_end = next((i for i, w in enumerate(v.words) if "\n" in w), len(v.words))
        words = v.words[:title_end]
        k = ctx.title_name_length(words)
        if k:
            add(0, k, title=True, kind="title", type=(ctx.head_type(words[:k]) or ctx.subtitle_type(v.lowers[k + 1:title_end]), W_HEAD))
        # measured quantities: a metric head with its modifiers ("prefill latency", "index size")
        blocked = {i for (s, e), c in cands.items() if c["kind"] in ("lexicon", "model", "shape") and not self._is_generic_span(v.span_text(s, e)) for i in range(s, e) if not (c["types"].get("Metric"))}
        lowers = v.lowers
        for i, w in enumerate(lowers):
            if w.rstrip("s") in ctx.METRIC_HEADS or w in ctx.METRIC_HEADS:
                st = ctx.metric_modifier_start(lowers, i, blocked)
                if st == i and i - 1 in blocked and lowers[i - 1] in ctx.METRIC_MODIFIERS and w not in ctx.STANDALONE_METRIC_HEADS:
                    # "KV cache usage": the quantity of a known thing whose last word names what is measured
                    st = next((s for (s, e), c in cands.items() if e == i and c["kind"] == "lexicon"), i)
                if st > 0 and lowers[st - 1] in ("at", "during") and w in ("time", "times"):
                    continue  # "at inference time" is a moment, not a measure
                if st < i or w in ctx.STANDALONE_METRIC_HEADS:
                    add(st, i + 1, type=("Metric", W_SHAPE), kind="metric")
        self._compounds(doc, cands, add, title_end)
        # a known technique naming the kind of a head technique: "LoRA fine-tuning", "nucleus sampling decoding"
        for (s, e), c in list(cands.items()):
            if c["kind"] == "lexicon" and c["types"].get("Method") and e < len(lowers) \
                    and lowers[e] in ctx.METHOD_HEADS and lowers[e] not in ("learning", "training"):
                add(s, e + 1, type=("Method", W_SHAPE), kind="compound")
        for i in ctx.naming_targets(v.words):
            j = i + 1
            while j < len(v.words) and j < i + 4 and (is_name_shape(v.words[j]) or v.words[j][:1].isupper()) and "\n" not in v.words[j]:
                j += 1
            add(i, j, named=True, kind="named")
        self._listed(doc, cands, add, title_end)
        self._model_sizes(doc, cands, add)
        self._capitalised_modifiers(doc, cands, add, title_end)
        self._echo(doc, cands, add)
        self._shared_tasks(doc, add)
        self._variants(doc, cands, add)
        team = ctx.team_name_length(words)
        for span in [se for se in cands if se[1] <= team]:
            del cands[span]
        return cands, short_to_long

    def _shared_tasks(self, doc: Doc, add) -> None:
        """A shared task's edition and number name its evaluation data: "SemEval-2019
        Task 6", "WMT 2014", "PARSEME Shared Task 1.1" are datasets, longest form."""
        v = token_view(doc)
        for m in self.shared_task_re.finditer(v.text):
            span = char_span_tokens(v, m.start(), m.end(), strict=True)
            named_data = m.group("task") or (m.group("edition") and m.group("series") in self.edition_series)
            if span is not None and named_data:
                add(span[0], span[1], type=("Dataset", W_LEXICON + 1), kind="lexicon")

    def _variants(self, doc: Doc, cands: dict, add) -> None:
        """Released checkpoints and metric variants are their own names:
        "BERT base", "RoBERTa Large cased", "macro F1", "weighted F1"."""
        v = token_view(doc)
        lowers = v.lowers
        for (s, e), c in list(cands.items()):
            types = c["types"]
            if types.get("Model") and e < len(lowers) and lowers[e] in self.model_variants:
                j = e
                while j < len(lowers) and j < e + 2 and lowers[j] in self.model_variants:
                    j += 1
                info = add(s, j, kind="model")
                if info:
                    info["types"] = dict(types)
            if types.get("Metric") and s > 0 and lowers[s - 1] in self.metric_modifiers and not v.sent_start[s]:
                info = add(s - 1, e, kind="metric")
                if info:
                    info["types"] = dict(types)

    def _listed(self, doc: Doc, cands: dict, add, title_end: int) -> None:
        """Capitalised words listed with known names ("Whisper, Seamless, OWSM,
        and Canary-1B") are names too."""
        v = token_view(doc)
        starts = {s: e for (s, e), c in cands.items() if c["kind"] in ("lexicon", "model", "shape")}
        for s, e in sorted(starts.items()):
            for direction in (1, -1):
                i = e if direction == 1 else s - 1
                while 0 <= i < len(v.words):
                    # step over ", " / "and" / ", and"
                    j = i
                    while 0 <= j < len(v.words) and v.lowers[j] in {",", "and", "or"} and abs(j - i) < 2:
                        j += direction
                    if j == i or not (0 <= j < len(v.words)):
                        break
                    if j in starts or any(s2 <= j < e2 for s2, e2 in starts.items()):
                        break
                    tok = v.words[j]
                    if j < title_end or v.sent_start[j] or not tok[:1].isupper() or not tok.isalpha() or len(tok) < 3:
                        break
                    if fold(tok) in self.generic:
                        break
                    a, b = self._capitalised_run(v, j, direction, title_end)
                    add(a, b, kind="listed")
                    i = b if direction == 1 else a - 1

    @staticmethod
    def _capitalised_run(v, j: int, direction: int, title_end: int, limit: int = 3) -> tuple[int, int]:
        """The multi-word name a listed capitalised word belongs to ("Natural
        Questions", "Temporal Sequences"): up to `limit` capitalised words."""
        a, b = j, j + 1
        if direction == 1:
            while b < len(v.words) and b - a < limit and v.words[b][:1].isupper() and v.words[b].isalpha() and not v.sent_start[b]:
                b += 1
        else:
            while a - 1 >= title_end and b - a < limit and v.words[a - 1][:1].isupper() and v.words[a - 1].isalpha() \
                    and not v.sent_start[a] and not v.sent_start[a - 1]:
                a -= 1
        return a, b

    def _model_sizes(self, doc: Doc, cands: dict, add) -> None:
        """"LLaMA 2 7B and 13B": the second size names a second model, "LLaMA 2 13B"."""
        v = token_view(doc)
        for (s, e), c in list(cands.items()):
            if c["kind"] != "model" or e - s < 2 or not is_size(v.words[e - 1]):
                continue
            prefix = v.span_text(s, e - 1)
            j = e
            while j + 1 < len(v.words) and v.lowers[j] in {",", "and", "or", "/"}:
                if v.lowers[j + 1] in {"and", "or"}:
                    j += 1
                    continue
                if not is_size(v.words[j + 1]):
                    break
                info = add(j + 1, j + 2, type=("Model", W_MODEL), kind="model")
                if info:
                    info["name"] = f"{prefix} {v.words[j + 1]}"
                j += 2

    def _capitalised_modifiers(self, doc: Doc, cands: dict, add, title_end: int) -> None:
        """"Dynamic SplitFuse", "Recursive Transformer": a capitalised word that is
        not the start of a sentence belongs to the name it precedes."""
        v = token_view(doc)
        for (s, e), c in list(cands.items()):
            if s < title_end or c["kind"] not in ("lexicon", "shape") or not v.words[s][:1].isupper():
                continue
            if c["kind"] == "lexicon" and not (c["types"].get("Method") or c["types"].get("Task")):
                continue
            k = s - 1
            if k < title_end or v.sent_start[k] or v.sent_start[s]:
                continue
            w = v.words[k]
            if re.fullmatch(r"[A-Z][a-z]{2,}", w) and w.lower() not in ctx.COMPOUND_STOP and fold(w) not in self.generic \
                    and not v.words[k - 1][:1].isupper():
                info = add(k, e, kind="compound")
                if info:
                    info["types"] = dict(c["types"])

    def _compounds(self, doc: Doc, cands: dict, add, title_end: int) -> None:
        """Technique and task names built from a head and its modifiers:
        "ensemble prompting", "KV cache sharing", "single-hop QA"."""
        v = token_view(doc)
        words, lowers = v.words, v.lowers
        blocked = {i for (s, e), c in cands.items() if c["kind"] in ("lexicon", "model", "shape") for i in range(s, e)}
        heads: list[tuple[int, int, str, bool]] = []
        for (s, e), c in list(cands.items()):
            if c["kind"] == "lexicon":
                t = max(c["types"], key=c["types"].get) if c["types"] else ""
                if t == "Method" and is_name_shape(v.words[s]):
                    continue  # "run SparseGPT", "use LoRA": a coined name takes no lower-case modifiers
                if t in ("Method", "Task"):
                    heads.append((s, e, t, True))
        for i, w in enumerate(lowers):
            if i not in blocked and (w in ctx.METHOD_HEADS or w in ctx.TASK_HEADS):
                t = "Task" if w in ctx.TASK_HEADS else "Method"
                heads.append((i, i + 1, t, False))
        running: dict[str, list[tuple[int, int, str]]] = {}
        for s, e, t, from_lexicon in heads:
            in_title = s < title_end
            if in_title and from_lexicon:
                continue
            title_case = in_title and words[s][:1].isupper()
            st = ctx.compound_start(words, s, blocked - set(range(s, e)), title_case=title_case, stop=self.function_words)
            if st >= s:
                continue
            if t == "Method" and not in_title:
                # in running text a bare technique head with modifiers is a name only when the
                # paper repeats it (held-out dev half: single ones are mostly descriptions)
                running.setdefault(fold(v.span_text(st, e)), []).append((st, e, t))
                continue
            add(st, e, type=(t, W_SHAPE), kind="compound")
            self._elided_compound(v, st, s, e, t, add)
        title_folds = {fold(v.span_text(s, e)) for (s, e), c in cands.items() if c["kind"] == "compound" and s < title_end}
        for key, spans in running.items():
            if len(spans) >= 2 or key in title_folds or (len(spans) == 1 and self._ends_noun_phrase(lowers, *spans[0][:2])):
                for st, e, t in spans:
                    add(st, e, type=(t, W_SHAPE), kind="compound")

    def _ends_noun_phrase(self, lowers: list[str], st: int, e: int) -> bool:
        """A phrase said once is a technique's name when nothing continues it:
        "via stratified negative sampling," is; "token selection quality" and "learning
        from human feedback" are parts of longer phrases (held-out dev half:
        phrases a noun follows were mostly descriptions)."""
        nxt = lowers[e] if e < len(lowers) else "."
        if st > 0 and lowers[st - 1] == "from":
            return False
        return not nxt[:1].isalnum() or nxt in self.function_words or nxt in ctx.GENERIC_HEADS

    @staticmethod
    def _elided_compound(v, st: int, head_start: int, e: int, t: str, add) -> None:
        """"function-level and file-level code generation": the first modifier
        names a second concept with the same head."""
        if st < 2 or v.lowers[st - 1] not in ("and", "or"):
            return
        k = st - 2
        w = v.lowers[k]
        if w in ctx.COMPOUND_STOP or not ctx.is_modifier_word(w) or "-" not in w:
            return
        info = add(k, k + 1, type=(t, W_SHAPE), kind="compound")
        if info:
            info["name"] = f"{v.words[k]} {v.span_text(head_start, e)}"

    def _echo(self, doc: Doc, cands: dict, add) -> None:
        """Find again, anywhere in the paper, the multi-word names it coined
        (long forms, the title's name): "Sparse Fine-Tuning" in the title is
        the "sparse fine-tuning (SFT)" of the abstract."""
        v = token_view(doc)
        coined = {}
        for (s, e), c in list(cands.items()):
            if (c["lf"] or c["title"] or c["named"]) and e - s >= 1:
                text = v.span_text(s, e)
                if len(text) >= 4:
                    coined.setdefault(text.lower(), c)
        if not coined:
            return
        low = v.text.lower()
        for text, c in coined.items():
            for m in re.finditer(r"(?<![\w-])" + re.escape(text) + r"(?:s|es)?(?![\w-])", low):
                span = char_span_tokens(v, m.start(), m.end(), strict=True)
                if span is None or span in cands:
                    continue
                info = add(span[0], span[1], kind="echo")
                if info:
                    info["types"] = dict(c["types"])
                    info["lf"] = c["lf"]

    def _is_generic_span(self, text: str) -> bool:
        return fold(text) in self.generic

    def assemble(self, doc: Doc) -> list[dict]:
        cands, short_to_long = self.candidates(doc)
        spans = choose_spans(cands)
        v = token_view(doc)
        lowers = v.lowers
        # context types, then shared along coordinated lists within a sentence
        ctx_types: dict[tuple[int, int], str] = {}
        ctx_weight: dict[tuple[int, int], int] = {}
        for s, e in spans:
            info = cands[(s, e)]
            if not info["types"] or max(info["types"].values()) < W_LEXICON:
                ct = ctx.context_type(lowers, s, e)
                if ct:
                    ctx_types[(s, e)] = ct
                    ctx_weight[(s, e)] = W_CONTEXT + (1 if e < len(lowers) and lowers[e] in ctx.DATASET_NEXT else 0)
        # introduced: spans in a "we propose" window or named by the title / "called X"
        introduced_spans: set[tuple[int, int]] = set()
        for sent_start, sent_end in v.sents:
            win = ctx.propose_window(lowers[sent_start:sent_end])
            if not win:
                continue
            lo, hi = sent_start + win[0], sent_start + win[1]
            inside = [se for se in spans if lo <= se[0] < hi]
            for se in inside:
                info = cands[se]
                if info["kind"] == "lexicon" and not info["lf"]:
                    continue
                if lowers[se[0] - 1] in ("for", "on", "in", "to") and not info["lf"]:
                    continue  # "a framework for object instance segmentation": the purpose, not the name
                introduced_spans.add(se)
                break
        for group in ctx.coordinated_groups(lowers, spans):
            members = [spans[i] for i in group]
            typed = [ctx_types.get(m) or self._strong_type(cands[m]) for m in members]
            known = [t for t in typed if t]
            if known and len(set(known)) == 1:
                for m in members:
                    if cands[m]["title"] or cands[m]["named"] or m in introduced_spans:
                        continue
                    if not ctx_types.get(m) and not self._strong_type(cands[m]):
                        ctx_types[m] = known[0]
                        ctx_weight[m] = W_DEFAULT
        uf = _UnionFind()
        mentions = []
        for s, e in spans:
            info = cands[(s, e)]
            text = info.get("name") or v.span_text(s, e)
            key = fold(text)
            if not key:
                continue
            uf.find(key)
            if key in short_to_long:
                uf.union(key, fold(short_to_long[key]))
            elif info["canonical"] and fold(info["canonical"]) not in short_to_long:
                uf.union(key, fold(info["canonical"]))
            mentions.append((s, e, text, key, info))
        groups: dict[str, dict] = {}
        for s, e, text, key, info in mentions:
            root = uf.find(key)
            g = groups.setdefault(root, {"surfaces": [], "types": {}, "mentions": [], "introduced": False, "long_forms": set(), "sources": set()})
            if text not in g["surfaces"]:
                g["surfaces"].append(text)
            if info["lf"]:
                g["long_forms"].add(text)
            g["sources"].add(info["kind"])
            for t, w in info["types"].items():
                g["types"][t] = g["types"].get(t, 0) + w
            ct = ctx_types.get((s, e))
            if ct:
                g["types"][ct] = g["types"].get(ct, 0) + ctx_weight[(s, e)]
            g["mentions"].append(list(v.char_range(s, e)))
            if info["title"] or info["named"] or (s, e) in introduced_spans:
                if not g["introduced"]:
                    g["types"]["Method"] = g["types"].get("Method", 0) + W_DEFAULT  # a contribution is a method unless cues say otherwise
                g["introduced"] = True
        out = []
        for g in groups.values():
            if self._is_generic(g) or self._is_unexplained_acronym(g) or self._is_team_at_venue(g):
                continue
            name = pick_name(g["surfaces"], g["long_forms"])
            type_ = max(g["types"].items(), key=lambda kv: (kv[1], kv[0] == "Method"))[0] if g["types"] else "Method"
            aliases = []
            seen = {fold(name)}
            for s in g["surfaces"]:
                if fold(s) not in seen:
                    seen.add(fold(s))
                    aliases.append(s)
            out.append({"name": name, "type": type_, "aliases": aliases, "introduced": g["introduced"],
                        "mentions": sorted(g["mentions"]), "sources": sorted(g["sources"]),
                        "type_scores": dict(sorted(g["types"].items()))})
        out.sort(key=lambda d: d["mentions"][0][0])
        return out

    @staticmethod
    def _strong_type(info: dict) -> str:
        if not info["types"]:
            return ""
        t, w = max(info["types"].items(), key=lambda kv: kv[1])
        return t if w >= W_SHAPE else ""

    @staticmethod
    def _is_unexplained_acronym(g: dict) -> bool:
        """A short all-capital word seen only by its shape, never defined, typed
        or introduced (ECG, XML, FAQ) is more often an abbreviation of the
        domain than a concept of the field."""
        if g["sources"] - {"shape", "echo"} or g["introduced"] or g["long_forms"] or g["types"]:
            return False
        return all(re.fullmatch(r"[A-Z]{2,5}s?", s) for s in g["surfaces"])

    @staticmethod
    def _is_team_at_venue(g: dict) -> bool:
        """"KEC_NLP@DravidianLangTech", "MUCS@LT-EDI-2024": a shared-task team
        signs as team@venue; metrics put a cut-off after "@" ("pass@1", "nDCG@10",
        "Recall@k"), never a capitalised word."""
        return any(_TEAM_AT_VENUE.search(s) for s in g["surfaces"])

    def _is_generic(self, g: dict) -> bool:
        return any(fold(s) in self.generic for s in g["surfaces"]) and not g["long_forms"]


@Language.factory("paperkg_concepts", default_config={"lexicon_path": None})
def make_concept_assembler(nlp: Language, name: str, lexicon_path: str | None) -> ConceptAssembler:
    return ConceptAssembler(nlp, name, lexicon_path)
