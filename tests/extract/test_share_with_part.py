"""A whole, then its part in a clause on "with", then the part's share: "consumption reached
T, with industry using P, or S percent" (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

HEAD = "Power\n\nDate: 2024-06-10\n\n"


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Water use in Calder reached 812 million cubic metres, with farms drawing 503 million "
         "cubic metres, or 61.9 percent.", "consistent"),
        ("Water use in Calder reached 812 million cubic metres, with farms drawing 503 million "
         "cubic metres, or 66.9 percent.", "inconsistent"),
        ("Sales at Fenwick rose to 4.40 billion pesos, with online orders bringing in 1.21 "
         "billion pesos, or 27.5 percent.", "consistent"),
    ],
)  # fmt: skip
def test_a_part_on_with_and_its_share(tmp_path, sentence, verdict):
    assert_relation_verdict(tmp_path, "power", HEAD + sentence + "\n", "share", verdict)


@pytest.mark.parametrize(
    "sentence",
    [
        # the other side of a balance
        "Exports rose to 3.2 billion dollars, with imports at 2.9 billion dollars, or 12 percent.",
        # a share of something else after the part
        "Water use in Calder reached 812 million cubic metres, with farms drawing 503 million "
        "cubic metres, or 61.9 percent more than in 2010.",
    ],
)
def test_a_with_clause_that_is_no_part_is_not_a_share(sentence):
    assert roles_by_name(HEAD + sentence + "\n", "share") == []
