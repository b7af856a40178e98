"""Split a document into sentences with character offsets.

Each line is its own unit (headings, bullet lines and datelines are sentences of their own); inside a line a
sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by white space and an
upper-case letter, a digit or an opening quote, unless the word before the stop is a known abbreviation or an
initial.  A run longer than :data:`MAX_SENTENCE` characters with no sentence end is cut at white space.  Every
pattern here is linear in the length of the text, whatever the text (no backtracking into runs of stops, quotes or
spaces), and no sentence is unboundedly long, so a hostile file cannot stall the steps that work per sentence.

    >>> [s.text for s in split_sentences("Dr. Smith left on Feb. 3. He came back.\\n• A bullet")]
    ['Dr. Smith left on Feb. 3.', 'He came back.', '• A bullet']
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from timeline.regexcache import pattern

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr rev hon pres supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc bros dept univ assn est approx vs etc al ave blvd rd mt ft
    u.s u.k u.n e.u a.m p.m d.c n.y l.a i.e e.g
    """.split()
)
"""Words that end in a full stop without ending the sentence (lower case, final stop removed).
Example: "Feb. 3" and "Dr. Smith" do not split."""

CLOCK_ABBREVIATIONS = frozenset({"a.m", "p.m"})
"""Abbreviations that end a sentence unless what follows continues the clock time (:data:`CLOCK_CONTINUATIONS`).
Example: "returned the verdict at 4:45 p.m. Gary Lee Wendt, 61, faces" splits; "at 4:45 p.m. Monday" does not."""

CLOCK_CONTINUATIONS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "today", "tonight", "yesterday", "tomorrow", "eastern", "pacific",
        "central", "mountain", "atlantic", "local", "greenwich",
    }
)  # fmt: skip
"""Words after "a.m." or "p.m." that go on with the clock time: its day, date or zone ("5 p.m. Eastern", "9 a.m.
Tuesday"); a zone in capitals ("p.m. EDT"), a bracket ("p.m. (1530 GMT)") and "<Place> time" go on too."""
_NEXT_WORD = pattern(r"\s*(?P<bracket>[(\[])?[\"'“‘]?(?P<word>[A-Za-z]+)(?P<time>\s+time\b)?")

NUMBER_ABBREVIATIONS = frozenset("no nos vol pp fig art sec ch".split())
"""Abbreviations only when a number follows.  Example: "No. 5" does not split; "He said no. Then" does."""

# Possessive quantifiers and the look-behind keep this linear: a match starts only at the first of a run of stops
# and never gives back stops, quotes or spaces it has taken (1 MB of "." costs one pass, not a pass per dot).
_BOUNDARY = pattern(
    r"""(?<![.!?])(?P<stop>[.!?]++)(?P<close>["'”’)\]]*+)(?P<space>\s++)(?P<next>["'“‘(\[]?[A-Z0-9])"""
)
_WORD_BEFORE = pattern(r"(?P<word>[\w.]+)$")
_SPACE = pattern(r"\s+")
_INITIALS = pattern(r"(?:[A-Z]\.)*[A-Z]")
"""One or more capital initials before the stop.  Example: "John F. Kennedy", "A.B. Jones"."""

MAX_SENTENCE = 2_000
"""Longest sentence, in characters.  A longer run without a sentence end (a 1 MB line with no punctuation) is cut
at the last white space in its second half (hard at the limit if there is none), so that the work done per
sentence by later steps, and the sentence kept with each mention, stay bounded."""
_LINE = pattern(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its text and where it starts and ends in the document."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; white space around them is not part of them."""
    return list(iter_sentences(text))


def iter_sentences(text: str) -> Iterator[Sentence]:
    """Sentences of ``text`` in order, lazily."""
    for line in _LINE.finditer(text):
        yield from _split_line(text, line.start(), line.end())


def _split_line(text: str, start: int, end: int) -> Iterator[Sentence]:
    cursor = start
    for boundary in _BOUNDARY.finditer(text, start, end):
        stop_at = boundary.start("stop")
        if boundary.group("stop") == "." and _is_abbreviation(text, cursor, stop_at, boundary.group("next")):
            continue
        piece_end = boundary.end("close")
        yield from _trimmed(text, cursor, piece_end)
        cursor = boundary.end("space")
    yield from _trimmed(text, cursor, end)


def _is_abbreviation(text: str, start: int, stop_at: int, following: str) -> bool:
    """Whether the full stop at ``stop_at`` ends an abbreviation or initial rather than the sentence."""
    match = _WORD_BEFORE.search(text, max(start, stop_at - 12), stop_at)
    if not match:
        return False
    original = match.group("word").rstrip(".")
    word = original.lower()
    if word in CLOCK_ABBREVIATIONS:
        return _clock_continues(text, stop_at + 1)
    if word in ABBREVIATIONS:
        return True
    if word in NUMBER_ABBREVIATIONS:
        return following[-1].isdigit()
    # Capital initials ("John F. Kennedy", "A.B. Jones"), but not a sentence ending in a lone digit or word.
    return _INITIALS.fullmatch(original) is not None


def _clock_continues(text: str, position: int) -> bool:
    """Whether the words at ``position``, after "a.m." or "p.m.", go on with the clock time."""
    match = _NEXT_WORD.match(text, position)
    if match is None:
        return True  # a digit or a bracketed figure: "p.m. (0430 GMT)", the sentence goes on
    word = match.group("word")
    if match.group("bracket") or match.group("time"):
        return True
    return word.lower() in CLOCK_CONTINUATIONS or (len(word) >= 2 and word.isupper())


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    """The text between ``start`` and ``end`` without white space at either end, cut if it is too long."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    end = start + len(stripped.rstrip())
    while end - start > MAX_SENTENCE:
        cut_at = resume_at = start + MAX_SENTENCE
        for space in _SPACE.finditer(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE):
            cut_at, resume_at = space.start(), space.end()
        yield Sentence(start, cut_at, text[start:cut_at])
        more_space = _SPACE.match(text, resume_at, end)
        start = more_space.end() if more_space else resume_at
    if start < end:
        yield Sentence(start, end, text[start:end])
