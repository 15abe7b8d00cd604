"""Which row of the rate windows table (built before the run) each conversion is held against.

The engine never opens exchange-rate data: audit.reference.rate_windows has looked up every
currency pair and window the relations need, with the band applied, into `Tables.rates`; this
module only joins each expansion row to its window by key.
"""

from __future__ import annotations

import numpy as np

NO_DATE = (
    "no date for the exchange rate: give the article's published date or the relation's rate_period"
)


def look_up(
    tables, base: np.ndarray, quote: np.ndarray, relation: np.ndarray, needed: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the rates-table row (-1 where none) and, where a needed row has none, why."""
    n = len(relation)
    found = np.full(n, -1, dtype=np.int64)
    reason = np.full(n, "", dtype=object)
    if not needed.any():
        return found, reason
    starts = tables.relations["rate_start"][relation]
    ends = tables.relations["rate_end"][relation]
    keys = np.full(n, "", dtype=object)
    keys[needed] = _keys(base[needed], quote[needed], starts[needed], ends[needed])
    rates = tables.rates
    known = {k: i for i, k in enumerate(rates["key"].tolist())} if len(rates) else {}
    distinct, inverse = np.unique(keys[needed].astype(str), return_inverse=True)
    rows = np.flatnonzero(needed)
    for number, key in enumerate(distinct.tolist()):  # one join per currency pair and window
        where = rows[inverse == number]
        b, q, s, e = key.split("|")
        row = known.get(key, -1)
        if s == "None":
            reason[where] = NO_DATE
        elif row < 0 or not rates["source"][row]:
            reason[where] = f"no ECB reference rate for {b} per {q} from {s} to {e}"
        else:
            found[where] = row
    return found, reason


def _keys(base, quote, starts, ends) -> np.ndarray:
    """The windows' keys (audit.reference.rate_windows.key), vectorized: each distinct date is
    turned into text once."""
    dates = np.unique(np.concatenate([starts, ends]).astype(str), return_inverse=True)
    names = dates[0].astype(object)
    half = len(starts)
    start_text, end_text = names[dates[1][:half]], names[dates[1][half:]]
    return base.astype(object) + "|" + quote.astype(object) + "|" + start_text + "|" + end_text


# The window each finding was held against, copied into the findings table so the report needs
# no other table: findings column "window_<name>" is the rates table's column <name>.
WINDOW_COLUMNS = (
    "base",
    "quote",
    "start",
    "end",
    "first",
    "last",
    "low",
    "high",
    "band",
    "source",
    "missing",
    "described",
)
FINDING_COLUMNS = tuple(f"window_{name}" for name in WINDOW_COLUMNS)
_NUMBERS = ("low", "high", "band")


def finding_columns(tables, window: np.ndarray) -> dict[str, np.ndarray]:
    """The findings table's window columns for rows of the rates table (-1: no window)."""
    known = window >= 0
    rates = tables.rates
    columns = {}
    for name in WINDOW_COLUMNS:
        empty = np.nan if name in _NUMBERS else ""
        if len(rates) and known.any():
            column = rates[name][np.where(known, window, 0)]
            column = np.where(known, column, empty)
        else:
            column = np.full(len(window), empty)
        columns[f"window_{name}"] = column.astype(float if name in _NUMBERS else object)
    return columns
