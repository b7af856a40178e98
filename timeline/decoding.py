"""Turn the bytes of an input into text: byte-order marks, UTF-8, and a detected encoding when UTF-8 fails.

    >>> decode_bytes("café".encode("cp1252")).encoding
    'cp1252'

The order is fixed, so the same bytes always give the same text:

1. a byte-order mark names the encoding (UTF-8, UTF-16 or UTF-32) and is dropped;
2. bytes with NUL characters or other control codes are binary, not text (:class:`NotText`);
3. valid UTF-8 is read as UTF-8;
4. an encoding the input declares (HTML ``<meta charset>``, HTTP ``Content-Type``) is used if it fits;
5. anything else is decoded with the encoding ``charset-normalizer`` finds, preferring the encodings in
   :data:`PREFERRED_ENCODINGS` among those that fit equally well, and the result carries a warning.

Line endings become ``\\n``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

BYTE_ORDER_MARKS = (
    # Longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Marks at the start of a file and the codec that reads it (the codec drops the mark)."""

PREFERRED_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "cp1250", "cp1251", "cp1253", "cp1254")
"""Among encodings that decode a text equally well, the first of these wins.

Detection cannot tell ``cp1252`` from ``cp1250`` or ``cp775`` on a short English or Western European text
(``"café"`` is the same bytes in each); news text that is not UTF-8 is most often Windows-1252, so it comes first.
"""

DECLARED_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
"""Declared encodings read as a superset, as browsers do (a page that says ``iso-8859-1`` is read as ``cp1252``)."""

BINARY_PROBE = 8192
"""How many leading bytes are checked for NUL and control characters."""

CONTROL_LIMIT = 0.05
"""Binary when more than this share of the probed characters are control codes other than tab and line breaks."""

_NOT_CONTROL = bytes(code for code in range(256) if code >= 0x20 or chr(code) in "\t\n\r\f\v\x1b")
"""Every byte that is not a control code (tab, line breaks and escape count as text)."""


class NotText(ValueError):
    """The bytes are not text in any encoding we can read."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and whether it was a guess."""

    text: str
    encoding: str
    detected: bool = False
    """True when the bytes were not UTF-8 and the encoding was detected (a guess worth a warning)."""
    invalid_at: int | None = None
    """For a detected encoding: the offset of the first byte that is not valid UTF-8."""

    @property
    def warning(self) -> str | None:
        """A one-line warning when the encoding was a guess, else ``None``."""
        if not self.detected:
            return None
        return f"not valid UTF-8 (byte {self.invalid_at}); read as {self.encoding} (detected encoding)"


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``data`` as described in the module docstring; raises :class:`NotText` for binary data.

    ``declared`` is an encoding the input names for itself (an HTML ``<meta charset>``, an HTTP header): it is
    used, without a warning, when the bytes are not UTF-8 but decode cleanly with it.
    """
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return Decoded(_newlines(data.decode(codec)), codec.removesuffix("-sig"))
            except UnicodeDecodeError as error:
                raise NotText(f"has a {codec} byte-order mark but is not {codec} (byte {error.start})") from None
    if _looks_binary(data[:BINARY_PROBE]):
        raise NotText("binary file, not text")
    try:
        return Decoded(_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as error:
        invalid_at = error.start
    named = _codec(declared)
    if named is not None:
        try:
            return Decoded(_newlines(data.decode(named)), named)
        except UnicodeDecodeError:
            pass
    encoding = detect_encoding(data)
    if encoding is None:
        raise NotText(f"not valid UTF-8 (byte {invalid_at}) and no other encoding fits")
    return Decoded(_newlines(data.decode(encoding)), encoding, detected=True, invalid_at=invalid_at)


def detect_encoding(data: bytes) -> str | None:
    """The encoding ``charset-normalizer`` finds for ``data`` (see :data:`PREFERRED_ENCODINGS`), or ``None``."""
    from charset_normalizer import from_bytes  # imported here: most inputs are UTF-8 and never need it

    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    least_chaos = min(result.chaos for result in results)
    fitting = {name for result in results if result.chaos <= least_chaos for name in result.could_be_from_charset}
    for preferred in PREFERRED_ENCODINGS:
        if preferred in fitting:
            return preferred
    return str(best.encoding)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return DECLARED_ALIASES.get(name, name)


def _looks_binary(probe: bytes) -> bool:
    if b"\x00" in probe:
        return True
    controls = len(probe.translate(None, delete=_NOT_CONTROL))
    return bool(probe) and controls / len(probe) > CONTROL_LIMIT


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
