"""Whether a name is a team's or a research group's, which owns no result (RULINGS R4): the tests the results
layer reads on the paper's own system (its title, its parts, its head noun) and on a sentence's subject (a team
named by a copula). The concepts layer's own team tests (`context.is_team_mention`, `organisation_after`) read the
words around a mention; these read the name itself, the title or a copula the concepts layer does not.
"""

from __future__ import annotations

import re
from typing import Final

from paperkg.extract.context import ORGANISATION_NOUNS, TEAM_ENTRIES, TEAM_WORDS
from paperkg.extract.lexicon import fold, organisations, rule_words
from paperkg.extract.names import is_model_token, is_size


def _either_case(word: str) -> str:
    """A rule word as a regex whose words open in either case and whose hyphen is a hyphen or a space."""
    return "[- ]".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in word.split("-"))


#: what a team's title calls what it submitted: "system(s)" and rule_words TEAM_ENTRIES ("submission", "entry")
_ENTRY_NOUNS: Final = ("system", "systems", *sorted(TEAM_ENTRIES))
#: such a noun anywhere in the title ("The USTC's Dialect Speech Translation System for IWSLT 2023")
_SUBMITTED: Final = re.compile(r"\b(?:" + "|".join(map(_either_case, _ENTRY_NOUNS)) + r")\b")


def title_team(name: str, title: str) -> bool:
    """Whether the title writes the paper's own name as a team's: the owner of the systems it submitted ("The
    USTC's Dialect Speech Translation System for IWSLT 2023", "IIE's Neural Machine Translation Systems for WMT20")
    or one of two teams before "at" ("SI2M & AIOX Labs at WANLP 2022"). A team is no entity and owns no result
    (RULINGS R4); stops 44 and 45 judged its rows wrong subject (44k: these 3 papers, 5 rows, all of them).

    >>> title_team("USTC", "The USTC’s Dialect Speech Translation System for IWSLT 2023")
    True
    >>> title_team("SI2M", "SI2M & AIOX Labs at WANLP 2022 Shared Task: Propaganda Detection")
    True
    >>> title_team("EmoDet", "EmoDet at SemEval-2019 Task 3: Emotion Detection"), title_team("FooNet", "FooNet's Gains")
    (False, False)
    """
    n = re.escape(name.strip())
    if re.match(rf"(?:[Tt]he\s+)?{n}[’']s\b", title) and _SUBMITTED.search(title):
        return True
    return bool(re.match(rf"{n}\s*&\s*[^:]*?\s(?:at|@)\s", title) or re.match(rf"[^:&]+&\s*{n}\s+(?:at|@)\s", title))


#: what a team's title calls its entry right after the team's name ("The FOO-BAR System for ...", "QUX Approach to")
_SUBMITTED_AFTER_NAME: Final = (
    r"\s+(?:" + "|".join(w.capitalize() for w in (*_ENTRY_NOUNS, "approach")) + r")\s+(?:to|for|at|in)\s"
)


def titled_submission(name: str, title: str) -> bool:
    """Whether the title opens with the paper's own name as a team's entry: "(The) X System(s) / Approach /
    Submission to / for / at ..." with X written with two capitals in a row, as teams write their names ("The
    FOO-BAR System for the Zorb Shared Task", "QUX Approach to Zorb Identification"). The name is the team's, the
    system's owner no result (RULINGS R4). A title opening with "A" ("A BiLSTM-based System for") describes a kind of
    system and does not match; a name with no two capitals in a row ("Zorbnet System for") is left a model's.

    >>> titled_submission("FOO-BAR", "The FOO-BAR System for the Zorb Shared Task")
    True
    >>> titled_submission("QUX", "QUX Approach to Zorb Identification"), titled_submission("Zorbnet", "Zorbnet System for X")
    (True, False)
    """
    if not re.search(r"[A-Z]{2}", name):
        return False
    return bool(re.match(rf"(?:[Tt]he\s+)?{re.escape(name.strip())}{_SUBMITTED_AFTER_NAME}", title))


_TEAM_PARTS: Final = re.compile(r"\s*[-–—_&]\s*")


#: what the abstract calls an event a team took part in ("our system submitted to the X challenge"; rule_words
#: TEAM_EVENTS)
_EVENT_NOUNS: Final = "(?:" + "|".join(map(_either_case, rule_words("TEAM_EVENTS"))) + ")"


def is_team_name(name: str, text: str) -> bool:
    """Whether a name joined of parts ("USAAR-DFKI", "UM-DFKI", "FooChallenge-Team7") is a team's: a part is an
    organisation (organisations.txt) or the event the abstract says the team took part in ("the EmotionX
    challenge", "the X shared task"). A team is no entity and owns no result (RULINGS R4); stops 47 and 49 judged
    such owners wrong subject. A name of one part ("DFKI" alone is an organisation already) is left to the
    concepts layer; so is an organisation's name joined to a model's family or size: that is the organisation's
    model ("AllenAI-OLMo", "Cohere-Aya-Expanse-8B"; 2 such names in the ACL 44k abstracts, review50).

    >>> is_team_name("ZORB-DFKI", ""), is_team_name("Quux-Lab7", "our system submitted to the Quux challenge")
    (True, True)
    >>> is_team_name("BERT-CRF", ""), is_team_name("AllenAI-OLMo", "")
    (False, False)
    """
    parts = [p for p in _TEAM_PARTS.split(name.strip()) if p]
    if len(parts) < 2:
        return False
    orgs = organisations()
    if any(fold(p) in orgs for p in parts) and not any(is_size(p) or is_model_token(p) for p in parts):
        return True
    return any(len(p) > 2 and re.search(rf"\b{re.escape(p)}\s+{_EVENT_NOUNS}", text) for p in parts)


def owned_by_team(name: str, text: str) -> bool:
    """Whether the paper's own system's name is a team's or a group's by any of this module's tests: its title
    (`title_team`, `titled_submission`), its parts (`is_team_name`) or its head noun (`headed_by_group`). `text` is
    the paper's title, a newline, then its abstract.

    >>> owned_by_team("QUX", "QUX Approach to Zorb Identification\\nWe ..."), owned_by_team("ZorbNet", "ZorbNet\\nWe ...")
    (True, False)
    """
    title = text.split("\n", 1)[0]
    return (
        title_team(name, title) or titled_submission(name, title) or is_team_name(name, text) or headed_by_group(name)
    )


#: the copulas that name a team ("the winning team was Foo", "the best team is Foo"): rule_words RESULT_COPULAS
_TEAM_COPULAS: Final = frozenset(rule_words("RESULT_COPULAS"))


def named_team(start: int, lowers: list[str]) -> bool:
    """Whether the name at `start` is a shared-task team's, named by a copula after "team(s)": "the winning team
    was Foo with a score of 63%". A team owns no result (RULINGS R4); "our team Foo", "the Foo team" are the
    concepts layer's (`context.is_team_mention`), which reads no copula.

    >>> named_team(4, "the winning team was foo with 63 %".split()), named_team(3, "our system was foo".split())
    (True, False)
    """
    return start >= 2 and lowers[start - 1] in _TEAM_COPULAS and lowers[start - 2] in TEAM_WORDS


#: the nouns that head a research group's or team's name ("Foo Machine Reading Group", "Team Quux" is `TEAM_WORDS`'
#: side): rule_words ORGANISATION_NOUNS and TEAM_WORDS
_GROUP_HEADS: Final = ORGANISATION_NOUNS | TEAM_WORDS


def headed_by_group(name: str) -> bool:
    """Whether the paper's owner is a research group's or team's name: two or more capitalised words, the
    last of them an organisation or team noun ("Foo Machine Reading Group", "Quux NLP Lab", "Bar Team"). A
    group or team owns no result (RULINGS R4); stop 52's open set judged such an owner (a title's "X Group: ...")
    wrong subject.

    >>> headed_by_group("Foo Machine Reading Group"), headed_by_group("Quux NLP Lab"), headed_by_group("Bar Team")
    (True, True, True)
    >>> headed_by_group("Group Lasso"), headed_by_group("graph attention group"), headed_by_group("Lab")
    (False, False, False)
    """
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _GROUP_HEADS and all(w[:1].isupper() for w in words)
