"""Strict shape checks for data files: unknown keys, missing keys and wrong types are errors.

Every check raises an InputError placed at the offending key or value, saying what was expected.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from audit.claims.yamlsource import Mapping, Sequence
from audit.lazy_regex import compile_later

IDENTIFIER = compile_later(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


def mapping(
    value: Any, what: str, parent: Mapping | Sequence | None = None, key: str | int | None = None
) -> Mapping:
    if not isinstance(value, Mapping):
        raise _error(
            parent, key, f"{what} must be a mapping of keys to values, not {_describe(value)}"
        )
    return value


def sequence(
    value: Any, what: str, parent: Mapping | Sequence | None = None, key: str | int | None = None
) -> Sequence:
    if not isinstance(value, Sequence):
        raise _error(parent, key, f"{what} must be a list, not {_describe(value)}")
    return value


def keys(data: Mapping, what: str, required: Iterable[str], optional: Iterable[str]) -> None:
    required = list(required)
    allowed = set(required) | set(optional)
    for key in data:
        if key not in allowed:
            raise data.error(
                f"unknown key {key!r} in {what}; expected one of: " + ", ".join(sorted(allowed)),
                key,
            )
    for key in required:
        if key not in data:
            raise data.error(f"{what} is missing the required key {key!r}")


def text(data: Mapping, key: str, what: str, default: str | None = None) -> str | None:
    value = data.get(key, default)
    if value is None:
        return default
    if isinstance(value, (Mapping, Sequence, bool)):
        raise data.error(f"{key!r} of {what} must be text, not {_describe(value)}", key)
    return str(value)


def identifier(data: Mapping, key: str, what: str) -> str:
    value = text(data, key, what)
    if value is None or not IDENTIFIER.match(value):
        raise data.error(
            f"{key!r} of {what} must be an identifier (letters, digits, _ . -), not {value!r}", key
        )
    return value


def choice(data: Mapping, key: str, what: str, options: Iterable[str], default: str) -> str:
    options = list(options)
    value = text(data, key, what, default) or default
    if value not in options:
        raise data.error(
            f"{key!r} of {what} must be one of {', '.join(options)}, not {value!r}", key
        )
    return value


def _error(parent: Mapping | Sequence | None, key: str | int | None, message: str):
    from audit.errors import InputError

    if isinstance(parent, Mapping):
        return parent.error(message, key if isinstance(key, str) else None)
    if isinstance(parent, Sequence):
        return parent.error(message, key if isinstance(key, int) else None)
    return InputError(message)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, Sequence):
        return "a list"
    return repr(value)
