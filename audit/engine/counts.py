"""Counts against each other: counts of different named things never meet in one check.

A count of a named thing has a dimension of its own (`[count_worker]`, units.txt). A plain
number beside it ("350 stores, up from 300") is a count whose noun the sentence left out, so
the two meet; two counts of different things ("13,000 workers", "350 stores") do not.
"""

from __future__ import annotations

import numpy as np

from audit.claims.units import DIMENSIONLESS, is_count


def counts(dims: np.ndarray) -> np.ndarray:
    """Where a dimension is a count of one named thing (one test per distinct dimension)."""
    distinct, inverse = np.unique(np.asarray(dims).astype(str), return_inverse=True)
    return np.array([is_count(d) for d in distinct], dtype=bool)[inverse].reshape(np.shape(dims))


def clash(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Where two dimensions cannot meet in one check: they differ, and neither is a plain
    number standing beside a count of a named thing."""
    a, b = np.asarray(a), np.asarray(b)
    plain_a, plain_b = a == DIMENSIONLESS, b == DIMENSIONLESS
    bare_count = (plain_a & counts(b)) | (plain_b & counts(a))
    return (a != b) & ~bare_count
