"""A figure given its own share of the total is a part of it: the next part's share is of the
total stated before, never of the part before it."""

from __future__ import annotations

from tests.extract.snippets import roles_by_name

_TEXT = (
    "Grid report\n\n"
    "In 2024 the network carried 96,500 GWh, against 99,000 GWh the year before.\n\n"
    "In 2024, wind-based power generation rose by 14% to 21,300 GWh, accounting for 22% of "
    "the total power generation. New farms opened.\n\n"
    "Generation from solar parks also rose by 31% to 9,700 GWh in 2024, accounting for 10% "
    "of the total power generation.\n\n"
    "Generation from oil fell by 40% to 2,100 GWh in 2024, accounting for 2% of the total "
    "power generation.\n"
)


def test_each_share_of_the_total_is_of_the_total_stated_first():
    shares = roles_by_name(_TEXT, "share")
    assert {r["part"]: r["whole"] for r in shares} == {
        "21,300 GWh": "96,500 GWh",
        "9,700 GWh": "96,500 GWh",
        "2,100 GWh": "96,500 GWh",
    }


def test_a_total_given_its_share_of_the_worlds_total_is_still_the_total_here():
    text = (
        "Grid\n\nTotal generation reached 310 TWh, accounting for 2% of the world's total. "
        "Gas produced 124 TWh, or 40% of the total.\n"
    )
    assert {"part": "124 TWh", "whole": "310 TWh", "share": "40%"} in roles_by_name(text, "share")
