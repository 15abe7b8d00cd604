"""An average stated beside the total and the count it divides: per unit of measure ("500.0
dollars per tonne" of a value and a tonnage), per counted thing ("$200" of a sum over 45.6
million transfers) and per month over the months the sentence names ("the first half")."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

ORE = (
    "Varnholt imported 12.00 million tonnes of nickel ore valued at 6.000 billion dollars. "
    "The average price stood at {average} dollars per tonne."
)
TRANSFERS = (
    "Wages sent home totalled $9.120 billion in 45.6 million transfers, an average of ${average}."
)
INFLOW = (
    "{period} the inflow into Selmark funds was {total} dollars, "
    "a monthly average of {average} million dollars."
)


def _averages(text: str) -> list[dict]:
    return roles_by_name(text, "per_capita")


def test_a_value_per_tonne_divides_the_value_by_the_tonnes():
    [found] = _averages(ORE.format(average="500.0"))
    assert found["total"] == "6.000 billion dollars"


def test_tons_and_a_price_per_ton_are_the_same_unit():
    text = ORE.replace("tonnes", "tons").replace("per tonne", "per ton").format(average="500.0")
    assert [found["total"] for found in _averages(text)] == ["6.000 billion dollars"]


def test_a_price_per_tonne_the_value_does_not_give_is_flagged(tmp_path):
    text = ORE.format(average="550.0")
    assert_relation_verdict(tmp_path, "varnholt", text, "per_capita", "inconsistent")


@pytest.mark.parametrize(
    "text",
    (
        # No word says the price is the average: it may be the market's.
        ORE.replace("The average price", "The price").format(average="500.0"),
        # Tonnes against barrels: the average is per another unit.
        ORE.replace("tonnes of nickel ore", "barrels of crude").format(average="500.0"),
        # Two values and two tonnages: which the average is of, the words do not say.
        "Varnholt imported 12.00 million tonnes of nickel ore valued at 6.000 billion dollars "
        "and 2.0 million tonnes of tin worth 9.0 billion dollars. "
        "The average price stood at 500.0 dollars per tonne.",
    ),
)
def test_an_average_per_tonne_without_one_value_and_one_tonnage_links_nothing(text):
    assert _averages(text) == []


def test_an_average_of_counted_transfers_divides_the_total_by_the_count(tmp_path):
    text = TRANSFERS.format(average="200")
    assert _averages(text) == [
        {
            "total": "$9.120 billion",
            "count": "45.6 million counted transfers",
            "per_capita": "$200",
        }
    ]
    assert_relation_verdict(tmp_path, "wages", text, "per_capita", "consistent")


def test_an_average_the_count_does_not_give_is_flagged(tmp_path):
    text = TRANSFERS.format(average="250")
    assert_relation_verdict(tmp_path, "wages", text, "per_capita", "inconsistent")


def test_an_average_after_two_counts_links_nothing():
    text = TRANSFERS.replace("transfers,", "transfers and 3.1 million cheques,").format(
        average="200"
    )
    assert _averages(text) == []


@pytest.mark.parametrize(
    ("period", "total", "average"),
    (
        ("In the first 12 months", "1.46 billion", "121.7"),
        ("In January-June", "730 million", "121.7"),
        ("In the first half", "730 million", "121.7"),
        ("In the first three quarters", "1.095 billion", "121.7"),
        ("Over the year", "1.46 billion", "121.7"),
    ),
)
def test_a_monthly_average_divides_the_total_by_the_months_named(tmp_path, period, total, average):
    text = INFLOW.format(period=period, total=total, average=average)
    assert_relation_verdict(tmp_path, "selmark", text, "per_capita", "consistent")


def test_a_monthly_average_the_months_do_not_give_is_flagged(tmp_path):
    text = INFLOW.format(period="In the first 12 months", total="1.46 billion", average="141.7")
    assert_relation_verdict(tmp_path, "selmark", text, "per_capita", "inconsistent")


def test_averaging_a_month_after_the_total_reads_the_same(tmp_path):
    text = (
        "In the first half the inflow was 730 million dollars, "
        "averaging 121.7 million dollars a month."
    )
    assert_relation_verdict(tmp_path, "selmark", text, "per_capita", "consistent")


@pytest.mark.parametrize(
    "period",
    (
        "",  # no period named
        "So far this year",  # the year to date: how many months, the words do not say
        "Up 12% on the year,",  # a base of comparison, not the span
        "In the first half, against 1.46 billion dollars for the year,",  # two spans
    ),
)
def test_a_monthly_average_without_one_named_span_links_nothing(period):
    text = INFLOW.format(period=period, total="730 million", average="60.8").strip()
    assert _averages(text) == []


ZOO = "{period} Brackwater Zoo took {total} million pounds, a weekly average of 40,000 pounds."


def test_a_weekly_average_of_the_years_total_is_held_to_its_weeks(tmp_path):
    text = ZOO.format(period="Over the year", total="2.08")
    assert_relation_verdict(tmp_path, "zoo", text, "per_day", "consistent")


def test_a_weekly_average_the_years_total_does_not_give_is_flagged(tmp_path):
    text = ZOO.format(period="Over the year", total="2.90")
    assert_relation_verdict(tmp_path, "zoo", text, "per_day", "inconsistent")


def test_a_weekly_average_over_the_weeks_named_divides_by_them(tmp_path):
    text = ZOO.format(period="In the first 10 weeks", total="0.40")
    assert_relation_verdict(tmp_path, "zoo", text, "per_capita", "consistent")


def test_a_weekly_average_of_no_named_span_links_nothing():
    text = ZOO.format(period="", total="2.08").strip()
    assert roles_by_name(text, "per_day") == [] == _averages(text)
