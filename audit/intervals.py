"""Interval arithmetic on numpy arrays: every operation runs over all relations at once.

Each result is rounded outward by one ulp, so the computed interval always contains the value
computed from any numbers inside the input intervals, float rounding included. A NaN bound means
"cannot be computed" (a power of a negative base); an interval from -inf to inf means
"anything" (a division by an interval that contains zero).
"""

from __future__ import annotations

import numpy as np

from audit.records import record

INF = np.inf


@record(frozen=True)
class Iv:
    """Intervals, one per row: lower and upper bounds as arrays."""

    lo: np.ndarray
    hi: np.ndarray

    def __init__(
        self,
        lo: np.ndarray,
        hi: np.ndarray,
    ) -> None:
        object.__setattr__(self, "lo", lo)
        object.__setattr__(self, "hi", hi)

    @staticmethod
    def point(value: float | np.ndarray) -> Iv:
        array = np.asarray(value, dtype=float)
        return Iv(array, array)

    def __len__(self) -> int:
        return int(np.broadcast(self.lo, self.hi).size)


def _outward(lo: np.ndarray, hi: np.ndarray) -> Iv:
    return Iv(np.nextafter(lo, -INF), np.nextafter(hi, INF))


def add(a: Iv, b: Iv) -> Iv:
    with np.errstate(invalid="ignore", over="ignore"):
        return _outward(a.lo + b.lo, a.hi + b.hi)


def sub(a: Iv, b: Iv) -> Iv:
    with np.errstate(invalid="ignore", over="ignore"):
        return _outward(a.lo - b.hi, a.hi - b.lo)


def neg(a: Iv) -> Iv:
    return Iv(-a.hi, -a.lo)


def _product(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", over="ignore"):
        p = x * y
    # 0 * inf is 0 at an interval's edge: the bound is approached, never the undefined product.
    return np.where(np.isnan(p) & ~np.isnan(x) & ~np.isnan(y), 0.0, p)


def mul(a: Iv, b: Iv) -> Iv:
    corners = np.stack(
        np.broadcast_arrays(
            _product(a.lo, b.lo), _product(a.lo, b.hi), _product(a.hi, b.lo), _product(a.hi, b.hi)
        )
    )
    with np.errstate(invalid="ignore"):
        return _outward(corners.min(axis=0), corners.max(axis=0))


def div(a: Iv, b: Iv) -> Iv:
    lo, hi = np.broadcast_arrays(b.lo, b.hi)
    spans_zero = (lo <= 0) & (hi >= 0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore"):
        corners = np.stack(np.broadcast_arrays(a.lo / lo, a.lo / hi, a.hi / lo, a.hi / hi))
        # inf / inf is undefined, but the other corners already reach the extremes it could.
        low = np.min(np.where(np.isnan(corners), INF, corners), axis=0)
        high = np.max(np.where(np.isnan(corners), -INF, corners), axis=0)
    undefined = np.isnan(a.lo) | np.isnan(a.hi) | np.isnan(lo) | np.isnan(hi)
    result = _outward(np.where(undefined, np.nan, low), np.where(undefined, np.nan, high))
    return Iv(np.where(spans_zero, -INF, result.lo), np.where(spans_zero, INF, result.hi))


def power(base: Iv, exponent: Iv) -> Iv:
    """base ** exponent for non-negative bases (NaN where the base may be negative).

    For x >= 0, x**y is monotone in x and in y separately, so the extremes are at the corners.
    """
    lo, hi = np.broadcast_arrays(base.lo, base.hi)
    undefined = (
        (lo < 0) | np.isnan(lo) | np.isnan(hi) | np.isnan(exponent.lo) | np.isnan(exponent.hi)
    )
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        corners = np.stack(
            np.broadcast_arrays(
                np.power(lo, exponent.lo),
                np.power(lo, exponent.hi),
                np.power(hi, exponent.lo),
                np.power(hi, exponent.hi),
            )
        )
        low = np.min(np.where(np.isnan(corners), INF, corners), axis=0)
        high = np.max(np.where(np.isnan(corners), -INF, corners), axis=0)
    return _outward(np.where(undefined, np.nan, low), np.where(undefined, np.nan, high))


def log(a: Iv) -> Iv:
    with np.errstate(divide="ignore", invalid="ignore"):
        return _outward(np.log(a.lo), np.log(a.hi))


def exp(a: Iv) -> Iv:
    with np.errstate(over="ignore"):
        return _outward(np.exp(a.lo), np.exp(a.hi))


def sqrt(a: Iv) -> Iv:
    with np.errstate(invalid="ignore"):
        return _outward(np.sqrt(a.lo), np.sqrt(a.hi))


def absolute(a: Iv) -> Iv:
    lo, hi = np.broadcast_arrays(a.lo, a.hi)
    straddles = (lo < 0) & (hi > 0)
    low = np.where(straddles, 0.0, np.minimum(np.abs(lo), np.abs(hi)))
    return Iv(low, np.maximum(np.abs(lo), np.abs(hi)))


def minimum(a: Iv, b: Iv) -> Iv:
    return Iv(np.minimum(a.lo, b.lo), np.minimum(a.hi, b.hi))


def maximum(a: Iv, b: Iv) -> Iv:
    return Iv(np.maximum(a.lo, b.lo), np.maximum(a.hi, b.hi))


def compare(a: Iv, b: Iv, op: str) -> Iv:
    """A comparison as a truth interval: [1, 1] surely true, [0, 0] surely false, else [0, 1]."""
    if op in ("<", "<="):
        surely, never = (a.hi < b.lo, a.lo >= b.hi) if op == "<" else (a.hi <= b.lo, a.lo > b.hi)
    elif op in (">", ">="):
        surely, never = (a.lo > b.hi, a.hi <= b.lo) if op == ">" else (a.lo >= b.hi, a.hi < b.lo)
    elif op == "==":
        surely = (a.lo == a.hi) & (b.lo == b.hi) & (a.lo == b.lo)
        never = (a.hi < b.lo) | (a.lo > b.hi)
    else:  # "!="
        surely = (a.hi < b.lo) | (a.lo > b.hi)
        never = (a.lo == a.hi) & (b.lo == b.hi) & (a.lo == b.lo)
    surely, never = np.broadcast_arrays(surely, never)
    return Iv(np.where(surely, 1.0, 0.0), np.where(never, 0.0, 1.0))


def overlap(
    stated_lo: np.ndarray,
    stated_hi: np.ndarray,
    stated_lo_open: np.ndarray,
    stated_hi_open: np.ndarray,
    computed: Iv,
) -> np.ndarray:
    """Whether a stated interval (open or closed at each end) meets a closed computed one."""
    above_lo = np.where(stated_lo_open, computed.hi > stated_lo, computed.hi >= stated_lo)
    below_hi = np.where(stated_hi_open, computed.lo < stated_hi, computed.lo <= stated_hi)
    return above_lo & below_hi


def gap(stated_lo: np.ndarray, stated_hi: np.ndarray, computed: Iv) -> np.ndarray:
    """How far apart two intervals are (0 where they meet)."""
    with np.errstate(invalid="ignore"):
        return np.maximum(0.0, np.maximum(computed.lo - stated_hi, stated_lo - computed.hi))
