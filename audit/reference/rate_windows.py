"""Where a rate window comes from: the table of dated exchange rates, built before the engine runs.

`build` looks up, once per currency pair and window, the days with a reference rate
(audit.reference.rates: the ECB's daily rates, FRED's monthly averages where the ECB has none),
their lowest and highest rate, the band allowed either side and the bounds it gives, and which
days of the window had no rate. The band (the configuration's `rate-band`) is applied here and
nowhere else. Called by audit.engine.tables when the tables are built; the engine only joins each
conversion to its window (audit.engine.rate_rows) and copies the window into the finding, and
audit.report.model shows it as this table gives it (`_rate_text`, and `rate_window` in JSON).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import numpy as np

from audit.claims.periods import Period
from audit.reference import rates

# China fixes a central parity each day and lets the market trade up to 2% either side of it;
# official figures convert at the parity, the ECB's cross rate follows the market. The
# configuration's `rate-band` replaces it (audit.gate.config).
DEFAULT_BAND = 0.02

COLUMNS = (
    "key",  # base|quote|start|end, as the engine asks for it
    "base",
    "quote",
    "start",  # the window asked for (ISO dates)
    "end",
    "first",  # the first and last day with a rate ("" where none)
    "last",
    "low",  # lowest and highest units of base per quote (NaN where none)
    "high",
    "band",  # the fraction allowed either side
    "allowed_low",  # low and high widened by the band: what a conversion is held against
    "allowed_high",
    "source",  # ECB | FRED | same | "" (none found)
    "missing",  # the days of the window without a rate, beyond weekends and holidays
    "described",  # the window as the report names it
)


def key(base: str, quote: str, start: date | None, end: date | None) -> str:
    return f"{base}|{quote}|{start}|{end}"


def build(requests: Iterable[tuple[str, str, date, date]], band: float) -> dict[str, np.ndarray]:
    """One row per distinct (base, quote, start, end) asked for: the table's columns."""
    rows = [_row(*request, band) for request in sorted(set(requests))]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in COLUMNS]
    table: dict[str, np.ndarray] = {}
    for name, column in zip(COLUMNS, columns, strict=True):
        if name in ("low", "high", "band", "allowed_low", "allowed_high"):
            table[name] = np.array(column, dtype=float)
        else:
            table[name] = np.empty(len(column), dtype=object)
            table[name][:] = list(column)
    return table


def _row(base: str, quote: str, start: date, end: date, band: float) -> tuple:
    period = Period(start, end, f"{start}/{end}")
    first = last = source = missing = ""
    low = high = float("nan")
    if base == quote:
        low, high, source = 1.0, 1.0, "same"
    else:
        ecb = rates.ecb_rates(base, quote, period)
        if ecb is not None:
            days, cross = ecb
            low, high, source = float(cross.min()), float(cross.max()), "ECB"
            first, last = str(days[0]), str(days[-1])
            missing = _missing(days, start, end)
        else:
            fred = rates.fred_range(base, quote, period)
            if fred is not None:
                (low, high), source = fred, "FRED"
                first, last = f"{start:%Y-%m}", f"{end:%Y-%m}"
    return (
        key(base, quote, start, end),
        base,
        quote,
        str(start),
        str(end),
        first,
        last,
        low,
        high,
        band,
        low * (1 - band),
        high * (1 + band),
        source,
        missing,
        rates.describe(base, quote, period),
    )


def _missing(days: np.ndarray, start: date, end: date) -> str:
    """The stretches at either end of the window with no shipped rate, when the window is cut."""
    if not rates.window_is_cut(days, start, end):
        return ""
    first, last = days[0].astype(date), days[-1].astype(date)
    gaps = []
    if first > start:
        gaps.append(f"{start} to {first - timedelta(days=1)}")
    if last < end:
        gaps.append(f"{last + timedelta(days=1)} to {end}")
    return ", ".join(gaps)
