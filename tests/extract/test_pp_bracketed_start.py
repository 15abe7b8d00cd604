"""A rate, its change in points (or, loosely, in percent) "higher/lower compared to the rate
recorded in P", and that earlier rate in brackets: a percentage-point change, 18.42 - 13.32."""

from __future__ import annotations

import pytest

from audit.pipeline import run_check


def _pp_statuses(tmp_path, sentence: str) -> list[str]:
    path = tmp_path / "story.txt"
    path.write_text(f"Published: 2021-06-15\n\nPrices\n\n{sentence}\n", encoding="utf-8")
    report, _ = run_check([path])
    assert not report.errors, report.errors
    return [f.status for f in report.findings() if f.rule == "pp.change_mismatch"]


@pytest.mark.parametrize(
    "sentence, status",
    [
        (
            "Corvel's jobless rate rose to 18.42 percent, 5.10 percent points higher compared "
            "to the rate recorded in May 2020 (13.32 percent).",
            "consistent",
        ),
        (
            "Corvel's jobless rate rose to 18.42 percent, 6.10 percent points higher compared "
            "to the rate recorded in May 2020 (13.32 percent).",
            "inconsistent",
        ),
        # In percent, read as a relative change: 3.0 / 4.0 - 1 = -25%.
        (
            "Rent inflation in Almery eased to 3.0 percent, 25 percent lower compared to the "
            "rate recorded in April 2021 (4.0 percent).",
            "consistent",
        ),
        # In percent where the gap is one of points: the rule names the slip.
        (
            "Rent inflation in Almery eased to 2.46 percent, 1.41 percent lower compared to the "
            "rate recorded in April 2021 (3.87 percent).",
            "inconsistent",
        ),
        (
            "The bad-loan ratio of Pennor banks slowed to 4.2% in May, 0.6 percentage points "
            "lower than in May 2020 (4.8%).",
            "consistent",
        ),
    ],
)
def test_a_change_of_a_rate_against_the_bracketed_earlier_rate(tmp_path, sentence, status):
    assert _pp_statuses(tmp_path, sentence) == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        # No earlier rate in brackets: nothing to take the start from.
        "Corvel's jobless rate rose to 18.42 percent, 5.10 percent points higher compared to "
        "the rate recorded in May 2020, officials said.",
        # The bracketed rate is another thing's, named after the period.
        "Corvel's jobless rate rose to 18.42 percent, 5.10 percent points higher compared to "
        "the rate recorded in May 2020 among adults over fifty (23.52 percent).",
    ],
)
def test_no_change_without_the_bracketed_rate_or_with_crossed_words(tmp_path, sentence):
    assert _pp_statuses(tmp_path, sentence) == []
