"""A conversion is held only against the exchange rates that exist, and says which dates."""

from __future__ import annotations

import json

from tests.cli_helpers import run_main

CONVERSION = """\
article: {{id: t1, published: "2023-05-01"}}
claims:
  - {{id: a, entity: X, metric: m, value: "100 million euros"}}
  - {{id: b, entity: X, metric: m, value: "{usd} million US dollars"}}
relations:
  - {{id: r, kind: conversion, roles: {{amount: a, converted: b}}, rate_period: "{period}"}}
"""


def _finding(tmp_path, capsys, monkeypatch, period: str, usd: str = "110") -> dict:
    path = tmp_path / "c.yaml"
    path.write_text(CONVERSION.format(period=period, usd=usd), encoding="utf-8")
    code, out, err = run_main(["check", path, "--format", "json"], capsys, monkeypatch)
    assert code in (0, 1), err
    [finding] = json.loads(out)["findings"]
    return finding


def test_a_window_partly_before_the_euro_uses_the_rates_that_exist(tmp_path, capsys, monkeypatch):
    # The euro's reference rates start in January 1999: the first half of the window has none.
    found = _finding(tmp_path, capsys, monkeypatch, "1998-07/1999-06")
    assert found["status"] == "consistent"
    assert "1999-01-04 to 1999-06-30" in found["message"]
    assert "only shipped rates in the window 1998-07-01 to 1999-06-30" in found["message"]


def test_a_window_with_no_rates_is_unverifiable_with_the_reason(tmp_path, capsys, monkeypatch):
    found = _finding(tmp_path, capsys, monkeypatch, "1950")
    assert found["status"] == "unverifiable"
    assert "1950" in found["reason"]


def test_a_fully_covered_window_names_the_window(tmp_path, capsys, monkeypatch):
    found = _finding(tmp_path, capsys, monkeypatch, "2001", usd="90")
    assert "2001-01-01 to 2001-12-31" in found["message"]
    assert "only shipped rates" not in found["message"]


RUPEES = """\
article: {{id: t2, published: "2009-07-01"}}
claims:
  - {{id: a, entity: X, metric: m, value: "Rs 40,000 crore"}}
  - {{id: b, entity: X, metric: m, value: "{usd} billion US dollars"}}
relations:
  - {{id: r, kind: conversion, roles: {{amount: a, converted: b}}, rate_period: "2008-07/2009-06"}}
"""


def test_a_window_before_the_ecbs_series_starts_is_held_to_freds_months(
    tmp_path, capsys, monkeypatch
):
    # The ECB quotes the rupee from 2009, at 48 to 50 a dollar in its first half; over the
    # window's twelve months a dollar bought 43 to 51 rupees.
    for usd, status in (("9.2", "consistent"), ("10.5", "inconsistent")):
        path = tmp_path / "r.yaml"
        path.write_text(RUPEES.format(usd=usd), encoding="utf-8")
        code, out, err = run_main(["check", path, "--format", "json"], capsys, monkeypatch)
        assert code in (0, 1), err
        [found] = json.loads(out)["findings"]
        assert found["status"] == status
        assert "FRED" in found["message"]
