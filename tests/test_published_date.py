"""The publication date read from the top of an article: the first date written there."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.extract.metadata import _DMY, _MDY, _ending_in_a_year, find_published


def test_the_first_date_near_the_top_wins_whatever_its_form() -> None:
    text = "Harbour town marks a record season\nLakeshire, 4 March 2021 - updated 2021-03-05\n"
    assert find_published(text) == "2021-03-04"
    assert find_published("Posted on Sept. 9, 2019, after the 2018 vote.") == "2019-09-09"
    assert find_published("The 2019 budget and the 2020 one.") is None


def test_a_date_field_with_a_year_or_a_month_only_still_dates_the_article() -> None:
    assert find_published("source: https://example.org/a | date: 2011 (print)\nTitle\n") == "2011"
    assert find_published("published: 2017-06\nCanal traffic doubles\n") == "2017-06"
    # A year in the prose is no date field, and a field's full date still wins.
    assert find_published("Title\n\nThe date: 2011 was a bad one.\n") is None
    assert find_published("date: 2011 | updated: 2011-05-06\n") == "2011-05-06"


# Tokens that make dates, near-dates and years next to each other.
_TOKENS = st.sampled_from(
    [
        "March",
        "Sept.",
        "june",
        "4",
        "31",
        "07",
        ",",
        " ",
        "  ",
        "\n",
        "2019",
        "2020",
        "1999",
        "20201",
        "x",
        "in",
        ".",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, max_size=14).map("".join))
def test_reading_dates_by_their_years_finds_what_a_whole_search_finds(head: str) -> None:
    for pattern in (_MDY, _DMY):
        expected = pattern.search(head)
        found = _ending_in_a_year(pattern, head)
        assert _where(found) == _where(expected), (pattern.pattern[:20], head)


def _where(match: re.Match | None) -> tuple | None:
    return None if match is None else (match.span(), match.groups())
