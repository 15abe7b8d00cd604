"""Numbers inside names, times and weights, and signs after a currency code, read as news
writes them (invented sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.extract import find_quantities


def _read(text: str) -> list[tuple[str, str, Decimal | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text, label",
    [
        ("Inspectors grounded 14 Boeing 757 aircraft after the storm.", "757"),
        ("The carrier leases 22 Airbus 330 jets from Dalvik Capital.", "330"),
        ("Delegates left COP29 with a draft text.", "COP29"),
        ("Markets opened at 08.15 GMT on Tuesday.", "08.15"),
    ],
)
def test_a_label_or_a_time_is_not_a_quantity(text, label):
    kinds = {q.text: q.kind for q in find_quantities(text)}
    assert kinds[label] in ("identifier", "time")


def test_the_count_before_a_model_name_is_still_a_count():
    read = _read("Inspectors grounded 14 Boeing 757 aircraft after the storm.")
    assert read[0] == ("14", "number", Decimal(14), None)


def test_a_currency_code_glued_to_money_stays_money():
    assert _read("The ministry paid COP31m for the bridge.")[0][1:] == (
        "money",
        Decimal(31_000_000),
        "COP",
    )


def test_a_minus_dash_after_a_currency_code_keeps_the_sign_and_the_currency():
    read = _read("Net income swung from EUR –12.4 million to EUR 3.1 million.")
    assert read[0] == ("EUR –12.4 million", "money", Decimal("-12400000"), "EUR")
    assert read[1][1:] == ("money", Decimal("3100000"), "EUR")


def test_a_dash_between_two_years_is_still_a_span():
    assert [q.kind for q in find_quantities("Output grew in 2019 – 2021.")] == ["period"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Customs officers seized 48 pounds of heroin at the port.", "measure"),
        ("The stall sold 12 pounds of smoked fish by noon.", "measure"),
        ("Fans paid 48 pounds for a ticket.", "money"),
        ("The scheme drew millions of pounds of investment and 30 pounds of his savings.", "money"),
    ],
)
def test_pounds_of_goods_weigh(text, kind):
    assert [q.kind for q in find_quantities(text) if "pound" in q.text] == [kind]


def test_a_scale_letter_before_an_apostrophe_is_an_abbreviation():
    assert _read("Agents listed 120 M'sian flats for sale.")[0][2] == Decimal(120)


def test_a_glued_m_after_a_rate_and_to_is_millions():
    read = _read("Arrivals at Corvo rose 4.2% to 18.35m, and at Lisk were up 2% to 6.12m.")
    assert [(value, unit) for _, kind, value, unit in read if kind == "number"] == [
        (Decimal("18350000"), None),
        (Decimal("6120000"), None),
    ]


def test_a_glued_m_that_measures_a_length_stays_metres():
    for text in ("The dam rose 12% to 41.5m high after the works.", "The mast is 120m tall."):
        assert [q.unit for q in find_quantities(text) if q.kind == "measure"] == ["meter"], text
