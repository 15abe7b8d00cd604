"""Units of news figures: one pint registry for the whole tool, read through a start-up cache.

`data/units.txt` defines the units for pint. Importing pint and building even a small registry
costs about a quarter of a second, too much for a pre-commit gate, so `data/units.json` caches
what the tool needs of each unit name (canonical name, dimension, factor to the base unit of its
dimension). `python -m audit.claims.units` rebuilds the cache with pint; a test checks it is fresh.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from audit.errors import InputError
from audit.lazy_regex import compile_later
from audit.records import record
from audit.vocabulary import PERIODS_IN_A_YEAR

DATA = Path(__file__).parent.parent / "data"
DEFINITIONS = DATA / "units.txt"
CACHE = DATA / "units.json"

DIMENSIONLESS = ""
PERCENTAGE_POINT = "[percentage_point]"
SCALE_POINT = "[count_point]"  # an index's or a score's points ("the index rose 85.3 points")
TIME_RATE = "[time]^-1"  # in a dimension: a figure per unit of time ("pounds per week")


@record(frozen=True)
class Unit:
    """A resolved unit: how to turn a magnitude in it into the base unit of its dimension."""

    name: str
    dimension: str  # canonical text, "" for plain numbers
    factor: float
    # Base value = magnitude * factor + offset: only temperatures have one (0 C is 273.15 K).
    offset: float = 0.0

    def __init__(
        self,
        name: str,
        dimension: str,
        factor: float,
        offset: float = 0.0,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "dimension", dimension)
        object.__setattr__(self, "factor", factor)
        object.__setattr__(self, "offset", offset)

    @property
    def currency(self) -> str | None:
        return currency_of(self.dimension)


def currency_of(dimension: str) -> str | None:
    """The currency code of a currency dimension ("[currency_CNY]" -> "CNY"), else None."""
    match = CURRENCY_IN_DIMENSION.fullmatch(dimension)
    return match.group(1) if match else None


# A currency inside a dimension, alone or in a compound ("[currency_CNY] / [length] ** 2").
CURRENCY_IN_DIMENSION = compile_later(r"\[currency_([A-Z]{3})\]")

# A count of a named thing ("13,000 workers") is a dimension of its own in units.txt.
COUNT_PREFIX = "[count_"


def is_count(dimension: str) -> bool:
    """Whether a dimension is a count of one named thing ("[count_worker]")."""
    return dimension.startswith(COUNT_PREFIX) and "*" not in dimension and "^" not in dimension


# "350 counted stalls": a count of a thing units.txt does not name, a dimension of its own per
# noun (singular and plural alike), so it is never added to a count of anything else. The word
# "counted" marks it: an unknown word alone stays an error, so a typo never becomes a kind.
COUNTED = "counted"
_COUNTED = compile_later(rf"{COUNTED}\s+([a-z][a-z'\-]*[a-z])", re.IGNORECASE)


def counted_noun(text: str) -> str:
    """A count's noun as a report names it ("counted stalls" -> "stalls")."""
    match = _COUNTED.fullmatch(text.strip())
    return match.group(1).lower() if match else " ".join(text.split()).lower()


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes", "zes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def _counted(noun: str) -> Unit:
    """The unit of a count of `noun`: the registry's where it names the noun."""
    known = _lookup(noun)
    if known is not None:
        if not is_count(known.dimension):
            raise InputError(f"{COUNTED} {noun!r}: {noun!r} is a unit, not a counted thing")
        return known
    singular = _singular(noun.lower())
    return Unit(singular, f"{COUNT_PREFIX}{singular}]", 1.0)


def count_names() -> list[str]:
    """Every name and alias units.txt gives a counted thing ("worker", "workers", "people")."""
    exact, _ = _table()
    return sorted(name for name, unit in exact.items() if is_count(unit.dimension))


@cache
def named_count_dimensions() -> frozenset[str]:
    """The dimensions of the counted things units.txt names ("[count_person]" for workers,
    women, people...); a "counted" noun it does not name has a dimension outside them."""
    exact, _ = _table()
    return frozenset(u.dimension for u in exact.values() if is_count(u.dimension))


@cache
def names_a_unit(word: str) -> bool:
    """Whether a word names a unit that is not a counted thing ("dollars", "tonnes", "times"):
    after a number it is what the figure is measured in, not what it counts."""
    unit = _lookup(word)
    return unit is not None and not is_count(unit.dimension)


def counted_per(text: str) -> tuple[str, str]:
    """The counted thing a rate is per, as (dimension, noun as written): "yuan per worker" is
    ("[count_person]", "worker"); ("", "") when the rate is per no counted thing."""
    for piece in re.split(r"(?:^|\s+)per\s+|\s*/\s*", text.strip())[1:]:
        try:
            unit = _per_one(piece)
        except InputError:
            continue
        if is_count(unit.dimension):
            return unit.dimension, counted_noun(_PER_NUMBER.sub(r"\2", piece.strip()))
    return "", ""


NUMBER = Unit("number", DIMENSIONLESS, 1.0)


def dimension_text(dims: dict[str, float]) -> str:
    """A canonical, readable text for a dimensionality such as {'[currency_CNY]': 1}."""
    parts = []
    for name, power in sorted(dims.items()):
        if power == 0:
            continue
        parts.append(name if power == 1 else f"{name}^{power:g}")
    return "*".join(parts)


def defined_names(text: str) -> list[str]:
    """Every unit name, symbol and alias that a pint definitions file declares."""
    names = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        fields = [f.strip() for f in line.split("=")]
        names.append(fields[0])
        names.extend(f for f in fields[2:] if f and f != "_")
    return names


def build_cache() -> dict[str, Any]:
    """Ask pint about every defined name; the result is what units.json holds: each unit once,
    then every alias by the unit's name (start-up reads one small table)."""
    import pint

    registry: Any = pint.UnitRegistry(str(DEFINITIONS), cache_folder=None)
    units: dict[str, list] = {}
    aliases: dict[str, str] = {}
    for name in defined_names(DEFINITIONS.read_text(encoding="utf-8")):
        quantity = registry.Quantity(1, name)
        base = float(quantity.to_base_units().magnitude)
        zero = float(registry.Quantity(0, name).to_base_units().magnitude)
        dims = {str(k): float(v) for k, v in quantity.dimensionality.items()}
        canonical = str(quantity.units)
        units[canonical] = [dimension_text(dims), base - zero] + ([zero] if zero else [])
        aliases[name] = canonical
    return {"units": units, "aliases": aliases}


@cache
def _table() -> tuple[dict[str, Unit], dict[str, Unit]]:
    raw = json.loads(CACHE.read_text(encoding="utf-8"))
    units = {name: Unit(name, *entry) for name, entry in raw["units"].items()}
    exact = {alias: units[name] for alias, name in raw["aliases"].items()}
    folded: dict[str, Unit] = {}
    for alias, unit in exact.items():
        folded.setdefault(alias.lower(), unit)
    return exact, folded


def known_units() -> list[str]:
    return sorted({unit.name for unit in _table()[0].values()})


# Superscripts and degree signs that pint's parser does not take as names.
_POWERS = str.maketrans({"²": "2", "³": "3", "℃": "degC", "℉": "degF", "°": "deg", "º": "deg"})


def _lookup(word: str) -> Unit | None:
    exact, folded = _table()
    # "km²", "sq. ft", "metric-ton": one spelling per unit in units.txt.
    key = re.sub(r"[\s\-]+", "_", word.strip().translate(_POWERS).replace(".", ""))
    return exact.get(key) or folded.get(key.lower())


def resolve(text: str) -> Unit:
    """The unit a written unit text names ("yuan", "percentage points", "yuan per person")."""
    cleaned = text.strip().rstrip(".")
    if not cleaned:
        return NUMBER
    unit = _lookup(cleaned)
    if unit is not None:
        return unit
    counted = _COUNTED.fullmatch(cleaned)
    if counted:
        return _counted(counted.group(1))
    # "2 per 1,000 people" is a rate of a plain number; "per day" alone stays unknown, so that
    # "1 million a day" is the daily figure of a plain total, not a rate in its own dimension.
    pieces = re.split(r"(?:^|\s+)per\s+(?=\d)|\s+per\s+|\s*/\s*", cleaned)
    if len(pieces) > 1:
        # "yuan per person per year" is yuan / (person * year), not yuan / (person / year).
        unit = resolve(pieces[0])
        for piece in pieces[1:]:
            bottom = _per_one(piece)
            if bottom.offset or unit.offset:
                raise InputError(f"{cleaned!r} divides by a temperature scale with an offset")
            # "yuan per worker" is an amount for one worker: the count divides out, as "yuan per
            # person" always did, so a per-capita figure meets its total in one dimension.
            unit = Unit(
                f"{unit.name}/{bottom.name}",
                unit.dimension
                if is_count(bottom.dimension)
                else divide(unit.dimension, bottom.dimension),
                unit.factor / bottom.factor,
            )
        return unit
    raise InputError(
        f"unknown unit {cleaned!r}; known units include "
        + ", ".join(known_units()[:12])
        + f", ... (a count of a thing units.txt does not name is written '{COUNTED} NOUN',"
        " as in '350 counted stalls')"
    )


# "per 1,000 people": a rate per a round number of things.
_PER_NUMBER = compile_later(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(\S.*))?")


def _per_one(piece: str) -> Unit:
    """The unit after a "per": "person", "square metre", "1,000 people" (a thousand people)."""
    # A price "per pound" is per pound of weight: nothing is priced per pound sterling.
    if piece.strip().lower() in ("pound", "pounds"):
        return resolve("lb")
    many = _PER_NUMBER.fullmatch(piece.strip())
    if many is None:
        return resolve(piece)
    number = int(many.group(1).replace(",", ""))
    one = resolve(many.group(2) or "")  # "deaths per 100,000": of whatever the count counts
    if number == 0:
        raise InputError(f"'per {piece.strip()}' divides by zero")
    return Unit(f"{number} {one.name}", one.dimension, one.factor * number, one.offset)


# How reports name a unit in a factor ("1 mile = 1.609344 kilometres"); others by pint name.
_SHOWN = {
    "kilometer": "km",
    "meter": "m",
    "square_meter": "m²",
    "square_kilometer": "km²",
    "square_foot": "sq ft",
    "degree_Celsius": "°C",
    "degree_Fahrenheit": "°F",
    "pound_mass": "lb",
    "gallon": "US gallon",
    "kilogram": "kg",
}


def shown(unit: Unit) -> str:
    parts = unit.name.split("/")
    return " per ".join(_SHOWN.get(p, p.replace("_", " ")) for p in parts)


def _exact_factor(amount: Unit, converted: Unit) -> str:
    """The exact factor between two units of one dimension: "1 mile = 1.609344 km"."""
    ratio = amount.factor / converted.factor
    if amount.dimension != converted.dimension:  # a price: the units after "per", then a rate
        per = [shown(Unit(u.name.split("/", 1)[-1], "", 1.0)) for u in (amount, converted)]
        return f"per {per[0]} to per {per[1]}: × {ratio:.10g}, at the dated exchange rate"
    if amount.offset or converted.offset:
        shift = (amount.offset - converted.offset) / converted.factor
        return (
            f"{shown(converted)} = {shown(amount)} × {ratio:.10g} "
            f"{'+' if shift >= 0 else '-'} {abs(shift):.10g}"
        )
    return f"1 {shown(amount)} = {ratio:.10g} {shown(converted)}"


def per_period(unit: Unit) -> str:
    """The calendar period a unit is written per ("pound_sterling/week": week), "" if none."""
    top, slash, bottom = unit.name.rpartition("/")
    return bottom if slash and top and (bottom in PERIODS_IN_A_YEAR or bottom == "year") else ""


def calendar_band(amount: Unit, converted: Unit) -> tuple[float, float]:
    """How far a conversion between a figure per week (day, month) and one per year may stray
    from the registry's exact year, as the calendar counts the periods in a year
    (vocabulary.PERIODS_IN_A_YEAR): "£40,000 a week, £2.08m a year" multiplies by 52, the
    registry's year holds 52.18 weeks. (1, 1) between any other units."""
    periods = per_period(amount), per_period(converted)
    if "year" not in periods or "" in periods or periods[0] == periods[1]:
        return 1.0, 1.0
    shorter = periods[0] if periods[1] == "year" else periods[1]
    exact = 1 / resolve(shorter).factor  # of the registry's years: 52.1775 weeks
    fewest, most = PERIODS_IN_A_YEAR[shorter]
    if periods[1] == "year":  # amount per week, its conversion per year: times the count
        return fewest / exact, most / exact
    return exact / most, exact / fewest


def describe_factor(amount: Unit, converted: Unit) -> str:
    """The factor between two units of one dimension: "1 mile = 1.609344 km", with the
    calendar's range where the two are per week and per year ("52 to 52.18")."""
    text = _exact_factor(amount, converted)
    low, high = calendar_band(amount, converted)
    if (low, high) == (1.0, 1.0):
        return text
    ratio = amount.factor / converted.factor
    return f"{text} (on the calendar {ratio * low:.6g} to {ratio * high:.6g})"


def divide(top: str, bottom: str) -> str:
    """The dimension of one quantity divided by another ("[currency_CNY]" per "[time]")."""
    dims: dict[str, float] = {}
    for text, sign in ((top, 1), (bottom, -1)):
        for part in filter(None, text.split("*")):
            name, _, power = part.partition("^")
            dims[name] = dims.get(name, 0.0) + sign * float(power or 1)
    return dimension_text(dims)


if __name__ == "__main__":
    CACHE.write_text(
        json.dumps(build_cache(), indent=0, ensure_ascii=False, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {CACHE}")
