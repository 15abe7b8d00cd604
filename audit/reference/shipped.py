"""The shipped World Bank and FRED facts: one columnar file, read on first use, never in full.

Rows are sorted by (metric, entity, period, release), so a fact's vintages are adjacent rows
found by binary search on one integer key; Fact objects are built only for the facts a run asks
about.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

FILE = Path(__file__).parent.parent / "data" / "facts" / "world_bank.npz"
# key = (metric * ENTITIES + entity) * PERIODS + period, period = year * 100 + month (0: year)
ENTITIES, PERIODS = 1 << 12, 1 << 20


@dataclass(frozen=True)
class Row:
    code: str
    entity: str
    metric: str
    period: str
    value: float
    unit: str
    source: str
    licence: str
    vintage: str
    released: str


class Store:
    def __init__(self, path: Path) -> None:
        with np.load(path) as data:
            arrays = {name: data[name] for name in data.files}
        self.codes = [str(c) for c in arrays["entity_code"]]
        self.names = [str(n) for n in arrays["entity_name"]]
        self.code_index = {c: i for i, c in enumerate(self.codes)}
        self.series = {
            name: [str(v) for v in arrays[f"series_{name}"]]
            for name in ("metric", "unit", "source", "licence", "vintage", "released")
        }
        self.metrics = sorted(set(self.series["metric"]))
        self.metric_index = {m: i for i, m in enumerate(self.metrics)}
        series_metric = np.array([self.metric_index[m] for m in self.series["metric"]])
        self.row_series = arrays["series"].astype(np.int64)
        self.row_entity = arrays["entity"].astype(np.int64)
        self.row_period = arrays["period"].astype(np.int64)
        self.value = arrays["value"]
        self.row_metric = series_metric[self.row_series]
        self.keys = (self.row_metric * ENTITIES + self.row_entity) * PERIODS + self.row_period

    def rows(self, code: str, metric: str, period: int) -> list[Row]:
        """The vintages of one fact, oldest release first."""
        if code not in self.code_index or metric not in self.metric_index:
            return []
        key = (self.metric_index[metric] * ENTITIES + self.code_index[code]) * PERIODS + period
        first = int(np.searchsorted(self.keys, key, side="left"))
        last = int(np.searchsorted(self.keys, key, side="right"))
        return [self.row(i) for i in range(first, last)]

    def row(self, i: int) -> Row:
        s = int(self.row_series[i])
        entity = int(self.row_entity[i])
        return Row(
            self.codes[entity],
            self.names[entity],
            self.series["metric"][s],
            period_text(int(self.row_period[i])),
            float(self.value[i]),
            self.series["unit"][s],
            self.series["source"][s],
            self.series["licence"][s],
            self.series["vintage"][s],
            self.series["released"][s],
        )


def period_text(period: int) -> str:
    year, month = divmod(period, 100)
    return f"{year}-{month:02d}" if month else str(year)


def period_number(text: str) -> int | None:
    """ "2019" -> 201900, "2023-08" -> 202308; None for anything else."""
    if len(text) == 4 and text.isdigit():
        return int(text) * 100
    if (
        len(text) == 7
        and text[:4].isdigit()
        and text[4] == "-"
        and text[5:].isdigit()
        and 1 <= int(text[5:]) <= 12
    ):
        return int(text[:4]) * 100 + int(text[5:])
    return None


@cache
def store() -> Store:
    return Store(FILE)
