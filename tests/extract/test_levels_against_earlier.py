"""Levels set against an earlier level: a share of the earlier level ("88 percent of 2019
levels, with A against B"), a rate higher than an earlier level then the level reached, a
rate against an earlier rate then the change, a rise outpacing another by a gap, and a week's
or a fortnight's total spread per day. Invented places and numbers."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_near_miss, assert_relation_verdict

HEAD = "Brief\n\nDate: 2024-06-10\n\n"

CASES = [
    # (name, sentence, kind, verdict)
    (
        "share_of_earlier_level_holds",
        "Ferry traffic at Skelby reached 92 percent of its pre-pandemic level, with 4.6 million"
        " passengers against 5 million in 2019.",
        "share",
        "consistent",
    ),
    (
        "share_of_earlier_level_fails",
        "Ferry traffic at Skelby recovered to 82 percent of 2019 levels, with 4.6 million"
        " passengers against 5 million in 2019.",
        "share",
        "inconsistent",
    ),
    (
        "share_of_level_a_year_earlier_holds",
        "Timber output in Vrana came to 95 percent of the level a year earlier, with 1.9 million"
        " cubic metres against 2 million cubic metres.",
        "share",
        "consistent",
    ),
    (
        "higher_than_then_at_holds",
        "Barley output was 3.0 percent higher than last year's 600 million tonnes, at 618"
        " million tonnes.",
        "growth",
        "consistent",
    ),
    (
        "higher_than_then_at_fails",
        "Barley output was 8.0 percent higher than last year's 600 million tonnes, at 618"
        " million tonnes.",
        "growth",
        "inconsistent",
    ),
    (
        "lower_than_then_at_holds",
        "Coal use in Orsk was 5 percent lower than the 80 million tonnes of 2022, at 76"
        " million tonnes.",
        "growth",
        "consistent",
    ),
    (
        "against_then_drop_holds",
        "Inflation in Teravia averaged 3.9 percent over the year, against 5.2 percent in 2022,"
        " a drop of 1.3 points.",
        "pp_change",
        "consistent",
    ),
    (
        "against_then_drop_fails",
        "Inflation in Teravia averaged 3.9 percent over the year, against 5.2 percent in 2022,"
        " a drop of 2.3 points.",
        "pp_change",
        "inconsistent",
    ),
    (
        "against_then_rise_holds",
        "The jobless rate in Teravia was 7.4 percent, against 6.9 percent a year earlier,"
        " a rise of 0.5 points.",
        "pp_change",
        "consistent",
    ),
    (
        "outpacing_by_holds",
        "Farm output rose 4.8 percent, outpacing the 2.5 percent growth of mining by 2.3"
        " percentage points.",
        "rate_gap",
        "consistent",
    ),
    (
        "outpacing_by_fails",
        "Farm output rose 4.8 percent, outpacing the 2.5 percent growth of mining by 1.3"
        " percentage points.",
        "rate_gap",
        "inconsistent",
    ),
    (
        "first_week_a_day_holds",
        "The Marlin console sold 1.4 million units in its first week, or about 200,000 a day.",
        "per_day",
        "consistent",
    ),
    (
        "first_week_a_day_fails",
        "The Marlin console sold 1.4 million units in its first week, or about 140,000 a day.",
        "per_day",
        "inconsistent",
    ),
    (
        "fortnight_a_day_holds",
        "The Osla ferries carried 280,000 people over the fortnight, or 20,000 a day.",
        "per_day",
        "consistent",
    ),
]


@pytest.mark.parametrize("name, sentence, kind, verdict", CASES, ids=[c[0] for c in CASES])
def test_a_level_against_an_earlier_one_is_checked(tmp_path, name, sentence, kind, verdict):
    assert_relation_verdict(tmp_path, name, HEAD + sentence + "\n", kind, verdict)


NEAR_MISSES = [
    # a share of capacity, not of an earlier level
    (
        "share_of_capacity",
        "Ferry traffic at Skelby reached 92 percent of capacity, with 4.6 million passengers"
        " against 5 million in 2019.",
        "share",
    ),
    # "against" a target: no earlier level
    (
        "share_against_target",
        "Ferry traffic at Skelby reached 92 percent of its pre-pandemic level, with 4.6 million"
        " passengers against a target of 5 million.",
        "share",
    ),
    # "at a cost of": no level reached
    (
        "higher_than_at_a_cost",
        "Barley output was 8.0 percent higher than last year's 600 million tonnes, at a cost of"
        " 618 million crowns.",
        "growth",
    ),
    # the earlier rate is a forecast
    (
        "against_forecast",
        "Inflation in Teravia averaged 3.9 percent over the year, against a forecast of 5.2"
        " percent, a drop of 2.3 points.",
        "pp_change",
    ),
    # outpacing a fall: the gap is no difference of the two rises
    (
        "outpacing_a_fall",
        "Farm output rose 4.8 percent, outpacing the 2.5 percent drop in mining by 1.3"
        " percentage points.",
        "rate_gap",
    ),
    # a daily figure of another time
    (
        "week_then_other_day",
        "The Marlin console sold 1.4 million units in its first week, up from 90,000 a day in May.",
        "per_day",
    ),
]


@pytest.mark.parametrize("name, sentence, kind", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_a_near_miss_is_not_linked(tmp_path, name, sentence, kind):
    assert_near_miss(tmp_path, name, HEAD + sentence + "\n", kind)
