"""The year so far: "so far this year", "year to date" in an article dated to the month are
the months of the year that have ended (a June release reports January to May), not the
whole year; the sentence right after means the same by "this year"."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims


def _periods(text: str) -> dict[str, str | None]:
    return {c["value"]: c.get("period") for c in extract_claims(text, "x")["claims"]}


@pytest.mark.parametrize(
    "sentence",
    [
        "So far this year the port has handled 4.2 million tonnes.",
        "The port has handled 4.2 million tonnes in the year to date.",
        "Year-to-date, the port has handled 4.2 million tonnes.",
    ],
)
def test_the_year_so_far_is_the_months_ended(sentence):
    text = f"Published: 2023-06-02\n\nPort report\n\n{sentence}\n"
    assert _periods(text)["4.2 million tonnes"] == "2023-01/2023-05"


def test_without_a_month_of_publication_it_stays_the_year():
    text = (
        "Published: 2023\n\nPort report\n\nSo far this year the port has handled 4.2 "
        "million tonnes.\n"
    )
    assert _periods(text)["4.2 million tonnes"] == "2023"


def test_this_year_right_after_the_year_so_far_means_it_too():
    text = (
        "Published: 2023-10-09\n\nPort report\n\nFor the year to date the port's surplus came "
        "to $3.1 billion. This year exports rose to $11.9 billion.\n\nThe harbour master spoke."
        " This year cargo volumes rose to 8.8 million tonnes.\n"
    )
    periods = _periods(text)
    assert periods["$3.1 billion"] == periods["$11.9 billion"] == "2023-01/2023-09"
    assert periods["8.8 million tonnes"] == "2023"  # not right after it


def test_trade_so_far_this_year_is_the_sum_of_the_flows_of_the_months():
    text = (
        "Published: 2023-06-02\n\nNorland trade\n\nSo far this year Norland's trade has come "
        "to $210.40 billion. Over the first five months, exports totaled $108.30 billion. "
        "Across the five months, imports came to $102.10 billion.\n"
    )
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    sums = [r["roles"] for r in drafted["relations"] if r["kind"] == "sum"]
    assert [(values[s["total"]], [values[p] for p in s["parts"]]) for s in sums] == [
        ("$210.40 billion", ["$108.30 billion", "$102.10 billion"])
    ]


def test_a_best_year_to_date_is_no_year_so_far():
    text = (
        "Published: 2024-03-05\n\nFirm results\n\nThe firm had its best year to date in 2023, "
        "with sales of $4 billion.\n"
    )
    assert _periods(text)["$4 billion"] != "2024-01/2024-02"
