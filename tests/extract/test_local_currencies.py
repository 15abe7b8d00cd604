"""Currencies several places write alike ("Rs", "pesos", "dinars", "shillings") are read as
the article's own where it names one of their places far more than any other, and currencies
named with their country ("Kuwaiti dinars", "Nigerian naira") are read as that currency."""

from __future__ import annotations

import pytest

from audit.extract import context, extract_claims, find_quantities


@pytest.mark.parametrize(
    "written, code",
    [
        ("45 million Kuwaiti dinars", "KWD"),
        ("120 billion Nigerian naira", "NGN"),
        ("3 trillion Indonesian rupiah", "IDR"),
        ("2.5 billion Ugandan shillings", "UGX"),
        ("900 million Sri Lankan rupees", "LKR"),
        ("4 billion Argentine pesos", "ARS"),
        ("60 million hryvnias", "UAH"),
        ("KWD 45 million", "KWD"),
        ("UGX 45 billion", "UGX"),
    ],
)
def test_a_currency_named_with_its_country(written, code):
    (found,) = find_quantities(f"The fund holds {written} in reserve.")
    assert (found.kind, found.currency) == ("money", code)


def _story(place: str, amount: str) -> str:
    return (
        "Published: 2024-06-12\n\nBudget day\n\n"
        f"The government of {place} set spending at {amount} for next year, the finance "
        f"minister told parliament. Officials in {place} said most of it was for roads.\n"
    )


@pytest.mark.parametrize(
    "place, amount, value",
    [
        ("Pakistan", "Rs 18.9 trillion", "PKR 18.9 trillion"),
        ("Sri Lanka", "4.1 trillion rupees", "4.1 trillion LKR"),
        ("India", "Rs 48 lakh crore", "Rs 48 lakh crore"),
        ("the Philippines", "5.7 trillion pesos", "5.7 trillion Philippine pesos"),
        ("Kuwait", "24.5 billion dinars", "24.5 billion KWD"),
        ("Uganda", "72 trillion shillings", "72 trillion UGX"),
        ("Sweden", "1.3 trillion crowns", "1.3 trillion Swedish kronor"),
        ("the Czech Republic", "2.2 trillion crowns", "2.2 trillion koruna"),
    ],
)
def test_a_shared_currency_is_the_articles_own(place, amount, value):
    values = [c["value"] for c in extract_claims(_story(place, amount), "x")["claims"]]
    assert value in values


def test_a_place_named_as_often_as_another_leaves_the_form_alone():
    text = "Pakistan and India both spend rupees; Pakistan, India: Rs 10 trillion."
    assert "rs" not in context.local_currencies(text)
    assert context.local_currencies("Karachi, Pakistan: Rs 10 trillion.")["rs"] == "PKR"


def test_a_pakistani_rupee_conversion_is_not_held_to_the_indian_rate(tmp_path):
    # At Indian rates Rs 18.9 trillion would be about $227 billion: a false alarm.
    from tests.extract.snippets import audit_snippet

    text = _story("Pakistan", "Rs 18.9 trillion ($68 billion)")
    conversions = [f for f in audit_snippet(tmp_path, "pk", text) if f.kind == "conversion"]
    assert conversions and all(f.status != "inconsistent" for f in conversions)


def test_crowns_of_no_named_place_are_money_in_no_known_currency():
    (found,) = find_quantities("The lottery paid out 7.7 million crowns last year.")
    assert (found.kind, found.currency) == ("money", None)


def test_a_month_alone_dates_no_money_figure_beside_it():
    drafted = extract_claims(
        "Published: 2023-07-01\n\nLottery\n\nIn May alone, 2.9 million euros was won, the "
        "season's total reaching 7.7 million euros.\n",
        "x",
    )
    periods = {c["value"]: c.get("period") for c in drafted["claims"]}
    assert periods["2.9 million euros"] == "2023-05"
    assert periods["7.7 million euros"] is None


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Fines of up to EGP 500, approximately $70, await those who stay away.", True),
        ("The fee is KSh 1,300, about $10, per visit.", True),
        # a change after the comma, not the same amount in another currency
        ("Sales were KSh 1,300 million, about $10 million more than in May.", False),
        # no word of approximation: two amounts of a list
        ("The fees are KSh 1,300, $10, and EUR 9 at the three sites.", False),
    ],
)
def test_an_amount_restated_between_commas_with_about_is_a_conversion(text, linked):
    drafted = extract_claims(f"Published: 2014-06-02\n\nFees\n\n{text}\n", "x")
    assert any(r["kind"] == "conversion" for r in drafted["relations"]) is linked
