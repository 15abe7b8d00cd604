"""Read rule files are cached as data between runs; a changed, corrupt or foreign cache entry is
never used, and errors in rule files read the same with or without the cache."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from audit.errors import InputError
from audit.rules import cache as rule_cache
from audit.rules.rule_files import load_rules
from tests.cli_helpers import write_rule

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr("sys.platform", "linux")
    return tmp_path / "cache" / "claims-audit" / rule_cache.file_name()


def _signature(rules) -> list[tuple]:
    return [
        (
            r.id,
            r.kind.name,
            r.severity,
            r.message,
            {k: f.text for k, f in r.readings.items()},
            r.docs,
            r.passing,
            r.failing,
            r.path,
        )
        for r in rules
    ]


def test_rules_read_from_the_cache_are_the_rules_read_from_their_files(cache_home):
    fresh = load_rules()
    assert cache_home.exists()
    cached = load_rules()
    assert _signature(cached) == _signature(fresh)


def test_the_cache_is_used_while_the_file_is_unchanged(cache_home, monkeypatch):
    load_rules()
    calls = []
    real = rule_cache.yamlsource.load
    monkeypatch.setattr(rule_cache.yamlsource, "load", lambda p: calls.append(p) or real(p))
    load_rules()
    assert calls == []


def test_a_changed_rule_file_is_read_again(tmp_path, cache_home):
    folder = tmp_path / "rules"
    path = write_rule(folder, "house/per_person.yml")
    [before] = load_rules([folder], include_builtin=False)
    text = path.read_text(encoding="utf-8").replace("severity: warning", "severity: error")
    assert "severity: error" in text
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    [after] = load_rules([folder], include_builtin=False)
    assert (before.severity, after.severity) == ("warning", "error")


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: "not json",
        lambda text: json.dumps([1, 2, 3]),
        # The right stamp and stats, data of the wrong shapes.
        lambda text: json.dumps(_every_entry(json.loads(text), ["m", 1, 1, "oops"])),
        lambda text: json.dumps(_every_entry(json.loads(text), ["x", 1, 1, []])),
        lambda text: json.dumps(_every_entry(json.loads(text), ["m", True, 1, [1, 1, 1, 1]])),
    ],
)
def test_a_corrupt_cache_is_ignored(cache_home, damage):
    fresh = load_rules()
    cache_home.write_text(damage(cache_home.read_text(encoding="utf-8")), encoding="utf-8")
    assert _signature(load_rules()) == _signature(fresh)


def _every_entry(data: dict, node: list) -> dict:
    for entry in data["files"].values():
        entry["data"] = node
    return data


def test_a_cache_of_another_version_is_ignored(cache_home, monkeypatch):
    load_rules()
    data = json.loads(cache_home.read_text(encoding="utf-8"))
    for entry in data["files"].values():
        entry["data"] = ["m", 1, 1, []]  # would fail every rule, were it used
    cache_home.write_text(json.dumps({**data, "stamp": "0.0.0/old"}), encoding="utf-8")
    assert len(load_rules()) == len(list((ROOT / "rules").rglob("*.yaml")))


def test_an_error_in_a_rule_file_reads_the_same_from_the_cache(tmp_path, cache_home):
    folder = tmp_path / "rules"
    path = write_rule(folder, "house/per_person.yml")
    path.write_text(path.read_text(encoding="utf-8").replace("kind:", "kind: nope\nx:"))
    messages = []
    for _ in range(2):  # the file read, then its cached data
        with pytest.raises(InputError) as raised:
            load_rules([folder], include_builtin=False)
        messages.append(str(raised.value))
    assert messages[0] == messages[1] and str(path) in messages[0]
    assert json.loads(cache_home.read_text(encoding="utf-8"))["files"]


def test_a_cache_folder_that_cannot_be_written_is_done_without(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr("sys.platform", "linux")
    assert load_rules()
    assert not list(tmp_path.glob("**/claims-audit"))


def test_two_installs_keep_caches_of_their_own(cache_home, monkeypatch):
    load_rules()
    other = "0.0.0/another-install"
    monkeypatch.setattr(rule_cache, "_stamp", lambda: other)
    load_rules()
    assert cache_home.exists()  # not replaced by the other install's
    assert (cache_home.parent / rule_cache.file_name(other)).exists()
    assert json.loads(cache_home.read_text(encoding="utf-8"))["stamp"] != other
