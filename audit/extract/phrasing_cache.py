"""The phrasings as last built, kept between runs, so that a one-article check does not read
and translate two hundred phrasing files at every start.

Building a phrasing (reading its YAML, translating its pattern into an expression over masked
text, finding the words and figures it needs) took a one-article `audit check` about a fifth of
its time. What is kept is each built phrasing's fields as JSON: strings, numbers and lists of
them, never code. It holds only for the same phrasing files (names and bytes) built by the same
tool files: a stamp made of the tool's version and the modification time and size of every
module of the package, so an edited module or phrasing file is built again.
Anything else, a cache that cannot be read or holds the wrong shapes included, is ignored and
the files are built as without it; an error in a phrasing file reads the same either way,
because a file with an error is never cached.

One JSON file per phrasings folder under the user's cache folder, replaced whole through a file
beside it, so a reader never sees half of one and two installs do not share one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import zlib
from pathlib import Path
from typing import Any

from audit.reference.user_cache import cache_dir

_PACKAGE = Path(__file__).resolve().parent.parent


def _stamp(folder: Path) -> list[Any]:
    """What the built phrasings depend on: the tool, its modules, the phrasing files."""
    from audit import __version__

    files = []
    for base, _, names in os.walk(_PACKAGE):
        for name in names:
            if name.endswith(".py"):
                stat = os.stat(os.path.join(base, name))
                files.append(stat.st_mtime_ns ^ stat.st_size)
    tool = zlib.crc32(repr(sorted(files)).encode())
    # The phrasing files by their bytes, not their times: a file rewritten within the clock's
    # step (a test's) is still told apart, and reading them costs little beside parsing them.
    phrasings = 0
    for path in sorted(folder.glob("*.yaml")):
        phrasings = zlib.crc32(path.read_bytes(), zlib.crc32(path.name.encode(), phrasings))
    return [__version__, tool, phrasings]


def _cache_file(folder: Path) -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    where = zlib.crc32(os.path.abspath(folder).encode("utf-8", "surrogatepass"))
    return base / f"phrasings-{where:08x}.json"


def cached(folder: Path, build: Any, phrasing_type: type) -> tuple[Any, ...]:
    """The folder's phrasings: from the cache while it holds, else `build(folder)`, kept."""
    try:
        stamp = _stamp(folder)
    except OSError:
        return build(folder)
    file = _cache_file(folder)
    if file is not None:
        kept = _read(file, stamp, phrasing_type)
        if kept is not None:
            return kept
    built = build(folder)
    if file is not None:
        _write(file, stamp, built)
    return built


def _read(file: Path, stamp: list[Any], phrasing_type: type) -> tuple[Any, ...] | None:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, unreadable, or not JSON
        return None
    if not isinstance(data, dict) or data.get("stamp") != stamp:
        return None
    try:
        return tuple(_decode(fields, phrasing_type) for fields in data["phrasings"])
    except (KeyError, TypeError, ValueError):
        return None  # not the shapes this module writes: build again


def _write(file: Path, stamp: list[Any], built: tuple[Any, ...]) -> None:
    staged = file.with_name(f".{file.name}.{os.getpid()}")
    data = {"stamp": stamp, "phrasings": [_encode(phrasing) for phrasing in built]}
    try:
        text = json.dumps(data)
    except (TypeError, ValueError):  # an example JSON cannot hold (a YAML date): no cache
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        staged.write_text(text, encoding="utf-8")
        os.replace(staged, file)
    except OSError:  # a cache that cannot be written is done without
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)


def _encode(phrasing: Any) -> dict[str, Any]:
    out = {}
    for field in dataclasses.fields(phrasing):
        value = getattr(phrasing, field.name)
        if field.name == "needs":
            value = [sorted(words) for words in value]
        out[field.name] = value
    return out


# How each field comes back from JSON: lists become the tuples (and sets) the dataclass holds.
def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("not a list of strings")
    return tuple(value)


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise ValueError("not a list of pairs")
    return tuple(_two(_strings(pair)) for pair in value)


def _two(pair: tuple[str, ...]) -> tuple[str, str]:
    if len(pair) != 2:
        raise ValueError("not a pair")
    return pair[0], pair[1]


def _needs(value: Any) -> tuple[frozenset[str], ...]:
    if not isinstance(value, list):
        raise ValueError("not a list of needs")
    return tuple(frozenset(_strings(words)) for words in value)


def _mappings(value: Any) -> tuple[dict, ...]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError("not a list of examples")
    return tuple(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not a string")
    return value


def _text_or_none(value: Any) -> str | None:
    return None if value is None else _text(value)


def _whole(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("not a whole number")
    return value


def _flag(value: Any) -> bool:
    if type(value) is not bool:
        raise ValueError("not true or false")
    return value


_DECODE = {
    "id": _text,
    "kind": _text,
    "confidence": _text,
    "pattern": _text,
    "expression": _text,
    "roles": _strings,
    "negate": _strings,
    "links": _mappings,
    "none": _strings,
    "note": _text_or_none,
    "slots": _pairs,
    "signed": _strings,
    "qualify": _pairs,
    "fill": _pairs,
    "sentences": _whole,
    "needs": _needs,
    "each": _text_or_none,
    "points": _strings,
    "reading": _text_or_none,
    "figures": _strings,
    "by_size": _strings,
    "one_period": _flag,
    "free": _strings,
}


def _decode(fields: Any, phrasing_type: type) -> Any:
    if not isinstance(fields, dict) or set(fields) != set(_DECODE):
        raise ValueError("not a cached phrasing")
    return phrasing_type(**{name: _DECODE[name](value) for name, value in fields.items()})
