"""A cache of read rule files, so that a gate does not parse the same YAML at every start.

Composing YAML into positioned values was most of loading the shipped rules. What is cached is
that data (audit.claims.yamlsource's Mapping / Sequence / scalars with their lines and columns)
as JSON, never code and never a built rule: every rule is still built and checked from it, so
an error in a rule file reads exactly as it does without the cache.

An entry holds only when its file has the same path, modification time and size, and the cache
was written by the same tool version reading YAML the same way (the stamp); anything else, a
cache that cannot be read or parsed or that holds the wrong shapes included, is ignored and the
file is read again. The cache is one JSON file per stamp under the user's cache folder, so two
installs of the tool (a pre-commit hook's and a checkout's) do not replace each other's at every
run; it is replaced whole through a file beside it, so a reader never sees half of one.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path
from typing import Any

from audit.claims import yamlsource
from audit.claims.yamlsource import Mapping, Sequence
from audit.reference.user_cache import cache_dir


def file_name(stamp: str | None = None) -> str:
    """The cache file of a stamp (default: this install's)."""
    return f"rules-{zlib.crc32((stamp or _stamp()).encode('utf-8', 'surrogatepass')):08x}.json"


def _stamp() -> str:
    """What the cached data depends on besides the file: the tool, PyYAML, the YAML reader."""
    import yaml

    from audit import __version__

    reader = os.stat(yamlsource.__file__)
    return f"{__version__}/{yaml.__version__}/{reader.st_mtime_ns}/{reader.st_size}"


def _key(path: Path) -> tuple[str, list[int]]:
    # The absolute path, not the resolved one: resolving looks up every folder on the way at
    # each start, and the time and size already tell a changed file.
    stat = os.stat(path)
    return os.path.abspath(path), [stat.st_mtime_ns, stat.st_size]


class RuleFileCache:
    """Read through: `load(path)` gives the file's data, from the cache while it holds."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder if folder is not None else cache_dir()
        self.stamp = _stamp()
        self.file = folder / file_name(self.stamp) if folder is not None else None
        self.entries = self._read()
        self.changed = False

    def _read(self) -> dict[str, Any]:
        if self.file is None:
            return {}
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, unreadable, or not JSON
            return {}
        if not isinstance(data, dict) or data.get("stamp") != self.stamp:
            return {}
        entries = data.get("files")
        return entries if isinstance(entries, dict) else {}

    def load(self, path: Path) -> Any:
        try:
            name, stat = _key(path)
        except OSError:
            return yamlsource.load(path)  # says why the file cannot be read
        entry = self.entries.get(name)
        if isinstance(entry, dict) and entry.get("stat") == stat:
            try:
                return _decode(entry["data"], str(path))
            except (KeyError, TypeError, ValueError, RecursionError):
                pass  # not the shapes this module writes: read the file
        data = yamlsource.load(path)
        self.entries[name] = {"stat": stat, "data": _encode(data)}
        self.changed = True
        return data

    def save(self) -> None:
        """Write the cache if a file was read; a cache that cannot be written is done without."""
        if self.file is None or not self.changed:
            return
        staged = self.file.with_name(f".{self.file.name}.{os.getpid()}")
        # Files gone since they were cached (a temporary rules folder) are forgotten.
        self.entries = {name: e for name, e in self.entries.items() if os.path.exists(name)}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            staged.write_text(
                json.dumps({"stamp": self.stamp, "files": self.entries}), encoding="utf-8"
            )
            os.replace(staged, self.file)
        except OSError:
            with contextlib.suppress(OSError):
                staged.unlink(missing_ok=True)


# A mapping is ["m", line, column, [key, line, column, value, ...]], a sequence
# ["s", line, column, [line, column, item, ...]]; scalars (str, int, bool, None) stand as
# themselves. Positions may be null (JSON read without YAML's).


def _encode(value: Any) -> Any:
    if isinstance(value, Mapping):
        flat: list[Any] = []
        for key, item in value.items():
            flat.extend((key, *value.key_marks.get(key, (None, None)), _encode(item)))
        return ["m", value.line, value.column, flat]
    if isinstance(value, Sequence):
        flat = []
        for index, item in enumerate(value):
            marks = value.item_marks[index] if index < len(value.item_marks) else (None, None)
            flat.extend((*marks, _encode(item)))
        return ["s", value.line, value.column, flat]
    return value


def _decode(value: Any, path: str) -> Any:
    # A place (line or column) is an int or None, never a bool; the checks are written inline,
    # as this runs for every node of every cached rule file at each start of a gate.
    if type(value) is not list:
        if value is None or isinstance(value, (str, int, bool)):
            return value
        raise ValueError("not a cached scalar")
    kind, line, column, flat = value
    if not (
        type(flat) is list
        and (line is None or type(line) is int)
        and (column is None or type(column) is int)
    ):
        raise ValueError("not a cached node")
    if kind == "m":
        mapping = Mapping()
        mapping.path, mapping.line, mapping.column = path, line, column
        marks: dict[str, Any] = {}
        mapping.key_marks = marks
        for index in range(0, len(flat), 4):
            key, key_line, key_column, item = flat[index : index + 4]
            if not (
                type(key) is str
                and (key_line is None or type(key_line) is int)
                and (key_column is None or type(key_column) is int)
            ):
                raise ValueError("not a cached key")
            marks[key] = (key_line, key_column)
            mapping[key] = _decode(item, path)
        return mapping
    if kind == "s":
        items = Sequence()
        items.path, items.line, items.column = path, line, column
        item_marks: list[Any] = []
        items.item_marks = item_marks
        for index in range(0, len(flat), 3):
            item_line, item_column, item = flat[index : index + 3]
            if not (
                (item_line is None or type(item_line) is int)
                and (item_column is None or type(item_column) is int)
            ):
                raise ValueError("not a cached place")
            item_marks.append((item_line, item_column))
            items.append(_decode(item, path))
        return items
    raise ValueError("not a cached node")
