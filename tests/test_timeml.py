"""Tests for timeline.timeml: reading and writing TimeML, the TempEval-3 task A scorer, and its command line.

The tagger is replaced by a small fake (monkeypatched ``timeline.tagger.tag``) so that these tests measure the
TimeML tooling, not the tagger's quality.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.tagger
from timeline import timeml
from timeline.model import Mod, Timex, TimexType
from timeline.timeml import Alignment, Category, Counts, Scores, TimeMLError, TimeMLTimex

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "timeml"
GOLD = FIXTURES / "gold"
SYSTEM = FIXTURES / "system"
BROKEN = FIXTURES / "broken"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "te3-dev"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"TempEval-3 corpus not found at {CORPUS}")


# ---------------------------------------------------------------------------------------------------------------
# Helpers

_FAKE_RULES = {
    "Friday": (TimexType.DATE, "1998-08-07", None),
    "two weeks": (TimexType.DURATION, "P2W", None),
    "the end of March": (TimexType.DATE, "1998-03", Mod.END),
    "every day": (TimexType.SET, "P1D", None),
}
_FAKE_PATTERN = re.compile("|".join(re.escape(key) for key in _FAKE_RULES))


def fake_tag(text: str, reference: dt.date | None) -> list[Timex]:
    """A tiny stand-in for the real tagger: a fixed table of phrases (the gold answers of gold/simple.tml)."""
    found = []
    for match in _FAKE_PATTERN.finditer(text):
        kind, value, mod = _FAKE_RULES[match.group()]
        found.append(Timex(match.start(), match.end(), match.group(), kind, value, mod, rule="fake"))
    return found


@pytest.fixture
def fake_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the real tagger with ``fake_tag``."""
    monkeypatch.setattr(timeline.tagger, "tag", fake_tag)


def timex(
    start: int,
    end: int,
    text: str = "",
    value: str = "1998",
    kind: TimexType = TimexType.DATE,
    mod: Mod | None = None,
) -> TimeMLTimex:
    """A TimeMLTimex with defaults for what a test does not care about."""
    return TimeMLTimex("t", start, end, text or "x" * (end - start), kind, value, mod)


def simple() -> timeml.TimeMLDocument:
    return timeml.read_timeml(GOLD / "simple.tml")


# ---------------------------------------------------------------------------------------------------------------
# Reading


def test_raw_text_has_tags_removed_and_entities_decoded() -> None:
    """The raw text holds no markup and decodes &amp; &lt; &gt;."""
    text = simple().text
    assert text.startswith("\nBombs hit A&B Corp. <offices> Friday, killing 10. Talks lasted two weeks")
    assert "<TIMEX3" not in text and "<EVENT" not in text and "&amp;" not in text


def test_offsets_index_the_raw_text() -> None:
    """Each gold timex's offsets slice its own text out of the raw text."""
    document = simple()
    assert [(t.start, t.end, t.text) for t in document.timexes] == [
        (31, 37, "Friday"),
        (64, 73, "two weeks"),
        (85, 101, "the end of March"),
        (117, 126, "every day"),
    ]
    assert all(document.text[t.start : t.end] == t.text for t in document.timexes)


def test_attributes_are_typed() -> None:
    """tid, type, value and mod are read into the typed annotation."""
    end_of_march = simple().timexes[2]
    assert (end_of_march.tid, end_of_march.type, end_of_march.value, end_of_march.mod) == (
        "t3",
        TimexType.DATE,
        "1998-03",
        Mod.END,
    )


def test_missing_mod_is_none() -> None:
    """A TIMEX3 without mod has mod None."""
    assert simple().timexes[0].mod is None


def test_dct_date_is_first_ten_characters_of_value() -> None:
    """A DCT value with a time gives its date as the reference date."""
    dct = simple().dct
    assert (dct.value, dct.date, dct.text) == ("1998-08-07T10:15", dt.date(1998, 8, 7), "08/07/1998 10:15")


def test_dct_is_not_a_gold_timex() -> None:
    """The creation time outside TEXT is not among the scored timexes."""
    assert "t0" not in [t.tid for t in simple().timexes]


def test_docid_is_read() -> None:
    """DOCID is kept for the output file."""
    assert simple().docid == "FIX19980807.0001"


def test_malformed_xml_names_the_file() -> None:
    """An unclosed tag raises TimeMLError naming the file."""
    with pytest.raises(TimeMLError, match=r"not_xml\.tml: not well-formed XML"):
        timeml.read_timeml(BROKEN / "not_xml.tml")


def test_missing_dct_names_the_file() -> None:
    """A file without a CREATION_TIME TIMEX3 raises TimeMLError naming the file."""
    with pytest.raises(TimeMLError, match=r"no_dct\.tml: no TIMEX3 .*CREATION_TIME"):
        timeml.read_timeml(BROKEN / "no_dct.tml")


_DCT = '<DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-01" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
_TEXT = '<TEXT>in <TIMEX3 tid="t1" type="DATE" value="1999">1999</TIMEX3></TEXT>'


@pytest.mark.parametrize(
    ("source", "dct"),
    [
        (f"<TimeML>{_DCT}{_TEXT}<TLINK lid='l1'/></TimeML>", "2000-01-01"),  # the usual order
        (f"<TimeML>{_TEXT}{_DCT}</TimeML>", "2000-01-01"),  # the DCT after the text: the whole file is read
        (f"<TimeML>{_DCT}{_TEXT}<TLINK lid='l1'></TimeML>", "2000-01-01"),  # broken links after the text: unread
    ],
)
def test_document_is_read_up_to_the_end_of_its_text(source: str, dct: str) -> None:
    """The DCT and the text are read wherever the DCT is; what follows the text is not needed."""
    for markup in (source, source.encode()):
        document = timeml.parse_timeml(markup, "doc")
        assert (document.dct.value, document.text, [t.value for t in document.timexes]) == (dct, "in 1999", ["1999"])


def test_malformed_text_is_an_error_even_when_links_follow() -> None:
    """Broken markup inside the text is reported although the reader stops at the end of the text."""
    source = f"<TimeML>{_DCT}<TEXT>in <TIMEX3 tid='t1'>1999</TEXT><TLINK/></TimeML>"
    with pytest.raises(TimeMLError, match="doc: not well-formed XML"):
        timeml.parse_timeml(source, "doc")


def test_unknown_type_is_an_error() -> None:
    """A TIMEX3 type outside DATE/TIME/DURATION/SET raises TimeMLError."""
    source = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-01" functionInDocument="CREATION_TIME">x</TIMEX3>'
        '</DCT><TEXT>in <TIMEX3 tid="t1" type="EPOCH" value="2000">2000</TIMEX3></TEXT></TimeML>'
    )
    with pytest.raises(TimeMLError, match="type='EPOCH'"):
        timeml.parse_timeml(source, "doc")


def test_files_are_found_recursively_with_relative_names() -> None:
    """find_timeml_files lists sub-folders too, named relative to the root, sorted."""
    names = [name for name, _ in timeml.find_timeml_files(FIXTURES)]
    assert names == sorted(names)
    assert "gold/simple.tml" in names and "system/plain.tml" in names


# ---------------------------------------------------------------------------------------------------------------
# Writing


def test_tagged_output_round_trips_to_the_input_text(fake_tagger: None) -> None:
    """Removing our tags from the written file gives back exactly the input text."""
    document = simple()
    written = timeml.parse_timeml(timeml.render_timeml(timeml.tag_document(document).document), "out")
    assert written.text == document.text


def test_tagged_output_keeps_docid_and_dct(fake_tagger: None) -> None:
    """The written file has the input's DOCID and DCT."""
    document = simple()
    written = timeml.parse_timeml(timeml.render_timeml(timeml.tag_document(document).document), "out")
    assert (written.docid, written.dct) == (document.docid, document.dct)


def test_tagged_output_holds_the_tagger_timexes(fake_tagger: None) -> None:
    """The written TIMEX3s are the tagger's, numbered t1.. in text order, with type, value and mod."""
    written = timeml.parse_timeml(timeml.render_timeml(timeml.tag_document(simple()).document), "out")
    assert [(t.tid, t.text, t.type, t.value, t.mod) for t in written.timexes] == [
        ("t1", "Friday", TimexType.DATE, "1998-08-07", None),
        ("t2", "two weeks", TimexType.DURATION, "P2W", None),
        ("t3", "the end of March", TimexType.DATE, "1998-03", Mod.END),
        ("t4", "every day", TimexType.SET, "P1D", None),
    ]


def test_tagged_output_has_no_other_tags(fake_tagger: None) -> None:
    """Only TimeML, DOCID, DCT, TIMEX3 and TEXT elements appear in the output."""
    markup = timeml.render_timeml(timeml.tag_document(simple()).document)
    assert set(re.findall(r"<(\w+)", markup)) == {"TimeML", "DOCID", "DCT", "TIMEX3", "TEXT"}


def test_tagger_gets_the_dct_as_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger is called with the raw text and the DCT date."""
    calls: list[tuple[str, dt.date | None]] = []

    def recording(text: str, reference: dt.date | None) -> list[Timex]:
        calls.append((text, reference))
        return []

    monkeypatch.setattr(timeline.tagger, "tag", recording)
    document = simple()
    timeml.tag_document(document)
    assert calls == [(document.text, dt.date(1998, 8, 7))]


def test_overlapping_tagger_timexes_are_dropped() -> None:
    """Of two overlapping timexes the earlier (then longer) is kept and the other counted as dropped."""
    text = "on March 3 1998"
    found = [
        Timex(3, 10, "March 3", TimexType.DATE, "XXXX-03-03"),
        Timex(3, 15, "March 3 1998", TimexType.DATE, "1998-03-03"),
        Timex(11, 15, "1998", TimexType.DATE, "1998"),
    ]
    kept, dropped = timeml.to_annotations(text, found)
    assert ([t.text for t in kept], dropped) == (["March 3 1998"], 2)


def test_annotation_text_comes_from_offsets() -> None:
    """A tagger Timex whose text disagrees with its offsets is written by its offsets."""
    kept, _ = timeml.to_annotations("in 1998.", [Timex(3, 7, "1998.", TimexType.DATE, "1998")])
    assert kept[0].text == "1998"


def test_render_rejects_overlapping_timexes() -> None:
    """render_timeml refuses timexes that cannot nest as XML."""
    document = simple()
    bad = dataclasses.replace(document, timexes=(timex(30, 40), timex(35, 45)))
    with pytest.raises(ValueError, match="overlaps"):
        timeml.render_timeml(bad)


_XML_CHARS = st.characters(
    codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc", "Co"), exclude_characters="\x00\ufffe\uffff"
).filter(lambda c: c in "\t\n\r" or ord(c) >= 0x20)


@settings(max_examples=60, deadline=None)
@given(text=st.text(_XML_CHARS, max_size=60), cuts=st.lists(st.integers(0, 60), max_size=8))
def test_any_text_and_spans_round_trip(text: str, cuts: list[int]) -> None:
    """Any XML-representable text with any non-overlapping spans is read back unchanged."""
    bounds = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if a < b]
    annotations = tuple(
        TimeMLTimex(f"t{i}", a, b, text[a:b], TimexType.DATE, 'v<&">\n', Mod.APPROX)
        for i, (a, b) in enumerate(spans, 1)
    )
    document = timeml.TimeMLDocument(
        "d", "D&1", timeml.Dct("t0", TimexType.DATE, "2000-01-02", "2 Jan"), text, annotations
    )
    read = timeml.parse_timeml(timeml.render_timeml(document), "d")
    assert (read.text, read.timexes, read.docid) == (text, annotations, "D&1")


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    """write_atomic creates the file (and its folder) and nothing else."""
    target = tmp_path / "sub" / "a.tml"
    timeml.write_atomic(target, "é<")
    assert (target.read_text(encoding="utf-8"), [p.name for p in target.parent.iterdir()]) == ("é<", ["a.tml"])


# ---------------------------------------------------------------------------------------------------------------
# Scoring: pairing


def test_overlap_pairs_a_partial_match() -> None:
    """Spans that share a character pair up; spans that only touch do not."""
    alignment = timeml.align([timex(0, 7)], [timex(5, 9), timex(7, 10)])
    assert (len(alignment.pairs), len(alignment.missed), len(alignment.spurious)) == (1, 0, 1)


def test_pairing_is_one_to_one_for_a_split_system_timex() -> None:
    """Gold "March 3" against system "March" and "3": one pair, one spurious."""
    alignment = timeml.align([timex(0, 7, "March 3")], [timex(0, 5, "March"), timex(6, 7, "3")])
    assert ([s.text for _, s in alignment.pairs], [s.text for s in alignment.spurious]) == (["March"], ["3"])


def test_pairing_is_one_to_one_for_a_merged_system_timex() -> None:
    """Gold "Monday", "Tuesday" against system "Monday and Tuesday": the first gold pairs, the second is missed."""
    gold = [timex(0, 6, "Monday"), timex(11, 18, "Tuesday")]
    alignment = timeml.align(gold, [timex(0, 18, "Monday and Tuesday")])
    assert ([g.text for g, _ in alignment.pairs], [g.text for g in alignment.missed]) == (["Monday"], ["Tuesday"])


def test_pairing_is_first_come_first_served_in_text_order() -> None:
    """A gold timex takes the earliest overlapping system timex even when a later one matches exactly."""
    alignment = timeml.align([timex(5, 10, "ABCDE")], [timex(8, 12, "DEFG"), timex(5, 10, "ABCDE")])
    assert [s.start for _, s in alignment.pairs] == [5]
    alignment = timeml.align([timex(5, 10, "ABCDE")], [timex(0, 6, "xxxxxA"), timex(5, 10, "ABCDE")])
    assert [s.start for _, s in alignment.pairs] == [0]


def test_pairing_ignores_input_order() -> None:
    """Timexes given out of text order are paired as if sorted."""
    gold = [timex(20, 25), timex(0, 5)]
    system = [timex(21, 23), timex(1, 3)]
    assert {(g.start, s.start) for g, s in timeml.align(gold, system).pairs} == {(0, 1), (20, 21)}


# ---------------------------------------------------------------------------------------------------------------
# Scoring: counts and measures


def test_strict_needs_identical_text() -> None:
    """A pair counts as strict only when its texts are identical."""
    alignment = timeml.align(
        [timex(0, 9, "two weeks"), timex(20, 26, "Friday")], [timex(4, 9, "weeks"), timex(20, 26, "Friday")]
    )
    assert (Counts.of(alignment).relaxed, Counts.of(alignment).strict) == (2, 1)


def test_value_type_and_mod_are_counted_over_relaxed_pairs() -> None:
    """value, type and mod matches count exact equality within pairs; missing mod equals missing mod."""
    gold = [
        timex(0, 4, value="1998", mod=Mod.END),
        timex(10, 14, value="P2W", kind=TimexType.DURATION),
        timex(20, 24),
    ]
    system = [timex(0, 4, value="1998"), timex(10, 14, value="P2W", kind=TimexType.DATE), timex(21, 24, value="1999")]
    counts = Counts.of(timeml.align(gold, system))
    assert (counts.value, counts.type, counts.mod) == (2, 2, 2)


def test_measures_from_counts() -> None:
    """P, R, F1, value/type accuracy and F1 follow the TempEval-3 definitions."""
    scores = Scores.of(Counts(gold=10, system=8, relaxed=6, strict=4, value=3, type=6, mod=5))
    measured = [*dataclasses.astuple(scores.strict), *dataclasses.astuple(scores.relaxed)]
    measured += [scores.value_accuracy, scores.value_f1, scores.type_accuracy, scores.type_f1, scores.mod_accuracy]
    assert measured == pytest.approx([0.5, 0.4, 4 / 9, 0.75, 0.6, 2 / 3, 0.5, 1 / 3, 1.0, 2 / 3, 5 / 6])


def test_empty_counts_score_zero() -> None:
    """With nothing to count every measure is 0, not a division error."""
    assert Scores.of(Counts()).as_json()["relaxed"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_counts_add_up_over_documents() -> None:
    """Counts are micro-averaged: summed field by field."""
    assert Counts(1, 2, 3, 4, 5, 6, 7) + Counts(10, 20, 30, 40, 50, 60, 70) == Counts(11, 22, 33, 44, 55, 66, 77)


def test_fixture_system_counts() -> None:
    """The hand-made system file scores the counts worked out by hand."""
    evaluation = timeml.Evaluation()
    for name in ("simple.tml", "plain.tml"):
        evaluation.add(timeml.read_timeml(GOLD / name), timeml.read_timeml(SYSTEM / name).timexes)
    assert evaluation.counts == Counts(gold=4, system=4, relaxed=3, strict=1, value=2, type=3, mod=2)


def test_mismatches_list_every_disagreement() -> None:
    """The fixture gives one SPURIOUS, one MISSED, two EXTENT, one VALUE and one MOD, in text order."""
    document = simple()
    found = timeml.mismatches(
        document, timeml.align(document.timexes, timeml.read_timeml(SYSTEM / "simple.tml").timexes)
    )
    assert [(m.category, (m.gold or m.system).text) for m in found] == [  # type: ignore[union-attr]
        (Category.SPURIOUS, "10"),
        (Category.EXTENT, "two weeks"),
        (Category.VALUE, "two weeks"),
        (Category.EXTENT, "the end of March"),
        (Category.MOD, "the end of March"),
        (Category.MISSED, "every day"),
    ]


def test_mismatch_line_is_one_greppable_line() -> None:
    """A mismatch line starts with its category, names the doc, and shows gold, system and marked context."""
    document = simple()
    gold, system = document.timexes[1], timex(68, 73, "weeks", "P1W", TimexType.DURATION)
    line = timeml.Mismatch(Category.VALUE, document, gold, system).line()
    assert "\n" not in line
    assert line.split("\t")[:5] == [
        "VALUE",
        "simple.tml",
        "1998-08-07T10:15",
        'gold "two weeks" 64-73 DURATION P2W t2',
        'system "weeks" 68-73 DURATION P1W t',
    ]
    assert "lasted «two weeks» and" in line


def test_no_mismatches_for_identical_annotations() -> None:
    """Gold against itself gives no mismatch."""
    document = simple()
    assert timeml.mismatches(document, timeml.align(document.timexes, document.timexes)) == []


def test_alignment_type_is_exposed() -> None:
    """align returns an Alignment."""
    assert isinstance(timeml.align([], []), Alignment)


# ---------------------------------------------------------------------------------------------------------------
# Command line


def test_score_json_on_fixtures(capsys: pytest.CaptureFixture[str]) -> None:
    """score --json prints the task A measures of the fixture system as fractions."""
    assert timeml.main(["score", str(GOLD), str(SYSTEM), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["strict"]["f1"] == 0.25 and result["relaxed"]["f1"] == 0.75
    assert result["value"] == {"accuracy": pytest.approx(2 / 3), "f1": pytest.approx(0.5)}
    assert result["type"] == {"accuracy": 1.0, "f1": 0.75} and result["mod"] == {"accuracy": pytest.approx(2 / 3)}


def test_score_table_on_fixtures(capsys: pytest.CaptureFixture[str]) -> None:
    """score prints a table in percent with the counts."""
    timeml.main(["score", str(GOLD), str(SYSTEM)])
    out = capsys.readouterr().out
    assert re.search(r"relaxed\s+75\.00\s+75\.00\s+75\.00", out) and "gold 4  system 4" in out


def test_score_errors_file(tmp_path: Path) -> None:
    """score --errors writes a header and one line per mismatch."""
    listing = tmp_path / "errors.tsv"
    timeml.main(["score", str(GOLD), str(SYSTEM), "--errors", str(listing)])
    lines = listing.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and [line.split("\t")[0] for line in lines[1:]] == [
        "SPURIOUS",
        "EXTENT",
        "VALUE",
        "EXTENT",
        "MOD",
        "MISSED",
    ]


def test_score_missing_system_file_counts_as_missed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gold file without a system file is reported, its gold counted as missed, exit 1."""
    shutil.copy(SYSTEM / "plain.tml", tmp_path / "plain.tml")
    assert timeml.main(["score", str(GOLD), str(tmp_path), "--json"]) == 1
    captured = capsys.readouterr()
    assert "simple.tml: no system file" in captured.err
    assert json.loads(captured.out)["relaxed"]["recall"] == 0.0


def test_score_text_mismatch_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A system file whose raw text differs from the gold text is reported with the offset, exit 1."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "system").mkdir()
    shutil.copy(GOLD / "plain.tml", tmp_path / "gold" / "plain.tml")
    changed = (SYSTEM / "plain.tml").read_text().replace("Nothing", "Nothinx")
    (tmp_path / "system" / "plain.tml").write_text(changed)
    assert timeml.main(["score", str(tmp_path / "gold"), str(tmp_path / "system")]) == 1
    assert "plain.tml: system text differs from gold text at offset 7" in capsys.readouterr().err


def test_tag_writes_round_tripping_files(tmp_path: Path, fake_tagger: None) -> None:
    """tag writes OUT_DIR/<same name> whose raw text equals the input's; exit 0."""
    assert timeml.main(["tag", str(GOLD), str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.tml", "simple.tml"]
    for name in ("plain.tml", "simple.tml"):
        assert timeml.read_timeml(tmp_path / name).text == timeml.read_timeml(GOLD / name).text


def test_tag_then_score_equals_eval(tmp_path: Path, fake_tagger: None, capsys: pytest.CaptureFixture[str]) -> None:
    """Scoring the written files gives the same numbers as eval in memory."""
    timeml.main(["tag", str(GOLD), str(tmp_path)])
    capsys.readouterr()
    timeml.main(["score", str(GOLD), str(tmp_path), "--json"])
    scored = capsys.readouterr().out
    timeml.main(["eval", str(GOLD), "--json"])
    assert capsys.readouterr().out == scored
    assert json.loads(scored)["value"]["f1"] == 1.0


def test_tag_goes_on_after_an_unparseable_file(
    tmp_path: Path, fake_tagger: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unparseable file gives one line naming it, the others are written, exit 1."""
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(BROKEN / "not_xml.tml", source / "a_bad.tml")
    shutil.copy(GOLD / "simple.tml", source / "b_good.tml")
    assert timeml.main(["tag", str(source), str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "a_bad.tml" in line] == [err[0]] and "not well-formed" in err[0]
    assert err[-1].startswith("tagged 1 of 2 files") and (tmp_path / "out" / "b_good.tml").is_file()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the forked runner needs fork")
def test_tag_in_several_processes_writes_the_same_files(tmp_path: Path) -> None:
    """``--jobs 2`` and ``--jobs 3`` write the same files, byte for byte, as ``--jobs 1``."""
    source = tmp_path / "in"
    source.mkdir()
    for index in range(7):
        shutil.copy(GOLD / ("simple.tml" if index % 2 else "plain.tml"), source / f"doc{index}.tml")
    outputs = {}
    for jobs in (1, 2, 3):
        assert timeml.main(["tag", "--jobs", str(jobs), str(source), str(tmp_path / f"out{jobs}")]) == 0
        outputs[jobs] = {path.name: path.read_bytes() for path in sorted((tmp_path / f"out{jobs}").iterdir())}
    assert len(outputs[1]) == 7 and outputs[2] == outputs[1] and outputs[3] == outputs[1]


def test_shares_are_balanced_and_keep_the_order() -> None:
    """Work is dealt by size, largest first to the lightest share; each share keeps the input order."""
    work = [(f"f{index}", GOLD / name, Path("out"), False) for index, name in enumerate(["plain.tml", "simple.tml"] * 3)]
    shares = timeml._shares(work, 2)
    assert sorted(item[0] for share in shares for item in share) == sorted(item[0] for item in work)
    assert all([item[0] for item in share] == sorted(item[0] for item in share) for share in shares)
    sizes = [sum(item[1].stat().st_size for item in share) for share in shares]
    assert abs(sizes[0] - sizes[1]) <= max(path.stat().st_size for path in GOLD.iterdir())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the forked runner needs fork")
def test_a_worker_that_dies_leaves_a_line_per_file_not_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A worker process that ends early (killed, out of memory) costs only its files: one line each, exit 1."""
    source = tmp_path / "in"
    source.mkdir()
    for index in range(6):
        shutil.copy(GOLD / "simple.tml", source / f"doc{index}.tml")
    parent = os.getpid()
    real = timeml._tag_file

    def dies_in_a_child(name: str, path: Path, out_dir: Path, show_traceback: bool) -> object:
        if os.getpid() != parent:
            os._exit(9)
        return real(name, path, out_dir, show_traceback)

    monkeypatch.setattr(timeml, "_tag_file", dies_in_a_child)
    assert timeml.main(["tag", "--jobs", "2", str(source), str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.splitlines()
    lost = [line for line in err if line.endswith("its worker process ended early")]
    written = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert len(lost) == 3 and len(written) == 3
    assert err[-1].startswith("tagged 3 of 6 files, ") and err[-1].endswith("; 3 failed")


def test_tag_summary_is_one_line(tmp_path: Path, fake_tagger: None, capsys: pytest.CaptureFixture[str]) -> None:
    """Without a terminal, tag prints only its summary line on stderr."""
    timeml.main(["tag", str(GOLD), str(tmp_path)])
    assert capsys.readouterr().err.splitlines() == [f"tagged 2 of 2 files, 4 timexes, into {tmp_path}"]


def test_eval_reports_a_failing_tagger(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A tagger exception is one line naming the file; its gold counts as missed; exit 1."""

    def failing(text: str, reference: dt.date | None) -> list[Timex]:
        raise RuntimeError("boom")

    monkeypatch.setattr(timeline.tagger, "tag", failing)
    assert timeml.main(["eval", str(GOLD), "--json"]) == 1
    captured = capsys.readouterr()
    assert "simple.tml: tagger failed: RuntimeError: boom" in captured.err
    assert json.loads(captured.out)["relaxed"]["recall"] == 0.0


def test_missing_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder that does not exist is one clear line and exit 2."""
    assert timeml.main(["eval", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err.strip() == f"error: {tmp_path / 'nope'} is not a folder"


def test_every_command_has_an_example() -> None:
    """Each subcommand's help ends with an example command line."""
    parser = timeml.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    subparsers: dict[str, argparse.ArgumentParser] = action.choices
    assert set(subparsers) == {"tag", "score", "eval"}
    assert all("example: python -m timeline.timeml " + name in sub.format_help() for name, sub in subparsers.items())


def test_module_runs_as_a_command() -> None:
    """python -m timeline.timeml --help works from the repository root."""
    result = subprocess.run(
        [sys.executable, "-m", "timeline.timeml", "--help"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0 and "score" in result.stdout


# ---------------------------------------------------------------------------------------------------------------
# The real corpus


@needs_corpus
def test_corpus_reads_as_documented() -> None:
    """All 256 documents parse, with 1,822 gold TIMEX3s in TEXT, as the corpus README says."""
    documents = [timeml.read_timeml(path, name) for name, path in timeml.find_timeml_files(CORPUS)]
    assert (len(documents), sum(len(d.timexes) for d in documents)) == (256, 1822)
    assert all(d.text[t.start : t.end] == t.text for d in documents for t in d.timexes)


@needs_corpus
def test_gold_against_gold_scores_one(capsys: pytest.CaptureFixture[str]) -> None:
    """Scoring the corpus against itself gives 1.0 on every measure."""
    assert timeml.main(["score", str(CORPUS), str(CORPUS), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {key: set(values.values()) for key, values in result.items()} == {
        "strict": {1.0},
        "relaxed": {1.0},
        "value": {1.0},
        "type": {1.0},
        "mod": {1.0},
    }
