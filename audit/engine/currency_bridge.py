"""A figure in another currency than the one it is held against, converted at the dated rate.

"RMB 47 billion" as a share of "$62 billion", or "$21.5 billion, up 27% on last year's 130
billion yuan", is not unverifiable: the figure is converted as a conversion is checked, divided
by the bounds (band included) of the relation's rate window, which audit.reference.rate_windows
looked up before the run over every period the figures refer to. The converted figure is an
interval as wide as the rates allow, so a finding on it never rests on one day's rate. When the
figures agree only with the converted figure read in the other currency at the same number, the
likely cause is the currency label ("RMB 47 billion" written for "$47 billion").
"""

from __future__ import annotations

import numpy as np

from audit.claims.units import CURRENCY_IN_DIMENSION
from audit.engine import rate_rows
from audit.intervals import Iv


def bridge(tables, relation: np.ndarray, dims, other_dims, lo, hi, differs):
    """`lo`, `hi` in the other role's currency where a rate window converts them, the rows
    that still differ, why a row that needed a rate has none, and each row's window (-1)."""
    base, quote = currency_codes(dims), currency_codes(other_dims)
    same_kind = without_currency(dims) == without_currency(other_dims)
    needed = differs & (base != "") & (quote != "") & same_kind
    window, why = rate_rows.look_up(tables, base, quote, relation, needed)
    known = window >= 0
    if known.any():
        rates = tables.rates
        safe = np.where(known, window, 0)
        # Units of this currency per unit of the other: dividing converts, the highest rate
        # giving the lowest figure.
        lo = np.where(known, lo / rates["allowed_high"][safe], lo)
        hi = np.where(known, hi / rates["allowed_low"][safe], hi)
    return lo, hi, differs & ~known, np.where(needed & ~known, why, ""), window


def explain(rule, prep, tables, rows: np.ndarray, fits_squarely) -> np.ndarray:
    """A cause (or "") for each inconsistent expansion row in `rows`: a converted figure that,
    read at its number in its counterpart's currency, makes the figures agree."""
    causes = np.full(len(rows), "", dtype=object)
    if rule.kind.inequality or not prep.unconverted or not len(rows):
        return causes
    n = len(prep.relation)
    env = {
        role: Iv(np.broadcast_to(i.lo, (n,))[rows], np.broadcast_to(i.hi, (n,))[rows])
        for role, i in prep.env.items()
    }
    converted = prep.window[rows] >= 0
    formula = next(iter(rule.readings.values()))
    lo_open, hi_open = prep.stated_open[0][rows], prep.stated_open[1][rows]
    written = tables.values["written"]
    for role, before in prep.unconverted.items():
        counterpart = rule.kind.role(role).unit.split(":", 1)[1]
        trial = dict(env)
        trial[role] = Iv(before.lo[rows], before.hi[rows])
        computed = formula.evaluate(trial)
        computed = Iv(*(np.broadcast_to(a, (len(rows),)) for a in (computed.lo, computed.hi)))
        stated = trial[rule.compare]
        fits = converted & fits_squarely(stated, lo_open, hi_open, computed)
        mine, theirs = prep.value[role][rows], prep.value[counterpart][rows]
        for i in np.flatnonzero(fits & (causes == "")):
            causes[i] = (
                f"'{written[mine[i]]}' and '{written[theirs[i]]}' fit as amounts in one"
                " currency: one of the two is likely labelled with the wrong currency"
            )
    return causes


def _per_distinct(dims: np.ndarray, function) -> np.ndarray:
    distinct, inverse = np.unique(np.asarray(dims).astype(str), return_inverse=True)
    return np.array([function(d) for d in distinct.tolist()], dtype=object)[inverse]


def currency_codes(dims: np.ndarray) -> np.ndarray:
    """The currency code each dimension holds ("" where none)."""
    return _per_distinct(
        dims, lambda d: m.group(1) if (m := CURRENCY_IN_DIMENSION.search(d)) else ""
    )


def without_currency(dims: np.ndarray) -> np.ndarray:
    """Each dimension with its currency made anonymous: equal where only the currency differs
    (yuan per square metre and dollars per square metre)."""
    return _per_distinct(dims, lambda d: CURRENCY_IN_DIMENSION.sub("[currency]", d))
