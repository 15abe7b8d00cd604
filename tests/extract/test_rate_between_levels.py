"""A level, its rate with the direction after it, then the earlier level: "B, 10% down from
the A", "B, 5% up from A" (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

HEAD = "Harvest\n\nDate: 2024-06-10\n\n"


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Cocoa output was 4.50 million sacks, 10% down from the 5.00 million sacks of the "
         "previous season.", "consistent"),
        ("Cocoa output was 4.50 million sacks, 15% down from the 5.00 million sacks of the "
         "previous season.", "inconsistent"),
        ("Tea sales were 2.20 million crates, 10% up from 2.00 million crates.", "consistent"),
        ("Tea sales were 2.20 million crates, 20% up from 2.00 million crates.", "inconsistent"),
    ],
)  # fmt: skip
def test_the_direction_after_the_rate(tmp_path, sentence, verdict):
    assert_relation_verdict(tmp_path, "harvest", HEAD + sentence + "\n", "growth", verdict)


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("The median rent rose by 12.5% from $1,600 in March 2023 to $1,800.", "consistent"),
        ("The median rent rose by 12.5% from $1,600 in March 2023 to a new record high of "
         "$1,800.", "consistent"),
        ("The median rent rose by 15.5% from $1,600 in March 2023 to a record $1,800.",
         "inconsistent"),
    ],
)  # fmt: skip
def test_from_a_start_and_its_month_to_an_end_called_a_record(tmp_path, sentence, verdict):
    assert_relation_verdict(tmp_path, "harvest", HEAD + sentence + "\n", "growth", verdict)


def test_and_up_from_goes_on_with_the_same_level(tmp_path):
    sentence = (
        "The median rent hit $1,820 in May, and up from $1,760 in April this year (a 3.4% "
        "increase)."
    )
    assert_relation_verdict(tmp_path, "harvest", HEAD + sentence + "\n", "growth", "consistent")


def test_a_start_is_never_the_end_of_a_later_up_from():
    # The end of the first change is not read (a typo glues it to the next word); the start
    # "from $1,640" must not become the end of "up from $1,760".
    text = (
        HEAD + "The median rent rose by 11.0% from $1,640 a year earlier to $1,820in May, and up "
        "from $1,760 in April this year.\n"
    )
    assert all(r.get("end") != "$1,640" for r in roles_by_name(text, "growth"))
