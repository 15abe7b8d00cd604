"""Second round of news patterns, end to end: figures of one relation spread over a sentence or
over two sentences (a growth rate after a converted amount, the previous year's figure stated
apart, "the figure accounted for", "of the total" meaning the headline figure), shares of "the
country's total X of W", "the remaining" breakdowns, "N times that of X at W", "per visitor",
and a comparison with another body that is not a change. Short snippets written for these
tests, in the style of test_news_snippets.py.
"""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict

# name: (text, relation kind, verdict of its rule)
SNIPPETS = {
    # --- the year before, stated in another sentence; a conversion between amount and rate -
    "tourism_revenue_prior_year_ok": (
        "The county's tourism revenue reached 18.6 billion yuan ($2.6 billion) in 2023, up "
        "12.4 percent year on year. In 2022, tourism revenue in the county was 16.5 billion "
        "yuan.",
        "growth",
        "consistent",
    ),
    "tourism_revenue_prior_year_wrong": (
        "The county's tourism revenue reached 18.6 billion yuan ($2.6 billion) in 2023, up "
        "12.4 percent year on year. In 2022, tourism revenue in the county was 15.6 billion "
        "yuan.",
        "growth",
        "inconsistent",
    ),
    # --- "of the country's total tea output of W" ------------------------------------------
    "tea_share_of_nations_total_output": (
        "Fujian produced 520,000 tonnes of tea, accounting for 15.6 percent of the nation's "
        "total tea output of 3.34 million tonnes.",
        "share",
        "consistent",
    ),
    "box_office_share_scale_slip": (
        "Cinemas in the city took 84.2 million yuan, accounting for 3.1 percent of the "
        "country's total box office takings of 2.7 trillion yuan.",
        "share",
        "inconsistent",
    ),
    # --- "The figure accounted for P% of the national total of W": the part is before -----
    "vegetables_the_figure_made_up": (
        "Shandong's vegetable output reached 88.3 million tonnes last year.\n\nThe figure "
        "made up 10.9 percent of the national total of 810 million tonnes.",
        "share",
        "consistent",
    ),
    # --- "making up P% of the total": the article's headline figure -----------------------
    "eu_trade_share_of_headline_total": (
        "Jiangsu's foreign trade totaled 5.25 trillion yuan in 2023, the provincial customs "
        "said.\n\nTrade with the EU reached 780 billion yuan, down 2.3 percent, making up "
        "14.9 percent of the total.",
        "share",
        "consistent",
    ),
    "eu_trade_share_of_headline_total_transposed": (
        "Jiangsu's foreign trade totaled 5.25 trillion yuan in 2023, the provincial customs "
        "said.\n\nTrade with the EU reached 780 billion yuan, down 2.3 percent, making up "
        "41.9 percent of the total.",
        "share",
        "inconsistent",
    ),
    "online_sales_share_of_total_not_gdp": (
        "Hubei's GDP reached 5.58 trillion yuan in 2023. Retail sales hit 2.46 trillion "
        "yuan.\n\nOnline sales were 412 billion yuan, making up 16.7 percent of the total.",
        "share",
        "consistent",
    ),
    "museum_visitors_share_of_provincial_total": (
        "Museums in the province received 61.5 million visits in 2023.\n\nThe provincial "
        "museum alone welcomed 8.2 million visitors, accounting for 13.3 percent of the "
        "provincial total.",
        "share",
        "consistent",
    ),
    # --- "T, of which A ..., accounting for P%" -------------------------------------------
    "online_sales_of_which_accounting_for": (
        "The city's retail sales reached 1.56 trillion yuan, of which online sales were 486 "
        "billion yuan, accounting for 31.2 percent.",
        "share",
        "consistent",
    ),
    # --- "T, of whom A were ..., B were ... and C were ...": the groups of a count --------
    "labour_force_of_whom": (
        "Adults of working age numbered 41.3 million, of whom 17.2 million were employed, 6.0 "
        "million were unemployed and 18.1 million were not economically active.",
        "sum",
        "consistent",
    ),
    "labour_force_of_whom_wrong": (
        "Adults of working age numbered 41.3 million, of whom 17.2 million were employed, 6.0 "
        "million were unemployed and 19.1 million were not economically active.",
        "sum",
        "inconsistent",
    ),
    "phones_of_the_shipped_or_share": (
        "Of the 1.2 million phones shipped, 300,000 went to India, or 25%.",
        "share",
        "consistent",
    ),
    # --- "with A ... and the remaining B": all of the total -------------------------------
    "museum_remaining_visitors_wrong": (
        "The museum drew 2.4 million visitors last year, with 1.7 million coming from within "
        "the country and the remaining 900,000 from abroad.",
        "sum",
        "inconsistent",
    ),
    "grant_remaining_ok": (
        "The charity raised £12.5m, with £8.1m from individual donors and the remaining £4.4m "
        "from companies.",
        "sum",
        "consistent",
    ),
    # --- "N times that of X at W", "per visitor" ------------------------------------------
    "wages_times_that_of_sector_at": (
        "Average wages in the finance sector reached 218,400 yuan, 2.3 times that of the hotel "
        "sector at 94,900 yuan.",
        "multiple",
        "consistent",
    ),
    "festival_per_visitor": (
        "The festival took 36 million yuan in ticket sales from 450,000 visitors, or 80 yuan "
        "per visitor.",
        "per_capita",
        "consistent",
    ),
    # --- a wire dateline is not the subject of the share of GDP ----------------------------
    "wire_dateline_share_of_gdp": (
        "CHENGDU, SICHUAN, CHINA, May 5, 2023 /EINPresswire.com/ -- In 2022, the added value "
        "of Sichuan's core digital economy industries reached 432.4 billion yuan. The "
        "province's GDP was 5.67 trillion yuan, and the core industries accounted for 7.6 "
        "percent of GDP.",
        "share",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_relation_and_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def relation_kinds(text: str) -> list[str]:
    return [r["kind"] for r in extract_claims(text)["relations"]]


@pytest.mark.parametrize(
    "text",
    [
        # Another body's move, not the earlier value of the same figure.
        "Shares of the carmaker have dropped 9% this month, compared with a 3.1% gain for the "
        "Nikkei 225.",
        "Its stock fell 14% in March, against a 2% decline for the Hang Seng Index.",
    ],
)
def test_comparison_with_another_body_is_not_a_change(text):
    assert "pp_change" not in relation_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # A different subject the year before: no start is borrowed.
        "Core digital industries earned 3.2 trillion yuan in 2023, up 8 percent year on year. In "
        "2022, the digital economy was worth 9.1 trillion yuan.",
        # The rate is against another base, not the year before.
        "The county's hotel revenue reached 4.2 billion yuan in 2023, up 18 percent on "
        "pre-pandemic levels. In 2022, hotel revenue in the county was 3.1 billion yuan.",
        # Two candidates for the year before: the link would be a guess.
        "Exports reached 2.1 trillion yuan in 2023, up 4 percent. In 2022, exports to Asia were "
        "1.1 trillion yuan and exports to Europe 0.9 trillion yuan.",
    ],
)
def test_prior_year_start_needs_one_figure_of_the_same_subject(text):
    data = extract_claims(text)
    assert not any(r["kind"] == "growth" and "start" in r["roles"] for r in data["relations"])


def test_total_smaller_than_the_part_is_not_the_whole():
    text = (
        "Online sales reached 40 billion yuan in 2023.\n\nSales on one platform hit 52 "
        "billion yuan, making up 9 percent of the total."
    )
    assert "share" not in relation_kinds(text)
