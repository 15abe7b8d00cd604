"""Phrasings as data: one YAML file per phrasing, compiled once into a pattern over typed slots.

A phrasing file (audit/extract/phrasings/*.yaml) reads:

    id: change.rate_then_change            # must be the file name without .yaml
    kind: change                           # a relation kind (`audit kinds`)
    confidence: high                       # high | medium | low
    pattern: "{amount:end}, up {rate:rate} or {amount:change} from a year earlier"
    negate: []                             # roles written as a fall ("down 4%"): stored negative
    examples:
      links:                               # each must yield exactly this relation
        - text: "Sales were 50,000 cars, up 25% or 10,000 from a year earlier."
          roles: {end: "50,000 cars", rate: "25%", change: "10,000"}
      none:                                # each must yield no relation of this phrasing
        - "Sales were 50,000 cars, up 25% on a year earlier."

The pattern is a regular expression over the sentence with its figures masked, written as
text: a space matches any run of spaces, and these slots stand for things:

    {amount:ROLE}  a money amount, measure or count filling ROLE ({amount} alone: unnamed)
    {rate:ROLE}    a percentage;  {pp:ROLE} percentage points;  {multiple:ROLE} "N times"
    {year}         a year;        {words:N} up to N words (each after its space) with no
                   figure or punctuation among them: write "{amount:end}{words:3}, up"

A figure restated in another currency right after an amount ("10 billion yuan ($1.4
billion)") is allowed after every amount slot. Matching is case-insensitive and linear: each
sentence is masked once and every phrasing runs over it once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from audit.claims.kinds import KINDS

FOLDER = Path(__file__).with_name("phrasings")
# The C loader when PyYAML has it: the phrasings are read on every run of the gate.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CONFIDENCES = ("high", "medium", "low")
_OPEN, _CLOSE = "\x02", "\x03"
# The type letter each figure kind is masked with, and the letters each slot type accepts.
_KIND_LETTER = {
    "money": "A",
    "measure": "A",
    "number": "A",
    "percent": "R",
    "pp": "P",
    "multiple": "M",
    "bp": "B",
}
_SLOT_LETTERS = {"amount": "A", "rate": "R", "pp": "P", "multiple": "M"}
_CONVERTED = rf"(?:\s*\(\s*{_OPEN}\d+C{_CLOSE}\s*\))?"
_SLOT = re.compile(r"\{(amount|rate|pp|multiple|year|words)(?::([a-z_]+|\d+))?\}")
_KEYS = {"id", "kind", "confidence", "pattern", "negate", "examples", "note"}


class PhrasingError(ValueError):
    """A phrasing file that cannot be compiled (named with its problem)."""


@dataclass(frozen=True)
class Phrasing:
    id: str
    kind: str
    confidence: str
    pattern: str
    regex: re.Pattern
    roles: tuple[str, ...]
    negate: tuple[str, ...] = ()
    links: tuple[dict, ...] = ()
    none: tuple[str, ...] = ()
    note: str | None = None


@dataclass
class Match:
    phrasing: Phrasing
    roles: dict[str, Any] = field(default_factory=dict)  # role -> the Draft filling it


def compile_pattern(pattern: str) -> tuple[re.Pattern, tuple[str, ...]]:
    """The regular expression of a pattern over masked text, and the roles it fills."""
    out, roles, last = [], [], 0
    for slot in _SLOT.finditer(pattern):
        out.append(_literal(pattern[last : slot.start()]))
        kind, arg = slot.group(1), slot.group(2)
        if kind == "year":
            out.append(r"(?:19|20)\d\d")
        elif kind == "words":
            out.append(rf"(?:\s+[^\s{_OPEN}{_CLOSE},;:()]+){{0,{int(arg or 3)}}}?")
        else:
            if arg is not None and not arg.isidentifier():
                raise PhrasingError(f"slot {slot.group()} needs a role name")
            if arg in roles:
                raise PhrasingError(f"role {arg!r} is filled twice")
            number = rf"(?P<{arg}>\d+)" if arg else r"\d+"
            out.append(f"{_OPEN}{number}{_SLOT_LETTERS[kind]}{_CLOSE}")
            if kind == "amount":
                out.append(_CONVERTED)
            if arg:
                roles.append(arg)
        last = slot.end()
    out.append(_literal(pattern[last:]))
    try:
        return re.compile("".join(out), re.IGNORECASE), tuple(roles)
    except re.error as error:
        raise PhrasingError(f"pattern is not a valid expression ({error})") from None


def _literal(text: str) -> str:
    # Spaces stretch to any run of spaces; a comma, colon or semicolon may have spaces before it.
    text = re.sub(r"\s*([,;:])", r"\\s*\1", text)
    return re.sub(r" +", r"\\s+", text)


def load(path: Path) -> Phrasing:
    """A phrasing file, checked: its id is its file name, its kind and roles exist."""
    where = path.name
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # a safe loader
    if not isinstance(data, dict):
        raise PhrasingError(f"{where}: a phrasing file is a mapping")
    unknown = set(data) - _KEYS
    if unknown:
        raise PhrasingError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    if data.get("id") != path.stem:
        raise PhrasingError(f"{where}: id {data.get('id')!r} is not the file name")
    kind = data.get("kind")
    if kind not in KINDS:
        raise PhrasingError(f"{where}: unknown kind {kind!r}")
    confidence = data.get("confidence", "high")
    if confidence not in CONFIDENCES:
        raise PhrasingError(f"{where}: confidence must be one of {', '.join(CONFIDENCES)}")
    try:
        regex, roles = compile_pattern(str(data.get("pattern", "")))
    except PhrasingError as error:
        raise PhrasingError(f"{where}: {error}") from None
    known = set(KINDS[kind].role_names)
    if not roles or set(roles) - known:
        raise PhrasingError(f"{where}: roles {sorted(set(roles) - known)} are not roles of {kind}")
    negate = tuple(data.get("negate") or ())
    if set(negate) - set(roles):
        raise PhrasingError(f"{where}: negate names a role the pattern does not fill")
    examples = data.get("examples") or {}
    links, none = tuple(examples.get("links") or ()), tuple(examples.get("none") or ())
    if not links:
        raise PhrasingError(f"{where}: a phrasing needs at least one example that links")
    return Phrasing(
        path.stem,
        kind,
        confidence,
        str(data["pattern"]),
        regex,
        roles,
        negate,
        links,
        none,
        data.get("note"),
    )


@lru_cache(maxsize=4)
def load_all(folder: Path = FOLDER) -> tuple[Phrasing, ...]:
    """Every phrasing of a folder, in file-name order (read once per process)."""
    return tuple(load(path) for path in sorted(folder.glob("*.yaml")))


def mask(text: str, drafts: list, converted: set[str]) -> str:
    """The sentence of `drafts` with each figure replaced by its index and type letter."""
    sentence = drafts[0].sentence
    out, last = [], sentence.start
    for index, draft in enumerate(drafts):
        start = (
            draft.found.qualifier_start
            if draft.found.qualifier_start is not None
            else draft.found.start
        )
        if start < last:
            continue
        letter = "C" if draft.id in converted else _KIND_LETTER.get(draft.kind, "X")
        out.append(text[last:start])
        out.append(f"{_OPEN}{index}{letter}{_CLOSE}")
        last = draft.found.end
    out.append(text[last : sentence.end])
    return "".join(out)


def matches(
    text: str, drafts: list, converted: set[str], phrasings: tuple[Phrasing, ...] | None = None
) -> list[Match]:
    """Every phrasing match in the sentence of `drafts` (the facts of one sentence)."""
    masked = mask(text, drafts, converted)
    found = []
    for phrasing in load_all() if phrasings is None else phrasings:
        for hit in phrasing.regex.finditer(masked):
            found.append(
                Match(phrasing, {role: drafts[int(hit.group(role))] for role in phrasing.roles})
            )
    return found
