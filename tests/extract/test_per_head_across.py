"""A per-person figure alone in its sentence ("Each visitor spent an average of $85") whose
total and count the sentences before state: the one total in its currency and the one count
of people there. A guess, so low confidence; where the sentences hold two totals or two counts,
nothing is linked."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_written

OK = (
    "The fair drew 40,000 visitors over the weekend. Their spending came to 3.4 million "
    "dollars. Each visitor spent an average of 85 dollars."
)


def _per_heads(text: str) -> list[tuple]:
    return roles_written(text, "per_capita", ("total", "count", "per_capita"))


def test_the_total_and_count_come_from_the_sentences_before():
    assert _per_heads(OK) == [("3.4 million dollars", "40,000 visitors", "85 dollars", "low")]


def test_a_slipped_average_fails(tmp_path):
    assert_relation_verdict(tmp_path, "fair", OK, "per_capita", "consistent")
    slip = OK.replace("85 dollars", "95 dollars")
    assert_relation_verdict(tmp_path, "fair_slip", slip, "per_capita", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        "The fair drew 40,000 visitors. Food stalls took 1.4 million dollars and rides 2 million "
        "dollars. Each visitor spent an average of 85 dollars.",
        "The fair drew 40,000 visitors on Saturday and 35,000 on Sunday. Their spending came to "
        "3.4 million dollars. Each visitor spent an average of 85 dollars.",
        "The fair drew 40,000 visitors. Their spending came to 3.4 million euros. "
        "Each visitor spent an average of 85 dollars.",
    ],
)
def test_no_link_where_the_sentences_hold_no_single_total_and_count(text):
    assert _per_heads(text) == []


def test_a_total_the_headline_states_again_is_one_total():
    text = (
        "Harvest fair takes 3.4 million dollars\n\n"
        "The fair drew 40,000 visitors over the weekend and took 3.4 million dollars.\n\n"
        "The average spending per visitor was 85 dollars.\n"
    )
    assert _per_heads(text) == [("3.4 million dollars", "40,000 visitors", "85 dollars", "low")]
