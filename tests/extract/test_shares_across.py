"""Shares whose whole (and part) another sentence states: a list of partners "accounting for
P or A" under the flow stated before; "Sales of electric vehicles accounted for P of total
vehicle sales" with the sales half of a "production and sales ... A and B" pair as the whole;
a turnout with the electorate and those who voted in the next sentence. Each a guess (low)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import (
    assert_relation_verdict,
    audit_snippet,
    roles_by_name,
    roles_written,
)


def _shares(text: str) -> list[tuple]:
    return roles_written(text, "share", ("part", "whole", "share"))


# ---- a list of partners, "accounting for P or A" ------------------------------------------
MARKETS = (
    "Merrow's exports rose 3.0 percent to 20.0 billion dollars in August. Its top two "
    "markets were Norland, accounting for 35.0 percent or 7.00 billion dollars, and Eskar, "
    "20.0 percent or 4.00 billion dollars."
)


def test_each_partner_is_a_share_of_the_flow_before():
    assert _shares(MARKETS) == [
        ("7.00 billion dollars", "20.0 billion dollars", "35.0 percent", "low"),
        ("4.00 billion dollars", "20.0 billion dollars", "20.0 percent", "low"),
    ]


def test_import_sources_share_out_the_imports():
    text = (
        "Tarn's imports fell 2.0 percent to 12.0 billion dollars. Its main import sources "
        "were Velia, accounting for 25.0 percent or 3.00 billion dollars; and Osk, 10.0 "
        "percent or 1.20 billion dollars."
    )
    assert [s[1] for s in _shares(text)] == ["12.0 billion dollars", "12.0 billion dollars"]


def test_a_slipped_partner_share_is_flagged(tmp_path):
    slip = MARKETS.replace("35.0 percent", "45.0 percent")
    found = [f for f in audit_snippet(tmp_path, "markets_slip", slip) if f.kind == "share"]
    assert sorted(f.status for f in found) == ["consistent", "inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        # markets are where exports go: imports are another total
        MARKETS.replace("exports", "imports"),
        # exports of one good are not the exports the markets share
        MARKETS.replace("exports rose", "exports of fish rose"),
        # two export totals: the words do not say which
        MARKETS.replace(
            "in August.",
            "in August, and its exports rose 5.0 percent to 150.0 billion dollars in the "
            "first eight months.",
        ),
    ],
)
def test_no_partner_share_without_one_total_of_the_flow(text):
    assert _shares(text) == []


# ---- "accounted for P of total X", the part and the whole stated before ------------------
VEHICLES = (
    "Production and sales of vehicles amounted to 10.2 million units and 10.0 million units, "
    "up 5.0 percent and 4.0 percent, respectively. Exports of vehicles reached 1.5 million "
    "units. Sales of electric vehicles amounted to 4.0 million units. Sales of electric "
    "vehicles accounted for 40 percent of total vehicle sales."
)


def test_the_whole_is_the_sales_half_of_the_pair():
    assert _shares(VEHICLES) == [("4.0 million", "10.0 million", "40 percent", "low")]


def test_a_slipped_share_of_total_sales_is_flagged(tmp_path):
    assert_relation_verdict(tmp_path, "vehicles", VEHICLES, "share", "consistent")
    slip = VEHICLES.replace("40 percent", "45 percent")
    assert_relation_verdict(tmp_path, "vehicles_slip", slip, "share", "inconsistent")


def test_the_whole_is_of_the_share_s_period():
    text = (
        "In July, sales of vehicles were 2.0 million units. In the first seven months, sales "
        "of vehicles were 10.0 million units. In the first seven months, sales of electric "
        "vehicles were 4.0 million units. Sales of electric vehicles accounted for 40 percent "
        "of total vehicle sales in the first seven months."
    )
    assert [s[1] for s in _shares(text)] == ["10.0 million"]


def test_each_level_of_the_pair_takes_its_own_rate():
    growth = roles_by_name(VEHICLES, "growth")
    assert {(g["end"], g["rate"]) for g in growth} == {
        ("10.2 million", "5.0 percent"),
        ("10.0 million", "4.0 percent"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # cars are not all vehicles: no total of vehicle sales is stated
        "Sales of cars amounted to 10.0 million units. Sales of electric vehicles amounted to "
        "4.0 million units. Sales of electric vehicles accounted for 40 percent of total "
        "vehicle sales.",
        # two totals of vehicle sales: the words do not say which
        "Sales of vehicles amounted to 10.0 million units in Norland and 12.0 million units "
        "in Eskar. Sales of electric vehicles amounted to 4.0 million units. Sales of electric "
        "vehicles accounted for 40 percent of total vehicle sales.",
    ],
)
def test_no_share_of_total_without_one_whole(text):
    assert _shares(text) == []


# ---- a turnout and its counts in the sentence after (or before) --------------------------
TURNOUT = (
    "The election saw a 57 percent voter turnout. Out of the total of 2,840,000 registered "
    "voters, 1,620,000 turned up."
)


def test_a_turnout_is_those_who_voted_of_the_electorate():
    assert _shares(TURNOUT) == [("1,620,000", "2,840,000 voters", "57 percent", "low")]


def test_a_turnout_after_its_counts():
    text = (
        "In the 2019 vote, the registered voters were 2,100,000. Of them, those who voted "
        "were 1,400,000. That gave a turnout of 66.7 percent."
    )
    assert _shares(text) == [("1,400,000", "2,100,000", "66.7 percent", "low")]


def test_a_slipped_turnout_is_flagged(tmp_path):
    assert_relation_verdict(tmp_path, "turnout", TURNOUT, "share", "consistent")
    slip = TURNOUT.replace("57 percent", "62 percent")
    assert_relation_verdict(tmp_path, "turnout_slip", slip, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # two electorates: whose turnout is not said
        "The election saw a 57 percent voter turnout. Out of 2,840,000 registered voters in "
        "the north and 1,900,000 registered voters in the south, 1,620,000 turned up.",
        # two turnouts near the counts
        "The 2019 election saw a 57 percent voter turnout. Turnout was 61 percent in 2015. "
        "Out of the total of 2,840,000 registered voters, 1,620,000 turned up.",
        # valid votes leave out rejected ballots: not the turnout's count
        "The election saw a 57 percent voter turnout. Of the 2,840,000 registered voters, the "
        "valid votes cast were 1,600,000.",
    ],
)
def test_no_turnout_share_where_the_counts_are_not_clear(text):
    assert _shares(text) == []


def test_the_total_of_a_market_share_is_no_trade_gap():
    # The lead states a deficit first; "the total" a market buys a share of is the exports.
    text = (
        "Corlan trade gap widens\n\n"
        "Corlan's external trade showed a $4.12-billion deficit in March, up 18.0 percent "
        "from $3.49 billion a year earlier.\n\n"
        "Exports fell 2.1 percent to $6.02 billion.\n\n"
        "The top market was Japan, which bought $1.10 billion of goods, or 18.3 percent of "
        "the total.\n"
    )
    assert [s[:3] for s in _shares(text)] == [("$1.10 billion", "$6.02 billion", "18.3 percent")]


def test_the_total_a_sentence_names_is_the_flow_it_names():
    text = (
        "Corlan trade\n\n"
        "Corlan's exports rose 4.0 percent to $6.02 billion in March.\n\n"
        "Imports came to $9.40 billion, up 2.2 percent.\n\n"
        "The biggest import was fuel, with a bill of $2.35 billion or 25.0 percent of the "
        "total.\n"
    )
    assert [s[:3] for s in _shares(text)] == [("$2.35 billion", "$9.40 billion", "25.0 percent")]


def test_the_total_named_after_the_share_is_the_largest_figure_so_named():
    # The nearer online figure is itself a part of the retail sales total.
    text = (
        "Dorvan retail\n\n"
        "Retail sales of consumer goods in Dorvan came to 4,120.0 billion euros in the year.\n\n"
        "Online retail sales were 1,310.0 billion euros.\n\n"
        "Online retail sales of food made up 420.0 billion euros of this, and accounted for "
        "10.2 percent of the total retail sales.\n"
    )
    assert [s[:3] for s in _shares(text)] == [
        ("420.0 billion euros", "4,120.0 billion euros", "10.2 percent")
    ]
