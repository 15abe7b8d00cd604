"""A change with its rate in brackets, then the level it led to: "rose by C (R%) to E".

The level after the bracket is the change's end; a change with no level of its own in its
clause takes none from another clause (another flow's change or level)."""

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet, roles_by_name

DATED = "Updated: 2024-03-12\n\n"
TWO_FLOWS = (
    "Fuel imports fell by £0.6 billion (3.20%) to £18.15 billion and grain exports rose by "
    "£2.7 billion (11.40%) to £26.39 billion."
)


def test_each_change_takes_the_level_after_its_bracketed_rate():
    assert roles_by_name(TWO_FLOWS, "change") == [
        {"end": "£18.15 billion", "change": "£-0.6 billion", "rate": "-3.20%"},
        {"end": "£26.39 billion", "change": "£2.7 billion", "rate": "11.40%"},
    ]


SNIPPETS = {
    "bracketed_rate_to_end_ok": (
        DATED + "Timber exports rose by €3.1 billion (14.2%) to €24.93 billion.",
        "change",
        "consistent",
    ),
    # 3.1 / (24.93 - 3.1) is 14.2%, not 12.4%.
    "bracketed_rate_to_end_wrong": (
        DATED + "Timber exports rose by €3.1 billion (12.4%) to €24.93 billion.",
        "change",
        "inconsistent",
    ),
    "bracketed_fall_to_end_ok": (
        DATED + "Timber imports fell by €1.5 billion [6.0%] to €23.5 billion.",
        "change",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_bracketed_rate_then_end(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def test_two_flows_are_checked_each_on_its_own(tmp_path):
    found = [f for f in audit_snippet(tmp_path, "flows", DATED + TWO_FLOWS) if f.kind == "change"]
    assert [f.status for f in found] == ["consistent", "consistent"]


@pytest.mark.parametrize(
    "text",
    [
        # Two changes with their rates and no level: neither is the other's end.
        "Ore shipments increased by $7.20 billion (6.5%) from June to July and machinery "
        "purchases increased by $1.30 billion (2.2%) over the same months.",
        # A bracketed list of changes.
        "Farm exports grew, driven by wool [up by £1.9 billion (24%)] and dairy [up by £0.8 "
        "billion (13%)].",
        # A level of another flow, in the clause before.
        "Grain imports were $9.4 billion, while grain exports increased by $0.7 billion (5.1%).",
        "Grain imports were $9.4 billion and grain exports increased by $0.7 billion (5.1%).",
    ],
)
def test_a_change_takes_no_level_from_another_clause(text):
    assert roles_by_name(text, "change") == []


def test_a_level_before_its_change_still_ends_it():
    text = (
        "Retail sales reached 3.3 trillion yuan in January and February, an increase of 150 "
        "billion yuan or 4.8 percent."
    )
    assert roles_by_name(text, "change") == [
        {"end": "3.3 trillion yuan", "change": "150 billion yuan", "rate": "4.8 percent"}
    ]
