"""Numbers for people: recomputed intervals written with scale words and their role's unit."""

from __future__ import annotations

import math

from audit import vocabulary as vocab
from audit.claims.units import currency_of

SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
CURRENCY_NAMES = {**vocab.CURRENCY_NAMES, "HKD": "HK dollars"}


def number(x: float, digits: int = 4) -> str:
    """`x` to `digits` significant digits, with a scale word for millions and above."""
    if x is None or math.isnan(x):
        return "n/a"
    if abs(x) < 1e-9:  # outward rounding of an exact zero leaves a few ulps either side
        return "0"
    if math.isinf(x):
        return "infinity" if x > 0 else "-infinity"
    for factor, word in SCALES:
        if abs(x) >= factor:
            return f"{_significant(x / factor, digits)} {word}"
    return _significant(x, digits)


def _significant(x: float, digits: int) -> str:
    if x == 0:
        return "0"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(x))))
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def unit_suffix(
    role_unit: str, dimension: str | None, currencies: tuple[str, str] = ("", "")
) -> str:
    """How a figure in a role's unit is written after the number."""
    if role_unit == "percent":
        return "%"
    if role_unit == "pp":
        return " percentage points"
    if role_unit == "times":
        return " times"
    if role_unit == "years":
        return " years"
    if role_unit == "rate":
        base, quote = currencies
        return f" {base} per {quote}" if base and quote else ""
    code = currency_of(dimension or "")
    if code:
        return " " + CURRENCY_NAMES.get(code, code)
    return ""


def interval(lo: float, hi: float, suffix: str = "") -> str:
    """ "7.794% (7.744 to 7.844)": the midpoint, then the bounds when they differ."""
    if lo is None or hi is None or math.isnan(lo) or math.isnan(hi):
        return "n/a"
    if math.isinf(lo) or math.isinf(hi):
        if math.isinf(lo) and math.isinf(hi):
            return "anything"
        return (
            f"at least {number(lo)}{suffix}" if math.isinf(hi) else f"at most {number(hi)}{suffix}"
        )
    mid = (lo + hi) / 2
    if lo == hi:
        return f"{number(mid)}{suffix}"
    # Enough digits to tell the bounds apart, so a narrow interval is not shown as a point.
    digits = next((d for d in range(4, 9) if number(lo, d) != number(hi, d)), None)
    if digits is None:
        return f"{number(mid, 8)}{suffix}"
    return f"{number(mid, digits)}{suffix} ({number(lo, digits)} to {number(hi, digits)})"
