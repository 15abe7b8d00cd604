"""The band allowed either side of a dated exchange rate is a configuration key, `rate-band`."""

from __future__ import annotations

import pytest

from tests.cli_helpers import check_json, invoke_assert_code

# Euros per dollar ran from about 1.05 to 1.19 through 2001; 1.25 is outside a 2% band and
# inside a 10% one.
CONVERSION = """\
article: {id: band, published: "2023-05-01"}
claims:
  - {id: a, entity: X, metric: m, value: "100 million euros"}
  - {id: b, entity: X, metric: m, value: "80 million US dollars"}
relations:
  - {id: r, kind: conversion, roles: {amount: a, converted: b}, rate_period: "2001"}
"""


def _claims(tmp_path, config: str | None):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "band.yaml").write_text(CONVERSION, encoding="utf-8")
    if config is not None:
        (tmp_path / "audit.toml").write_text(config, encoding="utf-8")
    return folder / "band.yaml"


def test_the_default_band_fails_a_rate_a_wider_configured_band_allows(
    tmp_path, capsys, monkeypatch
):
    claims = _claims(tmp_path, None)
    [finding] = check_json([claims], capsys, monkeypatch, 1)["findings"]
    assert finding["status"] == "inconsistent"
    assert finding["rate_window"]["band"] == 0.02
    assert "2% allowed either side" in finding["stated"]

    (tmp_path / "audit.toml").write_text("rate-band = 0.1\n", encoding="utf-8")
    [finding] = check_json([claims], capsys, monkeypatch, 0)["findings"]
    assert finding["status"] == "consistent"
    window = finding["rate_window"]
    assert window["band"] == 0.1 and window["source"] == "ECB"
    assert (window["start"], window["end"]) == ("2001-01-01", "2001-12-31")
    # The report shows the rates themselves and the band: the same range under either band.
    assert "10% allowed either side" in finding["stated"]
    assert window["high"] * 1.02 < finding["computed_interval"][0]
    assert finding["stated_interval"] == pytest.approx([window["low"] * 0.9, window["high"] * 1.1])


def test_a_band_of_zero_holds_a_conversion_to_the_reference_range_itself(
    tmp_path, capsys, monkeypatch
):
    claims = _claims(tmp_path, "rate-band = 0\n")
    [finding] = check_json([claims], capsys, monkeypatch, 1)["findings"]
    window = finding["rate_window"]
    assert finding["stated_interval"] == [window["low"], window["high"]]


def test_audit_config_shows_the_band_and_where_it_came_from(tmp_path, capsys, monkeypatch):
    claims = _claims(tmp_path, "rate-band = 0.05\n")
    out, _ = invoke_assert_code(["config", claims], capsys, monkeypatch)
    assert f"rate-band = 0.05   # {tmp_path / 'audit.toml'}" in out
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    out, _ = invoke_assert_code(["config", "--config", empty], capsys, monkeypatch)
    assert "rate-band = 0.02   # default" in out


@pytest.mark.parametrize("value", ["0.6", "-0.01", '"2%"', "true"])
def test_a_bad_band_is_a_located_error_naming_the_file_and_key(
    tmp_path, capsys, monkeypatch, value
):
    claims = _claims(tmp_path, f'fail-on = "error"\nrate-band = {value}\n')
    _, err = invoke_assert_code(["check", claims], capsys, monkeypatch, 2)
    assert f"{tmp_path / 'audit.toml'}:2:" in err
    assert "rate-band" in err and "from 0 up to 0.5" in err
