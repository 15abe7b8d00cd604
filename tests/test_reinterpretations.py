"""Numbers and dates that could be silently misread are refused with a located error, or read
as written: never reinterpreted, never a hang or a traceback."""

from __future__ import annotations

import pytest

from tests.cli_helpers import error_lines, run_main


def _claims(tmp_path, value: str, period: str = "2023"):
    path = tmp_path / "c.yaml"
    path.write_text(
        "article: {id: t1}\nclaims:\n"
        f'  - {{id: a, entity: X, metric: m, value: "{value}", period: "{period}"}}\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("value", ["0x1F", "1_000_000", "१२३", "٣ percent", "9" * 1_000_000])
def test_a_value_that_could_be_misread_is_a_located_error(value, tmp_path, capsys, monkeypatch):
    path = _claims(tmp_path, value)
    code, _out, err = run_main(["check", path], capsys, monkeypatch)
    assert code == 2, err
    [line] = error_lines(err)
    assert line.startswith(f"audit: error: {path}:3:")
    assert "Traceback" not in err and "internal error" not in err


def test_a_full_width_percent_sign_is_a_percent(tmp_path, capsys, monkeypatch):
    code, out, err = run_main(
        ["check", _claims(tmp_path, "12％"), "--format", "json"], capsys, monkeypatch
    )
    assert code == 0, err
    assert '"errors": []' in out


@pytest.mark.parametrize("period", ["0001", "9999", "0001-9999", "9999-12-31"])
def test_dates_at_the_ends_of_the_calendar_give_no_traceback(period, tmp_path, capsys, monkeypatch):
    path = tmp_path / "c.yaml"
    path.write_text(
        f'article: {{id: t1, published: "{period}"}}\nclaims:\n'
        f'  - {{id: a, entity: X, metric: m, value: "5%", period: "{period}"}}\n'
        f'  - {{id: b, entity: X, metric: m, value: "2 times", period: "{period}"}}\n'
        "relations:\n  - {id: r, kind: cagr_multiple, roles: {rate: a, multiple: b},"
        f' period: "{period}"}}\n',
        encoding="utf-8",
    )
    code, _out, err = run_main(["check", path], capsys, monkeypatch)
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err
    assert all(line.startswith(f"audit: error: {path}:") for line in error_lines(err))


def test_a_years_role_filled_by_a_reference_fact_is_unverifiable(tmp_path, capsys, monkeypatch):
    path = tmp_path / "c.yaml"
    path.write_text(
        "article: {id: t1}\nclaims:\n"
        '  - {id: a, entity: X, metric: m, value: "5%", period: "2016-2021"}\n'
        '  - {id: b, entity: X, metric: m, value: "2 times", period: "2016-2021"}\n'
        "relations:\n  - {id: r, kind: cagr_multiple, period: 2016-2021,\n"
        "     roles: {rate: a, multiple: b, years: {fact: jiangxi.gdp.2016}}}\n",
        encoding="utf-8",
    )
    code, out, err = run_main(["check", path, "--format", "json"], capsys, monkeypatch)
    assert code in (0, 1), err
    assert '"unverifiable"' in out
