"""Load many articles on every core: worker processes extract and load, the parent audits.

Only the per-file work (reading, extracting, building the article) runs in workers; the tables,
the engine and the report run once over all articles in the parent, so the findings and their
order are those of a one-process run. Results come back in the order of the files; a bad
file comes back as its InputError, to be reported beside the others as in one process.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from audit.errors import InputError

T = TypeVar("T")
R = TypeVar("R")
# A pool costs a few tens of milliseconds to start: not worth it for a gate on one or two files.
MIN_FILES_FOR_POOL = 4


def fewer_collections() -> None:
    """Run the cycle collector less often: a long article's draft makes hundreds of
    thousands of objects, none of them garbage, and the default thresholds spend a fifth of
    the extraction time scanning them. Garbage cycles are still collected, in larger batches.
    """
    gc.set_threshold(50_000, 20, 100)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class Failed:
    """An InputError carried back from a worker by its parts (its pickled form loses them)."""

    message: str
    path: str | None
    line: int | None
    column: int | None

    def error(self) -> InputError:
        return InputError(self.message, self.path, self.line, self.column)


class catching:
    """func, with an InputError returned as a Failed value a process boundary keeps whole."""

    def __init__(self, func: Callable) -> None:
        self.func = func

    def __call__(self, item):
        try:
            return self.func(item)
        except InputError as error:
            return Failed(error.message, error.path, error.line, error.column)


def map_in_order(
    func: Callable[[T], R],
    items: Sequence[T],
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[R | InputError]:
    """[func(item) for item in items], on up to `jobs` worker processes (default: every core);
    an item whose func raised an InputError has that error in its place. `progress(done,
    total)` is told as each result arrives.

    `func` must be a module-level function, as worker processes receive it by name.
    """
    jobs = min(jobs or available_cores(), len(items))
    if jobs <= 1 or len(items) < MIN_FILES_FOR_POOL:
        results: list[R | InputError] = []
        for item in items:
            try:
                results.append(func(item))
            except InputError as error:
                results.append(error)
            if progress is not None:
                progress(len(results), len(items))
        return results
    # Chunks amortise the trips to the workers; several per worker keep the load even when
    # some articles are much longer than others.
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    from concurrent.futures import ProcessPoolExecutor  # only a run with a pool pays for it

    pooled: list[R | InputError] = []
    with ProcessPoolExecutor(max_workers=jobs, initializer=fewer_collections) as pool:
        for result in pool.map(catching(func), items, chunksize=chunk):
            pooled.append(result.error() if isinstance(result, Failed) else result)
            if progress is not None:
                progress(len(pooled), len(items))
    return pooled
