"""Counts whose noun the finder leaves out of the figure: told per day after it ("50 parcels a
day", the daily figure of a total, checked against the total it is restated from, in either
order), and between an end and its start ("1.2 million units from 600,000 units")."""

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


@pytest.mark.parametrize(
    "sentence, linked",
    [
        ("Van exports doubled to 1.4 million units from 700,000 units.", True),
        ("Van exports more than doubled to 1.4 million units from 610,000.", True),
        ("The maker sold 1.4 million units from 700 showrooms, a record.", False),
    ],
)
def test_an_end_and_its_start_with_a_noun_left_between(tmp_path, sentence, linked):
    path = tmp_path / "story.txt"
    path.write_text(f"Published: 2024-06-10\n\nVan figures\n\n{sentence}\n", encoding="utf-8")
    report, _ = run_check([path])
    rules = {f.rule for f in report.findings()}
    assert (bool(rules & {"multiple.mismatch", "growth.mismatch"})) == linked


@pytest.mark.parametrize(
    "sentence, status",
    [
        (
            "During the five-day fair, the hall drew 90,000 visitors, averaging 18,000 a day.",
            "consistent",
        ),
        (
            "During the five-day fair, the hall drew 90,000 visitors, averaging 15,000 a day.",
            "inconsistent",
        ),
        ("The 30-day sale may draw 600,000 shoppers, or 20,000 shoppers daily.", "consistent"),
        ("The 30-day sale may draw 600,000 shoppers, or 25,000 shoppers daily.", "inconsistent"),
        # Two day counts in the sentence: which one the average is over is not said.
        (
            "Over the 10-day event and the 3-day preview, 90,000 came, averaging 9,000 a day.",
            None,
        ),
    ],
)
def test_the_days_of_a_daily_average_before_its_total(tmp_path, sentence, status):
    assert _per_day_status(tmp_path, sentence) == status
