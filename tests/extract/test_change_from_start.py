"""A level with its changes from two bases: "E, up C1, or R1%, from its June forecast and up
C2, or R2%, from S in 2023". Each change is checked against its rate (R is C over E - C); a
base that is a forecast leaves the figures facts; the stated start must be E less its change."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, roles_by_name

HEAD = "Published: 2024-12-10\n\nHarvest estimate raised\n\n"
HARVEST = (
    "The bureau put the 2024 barley crop at 8,200,000 tonnes, up 300,000 tonnes, or 3.8%, from "
    "its August forecast and up 900,000 tonnes, or 12.3%, from {start} tonnes in 2023."
)


def test_each_change_of_the_level_is_checked_against_its_rate():
    changes = roles_by_name(HEAD + HARVEST.format(start="7,300,000"), "change")
    assert changes == [
        {"end": "8,200,000 tonnes", "change": "300,000 tonnes", "rate": "3.8%"},
        {"end": "8,200,000 tonnes", "change": "900,000 tonnes", "rate": "12.3%"},
    ]


@pytest.mark.parametrize(
    ("start", "verdict"), [("7,300,000", "consistent"), ("7,600,000", "inconsistent")]
)
def test_the_start_after_from_is_the_level_less_its_change(tmp_path, start, verdict):
    text = HEAD + HARVEST.format(start=start)
    assert_relation_verdict(tmp_path, "barley", text, "sum", verdict)


def test_a_fall_from_a_start_adds_its_signed_change(tmp_path):
    text = HEAD + "Oat stocks fell to 4,100 tonnes, down 700 tonnes, or 14.6%, from 4,800 tonnes."
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    sums = [r["roles"] for r in drafted["relations"] if r["kind"] == "sum"]
    assert [
        (values[s["total"]], [values[p] if isinstance(p, str) else p["value"] for p in s["parts"]])
        for s in sums
    ] == [("4,100 tonnes", ["4,800 tonnes", "-700 tonnes"])]
    assert_relation_verdict(tmp_path, "oats", text.replace("4,800", "5,800"), "sum", "inconsistent")


def test_a_change_from_a_forecast_is_stated_as_fact():
    text = (
        HEAD + "The bureau put the crop at 8,200,000 tonnes, up 300,000 tonnes, or 3.8%, from its "
        "August forecast."
    )
    assert {c["status"] for c in extract_claims(text, "x")["claims"]} == {"fact"}


INDEX = (
    "The rent index for June stood at 208.4, an increase of 3.1 index points or a percentage "
    "of 1.5 compared with May, for which the index was {start}."
)


def test_an_index_change_in_points_and_a_percentage_of_r_is_checked():
    changes = roles_by_name(HEAD + INDEX.format(start="205.3"), "change")
    assert changes == [{"end": "208.4", "change": "3.1 point", "rate": "1.5 percent"}]


@pytest.mark.parametrize(("start", "verdict"), [("205.3", "consistent"), ("204", "inconsistent")])
def test_a_start_named_after_its_period_is_the_level_less_its_change(tmp_path, start, verdict):
    assert_relation_verdict(tmp_path, "rents", HEAD + INDEX.format(start=start), "sum", verdict)


@pytest.mark.parametrize(
    "after",
    [
        "from March, when it stood at 44,300",
        "compared with March, for which the figure was 44,300",
    ],
)
def test_a_fall_from_a_period_and_its_level_adds_its_signed_change(tmp_path, after):
    text = HEAD + f"Claims fell to 41,200, down 3,100 or 7.0 percent {after}."
    assert_relation_verdict(tmp_path, "claims", text, "sum", "consistent")


def test_a_level_of_another_thing_in_the_period_is_no_start():
    text = (
        HEAD + "Claims fell to 41,200, down 3,100 or 7.0 percent from March, when 900 firms closed."
    )
    assert [r for r in extract_claims(text, "x")["relations"] if r["kind"] == "sum"] == []


@pytest.mark.parametrize(("rate", "verdict"), [("20", "consistent"), ("0.14", "inconsistent")])
@pytest.mark.parametrize("owner", ["the last season's", "the last seasons"])
def test_a_base_named_as_last_years_exports_of_s_is_the_start(tmp_path, rate, verdict, owner):
    # the apostrophe is often left out of a period's possessive
    text = HEAD + (
        "The estate sent 0.84 million tonnes of tea abroad this season compared to "
        f"{owner} exports of 0.70 million tonnes, a growth of {rate} per cent.\n"
    )
    assert_relation_verdict(tmp_path, "tea", text, "growth", verdict)


@pytest.mark.parametrize(("rate", "verdict"), [("8.54", "consistent"), ("6.54", "inconsistent")])
def test_as_against_sets_a_level_against_its_earlier_one(tmp_path, rate, verdict):
    text = HEAD + (
        "Steel deliveries stood at 48.30 million tonnes as against 44.50 million tonnes (both "
        f"running totals) for the season, showing an {rate}-per cent increase.\n"
    )
    assert_relation_verdict(tmp_path, "steel", text, "growth", verdict)


def test_a_flow_after_compared_with_is_another_flow_without_a_possessive():
    text = HEAD + "Exports were $4.1 billion compared with imports of $3.2 billion.\n"
    assert roles_by_name(text, "growth") == []


@pytest.mark.parametrize(("rate", "verdict"), [("2.10", "consistent"), ("3.10", "inconsistent")])
def test_the_exports_of_s_after_compared_to_are_the_same_flows_start(tmp_path, rate, verdict):
    text = HEAD + (
        "In all 48,210 tonnes of towels left the country over the season, as compared to the "
        f"exports of 47,218 tonnes, registering an increase of {rate} percent.\n"
    )
    assert_relation_verdict(tmp_path, "towels", text, "growth", verdict)


@pytest.mark.parametrize(("rate", "verdict"), [("14", "consistent"), ("20", "inconsistent")])
def test_as_against_after_the_ends_own_words(tmp_path, rate, verdict):
    text = HEAD + (
        "Officers logged 388 thefts for 2023 as against 452 for the same months a year before, "
        f"representing a {rate} per cent drop.\n"
    )
    assert_relation_verdict(tmp_path, "thefts", text, "growth", verdict)
