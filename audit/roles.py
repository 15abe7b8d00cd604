"""Prepare a rule's inputs: every combination of role values, converted into the role's units.

For the relations of one kind, `expand` makes one row per combination of alternatives (a fact
with two vintages gives two rows) and `prepare` reads each role in the unit the kind declares
(percent, percentage points, a multiple, years, an amount, a dated exchange rate). A role that
cannot be read that way leaves the row unverifiable, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from audit import rates
from audit.intervals import Iv
from audit.kinds import Kind, Role
from audit.periods import Period
from audit.tables import Tables
from audit.units import DIMENSIONLESS, PERCENTAGE_POINT

PERCENT_FOR_PP = "percent_for_pp"
PP_FOR_PERCENT = "pp_for_percent"


@dataclass
class ValueArrays:
    """The values table as numpy arrays, extended with sums of many-role parts."""

    lo: np.ndarray
    hi: np.ndarray
    lo_open: np.ndarray
    hi_open: np.ndarray
    dimension: np.ndarray
    factor: np.ndarray
    written: np.ndarray

    @staticmethod
    def of(values: pd.DataFrame) -> ValueArrays:
        return ValueArrays(*(values[c].to_numpy() for c in (
            "lo", "hi", "lo_open", "hi_open", "dimension", "factor", "written")))

    def extend(self, lo, hi, dimension, written) -> np.ndarray:
        start = len(self.lo)
        self.lo = np.concatenate([self.lo, lo])
        self.hi = np.concatenate([self.hi, hi])
        self.lo_open = np.concatenate([self.lo_open, np.zeros(len(lo), bool)])
        self.hi_open = np.concatenate([self.hi_open, np.zeros(len(lo), bool)])
        self.dimension = np.concatenate([self.dimension, dimension])
        self.factor = np.concatenate([self.factor, np.ones(len(lo))])
        self.written = np.concatenate([self.written, written])
        return np.arange(start, len(self.lo))


@dataclass
class Prepared:
    relation: np.ndarray  # relation row of each expansion row
    value: dict[str, np.ndarray]  # value row per role, -1 where the role is empty
    env: dict[str, Iv]  # every role, in the unit its kind declares
    stated_open: tuple[np.ndarray, np.ndarray]
    reason: np.ndarray  # why a row cannot be checked; "" where it can
    flag: np.ndarray  # a unit slip noticed while reading the roles ("" where none)
    missing: dict[str, np.ndarray] = field(default_factory=dict)


def expand(tables: Tables, kind: Kind, values: ValueArrays) -> pd.DataFrame:
    relations = np.flatnonzero(tables.relations["kind"].to_numpy() == kind.name)
    rows = pd.DataFrame({"relation": relations})
    fills = tables.fills[tables.fills["relation"].isin(relations)]
    for role in kind.roles:
        if role.unit in ("rate", "years"):
            continue
        chosen = fills[fills["role"] == role.name]
        if role.many:
            chosen = _sum_parts(chosen, values)
        chosen = chosen[["relation", "value"]].rename(columns={"value": role.name})
        rows = rows.merge(chosen, on="relation", how="left")
        rows[role.name] = rows[role.name].fillna(-1).astype("int64")
    return rows


def _sum_parts(fills: pd.DataFrame, values: ValueArrays) -> pd.DataFrame:
    """One synthetic value per relation: the sum of its parts, in base units."""
    if fills.empty:
        return fills
    first = fills.drop_duplicates(["relation", "part"])
    index = first["value"].to_numpy()
    frame = pd.DataFrame({
        "relation": first["relation"].to_numpy(),
        "lo": values.lo[index] * values.factor[index],
        "hi": values.hi[index] * values.factor[index],
        "dimension": values.dimension[index],
        "written": values.written[index],
    })
    grouped = frame.groupby("relation", sort=True)
    sums = grouped[["lo", "hi"]].sum()
    dims = grouped["dimension"].agg(lambda d: d.iloc[0] if d.nunique() == 1 else "mixed")
    written = grouped["written"].agg(" + ".join)
    rows = values.extend(sums["lo"].to_numpy(), sums["hi"].to_numpy(),
                         dims.to_numpy(dtype=object), written.to_numpy(dtype=object))
    return pd.DataFrame({"relation": sums.index.to_numpy(), "value": rows})


def prepare(tables: Tables, kind: Kind, compare: str, rows: pd.DataFrame,
            values: ValueArrays) -> Prepared:
    n = len(rows)
    relation = rows["relation"].to_numpy()
    reason = np.full(n, "", dtype=object)
    flag = np.full(n, "", dtype=object)
    env: dict[str, Iv] = {}
    index: dict[str, np.ndarray] = {}
    stated_open = (np.zeros(n, bool), np.zeros(n, bool))
    missing: dict[str, np.ndarray] = {}
    for role in kind.roles:
        if role.unit == "years":
            years = tables.relations["years"].to_numpy(dtype=float)[relation]
            env[role.name] = Iv.point(years)
            missing[role.name] = np.isnan(years)
            reason = _note(reason, ~np.isnan(years) & (years <= 0),
                           "the periods given span no whole year")
            continue
        if role.unit == "rate":
            env[role.name], rate_reason = _rates(tables, kind, relation, rows, values)
            reason = _note_each(reason, rate_reason)
            missing[role.name] = np.zeros(n, bool)
            continue
        idx = rows[role.name].to_numpy()
        present = idx >= 0
        safe = np.where(present, idx, 0)
        index[role.name] = idx
        missing[role.name] = ~present
        lo = np.where(present, values.lo[safe], np.nan)
        hi = np.where(present, values.hi[safe], np.nan)
        dims = values.dimension[safe]
        factor = values.factor[safe]
        lo, hi, why, slip = _in_role_unit(role, lo, hi, dims, factor, present, kind, rows,
                                           values)
        reason = _note_each(reason, why)
        flag = np.where((flag == "") & (slip != ""), slip, flag)
        env[role.name] = Iv(lo, hi)
        if role.name == compare:
            stated_open = (values.lo_open[safe] & present, values.hi_open[safe] & present)
    return Prepared(relation, index, env, stated_open, reason, flag, missing)


def _in_role_unit(role: Role, lo, hi, dims, factor, present, kind: Kind, rows, values):
    n = len(lo)
    why = np.full(n, "", dtype=object)
    slip = np.full(n, "", dtype=object)
    base_lo, base_hi = lo * factor, hi * factor
    plain = dims == DIMENSIONLESS
    points = dims == PERCENTAGE_POINT
    if role.unit == "percent":
        out_lo = np.where(points, lo, base_lo * 100)
        out_hi = np.where(points, hi, base_hi * 100)
        slip = np.where(present & points, PP_FOR_PERCENT, slip)
        why = np.where(present & ~plain & ~points, f"{role.name} is not a rate", why)
        return out_lo, out_hi, why, slip
    if role.unit == "pp":
        percent_written = plain & np.isclose(factor, 0.01)
        out_lo = np.where(points, base_lo, lo)
        out_hi = np.where(points, base_hi, hi)
        slip = np.where(present & percent_written, PERCENT_FOR_PP, slip)
        why = np.where(present & ~points & ~percent_written,
                       f"{role.name} is not in percentage points", why)
        return out_lo, out_hi, why, slip
    if role.unit == "times":
        why = np.where(present & ~plain, f"{role.name} is not a multiple", why)
        return base_lo, base_hi, why, slip
    if role.unit.startswith("same:"):
        other = role.unit.split(":", 1)[1]
        other_idx = rows[other].to_numpy()
        other_dims = values.dimension[np.where(other_idx >= 0, other_idx, 0)]
        differs = present & (other_idx >= 0) & (dims != other_dims)
        why = np.where(differs, f"{role.name} and {other} are in different units", why)
        return base_lo, base_hi, why, slip
    return base_lo, base_hi, why, slip


def _rates(tables: Tables, kind: Kind, relation, rows, values) -> tuple[Iv, np.ndarray]:
    """The range of dated exchange rates, in amount-currency per converted-currency."""
    n = len(rows)
    amount = rows["amount"].to_numpy()
    converted = rows["converted"].to_numpy()
    base = _currency(values.dimension[np.where(amount >= 0, amount, 0)])
    quote = _currency(values.dimension[np.where(converted >= 0, converted, 0)])
    starts = tables.relations["rate_start"].to_numpy()[relation]
    ends = tables.relations["rate_end"].to_numpy()[relation]
    keys = pd.DataFrame({"base": base, "quote": quote, "start": starts, "end": ends})
    lo = np.full(n, np.nan)
    hi = np.full(n, np.nan)
    reason = np.full(n, "", dtype=object)
    for (b, q, s, e), group in keys.groupby(["base", "quote", "start", "end"], dropna=False,
                                            sort=False):
        where = group.index.to_numpy()
        if not b or not q:
            reason[where] = "a conversion needs an amount and its conversion, both in currencies"
            continue
        if s is None or pd.isna(s):
            reason[where] = ("no date for the exchange rate: give the article's published date"
                             " or the relation's rate_period")
            continue
        found = rates.rate_range(b, q, Period(s, e, f"{s}/{e}"))
        if found is None:
            reason[where] = f"no ECB reference rate for {b} per {q} from {s} to {e}"
            continue
        lo[where] = found[0] * (1 - rates.RATE_TOLERANCE)
        hi[where] = found[1] * (1 + rates.RATE_TOLERANCE)
    return Iv(lo, hi), reason


def _currency(dims: np.ndarray) -> np.ndarray:
    text = pd.Series(dims, dtype=object).astype(str)
    return text.str.extract(r"^\[currency_([A-Z]{3})\]$")[0].fillna("").to_numpy(dtype=object)


def _note(reason: np.ndarray, where: np.ndarray, text: str) -> np.ndarray:
    return np.where((reason == "") & where, text, reason)


def _note_each(reason: np.ndarray, why: np.ndarray) -> np.ndarray:
    return np.where((reason == "") & (why != ""), why, reason)
