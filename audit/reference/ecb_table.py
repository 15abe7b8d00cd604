"""The ECB rates archive as a table, read once and kept in the user's cache between runs.

Reading the archive means inflating it and splitting every one of its lines for each currency a
run converts: more instructions than the rest of a gate on a claims file that converts one. The
table read from it (the days in date order, and for each currency its units per euro on each
day, NaN where the ECB has none) is kept as one NumPy file, loaded without pickle. Its name
holds the archive's path, modification time and size and the table's layout, so a changed
archive or a new layout is read again; a cache file that cannot be read, or holds another
shape, is ignored and replaced. It is written through a file beside it, so a reader never sees
half of one, and a cache folder that cannot be written is done without.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from pathlib import Path

import numpy as np

from audit.reference.user_cache import cache_dir

DAY = "day"  # the table's first field: the date of each row
LAYOUT = 1  # changes whenever what the table holds or how it is laid out changes
PREFIX = "ecb-rates-"


def load(archive: Path, folder: Path | None = None) -> np.ndarray:
    """The archive's table (read-only): field DAY, then one float field per currency."""
    folder = folder if folder is not None else cache_dir()
    cached = _cached_name(archive, folder) if folder is not None else None
    if cached is not None:
        table = _read_cached(cached)
        if table is not None:
            return table
    table = read_archive(archive)
    if cached is not None:
        _write(cached, table)
    table.flags.writeable = False  # shared by every window of the run
    return table


def read_archive(archive: Path) -> np.ndarray:
    """The table, read from the zipped CSV file the ECB publishes."""
    import zipfile  # with shutil, bz2 and lzma: only a run with no table cached loads them

    with zipfile.ZipFile(archive) as opened:
        text = opened.read(opened.namelist()[0]).decode("utf-8")
    header, *rest = text.splitlines()
    lines = [line for line in rest if line]
    columns = [(i, name) for i, name in enumerate(header.split(",")) if name and name != "Date"]
    days = np.array([line[:10] for line in lines], dtype="datetime64[D]")
    order = np.argsort(days)
    rates = np.array(
        [[_rate(fields, i) for i, _ in columns] for fields in (line.split(",") for line in lines)],
        dtype="f8",
    ).reshape(len(lines), len(columns))
    table = np.empty(len(lines), dtype=[(DAY, "datetime64[D]")] + [(n, "f8") for _, n in columns])
    table[DAY] = days[order]
    for j, (_, name) in enumerate(columns):
        table[name] = rates[order, j]
    return table


def _rate(fields: list[str], column: int) -> float:
    value = fields[column] if column < len(fields) else ""
    return float("nan") if value in ("N/A", "") else float(value)


def _cached_name(archive: Path, folder: Path) -> Path | None:
    try:
        stat = archive.stat()
        where = zlib.crc32(str(archive.resolve()).encode("utf-8", "surrogatepass"))
    except OSError:
        return None  # reading the archive says why
    return folder / f"{PREFIX}{LAYOUT}-{where:08x}-{stat.st_mtime_ns}-{stat.st_size}.npy"


def _read_cached(path: Path) -> np.ndarray | None:
    try:
        table = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):  # none yet, unreadable, or not a NumPy file
        return None
    names = table.dtype.names
    if (
        table.ndim != 1
        or not names
        or names[0] != DAY
        or table.dtype[DAY] != np.dtype("datetime64[D]")
        or any(table.dtype[name] != np.dtype("f8") for name in names[1:])
    ):
        return None
    table.flags.writeable = False
    return table


def _write(path: Path, table: np.ndarray) -> None:
    staged = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with staged.open("wb") as out:
            np.save(out, table, allow_pickle=False)
        os.replace(staged, path)
    except OSError:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
        return
    # Tables of archives since replaced (an upgraded package) are never read again.
    for old in path.parent.glob(f"{PREFIX}*.npy"):
        if old != path and old.name.split("-")[3] == path.name.split("-")[3]:
            with contextlib.suppress(OSError):
                old.unlink()
