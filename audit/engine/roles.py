"""Prepare a rule's inputs: every combination of role values, converted into the role's units.

For the relations of one kind, `expand` makes one row per combination of alternatives (a fact
with two vintages gives two rows) and `prepare` reads each role in the unit the kind declares
(percent, percentage points, a multiple, years, an amount, a dated exchange rate). A role that
cannot be read that way leaves the row unverifiable, with the reason.
"""

from __future__ import annotations

from dataclasses import field

import numpy as np

from audit.claims.kinds import SPANS, Kind, Role
from audit.claims.units import (
    DIMENSIONLESS,
    PERCENTAGE_POINT,
    SCALE_POINT,
    TIME_RATE,
    currency_of,
    divide,
    resolve,
)
from audit.engine import rate_rows, unit_factors
from audit.engine.columns import Table, distinct
from audit.engine.components import INCOMPLETE, MIXED, discounted_parts
from audit.engine.counts import clash, counts, per_mismatch, unnamed_counts, what_differs
from audit.engine.crossing import cross as _cross
from audit.engine.currency_bridge import bridge
from audit.engine.tables import Tables
from audit.intervals import Iv
from audit.records import FACTORY, record

PERCENT_FOR_PP = "percent_for_pp"
PP_FOR_PERCENT = "pp_for_percent"


COLUMNS = ("lo", "hi", "lo_open", "hi_open", "bare_lo", "bare_hi", "dimension", "factor", "written")
# Text columns a table may lack: the unit as written, and (for a sum) why its parts do not add.
TEXTS = ("unit_text", "why")


class ValueArrays:
    """The values table's columns, plus the sums of many-role parts made during a run.

    The sums live in small arrays of their own, addressed by rows past the end of the table,
    so adding them never copies the (possibly very large) values table.
    """

    def __init__(self, columns: dict[str, np.ndarray]) -> None:
        self.base = columns
        self.size = len(columns["lo"])
        self.extra: dict[str, list[np.ndarray]] = {name: [] for name in COLUMNS + TEXTS}

    @staticmethod
    def of(values: Table) -> ValueArrays:
        texts = {name: values[name] for name in TEXTS if name in values.columns}
        return ValueArrays({**{name: values[name] for name in COLUMNS}, **texts})

    def __len__(self) -> int:
        return self.size + sum(len(a) for a in self.extra["lo"])

    def take(self, name: str, index: np.ndarray) -> np.ndarray:
        column = self.base.get(name)
        if column is None:  # a text column the table lacks: empty for every row of it
            column = np.full(max(self.size, 1), "", dtype=object)
        if not self.extra[name]:
            return column[index]
        extra = np.concatenate(self.extra[name])
        past = index >= self.size
        inside = column[np.where(past, 0, index)]
        beyond = extra[np.where(past, index - self.size, 0)]
        return np.where(past, beyond, inside)

    def extend(self, lo, hi, dimension, written, why=None) -> np.ndarray:
        start = len(self)
        n = len(lo)
        empty = np.full(n, "", dtype=object)
        for name, column in (
            ("lo", lo),
            ("hi", hi),
            ("lo_open", np.zeros(n, bool)),
            ("hi_open", np.zeros(n, bool)),
            ("bare_lo", lo),
            ("bare_hi", hi),
            ("dimension", dimension),
            ("factor", np.ones(n)),
            ("written", written),
            ("unit_text", empty),
            ("why", empty if why is None else why),
        ):
            self.extra[name].append(np.asarray(column))
        return np.arange(start, start + n)


@record()
class Prepared:
    """Relations expanded to rows, each role's interval in its kind's unit."""

    relation: np.ndarray  # relation row of each expansion row
    value: dict[str, np.ndarray]  # value row per role, -1 where the role is empty
    env: dict[str, Iv]  # every role, in the unit its kind declares
    stated_open: tuple[np.ndarray, np.ndarray]
    reason: np.ndarray  # why a row cannot be checked; "" where it can
    flag: np.ndarray  # a unit slip noticed while reading the roles ("" where none)
    missing: dict[str, np.ndarray] = field(default_factory=dict)
    # The rate window (row of Tables.rates) each expansion row is held against, -1 where none.
    window: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # A role converted into its counterpart's currency (audit.engine.currency_bridge), as read
    # before the conversion: where a slip of the currency label is looked for.
    unconverted: dict[str, Iv] = field(default_factory=dict)

    def __init__(
        self,
        relation: np.ndarray,
        value: dict[str, np.ndarray],
        env: dict[str, Iv],
        stated_open: tuple[np.ndarray, np.ndarray],
        reason: np.ndarray,
        flag: np.ndarray,
        missing: dict[str, np.ndarray] = FACTORY,
        window: np.ndarray = FACTORY,
        unconverted: dict[str, Iv] = FACTORY,
    ) -> None:
        self.relation = relation
        self.value = value
        self.env = env
        self.stated_open = stated_open
        self.reason = reason
        self.flag = flag
        self.missing = {} if missing is FACTORY else missing
        self.window = np.zeros(0, dtype=np.int64) if window is FACTORY else window
        self.unconverted = {} if unconverted is FACTORY else unconverted


def expand(tables: Tables, kind: Kind, values: ValueArrays) -> dict[str, np.ndarray]:
    """One row per combination of role alternatives: {"relation": ..., role: value row}."""
    relations = np.flatnonzero(tables.relations["kind"] == kind.name)
    rows = {"relation": relations}
    in_kind = np.isin(tables.fills["relation"], relations)
    for role in kind.roles:
        if role.unit == "rate" or role.unit in SPANS:
            continue
        chosen = in_kind & (tables.fills["role"] == role.name)
        fill_relation = tables.fills["relation"][chosen]
        fill_value = tables.fills["value"][chosen]
        if role.many and role.discounts:
            other = in_kind & (tables.fills["role"] == role.discounts)
            fill_relation, fill_value = discounted_parts(
                (
                    tables.fills["relation"][other],
                    tables.fills["part"][other],
                    tables.fills["value"][other],
                ),
                (fill_relation, tables.fills["part"][chosen], fill_value),
                values,
                len(tables.relations),
            )
        elif role.many:
            fill_relation, fill_value = _sum_parts(
                fill_relation,
                tables.fills["part"][chosen],
                fill_value,
                values,
                len(tables.relations),
            )
        rows = _cross(rows, role.name, fill_relation, fill_value, len(tables.relations))
    return rows


def _sum_parts(
    relation: np.ndarray,
    part: np.ndarray,
    value: np.ndarray,
    values: ValueArrays,
    relation_count: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Synthetic values, the sums of each relation's parts in base units: one per combination
    of the parts' alternatives (a part that is a fact with two vintages gives two sums)."""
    if len(relation) == 0:
        return relation, value
    combos: dict[str, np.ndarray] = {"relation": distinct(relation)}
    for number in distinct(part):
        mine = part == number
        combos = _cross(combos, f"part {number}", relation[mine], value[mine], relation_count)
    count = len(combos["relation"])
    lo, hi = np.zeros(count), np.zeros(count)
    first_dims = np.full(count, "", dtype=object)
    first_texts = np.full(count, "", dtype=object)
    mixed = np.zeros(count, bool)
    why = np.full(count, "", dtype=object)
    for name, rows in combos.items():
        if name == "relation":
            continue
        present = rows >= 0
        safe = np.where(present, rows, 0)
        factor = values.take("factor", safe)
        lo += np.where(present, values.take("lo", safe) * factor, 0.0)
        hi += np.where(present, values.take("hi", safe) * factor, 0.0)
        dims = values.take("dimension", safe)
        texts = values.take("unit_text", safe)
        clashes = present & (first_dims != "") & clash(dims, first_dims)
        said = what_differs(first_dims, first_texts, dims, texts)
        why = np.where(clashes & ~mixed, said, why)
        mixed |= clashes
        first_texts = np.where(present & (first_dims == ""), texts, first_texts)
        first_dims = np.where(present & (first_dims == ""), dims, first_dims)
    # Reports write the parts out from the claims file; the sum needs no text of its own.
    written = np.full(count, "the sum of the parts", dtype=object)
    rows = values.extend(lo, hi, np.where(mixed, MIXED, first_dims).astype(object), written, why)
    return combos["relation"], rows


def prepare(
    tables: Tables, kind: Kind, compare: str, rows: dict[str, np.ndarray], values: ValueArrays
) -> Prepared:
    relation = rows["relation"]
    n = len(relation)
    reason = np.full(n, "", dtype=object)
    flag = np.full(n, "", dtype=object)
    env: dict[str, Iv] = {}
    index: dict[str, np.ndarray] = {}
    stated_open = (np.zeros(n, bool), np.zeros(n, bool))
    missing: dict[str, np.ndarray] = {}
    window = np.full(n, -1, dtype=np.int64)
    unconverted: dict[str, Iv] = {}
    for role in kind.roles:
        if role.unit in SPANS:
            span = tables.relations[role.unit][relation]
            # Days may be a range: a year of weeks is 52 to 52.18 of them (audit.vocabulary).
            high = tables.relations["days_high"][relation] if role.unit == "days" else span
            env[role.name] = Iv(span, high)
            missing[role.name] = np.isnan(span)
            reason = _note(
                reason,
                ~np.isnan(span) & (span <= 0),
                f"the periods given span no whole {role.unit[:-1]}",
            )
            continue
        if role.unit == "rate" and kind.name == unit_factors.KIND:
            # Both sides are re-read with their offsets; a currency rate only when one differs.
            env[role.name], rate_reason, sides, window = unit_factors.prepare(
                tables, relation, rows, values
            )
            env.update(sides)
            reason = _note_each(reason, rate_reason)
            missing[role.name] = np.zeros(n, bool)
            continue
        if role.unit == "rate":
            env[role.name], rate_reason, window = _rates(tables, relation, rows, values)
            reason = _note_each(reason, rate_reason)
            missing[role.name] = np.zeros(n, bool)
            continue
        idx = rows[role.name]
        present = idx >= 0
        safe = np.where(present, idx, 0)
        index[role.name] = idx
        missing[role.name] = ~present
        lo = np.where(present, values.take("bare_lo" if role.bare else "lo", safe), np.nan)
        hi = np.where(present, values.take("bare_hi" if role.bare else "hi", safe), np.nan)
        # A level said to be "under X" is still above zero.
        floored = present & np.isneginf(lo) & (hi > 0) if role.positive else present & False
        lo = np.where(floored, np.finfo(float).tiny, lo)  # open at zero, so never divides by it
        dims = values.take("dimension", safe)
        factor = values.take("factor", safe)
        lo, hi, why, slip, bridged = _in_role_unit(
            role, lo, hi, dims, factor, present, kind, rows, values, (tables, relation)
        )
        if bridged is not None:
            converted_at, unconverted[role.name] = bridged
            window = np.where(window < 0, converted_at, window)
        why = np.where((why != "") & (dims == MIXED), _mixed(role, values.take("why", safe)), why)
        reason = _note_each(reason, why)
        flag = np.where((flag == "") & (slip != ""), slip, flag)
        env[role.name] = Iv(lo, hi)
        if role.name == compare:
            stated_open = (
                (values.take("lo_open", safe) | floored) & present,
                values.take("hi_open", safe) & present,
            )
    reason = _note_each(reason, _per_other_thing(kind, index, values))
    return Prepared(relation, index, env, stated_open, reason, flag, missing, window, unconverted)


def _mixed(role: Role, why: np.ndarray) -> np.ndarray:
    """Why a sum of parts has no unit: what differs where known, else that the units differ."""
    whose = "the parts" if role.name == "parts" else f"the parts of {role.name}"
    return np.where(why != "", why, f"{whose} are in different units")


def _per_other_thing(kind: Kind, index: dict[str, np.ndarray], values: ValueArrays) -> np.ndarray:
    """A figure "per worker" held against a count of stores: the reason it cannot be checked."""
    n = len(next(iter(index.values()), np.zeros(0)))
    why = np.full(n, "", dtype=object)
    count_roles = [r.name for r in kind.roles if r.unit == "count" and r.name in index]
    for name in count_roles:
        count = index[name]
        safe_count = np.where(count >= 0, count, 0)
        count_dims = values.take("dimension", safe_count)
        count_texts = values.take("unit_text", safe_count)
        for other, rows in index.items():
            if other in count_roles:
                continue
            both = (count >= 0) & (rows >= 0)
            texts = values.take("unit_text", np.where(rows >= 0, rows, 0))
            said = per_mismatch(texts, count_dims, count_texts)
            why = np.where((why == "") & both & (said != ""), said, why)
    return why


def _in_role_unit(
    role: Role,
    lo,
    hi,
    dims,
    factor,
    present,
    kind: Kind,
    rows,
    values,
    at: tuple[Tables, np.ndarray],
):
    """The role in its kind's unit, why a row cannot be read so, a unit slip noticed, and,
    where a figure in another currency than its counterpart was converted, the rate window of
    each row (-1: none) with the role as read before the conversion."""
    n = len(lo)
    why = np.full(n, "", dtype=object)
    slip = np.full(n, "", dtype=object)
    bridged: tuple[np.ndarray, Iv] | None = None
    base_lo, base_hi = lo * factor, hi * factor
    plain = dims == DIMENSIONLESS
    points = dims == PERCENTAGE_POINT
    if role.unit == "percent":
        out_lo = np.where(points, base_lo, base_lo * 100)
        out_hi = np.where(points, base_hi, base_hi * 100)
        slip = np.where(present & points, PP_FOR_PERCENT, slip)
        why = np.where(present & ~plain & ~points, f"{role.name} is not a rate", why)
        return out_lo, out_hi, why, slip, None
    if role.unit == "pp":
        percent_written = plain & np.isclose(factor, 0.01)
        # "rose to 18.5% from 16.2%, a gain of 2.3 points": bare points, as a change of two
        # rates, are percentage points
        points = points | (dims == SCALE_POINT)
        out_lo = np.where(points, base_lo, lo)
        out_hi = np.where(points, base_hi, hi)
        slip = np.where(present & percent_written, PERCENT_FOR_PP, slip)
        why = np.where(
            present & ~points & ~percent_written, f"{role.name} is not in percentage points", why
        )
        return out_lo, out_hi, why, slip, None
    if role.unit in ("times", "count"):
        what = "a multiple" if role.unit == "times" else "a count"
        plain = plain | counts(dims) if role.unit == "count" else plain
        why = np.where(present & ~plain, f"{role.name} is not {what}", why)
        return base_lo, base_hi, why, slip, None
    if role.unit.startswith("quotient:"):
        top, bottom = role.unit.split(":", 1)[1].split("/")
        wanted = _quotients(_dims_of(values, rows[top]), _dims_of(values, rows[bottom]))
        known = present & (rows[top] >= 0) & (rows[bottom] >= 0)
        why = np.where(known & (dims != wanted), f"{role.name} is not {top} per {bottom}", why)
        return base_lo, base_hi, why, slip, None
    if role.unit.startswith("same:"):
        other = role.unit.split(":", 1)[1]
        other_idx = rows[other]
        other_dims = values.take("dimension", np.where(other_idx >= 0, other_idx, 0))
        if role.per:
            dims, base_lo, base_hi = _in_one(role.per, dims, other_dims, base_lo, base_hi)
        differs = present & (other_idx >= 0) & clash(dims, other_dims)
        if role.any_count:
            either = unnamed_counts(dims) | unnamed_counts(other_dims)
            differs &= ~(counts(dims) & counts(other_dims) & either)
        if not role.many and differs.any():
            tables, relation = at
            before = Iv(base_lo, base_hi)
            base_lo, base_hi, differs, no_rate, window = bridge(
                tables, relation, dims, other_dims, base_lo, base_hi, differs
            )
            why = np.where(no_rate != "", no_rate, why)
            if (window >= 0).any():
                bridged = (window, before)
        why = np.where(
            differs & (why == ""), f"{role.name} and {other} are in different units", why
        )
        why = np.where(
            present & (dims == MIXED), f"the parts of {role.name} are in different units", why
        )
        why = np.where(
            present & (dims == INCOMPLETE),
            f"a part of {role.name} or {other} has no counterpart in the other",
            why,
        )
        return base_lo, base_hi, why, slip, bridged
    why = np.where(
        present & (dims == MIXED), f"the parts of {role.name} are in different units", why
    )
    return base_lo, base_hi, why, slip, None


def _dims_of(values, idx: np.ndarray) -> np.ndarray:
    return values.take("dimension", np.where(idx >= 0, idx, 0)).astype(str)


def _quotients(tops: np.ndarray, bottoms: np.ndarray) -> np.ndarray:
    """The dimension of each top over its bottom, worked out once per distinct pair."""
    pairs, inverse = np.unique(np.stack([tops, bottoms], axis=-1), axis=0, return_inverse=True)
    out = np.array([divide(str(t), str(b)) for t, b in pairs], dtype=object)
    return out[np.asarray(inverse).reshape(-1)] if len(tops) else np.zeros(0, dtype=object)


def _in_one(
    per: str, dims: np.ndarray, other_dims: np.ndarray, lo: np.ndarray, hi: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A figure written per `per` ("a day") against one that is not: the amount in one `per`,
    in the other's dimension (the rest is left as it was, to clash if it does)."""
    span = resolve(per)
    wanted = np.array(
        [divide(str(d), span.dimension) for d in other_dims.astype(str)], dtype=object
    )
    per_span = dims == wanted
    # Against a total that is itself a figure per year ("£146,000 a year"), whose base value
    # is the amount in one year (the registry's base of time), the figure is read in one
    # `per` all the same; tables._days holds such a total against a year only.
    per_rate = (dims == other_dims) & np.array(
        [TIME_RATE in str(d) for d in dims.astype(str)], dtype=bool
    )
    scaled = per_span | per_rate
    return (
        np.where(per_span, other_dims, dims),
        np.where(scaled, lo * span.factor, lo),
        np.where(scaled, hi * span.factor, hi),
    )


def _rates(tables: Tables, relation, rows, values) -> tuple[Iv, np.ndarray, np.ndarray]:
    """The dated exchange rates allowed, in amount-currency per converted-currency, from the
    rate windows built before the run; the window's row of each expansion row (-1: none)."""
    amount, converted = rows["amount"], rows["converted"]
    base = _currency(values.take("dimension", np.where(amount >= 0, amount, 0)))
    quote = _currency(values.take("dimension", np.where(converted >= 0, converted, 0)))
    both = (base != "") & (quote != "")
    window, reason = rate_rows.look_up(tables, base, quote, relation, both)
    reason[~both] = "a conversion needs an amount and its conversion, both in currencies"
    known = window >= 0
    safe = np.where(known, window, 0)
    allowed = tables.rates
    lo = np.where(known, allowed["allowed_low"][safe] if len(allowed) else np.nan, np.nan)
    hi = np.where(known, allowed["allowed_high"][safe] if len(allowed) else np.nan, np.nan)
    return Iv(lo, hi), reason, window


def _currency(dims: np.ndarray) -> np.ndarray:
    distinct, inverse = np.unique(dims.astype(str), return_inverse=True)
    codes = np.array([currency_of(d) or "" for d in distinct], dtype=object)
    return codes[inverse]


def _note(reason: np.ndarray, where: np.ndarray, text: str) -> np.ndarray:
    return np.where((reason == "") & where, text, reason)


def _note_each(reason: np.ndarray, why: np.ndarray) -> np.ndarray:
    return np.where((reason == "") & (why != ""), why, reason)
