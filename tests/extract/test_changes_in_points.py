"""A change of two rates stated in basis points or bare points, and an end's own period
between it and its start (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

HEAD = "Rates\n\nDate: 2024-06-10\n\n"


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("The central bank lifted its policy rate by 75 basis points to 9.50 percent from "
         "8.75 percent.", "consistent"),
        ("The central bank lifted its policy rate by 75 basis points to 9.25 percent from "
         "8.75 percent.", "inconsistent"),
        ("Brightwell's share of the tea market rose to 31.4 percent from 27.9 percent, a gain "
         "of 3.5 points.", "consistent"),
        ("Brightwell's share of the tea market rose to 31.4 percent from 27.9 percent, a gain "
         "of 4.5 points.", "inconsistent"),
        # words about the verb between it and its "by": still a fall
        ("Seat occupancy slipped too, by 2.3 percentage points, from 81.5% a year ago to 79.2% "
         "now.", "consistent"),
        ("Seat occupancy slipped too, by 3.3 percentage points, from 81.5% a year ago to 79.2% "
         "now.", "inconsistent"),
        ("Seat occupancy dropped only slightly, by 0.4 points, to 79.2% from 79.6%.",
         "consistent"),
        # a half-year's code after each rate
        ("The ferry line posted a seat occupancy increase of 1.3 pp to 79.4% in 1H10 from "
         "78.1% in 1H09.", "consistent"),
        ("The ferry line posted a seat occupancy increase of 2.3 pp to 79.4% in 1H10 from "
         "78.1% in 1H09.", "inconsistent"),
    ],
)  # fmt: skip
def test_a_change_of_two_rates_in_basis_points_or_points(tmp_path, sentence, verdict):
    assert_relation_verdict(tmp_path, "rates", HEAD + sentence + "\n", "pp_change", verdict)


def test_index_points_are_not_a_change_of_two_rates():
    # The points are the index's own move, and its level is no rate.
    text = (
        HEAD + "The Selkirk index fell 41.2 points to 3,870.5 while yields rose to 4.1 percent.\n"
    )
    assert roles_by_name(text, "pp_change") == []


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Visitor numbers at Dunmore castle tripled to 1.5 million last year from 0.5 million "
         "in 2021.", "consistent"),
        ("Visitor numbers at Dunmore castle tripled to 1.2 million last year from 0.5 million "
         "in 2021.", "inconsistent"),
        ("Grain stocks rose to 4.8 million tonnes in March from 4.0 million tonnes, up 20 "
         "percent.", "consistent"),
    ],
)  # fmt: skip
def test_the_ends_own_period_may_stand_before_from(tmp_path, sentence, verdict):
    kind = "multiple" if "tripled" in sentence else "growth"
    assert_relation_verdict(tmp_path, "change", HEAD + sentence + "\n", kind, verdict)


@pytest.mark.parametrize("unit", ["percentage points", "points"])
def test_a_change_after_with_is_of_another_measure(unit):
    # The gauge's own move is not stated; the points are the sub-index's.
    text = (
        HEAD + "Kelby's factory gauge rose to 52.6 percent in May from 50.9 percent in April, "
        f"with the export orders index gaining 2.4 {unit}, the bureau said.\n"
    )
    assert roles_by_name(text, "pp_change") == [{"start": "50.9 percent", "end": "52.6 percent"}]


def test_the_weight_of_a_bag_is_not_the_level_of_a_harvest(tmp_path):
    sentence = (
        "The harvest came to 2.40 million 60-kilo bags, a 4% decrease compared to the 2.50 "
        "million bags picked a year earlier."
    )
    assert_relation_verdict(tmp_path, "bags", HEAD + sentence + "\n", "growth", "consistent")
