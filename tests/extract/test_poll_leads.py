"""A lead or gap between two rates in points ("a six-point lead", "four points ahead of"):
the points are read as percentage points and checked against the two rates."""

from __future__ import annotations

from audit.extract import extract_claims, find_quantities
from tests.extract.snippets import audit_snippet

HEAD = "Updated: 2024-03-04\n\n"


def _gaps(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}

    def written(role):
        return role["value"] if isinstance(role, dict) else values[role]

    return [
        (written(r["roles"]["higher"]), written(r["roles"]["lower"]), written(r["roles"]["gap"]))
        for r in drafted["relations"]
        if r["kind"] == "rate_gap"
    ]


def test_points_joined_to_a_lead_are_a_figure_and_a_plan_is_not():
    read = {f.text: f.unit for f in find_quantities("a nine-point lead and a 12-point plan")}
    assert read == {"nine-point": "point", "12": None}


def test_a_lead_is_the_larger_rate_over_the_smaller_whichever_is_named_first():
    text = (
        HEAD + "The Harbour Party drew 29% and the Valley Union 36%, putting the Union "
        "on a seven-point lead.\n"
    )
    assert _gaps(text) == [("36%", "29%", "seven percentage points")]


def test_a_lead_that_does_not_match_the_rates_is_inconsistent(tmp_path):
    text = (
        HEAD + "The Harbour Party drew 36% and the Valley Union 29%, giving the party a "
        "nine-point lead.\n"
    )
    [found] = [f for f in audit_snippet(tmp_path, "poll", text) if f.kind == "rate_gap"]
    assert found.status == "inconsistent"
    assert found.rule == "gap.rate_gap_mismatch"
    assert "nine percentage points" in found.message


def test_points_behind_a_rate_are_checked_as_its_gap(tmp_path):
    text = HEAD + "The Valley Union polled 24.5%, 3.1 points behind the Harbour Party's 27.1%.\n"
    assert _gaps(text) == [("27.1%", "24.5%", "3.1 percentage points")]
    slip = text.replace("3.1 points", "3.6 points")
    [found] = [f for f in audit_snippet(tmp_path, "behind", slip) if f.kind == "rate_gap"]
    assert found.status == "inconsistent"


def test_a_lead_among_part_of_the_voters_is_not_the_gap_of_the_rates():
    text = (
        HEAD + "The Harbour Party drew 36% and the Valley Union 29%, giving the party a "
        "nine-point lead among the young.\n"
    )
    assert _gaps(text) == []


def test_a_lead_after_two_rates_joined_by_with(tmp_path):
    from tests.extract.snippets import assert_relation_verdict

    text = (
        "The latest survey puts the Coast Party on 44%, with the Valley Party on 31%, a 13-point "
        "lead."
    )
    assert_relation_verdict(tmp_path, "with_lead", text, "rate_gap", "consistent")
    slip = text.replace("13-point", "16-point")
    assert_relation_verdict(tmp_path, "with_lead_slip", slip, "rate_gap", "inconsistent")
