"""A small column table over numpy arrays, the engine's unit of data.

pandas costs a quarter of a second to import, which a pre-commit gate on one claims file cannot
afford, so the engine works on plain numpy columns; `to_pandas` / `from_pandas` exchange tables
with pandas (or any DataFrame engine) for archive-scale runs.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np


def distinct(values: Any) -> np.ndarray:
    """np.unique(values): asked for first positions too, numpy does not import numpy.ma (a
    tenth of a one-file gate's start) to learn whether the array is masked."""
    return np.unique(values, return_index=True)[0]


class Table:
    """Named numpy columns of one length."""

    def __init__(self, columns: Mapping[str, Any]) -> None:
        self.columns = {name: np.asarray(values) for name, values in columns.items()}
        lengths = {len(v) for v in self.columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {lengths}")
        self._length = lengths.pop() if lengths else 0

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, name: str) -> np.ndarray:
        return self.columns[name]

    @property
    def names(self) -> list[str]:
        return list(self.columns)

    def rows(self) -> Iterator[Any]:
        Row = namedtuple("Row", self.names)  # type: ignore[misc]
        for values in zip(*(self.columns[n].tolist() for n in self.names), strict=True):
            yield Row(*values)

    @staticmethod
    def concat(tables: list[Table], names: list[str]) -> Table:
        if not tables:
            return Table({n: np.array([], dtype=object) for n in names})
        return Table({n: np.concatenate([t[n] for t in tables]) for n in names})

    def to_pandas(self):
        import pandas as pd

        return pd.DataFrame(self.columns)

    @staticmethod
    def from_pandas(frame) -> Table:
        return Table({str(c): frame[c].to_numpy() for c in frame.columns})


def text_column(values: list[Any]) -> np.ndarray:
    """An object column of Python strings or None (numpy would otherwise pick a fixed width)."""
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column
