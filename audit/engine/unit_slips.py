"""Likely causes of a wrong unit conversion: one side in the other unit of a pair people mix
up (miles for kilometres, short for metric tons, US for imperial gallons, F for C), or a
power of ten off. Tried only on unit conversions, before the general slips of `diagnosis`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from audit.claims.units import Unit, describe_factor, resolve, shown
from audit.engine.columns import distinct
from audit.engine.unit_factors import KIND, side_units, unit_texts
from audit.errors import InputError
from audit.intervals import Iv

# Units written for one another; each pair is tried both ways, on each part of a compound unit.
CONFUSED = (
    ("mile", "kilometer"),
    ("foot", "meter"),
    ("yard", "meter"),
    ("inch", "centimeter"),
    ("acre", "hectare"),
    ("square_mile", "square_kilometer"),
    ("square_foot", "square_meter"),
    ("mu", "hectare"),
    ("tonne", "short_ton"),
    ("tonne", "long_ton"),
    ("short_ton", "long_ton"),
    ("pound_mass", "kilogram"),
    ("gallon", "imperial_gallon"),
    ("gallon", "liter"),
    ("degree_Celsius", "degree_Fahrenheit"),
    ("tonne_of_coal_equivalent", "tonne_of_oil_equivalent"),
    ("mile_per_hour", "kilometer_per_hour"),
    ("jin", "kilogram"),
    ("nautical_mile", "mile"),
)
PARTNERS: dict[str, tuple[str, ...]] = {}
for _a, _b in CONFUSED:
    PARTNERS[_a] = (*PARTNERS.get(_a, ()), _b)
    PARTNERS[_b] = (*PARTNERS.get(_b, ()), _a)
POWERS = (100.0, 1000.0, 0.01, 0.001)  # x10 is the decimal-point slip of `diagnosis`
SIDES = ("amount", "converted")

Fits = Callable[[Iv, np.ndarray, np.ndarray, Iv], np.ndarray]


def alternatives(unit: Unit) -> list[Unit]:
    """The units a writer may have meant instead of `unit` (one part of it swapped)."""
    parts = unit.name.split("/")
    found = []
    for i, part in enumerate(parts):
        for partner in PARTNERS.get(part, ()):
            try:
                found.append(resolve("/".join([*parts[:i], partner, *parts[i + 1 :]])))
            except InputError:
                continue
    return found


def explain(
    rule, prep, tables, rows: np.ndarray, fits_squarely: Fits, powers: bool = False
) -> np.ndarray:
    """A cause (or "") for each inconsistent expansion row of a unit conversion: a swapped
    unit, or with `powers` (tried after the scale words and decimal points) a power of ten."""
    causes = np.full(len(rows), "", dtype=object)
    if rule.kind.name != KIND or not len(rows):
        return causes
    n = len(prep.relation)
    values = tables.values
    env = {
        role: Iv(np.broadcast_to(i.lo, (n,))[rows], np.broadcast_to(i.hi, (n,))[rows])
        for role, i in prep.env.items()
    }
    index = {side: prep.value[side][rows] for side in SIDES}
    if any(((i < 0) | (i >= len(values))).any() for i in index.values()):
        return causes
    texts = {side: unit_texts(tables, index[side]) for side in SIDES}
    dims = {side: values["dimension"][index[side]].astype(str) for side in SIDES}
    stated = env[rule.compare]
    lo_open, hi_open = prep.stated_open[0][rows], prep.stated_open[1][rows]
    found: list[list[str]] = [[] for _ in rows]
    for side, other in (("converted", "amount"), ("amount", "converted")):
        units = side_units(texts[side], dims[side], dims[other])
        bare_lo, bare_hi = values["bare_lo"][index[side]], values["bare_hi"][index[side]]
        tried = (
            _powers(units, env[side], values["digits"][index[side]])
            if powers
            else _swaps(units, bare_lo, bare_hi, env[side])
        )
        for position, new, text in tried:
            trial = dict(env)
            trial[side] = new
            computed = _evaluate(rule, trial, len(rows))
            ok = fits_squarely(
                trial[rule.compare] if side == rule.compare else stated, lo_open, hi_open, computed
            )
            for i in np.flatnonzero(ok & position):
                found[i].append(text.replace("{written}", str(values["written"][index[side][i]])))
    for position_, texts_found in enumerate(found):
        causes[position_] = "; or ".join(dict.fromkeys(texts_found))
    return causes


def _swaps(units: list[Unit], bare_lo, bare_hi, current: Iv):
    """(rows, the side re-read in the other unit of a pair, cause text)."""
    names = np.array([u.name for u in units], dtype=object)
    for name in distinct(names).tolist():
        where = names == name
        unit = units[int(np.flatnonzero(where)[0])]
        if unit.factor != unit.factor:
            continue
        for alt in alternatives(unit):
            new = Iv(
                np.where(where, bare_lo * alt.factor + alt.offset, current.lo),
                np.where(where, bare_hi * alt.factor + alt.offset, current.hi),
            )
            yield (
                where,
                new,
                (
                    f"'{{written}}' fits as {shown(alt)}: {shown(unit)} written"
                    f" for {shown(alt)} ({describe_factor(alt, unit)})"
                ),
            )


def _powers(units: list[Unit], current: Iv, digits: np.ndarray):
    """(rows, the side moved by a power of ten, cause text). Zeros added or dropped by the
    slip are not precision: "48,600" written for 486 is as precise as 486."""
    offsetless = np.array([not u.offset for u in units])
    significant = np.maximum(np.asarray(digits, dtype=np.int64), 1)
    for _ in range(15):
        significant = np.where(significant % 10 == 0, significant // 10, significant)
    mid = (current.lo + current.hi) / 2
    half = np.maximum((current.hi - current.lo) / 2, np.abs(mid) * 0.5 / significant)
    for power in POWERS:
        new = Iv((mid - half) * power, (mid + half) * power)
        times = f"x{power:,.0f}" if power > 1 else f"/{1 / power:,.0f}"
        yield offsetless, new, f"'{{written}}' fits {times}: a power of ten off"


def _evaluate(rule, env: dict[str, Iv], count: int) -> Iv:
    formula = next(iter(rule.readings.values()))
    computed = formula.evaluate(env)
    return Iv(*(np.broadcast_to(a, (count,)) for a in (computed.lo, computed.hi)))
