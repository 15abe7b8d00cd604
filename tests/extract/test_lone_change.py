"""A change stated alone ("has grown by C") is the change between the levels of a later
from-to pair named with the same words."""

from __future__ import annotations

from audit.extract import extract_claims

HEAD = "Updated: 2024-02-02\n\n"


def _sums(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["total"]], [values[p] for p in r["roles"]["parts"]], r["confidence"])
        for r in drafted["relations"]
        if r["kind"] == "sum"
    ]


def test_a_lone_rise_and_the_later_levels():
    text = (
        HEAD + "The housing queue has grown by 4,500 in three years.\n"
        "Officials blamed rising rents.\n"
        "Some 21,000 families are now in the housing queue, up from 16,500 in 2021.\n"
    )
    assert _sums(text) == [("some 21,000 families", ["16,500", "4,500"], "low")]


def test_a_lone_fall_makes_the_start_the_total():
    text = (
        HEAD + "Membership of the choir has fallen by 40 since the pandemic.\n"
        "Choir membership dropped from 180 in 2019 to 140 this year.\n"
    )
    assert _sums(text) == [("180", ["140", "40"], "low")]


def test_levels_named_with_other_words_are_left_alone():
    text = (
        HEAD + "The housing queue has grown by 4,500 in three years.\n"
        "Some 21,000 cars now use the ring road, up from 16,500 in 2021.\n"
    )
    assert _sums(text) == []


def test_a_change_with_its_own_level_is_not_lone():
    text = (
        HEAD + "The housing queue has grown by 4,500 to 21,000 families.\n"
        "Some 21,000 families are now in the housing queue, up from 16,500 in 2021.\n"
    )
    assert [s for s in _sums(text) if s[2] == "low"] == []
