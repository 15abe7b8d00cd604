"""A thing and the rest of it may come in either order and a sentence or two apart ("Non-oil
exports reached A. Non-oil imports ... Oil exports were B"), and still make up the total
stated before; "last month" in a dated article is the month before its date."""

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import totals_and_parts

DATED = "Published: 2021-04-12\n\nA title\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Total sales in May came to $9.6 billion. Non-oil sales reached $8.1 billion. Oil sales"
        " were $1.5 billion.",
        "Total sales in May came to $9.6 billion. Non-oil and gas sales reached $8.1 billion."
        " Non-oil and gas purchases were $7.2 billion. Oil and gas sales were $1.5 billion.",
        "Total sales in May came to $9.6 billion. Non-oil sales reached $8.1 billion. Oil sales"
        " rose 4% in May, from $1.44 billion to $1.5 billion.",
    ],
)
def test_the_rest_named_first_makes_up_the_total(text):
    assert [(t, sorted(p)) for t, p, _ in totals_and_parts(text, "sum")] == [
        ("$9.6 billion", ["$1.5 billion", "$8.1 billion"])
    ]


def test_the_rest_of_another_flow_is_no_part():
    text = (
        "Total sales in May came to $9.6 billion. Non-oil purchases reached $8.1 billion. Oil"
        " sales were $1.5 billion."
    )
    assert totals_and_parts(text, "sum") == []


def test_last_month_in_a_dated_article_is_the_month_before():
    drafted = extract_claims(DATED + "Exports last month came to $4.2 billion.\n", "x")
    assert [c.get("period") for c in drafted["claims"]] == ["2021-03"]


def test_last_month_in_an_article_dated_by_its_year_only_stays_unresolved():
    drafted = extract_claims(
        "Published: 2021\n\nA title\n\nExports last month came to $4.2 billion.\n", "x"
    )
    assert [c.get("period") for c in drafted["claims"]] == [None]


def test_a_split_of_last_months_total_given_by_month_is_of_its_period():
    text = DATED + (
        "Total exports last month came to $9.6 billion. In March non-oil exports reached $8.1"
        " billion. Oil exports in March were $1.5 billion.\n"
    )
    assert [(t, sorted(p)) for t, p, _ in totals_and_parts(text, "sum")] == [
        ("$9.6 billion", ["$1.5 billion", "$8.1 billion"])
    ]


def test_a_total_named_with_an_aside_in_brackets_is_the_halves_total():
    # the aside names what the total leaves out; the figure before it is another flow's
    text = (
        "State spending on imported fuel fell 12.0% to $310.4 million, while spending on "
        "private imports (excluding aircraft) slipped 0.4% to $2,904.6 million. Non-fuel "
        "import spending fell 1.1% to $2,390.2 million, and fuel import spending rose 4.2% "
        "to $514.4 million."
    )
    assert [(t, sorted(p)) for t, p, _ in totals_and_parts(text, "sum")] == [
        ("$2,904.6 million", ["$2,390.2 million", "$514.4 million"])
    ]


def test_halves_that_leave_something_out_are_not_all_of_a_total_that_does_not():
    text = (
        "Exports rose 11% to $2,480.6 million. Non-tea exports (excluding gold) rose 2.8% to "
        "$1,520.2 million, and tea exports rose 9.1% to $388.7 million."
    )
    assert totals_and_parts(text, "sum") == []
