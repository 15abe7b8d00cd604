"""A rate of events per a round number of people or things ("9.0 per 100,000 residents",
"12 per 1,000 births") is checked against the count of events and the base its sentence
gives: per_capita, read per the number the words name, never as a percent. Invented towns
and numbers."""

from __future__ import annotations

from tests.extract.snippets import assert_near_miss, assert_relation_verdict, roles_by_name

HEAD = "Brief\n\nDate: 2024-06-10\n\n"


def test_a_rate_per_100000_residents_holds(tmp_path):
    text = (
        HEAD + "Dunmere recorded 45 road deaths last year, a rate of 9.0 per 100,000 residents,"
        " with a population of 500,000.\n"
    )
    assert_relation_verdict(tmp_path, "road", text, "per_capita", "consistent")


def test_a_rate_per_100000_off_by_a_digit_is_flagged(tmp_path):
    text = (
        HEAD + "Dunmere recorded 45 road deaths last year, a rate of 6.0 per 100,000 residents,"
        " with a population of 500,000.\n"
    )
    assert_relation_verdict(tmp_path, "road_bad", text, "per_capita", "inconsistent")


def test_a_rate_per_1000_of_the_counted_base(tmp_path):
    text = HEAD + "The stillbirth rate was 12 per 1,000 births, with 96 cases among 8,000 births.\n"
    assert_relation_verdict(tmp_path, "births", text, "per_capita", "consistent")
    (linked,) = roles_by_name(text, "per_capita")
    assert linked["total"].startswith("96") and linked["count"].startswith("8,000")


def test_a_rate_per_1000_wrong_is_flagged(tmp_path):
    text = HEAD + "The stillbirth rate was 15 per 1,000 births, with 96 cases among 8,000 births.\n"
    assert_relation_verdict(tmp_path, "births_bad", text, "per_capita", "inconsistent")


def test_a_figure_per_n_not_named_a_rate_is_left(tmp_path):
    # a density of doctors, not a rate of events: nothing says the 300 deaths make it
    text = (
        HEAD + "Dunmere has 30 doctors per 10,000 residents, with 300 deaths recorded and a"
        " population of 500,000.\n"
    )
    assert_near_miss(tmp_path, "doctors", text, "per_capita")


def test_two_populations_leave_the_rate_unlinked(tmp_path):
    text = (
        HEAD + "Dunmere recorded 45 road deaths, a rate of 6.0 per 100,000 residents, with a"
        " population of 500,000 and a working population of 310,000.\n"
    )
    assert_near_miss(tmp_path, "two_bases", text, "per_capita")
