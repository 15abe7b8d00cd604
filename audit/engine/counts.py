"""Counts against each other: counts of different named things never meet in one check.

A count of a named thing has a dimension of its own (`[count_worker]`, units.txt). A plain
number beside it ("350 stores, up from 300") is a count whose noun the sentence left out, so
the two meet; two counts of different things ("13,000 workers", "350 stores") do not. A rate
per counted thing ("yuan per worker") is per one of the things its count counts, or unchecked.
"""

from __future__ import annotations

import numpy as np

from audit.claims.units import (
    DIMENSIONLESS,
    counted_noun,
    counted_per,
    is_count,
    named_count_dimensions,
)


def counts(dims: np.ndarray) -> np.ndarray:
    """Where a dimension is a count of one named thing (one test per distinct dimension)."""
    distinct, inverse = np.unique(np.asarray(dims).astype(str), return_inverse=True)
    return np.array([is_count(d) for d in distinct], dtype=bool)[inverse].reshape(np.shape(dims))


def unnamed_counts(dims: np.ndarray) -> np.ndarray:
    """Where a dimension is a count of a thing the vocabulary does not name ("3,200 counted
    hires"): whether it is a kind of another counted thing, the words alone cannot say."""
    named = named_count_dimensions()
    distinct, inverse = np.unique(np.asarray(dims).astype(str), return_inverse=True)
    out = np.array([is_count(d) and d not in named for d in distinct], dtype=bool)
    return out[inverse].reshape(np.shape(dims))


def clash(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Where two dimensions cannot meet in one check: they differ, and neither is a plain
    number standing beside a count of a named thing."""
    a, b = np.asarray(a), np.asarray(b)
    plain_a, plain_b = a == DIMENSIONLESS, b == DIMENSIONLESS
    bare_count = (plain_a & counts(b)) | (plain_b & counts(a))
    return (a != b) & ~bare_count


def per_mismatch(rate_texts: np.ndarray, count_dims: np.ndarray, count_texts: np.ndarray):
    """Why a rate cannot be held against a count of something else ("per worker against a
    count of stores"); "" where it can (per nothing counted, or per what the count counts)."""
    distinct, inverse = np.unique(np.asarray(rate_texts).astype(str), return_inverse=True)
    pers = [counted_per(text) for text in distinct]
    per_dim = np.array([dim for dim, _ in pers], dtype=object)[inverse]
    per_noun = np.array([noun for _, noun in pers], dtype=object)[inverse]
    count_dims = np.asarray(count_dims).astype(str)
    differs = (per_dim != "") & counts(count_dims) & (per_dim != count_dims)
    nouns = _nouns(count_texts)
    return np.where(differs, "per " + per_noun + " against a count of " + nouns, "")


def what_differs(a_dims, a_texts, b_dims, b_texts) -> np.ndarray:
    """Why two parts in different units cannot be added: counts say of what
    ("counts of workers and of stores cannot be added"); "" where not both are counts."""
    both = counts(a_dims) & counts(b_dims)
    a, b = _nouns(a_texts), _nouns(b_texts)
    return np.where(both, "counts of " + a + " and of " + b + " cannot be added", "")


def _nouns(texts) -> np.ndarray:
    distinct, inverse = np.unique(np.asarray(texts).astype(str), return_inverse=True)
    return np.array([counted_noun(t) for t in distinct], dtype=object)[inverse]
