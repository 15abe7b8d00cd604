"""Phrasings kept between runs are the phrasings built from the files, and a cache that does
not hold (edited files, a damaged or foreign cache, no cache folder) is never used."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from audit.extract import phrasing_cache
from audit.extract.phrasing import FOLDER, Phrasing, PhrasingError, build_all

_ONE = """\
id: growth.test_case
kind: growth
pattern: "{amount:end}, up {rate:rate} from {amount:start}"
examples:
  links:
    - text: "Sales were 12 million dollars, up 20% from 10 million dollars."
      roles: {end: "12 million dollars", rate: "20%", start: "10 million dollars"}
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture
def phrasings(tmp_path: Path) -> Path:
    folder = tmp_path / "phrasings"
    folder.mkdir()
    (folder / "growth.test_case.yaml").write_text(_ONE, encoding="utf-8")
    return folder


def _refuse(folder: Path) -> tuple[Phrasing, ...]:
    raise AssertionError(f"{folder} was built again, though its cache holds")


def _cache_file(cache: Path) -> Path:
    (file,) = (cache / "claims-audit").glob("phrasings-*.json")
    return file


def test_the_shipped_phrasings_come_back_as_built(cache: Path) -> None:
    built = phrasing_cache.cached(FOLDER, build_all, Phrasing)
    assert phrasing_cache.cached(FOLDER, _refuse, Phrasing) == built == build_all(FOLDER)


def test_every_field_of_a_phrasing_is_kept() -> None:
    assert set(phrasing_cache._DECODE) == {f.name for f in dataclasses.fields(Phrasing)}


def test_an_edited_phrasing_file_is_built_again(cache: Path, phrasings: Path) -> None:
    first = phrasing_cache.cached(phrasings, build_all, Phrasing)
    path = phrasings / "growth.test_case.yaml"
    # The same size, written at once: only its bytes tell it changed.
    path.write_text(_ONE.replace("from", "frum", 1))
    second = phrasing_cache.cached(phrasings, build_all, Phrasing)
    assert second != first
    assert second == build_all(phrasings)


def test_a_phrasing_file_added_is_read(cache: Path, phrasings: Path) -> None:
    phrasing_cache.cached(phrasings, build_all, Phrasing)
    (phrasings / "growth.test_two.yaml").write_text(_ONE.replace("test_case", "test_two"))
    assert [p.id for p in phrasing_cache.cached(phrasings, build_all, Phrasing)] == [
        "growth.test_case",
        "growth.test_two",
    ]


@pytest.mark.parametrize(
    "damage",
    [
        "not json {",
        "[]",
        '{"stamp": "another", "phrasings": []}',
        "STAMP_WITH_BAD_FIELDS",
    ],
)
def test_a_cache_that_does_not_hold_is_not_used(cache: Path, phrasings: Path, damage: str) -> None:
    built = phrasing_cache.cached(phrasings, build_all, Phrasing)
    file = _cache_file(cache)
    if damage == "STAMP_WITH_BAD_FIELDS":
        data = json.loads(file.read_text())
        data["phrasings"][0]["needs"] = [[1, 2]]
        damage = json.dumps(data)
    file.write_text(damage)
    assert phrasing_cache.cached(phrasings, build_all, Phrasing) == built


def test_a_phrasing_with_an_error_reads_the_same_and_is_not_kept(
    cache: Path, phrasings: Path
) -> None:
    (phrasings / "growth.test_case.yaml").write_text(_ONE.replace("kind: growth", "kind: gro"))
    for _ in range(2):
        with pytest.raises(PhrasingError, match=r"growth\.test_case\.yaml: unknown kind 'gro'"):
            phrasing_cache.cached(phrasings, build_all, Phrasing)
    assert not list((cache / "claims-audit").glob("phrasings-*.json"))


def test_a_cache_folder_that_cannot_be_written_is_done_without(
    tmp_path: Path, phrasings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert phrasing_cache.cached(phrasings, build_all, Phrasing) == build_all(phrasings)


def test_two_folders_keep_their_own_cache(cache: Path, phrasings: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(phrasings, other)
    (other / "growth.test_two.yaml").write_text(_ONE.replace("test_case", "test_two"))
    one = phrasing_cache.cached(phrasings, build_all, Phrasing)
    two = phrasing_cache.cached(other, build_all, Phrasing)
    assert phrasing_cache.cached(phrasings, _refuse, Phrasing) == one
    assert phrasing_cache.cached(other, _refuse, Phrasing) == two
