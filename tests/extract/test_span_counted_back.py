"""A cumulative change over years counted back ("over the past five years", "in the last
decade") against its yearly average: the span's length comes from the words, its end from the
figures' year or the year of publication."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from audit.extract.phrasing import PhrasingError, translate
from tests.extract.snippets import assert_relation_verdict

DATED = "Published: 2024-06-10\n\n"

SNIPPETS = {
    "five_years_ok": ("Ridership climbed 40% over the past five years, an average of 7% a year.",),
    "five_years_slip": (
        "Ridership climbed 40% over the past five years, an average of 9% a year.",
    ),
    "decade_fall_ok": ("Farm incomes fell 30 percent in the last decade, or 3.5 percent a year.",),
    "decade_fall_slip": (
        "Farm incomes fell 30 percent in the last decade, or 1.5 percent a year.",
    ),
    "digits_ok": ("Rents rose 34% over the past 6 years, or 5% a year.",),
}
VERDICTS = {
    "five_years_ok": "consistent",
    "five_years_slip": "inconsistent",
    "decade_fall_ok": "consistent",
    "decade_fall_slip": "inconsistent",
    "digits_ok": "consistent",
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_span_counted_back(tmp_path, name):
    (text,) = SNIPPETS[name]
    assert_relation_verdict(tmp_path, name, DATED + text, "cagr_cumulative", VERDICTS[name])


def test_the_span_ends_in_the_year_of_publication_and_lasts_as_written():
    data = extract_claims(DATED + SNIPPETS["five_years_ok"][0])
    (relation,) = [r for r in data["relations"] if r["kind"] == "cagr_cumulative"]
    assert relation["period"] == "2019/2024"


def test_without_a_year_to_count_back_from_there_is_no_span():
    data = extract_claims(SNIPPETS["five_years_ok"][0])
    assert not [r for r in data["relations"] if r["kind"] == "cagr_cumulative"]


def test_a_pattern_gives_one_span():
    with pytest.raises(PhrasingError, match="span"):
        translate("{rate:change} over the past {span} and {span}")
