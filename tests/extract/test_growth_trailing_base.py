"""Growth whose earlier level comes last, in a trailing phrase: "... recorded in May of S",
"... during the same period last year (S)", "This figure is down R compared to P, which
amounted to S" (the end is the level the sentence before ends with), "T, down from S, a R
decline"."""

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name, roles_written

DATED = "Updated: 2023-08-10\n\n"
SNIPPETS = {
    # 41.80 / 40.55 - 1 is 3.08%.
    "recorded_of_ok": (
        DATED + "Wool exports of $41.80 billion are 3.1% more than the exports recorded in "
        "July 2022 of $40.55 billion.",
        "growth",
        "consistent",
    ),
    "recorded_of_wrong": (
        DATED + "Wool exports of $41.80 billion are 1.3% more than the exports recorded in "
        "July 2022 of $40.55 billion.",
        "growth",
        "inconsistent",
    ),
    # 388.1 / 342.0 - 1 is 13.48%.
    "same_period_bracketed_ok": (
        DATED + "Tolls have raised $70.4 billion so far this year, a daily average of $388.1 "
        "million, 13.5% more than recorded during the same period last year ($342.0 million).",
        "growth",
        "consistent",
    ),
    "same_period_bracketed_wrong": (
        DATED + "Tolls have raised $70.4 billion so far this year, a daily average of $388.1 "
        "million, 15.3% more than recorded during the same period last year ($342.0 million).",
        "growth",
        "inconsistent",
    ),
    # 14.62 / 16.90 - 1 is -13.49%.
    "this_figure_which_amounted_ok": (
        DATED + "The surplus from January to July reached $14.62 billion. This figure is down "
        "13.49% compared to January-July 2022, which amounted to $16.90 billion.",
        "growth",
        "consistent",
    ),
    "this_figure_which_amounted_wrong": (
        DATED + "The surplus from January to July reached $14.62 billion. This figure is down "
        "15.49% compared to January-July 2022, which amounted to $16.90 billion.",
        "growth",
        "inconsistent",
    ),
    # 31,200 / 36,050 - 1 is -13.45%: the rate after "down from S" is T's fall from S, not a
    # fall to S.
    "down_from_then_a_rate_ok": (
        DATED + "Freight fell to 31,200 tonnes last year, down from 36,050 tonnes in 2019, a "
        "13.5% decline.",
        "growth",
        "consistent",
    ),
    "down_from_then_a_rate_wrong": (
        DATED + "Freight fell to 31,200 tonnes last year, down from 36,050 tonnes in 2019, a "
        "15.3% decline.",
        "growth",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_growth_from_a_trailing_base(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def test_this_figure_is_a_guess_at_medium_confidence():
    text, _, _ = SNIPPETS["this_figure_which_amounted_ok"]
    assert roles_written(text, "growth", ("end", "start")) == [
        ("$14.62 billion", "$16.90 billion", "medium")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # No earlier level: the rate has nothing to be checked against.
        "Wool exports of $41.80 billion are 3.1% more than the exports recorded in July 2022.",
        # The bracket holds no level.
        "Tolls have raised $70.4 billion so far this year, 13.5% more than recorded during the "
        "same period last year (a record).",
        # The second sentence is about another thing, not "this figure".
        "The surplus from January to July reached $14.62 billion. Rice exports are down 13.49% "
        "compared to January-July 2022, which amounted to $16.90 billion.",
    ],
)
def test_no_growth_without_a_trailing_base_of_the_same_figure(text):
    assert [r for r in roles_by_name(text, "growth") if "start" in r] == []


@pytest.mark.parametrize(
    "text",
    [
        "The surplus from January to July reached $14.62 billion. Rice exports are down 13.49% "
        "compared to January-July 2022, which amounted to $16.90 billion.",
        "Tolls rose 13.5% more than recorded during the same period last year ($342.0 million).",
    ],
)
def test_a_trailing_base_is_never_read_as_the_end(text):
    assert roles_by_name(text, "growth") == []


def test_a_level_against_another_years_level_is_a_pair():
    text = DATED + "Port receipts reached €150 million in 2022, against €134 million in 2021."
    assert roles_by_name(text, "growth") == [{"start": "€134 million", "end": "€150 million"}]
    # no other period: a comparison, not a change
    other = DATED + "The side scored 31 points, against 24 points for its rival."
    assert roles_by_name(other, "growth") == []
