"""A figure per unit of another quantity ("an average price of $2.78 per kg", "a yield of
3.2t/ha") against the one total and the one quantity it divides, in its sentence or the one
before; a level written without the unit per which the other of its pair is takes it."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims, find_quantities
from tests.extract.snippets import audit_snippet

_PRICE = (
    "Title\n\nLast season's crop came to 42.5 million kg. It earned growers $118.2 million, "
    "an average price of ${price} per kg.\n"
)
_YIELD = "Title\n\nGrowers sowed 61 400ha of barley and harvested 196 500t, a yield of {y}t/ha.\n"


def _per_units(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        tuple(values[r["roles"][role]] for role in ("total", "quantity", "per_unit"))
        for r in drafted["relations"]
        if r["kind"] == "per_unit"
    ]


def test_a_price_per_kg_divides_the_amount_and_the_weight_beside_it():
    assert _per_units(_PRICE.format(price="2.78")) == [
        ("$118.2 million", "42.5 million kg", "2.78 US dollars per kilogram")
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (_PRICE.format(price="2.78"), "consistent"),
        (_PRICE.format(price="3.28"), "inconsistent"),
        (_YIELD.format(y="3,2"), "consistent"),
        # 196,500 / 61,400 is 3.20: 3.3 is another figure
        (_YIELD.format(y="3,3"), "inconsistent"),
    ],
)
def test_a_figure_per_unit_is_checked_against_its_total_and_quantity(tmp_path, text, status):
    findings = audit_snippet(tmp_path, "crop", text)
    assert [f.status for f in findings if f.kind == "per_unit"] == [status]


@pytest.mark.parametrize(
    "text",
    [
        # two weights before the price: which one it divides, the words do not say
        "Title\n\nThe crop came to 42.5 million kg, and 3.1 million kg were rejected. It "
        "brought in $118.2 million, at an average price of $2.78 per kg.\n",
        # a figure per day is a daily rate, not a price
        "Title\n\nThe mine produced 42,500 tonnes and earned $118.2 million, or $324,000 a day.\n",
        # no quantity in the unit the figure is per
        "Title\n\nThe crop brought in $118.2 million, at an average price of $2.78 per kg.\n",
    ],
)
def test_no_per_unit_link_the_words_do_not_make(text):
    assert _per_units(text) == []


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Yields reached 4.8t/ha.", "ha"),
        ("It sold at US$61.40/t.", "t"),
        ("Tea fetched $3.90 a kilo.", "kilo"),
    ],
)
def test_a_unit_written_short_after_a_slash_or_a_is_what_the_figure_is_per(text, per):
    (found,) = find_quantities(text)
    assert found.per == per


@pytest.mark.parametrize(("rate", "status"), [("50.0", "consistent"), ("19.0", "inconsistent")])
def test_a_start_written_without_its_per_takes_the_ends(tmp_path, rate, status):
    text = (
        f"Title\n\nThe average export price rose {rate} per cent to US$78.15/t in May from "
        "US$52.10 in April.\n"
    )
    findings = audit_snippet(tmp_path, "cement", text)
    assert [f.status for f in findings if f.kind == "growth"] == [status]


_DATED = (
    "Tea exports earn $1.26 billion in first half\n\n"
    "In the first half of 2024 the country shipped 540,000 tonnes of tea for {total}, up 3 "
    "percent.\n\nJune shipments came to 88,000 tonnes.\n\nThe leaf sold well at the auctions.\n\n"
    "For January-June the average price was $2,333 per tonne.\n"
)


@pytest.mark.parametrize(
    ("total", "status"), [("$1.26 billion", "consistent"), ("1.26 million dollars", "inconsistent")]
)
def test_a_dated_price_takes_the_total_and_quantity_of_its_period_further_up(
    tmp_path, total, status
):
    findings = audit_snippet(
        tmp_path, "tea", "Published: 2024-07-20\n\n" + _DATED.format(total=total)
    )
    assert [f.status for f in findings if f.kind == "per_unit"] == [status]
