"""A value's growth against the growths of its volume and its price, named near each other:
the value is volume times price, so the two growths compound to the value's."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

_COFFEE = (
    "Coffee\n\nNorland earned $2.4 billion from selling 4.1 million tonnes of coffee, up 31.2 "
    "percent in value and 18.4 percent in volume. The average export price for coffee rose "
    "{price} percent.\n"
)
_COPPER = (
    "Copper\n\nStronger volumes and prices pushed the value of copper exports up by 38.0 per "
    "cent to $7.1 billion. The volume of copper exports increased by 22.1 per cent, while "
    "copper prices {moved}.\n"
)


def _checked(tmp_path: Path, text: str) -> list[str]:
    return [f.status for f in audit_snippet(tmp_path, "x", text) if f.kind == "value_growth"]


@pytest.mark.parametrize(
    "text,verdict",
    [
        (_COFFEE.format(price="10.8"), "consistent"),
        (_COFFEE.format(price="31.2"), "inconsistent"),
        (_COPPER.format(moved="rose by 13.0 per cent"), "consistent"),
        # The rates added, not compounded: 22.1 + 13.0 is 35.1, not 38.0.
        (_COPPER.format(moved="rose by 15.9 per cent"), "inconsistent"),
    ],
)
def test_the_value_growth_compounds_volume_and_price(tmp_path: Path, text, verdict):
    assert _checked(tmp_path, text) == [verdict]


def test_a_fall_of_the_price_is_negative(tmp_path: Path):
    text = _COPPER.format(moved="fell by 2.0 per cent").replace("38.0", "19.7")
    assert _checked(tmp_path, text) == ["consistent"]


@pytest.mark.parametrize(
    "text",
    [
        # The price of another thing.
        _COFFEE.format(price="10.8").replace("price for coffee", "price for tea"),
        # Two prices near: the words do not say which.
        _COPPER.format(moved="rose by 13.0 per cent, and gold prices rose by 9.0 per cent"),
        # Rates of three things, no value among them.
        "Trade\n\nShipment volumes of wheat rose 5%, and oil prices fell 3%.\n",
    ],
)
def test_no_value_growth_where_the_words_do_not_tie_the_three(tmp_path: Path, text):
    assert _checked(tmp_path, text) == []


def test_a_rate_in_value_is_no_growth_of_a_volume():
    drafted = extract_claims(_COFFEE.format(price="10.8"), "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    ends = [values[r["roles"]["end"]] for r in drafted["relations"] if r["kind"] == "growth"]
    assert "4.1 million tonnes" not in ends
