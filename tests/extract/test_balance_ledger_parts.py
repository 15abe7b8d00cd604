"""A trade balance in the lead, its flows far below ("the article's only whole flows of its
period"): a sentence naming one month dates every figure of it, a flow's sentence may name the
month without its year, and a leading item's "or P percent of total exports" is no whole flow."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import totals_and_parts

ARTICLE = (
    "Published: 2025-04-03\n\nVarn trade gap widens\n\n"
    "Both flows grew in March 2025, and Varn's trade deficit widened to $2.7 billion from "
    "$2.2 billion a year earlier.\n\n"
    "Officials blamed fuel prices.\n\n"
    "Total export sales in March 2025 came to $4.30 billion, up 5.1 percent from $4.09 "
    "billion.\n\n"
    "Machinery was again the top export in March 2025, earning $1.90 billion, or 44 percent "
    "of total exports.\n\n"
    "Cement makers said demand held up.\n\n"
    "March imports reached $7.00 billion, up 11.3 percent from $6.29 billion a year earlier.\n"
)


def _periods(text: str) -> dict[str, str | None]:
    return {c["value"]: c.get("period") for c in extract_claims(text, "x")["claims"]}


def test_the_one_month_of_a_sentence_dates_the_figures_of_its_later_clause():
    periods = _periods(ARTICLE)
    assert periods["$2.7 billion"] == "2025-03"
    assert periods["$2.2 billion"] == "2024-03"


@pytest.mark.parametrize(
    "sentence",
    [
        # two months named: which is the figure's the words do not say
        "Exports grew in February 2025 and March 2025, and the deficit was $2.7 billion.",
        # the month is the base's: "from" makes it the start's
        "Compared with March 2024, the deficit widened to $2.7 billion.",
    ],
)
def test_no_month_where_the_sentence_does_not_name_one_for_it(sentence):
    text = f"Published: 2025-04-03\n\nVarn trade\n\n{sentence}\n"
    assert _periods(text)["$2.7 billion"] != "2025-03"


def test_the_lead_balance_is_the_gap_of_the_whole_flows_below():
    sums = [s for s in totals_and_parts(ARTICLE, "sum") if s[1][-1] == "$2.7 billion"]
    assert sums == [("$7.00 billion", ["$4.30 billion", "$2.7 billion"], "low")]


def test_flows_far_apart_may_name_the_month_without_its_year():
    # a money figure between the flows that is neither: only the article's one whole exports
    # and one whole imports of March can be the sides
    text = ARTICLE.replace(
        "Cement makers said demand held up.", "Cement makers said sales reached $0.60 billion."
    )
    sums = [s for s in totals_and_parts(text, "sum") if s[1][-1] == "$2.7 billion"]
    assert sums == [("$7.00 billion", ["$4.30 billion", "$2.7 billion"], "low")]


def test_a_clause_counting_from_the_month_is_not_dated_to_it():
    text = (
        "Published: 2024-06-01\n\nStrike\n\nThe strike began in March 2024, and since then 3,000 "
        "jobs have been lost.\n"
    )
    assert _periods(text)["3,000 jobs"] != "2024-03"
