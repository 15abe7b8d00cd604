"""Inequality kinds hold at their edge, fail beyond it and offer no single-slip cause (any
large slip would 'explain' an inequality); daily figures use the days of their period."""

from audit.claims.claims_file import load_claims_file
from audit.engine import evaluate as engine
from audit.engine.tables import build_tables
from audit.reference import rate_windows
from audit.rule_examples import check_roles
from audit.rules.rule_files import load_rules

RULES = {r.id: r for r in load_rules()}


def test_a_figure_at_a_strict_bound_does_not_meet_it():
    result = check_roles(
        RULES["bound.mismatch"], {"value": "exactly 100 billion", "bound": "more than 100 billion"}
    )
    assert result.status == "inconsistent"


def test_a_figure_at_an_inclusive_bound_meets_it():
    result = check_roles(
        RULES["bound.mismatch"], {"value": "exactly 100 billion", "bound": "at least 100 billion"}
    )
    assert result.status == "consistent"


def test_a_missed_bound_names_no_slip():
    result = check_roles(
        RULES["bound.mismatch"], {"value": "98.7 billion", "bound": "more than 100 billion"}
    )
    assert (result.status, result.detail) == ("inconsistent", "")


def test_parts_within_rounding_of_the_total_are_not_too_many():
    # 12.3 + 18.3 is 30.6, but each may be 0.05 less: 30.5 is within reach.
    result = check_roles(
        RULES["sum.partial_mismatch"],
        {"total": "30.5 billion", "parts": ["12.3 billion", "18.3 billion"]},
    )
    assert result.status == "consistent"


def test_parts_beyond_the_total_fail_with_no_slip_named():
    result = check_roles(
        RULES["sum.partial_mismatch"],
        {"total": "30.5 billion", "parts": ["12.3 billion", "18.5 billion"]},
    )
    assert (result.status, result.detail) == ("inconsistent", "")


def test_an_order_between_different_units_is_unverifiable():
    result = check_roles(
        RULES["order.mismatch"], {"larger": "4.1 million yuan", "smaller": "$3.8 million"}
    )
    assert result.status == "unverifiable"


def test_dividing_the_cumulative_change_by_the_years_is_named():
    result = check_roles(
        RULES["cagr.cumulative_mismatch"], {"rate": "8.1%", "change": "64.5%", "years": "8"}
    )
    assert result.status == "inconsistent"
    assert "divided by the years" in result.detail


def test_a_daily_figure_takes_the_days_of_its_totals_period(tmp_path):
    path = tmp_path / "leap.yaml"
    path.write_text(
        "article: {id: leap}\n"
        "claims:\n"
        "  - {id: total, value: '36.6 billion', period: '2024', quote: q}\n"
        "  - {id: daily, value: '100 million', quote: q}\n"
        "  - {id: total_q, value: '9.1 billion', period: '2023-01/2023-03', quote: q}\n"
        "  - {id: daily_q, value: '100 million', quote: q}\n"
        "relations:\n"
        "  - {id: year, kind: per_day, roles: {total: total, per_day: daily}}\n"
        "  - {id: quarter, kind: per_day, roles: {total: total_q, per_day: daily_q}}\n"
    )
    articles = [load_claims_file(path)]
    tables = build_tables(articles, {}, rate_windows.build(articles, {}))
    assert tables.relations["days"].tolist() == [366.0, 90.0]
    findings = engine.run(tables, [RULES["per_day.mismatch"]])
    assert findings["status"].tolist() == ["consistent", "inconsistent"]


def test_a_restated_figure_a_scale_word_off_names_the_slip():
    result = check_roles(
        RULES["restate.mismatch"], {"first": "2.4 billion", "second": "2.4 million"}
    )
    assert result.status == "inconsistent"
    assert "billion written for million" in result.detail


def test_a_restated_figure_in_another_currency_is_unverifiable():
    result = check_roles(
        RULES["restate.mismatch"], {"first": "2.4 billion yuan", "second": "$2.4 billion"}
    )
    assert result.status == "unverifiable"


def test_a_gap_of_simple_averages_is_named():
    result = check_roles(
        RULES["gap.cumulative_gap_mismatch"],
        {"higher": "90%", "lower": "70%", "gap": "2.2 percentage points", "years": "9"},
    )
    assert result.status == "inconsistent"
    assert "divided by the years" in result.detail
