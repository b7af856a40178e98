"""The sentence splitter: one case per behaviour, as a table of (text -> expected sentences)."""

from __future__ import annotations

import pytest

from timeline.sentences import MAX_SENTENCE, split_sentences

CASES: list[tuple[str, str, list[str]]] = [
    # (behaviour, text, expected sentences)
    ("plain stops split", "It rained. The match was off.", ["It rained.", "The match was off."]),
    ("question and exclamation split", "Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ("a title does not split", "Dr. Smith left. He came back.", ["Dr. Smith left.", "He came back."]),
    ("two titles in a row", "Mr. and Mrs. Smith came. They left.", ["Mr. and Mrs. Smith came.", "They left."]),
    (
        "a military rank",
        "Gen. Lee surrendered in 1865. The war ended.",
        ["Gen. Lee surrendered in 1865.", "The war ended."],
    ),
    ("an abbreviated month", "He left on Feb. 3. He came back.", ["He left on Feb. 3.", "He came back."]),
    (
        "a dotted country",
        "The U.S. economy grew. Analysts were surprised.",
        ["The U.S. economy grew.", "Analysts were surprised."],
    ),
    (
        "a.m./p.m. before a capital",
        "He came at 5 p.m. Tuesday. She left.",
        ["He came at 5 p.m. Tuesday.", "She left."],
    ),
    (
        "p.m. before a name ends the sentence",
        "They returned the verdict at 4:45 p.m. Gary Wendt, 61, faces 12 years.",
        ["They returned the verdict at 4:45 p.m.", "Gary Wendt, 61, faces 12 years."],
    ),
    ("p.m. before a zone", "It hit at 3 p.m. EDT near Kobe. Then rain.", ["It hit at 3 p.m. EDT near Kobe.", "Then rain."]),
    (
        "p.m. before a glossed clock time",
        "It ended at 11:30 p.m. (0430 GMT) on Sunday. Then rain.",
        ["It ended at 11:30 p.m. (0430 GMT) on Sunday.", "Then rain."],
    ),
    ("a.m. before a place's time", "At 9 a.m. Moscow time polls opened.", ["At 9 a.m. Moscow time polls opened."]),
    ("p.m. before Eastern", "At 4 p.m. Eastern the market closed.", ["At 4 p.m. Eastern the market closed."]),
    ("i.e. and e.g.", "Some, i.e. Most. Fine.", ["Some, i.e. Most.", "Fine."]),
    (
        "a middle initial",
        "John F. Kennedy died in 1963. Oswald was held.",
        ["John F. Kennedy died in 1963.", "Oswald was held."],
    ),
    ("dotted initials", "A.B. Jones spoke. She left.", ["A.B. Jones spoke.", "She left."]),
    ("No. before a number", "See No. 5 on the list. Done.", ["See No. 5 on the list.", "Done."]),
    ("the word no ends a sentence", "He said no. Then he left.", ["He said no.", "Then he left."]),
    ("Fig. before a number", "It rose (see Fig. 2). Then it fell.", ["It rose (see Fig. 2).", "Then it fell."]),
    ("a closing double quote stays", 'He said "We won." Then he left.', ['He said "We won."', "Then he left."]),
    (
        "a closing single quote stays",
        "He said, 'It is over.' The crowd cheered.",
        ["He said, 'It is over.'", "The crowd cheered."],
    ),
    ("curly quotes", "She said: “It’s done.” Next day it fell.", ["She said: “It’s done.”", "Next day it fell."]),
    ("an opening quote starts a sentence", 'It ended. "We won," he said.', ["It ended.", '"We won," he said.']),
    ("a closing bracket stays", "He left (finally.) The end.", ["He left (finally.)", "The end."]),
    (
        "decimals do not split",
        "Growth was 3.5 percent. Prices rose 2.1% in May.",
        ["Growth was 3.5 percent.", "Prices rose 2.1% in May."],
    ),
    ("a version number", "Version 2.0 shipped. Users cheered.", ["Version 2.0 shipped.", "Users cheered."]),
    ("a digit starts a sentence", "Sales fell. 2024 was worse.", ["Sales fell.", "2024 was worse."]),
    (
        "a number ends a sentence",
        "The score was 3. Next came the final.",
        ["The score was 3.", "Next came the final."],
    ),
    ("an ellipsis", "He waited... Then he left.", ["He waited...", "Then he left."]),
    ("lower case after a stop does not split", "It cost 5 dollars. or so.", ["It cost 5 dollars. or so."]),
    ("a heading is its own sentence", "# Talks resume\nThey met today.", ["# Talks resume", "They met today."]),
    ("a heading without a stop", "Talks resume\nThey met today.", ["Talks resume", "They met today."]),
    ("bullets are lines", "• First point\n- second point\n* third", ["• First point", "- second point", "* third"]),
    ("a dateline stays whole", "WASHINGTON (AP) — The Senate voted.", ["WASHINGTON (AP) — The Senate voted."]),
    ("no final stop", "No stop at the end", ["No stop at the end"]),
    ("blank lines are nothing", "   \n\n \t\n", []),
    ("empty text", "", []),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_split(text: str, expected: list[str]) -> None:
    """Each case splits into exactly the expected sentences."""
    assert [sentence.text for sentence in split_sentences(text)] == expected


OFFSET_CASES = [
    "  Leading spaces. And trailing.  ",
    "Line one.\n\n   Line two. Three!\n",
    "Tabs\tinside. “Quoted.” (Bracketed.) Done",
]


@pytest.mark.parametrize("text", OFFSET_CASES)
def test_offsets(text: str) -> None:
    """Every sentence's offsets slice its own text out of the document, with no white space at either end."""
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


HOSTILE = [
    # (behaviour, text)
    ("a run of stops", "x" + "." * 20_000),
    ("stops and spaces", "A." + ". " * 10_000 + "B"),
    ("stops and brackets", ".)" * 10_000),
    ("stops and quotes", '."' * 10_000),
    ("stops then lower case", ("." + " " * 50 + "x") * 400),
    ("one long line of words", "word " * 20_000),
    ("one long run of digits", "7" * 20_000),
    ("spaces only", " " * 20_000),
    ("many short sentences", "It rained. " * 5_000),
    ("long words and long spaces", ("x" * 1_500 + " " * 1_500) * 10),
]


@pytest.mark.parametrize("text", [case[1] for case in HOSTILE], ids=[case[0] for case in HOSTILE])
def test_hostile(text: str) -> None:
    """Pathological text gives bounded sentences that slice the text and lose none of it (and comes back at once:
    the splitter is linear; bench/bench_robustness.py measures it)."""
    sentences = split_sentences(text)
    assert all(text[s.start : s.end] == s.text == s.text.strip() for s in sentences)
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(before.end <= after.start for before, after in zip(sentences, sentences[1:]))
    assert "".join("".join(s.text.split()) for s in sentences) == "".join(text.split())


def test_long_line_is_cut_between_words() -> None:
    """A line with no sentence end is cut at white space into sentences of at most MAX_SENTENCE characters."""
    text = "word " * 1_000
    sentences = split_sentences(text)
    assert len(sentences) == 3
    assert all(s.text.startswith("word") and s.text.endswith("word") for s in sentences)


def test_long_run_without_space_is_cut_at_the_limit() -> None:
    """A run with no white space at all is cut hard every MAX_SENTENCE characters."""
    assert [len(s.text) for s in split_sentences("7" * 5_000)] == [MAX_SENTENCE, MAX_SENTENCE, 1_000]


def test_short_sentences_are_not_cut() -> None:
    """A sentence of exactly MAX_SENTENCE characters stays whole."""
    text = ("x" * 9 + " ") * (MAX_SENTENCE // 10 - 1) + "x" * 9 + "."
    assert [s.text for s in split_sentences(text)] == [text]
