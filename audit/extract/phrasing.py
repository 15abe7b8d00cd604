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
    {ratio:ROLE}   a share written "N in M" ("one in five"), which {rate} also takes
    {points:ROLE}  percentage points, or bare points ("1.3 points a year faster" after two
                   rates), written into the claims file as percentage points
    {rate/year:ROLE}, {amount/day:ROLE}  a figure written per year, per day ("6% a year", also
                   "6% a year on average", which the parser leaves bare); one of several
                   periods: {amount/week|month:ROLE}
    {amounts:ROLE} a list of two or more amounts ("300 in A, 200 in B and 100 in C"), each
                   with up to four words after it; the role takes them all
    {year}         a year;  {year:first} / {year:last} also give the relation its span of years
    {span}         a number of years counted back from the figures' year ("the past five
                   years", "the last 10 years", "the past decade"): the relation's span
    {words:N}      up to N words (each after its space) with no figure or punctuation among
                   them: write "{amount:end}{words:3}, up"
    {uncompared}   right before a slot: its figure is not one set against another ("against
                   S", "versus S", "compared to S"), as an earlier level or benchmark is

A role the kind fills with a list (`parts`, `levels`, `rates`) may be named by several slots,
in order. Optional keys say how a figure is written into the claims file:

    signed: [rates]           each figure of these roles written after a fall word ("fell 2%",
                              "down", "narrowed") is stored with a minus sign
    qualify: {bound: at least}  a figure of this role with no qualifier of its own is stored
                              as a value with this qualifier ("topped 1 million": at least)
    fill: {days: "365"}       a role filled with this value, not from the sentence
    sentences: 2              the pattern may run on into the next sentence
    each: value               a role the kind fills with one figure, named by a list slot: one
                              relation for each figure ("topped 2 trillion, at A, B and C
                              respectively": three bounds)
    reading: to               of a kind whose phrase can be read two ways (a multiple: "by" or
                              "to"), the one these words say ("three times the 1.2 million")
    one_period: true          the figures are of one period: a match whose figures are of two
                              (a share in 2022, the rest in 2023) is no relation
    free: [parts]             roles whose figures the relations after it may still use ("with
                              exports rising 6% to A": A is a part of the trade total and
                              the end of its own growth); a bound's value and an order's two
                              levels are always free
    by_size: [higher, lower]  two roles the words do not tell apart ("A polled 41% and B 35%,
                              a six-point lead": the lead is the larger's, whoever holds it):
                              the larger figure fills the first, the smaller the second

A figure restated in another currency right after an amount ("10 billion yuan ($1.4
billion)") is allowed after every amount slot; where the kind compares that amount with one
in the restatement's currency ("..., ahead of B's $1.2 billion"), the restatement fills the
role, so both sides are read in one currency. Matching is case-insensitive and linear: each
sentence is masked once and every phrasing runs over it once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from audit.claims.claims_file import CONFIDENCES
from audit.claims.kinds import KINDS
from audit.extract import phrasing_cache
from audit.extract.relations_evidence import periods_differ
from audit.lazy_regex import compile_later
from audit.vocabulary import FRACTION_WORDS, QUALIFIERS, SMALL_WORDS

FOLDER = Path(__file__).with_name("phrasings")
# The C loader when PyYAML has it: the phrasings are read on every run of the gate.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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
# Bare points ("1.3 points") are a level on an index's scale to the parser; a phrasing whose
# rates make them percentage points says so with a {points} slot.
_POINTS_LETTER = "I"
# A share written as "one in five" is a rate to every {rate} slot, and a {ratio} slot takes
# only such a share ("1 in 4 homes, or 25%": the same share written twice).
_RATIO_LETTER = "Q"
_SLOT_LETTERS = {
    "amount": "[AI]",
    "amounts": "[AI]",
    "rate": "[RQ]",
    "ratio": "Q",
    "pp": "P",
    "points": "[PI]",
    "multiple": "M",
}
_PER = r"(?:/[a-z]+)?"  # "/year" after the letter: a figure written "a year", "per day"
_CONVERTED = rf"(?:\s*\(\s*{_OPEN}\d+C{_PER}{_CLOSE}\s*\))?"
_SLOT = compile_later(
    r"\{(amounts|amount|ratio|rate|pp|points|multiple|year|span|words|uncompared)"
    r"(?:/([a-z]+(?:\|[a-z]+)*))?(?::([a-z_]+|\d+))?\}"
)
_TOKEN = compile_later(rf"{_OPEN}(\d+)([A-Z]){_PER}{_CLOSE}")
# {uncompared}: the figure after it is not one set against another ("against S", "versus S",
# "compared to S", "from the S", "than the S"): such a figure is an earlier level or a
# benchmark, never a change's end.
_UNCOMPARED = (
    r"(?<!\bagainst\s)(?<!\bversus\s)(?<!\bcompared\sto\s)(?<!\bcompared\swith\s)"
    r"(?<!\bfrom\s)(?<!\bfrom\sthe\s)(?<!\bthan\s)(?<!\bthan\sthe\s)"
)
# The rest of a slot's token, then its figure's restatement in another currency.
_RESTATED = compile_later(rf"[A-Z]{_PER}{_CLOSE}\s*\(\s*{_OPEN}(\d+)C{_PER}{_CLOSE}\s*\)")
_WORD_CHARS = rf"[^\s{_OPEN}{_CLOSE},;:()]+"
_WORD = rf"\s+{_WORD_CHARS}"
# One amount of a list, with up to four words after it ("300 in the north"), then the next.
_ITEM = rf"{_OPEN}\d+[AI]{_PER}{_CLOSE}{_CONVERTED}(?:\s+(?!and\b){_WORD_CHARS}){{0,4}}"
_AMOUNTS = rf"{_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ITEM})+"
# The words that make the figure after them a fall: "fell 2%", "down 3%", "narrowed 5%".
_FALL = compile_later(
    r"\b(?:fell|fall(?:en|ing|s)?|drop(?:ped|ping|s)?|declin(?:ed|ing|es?)|decreas(?:ed|ing|es?)"
    r"|down|shr[ai]nk(?:ing|s)?|shrunk|contract(?:ed|ing|s)?|narrow(?:ed|ing|s)?|slid|slipped"
    r"|lost|plung(?:ed|ing)|slump(?:ed|ing))\b",
    re.I,
)
# "a 3% drop", "an 11% year-on-year fall", "a 2.4 per cent (1,190) decline": the noun right
# after the figure names it a fall.
_FALL_AFTER = compile_later(
    rf"[^{_CLOSE}\s]*{_CLOSE}?\s*(?:\(\s*{_OPEN}[^{_CLOSE}]*{_CLOSE}\s*\)\s*)?"
    r"(?:(?:year-on-year|annual|yearly|monthly)\s+)?"
    r"(?:drop|fall|decline|decrease|reduction|contraction|slide|slump|dip|loss)\b",
    re.I,
)
_YEAR_ROLES = ("first", "last")
# A span of years counted back: small counts are spelled out in news, so they are not figures
# and stay text in the masked sentence; "decade" is ten; "a two-year average" counts two.
# The spelled counts of years a span may be written in ("over the past five years").
SPAN_WORDS = {w: n for w, n in SMALL_WORDS.items() if 2 <= n <= 30 and " " not in w}
SPAN_COUNT = "|".join(sorted(SPAN_WORDS, key=len, reverse=True))
# "10 years" written in digits is a figure, masked like any other: its draft says how many.
_SPAN = (
    rf"(?:(?P<span>{SPAN_COUNT})(?:\s+years|-year\b)|(?P<decade>decade)"
    rf"|{_OPEN}(?P<span_figure>\d+)A{_CLOSE})"
)
_KEYS = {
    "id",
    "kind",
    "confidence",
    "pattern",
    "negate",
    "signed",
    "qualify",
    "fill",
    "sentences",
    "each",
    "reading",
    "by_size",
    "one_period",
    "free",
    "examples",
    "note",
}


# The roles every phrasing of a kind leaves free for the relations after it: the exact figure
# a threshold bounds ("passed 10 billion, reaching 10.36 billion, up 7.2% from 9.66 billion")
# may still be a growth's end; the two levels an order compares ("E, up from S") are still a
# growth's end and start, a share's part or a sum's total.
_FREE_BY_KIND = {"bound": ("value",), "order": ("larger", "smaller")}


class PhrasingError(ValueError):
    """A phrasing file that cannot be compiled (named with its problem)."""


@dataclass(frozen=True)
class Phrasing:
    id: str
    kind: str
    confidence: str
    pattern: str
    expression: str  # the pattern as a regular expression over masked text
    roles: tuple[str, ...]
    negate: tuple[str, ...] = ()
    links: tuple[dict, ...] = ()
    none: tuple[str, ...] = ()
    note: str | None = None
    slots: tuple[tuple[str, str], ...] = ()  # (group name, role), in pattern order
    signed: tuple[str, ...] = ()
    qualify: tuple[tuple[str, str], ...] = ()
    fill: tuple[tuple[str, str], ...] = ()
    sentences: int = 1
    needs: tuple[frozenset[str], ...] = ()  # words the sentence must hold (see needs())
    each: str | None = None
    points: tuple[str, ...] = ()  # roles of {points} slots
    reading: str | None = None  # of a kind with readings: the one the words leave open
    figures: tuple[str, ...] = ()  # type letters of the figures it needs (see needed_figures())
    by_size: tuple[str, ...] = ()  # (larger role, smaller role), filled by size
    one_period: bool = False  # its figures must be of one period
    free: tuple[str, ...] = ()  # roles whose figures later relations may still use

    @cached_property
    def figure_counts(self) -> tuple[tuple[str, int], ...]:
        """The needed figures as (set of type letters, how many)."""
        return tuple(Counter(self.figures).items())

    @cached_property
    def regex(self) -> re.Pattern:
        # Compiled at first use: most sentences lack the words most phrasings need, and
        # compiling every phrasing up front cost a one-article check about a third of a second.
        try:
            return re.compile(self.expression, re.IGNORECASE)
        except re.error as error:
            raise PhrasingError(
                f"{self.id}.yaml: pattern is not a valid expression ({error})"
            ) from None


@dataclass
class Match:
    phrasing: Phrasing
    roles: dict[str, Any] = field(default_factory=dict)  # role -> the Draft (or Drafts) filling it
    falls: set[str] = field(default_factory=set)  # ids of figures written after a fall word
    period: str | None = None  # "first/last" from the pattern's year slots
    # A first year with no last ("up 11,200 from 2015"): the span starts there and ends at a
    # year the builder finds (the figures', the article's, the publication's).
    base: str | None = None
    years_back: int | None = None  # "over the past five years": the span ends at a year found
    # A count written per week or month in words ("10,000 swims a week"), whose value carries
    # no period: the kind's `per` role is filled with it ("1 week").
    counted_per: str | None = None

    @property
    def figures(self) -> list:
        """Every Draft the match uses, lists flattened."""
        out: list = []
        for value in self.roles.values():
            out.extend(value if isinstance(value, list) else [value])
        return out

    def filled(self) -> dict[str, Any] | None:
        """The roles as a claims file writes them: claim ids, or values where the phrasing
        says how (a fall, a qualifier, a constant); None when a fall cannot take a minus."""
        negate, signed = self.phrasing.negate, self.phrasing.signed
        qualify = dict(self.phrasing.qualify)
        out: dict[str, Any] = {}
        for role, value in self.roles.items():
            written = []
            for draft in value if isinstance(value, list) else [value]:
                if role in negate or (role in signed and draft.id in self.falls):
                    literal = negated(draft)
                    if literal is None:
                        return None  # a fall whose number cannot carry a minus sign
                    written.append(literal)
                elif role in self.phrasing.points and _bare_points(draft):
                    written.append({"value": as_points(draft), "claim": draft.id})
                elif role in qualify and draft.found.qualifier_start is None:
                    written.append({"value": f"{qualify[role]} {draft.value}", "claim": draft.id})
                else:
                    written.append(draft.id)
            out[role] = written if isinstance(value, list) else written[0]
        for role, value in self.phrasing.fill:
            out[role] = {"value": value}
        if self.counted_per:
            out["per"] = {"value": f"1 {self.counted_per}"}
        return out

    def relations(self, filled: dict[str, Any]) -> list[dict[str, Any]]:
        """The roles of each relation the match makes: one, or one per figure of `each`."""
        each = self.phrasing.each
        if each is None:
            return [filled]
        return [filled | {each: one} for one in filled[each]]


_FIRST_DIGIT = compile_later(r"[-−]?\d")


def as_points(draft: Any) -> str:
    """Bare points as percentage points, with their qualifier ("about 1.3 percentage points")."""
    return " ".join(filter(None, (draft.found.qualifier, draft.found.number, "percentage points")))


def negated(draft: Any) -> dict | None:
    """A fall as a negative literal: the minus goes on the number ("US$ -3.9 billion"); the
    claim it is written from is named, so that claim counts as checked."""
    digit = _FIRST_DIGIT.search(draft.value)
    if digit is None:
        value = _negated_fraction(draft.value) or _negated_words(draft)
    elif digit.group()[0] in "-−":
        return None
    else:
        value = f"{draft.value[: digit.start()]}-{draft.value[digit.start() :]}"
    return None if value is None else {"value": _bound_mirrored(value), "claim": draft.id}


# A bound on the size of a fall bounds its negative from the other side: "fell less than 1%"
# is more than -1%, "a drop of at least 5%" at most -5%.
_MIRRORED = {
    "more_than": "less than",
    "less_than": "more than",
    "at_least": "at most",
    "at_most": "at least",
}
_BOUND_WORDS = sorted((w for w, kind in QUALIFIERS.items() if kind in _MIRRORED), key=len)[::-1]


def _bound_mirrored(value: str) -> str:
    lowered = value.lower()
    for word in _BOUND_WORDS:
        if lowered.startswith(word + " "):
            return _MIRRORED[QUALIFIERS[word]] + value[len(word) :]
    return value


def _negated_words(draft: Any) -> str | None:
    """ "five percent" falling as "-5 percent": the grammar puts a sign on digits only, and a
    whole number in words is as exact as its digits."""
    found = getattr(draft, "found", None)
    words = getattr(found, "number", None)
    value = getattr(found, "value", None)
    if not words or value is None or words not in draft.value:
        return None
    if value != value.to_integral_value():
        return None
    return draft.value.replace(words, f"-{int(value)}", 1)


def _negated_fraction(value: str) -> str | None:
    """ "a third" falling as "-a third", "about half" as "about -half"."""
    words = value.split()
    for at in range(len(words)):
        if " ".join(words[at:]).lower() in FRACTION_WORDS:
            return " ".join([*words[:at], "-" + " ".join(words[at:])])
    return None


def compile_pattern(
    pattern: str, many: frozenset[str] = frozenset()
) -> tuple[re.Pattern, tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The regular expression of a pattern over masked text, the roles it fills and its
    slots as (group name, role); a role in `many` may be named by several slots."""
    expression, roles, slots = translate(pattern, many)
    try:
        return re.compile(expression, re.IGNORECASE), roles, slots
    except re.error as error:
        raise PhrasingError(f"pattern is not a valid expression ({error})") from None


def translate(
    pattern: str, many: frozenset[str] = frozenset()
) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]:
    """compile_pattern's expression as text, with its roles and slots, not yet compiled."""
    out: list[str] = []
    roles: list[str] = []
    slots: list[tuple[str, str]] = []
    last = 0
    for slot in _SLOT.finditer(pattern):
        out.append(_literal(pattern[last : slot.start()]))
        kind, per, arg = slot.group(1), slot.group(2), slot.group(3)
        if per is not None and kind not in ("amount", "rate"):
            raise PhrasingError(f"slot {slot.group()}: only an amount or rate is written per")
        if kind == "year":
            if arg is not None and arg not in _YEAR_ROLES:
                raise PhrasingError(f"slot {slot.group()}: a year is first or last")
            if arg in [r for _, r in slots]:
                raise PhrasingError(f"year {arg!r} is given twice")
            year = r"(?:19|20)\d\d"
            out.append(f"(?P<{arg}>{year})" if arg else year)
            if arg:
                slots.append((arg, arg))
        elif kind == "words":
            out.append(rf"(?:{_WORD}){{0,{int(arg or 3)}}}?")
        elif kind == "uncompared":
            out.append(_UNCOMPARED)
        elif kind == "span":
            if ("span", "span") in slots:
                raise PhrasingError("a span of years is given twice")
            out.append(_SPAN)
            slots.append(("span", "span"))
        else:
            if arg is not None and not arg.isidentifier():
                raise PhrasingError(f"slot {slot.group()} needs a role name")
            if arg in roles and arg not in many:
                raise PhrasingError(f"role {arg!r} is filled twice")
            group = f"{arg}__{len(slots)}" if arg else None
            if kind == "amounts":
                if arg not in many:
                    raise PhrasingError(f"slot {slot.group()} needs a role filled by a list")
                out.append(f"(?P<{group}>{_AMOUNTS})")
            else:
                number = rf"(?P<{group}>\d+)" if arg else r"\d+"
                out.append(f"{_OPEN}{number}{_SLOT_LETTERS[kind]}{_written_per(per)}")
                if kind == "amount":
                    out.append(_CONVERTED)
            if arg:
                if arg not in roles:
                    roles.append(arg)
                slots.append((str(group), arg))
        last = slot.end()
    out.append(_literal(pattern[last:]))
    return "".join(out), tuple(roles), tuple(slots)


def _written_per(per: str | None) -> str:
    """The end of a slot's token: any per, or the one named. The parser leaves "a year on"
    unread ("a year on, sales fell"), so "6% a year on average" is matched here as per year."""
    if not per:
        return f"{_PER}{_CLOSE}"
    return rf"(?:/(?:{per}){_CLOSE}|{_CLOSE}\s+(?:a|per|each)\s+(?:{per})(?=\s+on\s+average\b))"


_PLAIN = compile_later(r"[a-z][a-z\-' ]*[a-z]")
# "[a-z][a-z]*", not "[a-z]+": a pattern that opens with a set lets re skip what is not in it.
_TEXT_WORDS = compile_later(r"[a-z][a-z]*(?:[\-'][a-z]+)*")
_ENDS_A_WORD = frozenset(" ,;:.)|\x00")


def needs(pattern: str) -> tuple[frozenset[str], ...]:
    """Words the pattern cannot match without, each as the words one of which must occur: a
    whole word outside any group, or a group of whole-word alternatives that is not optional.
    A sentence without them is not tried (the expressions are slow to fail at every word)."""
    text = _SLOT.sub("\x00", pattern.lower().replace("\\b", " "))
    out: list[frozenset[str]] = []
    depth, start, i = 0, 0, 0

    def ends_a_word(at: int) -> bool:
        # The end of the pattern, a space or a stop, or a group that starts with one.
        if at < len(text) and text[at] == "(":
            at += 1
        return at >= len(text) or text[at] in _ENDS_A_WORD

    while i < len(text):
        char = text[i]
        optional = text[i + 1 : i + 2] in ("?", "*") or text[i + 1 : i + 3] == "{0"
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a set of characters: no word in it is required
            i = text.find("]", i + 2) + 1 or len(text)
            continue
        if char == "(":
            if depth == 0:
                start = i + 1
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and not optional and ends_a_word(i + 1):
                alternatives = text[start:i].split("|")
                if all(_PLAIN.fullmatch(a) for a in alternatives):
                    out.append(frozenset(a.split()[0] for a in alternatives))
        elif depth == 0 and char.isalpha():
            word = _TEXT_WORDS.match(text, i)
            assert word is not None
            if ends_a_word(word.end()) and len(word.group()) >= 3:
                out.append(frozenset((word.group(),)))
            i = word.end()
            continue
        i += 1
    return tuple(out)


# A quantifier that lets the slot before it be left out: "?", "*", "{0,3}", "{,3}", "{0}".
_OPTIONAL = compile_later(r"[?*]|\{0*,|\{0+\}")


def needed_figures(pattern: str) -> tuple[str, ...]:
    """The type letters each figure slot the pattern cannot match without accepts, one entry
    per figure ("{amounts}" needs two): the slots outside every group, not made optional by a
    quantifier. A pattern with an alternative at its top level needs none. A sentence whose
    figures cannot fill these is not tried: most phrasings fail there at every figure."""
    out: list[str] = []
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        slot = _SLOT.match(pattern, i) if char == "{" else None
        if slot is not None:
            i = slot.end()
            letters = _SLOT_LETTERS.get(slot.group(1), "").strip("[]")
            if depth == 0 and letters and not _OPTIONAL.match(pattern, i):
                out += [letters] * (2 if slot.group(1) == "amounts" else 1)
            continue
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a set of characters: a "(" or "|" in it is a character
            close = pattern.find("]", i + 2)
            i = close + 1 if close > 0 else len(pattern)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return ()
        i += 1
    return tuple(out)


_ANY_TOKEN = compile_later(rf"{_OPEN}\d+([A-Za-z])")


def _figures_fit(
    phrasing: Phrasing, letters: dict[str, int], total: int, have: dict[str, int]
) -> bool:
    """Whether a sentence with figures of these type letters (`total` of them) can fill every
    slot the phrasing needs: each slot takes a figure of its own, so each set of letters, and
    all of them, must be there. `have` keeps each set's count for the sentence's next phrasing."""
    if len(phrasing.figures) > total:
        return False
    for group, count in phrasing.figure_counts:
        if group not in have:
            have[group] = sum(letters.get(c, 0) for c in group)
        if have[group] < count:
            return False
    return True


def _literal(text: str) -> str:
    # Spaces stretch to any run of spaces; a comma, colon or semicolon may have spaces before
    # it (but the colon of a group "(?:" and the comma of a count "{1,4}" are left alone).
    text = re.sub(r"\s*(?<!\?)(?<!\{\d)(?<!\{\d\d)([,;:])", r"\\s*\1", text)
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
    many = frozenset(r.name for r in KINDS[kind].roles if r.many)
    each = data.get("each")
    if each is not None:
        if each not in KINDS[kind].role_names or each in many:
            raise PhrasingError(f"{where}: each names a role of {kind} filled by one figure")
        many |= {each}
    try:
        expression, roles, slots = translate(str(data.get("pattern", "")), many)
    except PhrasingError as error:
        raise PhrasingError(f"{where}: {error}") from None
    known = set(KINDS[kind].role_names)
    fill = {str(k): str(v) for k, v in (data.get("fill") or {}).items()}
    if not roles or set(roles) - known or set(fill) - known:
        unknown_roles = sorted((set(roles) | set(fill)) - known)
        raise PhrasingError(f"{where}: roles {unknown_roles} are not roles of {kind}")
    if set(fill) & set(roles):
        raise PhrasingError(f"{where}: fill names a role the pattern fills")
    negate = tuple(data.get("negate") or ())
    signed = tuple(data.get("signed") or ())
    qualify = {str(k): str(v) for k, v in (data.get("qualify") or {}).items()}
    for key, named in (("negate", negate), ("signed", signed), ("qualify", qualify)):
        if set(named) - set(roles):
            raise PhrasingError(f"{where}: {key} names a role the pattern does not fill")
    if any(v.lower() not in QUALIFIERS for v in qualify.values()):
        raise PhrasingError(f"{where}: qualify takes a qualifier such as 'more than'")
    sentences = data.get("sentences", 1)
    if sentences not in (1, 2):
        raise PhrasingError(f"{where}: sentences is 1 or 2")
    reading = data.get("reading")
    if reading is not None and reading not in KINDS[kind].readings:
        raise PhrasingError(f"{where}: reading of {kind} is one of {KINDS[kind].readings}")
    if data.get("one_period") not in (None, True, False):
        raise PhrasingError(f"{where}: one_period is true or false")
    by_size = tuple(data.get("by_size") or ())
    if by_size and (len(by_size) != 2 or set(by_size) - set(roles) or set(by_size) & many):
        raise PhrasingError(f"{where}: by_size names two roles the pattern fills with one figure")
    free = tuple(data.get("free") or ())
    if set(free) - set(roles):
        raise PhrasingError(f"{where}: free names a role the pattern does not fill")
    free += tuple(r for r in _FREE_BY_KIND.get(kind, ()) if r in roles and r not in free)
    examples = data.get("examples") or {}
    links, none = tuple(examples.get("links") or ()), tuple(examples.get("none") or ())
    if not links:
        raise PhrasingError(f"{where}: a phrasing needs at least one example that links")
    return Phrasing(
        path.stem,
        kind,
        confidence,
        str(data["pattern"]),
        expression,
        roles,
        negate,
        links,
        none,
        data.get("note"),
        slots,
        signed,
        tuple(qualify.items()),
        tuple(fill.items()),
        sentences,
        needs(str(data["pattern"])),
        each,
        tuple(re.findall(r"\{points(?:/[a-z]+)?:([a-z_]+)\}", str(data["pattern"]))),
        reading,
        needed_figures(str(data["pattern"])),
        by_size,
        data.get("one_period") is True,
        free,
    )


@lru_cache(maxsize=4)
def load_all(folder: Path = FOLDER) -> tuple[Phrasing, ...]:
    """Every phrasing of a folder, in file-name order (built once per process, and kept
    between runs by phrasing_cache)."""
    return phrasing_cache.cached(folder, build_all, Phrasing)


def build_all(folder: Path) -> tuple[Phrasing, ...]:
    """Every phrasing of a folder, read and built from its files."""
    return tuple(load(path) for path in sorted(folder.glob("*.yaml")))


def mask(text: str, drafts: list, converted: set[str]) -> str:
    """The sentence (or sentences) of `drafts` with each figure replaced by its index and
    type letter."""
    out, last = [], drafts[0].sentence.start
    for index, draft in enumerate(drafts):
        start = (
            draft.found.qualifier_start
            if draft.found.qualifier_start is not None
            else draft.found.start
        )
        if start < last:
            continue
        letter = (
            "C"
            if draft.id in converted
            else _POINTS_LETTER
            if _bare_points(draft)
            else _RATIO_LETTER
            if draft.kind == "percent" and " in " in draft.found.text.lower()
            else _KIND_LETTER.get(draft.kind, "X")
        )
        per = (draft.found.per or "").lower() or _count_per(text, draft.found)
        out.append(text[last:start])
        out.append(f"{_OPEN}{index}{letter}{'/' + per if per.isalpha() else ''}{_CLOSE}")
        last = draft.found.end
    out.append(text[last : drafts[-1].sentence.end])
    return "".join(out)


def _count_per(text: str, found: Any) -> str:
    """The period of a count written per day, week, month or year after its noun ("50
    parcels a day"): the finder keeps the count a count, the daily figure of a total."""
    if found.kind not in ("number", "count"):
        return ""
    written = _counted_per_pattern(found.counted or "").match(text, found.end)
    return written.group(1).lower() if written else ""


@lru_cache(maxsize=256)
def _counted_per_pattern(noun: str) -> re.Pattern:
    """After the figure: its noun, if the finder left it out of the figure, then the period."""
    before = rf"(?:\s+[\w-]+){{0,2}}?\s+{re.escape(noun)}" if noun else ""
    return re.compile(rf"{before}\s+(?:a|per|each)\s+(day|week|month|year)\b", re.IGNORECASE)


def _bare_points(draft: Any) -> bool:
    return draft.kind == "measure" and draft.found.unit == "point" and not draft.found.is_range


def matches(
    text: str,
    drafts: list,
    converted: set[str],
    phrasings: tuple[Phrasing, ...] | None = None,
    sentences: int = 1,
) -> list[Match]:
    """Every phrasing match in the sentence of `drafts` (the facts of one sentence); with
    `sentences=2`, `drafts` are the facts of two sentences and only the phrasings that run on
    into the next sentence are tried, each match needing figures of both."""
    # The words of the sentence as written hold those of the masked sentence.
    first, last = drafts[0].sentence, drafts[-1].sentence
    if first.end < last.start and text[first.end : last.start].isspace():
        # Two sentences apart: their words, each read once for its own matches.
        words = _words(text[first.start : first.end]) | _words(text[last.start : last.end])
    else:
        words = _words(text[first.start : last.end])
    if phrasings is None and sentences == 1:
        candidates = _worth_trying(words)
    else:
        # Those that run on into the next sentence are few: tried in turn, not looked up.
        tried: Iterable[Phrasing] = _running_on() if phrasings is None else phrasings
        candidates = [
            phrasing
            for phrasing in tried
            if phrasing.sentences >= sentences and _may_match(phrasing, words)
        ]
    if not candidates:
        return []
    masked = mask(text, drafts, converted)
    letters = Counter(letter.upper() for letter in _ANY_TOKEN.findall(masked))
    total = sum(letters.values())
    have: dict[str, int] = {}
    found = []
    for phrasing in candidates:
        if phrasing.figures and not _figures_fit(phrasing, letters, total, have):
            continue
        for hit in phrasing.regex.finditer(masked):
            if _years_backwards(phrasing, hit):
                continue  # "46,500 in 2023 and 41,000 in 2022": the roles' order is not the years'
            match = _match(phrasing, hit, drafts)
            if phrasing.one_period and _of_two_periods(match.figures):
                continue
            match.base = None if match.period else _year(phrasing, hit, "first")
            if _spread_over_a_rate(phrasing, match):
                continue
            match.counted_per = _counted_period(phrasing, match, text)
            numbers = {d.sentence.number for d in match.figures}
            if sentences == 1 or len(numbers) == 2:
                found.append(match)
    return found


_CLAUSE_TAIL = compile_later(r"[^,;.()\x02]{0,30}")
_A_YEAR = compile_later(r"(?<![\w.,])(?:19|20)\d\d(?![\w%]|[.,]\d)")


def _years_backwards(phrasing: Phrasing, hit: re.Match) -> bool:
    """Two years the match names (in a year slot or among its words), each the year of the
    start or end figure nearest it, run backwards ("46,500 in 2023 and 41,000 in 2022" read
    as start and end): the words do not say the roles' order."""
    # the words right after the match too: "... against S in 2023" dates the last figure
    tail = _CLAUSE_TAIL.match(hit.string, hit.end())
    end = tail.end() if tail else hit.end()
    years = [(y.start(), int(y.group())) for y in _A_YEAR.finditer(hit.string, hit.start(), end)]
    groups = {role: group for group, role in phrasing.slots if role in ("start", "end")}
    if len(years) != 2 or len(groups) != 2 or None in (hit.group(g) for g in groups.values()):
        return False
    at = {role: hit.start(group) for role, group in groups.items()}

    def year_of(role: str) -> int:
        return min(years, key=lambda year: abs(year[0] - at[role]))[1]

    return year_of("start") > year_of("end")


def _spread_over_a_rate(phrasing: Phrasing, match: Match) -> bool:
    """A figure per period spread from a "total" that is itself per month, week or day
    ("£1,200 a month in 2023, or about £300 a week"): no total over days to divide, and writers
    count a month's weeks as four. A total per year is a year's amount and stays."""
    for role in KINDS[phrasing.kind].roles:
        if not role.per:
            continue
        total = match.roles.get(role.unit.removeprefix("same:"))
        per = (getattr(getattr(total, "found", None), "per", None) or "").lower()
        if per and per != "year":
            return True
    return False


def _counted_period(phrasing: Phrasing, match: Match, text: str) -> str | None:
    """The week or month a count filling a role read per a period is written per in words
    ("10,000 swims a week"), where the kind has a `per` role to say so; None for a day, which
    such a role is read per anyway, and for a figure whose own unit names its period."""
    kind = KINDS[phrasing.kind]
    if kind.role("per") is None:
        return None
    for role in kind.roles:
        draft = match.roles.get(role.name) if role.per else None
        if draft is None or isinstance(draft, list):
            continue
        written = (draft.found.per or "").lower() or _count_per(text, draft.found)
        # "£40,000 a week" is written "40,000 pounds per week": its unit says it already.
        if written and written != role.per and f"per {written}" not in draft.value:
            return written
    return None


def _of_two_periods(figures: list) -> bool:
    return any(periods_differ(a, b) for a, b in combinations(figures, 2))


# Each sentence is read alone, then again with the next (sentences=2) in a later pass over the
# whole text: a long text's sentences outnumber a small cache between the two passes.
@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(_TEXT_WORDS.findall(text.lower()))


def _year(phrasing: Phrasing, hit: re.Match, role: str) -> str | None:
    group = next((g for g, r in phrasing.slots if r == role == g), None)  # year slots only
    return hit.group(group) if group else None


@lru_cache(maxsize=1)
def _running_on() -> tuple[Phrasing, ...]:
    """The phrasings that may run on into the next sentence, in file order; of these,
    _may_match keeps those _worth_trying would (it asks for each first needed word too)."""
    return tuple(p for p in load_all() if p.sentences >= 2)


def _worth_trying(words: frozenset[str]) -> list[Phrasing]:
    """The phrasings (in file order) the sentence holds the needed words of (_may_match): those
    whose first needed words it holds one of are looked up by its words, instead of a test per
    phrasing, and only their other needs are tested."""
    everyone, by_word, others = _index()
    found = set(everyone)
    for word in words & by_word.keys():
        found.update(by_word[word])
    phrasings = load_all()
    # map over the set's own method: no Python frame per need
    return [phrasings[i] for i in sorted(found) if not any(map(words.isdisjoint, others[i]))]


@lru_cache(maxsize=1)
def _index() -> tuple[
    tuple[int, ...], dict[str, tuple[int, ...]], tuple[tuple[frozenset[str], ...], ...]
]:
    """The phrasings that need no word, for each word the phrasings it may let match, and each
    phrasing's needs after its first."""
    everyone: list[int] = []
    by_word: dict[str, list[int]] = {}
    phrasings = load_all()
    for i, phrasing in enumerate(phrasings):
        if not phrasing.needs:
            everyone.append(i)
        for word in phrasing.needs[0] if phrasing.needs else ():
            by_word.setdefault(word, []).append(i)
    others = tuple(phrasing.needs[1:] for phrasing in phrasings)
    return tuple(everyone), {word: tuple(found) for word, found in by_word.items()}, others


def _may_match(phrasing: Phrasing, words: frozenset[str]) -> bool:
    # map over the set's own method: no Python frame per need (asked of ~20 phrasings a sentence)
    return not any(map(words.isdisjoint, phrasing.needs))


def _match(phrasing: Phrasing, hit: re.Match, drafts: list) -> Match:
    roles: dict[str, Any] = {}
    falls: set[str] = set()
    years: dict[str, str] = {}
    restated: dict[str, Any] = {}  # role -> its figure's restatement in another currency
    many = {r.name for r in KINDS[phrasing.kind].roles if r.many} | {phrasing.each}
    previous = hit.start()
    for group, role in phrasing.slots:
        if role in _YEAR_ROLES and group == role:  # a {year:first} slot, not a figure's role
            if hit.group(group):  # an optional year slot may be left unmatched
                years[role] = hit.group(group)
            continue
        if role == "span":
            continue
        written = hit.group(group)
        if written is None:
            continue  # an optional slot ("(, {amount:parts})?") left unmatched
        start = hit.start(group)
        figures = (
            [drafts[int(written)]]
            if written.isdigit()
            else [drafts[int(t.group(1))] for t in _TOKEN.finditer(written) if t.group(2) != "C"]
        )
        if role in phrasing.signed:
            # A fall word between the previous slot and this one makes this figure a fall.
            cue = hit.string[previous:start]
            if _FALL.search(cue[cue.rfind(_CLOSE) + 1 :]) or _FALL_AFTER.match(
                hit.string, hit.end(group)
            ):
                falls.add(figures[0].id)
        previous = hit.end(group)
        if role in many:
            roles.setdefault(role, []).extend(figures)
        else:
            roles[role] = figures[0]
            again = _RESTATED.match(hit.string, hit.end(group))
            if again is not None and again.end() <= hit.end():
                restated[role] = drafts[int(again.group(1))]
    _one_currency(phrasing.kind, roles, restated)
    if phrasing.by_size:
        _larger_first(roles, *phrasing.by_size)
    period = f"{years['first']}/{years['last']}" if len(years) == 2 else None
    return Match(phrasing, roles, falls, period, years_back=_years_back(phrasing, hit, drafts))


def _larger_first(roles: dict[str, Any], larger: str, smaller: str) -> None:
    """The two roles' figures swapped when the first is the smaller: by size, since the words
    do not say which is which (a figure without a value stays where it was written)."""
    one, two = roles.get(larger), roles.get(smaller)
    if one is None or two is None or one.found.value is None or two.found.value is None:
        return
    if one.found.value < two.found.value:
        roles[larger], roles[smaller] = two, one


def _years_back(phrasing: Phrasing, hit: re.Match, drafts: list) -> int | None:
    """The number of years a {span} slot counts back, or None (also for a figure in its place
    that is not a whole number of years)."""
    if ("span", "span") not in phrasing.slots:
        return None
    if hit.group("decade"):
        return 10
    if hit.group("span"):
        return SPAN_WORDS[hit.group("span").lower()]
    found = drafts[int(hit.group("span_figure"))].found
    if found.unit != "year" or found.value is None or found.value != int(found.value):
        return None
    return int(found.value) if 1 < found.value <= 50 else None


def _one_currency(kind: str, roles: dict[str, Any], restated: dict[str, Any]) -> None:
    """Two roles read in one unit, filled in two currencies: the side restated in the
    other's currency is taken in it (a yuan figure against a dollar one is not checkable)."""
    for role in KINDS[kind].roles:
        other = role.unit.removeprefix("same:")
        if other == role.unit or role.name not in roles or other not in roles:
            continue
        mine, theirs = roles[role.name], roles[other]
        if isinstance(mine, list) or isinstance(theirs, list):
            continue
        if not mine.found.currency or mine.found.currency == theirs.found.currency:
            continue
        if role.name in restated and restated[role.name].found.currency == theirs.found.currency:
            roles[role.name] = restated[role.name]
        elif other in restated and restated[other].found.currency == mine.found.currency:
            roles[other] = restated[other]
