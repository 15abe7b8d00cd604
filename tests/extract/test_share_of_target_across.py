"""An actual's share of a target stated in another sentence: "X, 80 per cent of the annual
target" is checked against the one plan figure of the same metric and year, and left unchecked
when the words do not single one out."""

from __future__ import annotations

import pytest

from audit.engine.evaluate import CONSISTENT, INCONSISTENT
from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet


def _shares(text: str) -> list[tuple[str, str, str, str | None]]:
    """(part, whole, share, confidence) as written, of each drafted share."""
    drafted = extract_claims(text, "x", published="2024-12-20")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (*(values[r["roles"][role]] for role in ("part", "whole", "share")), r.get("confidence"))
        for r in drafted["relations"]
        if r["kind"] == "share"
    ]


@pytest.mark.parametrize(
    "text, part, whole, share",
    [
        # The target of revenue is the expected revenue, not the budget (spending).
        (
            "Velmora's total revenue for 2024 reached 10.0 trillion pesos by September, which "
            "is 80 per cent of the annual target. The treasury had projected a 20 trillion "
            "pesos budget for 2024, with 12.5 trillion pesos in expected revenue.",
            "10.0 trillion pesos",
            "12.5 trillion pesos",
            "80 per cent",
        ),
        # The target stated first; the whole named in the share's words, another name of it.
        (
            "The 2024 budget of Ostrana envisaged expenditure of 25.4 billion rand. By "
            "November, outlays stood at 21.6 billion rand, 85 per cent of the total planned "
            "spending for the year.",
            "21.6 billion rand",
            "25.4 billion rand",
            "85 per cent",
        ),
        (
            "Outlays stood at 21.6 trillion pesos in 2024, 85 per cent of the total planned "
            "spending for the year. Planned spending for 2024 was 25.4 trillion pesos.",
            "21.6 trillion pesos",
            "25.4 trillion pesos",
            "85 per cent",
        ),
        (
            "Toll revenue on the Brenna bridge was 46 million pesos in 2023, or 92% of its "
            "full-year goal. The operator had targeted toll revenue of 50 million pesos for "
            "2023.",
            "46 million pesos",
            "50 million pesos",
            "92%",
        ),
    ],
)
def test_a_share_of_the_target_takes_the_target_from_another_sentence(text, part, whole, share):
    assert _shares(text) == [(part, whole, share, "low")]


@pytest.mark.parametrize(
    "text",
    [
        # The only plan figure is of another metric: the budget is spending, not revenue.
        "Velmora's revenue for 2024 reached 10.0 trillion pesos, which is 80 per cent of the "
        "annual target. The treasury had projected a 20 trillion pesos budget for 2024.",
        # Two targets of the metric: which one "the annual target" is, the words do not say.
        "Velmora's revenue for 2024 reached 10.0 trillion pesos, 80 per cent of the annual "
        "target. The budget projected revenue of 12.5 trillion pesos for 2024. The revised "
        "revenue target for 2024 is 11.0 trillion pesos.",
        # A target then changed.
        "Velmora's revenue for 2024 reached 10.0 trillion pesos, 80 per cent of the annual "
        "target. The budget projected revenue of 12.5 trillion pesos for 2024, a figure later "
        "revised to 11.0 trillion pesos.",
        # The target stated is for another year.
        "Velmora's revenue for 2024 reached 10.0 trillion pesos, 80 per cent of the annual "
        "target. The budget for 2025 projects revenue of 14.0 trillion pesos.",
        # The actual is not the part: another metric's figure stands before the share.
        "Velmora's revenue for 2024 reached 10.0 trillion pesos. Spending was 9 trillion "
        "pesos, 80 per cent of the revenue target. The budget expected revenue of 12.5 "
        "trillion pesos for 2024.",
        # A part's target is not the whole's, nor the whole's a part's.
        "Oil revenue reached 4.0 trillion pesos in 2024, 75% of the target. The budget "
        "expected revenue of 15 trillion pesos for 2024.",
        "Revenue reached 10.0 trillion pesos in 2024, 80 per cent of the target. The budget "
        "expected oil revenue of 5 trillion pesos for 2024.",
        # "The target market" is no plan.
        "Velmora Telecom sold 2 million phones in 2024, 40% of the target market. It expects "
        "to sell 5 million phones in 2024.",
    ],
)
def test_no_share_of_a_target_the_words_do_not_single_out(text):
    assert _shares(text) == []


@pytest.mark.parametrize(
    "collected, verdict", [("10.0 trillion", CONSISTENT), ("11.6 trillion", INCONSISTENT)]
)
def test_the_share_of_a_target_across_sentences_is_checked(tmp_path, collected, verdict):
    text = (
        "Published: 2024-12-20\n\nVelmora revenue\n\n"
        f"Velmora's total revenue for 2024 reached {collected} pesos, which is 80 per cent of "
        "the annual target. The treasury projected 12.5 trillion pesos in revenue for 2024."
    )
    [finding] = [f for f in audit_snippet(tmp_path, "target", text) if f.kind == "share"]
    assert finding.status == verdict
    assert "stated target or forecast" in finding.note


# --- a fiscal year's target, an actual for part of it ----------------------------------------

FISCAL = "Tax gap\n\nDate: 2024-02-01\n\n{target} {actual}\n"


@pytest.mark.parametrize(
    "target, actual, right",
    [
        # December 2023 lies inside the year to June 2024: the target's year is not December's.
        (
            "Dunmore's treasury set a deficit target of 6.30 trillion shillings for the year "
            "to June.",
            "By the end of December, the deficit stood at {part} trillion shillings, or 61.9 "
            "percent of the annual target.",
            "3.90",
        ),
        # A target for "the fiscal year", named by no year, and the first half before it.
        (
            "Dunmore's budget estimates put tax revenue at 9.8 trillion shillings for the fiscal "
            "year.",
            "Tax revenue in the first half reached {part} trillion shillings, 46.9 per cent of the "
            "budget estimate.",
            "4.60",
        ),
    ],
)
def test_an_actual_for_part_of_a_fiscal_year_against_its_target(tmp_path, target, actual, right):
    text = FISCAL.format(target=target, actual=actual.format(part=right))
    found = [f for f in audit_snippet(tmp_path, "fiscal", text) if f.kind == "share"]
    assert [f.status for f in found] == [CONSISTENT]
    text = FISCAL.format(target=target, actual=actual.format(part="4.40"))
    found = [f for f in audit_snippet(tmp_path, "fiscal", text) if f.kind == "share"]
    assert [f.status for f in found] == [INCONSISTENT]


def test_a_month_after_the_publication_month_is_of_the_year_before():
    text = FISCAL.format(
        target="", actual="In November, the deficit stood at 3.90 trillion shillings."
    )
    [claim] = extract_claims(text, "x")["claims"]
    assert claim["period"] == "2023-11"
