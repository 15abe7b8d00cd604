"""A rise on a month some years back, then the yearly average over those years: "up 10.2% from
the level in August 2019, bringing the average growth for the past two years to 5.0%" and "a
two-year average growth of 5.0%" compound, 1.102 ** (1 / 2) - 1; a rate divided by the years
instead fails. Audited end to end."""

from __future__ import annotations

import pytest

from tests.extract.snippets import (
    assert_near_miss,
    assert_relation_verdict,
)

SNIPPETS = {
    "in_n_years_average_ok": (
        "Fares\n\nDate: 2024-06-10\n\nBus fares in Corvale have risen 33 percent in six years, "
        "an average of about 4.9 "
        "percent a year.",
        "cagr_cumulative",
        "consistent",
    ),
    "in_n_years_average_divided": (
        "Fares\n\nDate: 2024-06-10\n\nBus fares in Corvale have risen 33 percent in six years, "
        "an average of about 5.5 "
        "percent a year.",
        "cagr_cumulative",
        "inconsistent",
    ),
    "two_year_average_ok": (
        "Retail sales in Dunmore reached 3.40 trillion yuan in August. The figure was up 10.2 "
        "percent from the level in August 2019, bringing the average growth for the past two years"
        " to 5.0 percent.",
        "cagr_cumulative",
        "consistent",
    ),
    "two_year_average_divided_slip": (
        "Retail sales in Dunmore reached 3.40 trillion yuan in August. The figure was up 10.2 "
        "percent from the level in August 2019, bringing the average growth for the past two years"
        " to 5.1 percent.",
        "cagr_cumulative",
        "inconsistent",
    ),
    "n_year_average_ok": (
        "Factory output in Brenholt rose 12.4 percent from August 2019, a two-year average growth "
        "of 6.0 percent.",
        "cagr_cumulative",
        "consistent",
    ),
    "n_year_average_slip": (
        "Factory output in Brenholt rose 12.4 percent from August 2019, a two-year average growth "
        "of 6.2 percent.",
        "cagr_cumulative",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", SNIPPETS)
def test_snippet_verdict(tmp_path, name):
    text, kind, verdict = SNIPPETS[name]
    assert_relation_verdict(tmp_path, name, text, kind, verdict)


NONE = {
    "average_of_another_series": (
        "Retail sales rose 10.2 percent from August 2019, while exports showed a two-year average "
        "growth of 6.0 percent.",
        "cagr_cumulative",
    ),
}


@pytest.mark.parametrize("name", NONE)
def test_near_miss_links_nothing(tmp_path, name):
    text, kind = NONE[name]
    assert_near_miss(tmp_path, name, text, kind)
