"""What a task page reads off text to judge its rows: a paper title that introduces a data
resource (:func:`titled_resource`) or an event (:func:`titled_event`) or says its work is for another task (:func:`titled_other_task`), a number that is people's score (:func:`human_score`), a
dataset named as another task's data (:func:`named_for_other_task`) or named everywhere
(:func:`task_specific`), and a row fit to stand as a dataset's best (:func:`best_grade`).
Pure functions over strings (and a graph's counts), each tested on invented sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import networkx as nx

from paperkg.language_pairs import pair_mentions

_RESOURCE = re.compile(
    r"\b(?:benchmarks?|datasets?|data ?sets?|corpus|corpora|challenge ?sets?|test ?suites?|treebanks?|lexicons?)\b",
    re.I,
)
_PREPOSITION = re.compile(r"\b(?:for|of|on|from|via|with|to|at|in|towards?|through|by)\b", re.I)
# a method that makes data: "Dataset Generation", "Synthesising Datasets"
_MAKING = re.compile(
    r"\b(?:synthesi[sz]ing|generating|augmenting|distilling)\b|"
    r"\b(?:data ?sets?|corpus|corpora|benchmarks?) (?:generation|synthesis|augmentation|distillation|creation)\b",
    re.I,
)
_ARTEFACT = re.compile(r"\b(?:method|model|approach|framework|architecture|network|algorithm|system)s?\b", re.I)


def titled_resource(title: str, name: str) -> bool:
    """Whether a paper's title introduces `name` as a data resource, not a method:
    "NAME: ..." where the phrase after the colon (up to its first preposition)
    calls it a benchmark, dataset, corpus, challenge set, test suite, treebank
    or lexicon, and the title never a method or model ("ACES: Translation
    Accuracy Challenge Sets for ...", "X: A Multi-Task Benchmark for ...";
    not "X: Interactive Sense-Making of Text Corpora", nor "X: Zero-shot
    Dataset Generation via ..."). A task page does not list such a name among
    the methods proposed for the task, whatever kind it was given.

    Examples
    --------
    >>> titled_resource("FOO: Translation Accuracy Challenge Sets for Evaluating MT", "FOO")
    True
    >>> titled_resource("BAR: A Benchmark Model for Fast Parsing", "BAR"), titled_resource("BAZ: Faster Parsing", "BAZ")
    (False, False)
    >>> titled_resource("QUX: Visual Browsing of Text Corpora", "QUX"), titled_resource("ZAP: Synthesising Datasets for QA", "ZAP")
    (False, False)
    """
    head, colon, rest = title.partition(":")
    if not colon or not name or head.strip().casefold() != name.strip().casefold():
        return False
    phrase = _PREPOSITION.split(rest, maxsplit=1)[0]  # "Challenge Sets" of "Challenge Sets for Evaluating ..."
    found = _RESOURCE.search(phrase)
    return bool(found) and not _MAKING.search(phrase) and not _ARTEFACT.search(rest)


_EVENT = r"(?:shared[\s-]+tasks?|contests?|competitions?|evaluation[\s-]+campaigns?)"
#: "NAME: The First Shared Task on ...", "NAME: A Shared Task on ...".
_EVENT_PHRASE = re.compile(rf"^\s*(?:(?:the|an?)\s+)?(?:(?:first|second|third|\d+(?:st|nd|rd|th))\s+)?{_EVENT}\b", re.I)
#: "NAME: Summary of ... Contest", "NAME: Proposal for a Shared Task on ...".
_EVENT_REPORT = re.compile(rf"^\s*(?:overview|summary|findings|report|proposal)\s+(?:of|for)\b.*\b{_EVENT}\b", re.I)


def titled_event(title: str, name: str) -> bool:
    """Whether a paper's title introduces `name` as a shared task or contest, not a method: "NAME: The
    First Shared Task on ...", "NAME: A Shared Task on ...", "NAME 2024: Summary of ... Contest", "NAME:
    Proposal for a Shared Task on ..." or "Overview of the NAME 2025 Shared Task on ...". An overview names
    the event its participants' systems were built for; the event is no method of the task it is on. A
    team's system paper ("NAME at the FOO Shared Task: ...") is a method, and stays.

    Examples
    --------
    >>> titled_event("FOOQA 2025: The First Shared Task on Zorbian Question Answering", "FOOQA 2025")
    True
    >>> titled_event("Overview of the FooLink 2025 Shared Task on Medical Question-Answering", "FOOLINK")
    True
    >>> titled_event("FooDial 2024: Summary of Natural Language Division of 6th International Foo Contest", "FooDial 2024")
    True
    >>> titled_event("FooNLP at BAR 2025 Shared Task: Candidate Generation via Reranking", "FooNLP")
    False
    >>> titled_event("FOO: Zorb Networks for Question Answering", "FOO")
    False
    """
    if not name.strip():
        return False
    head, colon, rest = title.partition(":")
    if colon and head.strip().casefold() == name.strip().casefold():
        return bool(_EVENT_PHRASE.search(rest) or _EVENT_REPORT.search(rest))
    spelled = re.escape(name.strip())
    return bool(re.match(rf"^\s*overview\s+of\s+(?:the\s+)?{spelled}(?:\s+\d{{4}})?\s+{_EVENT}\b", title, re.I))


#: A name that is an event's: it ends in "shared task", "contest", "competition", "evaluation campaign",
#: "challenge", "workshop", "hackathon" or a task number, after a word of its own ("COLING 2022 Shared Task",
#: "DSTC7 Task 1", "IndoNLP-2025-Shared-Task"; not the one-word "ConTestS").
_EVENT_NAME = re.compile(rf"\w[\s_-]+(?:{_EVENT}|task[\s-]*\d+[a-z]?|challenges?|workshops?|hackathons?)\s*$", re.I)


def event_name(name: str) -> bool:
    """Whether `name` names a shared task, contest or challenge, not a method: a title's head such as
    "COLING 2022 Shared Task: LED Finetuning ..." or "DSTC7 Task 1: Noetic ..." names the event the paper's
    system was built for (s37a proposes 13 such "methods": CORBON 2017 Shared Task, MIA 2022 Shared Task,
    BUCC 2017 shared task, ArAIEval shared task, scaLAR SemEval-2024 Task 1 ...). Events are no entities
    (GUIDE-NOTES 2): a task page neither lists one among the methods nor credits a result to it as the paper's own.

    Examples
    --------
    >>> event_name("FOOLING 2030 Shared Task"), event_name("ZorbDial9 Task 1"), event_name("Zorb-2031-Shared-Task")
    (True, True, True)
    >>> event_name("ConTestS"), event_name("Task-aware Zorb Networks"), event_name("ZorbNet")
    (False, False, False)
    """
    return bool(_EVENT_NAME.search(name or ""))


#: A name that is a team's or an organisation's: it ends in "team", "group", "lab", "center", "institute",
#: "university" ... after a word of its own, spaced ("SK_DU Team", "UCL Machine Reading Group", "Huawei
#: Translation Service Center"; not "Multi-Team", a method).
_GROUP_NAME = re.compile(
    r"\w\s+(?:team|group|lab|labs|laboratory|laboratories|cent(?:er|re)|institute|university|universit[äà]t|"
    r"corporation|company|inc\.?|consortium|foundation|department)\s*$",
    re.I,
)


def group_name(name: str) -> bool:
    """Whether `name` names a team or an organisation, not a method: a system paper's title head ("SK_DU Team:
    Cross-Encoder based Evidence Retrieval ...", "UCL Machine Reading Group: Four Factor Framework ...") or an
    acronym's long form ("by Huawei Translation Service Center (HW-TSC)"). s37a proposes 5 such Methods, all
    teams or organisations (also Uni-DUE Student Team, Tencent AI Lab - Shanghai Jiao Tong University). Teams
    and organisations are no entities (GUIDE-NOTES 1, RULINGS R4): a task page does not list one among the
    methods nor credits a result to it as the paper's own.

    Examples
    --------
    >>> group_name("FOO_BU Team"), group_name("Zorb Machine Reading Group"), group_name("Frobco Translation Service Center")
    (True, True, True)
    >>> group_name("Multi-Team"), group_name("Group Relative Policy Optimization"), group_name("ZorbNet")
    (False, False, False)
    """
    return bool(_GROUP_NAME.search(name or ""))


def no_method_name(name: str) -> bool:
    """Whether `name` is an event's (:func:`event_name`) or a team's or organisation's (:func:`group_name`): no
    method or model, whatever kind the extractor gave it."""
    return event_name(name) or group_name(name)


# where an apposition's noun phrase ends: a preposition, a relative word or participle, a conjunction, punctuation
_PHRASE_END = re.compile(
    r"\b(?:for|of|on|from|via|with|to|at|in|by|over|into|that|which|who|where|designed|trained|built|based|"
    r"containing|comprising|including|consisting|covering|and|or)\b|[,;:()]|\.(?=\s|$)",  # "GOUD.MA" goes on
    re.I,
)
_RESOURCE_HEAD = re.compile(_RESOURCE.pattern[:-2] + r"\s*$", re.I)
# "an expanded version of", "a suite of", "a set of": the data the apposition names comes after "of"
_PART_OF = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:versions?|extensions?|variants?|expansions?|subsets?|suites?|sets?|collections?|"
    r"compilations?|groups?|series)\s*$",
    re.I,
)


def _appositions(text: str, name: str) -> Iterator[tuple[str, re.Match | None, str]]:
    """For each apposition "NAME, a/an/the ..." in `text`: the 200 characters after the article, where its noun
    phrase ends (:data:`_PHRASE_END`, or None) and the phrase up to there."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name.strip())},\s+(?:an?|the)\s+", text):
        rest = text[m.end() : m.end() + 200]
        end = _PHRASE_END.search(rest)
        yield rest, end, rest[: end.start()] if end else rest


def introduced_as_data(text: str, name: str) -> bool:
    """Whether an abstract calls `name` data in an apposition: "NAME, a/an/the ... <data noun>" (the noun
    phrase's head a dataset, corpus, benchmark, treebank, lexicon ...: "KorQuAD-QG, a new data set", "GCDT, the
    largest hierarchical discourse treebank") or "NAME, a version/extension/set of (the) ... <data noun>"
    (".MA_v2, an expanded version of the GOUD.MA dataset", "Simple-SQuAD, a simplified version of the
    widely-used SQuAD dataset", "Mukayese, a set of NLP benchmarks"), the phrase calling it no method,
    model or system ("DyLex, a plug-in lexicon incorporation approach" is one). s37a proposes 20 such names
    typed Method or Model; a task page does not list them among the task's methods.

    Examples
    --------
    >>> introduced_as_data("We introduce .ZS_v2, an expanded version of the ZORB.MA dataset, with 50k articles.", ".ZS_v2")
    True
    >>> introduced_as_data("We release FrobQA, a new data set for this task.", "FrobQA")
    True
    >>> introduced_as_data("We present FrobLM, a multilingual variant of T5 that was trained on a new corpus.", "FrobLM")
    False
    >>> introduced_as_data("We propose ZapLex, a plug-in lexicon incorporation approach for BERT.", "ZapLex")
    False
    >>> introduced_as_data("We propose ZapNet, a model trained on the Zorb corpus.", "ZapNet")
    False
    """
    if not text or not name.strip():
        return False
    for rest, end, head in _appositions(text, name):
        if _ARTEFACT.search(head):
            continue
        if _RESOURCE_HEAD.search(head):
            return True
        if end and end.group(0).casefold() == "of" and _PART_OF.search(head):
            after = rest[end.end() :]
            stop = _PHRASE_END.search(after)
            phrase = after[: stop.start()] if stop else after
            if _RESOURCE.search(phrase) and not _ARTEFACT.search(phrase):
                return True
    return False


# a measure's head noun ("a new evaluation metric", "a reference-free measure")
_METRIC_HEAD = re.compile(r"\b(?:metrics?|measures?)\s*$", re.I)


def introduced_as_metric(text: str, name: str) -> bool:
    """Whether an abstract calls `name` a metric: an apposition "NAME, a/an/the ... metric/measure" (the noun
    phrase's head, the phrase calling it no method or model) or "metric (called/named) NAME" ("we propose a new
    metric, Cont-COMET", "a reference-free metric called D-SARI", "the metric FactSpotter"). s37a proposes 34
    such names typed Method (CausalScore, D-SARI, RQUGE, JaSPICE, Meteor++, FactVC, ALOHa, MuLER ...); a
    metric is no method or model proposed for a task, and a task page does not list it among them.

    Examples
    --------
    >>> introduced_as_metric("We propose a new metric, ZorbScore, which correlates with people.", "ZorbScore")
    True
    >>> introduced_as_metric("We introduce FrobEval, a reference-free evaluation metric for captions.", "FrobEval")
    True
    >>> introduced_as_metric("To measure ZapRate, we use entropy.", "ZapRate")
    False
    >>> introduced_as_metric("We propose ZapNet, a model scored by a new metric.", "ZapNet")
    False
    """
    if not text or not name.strip():
        return False
    spelled = re.escape(name.strip())
    if re.search(rf"\bmetric,?\s+(?:(?:called|named|dubbed)\s+)?[“\"']?{spelled}(?![\w-])", text, re.I):
        return True
    for _, _, head in _appositions(text, name):
        if _METRIC_HEAD.search(head) and not _ARTEFACT.search(head):
            return True
    return False


#: How far before a number (characters) "human performance"-like words may make it people's score: a clause
#: or two ("well below human performance, which is 89%"), not the model's score a sentence earlier.
HUMAN_WINDOW = 80

_HUMAN = re.compile(
    r"\bhumans?\s+(?:performance|accuracy|baseline|scores?|agreement|upper[- ]bound|ceiling|level|annotators?|raters?"
    r"|experts?|judges?|evaluators?)\b|\bhuman-level\b|\binter-annotator\b|\bannotators?\b|\bcrowd[- ]?workers?\b",
    re.I,
)
_OWN = re.compile(r"\b(?:we|our|ours|model|models|system|systems|method|approach)\b", re.I)


def human_score(sentence: str, value: str) -> bool:
    """Whether `value` in `sentence` is the score of people, not of a model:
    the nearest of "human performance"-like words and a model's or "our"
    words before the number is the human one, within the number's clause
    and the :data:`HUMAN_WINDOW` characters before it (QA and inference papers set their
    best model against "human performance, which is 89%").

    Examples
    --------
    >>> human_score("Our model gets 56%, well below human performance, which is 89%.", "89%")
    True
    >>> human_score("Our model gets 56%, well below human performance, which is 89%.", "56%")
    False
    >>> human_score("Annotators agree at 0.81 kappa on the test set.", "0.81")
    True
    >>> human_score("We reach 91.2 F1, close to human performance.", "91.2")
    False
    """
    at = sentence.find(value) if value else -1
    if at < 0:
        return False
    before = sentence[max(0, at - HUMAN_WINDOW) : at]
    humans = [m.end() for m in _HUMAN.finditer(before)]
    if not humans:
        return False
    own = [m.end() for m in _OWN.finditer(before)]
    return max(humans) > max(own, default=-1)


def compact_name(text: str) -> str:
    """A name or sentence as its lower-case letters and digits only: "Natural Questions" naturalquestions."""
    return re.sub(r"[^0-9a-z]+", "", text.casefold())


_TASK_HEAD = re.compile(
    r"(?:identification|detection|classification|entailment|inference|recognition|extraction|generation|"
    r"translation|summari[sz]ation|parsing|label+ing|tagging|retrieval|reasoning|answering|analysis|similarity|"
    r"completion|resolution|linking|matching|segmentation|captioning|prediction|verification)$",
    re.I,
)


#: A task's head noun, as :data:`_TASK_HEAD` reads one, and "estimation" and "typing" ("quality estimation",
#: "entity typing").
_TITLE_TASK_HEAD = re.compile(_TASK_HEAD.pattern[:-2] + r"|estimation|typing)$", re.I)
#: A problem's form or a family of tasks, not one task: "natural language generation", "language
#: understanding", "sequence labeling", "structured prediction", "sentence matching", "information
#: extraction". Many tasks are cast so or belong to it (named entity recognition is sequence labeling and
#: information extraction, natural language inference sentence matching).
_FORMULATION = re.compile(
    r"\b(?:language|text)[\s-]+(?:generation|understanding|processing)$"
    r"|\b(?:sequences?|sequential|structured?|token)[\s-]+(?:label+ing|tagging|prediction|generation|classification)$"
    r"|\b(?:sentences?|text|semantic)[\s-]+matching$|\b(?:information|knowledge)[\s-]+extraction$",
    re.I,
)


def family_name(task: str) -> bool:
    """Whether `task` names a problem's form or a family of tasks (:data:`_FORMULATION`: "sequence labeling",
    "natural language generation", "information extraction"), which other tasks' data serve."""
    return bool(_FORMULATION.search((task or "").strip()))


#: Words two task names share without being one family ("text classification", "text summarization").
_SHARED_GENERIC = frozenset({"text", "texts", "language", "natural", "neural", "task", "tasks", "based", "level"})
#: A list of tasks before a task's name: a comma or conjunction right before it, or after another task's head
#: noun a word or two before it ("Summary Generation and Key Segment Extraction" lists "segment extraction";
#: "Structured and Expressive Opinion Summarization" lists no task).
_LISTED_BEFORE = re.compile(
    r"(?:,|\band|\bor|&|/)\s*$|" + _TASK_HEAD.pattern[:-1] + r"s?\s*(?:,|\band|\bor|&|/)\s*(?:[\w-]+\s+){0,2}$", re.I
)
_LISTED_AFTER = re.compile(r"^\s*(?:,|and\b|or\b|&|/)", re.I)
_CAST_AS = re.compile(r"\bas\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[^0-9a-z]+", name.casefold()) if len(w) >= 4 and w not in _SHARED_GENERIC}


def _spelled_in(name: str, title: str) -> list[re.Match]:
    """Where `title` writes `name` (case, hyphens and spaces aside, a plural allowed)."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w]
    if not words:
        return []
    return list(re.finditer(r"(?<!\w)" + r"[\s-]*".join(map(re.escape, words)) + r"s?(?!\w)", title, re.I))


def titled_other_task(title: str, task: Sequence[str], others: Sequence[str]) -> str | None:
    """The other task a paper's title says its work is for, when the title names no spelling of the page's
    `task`: one of `others` (the other tasks the paper names) of two words or more, written in the title and
    ending in a task's head noun ("... for Relation Extraction", "... Approach to Short-text Entity Linking", "Proactive
    Learning for Named Entity Recognition"), that is no form of a problem (:data:`_FORMULATION`: "sequence
    labeling", "natural language generation"), not cast as something ("Coreference Resolution as Query-based
    Span Prediction" is coreference resolution), not one of a list of tasks ("for Natural Language
    Generation, Translation, and Comprehension": the list may hold the page's task), and of another family
    than the page's task (no head noun nor content word shared: "emotion classification" is text
    classification's, "aspect sentiment triplet extraction" sentiment analysis's). None otherwise.
    A method such a title proposes is that task's, not the page's, though its abstract names the page's task
    (as a tool it uses, "a dependency parser", or a neighbour it relates to).

    Examples
    --------
    >>> titled_other_task("FOO: Mutually Visible Objects For Relation Extraction", ["named entity recognition", "NER"],
    ...                   ["relation extraction"])
    'relation extraction'
    >>> titled_other_task("FOO: Zorb Networks for Named Entity Recognition", ["named entity recognition"], ["relation extraction"])
    >>> titled_other_task("FOO: Pre-training for Natural Language Generation, Translation, and Comprehension",
    ...                   ["machine translation"], ["natural language generation", "comprehension"])
    >>> titled_other_task("FOO: Coreference Resolution as Query-based Span Prediction", ["question answering"],
    ...                   ["span prediction"])
    >>> titled_other_task("FOO: Zorb Embeddings for Fine-grained Emotion Classification", ["text classification"],
    ...                   ["emotion classification"])
    >>> titled_other_task("Zorb Tagging for Aspect Sentiment Triplet Extraction", ["sentiment analysis"],
    ...                   ["aspect sentiment triplet extraction"])
    >>> titled_other_task("Lexicon Enhanced Zorb Sequence Labeling", ["named entity recognition"], ["sequence labeling"])
    >>> titled_other_task("ZorbNet for Summary Generation and Key Segment Extraction", ["summarization"], ["segment extraction"])
    >>> titled_other_task("ZorbNet: Structured and Expressive Opinion Summarization", ["inference"], ["opinion summarization"])
    'opinion summarization'
    >>> titled_other_task("ZorbNet: Token-pair Classification for Zorbing", ["named entity recognition"], ["classification"])
    """
    if any(_spelled_in(n, title) for n in task if n):
        return None
    heads = {re.split(r"[\s-]+", n.strip().casefold())[-1] for n in task if n.strip()}
    mine = set().union(*(_words(n) for n in task))
    for name in others:
        if len(name.split()) < 2 or not _TITLE_TASK_HEAD.search(name) or _FORMULATION.search(name):
            continue
        if re.split(r"[\s-]+", name.strip().casefold())[-1] in heads or _words(name) & mine:
            continue
        for m in _spelled_in(name, title):
            before, after = title[: m.start()], title[m.end() :]
            if not (_LISTED_BEFORE.search(before) or _LISTED_AFTER.search(after) or _CAST_AS.search(before)):
                return name
    return None


#: How far before a parenthesis (characters, within its sentence) a task's name is looked for: one list item
#: ("textual entailment (RTE)") or a dataset's long name spelled out, not the sentence's earlier clauses.
TASK_NAME_WINDOW = 80


def named_for_other_task(text: str, dataset: list[str], task: list[str]) -> bool:
    """Whether an abstract names a dataset (spelled as in `dataset`) as the data
    of another task than the one spelled `task`, and never as this task's: inside
    parentheses right after another task's name, as abstracts list the tasks
    they test with their data ("question answering (BoolQ), textual
    entailment (RTE), and duplicate question identification (QQP)": RTE and
    QQP are not question answering data). A task's name here is a phrase
    ending in a task's head noun ("entailment", "identification",
    "classification" ...). A mention in parentheses after this task, or outside
    parentheses in a sentence naming it, is this task's; other mentions ("QQP
    accuracy 88.4%") say nothing either way.

    Examples
    --------
    >>> text = ("We test on question answering (BoolQ), textual entailment (RTE), and paraphrase "
    ...         "identification (QQP). QQP accuracy rises to 88%.")
    >>> named_for_other_task(text, ["QQP"], ["question answering"]), named_for_other_task(text, ["BoolQ"], ["QA", "question answering"])
    (True, False)
    >>> named_for_other_task("We use textual entailment (RTE). RTE helps question answering.", ["RTE"], ["question answering"])
    False
    >>> named_for_other_task("on three benchmarks (RTE, QQP, BoolQ)", ["QQP"], ["question answering"])
    False
    >>> named_for_other_task("tested on topic classification (AG News).", ["AG News"], ["text classification"])
    False
    """
    spelled = [re.escape(n) for n in dataset if n]
    if not spelled or not text:
        return False
    own = [t.casefold() for t in task if t]
    heads = {m.group(0).casefold() for t in own for m in [_TASK_HEAD.search(t)] if m}
    other = False
    for m in re.finditer(r"(?<![\w-])(?:" + "|".join(spelled) + r")(?![\w-])", text, re.I):
        start = max(text.rfind(". ", 0, m.start()) + 2, 0)
        end = text.find(". ", m.end())
        sentence = text[start : end if end >= 0 else len(text)].casefold()
        open_at = text.rfind("(", 0, m.start())
        if open_at < start or ")" in text[open_at : m.start()]:  # not in parentheses
            if any(t in sentence for t in own):
                return False  # named with this task
            continue
        before = text[max(start, open_at - TASK_NAME_WINDOW) : open_at]
        if _long_form(before, m.group(0)):
            continue  # "Multi-genre Natural Language Inference (MNLI)": the dataset's own long name
        head = re.split(r"[,;:.]|\band\b|\bor\b", before)[-1].strip()
        found_head = _TASK_HEAD.search(head)
        if any(t in head.casefold() for t in own) or (found_head and found_head.group(0).casefold() in heads):
            return False  # this task's data, or a kind of this task's ("topic classification" of text classification)
        other = other or bool(found_head)
    return other


#: How many times more often than the corpus's papers a dataset's papers must name a task for the
#: dataset to be the task's: Wikipedia, WordNet, GLUE and Universal Dependencies come up in every field.
#: Why 1.5 (tp36, on the 44k graph): the field-wide resources that led other fields' pages sat below 1
#: (GLUE 0.8 on question answering, Universal Dependencies 0.9 on NER, Wikipedia 0.2 on text
#: classification) and the tasks' own benchmarks far above (SQuAD 11.5 on QA, CoNLL-2003 32.5 on NER);
#: 1.5 drops the first with a margin over 1 (no more often than chance) and keeps Wikipedia on QA (2.0),
#: where it is the data of open-domain QA.
MIN_TASK_LIFT = 1.5
#: Datasets named by fewer papers are not judged so: below 20 one paper moves the dataset's rate by 5
#: points or more, too noisy a lift to drop a dataset by, and a small corpus (the seed, where no dataset
#: has 20 papers) keeps every dataset its task pages name.
MIN_LIFT_PAPERS = 20


def task_specific(B: nx.Graph, d, together: int, task_papers: int) -> bool:
    """Whether dataset `d`, named by `together` of the task's `task_papers` papers, is
    the task's data rather than a resource every field names: its papers name the
    task at least :data:`MIN_TASK_LIFT` times as often as the corpus's papers do
    (``papers`` of the node over ``n_papers`` of the graph). Without those counts, or for
    a dataset of fewer than :data:`MIN_LIFT_PAPERS` papers, it is.

    Examples
    --------
    >>> B = nx.Graph(n_papers=40_000)
    >>> B.add_node("Dataset:wiki", papers=645)
    >>> B.add_node("Dataset:squad", papers=151)
    >>> task_specific(B, "Dataset:wiki", 3, 824), task_specific(B, "Dataset:squad", 66, 1675)
    (False, True)
    """
    n, d_papers = B.graph.get("n_papers") or 0, B.nodes[d].get("papers") or 0
    if not n or d_papers < MIN_LIFT_PAPERS or not task_papers:
        return True  # too few papers to tell a field's resource from the task's data
    return (together / d_papers) >= MIN_TASK_LIFT * (task_papers / n)


def _spelled_alternatives(names: Sequence[str]) -> list[str]:
    """The names as regex alternatives, longest first (so a longer spelling wins over its prefix)."""
    return sorted({re.escape(n.strip()) for n in names if n.strip()}, key=len, reverse=True)


def _whole_words(alternatives: list[str]) -> re.Pattern | None:
    """One case-blind pattern of `alternatives` standing as whole words (not inside a hyphened word), or None."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I) if alternatives else None


def _name_pattern(names: Sequence[str]) -> re.Pattern | None:
    return _whole_words(_spelled_alternatives(names))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])")


#: Words of task names every field writes, which say nothing of a task alone ("machine" of machine translation,
#: "analysis" of sentiment analysis, "language" of natural language inference).
_GENERIC_TASK_WORDS = frozenset(
    "machine natural language text textual analysis automatic automated task tasks learning data detection "
    "classification generation prediction modeling modelling understanding processing".split()
)
_WORD_SUFFIX = re.compile(r"(?:i[sz]ation|ation|ition|ments?|ing|ion|ies|es|s|y|e)$")


def _stem(word: str) -> str:
    return _WORD_SUFFIX.sub("", re.sub(r"(?<!s)s$", "", word))


_GENERIC_STEMS = frozenset(map(_stem, _GENERIC_TASK_WORDS))


def _distinct_words(names: Sequence[str]) -> set[str]:
    """The stems of the words of a task's `names` but :data:`_GENERIC_TASK_WORDS` (a stem of five letters or
    more, else the word): {"senti"} of sentiment analysis, {"transl"} of machine translation.

    >>> sorted(_distinct_words(["machine translation", "Machine Trans-lation", "MT"]))
    ['transl']
    """
    stems = set()
    for n in names:
        # a hyphened word may be a word a line broke ("Machine Trans-lation": "trans" is no word of the task) or
        # a compound ("text-classification"): left to the task's other spellings
        for w in re.split(r"[^a-z]+", " ".join(t for t in n.casefold().split() if "-" not in t)):
            stem = _stem(w)
            if len(w) >= 4 and w not in _GENERIC_TASK_WORDS and stem not in _GENERIC_STEMS:
                stems.add(stem if len(stem) >= 5 else w)
    return stems


def _task_words(names: Sequence[str]) -> re.Pattern | None:
    """A pattern of a task's spellings and of the stems of the words its names hold but
    :data:`_GENERIC_TASK_WORDS` ("transl" of machine translation finds "translate" and "translations",
    "summar" of summarization "summaries", "sentiment" of sentiment analysis "sentiment classifier").

    >>> said = _task_words(["sentiment analysis", "SA"])
    >>> bool(said.search("a sentiment classifier")), bool(said.search("an analysis of errors"))
    (True, False)
    >>> bool(_task_words(["summarization"]).search("longer summaries"))
    True
    """
    words = sorted((re.escape(s) + r"[a-z]*" for s in _distinct_words(names)), key=len, reverse=True)
    return _whole_words(_spelled_alternatives(names) + words)


def _acronym_ended(dataset: Sequence[str], task: Sequence[str]) -> bool:
    """Whether a word of the dataset's name ends with the task's acronym, as datasets name their
    task: PopQA, TyDi-QA, XNLI, WMT14 (MT), LoResMT.

    >>> _acronym_ended(["PopQA"], ["question answering", "QA"]), _acronym_ended(["WMT14"], ["MT"])
    (True, True)
    >>> _acronym_ended(["Qatar Corpus"], ["QA"]), _acronym_ended(["MTOP"], ["MT"])
    (False, False)
    """
    acronyms = [t for t in task if re.fullmatch(r"[A-Z]{2,}", t)]
    return any(re.search(re.escape(a) + r"(?![A-Za-z])", n) for a in acronyms for n in dataset)


def task_dataset_evidence(dataset: Sequence[str], task: Sequence[str], papers: Sequence[tuple[str, str, list]]) -> bool:
    """Whether something ties the dataset spelled `dataset` to the task spelled `task` (its name first)
    beyond a paper naming both: the dataset's name holds a word of the task's (:func:`_task_words`: "WMT20
    News Translation Task" on machine translation) or ends a word with its acronym (:func:`_acronym_ended`);
    or one of its `papers` (``(title, abstract, sentences of its results on the dataset)``) names the task,
    or a word of its name, in the title or in a sentence naming the dataset other than as its instrument
    (:func:`_names_task`: "created using machine translation" ties nothing). A QA paper that
    machine-translates SQuAD and tests on XQuAD ties XQuAD to QA, not to machine translation; a math word
    problem paper naming translation elsewhere ties Math23K to nothing. A task named by generic words alone
    ("text classification", a form any classifier's data serves) keeps every dataset.

    Why (taskpage48, on the 20k ACL sample, ten big tasks): of the datasets under
    :data:`MIN_LIFT_PAPERS` papers this drops, 287 were not the task's and 65 were; the sentence before the
    dataset's (+28 right, +104 wrong kept) and titles spelling the task in full only (fewer right kept) did worse.

    Examples
    --------
    >>> qa = ("We machine-translate SQuAD into Swedish for training. "
    ...       "Our model reaches 80.4 F1 on XQuAD.")
    >>> task_dataset_evidence(["XQuAD"], ["machine translation", "MT"], [("A Swedish QA model", qa, [])])
    False
    >>> mt = "We train translation models and test them on WMT14 English-German."
    >>> task_dataset_evidence(["WMT14"], ["machine translation", "MT"], [("Tagging words", mt, [])])
    True
    >>> task_dataset_evidence(["FooSet"], ["machine translation"], [("Faster Machine Translation", "", [])])
    True
    >>> task_dataset_evidence(["WMT20 News Translation Task"], ["machine translation"], [("A system", "", [])])
    True
    >>> task_dataset_evidence(["FooSet"], ["text classification"], [("A system", "We use FooSet.", [])])
    True
    """
    names = [t for t in task if t.strip()]
    if not names:
        return True
    if not _distinct_words(names):
        return True  # a form every classifier's data serves ("text classification"): nothing to tell it by
    said = _task_words(names)
    own = _name_pattern(dataset)
    if said is None or own is None or said.search(" ; ".join(dataset)) or _acronym_ended(dataset, names):
        return True
    for title, abstract, sentences in papers:
        if said.search(title):
            return True
        for sentence in [*_SENTENCE_END.split(abstract or ""), *sentences]:
            if own.search(sentence) and _names_task(own.sub(" ", sentence), said):
                return True
    return False


#: Words before a task's name that make it the instrument of the sentence, not what the data is for
#: ("created using machine translation", "transferred to deISEAR via machine translation", "scores summaries
#: using question answering"), with at most one word between ("using neural machine translation"), not a
#: preposition of purpose ("used for machine translation").
_INSTRUMENT = re.compile(
    r"(?:\b(?:via|using|through|by|uses?|used|employ(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|leverag(?:e|es|ed|ing))"
    r"\s+(?:(?!(?:for|to|in|as|on|of|and|or)\s)[\w-]+\s+)?)$",
    re.I,
)


def _names_task(sentence: str, said: re.Pattern) -> bool:
    """Whether `sentence` names the task (`said`, :func:`_task_words`) other than as its instrument
    (:data:`_INSTRUMENT`): a dataset an abstract builds or scores "using machine translation" is no machine
    translation data (ISEAR and deISEAR "via machine translation", INFOTABS and a metric "using question
    answering": demo49, 20k ACL sample, ten big tasks: 10 small datasets dropped, read all: 10 not the task's,
    no WMT, IWSLT or FLORES edition among them).

    >>> said = _task_words(["machine translation", "MT"])
    >>> _names_task("FooSet, a corpus created using Machine Translation", said)
    False
    >>> _names_task("Our MT system reaches 30 BLEU on FooSet", said), _names_task("by MT and used for MT", said)
    (True, True)
    """
    return any(not _INSTRUMENT.search(sentence, 0, m.start()) for m in said.finditer(sentence))


#: Words a long form may hold beyond one per capital of its acronym: the small words whose initials the
#: acronym leaves out ("Answer Generation *and* ..." of RIRAG, "*of*", "*the*").
LONG_FORM_SLACK = 3


def _long_form(before: str, short: str) -> bool:
    """Whether the words right `before` a parenthesis spell out the acronym `short`
    there (its capitals, in order, among the initials of its last capitals + :data:`LONG_FORM_SLACK` words).

    >>> _long_form("the Regulatory Information Retrieval and Answer Generation ", "RIRAG")
    True
    >>> _long_form("cross-lingual natural language inference ", "XNLI"), _long_form("question answering ", "QA")
    (False, True)
    """
    caps = [c.lower() for c in short if c.isupper()]
    if len(caps) < 2:
        return False
    initials = [w[0].lower() for w in re.split(r"[\s-]+", before) if w][-(len(caps) + LONG_FORM_SLACK) :]
    it = iter(initials)
    return all(c in it for c in caps)


#: Heads of the names of tasks whose output is text or an answer: translation, summaries, captions, answers are
#: scored against references (BLEU, ROUGE, F1, accuracy), never by a correlation.
_TEXT_OUTPUT_HEAD = re.compile(
    r"(?:translation|summari[sz]ation|generation|captioning|simplification|paraphrasing|answering|correction)$", re.I
)
# a judge's score: agreement with people (a correlation) or a detector's separation of good outputs from bad (AUROC)
_JUDGE_METRIC = re.compile(
    r"\b(?:correlations?|pearson|spearman|kendall|au-?roc|auc(?:-?roc)?|roc-?auc|au-?prc|pr-?auc)\b|^(?:r|rho|tau|ρ|τ)$",
    re.I,
)


def agreement_score(metric: str, task: str) -> bool:
    """Whether a score measured by `metric` on the page of task `task` is a judge's score, an
    evaluation sub-task's, not the task's: a correlation with people's judgements (Pearson,
    Spearman, Kendall) or a detector's AUROC/AUPRC, on a task whose output is text or an answer
    (machine translation, summarization, question answering ...). Such a task's systems are scored
    against references; a correlation or an AUROC in its papers scores a quality estimator, a
    metric, a hallucination detector or a model's confidence (WMT quality estimation, metric
    meta-evaluation on SummEval, selective prediction on CoQA): tp37 read 11 correlation and 4
    AUROC rows on s36b's MT, summarization and QA pages, none of them the task's own. A task
    scored by correlation or AUROC (semantic similarity, emotion intensity, detection) keeps them.

    Examples
    --------
    >>> agreement_score("Pearson correlation", "machine translation"), agreement_score("BLEU", "machine translation")
    (True, False)
    >>> agreement_score("AUROC", "question answering"), agreement_score("Spearman correlation", "semantic textual similarity")
    (True, False)
    """
    return bool(_JUDGE_METRIC.search(metric or "")) and bool(_TEXT_OUTPUT_HEAD.search((task or "").strip()))


#: Heads of the names of tasks whose output is a label, a structure or a ranking, or a transcript scored by its
#: error rate: none is scored by its output's overlap with reference texts.
_LABEL_OUTPUT_HEAD = re.compile(
    r"(?:recognition|classification|detection|tagging|label+ing|parsing|extraction|analysis|inference|"
    r"identification|linking|resolution|retrieval|understanding|similarity|entailment|typing)$",
    re.I,
)
# a score of a text output's overlap with references (n-grams, edits, embeddings, a trained judge of translations)
_OVERLAP_METRIC = re.compile(
    r"\b(?:(?:sacre|case-sensitive\s+|case-insensitive\s+)?bleu(?:-?\d)?|chrf\+*|ter|meteor|rouge(?:-?[\dlsw]+)?|"
    r"cider(?:-d)?|spice|bertscore|bleurt|comet|ribes|moverscore)\b",
    re.I,
)


def overlap_score_off_task(metric: str, task: str) -> bool:
    """Whether a score measured by `metric` on the page of task `task` is another task's: an overlap of an
    output text with references (BLEU, chrF, TER, METEOR, ROUGE, CIDEr, BERTScore, COMET ...) on a task whose
    output is a label, a structure or a ranking, or a transcript scored by its error rate (recognition,
    classification, parsing, extraction, retrieval, understanding ...). On s37a's pages such bests were
    another task's: 11 speech translation and disfluency-correction BLEUs on the automatic speech
    recognition page (MuST-C en-zh 29.22, IWSLT 2022 en-de 29.7, Switchboard's 85.28 "disfluency correction"),
    a clickbait spoiler generation BLEU on the NER page (SemEval-2023 Task 5), a data-to-text BLEU on the
    natural language understanding page (RotoWire). A task whose output is text (translation, summarization,
    generation, question answering) keeps them.

    Examples
    --------
    >>> overlap_score_off_task("BLEU", "automatic speech recognition"), overlap_score_off_task("BLEU", "machine translation")
    (True, False)
    >>> overlap_score_off_task("ROUGE-L", "question answering"), overlap_score_off_task("word error rate", "speech recognition")
    (False, False)
    >>> overlap_score_off_task("BLEU-4", "named entity recognition"), overlap_score_off_task("F1 score", "named entity recognition")
    (True, False)
    """
    return bool(_OVERLAP_METRIC.search(metric or "")) and bool(_LABEL_OUTPUT_HEAD.search((task or "").strip()))


# a score of an attack on models, or of models under one: how often it succeeds, how much accuracy survives it
_ATTACK_METRIC = re.compile(r"\b(?:attack|adversarial|robust(?:ness)?)\b", re.I)
_ATTACK_TASK = re.compile(r"\b(?:attacks?|adversarial|robust(?:ness)?|defen[cs]es?|jailbreak\w*)\b", re.I)


def attack_score(metric: str, task: str) -> bool:
    """Whether a score measured by `metric` is an attack's or a defence's ("attack success rate", "adversarial
    accuracy", "robust accuracy", "accuracy under attack") on the page of `task`, a task that is no attack
    nor robustness itself: it says how a model fares against perturbed inputs, not how well it does the
    task, so it is no dataset's best there. s37a's pages: IMDB's best was "75% adversarial accuracy"
    (certified robustness to word substitutions) on the sentiment analysis and NLI pages, FLAN's "~53% Attack
    Success Rate" on NLI's; the store has 31 such results (25 attack success rates).

    Examples
    --------
    >>> attack_score("adversarial accuracy", "sentiment analysis"), attack_score("attack success rate", "natural language inference")
    (True, True)
    >>> attack_score("accuracy", "sentiment analysis"), attack_score("attack success rate", "adversarial attacks")
    (False, False)
    """
    return bool(_ATTACK_METRIC.search(metric or "")) and not _ATTACK_TASK.search(task or "")


#: How far before a number (characters) words naming a phase off the official test ranking may place it: the
#: number's clause ("During the practice phase, our approach showed 0.87 F1").
PHASE_WINDOW = 120

# a shared task's scores outside its official ranking: before it (a practice or development phase) or after it
# (post-evaluation, after the competition or deadline)
_OFF_PHASE = re.compile(
    r"\b(?:practice|trial|development)\s+(?:phase|stage|period|round)\b|\bpost-?\s?(?:evaluation|competition)\b"
    r"|\bafter\s+the\s+(?:competition|evaluation|deadline|shared\s+task|official\s+(?:evaluation|ranking|submission))",
    re.I,
)


def off_ranking_phase(sentence: str, value: str) -> bool:
    """Whether `value` in `sentence` was scored in a shared task's phase outside its official
    ranking: a practice or development phase before it, or after it ("in the post-evaluation
    stage", "after the competition", "after the deadline"), named within the number's sentence
    (its :data:`PHASE_WINDOW` characters before the number or the rest of its clause after it).
    Shared-task papers report such a score beside the ranked one, often the higher of the two (a
    dictionary updated after the evaluation, systems merged after the competition); it ranks
    against no other team's.

    Examples
    --------
    >>> off_ranking_phase("During the practice phase our approach showed results of 0.87 F1.", "0.87")
    True
    >>> off_ranking_phase("Our system gets an F1 of 0.91 in the post-evaluation stage.", "0.91")
    True
    >>> off_ranking_phase("Our system ranked 3rd with 0.71 F1 in the evaluation phase.", "0.71")
    False
    """
    at = sentence.find(value) if value else -1
    if at < 0:
        return False
    after = re.split(r"[;.]\s|,\s(?:and|but|while|whereas)\b", sentence[at + len(value) :], maxsplit=1)[0]
    return bool(_OFF_PHASE.search(sentence[max(0, at - PHASE_WINDOW) : at] + " " + after))


def unread_direction(row: dict) -> bool:
    """Whether a row names no translation direction while its sentence names some ("Hindi to
    Marathi BLEU of 11.59, ..., and Marathi to Hindi ... RIBES score of 61.13", "for both
    Tamil-to-Telugu and Telugu-to-Tamil", "an average 34.0 BLEU on MuST-C En->De/Es/Fr"): the number
    is on one of them, or on their average, and the reader could not tell which, so it stands for
    no direction and for the benchmark as a whole least of all. A board lists such rows unranked
    where other rows name their pair; a task page's best must not take one where none do.

    Examples
    --------
    >>> unread_direction({"pair": "", "sentence": "We get 61.1 RIBES for Marathi to Hindi and 57.8 for Hindi to Marathi."})
    True
    >>> unread_direction({"pair": "mr-hi", "sentence": "We get 61.1 RIBES for Marathi to Hindi."})
    False
    >>> unread_direction({"pair": "", "sentence": "We get 91.2 F1 on CoNLL-2003."})
    False
    """
    return not row.get("pair") and bool(pair_mentions(row.get("sentence") or ""))


#: How far before a parenthesis (characters) the number it breaks down may stand: a metric and a dataset's
#: name ("56.4 F1 on SQuAD v1 (64.5 F1 when ...)"), not an earlier clause.
BREAKDOWN_WINDOW = 60

# a score, not a rank ("ranks 3rd (0.7428 in Macro-F1)", "3^rd rank") nor a metric's digit ("ROUGE-1 scores (0.51 for ...)")
_NUMBER = re.compile(r"(?<![\w.-])\d+(?:[.,]\d+)?(?![\d.,]*(?:\^|(?:st|nd|rd|th)\b))")
# words that narrow a number to a part of the data or a condition: "(64.5 F1 when the answer is an entity)",
# "(41.2% on Challenge and 64.5% on Easy)", "(49.4 on the unseen subset)", "(92% for hypersenses)"
_NARROWING = re.compile(r"\b(?:when|if|for|on|in|with|without|excluding|only|among|under)\b", re.I)


def breakdown_score(sentence: str, value: str, names: Sequence[str] = ()) -> bool:
    """Whether `value` in `sentence` breaks down another number: it stands in parentheses that open right
    after a number (within :data:`BREAKDOWN_WINDOW` characters), with a word after it that narrows it to a part
    of the data or a condition, and the parentheses name none of the dataset's spellings `names` (compacted).
    "56.4 F1 on SQuAD v1 (64.5 F1 when the answer is a Named Entity mention)", "56.82% F1 on ARC (41.24% on
    Challenge and 64.49% on Easy)", "53.6 (49.4 on the unseen subset)", "WER 14.32% (26.48% on unseen words)":
    the dataset's score is the number outside; the one inside is a subset's, no best of the whole dataset.
    A restatement ("0.21 (21%)") narrows nothing, and "(76.3% on LDC2017T10)" is the score of the data it names.

    Examples
    --------
    >>> s = "Our approach achieves 56.4 F1 on FooQA v1 (64.5 F1 when the answer is an entity mention)."
    >>> breakdown_score(s, "64.5", ["fooqa"]), breakdown_score(s, "56.4", ["fooqa"])
    (True, False)
    >>> breakdown_score("Our strict F1 score was 0.21 (21%) on FooQA.", "21%", ["fooqa"])
    False
    >>> breakdown_score("Our system ranks 3rd on the leaderboard (0.74 in macro-F1).", "0.74", ["fooqa"])
    False
    >>> breakdown_score("We came 3^rd by ROUGE-1 scores (0.51 for F-measure and 0.53 for recall).", "0.51", ["fooqa"])
    False
    >>> breakdown_score("We reach 70.2 Smatch on Zorb 1.0 (76.3% on ZORB2017).", "76.3%", ["zorb2017"])
    False
    """
    at = sentence.find(value) if value else -1
    if at < 0:
        return False
    opened = sentence.rfind("(", 0, at)
    if opened < 0 or ")" in sentence[opened:at]:
        return False
    closed = sentence.find(")", at)
    inside = sentence[opened + 1 : closed if closed >= 0 else len(sentence)]
    if not _NARROWING.search(sentence[at + len(value) : closed if closed >= 0 else len(sentence)]):
        return False
    if not _NUMBER.search(sentence[max(0, opened - BREAKDOWN_WINDOW) : opened]):
        return False
    said = compact_name(inside)
    return not any(n in said for n in names if n)


def best_grade(row: dict, names: list[str], others: Sequence[str] = (), task: str = "") -> bool:
    """Whether a board row may be shown as its dataset's best result on a task
    page: the number is not people's (:func:`human_score`), not scored outside a shared
    task's official ranking (:func:`off_ranking_phase`), not a subset's breakdown of another
    number (:func:`breakdown_score`), not on a translation direction left
    unread (:func:`unread_direction`), not an evaluation sub-task's
    agreement with people on the page of `task` (:func:`agreement_score`), nor a text overlap on the page of a task
    that outputs none (:func:`overlap_score_off_task`), nor an attack's score (:func:`attack_score`), and a sentence that
    does not name the dataset (by a spelling in `names`, compacted) nor the
    part of it the row is on names no other task or dataset of the paper
    (`others`): "49.8% F1 for event argument extraction", in a paper that names
    Natural Questions elsewhere, is a score on another task. A row without a
    sentence is not judged.

    Examples
    --------
    >>> row = {"value": "49.8%", "sentence": "We obtain 49.8% F1 for event argument extraction."}
    >>> best_grade(row, ["naturalquestions", "nq"], ["eventargumentextraction"])
    False
    >>> best_grade({"value": "72.0", "sentence": "Our model reaches 72.0 EM on NQ."}, ["naturalquestions", "nq"])
    True
    >>> best_grade({"value": "0.71", "sentence": "Our system ranks 3rd with 0.71 macro-F1."}, ["semeval2023task12"])
    True
    >>> best_grade({"value": "89%", "sentence": "BERT gets 56% on CSQA; human accuracy is 89%."}, ["csqa"])
    False
    >>> best_grade({"value": "0.66", "metric": "Pearson correlation", "sentence": "We reach 0.66 on en-zh."}, [], (),
    ...            "machine translation")
    False
    """
    metric = row.get("metric") or ""
    if agreement_score(metric, task) or overlap_score_off_task(metric, task) or attack_score(metric, task):
        return False
    sentence = row.get("sentence") or ""
    if not sentence:
        return True
    if human_score(sentence, row.get("value") or "") or off_ranking_phase(sentence, row.get("value") or ""):
        return False
    if breakdown_score(sentence, row.get("value") or "", names):
        return False
    if unread_direction(row):
        return False
    said = compact_name(sentence)
    if any(n in said for n in names) or row.get("part"):
        return True
    return not any(n in said for n in others)
