"""Read YAML and JSON data files safely, keeping the line and column of every value.

Files are composed into nodes with PyYAML's safe machinery and turned into plain values here, so
nothing in a file can construct an object, duplicate keys are caught, and a plain `7.80` keeps
its written digits (a float would read 7.8 and lose the stated precision).

Resources are bounded: a file over MAX_BYTES is refused, and so is any YAML alias (`*name`):
claims, rule and reference files never need one, and expanding them is how a 1 KB file asks
for gigabytes. JSON is read by the json module (YAML's composer refuses valid JSON such as
escaped surrogate pairs), then given the lines YAML finds when YAML can read it.
"""

from __future__ import annotations

from collections import abc
from pathlib import Path
from typing import Any

import yaml

from audit.errors import InputError

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_BYTES = 64 * 1024 * 1024
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
BOOL_TAG = "tag:yaml.org,2002:bool"
NULL_TAG = "tag:yaml.org,2002:null"
# The only tags a data file may carry: plain scalars, lists and mappings. Anything else
# (!!python/..., local !tags) is refused before it could mean anything.
ALLOWED_TAGS = {
    INT_TAG,
    FLOAT_TAG,
    BOOL_TAG,
    NULL_TAG,
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:merge",
}


class Mapping(dict):
    """A dict that remembers where it and each of its keys stand in the file."""

    # A long article's draft holds a few hundred thousand of these: no __dict__ for each.
    __slots__ = ("column", "key_marks", "line", "path")
    path: str
    line: int | None
    column: int | None
    key_marks: abc.Mapping[str, tuple[int, int]]

    def where(self, key: str | None = None) -> tuple[int | None, int | None]:
        if key is not None and key in self.key_marks:
            return self.key_marks[key]
        return self.line, self.column

    def error(self, message: str, key: str | None = None) -> InputError:
        line, column = self.where(key)
        return InputError(message, self.path, line, column)


class Sequence(list):
    """A list that remembers where each item stands."""

    __slots__ = ("column", "item_marks", "line", "path")
    path: str
    line: int | None
    column: int | None
    item_marks: abc.Sequence[tuple[int | None, int | None]]

    def error(self, message: str, index: int | None = None) -> InputError:
        line, column = (
            self.item_marks[index]
            if index is not None and index < len(self.item_marks)
            else (self.line, self.column)
        )
        return InputError(message, self.path, line, column)


def read_text(path: Path) -> str:
    """The file's text, or an InputError saying why it is not readable text."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"the file is larger than {MAX_BYTES // 2**20} MB", str(path))
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", str(path)) from None
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("not a text file (it contains NUL bytes)", str(path))
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            if encoding == "utf-8-sig" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise InputError("not UTF-8 text", str(path)) from None
    if not text.strip():
        raise InputError("the file is empty", str(path))
    return text


def load(path: Path) -> Any:
    """The data in a YAML or JSON file, as Mapping / Sequence / scalars with positions."""
    return loads(read_text(path), str(path), json_syntax=path.suffix.lower() == ".json")


def loads(text: str, name: str, json_syntax: bool = False) -> Any:
    """The data in YAML (or JSON) text; `name` is the file named in error messages."""
    if json_syntax:
        import json  # its scanner's regexes cost a claims-file gate that reads YAML

        try:
            # Floats stay strings: "7.80" in JSON states a precision too.
            data = json.loads(text, parse_float=str, object_pairs_hook=_unique_pairs)
        except json.JSONDecodeError as error:
            raise InputError(
                f"invalid JSON: {error.msg}", name, error.lineno, error.colno
            ) from None
        except RecursionError:
            raise InputError("the data is nested too deeply", name) from None
        except InputError as error:
            raise error.located(name) from None
        try:
            return _compose(text, name)
        except InputError:
            return from_data(data, name)  # valid JSON that YAML cannot compose: no positions
    return _compose(text, name)


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InputError(f"duplicate key {key!r}")
        result[key] = value
    return result


# Drafted data has no positions: its many mappings share one empty set of marks (typed
# read-only; a plain dict, not a mappingproxy, so that trees still pickle).
_NO_MARKS: abc.Mapping[str, tuple[int, int]] = {}


def from_data(data: Any, name: str) -> Any:
    """Plain dicts and lists (from json, or drafted by extraction) as Mapping / Sequence.

    They have no position in a file: errors in them name the file only, and a caller that
    knows better (extraction knows each claim's place in the article) places them itself.
    """
    if isinstance(data, dict):
        result = Mapping({str(key): from_data(value, name) for key, value in data.items()})
        result.path, result.line, result.column, result.key_marks = name, None, None, _NO_MARKS
        return result
    if isinstance(data, list):
        items = Sequence([from_data(item, name) for item in data])
        items.path, items.line, items.column, items.item_marks = name, None, None, ()
        return items
    if isinstance(data, float):  # only a caller's own data holds floats; keep the digits
        return repr(data)
    return data


def _compose(text: str, name: str) -> Any:
    try:
        node = yaml.compose(text, Loader=_Loader)
    except RecursionError:
        raise InputError("the data is nested too deeply", name) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        raise InputError(
            f"invalid YAML: {problem}",
            name,
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as error:
        raise InputError(f"invalid YAML: {error}", name) from None
    if node is None:
        raise InputError("the file holds no data", name)
    try:
        return _convert(node, name, set())
    except RecursionError:
        raise InputError("the data is nested too deeply", name) from None


def _convert(node: yaml.Node, path: str, seen: set[int]) -> Any:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if id(node) in seen:
        # The composer hands back an aliased node as the very same object.
        raise InputError("YAML aliases (*name) are not allowed in data files", path, line, column)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) or node.value:
        seen.add(id(node))
    if node.tag not in ALLOWED_TAGS:
        raise InputError(f"YAML tag {node.tag} is not allowed in data files", path, line, column)
    if isinstance(node, yaml.MappingNode):
        result = Mapping()
        result.path, result.line, result.column = path, line, column
        result.key_marks = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise InputError(
                    "YAML merge keys (<<) are not supported",
                    path,
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
            key = _convert(key_node, path, seen)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                raise InputError(
                    f"duplicate key {key!r}",
                    path,
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
            result.key_marks[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _convert(value_node, path, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = Sequence()
        items.path, items.line, items.column = path, line, column
        items.item_marks = []
        for item in node.value:
            items.item_marks.append((item.start_mark.line + 1, item.start_mark.column + 1))
            items.append(_convert(item, path, seen))
        return items
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    if node.style is None or node.style == "":
        if node.tag == INT_TAG:
            try:
                return int(node.value.replace("_", ""), 0)
            except ValueError:
                return node.value
        if node.tag == BOOL_TAG:
            return node.value.lower() in ("true", "yes", "on")
        if node.tag == NULL_TAG:
            return None
    # Floats, dates and strings keep their written text: precision lives in the digits.
    return node.value
