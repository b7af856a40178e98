"""Short event labels: the clause of a mention's sentence that holds the date expression, shortened by rules.

    >>> label("The Biden administration had joined the initiative in 2023, making the US the only member.", 54, 58)
    'The Biden administration had joined the initiative in 2023'

Three steps, each a table of rules with an example that is also a test (``tests/test_labels.py``):

1. :data:`CLEAN_RULES` tidy the sentence: list bullets and a leading phrase that holds no date go.
2. :data:`BREAKS` split the sentence into clauses.  The label is the clause that holds the date: an
   *independent* break (``;``, a dash, ``, and`` + a new clause) ends a clause, a *dependent* one (``, which``,
   ``, making``) only ends it when the date is before it, because "..., an initiative launched in 2022" needs
   what it describes.  A leading phrase that holds nothing but the date ("On the same day,") leaves the main
   clause as the label.
3. While the label is longer than :data:`LABEL_LIMIT`, :data:`SHORTEN_RULES` apply one after another, least
   harmful first; a rule that would remove the date expression is skipped.  If the label is still too long it
   is cut at a word boundary with an ellipsis, keeping the date expression.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.model import Mention, Source

LABEL_LIMIT = 90
"""Longest event label, in characters."""

ELLIPSIS = "…"
PUBLICATION_PREFIX = "Published: "
"""Start of the label of a source's publication event.  Example: "Published: Trump withdraws from ..."."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A rewrite of the label text.  ``{date}`` in the pattern stands for the (escaped) date expression."""

    name: str
    pattern: str
    replacement: str
    example: str
    result: str
    date: str


class BreakKind(str, enum.Enum):
    """Whether the text after a break can stand on its own as a clause."""

    INDEPENDENT = "independent"
    DEPENDENT = "dependent"


@dataclass(frozen=True, slots=True)
class Break:
    """Where one clause ends and the next begins.  The pattern matches the separator only."""

    name: str
    pattern: str
    kind: BreakKind
    example: str
    date: str
    result: str
    """The label of ``example`` when ``date`` is the date expression."""


_NAME_WORD = r"[A-Z][\w’'.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"
"""A run of capitalized words.  Example: "War Crimes Accountability Team"."""

LEAD_WORDS = (
    "in addition to", "apart from", "aside from", "besides", "despite", "unlike", "following", "after", "before",
    "while", "although", "though", "because", "as", "since", "when", "under", "amid", "according to",
    "separately", "meanwhile", "however", "also", "still", "earlier", "later", "in", "on", "at", "by", "then",
)  # fmt: skip
"""Words that open a leading phrase of at most :data:`LEAD_MAX_WORDS` words set off by a comma.  The phrase is
left out of the label.  Example: "In addition to exiting the ICPA, the team ..." -> "The team ..."."""

LEAD_MAX_WORDS = 7

LEAD_FILLER = frozenset("in on at by also then the same that this earlier later separately meanwhile".split())
"""Words that may stand beside the date in a leading phrase that holds nothing else.
Example: "Also on March 12, the union called a strike" -> "The union called a strike"."""

_LEAD = re.compile(
    rf"(?i:{'|'.join(re.escape(word) for word in sorted(LEAD_WORDS, key=len, reverse=True))})\b"
    rf"(?:\s+[^\s,;:]+){{0,{LEAD_MAX_WORDS - 1}}},\s+"
)

CLEAN_RULES: tuple[Rule, ...] = (
    Rule(
        "bullet",
        r"^\s*(?:[•·▪‣◦*\-–—]|\d{1,2}[.)])\s+",
        "",
        "• Biden’s administration had joined the ICPA in 2023",
        "Biden’s administration had joined the ICPA in 2023",
        "2023",
    ),
    Rule(
        "trailing full stop",
        r"[\s.,;:]+$",
        "",
        "The council approved the budget on March 12.",
        "The council approved the budget on March 12",
        "March 12",
    ),
)
"""Tidy-ups applied to every sentence before its clauses are found, in order."""

_PARTICIPLE = r"(?:[a-z]+ed|built|begun|held|made|set up|won|lost|sworn in|taken|given|chosen|led|run|founded)"
"""A past participle (regular, or one of the common irregular ones).  Example: "launched", "set up"."""

BREAKS: tuple[Break, ...] = (
    Break(
        "semicolon",
        r"(?<!&[a-z]{2})(?<!&[a-z]{3})(?<!&[a-z]{4})(?<!&#\d{2})(?<!&#\d{3});\s+",  # not the end of "&amp;"
        BreakKind.INDEPENDENT,
        "Trams start in 2026; buses stop a year later",
        "2026",
        "Trams start in 2026",
    ),
    Break(
        "dash",
        r"\s+[–—]\s+|\s+-\s+",
        BreakKind.INDEPENDENT,
        "The bridge closed on Monday – a decision critics called rash",
        "Monday",
        "The bridge closed on Monday",
    ),
    Break(
        "new clause",
        r",\s+(?:and|but|or|so|yet)\s+(?=[a-z])",
        BreakKind.INDEPENDENT,
        "A fire destroyed the warehouse, and firefighters kept the harbour closed until the evening",
        "the evening",
        "Firefighters kept the harbour closed until the evening",
    ),
    Break(
        "according to",
        r",\s+(?=according to\b)",
        BreakKind.DEPENDENT,
        "The U.S. will exit the ICPA by the end of March, according to a letter from Eurojust",
        "the end of March",
        "The U.S. will exit the ICPA by the end of March",
    ),
    Break(
        "attribution",
        r",\s+(?=(?:[\w’'-]+\s+){1,4}(?:said|says|told|reported|announced|added|confirmed)\b[^,]*$)",
        BreakKind.DEPENDENT,
        "Services on the new line should start in 2026, the transport authority said",
        "2026",
        "Services on the new line should start in 2026",
    ),
    Break(
        "relative clause",
        r",\s+(?=(?:which|who|whom|whose|where|whereas|while|although|though|because|as well as)\b)",
        BreakKind.DEPENDENT,
        "The population passed half a million in 2023, which the council cited as a reason",
        "2023",
        "The population passed half a million in 2023",
    ),
    Break(
        "participle",
        r",\s+(?=[a-z]+ing\b)",
        BreakKind.DEPENDENT,
        "Garland announced a contribution in November 2023, emphasizing America’s commitment",
        "November 2023",
        "Garland announced a contribution in November 2023",
    ),
    Break(
        "appositive",
        rf",\s+(?=(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_PARTICIPLE}\b)",
        BreakKind.DEPENDENT,
        "Officials praised WarCAT, an initiative launched in 2022, and its staff",
        "2022",
        "Officials praised WarCAT, an initiative launched in 2022",
    ),
)
"""Clause boundaries inside a sentence."""

SHORTEN_RULES: tuple[Rule, ...] = (
    Rule(
        "past perfect",
        r"\bhad\s+(?=[a-z]+ed\b)",
        "",
        "Biden’s administration had joined the ICPA in 2023",
        "Biden’s administration joined the ICPA in 2023",
        "2023",
    ),
    Rule(
        "title before a name",
        r"\b(?:then-|former\s+|ex-)?(?:Attorney General|Prime Minister|Secretary of State|Secretary General|"
        r"Secretary-General|President|Vice President|Secretary|Minister|Governor|Senator|Mayor|Chancellor|"
        r"Judge|Chairman|Chairwoman|Chair|Director|Ambassador|Commissioner|Councillor|Councilor)\s+(?=[A-Z])",
        "",
        "then-Attorney General Merrick Garland announced a contribution in November 2023",
        "Merrick Garland announced a contribution in November 2023",
        "November 2023",
    ),
    Rule(
        "adverb",
        r"\b(?:also|formally|officially|finally|reportedly|actually|now|still|eventually)\s+",
        "",
        "The U.S. will formally exit the ICPA by the end of March",
        "The U.S. will exit the ICPA by the end of March",
        "the end of March",
    ),
    Rule(
        "name with acronym",
        rf"\b(?P<initial>[A-Z])[\w’'.-]*(?:\s+(?:(?:of|for|the|and|against|on|in|to)\s+)*{_NAME_WORD})*"
        rf"\s+\((?P<acronym>(?P=initial)[A-Za-z]{{1,9}})\)",
        r"\g<acronym>",
        "The U.S. will exit the International Center for the Prosecution of the Crime (ICPA) by the end of March",
        "The U.S. will exit the ICPA by the end of March",
        "the end of March",
    ),
    Rule(
        "named thing and participle",
        rf"^.*?\b(?P<name>{_NAME})(?:\s+\([^)]*\))?(?:,\s+(?:a|an|the)(?:\s+[\w’'-]+){{0,3}}?)?\s+"
        rf"(?P<verb>{_PARTICIPLE})\b\s+(?P<rest>.*{{date}}.*)$",
        r"\g<name> \g<verb> \g<rest>",
        "The Justice Department is reducing the work of its War Crimes Accountability Team created in 2022",
        "War Crimes Accountability Team created in 2022",
        "2022",
    ),
    Rule(
        "after the date",
        r"^(?P<keep>.*?{date}),?\s+(?:[a-z]+\s+)?(?:to|as|after|before|under|amid|with|for|despite|following|"
        r"because|while|when|over|near|in order to|until|from|into)\b.*$",
        r"\g<keep>",
        "The Biden administration joined the initiative in 2023 to push for legal action against Russia",
        "The Biden administration joined the initiative in 2023",
        "2023",
    ),
)
"""Shortenings applied in order, each only while the label is longer than :data:`LABEL_LIMIT`."""


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@lru_cache(maxsize=4096)
def _rewritten(pattern: str, replacement: str, text: str) -> str:
    """``text`` rewritten once by ``pattern``, white space collapsed.  Cached: the expressions of one sentence
    share its text, so a rule that does not name the date runs once per sentence, not once per expression."""
    return " ".join(_compiled(pattern).sub(replacement, text, count=1).split())


def apply(rule: Rule, text: str, date: str) -> str:
    """``text`` rewritten by ``rule``, or unchanged if the rewrite would lose the date expression ``date``."""
    pattern = rule.pattern.replace("{date}", re.escape(date)) if "{date}" in rule.pattern else rule.pattern
    result = _rewritten(pattern, rule.replacement, text)
    return result if date in result or date not in text else text


def label(sentence: str, start: int, end: int) -> str:
    """The label of the happening dated by ``sentence[start:end]`` (offsets into ``sentence``)."""
    return _label(sentence, " ".join(sentence[start:end].split()))


@lru_cache(maxsize=1024)
def _label(sentence: str, date: str) -> str:
    """The label for the date expression ``date`` (white space collapsed) in ``sentence``: it depends on nothing
    else, since the clause is found from the first occurrence of ``date``.  Cached, because a sentence dense with
    dates often repeats one ("on March 3, 2021, and on March 3, 2021, ...")."""
    text = clause(_collapsed(sentence), date)
    for rule in SHORTEN_RULES:
        if len(text) <= LABEL_LIMIT:
            break
        text = apply(rule, text, date)
    return _capitalized(_cut(text, date))


@lru_cache(maxsize=256)
def _collapsed(sentence: str) -> str:
    """``sentence`` with each run of white space made one space, once per sentence."""
    return " ".join(sentence.split())


def mention_label(mention: Mention) -> str:
    """The label of the happening ``mention`` dates."""
    offset = mention.sentence_start
    return label(mention.sentence, mention.start - offset, mention.end - offset)


def publication_label(source: Source) -> str:
    """The label of a source's publication event: its title, or its path."""
    return _cut(PUBLICATION_PREFIX + " ".join((source.title or source.path).split()), "")


def clause(sentence: str, date: str) -> str:
    """The clause of ``sentence`` (white space already collapsed) that holds ``date``, tidied by the rules."""
    text = sentence
    for rule in CLEAN_RULES:
        text = apply(rule, text, date)
    return _main_clause(text, date)


def _main_clause(text: str, date: str) -> str:
    """The clause holding ``date``: from the last independent break (or leading phrase) before the date to the
    first break after it."""
    at = text.find(date) if date else -1
    if at < 0:
        return text
    begin, date_end = 0, at + len(date)
    lead_end, breaks = _structure(text)
    if lead_end is not None and (lead_end <= at or _only_date(text[:lead_end], date)):
        begin = lead_end
        date_end = max(date_end, begin)
    end = len(text)
    for start, stop, kind in breaks:
        if start >= date_end:
            end = min(end, start)
        elif stop <= at and kind is BreakKind.INDEPENDENT:
            begin = max(begin, stop)
    return text[begin:end]


@lru_cache(maxsize=256)
def _structure(text: str) -> tuple[int | None, tuple[tuple[int, int, BreakKind], ...]]:
    """Where the leading phrase of ``text`` ends (``None`` without one) and every clause break in it (start, end,
    kind): they do not depend on the date, so they are found once per sentence, not once per expression."""
    lead = _LEAD.match(text)
    breaks = tuple(
        (match.start(), match.end(), item.kind) for item in BREAKS for match in re.finditer(item.pattern, text)
    )
    return (lead.end() if lead is not None else None), breaks


def _only_date(phrase: str, date: str) -> bool:
    """True when a leading phrase holds only the date and filler words.  Example: "On the same day, "."""
    words = re.findall(r"[\w’']+", phrase.replace(date, " ").lower())
    return all(word in LEAD_FILLER for word in words)


def _cut(text: str, date: str) -> str:
    """``text`` cut to :data:`LABEL_LIMIT` characters at a word boundary, keeping ``date`` when it can."""
    if len(text) <= LABEL_LIMIT:
        return text
    at = text.find(date) if date else -1
    if at < 0 or at + len(date) <= LABEL_LIMIT - 1:
        cut = text[: LABEL_LIMIT - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
        return cut + ELLIPSIS
    tail = text[len(text) - (LABEL_LIMIT - 1) :]
    tail = tail.split(" ", 1)[1] if " " in tail else tail
    return ELLIPSIS + tail.lstrip(",;:–- ")


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text
