"""The official SARIF 2.1.0 schema (tests/data), and a validator that also checks its URIs.

jsonschema checks the "uri" and "uri-reference" formats only with optional packages; the
checks here stand in for them, so a path with a space or a backslash fails as it would in
a code-scanning upload.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
# RFC 3986: unreserved, reserved and percent-encoded characters only.
_URI_CHARS = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


def _uri_reference(value: object) -> bool:
    return not isinstance(value, str) or _URI_CHARS.fullmatch(value) is not None


def _uri(value: object) -> bool:
    return not isinstance(value, str) or (
        _uri_reference(value) and _SCHEME.match(value) is not None
    )


@cache
def validator() -> Draft4Validator:
    checker = FormatChecker()
    checker.checks("uri-reference")(_uri_reference)
    checker.checks("uri")(_uri)
    return Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")), format_checker=checker)


def assert_valid(log: dict) -> None:
    """Fail with every schema error, each with its JSON path."""
    errors = sorted(validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:20]
    )


def valid_sarif(text: str) -> dict:
    """The SARIF log in `text`, after checking it against the schema."""
    log = json.loads(text)
    assert_valid(log)
    return log
