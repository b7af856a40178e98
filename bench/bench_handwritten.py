"""Score the tagger on the hand-annotated news sets in bench/handwritten/, TempEval-3 style with ambiguous gold.

    python bench/bench_handwritten.py             # one row per set and a total row
    python bench/bench_handwritten.py --errors    # also every disagreement: set, article, gold vs system
    python bench/bench_handwritten.py --json      # the figures (and with --errors the disagreements) as JSON

Each ``set*.json`` holds articles with their publication date and every TIMEX3 a helper session annotated by hand
before the tagger was run (see the README). The script runs ``timeline.tagger.tag(text, published)`` on every
article and scores the output against the gold:

- a system timex that overlaps ambiguous gold and no other gold is ignored: neither a hit nor a false positive;
  ambiguous gold is left out of every count;
- matching is one-to-one, gold in text order: each gold takes an unused system timex with an acceptable extent if
  there is one, else the first unused one that overlaps it;
- strict = a match with an acceptable extent, relaxed = any match; P = matches / system timexes not ignored,
  R = matches / gold that is not ambiguous;
- value F1 counts a relaxed match whose system value is one of the gold's acceptable values; gold whose value is
  null (ambiguous value, extent certain) is left out of the value counts, and so is the system timex matched to it;
- type and mod accuracy are over the relaxed matches (mod is no TempEval-3 measure).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, astuple, dataclass, fields
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# the repository root must be on sys.path before the library is imported
from timeline.model import Timex
from timeline.timeml import PRF

DEFAULT_FOLDER = REPO / "bench" / "handwritten"

Tagger = Callable[[str, dt.date], list[Timex]]


# ---------------------------------------------------------------------------------------------------------------
# The data


@dataclass(frozen=True, slots=True)
class Gold:
    """One hand-annotated TIMEX3: its located extent, the other acceptable extents, and the acceptable values."""

    text: str
    start: int
    end: int
    type: str
    values: tuple[str, ...] | None
    """Acceptable values; None when the value is ambiguous (the extent still counts)."""
    mod: str | None
    extents: tuple[tuple[int, int], ...]
    """Acceptable extents for a strict match, the located one first."""
    ambiguous: bool
    """Left out of every count, together with system timexes that overlap only ambiguous gold."""


@dataclass(frozen=True, slots=True)
class Article:
    number: int
    """1-based position in its set."""
    published: dt.date
    text: str
    gold: tuple[Gold, ...]


@dataclass(frozen=True, slots=True)
class TestSet:
    name: str
    source: str
    articles: tuple[Article, ...]


def read_gold(item: dict[str, object], text: str) -> Gold:
    """One ``expected`` entry, checked against the article text."""
    start, end = int(item["start"]), int(item["end"])  # type: ignore[call-overload]
    gold = Gold(
        text=str(item["text"]),
        start=start,
        end=end,
        type=str(item["type"]),
        values=None if item["value"] is None else tuple(item["value"]),  # type: ignore[arg-type]
        mod=None if item["mod"] is None else str(item["mod"]),
        extents=tuple((int(s), int(e)) for s, e in item["extents"]),  # type: ignore[attr-defined]
        ambiguous=bool(item["ambiguous"]),
    )
    if text[start:end] != gold.text or gold.extents[0] != (start, end):
        raise ValueError(f"gold {gold.text!r} is not at {start}:{end}")
    return gold


def load_set(path: Path) -> TestSet:
    """A ``setNN.json`` file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = tuple(
        Article(
            number=number,
            published=dt.date.fromisoformat(article["published"]),
            text=article["text"],
            gold=tuple(read_gold(item, article["text"]) for item in article["expected"]),
        )
        for number, article in enumerate(data["articles"], 1)
    )
    return TestSet(path.stem, data["source"], articles)


def load_sets(folder: Path) -> list[TestSet]:
    """Every ``set*.json`` in ``folder``, in name order."""
    return [load_set(path) for path in sorted(folder.glob("set*.json"))]


# ---------------------------------------------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True, slots=True)
class Counts:
    """Raw counts; they add up over articles and sets."""

    gold: int = 0
    """Gold that is not ambiguous (the recall denominator)."""
    system: int = 0
    """System timexes not ignored (the precision denominator)."""
    strict: int = 0
    relaxed: int = 0
    value_gold: int = 0
    value_system: int = 0
    value_correct: int = 0
    type_correct: int = 0
    mod_correct: int = 0
    ambiguous_gold: int = 0
    ignored_system: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))


@dataclass(frozen=True, slots=True)
class Scores:
    """The figures of one row, as fractions."""

    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_p: float
    value_r: float
    value_f1: float
    type_accuracy: float
    mod_accuracy: float


def prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``hits`` out of ``system`` predicted and ``gold`` expected (the library's own
    :class:`timeline.timeml.PRF`)."""
    return astuple(PRF.of(hits, system, gold))  # type: ignore[return-value]


def scores(counts: Counts) -> Scores:
    strict = prf(counts.strict, counts.system, counts.gold)
    relaxed = prf(counts.relaxed, counts.system, counts.gold)
    value = prf(counts.value_correct, counts.value_system, counts.value_gold)
    type_accuracy = counts.type_correct / counts.relaxed if counts.relaxed else 0.0
    mod_accuracy = counts.mod_correct / counts.relaxed if counts.relaxed else 0.0
    return Scores(*strict, *relaxed, *value, type_accuracy, mod_accuracy)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A gold timex and the system timex matched to it, or either one alone (MISSED / SPURIOUS)."""

    set_name: str
    article: int
    kinds: tuple[str, ...]
    """MISSED, SPURIOUS, or some of EXTENT, VALUE, TYPE, MOD."""
    gold: Gold | None
    system: Timex | None


def overlaps(start: int, end: int, timex: Timex) -> bool:
    return timex.start < end and start < timex.end


def match(gold: Sequence[Gold], system: Sequence[Timex]) -> dict[int, int]:
    """Gold index -> system index, one-to-one, gold in order: an acceptable extent first, else the first overlap."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for g, item in enumerate(gold):
        candidates = [s for s, timex in enumerate(system) if s not in used and overlaps(item.start, item.end, timex)]
        exact = [s for s in candidates if (system[s].start, system[s].end) in item.extents]
        if candidates:
            pairs[g] = (exact or candidates)[0]
            used.add(pairs[g])
    return pairs


def mod_of(timex: Timex) -> str | None:
    return timex.mod.value if timex.mod else None


def differences(gold: Gold, timex: Timex) -> tuple[str, ...]:
    """What is wrong with a matched system timex (empty when nothing is)."""
    kinds = []
    if (timex.start, timex.end) not in gold.extents:
        kinds.append("EXTENT")
    if gold.values is not None and timex.value not in gold.values:
        kinds.append("VALUE")
    if timex.type.value != gold.type:
        kinds.append("TYPE")
    if mod_of(timex) != gold.mod:
        kinds.append("MOD")
    return tuple(kinds)


def score_article(set_name: str, article: Article, output: Iterable[Timex]) -> tuple[Counts, list[Disagreement]]:
    """Counts and disagreements of one article's system output."""
    scored = [g for g in article.gold if not g.ambiguous]
    unscored = [g for g in article.gold if g.ambiguous]
    system: list[Timex] = []
    ignored = 0
    for timex in sorted(output, key=lambda t: t.start):
        on_scored = any(overlaps(g.start, g.end, timex) for g in scored)
        if not on_scored and any(overlaps(g.start, g.end, timex) for g in unscored):
            ignored += 1
        else:
            system.append(timex)
    pairs = match(scored, system)
    matched = [(scored[g], system[s]) for g, s in pairs.items()]
    counts = Counts(
        gold=len(scored),
        system=len(system),
        strict=sum((t.start, t.end) in g.extents for g, t in matched),
        relaxed=len(matched),
        value_gold=sum(g.values is not None for g in scored),
        value_system=len(system) - sum(g.values is None for g, _ in matched),
        value_correct=sum(g.values is not None and t.value in g.values for g, t in matched),
        type_correct=sum(t.type.value == g.type for g, t in matched),
        mod_correct=sum(mod_of(t) == g.mod for g, t in matched),
        ambiguous_gold=len(unscored),
        ignored_system=ignored,
    )
    found: list[tuple[int, Disagreement]] = []
    for g, item in enumerate(scored):
        partner = system[pairs[g]] if g in pairs else None
        kinds = differences(item, partner) if partner is not None else ("MISSED",)
        if kinds:
            found.append((item.start, Disagreement(set_name, article.number, kinds, item, partner)))
    taken = set(pairs.values())
    found += [
        (timex.start, Disagreement(set_name, article.number, ("SPURIOUS",), None, timex))
        for s, timex in enumerate(system)
        if s not in taken
    ]
    return counts, [d for _, d in sorted(found, key=lambda pair: pair[0])]


@dataclass(frozen=True, slots=True)
class SetResult:
    name: str
    articles: int
    counts: Counts
    disagreements: tuple[Disagreement, ...]


def run_set(test_set: TestSet, tag: Tagger) -> SetResult:
    """Tag every article of the set with its publication date and score it."""
    total = Counts()
    disagreements: list[Disagreement] = []
    for article in test_set.articles:
        counts, found = score_article(test_set.name, article, tag(article.text, article.published))
        total += counts
        disagreements += found
    return SetResult(test_set.name, len(test_set.articles), total, tuple(disagreements))


# ---------------------------------------------------------------------------------------------------------------
# Report

COLUMNS = (
    ("articles", 9),
    ("expressions", 12),
    ("ambiguous", 10),
    ("strict P", 9),
    ("strict R", 9),
    ("strict F1", 10),
    ("relaxed F1", 11),
    ("value F1", 9),
    ("type acc", 9),
    ("mod acc", 8),
)


def row(label: str, articles: int, counts: Counts) -> str:
    figures = scores(counts)
    numbers = (
        figures.strict_p,
        figures.strict_r,
        figures.strict_f1,
        figures.relaxed_f1,
        figures.value_f1,
        figures.type_accuracy,
        figures.mod_accuracy,
    )
    widths = [width for _, width in COLUMNS]
    head = f"{label:8}{articles:{widths[0]}}{counts.gold:{widths[1]}}{counts.ambiguous_gold:{widths[2]}}"
    return head + "".join(f"{100 * x:{w}.2f}" for x, w in zip(numbers, widths[3:], strict=True))


def table(results: Sequence[SetResult]) -> str:
    """One row per set and a total row (percentages)."""
    lines = ["set     " + "".join(f"{name:>{width}}" for name, width in COLUMNS)]
    lines += [row(result.name, result.articles, result.counts) for result in results]
    total = sum((result.counts for result in results), Counts())
    lines.append(row("total", sum(result.articles for result in results), total))
    return "\n".join(lines)


def describe_gold(gold: Gold | None) -> str:
    if gold is None:
        return "-"
    values = "|".join(gold.values) if gold.values is not None else "(value ambiguous)"
    return f"{gold.text!r} {gold.type} {values} {gold.mod or '-'}"


def describe_system(timex: Timex | None) -> str:
    if timex is None:
        return "-"
    return f"{timex.text!r} {timex.type.value} {timex.value} {mod_of(timex) or '-'} [{timex.rule}]"


def error_lines(results: Sequence[SetResult]) -> list[str]:
    """Tab-separated: set, article, kinds, gold, system."""
    return [
        f"{d.set_name}\t{d.article}\t{','.join(d.kinds)}\tgold {describe_gold(d.gold)}\tsystem {describe_system(d.system)}"
        for result in results
        for d in result.disagreements
    ]


def figures_json(results: Sequence[SetResult], with_errors: bool) -> dict[str, object]:
    """The figures (fractions) and raw counts of every set and of the total."""

    def entry(name: str, articles: int, counts: Counts) -> dict[str, object]:
        return {"set": name, "articles": articles, "counts": asdict(counts), "scores": asdict(scores(counts))}

    total = sum((result.counts for result in results), Counts())
    figures: dict[str, object] = {
        "sets": [entry(r.name, r.articles, r.counts) for r in results],
        "total": entry("total", sum(r.articles for r in results), total),
    }
    if with_errors:
        figures["disagreements"] = [
            {
                "set": d.set_name,
                "article": d.article,
                "kinds": list(d.kinds),
                "gold": None
                if d.gold is None
                else {
                    "text": d.gold.text,
                    "start": d.gold.start,
                    "end": d.gold.end,
                    "type": d.gold.type,
                    "value": None if d.gold.values is None else list(d.gold.values),
                    "mod": d.gold.mod,
                },
                "system": None
                if d.system is None
                else {
                    "text": d.system.text,
                    "start": d.system.start,
                    "end": d.system.end,
                    "type": d.system.type.value,
                    "value": d.system.value,
                    "mod": mod_of(d.system),
                    "rule": d.system.rule,
                },
            }
            for r in results
            for d in r.disagreements
        ]
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help=f"default {DEFAULT_FOLDER}")
    parser.add_argument("--errors", action="store_true", help="list every disagreement after the table")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of the table")
    args = parser.parse_args(argv)
    test_sets = load_sets(args.folder) if args.folder.is_dir() else []
    if not test_sets:
        print(f"error: no set*.json in {args.folder}", file=sys.stderr)
        return 2
    from timeline.tagger import tag

    results = [run_set(test_set, tag) for test_set in test_sets]
    if args.json:
        print(json.dumps(figures_json(results, args.errors), indent=2))
        return 0
    print(table(results))
    if args.errors:
        print()
        print("\n".join(error_lines(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
