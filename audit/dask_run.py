"""The same per-file stages on a Dask cluster: files are read, extracted and loaded on workers.

`--dask local` starts a LocalCluster on this machine; `--dask tcp://HOST:8786` uses a running
scheduler, whose workers must see the files at the same paths (a shared or network drive).
The articles come back in the order of the files and are audited together here, so the
findings are those of a local run. Dask (the `dask` extra) loads here only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from audit.errors import InputError, UsageError
from audit.parallel import Failed, catching

T = TypeVar("T")
R = TypeVar("R")


def map_on_dask(func: Callable[[T], R], items: Sequence[T], address: str) -> list[R | InputError]:
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
            return _gather(client, func, items)
    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError) as error:
        raise UsageError(f"--dask {address}: cannot reach the scheduler ({error})") from None
    with client:
        return _gather(client, func, items)


def _gather(client, func: Callable[[T], R], items: Sequence[T]) -> list[R | InputError]:
    futures = client.map(catching(func), list(items), pure=False)
    return [
        failed.error() if isinstance(failed, Failed) else failed
        for failed in client.gather(futures)
    ]  # in the order of the items
