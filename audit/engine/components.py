"""A total's earlier level rebuilt from its components: each level discounted by its own rate.

"Exports rose 8% to 540 billion and imports 2% to 360 billion" puts last year's total trade at
540 / 1.08 + 360 / 1.02. A kind whose many-role names the role it `discounts` gets, in place of
its parts, one synthetic value per combination of alternatives: the sum over components of
level / (1 + rate), in the levels' unit. A component with a level and no rate (or a rate and no
level) leaves the sum incomplete, and the row unverifiable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from audit.claims.units import DIMENSIONLESS
from audit.engine.columns import distinct
from audit.engine.counts import clash
from audit.engine.crossing import cross
from audit.intervals import Iv, div

if TYPE_CHECKING:
    from audit.engine.roles import ValueArrays

INCOMPLETE = "incomplete"
MIXED = "mixed"  # parts in different units: their sum has none
Fills = tuple[np.ndarray, np.ndarray, np.ndarray]  # relation, part number, value row


def discounted_parts(
    levels: Fills, rates: Fills, values: ValueArrays, relation_count: int
) -> tuple[np.ndarray, np.ndarray]:
    """(relation, synthetic value row) for every combination of the components' alternatives."""
    if len(rates[0]) == 0:
        return rates[0], rates[2]
    combos: dict[str, np.ndarray] = {"relation": distinct(rates[0])}
    numbers = np.union1d(levels[1], rates[1])
    for number in numbers:
        for name, (relation, part, value) in (("level", levels), ("rate", rates)):
            mine = part == number
            combos = cross(combos, f"{name} {number}", relation[mine], value[mine], relation_count)
    count = len(combos["relation"])
    lo, hi = np.zeros(count), np.zeros(count)
    dims = np.full(count, "", dtype=object)
    incomplete = np.zeros(count, bool)
    for number in numbers:
        level, rate = combos[f"level {number}"], combos[f"rate {number}"]
        incomplete |= (level >= 0) != (rate >= 0)
        both = (level >= 0) & (rate >= 0)
        li, ri = np.where(both, level, 0), np.where(both, rate, 0)
        amount = Iv(
            values.take("lo", li) * values.take("factor", li),
            values.take("hi", li) * values.take("factor", li),
        )
        growth = Iv(
            1 + values.take("lo", ri) * values.take("factor", ri),
            1 + values.take("hi", ri) * values.take("factor", ri),
        )
        earlier = div(amount, growth)
        lo += np.where(both, earlier.lo, 0.0)
        hi += np.where(both, earlier.hi, 0.0)
        level_dims = values.take("dimension", li)
        # A rate written in points or as an amount is not a growth rate: the sum has no unit.
        rate_dims = values.take("dimension", ri)
        mixed = both & ((rate_dims != DIMENSIONLESS) | ((dims != "") & clash(level_dims, dims)))
        dims = np.where(mixed, MIXED, np.where(both & (dims == ""), level_dims, dims))
    dims = np.where(incomplete, INCOMPLETE, dims)
    written = np.full(count, "the components' earlier levels", dtype=object)
    rows = values.extend(lo, hi, dims.astype(object), written)
    return combos["relation"], rows
