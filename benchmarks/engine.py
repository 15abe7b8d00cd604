"""Audit a generated archive of relations across every kind; print relations per second and
peak memory.

    python benchmarks/engine.py [--relations 1000000] [--wrong 0.05]

The tables are generated directly as numpy columns (what the claims loader would produce, with
fixed-width text columns so the input itself stays small), in another process, and a
share of them with a figure moved out of its stated precision, so the diagnosis runs too. The
run checks that every relation got a finding; it prints how many relations carry a planted
error next to how many came out inconsistent (a planted error that stays within the stated
precision of small figures is, rightly, not caught).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.claims.kinds import KINDS
from audit.engine import evaluate as engine
from audit.engine.columns import Table
from audit.engine.tables import Tables
from audit.reference import rate_windows
from audit.rules.rule_files import load_rules

YUAN, USD, PLAIN, PP = "[currency_CNY]", "[currency_USD]", "", "[percentage_point]"
MASS, YUAN_PER_KG = "[mass]", "[currency_CNY]*[mass]^-1"
# Every generated conversion is of yuan to dollars at August 2023's rates.
RATE_WINDOW = (date(2023, 8, 1), date(2023, 8, 31))


def with_rate_windows(tables: Tables) -> Tables:
    """The tables with the one rate window their conversions need (audit.reference.rate_windows)."""
    found = rate_windows.windows({("CNY", "USD", *RATE_WINDOW)}, rate_windows.DEFAULT_BAND)
    return replace(tables, rates=Table(found))


class Archive:
    """Collects generated values, relations and fills as column chunks."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.values: dict[str, list[np.ndarray]] = {}
        self.relations: dict[str, list[np.ndarray]] = {}
        self.fills: dict[str, list[np.ndarray]] = {}
        self.value_count = 0
        self.relation_count = 0

    def add_values(
        self,
        number: np.ndarray,
        decimals: int,
        dimension: str,
        factor: float,
        scale: float = 1.0,
        exact: bool = False,
    ) -> np.ndarray:
        """Values written to `decimals` places: their rounding interval in the unit (a point
        for an exact value, such as a number of names counted)."""
        rounded = np.round(number, decimals)
        half = 0.0 if exact else 0.5 * 10.0**-decimals
        n = len(number)
        digits = np.round(np.abs(rounded) * 10**decimals).astype(np.int64)
        columns = {
            "lo": (rounded - half) * scale,
            "hi": (rounded + half) * scale,
            "bare_lo": (rounded - half) * scale,
            "bare_hi": (rounded + half) * scale,
            "lo_open": np.zeros(n, bool),
            "hi_open": np.full(n, not exact),
            "dimension": np.full(n, dimension),
            "factor": np.full(n, factor),
            "written": np.char.mod(f"%.{decimals}f", rounded),
            "scale_word": np.full(n, "billion" if scale == 1e9 else ""),
            "source": np.full(n, "claim"),
            "claim": np.full(n, ""),
            "label": np.full(n, ""),
            "digits": digits,
            "decimals": np.full(n, decimals, dtype=np.int64),
        }
        for name, column in columns.items():
            self.values.setdefault(name, []).append(column)
        start = self.value_count
        self.value_count += n
        return np.arange(start, start + n)

    def add_relations(
        self, kind: str, roles: dict[str, np.ndarray], years=None, rate_period=None, days=None
    ) -> None:
        n = len(next(iter(roles.values())))
        ids = np.arange(self.relation_count, self.relation_count + n)
        start, end = rate_period or (None, None)
        columns = {
            "article": np.char.mod("article-%d", ids // 20),
            "relation": np.char.mod("r%d", ids),
            "kind": np.full(n, kind),
            "reading": np.full(n, ""),
            "years": years if years is not None else np.full(n, np.nan),
            "days": days if days is not None else np.full(n, np.nan),
            "days_high": days if days is not None else np.full(n, np.nan),
            "period": np.ones(n),  # every generated daily figure is per day
            "spread": np.full(n, "daily figure", dtype=object),
            "rate_start": np.full(n, start, dtype=object),
            "rate_end": np.full(n, end, dtype=object),
            "rate_period": np.full(n, ""),
            "rate_assumed": np.zeros(n, bool),
            "rate_note": np.full(n, ""),
        }
        for name, column in columns.items():
            self.relations.setdefault(name, []).append(column)
        for role, value_rows in roles.items():
            for part, rows in enumerate(value_rows if value_rows.ndim == 2 else [value_rows]):
                self.fills.setdefault("relation", []).append(ids)
                self.fills.setdefault("role", []).append(np.full(n, role))
                self.fills.setdefault("value", []).append(rows)
                self.fills.setdefault("part", []).append(np.full(n, part, dtype=np.int64))
        self.relation_count += n

    def tables(self) -> Tables:
        def join(parts: dict[str, list[np.ndarray]]) -> Table:
            return Table({name: np.concatenate(chunks) for name, chunks in parts.items()})

        return with_rate_windows(Tables(join(self.values), join(self.relations), join(self.fills)))


def generate(count: int, wrong: float, seed: int = 7) -> tuple[Tables, int]:
    """The tables, and how many relations carry a planted error."""
    rng = np.random.default_rng(seed)
    archive = Archive(rng)
    kinds = list(KINDS)
    per_kind = count // len(kinds)
    planted = 0
    for index, kind in enumerate(kinds):
        n = per_kind + (count - per_kind * len(kinds) if index == 0 else 0)
        # A planted error moves the compared figure by a third: well beyond its precision.
        skew = np.where(rng.random(n) < wrong, 1.33, 1.0)
        planted += int(np.count_nonzero(skew > 1))
        GENERATORS[kind](archive, n, skew)
    return archive.tables(), planted


def _amount(rng, n):
    return rng.uniform(1, 999, n)


def _share(a: Archive, n, skew):
    part = _amount(a.rng, n)
    whole = part + _amount(a.rng, n) * 10
    a.add_relations(
        "share",
        {
            "part": a.add_values(part, 2, YUAN, 1.0, 1e9),
            "whole": a.add_values(whole, 2, YUAN, 1.0, 1e9),
            "share": a.add_values(part / np.round(whole, 2) * 100 * skew, 1, PLAIN, 0.01),
        },
    )


def _share_of_sum(a: Archive, n, skew):
    part = _amount(a.rng, n)
    rest = part * a.rng.uniform(1.0, 20.0, n)
    whole = np.round(part, 2) + np.round(rest, 2)
    a.add_relations(
        "share_of_sum",
        {
            "part": a.add_values(part, 2, YUAN, 1.0, 1e9),
            "rest": np.stack([a.add_values(rest, 2, YUAN, 1.0, 1e9)]),
            "share": a.add_values(np.round(part, 2) / whole * 100 * skew, 1, PLAIN, 0.01),
        },
    )


def _value_growth(a: Archive, n, skew):
    volume, price = a.rng.uniform(-30, 60, n), a.rng.uniform(-30, 60, n)
    value = ((1 + np.round(volume, 1) / 100) * (1 + np.round(price, 1) / 100) - 1) * 100 * skew
    a.add_relations(
        "value_growth",
        {
            "value": a.add_values(value, 1, PLAIN, 0.01),
            "volume": a.add_values(volume, 1, PLAIN, 0.01),
            "price": a.add_values(price, 1, PLAIN, 0.01),
        },
    )


def _shares_of_one_whole(a: Archive, n, skew):
    whole = _amount(a.rng, n) * 100
    part, other = whole * a.rng.uniform(0.05, 0.5, n), whole * a.rng.uniform(0.05, 0.5, n)
    other_share = np.round(np.round(other, 2) / whole * 100, 1)
    a.add_relations(
        "shares_of_one_whole",
        {
            "part": a.add_values(part, 2, YUAN, 1.0, 1e9),
            "share": a.add_values(part / whole * 100 * skew, 1, PLAIN, 0.01),
            "other": a.add_values(other, 2, YUAN, 1.0, 1e9),
            "other_share": a.add_values(other_share, 1, PLAIN, 0.01),
        },
    )


def _growth(a: Archive, n, skew):
    start = _amount(a.rng, n)
    end = start * a.rng.uniform(0.8, 1.6, n)
    rate = (np.round(end, 2) / np.round(start, 2) - 1) * 100
    a.add_relations(
        "growth",
        {
            "start": a.add_values(start, 2, YUAN, 1.0, 1e9),
            "end": a.add_values(end, 2, YUAN, 1.0, 1e9),
            "rate": a.add_values(np.where(skew > 1, rate + 9, rate), 1, PLAIN, 0.01),
        },
    )


def _change(a: Archive, n, skew):
    end = _amount(a.rng, n)
    change = end * a.rng.uniform(0.02, 0.3, n)
    rate = np.round(change, 2) / (np.round(end, 2) - np.round(change, 2)) * 100 * skew
    a.add_relations(
        "change",
        {
            "end": a.add_values(end, 2, YUAN, 1.0, 1e9),
            "change": a.add_values(change, 2, YUAN, 1.0, 1e9),
            "rate": a.add_values(rate, 1, PLAIN, 0.01),
        },
    )


def _change_from(a: Archive, n, skew):
    start = _amount(a.rng, n)
    change = start * a.rng.uniform(0.02, 0.3, n) * a.rng.choice([-1.0, 1.0], n)
    rate = np.round(change, 2) / np.round(start, 2) * 100 * skew
    a.add_relations(
        "change_from",
        {
            "start": a.add_values(start, 2, YUAN, 1.0, 1e9),
            "change": a.add_values(change, 2, YUAN, 1.0, 1e9),
            "rate": a.add_values(rate, 1, PLAIN, 0.01),
        },
    )


def _change_cagr(a: Archive, n, skew):
    end, years = _amount(a.rng, n), a.rng.integers(2, 12, n).astype(float)
    change = end * a.rng.uniform(0.05, 0.6, n)
    start = np.round(end, 2) - np.round(change, 2)
    rate = ((np.round(end, 2) / start) ** (1 / years) - 1) * 100 * skew
    a.add_relations(
        "change_cagr",
        {
            "end": a.add_values(end, 2, YUAN, 1.0, 1e9),
            "change": a.add_values(change, 2, YUAN, 1.0, 1e9),
            "rate": a.add_values(rate, 1, PLAIN, 0.01),
        },
        years=years,
    )


def _cagr(a: Archive, n, skew):
    start, years = _amount(a.rng, n), a.rng.integers(2, 12, n).astype(float)
    end = start * a.rng.uniform(1.1, 4, n)
    rate = ((np.round(end, 2) / np.round(start, 2)) ** (1 / years) - 1) * 100 * skew
    a.add_relations(
        "cagr",
        {
            "start": a.add_values(start, 2, YUAN, 1.0, 1e9),
            "end": a.add_values(end, 2, YUAN, 1.0, 1e9),
            "rate": a.add_values(rate, 1, PLAIN, 0.01),
        },
        years=years,
    )


def _multiple(a: Archive, n, skew):
    start = _amount(a.rng, n)
    end = start * a.rng.uniform(1.5, 6, n)
    multiple = (np.round(end, 2) / np.round(start, 2) - 1) * skew
    a.add_relations(
        "multiple",
        {
            "start": a.add_values(start, 2, YUAN, 1.0, 1e9),
            "end": a.add_values(end, 2, YUAN, 1.0, 1e9),
            "multiple": a.add_values(multiple, 2, PLAIN, 1.0),
        },
    )


def _cagr_multiple(a: Archive, n, skew):
    rate, years = a.rng.uniform(2, 30, n), a.rng.integers(2, 10, n).astype(float)
    multiple = ((1 + np.round(rate, 1) / 100) ** years - 1) * skew
    a.add_relations(
        "cagr_multiple",
        {
            "rate": a.add_values(rate, 1, PLAIN, 0.01),
            "multiple": a.add_values(multiple, 2, PLAIN, 1.0),
        },
        years=years,
    )


def _cagr_cumulative(a: Archive, n, skew):
    change, years = a.rng.uniform(5, 300, n), a.rng.integers(2, 12, n).astype(float)
    rate = ((1 + np.round(change, 1) / 100) ** (1 / years) - 1) * 100 * skew
    a.add_relations(
        "cagr_cumulative",
        {
            "rate": a.add_values(rate, 1, PLAIN, 0.01),
            "change": a.add_values(change, 1, PLAIN, 0.01),
        },
        years=years,
    )


def _pp(a: Archive, n, skew, kind: str, per_year: bool):
    start, end = a.rng.uniform(1, 60, n), a.rng.uniform(1, 60, n)
    years = a.rng.integers(2, 10, n).astype(float) if per_year else None
    change = (np.round(end, 1) - np.round(start, 1)) / (years if per_year else 1)
    a.add_relations(
        kind,
        {
            "start": a.add_values(start, 1, PLAIN, 0.01),
            "end": a.add_values(end, 1, PLAIN, 0.01),
            "change": a.add_values(np.where(skew > 1, change + 5, change), 2, PP, 1.0),
        },
        years=years,
    )


def _rate_gap(a: Archive, n, skew):
    higher, lower = a.rng.uniform(20, 40, n), a.rng.uniform(1, 19, n)
    gap = (np.round(higher, 1) - np.round(lower, 1)) * skew
    a.add_relations(
        "rate_gap",
        {
            "higher": a.add_values(higher, 1, PLAIN, 0.01),
            "lower": a.add_values(lower, 1, PLAIN, 0.01),
            "gap": a.add_values(gap, 1, PP, 1.0),
        },
    )


def _cagr_gap(a: Archive, n, skew):
    rate, years = a.rng.uniform(15, 40, n), a.rng.integers(2, 10, n).astype(float)
    start = _amount(a.rng, n)
    end = start * a.rng.uniform(1.1, 2, n)
    base = ((np.round(end, 2) / np.round(start, 2)) ** (1 / years) - 1) * 100
    gap = (np.round(rate, 1) - base) * skew
    a.add_relations(
        "cagr_gap",
        {
            "rate": a.add_values(rate, 1, PLAIN, 0.01),
            "gap": a.add_values(gap, 1, PP, 1.0),
            "base_start": a.add_values(start, 2, YUAN, 1.0, 1e9),
            "base_end": a.add_values(end, 2, YUAN, 1.0, 1e9),
        },
        years=years,
    )


def _cumulative_gap(a: Archive, n, skew):
    higher, years = a.rng.uniform(60, 200, n), a.rng.integers(3, 12, n).astype(float)
    lower = higher * a.rng.uniform(0.1, 0.6, n)
    h, lo = np.round(higher, 1), np.round(lower, 1)
    gap = ((1 + h / 100) ** (1 / years) - (1 + lo / 100) ** (1 / years)) * 100 * skew
    a.add_relations(
        "cumulative_gap",
        {
            "higher": a.add_values(higher, 1, PLAIN, 0.01),
            "lower": a.add_values(lower, 1, PLAIN, 0.01),
            "gap": a.add_values(gap, 2, PP, 1.0),
        },
        years=years,
    )


def _conversion(a: Archive, n, skew):
    amount = _amount(a.rng, n)
    converted = np.round(amount, 2) / 7.2 * skew  # 2023-08 rates were 7.14-7.25
    a.add_relations(
        "conversion",
        {
            "amount": a.add_values(amount, 2, YUAN, 1.0, 1e9),
            "converted": a.add_values(converted, 3, USD, 1.0, 1e9),
        },
        rate_period=RATE_WINDOW,
    )


def _unit_conversion(a: Archive, n, skew):
    miles = a.rng.uniform(10, 900, n)
    km = np.round(miles, 1) * 1.609344 * skew  # exact factor: mile 1609.344 m, km 1000 m
    a.add_relations(
        "unit_conversion",
        {
            "amount": a.add_values(miles, 1, "[length]", 1609.344),
            "converted": a.add_values(km, 1, "[length]", 1000.0),
        },
    )


def _sum(a: Archive, n, skew):
    parts = np.stack([_amount(a.rng, n) for _ in range(3)])
    total = np.round(parts, 2).sum(axis=0) * skew
    a.add_relations(
        "sum",
        {
            "total": a.add_values(total, 2, YUAN, 1.0, 1e9),
            "parts": np.stack([a.add_values(p, 2, YUAN, 1.0, 1e9) for p in parts]),
        },
    )


def _aggregate_growth(a: Archive, n, skew):
    levels = np.stack([_amount(a.rng, n) for _ in range(3)])
    rates = np.stack([a.rng.uniform(-15, 25, n) for _ in range(3)])
    written, rounded = np.round(levels, 2), np.round(rates, 1)
    total = (written.sum(axis=0) / (written / (1 + rounded / 100)).sum(axis=0) - 1) * 100
    a.add_relations(
        "aggregate_growth",
        {
            "rate": a.add_values(np.where(skew > 1, total + 9, total), 1, PLAIN, 0.01),
            "levels": np.stack([a.add_values(v, 2, YUAN, 1.0, 1e9) for v in levels]),
            "rates": np.stack([a.add_values(r, 1, PLAIN, 0.01) for r in rates]),
        },
    )


def _balance_aggregate_growth(a: Archive, n, skew):
    total = _amount(a.rng, n) + 500
    balance = total * a.rng.uniform(0.05, 0.5, n)
    rates = [a.rng.uniform(-5, 15, n) for _ in range(2)]
    t, s = np.round(total, 2), np.round(balance, 2)
    xr, yr = (np.round(r, 1) for r in rates)
    rate = (t / ((t + s) / 2 / (1 + xr / 100) + (t - s) / 2 / (1 + yr / 100)) - 1) * 100
    a.add_relations(
        "balance_aggregate_growth",
        {
            "rate": a.add_values(np.where(skew > 1, rate + 9, rate), 1, PLAIN, 0.01),
            "total": a.add_values(total, 2, YUAN, 1.0, 1e9),
            "balance": a.add_values(balance, 2, YUAN, 1.0, 1e9),
            "a_rate": a.add_values(rates[0], 1, PLAIN, 0.01),
            "b_rate": a.add_values(rates[1], 1, PLAIN, 0.01),
        },
    )


def _difference_growth(a: Archive, n, skew):
    first = _amount(a.rng, n) + 500
    # Sides far enough apart that the earlier difference is never near zero (growth from
    # nothing is rightly unverifiable).
    second = first * a.rng.uniform(0.2, 0.6, n)
    rates = [a.rng.uniform(-5, 15, n) for _ in range(2)]
    x, y = np.round(first, 2), np.round(second, 2)
    xr, yr = (np.round(r, 1) for r in rates)
    rate = ((x - y) / (x / (1 + xr / 100) - y / (1 + yr / 100)) - 1) * 100
    a.add_relations(
        "difference_growth",
        {
            "a": a.add_values(first, 2, YUAN, 1.0, 1e9),
            "a_rate": a.add_values(rates[0], 1, PLAIN, 0.01),
            "b": a.add_values(second, 2, YUAN, 1.0, 1e9),
            "b_rate": a.add_values(rates[1], 1, PLAIN, 0.01),
            "rate": a.add_values(np.where(skew > 1, rate + 15, rate), 1, PLAIN, 0.01),
        },
    )


def _bound(a: Archive, n, skew):
    value = _amount(a.rng, n) + 10
    # "more than X" for a round X under the figure; a planted error raises X above it.
    threshold = np.floor(value / 10) * 10 * np.where(skew > 1, 1.5, 1.0)
    rows = a.add_values(threshold, 0, YUAN, 1.0, 1e9)
    a.values["lo"][-1] = threshold * 1e9
    a.values["hi"][-1] = np.full(n, np.inf)
    a.values["lo_open"][-1] = np.ones(n, bool)
    a.add_relations("bound", {"value": a.add_values(value, 2, YUAN, 1.0, 1e9), "bound": rows})


def _order(a: Archive, n, skew):
    smaller = _amount(a.rng, n)
    larger = smaller * a.rng.uniform(1.01, 3, n) / np.where(skew > 1, 4, 1)
    a.add_relations(
        "order",
        {
            "larger": a.add_values(larger, 2, YUAN, 1.0, 1e9),
            "smaller": a.add_values(smaller, 2, YUAN, 1.0, 1e9),
        },
    )


def _partial_sum(a: Archive, n, skew):
    parts = np.stack([_amount(a.rng, n) for _ in range(2)])
    total = np.round(parts, 2).sum(axis=0) * a.rng.uniform(1, 2, n) / np.where(skew > 1, 2, 1)
    a.add_relations(
        "partial_sum",
        {
            "total": a.add_values(total, 2, YUAN, 1.0, 1e9),
            "parts": np.stack([a.add_values(p, 2, YUAN, 1.0, 1e9) for p in parts]),
        },
    )


def _list_counts(a: Archive, n, skew, kind: str, every: bool):
    count = a.rng.integers(2, 40, n).astype(float)
    named = count if every else np.floor(count * a.rng.uniform(0.1, 1, n)).clip(1)
    listed = np.where(skew > 1, count + a.rng.integers(1, 4, n), named)
    a.add_relations(
        kind,
        {
            "count": a.add_values(count, 0, PLAIN, 1.0),
            "listed": a.add_values(listed, 0, PLAIN, 1.0, exact=True),
        },
    )


def _per_day(a: Archive, n, skew):
    total, days = _amount(a.rng, n), a.rng.choice([365.0, 366.0, 90.0, 31.0, 7.0], n)
    daily = np.round(total, 2) * 1e3 / days * skew
    a.add_relations(
        "per_day",
        {
            "total": a.add_values(total, 2, YUAN, 1.0, 1e9),
            "per_day": a.add_values(daily, 1, YUAN, 1.0, 1e6),
        },
        days=days,
    )


def _per_capita(a: Archive, n, skew):
    total, count = _amount(a.rng, n), a.rng.uniform(1, 50, n)
    per = np.round(total, 2) * 1e9 / (np.round(count, 2) * 1e6) * skew
    a.add_relations(
        "per_capita",
        {
            "total": a.add_values(total, 2, YUAN, 1.0, 1e9),
            "count": a.add_values(count, 2, PLAIN, 1.0, 1e6),
            "per_capita": a.add_values(per, 0, YUAN, 1.0),
        },
    )


def _per_unit(a: Archive, n, skew):
    total, mass = _amount(a.rng, n), a.rng.uniform(1, 50, n)
    price = np.round(total, 2) * 1e9 / (np.round(mass, 2) * 1e6) * skew
    a.add_relations(
        "per_unit",
        {
            "total": a.add_values(total, 2, YUAN, 1.0, 1e9),
            "quantity": a.add_values(mass, 2, MASS, 1.0, 1e6),
            "per_unit": a.add_values(price, 1, YUAN_PER_KG, 1.0),
        },
    )


def _restate(a: Archive, n, skew):
    value = _amount(a.rng, n)
    a.add_relations(
        "restate",
        {
            "first": a.add_values(value, 1, YUAN, 1.0, 1e9),
            "second": a.add_values(value * 1e3 * skew, 0, YUAN, 1.0, 1e6),
        },
    )


def _reference(a: Archive, n, skew):
    value = _amount(a.rng, n)
    a.add_relations(
        "reference",
        {
            "value": a.add_values(value * skew, 2, YUAN, 1.0, 1e9),
            "reference": a.add_values(value, 3, YUAN, 1.0, 1e9),
        },
    )


GENERATORS = {
    "share": _share,
    "shares_of_one_whole": _shares_of_one_whole,
    "share_of_sum": _share_of_sum,
    "value_growth": _value_growth,
    "growth": _growth,
    "change": _change,
    "change_from": _change_from,
    "cagr": _cagr,
    "multiple": _multiple,
    "cagr_multiple": _cagr_multiple,
    "cagr_cumulative": _cagr_cumulative,
    "change_cagr": _change_cagr,
    "pp_change": lambda a, n, s: _pp(a, n, s, "pp_change", False),
    "pp_per_year": lambda a, n, s: _pp(a, n, s, "pp_per_year", True),
    "rate_gap": _rate_gap,
    "cagr_gap": _cagr_gap,
    "cumulative_gap": _cumulative_gap,
    "conversion": _conversion,
    "unit_conversion": _unit_conversion,
    "sum": _sum,
    "aggregate_growth": _aggregate_growth,
    "balance_aggregate_growth": _balance_aggregate_growth,
    "difference_growth": _difference_growth,
    "bound": _bound,
    "order": _order,
    "partial_sum": _partial_sum,
    "list_count": lambda a, n, s: _list_counts(a, n, s, "list_count", True),
    "partial_list_count": lambda a, n, s: _list_counts(a, n, s, "partial_list_count", False),
    "per_day": _per_day,
    "per_capita": _per_capita,
    "per_unit": _per_unit,
    "restate": _restate,
    "reference": _reference,
}


def _save(tables: Tables, folder: Path) -> None:
    for name in ("values", "relations", "fills"):
        np.savez(folder / f"{name}.npz", **getattr(tables, name).columns)


def _load(folder: Path) -> Tables:
    def table(name: str) -> Table:
        with np.load(folder / f"{name}.npz", allow_pickle=True) as data:  # our own file
            return Table({key: data[key] for key in data.files})

    return with_rate_windows(Tables(table("values"), table("relations"), table("fills")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--relations", type=int, default=1_000_000)
    parser.add_argument("--wrong", type=float, default=0.05)
    parser.add_argument("--generate-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate_into:
        tables, planted = generate(args.relations, args.wrong)
        _save(tables, args.generate_into)
        (args.generate_into / "planted").write_text(str(planted))
        return
    with tempfile.TemporaryDirectory() as folder:
        # Generated in another process, so this one's memory is the audit's alone.
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--relations",
                str(args.relations),
                "--wrong",
                str(args.wrong),
                "--generate-into",
                folder,
            ],
            check=True,
        )
        generated = time.perf_counter() - started
        tables = _load(Path(folder))
        planted = int((Path(folder) / "planted").read_text())
    rules = load_rules()
    started = time.perf_counter()
    findings = engine.run(tables, rules)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = findings["status"]
    counts = {
        s: int(np.count_nonzero(status == s))
        for s in ("consistent", "inconsistent", "unverifiable")
    }
    explained = int(np.count_nonzero((status == "inconsistent") & (findings["cause"] != "")))
    print(
        f"relations:            {len(tables.relations):,} across {len(KINDS)} kinds"
        f" ({len(tables.values):,} values), generated in {generated:.1f} s"
    )
    print(f"audit time:           {elapsed:.2f} s")
    print(f"relations per second: {len(tables.relations) / elapsed:,.0f}")
    print(f"peak memory (RSS) of the auditing process, input tables included: {peak_mb:,.0f} MB")
    print(f"findings:             {len(findings):,}  {counts}")
    print(f"planted errors:       {planted:,}; inconsistent: {counts['inconsistent']:,}")
    print(f"inconsistent with a likely cause: {explained:,}")
    if len(findings) != len(tables.relations):
        raise SystemExit("every relation should have exactly one finding")


if __name__ == "__main__":
    main()
