"""Figures per week, month or day against a year's total (the per_day kind, generalized):
linked in one sentence with "or", "about", "an average of"; across two sentences only with
low confidence; never to a total of another flow or another period. The verdicts show the
calendar's constants at work: a year is 52 to 52.18 weeks, 12 months, 365 or 366 days."""

from __future__ import annotations

import pytest

from audit.claims.units import calendar_band, resolve
from audit.extract import extract_claims
from audit.pipeline import run_check
from tests.extract.snippets import assert_relation_verdict, audit_snippet

SPREADS = {
    "week_over_the_year": (
        "Harbour Athletic lost £2.1m over the year, or about £40,000 a week.",
        "consistent",
    ),
    "week_in_a_named_year_slip": (
        "Dunmore Rovers lost £2.9m in 2019, or about £40,000 a week.",
        "inconsistent",
    ),
    # £2.08m is £40,000 times 52: a writer's year of weeks, not the registry's 52.18
    "week_times_fifty_two": (
        "Dunmore Rovers lost £2.08m in 2019, or £40,000 a week.",
        "consistent",
    ),
    "month_of_a_count": ("The shop sold 36,000 bikes last year, some 3,000 a month.", "consistent"),
    "month_of_a_count_slip": (
        "The shop sold 36,000 bikes last year, some 4,000 a month.",
        "inconsistent",
    ),
    "count_a_week_then_the_year": (
        "The mill grinds 400 sacks a week, or about 20,800 a year.",
        "consistent",
    ),
    "count_a_week_then_the_year_slip": (
        "The mill grinds 400 sacks a week, or about 28,800 a year.",
        "inconsistent",
    ),
    "count_a_year_then_a_week": (
        "The pool counts 520,000 swims a year, or about 10,000 a week.",
        "consistent",
    ),
    "day_of_a_count_unchanged": (
        "Published: 2024-06-10\n\nCars\n\n"
        "The carmaker sold 1.2 million cars last year, about 3,300 a day.",
        "consistent",
    ),
    "month_in_the_financial_year": (
        "The charity spent £600,000 during the financial year, equivalent to £50,000 a month.",
        "consistent",
    ),
    # a total written per year is the year's amount: it was read as a rate once, a false alarm
    "day_against_a_yearly_rate": (
        "She earns £400 a day in wages, or about £146,000 a year.",
        "consistent",
    ),
    "week_against_a_yearly_rate": (
        "She earns £400 a week in wages, or about £20,800 a year.",
        "consistent",
    ),
    "week_against_a_yearly_rate_slip": (
        "She earns £400 a week in wages, or about £30,800 a year.",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SPREADS))
def test_a_figure_per_period_against_the_years_total(tmp_path, name):
    text, verdict = SPREADS[name]
    assert_relation_verdict(tmp_path, name, text, "per_day", verdict)


def test_the_report_names_a_weekly_figure_against_a_yearly_total_and_by_how_much(tmp_path):
    text = "Dunmore Rovers lost £2.9m in 2019, or about £40,000 a week."
    [found] = [f for f in audit_snippet(tmp_path, "weekly", text) if f.kind == "per_day"]
    assert "weekly figure against a yearly total (52 to 52.18 weeks)" in found.message
    assert found.difference  # "13,619 pounds per week" off
    assert "per week" in found.computed


CONVERSIONS = {
    "week_times_fifty_two": ("He earns £41,250 a week, or £2,145,000 a year.", "consistent"),
    "week_times_the_registry_year": (
        "He earns £41,250 a week, or £2,152,300 a year.",
        "consistent",
    ),
    "week_slip": ("He earns £41,250 a week, or £2,345,000 a year.", "inconsistent"),
    "day_times_365": (
        "The plant makes 1,000 tonnes a day, or 365,000 tonnes a year.",
        "consistent",
    ),
    "year_to_week": ("The scheme costs £1.2bn a year, or £23m a week.", "consistent"),
    "month_bare_comma": ("The family was spending £3,250 a month, £39,000 a year.", "consistent"),
    "month_bare_comma_slip": (
        "The family was spending £3,250 a month, £29,000 a year.",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(CONVERSIONS))
def test_a_rate_per_period_restated_per_year(tmp_path, name):
    text, verdict = CONVERSIONS[name]
    assert_relation_verdict(tmp_path, name, text, "unit_conversion", verdict)


def test_a_bare_comma_between_a_month_and_a_year_is_a_guess():
    drafted = extract_claims("The family was spending £3,250 a month, £39,000 a year.", "x")
    assert [r.get("confidence") for r in drafted["relations"]] == ["low"]


def test_a_bare_comma_before_another_cost_links_nothing():
    drafted = extract_claims("Rent is £1,200 a month, £1,800 a year in council tax.", "x")
    assert drafted["relations"] == []


def test_the_calendar_band_of_weeks_and_of_months():
    week = resolve("pound per week")
    year = resolve("pound per year")
    low, high = calendar_band(week, year)
    exact = 1 / resolve("week").factor
    assert (low * exact, high * exact) == pytest.approx((52.0, 52.18))
    assert calendar_band(resolve("pound per month"), year) == pytest.approx((1.0, 1.0))
    assert calendar_band(week, resolve("pound per day")) == (1.0, 1.0)


ACROSS = {
    "week_then_the_financial_year": (
        "Riverton United lost £40,000 a week in 2019. The loss for the financial year was £2.9m.",
        "inconsistent",
    ),
    "the_year_then_a_week": (
        "The loss for the year was £2.9m. Riverton United lost £56,000 a week.",
        "consistent",
    ),
    "annual_loss": (
        "Riverton United lost £40,000 a week in 2019. The club's annual loss was £2.08m.",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", sorted(ACROSS))
def test_a_weekly_figure_and_the_years_total_in_the_next_sentence(tmp_path, name):
    text, verdict = ACROSS[name]
    assert_relation_verdict(tmp_path, name, text, "per_day", verdict)
    drafted = extract_claims(text, "x")
    assert [r.get("confidence") for r in drafted["relations"]] == ["low"]


NOT_SPREADS = {
    "another_metric": (
        "Riverton United lost £40,000 a week in 2019. Revenue for the year was £2.9m."
    ),
    "another_metric_one_sentence": "The club lost £40,000 a week in 2019, and revenue was £2.9m.",
    "a_months_total": (
        "Riverton United lost £40,000 a week in 2019. Its loss for March was £200,000."
    ),
    "a_months_total_one_sentence": "The shop sold 12,000 bikes in March, about 3,000 a week.",
    "another_thing_spent_on": (
        "Riverton spent £40,000 a week on wages in 2019. It spent £2.9m on transfers over the year."
    ),
    "a_week_later": "The club lost £2.9m in 2019, and a week later it fired its manager.",
    "a_week_later_across": (
        "Riverton lost £40,000 a week in 2019. A week later the annual loss of £2.9m was revised."
    ),
    "four_day_week": "Staff at the firm, which made £2.9m in 2023, work a four-day week.",
    "week_12": "Sales reached 36,000 in week 12 of 2023.",
    "another_time_of_year": "The club lost £2.9m in 2019, about £40,000 a week in the spring.",
    "more_than_a_rival": (
        "Harbour Athletic lost £2.1m over the year, £40,000 a week more than its rival."
    ),
    "another_thing_counted": "The mill grinds 400 sacks a week and 20,800 bags of oats a year.",
}


@pytest.mark.parametrize("name", sorted(NOT_SPREADS))
def test_close_forms_link_no_figure_per_period(name):
    drafted = extract_claims(NOT_SPREADS[name], "x")
    assert [r for r in drafted["relations"] if r["kind"] == "per_day"] == []


def test_a_total_written_per_month_is_no_total_over_days(tmp_path):
    claims = tmp_path / "rent.yaml"
    claims.write_text(
        "article: {id: rent, published: '2024-06-10'}\n"
        "claims:\n"
        "- {id: monthly, value: '1,200 pounds per month', period: '2023'}\n"
        "- {id: weekly, value: 'about 300 pounds per week', period: '2023'}\n"
        "relations:\n"
        "- {id: spread, kind: per_day, roles: {total: monthly, per_day: weekly}}\n",
        encoding="utf-8",
    )
    report, _ = run_check([claims])
    assert [f.status for f in report.findings()] == ["unverifiable"]
