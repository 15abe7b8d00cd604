"""The same per-chunk stages on a Dask cluster: files are read, extracted and audited on workers.

`--dask local` starts a LocalCluster on this machine; `--dask tcp://HOST:8786` uses a running
scheduler, whose workers must see the files at the same paths (a shared or network drive).
Chunks of files are audited on the workers as on local worker processes
(audit.parallel) and come back in the order of the files; cross-article work is done here, so
the findings are those of a local run. Dask (the `dask` extra) loads here only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from audit.errors import InputError, UsageError
from audit.parallel import carried, chunks, uncarried

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")


def map_on_dask(
    func: Callable[[list[T], S], list[R]], items: Sequence[T], shared: S, address: str
) -> Iterator[list[R | InputError]]:
    """func(chunk, shared) over chunks of items on the cluster, as audit.parallel.map_chunks:
    each chunk's results as it is done, in the order of the items."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--dask needs dask: pip install 'claims-audit[dask]'") from None
    if address == "local":
        # One thread per worker process: extraction is pure Python and holds the GIL.
        with (
            LocalCluster(threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            yield from _gather(client, func, items, shared)
        return
    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError) as error:
        raise UsageError(f"--dask {address}: cannot reach the scheduler ({error})") from None
    with client:
        yield from _gather(client, func, items, shared)


def _chunk(func: Callable, chunk: list, shared: object) -> list:
    return carried(func(chunk, shared))


def _gather(client, func: Callable, items: Sequence[T], shared: object) -> Iterator[list]:
    parts = chunks(items, max(1, len(client.nthreads())))
    everywhere = client.scatter(shared, broadcast=True)  # sent once, not with every chunk
    futures = client.map(_chunk, [func] * len(parts), parts, shared=everywhere, pure=False)
    for future in futures:  # in the order of the chunks, each let go once received
        yield uncarried(future.result())
        future.release()
