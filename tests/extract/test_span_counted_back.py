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


def test_without_a_year_to_count_back_from_the_span_keeps_its_length():
    data = extract_claims(SNIPPETS["five_years_ok"][0])
    (relation,) = [r for r in data["relations"] if r["kind"] == "cagr_cumulative"]
    assert "period" not in relation
    assert relation["roles"]["years"] == {"value": "5 years"}


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Over the past six years, ridership has grown from 41,200 to 55,300 trips a day, an "
         "average annual increase of 5.0 percent.", "consistent"),
        ("Over the past six years, ridership has grown from 41,200 to 55,300 trips a day, an "
         "average annual increase of 6.0 percent.", "inconsistent"),
        ("Ridership grew 34% in the last 6 years, or 5% a year.", "consistent"),
        ("Ridership grew 34% in the last 6 years, or 7% a year.", "inconsistent"),
    ],
)  # fmt: skip
def test_an_undated_span_is_checked_over_its_stated_length(tmp_path, sentence, verdict):
    kind = "cagr" if "from" in sentence else "cagr_cumulative"
    assert_relation_verdict(tmp_path, "undated", sentence, kind, verdict)


def test_two_lengths_in_one_sentence_give_no_length():
    text = (
        "Over the past six years fares have risen from 2.10 to 2.80 pounds, an average annual "
        "increase of 4.9 percent, after falling over the previous three years."
    )
    (relation,) = [r for r in extract_claims(text)["relations"] if r["kind"] == "cagr"]
    assert "years" not in relation["roles"]


def test_a_pattern_gives_one_span():
    with pytest.raises(PhrasingError, match="span"):
        translate("{rate:change} over the past {span} and {span}")
