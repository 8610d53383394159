"""Pure text clean-up: LaTeX debris out of abstracts, stable ids out of titles.

Daily Papers pages are scraped from rendered HTML and arXiv abstracts carry
raw LaTeX, so the same number shows up as `97.2\\%`, `$97.2\\%$` or
`179times`. The extractor reads the cleaned text; the raw text is kept.

>>> clean_text(r"reaches 97.2\\% and is 179times faster")
'reaches 97.2% and is 179× faster'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ESCAPED = re.compile(r"\\([%&#_$])")
_TIMES = re.compile(r"(?<=\d)\s?(?:\\times|times)\b|\\times")
_MATH_DELIM = re.compile(r"(?<!\\)\$+")
_BRACED_SUPSUB = re.compile(r"([\^_])\{([^{}]{1,12})\}")
_COMMANDS = {
    r"\approx": "≈",
    r"\sim": "~",
    r"\leq": "≤",
    r"\le": "≤",
    r"\geq": "≥",
    r"\ge": "≥",
    r"\pm": "±",
    r"\cdot": "·",
    r"\infty": "∞",
    r"\alpha": "α",
    r"\beta": "β",
    r"\gamma": "γ",
    r"\delta": "δ",
    r"\lambda": "λ",
    r"\mu": "μ",
    r"\tau": "τ",
    r"\epsilon": "ε",
    r"\theta": "θ",
    r"\sigma": "σ",
    r"\ldots": "...",
    r"\dots": "...",
}
#: arrows, which a dump often glues to the next capitalised word ("Ro\rightarrowEn", "English\toGerman")
_ARROWS = {
    r"\leftrightarrow": "↔",
    r"\Leftrightarrow": "⇔",
    r"\rightarrow": "→",
    r"\Rightarrow": "⇒",
    r"\leftarrow": "←",
    r"\to": "→",
}
_COMMANDS.update(_ARROWS)
#: a command ends where its letters do ("\le" is not the start of "\left"); an arrow may run into a capital
_COMMAND = re.compile(
    "(?:"
    + "|".join(re.escape(c) for c in sorted(set(_COMMANDS) - set(_ARROWS), key=lambda c: (-len(c), c)))
    + r")(?![A-Za-z])|(?:"
    + "|".join(re.escape(c) for c in sorted(_ARROWS, key=lambda c: (-len(c), c)))
    + r")(?![a-z])"
)
_FORMAT = re.compile(r"\\(?:textbf|textit|emph|mathrm|mathbf|texttt|text|mathcal|mathit)\{([^{}]*)\}")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# Control characters (NUL, ESC, U+001F ...) carry no text and would reach terminals,
# concept names and list columns; the cleaned text has a space instead.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CIRCLED = re.compile(r"\^(?:circledR|\{\\?circledR\}|\{tiny\s*TM\}|TM)")
#: a word with LaTeX's tie ("SemEval~2025 Task~10", "WMT~2024", "514~papers"), a non-breaking space; not a URL's
#: home directory ("https://cis.temple.edu/~user/tool.webm")
_TIED = re.compile(r"(?<!\S)(?![^\s]*(?:://|www\.))\S+~\S+")
#: the ACL Anthology's placeholder for a removed citation ("the TabFact dataset (CITATION)", "(CITATION; CITATION)",
#: "as CITATION shows"): no text of the paper's, and read as a name it became a Dataset "CITATION" on the 44k graph
_CITATION = re.compile(r"\s?\(\s*CITATION(?:\s*[;,]\s*CITATION)*\s*\)|\bCITATION\b")
#: the left side of a range written with "~" ("2~3", "0.15~0.3", "(3k~200k", "1.4x~2x"), which stays
_RANGE_LEFT = re.compile(r"\d[A-Za-z%]?$")


def _untie(word: str) -> str:
    """LaTeX's tie `~` read as the space it prints, except between the two ends of a numeric range.

    >>> _untie("SemEval~2025"), _untie("Llama~3.1~(8B)"), _untie("0.15~0.3"), _untie("(0.8~70B)"), _untie("(~5k")
    ('SemEval 2025', 'Llama 3.1 (8B)', '0.15~0.3', '(0.8~70B)', '(~5k')
    """
    parts = word.split("~")
    out = parts[0]
    for left, right in zip(parts, parts[1:]):
        # "(~5k samples)": after a bracket or a sign "~" is "about", no tie
        kept = not left[-1:].isalnum() or not right or (_RANGE_LEFT.search(left) and right[:1].isdigit())
        out += ("~" if kept else " ") + right
    return out


def clean_text(text: str) -> str:
    """Remove LaTeX debris, keeping names like `H_2O` and `D^{2}MoE` readable.

    `97.2\\%` → `97.2%`; `179times`/`18\\times` → `179×`; `$x$` → `x`;
    `\\textbf{A}` → `A`; `D^{2}MoE` → `D^2MoE`; `Intel^circledR` → `Intel`; `SemEval~2025` → `SemEval 2025`;
    `the X dataset (CITATION)` → `the X dataset`.

    >>> clean_text("on the TabFact dataset~(CITATION), see https://a.edu/~me/x.webm and SemEval~2025 Task~10.")
    'on the TabFact dataset, see https://a.edu/~me/x.webm and SemEval 2025 Task 10.'
    """
    if not text:
        return ""
    s = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    s = _CIRCLED.sub("", s)
    s = _FORMAT.sub(r"\1", s)
    s = _COMMAND.sub(lambda m: _COMMANDS[m.group(0)], s)
    s = _TIMES.sub("×", s)
    s = _ESCAPED.sub(r"\1", s)
    s = _BRACED_SUPSUB.sub(r"\1\2", s)
    s = _MATH_DELIM.sub("", s)
    s = _TIED.sub(lambda m: _untie(m.group(0)), s)
    s = _CITATION.sub(lambda m: " " if s[m.end() : m.end() + 1].isalnum() else "", s)  # "Llama2(CITATION)model"
    s = s.replace("``", '"').replace("''", '"')
    s = _SPACES.sub(" ", s)
    return s.strip()


def clean_block(text: str) -> str:
    """Like clean_text, also joining the hard line breaks of wrapped abstracts."""
    return clean_text(re.sub(r"\s*\n\s*", " ", text or ""))


# arXiv and Anthology abstracts copied from LaTeX keep the author's macro for the paper's own name
# ("we present \\name (Code Information Retrieval Benchmark)", "\\tool is aimed at NLP practitioners",
# "Knowledge-in-the-loop Question Answering (\\name)"); the title names it before its colon.
_OWN_NAME_MACRO = re.compile(
    r"\\(?:name|method|ours|ourmethod|ourmodel|model|tool|sys|system|approach|dataset|benchmark|framework)(?![A-Za-z{])"
)
_TITLE_NAME = re.compile(r"^\s*([^\s:]+(?: [^\s:]+){0,2})\s*:\s+\S")


def expand_own_name(title: str, abstract: str) -> str:
    """The abstract with the macro for the paper's own name (`\\name`, `\\method`, `\\tool`, ...) read as
    the name its title gives before a colon; unchanged when the title gives none.

    >>> expand_own_name("Zorb: A Benchmark for Quux", r"We present \\name (Zorb Of Real Benchmarks). \\name has 9 tasks.")
    'We present Zorb (Zorb Of Real Benchmarks). Zorb has 9 tasks.'
    >>> expand_own_name("A Benchmark for Quux", r"We present \\name.")
    'We present \\\\name.'
    """
    m = _TITLE_NAME.match(title or "")
    if not m or "\\" not in (abstract or ""):
        return abstract
    return _OWN_NAME_MACRO.sub(lambda _: m.group(1), abstract)


def normalise_title(title: str) -> str:
    """Lower case, accents folded, punctuation collapsed: the identity of a title.

    Letters and digits of every script are kept (`Café` → `cafe`, but a
    Chinese, Greek or emoji title keeps its own characters), so titles
    without ASCII letters do not all share one identity. A title of symbols
    only is its own NFC text with spaces collapsed.
    """
    folded = unicodedata.normalize("NFKD", clean_block(title))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    words = re.sub(r"[\W_]+", " ", folded).strip()
    if words:
        return words
    return " ".join(unicodedata.normalize("NFC", title or "").split())


def paper_id(title: str, arxiv_id: str | None = None) -> str:
    """The arXiv id when known, else `t-` and a stable hash of the normalised title."""
    if arxiv_id:
        return arxiv_id
    return "t-" + hashlib.sha1(normalise_title(title).encode("utf-8", "surrogatepass")).hexdigest()[:16]


# arXiv's two id schemes, anchored to the whole value: `YYMM.NNNN(N)` since
# 2007 and `archive(.SC)/YYMMNNN` before. Unanchored, the pattern read
# "2003.12114" out of doi.org/10.1109/CVPR.2003.1211421 and merged thousands
# of distinct papers (issue 13).
_MODERN = r"\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}"
#: The archives of old-style ids (arxiv.org/help/arxiv_identifier): "hash/9412531" is not one.
OLD_ARCHIVES = (
    "acc-phys",
    "adap-org",
    "alg-geom",
    "ao-sci",
    "astro-ph",
    "atom-ph",
    "bayes-an",
    "chao-dyn",
    "chem-ph",
    "cmp-lg",
    "comp-gas",
    "cond-mat",
    "cs",
    "dg-ga",
    "funct-an",
    "gr-qc",
    "hep-ex",
    "hep-lat",
    "hep-ph",
    "hep-th",
    "math",
    "math-ph",
    "mtrl-th",
    "nlin",
    "nucl-ex",
    "nucl-th",
    "patt-sol",
    "physics",
    "plasm-ph",
    "q-alg",
    "q-bio",
    "quant-ph",
    "solv-int",
    "supr-con",
)
_OLD = rf"(?:{'|'.join(OLD_ARCHIVES)})(?:\.[A-Z]{{2}})?/\d{{2}}(?:0[1-9]|1[0-2])\d{{3}}"
_BARE_ID = re.compile(rf"(?:arxiv:\s*)?({_MODERN}|{_OLD})(?:v\d+)?", re.I)
_ARXIV_URL = re.compile(
    rf"(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/({_MODERN}|{_OLD})(?:v\d+)?(?:\.pdf)?/?(?:[?#].*)?",
    re.I,
)


def parse_arxiv_id(value: str | None) -> str | None:
    """The arXiv id a field holds as a whole, else None.

    Takes `2405.14734v2`, `arXiv:2405.14734`, `hep-th/9901001` or an
    arxiv.org abs/pdf/html URL; a DOI, another site's URL or an id of another
    scheme (`2023.acl-long.1`) yields nothing.

    >>> parse_arxiv_id("https://arxiv.org/abs/2405.14734v2"), parse_arxiv_id("math.GT/0309136")
    ('2405.14734', 'math.GT/0309136')
    >>> parse_arxiv_id("https://doi.org/10.1109/CVPR.2003.1211421") is None
    True
    """
    if not value:
        return None
    text = str(value).strip()
    m = _BARE_ID.fullmatch(text) or _ARXIV_URL.fullmatch(text)
    return m.group(1) if m else None


def parse_arxiv_url(value: str | None) -> str | None:
    """The arXiv id of an arxiv.org URL, else None (a bare id is not a URL).

    >>> parse_arxiv_url("https://proceedings.neurips.cc/paper/2020/hash/9412531719be7ccf755c4ff98d0969dc-Abstract.html") is None
    True
    """
    m = _ARXIV_URL.fullmatch(str(value or "").strip())
    return m.group(1) if m else None
