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


def test_a_change_dated_by_its_year_takes_the_levels_of_that_year_and_the_one_before():
    # The from-to pair spans 2015 to last year; the fall of last year alone is between the
    # level of last year and the level of 2022 stated after it.
    text = (
        "Rail freight slips\n\n"
        "Rail freight in Ostria fell by about 2 million tonnes last year, the regulator said.\n\n"
        "Rail freight in Ostria has fallen from 61.4 million tonnes in 2015 to 48.9 million "
        "tonnes last year.\n\n"
        "Some 50.8 million tonnes of rail freight were carried in 2022.\n"
    )
    drafted = extract_claims(text, "x", published="2024-03-05")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    sums = [
        (values[r["roles"]["total"]], [values[p] for p in r["roles"]["parts"]])
        for r in drafted["relations"]
        if r["kind"] == "sum"
    ]
    assert sums == [("some 50.8 million tonnes", ["48.9 million tonnes", "about 2 million tonnes"])]


def test_the_headline_change_is_the_lead_s_told_again():
    text = (
        HEAD + "Choir membership fell by 40\n\n"
        "Membership of the choir fell by almost 40 last year.\n\n"
        "Choir membership dropped from 220 in 2016 to 140 last year.\n\n"
        "The choir had 178 members in 2022.\n"
    )
    assert [total for total, _, _ in _sums(text)] == ["178 members"]
