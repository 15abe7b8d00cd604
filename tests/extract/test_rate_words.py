"""Rates named by more of news's words: "a gain of 20%" after an up-from pair, "widened 12% to
E from S" for a deficit, "tumbled", "soared", and a year's total told per day "last year" or
as "an average of N a day". Each snippet is checked end to end; the slips show the rate is
tied to the right figures, not merely found."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

SNIPPETS = {
    "added_rate_to_versus_previously": (
        "Cocoa exports added 2.5 per cent to 820,000 tonnes versus 800,000 tonnes previously.",
        "consistent",
    ),
    "added_rate_to_versus_previously_slip": (
        "Cocoa exports added 2.5 per cent to 82 million tonnes versus 800,000 tonnes previously.",
        "inconsistent",
    ),
    "gain_of_after_up_from_ok": (
        "Bicycle sales reached 4.2 million units, up from 3.5 million units, a gain of 20%.",
        "consistent",
    ),
    "gain_of_after_up_from_slip": (
        "Bicycle sales reached 4.2 million units, up from 3.5 million units, a gain of 30%.",
        "inconsistent",
    ),
    "jump_of_after_rose_to_from": (
        "Ferry passengers rose to 960,000 from 800,000, a jump of 35%.",
        "inconsistent",
    ),
    "deficit_widened_rate_to_from": (
        "The deficit widened 25% to 45 billion euros from 40 billion euros.",
        "inconsistent",
    ),
    "deficit_widened_rate_to_from_ok": (
        "The deficit widened 12.5% to 45 billion euros from 40 billion euros.",
        "consistent",
    ),
    "shares_tumbled": ("The stock tumbled 20% to 8 dollars from 10 dollars.", "consistent"),
    "shares_plummeted_slip": (
        "The stock plummeted 40% to 8 dollars from 10 dollars.",
        "inconsistent",
    ),
    "output_soared": ("Honey output soared 25% to 500 tonnes from 400 tonnes.", "consistent"),
    # "increased" ends in "eased" and "increasing" in "easing": neither is a fall
    "increased_compared_with": (
        "Visitors to the museum increased by 15 per cent to 230,000, compared with 200,000.",
        "consistent",
    ),
    "increased_from_to": (
        "Fee income increased 25%, from 8 million pounds to 10 million pounds.",
        "consistent",
    ),
    "increasing_against": (
        "Rents are increasing by 10% to 1,650 dollars, against 1,500 dollars a year ago.",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_rate_words(tmp_path, name):
    text, verdict = SNIPPETS[name]
    assert_relation_verdict(tmp_path, name, text, "growth", verdict)


PER_DAY = {
    "last_year_a_day_ok": (
        "Published: 2024-06-10\n\nThe airport handled 21.9 million passengers last year, "
        "about 60,000 a day.",
        "consistent",
    ),
    "last_year_a_day_slip": (
        "Published: 2024-06-10\n\nThe airport handled 21.9 million passengers last year, "
        "about 70,000 a day.",
        "inconsistent",
    ),
    "an_average_of_a_day_slip": (
        "The depot shipped 18,250 tonnes in 2019, an average of 60 tonnes a day.",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(PER_DAY))
def test_a_year_told_per_day(tmp_path, name):
    text, verdict = PER_DAY[name]
    assert_relation_verdict(tmp_path, name, text, "per_day", verdict)


def test_a_cut_with_its_object_before_by_is_a_fall(tmp_path):
    text = "The central bank cut rates by 0.25 percentage points to 4.25% from 4.5%."
    assert_relation_verdict(tmp_path, "cut_rates_by", text, "pp_change", "consistent")
    slip = "The central bank trimmed its main rate by 0.5 percentage points to 4.25% from 4.5%."
    assert_relation_verdict(tmp_path, "trimmed_by", slip, "pp_change", "inconsistent")


def test_a_part_restated_as_a_fraction_is_one_part():
    from audit.extract import extract_claims

    text = "Of the 1,200 applicants, 300, or a quarter, were accepted."
    assert not [r for r in extract_claims(text)["relations"] if r["kind"] == "sum"]


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        # the verb's rate after "at a ... rate of"
        (
            "Tea exports rose at a steady rate of 4.8 percent to $2.62 billion, compared to"
            " $2.50 billion a year earlier.",
            "4.8 percent",
        ),
        # "higher" / "lower" right after the rate say it is the pair's change
        ("Mill output was 2.6 per cent higher at 31,900 tonnes from 31,090.", "2.6 per cent"),
        ("Mill output was 2.6 per cent lower at 31,090 tonnes from 31,920.", "-2.6 per cent"),
    ],
)
def test_the_rate_of_a_pair_read_from_the_words_around_it(sentence, rate):
    assert [g.get("rate") for g in roles_by_name(sentence, "growth")] == [rate]


def test_a_span_between_the_verb_and_its_by_keeps_the_rate_the_pairs():
    sentence = (
        "Loans increased over the period under review by 25% to $5.0 billion from $4.0 billion."
    )
    assert roles_by_name(sentence, "growth") == [
        {"start": "$4.0 billion", "end": "$5.0 billion", "rate": "25%"}
    ]
