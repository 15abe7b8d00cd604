"""Likely causes of an inconsistency: a single slip that, undone, makes the figures agree.

Candidates, in order of how often editors meet them:
    a scale word one step off (billion written for trillion, x1,000; wan for yi, x10,000)
    two adjacent digits transposed (53 written for 35)
    the other reading of "increased by N times"
A candidate explains a finding only if, with that one value changed, the recomputation meets the
stated figure exactly as a consistent finding would. All candidates of all findings are
evaluated together, vectorized, like the findings themselves.
"""

from __future__ import annotations

import numpy as np

from audit.intervals import Iv, overlap
from audit.numbers import parse_number
from audit.roles import Prepared
from audit.rules import Rule
from audit.tables import Tables
from audit.values import scale_name, written_number

TRANSPOSED = "two digits transposed"
# scale word -> (factor to the neighbouring scale, its name)
SLIPS = {
    "thousand": ((1e3, "million"),),
    "million": ((1e3, "billion"), (1e-3, "thousand")),
    "billion": ((1e3, "trillion"), (1e-3, "million")),
    "trillion": ((1e-3, "billion"),),
    "wan": ((1e4, "yi"),),
    "yi": ((1e-4, "wan"), (1e4, "trillion")),
}


def explain(rule: Rule, prep: Prepared, tables: Tables, rows: np.ndarray,
            holding: np.ndarray, readings: np.ndarray) -> np.ndarray:
    """A cause (or "") for each inconsistent expansion row in `rows`."""
    causes = np.full(len(rows), "", dtype=object)
    other_reading = (readings != "") & (holding != "")
    causes[other_reading] = [f"the phrase reads the other way: it holds read as "
                             f"'{h}', not '{r}'" for h, r in zip(holding[other_reading],
                                                                   readings[other_reading])]
    candidates = _candidates(prep, tables, rows)
    if not candidates:
        return causes
    position = np.array([c[0] for c in candidates])
    role_of = np.array([c[1] for c in candidates], dtype=object)
    new_lo = np.array([c[2] for c in candidates], dtype=float)
    new_hi = np.array([c[3] for c in candidates], dtype=float)
    env = {}
    for role, interval in prep.env.items():
        lo = np.broadcast_to(interval.lo, (len(prep.relation),))[rows[position]]
        hi = np.broadcast_to(interval.hi, (len(prep.relation),))[rows[position]]
        swap = role_of == role
        env[role] = Iv(np.where(swap, new_lo, lo), np.where(swap, new_hi, hi))
    lo_open = prep.stated_open[0][rows[position]]
    hi_open = prep.stated_open[1][rows[position]]
    relation_readings = readings[position]
    fits = np.zeros(len(candidates), bool)
    stated = env[rule.compare]
    for name, formula in rule.readings.items():
        computed = formula.evaluate(env)
        computed = Iv(*(np.broadcast_to(a, (len(candidates),)) for a in (computed.lo,
                                                                           computed.hi)))
        allowed = (relation_readings == "") | (relation_readings == name)
        fits |= allowed & _fits_squarely(stated, lo_open, hi_open, computed)
    transposition = np.array([c[4].startswith(TRANSPOSED) for c in candidates])
    for where in np.unique(position[fits]):
        if causes[where]:
            continue
        mine = fits & (position == where)
        slips = [candidates[i][4] for i in np.flatnonzero(mine & ~transposition)]
        swapped_roles = [candidates[i][1] for i in np.flatnonzero(mine & transposition)]
        # Several swaps within one value that all fit are a coincidence, not a cause.
        swaps = [candidates[i][4] for i in np.flatnonzero(mine & transposition)
                 if swapped_roles.count(candidates[i][1]) == 1]
        if slips or swaps:
            causes[where] = "; or ".join(dict.fromkeys(slips or swaps))
    return causes


def _fits_squarely(stated: Iv, lo_open, hi_open, computed: Iv) -> np.ndarray:
    """Overlap with a midpoint inside the other interval: a corrected value should land in the
    stated range, not graze its edge, before it counts as the explanation."""
    meets = overlap(stated.lo, stated.hi, lo_open, hi_open, computed)
    computed_mid = (computed.lo + computed.hi) / 2
    stated_mid = (stated.lo + stated.hi) / 2
    with np.errstate(invalid="ignore"):
        inside = (((computed_mid >= stated.lo) & (computed_mid <= stated.hi))
                  | ((stated_mid >= computed.lo) & (stated_mid <= computed.hi)))
    return meets & inside


def _candidates(prep: Prepared, tables: Tables, rows: np.ndarray) -> list[tuple]:
    """(position, role, new lo, new hi, cause) for every single-slip correction worth trying."""
    values = tables.values
    scale_words, sources, written = values["scale_word"], values["source"], values["written"]
    out: list[tuple] = []
    for role, index in prep.value.items():
        interval = prep.env[role]
        lo_all = np.broadcast_to(interval.lo, (len(prep.relation),))
        hi_all = np.broadcast_to(interval.hi, (len(prep.relation),))
        for position, row in enumerate(rows):
            value_row = index[row]
            if value_row < 0 or value_row >= len(values) or sources[value_row] == "fact":
                continue
            lo, hi = lo_all[row], hi_all[row]
            text = written[value_row]
            word = scale_name(scale_words[value_row])
            for factor, neighbour in SLIPS.get(word or "", ()):
                times = f"x{factor:,.0f}" if factor > 1 else f"/{1 / factor:,.0f}"
                out.append((position, role, lo * factor, hi * factor,
                            f"'{text}' fits as {neighbour}: {word} written for {neighbour} "
                            f"({times})"))
            out.extend((position, role, new_lo, new_hi,
                        f"{TRANSPOSED}: '{text}' would fit as {swapped}")
                       for swapped, new_lo, new_hi in _transpositions(text, lo, hi))
    return out


def _transpositions(text: str, lo: float, hi: float):
    """Each reading of `text` with two adjacent, different digits swapped, as intervals."""
    from audit.values import parse_value

    try:
        number = written_number(parse_value(text))
    except Exception:  # noqa: BLE001 - a literal that cannot be reread has no transposition
        return
    if number is None or not np.isfinite(lo) or not np.isfinite(hi) or number.value == 0:
        return
    digits = number.text
    ratio_lo, ratio_hi = lo / float(number.value), hi / float(number.value)
    positions = [i for i, ch in enumerate(digits) if ch.isdigit()]
    for a, b in zip(positions, positions[1:]):
        if digits[a] == digits[b]:
            continue
        swapped = digits[:a] + digits[b] + digits[a + 1:b] + digits[a] + digits[b + 1:]
        if swapped.lstrip("+-−").startswith("0") and not swapped.lstrip("+-−").startswith("0."):
            continue
        other = parse_number(swapped)
        if other is None:
            continue
        scale = float(other.value)
        low, high = sorted((ratio_lo * scale, ratio_hi * scale))
        yield text.replace(digits, swapped, 1), low, high
