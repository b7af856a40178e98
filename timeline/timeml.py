"""TimeML in and out, and the TempEval-3 task A scorer: how we measure the tagger against a gold corpus.

    python -m timeline.timeml eval ../shared/te3-dev --errors out/errors.tsv
    python -m timeline.timeml tag ../shared/te3-dev out/system
    python -m timeline.timeml score ../shared/te3-dev out/system --json

Reading keeps the DCT (the TIMEX3 with ``functionInDocument="CREATION_TIME"``), the raw text of ``<TEXT>`` (every
tag removed, entities decoded) and the gold TIMEX3s with character offsets into that raw text.  Writing is the
inverse: the same raw text with our TIMEX3 tags and no other tags, so that removing the tags gives the text back.

Scoring follows the TempEval-3 task A definitions (see the corpus README): gold and system timexes pair when their
spans overlap, one-to-one, first come first served in text order; counts are summed over all documents.  The DCT
is not scored.  ``mod`` is not a TempEval-3 measure but is reported too, a missing mod matching a missing mod.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import enum
import json
import os
import pickle
import re
import select
import signal
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, TypeVar

import timeline.tagger as tagger_module
from timeline.model import Mod, Timex, TimexType

Tagger = Callable[[str, dt.date | None], list[Timex]]
_E = TypeVar("_E", bound=enum.Enum)

_XML_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)
_TEXT_ESCAPES = {"\r": "&#13;"}
"""A raw carriage return would be read back as a line feed (XML end-of-line handling)."""
_ATTR_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


class TimeMLError(Exception):
    """A file that is not usable TimeML; the message names the file and the problem."""


# ---------------------------------------------------------------------------------------------------------------
# The typed document


@dataclass(frozen=True, slots=True)
class TimeMLTimex:
    """One TIMEX3 annotation in a document's raw text (gold, or our tagger's output).

    ``start``/``end`` are a half-open range into the raw text and ``text == raw[start:end]``.  ``rule`` is only
    known for timexes that come straight from our tagger (it names the rule that found them).
    """

    tid: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: Mod | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Dct:
    """The document creation time: the publication date that relative expressions resolve against."""

    tid: str
    type: TimexType
    value: str
    text: str

    @property
    def date(self) -> dt.date:
        """The reference date: the first ten characters of the value (some values carry a time)."""
        return dt.date.fromisoformat(self.value[:10])


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """A TimeML file reduced to what task A needs.  ``name`` is the path relative to the corpus folder."""

    name: str
    docid: str
    dct: Dct
    text: str
    timexes: tuple[TimeMLTimex, ...]


# ---------------------------------------------------------------------------------------------------------------
# Reading


def parse_timeml(source: str | bytes, name: str) -> TimeMLDocument:
    """Parse TimeML markup; ``name`` labels the document in messages and results.

    Task A needs the DCT and the text, not the event links that follow ``</TEXT>`` (two thirds of a TimeBank
    file): when the DCT comes before the end of the text, the markup after it is not read (nor checked).
    """
    try:
        root = _head(source)
        if root is None:
            root = ET.fromstring(source)
    except ET.ParseError as error:
        raise TimeMLError(f"{name}: not well-formed XML ({error})") from None
    return _document(root, name)


def _head(source: str | bytes) -> ET.Element | None:
    """The tree of the markup up to the first ``</TEXT>``, if that part holds the text and a creation time."""
    end = source.find(b"</TEXT>" if isinstance(source, bytes) else "</TEXT>")
    if end < 0:
        return None
    parser = ET.XMLPullParser(("start",))
    parser.feed(source[: end + len("</TEXT>")])
    starts = [element for _, element in parser.read_events()]  # reading every event raises a markup error
    root = starts[0] if starts else None
    if root is None or root.find(".//TEXT") is None:
        return None
    if not any(e.get("functionInDocument") == "CREATION_TIME" for e in root.iter("TIMEX3")):
        return None  # the DCT comes after the text: read the whole file
    return root


def read_timeml(path: Path, name: str | None = None) -> TimeMLDocument:
    """Read one .tml file; ``name`` defaults to the file name."""
    label = name if name is not None else path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TimeMLError(f"{label}: cannot read ({error.strerror or error})") from None
    return parse_timeml(data, label)


def find_timeml_files(folder: Path) -> list[tuple[str, Path]]:
    """Every .tml file under ``folder`` (recursively) as (relative name, path), sorted by name."""
    found = [(path.relative_to(folder).as_posix(), path) for path in folder.rglob("*.tml") if path.is_file()]
    return sorted(found)


def _document(root: ET.Element, name: str) -> TimeMLDocument:
    """The typed document of a parsed TimeML tree."""
    text_element = root.find(".//TEXT")
    if text_element is None:
        raise TimeMLError(f"{name}: no <TEXT> element")
    dct = _dct(root, name)
    raw, spans = _flatten(text_element)
    timexes = tuple(
        _timex(element, start, end, raw[start:end], name)
        for element, start, end in spans
        if element.get("tid") != dct.tid or element.get("functionInDocument") != "CREATION_TIME"
    )
    docid_element = root.find(".//DOCID")
    docid = (docid_element.text or "").strip() if docid_element is not None else ""
    return TimeMLDocument(name=name, docid=docid or Path(name).stem, dct=dct, text=raw, timexes=timexes)


def _dct(root: ET.Element, name: str) -> Dct:
    """The creation-time TIMEX3, preferring one inside <DCT>."""
    candidates = [e for e in root.iter("TIMEX3") if e.get("functionInDocument") == "CREATION_TIME"]
    if not candidates:
        raise TimeMLError(f'{name}: no TIMEX3 with functionInDocument="CREATION_TIME" (DCT)')
    in_dct = [e for e in root.findall(".//DCT//TIMEX3") if e in candidates]
    element = (in_dct or candidates)[0]
    dct = Dct(
        tid=element.get("tid", "t0"),
        type=_enum(TimexType, element.get("type", "DATE"), "type", name),
        value=element.get("value", ""),
        text="".join(element.itertext()),
    )
    try:
        dt.date.fromisoformat(dct.value[:10])
    except ValueError:
        raise TimeMLError(f"{name}: DCT value {dct.value!r} does not start with a YYYY-MM-DD date") from None
    return dct


def _flatten(container: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The text of ``container`` with every tag removed, and each TIMEX3 inside it with its offsets."""
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    length = 0

    def add(chunk: str | None) -> None:
        nonlocal length
        if chunk:
            parts.append(chunk)
            length += len(chunk)

    def visit(element: ET.Element) -> None:
        start = length
        add(element.text)
        for child in element:
            visit(child)
            add(child.tail)
        if element.tag == "TIMEX3" and element is not container:
            spans.append((element, start, length))

    visit(container)
    spans.sort(key=lambda span: (span[1], span[2]))
    return "".join(parts), spans


def _timex(element: ET.Element, start: int, end: int, text: str, name: str) -> TimeMLTimex:
    """The typed annotation of one TIMEX3 element."""
    tid = element.get("tid", "")
    where = f"{name}: TIMEX3 {tid or '(no tid)'} at {start}"
    if element.get("value") is None:
        raise TimeMLError(f"{where} has no value")
    mod = element.get("mod") or None
    return TimeMLTimex(
        tid=tid,
        start=start,
        end=end,
        text=text,
        type=_enum(TimexType, element.get("type", ""), "type", where),
        value=element.get("value", ""),
        mod=_enum(Mod, mod, "mod", where) if mod is not None else None,
    )


def _enum(kind: type[_E], raw: str, attribute: str, where: str) -> _E:
    """``kind(raw)``, or a TimeMLError naming the attribute and where it is."""
    try:
        return kind(raw)
    except ValueError:
        raise TimeMLError(f"{where}: {attribute}={raw!r} is not a TIMEX3 {attribute}") from None


# ---------------------------------------------------------------------------------------------------------------
# Tagging and writing


@dataclass(frozen=True, slots=True)
class Tagged:
    """A document with our tagger's timexes in place of the gold ones.

    ``dropped`` counts tagger timexes that could not be written as TimeML: empty or out of range, or overlapping
    one that starts earlier (XML cannot hold crossing tags; a kept nested pair would also double-count).
    """

    document: TimeMLDocument
    dropped: int = 0


def to_annotations(text: str, timexes: Iterable[Timex]) -> tuple[tuple[TimeMLTimex, ...], int]:
    """Our tagger's output as non-overlapping annotations ``t1, t2, ...`` in text order, and how many were dropped.

    Extents come from the offsets; the annotation text is always ``text[start:end]``.
    """
    ordered = sorted(timexes, key=lambda t: (t.start, -t.end))
    kept: list[TimeMLTimex] = []
    dropped = 0
    last_end = 0
    for timex in ordered:
        if not 0 <= timex.start < timex.end <= len(text) or timex.start < last_end:
            dropped += 1
            continue
        kept.append(
            TimeMLTimex(
                tid=f"t{len(kept) + 1}",
                start=timex.start,
                end=timex.end,
                text=text[timex.start : timex.end],
                type=TimexType(timex.type),
                value=timex.value,
                mod=Mod(timex.mod) if timex.mod is not None else None,
                rule=timex.rule,
            )
        )
        last_end = timex.end
    return tuple(kept), dropped


def tag_document(document: TimeMLDocument, tagger: Tagger | None = None) -> Tagged:
    """Run the tagger (default: ``timeline.tagger.tag``) over the raw text, anchored at the DCT."""
    run = tagger if tagger is not None else tagger_module.tag
    annotations, dropped = to_annotations(document.text, run(document.text, document.dct.date))
    return Tagged(dataclasses.replace(document, timexes=annotations), dropped)


def render_timeml(document: TimeMLDocument) -> str:
    """TimeML for ``document``: DOCID, DCT, and the raw text with its timexes as the only tags.

    The timexes must be in text order and must not overlap.
    """
    out = [_XML_HEAD, "\n<DOCID>", _text(document.docid), "</DOCID>\n\n<DCT>"]
    dct = document.dct
    out.append(
        _open_tag(
            ("tid", dct.tid),
            ("type", dct.type.value),
            ("value", dct.value),
            ("temporalFunction", "false"),
            ("functionInDocument", "CREATION_TIME"),
        )
    )
    out += [_text(dct.text), "</TIMEX3></DCT>\n\n<TEXT>"]
    position = 0
    for timex in document.timexes:
        if timex.start < position or not timex.start < timex.end <= len(document.text):
            raise ValueError(f"{document.name}: timex {timex.tid} at {timex.start} overlaps or is out of range")
        attributes = [("tid", timex.tid), ("type", timex.type.value), ("value", timex.value)]
        if timex.mod is not None:
            attributes.append(("mod", timex.mod.value))
        out += [_text(document.text[position : timex.start]), _open_tag(*attributes)]
        out += [_text(document.text[timex.start : timex.end]), "</TIMEX3>"]
        position = timex.end
    out += [_text(document.text[position:]), "</TEXT>\n\n</TimeML>\n"]
    return "".join(out)


def write_atomic(path: Path, content: str) -> None:
    """Write UTF-8 ``content`` to ``path`` through a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def escape(content: str, entities: dict[str, str]) -> str:
    """XML-escape ``&``, ``<``, ``>`` and the extra ``entities`` (as xml.sax.saxutils.escape, without importing
    its urllib dependencies, which cost the command a third of its start-up)."""
    content = content.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for char, entity in entities.items():
        content = content.replace(char, entity)
    return content


def _text(content: str) -> str:
    return escape(content, _TEXT_ESCAPES)


def _open_tag(*attributes: tuple[str, str]) -> str:
    return "<TIMEX3 " + " ".join(f'{key}="{escape(value, _ATTR_ESCAPES)}"' for key, value in attributes) + ">"


# ---------------------------------------------------------------------------------------------------------------
# Scoring


class Category(str, enum.Enum):
    """The kinds of disagreement listed by ``--errors``; a pair can have several."""

    MISSED = "MISSED"
    SPURIOUS = "SPURIOUS"
    EXTENT = "EXTENT"
    VALUE = "VALUE"
    TYPE = "TYPE"
    MOD = "MOD"


@dataclass(frozen=True, slots=True)
class Alignment:
    """Gold and system timexes of one document, paired by overlap."""

    pairs: tuple[tuple[TimeMLTimex, TimeMLTimex], ...]
    missed: tuple[TimeMLTimex, ...]
    spurious: tuple[TimeMLTimex, ...]


def align(gold: Sequence[TimeMLTimex], system: Sequence[TimeMLTimex]) -> Alignment:
    """Pair overlapping spans one-to-one, first come first served in text order.

    Gold timexes are taken in text order; each takes the earliest unpaired system timex that overlaps it.
    """
    gold_sorted = sorted(gold, key=lambda t: (t.start, t.end))
    system_sorted = sorted(system, key=lambda t: (t.start, t.end))
    taken = [False] * len(system_sorted)
    pairs: list[tuple[TimeMLTimex, TimeMLTimex]] = []
    missed: list[TimeMLTimex] = []
    for g in gold_sorted:
        for index, s in enumerate(system_sorted):
            if not taken[index] and s.start < g.end and g.start < s.end:
                taken[index] = True
                pairs.append((g, s))
                break
        else:
            missed.append(g)
    spurious = tuple(s for index, s in enumerate(system_sorted) if not taken[index])
    return Alignment(tuple(pairs), tuple(missed), spurious)


@dataclass(frozen=True, slots=True)
class Counts:
    """Task A counts, summed over documents with ``+`` (micro-averaging)."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0
    mod: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(dataclasses.astuple(self), dataclasses.astuple(other), strict=True)))

    @classmethod
    def of(cls, alignment: Alignment) -> Counts:
        """The counts of one aligned document."""
        pairs = alignment.pairs
        return cls(
            gold=len(pairs) + len(alignment.missed),
            system=len(pairs) + len(alignment.spurious),
            relaxed=len(pairs),
            strict=sum(g.text == s.text for g, s in pairs),
            value=sum(g.value == s.value for g, s in pairs),
            type=sum(g.type == s.type for g, s in pairs),
            mod=sum(g.mod == s.mod for g, s in pairs),
        )


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 as fractions (0.0 when a denominator is 0)."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, matches: int, system: int, gold: int) -> PRF:
        precision = _ratio(matches, system)
        recall = _ratio(matches, gold)
        f1 = _ratio(2 * precision * recall, precision + recall)
        return cls(precision, recall, f1)


@dataclass(frozen=True, slots=True)
class Scores:
    """TempEval-3 task A measures, plus mod accuracy; all fractions in [0, 1]."""

    counts: Counts
    strict: PRF
    relaxed: PRF
    value_accuracy: float
    value_f1: float
    type_accuracy: float
    type_f1: float
    mod_accuracy: float

    @classmethod
    def of(cls, counts: Counts) -> Scores:
        relaxed = PRF.of(counts.relaxed, counts.system, counts.gold)
        value_accuracy = _ratio(counts.value, counts.relaxed)
        type_accuracy = _ratio(counts.type, counts.relaxed)
        return cls(
            counts=counts,
            strict=PRF.of(counts.strict, counts.system, counts.gold),
            relaxed=relaxed,
            value_accuracy=value_accuracy,
            value_f1=value_accuracy * relaxed.f1,
            type_accuracy=type_accuracy,
            type_f1=type_accuracy * relaxed.f1,
            mod_accuracy=_ratio(counts.mod, counts.relaxed),
        )

    def as_json(self) -> dict[str, dict[str, float]]:
        """The ``--json`` shape."""
        return {
            "strict": dataclasses.asdict(self.strict),
            "relaxed": dataclasses.asdict(self.relaxed),
            "value": {"accuracy": self.value_accuracy, "f1": self.value_f1},
            "type": {"accuracy": self.type_accuracy, "f1": self.type_f1},
            "mod": {"accuracy": self.mod_accuracy},
        }

    def table(self) -> str:
        """A human-readable table, in percent like the TempEval-3 paper."""
        c = self.counts
        rows = [f"{'':10}{'P':>8}{'R':>8}{'F1':>8}"]
        for name, prf in (("strict", self.strict), ("relaxed", self.relaxed)):
            rows.append(_row(name, prf.precision, prf.recall, prf.f1))
        rows.append(f"{'':10}{'acc':>8}{'':>8}{'F1':>8}")
        rows.append(_row("value", self.value_accuracy, None, self.value_f1))
        rows.append(_row("type", self.type_accuracy, None, self.type_f1))
        rows.append(_row("mod", self.mod_accuracy, None, None))
        rows.append(
            f"gold {c.gold}  system {c.system}  relaxed pairs {c.relaxed}  strict {c.strict}"
            f"  value {c.value}  type {c.type}  mod {c.mod}"
        )
        return "\n".join(row.rstrip() for row in rows)


def _row(name: str, *fractions: float | None) -> str:
    return f"{name:10}" + "".join(f"{100 * x:8.2f}" if x is not None else " " * 8 for x in fractions)


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One disagreement between gold and system in one document."""

    category: Category
    document: TimeMLDocument
    gold: TimeMLTimex | None
    system: TimeMLTimex | None

    def line(self, context: int = 40) -> str:
        """One tab-separated line: CATEGORY, doc, DCT, gold, system, context with the span in «»."""
        spans = [t for t in (self.gold, self.system) if t is not None]
        start, end = min(t.start for t in spans), max(t.end for t in spans)
        text = self.document.text
        shown = (
            _squeeze(text[max(0, start - context) : start])
            + "«"
            + _squeeze(text[start:end])
            + "»"
            + _squeeze(text[end : end + context])
        )
        return "\t".join(
            (
                self.category.value,
                self.document.name,
                self.document.dct.value,
                "gold " + _describe(self.gold),
                "system " + _describe(self.system),
                shown.strip(),
            )
        )


def mismatches(document: TimeMLDocument, alignment: Alignment) -> list[Mismatch]:
    """Every disagreement in one document, in text order."""
    found = [Mismatch(Category.MISSED, document, g, None) for g in alignment.missed]
    found += [Mismatch(Category.SPURIOUS, document, None, s) for s in alignment.spurious]
    for g, s in alignment.pairs:
        checks = (
            (Category.EXTENT, g.text != s.text),
            (Category.VALUE, g.value != s.value),
            (Category.TYPE, g.type != s.type),
            (Category.MOD, g.mod != s.mod),
        )
        found += [Mismatch(category, document, g, s) for category, differs in checks if differs]
    return sorted(found, key=_mismatch_order)


ERRORS_HEADER = (
    "# category\tdoc\tdct\tgold\tsystem\tcontext  "
    '(timex: "text" start-end TYPE value [mod=M] [tid] [rule=R]; - when absent)\n'
)


def _mismatch_order(m: Mismatch) -> tuple[int, int, int]:
    first = m.gold if m.gold is not None else m.system
    assert first is not None
    return (first.start, first.end, list(Category).index(m.category))


def _describe(timex: TimeMLTimex | None) -> str:
    if timex is None:
        return "-"
    words = [json.dumps(timex.text, ensure_ascii=False), f"{timex.start}-{timex.end}", timex.type.value, timex.value]
    if timex.mod is not None:
        words.append(f"mod={timex.mod.value}")
    if timex.tid:
        words.append(timex.tid)
    if timex.rule:
        words.append(f"rule={timex.rule}")
    return " ".join(words)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@dataclass(slots=True)
class Evaluation:
    """Counts and mismatches accumulated over documents."""

    counts: Counts = field(default_factory=Counts)
    mismatches: list[Mismatch] = field(default_factory=list)
    documents: int = 0

    def add(self, gold: TimeMLDocument, system: Sequence[TimeMLTimex]) -> None:
        """Score one document's system timexes against its gold ones."""
        alignment = align(gold.timexes, system)
        self.counts = self.counts + Counts.of(alignment)
        self.mismatches += mismatches(gold, alignment)
        self.documents += 1

    @property
    def scores(self) -> Scores:
        return Scores.of(self.counts)


# ---------------------------------------------------------------------------------------------------------------
# Command line


class _Progress:
    """``[i/n] name`` on one rewritten stderr line, only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.enabled = stream.isatty()

    def show(self, index: int, name: str) -> None:
        if self.enabled:
            self.stream.write(f"\r\x1b[K[{index}/{self.total}] {name}")
            self.stream.flush()

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _corpus(folder: Path) -> list[tuple[str, Path]]:
    if not folder.is_dir():
        raise _UsageError(f"error: {folder} is not a folder")
    files = find_timeml_files(folder)
    if not files:
        raise _UsageError(f"error: no .tml files in {folder}")
    return files


class _UsageError(Exception):
    """A command-line argument that cannot be used (exit 2)."""


def _tag_one(document: TimeMLDocument, show_traceback: bool) -> Tagged | None:
    """Tag one document, or print one line (and the traceback if asked) when the tagger fails."""
    try:
        return tag_document(document)
    except Exception as error:  # a tagger bug must not stop the run; it is reported and sets exit 1
        if show_traceback:
            traceback.print_exc(file=sys.stderr)
        print(f"{document.name}: tagger failed: {type(error).__name__}: {error}", file=sys.stderr)
        return None


@dataclass(frozen=True, slots=True)
class _FileResult:
    """What tagging one file gave: counts, or the one-line error to print."""

    name: str
    error: str | None = None
    timexes: int = 0
    dropped: int = 0


def _tag_file(name: str, path: Path, out_dir: Path, show_traceback: bool) -> _FileResult:
    """Read, tag and write one file (runs in a worker process with ``--jobs``)."""
    try:
        document = read_timeml(path, name)
    except TimeMLError as error:
        return _FileResult(name, str(error))
    tagged = _tag_one(document, show_traceback)
    if tagged is None:
        return _FileResult(name, "")  # _tag_one has printed the line
    write_atomic(out_dir / name, render_timeml(tagged.document))
    return _FileResult(name, None, len(tagged.document.timexes), tagged.dropped)


def _tag_file_star(arguments: tuple[str, Path, Path, bool]) -> _FileResult:
    return _tag_file(*arguments)


_Work = tuple[str, Path, Path, bool]


def _shares(work: Sequence[_Work], count: int) -> list[list[_Work]]:
    """``work`` dealt into ``count`` shares of about the same number of bytes (largest file first, each to the
    lightest share), each share in the order of ``work``."""
    sizes = {item[0]: _size(item[1]) for item in work}
    shares: list[list[_Work]] = [[] for _ in range(count)]
    loads = [0] * count
    for item in sorted(work, key=lambda item: -sizes[item[0]]):
        lightest = loads.index(min(loads))
        shares[lightest].append(item)
        loads[lightest] += sizes[item[0]]
    order = {item[0]: index for index, item in enumerate(work)}
    return [sorted(share, key=lambda item: order[item[0]]) for share in shares]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it will report the problem


_FRAME = 4
"""Bytes of the length that opens each result a worker process sends."""


def _forked(work: Sequence[_Work], jobs: int) -> Iterator[_FileResult]:
    """Tag ``work`` in ``jobs`` processes: this one and ``jobs - 1`` forked children, each with a share of about
    the same size.  This process yields its own results as it goes and the children's as they arrive (read between
    its own files, so a child never waits on a full pipe); a child that dies leaves one error line for each of its
    files not done.  Cheaper than a pool: one fork fewer, no task queue, and no process idle while others work."""
    shares = _shares(work, jobs)
    sys.stdout.flush()
    sys.stderr.flush()
    children: dict[int, tuple[int, list[_Work]]] = {}  # read end -> (pid, share)
    for share in shares[1:]:
        if not share:
            continue
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: tag its share, send each result, and leave without running the parent's cleanup
            status = 1
            try:
                os.close(read)
                for item in share:
                    data = pickle.dumps(_tag_file_star(item))
                    os.write(write, len(data).to_bytes(_FRAME, "big") + data)  # small: one write each
                status = 0
            except KeyboardInterrupt:
                pass  # Ctrl-C reaches the whole process group: the parent reports it
            except BaseException:  # noqa: BLE001 (the child must exit whatever happens)
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
        os.close(write)
        children[read] = (pid, share)
    buffers = {read: bytearray() for read in children}
    received = {read: 0 for read in children}
    open_ends = set(children)

    def drain(wait: bool) -> Iterator[_FileResult]:
        while open_ends:
            ready, _, _ = select.select(sorted(open_ends), [], [], None if wait else 0)
            if not ready:
                return
            for read in ready:
                chunk = os.read(read, 1 << 16)
                if not chunk:
                    open_ends.discard(read)
                    os.close(read)
                    continue
                buffer = buffers[read]
                buffer += chunk
                while len(buffer) >= _FRAME and len(buffer) >= _FRAME + int.from_bytes(buffer[:_FRAME], "big"):
                    size = int.from_bytes(buffer[:_FRAME], "big")
                    result = pickle.loads(bytes(buffer[_FRAME : _FRAME + size]))
                    del buffer[: _FRAME + size]
                    received[read] += 1
                    yield result

    try:
        for item in shares[0]:
            yield _tag_file_star(item)
            yield from drain(wait=False)
        yield from drain(wait=True)
    finally:
        for read in list(open_ends):
            os.close(read)
        for read, (pid, share) in children.items():
            if received[read] < len(share):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
    for read, (pid, share) in children.items():
        for name, *_ in share[received[read] :]:
            yield _FileResult(name, f"{name}: tagging failed: its worker process ended early")


def _command_tag(args: argparse.Namespace) -> int:
    files = _corpus(args.in_dir)
    progress = _Progress(len(files), sys.stderr)
    failed = written = timexes = dropped = 0
    work = [(name, path, args.out_dir, args.traceback) for name, path in files]
    jobs = min(args.jobs or os.cpu_count() or 1, len(work))
    pool = None
    results: Iterable[_FileResult]
    if jobs > 1 and hasattr(os, "fork"):
        results = _forked(work, jobs)
    elif jobs > 1:  # no fork (Windows): a pool of fresh interpreters
        import multiprocessing

        pool = multiprocessing.get_context("spawn").Pool(jobs)
        results = pool.imap(_tag_file_star, work, chunksize=8)
    else:
        results = map(_tag_file_star, work)
    try:
        for index, result in enumerate(results, 1):
            progress.show(index, result.name)
            if result.error is not None:
                if result.error:
                    progress.done()
                    print(result.error, file=sys.stderr)
                failed += 1
                continue
            written += 1
            timexes += result.timexes
            dropped += result.dropped
    finally:
        if isinstance(results, Generator):
            results.close()  # an interrupted run stops and reaps its children now
        if pool is not None:
            pool.close()
            pool.join()
    progress.done()
    summary = f"tagged {written} of {len(files)} files, {timexes} timexes, into {args.out_dir}"
    if dropped:
        summary += f"; {dropped} overlapping or empty timexes dropped"
    if failed:
        summary += f"; {failed} failed"
    print(summary, file=sys.stderr)
    return 1 if failed else 0


def _command_score(args: argparse.Namespace) -> int:
    files = _corpus(args.gold_dir)
    if not args.system_dir.is_dir():
        raise _UsageError(f"error: {args.system_dir} is not a folder")
    evaluation = Evaluation()
    failed = 0
    for name, path in files:
        try:
            gold = read_timeml(path, name)
        except TimeMLError as error:
            print(error, file=sys.stderr)
            failed += 1
            continue
        system = _system_timexes(gold, args.system_dir / name)
        if system is None:
            failed += 1
            system = ()
        evaluation.add(gold, system)
    known = {name for name, _ in files}
    for name, _ in find_timeml_files(args.system_dir):
        if name not in known:
            print(f"{name}: no gold file, ignored", file=sys.stderr)
    return _report(evaluation, args, failed)


def _system_timexes(gold: TimeMLDocument, path: Path) -> tuple[TimeMLTimex, ...] | None:
    """The system's timexes for ``gold``, or None (after one line on stderr) when they cannot be used."""
    if not path.is_file():
        print(f"{gold.name}: no system file {path}; its gold timexes count as missed", file=sys.stderr)
        return None
    try:
        system = read_timeml(path, gold.name)
    except TimeMLError as error:
        print(f"{error} (system file); its gold timexes count as missed", file=sys.stderr)
        return None
    if system.text != gold.text:
        pairs = zip(gold.text, system.text, strict=False)
        at = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(gold.text), len(system.text)))
        print(
            f"{gold.name}: system text differs from gold text at offset {at}; its gold timexes count as missed",
            file=sys.stderr,
        )
        return None
    return system.timexes


def _command_eval(args: argparse.Namespace) -> int:
    files = _corpus(args.corpus_dir)
    progress = _Progress(len(files), sys.stderr)
    evaluation = Evaluation()
    failed = dropped = 0
    for index, (name, path) in enumerate(files, 1):
        progress.show(index, name)
        try:
            gold = read_timeml(path, name)
        except TimeMLError as error:
            progress.done()
            print(error, file=sys.stderr)
            failed += 1
            continue
        tagged = _tag_one(gold, args.traceback)
        if tagged is None:
            failed += 1
        else:
            dropped += tagged.dropped
        evaluation.add(gold, tagged.document.timexes if tagged is not None else ())
    progress.done()
    return _report(evaluation, args, failed, dropped)


def _report(evaluation: Evaluation, args: argparse.Namespace, failed: int, dropped: int = 0) -> int:
    """Print the scores, write the error listing if asked, and give the exit code."""
    if args.errors is not None:
        lines = [ERRORS_HEADER] + [m.line() + "\n" for m in evaluation.mismatches]
        write_atomic(args.errors, "".join(lines))
    scores = evaluation.scores
    if args.json:
        print(json.dumps(scores.as_json(), indent=2))
    else:
        print(scores.table())
    summary = f"scored {evaluation.documents} documents"
    if args.errors is not None:
        summary += f"; {len(evaluation.mismatches)} mismatches listed in {args.errors}"
    if dropped:
        summary += f"; {dropped} overlapping or empty tagger timexes dropped"
    if failed:
        summary += f"; {failed} failed"
    print(summary, file=sys.stderr)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m timeline.timeml`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="python -m timeline.timeml",
        description="Tag TimeML corpora with our tagger and score them (TempEval-3 task A).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=f"example: {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    tag = command(
        "tag",
        "Tag every .tml file under IN_DIR and write OUT_DIR/<same name> with our TIMEX3s as the only tags.",
        "python -m timeline.timeml tag ../shared/te3-dev out/system",
    )
    tag.add_argument("in_dir", type=Path, metavar="IN_DIR")
    tag.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    tag.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="tag in N processes (default 0: one per core; the output is the same)",
    )
    tag.set_defaults(run=_command_tag)

    score = command(
        "score",
        "Score the system files in SYSTEM_DIR against the gold files in GOLD_DIR (matched by relative path).",
        "python -m timeline.timeml score ../shared/te3-dev out/system --errors out/errors.tsv",
    )
    score.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    score.add_argument("system_dir", type=Path, metavar="SYSTEM_DIR")
    score.set_defaults(run=_command_score)

    evaluate = command(
        "eval",
        "Tag every .tml file under CORPUS_DIR in memory and score the result against its gold TIMEX3s.",
        "python -m timeline.timeml eval ../shared/te3-dev --errors out/errors.tsv",
    )
    evaluate.add_argument("corpus_dir", type=Path, metavar="CORPUS_DIR")
    evaluate.set_defaults(run=_command_eval)

    for sub in (score, evaluate):
        sub.add_argument("--json", action="store_true", help="print the scores as JSON (fractions in [0, 1])")
        sub.add_argument(
            "--errors",
            "--diff",
            type=Path,
            metavar="FILE",
            help="write every mismatch to FILE, one tab-separated line each: "
            "MISSED/SPURIOUS/EXTENT/VALUE/TYPE/MOD, doc, dct, gold, system, context",
        )
    for sub in (tag, evaluate):
        sub.add_argument("--traceback", action="store_true", help="print the traceback when the tagger fails")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 on success, 1 when some file failed, 2 on unusable arguments."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except _UsageError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
