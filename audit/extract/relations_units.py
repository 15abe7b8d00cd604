"""Unit conversions written side by side: "87 miles (140 km)", "500 acres, or 202 hectares,",
"30C, about 86F,", "60,000 yuan per square metre, equivalent to $770 per square foot", "£3,250 a
month, £39,000 a year".

Two neighbouring figures are linked as a `unit_conversion` when the words between them are one
of these phrasings and their units measure the same thing (length, area, mass, a price per
area...), read from the units alone; whether the numbers agree never decides a link. Plain
currency pairs belong to the `conversion` pattern of `relations`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from audit.claims.units import CURRENCY_IN_DIMENSION, DIMENSIONLESS, PERCENTAGE_POINT, Unit
from audit.claims.values import parse_value
from audit.errors import InputError
from audit.extract.drafts import Draft
from audit.lazy_regex import compile_later
from audit.vocabulary import PERIODS_IN_A_YEAR

_Q = r"(?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than|just\s+over)"
# (pattern of the words between the figures, its name in the evidence, confidence)
PHRASINGS = (
    (
        re.compile(
            rf"^\s*\(\s*(?:{_Q}\s+|or\s+|equivalent\s+to\s+|the\s+equivalent\s+of\s+)?$", re.I
        ),
        "X (Y)",
        "high",
    ),
    (re.compile(r"^\s*,?\s*(?:or|which\s+is)\s+$", re.I), "X, or Y", "high"),
    (
        re.compile(
            r"^\s*,?\s*(?:equivalent\s+to|the\s+equivalent\s+of|equal\s+to|"
            r"or\s+the\s+equivalent\s+of)\s+$",
            re.I,
        ),
        "X, equivalent to Y",
        "high",
    ),
)
# "X, about Y,": a bare comma links only when a qualifier opens the second figure and a comma,
# bracket or the sentence's end closes it, or any list of two figures would link.
_COMMA = compile_later(r"^\s*,\s*$")
_CLOSED = compile_later(r"^\s*(?:[,;)]|\.?\s*$|\.\s|(?:of|in|a|an|per|each|on|at)\s)")
_BRACKET_CLOSED = compile_later(r"^\s*\)")
_NOT_MEASURES = (DIMENSIONLESS, PERCENTAGE_POINT, "[time]")
_POUNDS = ("pound", "pounds")
_MEASURE_NAMES = {
    "[length]": "length",
    "[length]^2": "area",
    "[length]^3": "volume",
    "[mass]": "mass",
    "[temperature]": "temperature",
    "[power]": "power",
    "[power]*[time]": "energy",
    "[length]*[time]^-1": "speed",
    "[length]^-3*[mass]": "density",
    "[money]*[length]^-2": "price per area",
    "[money]*[mass]^-1": "price per weight",
    "[money]*[length]^-3": "price per volume",
}


def conversions(b, drafts: list[Draft]) -> None:
    """Link each phrased pair of one dimension (b: relations._Builder)."""
    for first, second in pairwise(drafts):
        if second.id in b.converted or first.id in b.converted:
            continue
        phrasing = _phrasing(b, first, second)
        if phrasing is None:
            continue
        name, confidence = phrasing
        if _rescaled_money(first, second) and name == "X (Y)":
            # "Rs 3,10,500 crore (Rs 3,105 billion)": one amount in another scale word
            b.converted.add(second.id)
            b.add(
                "restate",
                {"first": first.id, "second": second.id},
                confidence=confidence,
                note="the same amount in brackets, written with another scale word",
            )
            continue
        dimension = _same_measure(_unit(first), _unit(second))
        if dimension is None:
            continue
        b.converted.add(second.id)
        b.add(
            "unit_conversion",
            {"amount": first.id, "converted": second.id},
            confidence=confidence,
            note=f"linked by the phrasing '{name}': both figures measure {dimension}",
        )


def _rescaled_money(first: Draft, second: Draft) -> bool:
    return (
        first.kind == second.kind == "money"
        and first.found.currency is not None
        and first.found.currency == second.found.currency
        and first.found.per == second.found.per
        and (first.found.scale or "").lower() != (second.found.scale or "").lower()
    )


def _phrasing(b, first: Draft, second: Draft) -> tuple[str, str] | None:
    gap = b.gap(first, second)
    after = b.after(second, 12)
    for pattern, name, confidence in PHRASINGS:
        if pattern.match(gap):
            # The second figure must end the aside: "(120 hectares of it planted)" is a part.
            closed = _BRACKET_CLOSED if name == "X (Y)" else _CLOSED
            return (name, confidence) if closed.match(after) else None
    if _COMMA.match(gap) and second.found.qualifier and _CLOSED.match(after):
        return "X, about Y,", "medium"
    if _COMMA.match(gap) and _year_and_shorter(first, second) and _ENDED.match(after):
        return "X a month, Y a year", "low"
    return None


# "£3,250 a month, £39,000 a year": a bare comma between one figure per week, day or month
# and one per year restates the first, where nothing follows the second ("£1,800 a year in
# council tax" may be another cost). Low: no word says the two are the same.
_ENDED = compile_later(r"^\s*(?:[,;)]|\.?\s*$|\.\s)")


def _year_and_shorter(first: Draft, second: Draft) -> bool:
    periods = {(first.found.per or "").lower(), (second.found.per or "").lower()}
    return len(periods) == 2 and "year" in periods and bool(periods & PERIODS_IN_A_YEAR.keys())


def _unit(draft: Draft) -> tuple[Unit, str] | None:
    try:
        value = parse_value(draft.value)
    except InputError:
        return None
    return value.unit, value.unit_text


def _same_measure(first: tuple[Unit, str] | None, second: tuple[Unit, str] | None) -> str | None:
    """What both figures measure ("length", "price per area"), or None when they differ."""
    if first is None or second is None:
        return None
    dims = [
        _measure(unit, text, other)
        for (unit, text), (other, _) in ((first, second), (second, first))
    ]
    if dims[0] in _NOT_MEASURES or (
        dims[0] != dims[1]
        and CURRENCY_IN_DIMENSION.sub("$", dims[0]) != CURRENCY_IN_DIMENSION.sub("$", dims[1])
    ):
        return None
    if CURRENCY_IN_DIMENSION.fullmatch(dims[0]) or CURRENCY_IN_DIMENSION.fullmatch(dims[1]):
        return None  # plain money: the currency conversion pattern's
    dimension = CURRENCY_IN_DIMENSION.sub("[money]", dims[0])
    return _MEASURE_NAMES.get(dimension, dimension.replace("[", "").replace("]", ""))


def _measure(unit: Unit, text: str, other: Unit) -> str:
    # "2.6 billion pounds" beside tonnes is a weight, not sterling.
    if text.strip().lower() in _POUNDS and other.dimension == "[mass]":
        return "[mass]"
    return unit.dimension
