"""The compiled-pattern cache: the same patterns as re.compile, and never an error of its own."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

from timeline import regexcache, rules
from timeline.regexcache import PatternCache

PATTERNS = [(rule.source, rule.flags) for rule in rules.RULES]


def _same(left: re.Pattern[str], right: re.Pattern[str]) -> bool:
    return (left.pattern, left.flags, left.groups, left.groupindex) == (
        right.pattern,
        right.flags,
        right.groups,
        right.groupindex,
    )


@pytest.fixture()
def writable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_patterns_read_back_are_the_ones_re_compiles(tmp_path: Path, writable: None) -> None:
    """Written by one run, read by the next: every rule pattern equal to re.compile's and matching the same."""
    path = tmp_path / "rules.regex"
    first = PatternCache(path)
    compiled = [first.compile(source, flags) for source, flags in PATTERNS]
    assert first.fresh == len(PATTERNS) and first.save()
    second = PatternCache(path)
    read = [second.compile(source, flags) for source, flags in PATTERNS]
    assert second.fresh == 0 and not second.save()  # nothing new: the file is left as it is
    for (source, flags), one, two, rule in zip(PATTERNS, compiled, read, rules.RULES):
        reference = re.compile(source, flags)
        assert _same(one, reference) and _same(two, reference)
        expected = [(m.span(), m.groupdict()) for m in reference.finditer(rule.example)]
        assert [(m.span(), m.groupdict()) for m in two.finditer(rule.example)] == expected != []


def test_a_changed_pattern_is_compiled_afresh(tmp_path: Path, writable: None) -> None:
    """An entry serves only the exact text and flags it came from; the rewritten file drops what is unused."""
    path = tmp_path / "cache.regex"
    cache = PatternCache(path)
    cache.compile(r"(?P<a>x)y")
    cache.save()
    again = PatternCache(path)
    assert again.compile(r"(?P<a>x)y", re.IGNORECASE).match("XY") and again.fresh == 1
    assert again.compile(r"(?P<b>z)").match("z") and again.fresh == 2
    again.save()
    assert sorted(marshal.loads(path.read_bytes())["patterns"]) == ["0:(?P<b>z)", f"{int(re.I)}:(?P<a>x)y"]


@pytest.mark.parametrize(
    "content",
    [
        b"not marshal",
        b"",
        marshal.dumps([1, 2]),
        marshal.dumps({"stamp": {"format": 0}, "patterns": {}}),  # written by another version
        None,  # a stamp that fits and an entry whose engine code is garbage
    ],
)
def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path, writable: None, content: bytes | None) -> None:
    """Whatever the file holds, compile() gives a working pattern, and save() replaces the file."""
    path = tmp_path / "cache.regex"
    if content is None:
        content = marshal.dumps({"stamp": regexcache._stamp(), "patterns": {"0:a+": [[999, 1], 32, 0, {}, [None]]}})
    path.write_bytes(content)
    cache = PatternCache(path)
    assert cache.compile("a+").fullmatch("aaa")
    assert cache.save()
    assert PatternCache(path).entries == {"0:a+": cache.used["0:a+"]}


def test_nothing_is_written_when_python_must_not_write_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PYTHONDONTWRITEBYTECODE is honoured unless the caller forces the write (the set-up step does)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "cache.regex"
    cache = PatternCache(path)
    cache.compile("a")
    assert not cache.save() and not path.exists()
    assert cache.save(force=True) and path.exists()


def test_an_unwritable_folder_is_not_an_error(tmp_path: Path, writable: None) -> None:
    """A read-only install: patterns compile, the file is not written, nothing raises."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = PatternCache(blocker / "sub" / "cache.regex")  # its folder cannot be made: a file is in the way
    assert cache.compile("a").match("a")
    assert not cache.save()


def test_the_package_cache_lives_beside_the_bytecode() -> None:
    """The package's one file is in timeline/__pycache__, tagged with the interpreter like .pyc files, and the
    rules and the other modules compile through it."""
    path = regexcache.shared().path
    assert path is not None and path.parent.name == "__pycache__" and path.parent.parent.name == "timeline"
    assert sys.implementation.cache_tag in path.name
    assert rules._PATTERNS is regexcache.shared()
    from timeline import extract

    assert f"{int(re.IGNORECASE)}:{extract._GAME.pattern}" in regexcache.shared().used


def test_pattern_is_re_compile() -> None:
    """What the modules compile at import through the cache behaves as re.compile's pattern."""
    for source, flags in [(r"(?P<w>[a-z]+)\s+(?P=w)", re.IGNORECASE), (r"\d{1,2}:\d\d", 0)]:
        assert _same(regexcache.pattern(source, flags), re.compile(source, flags))
    assert regexcache.pattern(r"(?P<w>[a-z]+)\s+(?P=w)", re.IGNORECASE).search("It is THE the end").span() == (6, 13)


def test_built_sources_are_kept_under_what_they_were_built_from(tmp_path: Path, writable: None) -> None:
    """A source built from a word list is read back as built; another word list, or a damaged entry, is built."""
    path = tmp_path / "cache.regex"
    first = PatternCache(path)
    assert first.text("a|b", lambda: "[ab]") == "[ab]" and first.fresh == 1 and first.save()
    second = PatternCache(path)
    assert second.text("a|b", lambda: pytest.fail("built again")) == "[ab]" and second.fresh == 0
    assert second.text("a|c", lambda: "[ac]") == "[ac]" and second.fresh == 1
    path.write_bytes(marshal.dumps({"stamp": regexcache._stamp(), "patterns": {}, "texts": {"a|b": 7}}))
    assert PatternCache(path).text("a|b", lambda: "[ab]") == "[ab]"


def test_alternation_from_the_cache_is_the_one_built() -> None:
    """Every word-list alternation the rules read at start-up is what building its trie gives."""
    from timeline import lexicon as lx

    for words, dotted in [(lx.MONTHS, rules._ABBREVIATED_MONTHS), (lx.NUMBER_WORDS, ()), (rules.WORD_CLASSES, ())]:
        expected = rules._trie_alternation(sorted(set(words)), set(dotted))
        assert rules.alternation(words, dotted=dotted) == expected
    cache = regexcache.shared()
    assert any(key.startswith("alternation:") for key in cache.used_texts)
