"""The relation kinds that phrasings draft from text, audited end to end: each snippet yields
one relation of its kind, and the verdict follows from the figures as written."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet

SNIPPETS = {
    "trade_total_from_parts_ok": (
        "Exports rose 8.0% to 540 billion and imports rose 2.0% to 360 billion, lifting total "
        "trade by 5.5%.",
        "aggregate_growth",
        "consistent",
    ),
    "trade_total_from_parts_wrong": (
        "Exports rose 8.0% to 540 billion and imports rose 2.0% to 360 billion, lifting total "
        "trade by 7.5%.",
        "aggregate_growth",
        "inconsistent",
    ),
    "retail_total_with_a_falling_part": (
        "Total retail sales grew 3.1% as online sales jumped 12% to 2.4 trillion and store sales "
        "fell 1.5% to 5.6 trillion.",
        "aggregate_growth",
        "consistent",
    ),
    "rents_cumulative_and_yearly_ok": (
        "Average rents rose 64.5 percent between 2014 and 2022, or 6.4 percent a year.",
        "cagr_cumulative",
        "consistent",
    ),
    "rents_cumulative_divided_not_compounded": (
        "Average rents rose 64.5 percent between 2014 and 2022, or 8.1 percent a year.",
        "cagr_cumulative",
        "inconsistent",
    ),
    "surplus_growth_ok": (
        "The trade surplus widened 32% to 50 billion as exports rose 6% to 300 billion and "
        "imports rose 2% to 250 billion.",
        "difference_growth",
        "consistent",
    ),
    "surplus_growth_taken_from_one_side": (
        "The trade surplus widened 6% to 50 billion as exports rose 6% to 300 billion and "
        "imports rose 2% to 250 billion.",
        "difference_growth",
        "inconsistent",
    ),
    "deficit_in_the_next_sentence": (
        "Exports fell 3% to 90 billion while imports rose 5% to 120 billion. The trade deficit "
        "widened 39.5% over the year.",
        "difference_growth",
        "consistent",
    ),
    "sales_topped_and_did": (
        "Car sales topped 1 million last year, reaching 1,020,000 units.",
        "bound",
        "consistent",
    ),
    "sales_topped_but_did_not": (
        "Car sales topped 1 million last year, reaching 980,000 units.",
        "bound",
        "inconsistent",
    ),
    "parts_within_their_total": (
        "The region counted 600 new firms, including 300 in Alba and 200 in Brook.",
        "partial_sum",
        "consistent",
    ),
    "parts_beyond_their_total": (
        "The region counted 450 new firms, including 300 in Alba and 200 in Brook.",
        "partial_sum",
        "inconsistent",
    ),
    "visits_per_day_ok": (
        "The museum logs 365 million visits a year, or about 1 million a day.",
        "per_day",
        "consistent",
    ),
    "visits_per_day_wrong_scale": (
        "The museum logs 365 million visits a year, or about 10 million a day.",
        "per_day",
        "inconsistent",
    ),
    "plant_said_ahead_but_behind": (
        "The north plant made 4.1 million tonnes, ahead of the south plant's 4.4 million tonnes.",
        "order",
        "inconsistent",
    ),
    "wages_faster_than_prices": (
        "Wages grew 5.2% last year, faster than the 3.9% rise in prices.",
        "order",
        "consistent",
    ),
    "port_approaching_its_rival": (
        "The port handled 9.6 million containers last year, approaching its rival's 10.1 "
        "million containers.",
        "order",
        "consistent",
    ),
    "port_approaching_a_smaller_rival": (
        "The port handled 96 million containers last year, approaching its rival's 10.1 "
        "million containers.",
        "order",
        "inconsistent",
    ),
    "tickets_just_short_but_above": (
        "The museum sold 3.6 million tickets, just short of the 3 million tickets it sold in 2019.",
        "order",
        "inconsistent",
    ),
    # The restatement in the other side's currency is the side compared.
    "revenue_in_yuan_approaching_dollars": (
        "The carmaker booked revenue of 65 billion yuan ($9.1 billion), approaching its "
        "rival's $9.5 billion.",
        "order",
        "consistent",
    ),
    "revenue_in_yuan_ten_times_what_it_approaches": (
        "The carmaker booked revenue of 650 billion yuan ($91 billion), approaching its "
        "rival's $9.5 billion.",
        "order",
        "inconsistent",
    ),
    "yearly_gap_of_two_cumulative_rises_ok": (
        "Rural incomes rose 90% and urban incomes 70% between 2012 and 2021, so rural incomes "
        "grew 1.3 percentage points a year faster.",
        "cumulative_gap",
        "consistent",
    ),
    "yearly_gap_divided_not_compounded": (
        "Rural incomes rose 90% and urban incomes 70% between 2012 and 2021, so rural incomes "
        "grew 2.2 percentage points a year faster.",
        "cumulative_gap",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_a_phrased_kind_reaches_its_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def test_each_figure_past_one_threshold_gets_its_own_bound(tmp_path):
    text = (
        "Sales at the Alba and Brook stores passed 40 million euros, at 43.1 million euros and "
        "39.6 million euros respectively."
    )
    found = [f for f in audit_snippet(tmp_path, "stores", text) if f.kind == "bound"]
    assert sorted(f.status for f in found) == ["consistent", "inconsistent"]


def test_approaching_is_a_warning_and_just_short_of_an_error(tmp_path):
    # "Approaching" is read as from below only for want of a fall in the sentence: a guess.
    approaching = (
        "The port handled 96 million containers last year, approaching its rival's 10.1 "
        "million containers."
    )
    short = (
        "The museum sold 3.6 million tickets, just short of the 3 million tickets it sold in 2019."
    )
    [near] = [f for f in audit_snippet(tmp_path, "near", approaching) if f.kind == "order"]
    [below] = [f for f in audit_snippet(tmp_path, "short", short) if f.kind == "order"]
    assert (near.severity, below.severity) == ("warning", "error")


def test_an_amount_restated_in_the_other_sides_currency_is_compared_in_it(tmp_path):
    text = (
        "The north plant's output was worth 30 billion yuan ($4.2 billion), ahead of the "
        "south plant's $4.6 billion."
    )
    [found] = [f for f in audit_snippet(tmp_path, "plants", text) if f.kind == "order"]
    assert found.status == "inconsistent"
    assert {i.written for i in found.inputs} == {"$4.2 billion", "$4.6 billion"}
