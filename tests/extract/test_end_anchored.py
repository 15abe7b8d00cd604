"""The end-anchored searches for the noun before a figure start only where no letter precedes:
they find exactly what the same pattern tried from every position finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.extract import context

_LEAD = "(?<![A-Za-z])"
_PIECES = st.sampled_from(
    [
        "total",
        "revenue",
        "of",
        "at",
        "which",
        "grew",
        "added",
        "stood",
        "more",
        "than",
        "a",
        "3-year",
        "’s",
        "ſales",
        "K",
        "x",
        "(",
        ",",
        "  ",
        " ",
        " ",
        "\n",
        "-",
    ]
)


@pytest.mark.parametrize("name", ["_LINK_BEFORE", "_RELATIVE", "_APPOSITION", "_PAREN"])
@given(window=st.lists(_PIECES, max_size=16).map("".join))
def test_a_search_from_word_starts_finds_what_a_search_from_every_position_finds(name, window):
    pattern = getattr(context, name)
    assert pattern.pattern.startswith(_LEAD)
    everywhere = re.compile(pattern.pattern.removeprefix(_LEAD), pattern.flags)
    ours, theirs = pattern.search(window), everywhere.search(window)
    assert (ours and (ours.span(), ours["np"])) == (theirs and (theirs.span(), theirs["np"]))


def test_a_phrase_that_starts_inside_a_longer_run_of_words_is_still_found_whole():
    window = "after the 3-year plan, operating revenue of "
    assert context._LINK_BEFORE.search(window)["np"] == "operating revenue"
    assert context._LINK_BEFORE.search("the 3-year plan of ")["np"] == "year plan"
