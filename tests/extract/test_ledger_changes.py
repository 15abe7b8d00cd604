"""A split written with each figure's change before it, as labour releases do: "Employment
increased 21,300 to T. Full-time employment increased 15,200 to A, while part-time employment
increased 6,100 to B." Full-time and part-time make the whole; the levels add up, and so do
their changes."""

from __future__ import annotations

import pytest

from audit.pipeline import run_check
from tests.extract.snippets import totals_and_parts

HEAD = "Published: 2024-06-14\n\nJobs in May\n\n"
JOBS = (
    "Employment increased {total} to 9,412,600. Full-time employment increased 15,200 to "
    "6,503,900, while part-time employment increased 6,100 to {part}."
)


def _statuses(tmp_path, text: str) -> list[str]:
    path = tmp_path / "jobs.txt"
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    return sorted(f.status for f in report.findings() if f.kind == "sum")


def test_full_time_and_part_time_make_the_whole_and_so_do_their_changes():
    assert totals_and_parts(HEAD + JOBS.format(total="21,300", part="2,908,700"), "sum") == [
        ("9,412,600", ["6,503,900", "2,908,700"], "low"),
        ("21,300", ["15,200", "6,100"], "low"),
    ]


@pytest.mark.parametrize(
    ("total", "part", "statuses"),
    [
        ("21,300", "2,908,700", ["consistent", "consistent"]),
        ("12,300", "2,908,700", ["consistent", "inconsistent"]),
        ("21,300", "2,980,700", ["consistent", "inconsistent"]),
    ],
)
def test_each_sum_is_checked_on_its_own(tmp_path, total, part, statuses):
    assert _statuses(tmp_path, HEAD + JOBS.format(total=total, part=part)) == statuses


def test_a_level_with_no_change_before_it_leaves_the_changes_unsummed():
    text = HEAD + JOBS.format(total="21,300", part="2,908,700").replace(
        "part-time employment increased 6,100 to", "part-time employment stood at"
    )
    assert [t for t, _, _ in totals_and_parts(text, "sum")] == ["9,412,600"]
