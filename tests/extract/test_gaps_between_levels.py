"""A level, its gap to another level and that level in one sentence: "Roads get A, about C
more than water's B" (A = B + C), "... C less than B" (B = A + C); and a change of a level
its verb's object names: "cut spending by C from S to E" (E = S - C)."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
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


@pytest.mark.parametrize(
    ("gap", "verdict"), [("Shs 700 billion", "consistent"), ("Shs 1.1 trillion", "inconsistent")]
)
@pytest.mark.parametrize("tail", ["", ", up from Shs 3.0 trillion this year"])
def test_the_other_level_may_follow_in_a_clause_of_its_own(tmp_path, gap, verdict, tail):
    text = (
        f"Debt service will take Shs 3.9 trillion, about {gap} more than the Health sector, "
        f"whose allocation will rise to Shs 3.2 trillion{tail}."
    )
    assert_relation_verdict(tmp_path, "budget", HEAD + text, "sum", verdict)


@pytest.mark.parametrize(
    "clause",
    [
        "whose allocation last year was Shs 3.2 trillion",
        "which was given Shs 3.2 trillion a year ago",
        "whose staff will grow to 3.2 million",
        "whose request of Shs 3.2 trillion was turned down",
    ],
)
def test_an_earlier_or_another_level_in_that_clause_is_not_the_other(clause):
    text = HEAD + (
        f"Debt service will take Shs 3.9 trillion, about Shs 700 billion more than the Health "
        f"sector, {clause}."
    )
    drafted = extract_claims(text, "x")
    assert [r for r in drafted["relations"] if r["kind"] == "sum"] == []
