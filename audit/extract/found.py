"""A figure as found in text (`Found`), shared by the finder and its second look."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from decimal import Decimal


@dataclass(frozen=True)
class Found:
    """One figure as written: where it is, its exact value and what it counts in."""

    start: int
    end: int
    text: str
    value: Decimal | None  # scale applied; the midpoint of a range; None for verbs
    number: str  # the first number as written ("1,038", "six")
    kind: str  # money|percent|pp|bp|multiple|measure|number|year|period|date|ordinal|...
    scale: str | None = None  # the scale word as written ("bn", "trillion", "亿")
    unit: str | None = None  # canonical unit name ("percent", "kilometer", "USD"...)
    currency: str | None = None  # ISO code when the figure is money
    unit_text: str | None = None  # the unit or currency as written
    prefix: str | None = None  # the currency sign as written ("$", "RMB", "us $")
    qualifier: str | None = None  # "about", "more than"...
    qualifier_start: int | None = None
    low: Decimal | None = None  # ranges: both ends, scale applied
    high: Decimal | None = None
    number2: str | None = None
    per: str | None = None  # "per person", "/hour", "a month"
    counted: str | None = None  # what a count counts ("workers" in "13,000 workers")

    @property
    def is_range(self) -> bool:
        return self.low is not None


# Every field in its declared order, with its default (None for those without one).
_TEMPLATE = {f.name: None if f.default is MISSING else f.default for f in fields(Found)}


def _new(**values) -> Found:
    """Found(**values) without its __init__, which sets each of the nineteen fields of a
    frozen class through object.__setattr__ (three times slower): the finder makes one per
    figure. The fields keep their declared order; those not given take their defaults."""
    new = object.__new__(Found)
    new.__dict__.update(_TEMPLATE, **values)
    return new


def _with(item: Found, **changes) -> Found:
    """dataclasses.replace without re-running __init__ (five times slower on a frozen class
    of nineteen fields); Found has no __post_init__ to skip."""
    new = object.__new__(Found)
    new.__dict__.update(item.__dict__, **changes)
    return new


def _joined(text: str, first: Found, second: Found, **changes) -> Found:
    """Two figures read as one: `second` with the span, text and qualifier running from
    `first` ("about 3.5%-4%", "2 trillion 140.6 billion", "$14. 2 billion")."""
    return _with(
        second,
        start=first.start,
        text=text[first.start : second.end],
        qualifier=first.qualifier,
        qualifier_start=first.qualifier_start,
        **changes,
    )
