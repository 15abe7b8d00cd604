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
# the part after the share, the whole named "sales" for the revenue stated before
SALES = (
    "Brennan Group's revenue rose 8 per cent to 520.0 million euros. Brennan Group's freight "
    "arm stayed the largest unit, with 41.5 per cent of sales, as its revenue grew 2 per cent "
    "to 216.0 million euros."
)
# the rate written "per cent" before the whole's level is no "per capita" qualifier
FOR_THE_UNIT = (
    "Brennan Group's revenue rose 8 per cent to 520.0 million euros. Though Brennan Group's "
    "freight arm stayed its largest segment, with 41.5 per cent of total sales, revenue for "
    "the unit increased by just 2 per cent to 216.0 million euros."
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


@pytest.mark.parametrize("text", [CAPACITY, TRADE, WORKFORCE, OF_THEM, SALES, FOR_THE_UNIT])
def test_a_share_of_a_named_whole_holds(tmp_path, text):
    assert_relation_verdict(tmp_path, "ok", text, "share", "consistent")


@pytest.mark.parametrize(
    "text",
    [
        CAPACITY.replace("23.0 percent", "32.0 percent"),
        TRADE.replace("17.5 percent", "15.7 percent"),
        WORKFORCE.replace("44 percent", "41 percent"),
        OF_THEM.replace("27.5 percent", "72.5 percent"),
        SALES.replace("41.5 per cent", "45.1 per cent"),
        FOR_THE_UNIT.replace("41.5 per cent", "47.5 per cent"),
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
        # the figure after the share is of another quantity than the share's whole
        SALES.replace("as its revenue grew", "as its profit grew"),
        # nothing gives the revenue after the share to the unit
        SALES.replace("as its revenue grew", "while revenue at rivals grew"),
        # the share names another whole after it
        "Calder's stock of homes stood at 52,000, and 14,300 of them were rented, accounting "
        "for 27.5 percent of the region's rentals.",
    ],
)
def test_a_near_miss_links_nothing(tmp_path, text):
    assert_near_miss(tmp_path, "none", text, "share")
