"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
from hypothesis import strategies as st

from audit.intervals import Iv

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-3, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def interval_and_point(draw, elements=finite):
    """An interval and a number inside it."""
    a, b = sorted((draw(elements), draw(elements)))
    t = draw(st.floats(min_value=0, max_value=1))
    point = min(max(a + (b - a) * t, a), b)
    return Iv(np.array([a]), np.array([b])), point


@st.composite
def written_decimals(draw):
    """A decimal as news writes it: digits, optional thousands separators and decimals."""
    integer = draw(st.integers(min_value=0, max_value=10**9))
    decimals = draw(st.integers(min_value=0, max_value=4))
    fraction = draw(st.integers(min_value=0, max_value=10**decimals - 1)) if decimals else 0
    if decimals == 0 and integer % 10 == 0:
        integer += 1  # trailing zeros of an integer are read as rounding, not digits
    value = Decimal(integer) + (Decimal(fraction).scaleb(-decimals) if decimals else 0)
    return value, decimals
