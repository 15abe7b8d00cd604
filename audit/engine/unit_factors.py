"""Unit conversions: both sides in base units through pint's exact factors, plus a dated
currency rate only when the units hold a currency (yuan per square metre as dollars per foot²).

The `unit_conversion` kind's derived role `factor` is how many base units of the converted side
one base unit of the amount is: exactly 1 between units of one dimension (no tolerance beyond
the rounding of the two figures), the inverse of the dated rate window's bounds (band included,
audit.reference.rate_windows), when the two sides differ by their currency. Offsets (Celsius,
Fahrenheit) enter the sides here, since the values table carries only a factor.
"""

from __future__ import annotations

import re

import numpy as np

from audit.claims.units import CURRENCY_IN_DIMENSION, Unit, calendar_band, resolve
from audit.engine import rate_rows
from audit.engine.currency_bridge import currency_codes, without_currency
from audit.errors import InputError
from audit.intervals import Iv

KIND = "unit_conversion"
# "pounds" alone is sterling; beside a mass it is the pound by weight.
_POUND_WORDS = ("pound", "pounds")
_POUND_MASS = "lb"


def side_units(texts: np.ndarray, dims: np.ndarray, other_dims: np.ndarray) -> list[Unit]:
    """The unit of each side as the conversion reads it (factor NaN where the words do not
    resolve: the values table's own factor stands). One look-up per distinct spelling."""
    distinct, inverse = np.unique(_keys(texts, dims, other_dims), return_inverse=True)
    units = [_side_unit(*key.split("|", 2)) for key in distinct.tolist()]
    return [units[i] for i in inverse.tolist()]


def _keys(texts: np.ndarray, dims: np.ndarray, other_dims: np.ndarray) -> np.ndarray:
    return np.char.add(
        np.char.add(texts.astype(str), "|"),
        np.char.add(np.char.add(dims.astype(str), "|"), other_dims.astype(str)),
    )


def side_arrays(
    texts: np.ndarray, dims: np.ndarray, other_dims: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """factor, offset and dimension of each side, as arrays (the engine's vectorized path)."""
    distinct, inverse = np.unique(_keys(texts, dims, other_dims), return_inverse=True)
    units = [_side_unit(*key.split("|", 2)) for key in distinct.tolist()]
    factor = np.array([u.factor for u in units], dtype=float)[inverse]
    offset = np.array([u.offset for u in units], dtype=float)[inverse]
    dimension = np.array([u.dimension for u in units], dtype=object)[inverse]
    return factor, offset, dimension


def _side_unit(text: str, dim: str, other: str) -> Unit:
    weight = text.strip().lower() in _POUND_WORDS and "[mass]" in other and "currency" not in other
    unit = _resolve(_POUND_MASS if weight else priced(text, dim))
    # A sign ("$120 per square foot") is in the dimension, not in the unit words.
    if unit is not None and (weight or unit.dimension == dim):
        return unit
    return Unit(text, dim, float("nan"))


def priced(text: str, dim: str) -> str:
    """Unit words with the currency a sign gave: "$540 per square foot" -> "USD per ..."."""
    code = CURRENCY_IN_DIMENSION.search(dim)
    if code and re.match(r"(?:per\s|/)", text):
        return f"{code.group(1)} {text}"
    return text


def _resolve(text: str) -> Unit | None:
    try:
        return resolve(text)
    except InputError:
        return None


def prepare(
    tables, relation: np.ndarray, rows: dict[str, np.ndarray], values
) -> tuple[Iv, np.ndarray, dict[str, Iv], np.ndarray]:
    """The factor role, why a row cannot be checked, both sides in base units, and the rate
    window (row of Tables.rates) each row is held against (-1 where none)."""
    n = len(relation)
    sides: dict[str, Iv] = {}
    dims: dict[str, np.ndarray] = {}
    index = {name: rows[name] for name in ("amount", "converted")}
    safe = {name: np.where(i >= 0, i, 0) for name, i in index.items()}
    for name in index:
        dims[name] = values.take("dimension", safe[name]).astype(str)
    for name, other in (("amount", "converted"), ("converted", "amount")):
        texts = unit_texts(tables, safe[name])
        factor, offset, dims[name] = side_arrays(texts, dims[name], dims[other])
        factor = np.where(np.isnan(factor), values.take("factor", safe[name]), factor)
        lo, hi = values.take("bare_lo", safe[name]), values.take("bare_hi", safe[name])
        sides[name] = Iv(
            np.where(index[name] >= 0, lo * factor + offset, np.nan),
            np.where(index[name] >= 0, hi * factor + offset, np.nan),
        )
    factor_lo, factor_hi = np.full(n, np.nan), np.full(n, np.nan)
    reason = np.full(n, "", dtype=object)
    present = (index["amount"] >= 0) & (index["converted"] >= 0)
    same = present & (dims["amount"] == dims["converted"])
    factor_lo[same], factor_hi[same] = 1.0, 1.0
    band_lo, band_hi = _calendar_bands(tables, safe, dims)
    factor_lo, factor_hi = np.where(same, band_lo, factor_lo), np.where(same, band_hi, factor_hi)
    base = currency_codes(dims["amount"])
    quote = currency_codes(dims["converted"])
    bridged = (
        present
        & ~same
        & (base != "")
        & (quote != "")
        & (without_currency(dims["amount"]) == without_currency(dims["converted"]))
    )
    reason[present & ~same & ~bridged] = (
        "the amount and its conversion are not of the same dimension"
    )
    # The rate windows were looked up before the run (audit.reference.rate_windows).
    window, why = rate_rows.look_up(tables, base, quote, relation, bridged)
    reason = np.where(why != "", why, reason)
    known = window >= 0
    if known.any():
        # Amount-currency per converted-currency, inverted: the factor multiplies the amount.
        factor_lo[known] = 1 / tables.rates["allowed_high"][window[known]]
        factor_hi[known] = 1 / tables.rates["allowed_low"][window[known]]
    return Iv(factor_lo, factor_hi), reason, sides, window


def _calendar_bands(
    tables, safe: dict[str, np.ndarray], dims: dict[str, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """The factor's range where one side is per week, day or month and the other per year:
    a year holds 52 to 52.18 weeks as writers count (audit.claims.units.calendar_band)."""
    amount_texts = unit_texts(tables, safe["amount"])
    converted_texts = unit_texts(tables, safe["converted"])
    amounts = side_units(amount_texts, dims["amount"], dims["converted"])
    converted = side_units(converted_texts, dims["converted"], dims["amount"])
    bands = [calendar_band(a, c) for a, c in zip(amounts, converted, strict=True)]
    if not bands:
        return np.ones(0), np.ones(0)
    low, high = zip(*bands, strict=True)
    return np.array(low, dtype=float), np.array(high, dtype=float)


def unit_texts(tables, rows: np.ndarray) -> np.ndarray:
    column = tables.values.columns.get("unit_text")
    if column is None or len(column) == 0:  # generated tables carry no unit words
        return np.full(len(rows), "", dtype=object)
    return column[np.minimum(rows, len(column) - 1)]
