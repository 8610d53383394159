"""The fast paths of the extractor find exactly what the slower code they
replaced found (benchmarks/results/extract_speed.md): each is checked against
that code, written out here, on invented and on random text."""

import copy
import gzip
import pickle
import random
import re

import numpy as np
import pytest

from paperkg.extract.concepts import shared_task_pattern
from paperkg.extract.decision import LABELS, _PREV, DecisionModel, _prev_word
from paperkg.extract.lexicon import trie_pattern
from paperkg.extract.names import family_pattern, is_model_token
from paperkg.extract.phrase_stats import COLUMNS, PhraseTable, load_phrase_stats
from paperkg.extract.results.values import find_values
from paperkg.extract.rules import standalone_occurrences

SERIES = ["SemEval", "Sem", "WMT", "W-NUT", "WNUT", "CheckThat!", "LT-EDI", "BioNLP", "Bio"]
TAIL = (
    r"(?P<edition>[- ]?['’]?(?:19|20)?\d\d(?!\d))?"
    r"(?P<task>[- ](?:[Ss]hared )?(?:[Tt]ask|[Ss]ubtask|[Tt]rack)[- ]?(?:\d+(?:\.\d+)?[A-Za-z]?|[A-C])\b)?"
    r"(?P<shared>[- ][Ss]hared[- ][Tt]asks?)?"
    r"(?![\w-])"
)


def flat_series_pattern(series):
    """The shared-task pattern as it was: a flat alternation, longest name first."""
    names = "|".join(sorted((re.escape(n) for n in series), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<series>{names})" + TAIL)


def random_text(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, n)))


def test_trie_series_pattern_matches_like_the_flat_alternation():
    text = (
        "Results on WMT 2014 and W-NUT-2017, the SemEval-2019 Task 6 data, BioNLP Shared Task 1.1, "
        "xWMT14, Sem-2020, CheckThat! Lab, LT-EDI-2022 Track A, SemEvals, Bio and BioNLP-ST."
    )
    flat, trie = flat_series_pattern(SERIES), shared_task_pattern(SERIES)
    found = [(m.span(), m.groupdict()) for m in trie.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in flat.finditer(text)]
    assert [m.group("series") for m in trie.finditer(text)][:4] == ["WMT", "W-NUT", "SemEval", "BioNLP"]
    rng = random.Random(7)
    for _ in range(3000):
        t = random_text(
            rng, ["WMT", "Sem", "Eval", "Bio", "NLP", "W-NUT", " ", "-", "20", "19", " Task 1", "x", "!"], 12
        )
        assert [(m.span(), m.groupdict()) for m in trie.finditer(t)] == [
            (m.span(), m.groupdict()) for m in flat.finditer(t)
        ], t


def test_trie_prefers_the_longer_of_two_names_and_keeps_regex_characters_literal():
    assert re.fullmatch(trie_pattern(["a.b", "a"]), "a.b") and not re.fullmatch(trie_pattern(["a.b"]), "axb")
    assert re.match(trie_pattern(["Bio", "BioNLP"]), "BioNLP").group() == "BioNLP"
    assert trie_pattern([]) == ""


def test_model_family_trie_reads_tokens_as_before():
    assert is_model_token("Llama3-8B") and is_model_token("GPT-4o") and not is_model_token("GPTQ")
    assert family_pattern().match("qwen2.5") and not family_pattern().match("Qwerty")


def test_standalone_occurrences_are_the_regex_matches():
    rng = random.Random(3)
    for _ in range(20000):
        hay = random_text(rng, "ab-s e_é1.²", 16)
        word = random_text(rng, "abse-", 3) or "a"
        expected = [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?:s|es)?(?![\w-])", hay)]
        assert list(standalone_occurrences(hay, word)) == expected, (hay, word)


def test_prev_word_is_the_regex_search():
    assert _prev_word("we fine-tune the GPT-- (", 0, 24) == "GPT--"
    rng = random.Random(5)
    for _ in range(20000):
        text = random_text(rng, "ab-_ .(\n1é²—", 40)
        hi = rng.randint(0, len(text))
        lo = max(0, hi - rng.choice([30, 4]))
        m = _PREV.search(text, lo, hi)
        assert _prev_word(text, lo, hi) == (m.group(1) if m else None), (text, lo, hi)


def test_find_values_skips_only_words_without_a_number():
    words = "scores improve by 2.2% to 14.6% , +0.3 ~ 0.8 , −1.5 points and 10-22 % at 3x speed in 2023".split()
    assert [(v.text, v.number, v.unit) for v in find_values(words)] == [
        ("2.2% to 14.6%", 2.2, "%"),
        ("+0.3 ~ 0.8", 0.3, None),
        ("−1.5 points", -1.5, "points"),
        ("10-22 %", 10.0, "%"),
        ("3x", 3.0, "x"),
    ]


def test_phrase_table_finds_every_key_and_no_other(tmp_path):
    keys = [f"phrase {i}" for i in range(500)] + ["a", "ab", "b a", ""]
    counts = np.arange(len(keys) * (len(COLUMNS) - 2), dtype=np.int32).reshape(len(keys), -1)
    table = PhraseTable(keys, counts)
    for i, k in enumerate(keys):
        assert table[k].df == int(counts[i, 0]) and k in table
    assert "phrase 500" not in table and table.get("phrase", 7) == 7
    again = pickle.loads(pickle.dumps(table))  # hashes are per interpreter: rebuilt on load
    assert again["phrase 42"] == table["phrase 42"]


def test_phrase_stats_file_with_a_short_row_is_refused(tmp_path):
    path = tmp_path / "stats.tsv.gz"
    good = ["machine translation", *["1"] * (len(COLUMNS) - 2), "machine translation"]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\t".join(good) + "\n" + "\t".join(good[:5] + good[-1:]) + "\n")
    with pytest.raises(ValueError, match="expected 15 counts"):
        load_phrase_stats(str(path))


def test_decide_full_equals_the_dense_product():
    rng = np.random.default_rng(0)
    feats = [f"f{i}" for i in range(30)]
    model = DecisionModel(feats, rng.normal(size=(30, len(LABELS))), intro_weights=rng.normal(size=30))
    samples = [{f"f{j}": float(rng.random()) for j in rng.choice(40, 12, replace=False)} for _ in range(20)]
    got = model.decide_full(samples)
    for s, (label, conf, _) in zip(samples, got):
        p = model.probabilities(s)
        if label is None:
            assert p[0] >= model.drop_threshold and conf == pytest.approx(p[0])
        else:
            assert conf == pytest.approx(p[LABELS.index(label)]) and p[0] < model.drop_threshold


def test_sentence_starts_visit_only_the_ends_and_find_what_the_word_loop_found():
    from paperkg.extract.tokens import _CLOSERS, _SENT_END, sentence_starts

    def word_by_word(words):
        starts, seen_end = [False] * len(words), False
        if words:
            starts[0] = True
        for i, w in enumerate(words):
            if seen_end and w not in _CLOSERS and w not in _SENT_END:
                starts[i], seen_end = True, False
            if w in _SENT_END or "\n" in w:
                seen_end = True
        return starts

    rng = random.Random(1)
    # "ab", not a single letter or an abbreviation: a point after those ends no sentence before lower case
    for _ in range(5000):
        words = [rng.choice(["ab", ".", "?", ")", "\n", "x\n", '"', "B", "!"]) for _ in range(rng.randint(0, 12))]
        assert sentence_starts(words) == word_by_word(words), words
        # with the text the words were cut from and their offsets: line breaks found in the text
        idx = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
        assert sentence_starts(words, " ".join(words), idx) == word_by_word(words), words


def find_names_stepwise(words, skip, pattern):
    """find_names as it was: a Python step over every token, ordinary words skipped one by one."""
    from paperkg.extract import names as N

    out, i = [], 0
    while i < len(words):
        w = words[i]
        if w.islower() and w.isalpha():
            i += 1
            continue
        if (N.is_model_token(w, pattern) and not ("-" in w and N.is_modifier_compound(w.split("-")))) or (
            w[:1] == "o" and N.is_o_series(w)
        ):
            j = N.extend_model(words, i, i + 1)
            out.append([i, j, "Model", "model"])
            i = j
            continue
        if w in N._SUFFIX_WORDS and out and out[-1][1] == i and words[i - 1][:1].isupper():
            out[-1] = [out[-1][0], i + 1, "Dataset", "shape"]
            i += 1
            continue
        if w in N._SUFFIX_WORDS and i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha():
            out.append([i - 1, i + 1, "Dataset", "shape"])
            i += 1
            continue
        head, _, tail = w.partition("-")
        if "-" in w and N.fold(head) in skip and tail.isalpha() and tail.islower():
            i += 1
            continue
        if N.is_name_shape(w) and N.fold(w) not in skip:
            j = N.extend_shape(words, i, i + 1)
            out.append([i, j, N.shape_type(w), "shape"])
            i = j
            continue
        i += 1
    return out


def test_find_names_skipping_in_c_finds_what_the_stepwise_loop_found():
    from paperkg.extract.names import find_names

    pattern, skip = family_pattern(), frozenset({"llm", "ai"})
    vocab = (
        "GPT-4o Llama 3 8B Instruct Eval Spider QA AGI o1-mini LLM-agent AI-generated SimPO ( ) , . - ^ % 97.2 x^2"
        " the model Arena-Hard pass@1 Qwen2.5-7B v1.1 2 Bench 's -- ... R1 A100 node2vec"
    ).split()
    rng = random.Random(3)
    kinds: dict[str, int] = {}  # the word kinds kept across texts, as NameFinder keeps them
    starts: dict[str, bool] = {}  # whether each word may start a name, kept the same way (`_name_starts`)
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 14))]
        expected = find_names_stepwise(words, skip, pattern)
        assert find_names(words, skip, pattern) == expected, words
        assert find_names(words, skip, pattern, kinds) == expected, words
        assert find_names(words, skip, pattern, kinds, starts=starts) == expected, words


def test_last_clause_break_from_the_end_is_the_split():
    from paperkg.extract.abbreviation import _CLAUSE_BREAK, _after_clause_break

    parts = ["a", "b", " ", ",", ";", ":", ".", "e", "g", "i", "x", "_", "1", "é", "-", "\n", "\t"]
    parts += ["named", "Named", "called", "NAMELY", "termed", "dubbed", "coined", "namely", "i.e.", "e.g.", "E.G."]
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 20)))
        assert _after_clause_break(text) == _CLAUSE_BREAK.split(text)[-1], text


def test_shared_task_cue_where_a_match_can_start_is_the_search():
    from paperkg.extract.rules import _SHARED_TASK_CUE, has_shared_task_cue

    parts = ["S", "s", "hared", " ", "-", "T", "t", "ask", "asks", "ub", "C", "c", "ompetition", "L", "l"]
    parts += ["eaderboard", "participat", "team", "teams", "1", "x", "_", "é", "downstream", "Steam"]
    rng = random.Random(12)
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        assert has_shared_task_cue(text) == (_SHARED_TASK_CUE.search(text) is not None), text


def test_sentence_starts_in_c_match_the_stepwise_scan():
    from paperkg.extract.tokens import sentence_starts

    def stepwise(words):
        n, starts = len(words), [False] * len(words)
        if words:
            starts[0] = True
        for m in [i for i, w in enumerate(words) if w in {".", "?", "!"} or "\n" in w]:
            k = m + 1
            while k < n and words[k] in {")", "]", "}", '"', "'", "”", "’", ".", "?", "!"}:
                k += 1
            if k < n:
                starts[k] = True
        return starts

    rng = random.Random(5)
    for _ in range(2000):  # "bc": an ordinary word (a single letter's point is an abbreviation's)
        words = [
            rng.choice(["A", "bc", ".", "?", "!", ")", "'", "\n", " \n ", "c."]) for _ in range(rng.randint(0, 12))
        ]
        assert sentence_starts(words) == stepwise(words), words


def test_decision_layer_decides_a_batch_of_docs_as_it_decides_each_doc():
    from paperkg.extract import load_pipeline

    nlp = load_pipeline()
    texts = [
        "FooNet: Sparse Attention for Long Inputs\nWe propose FooNet, a sparse attention method. "
        "On GSM8K it reaches 71.2% accuracy, 3 points above BERT.",
        "Cross-lingual Retrieval with BarQA\nWe evaluate BarQA on Natural Questions and report recall@10.",
        "A title without names\nnothing here is a name.",
    ]
    upto = [name for name, _ in nlp.pipeline].index("paperkg_decision")

    def before_decision(text):
        doc = nlp.make_doc(text)
        for _, proc in nlp.pipeline[:upto]:
            doc = proc(doc)
        return doc

    layer = nlp.get_pipe("paperkg_decision")
    one_by_one = [layer(before_decision(t))._.paperkg_entities for t in texts]
    batched = [d._.paperkg_entities for d in layer.pipe([before_decision(t) for t in texts], batch_size=8)]
    assert batched == one_by_one
    assert any(one_by_one)


def test_decide_full_sums_are_the_add_at_sums_to_the_bit():
    """The CSR product adds each concept's value * weight in the same order as the
    `np.add.at` it replaced, so the scores (and the decisions) are bit-identical."""
    rng = np.random.default_rng(1)
    feats = [f"f{i}" for i in range(50)]
    model = DecisionModel(feats, rng.normal(size=(50, len(LABELS))), intro_weights=rng.normal(size=50))
    samples = [{f"f{j}": float(rng.normal()) for j in rng.choice(70, 25, replace=False)} for _ in range(40)]
    absent = len(feats)
    cols = [model._index.get(k, absent) for s in samples for k in s]
    vals = np.array([v for s in samples for v in s.values()])
    rows = np.repeat(np.arange(len(samples)), [len(s) for s in samples])
    z = np.zeros((len(samples), len(LABELS)))
    np.add.at(z, rows, model._weights0[cols] * vals[:, None])
    zi = np.zeros(len(samples))
    np.add.at(zi, rows, model._intro0[cols] * vals)
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    intro = 1.0 / (1.0 + np.exp(-zi))
    for r, (label, conf, flag) in enumerate(model.decide_full(samples)):
        k = 0 if label is None else LABELS.index(label)
        assert conf == p[r, k] and flag == bool(intro[r] >= model.intro_threshold)


def test_cached_name_features_are_the_uncached_ones():
    from paperkg.extract.decision import _best_stats_of, _name_features, _name_items
    from paperkg.extract.phrase_stats import load_phrase_stats

    table = load_phrase_stats()
    for names in [("speculative decoding",), ("Zorp Net 2", "ZN2"), ("BLEU",), ("",)]:
        for type_ in ("Method", "Metric"):
            want = _name_features(names, type_, _best_stats_of(names, table))
            assert list(_name_items(names, type_, table).items()) == list(want.items())


def test_title_end_is_the_first_token_with_a_line_break(nlp):
    from paperkg.extract.tokens import token_view

    for text in ["A Title\nThe abstract.", "No line break here.", "Title \n\nAbstract", "\nA", "Tab\t\nX", ""]:
        doc = nlp.make_doc(text)
        v = token_view(doc)
        assert v.title_end() == next((i for i, w in enumerate(v.words) if "\n" in w), len(v.words))


def test_token_view_lowers_are_each_word_lower_cased(nlp):
    """Sliced from the lower-cased text only when that is the same: not with a capital
    sigma (lower-cased by its neighbours) or a letter whose lower case is longer."""
    from paperkg.extract.tokens import token_view

    for text in ["BERT and GPT-4o on MMLU.", "ΟΔΟΣ and ΣΑ-Net", "İstanbul NER (İNER) results", "ǅ digraph ẞ"]:
        v = token_view(nlp.make_doc(text))
        assert v.lowers == [w.lower() for w in v.words]
        assert v.sent_of == [k for k, (a, b) in enumerate(v.sents) for _ in range(a, b)]


def _number_starts(words):
    """The scan `_unhedged_starts` replaced: indices of the tokens that start with a digit or a sign."""
    from paperkg.extract.results.values import _SIGNS

    firsts = [w[:1] for w in words]
    return [k for k, c in enumerate(firsts) if c.isdigit() or c in _SIGNS]


def _unhedged_words(words):
    """The other scan it replaced: `_unhedged` called only on the words that start as a qualifier, LaTeX
    command, sign or digit does."""
    from paperkg.extract.results.values import _HEDGE_FIRST, _unhedged

    return [_unhedged(w) if w[:1].isdigit() or w[:1] in _HEDGE_FIRST else w for w in words]


def test_unhedged_words_leave_every_other_word_as_is():
    from paperkg.extract.results.values import _unhedged

    rng = random.Random(3)
    alphabet = list("ab1~<>≤+-−)%.(9 ") + ["\\textless", "\\sim", "²", "٣"]
    for _ in range(3000):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(6)]
        assert _unhedged_words(words) == [_unhedged(w) for w in words]


def test_unhedged_starts_by_first_characters_are_the_two_scans():
    """`find_values` (stop 36) unhedges and finds number starts in one search over the words' first characters."""
    from paperkg.extract.results.values import _unhedged_starts

    rng = random.Random(36)
    alphabet = list("ab1~<>≤+-−)%.(9 \\xé“") + ["\\textless", "\\sim", "²", "٣", "∼", "≈", "×", "①"]
    for _ in range(5000):
        shortest = 0 if rng.random() < 0.1 else 1  # an empty word only now and then: it takes the slower join
        words = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(shortest, 4))) for _ in range(rng.randint(0, 8))
        ]
        unhedged = _unhedged_words(words)
        assert _unhedged_starts(words) == (unhedged, _number_starts(unhedged)), words


def test_digit_sentences_are_the_search_of_each_sentence():
    """`_annotate` (stop 36) finds the sentences with a digit by one search per digit, not one per sentence."""
    from paperkg.extract.results.component import digit_sentences

    rng = random.Random(361)
    for _ in range(3000):
        text = random_text(rng, "ab 1.٣%", 40)
        cuts = sorted(rng.randint(0, len(text)) for _ in range(rng.randint(0, 10)))
        ranges = list(zip(cuts, cuts[1:]))
        if rng.random() < 0.3:  # ranges with gaps between them, as sentences leave spaces
            ranges = [(a, max(a, b - rng.randint(0, 2))) for a, b in ranges]
        want = [si for si, (a, b) in enumerate(ranges) if re.compile(r"\d").search(text, a, b)]
        assert digit_sentences(text, ranges) == want, (text, ranges)


def _listed_type_by_loop(lowers: list[str], start: int) -> str:
    """The type a list before lowers[start] gives it, found as `context_type` found it before stop 36: each
    cue tried against the three words before the name in turn, with no test of all the cues first."""
    from paperkg.extract import context as ctx

    window = " ".join(lowers[max(0, start - 3) : start])
    for cue in ctx.LIST_CUES:
        if window.endswith(cue):
            cue_start = start - len(cue.split())
            for k in range(cue_start - 1, max(-1, cue_start - 6), -1):
                for t, heads in ctx.LIST_HEADS.items():
                    if lowers[k] in heads:
                        if cue == ":" and k > 0 and lowers[k - 1] in {"this", "these", "that", "those"}:
                            return ""
                        return t
            break
    return ""


def test_list_cue_type_is_the_loop_over_the_cues():
    """`context_type` (stop 36) tests the words before a name against every list cue at once before it looks
    for the cue: on random words ending in a name (no word after it for the rules that read on), it types
    the name as the loop over the cues did, where no data noun names it first ("our corpus X")."""
    from paperkg.extract import context as ctx

    rng = random.Random(363)
    heads = [sorted(h)[0] for h in ctx.LIST_HEADS.values()] + ["datasets", "tasks", "metrics", "models"]
    pool = ["such", "as", "including", "like", "e.g.", "e.g.,", "namely", "i.e.", ":", ",", "g.", "this", "we"]
    pool += heads
    typed = 0
    for _ in range(5000):
        lowers = [rng.choice(pool) for _ in range(rng.randint(0, 7))] + ["foonet"]
        start = len(lowers) - 1
        named = ctx.named_after_dataset_head(lowers, start) or ctx.named_by_copula(lowers, start)
        want = "Dataset" if named else _listed_type_by_loop(lowers, start)
        assert ctx.context_type(lowers, start, start + 1) == want, lowers
        typed += bool(want) and not named
    assert typed > 500  # the windows reach the loop's every branch, not only its "no cue" one


def test_extraction_raises_the_gc_threshold_only_while_it_runs(paper_factory):
    import gc

    from paperkg.extract import GC_THRESHOLD, extract_papers

    before = gc.get_threshold()
    it = extract_papers([paper_factory("FooNet", "We propose FooNet."), paper_factory("B", "C.", "p2")])
    next(it)
    assert gc.get_threshold()[0] == max(before[0], GC_THRESHOLD)
    list(it)
    assert gc.get_threshold() == before


def test_token_view_reads_the_slot_doc_underscore_writes():
    """`token_view` reads `doc.user_data` under spaCy's key for `doc._.paperkg_view`: the view it
    built is the extension's value, and a value set through `doc._` is what it returns."""
    from paperkg.extract import load_pipeline
    from paperkg.extract.tokens import token_view

    nlp = load_pipeline()
    doc = nlp.make_doc("We propose Foo. It gains 2 points.")
    view = token_view(doc)
    assert doc._.paperkg_view is view and token_view(doc) is view
    other = nlp.make_doc("Another text.")
    doc._.paperkg_view = token_view(other)
    assert token_view(doc) is token_view(other)


def test_plural_word_positions_are_the_per_token_strip():
    """`_word_positions(..., plural_s=True)` tests the text's distinct words; it finds what testing
    every token with and without its trailing "s" found, on random words."""
    from paperkg.extract.tokens import scan_positions as _word_positions

    heads = frozenset({"latency", "size", "loss", "time", "s"})
    rng = random.Random(7)
    pool = ["latency", "latencys", "sizes", "sizess", "loss", "losses", "los", "times", "s", "ss", "", "the", "x"]
    for _ in range(200):
        lowers = [rng.choice(pool) for _ in range(rng.randrange(0, 30))]
        slow = [i for i, w in enumerate(lowers) if w in heads or w.rstrip("s") in heads]
        assert _word_positions(lowers, heads, plural_s=True) == slow


def test_token_view_words_from_the_cache_are_the_text_cut_at_its_offsets(monkeypatch):
    """`token_view` looks a Doc's words up by their ORTH hash (`tokens._WORDS`), kept across Docs:
    the words are still the text cut at each token's offsets, and lower-cased as `str.lower` does,
    whether seen before, new, or met again after the cache was cleared."""
    from paperkg.extract import load_pipeline, tokens
    from paperkg.extract.tokens import token_view

    nlp = load_pipeline()
    monkeypatch.setattr(tokens, "_WORD_CACHE_MAX", 8)
    texts = [
        "Frobnet",
        "Frobnet beats BERT on MMLU.",
        "ΟΔΟΣ and ΣΑ-Net beat Frobnet.",
        "İstanbul NER (İNER)  beats BERT .",
        "",
        "Zorb zorb Zorb ZORB zorb Frobnet",  # a new word twice in one text: its lower-case string is kept by the word
    ]
    for text in texts * 3:
        doc = nlp.make_doc(text)
        v = token_view(doc)
        assert v.words == [t.text for t in doc]
        assert v.lowers == [w.lower() for w in v.words]
    assert len(tokens._WORDS) <= 8 + max(len(nlp.make_doc(t)) for t in texts)


def test_word_positions_by_set_intersection_are_the_per_token_test():
    """`_word_positions` intersects the text's distinct words with the words it looks for, then scans
    for one word with `list.index` or for several with one `map`: the same positions as a test per token."""
    from paperkg.extract.tokens import scan_positions as _word_positions

    rng = random.Random(11)
    pool = ["model", "models", "task", "tasks", "the", "speed", "up", "s", ""]
    for _ in range(500):
        lowers = [rng.choice(pool) for _ in range(rng.randrange(0, 25))]
        words = frozenset(rng.sample(pool, rng.randrange(0, 4)))
        for plural_s in (False, True):
            slow = [i for i, w in enumerate(lowers) if w in words or (plural_s and w.rstrip("s") in words)]
            assert _word_positions(lowers, words, plural_s=plural_s, present=frozenset(lowers)) == slow


def test_word_positions_found_in_the_blob_are_the_scan():
    """`TokenView.positions` finds a word's tokens by `str.find` in the lower-cased words joined by "\\x00" (`word_blob`),
    plural forms too: the positions the scan it replaced (`scan_positions`) finds, on random words, as written
    and lower-cased; a text holding a "\\x00" is scanned."""
    from paperkg.extract.tokens import TokenView, scan_positions

    rng = random.Random(13)
    pool = [
        "model",
        "models",
        "modelss",
        "modelsss",
        "Model",
        "task",
        "tasks",
        "loss",
        "losses",
        "los",
        "s",
        "ss",
        "sss",
        "the",
    ]
    pool += ["speed", "up", "a\x00b", "\x00", "x\x00s", "", "Ü", "ü"]
    wanted = ["model", "task", "loss", "los", "s", "up", "Model", "a", "b", "x", "Ü", "\x00", "a\x00b", "ss"]
    for _ in range(3000):
        words = [rng.choice(pool) for _ in range(rng.randrange(0, 25))]
        v = TokenView("", words, [w.lower() for w in words], [], [], [], [])
        looked = frozenset(rng.sample(wanted + [""] * (rng.random() < 0.05), rng.randrange(0, 5)))
        for cased in (False, True):
            tokens = v.words if cased else v.lowers
            for plural_s in (False, True):
                slow = scan_positions(tokens, looked, plural_s=plural_s, present=frozenset(tokens))
                assert v.positions(looked, cased=cased, plural_s=plural_s) == slow, (words, looked, cased, plural_s)


def test_best_long_form_by_rfind_is_the_stepwise_scan():
    """`find_best_long_form` finds each letter by `str.rfind` in ASCII text: the tail the character loop it
    replaced (`_find_best_long_form_stepwise`) finds, on random short and long forms."""
    from paperkg.extract.abbreviation import _find_best_long_form_stepwise, find_best_long_form

    assert find_best_long_form("FSR", "a framework called Feature Search and Reinforcement") == (
        "Feature Search and Reinforcement"
    )
    rng = random.Random(17)
    letters = ["a", "b", "c", "A", "B", "C", "-", " ", "1", ".", "é", "İ", "ß", "x"]
    for _ in range(20000):
        short = random_text(rng, letters[:9] + ["é", "İ"] * (rng.random() < 0.1), 5)
        long = random_text(rng, letters[:9] + letters[9:] * (rng.random() < 0.1), 30)
        assert find_best_long_form(short, long) == _find_best_long_form_stepwise(short, long), (short, long)


def _title_pair_spelling_first(name, subtitle):
    """`title_pair` as it was: the spelling found for every number of words, before the word tests."""
    from paperkg.extract import abbreviation as A

    if not A.is_short_form(name) or not any(c.isupper() for c in name[1:]):
        return None
    words = subtitle.split()
    for n in range(2, min(len(words), A.max_long_form_words(name)) + 1):
        cand = " ".join(words[:n])
        lf = A.find_best_long_form(name, cand)
        if n < len(words) and A._continues_name(words[n]) or not A._spells_last_letter(name, words[n - 1]):
            continue
        fw = A._function_words()
        content = [w for w in words[:n] if w.lower() not in fw and any(c.isalnum() for c in w)]
        if len(content) > sum(c.isalnum() for c in name) or words[n - 1].lower() in fw:
            continue
        if lf == cand and A.accept_pair(name, lf) and cand[-1].isalnum():
            caps = [w for w in words[:n] if w[:1].isupper()]
            if len(caps) >= max(2, n - 1):
                return cand
    return None


def test_title_pair_spelling_last_finds_what_spelling_first_found():
    """`title_pair` tries the spelling only once the word tests pass: the same long forms, on random titles."""
    from paperkg.extract.abbreviation import title_pair

    assert title_pair("ETS", "Efficient Tree Search for Foo") == "Efficient Tree Search"
    rng = random.Random(19)
    names = ["ETS", "SimPO", "ThinK", "ALTER", "EtS", "E-TS", "ETSs", "X"]
    pool = ["Efficient", "Tree", "Search", "for", "Simple", "Preference", "Optimization", "Thinner", "Key"]
    pool += ["Cache", "Auxiliary", "Text", "Rewriting", "Tool", "a", "of", "the", "Evaluation", "search", "-", "2"]
    for _ in range(5000):
        name = rng.choice(names)
        subtitle = " ".join(rng.choice(pool) for _ in range(rng.randrange(0, 9)))
        assert title_pair(name, subtitle) == _title_pair_spelling_first(name, subtitle), (name, subtitle)


def test_edition_cue_parts_are_in_every_text_the_cue_matches():
    """`_edition_named_tasks` searches only a text holding one of `_EDITION_CUE_PARTS`: each match
    of the cue regex holds one, on random texts of the cue's pieces."""
    from paperkg.extract.rules import _EDITION_CUE_PARTS, _EDITION_NAMED_TASK_CUE

    rng = random.Random(5)
    pieces = ["S", "s", "hared", " ", "-", "T", "t", "ask", "19", "20", "21", "9", "x", "Task"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        if _EDITION_NAMED_TASK_CUE.search(text):
            assert any(p in text for p in _EDITION_CUE_PARTS), text


def test_naming_targets_by_set_intersection_are_the_per_token_test():
    """`naming_targets` finds the naming cues by a set intersection and `list.index`: the places a
    test of every token found, on random words."""
    from paperkg.extract import context as ctx

    def per_token(words, lowers):
        out = []
        for i in [k for k, w in enumerate(lowers[:-1]) if w in ctx.NAMING_CUES]:
            if lowers[i + 1] in ctx._NAMED_ENTITY:
                continue
            if words[i + 1][:1].isupper() or words[i + 1][:1] in "\"'“":
                j = i + 1
                if words[j] in ('"', "'", "“"):
                    j += 1
                if j < len(words) and words[j][:1].isupper():
                    out.append(j)
        return out

    rng = random.Random(2)
    pool = ["called", "dubbed", "named", "Foo", "a", '"', "Entity", "entity", "X"]
    for _ in range(5000):
        words = [rng.choice(pool) for _ in range(rng.randrange(0, 10))]
        lowers = [w.lower() for w in words]
        assert ctx.naming_targets(words, lowers) == per_token(words, lowers), words


def test_case_variants_by_distinct_words_are_the_per_token_test():
    from paperkg.extract.results.component import _DATA_SLOT, case_variants

    def stepwise(words, lowers, datasets, mentions):
        names = {n.casefold(): n for n in datasets if " " not in n and len(n) >= 4}
        covered = {i for s, e, _, _ in mentions for i in range(s, e)}
        out = []
        for i, w in enumerate(words):
            name = names.get(w.casefold())
            if name is None or w == name or i in covered or not w[:1].isupper():
                continue
            k = i - 1 - (i > 1 and lowers[i - 1] == "the")
            if k >= 0 and lowers[k] in _DATA_SLOT:
                out.append((i, i + 1, "Dataset", name))
        return out

    # "ϒzab": a capital that lower-casing keeps, so a lower-cased word may open with one (not in ASCII)
    vocab = ["on", "in", "the", "Zuco", "ZuCo", "zuco", "ZUCO", "SciTab", "SCITAB", "x", "Straße", "STRASSE", "of"]
    vocab += ["ϒzab", "ϒZAB", "ϒZab"]
    rng = random.Random(14)
    for _ in range(5000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        lowers = [w.lower() for w in words]
        datasets = rng.sample(["ZuCo", "SciTab", "Straße", "Ab", "Foo Bar", "zuco", "ϒZab"], rng.randint(0, 3))
        spans = rng.sample(range(len(words)), min(len(words), rng.randint(0, 2)))
        mentions = [(a, a + 1, "Dataset", "ZuCo") for a in spans]
        assert case_variants(words, lowers, datasets, mentions) == stepwise(words, lowers, datasets, mentions)


def test_qualifiable_first_words_hold_every_way_a_measure_opens():
    """`named_measure_variants` skips a candidate whose first token cannot open a general measure: each
    measure, its hyphens kept in one token or split at any of them, opens with a word of the set."""
    from itertools import product

    from paperkg.extract.rules import _QUALIFIABLE_FIRSTS, _QUALIFIABLE_MEASURES

    for m in _QUALIFIABLE_MEASURES:
        parts = m.split("-")
        for cuts in product((False, True), repeat=len(parts) - 1):
            first = parts[0]
            for part, cut in zip(parts[1:], cuts):
                if cut:
                    break
                first += "-" + part
            assert first in _QUALIFIABLE_FIRSTS, (m, first)


@pytest.mark.parametrize(
    "text,name",
    [
        # "the" at the farthest place the rule reaches: three capitalised words and a version before the noun
        ("Title\n\nWe test on the Zorb Quux Frob 2031 dataset today.", "Zorb Quux Frob 2031"),
        ("Title\n\nWe test on the Zorb Quux Frob dataset today.", "Zorb Quux Frob"),
        ("Title\n\nthe Zorb dataset is new.", "Zorb"),  # "the" as the text's first tokens after the title
    ],
)
def test_named_data_nouns_the_window_reaches_the_longest_name(nlp, text, name):
    """`named_data_nouns` looks for its "the" only at h-5 .. h-2 (h: the data noun): the longest name it
    takes, three words and a version, still opens right after it."""
    from tests.extract.test_extract_rules import cands_after

    c = cands_after(nlp, text, "named_data_nouns")
    assert c[name].types == {"Dataset": 4} and c[name].kind == "data_name"


@pytest.mark.parametrize(
    "rule,text,name",
    [
        # a list and a value after the cue: the candidates' tokens are collected at the first list / hit
        ("listed_criteria", "Title\n\nWe rate three criteria, i.e., frobness, quuxity and zorpity.", "quuxity"),
        ("reported_correlations", "Title\n\nOur score reaches a correlation of 0.72 with people.", "correlation"),
    ],
)
def test_rules_that_collect_taken_tokens_late_find_as_before(nlp, rule, text, name):
    from tests.extract.test_extract_rules import cands_after

    c = cands_after(nlp, text, "lexicon_names", rule)
    assert c[name].types.get("Metric")


def test_first_sentence_of_the_only_dataset_by_sent_of_is_the_nested_search():
    """`ResultExtractor._annotate` finds the sentence of the paper-wide dataset's first mention from the sorted
    mentions and the view's `sent_of`, not by testing every mention against every sentence."""
    rng = random.Random(7)
    for _ in range(500):
        n = rng.randint(1, 40)
        cuts = sorted(rng.sample(range(1, n), rng.randint(0, min(6, n - 1)))) if n > 1 else []
        first_tokens = [0, *cuts]
        sents = list(zip(first_tokens, [*cuts, n]))
        sent_of = [k for k, (a, b) in enumerate(sents) for _ in range(a, b)]
        by_token = sorted(
            (s, min(n, s + rng.randint(1, 3)), rng.choice(["Dataset", "Method"]), rng.choice(["A", "B", "C"]))
            for s in (rng.randrange(n) for _ in range(rng.randint(0, 8)))
        )
        for only in ("A", "B", None):
            nested = next(
                (
                    k
                    for k, (s0, s1) in enumerate(sents)
                    for s, e, t, nm in by_token
                    if nm == only and t == "Dataset" and s0 <= s < s1
                ),
                None,
            )
            direct = (
                next((sent_of[s] for s, e, t, nm in by_token if nm == only and t == "Dataset"), None)
                if only is not None
                else None
            )
            assert direct == nested


def test_compound_start_reads_no_blocked_token_from_the_head_on():
    """`head_compounds` passes its `blocked` set whole, not less the head's tokens (a copy per head): the
    start found is the same, as `compound_start` looks only before the head."""
    from paperkg.extract.context import compound_start

    rng = random.Random(11)
    vocab = ["a", "the", "novel", "ensemble", "prompting", "KV", "cache", "-", "based", "span", "Title", "Word"]
    vocab += ["guided", "to", "improve", "English-to-German", "top-10", "fast", "learning", "Contrastive"]
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 9))]
        s = rng.randrange(len(words))
        e = rng.randint(s + 1, len(words))
        blocked = {i for i in range(len(words)) if rng.random() < 0.3}
        for title_case in (False, True):
            for split in (False, True):
                kw = dict(title_case=title_case, split_modifiers=split, stop=frozenset({"fast"}))
                assert compound_start(words, s, blocked, **kw) == compound_start(
                    words, s, blocked - set(range(s, e)), **kw
                )


def test_records_built_by_slot_setters_are_the_dataclass_records():
    """`doc_to_extraction` builds `Evidence` and `Entity` by their slots' setters, not the frozen
    dataclasses' `__init__`: the same records (fields in order, equal, same hash and type)."""
    from dataclasses import fields

    from paperkg.extract import _entity_record, _evidence_record
    from paperkg.model import Entity, Evidence

    assert [f.name for f in fields(Evidence)] == ["sentence", "start", "end"]
    assert [f.name for f in fields(Entity)] == ["name", "type", "aliases", "introduced", "evidence"]
    ev = _evidence_record("We use FooNet.", 7, 13)
    assert ev == Evidence("We use FooNet.", 7, 13) and hash(ev) == hash(Evidence("We use FooNet.", 7, 13))
    assert type(ev) is Evidence and repr(ev) == repr(Evidence("We use FooNet.", 7, 13))
    ent = _entity_record("FooNet", "Method", ("Foo",), True, (ev,))
    want = Entity("FooNet", "Method", ("Foo",), True, (Evidence("We use FooNet.", 7, 13),))
    assert ent == want and hash(ent) == hash(want) and type(ent) is Entity and ent.count == 1
    assert pickle.loads(pickle.dumps(ent)) == want


def test_metric_modifier_start_reads_only_the_two_tokens_before_the_head():
    """`measured_quantities` collects its `blocked` tokens only at h-1 and h-2 (h: a metric head): the start
    `metric_modifier_start` finds is the same as with every blocked token."""
    from paperkg.extract.context import metric_modifier_start

    rng = random.Random(39)
    vocab = ["the", "prefill", "latency", "top-20", "retrieval", "accuracy", "kv", "cache", "usage", "index", "size"]
    for _ in range(3000):
        lowers = [rng.choice(vocab) for _ in range(rng.randint(1, 9))]
        h = rng.randrange(len(lowers))
        blocked = {i for i in range(len(lowers)) if rng.random() < 0.3}
        assert metric_modifier_start(lowers, h, blocked) == metric_modifier_start(lowers, h, blocked & {h - 1, h - 2})


@pytest.mark.parametrize(
    "text,name",
    [
        ("Title\n\nWe cut the prefill latency of FooNet by half.", "prefill latency"),
        ("Title\n\nWe report the top-20 retrieval accuracy on Zorb.", "top-20 retrieval accuracy"),
    ],
)
def test_measured_quantities_with_blocked_tokens_near_heads_only(nlp, text, name):
    from tests.extract.test_extract_rules import cands_after

    c = cands_after(nlp, text, "lexicon_names", "shaped_names", "measured_quantities")
    assert c[name].types.get("Metric")


def test_balanced_brackets_without_brackets_skips_the_character_loop():
    """`balanced_brackets` answers a name without brackets at once; every name gets the old loop's answer."""
    from paperkg.extract.concepts import balanced_brackets

    def loop(name):
        depth = 0
        for ch in name:
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
                if depth < 0:
                    return False
        return depth == 0

    rng = random.Random(36)
    for _ in range(5000):
        name = random_text(rng, "ab ()[]{}-<>", 12)
        assert balanced_brackets(name) == loop(name), name


def test_translation_directions_without_the_word_skip_the_pair_pattern():
    """`is_translation_direction` tries the language pairs only when the name holds "translation" (any case,
    under the tail's own flags); otherwise its answer is the old one's."""
    from paperkg.extract.concepts import _DIRECTION_TAIL, is_translation_direction
    from paperkg.language_pairs import pair_mentions

    def old(name):
        pairs = pair_mentions(name)
        return bool(pairs) and pairs[0][0] == 0 and bool(_DIRECTION_TAIL.fullmatch(name[pairs[0][1] :]))

    rng = random.Random(37)
    parts = ["German", "English", "-to-", "-", " to ", "En-De", " ", "machine ", "translation", "Translations"]
    parts += ["TRANSLATION", "tranſlation", "speech", "s", "\u212a", "zorb"]
    for _ in range(3000):
        name = "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        assert is_translation_direction(name) == old(name), name
    assert is_translation_direction("German-to-English translation")


def test_name_starts_from_the_kept_answers_are_the_fresh_answers():
    """`_name_starts` with answers kept across texts (and cleared when full) finds the tokens it finds with none kept,
    and every one is a token the per-token test calls unordinary."""
    from paperkg.extract import names

    rng = random.Random(38)
    pattern, skip = family_pattern(), frozenset({"llm"})
    vocab = ["a", "GPT-4", "model", ",", "x2", "((", "Foo", "fine-tuning", "123", ".", "é", "ÉTÉ", "-", "ﬁne", "QA"]
    vocab.append("Ǆa")  # a title-case letter: not lower, not punctuation
    starts: dict[str, bool] = {}
    kinds: dict[str, int] = {}
    for n in range(2000):
        words = [rng.choice(vocab) + rng.choice(["", "", str(n % 50)]) for _ in range(rng.randint(0, 30))]
        found = names._name_starts(words, starts, kinds, skip, pattern)
        assert found == names._name_starts(words, {}, {}, skip, pattern), words
        assert all(names._is_unordinary(words[k]) for k in found), words
    assert len(starts) <= names._KINDS_MAX + 200


def test_propose_windows_of_the_sentences_with_a_verb_are_every_sentence_s():
    """`propose_windows` reads only the sentences that hold a proposing verb: it finds the windows that
    reading every sentence finds."""
    from itertools import chain, compress, count, repeat

    from paperkg.extract import context as ctx
    from paperkg.extract.concepts import propose_windows
    from paperkg.extract.tokens import TokenView, sentence_starts

    def every_sentence(v):
        out = []
        for a, b in v.sents:
            win = ctx.propose_window(v.lowers[a:b])
            if win:
                out.append((a + win[0], a + win[1]))
        return out

    rng = random.Random(40)
    vocab = ["we", "propose", "introduce", "present", "this", "paper", "to", "a", "Foo", ".", "\n", "method", "our"]
    for _ in range(2000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 40))]
        starts = sentence_starts(words)
        first = list(compress(count(), starts))
        sents = list(zip(first, first[1:] + [len(words)]))
        sent_of = list(chain.from_iterable(map(repeat, count(), (b - a for a, b in sents))))
        lowers = [w.lower() for w in words]
        v = TokenView(" ".join(words), words, lowers, [], starts, sents, sent_of)
        assert propose_windows(v) == every_sentence(v), words


def test_title_means_runs_kept_per_title_are_means_runs():
    """`title_means_runs` (kept for the last few titles, asked for twice per Doc) gives `means_runs` of the title."""
    from paperkg.extract.rules import means_runs, title_means_runs

    rng = random.Random(41)
    vocab = ["Contrastive", "Span", "Pooling", "for", "Relation", "Extraction", "via", "Soft", "Alignment", "using"]
    vocab += ["Learning", "Past", "Reflections", ":", "DocEdit", "Editing", "LLM", "Grounding", "of", "Graph-Sequence"]
    for _ in range(2000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        lowers = [w.lower() for w in words]
        for _ in range(2):
            assert title_means_runs(tuple(words), tuple(lowers)) == tuple(means_runs(words, lowers, len(words)))


def test_group_mentions_cut_each_mention_as_char_range_does(nlp):
    """`group_mentions` cuts each mention's characters from the view's lists itself, as `TokenView.char_range` does."""
    from paperkg.extract import concepts
    from paperkg.extract.tokens import token_view

    doc = nlp(
        "FrobNet: Zorb Tuning for Quux Detection\n\nWe propose FrobNet (FN), a novel method. FN beats BERT on SQuAD."
    )
    v = token_view(doc)
    asm = nlp.get_pipe("paperkg_concepts")
    cands, short_to_long = asm.candidates(doc)
    spans = concepts.choose_spans(cands)
    groups = concepts.group_mentions(v, spans, cands, short_to_long, {}, set())
    got = sorted(m for g in groups.values() for m in g.mentions)
    assert got and got == sorted(
        list(v.char_range(s, e)) for s, e in spans if concepts.fold(cands[(s, e)].name or v.span_text(s, e))
    )


def test_spelling_of_ascii_names_without_the_regex_is_the_regex_s():
    """`concepts._spelling` spells an ASCII name by `str.replace` and `str.split`, as the regex did (whitespace
    runs, hyphens, "\\x1c".."\\x1f" that `\\s` and `str.split` both take, a Kelvin sign that lower-cases to ASCII)."""
    from paperkg.extract.concepts import _SPACES_AND_HYPHENS, _spelling

    rng = random.Random(38)
    alphabet = "aB Z-\t\n\x1c\x1f\x0b\xa0\u2010\u2015\u2016\u3000é_İ\u212a"
    for _ in range(20000):
        name = random_text(rng, alphabet, 14)
        assert _spelling(name) == _SPACES_AND_HYPHENS.sub(" ", name.lower()).strip(), repr(name)
    assert _spelling("  Multi-Head  Self\u2010Attention- ") == "multi head self attention"


def test_a_text_without_team_cues_has_no_team_mention():
    """`group_mentions` asks `is_team_mention` only in a text holding one of `TEAM_CUES`: without them it
    finds no team at any span (random word lists with the cue words' neighbours, openers and naming cues)."""
    from paperkg.extract.context import NAMING_CUES, TEAM_CUES, is_team_mention

    rng = random.Random(38)
    vocab = ["(", ",", '"', "“", "'s", "’s", "nlp", "research", "foo", "bar", "the", "our", *sorted(NAMING_CUES)[:6]]
    cues = sorted(TEAM_CUES)
    seen = 0
    for _ in range(20000):
        lowers = [rng.choice(vocab + cues if rng.random() < 0.3 else vocab) for _ in range(rng.randint(1, 9))]
        found = [
            (s, e) for s in range(len(lowers)) for e in range(s + 1, len(lowers) + 1) if is_team_mention(lowers, s, e)
        ]
        if TEAM_CUES.isdisjoint(lowers):
            assert not found, lowers
        seen += bool(found)
    assert seen > 1000  # the cue words do make team mentions


def test_drop_event_names_at_the_event_nouns_is_the_scan_of_every_token():
    """`drop_event_names` given the event nouns' tokens (`TokenView.positions`) drops the candidates the scan of
    every token dropped (random words with event nouns at the text's last tokens too)."""
    from paperkg.extract.concepts import EVENT_NOUNS, drop_event_names
    from paperkg.extract.tokens import scan_positions

    rng = random.Random(38)
    vocab = ["Conference", "Workshop", "workshop", "Symposium", "on", "for", "Machine", "Translation", "and", "of"]
    vocab += ["-", "the", "Foo", "at", "(", "WMT", ")", "frob"]
    for _ in range(5000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        lowers = [w.lower() for w in words]
        spans = {(s, e) for s in range(len(words)) for e in range(s + 1, len(words) + 1) if rng.random() < 0.2}
        old, new = dict.fromkeys(spans), dict.fromkeys(spans)
        drop_event_names(old, words, lowers)
        drop_event_names(new, words, lowers, scan_positions(lowers, EVENT_NOUNS))
        assert old == new, words


def test_shape_type_without_its_cues_is_the_four_searches():
    """`shape_type` returns "" at once for a name holding none of `_SHAPE_CUES`: the four patterns it tried
    before find nothing in it either (random names from pieces of every pattern's literals)."""
    from paperkg.extract import names

    def old(text):
        if names.is_at_metric(text) or names._METRIC_TAIL.search(text):
            return "Metric"
        if names._MODEL_TAIL.search(text):
            return "Model"
        if names._DATASET_TAIL.search(text):
            return "Dataset"
        if names._DATASET_SUFFIX.search(text) and not text.isupper():
            return "Dataset"
        if text.endswith(("QA", "Bench", "Eval")):
            return "Dataset"
        return ""

    rng = random.Random(38)
    pieces = ["BER", "T", "a", "Ro", "XL", "M", "R", "G", "P", "5", "LLa", "MA", "lama", "CLI", "Vi", "BAR", "L"]
    pieces += ["D", "S", "B", "en", "ch", "be", "Ev", "al", "Q", "A", "Are", "na", "-", "Ha", "rd", "Se", "t"]
    pieces += ["Cor", "pus", "Dat", "Sui", "te", "GLU", "E", "@", "1", "k", "x", "v2", "+", " ", "_", "sp", "LEU"]
    kinds = set()
    for _ in range(40000):
        name = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert names.shape_type(name) == old(name), name
        kinds.add(old(name))
    assert kinds == {"", "Metric", "Model", "Dataset"}


def test_with_plurals_is_the_per_call_plural_forms():
    """`TokenView.positions(..., plural_s=True)` intersects the text's words with `with_plurals(words)`, kept per
    word set: the hits the per-call comprehension it replaced found (the words present, and each word's "s" and
    "ss" forms present), for frozensets (kept, also past the cache's bound) and plain sets (never kept)."""
    from paperkg.extract import tokens

    rng = random.Random(39)
    pool = ["size", "sizes", "sizess", "loss", "losses", "lossss", "s", "ss", "", "time", "times", "rate", "Ü", "üs"]
    for _ in range(3000):
        words = {rng.choice(pool) for _ in range(rng.randrange(0, 6))}
        present = frozenset(rng.choice(pool) for _ in range(rng.randrange(0, 10)))
        before = (present & words) | {p for w in words if w[-1:] != "s" for p in (w + "s", w + "ss") if p in present}
        for looked in (frozenset(words), set(words)):
            assert present & tokens.with_plurals(looked) == before, (words, present)
            assert present & tokens.with_plurals(looked) == before  # the kept forms, read again
    assert len(tokens._PLURALS) <= tokens._PLURALS_MAX


def test_same_task_cores_without_two_dataset_votes_yields_nothing(nlp, monkeypatch):
    """`_same_task_cores` returns before the text's shared-task cue when fewer than two candidates have a Dataset
    vote: what it yields with that count left out (every candidate counted), on random candidate sets drawn
    from texts about shared tasks, with random votes."""
    from paperkg.extract import rules

    texts = [
        "FOOD 2031 Shared Task: Overview\n\nWe report on the FOOD 2031 Shared Task. The Frobish Dialect Detection "
        "(FOOD) shared task drew 12 teams; FOOD Task 2031 data are public.",
        "TeamX at BarSumm 2031: Summaries\n\nOur team took part in BarSumm. Participating in BarSumm 2031, we rank "
        "first on the BarSumm 2031 test set and on WMT 2031; the WMT31 shared task too.",
    ]
    rng = random.Random(41)
    asm = nlp.get_pipe("paperkg_concepts")
    votes = [{}, {"Dataset": 4}, {"Dataset": 2, "Method": 3}, {"Method": 4}, {"Task": 2, "Dataset": 2}]
    yielded = 0
    for text in texts:
        with nlp.select_pipes(disable=["paperkg_concepts", "paperkg_decision", "paperkg_results"]):
            doc = nlp(text)
        c = asm.rule_context(doc)
        cands, _ = asm.candidates(doc)
        assert len(cands) >= 4
        for _ in range(300):
            picked = rng.sample(sorted(cands), rng.randrange(0, len(cands) + 1))
            sub = {}
            for se in picked:
                cand = copy.copy(cands[se])
                if rng.random() < 0.5:
                    cand.types = dict(rng.choice(votes))
                sub[se] = cand
            new = list(rules._same_task_cores(c, sub))
            with monkeypatch.context() as m:
                m.setattr(rules, "_votes_dataset", lambda cand: True)
                old = list(rules._same_task_cores(c, sub)) if len(sub) >= 2 else []
            assert new == old, (text, sub)
            yielded += bool(new)
    assert yielded  # the sets that do join spellings are among them


def test_top_type_of_one_vote_is_max_s():
    """`Candidate.top_type` returns a lone vote's type without `max`: the type `max` with a lambda key (the code
    it replaced) picks, ties to the first, on random votes."""
    from paperkg.extract.rules import Candidate

    rng = random.Random(47)
    for _ in range(5000):
        keys = rng.sample(["Method", "Task", "Dataset", "Metric", "Model", ""], rng.randrange(0, 5))
        types = {k: rng.choice([0, 1, 2, 3, 4, -1]) for k in keys}
        before = max(types, key=lambda t: types[t]) if types else ""
        assert Candidate(0, 1, types).top_type() == before, types


def test_group_type_of_one_vote_is_max_s():
    """`group_type` returns a lone vote's type without `max`: the type `max` with its key (the code it replaced)
    picks, on random votes and descriptions."""
    from paperkg.extract.concepts import MentionGroup, group_type

    rng = random.Random(53)
    for _ in range(5000):
        keys = rng.sample(["Method", "Task", "Dataset", "Metric", "Model"], rng.randrange(0, 4))
        types = {k: rng.choice([0, 1, 2, 4, 8, -1]) for k in keys}
        g = MentionGroup(
            surfaces=["X"], types=types, described=set(rng.sample(["Method", "Model", "Metric"], rng.randrange(0, 2)))
        )
        if rng.random() < 0.3:
            g.lexicon_types = {"Dataset": 8}
        expected = max(types.items(), key=lambda kv: (kv[1], kv[0] == "Method"))[0] if types else "Method"
        if not g.lexicon_types and len(g.described) == 1:
            expected = next(iter(g.described))
        assert group_type(g) == expected, (types, g.described, g.lexicon_types)


def test_extension_read_and_write_are_spacys_accessor():
    """`extensions.read` / `write` (the components' way past `doc._`, which builds an accessor object per
    use) see and set the very values `doc._.paperkg_<name>` does, for every extension, unset ones as None."""
    import spacy

    from paperkg.extract.extensions import NAMES, attr, read, write

    doc = spacy.blank("en")("a b")
    for i, name in enumerate(NAMES):
        assert read(doc, name) is None and getattr(doc._, attr(name)) is None
        write(doc, name, [i])
        assert getattr(doc._, attr(name)) == [i]
        setattr(doc._, attr(name), {"n": i})
        assert read(doc, name) == {"n": i}
    write(doc, "view", None)
    assert doc._.paperkg_view is None


def test_next_digit_is_the_digit_search():
    """`results.component.next_digit` (0-9 by `str.find` in an ASCII text) finds the place `\\d`'s search (the
    code it replaced) finds, from any start, on random texts with and without non-ASCII digits and marks."""
    from paperkg.extract.results.component import digit_sentences, next_digit

    digit = re.compile(r"\d")
    rng = random.Random(59)
    alphabet = "ab .,()%\n" + "0123456789" + "٣३０²½é"
    for _ in range(20000):
        text = random_text(rng, alphabet if rng.random() < 0.3 else alphabet[:19], 40)
        start = rng.randint(0, len(text))
        m = digit.search(text, start)
        assert next_digit(text, start) == (m.start() if m else len(text)), (text, start)
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(1, 5))))
        ranges = [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]
        assert digit_sentences(text, ranges) == [i for i, (a, b) in enumerate(ranges) if digit.search(text[a:b])]


def test_lexicon_matches_of_one_matcher_are_those_of_two(nlp):
    """`LexiconMatcher.matches` (one PhraseMatcher on LOWER holding the exact-case spellings lower-cased under a
    key of their own, kept where the text writes them as written) finds what the two matchers it replaced found
    (one on LOWER, one on ORTH), in the same order: on the seed abstracts and on copies with words' case changed
    at random (upper, lower, title), so that lower-cased exact-case spellings match words they must not."""
    from pathlib import Path

    from spacy.matcher import PhraseMatcher
    from spacy.strings import get_string_id

    from paperkg.extract.tokens import token_view
    from paperkg.sources import read_papers

    lex = nlp.get_pipe("paperkg_lexicon")
    ci = PhraseMatcher(nlp.vocab, attr="LOWER")
    ci.add("ci", [[get_string_id(w) for w in ws] for ws in lex.ci_labels])
    cs = PhraseMatcher(nlp.vocab, attr="ORTH")
    cs.add("cs", [[get_string_id(w) for w in ws] for ws in lex.cs_labels])
    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    texts = [p.text for p in read_papers([str(corpus)])][:120] if corpus.exists() else []
    texts += ["BERT, bert and Bert; ROUGE or rouge; the Transformer, transformers, WHISPER and Whisper tuning."]
    rng = random.Random(61)
    # invented texts of the lexicon's own spellings, exact-case and case-insensitive, between filler words
    spellings = [" ".join(ws) for ws in rng.sample(sorted(lex.cs_labels), 300) + rng.sample(sorted(lex.ci_labels), 300)]
    for _ in range(40):
        texts.append(
            " ".join(rng.choice([*rng.sample(spellings, 1), "the", "of", "and", ",", "model"]) for _ in range(60))
        )
    changed = [" ".join(rng.choice([w, w.lower(), w.upper(), w.title()]) for w in t.split(" ")) for t in texts]
    n_cased = 0
    for text in texts + changed:
        doc = nlp.make_doc(text)
        v = token_view(doc)
        want = [[s, e, *lex.ci_labels[tuple(v.lowers[s:e])]] for _, s, e in ci(doc)]
        exact = [[s, e, *lex.cs_labels[tuple(v.words[s:e])]] for _, s, e in cs(doc)]
        n_cased += len(exact)
        assert lex.matches(doc, v) == want + exact, text
    assert n_cased > 20


def test_next_word_at_a_place_is_the_match_over_the_slice():
    """`decision._NEXT_AT.match(text, b, b + 30)` (what `_neighbour_features` reads after a mention) finds the word
    `_NEXT.match(text[b : b + 30])` (the code it replaced) found, at any place, past the end too."""
    from paperkg.extract.decision import _NEXT, _NEXT_AT

    rng = random.Random(67)
    for _ in range(20000):
        text = random_text(rng, "ab-_ .,()\n9é’", 60)
        b = rng.randint(0, len(text) + 3)
        old, new = _NEXT.match(text[b : b + 30]), _NEXT_AT.match(text, b, b + 30)
        assert (old and old.group(1)) == (new and new.group(1)), (text, b)


def test_break_hyphens_are_the_pattern_matches():
    """`_break_hyphens` (a search of the literal "- " and two character tests) finds the hyphens `_BREAK`'s search
    matched."""
    from paperkg.extract.line_breaks import _BREAK, _break_hyphens

    rng = random.Random(44)
    alphabet = "aZ9- -  \n\t-_.é\u00a0Ä٣"
    for _ in range(20000):
        text = random_text(rng, alphabet, 30)
        assert list(_break_hyphens(text)) == [m.start() for m in _BREAK.finditer(text)], text


def test_blob_positions_in_one_sweep_are_the_per_word_counts():
    """`blob_positions` counting separators once over the places of all words in order finds what counting
    from the blob's start for each word found (the code it replaced, written out here)."""
    from paperkg.extract.tokens import _SEP, blob_positions, word_blob

    def per_word(blob, words):
        found = []
        for w in words:
            needle = _SEP + w + _SEP
            i, last = 0, 0
            p = blob.find(needle)
            while p >= 0:
                i += blob.count(_SEP, last, p)
                last = p
                found.append(i)
                p = blob.find(needle, p + 1)
        return sorted(found) if len(words) > 1 else found

    rng = random.Random(44)
    vocab = ["a", "b", "ab", "ba", "aa", "latency", "s", "é", "a b"]
    for _ in range(20000):
        tokens = [rng.choice(vocab) for _ in range(rng.randint(1, 12))]
        blob = word_blob(tokens)
        words = set(rng.sample(vocab, rng.randint(1, 4)))
        assert blob_positions(blob, words) == per_word(blob, words), (tokens, words)


def test_union_find_halving_is_the_old_loop():
    """`_UnionFind.find` (parent read once a step) leaves the same roots and the same parent links as the loop
    it replaced, written out here, after random unions and finds."""
    from paperkg.extract.concepts import _UnionFind

    def old_find(parent, x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rng = random.Random(44)
    keys = [str(i) for i in range(12)]
    for _ in range(3000):
        uf, parent = _UnionFind(), {}
        for _ in range(rng.randint(0, 15)):
            a, b = rng.choice(keys), rng.choice(keys)
            if rng.random() < 0.3:
                assert uf.find(a) == old_find(parent, a)
            else:
                uf.union(a, b)
                ra, rb = old_find(parent, a), old_find(parent, b)
                if ra != rb:
                    lo, hi = sorted((ra, rb))
                    parent[hi] = lo
            assert uf.parent == parent


def test_covered_is_every_token_of_the_spans():
    from paperkg.extract.rules import _covered

    rng = random.Random(44)
    for _ in range(2000):
        spans = {(s, s + rng.randint(0, 4)): None for s in rng.sample(range(40), rng.randint(0, 10))}
        assert _covered(spans) == {i for s, e in spans for i in range(s, e)}


def test_cuts_known_name_by_start_is_the_test_of_every_known_span():
    """`_cuts_known_name` over the lexicon spans' furthest end by start finds what testing every lexicon span
    found (the code it replaced, written out here)."""
    from paperkg.extract.rules import Candidate, _cuts_known_name, _lexicon_spans

    rng = random.Random(45)
    for _ in range(5000):
        cands = {}
        for _ in range(rng.randint(0, 8)):
            a = rng.randrange(0, 12)
            b = a + rng.randint(1, 4)
            cands[(a, b)] = Candidate(a, b, kind=rng.choice(["lexicon", "lexicon", "shape", "model"]))
        spans = [span for span, cand in cands.items() if cand.kind == "lexicon"]
        s = rng.randrange(0, 12)
        e = s + rng.randint(1, 4)
        assert _cuts_known_name(_lexicon_spans(cands), s, e) == any(s <= a < e < b for a, b in spans)


def test_merge_keeping_the_first_candidate_is_the_copy():
    """`merge` keeping a span's first yielded candidate (votes copied, unset flags False) leaves `cands` as the
    copy it made before did (the code it replaced, written out here), for any sequence of rule candidates."""
    from dataclasses import astuple, replace

    from paperkg.extract.rules import Candidate, merge

    def old_merge(cands, cand, words):
        s, e = cand.start, cand.end
        while s < e and words[s] in "\"'“”‘’.,;:()[]{}":
            s += 1
        while e > s and words[e - 1] in "\"'“”‘’.,;:()[]{}":
            e -= 1
        if s >= e:
            return None
        c = cands.get((s, e))
        if c is None:
            c = cands[(s, e)] = Candidate(s, e, lf=False, title=False, named=False)
        if cand.replace_types:
            c.types = dict(cand.types)
        else:
            for t, w in cand.types.items():
                c.types[t] = max(c.types.get(t, 0), w)
        c.kind = c.kind or cand.kind
        for name in ("lf", "canonical", "title", "named", "name", "alias"):
            if getattr(cand, name) is not None:
                setattr(c, name, getattr(cand, name))
        return c

    rng = random.Random(45)
    words = ["(", "Foo", "Bar", ",", "baz", ")", "qux", "."]
    for _ in range(3000):
        new, old, given = {}, {}, []
        for _ in range(rng.randint(0, 8)):
            s = rng.randrange(0, len(words))
            cand = Candidate(
                s,
                rng.randint(s, len(words)),
                {t: rng.randint(0, 5) for t in rng.sample(["Model", "Method", "Dataset"], rng.randint(0, 2))},
                kind=rng.choice(["", "lexicon", "shape"]),
                lf=rng.choice([None, True, False]),
                canonical=rng.choice([None, "Foo"]),
                title=rng.choice([None, True]),
                named=rng.choice([None, True, False]),
                name=rng.choice([None, "Foo Bar"]),
                alias=rng.choice([None, "FB"]),
                replace_types=rng.random() < 0.2,
            )
            given.append((cand, dict(cand.types)))
            merge(new, replace(cand), words)  # a `replace` copy shares the votes dict, as trim_task_manner's does
            old_merge(old, cand, words)
        assert {k: astuple(c) for k, c in new.items()} == {k: astuple(c) for k, c in old.items()}
        assert all(cand.types == votes for cand, votes in given)  # no merge changed votes it was given


def test_list_runs_stopping_at_a_word_is_the_gap_list():
    """`list_runs` against the test it replaced: a list of the gap's words, then its length and its words tested."""
    from paperkg.extract.results.clauses import list_runs

    def old_list_runs(items, start_of, end_of, lowers, *, skip=frozenset()):
        runs = []
        for it in items:
            between = [w for w in lowers[end_of(runs[-1][-1]) : start_of(it)] if w not in skip] if runs else None
            if (
                between is not None
                and len(between) <= 3
                and all(w in {",", "and", "or", "/", ";"} for w in between)
                and end_of(runs[-1][-1]) < start_of(it)
            ):
                runs[-1].append(it)
            else:
                runs.append([it])
        return runs

    rng = random.Random(46)
    vocab = [",", "and", "or", "/", ";", "the", "x", "of"]
    for _ in range(5000):
        lowers = [rng.choice(vocab) for _ in range(rng.randint(0, 14))]
        items = []
        for _ in range(rng.randint(0, 6)):
            s = rng.randint(0, len(lowers))
            items.append((s, rng.randint(max(0, s - 1), len(lowers))))  # an end before the start now and then
        skip = rng.choice([frozenset(), frozenset({"the"}), frozenset({"the", ","})])
        args = (items, lambda it: it[0], lambda it: it[1], lowers)
        assert list_runs(*args, skip=skip) == old_list_runs(*args, skip=skip)


def test_is_year_by_string_tests_is_the_regex():
    """`is_year` against the regex it replaced, on random strings of digits (ASCII and not), letters, spaces and
    line breaks: `$` matches before a last line break too, and `\\d` any Unicode decimal digit."""
    from paperkg.extract.names import is_year

    year = re.compile(r"^(?:19|20)\d\d$")
    rng = random.Random(46)
    alphabet = ["1", "9", "2", "0", "5", "\n", "a", " ", "١", "٤", "²", "x"]
    for _ in range(20000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        if rng.random() < 0.5:
            t = rng.choice(["19", "20"]) + t
        assert is_year(t) == bool(year.match(t)), repr(t)


def test_compound_start_joined_regexes_are_the_separate_ones():
    """`compound_start` calls one regex where it called two (the tests broke or set the start alike): each joined
    regex fullmatches the words one of the two did, and `_ADVERB` is asked only of words ending in "ly"."""
    from paperkg.extract.context import _ADVERB, _PAIR_OR_ACRONYM, _RANK_GRADE_OR_COUNT

    rank = re.compile(r"top-?(?:\d+|k|n)|@\d+|\d+(?:-shot)?")
    grade = re.compile(r"[a-z]+-performing|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+")
    pair = re.compile(r"[A-Za-z]+-to-[A-Za-z]+")
    acronym = re.compile(r"[A-Z][a-z]?[A-Z]{1,4}")
    pieces = [
        "top",
        "-",
        "10",
        "k",
        "n",
        "@",
        "5",
        "shot",
        "best",
        "performing",
        "forty",
        "eight",
        "to",
        "English",
        "SQL",
        "KV",
        "BoN",
        "ly",
        "ful",
        "a",
        "X",
        "\n",
        "١",
    ]
    rng = random.Random(46)
    for _ in range(30000):
        w = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        for x in (w, w.lower()):
            assert bool(_RANK_GRADE_OR_COUNT.fullmatch(x)) == bool(rank.fullmatch(x) or grade.fullmatch(x)), repr(x)
            assert bool(_PAIR_OR_ACRONYM.fullmatch(x)) == bool(pair.fullmatch(x) or acronym.fullmatch(x)), repr(x)
            assert bool(x.endswith("ly") and _ADVERB.fullmatch(x)) == bool(_ADVERB.fullmatch(x)), repr(x)


def test_an_event_edition_ends_in_a_digit():
    """`_is_event_edition` tries the series pattern only on surfaces that end in a decimal digit: every surface
    the pattern reads as an edition without a task or "shared task" does (random series, editions and tails)."""
    pattern = shared_task_pattern(SERIES)
    pieces = SERIES + [
        "-",
        " ",
        "'",
        "’",
        "19",
        "20",
        "14",
        "٤",
        "١",
        "Task",
        "Shared",
        "Subtask",
        "track",
        "6",
        "A",
        "x",
        "s",
        "\n",
    ]
    rng = random.Random(46)
    seen = 0
    for _ in range(40000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        m = pattern.fullmatch(s)
        if m and m.group("edition") and not (m.group("task") or m.group("shared")):
            seen += 1
            assert s[-1:].isdecimal(), repr(s)
    assert seen > 100


def test_regex_gates_are_necessary():
    """The string tests that now stand before a regex call (`is_size`, `extend_shape`'s version, `_is_venue_edition`)
    hold for every string the regex matches: random strings of the patterns' pieces, ASCII and other digits."""
    from paperkg.extract.concepts import _VENUE_EDITION
    from paperkg.extract.names import _SHORT_VERSION, _SIZE

    pieces = [
        "7",
        "1",
        ".",
        "3",
        "x",
        "B",
        "M",
        "K",
        "T",
        "v",
        "2",
        "20",
        "31",
        "@",
        "-",
        " ",
        "ACL",
        "Foo",
        "'",
        "’",
        "٤",
        "²",
        "\n",
        "a",
    ]
    rng = random.Random(46)
    seen = [0, 0, 0]
    for _ in range(60000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if rng.random() < 0.3:
            t = rng.choice(["Foo-ACL", "@Foo-Bar ACL", "FooACL", ""]) + t
        if _SIZE.match(t):
            seen[0] += 1
            assert t[:1].isdecimal(), repr(t)
        if _SHORT_VERSION.match(t):
            seen[1] += 1
            assert t[:1] == "v" or t[:1].isdecimal(), repr(t)
        if _VENUE_EDITION.fullmatch(t):
            seen[2] += 1
            assert t[-1:].isdecimal(), repr(t)
    assert min(seen) > 20, seen


def test_gated_number_and_word_regexes_are_the_regexes():
    """`_starts_number` and `_is_value` are the regex calls they stand for, and the gates before
    `_CAPITALISED_WORD` and `TOP_K` hold for every word they match (random words: signs, points, digits of
    several scripts, letters of both cases, line breaks)."""
    from paperkg.extract.context import TOP_K
    from paperkg.extract.results.kinds import _NUMBER_START, _starts_number
    from paperkg.extract.rules import _CAPITALISED_WORD, _VALUE, _is_value

    pieces = ["+", "-", "−", "~", ".", ",", "%", "1", "0", "٤", "²", "top", "k", "Foo", "bar", "É", "A", "\n", " "]
    rng = random.Random(46)
    for _ in range(60000):
        w = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        assert _starts_number(w) == bool(_NUMBER_START.match(w)), repr(w)
        assert _is_value(w) == bool(_VALUE.fullmatch(w)), repr(w)
        assert not _CAPITALISED_WORD.fullmatch(w) or w[:1].isupper(), repr(w)
        assert not TOP_K.fullmatch(w) or w.startswith("top-"), repr(w)


def test_prev_word_by_string_calls_is_the_regex():
    """`_prev_word` (its fast path: a word of letters, digits and hyphens after a space or an opening bracket,
    then a space or a mark and a space) finds the word `_PREV` finds, in random windows of random text (marks,
    quotes, hyphens, underscores, line breaks, non-ASCII letters and digits), windows at the text's start too."""
    rng = random.Random(47)
    alphabet = ["a", "b", "Z", "9", "é", "٣", "_", "-", "--", " ", " ", " ", ",", ".", ";", ":", "(", ")", "[", "]"]
    alphabet += ['"', "“", "”", "‘", "’", "\n", ", ", ". ", " (", ") ", "ab", "Ab1"]
    for _ in range(60000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        hi = rng.randint(0, len(text))
        lo = hi - 30 if hi > 30 else 0
        if rng.random() < 0.3:
            lo = rng.randint(0, hi)
        old = _PREV.search(text, lo, hi)
        assert _prev_word(text, lo, hi) == (old.group(1) if old else None), (text, lo, hi)


def test_gated_value_regexes_are_the_regexes():
    """`_glued`, `_range` and the gate before `_CLOSED` (values) are the regex calls they stand for, on random
    words: digits of several scripts, signs, units, brackets, dashes, both cases, line breaks."""
    from paperkg.extract.results.values import _CLOSED, _GLUED, _RANGE, _glued, _range, _unhedged

    pieces = ["top", "-", "@", "1", "0", "٤", "²", "a", "Foo", "É", "_", "\n", " ", ".", "&", "+", "−", "%", "x"]
    pieces += ["×", "s", "ms", "T", "pp", "pts", "–", "~", ")", "(", "—", "ly"]
    rng = random.Random(47)
    for _ in range(80000):
        w = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        for new, old in ((_glued(w), _GLUED.match(w)), (_range(w), _RANGE.match(w))):
            assert (new and new.groups()) == (old and old.groups()), repr(w)
        closed = _CLOSED.match(w)
        if closed and not (len(w) > 1 and w[0] in "~∼≈<>≤≥") and not w.startswith("\\"):
            assert _unhedged(w) == closed.group(1), repr(w)
        assert not closed or ")" in w, repr(w)


def test_gated_item_and_task_label_regexes_are_the_regexes():
    """`abbreviation._items` and `sentences.is_task_name` are the regex calls they stand for, on random strings
    (commas, semicolons, "and" / "or", task and track labels of both cases, "ſ" and the Kelvin sign, signs and
    marks, digits of several scripts, line breaks)."""
    from paperkg.extract.abbreviation import _ITEM_BREAK, _ITEM_CONJUNCTION, _items
    from paperkg.extract.results.sentences import _SHARED_TASK, _TASK_LABEL, is_task_name

    pieces = [",", ";", " ", "\n", "and", "or", "And", "Sub", "sub-", "task", "Track", "s", "ſ", "K", "\u212a", "ii"]
    pieces += ["Shared", "shared", "-", "_", "1", "0", "٤", "²", ".", "+", "−", "±", "≥", "~", "%", "a", "É"]
    pieces += ["ta", "ub", "tra", "c", "hared"]  # with "ſ" and the Kelvin sign: "taſ\u212a", "ſub", "ſhared"
    rng = random.Random(47)
    fixed = ["ſubtask", "ſhared task", "taſ\u212a", "ſub-track 2", "Shared-Tasks", "SubTask-iii", "or x, and y"]
    for w in fixed + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(80000)]:
        assert _items(w) == [_ITEM_CONJUNCTION.sub("", it.strip()) for it in _ITEM_BREAK.split(w)], repr(w)
        assert is_task_name(w) == bool(_TASK_LABEL.fullmatch(w) or _SHARED_TASK.search(w)), repr(w)


def test_tokenizer_keeps_more_chunks_with_the_same_tokens():
    """The tokenizer keeps up to TOKENIZER_CACHE chunks (spaCy's default: 10,000, then none): a tokenizer that may
    keep every chunk and one that may keep none (each chunk cut by the regexes every time) give the same tokens,
    on invented text with special cases ("e.g.", "et al."), hyphenated names, units, brackets and repeats."""
    import spacy

    from paperkg.extract.tokenizer import TOKENIZER_CACHE, build_tokenizer

    assert build_tokenizer(spacy.blank("en")).max_cache_size == TOKENIZER_CACHE > 10_000
    rng = random.Random(47)
    pieces = (
        "Llama3-8B-Instruct (e.g., et al. 97.2\\% 2-5times GPT- BERT-based F1=0.71 models, ours. (SCBench) x. U.S. "
        "nDCG@10,2 “quoted” don't WMT22.The 3× — tasks;(2) a the Zorbnet's http://x.org/a. i.e. low-resource"
    ).split() + ["\n", "\n\n"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    keep_all = build_tokenizer(spacy.blank("en"))
    keep_none = build_tokenizer(spacy.blank("en"))
    keep_none.max_cache_size = 0
    for _ in range(2):  # the second pass reads the kept chunks
        for t in texts:
            assert [(x.text, x.whitespace_) for x in keep_all(t)] == [(x.text, x.whitespace_) for x in keep_none(t)]


def test_tokenizer_regex_answers_kept_per_text_equal_the_regexes():
    """The tokenizer's four regex callables keep each text's answer (`_Skipping.memo`): asked again, and after the
    memo is cleared at MEMO_MAX texts, they answer as the regex does (the same match span, or none; the infix
    matches in order), on random words of marks, letters, digits and the special-case words."""
    import spacy

    from paperkg.extract import tokenizer as tk

    tok = tk.build_tokenizer(spacy.blank("en"))
    wrappers = [getattr(tok, n).__self__ for n in ("prefix_search", "suffix_search", "infix_finditer", "url_match")]
    rng = random.Random(4747)
    alphabet = "aZs9x.-–,;:()[]\"'’%\\$@=×/é٣ "
    words = [random_text(rng, alphabet, 9).replace(" ", "") for _ in range(3000)] + ["e.g.,", "(i.e.", "1.5x", "AI's"]

    def spans(found):
        if found is None:
            return None
        if isinstance(found, re.Match):
            return found.span()
        return [m.span() for m in found]

    old_max = tk.MEMO_MAX
    try:
        tk.MEMO_MAX = 500  # cleared several times over the words below
        for _ in range(2):
            for w in rng.sample(words, len(words)):
                for wr, ask in zip(wrappers, (tok.prefix_search, tok.suffix_search, tok.infix_finditer, tok.url_match)):
                    plain = {
                        tk.PrefixSearch: wr.regex.search,
                        tk.SuffixSearch: wr.regex.search,
                        tk.InfixFinder: wr.regex.finditer,
                        tk.UrlMatcher: wr.regex.match,
                    }[type(wr)](w)
                    assert spans(ask(w)) == spans(plain), (type(wr).__name__, w)
            assert all(len(wr.memo) <= tk.MEMO_MAX for wr in wrappers)
    finally:
        tk.MEMO_MAX = old_max


def test_worker_batches_travel_as_plain_tuples_with_the_same_records():
    """Worker batches are `_job` tuples (id, title as written, text), not pickled Papers: a batch unpickles to
    tuples of strings, and a worker's records equal the in-process extraction of the Papers."""
    from paperkg.extract import _batches, _extract_batch, _job, _unpacked, extract_papers
    from paperkg.model import Paper

    papers = [
        Paper(f"p{i}", title, abstract, title + " ", abstract)
        for i, (title, abstract) in enumerate(
            [
                (
                    "ZorbNet: Fast Frobbing",
                    "We propose ZorbNet. ZorbNet reaches 91.2% accuracy on FrobQA (e.g., +3.1 points).",
                ),
                ("A Study of Glarb", "We evaluate BERT on the GlarbBench dataset and report F1 of 0.71."),
            ]
        )
    ]
    batch = next(_batches(iter(papers), 64, 1))
    assert batch == [_job(p) for p in papers] == [(p.id, p.raw_title, p.text) for p in papers]
    assert all(type(x) is str for job in pickle.loads(pickle.dumps(batch)) for x in job)
    assert [_unpacked(t) for t in _extract_batch(batch)] == list(extract_papers(papers))


def test_packed_arrays_hold_the_bytes_fromiter_stores():
    """`decision._packed_array` (`struct.pack_into` into an empty array) holds the same 8-byte values as
    `np.fromiter`, which it replaced for the batched decisions' feature values and columns: random floats of every
    magnitude and sign (zeros, infinities, NaN, subnormals) and random column indices, empty lists too."""
    from paperkg.extract.decision import _packed_array

    rng = random.Random(48)
    specials = [0.0, -0.0, 1.0, float("inf"), float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308]
    for n in (0, 1, 2, 17, 1000):
        vals = [
            rng.choice(specials) if rng.random() < 0.2 else rng.uniform(-1, 1) * 10 ** rng.randint(-300, 300)
            for _ in range(n)
        ]
        cols = [rng.randrange(0, 2**40) if rng.random() < 0.1 else rng.randrange(0, 50_000) for _ in range(n)]
        got_v, got_c = _packed_array(vals, "d", float), _packed_array(cols, "n", np.intp)
        assert got_v.dtype == np.float64 and got_c.dtype == np.intp and got_v.flags.writeable
        assert got_v.tobytes() == np.fromiter(vals, dtype=float, count=n).tobytes()
        assert got_c.tobytes() == np.fromiter(cols, dtype=np.intp, count=n).tobytes()


def test_loops_that_replaced_generators_left_open_answer_alike(nlp):
    """The tests that were `any`/`all`/`next` over a generator (a generator left at its first answer is closed by a
    GeneratorExit thrown into it, ~2k instructions in CPython 3.11) and are loops or C calls now answer as the
    generator forms, written out here, on random input: bracket closes, a list's joins, the title's first mention,
    connectives, organisations and special tokens."""
    from paperkg.extract import concepts as C
    from paperkg.extract.context import close_bracket
    from paperkg.extract.decision import title_slot
    from paperkg.extract.results.clauses import _named_or_joined, bracket_close

    rng = random.Random(48)
    vocab = ["(", ")", ",", "and", "or", "x", "y", "("]
    for _ in range(4000):
        lowers = [rng.choice(vocab) for _ in range(rng.randint(0, 10))]
        k, most = rng.randint(0, 11), rng.randint(0, 5)
        if k < len(lowers):
            assert close_bracket(lowers, k, most) == next(
                (j for j in range(k + 1, min(len(lowers), k + most + 2)) if lowers[j] == ")"), None
            )
        expected = None
        if k < len(lowers) and lowers[k] == "(":
            expected = next((j for j in range(k + 1, min(k + most, len(lowers))) if lowers[j] == ")"), None)
        assert bracket_close(k, lowers, most) == expected
        named = set(rng.sample(range(12), rng.randint(0, 6)))
        a, b = rng.randint(0, len(lowers)), rng.randint(0, len(lowers))
        assert _named_or_joined(named, lowers, a, b) == all(
            j in named or lowers[j] in (",", "and") for j in range(a, b)
        )
    text = "Frob Gloss for Zorb Tuning: a Study. We frob."
    for _ in range(500):
        mentions = sorted([a, a + rng.randint(1, 5)] for a in rng.sample(range(40), rng.randint(0, 4)))
        end = rng.randint(0, 36)
        first = next((m for m in mentions if m[0] < end), None)
        got = title_slot(text, mentions, end)
        assert (got is None) == (first is None)
        if first is not None:
            assert got == title_slot(text, [first], end)

    # a fresh assembler, not `__new__` without `__init__`: a class mypyc compiled runs `__init__` from `__new__`
    assembler = C.ConceptAssembler(nlp)
    assembler.organisations = frozenset({"acme", "zorblab"})
    assembler.special_tokens = frozenset({"cls", "eos"})
    spellings = ["Acme", "ZorbLab", "Frob University", "Foo", "[CLS]", "<eos>", "However", "moreover", "Zed Institute"]
    for _ in range(3000):
        surfaces = rng.sample(spellings, rng.randint(0, 3))
        g = C.MentionGroup(surfaces=surfaces, long_forms=set(rng.sample(spellings, rng.randint(0, 1))))
        folded = [C.fold(s) for s in surfaces]
        assert assembler._is_organisation(g, folded) == (
            any(C.fold(lf) in assembler.organisations or C._ORGANISATION.fullmatch(lf) for lf in g.long_forms)
            or all(f in assembler.organisations or C._ORGANISATION.fullmatch(s) for s, f in zip(surfaces, folded))
        )
        assert assembler._is_special_token(g) == (
            not g.long_forms and all(C.fold(s.strip("[]<>/| ")) in assembler.special_tokens for s in surfaces)
        )
        assert C._is_connective(folded) == (bool(folded) and all(f in C.DISCOURSE_CONNECTIVES for f in folded))


def test_language_pairs_of_an_ascii_text_lower_cased_are_the_ignorecase_search():
    """`_pair_mentions` searches an ASCII text lower-cased with the pattern matched as written (every code and name
    is lower case), each side read from the text as written: the pairs the IGNORECASE search of the text as written
    finds, the old code written out here, on random ASCII and non-ASCII strings (the Kelvin sign and the long s,
    which IGNORECASE folds into ASCII letters, dotted and dotless i)."""
    from paperkg import language_pairs as L

    def code(m, side):
        if m.group(side + "n"):
            word = m.group(side + "n")
            return L.languages()[word.casefold()] if word[0].isupper() else None
        word = m.group(side + "c")
        return None if word.islower() and word in L._WORD_CODES else word.casefold()

    def old(text):
        out = []
        for m in L._pattern().finditer(text):
            a, b = code(m, "a"), code(m, "b")
            join = m.group("join").strip().casefold()
            if a is None or b is None or a == b or ("to" in join and (m.group("ac") or m.group("bc"))):
                continue
            out.append((m.start(), m.end(), f"{a}-{b}"))
            if m.group("bc"):
                for more in L._MORE_TARGETS.finditer(text, m.end()):
                    if more.start() != out[-1][1] or more.group(1).casefold() not in L.languages():
                        break
                    out.append((more.start(), more.end(), f"{a}-{more.group(1).casefold()}"))
        return tuple(out)

    assert all(k == k.lower() for k in L.languages())
    rng = random.Random(49)
    parts = ["En", "en", "EN", "De", "de", "-", "→", " to ", "To", "TO", "English", "german", "GERMAN", "Fr", "/es"]
    parts += ["/", " ", "it", "It", "is", "x", "\u212a", "ſ", "İ", "ı", "é", "zh", "Zh", "–", "->", "Chinese", "kk"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        assert L._pair_mentions.__wrapped__(text) == old(text), text
    for text in (
        "BLEU on En-De, ENGLISH→French and de-en, not it-is; German to English; en→de/es/nl.",
        "En-De, en->de/es",
    ):
        assert L._pair_mentions.__wrapped__(text) == old(text) and len(old(text)) >= 3


def test_metric_tokens_and_the_metric_at_a_word_are_the_comprehensions():
    """`clauses._metric_tokens` and `kinds._metric_end_at` (loops) against the set comprehension and the `next` over
    a generator they replaced, on random metric spans (empty and reversed ones too)."""
    from paperkg.extract.results.clauses import _metric_tokens
    from paperkg.extract.results.kinds import _metric_end_at

    rng = random.Random(4)
    for _ in range(3000):
        metrics = [(rng.randint(0, 9), rng.randint(0, 9), "Metric", "F1") for _ in range(rng.randint(0, 4))]
        assert _metric_tokens(metrics) == {j for m in metrics for j in range(m[0], m[1])}
        k = rng.randint(0, 9)
        assert _metric_end_at(metrics, k) == next((m[1] for m in metrics if m[0] == k and m[1] > k), None)


def test_pick_name_loop_is_the_first_singular_spelling():
    """`concepts.pick_name`'s loop takes what the list of singular spellings took first, on random spellings."""
    from paperkg.extract.concepts import pick_name

    rng = random.Random(11)
    pool = ["LLM", "LLMs", "LLMss", "s", "ss", "BERT", "BERTs", "Frob", "Frobs", "x"]
    for _ in range(3000):
        surfaces = [rng.choice(pool) for _ in range(rng.randint(1, 5))]
        long_forms = set(rng.sample(pool, rng.randint(0, 2)))
        singular = [s for s in surfaces if not (s.endswith("s") and s[:-1] in surfaces)]
        want = next((s for s in surfaces if s in long_forms), None) or (singular or surfaces)[0]
        assert pick_name(surfaces, long_forms) == want, (surfaces, long_forms)


def test_covered_and_choose_spans_without_range_objects_answer_alike():
    """`rules._covered` and `concepts.choose_spans` make no `range` for a one-token span (stop 50): the same
    positions and the same chosen spans as the range-per-span code they replaced, on random spans (empty and
    reversed ones too for `_covered`, which takes any spans)."""
    from itertools import chain, starmap

    from paperkg.extract.concepts import choose_spans
    from paperkg.extract.rules import _covered

    def choose_old(cands):
        taken, chosen = set(), []
        for s, e in sorted(cands, key=lambda se: (-(se[1] - se[0]), se[0])):
            if not taken.isdisjoint(range(s, e)):
                continue
            chosen.append((s, e))
            taken.update(range(s, e))
        return sorted(chosen)

    rng = random.Random(50)
    for _ in range(5000):
        spans = [
            (s, s + rng.choice([-1, 0, 1, 1, 1, 2, 3, 5]))
            for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 12)))
        ]
        assert _covered(spans) == set(chain.from_iterable(starmap(range, spans))), spans
        cands = {se: None for se in spans if se[1] > se[0]}
        assert choose_spans(cands) == choose_old(cands), cands
