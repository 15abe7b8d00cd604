"""Rates, multiples and daily figures stated beside the levels they come from, audited end to
end from one invented sentence each: the sentence yields one relation of its kind, and the
verdict follows from the figures as written (a right and a wrong variant of each shape)."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, audit_snippet

# An article date, so that amounts in two currencies are converted at that year's rates.
DATED = "Published: 2023-06-10\n\nA title\n\n"

SNIPPETS = {
    "total_with_its_level_ok": (
        "Imports rose 4.0% to 250 billion euros and exports 9.0% to 350 billion euros, lifting "
        "total trade of 600 billion euros by 6.9%.",
        "aggregate_growth",
        "consistent",
    ),
    "total_with_its_level_wrong": (
        "Imports rose 4.0% to 250 billion euros and exports 9.0% to 350 billion euros, lifting "
        "total trade of 600 billion euros by 13%.",
        "aggregate_growth",
        "inconsistent",
    ),
    "paired_parts_ok": (
        "Exports and imports grew 7.0% and 3.0% to 320 billion dollars and 280 billion "
        "dollars, with total trade up 5.1% at 600 billion dollars.",
        "aggregate_growth",
        "consistent",
    ),
    "paired_parts_wrong": (
        "Exports and imports grew 7.0% and 3.0% to 320 billion dollars and 280 billion "
        "dollars, with total trade up 10% at 600 billion dollars.",
        "aggregate_growth",
        "inconsistent",
    ),
    "multiple_since_base_year_ok": (
        "Freight volume reached 820 million tonnes in 2021, 1.8 times more than in 2012, or "
        "12.1% a year on average.",
        "cagr_multiple",
        "consistent",
    ),
    "multiple_since_base_year_wrong": (
        "Freight volume reached 820 million tonnes in 2021, 1.8 times more than in 2012, or "
        "2.1% a year on average.",
        "cagr_multiple",
        "inconsistent",
    ),
    "from_under_a_bound_averaging_ok": (
        "Output grew from under 2.0 trillion yuan in 2017 to 2.9 trillion yuan in 2022, an "
        "average of 8.5% a year.",
        "cagr",
        "consistent",
    ),
    "from_under_a_bound_averaging_too_slow": (
        "Output grew from under 2.0 trillion yuan in 2017 to 2.9 trillion yuan in 2022, an "
        "average of 5.0% a year.",
        "cagr",
        "inconsistent",
    ),
    "average_annual_increase_ok": (
        "Tuition rose from 9,000 euros in 2014 to 12,800 euros in 2022, an average annual "
        "increase of 4.5 percent.",
        "cagr",
        "consistent",
    ),
    "averaging_a_year_wrong": (
        "Passenger numbers rose from 48 million in 2016 to 61 million in 2022, averaging 6.1% "
        "a year.",
        "cagr",
        "inconsistent",
    ),
    "money_a_day_in_the_year_ok": (
        "The port collected 7.3 billion euros in fees in the year, about 20 million euros a day.",
        "per_day",
        "consistent",
    ),
    "money_a_day_in_the_year_wrong_scale": (
        "The port collected 7.3 billion euros in fees in the year, about 2 million euros a day.",
        "per_day",
        "inconsistent",
    ),
    "bare_points_a_year_faster_ok": (
        "Coastal wages rose 64% and inland wages 51% over 2013-2022, so coastal wages grew "
        "about 1.0 points a year faster.",
        "cumulative_gap",
        "consistent",
    ),
    "bare_points_a_year_faster_wrong": (
        "Coastal wages rose 64% and inland wages 51% over 2013-2022, so coastal wages grew "
        "about 1.4 points a year faster.",
        "cumulative_gap",
        "inconsistent",
    ),
    # 2022's yuan was about 6.7 to the dollar: 130 billion yuan is near $19.3 billion.
    "dollars_on_last_years_yuan_ok": (
        DATED + "Sales of $21.5 billion were up 12% on last year's 130 billion yuan.",
        "growth",
        "consistent",
    ),
    "dollars_on_last_years_yuan_wrong": (
        DATED + "Sales of $21.5 billion were up 40% on last year's 130 billion yuan.",
        "growth",
        "inconsistent",
    ),
    "dollars_compared_with_yuan_in_a_year_wrong": (
        DATED + "Sales of $21.5 billion were down 11% compared with 130 billion yuan in 2022.",
        "growth",
        "inconsistent",
    ),
    "slowdown_in_points_ok": (
        "Rents rose 4.1% in May, down from 4.5% in April, a slowdown of 0.4 percentage points.",
        "pp_change",
        "consistent",
    ),
    "slowdown_in_points_wrong": (
        "Rents rose 4.1% in May, down from 4.5% in April, a slowdown of 0.9 percentage points.",
        "pp_change",
        "inconsistent",
    ),
    "a_cut_of_a_rate_ok": (
        "Weekly ferry sailings fell from 1,240 to 980, a cut of 21%.",
        "growth",
        "consistent",
    ),
    "a_cut_of_a_rate_wrong": (
        "Weekly ferry sailings fell from 1,240 to 980, a cut of 12%.",
        "growth",
        "inconsistent",
    ),
    "gap_narrowed_by_points_ok": (
        "The pay gap narrowed by 0.6 percentage points to 11.2% from 11.8% a year earlier.",
        "pp_change",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_a_rate_shape_reaches_its_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def test_a_daily_amount_is_shown_in_its_own_unit(tmp_path):
    text = "The port collected 7.3 billion euros in fees in the year, about 2 million euros a day."
    [found] = [f for f in audit_snippet(tmp_path, "fees", text) if f.kind == "per_day"]
    # 7.3 billion over 365 or 366 days ("the year" names no calendar year): about 20 million
    assert found.computed.startswith("19.97 million euros per day")


def test_bare_points_are_written_as_percentage_points():
    text = (
        "Coastal wages rose 64% and inland wages 51% over 2013-2022, so coastal wages grew "
        "about 1.0 points a year faster."
    )
    [gap] = [r for r in extract_claims(text)["relations"] if r["kind"] == "cumulative_gap"]
    assert gap["roles"]["gap"]["value"] == "about 1.0 percentage points"
    assert gap["period"] == "2013/2022"


def test_a_phrased_cagr_is_not_drafted_again_without_its_rate():
    text = (
        "The fleet grew from 1,200 ships in 2015 to 1,650 ships in 2021, an average of 5.5% a year."
    )
    cagrs = [r for r in extract_claims(text)["relations"] if r["kind"] == "cagr"]
    assert len(cagrs) == 1 and "rate" in cagrs[0]["roles"]
