"""A margin compared with an earlier margin is still its profit over its revenue: the points
change and the share are two relations of two kinds, and the earlier margin is neither."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, audit_snippet

LEAD = (
    "Total revenues at Quillmoor Games were RMB200.0 million in the quarter. "
    "Gross profit was RMB{profit} million in the quarter. "
)
COMPARED = (
    "Gross margin decreased to 56.1% from 56.6% last quarter.",
    "The gross margin was 56.1%, compared with 57.0% a year earlier.",
    "Gross margin slipped 0.5 percentage points to 56.1%.",
)


def _margins(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        tuple(values[r["roles"][role]] for role in ("part", "whole", "share"))
        for r in drafted["relations"]
        if r["kind"] == "share" and "profit-margin" in r.get("note", "")
    ]


@pytest.mark.parametrize("margin", COMPARED)
def test_a_compared_margin_is_linked_to_its_profit_and_revenue(margin):
    text = LEAD.format(profit="112.2") + margin
    assert _margins(text) == [("RMB 112.2 million", "RMB 200.0 million", "56.1%")]


@pytest.mark.parametrize(("margin", "direction"), [(COMPARED[0], ["order"]), (COMPARED[1], [])])
def test_the_points_change_stays_beside_the_share(margin, direction):
    # "decreased to ... from" also says which margin is the larger
    text = LEAD.format(profit="112.2") + margin
    kinds = [r["kind"] for r in extract_claims(text, "x")["relations"]]
    assert sorted(kinds) == [*direction, "pp_change", "share"]


@pytest.mark.parametrize("margin", COMPARED)
def test_a_compared_margin_its_profit_does_not_give_is_flagged(tmp_path, margin):
    text = LEAD.format(profit="100.0") + margin
    assert_relation_verdict(tmp_path, "quillmoor", text, "share", "inconsistent")


def test_another_kind_of_profit_links_nothing():
    text = (
        "Total revenues at Quillmoor Games were RMB200.0 million in the quarter. "
        "Operating profit was RMB112.2 million in the quarter. "
        "Gross margin decreased to 56.1% from 56.6% last quarter."
    )
    assert _margins(text) == []


def test_the_earlier_margin_is_never_a_share_of_this_periods_figures():
    # Only one profit and one revenue, both of this quarter: the 56.6% is the start of the
    # change and must not be read as their share too.
    text = LEAD.format(profit="113.2") + "Gross margin rose to 57.0% from 56.6% last quarter."
    assert [link[2] for link in _margins(text)] == ["57.0%"]


STATEMENT = (
    "- Total revenues were RMB8,000.0 million in the quarter, up 12.0% on the year.\n"
    "- Revenues from cloud services were RMB2,400.0 million.\n"
    "- Gross profit was RMB4,400.0 million. Gross margin rose to 55.0% from 54.1% last quarter.\n"
    "- Operating profit was RMB2,000.0 million. Operating margin rose to {operating}% from "
    "23.0% last quarter.\n"
    "Non-GAAP operating profit was RMB2,240.0 million. Non-GAAP operating margin rose to "
    "28.0% from 27.5% last quarter.\n"
    "- Profit for the quarter was RMB1,600.0 million. Net margin rose to 20.0% from 19.2% "
    "last quarter.\n"
)


def test_each_margin_of_a_statement_divides_the_total_revenue():
    text = STATEMENT.format(operating="25.0")
    assert sorted(_margins(text)) == [
        ("RMB 1,600.0 million", "RMB 8,000.0 million", "20.0%"),
        ("RMB 2,000.0 million", "RMB 8,000.0 million", "25.0%"),
        ("RMB 2,240.0 million", "RMB 8,000.0 million", "28.0%"),
        ("RMB 4,400.0 million", "RMB 8,000.0 million", "55.0%"),
    ]


def test_a_statement_margin_that_does_not_divide_is_flagged(tmp_path):
    found = audit_snippet(tmp_path, "statement", STATEMENT.format(operating="28.0"))
    verdicts = {f.relation: f.status for f in found if f.kind == "share"}
    assert verdicts.pop("share_operating_profit") == "inconsistent"
    assert set(verdicts.values()) == {"consistent"}


def test_two_revenues_neither_called_the_total_link_nothing():
    text = (
        "Revenues from games were RMB3,000.0 million in the quarter. "
        "Revenues from cloud services were RMB2,400.0 million in the quarter. "
        "Gross profit was RMB1,650.0 million. Gross margin rose to 55.0% from 54.1% last quarter."
    )
    assert _margins(text) == []
