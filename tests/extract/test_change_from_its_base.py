"""A change and its rate measured from a stated earlier value, the later value unstated:
"Exports rose by $2.1 billion, or 8.4%, from $25.0 billion a year earlier" (R = C / S)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

HEAD = "Published: 2024-03-01\n\nTrade\n\n"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Exports rose by $2.1 billion, or 8.4%, from $25.0 billion a year earlier.", "consistent"),
        (
            "Exports rose by $2.1 billion, or 7.8%, from $25.0 billion a year earlier.",
            "inconsistent",
        ),
        ("Imports fell by $1.5 billion, or 6%, from $25.0 billion.", "consistent"),
        ("Imports fell by $1.5 billion, or 4%, from $25.0 billion.", "inconsistent"),
        # the base named as a figure of its own: "over the 2022 figure of S"
        (
            "The plan is an increase of $3.6 billion or 12.0 per cent over the 2022 figure of "
            "$30.0 billion.",
            "consistent",
        ),
        # 10.7% is the increase over the new total (3.6 / 33.6): the slip of the wrong base
        (
            "The plan is an increase of $3.6 billion or 10.7 per cent over the 2022 figure of "
            "$30.0 billion.",
            "inconsistent",
        ),
        ("Sales rose by $12 million, or 8%, from last year's level of $150 million.", "consistent"),
    ],
)
def test_a_change_and_its_rate_are_checked_against_the_stated_base(tmp_path, text, verdict):
    assert_relation_verdict(tmp_path, "trade", HEAD + text, "change_from", verdict)


def test_with_the_later_value_stated_the_change_is_of_that_value(tmp_path):
    text = HEAD + "Exports reached $27.1 billion, up by $2.1 billion, or 8.4%, from $25.0 billion."
    assert_relation_verdict(tmp_path, "trade", text, "change", "consistent")


@pytest.mark.parametrize(("rate", "verdict"), [("24%", "consistent"), ("30%", "inconsistent")])
def test_a_further_change_is_measured_from_the_level_just_stated(tmp_path, rate, verdict):
    text = (
        HEAD + f"Fees reached £2.5bn in 2023, and will grow by a further £600m, or {rate}, in 2024."
    )
    assert_relation_verdict(tmp_path, "fees", text, "change_from", verdict)


def test_a_further_change_of_another_subject_links_nothing():
    text = HEAD + "Fees reached £2.5bn in 2023, while costs will grow by a further £600m, or 24%."
    assert roles_by_name(text, "change_from") == []


def test_over_a_span_is_no_base():
    text = HEAD + "Sales rose by $12 million, or 8%, over 2 years of $150 million in orders."
    assert roles_by_name(text, "change_from") == []
