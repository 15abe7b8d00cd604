"""A start and an end are one change only inside one clause: in "narrowed to A from B, as
exports rose to C", C ends the exports' change, not the one that started at B."""

from __future__ import annotations

from pathlib import Path

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet, roles_written

_TEXT = (
    "The deficit narrowed to $1.4 billion from $2.9 billion, as exports rose to $8.8 billion "
    "and imports fell to $10.2 billion."
)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(start, end) for start, end, _ in roles_written(text, "growth", ("start", "end"))]


def test_the_end_of_another_clause_is_no_end_of_the_start():
    assert _pairs(_TEXT) == [("$2.9 billion", "$1.4 billion")]


def test_the_flows_of_the_clause_after_still_make_the_balance(tmp_path: Path):
    findings = audit_snippet(tmp_path, "gap", "Accounts\n\n" + _TEXT + "\n")
    assert [f.status for f in findings if f.kind == "sum"] == ["consistent"]


def test_an_amount_per_share_is_no_end_of_a_totals_change():
    text = (
        "Earnings fell 12% to €2.2 billion, or €1.40 a share, from €2.5 billion, or €1.61 a "
        "share, a year earlier."
    )
    assert _pairs(text) == [("€2.5 billion", "€2.2 billion")]


def test_a_time_left_out_of_the_start_is_still_one_quantity():
    # read per the end's month, so the engine can hold the two against each other
    assert _pairs("Rents are €1,260 a month, up from €1,200 a year ago.") == [
        ("€1,200 per month", "1,260 euros per month")
    ]


def test_a_rate_of_another_subjects_clause_is_no_change_of_the_pair():
    drafted = extract_claims(
        "Inflation eased to 3.4% from 4.1% in May, as fuel prices fell 6%.", "x"
    )
    [pp] = [r for r in drafted["relations"] if r["kind"] == "pp_change"]
    assert "change" not in pp["roles"]


def test_a_growth_rate_of_another_subjects_clause_is_no_rate_of_the_pair():
    text = "Sales rose to $5.1 billion from $4.6 billion, as exports rose 8%."
    drafted = extract_claims(text, "x")
    [growth] = [r for r in drafted["relations"] if r["kind"] == "growth"]
    assert "rate" not in growth["roles"]


def test_a_day_and_month_with_the_start_still_reaches_its_end():
    text = "Deposits moved from $41.2 billion on 30 June 2023 to $44.9 billion, a 9.0% rise."
    assert _pairs(text) == [("$41.2 billion", "$44.9 billion")]


def test_over_after_a_change_to_names_the_start_not_more_than_it():
    text = "Coffee exports fell to $318 million in May over $342 million in April."
    assert _pairs(text) == [("$342 million", "$318 million")]


def test_over_without_a_change_to_is_no_start():
    assert _pairs("Bids of $318 million over $300 million were expected.") == []


def test_a_start_named_by_its_owner_and_noun():
    text = "Kiln output was 1.2% higher at 8,410 tonnes from March's output of 8,310 tonnes."
    assert _pairs(text) == [("8,310 tonnes", "8,410 tonnes")]


def test_the_change_of_an_increase_of_is_no_end_of_the_start_after_it():
    text = "Fares rose to $9.1 million, an increase of $1.4 million compared to the $7.7 million."
    assert ("$7.7 million", "$1.4 million") not in _pairs(text)
