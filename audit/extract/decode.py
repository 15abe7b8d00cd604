"""Reading an article file: bytes -> text, whatever encoding a newsroom's tools left behind.

Offsets in a claims file count characters of the text this returns, so nothing is stripped or
normalised (CRLF stays CRLF); only a byte-order mark, which belongs to the encoding, is dropped.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from audit.errors import InputError

_SAMPLE = 64 * 1024
# Control characters that do not occur in text (tab, newlines, form feed and escape aside).
_CONTROL = bytes(range(0, 9)) + bytes([11]) + bytes(range(14, 27)) + bytes(range(28, 32))


def read_article(path: str | Path) -> str:
    """The text of an article file; InputError if it is binary or unreadable."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(
            f"cannot read the article: {error.strerror or error}", path=str(path)
        ) from None
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, where: str = "<input>") -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", where)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", where)
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        encoding = _bomless_utf16(sample)
        if encoding is None:
            raise InputError("is not a text file (it contains NUL bytes)", path=where)
        return _strict(data, encoding, where)
    if sample and sum(sample.count(bytes([c])) for c in _CONTROL) > len(sample) // 100 + 2:
        raise InputError("is not a text file (too many control characters)", path=where)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 is what "Latin-1" files from newsroom tools usually are (curly quotes).
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a byte-order mark puts a NUL in every other byte of ASCII text."""
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"is not a text file (invalid {encoding} at byte {error.start})", path=where
        ) from None
