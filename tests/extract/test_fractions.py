"""Spelled fractions and multiples read by what they say: a share of a whole, a rate of change,
a multiple, points of a rate, or a period of the year that is no figure at all."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.claims.values import parse_value
from audit.extract import find_quantities
from audit.extract.values_out import claim_value


def _figure(text: str, written: str):
    found = [f for f in find_quantities(text) if text[f.start : f.end] == written]
    assert found, f"{written!r} not found whole in {text!r}: {find_quantities(text)}"
    return found[0]


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("Half a million fans lined the route.", "Half a million", "500000"),
        ("The fund lost half a billion dollars.", "half a billion dollars", "500000000"),
        ("Some two and a half million tickets went unsold.", "two and a half million", "2500000"),
    ],
)
def test_half_a_million_is_one_number(text, written, value):
    found = _figure(text, written)
    assert found.value == Decimal(value)
    assert parse_value(claim_value(found)[0]).number == Decimal(value)


def test_a_after_a_whole_number_starts_a_new_one():
    text = "They won two a million times over."
    assert [f.text for f in find_quantities(text)][:1] == ["two"]
