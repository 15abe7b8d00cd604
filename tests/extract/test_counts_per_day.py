"""A count told per day after its noun ("50 parcels a day") is the daily figure of a total, and
is checked against the total it is restated from, in either order."""

from __future__ import annotations

import pytest

from audit.pipeline import run_check


def _per_day_status(tmp_path, sentence: str) -> str | None:
    path = tmp_path / "story.txt"
    path.write_text(f"Published: 2024-06-10\n\nDepot figures\n\n{sentence}\n", encoding="utf-8")
    report, _ = run_check([path])
    assert not report.errors, report.errors
    return next((f.status for f in report.findings() if f.rule == "per_day.mismatch"), None)


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("The depot handled 36,500 parcels last year, about 100 parcels a day.", "consistent"),
        ("The depot handled 36,500 parcels last year, about 150 parcels a day.", "inconsistent"),
        ("The depot handles 100 parcels a day, or 36,500 a year.", "consistent"),
        ("The depot handles 100 parcels a day, or 46,500 a year.", "inconsistent"),
        ("The depot handles 100 small parcels a day, or about 36,500 a year.", "consistent"),
    ],
)
def test_a_count_per_day_meets_its_yearly_total(tmp_path, sentence, status):
    assert _per_day_status(tmp_path, sentence) == status


def test_a_count_and_a_yearly_figure_of_another_thing_are_not_linked(tmp_path):
    sentence = "The depot handles 100 parcels a day and 36,500 letters a year."
    assert _per_day_status(tmp_path, sentence) is None
