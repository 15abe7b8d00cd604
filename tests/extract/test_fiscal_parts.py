"""Parts of a total as fiscal and trade releases write them: the central and local shares of
revenue, a level and its year-ago base, rates of change listed "respectively"."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import figure_written, roles_written, totals_and_parts

HEAD = "Published: 2024-06-10\n\nHeadline\n\n"


def test_a_unit_written_once_after_a_list_is_every_members():
    text = "exports of tea, wool and copper rose 4.5, 12.1 and 7.7 percent respectively"
    for written in ("4.5", "12.1"):
        assert figure_written(text, written).kind == "percent"


def test_a_figure_before_a_comma_and_a_percent_is_no_member_of_a_list():
    text = "Visitors rose to 1,200, 5 percent more than a year before."
    assert figure_written(text, "1,200").kind == "number"


def test_growth_rates_listed_under_of_which_are_no_parts_of_a_rate():
    text = (
        HEAD + "By category, the retail sales of tea, wool and copper increased 4.5, 12.1 and "
        "7.7 percent respectively. Of which, the retail sales of green tea, black tea, fine "
        "wool and scrap went up by 3.2, 6.4, 2.2 and 9.9 percent, respectively.\n"
    )
    assert totals_and_parts(text, "partial_sum") == []


YEAR_AGO = (
    HEAD + "Tin exports were valued at USD 4.4 billion during March 2024 which was 10 per cent "
    "higher than tin exports valued at USD 4.0 billion in March 2023. Non-tin exports were "
    "estimated at USD 15.0 billion in March.\n"
)


def test_a_year_ago_level_is_the_base_of_a_growth_not_a_part():
    assert totals_and_parts(YEAR_AGO, "sum") == []
    assert roles_written(YEAR_AGO, "growth", ("end", "rate", "start")) == [
        ("USD 4.4 billion", "10 per cent", "USD 4.0 billion", "medium")
    ]


def test_a_part_of_another_year_is_no_part_of_the_total():
    text = (
        HEAD + "Tin exports were valued at USD 4.4 billion during March 2024, while tin exports "
        "were valued at USD 4.0 billion in March 2023. Non-tin exports were estimated at USD "
        "15.0 billion in March.\n"
    )
    assert totals_and_parts(text, "sum") == []


def _kinds(text: str) -> list[str]:
    return [r["kind"] for r in extract_claims(HEAD + text + "\n", "x")["relations"]]


def _sums(text: str) -> list[tuple]:
    return [(total, parts) for total, parts, _ in totals_and_parts(HEAD + text + "\n", "sum")]


def test_central_and_local_revenue_make_up_the_total_in_trillions():
    text = (
        "Velmora's fiscal revenue rose 9 percent year-on-year to 2.40 trillion yuan in the "
        "first quarter. The central government's fiscal revenue in the first quarter reached "
        "1.30 trillion yuan, up 10.0 percent; local governments' fiscal revenue was 1.10 "
        "trillion yuan, up 7.8 percent."
    )
    assert _sums(text) == [("2.40 trillion yuan", ["1.30 trillion yuan", "1.10 trillion yuan"])]
    assert roles_written(HEAD + text + "\n", "aggregate_growth", ("rate",)) == [
        ("9 percent", "low")
    ]


def test_the_figure_for_central_and_local_governments_splits_the_figure_before():
    text = (
        "Public spending in the half was 1.80 trillion yuan, up 6.0 percent year-on-year. The "
        "figure for the central government was 500.0 billion yuan, up 4.0 percent; and for "
        "local governments, 1,300.0 billion yuan, up 6.8 percent."
    )
    assert _sums(text) == [("1.80 trillion yuan", ["500.0 billion yuan", "1,300.0 billion yuan"])]


def test_of_the_total_the_central_government_and_the_other_part_next():
    text = (
        "Tax income in the first four months reached 3.0 trillion yuan, down 4.0 percent or "
        "125.0 billion yuan over the same period last year. Of the total, the central "
        "government collected about 1.6 trillion yuan, down 8 percent. Local governments "
        "collected the other 1.4 trillion yuan, up 1.0 percent."
    )
    assert _sums(text) == [("3.0 trillion yuan", ["about 1.6 trillion yuan", "1.4 trillion yuan"])]
    assert _kinds(text).count("aggregate_growth") == 1


def test_a_planned_deficit_and_its_central_and_local_shares_in_one_sentence():
    text = (
        "The budget deficit is projected to be 3.10 trillion yuan, with a central government "
        "deficit of 2.00 trillion yuan and a local government deficit of 1.10 trillion yuan."
    )
    assert _sums(text) == [("3.10 trillion yuan", ["2.00 trillion yuan", "1.10 trillion yuan"])]


def test_the_collected_revenue_named_after_the_figure_and_a_rate_before_the_level():
    text = (
        "Velmora's fiscal revenue climbed 8.0 percent year on year to 6.00 trillion yuan in the "
        "first half. During the first half of the year, the central government collected 2.50 "
        "trillion yuan in fiscal revenue, up 9.0 percent year on year, while local governments "
        "saw fiscal revenue expand 7.3 percent to 3.50 trillion yuan."
    )
    assert _sums(text) == [("6.00 trillion yuan", ["2.50 trillion yuan", "3.50 trillion yuan"])]


def test_central_and_local_figures_of_another_metric_are_no_parts_of_the_total():
    text = (
        "Velmora's fiscal revenue rose 9 percent to 2.40 trillion yuan in the first quarter. "
        "Central government debt issuance reached 1.30 trillion yuan in the first quarter, "
        "while local government bond sales were 0.90 trillion yuan."
    )
    assert _sums(text) == []


def test_central_and_local_parts_of_another_period_are_no_parts_of_the_quarters_total():
    text = (
        "Velmora's fiscal revenue rose 9 percent to 2.40 trillion yuan in the first quarter. "
        "In March, the central government's fiscal revenue was 500.0 billion yuan, while "
        "local governments' fiscal revenue was 300.0 billion yuan."
    )
    assert _sums(text) == []


def test_a_central_government_figure_is_no_level_of_the_whole_governments_revenue():
    text = (
        "Of the total, the central government collected about 1.6 trillion yuan, down 8 "
        "percent. The government's fiscal revenue reached about 5.20 trillion yuan last year."
    )
    drafted = extract_claims(HEAD + text + "\n", "x")
    assert [r for r in drafted["relations"] if "start" in r["roles"]] == []


RETAIL = (
    "In 2023, the total retail sales reached RMB 2,000.0 billion, an increase of 8.0% over "
    "last year. Of this total, sales in cities stood at RMB 1,500.0 billion, up by 9.0%, and "
    "that at {region} reached RMB 500.0 billion, up by 5.0%. Grouped by industries, the "
    "retail sales of the wholesale and retail sector reached RMB 1,700.0 billion, up by 7.5%; "
    "that of the catering industry reached RMB 250.0 billion, up by 11.0%; that of {rest} "
    "reached RMB 50.0 billion, up by 9.0%."
)


def test_a_second_breakdown_ending_in_the_others_makes_up_the_same_total():
    assert _sums(RETAIL.format(region="county level", rest="other industries")) == [
        (
            "RMB 2,000.0 billion",
            ["RMB 1,700.0 billion", "RMB 250.0 billion", "RMB 50.0 billion"],
        )
    ]
    assert (
        _kinds(RETAIL.format(region="county level", rest="other industries")).count(
            "aggregate_growth"
        )
        == 1
    )


def test_a_list_ending_in_the_rest_of_something_else_is_no_breakdown():
    assert _sums(RETAIL.format(region="county level", rest="other regions")) == []


def test_a_list_without_the_rest_is_no_whole_breakdown():
    assert _sums(RETAIL.format(region="county level", rest="the grocery trade")) == []


MONTH_UNDER_REVIEW = (
    "Imports rose by 4.00 per cent to USD 40.00 billion during the month under review. Tin "
    "imports were valued at USD 9.00 billion during May 2024. Non-tin imports were estimated "
    "at USD 31.00 billion in {month}."
)


def test_a_part_and_the_rest_of_the_month_under_review_make_up_its_total():
    assert _sums(MONTH_UNDER_REVIEW.format(month="May")) == [
        ("USD 40.00 billion", ["USD 9.00 billion", "USD 31.00 billion"])
    ]


def test_parts_of_two_months_are_no_parts_of_the_month_under_review():
    assert _sums(MONTH_UNDER_REVIEW.format(month="April 2024")) == []


def test_growth_rates_written_without_a_unit_are_no_parts_of_a_rate():
    text = (
        HEAD + "By category, the retail sales of tea, wool and copper increased 4.5, 12.1 and "
        "7.7 respectively. Of which, the retail sales of green tea, black tea, fine wool and "
        "scrap went up by 3.2, 6.4, 2.2 and 9.9, respectively.\n"
    )
    assert totals_and_parts(text, "partial_sum") == []


def test_cities_and_the_county_level_and_below_make_up_the_total_of_this_total():
    text = RETAIL.format(region="county and below county level", rest="the grocery trade")
    assert _sums(text) == [("RMB 2,000.0 billion", ["RMB 1,500.0 billion", "RMB 500.0 billion"])]
    assert _kinds(text).count("aggregate_growth") == 1


def test_cities_and_another_place_are_parts_that_may_leave_some_over():
    text = RETAIL.format(region="the capital", rest="the grocery trade")
    assert _sums(text) == []
    assert totals_and_parts(HEAD + text + "\n", "partial_sum") != []


def test_the_figure_for_two_parts_after_two_totals_points_at_neither():
    text = (
        "Public spending in the half was 1.80 trillion yuan, and public revenue 2.10 trillion "
        "yuan. The figure for the central government was 500.0 billion yuan; and for local "
        "governments, 1,300.0 billion yuan."
    )
    assert _sums(text) == []


def test_the_central_bank_and_local_banks_are_no_complementary_pair():
    text = (
        "Banks bought 9.0 billion dollars of bonds in May. The central bank bought 5.0 billion "
        "dollars of bonds in May. Local banks bought 4.0 billion dollars of bonds in May."
    )
    assert _sums(text) == []


def test_a_member_of_the_first_breakdown_is_not_the_seconds_total():
    # The regional breakdown's total is not stated: its members are no total of the second.
    text = (
        "By region, the retail sales of consumer goods in towns were 900.0 billion yuan, up "
        "6.0 percent; that of villages reached 300.0 billion yuan, up 4.0 percent. By trade, "
        "the retail sales of grocers were 700.0 billion yuan, up 5.0 percent; that of "
        "restaurants was 400.0 billion yuan, up 7.0 percent; that of other trades was 100.0 "
        "billion yuan, up 2.0 percent."
    )
    assert _sums(text) == []
    assert "aggregate_growth" not in _kinds(text)


FLOWS = (
    " Exports grew 3.0 percent to 5.1 trillion yuan while imports slipped 2.0 percent to 3.9 "
    "trillion yuan."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Calvia's foreign trade rose 1.2 percent to 9.0 trillion yuan in the first half.",
        "Trade passed 9.0 trillion yuan (about 1.3 trillion U.S. dollars) in the first half.",
    ],
)
def test_a_trade_total_is_the_sum_of_the_exports_and_imports_after_it(lead):
    assert _sums(lead + FLOWS) == [
        ("9.0 trillion yuan", ["5.1 trillion yuan", "3.9 trillion yuan"])
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Trade with Ostmark rose to 1.2 trillion yuan in the first half.",
        "Intra-bloc trade rose to 1.2 trillion yuan in the first half.",
        "The trade surplus widened to 1.2 trillion yuan in the first half.",
    ],
)
def test_one_partners_trade_or_a_balance_is_no_total_of_the_flows(lead):
    assert all(total != "1.2 trillion yuan" for total, _ in _sums(lead + FLOWS))
