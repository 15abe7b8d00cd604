"""A total naming both its parts ("Imports and exports reached T") and, in later sentences,
each part (T = A + B); a change of the two ("rose C") is no level they add up to."""

from __future__ import annotations

import pytest

from tests.extract.snippets import totals_and_parts

HEAD = "Title\n\n"


def test_the_parts_named_by_the_total_add_up_to_it():
    text = HEAD + (
        "Imports and exports reached $9.2 billion in May. Exports totalled $5.0 billion. "
        "Imports came to $4.2 billion.\n"
    )
    assert [(t, sorted(p)) for t, p, _ in totals_and_parts(text, "sum")] == [
        ("$9.2 billion", ["$4.2 billion", "$5.0 billion"])
    ]


@pytest.mark.parametrize(
    "first",
    [
        "Imports and exports rose $0.9 billion in May.",
        "The goods and services deficit increased $1.9 billion in May.",
        "May saw an increase in imports and exports of $0.9 billion.",
    ],
)
def test_a_change_of_the_two_is_no_total_of_their_levels(first):
    text = HEAD + f"{first} Exports totalled $5.0 billion. Imports came to $4.2 billion.\n"
    assert totals_and_parts(text, "sum") == []
