"""Spelled fractions and multiples read by what they say: a share of a whole, a rate of change,
a multiple, points of a rate, or a period of the year that is no figure at all."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.claims.values import parse_value
from audit.extract import extract_claims, find_quantities
from audit.extract.drafts import draft_claims
from audit.extract.values_out import claim_value
from audit.pipeline import run_check
from tests.extract.snippets import figure_written


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("Half a million fans lined the route.", "Half a million", "500000"),
        ("The fund lost half a billion dollars.", "half a billion dollars", "500000000"),
        ("Some two and a half million tickets went unsold.", "two and a half million", "2500000"),
    ],
)
def test_half_a_million_is_one_number(text, written, value):
    found = figure_written(text, written)
    assert found.value == Decimal(value)
    assert parse_value(claim_value(found)[0]).number == Decimal(value)


def test_a_after_a_whole_number_starts_a_new_one():
    text = "They won two a million times over."
    assert [f.text for f in find_quantities(text)][:1] == ["two"]


def test_a_dozen_after_hundreds_is_a_dozen_of_the_last_number():
    found = figure_written(
        "The crate held three hundred and two dozen eggs.", "three hundred and two dozen"
    )
    assert found.value == Decimal(324)


@pytest.mark.parametrize(
    "text,written,share",
    [
        ("A third of the 600 drivers quit.", "A third", Decimal(100) / 3),
        ("Half of its income comes from rents.", "Half", Decimal(50)),
        ("Two-thirds of tenants backed the strike.", "Two-thirds", Decimal(200) / 3),
        ("Roughly three-quarters of the island is farmland.", "three-quarters", Decimal(75)),
        ("A quarter of pupils walk to school.", "A quarter", Decimal(25)),
        ("Half the branches shut on Sundays.", "Half", Decimal(50)),
        ("A fifth of the budget goes on debt.", "A fifth", Decimal(20)),
        ("Nearly half of last year's profit went on bonuses.", "half", Decimal(50)),
    ],
)
def test_a_fraction_of_something_is_a_share(text, written, share):
    found = figure_written(text, written)
    assert (found.kind, found.unit) == ("percent", "percent")
    assert abs(found.value - share) < Decimal("1e-20")  # the exact fraction, not a rounding
    stated = parse_value(claim_value(found)[0])
    # Written as the fraction ("a third"): a share, in the unit of a plain ratio.
    factor = stated.unit.factor * 100
    assert stated.unit.dimension == "" and stated.lo * factor <= share <= stated.hi * factor
    drafted = extract_claims(text, "x", published="2024-05")["claims"]
    assert [c["value"] for c in drafted if c["value_span"][0] <= text.index(written)]


@pytest.mark.parametrize(
    "text,written,rate",
    [
        ("Ridership fell by a third after the fare rise.", "a third", "a third"),
        ("The council cut its grant by half.", "half", "half"),
        ("Output rose by about a quarter in the spring.", "a quarter", "about a quarter"),
        ("Rents are a fifth higher than in 2019.", "a fifth", "a fifth"),
        ("The harvest shrank a third.", "a third", "a third"),
    ],
)
def test_a_fraction_a_thing_changed_by_is_a_rate(text, written, rate):
    found = figure_written(text, written)
    assert found.kind == "percent"
    assert claim_value(found)[0] == rate
    types = {c.found.text: c.figure_type for c in draft_claims(text, "2024-05").drafts}
    assert types[written] == "rate"


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("Freight grew threefold in a decade.", "threefold", 3),
        ("Police reported a fourfold rise in thefts.", "fourfold", 4),
        ("Prices rose nearly tenfold.", "tenfold", 10),
        ("Demand was five-fold what it had been.", "five-fold", 5),
        ("Shares jumped twentyfold.", "twentyfold", 20),
    ],
)
def test_fold_words_are_multiples(text, written, value):
    found = figure_written(text, written)
    assert (found.kind, found.value) == ("multiple", Decimal(value))
    assert parse_value(claim_value(found)[0]).number == Decimal(value)


def test_a_word_ending_in_fold_is_no_multiple():
    assert find_quantities("The manifold cracked and the blindfold slipped.") == []


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("The bank made a half-point cut in March.", "a half-point", "0.5"),
        ("Rates went up a quarter-point.", "a quarter-point", "0.25"),
        ("The Fed lifted rates by half a percentage point.", "half a percentage point", "0.5"),
        (
            "Yields rose by a quarter of a percentage point.",
            "a quarter of a percentage point",
            "0.25",
        ),
    ],
)
def test_half_and_quarter_points_of_a_rate_are_percentage_points(text, written, value):
    found = figure_written(text, written)
    assert (found.kind, found.value) == ("pp", Decimal(value))
    stated = parse_value(claim_value(found)[0])
    assert stated.unit.name == "percentage_point" and stated.number == Decimal(value)


def test_half_a_point_on_an_index_is_index_points():
    found = figure_written("The index slipped half a point by noon.", "half a point")
    assert (found.kind, found.unit, found.value) == ("measure", "point", Decimal("0.5"))


@pytest.mark.parametrize(
    "text,written",
    [
        ("Sales slowed in the second half of the year.", "half"),
        ("Second-half profit doubled.", "half"),
        ("Orders were flat on a quarter earlier.", "a quarter"),
        ("Margins narrowed from a quarter ago.", "a quarter"),
        ("Half-year revenue reached $2 billion.", "Half-year"),
        ("Output fell over the past three quarters.", "three quarters"),
        ("Growth stalled for two quarters running.", "two quarters"),
        ("Half of 2023 was lost to strikes.", "Half"),
        ("This half the club has won every game.", "half"),
        ("The pier reopened in 1998, or a quarter century ago.", "a quarter"),
        ("Half a century later the foundry shut.", "Half"),
    ],
)
def test_periods_written_with_half_or_quarter_are_no_figures(text, written):
    found = [f for f in find_quantities(text) if f.text == written]
    assert all(f.kind not in ("percent", "number", "pp") for f in found)
    drafted = extract_claims(text, "x", published="2024-05")
    assert all(c["value_span"][0] != text.index(written) for c in drafted["claims"])


@pytest.mark.parametrize(
    "text",
    [
        "A tenth of a second decided the race.",
        "The stadium filled in a quarter of an hour.",
        "Three quarters went to charity.",
    ],
)
def test_a_fraction_of_a_measure_or_alone_stays_a_number(text):
    assert all(f.kind == "number" for f in find_quantities(text))


def _statuses(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    assert not report.errors, report.errors
    return {f.rule: f.status for f in report.findings()}


@pytest.mark.parametrize(
    "text,rule,status",
    [
        (
            "Yields fell by half a percentage point to 3.1% from 3.6%.",
            "pp.change_mismatch",
            "consistent",
        ),
        (
            "Yields fell by half a percentage point to 3.1% from 3.9%.",
            "pp.change_mismatch",
            "inconsistent",
        ),
        ("Half of the 300 nurses, or 150, signed the letter.", "share.mismatch", "consistent"),
        ("Half of the 300 nurses, or 190, signed the letter.", "share.mismatch", "inconsistent"),
        ("A third of its 900 depots, or 300, were sold in 2023.", "share.mismatch", "consistent"),
        (
            "Bus use fell by a quarter to 300,000 from 400,000 trips.",
            "growth.mismatch",
            "consistent",
        ),
        (
            "Bus use fell by a quarter to 300,000 from 500,000 trips.",
            "growth.mismatch",
            "inconsistent",
        ),
        (
            "Freight grew threefold to 900 tonnes from 300 tonnes.",
            "multiple.mismatch",
            "consistent",
        ),
        # A writer rounds to the nearest simple fraction: 35% is "a third", 40% is not.
        ("Orders fell by a third to 130 from 200 a week.", "growth.mismatch", "consistent"),
        ("Orders fell by a third to 120 from 200 a week.", "growth.mismatch", "inconsistent"),
        ("Turnout rose by half to 1,100 from 750 voters.", "growth.mismatch", "consistent"),
        # A figure restated as the fraction it is.
        ("Of the 2,400 entrants, 600, or a quarter, finished.", "share.mismatch", "consistent"),
        ("Of the 2,400 entrants, 800, or a quarter, finished.", "share.mismatch", "inconsistent"),
        (
            "Takings dropped by $40 million, or a third, to $80 million.",
            "change.rate_mismatch",
            "consistent",
        ),
        (
            "Takings dropped by $40 million, or a quarter, to $80 million.",
            "change.rate_mismatch",
            "inconsistent",
        ),
        # "Twice the rate of" reads 'to': 2.8 times is not twice, though 1.8 more would be.
        (
            "Joblessness hit 14.2%, twice the national rate of 5.1%.",
            "multiple.mismatch",
            "inconsistent",
        ),
        (
            "Joblessness hit 14.2%, twice the national rate of 7.1%.",
            "multiple.mismatch",
            "consistent",
        ),
        # A qualified fall keeps its minus sign.
        ("Fares fell about 5% to $19 from $20.", "growth.mismatch", "consistent"),
    ],
)
def test_fractions_and_multiples_are_checked_where_their_figures_are_linked(
    tmp_path, text, rule, status
):
    assert _statuses(tmp_path, text).get(rule) == status
