"""A change stated before the two levels it is the change between: "Reserves declined by C
last week and stood at E on 9 May, compared to S on 2 May" (E = S - C), and a change whose
sentence goes on to a threshold, not a level ("decreased by C to dip below the $9 billion
mark"), with its levels in the next sentence."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict

HEAD = "Published: 2024-05-10\n\nReserves slip\n\n"


@pytest.mark.parametrize(
    ("change", "verdict"), [("$310 million", "consistent"), ("$130 million", "inconsistent")]
)
def test_a_change_then_its_two_levels_in_one_sentence(tmp_path, change, verdict):
    text = (
        HEAD + f"Liquid reserves held by Tarn have declined by {change} during last week and "
        "stood at $12.440 billion on May 9, compared to $12.750 billion on May 2."
    )
    assert_relation_verdict(tmp_path, "reserves", text, "sum", verdict)


@pytest.mark.parametrize(
    ("change", "verdict"), [("$160 million", "consistent"), ("$610 million", "inconsistent")]
)
def test_a_change_to_a_threshold_takes_the_levels_of_the_next_sentence(tmp_path, change, verdict):
    text = (
        HEAD + f"In the week under review, the central bank's reserves decreased by {change} to "
        "dip below the $9 billion mark.\n\nThe central bank's reserves fell to $8.93 billion at "
        "the end of the week, down from $9.09 billion a week earlier."
    )
    assert_relation_verdict(tmp_path, "bank", text, "sum", verdict)
