"""The ECB rates archive is read into a table once and kept in the user's cache: the cached
table is the archive's, a changed archive is read again, and a damaged or foreign cache file is
never used."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from audit.reference import ecb_table

# Made-up rates, out of date order as the ECB's file is (newest first), with a rate missing
# both ways the file writes it and a trailing comma on every line.
CSV = """\
Date,AAA,BBB,CCC,
2020-01-03,1.5,N/A,10,
2020-01-01,1.25,2.5,,
2020-01-02,1.375,2.75,12,
"""


def _archive(folder: Path, text: str = CSV) -> Path:
    path = folder / "rates.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("rates.csv", text)
    return path


def _fields(table: np.ndarray) -> dict[str, list]:
    return {name: table[name].tolist() for name in table.dtype.names}


def test_the_table_holds_the_days_in_order_and_each_currency_s_rates(tmp_path):
    table = ecb_table.read_archive(_archive(tmp_path))
    assert table.dtype.names == (ecb_table.DAY, "AAA", "BBB", "CCC")
    assert [str(d) for d in table[ecb_table.DAY]] == ["2020-01-01", "2020-01-02", "2020-01-03"]
    assert table["AAA"].tolist() == [1.25, 1.375, 1.5]
    assert table["BBB"][:2].tolist() == [2.5, 2.75] and np.isnan(table["BBB"][2])
    assert np.isnan(table["CCC"][0]) and table["CCC"][1:].tolist() == [12.0, 10.0]


def test_a_cached_table_is_the_table_read_from_the_archive(tmp_path, monkeypatch):
    archive, cache = _archive(tmp_path), tmp_path / "cache"
    fresh = ecb_table.load(archive, cache)
    assert len(list(cache.glob("*.npy"))) == 1

    def unread(path):
        raise AssertionError("the archive was read again")

    monkeypatch.setattr(ecb_table, "read_archive", unread)
    cached = ecb_table.load(archive, cache)
    assert cached.dtype == fresh.dtype
    assert str(_fields(cached)) == str(_fields(fresh))  # NaN compares equal as text
    assert not cached.flags.writeable


def test_a_changed_archive_is_read_again_and_its_old_table_dropped(tmp_path):
    archive, cache = _archive(tmp_path), tmp_path / "cache"
    ecb_table.load(archive, cache)
    _archive(tmp_path, CSV.replace("1.25", "1.0625"))
    stat = archive.stat()
    # Another size is enough to tell, whatever the clock's resolution.
    assert ecb_table.load(archive, cache)["AAA"][0] == 1.0625
    [kept] = cache.glob("*.npy")
    assert kept.name.endswith(f"-{stat.st_size}.npy")


@pytest.mark.parametrize(
    "damage",
    [
        b"not a numpy file",
        b"",
        "floats",  # a NumPy file of another shape
    ],
)
def test_a_damaged_or_foreign_cache_file_is_ignored_and_replaced(tmp_path, damage):
    archive, cache = _archive(tmp_path), tmp_path / "cache"
    ecb_table.load(archive, cache)
    [cached] = cache.glob("*.npy")
    if damage == "floats":
        np.save(cached, np.zeros(3))
    else:
        cached.write_bytes(damage)
    assert ecb_table.load(archive, cache)["AAA"].tolist() == [1.25, 1.375, 1.5]
    assert ecb_table.load(archive, cache).dtype.names == (ecb_table.DAY, "AAA", "BBB", "CCC")


def test_a_cache_folder_that_cannot_be_written_is_done_without(tmp_path):
    archive = _archive(tmp_path)
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    assert ecb_table.load(archive, blocked / "cache")["AAA"].tolist() == [1.25, 1.375, 1.5]
