"""Periods read from the words around a figure: dates and clock times are not spans of years."""

from __future__ import annotations

import pytest

from audit.claims.periods import parse_period
from audit.extract import context, extract_claims
from audit.extract.drafts import draft_claims, sentence_period


@pytest.mark.parametrize(
    "first, second, day, period",
    [
        ("2016", "2021", None, "2016/2021"),
        ("2023", "24", None, "2023/2024"),  # a fiscal year
        ("2022", "01", None, "2022"),  # a month: read as its year, never 2022 to 2001
        ("2021", "12", None, "2021"),
        ("2018", "02", "-15", "2018"),  # an ISO date
        ("2019", None, None, "2019"),
    ],
)
def test_year_span(first, second, day, period):
    assert context.year_span(first, second, day) == period
    parse_period(period)  # every reading is a period the claims file accepts


@pytest.mark.parametrize("year, period", [("18", "2017/2018"), ("2024", "2023/2024")])
def test_fiscal_year(year, period):
    assert context.fiscal_year(year) == period


@pytest.mark.parametrize(
    "sentence",
    [
        "Posted 2019-03-04 09:15 | Sales rose to 4.1 million cars.",
        "Updated: 2020-11 -- The port handled 3.2 million boxes.",
        "The council met on 2015-06-30 and approved 12.5 million dollars.",
    ],
)
def test_a_dated_line_gives_no_reversed_span(sentence):
    drafted = draft_claims(sentence, "2020-12")
    for draft in drafted.drafts:
        if draft.period:
            period = parse_period(draft.period)
            assert period.first_year <= period.last_year
    assert sentence_period(sentence) is None


def test_a_clock_time_is_skipped_not_drafted():
    drafted = draft_claims(
        "Filed at 20:04:01 by the desk. Exports hit 7.5 billion dollars.", "2020-12"
    )
    assert [d.found.text for d in drafted.drafts] == ["7.5 billion dollars"]
    assert [(s["quote"], s["why"]) for s in drafted.skipped] == [
        ("20:04:01", "a clock time, not a quantity")
    ]


def test_fiscal_year_names_the_figures_period():
    drafted = draft_claims("Revenue in FY18 was 40 billion rupees.", "2018-06")
    [draft] = drafted.drafts
    assert draft.period == "2017/2018"


def test_a_span_of_years_is_still_the_sentence_period():
    assert sentence_period("During 2013-2016, output grew 7.2 percent a year.") == "2013/2016"


@pytest.mark.parametrize(
    "sentence, value, period",
    [
        # A base year combines with the year the figure is for.
        ("In 2019 the harbour's traffic rose 24 percent from 2015.", "24 percent", "2015/2019"),
        ("Visits in 2022 were 15 percent higher than in 2018.", "15 percent", "2018/2022"),
        ("In 2021 wages rose 6 percent over 2020.", "6 percent", "2020/2021"),
        ("Output grew 45 percent from 2010 to 2014.", "45 percent", "2010/2014"),
        # A base year is not the period of an amount stated beside it.
        (
            "In 2023 ticket sales came to 3.4 billion pesos, a recovery of 96 percent compared "
            "with the same period in 2019.",
            "3.4 billion pesos",
            "2023",
        ),
    ],
)
def test_base_years(sentence, value, period):
    drafts = {d.value: d.period for d in draft_claims(sentence, "2024-01").drafts}
    assert drafts[value] == period


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Looking back, in 2016 the airport will have served 30 million travellers.", "fact"),
        ("In 2026 the airport will serve 45 million travellers.", "forecast"),
        ("The airport will serve 45 million travellers.", "forecast"),
        ("In 2016 traffic was expected to reach 30 million travellers.", "forecast"),
    ],
)
def test_will_about_a_past_year_of_a_later_article_is_a_fact(sentence, status):
    assert context.status_for(sentence, sentence.index("million") - 3, 2024) == status


@pytest.mark.parametrize(
    "sentence, periods",
    [
        ("Bus fares raised 640 crore in FY 2018-19.", ["2018/2019"]),
        ("Bus fares raised 640 crore in 2018-19.", ["2018/2019"]),
        ("Bus fares raised 640 crore in fiscal 2019.", ["2018/2019"]),
        # Each figure takes the fiscal year written after it, not the one before it.
        (
            "Bus fares went from 640 crore in FY19 to 910 crore in FY22.",
            ["2018/2019", "2021/2022"],
        ),
    ],
)
def test_a_fiscal_year_after_a_figure_is_its_period(sentence, periods):
    drafted = draft_claims(sentence, "2024-06")
    assert [d.period for d in drafted.drafts] == periods


def test_a_compound_rate_between_fiscal_years_spans_the_years_between_them():
    text = (
        "Bus fares went from 640 crore in FY 2018-19 to 910 crore in FY 2021-22, a CAGR of 12.5%."
    )
    drafted = extract_claims(text, "x", published="2024-06")
    [cagr] = [r for r in drafted["relations"] if r["kind"] == "cagr"]
    assert cagr["period"] == "2019/2022"


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Some 42% of the 1,500 drivers polled said they would buy an electric car.", "fact"),
        ("Of 900 tenants asked, 42% told us they would move if rents rose.", "fact"),
        ("The minister said it would cost 42% more than planned.", "forecast"),
        ("Officials said output would reach 42% of capacity.", "forecast"),
    ],
)
def test_what_people_said_they_would_do_is_a_finding_not_a_forecast(sentence, status):
    assert context.status_for(sentence, sentence.index("42%"), 2024) == status


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("In the poll, 42% of Harbour Party voters now plan to switch sides.", "fact"),
        ("Asked about the race, 42% think the mayor would lose a run-off.", "fact"),
        ("About 42% of those surveyed expect rents to rise next year.", "fact"),
        ("Most Liberals stay loyal: 42% of Liberals intend to vote again.", "fact"),
        ("Some 30% plan to retire early, while 42% said they would keep working.", "fact"),
        # A plan or a forecast of the figure itself, not people answering a survey.
        ("The bank plans to cut 42% of its branches.", "target"),
        ("The council plans to build 120 homes, while 42% more are expected.", "target"),
        ("Officials think it will reach 42% by 2026.", "forecast"),
        ("Some 42% is expected to go to roads.", "forecast"),
    ],
)
def test_what_people_plan_or_expect_in_a_survey_is_a_finding(sentence, status):
    start = sentence.index("42%")
    assert context.status_for(sentence, start, 2024, end=start + 3) == status


def test_a_base_with_its_month_lends_no_year_to_the_next_sentences():
    from audit.extract import context

    # "up from November 2021's production" is a base: the sentence states no year of its own
    sentence = "Output was 0.5 percent up from November 2021's production."
    assert context.stated_year(sentence) is None
    assert context.stated_year("Output in November 2021 was 1.9 million barrels.") == 2021
