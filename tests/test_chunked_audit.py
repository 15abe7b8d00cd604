"""Auditing files a chunk at a time gives the findings of one pass over all of them, and a
conflict stated across many articles lists a few statements, not all of them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from audit.errors import InputError
from audit.pipeline import Setup, audit_files, collect, run_check
from audit.report import conflict_findings, json_out
from audit.report.model import ArticleReport

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location(
    "archive_benchmark", ROOT / "benchmarks" / "archive.py"
)
archive = importlib.util.module_from_spec(spec)
spec.loader.exec_module(archive)

CLAIMS = """article:
  id: {id}
  title: A made-up brief
  published: 2024-03
claims:
  - id: output
    entity: Westmark
    metric: steel output
    period: "2022"
    value: {value}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for index in range(12):
        (tmp_path / f"gen{index:02d}.txt").write_text(archive.article(index), encoding="utf-8")
    for seed in sorted((ROOT / "articles").glob("*.txt")):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    return tmp_path


def _comparable(results):
    """Each file's findings as the JSON report writes them, errors as their text."""
    out = []
    for item in results:
        if isinstance(item, InputError):
            out.append(str(item))
        else:
            assert isinstance(item, ArticleReport)
            out.append([json_out.finding_dict(f, False) for f in item.findings])
    return out


def test_chunks_of_files_give_the_findings_of_one_pass(folder):
    files = collect([folder])
    setup = Setup()
    whole = audit_files(files, setup)
    pieces = [audit_files(files[i : i + 4], setup) for i in range(0, len(files), 4)]
    joined = [item for piece in pieces for item in piece]
    assert sum(len(r.findings) for r in whole) > 30
    assert _comparable(joined) == _comparable(whole)


def test_an_id_used_twice_is_an_error_whether_in_one_chunk_or_two(tmp_path):
    for name in ("a", "b", "c", "d", "e"):
        (tmp_path / f"{name}.yaml").write_text(
            CLAIMS.format(id="same" if name in "be" else name, value="3.1 million tonnes"),
            encoding="utf-8",
        )
    alone, _ = run_check([tmp_path], jobs=1)
    pooled, _ = run_check([tmp_path], jobs=2)  # one file a chunk: b and e in different ones
    for report in (alone, pooled):
        assert [a.article.id for a in report.articles] == ["a", "same", "c", "d"]
        assert len(report.errors) == 1 and "'same' is also used by" in str(report.errors[0])
        assert "e.yaml" in str(report.errors[0])
    setup = Setup()
    together = audit_files(sorted(tmp_path.glob("*.yaml")), setup)
    assert not isinstance(together[4], ArticleReport)  # left unaudited, the parent says why


def test_a_conflict_in_many_articles_lists_a_few_and_counts_the_rest(tmp_path):
    values = ["3.1 million tonnes"] * 20 + ["4.4 million tonnes"] + ["3.1 million tonnes"] * 9
    values[0] = "2.2 million tonnes"  # the lowest comes first, the highest in the middle
    for index, value in enumerate(values):
        (tmp_path / f"brief{index:02d}.yaml").write_text(
            CLAIMS.format(id=f"brief{index:02d}", value=value), encoding="utf-8"
        )
    report, _ = run_check([tmp_path], jobs=1)
    conflicts = [f for f in report.findings() if f.rule == conflict_findings.CONFLICT_RULE]
    assert sorted(f.article for f in conflicts) == [f"brief{i:02d}" for i in range(30)]
    shown = conflict_findings.LISTED
    rest = 30 - shown
    for finding in conflicts:
        assert finding.message.count(" in brief") == shown
        assert f"and {rest} more in 30 articles in all" in finding.message
        assert "2.2 million tonnes in brief00" in finding.message
        assert "4.4 million tonnes in brief20" in finding.message
        assert finding.arithmetic.endswith(f"vs {rest} more")
    last = next(f for f in conflicts if f.article == "brief29")  # not among those listed
    assert last.computed.count("million tonnes") == shown
    assert last.computed.endswith(f"and {rest - 1} more")  # less its own statement


def test_a_small_conflict_lists_every_statement(tmp_path):
    for index, value in enumerate(
        ("3.1 million tonnes", "4.4 million tonnes", "3.1 million tonnes")
    ):
        (tmp_path / f"note{index}.yaml").write_text(
            CLAIMS.format(id=f"note{index}", value=value), encoding="utf-8"
        )
    report, _ = run_check([tmp_path], jobs=1)
    conflicts = [f for f in report.findings() if f.rule == conflict_findings.CONFLICT_RULE]
    assert len(conflicts) == 3
    for finding in conflicts:
        assert finding.message.count(" in note") == 3 and "more" not in finding.message
    first = next(f for f in conflicts if f.article == "note0")
    assert first.computed == "4.4 million tonnes, 3.1 million tonnes"


def _mark_started(chunk: list[int], folder: Path) -> list[int]:
    (folder / f"started{chunk[0]:03d}").touch()
    return chunk


def test_workers_run_only_a_few_chunks_ahead_of_the_parent(tmp_path):
    """Results the parent has not taken wait in its memory: a slow parent holds back its
    workers instead of receiving the whole archive."""
    import time

    from audit.parallel import IN_FLIGHT, map_chunks

    taken = []
    for index, results in enumerate(map_chunks(_mark_started, list(range(40)), tmp_path, 2)):
        taken.extend(results)
        time.sleep(0.05)  # the parent is the slow side
        assert len(list(tmp_path.glob("started*"))) <= index + 1 + 2 * IN_FLIGHT
    assert taken == list(range(40))
