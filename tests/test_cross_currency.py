"""Figures in two currencies (a yuan part of a dollar whole, a comparison, a growth from last
year's yuan to this year's dollars) are checked at the dated exchange rates."""

from __future__ import annotations

from cli_helpers import check_json


def _claims_file(
    tmp_path, kind: str, roles: dict[str, str], published="2024-05", periods=None
) -> str:
    lines = ["article:", "  id: mixed"]
    if published:
        lines.append(f"  published: {published}")
    lines.append("claims:")
    for role, value in roles.items():
        period = (periods or {}).get(role, "2024")
        lines.append(f'  - {{id: {role}, metric: sales, period: "{period}", value: "{value}"}}')
    filled = ", ".join(f"{role}: {role}" for role in roles)
    lines += ["relations:", f"  - {{id: r, kind: {kind}, roles: {{{filled}}}}}"]
    path = tmp_path / "mixed.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _finding(tmp_path, capsys, monkeypatch, kind, roles, **kw) -> dict:
    report = check_json(
        [_claims_file(tmp_path, kind, roles, **kw), "--fail-on", "never"], capsys, monkeypatch
    )
    (finding,) = [f for f in report["findings"] if f["relation"] == "r"]
    return finding


def test_a_yuan_part_of_a_dollar_whole_is_converted_at_the_dated_rate(
    tmp_path, capsys, monkeypatch
):
    # 2024's rates were 7.0 to 7.3 yuan per dollar: RMB 71 billion is about $9.9 billion.
    roles = {"part": "RMB 71 billion", "whole": "$20 billion", "share": "49%"}
    finding = _finding(tmp_path, capsys, monkeypatch, "share", roles)
    assert finding["status"] == "consistent"
    assert finding["rate_window"]["source"] == "ECB"
    assert "converting at" in finding["arithmetic"]
    assert any(i["role"] == "exchange rate" for i in finding["inputs"])


def test_a_share_that_holds_only_in_one_currency_names_the_label_slip(
    tmp_path, capsys, monkeypatch
):
    roles = {"part": "RMB 71 billion", "whole": "$20 billion", "share": "355%"}
    finding = _finding(tmp_path, capsys, monkeypatch, "share", roles)
    assert finding["status"] == "inconsistent"
    assert "wrong currency" in finding["cause"]


def test_a_comparison_across_currencies_is_converted_too(tmp_path, capsys, monkeypatch):
    roles = {"larger": "RMB 100 billion", "smaller": "$20 billion"}
    finding = _finding(tmp_path, capsys, monkeypatch, "order", roles)
    assert finding["status"] == "inconsistent"
    roles = {"larger": "RMB 200 billion", "smaller": "$20 billion"}
    assert _finding(tmp_path, capsys, monkeypatch, "order", roles)["status"] == "consistent"


def test_growth_across_currencies_is_held_against_the_rates_of_both_years(
    tmp_path, capsys, monkeypatch
):
    def growth(rate: str) -> dict:
        roles = {"start": "130 billion yuan", "end": "$21.5 billion", "rate": rate}
        path = _claims_file(tmp_path, "growth", roles, periods={"start": "2023"})
        report = check_json([path, "--fail-on", "never"], capsys, monkeypatch)
        return next(f for f in report["findings"] if f["relation"] == "r")

    # $21.5 billion is 150 to 160 billion yuan at 2023-24's rates: up 15% to 23%.
    assert growth("19%")["status"] == "consistent"
    assert growth("65%")["status"] == "inconsistent"
    assert growth("65%")["rate_window"]["start"] == "2023-01-01"


def test_an_undated_share_across_currencies_says_it_needs_a_date(tmp_path, capsys, monkeypatch):
    roles = {"part": "RMB 71 billion", "whole": "$20 billion", "share": "49%"}
    finding = _finding(tmp_path, capsys, monkeypatch, "share", roles, published=None)
    assert finding["status"] == "unverifiable"
    assert "no date for the exchange rate" in finding["reason"]
