"""Shares of a total stated in an earlier sentence, in the forms wire copy and statistics
releases use: "which is P% of total exports", a bare "(P% of total)", and several parts in a
row, each with its own share, none the whole of the next."""

import pytest

from tests.extract.snippets import roles_by_name

LEAD = "Shipments in March came to $6.40 billion. "


@pytest.mark.parametrize(
    "text,part,share",
    [
        (
            LEAD + "Copper led, worth $3.10 billion, which is 48.4 percent of total shipments.",
            "$3.10 billion",
            "48.4 percent",
        ),
        (
            LEAD + "Tin came second at $410.5 million (6.4 percent of total).",
            "$410.5 million",
            "6.4 percent",
        ),
    ],
)
def test_the_share_of_the_total_before(text, part, share):
    assert roles_by_name(text, "share") == [
        {"part": part, "whole": "$6.40 billion", "share": share}
    ]


@pytest.mark.parametrize("total", ["of the total", "of total"])
def test_parts_in_a_row_each_share_the_total_before(total):
    text = (
        LEAD + f"Tin came second at $410.5 million (6.4 percent {total}), and zinc third at"
        f" $390.2 million (6.1 percent {total})."
    )
    wholes = {r["part"]: r["whole"] for r in roles_by_name(text, "share")}
    assert wholes == {"$410.5 million": "$6.40 billion", "$390.2 million": "$6.40 billion"}


def test_a_relative_clause_comparing_is_no_share():
    text = "Zinc shipments were $390.2 million, which is 5 percent more than in February."
    assert roles_by_name(text, "share") == []


@pytest.mark.parametrize(
    "text,rate",
    [
        (
            "Sales grew, by 15pc, climbing to $902.7 million against $785 million a year before.",
            "15%",
        ),
        ("Sales fell, by 5%, to $745 million from $785 million.", "-5%"),
    ],
)
def test_a_comma_before_by_keeps_the_rate_the_changes(text, rate):
    [growth] = roles_by_name(text, "growth")
    assert growth["rate"] == rate


def test_a_list_of_parts_going_on_shares_the_whole_of_the_sentence_before():
    text = (
        "Trade came to $14.8 billion. Imports in May came to $9.40 billion. The largest import"
        " was grain, with a bill of $2.10 billion or 22.3 percent of the total. Next came"
        " fuel at $1.75 billion (18.6 percent of total)."
    )
    wholes = {r["part"]: r["whole"] for r in roles_by_name(text, "share")}
    assert wholes == {"$2.10 billion": "$9.40 billion", "$1.75 billion": "$9.40 billion"}


def test_two_parts_in_turn_share_the_total_not_each_other():
    text = (
        "Total export sales in June came to $7.20 billion. Copper was the top export, earning"
        " $3.60 billion, or 50 percent of total exports. The top export market was Peru, with"
        " $1.44 billion, or 20 percent of total exports."
    )
    wholes = {r["part"]: r["whole"] for r in roles_by_name(text, "share")}
    assert wholes == {"$3.60 billion": "$7.20 billion", "$1.44 billion": "$7.20 billion"}


def test_a_part_and_its_share_amid_other_figures_of_the_sentence():
    text = (
        "Purchases in June reached $9.60 billion. Fuel made up the largest category at $2.40"
        " billion, or 25 percent of total purchases, followed by grain at $1.20 billion."
    )
    assert roles_by_name(text, "share") == [
        {"part": "$2.40 billion", "whole": "$9.60 billion", "share": "25 percent"}
    ]


def test_shares_of_gdp_of_a_revised_figure_and_its_estimate_are_of_two_gdps():
    text = (
        "Outlays for 2024 have been revised upwards to $41.2 billion, equal to 22.5% of GDP,"
        " from an original allocation of $39.9 billion or 21.4% of GDP."
    )
    assert roles_by_name(text, "shares_of_one_whole") == []
