import pytest


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Llama3-8B-Instruct wins", ["Llama3-8B-Instruct", "wins"]),
        ("GPT-4o and o1-mini", ["GPT-4o", "and", "o1-mini"]),
        ("pass@1 of 97.2\\%", ["pass@1", "of", "97.2", "\\%"]),
        ("D^{2}MoE and H_2O", ["D^{2}MoE", "and", "H_2O"]),
        ("top-k 8/128 tokens", ["top-k", "8/128", "tokens"]),
        ("2-5times faster", ["2-5", "times", "faster"]),
        ("is 179× faster", ["is", "179", "×", "faster"]),
        ("Qwen2.5-1M and ML-1m.", ["Qwen2.5-1M", "and", "ML-1m", "."]),
        ("on Qwen2.5-7B.", ["on", "Qwen2.5-7B", "."]),
        ("(FSR), e.g. BM25", ["(", "FSR", ")", ",", "e.g.", "BM25"]),
        ("MCTS-inspired LLM-based", ["MCTS", "-", "inspired", "LLM", "-", "based"]),
        # a Title Case title capitalises the suffix: split after a name's capital or digit, not after a word
        ("FrobNET-Based Glorp4-Powered", ["FrobNET", "-", "Based", "Glorp4", "-", "Powered"]),
        ("Zorb-Aware Models", ["Zorb-Aware", "Models"]),
        ("nDCG@10,2", ["nDCG@10", ",", "2"]),
        # a comma with no space after it: a name that ends in a digit stays whole, a thousands comma too
        ("Zorb-4,there and Frob-2,WER of 1,024", ["Zorb-4", ",", "there", "and", "Frob-2", ",", "WER", "of", "1,024"]),
        ("low latency;(2) the", ["low", "latency", ";", "(2", ")", "the"]),
        ("SCBench(SharedContextBench)", ["SCBench", "(", "SharedContextBench", ")"]),
        # a sentence glued to a name ending in a capital or digit; not a name with a point inside
        ("on ZorbQA.In fact", ["on", "ZorbQA", ".", "In", "fact"]),
        ("Frob-7.We see", ["Frob-7", ".", "We", "see"]),
        ("ASP.NET and ZORB.Inc", ["ASP.NET", "and", "ZORB.Inc"]),
        ("F1= 0.71 and BLEU=0.45", ["F1", "=", "0.71", "and", "BLEU", "=", "0.45"]),
        # an elided compound: the first part is the name, the hyphen stands apart
        ("FrobNet- and BERT-based", ["FrobNet", "-", "and", "BERT", "-", "based"]),
        ("pre- and post-training", ["pre", "-", "and", "post-training"]),
        # no emoticon special cases: "):", "8)", "(:" and "=3" are a bracket, a digit, a colon, a sign
        ("Frobnicated Lattice Parser (FLP): a", ["Frobnicated", "Lattice", "Parser", "(", "FLP", ")", ":", "a"]),
        ("(see Table 8).", ["(", "see", "Table", "8", ")", "."]),
        ("k =3 (:x)", ["k", "=", "3", "(", ":", "x", ")"]),
        # a unit letter ends a sentence: its point is the sentence's, not an initial's
        ("a speed-up of 4.2x. Then", ["a", "speed-up", "of", "4.2", "x", ".", "Then"]),
        ("in 3 s. We", ["in", "3", "s", ".", "We"]),
    ],
)
def test_field_names_stay_whole(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_an_acronym_defined_before_a_colon_is_read(nlp):
    from paperkg.extract.abbreviation import find_abbreviations

    text = "We present the Frobnicated Lattice Parser (FLP): a parser of lattices."
    pairs = find_abbreviations(nlp.make_doc(text))
    assert [(text[a:b], text[c:d]) for a, b, c, d in pairs] == [("Frobnicated Lattice Parser", "FLP")]


def test_special_cases_keep_abbreviations_and_drop_emoticons():
    from spacy.lang.en import English

    from paperkg.extract.tokenizer import special_cases

    rules = special_cases(English.Defaults.tokenizer_exceptions)
    assert "e.g." in rules and "don't" in rules and "i.e." in rules
    assert not {"):", "(:", ":(", "=)", "8)", ":’(", "=3", "xD", "x.", "s.", "ä."} & set(rules)


def test_a_unit_letters_point_ends_the_sentence(nlp):
    from paperkg.extract.tokens import token_view

    doc = nlp.make_doc("Frob is faster by 4.2x. On ZorbQA it scores 71.3 F1.")
    starts = token_view(doc).sent_start
    assert [t.text for t, s in zip(doc, starts) if s] == ["Frob", "On"]


def test_infix_rules_drop_only_the_hyphen_rules():
    from spacy.lang.en import English

    from paperkg.extract.tokenizer import infix_rules

    rules = infix_rules()
    assert not any("(?:-|–|—|--|---|——|~)" in r for r in rules)
    assert len(rules) == len(English.Defaults.infixes) + 8  # two dropped, ten narrower ones added


def _alnum_chars():
    import sys

    return [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalnum()]


def test_no_infix_branch_consumes_a_letter_or_digit():
    """InfixFinder skips words of letters and digits only: no branch of the infix
    regex may take such a character, whatever stands around it (every code point
    `str.isalnum` accepts, between letters, capitals, digits and "@1")."""
    from spacy.util import compile_infix_regex

    from paperkg.extract.tokenizer import infix_rules

    regex = compile_infix_regex(infix_rules())
    chars = _alnum_chars()
    for before, after in [("a", "a"), ("A", "A"), ("1", "1"), ("@1", "a"), ("é", "Z"), ("a", "(")]:
        text = " ".join(before + c + after for c in chars)
        taken = [m for m in regex.finditer(text) if any(ch.isalnum() for ch in m.group())]
        assert taken == [], (before, after, taken[:3])


def test_only_the_listed_letters_open_a_prefix_or_end_a_suffix():
    """PrefixSearch and SuffixSearch skip a word that opens (ends) with a letter or
    digit other than these: every such code point, before (after) the contexts the
    branches' lookarounds and literals read."""
    from spacy.lang.en import English
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    from paperkg.extract.tokenizer import suffix_rules

    prefix = compile_prefix_regex(English.Defaults.prefixes)
    suffix = compile_suffix_regex(suffix_rules())
    chars = _alnum_chars()
    opening = {c for c in chars for after in ("", "a", "1", "$", "S$", ".") if prefix.search(c + after)}
    ending = {
        c for c in chars for before in ("", "a", "A", "1", "5time", "'", "’", "AB", "°") if suffix.search(before + c)
    }
    assert opening == {"U", "C", "A"}  # US$, C$, A$
    assert ending == {"s", "S", "x"}  # 's, 'S, times, x


def test_skipping_searches_find_what_the_regexes_find(nlp):
    import re

    from spacy.lang.en import English

    from paperkg.extract.tokenizer import InfixFinder, PrefixSearch, SuffixSearch, UrlMatcher

    infix = nlp.tokenizer.infix_finditer.__self__
    url = nlp.tokenizer.url_match.__self__
    prefix = nlp.tokenizer.prefix_search.__self__
    suffix = nlp.tokenizer.suffix_search.__self__
    assert isinstance(infix, InfixFinder) and isinstance(url, UrlMatcher)
    assert isinstance(prefix, PrefixSearch) and isinstance(suffix, SuffixSearch)
    assert url.pattern == English.Defaults.url_match.__self__.pattern
    words = [
        "GPT-4o",
        "Search-inspired",
        "latency;(2",
        "F1=0.71",
        "nDCG@10,2",
        "a—b",
        "3+4",
        "word",
        "Llama3",
        "x…y",
        "github.com/a/b",
        "https://example.org",
        "www.x.io",
        "10.1.2.3",
        "localhost",
        "http://localhost",
        "user@host",
        "e.g.",
        "café",
        "٣٤",
        "a.b",
        "AB.Cd",
        "US$5",
        "C$",
        "A$1",
        "$5",
        "(GPT",
        "5times",
        "3x",
        "BERT's",
        "model’S",
        "Qwen2.5-7B.",
        "F1=",
        "GPT-",
        "97.2\\\\%",
        "”",
        "'s",
        "x",
        "",
    ]
    for w in words:
        assert [m.span() for m in infix.finditer(w)] == [m.span() for m in infix.regex.finditer(w)], w
        assert bool(url.match(w)) == bool(url.regex.match(w)), w
        for skipping in (prefix, suffix):
            found, plain = skipping.search(w), skipping.regex.search(w)
            assert (found and found.span()) == (plain and plain.span()), w
    assert re.compile(infix.pattern).pattern == infix.regex.pattern
