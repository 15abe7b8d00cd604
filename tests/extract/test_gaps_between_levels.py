"""A level, its gap to another level and that level in one sentence: "Roads get A, about C
more than water's B" (A = B + C), "... C less than B" (B = A + C); and a change of a level
its verb's object names: "cut spending by C from S to E" (E = S - C)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict

HEAD = "Published: 2024-06-14\n\nBudget\n\n"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Roads get Shs 2.9 trillion, about Shs 600 billion more than water's Shs 2.3 trillion.",
            "consistent",
        ),
        (
            "Roads get Shs 2.9 trillion, about Shs 800 billion more than water's Shs 2.3 trillion.",
            "inconsistent",
        ),
        (
            "Exports of $4.1 billion were $900 million more than imports of $3.2 billion.",
            "consistent",
        ),
        (
            "Exports of $4.1 billion were $600 million more than imports of $3.2 billion.",
            "inconsistent",
        ),
        (
            "The council cut spending by $40 million from $910 million to $870 million.",
            "consistent",
        ),
        (
            "The council cut spending by $60 million from $910 million to $870 million.",
            "inconsistent",
        ),
        ("The city raised the levy by $12 million from $88 million to $100 million.", "consistent"),
    ],
)
def test_the_gap_between_two_levels_is_checked(tmp_path, text, verdict):
    assert_relation_verdict(tmp_path, "budget", HEAD + text, "sum", verdict)
