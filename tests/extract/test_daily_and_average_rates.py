"""A daily average of a month's or a year's total (its days counted from the total's period),
a total restated per minute or hour (the calendar's minutes of that period), and an average
yearly rate over the years a two-year change counts back."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

DATED = "Date: 2023-05-10\n\n"
MILLS = DATED + (
    "Harnwick's foundries cast 9.3 million tonnes of iron in June. "
    "Daily output averaged {daily} million tonnes."
)
PARCELS = (
    DATED
    + "Tellmoor's post handled 14.6 billion parcels in 2022, or about {rate} parcels a {unit}."
)
PROFITS = DATED + (
    "Brightwater's earnings rose 12.0 percent, an increase of 21.0 percent over the same period "
    "two years earlier and an average increase of {rate} percent over the two years."
)


def test_a_daily_average_the_sentence_after_divides_the_months_total_by_its_days(tmp_path):
    # June has 30 days: 9.3 / 30 = 0.31
    assert roles_by_name(MILLS.format(daily="0.31"), "per_day") == [
        {"total": "9.3 million tonnes", "per_day": "0.31 million tonnes"}
    ]
    assert_relation_verdict(tmp_path, "mills", MILLS.format(daily="0.31"), "per_day", "consistent")
    wrong = MILLS.format(daily="0.30")  # 9.3 / 31, a month of 31 days
    assert_relation_verdict(tmp_path, "mills2", wrong, "per_day", "inconsistent")


def test_average_daily_written_first_reads_the_same():
    text = (
        DATED + "Harnwick cast 9.3 million tonnes of iron in June; "
        "average daily output was 0.31 million tonnes."
    )
    assert [r["total"] for r in roles_by_name(text, "per_day")] == ["9.3 million tonnes"]


@pytest.mark.parametrize(
    "text",
    (
        # the daily figure is of another thing than the total's sentence names
        MILLS.replace("Daily output", "Daily output of coke").format(daily="0.31"),
        # of part of the month
        MILLS.replace("million tonnes.", "million tonnes in the last week.").format(daily="0.31"),
        # no average word: one day's output, perhaps a record
        MILLS.replace("Daily output averaged", "Output on Monday was").format(daily="0.31"),
        # another unit
        MILLS.replace("million tonnes.", "million barrels.").format(daily="0.31"),
        # a part of a year the period read does not show: the year's days would be wrong
        MILLS.replace("in June", "over the first six months of 2022").format(daily="0.31"),
        # a total so far, not the month's
        MILLS.replace("in June", "so far in June").format(daily="0.31"),
    ),
)
def test_a_daily_figure_the_words_do_not_make_the_totals_average_links_nothing(text):
    assert roles_by_name(text, "per_day") == []


def test_a_years_total_per_minute_divides_by_the_years_minutes(tmp_path):
    # 14.6e9 / 525,600 = 27,778
    text = PARCELS.format(rate="27,800", unit="minute")
    assert roles_by_name(text, "per_capita") == [
        {
            "total": "14.6 billion counted parcels",
            "count": "exactly 525600",
            "per_capita": "about 27,800 counted parcels",
        }
    ]
    assert_relation_verdict(tmp_path, "post", text, "per_capita", "consistent")
    # per hour: 14.6e9 / 8,760 = 1.67 million, not 1.2 million
    wrong = PARCELS.format(rate="1.2 million", unit="n hour").replace("a n hour", "an hour")
    assert_relation_verdict(tmp_path, "post2", wrong, "per_capita", "inconsistent")


def test_a_leap_years_minutes_are_527040():
    text = PARCELS.replace("2022", "2024").format(rate="27,700", unit="minute")
    assert [r["count"] for r in roles_by_name(text, "per_capita")] == ["exactly 527040"]


@pytest.mark.parametrize(
    "text",
    (
        # a rate of another comparison, not the total restated
        PARCELS.format(rate="27,800", unit="minute").replace(
            "a minute.", "a minute more than rivals."
        ),
        # no word restating the total: a second figure
        PARCELS.format(rate="27,800", unit="minute").replace(", or about", ", with"),
        # no period named for the total: its minutes are not known
        PARCELS.format(rate="27,800", unit="minute").replace(" in 2022", ""),
    ),
)
def test_a_figure_per_minute_not_stated_as_the_total_restated_links_nothing(text):
    assert roles_by_name(text, "per_capita") == []


def test_an_average_increase_over_the_two_years_compounds_the_two_year_change(tmp_path):
    # 1.21 = 1.10 x 1.10
    text = PROFITS.format(rate="10.0")
    assert_relation_verdict(tmp_path, "earnings", text, "cagr_cumulative", "consistent")
    wrong = PROFITS.format(rate="10.5")  # 21 / 2, divided instead of compounded
    assert_relation_verdict(tmp_path, "earnings2", wrong, "cagr_cumulative", "inconsistent")
