"""A rate written before its noun ("a 15.7% decrease") after the level it is the growth of,
and a series written year by year, where each item's growth starts at the item before it."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, audit_snippet, roles_by_name

SERIES = (
    "Visitors to the Marrow Caves numbered 84.0 million in 2021, a 12.0% increase; in 2022, "
    "they were 73.5 million, a {first} decrease; in 2023, they were 80.1 million, a {second} "
    "increase."
)


def _growths(text: str) -> list[dict]:
    return roles_by_name(text, "growth")


def test_a_fall_written_before_its_noun_is_the_levels_growth_with_a_minus_sign():
    text = "Harbour dues at Kelsby came to 318.0 million euros, a 4.2% drop from a year earlier."
    assert _growths(text) == [{"end": "318.0 million euros", "rate": "-4.2%"}]


def test_a_rise_before_its_noun_takes_the_start_written_after_from(tmp_path):
    text = "Tram riders in Ostvik rose to 46.2 million, a 10% rise from 42.0 million."
    assert _growths(text) == [{"end": "46.2 million", "rate": "10%", "start": "42.0 million"}]
    assert_relation_verdict(tmp_path, "ostvik", text, "growth", "consistent")
    wrong = text.replace("10% rise", "14% rise")
    assert_relation_verdict(tmp_path, "ostvik2", wrong, "growth", "inconsistent")


def test_each_series_item_starts_at_the_item_of_the_year_before():
    found = _growths(SERIES.format(first="12.5%", second="9.0%"))
    starts = {g["end"]: g.get("start") for g in found}
    assert starts == {
        "84.0 million": None,
        "73.5 million": "84.0 million",
        "80.1 million": "73.5 million",
    }


def test_a_series_item_whose_rate_the_item_before_does_not_give_is_flagged(tmp_path):
    held = audit_snippet(tmp_path, "caves", SERIES.format(first="12.5%", second="9.0%"))
    assert sorted(f.status for f in held if f.kind == "growth") == [
        "consistent",
        "consistent",
        "unverifiable",  # the first item's start (2020) is not written
    ]
    flagged = audit_snippet(tmp_path, "caves2", SERIES.format(first="10.5%", second="9.0%"))
    assert sorted(f.status for f in flagged if f.kind == "growth") == [
        "consistent",
        "inconsistent",
        "unverifiable",
    ]


def test_a_series_may_run_on_into_the_next_sentence_at_low_confidence():
    text = (
        "In 2022, land sales in Corvale were 792.2 billion euros, a 29.5% decrease. "
        "In 2023, they were 562.7 billion euros, a 29% decrease."
    )
    drafted = [r for r in _growths(text) if "start" in r]
    assert drafted == [
        {"start": "792.2 billion euros", "end": "562.7 billion euros", "rate": "-29%"}
    ]
    linked = extract_claims(text, "corvale")["relations"]
    assert [r["confidence"] for r in linked if "start" in r["roles"]] == ["low"]


@pytest.mark.parametrize(
    "text",
    (
        # a year left out: 2020 and 2022 are not consecutive
        "Visitors numbered 84.0 million in 2020;in 2022, they were 73.5 million, a 12.5% decrease.",
        # another metric, named: not the same series
        "Visitors numbered 84.0 million in 2021;"
        "in 2022, cave tours were 73.5 million, a 12.5% decrease.",
        # another unit
        "Fees came to 84.0 million crowns in 2021;"
        "in 2022, visitors were 73.5 million, a 12.5% decrease.",
        # the rate is on another base than the year before
        "Visitors numbered 84.0 million in 2021;"
        "in 2022, they were 73.5 million, a 12.5% decrease from 2019.",
    ),
)
def test_items_the_words_do_not_make_consecutive_in_one_series_are_not_linked(text):
    assert all("start" not in g for g in _growths(text))


def test_a_months_item_does_not_start_at_the_month_before():
    # a monthly rate is as often on the same month a year earlier: the words do not say
    text = (
        "Orders at Feldane were 5.0 million in March 2023; in April 2023, they were 6.0 million, "
        "a 20% increase."
    )
    assert all("start" not in g for g in _growths(text))
