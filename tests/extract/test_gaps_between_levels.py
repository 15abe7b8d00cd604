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


@pytest.mark.parametrize(("gap", "verdict"), [("1.45", "consistent"), ("2.45", "inconsistent")])
@pytest.mark.parametrize(
    "sentence",
    [
        # "higher by C than" / "as compared to" the other level
        "Oat output, estimated at 12.30 million tonnes, is higher by {gap} million tonnes as"
        " compared to the oat production of 10.85 million tonnes in 2022.",
        "Oat output is put at 12.30 million tonnes in all, which is higher by {gap} million"
        " tonnes than the five-year average of 10.85 million tonnes.",
        "The oat crop came to 12.30 million tonnes, which is {gap} million tonnes more than"
        " 10.85 million tonnes for the year before.",
        # a quoted word among those naming the other level
        "Oat output is put at 12.30 million tonnes, which is higher by {gap} million tonnes than"
        ' the last year\'s "record" production of 10.85 million tonnes.',
    ],
)
def test_a_gap_said_by_higher_by_or_which_is_more_than(tmp_path, sentence, gap, verdict):
    assert_relation_verdict(
        tmp_path, "oats", HEAD + sentence.format(gap=gap) + "\n", "sum", verdict
    )


@pytest.mark.parametrize(("gap", "verdict"), [("1.45", "consistent"), ("2.45", "inconsistent")])
def test_the_level_of_a_gap_may_be_stated_a_sentence_before(tmp_path, gap, verdict):
    text = HEAD + (
        "Oat production in 2023 is put at a record 12.30 million tonnes.\n\n"
        f"Oat output has also grown by {gap} million tonnes than the 10.85 million tonnes of"
        " 2022.\n"
    )
    assert_relation_verdict(tmp_path, "oats", text, "sum", verdict)


def test_no_level_before_for_a_gap_of_another_crop():
    text = HEAD + (
        "Oat production in 2023 is put at a record 12.30 million tonnes.\n\n"
        "Rye production is, moreover, higher by 1.45 million tonnes than the average"
        " production of 10.85 million tonnes.\n"
    )
    drafted = extract_claims(text, "x")
    assert [r for r in drafted["relations"] if r["kind"] == "sum"] == []
