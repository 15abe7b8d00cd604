"""An amount restated in another currency in brackets ("3.2 trillion yuan (463 billion
dollars)") is still the part a share after it measures: the restatement is not what the share
follows."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_written

TOTAL = "Larsland's goods trade rose 5.0 percent to 12.80 trillion yuan in the first half. "


def _shares(text: str) -> list[tuple]:
    return roles_written(text, "share", ("part", "whole"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade with the Lakeland bloc reached 3.20 trillion yuan (463 billion U.S. dollars), "
        "up 6.5 percent, accounting for 25.0 percent of the total.",
        "Trade with the Lakeland bloc reached 3.20 trillion yuan, up 6.5 percent, "
        "accounting for 25.0 percent of the total.",
    ],
)
def test_a_share_after_a_restated_part_takes_the_part(sentence):
    assert _shares(TOTAL + sentence) == [("3.20 trillion yuan", "12.80 trillion yuan", "low")]


def test_the_part_of_a_named_whole_may_be_restated_in_brackets():
    text = (
        TOTAL + "The 1.28 trillion yuan (185 billion U.S. dollars) contribution of small private "
        "firms accounted for 10.0 percent of the goods trade."
    )
    assert _shares(text) == [("1.28 trillion yuan", "12.80 trillion yuan", "low")]


def test_a_slipped_share_after_a_restated_part_fails(tmp_path):
    text = TOTAL + (
        "Trade with the Lakeland bloc reached 3.20 trillion yuan (463 billion U.S. dollars), "
        "up 6.5 percent, accounting for 28.0 percent of the total."
    )
    assert_relation_verdict(tmp_path, "bloc", text, "share", "inconsistent")
