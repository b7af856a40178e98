"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

The rule patterns of :mod:`timeline.rules` are large (each month, number word and unit spelled out in many
places), and Python's ``re`` spends about 50 ms parsing and compiling them at every start, a tenth of a
``timeml tag`` run over a whole corpus.  What ``re`` compiles a pattern to is a list of integers for the ``_sre``
engine; this module stores those lists beside the package's bytecode, in the same ``marshal`` format as the
bytecode itself (read in 2 ms where JSON took 8), and on the next start hands them back to ``_sre`` directly.

Safety first, speed second:

- an entry is used only for the exact pattern text and flags it was compiled from, and the whole file only for the
  same Python build and ``_sre`` engine version (anything else: compiled afresh, file rewritten);
- ``_sre`` validates the code it is given; any error while reading or using the file means "compile normally";
- the file is written atomically, only when something had to be compiled, and never when the user asked Python
  not to write bytecode (``PYTHONDONTWRITEBYTECODE`` / ``sys.dont_write_bytecode``) or the folder is read-only;
- it is trusted as much as the ``.pyc`` files beside it (``marshal``, like them, is for data this Python wrote).

The package compiles its module-level patterns with :func:`pattern` (one shared file, written when the
interpreter exits if anything was compiled afresh).  The same file keeps the pattern sources that are built from
word tables (:func:`timeline.rules.alternation` turns each word list into a trie, about 10 ms at every start), under
the exact words they were built from.

>>> cache = PatternCache(None)  # no file: plain re.compile, same result
>>> cache.compile(r"(?P<year>\\d{4})", re.IGNORECASE).match("1999").group("year")
'1999'
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler; other interpreters simply compile every time
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None  # type: ignore[assignment]

FORMAT = 3
"""Version of the file layout; bump when it changes."""


def _stamp() -> dict[str, Any]:
    """What a file must have been written by to be trusted."""
    return {"format": FORMAT, "python": sys.version, "magic": getattr(_sre, "MAGIC", None)}


def default_path(name: str) -> Path:
    """Where the cache named ``name`` lives: the package's ``__pycache__`` folder, tagged like bytecode."""
    return Path(__file__).resolve().parent / "__pycache__" / f"{name}.{sys.implementation.cache_tag}.regex"


def _from_entry(source: str, entry: list[Any]) -> re.Pattern[str] | None:
    """The pattern an entry of the file describes, or None when the entry is damaged (it is then compiled as if it
    were not there)."""
    try:
        code, all_flags, groups, groupindex, indexgroup = entry
        return _sre.compile(source, all_flags, code, groups, groupindex, tuple(indexgroup))  # type: ignore[no-any-return]
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return None


class PatternCache:
    """``compile()`` like ``re.compile``, from the file at ``path`` when it holds the pattern; ``save()`` after.

    ``path=None`` disables the file (every pattern compiled normally).
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, list[Any]] = {}
        self.texts: dict[str, str] = {}  # built pattern sources read from the file, by what they were built from
        if path is not None:
            self.entries, self.texts = self._load()
        self.used: dict[str, list[Any]] = {}
        self.used_texts: dict[str, str] = {}
        self.fresh = 0  # patterns compiled or sources built afresh in this run

    def _load(self) -> tuple[dict[str, list[Any]], dict[str, str]]:
        assert self.path is not None
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return {}, {}
        if (
            not isinstance(data, dict)
            or data.get("stamp") != _stamp()
            or not isinstance(data.get("patterns"), dict)
            or not isinstance(data.get("texts"), dict)
        ):
            return {}, {}
        return data["patterns"], data["texts"]

    def text(self, key: str, build: Callable[[], str]) -> str:
        """The string ``build()`` returns, read from the file when it holds one for ``key``; ``key`` must name
        everything the string is built from (for :func:`timeline.rules.alternation`, the words themselves).

        >>> PatternCache(None).text("may|march", lambda: "ma(?:rch|y)")
        'ma(?:rch|y)'
        """
        built = self.texts.get(key)
        if not isinstance(built, str):
            built = build()
            self.fresh += 1
        self.used_texts[key] = built
        return built

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """The compiled pattern of ``source`` with ``flags`` (an ``re.RegexFlag`` combination)."""
        flags = int(flags)
        key = f"{flags}:{source}"
        entry = self.entries.get(key)
        if entry is not None and _sre is not None:
            pattern = _from_entry(source, entry)
            if pattern is not None:
                self.used[key] = entry
                return pattern
        self.fresh += 1
        if _sre is None or self.path is None:
            return re.compile(source, flags)
        tree = _parser.parse(source, flags)
        code = [int(op) for op in _compiler._code(tree, flags)]  # plain ints: opcodes are an int subclass
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = [code, int(flags | tree.state.flags), tree.state.groups - 1, groupindex, indexgroup]
        self.used[key] = entry
        return _sre.compile(source, entry[1], code, entry[2], groupindex, tuple(indexgroup))

    def save(self, *, force: bool = False) -> bool:
        """Write the patterns and sources this run used when any had to be built (with ``force`` even when Python is told
        not to write bytecode); whether the file was written.  A read-only folder is not an error."""
        if self.path is None or _sre is None or not self.fresh or (sys.dont_write_bytecode and not force):
            return False
        content = marshal.dumps({"stamp": _stamp(), "patterns": self.used, "texts": self.used_texts})
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        except OSError:
            return False
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            os.chmod(temporary, 0o644)  # readable like the bytecode beside it (mkstemp makes it private)
            os.replace(temporary, self.path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            return False
        return True


_SHARED: PatternCache | None = None


def shared() -> PatternCache:
    """The package's one cache (``__pycache__/patterns.<tag>.regex``), saved at interpreter exit when this run
    compiled a pattern it did not hold.  Forked workers end without exit handlers, so only the parent writes."""
    global _SHARED
    if _SHARED is None:
        _SHARED = PatternCache(default_path("patterns"))
        atexit.register(_SHARED.save)
    return _SHARED


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` through :func:`shared`: what the modules of the package compile at import.

    >>> pattern(r"\\d{4}").fullmatch("1999") is not None
    True
    """
    return shared().compile(source, flags)
