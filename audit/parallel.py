"""Audit many files on every core: each worker process loads and audits a chunk of files.

Whatever can be done one article at a time (reading, extracting, building the article, its
tables, the engine, the evidence and its findings) runs in the workers, a chunk of files at a
time; only cross-article work (conflicts, duplicate ids) is left to the parent. Every article's
findings depend on that article alone, so they and their order are those of a one-process run.
Results come back in the order of the files; a bad file comes back as its InputError, to be
reported beside the others as in one process.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from audit.errors import InputError

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")
# A pool costs a few tens of milliseconds to start: not worth it for a gate on one or two files.
MIN_FILES_FOR_POOL = 4
# Files audited together in a worker: enough that the engine works on arrays, few enough that a
# chunk of long articles stays small.
MAX_CHUNK = 64
# Chunks given to each worker ahead of the parent: one to audit, one to start on at once.
IN_FLIGHT = 2


def fewer_collections() -> None:
    """Run the cycle collector less often: a long article's draft makes hundreds of
    thousands of objects, none of them garbage, and the default thresholds spend a fifth of
    the extraction time scanning them. Garbage cycles are still collected, in larger batches.
    """
    gc.set_threshold(50_000, 20, 100)


def keep() -> None:
    """What the run holds so far, out of the cycle collector's sight: each full pass would
    otherwise scan every article received so far, which makes receiving an archive grow
    faster than the archive. The young generations are collected first, so the garbage cycles
    of a chunk audited in this process are not kept with them."""
    gc.collect(1)
    gc.freeze()


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


def carried(results: list) -> list:
    """Results as they cross a process boundary: each InputError as a Failed."""
    return [
        Failed(r.message, r.path, r.line, r.column) if isinstance(r, InputError) else r
        for r in results
    ]


def uncarried(results: list) -> list:
    return [r.error() if isinstance(r, Failed) else r for r in results]


# The worker's copy of what every chunk needs (rules, facts), given once when it starts.
_shared: object = None


def _share(shared: object) -> None:
    global _shared
    fewer_collections()
    _shared = shared


def _run_chunk(func: Callable, chunk: list) -> list:
    return carried(func(chunk, _shared))


def chunks(items: Sequence[T], jobs: int) -> list[list[T]]:
    """Items in consecutive chunks: several per worker keep the load even when some articles
    are much longer than others; at most MAX_CHUNK files, so a worker holds little at once."""
    size = max(1, min(MAX_CHUNK, len(items) // (jobs * 8)))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def map_chunks(
    func: Callable[[list[T], S], list[R]],
    items: Sequence[T],
    shared: S,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[list[R | InputError]]:
    """func(chunk, shared) over consecutive chunks of items, on up to `jobs` worker processes
    (default: every core): each chunk's results as it is done, in the order of the items;
    func returns one result per item, an InputError for an item it could not take.

    `func` must be a module-level function, as worker processes receive it by name; `shared`
    goes to each worker once (pickled where processes are spawned, not forked).
    """
    jobs = min(jobs or available_cores(), len(items))
    done = 0
    if jobs <= 1 or len(items) < MIN_FILES_FOR_POOL:
        for chunk in chunks(items, 1):  # in this process, a chunk at a time as a worker would
            results: list[R | InputError] = list(func(chunk, shared))
            done += len(results)
            if progress is not None:
                progress(done, len(items))
            yield results
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor  # only a run with a pool pays for it

    parts = iter(chunks(items, jobs))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_share, initargs=(shared,)) as pool:
        # A few chunks in flight per worker, not all: results the parent has not taken yet
        # wait in its memory, and a parent slower than its workers would hold the archive.
        flying = deque(
            pool.submit(_run_chunk, func, part) for part in islice(parts, jobs * IN_FLIGHT)
        )
        while flying:
            result = flying.popleft().result()
            following = next(parts, None)
            if following is not None:
                flying.append(pool.submit(_run_chunk, func, following))
            pooled = uncarried(result)
            del result
            done += len(pooled)
            if progress is not None:
                progress(done, len(items))
            yield pooled
