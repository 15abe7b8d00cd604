"""A level of a full year is no start of a part-year's growth: "From January to June, revenue
climbed 12% to T. Last year, revenue reached S" sets a half-year against a year, and "Q1 sales
rose 8% to T, on track to beat last year's record of S" a quarter against one. Levels of the same
length of time still link ("last year ... the previous year's S"). Audited end to end."""

from __future__ import annotations

import pytest

from tests.extract.snippets import (
    assert_near_miss,
    assert_relation_verdict,
)

SNIPPETS = {
    # The same length of time: the previous year's level starts last year's growth.
    "year_from_previous_year_ok": (
        "Orvane's revenue climbed 12.00 percent to 45.20 billion yuan last year. The previous "
        "year's revenue of the firm, 40.36 billion yuan, was a record.",
        "growth",
        "consistent",
    ),
    "year_from_previous_year_slip": (
        "Orvane's revenue climbed 12.00 percent to 45.20 billion yuan last year. The previous "
        "year's revenue of the firm, 38.00 billion yuan, was a record.",
        "growth",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", SNIPPETS)
def test_snippet_verdict(tmp_path, name):
    text, kind, verdict = SNIPPETS[name]
    assert_relation_verdict(tmp_path, name, text, kind, verdict)


NONE = {
    "half_year_against_last_year": (
        "From January to June, Orvane's revenue climbed 12.00 percent year on year to 45.20 "
        "billion yuan. Last year, the revenue of the firm reached 80.10 billion yuan.",
        "growth",
    ),
    "quarter_against_last_years_record": (
        "Sales in the first quarter rose 8 percent to 2.1 billion yuan, on track to beat last "
        "year's record of nearly 8 billion yuan.",
        "growth",
    ),
    "half_against_last_years_record": (
        "Halvery's fiscal revenue grew 20.5 percent year-on-year to 1.3 trillion yuan in the first"
        " half of the year. This puts the county well on track to break last year's record high of"
        " nearly 2 trillion yuan.",
        "growth",
    ),
}


@pytest.mark.parametrize("name", NONE)
def test_near_miss_links_nothing(tmp_path, name):
    text, kind = NONE[name]
    assert_near_miss(tmp_path, name, text, kind)


def test_a_span_opening_the_sentence_is_the_figures_own_period():
    # "From January to June, ..." at the head of a sentence: capitalized, still a span, not a base.
    from audit.extract.periods_in_text import Anchor, period_near

    text = "From January to June, revenue climbed 12 percent to 45.2 billion yuan."
    start = text.index("45.2")
    assert period_near(text, start, start + 15, Anchor(published=(2024, 8))) == "2024-01/2024-06"
