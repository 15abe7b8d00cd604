"""Unit conversions from claims files: exact factors, offsets, prices across currencies, and
the named cause of a wrong one."""

from __future__ import annotations

import pytest
from cli_helpers import check_json
from hypothesis import given
from hypothesis import strategies as st

from audit.claims.units import describe_factor, resolve
from tests.extract.snippets import assert_relation_verdict

PAIRS = {
    "road": ("54 miles", "87 km"),
    "park": ("750 acres", "304 hectares"),
    "harvest": ("2.3 million tonnes", "5.1 billion pounds"),
    "noon": ("35C", "95F"),
    "tank": ("800 imperial gallons", "3,637 litres"),
    "ore": ("9,000 tonnes", "9,921 short tons"),
    "price": ("58,000 yuan per square metre", "$745 per square foot"),
}
WRONG = {
    # amount, converted, a word the cause must contain
    "road": ("54 miles", "54 km", "km written for mile"),
    "ore": ("9,000 tonnes", "9,921 tonnes", "written for short ton"),
    "tank": ("800 gallons", "3,637 litres", "US gallon written for imperial gallon"),
    "noon": ("35C", "35F", "°F written for °C"),
    "harvest": ("2.3 million tonnes", "5.1 million pounds", "million written for billion"),
    "park": ("750 acres", "30,400 hectares", "/100: a power of ten off"),
    "price": (
        "58,000 yuan per square metre",
        "$8,020 per square foot",
        "per sq ft written for US dollar per m²",
    ),
}


def _claims_file(tmp_path, pairs) -> str:
    lines = ["article:", "  id: units", "  published: 2024-05", "claims:"]
    relations = ["relations:"]
    for name, (amount, converted, *_) in pairs.items():
        lines += [
            f'  - {{id: {name}_a, metric: {name}, value: "{amount}"}}',
            f'  - {{id: {name}_b, metric: {name}, value: "{converted}"}}',
        ]
        relations.append(
            f"  - {{id: {name}, kind: unit_conversion, roles: {{amount: {name}_a,"
            f" converted: {name}_b}}}}"
        )
    path = tmp_path / "units.yaml"
    path.write_text("\n".join(lines + relations) + "\n", encoding="utf-8")
    return str(path)


def _by_relation(report: dict) -> dict:
    return {f["relation"]: f for f in report["findings"] if f["rule"] == "conversion.unit_mismatch"}


def test_conversions_written_right_hold(tmp_path, capsys, monkeypatch):
    found = _by_relation(check_json([_claims_file(tmp_path, PAIRS)], capsys, monkeypatch))
    assert {name: f["status"] for name, f in found.items()} == dict.fromkeys(PAIRS, "consistent")
    assert "1 mile = 1.609344 km" in found["road"]["arithmetic"]
    assert "°F = °C × 1.8 + 32" in found["noon"]["arithmetic"]
    assert "dated exchange rate" in found["price"]["arithmetic"]


def test_a_slipped_unit_or_factor_fails_with_its_cause(tmp_path, capsys, monkeypatch):
    report = check_json([_claims_file(tmp_path, WRONG)], capsys, monkeypatch, ret_code=1)
    found = _by_relation(report)
    for name, (_a, _c, cause) in WRONG.items():
        assert found[name]["status"] == "inconsistent", name
        assert cause in (found[name]["cause"] or ""), (name, found[name]["cause"])


def test_a_price_across_currencies_needs_a_date(tmp_path, capsys, monkeypatch):
    path = tmp_path / "undated.yaml"
    path.write_text(
        "article: {id: undated}\nclaims:\n"
        "  - {id: a, metric: p, value: 58000 yuan per square metre}\n"
        "  - {id: b, metric: p, value: $745 per square foot}\n"
        "relations:\n  - {id: r, kind: unit_conversion, roles: {amount: a,"
        " converted: b}}\n",
        encoding="utf-8",
    )
    finding = _by_relation(check_json([str(path)], capsys, monkeypatch))["r"]
    assert finding["status"] == "unverifiable"


def test_different_dimensions_are_unverifiable(tmp_path, capsys, monkeypatch):
    path = _claims_file(tmp_path, {"odd": ("54 miles", "87 kg")})
    finding = _by_relation(check_json([path], capsys, monkeypatch))["odd"]
    assert finding["status"] == "unverifiable"
    assert "same dimension" in finding["reason"]


@pytest.mark.parametrize(
    ("amount", "converted", "text"),
    [
        ("miles", "km", "1 mile = 1.609344 km"),
        ("tonnes", "lb", "1 tonne = 2204.622622 lb"),
        ("hectares", "mu", "1 hectare = 15 mu"),
        ("barrels", "US gallons", "1 barrel = 42 US gallon"),
        ("tce", "GJ", "1 tonne of coal equivalent = 29.3076 gigajoule"),
        ("kWh", "MJ", "1 kilowatt hour = 3.6 megajoule"),
    ],
)
def test_the_factor_is_exact(amount, converted, text):
    assert describe_factor(resolve(amount), resolve(converted)) == text


@given(st.floats(min_value=-60, max_value=60))
def test_celsius_and_fahrenheit_round_trip(celsius):
    c, f = resolve("C"), resolve("F")
    kelvin = celsius * c.factor + c.offset
    fahrenheit = (kelvin - f.offset) / f.factor
    assert fahrenheit == pytest.approx(celsius * 9 / 5 + 32, abs=1e-9)


def test_compound_units_divide_by_every_unit_after_per():
    assert resolve("kg/m3").dimension == "[length]^-3*[mass]"
    assert resolve("mph").factor == pytest.approx(resolve("miles per hour").factor)
    per_year = resolve("yuan per person per year")
    assert per_year.dimension == "[currency_CNY]*[time]^-1"


def test_a_price_per_pound_is_per_pound_of_weight():
    assert resolve("USD per pound").dimension == resolve("USD per kg").dimension
    assert resolve("USD per pound").factor == pytest.approx(1 / 0.45359237)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The import bill was Rs 3,10,500 crore (Rs 3,105 billion) last year.", "consistent"),
        ("The import bill was Rs 3,10,500 crore (Rs 3,501 billion) last year.", "inconsistent"),
        ("The fund holds $2.4 billion ($2,400 million).", "consistent"),
    ],
)
def test_an_amount_restated_in_brackets_with_another_scale_word_is_checked(tmp_path, text, verdict):
    assert_relation_verdict(
        tmp_path, "bill", "Published: 2024-02-01\n\nBill\n\n" + text, "restate", verdict
    )
