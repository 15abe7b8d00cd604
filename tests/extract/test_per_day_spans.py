"""A daily average against its total where the days are not counted in the figure's own
words: the total named as the year's ("raised T in the year, an average of D each day": 365
days, 366 in a leap year), or the one day count of the sentence before or after ("... an
average of D daily. The 40-day season starts on Tuesday.", a guess at low confidence)."""

from __future__ import annotations

import pytest

from audit.pipeline import run_check
from tests.extract.snippets import roles_written


def _per_day(tmp_path, text: str) -> list[tuple[str, str]]:
    """(status, severity) of each per-day finding of the snippet."""
    path = tmp_path / "story.txt"
    path.write_text(f"Published: 2023-06-10\n\nLevies and trips\n\n{text}\n", encoding="utf-8")
    report, _ = run_check([path])
    assert not report.errors, report.errors
    return [(f.status, f.severity) for f in report.findings() if f.rule == "per_day.mismatch"]


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "The Dorne levy raised Sh21.9 billion in the year, an average of Sh60.0 million "
            "each day.",
            "consistent",
        ),
        (
            "The Dorne levy raised Sh21.9 billion in the year, an average of Sh80.0 million "
            "each day.",
            "inconsistent",
        ),
        (
            "Kelso Mobile made a record Sh36.5 billion profit for the financial year and earned an "
            "average of Sh100 million in profit each day.",
            "consistent",
        ),
    ],
)
def test_a_daily_average_of_the_years_total(tmp_path, text, status):
    assert [s for s, _ in _per_day(tmp_path, text)] == [status]


def test_a_part_of_the_year_is_no_years_days(tmp_path):
    text = (
        "The Dorne levy raised Sh21.9 billion in the year's first quarter, an average of "
        "Sh60.0 million each day."
    )
    assert _per_day(tmp_path, text) == []


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "More than 400 million trips are expected, an average of 10.0 million trips daily. "
            "The 40-day travel season starts on Tuesday.",
            "consistent",
        ),
        (
            "Some 400 million trips are expected, an average of 15.0 million trips daily. "
            "The 40-day travel season starts on Tuesday.",
            "inconsistent",
        ),
        (
            "The eight-day fair opens on Friday. Organisers expect 96,000 visitors, an average "
            "of 12,000 visitors a day.",
            "consistent",
        ),
    ],
)
def test_the_day_count_of_the_next_or_last_sentence(tmp_path, text, status):
    found = _per_day(tmp_path, text)
    assert [s for s, _ in found] == [status]
    # Across sentences, a guess: never at error.
    assert all(severity != "error" for _, severity in found)


def test_a_day_count_across_sentences_is_a_low_guess():
    text = (
        "Ravel expects 400 million trips, an average of 10.0 million trips daily. "
        "The 40-day travel season starts on Tuesday."
    )
    assert [c for *_, c in roles_written(text, "per_day", ("total",))] == ["low"]


@pytest.mark.parametrize(
    "text",
    [
        # Two spans around it: the words do not say which one the trips are spread over.
        "The 40-day season starts on Tuesday. More than 400 million trips are expected, an "
        "average of 10.0 million trips daily. The seven-day peak comes in the second week.",
        # The total is May's: its month, not the next sentence's span.
        "More than 400 million trips were made in May, an average of 10.0 million trips daily. "
        "The 40-day travel season starts on Tuesday.",
    ],
)
def test_no_span_when_the_words_name_two_or_another_period(tmp_path, text):
    assert _per_day(tmp_path, text) == []
