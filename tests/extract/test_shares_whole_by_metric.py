"""Shares whose whole is named by its metric, not "the total": stated in the sentence before
("Calder's installed solar capacity reached T. Rooftops supplied P, accounting for S of
Calder's total installed solar capacity"), or in the same sentence after a second "of" ("S of
the county's workforce of W"), or before "and P of them". Every name and figure is invented."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_near_miss, assert_relation_verdict, roles_written

CAPACITY = (
    "Calder's installed solar capacity reached 80.0 megawatts by March. "
    "Rooftop panels supplied 18.4 megawatts, accounting for 23.0 percent of Calder's total "
    "installed solar capacity."
)
TRADE = (
    "Marrowland's trade totalled 6.40 trillion euros in the half. Trade with Eskar fell 2.1 "
    "percent to 1.12 trillion euros, accounting for 17.5 percent of Marrowland's total "
    "foreign trade."
)
WORKFORCE = (
    "Calder had 1.32 million workers on permanent contracts, accounting for 44 percent of the "
    "county's workforce of 3.0 million."
)
OF_THEM = (
    "Calder's stock of homes stood at 52,000, and 14,300 of them were rented, accounting for "
    "27.5 percent."
)


def test_the_whole_is_the_earlier_figure_of_the_named_metric():
    assert roles_written(CAPACITY, "share", ("part", "whole")) == [
        ("18.4 megawatts", "80.0 megawatts", "low")
    ]
    # the rate of change between the part and the share is skipped
    assert roles_written(TRADE, "share", ("part", "whole")) == [
        ("1.12 trillion euros", "6.40 trillion euros", "low")
    ]


@pytest.mark.parametrize("text", [CAPACITY, TRADE, WORKFORCE, OF_THEM])
def test_a_share_of_a_named_whole_holds(tmp_path, text):
    assert_relation_verdict(tmp_path, "ok", text, "share", "consistent")


@pytest.mark.parametrize(
    "text",
    [
        CAPACITY.replace("23.0 percent", "32.0 percent"),
        TRADE.replace("17.5 percent", "15.7 percent"),
        WORKFORCE.replace("44 percent", "41 percent"),
        OF_THEM.replace("27.5 percent", "72.5 percent"),
    ],
)
def test_a_slipped_share_is_flagged(tmp_path, text):
    assert_relation_verdict(tmp_path, "slip", text, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # a share of another whole: the earlier level is not the market
        "Calder's installed solar capacity reached 80.0 megawatts by March. Rooftop panels "
        "supplied 18.4 megawatts, accounting for 23.0 percent of the regional market.",
        # the earlier figure is of another place than the share names
        "Eskar's installed solar capacity reached 80.0 megawatts by March. Rooftop panels "
        "supplied 18.4 megawatts, accounting for 23.0 percent of Calder's total installed "
        "solar capacity.",
        # a daily figure is not the whole of the trade
        "Marrowland's daily trade totalled 6.40 billion euros in the half. Trade with Eskar "
        "fell 2.1 percent to 1.12 trillion euros, accounting for 17.5 percent of "
        "Marrowland's total foreign trade.",
        # a share of a rise, not of the stock
        "Calder added 1.32 million jobs, accounting for 44 percent of the national rise of "
        "3.0 million.",
        # the share names another whole after it
        "Calder's stock of homes stood at 52,000, and 14,300 of them were rented, accounting "
        "for 27.5 percent of the region's rentals.",
    ],
)
def test_a_near_miss_links_nothing(tmp_path, text):
    assert_near_miss(tmp_path, "none", text, "share")
