"""Crossing a relation's rows with the alternatives of one more role (fact vintages, parts)."""

from __future__ import annotations

import numpy as np


def cross(
    rows: dict[str, np.ndarray],
    role: str,
    fill_relation: np.ndarray,
    fill_value: np.ndarray,
    relation_count: int,
) -> dict[str, np.ndarray]:
    """Every row times every alternative of `role` for its relation (-1 where there is none)."""
    order = np.argsort(fill_relation, kind="stable")
    fill_relation, fill_value = fill_relation[order], fill_value[order]
    counts = np.bincount(fill_relation, minlength=relation_count)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    per_row = counts[rows["relation"]]
    repeat = np.maximum(per_row, 1)
    source = np.repeat(np.arange(len(rows["relation"])), repeat)
    offset = np.arange(len(source)) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    position = starts[rows["relation"]][source] + offset
    has = per_row[source] > 0
    value = np.where(has, fill_value[np.where(has, position, 0)] if len(fill_value) else -1, -1)
    expanded = {name: column[source] for name, column in rows.items()}
    expanded[role] = value.astype(np.int64)
    return expanded
