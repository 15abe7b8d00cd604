"""Likely causes of an inconsistency: a single slip that, undone, makes the figures agree.

A rule may also list known wrong formulas (`mistakes:`), such as a growth rate computed on the
later value; a stated figure that one of them gives is explained by it first.

Candidates, in order of how often editors meet them:
    a scale word one step off (billion written for trillion, x1,000; wan for yi, x10,000)
    the sign of a change (a fall written as a rise)
    a decimal point moved one place ($12.86bn for $128.6bn)
    two adjacent digits transposed (53 written for 35)
    the other reading of "increased by N times"
    a figure converted into another currency that holds at its number in that currency
A candidate explains a finding only if, with that one value changed, the recomputation lands
squarely in the stated figure's interval. Candidates are generated and evaluated as arrays over
all inconsistent findings at once; only the chosen causes are written out as text.
"""

from __future__ import annotations

import numpy as np

from audit.claims.values import scale_name
from audit.engine import currency_bridge, unit_slips
from audit.engine.columns import distinct
from audit.engine.roles import Prepared
from audit.engine.tables import Tables
from audit.intervals import Iv, overlap
from audit.rules.rule_files import Rule

# scale word -> (factor to the neighbouring scale, its name)
SLIPS = {
    "thousand": ((1e3, "million"),),
    "million": ((1e3, "billion"), (1e-3, "thousand")),
    "billion": ((1e3, "trillion"), (1e-3, "million")),
    "trillion": ((1e-3, "billion"),),
    "wan": ((1e4, "yi"),),
    "yi": ((1e-4, "wan"), (1e4, "trillion")),
}
MAX_DIGITS = 15
# A miss of a hair is rounding or a rate choice: below these relative distances a digit swap or
# a shifted decimal point is not offered (a shifted point moves a figure ninefold at least).
MIN_SWAP_GAP = 0.01
MIN_DECIMAL_GAP = 0.5
SCALE, SIGN, DECIMAL, SWAP = "scale", "sign", "decimal", "swap"  # kinds of single slips


def explain(
    rule: Rule,
    prep: Prepared,
    tables: Tables,
    rows: np.ndarray,
    holding: np.ndarray,
    readings: np.ndarray,
    relative_gap: np.ndarray,
) -> np.ndarray:
    """A cause (or "") for each inconsistent expansion row in `rows`."""
    causes = np.full(len(rows), "", dtype=object)
    other = np.flatnonzero((readings != "") & (holding != ""))
    causes[other] = [
        f"the phrase reads the other way: it holds read as '{holding[i]}', not '{readings[i]}'"
        for i in other
    ]
    for text, formula in rule.mistakes.items():
        followed = (causes == "") & _follows(rule, prep, rows, formula)
        causes[followed] = text
    units = unit_slips.explain(rule, prep, tables, rows, _fits_squarely)
    causes = np.where(causes == "", units, causes)
    labels = currency_bridge.explain(rule, prep, tables, rows, _fits_squarely)
    causes = np.where(causes == "", labels, causes)
    found = None if rule.kind.inequality else _candidates(prep, tables, rows)
    if found is None:
        return _powers_of_ten(rule, prep, tables, rows, causes)
    gap = relative_gap[found["position"]]
    fits = (
        _fits(rule, prep, rows, readings, found)
        & ~((found["kind"] == SWAP) & (gap < MIN_SWAP_GAP))
        & ~((found["kind"] == DECIMAL) & (gap < MIN_DECIMAL_GAP))
    )
    position, role, value, kind, detail = (
        found[k][fits] for k in ("position", "role", "value", "kind", "detail")
    )
    values = tables.values
    for where in distinct(position):
        if causes[where]:
            continue
        mine = position == where
        slips = [
            _text(values, kind[i], value[i], detail[i])
            for i in np.flatnonzero(mine & (kind != SWAP))
        ]
        swapped_roles = role[mine & (kind == SWAP)].tolist()
        # Several swaps within one value that all fit are a coincidence, not a cause.
        swaps = [
            _swap_text(values, value[i], int(detail[i]))
            for i in np.flatnonzero(mine & (kind == SWAP))
            if swapped_roles.count(role[i]) == 1
        ]
        if slips or swaps:
            causes[where] = "; or ".join(dict.fromkeys(slips or swaps))
    return _powers_of_ten(rule, prep, tables, rows, causes)


def _powers_of_ten(
    rule: Rule, prep: Prepared, tables: Tables, rows: np.ndarray, causes: np.ndarray
) -> np.ndarray:
    """Last, for unit conversions: a side off by x100 or x1,000 (centimetres for metres)."""
    empty = np.flatnonzero(causes == "")
    if len(empty):
        causes[empty] = unit_slips.explain(
            rule, prep, tables, rows[empty], _fits_squarely, powers=True
        )
    return causes


def _text(values, kind: str, row: int, factor: float) -> str:
    if kind == SIGN:
        return _sign_text(values, row)
    if kind == DECIMAL:
        return (
            f"'{values['written'][row]}' fits with the decimal point moved one place "
            f"({'x10' if factor > 1 else '/10'})"
        )
    return _slip_text(values, row, factor)


def _candidates(prep: Prepared, tables: Tables, rows: np.ndarray) -> dict | None:
    """Arrays of (position, role, value row, new lo, new hi, swap?, detail) to try."""
    values = tables.values
    n = len(prep.relation)
    pieces: list[dict] = []
    for role, index in prep.value.items():
        value_rows = index[rows]
        usable = (value_rows >= 0) & (value_rows < len(values))
        safe = np.where(usable, value_rows, 0)
        usable &= values["source"][safe] != "fact"
        lo = np.broadcast_to(prep.env[role].lo, (n,))[rows]
        hi = np.broadcast_to(prep.env[role].hi, (n,))[rows]
        names = np.array([scale_name(w) or "" for w in values["scale_word"][safe]], dtype=object)
        for word, slips in SLIPS.items():
            has_word = usable & (names == word)
            for factor, _ in slips:
                where = np.flatnonzero(has_word)
                pieces.append(
                    _piece(
                        where,
                        role,
                        value_rows,
                        lo * factor,
                        hi * factor,
                        SCALE,
                        np.full(len(where), factor),
                    )
                )
        signed = np.flatnonzero(usable & ((lo > 0) | (hi < 0)))
        pieces.append(_piece(signed, role, value_rows, -hi, -lo, SIGN, np.zeros(len(signed))))
        shifted = np.flatnonzero(usable & (values["digits"][safe] >= 10))
        for factor in (10.0, 0.1):
            pieces.append(
                _piece(
                    shifted,
                    role,
                    value_rows,
                    lo * factor,
                    hi * factor,
                    DECIMAL,
                    np.full(len(shifted), factor),
                )
            )
        digits = np.where(usable, values["digits"][safe], -1)
        for place in range(MAX_DIGITS - 1):
            low_digit = (digits // 10**place) % 10
            high_digit = (digits // 10 ** (place + 1)) % 10
            swapped = digits + 9 * (low_digit - high_digit) * 10**place
            top = digits // 10 ** (place + 1) < 10  # the high digit leads the number
            valid = (
                (digits >= 10 ** (place + 1))
                & (low_digit != high_digit)
                & ~(top & (low_digit == 0))
            )
            where = np.flatnonzero(valid)
            ratio = swapped[where] / digits[where]
            new = np.sort(np.stack([lo[where] * ratio, hi[where] * ratio]), axis=0)
            pieces.append(
                _piece(where, role, value_rows, new[0], new[1], SWAP, swapped[where], full=False)
            )
    pieces = [p for p in pieces if len(p["position"])]
    if not pieces:
        return None
    return {k: np.concatenate([p[k] for p in pieces]) for k in pieces[0]}


def _piece(where, role, value_rows, lo, hi, kind: str, detail, full=True) -> dict:
    return {
        "position": where,
        "role": np.full(len(where), role, dtype=object),
        "value": value_rows[where],
        "lo": lo[where] if full else lo,
        "hi": hi[where] if full else hi,
        "kind": np.full(len(where), kind, dtype=object),
        "detail": np.asarray(detail, dtype=float),
    }


def _follows(rule: Rule, prep: Prepared, rows: np.ndarray, formula) -> np.ndarray:
    """Whether each row's stated figure is what a known wrong formula gives."""
    n = len(prep.relation)
    env = {
        role: Iv(np.broadcast_to(i.lo, (n,))[rows], np.broadcast_to(i.hi, (n,))[rows])
        for role, i in prep.env.items()
    }
    computed = formula.evaluate(env)
    computed = Iv(*(np.broadcast_to(a, (len(rows),)) for a in (computed.lo, computed.hi)))
    stated = env[rule.compare]
    return _fits_squarely(stated, prep.stated_open[0][rows], prep.stated_open[1][rows], computed)


def _fits(
    rule: Rule, prep: Prepared, rows: np.ndarray, readings: np.ndarray, found: dict
) -> np.ndarray:
    n = len(prep.relation)
    take = rows[found["position"]]
    env = {}
    for role, interval in prep.env.items():
        lo = np.broadcast_to(interval.lo, (n,))[take]
        hi = np.broadcast_to(interval.hi, (n,))[take]
        mine = found["role"] == role
        env[role] = Iv(np.where(mine, found["lo"], lo), np.where(mine, found["hi"], hi))
    stated = env[rule.compare]
    lo_open, hi_open = prep.stated_open[0][take], prep.stated_open[1][take]
    wanted = readings[found["position"]]
    fits = np.zeros(len(take), bool)
    for name, formula in rule.readings.items():
        computed = formula.evaluate(env)
        computed = Iv(*(np.broadcast_to(a, (len(take),)) for a in (computed.lo, computed.hi)))
        allowed = (wanted == "") | (wanted == name)
        fits |= allowed & _fits_squarely(stated, lo_open, hi_open, computed)
    return fits


def _fits_squarely(stated: Iv, lo_open, hi_open, computed: Iv) -> np.ndarray:
    """Overlap with a midpoint inside the other interval: a corrected value should land in the
    stated range, not graze its edge, before it counts as the explanation. A corrected value
    that may be anything (a growth from an earlier level the slip makes zero) explains nothing."""
    meets = overlap(stated.lo, stated.hi, lo_open, hi_open, computed)
    meets &= np.isfinite(computed.lo) & np.isfinite(computed.hi)
    with np.errstate(invalid="ignore", over="ignore"):
        computed_mid = (computed.lo + computed.hi) / 2
        stated_mid = (stated.lo + stated.hi) / 2
        inside = ((computed_mid >= stated.lo) & (computed_mid <= stated.hi)) | (
            (stated_mid >= computed.lo) & (stated_mid <= computed.hi)
        )
    return meets & inside


def _slip_text(values, row: int, factor: float) -> str:
    written = values["written"][row]
    word = scale_name(values["scale_word"][row]) or ""
    neighbour = next(name for f, name in SLIPS[word] if f == factor)
    times = f"x{factor:,.0f}" if factor > 1 else f"/{1 / factor:,.0f}"
    return f"'{written}' fits as {neighbour}: {word} written for {neighbour} ({times})"


def _sign_text(values, row: int) -> str:
    written = str(values["written"][row])
    return f"'{written}' fits with the opposite sign: a fall written as a rise, or a rise as a fall"


def _swap_text(values, row: int, swapped: int) -> str:
    written = str(values["written"][row])
    new_digits = iter(str(swapped).rjust(len(str(values["digits"][row])), "0"))
    count = len(str(values["digits"][row]))
    out = []
    for ch in written:  # put the new digits in place of the leading run of written digits
        if ch.isdigit() and count:
            out.append(next(new_digits))
            count -= 1
        else:
            out.append(ch)
    return f"two digits transposed: '{written}' would fit as {''.join(out)}"
