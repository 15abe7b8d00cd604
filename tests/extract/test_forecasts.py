"""Targets and forecasts: the figures of one plan are checked against each other, never
against an actual, except where the text states the comparison with an actual as fact."""

from __future__ import annotations

import pytest

from audit.engine.evaluate import CONSISTENT, INCONSISTENT
from audit.extract import extract_claims
from audit.pipeline import run_check
from tests.extract.snippets import audit_snippet

HEAD = "Published: 2026-03-04\n\nBudget\n\n"


def _verdicts(tmp_path, text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.status, f.note) for f in audit_snippet(tmp_path, "plan", HEAD + text)]


def _related(text: str) -> list[set[str]]:
    """The figures, as written, of each relation drafted from `text`."""
    drafted = extract_claims(text, "x", published="2026-03")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    out = []
    for relation in drafted["relations"]:
        ids = [
            v
            for role in relation["roles"].values()
            for v in (role if isinstance(role, list) else [role])
        ]
        out.append({values[i] for i in ids if isinstance(i, str)})
    return out


# --- 1. the figures of one forecast or target agree with each other ---------------------


@pytest.mark.parametrize(
    "text, kind, verdict",
    [
        # A balance of two forecasts.
        (
            "Outlays are projected at 7.20 trillion pesos and income is expected at 5.05 "
            "trillion pesos, leaving a deficit of 2.15 trillion pesos.",
            "sum",
            CONSISTENT,
        ),
        (
            "Outlays are projected at 7.20 trillion pesos and income is expected at 5.05 "
            "trillion pesos, leaving a deficit of 2.45 trillion pesos.",
            "sum",
            INCONSISTENT,
        ),
        # The second side of the balance shares the first one's verb.
        (
            "Income is projected at 6.1 trillion naira, and outlays at 9.4 trillion naira, "
            "leaving a deficit of 3.6 trillion naira.",
            "sum",
            INCONSISTENT,
        ),
        # Growth from a stated base to a target.
        (
            "The scheme aims to lift the olive harvest 20% to 84,000 tonnes from 70,000 tonnes.",
            "growth",
            CONSISTENT,
        ),
        (
            "The scheme aims to lift the olive harvest 30% to 84,000 tonnes from 70,000 tonnes.",
            "growth",
            INCONSISTENT,
        ),
        # A share of a planned whole.
        (
            "Velmora plans to build 1,200 kilometres of road by 2030, of which 300 "
            "kilometres, or 25%, will be motorway.",
            "share",
            CONSISTENT,
        ),
        (
            "Velmora plans to build 1,200 kilometres of road by 2030, of which 300 "
            "kilometres, or 35%, will be motorway.",
            "share",
            INCONSISTENT,
        ),
        # A forecast told over two adjacent sentences.
        (
            "Copper output is expected to reach 900,000 tonnes next year. Exports are "
            "projected at 360,000 tonnes, or 45% of the total.",
            "share",
            INCONSISTENT,
        ),
    ],
)
def test_the_figures_of_one_plan_are_checked_against_each_other(tmp_path, text, kind, verdict):
    found = [f for f in _verdicts(tmp_path, text) if f[0] == kind]
    assert [status for _, status, _ in found] == [verdict]
    # The finding says that what it checked is a plan's own arithmetic.
    assert any(word in found[0][2] for word in ("forecast", "target"))


def test_the_parts_a_plan_includes_are_checked_against_its_total():
    text = (
        "The ministry plans to spend 4.5 billion dinars next year, including 2.5 billion "
        "dinars on schools and 2 billion dinars on clinics."
    )
    assert {"4.5 billion", "2.5 billion", "2 billion"} in _related(text)


def test_a_checked_forecast_is_no_longer_listed_as_left_out(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(
        HEAD + "Copper output is expected to reach 900,000 tonnes next year. Exports are "
        "projected at 360,000 tonnes, or 40% of the total. Officials expect prices of "
        "9,000 dollars a tonne.",
        encoding="utf-8",
    )
    report, _ = run_check([path])
    unchecked = report.articles[0].coverage.unchecked
    assert [u.written for u in unchecked] == ["9,000 dollars per tonne"]
    assert unchecked[0].why.startswith("a forecast")


# --- 2. a forecast and an actual are related only by a comparison stated as fact ---------


@pytest.mark.parametrize(
    "text, kind, verdict",
    [
        (
            "Tax receipts were 7.6 billion lari, 12% above the 6.8 billion lari target.",
            "growth",
            CONSISTENT,
        ),
        (
            "Tax receipts were 7.6 billion lari, 22% above the 6.8 billion lari target.",
            "growth",
            INCONSISTENT,
        ),
        (
            "Tax receipts were 6.1 billion lari, 10% below the 6.8 billion lari target.",
            "growth",
            CONSISTENT,
        ),
        (
            "Inflation in Dravia was 4.2%, 1.2 percentage points above the central bank's "
            "3% target.",
            "rate_gap",
            CONSISTENT,
        ),
        (
            "Inflation in Dravia was 4.2%, 2.5 percentage points above the central bank's "
            "3% target.",
            "rate_gap",
            INCONSISTENT,
        ),
        (
            "Lornet built 480,000 homes, 96% of its annual target of 500,000.",
            "share",
            CONSISTENT,
        ),
        (
            "Lornet built 480,000 homes, 86% of its annual target of 500,000.",
            "share",
            INCONSISTENT,
        ),
        # The target named by an adjective before its figure; the share in a relative clause.
        (
            "Customs income in Velmora was 7.20 trillion dinars, which is approximately 90 "
            "percent of the targeted 6.50 trillion dinars.",
            "share",
            INCONSISTENT,
        ),
        (
            "Customs income in Velmora was 5.85 trillion dinars, which is approximately 90 "
            "percent of the targeted 6.50 trillion dinars.",
            "share",
            CONSISTENT,
        ),
        (
            "Port fees came to 7.95 billion dinars, or 96% of the 8.28 billion dinars target.",
            "share",
            CONSISTENT,
        ),
        (
            "Port fees came to 8.65 billion dinars, or 96% of the 8.28 billion dinars target.",
            "share",
            INCONSISTENT,
        ),
        (
            "Lornet sold 3.6 million tickets, 80% of its full-year goal of 4.5 million.",
            "share",
            CONSISTENT,
        ),
        (
            "Lornet sold 3.6 million tickets, 70% of its full-year goal of 4.5 million.",
            "share",
            INCONSISTENT,
        ),
    ],
)
def test_an_actual_stated_against_its_target_is_checked(tmp_path, text, kind, verdict):
    [(_, status, note)] = [f for f in _verdicts(tmp_path, text) if f[0] == kind]
    assert status == verdict
    assert "target or forecast" in note


@pytest.mark.parametrize(
    "text, actual",
    [
        # An actual in one clause, a forecast balance in the next.
        (
            "Outlays were 9.4 trillion naira last year, and income is expected at 6.1 trillion "
            "naira in 2027, leaving a shortfall of 3.3 trillion naira.",
            "9.4 trillion naira",
        ),
        # An actual whole, then a forecast share of "the total" in the next sentence.
        (
            "Copper output reached 800,000 tonnes last year. Exports are projected at "
            "360,000 tonnes, or 45% of the total.",
            "800,000 tonnes",
        ),
        # An actual level, then a forecast one with its own rise.
        (
            "Exports were 4.2 billion dollars last year and are expected to reach 4.8 billion "
            "dollars this year, up 14%.",
            "4.2 billion dollars",
        ),
    ],
)
def test_a_forecast_is_never_related_to_an_actual(text, actual):
    assert all(actual not in figures or len(figures) == 1 for figures in _related(text))


@pytest.mark.parametrize(
    "text, benchmark",
    [
        (
            "Fare income rose 3.1% to 5.02 billion dollars, against a target of 4.80 billion "
            "dollars.",
            "4.80 billion dollars",
        ),
        (
            "Fare income rose 3.1% to 5.02 billion dollars, beating forecasts of 4.80 billion "
            "dollars.",
            "4.80 billion dollars",
        ),
        (
            "Fare income rose 3.1% to 5.02 billion dollars, above the 4.80 billion dollars target.",
            "4.80 billion dollars",
        ),
    ],
)
def test_a_rise_over_last_year_is_not_read_from_the_target_it_beat(text, benchmark):
    # The 3.1% is the rise on a year earlier: read from the target, 5.02 / 4.80 would be a
    # 4.6% rise and a false alarm.
    assert not any(benchmark in figures and "3.1%" in figures for figures in _related(text))


def test_two_forecasts_apart_in_the_article_are_not_one_plan():
    text = (
        "Copper output is expected to reach 900,000 tonnes next year. Zinc prices fell 3% in "
        "May. Exports are projected at 360,000 tonnes, or 45% of the total."
    )
    assert not any("900,000 tonnes" in figures for figures in _related(text))


# --- a past figure beside a forecast clause is audited as a fact ---------------------------


def test_a_past_figure_beside_a_will_clause_is_still_audited():
    text = (
        "The ferry line, which will be sold next year, carried 3.3 million passengers in 2025, "
        "up 10% from 3 million."
    )
    assert {"3.3 million passengers", "10%", "3 million"} in _related(text)


def test_an_annual_rate_between_figures_of_one_year_is_not_a_simple_growth():
    # The level the rate ends on lost its own year ("by the end of the year"): read as one
    # year's growth, 1.1 trillion from 404 billion would be a 172% rise, a false alarm.
    text = (
        "Parcel revenue is expected to reach 1.1 trillion rand by the end of the year, up "
        "from 404 billion rand in 2015, an annual growth rate of 22 percent."
    )
    drafted = extract_claims(text, "x", published="2020-03")
    assert not [r for r in drafted["relations"] if r["kind"] == "growth"]
